// The benchmark of issue 5, in one run: `bash bench/run.sh` (which builds
// first), or `node bench/bench.js` once pkg/, dist/ and
// target/release/shanfang-check are built. Not part of the test run.
//
// Measures, in headless Chromium (Debian's, through playwright-core):
//   1. validate(obj) / validateJson(text) of the ES module, per call from JS,
//      the JS↔wasm crossing included, on the valid example and a worst case;
//   2. ajv (standalone-compiled bench/ajv-schema.json) side by side;
//   3. input event → DOM updated on the real form, over scripted edits;
//   4. cold start: page load → first verdict on screen (served and file://);
// and without a browser:
//   5. sizes, raw and gzipped;
//   6. native shanfang-check over 100,000 filings as JSONL.
// Prints a table with the targets and writes bench/results/latest.json.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const zlib = require('node:zlib');
const crypto = require('node:crypto');
const { execFileSync, spawnSync } = require('node:child_process');

const BENCH = __dirname;
const ROOT = path.resolve(BENCH, '..');
const BUILD = path.join(BENCH, 'build');
const RESULTS = path.join(BENCH, 'results');
// What the browser measures is served from a copy taken at the start, so a
// rebuild of pkg/ or www/pkg/ by someone else during the run cannot mix builds.
let SNAP = path.join(BUILD, 'snapshot');
const SNAP_CURRENT = SNAP;
// BENCH_BASELINE=<a built checkout of an earlier commit> (bench/compare.sh
// makes one): its pages, module and CLI are measured in the same run, part
// by part and in alternating order, beside this build's (this VM's speed
// drifts twofold between runs).
const BASELINE = process.env.BENCH_BASELINE ? path.resolve(process.env.BENCH_BASELINE) : null;
const SNAP_BASELINE = path.join(BUILD, 'snapshot-baseline');
// playwright-core is the workspace's (root package.json); ajv is bench/'s own.
const { chromium } = require(require.resolve('playwright-core', { paths: [ROOT] }));
// The tests' static server and Chromium flags.
const lib = require('../e2e/lib');
const { entrySizes } = require('../scripts/entry-sizes.js');
const serve = (dir, headers = {}) => lib.serve(dir, () => headers);

const VALID_TEXT = fs.readFileSync(path.join(ROOT, 'examples', 'valid-filing.json'), 'utf8');
const WORST_TEXT = fs.readFileSync(path.join(BENCH, 'worst-case.json'), 'utf8');
const VALID = JSON.parse(VALID_TEXT);
const WORST = JSON.parse(WORST_TEXT);

const env = (name, dflt) => (process.env[name] ? Number(process.env[name]) : dflt);
const CONFIG = {
  micro: { samples: env('BENCH_SAMPLES', 1000), minBatch: 20, targetBatchUs: 250, warmupMs: 300 },
  edits: env('BENCH_EDITS', 1000),
  coldRuns: env('BENCH_COLD_RUNS', 10),
  coldWeakRuns: env('BENCH_COLD_WEAK_RUNS', 5),
  nativeFilings: env('BENCH_NATIVE_FILINGS', 100000),
  nativeRuns: 3,
  kb: 1000, // 1 KB = 1000 bytes in the targets
};

const TARGETS = {
  validateValidMedianUs: 20,
  inputToDomP99Ms: 2,
  // Sizes: each entry's target is in scripts/entry-sizes.js (issue 28).
  coldStartMs: 50,
  nativePerCore: 200000,
  // Issue 14: the HTTP service on one core, loopback.
  serviceRps: 20000,
  serviceP99Ms: 2,
};

// The tests' flags, and no throttling of timers or background pages.
const CHROMIUM_ARGS = [...lib.CHROMIUM_ARGS,
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'];

function log(msg) { process.stderr.write(`[bench] ${msg}\n`); }

// ---------------------------------------------------------------- statistics

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  // Nearest rank: the smallest value with at least q of the samples at or below it.
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

function stats(values) {
  const s = Float64Array.from(values).sort();
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return { n: s.length, min: s[0], median: quantile(s, 0.5), p99: quantile(s, 0.99), max: s[s.length - 1], mean };
}

const round = (x, d = 2) => (Number.isFinite(x) ? Number(x.toFixed(d)) : x);
function roundAll(o, d = 2) {
  const out = {};
  for (const [k, v] of Object.entries(o)) out[k] = typeof v === 'number' && k !== 'n' ? round(v, d) : v;
  return out;
}

// -------------------------------------------------------------------- server

const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/** Copies what the pages load into bench/build/snapshot/ (the same layout as the repository). */
function snapshot(from = ROOT, dest = SNAP) {
  fs.rmSync(dest, { recursive: true, force: true });
  for (const p of ['pkg', 'www', 'dist/shanfang-form.html', 'examples/valid-filing.json']) {
    fs.cpSync(path.join(from, p), path.join(dest, p), { recursive: true });
  }
  // Each build's own list of what its entries load (issue 28): the files
  // of an entry changed with the build (the binding's module became the
  // core's), so a baseline is counted by its own list.
  if (fs.existsSync(path.join(from, 'scripts', 'entry-sizes.js'))) {
    fs.cpSync(path.join(from, 'scripts', 'entry-sizes.js'), path.join(dest, 'scripts', 'entry-sizes.js'));
  }
  // The served build (scripts/served.py, issue 29), where the build has one.
  if (fs.existsSync(path.join(from, 'dist', 'www'))) fs.cpSync(path.join(from, 'dist', 'www'), path.join(dest, 'dist', 'www'), { recursive: true });
  // The harness is this checkout's, for a baseline too: the same measurement.
  for (const p of ['bench/micro.html', 'bench/worst-case.json']) {
    fs.cpSync(path.join(ROOT, p), path.join(dest, p), { recursive: true });
  }
}

// ---------------------------------------------------------------------- ajv

/**
 * Compiles bench/ajv-schema.json once with ajv's standalone code generation
 * and writes it, with the few CommonJS modules it requires (ajv's runtime
 * helpers, ajv-formats' formats) wrapped in, as one self-contained ES module:
 * bench/build/ajv-validate.mjs.
 */
function buildAjv() {
  const Ajv = require('ajv');
  const addFormats = require('ajv-formats');
  const standalone = require('ajv/dist/standalone').default;
  const { _ } = Ajv;
  const schema = JSON.parse(fs.readFileSync(path.join(BENCH, 'ajv-schema.json'), 'utf8'));
  const options = { allErrors: true, allowUnionTypes: true };
  const ajv = new Ajv({ ...options, code: { source: true, esm: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  // The compiled validator must agree with ours on which filing passes.
  const verdicts = { valid: validate(VALID), worst: validate(WORST) };
  if (!verdicts.valid || verdicts.worst) throw new Error(`ajv schema: the valid example must pass and the worst case fail (got ${JSON.stringify(verdicts)})`);
  const code = standalone(ajv, validate);

  // A minimal CommonJS bundler for the modules the generated code requires.
  const modules = [];
  const ids = new Map();
  const requires = (src) => [...new Set([...src.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))];
  function add(file) {
    if (ids.has(file)) return ids.get(file);
    const id = modules.length;
    ids.set(file, id);
    modules.push(null);
    const src = fs.readFileSync(file, 'utf8');
    const deps = {};
    for (const spec of requires(src)) deps[spec] = add(require.resolve(spec, { paths: [path.dirname(file)] }));
    modules[id] = { file: path.relative(ROOT, file), src, deps };
    return id;
  }
  const entryDeps = {};
  for (const spec of requires(code)) entryDeps[spec] = add(require.resolve(spec, { paths: [BENCH] }));
  const defs = modules.map((m, id) => `/* ${m.file} */ ${id}: [function (module, exports, require) {\n${m.src}\n}, ${JSON.stringify(m.deps)}]`);
  const out = [
    '// Generated by bench/bench.js: ajv standalone code of bench/ajv-schema.json, with its CommonJS helpers bundled.',
    `// new Ajv(${JSON.stringify(options)}) + ajv-formats; ajv ${require('ajv/package.json').version}, ajv-formats ${require('ajv-formats/package.json').version}.`,
    `const __defs = {\n${defs.join(',\n')}\n};`,
    'const __cache = {};',
    'function __load(id) {',
    '  if (__cache[id]) return __cache[id].exports;',
    '  const module = (__cache[id] = { exports: {} });',
    '  const [fn, deps] = __defs[id];',
    '  fn(module, module.exports, (spec) => __load(deps[spec]));',
    '  return module.exports;',
    '}',
    `const __entry = ${JSON.stringify(entryDeps)};`,
    'const require = (spec) => __load(__entry[spec]);',
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
  const file = path.join(SNAP, 'bench', 'build', 'ajv-validate.mjs');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, out);
  return { file: path.relative(ROOT, file), bytes: Buffer.byteLength(out), options, verdictsNode: verdicts,
    ajv: require('ajv/package.json').version, ajvFormats: require('ajv-formats/package.json').version };
}

// -------------------------------------------------- 1, 2: validate() and ajv

async function micro(browser) {
  const server = await serve(SNAP, ISOLATED);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}/bench/micro.html`);
    await page.waitForFunction(() => window.benchLoaded === true, null, { timeout: 30000 });
    const setup = await page.evaluate(() => window.bench.setup());
    if (!setup.crossOriginIsolated) throw new Error('the micro-benchmark page is not cross-origin isolated (COOP/COEP headers)');
    log(`micro: crossOriginIsolated, timer step ${setup.timerStepUs.toFixed(1)} µs; measuring`);
    const raw = await page.evaluate((cfg) => window.bench.runMicro(cfg), CONFIG.micro);
    const rows = raw.map((s) => ({ impl: s.impl, api: s.api, filing: s.filing, batch: s.batch, warmupCalls: s.warmupCalls, ...roundAll(stats(s.times), 3) }));
    const profile = await profileValidate(page);
    return { setup, rows, profile };
  } finally {
    await context.close();
    await server.close();
  }
}

/** Self time by function while `run()` goes on, from the CDP sampling profiler (top 12). */
async function profile(page, run) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    const result = await run();
    const { profile: p } = await cdp.send('Profiler.stop');
    await cdp.send('Profiler.disable');
    const self = new Map();
    let total = 0;
    for (const n of p.nodes) {
      const hits = n.hitCount || 0;
      if (!hits) continue;
      const cf = n.callFrame;
      let name = cf.functionName || '(anonymous)';
      if (cf.url.startsWith('wasm://') || /\.wasm$/.test(cf.url)) name = `wasm ${name}`;
      else if (cf.url) name = `${name} (${cf.url.replace(/^.*\//, '')})`;
      if (name === '(idle)') continue;
      self.set(name, (self.get(name) || 0) + hits);
      total += hits;
    }
    const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)
      .map(([name, hits]) => ({ name, selfPercent: round((100 * hits) / total, 1) }));
    return { result, samples: total, top };
  } catch (e) {
    return { error: String((e && e.message) || e) };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Where validate(obj) spends its time, on each filing. */
async function profileValidate(page) {
  const out = {};
  for (const filing of ['valid', 'worst']) {
    const p = await profile(page, () => page.evaluate((f) => window.bench.spin('validate(obj)', f, 1500), filing));
    out[filing] = { calls: p.result, samples: p.samples, top: p.top, error: p.error };
  }
  return out;
}

// ------------------------------------------------------- 3: input → DOM

/** A half-filled form: some sections done, others empty, some values wrong. */
const HALF = {
  workshop: { name: VALID.workshop.name, county: 'yunhe', township: VALID.workshop.township, established: '2024-03-15' },
  operator: { name: VALID.operator.name, kind: 'village_company', credit_code: '9133010079965505' },
  modes: ['processing'],
  processing: { scope: ['handicraft'], workstations: '5' },
  party: { organization: true, maps: { alliance: true }, stewards: VALID.party.stewards.slice(0, 3), visits_per_month: '1' },
  site: { kind: 'factory', fire_extinguishers: '0', tidy: true },
  operations: { declaration: true, benefit_models: ['labor'], employees: '20' },
};

/** Runs in the page: fills HALF, then times `count` scripted edits. */
async function editsInPage({ half, count, seed, layout = true }) {
  const form = document.getElementById('filing');
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const named = (name) => [...form.querySelectorAll('input, select, textarea')].filter((e) => e.name === name);
  const hidden = (el) => !!el.closest('[hidden]');
  const messages = () => document.querySelectorAll('.shanfang-message').length;
  const counts = () => (document.querySelector('#shanfang-status .shanfang-counts') || {}).textContent || '';
  const fire = (el) => el.dispatchEvent(new Event('input', { bubbles: true }));

  // Fill the half filing as edits (so those fields count as touched).
  function leaves(v, prefix, out) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) leaves(x, prefix ? `${prefix}.${k}` : k, out);
    } else if (Array.isArray(v) && v.some((x) => x !== null && typeof x === 'object')) {
      v.forEach((x, i) => leaves(x, `${prefix}[${i}]`, out));
    } else out.push([prefix, v]);
    return out;
  }
  for (const [p, v] of leaves(half, '', [])) {
    const els = named(p);
    if (els.length === 0) throw new Error(`no control named ${p}`);
    if (els[0].type === 'checkbox' && (els.length > 1 || Array.isArray(v))) {
      for (const e of els) e.checked = v.includes(e.value);
    } else if (els[0].type === 'checkbox') {
      els[0].checked = v === true;
    } else {
      els[0].value = String(v);
    }
    fire(els[0]);
  }
  await frame();

  // The edits. Each has a kind, a control and how it changes the value.
  let state = seed >>> 0;
  const rand = () => { // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const one = (name, value) => {
    const els = named(name);
    const el = value === undefined ? els[0] : els.find((e) => e.value === value);
    if (!el) throw new Error(`no control ${name}${value ? `=${value}` : ''}`);
    return el;
  };
  // Typing: a keystroke adds the next character of the target; once all is
  // typed, keystrokes delete back to empty (messages come and go).
  const typing = (name, target) => {
    const el = one(name);
    let pos = el.value.length;
    let dir = 1;
    return {
      kind: 'text', el, apply() {
        if (dir > 0 && pos >= target.length) dir = -1;
        else if (dir < 0 && pos <= 0) dir = 1;
        pos += dir;
        el.value = target.slice(0, pos);
      },
    };
  };
  const cycle = (kind, name, values) => {
    const el = one(name);
    let i = 0;
    return { kind, el, apply() { el.value = values[i++ % values.length]; } };
  };
  const toggle = (kind, name, value) => {
    const el = one(name, value);
    return { kind, el, apply() { el.checked = !el.checked; } };
  };
  const edits = [
    typing('workshop.name', '云和县雾溪畲族乡坪垟岗村木玩来料加工共富工坊'),
    typing('workshop.address', '云和县雾溪畲族乡坪垟岗村党群服务中心一楼'),
    typing('workshop.village', '坪垟岗村'),
    typing('operator.name', '云和县雾溪强村发展有限公司'),
    typing('operator.credit_code', '91330100799655058B'),
    typing('party.stewards[1].phone', '13905782345'),
    typing('party.stewards[3].name', '蓝小红'),
    typing('party.stewards[3].unit', '坪垟岗村村委会'),
    typing('operations.finance_partner', '浙江云和农村商业银行'),
    cycle('count', 'site.fire_extinguishers', ['1', '', '3', '-1', '12', '0']),
    cycle('count', 'processing.workstations', ['12', '', '30', '2.5', '5']),
    cycle('count', 'party.visits_per_month', ['2', '', '4', '1']),
    cycle('count', 'operations.trainings_per_year', ['1', '4', '0', '']),
    cycle('count', 'operations.low_income_employees', ['3', '30', '']),
    toggle('checkbox', 'site.tidy'),
    toggle('checkbox', 'site.logistics'),
    toggle('checkbox', 'party.organization'),
    toggle('checkbox', 'party.maps.operation'),
    toggle('checkbox', 'party.maps.stewards'),
    toggle('checkbox', 'operations.systems.safety'),
    toggle('checkbox', 'workshop.food_processing'),
    toggle('checkbox', 'party.stewards_public'),
    toggle('mode', 'modes', 'processing'),
    toggle('mode', 'modes', 'livestream'),
    toggle('mode', 'modes', 'agritourism'),
    toggle('mode', 'modes', 'overseas'),
    toggle('mode', 'modes', 'mountain_sea'),
    cycle('select', 'operator.kind', ['broker', 'manufacturer', '', 'livestreamer', 'village_company']),
    cycle('select', 'site.kind', ['idle_house', '', 'factory']),
    cycle('select', 'workshop.county', ['liandu', '', 'yunhe']),
  ];
  const weights = { text: 40, count: 20, checkbox: 20, mode: 8, select: 12 };
  const byKind = {};
  for (const e of edits) (byKind[e.kind] = byKind[e.kind] || []).push(e);
  const kinds = Object.keys(weights);
  const totalWeight = kinds.reduce((a, k) => a + weights[k], 0);

  const out = [];
  let appeared = 0;
  let disappeared = 0;
  let countsChanged = 0;
  for (let n = 0; n < count; n++) {
    let r = rand() * totalWeight;
    let kind = kinds[kinds.length - 1];
    for (const k of kinds) { if (r < weights[k]) { kind = k; break; } r -= weights[k]; }
    const visible = byKind[kind].filter((e) => !hidden(e.el));
    const edit = visible[Math.floor(rand() * visible.length)];
    edit.apply();
    const m0 = messages();
    const c0 = counts();
    const t0 = performance.now();
    fire(edit.el);
    const t1 = performance.now();
    if (layout) void document.documentElement.offsetHeight; // style and layout
    const t2 = performance.now();
    const m1 = messages();
    if (m1 > m0) appeared += m1 - m0; else disappeared += m0 - m1;
    const countsChange = counts() !== c0;
    if (countsChange) countsChanged++;
    out.push({ kind, name: edit.el.name, dom: t1 - t0, layout: t2 - t0, changed: countsChange || m1 !== m0 });
    await frame();
  }
  return { edits: out, appeared, disappeared, countsChanged, messagesAtEnd: messages(), countsAtEnd: counts() };
}

/**
 * Runs in the page: the floor under the edits' tail. A fixed piece of work,
 * `validate(valid example)` called k times with k set so it lasts about
 * `ms` (the edits' median), timed `count` times with the same pacing as the
 * edits. It touches no DOM, and after thousands of warm-up calls its code
 * no longer changes tier, so whatever its p99 adds to its p50 is how this
 * machine's speed varies from one millisecond to the next, not the form.
 * (Tried first and dropped: a JS loop of fixed iterations, whose speed swung
 * tenfold with V8's tier run to run; a spin on the clock, which a slower CPU
 * does not slow down, so it stays flat however the machine varies.)
 */
async function fixedTaskInPage({ count, ms, filing }) {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const validate = wasm_bindgen.validate; // the classic glue's global
  for (let i = 0; i < 3000; i++) validate(filing);
  const perCall = [];
  for (let i = 0; i < 21; i++) {
    const t0 = performance.now();
    for (let j = 0; j < 50; j++) validate(filing);
    perCall.push((performance.now() - t0) / 50);
  }
  const calls = Math.max(1, Math.round(ms / perCall.sort((x, y) => x - y)[10]));
  const times = [];
  for (let i = 0; i < count; i++) {
    await frame();
    const t0 = performance.now();
    for (let j = 0; j < calls; j++) validate(filing);
    times.push(performance.now() - t0);
  }
  return { calls, times };
}

async function inputToDom(browser) {
  const server = await serve(path.join(SNAP, 'www'), ISOLATED);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}/`);
    await page.locator('#shanfang-status .shanfang-counts').waitFor();
    const isolated = await page.evaluate(() => self.crossOriginIsolated);
    if (!isolated) throw new Error('the form page is not cross-origin isolated (COOP/COEP headers)');
    log(`input→DOM: ${CONFIG.edits} edits on the served form`);
    const r = await page.evaluate(editsInPage, { half: HALF, count: CONFIG.edits, seed: 244 });
    const dom = stats(r.edits.map((e) => e.dom));
    const layout = stats(r.edits.map((e) => e.layout));
    const perKind = {};
    for (const kind of [...new Set(r.edits.map((e) => e.kind))]) {
      const list = r.edits.filter((e) => e.kind === kind);
      perKind[kind] = { ...roundAll(stats(list.map((e) => e.dom)), 3), layoutP99: round(stats(list.map((e) => e.layout)).p99, 3) };
    }
    // Edits that change what is shown (the counts, a message) against those that do not.
    const byChange = {};
    for (const [key, changed] of [['verdict changed', true], ['verdict unchanged', false]]) {
      byChange[key] = roundAll(stats(r.edits.filter((e) => e.changed === changed).map((e) => e.dom)), 3);
    }
    // The floor: fixed work as long as the median edit, timed the same way.
    const fixed = await page.evaluate(fixedTaskInPage, { count: CONFIG.edits, ms: dom.median, filing: VALID });
    const floor = { work: `validate(valid example) × ${fixed.calls}`, ...roundAll(stats(fixed.times), 3), over2ms: fixed.times.filter((t) => t > 2).length };
    // Not timed: where the time of an edit goes, over a shorter profiled run.
    const prof = await profile(page, () => page.evaluate(editsInPage, { half: HALF, count: 200, seed: 5, layout: false }));
    const slowest = [...r.edits].sort((a, b) => b.dom - a.dom).slice(0, 5).map((e) => ({ ...e, dom: round(e.dom, 3), layout: round(e.layout, 3) }));
    return {
      crossOriginIsolated: isolated, edits: r.edits.length, domMs: roundAll(dom, 3), withLayoutMs: roundAll(layout, 3), perKind, byChange, slowest, floor,
      editsOver2ms: r.edits.filter((e) => e.dom > 2).length,
      profile: { edits: 200, samples: prof.samples, top: prof.top, error: prof.error },
      messagesAppeared: r.appeared, messagesDisappeared: r.disappeared, countsChanged: r.countsChanged, messagesAtEnd: r.messagesAtEnd, countsAtEnd: r.countsAtEnd,
    };
  } finally {
    await context.close();
    await server.close();
  }
}

// ------------------------------------------------------------ 4: cold start

/** Init script: when the status counts first get their text, note performance.now() (and the next frame). */
function coldStartProbe() {
  const seen = () => {
    const c = document.querySelector('#shanfang-status .shanfang-counts');
    if (!c || !c.textContent) return false;
    window.__verdict = performance.now();
    requestAnimationFrame(() => { window.__frame = performance.now(); });
    return true;
  };
  const obs = new MutationObserver(() => { if (seen()) obs.disconnect(); });
  obs.observe(document, { subtree: true, childList: true, characterData: true });
}

/**
 * A weak mobile connection, as Lighthouse's mobile profile throttles one:
 * 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip.
 */
const WEAK_NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/**
 * The floor under any cold start here: a page of one line of text, served
 * the same way, timed to its first contentful paint. No page with a verdict
 * on screen can be faster than this browser paints a line.
 */
function floorPage() {
  const dir = path.join(BUILD, 'floor');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>丽水山坊</title><p>丽水山坊（共富工坊）</p>\n');
  return dir;
}

async function coldStart(browser) {
  const server = await serve(path.join(SNAP, 'www'));
  const gzipServer = await lib.serve(path.join(SNAP, 'www'), () => ({}), { gzip: true });
  const floorServer = await serve(floorPage());
  // `verdict: false`: a page without the validator, timed to its first paint.
  const targets = {
    served: { url: `${server.url}/`, label: 'http://127.0.0.1/ (www/)', runs: CONFIG.coldRuns },
    file: { url: `file://${path.join(SNAP, 'dist', 'shanfang-form.html')}`, label: 'file://…/dist/shanfang-form.html', runs: CONFIG.coldRuns },
    weak: { url: `${gzipServer.url}/`, label: 'http://127.0.0.1/ (www/, gzipped, 1.6 Mbit/s, 150 ms RTT)', runs: CONFIG.coldWeakRuns, network: WEAK_NETWORK },
    floor: { url: `${floorServer.url}/`, label: 'http://127.0.0.1/ (a one-line page)', runs: CONFIG.coldRuns, verdict: false },
  };
  const out = {};
  try {
    for (const [name, target] of Object.entries(targets)) {
      const runs = [];
      for (let i = 0; i < target.runs; i++) {
        const context = await browser.newContext();
        if (target.verdict !== false) await context.addInitScript(coldStartProbe);
        const page = await context.newPage();
        if (target.network) {
          const cdp = await context.newCDPSession(page);
          await cdp.send('Network.enable');
          await cdp.send('Network.emulateNetworkConditions', target.network);
        }
        await page.goto(target.url, { waitUntil: 'load', timeout: 60000 });
        if (target.verdict === false) {
          await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 10000 });
        } else {
          await page.waitForFunction(() => window.__frame !== undefined, null, { timeout: 10000 });
        }
        runs.push(await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0];
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          return {
            responseEnd: nav ? nav.responseEnd : null, domInteractive: nav ? nav.domInteractive : null,
            verdict: window.__verdict, nextFrame: window.__frame, fcp: fcp ? fcp.startTime : null,
            domContentLoaded: nav ? nav.domContentLoadedEventEnd : null, load: nav ? nav.loadEventEnd : null,
          };
        }));
        await context.close();
      }
      // Each measure's statistics; null for one this page does not have (the floor's verdict).
      const summary = (k) => {
        const values = runs.map((r) => r[k]).filter((x) => typeof x === 'number');
        return values.length ? roundAll(stats(values)) : null;
      };
      out[name] = {
        url: target.label,
        runs: runs.length,
        responseEndMs: summary('responseEnd'),
        domInteractiveMs: summary('domInteractive'),
        verdictMs: summary('verdict'),
        nextFrameMs: summary('nextFrame'),
        fcpMs: summary('fcp'),
        loadMs: summary('load'),
        each: runs.map((r) => roundAll(r)),
      };
    }
  } finally {
    await server.close();
    await gzipServer.close();
    await floorServer.close();
  }
  return out;
}

// ------------------------------------------- 1b: per call, entry by entry

/**
 * Each ES entry of the package this build has (core, binding, main) called
 * the same way in one Node process (issue 28: each within 5% of the main
 * entry per call): `validate(obj)` and `validateJson(text)` on the valid and
 * the worst-case filing, 8 rounds in which the entries take turns (the
 * order rotating), 400 calls a round after a warm-up; per entry and call,
 * the median over the rounds of the mean per call, and its ratio to the
 * main entry's. A build without an entry leaves its rows out.
 */
function entriesPerCall() {
  const entries = [['main', 'pkg/shanfang.js'], ['core', 'pkg/core/shanfang_core.js'], ['binding', 'pkg/binding/shanfang_binding.js']]
    .filter(([, f]) => fs.existsSync(path.join(SNAP, f)));
  const script = `
    import fs from 'node:fs';
    import { pathToFileURL } from 'node:url';
    const entries = ${JSON.stringify(entries)};
    const root = ${JSON.stringify(SNAP)};
    const valid = fs.readFileSync(root + '/examples/valid-filing.json', 'utf8');
    const worst = fs.readFileSync(root + '/bench/worst-case.json', 'utf8');
    const filings = { valid: [valid, JSON.parse(valid)], worst: [worst, JSON.parse(worst)] };
    const apis = {};
    for (const [name, file] of entries) {
      const m = await import(pathToFileURL(root + '/' + file).href);
      m.initSync();
      apis[name] = m;
    }
    const CALLS = 400, ROUNDS = 8;
    const times = {};
    for (const name of Object.keys(apis)) for (const call of ['validate(obj)', 'validateJson(text)']) for (const f of Object.keys(filings)) times[name + '|' + call + '|' + f] = [];
    const once = (m, call, f) => call === 'validate(obj)' ? m.validate(filings[f][1]) : m.validateJson(filings[f][0]);
    for (const m of Object.values(apis)) for (const call of ['validate(obj)', 'validateJson(text)']) for (const f of Object.keys(filings)) for (let i = 0; i < 200; i++) once(m, call, f);
    const names = Object.keys(apis);
    for (let round = 0; round < ROUNDS; round++) {
      const order = names.slice(round % names.length).concat(names.slice(0, round % names.length));
      for (const name of order) for (const call of ['validate(obj)', 'validateJson(text)']) for (const f of Object.keys(filings)) {
        const t0 = performance.now();
        for (let i = 0; i < CALLS; i++) once(apis[name], call, f);
        times[name + '|' + call + '|' + f].push((performance.now() - t0) * 1000 / CALLS);
      }
    }
    console.log(JSON.stringify(times));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`entries per call: ${run.stderr}`);
  const times = JSON.parse(run.stdout);
  const median = (xs) => quantile([...xs].sort((a, b) => a - b), 0.5);
  const rows = Object.entries(times).map(([key, xs]) => {
    const [entry, call, filing] = key.split('|');
    return { entry, call, filing, medianUs: round(median(xs)) };
  });
  for (const r of rows) {
    const main = rows.find((x) => x.entry === 'main' && x.call === r.call && x.filing === r.filing);
    r.ratioToMain = main ? round(r.medianUs / main.medianUs, 3) : null;
  }
  return { calls: 400, rounds: 8, rows };
}

// ------------------------------------------------- 4b: the phone profile

/**
 * A cheap phone on a weak connection (issue 11): 4× CPU slowdown through
 * CDP, 1.6 Mbit/s with a 150 ms round trip (Lighthouse's mobile profile),
 * gzip as a real server sends it, 375 × 667 with touch. Times navigation
 * start → the form visible (the first contentful paint: the page's HTML
 * and style, the first field on the first screen, see e2e/applicant 6) and
 * → the first verdict on screen, served and as the single file (file://:
 * no network, the CPU still slowed); then keypress → message on screen,
 * typing into fields whose messages follow each key.
 */
const PHONE_TARGETS = { formVisibleMs: 1000, firstVerdictMs: 1500, keyToPaintP99Ms: 50 };
const PHONE_CONTEXT = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

/** Init script: each keystroke (its `input` event) to the frame after the form reacted. */
function keyToPaintProbe() {
  window.__keys = [];
  addEventListener('input', (e) => {
    const t0 = e.timeStamp;
    // Bubbling to window runs after the binding's listener on the form.
    requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - t0), 0));
  });
}

async function phoneProfile(browser) {
  const gzipServer = await lib.serve(path.join(SNAP, 'www'), () => ({}), { gzip: true });
  const built = path.join(SNAP, 'dist', 'www');
  const buildServer = fs.existsSync(built) ? await lib.serve(built, () => ({}), { gzip: true }) : null;
  const targets = {
    served: { url: `${gzipServer.url}/`, label: 'served www/ (module inline, deflated), gzipped, 1.6 Mbit/s, 150 ms RTT', network: WEAK_NETWORK },
    file: { url: `file://${path.join(SNAP, 'dist', 'shanfang-form.html')}`, label: 'single file (file://)' },
  };
  // The served build: the module its own file, compiled as it streams.
  if (buildServer) targets.build = { url: `${buildServer.url}/`, label: 'served build dist/www (module streamed), gzipped, 1.6 Mbit/s, 150 ms RTT', network: WEAK_NETWORK };
  const runs = CONFIG.coldWeakRuns;
  const out = { cpuSlowdown: 4, viewport: '375 × 667, touch' };
  try {
    for (const [name, target] of Object.entries(targets)) {
      const each = [];
      let keys = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext(PHONE_CONTEXT);
        await context.addInitScript(coldStartProbe);
        await context.addInitScript(keyToPaintProbe);
        // The whole form on one page (整页显示, www/steps.js): the typing goes
        // across sections, and the page holds every field (the heavier case).
        await lib.onePage(context);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        if (target.network) {
          await cdp.send('Network.enable');
          await cdp.send('Network.emulateNetworkConditions', target.network);
        }
        await page.goto(target.url, { waitUntil: 'load', timeout: 60000 });
        await page.waitForFunction(() => window.__frame !== undefined, null, { timeout: 20000 });
        each.push(await page.evaluate(() => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          return { formVisible: fcp ? fcp.startTime : null, verdict: window.__verdict, nextFrame: window.__frame };
        }));
        if (i === 0) {
          // Typing, as on the phone: a steward's phone (left once, so its
          // message follows each key) and the workshop's name.
          const phone = page.locator('#filing [name="party.stewards[0].phone"]');
          await phone.fill('1');
          await phone.blur();
          await page.evaluate(() => { window.__keys = []; });
          // 10 rounds of 33 keys: 330 keystrokes, enough for a p99 (issue 30).
          for (let round = 0; round < 10; round++) {
            await phone.focus();
            await page.keyboard.type('3905781234', { delay: 30 });
            for (let k = 0; k < 10; k++) await page.keyboard.press('Backspace', { delay: 30 });
            const name = page.locator('#filing [name="workshop.name"]');
            await name.focus();
            await page.keyboard.type('Wuxi gongfang', { delay: 30 });
          }
          await page.waitForTimeout(200);
          keys = await page.evaluate(() => window.__keys);
        }
        await context.close();
      }
      const summary = (k) => roundAll(stats(each.map((r) => r[k]).filter((x) => typeof x === 'number')));
      out[name] = { url: target.label, runs, formVisibleMs: summary('formVisible'), verdictMs: summary('verdict'), nextFrameMs: summary('nextFrame'),
        keyToPaintMs: keys.length ? roundAll(stats(keys)) : null, keys: keys.length, each: each.map((r) => roundAll(r)) };
    }
  } finally {
    await gzipServer.close();
    if (buildServer) await buildServer.close();
  }
  return out;
}

// ------------------------------------------------------------------ 5: sizes

/** The module without its custom sections (names, producers, target features): what a stripped build would ship. */
function stripCustomSections(buf) {
  const parts = [buf.subarray(0, 8)];
  let i = 8;
  while (i < buf.length) {
    const start = i;
    const id = buf[i++];
    let size = 0;
    let shift = 0;
    for (;;) { const b = buf[i++]; size += (b & 0x7f) * 2 ** shift; shift += 7; if (b < 0x80) break; }
    i += size;
    if (id !== 0) parts.push(buf.subarray(start, i));
  }
  return Buffer.concat(parts);
}

// BENCH_ONLY=micro,entries,dom,cold,phone,native,service measures only those parts (sizes always)
// and prints them as JSON, without the table or bench/results/latest.json.
const ONLY = (process.env.BENCH_ONLY || '').split(',').filter(Boolean);
const want = (part) => !ONLY.length || ONLY.includes(part);

function sizes() {
  const files = ['pkg/shanfang_bg.wasm', 'pkg/shanfang.js', 'pkg/classic/shanfang.js', 'pkg/shanfang_wasm.js', 'pkg/shanfang_wasm_deflate.js', 'www/inflate.js', 'www/app.js', 'dist/shanfang-form.html'];
  const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
  const out = {};
  for (const f of files) {
    const b = fs.readFileSync(path.join(SNAP, f));
    out[f] = { raw: b.length, gzip: gz(b) };
  }
  // The page's own module (round 18 on; before, the page carried the package's).
  for (const f of ['www/page/shanfang_bg.wasm', 'www/page/shanfang_wasm_deflate.js'].filter((x) => fs.existsSync(path.join(SNAP, x)))) {
    const b = fs.readFileSync(path.join(SNAP, f));
    out[f] = { raw: b.length, gzip: gz(b) };
  }
  // The ES module a bundler or a page imports: the entry, and wasm-bindgen's
  // own output where the entry wraps it (pkg/bindgen/, from issue 26 on);
  // before, the two were one file.
  const bindgen = path.join(SNAP, 'pkg/bindgen/shanfang.js');
  const bindgenSize = fs.existsSync(bindgen) ? (() => { const b = fs.readFileSync(bindgen); return { raw: b.length, gzip: gz(b) }; })() : { raw: 0, gzip: 0 };
  out['ES glue (entry + wasm-bindgen\'s)'] = {
    raw: out['pkg/shanfang.js'].raw + bindgenSize.raw,
    gzip: out['pkg/shanfang.js'].gzip + bindgenSize.gzip,
  };
  out['wasm + glue'] = {
    raw: out['pkg/shanfang_bg.wasm'].raw + out['ES glue (entry + wasm-bindgen\'s)'].raw,
    gzip: out['pkg/shanfang_bg.wasm'].gzip + out['ES glue (entry + wasm-bindgen\'s)'].gzip,
  };
  const stripped = stripCustomSections(fs.readFileSync(path.join(SNAP, 'pkg/shanfang_bg.wasm')));
  out['(pkg/shanfang_bg.wasm without custom sections)'] = { raw: stripped.length, gzip: gz(stripped) };
  // Each entry of the package, all it loads before its first validate()
  // (scripts/entry-sizes.js: the same figures e2e/sizes.test.js holds to
  // their ceilings; an entry the build lacks, as an older baseline, is absent).
  const own = path.join(SNAP, 'scripts', 'entry-sizes.js');
  const sizesOf = fs.existsSync(own) ? require(own).entrySizes : entrySizes;
  for (const e of sizesOf(SNAP)) out[`entry: ${e.name}`] = { raw: e.raw, gzip: e.gzip, target: e.target };
  return out;
}

// ----------------------------------------------------------------- 6: native

const JSONL_VERSION = 1;

/** bench/build/100k.jsonl: 90% small variants of the valid example, 10% the worst case; rebuilt when its inputs change. */
function ensureJsonl(n) {
  const file = path.join(BUILD, n === 100000 ? '100k.jsonl' : `${n}.jsonl`);
  const key = crypto.createHash('sha256').update(`${JSONL_VERSION}\n${n}\n${VALID_TEXT}\n${WORST_TEXT}`).digest('hex');
  const keyFile = `${file}.key`;
  if (fs.existsSync(file) && fs.existsSync(keyFile) && fs.readFileSync(keyFile, 'utf8') === key) return { file, generated: false };
  log(`generating ${path.relative(ROOT, file)} (${n} filings)`);
  fs.mkdirSync(BUILD, { recursive: true });
  let state = 5;
  const rand = () => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state / 4294967296; };
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const allModes = ['processing', 'recruitment', 'livestream', 'agritourism', 'brand_led', 'enablement', 'mobile_supply', 'overseas', 'mountain_sea'];
  const worstLine = JSON.stringify(WORST);
  const fd = fs.openSync(file, 'w');
  let chunk = [];
  for (let i = 0; i < n; i++) {
    if (i % 10 === 9) { chunk.push(worstLine); } else {
      const f = JSON.parse(VALID_TEXT);
      f.workshop.name = `${f.workshop.name}${i}`;
      f.workshop.established = `20${int(18, 25)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
      f.site.fire_extinguishers = rand() < 0.05 ? 0 : int(1, 12);
      f.processing.workstations = int(6, 60);
      f.operations.employees = int(15, 80);
      f.operations.low_income_employees = int(0, 10);
      f.operations.trainee_employees = int(0, 5);
      f.party.visits_per_month = int(1, 6);
      const k = int(1, 3);
      f.modes = [...new Set(Array.from({ length: k }, () => allModes[int(0, 8)]))];
      if (rand() < 0.05) f.operator.credit_code = '91330100799655058A';
      if (rand() < 0.05) f.party.stewards.pop();
      if (rand() < 0.1) f.party.stewards[1].phone = `139${int(10000000, 99999999)}`;
      if (rand() < 0.05) f.site.tidy = 'true';
      chunk.push(JSON.stringify(f));
    }
    if (chunk.length === 2000 || i === n - 1) { fs.writeSync(fd, `${chunk.join('\n')}\n`); chunk = []; }
  }
  fs.closeSync(fd);
  fs.writeFileSync(keyFile, key);
  return { file, generated: true };
}

// ---------------------------------------------------------------- 7: service

/**
 * `shanfang-check serve` on one core (`--threads 1`, taskset -c 0, its
 * access log on) under crates/cli/examples/load.rs on the other core: the most
 * requests per second with 64 keep-alive connections (closed loop), and
 * the latencies at a fixed rate (open loop: each measured from when its
 * request was due); beside it, one `shanfang-check` process per filing.
 */
async function service() {
  const release = path.join(ROOT, 'target', 'release');
  const bin = path.join(release, 'shanfang-check');
  const load = path.join(release, 'examples', 'load');
  for (const f of [bin, load]) if (!fs.existsSync(f)) throw new Error(`${f} is missing: cargo build --release --bin shanfang-check --example load`);
  fs.mkdirSync(BUILD, { recursive: true });
  const bodies = { valid: JSON.stringify(VALID), worst: JSON.stringify(WORST) };
  const files = {};
  for (const [k, text] of Object.entries(bodies)) fs.writeFileSync(files[k] = path.join(BUILD, `${k}.compact.json`), text);
  const { spawn } = require('node:child_process');
  // The access log goes to a file, as to a journal: not through this
  // process, which would then compete with the load generator for its core.
  const logFile = path.join(BUILD, 'service-access.log');
  const logFd = fs.openSync(logFile, 'w');
  const child = spawn('taskset', ['-c', '0', bin, 'serve', '--threads', '1', '--listen', '127.0.0.1:0'], { stdio: ['ignore', 'ignore', logFd] });
  fs.closeSync(logFd);
  let addr = null;
  for (let i = 0; i < 100 && !addr; i++) {
    await new Promise((r) => setTimeout(r, 50));
    const m = fs.readFileSync(logFile, 'utf8').match(/listening on http:\/\/(127\.0\.0\.1:\d+)/);
    if (m) addr = m[1];
  }
  if (!addr) throw new Error(`serve did not start: ${fs.readFileSync(logFile, 'utf8')}`);
  const seconds = env('BENCH_SERVICE_SECONDS', 5);
  const run = (file, connections, rate) => {
    const args = ['-c', '1', load, addr, file, String(connections), String(seconds), ...(rate ? [String(rate)] : [])];
    const r = spawnSync('taskset', args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`load failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
  const rows = [];
  try {
    for (const filing of ['valid', 'worst']) {
      const most = run(files[filing], 64, null);
      rows.push({ filing, mode: 'closed loop, 64 connections', ...most });
      // At 20,000/s (the target) for the valid filing; the worst at half of its most.
      const rate = filing === 'valid' ? 20000 : Math.round(most.rps / 2 / 100) * 100;
      rows.push({ filing, mode: `open loop at ${rate}/s, 32 connections`, ...run(files[filing], 32, rate) });
    }
  } finally {
    child.kill('SIGTERM');
  }
  // Past one machine (issue 31): nginx with deploy/nginx/shanfang-check.conf
  // in front of three instances, against one instance direct, in the same
  // conditions (no core pinning: nginx, the instances and the load
  // generator share the machine's cores), the valid filing, closed loop.
  const balanced = [];
  {
    const svc = require('../e2e/service');
    const started = [];
    const startOne = async (port) => started.push(await svc.start(['--listen', `127.0.0.1:${port}`, '--threads', '1', '--quiet']));
    const loadOn = (target) => {
      const r = spawnSync(load, [target, files.valid, '64', String(seconds)], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`load failed: ${r.stderr}`);
      return JSON.parse(r.stdout);
    };
    let front = null;
    try {
      for (const port of [8791, 8792, 8793]) await startOne(port);
      balanced.push({ mode: 'one instance direct (--threads 1), 64 connections', ...loadOn('127.0.0.1:8791') });
      front = await svc.nginx(async () => {
        const r = spawnSync('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code}', 'http://127.0.0.1:8790/healthz'], { encoding: 'utf8' });
        return r.stdout === '200';
      });
      balanced.push({ mode: 'nginx → three instances (--threads 1 each), 64 connections', ...loadOn('127.0.0.1:8790') });
    } finally {
      if (front) await front.stop();
      for (const c of started) c.kill('SIGTERM');
    }
  }
  // One process per filing, as a portal's server did before (ProcessBuilder).
  const perProcess = [];
  for (const filing of ['valid', 'worst']) {
    const times = [];
    for (let i = 0; i < env('BENCH_SPAWNS', 300); i++) {
      const t = process.hrtime.bigint();
      const r = spawnSync('taskset', ['-c', '0', bin, '--format', 'json', '-'], { input: bodies[filing], encoding: 'utf8' });
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (r.status === null || r.status > 1) throw new Error(`shanfang-check failed: ${r.stderr}`);
    }
    times.sort((a, b) => a - b);
    const q = (x) => round(times[Math.min(times.length - 1, Math.floor(x * times.length))], 3);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    perProcess.push({ filing, spawns: times.length, rps: Math.round(1000 / mean), p50: q(0.5), p99: q(0.99) });
  }
  return { seconds, rows, balanced, perProcess };
}

function native(release = path.join(ROOT, 'target', 'release')) {
  const bin = path.join(release, 'shanfang-check');
  if (!fs.existsSync(bin)) throw new Error('target/release/shanfang-check is missing: cargo build --release --bin shanfang-check');
  const n = CONFIG.nativeFilings;
  const { file, generated } = ensureJsonl(n);
  const bytes = fs.statSync(file).size;
  const runs = [];
  for (let i = 0; i < CONFIG.nativeRuns; i++) {
    // bash's `time` reports the child's wall, user and system time.
    const r = spawnSync('bash', ['-c', 'TIMEFORMAT="%3R %3U %3S"; time "$0" --format json --jsonl "$1" > /dev/null', bin, file], { encoding: 'utf8' });
    const m = r.stderr.trim().split('\n').pop().match(/^(\S+) (\S+) (\S+)$/);
    // Exit 1 is expected (some filings have errors); 2 means an input was rejected.
    if (!m || r.status === null || r.status > 1) throw new Error(`shanfang-check failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
    runs.push({ wallS: Number(m[1]), userS: Number(m[2]), sysS: Number(m[3]), exit: r.status });
  }
  const best = runs.reduce((a, b) => (b.wallS < a.wallS ? b : a));
  // What each stage allows on its own (crates/core/examples/native_stages.rs).
  const stagesBin = path.join(release, 'examples', 'native_stages');
  const st = spawnSync(stagesBin, [file], { encoding: 'utf8' });
  if (st.status !== 0) throw new Error(`native_stages failed (exit ${st.status}): ${(st.stderr || String(st.error)).slice(0, 500)}`);
  const stages = JSON.parse(st.stdout).stages;
  const cpu = best.userS + best.sysS;
  return {
    file: path.relative(ROOT, file), generated, filings: n, bytes, runs, best,
    filingsPerSecWall: Math.round(n / best.wallS),
    filingsPerSecPerCore: Math.round(n / cpu),
    filingsPerSecUserOnly: Math.round(n / best.userS),
    mbPerSecWall: round(bytes / 1e6 / best.wallS, 1),
    stages,
  };
}

// ----------------------------------------------------------------- machine

function sh(cmd, args) {
  try { return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; }
}

function machine(browserVersion) {
  const cpus = os.cpus();
  const dirty = sh('git', ['status', '--porcelain']);
  return {
    cpu: cpus.length ? cpus[0].model : null,
    cores: cpus.length,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()}`,
    chromium: browserVersion,
    node: process.version,
    rustc: sh('rustc', ['--version']),
    date: new Date().toISOString(),
    gitCommit: sh('git', ['rev-parse', 'HEAD']),
    gitDirty: dirty === null ? null : dirty.length > 0,
  };
}

// ------------------------------------------------------------------- output

function table(rows, header) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c)));
  const w = header.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [line(all[0]), w.map((x) => '-'.repeat(x)).join('  '), ...all.slice(1).map(line)].join('\n');
}

const mark = (ok) => (ok ? '✓' : '✗');
const us = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(2));
const kb = (b) => (b / CONFIG.kb).toFixed(1);

function report(r) {
  const lines = [];
  const m = r.machine;
  lines.push(`shanfang benchmark — ${m.date}`);
  lines.push(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; Chromium ${m.chromium}; Node ${m.node}; ${m.rustc}`);
  lines.push(`commit: ${m.gitCommit}${m.gitDirty ? ' (work tree has uncommitted changes)' : ''}; load average at start ${r.loadAverageAtStart.join(' ')}, at end ${r.loadAverageAtEnd.join(' ')}`);
  lines.push('');

  if (r.entries) {
    lines.push(`1b. per call, each ES entry of the package in one Node process (${r.entries.rounds} rounds taking turns, ${r.entries.calls} calls each; median of the rounds)`);
    lines.push(table(r.entries.rows.map((x) => [x.entry, x.call, x.filing, x.medianUs.toFixed(2), x.ratioToMain === null ? '' : x.ratioToMain.toFixed(3)]),
      ['entry', 'call', 'filing', 'median µs', '÷ main']));
    lines.push('');
  }
  const mi = r.micro;
  lines.push(`1-2. validate() per call, from JS in Chromium (JS↔wasm crossing included), vs ajv ${r.ajv.ajv} standalone (allErrors)`);
  lines.push(`     page cross-origin isolated: ${mi.setup.crossOriginIsolated}, performance.now() step ${mi.setup.timerStepUs.toFixed(1)} µs`);
  lines.push(`     ${CONFIG.micro.samples} samples per row after a ${CONFIG.micro.warmupMs} ms warm-up; each sample is one batch of calls (≥ ${CONFIG.micro.minBatch}, sized to last ≥ ${CONFIG.micro.targetBatchUs} µs);`);
  lines.push('     median and p99 are over the batch means (per call), so p99 is not a single-call tail.');
  lines.push(table(mi.rows.map((x) => [`${x.api}`, x.filing, x.batch, us(x.median), us(x.p99), us(x.min)]),
    ['call', 'filing', 'batch', 'median µs', 'p99 µs', 'min µs']));
  const v = mi.setup.verdicts;
  lines.push(`     verdicts: valid → ours submittable=${v.valid.ours.submittable} (${v.valid.ours.findings} findings), ajv valid=${v.valid.ajv.valid}; ` +
    `worst → ours ${v.worst.ours.errors} errors + ${v.worst.ours.warnings} warnings, ajv ${v.worst.ajv.errors} errors`);
  lines.push('');
  lines.push('     ajv time / our time (medians; > 1 means ours is faster):');
  lines.push(table(r.ratios.map((x) => [x.filing, x.ours, x.ajv, x.ratio.toFixed(2)]), ['filing', 'ours', 'ajv', 'ratio']));
  if (mi.profile && mi.profile.valid) {
    lines.push('');
    lines.push('     CDP sampling profile of validate(obj), self time (top 6):');
    for (const f of ['valid', 'worst']) {
      const p = mi.profile[f];
      if (!p.top) continue;
      lines.push(`       ${f}: ${p.top.slice(0, 6).map((t) => `${t.name} ${t.selfPercent}%`).join('; ')}`);
    }
  }
  lines.push('');

  const d = r.inputToDom;
  lines.push(`3. input event → DOM updated, ${d.edits} scripted edits on the served form (half filled), page cross-origin isolated: ${d.crossOriginIsolated}`);
  lines.push('   timed: el.dispatchEvent(new Event("input", {bubbles: true})) after setting the value; "+ layout" also forces style and layout.');
  lines.push(table([
    ['input → DOM', us(d.domMs.median), us(d.domMs.p99), us(d.domMs.max)],
    ['input → DOM + layout', us(d.withLayoutMs.median), us(d.withLayoutMs.p99), us(d.withLayoutMs.max)],
    ...Object.entries(d.perKind).map(([k, s]) => [`  ${k} (${s.n})`, us(s.median), us(s.p99), us(s.max)]),
    ...Object.entries(d.byChange).map(([k, s]) => [`  ${k} (${s.n})`, us(s.median), us(s.p99), us(s.max)]),
    [`fixed work, ${d.floor.work} (the floor)`, us(d.floor.median), us(d.floor.p99), us(d.floor.max)],
  ], ['ms', 'p50', 'p99', 'max']));
  lines.push(`   edits over 2 ms: ${d.editsOver2ms} of ${d.edits}; the floor's: ${d.floor.over2ms} of ${d.floor.n} (the same work each time, no DOM, paced the same way:`);
  lines.push('    what its p99 adds to its p50 is how this machine\'s speed varies, not the form)');
  if (d.profile && d.profile.top) lines.push(`   CDP profile of ${d.profile.edits} more edits (no forced layout; "(program)" is the browser's own work, style/layout/paint), self time (top 6): ${d.profile.top.slice(0, 6).map((t) => `${t.name} ${t.selfPercent}%`).join('; ')}`);
  lines.push(`   messages appeared ${d.messagesAppeared}, disappeared ${d.messagesDisappeared}; counts changed on ${d.countsChanged} edits; at the end: ${d.messagesAtEnd} messages, "${d.countsAtEnd}"`);
  lines.push('');

  const c = r.coldStart;
  lines.push(`4. cold start: navigation start → first verdict in #shanfang-status (fresh context each run, ${c.served.runs} runs each)`);
  const coldLabels = { served: 'served (http://127.0.0.1)', file: 'single file (file://)', weak: `served, weak connection (${c.weak.runs} runs)` };
  const fl = c.floor;
  lines.push(table([
    ...['served', 'file', 'weak'].map((k) => [coldLabels[k],
      c[k].verdictMs.median.toFixed(1), c[k].verdictMs.max.toFixed(1), c[k].responseEndMs.median.toFixed(1), c[k].domInteractiveMs.median.toFixed(1),
      c[k].nextFrameMs.median.toFixed(1), c[k].fcpMs.median.toFixed(1)]),
    ['one-line page (the floor)', '—', '—', fl.responseEndMs.median.toFixed(1), fl.domInteractiveMs.median.toFixed(1), '—', fl.fcpMs.median.toFixed(1)],
  ], ['ms', 'verdict median', 'verdict max', 'HTML received', 'DOM interactive', 'next frame', 'FCP']));
  lines.push('   (medians of each column; "next frame" is the first animation frame after the verdict, FCP the first contentful paint;');
  lines.push('    the floor is a page of one line of text, served the same way: no verdict can be on screen before this browser paints that;');
  lines.push('    the weak connection: gzipped as a real server sends it, over 1.6 Mbit/s with a 150 ms round trip, Lighthouse\'s mobile profile)');
  lines.push('');

  const ph = r.phone;
  if (ph) {
    lines.push(`4b. the phone profile: ${ph.cpuSlowdown}× CPU slowdown, ${ph.viewport}; navigation start → form visible (FCP) and → first verdict; keypress → paint`);
    lines.push(table(['served', 'build', 'file'].filter((k) => ph[k]).map((k) => [ph[k].url, ph[k].formVisibleMs.median.toFixed(1), ph[k].verdictMs.median.toFixed(1), ph[k].verdictMs.max.toFixed(1),
      ph[k].keyToPaintMs ? ph[k].keyToPaintMs.median.toFixed(1) : '—', ph[k].keyToPaintMs ? ph[k].keyToPaintMs.p99.toFixed(1) : '—']),
    ['ms', 'form visible median', 'first verdict median', 'first verdict max', 'key → paint p50', 'key → paint p99']));
    lines.push(`   (${ph.served.runs} loads each; ${ph.served.keys} keystrokes in the first load of each; targets: form visible ≤ ${PHONE_TARGETS.formVisibleMs} ms, first verdict ≤ ${PHONE_TARGETS.firstVerdictMs} ms, key → paint p99 ≤ ${PHONE_TARGETS.keyToPaintP99Ms} ms)`);
    lines.push('');
  }

  lines.push(`5. sizes (gzip level 9; 1 KB = ${CONFIG.kb} bytes)`);
  lines.push(table(Object.entries(r.sizes).map(([f, s]) => [f, s.raw, kb(s.raw), s.gzip, kb(s.gzip)]), ['file', 'bytes', 'KB', 'gzip bytes', 'gzip KB']));
  lines.push('');

  const n = r.native;
  lines.push(`6. native: shanfang-check --format json --jsonl ${n.file} > /dev/null (${n.filings} filings, ${(n.bytes / 1e6).toFixed(0)} MB; best of ${n.runs.length} by wall clock)`);
  lines.push(`   runs (wall/user/sys s): ${n.runs.map((x) => `${x.wallS}/${x.userS}/${x.sysS}`).join(', ')}`);
  lines.push(`   best: ${n.best.wallS} s wall, ${n.best.userS} s user, ${n.best.sysS} s sys → ${n.filingsPerSecWall} filings/s wall, ` +
    `${n.filingsPerSecPerCore} filings/s per core (user+sys CPU; ${n.filingsPerSecUserOnly} on user time alone), ${n.mbPerSecWall} MB/s`);
  lines.push('   what each stage allows on its own, the file already in memory (crates/core/examples/native_stages.rs; each stage includes those above it; best of 3):');
  const stageNames = {
    json: 'serde_json parse, nothing kept (the floor)',
    read: 'read into the filing model',
    validate: 'read + validate',
    report: 'read + validate + JSON report',
  };
  lines.push(table(Object.entries(n.stages).map(([k, x]) => [stageNames[k] || k, x.seconds.toFixed(3), x.filingsPerSec]), ['stage', 's', 'filings/s'])
    .split('\n').map((l) => `   ${l}`).join('\n'));
  lines.push('');

  if (r.service) {
    const sv = r.service;
    lines.push(`7. service: shanfang-check serve --threads 1 on one core (access log on), crates/cli/examples/load.rs on the other, POST /v1/validate, ${sv.seconds} s each`);
    lines.push(table(sv.rows.map((x) => [x.filing, x.mode, x.rps, x.p50, x.p90, x.p99, x.max, x.errors]), ['filing', 'load', 'requests/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors'])
      .split('\n').map((l) => `   ${l}`).join('\n'));
    if (sv.balanced && sv.balanced.length) {
      lines.push('   past one machine: nginx (deploy/nginx/shanfang-check.conf) in front of three instances, against one direct; valid filing, closed loop, cores shared:');
      lines.push(table(sv.balanced.map((x) => [x.mode, x.rps, x.p50, x.p99, x.max, x.errors]), ['load', 'requests/s', 'p50 ms', 'p99 ms', 'max ms', 'errors'])
        .split('\n').map((l) => `   ${l}`).join('\n'));
    }
    lines.push('   one shanfang-check process per filing (stdin → report), sequential, on the same core:');
    lines.push(table(sv.perProcess.map((x) => [x.filing, x.spawns, x.rps, x.p50, x.p99]), ['filing', 'processes', 'filings/s', 'p50 ms', 'p99 ms'])
      .split('\n').map((l) => `   ${l}`).join('\n'));
    lines.push('');
  }

  lines.push('targets');
  lines.push(table(r.targets.map((t) => [t.name, t.target, t.value, mark(t.pass)]), ['', 'target', 'measured', '']));
  return lines.join('\n');
}

function targets(r) {
  const row = (api, filing) => r.micro.rows.find((x) => x.api === api && x.filing === filing);
  const out = [];
  const vv = row('validate(obj)', 'valid');
  out.push({ name: 'validate(obj), valid example, median', target: `≤ ${TARGETS.validateValidMedianUs} µs`, value: `${us(vv.median)} µs`, pass: vv.median <= TARGETS.validateValidMedianUs });
  for (const x of r.ratios.filter((q) => q.ours === 'validate(obj)')) {
    out.push({ name: `as fast as ajv, ${x.filing} (ajv/ours)`, target: '≥ 1.00', value: x.ratio.toFixed(2), pass: x.ratio >= 1 });
  }
  if (r.entries) {
    for (const x of r.entries.rows.filter((q) => q.entry !== 'main' && q.ratioToMain !== null)) {
      out.push({ name: `${x.entry} entry, ${x.call}, ${x.filing}: per call ÷ main's (Node)`, target: '≤ 1.05', value: x.ratioToMain.toFixed(3), pass: x.ratioToMain <= 1.05 });
    }
  }
  out.push({ name: 'input → DOM, p99', target: `≤ ${TARGETS.inputToDomP99Ms} ms`, value: `${us(r.inputToDom.domMs.p99)} ms`, pass: r.inputToDom.domMs.p99 <= TARGETS.inputToDomP99Ms });
  for (const [f, s] of Object.entries(r.sizes).filter(([f]) => f.startsWith('entry: '))) {
    out.push({ name: `${f.slice(7)}, gzipped`, target: `≤ ${kb(s.target)} KB`, value: `${kb(s.gzip)} KB`, pass: s.gzip <= s.target });
  }
  for (const [k, label] of [['served', 'served'], ['file', 'single file']]) {
    const s = r.coldStart[k].verdictMs;
    out.push({ name: `cold start, ${label}, median (max)`, target: `≤ ${TARGETS.coldStartMs} ms`, value: `${s.median.toFixed(1)} ms (${s.max.toFixed(1)})`, pass: s.median <= TARGETS.coldStartMs });
  }
  if (r.phone) {
    for (const k of ['served', 'build', 'file'].filter((x) => r.phone[x])) {
      const p = r.phone[k];
      out.push({ name: `phone, ${k}: form visible, median`, target: `≤ ${PHONE_TARGETS.formVisibleMs} ms`, value: `${p.formVisibleMs.median.toFixed(0)} ms`, pass: p.formVisibleMs.median <= PHONE_TARGETS.formVisibleMs });
      out.push({ name: `phone, ${k}: first verdict, median`, target: `≤ ${PHONE_TARGETS.firstVerdictMs} ms`, value: `${p.verdictMs.median.toFixed(0)} ms`, pass: p.verdictMs.median <= PHONE_TARGETS.firstVerdictMs });
      if (p.keyToPaintMs) out.push({ name: `phone, ${k}: keypress → paint, p99`, target: `≤ ${PHONE_TARGETS.keyToPaintP99Ms} ms`, value: `${p.keyToPaintMs.p99.toFixed(1)} ms`, pass: p.keyToPaintMs.p99 <= PHONE_TARGETS.keyToPaintP99Ms });
    }
  }
  out.push({ name: 'native, filings/s per core', target: `≥ ${TARGETS.nativePerCore}`, value: String(r.native.filingsPerSecPerCore), pass: r.native.filingsPerSecPerCore >= TARGETS.nativePerCore });
  if (r.service) {
    const most = r.service.rows.find((x) => x.filing === 'valid' && x.mode.startsWith('closed'));
    const at = r.service.rows.find((x) => x.filing === 'valid' && x.mode.startsWith('open'));
    out.push({ name: 'service, valid filing, requests/s on one core', target: `≥ ${TARGETS.serviceRps}`, value: String(most.rps), pass: most.rps >= TARGETS.serviceRps && most.errors === 0 });
    out.push({ name: `service, valid filing, p99 at ${at.rate}/s`, target: `≤ ${TARGETS.serviceP99Ms} ms`, value: `${at.p99} ms`, pass: at.p99 <= TARGETS.serviceP99Ms && at.errors === 0 });
  }
  return out;
}

/** This build beside the baseline, figure by figure (ratio > 1: this build is larger or slower). */
function sideBySide(r) {
  const b = r.baseline;
  const rows = [];
  const add = (name, cur, base, fmt) => {
    if (typeof cur !== 'number' || typeof base !== 'number') return;
    rows.push([name, fmt(cur), fmt(base), base ? (cur / base).toFixed(2) : '—']);
  };
  const f1 = (x) => x.toFixed(1);
  if (r.entries && b.entries) {
    for (const x of r.entries.rows) {
      const base = b.entries.rows.find((y) => y.entry === x.entry && y.call === x.call && y.filing === x.filing);
      if (base) add(`${x.entry} entry ${x.call} ${x.filing}, Node µs`, x.medianUs, base.medianUs, (v) => v.toFixed(2));
    }
  }
  for (const [f, label] of [['pkg/shanfang_bg.wasm', 'wasm'], ['ES glue (entry + wasm-bindgen\'s)', 'ES glue'], ['pkg/classic/shanfang.js', 'classic glue'], ['pkg/shanfang_wasm_deflate.js', 'deflated base64 module'], ['dist/shanfang-form.html', 'single file']]) {
    if (r.sizes[f] && b.sizes[f]) add(`${label}, gzip bytes`, r.sizes[f].gzip, b.sizes[f].gzip, String);
  }
  // Each entry; one the baseline lacks is compared with what that use
  // loaded there: the one module every use got.
  for (const [f, s] of Object.entries(r.sizes).filter(([f]) => f.startsWith('entry: '))) {
    const base = b.sizes[f] || b.sizes['wasm + glue'];
    if (base) add(`${f.slice(7)}, gzip bytes`, s.gzip, base.gzip, String);
  }
  if (r.micro && b.micro) {
    // ajv's rows are the same code in both: their ratio shows how far the machine drifted between the two.
    for (const x of r.micro.rows) {
      const y = b.micro.rows.find((q) => q.api === x.api && q.filing === x.filing);
      if (y) add(`${x.api}, ${x.filing}, median µs`, x.median, y.median, us);
    }
  }
  if (r.inputToDom && b.inputToDom) {
    add('input → DOM p50 ms', r.inputToDom.domMs.median, b.inputToDom.domMs.median, us);
    add('input → DOM p99 ms', r.inputToDom.domMs.p99, b.inputToDom.domMs.p99, us);
  }
  if (r.coldStart && b.coldStart) {
    for (const k of ['served', 'file', 'weak']) add(`cold start ${k}, verdict median ms`, r.coldStart[k].verdictMs.median, b.coldStart[k].verdictMs.median, f1);
  }
  if (r.phone && b.phone) {
    for (const k of ['served', 'build', 'file'].filter((x) => r.phone[x] && b.phone[x])) {
      add(`phone ${k}, form visible median ms`, r.phone[k].formVisibleMs.median, b.phone[k].formVisibleMs.median, f1);
      add(`phone ${k}, first verdict median ms`, r.phone[k].verdictMs.median, b.phone[k].verdictMs.median, f1);
      if (r.phone[k].keyToPaintMs && b.phone[k].keyToPaintMs) {
        add(`phone ${k}, key → paint p50 ms`, r.phone[k].keyToPaintMs.median, b.phone[k].keyToPaintMs.median, f1);
        add(`phone ${k}, key → paint p99 ms`, r.phone[k].keyToPaintMs.p99, b.phone[k].keyToPaintMs.p99, f1);
      }
    }
  }
  if (r.native && b.native) add('native filings/s per core', r.native.filingsPerSecPerCore, b.native.filingsPerSecPerCore, String);
  return [`side by side: this build (${r.machine.gitCommit}${r.machine.gitDirty ? ' + changes' : ''}) and the baseline ${b.commit}, measured in this run`,
    table(rows, ['', 'this build', 'baseline', 'ratio'])].join('\n');
}

// --------------------------------------------------------------------- main

async function main() {
  const started = Date.now();
  for (const f of ['pkg/shanfang.js', 'pkg/shanfang_bg.wasm', 'dist/shanfang-form.html', 'www/pkg/classic/shanfang.js']) {
    if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`${f} is missing: run scripts/build.sh (bash bench/run.sh does)`);
  }
  const result = { config: CONFIG, targetsConfig: TARGETS, loadAverageAtStart: os.loadavg().map((x) => round(x)) };
  if (result.loadAverageAtStart[0] > 0.5) log(`load average ${result.loadAverageAtStart.join(' ')}: other work on this machine will skew the figures`);
  snapshot();
  result.sizes = sizes();
  result.ajv = buildAjv();
  log(`ajv: compiled bench/ajv-schema.json to ${result.ajv.file}`);
  if (BASELINE) {
    snapshot(BASELINE, SNAP_BASELINE);
    fs.cpSync(path.join(SNAP, 'bench', 'build'), path.join(SNAP_BASELINE, 'bench', 'build'), { recursive: true });
    result.baseline = { root: BASELINE, commit: sh('git', ['-C', BASELINE, 'rev-parse', 'HEAD']) };
    SNAP = SNAP_BASELINE;
    result.baseline.sizes = sizes();
    SNAP = SNAP_CURRENT;
    log(`baseline: ${result.baseline.commit} from ${BASELINE}, measured beside this build`);
  }
  // Each part for this build and, with a baseline, for it too, the order
  // alternating from part to part.
  let flip = false;
  async function measure(key, run) {
    if (!BASELINE) { result[key] = await run(); return; }
    const order = flip ? ['baseline', 'current'] : ['current', 'baseline'];
    flip = !flip;
    for (const which of order) {
      SNAP = which === 'current' ? SNAP_CURRENT : SNAP_BASELINE;
      log(`${key}: ${which}`);
      const value = await run(which);
      if (which === 'current') result[key] = value; else result.baseline[key] = value;
    }
    SNAP = SNAP_CURRENT;
  }

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    result.machine = machine(browser.version());
    if (want('micro')) await measure('micro', () => micro(browser));
    if (want('dom')) await measure('inputToDom', () => inputToDom(browser));
    if (want('cold')) {
      log('cold start');
      await measure('coldStart', () => coldStart(browser));
    }
    if (want('phone')) {
      log('the phone profile');
      await measure('phone', () => phoneProfile(browser));
    }
  } finally {
    await browser.close();
  }
  if (want('entries')) {
    log('entries, per call in Node');
    await measure('entries', () => entriesPerCall());
  }
  if (want('native')) {
    log('native');
    await measure('native', (which) => native(which === 'baseline' ? path.join(BASELINE, 'target', 'release') : undefined));
  }
  if (want('service')) {
    // This build only: the baseline may have no service to measure.
    log('service');
    result.service = await service();
  }
  if (ONLY.length) {
    // A partial run (while working on one figure): its parts as JSON, no table.
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (result.baseline) process.stderr.write(`${sideBySide(result)}\n`);
    return;
  }

  result.ratios = [];
  const med = (api, filing) => result.micro.rows.find((x) => x.api === api && x.filing === filing).median;
  for (const filing of ['valid', 'worst']) {
    for (const [ours, ajv] of [['validate(obj)', 'ajv(obj)'], ['validateJson(text)', 'ajv(JSON.parse(text))']]) {
      result.ratios.push({ filing, ours, ajv, ratio: round(med(ajv, filing) / med(ours, filing), 3) });
    }
  }
  result.targets = targets(result);
  result.loadAverageAtEnd = os.loadavg().map((x) => round(x));
  result.elapsedS = round((Date.now() - started) / 1000, 1);

  fs.mkdirSync(RESULTS, { recursive: true });
  const out = path.join(RESULTS, 'latest.json');
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${report(result)}\n\n`);
  if (result.baseline) process.stdout.write(`${sideBySide(result)}\n\n`);
  process.stdout.write(`results written to ${path.relative(process.cwd(), out) || out} (${out}); bench took ${result.elapsedS} s\n`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e && e.stack || e}\n`);
  process.exit(1);
});
