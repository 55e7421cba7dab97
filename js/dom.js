// The form binding, `attach(form, options)`: validates a form on every edit
// and shows what the standard still requires. In JS over the validator's
// module, which reads and validates (one reader, the JSON text's); this
// script reads the form, renders the verdict and keeps the drafts. (It was
// the Rust crate shanfang-dom over web-sys until issue 28: its code and
// wasm-bindgen's glue for 150 DOM calls were 40 KB of a portal's 100, where
// the same work in JS is a fraction of that.)
//
// Bundled into the entries with the form binding by scripts/package.py,
// after js/glue-core.js and js/glue.js. All its behaviour hangs on contract
// paths (or the portal's names for them) and a few `data-` attributes,
// never on the page's layout. Events on the form: `shanfang-report` after
// every validation, `shanfang-submit` when a submit passes (cancelable).
//
// `api`: what it asks of the module and the package's glue —
//   validate(text, options): the report of a filing's JSON text (throws
//     for text that is no filing, or bad options);
//   reading(path, kind, text, lang): how a typed number or phone was read
//     ("按 1200 计"), or undefined; numberText(n): a number as the validator
//     writes it;
//   kinds: contract path templates → field kind (js/fields.js);
//   words(lang): a Promise of the clauses' words by clause number;
//   drafts: the glue's draft store; eventDetail(filing, report);
//   page: the standalone page's features, where the entry has them.
function shanfangDom(api) {
  'use strict';
  const MAX_LIST_ITEMS = 200;

  // The binding's own words, in both languages.
  const UI = {
    zh: {
      summaryTitle: '存在以下问题',
      error: '错误',
      warning: '建议',
      dataFormat: '数据格式',
      clauseText: (c) => `第${c}条原文`,
      counts: (e, w) => `还有 ${e} 项错误、${w} 项建议`,
      toFill: (n) => `还需填写 ${n} 项`,
      countsAndToFill: (e, w, n) => `还有 ${e} 项错误、${w} 项建议；另需填写 ${n} 项`,
      allClear: '已满足标准的全部要求，可以提交',
      tasksLabel: '填写进度',
      notStarted: '未开始',
      inProgress: '未完成',
      completed: '已完成',
      stillNeeded: (n) => `还需填写 ${n} 项`,
      advice: (n) => `建议 ${n} 项`,
      titlePrefix: '错误：',
      steward: (n) => `红色管家 ${n}`,
      switchTo: 'English',
      showList: '查看清单',
      hideList: '收起清单',
      sep: '：',
    },
    en: {
      summaryTitle: 'There is a problem',
      error: 'Error',
      warning: 'Recommendation',
      dataFormat: 'data format',
      clauseText: (c) => `Text of clause ${c}`,
      counts: (e, w) => `${e} errors and ${w} recommendations left`,
      toFill: (n) => `${n} answers still needed`,
      countsAndToFill: (e, w, n) => `${e} errors and ${w} recommendations left; ${n} more answers needed`,
      allClear: 'Every requirement of the standard is met: ready to submit',
      tasksLabel: 'Your progress',
      notStarted: 'Not started',
      inProgress: 'In progress',
      completed: 'Completed',
      stillNeeded: (n) => `${n} answers still needed`,
      advice: (n) => `${n} recommendations`,
      titlePrefix: 'Error: ',
      steward: (n) => `Red steward ${n}`,
      switchTo: '中文',
      showList: 'Show the list',
      hideList: 'Hide the list',
      sep: ': ',
    },
  };

  // ---- Small helpers ----

  // What a person is told when a call changes nothing (a text that is not
  // a filing): thrown as an Error, the binding unharmed.
  class Refusal extends Error {}

  const quoted = (s) => JSON.stringify(String(s));
  const isObject = (v) => typeof v === 'object' && v !== null;
  const isPlainObject = (v) => isObject(v) && !Array.isArray(v);
  const words = (s) => s.split(/\s+/).filter(Boolean).join(' ');
  const all = (root, selector) => Array.from(root.querySelectorAll(selector));
  const tag = (el) => (el && el.tagName ? el.tagName.toUpperCase() : '');
  const isHtml = (v) => isObject(v) && v.nodeType === 1 && 'hidden' in v;
  function el(doc, name, cls, text) {
    const e = doc.createElement(name);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  // A property of an options bag, or undefined.
  const option = (options, key) => (isObject(options) ? options[key] : undefined);

  // ---- Fields: kinds, the portal's names, the form's controls ----

  // Each contract path template with its kind, as a Map: a control named
  // `constructor` or `__proto__` finds nothing (in a plain object it would
  // find what every object inherits).
  const KINDS = new Map(Object.entries(api.kinds));
  // `party.stewards[3].phone` → `party.stewards[].phone`.
  const templateOf = (path) => path.replace(/\[[^\]]*\]/g, '[]');
  const kindOf = (path) => KINDS.get(templateOf(path));

  // The portal's names for contract paths, both ways (`fields` option).
  class Names {
    constructor(fields) {
      this.toName = new Map();
      this.toPath = new Map();
      this.mapper = null;
      this.itemsCovered = 0;
      if (fields === undefined || fields === null) return;
      if (typeof fields === 'function') {
        for (const [path, kind] of KINDS) {
          if (path.includes('[]') || kind === 'section') continue;
          this.ask(fields, path);
        }
        this.mapper = fields;
        return;
      }
      if (!isObject(fields)) throw new Error('fields must be an object mapping contract paths to names, or a function');
      for (const [path, name] of Object.entries(fields)) {
        if (typeof name !== 'string') throw new Error(`fields[${quoted(path)}] must be a string`);
        if (!kindOf(path)) throw new Error(`fields: ${quoted(path)} is not a field of the filing contract`);
        this.insert(path, name);
      }
    }
    ask(f, path) {
      let name;
      try {
        name = f.call(null, path);
      } catch (e) {
        throw new Error(`fields(${quoted(path)}) threw`);
      }
      if (typeof name === 'string') this.insert(path, name);
    }
    // With the function form, asks it for the paths of list items up to
    // `count` items per list (the form cannot hold more items than it has
    // controls), so `party.stewards[0].phone` can be the portal's
    // `sw_0_phone`. A mapping that throws for an item leaves it unmapped.
    coverItems(count) {
      const f = this.mapper;
      if (!f) return;
      count = Math.min(count, MAX_LIST_ITEMS);
      if (count <= this.itemsCovered) return;
      for (const [template, kind] of KINDS) {
        if (!template.includes('[]') || kind === 'section') continue;
        for (let i = this.itemsCovered; i < count; i++) {
          try {
            this.ask(f, template.replace('[]', `[${i}]`));
          } catch (e) {
            // left unmapped
          }
        }
      }
      this.itemsCovered = count;
    }
    insert(path, name) {
      this.toPath.set(name, path);
      this.toName.set(path, name);
    }
    // The contract path of a control's name, if it is part of the filing.
    pathOf(name) {
      if (this.toPath.has(name)) return this.toPath.get(name);
      return !this.toName.has(name) && kindOf(name) ? name : undefined;
    }
    nameOf(path) {
      return this.toName.has(path) ? this.toName.get(path) : path;
    }
  }

  // How a control holds its value: a checkbox for a boolean (FLAG: checked
  // means true), a box of a group or a radio (CHOICE: its value when
  // checked), a text-like input, select or textarea (TEXT: its value when
  // not blank), buttons and files (NOTHING).
  const FLAG = 1, CHOICE = 2, TEXT = 3, NOTHING = 4;
  function inputHow(type, boolField) {
    switch (type) {
      case 'checkbox': return boolField ? FLAG : CHOICE;
      case 'radio': return CHOICE;
      case 'button': case 'submit': case 'reset': case 'image': case 'file': return NOTHING;
      default: return TEXT;
    }
  }

  // The forms that hold the filing: the element given, or each form in it.
  // (Chrome's autofill reads a whole form again after each key: a page
  // with a form per section pays for one section a key.)
  const formsOf = (root) => (root.matches('form') ? [root] : all(root, 'form'));

  // The forms' controls that belong to the filing, in document order.
  function findControls(forms, names) {
    const list = [];
    for (const form of forms) {
      for (const e of Array.from(form.elements)) {
        const name = e.getAttribute('name');
        if (name === null) continue;
        const path = names.pathOf(name);
        if (path === undefined) continue;
        const kind = kindOf(path);
        if (!kind) continue;
        const how = tag(e) === 'INPUT' ? inputHow(e.type, kind === 'bool') : TEXT;
        list.push({ path, el: e, kind, how });
      }
    }
    return list;
  }

  // The value one control contributes, if any.
  function controlValue(c) {
    switch (c.how) {
      case NOTHING: return undefined;
      case FLAG: return c.el.checked ? true : undefined;
      case CHOICE: return c.el.checked ? c.el.value : undefined;
      default: {
        const t = tag(c.el);
        if (t !== 'INPUT' && t !== 'SELECT' && t !== 'TEXTAREA') return undefined;
        const v = c.el.value;
        return v.trim() !== '' ? v : undefined;
      }
    }
  }

  // A path's segments: `party.stewards[3].phone` → party, stewards[3], phone.
  function segments(path) {
    return path.split('.').map((seg) => {
      const at = seg.indexOf('[');
      if (at < 0) return [seg, null];
      const index = seg.slice(at + 1).replace(/\]+$/, '');
      return [seg.slice(0, at), /^\d+$/.test(index) ? Number(index) : null];
    });
  }

  // The object or array holding the last segment of `path`, created on the
  // way, with the last key. With `copy`, each object and array on the way
  // is replaced by a shallow copy first (see `update`).
  function parentIn(root, path, copy) {
    const step = (cur, key, list) => {
      const found = cur[key];
      const fits = list ? Array.isArray(found) : isPlainObject(found);
      if (fits && !copy) return found;
      const next = fits ? (list ? Array.from(found) : Object.assign({}, found)) : list ? [] : {};
      cur[key] = next;
      return next;
    };
    const segs = segments(path);
    let cur = root;
    for (let i = 0; i < segs.length; i++) {
      const [key, index] = segs[i];
      const last = i === segs.length - 1;
      if (index !== null) {
        const list = step(cur, key, true);
        if (last) return [list, index];
        cur = step(list, index, false);
      } else {
        if (last) return [cur, key];
        cur = step(cur, key, false);
      }
    }
    return null;
  }

  // The value at `path`, undefined if there is none.
  function getAt(root, path) {
    let cur = root;
    for (const [key, index] of segments(path)) {
      if (!isObject(cur)) return undefined;
      cur = cur[key];
      if (index !== null) {
        if (!Array.isArray(cur)) return undefined;
        cur = cur[index];
      }
    }
    return cur;
  }

  function setAt(root, path, value) {
    const p = parentIn(root, path, false);
    if (p) p[0][p[1]] = value;
  }

  // Reads the whole filing from the controls, shaped like the contract.
  // Blank controls are left out; text stays text (the validator reads
  // numbers from strings, full-width digits too).
  function readFiling(controls) {
    const filing = {};
    for (const c of controls) {
      const v = controlValue(c);
      if (c.kind === 'codes') {
        const p = parentIn(filing, c.path, false);
        if (!p) continue;
        const [holder, key] = p;
        if (v !== undefined) {
          if (Array.isArray(holder[key])) holder[key].push(v);
          else holder[key] = [v];
        } else if (!Array.isArray(holder[key])) {
          holder[key] = []; // an unchecked group says "chosen: nothing"
        }
      } else if (v !== undefined) {
        setAt(filing, c.path, v);
      }
    }
    return filing;
  }

  // A field's value as the controls hold it now, as text (to tell whether
  // an event changed anything).
  function fieldText(controls, path) {
    let out = '';
    for (const c of controls) {
      if (c.path !== path) continue;
      const v = controlValue(c);
      out += (v === undefined ? '\u0000' : String(v)) + '\u0001';
    }
    return out;
  }

  // The filing with one field (all its controls) read again after an edit:
  // a new object, with copies of the objects on the field's path and every
  // other part shared. Nothing an earlier filing holds is changed, so a
  // filing once handed out (an event's, a draft waiting to be written)
  // stays as it was without being copied whole on every edit.
  function updateFiling(filing, controls, path) {
    const root = Object.assign({}, filing);
    const kind = kindOf(path);
    if (!kind) return root;
    const p = parentIn(root, path, true);
    if (!p) return root;
    const [holder, key] = p;
    const values = controls.filter((c) => c.path === path).map(controlValue).filter((v) => v !== undefined);
    if (kind === 'codes') holder[key] = values;
    else if (values.length) holder[key] = values[values.length - 1];
    else if (Array.isArray(holder)) holder[key] = null;
    else delete holder[key];
    return root;
  }

  // Writes a saved filing back into the controls (restoring a draft).
  function writeFiling(controls, filing) {
    for (const c of controls) {
      const value = getAt(filing, c.path);
      if (c.how === NOTHING) continue;
      if (c.how === FLAG || c.how === CHOICE) {
        let on = false;
        if (typeof value === 'boolean') on = value;
        else if (typeof value === 'string') on = (c.how === FLAG && value === 'true') || (c.how === CHOICE && value === c.el.value);
        else if (Array.isArray(value)) on = value.includes(c.el.value);
        c.el.checked = on;
        continue;
      }
      const text = typeof value === 'string' ? value : typeof value === 'number' ? api.numberText(value) : '';
      const t = tag(c.el);
      // An unchanged value is left alone: setting it again would move the
      // caret of a field being typed in.
      if ((t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA') && c.el.value !== text) c.el.value = text;
    }
  }

  // Whether the person changed this control since the page loaded (typed
  // before the binding started, on a weak connection seconds before the
  // module arrived), which a restored draft must not overwrite.
  function changedSinceLoad(e) {
    switch (tag(e)) {
      case 'INPUT':
        switch (inputHow(e.type, false)) {
          case CHOICE: return e.checked !== e.defaultChecked;
          case NOTHING: return false;
          default: return e.value !== e.defaultValue;
        }
      case 'SELECT': {
        // Without a `selected` attribute, the first option is the default.
        let def = Array.from(e.options).findIndex((o) => o.defaultSelected);
        if (def < 0) def = 0;
        return e.selectedIndex !== def;
      }
      case 'TEXTAREA': return e.defaultValue !== e.value;
      default: return false;
    }
  }

  // Whether a saved value holds something (for restoring "touched").
  function isGiven(v) {
    if (typeof v === 'string') return v.trim() !== '';
    if (Array.isArray(v)) return v.length > 0;
    return v !== undefined && v !== null;
  }

  // Whether anything in a filing (or a part of one) holds a value; `false`
  // is what an unticked box reads as: nothing entered.
  function holdsAnything(v) {
    if (Array.isArray(v)) return v.some(holdsAnything);
    if (isObject(v)) return Object.values(v).some(holdsAnything);
    return isGiven(v) && v !== false;
  }

  // Whether a control is one of a field's parts (`party.stewards[0].name`
  // of `party.stewards`).
  const partOf = (c, path) => c.path.startsWith(path) && (c.path[path.length] === '.' || c.path[path.length] === '[');

  // The form's controls that belong to the filing: found once, found again
  // when the forms' set of controls changes, and looked up by path.
  class Controls {
    constructor(names, forms) {
      this.names = names;
      this.forms = forms;
      this.list = [];
      this.ids = new Map(); // each field's first control id, for links to it
      this.byPath = new Map(); // each field's controls, for aria-describedby
      this.seen = null;
      this.values = new Map(); // each edited field's value as last validated
    }
    // Finds the controls again when the forms' controls changed; returns
    // whether it did.
    sync() {
      let count = 0;
      for (const f of this.forms) count += f.elements.length;
      this.names.coverItems(count);
      // A portal may also replace controls with new ones of the same number.
      const ends = this.list.length ? [this.list[0], this.list[this.list.length - 1]] : [];
      const replaced = ends.some((c) => !c.el.isConnected);
      if (this.seen === count && !replaced) return false;
      this.list = findControls(this.forms, this.names);
      this.ids.clear();
      this.byPath.clear();
      for (const c of this.list) {
        if (c.el.id && !this.ids.has(c.path)) this.ids.set(c.path, c.el.id);
        if (!this.byPath.has(c.path)) this.byPath.set(c.path, []);
        this.byPath.get(c.path).push(c.el);
      }
      this.seen = count;
      return true;
    }
    invalidate() {
      this.seen = null;
    }
    // The whole form as a filing, its controls found again.
    readAll() {
      this.invalidate();
      this.sync();
      this.values.clear();
      return readFiling(this.list);
    }
    // Records a field's value as edited; false when it is what was last
    // validated (an event that changed nothing).
    recordValue(path) {
      const value = fieldText(this.list, path);
      if (this.values.get(path) === value) return false;
      this.values.set(path, value);
      return true;
    }
    // The control to focus for a field: its first control, else the first
    // of one of its parts (`party.stewards` → a steward's name).
    controlFor(path) {
      this.sync();
      const c = this.list.find((c) => c.path === path) || this.list.find((c) => partOf(c, path));
      return c && isHtml(c.el) ? c.el : null;
    }
    first() {
      return this.list.length && isHtml(this.list[0].el) ? this.list[0].el : null;
    }
    // Where a field comes in the form, to list findings in the form's
    // order: its first control, else the first of one of its parts, else
    // the controls before the element marked with it; a field the form
    // does not show comes last.
    position(root, path) {
      let i = this.list.findIndex((c) => c.path === path);
      if (i >= 0) return i;
      i = this.list.findIndex((c) => partOf(c, path));
      if (i >= 0) return i;
      const mark = marked(root, this.names, path);
      if (!mark) return Infinity;
      // DOCUMENT_POSITION_PRECEDING: the control comes before the mark.
      let lo = 0, hi = this.list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (mark.compareDocumentPosition(this.list[mid].el) & 2) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
  }

  // ---- Rendering: messages beside fields, panels, mode blocks ----
  // Every text is set with textContent, never parsed as HTML.

  // `party.stewards[1].name` → `party-stewards-1--name`.
  const idPart = (path) => path.replace(/[^A-Za-z0-9_]/gu, '-');
  const messageId = (path) => `shanfang-msg-${idPart(path)}`;
  const levelPrefix = (level, lang) => (level === 'error' ? UI[lang].error : UI[lang].warning) + UI[lang].sep;
  const sameFinding = (a, b) =>
    a.field === b.field && a.code === b.code && a.message === b.message && a.level === b.level && a.clause === b.clause;

  // Adds or removes one token of a space-separated attribute.
  function toggleToken(e, attr, token, on) {
    const tokens = (e.getAttribute(attr) || '').split(/\s+/).filter((t) => t && t !== token);
    if (on) tokens.push(token);
    if (tokens.length) e.setAttribute(attr, tokens.join(' '));
    else e.removeAttribute(attr);
  }

  function toggleAttr(e, name, on) {
    if (e.hasAttribute(name) !== on) {
      if (on) e.setAttribute(name, '');
      else e.removeAttribute(name);
    }
  }

  // Where a field's message goes when it has no control of its own: the
  // element marked with its path (`data-field`, `data-items`).
  function marked(form, names, path) {
    for (const key of [path, names.nameOf(path)]) {
      const q = key.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
      try {
        const e = form.querySelector(`[data-field="${q}"], [data-items="${q}"]`);
        if (e) return e;
      } catch (e) {
        // a name no selector can hold
      }
    }
    return null;
  }

  // The clauses' words come when a message first needs them (its
  // <details>, closed until opened): the paragraphs waiting for them.
  // The box stays hidden until its words are there (offline, a portal's
  // page may never get them: no empty box then).
  const clauseWords = { zh: null, en: null };
  let waitingWords = [];
  function fillWords(details, p, clause, lang) {
    const fill = (table) => {
      p.textContent = table[clause] || '';
      details.hidden = !p.textContent;
    };
    const known = clauseWords[lang];
    if (known) return fill(known);
    details.hidden = true;
    waitingWords.push([fill, lang]);
    if (known !== null) return; // asked for already
    clauseWords[lang] = undefined;
    Promise.resolve()
      .then(() => api.words(lang))
      .then((table) => {
        clauseWords[lang] = table;
        for (const [f, l] of waitingWords) if (l === lang) f(table);
      })
      .catch(() => {
        clauseWords[lang] = null; // asked again with the next message
      })
      .then(() => {
        waitingWords = waitingWords.filter(([, l]) => l !== lang);
      });
  }

  // One field's message block; on the standalone page (`page`) each
  // clause's box links to its entry in the catalogue.
  function messageBlock(doc, id, findings, lang, page) {
    const t = UI[lang];
    const worst = findings.some((f) => f.level === 'error') ? 'error' : 'warning';
    const block = el(doc, 'div', `shanfang-message shanfang-message--${worst}`);
    block.id = id;
    for (const f of findings) {
      const p = el(doc, 'p', `shanfang-finding shanfang-finding--${f.level}`);
      p.append(el(doc, 'span', 'shanfang-level', levelPrefix(f.level, lang)), el(doc, 'span', 'shanfang-text', f.message));
      block.append(p);
      if (!f.clause) continue;
      const details = el(doc, 'details', 'shanfang-clause');
      const words = el(doc, 'p', '');
      details.append(el(doc, 'summary', '', t.clauseText(f.clause)), words);
      fillWords(details, words, f.clause, lang);
      if (page) page.linkClause(details, f.clause);
      block.append(details);
    }
    return block;
  }

  // The key of a message block kept as an unseen place (see renderMessages).
  const KEPT = '';

  // Removes a message block and its references.
  function clearBlock(r) {
    r.el.remove();
    unlink(r);
  }
  // The controls no longer refer to the block, nor are marked by it.
  function unlink(r) {
    const id = r.el.id;
    for (const c of r.controls) {
      toggleToken(c, 'aria-describedby', id, false);
      c.removeAttribute('aria-invalid');
    }
  }

  // Inserts a message block: inside the field's `data-field` container, or
  // after its container of items, or right after the control (after its
  // label for a checkbox).
  function place(form, names, path, own, block) {
    if (own.length) {
      const container = own[0].closest('[data-field]');
      if (container) {
        container.append(block);
        return true;
      }
      const last = own[own.length - 1];
      const parent = last.parentElement;
      (parent && tag(parent) === 'LABEL' ? parent : last).after(block);
      return true;
    }
    const m = marked(form, names, path);
    if (!m) return false;
    if (m.hasAttribute('data-items')) m.after(block);
    else m.append(block);
    return true;
  }

  // Puts the messages of the visible findings beside their fields,
  // updating only what changed.
  function renderMessages(s, report) {
    const { doc, form, controls, messages } = s;
    const lang = s.options.lang;
    const rendered = messages.rendered;
    const byField = new Map();
    for (const f of report.findings) {
      if (!messages.visible(f.field)) continue;
      if (!byField.has(f.field)) byField.set(f.field, []);
      byField.get(f.field).push(f);
    }
    // Remove what is fixed; but a message fixed while its text box has
    // focus keeps its place, unseen (KEPT: the class
    // `shanfang-message-kept`, styled as one), so the fields below do not
    // jump as the person types. The place goes when the message comes back
    // (into the same place) or at the first redraw once another control has
    // focus: after the click or edit that moved it, never under a tap.
    // Focus on the page itself is focus on its way between two controls
    // (the `change` a box fires as it is left): nothing moves then.
    const gone = Array.from(rendered.keys()).filter((k) => !byField.has(k)).sort();
    const active = gone.length ? doc.activeElement : null;
    const between = !active || tag(active) === 'BODY';
    const typingIn = active && active.matches('textarea, input:not([type=checkbox], [type=radio])') ? active : null;
    for (const path of gone) {
      const r = rendered.get(path);
      const here = typingIn !== null && r.controls.includes(typingIn);
      if (r.key === KEPT && (here || between)) continue;
      if (!here) {
        clearBlock(r);
        rendered.delete(path);
        continue;
      }
      unlink(r);
      r.el.setAttribute('class', 'shanfang-message-kept');
      r.el.setAttribute('aria-hidden', 'true');
      r.el.removeAttribute('id');
      // Through the CSSOM: a strict CSP refuses a `style` attribute.
      r.el.style.setProperty('visibility', 'hidden');
      r.key = KEPT;
    }
    const page = s.page && s.page.catalogue ? s.page : null;
    for (const path of Array.from(byField.keys()).sort()) {
      const findings = byField.get(path);
      const key = findings.map((f) => `${f.code}|${f.message}\n`).join('');
      const own = controls.byPath.get(path) || [];
      const r = rendered.get(path);
      if (r && r.key === key && r.el.isConnected && r.controls.length === own.length && r.controls.every((c, i) => c === own[i])) continue;
      if (r) {
        clearBlock(r);
        rendered.delete(path);
      }
      const id = messageId(path);
      const block = messageBlock(doc, id, findings, lang, page);
      if (!place(form, controls.names, path, own, block)) continue;
      const hasError = findings.some((f) => f.level === 'error');
      for (const c of own) {
        toggleToken(c, 'aria-describedby', id, true);
        if (hasError) c.setAttribute('aria-invalid', 'true');
        else c.removeAttribute('aria-invalid');
      }
      rendered.set(path, { el: block, key, controls: own });
    }
  }

  // Shows under a field how what was typed there was read ("按 1200 计"), or
  // removes that note when there is nothing to add.
  function renderReading(doc, control, path, text, shown) {
    const id = `shanfang-read-${idPart(path)}`;
    const at = shown.findIndex(([p]) => p === path);
    const note = at >= 0 ? shown[at][1] : null;
    if (text == null) {
      if (!note) return;
      note.remove();
      shown.splice(at, 1);
      toggleToken(control, 'aria-describedby', id, false);
    } else if (note) {
      if (note.textContent !== text) note.textContent = text;
    } else {
      const p = el(doc, 'p', 'shanfang-reading', text);
      p.id = id;
      // Under the number and its unit, above any message.
      (control.closest('.with-unit') || control).after(p);
      toggleToken(control, 'aria-describedby', id, true);
      shown.push([path, p]);
    }
  }

  // The position of the list item a field belongs to: `…[2].name` → 2.
  function itemIndex(field) {
    const open = field.indexOf('[');
    if (open < 0) return null;
    const close = field.indexOf(']', open);
    if (close < 0) return null;
    const digits = field.slice(open + 1, close);
    return /^\d+$/.test(digits) ? Number(digits) : null;
  }

  // The label a person sees for a control: its field container's label or
  // legend (its text only).
  function labelOf(doc, id) {
    const control = doc.getElementById(id);
    const container = control && control.closest('[data-field]');
    const label = container && container.querySelector('label, legend');
    const text = label ? words(label.textContent || '') : '';
    return text || null;
  }

  // The text of a link to a finding: the message (which names its clause),
  // the item it is about, and for a data-format finding the field's label.
  function linkText(doc, f, lang, id) {
    const t = UI[lang];
    const index = itemIndex(f.field);
    const item = index === null ? '' : t.steward(index + 1) + t.sep;
    if (f.clause) return item + f.message;
    const label = (id && labelOf(doc, id)) || f.field;
    return lang === 'zh' ? `${item}${label}（${t.dataFormat}）：${f.message}` : `${item}${label} (${t.dataFormat}): ${f.message}`;
  }

  // A link to a finding; it names its field in `data-shanfang-target` for
  // the click handler to focus.
  function findingItem(doc, f, lang, idOf) {
    const li = el(doc, 'li', `shanfang-item shanfang-item--${f.level}`);
    // The level in words, not by colour alone.
    li.append(el(doc, 'span', 'shanfang-level', levelPrefix(f.level, lang)));
    const id = idOf(f.field);
    const a = el(doc, 'a', 'shanfang-link', linkText(doc, f, lang, id));
    a.setAttribute('data-shanfang-target', f.field);
    a.setAttribute('href', id ? '#' + id : '#');
    li.append(a);
    return li;
  }

  // The findings in the order of their fields in the form (a finding
  // without a field of its own last), findings of one field in the
  // catalogue's order.
  function inFormOrder(findings, position) {
    return findings
      .map((f, i) => [position(f.field), i, f])
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
      .map((x) => x[2]);
  }

  // The live status panel: counts (announced politely) and a link to every
  // finding the person may see, in the form's order. With `collapsible`
  // (the standalone page) the counts sit in a bar whose button shows or
  // hides the list, so on a phone the form, not the list, fills the first
  // screen. `seen`: the findings shown; `verdict`: the whole report.
  function renderStatus(doc, panel, seen, lang, idOf, position, collapsible, shown, verdict) {
    const t = UI[lang];
    const errors = seen.filter((f) => f.level === 'error').length;
    const warnings = seen.length - errors;
    const toFill = verdict.errors - errors;
    const countsText =
      seen.length === 0 ? (toFill === 0 ? t.allClear : t.toFill(toFill)) : toFill === 0 ? t.counts(errors, warnings) : t.countsAndToFill(errors, warnings, toFill);
    let bar = panel.querySelector('.shanfang-status-bar');
    if (!bar) {
      bar = el(doc, 'div', 'shanfang-status-bar');
      // First in the panel: a task list the page put there comes after.
      panel.insertBefore(bar, panel.firstChild);
    }
    // The counts paragraph is kept, so screen readers announce its change.
    let counts = bar.querySelector('.shanfang-counts');
    if (!counts) {
      counts = el(doc, 'p', 'shanfang-counts');
      counts.setAttribute('role', 'status');
      bar.append(counts);
    }
    if (counts.textContent !== countsText) counts.textContent = countsText;
    // The verdict's own counts, for scripts (a portal's, the tests).
    counts.setAttribute('data-errors', String(verdict.errors));
    counts.setAttribute('data-warnings', String(verdict.warnings));
    const ordered = inFormOrder(seen, position);
    let list = shown.list;
    if (!list || !list.isConnected) {
      const old = panel.querySelector('.shanfang-status-list');
      if (old) old.remove();
      shown.items = [];
      list = el(doc, 'ul', 'shanfang-status-list');
      list.id = 'shanfang-status-list';
      panel.append(list);
      shown.list = list;
    }
    statusToggle(doc, bar, list, collapsible, ordered.length === 0, lang);
    // Keyed: keep the items whose finding is unchanged, in the new order,
    // create the new ones, drop the rest.
    const old = shown.items.slice();
    const next = [];
    for (const f of ordered) {
      const at = old.findIndex((o) => o && sameFinding(o[0], f));
      if (at >= 0) {
        next.push(old[at]);
        old[at] = null;
      } else {
        next.push([f, findingItem(doc, f, lang, idOf)]);
      }
    }
    for (const o of old) if (o) o[1].remove();
    // In order, moving only those out of place.
    let cursor = list.firstElementChild;
    for (const [, e] of next) {
      if (cursor === e) cursor = cursor.nextElementSibling;
      else if (cursor) list.insertBefore(e, cursor);
      else list.append(e);
    }
    shown.items = next;
  }

  // The button that shows or hides the status list (`open`: undefined when
  // the list is always shown). The list is marked `data-closed` while
  // closed; the page's style hides it then on a narrow screen only.
  function statusToggle(doc, bar, list, open, empty, lang) {
    const t = UI[lang];
    let button = bar.querySelector('.shanfang-status-toggle');
    if (open === undefined) {
      if (button) button.remove();
      list.removeAttribute('data-closed');
      return;
    }
    if (!button) {
      button = el(doc, 'button', 'shanfang-status-toggle');
      button.setAttribute('type', 'button');
      button.setAttribute('data-status-toggle', '');
      button.setAttribute('aria-controls', 'shanfang-status-list');
      bar.append(button);
    }
    const label = open ? t.hideList : t.showList;
    if (button.textContent !== label) button.textContent = label;
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    // Nothing to list: no button to open nothing.
    toggleAttr(button, 'hidden', empty);
    toggleAttr(list, 'data-closed', !open);
  }

  // The error summary shown on a blocked submit: a heading and a link to
  // every error, in the form's order.
  function renderSummary(doc, panel, report, lang, idOf, position) {
    panel.textContent = '';
    const errors = inFormOrder(report.findings, position).filter((f) => f.level === 'error');
    if (!errors.length) {
      panel.hidden = true;
      return;
    }
    const ul = el(doc, 'ul', 'shanfang-summary-list');
    for (const f of errors) ul.append(findingItem(doc, f, lang, idOf));
    panel.append(el(doc, 'h2', 'shanfang-summary-title', UI[lang].summaryTitle), ul);
    panel.hidden = false;
  }

  // Removes what an earlier binding rendered and a page saved with the
  // browser ("Webpage, complete") kept: message blocks, `aria-*`
  // references, panel contents. Returns whether there was any.
  function removeStale(form, summary, status) {
    let found = false;
    for (const block of all(form, '.shanfang-message, .shanfang-reading')) {
      block.remove();
      found = true;
    }
    const ours = (t) => t.startsWith('shanfang-msg-') || t.startsWith('shanfang-read-');
    for (const c of all(form, '[aria-describedby]')) {
      const refs = c.getAttribute('aria-describedby').split(/\s+/).filter(Boolean);
      if (!refs.some(ours)) continue;
      const kept = refs.filter((t) => !ours(t));
      if (kept.length) c.setAttribute('aria-describedby', kept.join(' '));
      else c.removeAttribute('aria-describedby');
      c.removeAttribute('aria-invalid');
      found = true;
    }
    if (status) {
      for (const e of all(status, '.shanfang-status-bar, .shanfang-counts, .shanfang-status-list')) {
        e.remove();
        found = true;
      }
    }
    if (summary) {
      if (summary.hasChildNodes()) {
        summary.textContent = '';
        found = true;
      }
      summary.hidden = true;
    }
    return found;
  }

  // ---- Parts shown only when they apply ----

  // Each mode's block (`data-mode`) while the mode is chosen; fields marked
  // `data-shown-when="PATH"` (true there) or `"PATH=CODE"` (CODE chosen
  // there) while it holds, or while they have a finding (a value typed
  // before the condition was undone stays reachable while it is wrong).
  class Blocks {
    constructor(form) {
      this.modes = all(form, '[data-mode]')
        .filter(isHtml)
        .map((b) => ({ code: b.getAttribute('data-mode') || '', el: b, hiddenAtStart: b.hidden }));
      this.conditional = all(form, '[data-shown-when]')
        .filter(isHtml)
        .map((e) => {
          const when = e.getAttribute('data-shown-when');
          const at = when.indexOf('=');
          return at < 0 ? { el: e, path: when, code: null } : { el: e, path: when.slice(0, at), code: when.slice(at + 1) };
        });
    }
    update(chosen, report, filing) {
      // Only a change touches the DOM.
      for (const m of this.modes) {
        const on = chosen.includes(m.code);
        if (m.el.hidden === on) m.el.hidden = !on;
      }
      for (const { el: e, path, code } of this.conditional) {
        const v = getAt(filing, path);
        const applies = code === null ? v === true : v === code || (Array.isArray(v) && v.includes(code));
        const own = e.getAttribute('data-field') || '';
        const show = applies || (own !== '' && report.findings.some((f) => f.field === own));
        if (e.hidden === show) e.hidden = !show;
      }
    }
    // Every block as the page had it before the binding.
    restore() {
      for (const c of this.conditional) c.el.hidden = false;
      for (const m of this.modes) if (m.el.hidden !== m.hiddenAtStart) m.el.hidden = m.hiddenAtStart;
    }
  }

  // ---- List rows (the red steward roster, 红色管家名册) ----
  // Added from the form's `<template data-item-template=PATH>`, removed by
  // their button, renumbered after either.

  const INDEXED_ATTRS = ['name', 'id', 'for', 'data-field', 'aria-describedby'];
  const containers = (form) => all(form, '[data-items]');
  const rowCount = (c) => c.querySelectorAll(':scope > [data-item]').length;
  // Whether a row holds a control changed since the page loaded.
  const typedInto = (row) => all(row, 'input, select, textarea').some(changedSinceLoad);

  // Adds a row to the list at `path`; returns [list, the row's first control].
  function addRow(doc, form, path) {
    const container = containers(form).find((c) => c.getAttribute('data-items') === path);
    if (!container) return null;
    const template = all(doc, 'template[data-item-template]').find((t) => t.getAttribute('data-item-template') === path);
    if (!template || !template.content) return null;
    container.append(template.content.cloneNode(true));
    const last = container.lastElementChild;
    const first = last && last.querySelector('input, select, textarea');
    return [container, isHtml(first) ? first : null];
  }

  // Replaces `PATH[n]` (or the template's `__i__`) with `PATH[index]`.
  function reindex(value, path, index) {
    const open = path + '[';
    let rest = value.split('__i__').join(String(index));
    let out = '';
    for (let at = rest.indexOf(open); at >= 0; at = rest.indexOf(open)) {
      out += rest.slice(0, at + open.length);
      rest = rest.slice(at + open.length);
      const digits = /^\d+/.exec(rest);
      if (digits && rest[digits[0].length] === ']') {
        out += index;
        rest = rest.slice(digits[0].length);
      }
    }
    return out + rest;
  }

  // Names, ids, labels and legends follow each row's position.
  function renumber(container, lang) {
    const path = container.getAttribute('data-items') || '';
    let index = 0;
    for (const item of Array.from(container.children)) {
      if (!item.hasAttribute('data-item')) continue;
      for (const e of all(item, '*')) {
        for (const attr of INDEXED_ATTRS) {
          const v = e.getAttribute(attr);
          if (v === null) continue;
          const nv = reindex(v, path, index);
          if (nv !== v) e.setAttribute(attr, nv);
        }
      }
      const legend = item.querySelector('legend');
      if (legend) {
        legend.setAttribute('data-zh', UI.zh.steward(index + 1));
        legend.setAttribute('data-en', UI.en.steward(index + 1));
        legend.textContent = UI[lang].steward(index + 1);
      }
      index++;
    }
  }

  // Where focus goes when `row` is removed: the row taking its place, else
  // the one before, else the list's add button; never <body>.
  function focusAfterRemoving(doc, row) {
    const isRow = (e) => e && e.hasAttribute('data-item');
    const next = isRow(row.nextElementSibling) ? row.nextElementSibling : isRow(row.previousElementSibling) ? row.previousElementSibling : null;
    const control = next && next.querySelector('input, select, textarea');
    if (isHtml(control)) return control;
    const path = row.parentElement && row.parentElement.getAttribute('data-items');
    let button = null;
    try {
      button = path !== null && path !== undefined ? doc.querySelector(`[data-add="${path}"]`) : null;
    } catch (e) {
      // a path no selector can hold
    }
    return isHtml(button) ? button : null;
  }

  // ---- The task list (issue 30) ----
  // The form's sections (`fieldset.section`, or a portal's
  // `[data-shanfang-section]`), each 未开始 / 未完成 / 已完成 with what is
  // left (requirements still needed, recommendations beside), GOV.UK's
  // "task list"; a section the page hides (a mode not chosen) is not
  // listed. A finding belongs to the section holding its field's control.

  const SECTION = 'fieldset.section, [data-shanfang-section]';

  // Something typed or chosen by the person: a value other than the one the
  // page shipped with (a unit's default radio, a preset role are not).
  function actedOn(e) {
    switch (e.type) {
      case 'checkbox':
      case 'radio':
        return !!e.checked && !e.defaultChecked;
      case 'select-one': {
        const i = e.selectedIndex;
        if (i < 0 || !e.value) return false;
        return !e.options[i].defaultSelected;
      }
      default: {
        const v = typeof e.value === 'string' ? e.value : '';
        return v.trim() !== '' && v !== e.defaultValue;
      }
    }
  }

  // A section's heading: a portal's `data-shanfang-section="…"`, else its
  // legend's or first heading's text.
  function sectionTitle(section) {
    const own = section.getAttribute('data-shanfang-section');
    if (own && own.trim()) return own;
    const heading = section.querySelector(':scope > legend, h2, h3');
    return heading ? words(heading.textContent || '') : '';
  }

  const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

  class Tasks {
    constructor(panel) {
      this.panel = panel;
      this.shown = null; // [lang, tasks]
      this.layout = null;
      this.acted = [];
      this.edited = null;
    }
    // One field was edited: only its section is looked at again.
    editedField(path) {
      if (this.panel) this.edited = path;
    }
    findLayout(form, controls) {
      const sections = all(form, SECTION).filter((s) => !(s.parentElement && s.parentElement.closest(SECTION)));
      return {
        sections,
        titles: sections.map(sectionTitle),
        member: controls.map((c) => {
          const i = sections.findIndex((s) => s.contains(c.el));
          return i < 0 ? null : i;
        }),
        ofField: new Map(),
        first: controls.length ? controls[0].el : null,
      };
    }
    sectionActed(controls, i) {
      const m = this.layout.member;
      return controls.some((c, k) => m[k] === i && actedOn(c.el));
    }
    draw(form, controls, report, position, lang) {
      if (!this.panel) return;
      const edited = this.edited;
      this.edited = null;
      const l = this.layout;
      if (!l || l.member.length !== controls.length || l.first !== (controls.length ? controls[0].el : null)) {
        this.layout = this.findLayout(form, controls);
        this.acted = [];
      }
      const layout = this.layout;
      let only;
      if (edited !== null && this.acted.length === layout.sections.length) {
        const k = controls.findIndex((c) => c.path === edited);
        if (k >= 0) only = layout.member[k];
      }
      if (only === undefined) this.acted = layout.sections.map((_, i) => this.sectionActed(controls, i));
      else if (only !== null) this.acted[only] = this.sectionActed(controls, only);
      const tasks = layout.sections.map((s, i) => ({ id: s.id, title: layout.titles[i], state: 'not-started', needed: 0, advice: 0 }));
      for (const f of report.findings) {
        let section;
        if (layout.ofField.has(f.field)) section = layout.ofField.get(f.field);
        else {
          const m = layout.member[position(f.field)];
          section = m === undefined ? null : m;
          layout.ofField.set(f.field, section);
        }
        if (section === null) continue;
        if (f.level === 'error') tasks[section].needed++;
        else tasks[section].advice++;
      }
      tasks.forEach((t, i) => {
        t.state = !this.acted[i] ? 'not-started' : t.needed === 0 ? 'completed' : 'in-progress';
      });
      // A hidden section (a mode not chosen) is not a task.
      const visible = tasks.filter((_, i) => !layout.sections[i].closest('[hidden]'));
      const same = (a, b) => a.id === b.id && a.title === b.title && a.state === b.state && a.needed === b.needed && a.advice === b.advice;
      const shown = this.shown;
      if (shown && shown[0] === lang && shown[1].length === visible.length && shown[1].every((t, i) => same(t, visible[i]))) return;
      this.render(visible, shown && shown[0] === lang ? shown[1] : null, lang, same);
      this.shown = [lang, visible];
    }
    // Written as markup, one call instead of a few per line; when only some
    // lines changed (a keystroke: one section's count), only those lines
    // (the whole list written anew was restyled and laid out on each key).
    render(tasks, before, lang, same) {
      const panel = this.panel;
      const t = UI[lang];
      if (!tasks.length) {
        panel.innerHTML = '';
        return;
      }
      if (before && before.length === tasks.length && before.every((b, i) => b.id === tasks[i].id)) {
        const lines = panel.querySelectorAll('li.shanfang-task');
        if (lines.length === tasks.length) {
          tasks.forEach((task, i) => {
            if (!same(task, before[i])) lines[i].outerHTML = this.line(task, t);
          });
          return;
        }
      }
      const titleId = (panel.id || 'shanfang-tasks') + '-title';
      // The heading names the list (and the landmark, when the panel is one).
      if (!panel.hasAttribute('aria-label')) panel.setAttribute('aria-labelledby', titleId);
      panel.innerHTML =
        `<h2 class="shanfang-tasks-title" id="${escapeHtml(titleId)}">${t.tasksLabel}</h2><ol class="shanfang-tasks">` +
        tasks.map((task) => this.line(task, t)).join('') +
        '</ol>';
    }
    line(task, t) {
      const state = { 'not-started': t.notStarted, 'in-progress': t.inProgress, completed: t.completed }[task.state];
      const left = [];
      if (task.needed > 0) left.push(t.stillNeeded(task.needed));
      if (task.advice > 0) left.push(t.advice(task.advice));
      const id = escapeHtml(task.id);
      return (
        `<li class="shanfang-task" data-state="${task.state}" data-section="${id}"><a class="shanfang-task-name" href="#${id}">` +
        `${escapeHtml(task.title)}</a> <strong class="shanfang-task-state">${state}</strong>` +
        (left.length ? ` <span class="shanfang-task-left">${left.join(' · ')}</span>` : '') +
        '</li>'
      );
    }
    // Drawn again at the next verdict, its titles read again.
    forget() {
      this.shown = null;
      this.layout = null;
      this.acted = [];
    }
    clear() {
      if (this.panel) this.panel.innerHTML = '';
      this.forget();
    }
  }

  // ---- What a person sees of the findings ----

  class Messages {
    constructor() {
      // Fields edited and left (or filled from a draft): their messages show
      // and follow every keystroke.
      this.touched = new Set();
      // Fields typed into for the first time: their messages wait until the
      // field is left, so "139" does not already read as a wrong phone.
      this.typing = new Set();
      // A submit was tried: every message shows.
      this.submitted = false;
      this.rendered = new Map(); // path → { el, key, controls }
      this.readings = []; // [path, note]: "按 1200 计"
    }
    // Marks a field as edited, with the groups and lists it is part of
    // (`party.stewards[1].name` also touches `party.stewards[1]` and
    // `party.stewards`), so a finding on a list shows once an item is edited.
    touch(path) {
      let end = path.length;
      for (;;) {
        const part = path.slice(0, end);
        this.touched.add(part);
        const i = Math.max(part.lastIndexOf('.'), part.lastIndexOf('['));
        if (i > 0) end = i;
        else break;
      }
    }
    anythingEntered() {
      return this.touched.size > 0 || this.typing.size > 0 || this.submitted;
    }
    // A list row went: what was recorded of list items is stale.
    forgetItems() {
      for (const set of [this.touched, this.typing]) for (const p of Array.from(set)) if (p.includes('[')) set.delete(p);
    }
    // Whether a finding on `field` shows: the person acted on the field (a
    // unit's with its number), or tried to submit.
    visible(field) {
      return this.submitted || this.touched.has(field) || (field.endsWith('_unit') && this.touched.has(field.slice(0, -5)));
    }
    clear() {
      for (const r of this.rendered.values()) clearBlock(r);
      this.rendered.clear();
      this.touched.clear();
      this.typing.clear();
      this.submitted = false;
    }
  }

  // The page title in each language, and as it reads now (without the
  // error prefix "错误：", which it carries while the summary is up).
  class Title {
    constructor(doc, title) {
      const zh = doc.querySelector('title[data-zh]');
      const en = doc.querySelector('title[data-en]');
      // A page saved while in English keeps the Chinese title here.
      this.zh = zh ? zh.getAttribute('data-zh') : title;
      this.en = en ? en.getAttribute('data-en') : null;
      this.now = title;
    }
    keepChinese(doc) {
      const t = doc.querySelector('title[data-en]');
      if (t) t.setAttribute('data-zh', this.zh);
    }
    sync(doc, lang, error) {
      this.now = this.en !== null && lang === 'en' ? this.en : this.zh;
      const want = error ? UI[lang].titlePrefix + this.now : this.now;
      if (doc.title !== want) doc.title = want;
    }
  }

  // ---- An attached binding's state ----

  // What to do once the state is released (events may re-enter).
  const after = (more) => Object.assign({ events: [], focus: null, reveal: false, prevent: false }, more);

  class State {
    // The standalone page's features live in api.page (js/dom-page.js),
    // which calls back into these.
    refresh() {
      return this.takeFiling(this.controls.readAll());
    }
    // `filing`: the whole form, read again (Controls.readAll, which also
    // forgets what was recorded per field).
    takeFiling(filing) {
      this.filing = filing;
      this.showReadings(null);
      return this.revalidate();
    }
    // After an edit of one field: re-reads only that field (the whole form
    // when its controls changed), validates, renders.
    refreshField(path) {
      if (this.controls.sync()) {
        this.controls.values.clear();
        this.filing = readFiling(this.controls.list);
      } else {
        this.filing = updateFiling(this.filing, this.controls.list, path);
      }
      this.showReadings(path);
      this.tasks.editedField(path);
      return this.revalidate();
    }
    // Saves the draft, validates the filing the form holds, and shows the
    // verdict: blocks that apply, messages, panels, title; then
    // `shanfang-report` goes out.
    revalidate() {
      const filing = this.filing;
      this.saveDraft(filing);
      let report;
      try {
        report = api.validate(JSON.stringify(filing), this.options);
      } catch (e) {
        return after();
      }
      const modes = Array.isArray(filing.modes) ? filing.modes : [];
      this.blocks.update(modes, report, filing);
      if (this.inline) renderMessages(this, report);
      this.drawPanels(report);
      const { form, controls } = this;
      this.tasks.draw(form, controls.list, report, (p) => controls.position(form, p), this.options.lang);
      const error = !report.submittable && this.summaryShown();
      this.title.sync(this.doc, this.options.lang, error);
      this.last = report;
      return after({ events: [['shanfang-report', api.eventDetail(filing, report), false]] });
    }
    // Under each number and phone field (or only `path`'s), how what was
    // typed there was read.
    showReadings(path) {
      if (!this.inline) return;
      const lang = this.options.lang;
      for (const c of this.controls.list) {
        if (path !== null && c.path !== path) continue;
        if (c.how !== TEXT || tag(c.el) !== 'INPUT') continue;
        if (!(c.kind === 'count' || c.kind === 'number' || c.path.endsWith('].phone'))) continue;
        const read = api.reading(c.path, c.kind, c.el.value, lang);
        renderReading(this.doc, c.el, c.path, read, this.messages.readings);
      }
      // Rows removed since: their notes went with them.
      this.messages.readings = this.messages.readings.filter(([, note]) => note.isConnected);
    }
    summaryShown() {
      return !!this.summary && !this.summary.hidden;
    }
    // The "passed" panel goes the moment the filing it was about changes.
    hideDone() {
      if (this.page) this.page.hideDone();
    }
    dropCleared() {
      if (this.page) this.page.dropCleared();
    }
    // Draws the panels: the status list when its findings changed, the
    // summary when it is up. The status list holds only what the person may
    // see (fields acted on, or everything after a submit was tried); the
    // rest is counted in neutral words.
    drawPanels(report) {
      const lang = this.options.lang;
      const { form, controls, messages } = this;
      const idOf = (p) => controls.ids.get(p);
      const position = (p) => controls.position(form, p);
      if (this.status) {
        const seen = report.findings.filter((f) => messages.visible(f.field));
        const was = this.statusShown;
        const unchanged =
          was && was.lang === lang && was.errors === report.errors && was.warnings === report.warnings &&
          was.findings.length === seen.length && was.findings.every((f, i) => sameFinding(f, seen[i]));
        if (!unchanged) {
          if (was && was.lang !== lang) this.statusItems = { list: null, items: [] };
          const collapsible = this.page ? this.page.statusOpen : undefined;
          renderStatus(this.doc, this.status, seen, lang, idOf, position, collapsible, this.statusItems, report);
          this.statusShown = { lang, findings: seen, errors: report.errors, warnings: report.warnings };
        }
      }
      if (this.summaryShown()) renderSummary(this.doc, this.summary, report, lang, idOf, position);
    }
    // Shows the error summary for `report` (a blocked submit).
    showSummary(report) {
      this.controls.sync();
      const { form, controls } = this;
      if (!this.summary) return;
      renderSummary(this.doc, this.summary, report, this.options.lang, (p) => controls.ids.get(p), (p) => controls.position(form, p));
      // It takes focus on a blocked submit, whatever the portal's markup.
      if (!this.summary.hasAttribute('tabindex')) this.summary.setAttribute('tabindex', '-1');
    }
    // Adds a row to the list at `path`; returns its first control to focus.
    addItem(path) {
      this.controls.invalidate();
      const added = addRow(this.doc, this.form, path);
      if (!added) return null;
      // The new row's names, when `fields` is a function, are asked for now.
      this.controls.names.coverItems(added[0].children.length);
      renumber(added[0], this.options.lang);
      return added[1] || null;
    }
    // Puts a filing's JSON text into the form: as many rows as it has, then
    // every value. With `keepTyped`, what the person typed before the
    // binding started wins, field by field (and the rows typed into stay).
    // Fields holding a value count as touched.
    restoreFrom(text, keepTyped) {
      let saved;
      try {
        saved = JSON.parse(text);
      } catch (e) {
        return;
      }
      for (const c of containers(this.form)) {
        const path = c.getAttribute('data-items') || '';
        const list = getAt(saved, path);
        if (!Array.isArray(list)) continue;
        // Rows beyond the text's go, except up to the last one typed into
        // before the binding started.
        let typedRows = 0;
        if (keepTyped) {
          const rows = all(c, ':scope > [data-item]');
          for (let i = rows.length - 1; i >= 0; i--) {
            if (typedInto(rows[i])) {
              typedRows = i + 1;
              break;
            }
          }
        }
        const want = Math.max(list.length, typedRows);
        while (rowCount(c) > want) {
          const last = c.querySelector(':scope > [data-item]:last-of-type');
          if (!last) break;
          last.remove();
        }
        while (rowCount(c) < Math.min(want, MAX_LIST_ITEMS)) {
          if (!this.addItem(path)) break;
        }
        renumber(c, this.options.lang);
      }
      this.controls.invalidate();
      this.controls.sync();
      const controls = this.controls.list;
      const typedPaths = new Set(keepTyped ? controls.filter((c) => changedSinceLoad(c.el)).map((c) => c.path) : []);
      const typed = typedPaths.size ? readFiling(controls) : null;
      writeFiling(controls, saved);
      if (typed) writeFiling(controls.filter((c) => typedPaths.has(c.path)), typed);
      for (const c of controls) {
        if (typedPaths.has(c.path) || isGiven(getAt(saved, c.path))) this.messages.touch(c.path);
      }
    }
    // The form as the page shipped it: no values, its list rows, no
    // messages, no submit tried.
    emptyForm() {
      for (const f of this.controls.forms) f.reset();
      for (const [container, pristine] of this.pristineRows) {
        const fresh = pristine.cloneNode(true);
        container.textContent = '';
        while (fresh.firstChild) container.append(fresh.firstChild);
      }
      this.messages.clear();
      if (this.summary) this.summary.hidden = true;
      if (this.page) this.page.hideDone();
      this.doc.title = this.title.now;
      this.applyLang();
    }

    // Drafts (草稿): kept by the package's glue (js/glue.js), a moment
    // after the last edit and at once when the page is hidden. Saved once
    // the person entered something (a page only opened leaves none behind),
    // never while a filing is viewed read-only.
    saveDraft(filing) {
      if (this.viewing !== null || !(this.messages.anythingEntered() || this.changedByCode)) return;
      if (this.draftKey !== null) api.drafts.save(this.draftKey, filing);
    }
    // What is kept in localStorage beside the draft (`-lang`, and the
    // page's `-cleared`, `-replaced`), by its suffix; null without a draft
    // key or where storage is refused.
    stored(suffix) {
      try {
        return this.draftKey === null ? null : localStorage.getItem(this.draftKey + suffix);
      } catch (e) {
        return null;
      }
    }
    // Keeps `text` beside the draft (null: drops it); where storage is
    // refused, it holds for this page only.
    store(suffix, text) {
      if (this.draftKey === null) return;
      try {
        if (text === null) localStorage.removeItem(this.draftKey + suffix);
        else localStorage.setItem(this.draftKey + suffix, text);
      } catch (e) {
        // storage refused
      }
    }
    restoreDraft() {
      if (this.draftKey === null) return;
      const text = api.drafts.load(this.draftKey);
      if (text !== null && text !== undefined) this.restoreFrom(text, true);
    }
    // Another tab of the same page saved the same draft (`text`): its fields
    // come into this form, except those edited here since, which stay and
    // are saved over it, so neither tab drops what the other typed (a list
    // edited here is kept whole). False when the text is no filing.
    mergeDraft(text) {
      let theirs;
      try {
        theirs = JSON.parse(text);
      } catch (e) {
        return false;
      }
      if (!isObject(theirs)) return false;
      const ours = this.filing;
      const edited = Array.from(this.editedHere).sort();
      this.editedHere.clear();
      for (const path of edited) {
        const whole = path.split('[')[0];
        const mine = getAt(ours, whole);
        if (JSON.stringify(mine) !== JSON.stringify(getAt(theirs, whole))) setAt(theirs, whole, mine);
      }
      this.restoreFrom(JSON.stringify(theirs), false);
      return true;
    }

    // The language of messages and, on the standalone page, of the page.
    setLang(lang) {
      this.options.lang = lang;
      this.store('-lang', lang);
      this.applyLang();
      if (this.page) this.page.relang();
      this.statusShown = null;
      this.tasks.forget();
      return this.refresh();
    }
    storedLang() {
      const v = this.stored('-lang');
      return v === 'zh' || v === 'en' ? v : null;
    }
    // Makes the form (the page, when standalone) show the current language:
    // `data-en` texts, the `lang` attribute, the switch's label.
    applyLang() {
      const scope = this.page ? this.doc.documentElement : this.form;
      if (!scope) return;
      const en = this.options.lang === 'en';
      if (this.page) scope.setAttribute('lang', en ? 'en' : 'zh-CN');
      // A page in Chinese never switched (no `data-zh` recorded) already
      // shows what it should: walking its texts would be half of `attach`.
      if (!en && !scope.querySelector('[data-zh]:not(legend):not(title)')) return;
      // The <title> is the Title's (it carries the error prefix).
      for (const e of all(scope, '[data-en]:not(title)')) {
        if (!e.hasAttribute('data-zh')) e.setAttribute('data-zh', e.textContent || '');
        const want = e.getAttribute(en ? 'data-en' : 'data-zh') || '';
        if (e.textContent !== want) e.textContent = want;
      }
      for (const e of all(scope, '[data-lang-switch]')) {
        e.textContent = UI[this.options.lang].switchTo;
        e.setAttribute('lang', en ? 'zh-CN' : 'en');
      }
      for (const c of containers(this.form)) renumber(c, this.options.lang);
    }

    // The read-only view (`view(text)`): a filing shown with every finding,
    // the form disabled; `endView()` puts back what the form held.
    view(text) {
      try {
        api.validate(text, undefined);
      } catch (e) {
        throw new Refusal((this.options.lang === 'zh' ? '不是申报文件：' : 'not a filing: ') + e.message);
      }
      if (this.viewing === null) this.viewing = JSON.stringify(this.filing);
      this.emptyForm();
      this.restoreFrom(text.replace(/^\uFEFF/, ''), false);
      this.messages.submitted = true;
      this.setReadOnly(true);
    }
    endView() {
      const before = this.viewing;
      if (before === null) return;
      this.viewing = null;
      this.emptyForm();
      this.setReadOnly(false);
      this.restoreFrom(before, false);
      // The filing is the form's again at once.
      this.controls.sync();
      this.filing = readFiling(this.controls.list);
    }
    setReadOnly(on) {
      for (const form of this.controls.forms) for (const f of all(form, ':scope > fieldset')) f.disabled = on;
      toggleToken(this.form, 'class', 'shanfang-read-only', on);
    }
  }

  // ---- Events ----

  // Whether an `input` on `e` is a keystroke in text still being typed (its
  // message waits until the field is left), not a choice made at once.
  function isTyping(target, event) {
    if (event.type !== 'input' || !target) return false;
    const t = tag(target);
    if (t === 'TEXTAREA') return true;
    return t === 'INPUT' && ['text', 'tel', 'number', 'email', 'search', 'url', ''].includes(target.type);
  }
  const targetOf = (event) => (event.target && event.target.nodeType === 1 ? event.target : null);
  const pathOfTarget = (s, event) => {
    const t = targetOf(event);
    const name = t && t.getAttribute('name');
    return name === null || name === undefined ? undefined : s.controls.names.pathOf(name);
  };

  const handlers = {
    // `input` and `change`: the edited field is read again and the filing
    // validated (the whole form, for a control outside the filing).
    edit(s, event) {
      const path = pathOfTarget(s, event);
      if (path === undefined) {
        s.hideDone();
        return s.refresh();
      }
      const typing = isTyping(targetOf(event), event);
      // A click on a checkbox fires `input` and `change`: the second finds
      // the field as the first left it and does nothing.
      const already = s.messages.touched.has(path);
      if (!s.controls.recordValue(path) && (already || typing)) return after();
      // "Passed" was said of the filing before this edit.
      s.hideDone();
      if (typing && !already) s.messages.typing.add(path);
      else {
        s.messages.typing.delete(path);
        s.messages.touch(path);
      }
      s.editedHere.add(path);
      s.dropCleared();
      return s.refreshField(path);
    },
    // A field typed into is left: from now on its message shows.
    leave(s, event) {
      const path = pathOfTarget(s, event);
      if (path === undefined || !s.messages.typing.has(path)) return after();
      s.messages.typing.delete(path);
      s.messages.touch(path);
      return s.revalidate();
    },
    // Another tab saved the same draft: merged into this form. Removed
    // there (清空草稿): this tab keeps its form; its next edit saves it.
    storage(s, event) {
      if (s.draftKey === null || event.key !== s.draftKey || event.newValue === null) return after();
      if (!s.mergeDraft(event.newValue)) return after();
      s.hideDone();
      return s.refresh();
    },
    // A submit: blocked while an error stands (the summary takes focus, the
    // title says so), else `shanfang-submit` (cancelable) goes out.
    submit(s) {
      s.messages.submitted = true;
      const a = s.refresh();
      const report = s.last;
      if (!report) return a;
      if (!report.submittable && s.blockSubmit) {
        a.prevent = true;
        s.hideDone();
        if (s.summary) {
          s.showSummary(report);
          a.focus = s.summary;
          a.reveal = true;
        } else {
          const first = report.findings.find((f) => f.level === 'error');
          if (first) a.focus = s.controls.controlFor(first.field);
        }
        s.doc.title = UI[s.options.lang].titlePrefix + s.title.now;
        return a;
      }
      if (s.summary) s.summary.hidden = true;
      s.doc.title = s.title.now;
      a.events.push(['shanfang-submit', api.eventDetail(s.filing, report), true]);
      if (s.page) s.page.submitted(a, report);
      return a;
    },
    // Clicks: links to a field, the lists' add and remove buttons, and on
    // the standalone page its own buttons.
    click(s, event) {
      const t = targetOf(event);
      if (!t) return after();
      const find = (sel) => t.closest(sel);
      const link = find('[data-shanfang-target]');
      if (link) {
        event.preventDefault();
        return after({ focus: s.controls.controlFor(link.getAttribute('data-shanfang-target') || '') });
      }
      if (!s.form.contains(t) && !s.page) return after();
      if (s.page) {
        const a = s.page.clickBefore(find);
        if (a) return a;
      }
      if (find('[data-status-toggle]')) {
        if (s.page) s.page.toggleStatus();
        // Drawn again with the new state, from the current verdict.
        s.statusShown = null;
        return s.revalidate();
      }
      const add = find('[data-add]');
      if (add) {
        const path = add.getAttribute('data-add') || '';
        s.hideDone();
        s.editedHere.add(path);
        const focus = s.addItem(path);
        const a = s.refresh();
        a.focus = focus;
        return a;
      }
      const remove = find('[data-remove]');
      const row = remove && remove.closest('[data-item]');
      if (row) {
        s.hideDone();
        const focus = focusAfterRemoving(s.doc, row);
        const container = row.parentElement;
        row.remove();
        s.messages.forgetItems();
        s.controls.invalidate();
        if (container) {
          renumber(container, s.options.lang);
          // Removing a row edits the list: its own messages (5.1.2) show.
          const path = s.controls.names.pathOf(container.getAttribute('data-items') || '');
          if (path !== undefined) {
            s.messages.touch(path);
            s.editedHere.add(path);
          }
        }
        const a = s.refresh();
        a.focus = focus;
        return a;
      }
      return s.page ? s.page.click(find) || after() : after();
    },
  };

  // Dispatches events and moves focus with the state released, so a
  // listener may call back into the binding.
  function runAfter(s, a, event) {
    if (!a.events.length && !a.focus && !a.prevent) return;
    let prevent = a.prevent;
    for (const [name, detail, cancelable] of a.events) {
      const ev = new CustomEvent(name, { detail, bubbles: true, cancelable });
      if (!s.form.dispatchEvent(ev) && cancelable) prevent = true;
    }
    if (prevent && event) event.preventDefault();
    if (a.focus) {
      a.focus.focus();
      if (a.reveal) a.focus.scrollIntoView(true);
    }
  }

  // Whether the browser goes on with the same edit after this event: a
  // click on a checkbox, a radio or a select fires `input` then `change` in
  // one task. The binding's events for such an `input` wait for the next
  // task, so a listener updating a framework's state (Vue re-renders in a
  // microtask, between the two) cannot undo the click before the
  // framework's own `change` handler (`v-model`) has seen it.
  const completesLater = (event) => event.type === 'input' && targetOf(event) !== null && !isTyping(targetOf(event), event);

  // Runs `work(s)` with the state marked busy. What throws inside leaves
  // it so: the binding then answers every call "busy" rather than go on
  // from a state half updated, and the standalone page, whose health check
  // asks `filing()`, keeps what was typed and starts a new binding.
  function exclusive(s, work) {
    s.busy = true;
    const a = work(s);
    s.busy = false;
    return a;
  }

  // Runs `handler` on the state unless it is busy (an event the browser
  // fires inside a handler, as a focused row removed fires `focusout`, had
  // nothing to do); then dispatches and focuses, the state released.
  function listen(s, target, type, handler) {
    const listener = (event) => {
      if (s.busy || !s.attached) return;
      const a = exclusive(s, (st) => handler(st, event));
      if (completesLater(event) && a.events.length) {
        const events = a.events;
        a.events = [];
        setTimeout(() => {
          if (s.attached && !s.busy) runAfter(s, after({ events }), null);
        }, 0);
      }
      runAfter(s, a, event);
    };
    target.addEventListener(type, listener);
    s.listeners.push([target, type, listener]);
  }

  function elementOption(doc, options, key, defaultId) {
    const v = option(options, key);
    if (isHtml(v)) return v;
    const id = typeof v === 'string' ? v : defaultId;
    const e = id ? doc.getElementById(id) : null;
    return isHtml(e) ? e : null;
  }

  // An attached validator; `detach()` removes everything it added.
  class Binding {
    constructor(token, s) {
      if (token !== ATTACHED) throw new TypeError('a Binding comes from attach(form, options)');
      Object.defineProperty(this, '_s', { value: s });
    }
    // Runs `f` on the state, then dispatches and focuses with it released;
    // what `f` throws (what the person is told) is thrown on.
    _act(f) {
      const s = this._s;
      if (s.busy) throw new Error('the binding is busy');
      let a;
      try {
        a = exclusive(s, f);
      } catch (e) {
        // What the person is told (a file that is not a filing) changed
        // nothing: the binding goes on.
        if (!(e instanceof Refusal)) throw e;
        s.busy = false;
        throw new Error(e.message);
      }
      runAfter(s, a, null);
      return s.last ? JSON.parse(JSON.stringify(s.last)) : null;
    }
    /** Re-reads the form and validates it now; returns the report. */
    validate() {
      return this._act((s) => s.refresh());
    }
    /** Validates again when code changed the form (a framework's render, a
     *  "fill example" button); otherwise does nothing. The current report. */
    refresh() {
      return this._act((s) => {
        const now = s.controls.readAll();
        if (s.last && JSON.stringify(now) === JSON.stringify(s.filing)) return after();
        s.changedByCode = true;
        s.hideDone();
        return s.takeFiling(now);
      });
    }
    /** Shows the messages of every field inside `within`; the report. */
    reveal(within) {
      return this._act((s) => {
        s.controls.sync();
        for (const c of s.controls.list) if (within && within.contains(c.el)) s.messages.touch(c.path);
        return s.revalidate();
      });
    }
    /** The filing as read from the form now. */
    filing() {
      const s = this._s;
      if (s.busy) throw new Error('the binding is busy');
      s.controls.sync();
      return JSON.parse(JSON.stringify(readFiling(s.controls.list)));
    }
    /** Switches the language of messages (and of the standalone page). */
    setLang(lang) {
      if (lang !== 'zh' && lang !== 'en') throw new Error(`lang must be "zh" or "en", not ${quoted(lang)}`);
      this._act((s) => s.setLang(lang));
    }
    /** Opens a filing file's text into the form; throws, changing nothing,
     *  when it is not a filing. */
    open(text, name) {
      this._act((s) => {
        if (!s.page) throw new Refusal('open: this entry has no standalone page (the main entry has)');
        return s.page.open(String(text), String(name));
      });
    }
    /** Shows a filing (JSON text) read-only with all its findings; throws,
     *  changing nothing, for a text that is not a filing. */
    view(text) {
      this._act((s) => {
        s.view(String(text));
        s.hideDone();
        return s.refresh();
      });
    }
    /** Ends `view()`: the form holds what it held before. */
    endView() {
      this._act((s) => {
        s.endView();
        return s.refresh();
      });
    }
    /** Removes every listener and element the binding added, and the
     *  attributes it set on the portal's controls. */
    detach() {
      const s = this._s;
      if (s.busy || !s.attached) return;
      s.attached = false;
      api.drafts.flush();
      for (const [target, type, listener] of s.listeners.splice(0)) target.removeEventListener(type, listener);
      const notes = s.messages.readings.splice(0);
      s.messages.clear();
      for (const [path, note] of notes) {
        note.remove();
        for (const c of s.controls.byPath.get(path) || []) toggleToken(c, 'aria-describedby', note.id, false);
      }
      for (const panel of [s.summary, s.status]) if (panel) panel.textContent = '';
      s.tasks.clear();
      if (s.page) s.page.detach();
      if (s.summary) s.summary.hidden = true;
      s.blocks.restore();
      s.doc.title = s.title.now;
    }
    /** Kept for the module-backed binding's callers: nothing to free. */
    free() {}
  }
  const ATTACHED = {};

  /** Attaches the validator to a form (see `AttachOptions`). */
  function attach(form, options) {
    if (!isObject(form) || form.nodeType !== 1) throw new Error('attach needs a <form>, or an element with forms in it');
    const doc = form.ownerDocument;
    if (!doc) throw new Error('the form is not in a document');
    const forms = formsOf(form);
    if (!forms.length) throw new Error('attach needs a <form>, or an element with forms in it');
    const names = new Names(option(options, 'fields'));
    const opts = {};
    for (const key of ['lang', 'promote']) if (option(options, key) !== undefined) opts[key] = option(options, key);
    // The options as the validator reads them: a bad one throws here.
    api.validate('{}', opts);
    if (opts.lang === undefined) opts.lang = 'zh';
    const standalone = option(options, 'standalone') === true;
    const messagesOption = option(options, 'messages');
    if (typeof messagesOption === 'string' && messagesOption !== 'inline' && messagesOption !== 'none') {
      throw new Error(`messages must be "inline" or "none", not ${quoted(messagesOption)}`);
    }
    if (standalone && !api.page) throw new Error('standalone: this entry has no standalone page (the main entry has)');
    const blockSubmit = option(options, 'blockSubmit');
    const draft = option(options, 'draft');
    const s = new State();
    Object.assign(s, {
      doc,
      form,
      options: opts,
      inline: messagesOption !== 'none',
      blockSubmit: typeof blockSubmit === 'boolean' ? blockSubmit : true,
      summary: elementOption(doc, options, 'summary', standalone ? 'shanfang-summary' : null),
      status: elementOption(doc, options, 'status', standalone ? 'shanfang-status' : null),
      statusShown: null,
      statusItems: { list: null, items: [] },
      filing: {},
      last: null,
      controls: new Controls(names, forms),
      messages: new Messages(),
      tasks: new Tasks(elementOption(doc, options, 'tasks', standalone ? 'shanfang-tasks' : null)),
      blocks: new Blocks(form),
      // The lists as the page shipped them, for an emptied form.
      pristineRows: containers(form).map((c) => [c, c.cloneNode(true)]),
      draftKey: typeof draft === 'string' ? draft : null,
      // Fields edited here since the draft was last shared with another tab.
      editedHere: new Set(),
      // Code changed the form (`refresh()` found another filing): the draft
      // is saved, as after typing.
      changedByCode: false,
      viewing: null, // what the form held (JSON text) while a filing is viewed
      page: null,
      listeners: [],
      busy: false,
      attached: true,
    });
    if (standalone) s.page = api.page(s, { UI, el, all, words, after, holdsAnything, levelPrefix, Refusal });
    // A page saved from the browser keeps what the last binding rendered:
    // start from the page as shipped (the title too, without the prefix).
    let title = doc.title;
    const stale = removeStale(form, s.summary, s.status);
    if ((s.page && s.page.removeStale()) || stale) {
      for (const lang of ['zh', 'en']) {
        if (title.startsWith(UI[lang].titlePrefix)) {
          title = title.slice(UI[lang].titlePrefix.length);
          doc.title = title;
          break;
        }
      }
    }
    s.title = new Title(doc, title);
    exclusive(s, () => {
      // A saved language wins over the option, so a reload keeps it.
      const stored = s.storedLang();
      if (stored) s.options.lang = stored;
      s.restoreDraft();
      if (s.page) s.page.findKept();
      s.title.keepChinese(doc);
      // A page as shipped is in Chinese: applyLang leaves it alone unless
      // English is wanted or an earlier binding swapped its texts.
      s.applyLang();
    });
    for (const type of ['input', 'change']) listen(s, form, type, handlers.edit);
    listen(s, form, 'focusout', handlers.leave);
    listen(s, form, 'submit', handlers.submit);
    if (s.draftKey !== null && doc.defaultView) listen(s, doc.defaultView, 'storage', handlers.storage);
    if (s.page) s.page.listen(listen);
    listen(s, standalone ? doc : form, 'click', handlers.click);
    for (const panel of [s.summary, s.status]) {
      if (panel && (!standalone || !panel.isConnected)) listen(s, panel, 'click', handlers.click);
    }
    runAfter(s, exclusive(s, () => s.refresh()), null);
    return new Binding(ATTACHED, s);
  }

  return { attach, Binding, Refusal };
}
