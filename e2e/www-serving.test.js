// `shanfang-check serve --www www` serves the filing page as nginx or Caddy
// would (issue 29, first part): gzip for a client that takes it, with
// `Vary: Accept-Encoding`; an ETag on every file and `304 Not Modified`
// when the client has it; `Referrer-Policy`; the manifest's type. And the
// page, served so, works in Chromium.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { ROOT, launch } = require('./lib');
const { start, stop, getRaw } = require('./service');

let server;
before(async () => { server = await start(['--quiet', '--www', path.join(ROOT, 'www')]); });
after(async () => { assert.equal(await stop(server), 0); });

/** GET `p` from the service; the bytes as sent. */
const get = (p, headers) => getRaw(server.port, p, headers);

const ASSETS = ['/', '/style.css', '/app.js', '/review.js', '/inflate.js', '/page/shanfang.js', '/page/shanfang_wasm_deflate.js'];

test('each of the page\'s files is gzipped (brotli where taken) for a client that takes it, the same bytes once decoded, with Vary and an ETag', async () => {
  let plain = 0;
  let wire = 0;
  let brotli = 0;
  for (const p of ASSETS) {
    const file = path.join(ROOT, 'www', p === '/' ? 'index.html' : p);
    const want = fs.readFileSync(file);
    const gz = await get(p, { 'Accept-Encoding': 'gzip, deflate' });
    assert.equal(gz.status, 200, p);
    assert.equal(gz.headers['content-encoding'], 'gzip', `${p} gzipped`);
    assert.equal(gz.headers.vary, 'Accept-Encoding', p);
    assert.deepEqual(zlib.gunzipSync(gz.bytes), want, `${p}: the file's bytes once inflated`);
    // Brotli for a client that takes it (every browser over HTTPS or localhost), fewer bytes still.
    const br = await get(p, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br', `${p} in brotli`);
    assert.deepEqual(zlib.brotliDecompressSync(br.bytes), want, `${p}: the file's bytes once decoded`);
    assert.ok(br.bytes.length < gz.bytes.length, `${p}: brotli ${br.bytes.length} < gzip ${gz.bytes.length}`);
    assert.equal(br.headers.etag, gz.headers.etag, 'one validator for the file');
    brotli += br.bytes.length;
    assert.match(gz.headers.etag, /^"[0-9a-f]{16}-[0-9a-f]+"$/, p);
    assert.equal(gz.headers['referrer-policy'], 'no-referrer');
    const id = await get(p, { 'Accept-Encoding': 'gzip;q=0, identity' });
    assert.equal(id.headers['content-encoding'], undefined, `${p}: not gzipped when refused`);
    assert.deepEqual(id.bytes, want);
    assert.equal(id.headers.etag, gz.headers.etag, 'one validator for the file');
    plain += want.length;
    wire += gz.bytes.length;
  }
  console.log(`the page and its scripts: ${plain} bytes as files, ${wire} on the wire gzipped, ${brotli} in brotli`);
  assert.ok(wire < plain * 0.6, `${wire} of ${plain}`);
});

test('a client that has the file gets 304 Not Modified without it, and the new bytes once the file changes', async () => {
  const first = await get('/style.css', { 'Accept-Encoding': 'gzip' });
  const again = await get('/style.css', { 'Accept-Encoding': 'gzip', 'If-None-Match': first.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.bytes.length, 0);
  assert.equal(again.headers.etag, first.headers.etag);
  assert.equal((await get('/style.css', { 'If-None-Match': '"0000000000000000-1"' })).status, 200, 'another tag: the file');
  // A file that changes gets a new tag (served from a copy of www/).
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'shanfang-www-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), 'one\n');
  const other = await start(['--quiet', '--www', dir]);
  try {
    const a = (await getRaw(other.port, '/a.txt')).headers.etag;
    fs.writeFileSync(path.join(dir, 'a.txt'), 'two, longer\n');
    const b = await getRaw(other.port, '/a.txt', { 'If-None-Match': a });
    assert.equal(b.status, 200);
    assert.equal(b.bytes.toString(), 'two, longer\n');
    assert.notEqual(b.headers.etag, a);
  } finally {
    assert.equal(await stop(other), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the page served gzipped by the service works in Chromium: a verdict, no failed request', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => /项/.test(document.getElementById('shanfang-status')?.textContent || ''), null, { timeout: 15000 });
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
