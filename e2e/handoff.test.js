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
    await page.locator('[data-print]').click();
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
