// The Segment script stays within its byte budget (scripts/size-budget.js):
// a feature that adds weight to what every Segment function loads fails
// here, loudly, until the budget is raised with a reason. Byte counts, not
// timings: the build is reproducible, so these are exact.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const budget = require('../../scripts/size-budget');

const root = path.join(__dirname, '..', '..');
const script = fs.readFileSync(path.join(root, 'pkg', 'segment-function.js'));

test('pkg/segment-function.js is within its raw byte budget', () => {
  assert.ok(script.length <= budget.scriptRawBytes,
    `pkg/segment-function.js is ${script.length} bytes, over its budget of ${budget.scriptRawBytes} (scripts/size-budget.js)`);
});

test('pkg/segment-function.js is within its gzip -9 byte budget', () => {
  const gzip = zlib.gzipSync(script, { level: 9 }).length;
  assert.ok(gzip <= budget.scriptGzipBytes,
    `pkg/segment-function.js is ${gzip} bytes after gzip -9, over its budget of ${budget.scriptGzipBytes} (scripts/size-budget.js)`);
});

test('the Segment script carries none of the exports held back for the package', () => {
  // Their names would appear in wasm-bindgen's glue inside the script, as
  // members of its exports object (`exports.decideFields = decideFields;`).
  const text = script.toString('utf8');
  for (const name of ['warehouseRows', 'eventTypes', 'settingsSchema', 'settingsFromEnvironment', 'trackingPlan', 'transformObjects', 'forceTrap', 'memoryBytes']) {
    assert.doesNotMatch(text, new RegExp(`\\.${name}\\s*=`), name);
  }
  assert.match(text, /\.decideFields\s*=/);
  // Nor the relays' names in the limits written into it.
  assert.doesNotMatch(text, /webhookSecretVariable/);
});
