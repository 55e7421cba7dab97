// The applicant on a phone (issue 11): nothing lost, no state left over from
// an earlier verdict, messages that say what is wrong with what was entered.
// Chromium at 375 × 667 with touch, as a village clerk's phone.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const lib = require('./lib.js');
const { serve, launch, VALID, enter, PHONE, field, text } = lib;
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

// The phone with the whole form on one page (整页显示): these journeys go
// across sections; the steps have their own (e2e/steps.test.js).
function withPhone(fn, contextOptions = {}) {
  return lib.withPage(browser, `${server.url}/`, fn, { ...PHONE, onePage: true, ...contextOptions });
}

/** A submit tried (the form's own, not the person's tap): from then on every finding is listed (issue 30). */
const trySubmit = (page) => page.locator('#filing form.form-actions').evaluate((f) => f.requestSubmit());
const message = (page, path) => page.locator(`#filing [data-field="${path}"] > .shanfang-message`);
const statusLink = (page, path) => page.locator(`#shanfang-status a[data-shanfang-target="${path}"]`);
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
    await enter(field(page, 'site.fire_extinguishers'), '0');
    assert.ok(await done.isHidden(), 'the passed panel goes with the first edit');

    await enter(field(page, 'workshop.name'), '');
    await submit.click();
    assert.ok(await page.locator('#shanfang-summary').isVisible(), 'the error summary is shown');
    assert.ok(await done.isHidden(), 'and no "passed" beside it');
    assert.equal(await done.locator('[data-download]').isVisible(), false, 'no download of the invalid filing');
    await lib.screenshot(page, 'phone-blocked-after-passed', false);

    // Fixed again and submitted: passed again.
    await enter(field(page, 'workshop.name'), VALID.workshop.name);
    await enter(field(page, 'site.fire_extinguishers'), String(VALID.site.fire_extinguishers));
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
    await page.route('**/page/shanfang_wasm_deflate.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    const requests = [];
    page.on('request', (r) => { if (r.isNavigationRequest()) requests.push(r.url()); });
    await page.goto(`${server.url}/`);
    await page.locator('#shanfang-failed').waitFor({ state: 'visible' });
    await enter(field(page, 'workshop.name'), '雾溪畲族乡共富工坊');
    await enter(field(page, 'party.stewards[0].phone'), '13905781234');
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
    // A blank form: 8.6 asks for the counts; it does not say both are 0
    // (listed once a submit was tried).
    await trySubmit(page);
    const low = statusLink(page, 'operations.low_income_employees');
    assert.equal(await low.count(), 1);
    assert.doesNotMatch(await text(low), /均为0/, '8.6 on a blank form');
    assert.match(await text(low), /请填写/);
    await enter(field(page, 'operations.low_income_employees'), '0');
    await enter(field(page, 'operations.trainee_employees'), '0');
    assert.match(await text(low), /均为0/, '8.6 once both are given as 0');

    // 9.3: a date given but too old is not "please give the date".
    await enter(field(page, 'workshop.established'), '2024-03-15');
    const rating = statusLink(page, 'brand.last_star_rating');
    assert.match(await text(rating), /尚未填写/, '9.3 without a rating date');
    await enter(field(page, 'brand.last_star_rating'), '2025-01-10');
    const overdue = await text(rating);
    assert.match(overdue, /已超过半年/, `9.3 with an old date: ${overdue}`);
    assert.doesNotMatch(overdue, /请填写最近一次评定日期/);
    // A warning (建议) does not say 应 (shall).
    assert.match(await rating.evaluate((a) => a.closest('li').className), /warning/);
    assert.doesNotMatch(overdue, /应/, 'a recommendation is not worded as a requirement');

    // A steward row: the row's name is said once.
    await enter(field(page, 'party.stewards[0].unit'), '某单位');
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
    await enter(field(page, 'workshop.name'), '雾溪畲族乡共富工坊');
    await enter(field(page, 'site.fire_extinguishers'), '4');
    await page.locator('[data-add="party.stewards"]').click();
    await enter(field(page, 'party.stewards[5].name'), '雷晓燕');
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
    await enter(field(page, 'workshop.name'), '新的工坊');
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
    await enter(field(page, 'workshop.name'), '雾溪畲族乡共富工坊');
    await notice.waitFor({ state: 'visible', timeout: 2000 });
    assert.match(await text(notice), /未能保存草稿/);
    await lib.screenshot(page, 'phone-draft-not-saved', false);
    assert.deepEqual(await lib.axe(page), [], 'axe-core: no violations with the draft notice');
    assert.equal(await page.evaluate(() => localStorage.getItem('shanfang-draft-v1')), null);
    // The bar covers no control: the page's end scrolls clear of it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const [bar, last] = await page.evaluate(() => [
      document.getElementById('shanfang-draft-failed').getBoundingClientRect().top,
      [...document.querySelectorAll('button, input, select, textarea, a[href]')].filter((e) => e.offsetParent && !e.closest('#shanfang-draft-failed')).map((e) => e.getBoundingClientRect().bottom).reduce((a, b) => Math.max(a, b), 0),
    ]);
    assert.ok(last <= bar, `the last control ends at ${last}, above the bar at ${bar}`);

    // Space again: the next try (within seconds, no edit needed) saves it.
    await page.evaluate(() => { Storage.prototype.setItem = window.realSetItem; });
    await notice.waitFor({ state: 'hidden', timeout: 8000 });
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).paddingBottom), '0px', 'the room goes with the bar');
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
    await enter(field(page, 'workshop.sc_license'), 'SC1');
    await page.locator('#filing [name="workshop.food_processing"]').uncheck();
    assert.ok(await sc.isVisible(), 'a wrong value typed there stays reachable while it is wrong');
    await enter(field(page, 'workshop.sc_license'), '');
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
      await enter(field(page, path), '0');
      await field(page, path).blur();
      assert.equal(await message(page, path).count(), 1, 'the 6.5 message is shown');
      assert.deepEqual(await box(), before, `at ${viewport.width} px nothing moves sideways when the message comes`);
      await enter(field(page, path), '4');
      assert.equal(await message(page, path).count(), 0);
      assert.deepEqual(await box(), before, 'nor when it goes');
      // The bar beside a field with a finding is still drawn.
      await enter(field(page, path), '0');
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
    await enter(field(a, 'workshop.township'), '雾溪畲族乡');
    await a.waitForTimeout(400); // A's draft is written
    await enter(field(b, 'workshop.village'), '坪垟岗村');
    await b.waitForTimeout(400);
    await enter(field(a, 'workshop.name'), '雾溪共富工坊');
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

// 7 ------------------------------------------------------------------------
test('a field\'s message waits until the field is left, then follows every keystroke and goes the moment it is fixed', async () => {
  await withPhone(async (page) => {
    const phone = field(page, 'party.stewards[0].phone');
    const phoneMessage = message(page, 'party.stewards[0].phone');
    const inStatus = statusLink(page, 'party.stewards[0].phone');
    assert.equal(await inStatus.count(), 0, 'the status list names no field the person has not acted on');

    // Typing "139": a phone number still being typed is not yet wrong.
    await phone.tap();
    await phone.pressSequentially('139');
    assert.equal(await phoneMessage.count(), 0, 'no message while the person is still typing');
    assert.equal(await phone.getAttribute('aria-invalid'), null);
    assert.equal(await inStatus.count(), 0, 'nor the field being typed into');

    // Tabbing through an empty field says nothing either.
    await field(page, 'party.stewards[0].title').focus();
    await field(page, 'party.stewards[0].title').blur();
    assert.equal(await message(page, 'party.stewards[0].title').count(), 0, 'a field only passed through stays quiet');

    // Leaving it: the message shows.
    await phone.blur();
    assert.equal(await phoneMessage.count(), 1, 'the message shows once the field is left');
    assert.match(await text(phoneMessage), /电话/);
    assert.equal(await phone.getAttribute('aria-invalid'), 'true');
    assert.equal(await inStatus.count(), 1, 'and the status list has it');

    // Back in it: the message follows each keystroke and goes once fixed,
    // before the field is left.
    await phone.focus();
    await phone.press('End');
    await phone.pressSequentially('0578123');
    assert.equal(await phoneMessage.count(), 1, 'still too short: still shown');
    await phone.pressSequentially('4');
    assert.equal(await phoneMessage.count(), 0, 'removed the moment the number is whole');
    assert.equal(await phone.getAttribute('aria-invalid'), null);
    assert.equal(await page.evaluate(() => document.activeElement.name), 'party.stewards[0].phone', 'the person is still in the field');

    // A choice (an option picked) is made at once: its message is immediate.
    const county = field(page, 'workshop.county');
    await county.focus();
    await county.selectOption('liandu');
    await county.selectOption('');
    assert.equal(await county.evaluate((e) => e === document.activeElement), true, 'still in the select');
    assert.equal(await message(page, 'workshop.county').count(), 1, 'an option taken back shows its message at once');
  });
});

// 6 ------------------------------------------------------------------------
/** Runs in the page: elements other than the page that scroll on their own. */
function nestedScrollers() {
  return [...document.querySelectorAll('body *')].filter((e) => {
    const s = getComputedStyle(e);
    return /(auto|scroll)/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1;
  }).map((e) => e.id || e.className || e.tagName);
}

/** Runs in the page: the fields the status list links to, as the form's order of their controls. */
function linkOrder() {
  const controls = [...document.querySelectorAll('#filing input, #filing select, #filing textarea')];
  return [...document.querySelectorAll('#shanfang-status a[data-shanfang-target]')].map((a) => {
    const path = a.getAttribute('data-shanfang-target');
    const i = controls.findIndex((c) => c.name === path || c.name.startsWith(`${path}.`) || c.name.startsWith(`${path}[`));
    return { path, i: i < 0 ? Infinity : i };
  });
}

test('the phone\'s first screen: a compact status bar in neutral words, the task list, no nested scrolling; after a submit the bar opens every finding in the form\'s order', async () => {
  await withPhone(async (page) => {
    const panel = page.locator('#shanfang-status');
    const toggle = panel.locator('button[data-status-toggle]');
    const list = panel.locator('.shanfang-status-list');
    const bar = await panel.boundingBox();
    assert.ok(bar.height <= 100, `the status is a compact bar (${bar.height} px high)`);
    assert.match(await text(panel.locator('.shanfang-counts')), /^还需填写 \d+ 项$/, 'what is needed, with no 错误 before the person acted (issue 30)');
    assert.ok(await toggle.isHidden(), 'nothing listed yet: no button to open nothing');
    const firstTask = await page.locator('#shanfang-tasks li').first().boundingBox();
    assert.ok(firstTask.y + firstTask.height <= 667, `the task list starts on the first screen (its first entry's bottom at ${firstTask.y + firstTask.height} px)`);
    assert.deepEqual(await page.evaluate(nestedScrollers), [], 'nothing scrolls inside the page');
    await lib.screenshot(page, 'phone-first-screen', false);

    await trySubmit(page);
    assert.match(await text(panel.locator('.shanfang-counts')), /还有 \d+ 项错误、\d+ 项建议/);
    await page.evaluate(() => scrollTo(0, 0));
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.ok(await list.isHidden(), 'the list waits for the button');
    await toggle.tap();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await text(toggle), '收起清单');
    assert.ok(await list.isVisible(), 'the button opens the list');
    assert.deepEqual(await page.evaluate(nestedScrollers), [], 'the open list scrolls with the page, not inside a box');
    const order = await page.evaluate(linkOrder);
    assert.ok(order.length > 40, `every finding is listed (${order.length})`);
    for (let k = 1; k < order.length; k++) {
      assert.ok(order[k - 1].i <= order[k].i, `in the form's order: ${order[k - 1].path} before ${order[k].path}`);
    }
    assert.deepEqual(await lib.axe(page), [], 'axe-core: no violations with the list open');
    // The level is said in words, not by colour alone.
    assert.match(await text(list.locator('li').first()), /^(错误|建议)：/);
    // A link still takes the person to the field.
    await list.locator('a[data-shanfang-target="site.fire_extinguishers"]').tap();
    assert.equal(await focusedName(page), 'site.fire_extinguishers');
    await toggle.tap();
    assert.ok(await list.isHidden(), 'and closes it again');
  });
});

test('at desktop width the status list stands beside the form, whole, with no button', async () => {
  await lib.withPage(browser, `${server.url}/`, async (page) => {
    const panel = page.locator('#shanfang-status');
    await trySubmit(page);
    assert.ok(await panel.locator('.shanfang-status-list').isVisible());
    assert.ok(await panel.locator('button[data-status-toggle]').isHidden());
    const order = await page.evaluate(linkOrder);
    assert.ok(order.length > 40, `every finding once a submit was tried (${order.length})`);
    for (let k = 1; k < order.length; k++) assert.ok(order[k - 1].i <= order[k].i, `${order[k - 1].path} before ${order[k].path}`);
  }, { viewport: { width: 1280, height: 800 } });
});


// 10 -----------------------------------------------------------------------
test('terms and the clause catalogue: reachable from a message and from the top, every clause, Annex A as text, in English too', async () => {
  await withPhone(async (page) => {
    await enter(field(page, 'site.fire_extinguishers'), '0');
    const block = message(page, 'site.fire_extinguishers');
    await block.locator('details.shanfang-clause > summary').tap();
    const link = block.locator('a[data-catalogue="6.5"]');
    assert.equal(await text(link), '第6.5条在条款目录中的说明');
    await link.tap();
    const entry = page.locator('#clause-6-5');
    await entry.waitFor({ state: 'visible' });
    assert.equal(new URL(page.url()).hash, '#clause-6-5');
    const box = await entry.boundingBox();
    assert.ok(box.y >= -1 && box.y < 667, `the entry is on screen (${box.y})`);
    const said = await text(entry);
    assert.match(said, /^6\.5 /);
    assert.match(said, /要求（应）/);
    assert.match(said, /应配备灭火器等消防器材/, 'the clause\'s words');
    assert.match(said, /本表检查：.*错误：/, 'what the form checks, with its level');
    await lib.screenshot(page, 'catalogue', false);
    assert.deepEqual(await lib.axe(page), [], 'axe-core: no violations with the catalogue open');

    // Every clause, the checkable ones with their checks, the others with why not.
    const rules = await page.evaluate(() => wasm_bindgen.rules('zh'));
    assert.equal(await page.locator('#shanfang-catalogue > .catalogue-entry').count(), rules.length);
    const notCheckable = rules.find((r) => !r.checkable);
    assert.ok(notCheckable, 'the standard has clauses a filing cannot show');
    assert.match(await text(page.locator(`#clause-${notCheckable.clause.replace(/\./g, '-')}`)), /为何不检查：/);

    // Back returns to the field.
    await page.goBack();
    await page.waitForTimeout(200);
    const fieldBox = await field(page, 'site.fire_extinguishers').boundingBox();
    assert.ok(fieldBox.y > -200 && fieldBox.y < 667, `back at the field (${fieldBox.y})`);

    // The terms: each explained, Annex A's example in words.
    const terms = await page.locator('.glossary dt').allTextContents();
    for (const t of ['一坊三图', '红色管家', '丽水山递', '共富学堂', '利益联结模式']) assert.ok(terms.includes(t), `${t} is explained`);
    const maps = page.locator('.glossary dt:text-is("一坊三图") + dd');
    assert.match(await text(maps), /领导干部联坊.*职责/);
    assert.match(await text(page.locator('.glossary dt:text-is("丽水山递") + dd')), /县乡村三级物流体系/);
    assert.match(await text(page.locator('.glossary dt:text-is("利益联结模式") + dd')), /劳务输出模式.*平台共享模式/);

    // No hint only names a clause: each says what to do.
    for (const hint of await page.locator('#filing .hint').allTextContents()) {
      assert.doesNotMatch(hint.trim(), /^第[\d.]+条(：.{0,6})?$/, `the hint "${hint}" says what to do`);
    }

    // The link at the top opens the catalogue too.
    await page.evaluate(() => { document.getElementById('catalogue').open = false; window.scrollTo(0, 0); });
    await page.locator('.lead-more a[data-catalogue]').tap();
    assert.equal(await page.locator('#catalogue').evaluate((d) => d.open), true);

    // In English: the catalogue is built again in English, the terms follow.
    await page.locator('[data-lang-switch]').tap();
    assert.match(await text(page.locator('#clause-6-5')), /Requirement \(应, shall\)/);
    assert.ok((await page.locator('.glossary dt').allTextContents()).includes('One workshop, three maps'));
    for (const hint of await page.locator('#filing .hint').allTextContents()) {
      assert.doesNotMatch(hint.trim(), /^Clause [\d.]+(: recommended)?$/, `the hint "${hint}" says what to do`);
    }
  });
});

// 11 -----------------------------------------------------------------------
/** The CLI's report on a filing (the server re-checking what the page accepted). */
function cliReport(filing) {
  const fs = require('node:fs');
  const os = require('node:os');
  const path = require('node:path');
  const { execFileSync, spawnSync } = require('node:child_process');
  const bin = path.join(lib.ROOT, 'target', 'debug', 'shanfang-check');
  if (!fs.existsSync(bin)) execFileSync('cargo', ['build', '--quiet', '--bin', 'shanfang-check'], { cwd: lib.ROOT, stdio: 'inherit' });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-units-')), 'filing.json');
  fs.writeFileSync(file, JSON.stringify(filing));
  const run = spawnSync(bin, ['--format', 'json', file], { encoding: 'utf8' });
  assert.ok([0, 1].includes(run.status), run.stderr);
  return JSON.parse(run.stdout);
}

test('units with the number, and what people type ("1,200", "3个", "60亩", "+86 …") read as the server reads it, shown as read', async () => {
  await withPhone(async (page) => {
    const reading = (path) => page.locator(`#filing [data-field="${path}"] .shanfang-reading`);
    const codes = (report, field) => report.findings.filter((f) => f.field === field).map((f) => f.code);
    const pageReport = () => page.evaluate(() => window.shanfang.validate());

    // A count shows its unit beside the number, on the same line.
    const fire = field(page, 'site.fire_extinguishers');
    const unit = page.locator('#filing [data-field="site.fire_extinguishers"] .unit');
    assert.equal(await text(unit), '个');
    const [a, b] = [await fire.boundingBox(), await unit.boundingBox()];
    assert.ok(b.y < a.y + a.height && b.y + b.height > a.y && b.x > a.x, 'the unit sits right of the number');

    await enter(fire, '3个');
    await enter(field(page, 'operations.employees'), '1,200');
    await enter(field(page, 'party.stewards[0].phone'), '+86 139 0578 1234');
    assert.equal(await message(page, 'site.fire_extinguishers').count(), 0, '"3个" is a count');
    assert.equal(await text(reading('site.fire_extinguishers')), '按 3 计');
    assert.equal(await text(reading('operations.employees')), '按 1200 计');
    assert.equal(await text(reading('party.stewards[0].phone')), '按 13905781234 计');
    assert.equal(await message(page, 'party.stewards[0].phone').count(), 0, 'a phone with +86 is well-formed');
    const readDescribes = await fire.getAttribute('aria-describedby');
    assert.match(readDescribes, /shanfang-read-/, 'the note is announced with the field');
    await lib.screenshot(page, 'phone-units-read', false);
    assert.deepEqual(await lib.axe(page), [], 'axe-core: no violations with the notes of how values were read');

    // The area: its unit right with the number, no unit chosen for the person.
    await page.locator('#filing [name="modes"][value="brand_led"]').check();
    const area = field(page, 'brand_led.base_area');
    const units = page.locator('#filing [name="brand_led.base_area_unit"]');
    assert.equal(await units.count(), 2);
    assert.deepEqual(await units.evaluateAll((r) => r.map((e) => e.checked)), [false, false], 'no unit is chosen by default');
    await enter(area, '3000');
    assert.match(await text(statusLink(page, 'brand_led.base_area_unit')), /未选择面积单位，面积已按亩计算/, 'an area without a unit says it was read as 亩');
    await page.locator('#filing [name="brand_led.base_area_unit"][value="m2"]').check();
    assert.equal(await statusLink(page, 'brand_led.base_area_unit').count(), 0);
    assert.equal(await statusLink(page, 'brand_led.base_area').count(), 1, '3000 m² is short of 50 亩');
    // A unit written with the number counts; one that disagrees with the choice is said.
    await enter(area, '60亩');
    assert.match(await text(message(page, 'brand_led.base_area')), /单位与所选的面积单位不一致/);
    await page.locator('#filing [name="brand_led.base_area_unit"][value="mu"]').check();
    assert.equal(await message(page, 'brand_led.base_area').count(), 0);
    assert.equal(await text(reading('brand_led.base_area')), '按 60 亩 计');
    assert.deepEqual(await lib.axe(page), [], 'axe-core: no violations with the unit choice');

    // The server reads the same filing the same way.
    const filing = await page.evaluate(() => window.shanfang.filing());
    assert.equal(filing.operations.employees, '1,200', 'the filing keeps what was typed');
    const here = await pageReport();
    const there = cliReport(filing);
    assert.deepEqual(there.findings.map((f) => f.code).sort(), here.findings.map((f) => f.code).sort(), 'the CLI agrees');
    for (const f of ['site.fire_extinguishers', 'operations.employees', 'party.stewards[0].phone', 'brand_led.base_area']) {
      assert.deepEqual(codes(there, f), [], `${f} reads on the server too`);
    }
  });
});

// 14 -----------------------------------------------------------------------
test('English: one glossary, the same term for a thing in labels, hints, messages and the catalogue', async () => {
  await withPhone(async (page) => {
    await page.locator('[data-lang-switch]').tap();
    // Every message showing, every mode block open, the catalogue built.
    await page.locator('#filing [name="modes"]').evaluateAll((boxes) => boxes.forEach((b) => { if (!b.checked) b.click(); }));
    await page.locator('#filing [type="submit"]').tap();
    await page.locator('.lead-more a[data-catalogue]').tap();
    const all = await page.evaluate(() => document.body.innerText);
    // Each glossary term is used as the glossary writes it.
    const terms = await page.locator('.glossary dt').allTextContents();
    for (const t of ['Red steward', 'One workshop, three maps', 'Common prosperity academy', 'Benefit-linkage model', 'Management systems', 'Party-building alliance']) {
      assert.ok(terms.includes(t), `the glossary has ${t}`);
    }
    // …and no other rendering of the same term anywhere on the page.
    const others = [/classroom/i, /benefit[- ]sharing/i, /interest[- ]linkage/i, /common-prosperity/i, /Party organization/, /red-steward/i,
      /management rules/i, /party building(?!-)/i];
    for (const other of others) assert.doesNotMatch(all, other, `no "${other.source}" beside the glossary's term`);
    for (const term of ['red steward', 'common prosperity academy', 'benefit-linkage', 'management system', 'party-building alliance']) {
      assert.ok(all.toLowerCase().includes(term), `"${term}" is used`);
    }
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  });
});
