// Issue 28: the core entry (`shanfang-validator/core`), validating only, as
// a portal uses it: from the packed tarball in Node (ESM, CommonJS), in a
// browser served (ES module) and from file:// (classic script and the
// module as base64), typed without the DOM; the same reports as the main
// entry, and `rules()` brings the clauses' words when first asked.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { serve, launch } = require('./lib.js');
const { corpus: agreementCorpus } = require('./corpus.js');

const ROOT = path.resolve(__dirname, '..');
const PKG = path.join(ROOT, 'pkg');

let dir;
let app;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-core-'));
  const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: PKG, encoding: 'utf8' });
  assert.equal(pack.status, 0, pack.stderr);
  app = path.join(dir, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'portal-server', private: true }));
  const tarball = path.join(dir, JSON.parse(pack.stdout)[0].filename);
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--offline', '--ignore-scripts', tarball], { cwd: app, encoding: 'utf8' });
  assert.equal(install.status, 0, install.stderr);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(file, code) {
  fs.writeFileSync(path.join(app, file), code);
  const r = spawnSync(process.execPath, [file], { cwd: app, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, `${file}: ${r.stderr}`);
  return r.stdout.trim();
}

test('Node ESM: the core entry gives the main entry\'s reports over the agreement corpus, says what to call before init, and its rules() are the main entry\'s', () => {
  const corpus = path.join(dir, 'corpus.json');
  // The fields as the main entry lists them (the core entry has no fields()).
  const main = require(path.join(PKG, 'node', 'shanfang.cjs'));
  const fields = main.fields();
  fs.writeFileSync(corpus, JSON.stringify(agreementCorpus(fields.map((f) => f.path), Object.fromEntries(fields.map((f) => [f.path, f.codes])))));
  const out = JSON.parse(run('core.mjs', `
    import fs from 'node:fs';
    import init, * as core from 'shanfang-validator/core';
    import * as main from 'shanfang-validator';
    let before;
    try { core.validate({}); } catch (e) { before = e.message; }
    await init();
    main.initSync();
    const texts = JSON.parse(fs.readFileSync(${JSON.stringify(corpus)}, 'utf8'));
    let differ = 0;
    for (const text of texts) {
      for (const lang of ['zh', 'en']) {
        const a = (() => { try { return JSON.stringify(core.validateJson(text, { lang })); } catch (e) { return 'throws ' + e.message; } })();
        const b = (() => { try { return JSON.stringify(main.validateJson(text, { lang })); } catch (e) { return 'throws ' + e.message; } })();
        if (a !== b) differ++;
      }
    }
    const rulesSame = JSON.stringify(await core.rules('en')) === JSON.stringify(main.rules('en'))
      && JSON.stringify(await core.rules()) === JSON.stringify(main.rules());
    let badLang;
    try { await core.rules('fr'); } catch (e) { badLang = e.message; }
    console.log(JSON.stringify({ before, n: texts.length, differ, rulesSame, badLang, about: core.about(),
      canonical: core.canonical({ site: { fire_extinguishers: '３个' } }).site.fire_extinguishers,
      schema: core.filingSchema['~standard'].validate({ site: { fire_extinguishers: 0 } }).issues.some((i) => i.path.join('.') === 'site.fire_extinguishers'),
      exports: Object.keys(core).sort() }));
  `));
  assert.match(out.before, /^shanfang-validator\/core: validate\(\) was called before the module was loaded/);
  assert.ok(out.n > 100, 'the corpus is there');
  assert.equal(out.differ, 0, 'every report (and every rejection) the same as the main entry\'s');
  assert.ok(out.rulesSame, 'rules() is the main entry\'s catalogue, in both languages');
  assert.equal(out.badLang, 'lang must be "zh" or "en", not "fr"');
  assert.equal(out.about.standard, 'DB3311/T 244—2023');
  assert.equal(out.canonical, 3);
  assert.ok(out.schema);
  assert.deepEqual(out.exports, ['about', 'canonical', 'default', 'filingSchema', 'initSync', 'rules', 'standardSchema', 'validate', 'validateJson']);
});

test('Node CommonJS: require gives a ready core entry; rules() is a Promise as in the ES entry', () => {
  const out = JSON.parse(run('core.cjs', `
    const core = require('shanfang-validator/core');
    const r = core.validateJson('{"site":{"fire_extinguishers":0}}', { lang: 'en' });
    core.rules('en').then((rules) => console.log(JSON.stringify({
      clause: r.findings.find((f) => f.field === 'site.fire_extinguishers').clause,
      rules: rules.length, title: rules.find((x) => x.clause === '6.5').title,
      promise: core.rules() instanceof Promise,
    })));
  `));
  assert.deepEqual(out, { clause: '6.5', rules: 51, title: 'Fire-fighting equipment', promise: true });
});

test('the core module carries no form binding, no clauses\' words and no schema', () => {
  const wasm = fs.readFileSync(path.join(PKG, 'core', 'shanfang_core_bg.wasm'));
  const text = wasm.toString('utf8');
  assert.ok(text.includes('应配备灭火器等消防器材'), 'the messages are in it');
  assert.ok(!text.includes('应配备灭火器等消防器材。'), 'clause 6.5\'s own words (with its full stop) are not');
  assert.ok(!text.includes('Fire-fighting equipment'), 'nor its title');
  assert.ok(!text.includes('"$schema"'), 'nor the schema');
  const bindgen = fs.readFileSync(path.join(PKG, 'core', 'bindgen', 'shanfang_core.js'), 'utf8');
  // Minified, an export is named only in `export{… as attach}`: no such word at all.
  assert.doesNotMatch(bindgen, /\b(attach|schema|fields)\b/);
  // The binding entry's form binding is its own script's, over this module.
  assert.match(fs.readFileSync(path.join(PKG, 'binding', 'shanfang_binding.js'), 'utf8'), /\battach\b/, 'the binding entry has it');
});

let server;
let browser;
before(async () => {
  server = await serve(ROOT);
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

test('browser, served: the ES core entry loads its module by itself; rules() fetches the words when asked', async () => {
  const page = await browser.newPage();
  try {
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // Any document of the same origin: the entry is imported from the page.
    await page.goto(`${server.url}/pkg/package.json`);
    const out = await page.evaluate(async (base) => {
      const core = await import(base + '/pkg/core/shanfang_core.js');
      await core.default();
      const r = core.validate({ site: { fire_extinguishers: 0 } });
      const loadedBefore = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      const rules = await core.rules('en');
      return { errors: r.errors, clause: r.findings.find((f) => f.field === 'site.fire_extinguishers').clause, loadedBefore, title: rules.find((x) => x.clause === '6.5').title };
    }, server.url);
    assert.equal(out.clause, '6.5');
    assert.ok(!out.loadedBefore.some((p) => p.includes('rules-')), 'the words are not loaded before rules() is called');
    assert.ok(requested.includes('/pkg/core/rules-en.js'), 'and are when it is');
    assert.equal(out.title, 'Fire-fighting equipment');
  } finally {
    await page.close();
  }
});

test('browser, file://: the classic core script with the module as base64 validates, and rules() loads its words from beside it', async () => {
  const html = path.join(dir, 'page.html');
  fs.writeFileSync(html, `<!doctype html><meta charset="utf-8"><title>core from disk</title>
    <script src="${path.join(PKG, 'core', 'classic', 'shanfang_core.js')}"></script>
    <script src="${path.join(PKG, 'core', 'wasm-base64.js')}"></script>`);
  const page = await browser.newPage();
  try {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('file://' + html);
    const out = await page.evaluate(async () => {
      const bytes = Uint8Array.from(atob(SHANFANG_CORE_WASM), (c) => c.charCodeAt(0));
      shanfang_core.initSync({ module: bytes });
      const r = shanfang_core.validate({ site: { fire_extinguishers: '两个' } }, { lang: 'en' });
      const rules = await shanfang_core.rules();
      return { field: r.findings.find((f) => f.field === 'site.fire_extinguishers').code, rules: rules.length, title: rules[0].title };
    });
    assert.deepEqual(errors, []);
    assert.equal(out.rules, 51);
    assert.equal(out.title, '党建引领');
    assert.match(out.field, /^site\.fire_extinguishers\./);
  } finally {
    await page.close();
  }
});
