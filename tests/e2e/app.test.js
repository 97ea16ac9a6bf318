// End-to-end: the HTML app (build/web/index.html, issue 8) in headless Debian Chromium. Needs a web
// build (modelwatt_app target; MODELWATT_WEB_DIR overrides build/web), `npm install` here, and the
// native CLI (MODELWATT_CLI, default build/native/modelwatt) for the reference values. The pages have
// a strict CSP: no page.waitForFunction (eval); the app sets html[data-ready] after its first render
// and window.modelwatt.pending counts committed edits not yet redrawn.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { webDir, serve, launch, COUNT_TIMERS } = require('./browser');
const H = require('./helpers');
const { PANELS, openPage, settle, tabTo, tabToSelector, activeId, axeSerious, describeViolations, scenarioFile, cli, sleep } = H;
const { shootApp } = require('./screens');

const SHOTS = process.env.MODELWATT_SHOTS || '';
let server, base, browser;
// The comparison the app opens on (run ids and labels), read from a fresh page in test.before.
let DEFAULT = { ids: [], labels: [] };

const open = (opts = {}) => openPage(browser, base, opts);
const results = (page) => page.evaluate(() => window.modelwatt.results());
const view = (page) => page.evaluate(() => window.MWApp.view());
const OUTPUTS = ['training', 'inference', 'lifecycle'];

// Goes to a panel through the navigation (opening the phone menu first when it is collapsed).
async function gotoPanel(page, panel, { tap = false } = {}) {
  const toggle = page.locator('#nav-toggle');
  const link = page.locator(`#nav a[href="#${panel}"]`);
  if (!(await link.isVisible()) && (await toggle.isVisible())) await (tap ? toggle.tap() : toggle.click());
  await (tap ? link.tap() : link.click());
  await page.waitForSelector(`#panel-${panel}:not([hidden])`);
}

// What the page shows, read from the DOM: the "All results" cells, the inference results of the
// scenario being edited, and every text field with its unit.
function shown(page) {
  return page.evaluate(() => {
    const cells = [...document.querySelectorAll('#results td[data-slot][data-key]')].map((td) =>
      ({ slot: Number(td.dataset.slot), key: td.dataset.key, text: td.textContent }));
    const editing = window.MWApp.editing;
    const inf = [...document.querySelectorAll('#inf-results td[id^="inf-"]')].map((td) =>
      ({ slot: editing, key: td.id.slice(4).replace('-', '.'), text: td.textContent }));
    const fields = [...document.querySelectorAll('input[id^="in-"]')].map((i) => {
      const m = /^in-(\d+)-([a-z]+)-(.+)$/.exec(i.id);
      const unit = document.getElementById(i.id.replace(/^in-/, 'unit-'));
      return { slot: Number(m[1]), path: m[2] + '.' + m[3].replace(/-/g, '.'), text: i.value, unit: unit ? unit.textContent : '' };
    });
    return { lang: document.documentElement.lang, cells, inf, fields };
  });
}

// The scale of a field's unit label ("billion parameters", "mila miliardi di token"…).
function unitScale(unit) {
  if (/trillion|mila miliardi/.test(unit)) return 1e12;
  if (/billion|miliardi/.test(unit)) return 1e9;
  if (/million|milioni/.test(unit)) return 1e6;
  return 1;
}

// "After every commit the displayed values equal results()": every result cell (at its display
// precision) and every field (at the precision it is written) against the engine's numbers.
async function assertShownIsEngine(page, when) {
  await settle(page);
  const s = await shown(page);
  const r = await results(page);
  const bad = H.disagreements([...s.cells, ...s.inf], r, s.lang);
  assert.ok(s.cells.length >= 10, `${when}: the All results table is missing`);
  for (const f of s.fields) {
    if (!f.text) continue;
    const input = r.results[f.slot] && r.results[f.slot].inputs[f.path];
    if (!input) continue;  // a field the engine does not use for this scenario (not an input of results())
    const p = H.parseShown(f.text, s.lang, '');
    const value = p.value * unitScale(f.unit);
    const tol = p.half * unitScale(f.unit);
    if (Math.abs(value - input.value) > tol) bad.push(`field ${f.slot}:${f.path} shows "${f.text} ${f.unit}", engine uses ${input.value}`);
  }
  assert.deepStrictEqual(bad, [], `${when}: shown values differ from results()`);
}

// Types into the focused field (select all, type) and commits with `key` (Enter or Tab).
async function typeAndCommit(page, text, key = 'Tab') {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press(key);
  await settle(page);
}

// The hand-written scenario file of the journey, as the CLI reads it: "your own model" with the
// template's visible assumptions written out, the user's values, and the default second scenario.
function journeyFile({ count, pue, other }) {
  const own = {
    label: 'Your own model',
    model: { params_total: 13e9 },
    training: { tokens: 2e12, accelerator: 'h100', precision: 'bf16', count, mfu: 0.4, region: 'it', datacenter: 'industry-average',
      wue_onsite_l_per_kwh: 0.3, water_offsite_l_per_kwh: 3.142, embodied_kgco2e_per_accelerator: 164, lifetime_years: 4,
      gpu_hour_price_usd: 2 },
    inference: { queries_per_day: 1e6, input_tokens: 500, output_tokens: 300, accelerator: 'h100', precision: 'bf16',
      utilization: 0.1, pue: 1.25, region: 'it', wue_onsite_l_per_kwh: 0.3, water_offsite_l_per_kwh: 3.142,
      embodied_kgco2e_per_accelerator: 164, lifetime_years: 4 },
  };
  if (pue !== undefined) own.training.pue = pue;
  return { scenarios: [own, { preset: other }] };
}

// results() of the app against `modelwatt estimate` of the same scenarios: every output number
// exactly, and every input value the engine used.
function assertEqualsCli(got, file, when) {
  const want = JSON.parse(cli(['estimate', file, '--format', 'json']));
  assert.strictEqual(got.results.length, want.results.length, when);
  for (let i = 0; i < want.results.length; ++i) {
    for (const sec of OUTPUTS) assert.deepStrictEqual(got.results[i][sec], want.results[i][sec], `${when}: scenario ${i} ${sec}`);
    const values = (r) => Object.fromEntries(Object.entries(r.inputs).map(([k, v]) => [k, v.value]));
    assert.deepStrictEqual(values(got.results[i]), values(want.results[i]), `${when}: scenario ${i} input values`);
  }
  return want;
}

// The CLI table's cell for `key` in column `col` (0 = first scenario).
function cliTableCell(file, key, col) {
  const table = cli(['estimate', file, '--format', 'table']);
  const line = table.split('\n').find((l) => l.startsWith(key + ' '));
  assert.ok(line, `no row ${key} in the CLI table`);
  return line.slice(key.length).trim().split(/\s{2,}/)[col];
}

test.before(async () => {
  const dir = webDir();
  assert.ok(fs.existsSync(path.join(dir, 'index.html')) && fs.existsSync(path.join(dir, 'mw_core.wasm')),
    `no app build in ${dir}: build the modelwatt_app target`);
  if (process.env.MODELWATT_CLI) assert.ok(H.hasCli, `MODELWATT_CLI=${H.CLI} does not exist`);
  ({ server, url: base } = await serve(dir));
  browser = await launch();
  const { context, page } = await open();
  const v = await view(page);
  DEFAULT = { ids: v.slots.map((x) => x.start), labels: (await results(page)).results.map((r) => r.label) };
  await context.close();
});

test.after(async () => {
  if (browser) await browser.close();
  if (server) server.close();
});

test('opens ready on DeepSeek-V3 and Llama 3.1 405B with no console errors; load() gives the CLI numbers', async () => {
  const { context, page, errors } = await open();
  assert.strictEqual(await page.evaluate(() => window.modelwatt.ready), true);
  const first = await results(page);
  assert.deepStrictEqual(first.results.map((r) => r.label).sort(), ['DeepSeek-V3', 'Llama 3.1 405B']);
  if (H.hasCli) {
    const ids = (await view(page)).slots.map((x) => x.start);
    assertEqualsCli(first, scenarioFile({ scenarios: ids.map((id) => ({ preset: id })) }), 'the opening comparison');
  }
  await assertShownIsEngine(page, 'on opening');
  const input = { scenarios: [{ preset: 'gpt-3' }, { label: 'Custom 7B', model: { params_total: 7e9 },
    training: { tokens: 1e12, accelerator: 'h100', count: 64, days: 10, pue: 1.2, grid_gco2e_per_kwh: 400 } }] };
  const loaded = await page.evaluate((obj) => window.modelwatt.load(obj), input);
  assert.deepStrictEqual(await results(page), loaded);
  assert.strictEqual(loaded.results[1].label, 'Custom 7B');
  if (H.hasCli) assertEqualsCli(loaded, scenarioFile(input), 'load()');
  await assertShownIsEngine(page, 'after load()');
  const err = await page.evaluate(() => { try { window.modelwatt.load({ training: { pue: 0.8 } }); return ''; } catch (e) { return e.message; } });
  assert.match(err, /pue/);
  assert.deepStrictEqual(await results(page), loaded, 'a refused load changed the comparison');
  assert.deepStrictEqual(errors, []);
  await context.close();
});

test('every label is words, in both languages (no string key shown as itself)', async () => {
  const { context, page } = await open();
  await page.evaluate(() => window.modelwatt.act({ op: 'add_inference', slot: 0 }));
  for (const lang of ['en', 'it']) {
    await page.evaluate((l) => window.modelwatt.act({ op: 'lang', value: l }), lang);
    const keys = await page.evaluate(() => [...document.querySelectorAll('label, legend, th, h2, h3, button, option, a, p')]
      .map((e) => e.textContent).filter((t) => /^\s*(field|nav|unit|group|col|view|theme|op|val|chart|card)\.[a-z_.]+\s*$/.test(t)));
    assert.deepStrictEqual(keys, [], `${lang}: string keys shown as labels`);
    // The strings file the app fetched (strings/app.<lang>.json: the module carries none) has every
    // key the core asked for so far.
    assert.deepStrictEqual(await page.evaluate(() => window.modelwatt.missingStrings()), [], `${lang}: keys missing`);
  }
  await context.close();
});

test('nothing shown or exported leaks a path of the build machine (sources, notes, every panel, exports)', async () => {
  const { context, page } = await open();
  const leaks = new Set();
  for (const p of PANELS) {
    await gotoPanel(page, p);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const text = await page.evaluate(() => document.body.innerText);
    for (const m of text.matchAll(/[^\n]{0,40}(\/work\/|\/root\/|\/home\/|\/tmp\/)[^\s\]]*/g)) leaks.add(`#${p}: ${m[0].trim()}`);
  }
  for (const kind of ['md', 'tex', 'csv', 'json', 'svg']) {
    const text = await page.evaluate((k) => window.modelwatt.exportText(k), kind);
    for (const m of text.matchAll(/.{0,40}(\/work\/|\/root\/|\/home\/|\/tmp\/)[^\s\]"]*/g)) leaks.add(`export ${kind}: ${m[0].trim()}`);
  }
  await context.close();
  assert.deepStrictEqual([...leaks].slice(0, 10), [], `${leaks.size} local paths shown to readers`);
});

test('an Italian browser gets the Italian app (lang="it")', async () => {
  const { context, page } = await open({ locale: 'it-IT' });
  assert.strictEqual(await page.evaluate(() => document.documentElement.lang), 'it');
  assert.strictEqual(await page.evaluate(() => window.MWApp.view().lang), 'it');
  await context.close();
});

test('validation panel: context rows say "context" / "contesto" with their note, never a pass/fail mark', async () => {
  for (const [locale, word, off] of [['en-US', 'context', 'outside tolerance'], ['it-IT', 'contesto', 'fuori tolleranza']]) {
    const { context, page } = await open({ locale });
    await gotoPanel(page, 'validation');
    await H.until(page, () => document.documentElement.dataset.catalog === 'full', null, { what: 'the full catalog' });
    await gotoPanel(page, 'sources');
    await gotoPanel(page, 'validation');  // drawn again over the full catalog (notes included)
    const rows = await page.evaluate(() => [...document.querySelectorAll('#validation tbody tr')].map((tr) => {
      const th = tr.querySelector('th');
      return { id: th.firstChild.textContent, note: th.querySelector('small')?.textContent || '', mark: tr.lastElementChild.textContent };
    }));
    const moe = rows.find((r) => r.id === 'mlenergy-deepseek-v3.1-b200x8-b128');
    assert.ok(moe, `${locale}: the MoE context row is listed`);
    assert.ok(moe.mark.endsWith(`(${word})`), `${locale}: ${moe.mark}`);
    assert.match(moe.note, /MoE/, `${locale}: the note says why`);
    assert.deepStrictEqual(rows.filter((r) => r.mark.includes(off)).map((r) => r.id), [], `${locale}: no row fails`);
    const tolerance = rows.find((r) => r.id === 'mlenergy-llama-405b-fp8-h100x8-b64');
    assert.ok(tolerance && !tolerance.mark.includes(word) && tolerance.note === '', `${locale}: a tolerance row keeps its mark`);
    await context.close();
  }
});

// --- axe-core ----------------------------------------------------------------------------------
test('axe-core: every panel, en and it, light and dark, 390×844 (touch) and 1280×800: no serious or critical violations', async () => {
  const failures = [];
  for (const [w, h] of [[390, 844], [1280, 800]]) {
    for (const colorScheme of ['light', 'dark']) {
      for (const lang of ['en', 'it']) {
        const { context, page } = await open({ viewport: { width: w, height: h }, colorScheme, touch: w < 500,
          locale: lang === 'it' ? 'it-IT' : 'en-US', bypassCSP: true });
        assert.strictEqual(await page.evaluate(() => document.documentElement.dataset.theme), colorScheme);
        for (const panel of PANELS) {
          await gotoPanel(page, panel);
          const vs = await axeSerious(page);
          if (vs.length) failures.push(`${w}px ${colorScheme} ${lang} #${panel}:\n  ${describeViolations(vs)}`);
        }
        // The edited states too: an inference section with its results, a refused value with its messages.
        await page.evaluate(() => { window.modelwatt.act({ op: 'add_inference', slot: 1 }); window.modelwatt.act({ op: 'set', slot: 0, path: 'training.pue', text: '0.8' }); });
        for (const panel of ['scenarios', 'inference']) {
          await gotoPanel(page, panel);
          const vs = await axeSerious(page);
          if (vs.length) failures.push(`${w}px ${colorScheme} ${lang} #${panel} (edited):\n  ${describeViolations(vs)}`);
        }
        // Every panel drawn: the strings file the app fetched had every key the core asked for.
        const missing = await page.evaluate(() => window.modelwatt.missingStrings());
        if (missing.length) failures.push(`${w}px ${lang}: keys missing from strings/app.${lang}.json: ${missing.join(', ')}`);
        await context.close();
      }
    }
  }
  assert.strictEqual(failures.length, 0, 'axe violations:\n' + failures.join('\n'));
});

// --- Check a claim: a dominant assumption (issue 10) -----------------------------------------------
// DeepSeek-V3's per-query energy against ChatGPT's (Epoch AI's GPT-4o assumptions). The catalog assumes
// DeepSeek's prompt at 0–10,000 input tokens and Epoch's at 0; the user's own utilization and PUE for
// DeepSeek leave the tokens as the only uncertain input, so the warning names them and aligning leaves
// nothing to warn about.
const CLAIM_PAIR = [{ preset: 'deepseek-v3', inference: { utilization: 0.1, pue: 1.25 } }, { preset: 'gpt-4o-epoch-2025' }];
const QUERY_CLAIM = { metric: 'inference.energy_wh_per_query', op: '<=', ratio: 0.1 };

async function runClaim(page) {
  await page.selectOption('#claim-a', '0');
  await page.selectOption('#claim-b', '1');
  await page.selectOption('#claim-op', '<=');
  await page.selectOption('#claim-metric', 'inference.energy_wh_per_query');
  await page.fill('#claim-ratio', '0.1');
  await page.click('#claim-form button[type="submit"]');
  await page.waitForSelector('#claim-result .verdict');
}

test('claim: a dominant assumption is warned about; "Use the same value on both sides" by keyboard aligns it; results equal the CLI', async () => {
  const { context, page, errors } = await open({ bypassCSP: true });
  await page.evaluate((s) => window.modelwatt.load({ scenarios: s }), CLAIM_PAIR);
  await gotoPanel(page, 'claim');
  await runClaim(page);
  const warning = page.locator('#claim-warning');
  await warning.waitFor();
  const text = await page.textContent('#claim-warning .warning-body');
  assert.match(text, /^Warning: 100 % of the spread comes from DeepSeek-V3's assumed input tokens per query; the two sides do not use the same value \(0–10,000 vs 0\)\.$/);
  assert.strictEqual(await page.textContent('#claim-align'), 'Use the same value on both sides');
  if (H.hasCli) {
    const before = JSON.parse(cli(['claim', scenarioFile({ scenarios: CLAIM_PAIR, claim: QUERY_CLAIM }), '--format', 'json']));
    assert.strictEqual(text, 'Warning: ' + before.warnings[0].sentence, 'the app and `modelwatt claim` word the warning differently');
    assert.strictEqual(await page.textContent('#claim-result .verdict + p'), before.sentence);
  }
  // Accessible with the warning shown, in both themes.
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => window.modelwatt.act({ op: 'theme', value: t }), theme);
    assert.ok(await warning.isVisible(), `the warning survives a redraw (${theme})`);
    const vs = await axeSerious(page);
    assert.deepStrictEqual(vs.map((v) => v.id), [], `${theme} #claim with the warning:\n  ${describeViolations(vs)}`);
  }
  // The keyboard: Tab to the button, Enter.
  await page.focus('#claim-form button[type="submit"]');
  await tabTo(page, 'claim-align');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.strictEqual(await page.locator('#claim-warning').count(), 0, 'the warning is gone after aligning');
  assert.strictEqual(await activeId(page), 'claim-changed', 'the focus goes to what changed');
  assert.strictEqual(await page.textContent('#claim-changed'),
    'GPT-4o query (Epoch AI assumptions) now uses the same “Input tokens per query” as DeepSeek-V3: 0–10,000 (was 0).');
  const aligned = [CLAIM_PAIR[0], { preset: 'gpt-4o-epoch-2025', inference: { input_tokens: { low: 0, mode: 500, high: 10000 } } }];
  const v = await view(page);
  assert.strictEqual(v.slots[1].groups.flatMap((g) => g.fields).find((f) => f.path === 'inference.input_tokens').status, 'user', 'aligned is the user\'s own value');
  if (H.hasCli) {
    assertEqualsCli(await results(page), scenarioFile({ scenarios: aligned }), 'after aligning');
    const file = scenarioFile({ scenarios: aligned, claim: QUERY_CLAIM });
    const after = JSON.parse(cli(['claim', file, '--format', 'json']));
    assert.deepStrictEqual(after.warnings, []);
    assert.strictEqual(await page.textContent('#claim-result .verdict + p'), after.sentence);
    const viaAlign = JSON.parse(cli(['claim', scenarioFile({ scenarios: CLAIM_PAIR, claim: QUERY_CLAIM }), '--format', 'json', '--align']));
    assert.strictEqual(viaAlign.aligned.sentence, after.sentence, '`claim --align` reaches the same verdict');
  }
  assert.deepStrictEqual(errors, []);
  await context.close();
});

test('claim: the ready example (the seed claim) still fills the form and checks it; no warning there', async () => {
  const { context, page } = await open();
  await gotoPanel(page, 'claim');
  assert.strictEqual(await page.locator('button.claim-example').count(), 2);
  await page.click('#claim-example');
  await page.waitForSelector('#claim-result .verdict');
  assert.strictEqual(await page.inputValue('#claim-metric'), 'training.gpu_hours');
  assert.strictEqual(await page.textContent('#claim-result .verdict'), 'Supported');
  assert.strictEqual(await page.locator('#claim-warning').count(), 0, 'disclosed GPU-hours: nothing to warn about');
  await context.close();
});

// Issue 10: the seed's second claim ("DeepSeek significantly reduces energy consumption compared with
// ChatGPT") is a ready example: it adds the two served scenarios and checks energy per query, with the
// same verdict and sentence as `modelwatt claim`.
test('claim: the seed\'s second claim adds DeepSeek-V3 and ChatGPT as served and checks energy per query like the CLI', async () => {
  const { context, page, errors } = await open();
  await gotoPanel(page, 'claim');
  await page.click('#claim-example-1');
  await page.waitForSelector('#claim-result .verdict');
  const starts = (await view(page)).slots.map((x) => x.start);
  assert.deepStrictEqual(starts, ['llama-3.1-405b', 'deepseek-v3', 'deepseek-v3-serving', 'chatgpt-4o-serving']);
  assert.strictEqual(await page.inputValue('#claim-metric'), 'inference.energy_wh_per_query');
  if (H.hasCli) {
    const file = scenarioFile({ scenarios: [{ preset: 'deepseek-v3-serving' }, { preset: 'chatgpt-4o-serving' }],
      claim: { metric: 'inference.energy_wh_per_query', op: '<=', ratio: 0.5 } });
    const cliClaim = JSON.parse(cli(['claim', file, '--format', 'json']));
    assert.strictEqual(await page.textContent('#claim-result .verdict + p'), cliClaim.sentence);
  }
  assert.deepStrictEqual(errors, []);
  await context.close();
});

test('claim in Italian: the warning and its button', async () => {
  const { context, page } = await open({ locale: 'it-IT' });
  await page.evaluate((s) => window.modelwatt.load({ scenarios: s }), CLAIM_PAIR);
  await gotoPanel(page, 'claim');
  await runClaim(page);
  assert.strictEqual(await page.textContent('#claim-warning .warning-body'),
    'Attenzione: Il 100 % dell\'incertezza dipende dai token in ingresso per richiesta ipotizzati per DeepSeek-V3; i due scenari non usano lo stesso valore (0–10.000 contro 0).');
  assert.strictEqual(await page.textContent('#claim-align'), 'Usa lo stesso valore per entrambi');
  await context.close();
});

// --- The journeys --------------------------------------------------------------------------------
test('keyboard only: build "your own model" with serving, read the results; they equal `modelwatt estimate`', { skip: !H.hasCli && 'no CLI' }, async () => {
  const { context, page, errors } = await open();
  const k = page.keyboard;
  await tabToSelector(page, '#nav a[href="#scenarios"]');
  await k.press('Enter');
  await H.until(page, () => document.activeElement && document.activeElement.id === 'h-scenarios', null, { what: 'focus on the panel heading' });
  await tabTo(page, 'start');
  await k.press('Home');  // "Your own model" is the first choice
  await assertShownIsEngine(page, 'start: your own model');
  const v0 = await view(page);
  assert.strictEqual(v0.slots[0].start, '');
  const other = v0.slots[1].start;
  const edits = [['model-params_total', '13', 'Tab'], ['training-tokens', '2', 'Enter'], ['training-count', '256', 'Tab'],
    ['training-mfu', '40%', 'Enter']];
  for (const [id, text, key] of edits) {
    await tabTo(page, 'in-0-' + id);
    await typeAndCommit(page, text, key);
    await assertShownIsEngine(page, `${id} = ${text}`);
  }
  // Italy: typing a name on a focused select picks it (the keyboard's way), committed on change.
  await tabTo(page, 'in-0-training-region');
  await k.type('Italy');
  await assertShownIsEngine(page, 'region = Italy');
  assert.strictEqual(await page.evaluate(() => document.getElementById('in-0-training-region').value), 'it');
  let inputs = (await results(page)).results[0].inputs;
  assert.strictEqual(inputs['model.params_total'].value, 13e9);
  assert.strictEqual(inputs['model.params_active'].value, 13e9, 'dense: active = total');
  assert.strictEqual(inputs['training.tokens'].value, 2e12);
  assert.strictEqual(inputs['training.count'].value, 256);
  assert.strictEqual(inputs['training.mfu'].value, 0.4);
  // Serving: Inference panel, "Add a serving setup", then the three numbers.
  await tabToSelector(page, '#nav a[href="#inference"]', { back: true });
  await k.press('Enter');
  await H.until(page, () => document.activeElement && document.activeElement.id === 'h-inference', null, { what: 'focus on the panel heading' });
  await tabTo(page, 'add-inference');
  await k.press('Enter');
  await settle(page);
  for (const [id, text, key] of [['inference-queries_per_day', '1,000,000', 'Enter'], ['inference-input_tokens', '500', 'Tab'],
    ['inference-output_tokens', '300', 'Tab']]) {
    await tabTo(page, 'in-0-' + id);
    await typeAndCommit(page, text, key);
    await assertShownIsEngine(page, `${id} = ${text}`);
  }
  const got = await results(page);
  const file = scenarioFile(journeyFile({ count: 256, other }));
  const want = assertEqualsCli(got, file, 'keyboard journey');
  assert.strictEqual(got.results[0].inference.energy_kwh_per_day, want.results[0].inference.energy_kwh_per_day);
  assert.ok(got.results[0].inference.energy_kwh_per_day > 0);
  assert.ok(got.results[0].lifecycle.breakeven_days > 0);
  // The displayed text of a few cells is the CLI table's (same formatter, same locale).
  for (const key of ['training.gpu_hours', 'training.energy_kwh', 'training.co2e_total_kg', 'inference.energy_wh_per_query']) {
    const cell = await page.textContent(`#results td[data-slot="0"][data-key="${key}"]`);
    assert.strictEqual(cell, cliTableCell(file, key, 0), key);
  }
  for (const key of ['inference.energy_wh_per_query', 'inference.energy_kwh_per_day']) {
    assert.strictEqual(await page.textContent(`#inf-${key.replace('.', '-')}`), cliTableCell(file, key, 0), `inference table ${key}`);
  }
  // The focus never fell to the page during the journey, and the pointer was never used.
  assert.notStrictEqual(await page.evaluate(() => document.activeElement.tagName), 'BODY');
  assert.deepStrictEqual(errors, []);
  await context.close();
});

test('touch at 390×844 in Italian: "4.096" GPUs and "1,25" PUE are 4096 and 1.25; results equal the CLI', { skip: !H.hasCli && 'no CLI' }, async () => {
  const { context, page, errors } = await open({ viewport: { width: 390, height: 844 }, touch: true, locale: 'it-IT', dpr: 2 });
  assert.strictEqual(await page.evaluate(() => document.documentElement.lang), 'it');
  await gotoPanel(page, 'scenarios', { tap: true });
  await page.locator('#start').tap();
  await page.locator('#start').selectOption('');
  const other = (await view(page)).slots[1].start;
  await assertShownIsEngine(page, 'start: il tuo modello');
  // Tap a field, type on the (numeric) keyboard, tap the next field: the blur commits.
  const typed = [['model-params_total', '13'], ['training-tokens', '2'], ['training-count', '4.096'], ['training-mfu', '0,4'], ['training-pue', '1,25']];
  for (let i = 0; i < typed.length; ++i) {
    const [id, text] = typed[i];
    const input = page.locator(`#in-0-${id}`);
    assert.strictEqual(await input.getAttribute('inputmode'), 'decimal');
    await input.scrollIntoViewIfNeeded();
    await input.tap();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
    await page.locator('#h-scenarios').tap();  // away from the field: it commits
    await assertShownIsEngine(page, `${id} = ${text}`);
  }
  await page.locator('#in-0-training-region').tap();
  await page.locator('#in-0-training-region').selectOption('it');
  await assertShownIsEngine(page, 'regione = Italia');
  const inputs = (await results(page)).results[0].inputs;
  assert.strictEqual(inputs['training.count'].value, 4096);
  assert.strictEqual(inputs['training.pue'].value, 1.25);
  assert.strictEqual(await page.inputValue('#in-0-training-count'), '4096');
  assert.strictEqual(await page.inputValue('#in-0-training-pue'), '1,25');
  await gotoPanel(page, 'inference', { tap: true });
  await page.locator('#add-inference').tap();
  await settle(page);
  for (const [id, text] of [['inference-queries_per_day', '1.000.000'], ['inference-input_tokens', '500'], ['inference-output_tokens', '300']]) {
    const input = page.locator(`#in-0-${id}`);
    await input.scrollIntoViewIfNeeded();
    await input.tap();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
    await page.locator('#h-inference').tap();
    await assertShownIsEngine(page, `${id} = ${text}`);
  }
  const file = scenarioFile(journeyFile({ count: 4096, pue: 1.25, other }));
  assertEqualsCli(await results(page), file, 'touch journey');
  assert.deepStrictEqual(errors, []);
  await context.close();
});

test('a refused value keeps the previous one and shows the message at the field and in the summary (en, it)', async () => {
  for (const [lang, text, english] of [['en', '0.8', null], ['it', '0,8', /\b(must|got|the|number|value|least|read|type|digits|written|way|instead)\b/i],
    ['it', 'abc', /\b(must|got|the|number|value|least|read|type|digits|written|way|instead)\b/i]]) {
    const { context, page, errors } = await open({ locale: lang === 'it' ? 'it-IT' : 'en-US' });
    await gotoPanel(page, 'scenarios');
    const before = await results(page);
    const field = page.locator('#in-0-training-pue');
    const previous = await field.inputValue();
    await field.focus();
    await typeAndCommit(page, text, 'Enter');
    const after = await results(page);
    assert.deepStrictEqual(after, before, `${lang} "${text}": the refused value changed the results`);
    assert.strictEqual(after.results[0].inputs['training.pue'].value, before.results[0].inputs['training.pue'].value);
    const message = (await page.textContent('#err-0-training-pue')).trim();
    assert.ok(message.length > 5, `${lang}: no message at the field`);
    assert.ok(await page.isVisible('#err-0-training-pue'));
    assert.strictEqual(await field.getAttribute('aria-invalid'), 'true');
    const describedBy = (await field.getAttribute('aria-describedby')).split(' ');
    assert.ok(describedBy.includes('err-0-training-pue'), 'the message is not tied to the field');
    const summary = page.locator('#scenario-form .error-summary');
    assert.ok(await summary.isVisible(), `${lang}: no error summary`);
    assert.ok((await summary.textContent()).includes(message), `${lang}: the summary lacks "${message}"`);
    // The field shows the value in force (the previous one) or the refused text beside its message;
    // either way the engine kept the previous value.
    const nowShown = await field.inputValue();
    assert.ok(nowShown === previous || nowShown === text, `field shows "${nowShown}"`);
    if (english) assert.doesNotMatch(message, english, `English inside the Italian message: "${message}"`);
    if (lang === 'en') assert.match(message, /at least 1/);
    // The summary's link takes the focus to the field.
    await page.locator('#scenario-form .error-summary a').first().click();
    assert.strictEqual(await activeId(page), 'in-0-training-pue');
    // A good value clears the message.
    await typeAndCommit(page, lang === 'it' ? '1,3' : '1.3', 'Enter');
    assert.strictEqual((await results(page)).results[0].inputs['training.pue'].value, 1.3);
    assert.ok(!(await page.isVisible('#err-0-training-pue')));
    assert.ok(!(await summary.isVisible()));
    assert.deepStrictEqual(errors, []);
    await context.close();
  }
});

// Steppers: "−" / "+" beside a number field and the arrow keys in it step to the value the core names
// (PUE by 0.01, GPU counts by powers of two), committed at once, in the page's language.
test('steppers and arrow keys step a field to the next value, committed (en, it, touch)', async () => {
  for (const [lang, typed, shownUp] of [['en', '1.25', '1.26'], ['it', '1,25', '1,26']]) {
    const { context, page, errors } = await open({ locale: lang === 'it' ? 'it-IT' : 'en-US', touch: lang === 'it',
      viewport: lang === 'it' ? { width: 390, height: 844 } : undefined });
    await gotoPanel(page, 'scenarios');
    const pue = () => results(page).then((r) => r.results[0].inputs['training.pue'].value);
    await page.locator('#in-0-training-pue').focus();
    await typeAndCommit(page, typed, 'Enter');
    assert.strictEqual(await pue(), 1.25);
    if (lang === 'en') {
      await page.keyboard.press('ArrowUp');
      await settle(page);
      assert.strictEqual(await page.inputValue('#in-0-training-pue'), shownUp);
      assert.strictEqual(await pue(), 1.26);
      assert.strictEqual(await activeId(page), 'in-0-training-pue');
    } else {
      await page.tap('#step-up-0-training-pue');
      await settle(page);
      assert.strictEqual(await page.inputValue('#in-0-training-pue'), shownUp);
      assert.strictEqual(await pue(), 1.26);
    }
    // Down twice from 1.26, by the button: 1.24; its name says what it does.
    await page.click('#step-down-0-training-pue');
    await settle(page);
    await page.click('#step-down-0-training-pue');
    await settle(page);
    assert.strictEqual(await pue(), 1.24);
    assert.match(await page.textContent('#step-down-0-training-pue'), lang === 'it' ? /PUE: riduci a 1,23/ : /PUE: decrease to 1.23/);
    // GPU count: powers of two (Llama 3.1 405B's 16,384 H100 → 32,768).
    await page.click('#step-up-0-training-count');
    await settle(page);
    assert.strictEqual((await results(page)).results[0].inputs['training.count'].value, 32768);
    await assertShownIsEngine(page, `${lang} steppers`);
    assert.deepStrictEqual(errors, []);
    await context.close();
  }
});

test('the paper paragraph (md) credits what the user typed as theirs, never as disclosed', async () => {
  for (const [lang, yours] of [['en', /\(yours\)/], ['it', /\((tuo|tuoi|tua|tue)\)/]]) {
    const { context, page } = await open({ locale: lang === 'it' ? 'it-IT' : 'en-US' });
    // A preset whose values are disclosed; the user types over two of them.
    await page.evaluate((l) => {
      const m = window.modelwatt;
      m.act({ op: 'start', slot: 0, id: 'llama-2-13b' });
      m.act({ op: 'set', slot: 0, path: 'training.gpu_hours', text: l === 'it' ? '400.000' : '400,000' });
      m.act({ op: 'set', slot: 0, path: 'training.power_w', text: '350' });
    }, lang);
    const r = (await results(page)).results[0].inputs;
    assert.strictEqual(r['training.gpu_hours'].value, 400000);
    assert.strictEqual(r['training.gpu_hours'].status, 'user');
    assert.strictEqual(r['training.power_w'].status, 'user');
    const md = await page.evaluate(() => window.modelwatt.exportText('md'));
    const first = md.split('\n').find((l) => l.startsWith('- **'));
    assert.ok(first, 'no scenario line in the paragraph');
    // Each input is written "Label value (status)": the typed ones end in yours/tuo.
    const gpuHours = /GPU-h[^;]*?400[.,]?0*k? GPU-h \(([^)]+)\)|(?:Ore-GPU|GPU-hours) ([^;(]+)\(([^)]+)\)/.exec(first);
    assert.ok(gpuHours, `no GPU-hours input in: ${first}`);
    const status = gpuHours[1] || gpuHours[3];
    assert.match(`(${status})`, yours, `GPU-hours typed by the user credited as "${status}"`);
    const power = /(?:Power per accelerator \(W\)|Potenza per acceleratore \(W\)) 350 W \(([^)]+)\)/.exec(first);
    assert.ok(power, `no power input in: ${first}`);
    assert.match(`(${power[1]})`, yours);
    assert.doesNotMatch(first, /400[.,]?0*k? GPU-h \((disclosed|dichiarat[oa])\)/);
    assert.doesNotMatch(first, /350 W \((disclosed|dichiarat[oa])\)/);
    // The other faces agree: the field badge says so too.
    await gotoPanel(page, 'scenarios');
    assert.match(`(${(await page.textContent('#badge-0-training-gpu_hours')).trim()})`, yours);
    await context.close();
  }
});

test('switching a preset to another accelerator says what followed and shows the new power', async () => {
  const { context, page, errors } = await open();
  await page.evaluate(() => window.modelwatt.act({ op: 'start', slot: 0, id: 'llama-2-13b' }));
  await gotoPanel(page, 'scenarios');
  await settle(page);
  assert.strictEqual(await page.inputValue('#in-0-training-power_w'), '400');
  const select = page.locator('#in-0-training-accelerator');
  await select.focus();
  await select.selectOption('h100');
  await assertShownIsEngine(page, 'accelerator = h100');
  assert.ok(Math.abs((await results(page)).results[0].training.energy_it_kwh - 368640 * 700 / 1000) < 1e-6, 'the engine uses the H100 TDP');
  const notices = await page.$$eval('#scenario-form .notices li', (lis) => lis.map((li) => li.textContent));
  assert.ok(await page.isVisible('#scenario-form .notices li'), 'no notice of what followed the accelerator');
  assert.deepStrictEqual(notices, [...new Set(notices)], 'a notice is repeated');
  const power = notices.find((n) => /^Power per accelerator/.test(n));
  assert.ok(power, `no notice about the power: ${notices.join(' | ')}`);
  assert.match(power, /700 W/, 'the notice does not say the new power');
  assert.match(power, /400 W/, 'the notice does not say the old power');
  // The field shows the power the engine now uses (written in, or as the derived default).
  const shownPower = (await page.inputValue('#in-0-training-power_w')) || (await page.getAttribute('#in-0-training-power_w', 'placeholder'));
  assert.match(shownPower, /^(derived: )?700( W)?$/, `the power field shows "${shownPower}" while the engine uses 700 W`);
  assert.deepStrictEqual(errors, []);
  await context.close();
});

// --- Share -----------------------------------------------------------------------------------------
test('a language whose strings do not arrive: the app stays in its language and says why', async () => {
  const { context, page } = await open();
  await page.route('**/strings/app.it.json', (r) => r.fulfill({ status: 404, body: '' }));
  await page.selectOption('#lang', 'it');
  await settle(page);
  assert.strictEqual(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.strictEqual(await page.inputValue('#lang'), 'en');
  assert.match(await page.textContent('#status'), /other language could not be loaded/);
  assert.deepStrictEqual(await page.evaluate(() => window.modelwatt.missingStrings()), []);
  // Once it is reachable again the switch works.
  await page.unroute('**/strings/app.it.json');
  await page.selectOption('#lang', 'it');
  await settle(page);
  assert.strictEqual(await page.evaluate(() => document.documentElement.lang), 'it');
  await context.close();
});

test('share in Italian: link and snippet keep lang=it and an explicit theme; the snippet is `modelwatt share --embed`', async () => {
  const { context, page, errors } = await open();
  await page.selectOption('#lang', 'it');
  await settle(page);
  assert.strictEqual(await page.evaluate(() => document.documentElement.lang), 'it');
  await gotoPanel(page, 'share');
  const link = await page.inputValue('#share-link');
  assert.ok(link.startsWith(base + 'index.html?v=1&s=' + DEFAULT.ids.join(',')), link);
  assert.match(link, /[?&]lang=it(&|$)/);
  const snippet = await page.inputValue('#share-embed');
  assert.match(snippet, /lang=it/);
  assert.match(snippet, /theme=(light|dark)/);
  const title = /<iframe[^>]*\stitle="([^"]+)"/.exec(snippet);
  assert.ok(title, 'the iframe has no title');
  assert.doesNotMatch(title[1], /\b(the|of|training|compared?|hours)\b/i, `iframe title not Italian: ${title[1]}`);
  if (H.hasCli) {
    const file = scenarioFile({ scenarios: DEFAULT.ids.map((id) => ({ preset: id })) });
    const theme = /theme=(light|dark)/.exec(snippet)[1];
    assert.strictEqual(snippet, cli(['share', '--embed', file, '--base', base, '--lang', 'it', '--theme', theme]));
    const en = cli(['share', '--embed', file, '--base', base, '--theme', theme]);
    assert.notStrictEqual(/title="([^"]+)"/.exec(en)[1], title[1], 'the Italian title equals the English one');
  }
  // The theme chosen for sharing goes into both the link and the snippet.
  await page.selectOption('#embed-theme', 'dark');
  await settle(page);
  assert.match(await page.inputValue('#share-link'), /[?&]theme=dark(&|$)/);
  assert.match(await page.inputValue('#share-embed'), /theme=dark/);
  // The link opens the same state (language and theme included).
  const link2 = await page.inputValue('#share-link');
  const expect = await results(page);
  const again = await browser.newContext();
  const p2 = await again.newPage();
  await p2.goto(link2);
  await p2.waitForSelector('html[data-ready][data-catalog]', { state: 'attached' });
  assert.strictEqual(await p2.evaluate(() => document.documentElement.lang), 'it');
  assert.strictEqual(await p2.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.deepStrictEqual(await results(p2), expect);
  await again.close();
  assert.deepStrictEqual(errors, []);
  await context.close();
});

const SHARED = { scenarios: [{ preset: 'gpt-3' }, { preset: 'deepseek-v3', label: 'DeepSeek-V3 at PUE 1.3', training: { pue: 1.3 } }] };

test('a link from `modelwatt share` opens exactly its scenarios', { skip: !H.hasCli && 'no CLI' }, async () => {
  const file = scenarioFile(SHARED);
  const query = cli(['share', file, '--metric', 'energy']).trim();
  const { context, page, errors } = await open({ query: '?' + query });
  const got = await results(page);
  assert.strictEqual(got.results.length, 2);
  assert.match(got.results[0].label, /^GPT-3/);
  assert.strictEqual(got.results[1].label, 'DeepSeek-V3 at PUE 1.3');
  assertEqualsCli(got, file, 'shared link');
  assert.strictEqual((await view(page)).metric, 'energy');
  assert.strictEqual(await page.getAttribute('#metrics [aria-pressed="true"]', 'data-metric'), 'energy');
  assert.deepStrictEqual(JSON.parse(cli(['share', '--decode', query])), JSON.parse(cli(['share', '--decode', await page.evaluate(() => window.modelwatt.query)])));
  await assertShownIsEngine(page, 'shared link');
  assert.strictEqual(await page.isVisible('#link-error'), false);
  assert.deepStrictEqual(errors, []);
  await context.close();
});

// Issue 9 "Size and speed": the module embeds only the default comparison's catalog entries. The first
// render fetches nothing else; a link to other runs fetches one small file per entry before it; the
// full catalog comes after the first render (resources timed against the "mw-rendered" mark).
test('the first render carries only the catalog entries it shows; the full catalog follows', async () => {
  const timing = (page) => page.evaluate(() => {
    const t = performance.getEntriesByName('mw-rendered')[0].startTime;
    return performance.getEntriesByType('resource').map((r) => ({ path: new URL(r.name).pathname, before: r.startTime < t }));
  });
  const def = await open();
  let res = await timing(def.page);
  assert.deepStrictEqual(res.filter((r) => r.before && /catalog|epoch_runs/.test(r.path)), [], 'fetched before the first render');
  assert.ok(res.some((r) => !r.before && r.path === '/catalog.json'), 'the full catalog never came');
  await def.context.close();
  const link = await open({ query: '?v=1&s=gpt-3,epoch-pangu-ultra&metric=energy' });
  res = await timing(link.page);
  assert.deepStrictEqual(res.filter((r) => r.before && /catalog|epoch_runs/.test(r.path)).map((r) => r.path).sort(),
    ['/catalog/run/epoch-pangu-ultra.json', '/catalog/run/gpt-3.json']);
  const labels = (await results(link.page)).results.map((r) => r.label);
  assert.match(labels[0], /^GPT-3/);
  assert.strictEqual(labels[1], 'Pangu Ultra (Epoch AI)');
  assert.strictEqual(await link.page.isVisible('#link-error'), false);
  assert.deepStrictEqual(link.errors, []);
  await link.context.close();
});

// The core's message for a link, as `modelwatt share --decode` prints it (exit 2, "error: …" on stderr).
function cliLinkError(query) {
  try { cli(['share', '--decode', query]); } catch (e) { return String(e.stderr).trim().replace(/^error: /, ''); }
  return '';
}

test("a bad link shows the core's error (the CLI's words for the same link) and the default comparison", async () => {
  for (const [query, message] of [['v=1&s=deepseek-v3&s0.training.pue=0.8', /training\.pue: must be >= 1 \(got 0\.8\)/],
    ['v=2&s=deepseek-v3', /v: unsupported version "2"/], ['v=1&s=deepseek-v3&s0.training.pu=1', /training\.pu.*did you mean pue/]]) {
    const { context, page, errors } = await open({ query: '?' + query });
    const linkError = await page.evaluate(() => window.modelwatt.linkError);
    assert.match(linkError, message);
    if (H.hasCli) assert.strictEqual(linkError, cliLinkError(query), `the app and the CLI name the error of ${query} differently`);
    assert.ok(await page.isVisible('#link-error'));
    assert.ok((await page.textContent('#link-error')).includes(linkError));
    assert.strictEqual(await page.getAttribute('#link-error', 'role'), 'alert');
    assert.deepStrictEqual((await results(page)).results.map((r) => r.label), DEFAULT.labels);
    await assertShownIsEngine(page, `bad link ${query}`);
    assert.deepStrictEqual(errors, []);
    await context.close();
  }
});

test("a bad link in Italian opened by an English browser: the error in Italian, no keys", async () => {
  const { context, page, errors } = await open({ query: '?v=1&s=deepseek-v3,llama-3.1-40b&lang=it' });
  assert.strictEqual(await page.evaluate(() => document.documentElement.lang), 'it');
  assert.match(await page.textContent('#link-error'), /^Non è stato possibile aprire questo link/);
  assert.match(await page.textContent('#link-error'), /llama-3\.1-405b/);  // the suggestion, from the full catalog
  assert.strictEqual(await page.getAttribute('#link-error span', 'lang'), 'en');  // the core's message, read as English
  assert.deepStrictEqual(await page.evaluate(() => window.modelwatt.missingStrings()), []);
  // The one failed request is the mistyped run's catalog file (catalog/run/llama-3.1-40b.json).
  assert.deepStrictEqual(errors.filter((e) => !/status of 404/.test(e)), []);
  await context.close();
});

test('labels and bad values carrying markup stay text (no element, no script)', async () => {
  const xss = '<img src=x onerror=alert(1)>';
  for (const query of [`?v=1&s=deepseek-v3,gpt-3&s0.label=${encodeURIComponent(xss)}`, `?v=1&s=deepseek-v3&s0.training.pue=${encodeURIComponent(xss)}`]) {
    const { context, page, errors } = await open({ query });
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; d.dismiss(); });
    // Every panel drawn (the label appears in forms, tables, the claim form, sources).
    for (const p of PANELS) await gotoPanel(page, p);
    await sleep(200);
    assert.strictEqual(await page.evaluate(() => document.querySelectorAll('img').length), 0);
    assert.strictEqual(dialogs, 0);
    if (query.includes('label')) {
      assert.strictEqual((await results(page)).results[0].label, xss);
      assert.ok((await page.textContent('#slots')).includes(xss), 'the label is not shown as text');
      assert.ok((await page.textContent('#results')).includes(xss));
    } else {
      assert.ok((await page.textContent('#link-error')).includes(xss));
    }
    assert.deepStrictEqual(errors, []);
    await context.close();
  }
});

// Issue 11's hostile links, in the app: the 160-byte link whose Monte Carlo range is infinite (it
// crashed the card) and a label with a right-to-left override (it reordered the numbers).
test("issue 11's crash link shows the core's error and the app stays alive", async () => {
  const query = '?v=1&s=_&s0.training.gpu_hours=1000&s0.training.power_w=700&s0.training.pue=1.2' +
    '&s0.training.grid_gco2e_per_kwh.low=0&s0.training.grid_gco2e_per_kwh.high=1e308&metric=co2e';
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base + 'index.html' + query);
  await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 15000 }).catch(() => {});
  assert.deepStrictEqual(errors, [], 'the page crashed');
  assert.strictEqual(await page.evaluate(() => document.documentElement.dataset.ready), '1', 'the app never became ready');
  assert.match(await page.evaluate(() => window.modelwatt.linkError), /grid_gco2e_per_kwh/);
  assert.ok(await page.isVisible('#link-error'));
  await context.close();
});

test('a bidi override in a label stays inside the label (sentence and chart keep their order)', async () => {
  const { context, page, errors } = await open({ query: '?v=1&s=llama-3.1-405b,deepseek-v3&s1.label=DS%E2%80%AE&lang=en' });
  const summary = await page.textContent('#summary');
  assert.ok(!summary.includes('\u202e'), `the override reaches the sentence: ${JSON.stringify(summary)}`);
  assert.ok(!(await page.$eval('#chart svg', (e) => e.textContent)).includes('\u202e'));
  // Wherever the label is shown as itself it is isolated (<bdi>), so it cannot reorder what follows.
  const loose = await page.evaluate(() => [...document.querySelectorAll('#slots, #results, #data')].flatMap((box) =>
    [...box.querySelectorAll('*')].filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.includes('\u202e')) && e.tagName !== 'BDI')
      .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''))));
  assert.deepStrictEqual(loose, [], 'the label with an override is not isolated');
  assert.deepStrictEqual(errors, []);
  await context.close();
});

// --- Frugality, reflow, touch ---------------------------------------------------------------------

test('idle: no renders, no timers and no animation frames while nobody touches the page', async () => {
  const { context, page, errors } = await open({ init: COUNT_TIMERS });
  // An edit first (a committed edit schedules one redraw), then hands off.
  await gotoPanel(page, 'scenarios');
  await page.locator('#in-0-training-pue').focus();
  await typeAndCommit(page, '1.3', 'Tab');
  await sleep(500);
  const t0 = await page.evaluate(() => ({ frames: window.modelwatt.frames, ...window.__timers }));
  await sleep(3500);
  const t1 = await page.evaluate(() => ({ frames: window.modelwatt.frames, ...window.__timers }));
  assert.deepStrictEqual(t1, t0, 'something ran while idle');
  assert.strictEqual(t1.interval, 0, 'setInterval was used');
  assert.strictEqual(t1.long, 0, 'a timer over 3 s was set');
  assert.deepStrictEqual(errors, []);
  await context.close();
});

test('reflow: no horizontal scrolling at 320 CSS px, and at 1280 px zoomed 400 %, on every panel', async () => {
  const bad = [];
  for (const [w, h, dpr, what] of [[320, 640, 1, '320 px'], [320, 200, 4, '1280 px at 400 %']]) {
    for (const lang of ['en', 'it']) {
      const { context, page } = await open({ viewport: { width: w, height: h }, dpr, locale: lang === 'it' ? 'it-IT' : 'en-US' });
      // Content as long as it gets: four scenarios, one with serving, a refused value.
      await page.evaluate(() => {
        const m = window.modelwatt;
        m.act({ op: 'add', id: 'gpt-3' });
        m.act({ op: 'add', id: '' });
        m.act({ op: 'add_inference', slot: 0 });
        m.act({ op: 'set', slot: 0, path: 'training.pue', text: '0.8' });
      });
      for (const panel of PANELS) {
        await gotoPanel(page, panel);
        const m = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
        if (m.sw > m.cw) {
          const wide = await page.evaluate((cw) => [...document.querySelectorAll('body *')].filter((e) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.right > cw + 1 && !e.closest('.table-wrap');
          }).slice(0, 5).map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${e.className} (${Math.round(e.getBoundingClientRect().right)})`), m.cw);
          bad.push(`${what} ${lang} #${panel}: scrollWidth ${m.sw} > ${m.cw}: ${wide.join(', ')}`);
        }
      }
      await context.close();
    }
  }
  assert.deepStrictEqual(bad, []);
});

test('touch targets at 390 px: every visible button, nav link, input and select is at least 44×44 CSS px', async () => {
  const small = [];
  const { context, page } = await open({ viewport: { width: 390, height: 844 }, touch: true, dpr: 2 });
  await page.evaluate(() => { window.modelwatt.act({ op: 'add_inference', slot: 0 }); window.modelwatt.act({ op: 'set', slot: 0, path: 'training.pue', text: '0.8' }); });
  const measure = (where) => page.evaluate((w) => [...document.querySelectorAll('button, #nav a, input, select, textarea')]
    .filter((e) => e.offsetParent !== null && e.getClientRects().length && e.type !== 'hidden')
    .map((e) => {
      let r = e.getBoundingClientRect();
      // A checkbox's target is the box and its label together (tapping the label toggles it).
      const label = (e.type === 'checkbox' || e.type === 'radio') && e.id && document.querySelector(`label[for="${e.id}"]`);
      if (label) {
        const l = label.getBoundingClientRect();
        const top = Math.min(r.top, l.top), bottom = Math.max(r.bottom, l.bottom);
        r = { width: Math.max(r.right, l.right) - Math.min(r.left, l.left), height: Math.min(bottom - top, Math.max(r.height, l.height)) };
      }
      return { d: `${w} ${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.type ? '[' + e.type + ']' : ''} "${(e.textContent || e.value || '').trim().slice(0, 30)}"`, w: r.width, h: r.height }; })
    .filter((x) => x.w < 44 - 0.01 || x.h < 44 - 0.01).map((x) => `${x.d}: ${x.w.toFixed(1)}×${x.h.toFixed(1)}`), where);
  for (const panel of PANELS) {
    await gotoPanel(page, panel, { tap: true });
    small.push(...await measure('#' + panel));
  }
  // The menu open: its links.
  await page.locator('#nav-toggle').tap();
  small.push(...await measure('menu'));
  await context.close();
  assert.deepStrictEqual([...new Set(small)], []);
});

test('screenshots of every panel at 390 and 1280 px, light and dark, en and it', async () => {
  const out = SHOTS || fs.mkdtempSync(path.join(os.tmpdir(), 'mw-shots-'));
  const files = await shootApp(browser, base, out);
  assert.strictEqual(files.length, PANELS.length * 2 * 2 * 2);
  for (const f of files) assert.ok(fs.statSync(f).size > 5000, `${f} looks empty`);
  console.log(`# screenshots in ${out}`);
});
