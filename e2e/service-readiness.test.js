// `shanfang-check serve` behind a balancer that probes it (issue 31, item 3),
// and the faults a public endpoint meets (item 5):
// - /readyz answers 200, and 503 from SIGTERM on while /healthz stays 200;
//   during --drain every request is still served; then the service stops
//   accepting, finishes, and exits 0 within drain + grace; a second signal
//   ends the drain at once; drain + grace stay under the systemd units'
//   TimeoutStopSec;
// - a client that resets mid-body, a body that is not UTF-8, an NDJSON body
//   of a million tiny lines, a slow reader of a large NDJSON response, every
//   connection slot held by an idle keep-alive client: each answered or cut
//   cleanly, the service serving others and its memory bounded.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');
const { ROOT, VALID } = require('./lib');
const { start, stop, exited, request } = require('./service');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Resident memory of a process in MB (Linux). */
function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+) kB/)[1]) / 1024;
}

test('/readyz: 200, then 503 from SIGTERM on while /healthz stays 200 and requests are served through the drain; exit 0 within drain + grace', async () => {
  const server = await start(['--quiet', '--drain', '1.5', '--shutdown-grace', '2']);
  const ready = await request(server, { method: 'GET', path: '/readyz', type: null });
  assert.equal(ready.status, 200);
  assert.deepEqual(JSON.parse(ready.text), { status: 'ready' });
  const t0 = Date.now();
  server.kill('SIGTERM');
  await sleep(150);
  const draining = await request(server, { method: 'GET', path: '/readyz', type: null });
  assert.equal(draining.status, 503, 'not ready once SIGTERM came');
  assert.deepEqual(JSON.parse(draining.text), { status: 'draining' });
  assert.equal((await request(server, { method: 'GET', path: '/healthz', type: null })).status, 200, 'alive all the same');
  const served = await request(server, { body: JSON.stringify(VALID) });
  assert.equal(served.status, 200, 'a request during the drain is served');
  assert.equal(JSON.parse(served.text).submittable, true);
  assert.equal(await exited(server), 0);
  const took = Date.now() - t0;
  assert.ok(took >= 1400 && took < 1500 + 2000 + 500, `stopped after the drain, within drain + grace: ${took} ms`);
  // After it, nothing listens there.
  await assert.rejects(request(server, { method: 'GET', path: '/healthz', type: null }), /ECONNREFUSED/);
});

test('a second SIGTERM ends the drain at once', async () => {
  const server = await start(['--quiet', '--drain', '30', '--shutdown-grace', '2']);
  const t0 = Date.now();
  server.kill('SIGTERM');
  await sleep(200);
  assert.equal((await request(server, { method: 'GET', path: '/readyz', type: null })).status, 503);
  server.kill('SIGTERM');
  assert.equal(await exited(server), 0);
  assert.ok(Date.now() - t0 < 3000, 'not the 30 s drain');
});

test('the systemd units leave the service time to drain and finish: drain + grace under TimeoutStopSec', () => {
  const units = fs.readdirSync(path.join(ROOT, 'deploy')).filter((f) => f.endsWith('.service'));
  assert.ok(units.length >= 1);
  for (const unit of units) {
    const text = fs.readFileSync(path.join(ROOT, 'deploy', unit), 'utf8');
    const exec = text.match(/^ExecStart=(.*)$/m)[1];
    const flag = (name, dflt) => { const m = exec.match(new RegExp(`${name}[ =](\\S+)`)); return m ? Number(m[1]) : dflt; };
    const drain = flag('--drain', 0);
    const grace = flag('--shutdown-grace', 30);
    const timeout = Number(text.match(/^TimeoutStopSec=(\d+)/m)[1]);
    assert.ok(drain + grace < timeout, `${unit}: --drain ${drain} + --shutdown-grace ${grace} must stay under TimeoutStopSec=${timeout}`);
  }
});

test('faults: every connection slot held by an idle keep-alive connection: a new client is served within 100 ms (the least recently used connection is closed for it)', async () => {
  const server = await start(['--quiet', '--max-connections', '2', '--idle-timeout', '30']);
  try {
    // Two clients take both slots, ask once, and keep their connections open.
    const held = [];
    for (let i = 0; i < 2; i++) {
      held.push(await new Promise((resolve, reject) => {
        const s = net.connect(server.port, '127.0.0.1', () => s.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n'));
        let got = '';
        s.on('data', (c) => { got += c; if (got.includes('"status":"ok"')) resolve(s); });
        s.on('error', reject);
      }));
    }
    const closed = held.map((s) => new Promise((resolve) => s.on('close', () => resolve(true))));
    const t0 = Date.now();
    const r = await request(server, { body: JSON.stringify(VALID) });
    const took = Date.now() - t0;
    assert.equal(r.status, 200);
    assert.ok(took < 100, `served in ${took} ms, not after --idle-timeout`);
    // The first client's connection (the least recently used) was closed for it.
    assert.equal(await Promise.race([closed[0], sleep(1000).then(() => false)]), true);
    held.forEach((s) => s.destroy());
  } finally {
    assert.equal(await stop(server), 0);
  }
});

test('faults: a client that resets mid-body, a body that is not UTF-8; the service serves the next client at once', async () => {
  const server = await start(['--quiet', '--max-connections', '2', '--request-timeout', '2']);
  try {
    for (let i = 0; i < 6; i++) {
      await new Promise((resolve) => {
        const s = net.connect(server.port, '127.0.0.1', () => {
          s.write('POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500000\r\n\r\n{"site":');
          s.write(Buffer.alloc(100000, 0x20));
          setTimeout(() => { s.resetAndDestroy(); resolve(); }, 20);
        });
        s.on('error', () => {});
      });
    }
    // Its two connection slots are free again: a request is answered at once.
    const t0 = Date.now();
    const ok = await request(server, { body: JSON.stringify(VALID) });
    assert.equal(ok.status, 200);
    assert.ok(Date.now() - t0 < 1000, `served at once after resets (${Date.now() - t0} ms)`);
    // Not UTF-8: a clear 400, not a dropped connection.
    const bad = await request(server, { body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) });
    assert.equal(bad.status, 400);
    assert.match(JSON.parse(bad.text).error, /UTF-8/);
  } finally {
    assert.equal(await stop(server), 0);
  }
});

test('faults: an NDJSON body of a million tiny lines is answered line by line, and a slow reader of a large NDJSON answer holds the service\'s memory under 64 MB', async () => {
  const server = await start(['--quiet', '--request-timeout', '60']);
  try {
    let peak = 0;
    const watch = setInterval(() => { peak = Math.max(peak, rssMb(server.pid)); }, 50);
    // A million lines of {}: streamed in and out.
    const lines = 1000000;
    const records = await new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, method: 'POST', path: '/v1/validate', headers: { 'Content-Type': 'application/x-ndjson' }, agent: false }, (res) => {
        assert.equal(res.statusCode, 200);
        let n = 0;
        let tail = '';
        res.setEncoding('utf8');
        res.on('data', (c) => { const parts = (tail + c).split('\n'); tail = parts.pop(); n += parts.length; });
        res.on('end', () => resolve(n));
      });
      req.on('error', reject);
      const chunk = '{}\n'.repeat(10000);
      let sent = 0;
      const pump = () => {
        while (sent < lines) {
          sent += 10000;
          if (!req.write(chunk)) return req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    assert.equal(records, lines, 'one record per line');
    // A slow reader: 20,000 worst-case filings (about 160 MB of answers),
    // read a little at a time: the service must wait, not buffer.
    const worst = fs.readFileSync(path.join(ROOT, 'bench', 'worst-case.json'), 'utf8').replace(/\n/g, '');
    const body = (worst + '\n').repeat(20000);
    await new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, method: 'POST', path: '/v1/validate', headers: { 'Content-Type': 'application/x-ndjson' }, agent: false }, (res) => {
        res.pause();
        // 16 KB every 5 ms: far slower than the service writes.
        const slow = setInterval(() => { res.read(16 * 1024); }, 5);
        res.on('end', () => { clearInterval(slow); resolve(); });
        res.on('error', (e) => { clearInterval(slow); reject(e); });
        setTimeout(() => { clearInterval(slow); res.destroy(); resolve(); }, 4000);
      });
      req.on('error', () => resolve());
      req.end(body);
    });
    clearInterval(watch);
    assert.ok(peak < 64, `peak RSS ${peak.toFixed(1)} MB`);
    // And it serves the next client.
    assert.equal((await request(server, { body: JSON.stringify(VALID) })).status, 200);
  } finally {
    assert.equal(await stop(server), 0);
  }
});
