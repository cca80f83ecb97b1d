// Trap recovery, flat memory and secret hygiene, through the Segment script
// built with test hooks (forceTrapForTests, memoryBytesForTests).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { loadFunction } = require('../../tools/segment-runtime');
const { loadFixtures } = require('./fixtures');

const root = path.join(__dirname, '..', '..');
const code = fs.readFileSync(path.join(root, 'target', 'glue-test-hooks', 'segment-function.js'), 'utf8');
const fixtures = loadFixtures();
const withCalls = fixtures.filter((f) => f.expected.calls.length > 0);

function load() {
  const logs = [];
  const fn = loadFunction(code, {
    exportNames: ['onRequest', 'forceTrapForTests', 'memoryBytesForTests'],
    console: { log: (...a) => logs.push(a.join(' ')), warn: (...a) => logs.push(a.join(' ')), error: (...a) => logs.push(a.join(' ')) },
  });
  fn.logs = logs;
  return fn;
}

test('after a trap, the next 1,000 webhooks all succeed', async () => {
  const fn = load();
  assert.throws(() => fn.forceTrapForTests(), (err) => err.constructor.name === 'RuntimeError');
  let calls = 0;
  for (let i = 0; i < 1000; i++) {
    const fixture = withCalls[i % withCalls.length];
    await fn.onRequest(fn.request({ body: fixture.body }), {});
    const events = JSON.parse(JSON.stringify(fn.takeEvents()));
    assert.deepEqual(events, fixture.expected.calls, `webhook ${i} (${fixture.name})`);
    calls += events.length;
  }
  assert.ok(calls >= 1000);
});

test('memory stays flat over 100,000 webhooks', async () => {
  const fn = load();
  // A mix: every fixture, trimmed giants, redaction, errors and skips.
  const big = JSON.stringify({ type: 'subscription.updated', customer: { id: 'c' }, addons: Array.from({ length: 400 }, (_, i) => ({ id: `addon-${i}`, note: 'x'.repeat(100) })) });
  const cases = [
    ...fixtures.map((f) => ({ body: f.body, settings: {} })),
    { body: big, settings: {} },
    { body: fixtures[0].body, settings: { redactProperties: ['email', 'customer.email'] } },
    { body: '{"type": ', settings: {} },
    { body: '{"type":"plan.created"}', settings: { onMissingCustomer: 'error' } },
    { body: '{"type":"x","customerId":"c"}', settings: { webhookSecret: 's' } },
  ];
  const send = async (i) => {
    const c = cases[i % cases.length];
    await fn.onRequest(fn.request({ body: c.body }), c.settings).catch(() => {});
    fn.segment.events.length = 0;
  };
  for (let i = 0; i < 1000; i++) await send(i);
  const afterFirstThousand = fn.memoryBytesForTests();
  for (let i = 1000; i < 100_000; i++) await send(i);
  const afterAll = fn.memoryBytesForTests();
  console.log(`# memory: ${afterFirstThousand} bytes after 1,000 webhooks, ${afterAll} after 100,000`);
  assert.ok(afterAll <= 2 * afterFirstThousand, `${afterAll} > 2 × ${afterFirstThousand}`);
});

test('a 5 MiB body is refused before it is copied into wasm', async () => {
  const fn = load();
  await fn.onRequest(fn.request({ body: fixtures[0].body }), {});
  const before = fn.memoryBytesForTests();
  const huge = `{"type":"x","pad":"${'p'.repeat(5 * 1024 * 1024)}"}`;
  await assert.rejects(fn.onRequest(fn.request({ body: huge }), {}), (err) => {
    assert.equal(err.name, 'InvalidEventPayload');
    assert.match(err.message, /the body is (at least )?\d+ bytes; Segment accepts at most 524288 bytes/);
    return true;
  });
  assert.equal(fn.memoryBytesForTests(), before);
});

test('neither the secret nor the header value appears in any error, log or call', async () => {
  const secret = 'whsec_Zq8-secret-value';
  const wrong = 'whsec_Wx3-wrong-value';
  const fn = load();
  const seen = [];
  for (const fixture of fixtures) {
    for (const header of [secret, wrong, ` ${secret} `, secret.toUpperCase(), `${secret}, ${secret}`, undefined]) {
      const headers = header === undefined ? {} : { 'Stigg-Webhooks-Secret': header };
      for (const settings of [{ webhookSecret: secret }, { webhookSecret: secret, onMissingCustomer: 'error' }]) {
        try {
          await fn.onRequest(fn.request({ body: fixture.body, headers }), settings);
        } catch (err) {
          seen.push(`${err.name}: ${err.message} ${err.stack}`);
        }
        seen.push(JSON.stringify(fn.takeEvents()));
      }
    }
  }
  seen.push(...fn.logs);
  const text = seen.join('\n');
  for (const value of [secret, wrong, secret.toUpperCase(), 'Zq8-secret', 'Wx3-wrong']) {
    assert.ok(!text.includes(value), `${value} leaked`);
  }
  // The checks did run: right headers passed, wrong ones were rejected.
  assert.match(text, /Stigg-Webhooks-Secret header does not match/);
  assert.match(text, /Stigg-Webhooks-Secret header is missing/);
  assert.match(text, /"messageId":"stigg-/);
});
