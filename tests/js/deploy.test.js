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
async function fakeSegment({ functions = [], trackingPlans = [], failures = [], intercept } = {}) {
  const state = { functions: functions.map((f) => ({ resourceType: 'SOURCE', ...f })), trackingPlans: [...trackingPlans], requests: [], next: 1 };
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
      if (intercept && intercept(req, res, url, state) !== false) return undefined;
      const failure = failures.find((f) => f.times > 0 && (!f.method || f.method === req.method));
      if (failure) {
        failure.times -= 1;
        const message = failure.echoAuthorization ? `invalid request; headers were ${JSON.stringify(req.headers)}` : failure.message || 'failed';
        return reply(res, failure.status, failure.body || { errors: [{ type: 'error', message }] }, failure.headers);
      }
      if (req.headers.authorization !== `Bearer ${TOKEN}`) return reply(res, 401, { errors: [{ message: 'Unauthorized' }] });
      // Tracking plans, as the Public API's Tracking Plans endpoints answer.
      const plans = /^\/tracking-plans(?:\/([^/]+)\/rules)?$/.exec(url.pathname);
      if (plans) {
        const [, planId] = plans;
        if (req.method === 'GET' && !planId) {
          const start = Number(url.searchParams.get('pagination.cursor') || 0);
          const more = start + 2 < state.trackingPlans.length;
          return reply(res, 200, { trackingPlans: state.trackingPlans.slice(start, start + 2), pagination: { next: more ? String(start + 2) : undefined } });
        }
        if (req.method === 'POST' && !planId) {
          const created = { ...body, id: `tp_${state.next++}` };
          state.trackingPlans.push(created);
          return reply(res, 200, { trackingPlan: created });
        }
        const plan = state.trackingPlans.find((p) => p.id === planId);
        if (req.method === 'PUT' && planId && !plan) return reply(res, 404, { errors: [{ message: `tracking plan ${planId} not found` }] });
        if (req.method === 'PUT' && plan) {
          plan.rules = body.rules;
          return reply(res, 200, { status: 'SUCCESS' });
        }
        return reply(res, 405, { errors: [{ message: 'method not allowed' }] });
      }
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
  state.close = () => {
    server.closeAllConnections();
    server.close();
  };
  return state;
}

/** Runs tools/deploy.js; fails if any part of the token reaches its output. */
async function runDeploy(env) {
  const fullEnv = { PATH: process.env.PATH, SEGMENT_API_TOKEN: TOKEN, ...env };
  const result = await new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, 'tools', 'deploy.js')], { env: fullEnv }, (err, stdout, stderr) => {
      resolve({ code: err ? err.code : 0, output: stdout + stderr });
    });
  });
  const token = fullEnv.SEGMENT_API_TOKEN;
  if (token) {
    for (const piece of [token, ...token.split(/[\r\n]+/).filter((p) => p.length >= 6)]) {
      assert.ok(!result.output.includes(piece), `the token (or part of it) was printed:\n${result.output}`);
    }
  }
  assert.ok(!result.output.includes('fake-Token'), `the token was printed:\n${result.output}`);
  assert.doesNotMatch(result.output, /\n\s+at .+:\d+:\d+\)?\n/, 'a stack trace was printed');
  return result;
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
  // The last words say where the URL for Stigg is; the editor's preview URL
  // (which needs a Public API token Stigg cannot send) is marked as not it.
  assert.match(first.output, /URL to paste into Stigg's webhook form: .*Connect Source.*Settings > Endpoint/s);
  assert.match(first.output, /https:\/\/fn\.segmentapis\.com\/\?b=preview \(the editor's test URL: not for Stigg/);
  assert.doesNotMatch(first.output, /paste into Stigg's webhook form: https:\/\/fn\.segmentapis\.com\/\?b=preview/);
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
  assert.match(result.output, /POST \/functions with "resourceType": "SOURCE"/);
  assert.match(result.output, /"code": "<\d+ bytes: pkg\/segment-function\.js>"/);
  assert.match(result.output, /POST \/functions\/<id>\/deploy/);
  assert.ok(!result.output.includes('WASM_BASE64'));
});

test('DRY_RUN needs no token and prints each request, and the settings, once', async () => {
  const result = await runDeploy({ SEGMENT_API_TOKEN: '', DRY_RUN: '1' });
  assert.equal(result.code, 0, result.output);
  for (const setting of settings) {
    const shown = result.output.split(`"name": "${setting.name}"`).length - 1;
    assert.equal(shown, 1, `${setting.name} is printed ${shown} times:\n${result.output}`);
  }
  assert.equal(result.output.split('"code": "<').length - 1, 1, 'the body is printed once');
  for (const request of [/GET \/functions\?/g, /PATCH \/functions\//g, /POST \/functions\/<id>\/deploy/g]) {
    assert.equal((result.output.match(request) || []).length, 1, `${request} once:\n${result.output}`);
  }
  assert.match(result.output, /SEGMENT_API_TOKEN is not set/, 'says a real run needs a token');
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

test('a token echoed back in a 400, 422 or 500 body is not printed', async (t) => {
  for (const status of [400, 422, 500]) {
    const api = await fakeSegment({
      failures: [{ method: 'GET', status, times: 5, echoAuthorization: true, headers: { 'retry-after': '0' } }],
    });
    t.after(api.close);
    const result = await runDeploy({ SEGMENT_API_URL: api.url });
    assert.equal(result.code, 1, result.output);
    assert.match(result.output, new RegExp(`${status}: invalid request; headers were .*\\[redacted\\]`), result.output);
  }
});

test('a token with a line break or other characters no token has is refused before any request', async (t) => {
  const api = await fakeSegment();
  t.after(api.close);
  for (const token of [`${TOKEN}\n`, `${TOKEN}\r\nX-Injected: 1`, `sgp_${'a'.repeat(8)} ${'b'.repeat(8)}`, `${TOKEN}é`]) {
    const result = await runDeploy({ SEGMENT_API_URL: api.url, SEGMENT_API_TOKEN: token });
    assert.equal(result.code, 1, result.output);
    assert.match(result.output, /SEGMENT_API_TOKEN has characters a token cannot have/);
  }
  assert.equal(api.requests.length, 0);
});

test('plain http is refused except to this machine', async () => {
  for (const url of ['http://api.segmentapis.com', 'http://10.0.0.1:8080', 'ftp://api.segmentapis.com', 'not a url']) {
    const result = await runDeploy({ SEGMENT_API_URL: url });
    assert.equal(result.code, 1, result.output);
    assert.match(result.output, /SEGMENT_API_URL must be an https:\/\/ URL/, url);
  }
});

test('a server that never answers, or stops mid-body, fails after SEGMENT_API_TIMEOUT_MS', { timeout: 30_000 }, async (t) => {
  for (const stall of ['headers', 'body']) {
    const api = await fakeSegment({
      intercept: (req, res) => {
        if (stall === 'body') {
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
          res.write('{"data": {"functions": [');
        }
        return true; // and never finish
      },
    });
    t.after(api.close);
    // Long enough that a loaded machine still delivers the request before it.
    const result = await runDeploy({ SEGMENT_API_URL: api.url, SEGMENT_API_TIMEOUT_MS: '1500' });
    assert.equal(result.code, 1, result.output);
    assert.match(result.output, /GET \/functions\?.*: no complete answer within 1500 ms \(SEGMENT_API_TIMEOUT_MS\)/, result.output);
    assert.equal(api.requests.length, 1, 'a timed-out request is not repeated');
  }
});

test('a Retry-After longer than the most deploy waits fails at once, saying so', { timeout: 30_000 }, async (t) => {
  for (const retryAfter of ['86400', '1e30', new Date(Date.now() + 3_600_000).toUTCString()]) {
    const api = await fakeSegment({ failures: [{ method: 'GET', status: 429, times: 5, headers: { 'retry-after': retryAfter } }] });
    t.after(api.close);
    const result = await runDeploy({ SEGMENT_API_URL: api.url });
    assert.equal(result.code, 1, result.output);
    assert.match(result.output, /429: Segment asks to wait (over )?\d+ s before retrying, more than the 60 s deploy waits; try again later/, result.output);
    assert.equal(api.requests.length, 1, `${retryAfter}: gave up after one request`);
  }
});

test('endless or circular pagination is cut off with a clear error', { timeout: 30_000 }, async (t) => {
  let served = 0;
  const endless = await fakeSegment({
    intercept: (req, res) => {
      served += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { functions: [], pagination: { next: `page-${served}` } } }));
      return true;
    },
  });
  t.after(endless.close);
  const result = await runDeploy({ SEGMENT_API_URL: endless.url });
  assert.equal(result.code, 1, result.output);
  assert.match(result.output, /GET \/functions: still more pages after 100 pages/);
  assert.equal(endless.requests.length, 100);

  const circular = await fakeSegment({
    intercept: (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { functions: [], pagination: { next: 'same-cursor' } } }));
      return true;
    },
  });
  t.after(circular.close);
  const again = await runDeploy({ SEGMENT_API_URL: circular.url });
  assert.equal(again.code, 1, again.output);
  assert.match(again.output, /GET \/functions: the page cursor "same-cursor" came back a second time/);
  assert.equal(circular.requests.length, 2);
});

test('redirects are refused, not followed', async (t) => {
  for (const status of [301, 302, 307, 308]) {
    const api = await fakeSegment({
      intercept: (req, res, url) => {
        if (url.pathname === '/elsewhere') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ data: { function: { id: 'fn_elsewhere' } } }));
          return true;
        }
        if (req.method !== 'POST') return false;
        res.writeHead(status, { location: '/elsewhere' });
        res.end();
        return true;
      },
    });
    t.after(api.close);
    const result = await runDeploy({ SEGMENT_API_URL: api.url });
    assert.equal(result.code, 1, result.output);
    assert.match(result.output, new RegExp(`POST /functions: ${status} redirect to /elsewhere, not followed`), result.output);
    assert.ok(!api.requests.some((r) => r.path === '/elsewhere'), `${status} was followed`);
    assert.doesNotMatch(result.output, /deployed function/);
  }
});

test('answers of an unexpected shape are clear errors', async (t) => {
  const answers = [
    ['<html>maintenance</html>', /GET \/functions\?.*: the answer is not JSON: <html>maintenance<\/html>/],
    ['{"functions": []}', /GET \/functions\?.*: the answer has no "data" object/],
    ['{"data": {"functions": "none"}}', /GET \/functions\?.*: "functions" is not a list/],
    ['{"data": {"functions": [], "pagination": {"next": 7}}}', /GET \/functions\?.*: "pagination.next" is not a string/],
  ];
  for (const [body, expected] of answers) {
    const api = await fakeSegment({
      intercept: (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(body);
        return true;
      },
    });
    t.after(api.close);
    const result = await runDeploy({ SEGMENT_API_URL: api.url });
    assert.equal(result.code, 1, result.output);
    assert.match(result.output, expected);
  }
  // A create that answers without the function's id cannot be deployed.
  const noId = await fakeSegment({
    intercept: (req, res) => {
      if (req.method !== 'POST') return false;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data": {"function": {}}}');
      return true;
    },
  });
  t.after(noId.close);
  const result = await runDeploy({ SEGMENT_API_URL: noId.url });
  assert.equal(result.code, 1, result.output);
  assert.match(result.output, /POST \/functions: the answer has no function id/);
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

// The opt-in tracking-plan step: the rules `make tracking-plan` makes.
const { loadTrackingPlan } = require('../../tools/tracking-plan');
const os = require('node:os');

function settingsFile(settingsValue) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-plan-'));
  const file = path.join(dir, 'settings.json');
  fs.writeFileSync(file, typeof settingsValue === 'string' ? settingsValue : JSON.stringify(settingsValue));
  return file;
}

test('without SEGMENT_TRACKING_PLAN_ID or _NAME no tracking plan is touched', async (t) => {
  const api = await fakeSegment();
  t.after(api.close);
  const result = await runDeploy({ SEGMENT_API_URL: api.url });
  assert.equal(result.code, 0, result.output);
  assert.ok(!api.requests.some((r) => r.path.startsWith('/tracking-plans')));
  const dry = await runDeploy({ SEGMENT_API_URL: api.url, DRY_RUN: '1' });
  assert.doesNotMatch(dry.output, /tracking-plans/);
});

test('creates the tracking plan by name, then finds it and replaces its rules, for the given settings', async (t) => {
  const api = await fakeSegment({ trackingPlans: [{ id: 'tp_a', name: 'A' }, { id: 'tp_b', name: 'B' }, { id: 'tp_c', name: 'C' }] });
  t.after(api.close);
  const file = settingsFile({ groupCalls: true });
  const env = { SEGMENT_API_URL: api.url, SEGMENT_TRACKING_PLAN_NAME: 'Stigg plan', SEGMENT_TRACKING_PLAN_SETTINGS: file };
  const first = await runDeploy(env);
  assert.equal(first.code, 0, first.output);
  const created = api.requests.find((r) => r.method === 'POST' && r.path === '/tracking-plans');
  assert.equal(created.body.name, 'Stigg plan');
  assert.equal(created.body.type, 'LIVE');
  const lists = api.requests.filter((r) => r.method === 'GET' && r.path === '/tracking-plans');
  assert.deepEqual(lists.map((r) => r.query['pagination.cursor']), [undefined, '2'], 'paged through every plan');
  const expected = loadTrackingPlan()({ groupCalls: true }).rules;
  const planId = api.trackingPlans.find((plan) => plan.name === 'Stigg plan').id;
  const put = api.requests.find((r) => r.method === 'PUT');
  assert.equal(put.path, `/tracking-plans/${planId}/rules`);
  assert.deepEqual(put.body, { rules: expected });
  assert.ok(expected.some((rule) => rule.type === 'GROUP'), 'the settings file was read');
  assert.match(first.output, new RegExp(`tracking plan ${planId} now has ${expected.length} rules`));
  // The function is deployed first: a plan that fails leaves it deployed.
  const order = api.requests.map((r) => `${r.method} ${r.path}`);
  assert.ok(order.indexOf('POST /functions/fn_1/deploy') < order.indexOf(`PUT /tracking-plans/${planId}/rules`));
  assert.ok(api.requests.every((r) => r.authorization === `Bearer ${TOKEN}`));

  api.requests.length = 0;
  const second = await runDeploy(env);
  assert.equal(second.code, 0, second.output);
  assert.ok(!api.requests.some((r) => r.method === 'POST' && r.path === '/tracking-plans'));
  assert.ok(api.requests.some((r) => r.method === 'PUT' && r.path === `/tracking-plans/${planId}/rules`));
});

test('SEGMENT_TRACKING_PLAN_ID replaces that plan\'s rules without a search; an unknown id is named', async (t) => {
  const api = await fakeSegment({ trackingPlans: [{ id: 'tp_live', name: 'Live' }] });
  t.after(api.close);
  const result = await runDeploy({ SEGMENT_API_URL: api.url, SEGMENT_TRACKING_PLAN_ID: 'tp_live' });
  assert.equal(result.code, 0, result.output);
  assert.ok(!api.requests.some((r) => r.method === 'GET' && r.path === '/tracking-plans'));
  assert.deepEqual(api.trackingPlans[0].rules, loadTrackingPlan()({}).rules);
  const missing = await runDeploy({ SEGMENT_API_URL: api.url, SEGMENT_TRACKING_PLAN_ID: 'tp_missing' });
  assert.equal(missing.code, 1);
  assert.match(missing.output, /tracking plan tp_missing was not found: check SEGMENT_TRACKING_PLAN_ID/);
});

test('DRY_RUN lists the tracking-plan requests and sends nothing', async (t) => {
  const api = await fakeSegment();
  t.after(api.close);
  const result = await runDeploy({ SEGMENT_API_URL: api.url, DRY_RUN: '1', SEGMENT_TRACKING_PLAN_NAME: 'Stigg' });
  assert.equal(result.code, 0, result.output);
  assert.equal(api.requests.length, 0);
  assert.match(result.output, /GET \/tracking-plans\?pagination\.count=100/);
  assert.match(result.output, /PUT \/tracking-plans\/<its id>\/rules with the \d+ rules/);
});

test('bad tracking-plan settings stop the deploy before any request', async (t) => {
  const api = await fakeSegment();
  t.after(api.close);
  for (const [content, expected] of [
    ['{"groupCals": true}', /tracking plan: unknown setting "groupCals"; did you mean "groupCalls"\?/],
    ['{not json', /SEGMENT_TRACKING_PLAN_SETTINGS: .* is not JSON/],
  ]) {
    const result = await runDeploy({ SEGMENT_API_URL: api.url, SEGMENT_TRACKING_PLAN_NAME: 'Stigg', SEGMENT_TRACKING_PLAN_SETTINGS: settingsFile(content) });
    assert.equal(result.code, 1, result.output);
    assert.match(result.output, expected);
  }
  const alone = await runDeploy({ SEGMENT_API_URL: api.url, SEGMENT_TRACKING_PLAN_SETTINGS: settingsFile('{}') });
  assert.equal(alone.code, 1);
  assert.match(alone.output, /neither SEGMENT_TRACKING_PLAN_ID nor SEGMENT_TRACKING_PLAN_NAME/);
  assert.equal(api.requests.length, 0);
});

test('the tracking-plan requests keep the token, timeout and redirect rules', { timeout: 30_000 }, async (t) => {
  // A token without Protocols access: named as such, and never printed.
  const denied = await fakeSegment({
    intercept: (req, res, url) => {
      if (!url.pathname.startsWith('/tracking-plans')) return false;
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: `forbidden for ${req.headers.authorization}` }] }));
      return true;
    },
  });
  t.after(denied.close);
  const forbidden = await runDeploy({ SEGMENT_API_URL: denied.url, SEGMENT_TRACKING_PLAN_NAME: 'Stigg' });
  assert.equal(forbidden.code, 1, forbidden.output);
  assert.match(forbidden.output, /GET \/tracking-plans\?.*: 403: .*lacks Tracking Plan \(Protocols\) permissions/);
  assert.match(forbidden.output, /deployed function fn_1/, 'the function was deployed before');

  const stalled = await fakeSegment({ intercept: (req, res, url) => url.pathname.startsWith('/tracking-plans') });
  t.after(stalled.close);
  const timedOut = await runDeploy({ SEGMENT_API_URL: stalled.url, SEGMENT_TRACKING_PLAN_ID: 'tp_1', SEGMENT_API_TIMEOUT_MS: '300' });
  assert.equal(timedOut.code, 1, timedOut.output);
  assert.match(timedOut.output, /PUT \/tracking-plans\/tp_1\/rules: no complete answer within 300 ms/);

  for (const status of [301, 307, 308]) {
    const moved = await fakeSegment({
      intercept: (req, res, url) => {
        if (!url.pathname.startsWith('/tracking-plans')) return false;
        res.writeHead(status, { location: '/elsewhere' });
        res.end();
        return true;
      },
    });
    t.after(moved.close);
    const result = await runDeploy({ SEGMENT_API_URL: moved.url, SEGMENT_TRACKING_PLAN_ID: 'tp_1' });
    assert.equal(result.code, 1, result.output);
    assert.match(result.output, new RegExp(`PUT /tracking-plans/tp_1/rules: ${status} redirect to /elsewhere, not followed`));
    assert.ok(!moved.requests.some((r) => r.path === '/elsewhere'));
  }

  const noId = await fakeSegment({
    intercept: (req, res, url) => {
      if (!(req.method === 'POST' && url.pathname === '/tracking-plans')) return false;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data": {"trackingPlan": {}}}');
      return true;
    },
  });
  t.after(noId.close);
  const result = await runDeploy({ SEGMENT_API_URL: noId.url, SEGMENT_TRACKING_PLAN_NAME: 'Stigg' });
  assert.equal(result.code, 1, result.output);
  assert.match(result.output, /POST \/tracking-plans: the answer has no tracking plan id/);
});
