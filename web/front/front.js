/* The web faces' shared front end (the app, index.html, and the embed card, embed.html): loading the
   core's wasm, and drawing what the core computed — the chart card (title, summary, SVG, data table,
   sources) and downloads. Every string from the URL or the catalog goes in as text (textContent),
   never markup; the chart SVG comes from the core, which escapes labels. No timers, no animation. */
(function (global) {
  "use strict";

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    for (var k in attrs || {}) if (attrs[k] !== undefined && attrs[k] !== null) e.setAttribute(k, attrs[k]);
    return e;
  }

  // Fills `box` with `template` ("... {0} ...") around `quote`, which keeps its own language `lang`:
  // the core's validation messages are English, and a screen reader should read them as such inside
  // an Italian page (WCAG 2.2, 3.1.2 Language of Parts).
  function quoteIn(box, template, quote, lang) {
    var at = template.indexOf("{0}");
    if (at < 0) at = template.length;
    box.replaceChildren(template.slice(0, at), el("span", quote, {lang: lang}), template.slice(at + 3));
  }

  // Calls a C function of mw_core that returns a string (JSON or text).
  function call(core, name, types, args) { return core.ccall(name, "string", types, args); }
  function callJson(core, name, types, args) { return JSON.parse(call(core, name, types, args)); }

  // The chart SVG from the core, parsed as XML (never as HTML) and adopted into the page.
  function drawChart(box, svgText) {
    // Nothing to draw: parsing "" would build Chromium's error page (inline styles the CSP refuses).
    if (!svgText) return box.replaceChildren();
    var doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
    var svg = doc.documentElement;
    if (!svg || svg.nodeName !== "svg") return box.replaceChildren();
    box.replaceChildren(document.importNode(svg, true));
  }

  // The data table behind the chart: always in the page (screen readers, copying), shown as the
  // chart's alternative when view=table.
  function drawTable(table, c) {
    table.replaceChildren(el("caption", c.strings.table_caption + ": " + c.metric_title));
    var head = el("tr");
    [c.strings["col.scenario"], c.strings["col.value"], c.strings["col.low"], c.strings["col.high"], c.table.ratio_head]
      .forEach(function (h) { head.appendChild(el("th", h, {scope: "col"})); });
    table.appendChild(el("thead")).appendChild(head);
    var body = table.appendChild(el("tbody"));
    c.table.rows.forEach(function (r) {
      var tr = el("tr");
      var th = el("th", null, {scope: "row"});
      th.appendChild(el("bdi", r.label));
      tr.appendChild(th);
      tr.appendChild(el("td", r.value + (r.cites.length ? " [" + r.cites.join("][") + "]" : "")));
      tr.appendChild(el("td", r.low));
      tr.appendChild(el("td", r.high));
      tr.appendChild(el("td", r.ratio));
      body.appendChild(tr);
    });
  }

  // What a link needs that the module does not carry, fetched one file each and handed to the core:
  // the catalog entries it names (catalog/<kind>/<id>.json, written at build time) and the strings of
  // its language (strings/<face>.<lang>.json; the module carries none). Resolves true when every
  // file arrived; a missing catalog file (a mistyped id) resolves false and the core's own error,
  // with its suggestions, then says what is wrong. Fetches are shared: a page starts the likely ones
  // (prefetch) while the module compiles.
  function fetchText(url) {
    return fetch(url).then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); });
  }
  // The small files a link needs (strings, catalog shards) are shared between a page's early request
  // and loadShards; a failed or refused one is fetched again next time.
  var fetched = {};
  function fetchShard(url) {
    if (!fetched[url]) {
      fetched[url] = fetchText(url);
      fetched[url].catch(function () { delete fetched[url]; });
    }
    return fetched[url];
  }
  // A strings file that does not arrive rejects: without its words the page cannot be drawn, and the
  // page says so instead.
  function loadShards(core, query, lang) {
    var paths = callJson(core, "mw_catalog_missing", ["string", "string"], [query, lang || ""]);
    return Promise.all(paths.map(function (p) {
      var words = /^strings\//.test(p);
      return fetchShard(p + ".json").then(function (text) {
        var ok = call(core, words ? "mw_strings_add" : "mw_catalog_add", ["string"], [text]) === "";
        if (!ok) delete fetched[p + ".json"];
        if (words && !ok) throw new Error(p + " refused");
        return ok;
      }, function (e) {
        if (words) throw e;
        return false;
      });
    })).then(function (oks) { return oks.every(Boolean); });
  }

  function safeUrl(u) { return /^https?:\/\//.test(u || "") ? u : null; }

  function drawSources(list, sources, label) {
    list.setAttribute("aria-label", label);
    list.replaceChildren();
    sources.forEach(function (s) {
      var li = el("li", (s.authors ? s.authors + " " : "") + "(" + s.year + ") ");
      var url = safeUrl(s.url);
      li.appendChild(url ? el("a", s.title, {href: url, target: "_blank", rel: "noopener"}) : el("span", s.title));
      list.appendChild(li);
    });
  }

  function save(blob, filename) {
    var url = URL.createObjectURL(blob);
    var a = el("a", null, {href: url, download: filename, hidden: ""});
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
  }

  var TYPES = {svg: "image/svg+xml", csv: "text/csv", json: "application/json", md: "text/markdown",
               tex: "application/x-tex", scenario: "application/json"};
  var EXT = {svg: "svg", csv: "csv", json: "json", md: "md", tex: "tex", scenario: "json"};

  // Saves an export the core wrote; PNG is the core's SVG drawn at 2× on a canvas by the browser.
  function download(kind, text, name) {
    if (kind !== "png") return save(new Blob([text], {type: TYPES[kind] + ";charset=utf-8"}), name + "." + EXT[kind]);
    var url = URL.createObjectURL(new Blob([text], {type: "image/svg+xml"}));
    var img = new Image();
    img.onload = function () {
      var canvas = document.createElement("canvas"), scale = 2;
      canvas.width = img.naturalWidth * scale;
      canvas.height = img.naturalHeight * scale;
      var g = canvas.getContext("2d");
      g.scale(scale, scale);
      g.drawImage(img, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob(function (b) { if (b) save(b, name + ".png"); }, "image/png");
    };
    img.onerror = function () { URL.revokeObjectURL(url); };
    img.src = url;
  }

  function prefersDark() {
    return !!(global.matchMedia && global.matchMedia("(prefers-color-scheme: dark)").matches);
  }

  global.MW = {el: el, quoteIn: quoteIn, call: call, callJson: callJson, drawChart: drawChart, drawTable: drawTable,
               drawSources: drawSources, download: download, safeUrl: safeUrl, prefersDark: prefersDark,
               fetchText: fetchText, fetchShard: fetchShard, loadShards: loadShards};
})(window);
