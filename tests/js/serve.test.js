// `make serve`: the local webhook endpoint, started as a real process on a
// free port and driven over HTTP.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { loadFixtures } = require('./fixtures');

const SECRET = 'whsec_local-test-secret';
const fixtures = loadFixtures();

function startServer(env) {
  const child = spawn(process.execPath, [path.join(__dirname, '..', '..', 'js', 'serve.js')], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
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
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(line);
        if (match) resolve({ url: match[1], lines, stop: () => child.kill() });
      }
    });
    child.on('exit', (code) => reject(new Error(`serve.js exited with ${code}: ${lines.join('\n')}`)));
  });
}

async function post(url, body, headers = {}) {
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  return { status: res.status, text: await res.text() };
}

test('the local endpoint answers like Segment would run the function', async (t) => {
  const server = await startServer({ WEBHOOK_SECRET: SECRET, EVENT_DENYLIST: 'measurement.*' });
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

test('settings come from a file and environment variables, typed by the schema', () => {
  const { loadSettings, envName } = require('../../js/serve');
  assert.equal(envName('onMissingCustomer'), 'ON_MISSING_CUSTOMER');
  const fs = require('node:fs');
  const os = require('node:os');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'settings-')), 'settings.json');
  fs.writeFileSync(file, JSON.stringify({ eventNameStyle: 'original', oversizedEvents: 'error' }));
  const settings = loadSettings({
    SETTINGS_FILE: file,
    EVENT_NAME_STYLE: 'Object Action',
    EVENT_ALLOWLIST: 'subscription.*, customer.*',
    IDENTIFY_CUSTOMERS: 'false',
  });
  assert.deepEqual(settings, {
    eventNameStyle: 'Object Action',
    oversizedEvents: 'error',
    eventAllowlist: ['subscription.*', 'customer.*'],
    identifyCustomers: false,
  });
  assert.throws(() => loadSettings({ IDENTIFY_CUSTOMERS: 'yes' }), /IDENTIFY_CUSTOMERS must be true or false/);
});
