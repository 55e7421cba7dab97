// The reviewer's table (issue 12): several filing files at once, one row
// per file, checked by the same validator as the form (validateJson), in
// the page alone (offline, from the single file too). A row opens its
// filing in the form, read-only, with every finding; the table sorts by
// errors, exports as CSV (UTF-8 with a byte-order mark, so Excel reads the
// Chinese) and prints.
(function () {
  'use strict';
  var en = self.shanfangPage.en;
  var t = self.shanfangPage.t;
  var download = self.shanfangPage.download;
  var rows = [];
  var sortDescending = true;
  // Which column the table is sorted by: errors, or the next star rating
  // (9.3: which workshops fall due first; www/duties.js says when).
  var sortBy = 'errors';

  function byId(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  // A county code as the form's own option names it.
  function countyName(code) {
    var option = document.querySelector('#filing [name="workshop.county"] option[value="' + String(code).replace(/"/g, '') + '"]');
    return option ? option.textContent : String(code || '');
  }

  // One file's row: what it is and what the validator says of it.
  function rowOf(name, text) {
    var row = { name: name, text: text, workshop: '', county: '', errors: null, warnings: null, errorClauses: [], warningClauses: [], problem: null };
    try {
      var report = wasm_bindgen.validateJson(text);
      var filing = JSON.parse(text.replace(/^\ufeff/, ''));
      var workshop = filing && typeof filing.workshop === 'object' && filing.workshop ? filing.workshop : {};
      row.workshop = typeof workshop.name === 'string' ? workshop.name.trim() : '';
      row.county = workshop.county ? countyName(workshop.county) : '';
      row.errors = report.errors;
      row.warnings = report.warnings;
      row.rating = self.shanfangDuties ? self.shanfangDuties.ratingText(filing, self.shanfangDuties.todayChina()) : null;
      report.findings.forEach(function (f) {
        var list = f.level === 'error' ? row.errorClauses : row.warningClauses;
        var clause = f.clause || t('数据格式', 'data format');
        if (list.indexOf(clause) < 0) list.push(clause);
      });
    } catch (e) {
      row.problem = t('不是申报文件：', 'not a filing: ') + (e && e.message ? e.message : String(e));
    }
    return row;
  }

  function clauses(row) {
    if (row.problem) return row.problem;
    var parts = [];
    if (row.errorClauses.length) parts.push(t('错误 ', 'errors ') + row.errorClauses.join(t('、', ', ')));
    if (row.warningClauses.length) parts.push(t('建议 ', 'recommendations ') + row.warningClauses.join(t('、', ', ')));
    return parts.join(t('；', '; ')) || t('无', 'none');
  }

  function sorted() {
    if (sortBy === 'rating') {
      // The earliest due first; a filing without a date to count from
      // first of all (it is due now), files that are not filings last.
      var due = function (r) { return r.problem ? '\uffff' : r.rating && r.rating.date ? r.rating.date : ''; };
      return rows.slice().sort(function (a, b) { return due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : a.name.localeCompare(b.name); });
    }
    // Files that are not filings first, then by errors (most first, or least).
    var key = function (r) { return r.problem ? Infinity : r.errors; };
    return rows.slice().sort(function (a, b) {
      var d = sortDescending ? key(b) - key(a) : key(a) - key(b);
      return d || (isNaN(d) ? 0 : a.name.localeCompare(b.name));
    });
  }
  function ratingCell(r) { return r.problem ? '—' : r.rating ? r.rating.text : '—'; }

  function render() {
    var host = byId('shanfang-review');
    if (!host) return;
    host.textContent = '';
    var heading = el('h2', t('申报文件检查表', 'Filing files checked'));
    heading.id = 'shanfang-review-title';
    host.appendChild(heading);
    var ok = rows.filter(function (r) { return !r.problem && r.errors === 0; }).length;
    host.appendChild(el('p', t('共 ' + rows.length + ' 份，其中 ' + ok + ' 份可以提交。', rows.length + ' files, ' + ok + ' ready to submit.'), 'review-summary'));

    var actions = el('div', undefined, 'review-actions');
    var sort = el('button', sortBy === 'errors' && sortDescending ? t('按错误数排序（少的在前）', 'Sort by errors (fewest first)') : t('按错误数排序（多的在前）', 'Sort by errors (most first)'), 'button button-secondary button-small');
    sort.type = 'button';
    sort.setAttribute('data-review-sort', '');
    var byRating = el('button', t('按下次星级评定排序（早的在前）', 'Sort by next star rating (soonest first)'), 'button button-secondary button-small');
    byRating.type = 'button';
    byRating.setAttribute('data-review-sort-rating', '');
    byRating.setAttribute('aria-pressed', sortBy === 'rating' ? 'true' : 'false');
    var csv = el('button', t('导出 CSV', 'Export CSV'), 'button button-secondary button-small');
    csv.type = 'button';
    csv.setAttribute('data-review-csv', '');
    var print = el('button', t('打印表格', 'Print the table'), 'button button-secondary button-small');
    print.type = 'button';
    print.setAttribute('data-review-print', '');
    var close = el('button', t('关闭表格', 'Close the table'), 'button button-secondary button-small');
    close.type = 'button';
    close.setAttribute('data-review-close', '');
    [sort, byRating, csv, print, close].forEach(function (b) { actions.appendChild(b); });
    host.appendChild(actions);

    var wrap = el('div', undefined, 'review-table-wrap');
    var table = el('table', undefined, 'review-table');
    table.setAttribute('aria-labelledby', 'shanfang-review-title');
    var head = el('thead');
    var tr = el('tr');
    [t('文件', 'File'), t('工坊名称', 'Workshop'), t('所在县', 'County'), t('错误', 'Errors'), t('建议', 'Recommendations'), t('涉及条款', 'Clauses'), t('下次星级评定', 'Next star rating'), t('操作', 'Action')].forEach(function (h) {
      var th = el('th', h);
      th.scope = 'col';
      if (sortBy === 'errors' && h === t('错误', 'Errors')) th.setAttribute('aria-sort', sortDescending ? 'descending' : 'ascending');
      if (sortBy === 'rating' && h === t('下次星级评定', 'Next star rating')) th.setAttribute('aria-sort', 'ascending');
      tr.appendChild(th);
    });
    head.appendChild(tr);
    table.appendChild(head);
    var body = el('tbody');
    sorted().forEach(function (r) {
      var row = el('tr', undefined, r.problem ? 'review-bad' : (r.errors ? 'review-errors' : 'review-ok'));
      var file = el('th', r.name);
      file.scope = 'row';
      row.appendChild(file);
      row.appendChild(el('td', r.workshop || '—'));
      row.appendChild(el('td', r.county || '—'));
      row.appendChild(el('td', r.problem ? '—' : String(r.errors), 'num'));
      row.appendChild(el('td', r.problem ? '—' : String(r.warnings), 'num'));
      row.appendChild(el('td', clauses(r)));
      row.appendChild(el('td', ratingCell(r), r.rating && r.rating.overdue ? 'review-due review-overdue' : 'review-due'));
      var cell = el('td');
      if (!r.problem) {
        var open = el('button', t('查看', 'View'), 'button button-secondary button-small');
        open.type = 'button';
        open.setAttribute('data-review-open', String(r.index));
        open.setAttribute('aria-label', t('查看 ', 'View ') + r.name);
        cell.appendChild(open);
      }
      row.appendChild(cell);
      body.appendChild(row);
    });
    table.appendChild(body);
    wrap.appendChild(table);
    host.appendChild(wrap);
    host.hidden = false;
  }

  // CSV as Excel opens it: UTF-8 with a byte-order mark, CRLF, quoted cells.
  function csvText() {
    var cell = function (v) {
      v = String(v === null || v === undefined ? '' : v);
      return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
    };
    var lines = [[t('文件', 'file'), t('工坊名称', 'workshop'), t('所在县', 'county'), t('错误', 'errors'), t('建议', 'recommendations'), t('涉及条款', 'clauses'),
      t('下次星级评定', 'next star rating'), t('评定提示', 'rating note')].map(cell).join(',')];
    sorted().forEach(function (r) {
      var rating = !r.problem && r.rating ? r.rating : { date: '', note: '' };
      lines.push([r.name, r.workshop, r.county, r.problem ? '' : r.errors, r.problem ? '' : r.warnings, clauses(r), rating.date || '', rating.note].map(cell).join(','));
    });
    return '\ufeff' + lines.join('\r\n') + '\r\n';
  }

  function viewing(row) {
    var banner = byId('shanfang-viewing');
    if (!banner) return;
    if (!row) { banner.hidden = true; return; }
    banner.querySelector('[data-viewing-name]').textContent = row.name;
    banner.hidden = false;
    banner.focus();
  }

  // Several files into the table; `done` is called once it is drawn.
  function review(files, done) {
    var list = Array.prototype.slice.call(files);
    Promise.all(list.map(function (f) {
      return f.text().then(function (text) { return [f.name, text]; }, function () { return [f.name, null]; });
    })).then(function (read) {
      rows = read.map(function (pair, index) {
        var row = rowOf(pair[0], pair[1] === null ? '' : pair[1]);
        if (pair[1] === null) row.problem = t('无法读取文件', 'the file cannot be read');
        row.index = index; // what a row's 查看 button names, whatever the order shown
        return row;
      });
      render();
      var host = byId('shanfang-review');
      if (host) { host.setAttribute('tabindex', '-1'); host.focus(); }
      if (done) done();
    });
  }

  document.addEventListener('click', function (e) {
    var target = e.target && e.target.closest ? e.target : null;
    if (!target) return;
    if (target.closest('[data-review-sort]')) {
      if (sortBy === 'errors') sortDescending = !sortDescending;
      sortBy = 'errors';
      render();
      byId('shanfang-review').querySelector('[data-review-sort]').focus();
    } else if (target.closest('[data-review-sort-rating]')) {
      sortBy = 'rating';
      render();
      byId('shanfang-review').querySelector('[data-review-sort-rating]').focus();
    }
    else if (target.closest('[data-review-csv]')) download('shanfang-review.csv', csvText(), 'text/csv;charset=utf-8');
    else if (target.closest('[data-review-print]')) { document.body.classList.add('printing-review'); window.print(); }
    else if (target.closest('[data-review-close]')) {
      if (self.shanfang && byId('shanfang-viewing') && !byId('shanfang-viewing').hidden) { self.shanfang.endView(); viewing(null); }
      rows = [];
      byId('shanfang-review').hidden = true;
      byId('shanfang-review').textContent = '';
    } else if (target.closest('[data-review-open]')) {
      var row = rows[Number(target.closest('[data-review-open]').getAttribute('data-review-open'))];
      if (!row || !self.shanfang) return;
      try { self.shanfang.view(row.text); viewing(row); } catch (err) { row.problem = err.message; render(); }
    } else if (target.closest('[data-viewing-back]')) {
      if (self.shanfang) self.shanfang.endView();
      viewing(null);
      var host = byId('shanfang-review');
      if (host && !host.hidden) { host.scrollIntoView(); host.focus(); }
    }
  });
  addEventListener('afterprint', function () { document.body.classList.remove('printing-review'); });

  self.shanfangReview = { review: review, csv: csvText };
})();
