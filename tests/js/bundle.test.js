// pkg/segment-function.js, run in the emulated Segment runtime: the same
// goldens as the Rust tests, the differential test against Stigg's own
// function, and the sandbox's hard cases.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { loadFunction } = require('../../tools/segment-runtime');
const { loadFixtures } = require('./fixtures');

const root = path.join(__dirname, '..', '..');
const bundlePath = path.join(root, 'pkg', 'segment-function.js');
const code = fs.readFileSync(bundlePath, 'utf8');
const trapCode = fs.readFileSync(path.join(root, 'target', 'glue-test-hooks', 'segment-function.js'), 'utf8');
const referenceCode = fs.readFileSync(path.join(root, 'tests', 'reference', 'stigg-docs-function.js'), 'utf8');
const fixtures = loadFixtures();

/** Copies values into this realm, so deepEqual compares data, not prototypes. */
const plain = (value) => JSON.parse(JSON.stringify(value));

function quietLoad(source, options = {}) {
  const logs = [];
  const fn = loadFunction(source, { ...options, console: { log: (...a) => logs.push(a.join(' ')), warn() {}, error() {} } });
  fn.logs = logs;
  return fn;
}

/** Runs one webhook; returns the recorded calls, or the error thrown. */
async function run(fn, init, settings = {}) {
  fn.logs.length = 0;
  await fn.onRequest(fn.request(init), settings);
  return plain(fn.takeEvents());
}

test('the script is one classic script with a top-level onRequest', () => {
  // Compiles as a classic script (module syntax would be a SyntaxError).
  const vm = require('node:vm');
  assert.doesNotThrow(() => new vm.Script(code));
  // onRequest is a top-level function: loading the script (which touches
  // no Segment global until a webhook comes) defines it on the global.
  const context = vm.createContext({});
  vm.runInContext(code, context);
  assert.equal(typeof context.onRequest, 'function');
  assert.equal(context.onRequest.constructor.name, 'AsyncFunction');
  // The inlined wasm is base64, where any word can occur; check the rest.
  const source = code.replace(/'\\\n[A-Za-z0-9+/=\\\n]{1000,}'/, "''");
  assert.ok(source.length < code.length / 2);
  for (const banned of [/^\s*import[\s{*'"]/m, /\bimport\s*\(/, /^\s*export\s/m, /\brequire\s*\(/, /import\.meta/]) {
    assert.doesNotMatch(source, banned);
  }
});

test('the layout and limits written into the script are the core\'s, and its wasm refuses another layout', async () => {
  const stigg = require(path.join(root, 'pkg'));
  const fn = quietLoad(code, { loader: 'script' });
  const internals = require('node:vm').runInContext('stiggSegment', fn.context);
  await run(fn, { body: fixtures[0].body });
  internals.withInstance((live) => {
    const { address, ...layout } = plain(live.layout);
    const { address: packageAddress, ...packageLayout } = stigg.fieldLayout();
    assert.deepEqual(layout, packageLayout);
    assert.ok(Number.isInteger(address) && address % 4 === 0 && packageAddress > 0);
    const { headerWords, areaBytes, tapeNames } = live.layout;
    assert.equal(live.api.fieldArea(headerWords, areaBytes, tapeNames.length), address);
    assert.throws(() => live.api.fieldArea(headerWords + 1, areaBytes, tapeNames.length), /field layout is not its wasm's/);
    assert.throws(() => live.api.fieldArea(headerWords, areaBytes, tapeNames.length - 1), /field layout is not its wasm's/);
  });
  assert.equal(internals.secretHeader(), stigg.limits().secretHeader);
  assert.ok(internals.isTransformError({ name: stigg.limits().errorClasses[0] }));
});

test('the header names the version and every setting to create', () => {
  const stigg = require(path.join(root, 'pkg'));
  const header = code.slice(0, code.indexOf('\n\n'));
  assert.match(header, new RegExp(`stigg-segment ${stigg.version().replace(/\./g, '\\.')}:`));
  for (const setting of stigg.settingsSchema()) {
    assert.match(header, new RegExp(`//\\s+${setting.name}\\s+${setting.type}\\s`), setting.name);
  }
  assert.match(header, /webhookSecret\s+STRING\s+\(empty\)\s+yes/);
});

test('the header says where Stigg must post (the source\'s URL) and what each webhook becomes', () => {
  const header = code.slice(0, code.indexOf('\n\n'));
  assert.match(header, /SOURCE's webhook URL/);
  assert.match(header, /not the\s+\/\/\s+function's preview URL/);
  assert.doesNotMatch(header, /point a Stigg webhook at the\s+\/\/\s+function's URL/);
  for (const setting of ['identifyCustomers', 'groupCalls', 'planTraits', 'onMissingCustomer']) {
    assert.match(header.slice(0, header.indexOf('// Settings to add')), new RegExp(setting), setting);
  }
});

/** The wasm as the script carries it: the lines of wasmBase64()'s literal. */
function carriedBase64Lines(text) {
  const match = /^function wasmBase64\(\) \{\n  return '\\\n((?:[A-Za-z0-9+/=]+\\\n)+)';\n\}$/m.exec(text);
  assert.ok(match, 'wasmBase64() ends the script, its base64 on lines of their own, each ended by a backslash');
  return match[1].split('\\\n').slice(0, -1);
}

test('the wasm is base64 on wrapped lines at the end, and the header gives its size and SHA-256', () => {
  const lines = carriedBase64Lines(code);
  assert.ok(lines.slice(0, -1).every((line) => line.length === 76), 'every line but the last is 76 characters');
  assert.ok(lines.at(-1).length > 0 && lines.at(-1).length <= 76);
  const wasm = Buffer.from(lines.join(''), 'base64');
  assert.ok(WebAssembly.validate(wasm));
  // The module the build optimized for the script, byte for byte.
  assert.deepEqual(wasm, fs.readFileSync(path.join(root, 'target', 'glue', 'segment.wasm')));
  const sha256 = require('node:crypto').createHash('sha256').update(wasm).digest('hex');
  assert.match(code.slice(0, 10_000), new RegExp(`//\\s+${wasm.length} bytes, SHA-256 ${sha256}\\n`));
  // Nothing follows it: it is the script's end.
  assert.ok(code.endsWith("\\\n';\n}\n"));
});

test('the header\'s command to hash the wasm prints the header\'s SHA-256', () => {
  const { execFileSync } = require('node:child_process');
  const command = /^\/\/\s+(sed -n .* \| sha256sum)$/m.exec(code);
  assert.ok(command, 'the header holds the command');
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'script-hash-'));
  fs.copyFileSync(bundlePath, path.join(dir, 'segment-function.js'));
  const printed = execFileSync('bash', ['-c', command[1]], { cwd: dir, encoding: 'utf8' });
  const [, stated] = /SHA-256 ([0-9a-f]{64})/.exec(code);
  assert.equal(printed.split(/\s/)[0], stated);
});

test('the script is readable: formatted, shim/shim.js with its comments, no minified line', () => {
  const shim = fs.readFileSync(path.join(root, 'shim', 'shim.js'), 'utf8');
  const { PRETTIER_ARGS } = require('../../scripts/bundle');
  const { execFileSync } = require('node:child_process');
  // shim/shim.js is formatted as the script's code is, so the two read alike.
  execFileSync(process.execPath, [require.resolve('prettier/bin/prettier.cjs'), ...PRETTIER_ARGS, '--check', path.join(root, 'shim', 'shim.js')], { stdio: 'pipe' });
  // Every comment line of the shim is in the script.
  const comments = shim.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('//') && !line.includes('@@'));
  assert.ok(comments.length > 50, `${comments.length} comment lines`);
  const lines = new Set(code.split('\n').map((line) => line.trim()));
  for (const comment of comments) assert.ok(lines.has(comment), comment);
  // No line of code is long: minified code would be one line of thousands.
  // (The longest are a string of the glue's and the header's descriptions.)
  const long = code.split('\n').filter((line) => line.length > 250 && !line.startsWith('//'));
  assert.deepEqual(long, []);
});

test('every fixture gives its golden calls through the bundle', async () => {
  const fn = quietLoad(code);
  assert.ok(fixtures.length > 0);
  for (const fixture of fixtures) {
    const events = await run(fn, { body: fixture.body });
    assert.deepEqual(events, fixture.expected.calls, fixture.name);
    if (fixture.expected.skipped) {
      assert.deepEqual(fn.logs, [`stigg-segment: skipped: ${fixture.expected.skipped.reason}`], fixture.name);
    } else {
      assert.deepEqual(fn.logs, [], fixture.name);
    }
  }
});

test('differential: wherever Stigg\'s function emits a call, ours emits the same event, userId and properties', async () => {
  const ours = quietLoad(code);
  const reference = quietLoad(referenceCode);
  let compared = 0;
  for (const fixture of fixtures) {
    const expected = (await run(reference, { body: fixture.body })).filter((e) => e.type === 'track');
    if (expected.length === 0) continue;
    const actual = (await run(ours, { body: fixture.body })).filter((e) => e.type === 'track');
    assert.equal(actual.length, 1, fixture.name);
    assert.equal(actual[0].event, expected[0].event, fixture.name);
    assert.equal(actual[0].userId, expected[0].userId, fixture.name);
    assert.deepEqual(actual[0].properties, expected[0].properties, fixture.name);
    compared += 1;
  }
  // Every family with customer.id: subscriptions, trials, entitlements,
  // measurements, promotional entitlements and credit balances.
  assert.ok(compared >= 20, `compared ${compared}`);
  console.log(`# differential: compared ${compared} of ${fixtures.length} fixtures`);
});

test('the script works with no TextEncoder, TextDecoder or Buffer in the sandbox', async () => {
  const fn = quietLoad(code, { omitGlobals: ['Buffer'] });
  assert.equal(fn.context.TextEncoder, undefined);
  assert.equal(fn.context.Buffer, undefined);
  for (const fixture of fixtures) {
    assert.deepEqual(await run(fn, { body: fixture.body }), fixture.expected.calls, fixture.name);
  }
  // Non-ASCII and lone surrogates through the plain-JS UTF-8 path.
  const body = JSON.stringify({ type: 'credits.granted', customerId: 'c-ü', note: 'émoji 😀 lone \ud83d end' });
  const [call] = await run(fn, { body });
  assert.equal(call.userId, 'c-ü');
  assert.equal(call.properties.note, 'émoji 😀 lone \ufffd end');
});

test('the script uses native TextEncoder and TextDecoder when the sandbox has them', async () => {
  let encoded = 0;
  class CountingEncoder extends TextEncoder {
    encodeInto(...args) {
      encoded += 1;
      return super.encodeInto(...args);
    }
  }
  // Without Buffer, the body crosses as a string, encoded by TextEncoder.
  const fn = quietLoad(code, { omitGlobals: ['Buffer'], globals: { TextEncoder: CountingEncoder, TextDecoder } });
  const body = JSON.stringify({ type: 'credits.granted', customerId: 'c', note: 'ü \ud83d' });
  const [call] = await run(fn, { body });
  assert.equal(call.properties.note, 'ü \ufffd');
  assert.equal(encoded, 1);
});

test('request bodies from another realm, and json() without text(), work', async () => {
  const fn = quietLoad(code);
  const fixture = fixtures.find((f) => f.name === 'subscription.updated');
  for (const init of [
    { body: JSON.parse(fixture.body), text: false, realm: 'host' },
    { body: fixture.body, text: false, realm: 'sandbox' },
    { body: fixture.body, realm: 'host' },
  ]) {
    assert.deepEqual(await run(fn, init), fixture.expected.calls);
  }
});

test('alphabetized bodies give identical calls and messageIds', async () => {
  const fn = quietLoad(code);
  for (const fixture of fixtures) {
    const original = await run(fn, { body: fixture.body });
    const sorted = await run(fn, { body: fixture.body, alphabetize: true });
    assert.deepEqual(sorted, original, fixture.name);
  }
  const unordered = '{"type":"credits.granted","customerId":"c","b":{"y":1,"x":2},"a":1}';
  const [first] = await run(fn, { body: unordered });
  const [second] = await run(fn, { body: unordered, alphabetize: true });
  assert.match(first.messageId, /^stigg-body-/);
  assert.equal(second.messageId, first.messageId);
});

test('the script loads the same as a plain classic script', async () => {
  const fn = quietLoad(code, { loader: 'script' });
  const fixture = fixtures.find((f) => f.name === 'customer.created');
  assert.deepEqual(await run(fn, { body: fixture.body }), fixture.expected.calls);
});

test('a wasm trap is followed by a fresh instance, so the next webhook still works', async () => {
  const fn = quietLoad(trapCode, { exportNames: ['onRequest', 'forceTrapForTests'] });
  const fixture = fixtures.find((f) => f.name === 'subscription.created');
  assert.deepEqual(await run(fn, { body: fixture.body }), fixture.expected.calls);
  assert.throws(() => fn.forceTrapForTests(), (err) => err.constructor.name === 'RuntimeError');
  assert.deepEqual(await run(fn, { body: fixture.body }), fixture.expected.calls);
  // The product script has no such hook.
  assert.doesNotMatch(code, /forceTrap/);
});

test('each error class reaches Segment\'s own class', async () => {
  const fn = quietLoad(code);
  const cases = [
    { body: '{"type": "x",', settings: {}, name: 'InvalidEventPayload', message: /line 1 column 14/ },
    { body: '[1, 2]', settings: {}, name: 'ValidationError', message: /must be a JSON object/ },
    { body: '{"type":"x","customerId":"c"}', settings: { webhookSecret: 'right-secret' }, name: 'ValidationError', message: /Stigg-Webhooks-Secret/ },
    { body: '{"type":"plan.created"}', settings: { onMissingCustomer: 'error' }, name: 'EventNotSupported', message: /plan\.created/ },
    { body: '{"type":"x"}', settings: { eventNameStyle: 'camelCase' }, name: 'ValidationError', message: /eventNameStyle/ },
  ];
  for (const c of cases) {
    await assert.rejects(fn.onRequest(fn.request({ body: c.body }), c.settings), (err) => {
      assert.ok(err instanceof fn.errors[c.name], `${c.name}: got ${err && err.constructor.name}`);
      assert.equal(err.name, c.name);
      assert.match(err.message, c.message);
      return true;
    });
  }
  assert.deepEqual(fn.takeEvents(), []);
});

test('the secret header is read case-insensitively and never echoed', async () => {
  const fn = quietLoad(code);
  const settings = { webhookSecret: 'right-secret' };
  const body = '{"type":"credits.granted","customerId":"c","messageId":"m"}';
  const calls = await run(fn, { body, headers: { 'STIGG-WEBHOOKS-SECRET': 'right-secret' } }, settings);
  assert.equal(calls.length, 1);
  await assert.rejects(fn.onRequest(fn.request({ body, headers: { 'stigg-webhooks-secret': 'wrong-guess' } }), settings), (err) => {
    assert.doesNotMatch(err.message, /right-secret|wrong-guess/);
    return err instanceof fn.errors.ValidationError;
  });
});

test('the script compiles the wasm once and keeps it between webhooks', async () => {
  const fn = quietLoad(code);
  let compiles = 0;
  const sandboxWasm = require('node:vm').runInContext('WebAssembly', fn.context);
  sandboxWasm.Module = class CountingModule extends sandboxWasm.Module {
    constructor(...args) {
      super(...args);
      compiles += 1;
    }
  };
  const fixture = fixtures.find((f) => f.name === 'credits.granted');
  for (let i = 0; i < 5; i++) {
    assert.deepEqual(await run(fn, { body: fixture.body }), fixture.expected.calls);
  }
  assert.equal(compiles, 1);
});
