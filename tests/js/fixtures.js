// The Stigg fixtures and their golden outcomes, shared by the JS tests.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', 'fixtures');

function loadFixtures() {
  return fs
    .readdirSync(path.join(root, 'stigg'))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      name: file.slice(0, -'.json'.length),
      body: fs.readFileSync(path.join(root, 'stigg', file), 'utf8'),
      expected: JSON.parse(fs.readFileSync(path.join(root, 'expected', file), 'utf8')),
    }));
}

module.exports = { loadFixtures };
