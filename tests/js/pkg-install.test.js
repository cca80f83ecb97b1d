// The npm package as a user gets it: `npm pack` of pkg/, installed into a
// fresh folder outside the repository, then used through its `exports` from
// CommonJS, from an ES module, and in headless Chromium (the browser build,
// resolved with the browser's conditions). Nothing is taken from the
// repository at run time but the tarball.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { launchChromium } = require('./chromium');
const { createStaticServer } = require('../../tools/static-server');
const { loadFixtures } = require('./fixtures');

const root = path.join(__dirname, '..', '..');
const fixtures = loadFixtures();
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'pkg', 'package.json'), 'utf8'));

let work;
let consumer;
let installed;
let tarball;

test.before(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'stigg-segment-pkg-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: path.join(root, 'pkg'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  }));
  tarball = packed[0];
  consumer = path.join(work, 'consumer');
  fs.mkdirSync(consumer);
  fs.writeFileSync(path.join(consumer, 'package.json'), '{"private": true}\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error',
    path.join(work, tarball.filename)], { cwd: consumer, stdio: ['ignore', 'pipe', 'pipe'] });
  installed = path.join(consumer, 'node_modules', manifest.name);
  // The fixtures travel as data, so the consumer scripts read nothing from the repository.
  fs.writeFileSync(path.join(consumer, 'fixtures.json'), JSON.stringify(fixtures));
});

test.after(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Runs a script in the consumer folder and parses what it prints. */
function runInConsumer(file, source) {
  fs.writeFileSync(path.join(consumer, file), source);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: consumer, encoding: 'utf8' }));
}

/**
 * The file an `exports` entry gives for a list of conditions, as Node and
 * bundlers resolve it: the first key, in the map's order, that is one of
 * the conditions or "default".
 */
function resolveExport(target, conditions) {
  if (typeof target === 'string') return target;
  for (const [key, value] of Object.entries(target)) {
    if (key !== 'default' && !conditions.includes(key)) continue;
    const found = resolveExport(value, conditions);
    if (found) return found;
  }
  return null;
}

test('the tarball holds exactly the package files, with the license and README', () => {
  const files = tarball.files.map((f) => f.path).sort();
  assert.deepEqual(files, [...manifest.files, 'package.json'].sort());
  assert.equal(fs.readFileSync(path.join(installed, 'LICENSE'), 'utf8'), fs.readFileSync(path.join(root, 'LICENSE'), 'utf8'));
  assert.match(fs.readFileSync(path.join(installed, 'README.md'), 'utf8'), /require\('stigg-segment'\)/);
  // One wasm module serves Node and the browser.
  assert.equal(files.filter((f) => f.endsWith('.wasm')).length, 1);
});

test('every export and its types exist for Node (import, require) and browsers', () => {
  const cases = [
    { conditions: ['node', 'require'], file: './node.cjs', types: './node.d.cts' },
    { conditions: ['node', 'import'], file: './node.js', types: './node.d.ts' },
    { conditions: ['browser', 'import'], file: './web.js', types: './web.d.ts' },
    { conditions: ['workerd', 'worker', 'browser', 'import'], file: './web.js', types: './web.d.ts' },
  ];
  for (const { conditions, file, types } of cases) {
    assert.equal(resolveExport(manifest.exports['.'], conditions), file, conditions.join());
    assert.equal(resolveExport(manifest.exports['.'], ['types', ...conditions]), types, conditions.join());
  }
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    for (const file of [resolveExport(target, ['node', 'import']), resolveExport(target, ['types'])]) {
      assert.ok(fs.existsSync(path.join(installed, file)), `${subpath} -> ${file}`);
    }
  }
  assert.match(fs.readFileSync(path.join(installed, 'web.d.ts'), 'utf8'), /export default function __wbg_init/);
  assert.match(fs.readFileSync(path.join(installed, 'node.d.cts'), 'utf8'), /export function transform\(/);
});

test('CommonJS: require() transforms every fixture and reads the Segment script and settings', () => {
  const out = runInConsumer('use.cjs', `
    const fs = require('node:fs');
    const stigg = require('stigg-segment');
    const fixtures = require('./fixtures.json');
    let error;
    try { stigg.transform('{"type":', {}, {}); } catch (e) { error = { name: e.name, line: e.line }; }
    console.log(JSON.stringify({
      resolved: require.resolve('stigg-segment'),
      version: stigg.version(),
      outcomes: fixtures.map((f) => stigg.transform(f.body, {}, {})),
      bytesOutcome: stigg.transform(Buffer.from(fixtures[0].body), {}, {}),
      objectOutcome: stigg.transform(JSON.parse(fixtures[0].body), new Map(), {}),
      error,
      script: fs.readFileSync(require.resolve('stigg-segment/segment-function.js'), 'utf8'),
      settings: require('stigg-segment/settings.json'),
    }));
  `);
  assert.equal(out.resolved, path.join(fs.realpathSync(installed), 'node.cjs'));
  assert.equal(out.version, manifest.version);
  assert.deepEqual(out.outcomes, fixtures.map((f) => f.expected));
  assert.deepEqual(out.bytesOutcome, fixtures[0].expected);
  assert.deepEqual(out.objectOutcome, fixtures[0].expected);
  assert.deepEqual(out.error, { name: 'InvalidEventPayload', line: 1 });
  assert.equal(out.script, fs.readFileSync(path.join(root, 'pkg', 'segment-function.js'), 'utf8'));
  assert.deepEqual(out.settings, JSON.parse(fs.readFileSync(path.join(root, 'pkg', 'segment-function.settings.json'), 'utf8')));
});

test('ESM: import gets named exports sharing require()\'s instance, and the web build runs in Node', () => {
  const out = runInConsumer('use.mjs', `
    import { readFileSync } from 'node:fs';
    import { createRequire } from 'node:module';
    import { fileURLToPath } from 'node:url';
    import * as stigg from 'stigg-segment';
    import init, { transform as webTransform } from 'stigg-segment/web';
    const require = createRequire(import.meta.url);
    const fixtures = JSON.parse(readFileSync('./fixtures.json', 'utf8'));
    const wasm = readFileSync(fileURLToPath(import.meta.resolve('stigg-segment/stigg_segment_bg.wasm')));
    await init({ module_or_path: wasm });
    console.log(JSON.stringify({
      resolved: fileURLToPath(import.meta.resolve('stigg-segment')),
      names: Object.keys(stigg).sort(),
      sameAsRequire: stigg.transform === require('stigg-segment').transform,
      outcomes: fixtures.map((f) => stigg.transform(f.body, {}, {})),
      webOutcomes: fixtures.map((f) => webTransform(f.body, {}, {})),
      schema: stigg.settingsSchema().map((s) => s.name),
    }));
  `);
  assert.equal(out.resolved, path.join(fs.realpathSync(installed), 'node.js'));
  assert.deepEqual(out.names, ['Delivery', 'StiggPlans', 'configure', 'eventTypes', 'fieldLayout', 'limits', 'settingsFromEnvironment', 'settingsSchema', 'stiggApi', 'stiggApiKey', 'stiggApiUrl', 'stiggPage', 'stiggPageDecision', 'stiggPageQuery', 'syncCustomer', 'trackingPlan', 'transform', 'transformFields', 'version', 'warehouseRows']);
  assert.equal(out.sameAsRequire, true);
  assert.deepEqual(out.outcomes, fixtures.map((f) => f.expected));
  assert.deepEqual(out.webOutcomes, fixtures.map((f) => f.expected));
  assert.ok(out.schema.includes('webhookSecret'));
});

test('browser: the package resolved with browser conditions inits and transforms in Chromium', async () => {
  const entry = resolveExport(manifest.exports['.'], ['browser', 'import']).slice(2);
  fs.writeFileSync(path.join(consumer, 'index.html'), `<!doctype html>
<script type="importmap">{"imports": {"stigg-segment": "/node_modules/${manifest.name}/${entry}"}}</script>
<script type="module">
  import init, { transform, version } from 'stigg-segment';
  const fixtures = await (await fetch('/fixtures.json')).json();
  try {
    await init();
    window.result = { version: version(), outcomes: fixtures.map((f) => transform(f.body, {}, {})) };
  } catch (err) {
    window.result = { error: String(err) };
  }
</script>`);
  const server = createStaticServer(consumer);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    const result = await page.waitForFunction(() => window.result).then((handle) => handle.jsonValue());
    assert.equal(result.error, undefined);
    assert.equal(result.version, manifest.version);
    assert.deepEqual(result.outcomes, fixtures.map((f) => f.expected));
    // init() found the one wasm file beside the module.
    assert.ok(requested.includes(`/node_modules/${manifest.name}/stigg_segment_bg.wasm`), requested.join());
  } finally {
    await browser.close();
    server.close();
  }
});
