// One verdict everywhere: the same JSON text gets the same report from the
// native CLI (shanfang-check), from validateJson(text) and from
// validate(JSON.parse(text)) in Chromium, and again in a page whose
// Object.prototype carries a valid filing's sections; a text one side
// rejects, every side rejects. Over every hostile case of the "one verdict"
// issue (lone surrogates, 1e400, a byte-order mark, deep nesting, duplicate
// keys, an unsupported version, unlisted list items…), every JSON type in
// every field, and random mutations of examples/valid-filing.json. "Today"
// is held to UTC+8: the CLI on a UTC clock at 04:00 Beijing time
// (faketime), the page with the same clock.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');
const { ROOT, VALID, serve, launch } = require('./lib');

const WORST = JSON.parse(fs.readFileSync(path.join(ROOT, 'bench', 'worst-case.json'), 'utf8'));
const BIN = path.join(ROOT, 'target', 'debug', 'shanfang-check');

/** The valid example's text with `members` (JSON text) added at its end: later keys win. */
function withMembers(members) {
  return JSON.stringify(VALID).replace(/}$/, `,${members}}`);
}

/** A copy of `filing` with `value` at the dotted `fieldPath` (`[]`: the first item). */
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

// Each case of the issue, as JSON text (what a portal's server receives).
const HOSTILE = [
  withMembers('"workshop":{"name":"山哈工坊\\ud83d","county":"liandu"}'),
  withMembers('"workshop":{"name":"\\ude00工坊"}'),
  withMembers('"party":{"stewards":[{"role":"grid_member","name":"张\\ud83d","unit":"村委","phone":"13905781234"}]}'),
  withMembers('"workshop":{"county":"liandu\\udbff"}'),
  withMembers('"\\ud83dsite":{"fire_extinguishers":0}'),
  withMembers('"site":{"fire_extinguishers":1e400}'),
  withMembers('"site":{"fire_extinguishers":-1e400}'),
  withMembers('"modes":["brand_led"],"brand_led":{"base_area":1e400}'),
  withMembers('"workshop":{"name":1e400}'),
  withMembers('"operations":{"employees":1e-400}'),
  withMembers('"operations":{"employees":123456789012345678901234567890}'),
  withMembers('"modes":["brand_led"],"brand_led":{"base_area":49.99999999999999999}'),
  withMembers('"modes":["brand_led"],"brand_led":{"base_area":33349.9999999999999,"base_area_unit":"m2"}'),
  withMembers('"modes":["overseas"],"overseas":{"partner":"侨企","partner_kind":"enterprise","cooperation":"orders","order_share_percent":100.00000000000001}'),
  '\ufeff' + JSON.stringify(VALID),
  '\ufeff' + withMembers('"site":{"fire_extinguishers":0}'),
  withMembers('"version":2'),
  withMembers('"version":"1"'),
  withMembers('"modes":["processing","weaving"],"processing":{"workstations":3}'),
  withMembers('"operations":{"benefit_models":["other","barter"]}'),
  withMembers('"modes":["brand_led"],"brand_led":{"base_area":-60}'),
  withMembers('"modes":["brand_led"],"brand_led":{"base_area":10,"base_area_unit":"acre"}'),
  withMembers('"modes":["brand_led"],"operator":{"kind":"mixed_ownership","name":"x"}'),
  withMembers('"party":{"stewards":[{"role":"grid_member","name":"张三","unit":"村委","phone":"１３９０５７８１２３４"}]}'),
  withMembers('"site":{"fire_extinguishers":0},"site":{"fire_extinguishers":2}'),
  withMembers(`"junk":${'['.repeat(100)}${']'.repeat(100)}`),
  withMembers(`"junk":${'['.repeat(1000)}${']'.repeat(1000)}`),
  withMembers(`"site":${'['.repeat(1000)}${']'.repeat(1000)}`),
  withMembers(`"workshop":{"name":"${'字'.repeat(300)}"}`),
  '{}', '{"site":5}', '{"workshop":[]}',
  '[]', '1', '"x"', 'null', 'true', '{', '{"a":1}x', '', '{"a":1e400', '{"a":"\\ud83d"',
];

const JSON_VALUES = [null, true, false, 0, -1, 1.5, 1e308, -0, 12, 33350, '', ' ', '\u3000', 'x', '１２', '12', 'true', ' true ',
  '2026-02-30', '2023-06-30', '丽水', ' 丽水 ', '😀 emoji', 'a'.repeat(201), '丽'.repeat(200), [], [1, 'a', null], ['x'],
  ['processing', 'processing'], ['labor', ' '], {}, { name: '张三' }];

function corpus(fieldPaths, fieldCodes) {
  const texts = [JSON.stringify(VALID), JSON.stringify(WORST), ...HOSTILE];
  for (const p of fieldPaths) for (const v of JSON_VALUES) texts.push(JSON.stringify(withValue(VALID, p, v)));
  let state = 11;
  const rand = () => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state / 4294967296; };
  for (let i = 0; i < 300; i++) {
    let f = rand() < 0.5 ? VALID : WORST;
    const n = 1 + Math.floor(rand() * 12);
    for (let k = 0; k < n; k++) {
      const p = fieldPaths[Math.floor(rand() * fieldPaths.length)];
      const codes = fieldCodes[p];
      const pick = rand();
      const v = pick < 0.3 && codes.length ? codes[Math.floor(rand() * codes.length)]
        : pick < 0.4 && codes.length ? [codes[Math.floor(rand() * codes.length)], 'unlisted']
          : JSON_VALUES[Math.floor(rand() * JSON_VALUES.length)];
      f = withValue(f, p, v);
    }
    let text = JSON.stringify(f);
    // A tenth of them cut a string in the middle of an emoji, or hold 1e400.
    if (rand() < 0.05) text = text.replace(/"([^"\\]{2})/, '"$1\\ud83d');
    else if (rand() < 0.05) text = text.replace(/:(\d+)([,}])/, ':1e400$2');
    texts.push(text);
  }
  return texts;
}

/**
 * The CLI's verdict on each text: its report, or `rejected`. One process
 * over a JSON Lines file (JSON.stringify's output holds no line break; the
 * hand-written cases are on one line too): a rejected line is named on
 * stderr by its number and has no report.
 */
function cliVerdicts(texts, { lang = 'zh', faketime = null } = {}) {
  if (!fs.existsSync(BIN)) execFileSync('cargo', ['build', '--quiet', '--bin', 'shanfang-check'], { cwd: ROOT, stdio: 'inherit' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-agree-'));
  const file = path.join(dir, 'texts.jsonl');
  // A blank line would be skipped, not rejected: the empty text is its own case below.
  fs.writeFileSync(file, texts.map((t) => (t === '' ? '""' : t)).join('\n') + '\n');
  const args = ['--format', 'json', '--jsonl', '--lang', lang, file];
  const run = faketime
    ? spawnSync('faketime', ['-f', faketime, BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, TZ: 'UTC' } })
    : spawnSync(BIN, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  fs.rmSync(dir, { recursive: true, force: true });
  assert.ok([0, 1, 2].includes(run.status), `the CLI ended with ${run.status}: ${run.stderr}`);
  const rejected = new Set([...run.stderr.matchAll(/texts\.jsonl:(\d+): /g)].map((m) => +m[1] - 1));
  const reports = run.stdout.trim() ? run.stdout.trim().split('\n').map((l) => JSON.parse(l)) : [];
  let next = 0;
  const verdicts = texts.map((_, i) => (rejected.has(i) ? 'rejected' : reports[next++]));
  assert.equal(next, reports.length, 'every report lines up with a text');
  return verdicts;
}

/** In the page: each text through validateJson and validate(JSON.parse(text)). */
function pageVerdicts(page, texts, lang = 'zh') {
  return page.evaluate(([texts, lang]) => texts.map((text) => {
    let json;
    try { json = window.api.validateJson(text, { lang }); } catch (e) { json = 'rejected'; }
    let obj;
    let parsed;
    try { parsed = JSON.parse(text); } catch (e) { parsed = undefined; }
    if (parsed === undefined) obj = 'not parsed by JSON.parse';
    else try { obj = window.api.validate(parsed, { lang }); } catch (e) { obj = 'rejected'; }
    return { json, obj };
  }), [texts, lang]);
}

let server;
let browser;
test.before(async () => {
  server = await serve();
  browser = await launch();
});
test.after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page of the served origin with the package loaded as `window.api`; `before` runs first. */
async function openApi(before = null, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (before) await page.addInitScript(before.fn, before.arg);
  await page.goto(`${server.url}/pkg/package.json`);
  await page.evaluate(async () => {
    const api = await import('/pkg/shanfang.js');
    await api.default();
    window.api = api;
  });
  return { context, page, errors };
}

/** The sections of a filing as Object.prototype properties, set before any script of the page. */
function polluteWith(sections) {
  for (const [k, v] of Object.entries(sections)) Object.prototype[k] = v;
  Object.defineProperty(Object.prototype, 'submittable', { get() { return true; }, set() {}, configurable: true });
}

function compare(texts, cli, page, where) {
  let reports = 0;
  let rejected = 0;
  texts.forEach((text, i) => {
    const what = `${where}, text ${i}: ${JSON.stringify(text).slice(0, 240)}`;
    assert.deepEqual(page[i].json, cli[i], `validateJson and the CLI, ${what}`);
    if (page[i].obj !== 'not parsed by JSON.parse') assert.deepEqual(page[i].obj, cli[i], `validate(JSON.parse) and the CLI, ${what}`);
    if (cli[i] === 'rejected') rejected++;
    else reports++;
  });
  return { reports, rejected };
}

test('the CLI, validateJson and validate(JSON.parse) agree on every text, in a clean page and a polluted one', async () => {
  const { context, page, errors } = await openApi();
  const fields = await page.evaluate(() => window.api.fields());
  const fieldPaths = fields.map((f) => f.path);
  const fieldCodes = Object.fromEntries(fields.map((f) => [f.path, f.codes]));
  const texts = corpus(fieldPaths, fieldCodes);
  assert.ok(texts.length > 400, `a few hundred texts: ${texts.length}`);
  for (const lang of ['zh', 'en']) {
    const cli = cliVerdicts(texts, { lang });
    const counts = compare(texts, cli, await pageVerdicts(page, texts, lang), `clean page, ${lang}`);
    assert.ok(counts.rejected >= 10 && counts.reports > 400, `both kinds of verdict are compared: ${JSON.stringify(counts)}`);
    // The cases are findings, not rejections.
    for (const i of [2, 3, 4, 5, 6, 7, 8, 9, 10, 16, 17]) assert.notEqual(cli[i], 'rejected', `text ${i} is read: ${texts[i].slice(0, 200)}`);
  }
  assert.deepEqual(errors, []);
  await context.close();

  const sections = Object.fromEntries(Object.entries(VALID).filter(([, v]) => v && typeof v === 'object' && !Array.isArray(v)));
  const polluted = await openApi({ fn: polluteWith, arg: sections });
  assert.equal(await polluted.page.evaluate(() => ({}).site !== undefined && ({}).submittable), true, 'the page is polluted');
  const cli = cliVerdicts(texts);
  compare(texts, cli, await pageVerdicts(polluted.page, texts), 'polluted page');
  const empty = await polluted.page.evaluate(() => {
    const r = window.api.validate({});
    return { submittable: r.submittable, own: Object.prototype.hasOwnProperty.call(r, 'submittable'), errors: r.errors };
  });
  assert.deepEqual(empty, { submittable: false, own: true, errors: cli[texts.indexOf('{}')].errors });
  assert.deepEqual(polluted.errors, []);
  await polluted.context.close();
});

test('"today" is the date in UTC+8 on the server and in the browser: 04:00 Beijing on a UTC clock', async () => {
  // 2026-09-01 20:00 UTC is 2026-09-02 04:00 in Beijing.
  const at = Date.UTC(2026, 8, 1, 20, 0, 0);
  const filing = structuredClone(VALID);
  delete filing.filing_date;
  filing.workshop.established = '2026-09-02';
  const texts = [JSON.stringify(filing)];
  const cli = cliVerdicts(texts, { faketime: '@2026-09-01 20:00:00' });
  assert.equal(cli[0].submittable, true, JSON.stringify(cli[0]));
  const fixClock = (now) => { Date.now = () => now; };
  const { context, page } = await openApi({ fn: fixClock, arg: at }, { timezoneId: 'UTC' });
  assert.equal(await page.evaluate(() => new Date(Date.now()).getUTCHours()), 20);
  compare(texts, cli, await pageVerdicts(page, texts), 'UTC page at 20:00 UTC');
  // An hour before midnight in Beijing (15:00 UTC) it is still the 1st: the workshop is "after" the filing date.
  const before = cliVerdicts(texts, { faketime: '@2026-09-01 15:00:00' });
  assert.equal(before[0].submittable, false);
  await context.close();
});
