// The Stigg fixtures and their golden outcomes, shared by the JS tests.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', 'fixtures');
const cargoToml = fs.readFileSync(path.join(__dirname, '..', '..', 'Cargo.toml'), 'utf8');
const VERSION = /^version = "([^"]+)"/m.exec(cargoToml)[1];
/** The goldens hold this instead of the crate version (tests/common/mod.rs). */
const VERSION_PLACEHOLDER = '(crate version)';

/** A golden outcome with the crate version put back in each call. */
function withVersion(outcome) {
  for (const call of outcome.calls) {
    const integration = call.context && call.context.integration;
    if (integration && integration.version === VERSION_PLACEHOLDER) integration.version = VERSION;
  }
  return outcome;
}

function loadFixtures() {
  return fs
    .readdirSync(path.join(root, 'stigg'))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      name: file.slice(0, -'.json'.length),
      body: fs.readFileSync(path.join(root, 'stigg', file), 'utf8'),
      expected: withVersion(JSON.parse(fs.readFileSync(path.join(root, 'expected', file), 'utf8'))),
    }));
}

module.exports = { loadFixtures };
