// End-to-end: the embed card (issue 4) in headless Chromium. A test article on one origin embeds
// two cards from another origin via the snippet + embed.js; each reaches its content height, shows
// the engine's numbers, switches metric (mouse and keyboard) and language, shows a hostile label as
// text; axe-core finds no serious or critical violation (en/it, light/dark); nothing runs while idle;
// screenshots at 390 and 1200 px, light and dark. No timing asserts (README): budgets.js reports them.
// The card runs on the web faces' shared front end (front.js) and wasm module (the mw_*.js/.wasm
// that embed.html loads). Run: node --test tests/e2e/embed.test.mjs
// (MODELWATT_WEB_DIR: web build, default build/web; MODELWATT_CLI: the CLI for the snippets,
// default build/native/modelwatt; MODELWATT_SHOTS: where screenshots go, default /tmp/shots).
import test from 'node:test';
import assert from 'node:assert';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { webDir, serve, launch, COUNT_TIMERS } = require('./browser.js');
const H = require('./helpers.js');
const here = path.dirname(fileURLToPath(import.meta.url));
const SHOTS = process.env.MODELWATT_SHOTS || '/tmp/shots';
const CLI = process.env.MODELWATT_CLI || path.join(here, '..', '..', 'build', 'native', 'modelwatt');
const XSS = '<img src=x onerror=alert(1)>';
const CARD1 = { scenarios: [{ preset: 'deepseek-v3' }, { preset: 'llama-3.1-405b' }] };
const CARD2 = { scenarios: [{ preset: 'gpt-3' }, { preset: 'bloom-176b', label: XSS }] };
let card, host, browser;

// The snippet `modelwatt share --embed` prints (the same text built here when no CLI is around).
function snippet(state, base, extra) {
  if (fs.existsSync(CLI)) {
    const file = path.join(fs.mkdtempSync('/tmp/mw-e2e-'), 's.json');
    fs.writeFileSync(file, JSON.stringify(state));
    return execFileSync(CLI, ['share', '--embed', file, '--base', base, ...extra], { encoding: 'utf8' });
  }
  throw new Error(`no CLI at ${CLI}: set MODELWATT_CLI`);
}

function article(base) {
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Article</title><style>body{font:17px Georgia,serif;max-width:1232px;margin:0 auto;padding:0 16px}</style></head>
<body><h1>How much compute did DeepSeek-V3 need?</h1><p>Readers asked us to check the claim.</p>
${snippet(CARD1, base, [])}<p>And the older giants, in Italian:</p>
${snippet(CARD2, base, ['--lang', 'it'])}<p>End of article.</p></body></html>`;
}

// The wasm module embed.html loads (web/front: mw_core, or its card-only link mw_card).
function cardModule(dir) {
  const m = /<script src="(mw_[a-z_]+)\.js"/.exec(fs.readFileSync(path.join(dir, 'embed.html'), 'utf8'));
  assert.ok(m, 'embed.html loads no mw_*.js module');
  return m[1];
}

function serveArticle(html) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

async function openArticle(width, scheme) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, locale: 'en-US' });
  const page = await context.newPage();
  const errors = [], dialogs = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(host.url);
  const frames = [];
  for (const el of await page.$$('iframe[data-modelwatt]')) {
    await el.scrollIntoViewIfNeeded();  // loading="lazy"
    const frame = await el.contentFrame();
    await frame.waitForSelector('#chart svg', { timeout: 15000 });
    frames.push({ el, frame, id: await el.getAttribute('id') });
  }
  return { context, page, frames, errors, dialogs };
}

async function fitsContent({ el, frame }) {
  await frame.page().waitForFunction(async (iframe) => {
    const doc = iframe.contentDocument;  // same test process, different origin: compare via sizes
    return iframe.getBoundingClientRect().height > 200;
  }, el, { timeout: 5000 }).catch(() => {});
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const box = await el.boundingBox();
  return { content, frame: Math.round(box.height) };
}

const text = (frame, sel) => frame.$eval(sel, (e) => e.textContent);
const cells = (frame) => frame.$$eval('#data tbody td:first-of-type', (tds) => tds.map((td) => td.textContent));

test.before(async () => {
  const dir = webDir();
  assert.ok(fs.existsSync(path.join(dir, 'embed.html')), `no embed build in ${dir}`);
  const module = cardModule(dir);
  assert.ok(fs.existsSync(path.join(dir, module + '.wasm')), `no ${module}.wasm in ${dir}`);
  card = await serve(dir);
  host = await serveArticle(article(card.url));
  browser = await launch();
  fs.mkdirSync(SHOTS, { recursive: true });
});

test.after(async () => {
  if (browser) await browser.close();
  if (card) card.server.close();
  if (host) host.server.close();
});

test('two cards reach their content height and show the engine numbers', async () => {
  const { context, frames, errors, dialogs } = await openArticle(1200, 'light');
  assert.strictEqual(frames.length, 2);
  assert.notStrictEqual(frames[0].id, frames[1].id);
  for (const f of frames) {
    await f.frame.page().waitForTimeout(200);
    const { content, frame } = await fitsContent(f);
    assert.ok(Math.abs(content - frame) <= 2, `iframe ${f.id}: ${frame}px for ${content}px of content`);
  }
  const [a, b] = frames.map((f) => f.frame);
  assert.strictEqual(await text(a, '#summary'),
    'Llama 3.1 405B used about 11 times the GPU-hours of DeepSeek-V3 (30.8M GPU-h vs 2.79M GPU-h).');
  assert.deepStrictEqual((await cells(a)).map((s) => s.replace(/ \[.*\]$/, '')), ['2.79M GPU-h', '30.8M GPU-h']);
  // GPT-3: 10,000 V100 × 14.8 days; BLOOM: 1,082,990 A100-hours (published inputs), in Italian.
  assert.deepStrictEqual((await cells(b)).map((s) => s.replace(/ \[.*\]$/, '')), ['3,55 Mln ore-GPU', '1,08 Mln ore-GPU']);
  assert.strictEqual(await b.evaluate(() => document.documentElement.lang), 'it');
  // The hostile label is text in the table, the chart and the summary; no element, no dialog.
  assert.strictEqual(await b.$eval('#data tbody tr:nth-child(2) th', (e) => e.textContent), XSS);
  assert.ok((await b.$eval('#chart svg', (e) => e.textContent)).includes(XSS));
  assert.strictEqual(await b.$$eval('img', (e) => e.length), 0);
  assert.deepStrictEqual(dialogs, []);
  assert.deepStrictEqual(errors, []);
  await context.close();
});

test('metric switcher (mouse and keyboard) and language switch', async () => {
  const { context, frames } = await openArticle(1200, 'light');
  const [a, b] = frames.map((f) => f.frame);
  await a.click('button[data-metric="energy"]');
  // Energy = GPU-hours × 0.7 kW × PUE: 2.788M × 0.7 × 1.25 and 30.84M × 0.7 × 1.0.
  assert.deepStrictEqual((await cells(a)).map((s) => s.replace(/ \[.*\]$/, '')), ['2.44 GWh', '21.6 GWh']);
  // Issue 5: DeepSeek-V3's PUE is an assumption (a range), Llama's is measured: the sentence gives the
  // ratio's 90% interval, the bar a whisker, the screen readers' table the interval's ends.
  assert.strictEqual(await text(a, '#summary'),
    'Llama 3.1 405B used between 7.5 and 9.6 times the energy of DeepSeek-V3 (21.6 GWh vs 2.44 GWh).');
  assert.strictEqual(await a.$$eval('#chart svg g.whisker path', (e) => e.length), 2);  // halo + line
  assert.match(await a.$eval('#chart svg desc', (e) => e.textContent), /DeepSeek-V3: 2\.44 GWh; 90% interval 2\.25 GWh to 2\.88 GWh\./);
  assert.deepStrictEqual(await a.$$eval('#data thead th', (e) => e.map((th) => th.textContent)),
    ['Scenario', 'Value', '90% interval, low (p5)', '90% interval, high (p95)', 'Ratio to DeepSeek-V3']);
  assert.deepStrictEqual(await a.$$eval('#data tbody tr:first-child td', (e) => e.map((td) => td.textContent)).then((t) => t.slice(1, 3)),
    ['2.25 GWh', '2.88 GWh']);
  assert.strictEqual(await a.$eval('button[data-metric="energy"]', (e) => e.getAttribute('aria-pressed')), 'true');
  await a.click('#lang');
  // The other language's strings are fetched first (strings/card.it.json: the module carries none).
  // (Polled with evaluate: waitForFunction evaluates a string, which the card's CSP refuses.)
  for (let i = 0; i < 200 && (await a.evaluate(() => document.documentElement.lang)) !== 'it'; ++i) await a.page().waitForTimeout(25);
  assert.match(await text(a, 'h1'), /^Energia dell'addestramento/);
  assert.match(await text(a, '#open'), /Apri in ModelWatt/);
  assert.match(await a.$eval('#open', (e) => e.href), /index\.html\?v=1&s=deepseek-v3,llama-3\.1-405b&metric=energy&lang=it$/);
  // Keyboard: focus the GPU-hours button of card 2 and press Enter.
  await b.focus('button[data-metric="energy"]');
  await b.page().keyboard.press('Enter');
  // 3,552,000 h × 0.33 kW × 1.1 and 1,082,990 h × 0.4 kW × 1.2.
  assert.deepStrictEqual((await cells(b)).map((s) => s.replace(/ \[.*\]$/, '')), ['1,29 GWh', '520 MWh']);
  assert.strictEqual(await b.evaluate(() => document.activeElement.dataset.metric), 'energy');
  // Arrow keys move along the switcher and select (roving tabindex: one tab stop, the pressed button).
  const pressed = () => b.$$eval('#metrics button', (bs) => bs.map((x) => `${x.dataset.metric}:${x.getAttribute('aria-pressed')}:${x.tabIndex}`)
    .filter((x) => !x.endsWith(':false:-1')));
  await b.page().keyboard.press('ArrowRight');
  assert.deepStrictEqual(await pressed(), ['co2e:true:0']);
  assert.strictEqual(await b.evaluate(() => document.activeElement.dataset.metric), 'co2e');
  await b.page().keyboard.press('ArrowLeft');
  await b.page().keyboard.press('ArrowLeft');
  assert.deepStrictEqual(await pressed(), ['gpu_hours:true:0']);
  assert.deepStrictEqual((await cells(b)).map((s) => s.replace(/ \[.*\]$/, '')), ['3,55 Mln ore-GPU', '1,08 Mln ore-GPU']);
  await b.page().keyboard.press('End');
  assert.deepStrictEqual(await pressed(), ['cost:true:0']);
  await b.page().keyboard.press('ArrowRight');  // wraps around
  assert.deepStrictEqual(await pressed(), ['compute:true:0']);
  assert.strictEqual(await b.evaluate(() => document.activeElement.dataset.metric), 'compute');
  await b.page().keyboard.press('End');
  await b.page().keyboard.press('ArrowLeft');
  await b.page().keyboard.press('ArrowLeft');
  assert.deepStrictEqual(await pressed(), ['co2e:true:0']);
  // No string key shows as itself (the card's wasm ships only the card's string tables).
  for (const f of [a, b]) assert.doesNotMatch(await f.evaluate(() => document.body.innerText), /\b(embed|chart|paper|unc|claim|nav|share)\.[a-z]/);
  // The card's strings file (strings/card.<lang>.json, fetched: the module carries none) has every
  // key the core asked for, in both languages and every metric.
  for (const f of [a, b]) assert.deepStrictEqual(await f.evaluate(() => window.modelwatt.missingStrings()), []);
  // The heights follow the new content.
  for (const f of frames) {
    await f.frame.page().waitForTimeout(150);
    const { content, frame } = await fitsContent(f);
    assert.ok(Math.abs(content - frame) <= 2, `after switching: ${frame}px for ${content}px`);
  }
  await context.close();
});

test('downloads: PNG, SVG, CSV, JSON, Markdown and LaTeX of the card state', async () => {
  const page = await browser.newPage();
  await page.goto(card.url + 'embed.html?v=1&s=deepseek-v3,llama-3.1-405b&metric=gpu_hours&lang=en');
  await page.waitForSelector('#chart svg');
  await page.click('#download-label');
  const got = {};
  for (const kind of ['png', 'svg', 'csv', 'json', 'md', 'tex']) {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-kind="${kind}"]`)]);
    got[kind] = fs.readFileSync(await dl.path());
    assert.strictEqual(dl.suggestedFilename(), `modelwatt-gpu_hours.${kind}`);
  }
  assert.deepStrictEqual([...got.png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  assert.match(got.svg.toString(), /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+"/);
  assert.match(got.csv.toString(), /training,gpu_hours,GPU-h,2788000,30840000/);
  assert.strictEqual(JSON.parse(got.json).results[0].training.gpu_hours, 2788000);
  assert.match(got.md.toString(), /^We estimate the footprint of DeepSeek-V3 and Llama 3\.1 405B/);
  assert.match(got.tex.toString(), /\\begin\{thebibliography\}/);
  await page.close();
});

// Issue 9: the card carries only the catalog entries its state uses. Its module embeds the default
// comparison's; a link to other runs (an Epoch AI estimate included) fetches one small file for each,
// never the whole catalog, and the downloads' module only when the menu opens.
test('a card for other runs fetches just their catalog entries; exports load on demand', async () => {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(card.url + 'embed.html?v=1&s=gpt-3,epoch-pangu-ultra&metric=gpu_hours&lang=en');
  await page.waitForSelector('#chart svg');
  const names = await cells(page);
  assert.strictEqual(names.length, 2);
  assert.ok(requests.includes('/catalog/run/gpt-3.json'), requests.join(' '));
  assert.ok(requests.includes('/catalog/run/epoch-pangu-ultra.json'), requests.join(' '));
  for (const big of ['/catalog.json', '/epoch_runs.json', '/mw_core.wasm'])
    assert.ok(!requests.includes(big), `${big} fetched for a card`);
  assert.match(await page.$eval('#data', (t) => t.textContent), /GPT-3[\s\S]*Pangu Ultra \(Epoch AI\)/);
  await page.click('#download-label');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('button[data-kind="json"]')]);
  const json = JSON.parse(fs.readFileSync(await dl.path()));
  assert.ok(Math.abs(json.results[0].training.gpu_hours / 3552000 - 1) < 1e-12);  // GPT-3: 10,000 V100 x 14.8 days x 24 h (Patterson et al. 2021)
  assert.ok(requests.includes('/mw_core.wasm'), 'the downloads loaded no exporter');
  // A mistyped run still gets the core's error and its suggestion.
  await page.goto(card.url + 'embed.html?v=1&s=llama-3.1-40b');
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await text(page, '#error'), /llama-3\.1-405b/);
  await page.close();
});

test('a card without a link shows the default comparison, baseline first (core/edit/default_runs.h)', async () => {
  const page = await browser.newPage();
  await page.goto(card.url + 'embed.html');
  await page.waitForSelector('#chart svg');
  assert.deepStrictEqual(await page.$$eval('#data tbody th', (ths) => ths.map((th) => th.textContent)), ['Llama 3.1 405B', 'DeepSeek-V3']);
  assert.match(await text(page, '#summary'), /^DeepSeek-V3 used .* of the GPU-hours of Llama 3\.1 405B/);
  await page.close();
});

test('a card whose strings do not arrive says so instead of showing keys', async () => {
  const page = await browser.newPage();
  await page.route('**/strings/card.it.json', (r) => r.fulfill({ status: 404, body: '' }));
  await page.goto(card.url + 'embed.html?v=1&s=deepseek-v3,llama-3.1-405b&lang=it');
  await page.waitForSelector('#error:not([hidden])');
  assert.strictEqual(await text(page, '#error'), 'Non è stato possibile caricare il grafico. Ricarica la pagina.');
  assert.strictEqual(await page.evaluate(() => document.documentElement.lang), 'it');
  assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /\bembed\.[a-z]/);
  // A card in English whose switch to Italian cannot fetch the words stays in English and says why.
  await page.goto(card.url + 'embed.html?v=1&s=deepseek-v3,llama-3.1-405b&lang=en');
  await page.waitForSelector('#chart svg');
  await page.click('#lang');
  await page.waitForSelector('#error:not([hidden])');
  assert.strictEqual(await text(page, '#error'), 'The other language could not be loaded. Check the connection and try again.');
  assert.strictEqual(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await text(page, 'h1'), /^GPU-hours of training/);
  await page.close();
});

// Inference-only comparisons and dotted metrics are titled by the outputs' names (out.*, in the
// card's strings file too).
test('a card of served models and a dotted metric: words, no keys (en, it)', async () => {
  const page = await browser.newPage();
  for (const lang of ['en', 'it']) {
    for (const q of ['s=chatgpt-4o-serving,deepseek-v3-serving', 's=deepseek-v3,llama-3.1-405b&metric=inference.energy_wh_per_query']) {
      await page.goto(card.url + `embed.html?v=1&${q}&lang=${lang}`);
      await page.waitForSelector('#chart svg, #error:not([hidden])');
      assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /\b(embed|out|field)\.[a-z_]+\.?[a-z_]*/, `${lang} ${q}`);
      assert.deepStrictEqual(await page.evaluate(() => window.modelwatt.missingStrings()), [], `${lang} ${q}`);
    }
  }
  await page.close();
});

test('bad links show the core error in the page', async () => {
  const page = await browser.newPage();
  await page.goto(card.url + 'embed.html?v=1&s=deepseek-v3,llama-3.1-405b&s1.training.pue=0.8');
  await page.waitForSelector('#error:not([hidden])');
  assert.strictEqual(await text(page, '#error'), 's1.training.pue: must be >= 1 (got 0.8)');
  await page.goto(card.url + 'embed.html?v=9&s=x');
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await text(page, '#error'), /^v: unsupported version "9"/);
  assert.deepStrictEqual(await page.evaluate(() => window.modelwatt.missingStrings()), []);
  await page.goto(card.url + 'embed.html?v=1&s=deepseek-v3,llama-3.1-405b&lang=it&s1.training.pue=0.8');
  await page.waitForSelector('#error:not([hidden])');
  assert.strictEqual(await page.evaluate(() => document.documentElement.lang), 'it');
  assert.deepStrictEqual(await page.evaluate(() => window.modelwatt.missingStrings()), []);
  // The core's message is English inside the Italian page, and says so to a screen reader.
  assert.strictEqual(await page.getAttribute('#error span', 'lang'), 'en');
  // A link refused before its scenarios (its metric) is still shown in its language.
  await page.goto(card.url + 'embed.html?v=1&s=deepseek-v3&metric=energy_kwh&lang=it');
  await page.waitForSelector('#error:not([hidden])');
  assert.strictEqual(await page.evaluate(() => document.documentElement.lang), 'it');
  assert.strictEqual(await text(page, '#title'), 'Impossibile mostrare questo confronto');
  assert.match(await text(page, '#error'), /^metric: unknown metric "energy_kwh"/);
  assert.deepStrictEqual(await page.evaluate(() => window.modelwatt.missingStrings()), []);
  await page.close();
});

// Issue 11: the 160-byte link that crashed the card (an infinite Monte Carlo sample) shows the core's
// error; a label's bidi override cannot reorder the numbers; the height message names only an id the
// core validated.
test('the crash link shows the core error, not a blank card', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(card.url + 'embed.html?v=1&s=_&s0.training.gpu_hours=1000&s0.training.power_w=700' +
    '&s0.training.pue=1.2&s0.training.grid_gco2e_per_kwh.low=0&s0.training.grid_gco2e_per_kwh.high=1e308&metric=co2e');
  await page.waitForSelector('#error:not([hidden])', { timeout: 15000 });
  assert.strictEqual(await text(page, '#error'),
    's0.training.grid_gco2e_per_kwh: result too large (training.co2e_kg is not a finite number)');
  assert.deepStrictEqual(errors, []);
  await page.close();
});

test('a bidi override in a label shows literally, numbers in order', async () => {
  const page = await browser.newPage();
  await page.goto(card.url + 'embed.html?v=1&s=llama-3.1-405b,deepseek-v3&s1.label=DS%E2%80%AE&lang=en');
  await page.waitForSelector('#chart svg', { timeout: 15000 });
  const summary = await text(page, '#summary');
  assert.ok(summary.startsWith('DS used about 1/11 of the GPU-hours'), summary);
  assert.ok(!summary.includes('\u202e'));
  assert.ok(!(await page.$eval('#chart svg', (e) => e.textContent)).includes('\u202e'));
  assert.deepStrictEqual((await cells(page)).map((s) => s.replace(/ \[.*\]$/, '')), ['30.8M GPU-h', '2.79M GPU-h']);
  await page.close();
});

test('the height message carries only a validated id', async () => {
  const page = await browser.newPage();
  const seen = [];
  await page.exposeFunction('mwSeen', (d) => seen.push(d));
  const src = (q) => card.url + 'embed.html?' + q;
  await page.setContent(`<!doctype html><body><script>addEventListener('message', (e) => mwSeen(e.data));</script>
    <iframe src="${src('v=1&s=deepseek-v3&s0.training.pue=0.8&id=good-1')}"></iframe>
    <iframe src="${src('v=1&s=deepseek-v3&id=%3Cimg%20src%3Dx%3E')}"></iframe></body>`);
  for (let i = 0; i < 50 && seen.length < 2; ++i) await page.waitForTimeout(100);
  const keys = [...new Set(seen.map((d) => Object.keys(d['modelwatt-height'] || {})[0]))].sort();
  assert.deepStrictEqual(keys, ['', 'good-1']);  // the core rejected the second id: nothing echoed
  await page.close();
});


test('nothing runs while the card is idle (no timers, no animation frames)', async () => {
  const context = await browser.newContext();
  await context.addInitScript(COUNT_TIMERS);
  const page = await context.newPage();
  await page.goto(card.url + 'embed.html?v=1&s=deepseek-v3,llama-3.1-405b&metric=co2e');
  await page.waitForSelector('#chart svg');
  await page.click('button[data-metric="energy"]');
  await new Promise((r) => setTimeout(r, 500));
  const t0 = await page.evaluate(() => ({ ...window.__timers }));
  await new Promise((r) => setTimeout(r, 3000));
  assert.deepStrictEqual(await page.evaluate(() => ({ ...window.__timers })), t0, 'timers or frames while idle');
  assert.strictEqual(t0.interval, 0);
  await context.close();
});

test('axe-core: the card has no serious or critical violations, en and it, light and dark, 390 and 1200 px', async () => {
  const failures = [];
  for (const width of [390, 1200]) {
    for (const scheme of ['light', 'dark']) {
      for (const lang of ['en', 'it']) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, bypassCSP: true,
          hasTouch: width < 500, isMobile: width < 500 });
        const page = await context.newPage();
        await page.goto(card.url + `embed.html?v=1&s=deepseek-v3,llama-3.1-405b&metric=energy&lang=${lang}&theme=${scheme}`);
        await page.waitForSelector('#chart svg');
        assert.strictEqual(await page.evaluate(() => document.documentElement.lang), lang);
        let vs = await H.axeSerious(page);
        if (vs.length) failures.push(`${width}px ${scheme} ${lang}:\n  ${H.describeViolations(vs)}`);
        // The downloads menu open, too.
        if (await page.isVisible('#download-label')) {
          await page.click('#download-label');
          vs = await H.axeSerious(page);
          if (vs.length) failures.push(`${width}px ${scheme} ${lang} (downloads open):\n  ${H.describeViolations(vs)}`);
        }
        await context.close();
      }
    }
  }
  assert.strictEqual(failures.length, 0, 'axe violations:\n' + failures.join('\n'));
});

test('screenshots at 390 and 1200 px, light and dark', async () => {
  for (const width of [390, 1200]) {
    for (const scheme of ['light', 'dark']) {
      const { context, page, frames } = await openArticle(width, scheme);
      for (const f of frames) await fitsContent(f);
      await page.waitForTimeout(200);
      const theme = await frames[0].frame.evaluate(() => document.documentElement.dataset.theme);
      assert.strictEqual(theme, scheme);
      fs.writeFileSync(path.join(SHOTS, `embed-${width}-${scheme}.png`), await page.screenshot({ fullPage: true }));
      await context.close();
    }
  }
});
