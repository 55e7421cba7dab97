// Fills the filing form from a filing JSON object the way a person would:
// typing into text fields, choosing options, ticking boxes, adding steward
// rows with the page's own button. Only what a person can reach is filled:
// the block of a mode that is not ticked stays hidden and untouched.
'use strict';

const STEWARDS = 'party.stewards';
const MODE_BLOCKS = ['processing', 'recruitment', 'livestream', 'agritourism', 'brand_led', 'enablement',
  'mobile_supply', 'overseas', 'mountain_sea'];

/** A control (or checkbox group) by its contract path. */
function control(page, path, value) {
  const sel = value === undefined ? `[name="${path}"]` : `[name="${path}"][value="${value}"]`;
  return page.locator(`#filing ${sel}`);
}

/** Flattens a filing into [path, value] leaves; arrays of scalars stay leaves. */
function leaves(value, prefix = '', out = []) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
    value.forEach((v, i) => leaves(v, `${prefix}[${i}]`, out));
  } else {
    out.push([prefix, value]);
  }
  return out;
}

/** Sets one field from a JSON value, whatever kind of control it has. A
 *  control already holding the value is left alone (a person would too). */
async function setField(page, path, value, snapshot) {
  const all = control(page, path);
  const found = snapshot ? snapshot[path] || [] : (await controls(page))[path] || [];
  if (found.length === 0) return false; // e.g. `version`: no control, nothing to type
  const [first] = found;
  const text = value === null || value === undefined ? '' : String(value);
  if (first.tag === 'select') {
    if (first.value !== text) await all.first().selectOption(text);
  } else if (first.type === 'checkbox' && (found.length > 1 || Array.isArray(value))) {
    // A checkbox group: tick exactly the listed codes.
    const want = new Set((value || []).map(String));
    for (let i = 0; i < found.length; i++) {
      if (want.has(found[i].value) !== found[i].checked) await all.nth(i).setChecked(want.has(found[i].value));
    }
  } else if (first.type === 'radio') {
    // A radio group: choose the listed value (none can be un-chosen).
    const i = found.findIndex((f) => f.value === text);
    if (i >= 0 && !found[i].checked) await all.nth(i).check();
  } else if (first.type === 'checkbox') {
    const on = value === true || value === 'true';
    if (first.checked !== on) await all.first().setChecked(on);
  } else if (first.value !== text) {
    await all.first().fill(text);
    await all.first().blur();
  }
  return true;
}

/** Every named control of the form now: name → [{tag, type, value, checked}]. */
function controls(page) {
  return page.locator('#filing').evaluate((form) => {
    const out = {};
    for (const e of form.querySelectorAll('input, select, textarea, button')) {
      if (!e.name) continue;
      (out[e.name] = out[e.name] || []).push({ tag: e.tagName.toLowerCase(), type: (e.type || '').toLowerCase(), value: e.value, checked: !!e.checked });
    }
    return out;
  });
}

/** The number of steward rows on the page. */
function stewardRows(page) {
  return page.locator(`[data-items="${STEWARDS}"] > [data-item]`).count();
}

/** Adds or removes rows (with the page's buttons) until there are `want`. */
async function setStewardRows(page, want) {
  let have = await stewardRows(page);
  while (have < want) {
    await page.locator(`[data-add="${STEWARDS}"]`).click();
    have = await stewardRows(page);
  }
  while (have > want) {
    await page.locator(`[data-items="${STEWARDS}"] > [data-item]`).last().locator('[data-remove]').click();
    have = await stewardRows(page);
  }
}

/**
 * Fills the form from `filing` (a filing JSON object, e.g. VALID).
 * Modes are ticked first so their blocks appear; blocks of modes not
 * ticked are skipped, as a person could not see them.
 */
async function fillFiling(page, filing) {
  const modes = new Set(filing.modes || []);
  if ('modes' in filing) await setField(page, 'modes', filing.modes || []);
  const stewards = filing.party && filing.party.stewards;
  if (Array.isArray(stewards)) await setStewardRows(page, stewards.length);
  // One look at the form; from here on only fillFiling changes it.
  const snapshot = await controls(page);
  for (const [path, value] of leaves(filing)) {
    if (path === 'modes' || path === 'version') continue;
    const section = path.split(/[.[]/)[0];
    if (MODE_BLOCKS.includes(section) && !modes.has(section)) continue;
    await setField(page, path, value, snapshot);
  }
}

/**
 * What the form holds for `filing` once filled by fillFiling: text for
 * numbers (kept as numbers with `{ numbers: true }`, as in a canonical
 * filing), nothing for false/null/blank, unticked modes' blocks left out.
 * Used to compare a downloaded filing with what was typed.
 */
function asFormValues(filing, { numbers = false } = {}) {
  const modes = new Set(filing.modes || []);
  const out = {};
  for (const [path, value] of leaves(filing)) {
    const section = path.split(/[.[]/)[0];
    if (MODE_BLOCKS.includes(section) && !modes.has(section)) continue;
    if (value === null || value === false || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (path === 'version') { setPath(out, path, value); continue; }
    setPath(out, path, typeof value === 'number' && !numbers ? String(value) : value);
  }
  return out;
}

/** Drops empty lists and objects (unticked groups), for comparisons. */
function pruneEmpty(v) {
  if (Array.isArray(v)) {
    const items = v.map(pruneEmpty);
    return items.length ? items : undefined;
  }
  if (v !== null && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) {
      const y = pruneEmpty(x);
      if (y !== undefined) o[k] = y;
    }
    return Object.keys(o).length ? o : undefined;
  }
  return v;
}

function setPath(root, path, value) {
  const parts = path.match(/[^.[\]]+/g);
  let cur = root;
  parts.forEach((p, i) => {
    const last = i === parts.length - 1;
    const key = /^\d+$/.test(p) ? Number(p) : p;
    if (last) { cur[key] = value; return; }
    if (cur[key] === undefined) cur[key] = /^\d+$/.test(parts[i + 1]) ? [] : {};
    cur = cur[key];
  });
}

module.exports = { fillFiling, setField, controls, setStewardRows, stewardRows, control, asFormValues, pruneEmpty, leaves };
