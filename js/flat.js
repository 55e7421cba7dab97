// The package's `validate`, `validateJson` and `attach` (bundled into both builds of
// the glue by scripts/package.py, after wasm-bindgen's output).
//
// Reading a filing from wasm, field by field, costs several calls across the
// JS↔wasm boundary per value. Instead this walker reads the contract's keys
// here, in the order of the module's plan (`__flatPlan()`: the shape of the
// filing, written by src/flat.rs from the Rust model), and hands the whole
// filing over in one call: a byte per value, the numbers, and the strings
// joined (src/flat.rs has the format). It tells only the type of each value;
// the reading rules all stay in Rust. A getter that throws and a revoked
// proxy read as not given, as in the module's own object reader; a walk that
// fails anyway (a proxy whose `length` throws) goes to that reader.
function shanfangFastValidate(validateObject, validateJsonText, validateFlat, flatPlan, attachBinding, setGlue) {
  'use strict';
  const ABSENT = 0, STR = 1, TRUE = 2, FALSE = 3, NUM = 4, ARRAY = 5, OBJECT = 6, GROUP = 7, LIST = 8, TOO_MANY = 9, LONG = 10;
  // A field of the plan: [key, kind, fields of a group or of a list's items].
  const SCALAR = 0, GROUP_OF = 1, CODES_OF = 2, ITEMS_OF = 3;
  let shape = null;
  let longUnits = 0;
  let maxItems = 0;
  let modeCodes = [];
  let tags = new Uint8Array(1024);
  let nums = new Float64Array(512);
  let nt = 0;
  let nn = 0;
  let text = '';
  let longs = [];

  function parsePlan(plan) {
    const [long, max, modes, rest] = plan.split(';');
    longUnits = Number(long);
    maxItems = Number(max);
    modeCodes = modes.split(',');
    let i = 0;
    function fields() {
      const out = [];
      i++; // '{'
      for (;;) {
        let j = i;
        while (!'{[,}'.includes(rest[j])) j++;
        const key = rest.slice(i, j);
        i = j;
        let kind = SCALAR;
        let sub = null;
        if (rest[i] === '{') {
          kind = GROUP_OF;
          sub = fields();
        } else if (rest[i] === '[') {
          i++;
          kind = rest[i] === '{' ? ITEMS_OF : CODES_OF;
          if (kind === ITEMS_OF) sub = fields();
          i++; // ']'
        }
        out.push([key, kind, sub]);
        if (rest[i++] === '}') return out;
      }
    }
    return fields();
  }

  // A typed array twice as long, with the same start.
  function doubled(array) {
    const grown = new array.constructor(array.length * 2);
    grown.set(array);
    return grown;
  }
  function tag(t) {
    if (nt === tags.length) tags = doubled(tags);
    tags[nt++] = t;
  }
  function num(n) {
    if (nn === nums.length) nums = doubled(nums);
    nums[nn++] = n;
  }
  // Array.isArray, or null for a value that cannot be inspected (a revoked
  // proxy), which reads as not given.
  function isArray(v) {
    try {
      return Array.isArray(v);
    } catch (e) {
      return null;
    }
  }
  function scalar(v) {
    switch (typeof v) {
      case 'string':
        if (v.length > longUnits) {
          tag(LONG);
          longs.push(v);
        } else {
          tag(STR);
          num(v.length);
          text += v;
        }
        return;
      case 'number':
        tag(NUM);
        num(v);
        return;
      case 'boolean':
        tag(v ? TRUE : FALSE);
        return;
      case 'object': {
        const array = v === null ? null : isArray(v);
        tag(array === null ? ABSENT : array ? ARRAY : OBJECT);
        return;
      }
      case 'bigint':
        tag(OBJECT);
        return;
      default: // undefined, a function, a symbol: not given, as JSON.stringify leaves them out
        tag(ABSENT);
    }
  }
  function group(v, fields, leaveOut) {
    if (typeof v !== 'object' || v === null || isArray(v) !== false) return scalar(v);
    tag(GROUP);
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      if (leaveOut !== undefined && leaveOut.has(field[0])) {
        tag(ABSENT);
        continue;
      }
      let value;
      try {
        value = v[field[0]];
      } catch (e) {
        value = undefined; // a getter that throws: not given
      }
      switch (field[1]) {
        case SCALAR: scalar(value); break;
        case GROUP_OF: group(value, field[2]); break;
        default: list(value, field[2]);
      }
    }
  }
  function list(v, itemFields) {
    if (typeof v !== 'object' || v === null || isArray(v) !== true) return scalar(v);
    if (v.length > maxItems) return tag(TOO_MANY);
    tag(LIST);
    num(v.length);
    for (let i = 0; i < v.length; i++) {
      if (itemFields) group(v[i], itemFields);
      else scalar(v[i]);
    }
  }

  // The blocks of modes the filing certainly does not choose: only when its
  // `modes` is a list of exact codes (or nulls), which Rust reads as just
  // those modes; anything else, and every block is sent.
  function unchosenBlocks(filing) {
    const modes = filing.modes;
    if (isArray(modes) !== true || modes.length > maxItems) return undefined;
    const chosen = new Set();
    for (let i = 0; i < modes.length; i++) {
      const m = modes[i];
      if (m === null || m === undefined) continue;
      if (typeof m !== 'string' || !modeCodes.includes(m)) return undefined;
      chosen.add(m);
    }
    return new Set(modeCodes.filter((m) => !chosen.has(m)));
  }

  // [tags, nums, text, longs] for a filing object, or null when it cannot
  // be walked. Also handed to the module for the form binding's reads.
  function flatten(filing) {
    if (shape === null) shape = parsePlan(flatPlan());
    nt = 0;
    nn = 0;
    text = '';
    longs = [];
    try {
      group(filing, shape, unchosenBlocks(filing));
    } catch (e) {
      return null;
    }
    const flat = [tags.subarray(0, nt), nums.subarray(0, nn), text, longs];
    text = '';
    longs = [];
    return flat;
  }

  function validate(filing, options) {
    // Not an object: the module's own error.
    if (typeof filing !== 'object' || filing === null || isArray(filing) !== false) return validateObject(filing, options);
    const flat = flatten(filing);
    if (flat === null) return validateObject(filing, options);
    return unpack(validateFlat(flat[0], flat[1], flat[2], flat[3], options));
  }

  // The report from its packed form (src/flat.rs, `pack_report`).
  function unpack(packed) {
    const semi = packed.indexOf(';');
    const head = packed.slice(0, semi).split(',');
    let at = semi + 1;
    let h = 4;
    function next() {
      const end = at + Number(head[h++]);
      const s = packed.slice(at, end);
      at = end;
      return s;
    }
    const standard = next();
    const count = Number(head[3]);
    const findings = new Array(count);
    for (let i = 0; i < count; i++) {
      const field = next();
      const clause = next();
      const level = next();
      const code = next();
      const message = next();
      findings[i] = { field, clause: clause === '' ? null : clause, level, code, message };
    }
    return { standard, submittable: head[0] === '1', errors: Number(head[1]), warnings: Number(head[2]), findings };
  }

  function validateJson(json, options) {
    let filing;
    try {
      filing = typeof json === 'string' ? JSON.parse(json) : undefined;
    } catch (e) {
      filing = undefined;
    }
    // Anything but an object (and any error) gets the module's own message.
    if (typeof filing !== 'object' || filing === null || Array.isArray(filing)) return validateJsonText(json, options);
    return validate(filing, options);
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
  function flushDrafts() {
    if (draftTimer) watchLeaving(false);
    clearTimeout(draftTimer);
    draftTimer = 0;
    const store = storage();
    for (const [key, draft] of drafts) {
      if (draft.filing === null) continue;
      try {
        const text = JSON.stringify(draft.filing);
        if (text !== draft.written && !(draft.written === undefined && sameAsFound(text, draft.found))) {
          store && store.setItem(key, text);
        }
        draft.written = text;
      } catch (e) {
        // Full or refused storage: the form keeps working without a draft.
      }
      draft.filing = null;
    }
  }
  const draftStore = {
    save(key, filing) {
      let draft = drafts.get(key);
      if (!draft) {
        // What is stored already (the draft this page restored) counts as
        // written: a page only reopened rewrites nothing, and so cannot put
        // its copy over a draft written since by someone else.
        draft = { filing: null, written: undefined, found: storedText(key) };
        drafts.set(key, draft);
      }
      draft.filing = filing;
      if (!draftTimer) {
        draftTimer = setTimeout(flushDrafts, DRAFT_DELAY_MS);
        watchLeaving(true);
      }
    },
    forget(key) {
      drafts.delete(key);
      const store = storage();
      try {
        store && store.removeItem(key);
      } catch (e) {
        // as above
      }
    },
    flush: flushDrafts,
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

  // The form binding reads its filing after every edit with the walker,
  // leaves its drafts to `draftStore`, and makes its events' details with
  // `eventDetail`.
  let glueSet = false;
  function attach(form, options) {
    if (!glueSet) {
      setGlue(flatten, draftStore, eventDetail);
      glueSet = true;
    }
    return attachBinding(form, options);
  }

  return { validate, validateJson, attach };
}
