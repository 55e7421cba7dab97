// `shanfang-check serve` past one machine (issue 31, item 4): Debian's nginx
// with deploy/nginx/shanfang-check.conf (the repository's file, included as
// it is) in front of three instances on loopback, as the template unit
// deploy/shanfang-check@.service runs them (which `systemd-analyze verify`
// checks). Under bounded load through nginx: (a) the instances restarted
// one at a time with SIGTERM: no request fails and every answer is right;
// (b) one killed with SIGKILL: no request fails, except NDJSON streams
// already under way on it, which are counted and printed.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ROOT, VALID } = require('./lib');
const { BIN, start, exited, request, nginx: startNginx } = require('./service');

const PORTS = [8791, 8792, 8793];
const FRONT = 8790;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let nginx;
const instances = new Map(); // port → child

/** An instance as the template unit starts it, with a shorter drain and grace for the test. */
async function instance(port) {
  const child = await start(['--listen', `127.0.0.1:${port}`, '--quiet', '--drain', '0.5', '--shutdown-grace', '5']);
  instances.set(port, child);
  return child;
}

// Without an agent, a request gets a connection of its own (an idle
// keep-alive socket nginx has just closed would fail the next request:
// e2e/service.js says more); the load below passes its own keep-alive agent.
function post(port, body, type = 'application/json', agent = false) {
  return request({ port }, { body, type, agent });
}

before(async () => {
  for (const p of PORTS) await instance(p);
  nginx = await startNginx(async () => (await post(FRONT, JSON.stringify(VALID))).status === 200);
});

after(async () => {
  if (nginx) await nginx.stop();
  for (const c of instances.values()) { if (c.exitCode === null) { c.kill('SIGKILL'); await exited(c); } }
});

/** Keeps `workers` keep-alive clients posting through nginx until `done()`; counts answers and failures. */
function load(workers, expected) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: workers });
  const stats = { ok: 0, failed: [], wrong: 0 };
  let running = true;
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      try {
        const r = await post(FRONT, JSON.stringify(VALID), 'application/json', agent);
        if (r.status !== 200) stats.failed.push(`status ${r.status}: ${r.text.slice(0, 120)}`);
        else if (r.text !== expected) stats.wrong++;
        else stats.ok++;
      } catch (e) {
        stats.failed.push(e.message);
      }
    }
  });
  return { stats, async done() { running = false; await Promise.all(loops); agent.destroy(); return stats; } };
}

test('the template unit and the single unit pass systemd-analyze verify', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-systemd-'));
  try {
    fs.mkdirSync(path.join(root, 'usr', 'local', 'bin'), { recursive: true });
    fs.mkdirSync(path.join(root, 'etc', 'systemd', 'system'), { recursive: true });
    fs.copyFileSync(BIN, path.join(root, 'usr', 'local', 'bin', 'shanfang-check'));
    for (const unit of ['shanfang-check.service', 'shanfang-check@.service']) {
      fs.copyFileSync(path.join(ROOT, 'deploy', unit), path.join(root, 'etc', 'systemd', 'system', unit));
    }
    for (const unit of ['shanfang-check.service', 'shanfang-check@8791.service']) {
      const r = spawnSync('systemd-analyze', ['verify', `--root=${root}`, '--man=no', '--recursive-errors=no', unit], { encoding: 'utf8' });
      assert.equal(r.status, 0, `${unit}: ${r.stdout}${r.stderr}`);
      assert.equal((r.stdout + r.stderr).trim(), '', `${unit}: no warning`);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('through nginx: a 413 is the instance\'s own JSON answer, and an NDJSON stream is answered line by line', async () => {
  const big = await post(FRONT, JSON.stringify({ workshop: { name: 'x'.repeat(1100000) } }));
  assert.equal(big.status, 413);
  assert.match(JSON.parse(big.text).error, /larger than/);
  const lines = Array.from({ length: 50 }, () => JSON.stringify(VALID)).join('\n') + '\n';
  const r = await post(FRONT, lines, 'application/x-ndjson');
  assert.equal(r.status, 200);
  assert.equal(r.text.trim().split('\n').length, 50);
});

test('rolling restart through nginx: each instance in turn gets SIGTERM and comes back; no request fails, every answer is right', async () => {
  const expected = (await post(PORTS[0], JSON.stringify(VALID))).text;
  const run = load(8, expected);
  await sleep(500);
  for (const port of PORTS) {
    const child = instances.get(port);
    child.kill('SIGTERM');
    assert.equal(await exited(child), 0, `instance ${port} stopped cleanly`);
    await instance(port);
    await sleep(700);
  }
  const stats = await run.done();
  console.log(`rolling restart: ${stats.ok} answers, ${stats.failed.length} failed, ${stats.wrong} wrong`);
  assert.ok(stats.ok > 200, `load went on (${stats.ok})`);
  assert.deepEqual(stats.failed, [], 'no failed request');
  assert.equal(stats.wrong, 0);
});

test('one instance killed with SIGKILL: no plain request fails; NDJSON streams under way on it are counted', async () => {
  const expected = (await post(PORTS[0], JSON.stringify(VALID))).text;
  const run = load(8, expected);
  // Long NDJSON streams, so that some are under way on the instance killed.
  const body = Array.from({ length: 3000 }, () => JSON.stringify(VALID)).join('\n') + '\n';
  const streams = Array.from({ length: 6 }, () => post(FRONT, body, 'application/x-ndjson').then(
    (r) => (r.status === 200 && r.text.trim().split('\n').length === 3000 ? 'whole' : 'cut'),
    () => 'cut'));
  await sleep(300);
  const victim = instances.get(PORTS[1]);
  victim.kill('SIGKILL');
  await exited(victim);
  await sleep(1500);
  const stats = await run.done();
  const cut = (await Promise.all(streams)).filter((s) => s === 'cut').length;
  console.log(`SIGKILL: ${stats.ok} answers, ${stats.failed.length} failed, ${stats.wrong} wrong; NDJSON streams cut: ${cut} of 6`);
  assert.deepEqual(stats.failed, [], 'no plain request fails: nginx sends it to the next instance');
  assert.equal(stats.wrong, 0);
  await instance(PORTS[1]);
});
