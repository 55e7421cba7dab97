// The main journeys in the engines other than Chromium, through WebDriver
// (e2e/webdriver.js): Firefox ESR, WebKitGTK (today's WebKit) and WPE WebKit
// 2.38 (Safari 16's engine, the iPhones still on iOS 16). A person fills
// the served page: a message appears on leaving a field and clears when
// fixed, a mode's block opens, a blocked submit shows the summary, the draft
// comes back on reload; and the offline single file works from file://
// (ten fresh loads in WPE, where the module used to trap); a checker killed
// mid-session there is shown as not available, keeps what was typed and
// comes back on restart. No JSC options.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { ROOT, ARTIFACTS, serve, armKill, useUpRestarts } = require('./lib');
const { KEY, available, startDriver, wholeForm } = require('./webdriver');

const ENGINES = ['firefox', 'webkitgtk', 'wpe'];
const SINGLE_FILE = 'file://' + path.join(ROOT, 'dist', 'shanfang-form.html');
const FRESH_FILE_LOADS = { firefox: 1, webkitgtk: 1, wpe: 10 };

// In the page: the text of a field's message, or '' when there is none.
function messageOf(field) {
  const m = document.querySelector(`#filing [data-field="${field}"] > .shanfang-message`);
  return m && m.offsetParent !== null ? m.textContent : '';
}
// In the page: the binding has started and reports nothing as broken.
function started() {
  return !!window.shanfang && document.getElementById('shanfang-failed').hidden;
}

// In the page: what a failed wait needs to say.
function pageState() {
  const v = (id) => document.getElementById(id);
  let recovery = null;
  try { recovery = sessionStorage.getItem('shanfang-recovery'); } catch (e) { recovery = String(e); }
  return {
    url: location.href.slice(-60), binding: !!window.shanfang, readyState: document.readyState,
    stopped: !v('shanfang-stopped').hidden, recovered: !v('shanfang-recovered').hidden, failed: !v('shanfang-failed').hidden,
    operator: v('operator.name').value, fire: v('site.fire_extinguishers').value, recovery,
    unsaved: (() => { try { return !!localStorage.getItem('shanfang-unsaved-v1'); } catch (e) { return String(e); } })(),
  };
}

async function typeAndLeave(s, id, text) {
  const el = await s.find(`[id="${id}"]`);
  await s.clear(el);
  await s.type(el, text + KEY.TAB);
}

/** 6.5 and 7.1.3 flagged as a person types: the checker works in this page. */
async function flagsHeadlineClauses(s) {
  await s.until(started, [], 'the checker to start');
  await s.run(wholeForm);
  await typeAndLeave(s, 'site.fire_extinguishers', '0');
  const fire = await s.until(messageOf, ['site.fire_extinguishers'], 'the 6.5 message');
  assert.match(fire, /6\.5/);
  await s.clickWhenStill('#modes-processing');
  await s.until(() => document.getElementById('processing.workstations').offsetParent !== null, [], 'the 来料加工式 block to open');
  await typeAndLeave(s, 'processing.workstations', '5');
  const stations = await s.until(messageOf, ['processing.workstations'], 'the 7.1.3 message');
  assert.match(stations, /7\.1\.3/);
}

for (const engine of ENGINES) {
  test(`${engine}: fill, a message on leaving a field that clears when fixed, a mode block, a blocked submit, the draft after reload`, async () => {
    assert.ok(available().includes(engine), `${engine} is installed (scripts/setup.sh)`);
    const server = await serve();
    const driver = await startDriver(engine);
    const s = await driver.session();
    try {
      await s.goto(server.url + '/');
      await flagsHeadlineClauses(s);
      // Fixed: the message goes.
      await typeAndLeave(s, 'site.fire_extinguishers', '2');
      await s.until((f) => !document.querySelector(`#filing [data-field="${f}"] > .shanfang-message`), ['site.fire_extinguishers'], 'the 6.5 message to clear');
      await typeAndLeave(s, 'workshop.name', '丽水山坊测试工坊');
      // A blocked submit: the summary, with a link to an error.
      await s.clickWhenStill('#filing button[type="submit"]');
      const links = await s.until(() => {
        const summary = document.getElementById('shanfang-summary');
        return !summary.hidden && summary.querySelectorAll('a[data-shanfang-target]').length;
      }, [], 'the error summary');
      assert.ok(links > 0);
      assert.ok(!(await s.run(() => location.search)), 'nothing was submitted into the URL');
      await s.screenshot(path.join(ARTIFACTS, `engine-${engine}-served.png`));
      // The draft is written a moment after the last edit; a reload restores it.
      await new Promise((r) => setTimeout(r, 600));
      await s.refresh();
      await s.until(started, [], 'the checker to start again');
      const restored = await s.until(() => {
        const v = (id) => document.getElementById(id);
        return v('workshop.name').value && [v('workshop.name').value, v('site.fire_extinguishers').value, v('modes-processing').checked, v('processing.workstations').value];
      }, [], 'the draft to be restored');
      assert.deepEqual(restored, ['丽水山坊测试工坊', '2', true, '5']);
    } finally {
      await s.close();
      driver.close();
      await server.close();
    }
  });

  test(`${engine}: the offline single file from file:// flags 6.5 and 7.1.3 on each of ${FRESH_FILE_LOADS[engine]} fresh load(s)`, async () => {
    assert.ok(available().includes(engine), `${engine} is installed (scripts/setup.sh)`);
    const driver = await startDriver(engine);
    try {
      for (let load = 0; load < FRESH_FILE_LOADS[engine]; load++) {
        const s = await driver.session(); // a fresh browser each time
        try {
          await s.goto(SINGLE_FILE);
          await flagsHeadlineClauses(s);
          if (load === 0) await s.screenshot(path.join(ARTIFACTS, `engine-${engine}-file.png`));
        } catch (e) {
          e.message = `load ${load + 1}: ${e.message}`;
          throw e;
        } finally {
          await s.close();
        }
      }
    } finally {
      driver.close();
    }
  });

  test(`${engine}: a checker killed mid-session from file:// is shown as not available, keeps what was typed, and restarts`, async () => {
    assert.ok(available().includes(engine), `${engine} is installed (scripts/setup.sh)`);
    const driver = await startDriver(engine);
    const s = await driver.session();
    try {
      await s.goto(SINGLE_FILE);
      await s.until(started, [], 'the checker to start');
      await s.run(wholeForm);
      await typeAndLeave(s, 'site.fire_extinguishers', '0');
      await s.until(messageOf, ['site.fire_extinguishers'], 'the 6.5 message');
      // The automatic restarts used up, so the stopped page stays to be seen;
      // the first keystroke into 经营主体名称 kills the binding.
      await s.run(useUpRestarts);
      await s.run(armKill);
      await typeAndLeave(s, 'operator.name', '景宁县某某专业合作社');
      const bar = await s.until(() => {
        const stopped = document.getElementById('shanfang-stopped');
        const kept = stopped.querySelector('[data-kept]');
        return !stopped.hidden && document.getElementById('shanfang-status').hidden && kept.offsetParent !== null && stopped.textContent;
      }, [], 'the "not available" bar');
      assert.match(bar, /校验程序意外停止/);
      assert.equal(await s.run(() => document.getElementById('operator.name').value), '景宁县某某专业合作社', 'typing went on into the form');
      // A submit is neither let through nor silent.
      await s.clickWhenStill('#filing button[type="submit"]');
      await s.until(() => document.activeElement && document.activeElement.id === 'shanfang-stopped', [], 'the bar to take focus on submit');
      assert.ok(!(await s.run(() => location.search)), 'nothing was submitted into the URL');
      await s.screenshot(path.join(ARTIFACTS, `engine-${engine}-stopped.png`));
      await new Promise((r) => setTimeout(r, 400)); // the last keystrokes kept
      await s.clickWhenStill('#shanfang-stopped button');
      const back = await s.until(() => {
        const v = (id) => document.getElementById(id);
        return window.shanfang && v('shanfang-stopped').hidden && !v('shanfang-recovered').hidden &&
          [v('operator.name').value, v('site.fire_extinguishers').value];
      }, [], 'the re-instantiated checker with the entries').catch(async (e) => {
        e.message += `; the page: ${JSON.stringify(await s.run(pageState).catch((x) => String(x)))}`;
        throw e;
      });
      assert.deepEqual(back, ['景宁县某某专业合作社', '0']);
      await s.run(wholeForm);
      assert.match(await s.until(messageOf, ['site.fire_extinguishers'], 'the 6.5 message after the restart'), /6\.5/);
      await typeAndLeave(s, 'site.fire_extinguishers', '2');
      await s.until((f) => !document.querySelector(`#filing [data-field="${f}"] > .shanfang-message`), ['site.fire_extinguishers'], 'the 6.5 message to clear');
    } finally {
      await s.close();
      driver.close();
    }
  });
}
