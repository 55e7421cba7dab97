// scripts/short_imports.py on a module of every import kind: wasm-bindgen's
// imports renamed in the module and its script alike, another module's
// imports as they were, the module still instantiated by the script's
// imports object; a script that does not name an import exactly once stops
// the build.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const WASM_OPT = path.join(ROOT, 'node_modules', '.bin', 'wasm-opt');

const WAT = `(module
  (import "./x_bg.js" "__wbg_mem_0123456789abcdef" (memory 1 2))
  (import "./x_bg.js" "__wbg_tab_0123456789abcdef" (table 1 funcref))
  (import "./x_bg.js" "__wbg_glob_0123456789abcdef" (global i32))
  (import "./x_bg.js" "__wbg_log_0123456789abcdef" (func $log (param i32)))
  (import "./x_bg.js" "__wbindgen_throw" (func $throw (param i32 i32)))
  (import "env" "keep_me" (func $keep (result i32)))
  (func (export "run") (result i32)
    (call $log (i32.const 7))
    (i32.add (call $keep) (global.get 0))))`;

// The imports object as wasm-bindgen writes it: one object per module name.
const SCRIPT = `({
  "./x_bg.js": {
    __proto__: null,
    __wbg_mem_0123456789abcdef: new WebAssembly.Memory({ initial: 1, maximum: 2 }),
    __wbg_tab_0123456789abcdef: new WebAssembly.Table({ initial: 1, element: "anyfunc" }),
    __wbg_glob_0123456789abcdef: 35,
    __wbg_log_0123456789abcdef: function (x) { logged.push(x); },
    __wbindgen_throw: function () { throw new Error("thrown"); },
  },
  env: { keep_me: () => 7 },
})`;

function setup(script) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-short-'));
  fs.writeFileSync(path.join(dir, 'm.wat'), WAT);
  const made = spawnSync(WASM_OPT, [path.join(dir, 'm.wat'), '-o', path.join(dir, 'm.wasm')], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  fs.writeFileSync(path.join(dir, 'm.js'), script);
  const run = spawnSync('python3', [path.join(ROOT, 'scripts', 'short_imports.py'), path.join(dir, 'm.wasm'), path.join(dir, 'm.js')], { encoding: 'utf8' });
  return { dir, run };
}

test('short_imports: every kind of import renamed in the module and the script alike; another module\'s kept; the module still runs', () => {
  const { dir, run } = setup(SCRIPT);
  try {
    assert.equal(run.status, 0, run.stderr);
    const module = new WebAssembly.Module(fs.readFileSync(path.join(dir, 'm.wasm')));
    const imports = WebAssembly.Module.imports(module);
    assert.deepEqual(imports.map((i) => [i.module, i.name, i.kind]), [
      ['./x_bg.js', 'a', 'memory'],
      ['./x_bg.js', 'b', 'table'],
      ['./x_bg.js', 'c', 'global'],
      ['./x_bg.js', 'd', 'function'],
      ['./x_bg.js', 'e', 'function'],
      ['env', 'keep_me', 'function'],
    ]);
    const logged = [];
    const object = new Function('logged', `return ${fs.readFileSync(path.join(dir, 'm.js'), 'utf8')};`)(logged);
    const { exports } = new WebAssembly.Instance(module, object);
    assert.equal(exports.run(), 42);
    assert.deepEqual(logged, [7]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('short_imports: an import the script names twice, or not at all, stops the build and changes nothing', () => {
  for (const [script, why] of [
    [SCRIPT.replace('__wbindgen_throw: function', '__wbindgen_throw: 1, __wbindgen_throw: function'), '__wbindgen_throw is in'],
    [SCRIPT.replace('__wbg_log_0123456789abcdef', 'log'), '__wbg_log_0123456789abcdef is in'],
  ]) {
    const { dir, run } = setup(script);
    try {
      assert.notEqual(run.status, 0);
      assert.match(run.stderr, new RegExp(why));
      assert.equal(fs.readFileSync(path.join(dir, 'm.js'), 'utf8'), script, 'the script as it was');
      const names = WebAssembly.Module.imports(new WebAssembly.Module(fs.readFileSync(path.join(dir, 'm.wasm')))).map((i) => i.name);
      assert.ok(names.includes('__wbindgen_throw'), 'the module as it was');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('short_imports: the names after z are A to Z, then two letters', () => {
  const r = spawnSync('python3', ['-c', 'import sys; sys.path.insert(0, "scripts"); import short_imports as s; print(" ".join(s.short_name(i) for i in (0, 25, 26, 51, 52, 53, 2755)))'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'a z A Z aa ab ZZ');
});
