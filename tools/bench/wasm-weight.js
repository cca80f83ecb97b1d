#!/usr/bin/env node
// What each part of a wasm module weighs: the bytes of its code section per
// Rust module (from the function names in its `name` section), its data and
// its other sections. tools/bench/bench.js puts the table of the Segment
// script's wasm (target/glue/segment-named.wasm, scripts/build-wasm.sh) into
// BENCHMARKS.md, so the next feature shows its cost.
//
//   node tools/bench/wasm-weight.js [file.wasm] [--functions N]
//
// A plain reader of the binary format, so it needs nothing installed; the
// module must keep its names (wasm-opt without --strip-debug).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'data count'];

function reader(bytes, start = 0, end = bytes.length) {
  let at = start;
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at++];
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return result;
      shift += 7;
    }
  };
  const name = () => {
    const length = u32();
    const text = Buffer.from(bytes.buffer, bytes.byteOffset + at, length).toString('utf8');
    at += length;
    return text;
  };
  return { u32, name, get at() { return at; }, set at(value) { at = value; }, done: () => at >= end };
}

/** Sections, imported function count, function names and body sizes. */
function readModule(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const r = reader(bytes, 8);
  const sections = [];
  const names = new Map();
  let importedFunctions = 0;
  let bodies = [];
  while (!r.done()) {
    const id = bytes[r.at];
    r.at += 1;
    const size = r.u32();
    const start = r.at;
    const end = start + size;
    let label = SECTION_NAMES[id] || `section ${id}`;
    if (id === 0) {
      const custom = r.name();
      label = `custom "${custom}"`;
      if (custom === 'name') readNames(bytes, r.at, end, names);
    } else if (id === 2) {
      for (let count = r.u32(), i = 0; i < count; i++) {
        r.name();
        r.name();
        const kind = bytes[r.at++];
        if (kind === 0) importedFunctions++;
        skipImportDescription(bytes, r, kind);
      }
    } else if (id === 10) {
      bodies = [];
      for (let count = r.u32(), i = 0; i < count; i++) {
        const length = r.u32();
        bodies.push(length + leb128Length(length));
        r.at += length;
      }
    }
    sections.push({ id, label, bytes: end - start + 1 + leb128Length(size) });
    r.at = end;
  }
  const functions = bodies.map((bytesOf, i) => ({ name: names.get(importedFunctions + i) || `function[${importedFunctions + i}]`, bytes: bytesOf }));
  return { total: bytes.length, sections, functions };
}

function leb128Length(value) {
  let length = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 128);
    length++;
  }
  return length;
}

function skipImportDescription(bytes, r, kind) {
  if (kind === 0) r.u32(); // a function: its type index
  else if (kind === 1) { r.at += 1; limits(bytes, r); } // a table: element type, limits
  else if (kind === 2) limits(bytes, r); // a memory
  else if (kind === 3) r.at += 2; // a global: value type, mutability
  else if (kind === 4) { r.at += 1; r.u32(); } // a tag
}

function limits(bytes, r) {
  const flags = bytes[r.at++];
  r.u32();
  if (flags & 1) r.u32();
}

function readNames(bytes, start, end, names) {
  const r = reader(bytes, start, end);
  while (!r.done()) {
    const kind = bytes[r.at++];
    const size = r.u32();
    const next = r.at + size;
    if (kind === 1) {
      for (let count = r.u32(), i = 0; i < count; i++) {
        const index = r.u32();
        names.set(index, r.name());
      }
    }
    r.at = next;
  }
}

/**
 * The part of the code a function belongs to: its crate and first module
 * (`stigg_segment::json`, `core::fmt`), from its demangled name. An impl
 * (`<T as Trait>::f`) counts where T is; generic arguments are ignored.
 */
function partOf(name) {
  // Crate disambiguators (`core[c5930c85a12de822]`) and hashes go.
  let text = name.replace(/\[[0-9a-f]+\]/g, '').replace(/::h[0-9a-f]{16}$/, '');
  if (text.startsWith('<')) text = text.slice(1);
  text = text.replace(/^(&|mut |dyn |\*const |\*mut )+/, '').replace(/[<(\s].*$/, '');
  // An export's body, where LTO inlined what it calls.
  if (/^wasm_bindgen::__rt::maybe_catch_unwind$/.test(text)) return 'an export\'s body (wasm_bindgen::__rt::maybe_catch_unwind) and what it inlines';
  const parts = text.split('::').filter((part) => part && !part.startsWith('{{'));
  if (parts.length <= 1) {
    // wasm-bindgen's wrapper of an export, with what got inlined into it.
    const exported = /^(\w+) (externref |multivalue )*shim/.exec(name);
    if (exported) return `export ${exported[1]}() and what it inlines`;
    if (/^__(wbg|wbindgen|externref)/.test(name) || / shim$/.test(name)) return 'wasm_bindgen';
    return '(other: compiler built-ins, unnamed)';
  }
  const [crate, module] = parts;
  if (crate === 'stigg_segment' || crate === 'core' || crate === 'alloc' || crate === 'std') {
    // A name that stops at a type or function in the crate root.
    return /^[a-z_][a-z0-9_]*$/.test(module) && parts.length > 2 ? `${crate}::${module}` : `${crate}`;
  }
  return crate;
}

/** Code bytes per part, largest first. */
function weighParts(module) {
  const parts = new Map();
  for (const fn of module.functions) {
    const part = partOf(fn.name);
    const entry = parts.get(part) || { part, functions: 0, bytes: 0 };
    entry.functions++;
    entry.bytes += fn.bytes;
    parts.set(part, entry);
  }
  return [...parts.values()].sort((a, b) => b.bytes - a.bytes || a.part.localeCompare(b.part));
}

function weigh(file) {
  const module = readModule(fs.readFileSync(file));
  const code = module.sections.find((s) => s.id === 10);
  return {
    total: module.total,
    sections: module.sections,
    codeBytes: code ? code.bytes : 0,
    parts: weighParts(module),
    functions: [...module.functions].sort((a, b) => b.bytes - a.bytes),
  };
}

/** The weight table as Markdown lines; the name section is left out of the total. */
function weightTable(weight, { minPercent = 0.5 } = {}) {
  const names = weight.sections.filter((s) => s.label === 'custom "name"').reduce((n, s) => n + s.bytes, 0);
  const shipped = weight.total - names;
  const pct = (bytes) => `${((bytes / shipped) * 100).toFixed(1)}%`;
  const lines = ['| part | functions | bytes | share |', '|---|---|---|---|'];
  let small = { functions: 0, bytes: 0, parts: 0 };
  for (const part of weight.parts) {
    if ((part.bytes / shipped) * 100 < minPercent) {
      small = { functions: small.functions + part.functions, bytes: small.bytes + part.bytes, parts: small.parts + 1 };
      continue;
    }
    lines.push(`| code: \`${part.part}\` | ${part.functions} | ${part.bytes} | ${pct(part.bytes)} |`);
  }
  if (small.parts) lines.push(`| code: ${small.parts} smaller parts | ${small.functions} | ${small.bytes} | ${pct(small.bytes)} |`);
  for (const section of weight.sections) {
    if (section.id === 10 || section.label === 'custom "name"') continue;
    lines.push(`| ${section.label} section | | ${section.bytes} | ${pct(section.bytes)} |`);
  }
  lines.push(`| **the module as shipped** | ${weight.functions.length} | **${shipped}** | 100% |`);
  return lines;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--functions');
  const top = at >= 0 ? Number(args.splice(at, 2)[1]) : 0;
  const file = args[0] || path.join(__dirname, '..', '..', 'target', 'glue', 'segment-named.wasm');
  const weight = weigh(file);
  console.log(weightTable(weight, { minPercent: 0 }).join('\n'));
  if (top) {
    console.log(`\n| largest functions | bytes |\n|---|---|`);
    for (const fn of weight.functions.slice(0, top)) console.log(`| \`${fn.name.replace(/\|/g, '\\|')}\` | ${fn.bytes} |`);
  }
}

module.exports = { weigh, weightTable };
