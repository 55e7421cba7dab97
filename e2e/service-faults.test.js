// `shanfang-check serve` under the faults a portal's servers meet (issue 31):
// - clients that write their whole body before reading the answer (Python's
//   urllib and requests, the JDK's HttpURLConnection and HttpClient, Node's
//   fetch) each read the 413 and its message for a 16 MB body, twenty times
//   in a row, and the 415 and 400 that are also decided before the body;
// - stderr a pipe that nobody reads: the service answers 10,000 requests,
//   then SIGTERM with --shutdown-grace 2 ends it with exit 0 within 3 s, and
//   its memory stays under 64 MB throughout.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');
const { VALID } = require('./lib');
const { BIN, start, stop } = require('./service');

const SIXTEEN_MB = 16 << 20;
const ROUNDS = 20;
const VALID_TEXT = JSON.stringify(VALID);

let server;
let dir;
before(async () => {
  // The default --max-body (1 MiB) and --request-timeout.
  server = await start(['--quiet']);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-faults-'));
});
after(async () => {
  assert.equal(await stop(server), 0);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs a client program; returns its stdout lines, failing on a non-zero exit. */
function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120000 });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')}: ${r.stderr}${r.stdout}`);
  return r.stdout.trim().split('\n');
}

/** Every line of a client's output is `STATUS message`, and each is the expected refusal. */
function assertRefusals(lines, status, message, who) {
  assert.equal(lines.length, ROUNDS, `${who}: ${ROUNDS} answers: ${lines.join(' | ')}`);
  for (const line of lines) {
    assert.ok(line.startsWith(`${status} `), `${who}: ${line}`);
    assert.match(line, message, who);
  }
}

const PYTHON = `
import json, sys, urllib.request, urllib.error
import requests
url, client, rounds, size = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
body = b'{"workshop":{"name":"' + b'a' * size + b'"}}'
for _ in range(rounds):
    try:
        if client == 'urllib':
            try:
                r = urllib.request.urlopen(urllib.request.Request(url, data=body, headers={'Content-Type': 'application/json'}))
                print(r.status, 'answered')
            except urllib.error.HTTPError as e:
                print(e.code, json.loads(e.read())['error'])
        else:
            r = requests.post(url, data=body, headers={'Content-Type': 'application/json'})
            print(r.status_code, r.json()['error'])
    except Exception as e:
        print('lost', type(e).__name__, e)
    sys.stdout.flush()
`;

const JAVA = `
import java.io.*;
import java.net.*;
import java.net.http.*;
import java.nio.charset.StandardCharsets;

public class Big {
  public static void main(String[] args) throws Exception {
    String url = args[0], client = args[1];
    int rounds = Integer.parseInt(args[2]), size = Integer.parseInt(args[3]);
    byte[] head = "{\\"workshop\\":{\\"name\\":\\"".getBytes(StandardCharsets.UTF_8), tail = "\\"}}".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + size + tail.length];
    java.util.Arrays.fill(body, (byte) 'a');
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(tail, 0, body, head.length + size, tail.length);
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < rounds; i++) {
      try {
        if (client.equals("HttpURLConnection")) {
          HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
          c.setRequestMethod("POST");
          c.setDoOutput(true);
          c.setFixedLengthStreamingMode(body.length);
          c.setRequestProperty("Content-Type", "application/json");
          try (OutputStream out = c.getOutputStream()) { out.write(body); }
          int status = c.getResponseCode();
          InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
          System.out.println(status + " " + new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        } else {
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
          System.out.println(r.statusCode() + " " + r.body().trim());
        }
      } catch (IOException e) {
        System.out.println("lost " + e);
      }
    }
  }
}
`;

test('a 16 MB body: every client that sends its body first reads the 413 and its message, twenty times in a row', async () => {
  const url = `${server.url}/v1/validate`;
  const py = path.join(dir, 'big.py');
  fs.writeFileSync(py, PYTHON);
  const java = path.join(dir, 'Big.java');
  fs.writeFileSync(java, JAVA);
  const tooLarge = /larger than the limit of 1048576 bytes \(--max-body\)/;
  for (const client of ['urllib', 'requests']) {
    assertRefusals(run('python3', [py, url, client, String(ROUNDS), String(SIXTEEN_MB)]), 413, tooLarge, `Python ${client}`);
  }
  for (const client of ['HttpURLConnection', 'HttpClient']) {
    assertRefusals(run('java', [java, url, client, String(ROUNDS), String(SIXTEEN_MB)]), 413, tooLarge, `JDK ${client}`);
  }
  const body = Buffer.alloc(SIXTEEN_MB, 'a');
  const lines = [];
  for (let i = 0; i < ROUNDS; i++) {
    try {
      const r = await fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
      lines.push(`${r.status} ${(await r.json()).error}`);
    } catch (e) {
      lines.push(`lost ${e.cause ? e.cause.code : e.message}`);
    }
  }
  assertRefusals(lines, 413, tooLarge, 'Node fetch');
});

test('415 and 400 decided before the body are read by a client that sends its body first, and the connection serves the next request', async () => {
  const body = Buffer.alloc(4 << 20, 'a');
  for (const [p, type, status, message] of [
    ['/v1/validate', 'text/plain', 415, /Content-Type/],
    ['/v1/validate?lang=fr', 'application/json', 400, /lang/],
    ['/v1/nothing', 'application/json', 404, /no endpoint/],
  ]) {
    // The raw exchange a body-first client makes: headers and the whole body, then read.
    const answers = await new Promise((resolve, reject) => {
      const sock = net.connect(server.port, '127.0.0.1');
      let got = '';
      sock.on('data', (d) => {
        got += d;
        if ((got.match(/\r\n\r\n\{[^\n]*\n/g) || []).length === 2) { sock.end(); resolve(got); }
      });
      sock.on('error', reject);
      sock.write(`POST ${p} HTTP/1.1\r\nHost: x\r\nContent-Type: ${type}\r\nContent-Length: ${body.length}\r\n\r\n`);
      sock.write(body);
      // The same connection, once the refused body is read: a request that is answered.
      sock.write(`POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(VALID_TEXT)}\r\n\r\n${VALID_TEXT}`);
    });
    assert.match(answers, new RegExp(`^HTTP/1\\.1 ${status} `), p);
    assert.match(answers.split('\r\n\r\n')[1], message);
    assert.match(answers, /HTTP\/1\.1 200 OK[\s\S]*"submittable":true/, 'the next request on the connection');
  }
  // A client that waits for 100 Continue is refused without being asked for its body.
  const early = await new Promise((resolve, reject) => {
    const sock = net.connect(server.port, '127.0.0.1');
    let got = '';
    sock.on('data', (d) => { got += d; if (got.includes('\r\n\r\n')) { sock.destroy(); resolve(got); } });
    sock.on('error', reject);
    sock.write(`POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: ${SIXTEEN_MB}\r\n\r\n`);
  });
  assert.match(early, /^HTTP\/1\.1 413 /, 'no 100 Continue first');
});

/** The service's resident memory, in bytes. */
function rss(pid) {
  const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return Number(m[1]) * 1024;
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

test('stderr a pipe nobody reads: 10,000 requests answered, then SIGTERM with --shutdown-grace 2 exits 0 within 3 s; RSS under 64 MB', async () => {
  const port = await freePort();
  // stderr goes to a pipe whose reader (sleep) never reads: 64 KiB fill it, then every write blocks.
  const child = spawn('bash', ['-c', `exec "$0" serve --listen 127.0.0.1:${port} --shutdown-grace 2 2> >(exec sleep 300)`, BIN],
    { stdio: ['ignore', 'ignore', 'ignore'], detached: true });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })));
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try { if ((await fetch(`${base}/healthz`)).ok) break; } catch (e) { /* not up yet */ }
      assert.ok(i < 100, 'the service starts');
      await new Promise((r) => setTimeout(r, 50));
    }
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    let answered = 0;
    let maxRss = 0;
    const one = () => new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/v1/validate', agent, headers: { 'Content-Type': 'application/json' } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => { text += c; });
        res.on('end', () => { if (res.statusCode === 200 && text.includes('"submittable":true')) answered++; resolve(); });
      });
      req.on('error', reject);
      req.end(VALID_TEXT);
    });
    for (let done = 0; done < 10000; done += 100) {
      await Promise.all(Array.from({ length: 100 }, one));
      maxRss = Math.max(maxRss, rss(child.pid));
    }
    agent.destroy();
    assert.equal(answered, 10000, 'every request answered while its log is stuck');
    assert.ok(maxRss < 64 << 20, `RSS ${maxRss} B`);
    const sent = Date.now();
    child.kill('SIGTERM');
    const end = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 6000))]);
    assert.ok(end, 'the service exits after SIGTERM');
    assert.equal(end.code, 0, `exit ${end.code} ${end.signal}`);
    assert.ok(end.at - sent < 3000, `exited ${end.at - sent} ms after SIGTERM`);
  } finally {
    try { process.kill(-child.pid, 'SIGKILL'); } catch (e) { /* gone */ }
  }
});
