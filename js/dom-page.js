// The standalone filing page's own features (`attach(form, { standalone:
// true })`), which a portal's form does not have: the catalogue of clauses,
// the printable filing record (申报表), the "passed" panel, the collapsible
// status list, opening and downloading a filing file, and "清空草稿" with its
// undo. Bundled after js/dom.js into the page's script and the main entry
// (scripts/package.py, scripts/page_module.py); the binding entry has none.
//
// `api`: rules(lang) (the catalogue, words included), canonical(text) (a
// filing's canonical form, or throws), today() (YYYY-MM-DD in UTC+8),
// modes (each mode's code → [Chinese, English] name).
// Returns the page maker js/dom.js calls with an attached binding's state
// `s` and its helpers `kit`.
function shanfangDomPage(api) {
  'use strict';
  return function page(s, kit) {
    const { UI, el, all, words, after, holdsAnything, levelPrefix, Refusal } = kit;
    const doc = s.doc;
    const byId = (id) => doc.getElementById(id);
    const catalogue = byId('shanfang-catalogue');
    const record = byId('shanfang-record');
    const done = byId('shanfang-done');
    let catalogueLang = null; // built when first opened, in this language
    // What 清空草稿 cleared, offered back until the next edit, and the draft
    // an opened file replaced: kept here and beside the draft (s.store), so
    // a reload still offers them where storage is allowed.
    let clearedText = null;
    let replacedText = null;
    const zh = () => s.options.lang === 'zh';
    // The id of a clause's entry in the catalogue: `6.5` → `clause-6-5`.
    const clauseId = (clause) => 'clause-' + clause.replace(/\./g, '-');
    const WORDS_OF_PAGE = {
      zh: {
        catalogueLink: (c) => `第${c}条在条款目录中的说明`,
        submitted: '没有需要修改的问题。可以下载申报数据或打印申报记录。',
        submittedWithWarnings: (w) => `另有 ${w} 项建议（宜）供改进参考，见各栏目下的提示；不影响提交。`,
      },
      en: {
        catalogueLink: (c) => `Clause ${c} in the catalogue`,
        submitted: 'Nothing to correct. Download the filing data or print the filing record.',
        submittedWithWarnings: (w) => `${w} recommendations (宜) to consider are shown under their sections; they do not block the filing.`,
      },
    };

    // The filing as text, if anything in it holds a value.
    function filingText() {
      const text = JSON.stringify(s.filing);
      return holdsAnything(JSON.parse(text)) ? text : null;
    }

    function buildCatalogue(lang) {
      if (!catalogue || catalogueLang === lang) return;
      renderCatalogue(catalogue, lang);
      catalogueLang = lang;
    }

    // The catalogue, clause by clause: its number and title, its level, the
    // mode it applies to, its words, and what the form checks (or why it
    // cannot be checked from a filing). From the rules the validator runs,
    // so it cannot drift from them.
    function renderCatalogue(container, lang) {
      const isZh = lang === 'zh';
      container.textContent = '';
      for (const rule of api.rules(lang)) {
        const entry = el(doc, 'article', 'catalogue-entry');
        entry.id = clauseId(rule.clause);
        entry.setAttribute('tabindex', '-1');
        const [levelClass, levelText] =
          rule.level === 'error' ? ['error', isZh ? '要求（应）' : 'Requirement (应, shall)']
          : rule.level === 'warning' ? ['warning', isZh ? '建议（宜）' : 'Recommendation (宜, should)']
          : ['none', isZh ? '不能从申报数据检查' : 'Not checkable from a filing'];
        entry.append(
          el(doc, 'h3', 'catalogue-title', `${rule.clause} ${rule.title}`),
          el(doc, 'p', `catalogue-level catalogue-level--${levelClass}`, levelText),
        );
        if (rule.mode) {
          const names = api.modes[rule.mode];
          const text = !names ? '' : isZh ? `仅在选择“${names[0]}”时适用` : `Applies only when “${names[1]}” is chosen`;
          entry.append(el(doc, 'p', 'catalogue-mode', text));
        }
        entry.append(el(doc, 'blockquote', 'catalogue-words', rule.text));
        if (!rule.checkable) {
          entry.append(el(doc, 'p', 'catalogue-reason', (isZh ? '为何不检查：' : 'Why it is not checked: ') + (rule.reason || '')));
        } else {
          const ul = el(doc, 'ul', 'catalogue-checks');
          for (const c of rule.checks) ul.append(el(doc, 'li', '', levelPrefix(c.level, lang) + c.message));
          entry.append(el(doc, 'p', 'catalogue-checks-title', isZh ? '本表检查：' : 'What the form checks:'), ul);
        }
        container.append(entry);
      }
    }

    // The page's notice about an opened file (#shanfang-replaced): its name,
    // and, when it replaced a draft, the choice to keep the file or take
    // the draft back.
    const replacedNotice = () => byId('shanfang-replaced');
    function showReplaced(name) {
      const n = replacedNotice();
      if (!n) return;
      const p = n.querySelector('[data-opened-name]');
      if (p) p.textContent = name;
      const b = n.querySelector('[data-replaced-draft]');
      if (b) b.hidden = replacedText === null;
      n.hidden = false;
    }
    function hideReplaced() {
      s.store('-replaced', null);
      replacedText = null;
      const n = replacedNotice();
      if (n) n.hidden = true;
    }
    function showCleared(shown) {
      const n = byId('shanfang-cleared');
      if (n && n.hidden === shown) n.hidden = !shown;
    }

    // Opens a filing file into the form. What the form held is kept (in
    // memory and storage) until the person keeps the file or takes the
    // draft back; a text that is not a filing changes nothing.
    function openFile(text, name) {
      const notFiling = (why) =>
        zh() ? `“${name}”不是申报文件，表中内容没有改变：${why}` : `“${name}” is not a filing file; the form is unchanged: ${why}`;
      let canonical;
      try {
        canonical = api.canonical(text);
      } catch (e) {
        throw new Refusal(notFiling(e.message));
      }
      // Nothing of the contract in it (`{"foo": 1}`, another program's JSON):
      // its canonical form has only what canonical() fills in itself.
      if (!Object.keys(canonical).some((k) => k !== 'version' && k !== 'filing_date')) {
        throw new Refusal(notFiling(zh() ? '其中没有申报表的任何栏目' : 'it holds no field of the filing'));
      }
      // A filing being viewed is not what the file replaces: the person's own is.
      s.endView();
      const current = filingText();
      if (current !== null) {
        s.store('-replaced', current);
        replacedText = current;
      }
      dropCleared();
      s.emptyForm();
      // The file as written: the form shows what it holds, as typed.
      s.restoreFrom(text.replace(/^\uFEFF/, ''), false);
      showReplaced(name);
    }

    // After an edit the cleared draft is no longer offered back: undoing
    // then would put it over what was typed since.
    function dropCleared() {
      if (clearedText === null) return;
      clearedText = null;
      s.store('-cleared', null);
      showCleared(false);
    }

    // The printable record of the filing as it stands now.
    function buildRecord() {
      const report = s.last;
      if (!record || !report) return;
      const typed = typeof s.filing.filing_date === 'string' ? s.filing.filing_date.trim() : '';
      const filingDate = validDate(typed) ? typed : api.today();
      // The time of printing in UTC+8, as the filing date is.
      const local = new Date(Date.now() + 8 * 3600e3).toISOString();
      renderRecord(record, report, filingDate, `${local.slice(0, 10)} ${local.slice(11, 16)}`);
    }

    // YYYY-MM-DD, a day of the calendar.
    function validDate(text) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (!m) return false;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const date = new Date(Date.UTC(y, mo - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
    }

    // ---- The record (申报表, issue 12): built from the form as the person
    // sees it (its labels, the options chosen, only the sections shown),
    // with the findings and their clauses, and lines for the signature
    // and seal. Text only: nothing interactive reaches the paper.
    const WORDS = {
      zh: {
        title: '丽水山坊（共富工坊）申报表', filingDate: '申报日期', printed: '打印时间', beijing: '北京时间', yes: '是', no: '否', none: '—',
        results: '检查结果', seal: '申报单位（盖章）：', signature: '负责人（签字）：', dateLine: '日期：　　　　年　　月　　日',
      },
      en: {
        title: 'Lishui Shanfang (common prosperity workshop) filing record', filingDate: 'Filing date', printed: 'Printed',
        beijing: 'Beijing time', yes: 'Yes', no: 'No', none: '—', results: 'Check results', seal: 'Applicant (seal): ',
        signature: 'Person in charge (signature): ', dateLine: 'Date:',
      },
    };
    const textOf = (e) => words(e.textContent || '');
    // Whether `e` or an element between it and `stop` is hidden.
    function hiddenWithin(e, stop) {
      for (let c = e; c; c = c.parentElement) {
        if (c.hasAttribute('hidden')) return true;
        if (c === stop) return false;
      }
      return false;
    }
    const labelOf = (field) => {
      const l = field.querySelector('label, legend');
      return l ? textOf(l) : '';
    };
    // What a field container holds, as the person chose it: a ticked box as
    // 是/否, the ticked items of a group, an option's text, what was typed
    // (with its unit), the filing date when left to default.
    function valueOf(field, w, filingDate) {
      const parts = [];
      const controls = all(field, 'input, select, textarea');
      const boxes = controls.filter((c) => c.getAttribute('type') === 'checkbox');
      if (boxes.length === 1 && field.classList.contains('field-bool')) return boxes[0].checked ? w.yes : w.no;
      for (const c of controls) {
        const tag = c.tagName.toUpperCase();
        if (tag === 'INPUT') {
          switch (c.type) {
            case 'checkbox':
            case 'radio':
              if (c.checked) {
                const label = c.closest('label');
                parts.push(label ? textOf(label) : c.value);
              }
              break;
            case 'button': case 'submit': case 'reset': case 'hidden':
              break;
            default: {
              const v = c.value.trim();
              if (v) {
                const unit = field.querySelector('.unit');
                const u = unit ? textOf(unit) : '';
                parts.push(u ? `${v} ${u}` : v);
              } else if (c.name === 'filing_date') {
                parts.push(filingDate);
              }
            }
          }
        } else if (tag === 'SELECT') {
          if (c.value && c.selectedOptions.length) parts.push(textOf(c.selectedOptions[0]));
        } else if (tag === 'TEXTAREA') {
          const v = c.value.trim();
          if (v) parts.push(v);
        }
      }
      if (!parts.length) return w.none;
      // A number and its unit chosen beside it read as one: "60 亩".
      return parts.join(boxes.length > 1 ? '、' : ' ');
    }
    function item(list, label, value) {
      const row = el(doc, 'div', 'record-item');
      row.append(el(doc, 'dt', '', label), el(doc, 'dd', '', value));
      list.append(row);
    }
    function renderRecord(host, report, filingDate, printed) {
      const lang = s.options.lang;
      const w = WORDS[lang];
      const form = s.form;
      host.textContent = '';
      host.append(el(doc, 'h1', 'record-title', w.title));
      const sub = doc.querySelector('.site-header .subtitle');
      if (sub) host.append(el(doc, 'p', 'record-standard', textOf(sub)));
      let meta = `${w.filingDate}：${filingDate}　　${w.printed}：${printed}（${w.beijing}）`;
      if (lang !== 'zh') meta = meta.replace(/：/g, ': ').replace(/（/g, ' (').replace(/）/g, ')');
      host.append(el(doc, 'p', 'record-meta', meta));
      for (const section of all(form, 'fieldset.section')) {
        if (hiddenWithin(section, form)) continue;
        const t = section.querySelector('.section-title');
        const block = el(doc, 'section', 'record-section');
        block.append(el(doc, 'h2', '', t ? textOf(t) : ''));
        const list = el(doc, 'dl', 'record-fields');
        // The rows of a list (the red stewards), one line each, full width.
        const rows = el(doc, 'dl', 'record-rows');
        for (const part of all(section, '[data-field], [data-item]')) {
          if (hiddenWithin(part, section)) continue;
          const outer = part.parentElement && part.parentElement.closest('[data-field], [data-item]');
          // A field inside another (the area's unit) or inside a row is part
          // of that one's line; a row inside its list's box is not.
          if (outer && section.contains(outer) && !(part.hasAttribute('data-item') && outer.hasAttribute('data-field'))) continue;
          if (part.hasAttribute('data-item')) {
            const legend = part.querySelector('legend');
            const values = all(part, '[data-field]').map((f) => valueOf(f, w, filingDate)).filter((v) => v !== w.none);
            item(rows, legend ? textOf(legend) : '', values.length ? values.join(' · ') : w.none);
          } else if (part.querySelector('[data-item]')) {
            continue; // a list's own box: its rows follow, each on its line
          } else {
            item(list, labelOf(part), valueOf(part, w, filingDate));
          }
        }
        block.append(list);
        if (rows.hasChildNodes()) block.append(rows);
        host.append(block);
      }
      const t = UI[lang];
      const results = el(doc, 'section', 'record-section record-results');
      results.append(
        el(doc, 'h2', '', w.results),
        el(doc, 'p', '', report.errors + report.warnings === 0 ? t.allClear : t.counts(report.errors, report.warnings)),
      );
      const ul = el(doc, 'ul', 'record-findings');
      for (const f of report.findings) {
        // A data-format finding names no clause: its field's label says where.
        let field = '';
        if (!f.clause) {
          let control = null;
          try {
            control = form.querySelector(`[name="${f.field.replace(/"/g, '')}"]`);
          } catch (e) {
            // a path no selector can hold
          }
          const box = control && control.closest('[data-field]');
          if (box) field = labelOf(box) + t.sep;
        }
        ul.append(el(doc, 'li', '', levelPrefix(f.level, lang) + field + f.message));
      }
      results.append(ul);
      host.append(results);
      const sign = el(doc, 'div', 'record-sign');
      for (const line of [w.seal, w.signature, w.dateLine]) sign.append(el(doc, 'p', '', line));
      host.append(sign);
    }

    // Downloads the filing in canonical form (what a portal stores: the
    // same report as the form's).
    function download() {
      let canonical;
      try {
        canonical = api.canonical(JSON.stringify(s.filing));
      } catch (e) {
        return;
      }
      const blob = new Blob([JSON.stringify(canonical, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = doc.createElement('a');
      a.href = url;
      a.download = `shanfang-filing-${api.today()}.json`;
      a.click();
      URL.revokeObjectURL(url);
    }

    function clearDraft() {
      s.changedByCode = false;
      // What is cleared is the person's own filing, not one being viewed.
      s.endView();
      // 清空草稿 keeps what it cleared, in memory and in storage (a reload
      // keeps the undo too), until the next edit.
      const text = filingText();
      if (text !== null) {
        s.store('-cleared', text);
        clearedText = text;
        showCleared(true);
      }
      if (s.draftKey !== null) api.forgetDraft(s.draftKey);
      s.emptyForm();
    }

    return {
      catalogue,
      record,
      done,
      statusOpen: false,
      toggleStatus() {
        this.statusOpen = !this.statusOpen;
      },
      // The "passed" panel goes the moment the filing it was about changes.
      hideDone() {
        if (done && !done.hidden) done.hidden = true;
      },
      dropCleared,
      // What a saved page kept of the "passed" panel (see removeStale in
      // js/dom.js); whether there was any.
      removeStale() {
        let found = false;
        for (const e of done ? all(done, '.shanfang-done-note') : []) {
          e.remove();
          done.hidden = true;
          found = true;
        }
        return found;
      },
      // Under a message, the clause's box links to what the clause means
      // and what the form checks of it, in the catalogue.
      linkClause(details, clause) {
        const a = el(doc, 'a', 'shanfang-catalogue-link', WORDS_OF_PAGE[s.options.lang].catalogueLink(clause));
        a.setAttribute('href', '#' + clauseId(clause));
        a.setAttribute('data-catalogue', clause);
        const p = el(doc, 'p', '');
        p.append(a);
        details.append(p);
      },
      // At attach: a reload still offers back what 清空草稿 cleared and the
      // draft an opened file replaced.
      findKept() {
        const cleared = s.stored('-cleared');
        const replaced = s.stored('-replaced');
        if (cleared !== null) {
          clearedText = cleared;
          showCleared(true);
        }
        if (replaced !== null) {
          replacedText = replaced;
          showReplaced('');
        }
      },
      // A catalogue already built follows the language.
      relang() {
        if (catalogueLang !== null) buildCatalogue(s.options.lang);
      },
      detach() {
        if (record) record.textContent = '';
      },
      // A submit that passes: the "passed" panel, which takes focus.
      submitted(a, report) {
        a.prevent = true;
        if (!done) return;
        const t = WORDS_OF_PAGE[s.options.lang];
        let note = done.querySelector('.shanfang-done-note');
        if (!note) {
          note = el(doc, 'p', 'shanfang-done-note');
          // Right under the panel's heading, before its buttons.
          const h = done.querySelector('h1, h2, h3');
          if (h) h.after(note);
          else done.prepend(note);
        }
        note.textContent = report.warnings === 0 ? t.submitted : t.submittedWithWarnings(report.warnings);
        done.hidden = false;
        if (!done.hasAttribute('tabindex')) done.setAttribute('tabindex', '-1');
        a.focus = done;
        a.reveal = true;
      },
      // A link to the catalogue: built and opened before the browser follows
      // the link to the clause's entry. Focus is left to that navigation:
      // moving it here would make Back return to the catalogue, not to the
      // field the person came from.
      clickBefore(find) {
        if (!find('[data-catalogue]')) return null;
        buildCatalogue(s.options.lang);
        const details = catalogue && catalogue.closest('details');
        if (details && !details.hasAttribute('open')) details.setAttribute('open', '');
        return after();
      },
      // A click on one of the page's own buttons; null: not one of them.
      click(find) {
        if (find('[data-lang-switch]')) {
          const a = s.setLang(zh() ? 'en' : 'zh');
          if (s.last && s.summaryShown()) s.showSummary(s.last);
          a.prevent = false;
          return a;
        }
        if (find('[data-keep-opened]')) {
          hideReplaced();
          return after();
        }
        if (find('[data-restore-replaced]')) {
          const text = replacedText;
          if (text === null) return null;
          hideReplaced();
          s.emptyForm();
          s.restoreFrom(text, false);
          const a = s.refresh();
          a.focus = s.controls.first();
          return a;
        }
        if (find('[data-undo-clear]')) {
          let focus = null;
          const text = clearedText;
          if (text !== null) {
            dropCleared();
            s.restoreFrom(text, false);
            focus = s.controls.first();
          }
          const a = s.refresh();
          a.focus = focus;
          return a;
        }
        if (find('[data-clear-draft]')) {
          clearDraft();
          const a = s.refresh();
          // refresh() saved the emptied form; no draft is kept until the next edit.
          if (s.draftKey !== null) api.forgetDraft(s.draftKey);
          return a;
        }
        if (find('[data-download]')) {
          download();
          return after();
        }
        if (find('[data-print]')) {
          buildRecord();
          if (doc.defaultView) doc.defaultView.print();
          return after();
        }
        return null;
      },
      open(text, name) {
        openFile(text, name);
        s.hideDone();
        const a = s.refresh();
        a.focus = replacedNotice();
        return a;
      },
      listen(listen) {
        const w = doc.defaultView;
        // Printed from the browser's menu (Ctrl+P) too, not only the button.
        if (record && w) listen(s, w, 'beforeprint', () => (buildRecord(), after()));
        const details = catalogue && catalogue.closest('details');
        // The catalogue is built when first opened.
        if (details) {
          listen(s, details, 'toggle', (_, event) => {
            if (event.target && event.target.hasAttribute('open')) buildCatalogue(s.options.lang);
            return after();
          });
        }
      },
    };
  };
}
