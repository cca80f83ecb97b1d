// The Segment side of stigg-segment: read the request, hand it to the wasm
// core, emit the calls it returns, and map its errors to Segment's classes.
// scripts/bundle.js fills in the three marked places (wasm-bindgen's glue,
// the core's constants and, at the end, the wasm itself) and writes
// pkg/segment-function.js, formatted with prettier as this file is
// (npx prettier --no-config --single-quote --print-width 120), comments kept.

const stiggSegment = (function () {
  'use strict';

  // --- UTF-8 for wasm-bindgen's glue -------------------------------------
  // Segment's sandbox may have no TextEncoder/TextDecoder. These shadow the
  // names inside this scope only: native when present, else Node's Buffer
  // (which Segment provides), else plain JS. Lone surrogates become U+FFFD,
  // as the standard encoder makes them; nothing here throws on bad input.

  class BufferTextEncoder {
    encode(text) {
      return new Uint8Array(Buffer.from(text, 'utf8'));
    }
    encodeInto(text, view) {
      const written = Buffer.from(view.buffer, view.byteOffset, view.byteLength).write(text, 'utf8');
      return { read: text.length, written };
    }
  }

  class BufferTextDecoder {
    decode(bytes) {
      if (!bytes) return '';
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    }
  }

  class PlainTextEncoder {
    encode(text) {
      const bytes = new Uint8Array(text.length * 3);
      return bytes.subarray(0, this.encodeInto(text, bytes).written);
    }
    encodeInto(text, view) {
      let written = 0;
      for (let i = 0; i < text.length; i++) {
        let code = text.charCodeAt(i);
        if (code < 0x80) {
          view[written++] = code;
          continue;
        }
        if (code < 0x800) {
          view[written++] = 0xc0 | (code >> 6);
          view[written++] = 0x80 | (code & 0x3f);
          continue;
        }
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
          const low = text.charCodeAt(i + 1);
          if (low >= 0xdc00 && low <= 0xdfff) {
            const point = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
            view[written++] = 0xf0 | (point >> 18);
            view[written++] = 0x80 | ((point >> 12) & 0x3f);
            view[written++] = 0x80 | ((point >> 6) & 0x3f);
            view[written++] = 0x80 | (point & 0x3f);
            i++;
            continue;
          }
        }
        if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd; // a lone surrogate
        view[written++] = 0xe0 | (code >> 12);
        view[written++] = 0x80 | ((code >> 6) & 0x3f);
        view[written++] = 0x80 | (code & 0x3f);
      }
      return { read: text.length, written };
    }
  }

  class PlainTextDecoder {
    // Decodes UTF-8, replacing each invalid sequence with U+FFFD.
    decode(bytes) {
      if (!bytes) return '';
      const units = [];
      let text = '';
      for (let i = 0; i < bytes.length;) {
        const first = bytes[i];
        let point = 0xfffd;
        let size = 1;
        if (first < 0x80) {
          point = first;
        } else {
          const need = first >= 0xf0 && first <= 0xf4 ? 3 : first >= 0xe0 ? 2 : first >= 0xc2 && first < 0xe0 ? 1 : 0;
          let candidate = need === 3 ? first & 0x07 : need === 2 ? first & 0x0f : first & 0x1f;
          let taken = 0;
          while (taken < need && i + 1 + taken < bytes.length && (bytes[i + 1 + taken] & 0xc0) === 0x80) {
            candidate = (candidate << 6) | (bytes[i + 1 + taken] & 0x3f);
            taken++;
          }
          const smallest = need === 3 ? 0x10000 : need === 2 ? 0x800 : 0x80;
          const valid =
            need > 0 &&
            taken === need &&
            candidate >= smallest &&
            candidate <= 0x10ffff &&
            !(candidate >= 0xd800 && candidate <= 0xdfff);
          if (valid) point = candidate;
          size = 1 + taken;
        }
        if (point > 0xffff) {
          point -= 0x10000;
          units.push(0xd800 + (point >> 10), 0xdc00 + (point & 0x3ff));
        } else {
          units.push(point);
        }
        i += size;
        if (units.length >= 8192) {
          text += String.fromCharCode.apply(null, units);
          units.length = 0;
        }
      }
      return text + String.fromCharCode.apply(null, units);
    }
  }

  const hasBuffer = typeof Buffer === 'function';
  const TextEncoder =
    typeof globalThis.TextEncoder === 'function'
      ? globalThis.TextEncoder
      : hasBuffer
        ? BufferTextEncoder
        : PlainTextEncoder;
  const TextDecoder =
    typeof globalThis.TextDecoder === 'function'
      ? globalThis.TextDecoder
      : hasBuffer
        ? BufferTextDecoder
        : PlainTextDecoder;

  // --- the wasm module ----------------------------------------------------

  // The core compiled to WebAssembly, as base64: wasmBase64(), at the very
  // end of the script, returns it.
  const WASM_BASE64 = wasmBase64();

  function decodeBase64(text) {
    if (hasBuffer) {
      const bytes = Buffer.from(text, 'base64');
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  // A fresh copy of wasm-bindgen's glue, bound to a new instance each time.
  function createBindings() {
    // @@GLUE@@
  }

  // The core's limits and names (`limits()`) and the field area's layout
  // (`fieldLayout()` but its address), as the npm package's build of the
  // same core gives them: scripts/bundle.js writes them in, so a cold start
  // does not have the wasm build them. fieldArea() checks they are its own.
  const CORE = '@@CORE_CONSTANTS@@';
  const limits = CORE.limits;
  const isTransformError = (err) => Boolean(err) && limits.errorClasses.includes(err.name);
  let compiledModule; // compiled once per container
  let instance; // { api, exports, layout, settingsText }; dropped after a trap

  // Runs `use` against the live instance. Anything but the core's own
  // errors is a trap (a Rust panic, or memory exhausted): the instance may
  // be broken, so the next webhook gets a fresh one from the same module.
  function withInstance(use) {
    if (compiledModule === undefined) {
      compiledModule = new WebAssembly.Module(decodeBase64(WASM_BASE64));
    }
    if (instance === undefined) {
      const api = createBindings();
      const exports = api.initSync({ module: compiledModule });
      const { headerWords, areaBytes, tapeNames } = CORE.layout;
      const address = api.fieldArea(headerWords, areaBytes, tapeNames.length);
      instance = { api, exports, layout: { ...CORE.layout, address }, settingsText: undefined };
    }
    try {
      return use(instance);
    } catch (err) {
      if (!isTransformError(err)) instance = undefined;
      throw err;
    }
  }

  // --- the full path: the core reads the body itself ----------------------

  // Without Buffer: one encodeInto, as wasm-bindgen's glue would make.
  function encodeUtf8(text) {
    const bytes = new Uint8Array(text.length * 3);
    return bytes.subarray(0, new TextEncoder().encodeInto(text, bytes).written);
  }

  // The instance's API with `settingsText` configured: the core parses a
  // settings value only when it changed.
  function configured(live, settingsText) {
    if (live.settingsText !== settingsText) {
      live.api.configure(settingsText);
      live.settingsText = settingsText;
    }
    return live.api;
  }

  // The body crosses as UTF-8 bytes (one native encode with Buffer, which
  // Segment has), with the secret header's value and the settings as the
  // JSON text `configure` takes; the outcome comes back as JSON text.
  function transform(text, secret, settingsText) {
    const body = hasBuffer ? Buffer.from(text, 'utf8') : encodeUtf8(text);
    return withInstance((live) => JSON.parse(configured(live, settingsText).transformBody(body, secret)));
  }

  // --- the fast path: V8 reads the body, the core decides -----------------
  // JSON.parse has already read and checked the body, and built the object
  // Segment needs as properties. The core decides on the few fields its
  // layout names, written into a small area of wasm memory, and names the
  // payloads ("body", or [member, ...trait names]) instead of copying them.
  // Whatever that cannot settle, the core answers undefined and the full
  // path runs; so do the bodies the guards below pick out, where JSON.parse
  // and the core's reader could disagree or the size could surprise.

  // JSON.stringify writes only exponent numbers longer than they came in
  // (1e20 becomes 21 digits); in a large body they could break the call
  // limit. A digit, then e or E, then a digit: found by the regex, then
  // checked to be a number token (after `:`, `,` or `[`), not part of a
  // string such as a UUID.
  const DIGIT_EXPONENT = /\d[eE][-+]?\d/g;
  function hasExponentNumber(text) {
    DIGIT_EXPONENT.lastIndex = 0;
    for (let match = DIGIT_EXPONENT.exec(text); match !== null; match = DIGIT_EXPONENT.exec(text)) {
      let at = match.index;
      for (let c = text.charCodeAt(at - 1); (c >= 48 && c <= 57) || c === 46 || c === 45; c = text.charCodeAt(at - 1))
        at--;
      for (let c = text.charCodeAt(at - 1); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(at - 1))
        at--;
      const before = text.charCodeAt(at - 1);
      if (before === 58 || before === 44 || before === 91) return true;
      DIGIT_EXPONENT.lastIndex = match.index + 1;
    }
    return false;
  }

  // JSON.parse keeps a lone surrogate escape; the core makes it U+FFFD.
  const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
  const hasSurrogateEscape = (text) => text.indexOf('\\u') !== -1 && SURROGATE_ESCAPE.test(text);

  // Whether the text has more than `limit` opening brackets, so it could be
  // nested deeper than the core reads. Nesting that deep takes twice as many
  // bracket characters, so a shorter text is passed without a look.
  function bracketsAbove(text, limit) {
    if (text.length <= 2 * limit) return false;
    let count = 0;
    for (const bracket of ['{', '[']) {
      for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) {
        if (++count > limit) return true;
      }
    }
    return false;
  }

  function kindOf(value, kinds) {
    if (value === undefined) return kinds.absent;
    if (value === null) return kinds.null;
    switch (typeof value) {
      case 'string':
        return kinds.string;
      case 'number':
        return kinds.number;
      case 'boolean':
        return kinds.boolean;
      default:
        return Array.isArray(value) ? kinds.array : kinds.object;
    }
  }

  const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

  // Views of the field area, made again only when the memory grew (which
  // detaches the old buffer).
  function areaViews(live) {
    const buffer = live.exports.memory.buffer;
    if (live.views === undefined || live.views.buffer !== buffer) {
      const { address, areaBytes } = live.layout;
      live.views = {
        buffer,
        // wasm memory is little-endian, as every host Segment runs on is:
        // typed-array words are the core's u32s (wasm-bindgen's glue reads
        // memory the same way). The area is allocated 8-byte aligned.
        words: new Uint32Array(buffer, address, areaBytes / 4),
        bytes: Buffer.from(buffer, address, areaBytes),
        kinds: live.layout.kinds,
        end: areaBytes,
      };
    }
    return live.views;
  }

  // Writes one string into the area at `at`; returns the bytes written, or
  // -1 when it may not fit. Short ASCII (ids, types, dates) is copied in
  // JS, cheaper than a call into Buffer's native code.
  function writeText(bytes, text, at, end) {
    if (at + text.length * 3 > end) return -1;
    if (text.length <= 64) {
      let i = 0;
      for (; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0x80) break;
        bytes[at + i] = code;
      }
      if (i === text.length) return i;
    }
    return bytes.write(text, at, 'utf8');
  }

  // Writes one field's kind, and for a string where it went, into its
  // three words; returns the next free byte, or -1 when it does not fit.
  function putField(area, word, value, free) {
    const { words, bytes, kinds, end } = area;
    const kind = kindOf(value, kinds);
    words[word] = kind;
    if (kind !== kinds.string) return free;
    const length = writeText(bytes, value, free, end);
    if (length < 0) return -1;
    words[word + 1] = free;
    words[word + 2] = length;
    return free + length;
  }

  // Writes the fields the layout names into the area; false when a string
  // does not fit (the full path then reads the body).
  function writeFields(live, parsed, bodyBytes, secret) {
    const { layout } = live;
    const area = areaViews(live);
    let free = layout.headerWords * 4;
    area.words[0] = bodyBytes;
    free = putField(area, layout.secretWord, secret === null ? undefined : secret, free);
    const fields = layout.fields;
    for (let i = 0; i < fields.length && free >= 0; i++) {
      const outer = parsed[fields[i][0]];
      const value = fields[i].length === 1 ? outer : isObject(outer) ? outer[fields[i][1]] : undefined;
      free = putField(area, layout.fieldsWord + 3 * i, value, free);
    }
    if (free < 0) return false;
    let bits = 0;
    const names = layout.traitNames;
    for (let d = 0; d < layout.traitSources.length; d++) {
      const member = layout.traitSources[d];
      const from = member === '' ? parsed : parsed[member];
      if (!isObject(from)) continue;
      for (let t = 0; t < names.length; t++) {
        const value = from[names[t]];
        if (value !== undefined && value !== null) bits |= 1 << (d * names.length + t);
      }
    }
    area.words[layout.traitsWord] = bits;
    return true;
  }

  // Reads the outcome decideFields() wrote over the field area as a tape
  // of words (src/tape.rs): objects and arrays built as they are read, the
  // core's own words by index, strings decoded straight from memory.
  const END = {};
  function readTape(live) {
    const { words, bytes } = areaViews(live);
    const { tapeNames: names, tapeOps: ops } = live.layout;
    let at = 1;
    const value = () => {
      const op = words[at++];
      const tag = op & 15;
      const argument = op >>> 4;
      if (tag === ops.name) return names[argument];
      if (tag === ops.ascii || tag === ops.text) {
        const offset = words[at++];
        return bytes.toString(tag === ops.ascii ? 'latin1' : 'utf8', offset, offset + argument);
      }
      if (tag === ops.object) {
        const object = {};
        for (let key = value(); key !== END; key = value()) object[key] = value();
        return object;
      }
      if (tag === ops.array) {
        const items = [];
        for (let item = value(); item !== END; item = value()) items.push(item);
        return items;
      }
      return END;
    };
    return value();
  }

  // Puts the parsed body in place of the payloads the core named.
  function fillPayloads(outcome, parsed) {
    for (const call of outcome.calls) {
      for (const key of ['properties', 'traits']) {
        const named = call[key];
        if (named === 'body') {
          call[key] = parsed;
        } else if (Array.isArray(named)) {
          const [member, ...names] = named;
          const from = member === '' ? parsed : parsed[member];
          const picked = {};
          for (const name of names) picked[name] = from[name];
          call[key] = picked;
        }
      }
    }
    return outcome;
  }

  // The outcome from the parsed body, or undefined for the full path.
  function transformParsed(parsed, text, secret, settingsText) {
    if (!hasBuffer || !isObject(parsed)) return undefined;
    return withInstance((live) => {
      const { layout } = live;
      const bodyBytes = Buffer.byteLength(text, 'utf8');
      if (bodyBytes > limits.maxBodyBytes) return undefined;
      if (bracketsAbove(text, layout.maxDepth) || hasSurrogateEscape(text)) return undefined;
      if (bodyBytes * layout.maxNumberGrowth > limits.callBudgetBytes && hasExponentNumber(text)) return undefined;
      const api = configured(live, settingsText);
      if (!writeFields(live, parsed, bodyBytes, secret)) return undefined;
      const ops = api.decideFields();
      return ops === 0 ? undefined : fillPayloads(readTape(live), parsed);
    });
  }

  // The header Stigg sends the secret in, as the core names it.
  const secretHeader = () => limits.secretHeader;

  return { transform, transformParsed, readTape, isTransformError, secretHeader, withInstance };
})();

// --- Segment's handler --------------------------------------------------------

// The body as text, and as parsed by JSON.parse (undefined when it is not
// valid JSON: the core then says where, with line and column).
function readBody(request) {
  let text;
  // text() hands over the body as it arrived; json() is the documented
  // fallback.
  if (typeof request.text === 'function') text = request.text();
  if (typeof text !== 'string') {
    let parsed;
    try {
      parsed = request.json();
    } catch (err) {
      throw segmentError('InvalidEventPayload', `the body is not valid JSON: ${err.message}`);
    }
    return { text: JSON.stringify(parsed), parsed };
  }
  try {
    return { text, parsed: JSON.parse(text) };
  } catch {
    return { text, parsed: undefined };
  }
}

function segmentError(name, message) {
  const classes = {
    InvalidEventPayload: typeof InvalidEventPayload === 'function' ? InvalidEventPayload : undefined,
    ValidationError: typeof ValidationError === 'function' ? ValidationError : undefined,
    EventNotSupported: typeof EventNotSupported === 'function' ? EventNotSupported : undefined,
  };
  const SegmentClass = classes[name];
  const error = SegmentClass ? new SegmentClass(message) : new Error(message);
  if (error.name !== name) error.name = name;
  return error;
}

async function onRequest(request, settings) {
  const { text, parsed } = readBody(request);
  const header = stiggSegment.secretHeader();
  const secret = request.headers ? request.headers.get(header) : null;
  // Stringified once: both paths hand the core the same settings text
  // (JSON.stringify is faster than comparing the object with the last).
  const settingsText = JSON.stringify(settings ?? {});
  let result;
  try {
    result = stiggSegment.transformParsed(parsed, text, secret, settingsText);
    if (result === undefined) {
      result = stiggSegment.transform(text, secret, settingsText);
    }
  } catch (err) {
    // The core's errors become Segment's own classes; a trap stays as it is.
    throw err && stiggSegment.isTransformError(err) ? segmentError(err.name, err.message) : err;
  }
  if (result.skipped) {
    console.log(`stigg-segment: skipped: ${result.skipped.reason}`);
    return;
  }
  // Every call is checked before the first is sent, so a call type this
  // shim does not know fails the webhook whole instead of half-sending it.
  const senders = { track: Segment.track, identify: Segment.identify, group: Segment.group };
  for (const { type } of result.calls) {
    if (typeof senders[type] !== 'function') {
      throw new Error(`stigg-segment: the core returned a call of unknown type ${JSON.stringify(type)}`);
    }
  }
  for (const { type, ...call } of result.calls) {
    senders[type].call(Segment, call);
  }
}

// --- the core, compiled to WebAssembly ------------------------------------------

// Base64 on lines of 76 characters, as `base64` prints the module, each ended
// by a backslash (a line continuation: the string has no line breaks). Its
// size and SHA-256 are in the header. Generated by scripts/bundle.js.
function wasmBase64() {
  return '@@WASM_BASE64@@';
}
