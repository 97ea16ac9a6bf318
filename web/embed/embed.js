/* ModelWatt embed helper for host pages: resizes each ModelWatt iframe to the height its card
   reports ({"modelwatt-height": {"<id>": px}}), and only the iframe whose window sent the message. */
(function () {
  if (window.__modelwattEmbed) return;
  window.__modelwattEmbed = true;
  window.addEventListener("message", function (e) {
    var d = e.data && e.data["modelwatt-height"];
    if (!d || typeof d !== "object") return;
    var frames = document.querySelectorAll("iframe[data-modelwatt]");
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source) continue;
      var h = d[f.id];
      if (typeof h === "number" && h > 50 && h < 20000) f.style.height = Math.ceil(h) + "px";
    }
  });
})();
