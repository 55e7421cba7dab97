// The form in steps on a phone (issue 30, items 3 and 4), at 375 × 667 with
// touch, as a person goes through it: 下一步 with errors (shown, and going
// on anyway), 上一步 and the browser's Back, a mode added and removed, a
// reload on a step, and the last step, 核对申报内容, with its 修改 links; on a
// wide screen the whole form. And the step journey in WebKitGTK.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const lib = require('./lib.js');
const { enter, field, PHONE, ROOT } = lib;
const { startDriver, available } = require('./webdriver');


const served = lib.servedPage();

/** Where the person is: the step line, the sections on screen, the buttons. */
const where = (page) => page.evaluate(() => ({
  count: document.querySelector('[data-step-count]').textContent,
  shown: [...document.querySelectorAll('#filing fieldset.section')].filter((s) => s.offsetParent !== null).map((s) => s.id),
  answers: !document.getElementById('shanfang-answers').hidden,
  next: (() => { const b = document.querySelector('[data-step-next]'); return b.offsetParent === null ? null : b.textContent; })(),
  back: document.querySelector('[data-step-back]').offsetParent !== null,
}));

test('steps: one section at a time; 下一步 shows the step\'s errors and lets the person go on anyway; 上一步 and Back return', async () => {
  await lib.withPage(served.browser, `${served.server.url}/`, async (page) => {
    let at = await where(page);
    assert.deepEqual(at, { count: '第 1 步，共 8 步', shown: ['sec-workshop'], answers: false, next: '下一步', back: false });
    assert.equal(await page.locator('#filing .shanfang-message').count(), 0, 'no 错误 before the person acted');
    await page.locator('#shanfang-stepbar').scrollIntoViewIfNeeded();
    await lib.screenshot(page, 'steps-step-375', false);
    assert.deepEqual(await lib.axe(page), [], 'axe-core: a step');

    // 下一步 on an empty step: its own errors show, nothing else's.
    await page.locator('[data-step-next]').tap();
    at = await where(page);
    assert.deepEqual(at.shown, ['sec-workshop'], 'the person stays to see what is wrong');
    assert.equal(at.next, '仍然继续');
    const problem = page.locator('#shanfang-step-problem');
    assert.match(await problem.textContent(), /本步还有 \d+ 项需要修改/);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'shanfang-step-problem', 'focus on what stops them');
    const shown = await page.locator('#filing .shanfang-message--error').evaluateAll((ms) => ms.map((m) => m.closest('fieldset.section').id));
    assert.ok(shown.length >= 3 && shown.every((id) => id === 'sec-workshop'), `only the step's own errors: ${shown}`);
    await lib.screenshot(page, 'steps-step-errors-375', false);
    assert.deepEqual(await lib.axe(page), [], 'axe-core: a step with errors');

    // Going on anyway: the task list keeps what is open.
    await page.locator('[data-step-next]').tap();
    at = await where(page);
    assert.deepEqual([at.count, at.shown, at.back], ['第 2 步，共 8 步', ['sec-operator'], true]);
    assert.ok(await problem.isHidden());
    assert.deepEqual(await page.locator('#shanfang-tasks li[data-section="sec-workshop"] .shanfang-task-state').textContent(), '未开始');

    await page.goBack();
    assert.deepEqual((await where(page)).shown, ['sec-workshop'], 'the browser\'s Back returns to the previous step');
    await page.goForward();
    assert.deepEqual((await where(page)).shown, ['sec-operator'], 'and Forward to the next');
    await page.locator('[data-step-back]').tap();
    assert.deepEqual((await where(page)).shown, ['sec-workshop'], '上一步');
  }, PHONE);
});

test('steps: a mode chosen adds its step, dropped it goes (its answers kept in the draft); a reload stays on the step', async () => {
  await lib.withPage(served.browser, `${served.server.url}/`, async (page) => {
    // Through the task list to the modes' step.
    await page.locator('#shanfang-tasks a[href="#sec-modes"]').tap();
    let at = await where(page);
    assert.deepEqual([at.count, at.shown], ['第 3 步，共 8 步', ['sec-modes']]);
    await page.locator('#filing [name="modes"][value="processing"]').check();
    at = await where(page);
    assert.equal(at.count, '第 3 步，共 9 步', 'the mode\'s step is added');
    await page.locator('[data-step-next]').tap();
    at = await where(page);
    assert.deepEqual(at.shown, ['mode-processing'], 'and comes next');
    await enter(field(page, 'processing.workstations'), '12');

    // Reloaded on this step: back on it, the answer kept.
    await page.reload();
    await page.waitForFunction(() => !!self.shanfang);
    at = await where(page);
    assert.deepEqual([at.count, at.shown], ['第 4 步，共 9 步', ['mode-processing']]);
    assert.equal(await field(page, 'processing.workstations').inputValue(), '12');

    // The mode dropped: its step goes, its answer stays in the draft.
    await page.locator('[data-step-back]').tap();
    await page.locator('#filing [name="modes"][value="processing"]').uncheck();
    at = await where(page);
    assert.deepEqual([at.count, at.shown], ['第 3 步，共 8 步', ['sec-modes']]);
    const draft = await page.evaluate(() => JSON.parse(localStorage.getItem('shanfang-draft-v1')));
    assert.equal(String(draft.processing.workstations), '12', 'a dropped mode\'s answers stay in the draft');
    const filing = await page.evaluate(() => self.shanfang.filing());
    assert.ok(!(filing.modes || []).includes('processing'));
  }, PHONE);
});

test('核对申报内容: every section\'s answers in words, a 修改 link to each step, the open findings, print and download', async () => {
  await lib.withPage(served.browser, `${served.server.url}/`, async (page) => {
    await field(page, 'workshop.county').selectOption('liandu');
    await enter(field(page, 'workshop.name'), '莲都区山坊工坊');
    await page.locator('#shanfang-tasks a[href="#sec-site"]').tap();
    await enter(field(page, 'site.fire_extinguishers'), '3');
    await page.locator('#shanfang-tasks a[href="#sec-party"]').tap();
    await enter(field(page, 'party.stewards[0].name'), '张三');
    await enter(field(page, 'party.stewards[0].phone'), '13905781234');
    // To the last step.
    for (let i = 0; i < 10 && !(await where(page)).answers; i++) await page.locator('[data-step-next]').tap();
    const at = await where(page);
    assert.deepEqual([at.count, at.shown, at.next], ['第 8 步，共 8 步', [], null]);
    const answers = page.locator('#shanfang-answers');
    const text = (await answers.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /核对申报内容/);
    assert.match(text, /所在县（市、区） 莲都区/, 'an option by its name');
    assert.match(text, /灭火器数量 3 个/, 'a number with its unit');
    assert.match(text, /红色管家 1：乡镇领导（联产业），张三，13905781234/, 'a steward as a line');
    assert.match(text, /详细地址 未填写/);
    assert.match(text, /还需处理的问题 错误：/);
    assert.match(text, /第\d+(\.\d+)*条/, 'the findings with their clauses');
    assert.ok(await page.locator('.answers-actions [data-print]').isVisible());
    assert.ok(await page.locator('.answers-actions [data-download]').isVisible());
    assert.ok(await page.locator('#filing [type="submit"]').isVisible(), 'and the submit');
    await screenshotTop(page, '#shanfang-answers', 'steps-check-answers-375');
    assert.deepEqual(await lib.axe(page), [], 'axe-core: check your answers');

    // 修改 leads to the step.
    await answers.locator('a[data-step-go="sec-site"]').tap();
    const back = await where(page);
    assert.deepEqual(back.shown, ['sec-site']);
    assert.equal(await field(page, 'site.fire_extinguishers').inputValue(), '3');
  }, PHONE);
});

async function screenshotTop(page, selector, name) {
  await page.locator(selector).evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await lib.screenshot(page, name, false);
}

test('整页显示: the person may choose the whole form on one page, kept over a reload, and go back to steps with 逐步填写', async () => {
  await lib.withPage(served.browser, `${served.server.url}/`, async (page) => {
    const toggle = page.locator('[data-steps-toggle]');
    assert.equal(await toggle.textContent(), '整页显示');
    await toggle.tap();
    let at = await where(page);
    assert.ok(at.shown.length >= 7, `every section on one page (${at.shown})`);
    assert.ok(await page.locator('.step-buttons').isHidden());
    assert.ok(await page.locator('[data-step-count]').isHidden());
    assert.equal(await toggle.textContent(), '逐步填写');
    await page.reload();
    await page.waitForFunction(() => !!self.shanfang);
    at = await where(page);
    assert.ok(at.shown.length >= 7, 'the choice is kept');
    await toggle.tap();
    at = await where(page);
    assert.deepEqual(at.shown, ['sec-workshop'], 'back to steps');
  }, PHONE);
});

test('a wide screen keeps the one-page form (no steps), with the task list beside it', async () => {
  await lib.withPage(served.browser, `${served.server.url}/`, async (page) => {
    const at = await where(page);
    assert.ok(at.shown.length >= 7, `every section on the page (${at.shown})`);
    assert.ok(await page.locator('#shanfang-stepbar').isHidden());
    assert.ok(await page.locator('.step-buttons').isHidden());
    assert.ok(await page.locator('#shanfang-tasks').isVisible());
  }, { viewport: { width: 1280, height: 800 } });
});

test('steps in WebKitGTK: 下一步 with errors then on anyway, Back, a reload on the step, the answers page', { skip: !available().includes('webkitgtk') && 'WebKitGTK is not installed' }, async () => {
  const driver = await startDriver('webkitgtk');
  let session;
  try {
    session = await driver.session();
    await session.cmd('POST', '/window/rect', { width: 375, height: 700 }).catch(() => {});
    const narrow = await (async () => { await session.goto(`${served.server.url}/`); return session.run(() => innerWidth <= 640); })();
    if (!narrow) {
      // MiniBrowser keeps a minimum width: the page in a 375 px frame instead.
      await session.goto('about:blank');
      await session.run((url) => { document.body.innerHTML = `<iframe id="f" src="${url}" style="width:375px;height:700px;border:0"></iframe>`; return true; }, `${served.server.url}/`);
      await session.until(() => { const f = document.getElementById('f'); return f && f.contentWindow && f.contentWindow.shanfang; }, [], 'the form in the frame', 20000);
      const frame = await session.find('#f');
      await session.cmd('POST', '/frame', { id: { 'element-6066-11e4-a52e-4f735466cecf': frame } });
    }
    const ready = () => !!self.shanfang && !!document.querySelector('[data-step-count]') && document.querySelector('[data-step-count]').textContent !== '';
    await session.until(ready, [], 'the steps', 20000);
    const state = () => session.run(() => ({
      count: document.querySelector('[data-step-count]').textContent,
      shown: [...document.querySelectorAll('#filing fieldset.section')].filter((s) => s.offsetParent !== null).map((s) => s.id),
    }));
    assert.deepEqual(await state(), { count: '第 1 步，共 8 步', shown: ['sec-workshop'] });
    await session.clickWhenStill('[data-step-next]');
    await session.until(() => !document.getElementById('shanfang-step-problem').hidden, [], 'the step\'s problem');
    assert.ok(await session.run(() => document.querySelectorAll('#sec-workshop .shanfang-message--error').length >= 3));
    await session.clickWhenStill('[data-step-next]');
    await session.until(() => document.querySelector('[data-step-count]').textContent === '第 2 步，共 8 步', [], 'step 2');
    await session.run(() => { history.back(); return true; });
    await session.until(() => document.querySelector('[data-step-count]').textContent === '第 1 步，共 8 步', [], 'Back to step 1');
    await session.clickWhenStill('[data-step-next]');
    await session.clickWhenStill('[data-step-next]');
    await session.until(() => document.querySelector('[data-step-count]').textContent === '第 2 步，共 8 步', [], 'step 2 again');
    await session.run(() => { self.__before = true; setTimeout(() => location.reload(), 0); return true; });
    await session.until(() => !self.__before && !!self.shanfang && document.querySelector('[data-step-count]').textContent !== '', [], 'the page back after the reload', 20000);
    assert.deepEqual(await state(), { count: '第 2 步，共 8 步', shown: ['sec-operator'] }, 'the reload keeps the step');
    await session.run(() => { document.querySelector('#shanfang-tasks a[href="#sec-brand"]').click(); return true; });
    await session.clickWhenStill('[data-step-next]');
    await session.until(() => !document.getElementById('shanfang-answers').hidden, [], 'the answers page');
    assert.match(await session.run(() => document.getElementById('shanfang-answers').textContent), /核对申报内容/);
    await session.screenshot(path.join(ROOT, 'artifacts', 'e2e', 'steps-webkitgtk.png'));
  } finally {
    if (session) await session.cmd('DELETE', '').catch(() => {});
    driver.close();
  }
});

test('the reviewer\'s read-only view on a phone: the task list and the steps follow the filing viewed, 下一步 does not stop at its errors; 返回 brings back the reviewer\'s own form on the step left', async () => {
  await lib.withPage(served.browser, `${served.server.url}/`, async (page) => {
    // The reviewer's own draft, left on step 2.
    await enter(field(page, 'workshop.name'), '审核员自己的草稿');
    await page.locator('[data-step-next]').tap();
    await page.locator('[data-step-next]').tap();
    assert.deepEqual((await where(page)).shown, ['sec-operator']);
    const tasks = () => page.locator('#shanfang-tasks li').evaluateAll((lis) => Object.fromEntries(lis.map((li) => [li.getAttribute('data-section'), li.querySelector('.shanfang-task-state').textContent])));
    const ownTasks = await tasks();
    assert.equal(ownTasks['sec-site'], '未开始');

    const invalid = JSON.parse(JSON.stringify(lib.VALID));
    invalid.site.fire_extinguishers = 0;
    invalid.workshop.name = '缺灭火器的工坊';
    await page.locator('#shanfang-open-file').setInputFiles([
      { name: 'a-valid.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lib.VALID)) },
      { name: 'b-no-extinguishers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalid)) },
    ]);
    await page.locator('#shanfang-review table').waitFor();
    await page.locator('[data-review-open]').first().tap();

    // The filing viewed, from its first step, read-only.
    const name = field(page, 'workshop.name');
    assert.equal(await name.inputValue(), '缺灭火器的工坊');
    assert.equal(await name.isDisabled(), true);
    let at = await where(page);
    assert.deepEqual(at.shown, ['sec-workshop'], 'the view starts at the first step');
    assert.match(at.count, /^第 1 步，共 \d+ 步$/);
    const viewed = await tasks();
    assert.equal(viewed['sec-site'], '未完成', 'the task list is the viewed filing\'s');
    assert.equal(viewed['sec-workshop'], '已完成');
    assert.ok(Object.keys(viewed).some((id) => id.startsWith('mode-')), 'with its modes\' sections');
    assert.deepEqual(await lib.axe(page), [], 'axe-core: viewing on a phone');

    // Its step with the error: shown at once (a filing viewed shows every
    // finding), and 下一步 goes on: nobody here can correct it.
    await page.locator('#shanfang-tasks a[href="#sec-site"]').tap();
    assert.deepEqual((await where(page)).shown, ['sec-site']);
    assert.equal(await page.locator('#filing [data-field="site.fire_extinguishers"] > .shanfang-message--error').count(), 1);
    await page.locator('[data-step-next]').tap();
    at = await where(page);
    assert.notDeepEqual(at.shown, ['sec-site'], '下一步 goes on');
    assert.ok(await page.locator('#shanfang-step-problem').isHidden());

    // Its answers, with 查看 (not 修改) to each step.
    for (let i = 0; i < 12 && !(await where(page)).answers; i++) await page.locator('[data-step-next]').tap();
    const answers = page.locator('#shanfang-answers');
    const text = (await answers.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /工坊名称 缺灭火器的工坊/);
    assert.match(text, /错误：.*第6\.5条/);
    assert.equal(await answers.locator('a[data-step-go]').first().evaluate((a) => a.firstChild.textContent), '查看');
    assert.deepEqual(await lib.axe(page), [], 'axe-core: the answers viewed');

    // 返回: the reviewer's own form, its task list, the step left.
    await page.locator('[data-viewing-back]').tap();
    assert.equal(await name.inputValue(), '审核员自己的草稿');
    assert.equal(await name.isDisabled(), false);
    assert.deepEqual(await tasks(), ownTasks);
    assert.deepEqual((await where(page)).shown, ['sec-operator'], 'back on the step left');
  }, PHONE);
});
