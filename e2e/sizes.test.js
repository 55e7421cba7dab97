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

// scripts/short_imports.py: wasm-bindgen's hashed import names
// (`__wbg_instanceof_HtmlTextAreaElement_37c6efee878106d5`) were kilobytes
// of every module and script, gzipped. Each module's imports now have short
// names, and every script made for it defines each of them.
test("each module's imports from wasm-bindgen's script have short names, which each of its scripts defines", () => {
  const fs = require('node:fs');
  const modules = [
    ['pkg/shanfang_bg.wasm', ['pkg/bindgen/shanfang.js', 'pkg/shanfang_node.cjs', 'pkg/classic/shanfang.js']],
    ['pkg/core/shanfang_core_bg.wasm', ['pkg/core/bindgen/shanfang_core.js', 'pkg/core/shanfang_core_node.cjs', 'pkg/core/classic/shanfang_core.js']],
    ['www/page/shanfang_bg.wasm', ['www/page/shanfang.js']],
  ];
  for (const [wasm, scripts] of modules) {
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(fs.readFileSync(path.join(ROOT, wasm))));
    assert.ok(imports.length > 0, wasm);
    const long = imports.filter((i) => i.name.length > 2).map((i) => i.name);
    assert.deepEqual(long, [], `${wasm}: imports with long names`);
    for (const script of scripts) {
      const text = fs.readFileSync(path.join(ROOT, script), 'utf8');
      const missing = imports.filter((i) => !new RegExp(`[{,]\\s*${i.name.replace(/\$/g, '\\$')}\\s*[:(]`).test(text)).map((i) => i.name);
      assert.deepEqual(missing, [], `${script} defines every import of ${wasm}`);
      assert.doesNotMatch(text, /__wbg_\w+_[0-9a-f]{16}\b/, `${script}: no hashed import name is left`);
    }
  }
});
