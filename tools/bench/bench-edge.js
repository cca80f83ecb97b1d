#!/usr/bin/env node
// `make bench-edge`: the edge relay (edge/) in workerd, with Miniflare's local
// Queues, against the fake Segment API on 127.0.0.1 (tools/fake-segment.js).
// Measures:
// - webhooks per second through the Worker into the queue, over HTTP, with
//   the consumer draining at the same time (as deployed), and their latency;
// - the consumer alone: calls per second from a queue filled in advance;
// - cold start: a fresh workerd with the relay against one with an empty
//   Worker (the difference is the core's wasm and glue), the first webhook's
//   answer time, and compiling + instantiating the wasm in a fresh Node.
// Figures are reported, never asserted. Writes its section of BENCHMARKS.md.
// One machine runs the sender, workerd and the fake at once: the figures
// are a floor for the Worker, not Cloudflare's numbers.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { Miniflare, Log, LogLevel } = require('miniflare');
const { startEdge } = require('../edge-runtime');
const { startFakeSegment } = require('../fake-segment');
const { nowMs, median } = require('./bench-common');

const root = path.join(__dirname, '..', '..');
const core = require(path.join(root, 'pkg'));
const WEBHOOKS = Number(process.env.EDGE_BENCH_WEBHOOKS || 5000);
const CONSUMER_CALLS = Number(process.env.EDGE_BENCH_CALLS || 10000);
const CONCURRENCY = Number(process.env.EDGE_BENCH_CONCURRENCY || 32);
const COLD_SAMPLES = 5;
const SECRET = 'whsec_bench';
const WRITE_KEY = 'wk_bench';

/** A subscription.updated webhook like Stigg's, about 700 bytes. */
function webhook(i) {
  return JSON.stringify({
    type: 'subscription.updated',
    messageId: `bench-${i}`,
    timestamp: '2024-03-01T10:00:00.000Z',
    id: `sub-${i}`,
    status: 'ACTIVE',
    billingPeriod: 'MONTHLY',
    customer: { id: `customer-${i}`, name: 'Ada Lovelace', email: `ada${i}@example.com`, metadata: { region: 'eu' } },
    plan: { id: 'plan-pro', displayName: 'Pro' },
    addons: [{ id: 'addon-seats', quantity: 5 }],
    prices: [{ billingModel: 'PER_UNIT', billingPeriod: 'MONTHLY', amount: 20, currency: 'USD' }],
  });
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function waitFor(condition, timeoutMs = 300_000) {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('bench-edge: timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const edgeVars = (fake) => ({ SEGMENT_ENDPOINT: fake.url, SEGMENT_WRITE_KEY: WRITE_KEY, STIGG_SEGMENT_WEBHOOK_SECRET: SECRET });

/** Posts WEBHOOKS webhooks CONCURRENCY at a time; answer times in ms. */
async function load(url) {
  const latencies = [];
  let next = 0;
  const started = nowMs();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < WEBHOOKS) {
      const i = next++;
      const sent = nowMs();
      const response = await fetch(url, { method: 'POST', body: webhook(i), headers: { 'Stigg-Webhooks-Secret': SECRET } });
      await response.text();
      if (response.status !== 200) throw new Error(`webhook ${i}: HTTP ${response.status}`);
      latencies.push(nowMs() - sent);
    }
  }));
  return { latencies, ms: nowMs() - started };
}

/** The same load against a Worker that only reads the body: what Miniflare's
 * HTTP front and this machine allow, whatever the Worker does. */
async function baseline() {
  const mf = await startEmptyWorker();
  try {
    const url = (await mf.ready).toString();
    await load(url);
    const { ms } = await load(url);
    return { requestsPerSecond: WEBHOOKS / (ms / 1000) };
  } finally {
    await mf.dispose();
  }
}

/** The core's decision alone, in V8 (Node) with the web glue: the CPU a
 * webhook costs the Worker before the queue. */
async function transformCost() {
  const glue = await import(path.join(root, 'pkg', 'web.js'));
  glue.initSync({ module: new WebAssembly.Module(fs.readFileSync(path.join(root, 'pkg', 'stigg_segment_bg.wasm'))) });
  const bodies = Array.from({ length: 2000 }, (_, i) => new TextEncoder().encode(webhook(i)));
  const settings = { webhookSecret: SECRET };
  const headers = { 'Stigg-Webhooks-Secret': SECRET };
  const rounds = [];
  for (let round = 0; round < 5; round++) {
    const started = nowMs();
    for (const body of bodies) {
      for (const call of glue.transform(body, headers, settings).calls) JSON.stringify(call);
    }
    rounds.push(((nowMs() - started) * 1000) / bodies.length);
  }
  return median(rounds.slice(1));
}

async function ingestion() {
  const fake = await startFakeSegment();
  const edge = await startEdge({ vars: edgeVars(fake), batchTimeout: 0.5 });
  try {
    // Warm-up, so the figures are the steady state's.
    for (let i = 0; i < 50; i++) {
      await fetch(edge.url, { method: 'POST', body: webhook(-i - 1), headers: { 'Stigg-Webhooks-Secret': SECRET } }).then((r) => r.text());
    }
    await waitFor(() => fake.ids(WRITE_KEY).length >= 50);
    const already = fake.ids(WRITE_KEY).length;
    const started = nowMs();
    const { latencies, ms: acceptedMs } = await load(edge.url);
    await waitFor(() => fake.ids(WRITE_KEY).length >= already + WEBHOOKS);
    const deliveredMs = nowMs() - started;
    return {
      webhooksPerSecond: WEBHOOKS / (acceptedMs / 1000),
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      deliveredMs,
      batches: fake.requests.length,
    };
  } finally {
    await edge.stop();
    await fake.close();
  }
}

/** The consumer alone: the queue is filled through the producer binding with
 * a delay, so every message becomes visible at once and the consumer drains
 * a full backlog. The messages are the ones the Worker writes for these
 * webhooks (the npm package's calls, in the Worker's message shape). */
async function consumer() {
  const fake = await startFakeSegment();
  const edge = await startEdge({ vars: edgeVars(fake), batchTimeout: 0.5 });
  try {
    const queue = await edge.mf.getQueueProducer('CALLS', 'stigg-segment-edge');
    // Long enough to fill the queue first on a loaded machine.
    const delaySeconds = Math.ceil(CONSUMER_CALLS / 1000) + 5;
    const enqueueStarted = nowMs();
    for (let from = 0; from < CONSUMER_CALLS; from += 100) {
      const batch = [];
      for (let i = from; i < Math.min(CONSUMER_CALLS, from + 100); i++) {
        const [call] = core.transform(webhook(i), { 'Stigg-Webhooks-Secret': SECRET }, { webhookSecret: SECRET }).calls;
        batch.push({ body: { target: 'default', messageId: call.messageId, call: JSON.stringify(call) }, contentType: 'json' });
      }
      await queue.sendBatch(batch, { delaySeconds });
    }
    if (nowMs() - enqueueStarted > delaySeconds * 1000) {
      console.warn('bench-edge: filling the queue took longer than the delay; the consumer figure is a floor');
    }
    await waitFor(() => fake.ids(WRITE_KEY).length >= CONSUMER_CALLS);
    const first = fake.requests[0].at;
    const last = fake.requests[fake.requests.length - 1].at;
    return {
      callsPerSecond: CONSUMER_CALLS / Math.max(0.001, (last - first) / 1000),
      batches: fake.requests.length,
      perBatch: CONSUMER_CALLS / fake.requests.length,
    };
  } finally {
    await edge.stop();
    await fake.close();
  }
}

async function startEmptyWorker() {
  const mf = new Miniflare({
    log: new Log(LogLevel.NONE),
    cf: false,
    host: '127.0.0.1',
    port: 0,
    modules: true,
    compatibilityDate: '2026-07-01',
    script: 'export default { fetch() { return new Response("ok"); } };',
  });
  await mf.ready;
  return mf;
}

async function coldStart() {
  const relay = [];
  const empty = [];
  const firstAnswer = [];
  for (let sample = 0; sample < COLD_SAMPLES; sample++) {
    let started = nowMs();
    const mf = await startEmptyWorker();
    empty.push(nowMs() - started);
    await mf.dispose();

    const fake = await startFakeSegment();
    started = nowMs();
    const edge = await startEdge({ vars: edgeVars(fake) });
    relay.push(nowMs() - started);
    started = nowMs();
    const response = await fetch(edge.url, { method: 'POST', body: webhook(sample), headers: { 'Stigg-Webhooks-Secret': SECRET } });
    await response.text();
    firstAnswer.push(nowMs() - started);
    await edge.stop();
    await fake.close();
  }
  // The wasm alone, in a fresh V8 (Node's; workerd runs V8 too).
  const script = `
    const fs = require('fs');
    const t0 = process.hrtime.bigint();
    import(${JSON.stringify(path.join(root, 'pkg', 'web.js'))}).then((glue) => {
      const bytes = fs.readFileSync(${JSON.stringify(path.join(root, 'pkg', 'stigg_segment_bg.wasm'))});
      const t1 = process.hrtime.bigint();
      glue.initSync({ module: new WebAssembly.Module(bytes) });
      const t2 = process.hrtime.bigint();
      glue.transform(${JSON.stringify(webhook(0))}, {}, {});
      const t3 = process.hrtime.bigint();
      console.log(JSON.stringify({ compileInstantiate: Number(t2 - t1) / 1e6, firstTransform: Number(t3 - t2) / 1e6 }));
    });`;
  const wasm = [];
  for (let sample = 0; sample < COLD_SAMPLES; sample++) {
    wasm.push(JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })));
  }
  return {
    relayStart: median(relay),
    emptyStart: median(empty),
    firstAnswer: median(firstAnswer),
    compileInstantiate: median(wasm.map((w) => w.compileInstantiate)),
    firstTransform: median(wasm.map((w) => w.firstTransform)),
  };
}

async function main() {
  const workerd = JSON.parse(fs.readFileSync(require.resolve('workerd/package.json'), 'utf8')).version;
  const miniflare = JSON.parse(fs.readFileSync(require.resolve('miniflare/package.json'), 'utf8')).version;
  console.log(`bench-edge: workerd ${workerd} (miniflare ${miniflare}); ${WEBHOOKS} webhooks, ${CONCURRENCY} at a time`);
  const cold = await coldStart();
  console.log('cold start', cold);
  const ingest = await ingestion();
  console.log('ingestion', ingest);
  const drain = await consumer();
  console.log('consumer', drain);
  const empty = await baseline();
  console.log('empty Worker', empty);
  const transformUs = await transformCost();
  console.log('transform µs', transformUs);
  const wasmBytes = fs.statSync(path.join(root, 'pkg', 'stigg_segment_bg.wasm')).size;
  const f1 = (x) => x.toFixed(1);
  const f0 = (x) => Math.round(x).toLocaleString('en-US');
  const lines = [
    '<!-- edge-bench:begin (written by make bench-edge) -->',
    '## Edge relay: the Worker in workerd',
    '',
    `\`make bench-edge\` on ${new Date().toISOString().slice(0, 10)}: edge/ in workerd ${workerd} (npm miniflare ${miniflare}, local Queues), against the fake Segment API on 127.0.0.1; the sender, workerd and the fake share this 2-core machine, so these are floors, not Cloudflare's figures.`,
    '',
    '| measure | value |',
    '|---|---|',
    `| webhooks/s through the Worker into the queue (${f0(WEBHOOKS)} webhooks, ${CONCURRENCY} at a time, consumer draining meanwhile) | ${f0(ingest.webhooksPerSecond)} |`,
    `| the same load against an empty Worker (Miniflare's HTTP front, this machine) | ${f0(empty.requestsPerSecond)} requests/s |`,
    `| webhook answer time, p50 / p99 | ${f1(ingest.p50)} / ${f1(ingest.p99)} ms |`,
    `| the core's transform + JSON of the calls per webhook in V8 (the CPU a webhook costs before the queue) | ${f0(transformUs)} µs |`,
    `| all ${f0(WEBHOOKS)} calls at Segment, from the first webhook | ${f0(ingest.deliveredMs)} ms (${ingest.batches} batches) |`,
    `| consumer alone: calls/s to Segment from a full queue (${f0(CONSUMER_CALLS)} calls) | ${f0(drain.callsPerSecond)} (${f1(drain.perBatch)} calls a batch) |`,
    `| cold start: a fresh workerd with the relay / with an empty Worker (median of ${COLD_SAMPLES}) | ${f0(cold.relayStart)} / ${f0(cold.emptyStart)} ms |`,
    `| cold start: the first webhook's answer after start | ${f1(cold.firstAnswer)} ms |`,
    `| the wasm (${f0(wasmBytes)} bytes) compiled and instantiated in a fresh V8 / its first transform | ${f1(cold.compileInstantiate)} / ${f1(cold.firstTransform)} ms |`,
    '',
    'On Cloudflare, a Worker\'s startup (its global scope, where the wasm is instantiated) must finish within 1 s, and each request is billed by CPU time; the consumer takes at most 100 messages a batch, so a batch to Segment carries at most 100 calls (Segment allows 2,500).',
    '<!-- edge-bench:end -->',
  ];
  for (const line of lines) console.log(line);
  const target = path.join(root, 'BENCHMARKS.md');
  const previous = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  const block = `${lines.join('\n')}\n`;
  const existing = /<!-- edge-bench:begin[\s\S]*?<!-- edge-bench:end -->\n?/;
  fs.writeFileSync(target, existing.test(previous) ? previous.replace(existing, block) : `${previous.trimEnd()}\n\n${block}`);
  console.log('\nwrote the edge section of BENCHMARKS.md');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
