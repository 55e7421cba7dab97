// The agreement corpus of "One verdict everywhere" (issue 9): every hostile
// case as JSON text, every JSON type in every field, random mutations of
// the valid and the worst filing. Shared by e2e/agreement.test.js (CLI and
// browser) and e2e/server.test.js (CLI and HTTP service).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, VALID } = require('./lib');

const WORST = JSON.parse(fs.readFileSync(path.join(ROOT, 'bench', 'worst-case.json'), 'utf8'));

/** The valid example's text with `members` (JSON text) added at its end: later keys win. */
function withMembers(members) {
  return JSON.stringify(VALID).replace(/}$/, `,${members}}`);
}

/** A copy of `filing` with `value` at the dotted `fieldPath` (`[]`: the first item). */
function withValue(filing, fieldPath, value) {
  const copy = structuredClone(filing);
  const keys = fieldPath.replace('[]', '[0]').split('.');
  let cur = copy;
  keys.forEach((k, i) => {
    const m = k.match(/^(.*)\[(\d+)\]$/);
    const last = i === keys.length - 1;
    if (m) {
      if (!Array.isArray(cur[m[1]])) cur[m[1]] = [];
      if (last) cur[m[1]][+m[2]] = value;
      else cur = cur[m[1]][+m[2]] = (cur[m[1]][+m[2]] && typeof cur[m[1]][+m[2]] === 'object') ? cur[m[1]][+m[2]] : {};
    } else if (last) cur[k] = value;
    else cur = cur[k] = (cur[k] && typeof cur[k] === 'object' && !Array.isArray(cur[k])) ? cur[k] : {};
  });
  return copy;
}

// Each case of the issue, as JSON text (what a portal's server receives).
const HOSTILE = [
  withMembers('"workshop":{"name":"山哈工坊\\ud83d","county":"liandu"}'),
  withMembers('"workshop":{"name":"\\ude00工坊"}'),
  withMembers('"party":{"stewards":[{"role":"grid_member","name":"张\\ud83d","unit":"村委","phone":"13905781234"}]}'),
  withMembers('"workshop":{"county":"liandu\\udbff"}'),
  withMembers('"\\ud83dsite":{"fire_extinguishers":0}'),
  withMembers('"site":{"fire_extinguishers":1e400}'),
  withMembers('"site":{"fire_extinguishers":-1e400}'),
  withMembers('"modes":["brand_led"],"brand_led":{"base_area":1e400}'),
  withMembers('"workshop":{"name":1e400}'),
  withMembers('"operations":{"employees":1e-400}'),
  withMembers('"operations":{"employees":123456789012345678901234567890}'),
  withMembers('"modes":["brand_led"],"brand_led":{"base_area":49.99999999999999999}'),
  withMembers('"modes":["brand_led"],"brand_led":{"base_area":33349.9999999999999,"base_area_unit":"m2"}'),
  withMembers('"modes":["overseas"],"overseas":{"partner":"侨企","partner_kind":"enterprise","cooperation":"orders","order_share_percent":100.00000000000001}'),
  '\ufeff' + JSON.stringify(VALID),
  '\ufeff' + withMembers('"site":{"fire_extinguishers":0}'),
  withMembers('"version":2'),
  withMembers('"version":"1"'),
  withMembers('"modes":["processing","weaving"],"processing":{"workstations":3}'),
  withMembers('"operations":{"benefit_models":["other","barter"]}'),
  withMembers('"modes":["brand_led"],"brand_led":{"base_area":-60}'),
  withMembers('"modes":["brand_led"],"brand_led":{"base_area":10,"base_area_unit":"acre"}'),
  withMembers('"modes":["brand_led"],"operator":{"kind":"mixed_ownership","name":"x"}'),
  withMembers('"party":{"stewards":[{"role":"grid_member","name":"张三","unit":"村委","phone":"１３９０５７８１２３４"}]}'),
  withMembers('"site":{"fire_extinguishers":0},"site":{"fire_extinguishers":2}'),
  withMembers(`"junk":${'['.repeat(100)}${']'.repeat(100)}`),
  withMembers(`"junk":${'['.repeat(1000)}${']'.repeat(1000)}`),
  withMembers(`"site":${'['.repeat(1000)}${']'.repeat(1000)}`),
  withMembers(`"workshop":{"name":"${'字'.repeat(300)}"}`),
  '{}', '{"site":5}', '{"workshop":[]}',
  '[]', '1', '"x"', 'null', 'true', '{', '{"a":1}x', '', '{"a":1e400', '{"a":"\\ud83d"',
];

const JSON_VALUES = [null, true, false, 0, -1, 1.5, 1e308, -0, 12, 33350, '', ' ', '\u3000', 'x', '１２', '12', 'true', ' true ',
  '2026-02-30', '2023-06-30', '丽水', ' 丽水 ', '😀 emoji', 'a'.repeat(201), '丽'.repeat(200), [], [1, 'a', null], ['x'],
  ['processing', 'processing'], ['labor', ' '], {}, { name: '张三' }];

function corpus(fieldPaths, fieldCodes) {
  const texts = [JSON.stringify(VALID), JSON.stringify(WORST), ...HOSTILE];
  for (const p of fieldPaths) for (const v of JSON_VALUES) texts.push(JSON.stringify(withValue(VALID, p, v)));
  let state = 11;
  const rand = () => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state / 4294967296; };
  for (let i = 0; i < 300; i++) {
    let f = rand() < 0.5 ? VALID : WORST;
    const n = 1 + Math.floor(rand() * 12);
    for (let k = 0; k < n; k++) {
      const p = fieldPaths[Math.floor(rand() * fieldPaths.length)];
      const codes = fieldCodes[p];
      const pick = rand();
      const v = pick < 0.3 && codes.length ? codes[Math.floor(rand() * codes.length)]
        : pick < 0.4 && codes.length ? [codes[Math.floor(rand() * codes.length)], 'unlisted']
          : JSON_VALUES[Math.floor(rand() * JSON_VALUES.length)];
      f = withValue(f, p, v);
    }
    let text = JSON.stringify(f);
    // A tenth of them cut a string in the middle of an emoji, or hold 1e400.
    if (rand() < 0.05) text = text.replace(/"([^"\\]{2})/, '"$1\\ud83d');
    else if (rand() < 0.05) text = text.replace(/:(\d+)([,}])/, ':1e400$2');
    texts.push(text);
  }
  return texts;
}


/**
 * The CLI's verdict on each of `texts` from its `--jsonl --format json`
 * output: a report (without its `line`), or `rejected` where the CLI wrote
 * `{"line": N, "error": …}` in the line's place.
 */
function verdictsOfJsonl(texts, stdout) {
  const records = stdout.trim() ? stdout.trim().split('\n').map((l) => JSON.parse(l)) : [];
  const byLine = new Map(records.map((r) => [r.line, r]));
  return texts.map((_, i) => {
    const r = byLine.get(i + 1);
    if (!r) throw new Error(`no record for line ${i + 1}`);
    if ('error' in r) return 'rejected';
    const { line, ...report } = r;
    return report;
  });
}

/** The texts as a JSON Lines body (the empty text as `""`: a blank line is skipped, not rejected). */
function jsonl(texts) {
  return texts.map((t) => (t === '' ? '""' : t)).join('\n') + '\n';
}

module.exports = { WORST, HOSTILE, JSON_VALUES, withMembers, withValue, corpus, verdictsOfJsonl, jsonl };
