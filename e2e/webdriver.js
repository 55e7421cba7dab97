// A small W3C WebDriver client for the engines Playwright cannot drive here
// (../shared/toolchain.md, "Other browser engines"): Firefox ESR through
// geckodriver, WebKitGTK through WebKitWebDriver (under xvfb-run) and WPE
// WebKit 2.38 through WPEWebDriver and cog. Only what the journeys need:
// sessions, navigation, scripts, elements, keys, clicks and screenshots.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const ENGINES = {
  firefox: {
    driver: (port) => ['geckodriver', ['--port', String(port), '--log', 'error']],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless', '-width', '375', '-height', '812'], prefs: { 'devtools.console.stdout.content': true } },
    },
  },
  webkitgtk: {
    driver: (port) => ['xvfb-run', ['-a', '/usr/bin/WebKitWebDriver', `--port=${port}`]],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
    },
  },
  wpe: {
    driver: (port) => ['/usr/bin/WPEWebDriver', [`--port=${port}`]],
    capabilities: {
      browserName: 'cog',
      'wpe:browserOptions': { binary: '/usr/bin/cog', args: ['--automation', '--platform=headless'] },
    },
  },
};

/** Which of the engines are installed (scripts/setup.sh installs all three). */
function available() {
  const has = (p) => fs.existsSync(p) || (process.env.PATH || '').split(':').some((d) => fs.existsSync(path.join(d, p)));
  return Object.keys(ENGINES).filter((e) => has(ENGINES[e].driver(0)[0]));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
/** WebDriver's key codes. */
const KEY = { TAB: '\uE004', ENTER: '\uE007', BACKSPACE: '\uE003' };

/** Starts the engine's driver; `close()` stops it. */
async function startDriver(engine) {
  const port = await freePort();
  const [cmd, args] = ENGINES[engine].driver(port);
  const proc = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) break;
    } catch (e) { /* not up yet */ }
    if (proc.exitCode !== null) throw new Error(`${engine} driver exited: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    engine,
    url,
    async session() { return Session.open(this); },
    close() {
      try { process.kill(-proc.pid, 'SIGTERM'); } catch (e) { /* gone */ }
    },
  };
}

class Session {
  static async open(driver) {
    const body = { capabilities: { alwaysMatch: ENGINES[driver.engine].capabilities } };
    const value = await request(driver.url, 'POST', '/session', body, 60000);
    return new Session(driver, value.sessionId);
  }
  constructor(driver, id) { this.driver = driver; this.id = id; }
  cmd(method, p, body, timeout) { return request(this.driver.url, method, `/session/${this.id}${p}`, body, timeout); }
  goto(url) { return this.cmd('POST', '/url', { url }); }
  refresh() { return this.cmd('POST', '/refresh', {}); }
  /** Runs `fn` (a function or its source) in the page with `args`; returns its JSON result. */
  run(fn, ...args) { return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args }); }
  async find(css) {
    const v = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return v[ELEMENT];
  }
  click(el) { return this.cmd('POST', `/element/${el}/click`, {}); }
  /**
   * Clicks what `css` selects once the page has stopped moving, as a person
   * would. After a Tab, WebKitGTK scrolls the new focus into view up to
   * 340 ms later (seen: scrollY 5825 → 6167, the focused field's place in
   * the page unchanged). A click aimed before that scroll landed on
   * whatever moved under it, and the mode's block stayed shut (1 run in 8).
   */
  async clickWhenStill(css) {
    const where = (sel) => {
      const el = document.querySelector(sel);
      const r = el && el.getBoundingClientRect();
      return r && [scrollX, scrollY, r.left, r.top, r.width, r.height].map(Math.round).join(',');
    };
    let last = await this.until(where, [css], `${css} to be found`);
    // Still for two polls in a row (200 ms); a page that never settles gets its click after 5 s.
    for (let still = 0, end = Date.now() + 5000; still < 2 && Date.now() < end;) {
      await new Promise((r) => setTimeout(r, 100));
      const now = await this.run(where, css);
      still = now === last ? still + 1 : 0;
      last = now;
    }
    return this.click(await this.find(css));
  }
  type(el, text) { return this.cmd('POST', `/element/${el}/value`, { text }); }
  clear(el) { return this.cmd('POST', `/element/${el}/clear`, {}); }
  async screenshot(file) {
    const png = await this.cmd('GET', '/screenshot');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(png, 'base64'));
  }
  /** Waits until `fn(...args)` in the page returns a truthy value; returns it. */
  async until(fn, args = [], what = String(fn), timeout = 10000) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.run(fn, ...args);
        if (last) return last;
      } catch (e) {
        last = e;
      }
      if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${last && last.message ? last.message : JSON.stringify(last)})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  close() { return this.cmd('DELETE', '', undefined, 30000).catch(() => {}); }
}

async function request(base, method, p, body, timeout = 30000) {
  const r = await fetch(base + p, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeout),
  });
  const json = await r.json();
  if (!r.ok || (json.value && json.value.error)) {
    const v = json.value || {};
    throw new Error(`${method} ${p}: ${v.error}: ${v.message}`);
  }
  return json.value;
}

/**
 * Runs in the page: on a narrow window the form comes in steps
 * (www/steps.js); a journey that goes across sections taps 整页显示, as a
 * person who wants the whole form would (the choice is kept, so a reload
 * keeps the whole form).
 */
function wholeForm() {
  const toggle = document.querySelector('[data-steps-toggle]');
  if (document.getElementById('filing').hasAttribute('data-stepping') && toggle) toggle.click();
  return true;
}

module.exports = { ENGINES, KEY, available, startDriver, wholeForm };
