// Screenshots of every panel of the app, and the embed card, at 390 and 1280 px, light and dark,
// en and it, into out/screens/ (look at them: README "Look at what you build"). Not a test.
//   node tests/e2e/screens.js [panel ...]
'use strict';
const fs = require('fs');
const path = require('path');
const { serve, launch, webDir } = require('./browser');

const PANELS = ['compare', 'scenarios', 'inference', 'uncertainty', 'claim', 'sources', 'validation', 'share'];

(async () => {
  const only = process.argv.slice(2);
  const out = path.resolve(__dirname, '..', '..', 'out', 'screens');
  fs.mkdirSync(out, { recursive: true });
  const { server, url } = await serve(webDir());
  const browser = await launch();
  for (const [w, h, dpr] of [[390, 844, 2], [1280, 900, 1]]) {
    for (const scheme of ['light', 'dark']) {
      for (const lang of ['en', 'it']) {
        const ctx = await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: dpr, colorScheme: scheme,
          locale: lang === 'it' ? 'it-IT' : 'en-US', hasTouch: w < 500, isMobile: w < 500 });
        const page = await ctx.newPage();
        for (const p of PANELS.filter((x) => !only.length || only.includes(x))) {
          await page.goto(`${url}index.html?v=1&s=deepseek-v3,llama-3.1-405b&lang=${lang}#${p}`);
          await page.waitForSelector('html[data-ready]');
          await page.screenshot({ path: path.join(out, `${p}-${w}-${scheme}-${lang}.png`), fullPage: true });
        }
        if (!only.length || only.includes('embed')) {
          await page.goto(`${url}embed.html?v=1&s=deepseek-v3,llama-3.1-405b&metric=energy&lang=${lang}&theme=${scheme}`);
          await page.waitForSelector('#chart svg');
          await page.screenshot({ path: path.join(out, `embed-${w}-${scheme}-${lang}.png`), fullPage: true });
        }
        await ctx.close();
      }
    }
  }
  await browser.close();
  server.close();
  console.log('screenshots in ' + out);
})().catch((e) => { console.error(e); process.exit(1); });
