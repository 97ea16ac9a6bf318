// End-to-end: the desktop workbench in the browser (build/web/workbench.html: the Dear ImGui UI on
// WebGL2, issue 8 §4), tested as before it moved from index.html: ready, no console errors, zero
// frames while idle, results equal to the CLI, links, the no-WebGL2 fallback. Needs a web build with
// the workbench target and `npm install` here. The HTML app (index.html) is tested in app.test.js.
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
  await page.goto(base + 'workbench.html' + (opts.query || ''));
  await page.waitForFunction(() => window.modelwatt && window.modelwatt.ready === true, null, { timeout: 20000 });
  return { context, page, errors };
}

test.before(async () => {
  const dir = webDir();
  assert.ok(fs.existsSync(path.join(dir, 'workbench_core.wasm')), `no workbench build in ${dir}: build the modelwatt_workbench target`);
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
    if (SHOTS) { fs.mkdirSync(SHOTS, { recursive: true }); fs.writeFileSync(path.join(SHOTS, `workbench-${w}x${h}.png`), png); }
    const colors = await screenshotColors(browser, png);
    assert.ok(colors > 20, `screenshot ${w}×${h} looks blank (${colors} colors)`);
    assert.deepStrictEqual(errors, []);
    await context.close();
  }
});

test('opens on DeepSeek-V3 vs Llama 3.1 405B; load() changes results() to the engine values', async () => {
  const { context, page, errors } = await openApp();
  const first = await page.evaluate(() => window.modelwatt.results());
  assert.deepStrictEqual(first.results.map((r) => r.label), ['Llama 3.1 405B', 'DeepSeek-V3']);
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

// --- Issue 4: URL state, Share / export ---------------------------------------------------------
const CLI = process.env.MODELWATT_CLI || path.join(__dirname, '..', '..', 'build', 'native', 'modelwatt');
const hasCli = fs.existsSync(CLI);
const os = require('os');

function scenarioFile(obj) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mw-share-')), 'scenarios.json');
  fs.writeFileSync(file, JSON.stringify(obj));
  return file;
}

const SHARED = { scenarios: [{ preset: 'gpt-3' }, { preset: 'deepseek-v3', label: 'DeepSeek-V3 at PUE 1.3', training: { pue: 1.3 } }] };

test('a link from `modelwatt share` opens exactly its scenarios; the URL follows later changes', async () => {
  const file = scenarioFile(SHARED);
  const query = hasCli ? execFileSync(CLI, ['share', file, '--metric', 'energy']).toString().trim()
    : 'v=1&s=gpt-3,deepseek-v3&s1.label=DeepSeek-V3%20at%20PUE%201.3&s1.training.pue=1.3&metric=energy';
  const { context, page, errors } = await openApp({ query: '?' + query });
  const got = await page.evaluate(() => window.modelwatt.results());
  assert.deepStrictEqual(got.results.map((r) => r.label).slice(1), ['DeepSeek-V3 at PUE 1.3']);
  assert.match(got.results[0].label, /^GPT-3/);
  if (hasCli) {
    const cli = JSON.parse(execFileSync(CLI, ['estimate', file, '--format', 'json']));
    for (let i = 0; i < 2; ++i) assert.deepStrictEqual(got.results[i].training, cli.results[i].training);
  }
  // Opening does not rewrite the address; a change does (replaceState: no new history entry).
  assert.strictEqual(await page.evaluate(() => location.search), '?' + query);
  const historyLength = await page.evaluate(() => history.length);
  // Frames without a change of state never touch the address (no replaceState per frame).
  await page.evaluate(() => {
    window.__replaced = 0;
    const replace = history.replaceState.bind(history);
    history.replaceState = (...a) => { window.__replaced++; return replace(...a); };
  });
  const frames = await page.evaluate(() => window.modelwatt.frames);
  for (let i = 0; i < 5; ++i) await page.mouse.move(600 + 10 * i, 700);
  await page.waitForTimeout(300);
  assert.ok(await page.evaluate(() => window.modelwatt.frames) > frames, 'mouse moves rendered no frame');
  assert.strictEqual(await page.evaluate(() => window.__replaced), 0);
  await page.evaluate(() => window.modelwatt.load({ scenarios: [{ preset: 'bloom-176b' }, { preset: 'gpt-3', training: { pue: 1.2 } }] }));
  await page.waitForFunction(() => location.search.includes('s=bloom-176b,gpt-3'), null, { timeout: 5000 });
  const search = await page.evaluate(() => location.search);
  assert.match(search, /s1\.training\.pue=1\.2/);
  assert.match(search, /metric=energy/);  // the view survives a change of scenarios
  assert.strictEqual(await page.evaluate(() => history.length), historyLength);
  await page.waitForTimeout(300);
  assert.strictEqual(await page.evaluate(() => window.__replaced), 1);
  // The rewritten address opens the same state again.
  const expected = await page.evaluate(() => window.modelwatt.results());
  await page.reload();
  await page.waitForFunction(() => window.modelwatt && window.modelwatt.ready === true, null, { timeout: 20000 });
  assert.deepStrictEqual(await page.evaluate(() => window.modelwatt.results()), expected);
  assert.deepStrictEqual(errors, []);
  await context.close();
});

test('a bad link shows the core\'s error and the app still opens on the default comparison', async () => {
  for (const [query, message] of [['?v=1&s=deepseek-v3&s0.training.pue=0.8', /s0\.training\.pue: must be >= 1 \(got 0\.8\)/],
    ['?v=2&s=deepseek-v3', /v: unsupported version "2"/], ['?v=1&s=deepseek-v3&s0.training.pu=1', /s0\.training\.pu.*did you mean pue/]]) {
    const { context, page, errors } = await openApp({ query });
    const shown = await page.evaluate(() => ({ error: window.modelwatt.linkError, text: document.getElementById('link-error').textContent }));
    assert.match(shown.error, message);
    assert.strictEqual(shown.text, shown.error);
    const labels = (await page.evaluate(() => window.modelwatt.results())).results.map((r) => r.label);
    assert.deepStrictEqual(labels, ['Llama 3.1 405B', 'DeepSeek-V3']);
    const png = await page.screenshot();
    assert.ok(await screenshotColors(browser, png) > 20, 'blank page on a bad link');
    assert.deepStrictEqual(errors, []);
    await context.close();
  }
});

test('a label or a bad value carrying markup stays text (no element, no script)', async () => {
  const xss = '<img src=x onerror=alert(1)>';
  for (const query of [`?v=1&s=deepseek-v3&s0.label=${encodeURIComponent(xss)}`,
    `?v=1&s=deepseek-v3&s0.training.pue=${encodeURIComponent(xss)}`]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; d.dismiss(); });
    await page.goto(base + 'workbench.html' + query);
    await page.waitForFunction(() => window.modelwatt && window.modelwatt.ready === true, null, { timeout: 20000 });
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => ({ imgs: document.querySelectorAll('img').length, error: window.modelwatt.linkError,
      label: window.modelwatt.results().results[0].label }));
    assert.strictEqual(seen.imgs, 0);
    assert.strictEqual(dialogs, 0);
    if (query.includes('label')) assert.strictEqual(seen.label, xss);
    else assert.ok(seen.error.includes(xss), seen.error);  // quoted in the message, as text
    await context.close();
  }
});

// Issue 5: whiskers come from Monte Carlo runs the app caches; they must not change results() (the
// point values of the contract), run only when inputs change, and cost no frames while idle.
test('uncertainty: results() unchanged, intervals once per change, idle stays at 0 frames; timings', async () => {
  const { context, page, errors } = await openApp();
  const mw = (fn, ...a) => page.evaluate(fn, ...a);
  await page.waitForFunction(() => window.modelwatt.uncertaintyRuns() >= 1);  // the Compare charts' whiskers
  await page.waitForTimeout(500);
  const runs0 = await mw(() => window.modelwatt.uncertaintyRuns());
  const f0 = await mw(() => window.modelwatt.frames);
  await page.waitForTimeout(3000);
  assert.strictEqual(await mw(() => window.modelwatt.frames), f0, 'frames while idle with whiskers on screen');
  assert.strictEqual(await mw(() => window.modelwatt.uncertaintyRuns()), runs0, 'intervals recomputed while idle');
  // Four scenarios, as the budget counts them; results() stays the engine's point estimate.
  const input = { scenarios: [{ preset: 'deepseek-v3' }, { preset: 'llama-3.1-405b' }, { preset: 'gpt-3' },
    { preset: 'deepseek-v3', label: 'DeepSeek-V3, PUE 1.3', training: { pue: 1.3 } }] };
  const loaded = await mw((obj) => window.modelwatt.load(obj), input);
  await page.waitForFunction((n) => window.modelwatt.uncertaintyRuns() > n, runs0);
  assert.deepStrictEqual(await mw(() => window.modelwatt.results()), loaded);
  assert.ok(!('intervals' in loaded.results[0]), 'results() gained intervals: the contract output changed');
  if (hasCli) {
    const cli = JSON.parse(execFileSync(CLI, ['estimate', '-', '--format', 'json'], { input: JSON.stringify(input) }));
    for (let i = 0; i < 4; ++i) assert.deepStrictEqual(loaded.results[i].training, cli.results[i].training);
  }
  await page.waitForTimeout(1000);
  const runs1 = await mw(() => window.modelwatt.uncertaintyRuns());
  assert.strictEqual(runs1, runs0 + 1, 'one change, one Monte Carlo run');
  const f1 = await mw(() => window.modelwatt.frames);
  await page.waitForTimeout(1500);
  assert.strictEqual(await mw(() => window.modelwatt.frames), f1, 'frames continued after the change');
  // Time per change in this browser: the point estimate (coreMs) and the whiskers' run.
  const perChange = [];
  for (let k = 0; k < 8; ++k) {
    const runs = await mw(() => window.modelwatt.uncertaintyRuns());
    input.scenarios[3].training.pue = 1.15 + 0.02 * k;
    await mw((obj) => window.modelwatt.load(obj), input);
    await page.waitForFunction((n) => window.modelwatt.uncertaintyRuns() > n, runs);
    perChange.push(await mw(() => [window.modelwatt.coreMs(), window.modelwatt.uncertaintyMs()]));
  }
  const probe = await mw(() => {
    const med = (f) => { const a = []; for (let i = 0; i < 5; ++i) a.push(f()); return a.sort((x, y) => x - y)[2]; };
    const p = (s, w) => med(() => window.modelwatt.intervalsMs(s, w));
    return { charts10k: p(10000, 0), charts2k: p(2000, 0), one10k: p(10000, 1), one2k: p(2000, 1), all10k: p(10000, 2) };
  });
  const median = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
  console.log(`# browser, 4 scenarios, ms per change: point estimate ${median(perChange.map((x) => x[0])).toFixed(2)}, ` +
    `with whiskers ${median(perChange.map((x) => x[1])).toFixed(2)}; probe (median of 5): ${JSON.stringify(probe)}`);
  assert.deepStrictEqual(errors, []);
  await context.close();
});

test('without WebGL2 the table shows the linked comparison (and a bad link says why)', async () => {
  let { context, page, errors } = await openApp({ query: '?nowebgl&v=1&s=gpt-3,bloom-176b&lang=it' });
  const heads = await page.$$eval('#fallback-table thead th', (th) => th.map((x) => x.textContent));
  assert.match(heads[1], /^GPT-3/);
  assert.match(heads[2], /^BLOOM/);
  assert.match(await page.textContent('#fallback-msg'), /confronto del link/);
  assert.deepStrictEqual(errors, []);
  await context.close();
  ({ context, page, errors } = await openApp({ query: '?nowebgl&v=9&s=gpt-3' }));
  assert.match(await page.textContent('#fallback-msg'), /unsupported version/);
  const cols = await page.$$eval('#fallback-table thead th', (th) => th.map((x) => x.textContent));
  assert.deepStrictEqual(cols.slice(1), ['Llama 3.1 405B', 'DeepSeek-V3']);
  await context.close();
});
