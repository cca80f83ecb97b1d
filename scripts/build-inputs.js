#!/usr/bin/env node
// What pkg/ is built from, by content. pkg/ is committed so that `make demo`
// needs nothing but Node; a fresh clone's files all carry the checkout's
// time, so whether pkg/ is older than its sources cannot be told by mtimes.
// The build records the SHA-256 of every input in pkg/build-inputs.json
// (scripts/bundle.js calls record()), and this script compares the checkout
// with that record, with Node alone:
//
//   node scripts/build-inputs.js           pkg/ matches the sources: nothing
//                                          to do. It does not: rebuild it when
//                                          cargo is on PATH, else say so and
//                                          carry on with the committed pkg/.
//   node scripts/build-inputs.js --build   rebuild whatever the record says.
//
// `make demo`, `make function-dev` and `make edge-dev` run it first. The
// rebuild is `make rebuild-pkg`, which installs the toolchain first.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const RECORD = path.join(root, 'pkg', 'build-inputs.json');

/**
 * Every input of pkg/: the crate (src/ and its manifests, the pinned
 * toolchain), the pinned npm tools (binaryen's wasm-opt, prettier), the
 * shim and the build scripts, the license the package carries. The same
 * list as the Makefile's rules for pkg/, plus the scripts those rules run.
 */
const INPUT_FILES = [
  'Cargo.toml',
  'Cargo.lock',
  'rust-toolchain.toml',
  'package-lock.json',
  'LICENSE',
  'shim/shim.js',
  'scripts/build-wasm.sh',
  'scripts/build-pkg.js',
  'scripts/bundle.js',
];
const INPUT_DIRS = ['src'];

function filesUnder(dir) {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'));
}

/** `{file: sha256}` for every input as it is in this checkout, sorted by name. */
function currentInputs() {
  const files = [...INPUT_FILES, ...INPUT_DIRS.flatMap(filesUnder)].sort();
  return Object.fromEntries(
    files.map((file) => [file, crypto.createHash('sha256').update(fs.readFileSync(path.join(root, file))).digest('hex')]),
  );
}

/** Writes the record: called by scripts/bundle.js once pkg/ is written. */
function record() {
  const text = `${JSON.stringify({
    about: 'The SHA-256 of each source pkg/ was built from; make demo compares them with the checkout (scripts/build-inputs.js).',
    files: currentInputs(),
  }, null, 2)}\n`;
  fs.writeFileSync(RECORD, text);
}

/** The inputs that differ from the record: `[{file, change}]`, empty when pkg/ is current. */
function differences() {
  let recorded;
  try {
    recorded = JSON.parse(fs.readFileSync(RECORD, 'utf8')).files;
  } catch {
    return [{ file: path.relative(root, RECORD), change: 'missing or unreadable' }];
  }
  const current = currentInputs();
  const changes = [];
  for (const [file, digest] of Object.entries(current)) {
    if (!(file in recorded)) changes.push({ file, change: 'new' });
    else if (recorded[file] !== digest) changes.push({ file, change: 'changed' });
  }
  for (const file of Object.keys(recorded)) {
    if (!(file in current)) changes.push({ file, change: 'removed' });
  }
  return changes;
}

const hasCargo = () => spawnSync('cargo', ['--version'], { stdio: 'ignore' }).status === 0;

function describe(changes) {
  const shown = changes.slice(0, 3).map(({ file, change }) => `${file} ${change}`).join(', ');
  return changes.length > 3 ? `${shown} and ${changes.length - 3} more` : shown;
}

function rebuild(why) {
  console.error(`${why}: rebuilding pkg/ (make rebuild-pkg)`);
  const make = spawnSync('make', ['--no-print-directory', '-C', root, 'rebuild-pkg'], { stdio: 'inherit' });
  if (make.status !== 0) {
    console.error('the rebuild failed; the committed pkg/ is unchanged only if the build stopped before writing it');
    process.exit(1);
  }
}

function main() {
  const force = process.argv.includes('--build');
  if (force) {
    if (!hasCargo()) {
      console.error('BUILD=1 needs Rust (cargo on PATH); scripts/setup.sh installs it');
      process.exit(1);
    }
    rebuild('BUILD=1');
    return;
  }
  const changes = differences();
  if (changes.length === 0) return;
  const why = `pkg/ was built from other sources (${describe(changes)})`;
  if (hasCargo()) {
    rebuild(why);
  } else {
    console.error(`${why}; cargo is not on PATH, so this runs the committed pkg/. Install Rust (scripts/setup.sh) to rebuild it.`);
  }
}

module.exports = { record, differences, currentInputs };

if (require.main === module) main();
