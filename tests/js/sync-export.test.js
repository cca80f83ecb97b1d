// The npm package's export of the sync's rule (feature api-sync), the one a
// JavaScript host such as the edge relay's Cron Trigger calls: Stigg's REST
// API paging and a customer record to its identify and group calls, the
// same rule as `stigg-segment sync` (src/sync.rs), not a copy.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const core = require(path.join(__dirname, '..', '..', 'pkg'));

const customer = {
  id: 'customer-1', name: 'Acme', email: 'billing@acme.test', metadata: { tier: 'gold' },
  createdAt: '2024-01-02T03:04:05.000Z', updatedAt: '2024-03-01T10:00:00.000Z', archivedAt: null,
};
const subscriptions = [
  { id: 's-old', customerId: 'customer-1', planId: 'plan-free', status: 'CANCELED', pricingType: 'FREE', startDate: '2023-01-01T00:00:00.000Z', createdAt: '2023-01-01T00:00:00.000Z' },
  { id: 's-new', customerId: 'customer-1', planId: 'plan-pro', status: 'IN_TRIAL', pricingType: 'PAID', startDate: '2024-02-01T00:00:00.000Z', createdAt: '2024-02-01T00:00:00.000Z', trialEndDate: '2024-03-15T00:00:00.000Z' },
];
const plans = [
  { id: 'plan-pro', displayName: 'Pro', versionNumber: 2, isLatest: true },
  { id: 'plan-free', displayName: 'Free', versionNumber: 1, isLatest: true },
];

test('a customer becomes an identify and a group call with its current plan by name', () => {
  const result = core.syncCustomer(customer, subscriptions, new core.StiggPlans(plans), { groupCalls: true, planTraits: true });
  assert.equal(result.skipped, undefined);
  assert.deepEqual(result.calls.map((c) => c.type), ['identify', 'group']);
  const [identify, group] = result.calls;
  assert.equal(identify.userId, 'customer-1');
  assert.equal(identify.traits.plan, 'Pro');
  assert.equal(identify.traits.subscriptionStatus, 'IN_TRIAL');
  assert.equal(identify.traits.email, 'billing@acme.test');
  assert.equal(identify.timestamp, customer.updatedAt);
  assert.equal(group.groupId, 'customer-1');
  assert.match(identify.messageId, /^stigg-sync-[0-9a-f]{32}-identify$/);
  // Same state, same messageIds; another plan, new ones.
  const again = core.syncCustomer(customer, [...subscriptions].reverse(), new core.StiggPlans(plans), { groupCalls: true, planTraits: true });
  assert.deepEqual(again.calls.map((c) => c.messageId), result.calls.map((c) => c.messageId));
  const moved = core.syncCustomer(customer, [{ ...subscriptions[1], planId: 'plan-free' }], new core.StiggPlans(plans), { groupCalls: true, planTraits: true });
  assert.notEqual(moved.calls[0].messageId, identify.messageId);
  assert.equal(moved.calls[0].traits.plan, 'Free');
});

test('archived customers get no call, and a record without an id is refused by name', () => {
  const archived = core.syncCustomer({ ...customer, archivedAt: '2024-04-01T00:00:00.000Z' }, [], new core.StiggPlans(plans), {});
  assert.deepEqual(archived.calls, []);
  assert.equal(archived.skipped.code, 'archived');
  assert.throws(() => core.syncCustomer({ updatedAt: customer.updatedAt }, [], new core.StiggPlans(), {}), (err) => err.name === 'ValidationError' && /"id"/.test(err.message));
});

test('Stigg\'s paging: paths, queries and pages as the core reads them', () => {
  const api = core.stiggApi();
  assert.deepEqual(api, { customersPath: '/api/v1/customers', subscriptionsPath: '/api/v1/subscriptions', plansPath: '/api/v1/plans', maxPageSize: 100, maxPageBytes: 8 * 1024 * 1024, apiKeyHeader: 'X-API-KEY' });
  assert.equal(core.stiggPageQuery(api.customersPath, 'cur/1', undefined), 'limit=100&after=cur%2F1');
  assert.equal(core.stiggPageQuery(api.subscriptionsPath, undefined, 'customer 1'), 'limit=100&customerId=customer%201');
  assert.deepEqual(core.stiggPage('{"data":[{"id":"a"}],"pagination":{"next":"a","prev":null}}'), { data: [{ id: 'a' }], next: 'a' });
  assert.deepEqual(core.stiggPage('{"data":[],"pagination":{"next":null}}'), { data: [], next: null });
  assert.throws(() => core.stiggPage('{"data":{}}'), /"data"/);
});

test('Stigg\'s answers through the core: read, asked again after the backoff or Retry-After, or a stop naming what to check', () => {
  const api = core.stiggApi();
  const asked = { shown: 'GET https://api.stigg.io/api/v1/customers', urlSetting: 'STIGG_API_URL', attempt: 1 };
  assert.deepEqual(core.stiggPageDecision({ status: 200, body: '' }, asked, {}), { decision: 'read' });
  const later = core.stiggPageDecision({ status: 429, retryAfter: '7', body: 'slow down' }, asked, { backoffMs: 1000 });
  assert.equal(later.decision, 'retry');
  assert.equal(later.afterMs, 7000);
  assert.match(later.message, /HTTP 429 \(it said: slow down\)/);
  const network = core.stiggPageDecision({ failed: 'network error: connection refused' }, asked, { backoffMs: 1000 });
  assert.ok(network.afterMs >= 500 && network.afterMs <= 1000, `${network.afterMs}`);
  const key = core.stiggPageDecision({ status: 401, body: '{"error":{}}' }, asked, {});
  assert.equal(key.decision, 'stop');
  assert.match(key.message, /^GET https:\/\/api\.stigg\.io\/api\/v1\/customers answered HTTP 401 Unauthorized: is STIGG_API_KEY right\?/);
  assert.match(core.stiggPageDecision({ status: 404 }, asked, {}).message, /is STIGG_API_URL right/);
  // What a host read of a refusal, scrubbed: the core keeps its first half.
  const read = `${' '.repeat(core.Delivery.answerReadBytes() - 8)}KEYPIECE`;
  assert.doesNotMatch(core.stiggPageDecision({ status: 403, body: read }, asked, {}).message, /KEYPIECE|it said/);
  assert.equal(core.stiggPageDecision({ status: 500 }, { ...asked, attempt: 3 }, { maxAttempts: 3 }).decision, 'stop');
  assert.throws(() => core.stiggPageDecision({}, asked, {}), TypeError);
  assert.equal(core.stiggPageQuery(api.customersPath, undefined, undefined, 40), 'limit=40');
});


test('a page larger than a webhook reads, as text or bytes; one past the page limit is refused naming the page', () => {
  const { maxPageBytes } = core.stiggApi();
  const big = { id: 'plan-big', displayName: 'Big', description: 'd'.repeat(600 * 1024) };
  const text = JSON.stringify({ data: [big], pagination: { next: null } });
  assert.ok(text.length > 512 * 1024);
  assert.deepEqual(core.stiggPage(text), { data: [big], next: null });
  assert.deepEqual(core.stiggPage(new TextEncoder().encode(text)), { data: [big], next: null });
  // The plans of that page build the calls too: a page's limit, not a webhook's.
  const result = core.syncCustomer(customer, [{ ...subscriptions[1], planId: 'plan-big' }], new core.StiggPlans([big, ...plans]), { planTraits: true });
  assert.equal(result.calls[0].traits.plan, 'Big');
  const over = new Uint8Array(maxPageBytes + 1).fill(0x20);
  assert.throws(() => core.stiggPage(over), (err) => err.message === `the page is at least ${maxPageBytes + 1} bytes; the sync reads a page of at most ${maxPageBytes} bytes (8 MiB)`);
  assert.throws(() => core.stiggPage('{"data":['), (err) => err.name === 'InvalidEventPayload' && /^the page is not valid JSON/.test(err.message));
  assert.throws(() => core.stiggPage(42), TypeError);
});

test('Stigg\'s URL and key, by the core\'s rules: https or loopback, no credentials; a printable key, never shown', () => {
  assert.equal(core.stiggApiUrl('', 'STIGG_API_URL'), 'https://api.stigg.io');
  assert.equal(core.stiggApiUrl('https://proxy.example.com/stigg/', 'STIGG_API_URL'), 'https://proxy.example.com/stigg');
  assert.equal(core.stiggApiUrl('http://127.0.0.1:9000', 'STIGG_API_URL'), 'http://127.0.0.1:9000');
  for (const [given, why] of [['http://api.stigg.io', /must be an https:\/\/ URL/], ['https://u:secret@api.stigg.io', /holds credentials/], ['https://api.stigg.io?x=1', /query string/], ['api.stigg.io', /not a URL/]]) {
    assert.throws(() => core.stiggApiUrl(given, 'STIGG_API_URL'), (err) => err.message.startsWith('STIGG_API_URL ') && why.test(err.message) && !err.message.includes('secret'), given);
  }
  assert.equal(core.stiggApiKey('the secret STIGG_API_KEY', ' server-abc '), 'server-abc');
  assert.throws(() => core.stiggApiKey('the secret STIGG_API_KEY', ''), (err) => /^the secret STIGG_API_KEY \(a Stigg server API key.*is not set$/.test(err.message));
  assert.throws(() => core.stiggApiKey('the secret STIGG_API_KEY', 'server-a b'), (err) => /at position 9/.test(err.message) && !err.message.includes('server-a'));
});

test('StiggPlans: built once, lent to every call, carried as records', () => {
  const built = new core.StiggPlans();
  built.add(plans);
  built.add([{ id: 'plan-pro', displayName: 'Pro v1', versionNumber: 1, isLatest: false, metadata: { x: '1' } }]);
  assert.equal(built.size, 2);
  // Each plan's id and names, its latest version, nothing else.
  const records = built.toRecords();
  assert.deepEqual(records, [{ id: 'plan-free', displayName: 'Free' }, { id: 'plan-pro', displayName: 'Pro' }]);
  const carried = new core.StiggPlans(records);
  const settings = { groupCalls: true, planTraits: true };
  assert.deepEqual(core.syncCustomer(customer, subscriptions, carried, settings), core.syncCustomer(customer, subscriptions, built, settings));
  assert.throws(() => built.add([{ displayName: 'no id' }]), (err) => err.name === 'ValidationError' && /"id"/.test(err.message));
  assert.throws(() => built.add([{ id: 'plan-x' }, 3]), (err) => err.name === 'ValidationError' && err.message === 'plan record 1 is a number, not an object');
  assert.throws(() => core.syncCustomer(customer, subscriptions, plans, settings), /StiggPlans/);
  built.free();
  carried.free();
});

test('one rule reads a host\'s answer for Stigg\'s pages and Segment\'s batches: a status is an integer from 100 to 999, or the answer failed', () => {
  const asked = { shown: 'GET https://api.stigg.io/api/v1/customers', urlSetting: 'STIGG_API_URL', attempt: 1 };
  const delivery = new core.Delivery('http://127.0.0.1:9/v1/batch', Uint32Array.of(10), {}, 1);
  delivery.next();
  for (const status of [200.5, 99, 1000, '200', NaN]) {
    assert.throws(() => core.stiggPageDecision({ status }, asked, {}), TypeError, `Stigg ${status}`);
    assert.throws(() => delivery.answer({ status }), TypeError, `Segment ${status}`);
  }
  // Any integer in range is an answer, which the core then judges.
  const odd = core.stiggPageDecision({ status: 799, body: 'teapot' }, asked, {});
  assert.equal(odd.decision, 'stop');
  assert.match(odd.message, /answered HTTP 799/);
  assert.equal(delivery.answer({ status: 200 }).decision, 'sent');
  assert.equal(core.stiggPageDecision({ failed: 'network error: reset', status: 'x' }, asked, { backoffMs: 10 }).decision, 'retry');
});
