#!/usr/bin/env node
// Writes pkg/segment-function.js: one classic script to paste into a Segment
// source function. It puts wasm-bindgen's --target no-modules glue into
// shim/shim.js, formats the whole with prettier, and ends it with the
// optimized wasm as base64 on wrapped lines, under a header listing the
// settings to create in Segment's editor and the wasm's SHA-256. Also writes the same settings as
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
const crypto = require('node:crypto');
const zlib = require('node:zlib');
const { execFileSync } = require('node:child_process');
const { cargoPackage } = require('./build-pkg');
const buildInputs = require('./build-inputs');

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
 * How the script's JavaScript is formatted: prettier (pinned in
 * package.json), with these options and no configuration file, so that a
 * build anywhere writes the same bytes. shim/shim.js is formatted the same
 * way (tests/js/bundle.test.js checks), so the script's code reads as that
 * file does, with wasm-bindgen's glue and the core's constants filled in.
 */
const PRETTIER_ARGS = ['--no-config', '--no-editorconfig', '--single-quote', '--print-width', '120'];
function formatted(source) {
  // prettier's API is asynchronous; its command line keeps this script,
  // and those that require it (tools/bench/bench-embedding.js), synchronous.
  return execFileSync(
    process.execPath,
    [require.resolve('prettier/bin/prettier.cjs'), ...PRETTIER_ARGS, '--stdin-filepath', 'segment-function.js'],
    { input: source, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
}

const WASM_PLACEHOLDER = /(['"])@@WASM_BASE64@@\1/;
/** Characters per line of the wasm's base64, as coreutils' `base64` wraps it. */
const BASE64_LINE = 76;

/**
 * The wasm as the script carries it: one string literal of base64 on lines
 * of 76 characters, as coreutils' `base64` prints the module, each ended by
 * a backslash (a line continuation: the string itself has no line breaks).
 * A template literal with real line breaks reads the same, but V8 takes
 * about a millisecond longer to scan it at every cold start.
 */
function base64Literal(wasm) {
  const text = wasm.toString('base64');
  const lines = [];
  for (let at = 0; at < text.length; at += BASE64_LINE) lines.push(`${text.slice(at, at + BASE64_LINE)}\\\n`);
  return `'\\\n${lines.join('')}'`;
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
 * The script's parts: its header, and its code unformatted with the wasm's
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
  // core (the Segment wasm checks them against its own, see fieldArea()); the
  // webhook secret's variable is for the relays, which read their settings
  // from variables, not for the script.
  const { address, ...layout } = stigg.fieldLayout();
  const { webhookSecretVariable, ...limits } = stigg.limits();
  const constants = { layout, limits };
  let source = shim
    .replace(marker, () => glueAsFactoryBody())
    .replace(constantsMarker, () => JSON.stringify(constants));
  if (testHooks) {
    source += '\n// Test-only (built with --features test-hooks).\n' +
      'function forceTrapForTests() {\n  return stiggSegment.withInstance(({ api }) => api.forceTrap());\n}\n' +
      'function memoryBytesForTests() {\n  return stiggSegment.withInstance(({ api }) => api.memoryBytes());\n}\n';
  }

  const sha256 = crypto.createHash('sha256').update(wasm).digest('hex');
  const header = `// stigg-segment ${version}: a Segment source function for Stigg webhooks.
// ${repository}
//
// Paste this whole file into a Segment source function (Connections > Catalog >
// Functions > New Function > Source) and create the settings below. Then
// connect the function as a source ("Connect Source") and give Stigg the
// SOURCE's webhook URL (the source's Overview, or Settings > Endpoint), not the
// function's preview URL: in Stigg, Settings > Integrations > Webhooks.
//
// Each Stigg webhook becomes a Segment track call; customer events also an
// identify call (identifyCustomers); with groupCalls, customer and subscription
// events also a group call, and track calls carry context.groupId; with
// planTraits, subscription events also an identify call with the plan. A
// webhook that names no customer is skipped (onMissingCustomer). The same file
// is in the npm package as stigg-segment/segment-function.js; the settings
// below, as Segment's Public API takes them, are stigg-segment/settings.json.
//
${settingsComment(schema)}
//
// The code below is shim/shim.js (read the request, call the core, map its
// errors to Segment's classes) with wasm-bindgen's glue inside createBindings()
// and the core's constants filled in: formatted, comments kept. At the end,
// wasmBase64() returns the core compiled to WebAssembly, as base64:
//   ${wasm.length} bytes, SHA-256 ${sha256}
// Check it: \`make check-pkg\` in a checkout of stigg-segment ${version} builds it
// from source and compares; or hash what this file carries:
//   sed -n '/^function wasmBase64/,/^}/p' segment-function.js | grep -v '[^A-Za-z0-9+/=\\]' | tr -d '\\\\' | base64 -d | sha256sum
// Generated by scripts/bundle.js; do not edit.
`;
  return { header, source, wasm, schema };
}

/** The whole script: the header, then `source` formatted, with `literal` (JS source text) in the wasm's place. */
function scriptFrom(header, source, literal) {
  const code = formatted(source);
  if (!WASM_PLACEHOLDER.test(code)) throw new Error('bundle: the formatted script lost the wasm placeholder');
  return `${header}\n${code.replace(WASM_PLACEHOLDER, () => literal)}`;
}

function main() {
  const { header, source, wasm, schema } = scriptParts();
  const script = scriptFrom(header, source, base64Literal(wasm));
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
  // Last: what pkg/ was built from, for make demo (scripts/build-inputs.js).
  if (!variant) buildInputs.record();

  const raw = Buffer.byteLength(script);
  const gzip = zlib.gzipSync(script, { level: 9 }).length;
  console.log(`${path.relative(root, output)}: ${raw} bytes, ${gzip} gzip (budget ${budget.scriptRawBytes}, ${budget.scriptGzipBytes} gzip)`);
  // The opt-level variants are for measuring, not for pasting.
  if (raw > PASTEABLE_BYTES && !(variant || '').startsWith('opt-')) {
    console.error(`bundle: ${raw} bytes is over the ${PASTEABLE_BYTES} bytes a script can have to stay pasteable`);
    process.exit(1);
  }
}

module.exports = { scriptParts, scriptFrom, base64Literal, PRETTIER_ARGS };

if (require.main === module) main();
