#!/usr/bin/env node
// The product's own paths in WPE WebKit 2.38 (issue 25, point 3), outside
// the normal test run: `scripts/wpe-soak.sh product N` (N fresh page loads).
// Each load of the served form (www/, as scripts/run.sh serves it) runs
//   1. `validateJson` on the worst-case filing (bench/worst-case.json), its
//      report held to the CLI's for the same text;
//   2. a typing session through `attach`: text typed key by key into the
//      form's fields (an `input` event a key, as a keyboard makes), each
//      field then left, and the binding's own report and filing held to the
//      CLI's report of that filing and to the first load's filing.
// Then, in one page, the package's module compiled afresh N times (each a
// new WebAssembly.Module, so the engine tiers its code up anew, which is
// when the fault strikes) and `validateJson` on the worst case run on each:
// the same chance as N page loads, in a fraction of the time.
// The engine's fault shows as a thrown error, a trap, or a report that
// differs; each is counted with its first words. JSC options reach the web
// process through the environment (JSC_useBBQJIT=false …).
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ROOT, serve } = require('../e2e/lib');
const { startDriver } = require('../e2e/webdriver');
const { freshModules } = require('./wpe-fault');

const runs = Number(process.argv[2] || 500);
const BIN = path.join(ROOT, 'target', 'release', 'shanfang-check');
const WORST_TEXT = JSON.stringify(JSON.parse(fs.readFileSync(path.join(ROOT, 'bench', 'worst-case.json'), 'utf8')));
// What a clerk types, field by field (ids of www/index.html).
const TYPING = [
  ['workshop.name', '丽水山坊·雾溪畲族乡竹编共富工坊'],
  ['workshop.township', '雾溪畲族乡'],
  ['operator.name', '景宁畲族自治县雾溪竹编专业合作社'],
  ['operator.credit_code', '91330100799655058B'],
  ['operations.low_income_employees', '6'],
  ['party.stewards[0].name', '蓝晓梅'],
  ['party.stewards[0].phone', '13905781234'],
  ['party.visits_per_month', '2'],
  ['site.fire_extinguishers', '0'],
  ['site.fire_extinguishers', '4'],
  ['operations.employees', '23'],
];

function cli(args, input) {
  const r = spawnSync(BIN, args, { input, encoding: 'utf8' });
  if (![0, 1].includes(r.status)) throw new Error(`shanfang-check ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

// In the page: both paths, every error caught and named.
function inPage(worstText, typing) {
  const out = {};
  try {
    out.worst = JSON.stringify(wasm_bindgen.validateJson(worstText, { lang: 'zh' }));
  } catch (e) {
    out.worstError = String(e && e.message || e);
  }
  try {
    for (const [id, text] of typing) {
      const el = document.getElementById(id);
      el.focus();
      el.value = '';
      for (const ch of Array.from(text)) {
        el.value += ch;
        el.dispatchEvent(new InputEvent('input', { bubbles: true, data: ch, inputType: 'insertText' }));
      }
      el.dispatchEvent(new Event('change', { bubbles: true }));
      el.blur();
    }
    out.report = JSON.stringify(self.shanfang.validate());
    out.filing = JSON.stringify(self.shanfang.filing());
  } catch (e) {
    out.typingError = String(e && e.message || e);
  }
  try { localStorage.clear(); } catch (e) { /* the next load starts blank either way */ }
  return out;
}

function started() {
  return !!self.shanfang && document.getElementById('shanfang-failed').hidden;
}

(async () => {
  if (!fs.existsSync(BIN)) throw new Error('build the release CLI first: cargo build --release --bin shanfang-check');
  const worstWant = JSON.parse(cli(['--format', 'json', '--lang', 'zh', '-'], WORST_TEXT));
  const server = await serve();
  const driver = await startDriver('wpe');
  let s = await driver.session();
  const failures = { worst: new Map(), typing: new Map() };
  let counted = 0;
  const count = (map, what) => { counted++; map.set(what, (map.get(what) || 0) + 1); };
  let firstFiling = null;
  let typingWant = null;
  const t0 = Date.now();
  try {
    for (let i = 0; i < runs; i++) {
      let got;
      try {
        await s.goto(`${server.url}/?load=${i}`);
        try {
          await s.until(started, [], 'the checker to start', 20000);
        } catch (e) {
          count(failures.worst, `did not start: ${e.message.slice(0, 80)}`);
          count(failures.typing, 'did not start');
          process.stdout.write('S');
          continue;
        }
        got = await s.run(inPage, WORST_TEXT, TYPING);
      } catch (e) {
        // The page stopped answering (a hung web process): counted, and a new browser.
        count(failures.worst, `the page stopped answering: ${e.message.slice(0, 60)}`);
        count(failures.typing, 'the page stopped answering');
        process.stdout.write('H');
        await s.close();
        s = await driver.session();
        continue;
      }
      const before = counted;
      if (got.worstError) count(failures.worst, got.worstError.slice(0, 100));
      else {
        try { assert.deepEqual(JSON.parse(got.worst), worstWant); } catch (e) { count(failures.worst, 'a report unlike the CLI\'s'); }
      }
      if (got.typingError) count(failures.typing, got.typingError.slice(0, 100));
      else {
        if (firstFiling === null) {
          firstFiling = got.filing;
          typingWant = JSON.parse(cli(['--format', 'json', '--lang', 'zh', '-'], got.filing));
        }
        if (got.filing !== firstFiling) count(failures.typing, 'a filing unlike the first load\'s');
        else {
          try { assert.deepEqual(JSON.parse(got.report), typingWant); } catch (e) { count(failures.typing, 'a report unlike the CLI\'s'); }
        }
      }
      process.stdout.write(counted > before ? 'F' : '.');
    }
  } finally {
    await s.close();
    await server.close();
  }
  // N fresh compilations of the package's module in one page.
  const fresh = new Map();
  let compiled = 0;
  const s2 = await driver.session();
  const server2 = await serve();
  try {
    // A small page of the package (it loads the classic build: its own instance is left alone).
    await s2.goto(`${server2.url}/examples/classic.html`);
    const result = await freshModules(s2, {
      n: runs, glueUrl: '../pkg/bindgen/shanfang.js', wasmUrl: '../pkg/shanfang_bg.wasm', method: 'validateJson', args: [WORST_TEXT, { lang: 'zh' }],
    });
    for (const [i, what] of result.failures) count(fresh, what), process.stdout.write(`F${i} `);
    compiled = result.done;
    if (result.first) {
      try { assert.deepEqual(JSON.parse(result.first), worstWant); } catch (e) { count(fresh, 'the first module\'s report unlike the CLI\'s'); }
    }
  } finally {
    await s2.close();
    await server2.close();
  }
  driver.close();
  const line = (name, map) => {
    const n = [...map.values()].reduce((a, b) => a + b, 0);
    console.log(`${name}: ${n} of ${runs} loads failed`);
    for (const [what, k] of map) console.log(`  ${k}× ${what}`);
  };
  console.log(`\nWPE WebKit 2.38, ${runs} fresh loads of the served form in ${((Date.now() - t0) / 1000).toFixed(0)} s; JSC options: ${Object.keys(process.env).filter((k) => k.startsWith('JSC_')).map((k) => `${k}=${process.env[k]}`).join(' ') || 'none'}`);
  line('validateJson(worst case)', failures.worst);
  line('typing session through attach', failures.typing);
  console.log(`validateJson(worst case) on ${compiled} freshly compiled modules in one page: ${[...fresh.values()].reduce((a, b) => a + b, 0)} failed`);
  for (const [what, k] of fresh) console.log(`  ${k}× ${what}`);
  process.exitCode = failures.worst.size + failures.typing.size + fresh.size ? 1 : 0;
})().catch((e) => { console.error(e); process.exit(2); });
