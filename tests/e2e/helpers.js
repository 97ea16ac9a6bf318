// Helpers shared by the app's end-to-end tests (app.test.js, workbench.test.js) and budget.js:
// opening a page in a fresh context, waiting without eval (the pages' CSP forbids it, so
// page.waitForFunction cannot run), keyboard focus moves, axe-core, the CLI, and reading a number
// the app displays back into the contract's unit (to check "what is shown is what the engine uses").
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.join(__dirname, '..', '..');
const CLI = process.env.MODELWATT_CLI || path.join(ROOT, 'build', 'native', 'modelwatt');
const hasCli = fs.existsSync(CLI);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PANELS = ['compare', 'scenarios', 'inference', 'uncertainty', 'claim', 'sources', 'validation', 'share'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// A fresh context and page: opts {viewport, locale, colorScheme, touch, query, bypassCSP, init, file}.
async function openPage(browser, base, opts = {}) {
  const touch = !!opts.touch;
  const context = await browser.newContext({ viewport: opts.viewport || { width: 1280, height: 800 },
    deviceScaleFactor: opts.dpr || 1, locale: opts.locale || 'en-US', colorScheme: opts.colorScheme || 'light',
    hasTouch: touch, isMobile: touch, bypassCSP: !!opts.bypassCSP });
  if (opts.init) await context.addInitScript(opts.init);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base + (opts.file || 'index.html') + (opts.query || ''));
  // The app is ready for a test once its full catalog has arrived too (it embeds only the default
  // comparison's entries and fetches the rest right after the first render).
  const ready = opts.readySelector || ((opts.file || 'index.html') === 'index.html' ? 'html[data-ready][data-catalog]' : 'html[data-ready]');
  await page.waitForSelector(ready, { state: 'attached', timeout: 30000 });
  return { context, page, errors };
}

// Polls an expression in the page (page.evaluate is allowed under the CSP; waitForFunction is not).
async function until(page, fn, arg, { timeout = 10000, what = 'condition' } = {}) {
  const t0 = Date.now();
  for (;;) {
    const v = await page.evaluate(fn, arg);
    if (v) return v;
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

// Committed edits are redrawn after the focus moved (a 0 ms timeout): wait until none is due.
const settle = (page) => until(page, () => window.modelwatt && window.modelwatt.pending === 0, null, { what: 'pending redraws' });

const activeId = (page) => page.evaluate(() => (document.activeElement && document.activeElement.id) || '');

// Moves the focus with Tab (or Shift+Tab) until the element with `id` has it: the keyboard user's way
// there, which also proves the element is in the tab order.
async function tabTo(page, id, { back = false, max = 400 } = {}) {
  for (let i = 0; i < max; ++i) {
    if ((await activeId(page)) === id) return i;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`#${id} not reached with ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses (focus on #${await activeId(page)})`);
}

// The same, for the first element matching a CSS selector (elements without an id).
async function tabToSelector(page, selector, { back = false, max = 400 } = {}) {
  for (let i = 0; i < max; ++i) {
    if (await page.evaluate((s) => !!document.activeElement && document.activeElement.matches(s), selector)) return i;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${selector} not reached with ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses (focus on #${await activeId(page)})`);
}

// axe-core on the document as it is: the violations whose impact is serious or critical.
async function axeSerious(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: AXE });
  const r = await page.evaluate((tags) => window.axe.run(document, { runOnly: tags, resultTypes: ['violations'] }), AXE_TAGS);
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
function describeViolations(vs) {
  return vs.map((v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.slice(0, 6).map((n) =>
    `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n')).join('\n');
}

function scenarioFile(obj) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mw-e2e-')), 'scenarios.json');
  fs.writeFileSync(file, JSON.stringify(obj, null, 2));
  return file;
}
const cli = (args, input) => execFileSync(CLI, args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

// --- Reading displayed numbers ---------------------------------------------------------------------
const SUP = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-' };
// Multiplier words and suffixes (en and it) after the number.
const MULT = [['miliardi', 1e9], ['miliardo', 1e9], ['milioni', 1e6], ['milione', 1e6], ['mila', 1e3], ['Mrd', 1e9],
  ['Mln', 1e6], ['bn', 1e9], ['k', 1e3], ['K', 1e3], ['M', 1e6], ['B', 1e9], ['G', 1e9], ['T', 1e12]];
// Units, as a factor to the family's base (Wh, g, L, $, s, day, FLOP, GPU-h, 1).
const UNITS = [['TWh', 1e12], ['GWh', 1e9], ['MWh', 1e6], ['kWh', 1e3], ['mWh', 1e-3], ['Wh', 1],
  ['MtCO₂e', 1e12], ['ktCO₂e', 1e9], ['tCO₂e', 1e6], ['kgCO₂e', 1e3], ['mgCO₂e', 1e-3], ['µgCO₂e', 1e-6], ['gCO₂e', 1],
  ['m³', 1e3], ['ML', 1e6], ['GL', 1e9], ['kL', 1e3], ['mL', 1e-3], ['L', 1], ['l', 1],
  ['GPU-h', 1], ['ore-GPU', 1], ['FLOP', 1], ['ms', 1e-3], ['s', 1], ['days', 1], ['day', 1], ['giorni', 1], ['giorno', 1], ['%', 0.01]];
// The base unit of a contract output or input, by its key.
function keyFactor(key) {
  if (/kwh/.test(key)) return 1e3;          // …_kwh, kwh_per_day, l_per_kwh handled below
  if (/(^|[._])wh(_|$)/.test(key)) return 1;
  if (/_kg$|_kg_|kgco2e/.test(key)) return 1e3;
  if (/_g_|_g$/.test(key)) return 1;
  if (/_ml_|_ml$/.test(key)) return 1e-3;
  return 1;
}

// Parses a number as the app writes it in `lang` ("1,234.5", "1.234,5", "8.4×10²²", "$5.58M",
// "2,44 GWh") into {value, tol} in the unit of `key`; tol is half a unit of the last digit shown (at
// least 0.5 % of the value: three significant digits), so |shown - engine| <= tol means they agree;
// half is the half unit alone (for fields, which write the value in full).
function parseShown(text, lang, key) {
  let t = String(text).replace(/\[[^\]]*\]/g, '').replace(/\u00a0|\u202f/g, ' ').trim();
  if (/^(n\/a|n\.d\.|—|-)$/.test(t) || t === '') return null;
  const neg = /^[−-]/.test(t);
  t = t.replace(/^[−-]/, '').replace(/^\$\s*/, '').replace(/\/h$/, '');
  const m = /^([0-9.,]+)\s*(?:×\s*10([⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+))?\s*(.*)$/.exec(t);
  if (!m) throw new Error(`cannot read the number in "${text}"`);
  let digits = m[1];
  const [dec, grp] = lang === 'it' ? [',', '.'] : ['.', ','];
  digits = digits.split(grp).join('');
  const [ip, fp = ''] = digits.split(dec);
  let value = Number(ip + (fp ? '.' + fp : ''));
  let ulp = Math.pow(10, -fp.length);
  let scale = m[2] ? Math.pow(10, Number(m[2].replace(/./g, (c) => SUP[c]))) : 1;
  let rest = m[3].trim();
  const unitOf = (r) => UNITS.find(([name]) => r === name || r.startsWith(name + ' ') || r.startsWith(name + '/'));
  let unit = 1;
  let u = unitOf(rest);
  if (!u) {
    for (const [w, f] of MULT) {
      if (!rest.startsWith(w)) continue;
      const after = rest.slice(w.length);
      if (after === '' || after.startsWith(' ') || unitOf(after)) { scale *= f; rest = after.trim(); u = unitOf(rest); break; }
    }
  }
  if (u) unit = u[1];  // anything else (a field's unit label such as "billion parameters") is the caller's
  const f = scale * unit / keyFactor(key);
  value *= f * (neg ? -1 : 1);
  const half = 0.5 * ulp * Math.abs(f) * (1 + 1e-9) + 1e-12;
  const tol = Math.max(half, 0.005 * Math.abs(value) * (1 + 1e-9));
  return { value, tol, half };
}

// Every shown result of the app (view model of each slot, and the cells of #results when `cells`
// is given) against results(): returns a list of disagreements ("" when none).
function disagreements(shown, results, lang) {
  const bad = [];
  for (const { slot, key, text } of shown) {
    const [sec, k] = key.split('.');
    const engine = results.results[slot] && results.results[slot][sec] ? results.results[slot][sec][k] : undefined;
    if (engine === undefined && /^\s*—\s*$/.test(text)) continue;  // no such section in this scenario
    if (engine === undefined) { bad.push(`${slot}:${key}: shown "${text}", not in results()`); continue; }
    const p = parseShown(text, lang, key);
    if (engine === null || p === null) {
      if (!(engine === null && p === null)) bad.push(`${slot}:${key}: shown "${text}", engine ${engine}`);
      continue;
    }
    if (Math.abs(p.value - engine) > p.tol) bad.push(`${slot}:${key}: shown "${text}" (${p.value}), engine ${engine}`);
  }
  return bad;
}

module.exports = { CLI, hasCli, AXE, PANELS, sleep, openPage, until, settle, activeId, tabTo, tabToSelector, axeSerious,
  describeViolations, scenarioFile, cli, parseShown, disagreements, keyFactor };
