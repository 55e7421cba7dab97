// Starts the validator on the filing form (classic script, see index.html).
//
// If the WebAssembly module ever traps (a bug: inputs are never supposed to
// cause one), its instance cannot be trusted any more. The page then reloads
// itself, which re-instantiates the module; the draft is saved before every
// validation, so nothing typed is lost, and focus and scroll position are
// put back. At most three recoveries a minute, so a trap at start-up cannot
// loop.
(function () {
  'use strict';
  var RECOVERY = 'shanfang-recovery';

  function recover(event) {
    var error = event && (event.error || event.reason);
    if (!(error instanceof WebAssembly.RuntimeError)) return;
    var previous = [];
    try { previous = JSON.parse(sessionStorage.getItem(RECOVERY) || '{}').times || []; } catch (e) { /* none */ }
    var now = Date.now();
    var recent = previous.filter(function (t) { return now - t < 60000; });
    if (recent.length >= 3) return;
    var active = document.activeElement;
    sessionStorage.setItem(RECOVERY, JSON.stringify({
      times: recent.concat(now),
      focus: active && active.id ? active.id : null,
      x: window.scrollX,
      y: window.scrollY,
    }));
    location.reload();
  }
  window.addEventListener('error', recover);
  window.addEventListener('unhandledrejection', recover);

  // The status panel says the checker is loading until it has started (or
  // failed): on a weak connection the form shows a while before the module.
  function loaded() {
    var loading = document.querySelector('#shanfang-status .shanfang-loading');
    if (loading) loading.remove();
  }

  function start(exports) {
    loaded();
    // The exports (with `memory`) stay reachable for diagnostics and tests.
    self.shanfangWasm = exports;
    self.shanfang = wasm_bindgen.attach(document.getElementById('filing'), {
      draft: 'shanfang-draft-v1',
      standalone: true,
    });
    // A submit tried while the module loaded (index.html held it) goes
    // through the binding now.
    if (self.shanfangReleaseSubmit && self.shanfangReleaseSubmit()) {
      var form = document.getElementById('filing');
      if (typeof form.requestSubmit === 'function') form.requestSubmit();
      else form.dispatchEvent(new Event('submit', { cancelable: true }));
    }

    var saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(RECOVERY) || 'null'); } catch (e) { /* none */ }
    if (saved && saved.times && saved.times.length && Date.now() - saved.times[saved.times.length - 1] < 10000) {
      window.scrollTo(saved.x || 0, saved.y || 0);
      var el = saved.focus && document.getElementById(saved.focus);
      if (el) el.focus({ preventScroll: true });
      var note = document.getElementById('shanfang-recovered');
      if (note) note.hidden = false;
    }
  }

  function failed(error) {
    // Without the module the form still submits as plain HTML; say why
    // nothing is checked.
    console.error('shanfang: the validator did not start:', error);
    loaded();
    if (self.shanfangReleaseSubmit) self.shanfangReleaseSubmit();
    var notice = document.getElementById('shanfang-failed');
    if (notice) notice.hidden = false;
  }

  function base64Bytes(text) {
    if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  // Started synchronously, so the first verdict is on screen with the first
  // paint. The page carries the module deflated (pkg/shanfang_wasm_deflate.js:
  // 39 KB less to download gzipped than plain base64, the first verdict 165
  // ms sooner over a weak mobile connection) and inflates it here with
  // www/inflate.js (10–35 ms with the base64, cold); a DecompressionStream
  // would only finish after the browser's first layout (measured side by
  // side: the first verdict 12–32 ms later at the median).
  if (self.SHANFANG_WASM_DEFLATE && self.shanfangInflate) {
    var exports;
    try {
      var module = self.shanfangInflate(base64Bytes(self.SHANFANG_WASM_DEFLATE), self.SHANFANG_WASM_SIZE);
      exports = wasm_bindgen.initSync({ module: module });
    } catch (error) {
      failed(error);
    }
    if (exports) start(exports);
  } else {
    failed(new Error('the module is missing'));
  }
})();
