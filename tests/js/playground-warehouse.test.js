// The playground's Warehouse view in headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core): rows per call, dropped
// values flagged with the hint, and a screenshot in artifacts/.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { launchChromium } = require('./chromium');
const { createStaticServer } = require('../../tools/static-server');

const root = path.join(__dirname, '..', '..');
const artifacts = path.join(root, 'artifacts');
let server;
let base;
let browser;

test.before(async () => {
  server = createStaticServer(path.join(root, 'www'));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchChromium();
});

test.after(async () => {
  await browser?.close();
  server?.close();
});

async function openWarehouse(sample) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on('pageerror', (err) => errors.push(err));
  await page.goto(base);
  await page.waitForSelector('body[data-ready="true"]');
  await page.selectOption('[data-testid=sample]', sample);
  await page.click('[data-testid=view-warehouse]');
  page.errors = errors;
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
