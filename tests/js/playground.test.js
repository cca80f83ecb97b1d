// The playground, end to end in headless Chromium (Debian's /usr/bin/chromium
// driven by playwright-core; no browser is downloaded).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { servePlayground, loadPlayground } = require('./chromium');
const { loadFixtures } = require('./fixtures');

const root = path.join(__dirname, '..', '..');
const artifacts = path.join(root, 'artifacts');
const fixtures = loadFixtures();

const requested = [];
let transferredBytes = 0;

const playground = servePlayground(test);

async function openPage(url = playground.base, viewport = { width: 1280, height: 800 }) {
  const context = await playground.browser.newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
  const page = await context.newPage();
  page.on('request', (request) => requested.push(request.url()));
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    transferredBytes += body.length;
  });
  return loadPlayground(page, url);
}

async function fillPayload(page, text) {
  await page.fill('[data-testid=payload]', text);
}

/** Waits past the debounce for the result to reflect the latest input. */
async function settle(page) {
  await page.waitForTimeout(400);
}

test('every sample renders its calls, or its skip reason', async () => {
  const page = await openPage();
  const names = await page.$$eval('[data-testid=sample] option:not([data-testid=sample-custom])', (options) => options.map((o) => o.value));
  assert.deepEqual(names, fixtures.map((f) => f.name));
  assert.equal(await page.$eval('[data-testid=sample-custom]', (o) => o.disabled), true, '"custom" is shown, never chosen');
  for (const fixture of fixtures) {
    await page.selectOption('[data-testid=sample]', fixture.name);
    const cards = await page.$$eval('[data-testid=call]', (nodes) => nodes.map((n) => n.textContent));
    assert.equal(cards.length, fixture.expected.calls.length, fixture.name);
    fixture.expected.calls.forEach((call, i) => {
      assert.ok(cards[i].includes(call.messageId), fixture.name);
      if (call.event) assert.ok(cards[i].includes(call.event), fixture.name);
      assert.ok(cards[i].includes(`of 32,768 bytes`), fixture.name);
    });
    if (fixture.expected.skipped) {
      const text = await page.textContent('[data-testid=skipped]');
      assert.ok(text.includes(fixture.expected.skipped.reason), fixture.name);
    }
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('invalid JSON shows the error with line and column, marked in the editor', async () => {
  const page = await openPage();
  await fillPayload(page, '{\n  "type": "subscription.created",\n  oops\n}');
  await settle(page);
  const error = await page.textContent('[data-testid=error]');
  assert.match(error, /InvalidEventPayload/);
  assert.match(error, /line 3, column 3/);
  assert.equal(await page.textContent('.editor-mirror mark'), 'o');
  // Columns count characters, so the mark lands right after wide ones too.
  await fillPayload(page, '{"é😀": x}');
  await settle(page);
  assert.match(await page.textContent('[data-testid=error]'), /line 1, column 8/);
  assert.equal(await page.textContent('.editor-mirror mark'), 'x');
  await page.context().close();
});

test('switching eventNameStyle to Object Action changes the event name', async () => {
  const page = await openPage();
  await page.selectOption('[data-testid=sample]', 'subscription.trial.ends_soon');
  assert.ok((await page.textContent('[data-testid=call]')).includes('subscription_trial_ends_soon'));
  await page.selectOption('[data-testid=setting-eventNameStyle]', 'Object Action');
  await settle(page);
  assert.ok((await page.textContent('[data-testid=call]')).includes('Subscription Trial Ends Soon'));
  await page.context().close();
});

test('a wrong secret shows a ValidationError, and a missing secret setting shows a warning', async () => {
  const page = await openPage();
  assert.ok(await page.isVisible('#no-secret-warning'));
  await page.fill('[data-testid=setting-webhookSecret]', 'whsec_expected');
  await page.fill('[data-testid=secret]', 'whsec_wrong');
  await settle(page);
  assert.ok(!(await page.isVisible('#no-secret-warning')));
  const error = await page.textContent('[data-testid=error]');
  assert.match(error, /ValidationError/);
  assert.ok(!error.includes('whsec_expected') && !error.includes('whsec_wrong'));
  await page.fill('[data-testid=secret]', 'whsec_expected');
  await settle(page);
  assert.equal(await page.$$eval('[data-testid=call]', (n) => n.length), 1);
  await page.context().close();
});

test('the URL hash holds the whole state, secrets aside, and reproduces the case', async () => {
  const page = await openPage();
  await page.selectOption('[data-testid=sample]', 'plan.created');
  await page.selectOption('[data-testid=setting-onMissingCustomer]', 'anonymous');
  await page.fill('[data-testid=setting-redactProperties]', 'description\nmetadata');
  await page.uncheck('[data-testid=setting-identifyCustomers]');
  await settle(page);
  const url = page.url();
  const output = await page.textContent('[data-testid=calls]');
  assert.match(output, /anonymousId/);
  assert.ok(!output.includes('"description": "plan test description"'));
  assert.ok(output.includes('"description": "feature description here"'), 'only the top-level path is redacted');

  const again = await openPage(url);
  assert.equal(await again.inputValue('[data-testid=sample]'), 'plan.created');
  assert.equal(await again.inputValue('[data-testid=setting-onMissingCustomer]'), 'anonymous');
  assert.equal(await again.inputValue('[data-testid=setting-redactProperties]'), 'description\nmetadata');
  assert.equal(await again.isChecked('[data-testid=setting-identifyCustomers]'), false);
  assert.equal(await again.textContent('[data-testid=calls]'), output);
  await page.context().close();
  await again.context().close();
});

/** A link to the playground holding `state` as the page encodes it. */
const linkTo = (state) => `${playground.base}#${Buffer.from(JSON.stringify(state)).toString('base64url')}`;
const stateIn = (url) => Buffer.from(new URL(url).hash.slice(1), 'base64url').toString('utf8');

test('the sample picker says "custom" once the body is edited, and names a sample pasted whole', async () => {
  const page = await openPage();
  const picked = () => page.$eval('[data-testid=sample]', (s) => s.selectedOptions[0].textContent);
  assert.equal(await picked(), 'subscription.created');
  await fillPayload(page, JSON.stringify({ type: 'customer.created', id: 'c-1' }));
  await settle(page);
  assert.match(await picked(), /^custom/);
  assert.equal(await page.inputValue('[data-testid=sample]'), '');
  await page.screenshot({ path: path.join(artifacts, 'playground-picker-custom.png'), clip: { x: 0, y: 0, width: 1280, height: 240 } });
  await fillPayload(page, fixtures.find((f) => f.name === 'plan.created').body);
  await settle(page);
  assert.equal(await picked(), 'plan.created');
  await page.selectOption('[data-testid=sample]', 'customer.created');
  assert.equal(await picked(), 'customer.created');
  assert.equal(await page.inputValue('[data-testid=payload]'), fixtures.find((f) => f.name === 'customer.created').body);
  await page.context().close();
});

test('the link round-trips an edited body, the settings, the open view and the strict plan, never a secret', async () => {
  const page = await openPage();
  const body = JSON.stringify({ type: 'subscription.created', id: 'sub-1', customer: { id: 'c-1', name: 'Ada' } }, null, 2);
  await fillPayload(page, body);
  await page.fill('[data-testid=secret]', 'whsec_round-Trip-1');
  await page.fill('[data-testid=setting-webhookSecret]', 'whsec_round-Trip-1');
  await page.selectOption('[data-testid=setting-eventNameStyle]', 'Object Action');
  await page.check('[data-testid=setting-groupCalls]');
  await page.fill('[data-testid=setting-eventDenylist]', 'plan.*');
  await page.click('[data-testid=view-tracking-plan]');
  await page.check('[data-testid=plan-strict]');
  await settle(page);
  const link = page.url();
  for (const text of [link, stateIn(link)]) assert.ok(!text.includes('round-Trip'), 'the link holds no secret');
  const rules = await page.$$eval('[data-testid=plan-rule]', (r) => r.map((n) => n.dataset.rule));

  const again = await openPage(link);
  assert.equal(await again.inputValue('[data-testid=payload]'), body);
  assert.match(await again.$eval('[data-testid=sample]', (s) => s.selectedOptions[0].textContent), /^custom/);
  assert.equal(await again.inputValue('[data-testid=setting-eventNameStyle]'), 'Object Action');
  assert.equal(await again.isChecked('[data-testid=setting-groupCalls]'), true);
  assert.equal(await again.inputValue('[data-testid=setting-eventDenylist]'), 'plan.*');
  assert.equal(await again.inputValue('[data-testid=secret]'), '');
  assert.equal(await again.inputValue('[data-testid=setting-webhookSecret]'), '');
  assert.equal(await again.getAttribute('[data-testid=view-tracking-plan]', 'aria-selected'), 'true');
  assert.equal(await again.isVisible('[data-testid=tracking-plan-view]'), true);
  assert.equal(await again.isVisible('#result'), false);
  assert.equal(await again.isChecked('[data-testid=plan-strict]'), true);
  assert.deepEqual(await again.$$eval('[data-testid=plan-rule]', (r) => r.map((n) => n.dataset.rule)), rules);
  assert.equal(await again.textContent('[data-testid=link-notice]'), '');
  assert.equal(stateIn(again.url()), stateIn(link), 'the restored page writes the same link');
  await again.click('[data-testid=view-calls]');
  assert.match(await again.textContent('[data-testid=calls]'), /Subscription Created/);
  assert.deepEqual(again.errors, []);
  await page.context().close();
  await again.context().close();

  // A view or strict flag of the wrong type is named and ignored.
  const wrong = await openPage(linkTo({ view: 'graph', strictPlan: 'yes' }));
  assert.equal(await wrong.getAttribute('[data-testid=view-calls]', 'aria-selected'), 'true');
  assert.equal(await wrong.isChecked('[data-testid=plan-strict]'), false);
  const notice = await wrong.textContent('[data-testid=link-notice]');
  assert.ok(notice.includes('view') && notice.includes('strictPlan'), notice);
  await wrong.context().close();
});

test('neither secret goes into the URL, and the page says so beside the fields', async () => {
  const page = await openPage();
  await page.fill('[data-testid=setting-webhookSecret]', 'whsec_shared-Value-1');
  await page.fill('[data-testid=secret]', 'whsec_shared-Value-1');
  await page.selectOption('[data-testid=setting-eventNameStyle]', 'original');
  await settle(page);
  assert.equal(await page.$$eval('[data-testid=call]', (n) => n.length), 1, 'the secrets are in use');
  for (const text of [page.url(), stateIn(page.url())]) {
    assert.ok(!text.includes('shared-Value'), text);
  }
  assert.match(stateIn(page.url()), /"original"/, 'the rest of the state is in the URL');
  for (const note of ['secret-note', 'setting-webhookSecret-note']) {
    assert.match(await page.textContent(`[data-testid=${note}]`), /not put in the page's URL/i);
  }

  const again = await openPage(page.url());
  assert.equal(await again.inputValue('[data-testid=secret]'), '');
  assert.equal(await again.inputValue('[data-testid=setting-webhookSecret]'), '');
  assert.equal(await again.inputValue('[data-testid=setting-eventNameStyle]'), 'original');
  await page.context().close();
  await again.context().close();

  // An older link that still carries them: not used, and gone from the URL.
  const old = await openPage(linkTo({ sample: 'plan.created', payload: '{"type":"plan.created"}', secret: 'whsec_old-header', settings: { webhookSecret: 'whsec_old-setting' } }));
  assert.equal(await old.inputValue('[data-testid=secret]'), '');
  assert.equal(await old.inputValue('[data-testid=setting-webhookSecret]'), '');
  assert.ok(!stateIn(old.url()).includes('whsec_old'), old.url());
  const notice = await old.textContent('[data-testid=link-notice]');
  assert.match(notice, /secret/);
  assert.ok(!notice.includes('whsec_old'));
  assert.deepEqual(old.errors, []);
  await old.context().close();
});

test('a link with wrong types loads the defaults for those parts and says which it ignored', async () => {
  const page = await openPage(linkTo({
    sample: 42,
    payload: { not: 'text' },
    settings: {
      eventNameStyle: 'Object Action', // valid: kept
      onMissingCustomer: 7,
      identifyCustomers: 'no',
      eventAllowlist: 'subscription.*',
      redactProperties: ['fine', 5],
      oversizedEvents: 'bogus',
      madeUp: true,
    },
  }));
  assert.deepEqual(page.errors, []);
  assert.equal(await page.inputValue('[data-testid=sample]'), 'subscription.created');
  assert.equal(await page.inputValue('[data-testid=payload]'), fixtures.find((f) => f.name === 'subscription.created').body);
  assert.equal(await page.inputValue('[data-testid=setting-eventNameStyle]'), 'Object Action');
  assert.equal(await page.inputValue('[data-testid=setting-onMissingCustomer]'), 'drop');
  assert.equal(await page.isChecked('[data-testid=setting-identifyCustomers]'), true);
  assert.equal(await page.inputValue('[data-testid=setting-eventAllowlist]'), '');
  assert.equal(await page.inputValue('[data-testid=setting-redactProperties]'), '');
  assert.equal(await page.inputValue('[data-testid=setting-oversizedEvents]'), 'trim');
  assert.equal(await page.$$eval('[data-testid=call]', (n) => n.length) > 0, true, 'the defaults run');
  const notice = await page.textContent('[data-testid=link-notice]');
  for (const part of ['sample', 'payload', 'onMissingCustomer', 'identifyCustomers', 'eventAllowlist', 'redactProperties', 'oversizedEvents', 'madeUp']) {
    assert.ok(notice.includes(part), `${part} not named in: ${notice}`);
  }
  assert.ok(!notice.includes('eventNameStyle'), notice);
  await page.context().close();

  for (const url of [linkTo(5), linkTo(['a']), linkTo(null), linkTo({ settings: 'all' }), `${playground.base}#not*base64`]) {
    const other = await openPage(url);
    assert.deepEqual(other.errors, [], url);
    assert.equal(await other.inputValue('[data-testid=sample]'), 'subscription.created', url);
    assert.match(await other.textContent('[data-testid=link-notice]'), /ignored|could not be read/, url);
    await other.context().close();
  }
});

test('Copy function puts pkg/segment-function.js on the clipboard; Download saves it', async () => {
  const page = await openPage();
  const expected = fs.readFileSync(path.join(root, 'pkg', 'segment-function.js'), 'utf8');
  await page.waitForSelector('[data-testid=copy-function]:not([disabled])');
  await page.click('[data-testid=copy-function]');
  await page.waitForFunction(() => document.getElementById('function-status').textContent.startsWith('Copied'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-function]')]);
  assert.equal(download.suggestedFilename(), 'segment-function.js');
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), expected);
  await page.context().close();
});

test('the page keeps working offline once loaded', async () => {
  const page = await openPage();
  await page.waitForSelector('[data-testid=copy-function]:not([disabled])');
  await page.context().setOffline(true);
  await fillPayload(page, '{"type":"credits.granted","customerId":"offline-customer"}');
  await settle(page);
  assert.match(await page.textContent('[data-testid=call]'), /offline-customer/);
  await page.context().close();
});

test('usable on a 390 px phone screen: one column, no sideways scrolling', async () => {
  const page = await openPage(playground.base, { width: 390, height: 844 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `page is ${width}px wide`);
  const [webhook, output, settings] = await page.evaluate(() => ['.webhook', '[data-testid=output]', '[data-testid=settings]']
    .map((selector) => document.querySelector(selector).getBoundingClientRect().top));
  assert.ok(webhook < output && output < settings, 'the output sits between the webhook and the settings');
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'playground-phone.png'), fullPage: true });
  await page.context().close();
});

test('screenshot of subscription.created at 1280x800', async () => {
  const page = await openPage();
  await page.selectOption('[data-testid=sample]', 'subscription.created');
  fs.mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, 'playground-subscription.created.png');
  await page.screenshot({ path: file });
  assert.ok(fs.statSync(file).size > 10_000);
  await page.context().close();
});

test('no request left 127.0.0.1', () => {
  assert.ok(requested.length > 0);
  const elsewhere = requested.filter((url) => !url.startsWith(playground.base) && !url.startsWith('blob:') && !url.startsWith('data:'));
  assert.deepEqual(elsewhere, []);
});

test('page weight', async () => {
  const page = await openPage();
  await page.waitForSelector('[data-testid=copy-function]:not([disabled])');
  const before = transferredBytes;
  await page.context().close();
  transferredBytes = before;
  const oneLoad = await (async () => {
    const start = transferredBytes;
    const again = await openPage();
    await again.waitForSelector('[data-testid=copy-function]:not([disabled])');
    await again.waitForTimeout(200);
    const bytes = transferredBytes - start;
    await again.context().close();
    return bytes;
  })();
  assert.ok(oneLoad > 0);
  console.log(`# playground: one page load transfers ${oneLoad} bytes`);
});
