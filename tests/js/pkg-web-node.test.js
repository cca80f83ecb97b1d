// The package's web build (`stigg-segment/web`, pkg/web.js) in Node: its
// init() finds the wasm beside the module, a file: URL that Node's fetch
// cannot read, so it reads the file instead. Each case runs in a fresh
// process, as init() keeps its instance for the life of the module.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const root = path.join(__dirname, '..', '..');
const web = pathToFileURL(path.join(root, 'pkg', 'web.js')).href;
const wasm = pathToFileURL(path.join(root, 'pkg', 'stigg_segment_bg.wasm')).href;
const BODY = JSON.stringify({ type: 'subscription.created', messageId: 'm-1', customer: { id: 'customer-1' } });

/** Runs an ES module that imports the web build; returns what it prints, parsed. */
function run(source) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', source], { encoding: 'utf8' });
  return JSON.parse(out);
}

/** Any fetch in these cases is a failure: nothing should go to the network. */
const NO_FETCH = "globalThis.fetch = () => { throw new Error('init() called fetch'); };";

test('await init() with no argument works in Node, without fetch', () => {
  const result = run(`
    ${NO_FETCH}
    import(${JSON.stringify(web)}).then(async ({ default: init, transform, version }) => {
      await init();
      const { calls } = transform(${JSON.stringify(BODY)}, {}, {});
      console.log(JSON.stringify({ version: version(), event: calls[0].event, userId: calls[0].userId }));
    });`);
  assert.deepEqual(result, { version: require(path.join(root, 'pkg')).version(), event: 'subscription_created', userId: 'customer-1' });
});

test('init() takes a file: URL, as a URL or as text', () => {
  for (const argument of [`new URL(${JSON.stringify(wasm)})`, JSON.stringify(wasm)]) {
    const result = run(`
      ${NO_FETCH}
      import(${JSON.stringify(web)}).then(async ({ default: init, transform }) => {
        await init({ module_or_path: ${argument} });
        console.log(JSON.stringify(transform(${JSON.stringify(BODY)}, {}, {}).calls.length));
      });`);
    assert.equal(result, 1, argument);
  }
});

test('init() with a file that is not there fails naming it', () => {
  const missing = pathToFileURL(path.join(root, 'pkg', 'no-such.wasm')).href;
  const result = run(`
    import(${JSON.stringify(web)}).then(async ({ default: init }) => {
      try {
        await init({ module_or_path: new URL(${JSON.stringify(missing)}) });
        console.log(JSON.stringify('loaded'));
      } catch (err) {
        console.log(JSON.stringify(err.message));
      }
    });`);
  assert.match(result, /ENOENT.*no-such\.wasm/);
});

test('initSync() with the bytes, and init() with a compiled module, work as before', () => {
  const result = run(`
    import { readFileSync } from 'node:fs';
    import(${JSON.stringify(web)}).then(async ({ initSync, transform }) => {
      initSync({ module: readFileSync(new URL(${JSON.stringify(wasm)})) });
      console.log(JSON.stringify(transform(${JSON.stringify(BODY)}, {}, {}).calls.length));
    });`);
  assert.equal(result, 1);
  const compiled = run(`
    import { readFileSync } from 'node:fs';
    import(${JSON.stringify(web)}).then(async ({ default: init, transform }) => {
      await init({ module_or_path: new WebAssembly.Module(readFileSync(new URL(${JSON.stringify(wasm)}))) });
      console.log(JSON.stringify(transform(${JSON.stringify(BODY)}, {}, {}).calls.length));
    });`);
  assert.equal(compiled, 1);
});

test('an http URL is still fetched, as in a browser', () => {
  const result = run(`
    globalThis.fetch = async (url) => { throw new Error('fetched ' + url); };
    import(${JSON.stringify(web)}).then(async ({ default: init }) => {
      try {
        await init({ module_or_path: 'https://example.invalid/stigg_segment_bg.wasm' });
      } catch (err) {
        console.log(JSON.stringify(err.message));
      }
    });`);
  assert.equal(result, 'fetched https://example.invalid/stigg_segment_bg.wasm');
});
