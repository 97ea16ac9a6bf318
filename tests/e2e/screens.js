// Screenshots of every panel of the app, and the embed card, at 390 and 1280 px, light and dark,
// en and it (look at them: README "Look at what you build"). Used by app.test.js (into
// $MODELWATT_SHOTS) and on its own:
//   node tests/e2e/screens.js [panel ...]        (into out/screens/)
'use strict';
const fs = require('fs');
const path = require('path');
const { serve, launch, webDir } = require('./browser');

const PANELS = ['compare', 'scenarios', 'inference', 'uncertainty', 'claim', 'sources', 'validation', 'share'];
const QUERY = 'v=1&s=deepseek-v3,llama-3.1-405b';

// Every panel (or those in `only`) in 8 variants, via the nav links; returns the files written.
async function shootApp(browser, base, out, only = [], withEmbed = false) {
  fs.mkdirSync(out, { recursive: true });
  const files = [];
  for (const [w, h, dpr] of [[390, 844, 2], [1280, 900, 1]]) {
    for (const scheme of ['light', 'dark']) {
      for (const lang of ['en', 'it']) {
        const ctx = await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: dpr, colorScheme: scheme,
          locale: lang === 'it' ? 'it-IT' : 'en-US', hasTouch: w < 500, isMobile: w < 500 });
        const page = await ctx.newPage();
        await page.goto(`${base}index.html?${QUERY}&lang=${lang}`);
        await page.waitForSelector('html[data-ready][data-catalog]', { state: 'attached' });
        for (const p of PANELS.filter((x) => !only.length || only.includes(x))) {
          const link = page.locator(`#nav a[href="#${p}"]`);
          if (!(await link.isVisible())) await page.click('#nav-toggle');
          await link.click();
          await page.waitForSelector(`#panel-${p}:not([hidden])`);
          await page.evaluate(() => window.scrollTo(0, 0));
          const file = path.join(out, `${p}-${w}-${scheme}-${lang}.png`);
          await page.screenshot({ path: file, fullPage: true });
          files.push(file);
        }
        if (withEmbed) {
          await page.goto(`${base}embed.html?${QUERY}&metric=energy&lang=${lang}&theme=${scheme}`);
          await page.waitForSelector('#chart svg');
          const file = path.join(out, `embed-${w}-${scheme}-${lang}.png`);
          await page.screenshot({ path: file, fullPage: true });
          files.push(file);
        }
        await ctx.close();
      }
    }
  }
  return files;
}

module.exports = { shootApp, PANELS };

if (require.main === module) {
  (async () => {
    const only = process.argv.slice(2);
    const out = path.resolve(__dirname, '..', '..', 'out', 'screens');
    const { server, url } = await serve(webDir());
    const browser = await launch();
    await shootApp(browser, url, out, only.filter((x) => x !== 'embed'), !only.length || only.includes('embed'));
    await browser.close();
    server.close();
    console.log('screenshots in ' + out);
  })().catch((e) => { console.error(e); process.exit(1); });
}
