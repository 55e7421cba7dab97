// A calm start (issue 30, items 1 and 2): the page opens on a task list of
// the form's sections, each 未开始 / 未完成 / 已完成 with what is left in
// neutral words, and no 错误 anywhere (the status bar, the side panel, beside
// fields) until the person acted: left a field, or tried to submit.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const lib = require('./lib.js');
const { enter, field, text, PHONE, ROOT } = lib;

const DESKTOP = { viewport: { width: 1280, height: 800 } };

const served = lib.servedPage();

/** The task list as { section: [state, what is left] }. */
const tasks = (page) => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#shanfang-tasks li')].map((li) => [
  li.getAttribute('data-section'),
  [li.querySelector('.shanfang-task-state').textContent, (li.querySelector('.shanfang-task-left') || { textContent: '' }).textContent],
])));
/** Every 错误 the page shows: in the status bar and list, the summary, beside fields. */
const errorsShown = (page) => page.evaluate(() => {
  const out = [];
  const counts = document.querySelector('#shanfang-status .shanfang-counts');
  if (counts && /错误/.test(counts.textContent)) out.push(`counts: ${counts.textContent}`);
  for (const li of document.querySelectorAll('#shanfang-status li')) if (li.offsetParent !== null || /错误/.test(li.textContent)) out.push(`status: ${li.textContent}`);
  for (const m of document.querySelectorAll('#filing .shanfang-message')) out.push(`field: ${m.textContent}`);
  const summary = document.getElementById('shanfang-summary');
  if (summary && !summary.hidden) out.push('summary');
  return out;
});

test('phone, 375 × 667: the opening is a task list with neutral words and no 错误; each entry leads to its section', async () => {
  await lib.withPage(served.browser, `${served.server.url}/`, async (page) => {
    const counts = page.locator('#shanfang-status .shanfang-counts');
    assert.match(await text(counts), /^还需填写 \d+ 项$/, 'the bar counts what is needed, in neutral words');
    assert.deepEqual(await errorsShown(page), [], 'no 错误 before the person acted');
    const list = await tasks(page);
    assert.deepEqual(Object.keys(list), ['sec-workshop', 'sec-operator', 'sec-modes', 'sec-party', 'sec-site', 'sec-operations', 'sec-brand'],
      'the fixed sections, and no mode\'s before one is chosen');
    for (const [id, [state, left]] of Object.entries(list)) {
      assert.equal(state, '未开始', id);
      assert.doesNotMatch(left, /错误/, id);
    }
    assert.match(list['sec-workshop'][1], /^还需填写 \d+ 项/);
    assert.ok(await page.locator('#shanfang-tasks').isVisible());
    assert.deepEqual(await lib.axe(page), [], 'axe-core: no violations on the task list');
    await lib.screenshot(page, 'tasks-opening-375', false);

    // An entry leads to its section (on a phone, its step: www/steps.js).
    await page.locator('#shanfang-tasks a[href="#sec-site"]').tap();
    await page.locator('#sec-site').waitFor();
    const top = await page.locator('#sec-site').evaluate((e) => e.getBoundingClientRect().top);
    assert.ok(top >= -2 && top < 200, `the section is at the top of the screen (${top} px)`);
    assert.equal(await page.locator('#sec-workshop').isVisible(), false, 'one step at a time');
  }, PHONE);
});

test('the states follow what was typed and chosen: 未开始 → 未完成 → 已完成, 建议 beside; a chosen mode adds its section, dropped it goes', async () => {
  await lib.withPage(served.browser, `${served.server.url}/`, async (page) => {
    // Typing starts a section; its error shows once the field is left, and
    // the bar says so, the rest still in neutral words.
    await enter(field(page, 'site.fire_extinguishers'), '0');
    let list = await tasks(page);
    assert.equal(list['sec-site'][0], '未完成');
    assert.equal(list['sec-workshop'][0], '未开始');
    assert.match(await text(page.locator('#shanfang-status .shanfang-counts')), /^还有 1 项错误、0 项建议；另需填写 \d+ 项$/);
    const listed = await page.locator('#shanfang-status .shanfang-status-list li').allTextContents();
    assert.deepEqual(listed.map((t) => t.replace(/\s+/g, '')), ['错误：应配备灭火器等消防器材（第6.5条）'], 'only the finding of the field the person left');

    // A mode chosen adds its section; dropped, it goes.
    await page.locator('#filing [name="modes"][value="processing"]').check();
    list = await tasks(page);
    assert.ok(list['mode-processing'], 'the chosen mode\'s section is listed');
    assert.equal(list['sec-modes'][0], '已完成', 'a mode chosen: the modes section is done');
    await page.locator('#filing [name="modes"][value="processing"]').uncheck();
    assert.equal((await tasks(page))['mode-processing'], undefined);

    // A whole filing opened: every section 已完成, recommendations counted beside.
    const valid = fs.readFileSync(path.join(ROOT, 'examples', 'valid-filing.json'), 'utf8');
    await page.evaluate((t) => self.shanfang.open(t, 'valid-filing.json'), valid);
    list = await tasks(page);
    for (const [id, [state]] of Object.entries(list)) assert.equal(state, '已完成', id);
    // One requirement undone: that section only is 未完成, with what is left.
    await enter(field(page, 'workshop.name'), '');
    list = await tasks(page);
    assert.deepEqual(list['sec-workshop'], ['未完成', '还需填写 1 项']);
    assert.equal(list['sec-site'][0], '已完成');
  }, DESKTOP);
});

test('desktop: the side panel lists no 错误 before an attempt; after a submit it lists every one', async () => {
  await lib.withPage(served.browser, `${served.server.url}/`, async (page) => {
    assert.deepEqual(await errorsShown(page), []);
    assert.equal(await page.locator('#shanfang-status .shanfang-status-list li').count(), 0);
    await lib.screenshot(page, 'tasks-opening-1280', false);
    await page.locator('#filing [type="submit"]').first().click();
    await page.locator('#shanfang-summary').waitFor();
    assert.match(await text(page.locator('#shanfang-status .shanfang-counts')), /^还有 \d+ 项错误、\d+ 项建议$/);
    assert.ok(await page.locator('#shanfang-status .shanfang-status-list li').count() > 40, 'after the attempt, every finding is listed');
  }, DESKTOP);
});

test('English: the task list and the bar in English', async () => {
  await lib.withPage(served.browser, `${served.server.url}/`, async (page) => {
    await page.locator('[data-lang-switch]').click();
    await page.waitForFunction(() => /Your progress/.test(document.getElementById('shanfang-tasks').textContent));
    assert.match(await text(page.locator('#shanfang-status .shanfang-counts')), /^\d+ answers still needed$/);
    const first = page.locator('#shanfang-tasks li').first();
    assert.match(await text(first), /^About the workshop Not started \d+ answers still needed/);
  }, DESKTOP);
});

test('a portal opts in: attach(form, { tasks }) draws the list in its own element; without the option there is none; detach() empties it', async () => {
  await lib.withPage(served.browser, `${served.server.url}/`, async (page) => {
    const seen = await page.evaluate(() => {
      const form = document.getElementById('filing');
      const own = document.getElementById('shanfang-tasks');
      self.shanfang.detach();
      const cleared = own.children.length === 0;
      const nav = document.createElement('nav');
      nav.id = 'portal-tasks';
      document.body.prepend(nav);
      // A portal's default: no task list.
      const plain = wasm_bindgen.attach(form, {});
      const none = nav.children.length === 0 && own.children.length === 0;
      plain.detach();
      // Opted in, with its own element.
      self.shanfang = wasm_bindgen.attach(form, { tasks: nav });
      const items = [...nav.querySelectorAll('li')].map((li) => li.getAttribute('data-section'));
      const title = document.getElementById(nav.getAttribute('aria-labelledby'));
      self.shanfang.detach();
      return { cleared, none, items, title: title && title.textContent, after: nav.children.length };
    });
    assert.ok(seen.cleared, 'detach() empties the standalone page\'s task list');
    assert.ok(seen.none, 'no task list unless asked for');
    assert.deepEqual(seen.items, ['sec-workshop', 'sec-operator', 'sec-modes', 'sec-party', 'sec-site', 'sec-operations', 'sec-brand']);
    assert.equal(seen.title, '填写进度', 'the list is named by its heading');
    assert.equal(seen.after, 0, 'and detach() empties the portal\'s too');
  }, DESKTOP);
});
