#!/usr/bin/env node
// `make demo`: runs sample Stigg webhooks through pkg/segment-function.js in
// the emulated Segment runtime, and prints each Segment call it makes (or
// why it made none), then a summary. It needs Node 20 or later and the
// committed pkg/, nothing else: no node_modules, no Rust (the Makefile runs
// scripts/build-inputs.js first, which rebuilds pkg/ only when its sources
// changed and cargo is there to build it).
'use strict';
const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  console.error(`make demo needs Node 20 or later, as Segment's runtime is; this is Node ${process.versions.node}`);
  process.exit(1);
}
const fs = require('node:fs');
const path = require('node:path');
const { loadFunction } = require('./segment-runtime');

const root = path.join(__dirname, '..');
const fixtures = path.join(root, 'tests', 'fixtures', 'stigg');
const samples = [
  'customer.created',
  'customer.payment_failed',
  'subscription.created',
  'subscription.trial.ends_soon',
  'credits.granted',
  'subscription.create_failed',
  'sync.failed',
  'plan.created',
].map((type) => ({ label: type, body: fs.readFileSync(path.join(fixtures, `${type}.json`), 'utf8') }));
samples.push({ label: 'malformed JSON', body: '{"type": "subscription.created",\n "customer": {"id": }' });
samples.push({ label: 'no type', body: '{"customer": {"id": "customer-8c1f2a"}}' });

async function main() {
  const logs = [];
  const sandboxConsole = { log: (...args) => logs.push(args.join(' ')), warn: console.warn, error: console.error };
  const code = fs.readFileSync(path.join(root, 'pkg', 'segment-function.js'), 'utf8');
  const fn = loadFunction(code, { console: sandboxConsole });
  const totals = { webhooks: 0, calls: 0, skipped: 0, rejected: 0 };

  for (const sample of samples) {
    totals.webhooks += 1;
    logs.length = 0;
    console.log(`\n=== ${sample.label}`);
    try {
      await fn.onRequest(fn.request({ body: sample.body, alphabetize: false }), {});
      const events = fn.takeEvents();
      for (const event of events) console.log(`Segment.${event.type}(${JSON.stringify(event, null, 2)})`);
      totals.calls += events.length;
      if (events.length === 0) totals.skipped += 1;
      for (const line of logs) console.log(line);
    } catch (err) {
      totals.rejected += 1;
      console.log(`rejected with ${err.name}: ${err.message}`);
    }
  }
  console.log(`\n${totals.webhooks} webhooks, ${totals.calls} calls, ${totals.skipped} skipped, ${totals.rejected} rejected`);
  console.log('Next: make function-dev, an endpoint to post your own webhooks to (README: Try it locally).');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
