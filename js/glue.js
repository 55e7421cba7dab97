// The package's `attach` and what it keeps in JS (bundled into the entries
// with the form binding by scripts/package.py, after js/glue-core.js): the
// binding's draft store and event details, and `readDraft`.
// `bindgen` is wasm-bindgen's exports: the core glue's (validateJson,
// __canonicalJson), `__reading` and `__numberText` for the form binding
// (js/dom.js, with js/fields.js) and, in a module with the clauses' words,
// `rules` (the standalone page's features, js/dom-page.js, where the entry
// has them). `catalogue(lang)`: the rule catalogue (or a Promise of it),
// where the module has no `rules`.
function shanfangGlue(bindgen, checkReady, catalogue) {
  'use strict';
  // Taken now: the classic script assigns this glue's attach onto `bindgen`.
  const { __reading: reading, __numberText: numberText, validateJson, rules, __canonicalJson: canonicalJson } = bindgen;
  const core = shanfangCoreGlue(bindgen, checkReady);
  const { validate } = core;
  // The form binding's drafts, written a moment after the last edit instead
  // of on every keystroke (JSON.stringify and localStorage.setItem were a
  // third of an edit's time), and at once when the page is hidden or
  // closed. All in JS, so a draft is written even if the module has trapped.
  const DRAFT_DELAY_MS = 250;
  // key → { filing: waiting to be written, written: the text this page
  // wrote last, found: the text stored when this page first saved }
  const drafts = new Map();
  let draftTimer = 0;
  function storage() {
    try {
      return self.localStorage || null;
    } catch (e) {
      return null; // storage refused (a sandboxed frame, private mode)
    }
  }
  // While a draft waits, leaving the page writes it.
  function onHidden(event) {
    if (event.type === 'pagehide' || typeof document === 'undefined' || document.visibilityState === 'hidden') flushDrafts();
  }
  function watchLeaving(on) {
    if (typeof addEventListener !== 'function') return;
    for (const type of ['pagehide', 'visibilitychange']) {
      if (on) addEventListener(type, onHidden);
      else removeEventListener(type, onHidden);
    }
  }
  function storedText(key) {
    try {
      const store = storage();
      return store ? store.getItem(key) : null;
    } catch (e) {
      return null;
    }
  }
  // The same filing as the stored text, whatever the order of its keys (the
  // form's full read and its edit-by-edit updates order them differently).
  function sameAsFound(text, found) {
    if (found === null) return false;
    try {
      return sameJson(JSON.parse(text), JSON.parse(found));
    } catch (e) {
      return false;
    }
  }
  // Recurses only as deep as `a`, the form's own filing.
  function sameJson(a, b) {
    if (a === b) return true;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const k of keys) {
      if (!Object.prototype.hasOwnProperty.call(b, k) || !sameJson(a[k], b[k])) return false;
    }
    return true;
  }
  // A draft that could not be written (storage full, refused, or none) is
  // kept waiting and tried again every few seconds, and the page is told
  // with a `shanfang-draft` event on `self` each time that changes
  // (detail: { key, saved, error }), so it can say so instead of claiming
  // that drafts save automatically.
  const DRAFT_RETRY_MS = 5000;
  function announce(key, draft, saved, error) {
    if (draft.saved === saved) return;
    draft.saved = saved;
    if (typeof dispatchEvent === 'function' && typeof CustomEvent === 'function') {
      dispatchEvent(new CustomEvent('shanfang-draft', { detail: { key, saved, error: error ? String(error.message || error) : null } }));
    }
  }
  function flushDrafts() {
    if (draftTimer) watchLeaving(false);
    clearTimeout(draftTimer);
    draftTimer = 0;
    const store = storage();
    let waiting = false;
    for (const [key, draft] of drafts) {
      if (draft.filing === null) continue;
      try {
        const text = JSON.stringify(draft.filing);
        if (text !== draft.written && !(draft.written === undefined && sameAsFound(text, draft.found))) {
          if (!store) throw new Error('this browser does not allow storage here');
          store.setItem(key, text);
        }
        draft.written = text;
        draft.filing = null;
        announce(key, draft, true, null);
      } catch (e) {
        // Full or refused storage: the form keeps working, the draft waits.
        waiting = true;
        announce(key, draft, false, e);
      }
    }
    if (waiting) {
      draftTimer = setTimeout(flushDrafts, DRAFT_RETRY_MS);
      watchLeaving(true);
    }
  }
  const draftStore = {
    save(key, filing) {
      let draft = drafts.get(key);
      if (!draft) {
        // What is stored already (the draft this page restored) counts as
        // written: a page only reopened rewrites nothing, and so cannot put
        // its copy over a draft written since by someone else.
        draft = { filing: null, written: undefined, found: storedText(key), saved: true };
        drafts.set(key, draft);
      }
      draft.filing = filing;
      if (!draftTimer) {
        draftTimer = setTimeout(flushDrafts, DRAFT_DELAY_MS);
        watchLeaving(true);
      }
    },
    forget(key) {
      const draft = drafts.get(key);
      if (draft) announce(key, draft, true, null); // nothing is waiting any more
      drafts.delete(key);
      const store = storage();
      try {
        store && store.removeItem(key);
      } catch (e) {
        // as above
      }
    },
    flush: flushDrafts,
    // The stored draft's text, what waits written first (the binding
    // restores it at attach; the glue is the one place drafts are kept).
    load(key) {
      flushDrafts();
      return storedText(key);
    },
  };

  // An event's detail, { filing, report }: the filing is copied when a
  // listener first reads it (the binding never changes a filing it has
  // handed out), not on every edit.
  // The report too: the binding keeps the one it rendered (a listener
  // sorting its findings in place changes nothing of it).
  function eventDetail(filing, report) {
    const detail = {};
    const lazyCopy = (key, value) =>
      Object.defineProperty(detail, key, {
        get() {
          const copy = JSON.parse(JSON.stringify(value));
          Object.defineProperty(detail, key, { value: copy, writable: true, enumerable: true, configurable: true });
          return copy;
        },
        set(v) {
          Object.defineProperty(detail, key, { value: v, writable: true, enumerable: true, configurable: true });
        },
        enumerable: true,
        configurable: true,
      });
    lazyCopy('filing', filing);
    lazyCopy('report', report);
    return detail;
  }

  // The form binding (js/dom.js), over the module's validateJson: it
  // leaves its drafts to `draftStore` and makes its events' details with
  // `eventDetail`; with the standalone page's features (js/dom-page.js)
  // where the entry has them and the module the clauses' words (`rules`).
  const today = () => new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10); // UTC+8, as the validator's
  // The clauses' words by clause, for a message's clause box.
  const words = (lang) =>
    Promise.resolve()
      .then(() => (catalogue || rules)(lang))
      .then((all) => {
        const table = {};
        for (const rule of all) table[rule.clause] = rule.text;
        return table;
      });
  const page =
    typeof shanfangDomPage === 'function' && rules
      ? shanfangDomPage({ rules, canonical: canonicalJson, today, modes: shanfangModeNames(), forgetDraft: (key) => draftStore.forget(key) })
      : null;
  const dom = shanfangDom({
    validate: validateJson,
    reading,
    numberText,
    kinds: shanfangFieldKinds(),
    words,
    drafts: draftStore,
    eventDetail,
    page,
  });
  function attach(form, options) {
    checkReady('attach');
    return dom.attach(form, options);
  }

  // The draft `attach(form, { draft: key })` saved under `key`, as a filing
  // (null when there is none or it does not read): for a controlled form
  // (React, Vue), whose state must start from the draft, since the
  // framework's next render replaces what the binding puts into the DOM.
  function readDraft(key) {
    const text = storedText(String(key));
    if (text === null) return null;
    try {
      const filing = JSON.parse(text);
      return filing !== null && typeof filing === 'object' && !Array.isArray(filing) ? filing : null;
    } catch (e) {
      return null;
    }
  }

  return { validate, canonical: core.canonical, attach, Binding: dom.Binding, standardSchema: core.standardSchema, filingSchema: core.filingSchema, readDraft };
}
