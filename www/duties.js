// The standard's recurring duties on a calendar (issue 32): an iCalendar
// file (RFC 5545) and the same list as a printable page, made from the
// filing. Which duties, and when each first falls due (from the filing
// date F, or today in UTC+8 when the filing has none):
//
// - 9.3 星级评定, every six months: 183 days after brand.last_star_rating,
//   or, without one, after workshop.established; on the 28th when later in
//   the month (so every sixth month has the day). Already past at F: an
//   event on F marked 已逾期, and the series from six months after F.
//   Neither date in the filing: the same, on F.
// - 8.5 从业人员培训, every year: the 15th of the month after F.
// - 5.2.3 红色管家小组会议, every quarter: the 10th of the first month of the
//   quarter after F's.
// - 5.2.3 红色管家走访, twice a month: the 5th and the 20th, from the month
//   after F.
//
// All-day events (VALUE=DATE: no time zone needed), a reminder at 09:00 the
// day before, UIDs stable per workshop (its credit code, else its name) and
// duty, so importing the file again adds nothing. Also: the next star
// rating for the reviewer's table (www/review.js), and what the page makes
// for these clauses in the clause catalogue. The standalone page's own.
(function () {
  'use strict';
  var en = self.shanfangPage.en;
  var t = self.shanfangPage.t;
  var add = self.shanfangPage.add;
  var download = self.shanfangPage.download;
  var form = document.getElementById('filing');
  var sheet = document.getElementById('shanfang-duties');

  var DAY = 86400000;

  // ------------------------------------------------------------ dates

  // A calendar date 'YYYY-MM-DD' as the filing holds it, or null.
  function date(v) {
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
    var d = new Date(v + 'T00:00:00Z');
    return isNaN(d) || d.toISOString().slice(0, 10) !== v ? null : v;
  }
  function ms(d) { return Date.parse(d + 'T00:00:00Z'); }
  function iso(n) { return new Date(n).toISOString().slice(0, 10); }
  function addDays(d, n) { return iso(ms(d) + n * DAY); }
  // The day in the month `months` after d's, on day `day` (or d's own).
  function monthDay(d, months, day) {
    var x = new Date(ms(d));
    return iso(Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + months, day || x.getUTCDate()));
  }
  function todayChina() { return iso(Date.now() + 8 * 3600000); }

  // The next star rating (9.3): when it falls due, whether it is past at
  // `at`, and what it is counted from.
  function nextRating(filing, at) {
    var workshop = filing && typeof filing.workshop === 'object' && filing.workshop || {};
    var brand = filing && typeof filing.brand === 'object' && filing.brand || {};
    var last = date(brand.last_star_rating);
    var established = date(workshop.established);
    var from = last || established;
    if (!from) return { date: null, overdue: true, from: null };
    var due = addDays(from, 183);
    return { date: due, overdue: due < at, from: last ? 'rating' : 'established' };
  }

  // What the reviewer's table says of a filing's next star rating.
  function ratingText(filing, today) {
    var r = nextRating(filing, today);
    var late = r.overdue ? t('（已逾期）', ' (overdue)') : '';
    if (r.from === 'rating') return { date: r.date, overdue: r.overdue, text: r.date + late, note: r.overdue ? t('已逾期', 'overdue') : '' };
    if (r.from === 'established') {
      return { date: r.date, overdue: r.overdue, text: t('未填写评定日期；首次应在 ', 'no rating date; first due ') + r.date + late,
        note: t('未填写评定日期', 'no rating date') + (r.overdue ? t('，已逾期', ', overdue') : '') };
    }
    return { date: null, overdue: true, text: t('未填写评定日期和成立日期', 'neither a rating date nor an establishment date'), note: t('未填写评定日期和成立日期', 'no dates') };
  }

  // ------------------------------------------------------------ the duties

  var WORDS = {
    '9.3': '每半年应组织开展1次共富工坊星级评定，宜根据评定结果进行动态管理。',
    '8.5': '每年应组织从业人员参加相关培训。',
    '5.2.3': '应每月走访共富工坊2次以上，每季度召开小组会议交流工作情况。',
  };
  var REPEAT = {
    'FREQ=MONTHLY;INTERVAL=6': ['每半年', 'every six months'],
    'FREQ=YEARLY': ['每年', 'every year'],
    'FREQ=MONTHLY;INTERVAL=3': ['每季度', 'every quarter'],
    'FREQ=MONTHLY': ['每月', 'every month'],
  };

  function currentFiling() {
    try { return self.shanfang ? self.shanfang.filing() : {}; } catch (e) { return {}; }
  }

  function duties(filing, today) {
    filing = filing && typeof filing === 'object' ? filing : {};
    var workshop = typeof filing.workshop === 'object' && filing.workshop || {};
    var operator = typeof filing.operator === 'object' && filing.operator || {};
    var name = typeof workshop.name === 'string' ? workshop.name.trim() : '';
    var code = typeof operator.credit_code === 'string' ? operator.credit_code.replace(/\s/g, '').toUpperCase() : '';
    var F = date(filing.filing_date) || today;
    var list = [];
    var r = nextRating(filing, F);
    var rating = { clause: '9.3', summary: t('共富工坊星级评定', 'Star rating of the workshop'), rrule: 'FREQ=MONTHLY;INTERVAL=6' };
    if (!r.overdue) {
      var due = r.date.slice(8) > '28' ? r.date.slice(0, 8) + '28' : r.date;
      list.push(Object.assign({ id: 'star-rating', start: due,
        note: r.from === 'rating' ? t('上次评定 ', 'last rated ') + date(filing.brand.last_star_rating) + t(' 后半年', ', six months on')
          : t('申报中没有评定日期：成立 ', 'no rating date in the filing: established ') + date(workshop.established) + t(' 后半年', ', six months on') }, rating));
    } else {
      list.push({ id: 'star-rating-overdue', clause: '9.3', start: F, rrule: null, overdue: true,
        summary: t('共富工坊星级评定（已逾期）', 'Star rating of the workshop (overdue)'),
        note: r.date ? t('应在 ', 'due by ') + r.date + t(' 前评定，请尽快组织', '; hold it soon') : t('申报中没有评定日期和成立日期，请尽快组织', 'the filing gives no rating or establishment date; hold it soon') });
      list.push(Object.assign({ id: 'star-rating', start: monthDay(F, 6, Math.min(28, Number(F.slice(8)))), note: t('此后每半年一次', 'then every six months') }, rating));
    }
    list.push({ id: 'training', clause: '8.5', start: monthDay(F, 1, 15), rrule: 'FREQ=YEARLY',
      summary: t('组织从业人员参加培训', 'Training for the staff'), note: t('每年一次', 'once a year') });
    var month = Number(F.slice(5, 7)) - 1;
    list.push({ id: 'steward-meeting', clause: '5.2.3', start: monthDay(F, 3 - (month % 3), 10), rrule: 'FREQ=MONTHLY;INTERVAL=3',
      summary: t('红色管家小组会议（交流工作情况）', 'Red stewards’ group meeting'), note: t('每季度一次', 'once a quarter') });
    list.push({ id: 'steward-visit-1', clause: '5.2.3', start: monthDay(F, 1, 5), rrule: 'FREQ=MONTHLY',
      summary: t('红色管家走访工坊（本月第1次）', 'Red steward visits the workshop (1st this month)'), note: t('每月两次走访中的第一次', 'the first of two visits a month') });
    list.push({ id: 'steward-visit-2', clause: '5.2.3', start: monthDay(F, 1, 20), rrule: 'FREQ=MONTHLY',
      summary: t('红色管家走访工坊（本月第2次）', 'Red steward visits the workshop (2nd this month)'), note: t('每月两次走访中的第二次', 'the second of two visits a month') });
    list.forEach(function (d) { d.words = WORDS[d.clause]; });
    return { name: name, key: /^[0-9A-Z]{18}$/.test(code) ? 'c' + code : name ? 'n' + hash(name) : 'unnamed', filingDate: F, list: list };
  }

  // FNV-1a over the name's UTF-8, twice (two offsets): 64 bits in hex, a
  // UID part that is ASCII whatever the name.
  function hash(text) {
    var bytes = new TextEncoder().encode(text);
    var out = '';
    [0x811c9dc5, 0x050c5d1f].forEach(function (h) {
      for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193) >>> 0; }
      out += ('0000000' + h.toString(16)).slice(-8);
    });
    return out;
  }

  // ------------------------------------------------------------ iCalendar

  function escapeText(v) { return String(v).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n'); }
  // A content line folded at 75 octets (RFC 5545 3.1), never inside a
  // UTF-8 character; the continuation's leading space counts.
  function fold(line) {
    var enc = new TextEncoder();
    var out = [];
    var cur = '';
    var size = 0;
    var limit = 75;
    (line.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g) || []).forEach(function (ch) {
      var n = enc.encode(ch).length;
      if (size + n > limit) { out.push(cur); cur = ' '; size = 1; limit = 75; }
      cur += ch;
      size += n;
    });
    out.push(cur);
    return out.join('\r\n');
  }
  function compact(d) { return d.replace(/-/g, ''); }

  function ics(plan, now) {
    var stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    var who = plan.name ? plan.name + t('：', ': ') : '';
    var lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Lishui Shanfang filing page//DB3311-T 244-2023 duties//' + (en() ? 'EN' : 'ZH'),
      'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:' + escapeText((plan.name || t('共富工坊', 'Workshop')) + t(' 工作日历', ' duties'))];
    plan.list.forEach(function (d) {
      lines.push('BEGIN:VEVENT',
        'UID:' + d.id + '.' + plan.key + '@shanfang-duties.lishui',
        'DTSTAMP:' + stamp,
        'DTSTART;VALUE=DATE:' + compact(d.start),
        'DTEND;VALUE=DATE:' + compact(addDays(d.start, 1)));
      if (d.rrule) lines.push('RRULE:' + d.rrule);
      lines.push('SUMMARY:' + escapeText(who + d.summary),
        'DESCRIPTION:' + escapeText('DB3311/T 244—2023 ' + t('第' + d.clause + '条：', 'clause ' + d.clause + ': ') + d.words + '\n' + d.note),
        'CATEGORIES:' + escapeText(t('丽水山坊', 'Lishui Shanfang')),
        'TRANSP:TRANSPARENT',
        'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:' + escapeText(who + d.summary), 'TRIGGER:-PT15H', 'END:VALARM',
        'END:VEVENT');
    });
    lines.push('END:VCALENDAR');
    return lines.map(fold).join('\r\n') + '\r\n';
  }

  // ------------------------------------------------------------ the page

  function draw() {
    var plan = duties(currentFiling(), todayChina());
    sheet.textContent = '';
    var tools = add(sheet, 'div', 'sheet-tools');
    [['data-sheet-print', t('打印工作日历', 'Print the duties'), 'button button-primary'],
      ['data-duties-ics', t('下载日历文件（.ics）', 'Download the calendar (.ics)'), 'button button-secondary'],
      ['data-sheet-close', t('返回申报表', 'Back to the form'), 'button button-secondary']].forEach(function (b) {
      var e = add(tools, 'button', b[2], b[1]);
      e.type = 'button';
      e.setAttribute(b[0], '');
    });
    add(tools, 'p', 'sheet-note', t('日历文件可导入手机或电脑的日历（苹果日历、谷歌日历、Outlook 等）：每项在前一天上午9点提醒；再次导入不会重复。',
      'The calendar file imports into a phone’s or computer’s calendar (Apple Calendar, Google Calendar, Outlook …): each duty reminds you at 9:00 the day before; importing it again adds nothing twice.'));
    var page = add(sheet, 'div', 'duties-page');
    var h = add(page, 'h2', 'duties-title', (plan.name || t('共富工坊', 'Workshop')) + t(' 工作日历', ': duties'));
    h.id = 'shanfang-duties-title';
    add(page, 'p', 'duties-lead', t('按 DB3311/T 244—2023 应定期做的事，从申报日期 ' + plan.filingDate + ' 起算。',
      'What DB3311/T 244—2023 asks to be done regularly, counted from the filing date ' + plan.filingDate + '.'));
    var table = add(page, 'table', 'duties-table');
    table.setAttribute('aria-labelledby', 'shanfang-duties-title');
    var tr = add(add(table, 'thead'), 'tr');
    [t('事项', 'Duty'), t('依据', 'Clause'), t('第一次', 'First'), t('以后', 'Then'), t('说明', 'Note')].forEach(function (x) { add(tr, 'th', '', x).scope = 'col'; });
    var body = add(table, 'tbody');
    plan.list.forEach(function (d) {
      var row = add(body, 'tr', d.overdue ? 'duties-overdue' : '');
      add(row, 'th', '', d.summary).scope = 'row';
      var clause = add(row, 'td', '');
      add(clause, 'span', 'duties-clause', t('第' + d.clause + '条', 'clause ' + d.clause));
      add(clause, 'span', 'duties-words', d.words);
      add(row, 'td', 'duties-date', d.start + (d.overdue ? t('（已逾期）', ' (overdue)') : ''));
      add(row, 'td', '', d.rrule ? REPEAT[d.rrule][en() ? 1 : 0] : t('一次', 'once'));
      add(row, 'td', '', d.note);
    });
  }

  // Shown and left as the poster is (www/poster.js, loaded before).
  function open(from) { self.shanfangSheet.open(sheet, draw, from); }
  function close() { self.shanfangSheet.close(sheet); }

  if (form && sheet && self.shanfangSheet) {
    document.addEventListener('click', function (e) {
      var target = e.target && e.target.closest ? e.target : null;
      if (!target) return;
      if (target.closest('[data-open-duties]')) { e.preventDefault(); open(target.closest('[data-open-duties]')); return; }
      if (target.closest('[data-duties-ics]')) {
        var plan = duties(currentFiling(), todayChina());
        download((plan.name || 'shanfang') + '-duties.ics', ics(plan, Date.now()), 'text/calendar;charset=utf-8');
        return;
      }
      if (sheet.hidden) return;
      if (target.closest('#shanfang-duties [data-sheet-close]')) close();
      else if (target.closest('#shanfang-duties [data-sheet-print]')) window.print();
    });
    form.addEventListener('shanfang-report', function () { if (!sheet.hidden) draw(); });
    // An entrance beside the date of the last star rating (9.3).
    var rated = form.querySelector('[data-field="brand.last_star_rating"]');
    if (rated) {
      var p = document.createElement('p');
      p.className = 'duties-entrance';
      var b = add(p, 'button', 'button button-secondary', '生成工作日历（评定、培训、走访）');
      b.type = 'button';
      b.setAttribute('data-open-duties', '');
      b.setAttribute('data-en', 'Make the duties calendar (ratings, training, visits)');
      if (en()) { b.setAttribute('data-zh', b.textContent); b.textContent = b.getAttribute('data-en'); }
      rated.parentNode.insertBefore(p, rated.nextSibling);
    }
  }

  // ------------------------------------------------ the clause catalogue

  // What the page makes for these clauses, under each one's entry: the
  // catalogue is built by the binding when first opened (and again in the
  // other language), so the notes follow it.
  var MAKES = {
    '5.1.1': ['poster', '本页可据申报表中的红色管家生成“红色管家图”（附录A示例3），可加照片，打印后张贴在工坊。', 'The page makes the red steward map (annex A, example 3) from the stewards in the form, with photos if you like, to print and put up in the workshop.'],
    '5.2.1': ['poster', '本页生成的“红色管家图”公开每位红色管家的姓名、职务和手机，打印后张贴在工坊。', 'The red steward map the page makes shows each steward’s name, title and mobile, to print and put up in the workshop.'],
    '5.2.3': ['duties', '本页可生成工作日历：每月两次走访、每季度小组会议（.ics 日历文件和可打印清单）。', 'The page makes a duties calendar: two visits a month and a group meeting a quarter (an .ics file and a printable list).'],
    '8.5': ['duties', '本页可生成工作日历：每年的从业人员培训（.ics 日历文件和可打印清单）。', 'The page makes a duties calendar: the yearly staff training (an .ics file and a printable list).'],
    '9.3': ['duties', '本页可生成工作日历：下次星级评定及此后每半年一次（.ics 日历文件和可打印清单）；审核表中列出每份申报的下次评定日期。', 'The page makes a duties calendar: the next star rating and every six months after (an .ics file and a printable list); the reviewer’s table shows each filing’s next rating.'],
  };
  var catalogue = document.getElementById('shanfang-catalogue');
  function notes() {
    Object.keys(MAKES).forEach(function (clause) {
      var entry = document.getElementById('clause-' + clause.replace(/\./g, '-'));
      if (!entry || entry.querySelector('.catalogue-page-makes')) return;
      var m = MAKES[clause];
      var p = add(entry, 'p', 'catalogue-page-makes', en() ? m[2] : m[1]);
      p.appendChild(document.createTextNode(' '));
      var b = add(p, 'button', 'button-link', m[0] === 'poster' ? t('生成红色管家图', 'Make the map') : t('生成工作日历', 'Make the calendar'));
      b.type = 'button';
      b.setAttribute(m[0] === 'poster' ? 'data-open-poster' : 'data-open-duties', '');
    });
  }
  if (catalogue && window.MutationObserver) new MutationObserver(notes).observe(catalogue, { childList: true });
  notes(); // a catalogue built before this script came (the served build loads it later)

  self.shanfangDuties = { duties: duties, ics: ics, nextRating: nextRating, ratingText: ratingText, todayChina: todayChina };
})();
