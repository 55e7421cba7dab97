// The form in steps on a phone (issue 30, items 3 and 4): one section at a
// time, "第 2 步，共 7 步" with its name, 上一步 / 下一步, the browser's Back
// to the previous step, and a last step to check the answers (核对申报内容)
// before printing, downloading or submitting.
//
// An enhancement only: it starts once the checker runs (self.shanfang) and
// only on a narrow screen; without JavaScript, with the module failed, or
// on a wide screen the whole form shows on one page. A person may also
// choose the whole form on one page (整页显示, kept in localStorage) and go
// back to steps (逐步填写). Which step is open is
// kept in sessionStorage, so a reload (the automatic one after a trap too)
// comes back to it. Steps are the form's visible sections, so choosing or
// dropping a mode adds or removes its step (the binding shows and hides
// the mode's section; a dropped mode's answers stay in the draft).
(function () {
  'use strict';
  var add = self.shanfangPage.add;
  var form = document.getElementById('filing');
  if (!form || !window.matchMedia || !window.history || !history.pushState) return;
  var narrow = matchMedia('(max-width: 640px)');
  var KEY = 'shanfang-step';
  var CHOICE = 'shanfang-steps-v1';
  var CHECK = 'check';
  var bar = document.getElementById('shanfang-stepbar');
  var buttons = form.querySelector('.step-buttons');
  var answers = document.getElementById('shanfang-answers');
  var problem = document.getElementById('shanfang-step-problem');
  if (!bar || !buttons || !answers || !problem) return;
  var back = buttons.querySelector('[data-step-back]');
  var next = buttons.querySelector('[data-step-next]');
  var current = null;
  // 下一步 was pressed with errors in the step: pressed again, it goes on.
  var warned = false;
  var report = null;
  // A reviewer viewing a filing read-only (www/review.js, the binding's
  // view()): the steps start at the first, 下一步 does not stop at errors
  // nobody here can correct, and 返回 comes back to the step left.
  var viewing = false;
  var stepBeforeView = null;

  var WORDS = {
    zh: {
      count: function (i, n) { return '第 ' + i + ' 步，共 ' + n + ' 步'; },
      check: '核对申报内容',
      next: '下一步',
      toCheck: '下一步：核对申报内容',
      anyway: '仍然继续',
      problem: function (n) { return '本步还有 ' + n + ' 项需要修改（见各栏下的提示）。可以先改正，也可以按“仍然继续”，稍后在“填写进度”中回到本步。'; },
      change: '修改',
      view: '查看',
      notGiven: '未填写',
      yes: '是',
      no: '否',
      open: '还需处理的问题',
      none: '没有需要修改的问题。',
      error: '错误',
      warning: '建议',
      sep: '，',
      list: '、',
      onePage: '整页显示',
      inSteps: '逐步填写',
    },
    en: {
      count: function (i, n) { return 'Step ' + i + ' of ' + n; },
      check: 'Check your answers',
      next: 'Next',
      toCheck: 'Next: check your answers',
      anyway: 'Continue anyway',
      problem: function (n) { return n + ' answers in this step need correcting (see the messages under them). Correct them now, or press “Continue anyway” and come back from “Your progress”.'; },
      change: 'Change',
      view: 'View',
      notGiven: 'Not given',
      yes: 'Yes',
      no: 'No',
      open: 'Still to deal with',
      none: 'Nothing to correct.',
      error: 'Error',
      warning: 'Recommendation',
      sep: ', ',
      list: ', ',
      onePage: 'Show the whole form',
      inSteps: 'One section at a time',
    },
  };
  function words() { return /^en/.test(document.documentElement.lang) ? WORDS.en : WORDS.zh; }
  function session() { try { return sessionStorage; } catch (e) { return null; } }
  function local() { try { return localStorage; } catch (e) { return null; } }
  // The person's choice of the whole form on one page (kept; in memory only
  // where the browser keeps nothing).
  var onePage = (function () { try { return local().getItem(CHOICE) === 'off'; } catch (e) { return false; } })();

  function sections() {
    return Array.prototype.filter.call(form.querySelectorAll('fieldset.section'), function (s) { return !s.hidden; });
  }
  function steps() { return sections().map(function (s) { return s.id; }).concat(CHECK); }
  function titleOf(id) {
    if (id === CHECK) return words().check;
    var h = document.getElementById(id).querySelector('legend');
    return h ? h.textContent.replace(/\s+/g, ' ').trim() : id;
  }
  function active() { return narrow.matches && !!self.shanfang && !onePage; }

  // ---------------------------------------------------------------- showing

  function show(id, how) {
    var list = steps();
    if (list.indexOf(id) < 0) id = list[0];
    if (id !== current) warned = false;
    current = id;
    var store = session();
    if (store) try { store.setItem(KEY, id); } catch (e) { /* not kept: a reload starts at the first step */ }
    if (how === 'push') history.pushState({ shanfangStep: id }, '');
    else if (how === 'replace') history.replaceState({ shanfangStep: id }, '');
    draw();
    if (how === 'push' || how === 'pop') {
      bar.scrollIntoView({ block: 'start' });
      var heading = id === CHECK ? answers.querySelector('h2') : document.getElementById(id).querySelector('legend h2, legend');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      }
    }
  }

  // Each verdict (every keystroke) draws again: only what changed is
  // written, so an unchanged page is not restyled (a text node replaced by
  // the same text, or an attribute set again, would be).
  function setText(el, text) { if (el.textContent !== text) el.textContent = text; }
  function setHidden(el, hidden) { if (el.hidden !== hidden) el.hidden = hidden; }
  function setAttr(el, name, value) {
    if (value === null) { if (el.hasAttribute(name)) el.removeAttribute(name); } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }

  function draw() {
    var toggle = bar.querySelector('[data-steps-toggle]');
    var count = bar.querySelector('[data-step-count]');
    setText(toggle, onePage ? words().inSteps : words().onePage);
    if (!active()) {
      setAttr(form, 'data-stepping', null);
      setAttr(form, 'data-step', null);
      // On a phone with the whole form chosen: only the way back to steps.
      setHidden(bar, !(narrow.matches && self.shanfang && onePage));
      setHidden(count, true);
      setHidden(buttons, true);
      setHidden(answers, true);
      setHidden(problem, true);
      sections().forEach(function (s) { setAttr(s, 'data-current', null); });
      return;
    }
    var list = steps();
    if (list.indexOf(current) < 0) current = list[0];
    var w = words();
    var i = list.indexOf(current);
    setAttr(form, 'data-stepping', '');
    setAttr(form, 'data-step', current === CHECK ? CHECK : 'section');
    sections().forEach(function (s) { setAttr(s, 'data-current', s.id === current ? '' : null); });
    setHidden(bar, false);
    setHidden(count, false);
    // The count; the step's own heading (its legend) names it.
    setText(count, w.count(i + 1, list.length));
    setHidden(buttons, false);
    setHidden(back, i === 0);
    setHidden(next, current === CHECK);
    setText(next, warned ? w.anyway : list[i + 1] === CHECK ? w.toCheck : w.next);
    if (!warned) setHidden(problem, true);
    setHidden(answers, current !== CHECK);
    if (current === CHECK) drawAnswers();
  }

  // ------------------------------------------------------ check your answers

  function clean(text) { return (text || '').replace(/\s+/g, ' ').trim(); }
  function labelOf(box) {
    var own = box.querySelector(':scope > label, :scope > legend, :scope > .check > label');
    return clean(own ? own.textContent : box.getAttribute('data-field'));
  }
  // A field's answer in words: options by their names, units with numbers.
  function answerOf(box) {
    var w = words();
    if (box.classList.contains('field-bool')) {
      var c = box.querySelector('input[type="checkbox"]');
      return c && c.checked ? w.yes : w.no;
    }
    var picked = Array.prototype.filter.call(box.querySelectorAll('input[type="checkbox"], input[type="radio"]'), function (i) {
      return i.checked && !i.closest('.unit-choice');
    }).map(function (i) { return clean(i.closest('label') ? i.closest('label').textContent : i.value); });
    if (picked.length) return picked.join(w.list);
    var select = box.querySelector('select');
    if (select) return select.value ? clean(select.options[select.selectedIndex].textContent) : '';
    var input = box.querySelector('input:not([type="checkbox"]):not([type="radio"]), textarea');
    if (!input || !input.value.trim()) return '';
    var unit = box.querySelector('.unit');
    var chosen = box.querySelector('.unit-choice input:checked');
    var unitText = chosen ? clean(chosen.closest('label').textContent) : unit ? clean(unit.textContent) : '';
    return clean(input.value) + (unitText ? ' ' + unitText : '');
  }
  function shown(el, within) {
    for (var e = el; e && e !== within; e = e.parentElement) if (e.hidden) return false;
    return true;
  }

  function drawAnswers() {
    var w = words();
    answers.textContent = '';
    var h = add(answers, 'h2', 'answers-title', w.check);
    h.id = 'shanfang-answers-title';
    sections().forEach(function (section) {
      var block = add(answers, 'section', 'answers-section');
      var head = add(block, 'div', 'answers-head');
      add(head, 'h3', '', titleOf(section.id));
      var change = add(head, 'a', 'answers-change', viewing ? w.view : w.change);
      change.href = '#' + section.id;
      change.setAttribute('data-step-go', section.id);
      add(change, 'span', 'visually-hidden', ' ' + titleOf(section.id));
      var dl = add(block, 'dl', 'answers-list');
      // Each field the section shows, once: a list (the stewards) as a
      // line per row, a group of fields by its parts.
      Array.prototype.forEach.call(section.querySelectorAll('.field'), function (box) {
        if (!shown(box, section)) return;
        if (box.parentElement.closest('.field-items')) return;
        if (box.querySelector('.field') && !box.classList.contains('field-items')) return;
        add(dl, 'dt', '', labelOf(box));
        var dd = add(dl, 'dd', '');
        if (box.classList.contains('field-items')) {
          Array.prototype.forEach.call(box.querySelectorAll('[data-item]'), function (item) {
            var parts = Array.prototype.map.call(item.querySelectorAll('.field'), answerOf).filter(Boolean);
            var legend = item.querySelector('legend');
            add(dd, 'p', 'answers-row', clean(legend ? legend.textContent : '') + '：' + (parts.length ? parts.join(w.sep) : w.notGiven));
          });
          return;
        }
        var answer = answerOf(box);
        dd.textContent = answer || w.notGiven;
        if (!answer) dd.className = 'answers-empty';
      });
    });
    var open = add(answers, 'section', 'answers-open');
    add(open, 'h3', '', w.open);
    var findings = report && report.findings ? report.findings : [];
    if (!findings.length) add(open, 'p', '', w.none);
    else {
      var ul = add(open, 'ul', 'answers-findings');
      findings.forEach(function (f) {
        var li = add(ul, 'li', f.level === 'error' ? 'answers-error' : 'answers-warning');
        add(li, 'strong', '', (f.level === 'error' ? w.error : w.warning) + '：');
        li.appendChild(document.createTextNode(f.message));
      });
    }
  }

  // ----------------------------------------------------------------- moving

  function go(delta) {
    var list = steps();
    var i = list.indexOf(current);
    var target = list[Math.max(0, Math.min(list.length - 1, i + delta))];
    if (target !== current) show(target, 'push');
  }

  next.addEventListener('click', function () {
    if (!active()) return;
    var section = document.getElementById(current);
    if (section && !warned && !viewing) {
      // The step's own fields are checked: their messages show, as a
      // submit would show all of them.
      try { self.shanfang.reveal(section); } catch (e) { /* the checker stopped: www/app.js says so */ }
      var errors = section.querySelectorAll('.shanfang-message--error').length;
      if (errors) {
        warned = true;
        problem.textContent = words().problem(errors);
        problem.hidden = false;
        draw();
        problem.focus();
        return;
      }
    }
    go(1);
  });
  back.addEventListener('click', function () { if (active()) go(-1); });
  bar.querySelector('[data-steps-toggle]').addEventListener('click', function () {
    onePage = !onePage;
    var store = local();
    if (store) try { if (onePage) store.setItem(CHOICE, 'off'); else store.removeItem(CHOICE); } catch (e) { /* kept for this page only */ }
    if (onePage) draw();
    else show(current || steps()[0], 'replace');
    bar.scrollIntoView({ block: 'start' });
  });

  addEventListener('popstate', function (event) {
    if (active() && event.state && event.state.shanfangStep) show(event.state.shanfangStep, 'pop');
  });

  // Links to a section (the task list, 修改) open its step; links to a field
  // (the status list, the error summary) open the step the field is in,
  // before the binding moves focus to it (capture: this runs first).
  document.addEventListener('click', function (event) {
    if (!active()) return;
    var a = event.target.closest && event.target.closest('a');
    if (!a) return;
    var to = a.getAttribute('data-step-go') || (a.closest('#shanfang-tasks') && (a.getAttribute('href') || '').slice(1));
    if (to && document.getElementById(to)) {
      event.preventDefault();
      show(to, 'push');
      return;
    }
    var target = a.getAttribute('data-shanfang-target');
    if (target) {
      var control = form.querySelector('[name="' + CSS.escape(target) + '"]') || form.querySelector('[data-field="' + CSS.escape(target) + '"]');
      var section = control && control.closest('fieldset.section');
      if (section && section.id !== current) show(section.id, 'push');
    }
  }, true);

  // Every verdict: the steps follow the chosen modes; the answers page the
  // filing; the words the language.
  form.addEventListener('shanfang-report', function (event) {
    report = event.detail && event.detail.report;
    draw();
  });
  narrow.addEventListener ? narrow.addEventListener('change', draw) : narrow.addListener(draw);
  // The binding marks the form read-only while a filing is viewed.
  function readOnlyChanged() {
    var now = form.classList.contains('shanfang-read-only');
    if (now === viewing) return;
    viewing = now;
    if (now) {
      stepBeforeView = current;
      show(steps()[0], 'replace');
    } else {
      show(stepBeforeView || steps()[0], 'replace');
    }
  }
  if (window.MutationObserver) new MutationObserver(readOnlyChanged).observe(form, { attributes: true, attributeFilter: ['class'] });

  function start() {
    var store = session();
    var saved = (history.state && history.state.shanfangStep) || (store && store.getItem(KEY));
    show(saved || steps()[0], 'replace');
  }
  // The checker starts before this script on the single file and in www/
  // (synchronously), after it in the served build (streamed).
  if (self.shanfang) {
    try { report = self.shanfang.validate(); } catch (e) { /* shown by www/app.js */ }
    start();
  } else {
    form.addEventListener('shanfang-report', function first() {
      form.removeEventListener('shanfang-report', first);
      // The first report comes while attach() runs, before www/app.js has
      // self.shanfang: started just after.
      setTimeout(start, 0);
    });
  }
})();
