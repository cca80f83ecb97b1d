#!/usr/bin/env node
// One cold-start sample, run by tools/bench/bench.js in a fresh Node process: load a
// source function into a fresh emulated Segment context and handle its
// first webhook. The runtime itself is warmed with a throwaway function
// first, since Segment's is already up when a function's code loads.
'use strict';
const fs = require('node:fs');
const { loadFunction } = require('../segment-runtime');
const { benchPayloads } = require('./bench-payloads');

async function main() {
  const code = fs.readFileSync(process.argv[2], 'utf8');
  const body = benchPayloads()[0].text;
  const quiet = { log() {}, warn() {}, error() {} };
  const warm = loadFunction('async function onRequest() {}', { console: quiet });
  await warm.onRequest(warm.request({ body }), {});

  const started = process.hrtime.bigint();
  const fn = loadFunction(code, { console: quiet });
  await fn.onRequest(fn.request({ body }), {});
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(JSON.stringify({ totalMs }));
}

main();
