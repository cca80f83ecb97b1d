// The playground's Tracking plan view in headless Chromium: the plan for
// the form's settings, the rules of the current calls first, and a note
// for a call the plan has no rule for.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { servePlayground } = require('./chromium');
const { loadTrackingPlan } = require('../../tools/tracking-plan');

const root = path.join(__dirname, '..', '..');
const artifacts = path.join(root, 'artifacts');

const playground = servePlayground(test);

const rulesShown = (page) => page.$$eval('[data-testid=plan-rule]', (rules) => rules.map((r) => ({ rule: r.dataset.rule, open: r.open })));

test('the Tracking plan view shows the plan for the settings, the current calls\' rules first', async () => {
  const page = await playground.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on('pageerror', (err) => errors.push(err));
  await page.goto(playground.base);
  await page.waitForSelector('body[data-ready="true"]');
  await page.selectOption('[data-testid=sample]', 'subscription.created');
  await page.click('[data-testid=view-tracking-plan]');
  assert.equal(await page.isVisible('[data-testid=tracking-plan-view]'), true);
  const expected = loadTrackingPlan()({}).rules;
  let shown = await rulesShown(page);
  assert.equal(shown.length, expected.length);
  assert.deepEqual(shown[0], { rule: 'TRACK:subscription_created', open: true });
  assert.ok(shown.slice(1).every((r) => !r.open));
  assert.match(await page.textContent('[data-testid=plan-summary]'), new RegExp(`^${expected.length} rules`));
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'playground-tracking-plan.png'), fullPage: false });

  await page.setChecked('[data-testid=setting-groupCalls]', true);
  await page.waitForTimeout(400); // past the debounce
  shown = await rulesShown(page);
  assert.deepEqual(shown.slice(0, 2).map((r) => r.rule).sort(), ['GROUP:', 'TRACK:subscription_created']);
  assert.equal(shown.length, loadTrackingPlan()({ groupCalls: true }).rules.length);

  await page.fill('[data-testid=payload]', JSON.stringify({ type: 'invoice.paid', customerId: 'c-1' }));
  await page.waitForTimeout(400);
  assert.equal(await page.isVisible('[data-testid=plan-unplanned]'), true);
  assert.deepEqual(errors, []);
  await page.close();
});
