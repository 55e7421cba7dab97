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

const BIN = path.join(ROOT, 'target', 'debug', 'shanfang-check');
const { corpus, verdictsOfJsonl, jsonl } = require('./corpus');

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
  fs.writeFileSync(file, jsonl(texts));
  const args = ['--format', 'json', '--jsonl', '--lang', lang, file];
  const run = faketime
    ? spawnSync('faketime', ['-f', faketime, BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, TZ: 'UTC' } })
    : spawnSync(BIN, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  fs.rmSync(dir, { recursive: true, force: true });
  assert.ok([0, 1, 2].includes(run.status), `the CLI ended with ${run.status}: ${run.stderr}`);
  // A rejected line is named on stderr too, by its number.
  const named = new Set([...run.stderr.matchAll(/texts\.jsonl:(\d+): /g)].map((m) => +m[1] - 1));
  const verdicts = verdictsOfJsonl(texts, run.stdout);
  verdicts.forEach((v, i) => assert.equal(v === 'rejected', named.has(i), `line ${i + 1}: the error record and stderr agree`));
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
