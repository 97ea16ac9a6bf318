// Shared by the e2e test and scripts/web_budget.sh: a static server on 127.0.0.1 for the web build
// (.wasm as application/wasm) and Debian's Chromium driven by playwright-core with the flags from
// the toolchain notes (SwiftShader WebGL, no background networking on a closed network).
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

function webDir() {
  return path.resolve(process.env.MODELWATT_WEB_DIR || path.join(__dirname, '..', '..', 'build', 'web'));
}

function serve(dir) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const url = decodeURIComponent(req.url.split('?')[0]);
      const file = path.join(dir, url.endsWith('/') ? url + 'index.html' : url);
      if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404);
        res.end('not found');
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    // playwright gives each launch a fresh temporary profile itself (no --user-data-dir allowed).
  });
}

// Counts the distinct colors of a PNG screenshot (decoded by the browser itself: no PNG library).
async function screenshotColors(browser, png) {
  const page = await browser.newPage();
  const n = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < d.length; i += 4 * 7) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return seen.size;
  }, png.toString('base64'));
  await page.close();
  return n;
}

// Counts timers and animation frames from before a page's first script runs (addInitScript), so tests
// and the budget script can check that nothing runs while idle; "long" counts timeouts over 3 s.
const COUNT_TIMERS = `(() => {
  const c = window.__timers = { timeout: 0, interval: 0, raf: 0, long: 0 };
  const st = window.setTimeout, si = window.setInterval, raf = window.requestAnimationFrame;
  window.setTimeout = function (f, ms, ...a) { c.timeout++; if ((ms || 0) > 3000) c.long++; return st.call(window, f, ms, ...a); };
  window.setInterval = function (f, ms, ...a) { c.interval++; return si.call(window, f, ms, ...a); };
  window.requestAnimationFrame = function (f) { c.raf++; return raf.call(window, f); };
})();`;

module.exports = { webDir, serve, launch, screenshotColors, COUNT_TIMERS };
