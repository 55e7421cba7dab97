// The package's `validate` and `attach` (bundled into both builds of the glue
// by scripts/package.py, after wasm-bindgen's output): JSON.stringify's
// replacer for ±Infinity, and the form binding's draft store and event
// details, kept in JS. Reading a filing is not done here: the module reads
// the JSON text, with the one reader the CLI has.
function shanfangGlue(validateObject, attachBinding, setGlue, setReplacer, checkReady) {
  'use strict';
  // JSON.stringify writes ±Infinity (what JSON.parse makes of 1e400) as
  // null; the module's reader takes ±1e308 as out of range, as it takes
  // 1e400 in JSON text (src/json.rs, TOO_LARGE). The module has the same
  // replacer in Rust, but that one calls into wasm for every value. Handed
  // over at the first call, when the module is instantiated.
  function infinityAsOutOfRange(key, value) {
    return value === Infinity ? 1e308 : value === -Infinity ? -1e308 : value;
  }
  let replacerSet = false;
  function handOver() {
    if (!replacerSet) {
      setReplacer(infinityAsOutOfRange);
      replacerSet = true;
    }
  }
  function validate(filing, options) {
    checkReady('validate');
    handOver();
    return validateObject(filing, options);
  }
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
  function eventDetail(filing, report) {
    const detail = {};
    Object.defineProperty(detail, 'filing', {
      get() {
        const copy = JSON.parse(JSON.stringify(filing));
        Object.defineProperty(detail, 'filing', { value: copy, writable: true, enumerable: true, configurable: true });
        return copy;
      },
      set(value) {
        Object.defineProperty(detail, 'filing', { value, writable: true, enumerable: true, configurable: true });
      },
      enumerable: true,
      configurable: true,
    });
    detail.report = report;
    return detail;
  }

  // The form binding leaves its drafts to `draftStore` and makes its
  // events' details with `eventDetail`.
  let glueSet = false;
  function attach(form, options) {
    checkReady('attach');
    handOver();
    if (!glueSet) {
      setGlue(draftStore, eventDetail);
      glueSet = true;
    }
    return attachBinding(form, options);
  }

  // Standard Schema v1 (https://standardschema.dev): the interface zod,
  // valibot and arktype implement, which react-hook-form's
  // standardSchemaResolver, TanStack Form and others take directly. Errors
  // (应, and malformed data) are its issues, each with its path and the
  // message naming the clause; warnings (宜) do not fail it and stay
  // reachable through `report(value)`, the full report with the same options.
  function standardSchema(options) {
    const opts = options === undefined ? undefined : Object.assign({}, options);
    function report(value) {
      return validate(value, opts);
    }
    return {
      '~standard': {
        version: 1,
        vendor: 'shanfang-validator',
        validate(value) {
          if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            const zh = !opts || opts.lang !== 'en';
            return { issues: [{ message: zh ? '申报数据应为一个对象（filing-v1.md §1）' : 'a filing is an object (filing-v1.md §1)' }] };
          }
          let result;
          try {
            result = report(value);
          } catch (e) {
            // A cycle or a throwing getter: one issue, not an exception.
            return { issues: [{ message: String((e && e.message) || e) }] };
          }
          if (result.submittable) return { value };
          return { issues: issuesOf(result) };
        },
      },
      report,
    };
  }
  // `party.stewards[0].phone` → ['party', 'stewards', 0, 'phone'].
  function pathOf(field) {
    const path = [];
    for (const part of field.split('.')) {
      const at = part.indexOf('[');
      if (at < 0) {
        path.push(part);
        continue;
      }
      path.push(part.slice(0, at));
      for (const index of part.slice(at).match(/\d+/g) || []) path.push(Number(index));
    }
    return path;
  }
  function issuesOf(result) {
    const issues = [];
    for (const f of result.findings) {
      if (f.level === 'error') issues.push({ message: f.message, path: pathOf(f.field) });
    }
    return issues;
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

  return { validate, attach, standardSchema, filingSchema: standardSchema(), readDraft };
}
