#!/usr/bin/env node
// Builds the playground's generated files into www/pkg/: the --target web
// glue and wasm (the package's build, with every export the playground
// uses; the Segment script's wasm lacks them), the Stigg samples (from
// tests/fixtures/stigg) and the paste-able pkg/segment-function.js.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const out = path.join(root, 'www', 'pkg');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const web = path.join(root, 'target', 'glue', 'web');
for (const file of ['stigg_segment.js', 'stigg_segment_bg.wasm']) {
  fs.copyFileSync(path.join(web, file), path.join(out, file));
}

const fixtures = path.join(root, 'tests', 'fixtures', 'stigg');
const samples = {};
for (const file of fs.readdirSync(fixtures).filter((f) => f.endsWith('.json')).sort()) {
  samples[file.slice(0, -'.json'.length)] = fs.readFileSync(path.join(fixtures, file), 'utf8');
}
fs.copyFileSync(path.join(root, 'pkg', 'segment-function.js'), path.join(out, 'segment-function.js'));
// Last: make takes samples.json as the mark of a finished run.
fs.writeFileSync(path.join(out, 'samples.json'), JSON.stringify(samples));

const total = fs.readdirSync(path.join(root, 'www'), { recursive: true })
  .map((f) => path.join(root, 'www', f))
  .filter((f) => fs.statSync(f).isFile())
  .reduce((sum, f) => sum + fs.statSync(f).size, 0);
console.log(`www/: ${Object.keys(samples).length} samples, ${total} bytes in all`);
