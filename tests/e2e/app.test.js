// End-to-end: the web app in headless Chromium (issue 3). Needs a web build (bash scripts/serve.sh
// builds one; MODELWATT_WEB_DIR overrides build/web) and `npm install` here (scripts/setup.sh --test).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { webDir, serve, launch, screenshotColors } = require('./browser');

const SHOTS = process.env.MODELWATT_SHOTS || '';  // a folder to keep screenshots in (never the repo)
let server, base, browser;

async function openApp(opts = {}) {
  const context = await browser.newContext({ viewport: opts.viewport || { width: 1280, height: 800 },
    deviceScaleFactor: opts.dpr || 1, locale: opts.locale || 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base + (opts.query || ''));
  await page.waitForFunction(() => window.modelwatt && window.modelwatt.ready === true, null, { timeout: 20000 });
  return { context, page, errors };
}

test.before(async () => {
  const dir = webDir();
  assert.ok(fs.existsSync(path.join(dir, 'modelwatt.wasm')), `no web build in ${dir}: run bash scripts/serve.sh first`);
  ({ server, url: base } = await serve(dir));
  browser = await launch();
});

test.after(async () => {
  if (browser) await browser.close();
  if (server) server.close();
});

test('loads, becomes ready with no console errors, draws at 1280×800 and 390×844', async () => {
  for (const [w, h, dpr] of [[1280, 800, 1], [390, 844, 3]]) {
    const { context, page, errors } = await openApp({ viewport: { width: w, height: h }, dpr });
    await page.waitForTimeout(300);
    const png = await page.screenshot();
    if (SHOTS) fs.writeFileSync(path.join(SHOTS, `e2e-${w}x${h}.png`), png);
    const colors = await screenshotColors(browser, png);
    assert.ok(colors > 20, `screenshot ${w}×${h} looks blank (${colors} colors)`);
    assert.deepStrictEqual(errors, []);
    await context.close();
  }
});

test('opens on DeepSeek-V3 vs Llama 3.1 405B; load() changes results() to the engine values', async () => {
  const { context, page, errors } = await openApp();
  const first = await page.evaluate(() => window.modelwatt.results());
  assert.deepStrictEqual(first.results.map((r) => r.label), ['DeepSeek-V3', 'Llama 3.1 405B']);
  const input = { scenarios: [{ preset: 'gpt-3' }, { label: 'Custom 7B', model: { params_total: 7e9 },
    training: { tokens: 1e12, accelerator: 'h100', count: 64, days: 10, pue: 1.2, grid_gco2e_per_kwh: 400 } }] };
  const loaded = await page.evaluate((obj) => window.modelwatt.load(obj), input);
  const after = await page.evaluate(() => window.modelwatt.results());
  assert.deepStrictEqual(loaded, after);
  assert.match(after.results[0].label, /^GPT-3/);
  assert.strictEqual(after.results[1].label, 'Custom 7B');
  const t = after.results[1].training;
  assert.strictEqual(t.gpu_hours, 10 * 24 * 64);
  assert.ok(Math.abs(t.energy_kwh - t.energy_it_kwh * 1.2) < 1e-6 * t.energy_kwh);
  assert.ok(Math.abs(t.co2e_kg - t.energy_kwh * 400 / 1000) < 1e-6 * t.co2e_kg);
  // Same numbers as the command line, when a native build is at hand.
  const cli = process.env.MODELWATT_CLI || path.join(__dirname, '..', '..', 'build', 'native', 'modelwatt');
  if (fs.existsSync(cli)) {
    const out = JSON.parse(execFileSync(cli, ['estimate', '-', '--format', 'json'], { input: JSON.stringify(input) }));
    for (let i = 0; i < 2; ++i) assert.deepStrictEqual(after.results[i].training, out.results[i].training);
  }
  // A refused load names the field and leaves the screen as it was.
  const err = await page.evaluate(() => { try { window.modelwatt.load({ training: { pue: 0.8 } }); return ''; } catch (e) { return e.message; } });
  assert.match(err, /pue/);
  assert.deepStrictEqual(await page.evaluate(() => window.modelwatt.results()), after);
  assert.deepStrictEqual(errors, []);
  await context.close();
});

test('idle: zero frames over 3 s; input wakes it, then it sleeps again', async () => {
  const { context, page } = await openApp();
  await page.waitForTimeout(500);
  const f0 = await page.evaluate(() => window.modelwatt.frames);
  await page.waitForTimeout(3000);
  const f1 = await page.evaluate(() => window.modelwatt.frames);
  assert.strictEqual(f1, f0, `frames went from ${f0} to ${f1} while idle`);
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await page.waitForTimeout(300);
  const f2 = await page.evaluate(() => window.modelwatt.frames);
  assert.ok(f2 > f1, 'input did not render a frame');
  await page.waitForTimeout(1000);
  const f3 = await page.evaluate(() => window.modelwatt.frames);
  await page.waitForTimeout(1500);
  assert.strictEqual(await page.evaluate(() => window.modelwatt.frames), f3, 'frames continued after input stopped');
  await context.close();
});

test('Italian browser gets the Italian app; without WebGL2 a table computed by the core', async () => {
  const it = await openApp({ locale: 'it-IT' });
  assert.strictEqual(await it.page.evaluate(() => document.documentElement.lang), 'it');
  await it.context.close();
  const { context, page, errors } = await openApp({ query: '?nowebgl' });
  const rows = await page.$$eval('#fallback-table tbody tr', (trs) => trs.map((tr) => tr.textContent));
  assert.ok(rows.length >= 10, 'fallback table is missing');
  assert.ok(await page.isVisible('#fallback'));
  assert.deepStrictEqual(errors, []);
  await context.close();
});
