// stigg-segment 0.1.0: a Segment source function for Stigg webhooks.
// https://github.com/stigg-segment/stigg-segment
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
// Settings to add in the function editor's Settings tab, each with the name,
// label, type and Sensitive box below; none is required.
// Segment passes an unset setting as absent, which means its default.
//
//   name                     type     default     sensitive  label                             values
//   webhookSecret            STRING   (empty)     yes        Stigg webhook secret
//   eventNameStyle           STRING   snake_case  no         Event name style                  snake_case | Object Action | original | Segment Spec
//   onMissingCustomer        STRING   drop        no         Webhooks without a customer       drop | error | anonymous
//   eventAllowlist           ARRAY    (empty)     no         Only these Stigg event types
//   eventDenylist            ARRAY    (empty)     no         Never these Stigg event types
//   redactProperties         ARRAY    (empty)     no         Properties to remove
//   identifyCustomers        BOOLEAN  true        no         Identify customers
//   oversizedEvents          STRING   trim        no         Calls over Segment's 32 KB limit  trim | error
//   messageIdNamespace       STRING   (empty)     no         messageId namespace
//   groupCalls               BOOLEAN  false       no         Group calls for the account
//   planTraits               BOOLEAN  false       no         Plan traits on identify
//   warehouseSafeProperties  BOOLEAN  false       no         Warehouse-safe properties
//
// Their descriptions, one line each:
//   webhookSecret: The secret Stigg shows for this webhook. When set, every request must carry it in the Stigg-Webhooks-Secret header. Default: empty, which checks nothing, so anyone who knows the function's URL can send events.
//   eventNameStyle: How a Stigg type becomes the track event name: "snake_case" (subscription_trial_ends_soon, as Stigg's example function does), "Object Action" (Subscription Trial Ends Soon), "original" (subscription.trial.ends_soon) or "Segment Spec" (the B2B SaaS Spec's Trial Started, Trial Ended, Account Created and Account Deleted, with the Spec's properties added beside Stigg's; Object Action for the rest). Default: snake_case.
//   onMissingCustomer: What to do with a webhook that names no customer (plan, add-on, feature, product, coupon and sync events): "drop" skips it, "error" rejects it with EventNotSupported, "anonymous" sends it with an anonymousId derived from Stigg's messageId. Default: drop.
//   eventAllowlist: Stigg types to send, with * as a wildcard (subscription.*). Other types are skipped. Default: empty, which sends every type.
//   eventDenylist: Stigg types to skip, with * as a wildcard (measurement.*). Applied after the allowlist. Default: empty.
//   redactProperties: Dotted paths removed from the webhook before it becomes properties or traits (customer.email, email, metadata.internalNote). A path through an array applies to every element. Default: empty.
//   identifyCustomers: Also send an identify call, with the customer's name, email, billingId, crmId and metadata as traits, for customer.* events (not customer.deleted). Default: true.
//   oversizedEvents: "trim" removes the largest properties until the call fits and lists their paths in context.stigg.trimmed; "error" rejects the webhook with ValidationError. Default: trim.
//   messageIdNamespace: Put into every messageId (stigg-{namespace}-{delivery}-{call}), for sending the same webhooks to several Segment workspaces: Segment drops repeated messageIds across all workspaces, so each destination needs its own namespace, while a redelivery to one destination stays one message. Letters, digits, _ and . only; one longer than 24 characters is hashed. Default: empty, which leaves messageIds as they are.
//   groupCalls: Also send a group call, with groupId and userId the Stigg customer id, for customer.* (not customer.deleted) and subscription.* events: traits name, email, billingId, crmId, metadata and createdAt from the customer and, on subscription and trial events, plan, subscriptionStatus, billingPeriod, trialEndDate and stiggUpdatedAt. Track calls then carry context.groupId. Default: false.
//   planTraits: Also send an identify call on subscription.* events with the customer's plan, subscriptionStatus, billingPeriod, trialEndDate and stiggUpdatedAt (the Stigg timestamp they are as of; Stigg may deliver out of order). Default: false.
//   warehouseSafeProperties: Rename the properties and traits a Segment warehouse would discard: Stigg's top-level id becomes subscription_id, customer_id, ... by family, timestamp becomes stigg_timestamp, any other reserved column name gets a stigg_ prefix; and keep each column's type stable: metadata objects, whose keys and value types each Stigg user chooses, are sent as JSON text in one column. Recommended with a warehouse. Default: false.
//
// The code below is shim/shim.js (read the request, call the core, map its
// errors to Segment's classes) with wasm-bindgen's glue inside createBindings()
// and the core's constants filled in: formatted, comments kept. At the end,
// wasmBase64() returns the core compiled to WebAssembly, as base64:
//   136543 bytes, SHA-256 c2af976773a87225af688fb9ed284d1e2fdefe0c255dcfe9960ed372dc45b4f6
// Check it: `make check-pkg` in a checkout of stigg-segment 0.1.0 builds it
// from source and compares; or hash what this file carries:
//   sed -n '/^function wasmBase64/,/^}/p' segment-function.js | grep -v '[^A-Za-z0-9+/=\]' | tr -d '\\' | base64 -d | sha256sum
// Generated by scripts/bundle.js; do not edit.

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
    return (function (exports) {
      let script_src;
      if (typeof document !== 'undefined' && document.currentScript !== null) {
        script_src = new URL(document.currentScript.src, location.href).toString();
      }

      /**
       * Sets the settings, as JSON text, that `transformFields` uses; a no-op
       * when they are the ones already set.
       * @param {string} settings
       */
      function configure(settings) {
        const ptr0 = passStringToWasm0(settings, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.configure(ptr0, len0);
        if (ret[1]) {
          throw takeFromExternrefTable0(ret[0]);
        }
      }
      exports.configure = configure;

      /**
       * The Segment script's fast path: decides as `transformFields` does, and
       * writes the outcome over the field area as a tape (`crate::tape`).
       * Returns how many op words it holds; 0 when the full path must finish
       * the job. Not in the npm package, which answers in JSON
       * (`transformFields`), as `transformBody` gives way to `transform` there.
       * @returns {number}
       */
      function decideFields() {
        const ret = wasm.decideFields();
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return ret[0] >>> 0;
      }
      exports.decideFields = decideFields;

      /**
       * The Segment script's `fieldLayout`: where the field area sits in this
       * instance's memory. The rest of the layout, and `limits()`, are constants
       * scripts/bundle.js writes into the script from the package's build of the
       * same core, so a cold start does not build them; the script passes three
       * of them back, and a script whose layout is not this wasm's stops here.
       * @param {number} header_words
       * @param {number} area_bytes
       * @param {number} words
       * @returns {number}
       */
      function fieldArea(header_words, area_bytes, words) {
        const ret = wasm.fieldArea(header_words, area_bytes, words);
        if (ret[2]) {
          throw takeFromExternrefTable0(ret[1]);
        }
        return ret[0] >>> 0;
      }
      exports.fieldArea = fieldArea;

      /**
       * The Segment script's full path: the body's UTF-8 bytes (a `Uint8Array`
       * or a Buffer from any realm) and the secret
       * header's value, decided with the settings last `configure`d; the
       * outcome as JSON text. It stands in for `transform`, whose JS argument
       * handling (strings, objects, `Map`s, `Headers`) only the npm package's
       * users need, in the build without `js-transform`.
       * @param {Uint8Array} body
       * @param {string | null} [secret]
       * @returns {string}
       */
      function transformBody(body, secret) {
        let deferred3_0;
        let deferred3_1;
        try {
          var ptr0 = isLikeNone(secret)
            ? 0
            : passStringToWasm0(secret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
          var len0 = WASM_VECTOR_LEN;
          const ret = wasm.transformBody(body, ptr0, len0);
          var ptr2 = ret[0];
          var len2 = ret[1];
          if (ret[3]) {
            ptr2 = 0;
            len2 = 0;
            throw takeFromExternrefTable0(ret[2]);
          }
          deferred3_0 = ptr2;
          deferred3_1 = len2;
          return getStringFromWasm0(ptr2, len2);
        } finally {
          wasm.__wbindgen_free(deferred3_0, deferred3_1, 1);
        }
      }
      exports.transformBody = transformBody;
      function __wbg_get_imports() {
        const import0 = {
          __proto__: null,
          __wbg___wbindgen_throw_4c88d8bf264fd984: function (arg0, arg1) {
            throw new Error(getStringFromWasm0(arg0, arg1));
          },
          __wbg_length_186163212ffe79c3: function (arg0) {
            const ret = arg0.length;
            return ret;
          },
          __wbg_new_787b9fb330d55d78: function (arg0, arg1) {
            const ret = new Error(getStringFromWasm0(arg0, arg1));
            return ret;
          },
          __wbg_prototypesetcall_13162965d1fe7aa3: function (arg0, arg1, arg2) {
            Uint8Array.prototype.set.call(getArrayU8FromWasm0(arg0, arg1), arg2);
          },
          __wbg_set_2793479888329cb6: function () {
            return handleError(function (arg0, arg1, arg2) {
              const ret = Reflect.set(arg0, arg1, arg2);
              return ret;
            }, arguments);
          },
          __wbg_set_name_822e3903f3184979: function (arg0, arg1, arg2) {
            arg0.name = getStringFromWasm0(arg1, arg2);
          },
          __wbindgen_generic_0000000000000001: function (arg0) {
            // Cast intrinsic for `F64 -> Externref`.
            const ret = arg0;
            return ret;
          },
          __wbindgen_generic_0000000000000002: function (arg0, arg1) {
            // Cast intrinsic for `Ref(String) -> Externref`.
            const ret = getStringFromWasm0(arg0, arg1);
            return ret;
          },
          __wbindgen_init_externref_table: function () {
            const table = wasm.__wbindgen_externrefs;
            table.set(0, undefined);
            table.set(1024, undefined);
            table.set(1025, null);
            table.set(1026, true);
            table.set(1027, false);
          },
        };
        return {
          __proto__: null,
          './stigg_segment_bg.js': import0,
        };
      }

      function addToExternrefTable0(obj) {
        const idx = wasm.__externref_table_alloc();
        wasm.__wbindgen_externrefs.set(idx, obj);
        return idx;
      }

      function getArrayU8FromWasm0(ptr, len) {
        ptr = ptr >>> 0;
        return getUint8ArrayMemory0().subarray(ptr / 1, ptr / 1 + len);
      }

      function getStringFromWasm0(ptr, len) {
        ptr = ptr >>> 0;
        return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
      }

      let cachedUint8ArrayMemory0 = null;
      function getUint8ArrayMemory0() {
        if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
          cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
        }
        return cachedUint8ArrayMemory0;
      }

      function handleError(f, args) {
        try {
          return f.apply(this, args);
        } catch (e) {
          const idx = addToExternrefTable0(e);
          wasm.__wbindgen_exn_store(idx);
        }
      }

      function isLikeNone(x) {
        return x === undefined || x === null;
      }

      function passStringToWasm0(arg, malloc, realloc) {
        if (realloc === undefined) {
          const buf = cachedTextEncoder.encode(arg);
          const ptr = malloc(buf.length, 1) >>> 0;
          getUint8ArrayMemory0()
            .subarray(ptr, ptr + buf.length)
            .set(buf);
          WASM_VECTOR_LEN = buf.length;
          return ptr;
        }

        let len = arg.length;
        let ptr = malloc(len, 1) >>> 0;

        const mem = getUint8ArrayMemory0();

        let offset = 0;

        for (; offset < len; offset++) {
          const code = arg.charCodeAt(offset);
          if (code > 0x7f) break;
          mem[ptr + offset] = code;
        }
        if (offset !== len) {
          if (offset !== 0) {
            arg = arg.slice(offset);
          }
          ptr = realloc(ptr, len, (len = offset + arg.length * 3), 1) >>> 0;
          const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
          const ret = cachedTextEncoder.encodeInto(arg, view);

          offset += ret.written;
          ptr = realloc(ptr, len, offset, 1) >>> 0;
        }

        WASM_VECTOR_LEN = offset;
        return ptr;
      }

      function takeFromExternrefTable0(idx) {
        const value = wasm.__wbindgen_externrefs.get(idx);
        wasm.__externref_table_dealloc(idx);
        return value;
      }

      let cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
      cachedTextDecoder.decode();
      function decodeText(bytes) {
        return cachedTextDecoder.decode(bytes);
      }

      const cachedTextEncoder = new TextEncoder();

      if (!('encodeInto' in cachedTextEncoder)) {
        cachedTextEncoder.encodeInto = function (arg, view) {
          const buf = cachedTextEncoder.encode(arg);
          view.set(buf);
          return {
            read: arg.length,
            written: buf.length,
          };
        };
      }

      let WASM_VECTOR_LEN = 0;

      let wasmModule, wasmInstance, wasm;
      function __wbg_finalize_init(instance, module) {
        wasmInstance = instance;
        wasm = instance.exports;
        wasmModule = module;
        cachedUint8ArrayMemory0 = null;
        wasm.__wbindgen_start();
        return wasm;
      }

      async function __wbg_load(module, imports) {
        if (typeof Response === 'function' && module instanceof Response) {
          if (!module.ok) {
            throw new Error(`failed to fetch Wasm: ${module.status} ${module.statusText} fetching '${module.url}'`);
          }

          if (typeof WebAssembly.instantiateStreaming === 'function') {
            try {
              return await WebAssembly.instantiateStreaming(module, imports);
            } catch (e) {
              const validResponse = expectedResponseType(module.type);

              if (validResponse && module.headers.get('Content-Type') !== 'application/wasm') {
                console.warn(
                  '`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n',
                  e,
                );
              } else {
                throw e;
              }
            }
          }

          const bytes = await module.arrayBuffer();
          return await WebAssembly.instantiate(bytes, imports);
        } else {
          const instance = await WebAssembly.instantiate(module, imports);

          if (instance instanceof WebAssembly.Instance) {
            return { instance, module };
          } else {
            return instance;
          }
        }

        function expectedResponseType(type) {
          switch (type) {
            case 'basic':
            case 'cors':
            case 'default':
              return true;
          }
          return false;
        }
      }

      function initSync(module) {
        if (wasm !== undefined) return wasm;

        if (module !== undefined) {
          if (Object.getPrototypeOf(module) === Object.prototype) {
            ({ module } = module);
          } else {
            console.warn('using deprecated parameters for `initSync()`; pass a single object instead');
          }
        }

        const imports = __wbg_get_imports();
        if (!(module instanceof WebAssembly.Module)) {
          module = new WebAssembly.Module(module);
        }
        const instance = new WebAssembly.Instance(module, imports);
        return __wbg_finalize_init(instance, module);
      }

      let __wbg_init_promise;
      async function __wbg_init(module_or_path) {
        if (wasm !== undefined) return wasm;
        if (__wbg_init_promise === undefined) {
          __wbg_init_promise = __wbg_init_once(module_or_path);
          __wbg_init_promise.catch(() => {
            __wbg_init_promise = undefined;
          });
        }
        return __wbg_init_promise;
      }

      async function __wbg_init_once(module_or_path) {
        if (module_or_path !== undefined) {
          if (Object.getPrototypeOf(module_or_path) === Object.prototype) {
            ({ module_or_path } = module_or_path);
          } else {
            console.warn('using deprecated parameters for the initialization function; pass a single object instead');
          }
        }

        if (module_or_path === undefined && script_src !== undefined) {
          module_or_path = script_src.replace(/\.js$/, '_bg.wasm');
        }
        const imports = __wbg_get_imports();

        if (
          typeof module_or_path === 'string' ||
          (typeof Request === 'function' && module_or_path instanceof Request) ||
          (typeof URL === 'function' && module_or_path instanceof URL)
        ) {
          module_or_path = fetch(module_or_path);
        }

        const { instance, module } = await __wbg_load(await module_or_path, imports);

        return __wbg_finalize_init(instance, module);
      }

      return Object.assign(__wbg_init, { initSync }, exports);
    })({ __proto__: null });
  }

  // The core's limits and names (`limits()`) and the field area's layout
  // (`fieldLayout()` but its address), as the npm package's build of the
  // same core gives them: scripts/bundle.js writes them in, so a cold start
  // does not have the wasm build them. fieldArea() checks they are its own.
  const CORE = {
    layout: {
      areaBytes: 16384,
      headerWords: 29,
      secretWord: 1,
      fieldsWord: 4,
      traitsWord: 28,
      maxDepth: 1000,
      maxNumberGrowth: 4.4,
      fields: [
        ['type'],
        ['messageId'],
        ['timestamp'],
        ['id'],
        ['customer', 'id'],
        ['customerId'],
        ['input', 'customerId'],
        ['entityType'],
      ],
      traitSources: ['', 'customer'],
      traitNames: ['name', 'email', 'billingId', 'crmId', 'metadata'],
      kinds: { absent: 0, null: 1, string: 2, number: 3, boolean: 4, object: 5, array: 6 },
      tapeNames: [
        'calls',
        'skipped',
        'code',
        'reason',
        'type',
        'event',
        'userId',
        'anonymousId',
        'groupId',
        'properties',
        'traits',
        'messageId',
        'timestamp',
        'context',
        'integration',
        'name',
        'version',
        'stigg',
        'trimmed',
        'track',
        'identify',
        'group',
        'stigg',
        '0.1.0',
        'body',
        'no_customer',
        'filtered',
      ],
      tapeOps: { end: 0, object: 1, array: 2, name: 3, ascii: 4, text: 5 },
    },
    limits: {
      maxBodyBytes: 524288,
      segmentCallLimitBytes: 32768,
      callBudgetBytes: 31744,
      secretHeader: 'Stigg-Webhooks-Secret',
      errorClasses: ['InvalidEventPayload', 'ValidationError', 'EventNotSupported'],
    },
  };
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
  return '\
AGFzbQEAAAABpAIpYAJ/fwBgA39/fwBgAX8AYAJ/fwF/YAN/f38Bf2ABfwF/YAR/f39/AGAFf39/\
f38AYAR/f39/AX9gBn9/f39/fwBgBX9/f39/AX9gAABgAAF/YAADf39/YAJ/fwFvYAFvAX9gA39/\
bwBgA29/fwBgA29vbwF/YAF8AW9gCH9/f39/f39/AGAHf39/f39/fwBgAn9+AX9gA39+fgBgBn9/\
f39/fwF/YAZ/f399f38AYAZ/f39+f38AYAZ/f398f38AYAV/f31/fwF/YAV/f35/fwF/YAV/f3x/\
fwF/YAV/f35/fwBgBX9/fX9/AGAFf398f38AYANvf38Ef39/f2ADf39/A39/f2ACf38Cf39gAXwB\
f2ACf34AYAAEf39/f2AAAn9/AoUECRUuL3N0aWdnX3NlZ21lbnRfYmcuanMdX193YmdfbGVuZ3Ro\
XzE4NjE2MzIxMmZmZTc5YzMADxUuL3N0aWdnX3NlZ21lbnRfYmcuanMnX193YmdfcHJvdG90eXBl\
c2V0Y2FsbF8xMzE2Mjk2NWQxZmU3YWEzABAVLi9zdGlnZ19zZWdtZW50X2JnLmpzGl9fd2JnX25l\
d183ODdiOWZiMzMwZDU1ZDc4AA4VLi9zdGlnZ19zZWdtZW50X2JnLmpzH19fd2JnX3NldF9uYW1l\
XzgyMmUzOTAzZjMxODQ5NzkAERUuL3N0aWdnX3NlZ21lbnRfYmcuanMaX193Ymdfc2V0XzI3OTM0\
Nzk4ODgzMjljYjYAEhUuL3N0aWdnX3NlZ21lbnRfYmcuanMnX193YmdfX193YmluZGdlbl90aHJv\
d180Yzg4ZDhiZjI2NGZkOTg0AAAVLi9zdGlnZ19zZWdtZW50X2JnLmpzH19fd2JpbmRnZW5faW5p\
dF9leHRlcm5yZWZfdGFibGUACxUuL3N0aWdnX3NlZ21lbnRfYmcuanMjX193YmluZGdlbl9nZW5l\
cmljXzAwMDAwMDAwMDAwMDAwMDEAExUuL3N0aWdnX3NlZ21lbnRfYmcuanMjX193YmluZGdlbl9n\
ZW5lcmljXzAwMDAwMDAwMDAwMDAwMDIADgO2A7QDBQEABwEDAQABBwMIAgYKAQoBAAQAAQgJAQMA\
AQEIAAYBAQEBAwEHAAEABgEAAQEGAAMGAwMGBxQMAAYBCgYDBgUIBwAAAAEAFQEAAQEACAkHAAAB\
AAMEBgcBBgEIBwEHBQEJAAMDARYGAAkAAAYEBAEGAAcXAAABGAABAAMAAQYAGRobAQAAAQECAQAA\
AAEJAAYCAAoCCAABBgAABAACAQIEAAcAAQEBBAYBAQAAARwdHgcBCAQCAAAEHyAhBgABCAAFAQIC\
BQIEAwYHBgUABwABCQQABQMBAAEDAAcJBwAAAQgAAgABAgUBCwUJAAYHAAUDAQMKAAABBAIBBggH\
BwACAyIFBQMEBAQLAgIDAAAAIwcFAAcDBAQEBAQEAgICAQECAyQNAgIDBAAEAgEAAAAAAgMCAwgA\
AQECAggAAAIBAgAABQMCAwABAwICAwMMDAEDAwMCAwIFAgICAQAABAYBAQcDAwEAAwQABQICAAIB\
AAMDAwQDAwEBBAQCAgUCAgICAgICAgEBAgICAgICAQICAgICBAUDAAAAAAMDAwQFAgICACUAAAIC\
BQUFBAsICAAGJgQLAnABgwGDAW8AhAgFAwEAEQYZA38BQYCAwAALfwBBkLvBAAt/AEHQu8EACwen\
Ag8GbWVtb3J5AgAJY29uZmlndXJlAK0CDGRlY2lkZUZpZWxkcwCuAglmaWVsZEFyZWEAmgINdHJh\
bnNmb3JtQm9keQCMAg9fX2Fib3J0X2hhbmRsZXIDARVfX2luc3RhbmNlX3Rlcm1pbmF0ZWQDAhRf\
X3diaW5kZ2VuX2V4bl9zdG9yZQDkAhdfX2V4dGVybnJlZl90YWJsZV9hbGxvYwBBFV9fd2JpbmRn\
ZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jANIBEl9fd2JpbmRnZW5fcmVhbGxvYwDr\
AQ9fX3diaW5kZ2VuX2ZyZWUA5QIZX19leHRlcm5yZWZfdGFibGVfZGVhbGxvYwCSARBfX3diaW5k\
Z2VuX3N0YXJ0AAYJ6QEBAEEBC4IBOvwC7gKSAl+RAoICsQORA7MD+QJ5JLQDkALRAZADtAOsA6oD\
qwOtA5gDcrUDzQKbA8MCxwGXAuoCiQKcA5kDmgOdA8EBmALrAtcBVLYDV7QD9gJkngNlsgPLAYgB\
B5MBwgHCAYgBiAFovQFovQFoaJ8BaGhoiAFraJ0BigFrnQHDAbgBnQHEAZ0BaIsBnQGMAWhruQHF\
AZ0BaGtrugFogQGZAooCpwKoAgi3A68DiwLPAqoBPIMD+wLhAfoCowPKAv0BU4IBsAPnAuYCzwKx\
AT2EA6UD7QLbAv0CIm6mA6cDRwwBcwr65wa0A9MlAgl/AX4jAEEQayIIJAACQAJAAkAgAEH1AU8E\
QCAAQcz/e0sEQEEAIQAMBAsgAEELaiIBQXhxIQVBjL/BACgCACIJRQ0CQR8hBiAAQfX//wdPDQEg\
BUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEGDAELAkACQAJAAkACQEGIv8EAKAIAIgRBECAAQQtq\
QfgDcSAAQQtJGyIFQQN2IgB2IgFBA3EEQCABQX9zQQFxIABqIgdBA3QiAUGAvcEAaiIAIAFBiL3B\
AGooAgAiAigCCCIDRg0BIAMgADYCDCAAIAM2AggMAgsgBUGQv8EAKAIATQ0GIAENAkGMv8EAKAIA\
IgBFDQYgAGhBAnRB8LvBAGooAgAiASgCBEF4cSAFayEDIAEhAgNAAkAgASgCECIADQAgASgCFCIA\
DQAgAigCGCEGAkACQCACIAIoAgwiAEYEQCACQRRBECACKAIUIgAbaigCACIBDQFBACEADAILIAIo\
AggiASAANgIMIAAgATYCCAwBCyACQRRqIAJBEGogABshBANAIAQhByABIgBBFGogAEEQaiAAKAIU\
IgEbIQQgAEEUQRAgARtqKAIAIgENAAsgB0EANgIACyAGRQ0GAkAgAigCHEECdEHwu8EAaiIBKAIA\
IAJHBEAgAiAGKAIQRwRAIAYgADYCFCAADQIMCQsgBiAANgIQIAANAQwICyABIAA2AgAgAEUNBgsg\
ACAGNgIYIAIoAhAiAQRAIAAgATYCECABIAA2AhgLIAIoAhQiAUUNBiAAIAE2AhQgASAANgIYDAYL\
IAAoAgRBeHEgBWsiASADIAEgA0kiARshAyAAIAIgARshAiAAIQEMAAsAC0GIv8EAIARBfiAHd3E2\
AgALIAJBCGohACACIAFBA3I2AgQgASACaiIBIAEoAgRBAXI2AgQMBQsCQEECIAB0IgJBACACa3Ig\
ASAAdHFoIgdBA3QiAUGAvcEAaiICIAFBiL3BAGooAgAiACgCCCIDRwRAIAMgAjYCDCACIAM2AggM\
AQtBiL/BACAEQX4gB3dxNgIACyAAIAVBA3I2AgQgACAFaiIGIAEgBWsiB0EBcjYCBCAAIAFqIAc2\
AgBBkL/BACgCACICBEBBmL/BACgCACEBAkBBiL/BACgCACIEQQEgAkEDdnQiA3FFBEBBiL/BACAD\
IARyNgIAIAJBeHFBgL3BAGoiAyEEDAELIAJBeHEiAkGAvcEAaiEEIAJBiL3BAGooAgAhAwsgBCAB\
NgIIIAMgATYCDCABIAQ2AgwgASADNgIICyAAQQhqIQBBmL/BACAGNgIAQZC/wQAgBzYCAAwEC0GM\
v8EAQYy/wQAoAgBBfiACKAIcd3E2AgALAkACQCADQRBPBEAgAiAFQQNyNgIEIAIgBWoiByADQQFy\
NgIEIAMgB2ogAzYCAEGQv8EAKAIAIgFFDQFBmL/BACgCACEAAkBBiL/BACgCACIEQQEgAUEDdnQi\
BnFFBEBBiL/BACAEIAZyNgIAIAFBeHFBgL3BAGoiBCEBDAELIAFBeHEiBEGAvcEAaiEBIARBiL3B\
AGooAgAhBAsgASAANgIIIAQgADYCDCAAIAE2AgwgACAENgIIDAELIAIgAyAFaiIAQQNyNgIEIAAg\
AmoiACAAKAIEQQFyNgIEDAELQZi/wQAgBzYCAEGQv8EAIAM2AgALIAJBCGoiAEUNAQwCC0EAIAVr\
IQMCQAJAAkAgBkECdEHwu8EAaigCACICRQRAQQAhAUEAIQAMAQtBACEBIAVBGSAGQQF2a0EAIAZB\
H0cbdCEEQQAhAANAAkAgAigCBEF4cSIHIAVJDQAgByAFayIHIANPDQAgAiEBIAciAw0AQQAhAyAB\
IQAMAwsgAigCFCIHIAAgByACIARBHXZBBHFqKAIQIgJHGyAAIAcbIQAgBEEBdCEEIAINAAsLIAAg\
AXJFBEBBACEBQQIgBnQiAEEAIABrciAJcSIARQ0DIABoQQJ0QfC7wQBqKAIAIQALIABFDQELA0Ag\
AyAAKAIEQXhxIgIgBWsiBCADIAMgBEsiBBsgAiAFSSICGyEDIAEgACABIAQbIAIbIQEgACgCECIC\
BH8gAgUgACgCFAsiAA0ACwsgAUUNACAFQZC/wQAoAgAiAE0gAyAAIAVrT3ENACABKAIYIQYCQAJA\
IAEgASgCDCIARgRAIAFBFEEQIAEoAhQiABtqKAIAIgINAUEAIQAMAgsgASgCCCICIAA2AgwgACAC\
NgIIDAELIAFBFGogAUEQaiAAGyEEA0AgBCEHIAIiAEEUaiAAQRBqIAAoAhQiAhshBCAAQRRBECAC\
G2ooAgAiAg0ACyAHQQA2AgALAkAgBkUNAAJAAkAgASgCHEECdEHwu8EAaiICKAIAIAFHBEAgASAG\
KAIQRwRAIAYgADYCFCAADQIMBAsgBiAANgIQIAANAQwDCyACIAA2AgAgAEUNAQsgACAGNgIYIAEo\
AhAiAgRAIAAgAjYCECACIAA2AhgLIAEoAhQiAkUNASAAIAI2AhQgAiAANgIYDAELQYy/wQBBjL/B\
ACgCAEF+IAEoAhx3cTYCAAsCQCADQRBPBEAgASAFQQNyNgIEIAEgBWoiACADQQFyNgIEIAAgA2og\
AzYCACADQYACTwRAIAAgAxA1DAILAkBBiL/BACgCACICQQEgA0EDdnQiBHFFBEBBiL/BACACIARy\
NgIAIANB+AFxQYC9wQBqIgMhAgwBCyADQfgBcSIEQYC9wQBqIQIgBEGIvcEAaigCACEDCyACIAA2\
AgggAyAANgIMIAAgAjYCDCAAIAM2AggMAQsgASADIAVqIgBBA3I2AgQgACABaiIAIAAoAgRBAXI2\
AgQLIAFBCGoiAA0BCwJAAkACQAJAAkAgBUGQv8EAKAIAIgFLBEAgBUGUv8EAKAIAIgBPBEAgCEEE\
aiEAAn8gBUGvgARqQYCAfHEiAUEQdiABQf//A3FBAEdqIgFAACIEQX9GBEBBACEBQQAMAQsgAUEQ\
dCICQRBrIAIgBEEQdCIBQQAgAmtGGwshAiAAQQA2AgggACACNgIEIAAgATYCACAIKAIEIgFFBEBB\
ACEADAgLIAgoAgwhB0Ggv8EAIAgoAggiBEGgv8EAKAIAaiIANgIAQaS/wQAgAEGkv8EAKAIAIgIg\
ACACSxs2AgACQAJAQZy/wQAoAgAiAgRAQfC8wQAhAANAIAEgACgCACIDIAAoAgQiBmpGDQIgACgC\
CCIADQALDAILQay/wQAoAgAiAEEAIAAgAU0bRQRAQay/wQAgATYCAAtBsL/BAEH/HzYCAEH8vMEA\
IAc2AgBB9LzBACAENgIAQfC8wQAgATYCAEGMvcEAQYC9wQA2AgBBlL3BAEGIvcEANgIAQYi9wQBB\
gL3BADYCAEGcvcEAQZC9wQA2AgBBkL3BAEGIvcEANgIAQaS9wQBBmL3BADYCAEGYvcEAQZC9wQA2\
AgBBrL3BAEGgvcEANgIAQaC9wQBBmL3BADYCAEG0vcEAQai9wQA2AgBBqL3BAEGgvcEANgIAQby9\
wQBBsL3BADYCAEGwvcEAQai9wQA2AgBBxL3BAEG4vcEANgIAQbi9wQBBsL3BADYCAEHMvcEAQcC9\
wQA2AgBBwL3BAEG4vcEANgIAQci9wQBBwL3BADYCAEHUvcEAQci9wQA2AgBB0L3BAEHIvcEANgIA\
Qdy9wQBB0L3BADYCAEHYvcEAQdC9wQA2AgBB5L3BAEHYvcEANgIAQeC9wQBB2L3BADYCAEHsvcEA\
QeC9wQA2AgBB6L3BAEHgvcEANgIAQfS9wQBB6L3BADYCAEHwvcEAQei9wQA2AgBB/L3BAEHwvcEA\
NgIAQfi9wQBB8L3BADYCAEGEvsEAQfi9wQA2AgBBgL7BAEH4vcEANgIAQYy+wQBBgL7BADYCAEGU\
vsEAQYi+wQA2AgBBiL7BAEGAvsEANgIAQZy+wQBBkL7BADYCAEGQvsEAQYi+wQA2AgBBpL7BAEGY\
vsEANgIAQZi+wQBBkL7BADYCAEGsvsEAQaC+wQA2AgBBoL7BAEGYvsEANgIAQbS+wQBBqL7BADYC\
AEGovsEAQaC+wQA2AgBBvL7BAEGwvsEANgIAQbC+wQBBqL7BADYCAEHEvsEAQbi+wQA2AgBBuL7B\
AEGwvsEANgIAQcy+wQBBwL7BADYCAEHAvsEAQbi+wQA2AgBB1L7BAEHIvsEANgIAQci+wQBBwL7B\
ADYCAEHcvsEAQdC+wQA2AgBB0L7BAEHIvsEANgIAQeS+wQBB2L7BADYCAEHYvsEAQdC+wQA2AgBB\
7L7BAEHgvsEANgIAQeC+wQBB2L7BADYCAEH0vsEAQei+wQA2AgBB6L7BAEHgvsEANgIAQfy+wQBB\
8L7BADYCAEHwvsEAQei+wQA2AgBBhL/BAEH4vsEANgIAQfi+wQBB8L7BADYCAEGcv8EAIAFBD2pB\
eHEiAEEIayICNgIAQYC/wQBB+L7BADYCAEGUv8EAIARBKGsiBCABIABrakEIaiIANgIAIAIgAEEB\
cjYCBCABIARqQSg2AgRBqL/BAEGAgIABNgIADAgLIAIgA0kgASACTXINACAAKAIMIgNBAXENACAD\
QQF2IAdGDQMLQay/wQBBrL/BACgCACIAIAEgACABSRs2AgAgASAEaiEDQfC8wQAhAAJAAkADQCAD\
IAAoAgAiBkcEQCAAKAIIIgANAQwCCwsgACgCDCIDQQFxDQAgA0EBdiAHRg0BC0HwvMEAIQADQAJA\
IAIgACgCACIDTwRAIAIgAyAAKAIEaiIGSQ0BCyAAKAIIIQAMAQsLQZy/wQAgAUEPakF4cSIAQQhr\
IgM2AgBBlL/BACAEQShrIgkgASAAa2pBCGoiADYCACADIABBAXI2AgQgASAJakEoNgIEQai/wQBB\
gICAATYCACACIAZBIGtBeHFBCGsiACAAIAJBEGpJGyIDQRs2AgRB8LzBACkCACEKIANBEGpB+LzB\
ACkCADcCACADQQhqIgAgCjcCAEH8vMEAIAc2AgBB9LzBACAENgIAQfC8wQAgATYCAEH4vMEAIAA2\
AgAgA0EcaiEAA0AgAEEHNgIAIABBBGoiACAGSQ0ACyACIANGDQcgAyADKAIEQX5xNgIEIAIgAyAC\
ayIAQQFyNgIEIAMgADYCACAAQYACTwRAIAIgABA1DAgLAkBBiL/BACgCACIBQQEgAEEDdnQiBHFF\
BEBBiL/BACABIARyNgIAIABB+AFxQYC9wQBqIgAhAQwBCyAAQfgBcSIAQYC9wQBqIQEgAEGIvcEA\
aigCACEACyABIAI2AgggACACNgIMIAIgATYCDCACIAA2AggMBwsgACABNgIAIAAgACgCBCAEajYC\
BCABQQ9qQXhxQQhrIgQgBUEDcjYCBCAGQQ9qQXhxQQhrIgMgBCAFaiIAayEFIANBnL/BACgCAEYN\
AyADQZi/wQAoAgBGDQQgAygCBCICQQNxQQFGBEAgAyACQXhxIgEQMCABIAVqIQUgASADaiIDKAIE\
IQILIAMgAkF+cTYCBCAAIAVBAXI2AgQgACAFaiAFNgIAIAVBgAJPBEAgACAFEDUMBgsCQEGIv8EA\
KAIAIgFBASAFQQN2dCICcUUEQEGIv8EAIAEgAnI2AgAgBUH4AXFBgL3BAGoiBSEDDAELIAVB+AFx\
IgFBgL3BAGohAyABQYi9wQBqKAIAIQULIAMgADYCCCAFIAA2AgwgACADNgIMIAAgBTYCCAwFC0GU\
v8EAIAAgBWsiATYCAEGcv8EAQZy/wQAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQg\
AEEIaiEADAYLQZi/wQAoAgAhAAJAIAEgBWsiAkEPTQRAQZi/wQBBADYCAEGQv8EAQQA2AgAgACAB\
QQNyNgIEIAAgAWoiASABKAIEQQFyNgIEDAELQZC/wQAgAjYCAEGYv8EAIAAgBWoiBDYCACAEIAJB\
AXI2AgQgACABaiACNgIAIAAgBUEDcjYCBAsgAEEIaiEADAULIAAgBCAGajYCBEGcv8EAQZy/wQAo\
AgAiAEEPakF4cSIBQQhrIgI2AgBBlL/BAEGUv8EAKAIAIARqIgQgACABa2pBCGoiATYCACACIAFB\
AXI2AgQgACAEakEoNgIEQai/wQBBgICAATYCAAwDC0Gcv8EAIAA2AgBBlL/BAEGUv8EAKAIAIAVq\
IgE2AgAgACABQQFyNgIEDAELQZi/wQAgADYCAEGQv8EAQZC/wQAoAgAgBWoiATYCACAAIAFBAXI2\
AgQgACABaiABNgIACyAEQQhqIQAMAQtBACEAQZS/wQAoAgAiASAFTQ0AQZS/wQAgASAFayIBNgIA\
QZy/wQBBnL/BACgCACIAIAVqIgI2AgAgAiABQQFyNgIEIAAgBUEDcjYCBCAAQQhqIQALIAhBEGok\
ACAAC+8dAh1/An4jAEHgA2siAyQAIANBDGpBAEHAAPwLACABIAJBBnRqIRggACgCHCEPIAAoAhgh\
ECAAKAIUIREgACgCECESIAAoAgwhEyAAKAIIIRQgACgCBCEVIAAoAgAhFgNAIAEgGEcEQCADQoCA\
gIDAADcCWCADIAE2AkwgA0HAADYCUCADIAFBQGsiGTYCVCADQcwAaiICKAIQIgdFBEBB2JzBABCG\
AwALQRAgAigCBCAHbiICIAJBEE8bQQJ0IQdBACECA0AgAiAHRwRAIANBDGogAmogASACaigAACIN\
Qf+B/AdxQQh4IA1BGHhB/4H8B3FyNgIAIAJBBGohAgwBCwsgAyAVNgJkIAMgETYCbCADIBY2AmAg\
AyASNgJoIAMgFDYCcCADIBM2AnQgAyAQNgJ4IAMgDzYCfCADKAIYIQEgAygCFCECIAMoAhAhByAD\
IAMoAgwiDTYCvAMgAyAHNgK4AyADIAI2ArQDIAMgATYCsAMgAygCKCEIIAMoAiQhCSADKAIgIQog\
AyADKAIcIhc2ArwCIAMgCjYCuAIgAyAJNgK0AiADIAg2ArACIAMoAjghDCADKAI0IQ4gAygCMCEE\
IAMgAygCLCIaNgLcAiADIAQ2AtgCIAMgDjYC1AIgAyAMNgLQAiADKAJIIQUgAygCRCEGIAMoAkAh\
CyADIAMoAjwiGzYC/AIgAyALNgL4AiADIAY2AvQCIAMgBTYC8AIgAyANQZjfqJQEaiIcNgJYIAMg\
B0GRid2JB2oiHTYCVCADIAJBsYj80QRrIh42AlAgAyABQdvIqLIBayIfNgJMIANB0ANqIg0gA0Hw\
AGoiASADQeAAaiICIANBzABqIgcQQyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAeNgKMASADIB82\
AogBIAMgHDYChAEgAyAdNgKAASAHIAIgASADQYABahBDIAMgAykCVDcDaCADIAMpAkw3A2AgAyAX\
QduE28oDaiIXNgJYIAMgCkHxo8TPBWoiCjYCVCADIAlB3PqB7gZrIgk2AlAgAyAIQavCjqcFayII\
NgJMIA0gASACIAcQQyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAJNgKcASADIAg2ApgBIAMgFzYC\
lAEgAyAKNgKQASAHIAIgASADQZABahBDIAMgAykCVDcDaCADIAMpAkw3A2AgAyAaQeiq4b8CayII\
NgJYIAMgBEGBto2UAWoiCTYCVCADIA5BvovGoQJqIgo2AlAgAyAMQcP7sagFaiIMNgJMIA0gASAC\
IAcQQyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAKNgKsASADIAw2AqgBIAMgCDYCpAEgAyAJNgKg\
ASAHIAIgASADQaABahBDIAMgAykCVDcDaCADIAMpAkw3A2AgAyAbQfS6+ZUHaiIINgJYIAMgC0GC\
nIX5B2siCTYCVCADIAZB2fKPoQZrIgo2AlAgAyAFQYydkPMDayIMNgJMIA0gASACIAcQQyADIAMp\
AtADNwNwIAMgAykC2AM3A3ggAyAKNgK8ASADIAw2ArgBIAMgCDYCtAEgAyAJNgKwASAHIAIgASAD\
QbABahBDIAMgAykCVDcDaCADIAMpAkw3A2AgA0GQA2oiCCADQbADaiIJIANBsAJqIgogA0HQAmoi\
DCADQfACaiIOED8gAygCkAMhBCADKAKUAyEFIAMoApgDIQYgAyADKAKcA0G/rJLbAWsiCzYCWCAD\
IAZB+vCGggFrIgY2AlQgAyAFQca7hv4AaiIFNgJQIAMgBEHMw7KgAmoiBDYCTCANIAEgAiAHEEMg\
AyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCzAEgAyAENgLIASADIAs2AsQBIAMgBjYCwAEgByAC\
IAEgA0HAAWoQQyADIAMpAlQ3A2ggAyADKQJMNwNgIAkgCiAMIA4gCBA/IAMoArADIQQgAygCtAMh\
BSADKAK4AyEGIAMgAygCvANB79ik7wJqIgs2AlggAyAGQaqJ0tMEaiIGNgJUIAMgBUHc08LlBWoi\
BTYCUCADIARB2pHmtwdqIgQ2AkwgDSABIAIgBxBDIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2\
AtwBIAMgBDYC2AEgAyALNgLUASADIAY2AtABIAcgAiABIANB0AFqEEMgAyADKQJUNwNoIAMgAykC\
TDcDYCAKIAwgDiAIIAkQPyADKAKwAiEEIAMoArQCIQUgAygCuAIhBiADIAMoArwCQa7dhr4GayIL\
NgJYIAMgBkGT87i+BWsiBjYCVCADIAVBuLDz/wRrIgU2AlAgAyAEQbmAmoUEayIENgJMIA0gASAC\
IAcQQyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLsASADIAQ2AugBIAMgCzYC5AEgAyAGNgLg\
ASAHIAIgASADQeABahBDIAMgAykCVDcDaCADIAMpAkw3A2AgDCAOIAggCSAKED8gAygC0AIhBCAD\
KALUAiEFIAMoAtgCIQYgAyADKALcAkGN6P/IA2siCzYCWCADIAZBud3h0gJrIgY2AlQgAyAFQdHG\
qTZqIgU2AlAgAyAEQefSpKEBaiIENgJMIA0gASACIAcQQyADIAMpAtADNwNwIAMgAykC2AM3A3gg\
AyAFNgL8ASADIAQ2AvgBIAMgCzYC9AEgAyAGNgLwASAHIAIgASADQfABahBDIAMgAykCVDcDaCAD\
IAMpAkw3A2AgDiAIIAkgCiAMED8gAygC8AIhBCADKAL0AiEFIAMoAvgCIQYgAyADKAL8AkGFldy9\
AmoiCzYCWCADIAZBuMLs8AJqIgY2AlQgAyAFQfzbsekEaiIFNgJQIAMgBEGTmuCZBWoiBDYCTCAN\
IAEgAiAHEEMgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCjAIgAyAENgKIAiADIAs2AoQCIAMg\
BjYCgAIgByACIAEgA0GAAmoQQyADIAMpAlQ3A2ggAyADKQJMNwNgIAggCSAKIAwgDhA/IAMoApAD\
IQQgAygClAMhBSADKAKYAyEGIAMgAygCnANB1OapqAZqIgs2AlggAyAGQbuVqLMHaiIGNgJUIAMg\
BUHS7fTxB2siBTYCUCADIARB+6a37AZrIgQ2AkwgDSABIAIgBxBDIAMgAykC0AM3A3AgAyADKQLY\
AzcDeCADIAU2ApwCIAMgBDYCmAIgAyALNgKUAiADIAY2ApACIAcgAiABIANBkAJqEEMgAyADKQJU\
NwNoIAMgAykCTDcDYCAJIAogDCAOIAgQPyADKAKwAyEEIAMoArQDIQUgAygCuAMhBiADIAMoArwD\
Qd+ugOoFayILNgJYIAMgBkG1s5a/BWsiBjYCVCADIAVBkOnR7QNrIgU2AlAgAyAEQd3czsQDayIE\
NgJMIA0gASACIAcQQyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgKsAiADIAQ2AqgCIAMgCzYC\
pAIgAyAGNgKgAiAHIAIgASADQaACahBDIAMgAykCVDcDaCADIAMpAkw3A2AgCiAMIA4gCCAJED8g\
AygCsAIhBCADKAK0AiEFIAMoArgCIQYgAyADKAK8AkHnr7TzAmsiCzYCWCADIAZB3PObywJrIgY2\
AlQgAyAFQfuUx98AayIFNgJQIAMgBEHwwKqDAWoiBDYCTCANIAEgAiAHEEMgAyADKQLQAzcDcCAD\
IAMpAtgDNwN4IAMgBTYCzAIgAyAENgLIAiADIAs2AsQCIAMgBjYCwAIgByACIAEgA0HAAmoQQyAD\
IAMpAlQ3A2ggAyADKQJMNwNgIAwgDiAIIAkgChA/IAMoAtACIQQgAygC1AIhBSADKALYAiEGIAMg\
AygC3AJBloKTzQFqIgs2AlggAyAGQYjY3fEBaiIGNgJUIAMgBUHM7qG6AmoiBTYCUCADIARBtfnC\
pQNqIgQ2AkwgDSABIAIgBxBDIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AuwCIAMgBDYC6AIg\
AyALNgLkAiADIAY2AuACIAcgAiABIANB4AJqEEMgAyADKQJUNwNoIAMgAykCTDcDYCAOIAggCSAK\
IAwQPyADKALwAiEEIAMoAvQCIQUgAygC+AIhBiADIAMoAvwCQbOZ8MgDaiILNgJYIAMgBkHK1OL2\
BGoiBjYCVCADIAVBz5Tz3AVqIgU2AlAgAyAEQfPfucEGaiIENgJMIA0gASACIAcQQyADIAMpAtAD\
NwNwIAMgAykC2AM3A3ggAyAFNgKMAyADIAQ2AogDIAMgCzYChAMgAyAGNgKAAyAHIAIgASADQYAD\
ahBDIAMgAykCVDcDaCADIAMpAkw3A2AgCCAJIAogDCAOED8gAygCkAMhBCADKAKUAyEFIAMoApgD\
IQYgAyADKAKcA0Huhb6kB2oiCzYCWCADIAZB78aVxQdqIgY2AlQgAyAFQeyP3tkHayIFNgJQIAMg\
BEH4++OZB2siBDYCTCANIAEgAiAHEEMgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCrAMgAyAE\
NgKoAyADIAs2AqQDIAMgBjYCoAMgByACIAEgA0GgA2oQQyADIAMpAlQ3A2ggAyADKQJMNwNgIAkg\
CiAMIA4gCBA/IAMoArADIQggAygCtAMhCSADKAK4AyEKIAMgAygCvANBhoCE+gZrIgw2AlggAyAK\
QZWmvt0FayIKNgJUIAMgCUGJuJmIBGsiCTYCUCADIAhBjo66zANrIgg2AkwgA0HAA2ogASACIAcQ\
QyADIAMpAsADNwNwIAMgAykCyAM3A3ggAyAJNgLcAyADIAg2AtgDIAMgDDYC1AMgAyAKNgLQAyAH\
IAIgASANEEMgAyADKQJUIiA3A2ggAyADKQJMIiE3A2AgAygCfCAPaiEPIAMoAnggEGohECADKAJ0\
IBNqIRMgAygCcCAUaiEUICCnIBJqIRIgIacgFmohFiADKAJsIBFqIREgAygCZCAVaiEVIBkhAQwB\
CwsgACAPNgIcIAAgEDYCGCAAIBE2AhQgACASNgIQIAAgEzYCDCAAIBQ2AgggACAVNgIEIAAgFjYC\
ACADQeADaiQAC9obAg1/AX4jAEGQA2siAiQAIAIgASgCBCIDNgKsAiACIAMgASgCCEEcbGo2ArAC\
IAJBIGohBiMAQRBrIgMkACACQawCaiIEKAIAIQUgBCgCBCEHAkADQCAFIAdHBEAgBCAFQRxqNgIA\
IAMgBUEMaiIINgIMIAMgBUEIaigCADYCCCADIAVBBGooAgAiBTYCBCADQQRqQfyKwQBBDBClAQRA\
IAhBEGohBQwCBSAGIAMpAgg3AgQgBiAFNgIADAMLAAsLIAZBADYCAAsgA0EQaiQAAkAgAigCICII\
BEAgAiACKAIkIgo2AiwgAiAINgIoIAJB3IvBADYCJCACQYSLwQA2AiAgCCAKQdiGwQBBDRAmIQEg\
AkENNgK0AiACQdiGwQA2ArACIAIgATYCrAIgBigCACEHIAYoAgQhASAGKAIIIQ0gBigCDCEOIwBB\
IGsiBSQAIAEgB0cEQCABIAdrQQN2IQsgBUEUaiEBA0AgBSAEKAIINgIQIAUgBCkCADcDCCANIA4g\
BygCACIDIAdBBGooAgAiCRAmIQwgBSAJNgIcIAUgAzYCGCAFIAw2AhQgBCAFQQhqIgMgAQJ/IAMo\
AgAiCSABKAIAIgxHBEAgCSAMSyAJIAxJawwBCyADQQRqIAFBBGoQ1wILwEEATBsiAygCCDYCCCAE\
IAMpAgA3AgAgB0EIaiEHIAtBAWsiCw0ACwsgAkHwAWoiASAEKAIINgIIIAEgBCkCADcCACAFQSBq\
JAACQAJAIAIoAvQBIgNFDQAgAigC8AEgAigC+AEiBUEBdksNACAGIAMgBRApIAJBAzYCsAIgAiAG\
NgKsAiABQc2ewAAgBBCqAgwBCyACQSBqIgZB/IrBAEEMEBEgAkEDNgKwAiACIAY2AqwCIAJB8AFq\
QY6IwAAgAkGsAmoQqgILIAYQigMgAkGsAmoiASAIIAoQKSACQQM2AiwgAkEDNgIkIAIgAkHwAWoi\
AzYCKCACIAE2AiAgAkGUAmpBrojAACACQSBqEKoCIAEQigMgAxCKAyAAQoCAgIAINwIAIAAgAikC\
jAI3AgggACACKQKUAjcCECAAIAIoApwCNgIYIABBAToAHAwBCyACQSBqIAFB/IfBABCHASACIAIp\
AiQ3A/ABIAIgAigCLDYC+AECQAJAIAIoAiAiBUECRwRAIAIgAigCODYCxAIgAiACKQIwNwK8AiAC\
IAIpA/ABNwKwAiACIAIoAvgBNgK4AgwBCyACIAIpA/ABNwPQAiACIAIoAvgBIgM2AtgCIAJBGGog\
AigC1AIgAxBPIAIgAigCGCIDIAIoAhwiBmo2AuwCIAIgAzYC6AIDQCACQegCahD0ASIEQSBrQd8A\
SQ0ACyAEQYCAxABGDQEgAkETQRUgBEGAAUkiARs2AvgCIAJBrYjBAEGYiMEAIAEbNgL0AiACQQI2\
AjQgAkHQhsEANgIwIAJBAjYCLCACQQI2AiQgAkHohsEANgIgIAIgAkH0Amo2AiggAkH4AWpB0ZzA\
ACACQSBqEKoCIAJBAToAxAIgAiACKQLwATcCsAIgAiACKQL4ATcCuAIgAiACKAKAAjYCwAIgAkHQ\
AmoQigNBACEFCyAAIAIpArwCNwIUIAAgAigCxAI2AhwgAiACKQKwAiIPNwOAAyACIAIoArgCIgE2\
AogDIAAgATYCECAAIA83AgggACAFNgIEIABBgICAgHg2AgAMAQsgAkGwAmogAyAGEJcBIAJB0AJq\
EIoDIAIgAigCuAIiAzYCiAMgAiACKQKwAiIPNwOAAyACIAM2AmggAiAPNwNgIAJBrAJqIAFB3IvB\
ABArIAIoArQCIQMgAigCsAIhBCACKAKsAiIGQQJHBEAgACACKQLAAjcCGCAAIAIpArgCNwIQIAAg\
AzYCDCAAIAQ2AgggACAGNgIEIABBgICAgHg2AgAgAkHgAGoQigMMAQsCf0EBIAQgA0GoicEAQQ0Q\
vwINABpBAiAEIANBtYnBAEEIEL8CDQAaQQNBACAEIANBvYnBAEEMEL8CGwshCiACQawCaiABQfiL\
wQAQKyACKAK0AiEDIAIoArACIQQgAigCrAIiBkECRwRAIAAgAikCwAI3AhggACACKQK4AjcCECAA\
IAM2AgwgACAENgIIIAAgBjYCBCAAQYCAgIB4NgIAIAJB4ABqEIoDDAELQQEhBiAEIANBlaTAAEEF\
EL8CRQRAQQJBACAEIANBmqTAAEEJEL8CGyEGCyACQawCaiABQZSMwQAQLCACIAIpArACNwOAASAC\
IAIoArgCNgKIASACKAKsAiIDQQJHBEAgACACKALEAjYCHCAAIAIpArwCNwIUIAAgAigCiAE2AhAg\
ACACKQOAATcCCCAAIAM2AgQgAEGAgICAeDYCACACQeAAahCKAwwBCyACIAIpA4ABNwNwIAIgAigC\
iAE2AnggAkGsAmogAUGwjMEAECwgAiACKQKwAjcDoAEgAiACKAK4AjYCqAEgAigCrAIiA0ECRwRA\
IAAgAigCxAI2AhwgACACKQK8AjcCFCAAIAIoAqgBNgIQIAAgAikDoAE3AgggACADNgIEIABBgICA\
gHg2AgAgAkHwAGoQlQMgAkHgAGoQigMMAQsgAiACKQOgATcDkAEgAiACKAKoATYCmAEgAkGsAmog\
AUHMjMEAECwgAiACKQKwAjcDwAEgAiACKAK4AjYCyAEgAigCrAIiA0ECRwRAIAAgAigCxAI2Ahwg\
ACACKQK8AjcCFCAAIAIoAsgBNgIQIAAgAikDwAE3AgggACADNgIEIABBgICAgHg2AgAgAkGQAWoQ\
lQMgAkHwAGoQlQMgAkHgAGoQigMMAQsgAiACKQPAATcDsAEgAiACKALIATYCuAEgAkGsAmogAUHo\
jMEAEK4BIAItALACIQcgAigCrAIiA0ECRwRAIAAgAikAwAI3ABggACACKQC5AjcAESAAIAIpALEC\
NwAJIAAgBzoACCAAIAM2AgQgAEGAgICAeDYCACACQbABahCVAyACQZABahCVAyACQfAAahCVAyAC\
QeAAahCKAwwBCyACQawCaiABQYSNwQAQKyACKAK0AiEDIAIoArACIQQgAigCrAIiBUECRwRAIAAg\
AikCwAI3AhggACACKQK4AjcCECAAIAM2AgwgACAENgIIIAAgBTYCBCAAQYCAgIB4NgIAIAJBsAFq\
EJUDIAJBkAFqEJUDIAJB8ABqEJUDIAJB4ABqEIoDDAELIAQgA0GVpMAAQQUQvwIhCyACQawCaiAB\
QaCNwQAQhwEgAiACKQKwAjcD0AIgAiACKAK4AjYC2AICQAJAAkAgAigCrAIiA0ECRwRAIAIgAigC\
xAI2AogCIAIgAikCvAI3AoACIAIgAikD0AI3AvQBIAIgAigC2AI2AvwBDAELIAIgAikD0AI3A6AC\
IAIgAigC2AIiAzYCqAIgAkEQaiACKAKkAiADEE8gAiACKAIQIgMgAigCFCIFajYCzAIgAiADNgLI\
AgJ/AkADQCACQcgCahD0ASIEQYCAxABGDQEgBEEuRiAEQd8ARnIgBEEwa0EKSSAEQd///wBxQcEA\
a0EaSXJyDQALIAJB6AJqIgggAyAFECkgAkEANgKsAiACQQhqIAQgAkGsAmoiBRDIASACQYADaiIJ\
IAIoAgggAigCDBCXASACQfQCaiIDIAIoAoQDIAIoAogDECkgAkEDNgLAAiACQQM2ArgCIAJBAjYC\
sAIgAkGsjcEANgKsAiACIAM2ArwCIAIgCDYCtAIgAkHYAmpB357AACAFEKoCIAMQigMgCRCKAyAI\
EIoDIAJBADYC8AEgAkEBOgCIAiACIAIpAtACNwL0ASACIAIpAtgCNwL8ASACIAIoAuACNgKEAkEA\
DAELIAJB9AFqIAMgBRCXAUECCyEDIAJBoAJqEIoDIARBgIDEAEYNAQsgACACKQKAAjcCFCAAIAIo\
AogCNgIcIAIgAigC/AEiATYC6AEgAiACKQL0ASIPNwPgASAAIAE2AhAgACAPNwIIIAAgAzYCBCAA\
QYCAgIB4NgIADAELIAIgAigC/AEiAzYC6AEgAiACKQL0ASIPNwPgASACIA83A9ABIAIgAzYC2AEg\
AkGsAmogAUG8jcEAEK4BIAItALACIQMCQCACKAKsAiIFQQJHBEAgACACKQDAAjcAGCAAIAIpALkC\
NwARIAAgAikAsQI3AAkMAQsgAkGsAmogAUHYjcEAEK4BIAItALACIQQgAigCrAIiBUECRwRAIAAg\
AikAwAI3ABggACACKQC5AjcAESAAIAIpALECNwAJIAQhAwwBCyACQawCaiABQfSNwQAQrgEgAi0A\
sAIhASACKAKsAiIFQQJHBEAgACACKQDAAjcAGCAAIAIpALkCNwARIAAgAikAsQI3AAkgASEDDAEL\
IAIgAikDYDcDICACIAIoAmg2AiggAiACKQNwNwIsIAIgAigCeDYCNCACIAIpA5ABNwM4IAIgAigC\
mAE2AkAgAiACKQOwATcCRCACIAIoArgBNgJMIAIgAigC2AE2AlggAiACKQPQATcDUCAAIAJBIGpB\
PPwKAAAgACAKOgBCIAAgBjoAQSAAIAE6AEAgACAEOgA/IAAgAzoAPiAAIAs6AD0gACAHOgA8DAIL\
IAAgAzoACCAAIAU2AgQgAEGAgICAeDYCACACQdABahCKAwsgAkGwAWoQlQMgAkGQAWoQlQMgAkHw\
AGoQlQMgAkHgAGoQigMLIAJBkANqJAALsUMCGX8BfiMAQZADayIFJAAgBUGIAmohCSABKAIEIRAg\
ASgCCCEPIAIoAhAhDiACKAIUIQggAigCHCEHIAIoAiAhCiMAQTBrIgYkAAJAAkAgCARAIAhBDGwh\
CANAIAhFDQIgCEEMayEIIA4oAgghCyAOKAIEIA5BDGohDiALIBAgDxBKRQ0ACwsgCkEMbCEOAkAD\
QCAORQ0BIA5BDGshDiAHKAIIIQggBygCBCEKIAdBDGohByAKIAggECAPEEpFDQALIAZBCGoiDiAQ\
IA8QKSAGQRRqIgcgCiAIECkgBkEDNgIsIAZBAzYCJCAGIAc2AiggBiAONgIgIAlB6oXAACAGQSBq\
EKoCIAcQigMgDhCKAwwCCyAJQYCAgIB4NgIADAELIAZBIGoiDiAQIA8QKSAGQQM2AhggBiAONgIU\
IAlBiovAACAGQRRqEKoCIA4QigMLIAZBMGokAAJAIAUoAogCQYCAgIB4RwRAIAAgBSgCkAI2Ahgg\
ACAFKQKIAjcCECAAQQE6ABwgAEIENwIIIABCADcCAAwBCyAFQRxqIQwjAEEwayIIJAAgCEGPhcEA\
NgIMIAhBjIXBADYCCCAIIAEoAgwiBjYCGCAIIAEoAhAiDjYCFCAIIAY2AhAgCCAGIA5qNgIcIAhB\
IGohCyMAQSBrIgckACAHIAEiDjYCDAJAIAhBCGoiCigCEARAIAdBEGohDSAHQQxqIRQjAEEQayIJ\
JAAgCkEQaiITKAIAIQYgEygCBCERA0ACQAJAAkAgBiARRgRAQYCAgIB4IQYMAQsgEyAGQQFqIgE2\
AgAgCSAUIAYtAAAQKiAJKAIAIgZBgICAgHhGDQEgDSAJKAIMNgIMIA0gCSkCBDcCBAsgDSAGNgIA\
IAlBEGokAAwBCyABIQYMAQsLIAcoAhAiBkGAgICAeEcEQCALIAcoAhw2AgwgCyAHKQIUNwIEDAIL\
IBNBADYCAAsCQCAKKAIARQ0AIAdBEGohDSMAQSBrIgkkACAJIA42AgggCSAKQQhqIhM2AgQgCigC\
ACEGIAooAgQhFCAJQQhqIREDQAJAAkACQCAGIBRGBEBBgICAgHghBgwBCyAKIAZBAWoiATYCACAJ\
IAYtAAAiBjoAHyATIAlBH2oQ3QJFDQEgCUEMaiARIAYQKiAJKAIMIgZBgICAgHhGDQEgDSAJKAIY\
NgIMIA0gCSkCEDcCBAsgDSAGNgIAIAlBIGokAAwBCyABIQYMAQsLIAcoAhAiBkGAgICAeEYNACAL\
IAcoAhw2AgwgCyAHKQIUNwIEDAELQYCAgIB4IQYLIAsgBjYCACAHQSBqJAACQCAIKAIgQYCAgIB4\
RwRAIAwgCCkCKDcCCCAMIAgpAiA3AgAMAQsgDEGAgICAeDYCAAsgCEEwaiQAAkACQAJ/AkACQAJA\
AkACQAJAAkACQCAFKAIcQYCAgIB4Rw0AIAItAEFBAWsOAgIAAQsgBUGEA2ohBiMAQSBrIgEkACAB\
QRBqIgggDigCIEEBIA4oAiQoAgwRAQACQCABLQAQIgdBA0cEQCAGQYCAgIB4NgIAIAdBBkYNASAI\
EO0BDAELIAFBCGogASgCGCABKAIcEE8gASgCDEUEQCAGQYCAgIB4NgIAIAFBFGoQigMMAQsgBiAB\
KAIcNgIIIAYgASkCFDcCAAsgAUEgaiQAIAUoAoQDQYCAgIB4Rg0CIAUgBSkChAM3A6ABIAUgBSgC\
jAMiBzYCqAEgBUGIAmohCSAFKAKkASEKIwBBIGsiCCQAAkACQCAHQdUATQRAIAggCjYCDCAIIAcg\
Cmo2AhAgCEEMaiILKAIAIQEgCygCBCEMA0AgDCABIgZHBEAgCyABQQFqIgE2AgAgBi0AAEH/AGtB\
/wFxQaEBSw0BCwsgBiAMRg0BCyAIQQxqIgEgCiAHEIMBIAhBAzYCHCAIIAE2AhggCUGNgcAAIAhB\
GGoQqgIgARCKAwwBCyAJIAogBxCXAQsgCUEANgIUIAlCgICAgBA3AgwgCEEgaiQAIAVBoAFqEIoD\
DAMLIABBEGogDkGPhcEAQQkQOyAAQQA6ABwgAEIENwIIIABCADcCAAwICyAFQZACaiAOQZiFwQBB\
ChA7IABCATcCACAAQQI6ABwgACAFKQKIAjcCCCAAIAUpApACNwIQIAAgBSgCmAI2AhgMBwsgAyAE\
KAIMEQUAIgZFDQEjAEGQAmsiASQAIAFBMGpBAEHBAPwLACABQgA3AyggAUGwl8EAKQMANwMgIAFB\
qJfBACkDADcDGCABQaCXwQApAwA3AxAgAUGYl8EAKQMANwMIIAFBCGoiCEGAs8AAIAZBARAzIAFB\
mAFqIgYgCEHwAPwKAAAgAUH4AGoiCCAGEB0gBiAIEFogAUEDNgKMAiABIAY2AogCIAVBiAJqIghB\
yoPAACABQYgCahCqAiAGEIoDIAhBADYCFCAIQoCAgIAQNwIMIAFBkAJqJAALIAVBLGohBiAFQYgC\
aiEHIAIoAjQhCCACKAI4IQkjAEEwayIBJAACQCAIIAggCWoQvAJBGU8EQCABQRxqIgogCCAJEIMB\
IwBBEGsiCCQAIAhBCGpBECAKKAIEIAooAghB9KnAABC7ASAIKAIMIQkgASAIKAIINgIAIAEgCTYC\
BCAIQRBqJAAgASABKQMANwIUIAFBAjYCLCABIAFBFGo2AiggAUEIakGNgcAAIAFBKGoQqgIgChCK\
AwwBCyABQQhqIAggCRCXAQsgBiABKQIINwIMIAYgASgCEDYCFCAGIAcoAgg2AgggBiAHKQIANwIA\
IAdBDGoQigMgAUEwaiQAIAIoAigiCiEHIAIoAiwiCyAOKAIgIRQgDigCJCIZIQkjAEEwayIIJABB\
DGwhBiAJKAIQIQwDQCAGIgEEQCAIQQhqIgYgBygCBCINIAcoAggiExDBAiAIIAYQUCABQQxrIQYg\
B0EMaiEHIBQgCCgCACIJIA0gCRsgCCgCBCATIAkbIAwRBABFDQELCyAIQTBqJAAgAUEARyEIQQIh\
BwJAIAItAEIiGkEDRw0AIA4oAhQiAUUNACABLQAkIQcLAkAgBSgCHEGAgICAeEYNACACLQA8IA4t\
ABwCf0EAIAItAD9BAUcNABpBACAOKAIYIglFDQAaIAktACILIRJxIRsgAi0APkEBRw0AIA4tAB0h\
FQtBASEGIAggB0ECR3JFBEBBASETQQAhAUEAIBIgAi0AQCIGciAVckEBcUUNBBoLIAMgBCgCDBEF\
ACIBBEBBACETIAgNAgwDCyAAQoCAgICAgICAgH83AgAMBAsgAEKAgICAgICAgIB/NwIADAQLIwBB\
QGoiBCQAIAtBDGwhCANAIAgEQCAEQRhqIgsgCigCBCAKKAIIEMECIARBDGohCSMAQdAAayIDJAAg\
A0EQaiALEFACQCADKAIQIg0EQCADKAIUIREgA0EIakEEQQRBCBCyASADKAIIIRYgAygCDCIMIBE2\
AgQgDCANNgIAIANBATYCJCADIAw2AiAgAyAWNgIcIANBKGoiESALQSj8CgAAIANBHGohCyMAQRBr\
IgwkAANAAkAgDEEIaiAREFAgDCgCCCIWRQ0AIAwoAgwhFyALKAIIIg0gCygCAEYEQCALQQEQugIL\
IAsoAgQgDUEDdGoiGCAXNgIEIBggFjYCACALIA1BAWo2AggMAQsLIAxBEGokACAJIAMoAiQ2Aggg\
CSADKQIcNwIADAELIAlBADYCCCAJQoCAgIDAADcCAAsgA0HQAGokACABIAQoAhAgBCgCFBCoASAI\
QQxrIQggCkEMaiEKIAkQiQMMAQsLIARBQGskAAsgBgshFyAFQcQAaiEJIwBBEGsiCCQAIAggDigC\
IEECIA4oAiQoAgwRAQACQAJAAkACQCAILQAAIgRBA0YEQCAIKAIIIQQgCCgCDCERQQAhC0EAIQYj\
AEHgAGsiAyQAIANBADYCXCADIBE2AlggAyAENgJUIANByABqIANB1ABqIgRBBBCAAQJAIAMoAkhB\
AXFFDQAgAygCTCEMIARBLRDfAUUNACADQUBrIARBAhCAASADKAJAQQFxRQ0AIAMoAkQhCiAEQS0Q\
3wFFDQAgA0E4aiAEQQIQgAEgAygCOEEBcUUgCkEBa0ELS3INACADKAI8Ig1FDQBBHyEEAkAgCkEL\
Sw0AQQEgCnRB0BRxRQRAIApBAkcNASAMQQNxRQRAQR0hBCAMQZADcEUgDEHkAHByDQILQRwhBAwB\
C0EeIQQLIAQgDUkNACADQTBqIANB1ABqIgQQwAEgAy0AMEUNACADLQAxIgpBIEYgCkH0AEZyRSAK\
QdQAR3ENACADQShqIARBAhCAASADKAIoQQFxRQ0AIAMoAiwgBEE6EN8BRQ0AIANBIGogBEECEIAB\
IAMoAiBBAXFFDQAgAygCJCEcAkAgAygCXCIKIAMoAlhPDQAgAygCVCAKai0AAEE6Rw0AIAMgCkEB\
ajYCXCADQRhqIARBAhCAASADKAIYQQFxRQ0BIAMoAhwhBiADKAJcIgogAygCWCIMTw0AIAMoAlQi\
FiAKai0AAEEuRw0AIApBAWoiDSEEIAMCfwNAIAwgBCAMRg0BGiAEIBZqIARBAWohBC0AAEEwa0H/\
AXFBCkkNAAsgBEEBawsiBDYCXCAEIApNIAQgDEtyRQRAIAQgDUYNAiAEIA1rQQJNDQEgBCAKa0EE\
ayEEIA0gFmpBA2ohCgNAIARFDQIgBEEBayEEIAotAAAgCkEBaiEKQTBGDQALDAILIA0gBCAMQbSO\
wQAQOAALQRdLIBxBO0tyIAZBO0tyDQAgA0EQaiADQdQAahDAASADLQAQRQ0AAkACQAJAIAMtABEi\
BEEraw4DAQMBAAsgBEH6AEYNASAEQdoARw0CDAELIANBCGogA0HUAGpBAhCAASADKAIIQQFxRQ0B\
IAMoAgwhBgJAIAMoAlwiBCADKAJYTw0AIAMoAlQgBGotAABBOkcNACADIARBAWo2AlwLIAMgA0HU\
AGpBAhCAASADKAIAQQFxRSAGQRdLcg0BIAMoAgRBPE8NAQsgAygCXCARRiELCyADQeAAaiQAIAsN\
ASAILQAAIQQLIAlBgICAgHg2AgAgBEEDaw4EAgEBAwELIAkgCCgCDDYCCCAJIAgpAgQ3AgAgCC0A\
AEEDaw4EAgAAAgALIAgQ7QEMAQsgCEEEahCKAwsgCEEQaiQAIAUgCTYCWCAFIAVBLGo2AlQgBSAF\
QRxqNgJQIAUgDkEMajYCYCAFIAI2AlwCfyAFKAIcQYCAgIB4RgRAQQIhBEEADAELQQFBAiAFLQAo\
IgNBAUYbQQAgAxshBEEAIBMNABoCf0EAIQMCQAJAAkBBAUECIAVBHGotAAwiBkEBRhtBACAGGw4D\
AQACAAsgAUG8p8AAQQgQdyIGRQ0BIAZBBGpBACAGLQAAQQVGGwwCCyABIQMLIAMLCyEIAkAgAUEA\
IBIgFXJBAXEbRQRAIAVBADYCbCAFQoCAgIDAADcCZAwBCyAFKAJIQQAgBSgCREGAgICAeEcbIQog\
BSgCTCELIwBBMGsiAyQAIANBADYCHCADQoCAgIDAADcCFCADQQhqIAEQfiADKAIIIgYEQCADQSBq\
IgkgBiADKAIMENICIANBFGpBqMnAAEEEIAkQdgsgBUHkAGohCUFQIQYDQCAGBEAgASAGQdz9wABq\
KAIAIAZB4P3AAGooAgAQeCIMBEAgA0EgaiINIAwQdCADQRRqIAZB1P3AAGooAgAgBkHY/cAAaigC\
ACANEHYLIAZBEGohBgwBCwsCQAJAIANBFGoiBkGoycAAQQQQ8gINACAGQYD9wABBEhDyAg0AIAlB\
ADYCCCAJQoCAgIDAADcCACAGEJMDDAELIAoEQCADQSBqIgYgCiALENICIANBFGpB1P3AAEEOIAYQ\
dgsgCSADKAIcNgIIIAkgAykCFDcCAAsgA0EwaiQACyAFQRBqQQNBBEHoABCyASAFQQA2AnggBSAF\
KQMQNwJwAkAgG0EBc0EBcUUgBEECR3FFBEAgBUEANgKEASAFQoCAgIDAADcCfAwBCyAFIAQ6AKAB\
IAUgAjYCnAIgBSAZNgKUAiAFIBQ2ApACIAVBzIXBADYCjAIgBUGkhcEANgKIAiAFIAVBoAFqNgKY\
AiAFQfwAaiEJIwBBQGoiAyQAIANBEGogBUGIAmoiBhDuAQJAIAMoAhAiCwRAIAMoAhQhDCADQQhq\
QQRBBEEIELIBIAMoAgghDSADKAIMIgogDDYCBCAKIAs2AgAgA0EBNgIkIAMgCjYCICADIA02Ahwg\
AyAGKQIQNwM4IAMgBikCCDcDMCADIAYpAgA3AyggA0EcaiEGIANBKGohDCMAQRBrIgokAANAAkAg\
CkEIaiAMEO4BIAooAggiDUUNACAKKAIMIRQgBigCCCILIAYoAgBGBEAgBkEBELoCCyAGKAIEIAtB\
A3RqIhEgFDYCBCARIA02AgAgBiALQQFqNgIIDAELCyAKQRBqJAAgCSADKAIkNgIIIAkgAykCHDcC\
AAwBCyAJQQA2AgggCUKAgICAwAA3AgALIANBQGskAAsCfwJAIBJBAXFFBEAgBSgChAEhAyACLQBA\
RQRAQQEgA0UgBEECRnINAxogBUGoAmogBUHQAGpBARBEIAUgBDoAmAIgBUEBNgKIAiAFIAUoAoQB\
NgKUAiAFIAUpAnw3AowCIAVB8ABqIAVBiAJqEP8BQQAMAwsgA0UNAQsCQAJAIAgEQCAFKAKEASID\
DQELIAVBADYCjAMgBUKAgICAwAA3AoQDDAELIAVBhANqIAUoAoABIAMgCBDVAQsgBSgCbEEcbCED\
IAUoAmghBANAIAMEQCAEKAIIIQYgBCgCBCEJIAVBiAJqIgogBEEMahB0IAVBhANqIAkgBiAKEHYg\
A0EcayEDIARBHGohBAwBCwsgBSgCjAMEQCAFQagCaiAFQdAAakEBEEQgBSAFKAKMAzYCqAEgBSAF\
KQKEAzcDoAEgBUGQAmogBUHcAGogBUGgAWoQkAEgBUKBgICAkICAgIB/NwKIAiAFQfAAaiAFQYgC\
ahD/AQwBCyAFQYQDahCTAwtBAQshDAJAIBUgBSgCHEGAgICAeEdxRQ0AAkACQCAIRQ0AIAVBiAJq\
QdD8wABBBiAIENUBIAUoAogCQYCAgIB4Rg0AIAUgBSgCkAI2ApABIAUgBSkCiAI3A4gBDAELIAVB\
ADYCkAEgBUKAgICAwAA3A4gBCyAFKAJsQRxsIQMgBSgCaCEEA0AgAwRAIAQoAgghBiAEKAIEIQkg\
BUGIAmoiCiAEQQxqEHQgBUGIAWogCSAGIAoQdiADQRxrIQMgBEEcaiEEDAELCyAFKAKQAQRAIAVB\
qAJqIAVB0ABqQQIQRCAFQYQDaiAFQRxqEKsBIAUgBSgCkAE2AqgBIAUgBSkDiAE3A6ABIAVBkAJq\
IAVB3ABqIAVBoAFqEJABIAVCgoCAgJCAgICAfzcCiAIgBSAFKQKEAzcCnAIgBSAFKAKMAzYCpAIg\
BUHwAGogBUGIAmoQ/wEMAQsgBUGIAWoQkwMLQYKAgIB4IQQgEyABQQAgF0EBcRsiA0VyRQRAIAVB\
hANqIAEQTgJAIAdBAkYNACAFQaABaiEGIAggAyAIGyABIAdBAXEiBBshAyMAQTBrIgEkACABQQA2\
AhwgAUKAgICAwAA3AhQCQCAEBEAgA0H0+8AAQQEQeCIDRQ0BIAFBIGoiBCADEHQgAUEUakH8+8AA\
QQwgBBB2DAELIANBtPvAAEEBEHgiBARAIAFBIGoiCCAEEHQgAUEUakG8+8AAQRAgCBB2CwJAIANB\
zPvAAEEBEHgiBEUEQCADQYj8wABBARB4IgRFDQELIAFBIGoiCCAEEHQgAUEUakHU+8AAQQ4gCBB2\
CyABQQhqIAMQfiABKAIIIgNFDQAgAUEgaiIEIAMgASgCDBDSAiABQRRqQeL7wABBDyAEEHYLIAYg\
ASgCHDYCCCAGIAEpAhQ3AgAgAUEwaiQAIAUoAqgBQRxsIQMgBSgCpAEiBEEMaiESA0ACQAJAIAME\
QCAFQYQDaiAEKAIEIgEgBCgCCCIGEPICRQ0BDAILIAVBoAFqEJMDDAMLIAVBiAJqIgggEhB0IAVB\
hANqIAEgBiAIEHYLIARBHGohBCADQRxrIQMgEkEcaiESDAALAAsgBSAFKAKMAzYCkAIgBSAFKQKE\
AzcDiAIgBUGUAWogBUHcAGogBUGIAmoQkAFBgYCAgHghBAsgBUHAAWogBUHQAGpBABBEIAVBtAFq\
IRIjAEEgayIJJAACQAJAAkACQAJAIBpBAWsOAwMAAQILIBIgECAPEJcBDAMLIAlBCGogECAPEC4g\
CSgCECIBRQ0BIAEtACRBAkYNASASIAEoAhQgASgCGBCXAQwCCyAJQS46AB4gCUHfADoAHyAJIBA2\
AgggCSAPIBBqNgIMIAkgCUEfajYCFCAJIAlBHmo2AhAjAEEgayIBJAAgAUEIaiAJQQhqIgMoAgQg\
AygCAGtBAUEBELIBIAFBADYCHCABIAEpAwg3AhQjAEEQayIGJAAgAUEUaiIIIAMoAgQgAygCAGsQ\
twIgCCkCBCEeIAYgCEEIajYCBCAGIB5CIIk3AgggBkEEaiIQKAIEIQggECgCACADKAIAIgcgAygC\
BCIKRwRAIBAoAgghECADKAIMIRUgAygCCCELIAogB2shAwNAIAggEGogBy0AACIKIAstAABGBH8g\
FS0AAAUgCgs6AAAgB0EBaiEHIAhBAWohCCADQQFrIgMNAAsLIAg2AgAgBkEQaiQAIBIgASgCHDYC\
CCASIAEpAhQ3AgAgAUEgaiQADAELIwBB4ABrIgckACAHQRhqIA9BCGoQ+QEgB0EBOwFAIAdBADYC\
PCAHIA8gEGo2AjggByAQNgI0IAcgDzYCMCAHIBA2AiwgByAPNgIoIAdBADYCJCAHQTRqIRMDQCAH\
KAIsIQMCQAJ/AkADQCAHKAI0IQYgBygCOCEIIAdBEGogExCEASAHKAIUIgFBgIDEAEYNASABQf8A\
SyABQTprQXVLciABQd8AcUHbAGtBZUtyDQALIAcoAiQhASAHIAcoAjQgBygCECIQIAggBmtqaiAH\
KAI4azYCJCAQIAFrIRUgASADagwBCyAHLQBBDQEgB0EBOgBBIActAEBFIAcoAigiAyAHKAIkIgFG\
cQ0BIAMgAWshFSAHKAIsIAFqCyEQQQAhBiAHQQA2AkwgByAQNgJEIAcgECAVajYCSCAHQdQAaiEI\
IwBBMGsiASQAIAFBCGogB0HEAGoiAxCEAQJAIAEoAgwiCkGAgMQARwRAIAEoAgghCyABQQMgAygC\
BCADKAIAayIPQQJ2IA9BA3FBAEdqIg8gD0EDTRtBAWpBBEEIELIBIAEoAgAhDSABKAIEIg8gCjYC\
BCAPIAs2AgAgAUEBNgIcIAEgDzYCGCABIA02AhQgASADKAIINgIoIAEgAykCADcDICABQRRqIQMg\
AUEgaiEKIwBBEGsiDyQAA0ACQCAPQQhqIAoQhAEgDygCDCINQYCAxABGDQAgDygCCCEUIAMoAggi\
CyADKAIARgRAIAMgCigCBCAKKAIAayIRQQJ2IBFBA3FBAEdqQQFqELoCCyADKAIEIAtBA3RqIhEg\
DTYCBCARIBQ2AgAgAyALQQFqNgIIDAELCyAPQRBqJAAgCCABKAIcNgIIIAggASkCFDcCAAwBCyAI\
QQA2AgggCEKAgICAwAA3AgALIAFBMGokACAHQQA2AkwgB0KAgICAwAA3AkRBASEDQQEgBygCXCIP\
IA9BAU0bIRQDQCAGIQggA0EDdEEMaiEKAkADQCADIBRHBEBBASELIAdB1ABqIgEgA0HQo8AAEKIC\
IgYoAgQgBigCACEGIAEgA0EBa0Hgo8AAEKICIREgDyADQQFqIgFLBEAgBygCWCAKaigCAEH7AGtB\
ZkkhCwtBwQBrQRpJBEAgESgCBCINQeEAa0EaSSANQTBrQQpJciALRSANQdsAa0FlS3FyDQMLIApB\
CGohCiABIQMMAQsLIAggFUkEQCAHIAggECAVQcCjwAAQrAEgB0HEAGogBygCACAHKAIEEO8BCyAH\
KAJMIQEgBygCSCEDIAcoAkQhBiAHQdQAahCJAyAHIAMgAUEDdGoiCjYCUCAHIAY2AkwgByADNgJI\
IAcgAzYCRANAIAMgCkcEQCAHIANBCGo2AkggAygCBCEGIAMoAgAhASAHKAIgBEAgB0EYakEgEKMB\
CyAHIAE2AlQgByABIAZqNgJYIAdB1ABqEPQBIgFBgIDEAEcEQCAHQRhqIgMgAUHfAHEgASABQeEA\
a0EaSRsQowEgAyAHKAJUIgEgBygCWCABaxDaAQsgBygCSCEDIAcoAlAhCgwBCwsgB0HEAGoQrwIg\
By0AQUUNAwwCCyAHQQhqIBAgFSAIIAZB8KPAABBzIAdBxABqIAcoAgggBygCDBDvASADQQFqIQMM\
AAsACwsgEiAHKAIgNgIIIBIgBykCGDcCACAHQeAAaiQACyAJQSBqJAAgBSAENgKkASAFQQA2AqAB\
IAUgBSkClAE3AqgBIAUgBSgCnAE2ArABIAItAD4EQAJAIAUoAhxBgICAgHhHBEAgBUGIAmogBUEc\
ahCrAQwBCyAFQYCAgIB4NgKIAgsgBUH8AWoQ3gIgBSAFKAKQAjYChAIgBSAFKQKIAjcC/AELIAVB\
iAJqIgEgBUGgAWpB6AD8CgAAIAVB8ABqIAEQ/wEgBSgCeEHoAGwhAyAFKAJ0IQQCQAJAAkACQANA\
IANFDQEgBUEIaiIBIAQoAhw2AgQgAUEAIAQoAhggBCgCABs2AgAgBSgCCARAIAUoAgxFDQMLAkAg\
BEE4ahDxAQ0AIARBxABqEPEBDQAgBSAEKAIAEPYBIAUgBSkDADcCiAEgBUGEA2oiAiAOEPACIAVB\
AzYClAIgBUECNgKMAiAFIAI2ApACIAUgBUGIAWo2AogCIAVB+AJqQZCewAAgBUGIAmoQqgIMBAsg\
BEEoaiEBIARBJGogA0HoAGshAyAEQegAaiEEKAIAIgIgAiABKAIAahC8AkHlAEkNAAsgBUGEA2oi\
AiAOEPACIAVBATYClAIgBUGwjsEANgKQAiAFQQM2AowCIAUgAjYCiAIgBUH4AmpBwozAACAFQYgC\
ahCqAgwCCyAAIAUoAng2AgwgACAFKQJwNwIEIABBgICAgHg2AhAgAEEANgIAIAxFDQIgBUH8AGoQ\
iQMMAgsgBUGIAmoiAiAOEPACIAVBAzYCiAMgBSACNgKEAyAFQfgCakGyi8AAIAVBhANqEKoCCyAC\
EIoDIABCATcCACAAIAUpAvACNwIIIAAgBSkC+AI3AhAgACAFKAKAAzYCGCAAQQE6ABwgDARAIAVB\
/ABqEIkDCyAFQfAAahCUAyAFQeQAahCTAyAFQcQAahDeAgwBCyAFQeQAahCTAyAFQcQAahDeAiAF\
QSxqEPUCIAVBHGoQ3gIMAgsgBUEsahD1AgsgBUEcahDeAgsgBUGQA2okAAuPEQIQfwF+IwBBoAFr\
IgMkACADQQA2AhwgA0KAgICAwAA3AhQgA0H8AGohCCADQYQBaiENIANBPGohCSADQTRqIQogA0HY\
AGpBAnIhDiADQfoAaiEPIANB3ABqIQsDQCABKAIcIgQgASgCGCIGIAQgBksbIQYgASgCFCEHAkAC\
QAJAAkACQAJAAkACQANAAkACQAJAAn8CQAJAAkACQAJAIAQgBkYEQCAGIQQMAQsgBCAHai0AACIF\
QQlrQQJJDQcCQCAFQSBrDgMIAQQACyAFQQ1GDQcgBUHbAEYNAiAFQfsARg0BCyADQfgAaiABEBsg\
Ay0AfCEFIAMoAngiBkECRw0FIAVB5gBHBEBBACAFQe4ARg0FGiAFQfQARg0EIANBCGogASgCDCAB\
KAIQIAQgASgCHEH0rcAAEHMgA0GUAWogAygCCCADKAIMEJcBIA8gAygCnAE2AAggDyADKQKUATcA\
ACADIAMpAHg3AzAgAyADKQB+NwE2QQIMBQtBACEQQQEMBAsgA0H4AGogASADKAIcIAJqEJEBIAMo\
AngiBEECRwRAIAAgAykCgAE3AgggACADKQKIATcCECAAIAMoApABNgIYIAAgAygCfDYCBCAAIAQ2\
AgAMEAsgASgCHEEBaiEEIAEoAhghBiABKAIUIQcDQCABIAQ2AhwgBCAGTw0MIAQgB2otAAAiDEEJ\
ayIFQRdLQQEgBXRBk4CABHFFcg0LIARBAWohBAwACwALIANB+ABqIAEgAygCHCACahCRASADKAJ4\
IgRBAkcEQCAAIAMpAoABNwIIIAAgAykCiAE3AhAgACADKAKQATYCGCAAIAMoAnw2AgQgACAENgIA\
DA8LIAEoAhxBAWohBCABKAIYIQYgASgCFCEHA0AgASAENgIcIAQgBk8NCCAEIAdqLQAAIgxBCWsi\
BUEXS0EBIAV0QZOAgARxRXINBiAEQQFqIQQMAAsACyADQfgAaiABEHUgAyAIKQIANwMwIAMgCCgC\
CDYCOCADKAJ4IgRBAkcEQCAAIAMoApABNgIYIAAgAykCiAE3AhAgACADKAI4NgIMIAAgAykDMDcC\
BCAAIAQ2AgAMDgsgCyADKAI4NgIIIAsgAykDMDcCACADQQM6AFgMDAtBASEQQQELIQQgAyADKQE2\
NwEmIAMgAykDMDcDICAOIAMpAyA3AQAgDiADKQEmNwEGIAMgEDoAWSADIAQ6AFgMCgsgAyADKQGE\
ATcBNiADIAMpAX43AzAgAyADKQMwNwMgIAMgAykBNjcBJiADLQB9IQEgAykCjAEhEyAAIAMpASY3\
AQwgACADKQMgNwEGIAAgEzcCFCAAIAE6AAUgACAFOgAEIAAgBjYCAAwKCyABIARBAWoiBDYCHAwB\
CwsgDEHdAEYNAQsgA0IENwKAASADQoCAgIAINwJ4IANBFGogA0H4AGoQygEMBwsgASAEQQFqNgIc\
IANBADYCZCADQoCAgIDAADcCXCADQQQ6AFgMBAsgDEH9AEYNAQsgA0H4AGogAUEBECEgAyAIKQIA\
NwMwIAMgCCgCCDYCOCADKAJ4IgRBAkYNASAAIAMoApABNgIYIAAgAykCiAE3AhAgACADKAI4NgIM\
IAAgAykDMDcCBCAAIAQ2AgAMAwsgASAEQQFqNgIcIANBADYCZCADQoCAgIDAADcCXCADQQU6AFgM\
AQsgDSADKAI4NgIIIA0gAykDMDcCACADQQA2AoABIANCgICAgMAANwJ4IANBFGogA0H4AGoQygEM\
AgsDQAJAAkAgAygCHCIERQ0AIAMgBEEBayIENgIcIAMgAygCGCAEQRhsaiIEKQIENwN4IAMgBCkC\
DDcDgAEgAyAEKAIUNgKIASAEKAIAIgZBgYCAgHhGDQAgCiADKQN4NwIAIAogAykDgAE3AgggCiAD\
KAKIATYCECADIAY2AjAgASgCFCEMIAEoAhghByABKAIcIQQDQCAEIAdPIhENAiAEIAxqLQAAIgVB\
CWsiEkEXS0EBIBJ0QZOAgARxRXINAiABIARBAWoiBDYCHAwACwALIAAgAykCYDcCDCAAIAMpAlg3\
AgQgAEECNgIADAILAkACQAJAAkAgBkGAgICAeEcEQCANIAMpAlg3AgAgDSADKQJgNwIIIAMgCSgC\
CDYCgAEgAyAJKQIANwN4IANBADYCRCADQoCAgIAQNwI8IANBMGogA0H4AGoQtQEgBCAHSQRAIAVB\
/wFxIgRB/QBGDQUgBEEsRg0CCyAAIAFB86vAAEEKEGMMAgsgCiADQdgAahDdAQJAIBFFBEAgBUH/\
AXEiBEHdAEYNBSAEQSxGDQELIAAgAUH9q8AAQQoQYwwCCyABIAEoAhxBAWo2AhwgAyADKQJANwOI\
ASADIAMpAjg3A4ABIAMgAykCMDcDeCADQRRqIANB+ABqEMoBDAYLIAEgASgCHEEBajYCHCADQfgA\
aiABQQEQISADIAgpAgA3A0ggAyAIKAIINgJQIAMoAngiBEECRg0BIAAgAygCkAE2AhggACADKQKI\
ATcCECAAIAMoAlA2AgwgACADKQNINwIEIAAgBDYCAAsgA0EwahCrAgwDCyAJEIoDIAkgAygCUDYC\
CCAJIAMpA0g3AgAgAyADKQJANwOIASADIAMpAjg3A4ABIAMgAykCMDcDeCADQRRqIANB+ABqEMoB\
DAMLIAEgASgCHEEBajYCHCADKAIwQYCAgIB4RwRAIAMgAygCODYCcCADIAMpAjA3A2ggCyADQegA\
ahAQIANBBToAWCADKAIwQYCAgIB4Rg0BIAkQigMFIAsgCigCCDYCCCALIAopAgA3AgAgA0EEOgBY\
CwwACwALCyADQRRqIgIiASgCCCEAIAEoAgQhAQNAIAAEQCAAQQFrIQAgARCrAiABQRhqIQEMAQsL\
IAIQjgMgA0GgAWokAAvTCwIQfwN+IwBBoAFrIgIkACACQegAaiAAIAFBLRDGASACKAJsIQQgAiAC\
KAJoIgkgACAJGyIANgKQASACIAQgASAJGyIFNgKMASACIAA2AogBIAJC5YCAgNAINwOAASACIAAg\
BWo2ApQBIAJBADYCmAEgCUEARyENIAJBkAFqIQcCQAJAAkADQCACQeAAaiAHEIQBIAIoAmQiAUGA\
gMQARg0BIAIoAmAhBCACIAE2AnQgAkGAAWohA0EIIQEgAkH0AGooAgAhCgNAIAEiBgRAIAFBBGsh\
ASADKAIAIQsgA0EEaiEDIAogC0cNAQsLIAZFDQALIAJB2ABqIAQgACAFQZyzwAAQuwEgAigCXCEH\
IAIoAlghAyACQdAAaiAEQQFqIAAgBUGss8AAEKwBQQQhBiACKAJQIQECQAJAAkAgAigCVCIADgIF\
AAELIAEtAAAiBEEraw4DBAEEAQsgAS0AACEECwJAAkACQCAEQf8BcUEraw4DAQIAAgsgAEEBayEE\
IAFBAWohASAAQRFPBEADQCAERQ0FIAJBQGsgEiASQj+HEH0gAikDSCACKQNAIhJCP4dSDQYgAkE4\
aiABLQAAQQoQ4gEgAigCOEEBRw0GIAI1AjwiE0IAUiASIBIgE30iElVzDQYgAUEBaiEBIARBAWsh\
BAwACwALA0AgBEUNBCACQTBqIAEtAABBChDiASACKAIwQQFHDQUgAUEBaiEBIARBAWshBCASQgp+\
IAI1AjR9IRIMAAsACyAAQQFrIQAgAUEBaiEBCyAAQRBPBEADQCAARQ0DIAJBIGogEiASQj+HEH0g\
AikDKCACKQMgIhJCP4dSDQQgAkEYaiABLQAAQQoQ4gEgAigCGEEBRw0EIBIgAjUCHCASfCISVQ0E\
IAFBAWohASAAQQFrIQAMAAsACwNAIABFDQIgAkEQaiABLQAAQQoQ4gEgAigCEEEBRw0DIAFBAWoh\
ASAAQQFrIQAgAjUCFCASQgp+fCESDAALAAsgBSEHIAAhAwsgAkGAAWoiACADIAcQoQEgAkH0AGog\
ABAyAn8gAigCdEEBRgRAIAMgAigCfCIAaiEEIAcgAGshBSACKAJ4IQggAwwBC0EACyEBQQAhBiAC\
QQA6AJABQQEhACACIARBASABGyIENgKIASACIAEgAyABGyIKNgKAASACIAQgBUEAIAEbIg5qIg82\
AowBIAIgCiAIIAcgARsiC2oiEDYChAEgAkEIaiEIIAJBkAFqIQFBACEHIwBBEGsiAyQAAkACQCAC\
QYABaiIFKAIABEADQAJAIANBCGogBRDsASADLQAIRQ0AIAMtAAlBMEcNAyAHQQFqIQcMAQsLIAVB\
ADYCAAsgBSgCCEUNASAFQQhqIREDQCADIBEQ7AEgAy0AAEUNAiADLQABQTBHDQEgB0EBaiEHDAAL\
AAtBASEMIAFBAToAAAsgCCAHNgIEIAggDDYCACADQRBqJABCASETAkAgAigCDCIHIAsgDmoiCEcE\
QCACQQA6AJABIAIgDzYCjAEgAiAENgKIASACIBA2AoQBIAIgCjYCgAFBACEDIwBBEGsiBiQAAkAC\
QCAFIgAoAggEQCAAQQhqIQUDQAJAIAZBCGogBRDkASAGLQAIRQ0AIAYtAAlBMEcNAyADQQFqIQMM\
AQsLIAVBADYCAAtBACEFIAAoAgBFDQEDQCAGIAAQ5AEgBi0AAEUNAiAGLQABQTBHDQEgA0EBaiED\
DAALAAtBASEFIAFBAToAAAsgAiADNgIEIAIgBTYCACAGQRBqJAAgCCAHIAIoAgRqayIAQRBPIAut\
IAetfSIUIBJ8IhNCP4dCgICAgICAgICAf4UgEyASQgBTIBMgFFNzGyITQqwCfELYBFZyDQEgDSEG\
CyAAIBMQcCAGaiEGDAELQREgACAAQRFPGyIBIBMQcCEAIAlBAEdBBCABIBNCAXwQcCIBIAAgACAB\
SRsiACAAQQRNG2ohBgsgAkGgAWokACAGC+wIAgh/AX4jAEHQAGsiBSQAIAEgASgCHEEBaiIHNgIc\
A0AgASgCGCEIIAEoAhQiCSEEQQAhBiABAn8CQANAIAYgB2oiA0F3SyADQQhqIAhLcg0BIAQgB2og\
BEEIaiEEIAZBCGohBikAACILQn+FIAtC4MGDh46cuPBgg0KBgoSIkKDAgAF9IAtCosSIkaLEiJEi\
hUKBgoSIkKDAgAF9IAtC3Ljx4sWLl67cAIVCgYKEiJCgwIABfYSEg0KAgYKEiJCgwIB/gyILUA0A\
CyAHIAt6p0EDdmogBmpBCGsMAQsDQCADIAhJIQQgAyAJaiADQQFqIQNBACAEGxCOAg0ACyADQQFr\
CyIDNgIcIAIEQCAFQRBqIAEoAgwgASgCECAHIANBwKzAABBzIAIgBSgCECAFKAIUENoBIAEoAhgh\
CCABKAIUIQkgASgCHCEDCwJAAkACQCADIAhJBEAgAyAJai0AACIEQdwARg0CIARBIkYNASAAIAFB\
0KzAAEHCABDpAgwDCyAAIAFBh6zAAEEdEOkCDAILIABBAjYCACABIANBAWo2AhwMAQsCQAJAAkAC\
QAJAIAggA0EBaiIGSwRAAkACQAJAAkACQAJAAkACQAJAAkACQCAGIAlqLQAAIgRB7gBrDggFAQEB\
BgEHCAALAkAgBEHiAGsOBQMBAQEEAAsgBEEiRg0JIARBL0YNASAEQdwARg0ICyAFQRhqIAEgBkGk\
rMAAQRoQZgwKC0EvIQQMBwtBCCEEDAYLQQwhBAwFC0EKIQQMBAtBDSEEDAMLQQkhBAwCCyADQQJq\
IQcCQCADQQZqIgogCEsgA0F5S3INACAFQQhqIAcgCWoQhgEgBS8BCEEBcUUNACAFLwEKIQQMBgsg\
BUE0aiABIAdBlK7AAEEhEGYgBS8BOCEEIAUoAjQiBkECRg0FIAUgBSkBSDcBLCAFIAUpAUI3ASYg\
BSAFKQE6NwEeIAUgBDsBHAwEC0HcACEECyABIANBAmo2AhwMBAsgBUEYaiABIAZBh6zAAEEdEGYL\
IAUoAhgiBkECRg0DCyAAIAUpAiw3AhQgACAFKQIkNwIMIAAgBSkCHDcCBCAAIAY2AgAMAwsgASAK\
NgIcAkAgBEGA+ANxIgZBgLgDRg0AIAZBgLADRgRAIAUgCSAKakEAIAggCksbNgI0IAVBNGoiCkGI\
rsAAEPsBDQEgBSAJIANBB2oiBmpBACAGIAhJGzYCNCAKQZCuwAAQ+wENASADQQxqIgYgA0EIaiID\
SSAGIAhLcg0BIAUgAyAJahCGASAFLwEAQQFxRQ0BIAUvAQIiA0GA+ANxQYC4A0cNASABIAY2AhxB\
/f8DQYCAxAAgBEEKdCADakGAuP8aayIDIANBgLADc0GAgMQAa0GAkLx/SRsiAyADQYCAxABGGyEE\
DAILQf3/AyAEIARBgLC/f3NBgJC8f0kbIQQMAQsgASAHEIACQf3/AyEECyACRQ0AIAIgBBCjAQsg\
ASgCHCEHDAELCyAFQdAAaiQAC64LAgt/AX4jAEGAAWsiAiQAAkAgASgCCCIHQRFPBEAgAkHkAGog\
BxCcASACKAJsIQQgAigCaCEDIAIgATYCSCADIAQgAkHIAGpBqK/AABAWIARBAWohBgJAA0AgBkEB\
ayIGQQJJDQEgASADKAIAQZCxwAAQowIgASADQQRqIgMoAgBBoLHAABCjAhCAAw0ACyACQShqQQEg\
ASgCCBBiIAIoAmwhAyACQQA6AFAgAiADNgJMIAJBATYCSEEAIQQDQCAEIQMCQAJAA0AgAkEQaiAC\
QcgAahCmASACKAIQQQFHDQEgAigCFCIEIAIoAmxHBEAgASACQeQAaiIFIARBwK/AABCkAigCAEHQ\
r8AAEKMCIAEgBSADQeCvwAAQpAIoAgBB8K/AABCjAhCAA0UNAQsLIAJB5ABqIgUgA0GAsMAAEKQC\
KAIAIgYgBSAEQQFrQZCwwAAQpAIoAgAiBUYNAiABIAVBoLDAABCjAiIFKQIMIQ0gBUEAOgAMIAIg\
BSkCFDcDeCACIA03A3AgASAGQbCwwAAQowIiBUEMahDtASAFIAIpA3g3AhQgBSACKQNwNwIMIANB\
AWoiBSAETSACKAJsIgYgBE9xDQEgBSAEIAZBwLDAABA4AAsgAkEANgJIIwBBEGsiBiQAIAYgAkEo\
aiILNgIMIAYgAkHIAGo2AggjAEEQayIHJAAgByAGQQhqNgIMAkAgASIFKAIIIghFDQBBACEBIAUo\
AgQiCiEDA0AgB0EMahDWAQRAIANBHGohAyAIIAFBAWoiAUcNAQwCCwsgAxD4AiAKQRxqIQwgASEE\
A0AgAUEBaiEDIAwgAUEcbGohAQNAIAMgCE8EQCAFIAQ2AggMAwsgB0EMahDWAUUEQCADQQFqIQMg\
ARD4AiABQRxqIQEMAQsLIAogBEEcbGoiCSABKAIYNgIYIAkgASkCEDcCECAJIAEpAgg3AgggCSAB\
KQIANwIAIARBAWohBCADIQEMAAsACyAHQRBqJAAgBkEQaiQAIAAgBSgCCDYCCCAAIAUpAgA3AgAg\
CxCKAyACQeQAahCLAwwECyAEQQJ0IANBAnRrQQRrIQMgAigCaCAFQQJ0aiEGA0AgA0UNASACQShq\
IAYoAgBB0LDAABCyAkEAOgAAIANBBGshAyAGQQRqIQYMAAsACwALIAAgASgCCDYCCCAAIAEpAgA3\
AgAgAkHkAGoQiwMMAQsgASgCBCIDIAdBHGxqIQkgAyEEA0ACQAJAIAQgCUYNACAEQRxqIQVBACEG\
A0AgBiAIRg0CIAMgBkEcaiIGakEcayAEEJ8CRQ0ACyACQQhqIAdBBEEcELIBIAJBADYCJCACIAIp\
Awg3AhwgASgCACEEIAIgCTYCNCACIAQ2AjAgAiADNgIsIAIgAzYCKCACQdQAaiEHA0ACQAJAIAMg\
CUYNACACIANBHGoiBDYCLCADKAIAIgVBgICAgHhGDQAgAiADKQIENwJoIAIgBTYCZCACIANBDGoi\
BSkCADcDOCACIAUpAgg3A0AgAigCJEEcbCEDIAIoAiBBHGshBgNAIANFDQIgA0EcayEDIAZBHGoi\
BiACQeQAaiIIEJ8CRQ0ACyAGQQxqIgMQ7QEgBkEUaiACKQNANwIAIAMgAikDODcCACAIEIoDIAQh\
AwwCCyMAQRBrIgMkACADIAJBKGoiBDYCDCAEKAIMIAQoAgQiBGtBHG4hBQNAIAUEQCAFQQFrIQUg\
BBD4AiAEQRxqIQQMAQsLIANBDGoQgwIgA0EQaiQAIAEgAigCJDYCCCABIAIpAhw3AgAMAgsgByAF\
KQIANwIAIAcgBSkCCDcCCCACIAIoAmw2AlAgAiACKQJkNwNIIAJBHGogAkHIAGoQtQEgBCEDDAAL\
AAsgACABKAIINgIIIAAgASkCADcCAAwCCyAIQRxqIQggBSEEDAALAAsgAkGAAWokAAv3AgIHfwF+\
IwBBMGsiAyQAAkACQCACBEAgAkEDdCIFQQhrIghBA3atQgGGIQoCQCABQQhqIQIgCqchBiABIQQD\
QCAFRQ0BIAVBCGshBSAEKAIEIQcgBEEIaiEEIAYgB2oiBiAHTw0ACxDzAQALIANBCGogBkEBQQEQ\
sgEgA0EANgIcIAMgAykDCDcCFCADQRRqIAEoAgAiBCAEIAEoAgRqEO8CIAYgAygCHCIBayEEIAMo\
AhggAWohBQNAIAhFDQIgAigCACEHIAIoAgQhASADQSBqIgkgBSAEQQIQ9wEgAygCLCEEIAMoAigh\
BSADKAIgIAMoAiRBqP/AAEECQZyWwQAQngIgCSAFIAQgARD3ASADKAIsIQQgAygCKCEFIAMoAiAg\
AygCJCAHIAFBnJbBABCeAiAIQQhrIQggAkEIaiECDAALAAsgAEEANgIIIABCgICAgBA3AgAMAQsg\
ACADKQIUNwIAIAAgBiAEazYCCAsgA0EwaiQAC6kIAgd/AX4jAEEwayIFJAACQAJAIAIEQAJAIASt\
IAJBDGwiB0EMayIIQQxurX4iDEIgiFAEQCABQQxqIQIgDKchCiABIQYDQCAHRQ0CIAdBDGshByAG\
KAIIIQkgBkEMaiEGIAkgCmoiCiAJTw0ACwsQ8wEACyAFQQhqIApBAUEBELIBIAVBADYCHCAFIAUp\
Awg3AhQgBUEUaiABKAIEIgYgBiABKAIIahDvAiAKIAUoAhwiAWshBiAFKAIYIAFqIQcCQAJAAkAC\
QAJAAkAgBA4FAAECAwQFCwNAIAhFDQcgAigCBCEEIAIoAgghASAHQQAgA0EAQZyWwQAQngIgBUEg\
aiAHIAYgARD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFBnJbBABCeAiAIQQxrIQggAkEM\
aiECDAALAAsDQCAIRQ0GIAIoAgQhBCACKAIIIQEgBUEgaiIJIAcgBkEBEPcBIAUoAiwhBiAFKAIo\
IQcgBSgCICAFKAIkIANBAUGclsEAEJ4CIAkgByAGIAEQ9wEgBSgCLCEGIAUoAighByAFKAIgIAUo\
AiQgBCABQZyWwQAQngIgCEEMayEIIAJBDGohAgwACwALA0AgCEUNBSACKAIEIQQgAigCCCEBIAVB\
IGoiCSAHIAZBAhD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADQQJBnJbBABCeAiAJIAcgBiAB\
EPcBIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIAQgAUGclsEAEJ4CIAhBDGshCCACQQxqIQIMAAsA\
CwNAIAhFDQQgAigCBCEEIAIoAgghASAFQSBqIgkgByAGQQMQ9wEgBSgCLCEGIAUoAighByAFKAIg\
IAUoAiQgA0EDQZyWwQAQngIgCSAHIAYgARD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFB\
nJbBABCeAiAIQQxrIQggAkEMaiECDAALAAsDQCAIRQ0DIAIoAgQhBCACKAIIIQEgBUEgaiIJIAcg\
BkEEEPcBIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIANBBEGclsEAEJ4CIAkgByAGIAEQ9wEgBSgC\
LCEGIAUoAighByAFKAIgIAUoAiQgBCABQZyWwQAQngIgCEEMayEIIAJBDGohAgwACwALA0AgCEUN\
AiACKAIEIQkgAigCCCEBIAVBIGoiCyAHIAYgBBD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAD\
IARBnJbBABCeAiALIAcgBiABEPcBIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIAkgAUGclsEAEJ4C\
IAhBDGshCCACQQxqIQIMAAsACyAAQQA2AgggAEKAgICAEDcCAAwBCyAAIAUpAhQ3AgAgACAKIAZr\
NgIICyAFQTBqJAALwQYBB38CQAJAIAEgAEEDakF8cSIEIABrIgZJDQAgASAGayIIQQJ2IgdFDQBB\
ACEBIAAgBEcEQCAAIARrIgRBfE0EQANAIAEgACADaiICLAAAQb9/SmogAkEBaiwAAEG/f0pqIAJB\
AmosAABBv39KaiACQQNqLAAAQb9/SmohASADQQRqIgMNAAsLIAAgA2ohAgNAIAEgAiwAAEG/f0pq\
IQEgAkEBaiECIARBAWoiBA0ACwsgACAGaiEEAkAgCEEDcSIARQ0AIAQgCEH8////B3FqIgMsAABB\
v39KIQUgAEEBRg0AIAUgAywAAUG/f0pqIQUgAEECRg0AIAUgAywAAkG/f0pqIQULIAEgBWohAwNA\
IAQhACAHRQ0CQcABIAcgB0HAAU8bIgVBA3EhBgJAIAVBAnQiBEHwB3EiAUUEQEEAIQIMAQsgACAB\
aiEIQQAhAiAAIQEDQCACIAEoAgAiAkF/c0EHdiACQQZ2ckGBgoQIcWogAUEEaigCACICQX9zQQd2\
IAJBBnZyQYGChAhxaiABQQhqKAIAIgJBf3NBB3YgAkEGdnJBgYKECHFqIAFBDGooAgAiAkF/c0EH\
diACQQZ2ckGBgoQIcWohAiABQRBqIgEgCEcNAAsLIAcgBWshByAAIARqIQQgAkEIdkH/gfwHcSAC\
Qf+B/AdxakGBgARsQRB2IANqIQMgBkUNAAsCfyAAIAVB/AFxQQJ0aiIAKAIAIgFBf3NBB3YgAUEG\
dnJBgYKECHEiASAGQQFGDQAaIAEgACgCBCIBQX9zQQd2IAFBBnZyQYGChAhxaiIBIAZBAkYNABog\
ACgCCCIAQX9zQQd2IABBBnZyQYGChAhxIAFqCyIBQQh2Qf+BHHEgAUH/gfwHcWpBgYAEbEEQdiAD\
aiEDDAELIAFFBEBBAA8LIAFBA3EhAkEAIQQgAUEETwRAIAFBfHEhBQNAIAMgACAEaiIBLAAAQb9/\
SmogAUEBaiwAAEG/f0pqIAFBAmosAABBv39KaiABQQNqLAAAQb9/SmohAyAFIARBBGoiBEcNAAsg\
AkUNAQsgACAEaiEBA0AgAyABLAAAQb9/SmohAyABQQFqIQEgAkEBayICDQALCyADC+UGAQV/AkAC\
QAJAAkACQAJAAkAgAEEEayIHKAIAIghBeHEiBEEEQQggCEEDcSIFGyABak8EQCAFQQAgAUEnaiIG\
IARJGw0BAkAgAkEJTwRAIAIgAxAtIgINAUEADwtBACECIANBzP97Sw0IQRAgA0ELakF4cSADQQtJ\
GyEBIABBCGshBiAFRQRAIAZFIAFBgAJJciAEIAFrQYCACEsgASAET3JyDQcgAA8LIAQgBmohBQJA\
IAEgBEsEQCAFQZy/wQAoAgBGDQFBmL/BACgCACAFRwRAIAUoAgQiCEECcQ0JIAhBeHEiCCAEaiIE\
IAFJDQkgBSAIEDAgBCABayIFQRBPBEAgByABIAcoAgBBAXFyQQJyNgIAIAEgBmoiASAFQQNyNgIE\
IAQgBmoiBCAEKAIEQQFyNgIEIAEgBRAnDAkLIAcgBCAHKAIAQQFxckECcjYCACAEIAZqIgEgASgC\
BEEBcjYCBAwIC0GQv8EAKAIAIARqIgQgAUkNCAJAIAQgAWsiBUEPTQRAIAcgCEEBcSAEckECcjYC\
ACAEIAZqIgEgASgCBEEBcjYCBEEAIQVBACEBDAELIAcgASAIQQFxckECcjYCACABIAZqIgEgBUEB\
cjYCBCAEIAZqIgQgBTYCACAEIAQoAgRBfnE2AgQLQZi/wQAgATYCAEGQv8EAIAU2AgAMBwsgBCAB\
ayIEQQ9NDQYgByABIAhBAXFyQQJyNgIAIAEgBmoiASAEQQNyNgIEIAUgBSgCBEEBcjYCBCABIAQQ\
JwwGC0GUv8EAKAIAIARqIgQgAUsNBAwGCyADIAEgASADSxsiAwRAIAIgACAD/AoAAAsgBygCACID\
QXhxIgcgAUEEQQggA0EDcSIBG2pJDQIgAUUgBiAHT3INBkGYnsEAQS5ByJ7BABDaAgALQdidwQBB\
LkGInsEAENoCAAtBmJ7BAEEuQciewQAQ2gIAC0HYncEAQS5BiJ7BABDaAgALIAcgASAIQQFxckEC\
cjYCACABIAZqIgUgBCABayIBQQFyNgIEQZS/wQAgATYCAEGcv8EAIAU2AgALIAZFDQAgAA8LIAMQ\
CSIBRQ0BIANBfEF4IAcoAgAiAkEDcRsgAkF4cWoiAiACIANLGyICBEAgASAAIAL8CgAACyABIQIL\
IAAQFQsgAguiBgEEfyAAQQhrIgEgAEEEaygCACIDQXhxIgBqIQICQAJAIANBAXENACADQQJxRQ0B\
IAEoAgAiAyAAaiEAIAEgA2siAUGYv8EAKAIARgRAIAIoAgRBA3FBA0cNAUGQv8EAIAA2AgAgAiAC\
KAIEQX5xNgIEIAEgAEEBcjYCBCACIAA2AgAPCyABIAMQMAsCQAJAQbC/wQACfwJAAkACQAJAIAIo\
AgQiA0ECcUUEQCACQZy/wQAoAgBGDQIgAkGYv8EAKAIARg0DIAIgA0F4cSICEDAgASAAIAJqIgBB\
AXI2AgQgACABaiAANgIAIAFBmL/BACgCAEcNAUGQv8EAIAA2AgAPCyACIANBfnE2AgQgASAAQQFy\
NgIEIAAgAWogADYCAAsgAEGAAkkNBCABIAAQNUGwv8EAQbC/wQAoAgBBAWsiADYCACAADQZB+LzB\
ACgCACIADQJB/x8MAwtBnL/BACABNgIAQZS/wQBBlL/BACgCACAAaiIANgIAIAEgAEEBcjYCBEGY\
v8EAKAIAIAFGBEBBkL/BAEEANgIAQZi/wQBBADYCAAsgAEGov8EAKAIAIgJNDQVBnL/BACgCACIA\
RQ0FQZS/wQAoAgAiA0EpSQ0EQfC8wQAhAQNAIAAgASgCACIETwRAIAAgBCABKAIEakkNBgsgASgC\
CCEBDAALAAtBmL/BACABNgIAQZC/wQBBkL/BACgCACAAaiIANgIAIAEgAEEBcjYCBCAAIAFqIAA2\
AgAPC0EAIQEDQCABQQFqIQEgACgCCCIADQALQf8fIAEgAUH/H00bCzYCAA8LAkBBiL/BACgCACIC\
QQEgAEEDdnQiA3FFBEBBiL/BACACIANyNgIAIABB+AFxQYC9wQBqIgAhAgwBCyAAQfgBcSIAQYC9\
wQBqIQIgAEGIvcEAaigCACEACyACIAE2AgggACABNgIMIAEgAjYCDCABIAA2AggPC0Gwv8EAQfi8\
wQAoAgAiAAR/QQAhAQNAIAFBAWohASAAKAIIIgANAAtB/x8gASABQf8fTRsFQf8fCzYCACACIANP\
DQBBqL/BAEF/NgIACwu7BQERfyMAQTBrIgUkACABQQJPBEAgBUEYaiABQQRBBBCyASAFIAUoAhwi\
CjYCKCAFIAUoAhg2AiQgAUECdCILBEAgCiAAIAv8CgAACyAFIAE2AiwgAygCFCERQQEhDAJAA0AC\
QCABIAxNBEAgDkEBcQ0BDAMLQQAhBCABIAxBAXQiD2h2IA9B/////wFqIAFxQQBHaiEQIAogACAO\
QQFxIgMbIQggACAKIAMbIRIDQAJAIBAEQCAQQQFrIRACQAJAAkACQCABIAQgDGoiBiABIAZJGyIJ\
IAEgBCAPaiILIAEgC0kbIgdHBEAgCUEBayIDIAFPDQEgASAGTQ0CIAIgCCADQQJ0aigCACAIIAlB\
AnRqKAIAIBERBABB/wFxQQFGDQMLIAVBCGogBCAHIBIgAUG8tMAAEOYBIAQgB0sNAyAFKAIIIAUo\
AgwgCCAEQQJ0aiAHIARrQdy0wAAQiAIMBQsgAyABQdyzwAAQswEACyAJIAFB7LPAABCzAQALIAVB\
EGogBCAHIBIgAUH8s8AAEOYBIAUoAhAiAyAFKAIUQQJ0aiEUIAkhBgNAIAggBkECdGohDSAIIARB\
AnRqIRMCQAJAA0AgAyAURg0GIAQgCUcEQCAGIAdPDQMgASAETQ0CIAIgDSgCACATKAIAIBERBABB\
/wFxQf8BRw0DCyABIAZLBEAgAyANKAIANgIAIA1BBGohDSAGQQFqIQYgA0EEaiEDDAELCyAGIAFB\
rLTAABCzAQALIAQgAUGMtMAAELMBAAsgASAESwRAIAMgEygCADYCACAEQQFqIQQgA0EEaiEDDAEL\
CyAEIAFBnLTAABCzAQALIAQgByABQcy0wAAQOAALIA5BAXMhDiAPIQwMAwsgCyEEDAALAAsLIAAg\
ASAKIAFBzLPAABCIAgsgBUEkahCLAwsgBUEwaiQAC6sFAgh/AX5BK0GAgMQAIAAoAggiCEGAgIAB\
cSIGGyELIAZBFXYgBGohBgJAIAhBgICABHFFBEBBACEBDAELAkAgAkEQTwRAIAEgAhATIQUMAQsg\
AkUNACACQQNxIQkgAkEETwRAIAJBDHEhDANAIAUgASAHaiIKLAAAQb9/SmogCkEBaiwAAEG/f0pq\
IApBAmosAABBv39KaiAKQQNqLAAAQb9/SmohBSAMIAdBBGoiB0cNAAsgCUUNAQsgASAHaiEHA0Ag\
BSAHLAAAQb9/SmohBSAHQQFqIQcgCUEBayIJDQALCyAFIAZqIQYLAkAgAC8BDCIJIAZLBEACQAJA\
IAhBgICACHFFBEAgCSAGayEJQQAhBUEAIQYCQAJAAkAgCEEddkEDcUEBaw4DAAEAAgsgCSEGDAEL\
IAlB/v8DcUEBdiEGCyAIQf///wBxIQogACgCBCEIIAAoAgAhAANAIAVB//8DcSAGQf//A3FPDQJB\
ASEHIAVBAWohBSAAIAogCCgCEBEDAEUNAAsMBAsgACAAKQIIIg2nQYCAgP95cUGwgICAAnI2AghB\
ASEHIAAoAgAiCCAAKAIEIgogCyABIAIQ/gENA0EAIQUgCSAGa0H//wNxIQEDQCAFQf//A3EgAU8N\
AiAFQQFqIQUgCEEwIAooAhARAwBFDQALDAMLQQEhByAAIAggCyABIAIQ/gENAiAAIAMgBCAIKAIM\
EQQADQJBACEFIAkgBmtB//8DcSEBA0AgBUH//wNxIgIgAUkhByABIAJNDQMgBUEBaiEFIAAgCiAI\
KAIQEQMARQ0ACwwCCyAIIAMgBCAKKAIMEQQADQEgACANNwIIQQAPC0EBIQcgACgCACIGIAAoAgQi\
ACALIAEgAhD+AQ0AIAYgAyAEIAAoAgwRBAAhBwsgBwvEBQIOfwJ+IwBB4ABrIgMkACABIAIoAgwi\
ChECACABQQQgAigCHCIFEQAAIAEgACgCACIOQRNqIAIoAiAiDBEAACADQRBqIABBOGoQwAIgAykD\
ECERIANBCGogAEHEAGoQwAIgAykDCCESIANBJGoiDyAAEJkBIAMgEjcCWCADQQc6AFQgAyARNwJM\
IANBBjoASCADQQI2AkQgA0IBNwI8IANBAjYCICADQcgAaiEQIAIoAiQhCUEBIQsCQANAAkACQAJA\
IAtFBEAgBCEIDAELQQIhCCAEQQJGDQBBASELIARBAWohCCAPIARBDGxqIgYtAAAiDUEbRg0AIAgh\
BAwBCyAHQQJHBEAgAyAHQQFqIgQ2AkAgB0EMbEEAIQsgBCEHIAghBCAQaiIGLQAAIg1BG0cNAQsg\
AUEKQQkgDhsgBREAACABIABBBGogAigCKBEAACABQQsgBREAACABIAAoAiQgACgCKCAJEQEAIAAo\
AlBBgICAgHhHBEAgAUEMIAURAAAgASAAKAJUIAAoAlggCREBAAsgAUENIAURAAAgASAKEQIAIAFB\
DiAFEQAAIAEgChECACABQQ8gBREAACABQRYgDBEAACABQRAgBREAACABQRcgDBEAACABIAIoAhAi\
BBECACAAKAJcQYCAgIB4RwRAIAFBCCAFEQAAIAEgACgCYCAAKAJkIAkRAQALIAAoAjQiCEUNAyAB\
QREgBREAACABIAoRAgAgAUESIAURAAAgASACKAIUEQIAIAhBDGwhBiAAKAIwIQcDQCAGRQ0CIAEg\
BygCBCAHKAIIIAkRAQAgBkEMayEGIAdBDGohBwwACwALIAYoAAQiCEUNASAGKAAIIQYgASANIAUR\
AAAgASAIIAYgCREBAAwBCwsgASACKAIYEQIAIAEgBBECAAsgASAEEQIAIAEgBBECACADQeAAaiQA\
C8wGARh/IwBBIGsiBiQAIABBDGohEyAEQQRqIRQgASgCCCIFQQFLIRUgASgCBCIBIAVBHGxqIRYg\
BSAFQQBHa0ECaiELIAQoAgghFyAEKAIEIRggBC8BAiEZIAQtAAEhGiAELQAAIRsCQANAIAEgFkcE\
QCABKAIEIgwgASgCCCINEP8CIREgACgCCCESIAAgAhCWAiEEIAYgDTYCCCAGIAw2AgQgBiACNgIM\
IAYgBCARakEBajYCECAAIAZBBGoQ3QEgBiANNgIIIAYgDDYCBCAZIQUgGiIHIQ4gGCEJIBchCgJA\
An8CfwJAAkACQCAbIgRBAWsOAgEFAAtBAiEOIAZBBGpBjKfAAEEGEKUBRQ0BIAghBUECIQdBAgwD\
C0ECQQEgBkEEaiAUENMCGwwBCyABQRBqIQVBACEEIAEtAAxBBUchBwNAIARBIEcEQAJAIARBzKfA\
AGogBkEEahDTAkUgB3INACAFIARB1KfAAGooAgAiCSAEQdinwABqKAIAIgoQ8gJFDQBBASEEIAgh\
BSAPIQcMBQsgBEEQaiEEDAELCyMAQRBrIgQkACAEIA02AgwgBCAMNgIIIARBCGohCUEAIQVB9gAh\
BwJ/A0AgB0EBTQRAQQAgBUEDdEGE9MAAaiAJENcCQf8BcSIHRQ0CGgUgBSAHQQF2IgogBWoiBSAF\
QQN0QYT0wABqIAkQ1wJB/wFxQQFGGyEFIAcgCmshBwwBCwsgBSAHQf8BRmohBUEBCyEHIAQgBTYC\
BCAEIAc2AgAgBCgCACAEQRBqJABFCyEHIAghBSAHIQ5BAgshBCAQIQkgHCEKCyAGIAo2AhwgBiAJ\
NgIYIAYgBTsBFiAGIAc6ABUgBiAEOgAUIAAoAhQiBCAAKAIMRgRAIBMQ0AELIARBFGwiDyAAKAIQ\
aiIIIA46ABAgCEIANwIIIAggAzYCBCAIIBI2AgAgACAEQQFqNgIUIAAgAUEMaiASIAQgBkEUahBF\
IRAgBCAAKAIUIghPDQIgAUEcaiEBIAAoAhAgD2oiBCAINgIMIAQgECARakEDaiIEIBVqNgIIIAQg\
C2ohCyAFIQggByEPIAkhECAKIRwMAQsLIAZBIGokACALDwsgBCAIQZymwAAQswEAC6sFAgZ/AX4C\
QCACRQ0AIAJBB2siA0EAIAIgA08bIQcgAUEDakF8cSABayEIQQAhAwNAAkACQAJAIAEgA2otAAAi\
BcAiBkEATgRAIAggA2tBA3ENASADIAdPDQIDQCABIANqIgRBBGooAgAgBCgCAHJBgIGChHhxDQMg\
A0EIaiIDIAdJDQALDAILQoCAgICQICEJAkACQAJAAkACQAJAAkACQAJAIAUtAOKqQUECaw4DAAEC\
BwsgA0EBaiIEIAJJDQJCACEJDAYLIANBAWoiBCACSQ0CQgAhCQwFCyADQQFqIgQgAkkNAkIAIQkM\
BAsgASAEaiwAAEG/f0oNAwwECyABIARqLAAAIQQCQAJAIAVB4AFrIgUEQCAFQQ1GBEAMAgUMAwsA\
CyAEQWBxQaB/Rg0DDAQLIARBn39KDQMMAgsgBkEfakH/AXFBDE8EQCAGQX5xQW5HDQMgBEFASA0C\
DAMLIARBQEgNAQwCCyABIARqLAAAIQQCQAJAAkACQCAFQfABaw4FAQAAAAIACyAGQQ9qQf8BcUEC\
Sw0EIARBQEgNAgwECyAEQfAAakH/AXFBMEkNAQwDCyAEQY9/Sg0CCyACIANBAmoiBE0EQEIAIQkM\
AgsgASAEaiwAAEG/f0oEQEKAgICAkMAAIQkMAgtCACEJIANBA2oiBCACTw0BIAEgBGosAABBQEgN\
AkKAgICAkOAAIQkMAQtCACEJIANBAmoiBCACTw0AIAEgBGosAABBv39MDQFCgICAgJDAACEJCyAA\
IAkgA62ENwIEIABBATYCAA8LIARBAWohAwwCCyADQQFqIQMMAQsgAiADTQ0AA0AgASADaiwAAEEA\
SA0BIAIgA0EBaiIDRw0ACwwCCyACIANLDQALCyAAIAI2AgggACABNgIEIABBADYCAAucBQEGfyMA\
QTBrIgQkAAJAAkACQAJAAkACfwJAAkACQAJAIAEoAhwiAiABKAIYIgVJBEAgASgCFCIGIAJqLQAA\
IgNBLUYNAiADQeYARg0EQQQhByADQe4ARg0BQc+twAAgA0H0AEYNBRogA0Ewa0H/AXFBCkkNAwsg\
ACABQeytwABBBxBjDAkLQditwAAMAwsgASACQQFqIgI2AhwLAkAgAiAFSQRAIAIgBmotAAAiA0Ew\
RgRAIAEgAkEBaiICNgIcDAULIANBMWtB/wFxQQlJDQELIARBFGogAUHIrcAAQQcQYwwECyABEL8B\
IAEoAhwhAiABKAIYIQUgASgCFCEGDAILQQUhB0HTrcAACyEDIARBCGogAiAGIAVB3K3AABCHAiAE\
KAIIIAQoAgwgAyAHEMUCRQRAIAAgAUHsrcAAQQcQYwwFCyAAQQI2AgAgACADLQAAOgAEIAEgAiAH\
ajYCHAwECwJAIAIgBU8NACACIAZqLQAAQS5HDQAgASACQQFqIgI2AhwCQCACIAVJBEAgAiAGai0A\
AEEwa0H/AXFBCkkNAQsgBEEUaiABQZKtwABBHxBjDAILIAEQvwEgASgCHCECIAEoAhghBSABKAIU\
IQYLIAIgBU8NAiACIAZqLQAAQSByQeUARw0CIAEgAkEBaiIDNgIcAkAgAyAFTw0AAkAgAyAGai0A\
AEEraw4DAAEAAQsgASACQQJqIgM2AhwLIAMgBUkEQCADIAZqLQAAQTBrQf8BcUEKSQ0CCyAEQRRq\
IAFBsa3AAEEXEGMLIAQoAhQiAUECRg0BIAAgBCkCKDcCFCAAIAQpAiA3AgwgACAEKQIYNwIEIAAg\
ATYCAAwCCyABEL8BCyAAQQI2AgAgAEEwOgAECyAEQTBqJAAL0QQBBn8CQAJAIAAoAggiB0GAgIDA\
AXFFDQACQAJAAkACQCAHQYCAgIABcQRAIAAvAQ4iBA0BQQAhAgwCCyACQRBPBEAgASACEBMhBAwE\
CyACRQRADAQLIAJBA3EhBSACQQRPBEAgAkEMcSEIA0AgBCABIANqIgYsAABBv39KaiAGQQFqLAAA\
Qb9/SmogBkECaiwAAEG/f0pqIAZBA2osAABBv39KaiEEIAggA0EEaiIDRw0ACyAFRQ0ECyABIANq\
IQMDQCAEIAMsAABBv39KaiEEIANBAWohAyAFQQFrIgUNAAsMAwsgASACaiEIQQAhAiABIQMgBCEF\
A0AgAyIGIAhGDQICfyAGQQFqIAYsAAAiA0EATg0AGiAGQQJqIANBYEkNABogBkEEQQMgA0FvSxtq\
CyIDIAZrIAJqIQIgBUEBayIFDQALC0EAIQULIAQgBWshBAsgBCAALwEMIgNPDQAgAyAEayEGQQAh\
BEEAIQUCQAJAAkAgB0EddkEDcUEBaw4CAAECCyAGIQUMAQsgBkH+/wNxQQF2IQULIAdB////AHEh\
CCAAKAIEIQcgACgCACEAA0AgBEH//wNxIAVB//8DcUkEQEEBIQMgBEEBaiEEIAAgCCAHKAIQEQMA\
RQ0BDAMLC0EBIQMgACABIAIgBygCDBEEAA0BQQAhBCAGIAVrQf//A3EhAQNAIARB//8DcSICIAFJ\
IQMgASACTQ0CIARBAWohBCAAIAggBygCEBEDAEUNAAsMAQsgACgCACABIAIgACgCBCgCDBEEACED\
CyADC48FAgV/A34jAEGgAWsiAiQAIAJCADcDICACQgA3AxggAkIANwMQIAJCADcDCCACQgA3A0Ag\
AkIANwM4IAJCADcDMCACQgA3AyggAiABNgJMIAIgAS0AaCIDrSIHQjuGIAEpAyAiCEIJhiIJIAdC\
A4aEIgdCgP4Dg0IohoQgB0KAgPwHg0IYhiAHQoCAgPgPg0IIhoSEIAhCAYZCgICA+A+DIAhCD4hC\
gID8B4OEIAhCH4hCgP4DgyAJQjiIhISENwNQIAMgAUEoaiIFakGAAToAACACIAJBzABqNgJcIAIg\
A0EBaiAFQcAAQZCjwAAQhwIgAigCBCEEIAIoAgAhBgNAIAQEQCAGQQA6AAAgBEEBayEEIAZBAWoh\
BgwBCwsCQCADQThxQThHBEAgAUHgAGpBCCACQdAAakEIQaCjwAAQngIgAkHcAGogBRD3AgwBCyAC\
QdwAaiIEIAUQ9wIgAkHgAGoiA0EAQcAA/AsAIAJBmAFqQQggAkHQAGpBCEGwo8AAEJ4CIAQgAxD3\
AgtBACEEIAFBADoAaCACQqCAgIDAADcCbCACQQA2AmQgAiACQcgAajYCYCACIAJBKGo2AmggAigC\
TCEBIAJB4ABqIgMoAhAiBUUEQEHMocAAEIYDAAtBCCADKAIMIAVuIgMgA0EITxtBAnQhAwNAIAMg\
BEcEQCACIAEgBGooAgAiBUH/gfwHcUEIeCAFQRh4Qf+B/AdxcjYCYCACQShqIARqQQQgAkHgAGpB\
BEGEl8EAEJ4CIARBBGohBAwBCwsgAkEIakEgIAJBKGpBIEGAosAAEJ4CIAAgAikDIDcAGCAAIAIp\
Axg3ABAgACACKQMQNwAIIAAgAikDCDcAACACQaABaiQAC5IEAQR/IwBBIGsiBSQAA0ACQAJAAn8C\
QCACIANHBEAgASADaiIGLQAAIgRB4QBrQf8BcUEaSSAEQTBrQf8BcUEJTXINBCAEQd8ARyADQQFq\
IAJPckUEQCAGQQFqLQAAIgRB4QBrQf8BcUEaSSAEQTBrQf8BcUEKSXINBQsgAw0BQQAMAgsgACAB\
IAIQlwEMAgsgAiADQQFrIgRNBEAgBCACQeSQwQAQswEACyAEIAMgBkEBay0AAEEwa0H/AXFBCkkb\
CyEDIAVBFGoiBCACQQhqEPkBIAVBCGogAyABIAJB9JDBABC7ASAEIAUoAgggBSgCDBDaAQNAIAIg\
A00EQCAAIAUoAhw2AgggACAFKQIUNwIADAILIAEgA2otAAAiBEEwa0H/AXFBCkkgBEFfcUHBAGtB\
/wFxQRpJckUEQCADQQFqIQMMAQsgBSgCHARAIAVBFGpB3wAQowELIAMgAiACIANJGyEEA0ACQCAD\
IARGBEAgBCEDDAELIAVBFGogASADai0AACIGQcEAa0H/AXFBGkkEf0EgBSAGQTBrQf8BcUEKTw0B\
QQALIAZyEKMBIANBAWohAwwBCwsDQCACIANNDQEgASADai0AACIEQeEAa0H/AXFBGk8gBEEwa0H/\
AXFBCUtxDQEgBUEUaiAEEKMBIANBAWohAwwACwALAAsgBUEgaiQADwsgA0EBaiEDDAALAAv7AwEI\
fyMAQRBrIgYkAAJ/AkAgA0EBcUUEQCACLQAAIgUNAUEADAILIAAgAiADQQF2IAEoAgwRBAAMAQsg\
ASgCDCEKA0AgAkEBaiEEAkACQAJAAkAgBcBBAEgEQCAFQf8BcSIIQYABRg0BIAhBwAFHDQMgBiAB\
NgIEIAYgADYCACAGQqCAgIAGNwIIIAMgB0EDdGoiAigCACAGIAIoAgQRAwBFDQJBAQwGCyAAIAQg\
BUH/AXEiAiAKEQQARQRAIAIgBGohAgwEC0EBDAULIAAgAkEDaiIEIAIvAAEiAiAKEQQARQRAIAIg\
BGohAgwDC0EBDAQLIAdBAWohByAEIQIMAQtBoICAgAYhCyAFQQFxBEAgAigAASELIAJBBWohBAtB\
ACEIAn8gBUECcUUEQEEAIQkgBAwBCyAELwAAIQkgBEECagshAiAFQQRxBH8gAi8AACEIIAJBAmoF\
IAILIQQgBUEIcQR/IAQvAAAhByAEQQJqBSAECyECIAVBEHEEQCADIAlBA3RqLwEEIQkLIAYgBUEg\
cQR/IAMgCEEDdGovAQQFIAgLOwEOIAYgCTsBDCAGIAs2AgggBiABNgIEIAYgADYCAEEBIAMgB0ED\
dGoiBCgCACAGIAQoAgQRAwANAhogB0EBaiEHCyACLQAAIgUNAAtBAAsgBkEQaiQAC8YEAQd/IwBB\
8ABrIgYkACAGIAI2AgwgBiABNgIIIAYgBDYCFCAGIAM2AhAgACgCCEEcbCEEIAAoAgQiAEEMaiEB\
IAZB1ABqIQMgBkHcAGohCANAAkACQAJAIAQEQCAAKAIEIQcgBiAAKAIIIgk2AhwgBiAHNgIYIAZB\
AjYCXCAGQQI2AlQgBiAGQRhqNgJYIAYgBkEQajYCUCAGQcQAaiIKQcWDwAAgBkHQAGoiCxCqAiAG\
IAYpAkQ3AyAgBiAGKAJMNgIoIAZBLGoiDCAHIAkQHiAGKAI0BEACQCACBEAgBkEDNgJcIAZBAjYC\
VCAGIAw2AlggBiAGQQhqNgJQIApBwIPAACALEKoCIAYgBikCRDcDOCAGIAYoAkw2AkAMAQsgBiAG\
KAI0NgJAIAYgBikCLDcDOAsCfyABLQAAIgcEQCAHQQVHBEAgCCAGKQMgNwIAIAggBigCKDYCCCAG\
IAYoAkA2AlggBiAGKQM4NwNQIAYgATYCaCAFIAZB0ABqELUBQQAMAgsgAUEEaiAGKAI8IAYoAkAg\
BigCJCAGKAIoIAUQIAsgBkE4ahCKA0EBCyEHIAINAgwDCyABQbj+wAAQXkUEQCAGQSxqEIoDIAZB\
IGoQigMMBAsgAyAGKAIoNgIIIAMgBikDIDcCACAGQYCAgIB4NgJQIAUgBkHQAGoQtQEgBkEsahCK\
AwwDCyAGQfAAaiQADwsgBkEsahCKAwsgB0UNACAGQSBqEIoDCyAAQRxqIQAgBEEcayEEIAFBHGoh\
AQwACwALsAQBBX8jAEFAaiIDJAAgASgCHCIEIAEoAhgiBSAEIAVLGyEGIAEoAhQhBwJAAkADQAJA\
IAQgBkYNAAJAIAQgB2otAAAiBUEJa0ECSQ0AAkAgBUEgaw4DAQIEAAsgBUENRw0BCyABIARBAWoi\
BDYCHAwBCwsgACABQeerwABBDBBjDAELAkAgAkUEQCADQSRqIAFBABAPIAMoAiQiAkECRwRAIAAg\
AykCODcCFCAAIAMpAjA3AgwgACADKQIoNwIEIAAgAjYCAAwDCyADQQA2AhAgA0KAgICAEDcCCAwB\
CyADQSRqIAEQdSADIAMpAig3AxggAyADKAIwNgIgIAMoAiQiAkECRwRAIAAgAygCPDYCGCAAIAMp\
AjQ3AhAgACADKAIgNgIMIAAgAykDGDcCBCAAIAI2AgAMAgsgAyADKQMYNwMIIAMgAygCIDYCEAsg\
ASgCHCIEIAEoAhgiAiACIARJGyECIAEoAhQhBQJAAkACQANAIAIgBEYNASAEIAVqLQAAIgZBCWsi\
B0EXS0EBIAd0QZOAgARxRXJFBEAgASAEQQFqIgQ2AhwMAQsLIAZBOkcNACABIARBAWo2AhwMAQsg\
A0EkaiABQeSrwABBAxBjIAMoAiQiAUECRw0BCyAAIAMoAhA2AgwgACADKQMINwIEIABBAjYCAAwB\
CyAAIAMpAjg3AhQgACADKQIwNwIMIAAgAykCKDcCBCAAIAE2AgAgA0EIahCKAwsgA0FAayQAC9ED\
AQN/IwBBEGsiBCQAAkACQAJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBxDQEgACABEDpFDQJBASEC\
DAMLIAAoAgAhAgNAIAMgBGpBD2ogAkEPcS0AvKhBOgAAIANBAWshAyACQQR2IgINAAtBASECIAFB\
2rnBAEECIAMgBGpBEGpBACADaxAXRQ0BDAILIAAoAgAhAgNAIAMgBGpBD2ogAkEPcS0A3LlBOgAA\
IANBAWshAyACQQR2IgINAAtBASECIAFB2rnBAEECIAMgBGpBEGpBACADaxAXDQELIAEoAgBB2LnB\
AEECIAEoAgQoAgwRBAAEQEEBIQIMAQsgAEEEaiEAAkAgASgCCCICQYCAgBBxRQRAIAJBgICAIHEN\
ASAAIAEQOiECDAILIAAoAgAhAkEAIQMDQCADIARqQQ9qIAJBD3EtALyoQToAACADQQFrIQMgAkEE\
diICDQALIAFB2rnBAEECIAMgBGpBEGpBACADaxAXIQIMAQsgACgCACECQQAhAwNAIAMgBGpBD2og\
AkEPcS0A3LlBOgAAIANBAWshAyACQQR2IgINAAsgAUHaucEAQQIgAyAEakEQakEAIANrEBchAgsg\
BEEQaiQAIAIL8gMBCH8gASgCBCIFBEAgASgCACEEA0ACQCADQQFqIQICfyACIAMgBGotAAAiCMAi\
CUEATg0AGgJAAkACQAJAAkACQAJAAkACQAJAAkAgCC0A4qpBQQJrDgMAAQIMC0G5ocAAIAIgBGog\
AiAFTxssAABBQE4NCyADQQJqDAoLQbmhwAAgAiAEaiACIAVPGywAACEHIAhB4AFrIgZFDQEgBkEN\
Rg0CDAMLQbmhwAAgAiAEaiACIAVPGywAACEGIAhB8AFrDgUEAwMDBQMLIAdBYHFBoH9HDQgMBgsg\
B0Gff0oNBwwFCyAJQR9qQf8BcUEMTwRAIAlBfnFBbkcgB0FATnINBwwFCyAHQUBODQYMBAsgCUEP\
akH/AXFBAksgBkFATnINBQwCCyAGQfAAakH/AXFBME8NBAwBCyAGQY9/Sg0DC0G5ocAAIAQgA0EC\
aiICaiACIAVPGywAAEG/f0oNAkG5ocAAIAQgA0EDaiICaiACIAVPGywAAEG/f0oNAiADQQRqDAEL\
QbmhwAAgBCADQQJqIgJqIAIgBU8bLAAAQUBODQEgA0EDagsiAyICIAVJDQELCyAAIAM2AgQgACAE\
NgIAIAEgBSACazYCBCABIAIgBGo2AgAgACACIANrNgIMIAAgAyAEajYCCA8LIABBADYCAAvxAwIG\
fwF+IwBBEGsiByQAA0ACQAJAIAIgA0sEQCABIANqLQAAIgRBIkcEQCAEQS1GIARBMGtB/wFxQQpJ\
cg0DDAILIANBAWohBANAAn8CQCAEIgNBd0sNACADQQhqIgQgAksNACABIANqKQAAIglCf4UgCULg\
wYOHjpy48GCDQoGChIiQoMCAAX0gCUKixIiRosSIkSKFQoGChIiQoMCAAX0gCULcuPHixYuXrtwA\
hUKBgoSIkKDAgAF9hISDQoCBgoSIkKDAgH+DIglQDQIgCXqnQQN2IANqDAELA0AgAiADSyEEIAEg\
A2ogA0EBaiEDQQAgBBsQjgINAAsgA0EBawsiAyACTw0EAn8gASADai0AACIFQdwARwRAQQEgBUEi\
Rw0BGgwEC0ECCyADaiEEDAALAAsgACAAKAIAIAIgBmpqNgIAIAdBEGokAA8LIANBAWohAwwBCyAD\
IQQDQAJAAkAgAiAERgRAIAIhBAwBCyABIARqLQAAIgVBMGtB/wFxQQpJDQEgBUHlAEYgBUErayII\
QRpNQQBBASAIdEGNgIAgcRtyDQELIAdBCGogASACIAMgBEG8s8AAEHMgBiAHKAIIIAcoAgwiAxAO\
IgYgA2siA0EAIAMgBk0baiEGIAQhAwwCCyAEQQFqIQQMAAsACwAL4AkCCH8BfiMAQYABayIEJAAg\
BEHgAGogAhBbAkACQCAEKAJgIgNBAkcEQCAAIAQpAnQ3AhQgACAEKQJsNwIMIAAgBCkCZDcCBCAA\
IAM2AgAMAQsgBEEYaiEFIwBBEGsiBiQAAkAgAiIDQQNJDQAgBiABIANBA0HsksEAEPgBIAYoAgRB\
A0cNACAGKAIMIQMgBigCCEEAIAYoAgBBlKrAAEEDEP4CGyEHCyAFIAM2AgQgBSAHNgIAIAZBEGok\
ACAEQSRqIAQoAhgiAyABIAMbIgYgBCgCHCACIAMbIgEQGiAEKAIkQQFGBEAgBCAEKQIoIgunIgI2\
AkwgBEEaQRUgC0KAgICAEINQIgMbNgJUIARByqrAAEHkqsAAIAMbNgJQIAEgAkkNAiMAQTBrIgMk\
ACADIAIiATYCCCADIAY2AgQgA0EgaiADQQRqECMCQCAEQeAAaiIHAn8gAygCICIJBEAgAygCJCIF\
IAMoAixFDQEaAkACQCABRQRAQQEhBgwBCyABQQEQ0AIiBkUNAQsgA0EANgIUIAMgBjYCECADIAE2\
AgwCQAJAIAEgBUkEQCADQQxqQQAgBRBvIAMoAgwhASADKAIQIQYgAygCFCEIDAELIAVFDQELIAVF\
DQAgBiAIaiAJIAX8CgAACyADIAUgCGoiBTYCFCABIAVrQQJNBEAgA0EMaiAFQQMQbyADKAIUIQUg\
AygCECEGCyAFIAZqIgFBhp/BAC0AACIIOgACIAFBhJ/BAC8AACIJOwAAIAMgBUEDaiIBNgIUIAMg\
AykCBDcCGCADQSBqIANBGGoQIyADKAIgIgYEQANAIAMoAiwCQAJAIAMoAiQiBSADKAIMIAFrSwRA\
IANBDGogASAFEG8gAygCFCEBDAELIAVFDQELIAVFDQAgAygCECABaiAGIAX8CgAACyADIAEgBWoi\
ATYCFARAIAMoAgwgAWtBAk0EQCADQQxqIAFBAxBvIAMoAhQhAQsgAygCECABaiIGIAk7AAAgBiAI\
OgACIAMgAUEDaiIBNgIUCyADQSBqIANBGGoQIyADKAIgIgYNAAsLIAcgAygCFDYCCCAHIAMpAgw3\
AgAMAwtBASABENECAAtBASEJQQALNgIIIAcgCTYCBCAHQYCAgIB4NgIACyADQTBqJAAgBEEQaiAH\
EKIDIARBCGogBCgCECAEKAIUIAIQRiAEIAQoAgwiATYCXCAEIAQoAggiAjYCWCAHEN4CIARBATYC\
fCAEIARB3ABqNgJ4IARBATYCdCAEQQE2AmwgBEECNgJkIAQgBEHYAGo2AnAgBCAEQcwAajYCaCAE\
IARB0ABqNgJgIARBPGpB+qDAACAHEKoCIARBADoASCAAIAQpAkQ3AhQgACAEKQI8NwIMIAAgATYC\
CCAAIAI2AgQgAEEBNgIADAELIAQgBCgCKCIDIAQoAiwiB2o2AmQgBCADNgJgIARB4ABqIgYoAgAh\
AiAGKAIEIQUDQAJAIAIiASAFRg0AIAYgAUEBaiICNgIAIAEtAABBCWsiCEEXSw0AQQEgCHRBk4CA\
BHENAQsLIAEgBUcEQCAAIAc2AgggACADNgIEIABBAjYCAAwBCyAAQQxqQZeqwABBMxCXASAAQQA2\
AgAgAEEAOgAYCyAEQYABaiQADwtBACACIAFB/KrAABA4AAudCAEMfyMAQUBqIgQkACAEIAAgACAB\
ahBVIARBDGogAiACIANqEFVBfyEAAkAgBCgCCEHAAEsNACAEKAIUIgFBwABLDQAgBEEAOgAwIAQg\
ATYCLCAEQQA2AiggBEEYaiEGIwBBIGsiAiQAIAJBFGogBEEoaiIAEJUBAkAgAigCGEEBRgRAIAIg\
AigCHEEEQQQQsgEgAkEANgIQIAIgAikDADcCCCACQQhqIQMjAEEQayIFJAAgBUEEaiAAEJUBAkAC\
QCAFKAIIQQFGBEAgAyAFKAIMELgCIAMoAgghASAALQAIQQFxDQEgACgCACIHIAAoAgQiCEsNASAB\
QQFqIQAgAygCBCABQQJ0aiEBA0AgByAIRwRAIAEgBzYCACABQQRqIQEgAEEBaiEAIAdBAWohBwwB\
CwsgASAINgIADAILQdyhwABBI0H0lsEAEPIBAAsgASEACyADIAA2AgggBUEQaiQAIAYgAigCEDYC\
CCAGIAIpAgg3AgAgAkEgaiQADAELQdyhwABBI0HwocAAEPIBAAsgBCgCBCIHIAQoAghBAnRqIQwD\
QAJAAkAgByAMRwRAIAcoAgAhDSAEQTRqIQUgBCgCFEEBaiEAIwBBIGsiAiQAAkACQAJAIA5BAWoi\
DiIBBEAgAkEIaiAAQQRBBBCyASACQQA2AhwgAiACKQMINwIUIAJBFGoiCCAAELgCQQEgACAAQQFN\
GyIJQQFrIQMgCCgCBCAIKAIIIgpBAnRqIQYCQANAIAMEQCAGIAE2AgAgA0EBayEDIAZBBGohBgwB\
BQJAIAkgCmohAyAADQAgA0EBayEDDAMLCwsgBiABNgIACyAIIAM2AgggBSACKAIcNgIIIAUgAikC\
FDcCAAwBCyACQRRqIABBAUEEQQQQYSACKAIYIQEgAigCFEEBRg0BIAIoAhwhAyAFIAA2AgggBSAD\
NgIEIAUgATYCAAsgAkEgaiQADAELIAEgAigCHBDRAgALIAdBBGohByAEKAI4QQRqIQMgBCgCFEEC\
dCECQQAhACAEKAI8IgYgBkEAR2shCCAEKAIQIQEDQCACRQ0CIAEoAgAhCSAEQRhqIgUgAEHQiMEA\
EKQCKAIAIQogBSAAQQFqIgVB4IjBABCkAigCACELIARBNGogAEHwiMEAEKQCIQ8gACAIRg0DIAMg\
DygCAEEBaiIAIAtBAWoiCyAKIAkgDUdqIgkgCSALSxsiCSAAIAlJGzYCACADQQRqIQMgAkEEayEC\
IAFBBGohASAFIQAMAAsACyAEQRhqIgEgBCgCFEHAiMEAEKQCKAIAIQAgARCLAwwDCyAEQRhqEIsD\
IAQgBCgCPDYCICAEIAQpAjQ3AxgMAQsLIABBAWogBkGAicEAELMBAAsgBEEMahCLAyAEEIsDIARB\
QGskACAAC48EAQJ/IAAgAWohAgJAAkAgACgCBCIDQQFxDQAgA0ECcUUNASAAKAIAIgMgAWohASAA\
IANrIgBBmL/BACgCAEYEQCACKAIEQQNxQQNHDQFBkL/BACABNgIAIAIgAigCBEF+cTYCBCAAIAFB\
AXI2AgQgAiABNgIADAILIAAgAxAwCwJAAkACQCACKAIEIgNBAnFFBEAgAkGcv8EAKAIARg0CIAJB\
mL/BACgCAEYNAyACIANBeHEiAhAwIAAgASACaiIBQQFyNgIEIAAgAWogATYCACAAQZi/wQAoAgBH\
DQFBkL/BACABNgIADwsgAiADQX5xNgIEIAAgAUEBcjYCBCAAIAFqIAE2AgALIAFBgAJPBEAgACAB\
EDUPCwJAQYi/wQAoAgAiAkEBIAFBA3Z0IgNxRQRAQYi/wQAgAiADcjYCACABQfgBcUGAvcEAaiIB\
IQIMAQsgAUH4AXEiAUGAvcEAaiECIAFBiL3BAGooAgAhAQsgAiAANgIIIAEgADYCDCAAIAI2Agwg\
ACABNgIIDwtBnL/BACAANgIAQZS/wQBBlL/BACgCACABaiIBNgIAIAAgAUEBcjYCBCAAQZi/wQAo\
AgBHDQFBkL/BAEEANgIAQZi/wQBBADYCAA8LQZi/wQAgADYCAEGQv8EAQZC/wQAoAgAgAWoiATYC\
ACAAIAFBAXI2AgQgACABaiABNgIACwuXBAIFfwF+IwBBIGsiByQAIABB/LHAAEEBIAEoAgwiBBEB\
AANAQQAhBiAHQQhqIAIiBSADIAgCfwJAA0AgBiAIaiIBQXdLIAFBCGogA0tyDQEgBSAIaiAFQQhq\
IQUgBkEIaiEGKQAAIglCf4UgCULgwYOHjpy48GCDQoGChIiQoMCAAX0gCUKixIiRosSIkSKFQoGC\
hIiQoMCAAX0gCULcuPHixYuXrtwAhUKBgoSIkKDAgAF9hISDQoCBgoSIkKDAgH+DIglQDQALIAgg\
CXqnQQN2aiAGakEIawwBCwNAIAEgA0khBSABIAJqIAFBAWohAUEAIAUbEI4CDQALIAFBAWsLIgFB\
gLLAABBzIAAgBygCCCAHKAIMIAQRAQAgASADSQRAAkACQAJAAkACQAJAAkACQAJAAkAgASACai0A\
ACIFQQhrDgYHBgQBCAUACyAFQSJGDQEgBUHcAEYNAgsgB0EUaiIGIAUQeyAAIAcoAhggBygCHCAE\
EQEAIAYQigMMBwsgAEGQssAAQQIgBBEBAAwGCyAAQZKywABBAiAEEQEADAULIABBlLLAAEECIAQR\
AQAMBAsgAEGWssAAQQIgBBEBAAwDCyAAQZiywABBAiAEEQEADAILIABBmrLAAEECIAQRAQAMAQsg\
AEGcssAAQQIgBBEBAAsgAUEBaiEIDAELCyAAQfyxwABBASAEEQEAIAdBIGokAAvpAwEEfyMAQTBr\
IgMkACADQQhqIgRBwAIgAiACQcACTxtBAmoQ+QEgBEEiEKMBIANBADYCHCADIAEgAmoiBDYCGCAD\
IAE2AhQDQAJAAkACQAJAAkACQAJAIANBFGoiBRD0ASICQYCAxABHBEAgAyADKAIcIgZBAWo2Ahwg\
BkHQAEYEQCADQQhqIgJBpsAAEKMBIAJBIhCjASADIAEgBBC8AjYCLCADQQE2AhggAyADQSxqNgIU\
IANBIGoiAUGen8AAIAUQqgIgAiADKAIkIAMoAigQ2gEgARCKAwwCCwJAAkAgAkEJaw4FCAYBAQcA\
CyACQSJGDQMgAkHcAEYNBAsgAkHmwABrQQRJIAJBqsAAa0EFSXIgAkH+//8AcUGowABGIAJBIEly\
ckUgAkH/AGtBIU9xDQcgA0EgaiIFIAIQeyADQQhqIAMoAiQgAygCKBDaASAFEIoDDAgLIANBCGpB\
IhCjAQsgACADKAIQNgIIIAAgAykCCDcCACADQTBqJAAPCyADQQhqQZCywABBAhDaAQwFCyADQQhq\
QZKywABBAhDaAQwECyADQQhqQZSywABBAhDaAQwDCyADQQhqQZaywABBAhDaAQwCCyADQQhqQZiy\
wABBAhDaAQwBCyADQQhqIAIQowEMAAsAC8gEAgR/AX4jAEFAaiIDJAAgASgCACEBAkACQAJAIAJB\
/wFxQQRHBEAgASgCICEFIAEoAiQoAgwhAQwBCyADQTBqIAEoAiAiBUEHIAEoAiQoAgwiAREBAAJA\
AkACQAJAIAMtADBBA2sOBAABAQUBCyADQTRqIgQoAggiBkH8hsEAKAIARgR/IAQoAgRB+IbBACgC\
ACAGEL4BBUEBCw0BIAMgBCgCCDYCKCADIAQpAgA3AyAgA0EgahCKAyADLQAwQQNrDgQDAgIDAgsg\
A0EwahDtAQwDCyAEEIoDDAILIANBMGoQ7QELIANBMGogBSACEPQCIAERAQACQCADLQAwIgFBBkYN\
AAJAAkACQCABQQJrDgIBAAMLIANBCGogAygCOCADKAI8EE8gAygCDEUNAiADQRRqIANBNGoQqwEM\
AQsgAyADKAI4IgUgAygCPCIBQS0QxgEgAygCBCABIAMoAgAiARsiBEUNASADIAEgBSABGyIBNgIg\
IAMgASAEaiIFNgIkIANBIGoiBBDPAQ0BIAMgBTYCJCADIAE2AiAgBCgCACEFIAQoAgQhBgNAIAYg\
BSIBRwRAIAQgAUEBaiIFNgIAIAEtAABBMEYNAQsLIAEgBkcEQCADQRRqIANBNGoQqwEMAQsgA0EU\
akH5h8EAQQEQlwELIAMoAhQhASADQTBqEOACIAFBgICAgHhGDQEgAykCGCEHIAAgAjoADCAAIAc3\
AgQgACABNgIADAILIANBMGoQ4AILIABBgICAgHg2AgALIANBQGskAAvXBgINfwF+IwBB8ABrIgMk\
AEEBIAIoAgQgAi0AACIEGyEFQQAgAigCCCAEGyEEAkACQAJAIAEgAhCsAiIBBEAgAS0AAEEDRw0B\
IANBCGogASgCCCIGIAEoAgwiCRBPIAMoAgwNAiAAIAQ2AgggACAFNgIEIABBAjYCAAwDCyAAIAQ2\
AgggACAFNgIEIABBAjYCAAwCCyAAIAJBja/AAEEIIAEQfAwBCyADIAIoAhQiBTYCECADIAUgAigC\
GEEDdGoiDjYCFCMAQSBrIggkACABQQRqIgEoAgghCiABKAIEIQsgA0EQaiIPKAIAIQEgDygCBCEM\
A0ACQCABIAxGBEBBACENDAELIA8gAUEIaiIENgIAIAEoAgAhDSAIIAFBBGooAgAiBzYCFCAIIA02\
AhAgCEEIaiALIAoQTyAIIAgpAwg3AhggBCEBIAhBEGogCEEYahDTAkUNAQsLIAMgBzYCBCADIA02\
AgAgCEEgaiQAIAMoAgAiBARAIAMoAgQhASAAIAQ2AgQgAEECNgIAIAAgATYCCAwBCyADQTRqIgwg\
BiAJECkjAEEgayIGJAAgBkEIaiAOIAVrQQN2IgFBBEEMELIBIAZBADYCHCAGIAYpAwg3AhQjAEEQ\
ayIJJAAgBkEUaiIEIAEQuQIgBCkCBCEQIAkgBEEIajYCBCAJIBBCIIk3AggjAEEQayIKJAAgCUEE\
aiIHKAIEIQsgBygCACAFIA5HBEAgBygCCCALQQxsaiEHIAEgC2ohCwNAIApBBGogBSgCACAFQQRq\
KAIAECkgByAKKAIMNgIIIAcgCikCBDcCACAFQQhqIQUgB0EMaiEHIAFBAWsiAQ0ACwsgCzYCACAK\
QRBqJAAgCUEQaiQAIANBzABqIgQgBigCHDYCCCAEIAYpAhQ3AgAgBkEgaiQAIANBQGsiASADKAJQ\
IAMoAlRBqP/AAEECEBIgA0EDNgJsIANBAzYCZCADQQI2AlwgAyACQQxqNgJYIAMgATYCaCADIAw2\
AmAgA0EkakGxh8AAIANB2ABqEKoCIAEQigMgBBCVAyAMEIoDIAAgAykCIDcCCCAAIAMpAig3AhAg\
A0EANgIYIAAgAykCGDcCACADQQE6ADAgACADKAIwNgIYCyADQfAAaiQAC7MDAQV/IwBB8ABrIgMk\
AAJAAkAgASACEKwCIgEEQCABLQAAQQRHDQEgA0EgaiABKAIMQQRBDBCyASADQQA2AjQgAyADKQMg\
NwIsIAEoAgxBBHQhBSABKAIIIQECQANAIAUEQCADIAQ2AjggAS0AAEEDRw0CIANBEGogAUEIaigC\
ACIGIAFBDGooAgAiBxBPIAMoAhQEQCADQQhqIAYgBxBPIANB2ABqIgYgAygCCCADKAIMEJcBIANB\
LGogBhDZAQsgAUEQaiEBIARBAWohBCAFQRBrIQUMAQsLIAAgAygCNDYCDCAAIAMpAiw3AgQgAEEC\
NgIADAMLIANBGGogARDHAiADIAMpAxg3AlAgA0ECNgJsIANBATYCZCADQQI2AlwgAyACQQxqNgJY\
IAMgA0HQAGo2AmggAyADQThqNgJgIANBxABqQeCDwAAgA0HYAGoQqgIgAEEANgIAIAAgAykCPDcC\
BCAAIAMpAkQ3AgwgACADKAJMNgIUIABBAToAGCADQSxqEJUDDAILIABCBDcCCCAAQgI3AgAMAQsg\
ACACQZ2OwQBBEyABEHwLIANB8ABqJAAL5wIBBX8CQCABQc3/e0EQIAAgAEEQTRsiAGtPDQAgAEEQ\
IAFBC2pBeHEgAUELSRsiBGpBDGoQCSICRQ0AIAJBCGshAQJAIABBAWsiAyACcUUEQCABIQAMAQsg\
AkEEayIFKAIAIgZBeHEgAiADakEAIABrcUEIayICIABBACACIAFrQRBNG2oiACABayICayEDIAZB\
A3EEQCAAIAMgACgCBEEBcXJBAnI2AgQgACADaiIDIAMoAgRBAXI2AgQgBSACIAUoAgBBAXFyQQJy\
NgIAIAEgAmoiAyADKAIEQQFyNgIEIAEgAhAnDAELIAEoAgAhASAAIAM2AgQgACABIAJqNgIACwJA\
IAAoAgQiAUEDcUUNACABQXhxIgIgBEEQak0NACAAIAQgAUEBcXJBAnI2AgQgACAEaiIBIAIgBGsi\
BEEDcjYCBCAAIAJqIgIgAigCBEEBcjYCBCABIAQQJwsgAEEIaiEDCyADC7ADAQV/IwBBEGsiBiQA\
IAYgAjYCDCAGIAE2AghBxgAhAwNAIANBAklFBEAgBCADQQF2IgUgBGoiBCAGQQhqIARBLGxBjNLA\
AGoQ1gJB/wFxQQFGGyEEIAMgBWshAwwBCwsCQAJAIAZBCGogBEEsbEGM0sAAahDWAkH/AXEiAwRA\
QbB6IQMDQCADRQRAQQAhBEEDIQVBjIXBACEHQQAhA0EAIQJBACEBDAMLIANBoIXBAGohBSADQZyF\
wQBqIQcgA0EkaiIEIQMgASACIAcoAgAgBSgCABDFAkUNAAsgBEHohMEAaiEDIARBiYXBAGotAAAh\
ASAEQYiFwQBqLQAAIQIgBEGEhcEAaigCACEFIARBgIXBAGooAgAhB0EAIQQMAQsgBCADQf8BRmoi\
AUHFAEsNASABQSxsIgNBjNLAAGohBCADLQC10kAhASADLQC00kAhAiADKAKY0kAhBSADKAKU0kAh\
ByADKAKc0kAhAwsgACADNgIMIAAgBDYCCCAAIAE6ABEgACACOgAQIAAgBTYCBCAAIAc2AgAgBkEQ\
aiQADwtBxgBBxgBBrP/AABCzAQALkwUBCX8jAEEwayIGJAACQAJAIAIEQAJAIAMEQCMAQTBrIgUk\
ACAFQQA2AiwgBSADNgIkIAUgAzYCHCAFIAQ2AiAgBSADIARqIgg2AiggBUEkaiEKIAMhBANAIAVB\
EGogChCEASAFKAIUIgdBCUYgB0EgRnIEQCAFKAIkIQQgBSgCKCEIDAEFAn8gB0GAgMQARwRAIAUo\
AiQgBSgCECIHIAggBGtqaiAFKAIoawwBC0EAIQdBAAshCANAIAUoAiQhCyAFKAIoIQwgBUEIaiAK\
EKQBIAUoAgghDSAFKAIMIgRBCUYgBEEgRnINAAsgBiAEQYCAxABHBH8gBSgCJCAMIAtrIA1qaiAF\
KAIoawUgCAsgB2s2AgQgBiADIAdqNgIAIAVBMGokAAsLIAYoAgQhBSAGKAIAIQdBACEDQQAhBANA\
IAMgBUYNAiACIARLBEAgAyAHaiEIIANBAWohAyABIARqLQAAIAgtAABzIAlyIQkgBEEBaiIEQQAg\
AiAERxshBAwBCwsgBCACQcCGwQAQswEACyAGQQI2AiwgBkHohsEANgIoIAZBAjYCJCAGQdCGwQA2\
AiAgBkEUakGIjMAAIAZBIGoQqgIgAEEANgIAIAAgBikCDDcCBCAAIAYpAhQ3AgwgACAGKAIcNgIU\
IABBAToAGAwDCyACIAVGEOECIAlBACAJa3LAQQBOEOECcRDhAkH/AXFFDQEgAEECNgIADAILIABB\
AjYCAAwBCyAGQQI2AiwgBkHohsEANgIoIAZBAjYCJCAGQdCGwQA2AiAgBkEUakGknMAAIAZBIGoQ\
qgIgAEEANgIAIAAgBikCDDcCBCAAIAYpAhQ3AgwgACAGKAIcNgIUIABBAToAGAsgBkEwaiQAC4ID\
AQR/IAAoAgwhAgJAAkACQCABQYACTwRAIAAoAhghAwJAAkAgACACRgRAIABBFEEQIAAoAhQiAhtq\
KAIAIgENAUEAIQIMAgsgACgCCCIBIAI2AgwgAiABNgIIDAELIABBFGogAEEQaiACGyEEA0AgBCEF\
IAEiAkEUaiACQRBqIAIoAhQiARshBCACQRRBECABG2ooAgAiAQ0ACyAFQQA2AgALIANFDQICQCAA\
KAIcQQJ0QfC7wQBqIgEoAgAgAEcEQCADKAIQIABGDQEgAyACNgIUIAINAwwECyABIAI2AgAgAkUN\
BAwCCyADIAI2AhAgAg0BDAILIAAoAggiACACRwRAIAAgAjYCDCACIAA2AggPC0GIv8EAQYi/wQAo\
AgBBfiABQQN2d3E2AgAPCyACIAM2AhggACgCECIBBEAgAiABNgIQIAEgAjYCGAsgACgCFCIARQ0A\
IAIgADYCFCAAIAI2AhgPCw8LQYy/wQBBjL/BACgCAEF+IAAoAhx3cTYCAAv/AgEGfyMAQUBqIgMk\
ACADQRBqIAEgAhC3AQJAIAMoAhBBAXFFBEAgAEEHNgIADAELIAMoAhQhBSADQYyGwQAoAgA2Ajwg\
A0GEhsEAKQIANwI0IANB/IXBACkCADcCLCADQfSFwQApAgA3AiQgA0EkaiEHAkACQANAIARBBGoi\
BkEgRg0BIAQgB2ogBiEEKAIAIAVHDQALIAVBAkcNASADQQhqIAEgAkEBahC3ASADKAIIQQFxRQRA\
IABBBzYCAAwDCyADKAIMIQQgAyABIAJBAmoQtwEgAygCAEEBcUUEQCAAQQc2AgAMAwsgAygCBCIC\
IARqIgYgAkkEQCAAQQc2AgAMAwsgASgCZCAGSQRAIABBBzYCAAwDCyADQRxqIAEoAmAgBGogAhAa\
IAMoAhxBAUYEQCAAQQc2AgAMAwsgAygCICEBIAAgAygCJDYCCCAAIAE2AgQgAEECNgIADAILIABB\
BzYCAAwBCyAAQgE3AgQgACAFNgIACyADQUBrJAALygQBE38jAEEQayIKJAACQCABKAIQIgwgASgC\
CCIQSw0AIAFBFGoiESABLQAYIgdqQQFrIRIgASgCBCENIAEoAgwhBSAHQQVJIRMCQAJAA0AgBSAM\
Sw0DIAUgDWohBiASLQAAIQsCQCAMIAVrIgRBB00EQEEAIQJBACEDA0AgAyAERgRAIAQhAwwDCyAL\
IAMgBmotAABGBEBBASECDAMFIANBAWohAwwBCwALAAsgCkEIaiEOQQAhAwJAAkACQCAGIAZBA2pB\
fHEiAkYEQCAEQQhrIQ9BACECDAELIAQgAiAGayICIAIgBEsbIQIgBARAIAshCEEBIQkDQCADIAZq\
LQAAIAhGDQQgAiADQQFqIgNHDQALCyACIARBCGsiD0sNAQsgC0GBgoQIbCEDA0BBgIKECCACIAZq\
IgkoAgAgA3MiCGsgCHJBgIKECCAJQQRqKAIAIANzIghrIAhycUGAgYKEeHFBgIGChHhHDQEgAkEI\
aiICIA9NDQALCyACIARHBEAgCyEDQQEhCQNAIAMgAiAGai0AAEYEQCACIQMMAwsgBCACQQFqIgJH\
DQALC0EAIQkLIA4gAzYCBCAOIAk2AgAgCigCDCEDIAooAgghAgsgAkEBRw0BIAEgAyAFakEBaiIF\
NgIMIAUgB0kNACAFIAdrIQQgBSAQSw0AIBNFDQIgBCANaiARIAcQvgENAAsgACAFNgIIIAAgBDYC\
BEEBIRQMAgsgASAMNgIMDAELQQAgB0EEQbyhwAAQOAALIAAgFDYCACAKQRBqJAAL0AQCCH8BfiMA\
QTBrIgQkACACKAIEIgYgAigCCEEcbGohCCMAQSBrIgUkACAFQQhqIAggBmtBHG4iAkEEQQwQsgEg\
BUEANgIcIAUgBSkDCDcCFCMAQRBrIgkkACAFQRRqIgcgAhC5AiAHKQIEIQwgCSAHQQhqNgIEIAkg\
DEIgiTcCCCAJQQRqIgooAgQhByAKKAIAIAYgCEcEQCAGQQhqIQYgCigCCCAHQQxsaiEIIAIgB2oh\
BwNAIAhBCGogBkEEajYCACAIIAZBBGspAgA3AgAgBkEcaiEGIAhBDGohCCACQQFrIgINAAsLIAc2\
AgAgCUEQaiQAIAQgBSgCHDYCCCAEIAUpAhQ3AgAgBUEgaiQAIARBDGogBCgCCBCcASAEKAIUIQIg\
BCgCECEFIAMEQCAEIAQ2AhggBSACIARBGGpBoLLAABAWCyAAQbiywABBASABKAIMIgkRAQAgBCgC\
DCEGIARBADYCLCAEIAUgAkECdCIHajYCJCAEIAY2AiAgBCAFNgIcIAQgBTYCGCAEIAQ2AihBASEC\
A0ACQAJAIAdFDQAgBCAFQQRqIgY2AhwgBCAFKAIAQbyywAAQpQIiBSgCACIIRQ0AIAUoAgghCiAF\
KAIEIQUgBCACNgIsIAJBAUYNASAAQcKxwABBASAJEQEADAELIARBGGoQtQIgAEG5ssAAQQEgCREB\
ACAEEIgDIARBMGokAA8LIAAgASAIIAUQKCAAQbqywABBASAJEQEAIAAgASAKIAMQSCAHQQRrIQcg\
AkEBaiECIAYhBQwACwAL+AIBBH8jAEHgAGsiAyQAIANBGGogAUEAIAIoAgwRAQACQAJAAkACQCAD\
LQAYQQNrDgQCAQEAAQsgAEEEakGAh8EAQeAAEMkCIABBgICAgHg2AgAMAgsgAyADKQIgNwMwIAMg\
AykCGDcDKCADQQhqIANBGGoQxwIgAyADKQMINwJQIANBAjYCXCADIANB0ABqNgJYIANBQGtBuoXA\
ACADQdgAahCqAiAAQoCAgIAINwIAIAAgAykCODcCCCAAIAMpAkA3AhAgACADKAJINgIYIABBAToA\
HCADQShqEO0BDAELIANBEGogAygCICIEIAMoAiQiBRBPIAMoAhQEQCADKAIcIQYgAEEMaiAEIAUQ\
LiAAIAI2AiQgACABNgIgIAAgBTYCCCAAIAQ2AgQgACAGNgIADAELIAMgA0EcaiIBKAIINgJAIAMg\
ASkCADcDOCAAQQRqQeCHwQBBGRDJAiAAQYCAgIB4NgIAIANBOGoQigMLIANB4ABqJAALwwIBBH8g\
AEIANwIQIAACf0EAIAFBCHYiA0UNABpBHyABQYCAgAhPDQAaIAFBJiADZyIDa3ZBAXEgA0EBdHJB\
PnMLIgI2AhwgAkECdEHwu8EAaiEEQQEgAnQiA0GMv8EAKAIAcUUEQCAEIAA2AgAgACAENgIYIAAg\
ADYCDCAAIAA2AghBjL/BAEGMv8EAKAIAIANyNgIADwsCQAJAIAEgBCgCACIDKAIEQXhxRgRAIAMh\
AgwBCyABQRkgAkEBdmtBACACQR9HG3QhBQNAIAMgBUEddkEEcWoiBCgCECICRQ0CIAVBAXQhBSAC\
IQMgAigCBEF4cSABRw0ACwsgAigCCCIBIAA2AgwgAiAANgIIIABBADYCGCAAIAI2AgwgACABNgII\
DwsgBEEQaiAANgIAIAAgAzYCGCAAIAA2AgwgACAANgIIC9kCAQV/IwBBQGoiAyQAIAMgADYCKCAA\
QShqIQYgAC0AaCEEIAMgA0EoajYCLAJAAkACQEHAACAEayIFIAJNBEAgBA0BDAILIANBEGogBCAG\
QcAAQeCiwAAQhwIgA0EIaiACIAMoAhAgAygCFEHwosAAEOcBIAMoAgggAygCDCABIAJBgKPAABCe\
AiACIARqIQQMAgsgA0EwaiABIAIgBUGQosAAEPgBIAMoAjwhAiADKAI4IQEgAygCNCEFIAMoAjAh\
ByADQSBqIAQgBkHAAEGgosAAEIcCIAMoAiAgAygCJCAHIAVBsKLAABCeAiADQSxqIAZBARDCAgsg\
AkE/cSEEIAJBBnYiBQRAIANBLGogASAFEMICCyADQRhqIAQgBkHAAEHAosAAEOcBIAMoAhggAygC\
HCABIAJBwP///wdxaiAEQdCiwAAQngILIAAgBDoAaCADQUBrJAALuQIBBH8jAEEQayIFJAACQAJA\
IAAtABBFBEAgACgCDCIDIAIgACgCCEECdGpBDGpPDQELIABBAToAEAwBCyAAIAMgAmsiBDYCDCAF\
QQhqIAQgAyAAKAIAIAAoAgRB8LTAABD1ASAFKAIIIAUoAgwgASACQYC1wAAQngICQAJAIAJBA00E\
QCABQQFrIQEgAiEDA0AgA0UNAiABIANqIANBAWshAywAAEEATg0AC0EFIQQMAgtBBSEEIAEoAABB\
gIGChHhxDQFBBCABQQNqQXxxIgMgAWsgASADRhshAyACQQRrIQYDQCADIAZJBEAgASADaigCAEGA\
gYKEeHENAyADQQRqIQMMAQsLIAEgBmooAABBgIGChHhxDQELQQQhBAsgACAEIAIQtgIgACAAKAIM\
EJYBCyAFQRBqJAALlAIBAX8jAEEgayIEJAACQAJAAkAgACACTQRAIAEgAksNASAAIAFNDQIgBCAA\
NgIIIAQgATYCDCAEIARBDGqtQoCAgIAQhDcDGCAEIARBCGqtQoCAgIAQhDcDEEGuhMAAIARBEGog\
AxDyAQALIAQgADYCCCAEIAI2AgwgBCAEQQxqrUKAgICAEIQ3AxggBCAEQQhqrUKAgICAEIQ3AxBB\
wYbAACAEQRBqIAMQ8gEACyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgBCENwMYDAELIAQgATYC\
CCAEIAI2AgwgBCAEQQxqrUKAgICAEIQ3AxgLIAQgBEEIaq1CgICAgBCENwMQQfqGwAAgBEEQaiAD\
EPIBAAvAAgIFfwF+IwBBQGoiAiQAIAJBJGogAUEAEA0gAiACKQIoNwMQIAIgAikCMDcDGAJAIAIo\
AiQiA0ECRwRAIAIpAjghByAAIAIpAxg3AgwgACACKQMQNwIEIAAgBzcCFCAAIAM2AgAMAQsgAiAC\
KQMQNwMAIAIgAikDGDcDCCABKAIcIgMgASgCGCIEIAMgBEsbIQQgASgCFCEFA0ACQCADIARGDQAg\
AyAFai0AAEEJayIGQRdLQQEgBnRBk4CABHFFcg0AIAEgA0EBaiIDNgIcDAELCyACQSRqIAEQswIg\
AEEEaiEBIAIoAiQiA0ECRwRAIAEgAikCODcCECABIAIpAjA3AgggASACKQIoNwIAIAAgAzYCACAC\
EO0BDAELIAEgAikDCDcCCCABIAIpAwA3AgAgAEECNgIACyACQUBrJAALhwIBB38jAEEQayIDJABB\
CiECIAAoAgAiBCEAIARB6AdPBEADQCADQQZqIAJqIgVBBGsgACIGIABBkM4AbiIAQZDOAGxrIgdB\
//8DcUHkAG4iCEEBdC8AmqlBOwAAIAVBAmsgByAIQeQAbGtB//8DcUEBdC8AmqlBOwAAIAJBBGsh\
AiAGQf+s4gRLDQALCyAAQQlLBEAgAkECayICIANBBmpqIAAgAEH//wNxQeQAbiIAQeQAbGtB//8D\
cUEBdC8AmqlBOwAAC0EAIAQgABtFBEAgAkEBayICIANBBmpqIABBAXQtAJupQToAAAsgAUEBQQAg\
A0EGaiACakEKIAJrEBcgA0EQaiQAC5cHAQh/IwBB0ABrIgQkACAEIAM2AgwgBCACNgIIIARBEGog\
ARDwAiAEQRE2AiAgBEGApMAANgIcAkACQCABKAIYIgIEQCABKAIQRQ0BCyMAQTBrIgIkACACIAFB\
DGoiAygCACIBIAMoAgQiA2o2AiwgAiABNgIoIAIgAzYCJCACIAE2AiAgAkGPhcEANgIcIAJBjIXB\
ADYCGCACQQxqIQYjAEFAaiIBJAAgAUEQaiACQRhqIgMQbAJAIAEoAhAiCARAIAEoAhQhCSABQShq\
IgcgAxB/IAFBCGpBBCABKAIoQQFqIgVBfyAFGyIFIAVBBE0bQQRBCBCyASABKAIIIQogASgCDCIF\
IAk2AgQgBSAINgIAIAFBATYCJCABIAU2AiAgASAKNgIcIAEgAykCEDcDOCABIAMpAgg3AzAgASAD\
KQIANwMoIAFBHGohBSMAQSBrIgMkAANAAkAgA0EIaiAHEGwgAygCCCIJRQ0AIAMoAgwhCiAFKAII\
IgggBSgCAEYEQCADQRRqIAcQfyAFIAMoAhRBAWoiC0F/IAsbELoCCyAFKAIEIAhBA3RqIgsgCjYC\
BCALIAk2AgAgBSAIQQFqNgIIDAELCyADQSBqJAAgBiABKAIkNgIIIAYgASkCHDcCAAwBCyAGQQA2\
AgggBkKAgICAwAA3AgALIAFBQGskACAEQSRqIgEgAigCECACKAIUEBEgBhCJAyACQTBqJAAgBEEC\
NgJMIARBAjYCRCAEQQM2AjwgBEEDNgI0IAQgBEEIajYCSCAEIARBHGo2AkAgBCABNgI4IAQgBEEQ\
ajYCMCAAQd2KwAAgBEEwahCqAiABEIoDDAELIARBJGohAyMAQSBrIgEkACABIAIoAggiBTYCECAB\
IAUgAigCDGo2AhQgAkEIaiEGQQEhAkGS/MAAIQUCQCABQRBqEPQBIgdBgIDEAEYNACAHQeEAa0Ef\
dyIHQQpLDQAgB0ECdCIFKALwmUEhAiAFKALEmUEhBQsgASACNgIMIAEgBTYCCCABQQI2AhwgASAG\
NgIYIAFBAjYCFCABIAFBCGo2AhAgA0GFi8AAIAFBEGoQqgIgAUEgaiQAIARBAjYCTCAEQQI2AkQg\
BEEDNgI8IARBAzYCNCAEIARBCGo2AkggBCAEQRxqNgJAIAQgAzYCOCAEIARBEGo2AjAgAEGoisAA\
IARBMGoQqgIgAxCKAwsgBEEQahCKAyAEQdAAaiQAC4gCAQZ/IAAoAggiBCECAn9BASABQYABSQ0A\
GkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIGIAAoAgAgBGtLBH8gACAEIAYQZyAAKAIIBSACCyAA\
KAIEaiECAkAgAUGAAU8EQCABQT9xQYB/ciEFIAFBBnYhAyABQYAQSQRAIAIgBToAASACIANBwAFy\
OgAADAILIAFBDHYhByADQT9xQYB/ciEDIAFB//8DTQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoA\
AAwCCyACIAU6AAMgAiADOgACIAIgB0E/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsg\
ACAEIAZqNgIIQQALiAIBBn8gACgCCCIEIQICf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFB\
gIAESRsLIgYgACgCACAEa0sEfyAAIAQgBhBvIAAoAggFIAILIAAoAgRqIQICQCABQYABTwRAIAFB\
P3FBgH9yIQUgAUEGdiEDIAFBgBBJBEAgAiAFOgABIAIgA0HAAXI6AAAMAgsgAUEMdiEHIANBP3FB\
gH9yIQMgAUH//wNNBEAgAiAFOgACIAIgAzoAASACIAdB4AFyOgAADAILIAIgBToAAyACIAM6AAIg\
AiAHQT9xQYB/cjoAASACIAFBEnZBcHI6AAAMAQsgAiABOgAACyAAIAQgBmo2AghBAAuoAgEDfyMA\
QeAAayIEJAAgBCADNgIgIAQgAjYCHCABKAIIQRRsIQMgASgCBCEFAkACQANAIANFDQEgBCADQRRr\
IgMgBWoiAjYCQCAEQUBrIgYgBEEcahCPAkUNAAsgBEEQaiABQQxqEKIDIARBCGogBCgCECAEKAIU\
IAJBDGooAgAgAkEQaigCAEHMrsAAEHMgBEEANgJcIARBADYCSCAEQoCAgIDAADcCQCAEIAQoAgwi\
ATYCWCAEIAQoAggiAjYCVCAEIAE2AlAgBCACNgJMIARBJGogBkEBEA0CQCAEKAIkQQJGBEAgACAE\
KQIwNwIIIAAgBCkCKDcCAAwBCyAAQQY6AAAgBEEkahC9AgsgBEFAaxCLAwwBCyAAQQY6AAALIARB\
4ABqJAAL7QEBA38gACADKAIIIAEoAgwgASgCCCIFQRl3IAVBDndzIAVBA3ZzamogBCgCBCIGQQ93\
IAZBDXdzIAZBCnZzaiIGNgIMIAAgAygCBCAFIAEoAgQiB0EZdyAHQQ53cyAHQQN2c2pqIAQoAgAi\
BUEPdyAFQQ13cyAFQQp2c2oiBTYCCCAAIAMoAgAgByABKAIAIgFBGXcgAUEOd3MgAUEDdnNqaiAG\
QQ93IAZBDXdzIAZBCnZzajYCBCAAIAEgBCgCDGogAigCDCIAQRl3IABBDndzIABBA3ZzaiAFQQ93\
IAVBDXdzIAVBCnZzajYCAAuBAgEGfwJAAkAgASgCACIIKAIIIgkgBUkgBCAFS3JFBEAgCCgCBCII\
IAVBAnRqIQsgCCAEQQJ0aiEFIAEoAgwhDCABKAIIIQ0gASgCBCEIQQAhCQNAIAEhBANAIAUgC0YN\
AyAIIAUoAgAiARDxAiAGSQ0DIA0gAiADIAEQyQEhCiABIANPDQQgBUEEaiEFIAEgAmogCjoAACAK\
IAggARDxAiAMIAcgARDcASAGaklyDQALIAlFQQEhCQ0AIAEgBCAIIAEQ8QIgCCAEEPECSRshAQwA\
CwALIAQgBSAJQaSowAAQOAALIAAgBDYCBCAAIAk2AgAPCyABIANBtKjAABCzAQALrwQBC38jAEEQ\
ayIHJAACQEGUu8EAKAIADQBBlLvBAEF/NgIAQaS7wQAoAgAiAkGgu8EAKAIAIgBGBEAgAiIAQZi7\
wQAoAgAiAUYEQNBvQYABIAAgAEGAAU0bIgD8DwEiBEF/Rg0CAkBBqLvBACgCACIBRQRAQai7wQAg\
BDYCAAwBCyABIAJqIARHDQMLIwBBEGsiBSQAIAVBCGohCEGgu8EAKAIAIQlBBCEBIwBBEGsiBiQA\
QZi7wQAoAgAgCWsgAE8Ef0GBgICAeAUgBkEIaiEEIwBBEGsiAyQAAn9BACAAIAlqIgEgAEkNABog\
A0EEakGYu8EAIAFBBEEEEEsgAygCBEEBRgRAIAMoAgwhCiADKAIIDAELIAMoAgghAEGYu8EAIAE2\
AgBBnLvBACAANgIAQYGAgIB4CyEAIAQgCjYCBCAEIAA2AgAgA0EQaiQAIAYoAgwhASAGKAIICyEA\
IAggATYCBCAIIAA2AgAgBkEQaiQAIAUoAgwhASAHQQhqIgAgBSgCCDYCACAAIAE2AgQgBUEQaiQA\
IAcoAghBgYCAgHhHDQJBmLvBACgCACEBQaC7wQAoAgAhAAsgACABTw0BQZy7wQAoAgAgAEECdGog\
AkEBajYCAEGgu8EAIABBAWoiADYCAAsgACACTQ0AQaS7wQBBnLvBACgCACACQQJ0aigCADYCAEGU\
u8EAQZS7wQAoAgBBAWo2AgBBqLvBACgCACAHQRBqJAAgAmoPCwAL1WICOH8BfiMAQUBqIhIkACAS\
QQA2AhggEiABKAIAKAIAIgY2AhwCQCABKAIQKAIAIgUEQCASQRBqIAUgASgCFCgCABDgASASKAIQ\
IQUgEkEwaiIIIBIoAhQiATYCCCAIIAU2AgQgCCABNgIAAkAgEigCMEGAgICAeEYEQCASIBIpAjQ3\
AiQgEkGBgICAeDYCIAwBCyASIBIoAjg2AiggEiASKQIwIjo3AyAgOqdBgYCAgHhHDQILIBJBCGoh\
BUEAIQECfyASQSBqIgAoAgBBgYCAgHhGBEAgACgCCCEBIAAoAgQMAQsgABDeAkEACyEAIAUgATYC\
BCAFIAA2AgAgEigCCCEGIBIoAgwhBQJAIBJBGGoiACgCACIBBEAgACgCBCEADAELIABBBGoQ1QIL\
IBIgADYCBCASIAE2AgAgEigCACIBIAYgARsiAEEBIAAbIBIoAgQgBSABG0EAIAAbEKEDAAsgEkGA\
gICAeDYCIAsgEiASKAIoNgI4IBIgEikDIDcDMCASQTBqIQwjAEHQAGsiGCQAIBggBjYCCCAYQQxq\
IgEgGEEIahCfAxBbAkAgGCgCDEECRwRAIAEQ3gEhASAAQYCAgIB4NgIAIAAgATYCBCAMEN4CDAEL\
IwBBEGsiByQAIAdBBGogGEEIaiINEJ8DIgUQ+QEgBygCCCANEJ8DIQgjAEEQayIKJAAgDRCfAyEG\
IAogCDYCDCAKIAY2AgggBiAIRwRAIwBBEGsiACQAIAAgCkEMajYCDCAAIApBCGo2AggjAEFAaiIB\
JAAgAUHMqMEANgIEIAEgAEEIajYCACABQcyowQA2AgwgASAAQQxqNgIIIAFBsLrBACgCADYCFCAB\
QaS6wQAoAgA2AhAgASABQQhqrUKAgICAsA+ENwMwIAEgAa1CgICAgLAPhDcDKCABIAFBEGqtQoCA\
gIDQD4Q3AyBBxYjAACABQSBqQeSbwQAQ8gEACyAIIA0oAgAlARABIApBEGokACAYQShqIgEgBTYC\
CCABIAcpAgQ3AgAgB0EQaiQAAkAgDCgCAEGAgICAeEcEQCAYIAwoAggiBjYCSCAYIAwpAgA3A0Ag\
GEEANgIUIBhCgICAgMAANwIMIBgoAkQhBSMAQSBrIggkACAIQQhqIgFBrLbAAEEVEJcBIAhBFGog\
BSAGEJcBIBhBDGoiBSABEMoBIBhBNGoiASAFKAIINgIIIAEgBSkCADcCACAIQSBqJAAgGEFAaxCK\
AwwBCyAYQQA2AjwgGEKAgICAwAA3AjQLIBhBKGoiOCEoIBhBNGoiOSEGIwBB8ABrIhckAAJAQQBB\
xLbAACgCABEFACIBBEAgF0EIaiABQci2wAAQhAJBgICAgHghLiAXKAIMITICfwJAIBcoAggiASgC\
AEGAgICAeEcEQCAXQTBqIRMgKCgCBCEMICgoAgghBSABQQxqIR8jAEGQAmsiBCQAIARBEGohGiAG\
KAIIQRhsIQ8gBigCBCIIQRBqIQYCfwNAQQAgD0UNARoCQCAIKAIIQRVGBEAgBkEMaygCACEHQRUh\
DUGstsAAIQpBFSEZA0AgGUUgDUVyIgFFBEAgCi0AACEQIActAAAhCyANQQFrIQ0gCkEBaiEKIBlB\
AWshGSAHQQFqIQcgC0EgQQAgC0HBAGtB/wFxQRpJG3JB/wFxIBBBIEEAIBBBwQBrQf8BcUEaSRty\
Qf8BcUYNAQsLIAENAQsgCEEYaiEIIA9BGGshDyAGQRhqIQYMAQsLIAZBBGooAgAhCCAGKAIACyEB\
IBogCDYCBCAaIAE2AgAgBEHgAGogHygCBCAfKAIIIAQoAhAgBCgCFBAvAkAgBCgCYCIBQQJHBEAg\
EyAEKQJ0NwIYIBMgBCkCbDcCECATIAQpAmQ3AgggE0EBNgIAIBMgATYCBAwBCyAEQeAAaiERIwBB\
8AFrIgIkACACQRhqIAwgBRAlIAIoAiAhBiACKAIcIQECQCACKAIYIgVBAkcEQCARIAIpAiw3Ahgg\
ESACKQIkNwIQIBEgBjYCDCARIAE2AgggESAFNgIEIBFBgICAgHg2AgAMAQsgAkEANgI0IAIgBjYC\
MCACIAE2AiwgAiAGNgIoIAIgATYCJCACQQA2AiAgAkKAgICAwAA3AhgCQAJAAkACQAJAAkACQAJA\
A0AgBiAdRg0BIAEgHWotAAAiCEEJayIFQRdLQQEgBXRBk4CABHFFckUEQCACIB1BAWoiHTYCNAwB\
CwsgCEH7AEcNACACIB1BAWoiCDYCNCACQQA2AnwgAkKAgICAwAA3AnQgBiAIIAYgCEsbIQcDQCAH\
IAhGDQMgASAIai0AACINQQlrIgVBF0tBASAFdEGTgIAEcUVyDQIgAiAIQQFqIgg2AjQMAAsACyAC\
QdQBaiACQRhqEDkgAiACKQLYATcDkAEgAiACKQLgATcDmAECQCACKALUASIBQQJHBEAgAikC6AEh\
OiARIAIpA5gBNwIQIBEgAikDkAE3AgggESA6NwIYIBEgATYCBAwBCyACIAIpA5ABNwNYIAIgAikD\
mAE3A2AgAkEIaiACQdgAaiIBEMcCIAIgAikDCDcCyAEgAkECNgKUASACIAJByAFqNgKQASACQeAB\
akGNhcAAIAJBkAFqEKoCIAJBADYC1AEgESACKQLUATcCBCARIAIpAtwBNwIMIBEgAikC5AE3AhQg\
AkEBOgDsASARIAIoAuwBNgIcIAEQ7QELIBFBgICAgHg2AgAMBgsgDUH9AEYNAQsgAkHkAWohICAC\
QZUBaiEVIAJB2QFqIQ4gAkGgAWohISACQZgBaiEZIAJB3AFqIRogAkGUAWohGyACQdgBaiEcA0Ag\
AkHUAWogAkEYakEBECEgAiAcKQIANwOQASACIBwoAgg2ApgBIAIoAtQBIg9BAkcEQCACIAIoAuwB\
NgJwIAIgAikC5AE3AmggAiACKQOQATcCXCACIAIoApgBNgJkDAMLIAIgAikDkAE3A4ABIAIgAigC\
mAE2AogBIAIoAjQiBSACKAIwIg0gBSANSxshCCACKAIsIQ8DQAJAIAUgCEYEQCAIIQUMAQsgBSAP\
ai0AAEEJayIHQRdLQQEgB3RBk4CABHFFcg0AIAIgBUEBaiIFNgI0DAELCyACQQA2ArQBIAJCgICA\
gBA3AqwBIAUhCANAIAggDSAIIA1LGyENAkACQANAAkACQAJAAkACQCAIIA1GDQAgCCAPai0AACIH\
QQlrQQJJDQMCQCAHQSBrDgMEAQMACyAHQQ1GDQMgB0HbAEYgB0H7AEZyDQELIAJB1AFqIAJBGGoQ\
GyACKALUASIPQQJGDQMgFSAOKQAANwAAIBUgDikACDcACCAVIA4pAA83AA8gAiACLQDYAToAlAEg\
AiAPNgKQAQwFCyACQdQBaiACQRhqIAIoArQBQQFqEJEBIAIoAtQBIg9BAkcEQCAZIBopAgA3AgAg\
GSAaKQIINwIIIBkgGigCEDYCECACIAIoAtgBNgKUASACIA82ApABDAULIAIgAigCNEEBaiIINgI0\
Qf0AQd0AIAdB+wBGIgsbIRAgAigCMCEKIAIoAiwhDAJAAkADQCAIIApPDQEgCCAMai0AACIHQQlr\
Ig1BF0tBASANdEGTgIAEcUVyRQRAIAIgCEEBaiIINgI0DAELCyAHIBBGDQELIAIoArQBIgcgAigC\
rAFGBEAjAEEQayIKJAAgCkEEaiACQawBaiIMKAIAIgggDCgCBEEIIAhBAXQiCCAIQQhNGyINEHog\
CigCBEEBRgRAIAooAgggCigCDBDRAgALIAooAgghCCAMIA02AgAgDCAINgIEIApBEGokAAsgAigC\
sAEgB2ogEDoAACACIAdBAWo2ArQBIAtFDQYgAkHUAWogAkEYakEAECEgAiAcKQIANwPIASACIBwo\
Agg2AtABIAIoAtQBIg9BAkcEQCAhICAoAgg2AgggISAgKQIANwIAIBsgAigC0AE2AgggGyACKQPI\
ATcCAAwGCyACIAIpA8gBNwO4ASACIAIoAtABNgLAASACQbgBahCKAwwGCyACIAhBAWo2AjQMAgsg\
AkHUAWogAkEYakEAEA8gAigC1AEiD0ECRg0BIBsgHCkCEDcCECAbIBwpAgg3AgggGyAcKQIANwIA\
DAMLIAIgCEEBaiIINgI0DAELCyACKAI0IQggAigCLCELIAIoAjAhECACKAK0ASEHIAIoArABIQoD\
QEECIQ8gB0UNASAHIApqQQFrIgxFDQEgCCAQIAggEEsbIQ0gDC0AACEMAkACQAJAA0AgCCANRg0B\
AkAgCCALai0AACIWQQlrQQJJIBZBDUZyIBZBIEZyRQRAIBZBLEcNASACIAhBAWo2AjQgDEH9AEcN\
CCACQdQBaiACQRhqQQAQISACIBwpAgA3A8gBIAIgHCgCCDYC0AEgAigC1AEiD0ECRg0EICEgICgC\
CDYCCCAhICApAgA3AgAgGyACKALQATYCCCAbIAIpA8gBNwIADAcLIAIgCEEBaiIINgI0DAELCyAM\
IBZGDQILIAJBkAFqIAJBGGpB86vAAEH9q8AAIAxB/QBGG0EKEGMgAigCkAEhDwwDCyACIAIpA8gB\
NwO4ASACIAIoAtABNgLAASACQbgBahCKAwwDCyACIAdBAWsiBzYCtAEgAiAIQQFqIgg2AjQMAAsA\
CyACQawBahCKAyAPQQJHBEAgAiAbKQIQNwJsIAIgGykCCDcCZCACIBspAgA3AlwgAkGAAWoQigMM\
BQsgAigCNCEIIAIoAnwiDSACKAJ0RgRAIAJB9ABqENABCyACKAJ4IA1BFGxqIgcgAigCiAE2Aggg\
ByACKQOAATcCACAHIAg2AhAgByAFNgIMIAIgDUEBajYCfCACKAI0IgggAigCMCINIAggDUsbIQcg\
AigCLCEFA0ACQAJAIAcgCEcEQCAFIAhqLQAAIgxBCWtBAkkgDEENRnIgDEEgRnINASAMQSxGBEAg\
AiAIQQFqNgI0DAcLIAxB/QBGDQILIAJB2ABqIAJBGGpB86vAAEEKEGMgAigCWCEPDAcLIAIgCEEB\
aiIINgI0DAELCyACIAIpAnQ3AlwgAiACKAJ8NgJkIAIgCEEBaiIHNgI0DAULIAIoAiwhDyACKAI0\
IQggAigCMCENDAALAAsACyACIAIpAnQ3AlwgAiACKAJ8NgJkIAIgCEEBaiIHNgI0IAEhBSAGIQ0M\
AQsgAkH0AGoQjwMgD0ECRw0BIAIoAiwhBSACKAIwIQ0gAigCNCEHCyACIAIpAlw3AzggAiACKAJk\
NgJAIAcgDSAHIA1LGyEMIAchCANAAkAgCCAMRg0AIAUgCGotAABBCWsiDUEXS0EBIA10QZOAgARx\
RXINACACIAhBAWoiCDYCNAwBCwsgAkHUAWogAkEYahCzAiACKALUASIFQQJHBEAgESACKQLoATcC\
GCARIAIpAuABNwIQIBEgAikC2AE3AgggEUGAgICAeDYCACARIAU2AgQgAkE4ahCPAwwCCwJAIAIo\
AiAiCEUEQEGAgICAeCEIDAELIAIoAhwhBSACQdgAaiABIAYQlwEgCEECdCEIA0AgCARAIAJBEGog\
AkHYAGogBSgCACIBIAFBBGpBnKvAABDUASACKAIQIAIoAhRBrKvAAEEEQbCrwAAQngIgCEEEayEI\
IAVBBGohBQwBCwsgAigCWCEIIAJBkAFqIAIoAlwiASACKAJgIgYQGiACKAKQAUUNACACIAIpApQB\
Ijo3AuABIAIgBjYC3AEgAiABNgLYASACIAg2AtQBIAhBgICAgHhGBEAgASEIIAYhASA6pyEGDAEL\
IAJB1AFqEIoDQQEhAUEAIQhBACEGCyARIAIoAkA2AgggESACKQM4NwIAIBEgBzYCHCARIB02Ahgg\
ESAGNgIUIBEgATYCECARIAg2AgwgAkEYahCLAwwCCyARIAIpAmg3AhQgESACKAJwNgIcIAIgAigC\
ZCIBNgJQIAIgAikCXCI6NwNIIBEgATYCECARIDo3AgggESAPNgIEIBFBgICAgHg2AgALIAJBGGoQ\
iwMLIAJB8AFqJAAgBCAEKQJkNwM4IAQgBCkCbDcDQCAEIAQpAnQ3A0ggBCAEKAJ8NgJQIAQoAmAi\
AUGAgICAeEYEQCATIAQoAlA2AhwgEyAEKQNINwIUIBMgBCkDQDcCDCATIAQpAzg3AgQgE0EBNgIA\
DAELIAQgBCgCUDYCNCAEIAQpA0g3AiwgBCAEKQNANwIkIAQgBCkDODcCHCAEIAE2AhggBEHgAGog\
BEEYakHEjsEAEDQgBCAEKQJkNwOYASAEIAQpAmw3A6ABIAQgBCkCdDcDqAEgBCAEKAJ8NgKwAQJA\
IAQoAmAiAUGAgICAeEYEQCATIAQoArABNgIcIBMgBCkDqAE3AhQgEyAEKQOgATcCDCATIAQpA5gB\
NwIEIBNBATYCAAwBCyAEIAQpA5gBNwI8IAQgBCkDoAE3AkQgBCAEKQOoATcCTCAEIAQoArABNgJU\
IAQgBCkCgAE3AlggBCABNgI4IARBgICAgHg2AogBIAQgBEEYajYClAEgBEHgAGogBEE4aiAfIARB\
iAFqQdyOwQAQDCAEIAQpAmg3A7gBIAQgBCkCcDcDwAEgBCAEKQJ4NwPIASAEKAJkIQECQCAEKAJg\
QQFGBEAgEyAEKQPIATcCGCATIAQpA8ABNwIQIBMgBCkDuAE3AgggEyABNgIEIBNBATYCAAwBCyAB\
QYCAgIB4RwRAIAQgBCkDuAEiOjcCnAEgBCAEKQPIATcCrAEgBCAEKQPAATcCpAEgBCABNgKYASA6\
pyIPQQxqIQggBCgCoAEiDUHoAGwhASAEQeQAaiEMA0ACQAJ/AkACQAJAAkAgAQRAIAQgCCkCADcD\
2AEgBCAIQQhrIhkpAgA3A9ABIBlBgoCAgHg2AgAgCEEEayEHQQMgBCgC0AEiBkGAgICAeHMgBkEA\
ThtBAmsOAgECAwsgDUHoAGwhCCAfLQA9QQFxIREDQAJAIAgEQCAEQeAAaiElIAQoAjwhMyAEKAJA\
ITRBACENIwBB8AFrIgMkAAJAAkACQCAPEKkDIiZBgfgBTwRAIA9BBGohIiAPKAIEQYCAgIB4RgRA\
IANBgAFqIQYjAEEgayIHJAACQAJAAkACQEEDICIoAgAiAUGAgICAeHMgAUEAThtBAWsOAwECAgAL\
IAdBBGogIigCCCAiKAIMEGogBygCBCIFQQJHIActAAgiAUEFR3JFBEAgBiAHKAIUNgIIIAYgBykC\
DDcCAAwDCyAGQQA2AgggBkKAgICAwAA3AgAgBUECRwRAIAdBBGoQvQIMAwsgAUEFRg0CIAdBCGoQ\
7QEMAgsgBiAiQQRqEE4MAQsgBkEANgIIIAZCgICAgMAANwIACyAHQSBqJAAgIhDwASAPQYGAgIB4\
NgIEIA8gAykCgAE3AgggDyADKAKIATYCECAPEKkDIiZBgfgBSQ0DCyARDQEgD0EIaiE1IA9BLGoh\
IyADQYwBaiEbIANBzABqIScDQCMAQRBrIgYkACAGQQhqQQpBCSAPKAIAGxDGAiAGKAIMIQUgA0E4\
aiIBIAYoAgg2AgAgASAFNgIEIAZBEGokACADKAI8IRkgAygCOCEaQQAhKQJAIA8oAjQiCkUNACAP\
KAIwIApBDGxqIgFBDEYNACADQTBqQdykwABBCCABQQhrKAIAIAFBBGsoAgAQmwIgAygCMCIHRQ0A\
IAMoAjQiBkEFTwR/QeSkwAAgByAGQQVrakEFEP4CBUEACyEFIANBKGoiASAGQQVrNgIEIAEgB0EA\
IAUbNgIAIAMoAigiB0UNAAJAAkACQCADKAIsIgYOAgMAAQsgBy0AACIFQStrDgMCAQIBCyAHLQAA\
IQULIAcgBUH/AXFBK0YiAWohBQJAIAYgAWsiFEEJTwRAQQAhDQNAIBRFISkgFEUNAyANrUIKfiI6\
QiCIpw0CIANBIGogBS0AAEEKEOIBIAMoAiBBAUcNAiAFQQFqIQUgFEEBayEUIDqnIgEgAygCJGoi\
DSABTw0ACwwCC0EAIQ0DQCAURSEpIBRFDQIgA0EYaiAFLQAAQQoQ4gEgAygCGEEBRw0CIAVBAWoh\
BSAUQQFrIRQgAygCHCANQQpsaiENDAALAAsLAkAgIigCAEGBgICAeEYEQCADIBogGRD/AjYCmAEg\
A0IENwKQASADQgA3AogBIANCgICAgMAANwKAAUEAIRQgA0EAOgDUASADQYABaiIVIDVBf0F/IANB\
1AFqEBkaIAMgAykCkAE3A1AgAyADKQKAATcDQCADIAMpAogBNwNIIAMgAygCmAE2AlggAyAKIClr\
Igw2AqABIANBgIh+Qb+IfiAKGyAmajYCnAEgAyADKAJUIhA2AogBIANBADYChAEgAyAnNgKAASAD\
QaQBaiEKIwBBMGsiDiQAIA5BCGogFRCJAQJAIA4oAghBAUYEQCAOKAIMIQYgDkEEQQRBBBCyASAO\
KAIAIQUgDigCBCIBIAY2AgAgDkEBNgIcIA4gATYCGCAOIAU2AhQgDiAVKAIINgIoIA4gFSkCADcD\
ICAOQRRqIQsgDkEgaiEFIwBBEGsiByQAA0ACQCAHQQhqIAUQiQEgBygCCEEBRw0AIAcoAgwhASAL\
KAIIIgYgCygCAEYEQCALQQEQuAILIAsoAgQgBkECdGogATYCACALIAZBAWo2AggMAQsLIAdBEGok\
ACAKIA4oAhw2AgggCiAOKQIUNwIADAELIApBADYCCCAKQoCAgIDAADcCAAsgDkEwaiQAIAMoAqgB\
IQYgAygCrAEhBSADICc2AoABIAYgBSAVQeynwAAQFiADKAKkASEBIAMgBiAFQQJ0ajYCjAEgAyAB\
NgKIASADIAY2AoQBIAMgBjYCgAEgA0GwAWohDkEAIQYgFSgCACEKIBUoAgghByAVKAIMIBUoAgQi\
BWtBAnYiASELA0AgCwRAIAYgCmogBSAGaigCADYCACALQQFrIQsgBkEEaiEGDAELCyMAQRBrIgUk\
ACAVQQA2AgggFUEENgIAIAVCgICAgMAANwIIIAVBCGoQiwMgFUEENgIMIBVBBDYCBCAFQRBqJAAg\
DiABNgIIIA4gCjYCBCAOIAc2AgAgFRC1AiADKAK0ASEHIAMoArgBIQEjAEEQayIKJAAgCiAnNgII\
IAogCkEIajYCDEEAIQUCQCABRQ0AA38gAUEBTQR/IApBDGogByAFQQJ0ahDOAkH/AXEiAUUNAiAF\
IAFB/wFGagUgBSABQQF2IgYgBWoiBSAKQQxqIAcgBUECdGoQzgJB/wFxQQFGGyEFIAEgBmshAQwB\
CwshBQsgCkEQaiQAIAUhASADKAJQIgUhB0EAIQsgByAFIBBBFGxqIgZHBEAgB0EIaiEFIAYgB2tB\
FG4hBgNAQQAgBSgCAEEAIAVBBGsoAgBBf0YbIAVBCGotAAAbIAtqIQsgBUEUaiEFIAZBAWsiBg0A\
CwsgA0G8AWpBACAQEGIgAyAnNgLIASADIANBQGs2AswBIAMgJzYC0AEgAyADQcwBajYC4AEgAyAD\
QcgBajYC3AEgAyADQdABajYC2AEgAyAONgLUASADQQA2AuwBIANCgICAgMAANwLkAQNAAkAgFEEC\
dCEFAkACQANAIAMoArgBIBRNDQMCQCADQcgBaiADKALAASIKIAMoAsQBIgcgAygCtAEgBWooAgAi\
DhDJAUUEQCADIANBoAFqNgKMASADIANBzAFqNgKIASADIANBnAFqNgKEASADIANB0AFqNgKAASAB\
IBRNBEAgA0GAAWogDhCxAkUNBCADQRBqIANB1AFqIAogByAUIAMoArgBIAMoApwBIAMoAqABEEAg\
AygCFCEHIANB5AFqIgogAygCECIBELgCIAooAgQgCigCCCIFQQJ0aiEGA0AgAUEBcQRAIAYgBzYC\
ACAGQQRqIQYgBUEBaiEFQQAhAQwBCwsgCiAFNgIIDAULIAMoArgBIAFLBH8gA0GAAWogAygCtAEg\
AUECdGooAgAQsQIFQQALIANBgAFqIA4QsQJyRQ0BIANBCGogA0HUAWoiBiAKIAcgFCABIAMoApwB\
IAMoAqABEEAgAygCDCEFIAMoAgghECADIAYgCiAHIAEgAygCuAEgAygCnAEgAygCoAEQQCADKAIE\
IQogAygCAAJ/IBBBAUYEQCADQdABaiAFEPECDAELQX8gAygCnAEiBiAGIAtLGwshBkEBRgR/IAog\
BSADQdABaiAKEPECIgVBgICAgAJJIAVBA3QgBklxIgYbIQVBASAQIAYbBSAQC0EBRw0BIANB5AFq\
IAUQgAIMBAsgA0G8AWogDkGUqMAAELICQQE6AAAgBUEEaiEFIBRBAWohFAwBCwsgCyADQdABaiAO\
EPECayIFQQAgBSALTRshCwsgAyADKAKcASADQcwBaiADKAKgASAOENwBaiADQdABaiAOEPECazYC\
nAEgAyADKAKgAUEBajYCoAEgA0G8AWogDkGEqMAAELICQQE6AAAgA0HkAWogDhCAAiAUQQFqIRQM\
AgsLCyADIAMoAuwBNgJoIAMgAykC5AE3A2AgA0G8AWoiHBCKAyADQbABahCLAyADIBk2ApQBIAMg\
GjYCkAEgA0EeIAxrIgFBACABQR5NGzYCiAEgAyADKAJkIhQgAygCaCI2QQJ0IgVqNgKEASADIBQ2\
AoABIAMgA0FAazYCjAEgA0HwAGohNyMAQSBrIh4kACAeQQhqIANBgAFqIgwoAggiBgR/IAYgDCgC\
BCAMKAIAa0ECdiIBIAEgBksbBUEAC0EEQQwQsgEgHkEANgIcIB4gHikDCDcCFCMAQRBrIiokACAe\
QRRqIgcgDCgCCCIGBH8gBiAMKAIEIAwoAgBrQQJ2IgEgASAGSxsFQQALELkCIAcpAgQhOiAqIAdB\
CGo2AgQgKiA6QiCJNwIIQQAhKyMAQfAAayIJJAAgDCgCBCAMKAIAIh1rQQJ2IgYgDCgCCCIBIAEg\
BksbIR8gDCgCDCIvQQxqISAgKkEEaiIBKAIIISEgASgCBCEsIAEoAgAhFiAMKAIUIRUgDCgCECEO\
AkACQANAIB8gK0cEQCAgIB0gK0ECdGooAgBBrKbAABCgAigCACEMIAlBADYCOCAJQoCAgIDAADcC\
MCAMIQEDQAJAIAFBf0YEQCAJQeAAaiIHIAkoAjQiASAJKAI4IgJBAXYiJCAkQfySwQAQ5QEgCSgC\
ZCEwIAkoAmAhBiAHIAEgAkEDdGogJEEDdCIBayAkICRBjJPBABDlASArQQFqISsgCSgCYCABakEI\
ayELQQAhASAJKAJkIhkgJEEBa0shGgNAIAEgJEYNAiABIDBGDQYgGgRAIAYhByALIQpBAiExA0Ag\
MQRAIAcoAAAhECAHIAooAAA2AAAgCiAQNgAAIDFBAWshMSAKQQRqIQogB0EEaiEHDAELCyAGQQhq\
IQYgC0EIayELIAFBAWohAQwBCwsgAUF/cyACQQF2aiAZQayTwQAQswEACyAvIAFBwKbAABChAikC\
ACE6IAkoAjgiBiAJKAIwRgRAIAlBMGoQzQELIAkoAjQgBkEDdGogOjcCACAJIAZBAWo2AjggLyAB\
QdCmwAAQoQIoAgghAQwBCwtBDBCHAyIBRQRAQQRBDBCkAwALIAEgFTYCCCABIA42AgQgAUGAgICA\
eDYCACAJQQE2AkQgCSABNgJAIAlBATYCPCAJKAI4IQYgCSgCNCEBIAkgCSgCMDYCaCAJIAE2AmQg\
CSABNgJgIAkgASAGQQN0IgZqNgJsAkADQAJAAkACQCAGBEAgCSABQQhqIgc2AmQgASgCBCEQIAEo\
AgAiCw0BIAkgEDYCICAJQQE2AkwgCSAJQSBqNgJIIAlB1ABqIgFBx57AACAJQcgAahCqAiAJQTxq\
IAEQ2QEMAgsgCUHgAGoQrwIgLyAMEJYCQeUASQ0CQQAhBiAJQQA2AlAgCUKAgICAEDcCSCAJKAJA\
IgsgCSgCREEMbGohBwNAAkAgByALRg0AIAlBGGogCxCiAyAJIAkoAhgiASAJKAIcajYCZCAJIAE2\
AmAgC0EMaiELA0AgCUHgAGoQ9AEiAUGAgMQARg0CIAEQ+gEgBmoiBkEySw0BIAlByABqIAEQowEM\
AAsACwtBACELIAlBADYCXCAJQoCAgIDAADcCVCAJKAJAIgcgCSgCREEMbGohAQNAAkAgASAHRg0A\
IAlBEGogAUEMayIBEKIDIAkgCSgCECIGIAkoAhRqNgJkIAkgBjYCYANAIAlBCGogCUHgAGoQTCAJ\
KAIIQQFHDQIgCSgCDCIMQYCAxABGDQIgDBD6ASALaiILQS9LDQEgCSgCXCIGIAkoAlRGBEAgCUHU\
AGoQzgELIAkoAlggBkECdGogDDYCACAJIAZBAWo2AlwMAAsACwsgCUHIAGoiCkG8psAAQQMQ2gEg\
CSAJKAJUNgJoIAkgCSgCWCIBNgJkIAkgATYCYCAJIAEgCSgCXEECdGo2AmwjAEEQayILJAAgCUHg\
AGoiASgCACEMIAEoAgghByAKIAEoAgwiBiABKAIEIgFrQQJ2ELcCIAsgBjYCDCALIAc2AgggCyAB\
NgIEIAsgDDYCACMAQRBrIgYkACAGIAspAgA3AwAgBiALKQIINwMIIAYoAgQhASAGKAIMIQcDQCAB\
IAdHBEAgCiAHQQRrIgcoAgAQowEMAQsLIAYgBzYCDCAGELUCIAZBEGokACALQRBqJAAgCSAJKQJI\
NwMgIAkgCSgCUDYCKAwECyAJQQE2AlwgCUG/psAANgJYIAlBgICAgHg2AlQgCUE8aiIKIAlB1ABq\
IgEQ2QEgCSAQNgJcIAkgCzYCWCAJQYCAgIB4NgJUIAogARDZAQsgBkEIayEGIAchAQwBCwsgCUEg\
aiAJKAJAIAkoAkRBAUEAEBILIAlBPGoiBygCCCEBIAcoAgQhBgNAIAEEQCABQQFrIQEgBhDeAiAG\
QQxqIQYMAQsLIAcQiAMgISAsQQxsaiIBIAkoAig2AgggASAJKQMgNwIAICxBAWohLAwBCwsgFiAs\
NgIAIAlB8ABqJAAMAQsgMCAwQZyTwQAQswEACyAqQRBqJAAgNyAeKAIcNgIIIDcgHikCFDcCACAe\
QSBqJAAgHEEAIAMoAlQQYgNAIAUEQCADQbwBaiAUKAIAQdCpwAAQsgJBAToAACAFQQRrIQUgFEEE\
aiEUDAELCyADKAJQIgwgAygCVEEUbGohByMAQSBrIhAkACAQQQhqIAcgDGtBFG4iFEEEQQQQsgEg\
EEEANgIcIBAgECkDCDcCFCMAQRBrIgokACAQQRRqIgEgFBC4AiABKQIEITogCiABQQhqNgIEIAog\
OkIgiTcCCCAKQQRqIgUoAgQhCyAFKAIAIAcgDEcEQCAMQQxqIQEgBSgCCCALQQJ0aiEFIAsgFGoh\
CwNAIAUgASgCADYCACABQRRqIQEgBUEEaiEFIBRBAWsiFA0ACwsgCzYCACAKQRBqJAAgA0HkAWoi\
ASAQKAIcNgIIIAEgECkCFDcCACAQQSBqJAAgAyADKAJYNgKYASADIAMpA1A3A5ABIAMgAykDSDcD\
iAEgAyADKQNANwOAASADQYABahCMAyAbEI0DQQAhBSADQQA2ArABIDUgAygCwAEgAygCxAEgAygC\
6AEgAygC7AEgA0GwAWoQ2wEgNiADKAJ4IgZrIQwgKQRAAkAgDygCNCIBRQRAIANBgICAgHg2AoAB\
DAELIA8gAUEBayIBNgI0IAMgDygCMCABQQxsaiIBKQIANwOAASADIAEoAgg2AogBCyADQYABahDe\
AiANIQULIAMoAnQhASADIAMoAnA2AogBIAMgATYCgAEgAyABNgKEASADIAEgBkEMbGo2AowBICMg\
A0GAAWoiECgCDCIHIBAoAgQiC2siCkEMbiIGELkCICMoAgghASAHIAtHBEAgCgRAICMoAgQgAUEM\
bGogCyAK/AoAAAsgIygCCCEBCyAQIAs2AgwgIyABIAZqNgIIIBAQqQEgAyAFIAxqIgE2AnwgAQRA\
IANBAjYClAEgA0HIqcAANgKQASADQQE2AowBIANBAjYChAEgA0HAqcAANgKAASADIANB/ABqNgKI\
ASADQdQBaiIBQYCAwAAgEBCqAiAjIAEQ2QELIANB5AFqEIsDIANBvAFqEIoDIANB4ABqEIsDIDYN\
AQsgJSAPIDMgNCAmQeqkwABB+QAQUQwFCyAPEKkDIiZBgPgBSw0ACyAlQQI2AgAMAwsgJUECNgIA\
DAILIANBAjYCRCADQfSlwAA2AkAgA0GAAWoiAUHVncAAIANBQGsQqgIgJSAPIDMgNCAmIAMoAoQB\
IAMoAogBEFEgARCKAwwBCyAlQQI2AgALIANB8AFqJAAgBCgCYCIBQQJGDQEgEyAEKQJ0NwIYIBMg\
BCkCbDcCECATIAQpAmQ3AgggE0EBNgIAIBMgATYCBCAEQZgBahDIAgwLCyATIAQoArABNgIcIBMg\
BCkCqAE3AhQgEyAEKQKgATcCDCATIAQpApgBNwIEIBNBADYCACAEQYgBahDiAiAEQThqEIoDIARB\
GGoQ9gIMDAsgCEHoAGshCCAPQegAaiEPDAALAAsgBEEIaiAEQRhqELYBAkAgBCgCDEGA+AFLBEAg\
BCgCiAEiBUGAgICAeEcNAQsgBCAEQRhqELYBIARB4ABqIAQoAgAgBCgCBBCXASAEKQJkITogBCgC\
YCEFQYCAgIB4DAQLIARBgICAgHg2AogBIAQpAowBITpBgYCAgHgMAwsgBC0A3AEhBSAEIAQoAtgB\
NgLoASAEIAQpA9ABNwPgAQJAAkAgBCgCiAFBgICAgHhHBEAgBUEBcUUNAiAEQYgBakG8p8AAQQgQ\
dyIFRQ0BIAUtAABBBUcNASAEQeAAaiAEKALkASAEKALoASAFQQRqENUBIAQoAmBBgICAgHhGDQEg\
BCAEKAJoNgL4ASAEIAQpAmA3A/ABDAQLAkACQCAFQQFxBEAgBEHgAGogBEEYakG8p8AAQQgQPiAE\
LQBgIgVBBUYNASAEQQA2AvgBIARCgICAgMAANwPwAQwCCyAEKALkASEGIAQoAugBIQUjAEEQayIV\
JAAgFSAEQRhqNgIAIBUgBjYCBCAVIAYgBUEDdGo2AgggFSAVNgIMIwBBIGsiGiQAIBogFUEEaiIF\
KAIINgIYIBogBSkCADcDECAaQQRqIRAjAEFAaiIWJAAgFkEUaiAaQRBqIgYQjgECQCAWKAIUQYCA\
gIB4RwRAIBZBBEEEQRwQsgEgFigCACEFIBYoAgQiCiAWKQIUNwIAIAogFigCLDYCGCAKIBYpAiQ3\
AhAgCiAWKQIcNwIIIBZBATYCECAWIAo2AgwgFiAFNgIIIBYgBigCCDYCOCAWIAYpAgA3AzAgFkEI\
aiELIBZBMGohBSMAQSBrIg4kAANAAkAgDkEEaiAFEI4BIA4oAgRBgICAgHhGDQAgCygCCCIGIAso\
AgBGBEAgCxC7AgsgCygCBCAGQRxsaiIKIA4oAhw2AhggCiAOKQIUNwIQIAogDikCDDcCCCAKIA4p\
AgQ3AgAgCyAGQQFqNgIIDAELCyAOQSBqJAAgECAWKAIQNgIIIBAgFikCCDcCAAwBCyAQQQA2Aggg\
EEKAgICAwAA3AgALIBZBQGskACAEQfABaiAQEBAgGkEgaiQAIBVBEGokAAwFCyAEIAwoAgg2AogC\
IAQgDCkCADcDgAIgBEHwAWogBCgC5AEgBCgC6AEgBEGAAmoiBRDVASAFEJMDIAQtAGAhBQsgBUH/\
AXFBBU8NAyAEQeAAahDtAQwDCyAEQQA2AvgBIARCgICAgMAANwPwAQwCCyAEQfABaiAEKALkASAE\
KALoASAEQYgBahDVAQwBCyAEKQPYASE6IAQoAtQBIQUgGRDwASAHIAU2AgAgGSAGNgIAIAggOjcC\
AAwCCyAEKQL0ASE6IAQoAvABIQUgBEHgAWoQiQNBgYCAgHgLIQYgGRDwASAHIAU2AgAgGSAGNgIA\
IAggOjcCACAEKALQAUEATg0AIARB0AFqEPABCyABQegAayEBIAhB6ABqIQgMAAsAC0HsjsEAQZcB\
QbiPwQAQ8gEACyAEQYgBahDiAiAEQThqEIoDCyAEQRhqEPYCCyAEQZACaiQAIBdBNGohDSAXKAIw\
RQRAIBcgDSgCGDYCaCAXIA0pAhA3A2AgFyANKQIINwNYIBcgDSkCADcDUCMAQSBrIggkACMAQTBr\
IgckACANKAIEIgEiBSABIA0oAghB6ABsaiIBRwRAIAVBEGohBiABIAVrQegAbiEFA0BBgAghASAG\
QQxrKAIAQYCAgIB4RgRAIAYoAgBBgARqIQELIAZB6ABqIQYgASAtaiEtIAVBAWsiBQ0ACwsgB0EE\
aiIBIC1BQGsQ+QEgB0GAAjsBLCAHQQA2AiggB0IANwMQIAdBADYCGCAHIAE2AiQgDSAHQRBqQey3\
wAAQUiAIQQhqIgEgBygCIDYCFCABIAcpAxg3AgwgASAHKQIENwIAIAEgBygCDDYCCCAHQTBqJAAg\
F0EUaiIBIAgoAhA2AgggASAIKQIINwIAIAhBIGokACAXQdAAahDIAgwCCyAXIA0oAhg2AiggFyAN\
KQIQNwMgIBcgDSkCCDcDGCAXIA0pAgAiOjcDECA6p0ECRg0BIBdBEGoQ3gEMAgsgF0EwaiIBQdi2\
wABBFBDJAiABEEkMAQsgFygCHCEoIBcoAhQhLiAXKAIYCyEBIDIgMigCAEEBazYCACAuQYGAgIB4\
Rw0BCxCTAgALIAAgKDYCCCAAIAE2AgQgACAuNgIAIBdB8ABqJAAgORCSAyA4EIoDCyAYQQhqENUC\
IBhB0ABqJAAgEkFAayQAC9wBAQZ/IAAgASgCDCADKAIMIAIoAggiBUEadyAFQRV3cyAFQQd3c2pq\
IAEoAggiByACKAIMIghzIAVxIAdzaiIEIAEoAgRqIgY2AgwgACAEIAIoAgAiBCABKAIAIgkgAigC\
BCICc3EgAiAJcXMgBEEedyAEQRN3cyAEQQp3c2pqIgE2AgQgACAJIAcgAygCCGogCCAGIAUgCHNx\
c2ogBkEadyAGQRV3cyAGQQd3c2oiA2o2AgggACABQR53IAFBE3dzIAFBCndzIAEgAiAEc3EgAiAE\
cXNqIANqNgIAC+8FAQl/IwBBQGoiAyQAAkACQCABKAIAIgQoAgBBgICAgHhGBEAgA0GAgICAeDYC\
ECABKAIEIQUMAQsgA0EQaiAEEKsBIAEoAgQhBSAEKAIAQYCAgIB4Rg0AIANBgICAgHg2AhwMAQsj\
AEEgayIEJAAgBEEEaiIGIAUoAgQgBSgCCBCDASAEQQM2AhwgBEECNgIUIARB7KnAADYCECAEIAY2\
AhggA0EcakHSg8AAIARBEGoQqgIgBhCKAyAEQSBqJAALIANBCGogAhD2ASADQShqIQQgAygCCCEG\
IAMoAgwhByMAQUBqIgIkAAJAIAUoAhQiCARAIAUoAgQiCSAJIAUoAggiCmoQvAJB1AAgCGtLBEAg\
AkEEaiILIAkgChCDASACIAc2AjwgAiAGNgI4IAJBATYCNCACQeipwAA2AjAgAiACKQIINwIoIAJB\
AjYCJCACQeapwAA2AiAgAiAINgIcIAJBBjYCFCACQeCpwAA2AhAgAiAFKAIQNgIYIAQgAkEQakEG\
EI0BIAsQigMMAgsgAiAHNgI8IAIgBjYCOCACQQE2AjQgAkHoqcAANgIwIAIgCjYCLCACIAk2Aigg\
AkEBNgIkIAJB6KnAADYCICACIAg2AhwgAkEGNgIUIAJB4KnAADYCECACIAUoAhA2AhggBCACQRBq\
QQYQjQEMAQsgAiAHNgIsIAIgBjYCKCACQQE2AiQgAkHoqcAANgIgIAJBBjYCFCACQeCpwAA2AhAg\
AiAFKQIENwIYIAQgAkEQakEEEI0BCyACQUBrJAACQCABKAIIIgEoAgBBgICAgHhHBEAgA0E0aiAB\
EKsBDAELIANBgICAgHg2AjQLIAAgAygCGDYCICAAIAMpAhA3AhggACADKQIcNwIkIAAgAygCJDYC\
LCAAIAMpAig3AgAgACADKAIwNgIIIAAgAykCNDcCMCAAIAMoAjw2AjggAEGAgICAeDYCPCAAQQA2\
AhQgAEKAgICAwAA3AgwgA0FAayQAC/IBAQZ/IwBBEGsiBiQAAkACQAJAAkAgAS0AAEEEaw4CAQAC\
CyAAIAFBBGogAiADIAQQGSEFDAILIAEoAgwiBUEEdCEIIAUgBUEAR2tBAmohBSABKAIIIQEDQCAI\
RQ0CAn8gAS0AAEEGcUEERwRAIAEQjQIMAQsgACgCCCEJIAAgAhCWAiEKIAYgBzYCBCAGQQA2AgAg\
BiACNgIIIAYgBxCcAiAKakECajYCDCAAIAYQ3QEgACABIAkgAyAEEEULIQkgAUEQaiEBIAdBAWoh\
ByAIQRBrIQggBSAJaiEFDAALAAsgARCNAiEFCyAGQRBqJAAgBQvqAQEEfyMAQRBrIgUkACACIAMg\
AiADSRsiBiEDAkACQAJAA0AgA0UNASADQQFrIgMgAWotAABBCkcNAAsgA0EBaiEHDAELQQAhAiAG\
RQ0BC0EAIQIgASEDIAYhBANAIAIgAy0AAEEKRmohAiADQQFqIQMgBEEBayIEDQALCyAFQQhqIAcg\
ASAGQeyuwAAQhwICQCAFKAIMIgFFBEBBACEEDAELIAUoAgghA0EAIQQDQCAEIAMsAABBv39KaiEE\
IANBAWohAyABQQFrIgENAAsLIAAgBEEBajYCBCAAIAJBAWo2AgAgBUEQaiQAC9wBAQJ/IwBBEGsi\
AyQAIAAoAgAhAAJ/AkAgASgCCCICQYCAgBBxRQRAIAJBgICAIHENASAAIAEQOgwCCyAAKAIAIQJB\
ACEAA0AgACADakEPaiACQQ9xLQC8qEE6AAAgAEEBayEAIAJBBHYiAg0ACyABQdq5wQBBAiAAIANq\
QRBqQQAgAGsQFwwBCyAAKAIAIQJBACEAA0AgACADakEPaiACQQ9xLQDcuUE6AAAgAEEBayEAIAJB\
BHYiAg0ACyABQdq5wQBBAiAAIANqQRBqQQAgAGsQFwsgA0EQaiQAC48CAQN/AkACQAJAAkACQAJA\
IAItAABBAWsOBQQBAgUDAAsgAEHYrcAAQQQgASgCDBEBAA8LIAAgAigCCCACKAIMIAEoAhARAQAP\
CyAAIAEgAigCCCACKAIMECgPCyAAIAEgAkEEaiADEDMPCyABKAIMIQEgAi0AAUUEQCAAQdOtwABB\
BSABEQEADwsgAEHPrcAAQQQgAREBAA8LIABBwLHAAEEBIAEoAgwiBhEBACACKAIMQQR0IQQgAigC\
CCECA0ACQCAEBEAgBUUNASAAQcKxwABBASAGEQEADAELIABBwbHAAEEBIAYRAQAPCyAAIAEgAiAD\
EEggBUEBayEFIARBEGshBCACQRBqIQIMAAsAC/oBAQd/IwBBIGsiASQAIAEgACgCECAAKAIUEKAD\
IgY2AgwgASAALQAYQQJ0IgIoApibQTYCBCABIAIoAqSbQTYCACABQQxqIgUoAgAlASABKAIAIAEo\
AgQQAyAAKAIAQQFGBEAgACgCCCEHIAAoAgQhAiABQfa1wABBBBDcAjYCGCABIAK4EK4DNgIcIAFB\
EGoiAiAFIAFBGGoiAyABQRxqIgQQmgEgAhDUAiAEENUCIAMQ1QIgAUH6tcAAQQYQ3AI2AhggASAH\
uBCuAzYCHCACIAUgAyAEEJoBIAIQ1AIgBBDVAiADENUCCyAAQQxqEIoDIAFBIGokACAGC9MBAQd/\
IwBBEGsiByQAA0ACQCADIAVNBEAgB0EIaiAEIAAgAUGwhsEAEIcCIAcoAgwhBCAHKAIIIQUDQCAE\
RSEGIARFDQIgBEEBayEEIAUtAAAgBUEBaiEFQSpGDQALDAELAkACQCABIARNDQAgACAEai0AACIJ\
QSpGBEAgBSEGIAQhCkEBIQgMAgsgCSACIAVqLQAARw0AIAVBAWohBQwBCyAIRQRAQQAhBgwCC0EB\
IQggBkEBaiIGIQUgCiEECyAEQQFqIQQMAQsLIAdBEGokACAGC+kBAgN/AX4jAEEgayIFJABBASEH\
QQQhBgJAAkAgBK0gAq1+IghCIIinDQAgCKciAkGAgICAeCADa0sNACAFQRRqIAEgAyAEENMBAn8g\
BSgCGARAIAUoAhwiAUUEQCAFQQhqIAMgAkEAEIUCIAUoAgghBCAFKAIMDAILIAUoAhQgASADIAIQ\
FCEEIAIMAQsgBSADIAJBABCFAiAFKAIAIQQgBSgCBAsgBEUEQCAAIAM2AgRBCCEGDAILIAAgBDYC\
BEEAIQdBCCEGIQIMAQtBACECCyAAIAZqIAI2AgAgACAHNgIAIAVBIGokAAu/AQEDfyABKAIEIgQg\
ASgCAEYEf0EABSABIARBAWsiAjYCBCACLAAAIgJBAEgEQCABIARBAmsiAzYCBCACQT9xAn8gAy0A\
ACIDwCICQUBOBEAgA0EfcQwBCyABIARBA2siAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EP\
cQwBCyABIARBBGsiATYCBCACQT9xIAEtAABBB3FBBnRyC0EGdHILQQZ0ciECC0EBCyEBIAAgAjYC\
BCAAIAE2AgALxwEBBX8CQCABKAIAIgIgASgCBEYEQAwBC0EBIQYgASACQQFqNgIAIAItAAAiA8BB\
AE4NACABIAJBAmo2AgAgAi0AAUE/cSEEIANBH3EhBSADQd8BTQRAIAVBBnQgBHIhAwwBCyABIAJB\
A2o2AgAgAi0AAkE/cSAEQQZ0ciEEIANB8AFJBEAgBCAFQQx0ciEDDAELIAEgAkEEajYCACAFQRJ0\
QYCA8ABxIAItAANBP3EgBEEGdHJyIQMLIAAgAzYCBCAAIAY2AgALzAEBCX8jAEEwayICJAAgASgC\
BCEDIAJBCGogASgCCCIGQQRBHBCyASAGQRxsIQggAkEgaiEJQQAhASACKAIMIQcgAigCCCIKIQQD\
QCAERSABIAhGckUEQCACQRRqIAMQqwEgCSADQQxqEHQgASAHaiIFIAIoAiw2AhggBSACKQIkNwIQ\
IAUgAikCHDcCCCAFIAIpAhQ3AgAgAUEcaiEBIARBAWshBCADQRxqIQMMAQsLIAAgBjYCCCAAIAc2\
AgQgACAKNgIAIAJBMGokAAvJAgEIfyMAQTBrIgMkACADIAE2AhggAyABNgIQIAMgAjYCFCADIAEg\
Amo2AhwgA0EANgIgIwBBEGsiAiQAIANBEGoiBEEIaiEHIANBJGoiBQJ/A0AgBCgCCCEIIAQoAgwh\
CSACQQhqIAcQhAFBACACKAIMIgpBgIDEAEYNARogAigCCCEGIAoQaQ0ACyAFIAY2AgQgBSAEKAII\
IAkgCGsgBmpqIAQoAgxrNgIIQQELNgIAIAJBEGokACADKAIsQQAgAygCJCIEGyECIAMoAighBSAD\
QRhqIQYCQANAIAMoAhghByADKAIcIQggA0EIaiAGEKQBIAMoAgwiCUGAgMQARg0BIAMoAgghCiAJ\
EGkNAAsgAygCGCAIIAdrIApqaiADKAIcayECCyAAIAIgBUEAIAQbIgJrNgIEIAAgASACajYCACAD\
QTBqJAALwAEBBX8jAEEQayIEJAACQCABLQAlBEAMAQsgASgCBCECIARBBGogARAyIAQoAgRBAUYE\
QCABKAIcIQMgASAEKAIMNgIcIAIgA2ohAiAEKAIIIANrIQUMAQtBACECIAEtACUNACABQQE6ACUC\
QCABLQAkQQFGBEAgASgCICEGIAEoAhwhAwwBCyABKAIgIgYgASgCHCIDRg0BCyAGIANrIQUgASgC\
BCADaiECCyAAIAU2AgQgACACNgIAIARBEGokAAvXAQEBfyMAQeAAayIHJAAgByAGNgIYIAcgBTYC\
FCAHIAQ2AhAgB0EIaiABKAIAEPYBIAcgBykDCDcCHCAHQSRqIgEgAiADECkgB0ECNgJcIAdBATYC\
VCAHQbypwAA2AlAgB0EBNgJMIAdBuKnAADYCSCAHQQE2AkQgB0EDNgI8IAdBAjYCNCAHIAdBFGo2\
AlggByAHQRBqNgJAIAcgATYCOCAHIAdBHGo2AjAgAEEMakGEgMAAIAdBMGoQqgIgARCKAyAAQQA2\
AgAgAEEBOgAYIAdB4ABqJAAL3AEBBH8gASACKAIMIgYRAgAgAUEAIAIoAhwiBBEAACABIAIoAhQR\
AgAgACgCCEHoAGwhAyAAKAIEIQUDQCADBEAgBSABIAIQGCADQegAayEDIAVB6ABqIQUMAQsLIAEg\
AigCGBECAAJAIAAoAgxBgICAgHhGBEAgAigCECEDDAELIAFBASAEEQAAIAEgBhECACABQQIgBBEA\
ACABIAAtABhBGWogAigCIBEAACABQQMgBBEAACABIAAoAhAgACgCFCACKAIkEQEAIAEgAigCECID\
EQIACyABIAMRAgAL6AECAn8BfiMAQTBrIgIkACABKAIAQYCAgIB4RgRAIAEoAgwhAyACQQA2Aiwg\
AkKAgICAEDcCJCACQSRqQeicwQAgAygCACIDKAIAIAMoAgQQHxogAiACKAIsIgM2AiAgAiACKQIk\
IgQ3AxggASADNgIIIAEgBDcCAAsgASgCCCEDIAFBADYCCCABKQIAIQQgAUKAgICAEDcCACACIAM2\
AhAgAiAENwMIQQxBBBDQAiIBRQRAQQRBDBCkAwALIAEgAigCEDYCCCABIAIpAwg3AgAgAEH0nsEA\
NgIEIAAgATYCACACQTBqJAALxQEBBX8jAEEQayIEJAACQAJAAkACQAJAAkACQAJAAkAgASACQQxs\
aiIBKAIAQQFrDgYHBAADAQIFC0ECIQNBASEFDAULQQUhA0EEIQUMBAtBBCEFQQQhAwwEC0EBIQMM\
AwsgBEEEaiABKAIEIAEoAggQlwEgBCgCDCEHIAQoAgghBSAEKAIEIQZBAyEDDAILIABBBjoAAAwC\
CwsgACAHNgIMIAAgBTYCCCAAIAY2AgQgAEEAOgABIAAgAzoAAAsgBEEQaiQAC8QCAQR/IwBBIGsi\
AyQAIAMgAjYCECADIAE2AgwCQCADQQxqEPQBIgFBgIDEAEcEQCADQQMgAygCECIEIAMoAgwiBWsi\
AkECdiACQQNxQQBHaiICIAJBA00bQQFqQQRBBBCyASADKAIAIQIgAygCBCIGIAE2AgAgA0EBNgIc\
IAMgBjYCGCADIAI2AhQgA0EUaiECIwBBEGsiASQAIAEgBDYCDCABIAU2AggDQCABQQhqEPQBIgVB\
gIDEAEcEQCACKAIIIgQgAigCAEYEQCACIAEoAgwgASgCCGsiBkECdiAGQQNxQQBHakEBahC4Agsg\
AigCBCAEQQJ0aiAFNgIAIAIgBEEBajYCCAwBCwsgAUEQaiQAIAAgAygCHDYCCCAAIAMpAhQ3AgAM\
AQsgAEEANgIIIABCgICAgMAANwIACyADQSBqJAAL1gEBAX8CQAJAAkACQEEDIAAoAgAiAkGAgICA\
eHMgAkEAThtBAWsOAwABAwILIAFB4LHAACAAQQRqQQAQMw8LIAFBl7nAAEEEEIIDDwsgASAAKAII\
IAAoAgwQJA8LIAEgASgCAEEBajYCACABQbynwABBASAALQAMIgIbQQhBACACGxCCAyAAKAIIQQN0\
IQIgACgCBCEAA0AgAgRAIAEgASgCAEEBajYCACABIAAoAgAgACgCBBCCAyACQQhrIQIgAEEIaiEA\
DAELCyABIAEoAgBBAWo2AgALtAEBAn8jAEEQayIEJAAgBCADNgIMIAQgAjYCCEEAIQJBgcLAACED\
A0ACQCACQQpGDQAgAy0AACABRg0AIANBAWohAyACQQVqIQIMAQsLQQAhAUEAIQMCQANAIANBKEYN\
ASADQaSFwQBqIARBCGoQ0wJFBEAgAUEBayEBIANBCGohAwwBCwsgAkEKRg0AIAAoAmRB9ABJDQAg\
ACgCYCgAcCACIAFrdkEBcSEFCyAEQRBqJAAgBQusAQEDfyMAQRBrIgYkAAJAIAVFDQAgAiADaiIC\
IANJDQAgBkEEaiABIAIgASgCAEEBdCIDIAIgA0sbIgJBCEEEQQEgBUGBCEkbIAVBAUYbIgggAiAI\
SxsiAiAEIAUQSyAGKAIEQQFGBEAgBigCDCEIIAYoAgghBwwBCyAGKAIIIQMgASACNgIAIAEgAzYC\
BEGBgICAeCEHCyAAIAg2AgQgACAHNgIAIAZBEGokAAuVAgECfyMAQSBrIgUkAEHsu8EAQey7wQAo\
AgAiBkEBajYCAAJAAkACQAJAAn9BACAGQQBIDQAaQQFB2LvBAC0AAA0AGkHYu8EAQQE6AABB1LvB\
AEHUu8EAKAIAQQFqNgIAQQILQf8BcQ4DAwEAAQtB4LvBACgCACIGQQBIDQJB4LvBACAGQQFqNgIA\
QeS7wQAoAgBFDQEgBUEIaiAAIAEoAhQRAAAgBSAEOgAdIAUgAzoAHCAFIAI2AhggBSAFKQMINwIQ\
QeS7wQAoAgAgBUEQakHou8EAKAIAKAIUEQAADAELIAUgACABKAIYEQAADAELQeC7wQBB4LvBACgC\
AEEBazYCAEHYu8EAQQA6AAAgA0UNAAALAAuKAQEFfyMAQRBrIgIkACACQQRqQSAQ+QEDQCAEQRBH\
BEAgAkEEaiIFIAEgBGotAAAiA0EEdiIGQTByIAZB1wBqIANBoAFJGxCjASAFIANBD3EiA0EwciAD\
QdcAaiADQQpJGxCjASAEQQFqIQQMAQsLIAAgAigCDDYCCCAAIAIpAgQ3AgAgAkEQaiQAC7ABAQF/\
IwBBQGoiAiQAIAIgATYCCAJAIAFBgYAgTwRAIAJBADYCECACQQE2AgwgAkEBNgI8IAJBmKvAADYC\
OCACQQE2AjQgAkECNgIsIAIgAkEIajYCMCACIAJBDGo2AiggAkEcakGwn8AAIAJBKGoQqgIgAEEA\
NgIAIAAgAikCFDcCBCAAIAIpAhw3AgwgACACKAIkNgIUIABBADoAGAwBCyAAQQI2AgALIAJBQGsk\
AAvTAQEGfyMAQRBrIgMkACACIAEoAgAiCC8BigEiBCABKAIIIgVBf3NqIgE7AYoBIAMgCEEEaiIG\
IAVBDGxqIgcpAgA3AwAgAyAHKAIINgIIIAFBDE8EQEEAIAFBC0GklcEAEDgACyAGIAVBAWoiB0EM\
bGohBiACQQRqIQICQCAEIAdrIgQgAUYEQCAEQQxsIgQEQCACIAYgBPwKAAALDAELQeyUwQBBKEGU\
lcEAENoCAAsgCCAFOwGKASAAIAMpAwA3AgAgACADKAIINgIIIANBEGokAAuiAQEDfyAAQYABTwRA\
IABBP3FBgH9yIQMgAEEGdiECIABBgBBJBEAgASADOgABIAEgAkHAAXI6AAAPCyAAQQx2IQQgAkE/\
cUGAf3IhAiAAQf//A00EQCABIAM6AAIgASACOgABIAEgBEHgAXI6AAAPCyABIAM6AAMgASACOgAC\
IAEgBEE/cUGAf3I6AAEgASAAQRJ2QXByOgAADwsgASAAOgAAC78CAQV/AkAgAC0AACIDIAEtAABH\
DQBBASECAkACQAJAAkACQCADQQFrDgUAAQIDBAULIAAtAAEgAS0AAUYhAgwECyAAQQRqIAFBBGoQ\
nwIhAgwDCyAAQQRqIAFBBGoQnwIhAgwCC0EAIQIgACgCDCIDIAEoAgxHDQEgASgCCCECIAAoAghB\
EGshAQJ/A0AgAyADIARGDQEaIARBAWohBCABQRBqIgEgAhBeIAJBEGohAkUNAAsgBEEBawsgA08h\
AgwBC0EAIQIgACgCDCIDIAEoAgxHDQAgACgCCCEFIAEoAgghBiADIQFBACEDA0ACQCADIgAgAUYE\
QCABIQAMAQsgBSAGEIADDQAgAEEBaiEDIAZBDGohBCAFQQxqIAZBHGohBiAFQRxqIQUgBBBeRQ0B\
CwsgACABTyECCyACQQFzC5EBAQF/IwBBIGsiAyQAIAMgACgCADYCBCADQQhqIANBBGoiACABEIEC\
IANBFGogACACEIECAn8gAy0ADCIAIAMtABgiAUcEQCAAIAFKIAAgAUhrDAELIAMoAhQiACADKAII\
IgFHBEAgACABSyAAIAFJawwBCyADKAIQIgAgAygCHCIBSyAAIAFJawsgA0EgaiQAC7YDAQV/IwBB\
MGsiBCQAIAQgAzYCECAEIAI2AgwgASgCCEEcbCEDIAEoAgQhAgJAAkADQCADBEAgBCACNgIUIARB\
FGogBEEMahCPAg0CIANBHGshAyAGQQFqIQYgAkEcaiECDAELCyAAQQY6AAAMAQsgBEEUaiEDIwBB\
IGsiAiQAIAJBBGohBQJAIAEoAggiCCAGSwRAIAUgASgCBCAGQRxsaiIHKQIANwIAIAUgBykCCDcC\
CCAFIAcpAhA3AhAgBSAHKAIYNgIYIAggBkF/c2pBHGwiBQRAIAcgB0EcaiAF/AoAAAsgASAIQQFr\
NgIIDAELIAVBgICAgHg2AgALAkAgAigCBEGAgICAeEcEQCADIAIoAhw2AhggAyACKQIUNwIQIAMg\
AikCDDcCCCADIAIpAgQ3AgAgAkEgaiQADAELIAEoAgghASMAQSBrIgAkACAAIAE2AgwgACAGNgII\
IAAgAEEMaq1CgICAgBCENwMYIAAgAEEIaq1CgICAgBCENwMQQcugwAAgAEEQakGwscAAEPIBAAsg\
ACAEKQIoNwIIIAAgBCkCIDcCACADEIoDCyAEQTBqJAALoAECAX8BfiMAQRBrIgUkACAAAn8CQAJA\
AkAgBK0gAa1+IgZCIIinDQAgBqciBEGAgICAeCADa0sNACAEDQEgACADNgIIIABBADYCBEEADAML\
IABBADYCBAwBCyAFQQhqIAMgBCACEIUCIAUoAggiAgRAIAAgAjYCCCAAIAE2AgRBAAwCCyAAIAQ2\
AgggACADNgIEC0EBCzYCACAFQRBqJAALkAIBBX8jAEEgayIDJAACQAJAIAEEQCADQQhqIAJBAUEB\
ELIBIANBADYCHCADIAMpAwg3AhQgA0EUaiIFIAIQtwJBASACIAJBAU0bIgZBAWshASAFKAIIIgcg\
BSgCBGohBAJAA0AgAQRAIARBAToAACABQQFrIQEgBEEBaiEEDAEFAkAgBiAHaiEBIAINACABQQFr\
IQEMAwsLCyAEQQE6AAALIAUgATYCCCAAIAMoAhw2AgggACADKQIUNwIADAELIANBFGogAkEBQQFB\
ARBhIAMoAhghASADKAIUQQFGDQEgAygCHCEEIAAgAjYCCCAAIAQ2AgQgACABNgIACyADQSBqJAAP\
CyABIAMoAhwQ0QIAC5UBAQF/IwBBIGsiBCQAIAQgAzYCCCAEIAI2AgQCQCABKAIcIAEoAhhJBEAg\
BEECNgIcIAQgBEEEajYCGCAEQQxqIgJBoojAACAEQRhqEKoCDAELIARBAjYCHCAEIARBBGo2Ahgg\
BEEMaiICQa2dwAAgBEEYahCqAgsgACABIAQoAhAgBCgCFBDpAiACEIoDIARBIGokAAu/AQECfyMA\
QTBrIgMkACADQQhqIgQgAkECdCICKALYmkE2AgQgBCACKAL4mkE2AgAgAygCCCECAkAgAygCDEEB\
RgRAIAAgASACKAIAIAIoAgQQPgwBCyADQSBqIAEgAigCACACKAIEED4gAy0AICIBQQZGBEAgAEEG\
OgAADAELIAMgAykAKDcAGCADIAMpACE3ABEgAyABOgAQIAAgA0EQaiIAIAIoAgggAigCDBC0AhDM\
AiAAEO0BCyADQTBqJAAL3gIBAn8jAEEwayIEJAACfyABBEAgBEEQaiIBIABBvKfAAEEIED5BBiEA\
AkAgBC0AEEEGRwRAIAQgBCkCGDcDKCAEIAQpAhA3AyAgBCABIAIgAxC0AhDMAiAEQSBqEO0BIAQt\
AAAhAAwBCyAEQQY6AAALIAQQ4AIgAEH/AXEiAEEGRyAAQQBHcQwBCyMAQSBrIgEkACABIAM2Ahgg\
ASACNgIUIAAoAghBFGwhAiAAKAIEIQUCfwNAQQAgAkUNARogASACQRRrIgIgBWoiAzYCHCABQRxq\
IAFBFGoQjwJFDQALIAFBCGogAEEMahCiAyABIAEoAgggASgCDCADQQxqKAIAIANBEGooAgBBvK7A\
ABBzIAEoAgAgASgCBCMAQRBrIgAkACAAQQA2AgwgAEHuACAAQQxqEMgBIAAoAgAgACgCBBDFAiAA\
QRBqJABBAXMLIAFBIGokAAsgBEEwaiQAC6sBAQF/IwBBMGsiBSQAIAUgBDYCDCAFIAM2AgggBSAB\
KAIMIAEoAhAgAhBGIAUgBSgCBCIBNgIUIAUgBSgCACICNgIQIAVBATYCLCAFIAVBFGo2AiggBUEB\
NgIkIAVBAjYCHCAFIAVBEGo2AiAgBSAFQQhqNgIYIABBDGpBjYbAACAFQRhqEKoCIAAgATYCCCAA\
IAI2AgQgAEEBNgIAIABBADoAGCAFQTBqJAALgAIBBn8jAEEQayIDJAAgAiABIAJqIgRLBEBBAEEA\
ENECAAsgA0EEaiEFIAAoAgAiAiEGIAAoAgQhCEEBIQdBBCEBAkBBCCAEIAJBAXQiAiACIARJGyIC\
IAJBCE0bIgQiAkH/////B0sEQEEAIQIMAQsCQAJAAn8gBgRAIAggBkEBIAIQFAwBCyACRQRAQQEh\
AQwCCyACQQEQ0AILIgENACAFQQE2AgQMAQsgBSABNgIEQQAhBwtBCCEBCyABIAVqIAI2AgAgBSAH\
NgIAIAMoAgRBAUYEQCADKAIIIAMoAgwQ0QIACyADKAIIIQEgACAENgIAIAAgATYCBCADQRBqJAAL\
AwAAC5ABAQJ/AkAgAEEJayICQRdNBEBBASEBQZ+AgAQgAnZBAXENAQtBACEBIABBgAFJDQACQCAA\
QQh2IgIEQCACQTBHBEAgAkEgRg0CIAJBFkcNAyAAQYAtRiEBDAMLIABBgOAARiEBDAILIABB/wFx\
LQC9oEEhAQwBCyAAQf8BcS0AvaBBQQJxQQF2IQELIAFBAXELpgEBAn8jAEEgayIDJAAgAyABIAIQ\
JSADKAIIIQEgAygCBCECAkAgAygCACIEQQJHBEAgACADKQIUNwIUIAAgAykCDDcCDCAAIAE2Aggg\
ACACNgIEIAAgBDYCAAwBCyADQQA2AhwgAyABNgIYIAMgAjYCFCADIAE2AhAgAyACNgIMIANBADYC\
CCADQoCAgIDAADcCACAAIAMQOSADEIsDCyADQSBqJAALAwAAC4ICAQl/IwBBEGsiAyQAAkACQAJA\
IAEoAhAiAgRAIAIgASgCFEcNASABQQA2AhALIAEoAgBFDQIgAUEIaiEHIwBBEGsiBCQAIAEiAigC\
ACEBIAIoAgQhCANAAkAgASAIRgRAQQUhBgwBCyACIAFBAWoiCTYCACAEIAEtAAAiBjoADyAJIQEg\
ByAEQQ9qEN0CRQ0BCwsgBEEQaiQAIAYiAUEFRg0CDAELIAEgAkEBajYCECACLQAAIQELIANBCGoi\
AiABQf8BcUECdCIBKAKcmkE2AgQgAiABKAKwmkE2AgAgAygCDCEKIAMoAgghBQsgACAKNgIEIAAg\
BTYCACADQRBqJAALnAEBBX8CQCAAKAIAIgAoAgAiAygCACICIAAoAggiBEkEQAJAIAAoAgQiBSAC\
ai0AACIGRQRAIAMgAkEBajYCACABQQxqIAUgBCAAKAIMIAAoAhAgAxCYAQwBCyACIAAoAhAiAU8N\
AiADIAAoAgwgAkECdGooAgA2AgALIAZBAXMPCyACIARBvKTAABCzAQALIAIgAUHMpMAAELMBAAv8\
DgELfyMAQRBrIgUkAAJ/QQEgASgCACIKQScgASgCBCIMKAIQIgsRAwANABogACgCACEGQQAhASMA\
QSBrIgQkACAFAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkAgBg4oAgEBAQEBAQEBAwUBAQQBAQEB\
AQEBAQEBAQEBAQEBAQEBAQgBAQEBBwALIAZB3ABGDQULIAZB/wVNDQZBEEEAIAZBq50ETxsiACAA\
QQhyIgAgBkELdCIDIABBAnQoAtS4QUELdEkbIgAgAEEEciIAIABBAnQoAtS4QUELdCADSxsiACAA\
QQJyIgAgAEECdCgC1LhBQQt0IANLGyIAIABBAWoiACAAQQJ0KALUuEFBC3QgA0sbIgAgAEEBaiIA\
IABBAnQoAtS4QUELdCADSxsiAUECdCgC1LhBQQt0IgAgA0YgACADSWogAWoiCEECdCIAQdS4wQBq\
IQMgACgC1LhBQRV2IQFB/wUhAAJAIAhBH00EQCADKAIEQRV2IQAgCEUNAQsgA0EEaygCAEH///8A\
cSECCwJAIAAgAUF/c2pFDQAgBiACayEIIABBAWshA0EAIQADQCAAIAFBvaLBAGotAABqIgAgCEsN\
ASADIAFBAWoiAUcNAAsLIAFBAXFFDQYgBEEAOgAOIARBADsBDCAEIAZBFHYtALyoQToADyAEIAZB\
BHZBD3EtALyoQToAEyAEIAZBCHZBD3EtALyoQToAEiAEIAZBDHZBD3EtALyoQToAESAEIAZBEHZB\
D3EtALyoQToAECAGQQFyZ0ECdiIBIARBDGoiA2oiAEH7ADoAACAAQQFrQfUAOgAAIAMgAUECayIB\
akHcADoAACAFIAQpAQw3AAAgBEH9ADoAFSAEIAZBD3EtALyoQToAFCAFIAQvARQ7AAgMBwsgBUIA\
NwECIAVB3OAAOwEADAgLIAVCADcBAiAFQdzoATsBAAwHCyAFQgA3AQIgBUHc5AE7AQAMBgsgBUIA\
NwECIAVB3NwBOwEADAULIAVCADcBAiAFQdy4ATsBAAwECyAFQgA3AQIgBUHczgA7AQAMAwtBACEB\
QQAhAAJAIAYiAkEgSQ0AIAJB/wBJBEBBASEBDAELAkACQCACQYCABE8EQCACQYCACEkNASACQf7/\
/wBxIgBBrp0LRyACQeD//wBxQeDNCkcgAEGe8ApHcXEgAkHw1wtrQXFJcSACQYDwC2tB3mxJcSAC\
QYCADGtBnnRJcSACQdCmDGtBe0lxIAJBgII4a0H65lRJcSACQfCDOElxIQEMAwsgAkEIdkH/AXEh\
CQNAIAFBAmohAyAAIAEtAIuzQSIHaiEIIAkgAS0AirNBIgFHBEAgASAJSw0DIAghACADIgFBzABH\
DQEMAwsCQAJAIAAgCEsgCEGcAktyRQRAIAdFDQIgAEHWs8EAaiEBDAELIAAgCEGcAkGYuMEAEDgA\
CwNAIAEtAAAgAkH/AXFHBEAgAUEBaiEBIAdBAWsiBw0BDAILC0EAIQEMBAsgCCEAIAMiAUHMAEcN\
AAsMAQsgAkEIdkH/AXEhCQNAAkAgAUECaiEDIAAgAS0A46xBIgdqIQggCSABLQDirEEiAUcEQCAB\
IAlLDQEgCCEAIAMiAUHcAEcNAgwBCwJAAkAgACAISyAIQdQBS3JFBEAgB0UNAiAAQb6twQBqIQEM\
AQsgACAIQdQBQZi4wQAQOAALA0AgAS0AACACQf8BcUcEQCABQQFqIQEgB0EBayIHDQEMAgsLQQAh\
AQwECyAIIQAgAyIBQdwARw0BCwsgAkH//wNxIQNBASEBQQAhAgNAIAJBAWohAAJAIAIsAJKvQSIH\
QQBOBEAgACECDAELIABB+ANHBEAgAkGTr8EAai0AACAHQf8AcUEIdHIhByACQQJqIQIMAQtBqLjB\
ABCFAwALIAMgB2siA0EASA0CIAFBAXMhASACQfgDRw0ACwwBC0EBIQFBACEHA0AgB0EBaiEAAkAg\
BywA8rVBIgNBAE4EQCAAIQcMAQsgAEGkAkcEQCAHQfO1wQBqLQAAIANB/wBxQQh0ciEDIAdBAmoh\
BwwBC0GouMEAEIUDAAsgAiADayICQQBIDQEgAUEBcyEBIAdBpAJHDQALCyABQQFxDQEgBEEAOgAY\
IARBADsBFiAEIAZBFHYtALyoQToAGSAEIAZBBHZBD3EtALyoQToAHSAEIAZBCHZBD3EtALyoQToA\
HCAEIAZBDHZBD3EtALyoQToAGyAEIAZBEHZBD3EtALyoQToAGiAGQQFyZ0ECdiIBIARBFmoiA2oi\
AEH7ADoAACAAQQFrQfUAOgAAIAMgAUECayIBakHcADoAACAFIAQpARY3AAAgBEH9ADoAHyAEIAZB\
D3EtALyoQToAHiAFIAQvAR47AAgLQQoMAgsgBSAGNgIAQYABIQFBgQEMAQtBAgs6AA0gBSABOgAM\
IARBIGokAAJAIAUtAA0iAUGBAU8EQCAKIAUoAgAgCxEDAEUNAUEBDAILIAogBSAFLQAMIgBqIAEg\
AGsgDCgCDBEEAEUNAEEBDAELIApBJyALEQMACyAFQRBqJAALhQEBAX8jAEEQayIDJAAgAiABIAJq\
IgFLBEBBAEEAENECAAsgA0EEaiAAKAIAIgIgACgCBEEIIAEgAkEBdCICIAEgAksbIgEgAUEITRsi\
ARB6IAMoAgRBAUYEQCADKAIIIAMoAgwQ0QIACyADKAIIIQIgACABNgIAIAAgAjYCBCADQRBqJAAL\
cgEBfgJAIAFCFlMgAK0gAVdxRQRAIAFCAX0iAkIVVA0BIAFCBXxCBloEQEKAgICAgICAgIB/IAIg\
ASACVxsiASABQj+HIgGFIAF9pxCcAiAAIABBAUtqakECag8LIAAgAadrQQJqDwsgAacPCyAAQQFq\
C+8BAQh/IwBBEGsiBCQAA0AgBCACNgIMIAQgATYCCCAEQQhqKAIAIgYvAYoBIglBDGwhB0F/IQUg\
BkEEaiEGQQEhCAJAA0AgB0UEQCAJIQUMAgsgB0EMayEHIAVBAWohBSADIAYQ4wEhCiAGQQxqIQYC\
QCAKQf8BcQ4CAAECCwtBACEICyAEIAU2AgQgBCAINgIAIAQoAgQhBQJAIAQoAgBBAUYEQCACDQFB\
ASELQQAhAgsgACAFNgIMIAAgAjYCCCAAIAE2AgQgACALNgIAIARBEGokAA8LIAJBAWshAiABIAVB\
AnRqKAKMASEBDAALAAuWAQEBfwJAAkACQEEDIAEoAgAiAkGAgICAeHMgAkEAThtBAmsOAgACAQsg\
AEEYEPMCDwsgAEEBOgAQDwsgABCrAyAAQbynwABBASABLQAMIgIbQQhBACACGxA3IAEoAghBA3Qh\
AiABKAIEIQEDQCACBEAgACABKAIAIAEoAgQQNyACQQhrIQIgAUEIaiEBDAELCyAAEKoDC30AAkAg\
AyAESw0AAkAgA0UNACACIANNBEAgAiADRw0CDAELIAEgA2osAABBv39MDQELAkAgBEUNACACIARN\
BEAgAiAERg0BDAILIAEgBGosAABBv39MDQELIAAgBCADazYCBCAAIAEgA2o2AgAPCyABIAIgAyAE\
IAUQ7AIAC7MCAQl/AkACQAJAAkACQAJAIAEtAABBAWsOBQECAwQFAAsgAEEAOgAADwsgACABKQII\
NwIIIAAgASkCADcCAA8LIABBBGogAUEEahCrASAAQQI6AAAPCyAAQQRqIAFBBGoQqwEgAEEDOgAA\
DwsgAEEEaiEDIwBBIGsiAiQAIAFBBGoiASgCBCEHIAJBCGogASgCCCIFQQRBEBCyASAFQQR0IQhB\
ACEBIAIoAgwhBiACKAIIIgkhBANAIARFIAEgCEZyRQRAIAJBEGogASAHahB0IAEgBmoiCiACKQIY\
NwIIIAogAikCEDcCACABQRBqIQEgBEEBayEEDAELCyADIAU2AgggAyAGNgIEIAMgCTYCACACQSBq\
JAAgAEEEOgAADwsgAEEEaiABQQRqEE4gAEEFOgAAC40BAQN/IwBBMGsiAiQAIAJBADYCECACQoCA\
gIAQNwIIIAJBFGogASACQQhqIgMQDyAAQQRqIQECQCACKAIUIgRBAkcEQCABIAIpAig3AhAgASAC\
KQIgNwIIIAEgAikCGDcCACADEIoDDAELIAEgAigCEDYCCCABIAIpAgg3AgALIAAgBDYCACACQTBq\
JAALigEBAn8jAEEwayIEJAAgBEEEaiIFIAEgAhCXAQJAIAAgBCgCCCAEKAIMEHciAQRAIAEQ7QEg\
ASADKQIINwIIIAEgAykCADcCACAFEIoDDAELIAQgBCgCDDYCGCAEIAQpAgQ3AxAgBCADKQIANwIc\
IAQgAykCCDcCJCAAIARBEGoQtQELIARBMGokAAt3AQF/IwBBEGsiAyQAIAMgAjYCCCADIAE2AgQg\
ACgCCEEcbCECIAAoAgQhAAJ/A0BBACACRQ0BGiACQRxrIQIgAyAANgIMIABBHGohACADQQxqIANB\
BGoQjwJFDQALIABBHGsLIQIgA0EQaiQAIAJBDGpBACACGwt4AQN/AkAgAkUNACAAIAEoAgAgASgC\
BBB3IgBFDQAgAUEMaiEBIAJBA3RBCGshAgNAIAIEQCABQQRrIQQgAkEIayECIAEoAgAhBSABQQhq\
IQEgACAEKAIAIAUQtAIiAA0BDAILCyAAQQAgAEG4/sAAEF4bIQMLIAMLewEDfyMAQRBrIgMkACAD\
IAEgAkEtEMYBAkAgAygCBCACIAMoAgAiBBsiBUEPTQRAIAMgBCABIAQbIgQ2AgggAyAEIAVqNgIM\
IANBCGoQzwFFDQELIAEgAhAOIgEgAiABIAJLGyECCyAAIAAoAgAgAmo2AgAgA0EQaiQAC3EAAn8g\
A0EASARAQQEhAUEAIQNBBAwBCwJ/AkACfyABBEAgAiABQQEgAxAUDAELIANFBEBBASEBDAILIANB\
ARDQAgsiAQ0AIABBATYCBEEBDAELIAAgATYCBEEACyEBQQgLIABqIAM2AgAgACABNgIAC4EBAQN/\
IwBBMGsiAiQAIAJBDGpB7LLAAEECEJcBIAJCBDcCKCACQoyAgICAATcCICACQSBqIQQDQCADQRBG\
BEAgACACKAIUNgIIIAAgAikCDDcCACACQTBqJAAFIAJBDGogASADIARqKAIAdkEPcS0A7rJAEKMB\
IANBBGohAwwBCwsLhgEBAX8jAEEwayIFJAAgBSADNgIMIAUgAjYCCCAFIAQQxwIgBSAFKQMANwIQ\
IAVBAjYCLCAFQQI2AiQgBUECNgIcIAUgAUEMajYCGCAFIAVBEGo2AiggBSAFQQhqNgIgIABBDGpB\
joTAACAFQRhqEKoCIABBADYCACAAQQE6ABggBUEwaiQAC08BA34gACABQv////8PgyIDQgp+IgRC\
ACIDIAFCIIhCCn58IgFCIIZ8IgU3AwAgACAEIAVWrSABIANUrUIghiABQiCIhHwgAkIKfnw3AwgL\
2wEBB38jAEEQayIDJABBYCEEAkADQCAEBEAgA0EIaiEHIAEgBEGo/8AAaigCACAEQaz/wABqKAIA\
EHghAkEAIQUjAEEQayIGJAAgAgR/IAZBCGoiBSACKAIMNgIEIAUgAigCCEEAIAItAABBA0YbNgIA\
IAYoAgwhBSAGKAIIBUEACyECIAcgBTYCBCAHIAI2AgAgBkEQaiQAIAMoAggiAgRAIAMgAiADKAIM\
IggQTyADKAIEDQMLIARBCGohBAwBCwtBACECCyAAIAI2AgAgACAINgIEIANBEGokAAt6AQN/IAEo\
AgAhAwJAAkAgASgCECICBEAgASgCFCACayECIAMNAUEBIQQgAiEBDAILQQEhBEEAIQIgA0UEQEEA\
IQEMAgsgASgCBCADayEBDAELIAEoAgQgA2sgAmoiASACTyEECyAAIAE2AgggACAENgIEIAAgAjYC\
AAtsAQR/IwBBEGsiAyQAA0ACQCACRQRAQQEhBQwBCyADQQhqIAEQwAEgAy0ACEUNACADLQAJQTBr\
Qf8BcSIGQQlLDQAgBEEKbCAGaiEEIAJBAWshAgwBCwsgACAENgIEIAAgBTYCACADQRBqJAALAwAA\
C5EBAgJ/AX4jAEEgayICJAAgASgCAEGAgICAeEYEQCABKAIMIQMgAkEANgIcIAJCgICAgBA3AhQg\
AkEUakHonMEAIAMoAgAiAygCACADKAIEEB8aIAIgAigCHCIDNgIQIAIgAikCFCIENwMIIAEgAzYC\
CCABIAQ3AgALIABB9J7BADYCBCAAIAE2AgAgAkEgaiQAC4kBAQJ/IwBBgAJrIgMkACADQcgAakEA\
QcEA/AsAIANCADcDQCADQbCXwQApAwA3AzggA0Gol8EAKQMANwMwIANBoJfBACkDADcDKCADQZiX\
wQApAwA3AyAgA0EgaiIEIAEgAhA2IANBkAFqIgEgBEHwAPwKAAAgAyABEB0gACADEFogA0GAAmok\
AAt1AQV/IwBBEGsiAiQAIAEoAgAhBCABKAIEIQUgAkEIaiABEE0CQCACKAIIQQFHBEBBgIDEACED\
DAELIAIoAgwhAyABIAEoAgAgASgCCCIGIAVqIAQgASgCBGprajYCCAsgACADNgIEIAAgBjYCACAC\
QRBqJAALdgEDfyMAQRBrIgIkACACIAE2AgwgAiAANgIIQQEhAwJAIAJBCGoiBEGUkMEAQQoQpQEN\
ACAEQZCRwQBBAhClAQ0AIARBqJHBAEEBEKUBDQAgBEGwkcEAENMCDQAgACABQbiRwQBBCBDFAiED\
CyACQRBqJAAgAwttAQR/QQQhAyMAQRBrIgIkAEEBIQQCQANAIANFDQEgAkEIaiABLQAAQRAQ4gEg\
A0EBayEDIAFBAWohASACLwEMIAVBBHRyIQUgAigCCEEBcQ0AC0EAIQQLIAAgBTsBAiAAIAQ7AQAg\
AkEQaiQAC3EAAkAgASACEKwCIgEEQCABLQAAQQNHDQEgAEEEaiABQQRqEKsBIABBAjYCAA8LIAIt\
AABFBEAgAEEEaiACKAIEIAIoAggQlwEgAEECNgIADwsgAEIBNwIIIABCAjcCAA8LIAAgAkGNr8AA\
QQggARB8CwMAAAumAQEEfyMAQRBrIgIkACACIAE2AgggAUEEaiEBAn8DQEEAIQMgASgCACIEIAEo\
AgRJBEAgASAEQQFqNgIAQQEhAwsgAiAENgIEIAIgAzYCAEEAIAIoAgBBAUcNARogAiACKAIEIgU2\
AgwgAkEIaigCACgCACACQQxqKAIAQdSowAAQoAItABBBAkYNAAtBAQshASAAIAU2AgQgACABNgIA\
IAJBEGokAAsDAAALAwAACwMAAAucAQEEfyMAQRBrIgMkACABIAEgAkEDdCICaiIERwRAIAFBBGoh\
BiAEIAFrQQN2IQQDQCAGKAIAIAVqIQUgBkEIaiEGIARBAWsiBA0ACwsgA0EEaiAFEPkBA0AgAgRA\
IANBBGogASgCACABKAIEENoBIAJBCGshAiABQQhqIQEMAQsLIAAgAygCDDYCCCAAIAMpAgQ3AgAg\
A0EQaiQAC5ICAQh/IwBBEGsiBCQAIAQgAUEIajYCDCABKAIAIQMgASgCBCEFAkADQCADIAVHBEAg\
ASADQQhqIgY2AgAjAEEwayICJAAgAkEEaiIHIARBDGooAgAoAgAoAgAgAygCACIIIAMoAgQiAxA+\
AkAgAi0ABCIJQQFrQf8BcUEFTwRAIABBgICAgHg2AgAgCUEGRg0BIAcQ7QEMAQsgAkEUaiAIIAMQ\
lwEgACACKQIUNwIAIAIgAikCBDcCICAAIAIpAhw3AgggAiACKQIMNwIoIAAgAikCJDcCECAAIAIo\
Aiw2AhgLIAJBMGokACAGIQMgACgCAEGAgICAeEYNAQwCCwsgAEGAgICAeDYCAAsgBEEQaiQAC5UC\
AQh/IwBBEGsiBCQAIAQgAUEIajYCDCABKAIAIQMgASgCBCEFAkADQCADIAVHBEAgASADQQhqIgY2\
AgAjAEEwayICJAAgAkEEaiIHIARBDGooAgAoAgAoAgAgAygCACIIIAMoAgQiAxB3EMwCAkAgAi0A\
BCIJQQFrQf8BcUEFTwRAIABBgICAgHg2AgAgCUEGRg0BIAcQ7QEMAQsgAkEUaiAIIAMQlwEgACAC\
KQIUNwIAIAIgAikCBDcCICAAIAIpAhw3AgggAiACKQIMNwIoIAAgAikCJDcCECAAIAIoAiw2AhgL\
IAJBMGokACAGIQMgACgCAEGAgICAeEYNAQwCCwsgAEGAgICAeDYCAAsgBEEQaiQAC6kbAhJ/A34j\
AEEQayIUJAAgASgCAC0AQARAIBRBBGohEyABKAIEKAIMIgEEfyABKAIEIQkgASgCAAVBAAshEkEA\
IQEjAEGgAWsiAyQAIANB+wBqIQYDQAJAAkACQAJAAkAgAUEYRwRAIAEoAuyRQSEHIAEoAuiRQSEK\
IAFBCGoiBSEBIAdFDQYgAiAKKAIAIAooAgQQdyIERQ0GIApBDGohASAHQQN0QQhrIQwDQCAELQAA\
IQcgDEUNAiAHQQVHDQUgAUEEayEKIAxBCGshDCABKAIAIQcgAUEIaiEBIARBBGogCigCACAHEHci\
BA0ACwwECyADQQhqIQQgAigCBCIBIQUgASACKAIIQRxsaiEBIwBBQGoiBiQAIAYgATYCGCAGIAU2\
AhQgBkEoaiAGQRRqEK0BAkAgBigCKEGAgICAeEcEQCAGQQhqQQRBBEEYELIBIAYoAgghASAGKAIM\
IgUgBikCKDcCACAFIAYpAjg3AhAgBSAGKQIwNwIIIAZBATYCJCAGIAU2AiAgBiABNgIcIAZBHGoh\
ByAGKAIUIQUgBigCGCEBIwBBIGsiCiQAIAogATYCBCAKIAU2AgADQAJAIApBCGogChCtASAKKAII\
QYCAgIB4Rg0AIAcoAggiBSAHKAIARgRAIAcoAggiASAHKAIARgRAIAcgAUEBQQRBGBDYAQsLIAco\
AgQgBUEYbGoiASAKKQIYNwIQIAEgCikCEDcCCCABIAopAgg3AgAgByAFQQFqNgIIDAELCyAKQSBq\
JAAgBCAGKAIkNgIIIAQgBikCHDcCAAwBCyAEQQA2AgggBEKAgICAwAA3AgALIAZBQGskACADKAIQ\
IgZFDQEgA0EANgIcIANBADYCFCMAQSBrIgwkACAMQQA2AgwgDEKAgICAwAA3AgQgAkEBQQBBAUEA\
IAxBBGoQICAMKAIMIQEgDCgCCCEFIAwgDCgCBDYCGCAMIAU2AhQgDCAFNgIQIAwgBSABQRxsajYC\
HCADQfgAaiEQIwBBEGsiESQAIAxBEGoiCygCCCEKIBFBCGohByALKAIAIgEhCCMAQUBqIg0kACAN\
QSxqIQQDQCALKAIEIg4gCygCDEcEQCALIA5BHGo2AgQgDSAOKAIYIgU2AhggDSAOKQIQIhc3AxAg\
DSAOKQIIIhU3AwggDSAOKQIAIhY3AwAgDSAFNgI4IA0gFzcDMCANIBU3AyggDSAWNwMgIBanIgVB\
gICAgHhHBEAgDSkCJCEVIAQQigMgCCAVNwIEIAggBTYCACAIQQxqIQgFIA1BIGoQsAILDAELCyAH\
IAg2AgQgByABNgIAIA1BQGskACARKAIMIQcjAEEQayIOJAAgC0EANgIIIAsoAgwgCygCBCEEIAtB\
BDYCACAOQoCAgIDAADcCCCAOQQhqEJcDIAtBBDYCDCALQQQ2AgQgBGtBHG4hCANAIAgEQCAIQQFr\
IQggBBCwAiAEQRxqIQQMAQsLIA5BEGokACAKQRxsIg5BDG4hBSABIQQCQCAKRQ0AIA4gBUEMbCIK\
Rg0AAn8gCkUEQCAOBEAgASAOEKABC0EEDAELIAEgDkEEIAoQFAsiBA0AQQQgChCkAwALIBAgBDYC\
BCAQIAU2AgAgECAHIAFrQQxuNgIIIwBBEGsiBSQAIAUgCzYCDCALKAIMIAsoAgQiAWtBHG4hBANA\
IAQEQCAEQQFrIQQgARCwAiABQRxqIQEMAQsLIAVBDGoQgwIgBUEQaiQAIBFBEGokACAMQSBqJAAg\
AygCeCEFIAMgAygCfCIBIAMoAoABQQxsIgRqNgKEASADIAU2AoABIAMgATYCfCADIAE2AngDQAJA\
IARFDQAgAyABQQxqIgU2AnwgASgCACIHQYCAgIB4Rg0AIAMgBzYCICADIAEpAgQ3AiQgBEEMayEE\
IANBFGogA0EgahDpASAFIQEMAQsLIANB+ABqEKkBIAMgBkEEQRgQsgEgA0EANgI0IAMgAykDADcC\
LCADKAIIIQUgAyADKAIMIgEgBkEYbGoiCjYCRCADIAU2AkAgAyABNgI8IAMgATYCOCADQYQBaiEQ\
A0ACQAJAAkAgASAKRg0AIAMgAUEYaiIFNgI8IAEoAgAiB0GAgICAeEYNACABKAIIIREgASgCBCEO\
IAMgASgCFCIENgJQIAMgASkCDDcDSCADKAJMIQEgAyAENgKUASADIAE2ApABIBJBACABIARB/abA\
AEECEL8CGw0BIANBAjYCfCADIANBkAFqNgJ4IANB2ABqQbeDwAAgA0H4AGoQqgIMAgsjAEEQayIF\
JAAgBSADQThqIgE2AgwgASgCDCABKAIEIgFrQRhuIQkDQCAJBEAgCUEBayEJIAEQ9QIgAUEYaiEB\
DAELCyMAQRBrIgkkACAJIAVBDGooAgAiASgCADYCDCAJIAEoAgg2AgggCUEIahCOAyAJQRBqJAAg\
BUEQaiQAIBMgAygCNDYCCCATIAMpAiw3AgAjAEEwayILJAACfyADQRRqIgUoAgAiAUUEQEEAIQRB\
AAwBCyALIAE2AiQgC0EANgIgIAsgATYCFCALQQA2AhAgCyAFKAIEIgE2AiggCyABNgIYIAUoAggh\
BEEBCyEBIAsgBDYCLCALIAE2AhwgCyABNgIMIAtBDGohDyMAQRBrIg4kAANAIA5BBGohByMAQSBr\
IhAkAAJAIA8oAiAiAUUEQCAQQRRqIQkgDygCACEBIA9BADYCAAJAAkAgAUEBRgRAIA8oAgwhBCAP\
KAIIIQEgDygCBCIFRQ0BIAkgBDYCCCAJIAE2AgQgCSAFNgIADAILIAlBADYCAAwBCwNAIAQEQCAE\
QQFrIQQgASgCjAEhAQwBBSAJQgA3AgQgCSABNgIACwsLIBAoAhQEQCMAQRBrIgEkACAJKAIAIQQg\
CSgCBCEJA0AgAUEEaiAEIAkQ/AEgASgCBCIEBEAgASgCCCEJDAELCyABQRBqJAALIAdBADYCAAwB\
CyAPIAFBAWs2AiACQCAPKAIAIgFBAUcNACAPKAIEDQAgD0EIaiEEIA8oAgwhCQNAIAQoAgAhBSAJ\
BEAgCUEBayEJIAVBjAFqIQQMAQUgD0IANwIIIA8gBTYCBCAPQQE2AgALCwsgD0EEakEAIAEbIhEE\
QCAQQQhqIQkjAEEwayINJAAgDUEIaiESIwBBEGsiCCQAIBEoAgghBiARKAIAIQwgESgCBCEKAkAC\
QANAIAYgDC8BigFJDQEgCEEEaiAMIAoQ/AEgCCgCBCIMBEAgCCgCDCEGIAgoAgghCgwBCwsgEkEA\
NgIADAELIAggBjYCDCAIIAo2AgggCCAMNgIEIAhBBGoiBSgCCCEBIAUoAgAhBCASIAUoAgQiBQR/\
IAQgAUECdGpBkAFqIQEDQCABKAIAIgRBjAFqIQEgBUEBayIFDQALQQAFIAFBAWoLNgIIIBJBADYC\
BCASIAQ2AgAgEiAGNgIUIBIgCjYCECASIAw2AgwLIAhBEGokAAJAIA0oAggEQCAJIA0pAhQ3AgAg\
CSANKAIcNgIIIA0gDSgCECIBNgIoIA0gDSkCCCIVNwMgIBEgATYCCCARIBU3AgAgDUEwaiQADAEL\
QYyWwQAQhQMACyAHIBAoAhA2AgggByAQKQIINwIADAELQbyTwQAQhQMACyAQQSBqJAAgDigCBCIB\
BEAgASAOKAIMQQxsakEEahCKAwwBCwsgDkEQaiQAIAtBMGokAAwFCyADIAk2ApwBIAMgEjYCmAEg\
A0ECNgJ8IAMgA0GYAWo2AnggA0HYAGpBz53AACADQfgAahCqAgsDQCADQdgAaiEEIwBBEGsiCCQA\
IANBFGoiBigCACIBBH8gCCABIAYoAgQgBBBxQQAgCCgCBEGMAWogCCgCABsFQQALIQEgCEEQaiQA\
AkAgAQ0AIAMoAlwgAygCYBCFAQ0AIANB+ABqIgggBBCrASAGIAgQ6QEgA0HoAGoiBiACIA4gERBg\
IAMtAGhBBkcEQCAIIAQQqwEjAEEwayIEJAAgBCAIKQIANwMAIAQgCCgCCCIBNgIIAkAgAiAEKAIE\
IAEQdyIBBEAgARDtASABIAYpAgg3AgggASAGKQIANwIAIAQQigMMAQsgBCAIKAIINgIYIAQgCCkC\
ADcDECAEIAYpAgA3AhwgBCAGKQIINwIkIAIgBEEQahC1AQsgBEEwaiQACyAQIAMoAmA2AgggECAD\
KQJYNwIAIAMgETYCgAEgAyAONgJ8IAMgBzYCeCADQSxqIANB+ABqEMoBIANByABqEIoDIAUhAQwC\
CyADQQM2ApwBIAMgA0HYAGoiATYCmAEgA0H4AGpBt4PAACADQZgBahCqAiABEIoDIAMgAygCgAE2\
AmAgAyADKQJ4NwNYDAALAAsACyAFIQEgB0EFRw0EIwBBEGsiByQAIAdBADYCDCAHQoCAgIAQNwIE\
IAdBBGpBxLHAACAEQQAQSCADQegAaiIBIAcoAgw2AgggASAHKQIENwIAIAdBEGokACAGIAMoAnA2\
AAggBiADKQJoNwAAIAQQ7QEgBEEDOgAAIAQgAykAeDcAASAEIAMpAH83AAgMAgsgE0EANgIIIBNC\
gICAgMAANwIAIANBCGoQkgMLIANBoAFqJAAMAQsgBSEBDAELCyATEJIDCyAAIAIoAgg2AgggACAC\
KQIANwIAIBRBEGokAAtuAQF/IwBBIGsiAyQAAkAgAkHnB00EQCAAQQI2AgAgACACQQFqNgIEDAEL\
IANBATYCHCADQbiuwAA2AhggA0EMaiICQf6bwAAgA0EYahCqAiAAIAEgAygCECADKAIUEOkCIAIQ\
igMLIANBIGokAAuDAQEBfwJAIABBhAhPBEAgANBvJgFBlLvBACgCAA0BQZS7wQBBfzYCACAAQai7\
wQAoAgAiAUkNASAAIAFrIgBBoLvBACgCAE8NAUGcu8EAKAIAIABBAnRqQaS7wQAoAgA2AgBBpLvB\
ACAANgIAQZS7wQBBlLvBACgCAEEBajYCAAsPCwALZAEBfyMAQRBrIgMkACABBEAgA0EIaiABIAIo\
AhARAAAgAygCDCEBIAAgAygCCCICNgIIIAAgAUEAIAJBAXEiAhs2AgQgAEEAIAEgAhs2AgAgA0EQ\
aiQADwtBsJvBAEEyEKEDAAvUAgEKfyMAQRBrIgYkAAJAIAAgASgCCCICIAEoAgBJBH8jAEEQayIH\
JAAgASgCACACSQRAQaScwQBByQBByJzBABDyAQALIAZBCGohCiAHQQhqIQsjAEEQayIEJAAgBEEM\
aiEIIAEoAgAiBQRAIARBATYCDCAFIQMgASgCBCEFIARBCGohCAsgCCADNgIAAkAgBCgCDCIDBEAg\
BCgCCCEJAkAgAkUEQCAJBEAgBSAJEKABCyABQQE2AgQMAQsgBSAJIAMgAiIIEBQiBUUNAiABIAU2\
AgQLIAEgAjYCAAtBgYCAgHghAwsgCyAINgIEIAsgAzYCACAEQRBqJAAgBygCDCECIAogBygCCDYC\
ACAKIAI2AgQgB0EQaiQAIAYoAggiAkGBgICAeEcNASABKAIIBSACCzYCBCAAIAEoAgQ2AgAgBkEQ\
aiQADwsgAiAGKAIMENECAAtVAQR/QQEhAwJAIAEtAAgEQAwBCyABKAIEIgUgASgCACIBSQ0AIAUg\
AWsiAUF/RyEDIAFBAWoiAkF/IAIbIQQLIAAgAjYCCCAAIAM2AgQgACAENgIAC2IBA38CQAJAIAAo\
AggiBEECdCICQQhqIgMgAkEEaiICSQ0AIAMgACgCBEsNACAALQAQQQFxDQAgAyAAKAIMTQ0BCyAA\
QQE6ABAPCyAAIARBAWo2AgggACgCACACaiABNgAAC2ABA38jAEEQayIDJAAgA0EIaiACQQFBARCy\
ASADKAIIIQUgAygCDCEEIABBADYCCCAAIAQ2AgQgACAFNgIAIAIEQCACBEAgBCABIAL8CgAACyAA\
IAI2AggLIANBEGokAAtnAQF/AkACQAJAIAAtAABBBGsOAgEAAgsgAEEEaiABIAIgAyAEIAUQ2wEM\
AQsgACgCDEEEdCEGIAAoAgghAANAIAZFDQEgACABIAIgAyAEIAUQmAEgBkEQayEGIABBEGohAAwA\
CwALC3QAAkACQAJAIAEoAgBBAWsOAgECAAsgAEEANgIQIABBCDoADCAAQQU6AAAgACABKQIYNwIE\
DwsgAEEANgIQIABBCDoADCAAQQA2AgQgAEEFOgAADwsgAEEIOgAMIABBADYCBCAAQQU6AAAgACAB\
KQIYNwIQC5ABAgF/AX4jAEEQayIEJAAgASgCACUBIAIoAgAlASADKAIAJQEQBCEBQci7wQApAwAh\
BUHIu8EAQgA3AwAgBEEIaiICIAVCIIg+AgQgAiAFp0EBRjYCAEEBIQMCQCAEKAIIQQFGBEAgACAE\
KAIMNgIEDAELQQAhAyAAIAFBAEc6AAELIAAgAzoAACAEQRBqJAALbwEBfwJAAkACQAJAAkACQCAA\
KAIAIgAtABRBAWsOAwECAQALIABBCGooAgBB/////wdPDQMgACgCDA0CCw8LIABBAzoAFA8LIAAg\
ACgCAEEBaiIBNgIAIAFFDQEgAEEBOgAUAAtBlJzBABCVAgsAC5UBAQV/IwBBIGsiAiQAIAJBCGog\
AUEEQQQQsgEgAkEANgIcIAIgAikDCDcCFCACQRRqIgQgARC4AiAEKAIEIAQoAggiBUECdGohBgNA\
IAEgA0cEQCAGIAM2AgAgBkEEaiEGIAVBAWohBSADQQFqIQMMAQsLIAQgBTYCCCAAIAIoAhw2Aggg\
ACACKQIUNwIAIAJBIGokAAsDAAALXgIBfwJ+IAAtABwhASAAQQA6ABwCQCABDQAgACgCGCIBRQ0A\
IAApAwAiAkIBQT8gASABQT9PG62GIgODUEUEQCAAKAIUIgEgASgCAEEBajYCAAsgACACIAOENwMA\
CwtcAQF/IwBBEGsiBCQAIARBADYCACAEIAI2AgQgBCADNgIMIARBADYCCCAABEAgACACIAMgASgC\
EBEEACAEQRBqJAAPCyAEQQhqEOMCIAQQ4wJBsJvBAEEyEKEDAAtdAQJ/AkAgAEEEaygCACICQXhx\
IgNBBEEIIAJBA3EiAhsgAWpPBEAgAkEAIAMgAUEnaksbDQEgABAVDwtB2J3BAEEuQYiewQAQ2gIA\
C0GYnsEAQS5ByJ7BABDaAgALYgECfyMAQRBrIgMkACADQQA2AgwgA0EuIANBDGoQyAEgAygCBCEE\
IAAgAjYCECAAQQA2AgwgACACNgIIIAAgATYCBCAAIAQ6ABggAEEuNgIAIAAgAygCDDYCFCADQRBq\
JAALVQEBfwJAIAEgAkEBaiIETQ0AIAEgAkF/c2pBDGwiAUUNACAAIARBDGxqIAAgAkEMbGogAfwK\
AAALIAAgAkEMbGoiACADKAIINgIIIAAgAykCADcCAAtQAQJ/IAAoAgghAiAAAn9BASABQYABSQ0A\
GkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIDELcCIAEgACgCBCAAKAIIahBdIAAgAiADajYCCAtS\
AQF/IwBBEGsiAiQAIAJBCGogARBMIAAgAigCCEEBRwR/QYCAxAAFIAEoAgggASgCBGogASgCAGsh\
ASACKAIMCzYCBCAAIAE2AgAgAkEQaiQAC1YBAX8gAkEDdCECIAAoAgAhAyAAKAIEIQADQAJAIAJF\
DQAgACABQQRqKAIARgRAIAEoAgAgAyAAEL4BRQ0BCyABQQhqIQEgAkEIayECDAELCyACQQBHC1AB\
A38CQCABLQAIDQAgASgCACIDIAEoAgQiBEsNACADIARPBEBBASECIAFBAToACAwBC0EBIQIgASAD\
QQFqNgIACyAAIAM2AgQgACACNgIAC1sCAX8CfiAALQAcIQEgAEEAOgAcAkAgAQ0AIAAoAhgiAUUN\
ACAAKQMAIgJCAUE/IAEgAUE/TxuthiIDg1BFBEAgACgCFEHCscAAQQEQ2gELIAAgAiADhDcDAAsL\
XQEBfyMAQRBrIgMkAAJAAkACQCACDgICAAELIAMgACABKAIAIAEoAgQQYCADEOACDAELIAAgASgC\
ACABKAIEEHciAEUNACAAIAFBCGogAkEBaxCwAQsgA0EQaiQAC34BAn8jAEEQayICJAAgAiAANgIM\
IAAoAgwgACgCBCIBa0EMbiEAA0AgAARAIABBAWshACABEIoDIAFBDGohAQwBCwsjAEEQayIAJAAg\
ACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQiAMgAEEQaiQAIAJBEGokAAtUAQF/AkAC\
QCAAKAIAIAAoAggiA2sgAkkEQCAAIAMgAhBnIAAoAgghAwwBCyACRQ0BCyACRQ0AIAAoAgQgA2og\
ASAC/AoAAAsgACACIANqNgIIQQALWwECfwJAAkAgASgCCCICRQRAQQEhAQwBCyABKAIEIQMgAkEB\
ENACIgFFDQEgAkUNACABIAMgAvwKAAALIAAgAjYCCCAAIAE2AgQgACACNgIADwtBASACENECAAtO\
AAJAAkAgAUUNACABIANPBEAgASADRg0BDAILIAEgAmosAABBQEgNAQsgACADIAFrNgIEIAAgASAC\
ajYCAA8LIAIgAyABIAMgBBDsAgALtQMBCn8jAEEgayIEJAAgBEEIaiEFIwBBMGsiAyQAIAEoAgAh\
AiABKAIEIQkDQAJAAkACQCACIAlGBEBBgICAgHghAgwBCyABIAJBHGo2AgAgAyACQQxqIgo2AhQg\
AyACQQRqKQIANwIMIANBGGohBiMAQUBqIgIkACACQQRqIANBDGoiBygCACIIIAcoAgQiBxAeIAIo\
AgggAigCDBCFASELIAIgBzYCICACIAg2AhwgAiACKQIENwMQIAIgAigCDDYCGAJAIAtFBEAgBkGA\
gICAeDYCACACQRBqEIoDDAELIAJBKGogCCAHEJcBIAYgAikCKDcCACACIAIpAgQ3AjQgBiACKQIw\
NwIIIAIgAigCDDYCPCAGIAIpAjg3AhALIAJBQGskACADKAIYIgJBgICAgHhGDQEgBSADKAIsNgIU\
IAUgAykCJDcCDCAFIAMpAhw3AgQLIAUgAjYCACADQTBqJAAMAQsgCkEQaiECDAELCwJAIAQoAghB\
gICAgHhHBEAgACAEKQIYNwIQIAAgBCkCEDcCCCAAIAQpAgg3AgAMAQsgAEGAgICAeDYCAAsgBEEg\
aiQAC1cAAkAgASACEKwCIgEEQCABLQAAQQFHDQEgAEECNgIAIAAgAS0AAToABA8LIABBAjYCACAA\
IAItAAEgAi0AAEEBRnE6AAQPCyAAIAJBkI7BAEENIAEQfAvCAQEGfyMAQSBrIgQkACAEIAE2Agwg\
BCACNgIQIAEvAYoBIQMgBEEAOgAcIAQgAzYCGCAEQQA2AhQjAEEgayIDJAAgAyAEQRRqIgUoAgg2\
AhggAyAFKQIANwMQIARBDGooAgAiBUGMAWohBgNAIANBCGogA0EQahCmASADKAIIQQFGBEAgBiAD\
KAIMIgdBAnRqKAIAIgggBzsBiAEgCCAFNgIADAELCyADQSBqJAAgACACNgIEIAAgATYCACAEQSBq\
JAALWQEBfwJAAkACQCAALQAAQQRrDgIAAQILIAAoAgxBBHQhAyAAKAIIIQADQCADRQ0CIAAgASAC\
ELABIANBEGshAyAAQRBqIQAMAAsACyAAQQRqIAEgAhCoAQsLVAEBfwJAAkAgACgCACAAKAIIIgNr\
IAJJBEAgACADIAIQbyAAKAIIIQMMAQsgAkUNAQsgAkUNACAAKAIEIANqIAEgAvwKAAALIAAgAiAD\
ajYCCEEAC1EBAX8jAEEQayIEJAAgBEEEaiABQQAgAiADEGEgBCgCCCEBIAQoAgRBAUYEQCABIAQo\
AgwQ0QIACyAAIAQoAgw2AgQgACABNgIAIARBEGokAAtPAQF/IwBBIGsiAyQAIAMgATYCDCADIAA2\
AgggAyADQQhqrUKAgICAEIQ3AxggAyADQQxqrUKAgICAEIQ3AxBB1oTAACADQRBqIAIQ8gEAC08B\
AX8jAEEgayIDJAAgAyABNgIIIAMgADYCDCADIANBDGqtQoCAgIAQhDcDGCADIANBCGqtQoCAgIAQ\
hDcDEEHzn8AAIANBEGogAhDyAQALkQEBA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAA\
IAAoAgBBAUEEQRwQWCACKAIIIgRBgYCAgHhHBEAgBCACKAIMENECAAsgAkEQaiQACyAAKAIEIANB\
HGxqIgIgASgCGDYCGCACIAEpAhA3AhAgAiABKQIINwIIIAIgASkCADcCACAAIANBAWo2AggLVgEB\
fyMAQRBrIgIkACACQQhqIAFBDGoQogMgAiACKAIIIAIoAgwgASgCGCABKAIcQdyuwAAQcyACKAIE\
IQEgACACKAIANgIAIAAgATYCBCACQRBqJAALTQECfwJAIAJB/////wNGIAJB/////wNLcg0AIAEo\
AmQgAkECdCICQQRqSQ0AIAEoAmAgAmooAAAhBEEBIQMLIAAgBDYCBCAAIAM2AgALAwAACwMAAAsD\
AAALSAACQAJAIAFFDQAgASADTwRAIAEgA0YNAQwCCyABIAJqLAAAQUBIDQELIAAgATYCBCAAIAI2\
AgAPCyACIANBACABIAQQ7AIAC9ABAQZ/IAAoAgAiA0EEaiADLwGKASIEQQFqIgcgACgCCCIFIAEQ\
ogEgA0GMAWohBgJAIAVBAWoiAUEBaiIFIARBAmoiBE8NACAEIAFBf3NqQQJ0IghFDQAgBiAFQQJ0\
aiAGIAFBAnRqIAj8CgAACyAGIAFBAnQiBWogAjYCACADIAc7AYoBIAQgASABIARJGyECIAUgACgC\
ACIDakGMAWohAANAIAEgAkcEQCAAKAIAIgYgATsBiAEgBiADNgIAIABBBGohACABQQFqIQEMAQsL\
C0kBAX8jAEEQayIEJAAgBEEANgIIIAQgAjYCDCAABEAgACACIAMgASgCEBEEACAEQRBqJAAPCyAE\
QQhqEOMCQbCbwQBBMhChAwALQwEDfwJAIAJFDQADQCAALQAAIgQgAS0AACIFRgRAIABBAWohACAB\
QQFqIQEgAkEBayICDQEMAgsLIAQgBWshAwsgAwtLAQN/IAAoAhQhAiAAKAIcIQEgACgCGCEDA0AC\
QCABIANJBEAgASACai0AAEEwa0H/AXFBCkkNAQsPCyAAIAFBAWoiATYCHAwACwALdAEFfyMAQRBr\
IgIkACACQQhqIgQgASgCCCIDIAEoAgQiBUkEfyABKAIAIANqLQAABUEACzoAASAEIAMgBUk6AAAg\
Ai0ACCIDBEAgAi0ACSEGIAEgASgCCEEBajYCCAsgACAGOgABIAAgAzoAACACQRBqJAALVgECfyMA\
QRBrIgIkACAAEKcBIAAoAhQiA0H8scAAQQEQ2gEgAkEIaiABEMYCIAMgAigCCCACKAIMENoBIANB\
uJfBAEECENoBIABBAToAHCACQRBqJAALRwEBfyMAQRBrIgMkACADQQA2AgggAyACNgIMIAAEQCAA\
IAIgASgCEBEDACADQRBqJAAPCyADQQhqEOMCQbCbwQBBMhChAwALAwAACwMAAAsDAAALSgEBfyMA\
QSBrIgQkACAEQQA2AhwgBEEQaiADIARBHGoQyAEgBEEIaiAEKAIQIAQoAhQgASACEJsCIAAgBCkD\
CDcDACAEQSBqJAALSgEDfyMAQRBrIgIkACAAEJ4BIAAoAhQiAygCACEEIAJBCGogARDGAiACKAIM\
IQEgAEEBOgAcIAMgASAEakEDajYCACACQRBqJAALOQAgASACEF0gAAJ/QQEgAUGAAUkNABpBAiAB\
QYAQSQ0AGkEDQQQgAUGAgARJGws2AgQgACACNgIACz8AIAAoAgAgA0H4qMAAEKACKAIEIgBBf0YE\
f0EABSAAIAJPBEAgACACQYipwAAQswEACyAAIAFqLQAAC0EBcQuHAQEDfyAAKAIIIgMgACgCAEYE\
QCMAQRBrIgIkACACQQhqIAAgACgCAEEBQQRBGBBYIAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ0QIA\
CyACQRBqJAALIAAoAgQgA0EYbGoiAiABKQIQNwIQIAIgASkCCDcCCCACIAEpAgA3AgAgACADQQFq\
NgIIC6QCAQV/IwBBEGsiAyQAIAAoAgBBgICAgHhGBEAgA0EEaiEEIAAoAgwhAiMAQdAAayIBJAAg\
AUEIaiACELYBIAFBADYCTCABQQA2AjggAUKAgICAwAA3AjAgASABKAIMIgI2AkggASABKAIIIgU2\
AkQgASACNgJAIAEgBTYCPCABQRRqIAFBMGpBABANAkAgASgCFCICQQJHIAEtABgiBUEFR3JFBEAg\
BCABKAIkNgIIIAQgASkCHDcCAAwBCyAEQQA2AgggBEKAgICAwAA3AgAgAkECRwRAIAFBFGoQvQIM\
AQsgBUEFRg0AIAFBGGoQ7QELIAFBMGoQiwMgAUHQAGokACAAEOICIAAgAygCDDYCCCAAIAMpAgQ3\
AgALIANBEGokACAAC0EBAX8jAEEQayIDJAAgA0EEaiAAIAEgAhDTAQJAIAMoAghFDQAgAygCDCIA\
RQ0AIAMoAgQgABCgAQsgA0EQaiQACwkAIABBCBC6AwsJACAAQQQQugMLQgEDfyAAKAIAIQIgACgC\
BCEDA0AgAyACIgFHBEAgACABQQFqIgI2AgAgAS0AAEE6a0H/AXFB9QFLDQELCyABIANHCwkAIABB\
FBC6AwtMAQF/IAAoAgAiACABQcyywAAQpQIiAygCACADKAIEIAAgAkHcssAAEKUCIgAoAgAgACgC\
BBCGAiIAIAEgAksgASACSWsgAEH/AXEbCzoBAX8CQCABaUEBRw0AIAFBACAAQYCAgIB4IAFrTRsi\
AkUNACAABEAgACACENACIgFFDQELIAEPCwALQAEDf0EEIQUCQCADRQ0AIAEoAgAiBkUNACAAIAI2\
AgQgACABKAIENgIAIAMgBmwhBEEIIQULIAAgBWogBDYCAAtEAQF/IwBBEGsiBSQAIAVBCGogAiAD\
IAEoAgQgASgCCCAEEPUBIAUoAgwhASAAIAUoAgg2AgAgACABNgIEIAVBEGokAAu+AwEGfyMAQRBr\
IgUkACAFIAM2AgAgBSABNgIEIAUgASACQQN0ajYCCCAFIAU2AgwjAEEgayIDJAAgAyAFQQRqIgEo\
Agg2AhggAyABKQIANwMQIANBBGohBiMAQUBqIgEkACABQRRqIANBEGoiBBCPAQJAIAEoAhRBgICA\
gHhHBEAgAUEEQQRBHBCyASABKAIAIQcgASgCBCICIAEpAhQ3AgAgAiABKAIsNgIYIAIgASkCJDcC\
ECACIAEpAhw3AgggAUEBNgIQIAEgAjYCDCABIAc2AgggASAEKAIINgI4IAEgBCkCADcDMCABQQhq\
IQQgAUEwaiEJIwBBIGsiAiQAA0ACQCACQQRqIAkQjwEgAigCBEGAgICAeEYNACAEKAIIIgggBCgC\
AEYEQCAEELsCCyAEKAIEIAhBHGxqIgcgAigCHDYCGCAHIAIpAhQ3AhAgByACKQIMNwIIIAcgAikC\
BDcCACAEIAhBAWo2AggMAQsLIAJBIGokACAGIAEoAhA2AgggBiABKQIINwIADAELIAZBADYCCCAG\
QoCAgIDAADcCAAsgAUFAayQAIAAgBhAQIANBIGokACAFQRBqJAALRwECfyAAKAIAIgEoAgAiACAA\
KAIAIgBBAWo2AgAgASgCBCIBKAIIIgIgAE0EQCAAIAJB4LDAABCzAQALIAEoAgQgAGotAAALnAIB\
BH8gABCnAQJAIAAtAB1FDQAgACgCFCICKAIIIQUCQAJAAkACQAJAQQMgASgCACIDQYCAgIB4cyAD\
QQBOG0EBaw4DAAEDAgsgAkHEscAAIAFBBGpBABAzDAMLIAJBl7nAAEEEEIEDDAILIAIgASgCCCAB\
KAIMENoBDAELIAJBwLHAAEEBENoBIAJBvKfAAEEBIAEtAAwiAxtBCEEAIAMbEIEDIAEoAghBA3Qh\
AyABKAIEIQQDQCADBEAgAkHCscAAQQEQ2gEgAiAEKAIAIAQoAgQQgQMgA0EIayEDIARBCGohBAwB\
CwsgAkHBscAAQQEQ2gELIAEoAgBBgICAgHhHDQAgACAFNgIMIABBATYCCCAAIAIoAgg2AhALC0EB\
AX8jAEEQayIFJAAgBUEIaiAAIAEgAiADIAQQWCAFKAIIIgBBgYCAgHhHBEAgACAFKAIMENECAAsg\
BUEQaiQAC30BA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEEQQwQWCAC\
KAIIIgRBgYCAgHhHBEAgBCACKAIMENECAAsgAkEQaiQACyAAKAIEIANBDGxqIgIgASgCCDYCCCAC\
IAEpAgA3AgAgACADQQFqNgIICzwBAX8gACACELcCIAAoAgghAyAAIAIEfyACBEAgACgCBCADaiAB\
IAL8CgAACyAAKAIIBSADCyACajYCCAupAgEEfyMAQSBrIgYkACAGIAQ2AhwgBiADNgIYIAYgAjYC\
FCAGIAE2AhAgBiAFNgIMQQAhASMAQRBrIgUkACAFIAZBDGo2AgwCQCAAIgMoAggiB0UNACAAKAIE\
IgghBANAIAVBDGogBBBtBEAgBEEcaiEEIAcgAUEBaiIBRw0BDAILCyAEEPgCIAhBHGohCSABIQID\
QCABQQFqIQAgCSABQRxsaiEEA0AgACAHTwRAIAMgAjYCCAwDCyAFQQxqIAQQbUUEQCAAQQFqIQAg\
BBD4AiAEQRxqIQQMAQsLIAggAkEcbGoiASAEKAIYNgIYIAEgBCkCEDcCECABIAQpAgg3AgggASAE\
KQIANwIAIAJBAWohAiAAIQEMAAsACyAFQRBqJAAgBkEgaiQACzoBAX8gAUEdTQR/QeQAIAAoAgAi\
ACAAQQxqIAJB/KXAABCgAigCABCWAiIAIABB5ABPG0EDagVBAAsLfQEDfyAAKAIIIgMgACgCAEYE\
QCMAQRBrIgIkACACQQhqIAAgACgCAEEBQQRBEBBYIAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ0QIA\
CyACQRBqJAALIAAoAgQgA0EEdGoiAiABKQIINwIIIAIgASkCADcCACAAIANBAWo2AggLQAEBfyMA\
QSBrIgEkACABIAAoAhg2AhggASAAKQIQNwMQIAEgACkCCDcDCCABIAApAgA3AwAgARBJIAFBIGok\
AAs0AQJ/IwBBEGsiAiQAIAJBCGogABDAASACLQAJIQAgAi0ACCACQRBqJAAgACABQf8BcUZxC0AB\
AX8jAEEgayIDJAAgAyACNgIcIAMgATYCGCADIAI2AhQgA0EIaiADQRRqEJQBIAAgAykDCDcDACAD\
QSBqJAALRgECfyABKAIEIQIgASgCACEDQQhBBBDQAiIBRQRAQQRBCBCkAwALIAEgAjYCBCABIAM2\
AgAgAEHYnsEANgIEIAAgATYCAAs2AQF/IAAgAUHBAGtBX3FBCmogAUEwayIDIAJBCksbIAMgAUE5\
SxsiATYCBCAAIAEgAkk2AgALOgEBfyAAKAIEIAEoAgQgACgCCCIAIAEoAggiASAAIAFJGxC+ASIC\
IAAgAWsgAhsiAEEASiAAQQBIaws5AQJ/IAAgASgCACIDIAEoAgQiAkcEfyABIAJBAWsiATYCBCAB\
LQAABSABCzoAASAAIAIgA0c6AAALPAAgAiADSQRAQeCSwQBBEyAEEPIBAAsgACADNgIEIAAgATYC\
ACAAIAIgA2s2AgwgACABIANBA3RqNgIICzQAIAEgAksgAiAES3JFBEAgACACIAFrNgIEIAAgAyAB\
QQJ0ajYCAA8LIAEgAiAEIAUQOAALPgEBfyMAQRBrIgUkACAFQQhqQQAgASACIAMgBBD1ASAFKAIM\
IQEgACAFKAIINgIAIAAgATYCBCAFQRBqJAALOwAgABCnASAAKAIUIAFBARDaASAAIAAoAhhBAWoi\
ATYCGCAAIAApAwBCfkE/IAEgAUE/TxutiYM3AwALshACGX8BfiMAQSBrIhEkACARQQRqIQQjAEEQ\
ayIFJAACQCAAKAIAIgkEQCAFIAkgACgCBCABEHEgBUEEaiEJIAUoAgAEQCAEIAA2AgwgBCAJKAII\
NgIYIAQgCSkCADcCECAEIAEpAgA3AgAgBCABKAIINgIIDAILIAQgADYCECAEQYCAgIB4NgIAIAQg\
CSgCCDYCDCAEIAkpAgA3AgQgARCKAwwBCyAEQQA2AhAgBCAANgIMIAQgASgCCDYCCCAEIAEpAgA3\
AgALIAVBEGokACARKAIEQYCAgIB4RwRAIwBBEGsiDSQAIwBBIGsiCiQAAkAgBCgCEARAIApBDGoh\
DiAEQQxqIRQjAEHgAGsiAiQAIAJBEGohByMAQUBqIgMkAAJAIAQiCUEQaiILKAIAIgwvAYoBQQtP\
BEAgA0EYaiEEIANBHGohBUEEIQACQCALKAIIIgFBBUkNACADQSBqIANBJGohCAJ/AkACQCABIgBB\
BWsOAgMBAAtBBiEAIAFBB2sMAQtBBSEAQQALIQEhBCAIIQULIAMgADYCCCADIAw2AgAgAyALKAIE\
NgIEENgCIgBBADsBigEgAEEANgIAIANBDGoiBiADIAAQXCAGQQA2AhggBiAANgIUIAYgAykCADcC\
DCADIAE2AjAgAyAFKAIANgIsIAMgBCgCADYCKCADQTRqIANBKGogCRDqASADKQI0IRsgAygCPCEA\
IAcgAygCJDYCGCAHIAMpAhw3AhAgByADKQIUNwIIIAcgAykCDDcCACAHIAA2AiQgByAbNwIcDAEL\
IANBNGogCyAJEOoBIAdBgICAgHg2AgAgByADKAI8NgIkIAcgAykCNDcCHAsgA0FAayQAAkACQAJA\
IAIoAhBBgICAgHhHBEAgAiACKQIQNwNIIAIgAigCGDYCUCACKAIcIQAgAigCICEFIAIoAighASAC\
KAIkIQcgAigCMCEVIAIoAiwhFiACKAI0IRcDQCAAKAIAIgRFBEAgAiACKAJQNgIYIAIgAikDSDcD\
ECACIAE2AiggAiAHNgIkIAIgBTYCICACIAA2AhwgFCgCACIEKAIAIghFDQMgAkEIaiEGIAQoAgQh\
AyMAQRBrIgAkABDZAiIFIAg2AowBIAVBADsBigEgBUEANgIAAkAgA0EBaiIIBEAgAEEIaiAFIAgQ\
rwEgACgCDCEFIAYgACgCCDYCACAGIAU2AgQgAEEQaiQADAELQdyUwQAQhQMACyACKAIIIQAgBCAC\
KAIMIgU2AgQgBCAANgIAIAIgBTYCXCACIAA2AlggAkEQaiEEAkACQCABIAJB2ABqIgAoAgRBAWtG\
BEAgACgCACIALwGKASIBQQtPDQEgACABQQFqIgU7AYoBIAAgAUEMbGoiASAEKAIINgIMIAEgBCkC\
ADcCBCAAIAVBAnRqIAc2AowBIAcgBTsBiAEgByAANgIADAILQYyUwQBBMEG8lMEAENoCAAtB3JPB\
AEEgQcyUwQAQ2gIACwwECyACIAQ2AjwgAiAALwGIATYCRCACIAVBAWo2AkAgAkEQaiELIAJByABq\
IRMjAEFAaiIDJAACQAJAIAEgAkE8aiIGKAIEIgxBAWtGBEAgBigCACIPLwGKAUELSQ0BIANBJGoh\
BSADQShqIQRBBCEAAkAgBigCCCIBQQVJDQAgA0EsaiADQTBqIQgCfwJAAkAgASIAQQVrDgIDAQAL\
QQYhACABQQdrDAELQQUhAEEACyEBIQUgCCEECyADIAA2AhQgAyAMNgIQIAMgDzYCDCMAQSBrIgAk\
ACADQQxqIgwoAgAiDy8BigEhEhDZAiIGQQA7AYoBIAZBADYCACAAQRRqIAwgBhBcIAYvAYoBIghB\
AWohECAIQQxPBEBBACAQQQxBtJXBABA4AAsgA0EYaiEIIA8gDCgCCCIYQQJ0akGQAWohGSAGQYwB\
aiEaAkAgECASIBhrIhJGBEAgEkECdCIQBEAgGiAZIBD8CgAACwwBC0HslMEAQShBlJXBABDaAgAL\
IABBCGogBiAMKAIEIgYQrwEgACkDCCEbIAggBjYCECAIIA82AgwgCCAAKQIUNwIAIAggACgCHDYC\
CCAIIBs3AhQgAEEgaiQAIAMgATYCPCADIAQoAgA2AjggAyAFKAIANgI0IANBNGogEyAHELwBIAsg\
AygCMDYCGCALIAMpAig3AhAgCyADKQIgNwIIIAsgAykCGDcCAAwCC0HElcEAQTVB/JXBABDaAgAL\
IAYgEyAHELwBIAtBgICAgHg2AgALIANBQGskACACKAIQQYCAgIB4Rg0DIAIgAikCEDcDSCACIAIo\
Ahg2AlAgAigCHCEAIAIoAiAhBSACKAIoIQEgAigCJCEHDAALAAsgDiACKAI0NgIIIA4gAikCLDcC\
AAwCC0HMk8EAEIUDAAsgDiAXNgIIIA4gFTYCBCAOIBY2AgALIAJB4ABqJAAgCSgCDCEADAELIAQo\
AgwhABDYAiIBQQA7AYoBIAFBADYCACAKQQA2AgQgCiABNgIAIAooAgAhASAAQQA2AgQgACABNgIA\
IAogATYCGCAKQQA2AhwgCkEYaiIGKAIAIgEvAYoBIgVBC08EQEHck8EAQSBB/JPBABDaAgALIAEg\
BUEBajsBigEgCkEMaiIJIAU2AgggCSABNgIAIAkgBigCBDYCBCABIAVBDGxqIgEgBCgCCDYCDCAB\
IAQpAgA3AgQLIA0gADYCDCANIAooAhQ2AgggDSAKKQIMNwIAIAAgACgCCEEBajYCCCAKQSBqJAAg\
DSgCABogDUEQaiQACyARQSBqJAALRQEDfyABKAIAIgNBBGogAy8BigFBAWoiBCABKAIIIgUgAhCi\
ASADIAQ7AYoBIAAgBTYCCCAAIAM2AgAgACABKAIENgIECzYAAkAgA2lBAUcNACADQQAgAUGAgICA\
eCADa00bIgNFDQAgACABIAMgAhAUIgBFDQAgAA8LAAs3AQJ/IAAgASgCACICIAEoAgQiA0cEfyAB\
IAJBAWo2AgAgAi0AAAUgAQs6AAEgACACIANHOgAAC0EAAkACQAJAAkACQCAALQAADgUBAQIDBAAL\
IABBBGoQkwMLDwsgAEEEahCKAw8LIABBBGoQigMPCyAAQQRqEJYDC4EEAQ5/IwBBEGsiByQAIAdB\
CGohDCMAQRBrIgQkACAEIAFBCGo2AgQgASIOKAIAIQEgDigCBCEPA0ACQCABIA9GBEBBACEJDAEL\
IA4gAUEIaiICNgIAIAEoAgAhCSAEIAFBBGooAgAiDTYCDCAEIAk2AgggAiEBIARBBGooAgAiAigC\
ACACKAIIIgUtAAAgBEEIaiIDKAIAIgggAygCBCIGIAIoAgQoAhQRCAAEfwJ/IAIoAgwiAigCKCED\
IAIoAixBvKfAAEEAIAUtAAAbIQsjAEEwayICJAAgAiAGNgIYIAIgCDYCFEEMbCEFA0AgBUEARyEI\
AkACQCAFRQ0AIAIgAzYCHCALBEAgAkEINgIkIAIgCzYCICACQRxqIAJBIGoQjwIEQEEBIQgMAgsg\
AkEIaiALQQggA0EEaigCACADQQhqKAIAEJsCIAIoAggiBkUNAiACIAYgAigCDEEuEMYBIAIoAgAi\
BkUNAiACKAIEIQogAiAGNgIoIAIgCjYCLCACQShqIAJBFGoQ0wINAQwCCyACQRxqIAJBFGoQjwJF\
DQELIAJBMGokACAIDAILIANBDGohAyAFQQxrIQUMAAsAC0EBcwVBAAtFDQELCyAMIA02AgQgDCAJ\
NgIAIARBEGokACAHKAIMIQEgACAHKAIINgIAIAAgATYCBCAHQRBqJAALPAECfyAAKAIIIgMgACgC\
AEYEQCAAEM0BCyAAKAIEIANBA3RqIgQgAjYCBCAEIAE2AgAgACADQQFqNgIIC0MBAX8CQAJAAkAC\
QEEDIAAoAgAiAUGAgICAeHMgAUEAThsOAwECAwALIAAQiQMPCyAAQQRqEIoDDwsgAEEEahCTAwsL\
MwECfyMAQRBrIgEkACABQQhqIAAQwAIgASgCCCABKAIMIQIgAUEQaiQAQQBHIAJBAEdxC94BAgF/\
AX4jAEEgayIDJAAgAyABNgIQIAMgADYCDCADQQE7ARwgAyACNgIYIAMgA0EMajYCFCMAQRBrIgEk\
ACADQRRqIgApAgAhBCABIAA2AgwgASAENwIEIwBBEGsiACQAIAFBBGoiASgCACICKAIEIgNBAXEE\
QCACKAIAIQIgACADQQF2NgIEIAAgAjYCACAAQYCdwQAgASgCBCABKAIIIgAtAAggAC0ACRBZAAsg\
AEGAgICAeDYCACAAIAE2AgwgAEGcncEAIAEoAgQgASgCCCIALQAIIAAtAAkQWQALQQEBfyMAQRBr\
IgAkACAAQTU2AgQgAEGslsEANgIAIAAgAK1CgICAgNAPhDcDCEGIi8AAIABBCGpB5JbBABDyAQAL\
NAECfyMAQRBrIgEkACABQQhqIAAQTSABKAIIIQAgASgCDCABQRBqJABBgIDEACAAQQFxGwsxACAB\
IAJLIAIgBEtyRQRAIAAgAiABazYCBCAAIAEgA2o2AgAPCyABIAIgBCAFEDgACzkBAX8jAEEQayIC\
JAAgAkEIaiABQRNqEMYCIAIoAgwhASAAIAIoAgg2AgAgACABNgIEIAJBEGokAAs8ACACIANJBEBB\
4JLBAEETQZyWwQAQ8gEACyAAIAM2AgQgACABNgIAIAAgAiADazYCDCAAIAEgA2o2AggLOQAgAiAD\
SQRAQeCSwQBBEyAEEPIBAAsgACADNgIEIAAgATYCACAAIAIgA2s2AgwgACABIANqNgIICzkCAX8B\
fiMAQRBrIgIkACACQQhqIAFBAUEBELIBIAIpAwghAyAAQQA2AgggACADNwIAIAJBEGokAAs0AQF/\
IwBBEGsiASQAIAFBADYCDCABIAAgAUEMahDIASABKAIAIAEoAgQQ/wIgAUEQaiQACzEBAX8gACgC\
ACIAIAEoAgAiAnJFIQEgAEUgAkVyBH8gAQUgAC0AACACLQAARgtBAXMLOAEBfyABKAIAIgMEQCAA\
IAEvAYgBNgIIIAAgAkEBajYCBAsgACADNgIAIAFBvAFBjAEgAhsQoAELPwAgACgCAEGAgICAeEcE\
QCABIAAoAgQgACgCCBDoAg8LIAEoAgAgASgCBCAAKAIMKAIAIgAoAgAgACgCBBAfCzgAAkAgAkGA\
gMQARg0AIAAgAiABKAIQEQMARQ0AQQEPCyADRQRAQQAPCyAAIAMgBCABKAIMEQQAC3QBA38gACgC\
CCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEEQegAEFggAigCCCIEQYGAgIB4RwRA\
IAQgAigCDBDRAgALIAJBEGokAAsgACgCBCADQegAbGogAUHoAPwKAAAgACADQQFqNgIICzMBAX8g\
ACgCCCICIAAoAgBGBEAgABDOAQsgACgCBCACQQJ0aiABNgIAIAAgAkEBajYCCAtAAQF/IAEoAgAi\
ASACQZipwAAQoAItABAhAyABIAJBqKnAABCgAiEBIAAgAzoABCAAIAI2AgggACABKAIINgIACzYA\
IAAoAgAiACABQfCwwAAQowIgACACQYCxwAAQowIQ4wEiACABIAJLIAEgAklrIABB/wFxGws1AQF/\
IwBBEGsiASQAIAEgACgCACIAKAIANgIMIAEgACgCCDYCCCABQQhqEJcDIAFBEGokAAs2AQF/IAEo\
AgAiA0H/////B08EQCACEJUCAAsgASADQQFqNgIAIAAgATYCBCAAIAFBBGo2AgALYwACQCACRQ0A\
IANFBEAgAiABENACIQEMAQsCQAJ/IAFBCU8EQCABIAIQLQwBCyACEAkLIgFFDQAgAUEEay0AAEED\
cUUgAkVyDQAgAUEAIAL8CwALCyAAIAI2AgQgACABNgIACygAIAAgAiABIAMgASADSRsQvgEiACAB\
IANrIAAbIgBBAEogAEEASGsLKgAgASADTQRAIAAgAyABazYCBCAAIAEgAmo2AgAPCyABIAMgAyAE\
EDgACykAIAEgA0YEQCABQQJ0IgEEQCAAIAIgAfwKAAALDwsgASADIAQQtAEACzcAIAAQngECQCAA\
LQAdRQ0AIAEgACgCFBBWIAEoAgBBgICAgHhHDQAgAEEANgIQIABCATcDCAsLLQEBfyMAQRBrIgEk\
ACABIABBCGs2AgwgAUEMaiIAEJsBIAAQxAIgAUEQaiQAC7MBAQJ/IwBBEGsiACQAIAEoAgBB6J7B\
AEELIAEoAgQoAgwRBAAhAyAAQQhqIgJBADoABSACIAM6AAQgAiABNgIAIAIiAS0ABCECIAEtAAUE\
QCABAn9BASACQQFxDQAaIAEoAgAiAS0ACkGAAXFFBEAgASgCAEHdqMEAQQIgASgCBCgCDBEEAAwB\
CyABKAIAQdyowQBBASABKAIEKAIMEQQACyICOgAECyACQQFxIABBEGokAAueAgEEfyMAQRBrIgQk\
ABBBIgUgACYBIwBB0ABrIgMkACADIAE2AhQgAyAFNgIQIAMgAjYCGCADIANBzwBqIgE2AkQgAyAB\
NgJAIAMgA0EYajYCPCADIANBFGo2AjggAyABNgI0IAMgATYCMCADIAE2AiwgAyADQRBqNgIoIANB\
HGogA0EoahBCAn8gAygCHEGAgICAeEYEQEEBIQEgAygCICECQQAMAQsgAyADKAIkNgIwIAMgAykC\
HDcDKCADQQhqIANBKGoQlAEgAygCDCEGQQAhAkEAIQEgAygCCAshBSAEIAE2AgwgBCACNgIIIAQg\
BjYCBCAEIAU2AgAgA0HQAGokACAEKAIAIAQoAgQgBCgCCCAEKAIMIARBEGokAAswAQF/IwBBEGsi\
ASQAIAFBADYCDCABQQxqQeCxwAAgAEEAEEggASgCDCABQRBqJAALKAEBfwJAIABFDQAgAC0AACIA\
QSJGIABB3ABGcg0AIABBH0shAQsgAQssAQJ/IAEoAgQiAyAAKAIAIgAoAghGBH8gACgCBCABKAIA\
IAMQvgEFQQELRQsqAQF/IwBBEGsiAyQAIAMgACgCADYCDCADQQxqIAEgAhDRASADQRBqJAALKgEB\
fyMAQRBrIgMkACADIAAoAgA2AgwgA0EMaiABIAIQggIgA0EQaiQACykBAX8jAEEQayIDJAAgAyAA\
KAIANgIMIANBDGogASACEF8gA0EQaiQACzABAX8jAEEQayIAJAAgACAAQQ9qrUKAgICA4AyENwMA\
QbeJwAAgAEHQksEAEPIBAAsOACAAQoCAgICAEBC8AwsOACAAQoCAgICQEBC8AwsiACABQX9GBH8g\
AEEYagUgACABQYymwAAQoQJBDGoLKAIACy0BAX8jAEEQayICJAAgAkEIaiABEMYCIAAgAigCCCAC\
KAIMEOoCIAJBEGokAAstAQF/IwBBEGsiAiQAIAJBCGogARDGAiAAIAIoAgggAigCDBDrAiACQRBq\
JAALMAEBfyABQQhrIgIgAigCAEEBaiICNgIAIAJFBEAACyAAIAE2AgQgAEH0m8EANgIAC7UDAQR/\
IwBBEGsiBSQAIwBB0ABrIgMkACADIAE2AhQgAyAANgIQIAMgAjYCGCADIANBzwBqIgA2AkggAyAA\
NgJEIAMgADYCQCADIANBGGo2AjwgAyAANgI4IAMgADYCNCADIAA2AjAgAyADQRRqNgIsIAMgADYC\
KCADIAA2AiQgAyAANgIgIAMgA0EQajYCHCMAQRBrIgEkACABQQhqIQICfyADQRxqIgAoAgAoAgBB\
HUcgACgCECgCAEGAgAFHciAAKAIgKAIAQRtHckUEQCMAQRBrIgAkAEEAQey2wAAoAgARBQAiBkUE\
QBCTAgALIABBCGogBhCdAiAAKAIMIQYgACAAKAIIIgRBACAEKAIEa0EDcSIEIARBgIABckGAt8AA\
ENQBIAAoAgAhBCAGIAYoAgBBAWo2AgAgAEEQaiQAQQAMAQtBsLXAAEHGABCgAyEEQQELIQAgAiAE\
NgIEIAIgADYCACABKAIMIQAgA0EIaiICIAEoAgg2AgAgAiAANgIEIAFBEGokACAFIAMoAgggAygC\
DBCpAiADQdAAaiQAIAUoAgAgBSgCBCAFKAIIIAVBEGokAAsoACADIAQgASACEMUCIQEgACAEIAJr\
NgIEIAAgAiADakEAIAEbNgIACyYBAX9BASEBA38gAEEJTQR/IAEFIAFBAWohASAAQQpuIQAMAQsL\
Cy0AIAEoAgBFBEAgAUF/NgIAIAAgATYCBCAAIAFBBGo2AgAPC0HwtsAAEJQCAAskACABIANGBEAg\
AQRAIAAgAiAB/AoAAAsPCyABIAMgBBC0AQALJgECfyAAKAIIIgMgASgCCEYEfyAAKAIEIAEoAgQg\
AxD+AgVBAAsLDQAgACABIAJBFBC5AwsNACAAIAEgAkEEELgDCw0AIAAgASACQQMQuAMLDQAgACAB\
IAJBHBC5AwsNACAAIAEgAkECELgDCw0AIAAgASACQQwQuQMLJwAgABCKAyAAQQxqEJUDIABBGGoQ\
lQMgAEEkahCVAyAAQTBqEIoDCyYBAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoQmwEgAUEQaiQA\
CyYBAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoQxAIgAUEQaiQACyYAIAAgATYCCCAAIAJBACAB\
QQFxIgEbNgIEIABBACACIAEbNgIAC9IDAQZ/IAJBAXEEQCAAIAEgAkEBdhCXAQ8LIwBBEGsiBSQA\
AkACQAJAAkACQAJAIAJBAXEEQCACQQF2IQMMAQsgAS0AACIDRQ0BIAEhBANAIARBAWohCAJAIAPA\
QQBIBEAgA0H/AXFBgAFGBEAgBiAILwAAIgRqIQYgBCAIakECaiEEDAILIAggA0EDcUEIeCIEQQV0\
QYCAgIAEcSAEQQd0ckEddmogA0EBdkECcWogA0ECdkECcWohBCAGRSAHciEHDAELIAggA0H/AXEi\
A2ohBCADIAZqIQYLIAQtAAAiAw0AC0EAIQMgByAGQRBJcQ0AQQAhByAGQQF0IgNBAEgNBAsgAw0B\
C0EBIQRBACEDDAELQQEhByADQQEQ0AIiBEUNAQsgBUEANgIIIAUgBDYCBCAFIAM2AgAgBUGon8EA\
IAEgAhAfRQ0BIwBBIGsiACQAIABB1gA2AgQgAEHQn8EANgIAIABBwJ/BADYCDCAAIAVBD2o2Aggg\
ACAAQQhqrUKAgICAsA+ENwMYIAAgAK1CgICAgNAPhDcDEEGiisAAIABBEGpBqKDBABDyAQALIAcg\
AxDRAgALIAAgBSgCCDYCCCAAIAUpAgA3AgAgBUEQaiQACycAIAAoAgBBgICAgHhGBEAgAEEEahCW\
Aw8LIAAQkwMgAEEMahCKAwsnACAAIAEoAgwgASgCEBB3IgBFBEBBAA8LIABBACAAQbj+wAAQXhsL\
7QgCC38DfiMAQRBrIgkkACMAQTBrIgUkACAFIAE2AhggBSAANgIUIAUgBUEvaiIANgIoIAUgADYC\
JCAFIAVBGGo2AiAgBSAFQRRqNgIcIwBBIGsiByQAIAdBEGogBUEcaiIAKAIAKAIAIAAoAgQoAgAQ\
4AEgBygCECEBIAcgBygCFCIANgIcIAcgATYCGCAHQQhqIQojAEGgAWsiBiQAIAYgADYCDCAGIAE2\
AggCQAJ/IwBBEGsiAiQAQQBBxLbAACgCABEFACIEBEAgAiAEQaC3wAAQhAIgAigCBCEEIAIoAgAi\
CCgCAEGAgICAeEcEQCACIAg2AgwgAkEMaiAGQQhqEI8CIQMLIAQgBCgCAEEBazYCACACQRBqJAAg\
AwwBCxCTAgALDQAgBkEQaiEEIwBBgAFrIgIkACACQSBqIAEgABBqAkAgAigCIEECRwRAIAIgAigC\
ODYCcCACIAIpAjA3A2ggAiACKQIoNwNgIAIgAikCIDcDWCACQQM2AnwgAiACQeQAaiIDNgJ4IAJB\
yABqQYKKwAAgAkH4AGoQqgIgAkEBOgBUIAMQigMgAiACKQJIIg03AxggAiANNwMIIAIgAikCQCIO\
NwMAIAIpAlAhDyAEIA03AhAgBCAONwIIIAQgDzcCGCAEQoCAgIAINwIADAELIAIgAikCJDcDWCAC\
IAIpAiw3A2AjAEEwayIDJAACQAJAIAJB2ABqIggtAAAiDARAIAxBBUYNASADIAgQxwIgAyADKQMA\
NwIgIANBAjYCLCADIANBIGo2AiggA0EUakHih8AAIANBKGoQqgIgBEKAgICACDcCACAEIAMpAgw3\
AgggBCADKQIUNwIQIAQgAygCHDYCGCAEQQE6ABwMAgsgA0EANgIUIANCgICAgMAANwIMIAQgA0EM\
aiIEEAsgBBCTAwwBCyAEIAhBBGoQCwsgA0EwaiQAIAgQ7QELIAJBgAFqJAAgBigCECICQYCAgIB4\
RgRAIAZBFGoQ3gEhAEEBIQsMAQsgBigCFCEDIAZB3ABqIAZBGGpBPPwKAAAgBiAANgKcASAGIAE2\
ApgBIAYgAzYCWCAGIAI2AlQgBkHUAGohAkEAIQQjAEHQAGsiAyQAAkBBAEHEtsAAKAIAEQUAIgEE\
QCADIAIoAkQgAigCSBCXASADQQxqIAJBxAD8CgAAIAEoAgBFBEAgAUF/NgIAIAFBBGohAiABKAIE\
QYCAgIB4RwRAIAIQigMgAUEQahCmAiABKAIAQQFqIQQLIAIgA0HQAPwKAAAgASAENgIAIANB0ABq\
JAAMAgtBsLfAABCUAgALIAIQpgIQkwIACwsgCiAANgIEIAogCzYCACAGQaABaiQAIAcpAwghDSAH\
QRhqIgAoAgQiAQRAIAAoAgAgARCgAQsgBUEIaiANNwMAIAdBIGokACAFKAIMIQAgBSAFKAIIIgE2\
AgQgBSAAQQAgAUEBcRs2AgAgCSAFKQMANwIAIAVBMGokACAJKAIAIAkoAgQgCUEQaiQAC/IUAhh/\
B34jAEEQayIOJAAjAEEQayISJAAgEkEIaiEVIwBB4ABrIgQkACAEQUBrIRMjAEEwayIJJAACQEEA\
Qey2wAAoAgARBQAiAQRAIAlBCGogARCdAiAJKAIMIRYgCSAJKAIIIgFBACABKAIEa0EDcSIBIAFB\
gIABckGAt8AAENQBIAlBEGohECAJKAIAIQEgCSgCBCECIwBB0ABrIggkAAJAQQBBxLbAACgCABEF\
ACIHBEAgCEEIaiAHQZC3wAAQhAIgCCgCDCEXAn8gCCgCCCIHKAIAQYCAgIB4RwRAIAhBMGohBiAH\
QQxqIQcjAEHAAmsiACQAA0AgA0HgAEcEQCAAQQhqIANqQQc2AgAgA0EMaiEDDAELCyAAIAI2ArgC\
IAAgATYCtAIgAEHUAWoiAiAAQQhqQeAA/AoAAEEEIQMDQCADQRxHBEAgAEEIaiAAQdQBaiADEDEg\
AiAAKAIQNgIIIAIgACkCCDcCACACQQxqIQIgA0EDaiEDDAELCyAAQQhqIgEgAEHUAWoiAkHoAPwK\
AAACQAJAAkAgACgCbEH0AEkNACACIAFBARAxIAAoAtQBQQdGDQBBYCEDA0AgAwRAAkACQCAAQQhq\
IANBsIbBAGooAgAiDUEMbGooAgBBA2sOBQABAQEEAQtBeyECA0AgAiIBBEAgAUEBaiECIAFB5/3A\
AGotAAAQ9AIgDUcNAQsLIAENAwsgA0EEaiEDDAELCyAHKAIsRQ0BCyAGQoCAgICAgICAgH83AgAM\
AQsgACgCaCgAACENIABB1AFqIgEgAEEIakEBEDEgASAHKAIEIAcoAgggACgC2AFBACAAKALUAUEC\
RhsgACgC3AEQLyAAKALUASIBQQJHBEAgBiAAKQLoATcCGCAGIAApAuABNwIQIAYgACkC2AE3Aggg\
BkEBNgIAIAYgATYCBAwBCyAAQdQBaiAAQQhqQcyFwQAQNCAAIAApAtgBNwOYASAAIAApAuABNwOg\
ASAAIAApAugBNwOoASAAIAAoAvABNgKwASAAKALUASIBQYCAgIB4RgRAIAYgACgCsAE2AhwgBiAA\
KQOoATcCFCAGIAApA6ABNwIMIAYgACkDmAE3AgQgBkEBNgIADAELIAAgACkDmAE3AnQgACAAKQOg\
ATcCfCAAIAApA6gBNwKEASAAIAAoArABNgKMASAAIAApAvQBNwKQASAAIAE2AnAgAEHUAWogAEHw\
AGogByAAQb8CakHkhcEAEAwgACAAKQLcATcDuAEgACAAKQLkATcDwAEgACAAKQLsATcDyAFBASED\
IAAoAtgBIQICQAJAIAAoAtQBQQFGBEAgBiAAKQPIATcCGCAGIAApA8ABNwIQIAYgACkDuAE3Aggg\
AiEBDAELQYCAgIB4IQFBACEDIAJBgICAgHhGDQAgACAAKQO4ASIYNwKcASAAIAApA8gBNwKsASAA\
IAApA8ABNwKkASAAIAI2ApgBIAAoAqABQegAbCECIBinIQMCQANAIAIEQCANIQcjAEGgAWsiBSQA\
IAVBIGogA0E4ahDAAiAFKQMgIRggBUEYaiADQcQAahDAAiADKQIkIRkgBSkDGCEaIAVBEGogA0HQ\
AGoQwAIgBSkDECEbIAVBCGogA0HcAGoQwAIgBSkDCCEcIAVBKGogAxCZASAFKQIsIR0gBUFAayIM\
IAMQmQEgBSkCUCEeIAVBADYCkAEgBUEANgKEASAFIB43AnwgBSAdNwJ0IAUgHDcCbCAFIBs3AmQg\
BSAZNwJcIAUgGjcCVCAFIBg3AkwgBUEHNgJIIAVCATcCQEEAIQEjAEFAaiELAkAgDCgCAEEBRw0A\
IAsgDEEEakHAAPwKAAAgCygCACIRQQN0IAtqQQxqIQogCygCBCELA0AgCyARRg0BIAEgCigCAEEG\
bGpBA2ogASAKQQRrKAIAGyEBIApBCGohCiARQQFqIREMAAsACyABIQsgBSADKAIwIgE2AkAgBSAB\
IAMoAjRBDGxqNgJEIAUgBUGfAWo2AkhBACEBIAwoAgAiCiAMKAIEIhFHBEAgCkEIaiEMIBEgCmtB\
DG4hCgNAIAEgDCgCAEEGbGpBA2ohASAMQQxqIQwgCkEBayIKDQALCyADKAIEIgpBAE4gCkGCgICA\
eEZyRQRAIANBBGogBxC+AiEHCyAFQaABaiQAIAEgC2ogB2pBgAJqQYH4AU8EQCADIA0Q3wJBgPgB\
Sw0DCyADQegAaiEDIAJB6ABrIQIMAQsLIAYgACgCsAE2AhwgBiAAKQKoATcCFCAGIAApAqABNwIM\
IAYgACkCmAE3AgQgBkEANgIAIABB8ABqEIoDDAMLIAZCgICAgICAgICAfzcCACAAQZgBahDIAgwB\
CyAGIAM2AgAgBiABNgIECyAAQfAAahCKAwsgAEHAAmokACAIKAIwDAELIAhBgICAgHg2AjRBAAsh\
ASAXIBcoAgBBAWs2AgAgCCAIKQI0NwMQIAggCCkCPDcDGCAIIAgpAkQ3AyAgCCAIKAJMNgIoIAFB\
AkcNAQsQkwIACyAQIAE2AgAgECAIKQMQNwIEIBAgCCkDGDcCDCAQIAgpAyA3AhQgECAIKAIoNgIc\
IAhB0ABqJAAgFiAWKAIAQQFqNgIAIAkoAhBBAkcNAQsQkwIACyATIAkpAig3AhggEyAJKQIgNwIQ\
IBMgCSkCGDcCCCATIAkpAhA3AgAgCUEwaiQAAkACQAJ/IAQoAkBBAUYEQCAEQcQAahDeAQwBCyAE\
IAQpAkw3AxAgBCAEKQJUNwMYIAQgBCgCXDYCICAEKAJIIQEgBCgCRCICQYGAgIB4Rw0BIAELIQ9B\
ASEUDAELIAQgBCgCIDYCOCAEIAQpAxg3AzAgBCAEKQMQNwMoIAJBgICAgHhGDQAgBCABNgJEIAQg\
AjYCQCAEIAQpAyg3AkggBCAEKQMwNwJQIAQgBCgCODYCWCAEQUBrIgUjAEHQAGsiASQAQQBB7LbA\
ACgCABEFACICRQRAEJMCAAsgBEEIaiENIAFBGGogAhCdAiABKAIcIQsgAUEQaiABKAIYIgJBACAC\
KAIEa0EDcSICIAJBgIABckGAt8AAENQBIAEoAhAhACABKAIUIQIgAUEAOgA0IAEgAjYCMCABQQA2\
AiwgASACNgIoIAEgADYCJCABQSRqQYC2wAAQUiABIAEoAjQ2AkggASABKQIsNwNAIAEgASkCJDcD\
OCABQQhqIQBBACEDIwBBEGsiAiQAAkAgAUE4aiIHLQAQDQAgBygCBCIGQQRJDQAgAkEEIAcoAgAg\
BkGQtcAAEOcBIAIoAgQhAyACKAIAIAIgBygCCCIPNgIMIAMgAkEMakEEQaC1wAAQngJBASEDCyAA\
IA82AgQgACADNgIAIAJBEGokACABKAIMIQIgASgCCCEHIAsgCygCAEEBajYCACANIAJBACAHQQFx\
GzYCBCANQQA2AgAgAUHQAGokACAEKAIMIQ8gBCgCCCEUIAUQyAILIBUgDzYCBCAVIBQ2AgAgBEHg\
AGokACAOIBIoAgggEigCDBCpAiASQRBqJAAgDigCACAOKAIEIA4oAgggDkEQaiQAC08BAn8jAEEQ\
ayIBJAAgASAANgIMIwBBEGsiACQAIAAgAUEMaigCACICKAIANgIMIAAgAigCCDYCCCAAQQhqEIkD\
IABBEGokACABQRBqJAALIQAgACgCAEGAgICAeEcEfyAAEIoDQQwFQQQLIABqEIoDCygAIAAoAgAg\
ARDxAiAAKAIEKAIAIAAoAgggACgCDCgCACABENwBak8LIwEBfyAAKAIIIgMgAU0EQCABIAMgAhCz\
AQALIAAoAgQgAWoLJgAgASgCHCABKAIYSQRAIAAgAUHAq8AAQSQQ6QIPCyAAQQI2AgALHQEBfyAA\
LQAAQQVGBH8gAEEEaiABIAIQdwVBAAsLTwECfyMAQRBrIgEkACABIAA2AgwjAEEQayIAJAAgACAB\
QQxqKAIAIgIoAgA2AgwgACACKAIINgIIIABBCGoQiwMgAEEQaiQAIAFBEGokAAsjACACQf////8A\
TQRAIAAgAkEEdCABchCWAQ8LIABBAToAEAsNACAAIAFBAUEBELsDCw0AIAAgAUEEQQQQuwMLDQAg\
ACABQQxBBBC7AwsNACAAIAFBCEEEELsDCyEBAX8gACgCCCIBIAAoAgBGBEAgACABQQFBBEEcENgB\
Cwu4AQEEfyABIABrIgFBEE8EQCAAIAEQEw8LAn9BACABRQ0AGiABQQNxIQQCQCABQQRPBEAgAUH8\
////B3EhAQNAIAIgACADaiIFLAAAQb9/SmogBUEBaiwAAEG/f0pqIAVBAmosAABBv39KaiAFQQNq\
LAAAQb9/SmohAiABIANBBGoiA0cNAAsgBEUNAQsgACADaiEAA0AgAiAALAAAQb9/SmohAiAAQQFq\
IQAgBEEBayIEDQALCyACCwseACAAKAIAQQJGBEAgAEEEahDtAQ8LIABBDGoQigMLQwEBfyAAKAIA\
IgJBAE4gAkGCgICAeEZyBH8gAQUjAEEQayIBJAAgAUEANgIMIAAgAUEMahBWIAEoAgwgAUEQaiQA\
CwsZAQF/IAEgA0YEfyAAIAIgARC+AQVBAQtFCyUAIAAgASgCCDYCBCAAIAEoAgRBACABKAIAQYCA\
gIB4Rxs2AgALIAAgACABIAIQoQEgAEEBOwEkIAAgAjYCICAAQQA2AhwLIAAgACgCACgCACIAIAAp\
AyAgAq18NwMgIAAgASACEAoLIQAgACAAKAIYQQFrNgIYIAAoAhQiACAAKAIAQQFqNgIAC7ABAQN/\
IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2Aggg\
AEEMaiIAKAIABEAgACgCBCICKAIAIgMEQCAAKAIAIAMRAgALIAIoAgQiAwRAIAIoAggaIAAoAgAg\
AxCgAQsLAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBGBCgAQsgAUEQaiQA\
CwsZAQF/IAEgA08EfyACIAAgAxC+AQVBAQtFCyMAIAAgAUH/AXFBAnQiASgC7JdBNgIEIAAgASgC\
2JhBNgIACyIAIAAgAS0AAEECdCIBKAK8l0E2AgQgACABKALUl0E2AgALHgAgABCUAyAAKAIMQYCA\
gIB4RwRAIABBDGoQigMLCxwAIABBDGogASACEJcBIABBADYCACAAQQE6ABgLGwEBfyAAKAIAIgFB\
AEoEQCAAKAIEIAEQoAELCxsAIAAoAhQgAUEBENoBIAAgACgCGEEBazYCGAsVACABBEAgACABEHQP\
CyAAQQY6AAALngIBBH9BwLvBAC0AAEEBRwRAIwBBEGsiASQAAkACQCAABEAgACgCACAAQQA2AgBB\
AXENAQsjAEEgayIAJAAgAEEUakGDgAFBAUEBQQEQYSAAKAIYIQIgACgCFARAIAIgACgCHBDRAgAL\
IAAoAhwhBCABQQRyIgNBg4ABNgIIIAMgBDYCBCADIAI2AgAgAEEgaiQAIAFBADYCAAwBCyABIAAp\
Agw3AwggASAAKQIENwMACwJAAkACQEHAu8EALQAAQQFrDgIBAAILQYCSwQBB/QBBwJLBABDyAQAL\
QcC7wQBBAjoAAEG0u8EAEIoDC0G4u8EAIAEpAwg3AgBBsLvBACABKQMANwIAQcC7wQBBAToAACAB\
QRBqJAALQbC7wQALHwBBAUF/IAAoAgAoAgAgASgCAEHEqMAAEKACLQAQGwsYAQF/IAAoAgAiAQRA\
IAAoAgQgARCgAQsLFQAgAUEJTwRAIAEgABAtDwsgABAJCx8AIAAEQCAAIAEQpAMAC0GHn8EAQSNB\
mJ/BABDyAQALFQAgAEEEaiABIAIQlwEgAEEDOgAACxkAIAAoAgAgACgCBCABKAIAIAEoAgQQvwIL\
EgAgAC0AAARAIABBBGoQ1QILCxUAIAAoAgAiAEGECE8EQCAAEJIBCwsZACABKAIAIAEoAgQgACgC\
ACAAKAIEEIYCCxkAIAAoAgAgACgCBCABKAIAIAEoAgQQhgILGwEBf0GMARCHAyIARQRAQQRBjAEQ\
pAMACyAACxsBAX9BvAEQhwMiAEUEQEEEQbwBEKQDAAsgAAsSACAAIAFBAXRBAXIgAhDyAQALGAAg\
ASgCACABKAIEIAAoAgAgACgCBBAfCxYBAW8gACABEAghAhBBIgAgAiYBIAALQgEDfyAAKAIAIQIg\
ACgCBCEAIAEtAAAhAwNAIAAiAQRAIABBAWshACACLQAAIQQgAkEBaiECIAMgBEcNAQsLIAFFCxYA\
IAAoAgBBgICAgHhHBEAgABCKAwsLYwECfyMAQTBrIgIkACACQQA2AgwgAkEAOwEsIAJBADYCKCAC\
QgA3AxAgAkEANgIYIAIgAkEMajYCJCAAIAJBEGpBwLfAABAYIAIoAgwhAyACQTBqJAAgAEEEaiAB\
EL4CIANqCxIAIAAtAABBBkcEQCAAEO0BCwsVAQF/IwBBEGsiASAAOgAPIAEtAA8LFgAgACgCAEGA\
gICAeEcEQCAAEJMDCwsTACAAKAIARQRAIABBBGoQ1QILCxMAQci7wQAgAK1CIIZCAYQ3AwALDgAg\
AQRAIAAgARCgAQsLHAAgAEHQncEAKQIANwIIIABByJ3BACkCADcCAAscACAAQcCdwQApAgA3Aggg\
AEG4ncEAKQIANwIACxYAIAAoAgAgASACIAAoAgQoAgwRBAALEQAgACABIAEoAhwgAiADEGYLEwAg\
ABCeASAAKAIUIAEgAhCCAwsTACAAEKcBIAAoAhQgASACEIEDC/sKAQN/IAAhBkEAIQAjAEHQAGsi\
BSQAIAUgAzYCCCAFIAI2AgQCfwJAAkAgAUGBAk8EQEH9ASEAA0ACQCAAIAZqIgdBA2osAABBv39M\
BEAgB0ECaiwAAEG/f0wNASAAQQJqIQAMBQsgAEEDaiEADAQLIAdBAWosAABBv39KDQIgBywAAEG/\
f0oNAyAAQQRrIgBBfUcNAAtBACEADAILIAUgATYCECAFIAY2AgxBAQwCCyAAQQFqIQALIAUgBjYC\
DCAFIAA2AhBBBUEAIAAgAUkiBxshAEHfqMEAQQEgBxsLIQcgBSAANgIYIAUgBzYCFAJAAkACQAJA\
AkACQCABIAJPBEAgASADSQ0GIAIgA0sNASACRSABIAJNcg0DIAIgBmosAABBv39KDQMgAiEAAkAD\
QCAAIAZqLAAAQb9/Sg0BIABBAWsiAA0AC0EAIQALA0AgAiAGaiwAAEG/f0oNAyABIAJBAWoiAkcN\
AAsgASECDAILIAUgBUEUaq1CgICAgNAPhDcDOCAFIAVBDGqtQoCAgIDQD4Q3AzAgBSAFQQRqrUKA\
gICAEIQ3AyhBu4HAACAFQShqIAQQ8gEACyAFIAVBFGqtQoCAgIDQD4Q3A0AgBSAFQQxqrUKAgICA\
0A+ENwM4IAUgBUEIaq1CgICAgBCENwMwIAUgBUEEaq1CgICAgBCENwMoQZGBwAAgBUEoaiAEEPIB\
AAsgBSAANgIcIAUgAjYCIAJAIAAgAksNAAJAIABFDQAgACABTwRAIAAgAUYNAQwCCyAAIAZqLAAA\
QUBIDQELAkAgASACTQRAIAEgAkcNAgwBCyACIAZqLAAAQb9/TA0BCyAAIAJGDQIgBQJ/IAAgBmoi\
ASwAACIAQQBOBEAgAEH/AXEMAQsgAS0AAUE/cSIDIABBH3EiAkEGdHIgAEFfTQ0AGiABLQACQT9x\
IANBBnRyIgMgAkEMdHIgAEFwSQ0AGiACQRJ0QYCA8ABxIAEtAANBP3EgA0EGdHJyCzYCJCAFIAVB\
FGqtQoCAgIDQD4Q3A0ggBSAFQQxqrUKAgICA0A+ENwNAIAUgBUEcaq1CgICAgOAPhDcDOCAFIAVB\
JGqtQoCAgIDwD4Q3AzAgBSAFQQRqrUKAgICAEIQ3AyhBl4LAACAFQShqIAQQ8gEACyAGIAEgACAC\
IAQQ7AIACyADRSABIANNcg0CIAMgBmosAABBv39KDQIgAyEAAkADQCAAIAZqLAAAQb9/Sg0BIABB\
AWsiAA0AC0EAIQALAkADQCADIAZqLAAAQb9/Sg0BIAEgA0EBaiIDRw0ACyABIQMLIAUgADYCHCAF\
IAM2AiAgACADSw0BAkAgAEUNACAAIAFPBEAgACABRg0BDAMLIAAgBmosAABBQEgNAgsCQCABIANN\
BEAgASADRw0DDAELIAMgBmosAABBv39MDQILIAAgA0YNACAFAn8gACAGaiIBLAAAIgBBAE4EQCAA\
Qf8BcQwBCyABLQABQT9xIgMgAEEfcSICQQZ0ciAAQV9NDQAaIAEtAAJBP3EgA0EGdHIiAyACQQx0\
ciAAQXBJDQAaIAJBEnRBgIDwAHEgAS0AA0E/cSADQQZ0cnILNgIkIAUgBUEUaq1CgICAgNAPhDcD\
SCAFIAVBDGqtQoCAgIDQD4Q3A0AgBSAFQRxqrUKAgICA4A+ENwM4IAUgBUEkaq1CgICAgPAPhDcD\
MCAFIAVBCGqtQoCAgIAQhDcDKEHogsAAIAVBKGogBBDyAQALIAQQhQMACyAGIAEgACADIAQQ7AIA\
CyAFIAVBFGqtQoCAgIDQD4Q3AzggBSAFQQxqrUKAgICA0A+ENwMwIAUgBUEIaq1CgICAgBCENwMo\
QeqBwAAgBUEoaiAEEPIBAAsUACAAKAIAIAEgACgCBCgCDBEDAAsRACAAKAIEIAAoAgggARCoAwsO\
ACAAIAEgAiABaxDaAQsQACAAIAEoAgQgASgCCBApCxQAIAAoAgAgAUHoqMAAEKACKAIICw0AIAAg\
ASACEHdBAEcLDwAgAEEDIAFB/wFxELYCCxAAIABB/wFxQQJ0KALEmkELDwAgABCKAyAAQQxqEIoD\
Cw8AIABBDGoQ3gIgABCPAwsQACAAKAIAKAIAIAFBARAKCw8AIAAQigMgAEEMahDtAQsPACAAIAAo\
AgAgAmo2AgALEwAgAEHYnsEANgIEIAAgATYCAAsRACABIAAoAgAgACgCBBDoAgsRACAAKAIAIAAo\
AgQgARCoAwsQACABIAAoAgAgACgCBBAcCwwAIAAgASACEL4BRQsvAQF/IwBBEGsiAiQAIAJBADYC\
DCACQQxqIAAgARCCAyACKAIMIAJBEGokAEECawsMACAAIAEQnwJBAXMLDwAgAEHEscAAIAEgAhAo\
Cw8AIABB4LHAACABIAIQKAsPACAAQeicwQAgASACEB8LDwAgAEGon8EAIAEgAhAfCw8AQeSowQBB\
KyAAENoCAAsPAEG4uMEAQTMgABDyAQALCQAgAEEEENACCwsAIABBBEEMEMwBCwsAIABBBEEIEMwB\
CwsAIABBAUEBEMwBCwsAIABBBEEEEMwBCwsAIABBBEEQEMwBCwsAIABBBEEUEMwBCwsAIABBBEEY\
EMwBCzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhCKAyACQRRqIQIMAQsLIAAQjQML\
CgAgACABIAIQNgsLACAAIAEgAhDaAQs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ\
9QIgAkEYaiECDAELCyAAEI4DCzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhD4AiAC\
QRxqIQIMAQsLIAAQlwMLgwEBAn8gACgCCCECIAAoAgQhAQNAIAIEQCABQThqEN4CIAFBxABqEN4C\
IAFBIGoQigMgAUHQAGoQ3gIgAUHcAGoQ3gIgAUEsahCVAyABKAIAQQFHBEAgAUEUahCKAwsgAUEE\
ahDwASACQQFrIQIgAUHoAGohAQwBCwsgAEEEQegAEMwBCzQBAn8gACgCCCEBIAAoAgQhAgNAIAEE\
QCABQQFrIQEgAhCKAyACQQxqIQIMAQsLIAAQiAMLNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFB\
AWshASACEO0BIAJBEGohAgwBCwsgABCMAwsLACAAQQRBHBDMAQsKACAAIAEgAhA3CwwAIABBubLA\
ABDLAgsMACAAQcCxwAAQ6AELQwECfyAAEJ4BIAAgACgCGEEBaiIBNgIYIAAoAhQiAiACKAIAQQFq\
NgIAIAAgACkDAEJ+QT8gASABQT9PG62JgzcDAAsMACAAQbiywAAQ6AELDAAgAEHBscAAEMsCC2cB\
AX8jAEEQayIDJAAgAyACNgIIIAMgATYCBCAAKAIIQRRsIQEgACgCBCECA0AgASIABEAgAEEUayEB\
IAMgAjYCDCACQRRqIQIgA0EMaiADQQRqEI8CRQ0BCwsgA0EQaiQAIABBAEcLCwAgACgCACUBEAAL\
FgEBbyAAIAEQAiECEEEiACACJgEgAAsJACAAIAEQBQALDAAgACABKQIENwMACwwAIAAgASkCADcD\
AAs+AQF/IwBBEGsiAiQAIAIgATYCDCACIAA2AgggAkEIaiIAKAIAIAAoAgRB3LvBACgCACIAQeUA\
IAAbEQAAAAsOACABQbigwQBBBRDoAgsNACABQYy6wQBBGBAcCw0AIAFB7LnBAEEgEBwLCgAgAiAA\
IAEQHAsJACAAQQAQ3wILCQAgAEEAEJYBCwkAIABBAhCWAQsJACAAQQEQlgELCQAgACABEPMCCxYC\
AW8BfyAAEAchARBBIgIgASYBIAILDABBtL/BAEEBOgAACwkAIABBADYCAAsHACAAEIoDCwcAIAAQ\
4gILBwAgACgCCAsEAEEACwcAQby6wQALBABBAQsDAAALJgEBfyAAKAIIIgQgAU0EQCABIAQgAhCz\
AQALIAAoAgQgASADdGoLJgEBfyAAKAIIIgQgAU0EQCABIAQgAhCzAQALIAAoAgQgASADbGoLRAEB\
fyMAQRBrIgIkACACQQhqIAAgACgCAEEBQQQgARBYIAIoAggiAEGBgICAeEcEQCAAIAIoAgwQ0QIA\
CyACQRBqJAALJAEBfyAAKAIAIAAoAggiBGsgAUkEQCAAIAQgASADIAIQ2AELCygBAX8jAEEQayIC\
JAAgAiACQQ9qrSABhDcDAEGIi8AAIAIgABDyAQALC5CzAXMAQYCAwAALmTrAwMAABHRoZSDACiBj\
YWxsIGZvciDACiB3b3VsZCBiZSDAGCBieXRlczsgU2VnbWVudCBhY2NlcHRzIMAoIGJ5dGVzIHBl\
ciBjYWxsIGFuZCB0aGlzIGZ1bmN0aW9uIGtlZXBzIMAkIG9mIHRoZW0gZm9yIHRoZSBmaWVsZHMg\
U2VnbWVudCBhZGRzwAABaMAADWJlZ2luID4gZW5kICjAAyA+IMAQKSB3aGVuIHNsaWNpbmcgYMAB\
YMAAEXN0YXJ0IGJ5dGUgaW5kZXggwBYgaXMgb3V0IG9mIGJvdW5kcyBvZiBgwAFgwAAPZW5kIGJ5\
dGUgaW5kZXggwBYgaXMgb3V0IG9mIGJvdW5kcyBvZiBgwAFgwAARc3RhcnQgYnl0ZSBpbmRleCDA\
JiBpcyBub3QgYSBjaGFyIGJvdW5kYXJ5OyBpdCBpcyBpbnNpZGUgwAggKGJ5dGVzIMAGKSBvZiBg\
wAFgwAAPZW5kIGJ5dGUgaW5kZXggwCYgaXMgbm90IGEgY2hhciBib3VuZGFyeTsgaXQgaXMgaW5z\
aWRlIMAIIChieXRlcyDABikgb2YgYMABYMAABnN0aWdnX8AAwAFfwADAAS7AAAVib2R5LcAAwAph\
bm9ueW1vdXMtwAAIc2V0dGluZyDACDogZW50cnkgwBcgbXVzdCBiZSBhIHN0cmluZywgZ290IMAA\
CHNldHRpbmcgwAs6IGV4cGVjdGVkIMAGLCBnb3QgwAAWc2xpY2UgaW5kZXggc3RhcnRzIGF0IMAN\
IGJ1dCBlbmRzIGF0IMAAIGluZGV4IG91dCBvZiBib3VuZHM6IHRoZSBsZW4gaXMgwBIgYnV0IHRo\
ZSBpbmRleCBpcyDAACp0aGUgYm9keSBtdXN0IGJlIGEgSlNPTiBvYmplY3QsIGJ1dCBpdCBpcyDA\
AC10aGUgInR5cGUiIGZpZWxkIG11c3QgYmUgYSBzdHJpbmcsIGJ1dCBpdCBpcyDAAMAfIG1hdGNo\
ZXMgZXZlbnREZW55bGlzdCBwYXR0ZXJuIMAAHHRoZSBib2R5IGlzIG5vdCB2YWxpZCBKU09OOiDA\
CSBhdCBsaW5lIMAIIGNvbHVtbiDAABJyYW5nZSBzdGFydCBpbmRleCDAIiBvdXQgb2YgcmFuZ2Ug\
Zm9yIHNsaWNlIG9mIGxlbmd0aCDAABByYW5nZSBlbmQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZv\
ciBzbGljZSBvZiBsZW5ndGggwAAIc2V0dGluZyDAEDogdW5rbm93biB2YWx1ZSDAEjsgZXhwZWN0\
ZWQgb25lIG9mIMAAKXNldHRpbmdzIG11c3QgYmUgYW4gb2JqZWN0LCBidXQgdGhleSBhcmUgwAAR\
dGhlIHNldHRpbmdzIGFyZSDAAAlleHBlY3RlZCDAABB1bmtub3duIHNldHRpbmcgwAI7IMAAEGFz\
c2VydGlvbiBgbGVmdCDAFyByaWdodGAgZmFpbGVkCiAgbGVmdDogwAkKIHJpZ2h0OiDAABBhc3Nl\
cnRpb24gYGxlZnQgwBAgcmlnaHRgIGZhaWxlZDogwAkKICBsZWZ0OiDACQogcmlnaHQ6IMAASGNh\
bm5vdCBhY2Nlc3MgYSBUaHJlYWQgTG9jYWwgU3RvcmFnZSB2YWx1ZSBkdXJpbmcgb3IgYWZ0ZXIg\
ZGVzdHJ1Y3Rpb246IMAAHXNldHRpbmdzIGFyZSBub3QgdmFsaWQgSlNPTjogwADAAjogwADABCBp\
cyDAKCBldmVudCwgd2hpY2ggY29uY2VybnMgbm8gY3VzdG9tZXIsIGFuZCDAASDAAMAeIG5hbWVz\
IG5vIGN1c3RvbWVyIChsb29rZWQgaW4gwAYpIGFuZCDAASDAAMAlIG1hdGNoZXMgbm8gcGF0dGVy\
biBpbiBldmVudEFsbG93bGlzdAARdGhlICJ0eXBlIiBmaWVsZCDAQSBnaXZlcyBhbiBlbXB0eSBl\
dmVudCBuYW1lOyBpdCBuZWVkcyBhdCBsZWFzdCBvbmUgbGV0dGVyIG9yIGRpZ2l0AAR0aGUgwBwg\
aGVhZGVyIGlzIG1pc3NpbmcsIGFuZCB0aGUgwBQgc2V0dGluZyByZXF1aXJlcyBpdAASdGhlIG1l\
c3NhZ2VJZCBmb3IgwBAgaXMgbG9uZ2VyIHRoYW4gwAsgY2hhcmFjdGVycwAvcnVzdGMvNTk4MDc2\
MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9jb2xs\
ZWN0aW9ucy9idHJlZS9tYXAvZW50cnkucnMAc3JjL2pzb24vYm9keS5ycwBzcmMvc29ydC5ycwAv\
cnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2Fs\
bG9jL3NyYy9mbXQucnMAc3JjL2ZpdC5ycwBzcmMvc2VjcmV0LnJzAHNyYy9zZXR0aW5ncy5ycwBz\
cmMvaWRzLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYw\
L2xpYnJhcnkvc3RkL3NyYy9zeXMvdGhyZWFkX2xvY2FsL25vX3RocmVhZHMucnMAL3J1c3RjLzU5\
ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMv\
c3RyLnJzAHNyYy9maWx0ZXIucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5\
NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zbGljZS9pdGVyLnJzAHNyYy9qc29uL251bWJl\
ci5ycwBzcmMvdGltZXN0YW1wLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3\
OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc3RyL3BhdHRlcm4ucnMAc3JjL2pzb24vc2Nh\
bi5ycwBzcmMvd2FzbS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3\
ZTRhMzg2MC9saWJyYXJ5L3N0ZC9zcmMvdGhyZWFkL2xvY2FsLnJzAC9jYXJnby9yZWdpc3RyeS9z\
cmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvanMtc3lzLTAuMy4xMDcvc3JjL2Z1\
dHVyZXMvanNwaS5ycwAvY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4\
YzZiNWI1NTdmL3NoYTItMC4xMC45L3NyYy9jb3JlX2FwaS5ycwBzcmMvanNvbi92YWx1ZS5ycwBz\
cmMvanNvbi93cml0ZS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3\
ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9jb2xsZWN0aW9ucy9idHJlZS9uYXZpZ2F0ZS5ycwBz\
cmMvd2FyZWhvdXNlLnJzAHNyYy90YXBlLnJzAHNyYy9ldmVudF9uYW1lLnJzAC9ydXN0Yy81OTgw\
NzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvdW5p\
Y29kZS9wcmludGFibGUucnMAL2NhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0\
OWNmOGM2YjViNTU3Zi9kaWdlc3QtMC4xMC43L3NyYy9jb3JlX2FwaS9jdF92YXJpYWJsZS5ycwAv\
cnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2Fs\
bG9jL3NyYy9jb2xsZWN0aW9ucy9idHJlZS9ub2RlLnJzAHNyYy9zdGlnZy9tb2QucnMAL3J1c3Rj\
LzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3Ny\
Yy9zbGljZS9tb2QucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0\
YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvcmF3X3ZlYy9tb2QucnMAL3J1c3RjLzU5ODA3NjE2ZTFm\
YTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvdmVjL21vZC5y\
cwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5\
L2FsbG9jL3NyYy92ZWMvc3BlY19mcm9tX2l0ZXJfbmVzdGVkLnJzAHNyYy9qc29uL3JlYWQucnMA\
L3J1c3QvZGVwcy9kbG1hbGxvYy0wLjIuMTEvc3JjL2RsbWFsbG9jLnJzAC9jYXJnby9yZWdpc3Ry\
eS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvanMtc3lzLTAuMy4xMDcvc3Jj\
L2xpYi5ycwAvY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1\
NTdmL2Jsb2NrLWJ1ZmZlci0wLjEwLjQvc3JjL2xpYi5ycwAbdGhlIEpTT04gbmVzdHMgZGVlcGVy\
IHRoYW4gwAcgbGV2ZWxzAAR0aGUgwBsgaGVhZGVyIGRvZXMgbm90IG1hdGNoIHRoZSDACCBzZXR0\
aW5nAAhzZXR0aW5nIMAWOiB0aGUgc2VjcmV0IGNvbnRhaW5zIMALLCB3aGljaCBubyDAKyBoZWFk\
ZXIgY2FuIGNhcnJ5OyBjb3B5IGl0IGFnYWluIGZyb20gU3RpZ2cAFHRoZSB0ZXh0IGVuZHMgd2hl\
cmUgwAogc2hvdWxkIGJlAMADX2lkAAY7IHNldCDAMSB0byAidHJpbSIgdG8gZHJvcCB0aGUgbGFy\
Z2VzdCBwcm9wZXJ0aWVzIGluc3RlYWQABHRoZSDACiBjYWxsIGZvciDAIyBoYXMgbmVpdGhlciB1\
c2VySWQgbm9yIGFub255bW91c0lkAAFbwAFdAA1kaWQgeW91IG1lYW4gwAE/AAhzZXR0aW5nIMAC\
OiDACiBjb250YWlucyDAIzsgdXNlIG9ubHkgbGV0dGVycywgZGlnaXRzLCBfIGFuZCAuAAIgKMAM\
IGNoYXJhY3RlcnMpAAx0aGUgYm9keSBpcyDAwCAgYnl0ZXM7IFNlZ21lbnQgYWNjZXB0cyBhdCBt\
b3N0IMAQIGJ5dGVzICg1MTIgS2lCKQAmY29weV9mcm9tX3NsaWNlOiBzb3VyY2Ugc2xpY2UgbGVu\
Z3RoICjAKykgZG9lcyBub3QgbWF0Y2ggZGVzdGluYXRpb24gc2xpY2UgbGVuZ3RoICjAASkAEnJl\
bW92YWwgaW5kZXggKGlzIMAWKSBzaG91bGQgYmUgPCBsZW4gKGlzIMABKQAddGhlIGJvZHkgaXMg\
bm90IHZhbGlkIFVURi04OiDACSBhdCBieXRlIMAHIChsaW5lIMAIIGNvbHVtbiDAASkAAACZCBAA\
TwAAAM0BAAA3AAAAJggQAE4AAAANCAAAEQAAAGNhcGFjaXR5IG92ZXJmbG93AAAAwAwQAF4AAAA5\
AAAAEgAAAAgLEABeAAAAfAAAACQAAACqDRAAUwAAAKIAAAAnAAAAqg0QAFMAAACkAAAAGAAAAKoN\
EABTAAAApAAAACAAAACqDRAAUwAAAK4AAAAUAAAAqg0QAFMAAACuAAAAGgAAAKoNEABTAAAAnQAA\
ABgAAACqDRAAUwAAAJ0AAAAfAAAAqg0QAFMAAACdAAAAJQAAAKoNEABTAAAALQEAACIAAACqDRAA\
UwAAADgBAAAeAAAAqg0QAFMAAAA1AQAAGAAAAKAKEAARAAAAQgAAABkAAACgChAAEQAAADMAAAAi\
AAAAoAoQABEAAAA0AAAAHQAAAKAKEAARAAAAPQAAAB0AAABvbk1pc3NpbmdDdXN0b21lcmRyb3Bl\
cnJvcmFub255bW91cwAREhAABAAAABUSEAAFAAAAGhIQAAkAAAA8BxAACgAAAPYBAAAMAAAAPAcQ\
AAoAAAD3AQAAFQAAAC4uLiBhbmQgIG1vcmUBIGV2ZW4gd2l0aCBldmVyeSBwcm9wZXJ0eSByZW1v\
dmVkIHRoYXQgbWF5IGJlICh0eXBlLCBtZXNzYWdlSWQsIHRyYWNlSWQsIHRpbWVzdGFtcCBhbmQg\
dGhlIGN1c3RvbWVyJ3MgaWQgYXJlIGFsd2F5cyBrZXB0KW92ZXJzaXplZEV2ZW50cwAA4xIQAA8A\
AAA8BxAACgAAACMBAAAgAAAAPAcQAAoAAACuAAAAHAAAADwHEAAKAAAAywAAAC0AAAA8BxAACgAA\
AO8AAAAgAAAA4oCmLjwHEAAKAAAA8wAAACIAAAA8BxAACgAAAPQAAAAcAAAAdHlwZW1lc3NhZ2VJ\
ZHRyYWNlSWR0aW1lc3RhbXBpZGN1c3RvbWVySWQAAABgExAABAAAAGQTEAAJAAAAbRMQAAcAAAB0\
ExAACQAAAH0TEAACAAAAfxMQAAoAAABjdXN0b21lcmlucHV0AAAAvBMQAAgAAAB9ExAAAgAAAMQT\
EAAFAAAAfxMQAAoAAAAAAAAABAAAAAQAAAAEAAAABQAAAAUAAAA8BxAACgAAALUBAAAQAAAAPAcQ\
AAoAAACOAQAAFAAAADwHEAAKAAAAfQEAAB0AAAA8BxAACgAAAIEBAAARAAAAPAcQAAoAAABjAQAA\
OQAAADwHEAAKAAAAXAEAAB0AAAACAAAAPAcQAAoAAAB3AQAAIgAAADwHEAAKAAAAbQEAAB0AAAA8\
BxAACgAAAG4BAAAbAAAAPAcQAAoAAABfAQAAJgAAADwHEAAKAAAAXwEAAD8AAAAAgAAAAAQAAFwS\
EAAIAAAAZBIQAAUAAAA8BxAACgAAANQBAAAQAAAAc3RpZ2ctLWgtAAAA4BQQAAYAAABlBxAACgAA\
AEcAAAA9AAAAZQcQAAoAAAB6AAAAGAAAAO+7v3RoZSBib2R5IGlzIGVtcHR5OyBhIFN0aWdnIHdl\
Ymhvb2sgaXMgYSBKU09OIG9iamVjdGEgdHJ1bmNhdGVkIFVURi04IHNlcXVlbmNlYW4gaW52YWxp\
ZCBVVEYtOCBieXRlAAAA1gYQABAAAAAaAAAAQgAAAGF0IGxlYXN0IAAAAAAACAAfDRAAEAAAAHIA\
AAAOAAAARkZGRB8NEAAQAAAAcgAAACMAAAB1bmV4cGVjdGVkIHRleHQgYWZ0ZXIgdGhlIEpTT04g\
dmFsdWVgOmBhIHN0cmluZyBrZXlgLGAgb3IgYH1gYCxgIG9yIGBdYHRoZSB0ZXh0IGVuZHMgaW5z\
aWRlIGEgc3RyaW5naW52YWxpZCBlc2NhcGUgaW4gYSBzdHJpbmcAAB8NEAAQAAAA0AEAACgAAABh\
IGNvbnRyb2wgY2hhcmFjdGVyIChVKzAwMDAgdG8gVSswMDFGKSBtdXN0IGJlIGVzY2FwZWQgaW4g\
YSBzdHJpbmdhIGRpZ2l0IGFmdGVyIHRoZSBkZWNpbWFsIHBvaW50YSBkaWdpdCBpbiB0aGUgZXhw\
b25lbnRhIGRpZ2l0dHJ1ZWZhbHNlbnVsbB8NEAAQAAAAlwEAABcAAABhIHZhbHVlAB8NEAAQAAAA\
hgEAACwAAABcAAAABBcQAHUAAAAMFxAAYSBcdSBlc2NhcGUgbmVlZHMgZm91ciBoZXggZGlnaXRz\
AAAA6AMAAB8NEAAQAAAAWgAAADIAAAAfDRAAEAAAAE8AAAAfAAAAHw0QABAAAABIAAAAEwAAAOkI\
EAAQAAAAFAAAABwAAABhIGJvb2xlYW5hIG51bWJlcmEgc3RyaW5nYW4gYXJyYXlhbiBvYmplY3QA\
AAAAAAAEAAAABAAAAAYAAAAHAAAABwAAAP8JEAARAAAAmwAAAD0AAAD/CRAAEQAAAJsAAAA3AAAA\
/wkQABEAAACbAAAAVAAAAP8JEAARAAAAmwAAAE4AAAD/CRAAEQAAAJ8AAAAnAAAA/wkQABEAAACf\
AAAAOQAAAP8JEAARAAAAoQAAADsAAAD/CRAAEQAAAKIAAAAYAAAA/wkQABEAAACjAAAAJgAAAP8J\
EAARAAAApAAAABkAAAD/CRAAEQAAAKwAAAARAAAA/wkQABEAAACQAAAAFAAAAP8JEAARAAAAkAAA\
ACYAAAD/CRAAEQAAAJQAAAAgAAAA/wkQABEAAACUAAAANgAAAP8JEAARAAAAaQAAABsAAABbXSwA\
CAAAAAwAAAAEAAAACQAAAAkAAAAJAAAACgAAAAAAAAAEAAAABAAAAAsAAAAMAAAADQAAAA4AAAAi\
AAAAEQoQABEAAABhAAAAGwAAAFwiXFxcblxyXHRcYlxmAAAAAAAABAAAAAQAAAAPAAAAEAAAABAA\
AAB7fToAEQoQABEAAADgAAAAPwAAABEKEAARAAAA3AAAABQAAAARChAAEQAAANwAAAAlAAAAXHUw\
MTIzNDU2Nzg5YWJjZGVmAAAAAAAAcAAAAAgAAAARAAAAEQAAABEAAAASAAAAdQgQABIAAAAoAAAA\
GwAAAHUIEAASAAAAKAAAACcAAAB1CBAAEgAAAKQAAAAjAAAA5wYQAAsAAAA1AAAAEwAAAOcGEAAL\
AAAAIAAAACkAAADnBhAACwAAACAAAAA7AAAA5wYQAAsAAAAlAAAAIAAAAOcGEAALAAAAJwAAAD0A\
AADnBhAACwAAACwAAAAdAAAA5wYQAAsAAAApAAAAHQAAAOcGEAALAAAAIQAAABMAAADnBhAACwAA\
ACEAAAA1AAAA5wYQAAsAAAAhAAAAIAAAAG5hbWWUChAACwAAAHwAAAASAAAAlAoQAAsAAAB8AAAA\
SQAAAJQKEAALAAAAVwAAABIAAACUChAACwAAAFcAAAAbAAAAc3RpZ2ctc2VnbWVudDogdGhlIHNj\
cmlwdCdzIGZpZWxkIGxheW91dCBpcyBub3QgaXRzIHdhc20nczsgcmVidWlsZCBpdGxpbmVjb2x1\
bW4AAAAAFAAAAAQAAAATAAAAFAAAABUAAAAUAAAAFgAAABYAAAAXAAAAGAAAAFN0aWdnLVdlYmhv\
b2tzLVNlY3JldAAAABkAAAD6CBAACwAAABUBAAAnAAAAc2V0dGluZ3MgYXJlIG5vdCBzZXQaAAAA\
+ggQAAsAAADlAAAAHQAAAPoIEAALAAAA5wAAABsAAAD6CBAACwAAAIcBAAArAAAA+ggQAAsAAAAj\
AQAADgAAAPoIEAALAAAAKQEAACYAAAAAAAAAIAAAAAgAAAAbAAAAHAAAABsAAAAcAAAAHQAAAB4A\
AAAfAAAAIAAAAAAAAAAgAAAACAAAACEAAAAiAAAAIwAAACQAAAAlAAAAJgAAACcAAAAoAAAAY2Fs\
bHNza2lwcGVkY29kZXJlYXNvbmV2ZW50dXNlcklkYW5vbnltb3VzSWRncm91cElkcHJvcGVydGll\
c3RyYWl0c2NvbnRleHRpbnRlZ3JhdGlvbnZlcnNpb25zdGlnZ3RyaW1tZWR0cmFja2lkZW50aWZ5\
Z3JvdXAwLjEuMGJvZHlub19jdXN0b21lcmZpbHRlcmVkSW52YWxpZEV2ZW50UGF5bG9hZFZhbGlk\
YXRpb25FcnJvckV2ZW50Tm90U3VwcG9ydGVkYWRkb24uY3JlYXRlZGFkZG9uYWRkLW9uYWRkb24u\
AO4cEAAFAAAA8xwQAAYAAAD5HBAABgAAAAEAQaS6wAALZ2FkZG9uLmRlbGV0ZWRhZGRvbi51cGRh\
dGVkYXV0b21hdGljX3JlY2hhcmdlLmNvbmZpZ3VyYXRpb24uY2hhbmdlZGF1dG9tYXRpYyByZWNo\
YXJnZWF1dG9tYXRpY19yZWNoYXJnZS4AQZS7wAALeWYdEAASAAAAeB0QABMAAABkFBAAAQAAAAAA\
AABhdXRvbWF0aWNfcmVjaGFyZ2Uub3BlcmF0aW9uLmF0dGVtcHRlZGNvdXBvbi5hcmNoaXZlZGNv\
dXBvbmNvdXBvbi4AAOUdEAAGAAAA5R0QAAYAAADrHRAABwAAAAEAQZi8wAALUmNvdXBvbi5jcmVh\
dGVkY291cG9uLnVwZGF0ZWRjcmVkaXRfYmFsYW5jZS5kZXBsZXRlZAECY3JlZGl0IGJhbGFuY2Vj\
cmVkaXRfYmFsYW5jZS4AQfS8wAALtQJNHhAADgAAAFseEAAPAAAASx4QAAIAAAAAAAAAY3JlZGl0\
X2JhbGFuY2UubG93Y3JlZGl0X2dyYW50LmJhbGFuY2UubG93Y3JlZGl0X2dyYW50Y3JlZGl0IGdy\
YW50Y3JlZGl0X2dyYW50LgIBAAAAuh4QAAwAAADGHhAADAAAANIeEAANAAAA3x4QAAIAAAAAAAAA\
Y3JlZGl0X2dyYW50LmNyZWF0ZWRjcmVkaXRfZ3JhbnQuZGVwbGV0ZWRjcmVkaXRfZ3JhbnQuZXhw\
aXJlZGNyZWRpdF9ncmFudC51cGRhdGVkY3JlZGl0X3R5cGUuYXJjaGl2ZWRjcmVkaXRfdHlwZWNy\
ZWRpdCB0eXBlY3JlZGl0X3R5cGUuAG0fEAALAAAAeB8QAAsAAACDHxAADAAAAAEAQbS/wAALpgRj\
cmVkaXRfdHlwZS5jcmVhdGVkY3JlZGl0X3R5cGUudW5hcmNoaXZlZGNyZWRpdF90eXBlLnVwZGF0\
ZWRjcmVkaXRzLmF1dG9tYXRpY19yZWNoYXJnZV9saW1pdF9leGNlZWRlZGNyZWRpdHNjcmVkaXRz\
LgAAAAAAAAAAGSAQAAcAAAAgIBAACAAAAGQUEAABAAAAAAAAAGNyZWRpdHMuYmFsYW5jZS5kZXBs\
ZXRlZGNyZWRpdHMuYmFsYW5jZS51c2FnZV9sb3djcmVkaXRzLmV4cGlyZWRjcmVkaXRzLmdyYW50\
LmRlcGxldGVkY3JlZGl0cy5ncmFudC51cGRhdGVkY3JlZGl0cy5ncmFudC51c2FnZV9sb3djcmVk\
aXRzLmdyYW50LnZvaWRlZGNyZWRpdHMuZ3JhbnRlZGN1c3RvbWVyLmNyZWF0ZWQAAWN1c3RvbWVy\
LrwTEAAIAAAAvBMQAAgAAAADIRAACQAAAAEhEAACAAAAAQEAAEFjY291bnQgQ3JlYXRlZFN0aWdn\
J3MgY3VzdG9tZXIgaXMgdGhlIEIyQiBhY2NvdW50LmN1c3RvbWVyLmRlbGV0ZWRBY2NvdW50IERl\
bGV0ZWRjdXN0b21lci5wYXltZW50X2ZhaWxlZGN1c3RvbWVyLnVwZGF0ZWRlbnRpdGxlbWVudC51\
c2FnZV9leGNlZWRlZGVudGl0bGVtZW50ZW50aXRsZW1lbnQuAEHkw8AAC0nDIRAACwAAAM4hEAAM\
AAAAaRIQAAEAAAAAAAAAZW50aXRsZW1lbnRzLnVwZGF0ZWRlbnRpdGxlbWVudHNlbnRpdGxlbWVu\
dHMuAEG4xMAAC4ECFCIQAAwAAAAgIhAADQAAAGkSEAABAAAAAAAAAGVudGl0eS5jcmVhdGVkZW50\
aXR5ZW50aXR5LgBiIhAABgAAAGIiEAAGAAAAaCIQAAcAAABpEhAAAQAAAAAAAABlbnRpdHkuZW50\
aXRsZW1lbnQuY3JlYXRlZGVudGl0eS5lbnRpdGxlbWVudC51cGRhdGVkZW50aXR5LmVudGl0bGVt\
ZW50LnVzYWdlX2V4Y2VlZGVkZW50aXR5X3R5cGUudXBkYXRlZGVudGl0eV90eXBlZW50aXR5IHR5\
cGVlbnRpdHlfdHlwZS4AAPwiEAALAAAAByMQAAsAAAASIxAADAAAAAEAQcTGwAALOWZlYXR1cmUu\
Y3JlYXRlZGZlYXR1cmVmZWF0dXJlLgAAUyMQAAcAAABTIxAABwAAAFojEAAIAAAAAQBBiMfAAAt1\
ZmVhdHVyZS5kZWxldGVkZmVhdHVyZS51cGRhdGVkZmVhdHVyZV9ncm91cC5hcmNoaXZlZGZlYXR1\
cmVfZ3JvdXBmZWF0dXJlIGdyb3VwZmVhdHVyZV9ncm91cC68IxAADQAAAMkjEAANAAAA1iMQAA4A\
AAABAEGIyMAAC25mZWF0dXJlX2dyb3VwLmNyZWF0ZWRmZWF0dXJlX2dyb3VwLnVuX2FyY2hpdmVk\
ZmVhdHVyZV9ncm91cC51cGRhdGVkbWVhc3VyZW1lbnQucmVwb3J0ZWRtZWFzdXJlbWVudG1lYXN1\
cmVtZW50LgBBgMnAAAtNXyQQAAsAAABqJBAADAAAAGkSEAABAAAAAAAAAHBsYW4uY3JlYXRlZHBs\
YW5wbGFuLgAAAKgkEAAEAAAAqCQQAAQAAACsJBAABQAAAAEAQdjJwAALUXBsYW4uZGVsZXRlZHBs\
YW4udXBkYXRlZHByb2R1Y3QuY3JlYXRlZHByb2R1Y3Rwcm9kdWN0LgAA/yQQAAcAAAD/JBAABwAA\
AAYlEAAIAAAAAQBBtMrAAAvrB3Byb2R1Y3QuZGVsZXRlZHByb2R1Y3QudXBkYXRlZHByb21vdGlv\
bmFsRW50aXRsZW1lbnQuZW5kc19zb29ucHJvbW90aW9uYWxfZW50aXRsZW1lbnRwcm9tb3Rpb25h\
bCBlbnRpdGxlbWVudHByb21vdGlvbmFsRW50aXRsZW1lbnQuAHIlEAAXAAAAiSUQABcAAACgJRAA\
FwAAAGkSEAABAAAAAAAAAHByb21vdGlvbmFsRW50aXRsZW1lbnQuZXhwaXJlZHByb21vdGlvbmFs\
RW50aXRsZW1lbnQuZ3JhbnRlZHByb21vdGlvbmFsRW50aXRsZW1lbnQucmV2b2tlZHByb21vdGlv\
bmFsRW50aXRsZW1lbnQudXBkYXRlZHN1YnNjcmlwdGlvbi5iaWxsaW5nX21vbnRoLmVuZHNfc29v\
bnN1YnNjcmlwdGlvbnN1YnNjcmlwdGlvbi4AAAB4JhAADAAAAHgmEAAMAAAAhCYQAA0AAABpEhAA\
AQAAAAABAQBzdWJzY3JpcHRpb24uY2FuY2VsZWRzdWJzY3JpcHRpb24uY3JlYXRlX2ZhaWxlZANz\
dWJzY3JpcHRpb24uY3JlYXRlZHN1YnNjcmlwdGlvbi5leHBpcmVkc3Vic2NyaXB0aW9uLnNwZW5k\
X2xpbWl0LmV4Y2VlZGVkc3Vic2NyaXB0aW9uLnRyaWFsLmVuZHNfc29vbnN1YnNjcmlwdGlvbi50\
cmlhbF9jb252ZXJ0ZWRzdWJzY3JpcHRpb24udHJpYWxfZXhwaXJlZFRyaWFsIEVuZGVkSnVkZ21l\
bnQgY2FsbDogb25seSB0aGUgdHJpYWwgdGhhdCBsYXBzZWQ7IGEgY29udmVydGVkIHRyaWFsIChg\
c3Vic2NyaXB0aW9uLnRyaWFsX2NvbnZlcnRlZGApIGFsc28gZW5kcyBidXQga2VlcHMgaXRzIG93\
biBuYW1lLCBzbyBUcmlhbCBFbmRlZCBjb3VudHMgdHJpYWxzIHRoYXQgZGlkIG5vdCBjb252ZXJ0\
LnN1YnNjcmlwdGlvbi50cmlhbF9zdGFydGVkVHJpYWwgU3RhcnRlZEp1ZGdtZW50IGNhbGw6IHRo\
ZSB0cmlhbCdzIHN0YXJ0IGRhdGUgaXMgdGhlIHN1YnNjcmlwdGlvbidzIGBzdGFydERhdGVgLnN1\
YnNjcmlwdGlvbi51cGRhdGVkc3luYy5mYWlsZWQEc3luY2VkX2VudGl0eXN5bmNzeW5jLgAAAM8o\
EAANAAAA3CgQAAQAAADgKBAABQAAAM4oEAABAAAAAAAAAOEcEAANAAAAAQAAAAAAAAAAHRAAQbDS\
wAALGwIAAAAAAAAAJB0QAA0AAAABAAAAAAAAAAAdEABB3NLAAAsbAgAAAAAAAAAxHRAADQAAAAEA\
AAAAAAAAAB0QAEGI08AACxsCAAAAAAAAAD4dEAAoAAAAZBQQAAEAAACMHRAAQbTTwAALGwIAAAAA\
AAAAsB0QACYAAABkFBAAAQAAAIwdEABB4NPAAAsbAgAAAAAAAADWHRAADwAAAAEAAAAAAAAA9B0Q\
AEGM1MAACxsCAAAAAAAAABgeEAAOAAAAAQAAAAAAAAD0HRAAQbjUwAALGwIAAAAAAAAAJh4QAA4A\
AAABAAAAAAAAAPQdEABB5NTAAAsbAgAAAAAAAAA0HhAAFwAAAEseEAACAAAAbB4QAEGQ1cAACxsC\
AAAAAAAAAJAeEAASAAAASx4QAAIAAABsHhAAQbzVwAALGwIAAAAAAAAAoh4QABgAAABpEhAAAQAA\
AOQeEABB6NXAAAsbAgAAAAAAAAAIHxAAFAAAAN8eEAACAAAA5B4QAEGU1sAACxsCAAAAAAAAABwf\
EAAVAAAA3x4QAAIAAADkHhAAQcDWwAALGwIAAAAAAAAAMR8QABQAAADfHhAAAgAAAOQeEABB7NbA\
AAsbAgAAAAAAAABFHxAAFAAAAN8eEAACAAAA5B4QAEGY18AACxsCAAAAAAAAAFkfEAAUAAAAAQAA\
AAAAAACQHxAAQcTXwAALGwIAAAAAAAAAtB8QABMAAAABAAAAAAAAAJAfEABB8NfAAAsbAgAAAAAA\
AADHHxAAFgAAAAEAAAAAAAAAkB8QAEGc2MAACxsCAAAAAAAAAN0fEAATAAAAAQAAAAAAAACQHxAA\
QcjYwAALGwIAAAAAAAAA8B8QACkAAABkFBAAAQAAACggEABB9NjAAAsbAgAAAAAAAABMIBAAGAAA\
AGQUEAABAAAAKCAQAEGg2cAACxsCAAAAAAAAAGQgEAAZAAAAZBQQAAEAAAAoIBAAQczZwAALGwIA\
AAAAAAAAfSAQAA8AAABkFBAAAQAAACggEABB+NnAAAsbAgAAAAAAAACMIBAAFgAAAGQUEAABAAAA\
KCAQAEGk2sAACxsCAAAAAAAAAKIgEAAVAAAAZBQQAAEAAAAoIBAAQdDawAALGwIAAAAAAAAAtyAQ\
ABcAAABkFBAAAQAAACggEABB/NrAAAsbAgAAAAAAAADOIBAAFAAAAGQUEAABAAAAKCAQAEGo28AA\
CxsCAAAAAAAAAOIgEAAPAAAAZBQQAAEAAAAoIBAAQdTbwAALcwIAAAAAAAAA8SAQABAAAAABIRAA\
AgAAAAwhEAAwIRAADwAAAD8hEAAkAAAAAQAAAAEBAABjIRAAEAAAAAEhEAACAAAADCEQAHMhEAAP\
AAAAPyEQACQAAAABAAAAAAAAAIIhEAAXAAAAaRIQAAEAAAAMIRAAQdjcwAALGwIAAAABAQAAmSEQ\
ABAAAAABIRAAAgAAAAwhEABBhN3AAAsbAgAAAAEBAACpIRAAGgAAAGkSEAABAAAA3CEQAEGw3cAA\
CxsCAAAAAAAAAAAiEAAUAAAAaRIQAAEAAAAwIhAAQdzdwAALGwIAAAAAAAAAVCIQAA4AAABpEhAA\
AQAAAHAiEABBiN7AAAsbAgAAAAAAAACUIhAAGgAAAGkSEAABAAAAcCIQAEG03sAACxsCAAAAAAAA\
AK4iEAAaAAAAaRIQAAEAAABwIhAAQeDewAALGwIAAAAAAAAAyCIQACEAAABpEhAAAQAAAHAiEABB\
jN/AAAsbAgAAAAAAAADpIhAAEwAAAAEAAAAAAAAAICMQAEG438AACxsCAAAAAAAAAEQjEAAPAAAA\
AQAAAAAAAABkIxAAQeTfwAALGwIAAAAAAAAAiCMQAA8AAAABAAAAAAAAAGQjEABBkODAAAsbAgAA\
AAAAAACXIxAADwAAAAEAAAAAAAAAZCMQAEG84MAACxsCAAAAAAAAAKYjEAAWAAAAAQAAAAAAAADk\
IxAAQejgwAALGwIAAAAAAAAACCQQABUAAAABAAAAAAAAAOQjEABBlOHAAAsbAgAAAAAAAAAdJBAA\
GQAAAAEAAAAAAAAA5CMQAEHA4cAACxsCAAAAAAAAADYkEAAVAAAAAQAAAAAAAADkIxAAQezhwAAL\
GwIAAAAAAAAASyQQABQAAABpEhAAAQAAAHgkEABBmOLAAAsbAgAAAAAAAACcJBAADAAAAAEAAAAA\
AAAAtCQQAEHE4sAACxsCAAAAAAAAANgkEAAMAAAAAQAAAAAAAAC0JBAAQfDiwAALGwIAAAAAAAAA\
5CQQAAwAAAABAAAAAAAAALQkEABBnOPAAAsbAgAAAAAAAADwJBAADwAAAAEAAAAAAAAAECUQAEHI\
48AACxsCAAAAAAAAADQlEAAPAAAAAQAAAAAAAAAQJRAAQfTjwAALGwIAAAAAAAAAQyUQAA8AAAAB\
AAAAAAAAABAlEABBoOTAAAsbAgAAAAAAAABSJRAAIAAAAGkSEAABAAAAuCUQAEHM5MAACxsCAAAA\
AAAAANwlEAAeAAAAaRIQAAEAAAC4JRAAQfjkwAALGwIAAAAAAAAA+iUQAB4AAABpEhAAAQAAALgl\
EABBpOXAAAsbAgAAAAAAAAAYJhAAHgAAAGkSEAABAAAAuCUQAEHQ5cAACxsCAAAAAAAAADYmEAAe\
AAAAaRIQAAEAAAC4JRAAQfzlwAALGwIAAAAAAAAAVCYQACQAAABpEhAAAQAAAJQmEABBqObAAAsb\
AgAAAAABAAC4JhAAFQAAAGkSEAABAAAAlCYQAEHU5sAACxsCAAAAAAEAAM0mEAAaAAAA5yYQAAEA\
AACUJhAAQYDnwAALGwIAAAAAAQAA6CYQABQAAABpEhAAAQAAAJQmEABBrOfAAAsbAgAAAAABAAD8\
JhAAFAAAAGkSEAABAAAAlCYQAEHY58AACxsCAAAAAAEAABAnEAAhAAAAaRIQAAEAAACUJhAAQYTo\
wAALGwIAAAAAAQAAMScQABwAAABpEhAAAQAAAJQmEABBsOjAAAsbAgAAAAABAABNJxAAHAAAAGkS\
EAABAAAAlCYQAEHc6MAAC3MCAAAAAAEAAGknEAAaAAAAaRIQAAEAAACUJhAAgycQAAsAAACOJxAA\
sgAAAAAAAAAAAQAAQCgQABoAAABpEhAAAQAAAJQmEABaKBAADQAAAGcoEABIAAAAAAAAAAABAACv\
KBAAFAAAAGkSEAABAAAAlCYQAEHg6cAACxsCAAAAAAEAAMMoEAALAAAAzigQAAEAAADoKBAAQYzq\
wAALqRQCAAAAAAAAAGFjY291bnRJZGFjdGl2ZVN1YnNjcmlwdGlvbnNhY3RvcmFkZG9uc2Ftb3Vu\
dGF0dHJpYnV0aW9uS2V5c2F1dG9DYW5jZWxsYXRpb25SdWxlc2JpbGxpbmdDdXJyZW5jeWJpbGxp\
bmdJZGJpbGxpbmdQZXJpb2RjYW5jZWxsYXRpb25EYXRlY2hhbmdlZEJ5Y29uZmlnSWRjb25zdW1l\
ZEFtb3VudGNvbnN1bWVkUGVyY2VudGFnZWNvc3Rjb3Vwb25UeXBlY3JlYXRlZEF0Y3JlZGl0Q3Vy\
cmVuY3ljcm1JZGN1cnJlbmN5RGVzY3JpcHRpb25jdXJyZW5jeUlkY3VycmVuY3lOYW1lY3VycmVu\
Y3lVbml0c2N1cnJlbnRCYWxhbmNlY3VycmVudEJpbGxpbmdNb250aEVuZGN1cnJlbnRCaWxsaW5n\
TW9udGhTdGFydGN1cnJlbnRCaWxsaW5nUGVyaW9kRW5kY3VycmVudEJpbGxpbmdQZXJpb2RTdGFy\
dGN1cnJlbnRDaGFuZ2VjdXJyZW50U3BlbmRjdXJyZW50U3BlbmRQZXJjZW50YWdlY3VycmVudFVz\
YWdlZGVzY3JpcHRpb25kaXNjb3VudFZhbHVlZGlzcGxheU5hbWVlZmZlY3RpdmVBdGVtYWlsZW5k\
RGF0ZWVudGl0bGVtZW50c1VwZGF0ZWRBdGVudGl0eUlkZW50aXR5VHlwZWVudGl0eVR5cGVJZGVu\
dmlyb25tZW50SWRldmVudElkZXhjbHVkZUZyb21FeHBlcmltZW50ZXhwZXJpbWVudEluZm9leHBp\
cmVBdGZlYXR1cmVUeXBlZmVhdHVyZXNncmFudGdyYW50SWRncmFudFR5cGVoYXNTb2Z0TGltaXRo\
YXNVbmxpbWl0ZWRVc2FnZWlzRGVmYXVsdFByb2R1Y3Rpc0Rvd25ncmFkZWlzRW5hYmxlZGlzTGF0\
ZXN0aXNTb2Z0TGltaXRpc1RyaWFsU3Vic2NyaXB0aW9uaXNVcGdyYWRlaXNWaXNpYmxlbWF4U3Bl\
bmRMaW1pdG1ldGFkYXRhbWV0ZXJUeXBlb3JpZ2luYXRpbmdFdmVudElkcGFja2FnZUVudGl0bGVt\
ZW50c3BheW1lbnRDb2xsZWN0aW9ucGVyY2VudGFnZVVzZWRwZXJpb2RwcmljZXNwcmlvcml0eXBy\
b2R1Y3RJZHJlbWFpbmluZ0JhbGFuY2VyZW1haW5pbmdCYWxhbmNlUGVyY2VudGFnZXJlc2V0UGVy\
aW9kcmVzZXRQZXJpb2RDb25maWd1cmF0aW9ucmVzb3VyY2VyZXNvdXJjZUlkc3BlbmRMaW1pdHN0\
YXJ0RGF0ZXN0YXR1c3N1YnNjcmlwdGlvblVwZGF0ZVVzYWdlUmVzZXRCZWhhdmlvcnRocmVzaG9s\
ZHRocmVzaG9sZFBlcmNlbnRhZ2V0b3RhbENvbnN1bWVkdG90YWxHcmFudGVkdG90YWxTcGVudHRy\
aWFsRW5kRGF0ZXRyaWdnZXJ1bml0dW5pdExhYmVsdW5pdHN1cGRhdGVkQXR1c2FnZUxpbWl0dXNh\
Z2VQZXJpb2RBbmNob3J1c2FnZVBlcmlvZEVuZHVzYWdlUGVyaW9kU3RhcnR1c2FnZVVzZWRQZXJj\
ZW50YWdldmVuZG9ySWRlbnRpZmllcgAUNRAACQAAAB01EAATAAAAMDUQAAUAAAA1NRAABgAAADs1\
EAAGAAAAQTUQAA8AAABQNRAAFQAAAGU1EAAPAAAAdDUQAAkAAAB9NRAADQAAAIo1EAAQAAAAmjUQ\
AAkAAACjNRAACAAAAKs1EAAOAAAAuTUQABIAAADLNRAABAAAAM81EAAKAAAA2TUQAAkAAADiNRAA\
DgAAAPA1EAAFAAAA9TUQABMAAAAINhAACgAAABI2EAAMAAAAHjYQAA0AAAArNhAADgAAADk2EAAW\
AAAATzYQABgAAABnNhAAFwAAAH42EAAZAAAAlzYQAA0AAACkNhAADAAAALA2EAAWAAAAxjYQAAwA\
AAC8ExAACAAAAH8TEAAKAAAA0jYQAAsAAADdNhAADQAAAOo2EAALAAAA9TYQAAsAAAAANxAABQAA\
AAU3EAAHAAAAFCIQAAwAAAAMNxAAFQAAAGIiEAAGAAAAITcQAAgAAAApNxAACgAAADM3EAAMAAAA\
PzcQAA0AAAAVEhAABQAAAEw3EAAHAAAAUzcQABUAAABoNxAADgAAAHY3EAAIAAAAUyMQAAcAAAB+\
NxAACwAAAIk3EAAIAAAAkTcQAAUAAACWNxAABwAAAJ03EAAJAAAApjcQAAwAAACyNxAAEQAAAH0T\
EAACAAAAxBMQAAUAAADDNxAAEAAAANM3EAALAAAA3jcQAAkAAADnNxAACAAAAO83EAALAAAA+jcQ\
ABMAAAANOBAACQAAABY4EAAJAAAAHzgQAA0AAABkExAACQAAACw4EAAIAAAANDgQAAkAAABsGhAA\
BAAAAD04EAASAAAATzgQABMAAABiOBAAEQAAAHM4EAAOAAAAgTgQAAYAAACoJBAABAAAAIc4EAAG\
AAAAjTgQAAgAAACVOBAACQAAACgcEAAGAAAAnjgQABAAAACuOBAAGgAAAMg4EAALAAAA0zgQABgA\
AADrOBAACAAAAPM4EAAKAAAA/TgQAAoAAAAHORAACQAAABA5EAAGAAAAeCYQAAwAAAAWORAAJAAA\
ADo5EAAJAAAAQzkQABMAAAB0ExAACQAAAFY5EAANAAAAYzkQAAwAAABvORAACgAAAG0TEAAHAAAA\
eTkQAAwAAACFORAABwAAAGATEAAEAAAAjDkQAAQAAACQORAACQAAAJk5EAAFAAAAnjkQAAkAAACn\
ORAACgAAALE5EAARAAAAwjkQAA4AAADQORAAEAAAAOA5EAATAAAA8zkQABAAAABtHBAABwAAAAc5\
EAAJAAAAdHJpYWxfc3RhcnRfZGF0ZXk5EAAMAAAAdHJpYWxfZW5kX2RhdGV0cmlhbF9wbGFuX25h\
bWUAAABsGhAABAAAAGFjY291bnRfbmFtZQU3EAAHAAAAYW5hY3VzdG9tZXIuaWRpbnB1dC5jdXN0\
b21lcklkaWQgd2hlbiBlbnRpdHlUeXBlIGlzICJDVVNUT01FUiIAAGwaEAAEAAAAADcQAAUAAAB0\
NRAACQAAAPA1EAAFAAAALDgQAAgAAADZNRAACQAAAHN1YnNjcmlwdGlvblN0YXR1cwAAEDkQAAYA\
AAB9NRAADQAAAIA+EAASAAAAlD4QAAEAAAB9NRAADQAAAJw+EAABAAAAeTkQAAwAAADMPRAAAQAA\
AHN0aWdnVXBkYXRlZEF0AAECAwQAYBMQAAQAAABkExAACQAAAHQTEAAJAAAAfRMQAAIAAAC8ExAA\
CAAAAH0TEAACAAAAfxMQAAoAAADEExAABQAAAH8TEAAKAAAAKTcQAAoAQcj+wAALuwGoJBAABAAA\
AGwaEAAEAAAAqCQQAAQAAADqNhAACwAAAKgkEAAEAAAAfRMQAAIAAABwbGFuSWQAAHg/EAAGAAAA\
SD8QAAIAAABYPxAAAgAAAGg/EAACAAAAgD8QAAEAAAAsIAAAwwsQABAAAAAzAAAAGAAAALwTEAAI\
AAAAvBMQAAgAAAADIRAACQAAAAEhEAACAAAAAQEAAHgmEAAMAAAAeCYQAAwAAACEJhAADQAAAGkS\
EAABAAAAAAEBAEGMgMEACxXDIRAACwAAAM4hEAAMAAAAaRIQAAEAQbCAwQALORQiEAAMAAAAICIQ\
AA0AAABpEhAAAQAAAAAAAAByJRAAFwAAAIklEAAXAAAAoCUQABcAAABpEhAAAQBB+IDBAAsVXyQQ\
AAsAAABqJBAADAAAAGkSEAABAEGcgcEACzlNHhAADgAAAFseEAAPAAAASx4QAAIAAAAAAAAAuh4Q\
AAwAAADGHhAADAAAANIeEAANAAAA3x4QAAIAQeSBwQALFRkgEAAHAAAAICAQAAgAAABkFBAAAQBB\
iILBAAtZZh0QABIAAAB4HRAAEwAAAGQUEAABAAAAAAAAAM8oEAANAAAA3CgQAAQAAADgKBAABQAA\
AM4oEAABAAAAAAAAAKgkEAAEAAAAqCQQAAQAAACsJBAABQAAAAEAQeyCwQALGe4cEAAFAAAA8xwQ\
AAYAAAD5HBAABgAAAAEAQZCDwQALGVMjEAAHAAAAUyMQAAcAAABaIxAACAAAAAEAQbSDwQALGbwj\
EAANAAAAySMQAA0AAADWIxAADgAAAAEAQdiDwQALGf8kEAAHAAAA/yQQAAcAAAAGJRAACAAAAAEA\
QfyDwQALGeUdEAAGAAAA5R0QAAYAAADrHRAABwAAAAEAQaCEwQALGW0fEAALAAAAeB8QAAsAAACD\
HxAADAAAAAEAQcSEwQALGfwiEAALAAAAByMQAAsAAAASIxAADAAAAAEAQeiEwQALeWIiEAAGAAAA\
YiIQAAYAAABoIhAABwAAAGkSEAABAAAAAAAAAAECA2lzICJkcm9wImlzICJlcnJvciIAAGwaEAAE\
AAAAADcQAAUAAAB0NRAACQAAAPA1EAAFAAAALDgQAAgAAAAAAAAAaAAAAAQAAAApAAAAKgAAACsA\
QeyFwQALqQYBAAAALAAAAAAAAAABAAAAAgAAAAMAAAAEAAAABQAAAAYAAAAAAAAAAQAAAAIAAAAD\
AAAABAAAAAUAAAAGAAAABwAAABgIEAANAAAAMAAAAAwAAABHBxAADQAAAC4AAAAeAAAALBsQABUA\
AAB3ZWJob29rU2VjcmV0AAAAWEMQAA0AAABDVVNUT01FUnBDEAAIAAAAdGhlIGJvZHkgaGFzIG5v\
ICJ0eXBlIiBmaWVsZDsgZXZlcnkgU3RpZ2cgd2ViaG9vayBuYW1lcyBpdHMgdHlwZSwgc3VjaCBh\
cyAic3Vic2NyaXB0aW9uLmNyZWF0ZWQidGhlICJ0eXBlIiBmaWVsZCBpcyBlbXB0eTAAAAAAAAAB\
AAAAAAAAAFhDEAANAAAABAAAAAAAAABhIG5vbi1BU0NJSSBjaGFyYWN0ZXJhIGNvbnRyb2wgY2hh\
cmFjdGVyVQcQAA8AAACwAQAADQAAAFUHEAAPAAAAqwEAACgAAABVBxAADwAAAKwBAAA3AAAAVQcQ\
AA8AAACsAQAATwAAAFUHEAAPAAAArAEAABQAAABldmVudE5hbWVTdHlsZXNuYWtlX2Nhc2VPYmpl\
Y3QgQWN0aW9ub3JpZ2luYWxTZWdtZW50IFNwZWMAAACeRBAACgAAAKhEEAANAAAAtUQQAAgAAAC9\
RBAADAAAAGV2ZW50QWxsb3dsaXN0ZXZlbnREZW55bGlzdHJlZGFjdFByb3BlcnRpZXNpZGVudGlm\
eUN1c3RvbWVyc3RyaW0oRRAABAAAABUSEAAFAAAAbWVzc2FnZUlkTmFtZXNwYWNlZ3JvdXBDYWxs\
c3BsYW5UcmFpdHN3YXJlaG91c2VTYWZlUHJvcGVydGllcwAAAFhDEAANAAAAkEQQAA4AAAAAEhAA\
EQAAAOxEEAAOAAAA+kQQAA0AAAAHRRAAEAAAABdFEAARAAAA4xIQAA8AAAA8RRAAEgAAAE5FEAAK\
AAAAWEUQAAoAAABiRRAAFwAAAAAAAACeRBAACgAAAJBEEAAOAAAAzEQQAAQAAAAAAAAAERIQAAQA\
AAAAEhAAEQAAACQSEAADAAAAAgBBoIzBAAsR7EQQAA4AAAAEAAAAAAAAAAIAQbyMwQALEfpEEAAN\
AAAABAAAAAAAAAACAEHYjMEACxIHRRAAEAAAAAQAAAAAAAAAAQEAQfSMwQALCRdFEAARAAAABABB\
iI3BAAs1KEUQAAQAAADjEhAADwAAACxFEAACAAAAAAAAAAEAAAAAAAAAPEUQABIAAAAEAAAAAAAA\
AAEAQciNwQALEU5FEAAKAAAABAAAAAAAAAABAEHkjcEACxFYRRAACgAAAAQAAAAAAAAAAQBBgI7B\
AAu9EWJFEAAXAAAABAAAAAAAAAB0cnVlIG9yIGZhbHNlYW4gYXJyYXkgb2Ygc3RyaW5nc2QAAACI\
CBAAEAAAACgAAAA1AAAALQAAACAAAAAEAAAALgAAAC8AAAAwAAAAMQAAABAAAAAEAAAAMgAAAGlu\
dGVybmFsIGVycm9yOiBlbnRlcmVkIHVucmVhY2hhYmxlIGNvZGU6IHRoZSBmdWxsIHBhdGggYWx3\
YXlzIGhhcyB0aGUgYm9keQDzDRAACgAAADoAAAAfAAAAYW5vbnltb3VzX2lkbG9hZGVkX2F0b3Jp\
Z2luYWxfdGltZXN0YW1wcmVjZWl2ZWRfYXRzZW50X2F0dXNlcl9pZHV1aWR1dWlkX3RzAMhHEAAM\
AAAAfRMQAAIAAADURxAACQAAAN1HEAASAAAA70cQAAsAAAD6RxAABwAAAHQTEAAJAAAAAUgQAAcA\
AAAISBAABAAAAAxIEAAHAAAAgwoQABAAAABRAAAAEgAAAIMKEAAQAAAAVQAAABcAAABldmVudF90\
ZXh0AAAuHBAABQAAAIRIEAAKAAAAZ3JvdXBfaWSgSBAACAAAAFscEAAHAAAAY29udGV4dF8sOBAA\
CAAAALwTEAAIAAAALDgQAAgAAACoJBAABAAAACw4EAAIAAAAwEgQAAEAAADISBAAAgAAANhIEAAC\
AAAAQXR0ZW1wdGVkIHRvIGluaXRpYWxpemUgdGhyZWFkLWxvY2FsIHdoaWxlIGl0IGlzIGJlaW5n\
IGRyb3BwZWQAAHAHEABeAAAAawAAAA0AAAAGCRAATwAAAN8BAAAZAAAAbWlkID4gbGVuAAAA1AsQ\
AE0AAACCCgAAJQAAANQLEABNAAAA8gMAABwAAADUCxAATQAAAPMDAAAcAAAA1AsQAE0AAAD3AwAA\
IAAAANQLEABNAAAA9wMAACsAAAAjChAAXwAAAMYAAAAnAAAAdQYQAGAAAACgAQAALgAAAGFzc2Vy\
dGlvbiBmYWlsZWQ6IGlkeCA8IENBUEFDSVRZZwsQAFsAAACeAgAACQAAAGFzc2VydGlvbiBmYWls\
ZWQ6IGVkZ2UuaGVpZ2h0ID09IHNlbGYuaGVpZ2h0IC0gMWcLEABbAAAAtgIAAAkAAABnCxAAWwAA\
ALoCAAAJAAAAZwsQAFsAAADwAAAATQAAAGFzc2VydGlvbiBmYWlsZWQ6IHNyYy5sZW4oKSA9PSBk\
c3QubGVuKClnCxAAWwAAAFQHAAAFAAAAZwsQAFsAAADQBAAAIwAAAGcLEABbAAAAEwUAACQAAABh\
c3NlcnRpb24gZmFpbGVkOiBlZGdlLmhlaWdodCA9PSBzZWxmLm5vZGUuaGVpZ2h0IC0gMQAAAGcL\
EABbAAAAAwQAAAkAAAAjChAAXwAAAFgCAAAwAAAAzwcQAEgAAACxAAAAFgAAAGF0dGVtcHQgdG8g\
am9pbiBpbnRvIGNvbGxlY3Rpb24gd2l0aCBsZW4gPiB1c2l6ZTo6TUFYAAAAzwcQAEgAAACaAAAA\
CgAAAHMMEABMAAAArw8AAA0AAACuCRAAUAAAAEIAAAATAAAAAAAAAGfmCWqFrme7cvNuPDr1T6V/\
Ug5RjGgFm6vZgx8ZzeBbIjoAAAQAAAAJAAAACAAAAAgAAAAIAAAACQAAANgWEAB8FxAAhRcQAI0X\
EACVFxAAnRcQAAUAAAAHAAAABAAAAAYAAAAEAAAABQAAAAYAAAALAAAABwAAAAoAAAAGAAAACQAA\
AAkAAAAHAAAACwAAAAQAAAAHAAAABQAAAAcAAAAFAAAACAAAAAUAAAAFAAAABQAAAAQAAAALAAAA\
CAAAABgcEAAdHBAAJBwQACgcEABgExAALhwQADMcEAA5HBAARBwQAEscEABVHBAAZBMQAHQTEABb\
HBAAYhwQAGwaEABtHBAAdBwQAHkcEACAHBAAhRwQAI0cEAB0HBAAkhwQAJccEACbHBAAphwQABA+\
EAASPhAAED4QABI+EAAQPhAAEj4QABI+EAAQPhAAEj4QABI+EAAQPhAAAgAAAAEAAAACAAAAAQAA\
AAIAAAABAAAAAQAAAAIAAAABAAAAAQAAAAIAAAACAAAACwAAAAoAAAAQAAAAIAAAAH0TEAATPhAA\
fxMQAB4+EAAuPhAAAwAAAAQAAAAFAAAABgAAAAMAAAABAAAAAQAAAAEAAAABAAAAAgAAAAEAAAAC\
AAAAAQAAAOg+EADwPhAA+D4QAAA/EAAIPxAAGD8QACA/EAAwPxAAEwAAAA8AAAARAAAArhwQAMEc\
EADQHBAAY2xvc3VyZSBpbnZva2VkIHJlY3Vyc2l2ZWx5IG9yIGFmdGVyIGJlaW5nIGRyb3BwZWQA\
AFsNEABOAAAA+TsAAAEAAABfAAAAYAAAAGEAAABiAAAAVgkQAFcAAADIAAAALAAAAFYJEABXAAAA\
uwAAACAAAABUcmllZCB0byBzaHJpbmsgdG8gYSBsYXJnZXIgY2FwYWNpdHkiDBAAUAAAACwDAAAJ\
AAAAJggQAE4AAABxBwAAEQAAAGcAAAAMAAAABAAAAGgAAABpAAAAagAAAAAAAAAIAAAABAAAAGsA\
AABsAAAAbQAAAG4AAABvAAAAEAAAAAQAAABwAAAAcQAAAHIAAABzAAAAbV3L1ixQ62N4QaZXcRuL\
uRWiXFU0VQfUU3itgVHwo/dhc3NlcnRpb24gZmFpbGVkOiBwc2l6ZSA+PSBzaXplICsgbWluX292\
ZXJoZWFkAAAwDRAAKgAAALEEAAAJAAAAYXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPD0gc2l6ZSAr\
IG1heF9vdmVyaGVhZAAAMA0QACoAAAC3BAAADQAAAAAAAAAIAAAABAAAAHQAAABBY2Nlc3NFcnJv\
cgBnAAAADAAAAAQAAAB1AAAA77+9Y2FwYWNpdHkgb3ZlcmZsb3ciDBAAUAAAABwAAAAFAAAAdgAA\
AAwAAAAEAAAAdwAAAHgAAAB5AEHIn8EAC4ABAQAAAHoAAABhIGZvcm1hdHRpbmcgdHJhaXQgaW1w\
bGVtZW50YXRpb24gcmV0dXJuZWQgYW4gZXJyb3Igd2hlbiB0aGUgdW5kZXJseWluZyBzdHJlYW0g\
ZGlkIG5vdAAA8wYQAEgAAACPAgAADgAAAEVycm9yAgICAgICAgICAgIAQeWgwQALCAICAAAAAAAC\
AEGcocEACwECAEHCocEACwEBAEHdocEACwEBAEG+osEAC6QJcAAHAC0BAQECAQIBAUgLMBUQAWUH\
AgYCAgEEIwEeG1sLOgkJARgEAQkBAwEFKwM7CSoYASA3AQEBBAgEAQMHCgIdAToBAQECBAgBCQEK\
AhoBAgI5AQQCBAICAwMBHgIDAQsCOQEEBQECBAEUAhYGAQE6AQECAQQIAQcDCgIeATsBAQEMAQkB\
KAEDATcBAQMFAwEEBwILAh0BOgECAgEBAwMBBAcCCwIcAjkCAQECBAgBCQEKAh0BSAEEAQIDAQEI\
AVEBAgcMCGIBAgkLB0kCGwEBAQEBNw4BBQECBQsBJAkBZgQBBgECAgIZAgQDEAQNAQICBgEPAQAD\
AAQcAx0CHgJAAgEHCAECCwkBLQMBAXUCIgF2AwQCCQEGA9sCAgE6AQEHAQEBAQIIBgoCATAuAgwU\
BDAKBAMmCQwCIAQCBjgBAQIDAQEFOAgCApgDAQ0BBwQBBgEDAsZAAAHDIQADjQFgIAAGaQIABAEK\
IAJQAgABAwEEARkCBQGXAhoSDQEmCBkLAQEsAzABAgQCAgIBJAFDBgICAgIMAQgBLwEzAQEDAgIF\
AgEBKgIIAe4BAgEEAQABABAQEAACAAHiAZUFAAMBAgUEKAMEAaUCAARBBQACTQZGCzEEewE2DykB\
AgIKAzEEAgIHAT0DJAUBCD4BDAI0CQEBCAQCAV8DAgQGAQIBnQEDCBUCOQIBAQEBDAEJAQ4HAwVD\
AQIGAQECAQEDBAMBAQ4CVQgCAwEBFwFRAQIGAQECAQECAQLrAQIEBgIBAhsCVQgCAQECagEBAQII\
ZQEBAQIEAQUACQEC9QEKBAQBkAQCAgQBIAooBgIECAEJBgIDLg0BAsYBAQMBAckHAQYBAVIWAgcB\
AgECegYDAQECAQcBAUgCAwEBAQACCwI0BQUDFwEAAQYPAAwDAwAFOwcAAT8EUQELAgACAC4CFwAF\
AwYICAIHHgSUAwA3BDIIAQ4BFgUBDwAHARECBwECAQVkAaAHAAE9BAAE/gLzAQIBBwIFAQAHbQcA\
YIDwADAxMjM0NTY3ODlhYmNkZWYAAAAABAAAAAQAAACCAAAAfSB9Wy4uLl1jYWxsZWQgYE9wdGlv\
bjo6dW53cmFwKClgIG9uIGEgYE5vbmVgIHZhbHVlPT0hPW1hdGNoZXMwMDAxMDIwMzA0MDUwNjA3\
MDgwOTEwMTExMjEzMTQxNTE2MTcxODE5MjAyMTIyMjMyNDI1MjYyNzI4MjkzMDMxMzIzMzM0MzUz\
NjM3MzgzOTQwNDE0MjQzNDQ0NTQ2NDc0ODQ5NTA1MTUyNTM1NDU1NTY1NzU4NTk2MDYxNjI2MzY0\
NjU2NjY3Njg2OTcwNzE3MjczNzQ3NTc2Nzc3ODc5ODA4MTgyODM4NDg1ODY4Nzg4ODk5MDkxOTI5\
Mzk0OTU5Njk3OTg5OQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\
AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\
AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEGkrMEACzMCAgICAgICAgICAgICAgICAgICAgIC\
AgICAgICAgIDAwMDAwMDAwMDAwMDAwMDBAQEBAQAQeOswQAL1g0GAQEDAQQCBQcHAggICQIKBQsC\
DgQQARECEgUTHBQBFQIXAhkNHAUdCB8BJAFqBGsCbgKvA7ECvALPAtEC1AzVCdYC1wLaAeAF4QLm\
AecE6ALuIPAE+AL6BfsBDCc7Pk5Pj56en3uLk5aisrqGsQYHCTY9Plbz0NEEFBg2N1ZXf6qur701\
4BKHiY6eBA0OERIpMTQ6RUZJSk5PZGWKjI2PtsHDxMbL1ly2txscBwgKCxQXNjk6qKnY2Qk3kJGo\
Bwo7PmZpj5IRb1+/7u9aYrm69Pz/U1Samy4vJyhVnaCho6SnqK26vMQGCwwVHTo/RVGmp8zNoAcZ\
GiIlPj/f5+zv/8XGBCAjJSYoMzg6SEpMUFNVVlhaXF5gY2Vma3N4fX+KpKqvsMDQrq9ub8fd3pNe\
InsFAwQtA2YDAS8ugIIdAzEPHAQkCR4FKwVEBA4qgKoGJAQkBCgINAtOAzQMgTcJFgoIGDtFOQNj\
CAkwFgUhAxsFGyY4BEsFLwQKBwkHQCAnBAwJNgM6BRoHBAwHUEk3Mw0zBy4ICgYmAx0IAoDQUhAG\
CAkhLggqFhomHBQXCU4EJAlEDRkHCgZICCcJdQtCPioGOwUKBlEGAQUQAwULWQgCHWIeSAgKgKZe\
IkULCgYNEzoGCgYUHCwEF4C5PGRTDEgJCkZFG0gIUw1JBwpWCFgiDgoGRgodA0dJNwMOCAoGOQcK\
BiwECoD2GQc7Ax1VAQ8yDYObZnULgMSKTGMNhDAQFgqPmwWCR5q5OobGgjkHKgRcBiYKRgooBROB\
sDqAxlsFNCxLBDkHEUAFCwcJnNYpIGFzof2BMw8BHQYOBAiBjIkEawUNAwkHEI9ggP0DgbQGFw8R\
D0cJdDyA9gpzCHAVRnoUDBQMVwkZgIeBRwOFQg8VhFAfBgaA1SsFPiEBcC0DGgQCgUAfEToFAYHQ\
KoDWKwQBgMA2CAKA4ID3KUwECgQCgxFETD2AwjwGAQRVBRs0AoEOLARkDFYKgK44HQ0sBAkHAg4G\
gJqD2QMRAw0DgNoGDAQBDwwEOAgKBigILAQCDgkngVgIHQMLAzsEHgQKB4D7hAUAAQMFBQYGAgcG\
CAcJEQocCxkMGQ0QDgwPBBADEhITCRYBFwQYARkDGgkbARwCHxYgAysCLQsuATAEMQIyAakCqgSr\
CPoC+wX+A/8JrXh5i42iMFdYi4yQHN0OD0tM+/wuLz9cXV/ihI2OkZKpsbq7xcbJyt7k5f8ABBES\
KTE0Nzo7PUlKXYSOkqmxtLq7xsrOz+TlAAQNDhESKTE0OjtFRklKXmRlhJGbncnOzw0RKTo7RUlX\
W15fZGWNkam0urvFyd/k5fANEUVJZGWAhLK8vr/V1/Dxg4WLpKa+v8XHz9rbSJi9zcbOz0lOT1dZ\
Xl+Jjo+xtre/wcbH1xEWF1tc9vf+/4Btcd7fDh9ubxwdX31+rq/e3027vBYXHh9GR05PWFpcXn5/\
tcXU1dzw8fVyc490dSYuL6evt7/Hz9ffmgBAl5gwjx/O/05PWlsHCA8QJy/u725vNz0/QkVTZ3XI\
ydDR2Nnn/v8AIF8igt8EgkQIGwQGEYGsDoCrBSAHgRwDGQgBBC8ENAQHAwEHBgcRClAPEgdVBwME\
HAoJAwgDBwMCAwMDDAQFAwsGAQ4VBU4HGwdXBwIFGAxQBEMDLQMBBBEGDww6BB0lXyBtBGolgMgF\
grADGgaC/QNZBxYJGAkUDBQMagYKBhoGWQcrBUYKLAQMBAEDMQssBBoGCwOArAYKBkwUgPQIPAMP\
Az4FOAgrBYL/ERgILxEtAyIOIQ+AjASCmhYLFYiUBS8FOwcCDhgJgL4idAyA1hqBEAWA4QnyngM3\
CYFcFIC4CIDdFDwDCgY4CEYIDAZ0Cx4DWgRZCYCDGBwKFglMBICKBqukDBcEMaEEgdomBwwFBYKz\
ICoGTASAjQSAvgMbAw8NAACyChAAVQAAAAoAAAArAAAAsgoQAFUAAAAaAAAANgAAAGF0dGVtcHQg\
dG8gZGl2aWRlIGJ5IHplcm8AAAAAAwAAgwQgAJEFYABdE6AAEhcgHwwgYB/vLGArKjDgK2+moCwC\
qCAtHvsgLgD+YDae/6A2/QEhNwEKYTckDSE4qw6hOS8YITrzHiFLQDShUx5h4VTwamFVT2/hVZ28\
YVYAz2FXZdGhVwDaIVgA4KFZruIhW+zk4VzQ6GFdIADuXvABf18uLjB4MDEyMzQ1Njc4OUFCQ0RF\
RlJlZkNlbGwgYWxyZWFkeSBtdXRhYmx5IGJvcnJvd2VkUmVmQ2VsbCBhbHJlYWR5IGJvcnJvd2Vk\
j1QQAJFUEACTVBAAAgAAAAIAAAAHAEHDusEACwGAAEGQu8EACwFkAEGcu8EACwEEAJQBD3Rhcmdl\
dF9mZWF0dXJlcwgrD211dGFibGUtZ2xvYmFscysTbm9udHJhcHBpbmctZnB0b2ludCsLYnVsay1t\
ZW1vcnkrCHNpZ24tZXh0Kw9yZWZlcmVuY2UtdHlwZXMrCm11bHRpdmFsdWUrD2J1bGstbWVtb3J5\
LW9wdCsWY2FsbC1pbmRpcmVjdC1vdmVybG9uZw==\
';
}
