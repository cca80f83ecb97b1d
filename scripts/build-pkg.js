#!/usr/bin/env node
// Writes the npm package's generated files into pkg/ from wasm-bindgen's
// output in target/glue/ (scripts/build-wasm.sh). One wasm module, built
// with every export (`--features package`), serves every entry point:
//   node.cjs   CommonJS glue (wasm-bindgen --target nodejs); loads the wasm
//              synchronously from beside itself
//   node.js    Node's ES module entry: node.cjs re-exported, so `import` and
//              `require` share one instance
//   web.js     ES module glue for browsers, bundlers and workers
//              (--target web); call its default export, init(), first
//   *.d.ts, node.d.cts  TypeScript types for each
// plus package.json (from Cargo.toml) and LICENSE (the repository's).
// pkg/README.md is written by hand; scripts/bundle.js writes the Segment
// script and its settings. pkg/ is committed, and `make test` checks that it
// matches a fresh build, so the output must be deterministic: no dates, no
// paths, keys in a fixed order.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const pkgDir = path.join(root, 'pkg');
const glueDir = path.join(root, 'target', 'glue');

/** The files in pkg/ that are not written here. */
const OTHER_FILES = ['README.md', 'segment-function.js', 'segment-function.settings.json'];
/** Files of pkg/ that are committed but not published: what pkg/ was built
 * from (scripts/build-inputs.js). */
const UNPUBLISHED_FILES = ['build-inputs.json'];

/** The [package] fields of Cargo.toml that the npm package repeats. */
function cargoPackage() {
  const cargo = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  const section = /^\[package\]\n([\s\S]*?)(?=^\[)/m.exec(cargo)[1];
  const field = (name) => {
    const match = new RegExp(`^${name} = (.+)$`, 'm').exec(section);
    if (!match) throw new Error(`Cargo.toml: [package] has no ${name}`);
    return JSON.parse(match[1].replace(/^\[(.*)\]$/, '[$1]'));
  };
  return {
    name: field('name'),
    version: field('version'),
    description: field('description'),
    license: field('license'),
    repository: field('repository'),
    keywords: field('keywords'),
  };
}

/** wasm-bindgen's glue, with its pointer to its types renamed. */
function glue(target, typesFile) {
  const text = fs.readFileSync(path.join(glueDir, target, 'stigg_segment.js'), 'utf8');
  const selfTypes = '/* @ts-self-types="./stigg_segment.d.ts" */\n';
  if (!text.startsWith(selfTypes)) {
    throw new Error(`wasm-bindgen's ${target} glue changed shape; update ${path.relative(root, __filename)}`);
  }
  return `/* @ts-self-types="./${typesFile}" */\n${text.slice(selfTypes.length)}`;
}

function esmWrapper() {
  const names = Object.keys(require(path.join(glueDir, 'nodejs', 'stigg_segment.js'))).sort();
  return `// Node's ES module entry: the CommonJS build (node.cjs) re-exported, so
// \`import\` and \`require\` share one wasm instance.
import bindings from './node.cjs';

export const { ${names.join(', ')} } = bindings;
`;
}

function packageJson(cargo) {
  const manifest = {
    name: cargo.name,
    version: cargo.version,
    description: cargo.description,
    license: cargo.license,
    repository: { type: 'git', url: `git+${cargo.repository}.git` },
    homepage: `${cargo.repository}#readme`,
    keywords: cargo.keywords,
    type: 'module',
    main: './node.cjs',
    types: './node.d.cts',
    exports: {
      '.': {
        node: {
          import: { types: './node.d.ts', default: './node.js' },
          require: { types: './node.d.cts', default: './node.cjs' },
        },
        types: './web.d.ts',
        default: './web.js',
      },
      './web': { types: './web.d.ts', default: './web.js' },
      './stigg_segment_bg.wasm': './stigg_segment_bg.wasm',
      './segment-function.js': './segment-function.js',
      './settings.json': './segment-function.settings.json',
      './segment-function.settings.json': './segment-function.settings.json',
      './package.json': './package.json',
    },
    files: [...Object.keys(generatedFiles()), ...OTHER_FILES].filter((f) => f !== 'package.json').sort(),
    engines: { node: '>=20' },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Every file written here: name -> contents (a function, called in order). */
function generatedFiles() {
  return {
    // The build with every export (--features package, scripts/build-wasm.sh).
    'stigg_segment_bg.wasm': () => fs.readFileSync(path.join(glueDir, 'package.wasm')),
    'node.cjs': () => glue('nodejs', 'node.d.cts'),
    'node.d.cts': () => fs.readFileSync(path.join(glueDir, 'nodejs', 'stigg_segment.d.ts')),
    'node.js': esmWrapper,
    'node.d.ts': () => fs.readFileSync(path.join(glueDir, 'nodejs', 'stigg_segment.d.ts')),
    'web.js': () => glue('web', 'web.d.ts'),
    'web.d.ts': () => fs.readFileSync(path.join(glueDir, 'web', 'stigg_segment.d.ts')),
    LICENSE: () => fs.readFileSync(path.join(root, 'LICENSE')),
    // Last: make takes pkg/package.json as the mark of a finished package.
    'package.json': () => packageJson(cargoPackage()),
  };
}

function main() {
  fs.mkdirSync(pkgDir, { recursive: true });
  const files = generatedFiles();
  // Files an earlier layout left behind (wasm-pack's output, say) would be
  // committed or published by mistake.
  for (const name of fs.readdirSync(pkgDir)) {
    if (!(name in files) && !OTHER_FILES.includes(name) && !UNPUBLISHED_FILES.includes(name)) {
      console.log(`pkg/: removing ${name}, which the build no longer writes`);
      fs.rmSync(path.join(pkgDir, name), { recursive: true, force: true });
    }
  }
  let bytes = 0;
  for (const [name, contents] of Object.entries(files)) {
    const data = contents();
    fs.writeFileSync(path.join(pkgDir, name), data);
    bytes += Buffer.byteLength(data);
  }
  console.log(`pkg/: npm package, ${Object.keys(files).length} generated files, ${bytes} bytes`);
}

module.exports = { cargoPackage };
if (require.main === module) main();
