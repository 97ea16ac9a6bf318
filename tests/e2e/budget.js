// Measures the web faces' budgets (issue 8) in headless Chromium and prints a table; nothing is
// asserted (README: no timing asserts) — the exit status is 0 unless the measurement itself fails.
//   - the app's transfer until ready: every request made before html[data-ready], gzip -9 of each body
//   - the app's first render with numbers (html[data-ready], window.modelwatt.firstRenderMs): median of 5
//   - the embed card's transfer until its chart is drawn
//   - core time per committed edit (window.modelwatt.coreMs after each of several edits): median
//   - renders and timers while idle for 3 s (counted from before the first script runs)
// Run through scripts/web_budget.sh (MODELWATT_WEB_DIR: the web build, default build/web).
'use strict';
const zlib = require('zlib');
const { webDir, serve, launch, COUNT_TIMERS } = require('./browser');

const TARGET = { appKb: 180, firstRenderMs: 800, cardKb: 80, coreMs: 1, idle: 0 };

const median = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Loads `url`, waits for `selector`, and returns the requests made before the first render with their
// gzip size (the document and every resource that started before the page's "mw-rendered" mark).
async function transfer(browser, url, selector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const bodies = [];
  let done = false;
  page.on('response', (res) => { if (!done) bodies.push(res.body().then((b) => ({ url: res.url(), raw: b.length, gz: zlib.gzipSync(b, { level: 9 }).length })).catch(() => null)); });
  await page.goto(url);
  await page.waitForSelector(selector, { state: 'attached', timeout: 30000 });
  done = true;
  // Only what was requested before the first render counts (the page's "mw-rendered" mark): the app
  // fetches its full catalog right after, and the selector is noticed a little later.
  const before = await page.evaluate(() => {
    const mark = performance.getEntriesByName('mw-rendered')[0];
    const t = mark ? mark.startTime : Infinity;
    return performance.getEntriesByType('resource').filter((r) => r.startTime <= t).map((r) => r.name);
  });
  const files = (await Promise.all(bodies)).filter((f) => f && (f.url === url || before.includes(f.url)));  // the document, then what started before the mark
  await context.close();
  return files;
}

function printFiles(title, files) {
  console.log(title);
  for (const f of files) {
    const name = new URL(f.url).pathname.replace(/^\//, '') || 'index.html';
    console.log(`  ${name.padEnd(22)} ${(f.raw / 1024).toFixed(1).padStart(8)} KB raw ${(f.gz / 1024).toFixed(1).padStart(7)} KB gzip`);
  }
  const total = files.reduce((n, f) => n + f.gz, 0) / 1024;
  console.log(`  ${'total'.padEnd(22)} ${''.padStart(15)} ${total.toFixed(1).padStart(7)} KB gzip`);
  return total;
}

async function main() {
  const { server, url } = await serve(webDir());
  const browser = await launch();
  const query = 'index.html?v=1&s=deepseek-v3,llama-3.1-405b';
  const appKb = printFiles('app: requests until html[data-ready]', await transfer(browser, url + query, 'html[data-ready]'));
  const cardKb = printFiles('card: requests until its chart is drawn',
    await transfer(browser, url + 'embed.html?v=1&s=deepseek-v3,llama-3.1-405b&metric=energy', '#chart svg'));

  const firsts = [];
  let idle = null, core = [];
  for (let i = 0; i < 5; ++i) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(COUNT_TIMERS);
    const page = await context.newPage();
    await page.goto(url + query);
    await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 30000 });
    firsts.push(await page.evaluate(() => window.modelwatt.firstRenderMs));
    if (i === 0) {
      // Core work per committed edit: the edits a user makes in the forms, each applied by the core.
      core = await page.evaluate(() => {
        const m = window.modelwatt, out = [];
        const edits = [{ op: 'start', slot: 0, id: '' }, { op: 'add_inference', slot: 0 }];
        for (let k = 0; k < 20; ++k) {
          edits.push({ op: 'set', slot: 0, path: 'training.pue', text: String(1.1 + k * 0.01) });
          edits.push({ op: 'set', slot: 0, path: 'training.count', text: String(128 + k) });
          edits.push({ op: 'set', slot: 0, path: 'inference.queries_per_day', text: String(1e6 + k) });
        }
        edits.push({ op: 'ref', slot: 1, path: 'training.accelerator', id: 'h200' });
        edits.push({ op: 'add', id: 'gpt-3' });
        for (const e of edits) { m.act(e); out.push(m.coreMs); }
        return out;
      });
      await sleep(500);
      const t0 = await page.evaluate(() => ({ renders: window.modelwatt.frames, ...window.__timers }));
      await sleep(3000);
      const t1 = await page.evaluate(() => ({ renders: window.modelwatt.frames, ...window.__timers }));
      idle = { renders: t1.renders - t0.renders, timers: t1.timeout - t0.timeout + t1.interval - t0.interval, raf: t1.raf - t0.raf };
    }
    await context.close();
  }
  await browser.close();
  server.close();

  const rows = [
    ['app transfer until ready (gzip)', `${appKb.toFixed(1)} KB`, `<= ${TARGET.appKb} KB`],
    ['app first render with numbers (median of 5)', `${median(firsts).toFixed(0)} ms  [${firsts.map((x) => x.toFixed(0)).join(', ')}]`, `<= ${TARGET.firstRenderMs} ms`],
    ['card transfer until drawn (gzip)', `${cardKb.toFixed(1)} KB`, `<= ${TARGET.cardKb} KB`],
    [`core per committed edit (median of ${core.length})`, `${median(core).toFixed(3)} ms (max ${Math.max(...core).toFixed(3)})`, `<= ${TARGET.coreMs} ms`],
    ['renders while idle, 3 s', String(idle.renders), String(TARGET.idle)],
    ['timers / animation frames while idle, 3 s', `${idle.timers} / ${idle.raf}`, '0 / 0'],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length)), w1 = Math.max(...rows.map((r) => r[1].length));
  console.log('\n| ' + 'what'.padEnd(w0) + ' | ' + 'measured'.padEnd(w1) + ' | budget |');
  console.log('|' + '-'.repeat(w0 + 2) + '|' + '-'.repeat(w1 + 2) + '|--------|');
  for (const r of rows) console.log(`| ${r[0].padEnd(w0)} | ${r[1].padEnd(w1)} | ${r[2]} |`);
  console.log('(reported, not asserted; load average ' + require('os').loadavg().map((x) => x.toFixed(1)).join(' ') + ')');
}

main().catch((e) => { console.error(e); process.exit(1); });
