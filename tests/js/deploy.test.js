// `make deploy` against a fake Segment Public API on 127.0.0.1.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { execFile } = require('node:child_process');

const root = path.join(__dirname, '..', '..');
const TOKEN = 'sgp_fake-Token-7b3e91';
const code = fs.readFileSync(path.join(root, 'pkg', 'segment-function.js'), 'utf8');
const settings = JSON.parse(fs.readFileSync(path.join(root, 'pkg', 'segment-function.settings.json'), 'utf8'));

/** A small stand-in for Segment's Functions API; records every request. */
async function fakeSegment({ functions = [], failures = [] } = {}) {
  const state = { functions: functions.map((f) => ({ resourceType: 'SOURCE', ...f })), requests: [], next: 1 };
  const reply = (res, status, data, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(status < 400 ? { data } : data));
  };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => { raw += chunk; });
    req.on('end', () => {
      const url = new URL(req.url, 'http://x');
      const body = raw ? JSON.parse(raw) : undefined;
      state.requests.push({ method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), body, authorization: req.headers.authorization });
      const failure = failures.find((f) => f.times > 0 && (!f.method || f.method === req.method));
      if (failure) {
        failure.times -= 1;
        return reply(res, failure.status, failure.body || { errors: [{ type: 'error', message: failure.message || 'failed' }] }, failure.headers);
      }
      if (req.headers.authorization !== `Bearer ${TOKEN}`) return reply(res, 401, { errors: [{ message: 'Unauthorized' }] });
      const match = /^\/functions(?:\/([^/]+))?(\/deploy)?$/.exec(url.pathname);
      if (!match) return reply(res, 404, { errors: [{ message: 'no such route' }] });
      const [, id, deploy] = match;
      const fn = id && state.functions.find((f) => f.id === id);
      if (id && !fn) return reply(res, 404, { errors: [{ message: `function ${id} not found` }] });
      if (req.method === 'GET' && !id) {
        // Two per page, whatever was asked, so paging is exercised.
        const start = Number(url.searchParams.get('pagination.cursor') || 0);
        const page = state.functions.filter((f) => f.resourceType === url.searchParams.get('resourceType')).slice(start, start + 2);
        const more = start + 2 < state.functions.length;
        return reply(res, 200, { functions: page, pagination: { current: String(start), next: more ? String(start + 2) : undefined } });
      }
      if (req.method === 'POST' && !id) {
        const created = { ...body, id: `fn_${state.next++}`, previewWebhookUrl: 'https://fn.segmentapis.com/?b=preview' };
        state.functions.push(created);
        return reply(res, 200, { function: created });
      }
      if (req.method === 'PATCH' && fn && !deploy) {
        Object.assign(fn, body);
        return reply(res, 200, { function: fn });
      }
      if (req.method === 'POST' && fn && deploy) {
        fn.deployedAt = '2026-11-24T12:00:00Z';
        return reply(res, 200, {});
      }
      if (req.method === 'GET' && fn) return reply(res, 200, { function: fn });
      return reply(res, 405, { errors: [{ message: 'method not allowed' }] });
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${server.address().port}`;
  state.close = () => server.close();
  return state;
}

function runDeploy(env) {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, 'js', 'deploy.js')], {
      env: { PATH: process.env.PATH, SEGMENT_API_TOKEN: TOKEN, ...env },
    }, (err, stdout, stderr) => {
      const output = stdout + stderr;
      assert.ok(!output.includes(TOKEN) && !output.includes('fake-Token'), 'the token was printed');
      resolve({ code: err ? err.code : 0, output });
    });
  });
}

test('creates, then updates, the function and deploys it each time', async (t) => {
  const api = await fakeSegment({ functions: [{ id: 'fn_other', displayName: 'Something else' }] });
  t.after(api.close);
  const first = await runDeploy({ SEGMENT_API_URL: api.url });
  assert.equal(first.code, 0, first.output);
  const created = api.requests.find((r) => r.method === 'POST' && r.path === '/functions');
  assert.equal(created.body.resourceType, 'SOURCE');
  assert.equal(created.body.displayName, 'Stigg');
  assert.equal(created.body.code, code, 'the code sent is pkg/segment-function.js byte for byte');
  assert.deepEqual(created.body.settings, settings);
  assert.ok(api.requests.some((r) => r.method === 'POST' && r.path === '/functions/fn_1/deploy'));
  assert.match(first.output, /deployed function fn_1/);
  assert.match(first.output, /stigg-segment \d+\.\d+\.\d+/);
  assert.match(first.output, /preview webhook URL: https:\/\/fn\.segmentapis\.com\/\?b=preview/);
  assert.ok(api.requests.every((r) => r.authorization === `Bearer ${TOKEN}`));

  api.requests.length = 0;
  const second = await runDeploy({ SEGMENT_API_URL: api.url });
  assert.equal(second.code, 0, second.output);
  const patch = api.requests.find((r) => r.method === 'PATCH');
  assert.equal(patch.path, '/functions/fn_1');
  assert.equal(patch.body.code, code);
  assert.deepEqual(patch.body.settings, settings);
  assert.ok(!api.requests.some((r) => r.method === 'POST' && r.path === '/functions'));
  assert.ok(api.requests.some((r) => r.path === '/functions/fn_1/deploy'));
});

test('finds the function by name across pages', async (t) => {
  const functions = [
    { id: 'fn_a', displayName: 'A' }, { id: 'fn_b', displayName: 'B' },
    { id: 'fn_c', displayName: 'C' }, { id: 'fn_d', displayName: 'D' },
    { id: 'fn_stigg', displayName: 'Stigg (prod)' },
  ];
  const api = await fakeSegment({ functions });
  t.after(api.close);
  const result = await runDeploy({ SEGMENT_API_URL: api.url, SEGMENT_FUNCTION_NAME: 'Stigg (prod)' });
  assert.equal(result.code, 0, result.output);
  const lists = api.requests.filter((r) => r.method === 'GET' && r.path === '/functions');
  assert.equal(lists.length, 3);
  assert.deepEqual(lists.map((r) => r.query['pagination.cursor']), [undefined, '2', '4']);
  assert.ok(lists.every((r) => r.query.resourceType === 'SOURCE'));
  assert.ok(api.requests.some((r) => r.method === 'PATCH' && r.path === '/functions/fn_stigg'));
});

test('DRY_RUN prints the requests and sends nothing', async (t) => {
  const api = await fakeSegment();
  t.after(api.close);
  const result = await runDeploy({ SEGMENT_API_URL: api.url, DRY_RUN: '1' });
  assert.equal(result.code, 0, result.output);
  assert.equal(api.requests.length, 0);
  assert.match(result.output, /POST \/functions\n/);
  assert.match(result.output, /"code": "<\d+ bytes: pkg\/segment-function\.js>"/);
  assert.match(result.output, /POST \/functions\/<id>\/deploy/);
  assert.ok(!result.output.includes('WASM_BASE64'));
});

test('a rejected token says so', async (t) => {
  const api = await fakeSegment();
  t.after(api.close);
  const result = await runDeploy({ SEGMENT_API_URL: api.url, SEGMENT_API_TOKEN: 'sgp_wrong-token' });
  assert.equal(result.code, 1);
  assert.match(result.output, /401: the token was rejected or lacks Functions permissions/);
  assert.ok(!result.output.includes('sgp_wrong-token'));
});

test('an unknown function id is named', async (t) => {
  const api = await fakeSegment();
  t.after(api.close);
  const result = await runDeploy({ SEGMENT_API_URL: api.url, SEGMENT_FUNCTION_ID: 'fn_missing' });
  assert.equal(result.code, 1);
  assert.match(result.output, /function fn_missing was not found/);
});

test('a 422 shows Segment\'s own message', async (t) => {
  const api = await fakeSegment({ failures: [{ method: 'POST', status: 422, message: 'settings[0].name must match ^[a-zA-Z]', times: 1 }] });
  t.after(api.close);
  const result = await runDeploy({ SEGMENT_API_URL: api.url });
  assert.equal(result.code, 1);
  assert.match(result.output, /422: settings\[0\]\.name must match \^\[a-zA-Z\]/);
});

test('429 and 5xx are retried, honouring Retry-After', async (t) => {
  const api = await fakeSegment({
    failures: [
      { method: 'GET', status: 429, times: 2, headers: { 'retry-after': '1' } },
      { method: 'POST', status: 503, times: 1, headers: { 'retry-after': '0' } },
    ],
  });
  t.after(api.close);
  const started = Date.now();
  const result = await runDeploy({ SEGMENT_API_URL: api.url });
  assert.equal(result.code, 0, result.output);
  assert.ok(Date.now() - started >= 2000, 'waited the Retry-After seconds');
  assert.equal((result.output.match(/retrying in/g) || []).length, 3);
  assert.match(result.output, /deployed function fn_1/);
});

test('a network error names the URL tried', async () => {
  const closed = http.createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${closed.address().port}`;
  await new Promise((resolve) => closed.close(resolve));
  const result = await runDeploy({ SEGMENT_API_URL: url });
  assert.equal(result.code, 1);
  assert.match(result.output, new RegExp(`could not reach ${url.replace(/\./g, '\\.')}/functions`));
});

test('no token is a clear error', async () => {
  const result = await runDeploy({ SEGMENT_API_TOKEN: '' });
  assert.equal(result.code, 1);
  assert.match(result.output, /SEGMENT_API_TOKEN is not set/);
});

test('the settings file matches the schema the wasm reports', () => {
  const schema = require(path.join(root, 'pkg')).settingsSchema();
  assert.deepEqual(settings.map((s) => s.name), schema.map((s) => s.name));
  for (const setting of settings) {
    assert.deepEqual(Object.keys(setting).sort(), ['description', 'label', 'name', 'required', 'sensitive', 'type']);
    assert.match(setting.description, /Default:/);
    assert.ok(['STRING', 'BOOLEAN', 'ARRAY', 'TEXT_MAP'].includes(setting.type));
  }
  assert.equal(settings.find((s) => s.name === 'webhookSecret').sensitive, true);
});
