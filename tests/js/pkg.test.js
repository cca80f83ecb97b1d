// The npm package in pkg/ is the optimized release build: it must load in
// Node and transform webhooks exactly as the Rust goldens say. (A broken
// wasm-opt once produced modules that failed only at load time.)
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { loadFixtures } = require('./fixtures');

const pkgDir = path.join(__dirname, '..', '..', 'pkg');
const wasmPath = path.join(pkgDir, 'stigg_segment_bg.wasm');

test('pkg holds the wasm-opt output, not the raw module', () => {
  const module = new WebAssembly.Module(fs.readFileSync(wasmPath));
  // wasm-opt --strip-debug removes the name section wasm-bindgen leaves.
  assert.deepEqual(WebAssembly.Module.customSections(module, 'name'), []);
  const sizes = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'target', 'glue', 'sizes.json'), 'utf8'));
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
  const cargo = fs.readFileSync(path.join(__dirname, '..', '..', 'Cargo.toml'), 'utf8');
  assert.equal(stigg.version(), /^version = "(.+)"$/m.exec(cargo)[1]);
  assert.deepEqual(
    stigg.settingsSchema().map((s) => s.name),
    ['webhookSecret', 'eventNameStyle', 'onMissingCustomer', 'eventAllowlist', 'eventDenylist', 'redactProperties', 'identifyCustomers', 'oversizedEvents',
      'groupCalls', 'planTraits', 'warehouseSafeProperties'],
  );
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
