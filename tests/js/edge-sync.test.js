// The edge relay's Cron Trigger (edge/src/sync.js) in workerd, through
// Miniflare, against the fake Stigg API of the binary's tests (the
// `fake-stigg` example: the same customers, plans and subscriptions, which
// Stigg's SDK parses) and a fake Segment API. What Segment must receive is
// what `stigg-segment sync --dry-run` prints for the same API and settings:
// one rule, two hosts.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');
const { execFileSync, spawn } = require('node:child_process');
const { startEdge } = require('../../tools/edge-runtime');
const { startFakeSegment } = require('../../tools/fake-segment');

const root = path.join(__dirname, '..', '..');
const targetDir = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
const CUSTOMERS = 250;
const PAGE_SIZE = 50;
const WRITE_KEY = 'wk_edge_SYNC_write_key';
const SETTINGS = { groupCalls: true, planTraits: true };

/** The binary and the fake Stigg API, built as `make test-cli` builds them. */
function buildBinaries() {
  execFileSync('cargo', ['build', '-q', '-p', 'stigg-segment-cli', '--bin', 'stigg-segment', '--example', 'fake-stigg'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** Starts the fake Stigg API; it stops when its standard input closes. */
async function startFakeStigg(customers) {
  const child = spawn(path.join(targetDir, 'debug', 'examples', 'fake-stigg'), [String(customers)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout });
  const [line] = await Promise.race([
    new Promise((resolve) => lines.once('line', (first) => resolve([first]))),
    new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`fake-stigg exited with ${code}`)))),
  ]);
  const info = JSON.parse(line);
  const control = async (what) => {
    const response = await fetch(`${info.url}/_fake/${what}`);
    assert.equal(response.status, 200, `/_fake/${what}`);
  };
  return {
    url: info.url,
    apiKey: info.apiKey,
    moveToPlan: (customer, plan) => control(`move?customer=${customer}&plan=${encodeURIComponent(plan)}`),
    fail: (status) => control(`fail?status=${status}`),
    padPlans: (bytes, names = 0) => control(`pad?bytes=${bytes}&names=${names}`),
    /** The pages served so far, by path. */
    served: async () => (await fetch(`${info.url}/_fake/requests`)).json(),
    echoKeyAt: (at) => control(`echo-key?at=${at}`),
    cycle: (at, to) => control(`cycle?at=${at}&to=${to}`),
    stop: () => new Promise((resolve) => {
      child.once('exit', resolve);
      child.stdin.end();
    }),
  };
}

/** The calls `stigg-segment sync --dry-run` makes of the same API and settings. */
function binaryCalls(stigg) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stigg-segment-edge-sync-'));
  const settings = path.join(dir, 'settings.json');
  fs.writeFileSync(settings, JSON.stringify(SETTINGS));
  try {
    const out = execFileSync(path.join(targetDir, 'debug', 'stigg-segment'), [
      'sync', '--dry-run', '--no-progress', '--stigg-api-url', stigg.url, '--settings', settings,
    ], { env: { PATH: process.env.PATH, STIGG_API_KEY: stigg.apiKey }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
    return out.toString('utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function waitFor(what, condition, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The log lines of finished runs. */
const doneLines = (edge) => edge.lines.filter((line) => line.includes('stigg-segment sync: run ') && line.includes(' done: '));

/** `... done: 250 customers, 5 pages, 496 calls, 496 enqueued, 0 unchanged ...` as numbers. */
function countsOf(line) {
  const n = (label) => Number(new RegExp(`(\\d+) ${label}`).exec(line)?.[1]);
  return { customers: n('customers'), pages: n('pages'), calls: n('calls'), enqueued: n('enqueued'), unchanged: n('unchanged') };
}

/** Runs the Cron Trigger once and waits for the run's summary line. */
async function cron(edge) {
  const before = doneLines(edge).length;
  const result = await edge.scheduled();
  assert.equal(result.outcome, 'ok');
  await waitFor('the sync run to finish', () => doneLines(edge).length > before);
  return doneLines(edge)[before];
}

/** Runs `use({stigg, fake, edge})` with the fake Stigg API of `customers`
 * customers, the fake Segment API and the relay syncing from one to the
 * other, and stops all three. */
async function withSyncingEdge(customers, use) {
  buildBinaries();
  const stigg = await startFakeStigg(customers);
  const fake = await startFakeSegment();
  const edge = await startEdge({
    vars: {
      SEGMENT_ENDPOINT: fake.url,
      SEGMENT_WRITE_KEY: WRITE_KEY,
      RETRY_BACKOFF_SECONDS: '0',
      STIGG_SEGMENT_GROUP_CALLS: true,
      STIGG_SEGMENT_PLAN_TRAITS: true,
      STIGG_API_KEY: stigg.apiKey,
      STIGG_API_URL: stigg.url,
      SYNC_PAGE_SIZE: String(PAGE_SIZE),
    },
  });
  try {
    await use({ stigg, fake, edge });
  } finally {
    await edge.stop();
    await fake.close();
    await stigg.stop();
  }
}

test('the Cron Trigger sends each live customer\'s identify and group once, then only what changed', async (t) => {
  await withSyncingEdge(CUSTOMERS, async ({ stigg, fake, edge }) => {
    const expected = binaryCalls(stigg);
    const live = new Set(expected.map((call) => call.userId)).size;
    assert.ok(live > 200 && live < CUSTOMERS, `${live} live customers`);
    assert.equal(expected.length, 2 * live, 'an identify and a group per live customer');
    const expectedIds = new Set(expected.map((call) => call.messageId));
    const state = await edge.kv('SYNC_STATE');
    const recorded = async () => (await state.list({ prefix: 'call/' })).keys.length;

    // Stigg's 429 and 500 on the first page: asked again, as its answers say.
    await stigg.fail(429);
    await stigg.fail(500);
    const first = await cron(edge);
    t.diagnostic(`first run: ${first.trim()}`);
    await waitFor('Segment to accept every call', () => fake.ids(WRITE_KEY).length >= expectedIds.size);
    await waitFor('the state of every accepted call', async () => (await recorded()) === expectedIds.size);
    assert.deepEqual(new Set(fake.ids(WRITE_KEY)), expectedIds);
    assert.equal(fake.repeats, 0, 'a call arrived twice');
    assert.deepEqual(countsOf(first), { customers: CUSTOMERS, pages: CUSTOMERS / PAGE_SIZE, calls: expectedIds.size, enqueued: expectedIds.size, unchanged: 0 });
    assert.ok(edge.lines.some((line) => /HTTP 429.*asked again/.test(line)), 'the 429 was asked again');
    assert.ok(edge.lines.some((line) => /HTTP 500.*asked again/.test(line)), 'the 500 was asked again');
    const accepted = fake.requests.length;

    // Nothing changed: nothing is enqueued, nothing reaches Segment.
    const second = await cron(edge);
    t.diagnostic(`second run: ${second.trim()}`);
    assert.deepEqual(countsOf(second), { customers: CUSTOMERS, pages: CUSTOMERS / PAGE_SIZE, calls: expectedIds.size, enqueued: 0, unchanged: expectedIds.size });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(fake.requests.length, accepted, 'the second run sent requests');

    // Customer 42 moves to Enterprise: its identify and group, nothing else.
    await stigg.moveToPlan(42, 'plan-enterprise');
    const moved = binaryCalls(stigg).filter((call) => call.userId === 'customer-000042');
    assert.equal(moved.length, 2);
    assert.ok(moved.every((call) => call.traits.plan === 'Enterprise' && !expectedIds.has(call.messageId)));
    const third = await cron(edge);
    t.diagnostic(`after customer 42 moved to plan-enterprise: ${third.trim()}`);
    assert.equal(countsOf(third).enqueued, 2);
    await waitFor('the moved customer\'s calls', () => fake.ids(WRITE_KEY).length === expectedIds.size + 2);
    const arrived = fake.requests.slice(accepted).flatMap((request) => request.calls);
    assert.deepEqual(arrived.map((call) => call.messageId).sort(), moved.map((call) => call.messageId).sort());
    assert.equal(fake.repeats, 0);
    const everything = JSON.stringify(edge.lines);
    assert.ok(!everything.includes(stigg.apiKey), 'the Stigg key appears in the log');
    assert.ok(!everything.includes(WRITE_KEY), 'the write key appears in the log');
  });
});

test('a plans page larger than a webhook is read, and its plans name the calls', async (t) => {
  await withSyncingEdge(60, async ({ stigg, fake, edge }) => {
    // Six plans of 120 KB each: a 720 KB page.
    await stigg.padPlans(120_000);
    const expected = binaryCalls(stigg);
    const expectedIds = new Set(expected.map((call) => call.messageId));
    assert.ok(expected.some((call) => call.traits.plan === 'Growth (annual)'));
    const done = await cron(edge);
    t.diagnostic(done.trim());
    assert.deepEqual(countsOf(done), { customers: 60, pages: Math.ceil(60 / PAGE_SIZE), calls: expectedIds.size, enqueued: expectedIds.size, unchanged: 0 });
    await waitFor('Segment to accept every call', () => fake.ids(WRITE_KEY).length >= expectedIds.size);
    assert.deepEqual(new Set(fake.ids(WRITE_KEY)), expectedIds);
  });
});

test('the plans are read once a run and carried from task to task, or read by each task when a message cannot carry them', async (t) => {
  await withSyncingEdge(150, async ({ stigg, fake, edge }) => {
    const pages = Math.ceil(150 / PAGE_SIZE);
    const plansRead = async () => (await stigg.served())['/api/v1/plans'] || 0;
    binaryCalls(stigg); // the binary reads the plans once too
    let before = await plansRead();
    const carried = await cron(edge);
    t.diagnostic(carried.trim());
    assert.equal(countsOf(carried).pages, pages);
    assert.equal(await plansRead() - before, 1, 'the plans were read more than once in a run');
    const first = countsOf(carried).enqueued;
    await waitFor('Segment to accept the first run\'s calls', () => fake.ids(WRITE_KEY).length >= first);
    const state = await edge.kv('SYNC_STATE');
    await waitFor('the state of every accepted call', async () => (await state.list({ prefix: 'call/' })).keys.length === first);

    // Display names of 21 KB: 126 KB of records, more than a message takes.
    await stigg.padPlans(0, 21_000);
    const expected = binaryCalls(stigg);
    assert.ok(expected.some((call) => call.traits.plan.startsWith('Pro++')));
    before = await plansRead();
    const read = await cron(edge);
    t.diagnostic(read.trim());
    assert.ok(edge.lines.some((line) => /the 6 plans are more than a queue message carries \(\d+ bytes, at most 120000\); each page task reads them again/.test(line)));
    assert.equal(await plansRead() - before, pages);
    const changed = expected.filter((call) => call.traits.plan !== undefined).map((call) => call.messageId);
    assert.equal(countsOf(read).enqueued, changed.length);
    await waitFor('the renamed plans\' calls', () => {
      const arrived = new Set(fake.ids(WRITE_KEY));
      return changed.every((id) => arrived.has(id));
    });
  });
});

test('a refusal is read in part and scrubbed before it is cut: no piece of the key is logged', async () => {
  await withSyncingEdge(10, async ({ stigg, fake, edge }) => {
    // A 403 whose body echoes the key across the end of what the core
    // keeps of an answer (4 KB), then across the end of what the relay
    // reads of it (twice that).
    const answerReadBytes = require('../../pkg').Delivery.answerReadBytes();
    const half = stigg.apiKey.slice(0, stigg.apiKey.length / 2);
    const stops = () => edge.lines.filter((line) => line.includes('stopped at page 1'));
    for (const end of [answerReadBytes / 2, answerReadBytes]) {
      const before = stops().length;
      await stigg.echoKeyAt(end - half.length);
      await stigg.fail(403);
      assert.equal((await edge.scheduled()).outcome, 'ok');
      await waitFor('the run to stop', () => stops().length > before);
      assert.match(stops()[before], /HTTP 403 Forbidden/);
      assert.ok(!JSON.stringify(edge.lines).includes(half), `a piece of the key appears in the log (the key at ${end - half.length})`);
    }
    assert.equal(fake.requests.length, 0);
  });
});

test('without STIGG_API_KEY the Cron Trigger says the sync is off and reads nothing', async () => {
  const fake = await startFakeSegment();
  const edge = await startEdge({ vars: { SEGMENT_ENDPOINT: fake.url, SEGMENT_WRITE_KEY: WRITE_KEY } });
  try {
    const result = await edge.scheduled();
    assert.equal(result.outcome, 'ok');
    await waitFor('the log line', () => edge.lines.some((line) => line.includes('stigg-segment sync: not started: the secret STIGG_API_KEY')));
    assert.equal(fake.requests.length, 0);
  } finally {
    await edge.stop();
    await fake.close();
  }
});

test('a STIGG_API_URL the core refuses stops the sync before any request, and never shows its credentials', async () => {
  const fake = await startFakeSegment();
  const edge = await startEdge({ vars: { SEGMENT_ENDPOINT: fake.url, SEGMENT_WRITE_KEY: WRITE_KEY, STIGG_API_KEY: 'server-abc', STIGG_API_URL: 'https://user:hunter2@api.stigg.example' } });
  try {
    assert.equal((await edge.scheduled()).outcome, 'ok');
    const notStarted = () => edge.lines.find((line) => line.includes('stigg-segment sync: not started: STIGG_API_URL https://…@api.stigg.example holds credentials'));
    await waitFor('the log line', () => notStarted() !== undefined);
    assert.match(notStarted(), /"level":"error"/);
    assert.ok(!JSON.stringify(edge.lines).includes('hunter2'));
  } finally {
    await edge.stop();
    await fake.close();
  }
});

test('customers\' pages that go round in a circle stop the run, within a few pages of it', async () => {
  await withSyncingEdge(400, async ({ stigg, fake, edge }) => {
    const stopped = () => edge.lines.filter((line) => line.includes('pages go round in a circle'));
    // 50 a page: the fourth page's cursor takes the run back to the second
    // page (A, B, C, A); then a page whose cursor is the one it was read
    // with.
    for (const [at, to] of [['customer-000199', 'customer-000049'], ['customer-000099', 'customer-000049']]) {
      const before = stopped().length;
      await stigg.cycle(at, to);
      assert.equal((await edge.scheduled()).outcome, 'ok');
      await waitFor('the run to stop', () => stopped().length > before);
      assert.match(stopped()[before], /stopped: Stigg's API gave GET \/api\/v1\/customers a cursor an earlier page gave \(on page \d+\)/);
      const page = Number(/on page (\d+)/.exec(stopped()[before])[1]);
      assert.ok(page <= 12, `found on page ${page}`);
    }
    assert.ok(!edge.lines.some((line) => line.includes(' done: ')), 'a run went round and finished');
  });
});

test('batches are routed by their queue\'s name: a task-shaped call is not a task, a call on the sync queue not a call', async () => {
  const { readWranglerToml } = require('../../tools/edge-runtime');
  const { SYNC_QUEUE } = await import('../../edge/src/sync.js');
  const toml = readWranglerToml();
  const producer = toml.producers.find((p) => p.binding === 'SYNC_TASKS');
  assert.equal(producer.queue, SYNC_QUEUE, 'SYNC_TASKS sends to another queue than the one the Worker routes');
  assert.ok(toml.consumers.some((c) => c.queue === SYNC_QUEUE));

  await withSyncingEdge(10, async ({ stigg, fake, edge }) => {
    const producer = (binding) => edge.mf.getQueueProducer(binding, toml.top.name);
    const task = { sync: '2026-01-01T00:00:00.000Z', page: 1, after: null, counts: {} };
    await (await producer('CALLS')).send(task);
    const call = { target: 'default', messageId: 'm-1', call: '{"type":"identify","userId":"u","messageId":"m-1"}' };
    await (await producer('SYNC_TASKS')).send(call);
    await waitFor('both dead letters', () => edge.deadLetters.length >= 2);
    const reasons = edge.deadLetters.map((letter) => letter.reason).sort();
    assert.deepEqual(reasons, ['not a stigg-segment call', 'not a stigg-segment sync task']);
    assert.ok(edge.lines.some((line) => line.includes(`a message on ${SYNC_QUEUE} is not a page task`)));
    assert.deepEqual(await stigg.served(), {}, 'the task-shaped call started a sync');
    assert.equal(fake.requests.length, 0, 'the call on the sync queue was delivered');
  });
});
