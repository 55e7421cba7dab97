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

// The binding entry runs on the core's module (issue 28): what it adds is
// its script, the form binding in JS, and the page's features stay out.
test('the binding entry is the core\'s module and the form binding\'s script, without the standalone page\'s features', () => {
  const fs = require('node:fs');
  const sizes = entrySizes(ROOT);
  const [core, binding] = [entry(sizes, 'core'), entry(sizes, 'binding')];
  assert.ok(binding.gzip - core.gzip < 18 * KB, `the form binding adds ${binding.gzip - core.gzip} B gzipped to the core's ${core.gzip} B`);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'pkg', 'package.json'), 'utf8'));
  assert.equal(pkg.exports['./binding/wasm'].default, './core/shanfang_core_bg.wasm');
  const script = (file) => fs.readFileSync(path.join(ROOT, 'pkg', file), 'utf8');
  // The page's own parts, by the ids and words only they use.
  for (const pagePart of ['shanfang-record', 'shanfang-catalogue', 'record-sign', 'shanfang-done-note']) {
    assert.ok(!script('binding/shanfang_binding.js').includes(pagePart), `the binding entry has no ${pagePart}`);
    assert.ok(script('shanfang.js').includes(pagePart), `the main entry has ${pagePart}`);
  }
  assert.doesNotMatch(script('core/shanfang_core.js'), /shanfang-message|aria-describedby/, 'the core entry has no form binding');
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
