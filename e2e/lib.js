// Shared by the end-to-end tests: a static server for www/ on 127.0.0.1,
// Debian's Chromium through playwright-core, and a place for screenshots.
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..');
const WWW = path.join(ROOT, 'www');
const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e');
const VALID = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', 'valid-filing.json'), 'utf8'));

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` on 127.0.0.1 (a free port). `headers(urlPath)` may add
 * response headers, e.g. a Content-Security-Policy for one page. With
 * `gzip`, responses are gzipped for a client that accepts it, as a real
 * server would (the benchmark's weak-connection cold start).
 */
async function serve(dir = WWW, headers = () => ({}), { gzip = false } = {}) {
  const gzipped = new Map(); // file → its gzipped bytes
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    const head = { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store', ...headers(url.pathname) };
    if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      if (!gzipped.has(file)) gzipped.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 6 }));
      res.writeHead(200, { ...head, 'Content-Encoding': 'gzip' }).end(gzipped.get(file));
      return;
    }
    res.writeHead(200, head);
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps'];

/** Debian's Chromium, headless; `extraArgs` are added to the shared ones. */
function launch(extraArgs = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Writes a screenshot to artifacts/e2e/NAME.png (not committed). */
async function screenshot(page, name, fullPage = true) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
}

/** Runs axe-core in the page; returns its violations. */
async function axe(page) {
  await page.addScriptTag({ path: require.resolve('axe-core') });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

/**
 * Opens `url` in a fresh browser context (fresh localStorage), waits for the
 * binding, runs `fn(page, context)`, and fails on any uncaught page error.
 */
async function withPage(browser, url, fn, contextOptions = {}) {
  const assert = require('node:assert/strict');
  const { onePage: whole, ...options } = contextOptions;
  const context = await browser.newContext(options);
  if (whole) await onePage(context);
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.shanfang);
    await fn(page, context);
    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  } finally {
    await context.close();
  }
}

/**
 * Runs in the page: the next edit kills the binding mid-edit. The form's
 * first capture listener arms it; the binding's own read of an input's
 * value then throws, which unwinds the module with its state still
 * borrowed: from then on it silently ignores every event, and the only
 * error the page sees may be a bare "Script error." (WebKit, file://).
 * The real getter is back before anything else reads a value.
 */
function armKill() {
  const form = document.getElementById('filing');
  const real = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  let armed = false;
  form.addEventListener('input', () => { armed = true; }, { capture: true, once: true });
  Object.defineProperty(HTMLInputElement.prototype, 'value', {
    configurable: true,
    enumerable: real.enumerable,
    get() {
      if (armed) {
        Object.defineProperty(HTMLInputElement.prototype, 'value', real);
        throw new Error('killed mid-edit by the test');
      }
      return real.get.call(this);
    },
    set(v) { real.set.call(this, v); },
  });
  return true;
}

/**
 * The person chose the whole form on one page (整页显示, www/steps.js), as a
 * phone user who prefers scrolling may: tests of everything but the steps
 * fill fields across sections on a phone.
 */
function onePage(context) {
  return context.addInitScript(() => {
    try { localStorage.setItem('shanfang-steps-v1', 'off'); } catch (e) { /* file:// may deny it */ }
  });
}

/**
 * Types `text` into a field and leaves it, as a person moving on to the
 * next field: a field's message shows once it is left (issue 11, point 7).
 */
async function enter(locator, text) {
  await locator.fill(text);
  await locator.blur();
}

/** Runs in the page: the three automatic restarts a minute are used up. */
function useUpRestarts() {
  const now = Date.now();
  sessionStorage.setItem('shanfang-recovery', JSON.stringify({ times: [now, now, now] }));
  return true;
}

/** A phone as the journeys hold one: 375 × 667, touch. */
const PHONE = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

/** A field's control in the filing form, by its contract path. */
const field = (page, path) => page.locator(`#filing [name="${path}"]`);

/** An element's text, its white space collapsed. */
const text = (loc) => loc.evaluate((e) => e.textContent.replace(/\s+/g, ' ').trim());

/**
 * Registers the test file's hooks: www/ served and Chromium launched before
 * its tests, both closed after; returns { server, browser }, filled in once
 * started.
 */
function servedPage() {
  const { before, after } = require('node:test');
  const ctx = { server: null, browser: null };
  before(async () => {
    ctx.server = await serve();
    ctx.browser = await launch();
  });
  after(async () => {
    if (ctx.browser) await ctx.browser.close();
    if (ctx.server) await ctx.server.close();
  });
  return ctx;
}

module.exports = { ROOT, WWW, ARTIFACTS, VALID, CHROMIUM_ARGS, PHONE, serve, launch, screenshot, axe, withPage, enter, armKill, useUpRestarts, onePage, field, text, servedPage };
