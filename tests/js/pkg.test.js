// The committed pkg/: the npm package is the optimized release build and must
// load in Node and transform webhooks exactly as the Rust goldens say (a
// broken wasm-opt once produced modules that failed only at load time); its
// metadata, the Segment script's header and the settings file all come from
// the same sources and must agree. (tests/js/pkg-install.test.js installs the
// packed package; `make check-pkg` compares pkg/ with a fresh build.)
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { loadFixtures } = require('./fixtures');

const root = path.join(__dirname, '..', '..');
const pkgDir = path.join(root, 'pkg');
const cargo = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
const cargoField = (name) => new RegExp(`^${name} = "(.+)"$`, 'm').exec(cargo)[1];
const wasmPath = path.join(pkgDir, 'stigg_segment_bg.wasm');

test('pkg holds the wasm-opt output, not the raw module', () => {
  const module = new WebAssembly.Module(fs.readFileSync(wasmPath));
  // wasm-opt --strip-debug removes the name section wasm-bindgen leaves.
  assert.deepEqual(WebAssembly.Module.customSections(module, 'name'), []);
  const sizes = JSON.parse(fs.readFileSync(path.join(root, 'target', 'glue', 'sizes.json'), 'utf8'));
  assert.equal(fs.statSync(wasmPath).size, sizes.optimizedWasmBytes);
  assert.ok(sizes.optimizedWasmBytes < sizes.rawWasmBytes);
});

test('the optimized package transforms every fixture to its golden outcome', () => {
  const stigg = require(pkgDir);
  const fixtures = loadFixtures();
  assert.ok(fixtures.length >= 25);
  for (const fixture of fixtures) {
    assert.deepEqual(stigg.transform(fixture.body, {}, {}), fixture.expected, fixture.name);
  }
});

test('the package reports its version and settings schema', () => {
  const stigg = require(pkgDir);
  assert.equal(stigg.version(), cargoField('version'));
  assert.deepEqual(
    stigg.settingsSchema().map((s) => s.name),
    ['webhookSecret', 'eventNameStyle', 'onMissingCustomer', 'eventAllowlist', 'eventDenylist', 'redactProperties', 'identifyCustomers', 'oversizedEvents',
      'messageIdNamespace', 'groupCalls', 'planTraits', 'warehouseSafeProperties'],
  );
});

test('settings come from a host\'s variables by the core\'s naming rule', () => {
  const stigg = require(pkgDir);
  const schema = stigg.settingsSchema();
  assert.equal(schema.find((s) => s.name === 'groupCalls').variable, 'STIGG_SEGMENT_GROUP_CALLS');
  // The relays' warning about a missing secret names its variable from limits().
  assert.equal(stigg.limits().webhookSecretVariable, schema.find((s) => s.name === 'webhookSecret').variable);
  assert.ok(schema.every((s) => /^STIGG_SEGMENT_[A-Z0-9_]+$/.test(s.variable)), 'every setting has its variable');
  const read = stigg.settingsFromEnvironment({
    PATH: '/usr/bin',
    STIGG_SEGMENT_EVENT_ALLOWLIST: 'subscription.*, customer.*',
    STIGG_SEGMENT_IDENTIFY_CUSTOMERS: 'false',
    STIGG_SEGMENT_GROUP_CALLS: true, // a JSON value, as wrangler's [vars] may hold
    STIGG_SEGMENT_SETTINGS_FILE: 'settings.json',
    PLAN_TRAITS: 'true',
  });
  assert.deepEqual(read, {
    settings: { eventAllowlist: ['subscription.*', 'customer.*'], identifyCustomers: false, groupCalls: true },
    settingsFile: 'settings.json',
    warnings: ['PLAN_TRAITS is not read: rename it STIGG_SEGMENT_PLAN_TRAITS'],
  });
  assert.throws(() => stigg.settingsFromEnvironment({ STIGG_SEGMENT_GROUPCALLS: 'true' }), (err) => {
    assert.equal(err.name, 'ValidationError');
    assert.equal(err.message, 'unknown variable STIGG_SEGMENT_GROUPCALLS; did you mean STIGG_SEGMENT_GROUP_CALLS?');
    return true;
  });
  assert.deepEqual(stigg.settingsFromEnvironment({ STIGG_SEGMENT_KEY_EU: 'k' }, ['STIGG_SEGMENT_KEY_EU']).settings, {});
  assert.throws(() => stigg.settingsFromEnvironment({ STIGG_SEGMENT_PLAN_TRAITS: 'yes' }), /STIGG_SEGMENT_PLAN_TRAITS must be true or false/);
  assert.throws(() => stigg.settingsFromEnvironment('STIGG_SEGMENT_PLAN_TRAITS=true'), TypeError);
});

test('errors thrown by the package carry the Segment class name', () => {
  const stigg = require(pkgDir);
  assert.throws(() => stigg.transform('{"type":', {}, {}), (err) => {
    assert.equal(err.name, 'InvalidEventPayload');
    assert.match(err.message, /line 1 column 9/);
    assert.equal(err.line, 1);
    return true;
  });
  assert.throws(() => stigg.transform('{}', {}, {}), { name: 'ValidationError', message: /"type"/ });
});

test('package.json repeats Cargo.toml and serves Node and browsers', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  assert.equal(manifest.name, cargoField('name'));
  assert.equal(manifest.version, cargoField('version'));
  assert.equal(manifest.license, 'MIT');
  assert.equal(manifest.repository.url, `git+${cargoField('repository')}.git`);
  assert.ok(manifest.engines.node);
  assert.deepEqual(Object.keys(manifest.exports['.'].node), ['import', 'require']);
  assert.equal(manifest.exports['./segment-function.js'], './segment-function.js');
  assert.equal(manifest.exports['./settings.json'], './segment-function.settings.json');
  for (const file of manifest.files) assert.ok(fs.existsSync(path.join(pkgDir, file)), file);
  assert.equal(fs.readFileSync(path.join(pkgDir, 'LICENSE'), 'utf8'), fs.readFileSync(path.join(root, 'LICENSE'), 'utf8'));
  assert.match(fs.readFileSync(path.join(root, 'LICENSE'), 'utf8'), /^MIT License/);
});

test('no machine path is built into the package', () => {
  const home = require('node:os').homedir();
  for (const file of fs.readdirSync(pkgDir)) {
    const text = fs.readFileSync(path.join(pkgDir, file)).toString('latin1');
    for (const local of [root, home, '/root/', '/home/', '/work/', '/tmp/']) {
      assert.ok(!text.includes(local), `${file} contains ${local}`);
    }
  }
});

test("the script's header lists every setting as the settings file and the schema give it", () => {
  const stigg = require(pkgDir);
  const script = fs.readFileSync(path.join(pkgDir, 'segment-function.js'), 'utf8');
  const header = script.slice(0, script.indexOf('\n\n'));
  assert.ok(header.startsWith(`// stigg-segment ${cargoField('version')}: `), header.slice(0, 80));
  assert.ok(header.includes(`// ${cargoField('repository')}\n`));
  const settingsFile = JSON.parse(fs.readFileSync(path.join(pkgDir, 'segment-function.settings.json'), 'utf8'));
  const schema = stigg.settingsSchema();
  assert.deepEqual(settingsFile.map((s) => [s.name, s.label, s.type, s.sensitive]), schema.map((s) => [s.name, s.label, s.type, s.sensitive]));

  // The table: a row per setting, columns aligned under the title row.
  const lines = header.split('\n');
  const titleAt = lines.findIndex((l) => /^\/\/ {3}name +type +default +sensitive +label +values$/.test(l));
  assert.ok(titleAt > 0, 'the settings table has its title row');
  const title = lines[titleAt];
  const columns = ['name', 'type', 'default', 'sensitive', 'label', 'values'].map((c) => title.indexOf(` ${c}`) + 1);
  const rows = lines.slice(titleAt + 1, titleAt + 1 + settingsFile.length).map((l) => columns.map((start, i) => l.slice(start, columns[i + 1]).trim()));
  assert.equal(lines[titleAt + 1 + settingsFile.length], '//');
  rows.forEach(([name, type, defaultText, sensitive, label, values], i) => {
    assert.equal(name, settingsFile[i].name);
    assert.equal(type, settingsFile[i].type);
    assert.equal(sensitive, settingsFile[i].sensitive ? 'yes' : 'no');
    assert.equal(label, settingsFile[i].label);
    assert.ok(defaultText, name);
    assert.equal(values, schema[i].choices.join(' | '));
  });
  assert.ok(header.includes(settingsFile.some((s) => s.required) ? 'required: ' : 'none is required'));
  // Then each description, whole, on one line.
  for (const setting of settingsFile) {
    assert.ok(lines.includes(`//   ${setting.name}: ${setting.description.replace(/\s+/g, ' ')}`), setting.name);
  }
});
