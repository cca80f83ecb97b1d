// What tools/bench/bench.js, tools/bench/bench-opt-levels.js and tools/bench/bench-worst.js share:
// timing, medians, and runs of a function against Stigg's reference.
'use strict';
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Iterations per round, so each round runs for roughly 100 ms. */
function iterationsFor(bytes) {
  return Math.max(50, Math.round(100_000 / (5 + bytes / 150)));
}

/** Runs `fn` n times with fresh requests; returns µs per webhook. */
async function timeWebhooks(fn, init, n, settings = {}) {
  const started = nowMs();
  for (let i = 0; i < n; i++) {
    // Segment hands each invocation its settings afresh.
    await fn.onRequest(fn.request(init), { ...settings });
    fn.segment.events.length = 0;
  }
  return ((nowMs() - started) * 1000) / n;
}

/** Alternates two contestants for `rounds` rounds after a warm-up. */
async function compare(a, b, initA, initB, n, { rounds, settings = {} }) {
  const time = (fn, init) => timeWebhooks(fn, init, n, settings);
  await time(a, initA);
  await time(b, initB);
  const timesA = [];
  const timesB = [];
  const ratios = [];
  for (let round = 0; round < rounds; round++) {
    // Swap who goes first each round, so neither always runs on a warmer cache.
    const first = round % 2 === 0;
    const ta = first ? await time(a, initA) : null;
    const tb = await time(b, initB);
    const ta2 = first ? ta : await time(a, initA);
    timesA.push(ta2);
    timesB.push(tb);
    ratios.push(ta2 / tb);
  }
  return { a: median(timesA), b: median(timesB), ratio: median(ratios), ratios };
}

/** A script's cold start in each of `samples` fresh Node processes, in ms. */
function coldStartSamples(script, samples) {
  const times = [];
  for (let i = 0; i < samples; i++) {
    const out = execFileSync(process.execPath, [path.join(__dirname, 'bench-cold.js'), script], { encoding: 'utf8' });
    times.push(JSON.parse(out).totalMs);
  }
  return times;
}

/** The median cold start of a script over `samples` fresh Node processes. */
function coldStartInFreshProcesses(script, samples) {
  return median(coldStartSamples(script, samples));
}

module.exports = { nowMs, median, iterationsFor, timeWebhooks, compare, coldStartSamples, coldStartInFreshProcesses };
