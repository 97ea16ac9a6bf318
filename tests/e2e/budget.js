// Measures the web app's budgets (issue 3): gzip transfer size per file, first frame (median of 5
// loads in headless Chromium), frames while idle for 3 s, and core time per change. Run through
// scripts/web_budget.sh; exits 1 when a budget is exceeded.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { webDir, serve, launch } = require('./browser');

const BUDGET = { gzipKb: 350, firstFrameMs: 1500, idleFrames: 0, coreMs: 1 };

function transfer(dir) {
  const files = ['index.html', 'app.js', 'app.css', 'modelwatt.js', 'modelwatt.wasm'];
  let total = 0;
  console.log('transfer (gzip -9), font and catalog are inside modelwatt.wasm:');
  for (const f of files) {
    const raw = fs.readFileSync(path.join(dir, f));
    const gz = zlib.gzipSync(raw, { level: 9 }).length;
    total += gz;
    console.log(`  ${f.padEnd(16)} ${(raw.length / 1024).toFixed(1).padStart(8)} KB raw ${(gz / 1024).toFixed(1).padStart(7)} KB gzip`);
  }
  console.log(`  ${'total'.padEnd(16)} ${''.padStart(15)} ${(total / 1024).toFixed(1).padStart(7)} KB gzip (budget ${BUDGET.gzipKb})`);
  return total / 1024;
}

async function main() {
  const dir = webDir();
  const kb = transfer(dir);
  const { server, url } = await serve(dir);
  const browser = await launch();
  const firsts = [];
  let idle = -1, core = [];
  for (let i = 0; i < 5; ++i) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.modelwatt && window.modelwatt.ready, null, { timeout: 20000 });
    firsts.push(await page.evaluate(() => window.modelwatt.firstFrameMs));
    if (i === 0) {
      await page.waitForTimeout(500);
      const f0 = await page.evaluate(() => window.modelwatt.frames);
      await page.waitForTimeout(3000);
      idle = (await page.evaluate(() => window.modelwatt.frames)) - f0;
      // Core work per change, as a slider drag does: one scenario re-parsed and re-estimated.
      core = await page.evaluate(() => {
        const out = [];
        for (let k = 0; k < 40; ++k) {
          window.modelwatt.load({ preset: 'deepseek-v3', inference: { utilization: 0.05 + k * 0.01 } });
          out.push(window.modelwatt.coreMs());
        }
        return out;
      });
    }
    await context.close();
  }
  await browser.close();
  server.close();
  const median = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const ff = median(firsts), cm = median(core);
  console.log(`first frame: median ${ff.toFixed(0)} ms of [${firsts.map((x) => x.toFixed(0)).join(', ')}] (budget ${BUDGET.firstFrameMs})`);
  console.log(`idle frames over 3 s: ${idle} (budget ${BUDGET.idleFrames})`);
  console.log(`core time per change: median ${cm.toFixed(3)} ms, max ${Math.max(...core).toFixed(3)} ms (budget ${BUDGET.coreMs})`);
  const ok = kb <= BUDGET.gzipKb && ff <= BUDGET.firstFrameMs && idle <= BUDGET.idleFrames && cm <= BUDGET.coreMs;
  console.log(ok ? 'budgets: all met' : 'budgets: EXCEEDED');
  process.exit(ok ? 0 : 1);
}

main().catch((e) => { console.error(e); process.exit(1); });
