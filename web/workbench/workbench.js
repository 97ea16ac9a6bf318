// The page around the wasm app: loading state, no-WebGL2 fallback (a table computed by the core),
// context-loss notice, system dark mode, and the test hooks (window.modelwatt).
(function () {
  'use strict';
  var lang = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  var it = /^it\b/i.test(lang);
  document.documentElement.lang = it ? 'it' : 'en';
  var text = it
    ? { loading: 'Caricamento di ModelWatt…', failed: 'Impossibile caricare ModelWatt. Ricarica la pagina.',
        lost: 'Il contesto grafico è andato perso; ripristino…' }
    : { loading: 'Loading ModelWatt…', failed: 'ModelWatt could not load. Please reload the page.',
        lost: 'The graphics context was lost; restoring…' };
  var $ = function (id) { return document.getElementById(id); };
  var status = $('status'), canvas = $('canvas');
  $('status-text').textContent = text.loading;
  $('lost').textContent = text.lost;

  // Create the app's WebGL2 context now, on the real canvas: context creation is slow on software
  // GL (0.5-1.3 s in headless Chromium) and overlaps the wasm download and compile this way.
  // Emscripten's GLFW later asks the canvas for "webgl2" and gets this same context back.
  var gl = null;
  try {
    gl = canvas.getContext('webgl2', { alpha: true, depth: false, stencil: false, antialias: false,
      powerPreference: 'low-power' });
  } catch (e) { gl = null; }
  // ?nowebgl forces the fallback (tests, and readers who prefer a plain table).
  var noWebGL2 = !gl || /[?&]nowebgl\b/.test(location.search);

  // The link's state goes to main() as argv[1] (the same key=value codec as the desktop app's
  // command line); ?nowebgl is ours, not state. argv[2]: the app's folder, for links and embeds.
  var query = location.search.replace(/^\?/, '').split('&').filter(function (p) {
    return p && p !== 'nowebgl' && p.indexOf('nowebgl=') !== 0;
  }).join('&');
  var base = location.href.split(/[?#]/)[0].replace(/[^\/]*$/, '');
  var linkLang = /(?:^|&)lang=(en|it)(?:&|$)/.exec(query);
  if (linkLang) document.documentElement.lang = linkLang[1];

  // Exports arrive as text from the core; the browser saves them (no server involved).
  function saveBlob(name, blob) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
  }

  // PNG: the core's SVG drawn on a canvas at 2× for crisp text, then encoded by the browser.
  function savePng(name, svg) {
    var url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    var img = new Image();
    img.onload = function () {
      var scale = 2, c = document.createElement('canvas');
      c.width = Math.round(img.naturalWidth * scale);
      c.height = Math.round(img.naturalHeight * scale);
      var g = c.getContext('2d');
      g.scale(scale, scale);
      g.drawImage(img, 0, 0);
      URL.revokeObjectURL(url);
      c.toBlob(function (b) { if (b) saveBlob(name, b); }, 'image/png');
    };
    img.onerror = function () { URL.revokeObjectURL(url); };
    img.src = url;
  }

  function fail() {
    status.classList.add('error');
    $('status-text').textContent = text.failed;
  }

  // Labels are free text: always textContent, never markup.
  function showFallback() {
    var data = JSON.parse(Module.UTF8ToString(Module.ccall('mw_fallback_json', 'number', ['number', 'string'], [it ? 1 : 0, query])));
    document.body.classList.add('fallback');
    $('fallback-msg').textContent = data.message;
    var table = $('fallback-table');
    var head = table.createTHead().insertRow();
    data.columns.forEach(function (c) { var th = document.createElement('th'); th.textContent = c; head.appendChild(th); });
    var body = table.createTBody();
    data.rows.forEach(function (r) {
      var tr = body.insertRow();
      r.forEach(function (cell) { tr.insertCell().textContent = cell; });
    });
    $('fallback').hidden = false;
    status.classList.add('done');
    mw.ready = true;
  }

  var mw = window.modelwatt = {
    ready: false,
    frames: 0,
    fallback: noWebGL2,
    results: function () { return JSON.parse(Module.UTF8ToString(Module._mw_results_json())); },
    // Loads a scenario object or {"scenarios": [...]}; throws with the core's message when refused.
    load: function (obj) {
      var json = typeof obj === 'string' ? obj : JSON.stringify(obj);
      var err = Module.ccall('mw_load', 'string', ['string'], [json]);
      if (err) throw new Error(err);
      return mw.results();
    },
    coreMs: function () { return Module._mw_core_ms(); },
    // Uncertainty: the last interval/claim/tornado run (ms), interval runs so far (flat while idle),
    // and a probe timing intervals of the scenarios on screen (which: 0 charts, 1 one metric, 2 all).
    uncertaintyMs: function () { return Module._mw_uncertainty_ms(); },
    uncertaintyRuns: function () { return Module._mw_uncertainty_computes(); },
    intervalsMs: function (samples, which) { return Module._mw_intervals_probe_ms(samples, which || 0); },
    query: query,       // the state in the address bar (kept in sync by the app)
    linkError: '',      // a bad link's message, also shown in the app and announced (#link-error)
    // Share / export: the text behind "link", "embed", "svg", "csv", "json", "md", "tex"; and the
    // action a Share-panel button performs (copy, or download through saveBlob).
    share: function (kind) { return Module.ccall('mw_share_text', 'string', ['string'], [kind]); },
    exportFile: function (kind) { return Module.ccall('mw_share_action', 'number', ['string'], [kind]) === 1; },
    _replaceState: function (q) {
      mw.query = q;
      try { history.replaceState(history.state, '', '?' + q + location.hash); } catch (e) { /* sandboxed iframe */ }
      var m = /(?:^|&)lang=(en|it)(?:&|$)/.exec(q);
      if (m) document.documentElement.lang = m[1];
    },
    _linkError: function (msg) {
      mw.linkError = msg;
      $('link-error').textContent = msg;  // text, never markup: the message may quote the link
    },
    _download: function (name, mime, text) { saveBlob(name, new Blob([text], { type: mime + ';charset=utf-8' })); },
    _downloadPng: savePng,
    _frame: function (n) {
      mw.frames = n;
      if (!mw.ready) {
        mw.ready = true;
        mw.firstFrameMs = performance.now();
        status.classList.add('done');
      }
    },
    _context: function (lost) { $('lost').hidden = !lost; }
  };

  window.Module = {
    arguments: [query, base],
    canvas: canvas,
    noWebGL2: noWebGL2,
    onRuntimeInitialized: function () {
      mw.runtimeMs = performance.now();  // wasm compiled and instantiated; main() runs next
      if (noWebGL2) showFallback();
    }
  };

  if (window.matchMedia) {
    var mq = matchMedia('(prefers-color-scheme: dark)');
    var onTheme = function () { if (Module._mw_set_system_dark) Module._mw_set_system_dark(mq.matches ? 1 : 0); };
    if (mq.addEventListener) mq.addEventListener('change', onTheme); else if (mq.addListener) mq.addListener(onTheme);
  }

  var script = document.createElement('script');
  script.src = 'workbench_core.js';
  script.onerror = fail;
  document.body.appendChild(script);
})();
