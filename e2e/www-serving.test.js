// `shanfang-check serve --www www` serves the filing page as nginx or Caddy
// would (issue 29, first part): gzip for a client that takes it, with
// `Vary: Accept-Encoding`; an ETag on every file and `304 Not Modified`
// when the client has it; `Referrer-Policy`; the manifest's type. And the
// page, served so, works in Chromium.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const zlib = require('node:zlib');
const { ROOT, launch } = require('./lib');
const { start, stop } = require('./service');

let server;
before(async () => { server = await start(['--quiet', '--www', path.join(ROOT, 'www')]); });
after(async () => { assert.equal(await stop(server), 0); });

/** GET `p` with `headers`; resolves to { status, headers, bytes } (the bytes as sent, not decoded). */
function get(p, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: server.port, path: p, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, bytes: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const ASSETS = ['/', '/style.css', '/app.js', '/review.js', '/inflate.js', '/pkg/classic/shanfang.js', '/pkg/shanfang_wasm_deflate.js'];

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
    const a = await new Promise((resolve, reject) => http.get({ host: '127.0.0.1', port: other.port, path: '/a.txt', agent: false }, (res) => { res.resume(); res.on('end', () => resolve(res.headers.etag)); }).on('error', reject));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'two, longer\n');
    const b = await new Promise((resolve, reject) => http.get({ host: '127.0.0.1', port: other.port, path: '/a.txt', agent: false, headers: { 'If-None-Match': a } }, (res) => { let t = ''; res.on('data', (c) => { t += c; }); res.on('end', () => resolve({ status: res.statusCode, t, etag: res.headers.etag })); }).on('error', reject));
    assert.equal(b.status, 200);
    assert.equal(b.t, 'two, longer\n');
    assert.notEqual(b.etag, a);
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
