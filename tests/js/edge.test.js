// The edge relay (edge/): the Worker as it ships, run in workerd by
// Miniflare with local Queues, against a fake Segment API on 127.0.0.1.
// Nothing inside the Worker is mocked: webhooks go in over HTTP, calls come
// out as Segment batches; failures are the fake's answers.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const path = require('node:path');
const { startEdge, readWranglerToml } = require('../../tools/edge-runtime');
const { startFakeSegment } = require('../../tools/fake-segment');

/** The Worker's delivery rules, plain JavaScript, loaded by Node as well. */
const delivery = import('../../edge/src/delivery.js');

const core = require(path.join(__dirname, '..', '..', 'pkg'));
const SECRET = 'whsec_edge-test-secret';
const WRITE_KEY = 'wk_edge_TEST_write_key';
const MAX_BODY_BYTES = core.limits().maxBodyBytes;

/** Distinct webhooks: mostly subscription updates, every tenth a customer
 * update (an identify too), a few large enough to be trimmed. */
function webhook(i) {
  const messageId = `msg-${String(i).padStart(6, '0')}`;
  if (i % 10 === 0) {
    return { type: 'customer.updated', messageId, timestamp: '2024-03-01T10:00:00.000Z', id: `customer-${i}`, email: `c${i}@example.com`, name: 'Ada' };
  }
  const body = {
    type: 'subscription.updated', messageId, timestamp: '2024-03-01T10:00:00.000Z', id: `sub-${i}`,
    customer: { id: `customer-${i}` }, plan: { id: 'plan-pro' }, status: 'ACTIVE',
  };
  if (i % 97 === 0) body.notes = 'n'.repeat(40_000);
  return body;
}

/** The messageIds the core makes of these webhooks, computed in Node by the
 * npm package: what Segment must end up with, each once. */
function expectedIds(range, settings) {
  const ids = new Set();
  for (const i of range) {
    for (const call of core.transform(JSON.stringify(webhook(i)), { 'Stigg-Webhooks-Secret': SECRET }, settings).calls) {
      ids.add(call.messageId);
    }
  }
  return ids;
}

const range = (from, to) => Array.from({ length: to - from }, (_, k) => from + k);

async function post(edge, body, headers = { 'Stigg-Webhooks-Secret': SECRET }) {
  const response = await fetch(edge.url, { method: 'POST', body, headers });
  return { status: response.status, text: await response.text() };
}

/** Posts webhooks `concurrency` at a time; every one must get its 200. */
async function postAll(edge, indexes, concurrency = 16) {
  let next = 0;
  const statuses = [];
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < indexes.length) {
      const i = indexes[next++];
      const { status, text } = await post(edge, JSON.stringify(webhook(i)));
      statuses.push(status);
      assert.equal(status, 200, `webhook ${i}: ${text}`);
    }
  }));
  return statuses;
}

async function waitFor(what, condition, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const settle = (ms = 500) => new Promise((resolve) => setTimeout(resolve, ms));

function assertWithinSegmentLimits(fake) {
  for (const request of fake.requests) {
    assert.ok(request.calls.length <= 2500, `a batch of ${request.calls.length} calls`);
    assert.ok(request.bytes <= 500_000, `a batch of ${request.bytes} bytes`);
  }
}

/** No write key in anything the Worker printed or stored. */
function assertNoWriteKey(edge, ...keys) {
  const everything = JSON.stringify([edge.lines, edge.deadLetters, edge.undelivered]);
  for (const key of keys) {
    assert.ok(!everything.includes(key), 'a write key appears in the output');
    assert.ok(!everything.includes(Buffer.from(`${key}:`).toString('base64')), 'an encoded write key appears in the output');
  }
}

async function withEdge(vars, run, fakeOptions) {
  const fake = await startFakeSegment(fakeOptions);
  const edge = await startEdge({
    vars: {
      SEGMENT_ENDPOINT: fake.url,
      SEGMENT_WRITE_KEY: WRITE_KEY,
      WEBHOOK_SECRET: SECRET,
      RETRY_BACKOFF_SECONDS: '0',
      ...vars(fake),
    },
  });
  try {
    await run(edge, fake);
  } finally {
    await edge.stop();
    await fake.close();
  }
}

test('endpoints are taken as Segment\'s libraries take them: a base URL gets /v1/batch', async () => {
  const { batchUrl, regionEndpoint } = await delivery;
  assert.equal(batchUrl('https://proxy.example.com', 't'), 'https://proxy.example.com/v1/batch');
  assert.equal(batchUrl('https://proxy.example.com/', 't'), 'https://proxy.example.com/v1/batch');
  assert.equal(batchUrl('https://proxy.example.com/segment', 't'), 'https://proxy.example.com/segment/v1/batch');
  assert.equal(batchUrl('https://api.segment.io/v1/batch', 't'), 'https://api.segment.io/v1/batch');
  assert.equal(batchUrl('http://127.0.0.1:8080', 't'), 'http://127.0.0.1:8080/v1/batch');
  assert.equal(batchUrl('http://localhost:8080/v1/batch/', 't'), 'http://localhost:8080/v1/batch');
  assert.equal(regionEndpoint('eu'), 'https://events.eu1.segmentapis.com/v1/batch');
  assert.equal(regionEndpoint(undefined), 'https://api.segment.io/v1/batch');
  assert.equal(regionEndpoint('ap'), undefined);
  assert.throws(() => batchUrl('http://proxy.example.com', 't'), /https \(http only on loopback\)/);
  assert.throws(() => batchUrl('http://10.0.0.1', 't'), /https/);
  assert.throws(() => batchUrl('ftp://127.0.0.1', 't'), /https/);
  assert.throws(() => batchUrl('not a url', 't'), /not a URL/);
  assert.throws(() => batchUrl('https://wk_secret:@proxy.example.com', 't'), (err) => /credentials/.test(err.message) && !err.message.includes('wk_secret'));
});

test('batches stay within Segment\'s 500 KB and 2,500 calls', async () => {
  const { batches, MAX_BATCH_BYTES, MAX_BATCH_CALLS } = await delivery;
  const message = (i, length) => ({ body: { messageId: `m${i}`, call: `"${'x'.repeat(length - 2)}"` } });
  const mixed = Array.from({ length: 10_000 }, (_, i) => message(i, i % 7 === 0 ? 30_000 : 150));
  const out = batches(mixed);
  assert.equal(out.flat().length, 10_000);
  assert.deepEqual(out.flat().map((m) => m.body.messageId), mixed.map((m) => m.body.messageId), 'in order, none lost');
  for (const batch of out) {
    const body = `{"batch":[${batch.map((m) => m.body.call).join(',')}]}`;
    assert.ok(Buffer.byteLength(body) <= MAX_BATCH_BYTES, `${Buffer.byteLength(body)} bytes`);
    assert.ok(batch.length <= MAX_BATCH_CALLS);
  }
  const small = batches(Array.from({ length: 6000 }, (_, i) => message(i, 10)));
  assert.deepEqual(small.map((b) => b.length), [2500, 2500, 1000]);
  // Bytes, not characters: a call of multi-byte text counts what it weighs.
  const wide = batches(Array.from({ length: 40 }, (_, i) => ({ body: { messageId: `w${i}`, call: `"${'é'.repeat(15_000)}"` } })));
  assert.ok(wide.length >= 2 && wide.every((b) => b.length <= 16));
});

test('Retry-After is read as seconds or a date; the backoff stays within its bounds', async () => {
  const { retryAfterSeconds, backoffSeconds } = await delivery;
  assert.equal(retryAfterSeconds('2'), 2);
  assert.equal(retryAfterSeconds(' 1.5 '), 1.5);
  assert.equal(retryAfterSeconds(null), undefined);
  assert.equal(retryAfterSeconds('soon'), undefined);
  const now = Date.parse('2026-01-01T00:00:00Z');
  assert.equal(retryAfterSeconds('Thu, 01 Jan 2026 00:00:30 GMT', now), 30);
  assert.equal(retryAfterSeconds('Wed, 31 Dec 2025 00:00:00 GMT', now), 0);
  const policy = { backoffSeconds: 1, maxBackoffSeconds: 300 };
  assert.equal(backoffSeconds(1, policy, () => 1), 1);
  assert.equal(backoffSeconds(4, policy, () => 1), 8);
  assert.equal(backoffSeconds(40, policy, () => 1), 300);
  assert.equal(backoffSeconds(3, policy, () => 0), 0);
});

test('the test runtime takes edge/wrangler.toml as it is', () => {
  const toml = readWranglerToml();
  assert.equal(toml.top.main, 'src/worker.js');
  assert.deepEqual(toml.producers.map((p) => p.binding).sort(), ['CALLS', 'DEAD_LETTERS']);
  const [consumer] = toml.consumers;
  assert.equal(consumer.queue, toml.producers.find((p) => p.binding === 'CALLS').queue);
  assert.ok(consumer.max_batch_size <= 100 && consumer.max_retries <= 100, 'within Cloudflare\'s limits');
  assert.notEqual(consumer.dead_letter_queue, toml.producers.find((p) => p.binding === 'DEAD_LETTERS').queue,
    'calls Segment never judged do not land among the ones it refused');
});

test('2,000 webhooks arrive at Segment exactly once by messageId', async () => {
  await withEdge(() => ({}), async (edge, fake) => {
    const indexes = range(0, 2000);
    const expected = expectedIds(indexes, { webhookSecret: SECRET });
    const started = Date.now();
    await postAll(edge, indexes);
    const accepted = Date.now();
    await waitFor('every call at the fake', () => fake.ids(WRITE_KEY).length >= expected.size);
    const delivered = Date.now();
    await settle();
    const ids = fake.ids(WRITE_KEY);
    assert.equal(ids.length, expected.size);
    assert.deepEqual(new Set(ids), expected);
    const sent = fake.requests.reduce((n, r) => n + r.calls.length, 0);
    assert.equal(sent, expected.size, 'no call was sent twice');
    assert.equal(fake.repeats, 0);
    assertWithinSegmentLimits(fake);
    assert.ok(fake.requests.every((r) => r.path === '/v1/batch' && r.writeKey === WRITE_KEY));
    assert.equal(edge.deadLetters.length + edge.undelivered.length, 0);
    assertNoWriteKey(edge, WRITE_KEY);
    console.log(`edge: 2000 webhooks -> ${expected.size} calls: all 200 in ${accepted - started} ms; `
      + `${ids.length} unique calls at the fake in ${fake.requests.length} batches `
      + `(largest ${Math.max(...fake.requests.map((r) => r.calls.length))} calls), `
      + `${sent - ids.length} repeats, ${edge.deadLetters.length} dead letters, `
      + `delivered ${delivered - started} ms after the first webhook`);
  });
});

test('429 and 500 are retried, honouring Retry-After, and nothing is dead-lettered', async () => {
  const answers = [
    { status: 429, headers: { 'Retry-After': '2' }, body: '{"error":"slow down"}' },
    { status: 500, body: '{"error":"oops"}' },
    { status: 503, body: '{"error":"unavailable"}' },
  ];
  await withEdge(() => ({}), async (edge, fake) => {
    const indexes = range(0, 30);
    const expected = expectedIds(indexes, { webhookSecret: SECRET });
    await postAll(edge, indexes);
    await waitFor('every call at the fake', () => fake.ids(WRITE_KEY).length >= expected.size);
    await settle();
    assert.deepEqual(new Set(fake.ids(WRITE_KEY)), expected);
    const [first] = fake.requests;
    const again = fake.requests.find((r) => r.index > 0 && r.ids.includes(first.ids[0]));
    assert.ok(again.at - first.at >= 1900, `Retry-After: 2 honoured (${again.at - first.at} ms)`);
    assert.ok(first.ids.every((id) => fake.ids(WRITE_KEY).includes(id)), 'the refused batch was retried');
    assert.ok(fake.requests.length >= 4);
    assert.equal(edge.deadLetters.length + edge.undelivered.length, 0);
    assert.ok(edge.lines.some((l) => l.includes('HTTP 429')), edge.lines.join('\n'));
    assertNoWriteKey(edge, WRITE_KEY);
  }, { answer: (request) => answers[request.index] });
});

test('a wrong or missing secret is refused, never echoed, and queues nothing', async () => {
  await withEdge(() => ({}), async (edge, fake) => {
    const body = JSON.stringify(webhook(1));
    for (const headers of [{ 'Stigg-Webhooks-Secret': 'whsec_wrong' }, {}, { 'Stigg-Webhooks-Secret': `${SECRET}x` }]) {
      const { status, text } = await post(edge, body, headers);
      assert.equal(status, 400, text);
      const { error } = JSON.parse(text);
      assert.equal(error.name, 'ValidationError');
      assert.match(error.message, /Stigg-Webhooks-Secret/);
      assert.ok(!text.includes(SECRET) && !text.includes('whsec_wrong'), text);
    }
    // The other statuses serve gives.
    assert.equal((await post(edge, '{not json')).status, 400);
    const skipped = await post(edge, '{"type":"plan.created","id":"p"}');
    assert.equal(skipped.status, 200);
    assert.match(skipped.text, /no_customer/);
    assert.equal((await fetch(edge.url)).status, 405);
    assert.equal((await fetch(`${edge.url}other`, { method: 'POST', body })).status, 404);
    assert.equal((await fetch(`${edge.url}healthz`)).status, 200);
    await settle(800);
    assert.equal(fake.requests.length, 0, 'nothing refused was queued');
  });
});

/** POSTs `bytes` in 64 KiB writes, with or without Content-Length, and
 * resolves with the status as soon as an answer arrives: a server that
 * refuses an upload answers before it has read it all, then may close the
 * connection under the rest, which fetch reports as a failure. */
function upload(edge, bytes, { declare }) {
  return new Promise((resolve, reject) => {
    const headers = { 'Stigg-Webhooks-Secret': SECRET, 'Content-Type': 'application/json' };
    if (declare) headers['Content-Length'] = bytes.length;
    const request = http.request(edge.url, { method: 'POST', headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, text }));
      response.on('error', () => resolve({ status: response.statusCode, text }));
    });
    let answered = false;
    request.on('response', () => { answered = true; });
    request.on('error', (err) => { if (!answered) reject(err); });
    (async () => {
      for (let at = 0; at < bytes.length && !answered && !request.destroyed; at += 64 * 1024) {
        if (!request.write(bytes.subarray(at, at + 64 * 1024))) await new Promise((r) => request.once('drain', r));
      }
      if (!answered && !request.destroyed) request.end();
    })().catch(() => {});
  });
}

test('a webhook over 512 KiB is refused with 413, declared or streamed', async () => {
  await withEdge(() => ({}), async (edge, fake) => {
    const large = Buffer.from(JSON.stringify({ ...webhook(1), notes: 'x'.repeat(MAX_BODY_BYTES) }));
    const declared = await upload(edge, large, { declare: true });
    assert.equal(declared.status, 413, declared.text);
    assert.match(declared.text, /512 KiB/);
    // No Content-Length (chunked): the Worker counts while reading.
    const streamed = await upload(edge, large, { declare: false });
    assert.equal(streamed.status, 413, streamed.text);
    // A declared 50 MB is refused on its headers, without waiting for a byte.
    const refusedAtOnce = await new Promise((resolve, reject) => {
      const request = http.request(edge.url, { method: 'POST', headers: { 'Content-Length': 50_000_000 } }, (response) => {
        resolve(response.statusCode);
        request.destroy();
      });
      request.on('error', reject);
      request.flushHeaders();
    });
    assert.equal(refusedAtOnce, 413);
    // Just under the limit is a webhook like any other.
    const under = JSON.stringify({ ...webhook(2), notes: 'y'.repeat(MAX_BODY_BYTES - 400) });
    assert.ok(Buffer.byteLength(under) <= MAX_BODY_BYTES);
    assert.equal((await post(edge, under)).status, 200);
    await waitFor('the webhook under the limit', () => fake.ids(WRITE_KEY).length > 0);
    assert.deepEqual(fake.ids(WRITE_KEY), [...expectedIds([2], { webhookSecret: SECRET })]);
  });
});

test('a consumer cut off mid-batch loses nothing: the queue redelivers, Segment dedupes', async () => {
  // Segment takes the second and fourth batches, but the answer never
  // reaches the consumer (the connection dies, or Segment stalls past the
  // consumer's timeout): the consumer cannot know, so the calls are
  // redelivered and sent again under the same messageIds.
  await withEdge(() => ({ SEGMENT_TIMEOUT_SECONDS: '1' }), async (edge, fake) => {
    const indexes = range(0, 400);
    const expected = expectedIds(indexes, { webhookSecret: SECRET });
    await postAll(edge, indexes);
    await waitFor('every call at the fake', () => fake.ids(WRITE_KEY).length >= expected.size);
    // The fake took the cut-off batches' calls, so every id is there before
    // the queue has redelivered them (after the retry's backoff): wait for
    // the redelivery itself.
    const redelivered = (request) => fake.requests.some((r) => r.index > request.index
      && r.ids.some((id) => request.ids.includes(id)));
    await waitFor('both cut-off batches sent again', () => fake.requests.length > 3
      && redelivered(fake.requests[1]) && redelivered(fake.requests[3]));
    await settle();
    assert.deepEqual(new Set(fake.ids(WRITE_KEY)), expected);
    assert.ok(fake.repeats > 0, 'the cut-off batches were sent again');
    assert.equal(edge.deadLetters.length + edge.undelivered.length, 0);
    assert.ok(edge.lines.some((l) => /network error/.test(l)), edge.lines.join('\n'));
  }, { answer: (request) => ({ 1: { drop: true }, 3: { hang: true } })[request.index] });
});

test('a 400 isolates the bad call into the dead-letter queue; a 413 is a size problem', async () => {
  const badIds = new Set([...expectedIds([7], { webhookSecret: SECRET })]);
  const largeIds = new Set([...expectedIds([13], { webhookSecret: SECRET })]);
  await withEdge(() => ({}), async (edge, fake) => {
    const indexes = range(0, 60);
    const expected = expectedIds(indexes, { webhookSecret: SECRET });
    await postAll(edge, indexes);
    const good = [...expected].filter((id) => !badIds.has(id) && !largeIds.has(id));
    await waitFor('the good calls and the dead letters', () => fake.ids(WRITE_KEY).length >= good.length
      && edge.deadLetters.length >= badIds.size + largeIds.size);
    await settle();
    assert.deepEqual(new Set(fake.ids(WRITE_KEY)), new Set(good));
    assert.deepEqual(new Set(edge.deadLetters.map((d) => d.messageId)), new Set([...badIds, ...largeIds]));
    for (const letter of edge.deadLetters) {
      const call = JSON.parse(letter.call);
      assert.equal(call.messageId, letter.messageId);
      assert.equal(letter.target, 'default');
      if (badIds.has(letter.messageId)) {
        assert.equal(letter.status, 400);
        assert.match(letter.answer, /bad call/);
      } else {
        assert.equal(letter.status, 413);
        assert.match(letter.reason, /too large/);
      }
    }
    assert.equal(edge.undelivered.length, 0);
    assertNoWriteKey(edge, WRITE_KEY);
  }, {
    answer: (request) => {
      if (request.ids.some((id) => badIds.has(id))) return { status: 400, body: '{"error":"bad call"}' };
      if (request.ids.some((id) => largeIds.has(id))) return { status: 413, body: 'too large' };
      return undefined;
    },
  });
});

test('401, 403, 404, 405 dead-letter nothing: the calls stay queued until the endpoint answers', async () => {
  let failing = [401, 403, 404, 405];
  await withEdge(() => ({ REQUEST_FAILURE_RETRY_SECONDS: '1' }), async (edge, fake) => {
    const indexes = range(0, 100);
    const expected = expectedIds(indexes, { webhookSecret: SECRET });
    await postAll(edge, indexes);
    await waitFor('four refusals', () => fake.requests.length >= 4);
    const refused = fake.requests.slice(0, 4);
    for (const r of refused) {
      // A split would post part of the batch at once; a request-level
      // answer instead leaves the whole batch queued for 1 s.
      const soon = fake.requests.filter((q) => q.index > r.index && q.at - r.at < 900 && q.ids.some((id) => r.ids.includes(id)));
      assert.deepEqual(soon.map((q) => q.index), [], `after the ${r.index + 1}th request's refusal`);
    }
    failing = [];
    await waitFor('every call at the fake', () => fake.ids(WRITE_KEY).length >= expected.size);
    await settle();
    assert.deepEqual(new Set(fake.ids(WRITE_KEY)), expected);
    assert.equal(edge.deadLetters.length + edge.undelivered.length, 0);
    const logged = edge.lines.join('\n');
    assert.match(logged, /answered 404 \(is the URL right\? Segment's path is \/v1\/batch\)/);
    assert.match(logged, /answered 401 \(the write key is wrong or lacks access\)/);
    assertNoWriteKey(edge, WRITE_KEY);
  }, { answer: () => (failing.length > 0 ? { status: failing.shift(), body: '{"error":"no"}' } : undefined) });
});

test('several targets: each write key gets its own namespace; a base or a full URL both deliver', async () => {
  await withEdge((fake) => ({
    TARGETS: `name=us,write-key-env=KEY_US,namespace=us,endpoint=${fake.url};`
      + `name=eu,write-key-env=KEY_EU,namespace=eu,endpoint=${fake.url}/v1/batch/`,
    KEY_US: 'key-us-SECRET',
    KEY_EU: 'key-eu-SECRET',
  }), async (edge, fake) => {
    const indexes = range(0, 20);
    await postAll(edge, indexes);
    const us = expectedIds(indexes, { webhookSecret: SECRET, messageIdNamespace: 'us' });
    const eu = expectedIds(indexes, { webhookSecret: SECRET, messageIdNamespace: 'eu' });
    await waitFor('both targets', () => fake.ids('key-us-SECRET').length >= us.size && fake.ids('key-eu-SECRET').length >= eu.size);
    assert.deepEqual(new Set(fake.ids('key-us-SECRET')), us);
    assert.deepEqual(new Set(fake.ids('key-eu-SECRET')), eu);
    assert.ok([...us].every((id) => id.startsWith('stigg-us-')));
    assert.equal(fake.ids(WRITE_KEY).length, 0, 'TARGETS replaces the default target');
    assertNoWriteKey(edge, 'key-us-SECRET', 'key-eu-SECRET');
  });
});

test('the function\'s settings come from Worker variables, typed by the settings table', async () => {
  const settings = {
    webhookSecret: SECRET,
    eventNameStyle: 'Object Action',
    eventAllowlist: ['customer.*', 'subscription.updated'],
    identifyCustomers: false,
    groupCalls: true,
  };
  await withEdge(() => ({
    EVENT_NAME_STYLE: 'Object Action',
    EVENT_ALLOWLIST: 'customer.*, subscription.updated', // as a secret or --var gives it: text
    IDENTIFY_CUSTOMERS: 'false',
    GROUP_CALLS: true, // as [vars] may give it: JSON
  }), async (edge, fake) => {
    const indexes = range(0, 30);
    const expected = new Map();
    for (const i of indexes) {
      for (const call of core.transform(JSON.stringify(webhook(i)), { 'Stigg-Webhooks-Secret': SECRET }, settings).calls) {
        expected.set(call.messageId, call);
      }
    }
    assert.ok([...expected.values()].some((call) => call.type === 'group'), 'groupCalls took effect');
    assert.ok(![...expected.values()].some((call) => call.type === 'identify'), 'identifyCustomers took effect');
    await postAll(edge, indexes);
    const filtered = await post(edge, JSON.stringify({ ...webhook(1), type: 'subscription.created' }));
    assert.equal(filtered.status, 200);
    assert.match(filtered.text, /"skipped":\{"code":"filtered"/);
    await waitFor('every call at the fake', () => fake.ids(WRITE_KEY).length >= expected.size);
    await settle();
    assert.deepEqual(new Set(fake.ids(WRITE_KEY)), new Set(expected.keys()));
    for (const [id, call] of expected) {
      assert.deepEqual(fake.accepted.get(WRITE_KEY).get(id), call, 'the call Segment got is the core\'s, unchanged');
    }
  });
});

test('a wrong configuration answers 500 and names the problem, never the key', async () => {
  for (const [vars, problem] of [
    [{ SEGMENT_ENDPOINT: 'http://segment.example.com' }, /must use https \(http only on loopback\)/],
    [{ SEGMENT_WRITE_KEY: '' }, /SEGMENT_WRITE_KEY \(a Segment write key\) is not set/],
    [{ SEGMENT_WRITE_KEY: 'wk\u0007bell' }, /not printable/],
    [{ EVENT_NAME_STYLE: 'camel' }, /eventNameStyle/],
  ]) {
    await withEdge(() => vars, async (edge) => {
      const { status, text } = await post(edge, JSON.stringify(webhook(1)));
      assert.equal(status, 500, text);
      assert.match(text, problem);
      assert.ok(!text.includes('bell'));
      const health = await fetch(`${edge.url}healthz`);
      assert.equal(health.status, 503);
    });
  }
});
