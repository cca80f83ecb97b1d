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
//   136358 bytes, SHA-256 476d2b336a7bc81d7b339fdcbd655fd4c560a78ab0533508370baf9b77178aea
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
ZW5lcmljXzAwMDAwMDAwMDAwMDAwMDIADgO2A7QDBQEABwEDAQABBwMIAgYKAQoBAAQAAQgJAQED\
AAEBAQAGAQEBAwEHAAEABgEAAQEGAAMGAwMGBxQMAAYBAQoGAwYFCAcAAAAAFQEAAQEACAkHAAAB\
AAMEBgcBBgEIBwEHBQEJAAMDARYGAAkAAAYEBAEGAAcXAAABGAABAAMAAQYAGRobAQAAAQECAQAA\
AAEJAAYCAAoCCAABBgAABAACAQIEAAABAQcBBAYBAQAAARwdHgcBCAQCAAAEHyAhBgABCAAFAQIC\
BQIEAwYHBgUABwABCQQABQMBAAEDAAcJBwAAAQgAAgABAgUBCwUJAAYHAAUDAQMKAAABBAIBBggH\
BwACAyIFBQMEBAQLAgIDAAAAIwcFAAcDBAQEBAQEAgICAQECAyQNAgIDBAAEAgEAAAAAAgMCAwgA\
AQICCAABAAIBAgAABQMCAwABAwICAwMMDAEDAwMCAwIFAgICAQAABAYBAQcDAwEAAwQABQICAAIB\
AAMDAwQDAwEBBAQCAgUCAgICAgICAgEBAgICAgICAQICAgICBAUDAAAAAAMDAwQFAgICACUAAAIC\
BQUFBAsICAAGJgQLAnABgwGDAW8AhAgFAwEAEQYZA38BQYCAwAALfwBB+LrBAAt/AEG4u8EACwen\
Ag8GbWVtb3J5AgAJY29uZmlndXJlAK0CDGRlY2lkZUZpZWxkcwCuAglmaWVsZEFyZWEAmgINdHJh\
bnNmb3JtQm9keQCMAg9fX2Fib3J0X2hhbmRsZXIDARVfX2luc3RhbmNlX3Rlcm1pbmF0ZWQDAhRf\
X3diaW5kZ2VuX2V4bl9zdG9yZQDkAhdfX2V4dGVybnJlZl90YWJsZV9hbGxvYwBBFV9fd2JpbmRn\
ZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jANIBEl9fd2JpbmRnZW5fcmVhbGxvYwDr\
AQ9fX3diaW5kZ2VuX2ZyZWUA5QIZX19leHRlcm5yZWZfdGFibGVfZGVhbGxvYwCSARBfX3diaW5k\
Z2VuX3N0YXJ0AAYJ6QEBAEEBC4IBOvwC7gKSAl+RAoICsQORA7MD+QJ5JbQDkALRAZADtAOsA6oD\
qwOtA5gDcrUDzQKbA8ICxwGXAuoCiQKcA5kDmgOdA8EBmALrAtcBVLYDV7QD9gJkngNlsgPLAYgB\
B5MBwgHCAYgBiAFovQFovQFoaJ8BaGhoiAFraJ0BigFrnQHDAbgBnQHEAZ0BaIsBnQGMAWhruQHF\
AZ0BaGtrugFogQGZAooCpwKoAgi3A68DiwLPAqoBPIMD+wLhAfoCowPKAv0BU4IBsAPnAuYCzwKx\
AT2EA6UD7QLbAv0CI26mA6cDSAwBcwrZ5ga0A9MlAgl/AX4jAEEQayIIJAACQAJAAkAgAEH1AU8E\
QCAAQcz/e0sEQEEAIQAMBAsgAEELaiIBQXhxIQVB9L7BACgCACIJRQ0CQR8hBiAAQfX//wdPDQEg\
BUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEGDAELAkACQAJAAkACQEHwvsEAKAIAIgRBECAAQQtq\
QfgDcSAAQQtJGyIFQQN2IgB2IgFBA3EEQCABQX9zQQFxIABqIgdBA3QiAUHovMEAaiIAIAFB8LzB\
AGooAgAiAigCCCIDRg0BIAMgADYCDCAAIAM2AggMAgsgBUH4vsEAKAIATQ0GIAENAkH0vsEAKAIA\
IgBFDQYgAGhBAnRB2LvBAGooAgAiASgCBEF4cSAFayEDIAEhAgNAAkAgASgCECIADQAgASgCFCIA\
DQAgAigCGCEGAkACQCACIAIoAgwiAEYEQCACQRRBECACKAIUIgAbaigCACIBDQFBACEADAILIAIo\
AggiASAANgIMIAAgATYCCAwBCyACQRRqIAJBEGogABshBANAIAQhByABIgBBFGogAEEQaiAAKAIU\
IgEbIQQgAEEUQRAgARtqKAIAIgENAAsgB0EANgIACyAGRQ0GAkAgAigCHEECdEHYu8EAaiIBKAIA\
IAJHBEAgAiAGKAIQRwRAIAYgADYCFCAADQIMCQsgBiAANgIQIAANAQwICyABIAA2AgAgAEUNBgsg\
ACAGNgIYIAIoAhAiAQRAIAAgATYCECABIAA2AhgLIAIoAhQiAUUNBiAAIAE2AhQgASAANgIYDAYL\
IAAoAgRBeHEgBWsiASADIAEgA0kiARshAyAAIAIgARshAiAAIQEMAAsAC0HwvsEAIARBfiAHd3E2\
AgALIAJBCGohACACIAFBA3I2AgQgASACaiIBIAEoAgRBAXI2AgQMBQsCQEECIAB0IgJBACACa3Ig\
ASAAdHFoIgdBA3QiAUHovMEAaiICIAFB8LzBAGooAgAiACgCCCIDRwRAIAMgAjYCDCACIAM2AggM\
AQtB8L7BACAEQX4gB3dxNgIACyAAIAVBA3I2AgQgACAFaiIGIAEgBWsiB0EBcjYCBCAAIAFqIAc2\
AgBB+L7BACgCACICBEBBgL/BACgCACEBAkBB8L7BACgCACIEQQEgAkEDdnQiA3FFBEBB8L7BACAD\
IARyNgIAIAJBeHFB6LzBAGoiAyEEDAELIAJBeHEiAkHovMEAaiEEIAJB8LzBAGooAgAhAwsgBCAB\
NgIIIAMgATYCDCABIAQ2AgwgASADNgIICyAAQQhqIQBBgL/BACAGNgIAQfi+wQAgBzYCAAwEC0H0\
vsEAQfS+wQAoAgBBfiACKAIcd3E2AgALAkACQCADQRBPBEAgAiAFQQNyNgIEIAIgBWoiByADQQFy\
NgIEIAMgB2ogAzYCAEH4vsEAKAIAIgFFDQFBgL/BACgCACEAAkBB8L7BACgCACIEQQEgAUEDdnQi\
BnFFBEBB8L7BACAEIAZyNgIAIAFBeHFB6LzBAGoiBCEBDAELIAFBeHEiBEHovMEAaiEBIARB8LzB\
AGooAgAhBAsgASAANgIIIAQgADYCDCAAIAE2AgwgACAENgIIDAELIAIgAyAFaiIAQQNyNgIEIAAg\
AmoiACAAKAIEQQFyNgIEDAELQYC/wQAgBzYCAEH4vsEAIAM2AgALIAJBCGoiAEUNAQwCC0EAIAVr\
IQMCQAJAAkAgBkECdEHYu8EAaigCACICRQRAQQAhAUEAIQAMAQtBACEBIAVBGSAGQQF2a0EAIAZB\
H0cbdCEEQQAhAANAAkAgAigCBEF4cSIHIAVJDQAgByAFayIHIANPDQAgAiEBIAciAw0AQQAhAyAB\
IQAMAwsgAigCFCIHIAAgByACIARBHXZBBHFqKAIQIgJHGyAAIAcbIQAgBEEBdCEEIAINAAsLIAAg\
AXJFBEBBACEBQQIgBnQiAEEAIABrciAJcSIARQ0DIABoQQJ0Qdi7wQBqKAIAIQALIABFDQELA0Ag\
AyAAKAIEQXhxIgIgBWsiBCADIAMgBEsiBBsgAiAFSSICGyEDIAEgACABIAQbIAIbIQEgACgCECIC\
BH8gAgUgACgCFAsiAA0ACwsgAUUNACAFQfi+wQAoAgAiAE0gAyAAIAVrT3ENACABKAIYIQYCQAJA\
IAEgASgCDCIARgRAIAFBFEEQIAEoAhQiABtqKAIAIgINAUEAIQAMAgsgASgCCCICIAA2AgwgACAC\
NgIIDAELIAFBFGogAUEQaiAAGyEEA0AgBCEHIAIiAEEUaiAAQRBqIAAoAhQiAhshBCAAQRRBECAC\
G2ooAgAiAg0ACyAHQQA2AgALAkAgBkUNAAJAAkAgASgCHEECdEHYu8EAaiICKAIAIAFHBEAgASAG\
KAIQRwRAIAYgADYCFCAADQIMBAsgBiAANgIQIAANAQwDCyACIAA2AgAgAEUNAQsgACAGNgIYIAEo\
AhAiAgRAIAAgAjYCECACIAA2AhgLIAEoAhQiAkUNASAAIAI2AhQgAiAANgIYDAELQfS+wQBB9L7B\
ACgCAEF+IAEoAhx3cTYCAAsCQCADQRBPBEAgASAFQQNyNgIEIAEgBWoiACADQQFyNgIEIAAgA2og\
AzYCACADQYACTwRAIAAgAxA1DAILAkBB8L7BACgCACICQQEgA0EDdnQiBHFFBEBB8L7BACACIARy\
NgIAIANB+AFxQei8wQBqIgMhAgwBCyADQfgBcSIEQei8wQBqIQIgBEHwvMEAaigCACEDCyACIAA2\
AgggAyAANgIMIAAgAjYCDCAAIAM2AggMAQsgASADIAVqIgBBA3I2AgQgACABaiIAIAAoAgRBAXI2\
AgQLIAFBCGoiAA0BCwJAAkACQAJAAkAgBUH4vsEAKAIAIgFLBEAgBUH8vsEAKAIAIgBPBEAgCEEE\
aiEAAn8gBUGvgARqQYCAfHEiAUEQdiABQf//A3FBAEdqIgFAACIEQX9GBEBBACEBQQAMAQsgAUEQ\
dCICQRBrIAIgBEEQdCIBQQAgAmtGGwshAiAAQQA2AgggACACNgIEIAAgATYCACAIKAIEIgFFBEBB\
ACEADAgLIAgoAgwhB0GIv8EAIAgoAggiBEGIv8EAKAIAaiIANgIAQYy/wQAgAEGMv8EAKAIAIgIg\
ACACSxs2AgACQAJAQYS/wQAoAgAiAgRAQdi8wQAhAANAIAEgACgCACIDIAAoAgQiBmpGDQIgACgC\
CCIADQALDAILQZS/wQAoAgAiAEEAIAAgAU0bRQRAQZS/wQAgATYCAAtBmL/BAEH/HzYCAEHkvMEA\
IAc2AgBB3LzBACAENgIAQdi8wQAgATYCAEH0vMEAQei8wQA2AgBB/LzBAEHwvMEANgIAQfC8wQBB\
6LzBADYCAEGEvcEAQfi8wQA2AgBB+LzBAEHwvMEANgIAQYy9wQBBgL3BADYCAEGAvcEAQfi8wQA2\
AgBBlL3BAEGIvcEANgIAQYi9wQBBgL3BADYCAEGcvcEAQZC9wQA2AgBBkL3BAEGIvcEANgIAQaS9\
wQBBmL3BADYCAEGYvcEAQZC9wQA2AgBBrL3BAEGgvcEANgIAQaC9wQBBmL3BADYCAEG0vcEAQai9\
wQA2AgBBqL3BAEGgvcEANgIAQbC9wQBBqL3BADYCAEG8vcEAQbC9wQA2AgBBuL3BAEGwvcEANgIA\
QcS9wQBBuL3BADYCAEHAvcEAQbi9wQA2AgBBzL3BAEHAvcEANgIAQci9wQBBwL3BADYCAEHUvcEA\
Qci9wQA2AgBB0L3BAEHIvcEANgIAQdy9wQBB0L3BADYCAEHYvcEAQdC9wQA2AgBB5L3BAEHYvcEA\
NgIAQeC9wQBB2L3BADYCAEHsvcEAQeC9wQA2AgBB6L3BAEHgvcEANgIAQfS9wQBB6L3BADYCAEH8\
vcEAQfC9wQA2AgBB8L3BAEHovcEANgIAQYS+wQBB+L3BADYCAEH4vcEAQfC9wQA2AgBBjL7BAEGA\
vsEANgIAQYC+wQBB+L3BADYCAEGUvsEAQYi+wQA2AgBBiL7BAEGAvsEANgIAQZy+wQBBkL7BADYC\
AEGQvsEAQYi+wQA2AgBBpL7BAEGYvsEANgIAQZi+wQBBkL7BADYCAEGsvsEAQaC+wQA2AgBBoL7B\
AEGYvsEANgIAQbS+wQBBqL7BADYCAEGovsEAQaC+wQA2AgBBvL7BAEGwvsEANgIAQbC+wQBBqL7B\
ADYCAEHEvsEAQbi+wQA2AgBBuL7BAEGwvsEANgIAQcy+wQBBwL7BADYCAEHAvsEAQbi+wQA2AgBB\
1L7BAEHIvsEANgIAQci+wQBBwL7BADYCAEHcvsEAQdC+wQA2AgBB0L7BAEHIvsEANgIAQeS+wQBB\
2L7BADYCAEHYvsEAQdC+wQA2AgBB7L7BAEHgvsEANgIAQeC+wQBB2L7BADYCAEGEv8EAIAFBD2pB\
eHEiAEEIayICNgIAQei+wQBB4L7BADYCAEH8vsEAIARBKGsiBCABIABrakEIaiIANgIAIAIgAEEB\
cjYCBCABIARqQSg2AgRBkL/BAEGAgIABNgIADAgLIAIgA0kgASACTXINACAAKAIMIgNBAXENACAD\
QQF2IAdGDQMLQZS/wQBBlL/BACgCACIAIAEgACABSRs2AgAgASAEaiEDQdi8wQAhAAJAAkADQCAD\
IAAoAgAiBkcEQCAAKAIIIgANAQwCCwsgACgCDCIDQQFxDQAgA0EBdiAHRg0BC0HYvMEAIQADQAJA\
IAIgACgCACIDTwRAIAIgAyAAKAIEaiIGSQ0BCyAAKAIIIQAMAQsLQYS/wQAgAUEPakF4cSIAQQhr\
IgM2AgBB/L7BACAEQShrIgkgASAAa2pBCGoiADYCACADIABBAXI2AgQgASAJakEoNgIEQZC/wQBB\
gICAATYCACACIAZBIGtBeHFBCGsiACAAIAJBEGpJGyIDQRs2AgRB2LzBACkCACEKIANBEGpB4LzB\
ACkCADcCACADQQhqIgAgCjcCAEHkvMEAIAc2AgBB3LzBACAENgIAQdi8wQAgATYCAEHgvMEAIAA2\
AgAgA0EcaiEAA0AgAEEHNgIAIABBBGoiACAGSQ0ACyACIANGDQcgAyADKAIEQX5xNgIEIAIgAyAC\
ayIAQQFyNgIEIAMgADYCACAAQYACTwRAIAIgABA1DAgLAkBB8L7BACgCACIBQQEgAEEDdnQiBHFF\
BEBB8L7BACABIARyNgIAIABB+AFxQei8wQBqIgAhAQwBCyAAQfgBcSIAQei8wQBqIQEgAEHwvMEA\
aigCACEACyABIAI2AgggACACNgIMIAIgATYCDCACIAA2AggMBwsgACABNgIAIAAgACgCBCAEajYC\
BCABQQ9qQXhxQQhrIgQgBUEDcjYCBCAGQQ9qQXhxQQhrIgMgBCAFaiIAayEFIANBhL/BACgCAEYN\
AyADQYC/wQAoAgBGDQQgAygCBCICQQNxQQFGBEAgAyACQXhxIgEQMCABIAVqIQUgASADaiIDKAIE\
IQILIAMgAkF+cTYCBCAAIAVBAXI2AgQgACAFaiAFNgIAIAVBgAJPBEAgACAFEDUMBgsCQEHwvsEA\
KAIAIgFBASAFQQN2dCICcUUEQEHwvsEAIAEgAnI2AgAgBUH4AXFB6LzBAGoiBSEDDAELIAVB+AFx\
IgFB6LzBAGohAyABQfC8wQBqKAIAIQULIAMgADYCCCAFIAA2AgwgACADNgIMIAAgBTYCCAwFC0H8\
vsEAIAAgBWsiATYCAEGEv8EAQYS/wQAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQg\
AEEIaiEADAYLQYC/wQAoAgAhAAJAIAEgBWsiAkEPTQRAQYC/wQBBADYCAEH4vsEAQQA2AgAgACAB\
QQNyNgIEIAAgAWoiASABKAIEQQFyNgIEDAELQfi+wQAgAjYCAEGAv8EAIAAgBWoiBDYCACAEIAJB\
AXI2AgQgACABaiACNgIAIAAgBUEDcjYCBAsgAEEIaiEADAULIAAgBCAGajYCBEGEv8EAQYS/wQAo\
AgAiAEEPakF4cSIBQQhrIgI2AgBB/L7BAEH8vsEAKAIAIARqIgQgACABa2pBCGoiATYCACACIAFB\
AXI2AgQgACAEakEoNgIEQZC/wQBBgICAATYCAAwDC0GEv8EAIAA2AgBB/L7BAEH8vsEAKAIAIAVq\
IgE2AgAgACABQQFyNgIEDAELQYC/wQAgADYCAEH4vsEAQfi+wQAoAgAgBWoiATYCACAAIAFBAXI2\
AgQgACABaiABNgIACyAEQQhqIQAMAQtBACEAQfy+wQAoAgAiASAFTQ0AQfy+wQAgASAFayIBNgIA\
QYS/wQBBhL/BACgCACIAIAVqIgI2AgAgAiABQQFyNgIEIAAgBUEDcjYCBCAAQQhqIQALIAhBEGok\
ACAAC+8dAh1/An4jAEHgA2siAyQAIANBDGpBAEHAAPwLACABIAJBBnRqIRggACgCHCEPIAAoAhgh\
ECAAKAIUIREgACgCECESIAAoAgwhEyAAKAIIIRQgACgCBCEVIAAoAgAhFgNAIAEgGEcEQCADQoCA\
gIDAADcCWCADIAE2AkwgA0HAADYCUCADIAFBQGsiGTYCVCADQcwAaiICKAIQIgdFBEBBwJzBABCG\
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
ACADQeADaiQAC8MbAgp/AX4jAEGQA2siAiQAIAIgASgCBCIDNgKoAiACIAMgASgCCEEcbGo2AqwC\
IAJBGGohAyMAQRBrIgUkACACQagCaiIEKAIAIQYgBCgCBCEHAkADQCAGIAdHBEAgBCAGQRxqNgIA\
IAUgBkEMaiIINgIMIAUgBkEIaigCADYCCCAFIAZBBGooAgAiBjYCBCAFQQRqQYiKwQBBDBClAQRA\
IAhBEGohBgwCBSADIAUpAgg3AgQgAyAGNgIADAMLAAsLIANBADYCAAsgBUEQaiQAAkAgAigCGCIH\
BEAgAiACKAIcIgs2AiQgAiAHNgIgIAJB6IrBADYCHCACQZCKwQA2AhggAkHoAWogAkEgakGIisEA\
ECICQAJAAkAgAigC7AFFDQAgAiACKALwATYCsAIgAiACKQLoATcDqAIjAEEgayIFJAAgAygCBCEB\
IAMoAgAhBiAFIAMpAgg3AgAgASAGRwRAIAEgBmtBA3YhCCAFQRRqIQEDQCABIAUgBhAiIAUgBCgC\
CDYCECAFIAQpAgA3AwggBCAFQQhqIgMgAQJ/IAMoAgAiCSABKAIAIgpHBEAgCSAKSyAJIApJawwB\
CyADQQRqIAFBBGoQ1wILwEEATBsiAygCCDYCCCAEIAMpAgA3AgAgBkEIaiEGIAhBAWsiCA0ACwsg\
AkHQAmoiASAEKAIINgIIIAEgBCkCADcCACAFQSBqJAAgAigC1AIiAUUNACACKALQAiACKALYAiID\
QQF2TQ0BCyACQRhqIgVBiIrBAEEMEBEgAkEDNgKsAiACIAU2AqgCIAJB6AFqQY6IwAAgAkGoAmoQ\
qgIMAQsgAkEYaiIFIAEgAxAqIAJBAzYCrAIgAiAFNgKoAiACQegBakHNnsAAIAJBqAJqEKoCCyAF\
EIoDIAJBqAJqIgEgByALECogAkEDNgIkIAJBAzYCHCACIAJB6AFqIgM2AiAgAiABNgIYIAJBjAJq\
Qa6IwAAgAkEYahCqAiABEIoDIAMQigMgAEKAgICACDcCACAAIAIpAoQCNwIIIAAgAikCjAI3AhAg\
ACACKAKUAjYCGCAAQQE6ABwMAQsgAkEYaiABQeyHwQAQhwEgAiACKQIcNwPoASACIAIoAiQ2AvAB\
AkACQCACKAIYIgZBAkcEQCACIAIoAjA2AsACIAIgAikCKDcCuAIgAiACKQPoATcCrAIgAiACKALw\
ATYCtAIMAQsgAiACKQPoATcD0AIgAiACKALwASIDNgLYAiACQRBqIAIoAtQCIAMQRSACIAIoAhAi\
AyACKAIUIgVqNgLsAiACIAM2AugCA0AgAkHoAmoQ9AEiBEEga0HfAEkNAAsgBEGAgMQARg0BIAJB\
E0EVIARBgAFJIgEbNgL4AiACQZ2IwQBBiIjBACABGzYC9AIgAkECNgIsIAJB0IbBADYCKCACQQI2\
AiQgAkECNgIcIAJB6IbBADYCGCACIAJB9AJqNgIgIAJB8AFqQdGcwAAgAkEYahCqAiACQQE6AMAC\
IAIgAikC6AE3AqwCIAIgAikC8AE3ArQCIAIgAigC+AE2ArwCIAJB0AJqEIoDQQAhBgsgACACKQK4\
AjcCFCAAIAIoAsACNgIcIAIgAikCrAIiDDcDgAMgAiACKAK0AiIBNgKIAyAAIAE2AhAgACAMNwII\
IAAgBjYCBCAAQYCAgIB4NgIADAELIAJBrAJqIAMgBRCXASACQdACahCKAyACIAIoArQCIgM2AogD\
IAIgAikCrAIiDDcDgAMgAiADNgJgIAIgDDcDWCACQagCaiABQciLwQAQKyACKAKwAiEDIAIoAqwC\
IQQgAigCqAIiBUECRwRAIAAgAikCvAI3AhggACACKQK0AjcCECAAIAM2AgwgACAENgIIIAAgBTYC\
BCAAQYCAgIB4NgIAIAJB2ABqEIoDDAELAn9BASAEIANB8orBAEENEL8CDQAaQQIgBCADQf+KwQBB\
CBC/Ag0AGkEDQQAgBCADQYeLwQBBDBC/AhsLIQkgAkGoAmogAUHki8EAECsgAigCsAIhAyACKAKs\
AiEEIAIoAqgCIgVBAkcEQCAAIAIpArwCNwIYIAAgAikCtAI3AhAgACADNgIMIAAgBDYCCCAAIAU2\
AgQgAEGAgICAeDYCACACQdgAahCKAwwBC0EBIQUgBCADQZWkwABBBRC/AkUEQEECQQAgBCADQZqk\
wABBCRC/AhshBQsgAkGoAmogAUGAjMEAECwgAiACKQKsAjcDeCACIAIoArQCNgKAASACKAKoAiID\
QQJHBEAgACACKALAAjYCHCAAIAIpArgCNwIUIAAgAigCgAE2AhAgACACKQN4NwIIIAAgAzYCBCAA\
QYCAgIB4NgIAIAJB2ABqEIoDDAELIAIgAikDeDcDaCACIAIoAoABNgJwIAJBqAJqIAFBnIzBABAs\
IAIgAikCrAI3A5gBIAIgAigCtAI2AqABIAIoAqgCIgNBAkcEQCAAIAIoAsACNgIcIAAgAikCuAI3\
AhQgACACKAKgATYCECAAIAIpA5gBNwIIIAAgAzYCBCAAQYCAgIB4NgIAIAJB6ABqEJUDIAJB2ABq\
EIoDDAELIAIgAikDmAE3A4gBIAIgAigCoAE2ApABIAJBqAJqIAFBuIzBABAsIAIgAikCrAI3A7gB\
IAIgAigCtAI2AsABIAIoAqgCIgNBAkcEQCAAIAIoAsACNgIcIAAgAikCuAI3AhQgACACKALAATYC\
ECAAIAIpA7gBNwIIIAAgAzYCBCAAQYCAgIB4NgIAIAJBiAFqEJUDIAJB6ABqEJUDIAJB2ABqEIoD\
DAELIAIgAikDuAE3A6gBIAIgAigCwAE2ArABIAJBqAJqIAFB1IzBABCtASACLQCsAiEHIAIoAqgC\
IgNBAkcEQCAAIAIpALwCNwAYIAAgAikAtQI3ABEgACACKQCtAjcACSAAIAc6AAggACADNgIEIABB\
gICAgHg2AgAgAkGoAWoQlQMgAkGIAWoQlQMgAkHoAGoQlQMgAkHYAGoQigMMAQsgAkGoAmogAUHw\
jMEAECsgAigCsAIhAyACKAKsAiEEIAIoAqgCIgZBAkcEQCAAIAIpArwCNwIYIAAgAikCtAI3AhAg\
ACADNgIMIAAgBDYCCCAAIAY2AgQgAEGAgICAeDYCACACQagBahCVAyACQYgBahCVAyACQegAahCV\
AyACQdgAahCKAwwBCyAEIANBlaTAAEEFEL8CIQogAkGoAmogAUGMjcEAEIcBIAIgAikCrAI3A9AC\
IAIgAigCtAI2AtgCAkACQAJAIAIoAqgCIgNBAkcEQCACIAIoAsACNgKAAiACIAIpArgCNwL4ASAC\
IAIpA9ACNwLsASACIAIoAtgCNgL0AQwBCyACIAIpA9ACNwOYAiACIAIoAtgCIgM2AqACIAJBCGog\
AigCnAIgAxBFIAIgAigCCCIDIAIoAgwiBmo2AswCIAIgAzYCyAICfwJAA0AgAkHIAmoQ9AEiBEGA\
gMQARg0BIARBLkYgBEHfAEZyIARBMGtBCkkgBEHf//8AcUHBAGtBGklycg0ACyACQegCaiIIIAMg\
BhAqIAJBADYCqAIgAiAEIAJBqAJqIgYQyAEgAkGAA2oiCyACKAIAIAIoAgQQlwEgAkH0AmoiAyAC\
KAKEAyACKAKIAxAqIAJBAzYCvAIgAkEDNgK0AiACQQI2AqwCIAJBmI3BADYCqAIgAiADNgK4AiAC\
IAg2ArACIAJB2AJqQd+ewAAgBhCqAiADEIoDIAsQigMgCBCKAyACQQA2AugBIAJBAToAgAIgAiAC\
KQLQAjcC7AEgAiACKQLYAjcC9AEgAiACKALgAjYC/AFBAAwBCyACQewBaiADIAYQlwFBAgshAyAC\
QZgCahCKAyAEQYCAxABGDQELIAAgAikC+AE3AhQgACACKAKAAjYCHCACIAIoAvQBIgE2AuABIAIg\
AikC7AEiDDcD2AEgACABNgIQIAAgDDcCCCAAIAM2AgQgAEGAgICAeDYCAAwBCyACIAIoAvQBIgM2\
AuABIAIgAikC7AEiDDcD2AEgAiAMNwPIASACIAM2AtABIAJBqAJqIAFBqI3BABCtASACLQCsAiED\
AkAgAigCqAIiBkECRwRAIAAgAikAvAI3ABggACACKQC1AjcAESAAIAIpAK0CNwAJDAELIAJBqAJq\
IAFBxI3BABCtASACLQCsAiEEIAIoAqgCIgZBAkcEQCAAIAIpALwCNwAYIAAgAikAtQI3ABEgACAC\
KQCtAjcACSAEIQMMAQsgAkGoAmogAUHgjcEAEK0BIAItAKwCIQEgAigCqAIiBkECRwRAIAAgAikA\
vAI3ABggACACKQC1AjcAESAAIAIpAK0CNwAJIAEhAwwBCyACIAIpA1g3AxggAiACKAJgNgIgIAIg\
AikDaDcCJCACIAIoAnA2AiwgAiACKQOIATcDMCACIAIoApABNgI4IAIgAikDqAE3AjwgAiACKAKw\
ATYCRCACIAIoAtABNgJQIAIgAikDyAE3A0ggACACQRhqQTz8CgAAIAAgCToAQiAAIAU6AEEgACAB\
OgBAIAAgBDoAPyAAIAM6AD4gACAKOgA9IAAgBzoAPAwCCyAAIAM6AAggACAGNgIEIABBgICAgHg2\
AgAgAkHIAWoQigMLIAJBqAFqEJUDIAJBiAFqEJUDIAJB6ABqEJUDIAJB2ABqEIoDCyACQZADaiQA\
C4ZDAhl/AX4jAEGQA2siBSQAIAVBiAJqIQkgASgCBCEQIAEoAgghDyACKAIQIQ4gAigCFCEIIAIo\
AhwhByACKAIgIQojAEEwayIGJAACQAJAIAgEQCAIQQxsIQgDQCAIRQ0CIAhBDGshCCAOKAIIIQsg\
DigCBCAOQQxqIQ4gCyAQIA8QS0UNAAsLIApBDGwhDgJAA0AgDkUNASAOQQxrIQ4gBygCCCEIIAco\
AgQhCiAHQQxqIQcgCiAIIBAgDxBLRQ0ACyAGQQhqIg4gECAPECogBkEUaiIHIAogCBAqIAZBAzYC\
LCAGQQM2AiQgBiAHNgIoIAYgDjYCICAJQeqFwAAgBkEgahCqAiAHEIoDIA4QigMMAgsgCUGAgICA\
eDYCAAwBCyAGQSBqIg4gECAPECogBkEDNgIYIAYgDjYCFCAJQYqLwAAgBkEUahCqAiAOEIoDCyAG\
QTBqJAACQCAFKAKIAkGAgICAeEcEQCAAIAUoApACNgIYIAAgBSkCiAI3AhAgAEEBOgAcIABCBDcC\
CCAAQgA3AgAMAQsgBUEcaiEMIwBBMGsiCCQAIAhBj4XBADYCDCAIQYyFwQA2AgggCCABKAIMIgY2\
AhggCCABKAIQIg42AhQgCCAGNgIQIAggBiAOajYCHCAIQSBqIQsjAEEgayIHJAAgByABIg42AgwC\
QCAIQQhqIgooAhAEQCAHQRBqIQ0gB0EMaiEUIwBBEGsiCSQAIApBEGoiEygCACEGIBMoAgQhEQNA\
AkACQAJAIAYgEUYEQEGAgICAeCEGDAELIBMgBkEBaiIBNgIAIAkgFCAGLQAAECcgCSgCACIGQYCA\
gIB4Rg0BIA0gCSgCDDYCDCANIAkpAgQ3AgQLIA0gBjYCACAJQRBqJAAMAQsgASEGDAELCyAHKAIQ\
IgZBgICAgHhHBEAgCyAHKAIcNgIMIAsgBykCFDcCBAwCCyATQQA2AgALAkAgCigCAEUNACAHQRBq\
IQ0jAEEgayIJJAAgCSAONgIIIAkgCkEIaiITNgIEIAooAgAhBiAKKAIEIRQgCUEIaiERA0ACQAJA\
AkAgBiAURgRAQYCAgIB4IQYMAQsgCiAGQQFqIgE2AgAgCSAGLQAAIgY6AB8gEyAJQR9qEN0CRQ0B\
IAlBDGogESAGECcgCSgCDCIGQYCAgIB4Rg0BIA0gCSgCGDYCDCANIAkpAhA3AgQLIA0gBjYCACAJ\
QSBqJAAMAQsgASEGDAELCyAHKAIQIgZBgICAgHhGDQAgCyAHKAIcNgIMIAsgBykCFDcCBAwBC0GA\
gICAeCEGCyALIAY2AgAgB0EgaiQAAkAgCCgCIEGAgICAeEcEQCAMIAgpAig3AgggDCAIKQIgNwIA\
DAELIAxBgICAgHg2AgALIAhBMGokAAJAAkACfwJAAkACQAJAAkACQAJAAkAgBSgCHEGAgICAeEcN\
ACACLQBBQQFrDgICAAELIAVBhANqIQYjAEEgayIBJAAgAUEQaiIIIA4oAiBBASAOKAIkKAIMEQEA\
AkAgAS0AECIHQQNHBEAgBkGAgICAeDYCACAHQQZGDQEgCBDtAQwBCyABQQhqIAEoAhggASgCHBBF\
IAEoAgxFBEAgBkGAgICAeDYCACABQRRqEIoDDAELIAYgASgCHDYCCCAGIAEpAhQ3AgALIAFBIGok\
ACAFKAKEA0GAgICAeEYNAiAFIAUpAoQDNwOgASAFIAUoAowDIgc2AqgBIAVBiAJqIQkgBSgCpAEh\
CiMAQSBrIggkAAJAAkAgB0HVAE0EQCAIIAo2AgwgCCAHIApqNgIQIAhBDGoiCygCACEBIAsoAgQh\
DANAIAwgASIGRwRAIAsgAUEBaiIBNgIAIAYtAABB/wBrQf8BcUGhAUsNAQsLIAYgDEYNAQsgCEEM\
aiIBIAogBxCDASAIQQM2AhwgCCABNgIYIAlBjYHAACAIQRhqEKoCIAEQigMMAQsgCSAKIAcQlwEL\
IAlBADYCFCAJQoCAgIAQNwIMIAhBIGokACAFQaABahCKAwwDCyAAQRBqIA5Bj4XBAEEJEDsgAEEA\
OgAcIABCBDcCCCAAQgA3AgAMCAsgBUGQAmogDkGYhcEAQQoQOyAAQgE3AgAgAEECOgAcIAAgBSkC\
iAI3AgggACAFKQKQAjcCECAAIAUoApgCNgIYDAcLIAMgBCgCDBEFACIGRQ0BIwBBkAJrIgEkACAB\
QTBqQQBBwQD8CwAgAUIANwMoIAFBmJfBACkDADcDICABQZCXwQApAwA3AxggAUGIl8EAKQMANwMQ\
IAFBgJfBACkDADcDCCABQQhqIghBgLPAACAGQQEQMyABQZgBaiIGIAhB8AD8CgAAIAFB+ABqIggg\
BhAdIAYgCBBaIAFBAzYCjAIgASAGNgKIAiAFQYgCaiIIQcqDwAAgAUGIAmoQqgIgBhCKAyAIQQA2\
AhQgCEKAgICAEDcCDCABQZACaiQACyAFQSxqIQYgBUGIAmohByACKAI0IQggAigCOCEJIwBBMGsi\
ASQAAkAgCCAIIAlqELwCQRlPBEAgAUEcaiIKIAggCRCDASABQRAgASgCICABKAIkQfSpwAAQuwEg\
ASABKQMANwIUIAFBAjYCLCABIAFBFGo2AiggAUEIakGNgcAAIAFBKGoQqgIgChCKAwwBCyABQQhq\
IAggCRCXAQsgBiABKQIINwIMIAYgASgCEDYCFCAGIAcoAgg2AgggBiAHKQIANwIAIAdBDGoQigMg\
AUEwaiQAIAIoAigiCiEHIAIoAiwiCyAOKAIgIRQgDigCJCIZIQkjAEEwayIIJABBDGwhBiAJKAIQ\
IQwDQCAGIgEEQCAIQQhqIgYgBygCBCINIAcoAggiExDGAiAIIAYQUCABQQxrIQYgB0EMaiEHIBQg\
CCgCACIJIA0gCRsgCCgCBCATIAkbIAwRBABFDQELCyAIQTBqJAAgAUEARyEIQQIhBwJAIAItAEIi\
GkEDRw0AIA4oAhQiAUUNACABLQAkIQcLAkAgBSgCHEGAgICAeEYNACACLQA8IA4tABwCf0EAIAIt\
AD9BAUcNABpBACAOKAIYIglFDQAaIAktACILIRJxIRsgAi0APkEBRw0AIA4tAB0hFQtBASEGIAgg\
B0ECR3JFBEBBASETQQAhAUEAIBIgAi0AQCIGciAVckEBcUUNBBoLIAMgBCgCDBEFACIBBEBBACET\
IAgNAgwDCyAAQoCAgICAgICAgH83AgAMBAsgAEKAgICAgICAgIB/NwIADAQLIwBBQGoiBCQAIAtB\
DGwhCANAIAgEQCAEQRhqIgsgCigCBCAKKAIIEMYCIARBDGohCSMAQdAAayIDJAAgA0EQaiALEFAC\
QCADKAIQIg0EQCADKAIUIREgA0EIakEEQQRBCBCyASADKAIIIRYgAygCDCIMIBE2AgQgDCANNgIA\
IANBATYCJCADIAw2AiAgAyAWNgIcIANBKGoiESALQSj8CgAAIANBHGohCyMAQRBrIgwkAANAAkAg\
DEEIaiAREFAgDCgCCCIWRQ0AIAwoAgwhFyALKAIIIg0gCygCAEYEQCALQQEQugILIAsoAgQgDUED\
dGoiGCAXNgIEIBggFjYCACALIA1BAWo2AggMAQsLIAxBEGokACAJIAMoAiQ2AgggCSADKQIcNwIA\
DAELIAlBADYCCCAJQoCAgIDAADcCAAsgA0HQAGokACABIAQoAhAgBCgCFBCoASAIQQxrIQggCkEM\
aiEKIAkQiQMMAQsLIARBQGskAAsgBgshFyAFQcQAaiEJIwBBEGsiCCQAIAggDigCIEECIA4oAiQo\
AgwRAQACQAJAAkACQCAILQAAIgRBA0YEQCAIKAIIIQQgCCgCDCERQQAhC0EAIQYjAEHgAGsiAyQA\
IANBADYCXCADIBE2AlggAyAENgJUIANByABqIANB1ABqIgRBBBCAAQJAIAMoAkhBAXFFDQAgAygC\
TCEMIARBLRDfAUUNACADQUBrIARBAhCAASADKAJAQQFxRQ0AIAMoAkQhCiAEQS0Q3wFFDQAgA0E4\
aiAEQQIQgAEgAygCOEEBcUUgCkEBa0ELS3INACADKAI8Ig1FDQBBHyEEAkAgCkELSw0AQQEgCnRB\
0BRxRQRAIApBAkcNASAMQQNxRQRAQR0hBCAMQZADcEUgDEHkAHByDQILQRwhBAwBC0EeIQQLIAQg\
DUkNACADQTBqIANB1ABqIgQQwAEgAy0AMEUNACADLQAxIgpBIEYgCkH0AEZyRSAKQdQAR3ENACAD\
QShqIARBAhCAASADKAIoQQFxRQ0AIAMoAiwgBEE6EN8BRQ0AIANBIGogBEECEIABIAMoAiBBAXFF\
DQAgAygCJCEcAkAgAygCXCIKIAMoAlhPDQAgAygCVCAKai0AAEE6Rw0AIAMgCkEBajYCXCADQRhq\
IARBAhCAASADKAIYQQFxRQ0BIAMoAhwhBiADKAJcIgogAygCWCIMTw0AIAMoAlQiFiAKai0AAEEu\
Rw0AIApBAWoiDSEEIAMCfwNAIAwgBCAMRg0BGiAEIBZqIARBAWohBC0AAEEwa0H/AXFBCkkNAAsg\
BEEBawsiBDYCXCAEIApNIAQgDEtyRQRAIAQgDUYNAiAEIA1rQQJNDQEgBCAKa0EEayEEIA0gFmpB\
A2ohCgNAIARFDQIgBEEBayEEIAotAAAgCkEBaiEKQTBGDQALDAILIA0gBCAMQaCOwQAQOAALQRdL\
IBxBO0tyIAZBO0tyDQAgA0EQaiADQdQAahDAASADLQAQRQ0AAkACQAJAIAMtABEiBEEraw4DAQMB\
AAsgBEH6AEYNASAEQdoARw0CDAELIANBCGogA0HUAGpBAhCAASADKAIIQQFxRQ0BIAMoAgwhBgJA\
IAMoAlwiBCADKAJYTw0AIAMoAlQgBGotAABBOkcNACADIARBAWo2AlwLIAMgA0HUAGpBAhCAASAD\
KAIAQQFxRSAGQRdLcg0BIAMoAgRBPE8NAQsgAygCXCARRiELCyADQeAAaiQAIAsNASAILQAAIQQL\
IAlBgICAgHg2AgAgBEEDaw4EAgEBAwELIAkgCCgCDDYCCCAJIAgpAgQ3AgAgCC0AAEEDaw4EAgAA\
AgALIAgQ7QEMAQsgCEEEahCKAwsgCEEQaiQAIAUgCTYCWCAFIAVBLGo2AlQgBSAFQRxqNgJQIAUg\
DkEMajYCYCAFIAI2AlwCfyAFKAIcQYCAgIB4RgRAQQIhBEEADAELQQFBAiAFLQAoIgNBAUYbQQAg\
AxshBEEAIBMNABoCf0EAIQMCQAJAAkBBAUECIAVBHGotAAwiBkEBRhtBACAGGw4DAQACAAsgAUG8\
p8AAQQgQdyIGRQ0BIAZBBGpBACAGLQAAQQVGGwwCCyABIQMLIAMLCyEIAkAgAUEAIBIgFXJBAXEb\
RQRAIAVBADYCbCAFQoCAgIDAADcCZAwBCyAFKAJIQQAgBSgCREGAgICAeEcbIQogBSgCTCELIwBB\
MGsiAyQAIANBADYCHCADQoCAgIDAADcCFCADQQhqIAEQfiADKAIIIgYEQCADQSBqIgkgBiADKAIM\
ENICIANBFGpBqMnAAEEEIAkQdgsgBUHkAGohCUFQIQYDQCAGBEAgASAGQdz9wABqKAIAIAZB4P3A\
AGooAgAQeCIMBEAgA0EgaiINIAwQdCADQRRqIAZB1P3AAGooAgAgBkHY/cAAaigCACANEHYLIAZB\
EGohBgwBCwsCQAJAIANBFGoiBkGoycAAQQQQ8gINACAGQYD9wABBEhDyAg0AIAlBADYCCCAJQoCA\
gIDAADcCACAGEJMDDAELIAoEQCADQSBqIgYgCiALENICIANBFGpB1P3AAEEOIAYQdgsgCSADKAIc\
NgIIIAkgAykCFDcCAAsgA0EwaiQACyAFQRBqQQNBBEHoABCyASAFQQA2AnggBSAFKQMQNwJwAkAg\
G0EBc0EBcUUgBEECR3FFBEAgBUEANgKEASAFQoCAgIDAADcCfAwBCyAFIAQ6AKABIAUgAjYCnAIg\
BSAZNgKUAiAFIBQ2ApACIAVBzIXBADYCjAIgBUGkhcEANgKIAiAFIAVBoAFqNgKYAiAFQfwAaiEJ\
IwBBQGoiAyQAIANBEGogBUGIAmoiBhDuAQJAIAMoAhAiCwRAIAMoAhQhDCADQQhqQQRBBEEIELIB\
IAMoAgghDSADKAIMIgogDDYCBCAKIAs2AgAgA0EBNgIkIAMgCjYCICADIA02AhwgAyAGKQIQNwM4\
IAMgBikCCDcDMCADIAYpAgA3AyggA0EcaiEGIANBKGohDCMAQRBrIgokAANAAkAgCkEIaiAMEO4B\
IAooAggiDUUNACAKKAIMIRQgBigCCCILIAYoAgBGBEAgBkEBELoCCyAGKAIEIAtBA3RqIhEgFDYC\
BCARIA02AgAgBiALQQFqNgIIDAELCyAKQRBqJAAgCSADKAIkNgIIIAkgAykCHDcCAAwBCyAJQQA2\
AgggCUKAgICAwAA3AgALIANBQGskAAsCfwJAIBJBAXFFBEAgBSgChAEhAyACLQBARQRAQQEgA0Ug\
BEECRnINAxogBUGoAmogBUHQAGpBARBEIAUgBDoAmAIgBUEBNgKIAiAFIAUoAoQBNgKUAiAFIAUp\
Anw3AowCIAVB8ABqIAVBiAJqEP8BQQAMAwsgA0UNAQsCQAJAIAgEQCAFKAKEASIDDQELIAVBADYC\
jAMgBUKAgICAwAA3AoQDDAELIAVBhANqIAUoAoABIAMgCBDVAQsgBSgCbEEcbCEDIAUoAmghBANA\
IAMEQCAEKAIIIQYgBCgCBCEJIAVBiAJqIgogBEEMahB0IAVBhANqIAkgBiAKEHYgA0EcayEDIARB\
HGohBAwBCwsgBSgCjAMEQCAFQagCaiAFQdAAakEBEEQgBSAFKAKMAzYCqAEgBSAFKQKEAzcDoAEg\
BUGQAmogBUHcAGogBUGgAWoQkAEgBUKBgICAkICAgIB/NwKIAiAFQfAAaiAFQYgCahD/AQwBCyAF\
QYQDahCTAwtBAQshDAJAIBUgBSgCHEGAgICAeEdxRQ0AAkACQCAIRQ0AIAVBiAJqQdD8wABBBiAI\
ENUBIAUoAogCQYCAgIB4Rg0AIAUgBSgCkAI2ApABIAUgBSkCiAI3A4gBDAELIAVBADYCkAEgBUKA\
gICAwAA3A4gBCyAFKAJsQRxsIQMgBSgCaCEEA0AgAwRAIAQoAgghBiAEKAIEIQkgBUGIAmoiCiAE\
QQxqEHQgBUGIAWogCSAGIAoQdiADQRxrIQMgBEEcaiEEDAELCyAFKAKQAQRAIAVBqAJqIAVB0ABq\
QQIQRCAFQYQDaiAFQRxqEKsBIAUgBSgCkAE2AqgBIAUgBSkDiAE3A6ABIAVBkAJqIAVB3ABqIAVB\
oAFqEJABIAVCgoCAgJCAgICAfzcCiAIgBSAFKQKEAzcCnAIgBSAFKAKMAzYCpAIgBUHwAGogBUGI\
AmoQ/wEMAQsgBUGIAWoQkwMLQYKAgIB4IQQgEyABQQAgF0EBcRsiA0VyRQRAIAVBhANqIAEQTwJA\
IAdBAkYNACAFQaABaiEGIAggAyAIGyABIAdBAXEiBBshAyMAQTBrIgEkACABQQA2AhwgAUKAgICA\
wAA3AhQCQCAEBEAgA0H0+8AAQQEQeCIDRQ0BIAFBIGoiBCADEHQgAUEUakH8+8AAQQwgBBB2DAEL\
IANBtPvAAEEBEHgiBARAIAFBIGoiCCAEEHQgAUEUakG8+8AAQRAgCBB2CwJAIANBzPvAAEEBEHgi\
BEUEQCADQYj8wABBARB4IgRFDQELIAFBIGoiCCAEEHQgAUEUakHU+8AAQQ4gCBB2CyABQQhqIAMQ\
fiABKAIIIgNFDQAgAUEgaiIEIAMgASgCDBDSAiABQRRqQeL7wABBDyAEEHYLIAYgASgCHDYCCCAG\
IAEpAhQ3AgAgAUEwaiQAIAUoAqgBQRxsIQMgBSgCpAEiBEEMaiESA0ACQAJAIAMEQCAFQYQDaiAE\
KAIEIgEgBCgCCCIGEPICRQ0BDAILIAVBoAFqEJMDDAMLIAVBiAJqIgggEhB0IAVBhANqIAEgBiAI\
EHYLIARBHGohBCADQRxrIQMgEkEcaiESDAALAAsgBSAFKAKMAzYCkAIgBSAFKQKEAzcDiAIgBUGU\
AWogBUHcAGogBUGIAmoQkAFBgYCAgHghBAsgBUHAAWogBUHQAGpBABBEIAVBtAFqIRIjAEEgayIJ\
JAACQAJAAkACQAJAIBpBAWsOAwMAAQILIBIgECAPEJcBDAMLIAlBCGogECAPEC4gCSgCECIBRQ0B\
IAEtACRBAkYNASASIAEoAhQgASgCGBCXAQwCCyAJQS46AB4gCUHfADoAHyAJIBA2AgggCSAPIBBq\
NgIMIAkgCUEfajYCFCAJIAlBHmo2AhAjAEEgayIBJAAgAUEIaiAJQQhqIgMoAgQgAygCAGtBAUEB\
ELIBIAFBADYCHCABIAEpAwg3AhQjAEEQayIGJAAgAUEUaiIIIAMoAgQgAygCAGsQtwIgCCkCBCEe\
IAYgCEEIajYCBCAGIB5CIIk3AgggBkEEaiIQKAIEIQggECgCACADKAIAIgcgAygCBCIKRwRAIBAo\
AgghECADKAIMIRUgAygCCCELIAogB2shAwNAIAggEGogBy0AACIKIAstAABGBH8gFS0AAAUgCgs6\
AAAgB0EBaiEHIAhBAWohCCADQQFrIgMNAAsLIAg2AgAgBkEQaiQAIBIgASgCHDYCCCASIAEpAhQ3\
AgAgAUEgaiQADAELIwBB4ABrIgckACAHQRhqIA9BCGoQ+QEgB0EBOwFAIAdBADYCPCAHIA8gEGo2\
AjggByAQNgI0IAcgDzYCMCAHIBA2AiwgByAPNgIoIAdBADYCJCAHQTRqIRMDQCAHKAIsIQMCQAJ/\
AkADQCAHKAI0IQYgBygCOCEIIAdBEGogExCEASAHKAIUIgFBgIDEAEYNASABQf8ASyABQTprQXVL\
ciABQd8AcUHbAGtBZUtyDQALIAcoAiQhASAHIAcoAjQgBygCECIQIAggBmtqaiAHKAI4azYCJCAQ\
IAFrIRUgASADagwBCyAHLQBBDQEgB0EBOgBBIActAEBFIAcoAigiAyAHKAIkIgFGcQ0BIAMgAWsh\
FSAHKAIsIAFqCyEQQQAhBiAHQQA2AkwgByAQNgJEIAcgECAVajYCSCAHQdQAaiEIIwBBMGsiASQA\
IAFBCGogB0HEAGoiAxCEAQJAIAEoAgwiCkGAgMQARwRAIAEoAgghCyABQQMgAygCBCADKAIAayIP\
QQJ2IA9BA3FBAEdqIg8gD0EDTRtBAWpBBEEIELIBIAEoAgAhDSABKAIEIg8gCjYCBCAPIAs2AgAg\
AUEBNgIcIAEgDzYCGCABIA02AhQgASADKAIINgIoIAEgAykCADcDICABQRRqIQMgAUEgaiEKIwBB\
EGsiDyQAA0ACQCAPQQhqIAoQhAEgDygCDCINQYCAxABGDQAgDygCCCEUIAMoAggiCyADKAIARgRA\
IAMgCigCBCAKKAIAayIRQQJ2IBFBA3FBAEdqQQFqELoCCyADKAIEIAtBA3RqIhEgDTYCBCARIBQ2\
AgAgAyALQQFqNgIIDAELCyAPQRBqJAAgCCABKAIcNgIIIAggASkCFDcCAAwBCyAIQQA2AgggCEKA\
gICAwAA3AgALIAFBMGokACAHQQA2AkwgB0KAgICAwAA3AkRBASEDQQEgBygCXCIPIA9BAU0bIRQD\
QCAGIQggA0EDdEEMaiEKAkADQCADIBRHBEBBASELIAdB1ABqIgEgA0HQo8AAEKICIgYoAgQgBigC\
ACEGIAEgA0EBa0Hgo8AAEKICIREgDyADQQFqIgFLBEAgBygCWCAKaigCAEH7AGtBZkkhCwtBwQBr\
QRpJBEAgESgCBCINQeEAa0EaSSANQTBrQQpJciALRSANQdsAa0FlS3FyDQMLIApBCGohCiABIQMM\
AQsLIAggFUkEQCAHIBAgFSAIQcCjwAAQrwEgB0HEAGogBygCACAHKAIEEO8BCyAHKAJMIQEgBygC\
SCEDIAcoAkQhBiAHQdQAahCJAyAHIAMgAUEDdGoiCjYCUCAHIAY2AkwgByADNgJIIAcgAzYCRANA\
IAMgCkcEQCAHIANBCGo2AkggAygCBCEGIAMoAgAhASAHKAIgBEAgB0EYakEgEKMBCyAHIAE2AlQg\
ByABIAZqNgJYIAdB1ABqEPQBIgFBgIDEAEcEQCAHQRhqIgMgAUHfAHEgASABQeEAa0EaSRsQowEg\
AyAHKAJUIgEgBygCWCABaxDaAQsgBygCSCEDIAcoAlAhCgwBCwsgB0HEAGoQrwIgBy0AQUUNAwwC\
CyAHQQhqIBAgFSAIIAZB8KPAABBzIAdBxABqIAcoAgggBygCDBDvASADQQFqIQMMAAsACwsgEiAH\
KAIgNgIIIBIgBykCGDcCACAHQeAAaiQACyAJQSBqJAAgBSAENgKkASAFQQA2AqABIAUgBSkClAE3\
AqgBIAUgBSgCnAE2ArABIAItAD4EQAJAIAUoAhxBgICAgHhHBEAgBUGIAmogBUEcahCrAQwBCyAF\
QYCAgIB4NgKIAgsgBUH8AWoQ3gIgBSAFKAKQAjYChAIgBSAFKQKIAjcC/AELIAVBiAJqIgEgBUGg\
AWpB6AD8CgAAIAVB8ABqIAEQ/wEgBSgCeEHoAGwhAyAFKAJ0IQQCQAJAAkACQANAIANFDQEgBUEI\
aiIBIAQoAhw2AgQgAUEAIAQoAhggBCgCABs2AgAgBSgCCARAIAUoAgxFDQMLAkAgBEE4ahDxAQ0A\
IARBxABqEPEBDQAgBSAEKAIAEPYBIAUgBSkDADcCiAEgBUGEA2oiAiAOEPACIAVBAzYClAIgBUEC\
NgKMAiAFIAI2ApACIAUgBUGIAWo2AogCIAVB+AJqQZCewAAgBUGIAmoQqgIMBAsgBEEoaiEBIARB\
JGogA0HoAGshAyAEQegAaiEEKAIAIgIgAiABKAIAahC8AkHlAEkNAAsgBUGEA2oiAiAOEPACIAVB\
ATYClAIgBUGcjsEANgKQAiAFQQM2AowCIAUgAjYCiAIgBUH4AmpBwozAACAFQYgCahCqAgwCCyAA\
IAUoAng2AgwgACAFKQJwNwIEIABBgICAgHg2AhAgAEEANgIAIAxFDQIgBUH8AGoQiQMMAgsgBUGI\
AmoiAiAOEPACIAVBAzYCiAMgBSACNgKEAyAFQfgCakGyi8AAIAVBhANqEKoCCyACEIoDIABCATcC\
ACAAIAUpAvACNwIIIAAgBSkC+AI3AhAgACAFKAKAAzYCGCAAQQE6ABwgDARAIAVB/ABqEIkDCyAF\
QfAAahCUAyAFQeQAahCTAyAFQcQAahDeAgwBCyAFQeQAahCTAyAFQcQAahDeAiAFQSxqEPUCIAVB\
HGoQ3gIMAgsgBUEsahD1AgsgBUEcahDeAgsgBUGQA2okAAuPEQIQfwF+IwBBoAFrIgMkACADQQA2\
AhwgA0KAgICAwAA3AhQgA0H8AGohCCADQYQBaiENIANBPGohCSADQTRqIQogA0HYAGpBAnIhDiAD\
QfoAaiEPIANB3ABqIQsDQCABKAIcIgQgASgCGCIGIAQgBksbIQYgASgCFCEHAkACQAJAAkACQAJA\
AkACQANAAkACQAJAAn8CQAJAAkACQAJAIAQgBkYEQCAGIQQMAQsgBCAHai0AACIFQQlrQQJJDQcC\
QCAFQSBrDgMIAQQACyAFQQ1GDQcgBUHbAEYNAiAFQfsARg0BCyADQfgAaiABEBsgAy0AfCEFIAMo\
AngiBkECRw0FIAVB5gBHBEBBACAFQe4ARg0FGiAFQfQARg0EIANBCGogASgCDCABKAIQIAQgASgC\
HEH0rcAAEHMgA0GUAWogAygCCCADKAIMEJcBIA8gAygCnAE2AAggDyADKQKUATcAACADIAMpAHg3\
AzAgAyADKQB+NwE2QQIMBQtBACEQQQEMBAsgA0H4AGogASADKAIcIAJqEJEBIAMoAngiBEECRwRA\
IAAgAykCgAE3AgggACADKQKIATcCECAAIAMoApABNgIYIAAgAygCfDYCBCAAIAQ2AgAMEAsgASgC\
HEEBaiEEIAEoAhghBiABKAIUIQcDQCABIAQ2AhwgBCAGTw0MIAQgB2otAAAiDEEJayIFQRdLQQEg\
BXRBk4CABHFFcg0LIARBAWohBAwACwALIANB+ABqIAEgAygCHCACahCRASADKAJ4IgRBAkcEQCAA\
IAMpAoABNwIIIAAgAykCiAE3AhAgACADKAKQATYCGCAAIAMoAnw2AgQgACAENgIADA8LIAEoAhxB\
AWohBCABKAIYIQYgASgCFCEHA0AgASAENgIcIAQgBk8NCCAEIAdqLQAAIgxBCWsiBUEXS0EBIAV0\
QZOAgARxRXINBiAEQQFqIQQMAAsACyADQfgAaiABEHUgAyAIKQIANwMwIAMgCCgCCDYCOCADKAJ4\
IgRBAkcEQCAAIAMoApABNgIYIAAgAykCiAE3AhAgACADKAI4NgIMIAAgAykDMDcCBCAAIAQ2AgAM\
DgsgCyADKAI4NgIIIAsgAykDMDcCACADQQM6AFgMDAtBASEQQQELIQQgAyADKQE2NwEmIAMgAykD\
MDcDICAOIAMpAyA3AQAgDiADKQEmNwEGIAMgEDoAWSADIAQ6AFgMCgsgAyADKQGEATcBNiADIAMp\
AX43AzAgAyADKQMwNwMgIAMgAykBNjcBJiADLQB9IQEgAykCjAEhEyAAIAMpASY3AQwgACADKQMg\
NwEGIAAgEzcCFCAAIAE6AAUgACAFOgAEIAAgBjYCAAwKCyABIARBAWoiBDYCHAwBCwsgDEHdAEYN\
AQsgA0IENwKAASADQoCAgIAINwJ4IANBFGogA0H4AGoQygEMBwsgASAEQQFqNgIcIANBADYCZCAD\
QoCAgIDAADcCXCADQQQ6AFgMBAsgDEH9AEYNAQsgA0H4AGogAUEBECEgAyAIKQIANwMwIAMgCCgC\
CDYCOCADKAJ4IgRBAkYNASAAIAMoApABNgIYIAAgAykCiAE3AhAgACADKAI4NgIMIAAgAykDMDcC\
BCAAIAQ2AgAMAwsgASAEQQFqNgIcIANBADYCZCADQoCAgIDAADcCXCADQQU6AFgMAQsgDSADKAI4\
NgIIIA0gAykDMDcCACADQQA2AoABIANCgICAgMAANwJ4IANBFGogA0H4AGoQygEMAgsDQAJAAkAg\
AygCHCIERQ0AIAMgBEEBayIENgIcIAMgAygCGCAEQRhsaiIEKQIENwN4IAMgBCkCDDcDgAEgAyAE\
KAIUNgKIASAEKAIAIgZBgYCAgHhGDQAgCiADKQN4NwIAIAogAykDgAE3AgggCiADKAKIATYCECAD\
IAY2AjAgASgCFCEMIAEoAhghByABKAIcIQQDQCAEIAdPIhENAiAEIAxqLQAAIgVBCWsiEkEXS0EB\
IBJ0QZOAgARxRXINAiABIARBAWoiBDYCHAwACwALIAAgAykCYDcCDCAAIAMpAlg3AgQgAEECNgIA\
DAILAkACQAJAAkAgBkGAgICAeEcEQCANIAMpAlg3AgAgDSADKQJgNwIIIAMgCSgCCDYCgAEgAyAJ\
KQIANwN4IANBADYCRCADQoCAgIAQNwI8IANBMGogA0H4AGoQtQEgBCAHSQRAIAVB/wFxIgRB/QBG\
DQUgBEEsRg0CCyAAIAFB86vAAEEKEGMMAgsgCiADQdgAahDdAQJAIBFFBEAgBUH/AXEiBEHdAEYN\
BSAEQSxGDQELIAAgAUH9q8AAQQoQYwwCCyABIAEoAhxBAWo2AhwgAyADKQJANwOIASADIAMpAjg3\
A4ABIAMgAykCMDcDeCADQRRqIANB+ABqEMoBDAYLIAEgASgCHEEBajYCHCADQfgAaiABQQEQISAD\
IAgpAgA3A0ggAyAIKAIINgJQIAMoAngiBEECRg0BIAAgAygCkAE2AhggACADKQKIATcCECAAIAMo\
AlA2AgwgACADKQNINwIEIAAgBDYCAAsgA0EwahCrAgwDCyAJEIoDIAkgAygCUDYCCCAJIAMpA0g3\
AgAgAyADKQJANwOIASADIAMpAjg3A4ABIAMgAykCMDcDeCADQRRqIANB+ABqEMoBDAMLIAEgASgC\
HEEBajYCHCADKAIwQYCAgIB4RwRAIAMgAygCODYCcCADIAMpAjA3A2ggCyADQegAahAQIANBBToA\
WCADKAIwQYCAgIB4Rg0BIAkQigMFIAsgCigCCDYCCCALIAopAgA3AgAgA0EEOgBYCwwACwALCyAD\
QRRqIgIiASgCCCEAIAEoAgQhAQNAIAAEQCAAQQFrIQAgARCrAiABQRhqIQEMAQsLIAIQjgMgA0Gg\
AWokAAvTCwIQfwN+IwBBoAFrIgIkACACQegAaiAAIAFBLRDGASACKAJsIQQgAiACKAJoIgkgACAJ\
GyIANgKQASACIAQgASAJGyIFNgKMASACIAA2AogBIAJC5YCAgNAINwOAASACIAAgBWo2ApQBIAJB\
ADYCmAEgCUEARyENIAJBkAFqIQcCQAJAAkADQCACQeAAaiAHEIQBIAIoAmQiAUGAgMQARg0BIAIo\
AmAhBCACIAE2AnQgAkGAAWohA0EIIQEgAkH0AGooAgAhCgNAIAEiBgRAIAFBBGshASADKAIAIQsg\
A0EEaiEDIAogC0cNAQsLIAZFDQALIAJB2ABqIAQgACAFQZyzwAAQuwEgAigCXCEHIAIoAlghAyAC\
QdAAaiAAIAUgBEEBakGss8AAEK8BQQQhBiACKAJQIQECQAJAAkAgAigCVCIADgIFAAELIAEtAAAi\
BEEraw4DBAEEAQsgAS0AACEECwJAAkACQCAEQf8BcUEraw4DAQIAAgsgAEEBayEEIAFBAWohASAA\
QRFPBEADQCAERQ0FIAJBQGsgEiASQj+HEH0gAikDSCACKQNAIhJCP4dSDQYgAkE4aiABLQAAQQoQ\
4gEgAigCOEEBRw0GIAI1AjwiE0IAUiASIBIgE30iElVzDQYgAUEBaiEBIARBAWshBAwACwALA0Ag\
BEUNBCACQTBqIAEtAABBChDiASACKAIwQQFHDQUgAUEBaiEBIARBAWshBCASQgp+IAI1AjR9IRIM\
AAsACyAAQQFrIQAgAUEBaiEBCyAAQRBPBEADQCAARQ0DIAJBIGogEiASQj+HEH0gAikDKCACKQMg\
IhJCP4dSDQQgAkEYaiABLQAAQQoQ4gEgAigCGEEBRw0EIBIgAjUCHCASfCISVQ0EIAFBAWohASAA\
QQFrIQAMAAsACwNAIABFDQIgAkEQaiABLQAAQQoQ4gEgAigCEEEBRw0DIAFBAWohASAAQQFrIQAg\
AjUCFCASQgp+fCESDAALAAsgBSEHIAAhAwsgAkGAAWoiACADIAcQoQEgAkH0AGogABAyAn8gAigC\
dEEBRgRAIAMgAigCfCIAaiEEIAcgAGshBSACKAJ4IQggAwwBC0EACyEBQQAhBiACQQA6AJABQQEh\
ACACIARBASABGyIENgKIASACIAEgAyABGyIKNgKAASACIAQgBUEAIAEbIg5qIg82AowBIAIgCiAI\
IAcgARsiC2oiEDYChAEgAkEIaiEIIAJBkAFqIQFBACEHIwBBEGsiAyQAAkACQCACQYABaiIFKAIA\
BEADQAJAIANBCGogBRDsASADLQAIRQ0AIAMtAAlBMEcNAyAHQQFqIQcMAQsLIAVBADYCAAsgBSgC\
CEUNASAFQQhqIREDQCADIBEQ7AEgAy0AAEUNAiADLQABQTBHDQEgB0EBaiEHDAALAAtBASEMIAFB\
AToAAAsgCCAHNgIEIAggDDYCACADQRBqJABCASETAkAgAigCDCIHIAsgDmoiCEcEQCACQQA6AJAB\
IAIgDzYCjAEgAiAENgKIASACIBA2AoQBIAIgCjYCgAFBACEDIwBBEGsiBiQAAkACQCAFIgAoAggE\
QCAAQQhqIQUDQAJAIAZBCGogBRDkASAGLQAIRQ0AIAYtAAlBMEcNAyADQQFqIQMMAQsLIAVBADYC\
AAtBACEFIAAoAgBFDQEDQCAGIAAQ5AEgBi0AAEUNAiAGLQABQTBHDQEgA0EBaiEDDAALAAtBASEF\
IAFBAToAAAsgAiADNgIEIAIgBTYCACAGQRBqJAAgCCAHIAIoAgRqayIAQRBPIAutIAetfSIUIBJ8\
IhNCP4dCgICAgICAgICAf4UgEyASQgBTIBMgFFNzGyITQqwCfELYBFZyDQEgDSEGCyAAIBMQcCAG\
aiEGDAELQREgACAAQRFPGyIBIBMQcCEAIAlBAEdBBCABIBNCAXwQcCIBIAAgACABSRsiACAAQQRN\
G2ohBgsgAkGgAWokACAGC+wIAgh/AX4jAEHQAGsiBSQAIAEgASgCHEEBaiIHNgIcA0AgASgCGCEI\
IAEoAhQiCSEEQQAhBiABAn8CQANAIAYgB2oiA0F3SyADQQhqIAhLcg0BIAQgB2ogBEEIaiEEIAZB\
CGohBikAACILQn+FIAtC4MGDh46cuPBgg0KBgoSIkKDAgAF9IAtCosSIkaLEiJEihUKBgoSIkKDA\
gAF9IAtC3Ljx4sWLl67cAIVCgYKEiJCgwIABfYSEg0KAgYKEiJCgwIB/gyILUA0ACyAHIAt6p0ED\
dmogBmpBCGsMAQsDQCADIAhJIQQgAyAJaiADQQFqIQNBACAEGxCOAg0ACyADQQFrCyIDNgIcIAIE\
QCAFQRBqIAEoAgwgASgCECAHIANBwKzAABBzIAIgBSgCECAFKAIUENoBIAEoAhghCCABKAIUIQkg\
ASgCHCEDCwJAAkACQCADIAhJBEAgAyAJai0AACIEQdwARg0CIARBIkYNASAAIAFB0KzAAEHCABDp\
AgwDCyAAIAFBh6zAAEEdEOkCDAILIABBAjYCACABIANBAWo2AhwMAQsCQAJAAkACQAJAIAggA0EB\
aiIGSwRAAkACQAJAAkACQAJAAkACQAJAAkACQCAGIAlqLQAAIgRB7gBrDggFAQEBBgEHCAALAkAg\
BEHiAGsOBQMBAQEEAAsgBEEiRg0JIARBL0YNASAEQdwARg0ICyAFQRhqIAEgBkGkrMAAQRoQZgwK\
C0EvIQQMBwtBCCEEDAYLQQwhBAwFC0EKIQQMBAtBDSEEDAMLQQkhBAwCCyADQQJqIQcCQCADQQZq\
IgogCEsgA0F5S3INACAFQQhqIAcgCWoQhgEgBS8BCEEBcUUNACAFLwEKIQQMBgsgBUE0aiABIAdB\
lK7AAEEhEGYgBS8BOCEEIAUoAjQiBkECRg0FIAUgBSkBSDcBLCAFIAUpAUI3ASYgBSAFKQE6NwEe\
IAUgBDsBHAwEC0HcACEECyABIANBAmo2AhwMBAsgBUEYaiABIAZBh6zAAEEdEGYLIAUoAhgiBkEC\
Rg0DCyAAIAUpAiw3AhQgACAFKQIkNwIMIAAgBSkCHDcCBCAAIAY2AgAMAwsgASAKNgIcAkAgBEGA\
+ANxIgZBgLgDRg0AIAZBgLADRgRAIAUgCSAKakEAIAggCksbNgI0IAVBNGoiCkGIrsAAEPsBDQEg\
BSAJIANBB2oiBmpBACAGIAhJGzYCNCAKQZCuwAAQ+wENASADQQxqIgYgA0EIaiIDSSAGIAhLcg0B\
IAUgAyAJahCGASAFLwEAQQFxRQ0BIAUvAQIiA0GA+ANxQYC4A0cNASABIAY2AhxB/f8DQYCAxAAg\
BEEKdCADakGAuP8aayIDIANBgLADc0GAgMQAa0GAkLx/SRsiAyADQYCAxABGGyEEDAILQf3/AyAE\
IARBgLC/f3NBgJC8f0kbIQQMAQsgASAHEIACQf3/AyEECyACRQ0AIAIgBBCjAQsgASgCHCEHDAEL\
CyAFQdAAaiQAC64LAgt/AX4jAEGAAWsiAiQAAkAgASgCCCIHQRFPBEAgAkHkAGogBxCcASACKAJs\
IQQgAigCaCEDIAIgATYCSCADIAQgAkHIAGpBqK/AABAWIARBAWohBgJAA0AgBkEBayIGQQJJDQEg\
ASADKAIAQZCxwAAQowIgASADQQRqIgMoAgBBoLHAABCjAhCAAw0ACyACQShqQQEgASgCCBBiIAIo\
AmwhAyACQQA6AFAgAiADNgJMIAJBATYCSEEAIQQDQCAEIQMCQAJAA0AgAkEQaiACQcgAahCmASAC\
KAIQQQFHDQEgAigCFCIEIAIoAmxHBEAgASACQeQAaiIFIARBwK/AABCkAigCAEHQr8AAEKMCIAEg\
BSADQeCvwAAQpAIoAgBB8K/AABCjAhCAA0UNAQsLIAJB5ABqIgUgA0GAsMAAEKQCKAIAIgYgBSAE\
QQFrQZCwwAAQpAIoAgAiBUYNAiABIAVBoLDAABCjAiIFKQIMIQ0gBUEAOgAMIAIgBSkCFDcDeCAC\
IA03A3AgASAGQbCwwAAQowIiBUEMahDtASAFIAIpA3g3AhQgBSACKQNwNwIMIANBAWoiBSAETSAC\
KAJsIgYgBE9xDQEgBSAEIAZBwLDAABA4AAsgAkEANgJIIwBBEGsiBiQAIAYgAkEoaiILNgIMIAYg\
AkHIAGo2AggjAEEQayIHJAAgByAGQQhqNgIMAkAgASIFKAIIIghFDQBBACEBIAUoAgQiCiEDA0Ag\
B0EMahDWAQRAIANBHGohAyAIIAFBAWoiAUcNAQwCCwsgAxD4AiAKQRxqIQwgASEEA0AgAUEBaiED\
IAwgAUEcbGohAQNAIAMgCE8EQCAFIAQ2AggMAwsgB0EMahDWAUUEQCADQQFqIQMgARD4AiABQRxq\
IQEMAQsLIAogBEEcbGoiCSABKAIYNgIYIAkgASkCEDcCECAJIAEpAgg3AgggCSABKQIANwIAIARB\
AWohBCADIQEMAAsACyAHQRBqJAAgBkEQaiQAIAAgBSgCCDYCCCAAIAUpAgA3AgAgCxCKAyACQeQA\
ahCLAwwECyAEQQJ0IANBAnRrQQRrIQMgAigCaCAFQQJ0aiEGA0AgA0UNASACQShqIAYoAgBB0LDA\
ABCyAkEAOgAAIANBBGshAyAGQQRqIQYMAAsACwALIAAgASgCCDYCCCAAIAEpAgA3AgAgAkHkAGoQ\
iwMMAQsgASgCBCIDIAdBHGxqIQkgAyEEA0ACQAJAIAQgCUYNACAEQRxqIQVBACEGA0AgBiAIRg0C\
IAMgBkEcaiIGakEcayAEEJ8CRQ0ACyACQQhqIAdBBEEcELIBIAJBADYCJCACIAIpAwg3AhwgASgC\
ACEEIAIgCTYCNCACIAQ2AjAgAiADNgIsIAIgAzYCKCACQdQAaiEHA0ACQAJAIAMgCUYNACACIANB\
HGoiBDYCLCADKAIAIgVBgICAgHhGDQAgAiADKQIENwJoIAIgBTYCZCACIANBDGoiBSkCADcDOCAC\
IAUpAgg3A0AgAigCJEEcbCEDIAIoAiBBHGshBgNAIANFDQIgA0EcayEDIAZBHGoiBiACQeQAaiII\
EJ8CRQ0ACyAGQQxqIgMQ7QEgBkEUaiACKQNANwIAIAMgAikDODcCACAIEIoDIAQhAwwCCyMAQRBr\
IgMkACADIAJBKGoiBDYCDCAEKAIMIAQoAgQiBGtBHG4hBQNAIAUEQCAFQQFrIQUgBBD4AiAEQRxq\
IQQMAQsLIANBDGoQgwIgA0EQaiQAIAEgAigCJDYCCCABIAIpAhw3AgAMAgsgByAFKQIANwIAIAcg\
BSkCCDcCCCACIAIoAmw2AlAgAiACKQJkNwNIIAJBHGogAkHIAGoQtQEgBCEDDAALAAsgACABKAII\
NgIIIAAgASkCADcCAAwCCyAIQRxqIQggBSEEDAALAAsgAkGAAWokAAv3AgIHfwF+IwBBMGsiAyQA\
AkACQCACBEAgAkEDdCIFQQhrIghBA3atQgGGIQoCQCABQQhqIQIgCqchBiABIQQDQCAFRQ0BIAVB\
CGshBSAEKAIEIQcgBEEIaiEEIAYgB2oiBiAHTw0ACxDzAQALIANBCGogBkEBQQEQsgEgA0EANgIc\
IAMgAykDCDcCFCADQRRqIAEoAgAiBCAEIAEoAgRqEO8CIAYgAygCHCIBayEEIAMoAhggAWohBQNA\
IAhFDQIgAigCACEHIAIoAgQhASADQSBqIgkgBSAEQQIQ9wEgAygCLCEEIAMoAighBSADKAIgIAMo\
AiRBqP/AAEECQYiWwQAQngIgCSAFIAQgARD3ASADKAIsIQQgAygCKCEFIAMoAiAgAygCJCAHIAFB\
iJbBABCeAiAIQQhrIQggAkEIaiECDAALAAsgAEEANgIIIABCgICAgBA3AgAMAQsgACADKQIUNwIA\
IAAgBiAEazYCCAsgA0EwaiQAC6kIAgd/AX4jAEEwayIFJAACQAJAIAIEQAJAIAStIAJBDGwiB0EM\
ayIIQQxurX4iDEIgiFAEQCABQQxqIQIgDKchCiABIQYDQCAHRQ0CIAdBDGshByAGKAIIIQkgBkEM\
aiEGIAkgCmoiCiAJTw0ACwsQ8wEACyAFQQhqIApBAUEBELIBIAVBADYCHCAFIAUpAwg3AhQgBUEU\
aiABKAIEIgYgBiABKAIIahDvAiAKIAUoAhwiAWshBiAFKAIYIAFqIQcCQAJAAkACQAJAAkAgBA4F\
AAECAwQFCwNAIAhFDQcgAigCBCEEIAIoAgghASAHQQAgA0EAQYiWwQAQngIgBUEgaiAHIAYgARD3\
ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFBiJbBABCeAiAIQQxrIQggAkEMaiECDAALAAsD\
QCAIRQ0GIAIoAgQhBCACKAIIIQEgBUEgaiIJIAcgBkEBEPcBIAUoAiwhBiAFKAIoIQcgBSgCICAF\
KAIkIANBAUGIlsEAEJ4CIAkgByAGIAEQ9wEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCABQYiW\
wQAQngIgCEEMayEIIAJBDGohAgwACwALA0AgCEUNBSACKAIEIQQgAigCCCEBIAVBIGoiCSAHIAZB\
AhD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADQQJBiJbBABCeAiAJIAcgBiABEPcBIAUoAiwh\
BiAFKAIoIQcgBSgCICAFKAIkIAQgAUGIlsEAEJ4CIAhBDGshCCACQQxqIQIMAAsACwNAIAhFDQQg\
AigCBCEEIAIoAgghASAFQSBqIgkgByAGQQMQ9wEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgA0ED\
QYiWwQAQngIgCSAHIAYgARD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFBiJbBABCeAiAI\
QQxrIQggAkEMaiECDAALAAsDQCAIRQ0DIAIoAgQhBCACKAIIIQEgBUEgaiIJIAcgBkEEEPcBIAUo\
AiwhBiAFKAIoIQcgBSgCICAFKAIkIANBBEGIlsEAEJ4CIAkgByAGIAEQ9wEgBSgCLCEGIAUoAigh\
ByAFKAIgIAUoAiQgBCABQYiWwQAQngIgCEEMayEIIAJBDGohAgwACwALA0AgCEUNAiACKAIEIQkg\
AigCCCEBIAVBIGoiCyAHIAYgBBD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADIARBiJbBABCe\
AiALIAcgBiABEPcBIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIAkgAUGIlsEAEJ4CIAhBDGshCCAC\
QQxqIQIMAAsACyAAQQA2AgggAEKAgICAEDcCAAwBCyAAIAUpAhQ3AgAgACAKIAZrNgIICyAFQTBq\
JAALwQYBB38CQAJAIAEgAEEDakF8cSIEIABrIgZJDQAgASAGayIIQQJ2IgdFDQBBACEBIAAgBEcE\
QCAAIARrIgRBfE0EQANAIAEgACADaiICLAAAQb9/SmogAkEBaiwAAEG/f0pqIAJBAmosAABBv39K\
aiACQQNqLAAAQb9/SmohASADQQRqIgMNAAsLIAAgA2ohAgNAIAEgAiwAAEG/f0pqIQEgAkEBaiEC\
IARBAWoiBA0ACwsgACAGaiEEAkAgCEEDcSIARQ0AIAQgCEH8////B3FqIgMsAABBv39KIQUgAEEB\
Rg0AIAUgAywAAUG/f0pqIQUgAEECRg0AIAUgAywAAkG/f0pqIQULIAEgBWohAwNAIAQhACAHRQ0C\
QcABIAcgB0HAAU8bIgVBA3EhBgJAIAVBAnQiBEHwB3EiAUUEQEEAIQIMAQsgACABaiEIQQAhAiAA\
IQEDQCACIAEoAgAiAkF/c0EHdiACQQZ2ckGBgoQIcWogAUEEaigCACICQX9zQQd2IAJBBnZyQYGC\
hAhxaiABQQhqKAIAIgJBf3NBB3YgAkEGdnJBgYKECHFqIAFBDGooAgAiAkF/c0EHdiACQQZ2ckGB\
goQIcWohAiABQRBqIgEgCEcNAAsLIAcgBWshByAAIARqIQQgAkEIdkH/gfwHcSACQf+B/AdxakGB\
gARsQRB2IANqIQMgBkUNAAsCfyAAIAVB/AFxQQJ0aiIAKAIAIgFBf3NBB3YgAUEGdnJBgYKECHEi\
ASAGQQFGDQAaIAEgACgCBCIBQX9zQQd2IAFBBnZyQYGChAhxaiIBIAZBAkYNABogACgCCCIAQX9z\
QQd2IABBBnZyQYGChAhxIAFqCyIBQQh2Qf+BHHEgAUH/gfwHcWpBgYAEbEEQdiADaiEDDAELIAFF\
BEBBAA8LIAFBA3EhAkEAIQQgAUEETwRAIAFBfHEhBQNAIAMgACAEaiIBLAAAQb9/SmogAUEBaiwA\
AEG/f0pqIAFBAmosAABBv39KaiABQQNqLAAAQb9/SmohAyAFIARBBGoiBEcNAAsgAkUNAQsgACAE\
aiEBA0AgAyABLAAAQb9/SmohAyABQQFqIQEgAkEBayICDQALCyADC+UGAQV/AkACQAJAAkACQAJA\
AkAgAEEEayIHKAIAIghBeHEiBEEEQQggCEEDcSIFGyABak8EQCAFQQAgAUEnaiIGIARJGw0BAkAg\
AkEJTwRAIAIgAxAtIgINAUEADwtBACECIANBzP97Sw0IQRAgA0ELakF4cSADQQtJGyEBIABBCGsh\
BiAFRQRAIAZFIAFBgAJJciAEIAFrQYCACEsgASAET3JyDQcgAA8LIAQgBmohBQJAIAEgBEsEQCAF\
QYS/wQAoAgBGDQFBgL/BACgCACAFRwRAIAUoAgQiCEECcQ0JIAhBeHEiCCAEaiIEIAFJDQkgBSAI\
EDAgBCABayIFQRBPBEAgByABIAcoAgBBAXFyQQJyNgIAIAEgBmoiASAFQQNyNgIEIAQgBmoiBCAE\
KAIEQQFyNgIEIAEgBRAoDAkLIAcgBCAHKAIAQQFxckECcjYCACAEIAZqIgEgASgCBEEBcjYCBAwI\
C0H4vsEAKAIAIARqIgQgAUkNCAJAIAQgAWsiBUEPTQRAIAcgCEEBcSAEckECcjYCACAEIAZqIgEg\
ASgCBEEBcjYCBEEAIQVBACEBDAELIAcgASAIQQFxckECcjYCACABIAZqIgEgBUEBcjYCBCAEIAZq\
IgQgBTYCACAEIAQoAgRBfnE2AgQLQYC/wQAgATYCAEH4vsEAIAU2AgAMBwsgBCABayIEQQ9NDQYg\
ByABIAhBAXFyQQJyNgIAIAEgBmoiASAEQQNyNgIEIAUgBSgCBEEBcjYCBCABIAQQKAwGC0H8vsEA\
KAIAIARqIgQgAUsNBAwGCyADIAEgASADSxsiAwRAIAIgACAD/AoAAAsgBygCACIDQXhxIgcgAUEE\
QQggA0EDcSIBG2pJDQIgAUUgBiAHT3INBkGAnsEAQS5BsJ7BABDaAgALQcCdwQBBLkHwncEAENoC\
AAtBgJ7BAEEuQbCewQAQ2gIAC0HAncEAQS5B8J3BABDaAgALIAcgASAIQQFxckECcjYCACABIAZq\
IgUgBCABayIBQQFyNgIEQfy+wQAgATYCAEGEv8EAIAU2AgALIAZFDQAgAA8LIAMQCSIBRQ0BIANB\
fEF4IAcoAgAiAkEDcRsgAkF4cWoiAiACIANLGyICBEAgASAAIAL8CgAACyABIQILIAAQFQsgAgui\
BgEEfyAAQQhrIgEgAEEEaygCACIDQXhxIgBqIQICQAJAIANBAXENACADQQJxRQ0BIAEoAgAiAyAA\
aiEAIAEgA2siAUGAv8EAKAIARgRAIAIoAgRBA3FBA0cNAUH4vsEAIAA2AgAgAiACKAIEQX5xNgIE\
IAEgAEEBcjYCBCACIAA2AgAPCyABIAMQMAsCQAJAQZi/wQACfwJAAkACQAJAIAIoAgQiA0ECcUUE\
QCACQYS/wQAoAgBGDQIgAkGAv8EAKAIARg0DIAIgA0F4cSICEDAgASAAIAJqIgBBAXI2AgQgACAB\
aiAANgIAIAFBgL/BACgCAEcNAUH4vsEAIAA2AgAPCyACIANBfnE2AgQgASAAQQFyNgIEIAAgAWog\
ADYCAAsgAEGAAkkNBCABIAAQNUGYv8EAQZi/wQAoAgBBAWsiADYCACAADQZB4LzBACgCACIADQJB\
/x8MAwtBhL/BACABNgIAQfy+wQBB/L7BACgCACAAaiIANgIAIAEgAEEBcjYCBEGAv8EAKAIAIAFG\
BEBB+L7BAEEANgIAQYC/wQBBADYCAAsgAEGQv8EAKAIAIgJNDQVBhL/BACgCACIARQ0FQfy+wQAo\
AgAiA0EpSQ0EQdi8wQAhAQNAIAAgASgCACIETwRAIAAgBCABKAIEakkNBgsgASgCCCEBDAALAAtB\
gL/BACABNgIAQfi+wQBB+L7BACgCACAAaiIANgIAIAEgAEEBcjYCBCAAIAFqIAA2AgAPC0EAIQED\
QCABQQFqIQEgACgCCCIADQALQf8fIAEgAUH/H00bCzYCAA8LAkBB8L7BACgCACICQQEgAEEDdnQi\
A3FFBEBB8L7BACACIANyNgIAIABB+AFxQei8wQBqIgAhAgwBCyAAQfgBcSIAQei8wQBqIQIgAEHw\
vMEAaigCACEACyACIAE2AgggACABNgIMIAEgAjYCDCABIAA2AggPC0GYv8EAQeC8wQAoAgAiAAR/\
QQAhAQNAIAFBAWohASAAKAIIIgANAAtB/x8gASABQf8fTRsFQf8fCzYCACACIANPDQBBkL/BAEF/\
NgIACwu7BQERfyMAQTBrIgUkACABQQJPBEAgBUEYaiABQQRBBBCyASAFIAUoAhwiCjYCKCAFIAUo\
Ahg2AiQgAUECdCILBEAgCiAAIAv8CgAACyAFIAE2AiwgAygCFCERQQEhDAJAA0ACQCABIAxNBEAg\
DkEBcQ0BDAMLQQAhBCABIAxBAXQiD2h2IA9B/////wFqIAFxQQBHaiEQIAogACAOQQFxIgMbIQgg\
ACAKIAMbIRIDQAJAIBAEQCAQQQFrIRACQAJAAkACQCABIAQgDGoiBiABIAZJGyIJIAEgBCAPaiIL\
IAEgC0kbIgdHBEAgCUEBayIDIAFPDQEgASAGTQ0CIAIgCCADQQJ0aigCACAIIAlBAnRqKAIAIBER\
BABB/wFxQQFGDQMLIAVBCGogBCAHIBIgAUG8tMAAEOYBIAQgB0sNAyAFKAIIIAUoAgwgCCAEQQJ0\
aiAHIARrQdy0wAAQiAIMBQsgAyABQdyzwAAQswEACyAJIAFB7LPAABCzAQALIAVBEGogBCAHIBIg\
AUH8s8AAEOYBIAUoAhAiAyAFKAIUQQJ0aiEUIAkhBgNAIAggBkECdGohDSAIIARBAnRqIRMCQAJA\
A0AgAyAURg0GIAQgCUcEQCAGIAdPDQMgASAETQ0CIAIgDSgCACATKAIAIBERBABB/wFxQf8BRw0D\
CyABIAZLBEAgAyANKAIANgIAIA1BBGohDSAGQQFqIQYgA0EEaiEDDAELCyAGIAFBrLTAABCzAQAL\
IAQgAUGMtMAAELMBAAsgASAESwRAIAMgEygCADYCACAEQQFqIQQgA0EEaiEDDAELCyAEIAFBnLTA\
ABCzAQALIAQgByABQcy0wAAQOAALIA5BAXMhDiAPIQwMAwsgCyEEDAALAAsLIAAgASAKIAFBzLPA\
ABCIAgsgBUEkahCLAwsgBUEwaiQAC6sFAgh/AX5BK0GAgMQAIAAoAggiCEGAgIABcSIGGyELIAZB\
FXYgBGohBgJAIAhBgICABHFFBEBBACEBDAELAkAgAkEQTwRAIAEgAhATIQUMAQsgAkUNACACQQNx\
IQkgAkEETwRAIAJBDHEhDANAIAUgASAHaiIKLAAAQb9/SmogCkEBaiwAAEG/f0pqIApBAmosAABB\
v39KaiAKQQNqLAAAQb9/SmohBSAMIAdBBGoiB0cNAAsgCUUNAQsgASAHaiEHA0AgBSAHLAAAQb9/\
SmohBSAHQQFqIQcgCUEBayIJDQALCyAFIAZqIQYLAkAgAC8BDCIJIAZLBEACQAJAIAhBgICACHFF\
BEAgCSAGayEJQQAhBUEAIQYCQAJAAkAgCEEddkEDcUEBaw4DAAEAAgsgCSEGDAELIAlB/v8DcUEB\
diEGCyAIQf///wBxIQogACgCBCEIIAAoAgAhAANAIAVB//8DcSAGQf//A3FPDQJBASEHIAVBAWoh\
BSAAIAogCCgCEBEDAEUNAAsMBAsgACAAKQIIIg2nQYCAgP95cUGwgICAAnI2AghBASEHIAAoAgAi\
CCAAKAIEIgogCyABIAIQ/gENA0EAIQUgCSAGa0H//wNxIQEDQCAFQf//A3EgAU8NAiAFQQFqIQUg\
CEEwIAooAhARAwBFDQALDAMLQQEhByAAIAggCyABIAIQ/gENAiAAIAMgBCAIKAIMEQQADQJBACEF\
IAkgBmtB//8DcSEBA0AgBUH//wNxIgIgAUkhByABIAJNDQMgBUEBaiEFIAAgCiAIKAIQEQMARQ0A\
CwwCCyAIIAMgBCAKKAIMEQQADQEgACANNwIIQQAPC0EBIQcgACgCACIGIAAoAgQiACALIAEgAhD+\
AQ0AIAYgAyAEIAAoAgwRBAAhBwsgBwvEBQIOfwJ+IwBB4ABrIgMkACABIAIoAgwiChECACABQQQg\
AigCHCIFEQAAIAEgACgCACIOQRNqIAIoAiAiDBEAACADQRBqIABBOGoQwAIgAykDECERIANBCGog\
AEHEAGoQwAIgAykDCCESIANBJGoiDyAAEJkBIAMgEjcCWCADQQc6AFQgAyARNwJMIANBBjoASCAD\
QQI2AkQgA0IBNwI8IANBAjYCICADQcgAaiEQIAIoAiQhCUEBIQsCQANAAkACQAJAIAtFBEAgBCEI\
DAELQQIhCCAEQQJGDQBBASELIARBAWohCCAPIARBDGxqIgYtAAAiDUEbRg0AIAghBAwBCyAHQQJH\
BEAgAyAHQQFqIgQ2AkAgB0EMbEEAIQsgBCEHIAghBCAQaiIGLQAAIg1BG0cNAQsgAUEKQQkgDhsg\
BREAACABIABBBGogAigCKBEAACABQQsgBREAACABIAAoAiQgACgCKCAJEQEAIAAoAlBBgICAgHhH\
BEAgAUEMIAURAAAgASAAKAJUIAAoAlggCREBAAsgAUENIAURAAAgASAKEQIAIAFBDiAFEQAAIAEg\
ChECACABQQ8gBREAACABQRYgDBEAACABQRAgBREAACABQRcgDBEAACABIAIoAhAiBBECACAAKAJc\
QYCAgIB4RwRAIAFBCCAFEQAAIAEgACgCYCAAKAJkIAkRAQALIAAoAjQiCEUNAyABQREgBREAACAB\
IAoRAgAgAUESIAURAAAgASACKAIUEQIAIAhBDGwhBiAAKAIwIQcDQCAGRQ0CIAEgBygCBCAHKAII\
IAkRAQAgBkEMayEGIAdBDGohBwwACwALIAYoAAQiCEUNASAGKAAIIQYgASANIAURAAAgASAIIAYg\
CREBAAwBCwsgASACKAIYEQIAIAEgBBECAAsgASAEEQIAIAEgBBECACADQeAAaiQAC8wGARh/IwBB\
IGsiBiQAIABBDGohEyAEQQRqIRQgASgCCCIFQQFLIRUgASgCBCIBIAVBHGxqIRYgBSAFQQBHa0EC\
aiELIAQoAgghFyAEKAIEIRggBC8BAiEZIAQtAAEhGiAELQAAIRsCQANAIAEgFkcEQCABKAIEIgwg\
ASgCCCINEP8CIREgACgCCCESIAAgAhCWAiEEIAYgDTYCCCAGIAw2AgQgBiACNgIMIAYgBCARakEB\
ajYCECAAIAZBBGoQ3QEgBiANNgIIIAYgDDYCBCAZIQUgGiIHIQ4gGCEJIBchCgJAAn8CfwJAAkAC\
QCAbIgRBAWsOAgEFAAtBAiEOIAZBBGpBjKfAAEEGEKUBRQ0BIAghBUECIQdBAgwDC0ECQQEgBkEE\
aiAUENMCGwwBCyABQRBqIQVBACEEIAEtAAxBBUchBwNAIARBIEcEQAJAIARBzKfAAGogBkEEahDT\
AkUgB3INACAFIARB1KfAAGooAgAiCSAEQdinwABqKAIAIgoQ8gJFDQBBASEEIAghBSAPIQcMBQsg\
BEEQaiEEDAELCyMAQRBrIgQkACAEIA02AgwgBCAMNgIIIARBCGohCUEAIQVB9gAhBwJ/A0AgB0EB\
TQRAQQAgBUEDdEGE9MAAaiAJENcCQf8BcSIHRQ0CGgUgBSAHQQF2IgogBWoiBSAFQQN0QYT0wABq\
IAkQ1wJB/wFxQQFGGyEFIAcgCmshBwwBCwsgBSAHQf8BRmohBUEBCyEHIAQgBTYCBCAEIAc2AgAg\
BCgCACAEQRBqJABFCyEHIAghBSAHIQ5BAgshBCAQIQkgHCEKCyAGIAo2AhwgBiAJNgIYIAYgBTsB\
FiAGIAc6ABUgBiAEOgAUIAAoAhQiBCAAKAIMRgRAIBMQ0AELIARBFGwiDyAAKAIQaiIIIA46ABAg\
CEIANwIIIAggAzYCBCAIIBI2AgAgACAEQQFqNgIUIAAgAUEMaiASIAQgBkEUahBGIRAgBCAAKAIU\
IghPDQIgAUEcaiEBIAAoAhAgD2oiBCAINgIMIAQgECARakEDaiIEIBVqNgIIIAQgC2ohCyAFIQgg\
ByEPIAkhECAKIRwMAQsLIAZBIGokACALDwsgBCAIQZymwAAQswEAC6sFAgZ/AX4CQCACRQ0AIAJB\
B2siA0EAIAIgA08bIQcgAUEDakF8cSABayEIQQAhAwNAAkACQAJAIAEgA2otAAAiBcAiBkEATgRA\
IAggA2tBA3ENASADIAdPDQIDQCABIANqIgRBBGooAgAgBCgCAHJBgIGChHhxDQMgA0EIaiIDIAdJ\
DQALDAILQoCAgICQICEJAkACQAJAAkACQAJAAkACQAJAIAUtAMqqQUECaw4DAAECBwsgA0EBaiIE\
IAJJDQJCACEJDAYLIANBAWoiBCACSQ0CQgAhCQwFCyADQQFqIgQgAkkNAkIAIQkMBAsgASAEaiwA\
AEG/f0oNAwwECyABIARqLAAAIQQCQAJAIAVB4AFrIgUEQCAFQQ1GBEAMAgUMAwsACyAEQWBxQaB/\
Rg0DDAQLIARBn39KDQMMAgsgBkEfakH/AXFBDE8EQCAGQX5xQW5HDQMgBEFASA0CDAMLIARBQEgN\
AQwCCyABIARqLAAAIQQCQAJAAkACQCAFQfABaw4FAQAAAAIACyAGQQ9qQf8BcUECSw0EIARBQEgN\
AgwECyAEQfAAakH/AXFBMEkNAQwDCyAEQY9/Sg0CCyACIANBAmoiBE0EQEIAIQkMAgsgASAEaiwA\
AEG/f0oEQEKAgICAkMAAIQkMAgtCACEJIANBA2oiBCACTw0BIAEgBGosAABBQEgNAkKAgICAkOAA\
IQkMAQtCACEJIANBAmoiBCACTw0AIAEgBGosAABBv39MDQFCgICAgJDAACEJCyAAIAkgA62ENwIE\
IABBATYCAA8LIARBAWohAwwCCyADQQFqIQMMAQsgAiADTQ0AA0AgASADaiwAAEEASA0BIAIgA0EB\
aiIDRw0ACwwCCyACIANLDQALCyAAIAI2AgggACABNgIEIABBADYCAAucBQEGfyMAQTBrIgQkAAJA\
AkACQAJAAkACfwJAAkACQAJAIAEoAhwiAiABKAIYIgVJBEAgASgCFCIGIAJqLQAAIgNBLUYNAiAD\
QeYARg0EQQQhByADQe4ARg0BQc+twAAgA0H0AEYNBRogA0Ewa0H/AXFBCkkNAwsgACABQeytwABB\
BxBjDAkLQditwAAMAwsgASACQQFqIgI2AhwLAkAgAiAFSQRAIAIgBmotAAAiA0EwRgRAIAEgAkEB\
aiICNgIcDAULIANBMWtB/wFxQQlJDQELIARBFGogAUHIrcAAQQcQYwwECyABEL8BIAEoAhwhAiAB\
KAIYIQUgASgCFCEGDAILQQUhB0HTrcAACyEDIARBCGogAiAGIAVB3K3AABCHAiAEKAIIIAQoAgwg\
AyAHEMQCRQRAIAAgAUHsrcAAQQcQYwwFCyAAQQI2AgAgACADLQAAOgAEIAEgAiAHajYCHAwECwJA\
IAIgBU8NACACIAZqLQAAQS5HDQAgASACQQFqIgI2AhwCQCACIAVJBEAgAiAGai0AAEEwa0H/AXFB\
CkkNAQsgBEEUaiABQZKtwABBHxBjDAILIAEQvwEgASgCHCECIAEoAhghBSABKAIUIQYLIAIgBU8N\
AiACIAZqLQAAQSByQeUARw0CIAEgAkEBaiIDNgIcAkAgAyAFTw0AAkAgAyAGai0AAEEraw4DAAEA\
AQsgASACQQJqIgM2AhwLIAMgBUkEQCADIAZqLQAAQTBrQf8BcUEKSQ0CCyAEQRRqIAFBsa3AAEEX\
EGMLIAQoAhQiAUECRg0BIAAgBCkCKDcCFCAAIAQpAiA3AgwgACAEKQIYNwIEIAAgATYCAAwCCyAB\
EL8BCyAAQQI2AgAgAEEwOgAECyAEQTBqJAAL0QQBBn8CQAJAIAAoAggiB0GAgIDAAXFFDQACQAJA\
AkACQCAHQYCAgIABcQRAIAAvAQ4iBA0BQQAhAgwCCyACQRBPBEAgASACEBMhBAwECyACRQRADAQL\
IAJBA3EhBSACQQRPBEAgAkEMcSEIA0AgBCABIANqIgYsAABBv39KaiAGQQFqLAAAQb9/SmogBkEC\
aiwAAEG/f0pqIAZBA2osAABBv39KaiEEIAggA0EEaiIDRw0ACyAFRQ0ECyABIANqIQMDQCAEIAMs\
AABBv39KaiEEIANBAWohAyAFQQFrIgUNAAsMAwsgASACaiEIQQAhAiABIQMgBCEFA0AgAyIGIAhG\
DQICfyAGQQFqIAYsAAAiA0EATg0AGiAGQQJqIANBYEkNABogBkEEQQMgA0FvSxtqCyIDIAZrIAJq\
IQIgBUEBayIFDQALC0EAIQULIAQgBWshBAsgBCAALwEMIgNPDQAgAyAEayEGQQAhBEEAIQUCQAJA\
AkAgB0EddkEDcUEBaw4CAAECCyAGIQUMAQsgBkH+/wNxQQF2IQULIAdB////AHEhCCAAKAIEIQcg\
ACgCACEAA0AgBEH//wNxIAVB//8DcUkEQEEBIQMgBEEBaiEEIAAgCCAHKAIQEQMARQ0BDAMLC0EB\
IQMgACABIAIgBygCDBEEAA0BQQAhBCAGIAVrQf//A3EhAQNAIARB//8DcSICIAFJIQMgASACTQ0C\
IARBAWohBCAAIAggBygCEBEDAEUNAAsMAQsgACgCACABIAIgACgCBCgCDBEEACEDCyADC48FAgV/\
A34jAEGgAWsiAiQAIAJCADcDICACQgA3AxggAkIANwMQIAJCADcDCCACQgA3A0AgAkIANwM4IAJC\
ADcDMCACQgA3AyggAiABNgJMIAIgAS0AaCIDrSIHQjuGIAEpAyAiCEIJhiIJIAdCA4aEIgdCgP4D\
g0IohoQgB0KAgPwHg0IYhiAHQoCAgPgPg0IIhoSEIAhCAYZCgICA+A+DIAhCD4hCgID8B4OEIAhC\
H4hCgP4DgyAJQjiIhISENwNQIAMgAUEoaiIFakGAAToAACACIAJBzABqNgJcIAIgA0EBaiAFQcAA\
QZCjwAAQhwIgAigCBCEEIAIoAgAhBgNAIAQEQCAGQQA6AAAgBEEBayEEIAZBAWohBgwBCwsCQCAD\
QThxQThHBEAgAUHgAGpBCCACQdAAakEIQaCjwAAQngIgAkHcAGogBRD3AgwBCyACQdwAaiIEIAUQ\
9wIgAkHgAGoiA0EAQcAA/AsAIAJBmAFqQQggAkHQAGpBCEGwo8AAEJ4CIAQgAxD3AgtBACEEIAFB\
ADoAaCACQqCAgIDAADcCbCACQQA2AmQgAiACQcgAajYCYCACIAJBKGo2AmggAigCTCEBIAJB4ABq\
IgMoAhAiBUUEQEHMocAAEIYDAAtBCCADKAIMIAVuIgMgA0EITxtBAnQhAwNAIAMgBEcEQCACIAEg\
BGooAgAiBUH/gfwHcUEIeCAFQRh4Qf+B/AdxcjYCYCACQShqIARqQQQgAkHgAGpBBEHwlsEAEJ4C\
IARBBGohBAwBCwsgAkEIakEgIAJBKGpBIEGAosAAEJ4CIAAgAikDIDcAGCAAIAIpAxg3ABAgACAC\
KQMQNwAIIAAgAikDCDcAACACQaABaiQAC5IEAQR/IwBBIGsiBSQAA0ACQAJAAn8CQCACIANHBEAg\
ASADaiIGLQAAIgRB4QBrQf8BcUEaSSAEQTBrQf8BcUEJTXINBCAEQd8ARyADQQFqIAJPckUEQCAG\
QQFqLQAAIgRB4QBrQf8BcUEaSSAEQTBrQf8BcUEKSXINBQsgAw0BQQAMAgsgACABIAIQlwEMAgsg\
AiADQQFrIgRNBEAgBCACQdCQwQAQswEACyAEIAMgBkEBay0AAEEwa0H/AXFBCkkbCyEDIAVBFGoi\
BCACQQhqEPkBIAVBCGogAyABIAJB4JDBABC7ASAEIAUoAgggBSgCDBDaAQNAIAIgA00EQCAAIAUo\
Ahw2AgggACAFKQIUNwIADAILIAEgA2otAAAiBEEwa0H/AXFBCkkgBEFfcUHBAGtB/wFxQRpJckUE\
QCADQQFqIQMMAQsgBSgCHARAIAVBFGpB3wAQowELIAMgAiACIANJGyEEA0ACQCADIARGBEAgBCED\
DAELIAVBFGogASADai0AACIGQcEAa0H/AXFBGkkEf0EgBSAGQTBrQf8BcUEKTw0BQQALIAZyEKMB\
IANBAWohAwwBCwsDQCACIANNDQEgASADai0AACIEQeEAa0H/AXFBGk8gBEEwa0H/AXFBCUtxDQEg\
BUEUaiAEEKMBIANBAWohAwwACwALAAsgBUEgaiQADwsgA0EBaiEDDAALAAv7AwEIfyMAQRBrIgYk\
AAJ/AkAgA0EBcUUEQCACLQAAIgUNAUEADAILIAAgAiADQQF2IAEoAgwRBAAMAQsgASgCDCEKA0Ag\
AkEBaiEEAkACQAJAAkAgBcBBAEgEQCAFQf8BcSIIQYABRg0BIAhBwAFHDQMgBiABNgIEIAYgADYC\
ACAGQqCAgIAGNwIIIAMgB0EDdGoiAigCACAGIAIoAgQRAwBFDQJBAQwGCyAAIAQgBUH/AXEiAiAK\
EQQARQRAIAIgBGohAgwEC0EBDAULIAAgAkEDaiIEIAIvAAEiAiAKEQQARQRAIAIgBGohAgwDC0EB\
DAQLIAdBAWohByAEIQIMAQtBoICAgAYhCyAFQQFxBEAgAigAASELIAJBBWohBAtBACEIAn8gBUEC\
cUUEQEEAIQkgBAwBCyAELwAAIQkgBEECagshAiAFQQRxBH8gAi8AACEIIAJBAmoFIAILIQQgBUEI\
cQR/IAQvAAAhByAEQQJqBSAECyECIAVBEHEEQCADIAlBA3RqLwEEIQkLIAYgBUEgcQR/IAMgCEED\
dGovAQQFIAgLOwEOIAYgCTsBDCAGIAs2AgggBiABNgIEIAYgADYCAEEBIAMgB0EDdGoiBCgCACAG\
IAQoAgQRAwANAhogB0EBaiEHCyACLQAAIgUNAAtBAAsgBkEQaiQAC8YEAQd/IwBB8ABrIgYkACAG\
IAI2AgwgBiABNgIIIAYgBDYCFCAGIAM2AhAgACgCCEEcbCEEIAAoAgQiAEEMaiEBIAZB1ABqIQMg\
BkHcAGohCANAAkACQAJAIAQEQCAAKAIEIQcgBiAAKAIIIgk2AhwgBiAHNgIYIAZBAjYCXCAGQQI2\
AlQgBiAGQRhqNgJYIAYgBkEQajYCUCAGQcQAaiIKQcWDwAAgBkHQAGoiCxCqAiAGIAYpAkQ3AyAg\
BiAGKAJMNgIoIAZBLGoiDCAHIAkQHiAGKAI0BEACQCACBEAgBkEDNgJcIAZBAjYCVCAGIAw2Algg\
BiAGQQhqNgJQIApBwIPAACALEKoCIAYgBikCRDcDOCAGIAYoAkw2AkAMAQsgBiAGKAI0NgJAIAYg\
BikCLDcDOAsCfyABLQAAIgcEQCAHQQVHBEAgCCAGKQMgNwIAIAggBigCKDYCCCAGIAYoAkA2Algg\
BiAGKQM4NwNQIAYgATYCaCAFIAZB0ABqELUBQQAMAgsgAUEEaiAGKAI8IAYoAkAgBigCJCAGKAIo\
IAUQIAsgBkE4ahCKA0EBCyEHIAINAgwDCyABQbj+wAAQXkUEQCAGQSxqEIoDIAZBIGoQigMMBAsg\
AyAGKAIoNgIIIAMgBikDIDcCACAGQYCAgIB4NgJQIAUgBkHQAGoQtQEgBkEsahCKAwwDCyAGQfAA\
aiQADwsgBkEsahCKAwsgB0UNACAGQSBqEIoDCyAAQRxqIQAgBEEcayEEIAFBHGohAQwACwALsAQB\
BX8jAEFAaiIDJAAgASgCHCIEIAEoAhgiBSAEIAVLGyEGIAEoAhQhBwJAAkADQAJAIAQgBkYNAAJA\
IAQgB2otAAAiBUEJa0ECSQ0AAkAgBUEgaw4DAQIEAAsgBUENRw0BCyABIARBAWoiBDYCHAwBCwsg\
ACABQeerwABBDBBjDAELAkAgAkUEQCADQSRqIAFBABAPIAMoAiQiAkECRwRAIAAgAykCODcCFCAA\
IAMpAjA3AgwgACADKQIoNwIEIAAgAjYCAAwDCyADQQA2AhAgA0KAgICAEDcCCAwBCyADQSRqIAEQ\
dSADIAMpAig3AxggAyADKAIwNgIgIAMoAiQiAkECRwRAIAAgAygCPDYCGCAAIAMpAjQ3AhAgACAD\
KAIgNgIMIAAgAykDGDcCBCAAIAI2AgAMAgsgAyADKQMYNwMIIAMgAygCIDYCEAsgASgCHCIEIAEo\
AhgiAiACIARJGyECIAEoAhQhBQJAAkACQANAIAIgBEYNASAEIAVqLQAAIgZBCWsiB0EXS0EBIAd0\
QZOAgARxRXJFBEAgASAEQQFqIgQ2AhwMAQsLIAZBOkcNACABIARBAWo2AhwMAQsgA0EkaiABQeSr\
wABBAxBjIAMoAiQiAUECRw0BCyAAIAMoAhA2AgwgACADKQMINwIEIABBAjYCAAwBCyAAIAMpAjg3\
AhQgACADKQIwNwIMIAAgAykCKDcCBCAAIAE2AgAgA0EIahCKAwsgA0FAayQAC7sIARN/IwBBMGsi\
AyQAIAIoAgQhESACKAIAIQ0gAyABKAIAIgIgAiABKAIEahBVIANBDGogDSANIBFqEFVBfyEBAkAC\
QCADKAIIIg5BwABLDQAgAygCFCILQcAASw0AIANBADoALCADQQA2AiQgAyALNgIoIAtBAnQhEiAL\
QQFqIQkgA0EYaiEHIwBBIGsiBCQAIARBFGogA0EkaiIBEJUBAkAgBCgCGEEBRgRAIAQgBCgCHEEE\
QQQQsgEgBEEANgIQIAQgBCkDADcCCCAEQQhqIQUjAEEQayIIJAAgCEEEaiABEJUBAkACQCAIKAII\
QQFGBEAgBSAIKAIMELgCIAUoAgghAiABLQAIQQFxDQEgASgCACIGIAEoAgQiDEsNASACQQFqIQEg\
BSgCBCACQQJ0aiECA0AgBiAMRwRAIAIgBjYCACACQQRqIQIgAUEBaiEBIAZBAWohBgwBCwsgAiAM\
NgIADAILQdyhwABBI0HglsEAEPIBAAsgAiEBCyAFIAE2AgggCEEQaiQAIAcgBCgCEDYCCCAHIAQp\
Agg3AgAgBEEgaiQADAELQdyhwABBI0HwocAAEPIBAAsgAygCBCIIIA5BAnRqIQwDQCAIIAxHBEAg\
CCgCACEOIANBJGohBSMAQSBrIgIkAAJAAkACQCATQQFqIhMiAQRAIAJBCGogCUEEQQQQsgEgAkEA\
NgIcIAIgAikDCDcCFCACQRRqIgcgCRC4AkEBIAkgCUEBTRsiD0EBayEEIAcoAgQgBygCCCIKQQJ0\
aiEGAkADQCAEBEAgBiABNgIAIARBAWshBCAGQQRqIQYMAQUCQCAKIA9qIQQgCQ0AIARBAWshBAwD\
CwsLIAYgATYCAAsgByAENgIIIAUgAigCHDYCCCAFIAIpAhQ3AgAMAQsgAkEUaiAJQQFBBEEEEGEg\
AigCGCEBIAIoAhRBAUYNASACKAIcIQQgBSAJNgIIIAUgBDYCBCAFIAE2AgALIAJBIGokAAwBCyAB\
IAIoAhwQ0QIACyAIQQRqIQggAygCKEEEaiEFQQAhASADKAIsIgcgB0EAR2shDyADKAIQIQYgEiEC\
A0AgAgRAIAYoAgAhCiADQRhqIgQgAUHAiMEAEKQCKAIAIRQgBCABQQFqIgRB0IjBABCkAigCACEQ\
IANBJGogAUHgiMEAEKQCIRUgASAPRg0FIAUgFSgCAEEBaiIBIBBBAWoiECAUIAogDkdqIgogCiAQ\
SxsiCiABIApJGzYCACAFQQRqIQUgAkEEayECIAZBBGohBiAEIQEMAQsLIANBGGoQiwMgAyADKAIs\
NgIgIAMgAykCJDcDGAwBCwsgA0EYaiICIAtBsIjBABCkAigCACEBIAIQiwMLIANBDGoQiwMgAxCL\
AyAAIBE2AgggACANNgIEIAAgATYCACADQTBqJAAPCyABQQFqIAdB8IjBABCzAQAL0QMBA38jAEEQ\
ayIEJAACQAJAAkAgASgCCCICQYCAgBBxRQRAIAJBgICAIHENASAAIAEQOkUNAkEBIQIMAwsgACgC\
ACECA0AgAyAEakEPaiACQQ9xLQCkqEE6AAAgA0EBayEDIAJBBHYiAg0AC0EBIQIgAUHCucEAQQIg\
AyAEakEQakEAIANrEBdFDQEMAgsgACgCACECA0AgAyAEakEPaiACQQ9xLQDEuUE6AAAgA0EBayED\
IAJBBHYiAg0AC0EBIQIgAUHCucEAQQIgAyAEakEQakEAIANrEBcNAQsgASgCAEHAucEAQQIgASgC\
BCgCDBEEAARAQQEhAgwBCyAAQQRqIQACQCABKAIIIgJBgICAEHFFBEAgAkGAgIAgcQ0BIAAgARA6\
IQIMAgsgACgCACECQQAhAwNAIAMgBGpBD2ogAkEPcS0ApKhBOgAAIANBAWshAyACQQR2IgINAAsg\
AUHCucEAQQIgAyAEakEQakEAIANrEBchAgwBCyAAKAIAIQJBACEDA0AgAyAEakEPaiACQQ9xLQDE\
uUE6AAAgA0EBayEDIAJBBHYiAg0ACyABQcK5wQBBAiADIARqQRBqQQAgA2sQFyECCyAEQRBqJAAg\
AgvyAwEIfyABKAIEIgUEQCABKAIAIQQDQAJAIANBAWohAgJ/IAIgAyAEai0AACIIwCIJQQBODQAa\
AkACQAJAAkACQAJAAkACQAJAAkACQCAILQDKqkFBAmsOAwABAgwLQbmhwAAgAiAEaiACIAVPGywA\
AEFATg0LIANBAmoMCgtBuaHAACACIARqIAIgBU8bLAAAIQcgCEHgAWsiBkUNASAGQQ1GDQIMAwtB\
uaHAACACIARqIAIgBU8bLAAAIQYgCEHwAWsOBQQDAwMFAwsgB0FgcUGgf0cNCAwGCyAHQZ9/Sg0H\
DAULIAlBH2pB/wFxQQxPBEAgCUF+cUFuRyAHQUBOcg0HDAULIAdBQE4NBgwECyAJQQ9qQf8BcUEC\
SyAGQUBOcg0FDAILIAZB8ABqQf8BcUEwTw0EDAELIAZBj39KDQMLQbmhwAAgBCADQQJqIgJqIAIg\
BU8bLAAAQb9/Sg0CQbmhwAAgBCADQQNqIgJqIAIgBU8bLAAAQb9/Sg0CIANBBGoMAQtBuaHAACAE\
IANBAmoiAmogAiAFTxssAABBQE4NASADQQNqCyIDIgIgBUkNAQsLIAAgAzYCBCAAIAQ2AgAgASAF\
IAJrNgIEIAEgAiAEajYCACAAIAIgA2s2AgwgACADIARqNgIIDwsgAEEANgIAC/EDAgZ/AX4jAEEQ\
ayIHJAADQAJAAkAgAiADSwRAIAEgA2otAAAiBEEiRwRAIARBLUYgBEEwa0H/AXFBCklyDQMMAgsg\
A0EBaiEEA0ACfwJAIAQiA0F3Sw0AIANBCGoiBCACSw0AIAEgA2opAAAiCUJ/hSAJQuDBg4eOnLjw\
YINCgYKEiJCgwIABfSAJQqLEiJGixIiRIoVCgYKEiJCgwIABfSAJQty48eLFi5eu3ACFQoGChIiQ\
oMCAAX2EhINCgIGChIiQoMCAf4MiCVANAiAJeqdBA3YgA2oMAQsDQCACIANLIQQgASADaiADQQFq\
IQNBACAEGxCOAg0ACyADQQFrCyIDIAJPDQQCfyABIANqLQAAIgVB3ABHBEBBASAFQSJHDQEaDAQL\
QQILIANqIQQMAAsACyAAIAAoAgAgAiAGamo2AgAgB0EQaiQADwsgA0EBaiEDDAELIAMhBANAAkAC\
QCACIARGBEAgAiEEDAELIAEgBGotAAAiBUEwa0H/AXFBCkkNASAFQeUARiAFQStrIghBGk1BAEEB\
IAh0QY2AgCBxG3INAQsgB0EIaiABIAIgAyAEQbyzwAAQcyAGIAcoAgggBygCDCIDEA4iBiADayID\
QQAgAyAGTRtqIQYgBCEDDAILIARBAWohBAwACwALAAvgCQIIfwF+IwBBgAFrIgQkACAEQeAAaiAC\
EFsCQAJAIAQoAmAiA0ECRwRAIAAgBCkCdDcCFCAAIAQpAmw3AgwgACAEKQJkNwIEIAAgAzYCAAwB\
CyAEQRhqIQUjAEEQayIGJAACQCACIgNBA0kNACAGIAEgA0EDQdiSwQAQ+AEgBigCBEEDRw0AIAYo\
AgwhAyAGKAIIQQAgBigCAEGUqsAAQQMQ/gIbIQcLIAUgAzYCBCAFIAc2AgAgBkEQaiQAIARBJGog\
BCgCGCIDIAEgAxsiBiAEKAIcIAIgAxsiARAaIAQoAiRBAUYEQCAEIAQpAigiC6ciAjYCTCAEQRpB\
FSALQoCAgIAQg1AiAxs2AlQgBEHKqsAAQeSqwAAgAxs2AlAgASACSQ0CIwBBMGsiAyQAIAMgAiIB\
NgIIIAMgBjYCBCADQSBqIANBBGoQJAJAIARB4ABqIgcCfyADKAIgIgkEQCADKAIkIgUgAygCLEUN\
ARoCQAJAIAFFBEBBASEGDAELIAFBARDQAiIGRQ0BCyADQQA2AhQgAyAGNgIQIAMgATYCDAJAAkAg\
ASAFSQRAIANBDGpBACAFEG8gAygCDCEBIAMoAhAhBiADKAIUIQgMAQsgBUUNAQsgBUUNACAGIAhq\
IAkgBfwKAAALIAMgBSAIaiIFNgIUIAEgBWtBAk0EQCADQQxqIAVBAxBvIAMoAhQhBSADKAIQIQYL\
IAUgBmoiAUHunsEALQAAIgg6AAIgAUHsnsEALwAAIgk7AAAgAyAFQQNqIgE2AhQgAyADKQIENwIY\
IANBIGogA0EYahAkIAMoAiAiBgRAA0AgAygCLAJAAkAgAygCJCIFIAMoAgwgAWtLBEAgA0EMaiAB\
IAUQbyADKAIUIQEMAQsgBUUNAQsgBUUNACADKAIQIAFqIAYgBfwKAAALIAMgASAFaiIBNgIUBEAg\
AygCDCABa0ECTQRAIANBDGogAUEDEG8gAygCFCEBCyADKAIQIAFqIgYgCTsAACAGIAg6AAIgAyAB\
QQNqIgE2AhQLIANBIGogA0EYahAkIAMoAiAiBg0ACwsgByADKAIUNgIIIAcgAykCDDcCAAwDC0EB\
IAEQ0QIAC0EBIQlBAAs2AgggByAJNgIEIAdBgICAgHg2AgALIANBMGokACAEQRBqIAcQogMgBEEI\
aiAEKAIQIAQoAhQgAhBHIAQgBCgCDCIBNgJcIAQgBCgCCCICNgJYIAcQ3gIgBEEBNgJ8IAQgBEHc\
AGo2AnggBEEBNgJ0IARBATYCbCAEQQI2AmQgBCAEQdgAajYCcCAEIARBzABqNgJoIAQgBEHQAGo2\
AmAgBEE8akH6oMAAIAcQqgIgBEEAOgBIIAAgBCkCRDcCFCAAIAQpAjw3AgwgACABNgIIIAAgAjYC\
BCAAQQE2AgAMAQsgBCAEKAIoIgMgBCgCLCIHajYCZCAEIAM2AmAgBEHgAGoiBigCACECIAYoAgQh\
BQNAAkAgAiIBIAVGDQAgBiABQQFqIgI2AgAgAS0AAEEJayIIQRdLDQBBASAIdEGTgIAEcQ0BCwsg\
ASAFRwRAIAAgBzYCCCAAIAM2AgQgAEECNgIADAELIABBDGpBl6rAAEEzEJcBIABBADYCACAAQQA6\
ABgLIARBgAFqJAAPC0EAIAIgAUH8qsAAEDgAC8AEAgR/AX4jAEFAaiIDJAAgASgCACEBAkACQAJA\
IAJB/wFxQQRHBEAgASgCICEEIAEoAiQoAgwhAQwBCyADQTBqIAEoAiAiBEEHIAEoAiQoAgwiAREB\
AAJAAkACQAJAIAMtADBBA2sOBAABAQUBCyADQTRqIQUgAygCPEEIRw0BIAMoAjgpAABCw6rNovWp\
06LSAFINASADIAUoAgg2AiggAyAFKQIANwMgIANBIGoQigMgAy0AMEEDaw4EAwICAwILIANBMGoQ\
7QEMAwsgBRCKAwwCCyADQTBqEO0BCyADQTBqIAQgAhD0AiABEQEAAkAgAy0AMCIBQQZGDQACQAJA\
AkAgAUECaw4CAQADCyADQQhqIAMoAjggAygCPBBFIAMoAgxFDQIgA0EUaiADQTRqEKsBDAELIAMg\
AygCOCIEIAMoAjwiAUEtEMYBIAMoAgQgASADKAIAIgEbIgVFDQEgAyABIAQgARsiATYCICADIAEg\
BWoiBDYCJCADQSBqIgUQzwENASADIAQ2AiQgAyABNgIgIAUoAgAhBCAFKAIEIQYDQCAGIAQiAUcE\
QCAFIAFBAWoiBDYCACABLQAAQTBGDQELCyABIAZHBEAgA0EUaiADQTRqEKsBDAELIANBFGpB6YfB\
AEEBEJcBCyADKAIUIQEgA0EwahDgAiABQYCAgIB4Rg0BIAMpAhghByAAIAI6AAwgACAHNwIEIAAg\
ATYCAAwCCyADQTBqEOACCyAAQYCAgIB4NgIACyADQUBrJAALjwQBAn8gACABaiECAkACQCAAKAIE\
IgNBAXENACADQQJxRQ0BIAAoAgAiAyABaiEBIAAgA2siAEGAv8EAKAIARgRAIAIoAgRBA3FBA0cN\
AUH4vsEAIAE2AgAgAiACKAIEQX5xNgIEIAAgAUEBcjYCBCACIAE2AgAMAgsgACADEDALAkACQAJA\
IAIoAgQiA0ECcUUEQCACQYS/wQAoAgBGDQIgAkGAv8EAKAIARg0DIAIgA0F4cSICEDAgACABIAJq\
IgFBAXI2AgQgACABaiABNgIAIABBgL/BACgCAEcNAUH4vsEAIAE2AgAPCyACIANBfnE2AgQgACAB\
QQFyNgIEIAAgAWogATYCAAsgAUGAAk8EQCAAIAEQNQ8LAkBB8L7BACgCACICQQEgAUEDdnQiA3FF\
BEBB8L7BACACIANyNgIAIAFB+AFxQei8wQBqIgEhAgwBCyABQfgBcSIBQei8wQBqIQIgAUHwvMEA\
aigCACEBCyACIAA2AgggASAANgIMIAAgAjYCDCAAIAE2AggPC0GEv8EAIAA2AgBB/L7BAEH8vsEA\
KAIAIAFqIgE2AgAgACABQQFyNgIEIABBgL/BACgCAEcNAUH4vsEAQQA2AgBBgL/BAEEANgIADwtB\
gL/BACAANgIAQfi+wQBB+L7BACgCACABaiIBNgIAIAAgAUEBcjYCBCAAIAFqIAE2AgALC5cEAgV/\
AX4jAEEgayIHJAAgAEH8scAAQQEgASgCDCIEEQEAA0BBACEGIAdBCGogAiIFIAMgCAJ/AkADQCAG\
IAhqIgFBd0sgAUEIaiADS3INASAFIAhqIAVBCGohBSAGQQhqIQYpAAAiCUJ/hSAJQuDBg4eOnLjw\
YINCgYKEiJCgwIABfSAJQqLEiJGixIiRIoVCgYKEiJCgwIABfSAJQty48eLFi5eu3ACFQoGChIiQ\
oMCAAX2EhINCgIGChIiQoMCAf4MiCVANAAsgCCAJeqdBA3ZqIAZqQQhrDAELA0AgASADSSEFIAEg\
AmogAUEBaiEBQQAgBRsQjgINAAsgAUEBawsiAUGAssAAEHMgACAHKAIIIAcoAgwgBBEBACABIANJ\
BEACQAJAAkACQAJAAkACQAJAAkACQCABIAJqLQAAIgVBCGsOBgcGBAEIBQALIAVBIkYNASAFQdwA\
Rg0CCyAHQRRqIgYgBRB7IAAgBygCGCAHKAIcIAQRAQAgBhCKAwwHCyAAQZCywABBAiAEEQEADAYL\
IABBkrLAAEECIAQRAQAMBQsgAEGUssAAQQIgBBEBAAwECyAAQZaywABBAiAEEQEADAMLIABBmLLA\
AEECIAQRAQAMAgsgAEGassAAQQIgBBEBAAwBCyAAQZyywABBAiAEEQEACyABQQFqIQgMAQsLIABB\
/LHAAEEBIAQRAQAgB0EgaiQAC+kDAQR/IwBBMGsiAyQAIANBCGoiBEHAAiACIAJBwAJPG0ECahD5\
ASAEQSIQowEgA0EANgIcIAMgASACaiIENgIYIAMgATYCFANAAkACQAJAAkACQAJAAkAgA0EUaiIF\
EPQBIgJBgIDEAEcEQCADIAMoAhwiBkEBajYCHCAGQdAARgRAIANBCGoiAkGmwAAQowEgAkEiEKMB\
IAMgASAEELwCNgIsIANBATYCGCADIANBLGo2AhQgA0EgaiIBQZ6fwAAgBRCqAiACIAMoAiQgAygC\
KBDaASABEIoDDAILAkACQCACQQlrDgUIBgEBBwALIAJBIkYNAyACQdwARg0ECyACQebAAGtBBEkg\
AkGqwABrQQVJciACQf7//wBxQajAAEYgAkEgSXJyRSACQf8Aa0EhT3ENByADQSBqIgUgAhB7IANB\
CGogAygCJCADKAIoENoBIAUQigMMCAsgA0EIakEiEKMBCyAAIAMoAhA2AgggACADKQIINwIAIANB\
MGokAA8LIANBCGpBkLLAAEECENoBDAULIANBCGpBkrLAAEECENoBDAQLIANBCGpBlLLAAEECENoB\
DAMLIANBCGpBlrLAAEECENoBDAILIANBCGpBmLLAAEECENoBDAELIANBCGogAhCjAQwACwAL1wYC\
DX8BfiMAQfAAayIDJABBASACKAIEIAItAAAiBBshBUEAIAIoAgggBBshBAJAAkACQCABIAIQrAIi\
AQRAIAEtAABBA0cNASADQQhqIAEoAggiBiABKAIMIgkQRSADKAIMDQIgACAENgIIIAAgBTYCBCAA\
QQI2AgAMAwsgACAENgIIIAAgBTYCBCAAQQI2AgAMAgsgACACQY2vwABBCCABEHwMAQsgAyACKAIU\
IgU2AhAgAyAFIAIoAhhBA3RqIg42AhQjAEEgayIIJAAgAUEEaiIBKAIIIQogASgCBCELIANBEGoi\
DygCACEBIA8oAgQhDANAAkAgASAMRgRAQQAhDQwBCyAPIAFBCGoiBDYCACABKAIAIQ0gCCABQQRq\
KAIAIgc2AhQgCCANNgIQIAhBCGogCyAKEEUgCCAIKQMINwIYIAQhASAIQRBqIAhBGGoQ0wJFDQEL\
CyADIAc2AgQgAyANNgIAIAhBIGokACADKAIAIgQEQCADKAIEIQEgACAENgIEIABBAjYCACAAIAE2\
AggMAQsgA0E0aiIMIAYgCRAqIwBBIGsiBiQAIAZBCGogDiAFa0EDdiIBQQRBDBCyASAGQQA2Ahwg\
BiAGKQMINwIUIwBBEGsiCSQAIAZBFGoiBCABELkCIAQpAgQhECAJIARBCGo2AgQgCSAQQiCJNwII\
IwBBEGsiCiQAIAlBBGoiBygCBCELIAcoAgAgBSAORwRAIAcoAgggC0EMbGohByABIAtqIQsDQCAK\
QQRqIAUoAgAgBUEEaigCABAqIAcgCigCDDYCCCAHIAopAgQ3AgAgBUEIaiEFIAdBDGohByABQQFr\
IgENAAsLIAs2AgAgCkEQaiQAIAlBEGokACADQcwAaiIEIAYoAhw2AgggBCAGKQIUNwIAIAZBIGok\
ACADQUBrIgEgAygCUCADKAJUQaj/wABBAhASIANBAzYCbCADQQM2AmQgA0ECNgJcIAMgAkEMajYC\
WCADIAE2AmggAyAMNgJgIANBJGpBsYfAACADQdgAahCqAiABEIoDIAQQlQMgDBCKAyAAIAMpAiA3\
AgggACADKQIoNwIQIANBADYCGCAAIAMpAhg3AgAgA0EBOgAwIAAgAygCMDYCGAsgA0HwAGokAAuz\
AwEFfyMAQfAAayIDJAACQAJAIAEgAhCsAiIBBEAgAS0AAEEERw0BIANBIGogASgCDEEEQQwQsgEg\
A0EANgI0IAMgAykDIDcCLCABKAIMQQR0IQUgASgCCCEBAkADQCAFBEAgAyAENgI4IAEtAABBA0cN\
AiADQRBqIAFBCGooAgAiBiABQQxqKAIAIgcQRSADKAIUBEAgA0EIaiAGIAcQRSADQdgAaiIGIAMo\
AgggAygCDBCXASADQSxqIAYQ2QELIAFBEGohASAEQQFqIQQgBUEQayEFDAELCyAAIAMoAjQ2Agwg\
ACADKQIsNwIEIABBAjYCAAwDCyADQRhqIAEQxwIgAyADKQMYNwJQIANBAjYCbCADQQE2AmQgA0EC\
NgJcIAMgAkEMajYCWCADIANB0ABqNgJoIAMgA0E4ajYCYCADQcQAakHgg8AAIANB2ABqEKoCIABB\
ADYCACAAIAMpAjw3AgQgACADKQJENwIMIAAgAygCTDYCFCAAQQE6ABggA0EsahCVAwwCCyAAQgQ3\
AgggAEICNwIADAELIAAgAkGJjsEAQRMgARB8CyADQfAAaiQAC+cCAQV/AkAgAUHN/3tBECAAIABB\
EE0bIgBrTw0AIABBECABQQtqQXhxIAFBC0kbIgRqQQxqEAkiAkUNACACQQhrIQECQCAAQQFrIgMg\
AnFFBEAgASEADAELIAJBBGsiBSgCACIGQXhxIAIgA2pBACAAa3FBCGsiAiAAQQAgAiABa0EQTRtq\
IgAgAWsiAmshAyAGQQNxBEAgACADIAAoAgRBAXFyQQJyNgIEIAAgA2oiAyADKAIEQQFyNgIEIAUg\
AiAFKAIAQQFxckECcjYCACABIAJqIgMgAygCBEEBcjYCBCABIAIQKAwBCyABKAIAIQEgACADNgIE\
IAAgASACajYCAAsCQCAAKAIEIgFBA3FFDQAgAUF4cSICIARBEGpNDQAgACAEIAFBAXFyQQJyNgIE\
IAAgBGoiASACIARrIgRBA3I2AgQgACACaiICIAIoAgRBAXI2AgQgASAEECgLIABBCGohAwsgAwuw\
AwEFfyMAQRBrIgYkACAGIAI2AgwgBiABNgIIQcYAIQMDQCADQQJJRQRAIAQgA0EBdiIFIARqIgQg\
BkEIaiAEQSxsQYzSwABqENYCQf8BcUEBRhshBCADIAVrIQMMAQsLAkACQCAGQQhqIARBLGxBjNLA\
AGoQ1gJB/wFxIgMEQEGweiEDA0AgA0UEQEEAIQRBAyEFQYyFwQAhB0EAIQNBACECQQAhAQwDCyAD\
QaCFwQBqIQUgA0GchcEAaiEHIANBJGoiBCEDIAEgAiAHKAIAIAUoAgAQxAJFDQALIARB6ITBAGoh\
AyAEQYmFwQBqLQAAIQEgBEGIhcEAai0AACECIARBhIXBAGooAgAhBSAEQYCFwQBqKAIAIQdBACEE\
DAELIAQgA0H/AUZqIgFBxQBLDQEgAUEsbCIDQYzSwABqIQQgAy0AtdJAIQEgAy0AtNJAIQIgAygC\
mNJAIQUgAygClNJAIQcgAygCnNJAIQMLIAAgAzYCDCAAIAQ2AgggACABOgARIAAgAjoAECAAIAU2\
AgQgACAHNgIAIAZBEGokAA8LQcYAQcYAQaz/wAAQswEAC5MFAQl/IwBBMGsiBiQAAkACQCACBEAC\
QCADBEAjAEEwayIFJAAgBUEANgIsIAUgAzYCJCAFIAM2AhwgBSAENgIgIAUgAyAEaiIINgIoIAVB\
JGohCiADIQQDQCAFQRBqIAoQhAEgBSgCFCIHQQlGIAdBIEZyBEAgBSgCJCEEIAUoAighCAwBBQJ/\
IAdBgIDEAEcEQCAFKAIkIAUoAhAiByAIIARramogBSgCKGsMAQtBACEHQQALIQgDQCAFKAIkIQsg\
BSgCKCEMIAVBCGogChCkASAFKAIIIQ0gBSgCDCIEQQlGIARBIEZyDQALIAYgBEGAgMQARwR/IAUo\
AiQgDCALayANamogBSgCKGsFIAgLIAdrNgIEIAYgAyAHajYCACAFQTBqJAALCyAGKAIEIQUgBigC\
ACEHQQAhA0EAIQQDQCADIAVGDQIgAiAESwRAIAMgB2ohCCADQQFqIQMgASAEai0AACAILQAAcyAJ\
ciEJIARBAWoiBEEAIAIgBEcbIQQMAQsLIAQgAkHAhsEAELMBAAsgBkECNgIsIAZB6IbBADYCKCAG\
QQI2AiQgBkHQhsEANgIgIAZBFGpBiIzAACAGQSBqEKoCIABBADYCACAAIAYpAgw3AgQgACAGKQIU\
NwIMIAAgBigCHDYCFCAAQQE6ABgMAwsgAiAFRhDhAiAJQQAgCWtywEEAThDhAnEQ4QJB/wFxRQ0B\
IABBAjYCAAwCCyAAQQI2AgAMAQsgBkECNgIsIAZB6IbBADYCKCAGQQI2AiQgBkHQhsEANgIgIAZB\
FGpBpJzAACAGQSBqEKoCIABBADYCACAAIAYpAgw3AgQgACAGKQIUNwIMIAAgBigCHDYCFCAAQQE6\
ABgLIAZBMGokAAuCAwEEfyAAKAIMIQICQAJAAkAgAUGAAk8EQCAAKAIYIQMCQAJAIAAgAkYEQCAA\
QRRBECAAKAIUIgIbaigCACIBDQFBACECDAILIAAoAggiASACNgIMIAIgATYCCAwBCyAAQRRqIABB\
EGogAhshBANAIAQhBSABIgJBFGogAkEQaiACKAIUIgEbIQQgAkEUQRAgARtqKAIAIgENAAsgBUEA\
NgIACyADRQ0CAkAgACgCHEECdEHYu8EAaiIBKAIAIABHBEAgAygCECAARg0BIAMgAjYCFCACDQMM\
BAsgASACNgIAIAJFDQQMAgsgAyACNgIQIAINAQwCCyAAKAIIIgAgAkcEQCAAIAI2AgwgAiAANgII\
DwtB8L7BAEHwvsEAKAIAQX4gAUEDdndxNgIADwsgAiADNgIYIAAoAhAiAQRAIAIgATYCECABIAI2\
AhgLIAAoAhQiAEUNACACIAA2AhQgACACNgIYDwsPC0H0vsEAQfS+wQAoAgBBfiAAKAIcd3E2AgAL\
/wIBBn8jAEFAaiIDJAAgA0EQaiABIAIQtwECQCADKAIQQQFxRQRAIABBBzYCAAwBCyADKAIUIQUg\
A0GMhsEAKAIANgI8IANBhIbBACkCADcCNCADQfyFwQApAgA3AiwgA0H0hcEAKQIANwIkIANBJGoh\
BwJAAkADQCAEQQRqIgZBIEYNASAEIAdqIAYhBCgCACAFRw0ACyAFQQJHDQEgA0EIaiABIAJBAWoQ\
twEgAygCCEEBcUUEQCAAQQc2AgAMAwsgAygCDCEEIAMgASACQQJqELcBIAMoAgBBAXFFBEAgAEEH\
NgIADAMLIAMoAgQiAiAEaiIGIAJJBEAgAEEHNgIADAMLIAEoAmQgBkkEQCAAQQc2AgAMAwsgA0Ec\
aiABKAJgIARqIAIQGiADKAIcQQFGBEAgAEEHNgIADAMLIAMoAiAhASAAIAMoAiQ2AgggACABNgIE\
IABBAjYCAAwCCyAAQQc2AgAMAQsgAEIBNwIEIAAgBTYCAAsgA0FAayQAC8oEARN/IwBBEGsiCiQA\
AkAgASgCECIMIAEoAggiEEsNACABQRRqIhEgAS0AGCIHakEBayESIAEoAgQhDSABKAIMIQUgB0EF\
SSETAkACQANAIAUgDEsNAyAFIA1qIQYgEi0AACELAkAgDCAFayIEQQdNBEBBACECQQAhAwNAIAMg\
BEYEQCAEIQMMAwsgCyADIAZqLQAARgRAQQEhAgwDBSADQQFqIQMMAQsACwALIApBCGohDkEAIQMC\
QAJAAkAgBiAGQQNqQXxxIgJGBEAgBEEIayEPQQAhAgwBCyAEIAIgBmsiAiACIARLGyECIAQEQCAL\
IQhBASEJA0AgAyAGai0AACAIRg0EIAIgA0EBaiIDRw0ACwsgAiAEQQhrIg9LDQELIAtBgYKECGwh\
AwNAQYCChAggAiAGaiIJKAIAIANzIghrIAhyQYCChAggCUEEaigCACADcyIIayAIcnFBgIGChHhx\
QYCBgoR4Rw0BIAJBCGoiAiAPTQ0ACwsgAiAERwRAIAshA0EBIQkDQCADIAIgBmotAABGBEAgAiED\
DAMLIAQgAkEBaiICRw0ACwtBACEJCyAOIAM2AgQgDiAJNgIAIAooAgwhAyAKKAIIIQILIAJBAUcN\
ASABIAMgBWpBAWoiBTYCDCAFIAdJDQAgBSAHayEEIAUgEEsNACATRQ0CIAQgDWogESAHEL4BDQAL\
IAAgBTYCCCAAIAQ2AgRBASEUDAILIAEgDDYCDAwBC0EAIAdBBEG8ocAAEDgACyAAIBQ2AgAgCkEQ\
aiQAC9AEAgh/AX4jAEEwayIEJAAgAigCBCIGIAIoAghBHGxqIQgjAEEgayIFJAAgBUEIaiAIIAZr\
QRxuIgJBBEEMELIBIAVBADYCHCAFIAUpAwg3AhQjAEEQayIJJAAgBUEUaiIHIAIQuQIgBykCBCEM\
IAkgB0EIajYCBCAJIAxCIIk3AgggCUEEaiIKKAIEIQcgCigCACAGIAhHBEAgBkEIaiEGIAooAggg\
B0EMbGohCCACIAdqIQcDQCAIQQhqIAZBBGo2AgAgCCAGQQRrKQIANwIAIAZBHGohBiAIQQxqIQgg\
AkEBayICDQALCyAHNgIAIAlBEGokACAEIAUoAhw2AgggBCAFKQIUNwIAIAVBIGokACAEQQxqIAQo\
AggQnAEgBCgCFCECIAQoAhAhBSADBEAgBCAENgIYIAUgAiAEQRhqQaCywAAQFgsgAEG4ssAAQQEg\
ASgCDCIJEQEAIAQoAgwhBiAEQQA2AiwgBCAFIAJBAnQiB2o2AiQgBCAGNgIgIAQgBTYCHCAEIAU2\
AhggBCAENgIoQQEhAgNAAkACQCAHRQ0AIAQgBUEEaiIGNgIcIAQgBSgCAEG8ssAAEKUCIgUoAgAi\
CEUNACAFKAIIIQogBSgCBCEFIAQgAjYCLCACQQFGDQEgAEHCscAAQQEgCREBAAwBCyAEQRhqELUC\
IABBubLAAEEBIAkRAQAgBBCIAyAEQTBqJAAPCyAAIAEgCCAFECkgAEG6ssAAQQEgCREBACAAIAEg\
CiADEEkgB0EEayEHIAJBAWohAiAGIQUMAAsAC/gCAQR/IwBB4ABrIgMkACADQRhqIAFBACACKAIM\
EQEAAkACQAJAAkAgAy0AGEEDaw4EAgEBAAELIABBBGpB8IbBAEHgABDJAiAAQYCAgIB4NgIADAIL\
IAMgAykCIDcDMCADIAMpAhg3AyggA0EIaiADQRhqEMcCIAMgAykDCDcCUCADQQI2AlwgAyADQdAA\
ajYCWCADQUBrQbqFwAAgA0HYAGoQqgIgAEKAgICACDcCACAAIAMpAjg3AgggACADKQJANwIQIAAg\
AygCSDYCGCAAQQE6ABwgA0EoahDtAQwBCyADQRBqIAMoAiAiBCADKAIkIgUQRSADKAIUBEAgAygC\
HCEGIABBDGogBCAFEC4gACACNgIkIAAgATYCICAAIAU2AgggACAENgIEIAAgBjYCAAwBCyADIANB\
HGoiASgCCDYCQCADIAEpAgA3AzggAEEEakHQh8EAQRkQyQIgAEGAgICAeDYCACADQThqEIoDCyAD\
QeAAaiQAC8MCAQR/IABCADcCECAAAn9BACABQQh2IgNFDQAaQR8gAUGAgIAITw0AGiABQSYgA2ci\
A2t2QQFxIANBAXRyQT5zCyICNgIcIAJBAnRB2LvBAGohBEEBIAJ0IgNB9L7BACgCAHFFBEAgBCAA\
NgIAIAAgBDYCGCAAIAA2AgwgACAANgIIQfS+wQBB9L7BACgCACADcjYCAA8LAkACQCABIAQoAgAi\
AygCBEF4cUYEQCADIQIMAQsgAUEZIAJBAXZrQQAgAkEfRxt0IQUDQCADIAVBHXZBBHFqIgQoAhAi\
AkUNAiAFQQF0IQUgAiEDIAIoAgRBeHEgAUcNAAsLIAIoAggiASAANgIMIAIgADYCCCAAQQA2Ahgg\
ACACNgIMIAAgATYCCA8LIARBEGogADYCACAAIAM2AhggACAANgIMIAAgADYCCAvZAgEFfyMAQUBq\
IgMkACADIAA2AiggAEEoaiEGIAAtAGghBCADIANBKGo2AiwCQAJAAkBBwAAgBGsiBSACTQRAIAQN\
AQwCCyADQRBqIAQgBkHAAEHgosAAEIcCIANBCGogAiADKAIQIAMoAhRB8KLAABDnASADKAIIIAMo\
AgwgASACQYCjwAAQngIgAiAEaiEEDAILIANBMGogASACIAVBkKLAABD4ASADKAI8IQIgAygCOCEB\
IAMoAjQhBSADKAIwIQcgA0EgaiAEIAZBwABBoKLAABCHAiADKAIgIAMoAiQgByAFQbCiwAAQngIg\
A0EsaiAGQQEQwQILIAJBP3EhBCACQQZ2IgUEQCADQSxqIAEgBRDBAgsgA0EYaiAEIAZBwABBwKLA\
ABDnASADKAIYIAMoAhwgASACQcD///8HcWogBEHQosAAEJ4CCyAAIAQ6AGggA0FAayQAC7kCAQR/\
IwBBEGsiBSQAAkACQCAALQAQRQRAIAAoAgwiAyACIAAoAghBAnRqQQxqTw0BCyAAQQE6ABAMAQsg\
ACADIAJrIgQ2AgwgBUEIaiAEIAMgACgCACAAKAIEQfC0wAAQ9QEgBSgCCCAFKAIMIAEgAkGAtcAA\
EJ4CAkACQCACQQNNBEAgAUEBayEBIAIhAwNAIANFDQIgASADaiADQQFrIQMsAABBAE4NAAtBBSEE\
DAILQQUhBCABKAAAQYCBgoR4cQ0BQQQgAUEDakF8cSIDIAFrIAEgA0YbIQMgAkEEayEGA0AgAyAG\
SQRAIAEgA2ooAgBBgIGChHhxDQMgA0EEaiEDDAELCyABIAZqKAAAQYCBgoR4cQ0BC0EEIQQLIAAg\
BCACELYCIAAgACgCDBCWAQsgBUEQaiQAC5QCAQF/IwBBIGsiBCQAAkACQAJAIAAgAk0EQCABIAJL\
DQEgACABTQ0CIAQgADYCCCAEIAE2AgwgBCAEQQxqrUKAgICAEIQ3AxggBCAEQQhqrUKAgICAEIQ3\
AxBBroTAACAEQRBqIAMQ8gEACyAEIAA2AgggBCACNgIMIAQgBEEMaq1CgICAgBCENwMYIAQgBEEI\
aq1CgICAgBCENwMQQcGGwAAgBEEQaiADEPIBAAsgBCABNgIIIAQgAjYCDCAEIARBDGqtQoCAgIAQ\
hDcDGAwBCyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgBCENwMYCyAEIARBCGqtQoCAgIAQhDcD\
EEH6hsAAIARBEGogAxDyAQALwAICBX8BfiMAQUBqIgIkACACQSRqIAFBABANIAIgAikCKDcDECAC\
IAIpAjA3AxgCQCACKAIkIgNBAkcEQCACKQI4IQcgACACKQMYNwIMIAAgAikDEDcCBCAAIAc3AhQg\
ACADNgIADAELIAIgAikDEDcDACACIAIpAxg3AwggASgCHCIDIAEoAhgiBCADIARLGyEEIAEoAhQh\
BQNAAkAgAyAERg0AIAMgBWotAABBCWsiBkEXS0EBIAZ0QZOAgARxRXINACABIANBAWoiAzYCHAwB\
CwsgAkEkaiABELMCIABBBGohASACKAIkIgNBAkcEQCABIAIpAjg3AhAgASACKQIwNwIIIAEgAikC\
KDcCACAAIAM2AgAgAhDtAQwBCyABIAIpAwg3AgggASACKQMANwIAIABBAjYCAAsgAkFAayQAC4cC\
AQd/IwBBEGsiAyQAQQohAiAAKAIAIgQhACAEQegHTwRAA0AgA0EGaiACaiIFQQRrIAAiBiAAQZDO\
AG4iAEGQzgBsayIHQf//A3FB5ABuIghBAXQvAIKpQTsAACAFQQJrIAcgCEHkAGxrQf//A3FBAXQv\
AIKpQTsAACACQQRrIQIgBkH/rOIESw0ACwsgAEEJSwRAIAJBAmsiAiADQQZqaiAAIABB//8DcUHk\
AG4iAEHkAGxrQf//A3FBAXQvAIKpQTsAAAtBACAEIAAbRQRAIAJBAWsiAiADQQZqaiAAQQF0LQCD\
qUE6AAALIAFBAUEAIANBBmogAmpBCiACaxAXIANBEGokAAuXBwEIfyMAQdAAayIEJAAgBCADNgIM\
IAQgAjYCCCAEQRBqIAEQ8AIgBEERNgIgIARBgKTAADYCHAJAAkAgASgCGCICBEAgASgCEEUNAQsj\
AEEwayICJAAgAiABQQxqIgMoAgAiASADKAIEIgNqNgIsIAIgATYCKCACIAM2AiQgAiABNgIgIAJB\
j4XBADYCHCACQYyFwQA2AhggAkEMaiEGIwBBQGoiASQAIAFBEGogAkEYaiIDEGwCQCABKAIQIggE\
QCABKAIUIQkgAUEoaiIHIAMQfyABQQhqQQQgASgCKEEBaiIFQX8gBRsiBSAFQQRNG0EEQQgQsgEg\
ASgCCCEKIAEoAgwiBSAJNgIEIAUgCDYCACABQQE2AiQgASAFNgIgIAEgCjYCHCABIAMpAhA3Azgg\
ASADKQIINwMwIAEgAykCADcDKCABQRxqIQUjAEEgayIDJAADQAJAIANBCGogBxBsIAMoAggiCUUN\
ACADKAIMIQogBSgCCCIIIAUoAgBGBEAgA0EUaiAHEH8gBSADKAIUQQFqIgtBfyALGxC6AgsgBSgC\
BCAIQQN0aiILIAo2AgQgCyAJNgIAIAUgCEEBajYCCAwBCwsgA0EgaiQAIAYgASgCJDYCCCAGIAEp\
Ahw3AgAMAQsgBkEANgIIIAZCgICAgMAANwIACyABQUBrJAAgBEEkaiIBIAIoAhAgAigCFBARIAYQ\
iQMgAkEwaiQAIARBAjYCTCAEQQI2AkQgBEEDNgI8IARBAzYCNCAEIARBCGo2AkggBCAEQRxqNgJA\
IAQgATYCOCAEIARBEGo2AjAgAEHdisAAIARBMGoQqgIgARCKAwwBCyAEQSRqIQMjAEEgayIBJAAg\
ASACKAIIIgU2AhAgASAFIAIoAgxqNgIUIAJBCGohBkEBIQJBkvzAACEFAkAgAUEQahD0ASIHQYCA\
xABGDQAgB0HhAGtBH3ciB0EKSw0AIAdBAnQiBSgC2JlBIQIgBSgCrJlBIQULIAEgAjYCDCABIAU2\
AgggAUECNgIcIAEgBjYCGCABQQI2AhQgASABQQhqNgIQIANBhYvAACABQRBqEKoCIAFBIGokACAE\
QQI2AkwgBEECNgJEIARBAzYCPCAEQQM2AjQgBCAEQQhqNgJIIAQgBEEcajYCQCAEIAM2AjggBCAE\
QRBqNgIwIABBqIrAACAEQTBqEKoCIAMQigMLIARBEGoQigMgBEHQAGokAAuIAgEGfyAAKAIIIgQh\
AgJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiBiAAKAIAIARrSwR/IAAgBCAG\
EGcgACgCCAUgAgsgACgCBGohAgJAIAFBgAFPBEAgAUE/cUGAf3IhBSABQQZ2IQMgAUGAEEkEQCAC\
IAU6AAEgAiADQcABcjoAAAwCCyABQQx2IQcgA0E/cUGAf3IhAyABQf//A00EQCACIAU6AAIgAiAD\
OgABIAIgB0HgAXI6AAAMAgsgAiAFOgADIAIgAzoAAiACIAdBP3FBgH9yOgABIAIgAUESdkFwcjoA\
AAwBCyACIAE6AAALIAAgBCAGajYCCEEAC4gCAQZ/IAAoAggiBCECAn9BASABQYABSQ0AGkECIAFB\
gBBJDQAaQQNBBCABQYCABEkbCyIGIAAoAgAgBGtLBH8gACAEIAYQbyAAKAIIBSACCyAAKAIEaiEC\
AkAgAUGAAU8EQCABQT9xQYB/ciEFIAFBBnYhAyABQYAQSQRAIAIgBToAASACIANBwAFyOgAADAIL\
IAFBDHYhByADQT9xQYB/ciEDIAFB//8DTQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoAAAwCCyAC\
IAU6AAMgAiADOgACIAIgB0E/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAEIAZq\
NgIIQQALqAIBA38jAEHgAGsiBCQAIAQgAzYCICAEIAI2AhwgASgCCEEUbCEDIAEoAgQhBQJAAkAD\
QCADRQ0BIAQgA0EUayIDIAVqIgI2AkAgBEFAayIGIARBHGoQjwJFDQALIARBEGogAUEMahCiAyAE\
QQhqIAQoAhAgBCgCFCACQQxqKAIAIAJBEGooAgBBzK7AABBzIARBADYCXCAEQQA2AkggBEKAgICA\
wAA3AkAgBCAEKAIMIgE2AlggBCAEKAIIIgI2AlQgBCABNgJQIAQgAjYCTCAEQSRqIAZBARANAkAg\
BCgCJEECRgRAIAAgBCkCMDcCCCAAIAQpAig3AgAMAQsgAEEGOgAAIARBJGoQvQILIARBQGsQiwMM\
AQsgAEEGOgAACyAEQeAAaiQAC+0BAQN/IAAgAygCCCABKAIMIAEoAggiBUEZdyAFQQ53cyAFQQN2\
c2pqIAQoAgQiBkEPdyAGQQ13cyAGQQp2c2oiBjYCDCAAIAMoAgQgBSABKAIEIgdBGXcgB0EOd3Mg\
B0EDdnNqaiAEKAIAIgVBD3cgBUENd3MgBUEKdnNqIgU2AgggACADKAIAIAcgASgCACIBQRl3IAFB\
DndzIAFBA3ZzamogBkEPdyAGQQ13cyAGQQp2c2o2AgQgACABIAQoAgxqIAIoAgwiAEEZdyAAQQ53\
cyAAQQN2c2ogBUEPdyAFQQ13cyAFQQp2c2o2AgALgQIBBn8CQAJAIAEoAgAiCCgCCCIJIAVJIAQg\
BUtyRQRAIAgoAgQiCCAFQQJ0aiELIAggBEECdGohBSABKAIMIQwgASgCCCENIAEoAgQhCEEAIQkD\
QCABIQQDQCAFIAtGDQMgCCAFKAIAIgEQ8QIgBkkNAyANIAIgAyABEMkBIQogASADTw0EIAVBBGoh\
BSABIAJqIAo6AAAgCiAIIAEQ8QIgDCAHIAEQ3AEgBmpJcg0ACyAJRUEBIQkNACABIAQgCCABEPEC\
IAggBBDxAkkbIQEMAAsACyAEIAUgCUGkqMAAEDgACyAAIAQ2AgQgACAJNgIADwsgASADQbSowAAQ\
swEAC68EAQt/IwBBEGsiByQAAkBB/LrBACgCAA0AQfy6wQBBfzYCAEGMu8EAKAIAIgJBiLvBACgC\
ACIARgRAIAIiAEGAu8EAKAIAIgFGBEDQb0GAASAAIABBgAFNGyIA/A8BIgRBf0YNAgJAQZC7wQAo\
AgAiAUUEQEGQu8EAIAQ2AgAMAQsgASACaiAERw0DCyMAQRBrIgUkACAFQQhqIQhBiLvBACgCACEJ\
QQQhASMAQRBrIgYkAEGAu8EAKAIAIAlrIABPBH9BgYCAgHgFIAZBCGohBCMAQRBrIgMkAAJ/QQAg\
ACAJaiIBIABJDQAaIANBBGpBgLvBACABQQRBBBBMIAMoAgRBAUYEQCADKAIMIQogAygCCAwBCyAD\
KAIIIQBBgLvBACABNgIAQYS7wQAgADYCAEGBgICAeAshACAEIAo2AgQgBCAANgIAIANBEGokACAG\
KAIMIQEgBigCCAshACAIIAE2AgQgCCAANgIAIAZBEGokACAFKAIMIQEgB0EIaiIAIAUoAgg2AgAg\
ACABNgIEIAVBEGokACAHKAIIQYGAgIB4Rw0CQYC7wQAoAgAhAUGIu8EAKAIAIQALIAAgAU8NAUGE\
u8EAKAIAIABBAnRqIAJBAWo2AgBBiLvBACAAQQFqIgA2AgALIAAgAk0NAEGMu8EAQYS7wQAoAgAg\
AkECdGooAgA2AgBB/LrBAEH8usEAKAIAQQFqNgIAQZC7wQAoAgAgB0EQaiQAIAJqDwsAC61iAjh/\
AX4jAEFAaiIPJAAgD0EANgIYIA8gASgCACgCACIINgIcAkAgASgCECgCACIEBEAgD0EQaiAEIAEo\
AhQoAgAQ4AEgDygCECEEIA9BMGoiASAPKAIUIgU2AgggASAENgIEIAEgBTYCAAJAIA8oAjBBgICA\
gHhGBEAgDyAPKQI0NwIkIA9BgYCAgHg2AiAMAQsgDyAPKAI4NgIoIA8gDykCMCI6NwMgIDqnQYGA\
gIB4Rw0CCyAPQQhqIQFBACEEAn8gD0EgaiIAKAIAQYGAgIB4RgRAIAAoAgghBCAAKAIEDAELIAAQ\
3gJBAAshACABIAQ2AgQgASAANgIAIA8oAgghASAPKAIMIQQCQCAPQRhqIgAoAgAiCARAIAAoAgQh\
AAwBCyAAQQRqENUCCyAPIAA2AgQgDyAINgIAIA8oAgAiACABIAAbIgFBASABGyAPKAIEIAQgABtB\
ACABGxChAwALIA9BgICAgHg2AiALIA8gDygCKDYCOCAPIA8pAyA3AzAgD0EwaiEEIwBB0ABrIhMk\
ACATIAg2AgggE0EMaiIBIBNBCGoQnwMQWwJAIBMoAgxBAkcEQCABEN4BIQEgAEGAgICAeDYCACAA\
IAE2AgQgBBDeAgwBCyMAQRBrIggkACAIQQRqIBNBCGoiBRCfAyICEPkBIAgoAgggBRCfAyEKIwBB\
EGsiASQAIAUQnwMhByABIAo2AgwgASAHNgIIIAcgCkcEQCMAQRBrIgQkACAEIAFBDGo2AgwgBCAB\
QQhqNgIIIwBBQGoiACQAIABBtKjBADYCBCAAIARBCGo2AgAgAEG0qMEANgIMIAAgBEEMajYCCCAA\
QZi6wQAoAgA2AhQgAEGMusEAKAIANgIQIAAgAEEIaq1CgICAgLAPhDcDMCAAIACtQoCAgICwD4Q3\
AyggACAAQRBqrUKAgICA0A+ENwMgQcWIwAAgAEEgakHMm8EAEPIBAAsgCiAFKAIAJQEQASABQRBq\
JAAgE0EoaiIBIAI2AgggASAIKQIENwIAIAhBEGokAAJAIAQoAgBBgICAgHhHBEAgEyAEKAIIIgg2\
AkggEyAEKQIANwNAIBNBADYCFCATQoCAgIDAADcCDCATKAJEIQQjAEEgayIBJAAgAUEIaiIFQay2\
wABBFRCXASABQRRqIAQgCBCXASATQQxqIgQgBRDKASATQTRqIgggBCgCCDYCCCAIIAQpAgA3AgAg\
AUEgaiQAIBNBQGsQigMMAQsgE0EANgI8IBNCgICAgMAANwI0CyATQShqIishHSATQTRqIiwhCCMA\
QfAAayIRJAACQEEAQcS2wAAoAgARBQAiAQRAIBFBCGogAUHItsAAEIQCQYCAgIB4ISAgESgCDCEk\
An8CQCARKAIIIgEoAgBBgICAgHhHBEAgEUEwaiEQIB0oAgQhDSAdKAIIIQNBACEHIwBBkAJrIgYk\
ACABQQxqIhgoAgghDiAYKAIEIRIgBkEQaiEEIAgoAgQiCiAIKAIIQRhsaiEWAkADQCAWIAoiAUYN\
ASABQRhqIQogASgCCEEVRw0AIAEoAgQhC0EVIQhBrLbAACEMA0AgCARAIAwtAAAhBSALLQAAIQIg\
DEEBaiEMIAhBAWshCCALQQFqIQsgAkEgQQAgAkHBAGtB/wFxQRpJG3JB/wFxIAVBIEEAIAVBwQBr\
Qf8BcUEaSRtyQf8BcUYNAQwCCwsLIAEoAhQhCCABKAIQIQcLIAQgCDYCBCAEIAc2AgAgBkHgAGog\
EiAOIAYoAhAgBigCFBAvAkAgBigCYCIBQQJHBEAgECAGKQJ0NwIYIBAgBikCbDcCECAQIAYpAmQ3\
AgggEEEBNgIAIBAgATYCBAwBCyAGQeAAaiEMIwBB8AFrIgIkACACQRhqIA0gAxAmIAIoAiAhBSAC\
KAIcIQECQCACKAIYIgRBAkcEQCAMIAIpAiw3AhggDCACKQIkNwIQIAwgBTYCDCAMIAE2AgggDCAE\
NgIEIAxBgICAgHg2AgAMAQsgAkEANgI0IAIgBTYCMCACIAE2AiwgAiAFNgIoIAIgATYCJCACQQA2\
AiAgAkKAgICAwAA3AhgCQAJAAkACQAJAAkACQAJAA0AgBSAJRg0BIAEgCWotAAAiBEEJayIIQRdL\
QQEgCHRBk4CABHFFckUEQCACIAlBAWoiCTYCNAwBCwsgBEH7AEcNACACIAlBAWoiCDYCNCACQQA2\
AnwgAkKAgICAwAA3AnQgBSAIIAUgCEsbIQQDQCAEIAhGDQMgASAIai0AACIKQQlrIgdBF0tBASAH\
dEGTgIAEcUVyDQIgAiAIQQFqIgg2AjQMAAsACyACQdQBaiACQRhqEDkgAiACKQLYATcDkAEgAiAC\
KQLgATcDmAECQCACKALUASIBQQJHBEAgAikC6AEhOiAMIAIpA5gBNwIQIAwgAikDkAE3AgggDCA6\
NwIYIAwgATYCBAwBCyACIAIpA5ABNwNYIAIgAikDmAE3A2AgAkEIaiACQdgAaiIBEMcCIAIgAikD\
CDcCyAEgAkECNgKUASACIAJByAFqNgKQASACQeABakGNhcAAIAJBkAFqEKoCIAJBADYC1AEgDCAC\
KQLUATcCBCAMIAIpAtwBNwIMIAwgAikC5AE3AhQgAkEBOgDsASAMIAIoAuwBNgIcIAEQ7QELIAxB\
gICAgHg2AgAMBgsgCkH9AEYNAQsgAkHkAWohDiACQZUBaiEWIAJB2QFqIRUgAkGgAWohEiACQZgB\
aiEbIAJB3AFqIRwgAkGUAWohDSACQdgBaiEDA0AgAkHUAWogAkEYakEBECEgAiADKQIANwOQASAC\
IAMoAgg2ApgBIAIoAtQBIgtBAkcEQCACIAIoAuwBNgJwIAIgAikC5AE3AmggAiACKQOQATcCXCAC\
IAIoApgBNgJkDAMLIAIgAikDkAE3A4ABIAIgAigCmAE2AogBIAIoAjQiBCACKAIwIgogBCAKSxsh\
CCACKAIsIQsDQAJAIAQgCEYEQCAIIQQMAQsgBCALai0AAEEJayIHQRdLQQEgB3RBk4CABHFFcg0A\
IAIgBEEBaiIENgI0DAELCyACQQA2ArQBIAJCgICAgBA3AqwBIAQhCANAIAggCiAIIApLGyEHAkAC\
QANAAkACQAJAAkACQCAHIAhGDQAgCCALai0AACIKQQlrQQJJDQMCQCAKQSBrDgMEAQMACyAKQQ1G\
DQMgCkHbAEYgCkH7AEZyDQELIAJB1AFqIAJBGGoQGyACKALUASILQQJGDQMgFiAVKQAANwAAIBYg\
FSkACDcACCAWIBUpAA83AA8gAiACLQDYAToAlAEgAiALNgKQAQwFCyACQdQBaiACQRhqIAIoArQB\
QQFqEJEBIAIoAtQBIgtBAkcEQCAbIBwpAgA3AgAgGyAcKQIINwIIIBsgHCgCEDYCECACIAIoAtgB\
NgKUASACIAs2ApABDAULIAIgAigCNEEBaiIINgI0Qf0AQd0AIApB+wBGIhkbIQcgAigCMCEKIAIo\
AiwhCwJAAkADQCAIIApPDQEgCCALai0AACIXQQlrIhRBF0tBASAUdEGTgIAEcUVyRQRAIAIgCEEB\
aiIINgI0DAELCyAHIBdGDQELIAIoArQBIgsgAigCrAFGBEAjAEEQayIIJAAgCEEEaiACQawBaiIK\
KAIAIhcgCigCBEEIIBdBAXQiFyAXQQhNGyIXEHogCCgCBEEBRgRAIAgoAgggCCgCDBDRAgALIAgo\
AgghFCAKIBc2AgAgCiAUNgIEIAhBEGokAAsgAigCsAEgC2ogBzoAACACIAtBAWo2ArQBIBlFDQYg\
AkHUAWogAkEYakEAECEgAiADKQIANwPIASACIAMoAgg2AtABIAIoAtQBIgtBAkcEQCASIA4oAgg2\
AgggEiAOKQIANwIAIA0gAigC0AE2AgggDSACKQPIATcCAAwGCyACIAIpA8gBNwO4ASACIAIoAtAB\
NgLAASACQbgBahCKAwwGCyACIAhBAWo2AjQMAgsgAkHUAWogAkEYakEAEA8gAigC1AEiC0ECRg0B\
IA0gAykCEDcCECANIAMpAgg3AgggDSADKQIANwIADAMLIAIgCEEBaiIINgI0DAELCyACKAI0IQgg\
AigCLCEXIAIoAjAhGSACKAK0ASEHIAIoArABIRQDQEECIQsgB0UNASAHIBRqQQFrIgpFDQEgCCAZ\
IAggGUsbIRogCi0AACELAkACQAJAA0AgCCAaRg0BAkAgCCAXai0AACIKQQlrQQJJIApBDUZyIApB\
IEZyRQRAIApBLEcNASACIAhBAWo2AjQgC0H9AEcNCCACQdQBaiACQRhqQQAQISACIAMpAgA3A8gB\
IAIgAygCCDYC0AEgAigC1AEiC0ECRg0EIBIgDigCCDYCCCASIA4pAgA3AgAgDSACKALQATYCCCAN\
IAIpA8gBNwIADAcLIAIgCEEBaiIINgI0DAELCyAKIAtGDQILIAJBkAFqIAJBGGpB86vAAEH9q8AA\
IAtB/QBGG0EKEGMgAigCkAEhCwwDCyACIAIpA8gBNwO4ASACIAIoAtABNgLAASACQbgBahCKAwwD\
CyACIAdBAWsiBzYCtAEgAiAIQQFqIgg2AjQMAAsACyACQawBahCKAyALQQJHBEAgAiANKQIQNwJs\
IAIgDSkCCDcCZCACIA0pAgA3AlwgAkGAAWoQigMMBQsgAigCNCEHIAIoAnwiCiACKAJ0RgRAIAJB\
9ABqENABCyACKAJ4IApBFGxqIgggAigCiAE2AgggCCACKQOAATcCACAIIAc2AhAgCCAENgIMIAIg\
CkEBajYCfCACKAI0IgggAigCMCIKIAggCksbIQsgAigCLCEEA0ACQAJAIAggC0cEQCAEIAhqLQAA\
IgdBCWtBAkkgB0ENRnIgB0EgRnINASAHQSxGBEAgAiAIQQFqNgI0DAcLIAdB/QBGDQILIAJB2ABq\
IAJBGGpB86vAAEEKEGMgAigCWCELDAcLIAIgCEEBaiIINgI0DAELCyACIAIpAnQ3AlwgAiACKAJ8\
NgJkIAIgCEEBaiIHNgI0DAULIAIoAiwhCyACKAI0IQggAigCMCEKDAALAAsACyACIAIpAnQ3Alwg\
AiACKAJ8NgJkIAIgCEEBaiIHNgI0IAEhBCAFIQoMAQsgAkH0AGoQjwMgC0ECRw0BIAIoAiwhBCAC\
KAIwIQogAigCNCEHCyACIAIpAlw3AzggAiACKAJkNgJAIAcgCiAHIApLGyEKIAchCANAAkAgCCAK\
Rg0AIAQgCGotAABBCWsiC0EXS0EBIAt0QZOAgARxRXINACACIAhBAWoiCDYCNAwBCwsgAkHUAWog\
AkEYahCzAiACKALUASIEQQJHBEAgDCACKQLoATcCGCAMIAIpAuABNwIQIAwgAikC2AE3AgggDEGA\
gICAeDYCACAMIAQ2AgQgAkE4ahCPAwwCCwJAIAIoAiAiCEUEQEGAgICAeCEIDAELIAIoAhwhBCAC\
QdgAaiABIAUQlwEgCEECdCEIA0AgCARAIAJBEGogAkHYAGogBCgCACIBIAFBBGpBnKvAABDUASAC\
KAIQIAIoAhRBrKvAAEEEQbCrwAAQngIgCEEEayEIIARBBGohBAwBCwsgAigCWCEIIAJBkAFqIAIo\
AlwiASACKAJgIgUQGiACKAKQAUUNACACIAIpApQBIjo3AuABIAIgBTYC3AEgAiABNgLYASACIAg2\
AtQBIAhBgICAgHhGBEAgASEIIAUhASA6pyEFDAELIAJB1AFqEIoDQQEhAUEAIQhBACEFCyAMIAIo\
AkA2AgggDCACKQM4NwIAIAwgBzYCHCAMIAk2AhggDCAFNgIUIAwgATYCECAMIAg2AgwgAkEYahCL\
AwwCCyAMIAIpAmg3AhQgDCACKAJwNgIcIAIgAigCZCIBNgJQIAIgAikCXCI6NwNIIAwgATYCECAM\
IDo3AgggDCALNgIEIAxBgICAgHg2AgALIAJBGGoQiwMLIAJB8AFqJAAgBiAGKQJkNwM4IAYgBikC\
bDcDQCAGIAYpAnQ3A0ggBiAGKAJ8NgJQIAYoAmAiAUGAgICAeEYEQCAQIAYoAlA2AhwgECAGKQNI\
NwIUIBAgBikDQDcCDCAQIAYpAzg3AgQgEEEBNgIADAELIAYgBigCUDYCNCAGIAYpA0g3AiwgBiAG\
KQNANwIkIAYgBikDODcCHCAGIAE2AhggBkHgAGogBkEYakGwjsEAEDQgBiAGKQJkNwOYASAGIAYp\
Amw3A6ABIAYgBikCdDcDqAEgBiAGKAJ8NgKwAQJAIAYoAmAiAUGAgICAeEYEQCAQIAYoArABNgIc\
IBAgBikDqAE3AhQgECAGKQOgATcCDCAQIAYpA5gBNwIEIBBBATYCAAwBCyAGIAYpA5gBNwI8IAYg\
BikDoAE3AkQgBiAGKQOoATcCTCAGIAYoArABNgJUIAYgBikCgAE3AlggBiABNgI4IAZBgICAgHg2\
AogBIAYgBkEYajYClAEgBkHgAGogBkE4aiAYIAZBiAFqQciOwQAQDCAGIAYpAmg3A7gBIAYgBikC\
cDcDwAEgBiAGKQJ4NwPIASAGKAJkIQECQCAGKAJgQQFGBEAgECAGKQPIATcCGCAQIAYpA8ABNwIQ\
IBAgBikDuAE3AgggECABNgIEIBBBATYCAAwBCyABQYCAgIB4RwRAIAYgBikDuAEiOjcCnAEgBiAG\
KQPIATcCrAEgBiAGKQPAATcCpAEgBiABNgKYASA6pyIKQQxqIQggBigCoAEiFkHoAGwhCyAGQeQA\
aiEJA0ACQAJ/AkACQAJAAkAgCwRAIAYgCCkCADcD2AEgBiAIQQhrIgcpAgA3A9ABIAdBgoCAgHg2\
AgAgCEEEayEOQQMgBigC0AEiAUGAgICAeHMgAUEAThtBAmsOAgECAwsgFkHoAGwhCCAYLQA9QQFx\
IS0DQAJAIAgEQCAGQeAAaiEbIAYoAjwhJSAGKAJAISZBACEMIwBB8AFrIgMkAAJAAkACQCAKEKkD\
IhxBgfgBTwRAIApBBGohGCAKKAIEQYCAgIB4RgRAIANBgAFqIQQjAEEgayIBJAACQAJAAkACQEED\
IBgoAgAiBUGAgICAeHMgBUEAThtBAWsOAwECAgALIAFBBGogGCgCCCAYKAIMEGogASgCBCIFQQJH\
IAEtAAgiB0EFR3JFBEAgBCABKAIUNgIIIAQgASkCDDcCAAwDCyAEQQA2AgggBEKAgICAwAA3AgAg\
BUECRwRAIAFBBGoQvQIMAwsgB0EFRg0CIAFBCGoQ7QEMAgsgBCAYQQRqEE8MAQsgBEEANgIIIARC\
gICAgMAANwIACyABQSBqJAAgGBDwASAKQYGAgIB4NgIEIAogAykCgAE3AgggCiADKAKIATYCECAK\
EKkDIhxBgfgBSQ0DCyAtDQEgCkEIaiEnIApBLGohFiADQYwBaiEuIANBzABqIRkDQCMAQRBrIgEk\
ACABQQhqQQpBCSAKKAIAGxDFAiABKAIMIQQgA0E4aiIFIAEoAgg2AgAgBSAENgIEIAFBEGokACAD\
KAI8IQkgAygCOCESQQAhFwJAIAooAjQiAUUNACAKKAIwIAFBDGxqIgRBDEYNACADQTBqQdykwABB\
CCAEQQhrKAIAIARBBGsoAgAQmwIgAygCMCIERQ0AIAMoAjQiBUEFTwR/QeSkwAAgBCAFQQVrakEF\
EP4CBUEACyEHIANBKGoiAiAFQQVrNgIEIAIgBEEAIAcbNgIAIAMoAigiBUUNAAJAAkACQCADKAIs\
IgcOAgMAAQsgBS0AACIEQStrDgMCAQIBCyAFLQAAIQQLIAUgBEH/AXFBK0YiAmohBAJAIAcgAmsi\
DkEJTwRAQQAhDANAIA5FIRcgDkUNAyAMrUIKfiI6QiCIpw0CIANBIGogBC0AAEEKEOIBIAMoAiBB\
AUcNAiAEQQFqIQQgDkEBayEOIDqnIgUgAygCJGoiDCAFTw0ACwwCC0EAIQwDQCAORSEXIA5FDQIg\
A0EYaiAELQAAQQoQ4gEgAygCGEEBRw0CIARBAWohBCAOQQFrIQ4gAygCHCAMQQpsaiEMDAALAAsL\
AkAgGCgCAEGBgICAeEYEQCADIBIgCRD/AjYCmAEgA0IENwKQASADQgA3AogBIANCgICAgMAANwKA\
AUEAIQ4gA0EAOgDUASADQYABaiIEICdBf0F/IANB1AFqEBkaIAMgAykCkAE3A1AgAyADKQKAATcD\
QCADIAMpAogBNwNIIAMgAygCmAE2AlggAyABIBdrIhU2AqABIANBgIh+Qb+IfiABGyAcajYCnAEg\
AyADKAJUIgs2AogBIANBADYChAEgAyAZNgKAASADQaQBaiEHIwBBMGsiASQAIAFBCGogBBCJAQJA\
IAEoAghBAUYEQCABKAIMIQUgAUEEQQRBBBCyASABKAIAIQIgASgCBCINIAU2AgAgAUEBNgIcIAEg\
DTYCGCABIAI2AhQgASAEKAIINgIoIAEgBCkCADcDICABQRRqIQUgAUEgaiEUIwBBEGsiAiQAA0AC\
QCACQQhqIBQQiQEgAigCCEEBRw0AIAIoAgwhGiAFKAIIIg0gBSgCAEYEQCAFQQEQuAILIAUoAgQg\
DUECdGogGjYCACAFIA1BAWo2AggMAQsLIAJBEGokACAHIAEoAhw2AgggByABKQIUNwIADAELIAdB\
ADYCCCAHQoCAgIDAADcCAAsgAUEwaiQAIAMoAqgBIQEgAygCrAEhBSADIBk2AoABIAEgBSAEQeyn\
wAAQFiADKAKkASEHIAMgASAFQQJ0ajYCjAEgAyAHNgKIASADIAE2AoQBIAMgATYCgAEgA0GwAWoh\
B0EAIQUgBCgCACENIAQoAgghFCAEKAIMIAQoAgQiAWtBAnYiGiECA0AgAgRAIAUgDWogASAFaigC\
ADYCACACQQFrIQIgBUEEaiEFDAELCyMAQRBrIgEkACAEQQA2AgggBEEENgIAIAFCgICAgMAANwII\
IAFBCGoQiwMgBEEENgIMIARBBDYCBCABQRBqJAAgByAaNgIIIAcgDTYCBCAHIBQ2AgAgBBC1AiAD\
KAK0ASECIAMoArgBIQEjAEEQayIFJAAgBSAZNgIIIAUgBUEIajYCDEEAIQQCQCABRQ0AA38gAUEB\
TQR/IAVBDGogAiAEQQJ0ahDOAkH/AXEiAUUNAiAEIAFB/wFGagUgBCABQQF2Ig0gBGoiBCAFQQxq\
IAIgBEECdGoQzgJB/wFxQQFGGyEEIAEgDWshAQwBCwshBAsgBUEQaiQAIAQhASADKAJQIgQhBUEA\
IQIgBSAEIAtBFGxqIg1HBEAgBUEIaiEEIA0gBWtBFG4hBQNAQQAgBCgCAEEAIARBBGsoAgBBf0Yb\
IARBCGotAAAbIAJqIQIgBEEUaiEEIAVBAWsiBQ0ACwsgA0G8AWpBACALEGIgAyAZNgLIASADIANB\
QGs2AswBIAMgGTYC0AEgAyADQcwBajYC4AEgAyADQcgBajYC3AEgAyADQdABajYC2AEgAyAHNgLU\
ASADQQA2AuwBIANCgICAgMAANwLkAQNAAkAgDkECdCEEAkACQANAIAMoArgBIA5NDQMCQCADQcgB\
aiADKALAASIHIAMoAsQBIgsgAygCtAEgBGooAgAiBRDJAUUEQCADIANBoAFqNgKMASADIANBzAFq\
NgKIASADIANBnAFqNgKEASADIANB0AFqNgKAASABIA5NBEAgA0GAAWogBRCxAkUNBCADQRBqIANB\
1AFqIAcgCyAOIAMoArgBIAMoApwBIAMoAqABEEAgAygCFCECIANB5AFqIgcgAygCECIBELgCIAco\
AgQgBygCCCIEQQJ0aiEFA0AgAUEBcQRAIAUgAjYCACAFQQRqIQUgBEEBaiEEQQAhAQwBCwsgByAE\
NgIIDAULIAMoArgBIAFLBH8gA0GAAWogAygCtAEgAUECdGooAgAQsQIFQQALIANBgAFqIAUQsQJy\
RQ0BIANBCGogA0HUAWoiFCAHIAsgDiABIAMoApwBIAMoAqABEEAgAygCDCEEIAMoAgghDSADIBQg\
ByALIAEgAygCuAEgAygCnAEgAygCoAEQQCADKAIEIQcgAygCAAJ/IA1BAUYEQCADQdABaiAEEPEC\
DAELQX8gAygCnAEiFCACIBRJGwshFEEBRgR/IAcgBCADQdABaiAHEPECIgRBgICAgAJJIARBA3Qg\
FElxIgcbIQRBASANIAcbBSANC0EBRw0BIANB5AFqIAQQgAIMBAsgA0G8AWogBUGUqMAAELICQQE6\
AAAgBEEEaiEEIA5BAWohDgwBCwsgAiADQdABaiAFEPECayIEQQAgAiAETxshAgsgAyADKAKcASAD\
QcwBaiADKAKgASAFENwBaiADQdABaiAFEPECazYCnAEgAyADKAKgAUEBajYCoAEgA0G8AWogBUGE\
qMAAELICQQE6AAAgA0HkAWogBRCAAiAOQQFqIQ4MAgsLCyADIAMoAuwBNgJoIAMgAykC5AE3A2Ag\
A0G8AWoiLxCKAyADQbABahCLAyADIAk2ApQBIAMgEjYCkAEgA0EeIBVrIgFBACABQR5NGzYCiAEg\
AyADKAJkIg4gAygCaCIoQQJ0IgRqNgKEASADIA42AoABIAMgA0FAazYCjAEgA0HwAGohKSMAQSBr\
IhIkACASQQhqIANBgAFqIgEoAggiBQR/IAUgASgCBCABKAIAa0ECdiIHIAUgB0kbBUEAC0EEQQwQ\
sgEgEkEANgIcIBIgEikDCDcCFCMAQRBrIhQkACASQRRqIgUgASgCCCIHBH8gByABKAIEIAEoAgBr\
QQJ2IgIgAiAHSxsFQQALELkCIAUpAgQhOiAUIAVBCGo2AgQgFCA6QiCJNwIIQQAhGiMAQfAAayIJ\
JAAgASgCBCABKAIAIjBrQQJ2IgUgASgCCCIHIAUgB0kbITEgASgCDCIhQQxqITIgFEEEaiIFKAII\
ITMgBSgCBCEeIAUoAgAhNCABKAIUITUgASgCECE2AkACQANAIBogMUcEQCAyIDAgGkECdGooAgBB\
rKbAABCgAigCACENIAlBADYCOCAJQoCAgIDAADcCMCANIQEDQAJAIAFBf0YEQCAJQeAAaiIBIAko\
AjQiByAJKAI4IipBAXYiFSAVQeiSwQAQ5QEgCSgCZCEiIAkoAmAhBSABIAcgKkEDdGogFUEDdCIB\
ayAVIBVB+JLBABDlASAaQQFqIRogCSgCYCABakEIayECQQAhASAJKAJkIjcgFUEBa0shOANAIAEg\
FUYNAiABICJGDQYgOARAIAUhByACIQtBAiEjA0AgIwRAIAcoAAAhOSAHIAsoAAA2AAAgCyA5NgAA\
ICNBAWshIyALQQRqIQsgB0EEaiEHDAELCyAFQQhqIQUgAkEIayECIAFBAWohAQwBCwsgAUF/cyAq\
QQF2aiA3QZiTwQAQswEACyAhIAFBwKbAABChAikCACE6IAkoAjgiBSAJKAIwRgRAIAlBMGoQzQEL\
IAkoAjQgBUEDdGogOjcCACAJIAVBAWo2AjggISABQdCmwAAQoQIoAgghAQwBCwtBDBCHAyIBRQRA\
QQRBDBCkAwALIAEgNTYCCCABIDY2AgQgAUGAgICAeDYCACAJQQE2AkQgCSABNgJAIAlBATYCPCAJ\
KAI4IQUgCSgCNCEBIAkgCSgCMDYCaCAJIAE2AmQgCSABNgJgIAkgASAFQQN0IgVqNgJsAkADQAJA\
AkACQCAFBEAgCSABQQhqIgc2AmQgASgCBCECIAEoAgAiAQ0BIAkgAjYCICAJQQE2AkwgCSAJQSBq\
NgJIIAlB1ABqIgFBx57AACAJQcgAahCqAiAJQTxqIAEQ2QEMAgsgCUHgAGoQrwIgISANEJYCQeUA\
SQ0CQQAhBSAJQQA2AlAgCUKAgICAEDcCSCAJKAJAIgIgCSgCREEMbGohBwNAAkAgAiAHRg0AIAlB\
GGogAhCiAyAJIAkoAhgiASAJKAIcajYCZCAJIAE2AmAgAkEMaiECA0AgCUHgAGoQ9AEiAUGAgMQA\
Rg0CIAEQ+gEgBWoiBUEySw0BIAlByABqIAEQowEMAAsACwtBACECIAlBADYCXCAJQoCAgIDAADcC\
VCAJKAJAIgsgCSgCREEMbGohAQNAAkAgASALRg0AIAlBEGogAUEMayIBEKIDIAkgCSgCECIFIAko\
AhRqNgJkIAkgBTYCYANAIAlBCGogCUHgAGoQTSAJKAIIQQFHDQIgCSgCDCIFQYCAxABGDQIgBRD6\
ASACaiICQS9LDQEgCSgCXCIHIAkoAlRGBEAgCUHUAGoQzgELIAkoAlggB0ECdGogBTYCACAJIAdB\
AWo2AlwMAAsACwsgCUHIAGoiAkG8psAAQQMQ2gEgCSAJKAJUNgJoIAkgCSgCWCIBNgJkIAkgATYC\
YCAJIAEgCSgCXEECdGo2AmwjAEEQayIBJAAgCUHgAGoiBSgCACEHIAUoAgghCyACIAUoAgwiDSAF\
KAIEIgVrQQJ2ELcCIAEgDTYCDCABIAs2AgggASAFNgIEIAEgBzYCACMAQRBrIgUkACAFIAEpAgA3\
AwAgBSABKQIINwMIIAUoAgQhCyAFKAIMIQcDQCAHIAtHBEAgAiAHQQRrIgcoAgAQowEMAQsLIAUg\
BzYCDCAFELUCIAVBEGokACABQRBqJAAgCSAJKQJINwMgIAkgCSgCUDYCKAwECyAJQQE2AlwgCUG/\
psAANgJYIAlBgICAgHg2AlQgCUE8aiILIAlB1ABqIhUQ2QEgCSACNgJcIAkgATYCWCAJQYCAgIB4\
NgJUIAsgFRDZAQsgBUEIayEFIAchAQwBCwsgCUEgaiAJKAJAIAkoAkRBAUEAEBILIAlBPGoiBygC\
CCEBIAcoAgQhBQNAIAEEQCABQQFrIQEgBRDeAiAFQQxqIQUMAQsLIAcQiAMgMyAeQQxsaiIBIAko\
Aig2AgggASAJKQMgNwIAIB5BAWohHgwBCwsgNCAeNgIAIAlB8ABqJAAMAQsgIiAiQYiTwQAQswEA\
CyAUQRBqJAAgKSASKAIcNgIIICkgEikCFDcCACASQSBqJAAgL0EAIAMoAlQQYgNAIAQEQCADQbwB\
aiAOKAIAQdCpwAAQsgJBAToAACAEQQRrIQQgDkEEaiEODAELCyADKAJQIgEgAygCVEEUbGohBCMA\
QSBrIgUkACAFQQhqIAQgAWtBFG4iDkEEQQQQsgEgBUEANgIcIAUgBSkDCDcCFCMAQRBrIgckACAF\
QRRqIgIgDhC4AiACKQIEITogByACQQhqNgIEIAcgOkIgiTcCCCAHQQRqIgsoAgQhAiALKAIAIAEg\
BEcEQCABQQxqIQEgCygCCCACQQJ0aiEEIAIgDmohAgNAIAQgASgCADYCACABQRRqIQEgBEEEaiEE\
IA5BAWsiDg0ACwsgAjYCACAHQRBqJAAgA0HkAWoiASAFKAIcNgIIIAEgBSkCFDcCACAFQSBqJAAg\
AyADKAJYNgKYASADIAMpA1A3A5ABIAMgAykDSDcDiAEgAyADKQNANwOAASADQYABahCMAyAuEI0D\
QQAhBCADQQA2ArABICcgAygCwAEgAygCxAEgAygC6AEgAygC7AEgA0GwAWoQ2wEgKCADKAJ4IgVr\
IQsgFwRAAkAgCigCNCIBRQRAIANBgICAgHg2AoABDAELIAogAUEBayIBNgI0IAMgCigCMCABQQxs\
aiIBKQIANwOAASADIAEoAgg2AogBCyADQYABahDeAiAMIQQLIAMoAnQhASADIAMoAnA2AogBIAMg\
ATYCgAEgAyABNgKEASADIAEgBUEMbGo2AowBIBYgA0GAAWoiBSgCDCINIAUoAgQiB2siAkEMbiIJ\
ELkCIBYoAgghASAHIA1HBEAgAgRAIBYoAgQgAUEMbGogByAC/AoAAAsgFigCCCEBCyAFIAc2Agwg\
FiABIAlqNgIIIAUQqQEgAyAEIAtqIgE2AnwgAQRAIANBAjYClAEgA0HIqcAANgKQASADQQE2AowB\
IANBAjYChAEgA0HAqcAANgKAASADIANB/ABqNgKIASADQdQBaiIBQYCAwAAgBRCqAiAWIAEQ2QEL\
IANB5AFqEIsDIANBvAFqEIoDIANB4ABqEIsDICgNAQsgGyAKICUgJiAcQeqkwABB+QAQUQwFCyAK\
EKkDIhxBgPgBSw0ACyAbQQI2AgAMAwsgG0ECNgIADAILIANBAjYCRCADQfSlwAA2AkAgA0GAAWoi\
AUHVncAAIANBQGsQqgIgGyAKICUgJiAcIAMoAoQBIAMoAogBEFEgARCKAwwBCyAbQQI2AgALIANB\
8AFqJAAgBigCYCIBQQJGDQEgECAGKQJ0NwIYIBAgBikCbDcCECAQIAYpAmQ3AgggEEEBNgIAIBAg\
ATYCBCAGQZgBahDIAgwLCyAQIAYoArABNgIcIBAgBikCqAE3AhQgECAGKQKgATcCDCAQIAYpApgB\
NwIEIBBBADYCACAGQYgBahDiAiAGQThqEIoDIAZBGGoQ9gIMDAsgCEHoAGshCCAKQegAaiEKDAAL\
AAsgBkEIaiAGQRhqELYBAkAgBigCDEGA+AFLBEAgBigCiAEiBEGAgICAeEcNAQsgBiAGQRhqELYB\
IAZB4ABqIAYoAgAgBigCBBCXASAGKQJkITogBigCYCEEQYCAgIB4DAQLIAZBgICAgHg2AogBIAYp\
AowBITpBgYCAgHgMAwsgBi0A3AEhASAGIAYoAtgBNgLoASAGIAYpA9ABNwPgAQJAAkAgBigCiAFB\
gICAgHhHBEAgAUEBcUUNAiAGQYgBakG8p8AAQQgQdyIBRQ0BIAEtAABBBUcNASAGQeAAaiAGKALk\
ASAGKALoASABQQRqENUBIAYoAmBBgICAgHhGDQEgBiAGKAJoNgL4ASAGIAYpAmA3A/ABDAQLAkAC\
QCABQQFxBEAgBkHgAGogBkEYakG8p8AAQQgQPiAGLQBgIgRBBUYNASAGQQA2AvgBIAZCgICAgMAA\
NwPwAQwCCyAGKALkASEBIAYoAugBIQUjAEEQayIEJAAgBCAGQRhqNgIAIAQgATYCBCAEIAEgBUED\
dGo2AgggBCAENgIMIwBBIGsiAiQAIAIgBEEEaiIBKAIINgIYIAIgASkCADcDECACQQRqIQwjAEFA\
aiIBJAAgAUEUaiACQRBqIg0QjgECQCABKAIUQYCAgIB4RwRAIAFBBEEEQRwQsgEgASgCACEDIAEo\
AgQiBSABKQIUNwIAIAUgASgCLDYCGCAFIAEpAiQ3AhAgBSABKQIcNwIIIAFBATYCECABIAU2Agwg\
ASADNgIIIAEgDSgCCDYCOCABIA0pAgA3AzAgAUEIaiENIAFBMGohFSMAQSBrIgUkAANAAkAgBUEE\
aiAVEI4BIAUoAgRBgICAgHhGDQAgDSgCCCISIA0oAgBGBEAgDRC7AgsgDSgCBCASQRxsaiIDIAUo\
Ahw2AhggAyAFKQIUNwIQIAMgBSkCDDcCCCADIAUpAgQ3AgAgDSASQQFqNgIIDAELCyAFQSBqJAAg\
DCABKAIQNgIIIAwgASkCCDcCAAwBCyAMQQA2AgggDEKAgICAwAA3AgALIAFBQGskACAGQfABaiAM\
EBAgAkEgaiQAIARBEGokAAwFCyAGIAkoAgg2AogCIAYgCSkCADcDgAIgBkHwAWogBigC5AEgBigC\
6AEgBkGAAmoiARDVASABEJMDIAYtAGAhBAsgBEH/AXFBBU8NAyAGQeAAahDtAQwDCyAGQQA2AvgB\
IAZCgICAgMAANwPwAQwCCyAGQfABaiAGKALkASAGKALoASAGQYgBahDVAQwBCyAGKQPYASE6IAYo\
AtQBIQQgBxDwASAOIAQ2AgAgByABNgIAIAggOjcCAAwCCyAGKQL0ASE6IAYoAvABIQQgBkHgAWoQ\
iQNBgYCAgHgLIQEgBxDwASAOIAQ2AgAgByABNgIAIAggOjcCACAGKALQAUEATg0AIAZB0AFqEPAB\
CyALQegAayELIAhB6ABqIQgMAAsAC0HYjsEAQZcBQaSPwQAQ8gEACyAGQYgBahDiAiAGQThqEIoD\
CyAGQRhqEPYCCyAGQZACaiQAIBFBNGohBCARKAIwRQRAIBEgBCgCGDYCaCARIAQpAhA3A2AgESAE\
KQIINwNYIBEgBCkCADcDUCMAQSBrIggkACMAQTBrIgEkACAEKAIEIgUiCiAFIAQoAghB6ABsaiIH\
RwRAIApBEGohBSAHIAprQegAbiEKA0BBgAghByAFQQxrKAIAQYCAgIB4RgRAIAUoAgBBgARqIQcL\
IAVB6ABqIQUgByAfaiEfIApBAWsiCg0ACwsgAUEEaiIFIB9BQGsQ+QEgAUGAAjsBLCABQQA2Aigg\
AUIANwMQIAFBADYCGCABIAU2AiQgBCABQRBqQey3wAAQUiAIQQhqIgQgASgCIDYCFCAEIAEpAxg3\
AgwgBCABKQIENwIAIAQgASgCDDYCCCABQTBqJAAgEUEUaiIBIAgoAhA2AgggASAIKQIINwIAIAhB\
IGokACARQdAAahDIAgwCCyARIAQoAhg2AiggESAEKQIQNwMgIBEgBCkCCDcDGCARIAQpAgAiOjcD\
ECA6p0ECRg0BIBFBEGoQ3gEMAgsgEUEwaiIBQdi2wABBFBDJAiABEEoMAQsgESgCHCEdIBEoAhQh\
ICARKAIYCyEBICQgJCgCAEEBazYCACAgQYGAgIB4Rw0BCxCTAgALIAAgHTYCCCAAIAE2AgQgACAg\
NgIAIBFB8ABqJAAgLBCSAyArEIoDCyATQQhqENUCIBNB0ABqJAAgD0FAayQAC9wBAQZ/IAAgASgC\
DCADKAIMIAIoAggiBUEadyAFQRV3cyAFQQd3c2pqIAEoAggiByACKAIMIghzIAVxIAdzaiIEIAEo\
AgRqIgY2AgwgACAEIAIoAgAiBCABKAIAIgkgAigCBCICc3EgAiAJcXMgBEEedyAEQRN3cyAEQQp3\
c2pqIgE2AgQgACAJIAcgAygCCGogCCAGIAUgCHNxc2ogBkEadyAGQRV3cyAGQQd3c2oiA2o2Aggg\
ACABQR53IAFBE3dzIAFBCndzIAEgAiAEc3EgAiAEcXNqIANqNgIAC+8FAQl/IwBBQGoiAyQAAkAC\
QCABKAIAIgQoAgBBgICAgHhGBEAgA0GAgICAeDYCECABKAIEIQUMAQsgA0EQaiAEEKsBIAEoAgQh\
BSAEKAIAQYCAgIB4Rg0AIANBgICAgHg2AhwMAQsjAEEgayIEJAAgBEEEaiIGIAUoAgQgBSgCCBCD\
ASAEQQM2AhwgBEECNgIUIARB7KnAADYCECAEIAY2AhggA0EcakHSg8AAIARBEGoQqgIgBhCKAyAE\
QSBqJAALIANBCGogAhD2ASADQShqIQQgAygCCCEGIAMoAgwhByMAQUBqIgIkAAJAIAUoAhQiCARA\
IAUoAgQiCSAJIAUoAggiCmoQvAJB1AAgCGtLBEAgAkEEaiILIAkgChCDASACIAc2AjwgAiAGNgI4\
IAJBATYCNCACQeipwAA2AjAgAiACKQIINwIoIAJBAjYCJCACQeapwAA2AiAgAiAINgIcIAJBBjYC\
FCACQeCpwAA2AhAgAiAFKAIQNgIYIAQgAkEQakEGEI0BIAsQigMMAgsgAiAHNgI8IAIgBjYCOCAC\
QQE2AjQgAkHoqcAANgIwIAIgCjYCLCACIAk2AiggAkEBNgIkIAJB6KnAADYCICACIAg2AhwgAkEG\
NgIUIAJB4KnAADYCECACIAUoAhA2AhggBCACQRBqQQYQjQEMAQsgAiAHNgIsIAIgBjYCKCACQQE2\
AiQgAkHoqcAANgIgIAJBBjYCFCACQeCpwAA2AhAgAiAFKQIENwIYIAQgAkEQakEEEI0BCyACQUBr\
JAACQCABKAIIIgEoAgBBgICAgHhHBEAgA0E0aiABEKsBDAELIANBgICAgHg2AjQLIAAgAygCGDYC\
ICAAIAMpAhA3AhggACADKQIcNwIkIAAgAygCJDYCLCAAIAMpAig3AgAgACADKAIwNgIIIAAgAykC\
NDcCMCAAIAMoAjw2AjggAEGAgICAeDYCPCAAQQA2AhQgAEKAgICAwAA3AgwgA0FAayQAC/wBAQd/\
IwBBMGsiAyQAIANBADYCLCADIAE2AiQgAyABNgIcIAMgAjYCICADIAEgAmo2AiggA0EkaiEIAkAD\
QCADKAIkIQUgAygCKCEGIANBEGogCBCEASADKAIUIgdBgIDEAEYEQEEAIQIMAgsgAygCECECIAcQ\
aQ0ACyADKAIkIAYgBWsgAmpqIAMoAihrIQQLAkADQCADKAIkIQUgAygCKCEGIANBCGogCBCkASAD\
KAIMIgdBgIDEAEYNASADKAIIIQkgBxBpDQALIAMoAiQgBiAFayAJamogAygCKGshBAsgACAEIAJr\
NgIEIAAgASACajYCACADQTBqJAAL8gEBBn8jAEEQayIGJAACQAJAAkACQCABLQAAQQRrDgIBAAIL\
IAAgAUEEaiACIAMgBBAZIQUMAgsgASgCDCIFQQR0IQggBSAFQQBHa0ECaiEFIAEoAgghAQNAIAhF\
DQICfyABLQAAQQZxQQRHBEAgARCNAgwBCyAAKAIIIQkgACACEJYCIQogBiAHNgIEIAZBADYCACAG\
IAI2AgggBiAHEJwCIApqQQJqNgIMIAAgBhDdASAAIAEgCSADIAQQRgshCSABQRBqIQEgB0EBaiEH\
IAhBEGshCCAFIAlqIQUMAAsACyABEI0CIQULIAZBEGokACAFC+oBAQR/IwBBEGsiBSQAIAIgAyAC\
IANJGyIGIQMCQAJAAkADQCADRQ0BIANBAWsiAyABai0AAEEKRw0ACyADQQFqIQcMAQtBACECIAZF\
DQELQQAhAiABIQMgBiEEA0AgAiADLQAAQQpGaiECIANBAWohAyAEQQFrIgQNAAsLIAVBCGogByAB\
IAZB7K7AABCHAgJAIAUoAgwiAUUEQEEAIQQMAQsgBSgCCCEDQQAhBANAIAQgAywAAEG/f0pqIQQg\
A0EBaiEDIAFBAWsiAQ0ACwsgACAEQQFqNgIEIAAgAkEBajYCACAFQRBqJAAL3AEBAn8jAEEQayID\
JAAgACgCACEAAn8CQCABKAIIIgJBgICAEHFFBEAgAkGAgIAgcQ0BIAAgARA6DAILIAAoAgAhAkEA\
IQADQCAAIANqQQ9qIAJBD3EtAKSoQToAACAAQQFrIQAgAkEEdiICDQALIAFBwrnBAEECIAAgA2pB\
EGpBACAAaxAXDAELIAAoAgAhAkEAIQADQCAAIANqQQ9qIAJBD3EtAMS5QToAACAAQQFrIQAgAkEE\
diICDQALIAFBwrnBAEECIAAgA2pBEGpBACAAaxAXCyADQRBqJAALjwIBA38CQAJAAkACQAJAAkAg\
Ai0AAEEBaw4FBAECBQMACyAAQditwABBBCABKAIMEQEADwsgACACKAIIIAIoAgwgASgCEBEBAA8L\
IAAgASACKAIIIAIoAgwQKQ8LIAAgASACQQRqIAMQMw8LIAEoAgwhASACLQABRQRAIABB063AAEEF\
IAERAQAPCyAAQc+twABBBCABEQEADwsgAEHAscAAQQEgASgCDCIGEQEAIAIoAgxBBHQhBCACKAII\
IQIDQAJAIAQEQCAFRQ0BIABBwrHAAEEBIAYRAQAMAQsgAEHBscAAQQEgBhEBAA8LIAAgASACIAMQ\
SSAFQQFrIQUgBEEQayEEIAJBEGohAgwACwAL+gEBB38jAEEgayIBJAAgASAAKAIQIAAoAhQQoAMi\
BjYCDCABIAAtABhBAnQiAigCgJtBNgIEIAEgAigCjJtBNgIAIAFBDGoiBSgCACUBIAEoAgAgASgC\
BBADIAAoAgBBAUYEQCAAKAIIIQcgACgCBCECIAFB9rXAAEEEENwCNgIYIAEgArgQrgM2AhwgAUEQ\
aiICIAUgAUEYaiIDIAFBHGoiBBCaASACENQCIAQQ1QIgAxDVAiABQfq1wABBBhDcAjYCGCABIAe4\
EK4DNgIcIAIgBSADIAQQmgEgAhDUAiAEENUCIAMQ1QILIABBDGoQigMgAUEgaiQAIAYL0wEBB38j\
AEEQayIHJAADQAJAIAMgBU0EQCAHQQhqIAQgACABQbCGwQAQhwIgBygCDCEEIAcoAgghBQNAIARF\
IQYgBEUNAiAEQQFrIQQgBS0AACAFQQFqIQVBKkYNAAsMAQsCQAJAIAEgBE0NACAAIARqLQAAIglB\
KkYEQCAFIQYgBCEKQQEhCAwCCyAJIAIgBWotAABHDQAgBUEBaiEFDAELIAhFBEBBACEGDAILQQEh\
CCAGQQFqIgYhBSAKIQQLIARBAWohBAwBCwsgB0EQaiQAIAYL6QECA38BfiMAQSBrIgUkAEEBIQdB\
BCEGAkACQCAErSACrX4iCEIgiKcNACAIpyICQYCAgIB4IANrSw0AIAVBFGogASADIAQQ0wECfyAF\
KAIYBEAgBSgCHCIBRQRAIAVBCGogAyACQQAQhQIgBSgCCCEEIAUoAgwMAgsgBSgCFCABIAMgAhAU\
IQQgAgwBCyAFIAMgAkEAEIUCIAUoAgAhBCAFKAIECyAERQRAIAAgAzYCBEEIIQYMAgsgACAENgIE\
QQAhB0EIIQYhAgwBC0EAIQILIAAgBmogAjYCACAAIAc2AgAgBUEgaiQAC78BAQN/IAEoAgQiBCAB\
KAIARgR/QQAFIAEgBEEBayICNgIEIAIsAAAiAkEASARAIAEgBEECayIDNgIEIAJBP3ECfyADLQAA\
IgPAIgJBQE4EQCADQR9xDAELIAEgBEEDayIDNgIEIAJBP3ECfyADLQAAIgPAIgJBQE4EQCADQQ9x\
DAELIAEgBEEEayIBNgIEIAJBP3EgAS0AAEEHcUEGdHILQQZ0cgtBBnRyIQILQQELIQEgACACNgIE\
IAAgATYCAAvHAQEFfwJAIAEoAgAiAiABKAIERgRADAELQQEhBiABIAJBAWo2AgAgAi0AACIDwEEA\
Tg0AIAEgAkECajYCACACLQABQT9xIQQgA0EfcSEFIANB3wFNBEAgBUEGdCAEciEDDAELIAEgAkED\
ajYCACACLQACQT9xIARBBnRyIQQgA0HwAUkEQCAEIAVBDHRyIQMMAQsgASACQQRqNgIAIAVBEnRB\
gIDwAHEgAi0AA0E/cSAEQQZ0cnIhAwsgACADNgIEIAAgBjYCAAvMAQEJfyMAQTBrIgIkACABKAIE\
IQMgAkEIaiABKAIIIgZBBEEcELIBIAZBHGwhCCACQSBqIQlBACEBIAIoAgwhByACKAIIIgohBANA\
IARFIAEgCEZyRQRAIAJBFGogAxCrASAJIANBDGoQdCABIAdqIgUgAigCLDYCGCAFIAIpAiQ3AhAg\
BSACKQIcNwIIIAUgAikCFDcCACABQRxqIQEgBEEBayEEIANBHGohAwwBCwsgACAGNgIIIAAgBzYC\
BCAAIAo2AgAgAkEwaiQAC8ABAQV/IwBBEGsiBCQAAkAgAS0AJQRADAELIAEoAgQhAiAEQQRqIAEQ\
MiAEKAIEQQFGBEAgASgCHCEDIAEgBCgCDDYCHCACIANqIQIgBCgCCCADayEFDAELQQAhAiABLQAl\
DQAgAUEBOgAlAkAgAS0AJEEBRgRAIAEoAiAhBiABKAIcIQMMAQsgASgCICIGIAEoAhwiA0YNAQsg\
BiADayEFIAEoAgQgA2ohAgsgACAFNgIEIAAgAjYCACAEQRBqJAAL1wEBAX8jAEHgAGsiByQAIAcg\
BjYCGCAHIAU2AhQgByAENgIQIAdBCGogASgCABD2ASAHIAcpAwg3AhwgB0EkaiIBIAIgAxAqIAdB\
AjYCXCAHQQE2AlQgB0G8qcAANgJQIAdBATYCTCAHQbipwAA2AkggB0EBNgJEIAdBAzYCPCAHQQI2\
AjQgByAHQRRqNgJYIAcgB0EQajYCQCAHIAE2AjggByAHQRxqNgIwIABBDGpBhIDAACAHQTBqEKoC\
IAEQigMgAEEANgIAIABBAToAGCAHQeAAaiQAC9wBAQR/IAEgAigCDCIGEQIAIAFBACACKAIcIgQR\
AAAgASACKAIUEQIAIAAoAghB6ABsIQMgACgCBCEFA0AgAwRAIAUgASACEBggA0HoAGshAyAFQegA\
aiEFDAELCyABIAIoAhgRAgACQCAAKAIMQYCAgIB4RgRAIAIoAhAhAwwBCyABQQEgBBEAACABIAYR\
AgAgAUECIAQRAAAgASAALQAYQRlqIAIoAiARAAAgAUEDIAQRAAAgASAAKAIQIAAoAhQgAigCJBEB\
ACABIAIoAhAiAxECAAsgASADEQIAC+gBAgJ/AX4jAEEwayICJAAgASgCAEGAgICAeEYEQCABKAIM\
IQMgAkEANgIsIAJCgICAgBA3AiQgAkEkakHQnMEAIAMoAgAiAygCACADKAIEEB8aIAIgAigCLCID\
NgIgIAIgAikCJCIENwMYIAEgAzYCCCABIAQ3AgALIAEoAgghAyABQQA2AgggASkCACEEIAFCgICA\
gBA3AgAgAiADNgIQIAIgBDcDCEEMQQQQ0AIiAUUEQEEEQQwQpAMACyABIAIoAhA2AgggASACKQMI\
NwIAIABB3J7BADYCBCAAIAE2AgAgAkEwaiQAC8UBAQV/IwBBEGsiBCQAAkACQAJAAkACQAJAAkAC\
QAJAIAEgAkEMbGoiASgCAEEBaw4GBwQAAwECBQtBAiEDQQEhBQwFC0EFIQNBBCEFDAQLQQQhBUEE\
IQMMBAtBASEDDAMLIARBBGogASgCBCABKAIIEJcBIAQoAgwhByAEKAIIIQUgBCgCBCEGQQMhAwwC\
CyAAQQY6AAAMAgsLIAAgBzYCDCAAIAU2AgggACAGNgIEIABBADoAASAAIAM6AAALIARBEGokAAvE\
AgEEfyMAQSBrIgMkACADIAI2AhAgAyABNgIMAkAgA0EMahD0ASIBQYCAxABHBEAgA0EDIAMoAhAi\
BCADKAIMIgVrIgJBAnYgAkEDcUEAR2oiAiACQQNNG0EBakEEQQQQsgEgAygCACECIAMoAgQiBiAB\
NgIAIANBATYCHCADIAY2AhggAyACNgIUIANBFGohAiMAQRBrIgEkACABIAQ2AgwgASAFNgIIA0Ag\
AUEIahD0ASIFQYCAxABHBEAgAigCCCIEIAIoAgBGBEAgAiABKAIMIAEoAghrIgZBAnYgBkEDcUEA\
R2pBAWoQuAILIAIoAgQgBEECdGogBTYCACACIARBAWo2AggMAQsLIAFBEGokACAAIAMoAhw2Aggg\
ACADKQIUNwIADAELIABBADYCCCAAQoCAgIDAADcCAAsgA0EgaiQAC9YBAQF/AkACQAJAAkBBAyAA\
KAIAIgJBgICAgHhzIAJBAE4bQQFrDgMAAQMCCyABQeCxwAAgAEEEakEAEDMPCyABQZe5wABBBBCC\
Aw8LIAEgACgCCCAAKAIMECUPCyABIAEoAgBBAWo2AgAgAUG8p8AAQQEgAC0ADCICG0EIQQAgAhsQ\
ggMgACgCCEEDdCECIAAoAgQhAANAIAIEQCABIAEoAgBBAWo2AgAgASAAKAIAIAAoAgQQggMgAkEI\
ayECIABBCGohAAwBCwsgASABKAIAQQFqNgIAC7QBAQJ/IwBBEGsiBCQAIAQgAzYCDCAEIAI2AghB\
ACECQYHCwAAhAwNAAkAgAkEKRg0AIAMtAAAgAUYNACADQQFqIQMgAkEFaiECDAELC0EAIQFBACED\
AkADQCADQShGDQEgA0GkhcEAaiAEQQhqENMCRQRAIAFBAWshASADQQhqIQMMAQsLIAJBCkYNACAA\
KAJkQfQASQ0AIAAoAmAoAHAgAiABa3ZBAXEhBQsgBEEQaiQAIAULrAEBA38jAEEQayIGJAACQCAF\
RQ0AIAIgA2oiAiADSQ0AIAZBBGogASACIAEoAgBBAXQiAyACIANLGyICQQhBBEEBIAVBgQhJGyAF\
QQFGGyIIIAIgCEsbIgIgBCAFEEwgBigCBEEBRgRAIAYoAgwhCCAGKAIIIQcMAQsgBigCCCEDIAEg\
AjYCACABIAM2AgRBgYCAgHghBwsgACAINgIEIAAgBzYCACAGQRBqJAALlQIBAn8jAEEgayIFJABB\
1LvBAEHUu8EAKAIAIgZBAWo2AgACQAJAAkACQAJ/QQAgBkEASA0AGkEBQcC7wQAtAAANABpBwLvB\
AEEBOgAAQby7wQBBvLvBACgCAEEBajYCAEECC0H/AXEOAwMBAAELQci7wQAoAgAiBkEASA0CQci7\
wQAgBkEBajYCAEHMu8EAKAIARQ0BIAVBCGogACABKAIUEQAAIAUgBDoAHSAFIAM6ABwgBSACNgIY\
IAUgBSkDCDcCEEHMu8EAKAIAIAVBEGpB0LvBACgCACgCFBEAAAwBCyAFIAAgASgCGBEAAAwBC0HI\
u8EAQci7wQAoAgBBAWs2AgBBwLvBAEEAOgAAIANFDQAACwALigEBBX8jAEEQayICJAAgAkEEakEg\
EPkBA0AgBEEQRwRAIAJBBGoiBSABIARqLQAAIgNBBHYiBkEwciAGQdcAaiADQaABSRsQowEgBSAD\
QQ9xIgNBMHIgA0HXAGogA0EKSRsQowEgBEEBaiEEDAELCyAAIAIoAgw2AgggACACKQIENwIAIAJB\
EGokAAuwAQEBfyMAQUBqIgIkACACIAE2AggCQCABQYGAIE8EQCACQQA2AhAgAkEBNgIMIAJBATYC\
PCACQZirwAA2AjggAkEBNgI0IAJBAjYCLCACIAJBCGo2AjAgAiACQQxqNgIoIAJBHGpBsJ/AACAC\
QShqEKoCIABBADYCACAAIAIpAhQ3AgQgACACKQIcNwIMIAAgAigCJDYCFCAAQQA6ABgMAQsgAEEC\
NgIACyACQUBrJAAL0wEBBn8jAEEQayIDJAAgAiABKAIAIggvAYoBIgQgASgCCCIFQX9zaiIBOwGK\
ASADIAhBBGoiBiAFQQxsaiIHKQIANwMAIAMgBygCCDYCCCABQQxPBEBBACABQQtBkJXBABA4AAsg\
BiAFQQFqIgdBDGxqIQYgAkEEaiECAkAgBCAHayIEIAFGBEAgBEEMbCIEBEAgAiAGIAT8CgAACwwB\
C0HYlMEAQShBgJXBABDaAgALIAggBTsBigEgACADKQMANwIAIAAgAygCCDYCCCADQRBqJAALogEB\
A38gAEGAAU8EQCAAQT9xQYB/ciEDIABBBnYhAiAAQYAQSQRAIAEgAzoAASABIAJBwAFyOgAADwsg\
AEEMdiEEIAJBP3FBgH9yIQIgAEH//wNNBEAgASADOgACIAEgAjoAASABIARB4AFyOgAADwsgASAD\
OgADIAEgAjoAAiABIARBP3FBgH9yOgABIAEgAEESdkFwcjoAAA8LIAEgADoAAAu/AgEFfwJAIAAt\
AAAiAyABLQAARw0AQQEhAgJAAkACQAJAAkAgA0EBaw4FAAECAwQFCyAALQABIAEtAAFGIQIMBAsg\
AEEEaiABQQRqEJ8CIQIMAwsgAEEEaiABQQRqEJ8CIQIMAgtBACECIAAoAgwiAyABKAIMRw0BIAEo\
AgghAiAAKAIIQRBrIQECfwNAIAMgAyAERg0BGiAEQQFqIQQgAUEQaiIBIAIQXiACQRBqIQJFDQAL\
IARBAWsLIANPIQIMAQtBACECIAAoAgwiAyABKAIMRw0AIAAoAgghBSABKAIIIQYgAyEBQQAhAwNA\
AkAgAyIAIAFGBEAgASEADAELIAUgBhCAAw0AIABBAWohAyAGQQxqIQQgBUEMaiAGQRxqIQYgBUEc\
aiEFIAQQXkUNAQsLIAAgAU8hAgsgAkEBcwuRAQEBfyMAQSBrIgMkACADIAAoAgA2AgQgA0EIaiAD\
QQRqIgAgARCBAiADQRRqIAAgAhCBAgJ/IAMtAAwiACADLQAYIgFHBEAgACABSiAAIAFIawwBCyAD\
KAIUIgAgAygCCCIBRwRAIAAgAUsgACABSWsMAQsgAygCECIAIAMoAhwiAUsgACABSWsLIANBIGok\
AAu2AwEFfyMAQTBrIgQkACAEIAM2AhAgBCACNgIMIAEoAghBHGwhAyABKAIEIQICQAJAA0AgAwRA\
IAQgAjYCFCAEQRRqIARBDGoQjwINAiADQRxrIQMgBkEBaiEGIAJBHGohAgwBCwsgAEEGOgAADAEL\
IARBFGohAyMAQSBrIgIkACACQQRqIQUCQCABKAIIIgggBksEQCAFIAEoAgQgBkEcbGoiBykCADcC\
ACAFIAcpAgg3AgggBSAHKQIQNwIQIAUgBygCGDYCGCAIIAZBf3NqQRxsIgUEQCAHIAdBHGogBfwK\
AAALIAEgCEEBazYCCAwBCyAFQYCAgIB4NgIACwJAIAIoAgRBgICAgHhHBEAgAyACKAIcNgIYIAMg\
AikCFDcCECADIAIpAgw3AgggAyACKQIENwIAIAJBIGokAAwBCyABKAIIIQEjAEEgayIAJAAgACAB\
NgIMIAAgBjYCCCAAIABBDGqtQoCAgIAQhDcDGCAAIABBCGqtQoCAgIAQhDcDEEHLoMAAIABBEGpB\
sLHAABDyAQALIAAgBCkCKDcCCCAAIAQpAiA3AgAgAxCKAwsgBEEwaiQAC6ABAgF/AX4jAEEQayIF\
JAAgAAJ/AkACQAJAIAStIAGtfiIGQiCIpw0AIAanIgRBgICAgHggA2tLDQAgBA0BIAAgAzYCCCAA\
QQA2AgRBAAwDCyAAQQA2AgQMAQsgBUEIaiADIAQgAhCFAiAFKAIIIgIEQCAAIAI2AgggACABNgIE\
QQAMAgsgACAENgIIIAAgAzYCBAtBAQs2AgAgBUEQaiQAC5ACAQV/IwBBIGsiAyQAAkACQCABBEAg\
A0EIaiACQQFBARCyASADQQA2AhwgAyADKQMINwIUIANBFGoiBSACELcCQQEgAiACQQFNGyIGQQFr\
IQEgBSgCCCIHIAUoAgRqIQQCQANAIAEEQCAEQQE6AAAgAUEBayEBIARBAWohBAwBBQJAIAYgB2oh\
ASACDQAgAUEBayEBDAMLCwsgBEEBOgAACyAFIAE2AgggACADKAIcNgIIIAAgAykCFDcCAAwBCyAD\
QRRqIAJBAUEBQQEQYSADKAIYIQEgAygCFEEBRg0BIAMoAhwhBCAAIAI2AgggACAENgIEIAAgATYC\
AAsgA0EgaiQADwsgASADKAIcENECAAuVAQEBfyMAQSBrIgQkACAEIAM2AgggBCACNgIEAkAgASgC\
HCABKAIYSQRAIARBAjYCHCAEIARBBGo2AhggBEEMaiICQaKIwAAgBEEYahCqAgwBCyAEQQI2Ahwg\
BCAEQQRqNgIYIARBDGoiAkGtncAAIARBGGoQqgILIAAgASAEKAIQIAQoAhQQ6QIgAhCKAyAEQSBq\
JAALvwEBAn8jAEEwayIDJAAgA0EIaiIEIAJBAnQiAigCwJpBNgIEIAQgAigC4JpBNgIAIAMoAggh\
AgJAIAMoAgxBAUYEQCAAIAEgAigCACACKAIEED4MAQsgA0EgaiABIAIoAgAgAigCBBA+IAMtACAi\
AUEGRgRAIABBBjoAAAwBCyADIAMpACg3ABggAyADKQAhNwARIAMgAToAECAAIANBEGoiACACKAII\
IAIoAgwQtAIQzAIgABDtAQsgA0EwaiQAC94CAQJ/IwBBMGsiBCQAAn8gAQRAIARBEGoiASAAQbyn\
wABBCBA+QQYhAAJAIAQtABBBBkcEQCAEIAQpAhg3AyggBCAEKQIQNwMgIAQgASACIAMQtAIQzAIg\
BEEgahDtASAELQAAIQAMAQsgBEEGOgAACyAEEOACIABB/wFxIgBBBkcgAEEAR3EMAQsjAEEgayIB\
JAAgASADNgIYIAEgAjYCFCAAKAIIQRRsIQIgACgCBCEFAn8DQEEAIAJFDQEaIAEgAkEUayICIAVq\
IgM2AhwgAUEcaiABQRRqEI8CRQ0ACyABQQhqIABBDGoQogMgASABKAIIIAEoAgwgA0EMaigCACAD\
QRBqKAIAQbyuwAAQcyABKAIAIAEoAgQjAEEQayIAJAAgAEEANgIMIABB7gAgAEEMahDIASAAKAIA\
IAAoAgQQxAIgAEEQaiQAQQFzCyABQSBqJAALIARBMGokAAurAQEBfyMAQTBrIgUkACAFIAQ2Agwg\
BSADNgIIIAUgASgCDCABKAIQIAIQRyAFIAUoAgQiATYCFCAFIAUoAgAiAjYCECAFQQE2AiwgBSAF\
QRRqNgIoIAVBATYCJCAFQQI2AhwgBSAFQRBqNgIgIAUgBUEIajYCGCAAQQxqQY2GwAAgBUEYahCq\
AiAAIAE2AgggACACNgIEIABBATYCACAAQQA6ABggBUEwaiQAC4ACAQZ/IwBBEGsiAyQAIAIgASAC\
aiIESwRAQQBBABDRAgALIANBBGohBSAAKAIAIgIhBiAAKAIEIQhBASEHQQQhAQJAQQggBCACQQF0\
IgIgAiAESRsiAiACQQhNGyIEIgJB/////wdLBEBBACECDAELAkACQAJ/IAYEQCAIIAZBASACEBQM\
AQsgAkUEQEEBIQEMAgsgAkEBENACCyIBDQAgBUEBNgIEDAELIAUgATYCBEEAIQcLQQghAQsgASAF\
aiACNgIAIAUgBzYCACADKAIEQQFGBEAgAygCCCADKAIMENECAAsgAygCCCEBIAAgBDYCACAAIAE2\
AgQgA0EQaiQACwMAAAuQAQECfwJAIABBCWsiAkEXTQRAQQEhAUGfgIAEIAJ2QQFxDQELQQAhASAA\
QYABSQ0AAkAgAEEIdiICBEAgAkEwRwRAIAJBIEYNAiACQRZHDQMgAEGALUYhAQwDCyAAQYDgAEYh\
AQwCCyAAQf8BcS0ApaBBIQEMAQsgAEH/AXEtAKWgQUECcUEBdiEBCyABQQFxC6YBAQJ/IwBBIGsi\
AyQAIAMgASACECYgAygCCCEBIAMoAgQhAgJAIAMoAgAiBEECRwRAIAAgAykCFDcCFCAAIAMpAgw3\
AgwgACABNgIIIAAgAjYCBCAAIAQ2AgAMAQsgA0EANgIcIAMgATYCGCADIAI2AhQgAyABNgIQIAMg\
AjYCDCADQQA2AgggA0KAgICAwAA3AgAgACADEDkgAxCLAwsgA0EgaiQACwMAAAuCAgEJfyMAQRBr\
IgMkAAJAAkACQCABKAIQIgIEQCACIAEoAhRHDQEgAUEANgIQCyABKAIARQ0CIAFBCGohByMAQRBr\
IgQkACABIgIoAgAhASACKAIEIQgDQAJAIAEgCEYEQEEFIQYMAQsgAiABQQFqIgk2AgAgBCABLQAA\
IgY6AA8gCSEBIAcgBEEPahDdAkUNAQsLIARBEGokACAGIgFBBUYNAgwBCyABIAJBAWo2AhAgAi0A\
ACEBCyADQQhqIgIgAUH/AXFBAnQiASgChJpBNgIEIAIgASgCmJpBNgIAIAMoAgwhCiADKAIIIQUL\
IAAgCjYCBCAAIAU2AgAgA0EQaiQAC5wBAQV/AkAgACgCACIAKAIAIgMoAgAiAiAAKAIIIgRJBEAC\
QCAAKAIEIgUgAmotAAAiBkUEQCADIAJBAWo2AgAgAUEMaiAFIAQgACgCDCAAKAIQIAMQmAEMAQsg\
AiAAKAIQIgFPDQIgAyAAKAIMIAJBAnRqKAIANgIACyAGQQFzDwsgAiAEQbykwAAQswEACyACIAFB\
zKTAABCzAQAL/A4BC38jAEEQayIFJAACf0EBIAEoAgAiCkEnIAEoAgQiDCgCECILEQMADQAaIAAo\
AgAhBkEAIQEjAEEgayIEJAAgBQJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAIAYOKAIBAQEBAQEB\
AQMFAQEEAQEBAQEBAQEBAQEBAQEBAQEBAQEIAQEBAQcACyAGQdwARg0FCyAGQf8FTQ0GQRBBACAG\
QaudBE8bIgAgAEEIciIAIAZBC3QiAyAAQQJ0KAK8uEFBC3RJGyIAIABBBHIiACAAQQJ0KAK8uEFB\
C3QgA0sbIgAgAEECciIAIABBAnQoAry4QUELdCADSxsiACAAQQFqIgAgAEECdCgCvLhBQQt0IANL\
GyIAIABBAWoiACAAQQJ0KAK8uEFBC3QgA0sbIgFBAnQoAry4QUELdCIAIANGIAAgA0lqIAFqIghB\
AnQiAEG8uMEAaiEDIAAoAry4QUEVdiEBQf8FIQACQCAIQR9NBEAgAygCBEEVdiEAIAhFDQELIANB\
BGsoAgBB////AHEhAgsCQCAAIAFBf3NqRQ0AIAYgAmshCCAAQQFrIQNBACEAA0AgACABQaWiwQBq\
LQAAaiIAIAhLDQEgAyABQQFqIgFHDQALCyABQQFxRQ0GIARBADoADiAEQQA7AQwgBCAGQRR2LQCk\
qEE6AA8gBCAGQQR2QQ9xLQCkqEE6ABMgBCAGQQh2QQ9xLQCkqEE6ABIgBCAGQQx2QQ9xLQCkqEE6\
ABEgBCAGQRB2QQ9xLQCkqEE6ABAgBkEBcmdBAnYiASAEQQxqIgNqIgBB+wA6AAAgAEEBa0H1ADoA\
ACADIAFBAmsiAWpB3AA6AAAgBSAEKQEMNwAAIARB/QA6ABUgBCAGQQ9xLQCkqEE6ABQgBSAELwEU\
OwAIDAcLIAVCADcBAiAFQdzgADsBAAwICyAFQgA3AQIgBUHc6AE7AQAMBwsgBUIANwECIAVB3OQB\
OwEADAYLIAVCADcBAiAFQdzcATsBAAwFCyAFQgA3AQIgBUHcuAE7AQAMBAsgBUIANwECIAVB3M4A\
OwEADAMLQQAhAUEAIQACQCAGIgJBIEkNACACQf8ASQRAQQEhAQwBCwJAAkAgAkGAgARPBEAgAkGA\
gAhJDQEgAkH+//8AcSIAQa6dC0cgAkHg//8AcUHgzQpHIABBnvAKR3FxIAJB8NcLa0FxSXEgAkGA\
8AtrQd5sSXEgAkGAgAxrQZ50SXEgAkHQpgxrQXtJcSACQYCCOGtB+uZUSXEgAkHwgzhJcSEBDAML\
IAJBCHZB/wFxIQkDQCABQQJqIQMgACABLQDzskEiB2ohCCAJIAEtAPKyQSIBRwRAIAEgCUsNAyAI\
IQAgAyIBQcwARw0BDAMLAkACQCAAIAhLIAhBnAJLckUEQCAHRQ0CIABBvrPBAGohAQwBCyAAIAhB\
nAJBgLjBABA4AAsDQCABLQAAIAJB/wFxRwRAIAFBAWohASAHQQFrIgcNAQwCCwtBACEBDAQLIAgh\
ACADIgFBzABHDQALDAELIAJBCHZB/wFxIQkDQAJAIAFBAmohAyAAIAEtAMusQSIHaiEIIAkgAS0A\
yqxBIgFHBEAgASAJSw0BIAghACADIgFB3ABHDQIMAQsCQAJAIAAgCEsgCEHUAUtyRQRAIAdFDQIg\
AEGmrcEAaiEBDAELIAAgCEHUAUGAuMEAEDgACwNAIAEtAAAgAkH/AXFHBEAgAUEBaiEBIAdBAWsi\
Bw0BDAILC0EAIQEMBAsgCCEAIAMiAUHcAEcNAQsLIAJB//8DcSEDQQEhAUEAIQIDQCACQQFqIQAC\
QCACLAD6rkEiB0EATgRAIAAhAgwBCyAAQfgDRwRAIAJB+67BAGotAAAgB0H/AHFBCHRyIQcgAkEC\
aiECDAELQZC4wQAQhQMACyADIAdrIgNBAEgNAiABQQFzIQEgAkH4A0cNAAsMAQtBASEBQQAhBwNA\
IAdBAWohAAJAIAcsANq1QSIDQQBOBEAgACEHDAELIABBpAJHBEAgB0HbtcEAai0AACADQf8AcUEI\
dHIhAyAHQQJqIQcMAQtBkLjBABCFAwALIAIgA2siAkEASA0BIAFBAXMhASAHQaQCRw0ACwsgAUEB\
cQ0BIARBADoAGCAEQQA7ARYgBCAGQRR2LQCkqEE6ABkgBCAGQQR2QQ9xLQCkqEE6AB0gBCAGQQh2\
QQ9xLQCkqEE6ABwgBCAGQQx2QQ9xLQCkqEE6ABsgBCAGQRB2QQ9xLQCkqEE6ABogBkEBcmdBAnYi\
ASAEQRZqIgNqIgBB+wA6AAAgAEEBa0H1ADoAACADIAFBAmsiAWpB3AA6AAAgBSAEKQEWNwAAIARB\
/QA6AB8gBCAGQQ9xLQCkqEE6AB4gBSAELwEeOwAIC0EKDAILIAUgBjYCAEGAASEBQYEBDAELQQIL\
OgANIAUgAToADCAEQSBqJAACQCAFLQANIgFBgQFPBEAgCiAFKAIAIAsRAwBFDQFBAQwCCyAKIAUg\
BS0ADCIAaiABIABrIAwoAgwRBABFDQBBAQwBCyAKQScgCxEDAAsgBUEQaiQAC4UBAQF/IwBBEGsi\
AyQAIAIgASACaiIBSwRAQQBBABDRAgALIANBBGogACgCACICIAAoAgRBCCABIAJBAXQiAiABIAJL\
GyIBIAFBCE0bIgEQeiADKAIEQQFGBEAgAygCCCADKAIMENECAAsgAygCCCECIAAgATYCACAAIAI2\
AgQgA0EQaiQAC3IBAX4CQCABQhZTIACtIAFXcUUEQCABQgF9IgJCFVQNASABQgV8QgZaBEBCgICA\
gICAgICAfyACIAEgAlcbIgEgAUI/hyIBhSABfacQnAIgACAAQQFLampBAmoPCyAAIAGna0ECag8L\
IAGnDwsgAEEBagvvAQEIfyMAQRBrIgQkAANAIAQgAjYCDCAEIAE2AgggBEEIaigCACIGLwGKASIJ\
QQxsIQdBfyEFIAZBBGohBkEBIQgCQANAIAdFBEAgCSEFDAILIAdBDGshByAFQQFqIQUgAyAGEOMB\
IQogBkEMaiEGAkAgCkH/AXEOAgABAgsLQQAhCAsgBCAFNgIEIAQgCDYCACAEKAIEIQUCQCAEKAIA\
QQFGBEAgAg0BQQEhC0EAIQILIAAgBTYCDCAAIAI2AgggACABNgIEIAAgCzYCACAEQRBqJAAPCyAC\
QQFrIQIgASAFQQJ0aigCjAEhAQwACwALlgEBAX8CQAJAAkBBAyABKAIAIgJBgICAgHhzIAJBAE4b\
QQJrDgIAAgELIABBGBDzAg8LIABBAToAEA8LIAAQqwMgAEG8p8AAQQEgAS0ADCICG0EIQQAgAhsQ\
NyABKAIIQQN0IQIgASgCBCEBA0AgAgRAIAAgASgCACABKAIEEDcgAkEIayECIAFBCGohAQwBCwsg\
ABCqAwt9AAJAIAMgBEsNAAJAIANFDQAgAiADTQRAIAIgA0cNAgwBCyABIANqLAAAQb9/TA0BCwJA\
IARFDQAgAiAETQRAIAIgBEYNAQwCCyABIARqLAAAQb9/TA0BCyAAIAQgA2s2AgQgACABIANqNgIA\
DwsgASACIAMgBCAFEOwCAAuzAgEJfwJAAkACQAJAAkACQCABLQAAQQFrDgUBAgMEBQALIABBADoA\
AA8LIAAgASkCCDcCCCAAIAEpAgA3AgAPCyAAQQRqIAFBBGoQqwEgAEECOgAADwsgAEEEaiABQQRq\
EKsBIABBAzoAAA8LIABBBGohAyMAQSBrIgIkACABQQRqIgEoAgQhByACQQhqIAEoAggiBUEEQRAQ\
sgEgBUEEdCEIQQAhASACKAIMIQYgAigCCCIJIQQDQCAERSABIAhGckUEQCACQRBqIAEgB2oQdCAB\
IAZqIgogAikCGDcCCCAKIAIpAhA3AgAgAUEQaiEBIARBAWshBAwBCwsgAyAFNgIIIAMgBjYCBCAD\
IAk2AgAgAkEgaiQAIABBBDoAAA8LIABBBGogAUEEahBPIABBBToAAAuNAQEDfyMAQTBrIgIkACAC\
QQA2AhAgAkKAgICAEDcCCCACQRRqIAEgAkEIaiIDEA8gAEEEaiEBAkAgAigCFCIEQQJHBEAgASAC\
KQIoNwIQIAEgAikCIDcCCCABIAIpAhg3AgAgAxCKAwwBCyABIAIoAhA2AgggASACKQIINwIACyAA\
IAQ2AgAgAkEwaiQAC4oBAQJ/IwBBMGsiBCQAIARBBGoiBSABIAIQlwECQCAAIAQoAgggBCgCDBB3\
IgEEQCABEO0BIAEgAykCCDcCCCABIAMpAgA3AgAgBRCKAwwBCyAEIAQoAgw2AhggBCAEKQIENwMQ\
IAQgAykCADcCHCAEIAMpAgg3AiQgACAEQRBqELUBCyAEQTBqJAALdwEBfyMAQRBrIgMkACADIAI2\
AgggAyABNgIEIAAoAghBHGwhAiAAKAIEIQACfwNAQQAgAkUNARogAkEcayECIAMgADYCDCAAQRxq\
IQAgA0EMaiADQQRqEI8CRQ0ACyAAQRxrCyECIANBEGokACACQQxqQQAgAhsLeAEDfwJAIAJFDQAg\
ACABKAIAIAEoAgQQdyIARQ0AIAFBDGohASACQQN0QQhrIQIDQCACBEAgAUEEayEEIAJBCGshAiAB\
KAIAIQUgAUEIaiEBIAAgBCgCACAFELQCIgANAQwCCwsgAEEAIABBuP7AABBeGyEDCyADC3sBA38j\
AEEQayIDJAAgAyABIAJBLRDGAQJAIAMoAgQgAiADKAIAIgQbIgVBD00EQCADIAQgASAEGyIENgII\
IAMgBCAFajYCDCADQQhqEM8BRQ0BCyABIAIQDiIBIAIgASACSxshAgsgACAAKAIAIAJqNgIAIANB\
EGokAAtxAAJ/IANBAEgEQEEBIQFBACEDQQQMAQsCfwJAAn8gAQRAIAIgAUEBIAMQFAwBCyADRQRA\
QQEhAQwCCyADQQEQ0AILIgENACAAQQE2AgRBAQwBCyAAIAE2AgRBAAshAUEICyAAaiADNgIAIAAg\
ATYCAAuBAQEDfyMAQTBrIgIkACACQQxqQeyywABBAhCXASACQgQ3AiggAkKMgICAgAE3AiAgAkEg\
aiEEA0AgA0EQRgRAIAAgAigCFDYCCCAAIAIpAgw3AgAgAkEwaiQABSACQQxqIAEgAyAEaigCAHZB\
D3EtAO6yQBCjASADQQRqIQMMAQsLC4YBAQF/IwBBMGsiBSQAIAUgAzYCDCAFIAI2AgggBSAEEMcC\
IAUgBSkDADcCECAFQQI2AiwgBUECNgIkIAVBAjYCHCAFIAFBDGo2AhggBSAFQRBqNgIoIAUgBUEI\
ajYCICAAQQxqQY6EwAAgBUEYahCqAiAAQQA2AgAgAEEBOgAYIAVBMGokAAtPAQN+IAAgAUL/////\
D4MiA0IKfiIEQgAiAyABQiCIQgp+fCIBQiCGfCIFNwMAIAAgBCAFVq0gASADVK1CIIYgAUIgiIR8\
IAJCCn58NwMIC9sBAQd/IwBBEGsiAyQAQWAhBAJAA0AgBARAIANBCGohByABIARBqP/AAGooAgAg\
BEGs/8AAaigCABB4IQJBACEFIwBBEGsiBiQAIAIEfyAGQQhqIgUgAigCDDYCBCAFIAIoAghBACAC\
LQAAQQNGGzYCACAGKAIMIQUgBigCCAVBAAshAiAHIAU2AgQgByACNgIAIAZBEGokACADKAIIIgIE\
QCADIAIgAygCDCIIEEUgAygCBA0DCyAEQQhqIQQMAQsLQQAhAgsgACACNgIAIAAgCDYCBCADQRBq\
JAALegEDfyABKAIAIQMCQAJAIAEoAhAiAgRAIAEoAhQgAmshAiADDQFBASEEIAIhAQwCC0EBIQRB\
ACECIANFBEBBACEBDAILIAEoAgQgA2shAQwBCyABKAIEIANrIAJqIgEgAk8hBAsgACABNgIIIAAg\
BDYCBCAAIAI2AgALbAEEfyMAQRBrIgMkAANAAkAgAkUEQEEBIQUMAQsgA0EIaiABEMABIAMtAAhF\
DQAgAy0ACUEwa0H/AXEiBkEJSw0AIARBCmwgBmohBCACQQFrIQIMAQsLIAAgBDYCBCAAIAU2AgAg\
A0EQaiQACwMAAAuRAQICfwF+IwBBIGsiAiQAIAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCHCAC\
QoCAgIAQNwIUIAJBFGpB0JzBACADKAIAIgMoAgAgAygCBBAfGiACIAIoAhwiAzYCECACIAIpAhQi\
BDcDCCABIAM2AgggASAENwIACyAAQdyewQA2AgQgACABNgIAIAJBIGokAAuJAQECfyMAQYACayID\
JAAgA0HIAGpBAEHBAPwLACADQgA3A0AgA0GYl8EAKQMANwM4IANBkJfBACkDADcDMCADQYiXwQAp\
AwA3AyggA0GAl8EAKQMANwMgIANBIGoiBCABIAIQNiADQZABaiIBIARB8AD8CgAAIAMgARAdIAAg\
AxBaIANBgAJqJAALdQEFfyMAQRBrIgIkACABKAIAIQQgASgCBCEFIAJBCGogARBOAkAgAigCCEEB\
RwRAQYCAxAAhAwwBCyACKAIMIQMgASABKAIAIAEoAggiBiAFaiAEIAEoAgRqa2o2AggLIAAgAzYC\
BCAAIAY2AgAgAkEQaiQAC3YBA38jAEEQayICJAAgAiABNgIMIAIgADYCCEEBIQMCQCACQQhqIgRB\
gJDBAEEKEKUBDQAgBEH8kMEAQQIQpQENACAEQZSRwQBBARClAQ0AIARBnJHBABDTAg0AIAAgAUGk\
kcEAQQgQxAIhAwsgAkEQaiQAIAMLbQEEf0EEIQMjAEEQayICJABBASEEAkADQCADRQ0BIAJBCGog\
AS0AAEEQEOIBIANBAWshAyABQQFqIQEgAi8BDCAFQQR0ciEFIAIoAghBAXENAAtBACEECyAAIAU7\
AQIgACAEOwEAIAJBEGokAAtxAAJAIAEgAhCsAiIBBEAgAS0AAEEDRw0BIABBBGogAUEEahCrASAA\
QQI2AgAPCyACLQAARQRAIABBBGogAigCBCACKAIIEJcBIABBAjYCAA8LIABCATcCCCAAQgI3AgAP\
CyAAIAJBja/AAEEIIAEQfAsDAAALpgEBBH8jAEEQayICJAAgAiABNgIIIAFBBGohAQJ/A0BBACED\
IAEoAgAiBCABKAIESQRAIAEgBEEBajYCAEEBIQMLIAIgBDYCBCACIAM2AgBBACACKAIAQQFHDQEa\
IAIgAigCBCIFNgIMIAJBCGooAgAoAgAgAkEMaigCAEHUqMAAEKACLQAQQQJGDQALQQELIQEgACAF\
NgIEIAAgATYCACACQRBqJAALAwAACwMAAAsDAAALnAEBBH8jAEEQayIDJAAgASABIAJBA3QiAmoi\
BEcEQCABQQRqIQYgBCABa0EDdiEEA0AgBigCACAFaiEFIAZBCGohBiAEQQFrIgQNAAsLIANBBGog\
BRD5AQNAIAIEQCADQQRqIAEoAgAgASgCBBDaASACQQhrIQIgAUEIaiEBDAELCyAAIAMoAgw2Aggg\
ACADKQIENwIAIANBEGokAAuSAgEIfyMAQRBrIgQkACAEIAFBCGo2AgwgASgCACEDIAEoAgQhBQJA\
A0AgAyAFRwRAIAEgA0EIaiIGNgIAIwBBMGsiAiQAIAJBBGoiByAEQQxqKAIAKAIAKAIAIAMoAgAi\
CCADKAIEIgMQPgJAIAItAAQiCUEBa0H/AXFBBU8EQCAAQYCAgIB4NgIAIAlBBkYNASAHEO0BDAEL\
IAJBFGogCCADEJcBIAAgAikCFDcCACACIAIpAgQ3AiAgACACKQIcNwIIIAIgAikCDDcCKCAAIAIp\
AiQ3AhAgACACKAIsNgIYCyACQTBqJAAgBiEDIAAoAgBBgICAgHhGDQEMAgsLIABBgICAgHg2AgAL\
IARBEGokAAuVAgEIfyMAQRBrIgQkACAEIAFBCGo2AgwgASgCACEDIAEoAgQhBQJAA0AgAyAFRwRA\
IAEgA0EIaiIGNgIAIwBBMGsiAiQAIAJBBGoiByAEQQxqKAIAKAIAKAIAIAMoAgAiCCADKAIEIgMQ\
dxDMAgJAIAItAAQiCUEBa0H/AXFBBU8EQCAAQYCAgIB4NgIAIAlBBkYNASAHEO0BDAELIAJBFGog\
CCADEJcBIAAgAikCFDcCACACIAIpAgQ3AiAgACACKQIcNwIIIAIgAikCDDcCKCAAIAIpAiQ3AhAg\
ACACKAIsNgIYCyACQTBqJAAgBiEDIAAoAgBBgICAgHhGDQEMAgsLIABBgICAgHg2AgALIARBEGok\
AAupGwISfwN+IwBBEGsiFCQAIAEoAgAtAEAEQCAUQQRqIRMgASgCBCgCDCIBBH8gASgCBCEJIAEo\
AgAFQQALIRJBACEBIwBBoAFrIgMkACADQfsAaiEGA0ACQAJAAkACQAJAIAFBGEcEQCABKALYkUEh\
ByABKALUkUEhCiABQQhqIgUhASAHRQ0GIAIgCigCACAKKAIEEHciBEUNBiAKQQxqIQEgB0EDdEEI\
ayEMA0AgBC0AACEHIAxFDQIgB0EFRw0FIAFBBGshCiAMQQhrIQwgASgCACEHIAFBCGohASAEQQRq\
IAooAgAgBxB3IgQNAAsMBAsgA0EIaiEEIAIoAgQiASEFIAEgAigCCEEcbGohASMAQUBqIgYkACAG\
IAE2AhggBiAFNgIUIAZBKGogBkEUahCsAQJAIAYoAihBgICAgHhHBEAgBkEIakEEQQRBGBCyASAG\
KAIIIQEgBigCDCIFIAYpAig3AgAgBSAGKQI4NwIQIAUgBikCMDcCCCAGQQE2AiQgBiAFNgIgIAYg\
ATYCHCAGQRxqIQcgBigCFCEFIAYoAhghASMAQSBrIgokACAKIAE2AgQgCiAFNgIAA0ACQCAKQQhq\
IAoQrAEgCigCCEGAgICAeEYNACAHKAIIIgUgBygCAEYEQCAHKAIIIgEgBygCAEYEQCAHIAFBAUEE\
QRgQ2AELCyAHKAIEIAVBGGxqIgEgCikCGDcCECABIAopAhA3AgggASAKKQIINwIAIAcgBUEBajYC\
CAwBCwsgCkEgaiQAIAQgBigCJDYCCCAEIAYpAhw3AgAMAQsgBEEANgIIIARCgICAgMAANwIACyAG\
QUBrJAAgAygCECIGRQ0BIANBADYCHCADQQA2AhQjAEEgayIMJAAgDEEANgIMIAxCgICAgMAANwIE\
IAJBAUEAQQFBACAMQQRqECAgDCgCDCEBIAwoAgghBSAMIAwoAgQ2AhggDCAFNgIUIAwgBTYCECAM\
IAUgAUEcbGo2AhwgA0H4AGohECMAQRBrIhEkACAMQRBqIgsoAgghCiARQQhqIQcgCygCACIBIQgj\
AEFAaiINJAAgDUEsaiEEA0AgCygCBCIOIAsoAgxHBEAgCyAOQRxqNgIEIA0gDigCGCIFNgIYIA0g\
DikCECIXNwMQIA0gDikCCCIVNwMIIA0gDikCACIWNwMAIA0gBTYCOCANIBc3AzAgDSAVNwMoIA0g\
FjcDICAWpyIFQYCAgIB4RwRAIA0pAiQhFSAEEIoDIAggFTcCBCAIIAU2AgAgCEEMaiEIBSANQSBq\
ELACCwwBCwsgByAINgIEIAcgATYCACANQUBrJAAgESgCDCEHIwBBEGsiDiQAIAtBADYCCCALKAIM\
IAsoAgQhBCALQQQ2AgAgDkKAgICAwAA3AgggDkEIahCXAyALQQQ2AgwgC0EENgIEIARrQRxuIQgD\
QCAIBEAgCEEBayEIIAQQsAIgBEEcaiEEDAELCyAOQRBqJAAgCkEcbCIOQQxuIQUgASEEAkAgCkUN\
ACAOIAVBDGwiCkYNAAJ/IApFBEAgDgRAIAEgDhCgAQtBBAwBCyABIA5BBCAKEBQLIgQNAEEEIAoQ\
pAMACyAQIAQ2AgQgECAFNgIAIBAgByABa0EMbjYCCCMAQRBrIgUkACAFIAs2AgwgCygCDCALKAIE\
IgFrQRxuIQQDQCAEBEAgBEEBayEEIAEQsAIgAUEcaiEBDAELCyAFQQxqEIMCIAVBEGokACARQRBq\
JAAgDEEgaiQAIAMoAnghBSADIAMoAnwiASADKAKAAUEMbCIEajYChAEgAyAFNgKAASADIAE2Anwg\
AyABNgJ4A0ACQCAERQ0AIAMgAUEMaiIFNgJ8IAEoAgAiB0GAgICAeEYNACADIAc2AiAgAyABKQIE\
NwIkIARBDGshBCADQRRqIANBIGoQ6QEgBSEBDAELCyADQfgAahCpASADIAZBBEEYELIBIANBADYC\
NCADIAMpAwA3AiwgAygCCCEFIAMgAygCDCIBIAZBGGxqIgo2AkQgAyAFNgJAIAMgATYCPCADIAE2\
AjggA0GEAWohEANAAkACQAJAIAEgCkYNACADIAFBGGoiBTYCPCABKAIAIgdBgICAgHhGDQAgASgC\
CCERIAEoAgQhDiADIAEoAhQiBDYCUCADIAEpAgw3A0ggAygCTCEBIAMgBDYClAEgAyABNgKQASAS\
QQAgASAEQf2mwABBAhC/AhsNASADQQI2AnwgAyADQZABajYCeCADQdgAakG3g8AAIANB+ABqEKoC\
DAILIwBBEGsiBSQAIAUgA0E4aiIBNgIMIAEoAgwgASgCBCIBa0EYbiEJA0AgCQRAIAlBAWshCSAB\
EPUCIAFBGGohAQwBCwsjAEEQayIJJAAgCSAFQQxqKAIAIgEoAgA2AgwgCSABKAIINgIIIAlBCGoQ\
jgMgCUEQaiQAIAVBEGokACATIAMoAjQ2AgggEyADKQIsNwIAIwBBMGsiCyQAAn8gA0EUaiIFKAIA\
IgFFBEBBACEEQQAMAQsgCyABNgIkIAtBADYCICALIAE2AhQgC0EANgIQIAsgBSgCBCIBNgIoIAsg\
ATYCGCAFKAIIIQRBAQshASALIAQ2AiwgCyABNgIcIAsgATYCDCALQQxqIQ8jAEEQayIOJAADQCAO\
QQRqIQcjAEEgayIQJAACQCAPKAIgIgFFBEAgEEEUaiEJIA8oAgAhASAPQQA2AgACQAJAIAFBAUYE\
QCAPKAIMIQQgDygCCCEBIA8oAgQiBUUNASAJIAQ2AgggCSABNgIEIAkgBTYCAAwCCyAJQQA2AgAM\
AQsDQCAEBEAgBEEBayEEIAEoAowBIQEMAQUgCUIANwIEIAkgATYCAAsLCyAQKAIUBEAjAEEQayIB\
JAAgCSgCACEEIAkoAgQhCQNAIAFBBGogBCAJEPwBIAEoAgQiBARAIAEoAgghCQwBCwsgAUEQaiQA\
CyAHQQA2AgAMAQsgDyABQQFrNgIgAkAgDygCACIBQQFHDQAgDygCBA0AIA9BCGohBCAPKAIMIQkD\
QCAEKAIAIQUgCQRAIAlBAWshCSAFQYwBaiEEDAEFIA9CADcCCCAPIAU2AgQgD0EBNgIACwsLIA9B\
BGpBACABGyIRBEAgEEEIaiEJIwBBMGsiDSQAIA1BCGohEiMAQRBrIggkACARKAIIIQYgESgCACEM\
IBEoAgQhCgJAAkADQCAGIAwvAYoBSQ0BIAhBBGogDCAKEPwBIAgoAgQiDARAIAgoAgwhBiAIKAII\
IQoMAQsLIBJBADYCAAwBCyAIIAY2AgwgCCAKNgIIIAggDDYCBCAIQQRqIgUoAgghASAFKAIAIQQg\
EiAFKAIEIgUEfyAEIAFBAnRqQZABaiEBA0AgASgCACIEQYwBaiEBIAVBAWsiBQ0AC0EABSABQQFq\
CzYCCCASQQA2AgQgEiAENgIAIBIgBjYCFCASIAo2AhAgEiAMNgIMCyAIQRBqJAACQCANKAIIBEAg\
CSANKQIUNwIAIAkgDSgCHDYCCCANIA0oAhAiATYCKCANIA0pAggiFTcDICARIAE2AgggESAVNwIA\
IA1BMGokAAwBC0H4lcEAEIUDAAsgByAQKAIQNgIIIAcgECkCCDcCAAwBC0Gok8EAEIUDAAsgEEEg\
aiQAIA4oAgQiAQRAIAEgDigCDEEMbGpBBGoQigMMAQsLIA5BEGokACALQTBqJAAMBQsgAyAJNgKc\
ASADIBI2ApgBIANBAjYCfCADIANBmAFqNgJ4IANB2ABqQc+dwAAgA0H4AGoQqgILA0AgA0HYAGoh\
BCMAQRBrIggkACADQRRqIgYoAgAiAQR/IAggASAGKAIEIAQQcUEAIAgoAgRBjAFqIAgoAgAbBUEA\
CyEBIAhBEGokAAJAIAENACADKAJcIAMoAmAQhQENACADQfgAaiIIIAQQqwEgBiAIEOkBIANB6ABq\
IgYgAiAOIBEQYCADLQBoQQZHBEAgCCAEEKsBIwBBMGsiBCQAIAQgCCkCADcDACAEIAgoAggiATYC\
CAJAIAIgBCgCBCABEHciAQRAIAEQ7QEgASAGKQIINwIIIAEgBikCADcCACAEEIoDDAELIAQgCCgC\
CDYCGCAEIAgpAgA3AxAgBCAGKQIANwIcIAQgBikCCDcCJCACIARBEGoQtQELIARBMGokAAsgECAD\
KAJgNgIIIBAgAykCWDcCACADIBE2AoABIAMgDjYCfCADIAc2AnggA0EsaiADQfgAahDKASADQcgA\
ahCKAyAFIQEMAgsgA0EDNgKcASADIANB2ABqIgE2ApgBIANB+ABqQbeDwAAgA0GYAWoQqgIgARCK\
AyADIAMoAoABNgJgIAMgAykCeDcDWAwACwALAAsgBSEBIAdBBUcNBCMAQRBrIgckACAHQQA2Agwg\
B0KAgICAEDcCBCAHQQRqQcSxwAAgBEEAEEkgA0HoAGoiASAHKAIMNgIIIAEgBykCBDcCACAHQRBq\
JAAgBiADKAJwNgAIIAYgAykCaDcAACAEEO0BIARBAzoAACAEIAMpAHg3AAEgBCADKQB/NwAIDAIL\
IBNBADYCCCATQoCAgIDAADcCACADQQhqEJIDCyADQaABaiQADAELIAUhAQwBCwsgExCSAwsgACAC\
KAIINgIIIAAgAikCADcCACAUQRBqJAALbgEBfyMAQSBrIgMkAAJAIAJB5wdNBEAgAEECNgIAIAAg\
AkEBajYCBAwBCyADQQE2AhwgA0G4rsAANgIYIANBDGoiAkH+m8AAIANBGGoQqgIgACABIAMoAhAg\
AygCFBDpAiACEIoDCyADQSBqJAALgwEBAX8CQCAAQYQITwRAIADQbyYBQfy6wQAoAgANAUH8usEA\
QX82AgAgAEGQu8EAKAIAIgFJDQEgACABayIAQYi7wQAoAgBPDQFBhLvBACgCACAAQQJ0akGMu8EA\
KAIANgIAQYy7wQAgADYCAEH8usEAQfy6wQAoAgBBAWo2AgALDwsAC2QBAX8jAEEQayIDJAAgAQRA\
IANBCGogASACKAIQEQAAIAMoAgwhASAAIAMoAggiAjYCCCAAIAFBACACQQFxIgIbNgIEIABBACAB\
IAIbNgIAIANBEGokAA8LQZibwQBBMhChAwAL1AIBCn8jAEEQayIGJAACQCAAIAEoAggiAiABKAIA\
SQR/IwBBEGsiByQAIAEoAgAgAkkEQEGMnMEAQckAQbCcwQAQ8gEACyAGQQhqIQogB0EIaiELIwBB\
EGsiBCQAIARBDGohCCABKAIAIgUEQCAEQQE2AgwgBSEDIAEoAgQhBSAEQQhqIQgLIAggAzYCAAJA\
IAQoAgwiAwRAIAQoAgghCQJAIAJFBEAgCQRAIAUgCRCgAQsgAUEBNgIEDAELIAUgCSADIAIiCBAU\
IgVFDQIgASAFNgIECyABIAI2AgALQYGAgIB4IQMLIAsgCDYCBCALIAM2AgAgBEEQaiQAIAcoAgwh\
AiAKIAcoAgg2AgAgCiACNgIEIAdBEGokACAGKAIIIgJBgYCAgHhHDQEgASgCCAUgAgs2AgQgACAB\
KAIENgIAIAZBEGokAA8LIAIgBigCDBDRAgALVQEEf0EBIQMCQCABLQAIBEAMAQsgASgCBCIFIAEo\
AgAiAUkNACAFIAFrIgFBf0chAyABQQFqIgJBfyACGyEECyAAIAI2AgggACADNgIEIAAgBDYCAAti\
AQN/AkACQCAAKAIIIgRBAnQiAkEIaiIDIAJBBGoiAkkNACADIAAoAgRLDQAgAC0AEEEBcQ0AIAMg\
ACgCDE0NAQsgAEEBOgAQDwsgACAEQQFqNgIIIAAoAgAgAmogATYAAAtgAQN/IwBBEGsiAyQAIANB\
CGogAkEBQQEQsgEgAygCCCEFIAMoAgwhBCAAQQA2AgggACAENgIEIAAgBTYCACACBEAgAgRAIAQg\
ASAC/AoAAAsgACACNgIICyADQRBqJAALZwEBfwJAAkACQCAALQAAQQRrDgIBAAILIABBBGogASAC\
IAMgBCAFENsBDAELIAAoAgxBBHQhBiAAKAIIIQADQCAGRQ0BIAAgASACIAMgBCAFEJgBIAZBEGsh\
BiAAQRBqIQAMAAsACwt0AAJAAkACQCABKAIAQQFrDgIBAgALIABBADYCECAAQQg6AAwgAEEFOgAA\
IAAgASkCGDcCBA8LIABBADYCECAAQQg6AAwgAEEANgIEIABBBToAAA8LIABBCDoADCAAQQA2AgQg\
AEEFOgAAIAAgASkCGDcCEAuQAQIBfwF+IwBBEGsiBCQAIAEoAgAlASACKAIAJQEgAygCACUBEAQh\
AUGwu8EAKQMAIQVBsLvBAEIANwMAIARBCGoiAiAFQiCIPgIEIAIgBadBAUY2AgBBASEDAkAgBCgC\
CEEBRgRAIAAgBCgCDDYCBAwBC0EAIQMgACABQQBHOgABCyAAIAM6AAAgBEEQaiQAC28BAX8CQAJA\
AkACQAJAAkAgACgCACIALQAUQQFrDgMBAgEACyAAQQhqKAIAQf////8HTw0DIAAoAgwNAgsPCyAA\
QQM6ABQPCyAAIAAoAgBBAWoiATYCACABRQ0BIABBAToAFAALQfybwQAQlQILAAuVAQEFfyMAQSBr\
IgIkACACQQhqIAFBBEEEELIBIAJBADYCHCACIAIpAwg3AhQgAkEUaiIEIAEQuAIgBCgCBCAEKAII\
IgVBAnRqIQYDQCABIANHBEAgBiADNgIAIAZBBGohBiAFQQFqIQUgA0EBaiEDDAELCyAEIAU2Aggg\
ACACKAIcNgIIIAAgAikCFDcCACACQSBqJAALAwAAC14CAX8CfiAALQAcIQEgAEEAOgAcAkAgAQ0A\
IAAoAhgiAUUNACAAKQMAIgJCAUE/IAEgAUE/TxuthiIDg1BFBEAgACgCFCIBIAEoAgBBAWo2AgAL\
IAAgAiADhDcDAAsLXAEBfyMAQRBrIgQkACAEQQA2AgAgBCACNgIEIAQgAzYCDCAEQQA2AgggAARA\
IAAgAiADIAEoAhARBAAgBEEQaiQADwsgBEEIahDjAiAEEOMCQZibwQBBMhChAwALXQECfwJAIABB\
BGsoAgAiAkF4cSIDQQRBCCACQQNxIgIbIAFqTwRAIAJBACADIAFBJ2pLGw0BIAAQFQ8LQcCdwQBB\
LkHwncEAENoCAAtBgJ7BAEEuQbCewQAQ2gIAC2IBAn8jAEEQayIDJAAgA0EANgIMIANBLiADQQxq\
EMgBIAMoAgQhBCAAIAI2AhAgAEEANgIMIAAgAjYCCCAAIAE2AgQgACAEOgAYIABBLjYCACAAIAMo\
Agw2AhQgA0EQaiQAC1UBAX8CQCABIAJBAWoiBE0NACABIAJBf3NqQQxsIgFFDQAgACAEQQxsaiAA\
IAJBDGxqIAH8CgAACyAAIAJBDGxqIgAgAygCCDYCCCAAIAMpAgA3AgALUAECfyAAKAIIIQIgAAJ/\
QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiAxC3AiABIAAoAgQgACgCCGoQXSAA\
IAIgA2o2AggLUgEBfyMAQRBrIgIkACACQQhqIAEQTSAAIAIoAghBAUcEf0GAgMQABSABKAIIIAEo\
AgRqIAEoAgBrIQEgAigCDAs2AgQgACABNgIAIAJBEGokAAtWAQF/IAJBA3QhAiAAKAIAIQMgACgC\
BCEAA0ACQCACRQ0AIAAgAUEEaigCAEYEQCABKAIAIAMgABC+AUUNAQsgAUEIaiEBIAJBCGshAgwB\
CwsgAkEARwtQAQN/AkAgAS0ACA0AIAEoAgAiAyABKAIEIgRLDQAgAyAETwRAQQEhAiABQQE6AAgM\
AQtBASECIAEgA0EBajYCAAsgACADNgIEIAAgAjYCAAtbAgF/An4gAC0AHCEBIABBADoAHAJAIAEN\
ACAAKAIYIgFFDQAgACkDACICQgFBPyABIAFBP08brYYiA4NQRQRAIAAoAhRBwrHAAEEBENoBCyAA\
IAIgA4Q3AwALC10BAX8jAEEQayIDJAACQAJAAkAgAg4CAgABCyADIAAgASgCACABKAIEEGAgAxDg\
AgwBCyAAIAEoAgAgASgCBBB3IgBFDQAgACABQQhqIAJBAWsQsAELIANBEGokAAt+AQJ/IwBBEGsi\
AiQAIAIgADYCDCAAKAIMIAAoAgQiAWtBDG4hAANAIAAEQCAAQQFrIQAgARCKAyABQQxqIQEMAQsL\
IwBBEGsiACQAIAAgAkEMaigCACIBKAIANgIMIAAgASgCCDYCCCAAQQhqEIgDIABBEGokACACQRBq\
JAALVAEBfwJAAkAgACgCACAAKAIIIgNrIAJJBEAgACADIAIQZyAAKAIIIQMMAQsgAkUNAQsgAkUN\
ACAAKAIEIANqIAEgAvwKAAALIAAgAiADajYCCEEAC1sBAn8CQAJAIAEoAggiAkUEQEEBIQEMAQsg\
ASgCBCEDIAJBARDQAiIBRQ0BIAJFDQAgASADIAL8CgAACyAAIAI2AgggACABNgIEIAAgAjYCAA8L\
QQEgAhDRAgALtQMBCn8jAEEgayIEJAAgBEEIaiEFIwBBMGsiAyQAIAEoAgAhAiABKAIEIQkDQAJA\
AkACQCACIAlGBEBBgICAgHghAgwBCyABIAJBHGo2AgAgAyACQQxqIgo2AhQgAyACQQRqKQIANwIM\
IANBGGohBiMAQUBqIgIkACACQQRqIANBDGoiBygCACIIIAcoAgQiBxAeIAIoAgggAigCDBCFASEL\
IAIgBzYCICACIAg2AhwgAiACKQIENwMQIAIgAigCDDYCGAJAIAtFBEAgBkGAgICAeDYCACACQRBq\
EIoDDAELIAJBKGogCCAHEJcBIAYgAikCKDcCACACIAIpAgQ3AjQgBiACKQIwNwIIIAIgAigCDDYC\
PCAGIAIpAjg3AhALIAJBQGskACADKAIYIgJBgICAgHhGDQEgBSADKAIsNgIUIAUgAykCJDcCDCAF\
IAMpAhw3AgQLIAUgAjYCACADQTBqJAAMAQsgCkEQaiECDAELCwJAIAQoAghBgICAgHhHBEAgACAE\
KQIYNwIQIAAgBCkCEDcCCCAAIAQpAgg3AgAMAQsgAEGAgICAeDYCAAsgBEEgaiQAC1cAAkAgASAC\
EKwCIgEEQCABLQAAQQFHDQEgAEECNgIAIAAgAS0AAToABA8LIABBAjYCACAAIAItAAEgAi0AAEEB\
RnE6AAQPCyAAIAJB/I3BAEENIAEQfAvCAQEGfyMAQSBrIgQkACAEIAE2AgwgBCACNgIQIAEvAYoB\
IQMgBEEAOgAcIAQgAzYCGCAEQQA2AhQjAEEgayIDJAAgAyAEQRRqIgUoAgg2AhggAyAFKQIANwMQ\
IARBDGooAgAiBUGMAWohBgNAIANBCGogA0EQahCmASADKAIIQQFGBEAgBiADKAIMIgdBAnRqKAIA\
IgggBzsBiAEgCCAFNgIADAELCyADQSBqJAAgACACNgIEIAAgATYCACAEQSBqJAALTgACQCADRQ0A\
AkAgAiADTQRAIAIgA0cNAQwCCyABIANqLAAAQb9/Sg0BCyABIAIgAyACIAQQ7AIACyAAIAIgA2s2\
AgQgACABIANqNgIAC1kBAX8CQAJAAkAgAC0AAEEEaw4CAAECCyAAKAIMQQR0IQMgACgCCCEAA0Ag\
A0UNAiAAIAEgAhCwASADQRBrIQMgAEEQaiEADAALAAsgAEEEaiABIAIQqAELC1QBAX8CQAJAIAAo\
AgAgACgCCCIDayACSQRAIAAgAyACEG8gACgCCCEDDAELIAJFDQELIAJFDQAgACgCBCADaiABIAL8\
CgAACyAAIAIgA2o2AghBAAtRAQF/IwBBEGsiBCQAIARBBGogAUEAIAIgAxBhIAQoAgghASAEKAIE\
QQFGBEAgASAEKAIMENECAAsgACAEKAIMNgIEIAAgATYCACAEQRBqJAALTwEBfyMAQSBrIgMkACAD\
IAE2AgwgAyAANgIIIAMgA0EIaq1CgICAgBCENwMYIAMgA0EMaq1CgICAgBCENwMQQdaEwAAgA0EQ\
aiACEPIBAAtPAQF/IwBBIGsiAyQAIAMgATYCCCADIAA2AgwgAyADQQxqrUKAgICAEIQ3AxggAyAD\
QQhqrUKAgICAEIQ3AxBB85/AACADQRBqIAIQ8gEAC5EBAQN/IAAoAggiAyAAKAIARgRAIwBBEGsi\
AiQAIAJBCGogACAAKAIAQQFBBEEcEFggAigCCCIEQYGAgIB4RwRAIAQgAigCDBDRAgALIAJBEGok\
AAsgACgCBCADQRxsaiICIAEoAhg2AhggAiABKQIQNwIQIAIgASkCCDcCCCACIAEpAgA3AgAgACAD\
QQFqNgIIC1YBAX8jAEEQayICJAAgAkEIaiABQQxqEKIDIAIgAigCCCACKAIMIAEoAhggASgCHEHc\
rsAAEHMgAigCBCEBIAAgAigCADYCACAAIAE2AgQgAkEQaiQAC00BAn8CQCACQf////8DRiACQf//\
//8DS3INACABKAJkIAJBAnQiAkEEakkNACABKAJgIAJqKAAAIQRBASEDCyAAIAQ2AgQgACADNgIA\
CwMAAAsDAAALAwAAC0gAAkACQCABRQ0AIAEgA08EQCABIANGDQEMAgsgASACaiwAAEFASA0BCyAA\
IAE2AgQgACACNgIADwsgAiADQQAgASAEEOwCAAvQAQEGfyAAKAIAIgNBBGogAy8BigEiBEEBaiIH\
IAAoAggiBSABEKIBIANBjAFqIQYCQCAFQQFqIgFBAWoiBSAEQQJqIgRPDQAgBCABQX9zakECdCII\
RQ0AIAYgBUECdGogBiABQQJ0aiAI/AoAAAsgBiABQQJ0IgVqIAI2AgAgAyAHOwGKASAEIAEgASAE\
SRshAiAFIAAoAgAiA2pBjAFqIQADQCABIAJHBEAgACgCACIGIAE7AYgBIAYgAzYCACAAQQRqIQAg\
AUEBaiEBDAELCwtJAQF/IwBBEGsiBCQAIARBADYCCCAEIAI2AgwgAARAIAAgAiADIAEoAhARBAAg\
BEEQaiQADwsgBEEIahDjAkGYm8EAQTIQoQMAC0MBA38CQCACRQ0AA0AgAC0AACIEIAEtAAAiBUYE\
QCAAQQFqIQAgAUEBaiEBIAJBAWsiAg0BDAILCyAEIAVrIQMLIAMLSwEDfyAAKAIUIQIgACgCHCEB\
IAAoAhghAwNAAkAgASADSQRAIAEgAmotAABBMGtB/wFxQQpJDQELDwsgACABQQFqIgE2AhwMAAsA\
C3QBBX8jAEEQayICJAAgAkEIaiIEIAEoAggiAyABKAIEIgVJBH8gASgCACADai0AAAVBAAs6AAEg\
BCADIAVJOgAAIAItAAgiAwRAIAItAAkhBiABIAEoAghBAWo2AggLIAAgBjoAASAAIAM6AAAgAkEQ\
aiQAC1YBAn8jAEEQayICJAAgABCnASAAKAIUIgNB/LHAAEEBENoBIAJBCGogARDFAiADIAIoAggg\
AigCDBDaASADQaCXwQBBAhDaASAAQQE6ABwgAkEQaiQAC0cBAX8jAEEQayIDJAAgA0EANgIIIAMg\
AjYCDCAABEAgACACIAEoAhARAwAgA0EQaiQADwsgA0EIahDjAkGYm8EAQTIQoQMACwMAAAsDAAAL\
AwAAC0oBAX8jAEEgayIEJAAgBEEANgIcIARBEGogAyAEQRxqEMgBIARBCGogBCgCECAEKAIUIAEg\
AhCbAiAAIAQpAwg3AwAgBEEgaiQAC0oBA38jAEEQayICJAAgABCeASAAKAIUIgMoAgAhBCACQQhq\
IAEQxQIgAigCDCEBIABBAToAHCADIAEgBGpBA2o2AgAgAkEQaiQACzkAIAEgAhBdIAACf0EBIAFB\
gAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLNgIEIAAgAjYCAAs/ACAAKAIAIANB+KjAABCg\
AigCBCIAQX9GBH9BAAUgACACTwRAIAAgAkGIqcAAELMBAAsgACABai0AAAtBAXELhwEBA38gACgC\
CCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEEQRgQWCACKAIIIgRBgYCAgHhHBEAg\
BCACKAIMENECAAsgAkEQaiQACyAAKAIEIANBGGxqIgIgASkCEDcCECACIAEpAgg3AgggAiABKQIA\
NwIAIAAgA0EBajYCCAukAgEFfyMAQRBrIgMkACAAKAIAQYCAgIB4RgRAIANBBGohBCAAKAIMIQIj\
AEHQAGsiASQAIAFBCGogAhC2ASABQQA2AkwgAUEANgI4IAFCgICAgMAANwIwIAEgASgCDCICNgJI\
IAEgASgCCCIFNgJEIAEgAjYCQCABIAU2AjwgAUEUaiABQTBqQQAQDQJAIAEoAhQiAkECRyABLQAY\
IgVBBUdyRQRAIAQgASgCJDYCCCAEIAEpAhw3AgAMAQsgBEEANgIIIARCgICAgMAANwIAIAJBAkcE\
QCABQRRqEL0CDAELIAVBBUYNACABQRhqEO0BCyABQTBqEIsDIAFB0ABqJAAgABDiAiAAIAMoAgw2\
AgggACADKQIENwIACyADQRBqJAAgAAtBAQF/IwBBEGsiAyQAIANBBGogACABIAIQ0wECQCADKAII\
RQ0AIAMoAgwiAEUNACADKAIEIAAQoAELIANBEGokAAsJACAAQQgQugMLCQAgAEEEELoDC0IBA38g\
ACgCACECIAAoAgQhAwNAIAMgAiIBRwRAIAAgAUEBaiICNgIAIAEtAABBOmtB/wFxQfUBSw0BCwsg\
ASADRwsJACAAQRQQugMLTAEBfyAAKAIAIgAgAUHMssAAEKUCIgMoAgAgAygCBCAAIAJB3LLAABCl\
AiIAKAIAIAAoAgQQhgIiACABIAJLIAEgAklrIABB/wFxGws6AQF/AkAgAWlBAUcNACABQQAgAEGA\
gICAeCABa00bIgJFDQAgAARAIAAgAhDQAiIBRQ0BCyABDwsAC0ABA39BBCEFAkAgA0UNACABKAIA\
IgZFDQAgACACNgIEIAAgASgCBDYCACADIAZsIQRBCCEFCyAAIAVqIAQ2AgALRAEBfyMAQRBrIgUk\
ACAFQQhqIAIgAyABKAIEIAEoAgggBBD1ASAFKAIMIQEgACAFKAIINgIAIAAgATYCBCAFQRBqJAAL\
vgMBBn8jAEEQayIFJAAgBSADNgIAIAUgATYCBCAFIAEgAkEDdGo2AgggBSAFNgIMIwBBIGsiAyQA\
IAMgBUEEaiIBKAIINgIYIAMgASkCADcDECADQQRqIQYjAEFAaiIBJAAgAUEUaiADQRBqIgQQjwEC\
QCABKAIUQYCAgIB4RwRAIAFBBEEEQRwQsgEgASgCACEHIAEoAgQiAiABKQIUNwIAIAIgASgCLDYC\
GCACIAEpAiQ3AhAgAiABKQIcNwIIIAFBATYCECABIAI2AgwgASAHNgIIIAEgBCgCCDYCOCABIAQp\
AgA3AzAgAUEIaiEEIAFBMGohCSMAQSBrIgIkAANAAkAgAkEEaiAJEI8BIAIoAgRBgICAgHhGDQAg\
BCgCCCIIIAQoAgBGBEAgBBC7AgsgBCgCBCAIQRxsaiIHIAIoAhw2AhggByACKQIUNwIQIAcgAikC\
DDcCCCAHIAIpAgQ3AgAgBCAIQQFqNgIIDAELCyACQSBqJAAgBiABKAIQNgIIIAYgASkCCDcCAAwB\
CyAGQQA2AgggBkKAgICAwAA3AgALIAFBQGskACAAIAYQECADQSBqJAAgBUEQaiQAC0cBAn8gACgC\
ACIBKAIAIgAgACgCACIAQQFqNgIAIAEoAgQiASgCCCICIABNBEAgACACQeCwwAAQswEACyABKAIE\
IABqLQAAC5wCAQR/IAAQpwECQCAALQAdRQ0AIAAoAhQiAigCCCEFAkACQAJAAkACQEEDIAEoAgAi\
A0GAgICAeHMgA0EAThtBAWsOAwABAwILIAJBxLHAACABQQRqQQAQMwwDCyACQZe5wABBBBCBAwwC\
CyACIAEoAgggASgCDBDaAQwBCyACQcCxwABBARDaASACQbynwABBASABLQAMIgMbQQhBACADGxCB\
AyABKAIIQQN0IQMgASgCBCEEA0AgAwRAIAJBwrHAAEEBENoBIAIgBCgCACAEKAIEEIEDIANBCGsh\
AyAEQQhqIQQMAQsLIAJBwbHAAEEBENoBCyABKAIAQYCAgIB4Rw0AIAAgBTYCDCAAQQE2AgggACAC\
KAIINgIQCwtBAQF/IwBBEGsiBSQAIAVBCGogACABIAIgAyAEEFggBSgCCCIAQYGAgIB4RwRAIAAg\
BSgCDBDRAgALIAVBEGokAAt9AQN/IAAoAggiAyAAKAIARgRAIwBBEGsiAiQAIAJBCGogACAAKAIA\
QQFBBEEMEFggAigCCCIEQYGAgIB4RwRAIAQgAigCDBDRAgALIAJBEGokAAsgACgCBCADQQxsaiIC\
IAEoAgg2AgggAiABKQIANwIAIAAgA0EBajYCCAs8AQF/IAAgAhC3AiAAKAIIIQMgACACBH8gAgRA\
IAAoAgQgA2ogASAC/AoAAAsgACgCCAUgAwsgAmo2AggLqQIBBH8jAEEgayIGJAAgBiAENgIcIAYg\
AzYCGCAGIAI2AhQgBiABNgIQIAYgBTYCDEEAIQEjAEEQayIFJAAgBSAGQQxqNgIMAkAgACIDKAII\
IgdFDQAgACgCBCIIIQQDQCAFQQxqIAQQbQRAIARBHGohBCAHIAFBAWoiAUcNAQwCCwsgBBD4AiAI\
QRxqIQkgASECA0AgAUEBaiEAIAkgAUEcbGohBANAIAAgB08EQCADIAI2AggMAwsgBUEMaiAEEG1F\
BEAgAEEBaiEAIAQQ+AIgBEEcaiEEDAELCyAIIAJBHGxqIgEgBCgCGDYCGCABIAQpAhA3AhAgASAE\
KQIINwIIIAEgBCkCADcCACACQQFqIQIgACEBDAALAAsgBUEQaiQAIAZBIGokAAs6AQF/IAFBHU0E\
f0HkACAAKAIAIgAgAEEMaiACQfylwAAQoAIoAgAQlgIiACAAQeQATxtBA2oFQQALC30BA38gACgC\
CCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEEQRAQWCACKAIIIgRBgYCAgHhHBEAg\
BCACKAIMENECAAsgAkEQaiQACyAAKAIEIANBBHRqIgIgASkCCDcCCCACIAEpAgA3AgAgACADQQFq\
NgIIC0ABAX8jAEEgayIBJAAgASAAKAIYNgIYIAEgACkCEDcDECABIAApAgg3AwggASAAKQIANwMA\
IAEQSiABQSBqJAALNAECfyMAQRBrIgIkACACQQhqIAAQwAEgAi0ACSEAIAItAAggAkEQaiQAIAAg\
AUH/AXFGcQtAAQF/IwBBIGsiAyQAIAMgAjYCHCADIAE2AhggAyACNgIUIANBCGogA0EUahCUASAA\
IAMpAwg3AwAgA0EgaiQAC0YBAn8gASgCBCECIAEoAgAhA0EIQQQQ0AIiAUUEQEEEQQgQpAMACyAB\
IAI2AgQgASADNgIAIABBwJ7BADYCBCAAIAE2AgALNgEBfyAAIAFBwQBrQV9xQQpqIAFBMGsiAyAC\
QQpLGyADIAFBOUsbIgE2AgQgACABIAJJNgIACzoBAX8gACgCBCABKAIEIAAoAggiACABKAIIIgEg\
ACABSRsQvgEiAiAAIAFrIAIbIgBBAEogAEEASGsLOQECfyAAIAEoAgAiAyABKAIEIgJHBH8gASAC\
QQFrIgE2AgQgAS0AAAUgAQs6AAEgACACIANHOgAACzwAIAIgA0kEQEHMksEAQRMgBBDyAQALIAAg\
AzYCBCAAIAE2AgAgACACIANrNgIMIAAgASADQQN0ajYCCAs0ACABIAJLIAIgBEtyRQRAIAAgAiAB\
azYCBCAAIAMgAUECdGo2AgAPCyABIAIgBCAFEDgACz4BAX8jAEEQayIFJAAgBUEIakEAIAEgAiAD\
IAQQ9QEgBSgCDCEBIAAgBSgCCDYCACAAIAE2AgQgBUEQaiQACzsAIAAQpwEgACgCFCABQQEQ2gEg\
ACAAKAIYQQFqIgE2AhggACAAKQMAQn5BPyABIAFBP08brYmDNwMAC7IQAhl/AX4jAEEgayIRJAAg\
EUEEaiEEIwBBEGsiBSQAAkAgACgCACIJBEAgBSAJIAAoAgQgARBxIAVBBGohCSAFKAIABEAgBCAA\
NgIMIAQgCSgCCDYCGCAEIAkpAgA3AhAgBCABKQIANwIAIAQgASgCCDYCCAwCCyAEIAA2AhAgBEGA\
gICAeDYCACAEIAkoAgg2AgwgBCAJKQIANwIEIAEQigMMAQsgBEEANgIQIAQgADYCDCAEIAEoAgg2\
AgggBCABKQIANwIACyAFQRBqJAAgESgCBEGAgICAeEcEQCMAQRBrIg0kACMAQSBrIgokAAJAIAQo\
AhAEQCAKQQxqIQ4gBEEMaiEUIwBB4ABrIgIkACACQRBqIQcjAEFAaiIDJAACQCAEIglBEGoiCygC\
ACIMLwGKAUELTwRAIANBGGohBCADQRxqIQVBBCEAAkAgCygCCCIBQQVJDQAgA0EgaiADQSRqIQgC\
fwJAAkAgASIAQQVrDgIDAQALQQYhACABQQdrDAELQQUhAEEACyEBIQQgCCEFCyADIAA2AgggAyAM\
NgIAIAMgCygCBDYCBBDYAiIAQQA7AYoBIABBADYCACADQQxqIgYgAyAAEFwgBkEANgIYIAYgADYC\
FCAGIAMpAgA3AgwgAyABNgIwIAMgBSgCADYCLCADIAQoAgA2AiggA0E0aiADQShqIAkQ6gEgAykC\
NCEbIAMoAjwhACAHIAMoAiQ2AhggByADKQIcNwIQIAcgAykCFDcCCCAHIAMpAgw3AgAgByAANgIk\
IAcgGzcCHAwBCyADQTRqIAsgCRDqASAHQYCAgIB4NgIAIAcgAygCPDYCJCAHIAMpAjQ3AhwLIANB\
QGskAAJAAkACQCACKAIQQYCAgIB4RwRAIAIgAikCEDcDSCACIAIoAhg2AlAgAigCHCEAIAIoAiAh\
BSACKAIoIQEgAigCJCEHIAIoAjAhFSACKAIsIRYgAigCNCEXA0AgACgCACIERQRAIAIgAigCUDYC\
GCACIAIpA0g3AxAgAiABNgIoIAIgBzYCJCACIAU2AiAgAiAANgIcIBQoAgAiBCgCACIIRQ0DIAJB\
CGohBiAEKAIEIQMjAEEQayIAJAAQ2QIiBSAINgKMASAFQQA7AYoBIAVBADYCAAJAIANBAWoiCARA\
IABBCGogBSAIEK4BIAAoAgwhBSAGIAAoAgg2AgAgBiAFNgIEIABBEGokAAwBC0HIlMEAEIUDAAsg\
AigCCCEAIAQgAigCDCIFNgIEIAQgADYCACACIAU2AlwgAiAANgJYIAJBEGohBAJAAkAgASACQdgA\
aiIAKAIEQQFrRgRAIAAoAgAiAC8BigEiAUELTw0BIAAgAUEBaiIFOwGKASAAIAFBDGxqIgEgBCgC\
CDYCDCABIAQpAgA3AgQgACAFQQJ0aiAHNgKMASAHIAU7AYgBIAcgADYCAAwCC0H4k8EAQTBBqJTB\
ABDaAgALQciTwQBBIEG4lMEAENoCAAsMBAsgAiAENgI8IAIgAC8BiAE2AkQgAiAFQQFqNgJAIAJB\
EGohCyACQcgAaiETIwBBQGoiAyQAAkACQCABIAJBPGoiBigCBCIMQQFrRgRAIAYoAgAiDy8BigFB\
C0kNASADQSRqIQUgA0EoaiEEQQQhAAJAIAYoAggiAUEFSQ0AIANBLGogA0EwaiEIAn8CQAJAIAEi\
AEEFaw4CAwEAC0EGIQAgAUEHawwBC0EFIQBBAAshASEFIAghBAsgAyAANgIUIAMgDDYCECADIA82\
AgwjAEEgayIAJAAgA0EMaiIMKAIAIg8vAYoBIRIQ2QIiBkEAOwGKASAGQQA2AgAgAEEUaiAMIAYQ\
XCAGLwGKASIIQQFqIRAgCEEMTwRAQQAgEEEMQaCVwQAQOAALIANBGGohCCAPIAwoAggiGEECdGpB\
kAFqIRkgBkGMAWohGgJAIBAgEiAYayISRgRAIBJBAnQiEARAIBogGSAQ/AoAAAsMAQtB2JTBAEEo\
QYCVwQAQ2gIACyAAQQhqIAYgDCgCBCIGEK4BIAApAwghGyAIIAY2AhAgCCAPNgIMIAggACkCFDcC\
ACAIIAAoAhw2AgggCCAbNwIUIABBIGokACADIAE2AjwgAyAEKAIANgI4IAMgBSgCADYCNCADQTRq\
IBMgBxC8ASALIAMoAjA2AhggCyADKQIoNwIQIAsgAykCIDcCCCALIAMpAhg3AgAMAgtBsJXBAEE1\
QeiVwQAQ2gIACyAGIBMgBxC8ASALQYCAgIB4NgIACyADQUBrJAAgAigCEEGAgICAeEYNAyACIAIp\
AhA3A0ggAiACKAIYNgJQIAIoAhwhACACKAIgIQUgAigCKCEBIAIoAiQhBwwACwALIA4gAigCNDYC\
CCAOIAIpAiw3AgAMAgtBuJPBABCFAwALIA4gFzYCCCAOIBU2AgQgDiAWNgIACyACQeAAaiQAIAko\
AgwhAAwBCyAEKAIMIQAQ2AIiAUEAOwGKASABQQA2AgAgCkEANgIEIAogATYCACAKKAIAIQEgAEEA\
NgIEIAAgATYCACAKIAE2AhggCkEANgIcIApBGGoiBigCACIBLwGKASIFQQtPBEBByJPBAEEgQeiT\
wQAQ2gIACyABIAVBAWo7AYoBIApBDGoiCSAFNgIIIAkgATYCACAJIAYoAgQ2AgQgASAFQQxsaiIB\
IAQoAgg2AgwgASAEKQIANwIECyANIAA2AgwgDSAKKAIUNgIIIA0gCikCDDcCACAAIAAoAghBAWo2\
AgggCkEgaiQAIA0oAgAaIA1BEGokAAsgEUEgaiQAC0UBA38gASgCACIDQQRqIAMvAYoBQQFqIgQg\
ASgCCCIFIAIQogEgAyAEOwGKASAAIAU2AgggACADNgIAIAAgASgCBDYCBAs2AAJAIANpQQFHDQAg\
A0EAIAFBgICAgHggA2tNGyIDRQ0AIAAgASADIAIQFCIARQ0AIAAPCwALNwECfyAAIAEoAgAiAiAB\
KAIEIgNHBH8gASACQQFqNgIAIAItAAAFIAELOgABIAAgAiADRzoAAAtBAAJAAkACQAJAAkAgAC0A\
AA4FAQECAwQACyAAQQRqEJMDCw8LIABBBGoQigMPCyAAQQRqEIoDDwsgAEEEahCWAwuBBAEOfyMA\
QRBrIgckACAHQQhqIQwjAEEQayIEJAAgBCABQQhqNgIEIAEiDigCACEBIA4oAgQhDwNAAkAgASAP\
RgRAQQAhCQwBCyAOIAFBCGoiAjYCACABKAIAIQkgBCABQQRqKAIAIg02AgwgBCAJNgIIIAIhASAE\
QQRqKAIAIgIoAgAgAigCCCIFLQAAIARBCGoiAygCACIIIAMoAgQiBiACKAIEKAIUEQgABH8CfyAC\
KAIMIgIoAighAyACKAIsQbynwABBACAFLQAAGyELIwBBMGsiAiQAIAIgBjYCGCACIAg2AhRBDGwh\
BQNAIAVBAEchCAJAAkAgBUUNACACIAM2AhwgCwRAIAJBCDYCJCACIAs2AiAgAkEcaiACQSBqEI8C\
BEBBASEIDAILIAJBCGogC0EIIANBBGooAgAgA0EIaigCABCbAiACKAIIIgZFDQIgAiAGIAIoAgxB\
LhDGASACKAIAIgZFDQIgAigCBCEKIAIgBjYCKCACIAo2AiwgAkEoaiACQRRqENMCDQEMAgsgAkEc\
aiACQRRqEI8CRQ0BCyACQTBqJAAgCAwCCyADQQxqIQMgBUEMayEFDAALAAtBAXMFQQALRQ0BCwsg\
DCANNgIEIAwgCTYCACAEQRBqJAAgBygCDCEBIAAgBygCCDYCACAAIAE2AgQgB0EQaiQACzwBAn8g\
ACgCCCIDIAAoAgBGBEAgABDNAQsgACgCBCADQQN0aiIEIAI2AgQgBCABNgIAIAAgA0EBajYCCAtD\
AQF/AkACQAJAAkBBAyAAKAIAIgFBgICAgHhzIAFBAE4bDgMBAgMACyAAEIkDDwsgAEEEahCKAw8L\
IABBBGoQkwMLCzMBAn8jAEEQayIBJAAgAUEIaiAAEMACIAEoAgggASgCDCECIAFBEGokAEEARyAC\
QQBHcQveAQIBfwF+IwBBIGsiAyQAIAMgATYCECADIAA2AgwgA0EBOwEcIAMgAjYCGCADIANBDGo2\
AhQjAEEQayIBJAAgA0EUaiIAKQIAIQQgASAANgIMIAEgBDcCBCMAQRBrIgAkACABQQRqIgEoAgAi\
AigCBCIDQQFxBEAgAigCACECIAAgA0EBdjYCBCAAIAI2AgAgAEHonMEAIAEoAgQgASgCCCIALQAI\
IAAtAAkQWQALIABBgICAgHg2AgAgACABNgIMIABBhJ3BACABKAIEIAEoAggiAC0ACCAALQAJEFkA\
C0EBAX8jAEEQayIAJAAgAEE1NgIEIABBmJbBADYCACAAIACtQoCAgIDQD4Q3AwhBiIvAACAAQQhq\
QdCWwQAQ8gEACzQBAn8jAEEQayIBJAAgAUEIaiAAEE4gASgCCCEAIAEoAgwgAUEQaiQAQYCAxAAg\
AEEBcRsLMQAgASACSyACIARLckUEQCAAIAIgAWs2AgQgACABIANqNgIADwsgASACIAQgBRA4AAs5\
AQF/IwBBEGsiAiQAIAJBCGogAUETahDFAiACKAIMIQEgACACKAIINgIAIAAgATYCBCACQRBqJAAL\
PAAgAiADSQRAQcySwQBBE0GIlsEAEPIBAAsgACADNgIEIAAgATYCACAAIAIgA2s2AgwgACABIANq\
NgIICzkAIAIgA0kEQEHMksEAQRMgBBDyAQALIAAgAzYCBCAAIAE2AgAgACACIANrNgIMIAAgASAD\
ajYCCAs5AgF/AX4jAEEQayICJAAgAkEIaiABQQFBARCyASACKQMIIQMgAEEANgIIIAAgAzcCACAC\
QRBqJAALNAEBfyMAQRBrIgEkACABQQA2AgwgASAAIAFBDGoQyAEgASgCACABKAIEEP8CIAFBEGok\
AAsxAQF/IAAoAgAiACABKAIAIgJyRSEBIABFIAJFcgR/IAEFIAAtAAAgAi0AAEYLQQFzCzgBAX8g\
ASgCACIDBEAgACABLwGIATYCCCAAIAJBAWo2AgQLIAAgAzYCACABQbwBQYwBIAIbEKABCz8AIAAo\
AgBBgICAgHhHBEAgASAAKAIEIAAoAggQ6AIPCyABKAIAIAEoAgQgACgCDCgCACIAKAIAIAAoAgQQ\
Hws4AAJAIAJBgIDEAEYNACAAIAIgASgCEBEDAEUNAEEBDwsgA0UEQEEADwsgACADIAQgASgCDBEE\
AAt0AQN/IAAoAggiAyAAKAIARgRAIwBBEGsiAiQAIAJBCGogACAAKAIAQQFBBEHoABBYIAIoAggi\
BEGBgICAeEcEQCAEIAIoAgwQ0QIACyACQRBqJAALIAAoAgQgA0HoAGxqIAFB6AD8CgAAIAAgA0EB\
ajYCCAszAQF/IAAoAggiAiAAKAIARgRAIAAQzgELIAAoAgQgAkECdGogATYCACAAIAJBAWo2AggL\
QAEBfyABKAIAIgEgAkGYqcAAEKACLQAQIQMgASACQaipwAAQoAIhASAAIAM6AAQgACACNgIIIAAg\
ASgCCDYCAAs2ACAAKAIAIgAgAUHwsMAAEKMCIAAgAkGAscAAEKMCEOMBIgAgASACSyABIAJJayAA\
Qf8BcRsLNQEBfyMAQRBrIgEkACABIAAoAgAiACgCADYCDCABIAAoAgg2AgggAUEIahCXAyABQRBq\
JAALNgEBfyABKAIAIgNB/////wdPBEAgAhCVAgALIAEgA0EBajYCACAAIAE2AgQgACABQQRqNgIA\
C2MAAkAgAkUNACADRQRAIAIgARDQAiEBDAELAkACfyABQQlPBEAgASACEC0MAQsgAhAJCyIBRQ0A\
IAFBBGstAABBA3FFIAJFcg0AIAFBACAC/AsACwsgACACNgIEIAAgATYCAAsoACAAIAIgASADIAEg\
A0kbEL4BIgAgASADayAAGyIAQQBKIABBAEhrCyoAIAEgA00EQCAAIAMgAWs2AgQgACABIAJqNgIA\
DwsgASADIAMgBBA4AAspACABIANGBEAgAUECdCIBBEAgACACIAH8CgAACw8LIAEgAyAEELQBAAs3\
ACAAEJ4BAkAgAC0AHUUNACABIAAoAhQQViABKAIAQYCAgIB4Rw0AIABBADYCECAAQgE3AwgLCy0B\
AX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoiABCbASAAEMMCIAFBEGokAAuzAQECfyMAQRBrIgAk\
ACABKAIAQdCewQBBCyABKAIEKAIMEQQAIQMgAEEIaiICQQA6AAUgAiADOgAEIAIgATYCACACIgEt\
AAQhAiABLQAFBEAgAQJ/QQEgAkEBcQ0AGiABKAIAIgEtAApBgAFxRQRAIAEoAgBBxajBAEECIAEo\
AgQoAgwRBAAMAQsgASgCAEHEqMEAQQEgASgCBCgCDBEEAAsiAjoABAsgAkEBcSAAQRBqJAALngIB\
BH8jAEEQayIEJAAQQSIFIAAmASMAQdAAayIDJAAgAyABNgIUIAMgBTYCECADIAI2AhggAyADQc8A\
aiIBNgJEIAMgATYCQCADIANBGGo2AjwgAyADQRRqNgI4IAMgATYCNCADIAE2AjAgAyABNgIsIAMg\
A0EQajYCKCADQRxqIANBKGoQQgJ/IAMoAhxBgICAgHhGBEBBASEBIAMoAiAhAkEADAELIAMgAygC\
JDYCMCADIAMpAhw3AyggA0EIaiADQShqEJQBIAMoAgwhBkEAIQJBACEBIAMoAggLIQUgBCABNgIM\
IAQgAjYCCCAEIAY2AgQgBCAFNgIAIANB0ABqJAAgBCgCACAEKAIEIAQoAgggBCgCDCAEQRBqJAAL\
MAEBfyMAQRBrIgEkACABQQA2AgwgAUEMakHgscAAIABBABBJIAEoAgwgAUEQaiQACygBAX8CQCAA\
RQ0AIAAtAAAiAEEiRiAAQdwARnINACAAQR9LIQELIAELLAECfyABKAIEIgMgACgCACIAKAIIRgR/\
IAAoAgQgASgCACADEL4BBUEBC0ULKgEBfyMAQRBrIgMkACADIAAoAgA2AgwgA0EMaiABIAIQ0QEg\
A0EQaiQACyoBAX8jAEEQayIDJAAgAyAAKAIANgIMIANBDGogASACEIICIANBEGokAAspAQF/IwBB\
EGsiAyQAIAMgACgCADYCDCADQQxqIAEgAhBfIANBEGokAAswAQF/IwBBEGsiACQAIAAgAEEPaq1C\
gICAgOAMhDcDAEG3icAAIABBvJLBABDyAQALDgAgAEKAgICAgBAQvAMLDgAgAEKAgICAkBAQvAML\
IgAgAUF/RgR/IABBGGoFIAAgAUGMpsAAEKECQQxqCygCAAstAQF/IwBBEGsiAiQAIAJBCGogARDF\
AiAAIAIoAgggAigCDBDqAiACQRBqJAALLQEBfyMAQRBrIgIkACACQQhqIAEQxQIgACACKAIIIAIo\
AgwQ6wIgAkEQaiQACzABAX8gAUEIayICIAIoAgBBAWoiAjYCACACRQRAAAsgACABNgIEIABB3JvB\
ADYCAAu1AwEEfyMAQRBrIgUkACMAQdAAayIDJAAgAyABNgIUIAMgADYCECADIAI2AhggAyADQc8A\
aiIANgJIIAMgADYCRCADIAA2AkAgAyADQRhqNgI8IAMgADYCOCADIAA2AjQgAyAANgIwIAMgA0EU\
ajYCLCADIAA2AiggAyAANgIkIAMgADYCICADIANBEGo2AhwjAEEQayIBJAAgAUEIaiECAn8gA0Ec\
aiIAKAIAKAIAQR1HIAAoAhAoAgBBgIABR3IgACgCICgCAEEbR3JFBEAjAEEQayIAJABBAEHstsAA\
KAIAEQUAIgZFBEAQkwIACyAAQQhqIAYQnQIgACgCDCEGIAAgACgCCCIEQQAgBCgCBGtBA3EiBCAE\
QYCAAXJBgLfAABDUASAAKAIAIQQgBiAGKAIAQQFqNgIAIABBEGokAEEADAELQbC1wABBxgAQoAMh\
BEEBCyEAIAIgBDYCBCACIAA2AgAgASgCDCEAIANBCGoiAiABKAIINgIAIAIgADYCBCABQRBqJAAg\
BSADKAIIIAMoAgwQqQIgA0HQAGokACAFKAIAIAUoAgQgBSgCCCAFQRBqJAALKAAgAyAEIAEgAhDE\
AiEBIAAgBCACazYCBCAAIAIgA2pBACABGzYCAAsmAQF/QQEhAQN/IABBCU0EfyABBSABQQFqIQEg\
AEEKbiEADAELCwstACABKAIARQRAIAFBfzYCACAAIAE2AgQgACABQQRqNgIADwtB8LbAABCUAgAL\
JAAgASADRgRAIAEEQCAAIAIgAfwKAAALDwsgASADIAQQtAEACyYBAn8gACgCCCIDIAEoAghGBH8g\
ACgCBCABKAIEIAMQ/gIFQQALCw0AIAAgASACQRQQuQMLDQAgACABIAJBBBC4AwsNACAAIAEgAkED\
ELgDCw0AIAAgASACQRwQuQMLDQAgACABIAJBAhC4AwsNACAAIAEgAkEMELkDCycAIAAQigMgAEEM\
ahCVAyAAQRhqEJUDIABBJGoQlQMgAEEwahCKAwsmAQF/IwBBEGsiASQAIAEgAEEIazYCDCABQQxq\
EJsBIAFBEGokAAsmAQF/IwBBEGsiASQAIAEgAEEIazYCDCABQQxqEMMCIAFBEGokAAsmACAAIAE2\
AgggACACQQAgAUEBcSIBGzYCBCAAQQAgAiABGzYCAAvSAwEGfyACQQFxBEAgACABIAJBAXYQlwEP\
CyMAQRBrIgUkAAJAAkACQAJAAkACQCACQQFxBEAgAkEBdiEDDAELIAEtAAAiA0UNASABIQQDQCAE\
QQFqIQgCQCADwEEASARAIANB/wFxQYABRgRAIAYgCC8AACIEaiEGIAQgCGpBAmohBAwCCyAIIANB\
A3FBCHgiBEEFdEGAgICABHEgBEEHdHJBHXZqIANBAXZBAnFqIANBAnZBAnFqIQQgBkUgB3IhBwwB\
CyAIIANB/wFxIgNqIQQgAyAGaiEGCyAELQAAIgMNAAtBACEDIAcgBkEQSXENAEEAIQcgBkEBdCID\
QQBIDQQLIAMNAQtBASEEQQAhAwwBC0EBIQcgA0EBENACIgRFDQELIAVBADYCCCAFIAQ2AgQgBSAD\
NgIAIAVBkJ/BACABIAIQH0UNASMAQSBrIgAkACAAQdYANgIEIABBuJ/BADYCACAAQaifwQA2Agwg\
ACAFQQ9qNgIIIAAgAEEIaq1CgICAgLAPhDcDGCAAIACtQoCAgIDQD4Q3AxBBoorAACAAQRBqQZCg\
wQAQ8gEACyAHIAMQ0QIACyAAIAUoAgg2AgggACAFKQIANwIAIAVBEGokAAsnACAAKAIAQYCAgIB4\
RgRAIABBBGoQlgMPCyAAEJMDIABBDGoQigMLJwAgACABKAIMIAEoAhAQdyIARQRAQQAPCyAAQQAg\
AEG4/sAAEF4bC+0IAgt/A34jAEEQayIJJAAjAEEwayIFJAAgBSABNgIYIAUgADYCFCAFIAVBL2oi\
ADYCKCAFIAA2AiQgBSAFQRhqNgIgIAUgBUEUajYCHCMAQSBrIgckACAHQRBqIAVBHGoiACgCACgC\
ACAAKAIEKAIAEOABIAcoAhAhASAHIAcoAhQiADYCHCAHIAE2AhggB0EIaiEKIwBBoAFrIgYkACAG\
IAA2AgwgBiABNgIIAkACfyMAQRBrIgIkAEEAQcS2wAAoAgARBQAiBARAIAIgBEGgt8AAEIQCIAIo\
AgQhBCACKAIAIggoAgBBgICAgHhHBEAgAiAINgIMIAJBDGogBkEIahCPAiEDCyAEIAQoAgBBAWs2\
AgAgAkEQaiQAIAMMAQsQkwIACw0AIAZBEGohBCMAQYABayICJAAgAkEgaiABIAAQagJAIAIoAiBB\
AkcEQCACIAIoAjg2AnAgAiACKQIwNwNoIAIgAikCKDcDYCACIAIpAiA3A1ggAkEDNgJ8IAIgAkHk\
AGoiAzYCeCACQcgAakGCisAAIAJB+ABqEKoCIAJBAToAVCADEIoDIAIgAikCSCINNwMYIAIgDTcD\
CCACIAIpAkAiDjcDACACKQJQIQ8gBCANNwIQIAQgDjcCCCAEIA83AhggBEKAgICACDcCAAwBCyAC\
IAIpAiQ3A1ggAiACKQIsNwNgIwBBMGsiAyQAAkACQCACQdgAaiIILQAAIgwEQCAMQQVGDQEgAyAI\
EMcCIAMgAykDADcCICADQQI2AiwgAyADQSBqNgIoIANBFGpB4ofAACADQShqEKoCIARCgICAgAg3\
AgAgBCADKQIMNwIIIAQgAykCFDcCECAEIAMoAhw2AhggBEEBOgAcDAILIANBADYCFCADQoCAgIDA\
ADcCDCAEIANBDGoiBBALIAQQkwMMAQsgBCAIQQRqEAsLIANBMGokACAIEO0BCyACQYABaiQAIAYo\
AhAiAkGAgICAeEYEQCAGQRRqEN4BIQBBASELDAELIAYoAhQhAyAGQdwAaiAGQRhqQTz8CgAAIAYg\
ADYCnAEgBiABNgKYASAGIAM2AlggBiACNgJUIAZB1ABqIQJBACEEIwBB0ABrIgMkAAJAQQBBxLbA\
ACgCABEFACIBBEAgAyACKAJEIAIoAkgQlwEgA0EMaiACQcQA/AoAACABKAIARQRAIAFBfzYCACAB\
QQRqIQIgASgCBEGAgICAeEcEQCACEIoDIAFBEGoQpgIgASgCAEEBaiEECyACIANB0AD8CgAAIAEg\
BDYCACADQdAAaiQADAILQbC3wAAQlAIACyACEKYCEJMCAAsLIAogADYCBCAKIAs2AgAgBkGgAWok\
ACAHKQMIIQ0gB0EYaiIAKAIEIgEEQCAAKAIAIAEQoAELIAVBCGogDTcDACAHQSBqJAAgBSgCDCEA\
IAUgBSgCCCIBNgIEIAUgAEEAIAFBAXEbNgIAIAkgBSkDADcCACAFQTBqJAAgCSgCACAJKAIEIAlB\
EGokAAvyFAIYfwd+IwBBEGsiDiQAIwBBEGsiEiQAIBJBCGohFSMAQeAAayIEJAAgBEFAayETIwBB\
MGsiCSQAAkBBAEHstsAAKAIAEQUAIgEEQCAJQQhqIAEQnQIgCSgCDCEWIAkgCSgCCCIBQQAgASgC\
BGtBA3EiASABQYCAAXJBgLfAABDUASAJQRBqIRAgCSgCACEBIAkoAgQhAiMAQdAAayIIJAACQEEA\
QcS2wAAoAgARBQAiBwRAIAhBCGogB0GQt8AAEIQCIAgoAgwhFwJ/IAgoAggiBygCAEGAgICAeEcE\
QCAIQTBqIQYgB0EMaiEHIwBBwAJrIgAkAANAIANB4ABHBEAgAEEIaiADakEHNgIAIANBDGohAwwB\
CwsgACACNgK4AiAAIAE2ArQCIABB1AFqIgIgAEEIakHgAPwKAABBBCEDA0AgA0EcRwRAIABBCGog\
AEHUAWogAxAxIAIgACgCEDYCCCACIAApAgg3AgAgAkEMaiECIANBA2ohAwwBCwsgAEEIaiIBIABB\
1AFqIgJB6AD8CgAAAkACQAJAIAAoAmxB9ABJDQAgAiABQQEQMSAAKALUAUEHRg0AQWAhAwNAIAME\
QAJAAkAgAEEIaiADQbCGwQBqKAIAIg1BDGxqKAIAQQNrDgUAAQEBBAELQXshAgNAIAIiAQRAIAFB\
AWohAiABQef9wABqLQAAEPQCIA1HDQELCyABDQMLIANBBGohAwwBCwsgBygCLEUNAQsgBkKAgICA\
gICAgIB/NwIADAELIAAoAmgoAAAhDSAAQdQBaiIBIABBCGpBARAxIAEgBygCBCAHKAIIIAAoAtgB\
QQAgACgC1AFBAkYbIAAoAtwBEC8gACgC1AEiAUECRwRAIAYgACkC6AE3AhggBiAAKQLgATcCECAG\
IAApAtgBNwIIIAZBATYCACAGIAE2AgQMAQsgAEHUAWogAEEIakHMhcEAEDQgACAAKQLYATcDmAEg\
ACAAKQLgATcDoAEgACAAKQLoATcDqAEgACAAKALwATYCsAEgACgC1AEiAUGAgICAeEYEQCAGIAAo\
ArABNgIcIAYgACkDqAE3AhQgBiAAKQOgATcCDCAGIAApA5gBNwIEIAZBATYCAAwBCyAAIAApA5gB\
NwJ0IAAgACkDoAE3AnwgACAAKQOoATcChAEgACAAKAKwATYCjAEgACAAKQL0ATcCkAEgACABNgJw\
IABB1AFqIABB8ABqIAcgAEG/AmpB5IXBABAMIAAgACkC3AE3A7gBIAAgACkC5AE3A8ABIAAgACkC\
7AE3A8gBQQEhAyAAKALYASECAkACQCAAKALUAUEBRgRAIAYgACkDyAE3AhggBiAAKQPAATcCECAG\
IAApA7gBNwIIIAIhAQwBC0GAgICAeCEBQQAhAyACQYCAgIB4Rg0AIAAgACkDuAEiGDcCnAEgACAA\
KQPIATcCrAEgACAAKQPAATcCpAEgACACNgKYASAAKAKgAUHoAGwhAiAYpyEDAkADQCACBEAgDSEH\
IwBBoAFrIgUkACAFQSBqIANBOGoQwAIgBSkDICEYIAVBGGogA0HEAGoQwAIgAykCJCEZIAUpAxgh\
GiAFQRBqIANB0ABqEMACIAUpAxAhGyAFQQhqIANB3ABqEMACIAUpAwghHCAFQShqIAMQmQEgBSkC\
LCEdIAVBQGsiDCADEJkBIAUpAlAhHiAFQQA2ApABIAVBADYChAEgBSAeNwJ8IAUgHTcCdCAFIBw3\
AmwgBSAbNwJkIAUgGTcCXCAFIBo3AlQgBSAYNwJMIAVBBzYCSCAFQgE3AkBBACEBIwBBQGohCwJA\
IAwoAgBBAUcNACALIAxBBGpBwAD8CgAAIAsoAgAiEUEDdCALakEMaiEKIAsoAgQhCwNAIAsgEUYN\
ASABIAooAgBBBmxqQQNqIAEgCkEEaygCABshASAKQQhqIQogEUEBaiERDAALAAsgASELIAUgAygC\
MCIBNgJAIAUgASADKAI0QQxsajYCRCAFIAVBnwFqNgJIQQAhASAMKAIAIgogDCgCBCIRRwRAIApB\
CGohDCARIAprQQxuIQoDQCABIAwoAgBBBmxqQQNqIQEgDEEMaiEMIApBAWsiCg0ACwsgAygCBCIK\
QQBOIApBgoCAgHhGckUEQCADQQRqIAcQvgIhBwsgBUGgAWokACABIAtqIAdqQYACakGB+AFPBEAg\
AyANEN8CQYD4AUsNAwsgA0HoAGohAyACQegAayECDAELCyAGIAAoArABNgIcIAYgACkCqAE3AhQg\
BiAAKQKgATcCDCAGIAApApgBNwIEIAZBADYCACAAQfAAahCKAwwDCyAGQoCAgICAgICAgH83AgAg\
AEGYAWoQyAIMAQsgBiADNgIAIAYgATYCBAsgAEHwAGoQigMLIABBwAJqJAAgCCgCMAwBCyAIQYCA\
gIB4NgI0QQALIQEgFyAXKAIAQQFrNgIAIAggCCkCNDcDECAIIAgpAjw3AxggCCAIKQJENwMgIAgg\
CCgCTDYCKCABQQJHDQELEJMCAAsgECABNgIAIBAgCCkDEDcCBCAQIAgpAxg3AgwgECAIKQMgNwIU\
IBAgCCgCKDYCHCAIQdAAaiQAIBYgFigCAEEBajYCACAJKAIQQQJHDQELEJMCAAsgEyAJKQIoNwIY\
IBMgCSkCIDcCECATIAkpAhg3AgggEyAJKQIQNwIAIAlBMGokAAJAAkACfyAEKAJAQQFGBEAgBEHE\
AGoQ3gEMAQsgBCAEKQJMNwMQIAQgBCkCVDcDGCAEIAQoAlw2AiAgBCgCSCEBIAQoAkQiAkGBgICA\
eEcNASABCyEPQQEhFAwBCyAEIAQoAiA2AjggBCAEKQMYNwMwIAQgBCkDEDcDKCACQYCAgIB4Rg0A\
IAQgATYCRCAEIAI2AkAgBCAEKQMoNwJIIAQgBCkDMDcCUCAEIAQoAjg2AlggBEFAayIFIwBB0ABr\
IgEkAEEAQey2wAAoAgARBQAiAkUEQBCTAgALIARBCGohDSABQRhqIAIQnQIgASgCHCELIAFBEGog\
ASgCGCICQQAgAigCBGtBA3EiAiACQYCAAXJBgLfAABDUASABKAIQIQAgASgCFCECIAFBADoANCAB\
IAI2AjAgAUEANgIsIAEgAjYCKCABIAA2AiQgAUEkakGAtsAAEFIgASABKAI0NgJIIAEgASkCLDcD\
QCABIAEpAiQ3AzggAUEIaiEAQQAhAyMAQRBrIgIkAAJAIAFBOGoiBy0AEA0AIAcoAgQiBkEESQ0A\
IAJBBCAHKAIAIAZBkLXAABDnASACKAIEIQMgAigCACACIAcoAggiDzYCDCADIAJBDGpBBEGgtcAA\
EJ4CQQEhAwsgACAPNgIEIAAgAzYCACACQRBqJAAgASgCDCECIAEoAgghByALIAsoAgBBAWo2AgAg\
DSACQQAgB0EBcRs2AgQgDUEANgIAIAFB0ABqJAAgBCgCDCEPIAQoAgghFCAFEMgCCyAVIA82AgQg\
FSAUNgIAIARB4ABqJAAgDiASKAIIIBIoAgwQqQIgEkEQaiQAIA4oAgAgDigCBCAOKAIIIA5BEGok\
AAtPAQJ/IwBBEGsiASQAIAEgADYCDCMAQRBrIgAkACAAIAFBDGooAgAiAigCADYCDCAAIAIoAgg2\
AgggAEEIahCJAyAAQRBqJAAgAUEQaiQACyEAIAAoAgBBgICAgHhHBH8gABCKA0EMBUEECyAAahCK\
AwsoACAAKAIAIAEQ8QIgACgCBCgCACAAKAIIIAAoAgwoAgAgARDcAWpPCyMBAX8gACgCCCIDIAFN\
BEAgASADIAIQswEACyAAKAIEIAFqCyYAIAEoAhwgASgCGEkEQCAAIAFBwKvAAEEkEOkCDwsgAEEC\
NgIACx0BAX8gAC0AAEEFRgR/IABBBGogASACEHcFQQALC08BAn8jAEEQayIBJAAgASAANgIMIwBB\
EGsiACQAIAAgAUEMaigCACICKAIANgIMIAAgAigCCDYCCCAAQQhqEIsDIABBEGokACABQRBqJAAL\
IwAgAkH/////AE0EQCAAIAJBBHQgAXIQlgEPCyAAQQE6ABALDQAgACABQQFBARC7AwsNACAAIAFB\
BEEEELsDCw0AIAAgAUEMQQQQuwMLDQAgACABQQhBBBC7AwshAQF/IAAoAggiASAAKAIARgRAIAAg\
AUEBQQRBHBDYAQsLuAEBBH8gASAAayIBQRBPBEAgACABEBMPCwJ/QQAgAUUNABogAUEDcSEEAkAg\
AUEETwRAIAFB/P///wdxIQEDQCACIAAgA2oiBSwAAEG/f0pqIAVBAWosAABBv39KaiAFQQJqLAAA\
Qb9/SmogBUEDaiwAAEG/f0pqIQIgASADQQRqIgNHDQALIARFDQELIAAgA2ohAANAIAIgACwAAEG/\
f0pqIQIgAEEBaiEAIARBAWsiBA0ACwsgAgsLHgAgACgCAEECRgRAIABBBGoQ7QEPCyAAQQxqEIoD\
C0MBAX8gACgCACICQQBOIAJBgoCAgHhGcgR/IAEFIwBBEGsiASQAIAFBADYCDCAAIAFBDGoQViAB\
KAIMIAFBEGokAAsLGQEBfyABIANGBH8gACACIAEQvgEFQQELRQslACAAIAEoAgg2AgQgACABKAIE\
QQAgASgCAEGAgICAeEcbNgIACyAAIAAoAgAoAgAiACAAKQMgIAKtfDcDICAAIAEgAhAKCyEAIAAg\
ACgCGEEBazYCGCAAKAIUIgAgACgCAEEBajYCAAuwAQEDfyAAKAIAIgEgASgCAEEBayIBNgIAIAFF\
BEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBDGoiACgCAARAIAAoAgQiAigCACID\
BEAgACgCACADEQIACyACKAIEIgMEQCACKAIIGiAAKAIAIAMQoAELCwJAIAFBCGooAgAiAEF/Rg0A\
IAAgACgCBEEBayICNgIEIAINACAAQRgQoAELIAFBEGokAAsLGQEBfyABIANPBH8gAiAAIAMQvgEF\
QQELRQsjACAAIAFB/wFxQQJ0IgEoAtSXQTYCBCAAIAEoAsCYQTYCAAsgACAAIAEgAhChASAAQQE7\
ASQgACACNgIgIABBADYCHAsiACAAIAEtAABBAnQiASgCpJdBNgIEIAAgASgCvJdBNgIACx4AIAAQ\
lAMgACgCDEGAgICAeEcEQCAAQQxqEIoDCwscACAAQQxqIAEgAhCXASAAQQA2AgAgAEEBOgAYCxsB\
AX8gACgCACIBQQBKBEAgACgCBCABEKABCwsbACAAKAIUIAFBARDaASAAIAAoAhhBAWs2AhgLFQAg\
AQRAIAAgARB0DwsgAEEGOgAAC54CAQR/Qai7wQAtAABBAUcEQCMAQRBrIgEkAAJAAkAgAARAIAAo\
AgAgAEEANgIAQQFxDQELIwBBIGsiACQAIABBFGpBg4ABQQFBAUEBEGEgACgCGCECIAAoAhQEQCAC\
IAAoAhwQ0QIACyAAKAIcIQQgAUEEciIDQYOAATYCCCADIAQ2AgQgAyACNgIAIABBIGokACABQQA2\
AgAMAQsgASAAKQIMNwMIIAEgACkCBDcDAAsCQAJAAkBBqLvBAC0AAEEBaw4CAQACC0HskcEAQf0A\
QaySwQAQ8gEAC0Gou8EAQQI6AABBnLvBABCKAwtBoLvBACABKQMINwIAQZi7wQAgASkDADcCAEGo\
u8EAQQE6AAAgAUEQaiQAC0GYu8EACx8AQQFBfyAAKAIAKAIAIAEoAgBBxKjAABCgAi0AEBsLGAEB\
fyAAKAIAIgEEQCAAKAIEIAEQoAELCxUAIAFBCU8EQCABIAAQLQ8LIAAQCQsfACAABEAgACABEKQD\
AAtB757BAEEjQYCfwQAQ8gEACxUAIABBBGogASACEJcBIABBAzoAAAsZACAAKAIAIAAoAgQgASgC\
ACABKAIEEL8CCxIAIAAtAAAEQCAAQQRqENUCCwsVACAAKAIAIgBBhAhPBEAgABCSAQsLGQAgASgC\
ACABKAIEIAAoAgAgACgCBBCGAgsZACAAKAIAIAAoAgQgASgCACABKAIEEIYCCxsBAX9BjAEQhwMi\
AEUEQEEEQYwBEKQDAAsgAAsbAQF/QbwBEIcDIgBFBEBBBEG8ARCkAwALIAALEgAgACABQQF0QQFy\
IAIQ8gEACxgAIAEoAgAgASgCBCAAKAIAIAAoAgQQHwsWAQFvIAAgARAIIQIQQSIAIAImASAAC0IB\
A38gACgCACECIAAoAgQhACABLQAAIQMDQCAAIgEEQCAAQQFrIQAgAi0AACEEIAJBAWohAiADIARH\
DQELCyABRQsWACAAKAIAQYCAgIB4RwRAIAAQigMLC2MBAn8jAEEwayICJAAgAkEANgIMIAJBADsB\
LCACQQA2AiggAkIANwMQIAJBADYCGCACIAJBDGo2AiQgACACQRBqQcC3wAAQGCACKAIMIQMgAkEw\
aiQAIABBBGogARC+AiADagsSACAALQAAQQZHBEAgABDtAQsLFQEBfyMAQRBrIgEgADoADyABLQAP\
CxYAIAAoAgBBgICAgHhHBEAgABCTAwsLEwAgACgCAEUEQCAAQQRqENUCCwsTAEGwu8EAIACtQiCG\
QgGENwMACw4AIAEEQCAAIAEQoAELCxwAIABBuJ3BACkCADcCCCAAQbCdwQApAgA3AgALHAAgAEGo\
ncEAKQIANwIIIABBoJ3BACkCADcCAAsWACAAKAIAIAEgAiAAKAIEKAIMEQQACxEAIAAgASABKAIc\
IAIgAxBmCxMAIAAQngEgACgCFCABIAIQggMLEwAgABCnASAAKAIUIAEgAhCBAwv7CgEDfyAAIQZB\
ACEAIwBB0ABrIgUkACAFIAM2AgggBSACNgIEAn8CQAJAIAFBgQJPBEBB/QEhAANAAkAgACAGaiIH\
QQNqLAAAQb9/TARAIAdBAmosAABBv39MDQEgAEECaiEADAULIABBA2ohAAwECyAHQQFqLAAAQb9/\
Sg0CIAcsAABBv39KDQMgAEEEayIAQX1HDQALQQAhAAwCCyAFIAE2AhAgBSAGNgIMQQEMAgsgAEEB\
aiEACyAFIAY2AgwgBSAANgIQQQVBACAAIAFJIgcbIQBBx6jBAEEBIAcbCyEHIAUgADYCGCAFIAc2\
AhQCQAJAAkACQAJAAkAgASACTwRAIAEgA0kNBiACIANLDQEgAkUgASACTXINAyACIAZqLAAAQb9/\
Sg0DIAIhAAJAA0AgACAGaiwAAEG/f0oNASAAQQFrIgANAAtBACEACwNAIAIgBmosAABBv39KDQMg\
ASACQQFqIgJHDQALIAEhAgwCCyAFIAVBFGqtQoCAgIDQD4Q3AzggBSAFQQxqrUKAgICA0A+ENwMw\
IAUgBUEEaq1CgICAgBCENwMoQbuBwAAgBUEoaiAEEPIBAAsgBSAFQRRqrUKAgICA0A+ENwNAIAUg\
BUEMaq1CgICAgNAPhDcDOCAFIAVBCGqtQoCAgIAQhDcDMCAFIAVBBGqtQoCAgIAQhDcDKEGRgcAA\
IAVBKGogBBDyAQALIAUgADYCHCAFIAI2AiACQCAAIAJLDQACQCAARQ0AIAAgAU8EQCAAIAFGDQEM\
AgsgACAGaiwAAEFASA0BCwJAIAEgAk0EQCABIAJHDQIMAQsgAiAGaiwAAEG/f0wNAQsgACACRg0C\
IAUCfyAAIAZqIgEsAAAiAEEATgRAIABB/wFxDAELIAEtAAFBP3EiAyAAQR9xIgJBBnRyIABBX00N\
ABogAS0AAkE/cSADQQZ0ciIDIAJBDHRyIABBcEkNABogAkESdEGAgPAAcSABLQADQT9xIANBBnRy\
cgs2AiQgBSAFQRRqrUKAgICA0A+ENwNIIAUgBUEMaq1CgICAgNAPhDcDQCAFIAVBHGqtQoCAgIDg\
D4Q3AzggBSAFQSRqrUKAgICA8A+ENwMwIAUgBUEEaq1CgICAgBCENwMoQZeCwAAgBUEoaiAEEPIB\
AAsgBiABIAAgAiAEEOwCAAsgA0UgASADTXINAiADIAZqLAAAQb9/Sg0CIAMhAAJAA0AgACAGaiwA\
AEG/f0oNASAAQQFrIgANAAtBACEACwJAA0AgAyAGaiwAAEG/f0oNASABIANBAWoiA0cNAAsgASED\
CyAFIAA2AhwgBSADNgIgIAAgA0sNAQJAIABFDQAgACABTwRAIAAgAUYNAQwDCyAAIAZqLAAAQUBI\
DQILAkAgASADTQRAIAEgA0cNAwwBCyADIAZqLAAAQb9/TA0CCyAAIANGDQAgBQJ/IAAgBmoiASwA\
ACIAQQBOBEAgAEH/AXEMAQsgAS0AAUE/cSIDIABBH3EiAkEGdHIgAEFfTQ0AGiABLQACQT9xIANB\
BnRyIgMgAkEMdHIgAEFwSQ0AGiACQRJ0QYCA8ABxIAEtAANBP3EgA0EGdHJyCzYCJCAFIAVBFGqt\
QoCAgIDQD4Q3A0ggBSAFQQxqrUKAgICA0A+ENwNAIAUgBUEcaq1CgICAgOAPhDcDOCAFIAVBJGqt\
QoCAgIDwD4Q3AzAgBSAFQQhqrUKAgICAEIQ3AyhB6ILAACAFQShqIAQQ8gEACyAEEIUDAAsgBiAB\
IAAgAyAEEOwCAAsgBSAFQRRqrUKAgICA0A+ENwM4IAUgBUEMaq1CgICAgNAPhDcDMCAFIAVBCGqt\
QoCAgIAQhDcDKEHqgcAAIAVBKGogBBDyAQALFAAgACgCACABIAAoAgQoAgwRAwALEQAgACgCBCAA\
KAIIIAEQqAMLDgAgACABIAIgAWsQ2gELEAAgACABKAIEIAEoAggQKgsUACAAKAIAIAFB6KjAABCg\
AigCCAsNACAAIAEgAhB3QQBHCw8AIABBAyABQf8BcRC2AgsQACAAQf8BcUECdCgCrJpBCw8AIAAQ\
igMgAEEMahCKAwsPACAAQQxqEN4CIAAQjwMLEAAgACgCACgCACABQQEQCgsPACAAEIoDIABBDGoQ\
7QELDwAgACAAKAIAIAJqNgIACxMAIABBwJ7BADYCBCAAIAE2AgALEQAgASAAKAIAIAAoAgQQ6AIL\
EQAgACgCACAAKAIEIAEQqAMLEAAgASAAKAIAIAAoAgQQHAsMACAAIAEgAhC+AUULLwEBfyMAQRBr\
IgIkACACQQA2AgwgAkEMaiAAIAEQggMgAigCDCACQRBqJABBAmsLDAAgACABEJ8CQQFzCw8AIABB\
xLHAACABIAIQKQsPACAAQeCxwAAgASACECkLDwAgAEHQnMEAIAEgAhAfCw8AIABBkJ/BACABIAIQ\
HwsPAEHMqMEAQSsgABDaAgALDwBBoLjBAEEzIAAQ8gEACwkAIABBBBDQAgsLACAAQQRBDBDMAQsL\
ACAAQQRBCBDMAQsLACAAQQFBARDMAQsLACAAQQRBBBDMAQsLACAAQQRBEBDMAQsLACAAQQRBFBDM\
AQsLACAAQQRBGBDMAQs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQigMgAkEUaiEC\
DAELCyAAEI0DCwoAIAAgASACEDYLCwAgACABIAIQ2gELNAECfyAAKAIIIQEgACgCBCECA0AgAQRA\
IAFBAWshASACEPUCIAJBGGohAgwBCwsgABCOAws0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEB\
ayEBIAIQ+AIgAkEcaiECDAELCyAAEJcDC4MBAQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgAUE4ahDe\
AiABQcQAahDeAiABQSBqEIoDIAFB0ABqEN4CIAFB3ABqEN4CIAFBLGoQlQMgASgCAEEBRwRAIAFB\
FGoQigMLIAFBBGoQ8AEgAkEBayECIAFB6ABqIQEMAQsLIABBBEHoABDMAQs0AQJ/IAAoAgghASAA\
KAIEIQIDQCABBEAgAUEBayEBIAIQigMgAkEMaiECDAELCyAAEIgDCzQBAn8gACgCCCEBIAAoAgQh\
AgNAIAEEQCABQQFrIQEgAhDtASACQRBqIQIMAQsLIAAQjAMLCwAgAEEEQRwQzAELCgAgACABIAIQ\
NwsMACAAQbmywAAQywILDAAgAEHAscAAEOgBC0MBAn8gABCeASAAIAAoAhhBAWoiATYCGCAAKAIU\
IgIgAigCAEEBajYCACAAIAApAwBCfkE/IAEgAUE/TxutiYM3AwALDAAgAEG4ssAAEOgBCwwAIABB\
wbHAABDLAgtnAQF/IwBBEGsiAyQAIAMgAjYCCCADIAE2AgQgACgCCEEUbCEBIAAoAgQhAgNAIAEi\
AARAIABBFGshASADIAI2AgwgAkEUaiECIANBDGogA0EEahCPAkUNAQsLIANBEGokACAAQQBHCwsA\
IAAoAgAlARAACxYBAW8gACABEAIhAhBBIgAgAiYBIAALCQAgACABEAUACwwAIAAgASkCBDcDAAsM\
ACAAIAEpAgA3AwALPgEBfyMAQRBrIgIkACACIAE2AgwgAiAANgIIIAJBCGoiACgCACAAKAIEQcS7\
wQAoAgAiAEHlACAAGxEAAAALDgAgAUGgoMEAQQUQ6AILDQAgAUH0ucEAQRgQHAsNACABQdS5wQBB\
IBAcCwoAIAIgACABEBwLCQAgAEEAEN8CCwkAIABBABCWAQsJACAAQQIQlgELCQAgAEEBEJYBCwkA\
IAAgARDzAgsWAgFvAX8gABAHIQEQQSICIAEmASACCwwAQZy/wQBBAToAAAsJACAAQQA2AgALBwAg\
ABCKAwsHACAAEOICCwcAIAAoAggLBABBAAsHAEGkusEACwQAQQELAwAACyYBAX8gACgCCCIEIAFN\
BEAgASAEIAIQswEACyAAKAIEIAEgA3RqCyYBAX8gACgCCCIEIAFNBEAgASAEIAIQswEACyAAKAIE\
IAEgA2xqC0QBAX8jAEEQayICJAAgAkEIaiAAIAAoAgBBAUEEIAEQWCACKAIIIgBBgYCAgHhHBEAg\
ACACKAIMENECAAsgAkEQaiQACyQBAX8gACgCACAAKAIIIgRrIAFJBEAgACAEIAEgAyACENgBCwso\
AQF/IwBBEGsiAiQAIAIgAkEPaq0gAYQ3AwBBiIvAACACIAAQ8gEACwv4sgFzAEGAgMAAC5k6wMDA\
AAR0aGUgwAogY2FsbCBmb3IgwAogd291bGQgYmUgwBggYnl0ZXM7IFNlZ21lbnQgYWNjZXB0cyDA\
KCBieXRlcyBwZXIgY2FsbCBhbmQgdGhpcyBmdW5jdGlvbiBrZWVwcyDAJCBvZiB0aGVtIGZvciB0\
aGUgZmllbGRzIFNlZ21lbnQgYWRkc8AAAWjAAA1iZWdpbiA+IGVuZCAowAMgPiDAECkgd2hlbiBz\
bGljaW5nIGDAAWDAABFzdGFydCBieXRlIGluZGV4IMAWIGlzIG91dCBvZiBib3VuZHMgb2YgYMAB\
YMAAD2VuZCBieXRlIGluZGV4IMAWIGlzIG91dCBvZiBib3VuZHMgb2YgYMABYMAAEXN0YXJ0IGJ5\
dGUgaW5kZXggwCYgaXMgbm90IGEgY2hhciBib3VuZGFyeTsgaXQgaXMgaW5zaWRlIMAIIChieXRl\
cyDABikgb2YgYMABYMAAD2VuZCBieXRlIGluZGV4IMAmIGlzIG5vdCBhIGNoYXIgYm91bmRhcnk7\
IGl0IGlzIGluc2lkZSDACCAoYnl0ZXMgwAYpIG9mIGDAAWDAAAZzdGlnZ1/AAMABX8AAwAEuwAAF\
Ym9keS3AAMAKYW5vbnltb3VzLcAACHNldHRpbmcgwAg6IGVudHJ5IMAXIG11c3QgYmUgYSBzdHJp\
bmcsIGdvdCDAAAhzZXR0aW5nIMALOiBleHBlY3RlZCDABiwgZ290IMAAFnNsaWNlIGluZGV4IHN0\
YXJ0cyBhdCDADSBidXQgZW5kcyBhdCDAACBpbmRleCBvdXQgb2YgYm91bmRzOiB0aGUgbGVuIGlz\
IMASIGJ1dCB0aGUgaW5kZXggaXMgwAAqdGhlIGJvZHkgbXVzdCBiZSBhIEpTT04gb2JqZWN0LCBi\
dXQgaXQgaXMgwAAtdGhlICJ0eXBlIiBmaWVsZCBtdXN0IGJlIGEgc3RyaW5nLCBidXQgaXQgaXMg\
wADAHyBtYXRjaGVzIGV2ZW50RGVueWxpc3QgcGF0dGVybiDAABx0aGUgYm9keSBpcyBub3QgdmFs\
aWQgSlNPTjogwAkgYXQgbGluZSDACCBjb2x1bW4gwAAScmFuZ2Ugc3RhcnQgaW5kZXggwCIgb3V0\
IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAQcmFuZ2UgZW5kIGluZGV4IMAiIG91dCBv\
ZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3RoIMAACHNldHRpbmcgwBA6IHVua25vd24gdmFsdWUg\
wBI7IGV4cGVjdGVkIG9uZSBvZiDAAClzZXR0aW5ncyBtdXN0IGJlIGFuIG9iamVjdCwgYnV0IHRo\
ZXkgYXJlIMAAEXRoZSBzZXR0aW5ncyBhcmUgwAAJZXhwZWN0ZWQgwAAQdW5rbm93biBzZXR0aW5n\
IMACOyDAABBhc3NlcnRpb24gYGxlZnQgwBcgcmlnaHRgIGZhaWxlZAogIGxlZnQ6IMAJCiByaWdo\
dDogwAAQYXNzZXJ0aW9uIGBsZWZ0IMAQIHJpZ2h0YCBmYWlsZWQ6IMAJCiAgbGVmdDogwAkKIHJp\
Z2h0OiDAAEhjYW5ub3QgYWNjZXNzIGEgVGhyZWFkIExvY2FsIFN0b3JhZ2UgdmFsdWUgZHVyaW5n\
IG9yIGFmdGVyIGRlc3RydWN0aW9uOiDAAB1zZXR0aW5ncyBhcmUgbm90IHZhbGlkIEpTT046IMAA\
wAI6IMAAwAQgaXMgwCggZXZlbnQsIHdoaWNoIGNvbmNlcm5zIG5vIGN1c3RvbWVyLCBhbmQgwAEg\
wADAHiBuYW1lcyBubyBjdXN0b21lciAobG9va2VkIGluIMAGKSBhbmQgwAEgwADAJSBtYXRjaGVz\
IG5vIHBhdHRlcm4gaW4gZXZlbnRBbGxvd2xpc3QAEXRoZSAidHlwZSIgZmllbGQgwEEgZ2l2ZXMg\
YW4gZW1wdHkgZXZlbnQgbmFtZTsgaXQgbmVlZHMgYXQgbGVhc3Qgb25lIGxldHRlciBvciBkaWdp\
dAAEdGhlIMAcIGhlYWRlciBpcyBtaXNzaW5nLCBhbmQgdGhlIMAUIHNldHRpbmcgcmVxdWlyZXMg\
aXQAEnRoZSBtZXNzYWdlSWQgZm9yIMAQIGlzIGxvbmdlciB0aGFuIMALIGNoYXJhY3RlcnMAL3J1\
c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxv\
Yy9zcmMvY29sbGVjdGlvbnMvYnRyZWUvbWFwL2VudHJ5LnJzAHNyYy9qc29uL2JvZHkucnMAc3Jj\
L3NvcnQucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAv\
bGlicmFyeS9hbGxvYy9zcmMvZm10LnJzAHNyYy9maXQucnMAc3JjL3NlY3JldC5ycwBzcmMvc2V0\
dGluZ3MucnMAc3JjL2lkcy5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3\
NmQ3ZTRhMzg2MC9saWJyYXJ5L3N0ZC9zcmMvc3lzL3RocmVhZF9sb2NhbC9ub190aHJlYWRzLnJz\
AC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkv\
YWxsb2Mvc3JjL3N0ci5ycwBzcmMvZmlsdGVyLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0\
YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc2xpY2UvaXRlci5ycwBzcmMv\
anNvbi9udW1iZXIucnMAc3JjL3RpbWVzdGFtcC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcy\
NGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3N0ci9wYXR0ZXJuLnJzAHNy\
Yy9qc29uL3NjYW4ucnMAc3JjL3dhc20ucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJh\
YzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9zdGQvc3JjL3RocmVhZC9sb2NhbC5ycwAvY2FyZ28v\
cmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMu\
MTA3L3NyYy9mdXR1cmVzL2pzcGkucnMAL2NhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMu\
aW8tMTk0OWNmOGM2YjViNTU3Zi9zaGEyLTAuMTAuOS9zcmMvY29yZV9hcGkucnMAc3JjL2pzb24v\
dmFsdWUucnMAc3JjL2pzb24vd3JpdGUucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJh\
YzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvY29sbGVjdGlvbnMvYnRyZWUvbmF2\
aWdhdGUucnMAc3JjL3dhcmVob3VzZS5ycwBzcmMvdGFwZS5ycwBzcmMvZXZlbnRfbmFtZS5ycwAv\
cnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2Nv\
cmUvc3JjL3VuaWNvZGUvcHJpbnRhYmxlLnJzAC9jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3Jh\
dGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvZGlnZXN0LTAuMTAuNy9zcmMvY29yZV9hcGkvY3RfdmFy\
aWFibGUucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAv\
bGlicmFyeS9hbGxvYy9zcmMvY29sbGVjdGlvbnMvYnRyZWUvbm9kZS5ycwBzcmMvc3RpZ2cvbW9k\
LnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJh\
cnkvY29yZS9zcmMvc2xpY2UvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMx\
NGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3Jhd192ZWMvbW9kLnJzAC9ydXN0Yy81\
OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3Jj\
L3ZlYy9tb2QucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4\
NjAvbGlicmFyeS9hbGxvYy9zcmMvdmVjL3NwZWNfZnJvbV9pdGVyX25lc3RlZC5ycwBzcmMvanNv\
bi9yZWFkLnJzAC9ydXN0L2RlcHMvZGxtYWxsb2MtMC4yLjExL3NyYy9kbG1hbGxvYy5ycwAvY2Fy\
Z28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0w\
LjMuMTA3L3NyYy9saWIucnMAL2NhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0\
OWNmOGM2YjViNTU3Zi9ibG9jay1idWZmZXItMC4xMC40L3NyYy9saWIucnMAG3RoZSBKU09OIG5l\
c3RzIGRlZXBlciB0aGFuIMAHIGxldmVscwAEdGhlIMAbIGhlYWRlciBkb2VzIG5vdCBtYXRjaCB0\
aGUgwAggc2V0dGluZwAIc2V0dGluZyDAFjogdGhlIHNlY3JldCBjb250YWlucyDACywgd2hpY2gg\
bm8gwCsgaGVhZGVyIGNhbiBjYXJyeTsgY29weSBpdCBhZ2FpbiBmcm9tIFN0aWdnABR0aGUgdGV4\
dCBlbmRzIHdoZXJlIMAKIHNob3VsZCBiZQDAA19pZAAGOyBzZXQgwDEgdG8gInRyaW0iIHRvIGRy\
b3AgdGhlIGxhcmdlc3QgcHJvcGVydGllcyBpbnN0ZWFkAAR0aGUgwAogY2FsbCBmb3IgwCMgaGFz\
IG5laXRoZXIgdXNlcklkIG5vciBhbm9ueW1vdXNJZAABW8ABXQANZGlkIHlvdSBtZWFuIMABPwAI\
c2V0dGluZyDAAjogwAogY29udGFpbnMgwCM7IHVzZSBvbmx5IGxldHRlcnMsIGRpZ2l0cywgXyBh\
bmQgLgACICjADCBjaGFyYWN0ZXJzKQAMdGhlIGJvZHkgaXMgwMAgIGJ5dGVzOyBTZWdtZW50IGFj\
Y2VwdHMgYXQgbW9zdCDAECBieXRlcyAoNTEyIEtpQikAJmNvcHlfZnJvbV9zbGljZTogc291cmNl\
IHNsaWNlIGxlbmd0aCAowCspIGRvZXMgbm90IG1hdGNoIGRlc3RpbmF0aW9uIHNsaWNlIGxlbmd0\
aCAowAEpABJyZW1vdmFsIGluZGV4IChpcyDAFikgc2hvdWxkIGJlIDwgbGVuIChpcyDAASkAHXRo\
ZSBib2R5IGlzIG5vdCB2YWxpZCBVVEYtODogwAkgYXQgYnl0ZSDAByAobGluZSDACCBjb2x1bW4g\
wAEpAAAAmQgQAE8AAADNAQAANwAAACYIEABOAAAADQgAABEAAABjYXBhY2l0eSBvdmVyZmxvdwAA\
AMAMEABeAAAAOQAAABIAAAAICxAAXgAAAHwAAAAkAAAAqg0QAFMAAACiAAAAJwAAAKoNEABTAAAA\
pAAAABgAAACqDRAAUwAAAKQAAAAgAAAAqg0QAFMAAACuAAAAFAAAAKoNEABTAAAArgAAABoAAACq\
DRAAUwAAAJ0AAAAYAAAAqg0QAFMAAACdAAAAHwAAAKoNEABTAAAAnQAAACUAAACqDRAAUwAAAC0B\
AAAiAAAAqg0QAFMAAAA4AQAAHgAAAKoNEABTAAAANQEAABgAAACgChAAEQAAAEIAAAAZAAAAoAoQ\
ABEAAAAzAAAAIgAAAKAKEAARAAAANAAAAB0AAACgChAAEQAAAD0AAAAdAAAAb25NaXNzaW5nQ3Vz\
dG9tZXJkcm9wZXJyb3Jhbm9ueW1vdXMAERIQAAQAAAAVEhAABQAAABoSEAAJAAAAPAcQAAoAAAD2\
AQAADAAAADwHEAAKAAAA9wEAABUAAAAuLi4gYW5kICBtb3JlASBldmVuIHdpdGggZXZlcnkgcHJv\
cGVydHkgcmVtb3ZlZCB0aGF0IG1heSBiZSAodHlwZSwgbWVzc2FnZUlkLCB0cmFjZUlkLCB0aW1l\
c3RhbXAgYW5kIHRoZSBjdXN0b21lcidzIGlkIGFyZSBhbHdheXMga2VwdClvdmVyc2l6ZWRFdmVu\
dHMAAOMSEAAPAAAAPAcQAAoAAAAjAQAAIAAAADwHEAAKAAAArgAAABwAAAA8BxAACgAAAMsAAAAt\
AAAAPAcQAAoAAADvAAAAIAAAAOKApi48BxAACgAAAPMAAAAiAAAAPAcQAAoAAAD0AAAAHAAAAHR5\
cGVtZXNzYWdlSWR0cmFjZUlkdGltZXN0YW1waWRjdXN0b21lcklkAAAAYBMQAAQAAABkExAACQAA\
AG0TEAAHAAAAdBMQAAkAAAB9ExAAAgAAAH8TEAAKAAAAY3VzdG9tZXJpbnB1dAAAALwTEAAIAAAA\
fRMQAAIAAADEExAABQAAAH8TEAAKAAAAAAAAAAQAAAAEAAAABAAAAAUAAAAFAAAAPAcQAAoAAAC1\
AQAAEAAAADwHEAAKAAAAjgEAABQAAAA8BxAACgAAAH0BAAAdAAAAPAcQAAoAAACBAQAAEQAAADwH\
EAAKAAAAYwEAADkAAAA8BxAACgAAAFwBAAAdAAAAAgAAADwHEAAKAAAAdwEAACIAAAA8BxAACgAA\
AG0BAAAdAAAAPAcQAAoAAABuAQAAGwAAADwHEAAKAAAAXwEAACYAAAA8BxAACgAAAF8BAAA/AAAA\
AIAAAAAEAABcEhAACAAAAGQSEAAFAAAAPAcQAAoAAADUAQAAEAAAAHN0aWdnLS1oLQAAAOAUEAAG\
AAAAZQcQAAoAAABHAAAAPQAAAGUHEAAKAAAAegAAABgAAADvu790aGUgYm9keSBpcyBlbXB0eTsg\
YSBTdGlnZyB3ZWJob29rIGlzIGEgSlNPTiBvYmplY3RhIHRydW5jYXRlZCBVVEYtOCBzZXF1ZW5j\
ZWFuIGludmFsaWQgVVRGLTggYnl0ZQAAANYGEAAQAAAAGgAAAEIAAABhdCBsZWFzdCAAAAAAAAgA\
Hw0QABAAAAByAAAADgAAAEZGRkQfDRAAEAAAAHIAAAAjAAAAdW5leHBlY3RlZCB0ZXh0IGFmdGVy\
IHRoZSBKU09OIHZhbHVlYDpgYSBzdHJpbmcga2V5YCxgIG9yIGB9YGAsYCBvciBgXWB0aGUgdGV4\
dCBlbmRzIGluc2lkZSBhIHN0cmluZ2ludmFsaWQgZXNjYXBlIGluIGEgc3RyaW5nAAAfDRAAEAAA\
ANABAAAoAAAAYSBjb250cm9sIGNoYXJhY3RlciAoVSswMDAwIHRvIFUrMDAxRikgbXVzdCBiZSBl\
c2NhcGVkIGluIGEgc3RyaW5nYSBkaWdpdCBhZnRlciB0aGUgZGVjaW1hbCBwb2ludGEgZGlnaXQg\
aW4gdGhlIGV4cG9uZW50YSBkaWdpdHRydWVmYWxzZW51bGwfDRAAEAAAAJcBAAAXAAAAYSB2YWx1\
ZQAfDRAAEAAAAIYBAAAsAAAAXAAAAAQXEAB1AAAADBcQAGEgXHUgZXNjYXBlIG5lZWRzIGZvdXIg\
aGV4IGRpZ2l0cwAAAOgDAAAfDRAAEAAAAFoAAAAyAAAAHw0QABAAAABPAAAAHwAAAB8NEAAQAAAA\
SAAAABMAAADpCBAAEAAAABQAAAAcAAAAYSBib29sZWFuYSBudW1iZXJhIHN0cmluZ2FuIGFycmF5\
YW4gb2JqZWN0AAAAAAAABAAAAAQAAAAGAAAABwAAAAcAAAD/CRAAEQAAAJsAAAA9AAAA/wkQABEA\
AACbAAAANwAAAP8JEAARAAAAmwAAAFQAAAD/CRAAEQAAAJsAAABOAAAA/wkQABEAAACfAAAAJwAA\
AP8JEAARAAAAnwAAADkAAAD/CRAAEQAAAKEAAAA7AAAA/wkQABEAAACiAAAAGAAAAP8JEAARAAAA\
owAAACYAAAD/CRAAEQAAAKQAAAAZAAAA/wkQABEAAACsAAAAEQAAAP8JEAARAAAAkAAAABQAAAD/\
CRAAEQAAAJAAAAAmAAAA/wkQABEAAACUAAAAIAAAAP8JEAARAAAAlAAAADYAAAD/CRAAEQAAAGkA\
AAAbAAAAW10sAAgAAAAMAAAABAAAAAkAAAAJAAAACQAAAAoAAAAAAAAABAAAAAQAAAALAAAADAAA\
AA0AAAAOAAAAIgAAABEKEAARAAAAYQAAABsAAABcIlxcXG5cclx0XGJcZgAAAAAAAAQAAAAEAAAA\
DwAAABAAAAAQAAAAe306ABEKEAARAAAA4AAAAD8AAAARChAAEQAAANwAAAAUAAAAEQoQABEAAADc\
AAAAJQAAAFx1MDEyMzQ1Njc4OWFiY2RlZgAAAAAAAHAAAAAIAAAAEQAAABEAAAARAAAAEgAAAHUI\
EAASAAAAKAAAABsAAAB1CBAAEgAAACgAAAAnAAAAdQgQABIAAACkAAAAIwAAAOcGEAALAAAANQAA\
ABMAAADnBhAACwAAACAAAAApAAAA5wYQAAsAAAAgAAAAOwAAAOcGEAALAAAAJQAAACAAAADnBhAA\
CwAAACcAAAA9AAAA5wYQAAsAAAAsAAAAHQAAAOcGEAALAAAAKQAAAB0AAADnBhAACwAAACEAAAAT\
AAAA5wYQAAsAAAAhAAAANQAAAOcGEAALAAAAIQAAACAAAABuYW1llAoQAAsAAAB8AAAAEgAAAJQK\
EAALAAAAfAAAAEkAAACUChAACwAAAFcAAAASAAAAlAoQAAsAAABXAAAAGwAAAHN0aWdnLXNlZ21l\
bnQ6IHRoZSBzY3JpcHQncyBmaWVsZCBsYXlvdXQgaXMgbm90IGl0cyB3YXNtJ3M7IHJlYnVpbGQg\
aXRsaW5lY29sdW1uAAAAABQAAAAEAAAAEwAAABQAAAAVAAAAFAAAABYAAAAWAAAAFwAAABgAAABT\
dGlnZy1XZWJob29rcy1TZWNyZXQAAAAZAAAA+ggQAAsAAAASAQAAJwAAAHNldHRpbmdzIGFyZSBu\
b3Qgc2V0GgAAAPoIEAALAAAA4gAAAB0AAAD6CBAACwAAAOQAAAAbAAAA+ggQAAsAAACEAQAAKwAA\
APoIEAALAAAAIAEAAA4AAAD6CBAACwAAACYBAAAmAAAAAAAAACAAAAAIAAAAGwAAABwAAAAbAAAA\
HAAAAB0AAAAeAAAAHwAAACAAAAAAAAAAIAAAAAgAAAAhAAAAIgAAACMAAAAkAAAAJQAAACYAAAAn\
AAAAKAAAAGNhbGxzc2tpcHBlZGNvZGVyZWFzb25ldmVudHVzZXJJZGFub255bW91c0lkZ3JvdXBJ\
ZHByb3BlcnRpZXN0cmFpdHNjb250ZXh0aW50ZWdyYXRpb252ZXJzaW9uc3RpZ2d0cmltbWVkdHJh\
Y2tpZGVudGlmeWdyb3VwMC4xLjBib2R5bm9fY3VzdG9tZXJmaWx0ZXJlZEludmFsaWRFdmVudFBh\
eWxvYWRWYWxpZGF0aW9uRXJyb3JFdmVudE5vdFN1cHBvcnRlZGFkZG9uLmNyZWF0ZWRhZGRvbmFk\
ZC1vbmFkZG9uLgDuHBAABQAAAPMcEAAGAAAA+RwQAAYAAAABAEGkusAAC2dhZGRvbi5kZWxldGVk\
YWRkb24udXBkYXRlZGF1dG9tYXRpY19yZWNoYXJnZS5jb25maWd1cmF0aW9uLmNoYW5nZWRhdXRv\
bWF0aWMgcmVjaGFyZ2VhdXRvbWF0aWNfcmVjaGFyZ2UuAEGUu8AAC3lmHRAAEgAAAHgdEAATAAAA\
ZBQQAAEAAAAAAAAAYXV0b21hdGljX3JlY2hhcmdlLm9wZXJhdGlvbi5hdHRlbXB0ZWRjb3Vwb24u\
YXJjaGl2ZWRjb3Vwb25jb3Vwb24uAADlHRAABgAAAOUdEAAGAAAA6x0QAAcAAAABAEGYvMAAC1Jj\
b3Vwb24uY3JlYXRlZGNvdXBvbi51cGRhdGVkY3JlZGl0X2JhbGFuY2UuZGVwbGV0ZWQBAmNyZWRp\
dCBiYWxhbmNlY3JlZGl0X2JhbGFuY2UuAEH0vMAAC7UCTR4QAA4AAABbHhAADwAAAEseEAACAAAA\
AAAAAGNyZWRpdF9iYWxhbmNlLmxvd2NyZWRpdF9ncmFudC5iYWxhbmNlLmxvd2NyZWRpdF9ncmFu\
dGNyZWRpdCBncmFudGNyZWRpdF9ncmFudC4CAQAAALoeEAAMAAAAxh4QAAwAAADSHhAADQAAAN8e\
EAACAAAAAAAAAGNyZWRpdF9ncmFudC5jcmVhdGVkY3JlZGl0X2dyYW50LmRlcGxldGVkY3JlZGl0\
X2dyYW50LmV4cGlyZWRjcmVkaXRfZ3JhbnQudXBkYXRlZGNyZWRpdF90eXBlLmFyY2hpdmVkY3Jl\
ZGl0X3R5cGVjcmVkaXQgdHlwZWNyZWRpdF90eXBlLgBtHxAACwAAAHgfEAALAAAAgx8QAAwAAAAB\
AEG0v8AAC6YEY3JlZGl0X3R5cGUuY3JlYXRlZGNyZWRpdF90eXBlLnVuYXJjaGl2ZWRjcmVkaXRf\
dHlwZS51cGRhdGVkY3JlZGl0cy5hdXRvbWF0aWNfcmVjaGFyZ2VfbGltaXRfZXhjZWVkZWRjcmVk\
aXRzY3JlZGl0cy4AAAAAAAAAABkgEAAHAAAAICAQAAgAAABkFBAAAQAAAAAAAABjcmVkaXRzLmJh\
bGFuY2UuZGVwbGV0ZWRjcmVkaXRzLmJhbGFuY2UudXNhZ2VfbG93Y3JlZGl0cy5leHBpcmVkY3Jl\
ZGl0cy5ncmFudC5kZXBsZXRlZGNyZWRpdHMuZ3JhbnQudXBkYXRlZGNyZWRpdHMuZ3JhbnQudXNh\
Z2VfbG93Y3JlZGl0cy5ncmFudC52b2lkZWRjcmVkaXRzLmdyYW50ZWRjdXN0b21lci5jcmVhdGVk\
AAFjdXN0b21lci68ExAACAAAALwTEAAIAAAAAyEQAAkAAAABIRAAAgAAAAEBAABBY2NvdW50IENy\
ZWF0ZWRTdGlnZydzIGN1c3RvbWVyIGlzIHRoZSBCMkIgYWNjb3VudC5jdXN0b21lci5kZWxldGVk\
QWNjb3VudCBEZWxldGVkY3VzdG9tZXIucGF5bWVudF9mYWlsZWRjdXN0b21lci51cGRhdGVkZW50\
aXRsZW1lbnQudXNhZ2VfZXhjZWVkZWRlbnRpdGxlbWVudGVudGl0bGVtZW50LgBB5MPAAAtJwyEQ\
AAsAAADOIRAADAAAAGkSEAABAAAAAAAAAGVudGl0bGVtZW50cy51cGRhdGVkZW50aXRsZW1lbnRz\
ZW50aXRsZW1lbnRzLgBBuMTAAAuBAhQiEAAMAAAAICIQAA0AAABpEhAAAQAAAAAAAABlbnRpdHku\
Y3JlYXRlZGVudGl0eWVudGl0eS4AYiIQAAYAAABiIhAABgAAAGgiEAAHAAAAaRIQAAEAAAAAAAAA\
ZW50aXR5LmVudGl0bGVtZW50LmNyZWF0ZWRlbnRpdHkuZW50aXRsZW1lbnQudXBkYXRlZGVudGl0\
eS5lbnRpdGxlbWVudC51c2FnZV9leGNlZWRlZGVudGl0eV90eXBlLnVwZGF0ZWRlbnRpdHlfdHlw\
ZWVudGl0eSB0eXBlZW50aXR5X3R5cGUuAAD8IhAACwAAAAcjEAALAAAAEiMQAAwAAAABAEHExsAA\
CzlmZWF0dXJlLmNyZWF0ZWRmZWF0dXJlZmVhdHVyZS4AAFMjEAAHAAAAUyMQAAcAAABaIxAACAAA\
AAEAQYjHwAALdWZlYXR1cmUuZGVsZXRlZGZlYXR1cmUudXBkYXRlZGZlYXR1cmVfZ3JvdXAuYXJj\
aGl2ZWRmZWF0dXJlX2dyb3VwZmVhdHVyZSBncm91cGZlYXR1cmVfZ3JvdXAuvCMQAA0AAADJIxAA\
DQAAANYjEAAOAAAAAQBBiMjAAAtuZmVhdHVyZV9ncm91cC5jcmVhdGVkZmVhdHVyZV9ncm91cC51\
bl9hcmNoaXZlZGZlYXR1cmVfZ3JvdXAudXBkYXRlZG1lYXN1cmVtZW50LnJlcG9ydGVkbWVhc3Vy\
ZW1lbnRtZWFzdXJlbWVudC4AQYDJwAALTV8kEAALAAAAaiQQAAwAAABpEhAAAQAAAAAAAABwbGFu\
LmNyZWF0ZWRwbGFucGxhbi4AAACoJBAABAAAAKgkEAAEAAAArCQQAAUAAAABAEHYycAAC1FwbGFu\
LmRlbGV0ZWRwbGFuLnVwZGF0ZWRwcm9kdWN0LmNyZWF0ZWRwcm9kdWN0cHJvZHVjdC4AAP8kEAAH\
AAAA/yQQAAcAAAAGJRAACAAAAAEAQbTKwAAL6wdwcm9kdWN0LmRlbGV0ZWRwcm9kdWN0LnVwZGF0\
ZWRwcm9tb3Rpb25hbEVudGl0bGVtZW50LmVuZHNfc29vbnByb21vdGlvbmFsX2VudGl0bGVtZW50\
cHJvbW90aW9uYWwgZW50aXRsZW1lbnRwcm9tb3Rpb25hbEVudGl0bGVtZW50LgByJRAAFwAAAIkl\
EAAXAAAAoCUQABcAAABpEhAAAQAAAAAAAABwcm9tb3Rpb25hbEVudGl0bGVtZW50LmV4cGlyZWRw\
cm9tb3Rpb25hbEVudGl0bGVtZW50LmdyYW50ZWRwcm9tb3Rpb25hbEVudGl0bGVtZW50LnJldm9r\
ZWRwcm9tb3Rpb25hbEVudGl0bGVtZW50LnVwZGF0ZWRzdWJzY3JpcHRpb24uYmlsbGluZ19tb250\
aC5lbmRzX3Nvb25zdWJzY3JpcHRpb25zdWJzY3JpcHRpb24uAAAAeCYQAAwAAAB4JhAADAAAAIQm\
EAANAAAAaRIQAAEAAAAAAQEAc3Vic2NyaXB0aW9uLmNhbmNlbGVkc3Vic2NyaXB0aW9uLmNyZWF0\
ZV9mYWlsZWQDc3Vic2NyaXB0aW9uLmNyZWF0ZWRzdWJzY3JpcHRpb24uZXhwaXJlZHN1YnNjcmlw\
dGlvbi5zcGVuZF9saW1pdC5leGNlZWRlZHN1YnNjcmlwdGlvbi50cmlhbC5lbmRzX3Nvb25zdWJz\
Y3JpcHRpb24udHJpYWxfY29udmVydGVkc3Vic2NyaXB0aW9uLnRyaWFsX2V4cGlyZWRUcmlhbCBF\
bmRlZEp1ZGdtZW50IGNhbGw6IG9ubHkgdGhlIHRyaWFsIHRoYXQgbGFwc2VkOyBhIGNvbnZlcnRl\
ZCB0cmlhbCAoYHN1YnNjcmlwdGlvbi50cmlhbF9jb252ZXJ0ZWRgKSBhbHNvIGVuZHMgYnV0IGtl\
ZXBzIGl0cyBvd24gbmFtZSwgc28gVHJpYWwgRW5kZWQgY291bnRzIHRyaWFscyB0aGF0IGRpZCBu\
b3QgY29udmVydC5zdWJzY3JpcHRpb24udHJpYWxfc3RhcnRlZFRyaWFsIFN0YXJ0ZWRKdWRnbWVu\
dCBjYWxsOiB0aGUgdHJpYWwncyBzdGFydCBkYXRlIGlzIHRoZSBzdWJzY3JpcHRpb24ncyBgc3Rh\
cnREYXRlYC5zdWJzY3JpcHRpb24udXBkYXRlZHN5bmMuZmFpbGVkBHN5bmNlZF9lbnRpdHlzeW5j\
c3luYy4AAADPKBAADQAAANwoEAAEAAAA4CgQAAUAAADOKBAAAQAAAAAAAADhHBAADQAAAAEAAAAA\
AAAAAB0QAEGw0sAACxsCAAAAAAAAACQdEAANAAAAAQAAAAAAAAAAHRAAQdzSwAALGwIAAAAAAAAA\
MR0QAA0AAAABAAAAAAAAAAAdEABBiNPAAAsbAgAAAAAAAAA+HRAAKAAAAGQUEAABAAAAjB0QAEG0\
08AACxsCAAAAAAAAALAdEAAmAAAAZBQQAAEAAACMHRAAQeDTwAALGwIAAAAAAAAA1h0QAA8AAAAB\
AAAAAAAAAPQdEABBjNTAAAsbAgAAAAAAAAAYHhAADgAAAAEAAAAAAAAA9B0QAEG41MAACxsCAAAA\
AAAAACYeEAAOAAAAAQAAAAAAAAD0HRAAQeTUwAALGwIAAAAAAAAANB4QABcAAABLHhAAAgAAAGwe\
EABBkNXAAAsbAgAAAAAAAACQHhAAEgAAAEseEAACAAAAbB4QAEG81cAACxsCAAAAAAAAAKIeEAAY\
AAAAaRIQAAEAAADkHhAAQejVwAALGwIAAAAAAAAACB8QABQAAADfHhAAAgAAAOQeEABBlNbAAAsb\
AgAAAAAAAAAcHxAAFQAAAN8eEAACAAAA5B4QAEHA1sAACxsCAAAAAAAAADEfEAAUAAAA3x4QAAIA\
AADkHhAAQezWwAALGwIAAAAAAAAARR8QABQAAADfHhAAAgAAAOQeEABBmNfAAAsbAgAAAAAAAABZ\
HxAAFAAAAAEAAAAAAAAAkB8QAEHE18AACxsCAAAAAAAAALQfEAATAAAAAQAAAAAAAACQHxAAQfDX\
wAALGwIAAAAAAAAAxx8QABYAAAABAAAAAAAAAJAfEABBnNjAAAsbAgAAAAAAAADdHxAAEwAAAAEA\
AAAAAAAAkB8QAEHI2MAACxsCAAAAAAAAAPAfEAApAAAAZBQQAAEAAAAoIBAAQfTYwAALGwIAAAAA\
AAAATCAQABgAAABkFBAAAQAAACggEABBoNnAAAsbAgAAAAAAAABkIBAAGQAAAGQUEAABAAAAKCAQ\
AEHM2cAACxsCAAAAAAAAAH0gEAAPAAAAZBQQAAEAAAAoIBAAQfjZwAALGwIAAAAAAAAAjCAQABYA\
AABkFBAAAQAAACggEABBpNrAAAsbAgAAAAAAAACiIBAAFQAAAGQUEAABAAAAKCAQAEHQ2sAACxsC\
AAAAAAAAALcgEAAXAAAAZBQQAAEAAAAoIBAAQfzawAALGwIAAAAAAAAAziAQABQAAABkFBAAAQAA\
ACggEABBqNvAAAsbAgAAAAAAAADiIBAADwAAAGQUEAABAAAAKCAQAEHU28AAC3MCAAAAAAAAAPEg\
EAAQAAAAASEQAAIAAAAMIRAAMCEQAA8AAAA/IRAAJAAAAAEAAAABAQAAYyEQABAAAAABIRAAAgAA\
AAwhEABzIRAADwAAAD8hEAAkAAAAAQAAAAAAAACCIRAAFwAAAGkSEAABAAAADCEQAEHY3MAACxsC\
AAAAAQEAAJkhEAAQAAAAASEQAAIAAAAMIRAAQYTdwAALGwIAAAABAQAAqSEQABoAAABpEhAAAQAA\
ANwhEABBsN3AAAsbAgAAAAAAAAAAIhAAFAAAAGkSEAABAAAAMCIQAEHc3cAACxsCAAAAAAAAAFQi\
EAAOAAAAaRIQAAEAAABwIhAAQYjewAALGwIAAAAAAAAAlCIQABoAAABpEhAAAQAAAHAiEABBtN7A\
AAsbAgAAAAAAAACuIhAAGgAAAGkSEAABAAAAcCIQAEHg3sAACxsCAAAAAAAAAMgiEAAhAAAAaRIQ\
AAEAAABwIhAAQYzfwAALGwIAAAAAAAAA6SIQABMAAAABAAAAAAAAACAjEABBuN/AAAsbAgAAAAAA\
AABEIxAADwAAAAEAAAAAAAAAZCMQAEHk38AACxsCAAAAAAAAAIgjEAAPAAAAAQAAAAAAAABkIxAA\
QZDgwAALGwIAAAAAAAAAlyMQAA8AAAABAAAAAAAAAGQjEABBvODAAAsbAgAAAAAAAACmIxAAFgAA\
AAEAAAAAAAAA5CMQAEHo4MAACxsCAAAAAAAAAAgkEAAVAAAAAQAAAAAAAADkIxAAQZThwAALGwIA\
AAAAAAAAHSQQABkAAAABAAAAAAAAAOQjEABBwOHAAAsbAgAAAAAAAAA2JBAAFQAAAAEAAAAAAAAA\
5CMQAEHs4cAACxsCAAAAAAAAAEskEAAUAAAAaRIQAAEAAAB4JBAAQZjiwAALGwIAAAAAAAAAnCQQ\
AAwAAAABAAAAAAAAALQkEABBxOLAAAsbAgAAAAAAAADYJBAADAAAAAEAAAAAAAAAtCQQAEHw4sAA\
CxsCAAAAAAAAAOQkEAAMAAAAAQAAAAAAAAC0JBAAQZzjwAALGwIAAAAAAAAA8CQQAA8AAAABAAAA\
AAAAABAlEABByOPAAAsbAgAAAAAAAAA0JRAADwAAAAEAAAAAAAAAECUQAEH048AACxsCAAAAAAAA\
AEMlEAAPAAAAAQAAAAAAAAAQJRAAQaDkwAALGwIAAAAAAAAAUiUQACAAAABpEhAAAQAAALglEABB\
zOTAAAsbAgAAAAAAAADcJRAAHgAAAGkSEAABAAAAuCUQAEH45MAACxsCAAAAAAAAAPolEAAeAAAA\
aRIQAAEAAAC4JRAAQaTlwAALGwIAAAAAAAAAGCYQAB4AAABpEhAAAQAAALglEABB0OXAAAsbAgAA\
AAAAAAA2JhAAHgAAAGkSEAABAAAAuCUQAEH85cAACxsCAAAAAAAAAFQmEAAkAAAAaRIQAAEAAACU\
JhAAQajmwAALGwIAAAAAAQAAuCYQABUAAABpEhAAAQAAAJQmEABB1ObAAAsbAgAAAAABAADNJhAA\
GgAAAOcmEAABAAAAlCYQAEGA58AACxsCAAAAAAEAAOgmEAAUAAAAaRIQAAEAAACUJhAAQaznwAAL\
GwIAAAAAAQAA/CYQABQAAABpEhAAAQAAAJQmEABB2OfAAAsbAgAAAAABAAAQJxAAIQAAAGkSEAAB\
AAAAlCYQAEGE6MAACxsCAAAAAAEAADEnEAAcAAAAaRIQAAEAAACUJhAAQbDowAALGwIAAAAAAQAA\
TScQABwAAABpEhAAAQAAAJQmEABB3OjAAAtzAgAAAAABAABpJxAAGgAAAGkSEAABAAAAlCYQAIMn\
EAALAAAAjicQALIAAAAAAAAAAAEAAEAoEAAaAAAAaRIQAAEAAACUJhAAWigQAA0AAABnKBAASAAA\
AAAAAAAAAQAArygQABQAAABpEhAAAQAAAJQmEABB4OnAAAsbAgAAAAABAADDKBAACwAAAM4oEAAB\
AAAA6CgQAEGM6sAAC6kUAgAAAAAAAABhY2NvdW50SWRhY3RpdmVTdWJzY3JpcHRpb25zYWN0b3Jh\
ZGRvbnNhbW91bnRhdHRyaWJ1dGlvbktleXNhdXRvQ2FuY2VsbGF0aW9uUnVsZXNiaWxsaW5nQ3Vy\
cmVuY3liaWxsaW5nSWRiaWxsaW5nUGVyaW9kY2FuY2VsbGF0aW9uRGF0ZWNoYW5nZWRCeWNvbmZp\
Z0lkY29uc3VtZWRBbW91bnRjb25zdW1lZFBlcmNlbnRhZ2Vjb3N0Y291cG9uVHlwZWNyZWF0ZWRB\
dGNyZWRpdEN1cnJlbmN5Y3JtSWRjdXJyZW5jeURlc2NyaXB0aW9uY3VycmVuY3lJZGN1cnJlbmN5\
TmFtZWN1cnJlbmN5VW5pdHNjdXJyZW50QmFsYW5jZWN1cnJlbnRCaWxsaW5nTW9udGhFbmRjdXJy\
ZW50QmlsbGluZ01vbnRoU3RhcnRjdXJyZW50QmlsbGluZ1BlcmlvZEVuZGN1cnJlbnRCaWxsaW5n\
UGVyaW9kU3RhcnRjdXJyZW50Q2hhbmdlY3VycmVudFNwZW5kY3VycmVudFNwZW5kUGVyY2VudGFn\
ZWN1cnJlbnRVc2FnZWRlc2NyaXB0aW9uZGlzY291bnRWYWx1ZWRpc3BsYXlOYW1lZWZmZWN0aXZl\
QXRlbWFpbGVuZERhdGVlbnRpdGxlbWVudHNVcGRhdGVkQXRlbnRpdHlJZGVudGl0eVR5cGVlbnRp\
dHlUeXBlSWRlbnZpcm9ubWVudElkZXZlbnRJZGV4Y2x1ZGVGcm9tRXhwZXJpbWVudGV4cGVyaW1l\
bnRJbmZvZXhwaXJlQXRmZWF0dXJlVHlwZWZlYXR1cmVzZ3JhbnRncmFudElkZ3JhbnRUeXBlaGFz\
U29mdExpbWl0aGFzVW5saW1pdGVkVXNhZ2Vpc0RlZmF1bHRQcm9kdWN0aXNEb3duZ3JhZGVpc0Vu\
YWJsZWRpc0xhdGVzdGlzU29mdExpbWl0aXNUcmlhbFN1YnNjcmlwdGlvbmlzVXBncmFkZWlzVmlz\
aWJsZW1heFNwZW5kTGltaXRtZXRhZGF0YW1ldGVyVHlwZW9yaWdpbmF0aW5nRXZlbnRJZHBhY2th\
Z2VFbnRpdGxlbWVudHNwYXltZW50Q29sbGVjdGlvbnBlcmNlbnRhZ2VVc2VkcGVyaW9kcHJpY2Vz\
cHJpb3JpdHlwcm9kdWN0SWRyZW1haW5pbmdCYWxhbmNlcmVtYWluaW5nQmFsYW5jZVBlcmNlbnRh\
Z2VyZXNldFBlcmlvZHJlc2V0UGVyaW9kQ29uZmlndXJhdGlvbnJlc291cmNlcmVzb3VyY2VJZHNw\
ZW5kTGltaXRzdGFydERhdGVzdGF0dXNzdWJzY3JpcHRpb25VcGRhdGVVc2FnZVJlc2V0QmVoYXZp\
b3J0aHJlc2hvbGR0aHJlc2hvbGRQZXJjZW50YWdldG90YWxDb25zdW1lZHRvdGFsR3JhbnRlZHRv\
dGFsU3BlbnR0cmlhbEVuZERhdGV0cmlnZ2VydW5pdHVuaXRMYWJlbHVuaXRzdXBkYXRlZEF0dXNh\
Z2VMaW1pdHVzYWdlUGVyaW9kQW5jaG9ydXNhZ2VQZXJpb2RFbmR1c2FnZVBlcmlvZFN0YXJ0dXNh\
Z2VVc2VkUGVyY2VudGFnZXZlbmRvcklkZW50aWZpZXIAFDUQAAkAAAAdNRAAEwAAADA1EAAFAAAA\
NTUQAAYAAAA7NRAABgAAAEE1EAAPAAAAUDUQABUAAABlNRAADwAAAHQ1EAAJAAAAfTUQAA0AAACK\
NRAAEAAAAJo1EAAJAAAAozUQAAgAAACrNRAADgAAALk1EAASAAAAyzUQAAQAAADPNRAACgAAANk1\
EAAJAAAA4jUQAA4AAADwNRAABQAAAPU1EAATAAAACDYQAAoAAAASNhAADAAAAB42EAANAAAAKzYQ\
AA4AAAA5NhAAFgAAAE82EAAYAAAAZzYQABcAAAB+NhAAGQAAAJc2EAANAAAApDYQAAwAAACwNhAA\
FgAAAMY2EAAMAAAAvBMQAAgAAAB/ExAACgAAANI2EAALAAAA3TYQAA0AAADqNhAACwAAAPU2EAAL\
AAAAADcQAAUAAAAFNxAABwAAABQiEAAMAAAADDcQABUAAABiIhAABgAAACE3EAAIAAAAKTcQAAoA\
AAAzNxAADAAAAD83EAANAAAAFRIQAAUAAABMNxAABwAAAFM3EAAVAAAAaDcQAA4AAAB2NxAACAAA\
AFMjEAAHAAAAfjcQAAsAAACJNxAACAAAAJE3EAAFAAAAljcQAAcAAACdNxAACQAAAKY3EAAMAAAA\
sjcQABEAAAB9ExAAAgAAAMQTEAAFAAAAwzcQABAAAADTNxAACwAAAN43EAAJAAAA5zcQAAgAAADv\
NxAACwAAAPo3EAATAAAADTgQAAkAAAAWOBAACQAAAB84EAANAAAAZBMQAAkAAAAsOBAACAAAADQ4\
EAAJAAAAbBoQAAQAAAA9OBAAEgAAAE84EAATAAAAYjgQABEAAABzOBAADgAAAIE4EAAGAAAAqCQQ\
AAQAAACHOBAABgAAAI04EAAIAAAAlTgQAAkAAAAoHBAABgAAAJ44EAAQAAAArjgQABoAAADIOBAA\
CwAAANM4EAAYAAAA6zgQAAgAAADzOBAACgAAAP04EAAKAAAABzkQAAkAAAAQORAABgAAAHgmEAAM\
AAAAFjkQACQAAAA6ORAACQAAAEM5EAATAAAAdBMQAAkAAABWORAADQAAAGM5EAAMAAAAbzkQAAoA\
AABtExAABwAAAHk5EAAMAAAAhTkQAAcAAABgExAABAAAAIw5EAAEAAAAkDkQAAkAAACZORAABQAA\
AJ45EAAJAAAApzkQAAoAAACxORAAEQAAAMI5EAAOAAAA0DkQABAAAADgORAAEwAAAPM5EAAQAAAA\
bRwQAAcAAAAHORAACQAAAHRyaWFsX3N0YXJ0X2RhdGV5ORAADAAAAHRyaWFsX2VuZF9kYXRldHJp\
YWxfcGxhbl9uYW1lAAAAbBoQAAQAAABhY2NvdW50X25hbWUFNxAABwAAAGFuYWN1c3RvbWVyLmlk\
aW5wdXQuY3VzdG9tZXJJZGlkIHdoZW4gZW50aXR5VHlwZSBpcyAiQ1VTVE9NRVIiAABsGhAABAAA\
AAA3EAAFAAAAdDUQAAkAAADwNRAABQAAACw4EAAIAAAA2TUQAAkAAABzdWJzY3JpcHRpb25TdGF0\
dXMAABA5EAAGAAAAfTUQAA0AAACAPhAAEgAAAJQ+EAABAAAAfTUQAA0AAACcPhAAAQAAAHk5EAAM\
AAAAzD0QAAEAAABzdGlnZ1VwZGF0ZWRBdAABAgMEAGATEAAEAAAAZBMQAAkAAAB0ExAACQAAAH0T\
EAACAAAAvBMQAAgAAAB9ExAAAgAAAH8TEAAKAAAAxBMQAAUAAAB/ExAACgAAACk3EAAKAEHI/sAA\
C7sBqCQQAAQAAABsGhAABAAAAKgkEAAEAAAA6jYQAAsAAACoJBAABAAAAH0TEAACAAAAcGxhbklk\
AAB4PxAABgAAAEg/EAACAAAAWD8QAAIAAABoPxAAAgAAAIA/EAABAAAALCAAAMMLEAAQAAAAMwAA\
ABgAAAC8ExAACAAAALwTEAAIAAAAAyEQAAkAAAABIRAAAgAAAAEBAAB4JhAADAAAAHgmEAAMAAAA\
hCYQAA0AAABpEhAAAQAAAAABAQBBjIDBAAsVwyEQAAsAAADOIRAADAAAAGkSEAABAEGwgMEACzkU\
IhAADAAAACAiEAANAAAAaRIQAAEAAAAAAAAAciUQABcAAACJJRAAFwAAAKAlEAAXAAAAaRIQAAEA\
QfiAwQALFV8kEAALAAAAaiQQAAwAAABpEhAAAQBBnIHBAAs5TR4QAA4AAABbHhAADwAAAEseEAAC\
AAAAAAAAALoeEAAMAAAAxh4QAAwAAADSHhAADQAAAN8eEAACAEHkgcEACxUZIBAABwAAACAgEAAI\
AAAAZBQQAAEAQYiCwQALWWYdEAASAAAAeB0QABMAAABkFBAAAQAAAAAAAADPKBAADQAAANwoEAAE\
AAAA4CgQAAUAAADOKBAAAQAAAAAAAACoJBAABAAAAKgkEAAEAAAArCQQAAUAAAABAEHsgsEACxnu\
HBAABQAAAPMcEAAGAAAA+RwQAAYAAAABAEGQg8EACxlTIxAABwAAAFMjEAAHAAAAWiMQAAgAAAAB\
AEG0g8EACxm8IxAADQAAAMkjEAANAAAA1iMQAA4AAAABAEHYg8EACxn/JBAABwAAAP8kEAAHAAAA\
BiUQAAgAAAABAEH8g8EACxnlHRAABgAAAOUdEAAGAAAA6x0QAAcAAAABAEGghMEACxltHxAACwAA\
AHgfEAALAAAAgx8QAAwAAAABAEHEhMEACxn8IhAACwAAAAcjEAALAAAAEiMQAAwAAAABAEHohMEA\
C3liIhAABgAAAGIiEAAGAAAAaCIQAAcAAABpEhAAAQAAAAAAAAABAgNpcyAiZHJvcCJpcyAiZXJy\
b3IiAABsGhAABAAAAAA3EAAFAAAAdDUQAAkAAADwNRAABQAAACw4EAAIAAAAAAAAAGgAAAAEAAAA\
KQAAACoAAAArAEHshcEAC5UGAQAAACwAAAAAAAAAAQAAAAIAAAADAAAABAAAAAUAAAAGAAAAAAAA\
AAEAAAACAAAAAwAAAAQAAAAFAAAABgAAAAcAAAAYCBAADQAAADAAAAAMAAAARwcQAA0AAAAuAAAA\
HgAAACwbEAAVAAAAd2ViaG9va1NlY3JldAAAAFhDEAANAAAAdGhlIGJvZHkgaGFzIG5vICJ0eXBl\
IiBmaWVsZDsgZXZlcnkgU3RpZ2cgd2ViaG9vayBuYW1lcyBpdHMgdHlwZSwgc3VjaCBhcyAic3Vi\
c2NyaXB0aW9uLmNyZWF0ZWQidGhlICJ0eXBlIiBmaWVsZCBpcyBlbXB0eTAAAAAAAAABAAAAAAAA\
AFhDEAANAAAABAAAAAAAAABhIG5vbi1BU0NJSSBjaGFyYWN0ZXJhIGNvbnRyb2wgY2hhcmFjdGVy\
VQcQAA8AAACpAQAADQAAAFUHEAAPAAAApAEAACgAAABVBxAADwAAAKUBAAA3AAAAVQcQAA8AAACl\
AQAATwAAAFUHEAAPAAAApQEAABQAAABldmVudE5hbWVTdHlsZWV2ZW50QWxsb3dsaXN0ZXZlbnRE\
ZW55bGlzdHJlZGFjdFByb3BlcnRpZXNpZGVudGlmeUN1c3RvbWVyc21lc3NhZ2VJZE5hbWVzcGFj\
ZWdyb3VwQ2FsbHNwbGFuVHJhaXRzd2FyZWhvdXNlU2FmZVByb3BlcnRpZXMAWEMQAA0AAACARBAA\
DgAAAAASEAARAAAAjkQQAA4AAACcRBAADQAAAKlEEAAQAAAAuUQQABEAAADjEhAADwAAAMpEEAAS\
AAAA3EQQAAoAAADmRBAACgAAAPBEEAAXAAAAc25ha2VfY2FzZU9iamVjdCBBY3Rpb25vcmlnaW5h\
bFNlZ21lbnQgU3BlYwBoRRAACgAAAHJFEAANAAAAf0UQAAgAAACHRRAADAAAAHRyaW20RRAABAAA\
ABUSEAAFAAAAAAAAAGhFEAAKAAAAgEQQAA4AAACURRAABAAAAAAAAAAREhAABAAAAAASEAARAAAA\
JBIQAAMAAAACAEGMjMEACxGORBAADgAAAAQAAAAAAAAAAgBBqIzBAAsRnEQQAA0AAAAEAAAAAAAA\
AAIAQcSMwQALEqlEEAAQAAAABAAAAAAAAAABAQBB4IzBAAsJuUQQABEAAAAEAEH0jMEACzW0RRAA\
BAAAAOMSEAAPAAAAuEUQAAIAAAAAAAAAAQAAAAAAAADKRBAAEgAAAAQAAAAAAAAAAQBBtI3BAAsR\
3EQQAAoAAAAEAAAAAAAAAAEAQdCNwQALEeZEEAAKAAAABAAAAAAAAAABAEHsjcEAC7kR8EQQABcA\
AAAEAAAAAAAAAHRydWUgb3IgZmFsc2VhbiBhcnJheSBvZiBzdHJpbmdzZAAAAIgIEAAQAAAAKAAA\
ADUAAAAtAAAAIAAAAAQAAAAuAAAALwAAADAAAAAxAAAAEAAAAAQAAAAyAAAAaW50ZXJuYWwgZXJy\
b3I6IGVudGVyZWQgdW5yZWFjaGFibGUgY29kZTogdGhlIGZ1bGwgcGF0aCBhbHdheXMgaGFzIHRo\
ZSBib2R5APMNEAAKAAAAOgAAAB8AAABhbm9ueW1vdXNfaWRsb2FkZWRfYXRvcmlnaW5hbF90aW1l\
c3RhbXByZWNlaXZlZF9hdHNlbnRfYXR1c2VyX2lkdXVpZHV1aWRfdHMAtEcQAAwAAAB9ExAAAgAA\
AMBHEAAJAAAAyUcQABIAAADbRxAACwAAAOZHEAAHAAAAdBMQAAkAAADtRxAABwAAAPRHEAAEAAAA\
+EcQAAcAAACDChAAEAAAAFEAAAASAAAAgwoQABAAAABVAAAAFwAAAGV2ZW50X3RleHQAAC4cEAAF\
AAAAcEgQAAoAAABncm91cF9pZIxIEAAIAAAAWxwQAAcAAABjb250ZXh0Xyw4EAAIAAAAvBMQAAgA\
AAAsOBAACAAAAKgkEAAEAAAALDgQAAgAAACsSBAAAQAAALRIEAACAAAAxEgQAAIAAABBdHRlbXB0\
ZWQgdG8gaW5pdGlhbGl6ZSB0aHJlYWQtbG9jYWwgd2hpbGUgaXQgaXMgYmVpbmcgZHJvcHBlZAAA\
cAcQAF4AAABrAAAADQAAAAYJEABPAAAA3wEAABkAAABtaWQgPiBsZW4AAADUCxAATQAAAIIKAAAl\
AAAA1AsQAE0AAADyAwAAHAAAANQLEABNAAAA8wMAABwAAADUCxAATQAAAPcDAAAgAAAA1AsQAE0A\
AAD3AwAAKwAAACMKEABfAAAAxgAAACcAAAB1BhAAYAAAAKABAAAuAAAAYXNzZXJ0aW9uIGZhaWxl\
ZDogaWR4IDwgQ0FQQUNJVFlnCxAAWwAAAJ4CAAAJAAAAYXNzZXJ0aW9uIGZhaWxlZDogZWRnZS5o\
ZWlnaHQgPT0gc2VsZi5oZWlnaHQgLSAxZwsQAFsAAAC2AgAACQAAAGcLEABbAAAAugIAAAkAAABn\
CxAAWwAAAPAAAABNAAAAYXNzZXJ0aW9uIGZhaWxlZDogc3JjLmxlbigpID09IGRzdC5sZW4oKWcL\
EABbAAAAVAcAAAUAAABnCxAAWwAAANAEAAAjAAAAZwsQAFsAAAATBQAAJAAAAGFzc2VydGlvbiBm\
YWlsZWQ6IGVkZ2UuaGVpZ2h0ID09IHNlbGYubm9kZS5oZWlnaHQgLSAxAAAAZwsQAFsAAAADBAAA\
CQAAACMKEABfAAAAWAIAADAAAADPBxAASAAAALEAAAAWAAAAYXR0ZW1wdCB0byBqb2luIGludG8g\
Y29sbGVjdGlvbiB3aXRoIGxlbiA+IHVzaXplOjpNQVgAAADPBxAASAAAAJoAAAAKAAAAcwwQAEwA\
AACvDwAADQAAAK4JEABQAAAAQgAAABMAAABn5glqha5nu3Lzbjw69U+lf1IOUYxoBZur2YMfGc3g\
WyI6AAAEAAAACQAAAAgAAAAIAAAACAAAAAkAAADYFhAAfBcQAIUXEACNFxAAlRcQAJ0XEAAFAAAA\
BwAAAAQAAAAGAAAABAAAAAUAAAAGAAAACwAAAAcAAAAKAAAABgAAAAkAAAAJAAAABwAAAAsAAAAE\
AAAABwAAAAUAAAAHAAAABQAAAAgAAAAFAAAABQAAAAUAAAAEAAAACwAAAAgAAAAYHBAAHRwQACQc\
EAAoHBAAYBMQAC4cEAAzHBAAORwQAEQcEABLHBAAVRwQAGQTEAB0ExAAWxwQAGIcEABsGhAAbRwQ\
AHQcEAB5HBAAgBwQAIUcEACNHBAAdBwQAJIcEACXHBAAmxwQAKYcEAAQPhAAEj4QABA+EAASPhAA\
ED4QABI+EAASPhAAED4QABI+EAASPhAAED4QAAIAAAABAAAAAgAAAAEAAAACAAAAAQAAAAEAAAAC\
AAAAAQAAAAEAAAACAAAAAgAAAAsAAAAKAAAAEAAAACAAAAB9ExAAEz4QAH8TEAAePhAALj4QAAMA\
AAAEAAAABQAAAAYAAAADAAAAAQAAAAEAAAABAAAAAQAAAAIAAAABAAAAAgAAAAEAAADoPhAA8D4Q\
APg+EAAAPxAACD8QABg/EAAgPxAAMD8QABMAAAAPAAAAEQAAAK4cEADBHBAA0BwQAGNsb3N1cmUg\
aW52b2tlZCByZWN1cnNpdmVseSBvciBhZnRlciBiZWluZyBkcm9wcGVkAABbDRAATgAAAPk7AAAB\
AAAAXwAAAGAAAABhAAAAYgAAAFYJEABXAAAAyAAAACwAAABWCRAAVwAAALsAAAAgAAAAVHJpZWQg\
dG8gc2hyaW5rIHRvIGEgbGFyZ2VyIGNhcGFjaXR5IgwQAFAAAAAsAwAACQAAACYIEABOAAAAcQcA\
ABEAAABnAAAADAAAAAQAAABoAAAAaQAAAGoAAAAAAAAACAAAAAQAAABrAAAAbAAAAG0AAABuAAAA\
bwAAABAAAAAEAAAAcAAAAHEAAAByAAAAcwAAAG1dy9YsUOtjeEGmV3Ebi7kVolxVNFUH1FN4rYFR\
8KP3YXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPj0gc2l6ZSArIG1pbl9vdmVyaGVhZAAAMA0QACoA\
AACxBAAACQAAAGFzc2VydGlvbiBmYWlsZWQ6IHBzaXplIDw9IHNpemUgKyBtYXhfb3ZlcmhlYWQA\
ADANEAAqAAAAtwQAAA0AAAAAAAAACAAAAAQAAAB0AAAAQWNjZXNzRXJyb3IAZwAAAAwAAAAEAAAA\
dQAAAO+/vWNhcGFjaXR5IG92ZXJmbG93IgwQAFAAAAAcAAAABQAAAHYAAAAMAAAABAAAAHcAAAB4\
AAAAeQBBsJ/BAAuAAQEAAAB6AAAAYSBmb3JtYXR0aW5nIHRyYWl0IGltcGxlbWVudGF0aW9uIHJl\
dHVybmVkIGFuIGVycm9yIHdoZW4gdGhlIHVuZGVybHlpbmcgc3RyZWFtIGRpZCBub3QAAPMGEABI\
AAAAjwIAAA4AAABFcnJvcgICAgICAgICAgICAEHNoMEACwgCAgAAAAAAAgBBhKHBAAsBAgBBqqHB\
AAsBAQBBxaHBAAsBAQBBpqLBAAukCXAABwAtAQEBAgECAQFICzAVEAFlBwIGAgIBBCMBHhtbCzoJ\
CQEYBAEJAQMBBSsDOwkqGAEgNwEBAQQIBAEDBwoCHQE6AQEBAgQIAQkBCgIaAQICOQEEAgQCAgMD\
AR4CAwELAjkBBAUBAgQBFAIWBgEBOgEBAgEECAEHAwoCHgE7AQEBDAEJASgBAwE3AQEDBQMBBAcC\
CwIdAToBAgIBAQMDAQQHAgsCHAI5AgEBAgQIAQkBCgIdAUgBBAECAwEBCAFRAQIHDAhiAQIJCwdJ\
AhsBAQEBATcOAQUBAgULASQJAWYEAQYBAgICGQIEAxAEDQECAgYBDwEAAwAEHAMdAh4CQAIBBwgB\
AgsJAS0DAQF1AiIBdgMEAgkBBgPbAgIBOgEBBwEBAQECCAYKAgEwLgIMFAQwCgQDJgkMAiAEAgY4\
AQECAwEBBTgIAgKYAwENAQcEAQYBAwLGQAABwyEAA40BYCAABmkCAAQBCiACUAIAAQMBBAEZAgUB\
lwIaEg0BJggZCwEBLAMwAQIEAgICASQBQwYCAgICDAEIAS8BMwEBAwICBQIBASoCCAHuAQIBBAEA\
AQAQEBAAAgAB4gGVBQADAQIFBCgDBAGlAgAEQQUAAk0GRgsxBHsBNg8pAQICCgMxBAICBwE9AyQF\
AQg+AQwCNAkBAQgEAgFfAwIEBgECAZ0BAwgVAjkCAQEBAQwBCQEOBwMFQwECBgEBAgEBAwQDAQEO\
AlUIAgMBARcBUQECBgEBAgEBAgEC6wECBAYCAQIbAlUIAgEBAmoBAQECCGUBAQECBAEFAAkBAvUB\
CgQEAZAEAgIEASAKKAYCBAgBCQYCAy4NAQLGAQEDAQHJBwEGAQFSFgIHAQIBAnoGAwEBAgEHAQFI\
AgMBAQEAAgsCNAUFAxcBAAEGDwAMAwMABTsHAAE/BFEBCwIAAgAuAhcABQMGCAgCBx4ElAMANwQy\
CAEOARYFAQ8ABwERAgcBAgEFZAGgBwABPQQABP4C8wECAQcCBQEAB20HAGCA8AAwMTIzNDU2Nzg5\
YWJjZGVmAAAAAAQAAAAEAAAAggAAAH0gfVsuLi5dY2FsbGVkIGBPcHRpb246OnVud3JhcCgpYCBv\
biBhIGBOb25lYCB2YWx1ZT09IT1tYXRjaGVzMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0\
MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0\
MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcx\
NzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTkB\
AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\
AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\
AQEBAQEBAQEBAQEBAQBBjKzBAAszAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAwMDAwMD\
AwMDAwMDAwMDAwQEBAQEAEHLrMEAC9YNBgEBAwEEAgUHBwIICAkCCgULAg4EEAERAhIFExwUARUC\
FwIZDRwFHQgfASQBagRrAm4CrwOxArwCzwLRAtQM1QnWAtcC2gHgBeEC5gHnBOgC7iDwBPgC+gX7\
AQwnOz5OT4+enp97i5OWorK6hrEGBwk2PT5W89DRBBQYNjdWV3+qrq+9NeASh4mOngQNDhESKTE0\
OkVGSUpOT2RlioyNj7bBw8TGy9ZctrcbHAcICgsUFzY5Oqip2NkJN5CRqAcKOz5maY+SEW9fv+7v\
WmK5uvT8/1NUmpsuLycoVZ2goaOkp6iturzEBgsMFR06P0VRpqfMzaAHGRoiJT4/3+fs7//FxgQg\
IyUmKDM4OkhKTFBTVVZYWlxeYGNlZmtzeH1/iqSqr7DA0K6vbm/H3d6TXiJ7BQMELQNmAwEvLoCC\
HQMxDxwEJAkeBSsFRAQOKoCqBiQEJAQoCDQLTgM0DIE3CRYKCBg7RTkDYwgJMBYFIQMbBRsmOARL\
BS8ECgcJB0AgJwQMCTYDOgUaBwQMB1BJNzMNMwcuCAoGJgMdCAKA0FIQBggJIS4IKhYaJhwUFwlO\
BCQJRA0ZBwoGSAgnCXULQj4qBjsFCgZRBgEFEAMFC1kIAh1iHkgICoCmXiJFCwoGDRM6BgoGFBws\
BBeAuTxkUwxICQpGRRtICFMNSQcKVghYIg4KBkYKHQNHSTcDDggKBjkHCgYsBAqA9hkHOwMdVQEP\
Mg2Dm2Z1C4DEikxjDYQwEBYKj5sFgkeauTqGxoI5ByoEXAYmCkYKKAUTgbA6gMZbBTQsSwQ5BxFA\
BQsHCZzWKSBhc6H9gTMPAR0GDgQIgYyJBGsFDQMJBxCPYID9A4G0BhcPEQ9HCXQ8gPYKcwhwFUZ6\
FAwUDFcJGYCHgUcDhUIPFYRQHwYGgNUrBT4hAXAtAxoEAoFAHxE6BQGB0CqA1isEAYDANggCgOCA\
9ylMBAoEAoMRREw9gMI8BgEEVQUbNAKBDiwEZAxWCoCuOB0NLAQJBwIOBoCag9kDEQMNA4DaBgwE\
AQ8MBDgICgYoCCwEAg4JJ4FYCB0DCwM7BB4ECgeA+4QFAAEDBQUGBgIHBggHCREKHAsZDBkNEA4M\
DwQQAxISEwkWARcEGAEZAxoJGwEcAh8WIAMrAi0LLgEwBDECMgGpAqoEqwj6AvsF/gP/Ca14eYuN\
ojBXWIuMkBzdDg9LTPv8Li8/XF1f4oSNjpGSqbG6u8XGycre5OX/AAQREikxNDc6Oz1JSl2EjpKp\
sbS6u8bKzs/k5QAEDQ4REikxNDo7RUZJSl5kZYSRm53Jzs8NESk6O0VJV1teX2RljZGptLq7xcnf\
5OXwDRFFSWRlgISyvL6/1dfw8YOFi6Smvr/Fx8/a20iYvc3Gzs9JTk9XWV5fiY6Psba3v8HGx9cR\
FhdbXPb3/v+AbXHe3w4fbm8cHV99fq6v3t9Nu7wWFx4fRkdOT1haXF5+f7XF1NXc8PH1cnOPdHUm\
Li+nr7e/x8/X35oAQJeYMI8fzv9OT1pbBwgPECcv7u9ubzc9P0JFU2d1yMnQ0djZ5/7/ACBfIoLf\
BIJECBsEBhGBrA6AqwUgB4EcAxkIAQQvBDQEBwMBBwYHEQpQDxIHVQcDBBwKCQMIAwcDAgMDAwwE\
BQMLBgEOFQVOBxsHVwcCBRgMUARDAy0DAQQRBg8MOgQdJV8gbQRqJYDIBYKwAxoGgv0DWQcWCRgJ\
FAwUDGoGCgYaBlkHKwVGCiwEDAQBAzELLAQaBgsDgKwGCgZMFID0CDwDDwM+BTgIKwWC/xEYCC8R\
LQMiDiEPgIwEgpoWCxWIlAUvBTsHAg4YCYC+InQMgNYagRAFgOEJ8p4DNwmBXBSAuAiA3RQ8AwoG\
OAhGCAwGdAseA1oEWQmAgxgcChYJTASAigarpAwXBDGhBIHaJgcMBQWCsyAqBkwEgI0EgL4DGwMP\
DQAAsgoQAFUAAAAKAAAAKwAAALIKEABVAAAAGgAAADYAAABhdHRlbXB0IHRvIGRpdmlkZSBieSB6\
ZXJvAAAAAAMAAIMEIACRBWAAXROgABIXIB8MIGAf7yxgKyow4CtvpqAsAqggLR77IC4A/mA2nv+g\
Nv0BITcBCmE3JA0hOKsOoTkvGCE68x4hS0A0oVMeYeFU8GphVU9v4VWdvGFWAM9hV2XRoVcA2iFY\
AOChWa7iIVvs5OFc0OhhXSAA7l7wAX9fLi4weDAxMjM0NTY3ODlBQkNERUZSZWZDZWxsIGFscmVh\
ZHkgbXV0YWJseSBib3Jyb3dlZFJlZkNlbGwgYWxyZWFkeSBib3Jyb3dlZHdUEAB5VBAAe1QQAAIA\
AAACAAAABwBBq7rBAAsBgABB+LrBAAsBZABBhLvBAAsBBACUAQ90YXJnZXRfZmVhdHVyZXMIKw9t\
dXRhYmxlLWdsb2JhbHMrE25vbnRyYXBwaW5nLWZwdG9pbnQrC2J1bGstbWVtb3J5KwhzaWduLWV4\
dCsPcmVmZXJlbmNlLXR5cGVzKwptdWx0aXZhbHVlKw9idWxrLW1lbW9yeS1vcHQrFmNhbGwtaW5k\
aXJlY3Qtb3Zlcmxvbmc=\
';
}
