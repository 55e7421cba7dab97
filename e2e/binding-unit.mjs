// The form binding's own tests, run inside a page in each engine (Chromium,
// Firefox ESR, WebKitGTK, WPE WebKit: e2e/binding-unit.test.js): a small
// portal-like form with its own field names, edited through real DOM
// events, against the binding entry (`shanfang-validator/binding`). They
// were crates/dom/tests/dom.rs (wasm-bindgen-test) while the binding was
// Rust; the same cases, and the ones its move to JS asked for.
import init, { attach, Binding } from '/pkg/binding/shanfang_binding.js';

const tests = [];
const test = (name, fn) => tests.push([name, fn]);
function assert(ok, message) {
  if (!ok) throw new Error(message);
}
const equal = (actual, expected, message) =>
  assert(actual === expected, `${message || 'not equal'}: ${JSON.stringify(actual)} !== ${JSON.stringify(expected)}`);

/** A portal's own form: its own names, no data- attributes. */
function portalForm(id) {
  const host = document.createElement('div');
  host.innerHTML = `<form id="${id}">
      <label for="${id}-fire">Extinguishers</label><input id="${id}-fire" name="fireExt">
      <label><input type="checkbox" name="mode" value="processing"> processing</label>
      <label for="${id}-ws">Workstations</label><input id="${id}-ws" name="ws">
      <fieldset><legend>Benefit</legend>
        <label><input type="checkbox" name="benefit" value="labor"> labor</label>
        <label><input type="checkbox" name="benefit" value="equity"> equity</label>
      </fieldset>
      <label for="${id}-staff">Employees</label><input id="${id}-staff" name="staff">
      <input name="portal_only" value="kept out of the filing">
      <button type="submit">Send</button>
    </form>`;
  document.body.append(host);
  return document.getElementById(id);
}
const FIELDS = {
  'site.fire_extinguishers': 'fireExt',
  modes: 'mode',
  'processing.workstations': 'ws',
  'operations.benefit_models': 'benefit',
  'operations.employees': 'staff',
};
const withFields = (options) => Object.assign({ fields: FIELDS }, options);
const input = (form, name) => form.querySelector(`[name=${name}]`);
const fire = (el, type) => el.dispatchEvent(new Event(type, { bubbles: true }));
/** Types a value, without leaving the field. */
function typeOnly(form, name, value) {
  const el = input(form, name);
  el.value = value;
  fire(el, 'input');
}
/** Types a value and leaves it: `input`, then the `change` of a field left. */
function typeInto(form, name, value) {
  typeOnly(form, name, value);
  fire(input(form, name), 'change');
}
const messages = (root) => Array.from(root.querySelectorAll('.shanfang-message'), (m) => m.textContent);
const nextTask = (ms = 10) => new Promise((r) => setTimeout(r, ms));

test('messages follow edits under the portal\'s own names', () => {
  const form = portalForm('p1');
  const binding = attach(form, withFields());
  equal(messages(form).length, 0, 'nothing is shown before a field is touched');
  typeInto(form, 'fireExt', '0');
  const shown = messages(form);
  equal(shown.length, 1, 'one message');
  assert(shown[0].includes('第6.5条'), shown[0]);
  const f = input(form, 'fireExt');
  equal(f.getAttribute('aria-invalid'), 'true');
  assert(document.getElementById(f.getAttribute('aria-describedby')), 'aria-describedby names the message');
  typeInto(form, 'fireExt', '２');
  equal(messages(form).length, 0, 'fixed: the message is gone');
  equal(f.getAttribute('aria-invalid'), null);
  equal(f.value, '２', 'validation never changes a value');
  const filing = binding.filing();
  equal(filing.site.fire_extinguishers, '２');
  assert(!('portal_only' in filing), 'a control outside the contract stays out');
  binding.detach();
});

test('a message waits until the field is left, then follows each keystroke', () => {
  const form = portalForm('p7');
  const binding = attach(form, withFields());
  typeOnly(form, 'fireExt', '0');
  equal(messages(form).length, 0, 'still typing: no message yet');
  fire(input(form, 'fireExt'), 'focusout');
  equal(messages(form).length, 1, 'left: the message shows');
  typeOnly(form, 'fireExt', '3');
  equal(messages(form).length, 0, 'fixed while typing: gone at once');
  typeOnly(form, 'fireExt', '0');
  equal(messages(form).length, 1, 'once shown, it follows every keystroke');
  binding.detach();
});

test('report events; detach leaves no listener', () => {
  const form = portalForm('p2');
  const seen = [];
  const listener = (e) => seen.push(JSON.parse(JSON.stringify(e.detail)));
  form.addEventListener('shanfang-report', listener);
  const binding = attach(form, withFields({ messages: 'none', lang: 'en' }));
  assert(seen.length >= 1, 'a report on attach');
  typeInto(form, 'fireExt', '0');
  const last = seen[seen.length - 1];
  const finding = last.report.findings.find((f) => f.field === 'site.fire_extinguishers');
  equal(finding.clause, '6.5');
  assert(finding.message.includes('clause 6.5'), finding.message);
  equal(last.filing.site.fire_extinguishers, '0');
  equal(messages(form).length, 0, 'messages: none renders nothing');
  binding.detach();
  const after = seen.length;
  typeInto(form, 'fireExt', '1');
  equal(seen.length, after, 'no listener left after detach');
  equal(input(form, 'fireExt').getAttribute('aria-describedby'), null);
  form.removeEventListener('shanfang-report', listener);
});

test('detach removes every element it added', () => {
  const form = portalForm('p3');
  const binding = attach(form, withFields());
  typeInto(form, 'fireExt', '0');
  typeInto(form, 'staff', '1,200');
  assert(messages(form).length > 0, 'a message');
  assert(form.querySelector('.shanfang-reading'), 'a reading');
  binding.detach();
  equal(messages(form).length, 0);
  equal(form.querySelectorAll('[aria-invalid], [aria-describedby], .shanfang-reading').length, 0);
  // Values typed stay; the markup is what the portal had.
  equal(input(form, 'fireExt').value, '0');
});

test('how a typed number was read shows under it, in the language chosen', () => {
  const form = portalForm('p-read');
  const binding = attach(form, withFields());
  typeInto(form, 'staff', '1,200');
  const note = form.querySelector('.shanfang-reading');
  equal(note && note.textContent, '按 1200 计');
  assert(input(form, 'staff').getAttribute('aria-describedby').split(' ').includes(note.id), 'the field is described by it');
  binding.setLang('en');
  equal(form.querySelector('.shanfang-reading').textContent, 'Read as 1200');
  typeInto(form, 'staff', '1200');
  equal(form.querySelector('.shanfang-reading'), null, 'read as typed: no note');
  binding.detach();
});

test('a control or a mapping named like a property every object has is no field of the filing', () => {
  const host = document.createElement('div');
  host.innerHTML = `<form id="p-proto">
      <input name="constructor" value="1"><input name="toString" value="2"><input name="__proto__" value="3">
      <input name="valueOf" value="4"><input name="fireExt" value="0"></form>`;
  document.body.append(host);
  const form = document.getElementById('p-proto');
  const binding = attach(form, withFields());
  const filing = binding.filing();
  equal(JSON.stringify(Object.keys(filing)), '["site"]', 'only the contract\'s fields are read');
  assert(!binding.validate().findings.some((f) => /constructor|toString|valueOf/.test(f.field)), 'no finding on them');
  binding.detach();
  for (const name of ['constructor', 'toString', '__proto__']) {
    let message = '';
    try {
      attach(form, { fields: { [name]: 'x' } });
    } catch (e) {
      message = e.message;
    }
    assert(message.includes('is not a field of the filing contract'), `fields: ${name} refused (${message})`);
  }
  host.remove();
});

test('a viewed filing\'s numbers come into the text boxes as the validator writes them', () => {
  const form = portalForm('p-view');
  const binding = attach(form, withFields());
  binding.view('{"site":{"fire_extinguishers":0.30000000000000004},"operations":{"employees":1200}}');
  equal(input(form, 'fireExt').value, '0.3');
  equal(input(form, 'staff').value, '1200');
  binding.endView();
  equal(input(form, 'fireExt').value, '', 'what the form held comes back');
  binding.detach();
});

test('a listener changing the report it was given changes nothing the binding returns', () => {
  const form = portalForm('p-mutate');
  const empty = (e) => {
    e.detail.report.findings.length = 0;
    e.detail.report.errors = 0;
  };
  form.addEventListener('shanfang-report', empty);
  const binding = attach(form, withFields());
  typeInto(form, 'fireExt', '0');
  const report = binding.validate();
  assert(report.findings.some((f) => f.field === 'site.fire_extinguishers'), 'the binding\'s report keeps its findings');
  assert(report.errors > 0, 'and its counts');
  form.removeEventListener('shanfang-report', empty);
  binding.detach();
});

test('hostile values are shown as text', () => {
  const form = portalForm('p4');
  const binding = attach(form, withFields());
  typeInto(form, 'fireExt', '<img src=x onerror=alert(1)>');
  equal(form.querySelectorAll('img').length, 0, 'never parsed as HTML');
  equal(messages(form).length, 1);
  binding.detach();
});

test('bad options are clear errors, and the binding works afterwards', () => {
  const form = portalForm('p5');
  for (const bad of [{ lang: 'fr' }, { messages: 'popup' }, { fields: { 'not.a.path': 'x' } }, { promote: ['0.0'] }, { fields: 3 }]) {
    let message = '';
    try {
      attach(form, bad);
    } catch (e) {
      assert(e instanceof Error, 'an Error');
      message = e.message;
    }
    assert(message !== '', `refused: ${JSON.stringify(bad)}`);
  }
  attach(form, withFields()).detach();
});

test('an element holding several forms is one filing; one holding none is refused', () => {
  const host = document.createElement('div');
  host.innerHTML = `<form><label for="s1-fire">Extinguishers</label><input id="s1-fire" name="fireExt"></form>
    <form><label for="s1-ws">Workstations</label><input id="s1-ws" name="ws">
      <label><input type="checkbox" name="mode" value="processing"> processing</label></form>
    <p>no controls here</p>`;
  document.body.append(host);
  const binding = attach(host, withFields());
  const f = document.getElementById('s1-fire');
  f.value = '0';
  fire(f, 'input');
  fire(f, 'change');
  fire(f, 'focusout');
  const ws = document.getElementById('s1-ws');
  ws.value = '3';
  fire(ws, 'input');
  const text = JSON.stringify(binding.filing());
  assert(text.includes('"fire_extinguishers":"0"') && text.includes('"workstations":"3"'), text);
  assert(messages(host).some((m) => m.includes('6.5')), 'the message of the field left, beside it in its own form');
  binding.detach();
  host.remove();
  let message = '';
  try {
    attach(document.createElement('div'), withFields());
  } catch (e) {
    message = e.message;
  }
  assert(message.includes('<form>'), message);
});

test('a function maps field names', () => {
  const form = portalForm('p6');
  const binding = attach(form, { fields: (p) => ({ 'site.fire_extinguishers': 'fireExt' })[p] });
  typeInto(form, 'fireExt', '0');
  equal(messages(form).length, 1);
  binding.detach();
});

test('a function names list items too', () => {
  const host = document.createElement('div');
  host.innerHTML = `<form id="p-items"><div data-field="party.stewards[0].phone">
      <input name="x_party_stewards_0_name"><input name="x_party_stewards_0_phone"></div></form>`;
  document.body.append(host);
  const form = document.getElementById('p-items');
  const binding = attach(form, { fields: (p) => 'x_' + p.replace(/[.[\]]+/g, '_') });
  typeInto(form, 'x_party_stewards_0_name', '蓝建平');
  typeInto(form, 'x_party_stewards_0_phone', '123');
  assert(JSON.stringify(binding.filing()).includes('"stewards":[{"name":"蓝建平","phone":"123"}]'), JSON.stringify(binding.filing()));
  const shown = messages(form);
  equal(shown.length, 1, 'the phone\'s message, under the portal\'s name');
  assert(shown[0].includes('5.2.1'), shown[0]);
  binding.detach();
});

test('the summary takes focus without a tabindex', () => {
  const form = portalForm('p-sum');
  const summary = document.createElement('div');
  summary.id = 'p-sum-errors';
  form.before(summary);
  const binding = attach(form, withFields({ summary: 'p-sum-errors' }));
  form.requestSubmit();
  equal(summary.getAttribute('tabindex'), '-1');
  equal(document.activeElement.id, 'p-sum-errors', 'focus on the summary');
  assert(summary.querySelector('a[data-shanfang-target]'), 'links to the errors');
  binding.detach();
});

test('refresh() sees values set by code, and does nothing when nothing changed', () => {
  const form = portalForm('p-refresh');
  let reports = 0;
  const listener = () => reports++;
  form.addEventListener('shanfang-report', listener);
  const binding = attach(form, withFields());
  typeInto(form, 'fireExt', '0');
  equal(messages(form).length, 1);
  input(form, 'fireExt').value = '2';
  equal(messages(form).length, 1, 'set by code: no event, the old message stays');
  const seen = reports;
  const report = binding.refresh();
  assert(!JSON.stringify(report).includes('site.fire_extinguishers'), 'the new value is read');
  equal(messages(form).length, 0, 'refresh() read the new value');
  equal(reports, seen + 1, 'one report for the change');
  binding.refresh();
  equal(reports, seen + 1, 'nothing changed: no report');
  binding.detach();
  form.removeEventListener('shanfang-report', listener);
});

test('the report for a click comes after the browser\'s change', async () => {
  const form = portalForm('p-order');
  const order = [];
  const binding = attach(form, withFields());
  // The framework's own listener sits on the control; the report bubbles to the form.
  const box = input(form, 'mode');
  box.addEventListener('change', () => order.push('change'));
  form.addEventListener('shanfang-report', () => order.push('report'));
  box.click();
  await nextTask();
  equal(order.join(), 'change,report');
  assert(box.checked, 'the box is ticked');
  // Typing still reports at once (a text field has no `change` until it is left).
  order.length = 0;
  typeOnly(form, 'fireExt', '1');
  equal(order.join(), 'report');
  binding.detach();
});

test('a report\'s listener may call back into the binding: the events go out with it free', () => {
  const form = portalForm('p-busy');
  const binding = attach(form, withFields());
  let inner = null;
  form.addEventListener('shanfang-report', () => {
    if (inner === null) inner = binding.filing();
  });
  typeInto(form, 'fireExt', '4');
  equal(inner && inner.site.fire_extinguishers, '4', 'the events go out with the binding free');
  binding.detach();
});

test('a Binding comes only from attach; the typings\' class is exported', () => {
  assert(typeof Binding === 'function', 'Binding is exported');
  let message = '';
  try {
    new Binding();
  } catch (e) {
    message = e.message;
  }
  assert(message.includes('attach'), message);
  const form = portalForm('p-class');
  const binding = attach(form, withFields());
  assert(binding instanceof Binding, 'attach returns a Binding');
  binding.free();
  binding.detach();
});

test('the clause\'s words come under a message once it shows', async () => {
  const form = portalForm('p-words');
  const binding = attach(form, withFields());
  typeInto(form, 'fireExt', '0');
  const words = form.querySelector('.shanfang-clause p');
  assert(words, 'the clause\'s box');
  for (let i = 0; i < 100 && !words.textContent; i++) await nextTask(20);
  assert(words.textContent.includes('灭火器'), words.textContent);
  binding.detach();
});

export async function run() {
  await init();
  const results = [];
  for (const [name, fn] of tests) {
    try {
      await fn();
      results.push({ name, ok: true });
    } catch (e) {
      results.push({ name, ok: false, error: String((e && e.stack) || e) });
    }
  }
  return results;
}
