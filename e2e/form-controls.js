// The filing form's controls as a person and a portal rely on them, read
// from the page's static HTML with JavaScript off (the form is whole
// without it, as the README's Browsers section promises): each control's
// name, tag, type, id, value, the options it offers (value, words and their
// English, which is preselected), whether it is required, the text of its
// label(s) and what its aria-describedby names. Used by e2e/fields.test.js
// against e2e/reference/form-controls.json, captured from the hand-written
// page before the form was generated from the field table (issue 27).
'use strict';

/** Runs in the page: the controls of `#filing`. */
function readControls() {
  const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
  const form = document.getElementById('filing');
  const out = [];
  for (const el of form.querySelectorAll('input, select, textarea, button')) {
    // The steps' buttons (www/steps.js) are the page's, not the field table's.
    if (el.closest('.stepbar, .step-buttons, .answers-actions')) continue;
    const labels = Array.from(el.labels || []).map((l) => ({ text: text(l), en: l.getAttribute('data-en') || (l.querySelector('[data-en]') || {}).getAttribute?.('data-en') || null }));
    const described = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean)
      .map((id) => { const d = document.getElementById(id); return { id, text: text(d), en: d && d.getAttribute('data-en') }; });
    const group = el.closest('fieldset[data-field]');
    const legend = group && group.querySelector(':scope > legend');
    out.push({
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type'),
      name: el.getAttribute('name'),
      id: el.id || null,
      value: el.tagName === 'SELECT' ? null : el.getAttribute('value'),
      checked: el.hasAttribute('checked'),
      required: el.required,
      autocomplete: el.getAttribute('autocomplete'),
      inputmode: el.getAttribute('inputmode'),
      inTemplate: false,
      options: el.tagName === 'SELECT'
        ? Array.from(el.options).map((o) => ({ value: o.value, text: text(o), en: o.getAttribute('data-en'), selected: o.hasAttribute('selected') }))
        : null,
      labels,
      describedBy: described,
      group: group ? { field: group.getAttribute('data-field'), legend: text(legend), en: legend && legend.getAttribute('data-en') } : null,
      shownWhen: (el.closest('[data-shown-when]') || { getAttribute: () => null }).getAttribute('data-shown-when'),
      mode: (el.closest('[data-mode]') || { getAttribute: () => null }).getAttribute('data-mode'),
    });
  }
  // The list row template's controls (added by "添加红色管家").
  for (const t of form.querySelectorAll('template[data-item-template]')) {
    for (const el of t.content.querySelectorAll('input, select, textarea, button')) {
      out.push({ tag: el.tagName.toLowerCase(), type: el.getAttribute('type'), name: el.getAttribute('name'), id: el.id || null, inTemplate: true,
        options: el.tagName === 'SELECT' ? Array.from(el.options).map((o) => ({ value: o.value, text: text(o), en: o.getAttribute('data-en'), selected: o.hasAttribute('selected') })) : null,
        label: text(t.content.querySelector(`label[for="${CSS.escape(el.id)}"]`)) });
    }
  }
  return out;
}

/** The controls of the page at `url`, JavaScript off. */
async function formControls(browser, url) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(readControls);
  } finally {
    await context.close();
  }
}

module.exports = { formControls };

// `node e2e/form-controls.js FILE OUT`: writes the controls of a page file.
if (require.main === module) {
  (async () => {
    const fs = require('node:fs');
    const path = require('node:path');
    const { launch } = require('./lib.js');
    const [file, out] = process.argv.slice(2);
    const browser = await launch();
    try {
      const controls = await formControls(browser, 'file://' + path.resolve(file));
      fs.writeFileSync(out, JSON.stringify(controls, null, 1) + '\n');
      console.log(`${controls.length} controls → ${out}`);
    } finally {
      await browser.close();
    }
  })();
}
