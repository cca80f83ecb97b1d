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
//   136817 bytes, SHA-256 79a661170690a9530a6da811484c4fe353b8a9e922d30ec56ee0fa287d9ee020
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
ZW5lcmljXzAwMDAwMDAwMDAwMDAwMDIADgO2A7QDBQEABwEDAQABBwMIAgYKAQoBAAQAAQEICQED\
AAEIAAYBAQEBAwEHAAEABgEAAQEGAAMGBgMDBxQMAAYBCgYDBgUIBwAAAAABABUBAAEBAAgJBwcA\
AQEAAwQGBwEGAQgBBwUJAAMDARYGAAkAAAYEBAEGAAcXAAABGAABAAMAAQYAGRobAQAAAQECAQAA\
AAEJAAYCAAoCCAABBgAABAACAQIEAAcAAQEBBAYBAQAAARwdHgcBCAQCAAAEHyAhBgABCAAFAQIC\
BQIEAwYHBgUABwABCQQABQMBAAEDAAcJBwAAAQgAAgABAgUBCwUJAAYHAAUDAQMKAAABBAIBBggH\
BwACAyIFBQMEBAQLAgIDAAAAIwcFAAcDBAQEBAQEAgICAQECAyQNAgIDBAAEAgEAAAAAAgMCAwgA\
AQECAggAAAIBAgAABQMCAwABAwICAwMMDAEDAwMCAwIFAgICAQAABAYBAQcDAwEAAwQABQICAAIB\
AAMDAwQDAwEBBAQCAgUCAgICAgICAgEBAgICAgICAQICAgICBAUDAAAAAAMDAwQFAgICACUAAAIC\
BQUFBAsICAAGJgQLAnABgwGDAW8AhAgFAwEAEQYZA38BQYCAwAALfwBBsLvBAAt/AEHwu8EACwen\
Ag8GbWVtb3J5AgAJY29uZmlndXJlAK0CDGRlY2lkZUZpZWxkcwCuAglmaWVsZEFyZWEAmgINdHJh\
bnNmb3JtQm9keQCMAg9fX2Fib3J0X2hhbmRsZXIDARVfX2luc3RhbmNlX3Rlcm1pbmF0ZWQDAhRf\
X3diaW5kZ2VuX2V4bl9zdG9yZQDkAhdfX2V4dGVybnJlZl90YWJsZV9hbGxvYwBBFV9fd2JpbmRn\
ZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jANIBEl9fd2JpbmRnZW5fcmVhbGxvYwDr\
AQ9fX3diaW5kZ2VuX2ZyZWUA5QIZX19leHRlcm5yZWZfdGFibGVfZGVhbGxvYwCSARBfX3diaW5k\
Z2VuX3N0YXJ0AAYJ6QEBAEEBC4IBOvwC7gKSAmGRAoICsQORA7MD+QJ5JbQDkALRAZADtAOsA6oD\
qwOtA5gDcrUDzQKbA8MCxwGXAuoCiQKcA5kDmgOdA8EBmALrAtcBVbYDWLQD9gJmngNnsgPLAYgB\
B5MBwgHCAYgBiAFpvQFpvQFpaZ8BaWlpiAFraZ0BigFrnQHDAbgBnQHEAZ0BaYsBnQGMAWlruQHF\
AZ0BaWtrugFpgQGZAooCpwKoAgi3A68DiwLPAqoBPYMD+wLhAfoCowPKAv0BVIIBsAPnAuYCzwKx\
AT6EA6UD7QLbAv0CI26mA6cDRwwBcwrs6Qa0A9MlAgl/AX4jAEEQayIIJAACQAJAAkAgAEH1AU8E\
QCAAQcz/e0sEQEEAIQAMBAsgAEELaiIBQXhxIQVBrL/BACgCACIJRQ0CQR8hBiAAQfX//wdPDQEg\
BUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEGDAELAkACQAJAAkACQEGov8EAKAIAIgRBECAAQQtq\
QfgDcSAAQQtJGyIFQQN2IgB2IgFBA3EEQCABQX9zQQFxIABqIgdBA3QiAUGgvcEAaiIAIAFBqL3B\
AGooAgAiAigCCCIDRg0BIAMgADYCDCAAIAM2AggMAgsgBUGwv8EAKAIATQ0GIAENAkGsv8EAKAIA\
IgBFDQYgAGhBAnRBkLzBAGooAgAiASgCBEF4cSAFayEDIAEhAgNAAkAgASgCECIADQAgASgCFCIA\
DQAgAigCGCEGAkACQCACIAIoAgwiAEYEQCACQRRBECACKAIUIgAbaigCACIBDQFBACEADAILIAIo\
AggiASAANgIMIAAgATYCCAwBCyACQRRqIAJBEGogABshBANAIAQhByABIgBBFGogAEEQaiAAKAIU\
IgEbIQQgAEEUQRAgARtqKAIAIgENAAsgB0EANgIACyAGRQ0GAkAgAigCHEECdEGQvMEAaiIBKAIA\
IAJHBEAgAiAGKAIQRwRAIAYgADYCFCAADQIMCQsgBiAANgIQIAANAQwICyABIAA2AgAgAEUNBgsg\
ACAGNgIYIAIoAhAiAQRAIAAgATYCECABIAA2AhgLIAIoAhQiAUUNBiAAIAE2AhQgASAANgIYDAYL\
IAAoAgRBeHEgBWsiASADIAEgA0kiARshAyAAIAIgARshAiAAIQEMAAsAC0Gov8EAIARBfiAHd3E2\
AgALIAJBCGohACACIAFBA3I2AgQgASACaiIBIAEoAgRBAXI2AgQMBQsCQEECIAB0IgJBACACa3Ig\
ASAAdHFoIgdBA3QiAUGgvcEAaiICIAFBqL3BAGooAgAiACgCCCIDRwRAIAMgAjYCDCACIAM2AggM\
AQtBqL/BACAEQX4gB3dxNgIACyAAIAVBA3I2AgQgACAFaiIGIAEgBWsiB0EBcjYCBCAAIAFqIAc2\
AgBBsL/BACgCACICBEBBuL/BACgCACEBAkBBqL/BACgCACIEQQEgAkEDdnQiA3FFBEBBqL/BACAD\
IARyNgIAIAJBeHFBoL3BAGoiAyEEDAELIAJBeHEiAkGgvcEAaiEEIAJBqL3BAGooAgAhAwsgBCAB\
NgIIIAMgATYCDCABIAQ2AgwgASADNgIICyAAQQhqIQBBuL/BACAGNgIAQbC/wQAgBzYCAAwEC0Gs\
v8EAQay/wQAoAgBBfiACKAIcd3E2AgALAkACQCADQRBPBEAgAiAFQQNyNgIEIAIgBWoiByADQQFy\
NgIEIAMgB2ogAzYCAEGwv8EAKAIAIgFFDQFBuL/BACgCACEAAkBBqL/BACgCACIEQQEgAUEDdnQi\
BnFFBEBBqL/BACAEIAZyNgIAIAFBeHFBoL3BAGoiBCEBDAELIAFBeHEiBEGgvcEAaiEBIARBqL3B\
AGooAgAhBAsgASAANgIIIAQgADYCDCAAIAE2AgwgACAENgIIDAELIAIgAyAFaiIAQQNyNgIEIAAg\
AmoiACAAKAIEQQFyNgIEDAELQbi/wQAgBzYCAEGwv8EAIAM2AgALIAJBCGoiAEUNAQwCC0EAIAVr\
IQMCQAJAAkAgBkECdEGQvMEAaigCACICRQRAQQAhAUEAIQAMAQtBACEBIAVBGSAGQQF2a0EAIAZB\
H0cbdCEEQQAhAANAAkAgAigCBEF4cSIHIAVJDQAgByAFayIHIANPDQAgAiEBIAciAw0AQQAhAyAB\
IQAMAwsgAigCFCIHIAAgByACIARBHXZBBHFqKAIQIgJHGyAAIAcbIQAgBEEBdCEEIAINAAsLIAAg\
AXJFBEBBACEBQQIgBnQiAEEAIABrciAJcSIARQ0DIABoQQJ0QZC8wQBqKAIAIQALIABFDQELA0Ag\
AyAAKAIEQXhxIgIgBWsiBCADIAMgBEsiBBsgAiAFSSICGyEDIAEgACABIAQbIAIbIQEgACgCECIC\
BH8gAgUgACgCFAsiAA0ACwsgAUUNACAFQbC/wQAoAgAiAE0gAyAAIAVrT3ENACABKAIYIQYCQAJA\
IAEgASgCDCIARgRAIAFBFEEQIAEoAhQiABtqKAIAIgINAUEAIQAMAgsgASgCCCICIAA2AgwgACAC\
NgIIDAELIAFBFGogAUEQaiAAGyEEA0AgBCEHIAIiAEEUaiAAQRBqIAAoAhQiAhshBCAAQRRBECAC\
G2ooAgAiAg0ACyAHQQA2AgALAkAgBkUNAAJAAkAgASgCHEECdEGQvMEAaiICKAIAIAFHBEAgASAG\
KAIQRwRAIAYgADYCFCAADQIMBAsgBiAANgIQIAANAQwDCyACIAA2AgAgAEUNAQsgACAGNgIYIAEo\
AhAiAgRAIAAgAjYCECACIAA2AhgLIAEoAhQiAkUNASAAIAI2AhQgAiAANgIYDAELQay/wQBBrL/B\
ACgCAEF+IAEoAhx3cTYCAAsCQCADQRBPBEAgASAFQQNyNgIEIAEgBWoiACADQQFyNgIEIAAgA2og\
AzYCACADQYACTwRAIAAgAxA1DAILAkBBqL/BACgCACICQQEgA0EDdnQiBHFFBEBBqL/BACACIARy\
NgIAIANB+AFxQaC9wQBqIgMhAgwBCyADQfgBcSIEQaC9wQBqIQIgBEGovcEAaigCACEDCyACIAA2\
AgggAyAANgIMIAAgAjYCDCAAIAM2AggMAQsgASADIAVqIgBBA3I2AgQgACABaiIAIAAoAgRBAXI2\
AgQLIAFBCGoiAA0BCwJAAkACQAJAAkAgBUGwv8EAKAIAIgFLBEAgBUG0v8EAKAIAIgBPBEAgCEEE\
aiEAAn8gBUGvgARqQYCAfHEiAUEQdiABQf//A3FBAEdqIgFAACIEQX9GBEBBACEBQQAMAQsgAUEQ\
dCICQRBrIAIgBEEQdCIBQQAgAmtGGwshAiAAQQA2AgggACACNgIEIAAgATYCACAIKAIEIgFFBEBB\
ACEADAgLIAgoAgwhB0HAv8EAIAgoAggiBEHAv8EAKAIAaiIANgIAQcS/wQAgAEHEv8EAKAIAIgIg\
ACACSxs2AgACQAJAQby/wQAoAgAiAgRAQZC9wQAhAANAIAEgACgCACIDIAAoAgQiBmpGDQIgACgC\
CCIADQALDAILQcy/wQAoAgAiAEEAIAAgAU0bRQRAQcy/wQAgATYCAAtB0L/BAEH/HzYCAEGcvcEA\
IAc2AgBBlL3BACAENgIAQZC9wQAgATYCAEGsvcEAQaC9wQA2AgBBtL3BAEGovcEANgIAQai9wQBB\
oL3BADYCAEG8vcEAQbC9wQA2AgBBsL3BAEGovcEANgIAQcS9wQBBuL3BADYCAEG4vcEAQbC9wQA2\
AgBBzL3BAEHAvcEANgIAQcC9wQBBuL3BADYCAEHUvcEAQci9wQA2AgBByL3BAEHAvcEANgIAQdy9\
wQBB0L3BADYCAEHQvcEAQci9wQA2AgBB5L3BAEHYvcEANgIAQdi9wQBB0L3BADYCAEHsvcEAQeC9\
wQA2AgBB4L3BAEHYvcEANgIAQei9wQBB4L3BADYCAEH0vcEAQei9wQA2AgBB8L3BAEHovcEANgIA\
Qfy9wQBB8L3BADYCAEH4vcEAQfC9wQA2AgBBhL7BAEH4vcEANgIAQYC+wQBB+L3BADYCAEGMvsEA\
QYC+wQA2AgBBiL7BAEGAvsEANgIAQZS+wQBBiL7BADYCAEGQvsEAQYi+wQA2AgBBnL7BAEGQvsEA\
NgIAQZi+wQBBkL7BADYCAEGkvsEAQZi+wQA2AgBBoL7BAEGYvsEANgIAQay+wQBBoL7BADYCAEG0\
vsEAQai+wQA2AgBBqL7BAEGgvsEANgIAQby+wQBBsL7BADYCAEGwvsEAQai+wQA2AgBBxL7BAEG4\
vsEANgIAQbi+wQBBsL7BADYCAEHMvsEAQcC+wQA2AgBBwL7BAEG4vsEANgIAQdS+wQBByL7BADYC\
AEHIvsEAQcC+wQA2AgBB3L7BAEHQvsEANgIAQdC+wQBByL7BADYCAEHkvsEAQdi+wQA2AgBB2L7B\
AEHQvsEANgIAQey+wQBB4L7BADYCAEHgvsEAQdi+wQA2AgBB9L7BAEHovsEANgIAQei+wQBB4L7B\
ADYCAEH8vsEAQfC+wQA2AgBB8L7BAEHovsEANgIAQYS/wQBB+L7BADYCAEH4vsEAQfC+wQA2AgBB\
jL/BAEGAv8EANgIAQYC/wQBB+L7BADYCAEGUv8EAQYi/wQA2AgBBiL/BAEGAv8EANgIAQZy/wQBB\
kL/BADYCAEGQv8EAQYi/wQA2AgBBpL/BAEGYv8EANgIAQZi/wQBBkL/BADYCAEG8v8EAIAFBD2pB\
eHEiAEEIayICNgIAQaC/wQBBmL/BADYCAEG0v8EAIARBKGsiBCABIABrakEIaiIANgIAIAIgAEEB\
cjYCBCABIARqQSg2AgRByL/BAEGAgIABNgIADAgLIAIgA0kgASACTXINACAAKAIMIgNBAXENACAD\
QQF2IAdGDQMLQcy/wQBBzL/BACgCACIAIAEgACABSRs2AgAgASAEaiEDQZC9wQAhAAJAAkADQCAD\
IAAoAgAiBkcEQCAAKAIIIgANAQwCCwsgACgCDCIDQQFxDQAgA0EBdiAHRg0BC0GQvcEAIQADQAJA\
IAIgACgCACIDTwRAIAIgAyAAKAIEaiIGSQ0BCyAAKAIIIQAMAQsLQby/wQAgAUEPakF4cSIAQQhr\
IgM2AgBBtL/BACAEQShrIgkgASAAa2pBCGoiADYCACADIABBAXI2AgQgASAJakEoNgIEQci/wQBB\
gICAATYCACACIAZBIGtBeHFBCGsiACAAIAJBEGpJGyIDQRs2AgRBkL3BACkCACEKIANBEGpBmL3B\
ACkCADcCACADQQhqIgAgCjcCAEGcvcEAIAc2AgBBlL3BACAENgIAQZC9wQAgATYCAEGYvcEAIAA2\
AgAgA0EcaiEAA0AgAEEHNgIAIABBBGoiACAGSQ0ACyACIANGDQcgAyADKAIEQX5xNgIEIAIgAyAC\
ayIAQQFyNgIEIAMgADYCACAAQYACTwRAIAIgABA1DAgLAkBBqL/BACgCACIBQQEgAEEDdnQiBHFF\
BEBBqL/BACABIARyNgIAIABB+AFxQaC9wQBqIgAhAQwBCyAAQfgBcSIAQaC9wQBqIQEgAEGovcEA\
aigCACEACyABIAI2AgggACACNgIMIAIgATYCDCACIAA2AggMBwsgACABNgIAIAAgACgCBCAEajYC\
BCABQQ9qQXhxQQhrIgQgBUEDcjYCBCAGQQ9qQXhxQQhrIgMgBCAFaiIAayEFIANBvL/BACgCAEYN\
AyADQbi/wQAoAgBGDQQgAygCBCICQQNxQQFGBEAgAyACQXhxIgEQMCABIAVqIQUgASADaiIDKAIE\
IQILIAMgAkF+cTYCBCAAIAVBAXI2AgQgACAFaiAFNgIAIAVBgAJPBEAgACAFEDUMBgsCQEGov8EA\
KAIAIgFBASAFQQN2dCICcUUEQEGov8EAIAEgAnI2AgAgBUH4AXFBoL3BAGoiBSEDDAELIAVB+AFx\
IgFBoL3BAGohAyABQai9wQBqKAIAIQULIAMgADYCCCAFIAA2AgwgACADNgIMIAAgBTYCCAwFC0G0\
v8EAIAAgBWsiATYCAEG8v8EAQby/wQAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQg\
AEEIaiEADAYLQbi/wQAoAgAhAAJAIAEgBWsiAkEPTQRAQbi/wQBBADYCAEGwv8EAQQA2AgAgACAB\
QQNyNgIEIAAgAWoiASABKAIEQQFyNgIEDAELQbC/wQAgAjYCAEG4v8EAIAAgBWoiBDYCACAEIAJB\
AXI2AgQgACABaiACNgIAIAAgBUEDcjYCBAsgAEEIaiEADAULIAAgBCAGajYCBEG8v8EAQby/wQAo\
AgAiAEEPakF4cSIBQQhrIgI2AgBBtL/BAEG0v8EAKAIAIARqIgQgACABa2pBCGoiATYCACACIAFB\
AXI2AgQgACAEakEoNgIEQci/wQBBgICAATYCAAwDC0G8v8EAIAA2AgBBtL/BAEG0v8EAKAIAIAVq\
IgE2AgAgACABQQFyNgIEDAELQbi/wQAgADYCAEGwv8EAQbC/wQAoAgAgBWoiATYCACAAIAFBAXI2\
AgQgACABaiABNgIACyAEQQhqIQAMAQtBACEAQbS/wQAoAgAiASAFTQ0AQbS/wQAgASAFayIBNgIA\
Qby/wQBBvL/BACgCACIAIAVqIgI2AgAgAiABQQFyNgIEIAAgBUEDcjYCBCAAQQhqIQALIAhBEGok\
ACAAC+8dAh1/An4jAEHgA2siAyQAIANBDGpBAEHAAPwLACABIAJBBnRqIRggACgCHCEPIAAoAhgh\
ECAAKAIUIREgACgCECESIAAoAgwhEyAAKAIIIRQgACgCBCEVIAAoAgAhFgNAIAEgGEcEQCADQoCA\
gIDAADcCWCADIAE2AkwgA0HAADYCUCADIAFBQGsiGTYCVCADQcwAaiICKAIQIgdFBEBB+JzBABCG\
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
IAMgBUEMaiIINgIMIAMgBUEIaigCADYCCCADIAVBBGooAgAiBTYCBCADQQRqQZyLwQBBDBClAQRA\
IAhBEGohBQwCBSAGIAMpAgg3AgQgBiAFNgIADAMLAAsLIAZBADYCAAsgA0EQaiQAAkAgAigCICII\
BEAgAiACKAIkIgo2AiwgAiAINgIoIAJB/IvBADYCJCACQaSLwQA2AiAgCCAKQfiGwQBBDRAmIQEg\
AkENNgK0AiACQfiGwQA2ArACIAIgATYCrAIgBigCACEHIAYoAgQhASAGKAIIIQ0gBigCDCEOIwBB\
IGsiBSQAIAEgB0cEQCABIAdrQQN2IQsgBUEUaiEBA0AgBSAEKAIINgIQIAUgBCkCADcDCCANIA4g\
BygCACIDIAdBBGooAgAiCRAmIQwgBSAJNgIcIAUgAzYCGCAFIAw2AhQgBCAFQQhqIgMgAQJ/IAMo\
AgAiCSABKAIAIgxHBEAgCSAMSyAJIAxJawwBCyADQQRqIAFBBGoQ1wILwEEATBsiAygCCDYCCCAE\
IAMpAgA3AgAgB0EIaiEHIAtBAWsiCw0ACwsgAkHwAWoiASAEKAIINgIIIAEgBCkCADcCACAFQSBq\
JAACQAJAIAIoAvQBIgNFDQAgAigC8AEgAigC+AEiBUEBdksNACAGIAMgBRApIAJBAzYCsAIgAiAG\
NgKsAiABQd+ewAAgBBCqAgwBCyACQSBqIgZBnIvBAEEMEBEgAkEDNgKwAiACIAY2AqwCIAJB8AFq\
QYyIwAAgAkGsAmoQqgILIAYQigMgAkGsAmoiASAIIAoQKSACQQM2AiwgAkEDNgIkIAIgAkHwAWoi\
AzYCKCACIAE2AiAgAkGUAmpBwIjAACACQSBqEKoCIAEQigMgAxCKAyAAQoCAgIAINwIAIAAgAikC\
jAI3AgggACACKQKUAjcCECAAIAIoApwCNgIYIABBAToAHAwBCyACQSBqIAFBnIjBABCHASACIAIp\
AiQ3A/ABIAIgAigCLDYC+AECQAJAIAIoAiAiBUECRwRAIAIgAigCODYCxAIgAiACKQIwNwK8AiAC\
IAIpA/ABNwKwAiACIAIoAvgBNgK4AgwBCyACIAIpA/ABNwPQAiACIAIoAvgBIgM2AtgCIAJBGGog\
AigC1AIgAxBQIAIgAigCGCIDIAIoAhwiBmo2AuwCIAIgAzYC6AIDQCACQegCahD0ASIEQSBrQd8A\
SQ0ACyAEQYCAxABGDQEgAkETQRUgBEGAAUkiARs2AvgCIAJBzYjBAEG4iMEAIAEbNgL0AiACQQI2\
AjQgAkHwhsEANgIwIAJBAjYCLCACQQI2AiQgAkGIh8EANgIgIAIgAkH0Amo2AiggAkH4AWpB45zA\
ACACQSBqEKoCIAJBAToAxAIgAiACKQLwATcCsAIgAiACKQL4ATcCuAIgAiACKAKAAjYCwAIgAkHQ\
AmoQigNBACEFCyAAIAIpArwCNwIUIAAgAigCxAI2AhwgAiACKQKwAiIPNwOAAyACIAIoArgCIgE2\
AogDIAAgATYCECAAIA83AgggACAFNgIEIABBgICAgHg2AgAMAQsgAkGwAmogAyAGEJcBIAJB0AJq\
EIoDIAIgAigCuAIiAzYCiAMgAiACKQKwAiIPNwOAAyACIAM2AmggAiAPNwNgIAJBrAJqIAFB/IvB\
ABArIAIoArQCIQMgAigCsAIhBCACKAKsAiIGQQJHBEAgACACKQLAAjcCGCAAIAIpArgCNwIQIAAg\
AzYCDCAAIAQ2AgggACAGNgIEIABBgICAgHg2AgAgAkHgAGoQigMMAQsCf0EBIAQgA0HIicEAQQ0Q\
vwINABpBAiAEIANB1YnBAEEIEL8CDQAaQQNBACAEIANB3YnBAEEMEL8CGwshCiACQawCaiABQZiM\
wQAQKyACKAK0AiEDIAIoArACIQQgAigCrAIiBkECRwRAIAAgAikCwAI3AhggACACKQK4AjcCECAA\
IAM2AgwgACAENgIIIAAgBjYCBCAAQYCAgIB4NgIAIAJB4ABqEIoDDAELQQEhBiAEIANBkaTAAEEF\
EL8CRQRAQQJBACAEIANBlqTAAEEJEL8CGyEGCyACQawCaiABQbSMwQAQLCACIAIpArACNwOAASAC\
IAIoArgCNgKIASACKAKsAiIDQQJHBEAgACACKALEAjYCHCAAIAIpArwCNwIUIAAgAigCiAE2AhAg\
ACACKQOAATcCCCAAIAM2AgQgAEGAgICAeDYCACACQeAAahCKAwwBCyACIAIpA4ABNwNwIAIgAigC\
iAE2AnggAkGsAmogAUHQjMEAECwgAiACKQKwAjcDoAEgAiACKAK4AjYCqAEgAigCrAIiA0ECRwRA\
IAAgAigCxAI2AhwgACACKQK8AjcCFCAAIAIoAqgBNgIQIAAgAikDoAE3AgggACADNgIEIABBgICA\
gHg2AgAgAkHwAGoQlQMgAkHgAGoQigMMAQsgAiACKQOgATcDkAEgAiACKAKoATYCmAEgAkGsAmog\
AUHsjMEAECwgAiACKQKwAjcDwAEgAiACKAK4AjYCyAEgAigCrAIiA0ECRwRAIAAgAigCxAI2Ahwg\
ACACKQK8AjcCFCAAIAIoAsgBNgIQIAAgAikDwAE3AgggACADNgIEIABBgICAgHg2AgAgAkGQAWoQ\
lQMgAkHwAGoQlQMgAkHgAGoQigMMAQsgAiACKQPAATcDsAEgAiACKALIATYCuAEgAkGsAmogAUGI\
jcEAEK4BIAItALACIQcgAigCrAIiA0ECRwRAIAAgAikAwAI3ABggACACKQC5AjcAESAAIAIpALEC\
NwAJIAAgBzoACCAAIAM2AgQgAEGAgICAeDYCACACQbABahCVAyACQZABahCVAyACQfAAahCVAyAC\
QeAAahCKAwwBCyACQawCaiABQaSNwQAQKyACKAK0AiEDIAIoArACIQQgAigCrAIiBUECRwRAIAAg\
AikCwAI3AhggACACKQK4AjcCECAAIAM2AgwgACAENgIIIAAgBTYCBCAAQYCAgIB4NgIAIAJBsAFq\
EJUDIAJBkAFqEJUDIAJB8ABqEJUDIAJB4ABqEIoDDAELIAQgA0GRpMAAQQUQvwIhCyACQawCaiAB\
QcCNwQAQhwEgAiACKQKwAjcD0AIgAiACKAK4AjYC2AICQAJAAkAgAigCrAIiA0ECRwRAIAIgAigC\
xAI2AogCIAIgAikCvAI3AoACIAIgAikD0AI3AvQBIAIgAigC2AI2AvwBDAELIAIgAikD0AI3A6AC\
IAIgAigC2AIiAzYCqAIgAkEQaiACKAKkAiADEFAgAiACKAIQIgMgAigCFCIFajYCzAIgAiADNgLI\
AgJ/AkADQCACQcgCahD0ASIEQYCAxABGDQEgBEEuRiAEQd8ARnIgBEEwa0EKSSAEQd///wBxQcEA\
a0EaSXJyDQALIAJB6AJqIgggAyAFECkgAkEANgKsAiACQQhqIAQgAkGsAmoiBRDIASACQYADaiIJ\
IAIoAgggAigCDBCXASACQfQCaiIDIAIoAoQDIAIoAogDECkgAkEDNgLAAiACQQM2ArgCIAJBAjYC\
sAIgAkHMjcEANgKsAiACIAM2ArwCIAIgCDYCtAIgAkHYAmpB8Z7AACAFEKoCIAMQigMgCRCKAyAI\
EIoDIAJBADYC8AEgAkEBOgCIAiACIAIpAtACNwL0ASACIAIpAtgCNwL8ASACIAIoAuACNgKEAkEA\
DAELIAJB9AFqIAMgBRCXAUECCyEDIAJBoAJqEIoDIARBgIDEAEYNAQsgACACKQKAAjcCFCAAIAIo\
AogCNgIcIAIgAigC/AEiATYC6AEgAiACKQL0ASIPNwPgASAAIAE2AhAgACAPNwIIIAAgAzYCBCAA\
QYCAgIB4NgIADAELIAIgAigC/AEiAzYC6AEgAiACKQL0ASIPNwPgASACIA83A9ABIAIgAzYC2AEg\
AkGsAmogAUHcjcEAEK4BIAItALACIQMCQCACKAKsAiIFQQJHBEAgACACKQDAAjcAGCAAIAIpALkC\
NwARIAAgAikAsQI3AAkMAQsgAkGsAmogAUH4jcEAEK4BIAItALACIQQgAigCrAIiBUECRwRAIAAg\
AikAwAI3ABggACACKQC5AjcAESAAIAIpALECNwAJIAQhAwwBCyACQawCaiABQZSOwQAQrgEgAi0A\
sAIhASACKAKsAiIFQQJHBEAgACACKQDAAjcAGCAAIAIpALkCNwARIAAgAikAsQI3AAkgASEDDAEL\
IAIgAikDYDcDICACIAIoAmg2AiggAiACKQNwNwIsIAIgAigCeDYCNCACIAIpA5ABNwM4IAIgAigC\
mAE2AkAgAiACKQOwATcCRCACIAIoArgBNgJMIAIgAigC2AE2AlggAiACKQPQATcDUCAAIAJBIGpB\
PPwKAAAgACAKOgBCIAAgBjoAQSAAIAE6AEAgACAEOgA/IAAgAzoAPiAAIAs6AD0gACAHOgA8DAIL\
IAAgAzoACCAAIAU2AgQgAEGAgICAeDYCACACQdABahCKAwsgAkGwAWoQlQMgAkGQAWoQlQMgAkHw\
AGoQlQMgAkHgAGoQigMLIAJBkANqJAALskMCGX8BfiMAQZADayIFJAAgBUGIAmohCSABKAIEIRAg\
ASgCCCEPIAIoAhAhDiACKAIUIQggAigCHCEHIAIoAiAhCiMAQTBrIgYkAAJAAkAgCARAIAhBDGwh\
CANAIAhFDQIgCEEMayEIIA4oAgghCyAOKAIEIA5BDGohDiALIBAgDxBKRQ0ACwsgCkEMbCEOAkAD\
QCAORQ0BIA5BDGshDiAHKAIIIQggBygCBCEKIAdBDGohByAKIAggECAPEEpFDQALIAZBCGoiDiAQ\
IA8QKSAGQRRqIgcgCiAIECkgBkEDNgIsIAZBAzYCJCAGIAc2AiggBiAONgIgIAlB6oXAACAGQSBq\
EKoCIAcQigMgDhCKAwwCCyAJQYCAgIB4NgIADAELIAZBIGoiDiAQIA8QKSAGQQM2AhggBiAONgIU\
IAlBnIvAACAGQRRqEKoCIA4QigMLIAZBMGokAAJAIAUoAogCQYCAgIB4RwRAIAAgBSgCkAI2Ahgg\
ACAFKQKIAjcCECAAQQE6ABwgAEIENwIIIABCADcCAAwBCyAFQRhqIQwjAEEwayIIJAAgCEGvhcEA\
NgIMIAhBrIXBADYCCCAIIAEoAgwiBjYCGCAIIAEoAhAiDjYCFCAIIAY2AhAgCCAGIA5qNgIcIAhB\
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
AkACQAJAAkACQCAFKAIYQYCAgIB4Rw0AIAItAEFBAWsOAgIAAQsgBUGEA2ohBiMAQSBrIgEkACAB\
QRBqIgggDigCIEEBIA4oAiQoAgwRAQACQCABLQAQIgdBA0cEQCAGQYCAgIB4NgIAIAdBBkYNASAI\
EO0BDAELIAFBCGogASgCGCABKAIcEFAgASgCDEUEQCAGQYCAgIB4NgIAIAFBFGoQigMMAQsgBiAB\
KAIcNgIIIAYgASkCFDcCAAsgAUEgaiQAIAUoAoQDQYCAgIB4Rg0CIAUgBSkChAM3A5ABIAUgBSgC\
jAMiBzYCmAEgBUGIAmohCSAFKAKUASEKIwBBIGsiCCQAAkACQCAHQdUATQRAIAggCjYCDCAIIAcg\
Cmo2AhAgCEEMaiILKAIAIQEgCygCBCEMA0AgDCABIgZHBEAgCyABQQFqIgE2AgAgBi0AAEH/AGtB\
/wFxQaEBSw0BCwsgBiAMRg0BCyAIQQxqIgEgCiAHEIMBIAhBAzYCHCAIIAE2AhggCUGNgcAAIAhB\
GGoQqgIgARCKAwwBCyAJIAogBxCXAQsgCUEANgIUIAlCgICAgBA3AgwgCEEgaiQAIAVBkAFqEIoD\
DAMLIABBEGogDkGvhcEAQQkQOyAAQQA6ABwgAEIENwIIIABCADcCAAwICyAFQZACaiAOQbiFwQBB\
ChA7IABCATcCACAAQQI6ABwgACAFKQKIAjcCCCAAIAUpApACNwIQIAAgBSgCmAI2AhgMBwsgAyAE\
KAIMEQUAIgZFDQEjAEGQAmsiASQAIAFBMGpBAEHBAPwLACABQgA3AyggAUHQl8EAKQMANwMgIAFB\
yJfBACkDADcDGCABQcCXwQApAwA3AxAgAUG4l8EAKQMANwMIIAFBCGoiCEGks8AAIAZBARAzIAFB\
mAFqIgYgCEHwAPwKAAAgAUH4AGoiCCAGEB0gBiAIEFwgAUEDNgKMAiABIAY2AogCIAVBiAJqIghB\
yoPAACABQYgCahCqAiAGEIoDIAhBADYCFCAIQoCAgIAQNwIMIAFBkAJqJAALIAVBKGohBiAFQYgC\
aiEHIAIoAjQhCCACKAI4IQkjAEEwayIBJAACQCAIIAggCWoQvAJBGU8EQCABQRxqIgogCCAJEIMB\
IwBBEGsiCCQAIAhBCGpBECAKKAIEIAooAghB8KnAABC7ASAIKAIMIQkgASAIKAIINgIAIAEgCTYC\
BCAIQRBqJAAgASABKQMANwIUIAFBAjYCLCABIAFBFGo2AiggAUEIakGNgcAAIAFBKGoQqgIgChCK\
AwwBCyABQQhqIAggCRCXAQsgBiABKQIINwIMIAYgASgCEDYCFCAGIAcoAgg2AgggBiAHKQIANwIA\
IAdBDGoQigMgAUEwaiQAIAIoAigiCiEHIAIoAiwiCyAOKAIgIRQgDigCJCIZIQkjAEEwayIIJABB\
DGwhBiAJKAIQIQwDQCAGIgEEQCAIQQhqIgYgBygCBCINIAcoAggiExDBAiAIIAYQUSABQQxrIQYg\
B0EMaiEHIBQgCCgCACIJIA0gCRsgCCgCBCATIAkbIAwRBABFDQELCyAIQTBqJAAgAUEARyEIQQIh\
BwJAIAItAEIiGkEDRw0AIA4oAhQiAUUNACABLQAkIQcLAkAgBSgCGEGAgICAeEYNACACLQA8IA4t\
ABwCf0EAIAItAD9BAUcNABpBACAOKAIYIglFDQAaIAktACILIRJxIRsgAi0APkEBRw0AIA4tAB0h\
FQtBASEGIAggB0ECR3JFBEBBASETQQAhAUEAIBIgAi0AQCIGciAVckEBcUUNBBoLIAMgBCgCDBEF\
ACIBBEBBACETIAgNAgwDCyAAQoCAgICAgICAgH83AgAMBAsgAEKAgICAgICAgIB/NwIADAQLIwBB\
QGoiBCQAIAtBDGwhCANAIAgEQCAEQRhqIgsgCigCBCAKKAIIEMECIARBDGohCSMAQdAAayIDJAAg\
A0EQaiALEFECQCADKAIQIg0EQCADKAIUIREgA0EIakEEQQRBCBCyASADKAIIIRYgAygCDCIMIBE2\
AgQgDCANNgIAIANBATYCJCADIAw2AiAgAyAWNgIcIANBKGoiESALQSj8CgAAIANBHGohCyMAQRBr\
IgwkAANAAkAgDEEIaiAREFEgDCgCCCIWRQ0AIAwoAgwhFyALKAIIIg0gCygCAEYEQCALQQEQugIL\
IAsoAgQgDUEDdGoiGCAXNgIEIBggFjYCACALIA1BAWo2AggMAQsLIAxBEGokACAJIAMoAiQ2Aggg\
CSADKQIcNwIADAELIAlBADYCCCAJQoCAgIDAADcCAAsgA0HQAGokACABIAQoAhAgBCgCFBCoASAI\
QQxrIQggCkEMaiEKIAkQiQMMAQsLIARBQGskAAsgBgshFyAFQUBrIQkjAEEQayIIJAAgCCAOKAIg\
QQIgDigCJCgCDBEBAAJAAkACQAJAIAgtAAAiBEEDRgRAIAgoAgghBCAIKAIMIRFBACELQQAhBiMA\
QeAAayIDJAAgA0EANgJcIAMgETYCWCADIAQ2AlQgA0HIAGogA0HUAGoiBEEEEIABAkAgAygCSEEB\
cUUNACADKAJMIQwgBEEtEN8BRQ0AIANBQGsgBEECEIABIAMoAkBBAXFFDQAgAygCRCEKIARBLRDf\
AUUNACADQThqIARBAhCAASADKAI4QQFxRSAKQQFrQQtLcg0AIAMoAjwiDUUNAEEfIQQCQCAKQQtL\
DQBBASAKdEHQFHFFBEAgCkECRw0BIAxBA3FFBEBBHSEEIAxBkANwRSAMQeQAcHINAgtBHCEEDAEL\
QR4hBAsgBCANSQ0AIANBMGogA0HUAGoiBBDAASADLQAwRQ0AIAMtADEiCkEgRiAKQfQARnJFIApB\
1ABHcQ0AIANBKGogBEECEIABIAMoAihBAXFFDQAgAygCLCAEQToQ3wFFDQAgA0EgaiAEQQIQgAEg\
AygCIEEBcUUNACADKAIkIRwCQCADKAJcIgogAygCWE8NACADKAJUIApqLQAAQTpHDQAgAyAKQQFq\
NgJcIANBGGogBEECEIABIAMoAhhBAXFFDQEgAygCHCEGIAMoAlwiCiADKAJYIgxPDQAgAygCVCIW\
IApqLQAAQS5HDQAgCkEBaiINIQQgAwJ/A0AgDCAEIAxGDQEaIAQgFmogBEEBaiEELQAAQTBrQf8B\
cUEKSQ0ACyAEQQFrCyIENgJcIAQgCk0gBCAMS3JFBEAgBCANRg0CIAQgDWtBAk0NASAEIAprQQRr\
IQQgDSAWakEDaiEKA0AgBEUNAiAEQQFrIQQgCi0AACAKQQFqIQpBMEYNAAsMAgsgDSAEIAxB1I7B\
ABA4AAtBF0sgHEE7S3IgBkE7S3INACADQRBqIANB1ABqEMABIAMtABBFDQACQAJAAkAgAy0AESIE\
QStrDgMBAwEACyAEQfoARg0BIARB2gBHDQIMAQsgA0EIaiADQdQAakECEIABIAMoAghBAXFFDQEg\
AygCDCEGAkAgAygCXCIEIAMoAlhPDQAgAygCVCAEai0AAEE6Rw0AIAMgBEEBajYCXAsgAyADQdQA\
akECEIABIAMoAgBBAXFFIAZBF0tyDQEgAygCBEE8Tw0BCyADKAJcIBFGIQsLIANB4ABqJAAgCw0B\
IAgtAAAhBAsgCUGAgICAeDYCACAEQQNrDgQCAQEDAQsgCSAIKAIMNgIIIAkgCCkCBDcCACAILQAA\
QQNrDgQCAAACAAsgCBDtAQwBCyAIQQRqEIoDCyAIQRBqJAAgBSAJNgJUIAUgBUEoajYCUCAFIAVB\
GGo2AkwgBSAOQQxqNgJcIAUgAjYCWAJ/IAUoAhhBgICAgHhGBEBBAiEEQQAMAQtBAUECIAUtACQi\
A0EBRhtBACADGyEEQQAgEw0AGgJ/QQAhAwJAAkACQEEBQQIgBUEYai0ADCIGQQFGG0EAIAYbDgMB\
AAIACyABQbinwABBCBB3IgZFDQEgBkEEakEAIAYtAABBBUYbDAILIAEhAwsgAwsLIQgCQCABQQAg\
EiAVckEBcRtFBEAgBUEANgJoIAVCgICAgMAANwJgDAELIAUoAkRBACAFKAJAQYCAgIB4RxshCiAF\
KAJIIQsjAEEwayIDJAAgA0EANgIcIANCgICAgMAANwIUIANBCGogARB+IAMoAggiBgRAIANBIGoi\
CSAGIAMoAgwQ0gIgA0EUakHIycAAQQQgCRB2CyAFQeAAaiEJQVAhBgNAIAYEQCABIAZB/P3AAGoo\
AgAgBkGA/sAAaigCABB4IgwEQCADQSBqIg0gDBB0IANBFGogBkH0/cAAaigCACAGQfj9wABqKAIA\
IA0QdgsgBkEQaiEGDAELCwJAAkAgA0EUaiIGQcjJwABBBBDyAg0AIAZBoP3AAEESEPICDQAgCUEA\
NgIIIAlCgICAgMAANwIAIAYQkwMMAQsgCgRAIANBIGoiBiAKIAsQ0gIgA0EUakH0/cAAQQ4gBhB2\
CyAJIAMoAhw2AgggCSADKQIUNwIACyADQTBqJAALIAVBEGpBA0EEQegAELIBIAVBADYCdCAFIAUp\
AxA3AmwCQCAbQQFzQQFxRSAEQQJHcUUEQCAFQQA2AoABIAVCgICAgMAANwJ4DAELIAUgBDoAkAEg\
BSACNgKcAiAFIBk2ApQCIAUgFDYCkAIgBUHshcEANgKMAiAFQcSFwQA2AogCIAUgBUGQAWo2ApgC\
IAVB+ABqIQkjAEFAaiIDJAAgA0EQaiAFQYgCaiIGEO4BAkAgAygCECILBEAgAygCFCEMIANBCGpB\
BEEEQQgQsgEgAygCCCENIAMoAgwiCiAMNgIEIAogCzYCACADQQE2AiQgAyAKNgIgIAMgDTYCHCAD\
IAYpAhA3AzggAyAGKQIINwMwIAMgBikCADcDKCADQRxqIQYgA0EoaiEMIwBBEGsiCiQAA0ACQCAK\
QQhqIAwQ7gEgCigCCCINRQ0AIAooAgwhFCAGKAIIIgsgBigCAEYEQCAGQQEQugILIAYoAgQgC0ED\
dGoiESAUNgIEIBEgDTYCACAGIAtBAWo2AggMAQsLIApBEGokACAJIAMoAiQ2AgggCSADKQIcNwIA\
DAELIAlBADYCCCAJQoCAgIDAADcCAAsgA0FAayQACwJ/AkACQCASQQFxBEAgBSgCgAEhAwwBCyAF\
KAKAASEDIAItAEBFBEBBASADRSAEQQJGcg0DGiAFQagCaiAFQcwAakEBEEQgBSAEOgCYAiAFQQE2\
AogCIAUgBSgCgAE2ApQCIAUgBSkCeDcCjAIgBUHsAGogBUGIAmoQ/wFBAAwDCyADRQ0BCwJAIAhB\
ACADG0UEQCAFQQA2AowDIAVCgICAgMAANwKEAwwBCyAFQYQDaiAFKAJ8IAMgCBDVAQsgBSgCaEEc\
bCEDIAUoAmQhBANAIAMEQCAEKAIIIQYgBCgCBCEJIAVBiAJqIgogBEEMahB0IAVBhANqIAkgBiAK\
EHYgA0EcayEDIARBHGohBAwBCwsgBSgCjAMEQCAFQagCaiAFQcwAakEBEEQgBSAFKAKMAzYCmAEg\
BSAFKQKEAzcDkAEgBUGQAmogBUHYAGogBUGQAWoQkAEgBUKBgICAkICAgIB/NwKIAiAFQewAaiAF\
QYgCahD/AQwBCyAFQYQDahCTAwtBAQshDAJAIBUgBSgCGEGAgICAeEdxRQ0AAkACQCAIRQ0AIAVB\
iAJqQfD8wABBBiAIENUBIAUoAogCQYCAgIB4Rg0AIAUgBSgCkAI2AoACIAUgBSkCiAI3A/gBDAEL\
IAVBADYCgAIgBUKAgICAwAA3A/gBCyAFKAJoQRxsIQMgBSgCZCEEA0AgAwRAIAQoAgghBiAEKAIE\
IQkgBUGIAmoiCiAEQQxqEHQgBUH4AWogCSAGIAoQdiADQRxrIQMgBEEcaiEEDAELCyAFKAKAAgRA\
IAVBqAJqIAVBzABqQQIQRCAFQYQDaiAFQRhqEKsBIAUgBSgCgAI2ApgBIAUgBSkD+AE3A5ABIAVB\
kAJqIAVB2ABqIAVBkAFqEJABIAVCgoCAgJCAgICAfzcCiAIgBSAFKQKEAzcCnAIgBSAFKAKMAzYC\
pAIgBUHsAGogBUGIAmoQ/wEMAQsgBUH4AWoQkwMLQYKAgIB4IQQgEyABQQAgF0EBcRsiA0VyRQRA\
IAVBhANqIAEQTwJAIAdBAkYNACAFQZABaiEGIAggAyAIGyABIAdBAXEiBBshAyMAQTBrIgEkACAB\
QQA2AhwgAUKAgICAwAA3AhQCQCAEBEAgA0GU/MAAQQEQeCIDRQ0BIAFBIGoiBCADEHQgAUEUakGc\
/MAAQQwgBBB2DAELIANB1PvAAEEBEHgiBARAIAFBIGoiCCAEEHQgAUEUakHc+8AAQRAgCBB2CwJA\
IANB7PvAAEEBEHgiBEUEQCADQaj8wABBARB4IgRFDQELIAFBIGoiCCAEEHQgAUEUakH0+8AAQQ4g\
CBB2CyABQQhqIAMQfiABKAIIIgNFDQAgAUEgaiIEIAMgASgCDBDSAiABQRRqQYL8wABBDyAEEHYL\
IAYgASgCHDYCCCAGIAEpAhQ3AgAgAUEwaiQAIAUoApgBQRxsIQMgBSgClAEiBEEMaiESA0ACQAJA\
IAMEQCAFQYQDaiAEKAIEIgEgBCgCCCIGEPICRQ0BDAILIAVBkAFqEJMDDAMLIAVBiAJqIgggEhB0\
IAVBhANqIAEgBiAIEHYLIARBHGohBCADQRxrIQMgEkEcaiESDAALAAsgBSAFKAKMAzYCkAIgBSAF\
KQKEAzcDiAIgBUGEAWogBUHYAGogBUGIAmoQkAFBgYCAgHghBAsgBUGwAWogBUHMAGpBABBEIAVB\
pAFqIRIjAEEgayIJJAACQAJAAkACQAJAIBpBAWsOAwMAAQILIBIgECAPEJcBDAMLIAlBCGogECAP\
EC4gCSgCECIBRQ0BIAEtACRBAkYNASASIAEoAhQgASgCGBCXAQwCCyAJQS46AB4gCUHfADoAHyAJ\
IBA2AgggCSAPIBBqNgIMIAkgCUEfajYCFCAJIAlBHmo2AhAjAEEgayIBJAAgAUEIaiAJQQhqIgMo\
AgQgAygCAGtBAUEBELIBIAFBADYCHCABIAEpAwg3AhQjAEEQayIGJAAgAUEUaiIIIAMoAgQgAygC\
AGsQtwIgCCkCBCEeIAYgCEEIajYCBCAGIB5CIIk3AgggBkEEaiIQKAIEIQggECgCACADKAIAIgcg\
AygCBCIKRwRAIBAoAgghECADKAIMIRUgAygCCCELIAogB2shAwNAIAggEGogBy0AACIKIAstAABG\
BH8gFS0AAAUgCgs6AAAgB0EBaiEHIAhBAWohCCADQQFrIgMNAAsLIAg2AgAgBkEQaiQAIBIgASgC\
HDYCCCASIAEpAhQ3AgAgAUEgaiQADAELIwBB4ABrIgckACAHQRhqIA9BCGoQ+QEgB0EBOwFAIAdB\
ADYCPCAHIA8gEGo2AjggByAQNgI0IAcgDzYCMCAHIBA2AiwgByAPNgIoIAdBADYCJCAHQTRqIRMD\
QCAHKAIsIQMCQAJ/AkADQCAHKAI0IQYgBygCOCEIIAdBEGogExCEASAHKAIUIgFBgIDEAEYNASAB\
Qf8ASyABQTprQXVLciABQd8AcUHbAGtBZUtyDQALIAcoAiQhASAHIAcoAjQgBygCECIQIAggBmtq\
aiAHKAI4azYCJCAQIAFrIRUgASADagwBCyAHLQBBDQEgB0EBOgBBIActAEBFIAcoAigiAyAHKAIk\
IgFGcQ0BIAMgAWshFSAHKAIsIAFqCyEQQQAhBiAHQQA2AkwgByAQNgJEIAcgECAVajYCSCAHQdQA\
aiEIIwBBMGsiASQAIAFBCGogB0HEAGoiAxCEAQJAIAEoAgwiCkGAgMQARwRAIAEoAgghCyABQQMg\
AygCBCADKAIAayIPQQJ2IA9BA3FBAEdqIg8gD0EDTRtBAWpBBEEIELIBIAEoAgAhDSABKAIEIg8g\
CjYCBCAPIAs2AgAgAUEBNgIcIAEgDzYCGCABIA02AhQgASADKAIINgIoIAEgAykCADcDICABQRRq\
IQMgAUEgaiEKIwBBEGsiDyQAA0ACQCAPQQhqIAoQhAEgDygCDCINQYCAxABGDQAgDygCCCEUIAMo\
AggiCyADKAIARgRAIAMgCigCBCAKKAIAayIRQQJ2IBFBA3FBAEdqQQFqELoCCyADKAIEIAtBA3Rq\
IhEgDTYCBCARIBQ2AgAgAyALQQFqNgIIDAELCyAPQRBqJAAgCCABKAIcNgIIIAggASkCFDcCAAwB\
CyAIQQA2AgggCEKAgICAwAA3AgALIAFBMGokACAHQQA2AkwgB0KAgICAwAA3AkRBASEDQQEgBygC\
XCIPIA9BAU0bIRQDQCAGIQggA0EDdEEMaiEKAkADQCADIBRHBEBBASELIAdB1ABqIgEgA0HMo8AA\
EKICIgYoAgQgBigCACEGIAEgA0EBa0Hco8AAEKICIREgDyADQQFqIgFLBEAgBygCWCAKaigCAEH7\
AGtBZkkhCwtBwQBrQRpJBEAgESgCBCINQeEAa0EaSSANQTBrQQpJciALRSANQdsAa0FlS3FyDQML\
IApBCGohCiABIQMMAQsLIAggFUkEQCAHIAggECAVQbyjwAAQrAEgB0HEAGogBygCACAHKAIEEO8B\
CyAHKAJMIQEgBygCSCEDIAcoAkQhBiAHQdQAahCJAyAHIAMgAUEDdGoiCjYCUCAHIAY2AkwgByAD\
NgJIIAcgAzYCRANAIAMgCkcEQCAHIANBCGo2AkggAygCBCEGIAMoAgAhASAHKAIgBEAgB0EYakEg\
EKMBCyAHIAE2AlQgByABIAZqNgJYIAdB1ABqEPQBIgFBgIDEAEcEQCAHQRhqIgMgAUHfAHEgASAB\
QeEAa0EaSRsQowEgAyAHKAJUIgEgBygCWCABaxDaAQsgBygCSCEDIAcoAlAhCgwBCwsgB0HEAGoQ\
rwIgBy0AQUUNAwwCCyAHQQhqIBAgFSAIIAZB7KPAABBzIAdBxABqIAcoAgggBygCDBDvASADQQFq\
IQMMAAsACwsgEiAHKAIgNgIIIBIgBykCGDcCACAHQeAAaiQACyAJQSBqJAAgBSAENgKUASAFQQA2\
ApABIAUgBSkChAE3ApgBIAUgBSgCjAE2AqABIAItAD4EQAJAIAUoAhhBgICAgHhHBEAgBUGIAmog\
BUEYahCrAQwBCyAFQYCAgIB4NgKIAgsgBUHsAWoQ3gIgBSAFKAKQAjYC9AEgBSAFKQKIAjcC7AEL\
IAVBiAJqIgEgBUGQAWpB6AD8CgAAIAVB7ABqIAEQ/wEgBSgCdEHoAGwhAyAFKAJwIQQCQAJAAkAC\
QANAIANFDQEgBUEIaiIBIAQoAhw2AgQgAUEAIAQoAhggBCgCABs2AgAgBSgCCARAIAUoAgxFDQML\
AkAgBEE4ahDxAQ0AIARBxABqEPEBDQAgBSAEKAIAEPYBIAUgBSkDADcC+AEgBUGEA2oiAiAOEPAC\
IAVBAzYClAIgBUECNgKMAiAFIAI2ApACIAUgBUH4AWo2AogCIAVB+AJqQaKewAAgBUGIAmoQqgIM\
BAsgBEEoaiEBIARBJGogA0HoAGshAyAEQegAaiEEKAIAIgIgAiABKAIAahC8AkHlAEkNAAsgBUGE\
A2oiAiAOEPACIAVBATYClAIgBUHQjsEANgKQAiAFQQM2AowCIAUgAjYCiAIgBUH4AmpB1IzAACAF\
QYgCahCqAgwCCyAAIAUoAnQ2AgwgACAFKQJsNwIEIABBgICAgHg2AhAgAEEANgIAIAxFDQIgBUH4\
AGoQiQMMAgsgBUGIAmoiAiAOEPACIAVBAzYCiAMgBSACNgKEAyAFQfgCakHEi8AAIAVBhANqEKoC\
CyACEIoDIABCATcCACAAIAUpAvACNwIIIAAgBSkC+AI3AhAgACAFKAKAAzYCGCAAQQE6ABwgDARA\
IAVB+ABqEIkDCyAFQewAahCUAyAFQeAAahCTAyAFQUBrEN4CDAELIAVB4ABqEJMDIAVBQGsQ3gIg\
BUEoahD1AiAFQRhqEN4CDAILIAVBKGoQ9QILIAVBGGoQ3gILIAVBkANqJAALjxECEH8BfiMAQaAB\
ayIDJAAgA0EANgIcIANCgICAgMAANwIUIANB/ABqIQggA0GEAWohDSADQTxqIQkgA0E0aiEKIANB\
2ABqQQJyIQ4gA0H6AGohDyADQdwAaiELA0AgASgCJCIEIAEoAiAiBiAEIAZLGyEGIAEoAhwhBwJA\
AkACQAJAAkACQAJAAkADQAJAAkACQAJ/AkACQAJAAkACQCAEIAZGBEAgBiEEDAELIAQgB2otAAAi\
BUEJa0ECSQ0HAkAgBUEgaw4DCAEEAAsgBUENRg0HIAVB2wBGDQIgBUH7AEYNAQsgA0H4AGogARAb\
IAMtAHwhBSADKAJ4IgZBAkcNBSAFQeYARwRAQQAgBUHuAEYNBRogBUH0AEYNBCADQQhqIAEoAhQg\
ASgCGCAEIAEoAiRBmK7AABBzIANBlAFqIAMoAgggAygCDBCXASAPIAMoApwBNgAIIA8gAykClAE3\
AAAgAyADKQB4NwMwIAMgAykAfjcBNkECDAULQQAhEEEBDAQLIANB+ABqIAEgAygCHCACahCRASAD\
KAJ4IgRBAkcEQCAAIAMpAoABNwIIIAAgAykCiAE3AhAgACADKAKQATYCGCAAIAMoAnw2AgQgACAE\
NgIADBALIAEoAiRBAWohBCABKAIgIQYgASgCHCEHA0AgASAENgIkIAQgBk8NDCAEIAdqLQAAIgxB\
CWsiBUEXS0EBIAV0QZOAgARxRXINCyAEQQFqIQQMAAsACyADQfgAaiABIAMoAhwgAmoQkQEgAygC\
eCIEQQJHBEAgACADKQKAATcCCCAAIAMpAogBNwIQIAAgAygCkAE2AhggACADKAJ8NgIEIAAgBDYC\
AAwPCyABKAIkQQFqIQQgASgCICEGIAEoAhwhBwNAIAEgBDYCJCAEIAZPDQggBCAHai0AACIMQQlr\
IgVBF0tBASAFdEGTgIAEcUVyDQYgBEEBaiEEDAALAAsgA0H4AGogARB1IAMgCCkCADcDMCADIAgo\
Agg2AjggAygCeCIEQQJHBEAgACADKAKQATYCGCAAIAMpAogBNwIQIAAgAygCODYCDCAAIAMpAzA3\
AgQgACAENgIADA4LIAsgAygCODYCCCALIAMpAzA3AgAgA0EDOgBYDAwLQQEhEEEBCyEEIAMgAykB\
NjcBJiADIAMpAzA3AyAgDiADKQMgNwEAIA4gAykBJjcBBiADIBA6AFkgAyAEOgBYDAoLIAMgAykB\
hAE3ATYgAyADKQF+NwMwIAMgAykDMDcDICADIAMpATY3ASYgAy0AfSEBIAMpAowBIRMgACADKQEm\
NwEMIAAgAykDIDcBBiAAIBM3AhQgACABOgAFIAAgBToABCAAIAY2AgAMCgsgASAEQQFqIgQ2AiQM\
AQsLIAxB3QBGDQELIANCBDcCgAEgA0KAgICACDcCeCADQRRqIANB+ABqEMoBDAcLIAEgBEEBajYC\
JCADQQA2AmQgA0KAgICAwAA3AlwgA0EEOgBYDAQLIAxB/QBGDQELIANB+ABqIAFBARAiIAMgCCkC\
ADcDMCADIAgoAgg2AjggAygCeCIEQQJGDQEgACADKAKQATYCGCAAIAMpAogBNwIQIAAgAygCODYC\
DCAAIAMpAzA3AgQgACAENgIADAMLIAEgBEEBajYCJCADQQA2AmQgA0KAgICAwAA3AlwgA0EFOgBY\
DAELIA0gAygCODYCCCANIAMpAzA3AgAgA0EANgKAASADQoCAgIDAADcCeCADQRRqIANB+ABqEMoB\
DAILA0ACQAJAIAMoAhwiBEUNACADIARBAWsiBDYCHCADIAMoAhggBEEYbGoiBCkCBDcDeCADIAQp\
Agw3A4ABIAMgBCgCFDYCiAEgBCgCACIGQYGAgIB4Rg0AIAogAykDeDcCACAKIAMpA4ABNwIIIAog\
AygCiAE2AhAgAyAGNgIwIAEoAhwhDCABKAIgIQcgASgCJCEEA0AgBCAHTyIRDQIgBCAMai0AACIF\
QQlrIhJBF0tBASASdEGTgIAEcUVyDQIgASAEQQFqIgQ2AiQMAAsACyAAIAMpAmA3AgwgACADKQJY\
NwIEIABBAjYCAAwCCwJAAkACQAJAIAZBgICAgHhHBEAgDSADKQJYNwIAIA0gAykCYDcCCCADIAko\
Agg2AoABIAMgCSkCADcDeCADQQA2AkQgA0KAgICAEDcCPCADQTBqIANB+ABqELUBIAQgB0kEQCAF\
Qf8BcSIEQf0ARg0FIARBLEYNAgsgACABQZeswABBChBlDAILIAogA0HYAGoQ3QECQCARRQRAIAVB\
/wFxIgRB3QBGDQUgBEEsRg0BCyAAIAFBoazAAEEKEGUMAgsgASABKAIkQQFqNgIkIAMgAykCQDcD\
iAEgAyADKQI4NwOAASADIAMpAjA3A3ggA0EUaiADQfgAahDKAQwGCyABIAEoAiRBAWo2AiQgA0H4\
AGogAUEBECIgAyAIKQIANwNIIAMgCCgCCDYCUCADKAJ4IgRBAkYNASAAIAMoApABNgIYIAAgAykC\
iAE3AhAgACADKAJQNgIMIAAgAykDSDcCBCAAIAQ2AgALIANBMGoQqwIMAwsgCRCKAyAJIAMoAlA2\
AgggCSADKQNINwIAIAMgAykCQDcDiAEgAyADKQI4NwOAASADIAMpAjA3A3ggA0EUaiADQfgAahDK\
AQwDCyABIAEoAiRBAWo2AiQgAygCMEGAgICAeEcEQCADIAMoAjg2AnAgAyADKQIwNwNoIAsgA0Ho\
AGoQECADQQU6AFggAygCMEGAgICAeEYNASAJEIoDBSALIAooAgg2AgggCyAKKQIANwIAIANBBDoA\
WAsMAAsACwsgA0EUaiICIgEoAgghACABKAIEIQEDQCAABEAgAEEBayEAIAEQqwIgAUEYaiEBDAEL\
CyACEI4DIANBoAFqJAAL0wsCEH8DfiMAQaABayICJAAgAkHoAGogACABQS0QxgEgAigCbCEEIAIg\
AigCaCIJIAAgCRsiADYCkAEgAiAEIAEgCRsiBTYCjAEgAiAANgKIASACQuWAgIDQCDcDgAEgAiAA\
IAVqNgKUASACQQA2ApgBIAlBAEchDSACQZABaiEHAkACQAJAA0AgAkHgAGogBxCEASACKAJkIgFB\
gIDEAEYNASACKAJgIQQgAiABNgJ0IAJBgAFqIQNBCCEBIAJB9ABqKAIAIQoDQCABIgYEQCABQQRr\
IQEgAygCACELIANBBGohAyAKIAtHDQELCyAGRQ0ACyACQdgAaiAEIAAgBUHAs8AAELsBIAIoAlwh\
ByACKAJYIQMgAkHQAGogBEEBaiAAIAVB0LPAABCsAUEEIQYgAigCUCEBAkACQAJAIAIoAlQiAA4C\
BQABCyABLQAAIgRBK2sOAwQBBAELIAEtAAAhBAsCQAJAAkAgBEH/AXFBK2sOAwECAAILIABBAWsh\
BCABQQFqIQEgAEERTwRAA0AgBEUNBSACQUBrIBIgEkI/hxB9IAIpA0ggAikDQCISQj+HUg0GIAJB\
OGogAS0AAEEKEOIBIAIoAjhBAUcNBiACNQI8IhNCAFIgEiASIBN9IhJVcw0GIAFBAWohASAEQQFr\
IQQMAAsACwNAIARFDQQgAkEwaiABLQAAQQoQ4gEgAigCMEEBRw0FIAFBAWohASAEQQFrIQQgEkIK\
fiACNQI0fSESDAALAAsgAEEBayEAIAFBAWohAQsgAEEQTwRAA0AgAEUNAyACQSBqIBIgEkI/hxB9\
IAIpAyggAikDICISQj+HUg0EIAJBGGogAS0AAEEKEOIBIAIoAhhBAUcNBCASIAI1AhwgEnwiElUN\
BCABQQFqIQEgAEEBayEADAALAAsDQCAARQ0CIAJBEGogAS0AAEEKEOIBIAIoAhBBAUcNAyABQQFq\
IQEgAEEBayEAIAI1AhQgEkIKfnwhEgwACwALIAUhByAAIQMLIAJBgAFqIgAgAyAHEKEBIAJB9ABq\
IAAQMgJ/IAIoAnRBAUYEQCADIAIoAnwiAGohBCAHIABrIQUgAigCeCEIIAMMAQtBAAshAUEAIQYg\
AkEAOgCQAUEBIQAgAiAEQQEgARsiBDYCiAEgAiABIAMgARsiCjYCgAEgAiAEIAVBACABGyIOaiIP\
NgKMASACIAogCCAHIAEbIgtqIhA2AoQBIAJBCGohCCACQZABaiEBQQAhByMAQRBrIgMkAAJAAkAg\
AkGAAWoiBSgCAARAA0ACQCADQQhqIAUQ7AEgAy0ACEUNACADLQAJQTBHDQMgB0EBaiEHDAELCyAF\
QQA2AgALIAUoAghFDQEgBUEIaiERA0AgAyAREOwBIAMtAABFDQIgAy0AAUEwRw0BIAdBAWohBwwA\
CwALQQEhDCABQQE6AAALIAggBzYCBCAIIAw2AgAgA0EQaiQAQgEhEwJAIAIoAgwiByALIA5qIghH\
BEAgAkEAOgCQASACIA82AowBIAIgBDYCiAEgAiAQNgKEASACIAo2AoABQQAhAyMAQRBrIgYkAAJA\
AkAgBSIAKAIIBEAgAEEIaiEFA0ACQCAGQQhqIAUQ5AEgBi0ACEUNACAGLQAJQTBHDQMgA0EBaiED\
DAELCyAFQQA2AgALQQAhBSAAKAIARQ0BA0AgBiAAEOQBIAYtAABFDQIgBi0AAUEwRw0BIANBAWoh\
AwwACwALQQEhBSABQQE6AAALIAIgAzYCBCACIAU2AgAgBkEQaiQAIAggByACKAIEamsiAEEQTyAL\
rSAHrX0iFCASfCITQj+HQoCAgICAgICAgH+FIBMgEkIAUyATIBRTcxsiE0KsAnxC2ARWcg0BIA0h\
BgsgACATEHAgBmohBgwBC0ERIAAgAEERTxsiASATEHAhACAJQQBHQQQgASATQgF8EHAiASAAIAAg\
AUkbIgAgAEEETRtqIQYLIAJBoAFqJAAgBguCCQIIfwF+IwBB0ABrIgQkACABIAEoAiRBAWoiBzYC\
JANAIAEoAiAhCCABKAIcIgkhBUEAIQYgAQJ/AkADQCAGIAdqIgNBd0sgA0EIaiAIS3INASAFIAdq\
IAVBCGohBSAGQQhqIQYpAAAiC0J/hSALQuDBg4eOnLjwYINCgYKEiJCgwIABfSALQqLEiJGixIiR\
IoVCgYKEiJCgwIABfSALQty48eLFi5eu3ACFQoGChIiQoMCAAX2EhINCgIGChIiQoMCAf4MiC1AN\
AAsgByALeqdBA3ZqIAZqQQhrDAELA0AgAyAISSEFIAMgCWogA0EBaiEDQQAgBRsQjgINAAsgA0EB\
awsiAzYCJCACBEAgBEEQaiABKAIUIAEoAhggByADQeSswAAQcyACIAQoAhAgBCgCFBDaASABKAIg\
IQggASgCHCEJIAEoAiQhAwsCQAJAAkAgAyAISQRAIAMgCWotAAAiBUHcAEYNAiAFQSJGDQEgACAB\
QfSswABBwgAQ6QIMAwsgACABQauswABBHRDpAgwCCyAAQQI2AgAgASADQQFqNgIkDAELAkACQAJA\
AkACQCAIIANBAWoiBksEQAJAAkACQAJAAkACQAJAAkACQAJAAkAgBiAJai0AACIFQe4Aaw4IBQEB\
AQYBBwgACwJAIAVB4gBrDgUDAQEBBAALIAVBIkYNCSAFQS9GDQEgBUHcAEYNCAsgBEEYaiABIAZB\
yKzAAEEaEFoMCgtBLyEFDAcLQQghBQwGC0EMIQUMBQtBCiEFDAQLQQ0hBQwDC0EJIQUMAgsgA0EC\
aiEFAkAgA0EGaiIHIAhLIANBeUtyDQAgBEEIaiAFIAlqEIYBIAQvAQhBAXFFDQAgBC8BCiEIDAYL\
IARBNGogASAFQbiuwABBIRBaIAQvATghCCAEKAI0IgZBAkYNBSAEIAQpAUg3ASwgBCAEKQFCNwEm\
IAQgBCkBOjcBHiAEIAg7ARwMBAtB3AAhBQsgASADQQJqNgIkDAQLIARBGGogASAGQauswABBHRBa\
CyAEKAIYIgZBAkYNAwsgACAEKQIsNwIUIAAgBCkCJDcCDCAAIAQpAhw3AgQgACAGNgIADAMLIAEg\
BzYCJAJAIAhBgPgDcSIGQYC4A0YNACAGQYCwA0YEQCAEIAEoAhwiBiAHakEAIAcgASgCICIJSRs2\
AjQgBEE0aiIKQayuwAAQ+wENASAEIAYgA0EHaiIHakEAIAcgCUkbNgI0IApBtK7AABD7AQ0BIANB\
DGoiByADQQhqIgNJIAcgCUtyDQEgBCADIAZqEIYBIAQvAQBBAXFFDQEgBC8BAiIDQYD4A3FBgLgD\
Rw0BIAEgBzYCJEH9/wNBgIDEACAIQf//A3FBCnQgA2pBgLj/GmsiAyADQYCwA3NBgIDEAGtBgJC8\
f0kbIgMgA0GAgMQARhshBQwCC0H9/wMgCEH//wNxIgMgA0GAsL9/c0GAkLx/SRshBQwBCyABIAUQ\
gAJB/f8DIQULIAJFDQAgAiAFEKMBCyABKAIkIQcMAQsLIARB0ABqJAALrgsCC38BfiMAQYABayIC\
JAACQCABKAIIIgdBEU8EQCACQeQAaiAHEJwBIAIoAmwhBCACKAJoIQMgAiABNgJIIAMgBCACQcgA\
akHMr8AAEBYgBEEBaiEGAkADQCAGQQFrIgZBAkkNASABIAMoAgBBtLHAABCjAiABIANBBGoiAygC\
AEHEscAAEKMCEIADDQALIAJBKGpBASABKAIIEGQgAigCbCEDIAJBADoAUCACIAM2AkwgAkEBNgJI\
QQAhBANAIAQhAwJAAkADQCACQRBqIAJByABqEKYBIAIoAhBBAUcNASACKAIUIgQgAigCbEcEQCAB\
IAJB5ABqIgUgBEHkr8AAEKQCKAIAQfSvwAAQowIgASAFIANBhLDAABCkAigCAEGUsMAAEKMCEIAD\
RQ0BCwsgAkHkAGoiBSADQaSwwAAQpAIoAgAiBiAFIARBAWtBtLDAABCkAigCACIFRg0CIAEgBUHE\
sMAAEKMCIgUpAgwhDSAFQQA6AAwgAiAFKQIUNwN4IAIgDTcDcCABIAZB1LDAABCjAiIFQQxqEO0B\
IAUgAikDeDcCFCAFIAIpA3A3AgwgA0EBaiIFIARNIAIoAmwiBiAET3ENASAFIAQgBkHksMAAEDgA\
CyACQQA2AkgjAEEQayIGJAAgBiACQShqIgs2AgwgBiACQcgAajYCCCMAQRBrIgckACAHIAZBCGo2\
AgwCQCABIgUoAggiCEUNAEEAIQEgBSgCBCIKIQMDQCAHQQxqENYBBEAgA0EcaiEDIAggAUEBaiIB\
Rw0BDAILCyADEPgCIApBHGohDCABIQQDQCABQQFqIQMgDCABQRxsaiEBA0AgAyAITwRAIAUgBDYC\
CAwDCyAHQQxqENYBRQRAIANBAWohAyABEPgCIAFBHGohAQwBCwsgCiAEQRxsaiIJIAEoAhg2Ahgg\
CSABKQIQNwIQIAkgASkCCDcCCCAJIAEpAgA3AgAgBEEBaiEEIAMhAQwACwALIAdBEGokACAGQRBq\
JAAgACAFKAIINgIIIAAgBSkCADcCACALEIoDIAJB5ABqEIsDDAQLIARBAnQgA0ECdGtBBGshAyAC\
KAJoIAVBAnRqIQYDQCADRQ0BIAJBKGogBigCAEH0sMAAELICQQA6AAAgA0EEayEDIAZBBGohBgwA\
CwALAAsgACABKAIINgIIIAAgASkCADcCACACQeQAahCLAwwBCyABKAIEIgMgB0EcbGohCSADIQQD\
QAJAAkAgBCAJRg0AIARBHGohBUEAIQYDQCAGIAhGDQIgAyAGQRxqIgZqQRxrIAQQnwJFDQALIAJB\
CGogB0EEQRwQsgEgAkEANgIkIAIgAikDCDcCHCABKAIAIQQgAiAJNgI0IAIgBDYCMCACIAM2Aiwg\
AiADNgIoIAJB1ABqIQcDQAJAAkAgAyAJRg0AIAIgA0EcaiIENgIsIAMoAgAiBUGAgICAeEYNACAC\
IAMpAgQ3AmggAiAFNgJkIAIgA0EMaiIFKQIANwM4IAIgBSkCCDcDQCACKAIkQRxsIQMgAigCIEEc\
ayEGA0AgA0UNAiADQRxrIQMgBkEcaiIGIAJB5ABqIggQnwJFDQALIAZBDGoiAxDtASAGQRRqIAIp\
A0A3AgAgAyACKQM4NwIAIAgQigMgBCEDDAILIwBBEGsiAyQAIAMgAkEoaiIENgIMIAQoAgwgBCgC\
BCIEa0EcbiEFA0AgBQRAIAVBAWshBSAEEPgCIARBHGohBAwBCwsgA0EMahCDAiADQRBqJAAgASAC\
KAIkNgIIIAEgAikCHDcCAAwCCyAHIAUpAgA3AgAgByAFKQIINwIIIAIgAigCbDYCUCACIAIpAmQ3\
A0ggAkEcaiACQcgAahC1ASAEIQMMAAsACyAAIAEoAgg2AgggACABKQIANwIADAILIAhBHGohCCAF\
IQQMAAsACyACQYABaiQAC/cCAgd/AX4jAEEwayIDJAACQAJAIAIEQCACQQN0IgVBCGsiCEEDdq1C\
AYYhCgJAIAFBCGohAiAKpyEGIAEhBANAIAVFDQEgBUEIayEFIAQoAgQhByAEQQhqIQQgBiAHaiIG\
IAdPDQALEPMBAAsgA0EIaiAGQQFBARCyASADQQA2AhwgAyADKQMINwIUIANBFGogASgCACIEIAQg\
ASgCBGoQ7wIgBiADKAIcIgFrIQQgAygCGCABaiEFA0AgCEUNAiACKAIAIQcgAigCBCEBIANBIGoi\
CSAFIARBAhD3ASADKAIsIQQgAygCKCEFIAMoAiAgAygCJEHI/8AAQQJBvJbBABCeAiAJIAUgBCAB\
EPcBIAMoAiwhBCADKAIoIQUgAygCICADKAIkIAcgAUG8lsEAEJ4CIAhBCGshCCACQQhqIQIMAAsA\
CyAAQQA2AgggAEKAgICAEDcCAAwBCyAAIAMpAhQ3AgAgACAGIARrNgIICyADQTBqJAALqQgCB38B\
fiMAQTBrIgUkAAJAAkAgAgRAAkAgBK0gAkEMbCIHQQxrIghBDG6tfiIMQiCIUARAIAFBDGohAiAM\
pyEKIAEhBgNAIAdFDQIgB0EMayEHIAYoAgghCSAGQQxqIQYgCSAKaiIKIAlPDQALCxDzAQALIAVB\
CGogCkEBQQEQsgEgBUEANgIcIAUgBSkDCDcCFCAFQRRqIAEoAgQiBiAGIAEoAghqEO8CIAogBSgC\
HCIBayEGIAUoAhggAWohBwJAAkACQAJAAkACQCAEDgUAAQIDBAULA0AgCEUNByACKAIEIQQgAigC\
CCEBIAdBACADQQBBvJbBABCeAiAFQSBqIAcgBiABEPcBIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIk\
IAQgAUG8lsEAEJ4CIAhBDGshCCACQQxqIQIMAAsACwNAIAhFDQYgAigCBCEEIAIoAgghASAFQSBq\
IgkgByAGQQEQ9wEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgA0EBQbyWwQAQngIgCSAHIAYgARD3\
ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFBvJbBABCeAiAIQQxrIQggAkEMaiECDAALAAsD\
QCAIRQ0FIAIoAgQhBCACKAIIIQEgBUEgaiIJIAcgBkECEPcBIAUoAiwhBiAFKAIoIQcgBSgCICAF\
KAIkIANBAkG8lsEAEJ4CIAkgByAGIAEQ9wEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCABQbyW\
wQAQngIgCEEMayEIIAJBDGohAgwACwALA0AgCEUNBCACKAIEIQQgAigCCCEBIAVBIGoiCSAHIAZB\
AxD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADQQNBvJbBABCeAiAJIAcgBiABEPcBIAUoAiwh\
BiAFKAIoIQcgBSgCICAFKAIkIAQgAUG8lsEAEJ4CIAhBDGshCCACQQxqIQIMAAsACwNAIAhFDQMg\
AigCBCEEIAIoAgghASAFQSBqIgkgByAGQQQQ9wEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgA0EE\
QbyWwQAQngIgCSAHIAYgARD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFBvJbBABCeAiAI\
QQxrIQggAkEMaiECDAALAAsDQCAIRQ0CIAIoAgQhCSACKAIIIQEgBUEgaiILIAcgBiAEEPcBIAUo\
AiwhBiAFKAIoIQcgBSgCICAFKAIkIAMgBEG8lsEAEJ4CIAsgByAGIAEQ9wEgBSgCLCEGIAUoAigh\
ByAFKAIgIAUoAiQgCSABQbyWwQAQngIgCEEMayEIIAJBDGohAgwACwALIABBADYCCCAAQoCAgIAQ\
NwIADAELIAAgBSkCFDcCACAAIAogBms2AggLIAVBMGokAAvBBgEHfwJAAkAgASAAQQNqQXxxIgQg\
AGsiBkkNACABIAZrIghBAnYiB0UNAEEAIQEgACAERwRAIAAgBGsiBEF8TQRAA0AgASAAIANqIgIs\
AABBv39KaiACQQFqLAAAQb9/SmogAkECaiwAAEG/f0pqIAJBA2osAABBv39KaiEBIANBBGoiAw0A\
CwsgACADaiECA0AgASACLAAAQb9/SmohASACQQFqIQIgBEEBaiIEDQALCyAAIAZqIQQCQCAIQQNx\
IgBFDQAgBCAIQfz///8HcWoiAywAAEG/f0ohBSAAQQFGDQAgBSADLAABQb9/SmohBSAAQQJGDQAg\
BSADLAACQb9/SmohBQsgASAFaiEDA0AgBCEAIAdFDQJBwAEgByAHQcABTxsiBUEDcSEGAkAgBUEC\
dCIEQfAHcSIBRQRAQQAhAgwBCyAAIAFqIQhBACECIAAhAQNAIAIgASgCACICQX9zQQd2IAJBBnZy\
QYGChAhxaiABQQRqKAIAIgJBf3NBB3YgAkEGdnJBgYKECHFqIAFBCGooAgAiAkF/c0EHdiACQQZ2\
ckGBgoQIcWogAUEMaigCACICQX9zQQd2IAJBBnZyQYGChAhxaiECIAFBEGoiASAIRw0ACwsgByAF\
ayEHIAAgBGohBCACQQh2Qf+B/AdxIAJB/4H8B3FqQYGABGxBEHYgA2ohAyAGRQ0ACwJ/IAAgBUH8\
AXFBAnRqIgAoAgAiAUF/c0EHdiABQQZ2ckGBgoQIcSIBIAZBAUYNABogASAAKAIEIgFBf3NBB3Yg\
AUEGdnJBgYKECHFqIgEgBkECRg0AGiAAKAIIIgBBf3NBB3YgAEEGdnJBgYKECHEgAWoLIgFBCHZB\
/4EccSABQf+B/AdxakGBgARsQRB2IANqIQMMAQsgAUUEQEEADwsgAUEDcSECQQAhBCABQQRPBEAg\
AUF8cSEFA0AgAyAAIARqIgEsAABBv39KaiABQQFqLAAAQb9/SmogAUECaiwAAEG/f0pqIAFBA2os\
AABBv39KaiEDIAUgBEEEaiIERw0ACyACRQ0BCyAAIARqIQEDQCADIAEsAABBv39KaiEDIAFBAWoh\
ASACQQFrIgINAAsLIAML5QYBBX8CQAJAAkACQAJAAkACQCAAQQRrIgcoAgAiCEF4cSIEQQRBCCAI\
QQNxIgUbIAFqTwRAIAVBACABQSdqIgYgBEkbDQECQCACQQlPBEAgAiADEC0iAg0BQQAPC0EAIQIg\
A0HM/3tLDQhBECADQQtqQXhxIANBC0kbIQEgAEEIayEGIAVFBEAgBkUgAUGAAklyIAQgAWtBgIAI\
SyABIARPcnINByAADwsgBCAGaiEFAkAgASAESwRAIAVBvL/BACgCAEYNAUG4v8EAKAIAIAVHBEAg\
BSgCBCIIQQJxDQkgCEF4cSIIIARqIgQgAUkNCSAFIAgQMCAEIAFrIgVBEE8EQCAHIAEgBygCAEEB\
cXJBAnI2AgAgASAGaiIBIAVBA3I2AgQgBCAGaiIEIAQoAgRBAXI2AgQgASAFECcMCQsgByAEIAco\
AgBBAXFyQQJyNgIAIAQgBmoiASABKAIEQQFyNgIEDAgLQbC/wQAoAgAgBGoiBCABSQ0IAkAgBCAB\
ayIFQQ9NBEAgByAIQQFxIARyQQJyNgIAIAQgBmoiASABKAIEQQFyNgIEQQAhBUEAIQEMAQsgByAB\
IAhBAXFyQQJyNgIAIAEgBmoiASAFQQFyNgIEIAQgBmoiBCAFNgIAIAQgBCgCBEF+cTYCBAtBuL/B\
ACABNgIAQbC/wQAgBTYCAAwHCyAEIAFrIgRBD00NBiAHIAEgCEEBcXJBAnI2AgAgASAGaiIBIARB\
A3I2AgQgBSAFKAIEQQFyNgIEIAEgBBAnDAYLQbS/wQAoAgAgBGoiBCABSw0EDAYLIAMgASABIANL\
GyIDBEAgAiAAIAP8CgAACyAHKAIAIgNBeHEiByABQQRBCCADQQNxIgEbakkNAiABRSAGIAdPcg0G\
QbiewQBBLkHonsEAENoCAAtB+J3BAEEuQaiewQAQ2gIAC0G4nsEAQS5B6J7BABDaAgALQfidwQBB\
LkGonsEAENoCAAsgByABIAhBAXFyQQJyNgIAIAEgBmoiBSAEIAFrIgFBAXI2AgRBtL/BACABNgIA\
Qby/wQAgBTYCAAsgBkUNACAADwsgAxAJIgFFDQEgA0F8QXggBygCACICQQNxGyACQXhxaiICIAIg\
A0sbIgIEQCABIAAgAvwKAAALIAEhAgsgABAVCyACC6IGAQR/IABBCGsiASAAQQRrKAIAIgNBeHEi\
AGohAgJAAkAgA0EBcQ0AIANBAnFFDQEgASgCACIDIABqIQAgASADayIBQbi/wQAoAgBGBEAgAigC\
BEEDcUEDRw0BQbC/wQAgADYCACACIAIoAgRBfnE2AgQgASAAQQFyNgIEIAIgADYCAA8LIAEgAxAw\
CwJAAkBB0L/BAAJ/AkACQAJAAkAgAigCBCIDQQJxRQRAIAJBvL/BACgCAEYNAiACQbi/wQAoAgBG\
DQMgAiADQXhxIgIQMCABIAAgAmoiAEEBcjYCBCAAIAFqIAA2AgAgAUG4v8EAKAIARw0BQbC/wQAg\
ADYCAA8LIAIgA0F+cTYCBCABIABBAXI2AgQgACABaiAANgIACyAAQYACSQ0EIAEgABA1QdC/wQBB\
0L/BACgCAEEBayIANgIAIAANBkGYvcEAKAIAIgANAkH/HwwDC0G8v8EAIAE2AgBBtL/BAEG0v8EA\
KAIAIABqIgA2AgAgASAAQQFyNgIEQbi/wQAoAgAgAUYEQEGwv8EAQQA2AgBBuL/BAEEANgIACyAA\
Qci/wQAoAgAiAk0NBUG8v8EAKAIAIgBFDQVBtL/BACgCACIDQSlJDQRBkL3BACEBA0AgACABKAIA\
IgRPBEAgACAEIAEoAgRqSQ0GCyABKAIIIQEMAAsAC0G4v8EAIAE2AgBBsL/BAEGwv8EAKAIAIABq\
IgA2AgAgASAAQQFyNgIEIAAgAWogADYCAA8LQQAhAQNAIAFBAWohASAAKAIIIgANAAtB/x8gASAB\
Qf8fTRsLNgIADwsCQEGov8EAKAIAIgJBASAAQQN2dCIDcUUEQEGov8EAIAIgA3I2AgAgAEH4AXFB\
oL3BAGoiACECDAELIABB+AFxIgBBoL3BAGohAiAAQai9wQBqKAIAIQALIAIgATYCCCAAIAE2Agwg\
ASACNgIMIAEgADYCCA8LQdC/wQBBmL3BACgCACIABH9BACEBA0AgAUEBaiEBIAAoAggiAA0AC0H/\
HyABIAFB/x9NGwVB/x8LNgIAIAIgA08NAEHIv8EAQX82AgALC7sFARF/IwBBMGsiBSQAIAFBAk8E\
QCAFQRhqIAFBBEEEELIBIAUgBSgCHCIKNgIoIAUgBSgCGDYCJCABQQJ0IgsEQCAKIAAgC/wKAAAL\
IAUgATYCLCADKAIUIRFBASEMAkADQAJAIAEgDE0EQCAOQQFxDQEMAwtBACEEIAEgDEEBdCIPaHYg\
D0H/////AWogAXFBAEdqIRAgCiAAIA5BAXEiAxshCCAAIAogAxshEgNAAkAgEARAIBBBAWshEAJA\
AkACQAJAIAEgBCAMaiIGIAEgBkkbIgkgASAEIA9qIgsgASALSRsiB0cEQCAJQQFrIgMgAU8NASAB\
IAZNDQIgAiAIIANBAnRqKAIAIAggCUECdGooAgAgEREEAEH/AXFBAUYNAwsgBUEIaiAEIAcgEiAB\
QeC0wAAQ5gEgBCAHSw0DIAUoAgggBSgCDCAIIARBAnRqIAcgBGtBgLXAABCIAgwFCyADIAFBgLTA\
ABCzAQALIAkgAUGQtMAAELMBAAsgBUEQaiAEIAcgEiABQaC0wAAQ5gEgBSgCECIDIAUoAhRBAnRq\
IRQgCSEGA0AgCCAGQQJ0aiENIAggBEECdGohEwJAAkADQCADIBRGDQYgBCAJRwRAIAYgB08NAyAB\
IARNDQIgAiANKAIAIBMoAgAgEREEAEH/AXFB/wFHDQMLIAEgBksEQCADIA0oAgA2AgAgDUEEaiEN\
IAZBAWohBiADQQRqIQMMAQsLIAYgAUHQtMAAELMBAAsgBCABQbC0wAAQswEACyABIARLBEAgAyAT\
KAIANgIAIARBAWohBCADQQRqIQMMAQsLIAQgAUHAtMAAELMBAAsgBCAHIAFB8LTAABA4AAsgDkEB\
cyEOIA8hDAwDCyALIQQMAAsACwsgACABIAogAUHws8AAEIgCCyAFQSRqEIsDCyAFQTBqJAALqwUC\
CH8BfkErQYCAxAAgACgCCCIIQYCAgAFxIgYbIQsgBkEVdiAEaiEGAkAgCEGAgIAEcUUEQEEAIQEM\
AQsCQCACQRBPBEAgASACEBMhBQwBCyACRQ0AIAJBA3EhCSACQQRPBEAgAkEMcSEMA0AgBSABIAdq\
IgosAABBv39KaiAKQQFqLAAAQb9/SmogCkECaiwAAEG/f0pqIApBA2osAABBv39KaiEFIAwgB0EE\
aiIHRw0ACyAJRQ0BCyABIAdqIQcDQCAFIAcsAABBv39KaiEFIAdBAWohByAJQQFrIgkNAAsLIAUg\
BmohBgsCQCAALwEMIgkgBksEQAJAAkAgCEGAgIAIcUUEQCAJIAZrIQlBACEFQQAhBgJAAkACQCAI\
QR12QQNxQQFrDgMAAQACCyAJIQYMAQsgCUH+/wNxQQF2IQYLIAhB////AHEhCiAAKAIEIQggACgC\
ACEAA0AgBUH//wNxIAZB//8DcU8NAkEBIQcgBUEBaiEFIAAgCiAIKAIQEQMARQ0ACwwECyAAIAAp\
AggiDadBgICA/3lxQbCAgIACcjYCCEEBIQcgACgCACIIIAAoAgQiCiALIAEgAhD+AQ0DQQAhBSAJ\
IAZrQf//A3EhAQNAIAVB//8DcSABTw0CIAVBAWohBSAIQTAgCigCEBEDAEUNAAsMAwtBASEHIAAg\
CCALIAEgAhD+AQ0CIAAgAyAEIAgoAgwRBAANAkEAIQUgCSAGa0H//wNxIQEDQCAFQf//A3EiAiAB\
SSEHIAEgAk0NAyAFQQFqIQUgACAKIAgoAhARAwBFDQALDAILIAggAyAEIAooAgwRBAANASAAIA03\
AghBAA8LQQEhByAAKAIAIgYgACgCBCIAIAsgASACEP4BDQAgBiADIAQgACgCDBEEACEHCyAHC8QF\
Ag5/An4jAEHgAGsiAyQAIAEgAigCDCIKEQIAIAFBBCACKAIcIgURAAAgASAAKAIAIg5BE2ogAigC\
ICIMEQAAIANBEGogAEE4ahDAAiADKQMQIREgA0EIaiAAQcQAahDAAiADKQMIIRIgA0EkaiIPIAAQ\
mQEgAyASNwJYIANBBzoAVCADIBE3AkwgA0EGOgBIIANBAjYCRCADQgE3AjwgA0ECNgIgIANByABq\
IRAgAigCJCEJQQEhCwJAA0ACQAJAAkAgC0UEQCAEIQgMAQtBAiEIIARBAkYNAEEBIQsgBEEBaiEI\
IA8gBEEMbGoiBi0AACINQRtGDQAgCCEEDAELIAdBAkcEQCADIAdBAWoiBDYCQCAHQQxsQQAhCyAE\
IQcgCCEEIBBqIgYtAAAiDUEbRw0BCyABQQpBCSAOGyAFEQAAIAEgAEEEaiACKAIoEQAAIAFBCyAF\
EQAAIAEgACgCJCAAKAIoIAkRAQAgACgCUEGAgICAeEcEQCABQQwgBREAACABIAAoAlQgACgCWCAJ\
EQEACyABQQ0gBREAACABIAoRAgAgAUEOIAURAAAgASAKEQIAIAFBDyAFEQAAIAFBFiAMEQAAIAFB\
ECAFEQAAIAFBFyAMEQAAIAEgAigCECIEEQIAIAAoAlxBgICAgHhHBEAgAUEIIAURAAAgASAAKAJg\
IAAoAmQgCREBAAsgACgCNCIIRQ0DIAFBESAFEQAAIAEgChECACABQRIgBREAACABIAIoAhQRAgAg\
CEEMbCEGIAAoAjAhBwNAIAZFDQIgASAHKAIEIAcoAgggCREBACAGQQxrIQYgB0EMaiEHDAALAAsg\
BigABCIIRQ0BIAYoAAghBiABIA0gBREAACABIAggBiAJEQEADAELCyABIAIoAhgRAgAgASAEEQIA\
CyABIAQRAgAgASAEEQIAIANB4ABqJAALzAYBGH8jAEEgayIGJAAgAEEMaiETIARBBGohFCABKAII\
IgVBAUshFSABKAIEIgEgBUEcbGohFiAFIAVBAEdrQQJqIQsgBCgCCCEXIAQoAgQhGCAELwECIRkg\
BC0AASEaIAQtAAAhGwJAA0AgASAWRwRAIAEoAgQiDCABKAIIIg0Q/wIhESAAKAIIIRIgACACEJYC\
IQQgBiANNgIIIAYgDDYCBCAGIAI2AgwgBiAEIBFqQQFqNgIQIAAgBkEEahDdASAGIA02AgggBiAM\
NgIEIBkhBSAaIgchDiAYIQkgFyEKAkACfwJ/AkACQAJAIBsiBEEBaw4CAQUAC0ECIQ4gBkEEakGI\
p8AAQQYQpQFFDQEgCCEFQQIhB0ECDAMLQQJBASAGQQRqIBQQ0wIbDAELIAFBEGohBUEAIQQgAS0A\
DEEFRyEHA0AgBEEgRwRAAkAgBEHIp8AAaiAGQQRqENMCRSAHcg0AIAUgBEHQp8AAaigCACIJIARB\
1KfAAGooAgAiChDyAkUNAEEBIQQgCCEFIA8hBwwFCyAEQRBqIQQMAQsLIwBBEGsiBCQAIAQgDTYC\
DCAEIAw2AgggBEEIaiEJQQAhBUH2ACEHAn8DQCAHQQFNBEBBACAFQQN0QaT0wABqIAkQ1wJB/wFx\
IgdFDQIaBSAFIAdBAXYiCiAFaiIFIAVBA3RBpPTAAGogCRDXAkH/AXFBAUYbIQUgByAKayEHDAEL\
CyAFIAdB/wFGaiEFQQELIQcgBCAFNgIEIAQgBzYCACAEKAIAIARBEGokAEULIQcgCCEFIAchDkEC\
CyEEIBAhCSAcIQoLIAYgCjYCHCAGIAk2AhggBiAFOwEWIAYgBzoAFSAGIAQ6ABQgACgCFCIEIAAo\
AgxGBEAgExDQAQsgBEEUbCIPIAAoAhBqIgggDjoAECAIQgA3AgggCCADNgIEIAggEjYCACAAIARB\
AWo2AhQgACABQQxqIBIgBCAGQRRqEEUhECAEIAAoAhQiCE8NAiABQRxqIQEgACgCECAPaiIEIAg2\
AgwgBCAQIBFqQQNqIgQgFWo2AgggBCALaiELIAUhCCAHIQ8gCSEQIAohHAwBCwsgBkEgaiQAIAsP\
CyAEIAhBmKbAABCzAQALqwUCBn8BfgJAIAJFDQAgAkEHayIDQQAgAiADTxshByABQQNqQXxxIAFr\
IQhBACEDA0ACQAJAAkAgASADai0AACIFwCIGQQBOBEAgCCADa0EDcQ0BIAMgB08NAgNAIAEgA2oi\
BEEEaigCACAEKAIAckGAgYKEeHENAyADQQhqIgMgB0kNAAsMAgtCgICAgJAgIQkCQAJAAkACQAJA\
AkACQAJAAkAgBS0AgqtBQQJrDgMAAQIHCyADQQFqIgQgAkkNAkIAIQkMBgsgA0EBaiIEIAJJDQJC\
ACEJDAULIANBAWoiBCACSQ0CQgAhCQwECyABIARqLAAAQb9/Sg0DDAQLIAEgBGosAAAhBAJAAkAg\
BUHgAWsiBQRAIAVBDUYEQAwCBQwDCwALIARBYHFBoH9GDQMMBAsgBEGff0oNAwwCCyAGQR9qQf8B\
cUEMTwRAIAZBfnFBbkcNAyAEQUBIDQIMAwsgBEFASA0BDAILIAEgBGosAAAhBAJAAkACQAJAIAVB\
8AFrDgUBAAAAAgALIAZBD2pB/wFxQQJLDQQgBEFASA0CDAQLIARB8ABqQf8BcUEwSQ0BDAMLIARB\
j39KDQILIAIgA0ECaiIETQRAQgAhCQwCCyABIARqLAAAQb9/SgRAQoCAgICQwAAhCQwCC0IAIQkg\
A0EDaiIEIAJPDQEgASAEaiwAAEFASA0CQoCAgICQ4AAhCQwBC0IAIQkgA0ECaiIEIAJPDQAgASAE\
aiwAAEG/f0wNAUKAgICAkMAAIQkLIAAgCSADrYQ3AgQgAEEBNgIADwsgBEEBaiEDDAILIANBAWoh\
AwwBCyACIANNDQADQCABIANqLAAAQQBIDQEgAiADQQFqIgNHDQALDAILIAIgA0sNAAsLIAAgAjYC\
CCAAIAE2AgQgAEEANgIAC5wFAQZ/IwBBMGsiBCQAAkACQAJAAkACQAJ/AkACQAJAAkAgASgCJCIC\
IAEoAiAiBUkEQCABKAIcIgYgAmotAAAiA0EtRg0CIANB5gBGDQRBBCEHIANB7gBGDQFB863AACAD\
QfQARg0FGiADQTBrQf8BcUEKSQ0DCyAAIAFBkK7AAEEHEGUMCQtB/K3AAAwDCyABIAJBAWoiAjYC\
JAsCQCACIAVJBEAgAiAGai0AACIDQTBGBEAgASACQQFqIgI2AiQMBQsgA0Exa0H/AXFBCUkNAQsg\
BEEUaiABQeytwABBBxBlDAQLIAEQvwEgASgCJCECIAEoAiAhBSABKAIcIQYMAgtBBSEHQfetwAAL\
IQMgBEEIaiACIAYgBUGArsAAEIcCIAQoAgggBCgCDCADIAcQxQJFBEAgACABQZCuwABBBxBlDAUL\
IABBAjYCACAAIAMtAAA6AAQgASACIAdqNgIkDAQLAkAgAiAFTw0AIAIgBmotAABBLkcNACABIAJB\
AWoiAjYCJAJAIAIgBUkEQCACIAZqLQAAQTBrQf8BcUEKSQ0BCyAEQRRqIAFBtq3AAEEfEGUMAgsg\
ARC/ASABKAIkIQIgASgCICEFIAEoAhwhBgsgAiAFTw0CIAIgBmotAABBIHJB5QBHDQIgASACQQFq\
IgM2AiQCQCADIAVPDQACQCADIAZqLQAAQStrDgMAAQABCyABIAJBAmoiAzYCJAsgAyAFSQRAIAMg\
BmotAABBMGtB/wFxQQpJDQILIARBFGogAUHVrcAAQRcQZQsgBCgCFCIBQQJGDQEgACAEKQIoNwIU\
IAAgBCkCIDcCDCAAIAQpAhg3AgQgACABNgIADAILIAEQvwELIABBAjYCACAAQTA6AAQLIARBMGok\
AAvRBAEGfwJAAkAgACgCCCIHQYCAgMABcUUNAAJAAkACQAJAIAdBgICAgAFxBEAgAC8BDiIEDQFB\
ACECDAILIAJBEE8EQCABIAIQEyEEDAQLIAJFBEAMBAsgAkEDcSEFIAJBBE8EQCACQQxxIQgDQCAE\
IAEgA2oiBiwAAEG/f0pqIAZBAWosAABBv39KaiAGQQJqLAAAQb9/SmogBkEDaiwAAEG/f0pqIQQg\
CCADQQRqIgNHDQALIAVFDQQLIAEgA2ohAwNAIAQgAywAAEG/f0pqIQQgA0EBaiEDIAVBAWsiBQ0A\
CwwDCyABIAJqIQhBACECIAEhAyAEIQUDQCADIgYgCEYNAgJ/IAZBAWogBiwAACIDQQBODQAaIAZB\
AmogA0FgSQ0AGiAGQQRBAyADQW9LG2oLIgMgBmsgAmohAiAFQQFrIgUNAAsLQQAhBQsgBCAFayEE\
CyAEIAAvAQwiA08NACADIARrIQZBACEEQQAhBQJAAkACQCAHQR12QQNxQQFrDgIAAQILIAYhBQwB\
CyAGQf7/A3FBAXYhBQsgB0H///8AcSEIIAAoAgQhByAAKAIAIQADQCAEQf//A3EgBUH//wNxSQRA\
QQEhAyAEQQFqIQQgACAIIAcoAhARAwBFDQEMAwsLQQEhAyAAIAEgAiAHKAIMEQQADQFBACEEIAYg\
BWtB//8DcSEBA0AgBEH//wNxIgIgAUkhAyABIAJNDQIgBEEBaiEEIAAgCCAHKAIQEQMARQ0ACwwB\
CyAAKAIAIAEgAiAAKAIEKAIMEQQAIQMLIAMLjwUCBX8DfiMAQaABayICJAAgAkIANwMgIAJCADcD\
GCACQgA3AxAgAkIANwMIIAJCADcDQCACQgA3AzggAkIANwMwIAJCADcDKCACIAE2AkwgAiABLQBo\
IgOtIgdCO4YgASkDICIIQgmGIgkgB0IDhoQiB0KA/gODQiiGhCAHQoCA/AeDQhiGIAdCgICA+A+D\
QgiGhIQgCEIBhkKAgID4D4MgCEIPiEKAgPwHg4QgCEIfiEKA/gODIAlCOIiEhIQ3A1AgAyABQShq\
IgVqQYABOgAAIAIgAkHMAGo2AlwgAiADQQFqIAVBwABBjKPAABCHAiACKAIEIQQgAigCACEGA0Ag\
BARAIAZBADoAACAEQQFrIQQgBkEBaiEGDAELCwJAIANBOHFBOEcEQCABQeAAakEIIAJB0ABqQQhB\
nKPAABCeAiACQdwAaiAFEPcCDAELIAJB3ABqIgQgBRD3AiACQeAAaiIDQQBBwAD8CwAgAkGYAWpB\
CCACQdAAakEIQayjwAAQngIgBCADEPcCC0EAIQQgAUEAOgBoIAJCoICAgMAANwJsIAJBADYCZCAC\
IAJByABqNgJgIAIgAkEoajYCaCACKAJMIQEgAkHgAGoiAygCECIFRQRAQcihwAAQhgMAC0EIIAMo\
AgwgBW4iAyADQQhPG0ECdCEDA0AgAyAERwRAIAIgASAEaigCACIFQf+B/AdxQQh4IAVBGHhB/4H8\
B3FyNgJgIAJBKGogBGpBBCACQeAAakEEQaSXwQAQngIgBEEEaiEEDAELCyACQQhqQSAgAkEoakEg\
QfyhwAAQngIgACACKQMgNwAYIAAgAikDGDcAECAAIAIpAxA3AAggACACKQMINwAAIAJBoAFqJAAL\
kgQBBH8jAEEgayIFJAADQAJAAkACfwJAIAIgA0cEQCABIANqIgYtAAAiBEHhAGtB/wFxQRpJIARB\
MGtB/wFxQQlNcg0EIARB3wBHIANBAWogAk9yRQRAIAZBAWotAAAiBEHhAGtB/wFxQRpJIARBMGtB\
/wFxQQpJcg0FCyADDQFBAAwCCyAAIAEgAhCXAQwCCyACIANBAWsiBE0EQCAEIAJBhJHBABCzAQAL\
IAQgAyAGQQFrLQAAQTBrQf8BcUEKSRsLIQMgBUEUaiIEIAJBCGoQ+QEgBUEIaiADIAEgAkGUkcEA\
ELsBIAQgBSgCCCAFKAIMENoBA0AgAiADTQRAIAAgBSgCHDYCCCAAIAUpAhQ3AgAMAgsgASADai0A\
ACIEQTBrQf8BcUEKSSAEQV9xQcEAa0H/AXFBGklyRQRAIANBAWohAwwBCyAFKAIcBEAgBUEUakHf\
ABCjAQsgAyACIAIgA0kbIQQDQAJAIAMgBEYEQCAEIQMMAQsgBUEUaiABIANqLQAAIgZBwQBrQf8B\
cUEaSQR/QSAFIAZBMGtB/wFxQQpPDQFBAAsgBnIQowEgA0EBaiEDDAELCwNAIAIgA00NASABIANq\
LQAAIgRB4QBrQf8BcUEaTyAEQTBrQf8BcUEJS3ENASAFQRRqIAQQowEgA0EBaiEDDAALAAsACyAF\
QSBqJAAPCyADQQFqIQMMAAsAC7IKAgh/AX4jAEGAAWsiAyQAIANB2ABqIAIQTQJAAkAgAygCWCIE\
QQJHBEAgACADKQJsNwIUIAAgAykCZDcCDCAAIAMpAlw3AgQgACAENgIADAELIANBEGohByMAQRBr\
IgUkAAJAIAIiBEEDSQ0AIAUgASAEQQNBjJPBABD4ASAFKAIEQQNHDQAgBSgCDCEEIAUoAghBACAF\
KAIAQZCqwABBAxD+AhshBgsgByAENgIEIAcgBjYCACAFQRBqJAAgA0EcaiADKAIQIgQgASAEGyIF\
IAMoAhQgAiAEGyIBEBogAygCHEEBRgRAIAMgAykCICILpyICNgJEIANBGkEVIAtCgICAgBCDUCIE\
GzYCTCADQZOqwABBrarAACAEGzYCSCABIAJJDQIjAEEwayIEJAAgBCACIgE2AgggBCAFNgIEIARB\
IGogBEEEahAkAkAgA0HYAGoiBwJ/IAQoAiAiCARAIAQoAiQiBiAEKAIsRQ0BGgJAAkAgAUUEQEEB\
IQUMAQsgAUEBENACIgVFDQELIARBADYCFCAEIAU2AhAgBCABNgIMAkACQCABIAZJBEAgBEEMakEA\
IAYQbyAEKAIMIQEgBCgCECEFIAQoAhQhCQwBCyAGRQ0BCyAGRQ0AIAUgCWogCCAG/AoAAAsgBCAG\
IAlqIgY2AhQgASAGa0ECTQRAIARBDGogBkEDEG8gBCgCFCEGIAQoAhAhBQsgBSAGaiIBQaafwQAt\
AAAiCDoAAiABQaSfwQAvAAAiCTsAACAEIAZBA2oiATYCFCAEIAQpAgQ3AhggBEEgaiAEQRhqECQg\
BCgCICIFBEADQCAEKAIsAkACQCAEKAIkIgYgBCgCDCABa0sEQCAEQQxqIAEgBhBvIAQoAhQhAQwB\
CyAGRQ0BCyAGRQ0AIAQoAhAgAWogBSAG/AoAAAsgBCABIAZqIgE2AhQEQCAEKAIMIAFrQQJNBEAg\
BEEMaiABQQMQbyAEKAIUIQELIAQoAhAgAWoiBSAJOwAAIAUgCDoAAiAEIAFBA2oiATYCFAsgBEEg\
aiAEQRhqECQgBCgCICIFDQALCyAHIAQoAhQ2AgggByAEKQIMNwIADAMLQQEgARDRAgALQQEhCEEA\
CzYCCCAHIAg2AgQgB0GAgICAeDYCAAsgBEEwaiQAIANBCGogBxCiAyADIAMoAgggAygCDCACEEYg\
AyADKAIEIgE2AlQgAyADKAIAIgI2AlAgBxDeAiADQQE2AnwgAyADQdQAajYCeCADQQE2AnQgA0EB\
NgJsIANBAjYCZCADQQI2AlwgA0GQq8AANgJYIAMgA0HQAGo2AnAgAyADQcQAajYCaCADIANByABq\
NgJgIANBNGpB+KDAACAHEKoCIANBADoAQCAAIAMpAjw3AhQgACADKQI0NwIMIAAgATYCCCAAIAI2\
AgQgAEEBNgIADAELIAMgAygCICIEIAMoAiQiBmo2AlwgAyAENgJYIANB2ABqIgUoAgAhAiAFKAIE\
IQcDQAJAIAIiASAHRg0AIAUgAUEBaiICNgIAIAEtAABBCWsiCEEXSw0AQQEgCHRBk4CABHENAQsL\
IAEgB0cEQCAAIAY2AgggACAENgIEIABBAjYCAAwBCyADQQI2AjQgA0ECNgIsIANBkKvAADYCKCAD\
QZirwAA2AjAgA0HgAGpBrIjAACADQShqEKoCIABBADYCACAAIAMpAlg3AgQgACADKQJgNwIMIAAg\
AygCaDYCFCAAQQA6ABgLIANBgAFqJAAPC0EAIAIgAUHEqsAAEDgAC/sDAQh/IwBBEGsiBiQAAn8C\
QCADQQFxRQRAIAItAAAiBQ0BQQAMAgsgACACIANBAXYgASgCDBEEAAwBCyABKAIMIQoDQCACQQFq\
IQQCQAJAAkACQCAFwEEASARAIAVB/wFxIghBgAFGDQEgCEHAAUcNAyAGIAE2AgQgBiAANgIAIAZC\
oICAgAY3AgggAyAHQQN0aiICKAIAIAYgAigCBBEDAEUNAkEBDAYLIAAgBCAFQf8BcSICIAoRBABF\
BEAgAiAEaiECDAQLQQEMBQsgACACQQNqIgQgAi8AASICIAoRBABFBEAgAiAEaiECDAMLQQEMBAsg\
B0EBaiEHIAQhAgwBC0GggICABiELIAVBAXEEQCACKAABIQsgAkEFaiEEC0EAIQgCfyAFQQJxRQRA\
QQAhCSAEDAELIAQvAAAhCSAEQQJqCyECIAVBBHEEfyACLwAAIQggAkECagUgAgshBCAFQQhxBH8g\
BC8AACEHIARBAmoFIAQLIQIgBUEQcQRAIAMgCUEDdGovAQQhCQsgBiAFQSBxBH8gAyAIQQN0ai8B\
BAUgCAs7AQ4gBiAJOwEMIAYgCzYCCCAGIAE2AgQgBiAANgIAQQEgAyAHQQN0aiIEKAIAIAYgBCgC\
BBEDAA0CGiAHQQFqIQcLIAItAAAiBQ0AC0EACyAGQRBqJAALxgQBB38jAEHwAGsiBiQAIAYgAjYC\
DCAGIAE2AgggBiAENgIUIAYgAzYCECAAKAIIQRxsIQQgACgCBCIAQQxqIQEgBkHUAGohAyAGQdwA\
aiEIA0ACQAJAAkAgBARAIAAoAgQhByAGIAAoAggiCTYCHCAGIAc2AhggBkECNgJcIAZBAjYCVCAG\
IAZBGGo2AlggBiAGQRBqNgJQIAZBxABqIgpBxYPAACAGQdAAaiILEKoCIAYgBikCRDcDICAGIAYo\
Akw2AiggBkEsaiIMIAcgCRAeIAYoAjQEQAJAIAIEQCAGQQM2AlwgBkECNgJUIAYgDDYCWCAGIAZB\
CGo2AlAgCkHAg8AAIAsQqgIgBiAGKQJENwM4IAYgBigCTDYCQAwBCyAGIAYoAjQ2AkAgBiAGKQIs\
NwM4CwJ/IAEtAAAiBwRAIAdBBUcEQCAIIAYpAyA3AgAgCCAGKAIoNgIIIAYgBigCQDYCWCAGIAYp\
Azg3A1AgBiABNgJoIAUgBkHQAGoQtQFBAAwCCyABQQRqIAYoAjwgBigCQCAGKAIkIAYoAiggBRAh\
CyAGQThqEIoDQQELIQcgAg0CDAMLIAFB2P7AABBgRQRAIAZBLGoQigMgBkEgahCKAwwECyADIAYo\
Aig2AgggAyAGKQMgNwIAIAZBgICAgHg2AlAgBSAGQdAAahC1ASAGQSxqEIoDDAMLIAZB8ABqJAAP\
CyAGQSxqEIoDCyAHRQ0AIAZBIGoQigMLIABBHGohACAEQRxrIQQgAUEcaiEBDAALAAuwBAEFfyMA\
QUBqIgMkACABKAIkIgQgASgCICIFIAQgBUsbIQYgASgCHCEHAkACQANAAkAgBCAGRg0AAkAgBCAH\
ai0AACIFQQlrQQJJDQACQCAFQSBrDgMBAgQACyAFQQ1HDQELIAEgBEEBaiIENgIkDAELCyAAIAFB\
i6zAAEEMEGUMAQsCQCACRQRAIANBJGogAUEAEA8gAygCJCICQQJHBEAgACADKQI4NwIUIAAgAykC\
MDcCDCAAIAMpAig3AgQgACACNgIADAMLIANBADYCECADQoCAgIAQNwIIDAELIANBJGogARB1IAMg\
AykCKDcDGCADIAMoAjA2AiAgAygCJCICQQJHBEAgACADKAI8NgIYIAAgAykCNDcCECAAIAMoAiA2\
AgwgACADKQMYNwIEIAAgAjYCAAwCCyADIAMpAxg3AwggAyADKAIgNgIQCyABKAIkIgQgASgCICIC\
IAIgBEkbIQIgASgCHCEFAkACQAJAA0AgAiAERg0BIAQgBWotAAAiBkEJayIHQRdLQQEgB3RBk4CA\
BHFFckUEQCABIARBAWoiBDYCJAwBCwsgBkE6Rw0AIAEgBEEBajYCJAwBCyADQSRqIAFBiKzAAEED\
EGUgAygCJCIBQQJHDQELIAAgAygCEDYCDCAAIAMpAwg3AgQgAEECNgIADAELIAAgAykCODcCFCAA\
IAMpAjA3AgwgACADKQIoNwIEIAAgATYCACADQQhqEIoDCyADQUBrJAAL0QMBA38jAEEQayIEJAAC\
QAJAAkAgASgCCCICQYCAgBBxRQRAIAJBgICAIHENASAAIAEQOkUNAkEBIQIMAwsgACgCACECA0Ag\
AyAEakEPaiACQQ9xLQDcqEE6AAAgA0EBayEDIAJBBHYiAg0AC0EBIQIgAUH6ucEAQQIgAyAEakEQ\
akEAIANrEBdFDQEMAgsgACgCACECA0AgAyAEakEPaiACQQ9xLQD8uUE6AAAgA0EBayEDIAJBBHYi\
Ag0AC0EBIQIgAUH6ucEAQQIgAyAEakEQakEAIANrEBcNAQsgASgCAEH4ucEAQQIgASgCBCgCDBEE\
AARAQQEhAgwBCyAAQQRqIQACQCABKAIIIgJBgICAEHFFBEAgAkGAgIAgcQ0BIAAgARA6IQIMAgsg\
ACgCACECQQAhAwNAIAMgBGpBD2ogAkEPcS0A3KhBOgAAIANBAWshAyACQQR2IgINAAsgAUH6ucEA\
QQIgAyAEakEQakEAIANrEBchAgwBCyAAKAIAIQJBACEDA0AgAyAEakEPaiACQQ9xLQD8uUE6AAAg\
A0EBayEDIAJBBHYiAg0ACyABQfq5wQBBAiADIARqQRBqQQAgA2sQFyECCyAEQRBqJAAgAgvyAwEI\
fyABKAIEIgUEQCABKAIAIQQDQAJAIANBAWohAgJ/IAIgAyAEai0AACIIwCIJQQBODQAaAkACQAJA\
AkACQAJAAkACQAJAAkACQCAILQCCq0FBAmsOAwABAgwLQbWhwAAgAiAEaiACIAVPGywAAEFATg0L\
IANBAmoMCgtBtaHAACACIARqIAIgBU8bLAAAIQcgCEHgAWsiBkUNASAGQQ1GDQIMAwtBtaHAACAC\
IARqIAIgBU8bLAAAIQYgCEHwAWsOBQQDAwMFAwsgB0FgcUGgf0cNCAwGCyAHQZ9/Sg0HDAULIAlB\
H2pB/wFxQQxPBEAgCUF+cUFuRyAHQUBOcg0HDAULIAdBQE4NBgwECyAJQQ9qQf8BcUECSyAGQUBO\
cg0FDAILIAZB8ABqQf8BcUEwTw0EDAELIAZBj39KDQMLQbWhwAAgBCADQQJqIgJqIAIgBU8bLAAA\
Qb9/Sg0CQbWhwAAgBCADQQNqIgJqIAIgBU8bLAAAQb9/Sg0CIANBBGoMAQtBtaHAACAEIANBAmoi\
AmogAiAFTxssAABBQE4NASADQQNqCyIDIgIgBUkNAQsLIAAgAzYCBCAAIAQ2AgAgASAFIAJrNgIE\
IAEgAiAEajYCACAAIAIgA2s2AgwgACADIARqNgIIDwsgAEEANgIAC/EDAgZ/AX4jAEEQayIHJAAD\
QAJAAkAgAiADSwRAIAEgA2otAAAiBEEiRwRAIARBLUYgBEEwa0H/AXFBCklyDQMMAgsgA0EBaiEE\
A0ACfwJAIAQiA0F3Sw0AIANBCGoiBCACSw0AIAEgA2opAAAiCUJ/hSAJQuDBg4eOnLjwYINCgYKE\
iJCgwIABfSAJQqLEiJGixIiRIoVCgYKEiJCgwIABfSAJQty48eLFi5eu3ACFQoGChIiQoMCAAX2E\
hINCgIGChIiQoMCAf4MiCVANAiAJeqdBA3YgA2oMAQsDQCACIANLIQQgASADaiADQQFqIQNBACAE\
GxCOAg0ACyADQQFrCyIDIAJPDQQCfyABIANqLQAAIgVB3ABHBEBBASAFQSJHDQEaDAQLQQILIANq\
IQQMAAsACyAAIAAoAgAgAiAGamo2AgAgB0EQaiQADwsgA0EBaiEDDAELIAMhBANAAkACQCACIARG\
BEAgAiEEDAELIAEgBGotAAAiBUEwa0H/AXFBCkkNASAFQeUARiAFQStrIghBGk1BAEEBIAh0QY2A\
gCBxG3INAQsgB0EIaiABIAIgAyAEQeCzwAAQcyAGIAcoAgggBygCDCIDEA4iBiADayIDQQAgAyAG\
TRtqIQYgBCEDDAILIARBAWohBAwACwALAAudCAEMfyMAQUBqIgQkACAEIAAgACABahBWIARBDGog\
AiACIANqEFZBfyEAAkAgBCgCCEHAAEsNACAEKAIUIgFBwABLDQAgBEEAOgAwIAQgATYCLCAEQQA2\
AiggBEEYaiEGIwBBIGsiAiQAIAJBFGogBEEoaiIAEJUBAkAgAigCGEEBRgRAIAIgAigCHEEEQQQQ\
sgEgAkEANgIQIAIgAikDADcCCCACQQhqIQMjAEEQayIFJAAgBUEEaiAAEJUBAkACQCAFKAIIQQFG\
BEAgAyAFKAIMELgCIAMoAgghASAALQAIQQFxDQEgACgCACIHIAAoAgQiCEsNASABQQFqIQAgAygC\
BCABQQJ0aiEBA0AgByAIRwRAIAEgBzYCACABQQRqIQEgAEEBaiEAIAdBAWohBwwBCwsgASAINgIA\
DAILQdihwABBI0GUl8EAEPIBAAsgASEACyADIAA2AgggBUEQaiQAIAYgAigCEDYCCCAGIAIpAgg3\
AgAgAkEgaiQADAELQdihwABBI0HsocAAEPIBAAsgBCgCBCIHIAQoAghBAnRqIQwDQAJAAkAgByAM\
RwRAIAcoAgAhDSAEQTRqIQUgBCgCFEEBaiEAIwBBIGsiAiQAAkACQAJAIA5BAWoiDiIBBEAgAkEI\
aiAAQQRBBBCyASACQQA2AhwgAiACKQMINwIUIAJBFGoiCCAAELgCQQEgACAAQQFNGyIJQQFrIQMg\
CCgCBCAIKAIIIgpBAnRqIQYCQANAIAMEQCAGIAE2AgAgA0EBayEDIAZBBGohBgwBBQJAIAkgCmoh\
AyAADQAgA0EBayEDDAMLCwsgBiABNgIACyAIIAM2AgggBSACKAIcNgIIIAUgAikCFDcCAAwBCyAC\
QRRqIABBAUEEQQQQYyACKAIYIQEgAigCFEEBRg0BIAIoAhwhAyAFIAA2AgggBSADNgIEIAUgATYC\
AAsgAkEgaiQADAELIAEgAigCHBDRAgALIAdBBGohByAEKAI4QQRqIQMgBCgCFEECdCECQQAhACAE\
KAI8IgYgBkEAR2shCCAEKAIQIQEDQCACRQ0CIAEoAgAhCSAEQRhqIgUgAEHwiMEAEKQCKAIAIQog\
BSAAQQFqIgVBgInBABCkAigCACELIARBNGogAEGQicEAEKQCIQ8gACAIRg0DIAMgDygCAEEBaiIA\
IAtBAWoiCyAKIAkgDUdqIgkgCSALSxsiCSAAIAlJGzYCACADQQRqIQMgAkEEayECIAFBBGohASAF\
IQAMAAsACyAEQRhqIgEgBCgCFEHgiMEAEKQCKAIAIQAgARCLAwwDCyAEQRhqEIsDIAQgBCgCPDYC\
ICAEIAQpAjQ3AxgMAQsLIABBAWogBkGgicEAELMBAAsgBEEMahCLAyAEEIsDIARBQGskACAAC48E\
AQJ/IAAgAWohAgJAAkAgACgCBCIDQQFxDQAgA0ECcUUNASAAKAIAIgMgAWohASAAIANrIgBBuL/B\
ACgCAEYEQCACKAIEQQNxQQNHDQFBsL/BACABNgIAIAIgAigCBEF+cTYCBCAAIAFBAXI2AgQgAiAB\
NgIADAILIAAgAxAwCwJAAkACQCACKAIEIgNBAnFFBEAgAkG8v8EAKAIARg0CIAJBuL/BACgCAEYN\
AyACIANBeHEiAhAwIAAgASACaiIBQQFyNgIEIAAgAWogATYCACAAQbi/wQAoAgBHDQFBsL/BACAB\
NgIADwsgAiADQX5xNgIEIAAgAUEBcjYCBCAAIAFqIAE2AgALIAFBgAJPBEAgACABEDUPCwJAQai/\
wQAoAgAiAkEBIAFBA3Z0IgNxRQRAQai/wQAgAiADcjYCACABQfgBcUGgvcEAaiIBIQIMAQsgAUH4\
AXEiAUGgvcEAaiECIAFBqL3BAGooAgAhAQsgAiAANgIIIAEgADYCDCAAIAI2AgwgACABNgIIDwtB\
vL/BACAANgIAQbS/wQBBtL/BACgCACABaiIBNgIAIAAgAUEBcjYCBCAAQbi/wQAoAgBHDQFBsL/B\
AEEANgIAQbi/wQBBADYCAA8LQbi/wQAgADYCAEGwv8EAQbC/wQAoAgAgAWoiATYCACAAIAFBAXI2\
AgQgACABaiABNgIACwuXBAIFfwF+IwBBIGsiByQAIABBoLLAAEEBIAEoAgwiBBEBAANAQQAhBiAH\
QQhqIAIiBSADIAgCfwJAA0AgBiAIaiIBQXdLIAFBCGogA0tyDQEgBSAIaiAFQQhqIQUgBkEIaiEG\
KQAAIglCf4UgCULgwYOHjpy48GCDQoGChIiQoMCAAX0gCUKixIiRosSIkSKFQoGChIiQoMCAAX0g\
CULcuPHixYuXrtwAhUKBgoSIkKDAgAF9hISDQoCBgoSIkKDAgH+DIglQDQALIAggCXqnQQN2aiAG\
akEIawwBCwNAIAEgA0khBSABIAJqIAFBAWohAUEAIAUbEI4CDQALIAFBAWsLIgFBpLLAABBzIAAg\
BygCCCAHKAIMIAQRAQAgASADSQRAAkACQAJAAkACQAJAAkACQAJAAkAgASACai0AACIFQQhrDgYH\
BgQBCAUACyAFQSJGDQEgBUHcAEYNAgsgB0EUaiIGIAUQeyAAIAcoAhggBygCHCAEEQEAIAYQigMM\
BwsgAEG0ssAAQQIgBBEBAAwGCyAAQbaywABBAiAEEQEADAULIABBuLLAAEECIAQRAQAMBAsgAEG6\
ssAAQQIgBBEBAAwDCyAAQbyywABBAiAEEQEADAILIABBvrLAAEECIAQRAQAMAQsgAEHAssAAQQIg\
BBEBAAsgAUEBaiEIDAELCyAAQaCywABBASAEEQEAIAdBIGokAAvpAwEEfyMAQTBrIgMkACADQQhq\
IgRBwAIgAiACQcACTxtBAmoQ+QEgBEEiEKMBIANBADYCHCADIAEgAmoiBDYCGCADIAE2AhQDQAJA\
AkACQAJAAkACQAJAIANBFGoiBRD0ASICQYCAxABHBEAgAyADKAIcIgZBAWo2AhwgBkHQAEYEQCAD\
QQhqIgJBpsAAEKMBIAJBIhCjASADIAEgBBC8AjYCLCADQQE2AhggAyADQSxqNgIUIANBIGoiAUGw\
n8AAIAUQqgIgAiADKAIkIAMoAigQ2gEgARCKAwwCCwJAAkAgAkEJaw4FCAYBAQcACyACQSJGDQMg\
AkHcAEYNBAsgAkHmwABrQQRJIAJBqsAAa0EFSXIgAkH+//8AcUGowABGIAJBIElyckUgAkH/AGtB\
IU9xDQcgA0EgaiIFIAIQeyADQQhqIAMoAiQgAygCKBDaASAFEIoDDAgLIANBCGpBIhCjAQsgACAD\
KAIQNgIIIAAgAykCCDcCACADQTBqJAAPCyADQQhqQbSywABBAhDaAQwFCyADQQhqQbaywABBAhDa\
AQwECyADQQhqQbiywABBAhDaAQwDCyADQQhqQbqywABBAhDaAQwCCyADQQhqQbyywABBAhDaAQwB\
CyADQQhqIAIQowEMAAsAC8gEAgR/AX4jAEFAaiIDJAAgASgCACEBAkACQAJAIAJB/wFxQQRHBEAg\
ASgCICEFIAEoAiQoAgwhAQwBCyADQTBqIAEoAiAiBUEHIAEoAiQoAgwiAREBAAJAAkACQAJAIAMt\
ADBBA2sOBAABAQUBCyADQTRqIgQoAggiBkGch8EAKAIARgR/IAQoAgRBmIfBACgCACAGEL4BBUEB\
Cw0BIAMgBCgCCDYCKCADIAQpAgA3AyAgA0EgahCKAyADLQAwQQNrDgQDAgIDAgsgA0EwahDtAQwD\
CyAEEIoDDAILIANBMGoQ7QELIANBMGogBSACEPQCIAERAQACQCADLQAwIgFBBkYNAAJAAkACQCAB\
QQJrDgIBAAMLIANBCGogAygCOCADKAI8EFAgAygCDEUNAiADQRRqIANBNGoQqwEMAQsgAyADKAI4\
IgUgAygCPCIBQS0QxgEgAygCBCABIAMoAgAiARsiBEUNASADIAEgBSABGyIBNgIgIAMgASAEaiIF\
NgIkIANBIGoiBBDPAQ0BIAMgBTYCJCADIAE2AiAgBCgCACEFIAQoAgQhBgNAIAYgBSIBRwRAIAQg\
AUEBaiIFNgIAIAEtAABBMEYNAQsLIAEgBkcEQCADQRRqIANBNGoQqwEMAQsgA0EUakGZiMEAQQEQ\
lwELIAMoAhQhASADQTBqEOACIAFBgICAgHhGDQEgAykCGCEHIAAgAjoADCAAIAc3AgQgACABNgIA\
DAILIANBMGoQ4AILIABBgICAgHg2AgALIANBQGskAAvXBgINfwF+IwBB8ABrIgMkAEEBIAIoAgQg\
Ai0AACIEGyEFQQAgAigCCCAEGyEEAkACQAJAIAEgAhCsAiIBBEAgAS0AAEEDRw0BIANBCGogASgC\
CCIGIAEoAgwiCRBQIAMoAgwNAiAAIAQ2AgggACAFNgIEIABBAjYCAAwDCyAAIAQ2AgggACAFNgIE\
IABBAjYCAAwCCyAAIAJBsa/AAEEIIAEQfAwBCyADIAIoAhQiBTYCECADIAUgAigCGEEDdGoiDjYC\
FCMAQSBrIggkACABQQRqIgEoAgghCiABKAIEIQsgA0EQaiIPKAIAIQEgDygCBCEMA0ACQCABIAxG\
BEBBACENDAELIA8gAUEIaiIENgIAIAEoAgAhDSAIIAFBBGooAgAiBzYCFCAIIA02AhAgCEEIaiAL\
IAoQUCAIIAgpAwg3AhggBCEBIAhBEGogCEEYahDTAkUNAQsLIAMgBzYCBCADIA02AgAgCEEgaiQA\
IAMoAgAiBARAIAMoAgQhASAAIAQ2AgQgAEECNgIAIAAgATYCCAwBCyADQTRqIgwgBiAJECkjAEEg\
ayIGJAAgBkEIaiAOIAVrQQN2IgFBBEEMELIBIAZBADYCHCAGIAYpAwg3AhQjAEEQayIJJAAgBkEU\
aiIEIAEQuQIgBCkCBCEQIAkgBEEIajYCBCAJIBBCIIk3AggjAEEQayIKJAAgCUEEaiIHKAIEIQsg\
BygCACAFIA5HBEAgBygCCCALQQxsaiEHIAEgC2ohCwNAIApBBGogBSgCACAFQQRqKAIAECkgByAK\
KAIMNgIIIAcgCikCBDcCACAFQQhqIQUgB0EMaiEHIAFBAWsiAQ0ACwsgCzYCACAKQRBqJAAgCUEQ\
aiQAIANBzABqIgQgBigCHDYCCCAEIAYpAhQ3AgAgBkEgaiQAIANBQGsiASADKAJQIAMoAlRByP/A\
AEECEBIgA0EDNgJsIANBAzYCZCADQQI2AlwgAyACQQxqNgJYIAMgATYCaCADIAw2AmAgA0EkakGv\
h8AAIANB2ABqEKoCIAEQigMgBBCVAyAMEIoDIAAgAykCIDcCCCAAIAMpAig3AhAgA0EANgIYIAAg\
AykCGDcCACADQQE6ADAgACADKAIwNgIYCyADQfAAaiQAC7MDAQV/IwBB8ABrIgMkAAJAAkAgASAC\
EKwCIgEEQCABLQAAQQRHDQEgA0EgaiABKAIMQQRBDBCyASADQQA2AjQgAyADKQMgNwIsIAEoAgxB\
BHQhBSABKAIIIQECQANAIAUEQCADIAQ2AjggAS0AAEEDRw0CIANBEGogAUEIaigCACIGIAFBDGoo\
AgAiBxBQIAMoAhQEQCADQQhqIAYgBxBQIANB2ABqIgYgAygCCCADKAIMEJcBIANBLGogBhDZAQsg\
AUEQaiEBIARBAWohBCAFQRBrIQUMAQsLIAAgAygCNDYCDCAAIAMpAiw3AgQgAEECNgIADAMLIANB\
GGogARDHAiADIAMpAxg3AlAgA0ECNgJsIANBATYCZCADQQI2AlwgAyACQQxqNgJYIAMgA0HQAGo2\
AmggAyADQThqNgJgIANBxABqQeCDwAAgA0HYAGoQqgIgAEEANgIAIAAgAykCPDcCBCAAIAMpAkQ3\
AgwgACADKAJMNgIUIABBAToAGCADQSxqEJUDDAILIABCBDcCCCAAQgI3AgAMAQsgACACQb2OwQBB\
EyABEHwLIANB8ABqJAAL5wIBBX8CQCABQc3/e0EQIAAgAEEQTRsiAGtPDQAgAEEQIAFBC2pBeHEg\
AUELSRsiBGpBDGoQCSICRQ0AIAJBCGshAQJAIABBAWsiAyACcUUEQCABIQAMAQsgAkEEayIFKAIA\
IgZBeHEgAiADakEAIABrcUEIayICIABBACACIAFrQRBNG2oiACABayICayEDIAZBA3EEQCAAIAMg\
ACgCBEEBcXJBAnI2AgQgACADaiIDIAMoAgRBAXI2AgQgBSACIAUoAgBBAXFyQQJyNgIAIAEgAmoi\
AyADKAIEQQFyNgIEIAEgAhAnDAELIAEoAgAhASAAIAM2AgQgACABIAJqNgIACwJAIAAoAgQiAUED\
cUUNACABQXhxIgIgBEEQak0NACAAIAQgAUEBcXJBAnI2AgQgACAEaiIBIAIgBGsiBEEDcjYCBCAA\
IAJqIgIgAigCBEEBcjYCBCABIAQQJwsgAEEIaiEDCyADC7ADAQV/IwBBEGsiBiQAIAYgAjYCDCAG\
IAE2AghBxgAhAwNAIANBAklFBEAgBCADQQF2IgUgBGoiBCAGQQhqIARBLGxBrNLAAGoQ1gJB/wFx\
QQFGGyEEIAMgBWshAwwBCwsCQAJAIAZBCGogBEEsbEGs0sAAahDWAkH/AXEiAwRAQbB6IQMDQCAD\
RQRAQQAhBEEDIQVBrIXBACEHQQAhA0EAIQJBACEBDAMLIANBwIXBAGohBSADQbyFwQBqIQcgA0Ek\
aiIEIQMgASACIAcoAgAgBSgCABDFAkUNAAsgBEGIhcEAaiEDIARBqYXBAGotAAAhASAEQaiFwQBq\
LQAAIQIgBEGkhcEAaigCACEFIARBoIXBAGooAgAhB0EAIQQMAQsgBCADQf8BRmoiAUHFAEsNASAB\
QSxsIgNBrNLAAGohBCADLQDV0kAhASADLQDU0kAhAiADKAK40kAhBSADKAK00kAhByADKAK80kAh\
AwsgACADNgIMIAAgBDYCCCAAIAE6ABEgACACOgAQIAAgBTYCBCAAIAc2AgAgBkEQaiQADwtBxgBB\
xgBBzP/AABCzAQALkwUBCX8jAEEwayIGJAACQAJAIAIEQAJAIAMEQCMAQTBrIgUkACAFQQA2Aiwg\
BSADNgIkIAUgAzYCHCAFIAQ2AiAgBSADIARqIgg2AiggBUEkaiEKIAMhBANAIAVBEGogChCEASAF\
KAIUIgdBCUYgB0EgRnIEQCAFKAIkIQQgBSgCKCEIDAEFAn8gB0GAgMQARwRAIAUoAiQgBSgCECIH\
IAggBGtqaiAFKAIoawwBC0EAIQdBAAshCANAIAUoAiQhCyAFKAIoIQwgBUEIaiAKEKQBIAUoAggh\
DSAFKAIMIgRBCUYgBEEgRnINAAsgBiAEQYCAxABHBH8gBSgCJCAMIAtrIA1qaiAFKAIoawUgCAsg\
B2s2AgQgBiADIAdqNgIAIAVBMGokAAsLIAYoAgQhBSAGKAIAIQdBACEDQQAhBANAIAMgBUYNAiAC\
IARLBEAgAyAHaiEIIANBAWohAyABIARqLQAAIAgtAABzIAlyIQkgBEEBaiIEQQAgAiAERxshBAwB\
CwsgBCACQeCGwQAQswEACyAGQQI2AiwgBkGIh8EANgIoIAZBAjYCJCAGQfCGwQA2AiAgBkEUakGa\
jMAAIAZBIGoQqgIgAEEANgIAIAAgBikCDDcCBCAAIAYpAhQ3AgwgACAGKAIcNgIUIABBAToAGAwD\
CyACIAVGEOECIAlBACAJa3LAQQBOEOECcRDhAkH/AXFFDQEgAEECNgIADAILIABBAjYCAAwBCyAG\
QQI2AiwgBkGIh8EANgIoIAZBAjYCJCAGQfCGwQA2AiAgBkEUakG2nMAAIAZBIGoQqgIgAEEANgIA\
IAAgBikCDDcCBCAAIAYpAhQ3AgwgACAGKAIcNgIUIABBAToAGAsgBkEwaiQAC4IDAQR/IAAoAgwh\
AgJAAkACQCABQYACTwRAIAAoAhghAwJAAkAgACACRgRAIABBFEEQIAAoAhQiAhtqKAIAIgENAUEA\
IQIMAgsgACgCCCIBIAI2AgwgAiABNgIIDAELIABBFGogAEEQaiACGyEEA0AgBCEFIAEiAkEUaiAC\
QRBqIAIoAhQiARshBCACQRRBECABG2ooAgAiAQ0ACyAFQQA2AgALIANFDQICQCAAKAIcQQJ0QZC8\
wQBqIgEoAgAgAEcEQCADKAIQIABGDQEgAyACNgIUIAINAwwECyABIAI2AgAgAkUNBAwCCyADIAI2\
AhAgAg0BDAILIAAoAggiACACRwRAIAAgAjYCDCACIAA2AggPC0Gov8EAQai/wQAoAgBBfiABQQN2\
d3E2AgAPCyACIAM2AhggACgCECIBBEAgAiABNgIQIAEgAjYCGAsgACgCFCIARQ0AIAIgADYCFCAA\
IAI2AhgPCw8LQay/wQBBrL/BACgCAEF+IAAoAhx3cTYCAAv/AgEGfyMAQUBqIgMkACADQRBqIAEg\
AhC3AQJAIAMoAhBBAXFFBEAgAEEHNgIADAELIAMoAhQhBSADQayGwQAoAgA2AjwgA0GkhsEAKQIA\
NwI0IANBnIbBACkCADcCLCADQZSGwQApAgA3AiQgA0EkaiEHAkACQANAIARBBGoiBkEgRg0BIAQg\
B2ogBiEEKAIAIAVHDQALIAVBAkcNASADQQhqIAEgAkEBahC3ASADKAIIQQFxRQRAIABBBzYCAAwD\
CyADKAIMIQQgAyABIAJBAmoQtwEgAygCAEEBcUUEQCAAQQc2AgAMAwsgAygCBCICIARqIgYgAkkE\
QCAAQQc2AgAMAwsgASgCZCAGSQRAIABBBzYCAAwDCyADQRxqIAEoAmAgBGogAhAaIAMoAhxBAUYE\
QCAAQQc2AgAMAwsgAygCICEBIAAgAygCJDYCCCAAIAE2AgQgAEECNgIADAILIABBBzYCAAwBCyAA\
QgE3AgQgACAFNgIACyADQUBrJAALygQBE38jAEEQayIKJAACQCABKAIQIgwgASgCCCIQSw0AIAFB\
FGoiESABLQAYIgdqQQFrIRIgASgCBCENIAEoAgwhBSAHQQVJIRMCQAJAA0AgBSAMSw0DIAUgDWoh\
BiASLQAAIQsCQCAMIAVrIgRBB00EQEEAIQJBACEDA0AgAyAERgRAIAQhAwwDCyALIAMgBmotAABG\
BEBBASECDAMFIANBAWohAwwBCwALAAsgCkEIaiEOQQAhAwJAAkACQCAGIAZBA2pBfHEiAkYEQCAE\
QQhrIQ9BACECDAELIAQgAiAGayICIAIgBEsbIQIgBARAIAshCEEBIQkDQCADIAZqLQAAIAhGDQQg\
AiADQQFqIgNHDQALCyACIARBCGsiD0sNAQsgC0GBgoQIbCEDA0BBgIKECCACIAZqIgkoAgAgA3Mi\
CGsgCHJBgIKECCAJQQRqKAIAIANzIghrIAhycUGAgYKEeHFBgIGChHhHDQEgAkEIaiICIA9NDQAL\
CyACIARHBEAgCyEDQQEhCQNAIAMgAiAGai0AAEYEQCACIQMMAwsgBCACQQFqIgJHDQALC0EAIQkL\
IA4gAzYCBCAOIAk2AgAgCigCDCEDIAooAgghAgsgAkEBRw0BIAEgAyAFakEBaiIFNgIMIAUgB0kN\
ACAFIAdrIQQgBSAQSw0AIBNFDQIgBCANaiARIAcQvgENAAsgACAFNgIIIAAgBDYCBEEBIRQMAgsg\
ASAMNgIMDAELQQAgB0EEQbihwAAQOAALIAAgFDYCACAKQRBqJAAL0AQCCH8BfiMAQTBrIgQkACAC\
KAIEIgYgAigCCEEcbGohCCMAQSBrIgUkACAFQQhqIAggBmtBHG4iAkEEQQwQsgEgBUEANgIcIAUg\
BSkDCDcCFCMAQRBrIgkkACAFQRRqIgcgAhC5AiAHKQIEIQwgCSAHQQhqNgIEIAkgDEIgiTcCCCAJ\
QQRqIgooAgQhByAKKAIAIAYgCEcEQCAGQQhqIQYgCigCCCAHQQxsaiEIIAIgB2ohBwNAIAhBCGog\
BkEEajYCACAIIAZBBGspAgA3AgAgBkEcaiEGIAhBDGohCCACQQFrIgINAAsLIAc2AgAgCUEQaiQA\
IAQgBSgCHDYCCCAEIAUpAhQ3AgAgBUEgaiQAIARBDGogBCgCCBCcASAEKAIUIQIgBCgCECEFIAME\
QCAEIAQ2AhggBSACIARBGGpBxLLAABAWCyAAQdyywABBASABKAIMIgkRAQAgBCgCDCEGIARBADYC\
LCAEIAUgAkECdCIHajYCJCAEIAY2AiAgBCAFNgIcIAQgBTYCGCAEIAQ2AihBASECA0ACQAJAIAdF\
DQAgBCAFQQRqIgY2AhwgBCAFKAIAQeCywAAQpQIiBSgCACIIRQ0AIAUoAgghCiAFKAIEIQUgBCAC\
NgIsIAJBAUYNASAAQeaxwABBASAJEQEADAELIARBGGoQtQIgAEHdssAAQQEgCREBACAEEIgDIARB\
MGokAA8LIAAgASAIIAUQKCAAQd6ywABBASAJEQEAIAAgASAKIAMQSCAHQQRrIQcgAkEBaiECIAYh\
BQwACwAL+AIBBH8jAEHgAGsiAyQAIANBGGogAUEAIAIoAgwRAQACQAJAAkACQCADLQAYQQNrDgQC\
AQEAAQsgAEEEakGgh8EAQeAAEMkCIABBgICAgHg2AgAMAgsgAyADKQIgNwMwIAMgAykCGDcDKCAD\
QQhqIANBGGoQxwIgAyADKQMINwJQIANBAjYCXCADIANB0ABqNgJYIANBQGtBuoXAACADQdgAahCq\
AiAAQoCAgIAINwIAIAAgAykCODcCCCAAIAMpAkA3AhAgACADKAJINgIYIABBAToAHCADQShqEO0B\
DAELIANBEGogAygCICIEIAMoAiQiBRBQIAMoAhQEQCADKAIcIQYgAEEMaiAEIAUQLiAAIAI2AiQg\
ACABNgIgIAAgBTYCCCAAIAQ2AgQgACAGNgIADAELIAMgA0EcaiIBKAIINgJAIAMgASkCADcDOCAA\
QQRqQYCIwQBBGRDJAiAAQYCAgIB4NgIAIANBOGoQigMLIANB4ABqJAALwwIBBH8gAEIANwIQIAAC\
f0EAIAFBCHYiA0UNABpBHyABQYCAgAhPDQAaIAFBJiADZyIDa3ZBAXEgA0EBdHJBPnMLIgI2Ahwg\
AkECdEGQvMEAaiEEQQEgAnQiA0Gsv8EAKAIAcUUEQCAEIAA2AgAgACAENgIYIAAgADYCDCAAIAA2\
AghBrL/BAEGsv8EAKAIAIANyNgIADwsCQAJAIAEgBCgCACIDKAIEQXhxRgRAIAMhAgwBCyABQRkg\
AkEBdmtBACACQR9HG3QhBQNAIAMgBUEddkEEcWoiBCgCECICRQ0CIAVBAXQhBSACIQMgAigCBEF4\
cSABRw0ACwsgAigCCCIBIAA2AgwgAiAANgIIIABBADYCGCAAIAI2AgwgACABNgIIDwsgBEEQaiAA\
NgIAIAAgAzYCGCAAIAA2AgwgACAANgIIC9kCAQV/IwBBQGoiAyQAIAMgADYCKCAAQShqIQYgAC0A\
aCEEIAMgA0EoajYCLAJAAkACQEHAACAEayIFIAJNBEAgBA0BDAILIANBEGogBCAGQcAAQdyiwAAQ\
hwIgA0EIaiACIAMoAhAgAygCFEHsosAAEOcBIAMoAgggAygCDCABIAJB/KLAABCeAiACIARqIQQM\
AgsgA0EwaiABIAIgBUGMosAAEPgBIAMoAjwhAiADKAI4IQEgAygCNCEFIAMoAjAhByADQSBqIAQg\
BkHAAEGcosAAEIcCIAMoAiAgAygCJCAHIAVBrKLAABCeAiADQSxqIAZBARDCAgsgAkE/cSEEIAJB\
BnYiBQRAIANBLGogASAFEMICCyADQRhqIAQgBkHAAEG8osAAEOcBIAMoAhggAygCHCABIAJBwP//\
/wdxaiAEQcyiwAAQngILIAAgBDoAaCADQUBrJAALuQIBBH8jAEEQayIFJAACQAJAIAAtABBFBEAg\
ACgCDCIDIAIgACgCCEECdGpBDGpPDQELIABBAToAEAwBCyAAIAMgAmsiBDYCDCAFQQhqIAQgAyAA\
KAIAIAAoAgRBlLXAABD1ASAFKAIIIAUoAgwgASACQaS1wAAQngICQAJAIAJBA00EQCABQQFrIQEg\
AiEDA0AgA0UNAiABIANqIANBAWshAywAAEEATg0AC0EFIQQMAgtBBSEEIAEoAABBgIGChHhxDQFB\
BCABQQNqQXxxIgMgAWsgASADRhshAyACQQRrIQYDQCADIAZJBEAgASADaigCAEGAgYKEeHENAyAD\
QQRqIQMMAQsLIAEgBmooAABBgIGChHhxDQELQQQhBAsgACAEIAIQtgIgACAAKAIMEJYBCyAFQRBq\
JAALlAIBAX8jAEEgayIEJAACQAJAAkAgACACTQRAIAEgAksNASAAIAFNDQIgBCAANgIIIAQgATYC\
DCAEIARBDGqtQoCAgIAQhDcDGCAEIARBCGqtQoCAgIAQhDcDEEGuhMAAIARBEGogAxDyAQALIAQg\
ADYCCCAEIAI2AgwgBCAEQQxqrUKAgICAEIQ3AxggBCAEQQhqrUKAgICAEIQ3AxBBv4bAACAEQRBq\
IAMQ8gEACyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgBCENwMYDAELIAQgATYCCCAEIAI2Agwg\
BCAEQQxqrUKAgICAEIQ3AxgLIAQgBEEIaq1CgICAgBCENwMQQfiGwAAgBEEQaiADEPIBAAvAAgIF\
fwF+IwBBQGoiAiQAIAJBJGogAUEAEA0gAiACKQIoNwMQIAIgAikCMDcDGAJAIAIoAiQiA0ECRwRA\
IAIpAjghByAAIAIpAxg3AgwgACACKQMQNwIEIAAgBzcCFCAAIAM2AgAMAQsgAiACKQMQNwMAIAIg\
AikDGDcDCCABKAIkIgMgASgCICIEIAMgBEsbIQQgASgCHCEFA0ACQCADIARGDQAgAyAFai0AAEEJ\
ayIGQRdLQQEgBnRBk4CABHFFcg0AIAEgA0EBaiIDNgIkDAELCyACQSRqIAEQswIgAEEEaiEBIAIo\
AiQiA0ECRwRAIAEgAikCODcCECABIAIpAjA3AgggASACKQIoNwIAIAAgAzYCACACEO0BDAELIAEg\
AikDCDcCCCABIAIpAwA3AgAgAEECNgIACyACQUBrJAALhwIBB38jAEEQayIDJABBCiECIAAoAgAi\
BCEAIARB6AdPBEADQCADQQZqIAJqIgVBBGsgACIGIABBkM4AbiIAQZDOAGxrIgdB//8DcUHkAG4i\
CEEBdC8AuqlBOwAAIAVBAmsgByAIQeQAbGtB//8DcUEBdC8AuqlBOwAAIAJBBGshAiAGQf+s4gRL\
DQALCyAAQQlLBEAgAkECayICIANBBmpqIAAgAEH//wNxQeQAbiIAQeQAbGtB//8DcUEBdC8AuqlB\
OwAAC0EAIAQgABtFBEAgAkEBayICIANBBmpqIABBAXQtALupQToAAAsgAUEBQQAgA0EGaiACakEK\
IAJrEBcgA0EQaiQAC5cHAQh/IwBB0ABrIgQkACAEIAM2AgwgBCACNgIIIARBEGogARDwAiAEQRE2\
AiAgBEH8o8AANgIcAkACQCABKAIYIgIEQCABKAIQRQ0BCyMAQTBrIgIkACACIAFBDGoiAygCACIB\
IAMoAgQiA2o2AiwgAiABNgIoIAIgAzYCJCACIAE2AiAgAkGvhcEANgIcIAJBrIXBADYCGCACQQxq\
IQYjAEFAaiIBJAAgAUEQaiACQRhqIgMQbAJAIAEoAhAiCARAIAEoAhQhCSABQShqIgcgAxB/IAFB\
CGpBBCABKAIoQQFqIgVBfyAFGyIFIAVBBE0bQQRBCBCyASABKAIIIQogASgCDCIFIAk2AgQgBSAI\
NgIAIAFBATYCJCABIAU2AiAgASAKNgIcIAEgAykCEDcDOCABIAMpAgg3AzAgASADKQIANwMoIAFB\
HGohBSMAQSBrIgMkAANAAkAgA0EIaiAHEGwgAygCCCIJRQ0AIAMoAgwhCiAFKAIIIgggBSgCAEYE\
QCADQRRqIAcQfyAFIAMoAhRBAWoiC0F/IAsbELoCCyAFKAIEIAhBA3RqIgsgCjYCBCALIAk2AgAg\
BSAIQQFqNgIIDAELCyADQSBqJAAgBiABKAIkNgIIIAYgASkCHDcCAAwBCyAGQQA2AgggBkKAgICA\
wAA3AgALIAFBQGskACAEQSRqIgEgAigCECACKAIUEBEgBhCJAyACQTBqJAAgBEECNgJMIARBAjYC\
RCAEQQM2AjwgBEEDNgI0IAQgBEEIajYCSCAEIARBHGo2AkAgBCABNgI4IAQgBEEQajYCMCAAQe+K\
wAAgBEEwahCqAiABEIoDDAELIARBJGohAyMAQSBrIgEkACABIAIoAggiBTYCECABIAUgAigCDGo2\
AhQgAkEIaiEGQQEhAkGy/MAAIQUCQCABQRBqEPQBIgdBgIDEAEYNACAHQeEAa0EfdyIHQQpLDQAg\
B0ECdCIFKAKQmkEhAiAFKALkmUEhBQsgASACNgIMIAEgBTYCCCABQQI2AhwgASAGNgIYIAFBAjYC\
FCABIAFBCGo2AhAgA0GXi8AAIAFBEGoQqgIgAUEgaiQAIARBAjYCTCAEQQI2AkQgBEEDNgI8IARB\
AzYCNCAEIARBCGo2AkggBCAEQRxqNgJAIAQgAzYCOCAEIARBEGo2AjAgAEG6isAAIARBMGoQqgIg\
AxCKAwsgBEEQahCKAyAEQdAAaiQAC7YCAQN/IwBB4ABrIgQkACAEIAM2AhggBCACNgIUIAEoAghB\
FGwhAyABKAIEIQUCQAJAA0AgA0UNASAEIANBFGsiAyAFaiICNgI4IARBOGoiBiAEQRRqEI8CRQ0A\
CyAEQQhqIAFBDGoQogMgBCAEKAIIIAQoAgwgAkEMaigCACACQRBqKAIAQfCuwAAQcyAEQQA2Alwg\
BEEENgJIIARB1KrAADYCRCAEQQA2AkAgBEKAgICAwAA3AjggBCAEKAIEIgE2AlggBCAEKAIAIgI2\
AlQgBCABNgJQIAQgAjYCTCAEQRxqIAZBARANAkAgBCgCHEECRgRAIAAgBCkCKDcCCCAAIAQpAiA3\
AgAMAQsgAEEGOgAAIARBHGoQvQILIARBOGoQiwMMAQsgAEEGOgAACyAEQeAAaiQAC4gCAQZ/IAAo\
AggiBCECAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIGIAAoAgAgBGtLBH8g\
ACAEIAYQaCAAKAIIBSACCyAAKAIEaiECAkAgAUGAAU8EQCABQT9xQYB/ciEFIAFBBnYhAyABQYAQ\
SQRAIAIgBToAASACIANBwAFyOgAADAILIAFBDHYhByADQT9xQYB/ciEDIAFB//8DTQRAIAIgBToA\
AiACIAM6AAEgAiAHQeABcjoAAAwCCyACIAU6AAMgAiADOgACIAIgB0E/cUGAf3I6AAEgAiABQRJ2\
QXByOgAADAELIAIgAToAAAsgACAEIAZqNgIIQQALiAIBBn8gACgCCCIEIQICf0EBIAFBgAFJDQAa\
QQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgYgACgCACAEa0sEfyAAIAQgBhBvIAAoAggFIAILIAAo\
AgRqIQICQCABQYABTwRAIAFBP3FBgH9yIQUgAUEGdiEDIAFBgBBJBEAgAiAFOgABIAIgA0HAAXI6\
AAAMAgsgAUEMdiEHIANBP3FBgH9yIQMgAUH//wNNBEAgAiAFOgACIAIgAzoAASACIAdB4AFyOgAA\
DAILIAIgBToAAyACIAM6AAIgAiAHQT9xQYB/cjoAASACIAFBEnZBcHI6AAAMAQsgAiABOgAACyAA\
IAQgBmo2AghBAAvtAQEDfyAAIAMoAgggASgCDCABKAIIIgVBGXcgBUEOd3MgBUEDdnNqaiAEKAIE\
IgZBD3cgBkENd3MgBkEKdnNqIgY2AgwgACADKAIEIAUgASgCBCIHQRl3IAdBDndzIAdBA3Zzamog\
BCgCACIFQQ93IAVBDXdzIAVBCnZzaiIFNgIIIAAgAygCACAHIAEoAgAiAUEZdyABQQ53cyABQQN2\
c2pqIAZBD3cgBkENd3MgBkEKdnNqNgIEIAAgASAEKAIMaiACKAIMIgBBGXcgAEEOd3MgAEEDdnNq\
IAVBD3cgBUENd3MgBUEKdnNqNgIAC4ECAQZ/AkACQCABKAIAIggoAggiCSAFSSAEIAVLckUEQCAI\
KAIEIgggBUECdGohCyAIIARBAnRqIQUgASgCDCEMIAEoAgghDSABKAIEIQhBACEJA0AgASEEA0Ag\
BSALRg0DIAggBSgCACIBEPECIAZJDQMgDSACIAMgARDJASEKIAEgA08NBCAFQQRqIQUgASACaiAK\
OgAAIAogCCABEPECIAwgByABENwBIAZqSXINAAsgCUVBASEJDQAgASAEIAggARDxAiAIIAQQ8QJJ\
GyEBDAALAAsgBCAFIAlBoKjAABA4AAsgACAENgIEIAAgCTYCAA8LIAEgA0GwqMAAELMBAAuvBAEL\
fyMAQRBrIgckAAJAQbS7wQAoAgANAEG0u8EAQX82AgBBxLvBACgCACICQcC7wQAoAgAiAEYEQCAC\
IgBBuLvBACgCACIBRgRA0G9BgAEgACAAQYABTRsiAPwPASIEQX9GDQICQEHIu8EAKAIAIgFFBEBB\
yLvBACAENgIADAELIAEgAmogBEcNAwsjAEEQayIFJAAgBUEIaiEIQcC7wQAoAgAhCUEEIQEjAEEQ\
ayIGJABBuLvBACgCACAJayAATwR/QYGAgIB4BSAGQQhqIQQjAEEQayIDJAACf0EAIAAgCWoiASAA\
SQ0AGiADQQRqQbi7wQAgAUEEQQQQSyADKAIEQQFGBEAgAygCDCEKIAMoAggMAQsgAygCCCEAQbi7\
wQAgATYCAEG8u8EAIAA2AgBBgYCAgHgLIQAgBCAKNgIEIAQgADYCACADQRBqJAAgBigCDCEBIAYo\
AggLIQAgCCABNgIEIAggADYCACAGQRBqJAAgBSgCDCEBIAdBCGoiACAFKAIINgIAIAAgATYCBCAF\
QRBqJAAgBygCCEGBgICAeEcNAkG4u8EAKAIAIQFBwLvBACgCACEACyAAIAFPDQFBvLvBACgCACAA\
QQJ0aiACQQFqNgIAQcC7wQAgAEEBaiIANgIACyAAIAJNDQBBxLvBAEG8u8EAKAIAIAJBAnRqKAIA\
NgIAQbS7wQBBtLvBACgCAEEBajYCAEHIu8EAKAIAIAdBEGokACACag8LAAvjYgI4fwF+IwBBQGoi\
EiQAIBJBADYCGCASIAEoAgAoAgAiBjYCHAJAIAEoAhAoAgAiBQRAIBJBEGogBSABKAIUKAIAEOAB\
IBIoAhAhBSASQTBqIgggEigCFCIBNgIIIAggBTYCBCAIIAE2AgACQCASKAIwQYCAgIB4RgRAIBIg\
EikCNDcCJCASQYGAgIB4NgIgDAELIBIgEigCODYCKCASIBIpAjAiOjcDICA6p0GBgICAeEcNAgsg\
EkEIaiEFQQAhAQJ/IBJBIGoiACgCAEGBgICAeEYEQCAAKAIIIQEgACgCBAwBCyAAEN4CQQALIQAg\
BSABNgIEIAUgADYCACASKAIIIQYgEigCDCEFAkAgEkEYaiIAKAIAIgEEQCAAKAIEIQAMAQsgAEEE\
ahDVAgsgEiAANgIEIBIgATYCACASKAIAIgEgBiABGyIAQQEgABsgEigCBCAFIAEbQQAgABsQoQMA\
CyASQYCAgIB4NgIgCyASIBIoAig2AjggEiASKQMgNwMwIBJBMGohDCMAQdAAayIYJAAgGCAGNgII\
IBhBDGoiASAYQQhqEJ8DEE0CQCAYKAIMQQJHBEAgARDeASEBIABBgICAgHg2AgAgACABNgIEIAwQ\
3gIMAQsjAEEQayIHJAAgB0EEaiAYQQhqIg0QnwMiBRD5ASAHKAIIIA0QnwMhCCMAQRBrIgokACAN\
EJ8DIQYgCiAINgIMIAogBjYCCCAGIAhHBEAjAEEQayIAJAAgACAKQQxqNgIMIAAgCkEIajYCCCMA\
QUBqIgEkACABQeyowQA2AgQgASAAQQhqNgIAIAFB7KjBADYCDCABIABBDGo2AgggAUHQusEAKAIA\
NgIUIAFBxLrBACgCADYCECABIAFBCGqtQoCAgICwD4Q3AzAgASABrUKAgICAsA+ENwMoIAEgAUEQ\
aq1CgICAgNAPhDcDIEHXiMAAIAFBIGpBhJzBABDyAQALIAggDSgCACUBEAEgCkEQaiQAIBhBKGoi\
ASAFNgIIIAEgBykCBDcCACAHQRBqJAACQCAMKAIAQYCAgIB4RwRAIBggDCgCCCIGNgJIIBggDCkC\
ADcDQCAYQQA2AhQgGEKAgICAwAA3AgwgGCgCRCEFIwBBIGsiCCQAIAhBCGoiAUHQtsAAQRUQlwEg\
CEEUaiAFIAYQlwEgGEEMaiIFIAEQygEgGEE0aiIBIAUoAgg2AgggASAFKQIANwIAIAhBIGokACAY\
QUBrEIoDDAELIBhBADYCPCAYQoCAgIDAADcCNAsgGEEoaiI4ISggGEE0aiI5IQYjAEHwAGsiFyQA\
AkBBAEHotsAAKAIAEQUAIgEEQCAXQQhqIAFB7LbAABCEAkGAgICAeCEuIBcoAgwhMgJ/AkAgFygC\
CCIBKAIAQYCAgIB4RwRAIBdBMGohEyAoKAIEIQwgKCgCCCEFIAFBDGohHyMAQZACayIEJAAgBEEQ\
aiEaIAYoAghBGGwhDyAGKAIEIghBEGohBgJ/A0BBACAPRQ0BGgJAIAgoAghBFUYEQCAGQQxrKAIA\
IQdBFSENQdC2wAAhCkEVIRkDQCAZRSANRXIiAUUEQCAKLQAAIRAgBy0AACELIA1BAWshDSAKQQFq\
IQogGUEBayEZIAdBAWohByALQSBBACALQcEAa0H/AXFBGkkbckH/AXEgEEEgQQAgEEHBAGtB/wFx\
QRpJG3JB/wFxRg0BCwsgAQ0BCyAIQRhqIQggD0EYayEPIAZBGGohBgwBCwsgBkEEaigCACEIIAYo\
AgALIQEgGiAINgIEIBogATYCACAEQeAAaiAfKAIEIB8oAgggBCgCECAEKAIUEC8CQCAEKAJgIgFB\
AkcEQCATIAQpAnQ3AhggEyAEKQJsNwIQIBMgBCkCZDcCCCATQQE2AgAgEyABNgIEDAELIARB4ABq\
IREjAEHwAWsiAiQAIAJBEGogDCAFEB8gAigCGCEGIAIoAhQhAQJAIAIoAhAiBUECRwRAIBEgAikC\
JDcCGCARIAIpAhw3AhAgESAGNgIMIBEgATYCCCARIAU2AgQgEUGAgICAeDYCAAwBCyACQQA2AjQg\
AiAGNgIwIAIgATYCLCACIAY2AiggAiABNgIkIAJBBDYCICACQdSqwAA2AhwgAkEANgIYIAJCgICA\
gMAANwIQAkACQAJAAkACQAJAAkACQANAIAYgHUYNASABIB1qLQAAIghBCWsiBUEXS0EBIAV0QZOA\
gARxRXJFBEAgAiAdQQFqIh02AjQMAQsLIAhB+wBHDQAgAiAdQQFqIgg2AjQgAkEANgJ8IAJCgICA\
gMAANwJ0IAYgCCAGIAhLGyEHA0AgByAIRg0DIAEgCGotAAAiDUEJayIFQRdLQQEgBXRBk4CABHFF\
cg0CIAIgCEEBaiIINgI0DAALAAsgAkHUAWogAkEQahA5IAIgAikC2AE3A5ABIAIgAikC4AE3A5gB\
AkAgAigC1AEiAUECRwRAIAIpAugBITogESACKQOYATcCECARIAIpA5ABNwIIIBEgOjcCGCARIAE2\
AgQMAQsgAiACKQOQATcDWCACIAIpA5gBNwNgIAIgAkHYAGoiARDHAiACIAIpAwA3AsgBIAJBAjYC\
lAEgAiACQcgBajYCkAEgAkHgAWpBjYXAACACQZABahCqAiACQQA2AtQBIBEgAikC1AE3AgQgESAC\
KQLcATcCDCARIAIpAuQBNwIUIAJBAToA7AEgESACKALsATYCHCABEO0BCyARQYCAgIB4NgIADAYL\
IA1B/QBGDQELIAJB5AFqISAgAkGVAWohFSACQdkBaiEOIAJBoAFqISEgAkGYAWohGSACQdwBaiEa\
IAJBlAFqIRsgAkHYAWohHANAIAJB1AFqIAJBEGpBARAiIAIgHCkCADcDkAEgAiAcKAIINgKYASAC\
KALUASIPQQJHBEAgAiACKALsATYCcCACIAIpAuQBNwJoIAIgAikDkAE3AlwgAiACKAKYATYCZAwD\
CyACIAIpA5ABNwOAASACIAIoApgBNgKIASACKAI0IgUgAigCMCINIAUgDUsbIQggAigCLCEPA0AC\
QCAFIAhGBEAgCCEFDAELIAUgD2otAABBCWsiB0EXS0EBIAd0QZOAgARxRXINACACIAVBAWoiBTYC\
NAwBCwsgAkEANgK0ASACQoCAgIAQNwKsASAFIQgDQCAIIA0gCCANSxshDQJAAkADQAJAAkACQAJA\
AkAgCCANRg0AIAggD2otAAAiB0EJa0ECSQ0DAkAgB0Egaw4DBAEDAAsgB0ENRg0DIAdB2wBGIAdB\
+wBGcg0BCyACQdQBaiACQRBqEBsgAigC1AEiD0ECRg0DIBUgDikAADcAACAVIA4pAAg3AAggFSAO\
KQAPNwAPIAIgAi0A2AE6AJQBIAIgDzYCkAEMBQsgAkHUAWogAkEQaiACKAK0AUEBahCRASACKALU\
ASIPQQJHBEAgGSAaKQIANwIAIBkgGikCCDcCCCAZIBooAhA2AhAgAiACKALYATYClAEgAiAPNgKQ\
AQwFCyACIAIoAjRBAWoiCDYCNEH9AEHdACAHQfsARiILGyEQIAIoAjAhCiACKAIsIQwCQAJAA0Ag\
CCAKTw0BIAggDGotAAAiB0EJayINQRdLQQEgDXRBk4CABHFFckUEQCACIAhBAWoiCDYCNAwBCwsg\
ByAQRg0BCyACKAK0ASIHIAIoAqwBRgRAIwBBEGsiCiQAIApBBGogAkGsAWoiDCgCACIIIAwoAgRB\
CCAIQQF0IgggCEEITRsiDRB6IAooAgRBAUYEQCAKKAIIIAooAgwQ0QIACyAKKAIIIQggDCANNgIA\
IAwgCDYCBCAKQRBqJAALIAIoArABIAdqIBA6AAAgAiAHQQFqNgK0ASALRQ0GIAJB1AFqIAJBEGpB\
ABAiIAIgHCkCADcDyAEgAiAcKAIINgLQASACKALUASIPQQJHBEAgISAgKAIINgIIICEgICkCADcC\
ACAbIAIoAtABNgIIIBsgAikDyAE3AgAMBgsgAiACKQPIATcDuAEgAiACKALQATYCwAEgAkG4AWoQ\
igMMBgsgAiAIQQFqNgI0DAILIAJB1AFqIAJBEGpBABAPIAIoAtQBIg9BAkYNASAbIBwpAhA3AhAg\
GyAcKQIINwIIIBsgHCkCADcCAAwDCyACIAhBAWoiCDYCNAwBCwsgAigCNCEIIAIoAiwhCyACKAIw\
IRAgAigCtAEhByACKAKwASEKA0BBAiEPIAdFDQEgByAKakEBayIMRQ0BIAggECAIIBBLGyENIAwt\
AAAhDAJAAkACQANAIAggDUYNAQJAIAggC2otAAAiFkEJa0ECSSAWQQ1GciAWQSBGckUEQCAWQSxH\
DQEgAiAIQQFqNgI0IAxB/QBHDQggAkHUAWogAkEQakEAECIgAiAcKQIANwPIASACIBwoAgg2AtAB\
IAIoAtQBIg9BAkYNBCAhICAoAgg2AgggISAgKQIANwIAIBsgAigC0AE2AgggGyACKQPIATcCAAwH\
CyACIAhBAWoiCDYCNAwBCwsgDCAWRg0CCyACQZABaiACQRBqQZeswABBoazAACAMQf0ARhtBChBl\
IAIoApABIQ8MAwsgAiACKQPIATcDuAEgAiACKALQATYCwAEgAkG4AWoQigMMAwsgAiAHQQFrIgc2\
ArQBIAIgCEEBaiIINgI0DAALAAsgAkGsAWoQigMgD0ECRwRAIAIgGykCEDcCbCACIBspAgg3AmQg\
AiAbKQIANwJcIAJBgAFqEIoDDAULIAIoAjQhCCACKAJ8Ig0gAigCdEYEQCACQfQAahDQAQsgAigC\
eCANQRRsaiIHIAIoAogBNgIIIAcgAikDgAE3AgAgByAINgIQIAcgBTYCDCACIA1BAWo2AnwgAigC\
NCIIIAIoAjAiDSAIIA1LGyEHIAIoAiwhBQNAAkACQCAHIAhHBEAgBSAIai0AACIMQQlrQQJJIAxB\
DUZyIAxBIEZyDQEgDEEsRgRAIAIgCEEBajYCNAwHCyAMQf0ARg0CCyACQdgAaiACQRBqQZeswABB\
ChBlIAIoAlghDwwHCyACIAhBAWoiCDYCNAwBCwsgAiACKQJ0NwJcIAIgAigCfDYCZCACIAhBAWoi\
BzYCNAwFCyACKAIsIQ8gAigCNCEIIAIoAjAhDQwACwALAAsgAiACKQJ0NwJcIAIgAigCfDYCZCAC\
IAhBAWoiBzYCNCABIQUgBiENDAELIAJB9ABqEI8DIA9BAkcNASACKAIsIQUgAigCMCENIAIoAjQh\
BwsgAiACKQJcNwM4IAIgAigCZDYCQCAHIA0gByANSxshDCAHIQgDQAJAIAggDEYNACAFIAhqLQAA\
QQlrIg1BF0tBASANdEGTgIAEcUVyDQAgAiAIQQFqIgg2AjQMAQsLIAJB1AFqIAJBEGoQswIgAigC\
1AEiBUECRwRAIBEgAikC6AE3AhggESACKQLgATcCECARIAIpAtgBNwIIIBFBgICAgHg2AgAgESAF\
NgIEIAJBOGoQjwMMAgsCQCACKAIYIghFBEBBgICAgHghCAwBCyACKAIUIQUgAkHYAGogASAGEJcB\
IAhBAnQhCANAIAgEQCACQQhqIAJB2ABqIAUoAgAiASABQQRqQcCrwAAQ1AEgAigCCCACKAIMQdCr\
wABBBEHUq8AAEJ4CIAhBBGshCCAFQQRqIQUMAQsLIAIoAlghCCACQZABaiACKAJcIgEgAigCYCIG\
EBogAigCkAFFDQAgAiACKQKUASI6NwLgASACIAY2AtwBIAIgATYC2AEgAiAINgLUASAIQYCAgIB4\
RgRAIAEhCCAGIQEgOqchBgwBCyACQdQBahCKA0EBIQFBACEIQQAhBgsgESACKAJANgIIIBEgAikD\
ODcCACARIAc2AhwgESAdNgIYIBEgBjYCFCARIAE2AhAgESAINgIMIAJBEGoQiwMMAgsgESACKQJo\
NwIUIBEgAigCcDYCHCACIAIoAmQiATYCUCACIAIpAlwiOjcDSCARIAE2AhAgESA6NwIIIBEgDzYC\
BCARQYCAgIB4NgIACyACQRBqEIsDCyACQfABaiQAIAQgBCkCZDcDOCAEIAQpAmw3A0AgBCAEKQJ0\
NwNIIAQgBCgCfDYCUCAEKAJgIgFBgICAgHhGBEAgEyAEKAJQNgIcIBMgBCkDSDcCFCATIAQpA0A3\
AgwgEyAEKQM4NwIEIBNBATYCAAwBCyAEIAQoAlA2AjQgBCAEKQNINwIsIAQgBCkDQDcCJCAEIAQp\
Azg3AhwgBCABNgIYIARB4ABqIARBGGpB5I7BABA0IAQgBCkCZDcDmAEgBCAEKQJsNwOgASAEIAQp\
AnQ3A6gBIAQgBCgCfDYCsAECQCAEKAJgIgFBgICAgHhGBEAgEyAEKAKwATYCHCATIAQpA6gBNwIU\
IBMgBCkDoAE3AgwgEyAEKQOYATcCBCATQQE2AgAMAQsgBCAEKQOYATcCPCAEIAQpA6ABNwJEIAQg\
BCkDqAE3AkwgBCAEKAKwATYCVCAEIAQpAoABNwJYIAQgATYCOCAEQYCAgIB4NgKIASAEIARBGGo2\
ApQBIARB4ABqIARBOGogHyAEQYgBakH8jsEAEAwgBCAEKQJoNwO4ASAEIAQpAnA3A8ABIAQgBCkC\
eDcDyAEgBCgCZCEBAkAgBCgCYEEBRgRAIBMgBCkDyAE3AhggEyAEKQPAATcCECATIAQpA7gBNwII\
IBMgATYCBCATQQE2AgAMAQsgAUGAgICAeEcEQCAEIAQpA7gBIjo3ApwBIAQgBCkDyAE3AqwBIAQg\
BCkDwAE3AqQBIAQgATYCmAEgOqciD0EMaiEIIAQoAqABIg1B6ABsIQEgBEHkAGohDANAAkACfwJA\
AkACQAJAIAEEQCAEIAgpAgA3A9gBIAQgCEEIayIZKQIANwPQASAZQYKAgIB4NgIAIAhBBGshB0ED\
IAQoAtABIgZBgICAgHhzIAZBAE4bQQJrDgIBAgMLIA1B6ABsIQggHy0APUEBcSERA0ACQCAIBEAg\
BEHgAGohJSAEKAI8ITMgBCgCQCE0QQAhDSMAQfABayIDJAACQAJAAkAgDxCpAyImQYH4AU8EQCAP\
QQRqISIgDygCBEGAgICAeEYEQCADQYABaiEGIwBBIGsiByQAAkACQAJAAkBBAyAiKAIAIgFBgICA\
gHhzIAFBAE4bQQFrDgMBAgIACyAHQQRqICIoAgggIigCDBBdIAcoAgQiBUECRyAHLQAIIgFBBUdy\
RQRAIAYgBygCFDYCCCAGIAcpAgw3AgAMAwsgBkEANgIIIAZCgICAgMAANwIAIAVBAkcEQCAHQQRq\
EL0CDAMLIAFBBUYNAiAHQQhqEO0BDAILIAYgIkEEahBPDAELIAZBADYCCCAGQoCAgIDAADcCAAsg\
B0EgaiQAICIQ8AEgD0GBgICAeDYCBCAPIAMpAoABNwIIIA8gAygCiAE2AhAgDxCpAyImQYH4AUkN\
AwsgEQ0BIA9BCGohNSAPQSxqISMgA0GMAWohGyADQcwAaiEnA0AjAEEQayIGJAAgBkEIakEKQQkg\
DygCABsQxgIgBigCDCEFIANBOGoiASAGKAIINgIAIAEgBTYCBCAGQRBqJAAgAygCPCEZIAMoAjgh\
GkEAISkCQCAPKAI0IgpFDQAgDygCMCAKQQxsaiIBQQxGDQAgA0EwakHYpMAAQQggAUEIaygCACAB\
QQRrKAIAEJsCIAMoAjAiB0UNACADKAI0IgZBBU8Ef0HgpMAAIAcgBkEFa2pBBRD+AgVBAAshBSAD\
QShqIgEgBkEFazYCBCABIAdBACAFGzYCACADKAIoIgdFDQACQAJAAkAgAygCLCIGDgIDAAELIAct\
AAAiBUEraw4DAgECAQsgBy0AACEFCyAHIAVB/wFxQStGIgFqIQUCQCAGIAFrIhRBCU8EQEEAIQ0D\
QCAURSEpIBRFDQMgDa1CCn4iOkIgiKcNAiADQSBqIAUtAABBChDiASADKAIgQQFHDQIgBUEBaiEF\
IBRBAWshFCA6pyIBIAMoAiRqIg0gAU8NAAsMAgtBACENA0AgFEUhKSAURQ0CIANBGGogBS0AAEEK\
EOIBIAMoAhhBAUcNAiAFQQFqIQUgFEEBayEUIAMoAhwgDUEKbGohDQwACwALCwJAICIoAgBBgYCA\
gHhGBEAgAyAaIBkQ/wI2ApgBIANCBDcCkAEgA0IANwKIASADQoCAgIDAADcCgAFBACEUIANBADoA\
1AEgA0GAAWoiFSA1QX9BfyADQdQBahAZGiADIAMpApABNwNQIAMgAykCgAE3A0AgAyADKQKIATcD\
SCADIAMoApgBNgJYIAMgCiApayIMNgKgASADQYCIfkG/iH4gChsgJmo2ApwBIAMgAygCVCIQNgKI\
ASADQQA2AoQBIAMgJzYCgAEgA0GkAWohCiMAQTBrIg4kACAOQQhqIBUQiQECQCAOKAIIQQFGBEAg\
DigCDCEGIA5BBEEEQQQQsgEgDigCACEFIA4oAgQiASAGNgIAIA5BATYCHCAOIAE2AhggDiAFNgIU\
IA4gFSgCCDYCKCAOIBUpAgA3AyAgDkEUaiELIA5BIGohBSMAQRBrIgckAANAAkAgB0EIaiAFEIkB\
IAcoAghBAUcNACAHKAIMIQEgCygCCCIGIAsoAgBGBEAgC0EBELgCCyALKAIEIAZBAnRqIAE2AgAg\
CyAGQQFqNgIIDAELCyAHQRBqJAAgCiAOKAIcNgIIIAogDikCFDcCAAwBCyAKQQA2AgggCkKAgICA\
wAA3AgALIA5BMGokACADKAKoASEGIAMoAqwBIQUgAyAnNgKAASAGIAUgFUHop8AAEBYgAygCpAEh\
ASADIAYgBUECdGo2AowBIAMgATYCiAEgAyAGNgKEASADIAY2AoABIANBsAFqIQ5BACEGIBUoAgAh\
CiAVKAIIIQcgFSgCDCAVKAIEIgVrQQJ2IgEhCwNAIAsEQCAGIApqIAUgBmooAgA2AgAgC0EBayEL\
IAZBBGohBgwBCwsjAEEQayIFJAAgFUEANgIIIBVBBDYCACAFQoCAgIDAADcCCCAFQQhqEIsDIBVB\
BDYCDCAVQQQ2AgQgBUEQaiQAIA4gATYCCCAOIAo2AgQgDiAHNgIAIBUQtQIgAygCtAEhByADKAK4\
ASEBIwBBEGsiCiQAIAogJzYCCCAKIApBCGo2AgxBACEFAkAgAUUNAAN/IAFBAU0EfyAKQQxqIAcg\
BUECdGoQzgJB/wFxIgFFDQIgBSABQf8BRmoFIAUgAUEBdiIGIAVqIgUgCkEMaiAHIAVBAnRqEM4C\
Qf8BcUEBRhshBSABIAZrIQEMAQsLIQULIApBEGokACAFIQEgAygCUCIFIQdBACELIAcgBSAQQRRs\
aiIGRwRAIAdBCGohBSAGIAdrQRRuIQYDQEEAIAUoAgBBACAFQQRrKAIAQX9GGyAFQQhqLQAAGyAL\
aiELIAVBFGohBSAGQQFrIgYNAAsLIANBvAFqQQAgEBBkIAMgJzYCyAEgAyADQUBrNgLMASADICc2\
AtABIAMgA0HMAWo2AuABIAMgA0HIAWo2AtwBIAMgA0HQAWo2AtgBIAMgDjYC1AEgA0EANgLsASAD\
QoCAgIDAADcC5AEDQAJAIBRBAnQhBQJAAkADQCADKAK4ASAUTQ0DAkAgA0HIAWogAygCwAEiCiAD\
KALEASIHIAMoArQBIAVqKAIAIg4QyQFFBEAgAyADQaABajYCjAEgAyADQcwBajYCiAEgAyADQZwB\
ajYChAEgAyADQdABajYCgAEgASAUTQRAIANBgAFqIA4QsQJFDQQgA0EQaiADQdQBaiAKIAcgFCAD\
KAK4ASADKAKcASADKAKgARBAIAMoAhQhByADQeQBaiIKIAMoAhAiARC4AiAKKAIEIAooAggiBUEC\
dGohBgNAIAFBAXEEQCAGIAc2AgAgBkEEaiEGIAVBAWohBUEAIQEMAQsLIAogBTYCCAwFCyADKAK4\
ASABSwR/IANBgAFqIAMoArQBIAFBAnRqKAIAELECBUEACyADQYABaiAOELECckUNASADQQhqIANB\
1AFqIgYgCiAHIBQgASADKAKcASADKAKgARBAIAMoAgwhBSADKAIIIRAgAyAGIAogByABIAMoArgB\
IAMoApwBIAMoAqABEEAgAygCBCEKIAMoAgACfyAQQQFGBEAgA0HQAWogBRDxAgwBC0F/IAMoApwB\
IgYgBiALSxsLIQZBAUYEfyAKIAUgA0HQAWogChDxAiIFQYCAgIACSSAFQQN0IAZJcSIGGyEFQQEg\
ECAGGwUgEAtBAUcNASADQeQBaiAFEIACDAQLIANBvAFqIA5BkKjAABCyAkEBOgAAIAVBBGohBSAU\
QQFqIRQMAQsLIAsgA0HQAWogDhDxAmsiBUEAIAUgC00bIQsLIAMgAygCnAEgA0HMAWogAygCoAEg\
DhDcAWogA0HQAWogDhDxAms2ApwBIAMgAygCoAFBAWo2AqABIANBvAFqIA5BgKjAABCyAkEBOgAA\
IANB5AFqIA4QgAIgFEEBaiEUDAILCwsgAyADKALsATYCaCADIAMpAuQBNwNgIANBvAFqIhwQigMg\
A0GwAWoQiwMgAyAZNgKUASADIBo2ApABIANBHiAMayIBQQAgAUEeTRs2AogBIAMgAygCZCIUIAMo\
AmgiNkECdCIFajYChAEgAyAUNgKAASADIANBQGs2AowBIANB8ABqITcjAEEgayIeJAAgHkEIaiAD\
QYABaiIMKAIIIgYEfyAGIAwoAgQgDCgCAGtBAnYiASABIAZLGwVBAAtBBEEMELIBIB5BADYCHCAe\
IB4pAwg3AhQjAEEQayIqJAAgHkEUaiIHIAwoAggiBgR/IAYgDCgCBCAMKAIAa0ECdiIBIAEgBksb\
BUEACxC5AiAHKQIEITogKiAHQQhqNgIEICogOkIgiTcCCEEAISsjAEHwAGsiCSQAIAwoAgQgDCgC\
ACIda0ECdiIGIAwoAggiASABIAZLGyEfIAwoAgwiL0EMaiEgICpBBGoiASgCCCEhIAEoAgQhLCAB\
KAIAIRYgDCgCFCEVIAwoAhAhDgJAAkADQCAfICtHBEAgICAdICtBAnRqKAIAQaimwAAQoAIoAgAh\
DCAJQQA2AjggCUKAgICAwAA3AjAgDCEBA0ACQCABQX9GBEAgCUHgAGoiByAJKAI0IgEgCSgCOCIC\
QQF2IiQgJEGck8EAEOUBIAkoAmQhMCAJKAJgIQYgByABIAJBA3RqICRBA3QiAWsgJCAkQayTwQAQ\
5QEgK0EBaiErIAkoAmAgAWpBCGshC0EAIQEgCSgCZCIZICRBAWtLIRoDQCABICRGDQIgASAwRg0G\
IBoEQCAGIQcgCyEKQQIhMQNAIDEEQCAHKAAAIRAgByAKKAAANgAAIAogEDYAACAxQQFrITEgCkEE\
aiEKIAdBBGohBwwBCwsgBkEIaiEGIAtBCGshCyABQQFqIQEMAQsLIAFBf3MgAkEBdmogGUHMk8EA\
ELMBAAsgLyABQbymwAAQoQIpAgAhOiAJKAI4IgYgCSgCMEYEQCAJQTBqEM0BCyAJKAI0IAZBA3Rq\
IDo3AgAgCSAGQQFqNgI4IC8gAUHMpsAAEKECKAIIIQEMAQsLQQwQhwMiAUUEQEEEQQwQpAMACyAB\
IBU2AgggASAONgIEIAFBgICAgHg2AgAgCUEBNgJEIAkgATYCQCAJQQE2AjwgCSgCOCEGIAkoAjQh\
ASAJIAkoAjA2AmggCSABNgJkIAkgATYCYCAJIAEgBkEDdCIGajYCbAJAA0ACQAJAAkAgBgRAIAkg\
AUEIaiIHNgJkIAEoAgQhECABKAIAIgsNASAJIBA2AiAgCUEBNgJMIAkgCUEgajYCSCAJQdQAaiIB\
QdmewAAgCUHIAGoQqgIgCUE8aiABENkBDAILIAlB4ABqEK8CIC8gDBCWAkHlAEkNAkEAIQYgCUEA\
NgJQIAlCgICAgBA3AkggCSgCQCILIAkoAkRBDGxqIQcDQAJAIAcgC0YNACAJQRhqIAsQogMgCSAJ\
KAIYIgEgCSgCHGo2AmQgCSABNgJgIAtBDGohCwNAIAlB4ABqEPQBIgFBgIDEAEYNAiABEPoBIAZq\
IgZBMksNASAJQcgAaiABEKMBDAALAAsLQQAhCyAJQQA2AlwgCUKAgICAwAA3AlQgCSgCQCIHIAko\
AkRBDGxqIQEDQAJAIAEgB0YNACAJQRBqIAFBDGsiARCiAyAJIAkoAhAiBiAJKAIUajYCZCAJIAY2\
AmADQCAJQQhqIAlB4ABqEEwgCSgCCEEBRw0CIAkoAgwiDEGAgMQARg0CIAwQ+gEgC2oiC0EvSw0B\
IAkoAlwiBiAJKAJURgRAIAlB1ABqEM4BCyAJKAJYIAZBAnRqIAw2AgAgCSAGQQFqNgJcDAALAAsL\
IAlByABqIgpBuKbAAEEDENoBIAkgCSgCVDYCaCAJIAkoAlgiATYCZCAJIAE2AmAgCSABIAkoAlxB\
AnRqNgJsIwBBEGsiCyQAIAlB4ABqIgEoAgAhDCABKAIIIQcgCiABKAIMIgYgASgCBCIBa0ECdhC3\
AiALIAY2AgwgCyAHNgIIIAsgATYCBCALIAw2AgAjAEEQayIGJAAgBiALKQIANwMAIAYgCykCCDcD\
CCAGKAIEIQEgBigCDCEHA0AgASAHRwRAIAogB0EEayIHKAIAEKMBDAELCyAGIAc2AgwgBhC1AiAG\
QRBqJAAgC0EQaiQAIAkgCSkCSDcDICAJIAkoAlA2AigMBAsgCUEBNgJcIAlBu6bAADYCWCAJQYCA\
gIB4NgJUIAlBPGoiCiAJQdQAaiIBENkBIAkgEDYCXCAJIAs2AlggCUGAgICAeDYCVCAKIAEQ2QEL\
IAZBCGshBiAHIQEMAQsLIAlBIGogCSgCQCAJKAJEQQFBABASCyAJQTxqIgcoAgghASAHKAIEIQYD\
QCABBEAgAUEBayEBIAYQ3gIgBkEMaiEGDAELCyAHEIgDICEgLEEMbGoiASAJKAIoNgIIIAEgCSkD\
IDcCACAsQQFqISwMAQsLIBYgLDYCACAJQfAAaiQADAELIDAgMEG8k8EAELMBAAsgKkEQaiQAIDcg\
HigCHDYCCCA3IB4pAhQ3AgAgHkEgaiQAIBxBACADKAJUEGQDQCAFBEAgA0G8AWogFCgCAEHMqcAA\
ELICQQE6AAAgBUEEayEFIBRBBGohFAwBCwsgAygCUCIMIAMoAlRBFGxqIQcjAEEgayIQJAAgEEEI\
aiAHIAxrQRRuIhRBBEEEELIBIBBBADYCHCAQIBApAwg3AhQjAEEQayIKJAAgEEEUaiIBIBQQuAIg\
ASkCBCE6IAogAUEIajYCBCAKIDpCIIk3AgggCkEEaiIFKAIEIQsgBSgCACAHIAxHBEAgDEEMaiEB\
IAUoAgggC0ECdGohBSALIBRqIQsDQCAFIAEoAgA2AgAgAUEUaiEBIAVBBGohBSAUQQFrIhQNAAsL\
IAs2AgAgCkEQaiQAIANB5AFqIgEgECgCHDYCCCABIBApAhQ3AgAgEEEgaiQAIAMgAygCWDYCmAEg\
AyADKQNQNwOQASADIAMpA0g3A4gBIAMgAykDQDcDgAEgA0GAAWoQjAMgGxCNA0EAIQUgA0EANgKw\
ASA1IAMoAsABIAMoAsQBIAMoAugBIAMoAuwBIANBsAFqENsBIDYgAygCeCIGayEMICkEQAJAIA8o\
AjQiAUUEQCADQYCAgIB4NgKAAQwBCyAPIAFBAWsiATYCNCADIA8oAjAgAUEMbGoiASkCADcDgAEg\
AyABKAIINgKIAQsgA0GAAWoQ3gIgDSEFCyADKAJ0IQEgAyADKAJwNgKIASADIAE2AoABIAMgATYC\
hAEgAyABIAZBDGxqNgKMASAjIANBgAFqIhAoAgwiByAQKAIEIgtrIgpBDG4iBhC5AiAjKAIIIQEg\
ByALRwRAIAoEQCAjKAIEIAFBDGxqIAsgCvwKAAALICMoAgghAQsgECALNgIMICMgASAGajYCCCAQ\
EKkBIAMgBSAMaiIBNgJ8IAEEQCADQQI2ApQBIANBxKnAADYCkAEgA0EBNgKMASADQQI2AoQBIANB\
vKnAADYCgAEgAyADQfwAajYCiAEgA0HUAWoiAUGAgMAAIBAQqgIgIyABENkBCyADQeQBahCLAyAD\
QbwBahCKAyADQeAAahCLAyA2DQELICUgDyAzIDQgJkHmpMAAQfkAEFIMBQsgDxCpAyImQYD4AUsN\
AAsgJUECNgIADAMLICVBAjYCAAwCCyADQQI2AkQgA0HwpcAANgJAIANBgAFqIgFB553AACADQUBr\
EKoCICUgDyAzIDQgJiADKAKEASADKAKIARBSIAEQigMMAQsgJUECNgIACyADQfABaiQAIAQoAmAi\
AUECRg0BIBMgBCkCdDcCGCATIAQpAmw3AhAgEyAEKQJkNwIIIBNBATYCACATIAE2AgQgBEGYAWoQ\
yAIMCwsgEyAEKAKwATYCHCATIAQpAqgBNwIUIBMgBCkCoAE3AgwgEyAEKQKYATcCBCATQQA2AgAg\
BEGIAWoQ4gIgBEE4ahCKAyAEQRhqEPYCDAwLIAhB6ABrIQggD0HoAGohDwwACwALIARBCGogBEEY\
ahC2AQJAIAQoAgxBgPgBSwRAIAQoAogBIgVBgICAgHhHDQELIAQgBEEYahC2ASAEQeAAaiAEKAIA\
IAQoAgQQlwEgBCkCZCE6IAQoAmAhBUGAgICAeAwECyAEQYCAgIB4NgKIASAEKQKMASE6QYGAgIB4\
DAMLIAQtANwBIQUgBCAEKALYATYC6AEgBCAEKQPQATcD4AECQAJAIAQoAogBQYCAgIB4RwRAIAVB\
AXFFDQIgBEGIAWpBuKfAAEEIEHciBUUNASAFLQAAQQVHDQEgBEHgAGogBCgC5AEgBCgC6AEgBUEE\
ahDVASAEKAJgQYCAgIB4Rg0BIAQgBCgCaDYC+AEgBCAEKQJgNwPwAQwECwJAAkAgBUEBcQRAIARB\
4ABqIARBGGpBuKfAAEEIEDwgBC0AYCIFQQVGDQEgBEEANgL4ASAEQoCAgIDAADcD8AEMAgsgBCgC\
5AEhBiAEKALoASEFIwBBEGsiFSQAIBUgBEEYajYCACAVIAY2AgQgFSAGIAVBA3RqNgIIIBUgFTYC\
DCMAQSBrIhokACAaIBVBBGoiBSgCCDYCGCAaIAUpAgA3AxAgGkEEaiEQIwBBQGoiFiQAIBZBFGog\
GkEQaiIGEI4BAkAgFigCFEGAgICAeEcEQCAWQQRBBEEcELIBIBYoAgAhBSAWKAIEIgogFikCFDcC\
ACAKIBYoAiw2AhggCiAWKQIkNwIQIAogFikCHDcCCCAWQQE2AhAgFiAKNgIMIBYgBTYCCCAWIAYo\
Agg2AjggFiAGKQIANwMwIBZBCGohCyAWQTBqIQUjAEEgayIOJAADQAJAIA5BBGogBRCOASAOKAIE\
QYCAgIB4Rg0AIAsoAggiBiALKAIARgRAIAsQuwILIAsoAgQgBkEcbGoiCiAOKAIcNgIYIAogDikC\
FDcCECAKIA4pAgw3AgggCiAOKQIENwIAIAsgBkEBajYCCAwBCwsgDkEgaiQAIBAgFigCEDYCCCAQ\
IBYpAgg3AgAMAQsgEEEANgIIIBBCgICAgMAANwIACyAWQUBrJAAgBEHwAWogEBAQIBpBIGokACAV\
QRBqJAAMBQsgBCAMKAIINgKIAiAEIAwpAgA3A4ACIARB8AFqIAQoAuQBIAQoAugBIARBgAJqIgUQ\
1QEgBRCTAyAELQBgIQULIAVB/wFxQQVPDQMgBEHgAGoQ7QEMAwsgBEEANgL4ASAEQoCAgIDAADcD\
8AEMAgsgBEHwAWogBCgC5AEgBCgC6AEgBEGIAWoQ1QEMAQsgBCkD2AEhOiAEKALUASEFIBkQ8AEg\
ByAFNgIAIBkgBjYCACAIIDo3AgAMAgsgBCkC9AEhOiAEKALwASEFIARB4AFqEIkDQYGAgIB4CyEG\
IBkQ8AEgByAFNgIAIBkgBjYCACAIIDo3AgAgBCgC0AFBAE4NACAEQdABahDwAQsgAUHoAGshASAI\
QegAaiEIDAALAAtBjI/BAEGXAUHYj8EAEPIBAAsgBEGIAWoQ4gIgBEE4ahCKAwsgBEEYahD2Agsg\
BEGQAmokACAXQTRqIQ0gFygCMEUEQCAXIA0oAhg2AmggFyANKQIQNwNgIBcgDSkCCDcDWCAXIA0p\
AgA3A1AjAEEgayIIJAAjAEEwayIHJAAgDSgCBCIBIgUgASANKAIIQegAbGoiAUcEQCAFQRBqIQYg\
ASAFa0HoAG4hBQNAQYAIIQEgBkEMaygCAEGAgICAeEYEQCAGKAIAQYAEaiEBCyAGQegAaiEGIAEg\
LWohLSAFQQFrIgUNAAsLIAdBBGoiASAtQUBrEPkBIAdBgAI7ASwgB0EANgIoIAdCADcDECAHQQA2\
AhggByABNgIkIA0gB0EQakGQuMAAEFMgCEEIaiIBIAcoAiA2AhQgASAHKQMYNwIMIAEgBykCBDcC\
ACABIAcoAgw2AgggB0EwaiQAIBdBFGoiASAIKAIQNgIIIAEgCCkCCDcCACAIQSBqJAAgF0HQAGoQ\
yAIMAgsgFyANKAIYNgIoIBcgDSkCEDcDICAXIA0pAgg3AxggFyANKQIAIjo3AxAgOqdBAkYNASAX\
QRBqEN4BDAILIBdBMGoiAUH8tsAAQRQQyQIgARBJDAELIBcoAhwhKCAXKAIUIS4gFygCGAshASAy\
IDIoAgBBAWs2AgAgLkGBgICAeEcNAQsQkwIACyAAICg2AgggACABNgIEIAAgLjYCACAXQfAAaiQA\
IDkQkgMgOBCKAwsgGEEIahDVAiAYQdAAaiQAIBJBQGskAAvcAQEGfyAAIAEoAgwgAygCDCACKAII\
IgVBGncgBUEVd3MgBUEHd3NqaiABKAIIIgcgAigCDCIIcyAFcSAHc2oiBCABKAIEaiIGNgIMIAAg\
BCACKAIAIgQgASgCACIJIAIoAgQiAnNxIAIgCXFzIARBHncgBEETd3MgBEEKd3NqaiIBNgIEIAAg\
CSAHIAMoAghqIAggBiAFIAhzcXNqIAZBGncgBkEVd3MgBkEHd3NqIgNqNgIIIAAgAUEedyABQRN3\
cyABQQp3cyABIAIgBHNxIAIgBHFzaiADajYCAAvvBQEJfyMAQUBqIgMkAAJAAkAgASgCACIEKAIA\
QYCAgIB4RgRAIANBgICAgHg2AhAgASgCBCEFDAELIANBEGogBBCrASABKAIEIQUgBCgCAEGAgICA\
eEYNACADQYCAgIB4NgIcDAELIwBBIGsiBCQAIARBBGoiBiAFKAIEIAUoAggQgwEgBEEDNgIcIARB\
AjYCFCAEQeipwAA2AhAgBCAGNgIYIANBHGpB0oPAACAEQRBqEKoCIAYQigMgBEEgaiQACyADQQhq\
IAIQ9gEgA0EoaiEEIAMoAgghBiADKAIMIQcjAEFAaiICJAACQCAFKAIUIggEQCAFKAIEIgkgCSAF\
KAIIIgpqELwCQdQAIAhrSwRAIAJBBGoiCyAJIAoQgwEgAiAHNgI8IAIgBjYCOCACQQE2AjQgAkHk\
qcAANgIwIAIgAikCCDcCKCACQQI2AiQgAkHiqcAANgIgIAIgCDYCHCACQQY2AhQgAkHcqcAANgIQ\
IAIgBSgCEDYCGCAEIAJBEGpBBhCNASALEIoDDAILIAIgBzYCPCACIAY2AjggAkEBNgI0IAJB5KnA\
ADYCMCACIAo2AiwgAiAJNgIoIAJBATYCJCACQeSpwAA2AiAgAiAINgIcIAJBBjYCFCACQdypwAA2\
AhAgAiAFKAIQNgIYIAQgAkEQakEGEI0BDAELIAIgBzYCLCACIAY2AiggAkEBNgIkIAJB5KnAADYC\
ICACQQY2AhQgAkHcqcAANgIQIAIgBSkCBDcCGCAEIAJBEGpBBBCNAQsgAkFAayQAAkAgASgCCCIB\
KAIAQYCAgIB4RwRAIANBNGogARCrAQwBCyADQYCAgIB4NgI0CyAAIAMoAhg2AiAgACADKQIQNwIY\
IAAgAykCHDcCJCAAIAMoAiQ2AiwgACADKQIoNwIAIAAgAygCMDYCCCAAIAMpAjQ3AjAgACADKAI8\
NgI4IABBgICAgHg2AjwgAEEANgIUIABCgICAgMAANwIMIANBQGskAAvyAQEGfyMAQRBrIgYkAAJA\
AkACQAJAIAEtAABBBGsOAgEAAgsgACABQQRqIAIgAyAEEBkhBQwCCyABKAIMIgVBBHQhCCAFIAVB\
AEdrQQJqIQUgASgCCCEBA0AgCEUNAgJ/IAEtAABBBnFBBEcEQCABEI0CDAELIAAoAgghCSAAIAIQ\
lgIhCiAGIAc2AgQgBkEANgIAIAYgAjYCCCAGIAcQnAIgCmpBAmo2AgwgACAGEN0BIAAgASAJIAMg\
BBBFCyEJIAFBEGohASAHQQFqIQcgCEEQayEIIAUgCWohBQwACwALIAEQjQIhBQsgBkEQaiQAIAUL\
6gEBBH8jAEEQayIFJAAgAiADIAIgA0kbIgYhAwJAAkACQANAIANFDQEgA0EBayIDIAFqLQAAQQpH\
DQALIANBAWohBwwBC0EAIQIgBkUNAQtBACECIAEhAyAGIQQDQCACIAMtAABBCkZqIQIgA0EBaiED\
IARBAWsiBA0ACwsgBUEIaiAHIAEgBkGQr8AAEIcCAkAgBSgCDCIBRQRAQQAhBAwBCyAFKAIIIQNB\
ACEEA0AgBCADLAAAQb9/SmohBCADQQFqIQMgAUEBayIBDQALCyAAIARBAWo2AgQgACACQQFqNgIA\
IAVBEGokAAvcAQECfyMAQRBrIgMkACAAKAIAIQACfwJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBx\
DQEgACABEDoMAgsgACgCACECQQAhAANAIAAgA2pBD2ogAkEPcS0A3KhBOgAAIABBAWshACACQQR2\
IgINAAsgAUH6ucEAQQIgACADakEQakEAIABrEBcMAQsgACgCACECQQAhAANAIAAgA2pBD2ogAkEP\
cS0A/LlBOgAAIABBAWshACACQQR2IgINAAsgAUH6ucEAQQIgACADakEQakEAIABrEBcLIANBEGok\
AAuPAgEDfwJAAkACQAJAAkACQCACLQAAQQFrDgUEAQIFAwALIABB/K3AAEEEIAEoAgwRAQAPCyAA\
IAIoAgggAigCDCABKAIQEQEADwsgACABIAIoAgggAigCDBAoDwsgACABIAJBBGogAxAzDwsgASgC\
DCEBIAItAAFFBEAgAEH3rcAAQQUgAREBAA8LIABB863AAEEEIAERAQAPCyAAQeSxwABBASABKAIM\
IgYRAQAgAigCDEEEdCEEIAIoAgghAgNAAkAgBARAIAVFDQEgAEHmscAAQQEgBhEBAAwBCyAAQeWx\
wABBASAGEQEADwsgACABIAIgAxBIIAVBAWshBSAEQRBrIQQgAkEQaiECDAALAAv6AQEHfyMAQSBr\
IgEkACABIAAoAhAgACgCFBCgAyIGNgIMIAEgAC0AGEECdCICKAK4m0E2AgQgASACKALEm0E2AgAg\
AUEMaiIFKAIAJQEgASgCACABKAIEEAMgACgCAEEBRgRAIAAoAgghByAAKAIEIQIgAUGatsAAQQQQ\
3AI2AhggASACuBCuAzYCHCABQRBqIgIgBSABQRhqIgMgAUEcaiIEEJoBIAIQ1AIgBBDVAiADENUC\
IAFBnrbAAEEGENwCNgIYIAEgB7gQrgM2AhwgAiAFIAMgBBCaASACENQCIAQQ1QIgAxDVAgsgAEEM\
ahCKAyABQSBqJAAgBgvTAQEHfyMAQRBrIgckAANAAkAgAyAFTQRAIAdBCGogBCAAIAFB0IbBABCH\
AiAHKAIMIQQgBygCCCEFA0AgBEUhBiAERQ0CIARBAWshBCAFLQAAIAVBAWohBUEqRg0ACwwBCwJA\
AkAgASAETQ0AIAAgBGotAAAiCUEqRgRAIAUhBiAEIQpBASEIDAILIAkgAiAFai0AAEcNACAFQQFq\
IQUMAQsgCEUEQEEAIQYMAgtBASEIIAZBAWoiBiEFIAohBAsgBEEBaiEEDAELCyAHQRBqJAAgBgvp\
AQIDfwF+IwBBIGsiBSQAQQEhB0EEIQYCQAJAIAStIAKtfiIIQiCIpw0AIAinIgJBgICAgHggA2tL\
DQAgBUEUaiABIAMgBBDTAQJ/IAUoAhgEQCAFKAIcIgFFBEAgBUEIaiADIAJBABCFAiAFKAIIIQQg\
BSgCDAwCCyAFKAIUIAEgAyACEBQhBCACDAELIAUgAyACQQAQhQIgBSgCACEEIAUoAgQLIARFBEAg\
ACADNgIEQQghBgwCCyAAIAQ2AgRBACEHQQghBiECDAELQQAhAgsgACAGaiACNgIAIAAgBzYCACAF\
QSBqJAALvwEBA38gASgCBCIEIAEoAgBGBH9BAAUgASAEQQFrIgI2AgQgAiwAACICQQBIBEAgASAE\
QQJrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBH3EMAQsgASAEQQNrIgM2AgQgAkE/cQJ/\
IAMtAAAiA8AiAkFATgRAIANBD3EMAQsgASAEQQRrIgE2AgQgAkE/cSABLQAAQQdxQQZ0cgtBBnRy\
C0EGdHIhAgtBAQshASAAIAI2AgQgACABNgIAC+YBAQF/IwBB0ABrIgIkACACIAE2AgACQEGwq8AA\
KAIAIAFJBEAgAkEANgIIIAJBATYCBCACQQI2AkwgAkEBNgJEIAJBsKvAADYCQCACQQI2AjwgAkEB\
NgI0IAJBAjYCLCACQQI2AiQgAkGQq8AANgIgIAJBqKvAADYCSCACQaCrwAA2AjggAiACNgIwIAIg\
AkEEajYCKCACQRRqQcKfwAAgAkEgahCqAiAAQQA2AgAgACACKQIMNwIEIAAgAikCFDcCDCAAIAIo\
Ahw2AhQgAEEAOgAYDAELIABBAjYCAAsgAkHQAGokAAvHAQEFfwJAIAEoAgAiAiABKAIERgRADAEL\
QQEhBiABIAJBAWo2AgAgAi0AACIDwEEATg0AIAEgAkECajYCACACLQABQT9xIQQgA0EfcSEFIANB\
3wFNBEAgBUEGdCAEciEDDAELIAEgAkEDajYCACACLQACQT9xIARBBnRyIQQgA0HwAUkEQCAEIAVB\
DHRyIQMMAQsgASACQQRqNgIAIAVBEnRBgIDwAHEgAi0AA0E/cSAEQQZ0cnIhAwsgACADNgIEIAAg\
BjYCAAvMAQEJfyMAQTBrIgIkACABKAIEIQMgAkEIaiABKAIIIgZBBEEcELIBIAZBHGwhCCACQSBq\
IQlBACEBIAIoAgwhByACKAIIIgohBANAIARFIAEgCEZyRQRAIAJBFGogAxCrASAJIANBDGoQdCAB\
IAdqIgUgAigCLDYCGCAFIAIpAiQ3AhAgBSACKQIcNwIIIAUgAikCFDcCACABQRxqIQEgBEEBayEE\
IANBHGohAwwBCwsgACAGNgIIIAAgBzYCBCAAIAo2AgAgAkEwaiQAC8kCAQh/IwBBMGsiAyQAIAMg\
ATYCGCADIAE2AhAgAyACNgIUIAMgASACajYCHCADQQA2AiAjAEEQayICJAAgA0EQaiIEQQhqIQcg\
A0EkaiIFAn8DQCAEKAIIIQggBCgCDCEJIAJBCGogBxCEAUEAIAIoAgwiCkGAgMQARg0BGiACKAII\
IQYgChBqDQALIAUgBjYCBCAFIAQoAgggCSAIayAGamogBCgCDGs2AghBAQs2AgAgAkEQaiQAIAMo\
AixBACADKAIkIgQbIQIgAygCKCEFIANBGGohBgJAA0AgAygCGCEHIAMoAhwhCCADQQhqIAYQpAEg\
AygCDCIJQYCAxABGDQEgAygCCCEKIAkQag0ACyADKAIYIAggB2sgCmpqIAMoAhxrIQILIAAgAiAF\
QQAgBBsiAms2AgQgACABIAJqNgIAIANBMGokAAvAAQEFfyMAQRBrIgQkAAJAIAEtACUEQAwBCyAB\
KAIEIQIgBEEEaiABEDIgBCgCBEEBRgRAIAEoAhwhAyABIAQoAgw2AhwgAiADaiECIAQoAgggA2sh\
BQwBC0EAIQIgAS0AJQ0AIAFBAToAJQJAIAEtACRBAUYEQCABKAIgIQYgASgCHCEDDAELIAEoAiAi\
BiABKAIcIgNGDQELIAYgA2shBSABKAIEIANqIQILIAAgBTYCBCAAIAI2AgAgBEEQaiQAC9cBAQF/\
IwBB4ABrIgckACAHIAY2AhggByAFNgIUIAcgBDYCECAHQQhqIAEoAgAQ9gEgByAHKQMINwIcIAdB\
JGoiASACIAMQKSAHQQI2AlwgB0EBNgJUIAdBuKnAADYCUCAHQQE2AkwgB0G0qcAANgJIIAdBATYC\
RCAHQQM2AjwgB0ECNgI0IAcgB0EUajYCWCAHIAdBEGo2AkAgByABNgI4IAcgB0EcajYCMCAAQQxq\
QYSAwAAgB0EwahCqAiABEIoDIABBADYCACAAQQE6ABggB0HgAGokAAvcAQEEfyABIAIoAgwiBhEC\
ACABQQAgAigCHCIEEQAAIAEgAigCFBECACAAKAIIQegAbCEDIAAoAgQhBQNAIAMEQCAFIAEgAhAY\
IANB6ABrIQMgBUHoAGohBQwBCwsgASACKAIYEQIAAkAgACgCDEGAgICAeEYEQCACKAIQIQMMAQsg\
AUEBIAQRAAAgASAGEQIAIAFBAiAEEQAAIAEgAC0AGEEZaiACKAIgEQAAIAFBAyAEEQAAIAEgACgC\
ECAAKAIUIAIoAiQRAQAgASACKAIQIgMRAgALIAEgAxECAAvoAQICfwF+IwBBMGsiAiQAIAEoAgBB\
gICAgHhGBEAgASgCDCEDIAJBADYCLCACQoCAgIAQNwIkIAJBJGpBiJ3BACADKAIAIgMoAgAgAygC\
BBAgGiACIAIoAiwiAzYCICACIAIpAiQiBDcDGCABIAM2AgggASAENwIACyABKAIIIQMgAUEANgII\
IAEpAgAhBCABQoCAgIAQNwIAIAIgAzYCECACIAQ3AwhBDEEEENACIgFFBEBBBEEMEKQDAAsgASAC\
KAIQNgIIIAEgAikDCDcCACAAQZSfwQA2AgQgACABNgIAIAJBMGokAAvFAQEFfyMAQRBrIgQkAAJA\
AkACQAJAAkACQAJAAkACQCABIAJBDGxqIgEoAgBBAWsOBgcEAAMBAgULQQIhA0EBIQUMBQtBBSED\
QQQhBQwEC0EEIQVBBCEDDAQLQQEhAwwDCyAEQQRqIAEoAgQgASgCCBCXASAEKAIMIQcgBCgCCCEF\
IAQoAgQhBkEDIQMMAgsgAEEGOgAADAILCyAAIAc2AgwgACAFNgIIIAAgBjYCBCAAQQA6AAEgACAD\
OgAACyAEQRBqJAALxAIBBH8jAEEgayIDJAAgAyACNgIQIAMgATYCDAJAIANBDGoQ9AEiAUGAgMQA\
RwRAIANBAyADKAIQIgQgAygCDCIFayICQQJ2IAJBA3FBAEdqIgIgAkEDTRtBAWpBBEEEELIBIAMo\
AgAhAiADKAIEIgYgATYCACADQQE2AhwgAyAGNgIYIAMgAjYCFCADQRRqIQIjAEEQayIBJAAgASAE\
NgIMIAEgBTYCCANAIAFBCGoQ9AEiBUGAgMQARwRAIAIoAggiBCACKAIARgRAIAIgASgCDCABKAII\
ayIGQQJ2IAZBA3FBAEdqQQFqELgCCyACKAIEIARBAnRqIAU2AgAgAiAEQQFqNgIIDAELCyABQRBq\
JAAgACADKAIcNgIIIAAgAykCFDcCAAwBCyAAQQA2AgggAEKAgICAwAA3AgALIANBIGokAAvWAQEB\
fwJAAkACQAJAQQMgACgCACICQYCAgIB4cyACQQBOG0EBaw4DAAEDAgsgAUGEssAAIABBBGpBABAz\
DwsgAUHUqsAAQQQQggMPCyABIAAoAgggACgCDBAlDwsgASABKAIAQQFqNgIAIAFBuKfAAEEBIAAt\
AAwiAhtBCEEAIAIbEIIDIAAoAghBA3QhAiAAKAIEIQADQCACBEAgASABKAIAQQFqNgIAIAEgACgC\
ACAAKAIEEIIDIAJBCGshAiAAQQhqIQAMAQsLIAEgASgCAEEBajYCAAu0AQECfyMAQRBrIgQkACAE\
IAM2AgwgBCACNgIIQQAhAkGhwsAAIQMDQAJAIAJBCkYNACADLQAAIAFGDQAgA0EBaiEDIAJBBWoh\
AgwBCwtBACEBQQAhAwJAA0AgA0EoRg0BIANBxIXBAGogBEEIahDTAkUEQCABQQFrIQEgA0EIaiED\
DAELCyACQQpGDQAgACgCZEH0AEkNACAAKAJgKABwIAIgAWt2QQFxIQULIARBEGokACAFC6wBAQN/\
IwBBEGsiBiQAAkAgBUUNACACIANqIgIgA0kNACAGQQRqIAEgAiABKAIAQQF0IgMgAiADSxsiAkEI\
QQRBASAFQYEISRsgBUEBRhsiCCACIAhLGyICIAQgBRBLIAYoAgRBAUYEQCAGKAIMIQggBigCCCEH\
DAELIAYoAgghAyABIAI2AgAgASADNgIEQYGAgIB4IQcLIAAgCDYCBCAAIAc2AgAgBkEQaiQAC78B\
AQF/IwBBQGoiBSQAIAUgBDYCFCAFIAM2AhAgBUEIaiABKAIUIAEoAhggAhBGIAUgBSgCDCICNgIc\
IAUgBSgCCCIDNgIYIAVBATYCPCAFIAVBHGo2AjggBUEBNgI0IAVBAjYCLCAFQQI2AiQgBSABQQxq\
NgIgIAUgBUEYajYCMCAFIAVBEGo2AiggAEEMakGNhsAAIAVBIGoQqgIgACACNgIIIAAgAzYCBCAA\
QQE2AgAgAEEAOgAYIAVBQGskAAuVAgECfyMAQSBrIgUkAEGMvMEAQYy8wQAoAgAiBkEBajYCAAJA\
AkACQAJAAn9BACAGQQBIDQAaQQFB+LvBAC0AAA0AGkH4u8EAQQE6AABB9LvBAEH0u8EAKAIAQQFq\
NgIAQQILQf8BcQ4DAwEAAQtBgLzBACgCACIGQQBIDQJBgLzBACAGQQFqNgIAQYS8wQAoAgBFDQEg\
BUEIaiAAIAEoAhQRAAAgBSAEOgAdIAUgAzoAHCAFIAI2AhggBSAFKQMINwIQQYS8wQAoAgAgBUEQ\
akGIvMEAKAIAKAIUEQAADAELIAUgACABKAIYEQAADAELQYC8wQBBgLzBACgCAEEBazYCAEH4u8EA\
QQA6AAAgA0UNAAALAAuKAQEFfyMAQRBrIgIkACACQQRqQSAQ+QEDQCAEQRBHBEAgAkEEaiIFIAEg\
BGotAAAiA0EEdiIGQTByIAZB1wBqIANBoAFJGxCjASAFIANBD3EiA0EwciADQdcAaiADQQpJGxCj\
ASAEQQFqIQQMAQsLIAAgAigCDDYCCCAAIAIpAgQ3AgAgAkEQaiQAC7sBAQJ/IwBBMGsiAyQAIANB\
CGogASACEB8gAygCECEBIAMoAgwhAgJAIAMoAggiBEECRwRAIAAgAykCHDcCFCAAIAMpAhQ3Agwg\
ACABNgIIIAAgAjYCBCAAIAQ2AgAMAQsgA0EANgIsIAMgATYCKCADIAI2AiQgAyABNgIgIAMgAjYC\
HCADQQA2AhAgA0KAgICAwAA3AgggA0GQq8AAKQIANwIUIAAgA0EIaiIAEDkgABCLAwsgA0EwaiQA\
C9MBAQZ/IwBBEGsiAyQAIAIgASgCACIILwGKASIEIAEoAggiBUF/c2oiATsBigEgAyAIQQRqIgYg\
BUEMbGoiBykCADcDACADIAcoAgg2AgggAUEMTwRAQQAgAUELQcSVwQAQOAALIAYgBUEBaiIHQQxs\
aiEGIAJBBGohAgJAIAQgB2siBCABRgRAIARBDGwiBARAIAIgBiAE/AoAAAsMAQtBjJXBAEEoQbSV\
wQAQ2gIACyAIIAU7AYoBIAAgAykDADcCACAAIAMoAgg2AgggA0EQaiQAC6IBAQN/IABBgAFPBEAg\
AEE/cUGAf3IhAyAAQQZ2IQIgAEGAEEkEQCABIAM6AAEgASACQcABcjoAAA8LIABBDHYhBCACQT9x\
QYB/ciECIABB//8DTQRAIAEgAzoAAiABIAI6AAEgASAEQeABcjoAAA8LIAEgAzoAAyABIAI6AAIg\
ASAEQT9xQYB/cjoAASABIABBEnZBcHI6AAAPCyABIAA6AAALvwIBBX8CQCAALQAAIgMgAS0AAEcN\
AEEBIQICQAJAAkACQAJAIANBAWsOBQABAgMEBQsgAC0AASABLQABRiECDAQLIABBBGogAUEEahCf\
AiECDAMLIABBBGogAUEEahCfAiECDAILQQAhAiAAKAIMIgMgASgCDEcNASABKAIIIQIgACgCCEEQ\
ayEBAn8DQCADIAMgBEYNARogBEEBaiEEIAFBEGoiASACEGAgAkEQaiECRQ0ACyAEQQFrCyADTyEC\
DAELQQAhAiAAKAIMIgMgASgCDEcNACAAKAIIIQUgASgCCCEGIAMhAUEAIQMDQAJAIAMiACABRgRA\
IAEhAAwBCyAFIAYQgAMNACAAQQFqIQMgBkEMaiEEIAVBDGogBkEcaiEGIAVBHGohBSAEEGBFDQEL\
CyAAIAFPIQILIAJBAXMLkQEBAX8jAEEgayIDJAAgAyAAKAIANgIEIANBCGogA0EEaiIAIAEQgQIg\
A0EUaiAAIAIQgQICfyADLQAMIgAgAy0AGCIBRwRAIAAgAUogACABSGsMAQsgAygCFCIAIAMoAggi\
AUcEQCAAIAFLIAAgAUlrDAELIAMoAhAiACADKAIcIgFLIAAgAUlrCyADQSBqJAALtgMBBX8jAEEw\
ayIEJAAgBCADNgIQIAQgAjYCDCABKAIIQRxsIQMgASgCBCECAkACQANAIAMEQCAEIAI2AhQgBEEU\
aiAEQQxqEI8CDQIgA0EcayEDIAZBAWohBiACQRxqIQIMAQsLIABBBjoAAAwBCyAEQRRqIQMjAEEg\
ayICJAAgAkEEaiEFAkAgASgCCCIIIAZLBEAgBSABKAIEIAZBHGxqIgcpAgA3AgAgBSAHKQIINwII\
IAUgBykCEDcCECAFIAcoAhg2AhggCCAGQX9zakEcbCIFBEAgByAHQRxqIAX8CgAACyABIAhBAWs2\
AggMAQsgBUGAgICAeDYCAAsCQCACKAIEQYCAgIB4RwRAIAMgAigCHDYCGCADIAIpAhQ3AhAgAyAC\
KQIMNwIIIAMgAikCBDcCACACQSBqJAAMAQsgASgCCCEBIwBBIGsiACQAIAAgATYCDCAAIAY2Aggg\
ACAAQQxqrUKAgICAEIQ3AxggACAAQQhqrUKAgICAEIQ3AxBByaDAACAAQRBqQdSxwAAQ8gEACyAA\
IAQpAig3AgggACAEKQIgNwIAIAMQigMLIARBMGokAAugAQIBfwF+IwBBEGsiBSQAIAACfwJAAkAC\
QCAErSABrX4iBkIgiKcNACAGpyIEQYCAgIB4IANrSw0AIAQNASAAIAM2AgggAEEANgIEQQAMAwsg\
AEEANgIEDAELIAVBCGogAyAEIAIQhQIgBSgCCCICBEAgACACNgIIIAAgATYCBEEADAILIAAgBDYC\
CCAAIAM2AgQLQQELNgIAIAVBEGokAAuQAgEFfyMAQSBrIgMkAAJAAkAgAQRAIANBCGogAkEBQQEQ\
sgEgA0EANgIcIAMgAykDCDcCFCADQRRqIgUgAhC3AkEBIAIgAkEBTRsiBkEBayEBIAUoAggiByAF\
KAIEaiEEAkADQCABBEAgBEEBOgAAIAFBAWshASAEQQFqIQQMAQUCQCAGIAdqIQEgAg0AIAFBAWsh\
AQwDCwsLIARBAToAAAsgBSABNgIIIAAgAygCHDYCCCAAIAMpAhQ3AgAMAQsgA0EUaiACQQFBAUEB\
EGMgAygCGCEBIAMoAhRBAUYNASADKAIcIQQgACACNgIIIAAgBDYCBCAAIAE2AgALIANBIGokAA8L\
IAEgAygCHBDRAgALlQEBAX8jAEEgayIEJAAgBCADNgIIIAQgAjYCBAJAIAEoAiQgASgCIEkEQCAE\
QQI2AhwgBCAEQQRqNgIYIARBDGoiAkGgiMAAIARBGGoQqgIMAQsgBEECNgIcIAQgBEEEajYCGCAE\
QQxqIgJBv53AACAEQRhqEKoCCyAAIAEgBCgCECAEKAIUEOkCIAIQigMgBEEgaiQAC78BAQJ/IwBB\
MGsiAyQAIANBCGoiBCACQQJ0IgIoAviaQTYCBCAEIAIoApibQTYCACADKAIIIQICQCADKAIMQQFG\
BEAgACABIAIoAgAgAigCBBA8DAELIANBIGogASACKAIAIAIoAgQQPCADLQAgIgFBBkYEQCAAQQY6\
AAAMAQsgAyADKQAoNwAYIAMgAykAITcAESADIAE6ABAgACADQRBqIgAgAigCCCACKAIMELQCEMwC\
IAAQ7QELIANBMGokAAveAgECfyMAQTBrIgQkAAJ/IAEEQCAEQRBqIgEgAEG4p8AAQQgQPEEGIQAC\
QCAELQAQQQZHBEAgBCAEKQIYNwMoIAQgBCkCEDcDICAEIAEgAiADELQCEMwCIARBIGoQ7QEgBC0A\
ACEADAELIARBBjoAAAsgBBDgAiAAQf8BcSIAQQZHIABBAEdxDAELIwBBIGsiASQAIAEgAzYCGCAB\
IAI2AhQgACgCCEEUbCECIAAoAgQhBQJ/A0BBACACRQ0BGiABIAJBFGsiAiAFaiIDNgIcIAFBHGog\
AUEUahCPAkUNAAsgAUEIaiAAQQxqEKIDIAEgASgCCCABKAIMIANBDGooAgAgA0EQaigCAEHgrsAA\
EHMgASgCACABKAIEIwBBEGsiACQAIABBADYCDCAAQe4AIABBDGoQyAEgACgCACAAKAIEEMUCIABB\
EGokAEEBcwsgAUEgaiQACyAEQTBqJAALgAIBBn8jAEEQayIDJAAgAiABIAJqIgRLBEBBAEEAENEC\
AAsgA0EEaiEFIAAoAgAiAiEGIAAoAgQhCEEBIQdBBCEBAkBBCCAEIAJBAXQiAiACIARJGyICIAJB\
CE0bIgQiAkH/////B0sEQEEAIQIMAQsCQAJAAn8gBgRAIAggBkEBIAIQFAwBCyACRQRAQQEhAQwC\
CyACQQEQ0AILIgENACAFQQE2AgQMAQsgBSABNgIEQQAhBwtBCCEBCyABIAVqIAI2AgAgBSAHNgIA\
IAMoAgRBAUYEQCADKAIIIAMoAgwQ0QIACyADKAIIIQEgACAENgIAIAAgATYCBCADQRBqJAALAwAA\
C5ABAQJ/AkAgAEEJayICQRdNBEBBASEBQZ+AgAQgAnZBAXENAQtBACEBIABBgAFJDQACQCAAQQh2\
IgIEQCACQTBHBEAgAkEgRg0CIAJBFkcNAyAAQYAtRiEBDAMLIABBgOAARiEBDAILIABB/wFxLQDd\
oEEhAQwBCyAAQf8BcS0A3aBBQQJxQQF2IQELIAFBAXELAwAAC4ICAQl/IwBBEGsiAyQAAkACQAJA\
IAEoAhAiAgRAIAIgASgCFEcNASABQQA2AhALIAEoAgBFDQIgAUEIaiEHIwBBEGsiBCQAIAEiAigC\
ACEBIAIoAgQhCANAAkAgASAIRgRAQQUhBgwBCyACIAFBAWoiCTYCACAEIAEtAAAiBjoADyAJIQEg\
ByAEQQ9qEN0CRQ0BCwsgBEEQaiQAIAYiAUEFRg0CDAELIAEgAkEBajYCECACLQAAIQELIANBCGoi\
AiABQf8BcUECdCIBKAK8mkE2AgQgAiABKALQmkE2AgAgAygCDCEKIAMoAgghBQsgACAKNgIEIAAg\
BTYCACADQRBqJAALnAEBBX8CQCAAKAIAIgAoAgAiAygCACICIAAoAggiBEkEQAJAIAAoAgQiBSAC\
ai0AACIGRQRAIAMgAkEBajYCACABQQxqIAUgBCAAKAIMIAAoAhAgAxCYAQwBCyACIAAoAhAiAU8N\
AiADIAAoAgwgAkECdGooAgA2AgALIAZBAXMPCyACIARBuKTAABCzAQALIAIgAUHIpMAAELMBAAv8\
DgELfyMAQRBrIgUkAAJ/QQEgASgCACIKQScgASgCBCIMKAIQIgsRAwANABogACgCACEGQQAhASMA\
QSBrIgQkACAFAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkAgBg4oAgEBAQEBAQEBAwUBAQQBAQEB\
AQEBAQEBAQEBAQEBAQEBAQgBAQEBBwALIAZB3ABGDQULIAZB/wVNDQZBEEEAIAZBq50ETxsiACAA\
QQhyIgAgBkELdCIDIABBAnQoAvS4QUELdEkbIgAgAEEEciIAIABBAnQoAvS4QUELdCADSxsiACAA\
QQJyIgAgAEECdCgC9LhBQQt0IANLGyIAIABBAWoiACAAQQJ0KAL0uEFBC3QgA0sbIgAgAEEBaiIA\
IABBAnQoAvS4QUELdCADSxsiAUECdCgC9LhBQQt0IgAgA0YgACADSWogAWoiCEECdCIAQfS4wQBq\
IQMgACgC9LhBQRV2IQFB/wUhAAJAIAhBH00EQCADKAIEQRV2IQAgCEUNAQsgA0EEaygCAEH///8A\
cSECCwJAIAAgAUF/c2pFDQAgBiACayEIIABBAWshA0EAIQADQCAAIAFB3aLBAGotAABqIgAgCEsN\
ASADIAFBAWoiAUcNAAsLIAFBAXFFDQYgBEEAOgAOIARBADsBDCAEIAZBFHYtANyoQToADyAEIAZB\
BHZBD3EtANyoQToAEyAEIAZBCHZBD3EtANyoQToAEiAEIAZBDHZBD3EtANyoQToAESAEIAZBEHZB\
D3EtANyoQToAECAGQQFyZ0ECdiIBIARBDGoiA2oiAEH7ADoAACAAQQFrQfUAOgAAIAMgAUECayIB\
akHcADoAACAFIAQpAQw3AAAgBEH9ADoAFSAEIAZBD3EtANyoQToAFCAFIAQvARQ7AAgMBwsgBUIA\
NwECIAVB3OAAOwEADAgLIAVCADcBAiAFQdzoATsBAAwHCyAFQgA3AQIgBUHc5AE7AQAMBgsgBUIA\
NwECIAVB3NwBOwEADAULIAVCADcBAiAFQdy4ATsBAAwECyAFQgA3AQIgBUHczgA7AQAMAwtBACEB\
QQAhAAJAIAYiAkEgSQ0AIAJB/wBJBEBBASEBDAELAkACQCACQYCABE8EQCACQYCACEkNASACQf7/\
/wBxIgBBrp0LRyACQeD//wBxQeDNCkcgAEGe8ApHcXEgAkHw1wtrQXFJcSACQYDwC2tB3mxJcSAC\
QYCADGtBnnRJcSACQdCmDGtBe0lxIAJBgII4a0H65lRJcSACQfCDOElxIQEMAwsgAkEIdkH/AXEh\
CQNAIAFBAmohAyAAIAEtAKuzQSIHaiEIIAkgAS0AqrNBIgFHBEAgASAJSw0DIAghACADIgFBzABH\
DQEMAwsCQAJAIAAgCEsgCEGcAktyRQRAIAdFDQIgAEH2s8EAaiEBDAELIAAgCEGcAkG4uMEAEDgA\
CwNAIAEtAAAgAkH/AXFHBEAgAUEBaiEBIAdBAWsiBw0BDAILC0EAIQEMBAsgCCEAIAMiAUHMAEcN\
AAsMAQsgAkEIdkH/AXEhCQNAAkAgAUECaiEDIAAgAS0Ag61BIgdqIQggCSABLQCCrUEiAUcEQCAB\
IAlLDQEgCCEAIAMiAUHcAEcNAgwBCwJAAkAgACAISyAIQdQBS3JFBEAgB0UNAiAAQd6twQBqIQEM\
AQsgACAIQdQBQbi4wQAQOAALA0AgAS0AACACQf8BcUcEQCABQQFqIQEgB0EBayIHDQEMAgsLQQAh\
AQwECyAIIQAgAyIBQdwARw0BCwsgAkH//wNxIQNBASEBQQAhAgNAIAJBAWohAAJAIAIsALKvQSIH\
QQBOBEAgACECDAELIABB+ANHBEAgAkGzr8EAai0AACAHQf8AcUEIdHIhByACQQJqIQIMAQtByLjB\
ABCFAwALIAMgB2siA0EASA0CIAFBAXMhASACQfgDRw0ACwwBC0EBIQFBACEHA0AgB0EBaiEAAkAg\
BywAkrZBIgNBAE4EQCAAIQcMAQsgAEGkAkcEQCAHQZO2wQBqLQAAIANB/wBxQQh0ciEDIAdBAmoh\
BwwBC0HIuMEAEIUDAAsgAiADayICQQBIDQEgAUEBcyEBIAdBpAJHDQALCyABQQFxDQEgBEEAOgAY\
IARBADsBFiAEIAZBFHYtANyoQToAGSAEIAZBBHZBD3EtANyoQToAHSAEIAZBCHZBD3EtANyoQToA\
HCAEIAZBDHZBD3EtANyoQToAGyAEIAZBEHZBD3EtANyoQToAGiAGQQFyZ0ECdiIBIARBFmoiA2oi\
AEH7ADoAACAAQQFrQfUAOgAAIAMgAUECayIBakHcADoAACAFIAQpARY3AAAgBEH9ADoAHyAEIAZB\
D3EtANyoQToAHiAFIAQvAR47AAgLQQoMAgsgBSAGNgIAQYABIQFBgQEMAQtBAgs6AA0gBSABOgAM\
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
AEEYEPMCDwsgAEEBOgAQDwsgABCrAyAAQbinwABBASABLQAMIgIbQQhBACACGxA3IAEoAghBA3Qh\
AiABKAIEIQEDQCACBEAgACABKAIAIAEoAgQQNyACQQhrIQIgAUEIaiEBDAELCyAAEKoDC30AAkAg\
AyAESw0AAkAgA0UNACACIANNBEAgAiADRw0CDAELIAEgA2osAABBv39MDQELAkAgBEUNACACIARN\
BEAgAiAERg0BDAILIAEgBGosAABBv39MDQELIAAgBCADazYCBCAAIAEgA2o2AgAPCyABIAIgAyAE\
IAUQ7AIAC7MCAQl/AkACQAJAAkACQAJAIAEtAABBAWsOBQECAwQFAAsgAEEAOgAADwsgACABKQII\
NwIIIAAgASkCADcCAA8LIABBBGogAUEEahCrASAAQQI6AAAPCyAAQQRqIAFBBGoQqwEgAEEDOgAA\
DwsgAEEEaiEDIwBBIGsiAiQAIAFBBGoiASgCBCEHIAJBCGogASgCCCIFQQRBEBCyASAFQQR0IQhB\
ACEBIAIoAgwhBiACKAIIIgkhBANAIARFIAEgCEZyRQRAIAJBEGogASAHahB0IAEgBmoiCiACKQIY\
NwIIIAogAikCEDcCACABQRBqIQEgBEEBayEEDAELCyADIAU2AgggAyAGNgIEIAMgCTYCACACQSBq\
JAAgAEEEOgAADwsgAEEEaiABQQRqEE8gAEEFOgAAC40BAQN/IwBBMGsiAiQAIAJBADYCECACQoCA\
gIAQNwIIIAJBFGogASACQQhqIgMQDyAAQQRqIQECQCACKAIUIgRBAkcEQCABIAIpAig3AhAgASAC\
KQIgNwIIIAEgAikCGDcCACADEIoDDAELIAEgAigCEDYCCCABIAIpAgg3AgALIAAgBDYCACACQTBq\
JAALigEBAn8jAEEwayIEJAAgBEEEaiIFIAEgAhCXAQJAIAAgBCgCCCAEKAIMEHciAQRAIAEQ7QEg\
ASADKQIINwIIIAEgAykCADcCACAFEIoDDAELIAQgBCgCDDYCGCAEIAQpAgQ3AxAgBCADKQIANwIc\
IAQgAykCCDcCJCAAIARBEGoQtQELIARBMGokAAt3AQF/IwBBEGsiAyQAIAMgAjYCCCADIAE2AgQg\
ACgCCEEcbCECIAAoAgQhAAJ/A0BBACACRQ0BGiACQRxrIQIgAyAANgIMIABBHGohACADQQxqIANB\
BGoQjwJFDQALIABBHGsLIQIgA0EQaiQAIAJBDGpBACACGwt4AQN/AkAgAkUNACAAIAEoAgAgASgC\
BBB3IgBFDQAgAUEMaiEBIAJBA3RBCGshAgNAIAIEQCABQQRrIQQgAkEIayECIAEoAgAhBSABQQhq\
IQEgACAEKAIAIAUQtAIiAA0BDAILCyAAQQAgAEHY/sAAEGAbIQMLIAMLewEDfyMAQRBrIgMkACAD\
IAEgAkEtEMYBAkAgAygCBCACIAMoAgAiBBsiBUEPTQRAIAMgBCABIAQbIgQ2AgggAyAEIAVqNgIM\
IANBCGoQzwFFDQELIAEgAhAOIgEgAiABIAJLGyECCyAAIAAoAgAgAmo2AgAgA0EQaiQAC3EAAn8g\
A0EASARAQQEhAUEAIQNBBAwBCwJ/AkACfyABBEAgAiABQQEgAxAUDAELIANFBEBBASEBDAILIANB\
ARDQAgsiAQ0AIABBATYCBEEBDAELIAAgATYCBEEACyEBQQgLIABqIAM2AgAgACABNgIAC4EBAQN/\
IwBBMGsiAiQAIAJBDGpBkLPAAEECEJcBIAJCBDcCKCACQoyAgICAATcCICACQSBqIQQDQCADQRBG\
BEAgACACKAIUNgIIIAAgAikCDDcCACACQTBqJAAFIAJBDGogASADIARqKAIAdkEPcS0AkrNAEKMB\
IANBBGohAwwBCwsLhgEBAX8jAEEwayIFJAAgBSADNgIMIAUgAjYCCCAFIAQQxwIgBSAFKQMANwIQ\
IAVBAjYCLCAFQQI2AiQgBUECNgIcIAUgAUEMajYCGCAFIAVBEGo2AiggBSAFQQhqNgIgIABBDGpB\
joTAACAFQRhqEKoCIABBADYCACAAQQE6ABggBUEwaiQAC08BA34gACABQv////8PgyIDQgp+IgRC\
ACIDIAFCIIhCCn58IgFCIIZ8IgU3AwAgACAEIAVWrSABIANUrUIghiABQiCIhHwgAkIKfnw3AwgL\
2wEBB38jAEEQayIDJABBYCEEAkADQCAEBEAgA0EIaiEHIAEgBEHI/8AAaigCACAEQcz/wABqKAIA\
EHghAkEAIQUjAEEQayIGJAAgAgR/IAZBCGoiBSACKAIMNgIEIAUgAigCCEEAIAItAABBA0YbNgIA\
IAYoAgwhBSAGKAIIBUEACyECIAcgBTYCBCAHIAI2AgAgBkEQaiQAIAMoAggiAgRAIAMgAiADKAIM\
IggQUCADKAIEDQMLIARBCGohBAwBCwtBACECCyAAIAI2AgAgACAINgIEIANBEGokAAt6AQN/IAEo\
AgAhAwJAAkAgASgCECICBEAgASgCFCACayECIAMNAUEBIQQgAiEBDAILQQEhBEEAIQIgA0UEQEEA\
IQEMAgsgASgCBCADayEBDAELIAEoAgQgA2sgAmoiASACTyEECyAAIAE2AgggACAENgIEIAAgAjYC\
AAtsAQR/IwBBEGsiAyQAA0ACQCACRQRAQQEhBQwBCyADQQhqIAEQwAEgAy0ACEUNACADLQAJQTBr\
Qf8BcSIGQQlLDQAgBEEKbCAGaiEEIAJBAWshAgwBCwsgACAENgIEIAAgBTYCACADQRBqJAALAwAA\
C5EBAgJ/AX4jAEEgayICJAAgASgCAEGAgICAeEYEQCABKAIMIQMgAkEANgIcIAJCgICAgBA3AhQg\
AkEUakGIncEAIAMoAgAiAygCACADKAIEECAaIAIgAigCHCIDNgIQIAIgAikCFCIENwMIIAEgAzYC\
CCABIAQ3AgALIABBlJ/BADYCBCAAIAE2AgAgAkEgaiQAC4kBAQJ/IwBBgAJrIgMkACADQcgAakEA\
QcEA/AsAIANCADcDQCADQdCXwQApAwA3AzggA0HIl8EAKQMANwMwIANBwJfBACkDADcDKCADQbiX\
wQApAwA3AyAgA0EgaiIEIAEgAhA2IANBkAFqIgEgBEHwAPwKAAAgAyABEB0gACADEFwgA0GAAmok\
AAt1AQV/IwBBEGsiAiQAIAEoAgAhBCABKAIEIQUgAkEIaiABEE4CQCACKAIIQQFHBEBBgIDEACED\
DAELIAIoAgwhAyABIAEoAgAgASgCCCIGIAVqIAQgASgCBGprajYCCAsgACADNgIEIAAgBjYCACAC\
QRBqJAALdgEDfyMAQRBrIgIkACACIAE2AgwgAiAANgIIQQEhAwJAIAJBCGoiBEG0kMEAQQoQpQEN\
ACAEQbCRwQBBAhClAQ0AIARByJHBAEEBEKUBDQAgBEHQkcEAENMCDQAgACABQdiRwQBBCBDFAiED\
CyACQRBqJAAgAwttAQR/QQQhAyMAQRBrIgIkAEEBIQQCQANAIANFDQEgAkEIaiABLQAAQRAQ4gEg\
A0EBayEDIAFBAWohASACLwEMIAVBBHRyIQUgAigCCEEBcQ0AC0EAIQQLIAAgBTsBAiAAIAQ7AQAg\
AkEQaiQAC3EAAkAgASACEKwCIgEEQCABLQAAQQNHDQEgAEEEaiABQQRqEKsBIABBAjYCAA8LIAIt\
AABFBEAgAEEEaiACKAIEIAIoAggQlwEgAEECNgIADwsgAEIBNwIIIABCAjcCAA8LIAAgAkGxr8AA\
QQggARB8CwMAAAumAQEEfyMAQRBrIgIkACACIAE2AgggAUEEaiEBAn8DQEEAIQMgASgCACIEIAEo\
AgRJBEAgASAEQQFqNgIAQQEhAwsgAiAENgIEIAIgAzYCAEEAIAIoAgBBAUcNARogAiACKAIEIgU2\
AgwgAkEIaigCACgCACACQQxqKAIAQdCowAAQoAItABBBAkYNAAtBAQshASAAIAU2AgQgACABNgIA\
IAJBEGokAAsDAAALAwAACwMAAAucAQEEfyMAQRBrIgMkACABIAEgAkEDdCICaiIERwRAIAFBBGoh\
BiAEIAFrQQN2IQQDQCAGKAIAIAVqIQUgBkEIaiEGIARBAWsiBA0ACwsgA0EEaiAFEPkBA0AgAgRA\
IANBBGogASgCACABKAIEENoBIAJBCGshAiABQQhqIQEMAQsLIAAgAygCDDYCCCAAIAMpAgQ3AgAg\
A0EQaiQAC5ICAQh/IwBBEGsiBCQAIAQgAUEIajYCDCABKAIAIQMgASgCBCEFAkADQCADIAVHBEAg\
ASADQQhqIgY2AgAjAEEwayICJAAgAkEEaiIHIARBDGooAgAoAgAoAgAgAygCACIIIAMoAgQiAxA8\
AkAgAi0ABCIJQQFrQf8BcUEFTwRAIABBgICAgHg2AgAgCUEGRg0BIAcQ7QEMAQsgAkEUaiAIIAMQ\
lwEgACACKQIUNwIAIAIgAikCBDcCICAAIAIpAhw3AgggAiACKQIMNwIoIAAgAikCJDcCECAAIAIo\
Aiw2AhgLIAJBMGokACAGIQMgACgCAEGAgICAeEYNAQwCCwsgAEGAgICAeDYCAAsgBEEQaiQAC5UC\
AQh/IwBBEGsiBCQAIAQgAUEIajYCDCABKAIAIQMgASgCBCEFAkADQCADIAVHBEAgASADQQhqIgY2\
AgAjAEEwayICJAAgAkEEaiIHIARBDGooAgAoAgAoAgAgAygCACIIIAMoAgQiAxB3EMwCAkAgAi0A\
BCIJQQFrQf8BcUEFTwRAIABBgICAgHg2AgAgCUEGRg0BIAcQ7QEMAQsgAkEUaiAIIAMQlwEgACAC\
KQIUNwIAIAIgAikCBDcCICAAIAIpAhw3AgggAiACKQIMNwIoIAAgAikCJDcCECAAIAIoAiw2AhgL\
IAJBMGokACAGIQMgACgCAEGAgICAeEYNAQwCCwsgAEGAgICAeDYCAAsgBEEQaiQAC6kbAhJ/A34j\
AEEQayIUJAAgASgCAC0AQARAIBRBBGohEyABKAIEKAIMIgEEfyABKAIEIQkgASgCAAVBAAshEkEA\
IQEjAEGgAWsiAyQAIANB+wBqIQYDQAJAAkACQAJAAkAgAUEYRwRAIAEoAoySQSEHIAEoAoiSQSEK\
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
IAxBBGoQISAMKAIMIQEgDCgCCCEFIAwgDCgCBDYCGCAMIAU2AhQgDCAFNgIQIAwgBSABQRxsajYC\
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
IAMgASgCFCIENgJQIAMgASkCDDcDSCADKAJMIQEgAyAENgKUASADIAE2ApABIBJBACABIARB+abA\
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
QayWwQAQhQMACyAHIBAoAhA2AgggByAQKQIINwIADAELQdyTwQAQhQMACyAQQSBqJAAgDigCBCIB\
BEAgASAOKAIMQQxsakEEahCKAwwBCwsgDkEQaiQAIAtBMGokAAwFCyADIAk2ApwBIAMgEjYCmAEg\
A0ECNgJ8IAMgA0GYAWo2AnggA0HYAGpB4Z3AACADQfgAahCqAgsDQCADQdgAaiEEIwBBEGsiCCQA\
IANBFGoiBigCACIBBH8gCCABIAYoAgQgBBBxQQAgCCgCBEGMAWogCCgCABsFQQALIQEgCEEQaiQA\
AkAgAQ0AIAMoAlwgAygCYBCFAQ0AIANB+ABqIgggBBCrASAGIAgQ6QEgA0HoAGoiBiACIA4gERBi\
IAMtAGhBBkcEQCAIIAQQqwEjAEEwayIEJAAgBCAIKQIANwMAIAQgCCgCCCIBNgIIAkAgAiAEKAIE\
IAEQdyIBBEAgARDtASABIAYpAgg3AgggASAGKQIANwIAIAQQigMMAQsgBCAIKAIINgIYIAQgCCkC\
ADcDECAEIAYpAgA3AhwgBCAGKQIINwIkIAIgBEEQahC1AQsgBEEwaiQACyAQIAMoAmA2AgggECAD\
KQJYNwIAIAMgETYCgAEgAyAONgJ8IAMgBzYCeCADQSxqIANB+ABqEMoBIANByABqEIoDIAUhAQwC\
CyADQQM2ApwBIAMgA0HYAGoiATYCmAEgA0H4AGpBt4PAACADQZgBahCqAiABEIoDIAMgAygCgAE2\
AmAgAyADKQJ4NwNYDAALAAsACyAFIQEgB0EFRw0EIwBBEGsiByQAIAdBADYCDCAHQoCAgIAQNwIE\
IAdBBGpB6LHAACAEQQAQSCADQegAaiIBIAcoAgw2AgggASAHKQIENwIAIAdBEGokACAGIAMoAnA2\
AAggBiADKQJoNwAAIAQQ7QEgBEEDOgAAIAQgAykAeDcAASAEIAMpAH83AAgMAgsgE0EANgIIIBNC\
gICAgMAANwIAIANBCGoQkgMLIANBoAFqJAAMAQsgBSEBDAELCyATEJIDCyAAIAIoAgg2AgggACAC\
KQIANwIAIBRBEGokAAtuAQF/IwBBIGsiAyQAAkAgAkHnB00EQCAAQQI2AgAgACACQQFqNgIEDAEL\
IANBATYCHCADQdyuwAA2AhggA0EMaiICQZCcwAAgA0EYahCqAiAAIAEgAygCECADKAIUEOkCIAIQ\
igMLIANBIGokAAuDAQEBfwJAIABBhAhPBEAgANBvJgFBtLvBACgCAA0BQbS7wQBBfzYCACAAQci7\
wQAoAgAiAUkNASAAIAFrIgBBwLvBACgCAE8NAUG8u8EAKAIAIABBAnRqQcS7wQAoAgA2AgBBxLvB\
ACAANgIAQbS7wQBBtLvBACgCAEEBajYCAAsPCwALZAEBfyMAQRBrIgMkACABBEAgA0EIaiABIAIo\
AhARAAAgAygCDCEBIAAgAygCCCICNgIIIAAgAUEAIAJBAXEiAhs2AgQgAEEAIAEgAhs2AgAgA0EQ\
aiQADwtB0JvBAEEyEKEDAAvUAgEKfyMAQRBrIgYkAAJAIAAgASgCCCICIAEoAgBJBH8jAEEQayIH\
JAAgASgCACACSQRAQcScwQBByQBB6JzBABDyAQALIAZBCGohCiAHQQhqIQsjAEEQayIEJAAgBEEM\
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
KQIYNwIQC5ABAgF/AX4jAEEQayIEJAAgASgCACUBIAIoAgAlASADKAIAJQEQBCEBQei7wQApAwAh\
BUHou8EAQgA3AwAgBEEIaiICIAVCIIg+AgQgAiAFp0EBRjYCAEEBIQMCQCAEKAIIQQFGBEAgACAE\
KAIMNgIEDAELQQAhAyAAIAFBAEc6AAELIAAgAzoAACAEQRBqJAALbwEBfwJAAkACQAJAAkACQCAA\
KAIAIgAtABRBAWsOAwECAQALIABBCGooAgBB/////wdPDQMgACgCDA0CCw8LIABBAzoAFA8LIAAg\
ACgCAEEBaiIBNgIAIAFFDQEgAEEBOgAUAAtBtJzBABCVAgsAC5UBAQV/IwBBIGsiAiQAIAJBCGog\
AUEEQQQQsgEgAkEANgIcIAIgAikDCDcCFCACQRRqIgQgARC4AiAEKAIEIAQoAggiBUECdGohBgNA\
IAEgA0cEQCAGIAM2AgAgBkEEaiEGIAVBAWohBSADQQFqIQMMAQsLIAQgBTYCCCAAIAIoAhw2Aggg\
ACACKQIUNwIAIAJBIGokAAsDAAALXgIBfwJ+IAAtABwhASAAQQA6ABwCQCABDQAgACgCGCIBRQ0A\
IAApAwAiAkIBQT8gASABQT9PG62GIgODUEUEQCAAKAIUIgEgASgCAEEBajYCAAsgACACIAOENwMA\
CwtcAQF/IwBBEGsiBCQAIARBADYCACAEIAI2AgQgBCADNgIMIARBADYCCCAABEAgACACIAMgASgC\
EBEEACAEQRBqJAAPCyAEQQhqEOMCIAQQ4wJB0JvBAEEyEKEDAAtdAQJ/AkAgAEEEaygCACICQXhx\
IgNBBEEIIAJBA3EiAhsgAWpPBEAgAkEAIAMgAUEnaksbDQEgABAVDwtB+J3BAEEuQaiewQAQ2gIA\
C0G4nsEAQS5B6J7BABDaAgALYgECfyMAQRBrIgMkACADQQA2AgwgA0EuIANBDGoQyAEgAygCBCEE\
IAAgAjYCECAAQQA2AgwgACACNgIIIAAgATYCBCAAIAQ6ABggAEEuNgIAIAAgAygCDDYCFCADQRBq\
JAALVQEBfwJAIAEgAkEBaiIETQ0AIAEgAkF/c2pBDGwiAUUNACAAIARBDGxqIAAgAkEMbGogAfwK\
AAALIAAgAkEMbGoiACADKAIINgIIIAAgAykCADcCAAtQAQJ/IAAoAgghAiAAAn9BASABQYABSQ0A\
GkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIDELcCIAEgACgCBCAAKAIIahBfIAAgAiADajYCCAtS\
AQF/IwBBEGsiAiQAIAJBCGogARBMIAAgAigCCEEBRwR/QYCAxAAFIAEoAgggASgCBGogASgCAGsh\
ASACKAIMCzYCBCAAIAE2AgAgAkEQaiQAC1YBAX8gAkEDdCECIAAoAgAhAyAAKAIEIQADQAJAIAJF\
DQAgACABQQRqKAIARgRAIAEoAgAgAyAAEL4BRQ0BCyABQQhqIQEgAkEIayECDAELCyACQQBHC1AB\
A38CQCABLQAIDQAgASgCACIDIAEoAgQiBEsNACADIARPBEBBASECIAFBAToACAwBC0EBIQIgASAD\
QQFqNgIACyAAIAM2AgQgACACNgIAC1sCAX8CfiAALQAcIQEgAEEAOgAcAkAgAQ0AIAAoAhgiAUUN\
ACAAKQMAIgJCAUE/IAEgAUE/TxuthiIDg1BFBEAgACgCFEHmscAAQQEQ2gELIAAgAiADhDcDAAsL\
XQEBfyMAQRBrIgMkAAJAAkACQCACDgICAAELIAMgACABKAIAIAEoAgQQYiADEOACDAELIAAgASgC\
ACABKAIEEHciAEUNACAAIAFBCGogAkEBaxCwAQsgA0EQaiQAC34BAn8jAEEQayICJAAgAiAANgIM\
IAAoAgwgACgCBCIBa0EMbiEAA0AgAARAIABBAWshACABEIoDIAFBDGohAQwBCwsjAEEQayIAJAAg\
ACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQiAMgAEEQaiQAIAJBEGokAAtUAQF/AkAC\
QCAAKAIAIAAoAggiA2sgAkkEQCAAIAMgAhBoIAAoAgghAwwBCyACRQ0BCyACRQ0AIAAoAgQgA2og\
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
IAItAAEgAi0AAEEBRnE6AAQPCyAAIAJBsI7BAEENIAEQfAvCAQEGfyMAQSBrIgQkACAEIAE2Agwg\
BCACNgIQIAEvAYoBIQMgBEEAOgAcIAQgAzYCGCAEQQA2AhQjAEEgayIDJAAgAyAEQRRqIgUoAgg2\
AhggAyAFKQIANwMQIARBDGooAgAiBUGMAWohBgNAIANBCGogA0EQahCmASADKAIIQQFGBEAgBiAD\
KAIMIgdBAnRqKAIAIgggBzsBiAEgCCAFNgIADAELCyADQSBqJAAgACACNgIEIAAgATYCACAEQSBq\
JAALWQEBfwJAAkACQCAALQAAQQRrDgIAAQILIAAoAgxBBHQhAyAAKAIIIQADQCADRQ0CIAAgASAC\
ELABIANBEGshAyAAQRBqIQAMAAsACyAAQQRqIAEgAhCoAQsLVAEBfwJAAkAgACgCACAAKAIIIgNr\
IAJJBEAgACADIAIQbyAAKAIIIQMMAQsgAkUNAQsgAkUNACAAKAIEIANqIAEgAvwKAAALIAAgAiAD\
ajYCCEEAC1EBAX8jAEEQayIEJAAgBEEEaiABQQAgAiADEGMgBCgCCCEBIAQoAgRBAUYEQCABIAQo\
AgwQ0QIACyAAIAQoAgw2AgQgACABNgIAIARBEGokAAtPAQF/IwBBIGsiAyQAIAMgATYCDCADIAA2\
AgggAyADQQhqrUKAgICAEIQ3AxggAyADQQxqrUKAgICAEIQ3AxBB1oTAACADQRBqIAIQ8gEAC08B\
AX8jAEEgayIDJAAgAyABNgIIIAMgADYCDCADIANBDGqtQoCAgIAQhDcDGCADIANBCGqtQoCAgIAQ\
hDcDEEHxn8AAIANBEGogAhDyAQALkQEBA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAA\
IAAoAgBBAUEEQRwQWSACKAIIIgRBgYCAgHhHBEAgBCACKAIMENECAAsgAkEQaiQACyAAKAIEIANB\
HGxqIgIgASgCGDYCGCACIAEpAhA3AhAgAiABKQIINwIIIAIgASkCADcCACAAIANBAWo2AggLVgEB\
fyMAQRBrIgIkACACQQhqIAFBDGoQogMgAiACKAIIIAIoAgwgASgCGCABKAIcQYCvwAAQcyACKAIE\
IQEgACACKAIANgIAIAAgATYCBCACQRBqJAALTQECfwJAIAJB/////wNGIAJB/////wNLcg0AIAEo\
AmQgAkECdCICQQRqSQ0AIAEoAmAgAmooAAAhBEEBIQMLIAAgBDYCBCAAIAM2AgALAwAACwMAAAsD\
AAALSAACQAJAIAFFDQAgASADTwRAIAEgA0YNAQwCCyABIAJqLAAAQUBIDQELIAAgATYCBCAAIAI2\
AgAPCyACIANBACABIAQQ7AIAC9ABAQZ/IAAoAgAiA0EEaiADLwGKASIEQQFqIgcgACgCCCIFIAEQ\
ogEgA0GMAWohBgJAIAVBAWoiAUEBaiIFIARBAmoiBE8NACAEIAFBf3NqQQJ0IghFDQAgBiAFQQJ0\
aiAGIAFBAnRqIAj8CgAACyAGIAFBAnQiBWogAjYCACADIAc7AYoBIAQgASABIARJGyECIAUgACgC\
ACIDakGMAWohAANAIAEgAkcEQCAAKAIAIgYgATsBiAEgBiADNgIAIABBBGohACABQQFqIQEMAQsL\
C0kBAX8jAEEQayIEJAAgBEEANgIIIAQgAjYCDCAABEAgACACIAMgASgCEBEEACAEQRBqJAAPCyAE\
QQhqEOMCQdCbwQBBMhChAwALQwEDfwJAIAJFDQADQCAALQAAIgQgAS0AACIFRgRAIABBAWohACAB\
QQFqIQEgAkEBayICDQEMAgsLIAQgBWshAwsgAwtLAQN/IAAoAhwhAiAAKAIkIQEgACgCICEDA0AC\
QCABIANJBEAgASACai0AAEEwa0H/AXFBCkkNAQsPCyAAIAFBAWoiATYCJAwACwALdAEFfyMAQRBr\
IgIkACACQQhqIgQgASgCCCIDIAEoAgQiBUkEfyABKAIAIANqLQAABUEACzoAASAEIAMgBUk6AAAg\
Ai0ACCIDBEAgAi0ACSEGIAEgASgCCEEBajYCCAsgACAGOgABIAAgAzoAACACQRBqJAALVgECfyMA\
QRBrIgIkACAAEKcBIAAoAhQiA0GgssAAQQEQ2gEgAkEIaiABEMYCIAMgAigCCCACKAIMENoBIANB\
2JfBAEECENoBIABBAToAHCACQRBqJAALRwEBfyMAQRBrIgMkACADQQA2AgggAyACNgIMIAAEQCAA\
IAIgASgCEBEDACADQRBqJAAPCyADQQhqEOMCQdCbwQBBMhChAwALAwAACwMAAAsDAAALSgEBfyMA\
QSBrIgQkACAEQQA2AhwgBEEQaiADIARBHGoQyAEgBEEIaiAEKAIQIAQoAhQgASACEJsCIAAgBCkD\
CDcDACAEQSBqJAALSgEDfyMAQRBrIgIkACAAEJ4BIAAoAhQiAygCACEEIAJBCGogARDGAiACKAIM\
IQEgAEEBOgAcIAMgASAEakEDajYCACACQRBqJAALOQAgASACEF8gAAJ/QQEgAUGAAUkNABpBAiAB\
QYAQSQ0AGkEDQQQgAUGAgARJGws2AgQgACACNgIACz8AIAAoAgAgA0H0qMAAEKACKAIEIgBBf0YE\
f0EABSAAIAJPBEAgACACQYSpwAAQswEACyAAIAFqLQAAC0EBcQuHAQEDfyAAKAIIIgMgACgCAEYE\
QCMAQRBrIgIkACACQQhqIAAgACgCAEEBQQRBGBBZIAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ0QIA\
CyACQRBqJAALIAAoAgQgA0EYbGoiAiABKQIQNwIQIAIgASkCCDcCCCACIAEpAgA3AgAgACADQQFq\
NgIIC7ICAQV/IwBBEGsiAyQAIAAoAgBBgICAgHhGBEAgA0EEaiEEIAAoAgwhAiMAQdAAayIBJAAg\
ASACELYBIAFBADYCTCABQdSqwAA2AjQgAUEANgIwIAFCgICAgMAANwIoIAEgASgCBCICNgJIIAEg\
ASgCACIFNgJEIAEgAjYCQCABIAU2AjwgAUEENgI4IAFBDGogAUEoakEAEA0CQCABKAIMIgJBAkcg\
AS0AECIFQQVHckUEQCAEIAEoAhw2AgggBCABKQIUNwIADAELIARBADYCCCAEQoCAgIDAADcCACAC\
QQJHBEAgAUEMahC9AgwBCyAFQQVGDQAgAUEQahDtAQsgAUEoahCLAyABQdAAaiQAIAAQ4gIgACAD\
KAIMNgIIIAAgAykCBDcCAAsgA0EQaiQAIAALQQEBfyMAQRBrIgMkACADQQRqIAAgASACENMBAkAg\
AygCCEUNACADKAIMIgBFDQAgAygCBCAAEKABCyADQRBqJAALCQAgAEEIELoDCwkAIABBBBC6AwtC\
AQN/IAAoAgAhAiAAKAIEIQMDQCADIAIiAUcEQCAAIAFBAWoiAjYCACABLQAAQTprQf8BcUH1AUsN\
AQsLIAEgA0cLCQAgAEEUELoDC0wBAX8gACgCACIAIAFB8LLAABClAiIDKAIAIAMoAgQgACACQYCz\
wAAQpQIiACgCACAAKAIEEIYCIgAgASACSyABIAJJayAAQf8BcRsLOgEBfwJAIAFpQQFHDQAgAUEA\
IABBgICAgHggAWtNGyICRQ0AIAAEQCAAIAIQ0AIiAUUNAQsgAQ8LAAtAAQN/QQQhBQJAIANFDQAg\
ASgCACIGRQ0AIAAgAjYCBCAAIAEoAgQ2AgAgAyAGbCEEQQghBQsgACAFaiAENgIAC0QBAX8jAEEQ\
ayIFJAAgBUEIaiACIAMgASgCBCABKAIIIAQQ9QEgBSgCDCEBIAAgBSgCCDYCACAAIAE2AgQgBUEQ\
aiQAC74DAQZ/IwBBEGsiBSQAIAUgAzYCACAFIAE2AgQgBSABIAJBA3RqNgIIIAUgBTYCDCMAQSBr\
IgMkACADIAVBBGoiASgCCDYCGCADIAEpAgA3AxAgA0EEaiEGIwBBQGoiASQAIAFBFGogA0EQaiIE\
EI8BAkAgASgCFEGAgICAeEcEQCABQQRBBEEcELIBIAEoAgAhByABKAIEIgIgASkCFDcCACACIAEo\
Aiw2AhggAiABKQIkNwIQIAIgASkCHDcCCCABQQE2AhAgASACNgIMIAEgBzYCCCABIAQoAgg2Ajgg\
ASAEKQIANwMwIAFBCGohBCABQTBqIQkjAEEgayICJAADQAJAIAJBBGogCRCPASACKAIEQYCAgIB4\
Rg0AIAQoAggiCCAEKAIARgRAIAQQuwILIAQoAgQgCEEcbGoiByACKAIcNgIYIAcgAikCFDcCECAH\
IAIpAgw3AgggByACKQIENwIAIAQgCEEBajYCCAwBCwsgAkEgaiQAIAYgASgCEDYCCCAGIAEpAgg3\
AgAMAQsgBkEANgIIIAZCgICAgMAANwIACyABQUBrJAAgACAGEBAgA0EgaiQAIAVBEGokAAtHAQJ/\
IAAoAgAiASgCACIAIAAoAgAiAEEBajYCACABKAIEIgEoAggiAiAATQRAIAAgAkGEscAAELMBAAsg\
ASgCBCAAai0AAAucAgEEfyAAEKcBAkAgAC0AHUUNACAAKAIUIgIoAgghBQJAAkACQAJAAkBBAyAB\
KAIAIgNBgICAgHhzIANBAE4bQQFrDgMAAQMCCyACQeixwAAgAUEEakEAEDMMAwsgAkHUqsAAQQQQ\
gQMMAgsgAiABKAIIIAEoAgwQ2gEMAQsgAkHkscAAQQEQ2gEgAkG4p8AAQQEgAS0ADCIDG0EIQQAg\
AxsQgQMgASgCCEEDdCEDIAEoAgQhBANAIAMEQCACQeaxwABBARDaASACIAQoAgAgBCgCBBCBAyAD\
QQhrIQMgBEEIaiEEDAELCyACQeWxwABBARDaAQsgASgCAEGAgICAeEcNACAAIAU2AgwgAEEBNgII\
IAAgAigCCDYCEAsLQQEBfyMAQRBrIgUkACAFQQhqIAAgASACIAMgBBBZIAUoAggiAEGBgICAeEcE\
QCAAIAUoAgwQ0QIACyAFQRBqJAALfQEDfyAAKAIIIgMgACgCAEYEQCMAQRBrIgIkACACQQhqIAAg\
ACgCAEEBQQRBDBBZIAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ0QIACyACQRBqJAALIAAoAgQgA0EM\
bGoiAiABKAIINgIIIAIgASkCADcCACAAIANBAWo2AggLPAEBfyAAIAIQtwIgACgCCCEDIAAgAgR/\
IAIEQCAAKAIEIANqIAEgAvwKAAALIAAoAggFIAMLIAJqNgIIC6kCAQR/IwBBIGsiBiQAIAYgBDYC\
HCAGIAM2AhggBiACNgIUIAYgATYCECAGIAU2AgxBACEBIwBBEGsiBSQAIAUgBkEMajYCDAJAIAAi\
AygCCCIHRQ0AIAAoAgQiCCEEA0AgBUEMaiAEEG0EQCAEQRxqIQQgByABQQFqIgFHDQEMAgsLIAQQ\
+AIgCEEcaiEJIAEhAgNAIAFBAWohACAJIAFBHGxqIQQDQCAAIAdPBEAgAyACNgIIDAMLIAVBDGog\
BBBtRQRAIABBAWohACAEEPgCIARBHGohBAwBCwsgCCACQRxsaiIBIAQoAhg2AhggASAEKQIQNwIQ\
IAEgBCkCCDcCCCABIAQpAgA3AgAgAkEBaiECIAAhAQwACwALIAVBEGokACAGQSBqJAALOgEBfyAB\
QR1NBH9B5AAgACgCACIAIABBDGogAkH4pcAAEKACKAIAEJYCIgAgAEHkAE8bQQNqBUEACwt9AQN/\
IAAoAggiAyAAKAIARgRAIwBBEGsiAiQAIAJBCGogACAAKAIAQQFBBEEQEFkgAigCCCIEQYGAgIB4\
RwRAIAQgAigCDBDRAgALIAJBEGokAAsgACgCBCADQQR0aiICIAEpAgg3AgggAiABKQIANwIAIAAg\
A0EBajYCCAtAAQF/IwBBIGsiASQAIAEgACgCGDYCGCABIAApAhA3AxAgASAAKQIINwMIIAEgACkC\
ADcDACABEEkgAUEgaiQACzQBAn8jAEEQayICJAAgAkEIaiAAEMABIAItAAkhACACLQAIIAJBEGok\
ACAAIAFB/wFxRnELQAEBfyMAQSBrIgMkACADIAI2AhwgAyABNgIYIAMgAjYCFCADQQhqIANBFGoQ\
lAEgACADKQMINwMAIANBIGokAAtGAQJ/IAEoAgQhAiABKAIAIQNBCEEEENACIgFFBEBBBEEIEKQD\
AAsgASACNgIEIAEgAzYCACAAQfiewQA2AgQgACABNgIACzYBAX8gACABQcEAa0FfcUEKaiABQTBr\
IgMgAkEKSxsgAyABQTlLGyIBNgIEIAAgASACSTYCAAs6AQF/IAAoAgQgASgCBCAAKAIIIgAgASgC\
CCIBIAAgAUkbEL4BIgIgACABayACGyIAQQBKIABBAEhrCzkBAn8gACABKAIAIgMgASgCBCICRwR/\
IAEgAkEBayIBNgIEIAEtAAAFIAELOgABIAAgAiADRzoAAAs8ACACIANJBEBBgJPBAEETIAQQ8gEA\
CyAAIAM2AgQgACABNgIAIAAgAiADazYCDCAAIAEgA0EDdGo2AggLNAAgASACSyACIARLckUEQCAA\
IAIgAWs2AgQgACADIAFBAnRqNgIADwsgASACIAQgBRA4AAs+AQF/IwBBEGsiBSQAIAVBCGpBACAB\
IAIgAyAEEPUBIAUoAgwhASAAIAUoAgg2AgAgACABNgIEIAVBEGokAAs7ACAAEKcBIAAoAhQgAUEB\
ENoBIAAgACgCGEEBaiIBNgIYIAAgACkDAEJ+QT8gASABQT9PG62JgzcDAAuyEAIZfwF+IwBBIGsi\
ESQAIBFBBGohBCMAQRBrIgUkAAJAIAAoAgAiCQRAIAUgCSAAKAIEIAEQcSAFQQRqIQkgBSgCAARA\
IAQgADYCDCAEIAkoAgg2AhggBCAJKQIANwIQIAQgASkCADcCACAEIAEoAgg2AggMAgsgBCAANgIQ\
IARBgICAgHg2AgAgBCAJKAIINgIMIAQgCSkCADcCBCABEIoDDAELIARBADYCECAEIAA2AgwgBCAB\
KAIINgIIIAQgASkCADcCAAsgBUEQaiQAIBEoAgRBgICAgHhHBEAjAEEQayINJAAjAEEgayIKJAAC\
QCAEKAIQBEAgCkEMaiEOIARBDGohFCMAQeAAayICJAAgAkEQaiEHIwBBQGoiAyQAAkAgBCIJQRBq\
IgsoAgAiDC8BigFBC08EQCADQRhqIQQgA0EcaiEFQQQhAAJAIAsoAggiAUEFSQ0AIANBIGogA0Ek\
aiEIAn8CQAJAIAEiAEEFaw4CAwEAC0EGIQAgAUEHawwBC0EFIQBBAAshASEEIAghBQsgAyAANgII\
IAMgDDYCACADIAsoAgQ2AgQQ2AIiAEEAOwGKASAAQQA2AgAgA0EMaiIGIAMgABBeIAZBADYCGCAG\
IAA2AhQgBiADKQIANwIMIAMgATYCMCADIAUoAgA2AiwgAyAEKAIANgIoIANBNGogA0EoaiAJEOoB\
IAMpAjQhGyADKAI8IQAgByADKAIkNgIYIAcgAykCHDcCECAHIAMpAhQ3AgggByADKQIMNwIAIAcg\
ADYCJCAHIBs3AhwMAQsgA0E0aiALIAkQ6gEgB0GAgICAeDYCACAHIAMoAjw2AiQgByADKQI0NwIc\
CyADQUBrJAACQAJAAkAgAigCEEGAgICAeEcEQCACIAIpAhA3A0ggAiACKAIYNgJQIAIoAhwhACAC\
KAIgIQUgAigCKCEBIAIoAiQhByACKAIwIRUgAigCLCEWIAIoAjQhFwNAIAAoAgAiBEUEQCACIAIo\
AlA2AhggAiACKQNINwMQIAIgATYCKCACIAc2AiQgAiAFNgIgIAIgADYCHCAUKAIAIgQoAgAiCEUN\
AyACQQhqIQYgBCgCBCEDIwBBEGsiACQAENkCIgUgCDYCjAEgBUEAOwGKASAFQQA2AgACQCADQQFq\
IggEQCAAQQhqIAUgCBCvASAAKAIMIQUgBiAAKAIINgIAIAYgBTYCBCAAQRBqJAAMAQtB/JTBABCF\
AwALIAIoAgghACAEIAIoAgwiBTYCBCAEIAA2AgAgAiAFNgJcIAIgADYCWCACQRBqIQQCQAJAIAEg\
AkHYAGoiACgCBEEBa0YEQCAAKAIAIgAvAYoBIgFBC08NASAAIAFBAWoiBTsBigEgACABQQxsaiIB\
IAQoAgg2AgwgASAEKQIANwIEIAAgBUECdGogBzYCjAEgByAFOwGIASAHIAA2AgAMAgtBrJTBAEEw\
QdyUwQAQ2gIAC0H8k8EAQSBB7JTBABDaAgALDAQLIAIgBDYCPCACIAAvAYgBNgJEIAIgBUEBajYC\
QCACQRBqIQsgAkHIAGohEyMAQUBqIgMkAAJAAkAgASACQTxqIgYoAgQiDEEBa0YEQCAGKAIAIg8v\
AYoBQQtJDQEgA0EkaiEFIANBKGohBEEEIQACQCAGKAIIIgFBBUkNACADQSxqIANBMGohCAJ/AkAC\
QCABIgBBBWsOAgMBAAtBBiEAIAFBB2sMAQtBBSEAQQALIQEhBSAIIQQLIAMgADYCFCADIAw2AhAg\
AyAPNgIMIwBBIGsiACQAIANBDGoiDCgCACIPLwGKASESENkCIgZBADsBigEgBkEANgIAIABBFGog\
DCAGEF4gBi8BigEiCEEBaiEQIAhBDE8EQEEAIBBBDEHUlcEAEDgACyADQRhqIQggDyAMKAIIIhhB\
AnRqQZABaiEZIAZBjAFqIRoCQCAQIBIgGGsiEkYEQCASQQJ0IhAEQCAaIBkgEPwKAAALDAELQYyV\
wQBBKEG0lcEAENoCAAsgAEEIaiAGIAwoAgQiBhCvASAAKQMIIRsgCCAGNgIQIAggDzYCDCAIIAAp\
AhQ3AgAgCCAAKAIcNgIIIAggGzcCFCAAQSBqJAAgAyABNgI8IAMgBCgCADYCOCADIAUoAgA2AjQg\
A0E0aiATIAcQvAEgCyADKAIwNgIYIAsgAykCKDcCECALIAMpAiA3AgggCyADKQIYNwIADAILQeSV\
wQBBNUGclsEAENoCAAsgBiATIAcQvAEgC0GAgICAeDYCAAsgA0FAayQAIAIoAhBBgICAgHhGDQMg\
AiACKQIQNwNIIAIgAigCGDYCUCACKAIcIQAgAigCICEFIAIoAighASACKAIkIQcMAAsACyAOIAIo\
AjQ2AgggDiACKQIsNwIADAILQeyTwQAQhQMACyAOIBc2AgggDiAVNgIEIA4gFjYCAAsgAkHgAGok\
ACAJKAIMIQAMAQsgBCgCDCEAENgCIgFBADsBigEgAUEANgIAIApBADYCBCAKIAE2AgAgCigCACEB\
IABBADYCBCAAIAE2AgAgCiABNgIYIApBADYCHCAKQRhqIgYoAgAiAS8BigEiBUELTwRAQfyTwQBB\
IEGclMEAENoCAAsgASAFQQFqOwGKASAKQQxqIgkgBTYCCCAJIAE2AgAgCSAGKAIENgIEIAEgBUEM\
bGoiASAEKAIINgIMIAEgBCkCADcCBAsgDSAANgIMIA0gCigCFDYCCCANIAopAgw3AgAgACAAKAII\
QQFqNgIIIApBIGokACANKAIAGiANQRBqJAALIBFBIGokAAtFAQN/IAEoAgAiA0EEaiADLwGKAUEB\
aiIEIAEoAggiBSACEKIBIAMgBDsBigEgACAFNgIIIAAgAzYCACAAIAEoAgQ2AgQLNgACQCADaUEB\
Rw0AIANBACABQYCAgIB4IANrTRsiA0UNACAAIAEgAyACEBQiAEUNACAADwsACzcBAn8gACABKAIA\
IgIgASgCBCIDRwR/IAEgAkEBajYCACACLQAABSABCzoAASAAIAIgA0c6AAALQQACQAJAAkACQAJA\
IAAtAAAOBQEBAgMEAAsgAEEEahCTAwsPCyAAQQRqEIoDDwsgAEEEahCKAw8LIABBBGoQlgMLgQQB\
Dn8jAEEQayIHJAAgB0EIaiEMIwBBEGsiBCQAIAQgAUEIajYCBCABIg4oAgAhASAOKAIEIQ8DQAJA\
IAEgD0YEQEEAIQkMAQsgDiABQQhqIgI2AgAgASgCACEJIAQgAUEEaigCACINNgIMIAQgCTYCCCAC\
IQEgBEEEaigCACICKAIAIAIoAggiBS0AACAEQQhqIgMoAgAiCCADKAIEIgYgAigCBCgCFBEIAAR/\
An8gAigCDCICKAIoIQMgAigCLEG4p8AAQQAgBS0AABshCyMAQTBrIgIkACACIAY2AhggAiAINgIU\
QQxsIQUDQCAFQQBHIQgCQAJAIAVFDQAgAiADNgIcIAsEQCACQQg2AiQgAiALNgIgIAJBHGogAkEg\
ahCPAgRAQQEhCAwCCyACQQhqIAtBCCADQQRqKAIAIANBCGooAgAQmwIgAigCCCIGRQ0CIAIgBiAC\
KAIMQS4QxgEgAigCACIGRQ0CIAIoAgQhCiACIAY2AiggAiAKNgIsIAJBKGogAkEUahDTAg0BDAIL\
IAJBHGogAkEUahCPAkUNAQsgAkEwaiQAIAgMAgsgA0EMaiEDIAVBDGshBQwACwALQQFzBUEAC0UN\
AQsLIAwgDTYCBCAMIAk2AgAgBEEQaiQAIAcoAgwhASAAIAcoAgg2AgAgACABNgIEIAdBEGokAAs8\
AQJ/IAAoAggiAyAAKAIARgRAIAAQzQELIAAoAgQgA0EDdGoiBCACNgIEIAQgATYCACAAIANBAWo2\
AggLQwEBfwJAAkACQAJAQQMgACgCACIBQYCAgIB4cyABQQBOGw4DAQIDAAsgABCJAw8LIABBBGoQ\
igMPCyAAQQRqEJMDCwszAQJ/IwBBEGsiASQAIAFBCGogABDAAiABKAIIIAEoAgwhAiABQRBqJABB\
AEcgAkEAR3EL3gECAX8BfiMAQSBrIgMkACADIAE2AhAgAyAANgIMIANBATsBHCADIAI2AhggAyAD\
QQxqNgIUIwBBEGsiASQAIANBFGoiACkCACEEIAEgADYCDCABIAQ3AgQjAEEQayIAJAAgAUEEaiIB\
KAIAIgIoAgQiA0EBcQRAIAIoAgAhAiAAIANBAXY2AgQgACACNgIAIABBoJ3BACABKAIEIAEoAggi\
AC0ACCAALQAJEFsACyAAQYCAgIB4NgIAIAAgATYCDCAAQbydwQAgASgCBCABKAIIIgAtAAggAC0A\
CRBbAAtBAQF/IwBBEGsiACQAIABBNTYCBCAAQcyWwQA2AgAgACAArUKAgICA0A+ENwMIQZqLwAAg\
AEEIakGEl8EAEPIBAAs0AQJ/IwBBEGsiASQAIAFBCGogABBOIAEoAgghACABKAIMIAFBEGokAEGA\
gMQAIABBAXEbCzEAIAEgAksgAiAES3JFBEAgACACIAFrNgIEIAAgASADajYCAA8LIAEgAiAEIAUQ\
OAALOQEBfyMAQRBrIgIkACACQQhqIAFBE2oQxgIgAigCDCEBIAAgAigCCDYCACAAIAE2AgQgAkEQ\
aiQACzwAIAIgA0kEQEGAk8EAQRNBvJbBABDyAQALIAAgAzYCBCAAIAE2AgAgACACIANrNgIMIAAg\
ASADajYCCAs5ACACIANJBEBBgJPBAEETIAQQ8gEACyAAIAM2AgQgACABNgIAIAAgAiADazYCDCAA\
IAEgA2o2AggLOQIBfwF+IwBBEGsiAiQAIAJBCGogAUEBQQEQsgEgAikDCCEDIABBADYCCCAAIAM3\
AgAgAkEQaiQACzQBAX8jAEEQayIBJAAgAUEANgIMIAEgACABQQxqEMgBIAEoAgAgASgCBBD/AiAB\
QRBqJAALMQEBfyAAKAIAIgAgASgCACICckUhASAARSACRXIEfyABBSAALQAAIAItAABGC0EBcws4\
AQF/IAEoAgAiAwRAIAAgAS8BiAE2AgggACACQQFqNgIECyAAIAM2AgAgAUG8AUGMASACGxCgAQs/\
ACAAKAIAQYCAgIB4RwRAIAEgACgCBCAAKAIIEOgCDwsgASgCACABKAIEIAAoAgwoAgAiACgCACAA\
KAIEECALOAACQCACQYCAxABGDQAgACACIAEoAhARAwBFDQBBAQ8LIANFBEBBAA8LIAAgAyAEIAEo\
AgwRBAALdAEDfyAAKAIIIgMgACgCAEYEQCMAQRBrIgIkACACQQhqIAAgACgCAEEBQQRB6AAQWSAC\
KAIIIgRBgYCAgHhHBEAgBCACKAIMENECAAsgAkEQaiQACyAAKAIEIANB6ABsaiABQegA/AoAACAA\
IANBAWo2AggLMwEBfyAAKAIIIgIgACgCAEYEQCAAEM4BCyAAKAIEIAJBAnRqIAE2AgAgACACQQFq\
NgIIC0ABAX8gASgCACIBIAJBlKnAABCgAi0AECEDIAEgAkGkqcAAEKACIQEgACADOgAEIAAgAjYC\
CCAAIAEoAgg2AgALNgAgACgCACIAIAFBlLHAABCjAiAAIAJBpLHAABCjAhDjASIAIAEgAksgASAC\
SWsgAEH/AXEbCzUBAX8jAEEQayIBJAAgASAAKAIAIgAoAgA2AgwgASAAKAIINgIIIAFBCGoQlwMg\
AUEQaiQACzYBAX8gASgCACIDQf////8HTwRAIAIQlQIACyABIANBAWo2AgAgACABNgIEIAAgAUEE\
ajYCAAtjAAJAIAJFDQAgA0UEQCACIAEQ0AIhAQwBCwJAAn8gAUEJTwRAIAEgAhAtDAELIAIQCQsi\
AUUNACABQQRrLQAAQQNxRSACRXINACABQQAgAvwLAAsLIAAgAjYCBCAAIAE2AgALKAAgACACIAEg\
AyABIANJGxC+ASIAIAEgA2sgABsiAEEASiAAQQBIawsqACABIANNBEAgACADIAFrNgIEIAAgASAC\
ajYCAA8LIAEgAyADIAQQOAALKQAgASADRgRAIAFBAnQiAQRAIAAgAiAB/AoAAAsPCyABIAMgBBC0\
AQALNwAgABCeAQJAIAAtAB1FDQAgASAAKAIUEFcgASgCAEGAgICAeEcNACAAQQA2AhAgAEIBNwMI\
CwstAQF/IwBBEGsiASQAIAEgAEEIazYCDCABQQxqIgAQmwEgABDEAiABQRBqJAALswEBAn8jAEEQ\
ayIAJAAgASgCAEGIn8EAQQsgASgCBCgCDBEEACEDIABBCGoiAkEAOgAFIAIgAzoABCACIAE2AgAg\
AiIBLQAEIQIgAS0ABQRAIAECf0EBIAJBAXENABogASgCACIBLQAKQYABcUUEQCABKAIAQf2owQBB\
AiABKAIEKAIMEQQADAELIAEoAgBB/KjBAEEBIAEoAgQoAgwRBAALIgI6AAQLIAJBAXEgAEEQaiQA\
C54CAQR/IwBBEGsiBCQAEEEiBSAAJgEjAEHQAGsiAyQAIAMgATYCFCADIAU2AhAgAyACNgIYIAMg\
A0HPAGoiATYCRCADIAE2AkAgAyADQRhqNgI8IAMgA0EUajYCOCADIAE2AjQgAyABNgIwIAMgATYC\
LCADIANBEGo2AiggA0EcaiADQShqEEICfyADKAIcQYCAgIB4RgRAQQEhASADKAIgIQJBAAwBCyAD\
IAMoAiQ2AjAgAyADKQIcNwMoIANBCGogA0EoahCUASADKAIMIQZBACECQQAhASADKAIICyEFIAQg\
ATYCDCAEIAI2AgggBCAGNgIEIAQgBTYCACADQdAAaiQAIAQoAgAgBCgCBCAEKAIIIAQoAgwgBEEQ\
aiQACzABAX8jAEEQayIBJAAgAUEANgIMIAFBDGpBhLLAACAAQQAQSCABKAIMIAFBEGokAAsoAQF/\
AkAgAEUNACAALQAAIgBBIkYgAEHcAEZyDQAgAEEfSyEBCyABCywBAn8gASgCBCIDIAAoAgAiACgC\
CEYEfyAAKAIEIAEoAgAgAxC+AQVBAQtFCyoBAX8jAEEQayIDJAAgAyAAKAIANgIMIANBDGogASAC\
ENEBIANBEGokAAsqAQF/IwBBEGsiAyQAIAMgACgCADYCDCADQQxqIAEgAhCCAiADQRBqJAALKQEB\
fyMAQRBrIgMkACADIAAoAgA2AgwgA0EMaiABIAIQYSADQRBqJAALMAEBfyMAQRBrIgAkACAAIABB\
D2qtQoCAgIDgDIQ3AwBByYnAACAAQfCSwQAQ8gEACw4AIABCgICAgIAQELwDCw4AIABCgICAgJAQ\
ELwDCyIAIAFBf0YEfyAAQRhqBSAAIAFBiKbAABChAkEMagsoAgALLQEBfyMAQRBrIgIkACACQQhq\
IAEQxgIgACACKAIIIAIoAgwQ6gIgAkEQaiQACy0BAX8jAEEQayICJAAgAkEIaiABEMYCIAAgAigC\
CCACKAIMEOsCIAJBEGokAAswAQF/IAFBCGsiAiACKAIAQQFqIgI2AgAgAkUEQAALIAAgATYCBCAA\
QZScwQA2AgALtQMBBH8jAEEQayIFJAAjAEHQAGsiAyQAIAMgATYCFCADIAA2AhAgAyACNgIYIAMg\
A0HPAGoiADYCSCADIAA2AkQgAyAANgJAIAMgA0EYajYCPCADIAA2AjggAyAANgI0IAMgADYCMCAD\
IANBFGo2AiwgAyAANgIoIAMgADYCJCADIAA2AiAgAyADQRBqNgIcIwBBEGsiASQAIAFBCGohAgJ/\
IANBHGoiACgCACgCAEEdRyAAKAIQKAIAQYCAAUdyIAAoAiAoAgBBG0dyRQRAIwBBEGsiACQAQQBB\
kLfAACgCABEFACIGRQRAEJMCAAsgAEEIaiAGEJ0CIAAoAgwhBiAAIAAoAggiBEEAIAQoAgRrQQNx\
IgQgBEGAgAFyQaS3wAAQ1AEgACgCACEEIAYgBigCAEEBajYCACAAQRBqJABBAAwBC0HUtcAAQcYA\
EKADIQRBAQshACACIAQ2AgQgAiAANgIAIAEoAgwhACADQQhqIgIgASgCCDYCACACIAA2AgQgAUEQ\
aiQAIAUgAygCCCADKAIMEKkCIANB0ABqJAAgBSgCACAFKAIEIAUoAgggBUEQaiQACygAIAMgBCAB\
IAIQxQIhASAAIAQgAms2AgQgACACIANqQQAgARs2AgALJgEBf0EBIQEDfyAAQQlNBH8gAQUgAUEB\
aiEBIABBCm4hAAwBCwsLLQAgASgCAEUEQCABQX82AgAgACABNgIEIAAgAUEEajYCAA8LQZS3wAAQ\
lAIACyQAIAEgA0YEQCABBEAgACACIAH8CgAACw8LIAEgAyAEELQBAAsmAQJ/IAAoAggiAyABKAII\
RgR/IAAoAgQgASgCBCADEP4CBUEACwsNACAAIAEgAkEUELkDCw0AIAAgASACQQQQuAMLDQAgACAB\
IAJBAxC4AwsNACAAIAEgAkEcELkDCw0AIAAgASACQQIQuAMLDQAgACABIAJBDBC5AwsnACAAEIoD\
IABBDGoQlQMgAEEYahCVAyAAQSRqEJUDIABBMGoQigMLJgEBfyMAQRBrIgEkACABIABBCGs2Agwg\
AUEMahCbASABQRBqJAALJgEBfyMAQRBrIgEkACABIABBCGs2AgwgAUEMahDEAiABQRBqJAALJgAg\
ACABNgIIIAAgAkEAIAFBAXEiARs2AgQgAEEAIAIgARs2AgAL0gMBBn8gAkEBcQRAIAAgASACQQF2\
EJcBDwsjAEEQayIFJAACQAJAAkACQAJAAkAgAkEBcQRAIAJBAXYhAwwBCyABLQAAIgNFDQEgASEE\
A0AgBEEBaiEIAkAgA8BBAEgEQCADQf8BcUGAAUYEQCAGIAgvAAAiBGohBiAEIAhqQQJqIQQMAgsg\
CCADQQNxQQh4IgRBBXRBgICAgARxIARBB3RyQR12aiADQQF2QQJxaiADQQJ2QQJxaiEEIAZFIAdy\
IQcMAQsgCCADQf8BcSIDaiEEIAMgBmohBgsgBC0AACIDDQALQQAhAyAHIAZBEElxDQBBACEHIAZB\
AXQiA0EASA0ECyADDQELQQEhBEEAIQMMAQtBASEHIANBARDQAiIERQ0BCyAFQQA2AgggBSAENgIE\
IAUgAzYCACAFQcifwQAgASACECBFDQEjAEEgayIAJAAgAEHWADYCBCAAQfCfwQA2AgAgAEHgn8EA\
NgIMIAAgBUEPajYCCCAAIABBCGqtQoCAgICwD4Q3AxggACAArUKAgICA0A+ENwMQQbSKwAAgAEEQ\
akHIoMEAEPIBAAsgByADENECAAsgACAFKAIINgIIIAAgBSkCADcCACAFQRBqJAALJwAgACgCAEGA\
gICAeEYEQCAAQQRqEJYDDwsgABCTAyAAQQxqEIoDCycAIAAgASgCDCABKAIQEHciAEUEQEEADwsg\
AEEAIABB2P7AABBgGwvtCAILfwN+IwBBEGsiCSQAIwBBMGsiBSQAIAUgATYCGCAFIAA2AhQgBSAF\
QS9qIgA2AiggBSAANgIkIAUgBUEYajYCICAFIAVBFGo2AhwjAEEgayIHJAAgB0EQaiAFQRxqIgAo\
AgAoAgAgACgCBCgCABDgASAHKAIQIQEgByAHKAIUIgA2AhwgByABNgIYIAdBCGohCiMAQaABayIG\
JAAgBiAANgIMIAYgATYCCAJAAn8jAEEQayICJABBAEHotsAAKAIAEQUAIgQEQCACIARBxLfAABCE\
AiACKAIEIQQgAigCACIIKAIAQYCAgIB4RwRAIAIgCDYCDCACQQxqIAZBCGoQjwIhAwsgBCAEKAIA\
QQFrNgIAIAJBEGokACADDAELEJMCAAsNACAGQRBqIQQjAEGAAWsiAiQAIAJBIGogASAAEF0CQCAC\
KAIgQQJHBEAgAiACKAI4NgJwIAIgAikCMDcDaCACIAIpAig3A2AgAiACKQIgNwNYIAJBAzYCfCAC\
IAJB5ABqIgM2AnggAkHIAGpBlIrAACACQfgAahCqAiACQQE6AFQgAxCKAyACIAIpAkgiDTcDGCAC\
IA03AwggAiACKQJAIg43AwAgAikCUCEPIAQgDTcCECAEIA43AgggBCAPNwIYIARCgICAgAg3AgAM\
AQsgAiACKQIkNwNYIAIgAikCLDcDYCMAQTBrIgMkAAJAAkAgAkHYAGoiCC0AACIMBEAgDEEFRg0B\
IAMgCBDHAiADIAMpAwA3AiAgA0ECNgIsIAMgA0EgajYCKCADQRRqQeCHwAAgA0EoahCqAiAEQoCA\
gIAINwIAIAQgAykCDDcCCCAEIAMpAhQ3AhAgBCADKAIcNgIYIARBAToAHAwCCyADQQA2AhQgA0KA\
gICAwAA3AgwgBCADQQxqIgQQCyAEEJMDDAELIAQgCEEEahALCyADQTBqJAAgCBDtAQsgAkGAAWok\
ACAGKAIQIgJBgICAgHhGBEAgBkEUahDeASEAQQEhCwwBCyAGKAIUIQMgBkHcAGogBkEYakE8/AoA\
ACAGIAA2ApwBIAYgATYCmAEgBiADNgJYIAYgAjYCVCAGQdQAaiECQQAhBCMAQdAAayIDJAACQEEA\
Qei2wAAoAgARBQAiAQRAIAMgAigCRCACKAJIEJcBIANBDGogAkHEAPwKAAAgASgCAEUEQCABQX82\
AgAgAUEEaiECIAEoAgRBgICAgHhHBEAgAhCKAyABQRBqEKYCIAEoAgBBAWohBAsgAiADQdAA/AoA\
ACABIAQ2AgAgA0HQAGokAAwCC0HUt8AAEJQCAAsgAhCmAhCTAgALCyAKIAA2AgQgCiALNgIAIAZB\
oAFqJAAgBykDCCENIAdBGGoiACgCBCIBBEAgACgCACABEKABCyAFQQhqIA03AwAgB0EgaiQAIAUo\
AgwhACAFIAUoAggiATYCBCAFIABBACABQQFxGzYCACAJIAUpAwA3AgAgBUEwaiQAIAkoAgAgCSgC\
BCAJQRBqJAAL8hQCGH8HfiMAQRBrIg4kACMAQRBrIhIkACASQQhqIRUjAEHgAGsiBCQAIARBQGsh\
EyMAQTBrIgkkAAJAQQBBkLfAACgCABEFACIBBEAgCUEIaiABEJ0CIAkoAgwhFiAJIAkoAggiAUEA\
IAEoAgRrQQNxIgEgAUGAgAFyQaS3wAAQ1AEgCUEQaiEQIAkoAgAhASAJKAIEIQIjAEHQAGsiCCQA\
AkBBAEHotsAAKAIAEQUAIgcEQCAIQQhqIAdBtLfAABCEAiAIKAIMIRcCfyAIKAIIIgcoAgBBgICA\
gHhHBEAgCEEwaiEGIAdBDGohByMAQcACayIAJAADQCADQeAARwRAIABBCGogA2pBBzYCACADQQxq\
IQMMAQsLIAAgAjYCuAIgACABNgK0AiAAQdQBaiICIABBCGpB4AD8CgAAQQQhAwNAIANBHEcEQCAA\
QQhqIABB1AFqIAMQMSACIAAoAhA2AgggAiAAKQIINwIAIAJBDGohAiADQQNqIQMMAQsLIABBCGoi\
ASAAQdQBaiICQegA/AoAAAJAAkACQCAAKAJsQfQASQ0AIAIgAUEBEDEgACgC1AFBB0YNAEFgIQMD\
QCADBEACQAJAIABBCGogA0HQhsEAaigCACINQQxsaigCAEEDaw4FAAEBAQQBC0F7IQIDQCACIgEE\
QCABQQFqIQIgAUGH/sAAai0AABD0AiANRw0BCwsgAQ0DCyADQQRqIQMMAQsLIAcoAixFDQELIAZC\
gICAgICAgICAfzcCAAwBCyAAKAJoKAAAIQ0gAEHUAWoiASAAQQhqQQEQMSABIAcoAgQgBygCCCAA\
KALYAUEAIAAoAtQBQQJGGyAAKALcARAvIAAoAtQBIgFBAkcEQCAGIAApAugBNwIYIAYgACkC4AE3\
AhAgBiAAKQLYATcCCCAGQQE2AgAgBiABNgIEDAELIABB1AFqIABBCGpB7IXBABA0IAAgACkC2AE3\
A5gBIAAgACkC4AE3A6ABIAAgACkC6AE3A6gBIAAgACgC8AE2ArABIAAoAtQBIgFBgICAgHhGBEAg\
BiAAKAKwATYCHCAGIAApA6gBNwIUIAYgACkDoAE3AgwgBiAAKQOYATcCBCAGQQE2AgAMAQsgACAA\
KQOYATcCdCAAIAApA6ABNwJ8IAAgACkDqAE3AoQBIAAgACgCsAE2AowBIAAgACkC9AE3ApABIAAg\
ATYCcCAAQdQBaiAAQfAAaiAHIABBvwJqQYSGwQAQDCAAIAApAtwBNwO4ASAAIAApAuQBNwPAASAA\
IAApAuwBNwPIAUEBIQMgACgC2AEhAgJAAkAgACgC1AFBAUYEQCAGIAApA8gBNwIYIAYgACkDwAE3\
AhAgBiAAKQO4ATcCCCACIQEMAQtBgICAgHghAUEAIQMgAkGAgICAeEYNACAAIAApA7gBIhg3ApwB\
IAAgACkDyAE3AqwBIAAgACkDwAE3AqQBIAAgAjYCmAEgACgCoAFB6ABsIQIgGKchAwJAA0AgAgRA\
IA0hByMAQaABayIFJAAgBUEgaiADQThqEMACIAUpAyAhGCAFQRhqIANBxABqEMACIAMpAiQhGSAF\
KQMYIRogBUEQaiADQdAAahDAAiAFKQMQIRsgBUEIaiADQdwAahDAAiAFKQMIIRwgBUEoaiADEJkB\
IAUpAiwhHSAFQUBrIgwgAxCZASAFKQJQIR4gBUEANgKQASAFQQA2AoQBIAUgHjcCfCAFIB03AnQg\
BSAcNwJsIAUgGzcCZCAFIBk3AlwgBSAaNwJUIAUgGDcCTCAFQQc2AkggBUIBNwJAQQAhASMAQUBq\
IQsCQCAMKAIAQQFHDQAgCyAMQQRqQcAA/AoAACALKAIAIhFBA3QgC2pBDGohCiALKAIEIQsDQCAL\
IBFGDQEgASAKKAIAQQZsakEDaiABIApBBGsoAgAbIQEgCkEIaiEKIBFBAWohEQwACwALIAEhCyAF\
IAMoAjAiATYCQCAFIAEgAygCNEEMbGo2AkQgBSAFQZ8BajYCSEEAIQEgDCgCACIKIAwoAgQiEUcE\
QCAKQQhqIQwgESAKa0EMbiEKA0AgASAMKAIAQQZsakEDaiEBIAxBDGohDCAKQQFrIgoNAAsLIAMo\
AgQiCkEATiAKQYKAgIB4RnJFBEAgA0EEaiAHEL4CIQcLIAVBoAFqJAAgASALaiAHakGAAmpBgfgB\
TwRAIAMgDRDfAkGA+AFLDQMLIANB6ABqIQMgAkHoAGshAgwBCwsgBiAAKAKwATYCHCAGIAApAqgB\
NwIUIAYgACkCoAE3AgwgBiAAKQKYATcCBCAGQQA2AgAgAEHwAGoQigMMAwsgBkKAgICAgICAgIB/\
NwIAIABBmAFqEMgCDAELIAYgAzYCACAGIAE2AgQLIABB8ABqEIoDCyAAQcACaiQAIAgoAjAMAQsg\
CEGAgICAeDYCNEEACyEBIBcgFygCAEEBazYCACAIIAgpAjQ3AxAgCCAIKQI8NwMYIAggCCkCRDcD\
ICAIIAgoAkw2AiggAUECRw0BCxCTAgALIBAgATYCACAQIAgpAxA3AgQgECAIKQMYNwIMIBAgCCkD\
IDcCFCAQIAgoAig2AhwgCEHQAGokACAWIBYoAgBBAWo2AgAgCSgCEEECRw0BCxCTAgALIBMgCSkC\
KDcCGCATIAkpAiA3AhAgEyAJKQIYNwIIIBMgCSkCEDcCACAJQTBqJAACQAJAAn8gBCgCQEEBRgRA\
IARBxABqEN4BDAELIAQgBCkCTDcDECAEIAQpAlQ3AxggBCAEKAJcNgIgIAQoAkghASAEKAJEIgJB\
gYCAgHhHDQEgAQshD0EBIRQMAQsgBCAEKAIgNgI4IAQgBCkDGDcDMCAEIAQpAxA3AyggAkGAgICA\
eEYNACAEIAE2AkQgBCACNgJAIAQgBCkDKDcCSCAEIAQpAzA3AlAgBCAEKAI4NgJYIARBQGsiBSMA\
QdAAayIBJABBAEGQt8AAKAIAEQUAIgJFBEAQkwIACyAEQQhqIQ0gAUEYaiACEJ0CIAEoAhwhCyAB\
QRBqIAEoAhgiAkEAIAIoAgRrQQNxIgIgAkGAgAFyQaS3wAAQ1AEgASgCECEAIAEoAhQhAiABQQA6\
ADQgASACNgIwIAFBADYCLCABIAI2AiggASAANgIkIAFBJGpBpLbAABBTIAEgASgCNDYCSCABIAEp\
Aiw3A0AgASABKQIkNwM4IAFBCGohAEEAIQMjAEEQayICJAACQCABQThqIgctABANACAHKAIEIgZB\
BEkNACACQQQgBygCACAGQbS1wAAQ5wEgAigCBCEDIAIoAgAgAiAHKAIIIg82AgwgAyACQQxqQQRB\
xLXAABCeAkEBIQMLIAAgDzYCBCAAIAM2AgAgAkEQaiQAIAEoAgwhAiABKAIIIQcgCyALKAIAQQFq\
NgIAIA0gAkEAIAdBAXEbNgIEIA1BADYCACABQdAAaiQAIAQoAgwhDyAEKAIIIRQgBRDIAgsgFSAP\
NgIEIBUgFDYCACAEQeAAaiQAIA4gEigCCCASKAIMEKkCIBJBEGokACAOKAIAIA4oAgQgDigCCCAO\
QRBqJAALTwECfyMAQRBrIgEkACABIAA2AgwjAEEQayIAJAAgACABQQxqKAIAIgIoAgA2AgwgACAC\
KAIINgIIIABBCGoQiQMgAEEQaiQAIAFBEGokAAshACAAKAIAQYCAgIB4RwR/IAAQigNBDAVBBAsg\
AGoQigMLKAAgACgCACABEPECIAAoAgQoAgAgACgCCCAAKAIMKAIAIAEQ3AFqTwsjAQF/IAAoAggi\
AyABTQRAIAEgAyACELMBAAsgACgCBCABagsmACABKAIkIAEoAiBJBEAgACABQeSrwABBJBDpAg8L\
IABBAjYCAAsdAQF/IAAtAABBBUYEfyAAQQRqIAEgAhB3BUEACwtPAQJ/IwBBEGsiASQAIAEgADYC\
DCMAQRBrIgAkACAAIAFBDGooAgAiAigCADYCDCAAIAIoAgg2AgggAEEIahCLAyAAQRBqJAAgAUEQ\
aiQACyMAIAJB/////wBNBEAgACACQQR0IAFyEJYBDwsgAEEBOgAQCw0AIAAgAUEBQQEQuwMLDQAg\
ACABQQRBBBC7AwsNACAAIAFBDEEEELsDCw0AIAAgAUEIQQQQuwMLIQEBfyAAKAIIIgEgACgCAEYE\
QCAAIAFBAUEEQRwQ2AELC7gBAQR/IAEgAGsiAUEQTwRAIAAgARATDwsCf0EAIAFFDQAaIAFBA3Eh\
BAJAIAFBBE8EQCABQfz///8HcSEBA0AgAiAAIANqIgUsAABBv39KaiAFQQFqLAAAQb9/SmogBUEC\
aiwAAEG/f0pqIAVBA2osAABBv39KaiECIAEgA0EEaiIDRw0ACyAERQ0BCyAAIANqIQADQCACIAAs\
AABBv39KaiECIABBAWohACAEQQFrIgQNAAsLIAILCx4AIAAoAgBBAkYEQCAAQQRqEO0BDwsgAEEM\
ahCKAwtDAQF/IAAoAgAiAkEATiACQYKAgIB4RnIEfyABBSMAQRBrIgEkACABQQA2AgwgACABQQxq\
EFcgASgCDCABQRBqJAALCxkBAX8gASADRgR/IAAgAiABEL4BBUEBC0ULJQAgACABKAIINgIEIAAg\
ASgCBEEAIAEoAgBBgICAgHhHGzYCAAsgACAAIAEgAhChASAAQQE7ASQgACACNgIgIABBADYCHAsg\
ACAAKAIAKAIAIgAgACkDICACrXw3AyAgACABIAIQCgshACAAIAAoAhhBAWs2AhggACgCFCIAIAAo\
AgBBAWo2AgALsAEBA38gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYC\
DCABIAAoAgAiADYCCCAAQQxqIgAoAgAEQCAAKAIEIgIoAgAiAwRAIAAoAgAgAxECAAsgAigCBCID\
BEAgAigCCBogACgCACADEKABCwsCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAg\
AEEYEKABCyABQRBqJAALCxkBAX8gASADTwR/IAIgACADEL4BBUEBC0ULIwAgACABQf8BcUECdCIB\
KAKMmEE2AgQgACABKAL4mEE2AgALIgAgACABLQAAQQJ0IgEoAtyXQTYCBCAAIAEoAvSXQTYCAAse\
ACAAEJQDIAAoAgxBgICAgHhHBEAgAEEMahCKAwsLHAAgAEEMaiABIAIQlwEgAEEANgIAIABBAToA\
GAsbAQF/IAAoAgAiAUEASgRAIAAoAgQgARCgAQsLGwAgACgCFCABQQEQ2gEgACAAKAIYQQFrNgIY\
CxUAIAEEQCAAIAEQdA8LIABBBjoAAAueAgEEf0Hgu8EALQAAQQFHBEAjAEEQayIBJAACQAJAIAAE\
QCAAKAIAIABBADYCAEEBcQ0BCyMAQSBrIgAkACAAQRRqQYOAAUEBQQFBARBjIAAoAhghAiAAKAIU\
BEAgAiAAKAIcENECAAsgACgCHCEEIAFBBHIiA0GDgAE2AgggAyAENgIEIAMgAjYCACAAQSBqJAAg\
AUEANgIADAELIAEgACkCDDcDCCABIAApAgQ3AwALAkACQAJAQeC7wQAtAABBAWsOAgEAAgtBoJLB\
AEH9AEHgksEAEPIBAAtB4LvBAEECOgAAQdS7wQAQigMLQdi7wQAgASkDCDcCAEHQu8EAIAEpAwA3\
AgBB4LvBAEEBOgAAIAFBEGokAAtB0LvBAAsfAEEBQX8gACgCACgCACABKAIAQcCowAAQoAItABAb\
CxgBAX8gACgCACIBBEAgACgCBCABEKABCwsVACABQQlPBEAgASAAEC0PCyAAEAkLHwAgAARAIAAg\
ARCkAwALQaefwQBBI0G4n8EAEPIBAAsVACAAQQRqIAEgAhCXASAAQQM6AAALGQAgACgCACAAKAIE\
IAEoAgAgASgCBBC/AgsSACAALQAABEAgAEEEahDVAgsLFQAgACgCACIAQYQITwRAIAAQkgELCxkA\
IAEoAgAgASgCBCAAKAIAIAAoAgQQhgILGQAgACgCACAAKAIEIAEoAgAgASgCBBCGAgsbAQF/QYwB\
EIcDIgBFBEBBBEGMARCkAwALIAALGwEBf0G8ARCHAyIARQRAQQRBvAEQpAMACyAACxIAIAAgAUEB\
dEEBciACEPIBAAsYACABKAIAIAEoAgQgACgCACAAKAIEECALFgEBbyAAIAEQCCECEEEiACACJgEg\
AAtCAQN/IAAoAgAhAiAAKAIEIQAgAS0AACEDA0AgACIBBEAgAEEBayEAIAItAAAhBCACQQFqIQIg\
AyAERw0BCwsgAUULFgAgACgCAEGAgICAeEcEQCAAEIoDCwtjAQJ/IwBBMGsiAiQAIAJBADYCDCAC\
QQA7ASwgAkEANgIoIAJCADcDECACQQA2AhggAiACQQxqNgIkIAAgAkEQakHkt8AAEBggAigCDCED\
IAJBMGokACAAQQRqIAEQvgIgA2oLEgAgAC0AAEEGRwRAIAAQ7QELCxUBAX8jAEEQayIBIAA6AA8g\
AS0ADwsWACAAKAIAQYCAgIB4RwRAIAAQkwMLCxMAIAAoAgBFBEAgAEEEahDVAgsLEwBB6LvBACAA\
rUIghkIBhDcDAAsOACABBEAgACABEKABCwscACAAQfCdwQApAgA3AgggAEHoncEAKQIANwIACxwA\
IABB4J3BACkCADcCCCAAQdidwQApAgA3AgALFgAgACgCACABIAIgACgCBCgCDBEEAAsRACAAIAEg\
ASgCJCACIAMQWgsTACAAEJ4BIAAoAhQgASACEIIDCxMAIAAQpwEgACgCFCABIAIQgQML+woBA38g\
ACEGQQAhACMAQdAAayIFJAAgBSADNgIIIAUgAjYCBAJ/AkACQCABQYECTwRAQf0BIQADQAJAIAAg\
BmoiB0EDaiwAAEG/f0wEQCAHQQJqLAAAQb9/TA0BIABBAmohAAwFCyAAQQNqIQAMBAsgB0EBaiwA\
AEG/f0oNAiAHLAAAQb9/Sg0DIABBBGsiAEF9Rw0AC0EAIQAMAgsgBSABNgIQIAUgBjYCDEEBDAIL\
IABBAWohAAsgBSAGNgIMIAUgADYCEEEFQQAgACABSSIHGyEAQf+owQBBASAHGwshByAFIAA2Ahgg\
BSAHNgIUAkACQAJAAkACQAJAIAEgAk8EQCABIANJDQYgAiADSw0BIAJFIAEgAk1yDQMgAiAGaiwA\
AEG/f0oNAyACIQACQANAIAAgBmosAABBv39KDQEgAEEBayIADQALQQAhAAsDQCACIAZqLAAAQb9/\
Sg0DIAEgAkEBaiICRw0ACyABIQIMAgsgBSAFQRRqrUKAgICA0A+ENwM4IAUgBUEMaq1CgICAgNAP\
hDcDMCAFIAVBBGqtQoCAgIAQhDcDKEG7gcAAIAVBKGogBBDyAQALIAUgBUEUaq1CgICAgNAPhDcD\
QCAFIAVBDGqtQoCAgIDQD4Q3AzggBSAFQQhqrUKAgICAEIQ3AzAgBSAFQQRqrUKAgICAEIQ3AyhB\
kYHAACAFQShqIAQQ8gEACyAFIAA2AhwgBSACNgIgAkAgACACSw0AAkAgAEUNACAAIAFPBEAgACAB\
Rg0BDAILIAAgBmosAABBQEgNAQsCQCABIAJNBEAgASACRw0CDAELIAIgBmosAABBv39MDQELIAAg\
AkYNAiAFAn8gACAGaiIBLAAAIgBBAE4EQCAAQf8BcQwBCyABLQABQT9xIgMgAEEfcSICQQZ0ciAA\
QV9NDQAaIAEtAAJBP3EgA0EGdHIiAyACQQx0ciAAQXBJDQAaIAJBEnRBgIDwAHEgAS0AA0E/cSAD\
QQZ0cnILNgIkIAUgBUEUaq1CgICAgNAPhDcDSCAFIAVBDGqtQoCAgIDQD4Q3A0AgBSAFQRxqrUKA\
gICA4A+ENwM4IAUgBUEkaq1CgICAgPAPhDcDMCAFIAVBBGqtQoCAgIAQhDcDKEGXgsAAIAVBKGog\
BBDyAQALIAYgASAAIAIgBBDsAgALIANFIAEgA01yDQIgAyAGaiwAAEG/f0oNAiADIQACQANAIAAg\
BmosAABBv39KDQEgAEEBayIADQALQQAhAAsCQANAIAMgBmosAABBv39KDQEgASADQQFqIgNHDQAL\
IAEhAwsgBSAANgIcIAUgAzYCICAAIANLDQECQCAARQ0AIAAgAU8EQCAAIAFGDQEMAwsgACAGaiwA\
AEFASA0CCwJAIAEgA00EQCABIANHDQMMAQsgAyAGaiwAAEG/f0wNAgsgACADRg0AIAUCfyAAIAZq\
IgEsAAAiAEEATgRAIABB/wFxDAELIAEtAAFBP3EiAyAAQR9xIgJBBnRyIABBX00NABogAS0AAkE/\
cSADQQZ0ciIDIAJBDHRyIABBcEkNABogAkESdEGAgPAAcSABLQADQT9xIANBBnRycgs2AiQgBSAF\
QRRqrUKAgICA0A+ENwNIIAUgBUEMaq1CgICAgNAPhDcDQCAFIAVBHGqtQoCAgIDgD4Q3AzggBSAF\
QSRqrUKAgICA8A+ENwMwIAUgBUEIaq1CgICAgBCENwMoQeiCwAAgBUEoaiAEEPIBAAsgBBCFAwAL\
IAYgASAAIAMgBBDsAgALIAUgBUEUaq1CgICAgNAPhDcDOCAFIAVBDGqtQoCAgIDQD4Q3AzAgBSAF\
QQhqrUKAgICAEIQ3AyhB6oHAACAFQShqIAQQ8gEACxQAIAAoAgAgASAAKAIEKAIMEQMACxEAIAAo\
AgQgACgCCCABEKgDCw4AIAAgASACIAFrENoBCxAAIAAgASgCBCABKAIIECkLFAAgACgCACABQeSo\
wAAQoAIoAggLDQAgACABIAIQd0EARwsPACAAQQMgAUH/AXEQtgILEAAgAEH/AXFBAnQoAuSaQQsP\
ACAAEIoDIABBDGoQigMLDwAgAEEMahDeAiAAEI8DCxAAIAAoAgAoAgAgAUEBEAoLDwAgABCKAyAA\
QQxqEO0BCw8AIAAgACgCACACajYCAAsTACAAQfiewQA2AgQgACABNgIACxEAIAEgACgCACAAKAIE\
EOgCCxEAIAAoAgAgACgCBCABEKgDCxAAIAEgACgCACAAKAIEEBwLDAAgACABIAIQvgFFCy8BAX8j\
AEEQayICJAAgAkEANgIMIAJBDGogACABEIIDIAIoAgwgAkEQaiQAQQJrCwwAIAAgARCfAkEBcwsP\
ACAAQeixwAAgASACECgLDwAgAEGEssAAIAEgAhAoCw8AIABBiJ3BACABIAIQIAsPACAAQcifwQAg\
ASACECALDwBBhKnBAEErIAAQ2gIACw8AQdi4wQBBMyAAEPIBAAsJACAAQQQQ0AILCwAgAEEEQQwQ\
zAELCwAgAEEEQQgQzAELCwAgAEEBQQEQzAELCwAgAEEEQQQQzAELCwAgAEEEQRAQzAELCwAgAEEE\
QRQQzAELCwAgAEEEQRgQzAELNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEIoDIAJB\
FGohAgwBCwsgABCNAwsKACAAIAEgAhA2CwsAIAAgASACENoBCzQBAn8gACgCCCEBIAAoAgQhAgNA\
IAEEQCABQQFrIQEgAhD1AiACQRhqIQIMAQsLIAAQjgMLNAECfyAAKAIIIQEgACgCBCECA0AgAQRA\
IAFBAWshASACEPgCIAJBHGohAgwBCwsgABCXAwuDAQECfyAAKAIIIQIgACgCBCEBA0AgAgRAIAFB\
OGoQ3gIgAUHEAGoQ3gIgAUEgahCKAyABQdAAahDeAiABQdwAahDeAiABQSxqEJUDIAEoAgBBAUcE\
QCABQRRqEIoDCyABQQRqEPABIAJBAWshAiABQegAaiEBDAELCyAAQQRB6AAQzAELNAECfyAAKAII\
IQEgACgCBCECA0AgAQRAIAFBAWshASACEIoDIAJBDGohAgwBCwsgABCIAws0AQJ/IAAoAgghASAA\
KAIEIQIDQCABBEAgAUEBayEBIAIQ7QEgAkEQaiECDAELCyAAEIwDCwsAIABBBEEcEMwBCwoAIAAg\
ASACEDcLDAAgAEHdssAAEMsCCwwAIABB5LHAABDoAQtDAQJ/IAAQngEgACAAKAIYQQFqIgE2Ahgg\
ACgCFCICIAIoAgBBAWo2AgAgACAAKQMAQn5BPyABIAFBP08brYmDNwMACwwAIABB3LLAABDoAQsM\
ACAAQeWxwAAQywILZwEBfyMAQRBrIgMkACADIAI2AgggAyABNgIEIAAoAghBFGwhASAAKAIEIQID\
QCABIgAEQCAAQRRrIQEgAyACNgIMIAJBFGohAiADQQxqIANBBGoQjwJFDQELCyADQRBqJAAgAEEA\
RwsLACAAKAIAJQEQAAsWAQFvIAAgARACIQIQQSIAIAImASAACwkAIAAgARAFAAsMACAAIAEpAgQ3\
AwALDAAgACABKQIANwMACz4BAX8jAEEQayICJAAgAiABNgIMIAIgADYCCCACQQhqIgAoAgAgACgC\
BEH8u8EAKAIAIgBB5QAgABsRAAAACw4AIAFB2KDBAEEFEOgCCw0AIAFBrLrBAEEYEBwLDQAgAUGM\
usEAQSAQHAsKACACIAAgARAcCwkAIABBABDfAgsJACAAQQAQlgELCQAgAEECEJYBCwkAIABBARCW\
AQsJACAAIAEQ8wILFgIBbwF/IAAQByEBEEEiAiABJgEgAgsMAEHUv8EAQQE6AAALCQAgAEEANgIA\
CwcAIAAQigMLBwAgABDiAgsHACAAKAIICwQAQQALBwBB3LrBAAsEAEEBCwMAAAsmAQF/IAAoAggi\
BCABTQRAIAEgBCACELMBAAsgACgCBCABIAN0agsmAQF/IAAoAggiBCABTQRAIAEgBCACELMBAAsg\
ACgCBCABIANsagtEAQF/IwBBEGsiAiQAIAJBCGogACAAKAIAQQFBBCABEFkgAigCCCIAQYGAgIB4\
RwRAIAAgAigCDBDRAgALIAJBEGokAAskAQF/IAAoAgAgACgCCCIEayABSQRAIAAgBCABIAMgAhDY\
AQsLKAEBfyMAQRBrIgIkACACIAJBD2qtIAGENwMAQZqLwAAgAiAAEPIBAAsLsLMBcwBBgIDAAAu5\
OsDAwAAEdGhlIMAKIGNhbGwgZm9yIMAKIHdvdWxkIGJlIMAYIGJ5dGVzOyBTZWdtZW50IGFjY2Vw\
dHMgwCggYnl0ZXMgcGVyIGNhbGwgYW5kIHRoaXMgZnVuY3Rpb24ga2VlcHMgwCQgb2YgdGhlbSBm\
b3IgdGhlIGZpZWxkcyBTZWdtZW50IGFkZHPAAAFowAANYmVnaW4gPiBlbmQgKMADID4gwBApIHdo\
ZW4gc2xpY2luZyBgwAFgwAARc3RhcnQgYnl0ZSBpbmRleCDAFiBpcyBvdXQgb2YgYm91bmRzIG9m\
IGDAAWDAAA9lbmQgYnl0ZSBpbmRleCDAFiBpcyBvdXQgb2YgYm91bmRzIG9mIGDAAWDAABFzdGFy\
dCBieXRlIGluZGV4IMAmIGlzIG5vdCBhIGNoYXIgYm91bmRhcnk7IGl0IGlzIGluc2lkZSDACCAo\
Ynl0ZXMgwAYpIG9mIGDAAWDAAA9lbmQgYnl0ZSBpbmRleCDAJiBpcyBub3QgYSBjaGFyIGJvdW5k\
YXJ5OyBpdCBpcyBpbnNpZGUgwAggKGJ5dGVzIMAGKSBvZiBgwAFgwAAGc3RpZ2dfwADAAV/AAMAB\
LsAABWJvZHktwADACmFub255bW91cy3AAAhzZXR0aW5nIMAIOiBlbnRyeSDAFyBtdXN0IGJlIGEg\
c3RyaW5nLCBnb3QgwAAIc2V0dGluZyDACzogZXhwZWN0ZWQgwAYsIGdvdCDAABZzbGljZSBpbmRl\
eCBzdGFydHMgYXQgwA0gYnV0IGVuZHMgYXQgwAAgaW5kZXggb3V0IG9mIGJvdW5kczogdGhlIGxl\
biBpcyDAEiBidXQgdGhlIGluZGV4IGlzIMAAKnRoZSBib2R5IG11c3QgYmUgYSBKU09OIG9iamVj\
dCwgYnV0IGl0IGlzIMAALXRoZSAidHlwZSIgZmllbGQgbXVzdCBiZSBhIHN0cmluZywgYnV0IGl0\
IGlzIMAAwB8gbWF0Y2hlcyBldmVudERlbnlsaXN0IHBhdHRlcm4gwAAEdGhlIMAUIGlzIG5vdCB2\
YWxpZCBKU09OOiDACSBhdCBsaW5lIMAIIGNvbHVtbiDAABJyYW5nZSBzdGFydCBpbmRleCDAIiBv\
dXQgb2YgcmFuZ2UgZm9yIHNsaWNlIG9mIGxlbmd0aCDAABByYW5nZSBlbmQgaW5kZXggwCIgb3V0\
IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAIc2V0dGluZyDAEDogdW5rbm93biB2YWx1\
ZSDAEjsgZXhwZWN0ZWQgb25lIG9mIMAAKXNldHRpbmdzIG11c3QgYmUgYW4gb2JqZWN0LCBidXQg\
dGhleSBhcmUgwAARdGhlIHNldHRpbmdzIGFyZSDAAAlleHBlY3RlZCDAAAR0aGUgwAsgaXMgZW1w\
dHk7IMAAEHVua25vd24gc2V0dGluZyDAAjsgwAAQYXNzZXJ0aW9uIGBsZWZ0IMAXIHJpZ2h0YCBm\
YWlsZWQKICBsZWZ0OiDACQogcmlnaHQ6IMAAEGFzc2VydGlvbiBgbGVmdCDAECByaWdodGAgZmFp\
bGVkOiDACQogIGxlZnQ6IMAJCiByaWdodDogwABIY2Fubm90IGFjY2VzcyBhIFRocmVhZCBMb2Nh\
bCBTdG9yYWdlIHZhbHVlIGR1cmluZyBvciBhZnRlciBkZXN0cnVjdGlvbjogwAAdc2V0dGluZ3Mg\
YXJlIG5vdCB2YWxpZCBKU09OOiDAAMACOiDAAMAEIGlzIMAoIGV2ZW50LCB3aGljaCBjb25jZXJu\
cyBubyBjdXN0b21lciwgYW5kIMABIMAAwB4gbmFtZXMgbm8gY3VzdG9tZXIgKGxvb2tlZCBpbiDA\
BikgYW5kIMABIMAAwCUgbWF0Y2hlcyBubyBwYXR0ZXJuIGluIGV2ZW50QWxsb3dsaXN0ABF0aGUg\
InR5cGUiIGZpZWxkIMBBIGdpdmVzIGFuIGVtcHR5IGV2ZW50IG5hbWU7IGl0IG5lZWRzIGF0IGxl\
YXN0IG9uZSBsZXR0ZXIgb3IgZGlnaXQABHRoZSDAHCBoZWFkZXIgaXMgbWlzc2luZywgYW5kIHRo\
ZSDAFCBzZXR0aW5nIHJlcXVpcmVzIGl0ABJ0aGUgbWVzc2FnZUlkIGZvciDAECBpcyBsb25nZXIg\
dGhhbiDACyBjaGFyYWN0ZXJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2\
ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL2NvbGxlY3Rpb25zL2J0cmVlL21hcC9lbnRyeS5y\
cwBzcmMvanNvbi9ib2R5LnJzAHNyYy9zb3J0LnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0\
YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL2ZtdC5ycwBzcmMvZml0LnJz\
AHNyYy9zZWNyZXQucnMAc3JjL3NldHRpbmdzLnJzAHNyYy9pZHMucnMAL3J1c3RjLzU5ODA3NjE2\
ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9zdGQvc3JjL3N5cy90aHJl\
YWRfbG9jYWwvbm9fdGhyZWFkcy5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRk\
Nzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9zdHIucnMAc3JjL2ZpbHRlci5ycwAvcnVz\
dGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUv\
c3JjL3NsaWNlL2l0ZXIucnMAc3JjL2pzb24vbnVtYmVyLnJzAHNyYy90aW1lc3RhbXAucnMAL3J1\
c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3Jl\
L3NyYy9zdHIvcGF0dGVybi5ycwBzcmMvanNvbi9zY2FuLnJzAHNyYy93YXNtLnJzAC9ydXN0Yy81\
OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvc3RkL3NyYy90\
aHJlYWQvbG9jYWwucnMAL2NhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNm\
OGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy9qc3BpLnJzAC9jYXJnby9yZWdp\
c3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2Yvc2hhMi0wLjEwLjkvc3Jj\
L2NvcmVfYXBpLnJzAHNyYy9qc29uL3ZhbHVlLnJzAHNyYy9qc29uL3dyaXRlLnJzAC9ydXN0Yy81\
OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3Jj\
L2NvbGxlY3Rpb25zL2J0cmVlL25hdmlnYXRlLnJzAHNyYy93YXJlaG91c2UucnMAc3JjL3RhcGUu\
cnMAc3JjL2V2ZW50X25hbWUucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5\
NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy91bmljb2RlL3ByaW50YWJsZS5ycwAvY2FyZ28v\
cmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2RpZ2VzdC0wLjEw\
Ljcvc3JjL2NvcmVfYXBpL2N0X3ZhcmlhYmxlLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0\
YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL2NvbGxlY3Rpb25zL2J0cmVl\
L25vZGUucnMAc3JjL3N0aWdnL21vZC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFj\
MTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3NsaWNlL21vZC5ycwAvcnVzdGMvNTk4\
MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9y\
YXdfdmVjL21vZC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRh\
Mzg2MC9saWJyYXJ5L2FsbG9jL3NyYy92ZWMvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQw\
NzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3ZlYy9zcGVjX2Zyb21f\
aXRlcl9uZXN0ZWQucnMAc3JjL2pzb24vcmVhZC5ycwAvcnVzdC9kZXBzL2RsbWFsbG9jLTAuMi4x\
MS9zcmMvZGxtYWxsb2MucnMAL2NhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0\
OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvbGliLnJzAC9jYXJnby9yZWdpc3RyeS9z\
cmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvYmxvY2stYnVmZmVyLTAuMTAuNC9z\
cmMvbGliLnJzABt0aGUgSlNPTiBuZXN0cyBkZWVwZXIgdGhhbiDAByBsZXZlbHMABHRoZSDAGyBo\
ZWFkZXIgZG9lcyBub3QgbWF0Y2ggdGhlIMAIIHNldHRpbmcACHNldHRpbmcgwBY6IHRoZSBzZWNy\
ZXQgY29udGFpbnMgwAssIHdoaWNoIG5vIMArIGhlYWRlciBjYW4gY2Fycnk7IGNvcHkgaXQgYWdh\
aW4gZnJvbSBTdGlnZwAUdGhlIHRleHQgZW5kcyB3aGVyZSDACiBzaG91bGQgYmUAwANfaWQABjsg\
c2V0IMAxIHRvICJ0cmltIiB0byBkcm9wIHRoZSBsYXJnZXN0IHByb3BlcnRpZXMgaW5zdGVhZAAE\
dGhlIMAKIGNhbGwgZm9yIMAjIGhhcyBuZWl0aGVyIHVzZXJJZCBub3IgYW5vbnltb3VzSWQAAVvA\
AV0ADWRpZCB5b3UgbWVhbiDAAT8ACHNldHRpbmcgwAI6IMAKIGNvbnRhaW5zIMAjOyB1c2Ugb25s\
eSBsZXR0ZXJzLCBkaWdpdHMsIF8gYW5kIC4AAiAowAwgY2hhcmFjdGVycykABHRoZSDABCBpcyDA\
wAggYnl0ZXM7IMAJIGF0IG1vc3QgwAggYnl0ZXMgKMABKQAmY29weV9mcm9tX3NsaWNlOiBzb3Vy\
Y2Ugc2xpY2UgbGVuZ3RoICjAKykgZG9lcyBub3QgbWF0Y2ggZGVzdGluYXRpb24gc2xpY2UgbGVu\
Z3RoICjAASkAEnJlbW92YWwgaW5kZXggKGlzIMAWKSBzaG91bGQgYmUgPCBsZW4gKGlzIMABKQAE\
dGhlIMAVIGlzIG5vdCB2YWxpZCBVVEYtODogwAkgYXQgYnl0ZSDAByAobGluZSDACCBjb2x1bW4g\
wAEpAAAAqwgQAE8AAADNAQAANwAAADgIEABOAAAADQgAABEAAABjYXBhY2l0eSBvdmVyZmxvdwAA\
ANIMEABeAAAAOQAAABIAAAAaCxAAXgAAAHwAAAAkAAAAvA0QAFMAAACiAAAAJwAAALwNEABTAAAA\
pAAAABgAAAC8DRAAUwAAAKQAAAAgAAAAvA0QAFMAAACuAAAAFAAAALwNEABTAAAArgAAABoAAAC8\
DRAAUwAAAJ0AAAAYAAAAvA0QAFMAAACdAAAAHwAAALwNEABTAAAAnQAAACUAAAC8DRAAUwAAAC0B\
AAAiAAAAvA0QAFMAAAA4AQAAHgAAALwNEABTAAAANQEAABgAAACyChAAEQAAAEIAAAAZAAAAsgoQ\
ABEAAAAzAAAAIgAAALIKEAARAAAANAAAAB0AAACyChAAEQAAAD0AAAAdAAAAb25NaXNzaW5nQ3Vz\
dG9tZXJkcm9wZXJyb3Jhbm9ueW1vdXMADRIQAAQAAAAREhAABQAAABYSEAAJAAAATgcQAAoAAAD2\
AQAADAAAAE4HEAAKAAAA9wEAABUAAAAuLi4gYW5kICBtb3JlASBldmVuIHdpdGggZXZlcnkgcHJv\
cGVydHkgcmVtb3ZlZCB0aGF0IG1heSBiZSAodHlwZSwgbWVzc2FnZUlkLCB0cmFjZUlkLCB0aW1l\
c3RhbXAgYW5kIHRoZSBjdXN0b21lcidzIGlkIGFyZSBhbHdheXMga2VwdClvdmVyc2l6ZWRFdmVu\
dHMAAN8SEAAPAAAATgcQAAoAAAAjAQAAIAAAAE4HEAAKAAAArgAAABwAAABOBxAACgAAAMsAAAAt\
AAAATgcQAAoAAADvAAAAIAAAAOKApi5OBxAACgAAAPMAAAAiAAAATgcQAAoAAAD0AAAAHAAAAHR5\
cGVtZXNzYWdlSWR0cmFjZUlkdGltZXN0YW1waWRjdXN0b21lcklkAAAAXBMQAAQAAABgExAACQAA\
AGkTEAAHAAAAcBMQAAkAAAB5ExAAAgAAAHsTEAAKAAAAY3VzdG9tZXJpbnB1dAAAALgTEAAIAAAA\
eRMQAAIAAADAExAABQAAAHsTEAAKAAAAAAAAAAQAAAAEAAAABAAAAAUAAAAFAAAATgcQAAoAAAC1\
AQAAEAAAAE4HEAAKAAAAjgEAABQAAABOBxAACgAAAH0BAAAdAAAATgcQAAoAAACBAQAAEQAAAE4H\
EAAKAAAAYwEAADkAAABOBxAACgAAAFwBAAAdAAAAAgAAAE4HEAAKAAAAdwEAACIAAABOBxAACgAA\
AG0BAAAdAAAATgcQAAoAAABuAQAAGwAAAE4HEAAKAAAAXwEAACYAAABOBxAACgAAAF8BAAA/AAAA\
AIAAAAAEAABYEhAACAAAAGASEAAFAAAATgcQAAoAAADUAQAAEAAAAHN0aWdnLS1oLQAAANwUEAAG\
AAAAdwcQAAoAAABHAAAAPQAAAHcHEAAKAAAAegAAABgAAADvu79hIHRydW5jYXRlZCBVVEYtOCBz\
ZXF1ZW5jZWFuIGludmFsaWQgVVRGLTggYnl0ZQAA6AYQABAAAABDAAAAQgAAAGJvZHlhIFN0aWdn\
IHdlYmhvb2sgaXMgYSBKU09OIG9iamVjdFNlZ21lbnQgYWNjZXB0czUxMiBLaUIAAFQVEAAEAAAA\
WBUQACAAAAB4FRAADwAAAIcVEAAHAAAAAAAIAGF0IGxlYXN0IAAAADENEAAQAAAAegAAAA4AAABG\
RkZEMQ0QABAAAAB6AAAAIwAAAHVuZXhwZWN0ZWQgdGV4dCBhZnRlciB0aGUgSlNPTiB2YWx1ZWA6\
YGEgc3RyaW5nIGtleWAsYCBvciBgfWBgLGAgb3IgYF1gdGhlIHRleHQgZW5kcyBpbnNpZGUgYSBz\
dHJpbmdpbnZhbGlkIGVzY2FwZSBpbiBhIHN0cmluZwAAMQ0QABAAAADbAQAAKAAAAGEgY29udHJv\
bCBjaGFyYWN0ZXIgKFUrMDAwMCB0byBVKzAwMUYpIG11c3QgYmUgZXNjYXBlZCBpbiBhIHN0cmlu\
Z2EgZGlnaXQgYWZ0ZXIgdGhlIGRlY2ltYWwgcG9pbnRhIGRpZ2l0IGluIHRoZSBleHBvbmVudGEg\
ZGlnaXR0cnVlZmFsc2VudWxsMQ0QABAAAACiAQAAFwAAAGEgdmFsdWUAMQ0QABAAAACRAQAALAAA\
AFwAAAAoFxAAdQAAADAXEABhIFx1IGVzY2FwZSBuZWVkcyBmb3VyIGhleCBkaWdpdHMAAADoAwAA\
MQ0QABAAAABaAAAAMgAAADENEAAQAAAATwAAAB8AAAAxDRAAEAAAAEgAAAATAAAA+wgQABAAAAAU\
AAAAHAAAAGEgYm9vbGVhbmEgbnVtYmVyYSBzdHJpbmdhbiBhcnJheWFuIG9iamVjdAAAAAAAAAQA\
AAAEAAAABgAAAAcAAAAHAAAAEQoQABEAAACbAAAAPQAAABEKEAARAAAAmwAAADcAAAARChAAEQAA\
AJsAAABUAAAAEQoQABEAAACbAAAATgAAABEKEAARAAAAnwAAACcAAAARChAAEQAAAJ8AAAA5AAAA\
EQoQABEAAAChAAAAOwAAABEKEAARAAAAogAAABgAAAARChAAEQAAAKMAAAAmAAAAEQoQABEAAACk\
AAAAGQAAABEKEAARAAAArAAAABEAAAARChAAEQAAAJAAAAAUAAAAEQoQABEAAACQAAAAJgAAABEK\
EAARAAAAlAAAACAAAAARChAAEQAAAJQAAAA2AAAAEQoQABEAAABpAAAAGwAAAFtdLAAIAAAADAAA\
AAQAAAAJAAAACQAAAAkAAAAKAAAAAAAAAAQAAAAEAAAACwAAAAwAAAANAAAADgAAACIAAAAjChAA\
EQAAAGEAAAAbAAAAXCJcXFxuXHJcdFxiXGYAAAAAAAAEAAAABAAAAA8AAAAQAAAAEAAAAHt9OgAj\
ChAAEQAAAOAAAAA/AAAAIwoQABEAAADcAAAAFAAAACMKEAARAAAA3AAAACUAAABcdTAxMjM0NTY3\
ODlhYmNkZWYAAAAAAABwAAAACAAAABEAAAARAAAAEQAAABIAAACHCBAAEgAAACgAAAAbAAAAhwgQ\
ABIAAAAoAAAAJwAAAIcIEAASAAAApAAAACMAAAD5BhAACwAAADUAAAATAAAA+QYQAAsAAAAgAAAA\
KQAAAPkGEAALAAAAIAAAADsAAAD5BhAACwAAACUAAAAgAAAA+QYQAAsAAAAnAAAAPQAAAPkGEAAL\
AAAALAAAAB0AAAD5BhAACwAAACkAAAAdAAAA+QYQAAsAAAAhAAAAEwAAAPkGEAALAAAAIQAAADUA\
AAD5BhAACwAAACEAAAAgAAAAbmFtZaYKEAALAAAAfAAAABIAAACmChAACwAAAHwAAABJAAAApgoQ\
AAsAAABXAAAAEgAAAKYKEAALAAAAVwAAABsAAABzdGlnZy1zZWdtZW50OiB0aGUgc2NyaXB0J3Mg\
ZmllbGQgbGF5b3V0IGlzIG5vdCBpdHMgd2FzbSdzOyByZWJ1aWxkIGl0bGluZWNvbHVtbgAAAAAU\
AAAABAAAABMAAAAUAAAAFQAAABQAAAAWAAAAFgAAABcAAAAYAAAAU3RpZ2ctV2ViaG9va3MtU2Vj\
cmV0AAAAGQAAAAwJEAALAAAAFQEAACcAAABzZXR0aW5ncyBhcmUgbm90IHNldBoAAAAMCRAACwAA\
AOUAAAAdAAAADAkQAAsAAADnAAAAGwAAAAwJEAALAAAAhwEAACsAAAAMCRAACwAAACMBAAAOAAAA\
DAkQAAsAAAApAQAAJgAAAAAAAAAgAAAACAAAABsAAAAcAAAAGwAAABwAAAAdAAAAHgAAAB8AAAAg\
AAAAAAAAACAAAAAIAAAAIQAAACIAAAAjAAAAJAAAACUAAAAmAAAAJwAAACgAAABjYWxsc3NraXBw\
ZWRjb2RlcmVhc29uZXZlbnR1c2VySWRhbm9ueW1vdXNJZGdyb3VwSWRwcm9wZXJ0aWVzdHJhaXRz\
Y29udGV4dGludGVncmF0aW9udmVyc2lvbnN0aWdndHJpbW1lZHRyYWNraWRlbnRpZnlncm91cDAu\
MS4wbm9fY3VzdG9tZXJmaWx0ZXJlZEludmFsaWRFdmVudFBheWxvYWRWYWxpZGF0aW9uRXJyb3JF\
dmVudE5vdFN1cHBvcnRlZGFkZG9uLmNyZWF0ZWRhZGRvbmFkZC1vbmFkZG9uLgAOHRAABQAAABMd\
EAAGAAAAGR0QAAYAAAABAEHEusAAC2dhZGRvbi5kZWxldGVkYWRkb24udXBkYXRlZGF1dG9tYXRp\
Y19yZWNoYXJnZS5jb25maWd1cmF0aW9uLmNoYW5nZWRhdXRvbWF0aWMgcmVjaGFyZ2VhdXRvbWF0\
aWNfcmVjaGFyZ2UuAEG0u8AAC3mGHRAAEgAAAJgdEAATAAAAYBQQAAEAAAAAAAAAYXV0b21hdGlj\
X3JlY2hhcmdlLm9wZXJhdGlvbi5hdHRlbXB0ZWRjb3Vwb24uYXJjaGl2ZWRjb3Vwb25jb3Vwb24u\
AAAFHhAABgAAAAUeEAAGAAAACx4QAAcAAAABAEG4vMAAC1Jjb3Vwb24uY3JlYXRlZGNvdXBvbi51\
cGRhdGVkY3JlZGl0X2JhbGFuY2UuZGVwbGV0ZWQBAmNyZWRpdCBiYWxhbmNlY3JlZGl0X2JhbGFu\
Y2UuAEGUvcAAC7UCbR4QAA4AAAB7HhAADwAAAGseEAACAAAAAAAAAGNyZWRpdF9iYWxhbmNlLmxv\
d2NyZWRpdF9ncmFudC5iYWxhbmNlLmxvd2NyZWRpdF9ncmFudGNyZWRpdCBncmFudGNyZWRpdF9n\
cmFudC4CAQAAANoeEAAMAAAA5h4QAAwAAADyHhAADQAAAP8eEAACAAAAAAAAAGNyZWRpdF9ncmFu\
dC5jcmVhdGVkY3JlZGl0X2dyYW50LmRlcGxldGVkY3JlZGl0X2dyYW50LmV4cGlyZWRjcmVkaXRf\
Z3JhbnQudXBkYXRlZGNyZWRpdF90eXBlLmFyY2hpdmVkY3JlZGl0X3R5cGVjcmVkaXQgdHlwZWNy\
ZWRpdF90eXBlLgCNHxAACwAAAJgfEAALAAAAox8QAAwAAAABAEHUv8AAC6YEY3JlZGl0X3R5cGUu\
Y3JlYXRlZGNyZWRpdF90eXBlLnVuYXJjaGl2ZWRjcmVkaXRfdHlwZS51cGRhdGVkY3JlZGl0cy5h\
dXRvbWF0aWNfcmVjaGFyZ2VfbGltaXRfZXhjZWVkZWRjcmVkaXRzY3JlZGl0cy4AAAAAAAAAADkg\
EAAHAAAAQCAQAAgAAABgFBAAAQAAAAAAAABjcmVkaXRzLmJhbGFuY2UuZGVwbGV0ZWRjcmVkaXRz\
LmJhbGFuY2UudXNhZ2VfbG93Y3JlZGl0cy5leHBpcmVkY3JlZGl0cy5ncmFudC5kZXBsZXRlZGNy\
ZWRpdHMuZ3JhbnQudXBkYXRlZGNyZWRpdHMuZ3JhbnQudXNhZ2VfbG93Y3JlZGl0cy5ncmFudC52\
b2lkZWRjcmVkaXRzLmdyYW50ZWRjdXN0b21lci5jcmVhdGVkAAFjdXN0b21lci64ExAACAAAALgT\
EAAIAAAAIyEQAAkAAAAhIRAAAgAAAAEBAABBY2NvdW50IENyZWF0ZWRTdGlnZydzIGN1c3RvbWVy\
IGlzIHRoZSBCMkIgYWNjb3VudC5jdXN0b21lci5kZWxldGVkQWNjb3VudCBEZWxldGVkY3VzdG9t\
ZXIucGF5bWVudF9mYWlsZWRjdXN0b21lci51cGRhdGVkZW50aXRsZW1lbnQudXNhZ2VfZXhjZWVk\
ZWRlbnRpdGxlbWVudGVudGl0bGVtZW50LgBBhMTAAAtJ4yEQAAsAAADuIRAADAAAAGUSEAABAAAA\
AAAAAGVudGl0bGVtZW50cy51cGRhdGVkZW50aXRsZW1lbnRzZW50aXRsZW1lbnRzLgBB2MTAAAuB\
AjQiEAAMAAAAQCIQAA0AAABlEhAAAQAAAAAAAABlbnRpdHkuY3JlYXRlZGVudGl0eWVudGl0eS4A\
giIQAAYAAACCIhAABgAAAIgiEAAHAAAAZRIQAAEAAAAAAAAAZW50aXR5LmVudGl0bGVtZW50LmNy\
ZWF0ZWRlbnRpdHkuZW50aXRsZW1lbnQudXBkYXRlZGVudGl0eS5lbnRpdGxlbWVudC51c2FnZV9l\
eGNlZWRlZGVudGl0eV90eXBlLnVwZGF0ZWRlbnRpdHlfdHlwZWVudGl0eSB0eXBlZW50aXR5X3R5\
cGUuAAAcIxAACwAAACcjEAALAAAAMiMQAAwAAAABAEHkxsAACzlmZWF0dXJlLmNyZWF0ZWRmZWF0\
dXJlZmVhdHVyZS4AAHMjEAAHAAAAcyMQAAcAAAB6IxAACAAAAAEAQajHwAALdWZlYXR1cmUuZGVs\
ZXRlZGZlYXR1cmUudXBkYXRlZGZlYXR1cmVfZ3JvdXAuYXJjaGl2ZWRmZWF0dXJlX2dyb3VwZmVh\
dHVyZSBncm91cGZlYXR1cmVfZ3JvdXAu3CMQAA0AAADpIxAADQAAAPYjEAAOAAAAAQBBqMjAAAtu\
ZmVhdHVyZV9ncm91cC5jcmVhdGVkZmVhdHVyZV9ncm91cC51bl9hcmNoaXZlZGZlYXR1cmVfZ3Jv\
dXAudXBkYXRlZG1lYXN1cmVtZW50LnJlcG9ydGVkbWVhc3VyZW1lbnRtZWFzdXJlbWVudC4AQaDJ\
wAALTX8kEAALAAAAiiQQAAwAAABlEhAAAQAAAAAAAABwbGFuLmNyZWF0ZWRwbGFucGxhbi4AAADI\
JBAABAAAAMgkEAAEAAAAzCQQAAUAAAABAEH4ycAAC1FwbGFuLmRlbGV0ZWRwbGFuLnVwZGF0ZWRw\
cm9kdWN0LmNyZWF0ZWRwcm9kdWN0cHJvZHVjdC4AAB8lEAAHAAAAHyUQAAcAAAAmJRAACAAAAAEA\
QdTKwAAL6wdwcm9kdWN0LmRlbGV0ZWRwcm9kdWN0LnVwZGF0ZWRwcm9tb3Rpb25hbEVudGl0bGVt\
ZW50LmVuZHNfc29vbnByb21vdGlvbmFsX2VudGl0bGVtZW50cHJvbW90aW9uYWwgZW50aXRsZW1l\
bnRwcm9tb3Rpb25hbEVudGl0bGVtZW50LgCSJRAAFwAAAKklEAAXAAAAwCUQABcAAABlEhAAAQAA\
AAAAAABwcm9tb3Rpb25hbEVudGl0bGVtZW50LmV4cGlyZWRwcm9tb3Rpb25hbEVudGl0bGVtZW50\
LmdyYW50ZWRwcm9tb3Rpb25hbEVudGl0bGVtZW50LnJldm9rZWRwcm9tb3Rpb25hbEVudGl0bGVt\
ZW50LnVwZGF0ZWRzdWJzY3JpcHRpb24uYmlsbGluZ19tb250aC5lbmRzX3Nvb25zdWJzY3JpcHRp\
b25zdWJzY3JpcHRpb24uAAAAmCYQAAwAAACYJhAADAAAAKQmEAANAAAAZRIQAAEAAAAAAQEAc3Vi\
c2NyaXB0aW9uLmNhbmNlbGVkc3Vic2NyaXB0aW9uLmNyZWF0ZV9mYWlsZWQDc3Vic2NyaXB0aW9u\
LmNyZWF0ZWRzdWJzY3JpcHRpb24uZXhwaXJlZHN1YnNjcmlwdGlvbi5zcGVuZF9saW1pdC5leGNl\
ZWRlZHN1YnNjcmlwdGlvbi50cmlhbC5lbmRzX3Nvb25zdWJzY3JpcHRpb24udHJpYWxfY29udmVy\
dGVkc3Vic2NyaXB0aW9uLnRyaWFsX2V4cGlyZWRUcmlhbCBFbmRlZEp1ZGdtZW50IGNhbGw6IG9u\
bHkgdGhlIHRyaWFsIHRoYXQgbGFwc2VkOyBhIGNvbnZlcnRlZCB0cmlhbCAoYHN1YnNjcmlwdGlv\
bi50cmlhbF9jb252ZXJ0ZWRgKSBhbHNvIGVuZHMgYnV0IGtlZXBzIGl0cyBvd24gbmFtZSwgc28g\
VHJpYWwgRW5kZWQgY291bnRzIHRyaWFscyB0aGF0IGRpZCBub3QgY29udmVydC5zdWJzY3JpcHRp\
b24udHJpYWxfc3RhcnRlZFRyaWFsIFN0YXJ0ZWRKdWRnbWVudCBjYWxsOiB0aGUgdHJpYWwncyBz\
dGFydCBkYXRlIGlzIHRoZSBzdWJzY3JpcHRpb24ncyBgc3RhcnREYXRlYC5zdWJzY3JpcHRpb24u\
dXBkYXRlZHN5bmMuZmFpbGVkBHN5bmNlZF9lbnRpdHlzeW5jc3luYy4AAADvKBAADQAAAPwoEAAE\
AAAAACkQAAUAAADuKBAAAQAAAAAAAAABHRAADQAAAAEAAAAAAAAAIB0QAEHQ0sAACxsCAAAAAAAA\
AEQdEAANAAAAAQAAAAAAAAAgHRAAQfzSwAALGwIAAAAAAAAAUR0QAA0AAAABAAAAAAAAACAdEABB\
qNPAAAsbAgAAAAAAAABeHRAAKAAAAGAUEAABAAAArB0QAEHU08AACxsCAAAAAAAAANAdEAAmAAAA\
YBQQAAEAAACsHRAAQYDUwAALGwIAAAAAAAAA9h0QAA8AAAABAAAAAAAAABQeEABBrNTAAAsbAgAA\
AAAAAAA4HhAADgAAAAEAAAAAAAAAFB4QAEHY1MAACxsCAAAAAAAAAEYeEAAOAAAAAQAAAAAAAAAU\
HhAAQYTVwAALGwIAAAAAAAAAVB4QABcAAABrHhAAAgAAAIweEABBsNXAAAsbAgAAAAAAAACwHhAA\
EgAAAGseEAACAAAAjB4QAEHc1cAACxsCAAAAAAAAAMIeEAAYAAAAZRIQAAEAAAAEHxAAQYjWwAAL\
GwIAAAAAAAAAKB8QABQAAAD/HhAAAgAAAAQfEABBtNbAAAsbAgAAAAAAAAA8HxAAFQAAAP8eEAAC\
AAAABB8QAEHg1sAACxsCAAAAAAAAAFEfEAAUAAAA/x4QAAIAAAAEHxAAQYzXwAALGwIAAAAAAAAA\
ZR8QABQAAAD/HhAAAgAAAAQfEABBuNfAAAsbAgAAAAAAAAB5HxAAFAAAAAEAAAAAAAAAsB8QAEHk\
18AACxsCAAAAAAAAANQfEAATAAAAAQAAAAAAAACwHxAAQZDYwAALGwIAAAAAAAAA5x8QABYAAAAB\
AAAAAAAAALAfEABBvNjAAAsbAgAAAAAAAAD9HxAAEwAAAAEAAAAAAAAAsB8QAEHo2MAACxsCAAAA\
AAAAABAgEAApAAAAYBQQAAEAAABIIBAAQZTZwAALGwIAAAAAAAAAbCAQABgAAABgFBAAAQAAAEgg\
EABBwNnAAAsbAgAAAAAAAACEIBAAGQAAAGAUEAABAAAASCAQAEHs2cAACxsCAAAAAAAAAJ0gEAAP\
AAAAYBQQAAEAAABIIBAAQZjawAALGwIAAAAAAAAArCAQABYAAABgFBAAAQAAAEggEABBxNrAAAsb\
AgAAAAAAAADCIBAAFQAAAGAUEAABAAAASCAQAEHw2sAACxsCAAAAAAAAANcgEAAXAAAAYBQQAAEA\
AABIIBAAQZzbwAALGwIAAAAAAAAA7iAQABQAAABgFBAAAQAAAEggEABByNvAAAsbAgAAAAAAAAAC\
IRAADwAAAGAUEAABAAAASCAQAEH028AAC3MCAAAAAAAAABEhEAAQAAAAISEQAAIAAAAsIRAAUCEQ\
AA8AAABfIRAAJAAAAAEAAAABAQAAgyEQABAAAAAhIRAAAgAAACwhEACTIRAADwAAAF8hEAAkAAAA\
AQAAAAAAAACiIRAAFwAAAGUSEAABAAAALCEQAEH43MAACxsCAAAAAQEAALkhEAAQAAAAISEQAAIA\
AAAsIRAAQaTdwAALGwIAAAABAQAAySEQABoAAABlEhAAAQAAAPwhEABB0N3AAAsbAgAAAAAAAAAg\
IhAAFAAAAGUSEAABAAAAUCIQAEH83cAACxsCAAAAAAAAAHQiEAAOAAAAZRIQAAEAAACQIhAAQaje\
wAALGwIAAAAAAAAAtCIQABoAAABlEhAAAQAAAJAiEABB1N7AAAsbAgAAAAAAAADOIhAAGgAAAGUS\
EAABAAAAkCIQAEGA38AACxsCAAAAAAAAAOgiEAAhAAAAZRIQAAEAAACQIhAAQazfwAALGwIAAAAA\
AAAACSMQABMAAAABAAAAAAAAAEAjEABB2N/AAAsbAgAAAAAAAABkIxAADwAAAAEAAAAAAAAAhCMQ\
AEGE4MAACxsCAAAAAAAAAKgjEAAPAAAAAQAAAAAAAACEIxAAQbDgwAALGwIAAAAAAAAAtyMQAA8A\
AAABAAAAAAAAAIQjEABB3ODAAAsbAgAAAAAAAADGIxAAFgAAAAEAAAAAAAAABCQQAEGI4cAACxsC\
AAAAAAAAACgkEAAVAAAAAQAAAAAAAAAEJBAAQbThwAALGwIAAAAAAAAAPSQQABkAAAABAAAAAAAA\
AAQkEABB4OHAAAsbAgAAAAAAAABWJBAAFQAAAAEAAAAAAAAABCQQAEGM4sAACxsCAAAAAAAAAGsk\
EAAUAAAAZRIQAAEAAACYJBAAQbjiwAALGwIAAAAAAAAAvCQQAAwAAAABAAAAAAAAANQkEABB5OLA\
AAsbAgAAAAAAAAD4JBAADAAAAAEAAAAAAAAA1CQQAEGQ48AACxsCAAAAAAAAAAQlEAAMAAAAAQAA\
AAAAAADUJBAAQbzjwAALGwIAAAAAAAAAECUQAA8AAAABAAAAAAAAADAlEABB6OPAAAsbAgAAAAAA\
AABUJRAADwAAAAEAAAAAAAAAMCUQAEGU5MAACxsCAAAAAAAAAGMlEAAPAAAAAQAAAAAAAAAwJRAA\
QcDkwAALGwIAAAAAAAAAciUQACAAAABlEhAAAQAAANglEABB7OTAAAsbAgAAAAAAAAD8JRAAHgAA\
AGUSEAABAAAA2CUQAEGY5cAACxsCAAAAAAAAABomEAAeAAAAZRIQAAEAAADYJRAAQcTlwAALGwIA\
AAAAAAAAOCYQAB4AAABlEhAAAQAAANglEABB8OXAAAsbAgAAAAAAAABWJhAAHgAAAGUSEAABAAAA\
2CUQAEGc5sAACxsCAAAAAAAAAHQmEAAkAAAAZRIQAAEAAAC0JhAAQcjmwAALGwIAAAAAAQAA2CYQ\
ABUAAABlEhAAAQAAALQmEABB9ObAAAsbAgAAAAABAADtJhAAGgAAAAcnEAABAAAAtCYQAEGg58AA\
CxsCAAAAAAEAAAgnEAAUAAAAZRIQAAEAAAC0JhAAQcznwAALGwIAAAAAAQAAHCcQABQAAABlEhAA\
AQAAALQmEABB+OfAAAsbAgAAAAABAAAwJxAAIQAAAGUSEAABAAAAtCYQAEGk6MAACxsCAAAAAAEA\
AFEnEAAcAAAAZRIQAAEAAAC0JhAAQdDowAALGwIAAAAAAQAAbScQABwAAABlEhAAAQAAALQmEABB\
/OjAAAtzAgAAAAABAACJJxAAGgAAAGUSEAABAAAAtCYQAKMnEAALAAAAricQALIAAAAAAAAAAAEA\
AGAoEAAaAAAAZRIQAAEAAAC0JhAAeigQAA0AAACHKBAASAAAAAAAAAAAAQAAzygQABQAAABlEhAA\
AQAAALQmEABBgOrAAAsbAgAAAAABAADjKBAACwAAAO4oEAABAAAACCkQAEGs6sAAC6kUAgAAAAAA\
AABhY2NvdW50SWRhY3RpdmVTdWJzY3JpcHRpb25zYWN0b3JhZGRvbnNhbW91bnRhdHRyaWJ1dGlv\
bktleXNhdXRvQ2FuY2VsbGF0aW9uUnVsZXNiaWxsaW5nQ3VycmVuY3liaWxsaW5nSWRiaWxsaW5n\
UGVyaW9kY2FuY2VsbGF0aW9uRGF0ZWNoYW5nZWRCeWNvbmZpZ0lkY29uc3VtZWRBbW91bnRjb25z\
dW1lZFBlcmNlbnRhZ2Vjb3N0Y291cG9uVHlwZWNyZWF0ZWRBdGNyZWRpdEN1cnJlbmN5Y3JtSWRj\
dXJyZW5jeURlc2NyaXB0aW9uY3VycmVuY3lJZGN1cnJlbmN5TmFtZWN1cnJlbmN5VW5pdHNjdXJy\
ZW50QmFsYW5jZWN1cnJlbnRCaWxsaW5nTW9udGhFbmRjdXJyZW50QmlsbGluZ01vbnRoU3RhcnRj\
dXJyZW50QmlsbGluZ1BlcmlvZEVuZGN1cnJlbnRCaWxsaW5nUGVyaW9kU3RhcnRjdXJyZW50Q2hh\
bmdlY3VycmVudFNwZW5kY3VycmVudFNwZW5kUGVyY2VudGFnZWN1cnJlbnRVc2FnZWRlc2NyaXB0\
aW9uZGlzY291bnRWYWx1ZWRpc3BsYXlOYW1lZWZmZWN0aXZlQXRlbWFpbGVuZERhdGVlbnRpdGxl\
bWVudHNVcGRhdGVkQXRlbnRpdHlJZGVudGl0eVR5cGVlbnRpdHlUeXBlSWRlbnZpcm9ubWVudElk\
ZXZlbnRJZGV4Y2x1ZGVGcm9tRXhwZXJpbWVudGV4cGVyaW1lbnRJbmZvZXhwaXJlQXRmZWF0dXJl\
VHlwZWZlYXR1cmVzZ3JhbnRncmFudElkZ3JhbnRUeXBlaGFzU29mdExpbWl0aGFzVW5saW1pdGVk\
VXNhZ2Vpc0RlZmF1bHRQcm9kdWN0aXNEb3duZ3JhZGVpc0VuYWJsZWRpc0xhdGVzdGlzU29mdExp\
bWl0aXNUcmlhbFN1YnNjcmlwdGlvbmlzVXBncmFkZWlzVmlzaWJsZW1heFNwZW5kTGltaXRtZXRh\
ZGF0YW1ldGVyVHlwZW9yaWdpbmF0aW5nRXZlbnRJZHBhY2thZ2VFbnRpdGxlbWVudHNwYXltZW50\
Q29sbGVjdGlvbnBlcmNlbnRhZ2VVc2VkcGVyaW9kcHJpY2VzcHJpb3JpdHlwcm9kdWN0SWRyZW1h\
aW5pbmdCYWxhbmNlcmVtYWluaW5nQmFsYW5jZVBlcmNlbnRhZ2VyZXNldFBlcmlvZHJlc2V0UGVy\
aW9kQ29uZmlndXJhdGlvbnJlc291cmNlcmVzb3VyY2VJZHNwZW5kTGltaXRzdGFydERhdGVzdGF0\
dXNzdWJzY3JpcHRpb25VcGRhdGVVc2FnZVJlc2V0QmVoYXZpb3J0aHJlc2hvbGR0aHJlc2hvbGRQ\
ZXJjZW50YWdldG90YWxDb25zdW1lZHRvdGFsR3JhbnRlZHRvdGFsU3BlbnR0cmlhbEVuZERhdGV0\
cmlnZ2VydW5pdHVuaXRMYWJlbHVuaXRzdXBkYXRlZEF0dXNhZ2VMaW1pdHVzYWdlUGVyaW9kQW5j\
aG9ydXNhZ2VQZXJpb2RFbmR1c2FnZVBlcmlvZFN0YXJ0dXNhZ2VVc2VkUGVyY2VudGFnZXZlbmRv\
cklkZW50aWZpZXIANDUQAAkAAAA9NRAAEwAAAFA1EAAFAAAAVTUQAAYAAABbNRAABgAAAGE1EAAP\
AAAAcDUQABUAAACFNRAADwAAAJQ1EAAJAAAAnTUQAA0AAACqNRAAEAAAALo1EAAJAAAAwzUQAAgA\
AADLNRAADgAAANk1EAASAAAA6zUQAAQAAADvNRAACgAAAPk1EAAJAAAAAjYQAA4AAAAQNhAABQAA\
ABU2EAATAAAAKDYQAAoAAAAyNhAADAAAAD42EAANAAAASzYQAA4AAABZNhAAFgAAAG82EAAYAAAA\
hzYQABcAAACeNhAAGQAAALc2EAANAAAAxDYQAAwAAADQNhAAFgAAAOY2EAAMAAAAuBMQAAgAAAB7\
ExAACgAAAPI2EAALAAAA/TYQAA0AAAAKNxAACwAAABU3EAALAAAAIDcQAAUAAAAlNxAABwAAADQi\
EAAMAAAALDcQABUAAACCIhAABgAAAEE3EAAIAAAASTcQAAoAAABTNxAADAAAAF83EAANAAAAERIQ\
AAUAAABsNxAABwAAAHM3EAAVAAAAiDcQAA4AAACWNxAACAAAAHMjEAAHAAAAnjcQAAsAAACpNxAA\
CAAAALE3EAAFAAAAtjcQAAcAAAC9NxAACQAAAMY3EAAMAAAA0jcQABEAAAB5ExAAAgAAAMATEAAF\
AAAA4zcQABAAAADzNxAACwAAAP43EAAJAAAABzgQAAgAAAAPOBAACwAAABo4EAATAAAALTgQAAkA\
AAA2OBAACQAAAD84EAANAAAAYBMQAAkAAABMOBAACAAAAFQ4EAAJAAAAkBoQAAQAAABdOBAAEgAA\
AG84EAATAAAAgjgQABEAAACTOBAADgAAAKE4EAAGAAAAyCQQAAQAAACnOBAABgAAAK04EAAIAAAA\
tTgQAAkAAABMHBAABgAAAL44EAAQAAAAzjgQABoAAADoOBAACwAAAPM4EAAYAAAACzkQAAgAAAAT\
ORAACgAAAB05EAAKAAAAJzkQAAkAAAAwORAABgAAAJgmEAAMAAAANjkQACQAAABaORAACQAAAGM5\
EAATAAAAcBMQAAkAAAB2ORAADQAAAIM5EAAMAAAAjzkQAAoAAABpExAABwAAAJk5EAAMAAAApTkQ\
AAcAAABcExAABAAAAKw5EAAEAAAAsDkQAAkAAAC5ORAABQAAAL45EAAJAAAAxzkQAAoAAADRORAA\
EQAAAOI5EAAOAAAA8DkQABAAAAAAOhAAEwAAABM6EAAQAAAAkRwQAAcAAAAnORAACQAAAHRyaWFs\
X3N0YXJ0X2RhdGWZORAADAAAAHRyaWFsX2VuZF9kYXRldHJpYWxfcGxhbl9uYW1lAAAAkBoQAAQA\
AABhY2NvdW50X25hbWUlNxAABwAAAGFuYWN1c3RvbWVyLmlkaW5wdXQuY3VzdG9tZXJJZGlkIHdo\
ZW4gZW50aXR5VHlwZSBpcyAiQ1VTVE9NRVIiAACQGhAABAAAACA3EAAFAAAAlDUQAAkAAAAQNhAA\
BQAAAEw4EAAIAAAA+TUQAAkAAABzdWJzY3JpcHRpb25TdGF0dXMAADA5EAAGAAAAnTUQAA0AAACg\
PhAAEgAAALQ+EAABAAAAnTUQAA0AAAC8PhAAAQAAAJk5EAAMAAAA7D0QAAEAAABzdGlnZ1VwZGF0\
ZWRBdAABAgMEAFwTEAAEAAAAYBMQAAkAAABwExAACQAAAHkTEAACAAAAuBMQAAgAAAB5ExAAAgAA\
AHsTEAAKAAAAwBMQAAUAAAB7ExAACgAAAEk3EAAKAEHo/sAAC7sByCQQAAQAAACQGhAABAAAAMgk\
EAAEAAAACjcQAAsAAADIJBAABAAAAHkTEAACAAAAcGxhbklkAACYPxAABgAAAGg/EAACAAAAeD8Q\
AAIAAACIPxAAAgAAAKA/EAABAAAALCAAANULEAAQAAAAMwAAABgAAAC4ExAACAAAALgTEAAIAAAA\
IyEQAAkAAAAhIRAAAgAAAAEBAACYJhAADAAAAJgmEAAMAAAApCYQAA0AAABlEhAAAQAAAAABAQBB\
rIDBAAsV4yEQAAsAAADuIRAADAAAAGUSEAABAEHQgMEACzk0IhAADAAAAEAiEAANAAAAZRIQAAEA\
AAAAAAAAkiUQABcAAACpJRAAFwAAAMAlEAAXAAAAZRIQAAEAQZiBwQALFX8kEAALAAAAiiQQAAwA\
AABlEhAAAQBBvIHBAAs5bR4QAA4AAAB7HhAADwAAAGseEAACAAAAAAAAANoeEAAMAAAA5h4QAAwA\
AADyHhAADQAAAP8eEAACAEGEgsEACxU5IBAABwAAAEAgEAAIAAAAYBQQAAEAQaiCwQALWYYdEAAS\
AAAAmB0QABMAAABgFBAAAQAAAAAAAADvKBAADQAAAPwoEAAEAAAAACkQAAUAAADuKBAAAQAAAAAA\
AADIJBAABAAAAMgkEAAEAAAAzCQQAAUAAAABAEGMg8EACxkOHRAABQAAABMdEAAGAAAAGR0QAAYA\
AAABAEGwg8EACxlzIxAABwAAAHMjEAAHAAAAeiMQAAgAAAABAEHUg8EACxncIxAADQAAAOkjEAAN\
AAAA9iMQAA4AAAABAEH4g8EACxkfJRAABwAAAB8lEAAHAAAAJiUQAAgAAAABAEGchMEACxkFHhAA\
BgAAAAUeEAAGAAAACx4QAAcAAAABAEHAhMEACxmNHxAACwAAAJgfEAALAAAAox8QAAwAAAABAEHk\
hMEACxkcIxAACwAAACcjEAALAAAAMiMQAAwAAAABAEGIhcEAC3mCIhAABgAAAIIiEAAGAAAAiCIQ\
AAcAAABlEhAAAQAAAAAAAAABAgNpcyAiZHJvcCJpcyAiZXJyb3IiAACQGhAABAAAACA3EAAFAAAA\
lDUQAAkAAAAQNhAABQAAAEw4EAAIAAAAAAAAAGgAAAAEAAAAKQAAACoAAAArAEGMhsEAC6kGAQAA\
ACwAAAAAAAAAAQAAAAIAAAADAAAABAAAAAUAAAAGAAAAAAAAAAEAAAACAAAAAwAAAAQAAAAFAAAA\
BgAAAAcAAAAqCBAADQAAADAAAAAMAAAAWQcQAA0AAAAuAAAAHgAAAFAbEAAVAAAAd2ViaG9va1Nl\
Y3JldAAAAHhDEAANAAAAQ1VTVE9NRVKQQxAACAAAAHRoZSBib2R5IGhhcyBubyAidHlwZSIgZmll\
bGQ7IGV2ZXJ5IFN0aWdnIHdlYmhvb2sgbmFtZXMgaXRzIHR5cGUsIHN1Y2ggYXMgInN1YnNjcmlw\
dGlvbi5jcmVhdGVkInRoZSAidHlwZSIgZmllbGQgaXMgZW1wdHkwAAAAAAAAAQAAAAAAAAB4QxAA\
DQAAAAQAAAAAAAAAYSBub24tQVNDSUkgY2hhcmFjdGVyYSBjb250cm9sIGNoYXJhY3RlcmcHEAAP\
AAAAsAEAAA0AAABnBxAADwAAAKsBAAAoAAAAZwcQAA8AAACsAQAANwAAAGcHEAAPAAAArAEAAE8A\
AABnBxAADwAAAKwBAAAUAAAAZXZlbnROYW1lU3R5bGVzbmFrZV9jYXNlT2JqZWN0IEFjdGlvbm9y\
aWdpbmFsU2VnbWVudCBTcGVjAAAAvkQQAAoAAADIRBAADQAAANVEEAAIAAAA3UQQAAwAAABldmVu\
dEFsbG93bGlzdGV2ZW50RGVueWxpc3RyZWRhY3RQcm9wZXJ0aWVzaWRlbnRpZnlDdXN0b21lcnN0\
cmltSEUQAAQAAAAREhAABQAAAG1lc3NhZ2VJZE5hbWVzcGFjZWdyb3VwQ2FsbHNwbGFuVHJhaXRz\
d2FyZWhvdXNlU2FmZVByb3BlcnRpZXMAAAB4QxAADQAAALBEEAAOAAAA/BEQABEAAAAMRRAADgAA\
ABpFEAANAAAAJ0UQABAAAAA3RRAAEQAAAN8SEAAPAAAAXEUQABIAAABuRRAACgAAAHhFEAAKAAAA\
gkUQABcAAAAAAAAAvkQQAAoAAACwRBAADgAAAOxEEAAEAAAAAAAAAA0SEAAEAAAA/BEQABEAAAAg\
EhAAAwAAAAIAQcCMwQALEQxFEAAOAAAABAAAAAAAAAACAEHcjMEACxEaRRAADQAAAAQAAAAAAAAA\
AgBB+IzBAAsSJ0UQABAAAAAEAAAAAAAAAAEBAEGUjcEACwk3RRAAEQAAAAQAQaiNwQALNUhFEAAE\
AAAA3xIQAA8AAABMRRAAAgAAAAAAAAABAAAAAAAAAFxFEAASAAAABAAAAAAAAAABAEHojcEACxFu\
RRAACgAAAAQAAAAAAAAAAQBBhI7BAAsReEUQAAoAAAAEAAAAAAAAAAEAQaCOwQALvRGCRRAAFwAA\
AAQAAAAAAAAAdHJ1ZSBvciBmYWxzZWFuIGFycmF5IG9mIHN0cmluZ3NkAAAAmggQABAAAAAoAAAA\
NQAAAC0AAAAgAAAABAAAAC4AAAAvAAAAMAAAADEAAAAQAAAABAAAADIAAABpbnRlcm5hbCBlcnJv\
cjogZW50ZXJlZCB1bnJlYWNoYWJsZSBjb2RlOiB0aGUgZnVsbCBwYXRoIGFsd2F5cyBoYXMgdGhl\
IGJvZHkABQ4QAAoAAAA6AAAAHwAAAGFub255bW91c19pZGxvYWRlZF9hdG9yaWdpbmFsX3RpbWVz\
dGFtcHJlY2VpdmVkX2F0c2VudF9hdHVzZXJfaWR1dWlkdXVpZF90cwDoRxAADAAAAHkTEAACAAAA\
9EcQAAkAAAD9RxAAEgAAAA9IEAALAAAAGkgQAAcAAABwExAACQAAACFIEAAHAAAAKEgQAAQAAAAs\
SBAABwAAAJUKEAAQAAAAUQAAABIAAACVChAAEAAAAFUAAAAXAAAAZXZlbnRfdGV4dAAAUhwQAAUA\
AACkSBAACgAAAGdyb3VwX2lkwEgQAAgAAAB/HBAABwAAAGNvbnRleHRfTDgQAAgAAAC4ExAACAAA\
AEw4EAAIAAAAyCQQAAQAAABMOBAACAAAAOBIEAABAAAA6EgQAAIAAAD4SBAAAgAAAEF0dGVtcHRl\
ZCB0byBpbml0aWFsaXplIHRocmVhZC1sb2NhbCB3aGlsZSBpdCBpcyBiZWluZyBkcm9wcGVkAACC\
BxAAXgAAAGsAAAANAAAAGAkQAE8AAADfAQAAGQAAAG1pZCA+IGxlbgAAAOYLEABNAAAAggoAACUA\
AADmCxAATQAAAPIDAAAcAAAA5gsQAE0AAADzAwAAHAAAAOYLEABNAAAA9wMAACAAAADmCxAATQAA\
APcDAAArAAAANQoQAF8AAADGAAAAJwAAAIcGEABgAAAAoAEAAC4AAABhc3NlcnRpb24gZmFpbGVk\
OiBpZHggPCBDQVBBQ0lUWXkLEABbAAAAngIAAAkAAABhc3NlcnRpb24gZmFpbGVkOiBlZGdlLmhl\
aWdodCA9PSBzZWxmLmhlaWdodCAtIDF5CxAAWwAAALYCAAAJAAAAeQsQAFsAAAC6AgAACQAAAHkL\
EABbAAAA8AAAAE0AAABhc3NlcnRpb24gZmFpbGVkOiBzcmMubGVuKCkgPT0gZHN0LmxlbigpeQsQ\
AFsAAABUBwAABQAAAHkLEABbAAAA0AQAACMAAAB5CxAAWwAAABMFAAAkAAAAYXNzZXJ0aW9uIGZh\
aWxlZDogZWRnZS5oZWlnaHQgPT0gc2VsZi5ub2RlLmhlaWdodCAtIDEAAAB5CxAAWwAAAAMEAAAJ\
AAAANQoQAF8AAABYAgAAMAAAAOEHEABIAAAAsQAAABYAAABhdHRlbXB0IHRvIGpvaW4gaW50byBj\
b2xsZWN0aW9uIHdpdGggbGVuID4gdXNpemU6Ok1BWAAAAOEHEABIAAAAmgAAAAoAAACFDBAATAAA\
AK8PAAANAAAAwAkQAFAAAABCAAAAEwAAAAAAAABn5glqha5nu3Lzbjw69U+lf1IOUYxoBZur2YMf\
Gc3gWyI6AAAEAAAACQAAAAgAAAAIAAAACAAAAAkAAAD8FhAAoBcQAKkXEACxFxAAuRcQAMEXEAAF\
AAAABwAAAAQAAAAGAAAABAAAAAUAAAAGAAAACwAAAAcAAAAKAAAABgAAAAkAAAAJAAAABwAAAAsA\
AAAEAAAABwAAAAUAAAAHAAAABQAAAAgAAAAFAAAABQAAAAUAAAAEAAAACwAAAAgAAAA8HBAAQRwQ\
AEgcEABMHBAAXBMQAFIcEABXHBAAXRwQAGgcEABvHBAAeRwQAGATEABwExAAfxwQAIYcEACQGhAA\
kRwQAJgcEACdHBAApBwQAKkcEACxHBAAmBwQALYcEABUFRAAuxwQAMYcEAAwPhAAMj4QADA+EAAy\
PhAAMD4QADI+EAAyPhAAMD4QADI+EAAyPhAAMD4QAAIAAAABAAAAAgAAAAEAAAACAAAAAQAAAAEA\
AAACAAAAAQAAAAEAAAACAAAAAgAAAAsAAAAKAAAAEAAAACAAAAB5ExAAMz4QAHsTEAA+PhAATj4Q\
AAMAAAAEAAAABQAAAAYAAAADAAAAAQAAAAEAAAABAAAAAQAAAAIAAAABAAAAAgAAAAEAAAAIPxAA\
ED8QABg/EAAgPxAAKD8QADg/EABAPxAAUD8QABMAAAAPAAAAEQAAAM4cEADhHBAA8BwQAGNsb3N1\
cmUgaW52b2tlZCByZWN1cnNpdmVseSBvciBhZnRlciBiZWluZyBkcm9wcGVkAABtDRAATgAAAPk7\
AAABAAAAXwAAAGAAAABhAAAAYgAAAGgJEABXAAAAyAAAACwAAABoCRAAVwAAALsAAAAgAAAAVHJp\
ZWQgdG8gc2hyaW5rIHRvIGEgbGFyZ2VyIGNhcGFjaXR5NAwQAFAAAAAsAwAACQAAADgIEABOAAAA\
cQcAABEAAABnAAAADAAAAAQAAABoAAAAaQAAAGoAAAAAAAAACAAAAAQAAABrAAAAbAAAAG0AAABu\
AAAAbwAAABAAAAAEAAAAcAAAAHEAAAByAAAAcwAAAG1dy9YsUOtjeEGmV3Ebi7kVolxVNFUH1FN4\
rYFR8KP3YXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPj0gc2l6ZSArIG1pbl9vdmVyaGVhZAAAQg0Q\
ACoAAACxBAAACQAAAGFzc2VydGlvbiBmYWlsZWQ6IHBzaXplIDw9IHNpemUgKyBtYXhfb3Zlcmhl\
YWQAAEINEAAqAAAAtwQAAA0AAAAAAAAACAAAAAQAAAB0AAAAQWNjZXNzRXJyb3IAZwAAAAwAAAAE\
AAAAdQAAAO+/vWNhcGFjaXR5IG92ZXJmbG93NAwQAFAAAAAcAAAABQAAAHYAAAAMAAAABAAAAHcA\
AAB4AAAAeQBB6J/BAAuAAQEAAAB6AAAAYSBmb3JtYXR0aW5nIHRyYWl0IGltcGxlbWVudGF0aW9u\
IHJldHVybmVkIGFuIGVycm9yIHdoZW4gdGhlIHVuZGVybHlpbmcgc3RyZWFtIGRpZCBub3QAAAUH\
EABIAAAAjwIAAA4AAABFcnJvcgICAgICAgICAgICAEGFocEACwgCAgAAAAAAAgBBvKHBAAsBAgBB\
4qHBAAsBAQBB/aHBAAsBAQBB3qLBAAukCXAABwAtAQEBAgECAQFICzAVEAFlBwIGAgIBBCMBHhtb\
CzoJCQEYBAEJAQMBBSsDOwkqGAEgNwEBAQQIBAEDBwoCHQE6AQEBAgQIAQkBCgIaAQICOQEEAgQC\
AgMDAR4CAwELAjkBBAUBAgQBFAIWBgEBOgEBAgEECAEHAwoCHgE7AQEBDAEJASgBAwE3AQEDBQMB\
BAcCCwIdAToBAgIBAQMDAQQHAgsCHAI5AgEBAgQIAQkBCgIdAUgBBAECAwEBCAFRAQIHDAhiAQIJ\
CwdJAhsBAQEBATcOAQUBAgULASQJAWYEAQYBAgICGQIEAxAEDQECAgYBDwEAAwAEHAMdAh4CQAIB\
BwgBAgsJAS0DAQF1AiIBdgMEAgkBBgPbAgIBOgEBBwEBAQECCAYKAgEwLgIMFAQwCgQDJgkMAiAE\
AgY4AQECAwEBBTgIAgKYAwENAQcEAQYBAwLGQAABwyEAA40BYCAABmkCAAQBCiACUAIAAQMBBAEZ\
AgUBlwIaEg0BJggZCwEBLAMwAQIEAgICASQBQwYCAgICDAEIAS8BMwEBAwICBQIBASoCCAHuAQIB\
BAEAAQAQEBAAAgAB4gGVBQADAQIFBCgDBAGlAgAEQQUAAk0GRgsxBHsBNg8pAQICCgMxBAICBwE9\
AyQFAQg+AQwCNAkBAQgEAgFfAwIEBgECAZ0BAwgVAjkCAQEBAQwBCQEOBwMFQwECBgEBAgEBAwQD\
AQEOAlUIAgMBARcBUQECBgEBAgEBAgEC6wECBAYCAQIbAlUIAgEBAmoBAQECCGUBAQECBAEFAAkB\
AvUBCgQEAZAEAgIEASAKKAYCBAgBCQYCAy4NAQLGAQEDAQHJBwEGAQFSFgIHAQIBAnoGAwEBAgEH\
AQFIAgMBAQEAAgsCNAUFAxcBAAEGDwAMAwMABTsHAAE/BFEBCwIAAgAuAhcABQMGCAgCBx4ElAMA\
NwQyCAEOARYFAQ8ABwERAgcBAgEFZAGgBwABPQQABP4C8wECAQcCBQEAB20HAGCA8AAwMTIzNDU2\
Nzg5YWJjZGVmAAAAAAQAAAAEAAAAggAAAH0gfVsuLi5dY2FsbGVkIGBPcHRpb246OnVud3JhcCgp\
YCBvbiBhIGBOb25lYCB2YWx1ZT09IT1tYXRjaGVzMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIx\
MzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQx\
NDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3\
MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4\
OTkBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\
AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\
AQEBAQEBAQEBAQEBAQEBAQBBxKzBAAszAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAwMD\
AwMDAwMDAwMDAwMDAwQEBAQEAEGDrcEAC9YNBgEBAwEEAgUHBwIICAkCCgULAg4EEAERAhIFExwU\
ARUCFwIZDRwFHQgfASQBagRrAm4CrwOxArwCzwLRAtQM1QnWAtcC2gHgBeEC5gHnBOgC7iDwBPgC\
+gX7AQwnOz5OT4+enp97i5OWorK6hrEGBwk2PT5W89DRBBQYNjdWV3+qrq+9NeASh4mOngQNDhES\
KTE0OkVGSUpOT2RlioyNj7bBw8TGy9ZctrcbHAcICgsUFzY5Oqip2NkJN5CRqAcKOz5maY+SEW9f\
v+7vWmK5uvT8/1NUmpsuLycoVZ2goaOkp6iturzEBgsMFR06P0VRpqfMzaAHGRoiJT4/3+fs7//F\
xgQgIyUmKDM4OkhKTFBTVVZYWlxeYGNlZmtzeH1/iqSqr7DA0K6vbm/H3d6TXiJ7BQMELQNmAwEv\
LoCCHQMxDxwEJAkeBSsFRAQOKoCqBiQEJAQoCDQLTgM0DIE3CRYKCBg7RTkDYwgJMBYFIQMbBRsm\
OARLBS8ECgcJB0AgJwQMCTYDOgUaBwQMB1BJNzMNMwcuCAoGJgMdCAKA0FIQBggJIS4IKhYaJhwU\
FwlOBCQJRA0ZBwoGSAgnCXULQj4qBjsFCgZRBgEFEAMFC1kIAh1iHkgICoCmXiJFCwoGDRM6BgoG\
FBwsBBeAuTxkUwxICQpGRRtICFMNSQcKVghYIg4KBkYKHQNHSTcDDggKBjkHCgYsBAqA9hkHOwMd\
VQEPMg2Dm2Z1C4DEikxjDYQwEBYKj5sFgkeauTqGxoI5ByoEXAYmCkYKKAUTgbA6gMZbBTQsSwQ5\
BxFABQsHCZzWKSBhc6H9gTMPAR0GDgQIgYyJBGsFDQMJBxCPYID9A4G0BhcPEQ9HCXQ8gPYKcwhw\
FUZ6FAwUDFcJGYCHgUcDhUIPFYRQHwYGgNUrBT4hAXAtAxoEAoFAHxE6BQGB0CqA1isEAYDANggC\
gOCA9ylMBAoEAoMRREw9gMI8BgEEVQUbNAKBDiwEZAxWCoCuOB0NLAQJBwIOBoCag9kDEQMNA4Da\
BgwEAQ8MBDgICgYoCCwEAg4JJ4FYCB0DCwM7BB4ECgeA+4QFAAEDBQUGBgIHBggHCREKHAsZDBkN\
EA4MDwQQAxISEwkWARcEGAEZAxoJGwEcAh8WIAMrAi0LLgEwBDECMgGpAqoEqwj6AvsF/gP/Ca14\
eYuNojBXWIuMkBzdDg9LTPv8Li8/XF1f4oSNjpGSqbG6u8XGycre5OX/AAQREikxNDc6Oz1JSl2E\
jpKpsbS6u8bKzs/k5QAEDQ4REikxNDo7RUZJSl5kZYSRm53Jzs8NESk6O0VJV1teX2RljZGptLq7\
xcnf5OXwDRFFSWRlgISyvL6/1dfw8YOFi6Smvr/Fx8/a20iYvc3Gzs9JTk9XWV5fiY6Psba3v8HG\
x9cRFhdbXPb3/v+AbXHe3w4fbm8cHV99fq6v3t9Nu7wWFx4fRkdOT1haXF5+f7XF1NXc8PH1cnOP\
dHUmLi+nr7e/x8/X35oAQJeYMI8fzv9OT1pbBwgPECcv7u9ubzc9P0JFU2d1yMnQ0djZ5/7/ACBf\
IoLfBIJECBsEBhGBrA6AqwUgB4EcAxkIAQQvBDQEBwMBBwYHEQpQDxIHVQcDBBwKCQMIAwcDAgMD\
AwwEBQMLBgEOFQVOBxsHVwcCBRgMUARDAy0DAQQRBg8MOgQdJV8gbQRqJYDIBYKwAxoGgv0DWQcW\
CRgJFAwUDGoGCgYaBlkHKwVGCiwEDAQBAzELLAQaBgsDgKwGCgZMFID0CDwDDwM+BTgIKwWC/xEY\
CC8RLQMiDiEPgIwEgpoWCxWIlAUvBTsHAg4YCYC+InQMgNYagRAFgOEJ8p4DNwmBXBSAuAiA3RQ8\
AwoGOAhGCAwGdAseA1oEWQmAgxgcChYJTASAigarpAwXBDGhBIHaJgcMBQWCsyAqBkwEgI0EgL4D\
GwMPDQAAxAoQAFUAAAAKAAAAKwAAAMQKEABVAAAAGgAAADYAAABhdHRlbXB0IHRvIGRpdmlkZSBi\
eSB6ZXJvAAAAAAMAAIMEIACRBWAAXROgABIXIB8MIGAf7yxgKyow4CtvpqAsAqggLR77IC4A/mA2\
nv+gNv0BITcBCmE3JA0hOKsOoTkvGCE68x4hS0A0oVMeYeFU8GphVU9v4VWdvGFWAM9hV2XRoVcA\
2iFYAOChWa7iIVvs5OFc0OhhXSAA7l7wAX9fLi4weDAxMjM0NTY3ODlBQkNERUZSZWZDZWxsIGFs\
cmVhZHkgbXV0YWJseSBib3Jyb3dlZFJlZkNlbGwgYWxyZWFkeSBib3Jyb3dlZK9UEACxVBAAs1QQ\
AAIAAAACAAAABwBB47rBAAsBgABBsLvBAAsBZABBvLvBAAsBBACUAQ90YXJnZXRfZmVhdHVyZXMI\
Kw9tdXRhYmxlLWdsb2JhbHMrE25vbnRyYXBwaW5nLWZwdG9pbnQrC2J1bGstbWVtb3J5KwhzaWdu\
LWV4dCsPcmVmZXJlbmNlLXR5cGVzKwptdWx0aXZhbHVlKw9idWxrLW1lbW9yeS1vcHQrFmNhbGwt\
aW5kaXJlY3Qtb3Zlcmxvbmc=\
';
}
