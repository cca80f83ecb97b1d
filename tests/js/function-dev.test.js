// `make function-dev`: the local stand-in for the Segment function's endpoint, started as a real process on a
// free port and driven over HTTP.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const { spawn } = require('node:child_process');
const { loadFixtures } = require('./fixtures');

const SECRET = 'whsec_local-test-secret';
const fixtures = loadFixtures();

function startServer(env) {
  const child = spawn(process.execPath, [path.join(__dirname, '..', '..', 'tools', 'function-dev.js')], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (data) => {
      buffered += data;
      const parts = buffered.split('\n');
      buffered = parts.pop();
      for (const line of parts) {
        lines.push(line);
        const match = /runtime at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(line);
        if (match) resolve({ url: match[1], lines, stop: () => child.kill() });
      }
    });
    let errors = '';
    child.stderr.on('data', (data) => { errors += data; });
    child.on('exit', (code) => reject(new Error(`function-dev.js exited with ${code}: ${lines.join('\n')}${errors}`)));
  });
}

async function post(url, body, headers = {}) {
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  return { status: res.status, text: await res.text() };
}

test('the local endpoint answers like Segment would run the function', async (t) => {
  const server = await startServer({ STIGG_SEGMENT_WEBHOOK_SECRET: SECRET, STIGG_SEGMENT_EVENT_DENYLIST: 'measurement.*' });
  t.after(() => server.stop());
  const auth = { 'Stigg-Webhooks-Secret': SECRET };
  assert.ok(!server.lines[0].includes(SECRET), 'the startup line hides the secret');

  for (const fixture of fixtures) {
    const { status, text } = await post(server.url, fixture.body, auth);
    assert.equal(status, 200, `${fixture.name}: ${text}`);
    const answer = JSON.parse(text);
    if (fixture.name.startsWith('measurement.')) {
      assert.deepEqual(answer.calls, []);
      assert.match(answer.logs[0], /eventDenylist/);
    } else {
      assert.deepEqual(answer.calls, fixture.expected.calls, fixture.name);
    }
  }

  const wrong = await post(server.url, fixtures[0].body, { 'Stigg-Webhooks-Secret': 'not-the-secret' });
  assert.equal(wrong.status, 400);
  assert.equal(JSON.parse(wrong.text).error.name, 'ValidationError');
  assert.ok(!wrong.text.includes(SECRET) && !wrong.text.includes('not-the-secret'));

  const malformed = await post(server.url, '{"type": ', auth);
  assert.equal(malformed.status, 400);
  assert.match(JSON.parse(malformed.text).error.message, /line 1 column 10/);

  const huge = await post(server.url, `{"type":"x","pad":"${'x'.repeat(512 * 1024)}"}`, auth);
  assert.equal(huge.status, 413);
  assert.match(JSON.parse(huge.text).error.message, /over 524288 bytes/);

  const get = await fetch(server.url);
  assert.equal(get.status, 405);

  // One log line per request, none with the secret. (stdout and the HTTP
  // answers travel separately, so wait for the last line to arrive.)
  const requestLines = () => server.lines.filter((line) => / POST | GET /.test(line));
  for (let waited = 0; requestLines().length < fixtures.length + 4 && waited < 5000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.equal(requestLines().length, fixtures.length + 4);
  assert.ok(requestLines().every((line) => !line.includes(SECRET)));
  assert.ok(requestLines().some((line) => / 413 body too large /.test(line)));
});

test('settings come from a file and environment variables, named and typed by the core', () => {
  const { loadSettings } = require('../../tools/function-dev');
  const fs = require('node:fs');
  const os = require('node:os');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'settings-')), 'settings.json');
  fs.writeFileSync(file, JSON.stringify({ eventNameStyle: 'original', oversizedEvents: 'error' }));
  const warnings = [];
  const settings = loadSettings({
    STIGG_SEGMENT_SETTINGS_FILE: file,
    STIGG_SEGMENT_EVENT_NAME_STYLE: 'Object Action',
    STIGG_SEGMENT_EVENT_ALLOWLIST: 'subscription.*, customer.*',
    STIGG_SEGMENT_IDENTIFY_CUSTOMERS: 'false',
    GROUP_CALLS: 'true',
  }, (line) => warnings.push(line));
  assert.deepEqual(settings, {
    eventNameStyle: 'Object Action',
    oversizedEvents: 'error',
    eventAllowlist: ['subscription.*', 'customer.*'],
    identifyCustomers: false,
  });
  assert.deepEqual(warnings, ['function-dev: warning: GROUP_CALLS is not read: rename it STIGG_SEGMENT_GROUP_CALLS']);
  assert.throws(() => loadSettings({ STIGG_SEGMENT_IDENTIFY_CUSTOMERS: 'yes' }), /STIGG_SEGMENT_IDENTIFY_CUSTOMERS must be true or false/);
  assert.throws(() => loadSettings({ STIGG_SEGMENT_GROUPCALLS: 'true' }), /did you mean STIGG_SEGMENT_GROUP_CALLS\?/);
});

/** Runs function-dev.js expecting it to refuse to start; kills it after 10 s. */
function startExpectingFailure(env) {
  const child = spawn(process.execPath, [path.join(__dirname, '..', '..', 'tools', 'function-dev.js')], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (data) => { output += data; });
  child.stderr.on('data', (data) => { output += data; });
  const killer = setTimeout(() => child.kill(), 10_000);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, output });
    });
  });
}

/** Waits for the server's log line that matches `pattern`. */
async function logLine(server, pattern) {
  for (let waited = 0; waited < 5000; waited += 20) {
    const line = server.lines.find((l) => pattern.test(l));
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no log line matches ${pattern}:\n${server.lines.join('\n')}`);
}

function tempFile(name, text) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'function-dev-')), name);
  fs.writeFileSync(file, text);
  return file;
}

test('bad settings stop start-up with one line naming the problem, no stack', async () => {
  const cases = [
    [{ STIGG_SEGMENT_EVENT_NAME_STYLE: 'bogus', STIGG_SEGMENT_WEBHOOK_SECRET: SECRET }, /^function-dev: setting eventNameStyle: unknown value "bogus"/],
    [{ STIGG_SEGMENT_IDENTIFY_CUSTOMERS: 'yes' }, /^function-dev: STIGG_SEGMENT_IDENTIFY_CUSTOMERS must be true or false/],
    [{ STIGG_SEGMENT_EVENT_ALLOWLIST: '["subscription.*"' }, /^function-dev: STIGG_SEGMENT_EVENT_ALLOWLIST is not a JSON array/],
    [{ STIGG_SEGMENT_GROUPCALLS: 'true' }, /^function-dev: unknown variable STIGG_SEGMENT_GROUPCALLS; did you mean STIGG_SEGMENT_GROUP_CALLS\?/],
    [{ STIGG_SEGMENT_SETTINGS_FILE: '/nonexistent/settings.json' }, /^function-dev: the settings file \/nonexistent\/settings\.json could not be read/],
    [{ STIGG_SEGMENT_SETTINGS_FILE: tempFile('settings.json', '{"eventNameStyle": ') }, /^function-dev: the settings file .* is not valid JSON/],
    [{ STIGG_SEGMENT_SETTINGS_FILE: tempFile('settings.json', '{"eventNameStyel": "original"}') }, /^function-dev: the settings file .*: unknown setting "eventNameStyel"; did you mean "eventNameStyle"\?/],
    [{ STIGG_SEGMENT_SETTINGS_FILE: tempFile('settings.json', '{"eventAllowlist": "subscription.*"}') }, /^function-dev: the settings file .*: setting eventAllowlist: expected an array of strings/],
    [{ FUNCTION_DEV_TIMEOUT_MS: 'soon' }, /^function-dev: FUNCTION_DEV_TIMEOUT_MS must be a whole number above 0/],
  ];
  for (const [env, expected] of cases) {
    const { code, output } = await startExpectingFailure(env);
    assert.equal(code, 1, `${JSON.stringify(env)} did not stop start-up:\n${output}`);
    assert.match(output, expected);
    assert.equal(output.trim().split('\n').length, 1, `one line:\n${output}`);
    assert.ok(!output.includes(SECRET));
  }
});

// A function that spins for as long as the webhook asks, to stand for any
// slow webhook.
const SLOW_FUNCTION = `
async function onRequest(request, settings) {
  const body = request.json();
  const end = Date.now() + (body.spinMs || 0);
  while (Date.now() < end);
  Segment.track({ event: 'done', userId: String(body.id) });
}
`;

test('one slow webhook holds up no other, and is cut at FUNCTION_DEV_TIMEOUT_MS', { timeout: 60_000 }, async (t) => {
  const server = await startServer({ FUNCTION_DEV_FILE: tempFile('slow.js', SLOW_FUNCTION), FUNCTION_DEV_TIMEOUT_MS: '1500', FUNCTION_DEV_WORKERS: '2' });
  t.after(() => server.stop());
  let slowSettled = false;
  const slow = post(server.url, JSON.stringify({ id: 'slow', spinMs: 15_000 })).finally(() => { slowSettled = true; });
  await new Promise((resolve) => setTimeout(resolve, 300)); // let it start spinning
  for (let i = 0; i < 5; i++) {
    const { status, text } = await post(server.url, JSON.stringify({ id: `fast-${i}` }));
    assert.equal(status, 200, text);
    assert.equal(JSON.parse(text).calls[0].userId, `fast-${i}`);
    assert.equal(slowSettled, false, 'a fast webhook waited for the slow one');
  }
  const { status, text } = await slow;
  assert.equal(status, 504, text);
  assert.equal(JSON.parse(text).error.name, 'Timeout');
  assert.match(JSON.parse(text).error.message, /longer than 1500 ms/);
  // The spinning worker was replaced, so both workers serve again.
  const answers = await Promise.all([0, 1, 2, 3].map((i) => post(server.url, JSON.stringify({ id: `after-${i}` }))));
  assert.deepEqual(answers.map((a) => a.status), [200, 200, 200, 200]);
});

test('an endless upload is cut at 512 KiB with 413, not read to its end', { timeout: 60_000 }, async (t) => {
  const server = await startServer({});
  t.after(() => server.stop());
  const CAP = 64 * 1024 * 1024; // the client gives up here, so the test ends
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const { status, written } = await new Promise((resolve, reject) => {
    let written = 0;
    let answered = null;
    const req = http.request(server.url, { method: 'POST', headers: { 'content-type': 'application/json' } });
    req.on('response', (res) => {
      answered = { status: res.statusCode, written };
      res.resume();
      resolve(answered);
    });
    req.on('error', (err) => (answered ? undefined : reject(err)));
    const pump = () => {
      while (!answered && written < CAP) {
        written += chunk.length;
        if (!req.write(chunk)) return req.once('drain', pump);
      }
      if (!answered) req.end();
      return undefined;
    };
    req.write('{"type":"customer.updated","id":"c","pad":"');
    pump();
  });
  assert.equal(status, 413);
  assert.ok(written < CAP, 'the 413 came only after the client stopped sending');
  const line = await logLine(server, / 413 body too large /);
  const read = Number(/\((\d+) bytes/.exec(line)[1]);
  assert.ok(read > 512 * 1024 && read <= 512 * 1024 + chunk.length, `read ${read} bytes: ${line}`);
});

test('connections past FUNCTION_DEV_MAX_CONNECTIONS are closed at once', { timeout: 60_000 }, async (t) => {
  const server = await startServer({ FUNCTION_DEV_MAX_CONNECTIONS: '2' });
  t.after(() => server.stop());
  const { port } = new URL(server.url);
  const open = () => new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => resolve(socket));
  });
  const held = [await open(), await open()];
  const extra = await open();
  const closed = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 5000);
    extra.on('close', () => { clearTimeout(timer); resolve(true); });
    extra.on('error', () => {});
  });
  extra.destroy();
  assert.ok(closed, 'a third connection was kept open');
  for (const socket of held) socket.destroy();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const { status } = await post(server.url, fixtures[0].body);
  assert.equal(status, 200);
});
