// Accessibility (axe-core) and screenshots of the filing form in each of its
// states. Screenshots go to artifacts/e2e/*.png (git-ignored) for a person
// to look at; axe must report no violations.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const lib = require('./lib.js');
const { enter } = lib;
const { serve, launch, screenshot, axe, VALID } = lib;
const { fillFiling } = require('./fill.js');

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

function withPage(fn, contextOptions = {}) {
  return lib.withPage(browser, `${server.url}/`, fn, { viewport: { width: 1280, height: 900 }, ...contextOptions });
}

/** Fails with the violations printed when axe finds any. */
async function assertAccessible(page, state) {
  const violations = await axe(page);
  if (violations.length) console.error(`axe violations (${state}):\n${JSON.stringify(violations, null, 2)}`);
  assert.deepEqual(violations, [], `axe: no violations on ${state}`);
}

const field = (page, path) => page.locator(`#filing [name="${path}"]`);

/** Several touched fields with errors and warnings, a mode block open. */
async function halfFill(page) {
  await enter(field(page, 'workshop.name'), '云和县雾溪畲族乡坪垟岗村木玩来料加工共富工坊');
  await field(page, 'workshop.county').selectOption('yunhe');
  await field(page, 'operator.kind').selectOption('broker');
  await enter(field(page, 'operator.credit_code'), '91330100799655058A'); // wrong check character
  await page.locator('#filing [name="modes"][value="processing"]').check();
  await enter(field(page, 'processing.workstations'), '9'); // 7.1.3 warning
  await enter(field(page, 'party.stewards[0].name'), '蓝建平');
  await enter(field(page, 'party.stewards[0].phone'), '12345'); // 5.2.1 error
  await enter(field(page, 'site.fire_extinguishers'), '0'); // 6.5 error
  await page.locator('#filing [name="operations.benefit_models"][value="labor"]').check();
  await page.locator('#filing [name="operations.benefit_models"][value="labor"]').uncheck(); // 8.3 error
  await enter(field(page, 'operations.finance_partner'), ' '); // 8.2 warning
  const shown = await page.locator('#filing .shanfang-message').count();
  assert.ok(shown >= 5, `messages are showing (${shown})`);
  assert.ok(await page.locator('#filing .shanfang-finding--warning').count() > 0, 'a warning is showing');
  assert.ok(await page.locator('#filing .shanfang-finding--error').count() > 0, 'an error is showing');
  assert.ok(await page.locator('fieldset[data-mode="processing"]').isVisible());
}

test('(a) the empty form', async () => {
  await withPage(async (page) => {
    await screenshot(page, 'empty');
    await assertAccessible(page, 'the empty form');
  });
});

test('(b) a half-filled form with messages showing and a mode block open', async () => {
  await withPage(async (page) => {
    await halfFill(page);
    // Open one clause text, as a reader would.
    await page.locator('[data-field="site.fire_extinguishers"] details.shanfang-clause summary').click();
    await screenshot(page, 'half-filled');
    await assertAccessible(page, 'the half-filled form');
  });
});

test('(c) a submit with errors: the summary', async () => {
  await withPage(async (page) => {
    await halfFill(page);
    await page.getByRole('button', { name: '提交申报' }).click();
    assert.ok(await page.locator('#shanfang-summary').isVisible());
    await screenshot(page, 'submit-errors');
    await assertAccessible(page, 'the submit-with-errors state');
  });
});

test('(d) the English page', async () => {
  await withPage(async (page) => {
    await page.locator('[data-lang-switch]').click();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await enter(field(page, 'site.fire_extinguishers'), '0');
    await page.locator('#filing [name="modes"][value="overseas"]').check();
    await enter(field(page, 'overseas.order_share_percent'), '150');
    // A data-format link names the field's long path: it must wrap, not spill out of the panel.
    const spill = await page.locator('#shanfang-status .shanfang-status-list').evaluate((l) => l.scrollWidth - l.clientWidth);
    assert.equal(spill, 0, 'status links wrap inside the panel');
    await screenshot(page, 'english');
    await assertAccessible(page, 'the English page');
  });
});

test('the done state (screenshot and axe)', async () => {
  await withPage(async (page) => {
    await fillFiling(page, VALID);
    await enter(field(page, 'processing.workstations'), '9');
    await page.getByRole('button', { name: '提交申报' }).click();
    assert.ok(await page.locator('#shanfang-done').isVisible());
    await screenshot(page, 'done');
    await screenshot(page, 'done-viewport', false);
    await assertAccessible(page, 'the done state');
  });
});

test('a narrow mobile viewport (375 px) with errors', async () => {
  await withPage(async (page) => {
    await halfFill(page);
    await page.getByRole('button', { name: '提交申报' }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await screenshot(page, 'mobile-errors');
    await screenshot(page, 'mobile-errors-viewport', false);
    assert.equal(overflow, 0, 'no horizontal scrolling at 375 px');
    await assertAccessible(page, 'the mobile page with errors');
  }, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1, onePage: true });
});
