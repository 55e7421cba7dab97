// `shanfang-check serve` (issue 14), started as the README says and driven
// over loopback as a portal's back end would: status codes and bodies, the
// same reports as the CLI over the agreement corpus of "One verdict
// everywhere" (one request a text, and all of them as one NDJSON stream),
// 400/413/415, a load of thousands of requests over 64 connections, slow
// clients that do not starve the others, SIGTERM with requests in flight,
// and the README's curl, JDK, Node and Python examples as written.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const { ROOT, VALID } = require('./lib');
const { WORST, corpus, verdictsOfJsonl, jsonl } = require('./corpus');

const { start, stop, request, cli } = require('./service');
const VALID_TEXT = JSON.stringify(VALID);
const WORST_TEXT = JSON.stringify(WORST);

let server;
before(async () => {
  server = await start(['--www', path.join(ROOT, 'www'), '--max-body', '256KiB', '--request-timeout', '2', '--idle-timeout', '2']);
});
after(async () => {
  assert.equal(await stop(server), 0, 'a graceful stop exits 0');
});

test('POST /v1/validate: 200 with exactly the CLI\'s report; options in the query', async () => {
  for (const [text, query, args] of [
    [VALID_TEXT, '', []],
    [WORST_TEXT, '?lang=en', ['--lang', 'en']],
    [WORST_TEXT, '?promote=7.1.3&promote=9.1,9.2', ['--promote', '7.1.3', '--promote', '9.1,9.2']],
    [JSON.stringify({ ...VALID, filing_date: undefined }), '?today=2025-01-01', ['--today', '2025-01-01']],
  ]) {
    const r = await request(server, { path: `/v1/validate${query}`, body: text });
    assert.equal(r.status, 200, r.text);
    assert.match(r.headers['content-type'], /^application\/json/);
    assert.equal(r.text, cli(['--format', 'json', ...args, '-'], text).stdout, `the CLI's bytes for ${query || 'no query'}`);
  }
  // Media types that are JSON: with a charset, a +json suffix, or none given.
  for (const type of ['application/json; charset=utf-8', 'application/vnd.portal+json', null]) {
    assert.equal((await request(server, { body: VALID_TEXT, type })).status, 200, String(type));
  }
});

test('400, 413, 415, 405, 404: clear JSON errors, nothing of the filing echoed', async () => {
  const cases = [
    [{ body: 'not json' }, 400, /not valid JSON/],
    [{ body: '[1,2]' }, 400, /array/],
    [{ body: '' }, 400, /./],
    [{ body: Buffer.from([0x7b, 0xff, 0x7d]) }, 400, /UTF-8/],
    [{ body: VALID_TEXT, path: '/v1/validate?lang=fr' }, 400, /lang/],
    [{ body: VALID_TEXT, path: '/v1/validate?promote=9.9' }, 400, /9\.9/],
    [{ body: VALID_TEXT, path: '/v1/validate?today=2025-02-30' }, 400, /today/],
    [{ body: VALID_TEXT, path: '/v1/validate?langg=en' }, 400, /unknown parameter/],
    [{ body: `{"workshop":{"name":"${'山'.repeat(100000)}"}}` }, 413, /--max-body/],
    [{ body: VALID_TEXT, type: 'text/plain' }, 415, /Content-Type/],
    [{ body: VALID_TEXT, type: 'application/x-www-form-urlencoded' }, 415, /Content-Type/],
    [{ method: 'GET' }, 405, /POST/],
    [{ method: 'GET', path: '/v1/nothing' }, 404, /no endpoint/],
  ];
  for (const [req, status, message] of cases) {
    const r = await request(server, { type: 'application/json', ...req });
    assert.equal(r.status, status, `${JSON.stringify(req).slice(0, 80)}: ${r.text}`);
    const body = JSON.parse(r.text);
    assert.deepEqual(Object.keys(body), ['error']);
    assert.match(body.error, message);
    assert.doesNotMatch(body.error, /山山/, 'the error does not echo the filing');
  }
  assert.equal((await request(server, { method: 'GET' })).headers.allow, 'POST');
  // A declared length over the limit is refused before the body is sent.
  const early = await new Promise((resolve) => {
    const sock = net.connect(server.port, '127.0.0.1', () => {
      sock.write('POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 9999999\r\n\r\n');
    });
    let got = '';
    sock.on('data', (d) => { got += d; if (got.includes('\r\n\r\n')) { sock.destroy(); resolve(got); } });
  });
  assert.match(early, /^HTTP\/1\.1 413/);
});

test('GET /v1/rules, /v1/schema, /healthz, and the form beside them (--www)', async () => {
  const rules = await request(server, { method: 'GET', path: '/v1/rules?lang=en', type: null });
  assert.equal(rules.status, 200);
  assert.equal(rules.text, cli(['--rules', '--format', 'json', '--lang', 'en'], '').stdout);
  const schema = await request(server, { method: 'GET', path: '/v1/schema', type: null });
  assert.deepEqual(JSON.parse(schema.text), JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'filing-v1.schema.json'), 'utf8')));
  const canonical = await request(server, { method: 'GET', path: '/v1/schema/canonical', type: null });
  assert.deepEqual(JSON.parse(canonical.text), JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'filing-v1.canonical.schema.json'), 'utf8')));
  const health = await request(server, { method: 'GET', path: '/healthz', type: null });
  assert.equal(health.status, 200);
  assert.equal(JSON.parse(health.text).status, 'ok');
  const page = await request(server, { method: 'GET', path: '/', type: null });
  assert.equal(page.status, 200);
  assert.match(page.headers['content-type'], /^text\/html/);
  assert.match(page.text, /丽水山坊/);
  const wasm = await request(server, { method: 'GET', path: '/pkg/shanfang_bg.wasm', type: null });
  assert.equal(wasm.headers['content-type'], 'application/wasm');
  for (const p of ['/../Cargo.toml', '/%2e%2e/Cargo.toml', '/pkg/../../Cargo.toml', '/.git/config']) {
    assert.equal((await request(server, { method: 'GET', path: p, type: null })).status, 404, p);
  }
  // The access log names method, path, status and duration; never a
  // filing's content. It is written a tenth of a second after the fact.
  for (let i = 0; i < 30 && !/GET \/healthz 200/.test(server.log()); i++) await new Promise((r) => setTimeout(r, 50));
  const log = server.log();
  assert.match(log, /Z POST \/v1\/validate 200 \d+\.\d{3}ms\n/);
  assert.match(log, /Z GET \/healthz 200 /);
  assert.doesNotMatch(log, /云和|蓝建平|13905781234|lang=en/);
});

test('the agreement corpus: every text gets the CLI\'s report (or both reject it), one request each and as one NDJSON stream', async () => {
  const esm = await import(pathToFileURL(path.join(ROOT, 'pkg', 'shanfang.js')).href);
  esm.initSync();
  const fields = esm.fields();
  const texts = corpus(fields.map((f) => f.path), Object.fromEntries(fields.map((f) => [f.path, f.codes])));
  assert.ok(texts.length > 400);
  const expected = cli(['--jsonl', '--format', 'json', '-'], jsonl(texts));
  const verdicts = verdictsOfJsonl(texts, expected.stdout);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const answers = await Promise.all(texts.map((text) => request(server, { body: text === '' ? '""' : text, agent })));
  agent.destroy();
  let rejected = 0;
  answers.forEach((r, i) => {
    if (verdicts[i] === 'rejected') {
      rejected += 1;
      assert.equal(r.status, 400, `text ${i}: the CLI rejects it, the service too`);
    } else {
      assert.equal(r.status, 200, `text ${i}: ${r.text.slice(0, 200)}`);
      assert.deepEqual(JSON.parse(r.text), verdicts[i], `text ${i}`);
    }
  });
  assert.ok(rejected >= 10, `${rejected} rejected texts compared`);
  // All of them as one NDJSON stream: exactly the CLI's --jsonl output.
  const stream = await request(server, { body: jsonl(texts), type: 'application/x-ndjson' });
  assert.equal(stream.status, 200);
  assert.match(stream.headers['content-type'], /^application\/x-ndjson/);
  assert.equal(stream.text, expected.stdout, 'the NDJSON answer is the CLI\'s output, line for line');
  // An empty stream is a 400, as the CLI's empty input is an error.
  const empty = await request(server, { body: '\n\n', type: 'application/x-ndjson' });
  assert.equal(empty.status, 400);
  assert.match(JSON.parse(empty.text).error, /no filing/);
});

test('NDJSON is answered line by line while the request is still being sent', async () => {
  const sock = net.connect(server.port, '127.0.0.1');
  await new Promise((r) => sock.on('connect', r));
  sock.write('POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n');
  let got = '';
  sock.on('data', (d) => { got += d; });
  const chunk = (s) => sock.write(`${Buffer.byteLength(s).toString(16)}\r\n${s}\r\n`);
  chunk(`${VALID_TEXT}\n`);
  const deadline = Date.now() + 3000;
  while (!got.includes('"line":1') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  assert.match(got, /^HTTP\/1\.1 200/);
  assert.match(got, /"line":1,"standard"/, 'the first record arrived before the body ended');
  chunk('{oops\n');
  while (!got.includes('"line":2') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  assert.match(got, /"line":2,"error":/);
  sock.write('0\r\n\r\n');
  sock.destroy();
});

test('load: thousands of requests over 64 connections, every answer right; requests per second and p99', async () => {
  const expectedValid = cli(['--format', 'json', '-'], VALID_TEXT).stdout;
  const expectedWorst = cli(['--format', 'json', '-'], WORST_TEXT).stdout;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const total = 6000;
  const latencies = [];
  let next = 0;
  let wrong = 0;
  const t0 = process.hrtime.bigint();
  async function worker() {
    while (next < total) {
      const i = next++;
      const body = i % 2 ? WORST_TEXT : VALID_TEXT;
      const s = process.hrtime.bigint();
      const r = await request(server, { body, agent });
      latencies.push(Number(process.hrtime.bigint() - s) / 1e6);
      if (r.status !== 200 || r.text !== (i % 2 ? expectedWorst : expectedValid)) wrong += 1;
    }
  }
  await Promise.all(Array.from({ length: 64 }, worker));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(2);
  console.log(`# load: ${total} requests over 64 connections in ${seconds.toFixed(2)} s: ${Math.round(total / seconds)} requests/s (Node's http client on the same 2 cores is the bottleneck; bench/ measures the service), p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`);
  assert.equal(wrong, 0, 'every answer is the CLI\'s report');
  assert.equal(latencies.length, total);
});

test('slow clients (headers a byte at a time, a body that stalls) do not starve the others, and are cut by the timeouts', async () => {
  const slow = [];
  const closed = [];
  for (let i = 0; i < 20; i++) {
    const sock = net.connect(server.port, '127.0.0.1');
    const text = 'POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n';
    let at = 0;
    const timer = setInterval(() => { if (at < text.length && !sock.destroyed) sock.write(text[at++]); }, 300);
    const record = { sock, got: '', ended: false };
    sock.on('data', (d) => { record.got += d; });
    sock.on('close', () => { record.ended = true; clearInterval(timer); closed.push(i); });
    sock.on('error', () => {});
    slow.push(record);
  }
  // One that sends its headers, then half its body, then nothing.
  const stalled = net.connect(server.port, '127.0.0.1');
  let stalledGot = '';
  stalled.on('data', (d) => { stalledGot += d; });
  stalled.on('error', () => {});
  stalled.write('POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"site":');
  // Meanwhile, the others are served at once.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const times = [];
  for (let i = 0; i < 200; i++) {
    const s = Date.now();
    const r = await request(server, { body: VALID_TEXT, agent });
    assert.equal(r.status, 200);
    times.push(Date.now() - s);
  }
  agent.destroy();
  times.sort((a, b) => a - b);
  assert.ok(times[Math.floor(times.length * 0.99)] < 200, `p99 of the others ${times[Math.floor(times.length * 0.99)]} ms`);
  // The body that stalled gets 408 after --request-timeout (2 s); the slow
  // headers are cut after --idle-timeout (2 s).
  const deadline = Date.now() + 6000;
  while ((!stalledGot.includes('408') || closed.length < 20) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.match(stalledGot, /^HTTP\/1\.1 408/);
  assert.equal(closed.length, 20, 'every slow-header connection was closed');
  for (const s of slow) s.sock.destroy();
  stalled.destroy();
});

test('SIGTERM with requests in flight: each is answered, no new connection is taken, exit 0', async () => {
  const own = await start(['--shutdown-grace', '10']);
  const body = Buffer.from(VALID_TEXT);
  const expected = cli(['--format', 'json', '-'], VALID_TEXT).stdout;
  const socks = [];
  for (let i = 0; i < 8; i++) {
    const sock = net.connect(own.port, '127.0.0.1');
    await new Promise((r) => sock.on('connect', r));
    const record = { sock, got: '' };
    sock.on('data', (d) => { record.got += d; });
    sock.write(`POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    sock.write(body.subarray(0, 100));
    socks.push(record);
  }
  await new Promise((r) => setTimeout(r, 200));
  const exited = new Promise((resolve) => own.on('exit', resolve));
  own.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  // Stopped accepting: a new connection is refused.
  const refused = await new Promise((resolve) => {
    const s = net.connect(own.port, '127.0.0.1');
    s.on('connect', () => { s.destroy(); resolve(false); });
    s.on('error', (e) => resolve(e.code === 'ECONNREFUSED'));
  });
  assert.ok(refused, 'no new connection after SIGTERM');
  for (const s of socks) s.sock.write(body.subarray(100));
  assert.equal(await exited, 0, own.log());
  for (const s of socks) {
    assert.match(s.got, /^HTTP\/1\.1 200/, 'the request in flight was answered');
    assert.equal(s.got.slice(s.got.indexOf('\r\n\r\n') + 4), expected);
  }
  assert.match(own.log(), /SIGTERM: finishing the requests in flight/);
});

test('the service started as the README says answers the README\'s curl example', async () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Server-side re-validation'));
  const block = section.match(/```sh\n([\s\S]*?)```/)[1];
  const lines = block.split('\n');
  const serveLine = lines.find((l) => / serve --listen /.test(l)).replace(/\s+#.*$/, '').trim();
  const at = lines.findIndex((l) => l.startsWith('curl '));
  let curl = '';
  let i = at;
  for (; lines[i].endsWith('\\'); i++) curl += `${lines[i].slice(0, -1)} `;
  curl += lines[i];
  const expected = JSON.parse(lines[i + 1].replace(/^#\s*/, ''));
  assert.match(serveLine, /^target\/release\/shanfang-check serve --listen 127\.0\.0\.1:8790$/);
  const child = spawn('bash', ['-c', `exec ${serveLine}`], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => { log += d; });
  for (let k = 0; k < 100 && !log.includes('listening on'); k++) await new Promise((r) => setTimeout(r, 50));
  assert.match(log, /listening on http:\/\/127\.0\.0\.1:8790/);
  const run = spawnSync('bash', ['-c', curl], { cwd: ROOT, encoding: 'utf8' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), expected);
  assert.equal(await exited, 0);
});

test('the README\'s JDK, Node and Python clients get exactly the CLI\'s report', async (t) => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Server-side re-validation'));
  // The code block after a heading such as "**Node (18+", with the README's
  // address of the service replaced by this one's.
  const example = (heading, lang) => {
    const from = section.indexOf(heading);
    assert.ok(from >= 0, `the README has ${heading}`);
    const block = section.slice(from).match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'))[1];
    assert.match(block, /http:\/\/127\.0\.0\.1:8790\//);
    return block.replaceAll('http://127.0.0.1:8790/', `${server.url}/`);
  };
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'shanfang-clients-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const filingFile = path.join(dir, 'filing.json');
  for (const text of [VALID_TEXT, WORST_TEXT]) {
    fs.writeFileSync(filingFile, text);
    const expected = cli(['--format', 'json', '--lang', 'zh', '-'], text).stdout;

    // Node: the block's `report`, from `filingText`.
    const AsyncFunction = (async () => {}).constructor;
    const node = await new AsyncFunction('filingText', `${example('**Node (18+', 'js')}\nreturn report;`)(text);
    assert.deepEqual(node, JSON.parse(expected), 'Node');

    // Python: the block's `report`, from `filing_text`.
    const py = path.join(dir, 'client.py');
    fs.writeFileSync(py, `import json, sys, requests\nfiling_text = open(sys.argv[1], encoding='utf-8').read()\n${example('**Python (', 'python')}\nprint(json.dumps(report, ensure_ascii=False))\n`);
    const python = spawnSync('python3', [py, filingFile], { encoding: 'utf8' });
    assert.equal(python.status, 0, python.stderr);
    assert.deepEqual(JSON.parse(python.stdout), JSON.parse(expected), 'Python');

    // JDK: the block's `reportJson`, from `filingJson`, run as a single-file program.
    const java = path.join(dir, 'Client.java');
    fs.writeFileSync(java, [
      'import java.net.URI;', 'import java.net.http.*;', 'import java.nio.charset.StandardCharsets;', 'import java.nio.file.*;',
      'public class Client {', '  public static void main(String[] args) throws Exception {',
      '    String filingJson = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);',
      example('**Java (JDK 11+', 'java'),
      '    System.out.write(reportJson.getBytes(StandardCharsets.UTF_8));', '    System.out.flush();', '  }', '}', '',
    ].join('\n'));
    const jdk = spawnSync('java', [java, filingFile], { encoding: 'utf8' });
    assert.equal(jdk.status, 0, jdk.stderr);
    assert.equal(jdk.stdout, expected, 'JDK: the service\'s bytes');
  }
});
