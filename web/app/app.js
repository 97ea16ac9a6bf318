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

  function fail() {
    status.classList.add('error');
    $('status-text').textContent = text.failed;
  }

  // Labels are free text: always textContent, never markup.
  function showFallback() {
    var data = JSON.parse(Module.UTF8ToString(Module._mw_fallback_json(it ? 1 : 0)));
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
  script.src = 'modelwatt.js';
  script.onerror = fail;
  document.body.appendChild(script);
})();
