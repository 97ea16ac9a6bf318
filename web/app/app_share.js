/* Share & export: the link and the embed snippet (keeping the author's language and an explicit
   theme), downloads of every export the core writes, and the link to the desktop workbench. */
(function () {
  "use strict";
  var el = MW.el, $ = function (id) { return document.getElementById(id); };
  var built = "";

  function base() { return location.href.split(/[?#]/)[0].replace(/[^\/]*$/, ""); }
  function link(v, app) { return base() + "index.html?" + MW.call(app.core(), "mw_share_query", ["string"], [embedTheme(v)]); }
  function embedTheme(v) {
    var t = $("embed-theme") ? $("embed-theme").value : "";
    return t || (v.theme === "auto" ? (MW.prefersDark() ? "dark" : "light") : v.theme);
  }
  function snippet(v, app) { return MW.call(app.core(), "mw_embed_snippet", ["string", "string"], [base(), embedTheme(v)]); }

  function copyButton(box, id, label, getText, s) {
    var b = box.appendChild(el("button", label, {type: "button", id: id}));
    var note = box.appendChild(el("span", null, {"class": "copied", role: "status", id: id + "-status"}));
    b.addEventListener("click", function () {
      var done = function () { note.textContent = s.copied; };
      var fail = function () { note.textContent = s.copy_failed; };
      try { navigator.clipboard.writeText(getText()).then(done, fail); } catch (e) { fail(); }
    });
  }

  function render(v, app) {
    var s = v.strings, box = $("share");
    var sig = v.lang;
    if (built !== sig) {
      built = sig;
      box.replaceChildren();
      var f1 = box.appendChild(el("div", null, {"class": "field"}));
      f1.appendChild(el("label", s.share_link, {"for": "share-link"}));
      f1.appendChild(el("input", null, {id: "share-link", type: "text", readonly: "", "class": "code"}));
      copyButton(f1, "copy-link", s.copy, function () { return $("share-link").value; }, s);
      var f2 = box.appendChild(el("div", null, {"class": "field"}));
      f2.appendChild(el("label", s.share_embed_theme, {"for": "embed-theme"}));
      f2.appendChild(el("p", s.share_theme_hint, {"class": "hint", id: "embed-theme-hint"}));
      var sel = f2.appendChild(el("select", null, {id: "embed-theme", "aria-describedby": "embed-theme-hint"}));
      sel.appendChild(el("option", s["theme.light"], {value: "light"}));
      sel.appendChild(el("option", s["theme.dark"], {value: "dark"}));
      sel.value = embedTheme(v);
      sel.addEventListener("change", function () {
        $("share-embed").value = snippet(app.view(), app);
        $("share-link").value = link(app.view(), app);
      });
      var f3 = box.appendChild(el("div", null, {"class": "field"}));
      f3.appendChild(el("label", s.share_embed, {"for": "share-embed"}));
      f3.appendChild(el("textarea", null, {id: "share-embed", readonly: "", rows: "5", "class": "code"}));
      copyButton(f3, "copy-embed", s.copy, function () { return $("share-embed").value; }, s);
      box.appendChild(el("h3", s.downloads));
      var ul = box.appendChild(el("ul", null, {"class": "downloads"}));
      [["png", "PNG"], ["svg", "SVG"], ["csv", "CSV"], ["json", "JSON"], ["md", "Markdown"], ["tex", "LaTeX"], ["scenario", s["download.scenario"]]]
        .forEach(function (k) {
          var b = ul.appendChild(el("li")).appendChild(el("button", k[1], {type: "button", "class": "secondary", "data-kind": k[0]}));
          b.addEventListener("click", function () {
            var kind = k[0], dark = embedTheme(app.view()) === "dark" ? 1 : 0;
            var text = MW.call(app.core(), "mw_export", ["string", "number", "number"], [kind === "png" ? "svg" : kind, 720, dark]);
            MW.download(kind, text, "modelwatt-" + (kind === "scenario" ? "scenarios" : app.view().metric));
          });
        });
      box.appendChild(el("p")).appendChild(el("a", s.workbench, {id: "workbench-link", href: "workbench.html"}));
    }
    $("share-link").value = link(v, app);
    $("share-embed").value = snippet(v, app);
    $("workbench-link").href = "workbench.html?" + v.query;
  }

  window.MWShare = {render: render};
})();
