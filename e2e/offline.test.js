// The offline single file (dist/shanfang-form.html) and a copy of the served
// page saved with the browser's "Save page as… Webpage, complete": both are
// opened from disk (file://) with every network request refused, and must
// still check the filing.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { ROOT, WWW, VALID, serve, launch, screenshot, enter } = require('./lib');

const SINGLE = path.join(ROOT, 'dist', 'shanfang-form.html');
const DRAFT_KEY = 'shanfang-draft-v1';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/**
 * A context where only the `allowed` URLs load: every other request (http,
 * https, file, anything) is aborted, and every request is recorded.
 */
async function lockedContext(allowed) {
  const context = await browser.newContext({ acceptDownloads: true });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => (allowed.has(route.request().url()) ? route.continue() : route.abort()));
  await context.setOffline(true);
  return { context, requests };
}

/** The message block the binding put beside a field (by its data-field box). */
const messages = (page, pathName) => page.locator(`[data-field="${pathName}"] .shanfang-message`);
const byName = (page, name, value) => page.locator(value ? `#filing [name="${name}"][value="${value}"]` : `#filing [name="${name}"]`);

/** Typing a value, a flag appears; fixing it, the flag goes. */
async function headlineFlags(page) {
  const fire = byName(page, 'site.fire_extinguishers');
  await enter(fire, '0');
  await assert.doesNotReject(messages(page, 'site.fire_extinguishers').first().waitFor());
  assert.equal(await messages(page, 'site.fire_extinguishers').count(), 1, 'one message block for 6.5');
  const m65 = messages(page, 'site.fire_extinguishers');
  assert.match(await m65.textContent(), /第6\.5条/);
  assert.match(await m65.getAttribute('class'), /shanfang-message--error/);
  assert.equal(await fire.getAttribute('aria-invalid'), 'true');
  await enter(fire, '1');
  assert.equal(await messages(page, 'site.fire_extinguishers').count(), 0, '6.5 clears when one extinguisher is given');
  assert.equal(await fire.getAttribute('aria-invalid'), null);

  await byName(page, 'modes', 'processing').check();
  const ws = byName(page, 'processing.workstations');
  assert.ok(await ws.isVisible(), 'ticking processing opens its block');
  await enter(ws, '9');
  const m713 = messages(page, 'processing.workstations');
  assert.equal(await m713.count(), 1, 'one message block for 7.1.3');
  assert.match(await m713.textContent(), /第7\.1\.3条/);
  assert.match(await m713.getAttribute('class'), /shanfang-message--warning/);
  await enter(ws, '12');
  assert.equal(await m713.count(), 0, '7.1.3 clears at 12 workstations');
  await enter(ws, '9');
  assert.equal(await m713.count(), 1);

  const labor = byName(page, 'operations.benefit_models', 'labor');
  await labor.check();
  assert.equal(await messages(page, 'operations.benefit_models').count(), 0);
  await labor.uncheck();
  const m83 = messages(page, 'operations.benefit_models');
  assert.equal(await m83.count(), 1, 'unticking every benefit model shows 8.3');
  assert.match(await m83.textContent(), /第8\.3条/);
  assert.match(await m83.getAttribute('class'), /shanfang-message--error/);
  await labor.check();
  assert.equal(await m83.count(), 0, '8.3 clears with one model ticked');
  await labor.uncheck();
}

test('the single file is self-contained: no src or href leaves the file, no CSS import or url()', () => {
  const html = fs.readFileSync(SINGLE, 'utf8');
  const refs = [...html.matchAll(/\s(?:src|href|action|poster|srcset)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]);
  const outside = refs.filter((r) => !/^(#|data:|blob:)/.test(r) && !r.startsWith('${'));
  assert.deepEqual(outside, [], 'references to other files');
  assert.doesNotMatch(html, /<link[^>]+rel=["']?stylesheet/i);
  assert.doesNotMatch(html, /<script[^>]+\ssrc=/i);
  assert.doesNotMatch(html, /@import/);
  const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  assert.deepEqual([...css.matchAll(/url\(\s*["']?([^"')]+)/g)].map((m) => m[1]).filter((u) => !u.startsWith('data:')), []);
  assert.match(html, /globalThis\.SHANFANG_WASM_DEFLATE = "eN/, 'the wasm module is inlined, deflated, as base64');
});

test('the single file from disk with the network refused: the headline flags appear and clear, the draft survives a reload, English, JSON download', async () => {
  const url = pathToFileURL(SINGLE).href;
  const { context, requests } = await lockedContext(new Set([url]));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.locator('#shanfang-status .shanfang-counts').waitFor();

  await headlineFlags(page);
  await screenshot(page, 'offline-single-file');

  // The draft is in localStorage; a reload of the file restores it.
  await page.reload();
  await page.locator('#shanfang-status .shanfang-counts').waitFor();
  assert.equal(await byName(page, 'site.fire_extinguishers').inputValue(), '1');
  assert.ok(await byName(page, 'modes', 'processing').isChecked());
  assert.equal(await byName(page, 'processing.workstations').inputValue(), '9');
  assert.equal(await messages(page, 'processing.workstations').count(), 1, 'restored values show their messages again');

  // English and back.
  await page.locator('[data-lang-switch]').first().click();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.match(await page.locator('h1').textContent(), /Lishui Shanfang/);
  assert.match(await messages(page, 'processing.workstations').textContent(), /clause 7\.1\.3/);
  await page.locator('[data-lang-switch]').first().click();
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  assert.match(await messages(page, 'processing.workstations').textContent(), /第7\.1\.3条/);

  // A complete filing (put in as a saved draft), submitted: the JSON download.
  await page.evaluate(([key, filing]) => localStorage.setItem(key, JSON.stringify(filing)), [DRAFT_KEY, VALID]);
  await page.reload();
  await page.locator('#filing [type="submit"]').click();
  await page.locator('#shanfang-done').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#shanfang-done [data-download]').click()]);
  const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.match(download.suggestedFilename(), /^shanfang-filing-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(saved.version, 1);
  assert.equal(saved.workshop.name, VALID.workshop.name);
  assert.equal(saved.operator.credit_code, VALID.operator.credit_code);
  assert.deepEqual(saved.modes, VALID.modes);

  // Nothing but the file itself was asked for (a blob: URL for the download is not a request to anyone).
  const others = requests.filter((r) => r !== url && !r.startsWith('blob:'));
  assert.deepEqual(others, [], 'requests other than the file itself');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the single file starts in a browser without DecompressionStream or Uint8Array.fromBase64, and says so when nothing can start it', async () => {
  const url = pathToFileURL(SINGLE).href;
  const { context } = await lockedContext(new Set([url]));
  await context.addInitScript(() => {
    delete window.DecompressionStream;
    delete Uint8Array.fromBase64;
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.locator('#shanfang-status .shanfang-counts').waitFor();
  assert.equal(await page.evaluate(() => typeof window.DecompressionStream + typeof Uint8Array.fromBase64), 'undefinedundefined');
  await headlineFlags(page);
  assert.ok(await page.locator('#shanfang-failed').isHidden());
  assert.deepEqual(errors, []);

  // A browser that cannot run the module at all: the page says so.
  await context.addInitScript(() => { delete window.WebAssembly; });
  const old = await context.newPage();
  await old.goto(url);
  await old.locator('#shanfang-failed').waitFor();
  assert.match(await old.locator('#shanfang-failed').textContent(), /未能启动校验程序/);
  assert.equal(await old.locator('#shanfang-status .shanfang-loading').count(), 0, 'no "loading" left beside the notice');
  // A submit there neither empties the form into the URL nor stays silent.
  await enter(old.locator('[name="workshop.name"]'), '坪垟岗村木玩工坊');
  await old.click('#filing button[type="submit"]');
  await old.waitForTimeout(300);
  assert.equal(await old.evaluate(() => document.activeElement.id), 'shanfang-failed', 'a submit says why nothing is checked');
  assert.equal(new URL(old.url()).search, '', 'nothing was submitted into the URL');
  assert.equal(await old.inputValue('[name="workshop.name"]'), '坪垟岗村木玩工坊');
  await context.close();
});

/**
 * Emulates Chrome's "Save page as… Webpage, complete": the live DOM
 * serialized as saved.html, every subresource downloaded into saved_files/,
 * their src/href rewritten to ./saved_files/NAME (NAME(1) on a clash).
 */
async function savePageAs(page, dir) {
  const { html, resources } = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true);
    const resources = [];
    const used = new Set();
    for (const el of root.querySelectorAll('link[href], script[src], img[src]')) {
      const attr = el.hasAttribute('src') ? 'src' : 'href';
      const raw = el.getAttribute(attr);
      if (/^(data|blob|#)/.test(raw)) continue;
      if (el.tagName === 'LINK' && !/stylesheet/.test(el.rel)) continue;
      const url = new URL(raw, document.baseURI).href;
      let name = url.split('/').pop().split('?')[0];
      const dot = name.lastIndexOf('.');
      for (let n = 1; used.has(name); n++) name = `${name.slice(0, dot)}(${n})${name.slice(dot)}`;
      used.add(name);
      resources.push({ url, name });
      el.setAttribute(attr, `./saved_files/${name}`);
    }
    return { html: root.outerHTML, resources };
  });
  fs.mkdirSync(path.join(dir, 'saved_files'), { recursive: true });
  for (const r of resources) {
    const res = await fetch(r.url);
    assert.equal(res.status, 200, r.url);
    fs.writeFileSync(path.join(dir, 'saved_files', r.name), Buffer.from(await res.arrayBuffer()));
  }
  const mark = `<!-- saved from url=(${String(page.url().length).padStart(4, '0')})${page.url()} -->`;
  fs.writeFileSync(path.join(dir, 'saved.html'), `<!DOCTYPE html>\n${mark}\n${html}`);
  return resources;
}

/** What the binding rendered, for checking a page has no leftovers. */
function rendered(page) {
  return page.evaluate(() => {
    const form = document.getElementById('filing');
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    const dupIds = ids.filter((id, i) => ids.indexOf(id) !== i);
    const dangling = [];
    for (const e of form.querySelectorAll('[aria-describedby]')) {
      for (const id of e.getAttribute('aria-describedby').split(/\s+/)) if (!document.getElementById(id)) dangling.push(`${e.name || e.id}→${id}`);
    }
    const status = document.getElementById('shanfang-status');
    return {
      messages: form.querySelectorAll('.shanfang-message').length,
      messageIds: [...form.querySelectorAll('.shanfang-message')].map((m) => m.id),
      invalid: [...form.querySelectorAll('[aria-invalid="true"]')].map((e) => e.name),
      dupIds,
      dangling,
      counts: status.querySelectorAll('.shanfang-counts').length,
      lists: status.querySelectorAll('.shanfang-status-list').length,
      statusItems: status.querySelectorAll('.shanfang-status-list li').length,
      summaryHidden: document.getElementById('shanfang-summary').hidden,
      summaryItems: document.querySelectorAll('#shanfang-summary li').length,
      title: document.title,
    };
  });
}

test('a page saved with "Save page as… Webpage, complete" works from disk: no leftover messages, no stale status, flags appear and clear', async () => {
  const server = await serve(WWW);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-saved-'));
  try {
    // Use the served form: flags shown, a blocked submit (summary, title).
    const live = await browser.newContext();
    const loaded = [];
    live.on('request', (r) => loaded.push(r.url()));
    const page = await live.newPage();
    await page.goto(`${server.url}/index.html`);
    await page.locator('#shanfang-status .shanfang-counts').waitFor();
    await enter(byName(page, 'site.fire_extinguishers'), '0');
    await byName(page, 'modes', 'processing').check();
    await enter(byName(page, 'processing.workstations'), '9');
    await enter(byName(page, 'workshop.name'), '保存测试工坊');
    await page.locator('#filing [type="submit"]').click();
    await page.locator('#shanfang-summary li').first().waitFor();
    const before = await rendered(page);
    assert.ok(before.messages > 3 && !before.summaryHidden && before.statusItems > 3, 'the served page shows messages, the summary and the status list');

    const resources = await savePageAs(page, dir);
    const subresources = loaded.filter((u) => u !== `${server.url}/index.html` && !u.startsWith('data:'));
    assert.deepEqual(resources.map((r) => r.url).sort(), [...new Set(subresources)].sort(), 'every subresource the page loaded is saved');
    assert.deepEqual(resources.map((r) => r.name).sort(), ['app.js', 'duties.js', 'inflate.js', 'poster.js', 'review.js', 'shanfang.js', 'shanfang_wasm_deflate.js', 'steps.js', 'style.css']);
    await live.close();

    const savedUrl = pathToFileURL(path.join(dir, 'saved.html')).href;
    const allowed = new Set([savedUrl, ...resources.map((r) => pathToFileURL(path.join(dir, 'saved_files', r.name)).href)]);
    const { context, requests } = await lockedContext(allowed);
    const copy = await context.newPage();
    const errors = [];
    copy.on('pageerror', (e) => errors.push(e.message));
    await copy.goto(savedUrl);
    await copy.locator('#shanfang-status .shanfang-counts').waitFor();
    const report = await copy.evaluate(() => window.shanfang.validate());

    const fresh = await rendered(copy);
    assert.deepEqual(fresh.dupIds, [], 'ids stay unique');
    assert.deepEqual(fresh.dangling, [], 'aria-describedby names only existing elements');
    assert.equal(fresh.messages, 0, `no message block left over from the saved DOM: ${fresh.messageIds.join(', ')}`);
    assert.deepEqual(fresh.invalid, [], 'no aria-invalid left over');
    assert.equal(fresh.counts, 1, 'one counts line in the status panel');
    assert.equal(fresh.lists, 1, 'one status list');
    assert.ok(report.findings.length > 0);
    assert.equal(fresh.statusItems, 0, 'the status list is this page\'s own (nothing acted on yet: nothing listed), not the saved one');
    assert.ok(fresh.summaryHidden, 'no error summary before a submit');
    assert.equal(fresh.summaryItems, 0);
    assert.ok(!fresh.title.startsWith('错误'), `title: ${fresh.title}`);

    await headlineFlags(copy);
    const afterFlags = await rendered(copy);
    assert.deepEqual(afterFlags.dupIds, []);
    assert.equal(afterFlags.lists, 1);
    await screenshot(copy, 'offline-saved-page');

    assert.deepEqual(requests.filter((r) => !allowed.has(r)), [], 'only the saved files were asked for');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
