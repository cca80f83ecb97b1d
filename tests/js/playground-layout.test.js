// The playground's layout in headless Chromium at a laptop's and a phone's
// size: the output stays in view while the settings change, the views are
// real tabs, nothing in the output is cut without a way to read it, and on a
// phone the output comes right after the webhook. Screenshots go to
// artifacts/ (look at them: the figures alone do not show overlap or clutter).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { servePlayground, loadPlayground } = require('./chromium');

const root = path.join(__dirname, '..', '..');
const artifacts = path.join(root, 'artifacts');
fs.mkdirSync(artifacts, { recursive: true });

const playground = servePlayground(test);

const SIZES = [['1280x800', { width: 1280, height: 800 }], ['390x844', { width: 390, height: 844 }]];

async function openPage(viewport, url = playground.base) {
  return loadPlayground(await playground.browser.newPage({ viewport }), url);
}

/** Waits past the debounce for the output to reflect the latest input. */
const settle = (page) => page.waitForTimeout(400);

/** Opens the settings' fold, as a phone user must first. */
async function openSettings(page) {
  if (!(await page.$eval('[data-testid=settings]', (d) => d.open))) await page.click('[data-testid=settings] > summary');
}

/** Where the first call is, and whether it is the element actually seen there. */
const firstCallSeen = (page) => page.$eval('[data-testid=call]', (call) => {
  const box = call.getBoundingClientRect();
  const x = box.left + Math.min(40, box.width / 2);
  const y = box.top + 8;
  const seen = y >= 0 && y < innerHeight && call.contains(document.elementFromPoint(x, y));
  return { top: Math.round(box.top), pageTop: Math.round(box.top + scrollY), seen, innerHeight };
});

for (const [label, viewport] of SIZES) {
  test(`${label}: after changing the last setting, the first call's top is in view`, async () => {
    const page = await openPage(viewport);
    await page.selectOption('[data-testid=sample]', 'subscription.trial_started');
    await openSettings(page);
    const last = page.locator('[data-setting]').last();
    assert.equal(await last.getAttribute('data-setting'), 'warehouseSafeProperties', 'the form\'s last setting');
    // As a user gets there: scrolled until the control is at the screen's
    // bottom edge, the farthest from the output it can be while seen.
    await last.evaluate((control) => control.scrollIntoView({ block: 'end' }));
    const before = await page.$eval('[data-testid=call]', (call) => call.textContent);
    await last.check();
    await settle(page);
    assert.notEqual(await page.$eval('[data-testid=call]', (call) => call.textContent), before, 'the change shows in the calls');
    const controlBox = await last.boundingBox();
    assert.ok(controlBox.y >= 0 && controlBox.y + controlBox.height <= viewport.height, 'the setting is on screen');
    const first = await firstCallSeen(page);
    console.log(`# ${label}: the first call's top after the last setting: ${first.top} px (viewport ${viewport.height} px)`);
    assert.ok(first.top >= 0 && first.top < viewport.height, `the first call's top is at ${first.top}px`);
    assert.ok(first.seen, 'the first call is not covered by anything');
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= viewport.width, `the page is ${pageWidth}px wide`);
    await page.screenshot({ path: path.join(artifacts, `playground-layout-${label}-last-setting.png`) });
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test(`${label}: the views are a tablist; the selected tab stands out and arrows move it`, async () => {
    const page = await openPage(viewport);
    const tabs = page.locator('[role=tablist] [role=tab]');
    assert.equal(await tabs.count(), 3);
    const look = () => tabs.evaluateAll((nodes) => nodes.map((tab) => {
      const style = getComputedStyle(tab);
      return {
        view: tab.dataset.view,
        selected: tab.getAttribute('aria-selected'),
        tabIndex: tab.tabIndex,
        colours: [style.color, style.backgroundColor, style.borderBottomColor].join(' / '),
        background: style.backgroundColor,
        panel: tab.getAttribute('aria-controls'),
        panelShown: !document.getElementById(tab.getAttribute('aria-controls')).hidden,
        panelLabel: document.getElementById(tab.getAttribute('aria-controls')).getAttribute('aria-labelledby') === tab.id,
        panelRole: document.getElementById(tab.getAttribute('aria-controls')).getAttribute('role'),
      };
    }));
    const check = async (view) => {
      const shown = await look();
      const selected = shown.filter((tab) => tab.selected === 'true');
      assert.equal(selected.length, 1, JSON.stringify(shown));
      assert.equal(selected[0].view, view);
      for (const tab of shown) {
        assert.equal(tab.panelRole, 'tabpanel');
        assert.ok(tab.panelLabel, `${tab.panel} is labelled by its tab`);
        assert.equal(tab.panelShown, tab === selected[0], `${tab.panel} shown only when its tab is selected`);
        assert.equal(tab.tabIndex, tab === selected[0] ? 0 : -1, 'one tab stop');
        if (tab !== selected[0]) assert.notEqual(tab.colours, selected[0].colours, `${tab.view} looks like the selected ${view}`);
      }
      return shown;
    };
    const shown = await check('calls');
    // Actions do not look like tabs: a filled button, where tabs are not.
    const action = await page.$eval('[data-testid=copy-function]', (b) => getComputedStyle(b).backgroundColor);
    assert.ok(shown.every((tab) => tab.background !== action), `the copy button's ${action} is a tab's background`);

    await page.click('[data-testid=view-warehouse]');
    await check('warehouse');
    await page.screenshot({ path: path.join(artifacts, `playground-layout-${label}-tabs.png`) });
    // Keyboard: arrows, Home and End move the selection and the focus.
    await page.focus('[role=tab][aria-selected=true]');
    await page.keyboard.press('ArrowRight');
    await check('tracking-plan');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.view), 'tracking-plan');
    const focus = await page.evaluate(() => ({ visible: document.activeElement.matches(':focus-visible'), outline: getComputedStyle(document.activeElement).outlineStyle }));
    assert.deepEqual(focus, { visible: true, outline: 'solid' }, 'keyboard focus is visible');
    await page.keyboard.press('ArrowRight');
    await check('calls');
    await page.keyboard.press('ArrowLeft');
    await check('tracking-plan');
    await page.keyboard.press('Home');
    await check('calls');
    await page.keyboard.press('End');
    await check('tracking-plan');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test(`${label}: nothing in the output is cut without a scroll container or an expander`, async () => {
    const page = await openPage(viewport);
    await page.selectOption('[data-testid=sample]', 'subscription.trial_started');
    // Adversarial widths: a long unbroken id, a long key, a long text value.
    const body = JSON.parse(await page.inputValue('[data-testid=payload]'));
    body.customer.id = `customer-${'x'.repeat(90)}`;
    body.description = 'a long plan description '.repeat(20).trim();
    body[`an_unusually_long_property_name_${'y'.repeat(40)}`] = 'z'.repeat(300);
    await page.fill('[data-testid=payload]', JSON.stringify(body, null, 2));
    await openSettings(page);
    for (const name of ['groupCalls', 'planTraits']) await page.check(`[data-testid=setting-${name}]`);
    await settle(page);

    // Every element of the output pane wider inside than out: allowed only
    // as a scroll container (overflow-x auto or scroll) or inside an
    // expander (a cell with aria-expanded, or the summary of a closed
    // details) that shows it whole once opened.
    const EXPANDER = '[aria-expanded="false"], details:not([open]) > summary';
    const cut = () => page.$eval('[data-testid=output]', (output, expander) => [...output.querySelectorAll('*')]
      .filter((node) => node.scrollWidth > node.clientWidth + 1 && node.getClientRects().length > 0)
      .filter((node) => !['auto', 'scroll'].includes(getComputedStyle(node).overflowX) && !node.closest(expander))
      .map((node) => `${node.tagName.toLowerCase()}.${node.className} (${node.scrollWidth} in ${node.clientWidth}): ${node.textContent.slice(0, 60)}`), EXPANDER);
    /** How many expanders hold something cut, in the open view. */
    const cutExpanders = () => page.$$eval(`[data-testid=output] [role=tabpanel]:not([hidden]) :is(${EXPANDER})`, (nodes) => nodes
      .filter((node) => [...node.querySelectorAll('*'), node].some((n) => n.scrollWidth > n.clientWidth + 1)).length);
    /** Opens every expander of the open view. */
    const openExpanders = () => page.$$eval('[data-testid=output] [role=tabpanel]:not([hidden]) :is(td[aria-expanded="false"], details:not([open]) > summary)',
      (nodes) => nodes.forEach((node) => node.click()));

    for (const safe of [false, true]) {
      await page.setChecked('[data-testid=setting-warehouseSafeProperties]', safe);
      await settle(page);
      for (const view of ['calls', 'warehouse', 'tracking-plan']) {
        await page.click(`[data-testid=view-${view}]`);
        assert.deepEqual(await cut(), [], `${view}, warehouseSafeProperties ${safe}`);
        if (view === 'warehouse' && !safe) assert.ok(await cutExpanders() > 0, `${view}: something long is cut, with its expander`);
        // Every expander opened (every plan rule's table laid out too):
        // nothing is cut any more, and nothing else overflows.
        await openExpanders();
        assert.equal(await cutExpanders(), 0, `${view}: every expander shows its text whole`);
        assert.deepEqual(await cut(), [], `${view} opened, warehouseSafeProperties ${safe}`);
        if (safe && view !== 'calls') {
          await page.$eval('[data-testid=output]', (output) => output.scrollIntoView());
          await page.screenshot({ path: path.join(artifacts, `playground-layout-${label}-${view}.png`) });
        }
      }
    }
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= viewport.width, `the page is ${pageWidth}px wide`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test(`${label}: event names show as the calls carry them, in every view`, async () => {
    const page = await openPage(viewport);
    await page.selectOption('[data-testid=sample]', 'subscription.trial_started');
    await openSettings(page);
    for (const [style, event] of [['snake_case', 'subscription_trial_started'], ['Object Action', 'Subscription Trial Started']]) {
      await page.selectOption('[data-testid=setting-eventNameStyle]', style);
      await settle(page);
      // innerText, which is what CSS makes of the text (text-transform included).
      const heads = {
        calls: await page.$eval('[data-testid=call] .card-head', (head) => head.innerText),
      };
      await page.click('[data-testid=view-warehouse]');
      heads.warehouse = await page.$eval('[data-testid=warehouse-call] .card-head', (head) => head.innerText);
      await page.click('[data-testid=view-tracking-plan]');
      heads.plan = await page.$eval('[data-testid=plan-rule] > summary', (summary) => summary.innerText);
      await page.click('[data-testid=view-calls]');
      for (const [where, text] of Object.entries(heads)) {
        assert.ok(text.includes(event), `${where} shows "${text}", not ${event}`);
        assert.ok(!text.includes(event.toUpperCase()), `${where}: ${text}`);
      }
    }
    await page.close();
  });
}

test('390x844: the output comes right after the webhook, within 1.5 screen heights; the settings fold below it', async () => {
  const viewport = { width: 390, height: 844 };
  const page = await openPage(viewport);
  const first = await firstCallSeen(page);
  const screens = first.pageTop / viewport.height;
  console.log(`# 390x844: the first call starts ${first.pageTop} px down the page, ${screens.toFixed(2)} screen heights`);
  assert.ok(screens <= 1.5, `${screens.toFixed(2)} screen heights`);
  const boxes = await page.evaluate(() => Object.fromEntries(['.webhook', '[data-testid=output]', '[data-testid=settings]']
    .map((selector) => [selector, document.querySelector(selector).getBoundingClientRect().top + scrollY])));
  assert.ok(boxes['.webhook'] < boxes['[data-testid=output]'] && boxes['[data-testid=output]'] < boxes['[data-testid=settings]'], JSON.stringify(boxes));
  assert.equal(await page.$eval('[data-testid=settings]', (d) => d.open), false, 'the settings start folded');
  assert.match(await page.textContent('[data-testid=settings-changed]'), /defaults/);
  await page.screenshot({ path: path.join(artifacts, 'playground-layout-390x844-load.png') });
  await page.screenshot({ path: path.join(artifacts, 'playground-layout-390x844-full.png'), fullPage: true });
  await page.close();
});

test('1280x800: both panes fit the window and scroll on their own; the settings are open, each description one line until opened', async () => {
  const viewport = { width: 1280, height: 800 };
  const page = await openPage(viewport);
  const sizes = await page.evaluate(() => ({
    page: document.documentElement.scrollHeight,
    input: document.querySelector('.input').getBoundingClientRect().bottom,
    output: document.querySelector('[data-testid=output]').getBoundingClientRect().bottom,
    inputScrolls: document.querySelector('.input').scrollHeight > document.querySelector('.input').clientHeight,
  }));
  assert.ok(sizes.page <= viewport.height, `the page is ${sizes.page}px tall`);
  assert.ok(sizes.input <= viewport.height && sizes.output <= viewport.height, JSON.stringify(sizes));
  assert.ok(sizes.inputScrolls, 'the form scrolls inside its pane');
  assert.equal(await page.$eval('[data-testid=settings]', (d) => d.open), true);
  const description = page.locator('#setting-eventNameStyle-desc');
  const oneLine = await description.evaluate((node) => node.getBoundingClientRect().height);
  assert.ok(await description.evaluate((node) => node.scrollWidth > node.clientWidth), 'a long description is cut to a line');
  await description.click();
  const whole = await description.evaluate((node) => ({ height: node.getBoundingClientRect().height, cut: node.scrollWidth > node.clientWidth }));
  assert.ok(whole.height > oneLine * 2 && !whole.cut, `opened: ${JSON.stringify(whole)} from ${oneLine}px`);
  assert.match(await page.getAttribute('[data-testid=setting-eventNameStyle]', 'aria-describedby'), /setting-eventNameStyle-desc/);
  await page.screenshot({ path: path.join(artifacts, 'playground-layout-1280x800-load.png') });
  await page.close();
});
