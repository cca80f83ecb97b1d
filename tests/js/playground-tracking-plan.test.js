// The playground's Tracking plan view in headless Chromium: the plan for
// the form's settings, the rules of the current calls first, and a note
// for a call the plan has no rule for.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { servePlayground, loadPlayground } = require('./chromium');
const { loadTrackingPlan } = require('../../tools/tracking-plan');

const root = path.join(__dirname, '..', '..');
const artifacts = path.join(root, 'artifacts');

const playground = servePlayground(test);

const rulesShown = (page) => page.$$eval('[data-testid=plan-rule]', (rules) => rules.map((r) => ({ rule: r.dataset.rule, open: r.open })));

test('the Tracking plan view shows the plan for the settings, the current calls\' rules first', async () => {
  const page = await loadPlayground(await playground.browser.newPage({ viewport: { width: 1400, height: 1000 } }), playground.base);
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
  assert.deepEqual(page.errors, []);
  await page.close();
});

/** Opens the Tracking plan view with the glue's trackingPlan recording the
 * options it is called with (window.trackingPlanOptions). */
async function openRecordingPlan(url = playground.base) {
  const page = await playground.browser.newPage({ viewport: { width: 1280, height: 800 } });
  let patched = false;
  await page.route('**/pkg/stigg_segment.js', async (route) => {
    const response = await route.fetch();
    const text = (await response.text()).replace(/export function trackingPlan\(([^)]*)\) \{/, (head) => {
      patched = true;
      return `${head}\n    (globalThis.trackingPlanOptions ||= []).push(JSON.parse(JSON.stringify(arguments[1] ?? null)));`;
    });
    await route.fulfill({ response, body: text });
  });
  await loadPlayground(page, url);
  assert.ok(patched, 'the glue has an `export function trackingPlan(...)` to record');
  return page;
}

const lastOptions = (page) => page.evaluate(() => globalThis.trackingPlanOptions?.at(-1));
const stateIn = (url) => JSON.parse(Buffer.from(new URL(url).hash.slice(1), 'base64url').toString('utf8'));

test('the strict toggle asks the core for the strict plan and lives in the link', async () => {
  const page = await openRecordingPlan();
  await page.click('[data-testid=view-tracking-plan]');
  assert.deepEqual(await lastOptions(page), { strict: false });
  assert.equal(stateIn(page.url()).strictPlan, false);
  await page.check('[data-testid=plan-strict]');
  assert.deepEqual(await lastOptions(page), { strict: true });
  assert.equal(stateIn(page.url()).strictPlan, true);
  assert.equal(stateIn(page.url()).view, 'tracking-plan');
  const link = page.url();
  await page.uncheck('[data-testid=plan-strict]');
  assert.deepEqual(await lastOptions(page), { strict: false });
  assert.deepEqual(page.errors, []);
  await page.close();

  const again = await openRecordingPlan(link);
  assert.equal(await again.isChecked('[data-testid=plan-strict]'), true);
  assert.equal(await again.isVisible('[data-testid=tracking-plan-view]'), true);
  assert.deepEqual(await lastOptions(again), { strict: true });
  await again.close();
});

// Runs once the core's trackingPlan takes { strict } (issue 26); until then
// the playground's wasm ignores the option and this test skips, saying so.
test('the default plan leaves Stigg\'s track properties open; the strict plan closes them', async (t) => {
  const page = await loadPlayground(await playground.browser.newPage({ viewport: { width: 1280, height: 800 } }), playground.base);
  const strictDiffers = await page.evaluate(async () => {
    const glue = await import('./pkg/stigg_segment.js');
    return JSON.stringify(glue.trackingPlan({}, { strict: true })) !== JSON.stringify(glue.trackingPlan({}));
  });
  if (!strictDiffers) {
    t.skip('this build\'s trackingPlan(settings, { strict }) ignores strict: the strict plan is not in the core yet');
    await page.close();
    return;
  }
  const trackRules = () => page.$$eval('[data-testid=plan-rule][data-rule^="TRACK:"]', (rules) => rules.map((r) => r.dataset.closed));
  const download = async () => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-plan]')]);
    return JSON.parse(fs.readFileSync(await file.path(), 'utf8'));
  };
  const closedTracks = (plan) => plan.rules.filter((rule) => rule.type === 'TRACK' && rule.jsonSchema.properties.properties.additionalProperties === false).length;

  await page.click('[data-testid=view-tracking-plan]');
  assert.match(await page.textContent('[data-testid=plan-openness]'), /open/);
  assert.ok((await trackRules()).every((closed) => closed === 'false'));
  const open = await download();
  assert.equal(closedTracks(open), 0);
  assert.deepEqual(open, loadTrackingPlan()({}, { strict: false }));

  await page.check('[data-testid=plan-strict]');
  assert.match(await page.textContent('[data-testid=plan-openness]'), /closed/);
  assert.ok((await trackRules()).every((closed) => closed === 'true'));
  const strict = await download();
  assert.equal(closedTracks(strict), strict.rules.filter((rule) => rule.type === 'TRACK').length);
  assert.deepEqual(strict, loadTrackingPlan()({}, { strict: true }));
  await page.screenshot({ path: path.join(artifacts, 'playground-tracking-plan-strict.png') });
  assert.deepEqual(page.errors, []);
  await page.close();
});
