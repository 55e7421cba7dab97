// After the filing (issue 32): the 红色管家图 for the workshop's wall, made
// from the stewards in the form, with a photo kept on the device only; the
// standard's recurring duties as an iCalendar file (read back with Python's
// icalendar (Debian's, which khal uses), imported twice into Debian's khal) and a printable list; the
// reviewer's next-star-rating column; the catalogue's notes. "Today" is
// fixed in the page.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const lib = require('./lib.js');
const { PHONE, field } = lib;

const served = lib.servedPage();
// Annex A, example 3, as the standard's text gives it (a copy in the
// repository: CI has no ../shared; where ../shared is, the copy is checked
// against it).
const ANNEX = fs.readFileSync(path.join(__dirname, 'reference', 'annex-a-example-3.txt'), 'utf8');
const STANDARD_FILE = path.join(lib.ROOT, '..', 'shared', 'standard', 'DB3311-T244-2023.txt');

/** The page's clock at `iso` (UTC): Date.now() and new Date() from then on. */
function fixToday(context, iso) {
  return context.addInitScript((at) => {
    const realNow = Date.now.bind(Date);
    const start = realNow();
    const fixed = Date.parse(at);
    Date.now = () => fixed + (realNow() - start);
  }, iso);
}

async function openFiling(page, filing, name = 'filing.json') {
  await page.locator('#shanfang-open-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(filing)) });
  await page.waitForFunction((n) => document.querySelector('#filing [name="workshop.name"]').value === n, filing.workshop.name);
}

/** A JPEG 40 × 20, red left half, blue right half, marked EXIF orientation 6 (turn 90° clockwise to show). */
async function sidewaysJpeg(page) {
  const bytes = await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 40;
    c.height = 20;
    const g = c.getContext('2d');
    g.fillStyle = '#f00';
    g.fillRect(0, 0, 20, 20);
    g.fillStyle = '#00f';
    g.fillRect(20, 0, 20, 20);
    const blob = await new Promise((r) => c.toBlob(r, 'image/jpeg', 0.95));
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  const exif = Buffer.from([
    0xff, 0xe1, 0x00, 0x22, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, // APP1, "Exif\0\0"
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, // TIFF, big-endian, IFD at 8
    0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00, // Orientation = 6
    0x00, 0x00, 0x00, 0x00,
  ]);
  const jpeg = Buffer.from(bytes);
  return Buffer.concat([jpeg.subarray(0, 2), exif, jpeg.subarray(2)]);
}

/** The colour at (x, y) (fractions) of the poster row's photo, as the page drew it. */
const photoColour = (page, row, x, y) => page.locator(`#shanfang-poster [data-steward="${row}"] .poster-photo img`).evaluate(async (img, [fx, fy]) => {
  await img.decode();
  const c = document.createElement('canvas');
  c.width = img.naturalWidth;
  c.height = img.naturalHeight;
  const g = c.getContext('2d');
  g.drawImage(img, 0, 0);
  const [r, , b] = g.getImageData(Math.floor(c.width * fx), Math.floor(c.height * fy), 1, 1).data;
  return { w: c.width, h: c.height, colour: r > 150 && b < 100 ? 'red' : b > 150 && r < 100 ? 'blue' : `rgb ${r} ${b}` };
}, [x, y]);

/** Words without punctuation or spaces: the standard's text file has half-width punctuation. */
const bare = (s) => s.replace(/[\s,，.。:：;；、“”"()（）]/g, '');

test('红色管家图: from the stewards in the form, the annex\'s roles and duties, one A4 page; a photo turned upright, kept on the device only, still there after a reload; HEIC refused; 清空草稿 takes it, 撤销 brings it back', async () => {
  await lib.withPage(served.browser, `${served.server.url}/`, async (page, context) => {
    const filing = structuredClone(lib.VALID);
    filing.party.stewards[3].phone = '';
    await openFiling(page, filing);
    // From the stewards' section (整页显示 on a phone: the section is on the page).
    await page.locator('#sec-party .poster-entrance [data-open-poster]').tap();
    const poster = page.locator('#shanfang-poster');
    await poster.waitFor();
    assert.equal(await poster.locator('.poster-title').textContent(), filing.workshop.name);
    assert.ok(await page.locator('#filing').isHidden(), 'shown in place of the form');
    const rows = await poster.locator('.poster-row').evaluateAll((lis) => lis.map((li) => ({
      role: li.querySelector('.poster-role').textContent,
      facts: [...li.querySelectorAll('.poster-facts dd')].map((dd) => dd.classList.contains('poster-blank') ? '＿' : dd.textContent),
    })));
    assert.deepEqual(rows.map((r) => r.role), ['领导干部联坊', '驻村（联社）干部帮坊', '乡贤能人助坊', '村社干部结坊', '网格员驻坊']);
    // Each role's duty in the annex's words (example 3).
    if (fs.existsSync(STANDARD_FILE)) assert.ok(fs.readFileSync(STANDARD_FILE, 'utf8').includes(ANNEX.trim()), 'e2e/reference/annex-a-example-3.txt is the standard\'s');
    for (const r of rows) {
      const line = ANNEX.split('\n').find((l) => bare(l).includes(bare(r.role)));
      assert.ok(line, `the annex has ${r.role}`);
      assert.equal(bare(r.facts[3]), bare(line.slice(line.indexOf('职责') + 3)), `${r.role}: 职责 in the annex's words`);
    }
    const s0 = filing.party.stewards[0];
    assert.deepEqual(rows[0].facts.slice(0, 3), [s0.name, `${s0.unit} ${s0.title}`, s0.phone]);
    assert.equal(rows[3].facts[2], '＿', 'a missing phone prints as a line to fill in');

    // A photo taken sideways comes out upright, made small.
    const jpeg = await sidewaysJpeg(page);
    await poster.locator('[data-steward="0"] input[type="file"]').setInputFiles({ name: 'lan.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await poster.locator('[data-steward="0"] .poster-photo img').waitFor();
    const top = await photoColour(page, 0, 0.8, 0.15);
    const bottom = await photoColour(page, 0, 0.2, 0.85);
    assert.deepEqual([top.w, top.h], [360, 480], 'resized to 360 × 480');
    assert.deepEqual([top.colour, bottom.colour], ['red', 'blue'], 'EXIF orientation 6 honoured: the red half on top');
    // A format the browser cannot decode is refused in words.
    await poster.locator('[data-steward="1"] input[type="file"]').setInputFiles({ name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1') });
    const problem = poster.locator('.poster-problem');
    await problem.waitFor();
    assert.match(await problem.textContent(), /HEIC 格式，本浏览器无法打开/);
    assert.equal(await poster.locator('[data-steward="1"] .poster-photo img').count(), 0);
    assert.deepEqual(await lib.axe(page), [], 'axe-core: the poster');
    // At 375 px every fact stays inside its row, and a label is not broken
    // across lines (a row with a missing phone, whose blank line to fill in
    // has a width of its own, pushed its duty past the frame).
    const layout = await poster.locator('.poster-row').evaluateAll((lis) => lis.map((li) => {
      const right = li.getBoundingClientRect().right;
      const lineHeight = parseFloat(getComputedStyle(li.querySelector('.poster-facts dt')).lineHeight);
      return {
        overflows: [...li.querySelectorAll('.poster-facts dd')].filter((dd) => dd.getBoundingClientRect().right > right + 0.5).length,
        brokenLabels: [...li.querySelectorAll('.poster-facts dt')].filter((dt) => {
          // The text's own height (a grid stretches the dt's box to its row).
          const text = document.createRange();
          text.selectNodeContents(dt);
          return text.getBoundingClientRect().height > lineHeight * 1.5;
        }).length,
      };
    }));
    assert.deepEqual(layout, layout.map(() => ({ overflows: 0, brokenLabels: 0 })), 'no fact past its row, no label broken');
    await lib.screenshot(page, 'poster-375', true);

    // The photo is nowhere in the draft, the filing or its download.
    await page.waitForTimeout(400);
    const stored = await page.evaluate(() => JSON.stringify(Object.assign({}, localStorage)));
    assert.ok(stored.length < 20000 && !/image|jpeg|blob:/i.test(stored), `the draft's storage holds no photo (${stored.length} chars)`);
    assert.ok(!/image|jpeg|photo/i.test(JSON.stringify(await page.evaluate(() => self.shanfang.filing()))));
    await page.locator('#shanfang-poster [data-sheet-close]').tap();
    assert.ok(await page.locator('#filing').isVisible(), 'back to the form');
    const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate(() => document.querySelector('[data-download]').click())]);
    assert.ok(!/image|jpeg|photo/i.test(fs.readFileSync(await download.path(), 'utf8')), 'nor in the downloaded filing');

    // Kept on the device: after a reload, the poster has it again.
    await page.reload();
    await page.waitForFunction(() => !!self.shanfang);
    await page.evaluate(() => document.querySelector('.poster-entrance [data-open-poster]').click());
    await poster.locator('[data-steward="0"] .poster-photo img').waitFor();
    assert.equal((await photoColour(page, 0, 0.8, 0.15)).colour, 'red');

    // The photo belongs to the person, not to the row's place: with the
    // first row removed, nobody else wears it.
    await page.locator('#shanfang-poster [data-sheet-close]').tap();
    const rowsBefore = await page.locator('#filing [data-field="party.stewards"] [data-item]').count();
    await page.locator('#filing [data-field="party.stewards"] [data-item]').first().locator('[data-remove]').tap();
    assert.equal(await page.locator('#filing [data-field="party.stewards"] [data-item]').count(), rowsBefore - 1);
    await page.evaluate(() => document.querySelector('.poster-entrance [data-open-poster]').click());
    assert.equal(await poster.locator('.poster-photo img').count(), 0, 'the photo went with its steward');
    // The filing opened again: the steward is back, and so is the photo.
    const again = structuredClone(filing);
    again.workshop.name += '（重开）';
    await openFiling(page, again, 'again.json');
    await page.evaluate(() => document.querySelector('.poster-entrance [data-open-poster]').click());
    await poster.locator('[data-steward="0"] .poster-photo img').waitFor();

    // Printed: the poster alone, one A4 page for five stewards.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('#filing').isHidden());
    assert.ok(await poster.locator('.sheet-tools').isHidden(), 'no buttons on paper');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.writeFileSync(path.join(lib.ARTIFACTS, 'poster.pdf'), pdf);
    assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length, 1, 'one A4 page');
    await page.setViewportSize({ width: 794, height: 1123 });
    await lib.screenshot(page, 'poster-a4-print', true);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(PHONE.viewport);

    // 清空草稿 takes the photos with the draft; 撤销 brings them back.
    await page.locator('#shanfang-poster [data-sheet-close]').tap();
    await page.locator('[data-clear-draft]').tap();
    await page.evaluate(() => document.querySelector('.poster-entrance [data-open-poster]').click());
    assert.equal(await poster.locator('.poster-photo img').count(), 0, 'no photo after 清空草稿');
    assert.equal(await page.evaluate(() => new Promise((resolve) => {
      const open = indexedDB.open('shanfang-photos');
      open.onsuccess = () => { const r = open.result.transaction('photos').objectStore('photos').getAllKeys(); r.onsuccess = () => resolve(r.result.filter((k) => /^(name|row):/.test(k)).length); };
    })), 0, 'and none left in IndexedDB');
    await page.locator('#shanfang-poster [data-sheet-close]').tap();
    await page.locator('[data-undo-clear]').tap();
    await page.evaluate(() => document.querySelector('.poster-entrance [data-open-poster]').click());
    await poster.locator('[data-steward="0"] .poster-photo img').waitFor();
  }, { ...PHONE, onePage: true, acceptDownloads: true });
});

test('红色管家图 in English: the roles in English with the Chinese titles beside; from the done panel on a wide screen', async () => {
  await lib.withPage(served.browser, `${served.server.url}/`, async (page) => {
    await openFiling(page, lib.VALID);
    await page.locator('[data-lang-switch]').first().click();
    await page.locator('#filing [type="submit"]').click();
    await page.locator('#shanfang-done [data-open-poster]').click();
    const roles = await page.locator('#shanfang-poster .poster-role').allTextContents();
    assert.equal(roles[0], 'Leading cadre linked to the workshop（领导干部联坊）');
    assert.equal(roles.length, 5);
    assert.match(await page.locator('#shanfang-poster .poster-kind').textContent(), /Red steward map/);
    assert.deepEqual(await lib.axe(page), [], 'axe-core: the English poster');
  }, { viewport: { width: 1280, height: 900 } });
});

test('the duties calendar: an .ics that parses back with every duty, clause and recurrence, lines folded at 75 octets; importing it twice into khal adds nothing; the printable list', async () => {
  await lib.withPage(served.browser, `${served.server.url}/`, async (page, context) => {
    await openFiling(page, lib.VALID);
    await page.locator('.duties-entrance [data-open-duties]').click();
    const sheet = page.locator('#shanfang-duties');
    await sheet.waitFor();
    const rows = await sheet.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    assert.equal(rows.length, 5);
    assert.deepEqual(rows.map((r) => r[2]), ['2026-12-28', '2026-12-15', '2027-01-10', '2026-12-05', '2026-12-20'],
      'rating 183 days after 2026-07-01 (the 31st, kept to the 28th); training the 15th of the next month; meeting the next quarter; visits the 5th and 20th');
    assert.deepEqual(rows.map((r) => r[3]), ['每半年', '每年', '每季度', '每月', '每月']);
    assert.deepEqual(await lib.axe(page), [], 'axe-core: the duties page');
    await lib.screenshot(page, 'duties-1280', true);
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('#filing').isHidden());
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length, 1);
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([page.waitForEvent('download'), sheet.locator('[data-duties-ics]').click()]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-ics-')), 'duties.ics');
    fs.copyFileSync(await download.path(), file);
    const raw = fs.readFileSync(file);
    const lines = raw.toString('utf8').split('\r\n');
    assert.equal(lines.pop(), '', 'CRLF after the last line');
    assert.ok(lines.every((l) => Buffer.byteLength(l) <= 75), 'no line over 75 octets');
    assert.ok(lines.some((l) => l.startsWith(' ')), 'long lines are folded');
    assert.ok(!raw.toString('utf8').includes('\ufffd'), 'no UTF-8 character split by a fold');

    // Read back with Python's icalendar (RFC 5545).
    const parsed = JSON.parse(execFileSync('/usr/bin/python3', ['-c', `
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for e in cal.walk('VEVENT'):
    r = e.get('RRULE')
    out.append({'uid': str(e['UID']), 'start': e.decoded('DTSTART').isoformat(), 'allday': e['DTSTART'].params.get('VALUE') == 'DATE',
                'rrule': r.to_ical().decode() if r else None, 'summary': str(e['SUMMARY']), 'description': str(e['DESCRIPTION'])})
print(json.dumps(out, ensure_ascii=False))
`, file]).toString());
    assert.equal(parsed.length, 5);
    assert.ok(parsed.every((e) => e.allday), 'all-day events');
    const by = Object.fromEntries(parsed.map((e) => [e.uid.split('.')[0], e]));
    assert.deepEqual(Object.keys(by).sort(), ['star-rating', 'steward-meeting', 'steward-visit-1', 'steward-visit-2', 'training']);
    assert.deepEqual([by['star-rating'].start, by['star-rating'].rrule], ['2026-12-28', 'FREQ=MONTHLY;INTERVAL=6']);
    assert.deepEqual([by.training.start, by.training.rrule], ['2026-12-15', 'FREQ=YEARLY']);
    assert.deepEqual([by['steward-meeting'].start, by['steward-meeting'].rrule], ['2027-01-10', 'FREQ=MONTHLY;INTERVAL=3']);
    assert.deepEqual([by['steward-visit-1'].rrule, by['steward-visit-2'].rrule], ['FREQ=MONTHLY', 'FREQ=MONTHLY']);
    assert.match(by['star-rating'].description, /第9\.3条：每半年应组织开展1次共富工坊星级评定/);
    assert.match(by.training.description, /第8\.5条：每年应组织从业人员参加相关培训/);
    assert.match(by['steward-visit-1'].description, /第5\.2\.3条：应每月走访共富工坊2次以上/);
    assert.ok(parsed.every((e) => e.uid.includes(`c${lib.VALID.operator.credit_code}`)), 'UIDs carry the credit code');
    assert.ok(by.training.summary.startsWith(lib.VALID.workshop.name));

    // Imported twice into khal: the same events, not twice as many.
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'shanfang-khal-'));
    const vdir = path.join(home, 'calendar');
    fs.mkdirSync(vdir);
    const config = path.join(home, 'config');
    fs.writeFileSync(config, `[calendars]\n[[duties]]\npath = ${vdir}\n[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\nlocal_timezone = Asia/Shanghai\ndefault_timezone = Asia/Shanghai\n[sqlite]\npath = ${path.join(home, 'khal.db')}\n`);
    const khal = (...args) => execFileSync('khal', ['-c', config, ...args], { env: { ...process.env, HOME: home, TZ: 'Asia/Shanghai' } }).toString();
    khal('import', '--batch', '-a', 'duties', file);
    const once = fs.readdirSync(vdir).length;
    const listed = khal('list', '2026-12-01', '2027-01-31');
    khal('import', '--batch', '-a', 'duties', file);
    assert.equal(once, 5, 'five events in the calendar');
    assert.equal(fs.readdirSync(vdir).length, once, 'importing again adds nothing');
    assert.equal(khal('list', '2026-12-01', '2027-01-31'), listed, 'and lists the same days');
    assert.match(listed, /红色管家走访工坊（本月第1次）/);
  }, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});

test('the duties when the star rating is overdue: an event on the filing date marked 已逾期, then every six months', async () => {
  await lib.withPage(served.browser, `${served.server.url}/`, async (page) => {
    const filing = structuredClone(lib.VALID);
    filing.brand.last_star_rating = '2026-01-10';
    await openFiling(page, filing);
    const plan = await page.evaluate(() => self.shanfangDuties.duties(self.shanfang.filing(), '2026-12-07'));
    assert.deepEqual(plan.list.slice(0, 2).map((d) => [d.id, d.start, d.rrule, !!d.overdue]),
      [['star-rating-overdue', '2026-11-20', null, true], ['star-rating', '2027-05-20', 'FREQ=MONTHLY;INTERVAL=6', false]]);
    assert.match(plan.list[0].summary, /已逾期/);
    const ics = await page.evaluate((p) => self.shanfangDuties.ics(p, Date.UTC(2026, 11, 7)), plan);
    assert.match(ics, /UID:star-rating-overdue\.c91330100799655058B@shanfang-duties\.lishui\r\n/);
    // Without a credit code, the UID comes from the name: stable, ASCII.
    delete filing.operator.credit_code;
    await openFiling(page, filing, 'again.json');
    const again = await page.evaluate(() => self.shanfangDuties.duties(self.shanfang.filing(), '2026-12-07'));
    assert.match(again.key, /^n[0-9a-f]{16}$/);
  });
});

test('the reviewer\'s table: the next star rating for each filing (已逾期 in words relative to today in UTC+8), sortable, in the CSV; a filing without a rating date says so', async () => {
  const browser = served.browser;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  // 2027-01-01 01:00 in Beijing is still 2026-12-31 in UTC.
  await fixToday(context, '2026-12-31T17:00:00Z');
  const page = await context.newPage();
  try {
    await page.goto(`${served.server.url}/`);
    await page.waitForFunction(() => !!self.shanfang);
    const file = (name, change) => { const f = structuredClone(lib.VALID); change(f); return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(f)) }; };
    await page.locator('#shanfang-open-file').setInputFiles([
      file('a-due-today.json', (f) => { f.workshop.name = '甲工坊'; f.brand.last_star_rating = '2026-07-01'; }),
      file('b-later.json', (f) => { f.workshop.name = '乙工坊'; f.brand.last_star_rating = '2026-11-01'; }),
      file('c-no-rating.json', (f) => { f.workshop.name = '丙工坊'; delete f.brand.last_star_rating; f.workshop.established = '2025-01-01'; }),
    ]);
    const table = page.locator('#shanfang-review table');
    await table.waitFor();
    const cells = () => table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.children[1].textContent, tr.children[6].textContent]));
    assert.deepEqual(await table.locator('thead th').nth(6).textContent(), '下次星级评定');
    await page.locator('[data-review-sort-rating]').click();
    assert.deepEqual(await cells(), [
      ['丙工坊', '未填写评定日期；首次应在 2025-07-03（已逾期）'],
      ['甲工坊', '2026-12-31（已逾期）'],
      ['乙工坊', '2027-05-03'],
    ], 'soonest first; overdue in words (2027-01-01 in UTC+8)');
    assert.equal(await table.locator('thead th[aria-sort]').textContent(), '下次星级评定');
    assert.deepEqual(await lib.axe(page), [], 'axe-core: the table with the column');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-review-csv]').click()]);
    const csv = fs.readFileSync(await download.path(), 'utf8').slice(1).trim().split('\r\n');
    assert.match(csv[0], /,下次星级评定,评定提示$/);
    assert.match(csv[1], /^c-no-rating\.json,丙工坊,.*,2025-07-03,"?未填写评定日期，已逾期"?$/);
    assert.match(csv[2], /^a-due-today\.json,甲工坊,.*,2026-12-31,已逾期$/);
    assert.match(csv[3], /^b-later\.json,乙工坊,.*,2027-05-03,$/);
  } finally {
    await context.close();
  }
});

test('the clause catalogue says what the page makes for 5.1.1, 5.2.1, 5.2.3, 8.5 and 9.3, with a way to it', async () => {
  await lib.withPage(served.browser, `${served.server.url}/`, async (page) => {
    await page.locator('#catalogue > summary').click();
    for (const clause of ['5.1.1', '5.2.1', '5.2.3', '8.5', '9.3']) {
      const note = page.locator(`#clause-${clause.replace(/\./g, '-')} .catalogue-page-makes`);
      await note.waitFor();
      assert.match(await note.textContent(), clause.startsWith('5.1') || clause === '5.2.1' ? /红色管家图/ : /工作日历/);
    }
    await page.locator('#clause-8-5 .catalogue-page-makes button').click();
    assert.ok(await page.locator('#shanfang-duties').isVisible());
  }, { viewport: { width: 1280, height: 900 } });
});

test('offline, from the single file (file://): the poster with a photo and the calendar file', async () => {
  await lib.withPage(served.browser, `file://${path.join(lib.ROOT, 'dist', 'shanfang-form.html')}`, async (page) => {
    await openFiling(page, lib.VALID);
    await page.evaluate(() => document.querySelector('.poster-entrance [data-open-poster]').click());
    const jpeg = await sidewaysJpeg(page);
    await page.locator('#shanfang-poster [data-steward="2"] input[type="file"]').setInputFiles({ name: 'z.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await page.locator('#shanfang-poster [data-steward="2"] .poster-photo img').waitFor();
    assert.equal(await page.locator('#shanfang-poster .poster-row').count(), 5);
    await page.locator('#shanfang-poster [data-sheet-close]').click();
    await page.evaluate(() => document.querySelector('.duties-entrance [data-open-duties]').click());
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-duties-ics]').click()]);
    assert.match(fs.readFileSync(await download.path(), 'utf8'), /^BEGIN:VCALENDAR\r\n/);
  }, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});
