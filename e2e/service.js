// `shanfang-check serve` for the end-to-end tests: started on a free port
// of loopback as the README says, stopped with SIGTERM, asked with Node's
// own HTTP client, and the CLI beside it for the expected bytes.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { spawn, spawnSync, execFileSync } = require('node:child_process');
const { ROOT } = require('./lib');

const BIN = path.join(ROOT, 'target', 'release', 'shanfang-check');

/** Starts the service; resolves once it says where it listens. */
function start(args = []) {
  if (!fs.existsSync(BIN)) execFileSync('cargo', ['build', '--quiet', '--release', '--bin', 'shanfang-check'], { cwd: ROOT, stdio: 'inherit' });
  const child = spawn(BIN, ['serve', '--listen', '127.0.0.1:0', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const m = log.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m && !child.url) {
        child.url = m[1];
        child.port = Number(m[1].split(':')[2]);
        resolve(child);
      }
    });
    child.log = () => log;
    child.on('exit', (code) => { child.exitCode = code; if (!child.url) reject(new Error(`exited ${code}: ${log}`)); });
  });
}

/** Resolves to the process's exit code once it has exited (at once if it has). */
function exited(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== undefined && child.exitCode !== null) return resolve(child.exitCode);
    child.on('exit', (code) => resolve(code));
  });
}

/** SIGTERM, then its exit code. */
function stop(child) {
  const done = exited(child);
  if (child.exitCode === undefined || child.exitCode === null) child.kill('SIGTERM');
  return done;
}

/** One request; resolves to { status, headers, text }. */
// Without an agent of its own, a request gets a connection of its own:
// Node's global agent keeps sockets alive, and one left idle since an
// earlier test can be reused just as the service's --idle-timeout (2 s
// here) closes it, which fails the write with EPIPE (seen once in CI).
function request(server, { method = 'POST', path: p = '/v1/validate', body = null, type = 'application/json', agent = false, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const h = { ...headers };
    if (type) h['Content-Type'] = type;
    const req = http.request({ host: '127.0.0.1', port: server.port, method, path: p, headers: h, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
      // An answer cut off halfway (its server killed) rejects, not hangs.
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== null) req.write(body);
    req.end();
  });
}

function cli(args, input) {
  const run = spawnSync(BIN, args, { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  assert.ok([0, 1, 2].includes(run.status), run.stderr);
  return run;
}

const NGINX_CONF = path.join(ROOT, 'deploy', 'nginx', 'shanfang-check.conf');

/**
 * Debian's nginx in a prefix of its own (`daemon off;`), with the
 * repository's deploy/nginx/shanfang-check.conf included as it is (it
 * listens on 127.0.0.1:8790 in front of 8791–8793), or `http`, the http
 * block's own text. Resolves once `ready()` (an async check through it)
 * holds; `stop()` ends it and removes the prefix.
 */
async function nginx(ready, http = `include ${NGINX_CONF};`) {
  const os = require('node:os');
  const bin = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-nginx-'));
  fs.chmodSync(prefix, 0o777);
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];
  for (const d of temps) fs.mkdirSync(path.join(prefix, d), { mode: 0o777 });
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), `worker_processes 1;
events { worker_connections 1024; }
http {
  access_log off;
${temps.map((d) => `  ${d === 'client_body' ? 'client_body' : d}_temp_path ${prefix}/${d};`).join('\n')}
  ${http}
}
`);
  const child = spawn(bin, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', `daemon off; pid ${prefix}/nginx.pid; error_log ${prefix}/error.log;`], { stdio: 'inherit' });
  const errors = () => (fs.existsSync(path.join(prefix, 'error.log')) ? fs.readFileSync(path.join(prefix, 'error.log'), 'utf8') : '');
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGQUIT');
      await new Promise((r) => child.on('exit', r));
    }
    if (!process.env.KEEP_NGINX) fs.rmSync(prefix, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    try {
      if (await ready()) return { child, prefix, errors, stop };
    } catch (e) { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  await stop();
  throw new Error('nginx did not come up: ' + errors());
}

/** GET `p` from 127.0.0.1:`port` with `headers`; resolves to { status, headers, bytes } (the bytes as sent, not decoded). */
function getRaw(port, p, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: p, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, bytes: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

module.exports = { BIN, start, stop, exited, request, getRaw, cli, nginx, NGINX_CONF };
