// Issue 28: every entry of the package within its ceiling, counting all it
// loads before its first validate() returns, gzipped at level 9 (sizes are
// deterministic for a given lockfile). The ceilings and targets are in
// scripts/entry-sizes.js; the bench reports the same figures.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { ENTRIES, entrySizes, KB } = require('../scripts/entry-sizes.js');

const ROOT = path.resolve(__dirname, '..');

test('each entry of the package stays within its ceiling', () => {
  const sizes = entrySizes(ROOT);
  assert.equal(sizes.length, ENTRIES.length, 'every entry is built (scripts/build.sh)');
  const lines = sizes.map((s) => `${s.name}: ${(s.gzip / KB).toFixed(1)} KB gzipped (ceiling ${s.ceiling / KB}, target ${s.target / KB})`);
  for (const s of sizes) {
    assert.ok(s.gzip <= s.ceiling, `${s.name} is ${s.gzip} B gzipped, over its ceiling of ${s.ceiling} B:\n${lines.join('\n')}`);
    assert.ok(s.ceiling >= s.target, `${s.name}: a ceiling below the target is the target`);
  }
  console.log(lines.join('\n'));
});

const entry = (sizes, name) => sizes.find((s) => s.name.startsWith(`${name} (`));

test('the core entry is smaller than the main one by the form binding, the page and the clauses\' words', () => {
  const sizes = entrySizes(ROOT);
  const [core, main] = [entry(sizes, 'core'), entry(sizes, 'main')];
  assert.ok(core.gzip < main.gzip * 0.55, `core ${core.gzip} B against main ${main.gzip} B`);
});

test('the binding entry is smaller than the main one by the standalone page\'s features, the clauses\' words and the schema', () => {
  const sizes = entrySizes(ROOT);
  const [binding, main] = [entry(sizes, 'binding'), entry(sizes, 'main')];
  assert.ok(binding.gzip < main.gzip - 20 * KB, `binding ${binding.gzip} B against main ${main.gzip} B`);
});
