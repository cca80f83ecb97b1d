// `make edge-dev` and `make fake-segment`, run as the README runs them
// (tools/edge-dev.js, tools/fake-segment-dev.js), each as a real process on
// a free port: a webhook posted to the edge relay comes out of the fake
// Segment API behind it, printed; the fake alone prints what `send` or
// `serve` would deliver, and never the write key.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const fixture = (name) => fs.readFileSync(path.join(root, 'tests', 'fixtures', 'stigg', `${name}.json`), 'utf8');

/** Starts a tool; resolves once a line matches `ready`, with its match. */
function start(tool, env, ready) {
  const child = spawn(process.execPath, [path.join(root, 'tools', tool)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  const waiters = [];
  const onLine = (line) => {
    lines.push(line);
    for (const waiter of [...waiters]) {
      const match = waiter.pattern.exec(line);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.on('data', (data) => {
      buffered += data;
      const parts = buffered.split('\n');
      buffered = parts.pop();
      parts.forEach(onLine);
    });
  }
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const waitFor = (pattern, ms = 60_000) => new Promise((resolve, reject) => {
    const found = lines.map((line) => pattern.exec(line)).find(Boolean);
    if (found) return resolve(found);
    const timer = setTimeout(() => reject(new Error(`no line matched ${pattern}:\n${lines.join('\n')}`)), ms);
    waiters.push({ pattern, resolve: (match) => { clearTimeout(timer); resolve(match); } });
    exited.then(({ code }) => reject(new Error(`${tool} exited with ${code}:\n${lines.join('\n')}`)));
  });
  return waitFor(ready).then((match) => ({ child, lines, match, waitFor, exited }));
}

test('make edge-dev: a webhook posted to the relay reaches the fake Segment API, printed', async (t) => {
  const edge = await start('edge-dev.js', { PORT: '0', FAKE_SEGMENT_PORT: '0', STIGG_SEGMENT_WEBHOOK_SECRET: 'whsec_edge-dev-test' },
    /edge relay \(edge\/\) in workerd at (http:\/\/127\.0\.0\.1:\d+\/)/);
  t.after(() => edge.child.kill('SIGKILL'));
  const url = edge.match[1];
  assert.ok(edge.lines.every((line) => !line.includes('whsec_edge-dev-test')), 'the secret is not printed');

  const refused = await fetch(url, { method: 'POST', body: fixture('subscription.created') });
  assert.equal(refused.status, 401, 'the secret from the environment is checked');
  const answer = await fetch(url, { method: 'POST', body: fixture('subscription.created'), headers: { 'Stigg-Webhooks-Secret': 'whsec_edge-dev-test' } });
  assert.equal(answer.status, 200);
  assert.deepEqual(await answer.json(), { queued: 1 });
  await edge.waitFor(/^segment \(fake\): POST \/v1\/batch, 1 call/);
  await edge.waitFor(/^ {2}track "subscription_created" userId "[^"]+" messageId stigg-/);
  assert.ok(edge.lines.every((line) => !line.includes('edge-dev-write-key')), 'the write key is not printed');

  // SIGTERM stops it (Miniflare's exit hook ends workerd, exit status 128 + 15).
  edge.child.kill('SIGTERM');
  assert.deepEqual(await edge.exited, { code: 143, signal: null });
});

test('make fake-segment: prints each call it accepts and marks a repeated messageId, never the write key', async (t) => {
  const fake = await start('fake-segment-dev.js', { PORT: '0' }, /fake Segment HTTP Tracking API at (http:\/\/127\.0\.0\.1:\d+)\/v1\/batch/);
  t.after(() => fake.child.kill('SIGKILL'));
  const batch = { batch: [
    { type: 'track', event: 'customer_created', userId: 'customer-1', messageId: 'stigg-m-track' },
    { type: 'identify', userId: 'customer-1', messageId: 'stigg-m-identify', traits: { name: 'Ada' } },
    { type: 'group', groupId: 'customer-1', userId: 'customer-1', messageId: 'stigg-m-group' },
  ] };
  const post = () => fetch(`${fake.match[1]}/v1/batch`, {
    method: 'POST',
    body: JSON.stringify(batch),
    headers: { authorization: `Basic ${Buffer.from('wk_secret_write_key:').toString('base64')}` },
  });
  assert.equal((await post()).status, 200);
  await fake.waitFor(/^fake-segment: POST \/v1\/batch, 3 calls/);
  await fake.waitFor(/^ {2}track "customer_created" userId "customer-1" messageId stigg-m-track$/);
  await fake.waitFor(/^ {2}identify userId "customer-1" messageId stigg-m-identify$/);
  await fake.waitFor(/^ {2}group groupId "customer-1" userId "customer-1" messageId stigg-m-group$/);
  assert.equal((await post()).status, 200);
  await fake.waitFor(/^ {2}track .*stigg-m-track \(a repeated messageId: Segment drops it\)$/);
  assert.ok(fake.lines.every((line) => !line.includes('wk_secret_write_key')));
});
