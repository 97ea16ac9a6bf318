/* The ModelWatt embed card: reads the state from its own URL, asks the core (mw_core.wasm, the same
   module as the app) for the card's content and draws it with the shared front end (front.js). Every string from the URL goes in as text (textContent), never
   markup; the chart SVG comes from the core, which escapes labels. No timers or animation: the page
   only works when the state, the width or the colour scheme changes. */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  // A card without a link shows the core's default comparison (mw_default_link), once the module is here.
  var bare = !location.search.slice(1);
  var params = new URLSearchParams(location.search.slice(1));
  var core = null, last = null, lastWidth = 0, lastHeight = 0;
  var darkQuery = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function query() { return params.toString(); }
  function isDark() {
    var t = params.get("theme") || "auto";
    return t === "dark" || (t === "auto" && !!darkQuery && darkQuery.matches);
  }
  function width() { return Math.max(280, Math.min(1600, $("card").clientWidth - 28)); }
  var el = MW.el;

  function postHeight() {
    if (!last) return;  // nothing drawn yet: the host learns the height (and the validated id) after the first draw
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h === lastHeight || window.parent === window) return;
    lastHeight = h;
    // Only the id the core validated (1-64 letters, digits, - or _), never the raw URL parameter.
    var id = last && typeof last.id === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(last.id) ? last.id : "";
    var msg = {"modelwatt-height": {}};
    msg["modelwatt-height"][id] = h;
    window.parent.postMessage(msg, "*");
  }

  // One tab stop for the whole switcher (roving tabindex: the pressed button); arrows, Home and End
  // move along it and select, as in a tab list, since switching is instant.
  function drawMetrics(c) {
    var box = $("metrics");
    box.setAttribute("aria-label", c.strings.metric_group);
    box.replaceChildren();
    c.metrics.forEach(function (m) {
      var on = m.name === c.metric;
      var b = el("button", m.label, {type: "button", "data-metric": m.name, "aria-pressed": String(on), tabindex: on ? "0" : "-1"});
      b.addEventListener("click", function () { set("metric", m.name); });
      box.appendChild(b);
    });
  }

  var STEP = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity};
  function onMetricKey(e) {
    var step = STEP[e.key], names = (last && last.metrics || []).map(function (m) { return m.name; });
    var i = names.indexOf(e.target.dataset && e.target.dataset.metric);
    if (step === undefined || i < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    var n = names.length, j = step === Infinity ? n - 1 : step === -Infinity ? 0 : (i + step + n) % n;
    set("metric", names[j]);
  }

  function draw(c) {
    document.documentElement.lang = c.lang;
    document.documentElement.dataset.theme = isDark() ? "dark" : "light";
    document.documentElement.dataset.bg = params.get("bg") === "transparent" ? "transparent" : "opaque";
    $("lang").textContent = c.lang === "it" ? "English" : "Italiano";
    $("lang").setAttribute("lang", c.lang === "it" ? "en" : "it");
    $("open").textContent = c.strings.open_app;
    $("download-label").textContent = c.strings.download;
    $("error").hidden = c.ok;
    ["summary", "metrics", "chart", "sources", "downloads"].forEach(function (id) { $(id).hidden = !c.ok; });
    if (!c.ok) {
      $("title").textContent = c.strings.error;
      MW.quoteIn($("error"), "{0}", c.error, "en");  // the core's message, in English
      $("data").replaceChildren();
      $("open").href = "index.html";
      return;
    }
    document.title = c.title;
    $("title").textContent = c.title;
    $("summary").textContent = c.summary;
    $("open").href = "index.html?" + c.app_query;
    drawMetrics(c);
    // view=table shows the data table instead of the chart (it is always there for screen readers).
    // The wrapper hides it: a table is as wide as its content whatever its CSS width, so hiding the
    // table itself would widen the page (a horizontal scrollbar on phones).
    $("data-box").className = c.view === "table" ? "table-box" : "sr-only";
    $("data").className = c.view === "table" ? "visible" : "";
    $("chart").hidden = c.view === "table";
    MW.drawChart($("chart"), c.svg);
    MW.drawTable($("data"), c);
    MW.drawSources($("sources"), c.sources, c.strings.sources);
  }

  function render() {
    if (!core) return;
    lastWidth = width();
    last = JSON.parse(core.ccall("mw_card", "string", ["string", "number", "number"], [query(), lastWidth, isDark() ? 1 : 0]));
    draw(last);
    postHeight();
    if (!performance.getEntriesByName("mw-rendered").length) performance.mark("mw-rendered");
  }

  // Another language first fetches its strings (the module carries none); the card keeps its language
  // until they are here, and says so if they do not come. Only the latest choice applies.
  var langRequest = 0;
  function setLang(lang) {
    var mine = ++langRequest, next = new URLSearchParams(params);
    next.set("lang", lang);
    MW.loadShards(core, next.toString()).then(function () {
      if (mine === langRequest) set("lang", lang);
    }, function () {
      if (mine !== langRequest || !last) return;
      $("error").textContent = last.strings.lang_failed;
      $("error").hidden = false;
    });
  }

  function set(key, value) {
    params.set(key, value);
    try { history.replaceState(null, "", "?" + query()); } catch (e) { /* opaque origins */ }
    var focused = document.activeElement && document.activeElement.dataset.metric;
    render();
    if (focused) { var b = document.querySelector('[data-metric="' + params.get("metric") + '"]'); if (b) b.focus(); }
  }

  // The exports (SVG, CSV, JSON, Markdown, LaTeX) are written by the app's module, loaded when the
  // download menu first opens (Squoosh-style: the card's first draw does not carry them).
  var exporter = null;
  function loadExporter() {
    if (exporter) return exporter;
    exporter = new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = "mw_core.js";
      s.onload = function () { resolve(); };
      s.onerror = reject;
      document.head.appendChild(s);
    }).then(function () {
      return ModelWattCore({locateFile: function (f) { return f; }});
    }).then(function (m) {
      return MW.loadShards(m, query()).then(function () { return m; });
    });
    exporter.catch(function () { exporter = null; });  // a failed load is retried on the next click
    return exporter;
  }

  function download(kind) {
    var name = "modelwatt-" + (last && last.metric || "chart");
    var dark = isDark() ? 1 : 0;
    // The exporter's module gets what the state now needs first (another language's strings).
    return loadExporter().then(function (m) {
      return MW.loadShards(m, query()).then(function () { return m; });
    }).then(function (m) {
      var out = m.ccall("mw_card_export", "string", ["string", "string", "number", "number"],
                        [query(), kind === "png" ? "svg" : kind, 720, dark]);
      MW.download(kind, out, name);
    }, function () {
      $("error").textContent = last && last.strings ? last.strings.error : "Error";
      $("error").hidden = false;
    });
  }
  $("downloads").addEventListener("toggle", function () { if ($("downloads").open) loadExporter(); });
  $("metrics").addEventListener("keydown", onMetricKey);
  $("lang").addEventListener("click", function () { if (core) setLang(last && last.lang === "it" ? "en" : "it"); });
  $("download-list").addEventListener("click", function (e) {
    var kind = e.target && e.target.dataset && e.target.dataset.kind;
    if (kind && core) download(kind);
  });
  if (!params.get("lang")) params.set("lang", /^it\b/i.test(navigator.language || "") ? "it" : "en");
  if (darkQuery && darkQuery.addEventListener) darkQuery.addEventListener("change", render);
  // Re-lay the chart out only when the width changes; height changes are just reported.
  new ResizeObserver(function () {
    if (core && width() !== lastWidth) render();
    else postHeight();
  }).observe(document.documentElement);

  // The module embeds only the default comparison's catalog entries and no strings: a link first
  // fetches its language's words and the runs it names (a few KB each), then draws. The likely
  // strings file is requested at once, while the module compiles (the core still decides).
  // For tests: the keys the core asked for and the card's strings file lacked (none, in any state).
  window.modelwatt = {missingStrings: function () { return core ? MW.callJson(core, "mw_strings_missing", [], []) : null; }};
  if (/^(en|it)$/.test(params.get("lang"))) MW.fetchShard("strings/card." + params.get("lang") + ".json");
  ModelWattCard({locateFile: function (f) { return f; }}).then(function (m) {
    if (bare) new URLSearchParams(MW.call(m, "mw_default_link", [], [])).forEach(function (v, k) { params.set(k, v); });
    return MW.loadShards(m, query()).then(function () { core = m; render(); });
  }).catch(function () {
    // The module or its words did not arrive: nothing else can be drawn, so say so (in the page's
    // language: these two sentences cannot come from the strings file that failed).
    var it = params.get("lang") === "it";
    document.documentElement.lang = it ? "it" : "en";
    $("error").textContent = it ? "Non è stato possibile caricare il grafico. Ricarica la pagina."
                                : "The chart could not be loaded. Please reload the page.";
    $("error").hidden = false;
  });
})();
