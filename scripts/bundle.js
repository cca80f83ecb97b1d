#!/usr/bin/env node
// Writes pkg/segment-function.js: one classic script to paste into a Segment
// source function. It inlines the optimized wasm (base64) and wasm-bindgen's
// --target no-modules glue into shim/shim.js, under a header listing the
// settings to create in Segment's editor. Also writes the same settings as
// Segment's Public API takes them, pkg/segment-function.settings.json. Both
// are committed and compared with a fresh build, so nothing machine- or
// time-dependent may go in.
//
//   node scripts/bundle.js                     -> pkg/segment-function.js
//   node scripts/bundle.js --features NAME     -> target/glue-NAME/segment-function.js
//     (a test or benchmark variant; test-hooks adds forceTrapForTests and
//      memoryBytesForTests)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { cargoPackage } = require('./build-pkg');

const root = path.join(__dirname, '..');
const featuresAt = process.argv.indexOf('--features');
const variant = featuresAt > 0 ? process.argv[featuresAt + 1] : null;
const testHooks = variant === 'test-hooks';
const variantDir = variant ? path.join(root, 'target', `glue-${variant}`) : null;
const glueDir = variant ? path.join(variantDir, 'no-modules') : path.join(root, 'target', 'glue', 'no-modules');
const output = variant ? path.join(variantDir, 'segment-function.js') : path.join(root, 'pkg', 'segment-function.js');

/** The script must stay pasteable into Segment's editor: a hard limit. */
const PASTEABLE_BYTES = 300_000;
/** Its byte budget, which `make test` checks (scripts/size-budget.js). */
const budget = require('./size-budget');

const GLUE_HEAD = 'let wasm_bindgen = (function(exports) {';
const GLUE_TAIL = '})({ __proto__: null });';

function glueAsFactoryBody() {
  const glue = fs.readFileSync(path.join(glueDir, 'stigg_segment.js'), 'utf8').trim();
  if (!glue.startsWith(GLUE_HEAD) || !glue.endsWith(GLUE_TAIL)) {
    throw new Error(`wasm-bindgen's no-modules glue changed shape; update ${path.relative(root, __filename)}`);
  }
  // `let wasm_bindgen = (...)(...)` becomes `return (...)(...)`, so every
  // call to createBindings() makes a separate copy of the glue's state.
  return `return ${glue.slice('let wasm_bindgen = '.length)}`;
}

/**
 * The shim and the glue, minified: a fresh container parses every byte of
 * the script before its first webhook, and the comments that explain the
 * code are in shim/shim.js. Function and class names are kept, so stack
 * traces in Segment's logs still name them; top-level names (onRequest)
 * are never touched.
 */
const WASM_PLACEHOLDER = /(['"])@@WASM_BASE64@@\1/;
function minified(source) {
  const { code } = require('terser').minify_sync(source, {
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    keep_fnames: true,
    keep_classnames: true,
    format: { comments: false, ascii_only: true },
  });
  if (!WASM_PLACEHOLDER.test(code)) throw new Error('bundle: the minified script lost the wasm placeholder');
  return code;
}

/** How a default reads in the header. */
function describeDefault(value) {
  if (Array.isArray(value)) return value.length ? value.join(', ') : '(empty)';
  return value === '' ? '(empty)' : String(value);
}

/**
 * Each setting as Segment's "Add setting" dialog asks for it (name, label,
 * type, sensitive), with its default and allowed values, then each one's
 * description on one line, to be copied whole into the dialog.
 */
function settingsComment(schema) {
  const rows = schema.map((s) => [
    s.name,
    s.type,
    describeDefault(s.default),
    s.sensitive ? 'yes' : 'no',
    s.label,
    s.choices.join(' | '),
  ]);
  const header = ['name', 'type', 'default', 'sensitive', 'label', 'values'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `//   ${cells.map((c, i) => c.padEnd(widths[i])).join('  ')}`.trimEnd();
  const required = schema.filter((s) => s.required).map((s) => s.name);
  return [
    `// Settings to add in the function editor's Settings tab, each with the name,`,
    `// label, type and Sensitive box below; ${required.length ? `required: ${required.join(', ')}` : 'none is required'}.`,
    `// Segment passes an unset setting as absent, which means its default.`,
    `//`,
    line(header),
    ...rows.map(line),
    `//`,
    `// Their descriptions, one line each:`,
    ...schema.map((s) => `//   ${s.name}: ${s.description.replace(/\s+/g, ' ')}`),
  ].join('\n');
}

/**
 * The script's parts: its header, and its code unminified with the wasm's
 * place still marked (`'@@WASM_BASE64@@'`), for scriptFrom(). Also used by
 * tools/bench/bench-embedding.js, which builds the same script with other
 * embeddings of the same wasm.
 */
function scriptParts() {
  // The version and the settings schema, from the npm package's build of the
  // same core: the Segment script's wasm carries neither export.
  const stigg = require(path.join(root, 'target', 'glue', 'nodejs', 'stigg_segment.js'));
  const version = stigg.version();
  const schema = stigg.settingsSchema();
  const { repository } = cargoPackage();
  const wasm = fs.readFileSync(path.join(glueDir, 'stigg_segment_bg.wasm'));
  const shim = fs.readFileSync(path.join(root, 'shim', 'shim.js'), 'utf8');

  const marker = '    // @@GLUE@@';
  const constantsMarker = "'@@CORE_CONSTANTS@@'";
  if (!shim.includes(marker) || !shim.includes("'@@WASM_BASE64@@'") || !shim.includes(constantsMarker)) {
    throw new Error('shim/shim.js lost a bundle marker');
  }
  // The field layout and the limits, from the package's build of the same
  // core (the Segment wasm checks them against its own, see fieldArea()).
  const { address, ...layout } = stigg.fieldLayout();
  const constants = { layout, limits: stigg.limits() };
  let source = shim
    .replace(marker, () => glueAsFactoryBody())
    .replace(constantsMarker, () => JSON.stringify(constants));
  if (testHooks) {
    source += '\n// Test-only (built with --features test-hooks).\n' +
      'function forceTrapForTests() {\n  return stiggSegment.withInstance(({ api }) => api.forceTrap());\n}\n' +
      'function memoryBytesForTests() {\n  return stiggSegment.withInstance(({ api }) => api.memoryBytes());\n}\n';
  }

  const header = `// stigg-segment ${version}: a Segment source function for Stigg webhooks.
// ${repository}
//
// Paste this whole file into a Segment source function (Connections > Catalog >
// Functions > New Function > Source), then point a Stigg webhook at the
// function's URL. It turns each Stigg webhook into Segment track (and, for
// customer events, identify) calls. The same file is in the npm package as
// stigg-segment/segment-function.js; the settings below, as Segment's Public
// API takes them, are stigg-segment/settings.json.
//
${settingsComment(schema)}
//
// Generated by scripts/bundle.js from the Rust crate and shim/shim.js (read the
// code there: below it is minified with wasm-bindgen's glue). Do not edit: the
// long string is the compiled WebAssembly module.
`;
  return { header, source, wasm, schema };
}

/** The whole script: the header, then `source` minified with `literal` (JS source text) in the wasm's place. */
function scriptFrom(header, source, literal) {
  return `${header}\n${minified(source).replace(WASM_PLACEHOLDER, () => literal)}`;
}

function main() {
  const { header, source, wasm, schema } = scriptParts();
  const script = scriptFrom(header, source, `'${wasm.toString('base64')}'`);
  fs.mkdirSync(path.dirname(output), { recursive: true });
  // Before the script: make takes the script as the mark of a finished run.
  if (!variant) {
    // The settings to create in Segment, as its Public API takes them
    // (FunctionSettingV1), generated from the Rust settings table.
    const functionSettings = schema.map((s) => ({
      name: s.name,
      label: s.label,
      description: s.description,
      type: s.type,
      required: s.required,
      sensitive: s.sensitive,
    }));
    fs.writeFileSync(path.join(root, 'pkg', 'segment-function.settings.json'), `${JSON.stringify(functionSettings, null, 2)}\n`);
  }
  fs.writeFileSync(output, script);

  const raw = Buffer.byteLength(script);
  const gzip = zlib.gzipSync(script, { level: 9 }).length;
  console.log(`${path.relative(root, output)}: ${raw} bytes, ${gzip} gzip (budget ${budget.scriptRawBytes}, ${budget.scriptGzipBytes} gzip)`);
  // The opt-level variants are for measuring, not for pasting.
  if (raw > PASTEABLE_BYTES && !(variant || '').startsWith('opt-')) {
    console.error(`bundle: ${raw} bytes is over the ${PASTEABLE_BYTES} bytes a script can have to stay pasteable`);
    process.exit(1);
  }
}

module.exports = { scriptParts, scriptFrom };

if (require.main === module) main();
