/* The ModelWatt app (index.html): HTML, CSS and SVG over the core's wasm (mw_core). The page sends
   actions to the core's editing model (core/edit/actions.h) and renders the view model it returns;
   the state lives in the address bar (the same key=value link as the card and the CLI). Rendering
   happens only after an action, a resize or a change of colour scheme: nothing runs while idle. */
(function () {
  "use strict";
  var el = MW.el, $ = function (id) { return document.getElementById(id); };
  var PANELS = ["compare", "scenarios", "inference", "uncertainty", "claim", "sources", "validation", "share"];
  var core = null, view = null, lastWidth = 0;
  var app = window.MWApp = {editing: 0, act: act, commit: function (a, id) { return commit(a, id); }, view: function () { return view; }, core: function () { return core; },
                            announce: announce, search: search};

  // The model picker's search is the core's (the CLI's `catalog --search`), with the picker's filters,
  // over the full catalog and Epoch AI's estimated runs, both fetched on the first search.
  var epochRuns = null;
  function loadEpochRuns() {
    if (epochRuns || !core) return epochRuns;
    epochRuns = MW.fetchText("epoch_runs.json").then(function (text) {
      var res = MW.callJson(core, "mw_load_runs", ["string", "number", "number"], [text, chartWidth(), dark() ? 1 : 0]);
      if (res.ok) render(res.view);
      return res.ok;
    }, function () { return false; });
    return epochRuns;
  }
  app.loadEpochRuns = loadEpochRuns;

  function search(q, filters) {
    if (!epochRuns) {
      Promise.all([loadFullCatalog(), loadEpochRuns()]).then(function () {
        if ($("search")) $("search").dispatchEvent(new Event("input"));
      });
    }
    var req = {text: q, language: !!filters.language, open_weights: !!filters.open_weights, year_min: filters.year_min || 0};
    return MW.callJson(core, "mw_search", ["string"], [JSON.stringify(req)]);
  }

  function dark() {
    var t = view ? view.theme : "auto";
    return t === "dark" || (t === "auto" && MW.prefersDark());
  }
  function chartWidth() { return Math.max(280, Math.min(1200, ($("chart").clientWidth || $("main").clientWidth || 640))); }

  // One action to the core: the outcome ({ok, path, message, view}) and the core's timings.
  function send(action) {
    var res = MW.callJson(core, "mw_act", ["string", "number", "number"], [JSON.stringify(action), chartWidth(), dark() ? 1 : 0]);
    mw.coreMs = res.core_ms;
    mw.viewMs = res.view_ms;
    return res;
  }

  // An action from a button or a menu: applied and drawn at once.
  function act(action) {
    var res = send(action);
    render(res.view);
    return res;
  }

  // A committed field (its change event: Enter, or Tab/click leaving it) is applied at once, but the
  // page is redrawn after the browser has moved the focus: redrawing inside the change event could
  // remove the element the focus is heading to (Chromium computes it before the event) and drop the
  // focus to the page. After the redraw the focus goes back to the element with the same id, else
  // to the field that was committed.
  function commit(action, fieldId) {
    var res = send(action);
    mw.pending += 1;
    setTimeout(function () {
      var active = document.activeElement, id = active && active.id;
      app.justCommitted = fieldId;  // that field shows the engine's value even if it still has the focus
      render(res.view);
      app.justCommitted = null;
      mw.pending -= 1;
      if (!res.ok) return $(fieldId) && $(fieldId).focus();
      if (active && !document.contains(active)) (id && $(id) ? $(id) : nextFocusable($(fieldId))).focus();
    }, 0);
    return res;
  }

  // The first focusable element after `from` in document order (what Tab would have reached).
  function nextFocusable(from) {
    var all = Array.prototype.filter.call(document.querySelectorAll("a[href], button, input, select, textarea, [tabindex]"),
      function (e) { return !e.disabled && e.tabIndex >= 0 && e.offsetParent !== null; });
    var i = all.indexOf(from);
    return all[i + 1] || from;
  }

  function announce(text) {
    var s = $("status");
    s.textContent = "";
    s.textContent = text;
  }

  function syncUrl() {
    var q = view.query;
    mw.query = q;
    try { history.replaceState(null, "", "?" + q + location.hash); } catch (e) { /* sandboxed iframe */ }
  }

  function drawChrome(s) {
    document.documentElement.lang = view.lang;
    document.documentElement.dataset.theme = dark() ? "dark" : "light";
    $("skip").textContent = s.skip;
    $("lang-label").textContent = s.language;
    $("lang").value = view.lang;
    $("theme-label").textContent = s.theme;
    var opts = $("theme").options;
    ["auto", "light", "dark"].forEach(function (t, i) { opts[i].textContent = s["theme." + t]; });
    $("theme").value = view.theme;
    $("nav").setAttribute("aria-label", s.nav);
    document.querySelectorAll("#nav a").forEach(function (a) { a.textContent = s["nav." + a.dataset.panel]; });
    var current = location.hash.slice(1);
    $("nav-toggle").textContent = s["nav." + (PANELS.indexOf(current) >= 0 ? current : "compare")];
    PANELS.forEach(function (p) { $("h-" + p).textContent = s["nav." + p]; });
    $("made-with").textContent = s.made_with.replace("{0}", view.catalog_version);
  }

  function drawAnswer(c) {
    $("title").textContent = c.ok ? c.title : c.strings.error;  // a sample too large to chart: the core says why
    $("summary").textContent = c.ok ? c.summary : c.error;
    document.title = (c.ok ? c.title : c.strings.error) + " — ModelWatt";
  }

  function render(v) {
    view = v;
    var s = v.strings, c = v.card;
    lastWidth = chartWidth();
    drawChrome(s);
    drawAnswer(c);
    MWPanels.compare(v, app);
    MWForm.scenarios(v, app);
    MWForm.inference(v, app);
    MWPanels.uncertainty(v, app);
    MWPanels.claimSetup(v, app);
    MWPanels.share(v, app);
    syncUrl();
    mw.frames += 1;
    if (!mw.ready) {
      mw.ready = true;
      mw.firstRenderMs = performance.now();
      document.documentElement.dataset.ready = "1";  // for tests: a selector, no eval under the CSP
      $("status").textContent = "";
      performance.mark("mw-rendered");
    }
  }

  // The module embeds only what the first render shows (the default comparison's catalog entries);
  // the full catalog (every accelerator, region and run, with notes and page references) is fetched
  // once, right after the first render, and whenever something needs it before then.
  var fullCatalog = null;
  function loadFullCatalog() {
    if (fullCatalog || !core) return fullCatalog || Promise.resolve(false);
    fullCatalog = MW.fetchText("catalog.json").then(function (text) {
      var res = MW.callJson(core, "mw_load_catalog", ["string", "number", "number"], [text, chartWidth(), dark() ? 1 : 0]);
      if (res.ok) render(res.view);
      document.documentElement.dataset.catalog = res.ok ? "full" : "refused";  // for tests, like data-ready
      return res.ok;
    }, function () { document.documentElement.dataset.catalog = "unreachable"; return false; });
    return fullCatalog;
  }
  app.loadFullCatalog = loadFullCatalog;

  function showPanel(name, focus) {
    if (PANELS.indexOf(name) < 0) name = "compare";
    PANELS.forEach(function (p) { $("panel-" + p).hidden = p !== name; });
    document.querySelectorAll("#nav a").forEach(function (a) {
      if (a.dataset.panel === name) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
    });
    if (name !== "compare") loadFullCatalog();
    if (view && name === "sources") MWPanels.sources(view, app);
    if (view && name === "validation") MWPanels.validation(view, app);
    if (focus) $("h-" + name).focus();
  }
  PANELS.forEach(function (p) { $("h-" + p).setAttribute("tabindex", "-1"); });

  window.addEventListener("hashchange", function () {
    showPanel(location.hash.slice(1), true);
    setMenu(false);
    if (view) $("nav-toggle").textContent = view.strings["nav." + (PANELS.indexOf(location.hash.slice(1)) >= 0 ? location.hash.slice(1) : "compare")];
  });
  function setMenu(open) {
    $("nav").classList.toggle("nav-open", open);
    $("nav-toggle").setAttribute("aria-expanded", String(open));
  }
  $("nav-toggle").addEventListener("click", function () { setMenu($("nav-toggle").getAttribute("aria-expanded") !== "true"); });
  // Another language first fetches its strings (the module carries none), then switches.
  // If they do not arrive the page stays in its language, the selector included, and says why. Only
  // the latest choice applies (a slow file must not switch back to a language chosen before).
  var langRequest = 0;
  function setLang(lang) {
    var mine = ++langRequest;
    mw.pending += 1;  // tests wait for 0, as for a committed edit
    return MW.loadShards(core, "", lang).then(function () {
      mw.pending -= 1;
      return mine === langRequest ? act({op: "lang", value: lang}) : {ok: false, path: "lang", message: "", view: view};
    }, function () {
      mw.pending -= 1;
      if (mine !== langRequest) return {ok: false, path: "lang", message: "", view: view};
      $("lang").value = view.lang;
      announce(view.strings.lang_failed);
      return {ok: false, path: "lang", message: view.strings.lang_failed, view: view};
    });
  }
  $("lang").addEventListener("change", function (e) { setLang(e.target.value); });
  $("theme").addEventListener("change", function (e) { act({op: "theme", value: e.target.value}); });
  if (window.matchMedia) {
    var mq = matchMedia("(prefers-color-scheme: dark)");
    var onScheme = function () { if (view && view.theme === "auto") render(MW.callJson(core, "mw_view", ["number", "number"], [chartWidth(), dark() ? 1 : 0])); };
    if (mq.addEventListener) mq.addEventListener("change", onScheme);
  }
  // Re-lay the chart out only when its width changes.
  new ResizeObserver(function () {
    if (core && view && chartWidth() !== lastWidth) render(MW.callJson(core, "mw_view", ["number", "number"], [chartWidth(), dark() ? 1 : 0]));
  }).observe($("main"));

  var mw = window.modelwatt = {
    ready: false,
    frames: 0,
    query: "",
    linkError: "",
    coreMs: 0,
    pending: 0,  // committed edits whose redraw is still due (tests wait for 0)
    results: function () { return MW.callJson(core, "mw_results", [], []); },
    // A scenario object or {"scenarios": [...]}; throws with the core's message when refused.
    load: function (obj) {
      var scenarios = typeof obj === "string" ? JSON.parse(obj) : obj;
      var res = act({op: "load", scenarios: scenarios});
      if (!res.ok) throw new Error(res.message);
      return mw.results();
    },
    // A language switch resolves once that language's strings arrived (a promise); others at once.
    act: function (action) { return action && action.op === "lang" ? setLang(action.value) : act(action); },
    // The keys the core asked for and the app's strings file lacked (tests: none).
    missingStrings: function () { return MW.callJson(core, "mw_strings_missing", [], []); },
    exportText: function (kind) { return MW.call(core, "mw_export", ["string", "number", "number"], [kind, 720, dark() ? 1 : 0]); }
  };

  function start(m, query) {
    core = m;
    var init = MW.callJson(core, "mw_init", ["string", "string", "number", "number"],
                           [query, readerLang, chartWidth(), MW.prefersDark() ? 1 : 0]);
    if (init.link_error) {
      mw.linkError = init.link_error;
      MW.quoteIn($("link-error"), init.view.strings.link_error, init.link_error, "en");  // the core's message
      $("link-error").hidden = false;
      // A shard that did not arrive makes a good link look wrong ("unknown preset"): read the link
      // again against the full catalog, once it is here; a link that is really wrong keeps its message
      // (now with suggestions from every run).
      loadFullCatalog().then(function (ok) {
        if (!ok) return;
        var again = send({op: "link", query: query});
        if (again.ok) { mw.linkError = ""; $("link-error").hidden = true; }
        else { mw.linkError = again.message; MW.quoteIn($("link-error"), again.view.strings.link_error, again.message, "en"); }
        render(again.view);
      });
    }
    render(init.view);
    showPanel(location.hash.slice(1), false);
  }

  var readerLang = /^it\b/i.test((navigator.languages && navigator.languages[0]) || navigator.language || "") ? "it" : "en";
  document.documentElement.lang = readerLang;
  if (readerLang === "it") $("status").textContent = "Caricamento di ModelWatt…";
  // The reader's strings are requested at once, while the module compiles (the core still decides
  // what the link needs: its own language, the runs it names).
  MW.fetchShard("strings/app." + readerLang + ".json");
  ModelWattCore({locateFile: function (f) { return f; }}).then(function (m) {
    var query = location.search.slice(1);
    return MW.loadShards(m, query, readerLang).then(function () { start(m, query); });
  }).then(function () {
    loadFullCatalog();
  }, function () {
    $("status").textContent = readerLang === "it" ? "Impossibile caricare ModelWatt. Ricarica la pagina." : "ModelWatt could not load. Please reload the page.";
  });
})();
