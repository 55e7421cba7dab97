#!/usr/bin/env node
// Drives the reproducer of WPE WebKit 2.38's wasm fault (examples/wpe_fault.rs,
// built and bound by `scripts/wpe-soak.sh fresh N`): in one page of WPE, the
// module is compiled afresh N times (a new WebAssembly.Module each time,
// through its own copy of wasm-bindgen's glue), `soak()` runs on each, and
// every answer is compared with the first. JSC options reach the web process
// through the environment (JSC_useConcurrentJIT=false …).
//   node scripts/wpe-fault.js DIR N     DIR: wasm-bindgen's output (wpe_fault.js, wpe_fault_bg.wasm)
'use strict';
const path = require('node:path');
const { serve } = require('../e2e/lib');
const { startDriver } = require('../e2e/webdriver');

const dir = path.resolve(process.argv[2]);
const runs = Number(process.argv[3] || 300);

// In the page: the N compilations; the outcome lands in self.faultDone.
function start(n) {
  self.faultDone = null;
  (async () => {
    const bytes = new Uint8Array(await (await fetch('wpe_fault_bg.wasm')).arrayBuffer());
    const failures = [];
    let first = null;
    for (let i = 0; i < n; i++) {
      try {
        const glue = await import(`./wpe_fault.js?fresh=${i}`);
        await glue.default({ module_or_path: new WebAssembly.Module(bytes) });
        const text = glue.soak();
        if (first === null && !text.startsWith('ERR')) first = text;
        if (text.startsWith('ERR')) failures.push([i, text.slice(0, 120)]);
        else if (text !== first) {
          let at = 0;
          while (at < text.length && text[at] === first[at]) at++;
          failures.push([i, `a different text (from character ${at} of ${first.length})`]);
        }
      } catch (e) {
        failures.push([i, String((e && e.message) || e).slice(0, 120)]);
      }
    }
    self.faultDone = { failures };
  })();
  return true;
}

(async () => {
  require('node:fs').writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>wpe_fault</title>\n');
  const server = await serve(dir);
  const driver = await startDriver('wpe');
  const s = await driver.session();
  const t0 = Date.now();
  try {
    await s.goto(`${server.url}/index.html`);
    await s.run(start, runs);
    const { failures } = await s.until(() => self.faultDone, [], 'the modules to finish', 60000 + runs * 3000);
    const jsc = Object.keys(process.env).filter((k) => k.startsWith('JSC_')).map((k) => `${k}=${process.env[k]}`).join(' ') || 'none';
    console.log(`WPE WebKit 2.38: ${failures.length} of ${runs} freshly compiled modules went wrong (${((Date.now() - t0) / 1000).toFixed(0)} s; JSC options: ${jsc})`);
    for (const [i, what] of failures) console.log(`  module ${i}: ${what}`);
    process.exitCode = failures.length ? 1 : 0;
  } finally {
    await s.close();
    driver.close();
    await server.close();
  }
})().catch((e) => { console.error(e); process.exit(2); });
