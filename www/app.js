// Starts the validator on the filing form (classic script, see index.html),
// and watches that it keeps working.
//
// A module that dies (a trap, or an exception that unwound it and left the
// binding stuck) must never leave the page silently unchecked. WebKit hands
// `window.onerror` a bare "Script error." for the single file on file://,
// so no error object is trusted: any uncaught error, every edit (a moment
// after it) and every submit ask the binding and the module for an answer
// (`healthy`). When that fails, the page is "stopped": the person is told
// in a bar that stays on screen, the stale verdict is hidden, everything in
// the form is kept in localStorage (`shanfang-unsaved-v1`, what the binding
// could not save in its draft) and the page reloads itself, which
// re-instantiates the module; the kept entries are put back, then focus and
// scroll position. At most three automatic reloads a minute, so a module
// that dies at start-up cannot loop; after that the bar stays, with a
// button to try again.
(function () {
  'use strict';
  // What the page's own scripts (www/review.js, steps.js, poster.js,
  // duties.js, all loaded after this one) share: the page's language, a
  // text in it, an element added, a file handed to the person.
  function en() { return /^en/.test(document.documentElement.lang); }
  self.shanfangPage = {
    en: en,
    t: function (zh, english) { return en() ? english : zh; },
    add: function (parent, tag, className, text) {
      var e = document.createElement(tag);
      if (className) e.className = className;
      if (text != null) e.textContent = text;
      parent.appendChild(e);
      return e;
    },
    download: function (name, text, type) {
      var url = URL.createObjectURL(new Blob([text], { type: type }));
      var a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    },
  };
  var RECOVERY = 'shanfang-recovery';
  var UNSAVED = 'shanfang-unsaved-v1';
  // The element holding the filing's forms (a form per section; the
  // submit button in the last, form.form-actions).
  var form = document.getElementById('filing');
  // 'loading' until the binding is attached, then 'running'; 'stopped' when
  // it died after starting, 'failed' when it never started.
  var state = 'loading';

  function store(kind) {
    try { return self[kind] || null; } catch (e) { return null; } // file:// may deny it
  }
  function byId(id) { return document.getElementById(id); }

  // The one health check: the binding hands back the filing (it answers
  // "busy" when an exception left it stuck mid-edit) and the module
  // validates a filing (a trapped instance throws).
  function healthy() {
    try {
      var filing = self.shanfang.filing();
      var report = wasm_bindgen.validateJson('{}');
      return !!filing && typeof filing === 'object' && !!report && Array.isArray(report.findings);
    } catch (e) {
      return false;
    }
  }
  function check() {
    if (state === 'running' && !healthy()) stop();
  }

  // Everything the form holds, control by control: a control is known by
  // its name, its value for a checkbox or radio, and its place among the
  // controls sharing both; plus how many rows each list has.
  function controlKeys() {
    var keys = [];
    var seen = {};
    var controls = form.querySelectorAll('input, select, textarea');
    for (var i = 0; i < controls.length; i++) {
      var el = controls[i];
      if (!el.name || /^(button|submit|reset|image|file)$/.test(el.type)) continue;
      var checkable = el.type === 'checkbox' || el.type === 'radio';
      var key = el.name + '\u0000' + (checkable ? el.value : '');
      seen[key] = (seen[key] || 0) + 1;
      keys.push({ key: key + '\u0000' + seen[key], el: el, checkable: checkable });
    }
    return keys;
  }
  function rowsOf(list) { return list.querySelectorAll(':scope > [data-item]').length; }
  function snapshot() {
    var values = {};
    controlKeys().forEach(function (c) {
      var el = c.el;
      if (c.checkable) values[c.key] = el.checked;
      else if (el.type === 'select-multiple') {
        values[c.key] = Array.prototype.filter.call(el.options, function (o) { return o.selected; }).map(function (o) { return o.value; });
      } else values[c.key] = el.value;
    });
    var rows = {};
    Array.prototype.forEach.call(form.querySelectorAll('[data-items]'), function (list) {
      rows[list.getAttribute('data-items')] = rowsOf(list);
    });
    return { values: values, rows: rows };
  }
  // Kept where the next load finds it; true only if it is really there.
  function keepUnsaved() {
    var local = store('localStorage');
    try {
      var text = JSON.stringify(snapshot());
      local.setItem(UNSAVED, text);
      return local.getItem(UNSAVED) === text;
    } catch (e) {
      return false;
    }
  }
  // After the binding started: the kept entries go back into the form, as
  // if typed (input and change events), so the binding checks them and
  // writes its draft; then the kept copy is dropped.
  function restoreUnsaved() {
    var local = store('localStorage');
    var kept = null;
    try { kept = JSON.parse(local.getItem(UNSAVED)); } catch (e) { return false; }
    if (!kept || typeof kept.values !== 'object' || !kept.values) return false;
    Object.keys(kept.rows || {}).forEach(function (path) {
      var list = form.querySelector('[data-items="' + CSS.escape(path) + '"]');
      var add = document.querySelector('[data-add="' + CSS.escape(path) + '"]');
      for (var tries = 0; list && add && rowsOf(list) < kept.rows[path] && tries < 1000; tries++) add.click();
    });
    controlKeys().forEach(function (c) {
      if (!Object.prototype.hasOwnProperty.call(kept.values, c.key)) return;
      var want = kept.values[c.key];
      var el = c.el;
      var changed = false;
      if (c.checkable) {
        if (el.checked !== !!want) { el.checked = !!want; changed = true; }
      } else if (el.type === 'select-multiple') {
        Array.prototype.forEach.call(el.options, function (o) {
          var selected = Array.isArray(want) && want.indexOf(o.value) >= 0;
          if (o.selected !== selected) { o.selected = selected; changed = true; }
        });
      } else if (typeof want === 'string' && el.value !== want) {
        el.value = want;
        changed = true;
      }
      if (changed) {
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    try { local.removeItem(UNSAVED); } catch (e) { /* kept: applied again next time, harmlessly */ }
    return true;
  }

  // Reloads with focus and scroll remembered, at most three times a minute.
  function reload(automatic) {
    var session = store('sessionStorage');
    var previous = [];
    try { previous = JSON.parse(session.getItem(RECOVERY) || '{}').times || []; } catch (e) { /* none */ }
    var now = Date.now();
    var recent = previous.filter(function (t) { return now - t < 60000; });
    if (automatic && recent.length >= 3) return false;
    var active = document.activeElement;
    var memo = JSON.stringify({
      times: recent.concat(now),
      focus: active && active.id ? active.id : null,
      x: window.scrollX,
      y: window.scrollY,
    });
    try {
      session.setItem(RECOVERY, memo);
      if (session.getItem(RECOVERY) !== memo) return false;
    } catch (e) {
      return false; // no count kept: an automatic reload could loop
    }
    location.reload();
    return true;
  }

  function stop() {
    if (state === 'stopped') return;
    state = 'stopped';
    console.error('shanfang: the checker stopped working; the page keeps what was typed');
    // The verdict on screen belongs to a filing the checker can no longer
    // see: it goes, and the bar says why.
    var stale = ['shanfang-status', 'shanfang-summary', 'shanfang-done', 'shanfang-recovered'];
    stale.forEach(function (id) { if (byId(id)) byId(id).hidden = true; });
    var kept = keepUnsaved();
    var bar = byId('shanfang-stopped');
    if (bar) {
      bar.querySelector('[data-kept]').hidden = !kept;
      bar.querySelector('[data-not-kept]').hidden = kept;
      bar.querySelector('button').hidden = !kept;
      bar.hidden = false;
      // The end of the form (the submit button) scrolls clear of the bar,
      // and so does a field scrolled to by focus.
      document.body.style.paddingBottom = bar.offsetHeight + 'px';
      document.documentElement.style.scrollPaddingBottom = bar.offsetHeight + 'px';
    }
    if (kept) reload(true);
  }

  // While stopped, what is typed next is kept too.
  var keepTimer = 0;
  var probeTimer = 0;
  function edited() {
    if (state === 'stopped') {
      clearTimeout(keepTimer);
      keepTimer = setTimeout(keepUnsaved, 300);
    } else if (state === 'running') {
      clearTimeout(probeTimer);
      probeTimer = setTimeout(check, 300);
    }
  }
  document.addEventListener('input', edited, true);
  document.addEventListener('change', edited, true);
  document.addEventListener('click', edited, true);
  function uncaught() { setTimeout(check, 0); }
  window.addEventListener('error', uncaught);
  window.addEventListener('unhandledrejection', uncaught);

  // The standalone page never sends the form anywhere (the filing leaves as
  // a download or a printed record): a native submit would only put the
  // filing into the URL and empty the form. The binding shows the verdict;
  // without a working checker, the person is told instead of nothing.
  addEventListener('submit', function (event) {
    if (!form.contains(event.target)) return;
    event.preventDefault();
    if (state === 'running' && !healthy()) stop();
    var notice = state === 'stopped' ? byId('shanfang-stopped') : state === 'failed' ? byId('shanfang-failed') : null;
    if (notice) {
      notice.hidden = false;
      notice.focus();
    }
  }, true);

  // Submits the filing as its button does.
  function submitFiling() {
    var actions = form.querySelector('form.form-actions');
    if (typeof actions.requestSubmit === 'function') actions.requestSubmit();
    else actions.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
  }
  // Enter in a text field submits the filing, as in any one-form page: a
  // section's form has no submit button, and a browser submits such a form
  // on Enter only when it has a single text field (then it would submit
  // that section alone). Not while an input method composes (拼音's Enter
  // takes the letters).
  form.addEventListener('keydown', function (event) {
    var el = event.target;
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented || el.tagName !== 'INPUT') return;
    if (!/^(text|search|url|tel|email|password|date|month|week|time|datetime-local|number)$/.test(el.type)) return;
    event.preventDefault();
    submitFiling();
  });

  // The draft store (js/glue.js) says when a draft could not be written and
  // when it could again; the notice follows that, never a guess.
  addEventListener('shanfang-draft', function (event) {
    var notice = byId('shanfang-draft-failed');
    if (!notice || !event.detail || event.detail.key !== 'shanfang-draft-v1') return;
    notice.hidden = !!event.detail.saved;
    // Room under the form for the bar (style.css): a class, not
    // body:has(#shanfang-draft-failed…), which made every edit anywhere
    // search the whole page again for the bar (issue 30).
    document.documentElement.classList.toggle('draft-failed', !notice.hidden);
  });

  var restart = byId('shanfang-stopped') && byId('shanfang-stopped').querySelector('button');
  if (restart) restart.addEventListener('click', function () { if (keepUnsaved()) reload(false); });

  // The status panel says the checker is loading until it has started (or
  // failed): on a weak connection the form shows a while before the module.
  function loaded() {
    var loading = document.querySelector('#shanfang-status .shanfang-loading');
    if (loading) loading.remove();
  }

  // "打开申报文件": one file (chosen, or dropped on the page) into the form;
  // several into the reviewer's table.
  // The binding reads it as the validator does and changes nothing when it
  // is not a filing; the message says why.
  function openFiles(files) {
    var failed = byId('shanfang-open-failed');
    if (failed) failed.hidden = true;
    if (!files || !files.length || state !== 'running') return;
    // Several at once: the reviewer's table (www/review.js).
    if (files.length > 1 && !self.shanfangReview && laterUrls.length) {
      var kept = Array.prototype.slice.call(files); // the input is emptied once this returns
      later().then(function () { openFiles(kept); });
      return;
    }
    if (files.length > 1 && self.shanfangReview) { self.shanfangReview.review(files); return; }
    var file = files[0];
    // Opening a file ends a reviewer's read-only view (the binding puts the
    // person's own form back first).
    var viewing = byId('shanfang-viewing');
    function fail(message) {
      if (!failed) return;
      failed.textContent = message;
      failed.hidden = false;
      failed.focus();
    }
    file.text().then(function (text) {
      try {
        self.shanfang.open(text, file.name);
        if (viewing) viewing.hidden = true;
      } catch (e) { fail(e.message); }
    }, function () {
      fail('无法读取文件“' + file.name + '”。The file “' + file.name + '” cannot be read.');
    });
  }
  function listenForFiles() {
    var input = byId('shanfang-open-file');
    var button = document.querySelector('[data-open-file]');
    if (!input || !button) return;
    button.addEventListener('click', function () { input.click(); });
    input.addEventListener('change', function () {
      openFiles(input.files);
      input.value = '';
    });
    function hasFiles(e) {
      return e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types || [], 'Files') >= 0;
    }
    document.addEventListener('dragover', function (e) { if (hasFiles(e)) e.preventDefault(); });
    document.addEventListener('drop', function (e) {
      if (!hasFiles(e)) return;
      e.preventDefault();
      openFiles(e.dataTransfer.files);
    });
  }

  function start(exports) {
    loaded();
    // The exports (with `memory`) stay reachable for diagnostics and tests.
    self.shanfangWasm = exports;
    try {
      self.shanfang = wasm_bindgen.attach(form, { draft: 'shanfang-draft-v1', standalone: true });
    } catch (error) {
      console.error('shanfang: the validator did not attach:', error);
      state = 'running'; // it did start: a reload may well recover it
      stop();
      return;
    }
    state = 'running';
    listenForFiles();
    var restored = restoreUnsaved();
    // A submit tried while the module loaded (index.html held it) goes
    // through the binding now.
    if (self.shanfangReleaseSubmit && self.shanfangReleaseSubmit()) {
      submitFiling();
    }

    var saved = null;
    try { saved = JSON.parse(store('sessionStorage').getItem(RECOVERY) || 'null'); } catch (e) { /* none */ }
    var recovering = saved && saved.times && saved.times.length && Date.now() - saved.times[saved.times.length - 1] < 10000;
    if (recovering || restored) {
      if (recovering) {
        window.scrollTo(saved.x || 0, saved.y || 0);
        var el = saved.focus && byId(saved.focus);
        if (el) el.focus({ preventScroll: true });
      }
      var note = byId('shanfang-recovered');
      if (note) note.hidden = false;
    }
    check();
    // After the frame that shows the first verdict.
    requestAnimationFrame(function () { setTimeout(later, 0); });
  }

  function failed(error) {
    // Without the module nothing is checked as the person types; say why.
    console.error('shanfang: the validator did not start:', error);
    state = 'failed';
    loaded();
    if (self.shanfangReleaseSubmit) self.shanfangReleaseSubmit();
    var notice = byId('shanfang-failed');
    if (notice) notice.hidden = false;
  }

  function base64Bytes(text) {
    if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  // The served build (scripts/served.py) names the module in data-wasm: it
  // is fetched and compiled as it streams (instantiateStreaming, in
  // wasm-bindgen's init), its own cacheable file; a WebView whose streaming
  // compile fails gets the bytes compiled whole instead.
  var script = document.currentScript;
  var wasmUrl = script && script.getAttribute('data-wasm');

  // The served build names in data-later the scripts of what the page
  // shows only later (the duties calendar, the reviewer's table): they are
  // not downloaded beside the module, but once the first verdict is on
  // screen, in order, or at once when something needs them first (the
  // service worker keeps them for offline use all the same).
  var laterUrls = ((script && script.getAttribute('data-later')) || '').split(' ').filter(Boolean);
  var laterLoaded = null;
  function later() {
    if (!laterLoaded) {
      laterLoaded = new Promise(function (resolve) {
        var left = laterUrls.length;
        if (!left) resolve();
        laterUrls.forEach(function (url) {
          var s = document.createElement('script');
          s.src = url;
          s.async = false; // run in the order given
          s.onload = s.onerror = function () { if (--left === 0) resolve(); };
          document.body.appendChild(s);
        });
      });
    }
    return laterLoaded;
  }
  // A duties button pressed before its script came: pressed again once it is here.
  if (laterUrls.length) {
    document.addEventListener('click', function (event) {
      var button = event.target && event.target.closest && event.target.closest('[data-open-duties]');
      if (!button || self.shanfangDuties) return;
      event.preventDefault();
      event.stopPropagation();
      later().then(function () { if (self.shanfangDuties) button.click(); });
    }, true);
  }
  if (wasmUrl) {
    wasm_bindgen({ module_or_path: wasmUrl }).catch(function (error) {
      console.warn('shanfang: compiling the module as it streams failed, compiling it whole:', error);
      return fetch(wasmUrl).then(function (response) {
        if (!response.ok) throw new Error('the module could not be fetched: HTTP ' + response.status);
        return response.arrayBuffer();
      }).then(function (bytes) { return wasm_bindgen.initSync({ module: bytes }); });
    }).then(start, failed);
  } else if (self.SHANFANG_WASM_DEFLATE && self.shanfangInflate) {
    // Otherwise (the page in www/, and the single file) started
    // synchronously, so the first verdict is on screen with the first
    // paint. The page carries the module deflated
    // (page/shanfang_wasm_deflate.js: 39 KB less to download gzipped than
    // plain base64, the first verdict 165 ms sooner over a weak mobile
    // connection) and inflates it here with www/inflate.js (10–35 ms with
    // the base64, cold); a DecompressionStream would only finish after the
    // browser's first layout (measured side by side: the first verdict
    // 12–32 ms later at the median).
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
