#!/usr/bin/env node
// How the wasm is embedded in pkg/segment-function.js: base64 (shipped)
// against the alternatives that can run in Segment's sandbox (no require,
// no TextDecoder), each built from the shipped script with only the
// embedding changed, for raw size, gzip -9 size and a fresh process's cold
// start (tools/bench/bench-cold.js). tools/bench/bench.js prints the table
// into BENCHMARKS.md; alone:
//
//   node tools/bench/bench-embedding.js
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const zlib = require('node:zlib');
const { loadFunction } = require('../segment-runtime');
const { benchPayloads } = require('./bench-payloads');
const { coldStartSamples, median } = require('./bench-common');
const { scriptParts, scriptFrom, base64Literal } = require('../../scripts/bundle');

const root = path.join(__dirname, '..', '..');
const outDir = path.join(root, 'target', 'bench-embedding');
const COMPILE = 'new WebAssembly.Module(decodeBase64(WASM_BASE64))';

/**
 * The variants, each as the whole script with its own embedding, built as
 * scripts/bundle.js builds the shipped one (the same source, formatted).
 */
function variants(shipped) {
  const { header, source, wasm } = scriptParts();
  if (!source.includes(COMPILE)) throw new Error('shim/shim.js changed shape; update tools/bench/bench-embedding.js');
  const withLiteral = (literal, compile, edit = (text) => text) =>
    scriptFrom(header, edit(source.replace(COMPILE, () => compile)), literal);
  if (withLiteral(base64Literal(wasm), COMPILE) !== shipped) {
    throw new Error('pkg/segment-function.js is not the build of this checkout; run make bundle first');
  }

  // deflate (raw, level 9), base64, inflated in JS by tiny-inflate (MIT),
  // the smallest inflater on npm, inlined.
  const inflater = fs.readFileSync(require.resolve('tiny-inflate'), 'utf8').replace('module.exports = tinf_uncompress;', '');
  const deflated = zlib.deflateRawSync(wasm, { level: 9 });
  const deflateJs = withLiteral(`'${deflated.toString('base64')}'`,
    `(() => { const out = new Uint8Array(${wasm.length}); tinf_uncompress(decodeBase64(WASM_BASE64), out); return new WebAssembly.Module(out); })()`,
    (text) => text.replace('  // --- the wasm module', () => `${inflater}\n  // --- the wasm module`));

  // Each byte as one character of a Latin-1 string literal (Buffer decodes
  // it natively); bytes that cannot stand in a literal are \x escapes.
  let latin1 = '';
  for (const byte of wasm) {
    latin1 += byte === 0x27 || byte === 0x5c || byte < 0x20 || (byte >= 0x7f && byte < 0xa0)
      ? `\\x${byte.toString(16).padStart(2, '0')}` : String.fromCharCode(byte);
  }
  const latin1Js = withLiteral(`'${latin1}'`, `new WebAssembly.Module(new Uint8Array(Buffer.from(WASM_BASE64, 'latin1')))`);

  return [
    { name: 'base64 (shipped)', script: shipped },
    { name: 'deflate + base64, inflated in JS (tiny-inflate)', script: deflateJs },
    { name: 'Latin-1 string literal, \\x escapes', script: latin1Js, note: 'non-ASCII source: Segment\'s editor and copy-paste must keep every character', pasteable: false },
  ];
}

/** Whether `DecompressionStream` exists in a context built as boreal builds it. */
function decompressionStreamInSandbox() {
  const fn = loadFunction('async function onRequest() {}', { console: { log() {} } });
  return vm.runInContext('typeof DecompressionStream', fn.context) !== 'undefined';
}

async function sameCalls(shipped, candidate) {
  const body = benchPayloads()[0].text;
  const run = async (code) => {
    const fn = loadFunction(code, { console: { log() {}, warn() {}, error() {} } });
    await fn.onRequest(fn.request({ body }), {});
    return JSON.stringify(fn.takeEvents());
  };
  return (await run(shipped)) === (await run(candidate));
}

async function embeddingComparison(samples = 9) {
  const script = fs.readFileSync(path.join(root, 'pkg', 'segment-function.js'), 'utf8');
  fs.mkdirSync(outDir, { recursive: true });
  const rows = [];
  for (const [i, variant] of variants(script).entries()) {
    const file = path.join(outDir, `variant-${i}.js`);
    fs.writeFileSync(file, variant.script);
    const cold = coldStartSamples(file, samples);
    rows.push({
      name: variant.name,
      note: variant.note,
      raw: Buffer.byteLength(variant.script),
      gzip: zlib.gzipSync(variant.script, { level: 9 }).length,
      coldMs: median(cold),
      coldMin: Math.min(...cold),
      coldMax: Math.max(...cold),
      works: await sameCalls(script, variant.script),
      // Only ASCII survives any editor and clipboard unchanged.
      pasteable: variant.pasteable !== false && /^[\x00-\x7f]*$/.test(variant.script),
    });
  }
  return { rows, decompressionStream: decompressionStreamInSandbox(), samples };
}

function embeddingSection({ rows, decompressionStream, samples }, say) {
  say('## Embedding the wasm');
  say();
  say(`The shipped script with only the wasm's embedding changed (\`tools/bench/bench-embedding.js\`); cold start in a fresh process, median (min–max) of ${samples}.`);
  say();
  say('| embedding | raw bytes | gzip -9 bytes | cold start ms | same calls | ASCII (safe to paste) |');
  say('|---|---|---|---|---|---|');
  for (const row of rows) {
    say(`| ${row.name}${row.note ? ` (${row.note})` : ''} | ${row.raw} | ${row.gzip} | ${row.coldMs.toFixed(2)} (${row.coldMin.toFixed(2)}–${row.coldMax.toFixed(2)}) | ${row.works ? 'yes' : 'NO'} | ${row.pasteable ? 'yes' : 'no'} |`);
  }
  say(`| \`DecompressionStream\` | | | | ${decompressionStream ? 'present' : 'absent from the sandbox'} | |`);
  say();
  const working = rows.filter((row) => row.works && row.pasteable);
  const fastest = working.reduce((best, row) => (row.coldMs < best.coldMs ? row : best), working[0]);
  const smallest = working.reduce((best, row) => (row.gzip < best.gzip ? row : best), working[0]);
  say('`DecompressionStream` is a Node global, not a V8 builtin: a `vm` context built as boreal builds it (its `window.js` lists every global) has none; `zlib` needs `require`. So a compressed module must be inflated by JavaScript shipped in the script, which runs cold, in V8\'s interpreter, in every fresh container.');
  say();
  say(`Of the ASCII embeddings, fastest cold start: ${fastest.name}; smallest gzip: ${smallest.name}. Cold start is the figure every fresh container pays, so the embedding kept is the fastest of those that work and are plain ASCII: ${fastest.name}.`);
  say();
}

module.exports = { embeddingComparison, embeddingSection };

if (require.main === module) {
  embeddingComparison(Number(process.env.BENCH_COLD_SAMPLES || 9)).then((result) => embeddingSection(result, console.log));
}
