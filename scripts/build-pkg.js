#!/usr/bin/env node
// Writes the npm package's generated files into pkg/ from wasm-bindgen's
// output in target/glue/ (scripts/build-wasm.sh). One wasm module, built
// with every export (`--features package`), serves every entry point:
//   node.cjs   CommonJS glue (wasm-bindgen --target nodejs); loads the wasm
//              synchronously from beside itself
//   node.js    Node's ES module entry: node.cjs re-exported, so `import` and
//              `require` share one instance
//   web.js     ES module glue for browsers, bundlers and workers
//              (--target web); call its default export, init(), first. In
//              Node it reads the wasm from beside itself (webInitInNode)
//   *.d.ts, node.d.cts  TypeScript types for each, with a `Settings` type
//              generated from the settings table (settingsTypes)
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

/**
 * The web glue's init() fetches the wasm from beside the module. Node's
 * fetch cannot read a file: URL, which is where it is when the module is
 * loaded from disk, so there it reads the file instead (process.
 * getBuiltinModule, Node 20.16 and later; no import of node:fs that a
 * bundler would trip on). Browsers, bundlers and workers are unaffected:
 * their URLs are not file: URLs.
 */
const WEB_FETCH = `    if (typeof module_or_path === 'string' || (typeof Request === 'function' && module_or_path instanceof Request) || (typeof URL === 'function' && module_or_path instanceof URL)) {
        module_or_path = fetch(module_or_path);
    }`;
const WEB_READ_FILE_IN_NODE = `    // stigg-segment: Node's fetch cannot read a file: URL, where the wasm sits
    // when this module is loaded from disk; read the file there instead.
    const fileUrl = typeof module_or_path === 'string' && module_or_path.startsWith('file:') ? new URL(module_or_path)
        : typeof URL === 'function' && module_or_path instanceof URL && module_or_path.protocol === 'file:' ? module_or_path
        : undefined;
    if (fileUrl !== undefined && typeof globalThis.process?.getBuiltinModule === 'function') {
        module_or_path = globalThis.process.getBuiltinModule('node:fs/promises').readFile(fileUrl);
    }
`;
function webInitInNode(text) {
  if (text.split(WEB_FETCH).length !== 2) {
    throw new Error(`wasm-bindgen's web glue changed where init() fetches the wasm; update ${path.relative(root, __filename)}`);
  }
  return text.replace(WEB_FETCH, () => `${WEB_READ_FILE_IN_NODE}${WEB_FETCH}`);
}

/** A setting's TypeScript type, from its schema row. */
function settingType(setting) {
  if (setting.type === 'BOOLEAN') return 'boolean';
  if (setting.type === 'ARRAY') return 'readonly string[]';
  if (setting.type === 'STRING') return setting.choices.length ? setting.choices.map((c) => JSON.stringify(c)).join(' | ') : 'string';
  throw new Error(`settings table: ${setting.name} has type ${setting.type}, which ${path.relative(root, __filename)} cannot type`);
}

/**
 * The function's settings as a TypeScript type, generated from the settings
 * table (src/settings.rs, through the build's settingsSchema()): every
 * setting optional (absent or null takes its default), choices as literal
 * unions. It replaces `Record<string, unknown>` for every parameter named
 * `settings`, so a misspelt name or a wrong type fails to compile.
 */
function settingsTypes(dts) {
  const schema = require(path.join(glueDir, 'nodejs', 'stigg_segment.js')).settingsSchema();
  const members = schema.map((s) => {
    const doc = `${s.description.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/')}`;
    return `    /** ${doc} */\n    ${s.name}?: ${settingType(s)} | null;`;
  });
  const declaration = `
/**
 * The function's settings, as Segment passes them and \`transform\` and
 * \`trackingPlan\` take them; all optional: an unset (or null) one takes its
 * default. Generated from the settings table (src/settings.rs).
 */
export interface Settings {
${members.join('\n')}
}
`;
  const typed = dts.replace(/(\bsettings\??: )Record<string, unknown>/g, '$1Settings');
  if (!/\bsettings\??: Settings\b/.test(typed)) {
    throw new Error(`no parameter named settings in wasm-bindgen's types; update ${path.relative(root, __filename)}`);
  }
  return `${typed.trimEnd()}\n${declaration}`;
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

/**
 * wasm-bindgen's types for a target, with the Settings type. A class it
 * exports (Delivery) declares `[Symbol.dispose]`, which TypeScript knows only
 * with the `esnext.disposable` lib (TypeScript 5.2 and later): the reference
 * says so in the file itself, so a project whose `lib` stops at ES2022 and
 * checks declaration files still compiles.
 */
function types(target) {
  const dts = settingsTypes(fs.readFileSync(path.join(glueDir, target, 'stigg_segment.d.ts'), 'utf8'));
  return dts.includes('[Symbol.dispose]') ? `/// <reference lib="esnext.disposable" />\n${dts}` : dts;
}

/** Every file written here: name -> contents (a function, called in order). */
function generatedFiles() {
  return {
    // The build with every export (--features package, scripts/build-wasm.sh).
    'stigg_segment_bg.wasm': () => fs.readFileSync(path.join(glueDir, 'package.wasm')),
    'node.cjs': () => glue('nodejs', 'node.d.cts'),
    'node.d.cts': () => types('nodejs'),
    'node.js': esmWrapper,
    'node.d.ts': () => types('nodejs'),
    'web.js': () => webInitInNode(glue('web', 'web.d.ts')),
    'web.d.ts': () => types('web'),
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
