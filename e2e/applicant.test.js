// The applicant on a phone (issue 11): nothing lost, no state left over from
// an earlier verdict, messages that say what is wrong with what was entered.
// Chromium at 375 × 667 with touch, as a village clerk's phone.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const lib = require('./lib.js');
const { serve, launch, VALID } = lib;
const { fillFiling } = require('./fill.js');

const PHONE = { viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

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

function withPhone(fn, contextOptions = {}) {
  return lib.withPage(browser, `${server.url}/`, fn, { ...PHONE, ...contextOptions });
}

const field = (page, path) => page.locator(`#filing [name="${path}"]`);
const message = (page, path) => page.locator(`#filing [data-field="${path}"] > .shanfang-message`);
const statusLink = (page, path) => page.locator(`#shanfang-status a[data-shanfang-target="${path}"]`);
const text = (loc) => loc.evaluate((e) => e.textContent.replace(/\s+/g, ' ').trim());
const focusedName = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return e ? e.getAttribute('name') || e.getAttribute('data-add') || e.id || e.tagName : null;
});

// 1 ------------------------------------------------------------------------
test('no passed state outlives an edit: "申报已通过检查" and its download go once the filing changes', async () => {
  await withPhone(async (page) => {
    await fillFiling(page, VALID);
    const submit = page.locator('#filing [type="submit"]');
    const done = page.locator('#shanfang-done');
    await submit.click();
    assert.ok(await done.isVisible(), 'the valid filing passes');

    // An edit (still valid or not) ends the passed state at once.
    await field(page, 'site.fire_extinguishers').fill('0');
    assert.ok(await done.isHidden(), 'the passed panel goes with the first edit');

    await field(page, 'workshop.name').fill('');
    await submit.click();
    assert.ok(await page.locator('#shanfang-summary').isVisible(), 'the error summary is shown');
    assert.ok(await done.isHidden(), 'and no "passed" beside it');
    assert.equal(await done.locator('[data-download]').isVisible(), false, 'no download of the invalid filing');
    await lib.screenshot(page, 'phone-blocked-after-passed', false);

    // Fixed again and submitted: passed again.
    await field(page, 'workshop.name').fill(VALID.workshop.name);
    await field(page, 'site.fire_extinguishers').fill(String(VALID.site.fire_extinguishers));
    await submit.click();
    assert.ok(await done.isVisible());
    // Adding a steward row is an edit too.
    await page.locator('[data-add="party.stewards"]').click();
    assert.ok(await done.isHidden(), 'adding a row ends the passed state');
  });
});

// 5 ------------------------------------------------------------------------
test('with the module unavailable, Enter in a field sends nothing anywhere and keeps what was typed', async () => {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.route('**/pkg/shanfang_wasm_deflate.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    const requests = [];
    page.on('request', (r) => { if (r.isNavigationRequest()) requests.push(r.url()); });
    await page.goto(`${server.url}/`);
    await page.locator('#shanfang-failed').waitFor({ state: 'visible' });
    await field(page, 'workshop.name').fill('雾溪畲族乡共富工坊');
    await field(page, 'party.stewards[0].phone').fill('13905781234');
    await field(page, 'party.stewards[0].phone').press('Enter');
    await page.waitForTimeout(300);
    assert.equal(new URL(page.url()).search, '', 'nothing in the URL');
    assert.deepEqual(requests.slice(1), [], 'no navigation after the first load');
    assert.equal(await field(page, 'workshop.name').inputValue(), '雾溪畲族乡共富工坊', 'the form kept what was typed');
    assert.ok(await page.locator('#shanfang-failed').isVisible(), 'the person is told the checker is not running');
  } finally {
    await context.close();
  }
});

// 9 ------------------------------------------------------------------------
test('each message says what is wrong with what was entered (9.3, 8.6, a red steward row)', async () => {
  await withPhone(async (page) => {
    // A blank form: 8.6 asks for the counts; it does not say both are 0.
    const low = statusLink(page, 'operations.low_income_employees');
    assert.equal(await low.count(), 1);
    assert.doesNotMatch(await text(low), /均为0/, '8.6 on a blank form');
    assert.match(await text(low), /请填写/);
    await field(page, 'operations.low_income_employees').fill('0');
    await field(page, 'operations.trainee_employees').fill('0');
    assert.match(await text(low), /均为0/, '8.6 once both are given as 0');

    // 9.3: a date given but too old is not "please give the date".
    await field(page, 'workshop.established').fill('2024-03-15');
    const rating = statusLink(page, 'brand.last_star_rating');
    assert.match(await text(rating), /尚未填写/, '9.3 without a rating date');
    await field(page, 'brand.last_star_rating').fill('2025-01-10');
    const overdue = await text(rating);
    assert.match(overdue, /已超过半年/, `9.3 with an old date: ${overdue}`);
    assert.doesNotMatch(overdue, /请填写最近一次评定日期/);
    // A warning (建议) does not say 应 (shall).
    assert.match(await rating.evaluate((a) => a.closest('li').className), /warning/);
    assert.doesNotMatch(overdue, /应/, 'a recommendation is not worded as a requirement');

    // A steward row: the row's name is said once.
    await field(page, 'party.stewards[0].unit').fill('某单位');
    const name = statusLink(page, 'party.stewards[0].name');
    const said = await text(name);
    assert.equal((said.match(/红色管家/g) || []).length, 1, `"${said}" names the red steward once`);
    assert.match(said, /^红色管家 1：.*应填写姓名/);
  });
});

// 13 -----------------------------------------------------------------------
test('removing a steward row moves focus to the next row, the row before, or the add button; never to <body>', async () => {
  await withPhone(async (page) => {
    const rows = page.locator('[data-items="party.stewards"] > [data-item]');
    const count = await rows.count();
    assert.ok(count >= 2);
    // A middle row: focus goes to the row that took its place.
    await rows.nth(0).locator('[data-remove]').click();
    assert.equal(await focusedName(page), 'party.stewards[0].role', 'the next row, renumbered into its place');
    // The last row: focus goes to the row before it.
    const last = (await rows.count()) - 1;
    await rows.nth(last).locator('[data-remove]').click();
    assert.equal(await focusedName(page), `party.stewards[${last - 1}].role`);
    // The only row left: focus goes to the add button.
    while ((await rows.count()) > 1) await rows.nth(0).locator('[data-remove]').click();
    await rows.nth(0).locator('[data-remove]').click();
    assert.equal(await rows.count(), 0);
    assert.equal(await focusedName(page), 'party.stewards', 'the add button');
    assert.notEqual(await page.evaluate(() => document.activeElement.tagName), 'BODY');
  });
});

// 2 ------------------------------------------------------------------------
test('清空草稿 can be undone: the notice offers 撤销, which brings everything back, even after a reload', async () => {
  await withPhone(async (page) => {
    await field(page, 'workshop.name').fill('雾溪畲族乡共富工坊');
    await field(page, 'site.fire_extinguishers').fill('4');
    await page.locator('[data-add="party.stewards"]').click();
    await field(page, 'party.stewards[5].name').fill('雷晓燕');
    await page.locator('[data-clear-draft]').click();
    assert.equal(await field(page, 'workshop.name').inputValue(), '', 'the form is cleared');
    const notice = page.locator('#shanfang-cleared');
    assert.ok(await notice.isVisible(), 'the person is told, with an undo');
    await lib.screenshot(page, 'phone-cleared-undo', false);
    assert.deepEqual(await lib.axe(page), [], 'axe-core: no violations with the undo notice');

    // A reload (or a tap on the wrong thing) keeps the undo.
    await page.reload();
    await page.waitForFunction(() => window.shanfang);
    assert.equal(await field(page, 'workshop.name').inputValue(), '');
    assert.ok(await notice.isVisible(), 'the undo survives a reload');
    await notice.locator('[data-undo-clear]').click();
    assert.equal(await field(page, 'workshop.name').inputValue(), '雾溪畲族乡共富工坊');
    assert.equal(await field(page, 'site.fire_extinguishers').inputValue(), '4');
    assert.equal(await field(page, 'party.stewards[5].name').inputValue(), '雷晓燕', 'the added row comes back too');
    assert.ok(await notice.isHidden());
    assert.notEqual(await page.evaluate(() => document.activeElement.tagName), 'BODY');
    // And it is the draft again.
    await page.waitForTimeout(400);
    await page.reload();
    await page.waitForFunction(() => window.shanfang);
    assert.equal(await field(page, 'workshop.name').inputValue(), '雾溪畲族乡共富工坊');

    // After an edit the cleared draft is no longer offered (it would
    // overwrite what was typed since).
    await page.locator('[data-clear-draft]').click();
    assert.ok(await notice.isVisible());
    await field(page, 'workshop.name').fill('新的工坊');
    assert.ok(await notice.isHidden(), 'an edit ends the undo');
    assert.equal(await page.evaluate(() => localStorage.getItem('shanfang-draft-v1-cleared')), null);
  });
});

// 3 ------------------------------------------------------------------------
test('a draft that cannot be saved is said plainly, kept waiting, and saved once storage works again', async () => {
  await withPhone(async (page) => {
    const notice = page.locator('#shanfang-draft-failed');
    assert.ok(await notice.isHidden());
    // Storage full, as with a 5 MB draft of another page already there.
    await page.evaluate(() => {
      window.realSetItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    });
    await field(page, 'workshop.name').fill('雾溪畲族乡共富工坊');
    await notice.waitFor({ state: 'visible', timeout: 2000 });
    assert.match(await text(notice), /未能保存草稿/);
    await lib.screenshot(page, 'phone-draft-not-saved', false);
    assert.deepEqual(await lib.axe(page), [], 'axe-core: no violations with the draft notice');
    assert.equal(await page.evaluate(() => localStorage.getItem('shanfang-draft-v1')), null);

    // Space again: the next try (within seconds, no edit needed) saves it.
    await page.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
    await notice.waitFor({ state: 'hidden', timeout: 8000 });
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('shanfang-draft-v1')));
    assert.equal(stored.workshop.name, '雾溪畲族乡共富工坊', 'what was typed while storage was full is saved');
  });
});

// 12 -----------------------------------------------------------------------
test('conditional fields only when they apply: the SC licence with food processing, the "other" text with 其他模式', async () => {
  await withPhone(async (page) => {
    const sc = page.locator('#filing [data-field="workshop.sc_license"]');
    const other = page.locator('#filing [data-field="operations.benefit_models_other"]');
    assert.ok(await sc.isHidden(), 'no SC licence field without food processing');
    assert.ok(await other.isHidden(), 'no "other" text without 其他');
    await page.locator('#filing [name="workshop.food_processing"]').check();
    assert.ok(await sc.isVisible(), 'food processing ticked: the SC licence is asked for');
    await field(page, 'workshop.sc_license').fill('SC1');
    await page.locator('#filing [name="workshop.food_processing"]').uncheck();
    assert.ok(await sc.isVisible(), 'a wrong value typed there stays reachable while it is wrong');
    await field(page, 'workshop.sc_license').fill('');
    assert.ok(await sc.isHidden(), 'and goes once it no longer applies');
    await page.locator('#filing [name="operations.benefit_models"][value="other"]').check();
    assert.ok(await other.isVisible(), '其他 chosen: its text is asked for');
    await page.locator('#filing [name="operations.benefit_models"][value="other"]').uncheck();
    assert.ok(await other.isHidden());
  });
});

// 8 ------------------------------------------------------------------------
test('no layout shift when a message comes or goes: the field, its label and its input keep their place', async () => {
  for (const viewport of [PHONE.viewport, { width: 1280, height: 800 }]) {
    await withPhone(async (page) => {
      const path = 'site.fire_extinguishers';
      const box = () => page.locator(`#filing [data-field="${path}"]`).evaluate((f) => {
        const input = f.querySelector('input');
        const label = f.querySelector('label');
        return { field: f.getBoundingClientRect().left, label: label.getBoundingClientRect().left, input: input.getBoundingClientRect().left, width: input.getBoundingClientRect().width };
      });
      const before = await box();
      await field(page, path).fill('0');
      await field(page, path).blur();
      assert.equal(await message(page, path).count(), 1, 'the 6.5 message is shown');
      assert.deepEqual(await box(), before, `at ${viewport.width} px nothing moves sideways when the message comes`);
      await field(page, path).fill('4');
      assert.equal(await message(page, path).count(), 0);
      assert.deepEqual(await box(), before, 'nor when it goes');
      // The bar beside a field with a finding is still drawn.
      await field(page, path).fill('0');
      const bar = await page.locator(`#filing [data-field="${path}"]`).evaluate((f) => getComputedStyle(f, '::before').backgroundColor);
      assert.notEqual(bar, 'rgba(0, 0, 0, 0)', 'the field is marked');
    }, { viewport });
  }
});

// 4 ------------------------------------------------------------------------
test('two tabs on one draft: each takes in what the other typed, and neither drops the other\'s fields', async () => {
  const context = await browser.newContext(PHONE);
  try {
    const open = async () => {
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => window.shanfang);
      return page;
    };
    const a = await open();
    const b = await open();
    await field(a, 'workshop.township').fill('雾溪畲族乡');
    await a.waitForTimeout(400); // A's draft is written
    await field(b, 'workshop.village').fill('坪垟岗村');
    await b.waitForTimeout(400);
    await field(a, 'workshop.name').fill('雾溪共富工坊');
    await a.waitForTimeout(600);

    for (const [tab, page] of [['A', a], ['B', b]]) {
      assert.equal(await field(page, 'workshop.township').inputValue(), '雾溪畲族乡', `tab ${tab} has A's township`);
      assert.equal(await field(page, 'workshop.village').inputValue(), '坪垟岗村', `tab ${tab} has B's village`);
      assert.equal(await field(page, 'workshop.name').inputValue(), '雾溪共富工坊', `tab ${tab} has A's later name`);
    }
    // A closes (its draft is written as it goes): B's village stays stored.
    await a.close({ runBeforeUnload: true });
    await b.waitForTimeout(400);
    const stored = JSON.parse(await b.evaluate(() => localStorage.getItem('shanfang-draft-v1')));
    assert.equal(stored.workshop.township, '雾溪畲族乡');
    assert.equal(stored.workshop.village, '坪垟岗村');
    assert.equal(stored.workshop.name, '雾溪共富工坊');
    // And a reload of B brings all of it back.
    await b.reload();
    await b.waitForFunction(() => window.shanfang);
    assert.equal(await field(b, 'workshop.village').inputValue(), '坪垟岗村');
    assert.equal(await field(b, 'workshop.township').inputValue(), '雾溪畲族乡');
  } finally {
    await context.close();
  }
});
