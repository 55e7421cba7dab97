// The served build (dist/www, scripts/served.py) as a phone gets it from
// `shanfang-check serve` (issue 29): content-named assets kept a year, the
// page revalidated, under its Content-Security-Policy (the same as
// deploy/nginx/shanfang-form.conf gives); the module compiled as it streams;
// installable; offline after the first visit, in Chromium and WebKitGTK;
// and a new version never taking over a page that holds a draft.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, launch, screenshot, enter, armKill, axe, onePage, CHROMIUM_ARGS } = require('./lib');
const { start, stop, nginx, getRaw } = require('./service');
const { startDriver, available, wholeForm } = require('./webdriver');

const SERVED = path.join(ROOT, 'dist', 'www');
const DRAFT_KEY = 'shanfang-draft-v1';
const NAME = 'workshop.name';

const get = getRaw;

/** A copy of the served build in a temporary directory, served; `deploy()` changes it as a new version would. */
async function servedCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-served-'));
  fs.cpSync(SERVED, dir, { recursive: true });
  const server = await start(['--quiet', '--www', dir]);
  return {
    dir,
    server,
    url: `http://127.0.0.1:${server.port}/`,
    /** A new version: the page marked, and the service worker's version changed with it (as scripts/served.py would). */
    deploy(mark) {
      const page = path.join(dir, 'index.html');
      fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('<head>', `<head>\n    <meta name="shanfang-test-version" content="${mark}">`));
      const sw = path.join(dir, 'sw.js');
      fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/"version": "[0-9a-f]+"/, `"version": "${mark}"`));
    },
    async close() {
      if (server.exitCode === null) await stop(server);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const byName = (page, name) => page.locator(`#filing [name="${name}"]`);
const messages = (page, p) => page.locator(`[data-field="${p}"] .shanfang-message`);
const version = (page) => page.evaluate(() => (document.querySelector('meta[name="shanfang-test-version"]') || {}).content || 'first');
const draftName = (page) => page.evaluate((key) => { try { return JSON.parse(localStorage.getItem(key)).workshop.name; } catch (e) { return null; } }, DRAFT_KEY);
const started = (page) => page.waitForFunction(() => !!self.shanfang && !document.querySelector('#shanfang-status .shanfang-loading'), null, { timeout: 15000 });

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('served build: assets by content hash kept a year, the page revalidated under its policy, the service worker never cached', async () => {
  const copy = await servedCopy();
  try {
    const html = fs.readFileSync(path.join(SERVED, 'index.html'), 'utf8');
    // data-later: what the page loads after the first verdict (www/app.js).
    const assets = [...new Set([...html.matchAll(/(?:src|href|data-wasm|data-later)="(assets\/[^"]+)"/g)].flatMap((m) => m[1].split(' ')))];
    assert.deepEqual(assets.map((a) => a.replace(/\.[0-9a-f]{12}\./, '.*.')).sort(),
      ['assets/app.*.js', 'assets/duties.*.js', 'assets/offline.*.js', 'assets/poster.*.js', 'assets/review.*.js', 'assets/shanfang.*.js', 'assets/shanfang_bg.*.wasm', 'assets/steps.*.js', 'assets/style.*.css']);
    assert.doesNotMatch(html, /shanfang_wasm_deflate|inflate\.js/, 'the served page streams the module instead of carrying it');
    for (const a of assets) {
      const r = await get(copy.server.port, `/${a}`, { 'Accept-Encoding': 'gzip' });
      assert.equal(r.status, 200, a);
      assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable', a);
      if (fs.statSync(path.join(SERVED, a)).size > 1024) assert.equal(r.headers['content-encoding'], 'gzip', a);
    }
    const wasm = await get(copy.server.port, `/${assets.find((a) => a.endsWith('.wasm'))}`);
    assert.equal(wasm.headers['content-type'], 'application/wasm', 'instantiateStreaming needs the type');

    const page = await get(copy.server.port, '/');
    assert.equal(page.headers['cache-control'], 'no-cache');
    assert.ok(page.headers.etag);
    const csp = page.headers['content-security-policy'];
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*';/);
    assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
    // Portals serving the page with their own nginx send the same headers.
    const conf = fs.readFileSync(path.join(ROOT, 'deploy', 'nginx', 'shanfang-form.conf'), 'utf8');
    assert.ok(conf.includes(`"${csp}"`), `deploy/nginx/shanfang-form.conf carries the page's policy:\n${csp}`);

    for (const [p, type] of [['/sw.js', /javascript/], ['/manifest.webmanifest', /^application\/manifest\+json/], ['/icons/icon-192.png', /^image\/png$/]]) {
      const r = await get(copy.server.port, p);
      assert.equal(r.status, 200, p);
      assert.match(r.headers['content-type'], type, p);
      assert.equal(r.headers['cache-control'], 'no-cache', `${p}: asked for each time`);
    }
  } finally {
    await copy.close();
  }
});

test('deploy/nginx/shanfang-form.conf: Debian\'s nginx serving dist/www sends what shanfang-check serve sends', async () => {
  const copy = await servedCopy();
  const net = require('node:net');
  const free = await new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
  const front = await nginx(async () => (await get(free, '/')).status === 200, `include /etc/nginx/mime.types;
  server {
    listen 127.0.0.1:${free};
    root ${SERVED};
    include ${path.join(ROOT, 'deploy', 'nginx', 'shanfang-form.conf')};
  }`);
  try {
    const html = fs.readFileSync(path.join(SERVED, 'index.html'), 'utf8');
    const wasm = html.match(/data-wasm="([^"]+)"/)[1];
    const app = html.match(/src="(assets\/app\.[^"]+)"/)[1];
    for (const p of ['/', '/sw.js', '/manifest.webmanifest', '/icons/icon-192.png', `/${wasm}`, `/${app}`]) {
      const ours = await get(copy.server.port, p, { 'Accept-Encoding': 'gzip' });
      const theirs = await get(free, p, { 'Accept-Encoding': 'gzip' });
      assert.equal(theirs.status, 200, p);
      for (const h of ['cache-control', 'referrer-policy', 'x-content-type-options']) {
        assert.equal(theirs.headers[h], ours.headers[h], `${p}: ${h}`);
      }
      // The page's policy the same (nginx also puts it on the page's other
      // files, where it allows what they do).
      if (p === '/') assert.equal(theirs.headers['content-security-policy'], ours.headers['content-security-policy'], 'the page\'s policy');
      assert.equal(theirs.headers['content-type'].split(';')[0].replace('application/javascript', 'text/javascript'), ours.headers['content-type'].split(';')[0], `${p}: type`);
      assert.equal(!!theirs.headers.etag, true, `${p}: ETag`);
      if (p.endsWith('.wasm') || p === '/') assert.equal(theirs.headers['content-encoding'], 'gzip', `${p} gzipped`);
    }
  } finally {
    await front.stop();
    await copy.close();
  }
});

test('served build in Chromium: no policy violation, installable, and offline after the first visit (a reload shows the form, 6.5 flagged, a draft typed offline survives another reload)', async () => {
  const copy = await servedCopy();
  // A profile of its own (not incognito: Chromium does not install from one).
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-profile-'));
  const { chromium } = require('playwright-core');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
    viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true,
  });
  // The whole form on one page (整页显示): this journey goes across sections.
  await onePage(context);
  try {
    const page = context.pages()[0] || await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const streamed = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) streamed.push(r.url()); });
    await page.goto(copy.url);
    await started(page);
    assert.equal(streamed.length, 1, 'the module is fetched as its own file');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'Chromium finds the page installable');
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);

    // The signal goes: the server is stopped and the browser offline.
    await stop(copy.server);
    await context.setOffline(true);
    await page.reload();
    await started(page);
    // What comes after the first verdict comes offline too.
    await page.waitForFunction(() => !!self.shanfangDuties && !!self.shanfangReview, null, { timeout: 10000 });
    await enter(byName(page, 'site.fire_extinguishers'), '0');
    await messages(page, 'site.fire_extinguishers').first().waitFor();
    assert.match(await messages(page, 'site.fire_extinguishers').first().textContent(), /第6\.5条/);
    await enter(byName(page, NAME), '山坊离线草稿');
    await page.waitForFunction(([key]) => (localStorage.getItem(key) || '').includes('山坊离线草稿'), [DRAFT_KEY]);
    await page.reload();
    await started(page);
    assert.equal(await byName(page, NAME).inputValue(), '山坊离线草稿', 'the draft typed offline is back');
    assert.equal(await byName(page, 'site.fire_extinguishers').inputValue(), '0');
    await screenshot(page, 'served-offline-375', false);

    // The API is never answered from the device: offline, a POST fails.
    const api = await page.evaluate(() => fetch('v1/validate', { method: 'POST', body: '{}' }).then(() => 'answered', () => 'network error'));
    assert.equal(api, 'network error');
    const keys = await page.evaluate(() => caches.keys().then((ks) => Promise.all(ks.map((k) => caches.open(k).then((c) => c.keys())))).then((ls) => ls.flat().map((r) => r.url)));
    assert.ok(keys.length >= 8 && keys.every((u) => !u.includes('/v1/')), keys.join('\n'));
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no Content-Security-Policy violation');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
    await copy.close();
  }
});

// Issue 28: what the page shows only later (the duties calendar, the
// reviewer's table) is not downloaded beside the module.
test('served build: the duties calendar\'s and the reviewer\'s scripts come after the first verdict; a duties button pressed or several files opened before they came wait for them', async () => {
  const copy = await servedCopy();
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    // Those two scripts held on the way until the test lets them through.
    let gate = Promise.resolve();
    let release = () => {};
    const hold = () => { gate = new Promise((r) => { release = r; }); };
    await context.route(/\/assets\/(duties|review)\.[0-9a-f]+\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(copy.url);
    await started(page);
    await page.waitForFunction(() => !!self.shanfangDuties && !!self.shanfangReview, null, { timeout: 10000 });
    const order = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource');
      const one = (re) => entries.find((e) => re.test(e.name));
      return { wasmEnd: one(/\.wasm$/).responseEnd, duties: one(/duties\.[0-9a-f]+\.js$/).startTime, review: one(/review\.[0-9a-f]+\.js$/).startTime };
    });
    assert.ok(order.duties >= order.wasmEnd && order.review >= order.wasmEnd, `asked for after the module came: ${JSON.stringify(order)}`);
    // The duties entrance the script adds beside 9.3's field.
    assert.equal(await page.locator('.duties-entrance [data-open-duties]').count(), 1);

    // Before they came: the duties button of the answers page, pressed.
    hold();
    // Not until `load`: the held scripts, asked for once the first verdict
    // is up, may be what `load` waits for (it came first under load).
    await page.reload({ waitUntil: 'domcontentloaded' });
    await started(page);
    assert.equal(await page.evaluate(() => typeof self.shanfangDuties), 'undefined', 'the script is still on its way');
    await page.evaluate(() => document.querySelector('.answers-actions [data-open-duties]').click());
    await page.waitForTimeout(200);
    assert.ok(await page.locator('#shanfang-duties').isHidden(), 'nothing yet');
    release();
    await page.locator('#shanfang-duties').waitFor({ state: 'visible', timeout: 10000 });

    // Before they came: two filings opened at once go to the reviewer's table.
    hold();
    // Not until `load`: the held scripts, asked for once the first verdict
    // is up, may be what `load` waits for (it came first under load).
    await page.reload({ waitUntil: 'domcontentloaded' });
    await started(page);
    assert.equal(await page.evaluate(() => typeof self.shanfangReview), 'undefined');
    const filing = fs.readFileSync(path.join(ROOT, 'examples', 'valid-filing.json'));
    await page.locator('#shanfang-open-file').setInputFiles([
      { name: 'a.json', mimeType: 'application/json', buffer: filing },
      { name: 'b.json', mimeType: 'application/json', buffer: filing },
    ]);
    await page.waitForTimeout(200);
    assert.ok(await page.locator('#shanfang-review').isHidden(), 'nothing yet');
    release();
    await page.locator('#shanfang-review').waitFor({ state: 'visible', timeout: 10000 });
    assert.equal(await page.locator('#shanfang-review [data-review-open]').count(), 2);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await copy.close();
  }
});

test('a new version deployed while a draft is open waits: the old page keeps working, through the automatic reload after a trap, until the person chooses 更新', async () => {
  const copy = await servedCopy();
  // bypassCSP: axe-core goes in as an inline script, which the page's policy refuses.
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true, bypassCSP: true });
  await onePage(context);
  try {
    const page = await context.newPage();
    await page.goto(copy.url);
    await started(page);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await enter(byName(page, NAME), '云和县木玩共富工坊');
    await page.waitForFunction(([key]) => (localStorage.getItem(key) || '').includes('木玩'), [DRAFT_KEY]);
    assert.ok(await page.locator('#shanfang-update').isHidden(), 'no notice on the first visit');

    copy.deploy('second');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.locator('#shanfang-update').waitFor();
    assert.match(await page.locator('#shanfang-update').textContent(), /新版本/);
    assert.equal(await version(page), 'first', 'the open page is not replaced');

    // The module dies mid-edit; the page reloads itself, and is still the
    // version the draft was typed in, with the draft.
    await page.evaluate(armKill);
    await byName(page, 'site.fire_extinguishers').fill('3');
    await page.waitForEvent('load');
    await started(page);
    assert.equal(await version(page), 'first', 'the automatic reload keeps the old version');
    assert.equal(await byName(page, NAME).inputValue(), '云和县木玩共富工坊');
    await page.locator('#shanfang-update').waitFor();
    await page.locator('#shanfang-update').scrollIntoViewIfNeeded();
    await screenshot(page, 'served-update-ready-375', false);
    assert.deepEqual(await axe(page), [], 'axe-core: no violation with the update notice shown');

    // The person chooses: the new version takes over, the draft with it.
    await Promise.all([page.waitForEvent('load'), page.locator('#shanfang-update button').click()]);
    await started(page);
    assert.equal(await version(page), 'second');
    assert.equal(await byName(page, NAME).inputValue(), '云和县木玩共富工坊');
    assert.ok(await page.locator('#shanfang-update').isHidden());
    const caches = await page.evaluate(() => caches.keys());
    assert.deepEqual(caches, ['shanfang-second'], 'the old version\'s cache is gone once the new one took over');
  } finally {
    await context.close();
    await copy.close();
  }
});

for (const engine of ['webkitgtk', 'firefox']) {
  test(`served build in ${engine}: offline after the first visit (a reload shows the form, 6.5 flagged, a draft typed offline survives another reload)`, { skip: !available().includes(engine) && `${engine} is not installed` }, async () => {
    const copy = await servedCopy();
    const driver = await startDriver(engine);
    let session;
    try {
      session = await driver.session();
      await session.goto(copy.url);
      const ready = () => !self.__before && !!self.shanfang && !document.querySelector('#shanfang-status .shanfang-loading');
      // A person's reload (F5), through the service worker: WebDriver's own
      // refresh is a forced reload in Firefox, which bypasses it.
      const reload = () => session.run(() => { self.__before = true; setTimeout(() => location.reload(), 0); return true; });
      await session.until(ready, [], 'the checker to start', 20000);
      await session.until(() => !!navigator.serviceWorker && !!navigator.serviceWorker.controller, [], 'the service worker to take the page', 20000);
      await session.run(wholeForm);
      await stop(copy.server);
      await reload();
      await session.until(ready, [], 'the checker to start offline', 20000);
      const fire = await session.find('#filing [name="site.fire_extinguishers"]');
      await session.clear(fire);
      await session.type(fire, '0');
      const name = await session.find(`#filing [name="${NAME}"]`);
      await session.click(name);
      await session.type(name, '离线山坊');
      await session.until(() => !!document.querySelector('[data-field="site.fire_extinguishers"] .shanfang-message'), [], '6.5 to be flagged');
      const text = await session.run(() => document.querySelector('[data-field="site.fire_extinguishers"] .shanfang-message').textContent);
      assert.match(text, /第6\.5条/);
      await session.run(() => document.activeElement.blur());
      await session.until((key) => (localStorage.getItem(key) || '').includes('离线山坊'), [DRAFT_KEY], 'the draft to be saved');
      await reload();
      await session.until(ready, [], 'the checker to start again offline', 20000);
      assert.equal(await session.run((n) => document.querySelector(`#filing [name="${n}"]`).value, NAME), '离线山坊');
      await session.screenshot(path.join(ROOT, 'artifacts', 'e2e', `served-offline-${engine}.png`));
    } finally {
      if (session) await session.cmd('DELETE', '').catch(() => {});
      driver.close();
      await copy.close();
    }
  });
}

test('served build in WebKitGTK: a new version deployed while a draft is open waits through a reload until the person chooses 更新', { skip: !available().includes('webkitgtk') && 'WebKitGTK is not installed' }, async () => {
  const copy = await servedCopy();
  const driver = await startDriver('webkitgtk');
  let session;
  try {
    session = await driver.session();
    const ready = () => !self.__before && !!self.shanfang && !document.querySelector('#shanfang-status .shanfang-loading');
    const reload = () => session.run(() => { self.__before = true; setTimeout(() => location.reload(), 0); return true; });
    const versionOf = () => session.run(() => (document.querySelector('meta[name="shanfang-test-version"]') || {}).content || 'first');
    const nameValue = () => session.run((n) => document.querySelector(`#filing [name="${n}"]`).value, NAME);
    await session.goto(copy.url);
    await session.until(ready, [], 'the checker to start', 20000);
    await session.until(() => !!navigator.serviceWorker.controller, [], 'the service worker to take the page', 20000);
    await session.run(wholeForm);
    const name = await session.find(`#filing [name="${NAME}"]`);
    await session.click(name);
    await session.type(name, '景宁畲族共富工坊');
    await session.until((key) => (localStorage.getItem(key) || '').includes('景宁'), [DRAFT_KEY], 'the draft to be saved');

    copy.deploy('second');
    await session.run(() => { navigator.serviceWorker.getRegistration().then((r) => r.update()); return true; });
    await session.until(() => !document.getElementById('shanfang-update').hidden, [], 'the update notice', 20000);
    assert.equal(await versionOf(), 'first');
    await reload();
    await session.until(ready, [], 'the checker to start after the reload', 20000);
    assert.equal(await versionOf(), 'first', 'a reload keeps the version the draft was typed in');
    assert.equal(await nameValue(), '景宁畲族共富工坊');
    await session.until(() => !document.getElementById('shanfang-update').hidden, [], 'the update notice again', 20000);

    await session.run(() => { self.__before = true; return true; });
    await session.clickWhenStill('#shanfang-update button');
    await session.until(ready, [], 'the new version to start', 20000);
    assert.equal(await versionOf(), 'second');
    assert.equal(await nameValue(), '景宁畲族共富工坊', 'the draft comes along');
  } finally {
    if (session) await session.cmd('DELETE', '').catch(() => {});
    driver.close();
    await copy.close();
  }
});
