/* The embed card's module loader (bundled into mw_card.js, the card's one script). The card's wasm
   is linked standalone, with no emcc JS runtime (web/front/CMakeLists.txt): the card calls six C
   functions with strings and numbers, for which emcc's generated glue (6 KB) was a third of the
   card's script bytes. This does what the card needs of it: fetch and instantiate the module, run
   its constructors (_initialize), and offer ccall(name, returnType, argTypes, args) for "string"
   and "number", as emcc's runtime does for the app's module (mw_core.js), so front.js and the card's
   page call both the same way. */
var ModelWattCard = function (opts) {
  "use strict";
  var locate = (opts && opts.locateFile) || function (f) { return f; };
  var ex = null, encoder = new TextEncoder(), decoder = new TextDecoder();
  // A fresh view per use: the memory's buffer is replaced when the heap grows.
  function heap() { return new Uint8Array(ex.memory.buffer); }
  function readText(ptr) {
    if (!ptr) return "";
    var h = heap(), end = ptr;
    while (h[end]) end++;
    return decoder.decode(h.subarray(ptr, end));
  }
  function writeText(s) {
    var bytes = encoder.encode(String(s)), ptr = ex.malloc(bytes.length + 1), h = heap();
    h.set(bytes, ptr);
    h[ptr + bytes.length] = 0;
    return ptr;
  }
  function ccall(name, returnType, argTypes, args) {
    var owned = [];
    var argv = args.map(function (a, i) {
      if (argTypes[i] !== "string") return a;
      owned.push(writeText(a));
      return owned[owned.length - 1];
    });
    var result = ex[name].apply(null, argv);
    var out = returnType === "string" ? readText(result) : result;  // read before freeing the inputs
    owned.forEach(function (p) { ex.free(p); });
    return out;
  }
  var imports = {
    env: {emscripten_notify_memory_growth: function () {}},  // views are made per use (heap())
    wasi_snapshot_preview1: {proc_exit: function (code) { throw new Error("mw_card.wasm exited (" + code + ")"); }}
  };
  return fetch(locate("mw_card.wasm")).then(function (r) {
    if (!r.ok) throw new Error("mw_card.wasm: HTTP " + r.status);
    return r.arrayBuffer();
  }).then(function (bytes) {
    return WebAssembly.instantiate(bytes, imports);
  }).then(function (m) {
    ex = m.instance.exports;
    ex._initialize();
    return {ccall: ccall};
  });
};
