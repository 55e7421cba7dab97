// The form binding's own tests (e2e/binding-unit.mjs) in each engine: the
// binding entry's `attach` on a portal-like form, through real DOM events,
// in Chromium (Playwright) and in Firefox ESR, WebKitGTK and WPE WebKit
// 2.38 (WebDriver, e2e/webdriver.js). What wasm-bindgen-test ran in each
// engine while the binding was Rust (crates/dom/tests/dom.rs).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { ROOT, serve, launch } = require('./lib');
const { available, startDriver } = require('./webdriver');

const PAGE = '/e2e/binding-unit.html';
const failures = (results) => results.filter((r) => !r.ok).map((r) => `${r.name}\n${r.error}`);

test('chromium: the binding\'s own tests pass', async () => {
  const server = await serve(ROOT);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url + PAGE);
    const results = await page.waitForFunction(() => window.unitResults, null, { timeout: 30000 }).then((h) => h.jsonValue());
    assert.ok(results.length >= 15, `${results.length} tests ran`);
    assert.deepEqual(failures(results), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

for (const engine of ['firefox', 'webkitgtk', 'wpe']) {
  test(`${engine}: the binding's own tests pass`, async () => {
    assert.ok(available().includes(engine), `${engine} is installed (scripts/setup.sh)`);
    const server = await serve(ROOT);
    const driver = await startDriver(engine);
    const s = await driver.session();
    try {
      await s.goto(server.url + PAGE);
      const results = await s.until(() => window.unitResults, [], 'the tests to finish', 60000);
      assert.ok(results.length >= 15, `${results.length} tests ran`);
      assert.deepEqual(failures(results), []);
    } finally {
      await s.close();
      driver.close();
      await server.close();
    }
  });
}
