#!/usr/bin/env node
// The worst case (issue 11): every adversarial body of
// tests/support/adversarial.rs, written out by the native bench, through
// pkg/segment-function.js on a fresh wasm instance (cold) and on a warm
// one, and through the native core. Targets are reported, never asserted.
// `node tools/bench/bench-worst.js` prints the table alone; tools/bench/bench.js adds it to
// BENCHMARKS.md.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { loadFunction } = require('../segment-runtime');

const root = path.join(__dirname, '..', '..');
const dir = path.join(root, 'target', 'adversarial');
const WARM_RUNS = Number(process.env.BENCH_WORST_RUNS || 5);
const quiet = { log() {}, warn() {}, error() {} };
const { nowMs, median } = require('./bench-common');
const fmt = (n) => n.toFixed(1);

function bench(args) {
  return execFileSync('cargo', ['bench', '--quiet', '--bench', 'native', '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

async function handle(fn, body, settings) {
  const started = nowMs();
  await fn.onRequest(fn.request({ body }), settings).catch(() => {});
  fn.segment.events.length = 0;
  return nowMs() - started;
}

async function worstCase(code) {
  bench(['--write-adversarial', dir]);
  const native = new Map(
    bench(['--adversarial'])
      .trim()
      .split('\n')
      .map((line) => {
        const [name, , first, warm] = line.split('\t');
        return [name, { first: parseFloat(first), warm: parseFloat(warm) }];
      }),
  );
  const rows = [];
  for (const name of native.keys()) {
    const body = fs.readFileSync(path.join(dir, `${name}.json`), 'utf8');
    const settings = JSON.parse(fs.readFileSync(path.join(dir, `${name}.settings.json`), 'utf8'));
    // Cold: a fresh function, so a fresh wasm instance and memory.
    const cold = await handle(loadFunction(code, { console: quiet }), body, settings);
    const fn = loadFunction(code, { console: quiet });
    await handle(fn, body, settings);
    const warm = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push(await handle(fn, body, settings));
    rows.push({ name, bytes: Buffer.byteLength(body), cold, warm: median(warm), native: native.get(name) });
  }
  return rows;
}

function worstCaseSection(rows, say) {
  const slowest = (key) => rows.reduce((a, b) => (key(b) > key(a) ? b : a));
  const coldest = slowest((r) => r.cold);
  const warmest = slowest((r) => r.warm);
  say('## Worst case: adversarial bodies within 512 KiB');
  say();
  say('Every body of `tests/support/adversarial.rs` (deep × wide with short and long keys, duplicate keys at every level, with and without a messageId, arrays of arrays, long escapes, numbers that grow when JavaScript writes them, thousands of junk keys), through pkg/segment-function.js in the emulated runtime: cold is the first webhook on a fresh function (fresh wasm instance and memory), warm the median of the next runs on one instance. Native is `cargo bench --bench native -- --adversarial` (first run, then median).');
  say();
  say(`Slowest: ${coldest.name} cold, ${fmt(coldest.cold)} ms (target ≤ 500 ms: ${coldest.cold <= 500 ? 'met' : 'missed'}); ${warmest.name} warm, ${fmt(warmest.warm)} ms (target ≤ 100 ms: ${warmest.warm <= 100 ? 'met' : 'missed'}).`);
  say();
  say('| body | bytes | wasm cold ms | wasm warm ms | native first ms | native warm ms |');
  say('|---|---|---|---|---|---|');
  for (const r of rows) say(`| ${r.name} | ${r.bytes} | ${fmt(r.cold)} | ${fmt(r.warm)} | ${fmt(r.native.first)} | ${fmt(r.native.warm)} |`);
  say();
  say('Before issue 11 (same corpus, native, commit b0452d2): deep_wide_short_keys 8,349 ms first / 2,196 ms warm; deep_wide_100_char_keys 7,921 / 4,053; one_duplicate_in_customer_metadata 12,198 / 10,547; one_duplicate_no_message_id 7,060 / 7,159. In wasm the issue measured 16–27 s cold and 2.6 s warm for the first, 147 s and a 4 GiB out-of-memory trap for 100-character keys.');
  say();
}

module.exports = { worstCase, worstCaseSection };

if (require.main === module) {
  const code = fs.readFileSync(path.join(root, 'pkg', 'segment-function.js'), 'utf8');
  worstCase(code).then((rows) => worstCaseSection(rows, console.log));
}
