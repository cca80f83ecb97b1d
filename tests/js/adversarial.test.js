// Issue 11 through the Segment script built with test hooks: wasm memory
// after any single adversarial webhook, calls measured as JSON.stringify
// writes them, and skip reasons that cannot forge a log line.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { loadFunction } = require('../../tools/segment-runtime');

const root = path.join(__dirname, '..', '..');
const code = fs.readFileSync(path.join(root, 'target', 'glue-test-hooks', 'segment-function.js'), 'utf8');
const LIMIT = 512 * 1024;
const CALL_BUDGET = 32 * 1024 - 1024;
const MiB = 1024 * 1024;

function load() {
  const logs = [];
  const log = (...a) => logs.push(a.join(' '));
  const fn = loadFunction(code, { exportNames: ['onRequest', 'memoryBytesForTests'], console: { log, warn: log, error: log } });
  fn.logs = logs;
  return fn;
}

/** Fills `open` + members + `close` to just under 512 KiB. */
function fill(open, member, close) {
  const parts = [open];
  let size = open.length + close.length;
  for (let i = 0; ; i++) {
    const next = member(i);
    if (size + next.length >= LIMIT) break;
    parts.push(next);
    size += next.length;
  }
  parts.push(close);
  return parts.join('');
}

const envelope = '"type":"subscription.updated","customer":{"id":"c-1"}';
const deepWide = (depth, key, messageId) =>
  fill(`{${envelope}${messageId ? ',"messageId":"m-1"' : ''}${`,"${key}":{"x":0`.repeat(depth)}`, (i) => `,"k${i}":0`, '}'.repeat(depth + 1));
// The bodies of issue 11 (tests/support/adversarial.rs has the full corpus).
const bodies = {
  deepWideShortKeys: deepWide(998, 'a', true),
  deepWide40CharKeys: deepWide(900, 'a'.repeat(40), true),
  deepWide100CharKeys: deepWide(900, 'a'.repeat(100), false),
  oneDuplicate: fill(`{${envelope}`, (i) => `,"k${i}":0`, ',"k0":1}'),
  oneDuplicateInMetadata: fill('{"type":"customer.updated","id":"c-1","metadata":{"k":0', (i) => `,"k${i}":0`, ',"k0":1}}'),
  arraysOfArrays: fill(`{${envelope},"nest":${'['.repeat(998)}0`, () => ',[0]', `${']'.repeat(998)}}`),
  growingNumbers: fill(`{${envelope},"messageId":"m-1","n":[1e20`, () => ',1e20,-5e20,1e-6', ']}'),
};

test('wasm memory stays under 64 MiB after any single adversarial webhook', async () => {
  for (const [name, body] of Object.entries(bodies)) {
    assert.ok(Buffer.byteLength(body) <= LIMIT, name);
    const fn = load();
    await fn.onRequest(fn.request({ body }), {});
    const bytes = fn.memoryBytesForTests();
    console.log(`# ${name}: ${(bytes / MiB).toFixed(1)} MiB of wasm memory`);
    assert.ok(bytes < 64 * MiB, `${name}: ${bytes} bytes`);
    assert.ok(fn.segment.events.length > 0, name);
  }
});

test('every call fits 32 KB as JSON.stringify writes it, numbers included', async () => {
  // 30 KB as sent, 132 KB once JSON.parse and JSON.stringify have been
  // through it: every 1e20 becomes 21 digits.
  const body = `{${envelope},"messageId":"m-1","n":[${Array.from({ length: 6000 }, () => '1e20').join(',')}]}`;
  assert.ok(body.length < CALL_BUDGET, `${body.length}`);
  const fn = load();
  await fn.onRequest(fn.request({ body }), {});
  for (const event of fn.segment.events) {
    const size = Buffer.byteLength(JSON.stringify(event));
    assert.ok(size <= CALL_BUDGET, `${size} bytes`);
    assert.ok(event.context.stigg.trimmed.length > 0);
  }
});

test('a type cannot forge a skip line in the log', async () => {
  const fn = load();
  const forged = 'x\nstigg-segment: skipped: \u001b[2Kall is well\u2028done';
  await fn.onRequest(fn.request({ body: JSON.stringify({ type: forged }) }), {});
  const lines = fn.logs.join('\n').split(/[\n\r\u2028\u2029\u0085]/);
  assert.equal(lines.filter((line) => line.startsWith('stigg-segment: skipped:')).length, 1, fn.logs.join('\n'));
  assert.ok(!fn.logs.join('').includes('\u001b'));
});
