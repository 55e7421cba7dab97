// pkg/ as a publishable npm package: its manifest, what `npm pack` puts in
// it, typings without `any` on the public functions (compiled with tsc), and
// both builds (ES module, classic script) working from the packed files.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const { spawnSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const { ROOT } = require('./lib');

const PKG = path.join(ROOT, 'pkg');
const manifest = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8'));
const dts = fs.readFileSync(path.join(PKG, 'shanfang.d.ts'), 'utf8');

test('package.json: name, version, exports, types, files; every listed file exists', () => {
  assert.equal(manifest.name, 'shanfang-validator');
  const cargoVersion = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
  assert.equal(manifest.version, cargoVersion, 'the version is the crate\'s');
  assert.match(manifest.version, /^\d+\.\d+\.\d+(-[\w.]+)?$/);
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.types, 'shanfang.d.ts');
  assert.ok(manifest.license);
  // CommonJS (Node only) has its own typings, without the DOM.
  assert.deepEqual(manifest.exports['.'], {
    import: { types: './shanfang.d.ts', default: './shanfang.js' },
    require: { types: './node/shanfang.d.cts', default: './node/shanfang.cjs' },
  });
  for (const key of ['./classic', './schema', './schema/canonical', './wasm', './wasm-base64']) assert.ok(manifest.exports[key], `exports ${key}`);
  const leaves = (t) => (typeof t === 'string' ? [t] : Object.values(t).flatMap(leaves));
  const targets = Object.values(manifest.exports).flatMap(leaves);
  for (const key of ['repository', 'homepage', 'bugs', 'engines']) assert.ok(manifest[key], `package.json has ${key}`);
  for (const f of ['LICENSE-MIT', 'LICENSE-APACHE', 'CHANGELOG.md', 'README.md']) assert.ok(manifest.files.includes(f), `${f} ships`);
  assert.match(fs.readFileSync(path.join(PKG, 'LICENSE-APACHE'), 'utf8'), /Apache License\s+Version 2\.0/);
  assert.match(fs.readFileSync(path.join(PKG, 'LICENSE-MIT'), 'utf8'), /^MIT License/);
  const readme = fs.readFileSync(path.join(PKG, 'README.md'), 'utf8');
  assert.match(readme, /npm install shanfang-validator/, 'the package README is written for people who install it');
  assert.doesNotMatch(readme, /scripts\/run\.sh|\]\((src|docs|www)\//, 'and does not point into the repository');
  for (const t of targets) assert.ok(fs.existsSync(path.join(PKG, t)), `export target ${t} exists`);
  assert.ok(Array.isArray(manifest.files) && manifest.files.length > 0);
  for (const f of manifest.files) assert.ok(fs.existsSync(path.join(PKG, f)), `listed file ${f} exists`);
  for (const t of targets.filter((x) => x !== './package.json')) assert.ok(manifest.files.includes(t.replace(/^\.\//, '')), `export target ${t} is in "files"`);
  assert.deepEqual(
    JSON.parse(fs.readFileSync(path.join(PKG, 'filing-v1.schema.json'), 'utf8')),
    JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'filing-v1.schema.json'), 'utf8')),
    'the ./schema export is the committed schema',
  );
});

test('npm pack --dry-run lists exactly the files of "files" (and package.json)', () => {
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PKG, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const [packed] = JSON.parse(run.stdout);
  assert.equal(packed.name, manifest.name);
  assert.equal(packed.version, manifest.version);
  const paths = packed.files.map((f) => f.path).sort();
  assert.deepEqual(paths, [...new Set([...manifest.files, 'package.json'])].sort());
  for (const f of packed.files) assert.ok(f.size > 0, `${f.path} is not empty`);
});

/** The declaration of an exported function, `export function NAME(...): T;`. */
function signature(name) {
  const m = dts.match(new RegExp(`^export function ${name}\\(.*\\).*;$`, 'm'));
  assert.ok(m, `shanfang.d.ts declares ${name}`);
  return m[0];
}

test('shanfang.d.ts: Filing, Report, AttachOptions; typed signatures with no `any`', () => {
  for (const name of ['Filing', 'Report', 'AttachOptions', 'Options', 'Finding', 'RuleEntry']) {
    assert.match(dts, new RegExp(`^export interface ${name}\\b`, 'm'), `export interface ${name}`);
  }
  for (const name of ['validate', 'validateJson', 'canonical', 'rules', 'schema', 'attach']) {
    assert.doesNotMatch(signature(name), /\bany\b/, `${name} has no any`);
  }
  assert.equal(signature('validate'), 'export function validate(filing: Filing, options?: Options): Report;');
  assert.equal(signature('validateJson'), 'export function validateJson(text: string, options?: Options): Report;');
  assert.equal(signature('canonical'), 'export function canonical(filing: Filing): Filing;');
  // The DOM's types through globalThis, so that a server without the dom lib compiles (tested below).
  assert.equal(signature('attach'), 'export function attach(form: ShanfangGlobal<"HTMLFormElement"> | ShanfangGlobal<"HTMLElement">, options?: AttachOptions): Binding;');
  assert.match(signature('rules'), /^export function rules\(lang\?: Lang\): RuleEntry\[\];$/);
  const binding = dts.slice(dts.indexOf('export class Binding'), dts.indexOf('}', dts.indexOf('export class Binding')));
  assert.match(binding, /validate\(\): Report;/);
  assert.match(binding, /filing\(\): Filing;/);
  assert.match(binding, /detach\(\): void;/);
  assert.match(dts, /"shanfang-report": ShanfangCustomEvent<ReportEventDetail>/);
});

test('tsc --strict compiles an integrator\'s use of the package (and rejects wrong calls)', () => {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-tsc-'));
  try {
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.symlinkSync(PKG, path.join(dir, 'node_modules', 'shanfang-validator'), 'dir');
    fs.copyFileSync(path.join(__dirname, 'types', 'use.ts'), path.join(dir, 'use.ts'));
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
    // wasm-bindgen's Binding implements Symbol.dispose: esnext.disposable (or skipLibCheck).
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'esnext.disposable', 'dom'], types: [] },
      files: ['use.ts'],
    }));
    const run = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the ES module and the classic script both validate from the packed files', async () => {
  const wasm = fs.readFileSync(path.join(PKG, 'shanfang_bg.wasm'));
  const esm = await import(pathToFileURL(path.join(PKG, 'shanfang.js')).href);
  esm.initSync({ module: wasm });
  const report = esm.validate({ site: { fire_extinguishers: 0 } });
  assert.equal(report.findings.find((f) => f.field === 'site.fire_extinguishers').clause, '6.5');

  // Classic: a global `wasm_bindgen`, and the module as base64 in self.SHANFANG_WASM.
  const sandbox = { console, TextEncoder, TextDecoder, WebAssembly, FinalizationRegistry, URL, atob };
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(path.join(PKG, 'classic', 'shanfang.js'), 'utf8'), sandbox);
  vm.runInContext(fs.readFileSync(path.join(PKG, 'shanfang_wasm.js'), 'utf8'), sandbox);
  assert.deepEqual(Buffer.from(sandbox.SHANFANG_WASM, 'base64'), wasm, 'shanfang_wasm.js holds the same module');
  const classic = vm.runInContext(`
    const bin = atob(self.SHANFANG_WASM);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    wasm_bindgen.initSync({ module: bytes });
    JSON.stringify(wasm_bindgen.validate({ site: { fire_extinguishers: '1' } }, { lang: 'en' }));
  `, sandbox);
  assert.equal(JSON.parse(classic).findings.filter((f) => f.clause === '6.5').length, 0);
});

// Issue 13, point 1: Node 20+, from the packed tarball installed into a
// fresh project, as a server would use it.
test('Node: the installed package works as ESM (await init(), initSync()) and CommonJS (require), and says what to call before init', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-node-'));
  try {
    const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: PKG, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const tarball = path.join(dir, JSON.parse(pack.stdout)[0].filename);
    const app = path.join(dir, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'portal-server', private: true }));
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--offline', '--ignore-scripts', tarball], { cwd: app, encoding: 'utf8' });
    assert.equal(install.status, 0, install.stderr);
    const run = (file, code) => {
      fs.writeFileSync(path.join(app, file), code);
      const r = spawnSync(process.execPath, [file], { cwd: app, encoding: 'utf8' });
      assert.equal(r.status, 0, `${file}: ${r.stderr}`);
      return r.stdout.trim();
    };
    assert.equal(run('esm.mjs', `
      import init, { validate } from 'shanfang-validator';
      let before;
      try { validate({}); } catch (e) { before = e.message; }
      await init();
      const r = validate({ site: { fire_extinguishers: 0 } });
      console.log(JSON.stringify([before, r.findings.some((f) => f.clause === '6.5')]));
    `), JSON.stringify(['shanfang-validator: validate() was called before the module was loaded: call `await init()` first (or `initSync()` on a server)', true]));
    // An options object without a module still finds the package's own, as wasm-bindgen's default did.
    assert.equal(run('options.mjs', `
      import init, { validateJson } from 'shanfang-validator';
      await init({});
      console.log(validateJson('{"site":{"fire_extinguishers":0}}').findings.some((f) => f.clause === '6.5'));
    `), 'true');
    assert.equal(run('sync.mjs', `
      import { initSync, validateJson } from 'shanfang-validator';
      initSync();
      console.log(validateJson('{"site":{"fire_extinguishers":4}}').findings.some((f) => f.clause === '6.5'));
    `), 'false');
    assert.equal(run('server.cjs', `
      const { validate, validateJson, canonical } = require('shanfang-validator');
      const text = JSON.stringify({ site: { fire_extinguishers: '３个' } });
      console.log(JSON.stringify([validateJson(text).errors === validate(JSON.parse(text)).errors, canonical(JSON.parse(text)).site.fire_extinguishers]));
    `), '[true,3]');
    // The module as base64, for a bundle or a server without the .wasm file
    // (globalThis, not self: Node has no self).
    assert.equal(run('base64.mjs', `
      import 'shanfang-validator/wasm-base64';
      import { initSync, validateJson } from 'shanfang-validator';
      initSync({ module: Buffer.from(globalThis.SHANFANG_WASM, 'base64') });
      console.log(validateJson('{}').submittable);
    `), 'false');
    // The binding entry (issue 28) in Node: the core's functions work
    // without a DOM, and give the main entry's verdict, to the byte.
    fs.copyFileSync(path.join(ROOT, 'examples', 'valid-filing.json'), path.join(app, 'valid.json'));
    fs.copyFileSync(path.join(ROOT, 'bench', 'worst-case.json'), path.join(app, 'worst.json'));
    assert.equal(run('binding.mjs', `
      import fs from 'node:fs';
      import initMain, { validateJson as mainValidateJson } from 'shanfang-validator';
      import init, { validateJson, canonical, rules, about } from 'shanfang-validator/binding';
      let before;
      try { validateJson('{}'); } catch (e) { before = e.message; }
      await Promise.all([init(), initMain()]);
      const same = ['valid.json', 'worst.json'].every((f) => {
        const text = fs.readFileSync(f, 'utf8');
        return JSON.stringify(validateJson(text, { lang: 'en' })) === JSON.stringify(mainValidateJson(text, { lang: 'en' }));
      });
      console.log(JSON.stringify([before, same, canonical({ site: { fire_extinguishers: '３个' } }).site.fire_extinguishers, (await rules('en')).length, about().contract]));
    `), JSON.stringify(['shanfang-validator/binding: validateJson() was called before the module was loaded: call `await init()` first (or `initSync()` on a server)', true, 3, 51, 1]));
    const manifest = JSON.parse(fs.readFileSync(path.join(app, 'node_modules', 'shanfang-validator', 'package.json'), 'utf8'));
    for (const f of ['./shanfang_wasm.js', './shanfang_wasm_deflate.js']) {
      assert.ok(Array.isArray(manifest.sideEffects) && manifest.sideEffects.includes(f), `${f} is declared to have side effects, so bundlers keep its import`);
    }
    assert.equal(run('meta.cjs', `console.log(require('shanfang-validator/package.json').name)`), 'shanfang-validator');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Issue 13, point 6: the package as linters of packages see it.
test('publint and arethetypeswrong find nothing wrong with the package', () => {
  const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
  const publint = spawnSync(bin('publint'), ['--strict', PKG], { encoding: 'utf8' });
  assert.equal(publint.status, 0, publint.stdout + publint.stderr);
  assert.match(publint.stdout, /All good!/, publint.stdout);
  // node16 and bundler resolution (node10 cannot read "exports"). The three
  // asset entries (the .wasm's URL and the module as base64) are for
  // browsers and bundlers: checked on their own, where a require() of them
  // resolving to ESM is expected.
  const assets = ['./wasm', './wasm-base64', './wasm-deflate-base64', './core/wasm', './core/wasm-base64'];
  const attw = spawnSync(bin('attw'), ['--pack', PKG, '--profile', 'node16', '--no-emoji', '--exclude-entrypoints', ...assets, './binding', './binding/wasm'], { encoding: 'utf8' });
  assert.equal(attw.status, 0, attw.stdout + attw.stderr);
  const assetRun = spawnSync(bin('attw'), ['--pack', PKG, '--profile', 'node16', '--no-emoji', '--entrypoints', ...assets, '--ignore-rules', 'cjs-resolves-to-esm'], { encoding: 'utf8' });
  assert.equal(assetRun.status, 0, assetRun.stdout + assetRun.stderr);
  // The binding entry is an ES module only (a form in a browser, through a
  // bundler or a <script type="module">): its require() resolving to ESM is
  // expected, nothing else may be wrong.
  const binding = ['./binding', './binding/wasm'];
  const bindingRun = spawnSync(bin('attw'), ['--pack', PKG, '--profile', 'node16', '--no-emoji', '--entrypoints', ...binding, '--ignore-rules', 'cjs-resolves-to-esm'], { encoding: 'utf8' });
  assert.equal(bindingRun.status, 0, bindingRun.stdout + bindingRun.stderr);
});

/** Compiles `code` with tsc --strict against pkg/ under `lib`; returns tsc's output and status. */
function compile(code, lib, extra = {}) {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-tsc-'));
  try {
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.symlinkSync(PKG, path.join(dir, 'node_modules', 'shanfang-validator'), 'dir');
    fs.writeFileSync(path.join(dir, 'use.ts'), code);
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib, types: [], ...extra },
      files: ['use.ts'],
    }));
    const run = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    return { status: run.status, out: run.stdout + run.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('typings: a Node-only project compiles without the dom lib; paths, clauses and languages are narrowed', () => {
  const server = `
    import init, { initSync, validate, validateJson, canonical, rules, filingSchema, standardSchema, type Report, type FieldPath, type Clause, type Lang } from 'shanfang-validator';
    initSync();
    await init();
    const r: Report = validateJson('{}', { lang: 'en' });
    const field: FieldPath = r.findings[0].field;
    const clause: Clause | null = r.findings[0].clause;
    const item: FieldPath = 'party.stewards[3].phone';
    const lang: Lang = 'zh';
    const c = canonical(validate({}).submittable ? {} : { site: { fire_extinguishers: 2 } });
    const checked = filingSchema['~standard'].validate({});
    const warnings = standardSchema({ lang: 'en' }).report({}).warnings;
    // @ts-expect-error: not a contract path
    const typo: FieldPath = 'site.fire_extinguisher';
    // @ts-expect-error: not a clause of the catalogue
    const none: Clause = '6.9';
    // @ts-expect-error: a language is "zh" or "en"
    rules('fr');
    void [field, clause, item, lang, c, checked, warnings, typo, none];
  `;
  const node = compile(server, ['es2022']);
  assert.equal(node.status, 0, node.out);
  // In a browser project (dom lib), setLang takes a Lang too.
  const browser = compile(`
    import { attach } from 'shanfang-validator';
    const binding = attach(document.querySelector('form')!);
    binding.setLang('en');
    // @ts-expect-error: a language is "zh" or "en"
    binding.setLang('fr');
    const again = binding.refresh();
    void again;
  `, ['es2022', 'esnext.disposable', 'dom'], { module: 'esnext', moduleResolution: 'bundler' });
  assert.equal(browser.status, 0, browser.out);
  // The core entry (issue 28), in the same Node-only project: rules() is a
  // Promise there, and there is no attach or schema().
  const core = compile(`
    import init, { initSync, validate, validateJson, canonical, rules, about, filingSchema, type Report, type RuleEntry, type FieldPath } from 'shanfang-validator/core';
    initSync();
    await init();
    const r: Report = validateJson('{}', { lang: 'en' });
    const f: FieldPath = validate({}).findings[0].field;
    const catalogue: RuleEntry[] = await rules('en');
    const s: string = about().standard;
    const c = canonical({});
    const checked = filingSchema['~standard'].validate({});
    // @ts-expect-error: rules() is a Promise in the core entry
    const sync: RuleEntry[] = rules();
    // @ts-expect-error: a language is "zh" or "en"
    void rules('fr');
    void [r, f, catalogue, s, c, checked, sync];
  `, ['es2022']);
  assert.equal(core.status, 0, core.out);
  // The binding entry (issue 28), in a browser project: attach and the
  // core's functions, rules() a Promise, no schema() or fields().
  const binding = compile(`
    import init, { initSync, attach, readDraft, validate, validateJson, canonical, rules, about, filingSchema, type Report, type RuleEntry, type Binding } from 'shanfang-validator/binding';
    await init();
    void initSync;
    const b: Binding = attach(document.querySelector('form')!, { draft: 'k', tasks: 'tasks' });
    b.setLang('en');
    const r: Report = b.refresh();
    const v: Report = validateJson('{}');
    const d = readDraft('k');
    const catalogue: RuleEntry[] = await rules('en');
    void [r, v, d, catalogue, validate({}), canonical({}), about().version, filingSchema];
  `, ['es2022', 'esnext.disposable', 'dom'], { module: 'esnext', moduleResolution: 'bundler' });
  assert.equal(binding.status, 0, binding.out);
  const noSchema = compile(`
    // @ts-expect-error: the binding entry has no schema() (the package ships the schema as JSON)
    import { schema } from 'shanfang-validator/binding';
    void schema;
  `, ['es2022', 'dom'], { module: 'esnext', moduleResolution: 'bundler' });
  assert.equal(noSchema.status, 0, noSchema.out);
  const missing = compile(`
    // @ts-expect-error: the core entry has no form binding
    import { attach } from 'shanfang-validator/core';
    void attach;
  `, ['es2022']);
  assert.equal(missing.status, 0, missing.out);
});

test('Node: the Standard Schema validates (issues with paths and clauses, { value } on success), ESM and CommonJS', async () => {
  const esm = await import(pathToFileURL(path.join(PKG, 'shanfang.js')).href);
  esm.initSync();
  const valid = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', 'valid-filing.json'), 'utf8'));
  const ok = esm.filingSchema['~standard'].validate(valid);
  assert.equal(ok.issues, undefined);
  assert.equal(ok.value, valid);
  assert.equal(esm.filingSchema['~standard'].version, 1);
  assert.equal(esm.filingSchema['~standard'].vendor, 'shanfang-validator');
  const bad = structuredClone(valid);
  bad.site.fire_extinguishers = 0;
  bad.party.stewards[1].phone = '123';
  const failed = esm.filingSchema['~standard'].validate(bad);
  const byPath = Object.fromEntries(failed.issues.map((i) => [i.path.join('/'), i.message]));
  assert.match(byPath['site/fire_extinguishers'], /第6\.5条/);
  assert.match(byPath['party/stewards/1/phone'], /5\.2\.1/);
  assert.deepEqual(failed.issues.find((i) => i.path[1] === 'stewards').path, ['party', 'stewards', 1, 'phone'], 'an index is a number');
  assert.equal(failed.issues.length, esm.validate(bad).errors, 'one issue per error');
  // Warnings (宜) do not fail it; report() has them.
  const warned = structuredClone(valid);
  delete warned.brand;
  const w = esm.filingSchema.report(warned);
  assert.ok(w.warnings > 0 && w.errors === 0, JSON.stringify(w));
  assert.equal(esm.filingSchema['~standard'].validate(warned).issues, undefined);
  // English messages; not an object; a cycle: issues, never an exception.
  assert.match(esm.standardSchema({ lang: 'en' })['~standard'].validate(bad).issues[0].message, /clause|[a-z]/);
  assert.equal(esm.filingSchema['~standard'].validate(null).issues.length, 1);
  const cyclic = {};
  cyclic.self = cyclic;
  assert.equal(esm.filingSchema['~standard'].validate(cyclic).issues.length, 1);
  const cjs = require(path.join(PKG, 'node', 'shanfang.cjs'));
  assert.deepEqual(cjs.filingSchema['~standard'].validate(bad).issues, failed.issues, 'CommonJS agrees');
});

test("wasm-bindgen's output is published as it writes it, only minified for browsers; hand-written entries wrap it", () => {
  // The module the build gave wasm-bindgen (scripts/build.sh), run through it again here.
  const mvp = path.join(ROOT, 'target', 'wasm32-unknown-unknown', 'wasm-release', 'shanfang-no-reftypes.wasm');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-bindgen-'));
  // What the build does to wasm-bindgen's output: its imports' names made
  // short (scripts/short_imports.py), a browser's script minified
  // (scripts/minify.py, esbuild); nothing by hand.
  const shortImports = (out, name) => {
    const r = spawnSync('python3', [path.join(ROOT, 'scripts', 'short_imports.py'), path.join(out, `${name}_bg.wasm`), path.join(out, `${name}.js`)], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  };
  const minified = (code) => {
    const r = spawnSync('python3', [path.join(ROOT, 'scripts', 'minify.py'), 'js', 'bindgen'], { input: code, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  try {
    const gen = (target, ...flags) => {
      const out = path.join(dir, target);
      const r = spawnSync('wasm-bindgen', ['--target', target, ...flags, '--no-typescript', '--out-dir', out, '--out-name', 'shanfang', mvp], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      shortImports(out, 'shanfang');
      return fs.readFileSync(path.join(out, 'shanfang.js'), 'utf8');
    };
    assert.equal(fs.readFileSync(path.join(PKG, 'bindgen', 'shanfang.js'), 'utf8'), minified(gen('web', '--omit-default-module-path')), 'ES: bindgen/shanfang.js as written, minified');
    assert.equal(fs.readFileSync(path.join(PKG, 'shanfang_node.cjs'), 'utf8'), gen('nodejs'), 'Node: shanfang_node.cjs as written');
    const classic = gen('no-modules');
    assert.ok(fs.readFileSync(path.join(PKG, 'classic', 'shanfang.js'), 'utf8').startsWith(minified(classic)), 'classic: the no-modules output as written, minified, then the glue');
    // The core entry's module (the binding entry's too), the same way.
    const coreMvp = path.join(ROOT, 'target', 'wasm32-unknown-unknown', 'wasm-release', 'shanfang-core-entry-no-reftypes.wasm');
    const out = path.join(dir, 'core');
    const r = spawnSync('wasm-bindgen', ['--target', 'web', '--omit-default-module-path', '--no-typescript', '--out-dir', out, '--out-name', 'shanfang_core', coreMvp], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    shortImports(out, 'shanfang_core');
    assert.equal(fs.readFileSync(path.join(PKG, 'core', 'bindgen', 'shanfang_core.js'), 'utf8'), minified(fs.readFileSync(path.join(out, 'shanfang_core.js'), 'utf8')), 'core: bindgen/shanfang_core.js as written, minified');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // The entries import it; none of wasm-bindgen's text is in them.
  const esm = fs.readFileSync(path.join(PKG, 'shanfang.js'), 'utf8');
  assert.match(esm, /from\s*["']\.\/bindgen\/shanfang\.js["']/);
  assert.doesNotMatch(esm, /__wbg_get_imports/);
  const bindingEntry = fs.readFileSync(path.join(PKG, 'binding', 'shanfang_binding.js'), 'utf8');
  assert.match(bindingEntry, /from\s*["']\.\.\/core\/bindgen\/shanfang_core\.js["']/);
  assert.doesNotMatch(bindingEntry, /__wbg_get_imports/);
  const cjs = fs.readFileSync(path.join(PKG, 'node', 'shanfang.cjs'), 'utf8');
  assert.match(cjs, /require\('\.\.\/shanfang_node\.cjs'\)/);
  assert.doesNotMatch(cjs, /__wbg_get_imports/);
  // And the crate's wasm-bindgen is a dependency like any other: not pinned with "=".
  assert.doesNotMatch(fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8'), /^wasm-bindgen = \{ version = "=/m);
});
