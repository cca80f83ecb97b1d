// The edge relay (edge/): the Worker as it ships, run in workerd by
// Miniflare with local Queues, against a fake Segment API on 127.0.0.1.
// Nothing inside the Worker is mocked: webhooks go in over HTTP, calls come
// out as Segment batches; failures are the fake's answers.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { startEdge, readWranglerToml } = require('../../tools/edge-runtime');
const { startFakeSegment } = require('../../tools/fake-segment');

const core = require(path.join(__dirname, '..', '..', 'pkg'));
/** The delivery policy's cases, shared with the core and the binary. */
const TABLE = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'delivery-policy.json'), 'utf8'));
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

/** The Worker's log lines (log.js): one JSON object a line. */
const logLines = (edge) => edge.lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));

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

async function withEdge(vars, run, fakeOptions, edgeOptions = {}) {
  const fake = await startFakeSegment(fakeOptions);
  const edge = await startEdge({
    vars: {
      SEGMENT_ENDPOINT: fake.url,
      SEGMENT_WRITE_KEY: WRITE_KEY,
      STIGG_SEGMENT_WEBHOOK_SECRET: SECRET,
      RETRY_BACKOFF_SECONDS: '0',
      ...vars(fake),
    },
    ...edgeOptions,
  });
  try {
    await run(edge, fake);
  } finally {
    await edge.stop();
    await fake.close();
  }
}

/** A server of the table: the first unused `script` answer, else `refuse`
 * for a request holding a marked call, else `otherwise`, else 200. */
const MARK = 'DELIVERY-REFUSED-CALL';
const replyOf = (spec) => ({ status: spec.status, headers: spec.headers || {}, body: spec.body ?? '' });
function tableServer(server) {
  return (request) => {
    const script = server.script || [];
    if (request.index < script.length) return replyOf(script[request.index]);
    if (server.refuse && request.calls.some((call) => JSON.stringify(call).includes(MARK))) return replyOf(server.refuse);
    if (server.otherwise) return replyOf(server.otherwise);
    return undefined;
  };
}
const listOf = (value, calls) => (value === 'all' ? range(0, calls) : value);
const isTransient = (status) => status === 408 || status === 429 || status >= 500;

/** Call `k` of a case: a webhook making exactly one call. */
function tableWebhook(k, marked) {
  const body = {
    type: 'subscription.updated', messageId: `dp-${String(k).padStart(4, '0')}`, timestamp: '2024-03-01T10:00:00.000Z',
    id: `sub-${k}`, customer: { id: `customer-${k}` }, plan: { id: 'plan-pro' }, status: 'ACTIVE',
  };
  if (marked) body.note = MARK;
  return JSON.stringify(body);
}

test('the package\'s Delivery export decides every case of the policy table as the core does', () => {
  for (const testCase of TABLE.cases) {
    const server = tableServer(testCase.server);
    const policy = { backoffMs: 10, maxBackoffMs: 100, maxAttempts: testCase.policy?.maxAttempts ?? 10 };
    const sizes = Uint32Array.from(range(0, testCase.calls), () => 300);
    const delivery = new core.Delivery('http://127.0.0.1:9/v1/batch', sizes, policy, 1);
    const calls = range(0, testCase.calls).map((k) => (testCase.server.refuse?.calls.includes(k) ? { note: MARK } : {}));
    let index = 0;
    const decisions = [];
    for (let request = delivery.next(); request !== undefined; request = delivery.next()) {
      const reply = server({ index: index++, calls: calls.slice(request.from, request.to) });
      const answer = reply === undefined
        ? { status: 200 }
        : { status: reply.status, retryAfter: reply.headers['Retry-After'], location: reply.headers.Location, body: reply.body };
      decisions.push(delivery.answer(answer).decision);
    }
    const outcome = delivery.finish();
    const { expect } = testCase;
    assert.deepEqual(outcome.deadLettered.map((d) => d.call), expect.deadLettered, testCase.name);
    assert.deepEqual(outcome.unsent, listOf(expect.unsent, testCase.calls), testCase.name);
    assert.equal(outcome.sent.length + outcome.unsent.length + outcome.deadLettered.length, testCase.calls);
    assert.equal(outcome.stop, expect.stop, `${testCase.name}: ${decisions}`);
    assert.equal(outcome.message !== null, expect.stop !== null);
    assert.equal(outcome.requests, expect.requests, `${testCase.name}: ${decisions}`);
  }
  assert.throws(() => new core.Delivery('x', new Uint32Array(1), { backoffMs: -1 }, 1), /backoffMs must be a number/);
  const idle = new core.Delivery('http://127.0.0.1:9/v1/batch', new Uint32Array(1), {}, 1);
  assert.throws(() => idle.answer({ status: 200 }), /no request awaits an answer/);
  idle.next();
  assert.throws(() => idle.answer({ failed: 'dns', message: 'x' }), /"timeout", "connection" or "plain_http"/);
  assert.throws(() => idle.answer({}), /an HTTP status/);
});

test('endpoints and write keys are checked by the core, as in send and serve', () => {
  const { Delivery } = core;
  assert.equal(Delivery.endpoint('https://proxy.example.com'), 'https://proxy.example.com/v1/batch');
  assert.equal(Delivery.endpoint('https://api.segment.io/v1/batch/'), 'https://api.segment.io/v1/batch');
  assert.equal(Delivery.endpoint('http://localhost:8080/x?k=v'), 'http://localhost:8080/x/v1/batch?k=v');
  assert.equal(Delivery.regionEndpoint('eu'), 'https://events.eu1.segmentapis.com/v1/batch');
  assert.equal(Delivery.regionEndpoint('ap'), undefined);
  assert.throws(() => Delivery.endpoint('http://proxy.example.com'), /plain http/);
  assert.throws(() => Delivery.endpoint('https://wk_secret:@proxy.example.com'), (err) => /credentials/.test(err.message) && !err.message.includes('wk_secret'));
  assert.throws(() => Delivery.checkWriteKey('the secret K', 'a b'), (err) => /position 2/.test(err.message) && !err.message.includes('a b'));
  assert.throws(() => Delivery.checkWriteKey('the secret K', ''), /the secret K \(a Segment write key\) is not set/);
});

test('the test runtime takes edge/wrangler.toml as it is', () => {
  const toml = readWranglerToml();
  assert.equal(toml.top.main, 'src/worker.js');
  assert.equal(toml.observability.enabled, true, 'Workers Logs keeps the log lines');
  assert.equal(toml.vars.LOG_LEVEL, 'info');
  assert.deepEqual(toml.producers.map((p) => p.binding).sort(), ['CALLS', 'DEAD_LETTERS', 'SYNC_TASKS']);
  const queueOf = (binding) => toml.producers.find((p) => p.binding === binding).queue;
  const consumer = toml.consumers.find((c) => c.queue === queueOf('CALLS'));
  assert.ok(consumer, 'the calls queue has its consumer');
  assert.ok(consumer.max_batch_size <= 100 && consumer.max_retries <= 100, 'within Cloudflare\'s limits');
  assert.notEqual(consumer.dead_letter_queue, toml.producers.find((p) => p.binding === 'DEAD_LETTERS').queue,
    'calls Segment never judged do not land among the ones it refused');
  // The Cron Trigger's page tasks, one a consumer invocation, and its state.
  const sync = toml.consumers.find((c) => c.queue === queueOf('SYNC_TASKS'));
  assert.equal(sync.max_batch_size, 1);
  assert.equal(toml.triggers.crons.length, 1);
  assert.deepEqual(toml.kvNamespaces.map((kv) => kv.binding), ['SYNC_STATE']);
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
    assert.ok(logLines(edge).some((l) => l.event === 'delivery' && l.status === 429 && l.decision === 'retry'), edge.lines.join('\n'));
    assertNoWriteKey(edge, WRITE_KEY);
  }, { answer: (request) => answers[request.index] });
});

test('a wrong or missing secret is refused with 401, never echoed, and queues nothing', async () => {
  await withEdge(() => ({}), async (edge, fake) => {
    const body = JSON.stringify(webhook(1));
    for (const headers of [{ 'Stigg-Webhooks-Secret': 'whsec_wrong' }, {}, { 'Stigg-Webhooks-Secret': `${SECRET}x` }]) {
      const { status, text } = await post(edge, body, headers);
      assert.equal(status, 401, text);
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

/** `open`, then members, then `close`, filled to just under 512 KiB. */
function fill(open, member, close) {
  const parts = [open];
  let size = open.length + close.length;
  for (let i = 0; ; i++) {
    const next = member(i);
    if (size + next.length >= MAX_BODY_BYTES) break;
    parts.push(next);
    size += next.length;
  }
  parts.push(close);
  return parts.join('');
}

test('bodies a sender shapes to hurt (deep and wide, duplicate keys, huge strings, nested arrays) are answered and delivered within Segment\'s limits', async () => {
  const envelope = (i) => `"type":"subscription.updated","messageId":"adv-${i}","customer":{"id":"c-${i}"}`;
  const bodies = [
    fill(`{${envelope(1)}${',"a":{"x":0'.repeat(998)}`, (i) => `,"k${i}":0`, '}'.repeat(999)),
    fill(`{${envelope(2)},"metadata":{"k":0`, (i) => `,"k${i}":0`, ',"k0":1}}'),
    fill(`{${envelope(3)}`, () => ',"same":0', '}'),
    fill(`{${envelope(4)},"note":"`, () => '\\u00e9\\n', '"}'),
    fill(`{${envelope(5)},"nest":${'['.repeat(998)}0`, () => ',[0]', `${']'.repeat(998)}}`),
  ];
  await withEdge(() => ({}), async (edge, fake) => {
    for (const [i, body] of bodies.entries()) {
      assert.ok(Buffer.byteLength(body) <= MAX_BODY_BYTES, `body ${i}`);
      const { status, text } = await post(edge, body);
      assert.equal(status, 200, `body ${i}: ${text}`);
    }
    await waitFor('every adversarial webhook\'s call', () => fake.ids(WRITE_KEY).length >= bodies.length);
    assert.equal(fake.ids(WRITE_KEY).length, bodies.length);
    for (const request of fake.requests) {
      for (const call of request.calls) assert.ok(Buffer.byteLength(JSON.stringify(call)) <= core.limits().segmentCallLimitBytes);
    }
    assertWithinSegmentLimits(fake);
    // The request lines carry the type, read in the same pass as the calls.
    const labelled = edge.lines.filter((line) => line.includes('"event":"request"') && line.includes('"stigg_type":"subscription.updated"'));
    assert.equal(labelled.length, bodies.length, edge.lines.join('\n'));
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

test('a 400 isolates the bad call into the dead-letter queue when others of its batch are accepted', async () => {
  const badIds = new Set([...expectedIds([7], { webhookSecret: SECRET })]);
  await withEdge(() => ({}), async (edge, fake) => {
    const indexes = range(0, 60);
    const expected = expectedIds(indexes, { webhookSecret: SECRET });
    // One after another, within the consumer's wait: one batch of 60 calls.
    for (const i of indexes) assert.equal((await post(edge, JSON.stringify(webhook(i)))).status, 200);
    const good = [...expected].filter((id) => !badIds.has(id));
    await waitFor('the good calls and the dead letter', () => fake.ids(WRITE_KEY).length >= good.length
      && edge.deadLetters.length >= badIds.size);
    await settle();
    assert.deepEqual(new Set(fake.ids(WRITE_KEY)), new Set(good));
    assert.deepEqual(new Set(edge.deadLetters.map((d) => d.messageId)), badIds);
    for (const letter of edge.deadLetters) {
      const call = JSON.parse(letter.call);
      assert.equal(call.messageId, letter.messageId);
      assert.equal(letter.target, 'default');
      assert.equal(letter.status, 400);
      assert.match(letter.answer, /bad call/);
    }
    assert.equal(edge.undelivered.length, 0);
    assertNoWriteKey(edge, WRITE_KEY);
  }, {
    answer: (request) => (request.ids.some((id) => badIds.has(id)) ? { status: 400, body: '{"error":"bad call"}' } : undefined),
  }, { batchTimeout: 1 });
});

test('a write key an answer holds across a cut shows in no dead letter or log line', async () => {
  const token = Buffer.from(`${WRITE_KEY}:`).toString('base64');
  const kept = 4096; // what a dead letter keeps of an answer (src/delivery.rs)
  const read = core.Delivery.answerReadBytes();
  assert.equal(read, 2 * kept);
  // The key across the cut of what a dead letter keeps; the token across
  // the cut of what is read; and so many tokens before that one that
  // scrubbing them brings the read's cut well inside what is kept.
  const many = token.repeat(Math.floor((read - 5) / token.length));
  const answers = {
    7: `${'.'.repeat(kept - 7)}${WRITE_KEY}${'.'.repeat(9000)}`,
    17: `${'.'.repeat(read - 9)}${token}${'.'.repeat(100)}`,
    27: `${many}${'.'.repeat(read - 5 - many.length)}${token}`,
  };
  const bad = Object.keys(answers).map((k) => [k, expectedIds([Number(k)], { webhookSecret: SECRET })]);
  // 5 characters or more of either end ("key" is in "[write key]").
  const pieces = [WRITE_KEY, token].flatMap((secret) => range(5, secret.length + 1)
    .flatMap((n) => [secret.slice(0, n), secret.slice(secret.length - n)]));
  await withEdge(() => ({}), async (edge, fake) => {
    const indexes = range(0, 40);
    for (const i of indexes) assert.equal((await post(edge, JSON.stringify(webhook(i)))).status, 200);
    await waitFor('the dead letters', () => edge.deadLetters.length >= bad.length);
    await settle();
    assert.equal(edge.deadLetters.length, bad.length);
    for (const letter of edge.deadLetters) {
      assert.ok(letter.answer.length <= kept && letter.answer.length > kept / 2, letter.answer.length);
    }
    const everything = JSON.stringify([edge.lines, edge.deadLetters, edge.undelivered]);
    for (const piece of pieces) assert.ok(!everything.includes(piece), `a piece of the write key shows: ${piece}`);
  }, {
    answer: (request) => {
      const refused = bad.find(([, ids]) => request.ids.some((id) => ids.has(id)));
      return refused === undefined ? undefined : { status: 400, body: answers[refused[0]] };
    },
  }, { batchTimeout: 1 });
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
    assert.match(logged, /stopped \(request_refused\): \S+ answered HTTP 404 Not Found to POST: is the URL right\? Segment's path is \/v1\/batch/);
    assert.match(logged, /answered HTTP 401 Unauthorized to POST: is the URL right\? Segment's path is \/v1\/batch; is the write key right\?/);
    assertNoWriteKey(edge, WRITE_KEY);
  }, { answer: () => (failing.length > 0 ? { status: failing.shift(), body: '{"error":"no"}' } : undefined) });
});

test('several targets: each write key gets its own namespace; a base or a full URL both deliver', async () => {
  await withEdge((fake) => ({
    TARGETS: `name=us,write-key-env=KEY_US,namespace=us,endpoint=${fake.url};`
      + `name=eu,write-key-env=STIGG_SEGMENT_KEY_EU,namespace=eu,endpoint=${fake.url}/v1/batch/`,
    KEY_US: 'key-us-SECRET',
    STIGG_SEGMENT_KEY_EU: 'key-eu-SECRET', // a write key's secret may take the prefix
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
    STIGG_SEGMENT_EVENT_NAME_STYLE: 'Object Action',
    STIGG_SEGMENT_EVENT_ALLOWLIST: 'customer.*, subscription.updated', // as a secret or --var gives it: text
    STIGG_SEGMENT_IDENTIFY_CUSTOMERS: 'false',
    STIGG_SEGMENT_GROUP_CALLS: true, // as [vars] may give it: JSON
    PLAN_TRAITS: 'true', // an old name: a warning, not read
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
    const warnings = edge.lines.filter((l) => l.includes('PLAN_TRAITS is not read: rename it STIGG_SEGMENT_PLAN_TRAITS'));
    assert.equal(warnings.length, 1, `one warning, at the first request:\n${edge.lines.join('\n')}`);
  });
});

test('a wrong configuration answers 500 and names the problem, never the key', async () => {
  for (const [vars, problem] of [
    [{ SEGMENT_ENDPOINT: 'http://segment.example.com' }, /uses plain http; use https/],
    [{ SEGMENT_WRITE_KEY: '' }, /SEGMENT_WRITE_KEY \(a Segment write key\) is not set/],
    [{ SEGMENT_WRITE_KEY: 'wk\u0007bell' }, /not printable/],
    [{ STIGG_SEGMENT_EVENT_NAME_STYLE: 'camel' }, /eventNameStyle/],
    [{ STIGG_SEGMENT_GROUPCALLS: 'true' }, /unknown variable STIGG_SEGMENT_GROUPCALLS; did you mean STIGG_SEGMENT_GROUP_CALLS\?/],
    [{ STIGG_SEGMENT_IDENTIFY_CUSTOMERS: 'no' }, /STIGG_SEGMENT_IDENTIFY_CUSTOMERS must be true or false/],
    [{ STIGG_SEGMENT_SETTINGS_FILE: 'settings.json' }, /a Worker reads no files/],
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

test('TARGETS is read by the core\'s rule, as serve reads --target, and a wrong spec answers 500 naming it', async () => {
  assert.deepEqual(core.Delivery.parseTarget('name=eu,write-key-env=KEY_EU,region=eu,namespace=eu'),
    { name: 'eu', writeKeyVariable: 'KEY_EU', endpoint: 'https://events.eu1.segmentapis.com/v1/batch', namespace: 'eu' });
  for (const [TARGETS, problem] of [
    ['name=eu,write-key-env=KEY_EU,region=ap', /^TARGETS name=eu,write-key-env=KEY_EU,region=ap: region must be us or eu$/],
    ['name=eu,write-key-env=KEY_EU; name=eu,write-key-env=KEY_EU', /^two targets are named eu$/],
  ]) {
    await withEdge(() => ({ TARGETS, KEY_EU: 'key-eu' }), async (edge) => {
      const { status, text } = await post(edge, JSON.stringify(webhook(1)));
      assert.equal(status, 500, text);
      assert.match(JSON.parse(text).error.message, problem);
    });
  }
});

for (const testCase of TABLE.cases.filter((c) => !c.hosts || c.hosts.includes('edge'))) {
  test(`the policy table in the edge relay: ${testCase.name}`, async () => {
    const { expect, calls } = testCase;
    const marked = new Set(testCase.server.refuse?.calls || []);
    const bodies = range(0, calls).map((k) => tableWebhook(k, marked.has(k)));
    const idOf = bodies.map((body) => core.transform(body, { 'Stigg-Webhooks-Secret': SECRET }, { webhookSecret: SECRET }).calls[0].messageId);
    const dead = new Set(expect.deadLettered.map((k) => idOf[k]));
    const unsent = new Set(listOf(expect.unsent, calls).map((k) => idOf[k]));
    const sent = idOf.filter((id) => !dead.has(id) && !unsent.has(id));
    const transient = (testCase.server.script || []).some((s) => isTransient(s.status));
    // A stop holds the calls 2 s: the first delivery's requests are counted before.
    await withEdge(() => ({ REQUEST_FAILURE_RETRY_SECONDS: '2' }), async (edge, fake) => {
      // One after another, within the consumer's wait: one batch, in order.
      for (const body of bodies) assert.equal((await post(edge, body)).status, 200);
      await waitFor(testCase.name, () => fake.ids(WRITE_KEY).length >= sent.length
        && edge.deadLetters.length >= dead.size
        && (expect.stop === null || edge.lines.some((l) => l.includes(`stopped (${expect.stop})`))));
      const requests = fake.requests.length;
      assert.deepEqual(new Set(fake.ids(WRITE_KEY)), new Set(sent), testCase.name);
      assert.deepEqual(new Set(edge.deadLetters.map((d) => d.messageId)), dead, testCase.name);
      // A retry at the edge goes back through the queue, whose batches may
      // regroup the calls: the count is the core's where nothing is retried.
      if (!transient) assert.equal(requests, expect.requests, `${testCase.name}: ${edge.lines.join('\n')}`);
      if (unsent.size === 0) return;
      // The endpoint fixed: the queue delivers every held call, once.
      fake.answer = () => undefined;
      await waitFor('the recovery', () => fake.ids(WRITE_KEY).length >= calls - dead.size);
      await settle();
      assert.deepEqual(new Set(fake.ids(WRITE_KEY)), new Set(idOf.filter((id) => !dead.has(id))));
      assert.equal(fake.repeats, 0, 'every held call delivered once');
      assert.equal(edge.deadLetters.length, dead.size);
      assert.equal(edge.undelivered.length, 0);
      assertNoWriteKey(edge, WRITE_KEY);
    }, { answer: tableServer(testCase.server) }, { batchTimeout: 1 });
  });
}

test('a proxy answering 400 to everything: nothing dead-lettered, every call kept, then delivered once', async () => {
  await withEdge(() => ({ REQUEST_FAILURE_RETRY_SECONDS: '1' }), async (edge, fake) => {
    const indexes = range(0, 20);
    const expected = expectedIds(indexes, { webhookSecret: SECRET });
    const started = Date.now();
    await postAll(edge, indexes);
    await waitFor('the stop', () => edge.lines.some((l) => l.includes('stopped (every_call_refused)')));
    // Held for a while: retried every second, never dead-lettered.
    await settle(3000);
    const took = Date.now() - started;
    const requests = fake.requests.length;
    assert.equal(fake.ids(WRITE_KEY).length, 0);
    assert.equal(edge.deadLetters.length + edge.undelivered.length, 0);
    fake.answer = () => undefined;
    const fixed = Date.now();
    await waitFor('every call', () => fake.ids(WRITE_KEY).length >= expected.size);
    await settle();
    assert.deepEqual(new Set(fake.ids(WRITE_KEY)), expected);
    assert.equal(fake.repeats, 0);
    assert.equal(edge.deadLetters.length, 0);
    console.log(`edge: 20 webhooks (${expected.size} calls), a proxy answering 400 to everything: ${requests} requests in ${took} ms, `
      + `${edge.deadLetters.length} dead letters; recovery: every call delivered once ${Date.now() - fixed} ms after the endpoint was fixed`);
  }, { answer: () => ({ status: 400, body: '<html><body><h1>400 Bad Request</h1></body></html>' }) });
});

test('Retry-After: 0 does not make the edge hammer: the backoff is its floor', async () => {
  await withEdge(() => ({ RETRY_BACKOFF_SECONDS: '1' }), async (edge, fake) => {
    const indexes = range(0, 10);
    const expected = expectedIds(indexes, { webhookSecret: SECRET });
    await postAll(edge, indexes);
    await waitFor('every call', () => fake.ids(WRITE_KEY).length >= expected.size, 30_000);
    const gaps = fake.requests.slice(1).map((r, i) => r.at - fake.requests[i].at);
    console.log(`edge: three 429s with Retry-After: 0, then 200: gaps between requests ${gaps.join(', ')} ms`);
    // Attempts 1 and 2: at least half of 1 s and of 2 s, in whole seconds.
    assert.ok(gaps.slice(0, 3).every((gap) => gap >= 900), `${gaps}`);
    assert.deepEqual(new Set(fake.ids(WRITE_KEY)), expected);
  }, { answer: (request) => (request.index < 3 ? { status: 429, headers: { 'Retry-After': '0' }, body: '{}' } : undefined) }, { batchTimeout: 1 });
});

test('a call delayed in the queue keeps the time its webhook was acknowledged; every attempt carries its sentAt', async () => {
  const stiggs = '2024-03-01T10:00:00.000Z';
  const bodies = [
    { type: 'credits.granted', messageId: 'arr-1', customerId: 'c-1', amount: { value: 5, unit: 'credits' } },
    { type: 'automatic_recharge.operation.attempted', messageId: 'arr-2', customerId: 'c-2', status: 'SUCCEEDED' },
    { type: 'subscription.updated', messageId: 'arr-3', timestamp: stiggs, id: 'sub-3', customer: { id: 'c-3' }, status: 'ACTIVE' },
  ];
  await withEdge(() => ({}), async (edge, fake) => {
    const acknowledged = new Map();
    for (const body of bodies) {
      const before = Date.now();
      assert.equal((await post(edge, JSON.stringify(body))).status, 200);
      acknowledged.set(body.messageId, [before, Date.now()]);
    }
    await waitFor('the delivery after the queue\'s delay', () => fake.ids(WRITE_KEY).length >= bodies.length);
    const delivered = fake.requests.find((r) => r.index > 0);
    console.log('edge: a delivery the queue delayed 3 s\ncall | acknowledged at | timestamp | sentAt | delivered at');
    const ackLines = new Map(logLines(edge).filter((l) => l.event === 'request').map((l) => [l.stigg_message_id, l.time]));
    for (const call of delivered.calls) {
      const stiggId = [...acknowledged.keys()].find((id) => call.messageId.includes(id));
      const [before, after] = acknowledged.get(stiggId);
      console.log(`${call.messageId} | ${ackLines.get(stiggId)} | ${call.timestamp} | ${delivered.sentAt} | ${new Date(delivered.at).toISOString()}`);
      assert.ok(delivered.at - after >= 2500, `${call.messageId} waited in the queue`);
      if (stiggId === 'arr-3') {
        assert.equal(call.timestamp, stiggs, 'Stigg\'s own timestamp wins');
        continue;
      }
      const at = Date.parse(call.timestamp);
      assert.ok(at >= before - 1000 && at <= after + 1000, `${call.timestamp}: not when ${stiggId} was acknowledged`);
    }
    assert.equal(fake.requests.length, 2);
    for (const request of fake.requests) {
      assert.ok(Math.abs(Date.parse(request.sentAt) - request.at) <= 1000, `sentAt ${request.sentAt} of a request at ${request.at}`);
    }
    assert.notEqual(fake.requests[0].sentAt, fake.requests[1].sentAt, 'set anew on each attempt');
  }, { answer: (request) => (request.index === 0 ? { status: 503, headers: { 'Retry-After': '3' }, body: '{}' } : undefined) }, { batchTimeout: 1 });
});

/** Every string of a webhook but Stigg's type and messageId: none may reach a log line. */
function bodyValues(value, into = []) {
  if (Array.isArray(value)) value.forEach((item) => bodyValues(item, into));
  else if (value && typeof value === 'object') {
    for (const [name, member] of Object.entries(value)) if (name !== 'type' && name !== 'messageId') bodyValues(member, into);
  } else if (typeof value === 'string') into.push(value);
  return into;
}

/** A wrong secret, a good webhook (its delivery meets a 500, then a 200), a broken body. */
async function loggedSequence(vars) {
  let logged;
  const good = webhook(10); // customer.updated: an identify and a track
  const broken = '{"type":"customer.updated","email":"broken@example.com","id":';
  const wrong = 'whsec_not-the-secret';
  await withEdge(() => vars, async (edge, fake) => {
    assert.equal((await post(edge, JSON.stringify(good), { 'Stigg-Webhooks-Secret': wrong })).status, 401);
    assert.equal((await post(edge, JSON.stringify(good))).status, 200);
    await waitFor('the delivery', () => fake.ids(WRITE_KEY).length >= 2);
    assert.equal((await post(edge, broken)).status, 400);
    await settle(300);
    assert.deepEqual(fake.requests.map((r) => r.index), [0, 1]);
    const everything = edge.lines.join('\n');
    assertNoWriteKey(edge, WRITE_KEY);
    for (const secret of [SECRET, wrong, 'broken@example.com', ...bodyValues(good)]) {
      assert.ok(!everything.includes(secret), `${secret} is in the log:\n${everything}`);
    }
    logged = edge.lines;
  }, { answer: (request) => (request.index === 0 ? { status: 500, body: '{"message":"try again"}' } : undefined) });
  return logged;
}

test('the edge relay logs a JSON line per request and per delivery attempt, with serve\'s fields, and nothing secret', async () => {
  const lines = await loggedSequence({});
  console.log(`edge: the log of a wrong secret, a good webhook (a 500, then a 200), a broken body:\n${lines.join('\n')}`);
  assert.ok(lines.every((line) => line.startsWith('{')), lines.join('\n'));
  const parsed = lines.map((line) => JSON.parse(line));
  const keys = (line) => Object.keys(line).sort();
  const sorted = (...names) => names.flat().sort();
  assert.deepEqual(parsed.map((l) => l.event).sort(), ['delivery', 'delivery', 'request', 'request', 'request']);
  for (const line of parsed) assert.ok(Math.abs(Date.parse(line.time) - Date.now()) < 60_000, line.time);
  const common = ['time', 'level', 'event', 'peer', 'method', 'path', 'status', 'ms'];
  const [wrong, good, broken] = parsed.filter((l) => l.event === 'request');
  assert.deepEqual(keys(wrong), sorted(common, 'error_class', 'error'));
  assert.deepEqual([wrong.level, wrong.status, wrong.error_class], ['warn', 401, 'ValidationError']);
  assert.equal(wrong.error, 'the Stigg-Webhooks-Secret header does not match the webhookSecret setting');
  assert.deepEqual(keys(good), sorted(common, 'stigg_type', 'stigg_message_id', 'queued'));
  assert.deepEqual([good.level, good.status, good.stigg_type, good.stigg_message_id, good.queued], ['info', 200, 'customer.updated', 'msg-000010', 2]);
  assert.deepEqual(keys(broken), sorted(common, 'error_class', 'error'));
  assert.deepEqual([broken.level, broken.status, broken.error_class], ['warn', 400, 'InvalidEventPayload']);
  assert.match(broken.error, /^the body is not valid JSON/);
  for (const request of [wrong, good, broken]) {
    assert.deepEqual([request.method, request.path, typeof request.peer, typeof request.ms], ['POST', '/', 'string', 'number']);
  }
  const attempt = ['time', 'level', 'event', 'target', 'calls', 'bytes', 'status', 'attempt', 'decision', 'waited_ms', 'ms'];
  const [refused, accepted] = parsed.filter((l) => l.event === 'delivery');
  assert.deepEqual(keys(refused), sorted(attempt, 'retry_ms'));
  assert.deepEqual([refused.level, refused.status, refused.attempt, refused.decision], ['warn', 500, 1, 'retry']);
  assert.deepEqual(keys(accepted), sorted(attempt));
  assert.deepEqual([accepted.level, accepted.status, accepted.attempt, accepted.decision], ['info', 200, 2, 'sent']);
  for (const delivery of [refused, accepted]) {
    assert.deepEqual([delivery.target, delivery.calls], ['default', 2]);
    assert.ok(delivery.bytes > 100 && delivery.waited_ms >= 0);
  }
});

test('a webhook refused once its secret passed is labelled in its log line, one refused before it is not', async () => {
  const catalogue = JSON.stringify({ type: 'plan.created', messageId: 'msg-plan-1', plan: { id: 'plan-pro' } });
  await withEdge(() => ({ STIGG_SEGMENT_ON_MISSING_CUSTOMER: 'error' }), async (edge) => {
    assert.equal((await post(edge, catalogue)).status, 400);
    assert.equal((await post(edge, catalogue, { 'Stigg-Webhooks-Secret': 'whsec_wrong' })).status, 401);
    await settle(300);
    const [refused, wrong] = logLines(edge).filter((l) => l.event === 'request');
    assert.deepEqual([refused.status, refused.error_class, refused.stigg_type, refused.stigg_message_id],
      [400, 'EventNotSupported', 'plan.created', 'msg-plan-1']);
    assert.deepEqual([wrong.status, wrong.stigg_type, wrong.stigg_message_id], [401, undefined, undefined]);
  });
});

test('without a webhook secret the edge relay warns, naming the variable by the core\'s rule', async () => {
  await withEdge(() => ({ STIGG_SEGMENT_WEBHOOK_SECRET: '' }), async (edge) => {
    assert.equal((await post(edge, JSON.stringify(webhook(1)), {})).status, 200);
    const warning = logLines(edge).find((l) => l.event === 'no_secret');
    assert.ok(warning, edge.lines.join('\n'));
    assert.match(warning.message, /^no webhookSecret \(STIGG_SEGMENT_WEBHOOK_SECRET\) is set/);
  });
});

test('LOG_LEVEL quiets what went well; an unknown level is a configuration error', async () => {
  const lines = await loggedSequence({ LOG_LEVEL: 'warn' });
  assert.deepEqual(lines.map((line) => JSON.parse(line)).map((l) => [l.level, l.event, l.status]),
    [['warn', 'request', 401], ['warn', 'delivery', 500], ['warn', 'request', 400]]);
  await withEdge(() => ({ LOG_LEVEL: 'verbose' }), async (edge) => {
    const health = await fetch(`${edge.url}healthz`);
    assert.equal(health.status, 503);
    assert.match(await health.text(), /LOG_LEVEL must be one of error, warn, info, debug/);
  });
});
