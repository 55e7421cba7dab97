// The three ways a filing is read give the same report:
//   - `validate(obj)`: the JS walker of js/flat.js and src/flat.rs (the
//     package's fast path);
//   - `__validateObject(obj)`: the module reading the JS object itself
//     (src/js.rs, also what the form's binding uses);
//   - the native reader of JSON text (shanfang-check, src/input.rs).
// Over the valid example with every JSON type in every field, random
// mutations of many fields at once, and values JSON cannot hold.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const { isDeepStrictEqual, inspect } = require('node:util');
const { ROOT, VALID } = require('./lib');

const WORST = JSON.parse(fs.readFileSync(path.join(ROOT, 'bench', 'worst-case.json'), 'utf8'));
let api;
test.before(async () => {
  api = await import(pathToFileURL(path.join(ROOT, 'pkg', 'shanfang.js')).href);
  api.initSync({ module: fs.readFileSync(path.join(ROOT, 'pkg', 'shanfang_bg.wasm')) });
});

/** Sets `path` (dotted, `[]` for the first item) in a copy of `filing`. */
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

const JSON_VALUES = [null, true, false, 0, -1, 1.5, 1e308, -0, 12, 33350, '', ' ', '\u3000', 'x', '１２', '12', 'true', '2026-02-30', '2023-06-30',
  '丽水', ' 丽水 ', '😀 emoji', 'a'.repeat(201), '丽'.repeat(200), ' '.repeat(900) + 'x', 'x'.repeat(900), '\u3000'.repeat(1000),
  [], [1, 'a', null], ['x'], ['processing', 'processing'], ['labor', ' '], {}, { a: 1 }, { name: '张三' }];

function randomFilings(count) {
  let state = 11;
  const rand = () => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state / 4294967296; };
  const paths = api.fields().map((f) => f.path);
  const out = [];
  for (let i = 0; i < count; i++) {
    let f = rand() < 0.5 ? VALID : WORST;
    const n = 1 + Math.floor(rand() * 12);
    for (let k = 0; k < n; k++) {
      const p = paths[Math.floor(rand() * paths.length)];
      const codes = api.fields().find((x) => x.path === p).codes;
      const pick = rand();
      const v = pick < 0.3 && codes.length ? codes[Math.floor(rand() * codes.length)]
        : pick < 0.4 && codes.length ? [codes[Math.floor(rand() * codes.length)], codes[Math.floor(rand() * codes.length)]]
          : JSON_VALUES[Math.floor(rand() * JSON_VALUES.length)];
      f = withValue(f, p, v);
    }
    out.push(f);
  }
  return out;
}

/** Reports of the native CLI for these filings, one per line, in `lang`. */
function nativeReports(filings, lang) {
  const bin = path.join(ROOT, 'target', 'debug', 'shanfang-check');
  if (!fs.existsSync(bin)) execFileSync('cargo', ['build', '--quiet', '--bin', 'shanfang-check'], { cwd: ROOT, stdio: 'inherit' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-readers-'));
  const file = path.join(dir, 'filings.jsonl');
  fs.writeFileSync(file, filings.map((f) => JSON.stringify(f)).join('\n') + '\n');
  let out;
  try {
    out = execFileSync(bin, ['--format', 'json', '--jsonl', '--lang', lang, file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  } catch (e) {
    if (e.status !== 1) throw e; // 1: some filing has errors
    out = e.stdout;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return out.trim().split('\n').map((line) => JSON.parse(line));
}

test('the walker, the object reader and the native reader agree on every JSON type in every field and on random filings', () => {
  const filings = [VALID, WORST];
  for (const { path: p } of api.fields()) for (const v of JSON_VALUES) filings.push(withValue(VALID, p, v));
  filings.push(...randomFilings(600));
  for (const lang of ['zh', 'en']) {
    const native = nativeReports(filings, lang);
    assert.equal(native.length, filings.length);
    let findings = 0;
    filings.forEach((f, i) => {
      const fast = api.validate(f, { lang });
      findings += fast.findings.length;
      assert.deepEqual(fast, api.__validateObject(f, { lang }), `walker and object reader, filing ${i}: ${JSON.stringify(f).slice(0, 300)}`);
      assert.deepEqual(fast, native[i], `walker and native reader, filing ${i}: ${JSON.stringify(f).slice(0, 300)}`);
      assert.deepEqual(api.validateJson(JSON.stringify(f), { lang }), fast, `validateJson, filing ${i}`);
    });
    assert.ok(findings > filings.length * 5, 'the filings have findings to compare');
  }
});

/** A filing for a failure message (it may hold getters that throw). */
function describe(f) {
  try { return inspect(f, { depth: 4 }).slice(0, 400); } catch (e) { return '(a filing that cannot be shown)'; }
}

test('the walker and the object reader agree on values JSON cannot hold', () => {
  const throwing = {};
  Object.defineProperty(throwing, 'name', { get() { throw new Error('no'); }, enumerable: true });
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const holes = [];
  holes[3] = 'processing';
  const values = [undefined, NaN, Infinity, -Infinity, 10n, Symbol('s'), () => 1, new Number(3), new String('x'), new Boolean(true),
    new Date(0), /re/, new Map(), '\ud800', 'a\udc00b', '😀'.repeat(500), ' '.repeat(2000), 'x'.repeat(10000), holes,
    new Array(201).fill('processing'), new Array(200).fill('processing'), throwing, revoked,
    new Proxy({ name: '代理' }, {}), new Proxy([], {}), Object.create(null), Object.assign(Object.create({ name: '原型' }), {})];
  const cases = [];
  for (const { path: p } of api.fields()) for (const v of values) cases.push(withValue(VALID, p, v));
  for (const v of [throwing, revoked]) {
    cases.push(Object.assign(structuredClone(VALID), { workshop: v }));
    cases.push(Object.assign(structuredClone(VALID), { party: { ...VALID.party, stewards: [v, VALID.party.stewards[0]] } }));
  }
  for (const f of cases) {
    let fast;
    let object;
    try { fast = api.validate(f); } catch (e) { fast = `throws ${e.message}`; }
    try { object = api.__validateObject(f); } catch (e) { object = `throws ${e.message}`; }
    if (!isDeepStrictEqual(fast, object)) assert.deepEqual(fast, object, describe(f));
  }
  // Not an object: the same clear error either way.
  for (const v of [undefined, null, 1, 'x', [], () => 1, revoked]) {
    assert.throws(() => api.validate(v), /a filing must be a JSON object/);
  }
});
