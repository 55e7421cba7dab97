// The single file's start of the validator's module (scripts/single_file.py
// puts it in <head>, right before the module's data): the module comes
// deflated, as base64 (pkg/shanfang_wasm_deflate.js, 37 KB smaller gzipped
// than plain base64), and is inflated and compiled while the form is parsed;
// www/app.js instantiates it.
//
// The served page does not use it: there the plain base64 starts
// synchronously, which puts the first verdict on screen about 140 ms sooner
// (the browser finishes a DecompressionStream only after its first layout).
// Loaded async elsewhere, the data file calls self.onShanfangWasm when it has
// run.
(function () {
  'use strict';

  function base64Bytes(text) {
    if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  // Browsers from before 2023 lack DecompressionStream: www/inflate.js does
  // it, once it has loaded (at the end of the body).
  function inflated(deflated) {
    if (typeof DecompressionStream === 'function') {
      var stream = new Blob([deflated]).stream().pipeThrough(new DecompressionStream('deflate'));
      return new Response(stream).arrayBuffer();
    }
    return new Promise(function (resolve) {
      function go() { resolve(self.shanfangInflate(deflated, self.SHANFANG_WASM_SIZE)); }
      if (self.shanfangInflate) go();
      else document.addEventListener('DOMContentLoaded', go);
    });
  }

  /** A promise of the compiled module (WebAssembly.Module), for app.js. */
  self.shanfangModule = new Promise(function (resolve, reject) {
    function start() {
      try {
        // Compiled as soon as it is inflated (synchronously: a few
        // milliseconds, and no wait for another task while the page parses).
        resolve(inflated(base64Bytes(self.SHANFANG_WASM_DEFLATE)).then(function (bytes) {
          return new WebAssembly.Module(bytes);
        }));
      } catch (error) {
        reject(error);
      }
    }
    if (self.SHANFANG_WASM_DEFLATE) start();
    else self.onShanfangWasm = start;
  });
})();
