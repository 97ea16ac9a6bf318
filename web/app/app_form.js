/* The app's forms: "Your model & assumptions" (model and training) and "Inference" (serving), one
   scenario at a time. Fields follow the GOV.UK pattern: a visible label, a hint, the message at the
   field and an error summary above. A value is sent to the core only when committed (Enter, leaving
   the field, or a select's change), never per keystroke; the field then shows what the engine uses.
   The DOM is updated in place so focus and the caret survive a re-render. */
(function () {
  "use strict";
  var el = MW.el;

  function fid(prefix, slot, path) { return prefix + "-" + slot + "-" + path.replace(/\./g, "-"); }

  function buildField(f, slot, app) {
    var box = el("div", null, {"class": "field", id: fid("fld", slot, f.path)});
    var inId = fid("in", slot, f.path);
    box.appendChild(el("label", f.label, {"for": inId}));
    box.appendChild(el("p", null, {"class": "hint", id: fid("hint", slot, f.path)}));
    box.appendChild(el("p", null, {"class": "error", id: fid("err", slot, f.path), hidden: ""}));
    var row = box.appendChild(el("div", null, {"class": "control"}));
    var input;
    if (f.kind === "choice") {
      input = el("select", null, {id: inId});
      input.addEventListener("change", function () { app.commit({op: "ref", slot: slot, path: f.path, id: input.value}, inId); });
    } else {
      input = el("input", null, {id: inId, type: "text", inputmode: "decimal", autocomplete: "off", spellcheck: "false"});
      input.addEventListener("change", function () { app.commit({op: "set", slot: slot, path: f.path, text: input.value}, inId); });
      // Arrow keys step like a number input's would (the core says to what), committing at once.
      input.addEventListener("keydown", function (e) {
        var b = e.key === "ArrowUp" ? "up" : e.key === "ArrowDown" ? "down" : "";
        var btn = b && document.getElementById(fid("step-" + b, slot, f.path));
        if (!btn || e.altKey || e.ctrlKey || e.metaKey) return;
        e.preventDefault();
        // Typed but not yet committed: the arrow commits what was typed (the next one steps from it).
        if (input.value !== (input.dataset.committed || "")) return app.commit({op: "set", slot: slot, path: f.path, text: input.value}, inId);
        if (btn.dataset.text) app.commit({op: "set", slot: slot, path: f.path, text: btn.dataset.text}, inId);
      });
    }
    input.setAttribute("aria-describedby", [fid("hint", slot, f.path), fid("err", slot, f.path), fid("src", slot, f.path)].join(" "));
    row.appendChild(input);
    if (f.kind !== "choice") {
      ["down", "up"].forEach(function (way) {
        var id = fid("step-" + way, slot, f.path);
        var b = el("button", null, {type: "button", "class": "step", id: id});
        b.appendChild(el("span", way === "up" ? "+" : "\u2212", {"aria-hidden": "true"}));
        b.appendChild(el("span", null, {"class": "sr-only"}));
        b.addEventListener("click", function () {
          if (b.dataset.text) app.commit({op: "set", slot: slot, path: f.path, text: b.dataset.text}, id);
        });
        row.appendChild(b);
      });
    }
    row.appendChild(el("span", null, {"class": "unit", id: fid("unit", slot, f.path)}));
    row.appendChild(el("span", null, {"class": "badge", id: fid("badge", slot, f.path)}));
    var reset = el("button", null, {type: "button", "class": "reset", id: fid("reset", slot, f.path)});
    reset.addEventListener("click", function () {
      app.act({op: "reset", slot: slot, path: f.path});
      document.getElementById(inId).focus();
    });
    row.appendChild(reset);
    box.appendChild(el("div", null, {"class": "source", id: fid("src", slot, f.path)}));
    return box;
  }

  function updateField(f, slot, s) {
    var input = document.getElementById(fid("in", slot, f.path));
    if (f.kind === "choice") {
      if (input.options.length !== f.options.length) {
        input.replaceChildren();
        f.options.forEach(function (o) { input.appendChild(el("option", o.name, {value: o.id})); });
      }
      input.value = f.value;
    } else {
      // A field being typed in keeps its text when a redraw comes from elsewhere (the full catalog
      // arriving, a scheme change); the field just committed shows what the engine now uses.
      var typing = input === document.activeElement && input.id !== window.MWApp.justCommitted &&
                   input.value !== (input.dataset.committed || "");
      if (!typing) input.value = f.text || "";
      input.dataset.committed = f.text || "";
      input.placeholder = f.derived || "";
      ["down", "up"].forEach(function (way) {
        var b = document.getElementById(fid("step-" + way, slot, f.path)), text = f["step_" + way];
        b.hidden = !f.text;  // a field not set yet has nothing to step from
        b.setAttribute("aria-disabled", String(!text));  // at a bound: stays focusable, does nothing
        b.dataset.text = text || "";
        b.lastChild.textContent = text ? s["step_" + way].replace("{0}", f.label).replace("{1}", text + (f.unit ? " " + f.unit : ""))
                                       : s["step_" + way + "_end"].replace("{0}", f.label);
      });
    }
    var hint = document.getElementById(fid("hint", slot, f.path));
    hint.textContent = f.hint || "";
    hint.hidden = !f.hint;
    var err = document.getElementById(fid("err", slot, f.path));
    err.textContent = f.message || "";
    err.hidden = !f.message;
    input.setAttribute("aria-invalid", f.message ? "true" : "false");
    document.getElementById(fid("fld", slot, f.path)).classList.toggle("invalid", !!f.message);
    document.getElementById(fid("unit", slot, f.path)).textContent = f.kind === "number" ? f.unit : "";
    var badge = document.getElementById(fid("badge", slot, f.path));
    badge.textContent = f.badge;
    badge.className = "badge badge-" + f.status;
    var reset = document.getElementById(fid("reset", slot, f.path));
    reset.textContent = s.reset.replace("{0}", f.label);
    reset.hidden = !f.yours;
    var src = document.getElementById(fid("src", slot, f.path));
    // Rebuilt only when it changes: a link removed under the focus (Tab leaving a field commits it)
    // would drop the focus to the page.
    var sig = JSON.stringify([f.derived, f.text, f.note, f.sources]);
    if (src.dataset.sig === sig) return;
    src.dataset.sig = sig;
    src.replaceChildren();
    if (f.derived && f.kind === "number" && !f.text) src.appendChild(el("span", f.derived + ". "));
    if (f.note) src.appendChild(el("span", f.note + " ", {"class": "note"}));
    f.sources.forEach(function (x, i) {
      var url = MW.safeUrl(x.url);
      var label = (x.authors ? x.authors + " " : "") + "(" + x.year + ") " + x.title + (x.locator ? ", " + x.locator : "");
      var lid = fid("lnk", slot, f.path) + "-" + i;
      src.appendChild(url ? el("a", label, {href: url, target: "_blank", rel: "noopener", id: lid}) : el("span", label));
      if (i + 1 < f.sources.length) src.appendChild(document.createTextNode("; "));
    });
    src.hidden = !src.childNodes.length;
  }

  // One scenario's form for the sections in `sections`, rebuilt only when its shape changes.
  function Form(container, sections) {
    this.box = container;
    this.sections = sections;
    this.signature = "";
  }

  Form.prototype.render = function (v, app, slot, before) {
    var sv = v.slots[slot], s = v.strings, sections = this.sections;
    var groups = sv.groups.filter(function (g) { return sections.indexOf(g.section) >= 0; });
    var sig = [v.lang, slot, sv.start, groups.map(function (g) { return g.id + ":" + g.fields.map(function (f) { return f.path; }).join(","); }).join("|")].join("#");
    if (sig !== this.signature) {
      this.signature = sig;
      this.box.replaceChildren();
      if (before) before(this.box);
      this.summary = this.box.appendChild(el("div", null, {"class": "error-summary", tabindex: "-1", hidden: ""}));
      this.notices = this.box.appendChild(el("div", null, {"class": "notices", role: "status"}));
      this.groups = this.box.appendChild(el("div"));
      var gbox = this.groups;
      groups.forEach(function (g) {
        var fs = gbox.appendChild(el("fieldset", null, {"class": "group"}));
        fs.appendChild(el("legend", g.title));
        g.fields.forEach(function (f) { fs.appendChild(buildField(f, slot, app)); });
      });
    }
    var problems = [];
    groups.forEach(function (g) { g.fields.forEach(function (f) { updateField(f, slot, s); if (f.message) problems.push(f); }); });
    this.drawSummary(problems, slot, s);
    this.notices.replaceChildren();
    if (sv.notices.length) {
      this.notices.appendChild(el("h3", s.changed));
      var ul = this.notices.appendChild(el("ul"));
      sv.notices.forEach(function (n) { ul.appendChild(el("li", n)); });
    }
  };

  Form.prototype.drawSummary = function (problems, slot, s) {
    var box = this.summary;
    box.replaceChildren();
    box.hidden = !problems.length;
    if (!problems.length) return;
    box.appendChild(el("h3", s.error_summary));
    var ul = box.appendChild(el("ul"));
    problems.forEach(function (f) {
      var a = el("a", f.label + ": " + f.message, {href: "#" + fid("in", slot, f.path)});
      a.addEventListener("click", function (e) { e.preventDefault(); document.getElementById(fid("in", slot, f.path)).focus(); });
      ul.appendChild(el("li")).appendChild(a);
    });
  };

  // The scenario picker shared by both forms ("Scenario to edit").
  function slotPicker(v, app, id) {
    var wrap = el("div", null, {"class": "field"});
    wrap.appendChild(el("label", v.strings.editing, {"for": id}));
    var sel = wrap.appendChild(el("select", null, {id: id}));
    v.slots.forEach(function (sv, i) { sel.appendChild(el("option", (i + 1) + ". " + sv.label, {value: String(i)})); });
    sel.value = String(app.editing);
    sel.addEventListener("change", function () {
      app.editing = Number(sel.value);
      app.act({op: "view", value: app.view().view});
      document.getElementById(id).focus();
    });
    return wrap;
  }

  function scenarioHead(v, app, box) {
    var s = v.strings, slot = app.editing, sv = v.slots[slot];
    box.appendChild(slotPicker(v, app, "edit-slot"));
    var start = el("div", null, {"class": "field"});
    start.appendChild(el("label", s.start, {"for": "start"}));
    start.appendChild(el("p", s.start_hint, {"class": "hint", id: "start-hint"}));
    var sel = start.appendChild(el("select", null, {id: "start", "aria-describedby": "start-hint"}));
    sel.appendChild(el("option", s.own_model_option, {value: ""}));
    v.runs.forEach(function (r) { sel.appendChild(el("option", r.name + " (" + r.organization + ", " + r.year + ")", {value: r.id})); });
    sel.value = sv.start;
    sel.addEventListener("change", function () { app.act({op: "start", slot: slot, id: sel.value}); document.getElementById("start").focus(); });
    box.appendChild(start);
    var label = el("div", null, {"class": "field"});
    label.appendChild(el("label", s.label, {"for": "slot-label"}));
    var input = label.appendChild(el("input", null, {id: "slot-label", type: "text", value: sv.label, autocomplete: "off", maxlength: "200"}));
    input.addEventListener("change", function () { app.commit({op: "label", slot: slot, text: input.value}, "slot-label"); });
    box.appendChild(label);
    if (sv.compute.available) {
      var c = el("div", null, {"class": "field check"});
      var cb = c.appendChild(el("input", null, {id: "use-published", type: "checkbox", "aria-describedby": "use-published-hint"}));
      cb.checked = sv.compute.used;
      cb.addEventListener("change", function () { app.act({op: "compute", slot: slot, use: cb.checked}); document.getElementById("use-published").focus(); });
      c.appendChild(el("label", s.use_published, {"for": "use-published"}));
      c.appendChild(el("p", s.use_published_hint, {"class": "hint", id: "use-published-hint"}));
      box.appendChild(c);
    }
    var reset = el("button", s.reset_slot, {type: "button", "class": "secondary", id: "reset-slot"});
    reset.addEventListener("click", function () { app.act({op: "reset_slot", slot: slot}); document.getElementById("reset-slot").focus(); });
    box.appendChild(reset);
  }

  var forms = {};

  function scenarios(v, app) {
    if (app.editing >= v.slots.length) app.editing = 0;
    var f = forms.scenarios || (forms.scenarios = new Form(document.getElementById("scenario-form"), ["model", "training"]));
    var sv = v.slots[app.editing];
    // The head (picker, start, switch) has a shape of its own: fold it into the signature.
    var head = [sv.compute.available, v.slots.length].join("|");
    if (f.head !== head) { f.head = head; f.signature = ""; }
    f.render(v, app, app.editing, function (box) { scenarioHead(v, app, box); });
    updateHead(v, app, "edit-slot");
    var label = document.getElementById("slot-label");
    if (label) label.value = sv.label;
    var cb = document.getElementById("use-published");
    if (cb) cb.checked = sv.compute.used;
  }

  // What changes in the heads without changing their shape: scenario names.
  function updateHead(v, app, id) {
    var sel = document.getElementById(id);
    if (!sel) return;
    v.slots.forEach(function (sv, i) { if (sel.options[i]) sel.options[i].textContent = (i + 1) + ". " + sv.label; });
    sel.value = String(app.editing);
  }

  function inferenceHead(v, app, box) {
    var s = v.strings, slot = app.editing, sv = v.slots[slot];
    box.appendChild(slotPicker(v, app, "inf-slot"));
    if (!sv.has_inference) {
      box.appendChild(el("p", s.no_inference.replace("{0}", sv.label)));
      var add = el("button", s.add_inference, {type: "button", id: "add-inference"});
      add.addEventListener("click", function () { app.act({op: "add_inference", slot: slot}); var b = document.getElementById("inf-results"); if (b) b.focus(); });
      box.appendChild(add);
      return;
    }
    if (sv.phases_text) box.appendChild(el("p", sv.phases_text, {"class": "phases-summary", id: "inf-phases"}));
    var res = box.appendChild(el("div", null, {"class": "table-wrap", id: "inf-results", tabindex: "-1"}));
    var t = res.appendChild(el("table", null, {"class": "data"}));
    t.appendChild(el("caption", s.per_query + ": " + sv.label));
    var body = t.appendChild(el("tbody"));
    sv.results.forEach(function (r) {
      if (r.key.indexOf("inference.") !== 0 && r.key.indexOf("lifecycle.") !== 0) return;
      var tr = body.appendChild(el("tr"));
      tr.appendChild(el("th", r.label, {scope: "row"}));
      tr.appendChild(el("td", r.text, {id: "inf-" + r.key.replace(/\./g, "-")}));
    });
    var rm = el("button", s.remove_inference, {type: "button", "class": "secondary", id: "remove-inference"});
    rm.addEventListener("click", function () { app.act({op: "remove_inference", slot: slot}); document.getElementById("inf-slot").focus(); });
    box.appendChild(rm);
  }

  // Energy per query on one axis (the core's SVG): the scenarios that serve and the published figures,
  // each bar naming its boundary; the same rows as a table for screen readers.
  function inferenceChart(v, box) {
    var fig = box.appendChild(el("figure", null, {"class": "chart inf-chart", id: "inf-chart"}));
    fig.appendChild(el("div", null, {id: "inf-chart-svg"}));
    var wrap = fig.appendChild(el("div", null, {"class": "sr-only"}));
    wrap.appendChild(el("table", null, {id: "inf-chart-data"}));
  }
  function drawInferenceChart(v) {
    var ch = v.inference_chart, s = v.strings, t = document.getElementById("inf-chart-data");
    if (!t) return;
    MW.drawChart(document.getElementById("inf-chart-svg"), ch.svg);
    t.replaceChildren(el("caption", ch.title));
    var head = t.appendChild(el("thead")).appendChild(el("tr"));
    ["", s.boundary, s.ref_energy].forEach(function (h) { head.appendChild(el("th", h, {scope: "col"})); });
    var body = t.appendChild(el("tbody"));
    ch.rows.forEach(function (r) {
      var tr = body.appendChild(el("tr"));
      tr.appendChild(el("th", r.label, {scope: "row"}));
      tr.appendChild(el("td", r.scope));
      tr.appendChild(el("td", r.value));
    });
  }

  function references(v, box) {
    var s = v.strings;
    // Scrolls sideways on a phone: a focusable, named region, so keyboards can scroll it (WCAG 2.1.1).
    var wrap = box.appendChild(el("div", null, {"class": "table-wrap", tabindex: "0", role: "region", "aria-label": s.references}));
    var t = wrap.appendChild(el("table", null, {"class": "data"}));
    t.appendChild(el("caption", s.references));
    var head = t.appendChild(el("thead")).appendChild(el("tr"));
    ["", s.ref_energy, s.ref_co2e, s.boundary].forEach(function (h) { head.appendChild(el("th", h, {scope: "col"})); });
    var body = t.appendChild(el("tbody"));
    v.references.forEach(function (r) {
      var tr = body.appendChild(el("tr"));
      tr.appendChild(el("th", r.name.indexOf(String(r.year)) >= 0 ? r.name : r.name + " (" + r.year + ")", {scope: "row"}));
      tr.appendChild(el("td", r.energy));
      tr.appendChild(el("td", r.co2e));
      tr.appendChild(el("td", r.boundary, {"class": "text"}));
    });
  }

  function inference(v, app) {
    if (app.editing >= v.slots.length) app.editing = 0;
    var f = forms.inference || (forms.inference = new Form(document.getElementById("inference-form"), ["inference"]));
    var sv = v.slots[app.editing];
    var rows = sv.results.filter(function (r) { return r.key.indexOf("training.") !== 0; });
    // Rebuilt when its structure changes (the published figures arrive with the full catalog).
    var head = [sv.has_inference, !!sv.phases_text, rows.map(function (r) { return r.key; }).join(","), v.slots.length,
                v.references.length].join("|");
    if (f.head !== head) { f.head = head; f.signature = ""; }
    f.render(v, app, app.editing, function (box) { inferenceHead(v, app, box); inferenceChart(v, box); references(v, box); });
    drawInferenceChart(v);
    updateHead(v, app, "inf-slot");
    rows.forEach(function (r) {
      var td = document.getElementById("inf-" + r.key.replace(/\./g, "-"));
      if (td) td.textContent = r.text;
    });
    if (sv.phases_text) document.getElementById("inf-phases").textContent = sv.phases_text;
    var cap = document.querySelector("#inf-results caption");
    if (cap) cap.textContent = v.strings.per_query + ": " + sv.label;
  }

  window.MWForm = {scenarios: scenarios, inference: inference};
})();
