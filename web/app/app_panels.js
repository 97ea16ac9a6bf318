/* The app's panels other than the forms: Compare (chart card, scenarios, model picker, all results),
   Uncertainty, Check a claim, Sources & method, Validation, Share & export. */
(function () {
  "use strict";
  var el = MW.el, $ = function (id) { return document.getElementById(id); };

  // Metric switcher: one tab stop (the pressed button), arrows/Home/End move and select, as the card.
  var STEP = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity};
  function metrics(v, app) {
    var box = $("metrics"), c = v.card;
    box.setAttribute("aria-label", v.strings.metric);
    var focused = document.activeElement && document.activeElement.dataset && document.activeElement.dataset.metric;
    box.replaceChildren();
    (c.metrics || []).forEach(function (m) {
      var on = m.name === v.metric;
      var b = el("button", m.label, {type: "button", "data-metric": m.name, "aria-pressed": String(on), tabindex: on ? "0" : "-1"});
      b.addEventListener("click", function () { app.act({op: "metric", value: m.name}); focusMetric(); });
      box.appendChild(b);
    });
    if (focused) focusMetric();
  }
  function focusMetric() { var b = document.querySelector('#metrics [aria-pressed="true"]'); if (b) b.focus(); }
  $("metrics").addEventListener("keydown", function (e) {
    var step = STEP[e.key], app = window.MWApp, v = app.view();
    if (step === undefined || !v || e.altKey || e.ctrlKey || e.metaKey) return;
    var names = (v.card.metrics || []).map(function (m) { return m.name; }), i = names.indexOf(v.metric), n = names.length;
    e.preventDefault();
    var j = step === Infinity ? n - 1 : step === -Infinity ? 0 : (Math.max(i, 0) + step + n) % n;
    app.act({op: "metric", value: names[j]});
    focusMetric();
  });
  $("view").addEventListener("change", function (e) { window.MWApp.act({op: "view", value: e.target.value}); $("view").focus(); });

  function slots(v, app) {
    var s = v.strings, list = $("slots");
    list.replaceChildren();
    v.slots.forEach(function (sv, i) {
      var li = list.appendChild(el("li", null, {"class": "slot"}));
      var name = li.appendChild(el("p", null, {"class": "slot-name"}));
      name.appendChild(el("bdi", sv.label));
      name.appendChild(el("span", " — " + sv.start_name + (i === 0 ? " (" + s.baseline + ")" : ""), {"class": "muted"}));
      var actions = li.appendChild(el("div", null, {"class": "slot-actions"}));
      var edit = actions.appendChild(el("a", s.edit.replace("{0}", sv.label), {href: "#scenarios", "class": "button secondary"}));
      edit.addEventListener("click", function () { app.editing = i; });
      if (i > 0) {
        var up = actions.appendChild(el("button", s.move_up.replace("{0}", sv.label), {type: "button", "class": "secondary", id: "up-" + i}));
        up.addEventListener("click", function () { app.act({op: "move", slot: i, to: i - 1}); var b = $("up-" + (i - 1)) || $("h-slots"); b.focus(); });
      }
      if (v.slots.length > 1) {
        var rm = actions.appendChild(el("button", s.remove.replace("{0}", sv.label), {type: "button", "class": "secondary"}));
        rm.addEventListener("click", function () { app.act({op: "remove", slot: i}); $("h-slots").focus(); });
      }
    });
  }

  // The model picker: type to search, then pick; the core's search when it has one.
  var pickerBuilt = false;
  function picker(v, app) {
    var s = v.strings, box = $("picker");
    if (!pickerBuilt || box.dataset.lang !== v.lang) {
      pickerBuilt = true;
      box.dataset.lang = v.lang;
      box.replaceChildren();
      box.appendChild(el("h3", s.add, {id: "h-add"}));
      var f = box.appendChild(el("div", null, {"class": "field"}));
      f.appendChild(el("label", s.search, {"for": "search"}));
      f.appendChild(el("p", s.search_hint, {"class": "hint", id: "search-hint"}));
      var input = f.appendChild(el("input", null, {id: "search", type: "search", autocomplete: "off", spellcheck: "false",
                                                   "aria-describedby": "search-hint search-count", "aria-controls": "search-results"}));
      var filters = box.appendChild(el("fieldset", null, {"class": "filters"}));
      filters.appendChild(el("legend", s.filters));
      [["f-language", s.filter_language], ["f-open", s.filter_open]].forEach(function (x) {
        var row = filters.appendChild(el("div", null, {"class": "field check"}));
        row.appendChild(el("input", null, {type: "checkbox", id: x[0]})).addEventListener("change", function () { searchResults(app.view(), app); });
        row.appendChild(el("label", x[1], {"for": x[0]}));
      });
      var yr = filters.appendChild(el("div", null, {"class": "field"}));
      yr.appendChild(el("label", s.filter_year, {"for": "f-year"}));
      var ysel = yr.appendChild(el("select", null, {id: "f-year"}));
      ysel.appendChild(el("option", s.filter_any_year, {value: "0"}));
      [2026, 2025, 2024, 2023, 2022, 2020, 2015].forEach(function (y) { ysel.appendChild(el("option", String(y), {value: String(y)})); });
      ysel.addEventListener("change", function () { searchResults(app.view(), app); });
      box.appendChild(el("p", null, {id: "search-count", "class": "muted", "aria-live": "polite"}));
      box.appendChild(el("ul", null, {id: "search-results", "class": "results-list"}));
      input.addEventListener("input", function () { searchResults(app.view(), app); });
    }
    $("picker").hidden = false;
    searchResults(v, app);
  }

  function searchResults(v, app) {
    var s = v.strings, q = $("search").value, list = $("search-results"), full = v.slots.length >= v.max_slots;
    var filters = {language: $("f-language").checked, open_weights: $("f-open").checked, year_min: Number($("f-year").value)};
    var filtered = filters.language || filters.open_weights || filters.year_min;
    var hits = q.trim() || filtered ? app.search(q, filters) : [];
    list.replaceChildren();
    var own = list.appendChild(el("li")).appendChild(el("button", s.own_model_option, {type: "button", "class": "pick", "data-id": ""}));
    own.addEventListener("click", function () { add(""); });
    hits.forEach(function (r) {
      var b = list.appendChild(el("li")).appendChild(el("button", r.name + " — " + r.organization + ", " + r.year, {type: "button", "class": "pick", "data-id": r.id}));
      b.addEventListener("click", function () { add(r.id); });
    });
    $("search-count").textContent = full ? s.full.replace("{0}", v.max_slots) : q.trim() || filtered ? s.search_count.replace("{0}", hits.length) : "";
    list.querySelectorAll("button").forEach(function (b) { b.disabled = full; });
    function add(id) {
      var res = app.act({op: "add", id: id});
      if (res.ok) app.announce(app.view().slots[app.view().slots.length - 1].label);
      $("search").focus();
    }
  }

  function results(v) {
    var s = v.strings, t = $("results");
    t.replaceChildren(el("caption", s.results_caption));
    var head = t.appendChild(el("thead")).appendChild(el("tr"));
    head.appendChild(el("th", s.output, {scope: "col"}));
    v.slots.forEach(function (sv) { head.appendChild(el("th", null, {scope: "col"})).appendChild(el("bdi", sv.label)); });
    var keys = [], labels = {};
    v.slots.forEach(function (sv) { sv.results.forEach(function (r) { if (!(r.key in labels)) { keys.push(r.key); labels[r.key] = r.label; } }); });
    var body = t.appendChild(el("tbody"));
    keys.forEach(function (k) {
      var tr = body.appendChild(el("tr"));
      tr.appendChild(el("th", labels[k], {scope: "row"}));
      v.slots.forEach(function (sv, i) {
        var r = sv.results.filter(function (x) { return x.key === k; })[0];
        tr.appendChild(el("td", r ? r.text : "—", {"data-slot": String(i), "data-key": k}));
      });
    });
  }

  function compare(v, app) {
    var s = v.strings, c = v.card;
    if (!c.ok) c = {ok: false, metrics: [], svg: "", sources: [], strings: c.strings, metric_title: "",
                    table: {ratio_head: "", rows: []}};
    metrics(v, app);
    $("view-label").textContent = s.view;
    var opts = $("view").options;
    ["bars", "log", "table"].forEach(function (k, i) { opts[i].textContent = s["view." + k]; });
    $("view").value = v.view;
    MW.drawChart($("chart"), c.svg);
    $("chart").hidden = v.view === "table";
    $("data-box").className = v.view === "table" ? "table-wrap" : "sr-only";
    MW.drawTable($("data"), c);
    $("h-slots").textContent = s.scenarios;
    $("h-slots").setAttribute("tabindex", "-1");
    slots(v, app);
    picker(v, app);
    $("h-results").textContent = s.results;
    results(v);
    $("h-card-sources").textContent = c.strings.sources;
    MW.drawSources($("card-sources"), c.sources, c.strings.sources);
  }

  function uncertainty(v) {
    var s = v.strings, c = v.card, box = $("uncertainty");
    box.replaceChildren();
    if (!c.ok) return box.appendChild(el("p", c.error, {"class": "error"}));
    box.appendChild(el("p", s.uncertainty_intro));
    box.appendChild(el("p", c.summary, {"class": "lead"}));
    // Scrolls sideways on a phone: a focusable, named region, so keyboards can scroll it (WCAG 2.1.1).
    var wrap = box.appendChild(el("div", null, {"class": "table-wrap", tabindex: "0", role: "region", "aria-label": c.strings.table_caption + ": " + c.metric_title}));
    MW.drawTable(wrap.appendChild(el("table", null, {"class": "data"})), c);
  }

  // Check a claim: the form is built once per language and scenario list, the verdict on demand.
  // Ready examples: each shows as a button when both its scenarios are on screen (by catalog id).
  // `label` is a key of the app's strings; `ratio` is typed into the form in the UI language.
  // The seed's two claims (../shared/seed): training compute, then serving energy against ChatGPT. A
  // button adds the scenarios it needs (when there is room) and runs the check.
  var CLAIM_EXAMPLES = [
    {label: "claim_example", a: "deepseek-v3", b: "llama-3.1-405b", metric: "training.gpu_hours", op: "<=", ratio: 0.1},
    {label: "claim_example_serving", a: "deepseek-v3-serving", b: "chatgpt-4o-serving", metric: "inference.energy_wh_per_query",
     op: "<=", ratio: 0.5}
  ];
  var claimSig = "";
  function claimSetup(v, app) {
    var s = v.strings, box = $("claim");
    var sig = v.lang + v.slots.map(function (x) { return x.label; }).join("|");
    if (sig === claimSig) return;
    claimSig = sig;
    box.replaceChildren();
    box.appendChild(el("p", s.claim_intro));
    var ids = v.slots.map(function (x) { return x.start; });
    CLAIM_EXAMPLES.forEach(function (ex, k) {
      var missing = [ex.a, ex.b].filter(function (id) { return ids.indexOf(id) < 0; });
      if (missing.length > v.max_slots - ids.length) return;  // no room for its scenarios
      var btn = box.appendChild(el("button", s[ex.label], {type: "button", "class": "secondary claim-example", id: k ? "claim-example-" + k : "claim-example"}));
      btn.addEventListener("click", function () {
        var id = btn.id;
        if (missing.length) {  // the catalog may still be arriving: add once it is here
          app.loadFullCatalog().then(function () {
            var failed = missing.filter(function (m) { return !app.act({op: "add", id: m}).ok; });
            var now = app.view().slots, b2 = $(id);
            if (failed.length || !b2) return app.announce(app.view().strings.claim_add_failed);
            // The box was rebuilt: say what joined the comparison, keep the focus on the example.
            app.announce(app.view().strings.claim_added.replace("{0}", now.filter(function (x) {
              return missing.indexOf(x.start) >= 0; }).map(function (x) { return x.label; }).join(", ")));
            b2.focus();
            b2.click();
          });
          return;
        }
        var a = ids.indexOf(ex.a), b = ids.indexOf(ex.b);
        $("claim-a").value = String(a);
        $("claim-b").value = String(b);
        $("claim-op").value = ex.op;
        $("claim-ratio").value = v.lang === "it" ? String(ex.ratio).replace(".", ",") : String(ex.ratio);
        $("claim-metric").value = ex.metric;
        checkClaim(app);
      });
    });
    var form = box.appendChild(el("form", null, {id: "claim-form", "class": "claim-form"}));
    function select(id, label, options) {
      var f = form.appendChild(el("div", null, {"class": "field"}));
      f.appendChild(el("label", label, {"for": id}));
      var sel = f.appendChild(el("select", null, {id: id}));
      options.forEach(function (o) { sel.appendChild(el("option", o[1], {value: o[0]})); });
      return sel;
    }
    var scen = v.slots.map(function (x, i) { return [String(i), x.label]; });
    select("claim-a", s.claim_a, scen);
    select("claim-op", s.claim_op, [["<=", s["op.at_most"]], [">=", s["op.at_least"]], ["~", s["op.about"]]]);
    var rf = form.appendChild(el("div", null, {"class": "field"}));
    rf.appendChild(el("label", s.claim_ratio, {"for": "claim-ratio"}));
    rf.appendChild(el("input", null, {id: "claim-ratio", type: "text", inputmode: "decimal", value: v.lang === "it" ? "0,1" : "0.1"}));
    select("claim-metric", s.claim_metric, v.claim_metrics.map(function (m) { return [m.output, m.label]; }));
    var b = select("claim-b", s.claim_b, scen);
    if (v.slots.length > 1) b.value = "1";
    form.appendChild(el("button", s.claim_check, {type: "submit"}));
    box.appendChild(el("div", null, {id: "claim-result", "class": "claim-result", role: "status"}));
    form.addEventListener("submit", function (e) { e.preventDefault(); checkClaim(app); });
  }
  // `changed`: what an align action just changed, said above the new verdict.
  function checkClaim(app, changed) {
    var v = app.view(), s = v.strings, ratioText = $("claim-ratio").value.trim().replace(v.lang === "it" ? "," : /,/g, v.lang === "it" ? "." : "");
    var req = {a: Number($("claim-a").value), b: Number($("claim-b").value), op: $("claim-op").value,
               metric: $("claim-metric").value, ratio: Number(ratioText)};
    var r = MW.callJson(app.core(), "mw_claim", ["string"], [JSON.stringify(req)]);
    var box = $("claim-result");
    box.replaceChildren();
    if (changed) box.appendChild(el("p", changed, {id: "claim-changed", "class": "claim-changed", tabindex: "-1"}));
    if (!r.ok) return box.appendChild(el("p", r.error, {"class": "error"}));
    (r.warnings || []).forEach(function (w) { claimWarning(app, box, s, w); });
    box.appendChild(el("p", r.verdict_text, {"class": "verdict verdict-" + r.verdict}));
    box.appendChild(el("p", r.sentence));
    if (r.drivers.length) {
      box.appendChild(el("h3", s.drivers));
      var ul = box.appendChild(el("ul"));
      r.drivers.forEach(function (d) { ul.appendChild(el("li", d.label + ": " + Math.round(d.share * 100) + " %")); });
    }
  }
  // GOV.UK warning text: a "!" for the eye, "Warning:" for screen readers (the result box is a
  // status region, so the sentence is announced), and the button that aligns the two sides.
  function claimWarning(app, box, s, w) {
    var wt = box.appendChild(el("div", null, {"class": "warning-text", id: "claim-warning", role: "note"}));
    wt.appendChild(el("span", "!", {"class": "warning-icon", "aria-hidden": "true"}));
    var text = wt.appendChild(el("strong", null, {"class": "warning-body"}));
    text.appendChild(el("span", s.warning + ": ", {"class": "sr-only"}));
    text.appendChild(document.createTextNode(w.sentence));
    var btn = wt.appendChild(el("button", s.claim_align, {type: "button", "class": "secondary", id: "claim-align"}));
    btn.addEventListener("click", function () {
      var res = app.act(w.align);
      var notices = res.ok ? res.view.slots[w.align.to].notices : [res.message];
      checkClaim(app, notices.join(" "));
      // The button is gone with the warning: the focus goes to what changed, read first.
      if ($("claim-changed")) $("claim-changed").focus();
    });
  }

  function sources(v, app) {
    var s = v.strings, box = $("sources"), data = MW.callJson(app.core(), "mw_sources", [], []);
    box.replaceChildren();
    box.appendChild(el("h3", s.method));
    box.appendChild(el("p", s.method_text));
    v.slots.forEach(function (sv, i) {
      var d = box.appendChild(el("details"));
      d.appendChild(el("summary", s.explain.replace("{0}", sv.label)));
      d.appendChild(el("pre", MW.call(app.core(), "mw_explain", ["number"], [i]), {tabindex: "0"}));
    });
    box.appendChild(el("h3", s["nav.sources"]));
    box.appendChild(el("p", s.sources_intro));
    var ol = box.appendChild(el("ol", null, {"class": "sources"}));
    MW.drawSources(ol, data.sources, s["nav.sources"]);
  }

  function validation(v, app) {
    var s = v.strings, box = $("validation"), rows = MW.callJson(app.core(), "mw_validation", [], []);
    box.replaceChildren(el("p", s.validation_intro));
    var wrap = box.appendChild(el("div", null, {"class": "table-wrap", tabindex: "0", role: "region", "aria-label": s["nav.validation"]}));
    var t = wrap.appendChild(el("table", null, {"class": "data"}));
    var head = t.appendChild(el("thead")).appendChild(el("tr"));
    [s["val.row"], s["val.estimate"], s["val.published"], s["val.diff"]].forEach(function (h) { head.appendChild(el("th", h, {scope: "col"})); });
    var body = t.appendChild(el("tbody"));
    var fmt = new Intl.NumberFormat(v.lang, {maximumSignificantDigits: 4});
    // The core's verdict: a context row (a known gap) shows "context" and its note, never a pass/fail mark.
    if (rows.some(function (r) { return r.kind === "context"; })) box.insertBefore(el("p", s["val.context_hint"]), wrap);
    rows.forEach(function (r) {
      var tr = body.appendChild(el("tr")), context = r.verdict === "context";
      var th = tr.appendChild(el("th", r.id, {scope: "row"}));
      if (context && r.note) { th.appendChild(el("br")); th.appendChild(el("small", r.note)); }
      tr.appendChild(el("td", r.estimate === null ? "—" : fmt.format(r.estimate)));
      tr.appendChild(el("td", r.published === null ? "—" : fmt.format(r.published)));
      var mark = {ok: s["val.ok"], fail: s["val.off"], context: s["val.context"]}[r.verdict];
      tr.appendChild(el("td", (r.diff_pct === null ? "—" : fmt.format(r.diff_pct) + " %") + " (" + mark + ")"));
    });
  }

  window.MWPanels = {compare: compare, uncertainty: uncertainty, claimSetup: claimSetup, sources: sources,
                     validation: validation, share: function (v, app) { MWShare.render(v, app); }};
})();
