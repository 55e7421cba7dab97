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

  // Until the validator has started (the single file inflates it while the
  // page loads), a submit waits for it, instead of sending the form away as
  // plain HTML unchecked; it goes through once the binding is attached.
  var form = document.getElementById('filing');
  var submitWaiting = false;
  function holdSubmit(event) {
    event.preventDefault();
    submitWaiting = true;
  }
  form.addEventListener('submit', holdSubmit);
  function releaseSubmit() {
    form.removeEventListener('submit', holdSubmit);
    var waiting = submitWaiting;
    submitWaiting = false;
    return waiting;
  }

  function start(exports) {
    // The exports (with `memory`) stay reachable for diagnostics and tests.
    self.shanfangWasm = exports;
    self.shanfang = wasm_bindgen.attach(form, {
      draft: 'shanfang-draft-v1',
      standalone: true,
    });
    if (releaseSubmit()) {
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
    releaseSubmit();
    var notice = document.getElementById('shanfang-failed');
    if (notice) notice.hidden = false;
  }

  if (self.SHANFANG_WASM) {
    // The served page (and a copy saved from it): the module as base64
    // (pkg/shanfang_wasm.js), started synchronously, so the first verdict is
    // on screen with the first paint.
    var exports;
    try {
      var text = self.SHANFANG_WASM;
      var bytes;
      if (typeof Uint8Array.fromBase64 === 'function') {
        bytes = Uint8Array.fromBase64(text);
      } else {
        var binary = atob(text);
        bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      }
      exports = wasm_bindgen.initSync({ module: bytes });
    } catch (error) {
      failed(error);
    }
    if (exports) start(exports);
  } else if (self.shanfangModule) {
    // The single file: www/boot.js inflated and compiled the module (it is
    // carried deflated there, 37 KB smaller gzipped).
    self.shanfangModule
      .then(function (module) { return wasm_bindgen.initSync({ module: module }); })
      .then(start, failed);
  } else {
    failed(new Error('the module is missing'));
  }
})();
