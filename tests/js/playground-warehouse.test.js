// The playground's Warehouse view in headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core): rows per call, dropped
// values flagged with the hint, and a screenshot in artifacts/.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { servePlayground, loadPlayground } = require('./chromium');

const root = path.join(__dirname, '..', '..');
const artifacts = path.join(root, 'artifacts');

const playground = servePlayground(test);

async function openWarehouse(sample, viewport = { width: 1280, height: 800 }) {
  const page = await loadPlayground(await playground.browser.newPage({ viewport }), playground.base);
  await page.selectOption('[data-testid=sample]', sample);
  await page.click('[data-testid=view-warehouse]');
  return page;
}

async function setCheckbox(page, name, checked) {
  await page.setChecked(`[data-testid=setting-${name}]`, checked);
  await page.waitForTimeout(400); // past the debounce
}

test('the Warehouse view shows each call\'s tables, flags dropped values and hints at the setting', async () => {
  const page = await openWarehouse('subscription.trial_started');
  await setCheckbox(page, 'groupCalls', true);
  assert.equal(await page.isVisible('[data-testid=warehouse-view]'), true);
  assert.equal(await page.isVisible('#result'), false);
  const tables = await page.$$eval('[data-testid=warehouse-row]', (rows) => rows.map((r) => r.dataset.table));
  assert.deepEqual(tables, ['groups', 'tracks', 'subscription_trial_started']);
  // As the calls carry them (innerText is the text as CSS shows it):
  // Segment's event names are case-sensitive.
  const heads = await page.$$eval('[data-testid=warehouse-call] .card-head', (nodes) => nodes.map((n) => n.innerText.replace(/\s+/g, ' ')));
  assert.deepEqual(heads, ['group', 'track subscription_trial_started']);
  const dropped = await page.$$eval('[data-testid=warehouse-dropped]', (rows) => rows.map((r) => r.textContent));
  assert.ok(dropped.some((text) => text.includes('properties.id')), dropped.join('\n'));
  assert.equal(await page.isVisible('[data-testid=warehouse-hint]'), true);
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'playground-warehouse.png'), fullPage: true });

  await setCheckbox(page, 'warehouseSafeProperties', true);
  assert.equal(await page.$$eval('[data-testid=warehouse-dropped]', (rows) => rows.length), 0);
  assert.equal(await page.isVisible('[data-testid=warehouse-hint]'), false);
  const columns = await page.$eval('[data-table=subscription_trial_started]', (row) => row.textContent);
  assert.match(columns, /subscription_id/);
  await page.screenshot({ path: path.join(artifacts, 'playground-warehouse-safe.png'), fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('text over 512 characters is flagged as cut', async () => {
  const page = await openWarehouse('customer.created');
  const body = JSON.stringify({ type: 'customer.created', id: 'c-1', name: 'x'.repeat(600) });
  await page.fill('[data-testid=payload]', body);
  await page.waitForTimeout(400);
  const cut = await page.$$eval('[data-testid=warehouse-cut]', (rows) => rows.map((r) => r.textContent));
  assert.ok(cut.length >= 1);
  assert.ok(cut.every((text) => text.includes('cut from 600 characters')), cut.join('\n'));
  await page.close();
});

// The value column must stay readable at a laptop's and a phone's width:
// long values are one line cut with an ellipsis, shown whole on hover
// (title) and on click, and each table collapses.
for (const [label, viewport] of [['1280x800', { width: 1280, height: 800 }], ['390x844', { width: 390, height: 844 }]]) {
  test(`at ${label} values are cut with an ellipsis, shown whole on hover and click, and tables collapse`, async () => {
    const page = await openWarehouse('subscription.trial_started', viewport);
    const long = 'a long plan description '.repeat(12).trim();
    const body = JSON.parse(await page.inputValue('[data-testid=payload]'));
    body.description = long;
    await page.fill('[data-testid=payload]', JSON.stringify(body, null, 2));
    await page.waitForTimeout(400);
    const cell = page.locator('[data-table=subscription_trial_started] td.value', { hasText: 'a long plan description' }).first();
    const before = await cell.evaluate((td) => {
      const text = td.querySelector('.cell-text');
      const style = getComputedStyle(text);
      return {
        title: text.title,
        overflowing: text.scrollWidth > text.clientWidth,
        ellipsis: style.textOverflow,
        nowrap: style.whiteSpace,
        width: td.getBoundingClientRect().width,
        height: td.getBoundingClientRect().height,
      };
    });
    assert.equal(before.title, long, 'the whole value is the cell\'s title');
    assert.equal(before.ellipsis, 'ellipsis');
    assert.equal(before.nowrap, 'nowrap');
    assert.ok(before.overflowing, 'a long value is cut, not wrapped');
    // The bug this guards against: a value column one character wide.
    assert.ok(before.width >= (viewport.width > 600 ? 200 : 90), `value column ${before.width}px wide`);
    // Every column's name fits its cell on one line.
    const names = await page.$$eval('[data-table=subscription_trial_started] td.name', (tds) =>
      tds.map((td) => td.scrollWidth <= td.clientWidth + 1));
    assert.ok(names.length > 5 && names.every(Boolean), 'column names are never cut or wrapped');

    fs.mkdirSync(artifacts, { recursive: true });
    await page.locator('[data-testid=warehouse-view]').evaluate((view) => view.scrollIntoView());
    await page.screenshot({ path: path.join(artifacts, `playground-warehouse-${label}.png`) });

    await cell.click();
    const after = await cell.evaluate((td) => ({
      expanded: td.getAttribute('aria-expanded'),
      height: td.getBoundingClientRect().height,
    }));
    assert.equal(after.expanded, 'true');
    assert.ok(after.height > before.height * 1.5, `expanded from ${before.height}px to ${after.height}px`);

    const table = page.locator('[data-table=tracks]');
    assert.equal(await table.evaluate((details) => details.open), true);
    await table.locator('summary').click();
    assert.equal(await table.evaluate((details) => details.open), false);
    assert.equal(await table.locator('table').isVisible(), false);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}
