#!/usr/bin/env node
// Drives the reproducer of WPE WebKit 2.38's wasm fault (crates/wasm/examples/wpe_fault.rs,
// built and bound by `scripts/wpe-soak.sh fresh N`): in one page of WPE, the
// module is compiled afresh N times (a new WebAssembly.Module each time,
// through its own copy of wasm-bindgen's glue), `soak()` runs on each, and
// every answer is compared with the first. JSC options reach the web process
// through the environment (JSC_useConcurrentJIT=false …). scripts/wpe-product.js
// runs the package's own module the same way (freshModules).
//   node scripts/wpe-fault.js DIR N     DIR: wasm-bindgen's output (wpe_fault.js, wpe_fault_bg.wasm)
'use strict';
const path = require('node:path');
const { serve } = require('../e2e/lib');
const { startDriver } = require('../e2e/webdriver');

// In the page: compiles the module at `wasmUrl` afresh `n` times, each
// through its own copy of wasm-bindgen's glue at `glueUrl` (its own URL, so
// its own instance), calls `method(...args)` on each and compares what it
// answers (as text) with the first answer; `ERR …` is a failure too.
// The outcome lands in self.freshDone.
function startFresh(n, glueUrl, wasmUrl, method, args) {
  self.freshDone = null;
  (async () => {
    const bytes = new Uint8Array(await (await fetch(wasmUrl)).arrayBuffer());
    const failures = [];
    let first = null;
    let done = 0;
    for (let i = 0; i < n; i++) {
      try {
        const glue = await import(`${glueUrl}?fresh=${i}`);
        await glue.default({ module_or_path: new WebAssembly.Module(bytes) });
        const answer = glue[method](...args);
        const text = typeof answer === 'string' ? answer : JSON.stringify(answer);
        if (text.startsWith('ERR ')) failures.push([i, text.slice(0, 120)]);
        else if (first === null) first = text;
        else if (text !== first) {
          let at = 0;
          while (at < text.length && text[at] === first[at]) at++;
          failures.push([i, `a different answer (from character ${at} of ${first.length})`]);
        }
      } catch (e) {
        failures.push([i, String((e && e.message) || e).slice(0, 120)]);
      }
      done++;
    }
    self.freshDone = { failures, first, done };
  })();
  return true;
}

/** Runs startFresh in the page session `s` shows; resolves to { failures, first, done }. */
async function freshModules(s, { n, glueUrl, wasmUrl, method, args = [] }) {
  await s.run(startFresh, n, glueUrl, wasmUrl, method, args);
  return s.until(() => self.freshDone, [], 'the modules to finish', 60000 + n * 3000);
}

module.exports = { freshModules };

if (require.main === module) (async () => {
  const dir = path.resolve(process.argv[2]);
  const runs = Number(process.argv[3] || 300);
  require('node:fs').writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>wpe_fault</title>\n');
  const server = await serve(dir);
  const driver = await startDriver('wpe');
  const s = await driver.session();
  const t0 = Date.now();
  try {
    await s.goto(`${server.url}/index.html`);
    const { failures } = await freshModules(s, { n: runs, glueUrl: './wpe_fault.js', wasmUrl: 'wpe_fault_bg.wasm', method: 'soak' });
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
