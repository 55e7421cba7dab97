// The package as portals adopt it (issue 13): a tiny app per bundler (Vite,
// esbuild, webpack 5), a React 19 and a Vue 3.5 form with the binding,
// react-hook-form through the Standard Schema, and RJSF rendering the
// canonical JSON Schema. examples/apps/ is installed from its lockfile and
// built by scripts/test.sh (`npm ci` there, then `node build.js`); each
// app's dist/ is served and driven in Chromium as a person would.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, serve, launch, screenshot, enter } = require('./lib');

const DIST = path.join(ROOT, 'examples', 'apps', 'dist');
let browser;
let server;
before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'react', 'index.html')), 'examples/apps is built (scripts/test.sh: npm ci && node build.js in examples/apps)');
  browser = await launch();
  server = await serve(DIST);
});
after(async () => {
  await browser.close();
  await server.close();
});

/** Opens an app; fails the test on a page error, a console error or a failed request. */
async function open(app, fn, viewport) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  try {
    await page.goto(`${server.url}/${app}`);
    await fn(page, context);
    assert.deepEqual(problems, [], 'no errors, no failed requests');
  } finally {
    await context.close();
  }
}

for (const bundler of ['vite', 'esbuild', 'webpack']) {
  test(`${bundler}: the package imported as the README says builds and runs (module found, validate, attach, Standard Schema)`, async () => {
    await open(`${bundler}/`, async (page) => {
      await page.waitForFunction(() => document.getElementById('out').textContent.includes(' ok'));
      const out = await page.locator('#out').textContent();
      assert.match(out, new RegExp(`^${bundler} ok: \\d+ errors; 6\\.5 true; schema issues \\d+; binding function$`));
      assert.ok(Number(out.match(/schema issues (\d+)/)[1]) > 10, 'the empty filing has its errors as issues');
    });
  });
}

// The apps render after `await init()`: the count may not exist yet when a wait starts.
const count = (page) => page.locator('#count').textContent();
const errorsIn = async (page) => Number((await count(page)).match(/错误 (\d+) 项/)[1]);
// Each field has at most one message block: nothing rendered twice across re-renders.
async function noDuplicates(page) {
  const dupes = await page.evaluate(() => {
    const seen = {};
    for (const m of document.querySelectorAll('.shanfang-message')) {
      const box = m.closest('[data-field]');
      const key = box ? box.getAttribute('data-field') : m.id;
      seen[key] = (seen[key] || 0) + 1;
    }
    return Object.entries(seen).filter(([, n]) => n > 1);
  });
  assert.deepEqual(dupes, [], 'one message block per field');
}
const message = (page, path) => page.locator(`[data-field="${path}"] .shanfang-message`);

for (const framework of ['react', 'vue']) {
  test(`${framework}: messages appear and clear, survive re-renders, a click ticks a box, "fill example" updates the verdict, list items map through a function, the draft comes back into state`, async () => {
    await open(`${framework}/`, async (page) => {
      await page.waitForFunction(() => /错误 \d+ 项/.test((document.getElementById('count')?.textContent || '')));
      // It imports the binding entry (issue 28): the core's module alone is
      // fetched (the form binding is the entry's JS).
      assert.deepEqual(await wasmLoaded(page), ['shanfang_core_bg.wasm']);
      const fire = page.locator('#f_site_fire_extinguishers');
      await enter(fire, '0');
      await message(page, 'site.fire_extinguishers').waitFor();
      assert.match(await message(page, 'site.fire_extinguishers').textContent(), /6\.5/);
      await page.click('#rerender');
      await page.click('#rerender');
      assert.equal(await message(page, 'site.fire_extinguishers').count(), 1, 'the message survives re-renders');
      await noDuplicates(page);
      await fire.fill('2');
      await message(page, 'site.fire_extinguishers').waitFor({ state: 'detached' });

      // A real click on a checkbox while the report listener updates the framework's state.
      const tidy = page.locator('#f_site_tidy');
      await tidy.click();
      await page.waitForTimeout(50);
      assert.equal(await tidy.isChecked(), true, 'the click ticks the box (v-model / onChange kept it)');
      await tidy.click();
      await page.waitForTimeout(50);
      assert.equal(await tidy.isChecked(), false);

      // A steward row rendered by the framework, named by the function form of `fields`.
      await page.click('#add-steward');
      const phone = page.locator('#f_party_stewards_0_phone');
      await enter(phone, '123');
      await message(page, 'party.stewards[0].phone').waitFor();
      await noDuplicates(page);

      // Values set by code fire no event: the binding sees them through refresh().
      const before = await errorsIn(page);
      await page.click('#fill');
      await page.waitForFunction((n) => Number(((document.getElementById('count')?.textContent || '').match(/错误 (\d+) 项/) || [0, Infinity])[1]) < n, before);
      await message(page, 'party.stewards[0].phone').waitFor({ state: 'detached' });
      assert.equal(await page.locator('#f_workshop_name').inputValue(), '云和县雾溪畲族乡坪垟岗村木玩来料加工共富工坊');
      await noDuplicates(page);
      const filled = await count(page);
      await screenshot(page, `apps-${framework}`);

      // The draft is saved and, on reload, is the framework's state (not only the DOM's).
      await page.waitForTimeout(400);
      await page.reload();
      await page.waitForFunction(() => /错误 \d+ 项/.test((document.getElementById('count')?.textContent || '')));
      assert.equal(await page.locator('#f_workshop_name').inputValue(), '云和县雾溪畲族乡坪垟岗村木玩来料加工共富工坊');
      assert.equal(await page.locator('#f_party_stewards_1_phone').inputValue(), '13905782345');
      assert.equal(await count(page), filled, 'the same verdict after reload');
      await page.click('#rerender');
      assert.equal(await page.locator('#f_workshop_name').inputValue(), '云和县雾溪畲族乡坪垟岗村木玩来料加工共富工坊', 'a re-render keeps the restored values');

      // A blocked submit focuses the summary, which has no tabindex in the markup.
      await page.click('button[type="submit"]');
      await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'errors');
      assert.ok(await page.locator('#errors').isVisible());
    });
  });
}

test('react: "fill example" alone (code, no typing) saves the draft, which comes back on reload', async () => {
  await open('react/', async (page) => {
    await page.waitForFunction(() => /错误 \d+ 项/.test((document.getElementById('count')?.textContent || '')));
    await page.click('#fill');
    await page.waitForFunction(() => (localStorage.getItem('react-example-draft') || '').includes('雷晓燕'), null, { timeout: 2000 });
    await page.reload();
    await page.waitForFunction(() => /错误 \d+ 项/.test((document.getElementById('count')?.textContent || '')));
    assert.equal(await page.locator('#f_party_stewards_1_name').inputValue(), '雷晓燕');
  });
});

/** The .wasm files a page fetched, by name without Vite's hash. */
function wasmLoaded(page) {
  return page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.wasm')).map((n) => n.split('/').pop().replace(/-[\w-]{8}\.wasm$/, '.wasm')));
}

test('react-hook-form: standardSchemaResolver(filingSchema) gives the errors with their paths and clauses; warnings reachable beside it', async () => {
  await open('react/rhf.html', async (page) => {
    await page.locator('button[type="submit"]').waitFor();
    // It imports the core entry (issue 28): the core module alone is fetched.
    assert.deepEqual(await wasmLoaded(page), ['shanfang_core_bg.wasm']);
    await page.click('button[type="submit"]');
    await page.locator('#err-fire').waitFor();
    assert.match(await page.locator('#err-fire').textContent(), /6\.5/);
    assert.ok(Number((await page.locator('#error-count').textContent()).match(/\d+/)[0]) > 10);
    assert.ok(await page.locator('#errors li[data-path="party.stewards"]').count() === 1, 'paths nest as react-hook-form nests them');
    await page.fill('input[name="site.fire_extinguishers"]', '2');
    await page.locator('#err-fire').waitFor({ state: 'detached' });
    assert.equal(await page.locator('#sent').count(), 0, 'an incomplete filing is not submitted');
    await screenshot(page, 'apps-rhf');
  });
});

test('RJSF renders the canonical JSON Schema as a usable form: titled fields, a select per code field with its names, no "Option 1/2" choices', async () => {
  await open('react/rjsf.html', async (page) => {
    await page.locator('form.rjsf').waitFor();
    assert.deepEqual(await wasmLoaded(page), ['shanfang_core_bg.wasm'], 'the core entry\'s module alone');
    const text = await page.locator('form.rjsf').innerText();
    for (const title of ['工坊名称', '灭火器数量', '所在县（市、区）', '红色管家名册', '利益联结模式（可多选）']) {
      assert.ok(text.includes(title), `the form shows ${title}`);
    }
    assert.doesNotMatch(text, /Option 1|Option 2/, 'no anyOf choice between a value and null');
    const county = page.locator('select[id="root_workshop_county"]');
    await county.selectOption({ label: '云和县' });
    const fire = page.locator('input[id="root_site_fire_extinguishers"]');
    await fire.fill('2');
    await page.locator('input[id="root_workshop_name"]').fill('木玩工坊');
    await page.waitForFunction(() => /错误 \d+ 项/.test(document.getElementById('report')?.textContent || ''));
    const errors = Number((await page.locator('#report').textContent()).match(/\d+/)[0]);
    assert.ok(errors > 0, 'the validator reports on what RJSF holds');
    await screenshot(page, 'apps-rjsf');
  });
});
