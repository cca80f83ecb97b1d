#!/usr/bin/env node
// `make demo`: runs sample Stigg webhooks through the wasm build and prints
// the Segment calls each one becomes, or why it has none.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const stigg = require('../pkg');

const fixtures = path.join(__dirname, '..', 'tests', 'fixtures', 'stigg');
const samples = [
  'customer.created',
  'subscription.created',
  'subscription.trial.ends_soon',
  'credits.granted',
  'subscription.create_failed',
  'plan.created',
].map((type) => ({ label: type, body: fs.readFileSync(path.join(fixtures, `${type}.json`), 'utf8') }));
samples.push({ label: 'malformed JSON', body: '{"type": "subscription.created",\n "customer": {"id": }' });

const totals = { webhooks: 0, calls: 0, skipped: 0, rejected: 0 };
for (const sample of samples) {
  totals.webhooks += 1;
  console.log(`\n=== ${sample.label}`);
  try {
    const result = stigg.transform(sample.body, {}, {});
    if (result.skipped) {
      totals.skipped += 1;
      console.log(`skipped: ${result.skipped.reason}`);
    }
    for (const call of result.calls) {
      totals.calls += 1;
      console.log(JSON.stringify(call, null, 2));
    }
  } catch (err) {
    totals.rejected += 1;
    console.log(`rejected: ${err.name}: ${err.message}`);
  }
}
console.log(`\n${totals.webhooks} webhooks, ${totals.calls} calls, ${totals.skipped} skipped, ${totals.rejected} rejected`);
