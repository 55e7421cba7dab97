// The hand-off (issue 12): the printable filing record an office accepts,
// and the canonical filing the page downloads.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const lib = require('./lib.js');
const { fillFiling } = require('./fill.js');

let server;
let browser;

before(async () => {
  server = await lib.serve();
  browser = await lib.launch();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

/** Today in UTC+8, as the page's filing date when none is entered. */
function chinaToday() {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The pages of a PDF. */
function pdfPages(buf) {
  return (buf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
}

test('the printed filing record: filing date filled in, print time, only the chosen modes, findings with clauses, signature and seal, at most 2 A4 pages', async () => {
  await lib.withPage(browser, `${server.url}/`, async (page) => {
    const filing = JSON.parse(JSON.stringify(lib.VALID));
    delete filing.filing_date; // left to default: today in UTC+8
    filing.processing.workstations = 9; // a 7.1.3 recommendation: still submittable, still printed
    await fillFiling(page, filing);
    await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
    await page.locator('#filing [type="submit"]').click();
    await page.locator('#shanfang-done').waitFor();
    await page.locator('#shanfang-done [data-print]').click();
    assert.equal(await page.evaluate(() => window.printed), 1, 'the print dialog was asked for');

    const record = page.locator('#shanfang-record');
    const said = await record.evaluate((e) => e.innerText);
    assert.match(said, /丽水山坊（共富工坊）申报表/);
    assert.match(said, /DB3311\/T 244—2023/);
    assert.match(said, new RegExp(`申报日期：${chinaToday()}`), 'the filing date is printed though it was left to default');
    assert.match(said, /打印时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）/);
    assert.match(said, /来料加工式/);
    assert.doesNotMatch(said, /品牌带动式（第7\.5条）|电商直播式（第7\.3条）/, 'only the chosen modes');
    assert.match(said, /红色管家 1\s*乡镇领导/, 'each red steward on a line');
    assert.match(said, /建议：.*第7\.1\.3条/, 'the recommendation with its clause');
    assert.match(said, /申报单位（盖章）/);
    assert.match(said, /负责人（签字）/);
    assert.match(said, /日期：\s*年\s*月\s*日/);
    assert.equal(await record.locator('input, select, textarea, button, details, a').count(), 0, 'nothing interactive on paper');

    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('#filing').isHidden(), 'the form itself is not printed');
    assert.ok(await record.isVisible());
    const pdf = await page.pdf({ format: 'A4' });
    fs.mkdirSync(lib.ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(lib.ARTIFACTS, 'filing-record.pdf'), pdf);
    assert.ok(pdfPages(pdf) <= 2, `the valid example fits on ${pdfPages(pdf)} A4 pages (at most 2)`);
    await page.setViewportSize({ width: 794, height: 1123 });
    await lib.screenshot(page, 'filing-record-print');
    await page.emulateMedia({ media: 'screen' });
    assert.ok(await record.isHidden(), 'on screen the record is not shown');

    // Printed from the browser's menu: the record is built then too, from
    // the filing as it is now.
    await lib.enter(page.locator('#filing [name="workshop.name"]'), '新的工坊名称');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.match(await record.evaluate((e) => e.innerText), /新的工坊名称/);
  }, { viewport: { width: 1280, height: 900 } });
});

test('the printed record in English', async () => {
  await lib.withPage(browser, `${server.url}/`, async (page) => {
    await page.locator('[data-lang-switch]').click();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const said = await page.locator('#shanfang-record').evaluate((e) => e.innerText);
    assert.match(said, /filing record/);
    assert.match(said, /Filing date: \d{4}-\d{2}-\d{2}/);
    assert.match(said, /Applicant \(seal\)/);
    assert.match(said, /Error: /);
  });
});

// 3 ------------------------------------------------------------------------
test('打开申报文件: a file (chosen or dropped) loads into the form; the draft it replaces is kept until the person chooses; what is not a filing changes nothing', async () => {
  await lib.withPage(browser, `${server.url}/`, async (page) => {
    const name = page.locator('#filing [name="workshop.name"]');
    const notice = page.locator('#shanfang-replaced');
    const failed = page.locator('#shanfang-open-failed');
    await lib.enter(name, '我的草稿工坊');
    await page.waitForTimeout(400); // the draft is written

    // A file that is not a filing: a clear message, nothing changed.
    const input = page.locator('#shanfang-open-file');
    await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await failed.waitFor({ state: 'visible' });
    assert.match(await failed.textContent(), /“notes\.txt”不是申报文件，表中内容没有改变/);
    assert.equal(await name.inputValue(), '我的草稿工坊');
    await input.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"foo": 1}') });
    await page.waitForFunction(() => /没有申报表的任何栏目/.test(document.getElementById('shanfang-open-failed').textContent));
    assert.equal(await name.inputValue(), '我的草稿工坊');
    assert.deepEqual(await lib.axe(page), [], 'axe-core: the failed notice');

    // A filing: into the form, the draft kept.
    await input.setInputFiles({ name: 'wuxi.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lib.VALID)) });
    await notice.waitFor({ state: 'visible' });
    assert.ok(await failed.isHidden(), 'the earlier message goes');
    assert.equal(await name.inputValue(), lib.VALID.workshop.name);
    assert.match(await notice.textContent(), /wuxi\.json/);
    assert.equal(await page.locator('#shanfang-status .shanfang-counts').getAttribute('data-errors'), '0', 'the opened filing is checked');
    assert.deepEqual(await lib.axe(page), [], 'axe-core: the opened notice');
    // Kept across a reload, until the person chooses.
    await page.reload();
    await page.waitForFunction(() => window.shanfang);
    assert.equal(await name.inputValue(), lib.VALID.workshop.name, 'the opened filing is the draft now');
    await page.locator('[data-restore-replaced]').click();
    assert.equal(await name.inputValue(), '我的草稿工坊', 'the draft comes back');
    assert.ok(await notice.isHidden());

    // Dropped on the page, and kept.
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, JSON.stringify(lib.VALID));
    await page.waitForFunction((n) => document.querySelector('#filing [name="workshop.name"]').value === n, lib.VALID.workshop.name);
    await page.locator('[data-keep-opened]').click();
    assert.ok(await notice.isHidden());
    assert.equal(await page.evaluate(() => localStorage.getItem('shanfang-draft-v1-replaced')), null, 'the old draft is let go');
  });
});

test('the downloaded (canonical) filing opens back into the same form with the same report', async () => {
  await lib.withPage(browser, `${server.url}/`, async (page) => {
    const filing = JSON.parse(JSON.stringify(lib.VALID));
    filing.processing.workstations = 9;
    await fillFiling(page, filing);
    const before = await page.evaluate(() => window.shanfang.validate());
    await page.locator('#filing [type="submit"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#shanfang-done [data-download]').click()]);
    const text = fs.readFileSync(await download.path(), 'utf8');
    await page.locator('[data-clear-draft]').click();
    await page.locator('#shanfang-open-file').setInputFiles({ name: 'back.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.locator('#shanfang-replaced').waitFor({ state: 'visible' });
    assert.deepEqual(await page.evaluate(() => window.shanfang.validate()), before);
  }, { acceptDownloads: true });
});

// 4 ------------------------------------------------------------------------
test('the reviewer\'s table: several files, one row each, sorted by errors, a row opens read-only, CSV with BOM, 500 files', async () => {
  await lib.withPage(browser, `${server.url}/`, async (page) => {
    await lib.enter(page.locator('#filing [name="workshop.name"]'), '审核员自己的草稿');
    await page.waitForTimeout(400);
    const draftBefore = await page.evaluate(() => localStorage.getItem('shanfang-draft-v1'));
    const invalid = JSON.parse(JSON.stringify(lib.VALID));
    invalid.site.fire_extinguishers = 0;
    invalid.workshop.name = '缺灭火器的工坊';
    const files = [
      { name: 'a-valid.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lib.VALID)) },
      { name: 'b-no-extinguishers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalid)) },
      { name: 'c-broken.json', mimeType: 'application/json', buffer: Buffer.from('{"workshop": ') },
    ];
    await page.locator('#shanfang-open-file').setInputFiles(files);
    const table = page.locator('#shanfang-review table');
    await table.waitFor();
    const rows = () => table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
    let got = await rows();
    assert.equal(got.length, 3);
    assert.deepEqual(got.map((r) => r[0]), ['c-broken.json', 'b-no-extinguishers.json', 'a-valid.json'], 'not a filing first, then most errors');
    assert.match(got[0][5], /不是申报文件/);
    assert.deepEqual(got[1].slice(1, 5), ['缺灭火器的工坊', '云和县', '1', '0']);
    assert.match(got[1][5], /错误 6\.5/);
    assert.deepEqual(got[2].slice(3, 5), ['0', '0']);
    assert.match(await page.locator('#shanfang-review .review-summary').textContent(), /共 3 份，其中 1 份可以提交/);
    assert.deepEqual(await lib.axe(page), [], 'axe-core: the table');
    await lib.screenshot(page, 'review-table', false);

    await page.locator('[data-review-sort]').click();
    got = await rows();
    assert.equal(got[0][0], 'a-valid.json', 'fewest errors first');

    // CSV: UTF-8 with a BOM, one line per file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-review-csv]').click()]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    assert.equal(csv.charCodeAt(0), 0xfeff, 'a byte-order mark for Excel');
    const lines = csv.slice(1).trim().split('\r\n');
    assert.equal(lines.length, 4);
    assert.match(lines[0], /^文件,工坊名称,所在县,错误,建议,涉及条款,下次星级评定,评定提示$/);
    assert.ok(lines.some((l) => l.startsWith('b-no-extinguishers.json,缺灭火器的工坊,云和县,1,0,')));

    // Printed: the table alone.
    await page.evaluate(() => { window.print = () => {}; });
    await page.locator('[data-review-print]').click();
    await page.emulateMedia({ media: 'print' });
    assert.ok(await table.isVisible(), 'the table is printed');
    assert.ok(await page.locator('#filing').isHidden(), 'the form is not');
    const pdf = await page.pdf({ format: 'A4' });
    fs.writeFileSync(path.join(lib.ARTIFACTS, 'review-table.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

    // A row opens its filing read-only, with its findings; the reviewer's
    // own draft is not touched, and comes back.
    await page.locator('[data-review-open]').filter({ hasText: '查看' }).nth(1).click();
    const name = page.locator('#filing [name="workshop.name"]');
    assert.equal(await name.inputValue(), '缺灭火器的工坊');
    assert.equal(await name.isDisabled(), true, 'read-only');
    assert.equal(await page.locator('#filing [data-field="site.fire_extinguishers"] > .shanfang-message').count(), 1, 'its findings show');
    assert.ok(await page.locator('#shanfang-viewing').isVisible());
    await page.waitForTimeout(400);
    assert.equal(await page.evaluate(() => localStorage.getItem('shanfang-draft-v1')), draftBefore, 'the draft is not overwritten');
    await page.locator('[data-viewing-back]').click();
    assert.equal(await name.inputValue(), '审核员自己的草稿');
    assert.equal(await name.isDisabled(), false);

    // Opening one file while viewing: it replaces the reviewer's own draft
    // (kept), not the filing being viewed, and the form is editable again.
    await page.locator('[data-review-open]').first().click();
    assert.equal(await name.isDisabled(), true);
    await page.locator('#shanfang-open-file').setInputFiles(files[0]);
    await page.locator('#shanfang-replaced').waitFor({ state: 'visible' });
    assert.equal(await name.isDisabled(), false, 'editable again');
    assert.ok(await page.locator('#shanfang-viewing').isHidden());
    await page.locator('[data-restore-replaced]').click();
    assert.equal(await name.inputValue(), '审核员自己的草稿', 'the draft kept was the reviewer\'s own');

    // Hundreds of files stay responsive.
    const many = [];
    for (let i = 0; i < 500; i++) {
      const f = JSON.parse(JSON.stringify(i % 3 ? lib.VALID : invalid));
      f.workshop.name = `工坊 ${i}`;
      many.push({ name: `f${String(i).padStart(3, '0')}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(f)) });
    }
    const t0 = Date.now();
    await page.locator('#shanfang-open-file').setInputFiles(many);
    await page.waitForFunction(() => document.querySelectorAll('#shanfang-review tbody tr').length === 500, null, { timeout: 20000 });
    const ms = Date.now() - t0;
    process.stdout.write(`# reviewer's table: 500 files read, checked and drawn in ${ms} ms\n`);
    assert.ok(ms < 10000, `500 files in ${ms} ms`);
    assert.match(await page.locator('#shanfang-review .review-summary').textContent(), /共 500 份，其中 333 份可以提交/);
  }, { acceptDownloads: true });
});

test('offline, from the single file: the reviewer\'s table, the record and the canonical download work from file://', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const page = await context.newPage();
    // Nothing but the file itself may be fetched.
    await page.route(/^https?:/, (route) => route.abort());
    await page.goto(`file://${path.join(lib.ROOT, 'dist', 'shanfang-form.html')}`);
    await page.waitForFunction(() => window.shanfang);
    const invalid = JSON.parse(JSON.stringify(lib.VALID));
    invalid.site.fire_extinguishers = 0;
    await page.locator('#shanfang-open-file').setInputFiles([
      { name: 'one.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lib.VALID)) },
      { name: 'two.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalid)) },
    ]);
    await page.waitForFunction(() => document.querySelectorAll('#shanfang-review tbody tr').length === 2);
    await page.locator('[data-review-open]').first().click();
    assert.equal(await page.locator('#filing [name="site.fire_extinguishers"]').inputValue(), '0', 'the file with errors sorts first and opens');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.match(await page.locator('#shanfang-record').textContent(), /错误：.*第6\.5条/);
  } finally {
    await context.close();
  }
});
