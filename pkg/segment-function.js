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
//   136732 bytes, SHA-256 ece968159e2eb6cf8e15b89606e769b44b2de1708235db683e3fdaef1f29e7e1
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
AAEIAQAGAQEDAQcAAQAGAQABAQYAAwYGAwMHFAwABgEKBgMGBQgHAAAAAAEAFQEAAQEACAkHBwAB\
AQADBAYHAQYBCAEBBwUJAAMDARYGAAkAAAYEBAEGAAcXAAABGAABAAMAAQYAGRobAQAAAQECAQAA\
AAEJAAYCAAoCCAABBgAABAACAQIEAAcAAQEBBAYBAQAAARwdHgcBCAQCAAAEHyAhBgABCAAFAQIC\
BQIEAwYHBgUABwABCQQABQMBAAEDAAcJBwAAAQgAAgABAgUBCwUJAAYHAAUDAQMKAAABBAIBBggH\
BwACAyIFBQMEBAQLAgIDAAAAIwcFAAcDBAQEBAQEAgICAQECAyQNAgIDBAAEAgEAAAAAAgMCAwgA\
AQECAggAAAIBAgAABQMCAwABAwICAwMMDAEDAwMCAwIFAgICAQAABAYBAQcDAwEAAwQABQICAAIB\
AAMDAwQDAwEBBAQCAgUCAgICAgICAgEBAgICAgICAQICAgICBAUDAAAAAAMDAwQFAgICACUAAAIC\
BQUFBAsICAAGJgQLAnABgwGDAW8AhAgFAwEAEQYZA38BQYCAwAALfwBBoLvBAAt/AEHgu8EACwen\
Ag8GbWVtb3J5AgAJY29uZmlndXJlAK0CDGRlY2lkZUZpZWxkcwCuAglmaWVsZEFyZWEAmgINdHJh\
bnNmb3JtQm9keQCMAg9fX2Fib3J0X2hhbmRsZXIDARVfX2luc3RhbmNlX3Rlcm1pbmF0ZWQDAhRf\
X3diaW5kZ2VuX2V4bl9zdG9yZQDkAhdfX2V4dGVybnJlZl90YWJsZV9hbGxvYwBAFV9fd2JpbmRn\
ZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jANIBEl9fd2JpbmRnZW5fcmVhbGxvYwDr\
AQ9fX3diaW5kZ2VuX2ZyZWUA5QIZX19leHRlcm5yZWZfdGFibGVfZGVhbGxvYwCSARBfX3diaW5k\
Z2VuX3N0YXJ0AAYJ6QEBAEEBC4IBOfwC7gL2AmWeA2ayA8sBkgJgkQKCArEDkQOzA/kCeSW0A5AC\
0QGQA7QDrAOqA6sDrQOYA3K1A80CmwPDAscBlwLqAokCnAOZA5oDnQPBAZgC6wLXAVS2A1e0A4gB\
B5MBwgHCAYgBiAFpvQFpvQFpaZ8BaWlpiAFraZ0BigFrnQHDAbgBnQHEAZ0BaYsBnQGMAWlruQHF\
AZ0BaWtrugFpgQGZAooCpwKoAgi3A68DiwLPAqoBPIMD+wLhAfoCowPKAv0BU4IBsAPnAuYCzwKx\
AT2EA6UD7QLbAv0CI26mA6cDRgwBcwqn6Qa0A9MlAgl/AX4jAEEQayIIJAACQAJAAkAgAEH1AU8E\
QCAAQcz/e0sEQEEAIQAMBAsgAEELaiIBQXhxIQVBnL/BACgCACIJRQ0CQR8hBiAAQfX//wdPDQEg\
BUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEGDAELAkACQAJAAkACQEGYv8EAKAIAIgRBECAAQQtq\
QfgDcSAAQQtJGyIFQQN2IgB2IgFBA3EEQCABQX9zQQFxIABqIgdBA3QiAUGQvcEAaiIAIAFBmL3B\
AGooAgAiAigCCCIDRg0BIAMgADYCDCAAIAM2AggMAgsgBUGgv8EAKAIATQ0GIAENAkGcv8EAKAIA\
IgBFDQYgAGhBAnRBgLzBAGooAgAiASgCBEF4cSAFayEDIAEhAgNAAkAgASgCECIADQAgASgCFCIA\
DQAgAigCGCEGAkACQCACIAIoAgwiAEYEQCACQRRBECACKAIUIgAbaigCACIBDQFBACEADAILIAIo\
AggiASAANgIMIAAgATYCCAwBCyACQRRqIAJBEGogABshBANAIAQhByABIgBBFGogAEEQaiAAKAIU\
IgEbIQQgAEEUQRAgARtqKAIAIgENAAsgB0EANgIACyAGRQ0GAkAgAigCHEECdEGAvMEAaiIBKAIA\
IAJHBEAgAiAGKAIQRwRAIAYgADYCFCAADQIMCQsgBiAANgIQIAANAQwICyABIAA2AgAgAEUNBgsg\
ACAGNgIYIAIoAhAiAQRAIAAgATYCECABIAA2AhgLIAIoAhQiAUUNBiAAIAE2AhQgASAANgIYDAYL\
IAAoAgRBeHEgBWsiASADIAEgA0kiARshAyAAIAIgARshAiAAIQEMAAsAC0GYv8EAIARBfiAHd3E2\
AgALIAJBCGohACACIAFBA3I2AgQgASACaiIBIAEoAgRBAXI2AgQMBQsCQEECIAB0IgJBACACa3Ig\
ASAAdHFoIgdBA3QiAUGQvcEAaiICIAFBmL3BAGooAgAiACgCCCIDRwRAIAMgAjYCDCACIAM2AggM\
AQtBmL/BACAEQX4gB3dxNgIACyAAIAVBA3I2AgQgACAFaiIGIAEgBWsiB0EBcjYCBCAAIAFqIAc2\
AgBBoL/BACgCACICBEBBqL/BACgCACEBAkBBmL/BACgCACIEQQEgAkEDdnQiA3FFBEBBmL/BACAD\
IARyNgIAIAJBeHFBkL3BAGoiAyEEDAELIAJBeHEiAkGQvcEAaiEEIAJBmL3BAGooAgAhAwsgBCAB\
NgIIIAMgATYCDCABIAQ2AgwgASADNgIICyAAQQhqIQBBqL/BACAGNgIAQaC/wQAgBzYCAAwEC0Gc\
v8EAQZy/wQAoAgBBfiACKAIcd3E2AgALAkACQCADQRBPBEAgAiAFQQNyNgIEIAIgBWoiByADQQFy\
NgIEIAMgB2ogAzYCAEGgv8EAKAIAIgFFDQFBqL/BACgCACEAAkBBmL/BACgCACIEQQEgAUEDdnQi\
BnFFBEBBmL/BACAEIAZyNgIAIAFBeHFBkL3BAGoiBCEBDAELIAFBeHEiBEGQvcEAaiEBIARBmL3B\
AGooAgAhBAsgASAANgIIIAQgADYCDCAAIAE2AgwgACAENgIIDAELIAIgAyAFaiIAQQNyNgIEIAAg\
AmoiACAAKAIEQQFyNgIEDAELQai/wQAgBzYCAEGgv8EAIAM2AgALIAJBCGoiAEUNAQwCC0EAIAVr\
IQMCQAJAAkAgBkECdEGAvMEAaigCACICRQRAQQAhAUEAIQAMAQtBACEBIAVBGSAGQQF2a0EAIAZB\
H0cbdCEEQQAhAANAAkAgAigCBEF4cSIHIAVJDQAgByAFayIHIANPDQAgAiEBIAciAw0AQQAhAyAB\
IQAMAwsgAigCFCIHIAAgByACIARBHXZBBHFqKAIQIgJHGyAAIAcbIQAgBEEBdCEEIAINAAsLIAAg\
AXJFBEBBACEBQQIgBnQiAEEAIABrciAJcSIARQ0DIABoQQJ0QYC8wQBqKAIAIQALIABFDQELA0Ag\
AyAAKAIEQXhxIgIgBWsiBCADIAMgBEsiBBsgAiAFSSICGyEDIAEgACABIAQbIAIbIQEgACgCECIC\
BH8gAgUgACgCFAsiAA0ACwsgAUUNACAFQaC/wQAoAgAiAE0gAyAAIAVrT3ENACABKAIYIQYCQAJA\
IAEgASgCDCIARgRAIAFBFEEQIAEoAhQiABtqKAIAIgINAUEAIQAMAgsgASgCCCICIAA2AgwgACAC\
NgIIDAELIAFBFGogAUEQaiAAGyEEA0AgBCEHIAIiAEEUaiAAQRBqIAAoAhQiAhshBCAAQRRBECAC\
G2ooAgAiAg0ACyAHQQA2AgALAkAgBkUNAAJAAkAgASgCHEECdEGAvMEAaiICKAIAIAFHBEAgASAG\
KAIQRwRAIAYgADYCFCAADQIMBAsgBiAANgIQIAANAQwDCyACIAA2AgAgAEUNAQsgACAGNgIYIAEo\
AhAiAgRAIAAgAjYCECACIAA2AhgLIAEoAhQiAkUNASAAIAI2AhQgAiAANgIYDAELQZy/wQBBnL/B\
ACgCAEF+IAEoAhx3cTYCAAsCQCADQRBPBEAgASAFQQNyNgIEIAEgBWoiACADQQFyNgIEIAAgA2og\
AzYCACADQYACTwRAIAAgAxA0DAILAkBBmL/BACgCACICQQEgA0EDdnQiBHFFBEBBmL/BACACIARy\
NgIAIANB+AFxQZC9wQBqIgMhAgwBCyADQfgBcSIEQZC9wQBqIQIgBEGYvcEAaigCACEDCyACIAA2\
AgggAyAANgIMIAAgAjYCDCAAIAM2AggMAQsgASADIAVqIgBBA3I2AgQgACABaiIAIAAoAgRBAXI2\
AgQLIAFBCGoiAA0BCwJAAkACQAJAAkAgBUGgv8EAKAIAIgFLBEAgBUGkv8EAKAIAIgBPBEAgCEEE\
aiEAAn8gBUGvgARqQYCAfHEiAUEQdiABQf//A3FBAEdqIgFAACIEQX9GBEBBACEBQQAMAQsgAUEQ\
dCICQRBrIAIgBEEQdCIBQQAgAmtGGwshAiAAQQA2AgggACACNgIEIAAgATYCACAIKAIEIgFFBEBB\
ACEADAgLIAgoAgwhB0Gwv8EAIAgoAggiBEGwv8EAKAIAaiIANgIAQbS/wQAgAEG0v8EAKAIAIgIg\
ACACSxs2AgACQAJAQay/wQAoAgAiAgRAQYC9wQAhAANAIAEgACgCACIDIAAoAgQiBmpGDQIgACgC\
CCIADQALDAILQby/wQAoAgAiAEEAIAAgAU0bRQRAQby/wQAgATYCAAtBwL/BAEH/HzYCAEGMvcEA\
IAc2AgBBhL3BACAENgIAQYC9wQAgATYCAEGcvcEAQZC9wQA2AgBBpL3BAEGYvcEANgIAQZi9wQBB\
kL3BADYCAEGsvcEAQaC9wQA2AgBBoL3BAEGYvcEANgIAQbS9wQBBqL3BADYCAEGovcEAQaC9wQA2\
AgBBvL3BAEGwvcEANgIAQbC9wQBBqL3BADYCAEHEvcEAQbi9wQA2AgBBuL3BAEGwvcEANgIAQcy9\
wQBBwL3BADYCAEHAvcEAQbi9wQA2AgBB1L3BAEHIvcEANgIAQci9wQBBwL3BADYCAEHcvcEAQdC9\
wQA2AgBB0L3BAEHIvcEANgIAQdi9wQBB0L3BADYCAEHkvcEAQdi9wQA2AgBB4L3BAEHYvcEANgIA\
Qey9wQBB4L3BADYCAEHovcEAQeC9wQA2AgBB9L3BAEHovcEANgIAQfC9wQBB6L3BADYCAEH8vcEA\
QfC9wQA2AgBB+L3BAEHwvcEANgIAQYS+wQBB+L3BADYCAEGAvsEAQfi9wQA2AgBBjL7BAEGAvsEA\
NgIAQYi+wQBBgL7BADYCAEGUvsEAQYi+wQA2AgBBkL7BAEGIvsEANgIAQZy+wQBBkL7BADYCAEGk\
vsEAQZi+wQA2AgBBmL7BAEGQvsEANgIAQay+wQBBoL7BADYCAEGgvsEAQZi+wQA2AgBBtL7BAEGo\
vsEANgIAQai+wQBBoL7BADYCAEG8vsEAQbC+wQA2AgBBsL7BAEGovsEANgIAQcS+wQBBuL7BADYC\
AEG4vsEAQbC+wQA2AgBBzL7BAEHAvsEANgIAQcC+wQBBuL7BADYCAEHUvsEAQci+wQA2AgBByL7B\
AEHAvsEANgIAQdy+wQBB0L7BADYCAEHQvsEAQci+wQA2AgBB5L7BAEHYvsEANgIAQdi+wQBB0L7B\
ADYCAEHsvsEAQeC+wQA2AgBB4L7BAEHYvsEANgIAQfS+wQBB6L7BADYCAEHovsEAQeC+wQA2AgBB\
/L7BAEHwvsEANgIAQfC+wQBB6L7BADYCAEGEv8EAQfi+wQA2AgBB+L7BAEHwvsEANgIAQYy/wQBB\
gL/BADYCAEGAv8EAQfi+wQA2AgBBlL/BAEGIv8EANgIAQYi/wQBBgL/BADYCAEGsv8EAIAFBD2pB\
eHEiAEEIayICNgIAQZC/wQBBiL/BADYCAEGkv8EAIARBKGsiBCABIABrakEIaiIANgIAIAIgAEEB\
cjYCBCABIARqQSg2AgRBuL/BAEGAgIABNgIADAgLIAIgA0kgASACTXINACAAKAIMIgNBAXENACAD\
QQF2IAdGDQMLQby/wQBBvL/BACgCACIAIAEgACABSRs2AgAgASAEaiEDQYC9wQAhAAJAAkADQCAD\
IAAoAgAiBkcEQCAAKAIIIgANAQwCCwsgACgCDCIDQQFxDQAgA0EBdiAHRg0BC0GAvcEAIQADQAJA\
IAIgACgCACIDTwRAIAIgAyAAKAIEaiIGSQ0BCyAAKAIIIQAMAQsLQay/wQAgAUEPakF4cSIAQQhr\
IgM2AgBBpL/BACAEQShrIgkgASAAa2pBCGoiADYCACADIABBAXI2AgQgASAJakEoNgIEQbi/wQBB\
gICAATYCACACIAZBIGtBeHFBCGsiACAAIAJBEGpJGyIDQRs2AgRBgL3BACkCACEKIANBEGpBiL3B\
ACkCADcCACADQQhqIgAgCjcCAEGMvcEAIAc2AgBBhL3BACAENgIAQYC9wQAgATYCAEGIvcEAIAA2\
AgAgA0EcaiEAA0AgAEEHNgIAIABBBGoiACAGSQ0ACyACIANGDQcgAyADKAIEQX5xNgIEIAIgAyAC\
ayIAQQFyNgIEIAMgADYCACAAQYACTwRAIAIgABA0DAgLAkBBmL/BACgCACIBQQEgAEEDdnQiBHFF\
BEBBmL/BACABIARyNgIAIABB+AFxQZC9wQBqIgAhAQwBCyAAQfgBcSIAQZC9wQBqIQEgAEGYvcEA\
aigCACEACyABIAI2AgggACACNgIMIAIgATYCDCACIAA2AggMBwsgACABNgIAIAAgACgCBCAEajYC\
BCABQQ9qQXhxQQhrIgQgBUEDcjYCBCAGQQ9qQXhxQQhrIgMgBCAFaiIAayEFIANBrL/BACgCAEYN\
AyADQai/wQAoAgBGDQQgAygCBCICQQNxQQFGBEAgAyACQXhxIgEQLyABIAVqIQUgASADaiIDKAIE\
IQILIAMgAkF+cTYCBCAAIAVBAXI2AgQgACAFaiAFNgIAIAVBgAJPBEAgACAFEDQMBgsCQEGYv8EA\
KAIAIgFBASAFQQN2dCICcUUEQEGYv8EAIAEgAnI2AgAgBUH4AXFBkL3BAGoiBSEDDAELIAVB+AFx\
IgFBkL3BAGohAyABQZi9wQBqKAIAIQULIAMgADYCCCAFIAA2AgwgACADNgIMIAAgBTYCCAwFC0Gk\
v8EAIAAgBWsiATYCAEGsv8EAQay/wQAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQg\
AEEIaiEADAYLQai/wQAoAgAhAAJAIAEgBWsiAkEPTQRAQai/wQBBADYCAEGgv8EAQQA2AgAgACAB\
QQNyNgIEIAAgAWoiASABKAIEQQFyNgIEDAELQaC/wQAgAjYCAEGov8EAIAAgBWoiBDYCACAEIAJB\
AXI2AgQgACABaiACNgIAIAAgBUEDcjYCBAsgAEEIaiEADAULIAAgBCAGajYCBEGsv8EAQay/wQAo\
AgAiAEEPakF4cSIBQQhrIgI2AgBBpL/BAEGkv8EAKAIAIARqIgQgACABa2pBCGoiATYCACACIAFB\
AXI2AgQgACAEakEoNgIEQbi/wQBBgICAATYCAAwDC0Gsv8EAIAA2AgBBpL/BAEGkv8EAKAIAIAVq\
IgE2AgAgACABQQFyNgIEDAELQai/wQAgADYCAEGgv8EAQaC/wQAoAgAgBWoiATYCACAAIAFBAXI2\
AgQgACABaiABNgIACyAEQQhqIQAMAQtBACEAQaS/wQAoAgAiASAFTQ0AQaS/wQAgASAFayIBNgIA\
Qay/wQBBrL/BACgCACIAIAVqIgI2AgAgAiABQQFyNgIEIAAgBUEDcjYCBCAAQQhqIQALIAhBEGok\
ACAAC+8dAh1/An4jAEHgA2siAyQAIANBDGpBAEHAAPwLACABIAJBBnRqIRggACgCHCEPIAAoAhgh\
ECAAKAIUIREgACgCECESIAAoAgwhEyAAKAIIIRQgACgCBCEVIAAoAgAhFgNAIAEgGEcEQCADQoCA\
gIDAADcCWCADIAE2AkwgA0HAADYCUCADIAFBQGsiGTYCVCADQcwAaiICKAIQIgdFBEBB6JzBABCG\
AwALQRAgAigCBCAHbiICIAJBEE8bQQJ0IQdBACECA0AgAiAHRwRAIANBDGogAmogASACaigAACIN\
Qf+B/AdxQQh4IA1BGHhB/4H8B3FyNgIAIAJBBGohAgwBCwsgAyAVNgJkIAMgETYCbCADIBY2AmAg\
AyASNgJoIAMgFDYCcCADIBM2AnQgAyAQNgJ4IAMgDzYCfCADKAIYIQEgAygCFCECIAMoAhAhByAD\
IAMoAgwiDTYCvAMgAyAHNgK4AyADIAI2ArQDIAMgATYCsAMgAygCKCEIIAMoAiQhCSADKAIgIQog\
AyADKAIcIhc2ArwCIAMgCjYCuAIgAyAJNgK0AiADIAg2ArACIAMoAjghDCADKAI0IQ4gAygCMCEE\
IAMgAygCLCIaNgLcAiADIAQ2AtgCIAMgDjYC1AIgAyAMNgLQAiADKAJIIQUgAygCRCEGIAMoAkAh\
CyADIAMoAjwiGzYC/AIgAyALNgL4AiADIAY2AvQCIAMgBTYC8AIgAyANQZjfqJQEaiIcNgJYIAMg\
B0GRid2JB2oiHTYCVCADIAJBsYj80QRrIh42AlAgAyABQdvIqLIBayIfNgJMIANB0ANqIg0gA0Hw\
AGoiASADQeAAaiICIANBzABqIgcQQiADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAeNgKMASADIB82\
AogBIAMgHDYChAEgAyAdNgKAASAHIAIgASADQYABahBCIAMgAykCVDcDaCADIAMpAkw3A2AgAyAX\
QduE28oDaiIXNgJYIAMgCkHxo8TPBWoiCjYCVCADIAlB3PqB7gZrIgk2AlAgAyAIQavCjqcFayII\
NgJMIA0gASACIAcQQiADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAJNgKcASADIAg2ApgBIAMgFzYC\
lAEgAyAKNgKQASAHIAIgASADQZABahBCIAMgAykCVDcDaCADIAMpAkw3A2AgAyAaQeiq4b8CayII\
NgJYIAMgBEGBto2UAWoiCTYCVCADIA5BvovGoQJqIgo2AlAgAyAMQcP7sagFaiIMNgJMIA0gASAC\
IAcQQiADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAKNgKsASADIAw2AqgBIAMgCDYCpAEgAyAJNgKg\
ASAHIAIgASADQaABahBCIAMgAykCVDcDaCADIAMpAkw3A2AgAyAbQfS6+ZUHaiIINgJYIAMgC0GC\
nIX5B2siCTYCVCADIAZB2fKPoQZrIgo2AlAgAyAFQYydkPMDayIMNgJMIA0gASACIAcQQiADIAMp\
AtADNwNwIAMgAykC2AM3A3ggAyAKNgK8ASADIAw2ArgBIAMgCDYCtAEgAyAJNgKwASAHIAIgASAD\
QbABahBCIAMgAykCVDcDaCADIAMpAkw3A2AgA0GQA2oiCCADQbADaiIJIANBsAJqIgogA0HQAmoi\
DCADQfACaiIOED4gAygCkAMhBCADKAKUAyEFIAMoApgDIQYgAyADKAKcA0G/rJLbAWsiCzYCWCAD\
IAZB+vCGggFrIgY2AlQgAyAFQca7hv4AaiIFNgJQIAMgBEHMw7KgAmoiBDYCTCANIAEgAiAHEEIg\
AyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCzAEgAyAENgLIASADIAs2AsQBIAMgBjYCwAEgByAC\
IAEgA0HAAWoQQiADIAMpAlQ3A2ggAyADKQJMNwNgIAkgCiAMIA4gCBA+IAMoArADIQQgAygCtAMh\
BSADKAK4AyEGIAMgAygCvANB79ik7wJqIgs2AlggAyAGQaqJ0tMEaiIGNgJUIAMgBUHc08LlBWoi\
BTYCUCADIARB2pHmtwdqIgQ2AkwgDSABIAIgBxBCIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2\
AtwBIAMgBDYC2AEgAyALNgLUASADIAY2AtABIAcgAiABIANB0AFqEEIgAyADKQJUNwNoIAMgAykC\
TDcDYCAKIAwgDiAIIAkQPiADKAKwAiEEIAMoArQCIQUgAygCuAIhBiADIAMoArwCQa7dhr4GayIL\
NgJYIAMgBkGT87i+BWsiBjYCVCADIAVBuLDz/wRrIgU2AlAgAyAEQbmAmoUEayIENgJMIA0gASAC\
IAcQQiADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLsASADIAQ2AugBIAMgCzYC5AEgAyAGNgLg\
ASAHIAIgASADQeABahBCIAMgAykCVDcDaCADIAMpAkw3A2AgDCAOIAggCSAKED4gAygC0AIhBCAD\
KALUAiEFIAMoAtgCIQYgAyADKALcAkGN6P/IA2siCzYCWCADIAZBud3h0gJrIgY2AlQgAyAFQdHG\
qTZqIgU2AlAgAyAEQefSpKEBaiIENgJMIA0gASACIAcQQiADIAMpAtADNwNwIAMgAykC2AM3A3gg\
AyAFNgL8ASADIAQ2AvgBIAMgCzYC9AEgAyAGNgLwASAHIAIgASADQfABahBCIAMgAykCVDcDaCAD\
IAMpAkw3A2AgDiAIIAkgCiAMED4gAygC8AIhBCADKAL0AiEFIAMoAvgCIQYgAyADKAL8AkGFldy9\
AmoiCzYCWCADIAZBuMLs8AJqIgY2AlQgAyAFQfzbsekEaiIFNgJQIAMgBEGTmuCZBWoiBDYCTCAN\
IAEgAiAHEEIgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCjAIgAyAENgKIAiADIAs2AoQCIAMg\
BjYCgAIgByACIAEgA0GAAmoQQiADIAMpAlQ3A2ggAyADKQJMNwNgIAggCSAKIAwgDhA+IAMoApAD\
IQQgAygClAMhBSADKAKYAyEGIAMgAygCnANB1OapqAZqIgs2AlggAyAGQbuVqLMHaiIGNgJUIAMg\
BUHS7fTxB2siBTYCUCADIARB+6a37AZrIgQ2AkwgDSABIAIgBxBCIAMgAykC0AM3A3AgAyADKQLY\
AzcDeCADIAU2ApwCIAMgBDYCmAIgAyALNgKUAiADIAY2ApACIAcgAiABIANBkAJqEEIgAyADKQJU\
NwNoIAMgAykCTDcDYCAJIAogDCAOIAgQPiADKAKwAyEEIAMoArQDIQUgAygCuAMhBiADIAMoArwD\
Qd+ugOoFayILNgJYIAMgBkG1s5a/BWsiBjYCVCADIAVBkOnR7QNrIgU2AlAgAyAEQd3czsQDayIE\
NgJMIA0gASACIAcQQiADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgKsAiADIAQ2AqgCIAMgCzYC\
pAIgAyAGNgKgAiAHIAIgASADQaACahBCIAMgAykCVDcDaCADIAMpAkw3A2AgCiAMIA4gCCAJED4g\
AygCsAIhBCADKAK0AiEFIAMoArgCIQYgAyADKAK8AkHnr7TzAmsiCzYCWCADIAZB3PObywJrIgY2\
AlQgAyAFQfuUx98AayIFNgJQIAMgBEHwwKqDAWoiBDYCTCANIAEgAiAHEEIgAyADKQLQAzcDcCAD\
IAMpAtgDNwN4IAMgBTYCzAIgAyAENgLIAiADIAs2AsQCIAMgBjYCwAIgByACIAEgA0HAAmoQQiAD\
IAMpAlQ3A2ggAyADKQJMNwNgIAwgDiAIIAkgChA+IAMoAtACIQQgAygC1AIhBSADKALYAiEGIAMg\
AygC3AJBloKTzQFqIgs2AlggAyAGQYjY3fEBaiIGNgJUIAMgBUHM7qG6AmoiBTYCUCADIARBtfnC\
pQNqIgQ2AkwgDSABIAIgBxBCIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AuwCIAMgBDYC6AIg\
AyALNgLkAiADIAY2AuACIAcgAiABIANB4AJqEEIgAyADKQJUNwNoIAMgAykCTDcDYCAOIAggCSAK\
IAwQPiADKALwAiEEIAMoAvQCIQUgAygC+AIhBiADIAMoAvwCQbOZ8MgDaiILNgJYIAMgBkHK1OL2\
BGoiBjYCVCADIAVBz5Tz3AVqIgU2AlAgAyAEQfPfucEGaiIENgJMIA0gASACIAcQQiADIAMpAtAD\
NwNwIAMgAykC2AM3A3ggAyAFNgKMAyADIAQ2AogDIAMgCzYChAMgAyAGNgKAAyAHIAIgASADQYAD\
ahBCIAMgAykCVDcDaCADIAMpAkw3A2AgCCAJIAogDCAOED4gAygCkAMhBCADKAKUAyEFIAMoApgD\
IQYgAyADKAKcA0Huhb6kB2oiCzYCWCADIAZB78aVxQdqIgY2AlQgAyAFQeyP3tkHayIFNgJQIAMg\
BEH4++OZB2siBDYCTCANIAEgAiAHEEIgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCrAMgAyAE\
NgKoAyADIAs2AqQDIAMgBjYCoAMgByACIAEgA0GgA2oQQiADIAMpAlQ3A2ggAyADKQJMNwNgIAkg\
CiAMIA4gCBA+IAMoArADIQggAygCtAMhCSADKAK4AyEKIAMgAygCvANBhoCE+gZrIgw2AlggAyAK\
QZWmvt0FayIKNgJUIAMgCUGJuJmIBGsiCTYCUCADIAhBjo66zANrIgg2AkwgA0HAA2ogASACIAcQ\
QiADIAMpAsADNwNwIAMgAykCyAM3A3ggAyAJNgLcAyADIAg2AtgDIAMgDDYC1AMgAyAKNgLQAyAH\
IAIgASANEEIgAyADKQJUIiA3A2ggAyADKQJMIiE3A2AgAygCfCAPaiEPIAMoAnggEGohECADKAJ0\
IBNqIRMgAygCcCAUaiEUICCnIBJqIRIgIacgFmohFiADKAJsIBFqIREgAygCZCAVaiEVIBkhAQwB\
CwsgACAPNgIcIAAgEDYCGCAAIBE2AhQgACASNgIQIAAgEzYCDCAAIBQ2AgggACAVNgIEIAAgFjYC\
ACADQeADaiQAC9obAg1/AX4jAEGQA2siAiQAIAIgASgCBCIDNgKsAiACIAMgASgCCEEcbGo2ArAC\
IAJBIGohBiMAQRBrIgMkACACQawCaiIEKAIAIQUgBCgCBCEHAkADQCAFIAdHBEAgBCAFQRxqNgIA\
IAMgBUEMaiIINgIMIAMgBUEIaigCADYCCCADIAVBBGooAgAiBTYCBCADQQRqQZCMwQBBDBClAQRA\
IAhBEGohBQwCBSAGIAMpAgg3AgQgBiAFNgIADAMLAAsLIAZBADYCAAsgA0EQaiQAAkAgAigCICII\
BEAgAiACKAIkIgo2AiwgAiAINgIoIAJB8IzBADYCJCACQZiMwQA2AiAgCCAKQfyHwQBBDRAmIQEg\
AkENNgK0AiACQfyHwQA2ArACIAIgATYCrAIgBigCACEHIAYoAgQhASAGKAIIIQ0gBigCDCEOIwBB\
IGsiBSQAIAEgB0cEQCABIAdrQQN2IQsgBUEUaiEBA0AgBSAEKAIINgIQIAUgBCkCADcDCCANIA4g\
BygCACIDIAdBBGooAgAiCRAmIQwgBSAJNgIcIAUgAzYCGCAFIAw2AhQgBCAFQQhqIgMgAQJ/IAMo\
AgAiCSABKAIAIgxHBEAgCSAMSyAJIAxJawwBCyADQQRqIAFBBGoQ1wILwEEATBsiAygCCDYCCCAE\
IAMpAgA3AgAgB0EIaiEHIAtBAWsiCw0ACwsgAkHwAWoiASAEKAIINgIIIAEgBCkCADcCACAFQSBq\
JAACQAJAIAIoAvQBIgNFDQAgAigC8AEgAigC+AEiBUEBdksNACAGIAMgBRBoIAJBAzYCsAIgAiAG\
NgKsAiABQd+ewAAgBBCqAgwBCyACQSBqIgZBkIzBAEEMEBEgAkEDNgKwAiACIAY2AqwCIAJB8AFq\
QYyIwAAgAkGsAmoQqgILIAYQigMgAkGsAmoiASAIIAoQaCACQQM2AiwgAkEDNgIkIAIgAkHwAWoi\
AzYCKCACIAE2AiAgAkGUAmpBwIjAACACQSBqEKoCIAEQigMgAxCKAyAAQoCAgIAINwIAIAAgAikC\
jAI3AgggACACKQKUAjcCECAAIAIoApwCNgIYIABBAToAHAwBCyACQSBqIAFBkInBABCHASACIAIp\
AiQ3A/ABIAIgAigCLDYC+AECQAJAIAIoAiAiBUECRwRAIAIgAigCODYCxAIgAiACKQIwNwK8AiAC\
IAIpA/ABNwKwAiACIAIoAvgBNgK4AgwBCyACIAIpA/ABNwPQAiACIAIoAvgBIgM2AtgCIAJBGGog\
AigC1AIgAxBPIAIgAigCGCIDIAIoAhwiBmo2AuwCIAIgAzYC6AIDQCACQegCahD0ASIEQSBrQd8A\
SQ0ACyAEQYCAxABGDQEgAkETQRUgBEGAAUkiARs2AvgCIAJBwYnBAEGsicEAIAEbNgL0AiACQQI2\
AjQgAkH0h8EANgIwIAJBAjYCLCACQQI2AiQgAkGMiMEANgIgIAIgAkH0Amo2AiggAkH4AWpB45zA\
ACACQSBqEKoCIAJBAToAxAIgAiACKQLwATcCsAIgAiACKQL4ATcCuAIgAiACKAKAAjYCwAIgAkHQ\
AmoQigNBACEFCyAAIAIpArwCNwIUIAAgAigCxAI2AhwgAiACKQKwAiIPNwOAAyACIAIoArgCIgE2\
AogDIAAgATYCECAAIA83AgggACAFNgIEIABBgICAgHg2AgAMAQsgAkGwAmogAyAGEJcBIAJB0AJq\
EIoDIAIgAigCuAIiAzYCiAMgAiACKQKwAiIPNwOAAyACIAM2AmggAiAPNwNgIAJBrAJqIAFB8IzB\
ABAqIAIoArQCIQMgAigCsAIhBCACKAKsAiIGQQJHBEAgACACKQLAAjcCGCAAIAIpArgCNwIQIAAg\
AzYCDCAAIAQ2AgggACAGNgIEIABBgICAgHg2AgAgAkHgAGoQigMMAQsCf0EBIAQgA0G8isEAQQ0Q\
vwINABpBAiAEIANByYrBAEEIEL8CDQAaQQNBACAEIANB0YrBAEEMEL8CGwshCiACQawCaiABQYyN\
wQAQKiACKAK0AiEDIAIoArACIQQgAigCrAIiBkECRwRAIAAgAikCwAI3AhggACACKQK4AjcCECAA\
IAM2AgwgACAENgIIIAAgBjYCBCAAQYCAgIB4NgIAIAJB4ABqEIoDDAELQQEhBiAEIANBkaTAAEEF\
EL8CRQRAQQJBACAEIANBlqTAAEEJEL8CGyEGCyACQawCaiABQaiNwQAQKyACIAIpArACNwOAASAC\
IAIoArgCNgKIASACKAKsAiIDQQJHBEAgACACKALEAjYCHCAAIAIpArwCNwIUIAAgAigCiAE2AhAg\
ACACKQOAATcCCCAAIAM2AgQgAEGAgICAeDYCACACQeAAahCKAwwBCyACIAIpA4ABNwNwIAIgAigC\
iAE2AnggAkGsAmogAUHEjcEAECsgAiACKQKwAjcDoAEgAiACKAK4AjYCqAEgAigCrAIiA0ECRwRA\
IAAgAigCxAI2AhwgACACKQK8AjcCFCAAIAIoAqgBNgIQIAAgAikDoAE3AgggACADNgIEIABBgICA\
gHg2AgAgAkHwAGoQlQMgAkHgAGoQigMMAQsgAiACKQOgATcDkAEgAiACKAKoATYCmAEgAkGsAmog\
AUHgjcEAECsgAiACKQKwAjcDwAEgAiACKAK4AjYCyAEgAigCrAIiA0ECRwRAIAAgAigCxAI2Ahwg\
ACACKQK8AjcCFCAAIAIoAsgBNgIQIAAgAikDwAE3AgggACADNgIEIABBgICAgHg2AgAgAkGQAWoQ\
lQMgAkHwAGoQlQMgAkHgAGoQigMMAQsgAiACKQPAATcDsAEgAiACKALIATYCuAEgAkGsAmogAUH8\
jcEAEK4BIAItALACIQcgAigCrAIiA0ECRwRAIAAgAikAwAI3ABggACACKQC5AjcAESAAIAIpALEC\
NwAJIAAgBzoACCAAIAM2AgQgAEGAgICAeDYCACACQbABahCVAyACQZABahCVAyACQfAAahCVAyAC\
QeAAahCKAwwBCyACQawCaiABQZiOwQAQKiACKAK0AiEDIAIoArACIQQgAigCrAIiBUECRwRAIAAg\
AikCwAI3AhggACACKQK4AjcCECAAIAM2AgwgACAENgIIIAAgBTYCBCAAQYCAgIB4NgIAIAJBsAFq\
EJUDIAJBkAFqEJUDIAJB8ABqEJUDIAJB4ABqEIoDDAELIAQgA0GRpMAAQQUQvwIhCyACQawCaiAB\
QbSOwQAQhwEgAiACKQKwAjcD0AIgAiACKAK4AjYC2AICQAJAAkAgAigCrAIiA0ECRwRAIAIgAigC\
xAI2AogCIAIgAikCvAI3AoACIAIgAikD0AI3AvQBIAIgAigC2AI2AvwBDAELIAIgAikD0AI3A6AC\
IAIgAigC2AIiAzYCqAIgAkEQaiACKAKkAiADEE8gAiACKAIQIgMgAigCFCIFajYCzAIgAiADNgLI\
AgJ/AkADQCACQcgCahD0ASIEQYCAxABGDQEgBEEuRiAEQd8ARnIgBEEwa0EKSSAEQd///wBxQcEA\
a0EaSXJyDQALIAJB6AJqIgggAyAFEGggAkEANgKsAiACQQhqIAQgAkGsAmoiBRDIASACQYADaiIJ\
IAIoAgggAigCDBCXASACQfQCaiIDIAIoAoQDIAIoAogDEGggAkEDNgLAAiACQQM2ArgCIAJBAjYC\
sAIgAkHAjsEANgKsAiACIAM2ArwCIAIgCDYCtAIgAkHYAmpB8Z7AACAFEKoCIAMQigMgCRCKAyAI\
EIoDIAJBADYC8AEgAkEBOgCIAiACIAIpAtACNwL0ASACIAIpAtgCNwL8ASACIAIoAuACNgKEAkEA\
DAELIAJB9AFqIAMgBRCXAUECCyEDIAJBoAJqEIoDIARBgIDEAEYNAQsgACACKQKAAjcCFCAAIAIo\
AogCNgIcIAIgAigC/AEiATYC6AEgAiACKQL0ASIPNwPgASAAIAE2AhAgACAPNwIIIAAgAzYCBCAA\
QYCAgIB4NgIADAELIAIgAigC/AEiAzYC6AEgAiACKQL0ASIPNwPgASACIA83A9ABIAIgAzYC2AEg\
AkGsAmogAUHQjsEAEK4BIAItALACIQMCQCACKAKsAiIFQQJHBEAgACACKQDAAjcAGCAAIAIpALkC\
NwARIAAgAikAsQI3AAkMAQsgAkGsAmogAUHsjsEAEK4BIAItALACIQQgAigCrAIiBUECRwRAIAAg\
AikAwAI3ABggACACKQC5AjcAESAAIAIpALECNwAJIAQhAwwBCyACQawCaiABQYiPwQAQrgEgAi0A\
sAIhASACKAKsAiIFQQJHBEAgACACKQDAAjcAGCAAIAIpALkCNwARIAAgAikAsQI3AAkgASEDDAEL\
IAIgAikDYDcDICACIAIoAmg2AiggAiACKQNwNwIsIAIgAigCeDYCNCACIAIpA5ABNwM4IAIgAigC\
mAE2AkAgAiACKQOwATcCRCACIAIoArgBNgJMIAIgAigC2AE2AlggAiACKQPQATcDUCAAIAJBIGpB\
PPwKAAAgACAKOgBCIAAgBjoAQSAAIAE6AEAgACAEOgA/IAAgAzoAPiAAIAs6AD0gACAHOgA8DAIL\
IAAgAzoACCAAIAU2AgQgAEGAgICAeDYCACACQdABahCKAwsgAkGwAWoQlQMgAkGQAWoQlQMgAkHw\
AGoQlQMgAkHgAGoQigMLIAJBkANqJAALh0MCGX8BfiMAQZADayIFJAAgBUGIAmohCSABKAIEIRAg\
ASgCCCEPIAIoAhAhDiACKAIUIQggAigCHCEHIAIoAiAhCiMAQTBrIgYkAAJAAkAgCARAIAhBDGwh\
CANAIAhFDQIgCEEMayEIIA4oAgghCyAOKAIEIA5BDGohDiALIBAgDxBJRQ0ACwsgCkEMbCEOAkAD\
QCAORQ0BIA5BDGshDiAHKAIIIQggBygCBCEKIAdBDGohByAKIAggECAPEElFDQALIAZBCGoiDiAQ\
IA8QaCAGQRRqIgcgCiAIEGggBkEDNgIsIAZBAzYCJCAGIAc2AiggBiAONgIgIAlB6oXAACAGQSBq\
EKoCIAcQigMgDhCKAwwCCyAJQYCAgIB4NgIADAELIAZBIGoiDiAQIA8QaCAGQQM2AhggBiAONgIU\
IAlBnIvAACAGQRRqEKoCIA4QigMLIAZBMGokAAJAIAUoAogCQYCAgIB4RwRAIAAgBSgCkAI2Ahgg\
ACAFKQKIAjcCECAAQQE6ABwgAEIENwIIIABCADcCAAwBCyAFQRhqIQwjAEEwayIIJAAgCEGzhsEA\
NgIMIAhBsIbBADYCCCAIIAEoAgwiBjYCGCAIIAEoAhAiDjYCFCAIIAY2AhAgCCAGIA5qNgIcIAhB\
IGohCyMAQSBrIgckACAHIAEiDjYCDAJAIAhBCGoiCigCEARAIAdBEGohDSAHQQxqIRQjAEEQayIJ\
JAAgCkEQaiITKAIAIQYgEygCBCERA0ACQAJAAkAgBiARRgRAQYCAgIB4IQYMAQsgEyAGQQFqIgE2\
AgAgCSAUIAYtAAAQJyAJKAIAIgZBgICAgHhGDQEgDSAJKAIMNgIMIA0gCSkCBDcCBAsgDSAGNgIA\
IAlBEGokAAwBCyABIQYMAQsLIAcoAhAiBkGAgICAeEcEQCALIAcoAhw2AgwgCyAHKQIUNwIEDAIL\
IBNBADYCAAsCQCAKKAIARQ0AIAdBEGohDSMAQSBrIgkkACAJIA42AgggCSAKQQhqIhM2AgQgCigC\
ACEGIAooAgQhFCAJQQhqIREDQAJAAkACQCAGIBRGBEBBgICAgHghBgwBCyAKIAZBAWoiATYCACAJ\
IAYtAAAiBjoAHyATIAlBH2oQ3QJFDQEgCUEMaiARIAYQJyAJKAIMIgZBgICAgHhGDQEgDSAJKAIY\
NgIMIA0gCSkCEDcCBAsgDSAGNgIAIAlBIGokAAwBCyABIQYMAQsLIAcoAhAiBkGAgICAeEYNACAL\
IAcoAhw2AgwgCyAHKQIUNwIEDAELQYCAgIB4IQYLIAsgBjYCACAHQSBqJAACQCAIKAIgQYCAgIB4\
RwRAIAwgCCkCKDcCCCAMIAgpAiA3AgAMAQsgDEGAgICAeDYCAAsgCEEwaiQAAkACQAJ/AkACQAJA\
AkACQAJAAkACQCAFKAIYQYCAgIB4Rw0AIAItAEFBAWsOAgIAAQsgBUGEA2ohBiMAQSBrIgEkACAB\
QRBqIgggDigCIEEBIA4oAiQoAgwRAQACQCABLQAQIgdBA0cEQCAGQYCAgIB4NgIAIAdBBkYNASAI\
EO0BDAELIAFBCGogASgCGCABKAIcEE8gASgCDEUEQCAGQYCAgIB4NgIAIAFBFGoQigMMAQsgBiAB\
KAIcNgIIIAYgASkCFDcCAAsgAUEgaiQAIAUoAoQDQYCAgIB4Rg0CIAUgBSkChAM3A5ABIAUgBSgC\
jAMiBzYCmAEgBUGIAmohCSAFKAKUASEKIwBBIGsiCCQAAkACQCAHQdUATQRAIAggCjYCDCAIIAcg\
Cmo2AhAgCEEMaiILKAIAIQEgCygCBCEMA0AgDCABIgZHBEAgCyABQQFqIgE2AgAgBi0AAEH/AGtB\
/wFxQaEBSw0BCwsgBiAMRg0BCyAIQQxqIgEgCiAHEIMBIAhBAzYCHCAIIAE2AhggCUGNgcAAIAhB\
GGoQqgIgARCKAwwBCyAJIAogBxCXAQsgCUEANgIUIAlCgICAgBA3AgwgCEEgaiQAIAVBkAFqEIoD\
DAMLIABBEGogDkGzhsEAQQkQOiAAQQA6ABwgAEIENwIIIABCADcCAAwICyAFQZACaiAOQbyGwQBB\
ChA6IABCATcCACAAQQI6ABwgACAFKQKIAjcCCCAAIAUpApACNwIQIAAgBSgCmAI2AhgMBwsgAyAE\
KAIMEQUAIgZFDQEjAEGQAmsiASQAIAFBMGpBAEHBAPwLACABQgA3AyggAUHAl8EAKQMANwMgIAFB\
uJfBACkDADcDGCABQbCXwQApAwA3AxAgAUGol8EAKQMANwMIIAFBCGoiCEGotMAAIAZBARAyIAFB\
mAFqIgYgCEHwAPwKAAAgAUH4AGoiCCAGEB0gBiAIEFsgAUEDNgKMAiABIAY2AogCIAVBiAJqIghB\
yoPAACABQYgCahCqAiAGEIoDIAhBADYCFCAIQoCAgIAQNwIMIAFBkAJqJAALIAVBKGohBiAFQYgC\
aiEHIAIoAjQhCCACKAI4IQkjAEEwayIBJAACQCAIIAggCWoQvAJBGU8EQCABQRxqIgogCCAJEIMB\
IAFBECABKAIgIAEoAiRB9KrAABC7ASABIAEpAwA3AhQgAUECNgIsIAEgAUEUajYCKCABQQhqQY2B\
wAAgAUEoahCqAiAKEIoDDAELIAFBCGogCCAJEJcBCyAGIAEpAgg3AgwgBiABKAIQNgIUIAYgBygC\
CDYCCCAGIAcpAgA3AgAgB0EMahCKAyABQTBqJAAgAigCKCIKIQcgAigCLCILIA4oAiAhFCAOKAIk\
IhkhCSMAQTBrIggkAEEMbCEGIAkoAhAhDANAIAYiAQRAIAhBCGoiBiAHKAIEIg0gBygCCCITEMEC\
IAggBhBQIAFBDGshBiAHQQxqIQcgFCAIKAIAIgkgDSAJGyAIKAIEIBMgCRsgDBEEAEUNAQsLIAhB\
MGokACABQQBHIQhBAiEHAkAgAi0AQiIaQQNHDQAgDigCFCIBRQ0AIAEtACQhBwsCQCAFKAIYQYCA\
gIB4Rg0AIAItADwgDi0AHAJ/QQAgAi0AP0EBRw0AGkEAIA4oAhgiCUUNABogCS0AIgshEnEhGyAC\
LQA+QQFHDQAgDi0AHSEVC0EBIQYgCCAHQQJHckUEQEEBIRNBACEBQQAgEiACLQBAIgZyIBVyQQFx\
RQ0EGgsgAyAEKAIMEQUAIgEEQEEAIRMgCA0CDAMLIABCgICAgICAgICAfzcCAAwECyAAQoCAgICA\
gICAgH83AgAMBAsjAEFAaiIEJAAgC0EMbCEIA0AgCARAIARBGGoiCyAKKAIEIAooAggQwQIgBEEM\
aiEJIwBB0ABrIgMkACADQRBqIAsQUAJAIAMoAhAiDQRAIAMoAhQhESADQQhqQQRBBEEIELIBIAMo\
AgghFiADKAIMIgwgETYCBCAMIA02AgAgA0EBNgIkIAMgDDYCICADIBY2AhwgA0EoaiIRIAtBKPwK\
AAAgA0EcaiELIwBBEGsiDCQAA0ACQCAMQQhqIBEQUCAMKAIIIhZFDQAgDCgCDCEXIAsoAggiDSAL\
KAIARgRAIAtBARC6AgsgCygCBCANQQN0aiIYIBc2AgQgGCAWNgIAIAsgDUEBajYCCAwBCwsgDEEQ\
aiQAIAkgAygCJDYCCCAJIAMpAhw3AgAMAQsgCUEANgIIIAlCgICAgMAANwIACyADQdAAaiQAIAEg\
BCgCECAEKAIUEKgBIAhBDGshCCAKQQxqIQogCRCJAwwBCwsgBEFAayQACyAGCyEXIAVBQGshCSMA\
QRBrIggkACAIIA4oAiBBAiAOKAIkKAIMEQEAAkACQAJAAkAgCC0AACIEQQNGBEAgCCgCCCEEIAgo\
AgwhEUEAIQtBACEGIwBB4ABrIgMkACADQQA2AlwgAyARNgJYIAMgBDYCVCADQcgAaiADQdQAaiIE\
QQQQgAECQCADKAJIQQFxRQ0AIAMoAkwhDCAEQS0Q3wFFDQAgA0FAayAEQQIQgAEgAygCQEEBcUUN\
ACADKAJEIQogBEEtEN8BRQ0AIANBOGogBEECEIABIAMoAjhBAXFFIApBAWtBC0tyDQAgAygCPCIN\
RQ0AQR8hBAJAIApBC0sNAEEBIAp0QdAUcUUEQCAKQQJHDQEgDEEDcUUEQEEdIQQgDEGQA3BFIAxB\
5ABwcg0CC0EcIQQMAQtBHiEECyAEIA1JDQAgA0EwaiADQdQAaiIEEMABIAMtADBFDQAgAy0AMSIK\
QSBGIApB9ABGckUgCkHUAEdxDQAgA0EoaiAEQQIQgAEgAygCKEEBcUUNACADKAIsIARBOhDfAUUN\
ACADQSBqIARBAhCAASADKAIgQQFxRQ0AIAMoAiQhHAJAIAMoAlwiCiADKAJYTw0AIAMoAlQgCmot\
AABBOkcNACADIApBAWo2AlwgA0EYaiAEQQIQgAEgAygCGEEBcUUNASADKAIcIQYgAygCXCIKIAMo\
AlgiDE8NACADKAJUIhYgCmotAABBLkcNACAKQQFqIg0hBCADAn8DQCAMIAQgDEYNARogBCAWaiAE\
QQFqIQQtAABBMGtB/wFxQQpJDQALIARBAWsLIgQ2AlwgBCAKTSAEIAxLckUEQCAEIA1GDQIgBCAN\
a0ECTQ0BIAQgCmtBBGshBCANIBZqQQNqIQoDQCAERQ0CIARBAWshBCAKLQAAIApBAWohCkEwRg0A\
CwwCCyANIAQgDEHIj8EAEDcAC0EXSyAcQTtLciAGQTtLcg0AIANBEGogA0HUAGoQwAEgAy0AEEUN\
AAJAAkACQCADLQARIgRBK2sOAwEDAQALIARB+gBGDQEgBEHaAEcNAgwBCyADQQhqIANB1ABqQQIQ\
gAEgAygCCEEBcUUNASADKAIMIQYCQCADKAJcIgQgAygCWE8NACADKAJUIARqLQAAQTpHDQAgAyAE\
QQFqNgJcCyADIANB1ABqQQIQgAEgAygCAEEBcUUgBkEXS3INASADKAIEQTxPDQELIAMoAlwgEUYh\
CwsgA0HgAGokACALDQEgCC0AACEECyAJQYCAgIB4NgIAIARBA2sOBAIBAQMBCyAJIAgoAgw2Aggg\
CSAIKQIENwIAIAgtAABBA2sOBAIAAAIACyAIEO0BDAELIAhBBGoQigMLIAhBEGokACAFIAk2AlQg\
BSAFQShqNgJQIAUgBUEYajYCTCAFIA5BDGo2AlwgBSACNgJYAn8gBSgCGEGAgICAeEYEQEECIQRB\
AAwBC0EBQQIgBS0AJCIDQQFGG0EAIAMbIQRBACATDQAaAn9BACEDAkACQAJAQQFBAiAFQRhqLQAM\
IgZBAUYbQQAgBhsOAwEAAgALIAFBvKjAAEEIEHciBkUNASAGQQRqQQAgBi0AAEEFRhsMAgsgASED\
CyADCwshCAJAIAFBACASIBVyQQFxG0UEQCAFQQA2AmggBUKAgICAwAA3AmAMAQsgBSgCREEAIAUo\
AkBBgICAgHhHGyEKIAUoAkghCyMAQTBrIgMkACADQQA2AhwgA0KAgICAwAA3AhQgA0EIaiABEH4g\
AygCCCIGBEAgA0EgaiIJIAYgAygCDBDSAiADQRRqQczKwABBBCAJEHYLIAVB4ABqIQlBUCEGA0Ag\
BgRAIAEgBkGA/8AAaigCACAGQYT/wABqKAIAEHgiDARAIANBIGoiDSAMEHQgA0EUaiAGQfj+wABq\
KAIAIAZB/P7AAGooAgAgDRB2CyAGQRBqIQYMAQsLAkACQCADQRRqIgZBzMrAAEEEEPICDQAgBkGk\
/sAAQRIQ8gINACAJQQA2AgggCUKAgICAwAA3AgAgBhCTAwwBCyAKBEAgA0EgaiIGIAogCxDSAiAD\
QRRqQfj+wABBDiAGEHYLIAkgAygCHDYCCCAJIAMpAhQ3AgALIANBMGokAAsgBUEQakEDQQRB6AAQ\
sgEgBUEANgJ0IAUgBSkDEDcCbAJAIBtBAXNBAXFFIARBAkdxRQRAIAVBADYCgAEgBUKAgICAwAA3\
AngMAQsgBSAEOgCQASAFIAI2ApwCIAUgGTYClAIgBSAUNgKQAiAFQfCGwQA2AowCIAVByIbBADYC\
iAIgBSAFQZABajYCmAIgBUH4AGohCSMAQUBqIgMkACADQRBqIAVBiAJqIgYQ7gECQCADKAIQIgsE\
QCADKAIUIQwgA0EIakEEQQRBCBCyASADKAIIIQ0gAygCDCIKIAw2AgQgCiALNgIAIANBATYCJCAD\
IAo2AiAgAyANNgIcIAMgBikCEDcDOCADIAYpAgg3AzAgAyAGKQIANwMoIANBHGohBiADQShqIQwj\
AEEQayIKJAADQAJAIApBCGogDBDuASAKKAIIIg1FDQAgCigCDCEUIAYoAggiCyAGKAIARgRAIAZB\
ARC6AgsgBigCBCALQQN0aiIRIBQ2AgQgESANNgIAIAYgC0EBajYCCAwBCwsgCkEQaiQAIAkgAygC\
JDYCCCAJIAMpAhw3AgAMAQsgCUEANgIIIAlCgICAgMAANwIACyADQUBrJAALAn8CQAJAIBJBAXEE\
QCAFKAKAASEDDAELIAUoAoABIQMgAi0AQEUEQEEBIANFIARBAkZyDQMaIAVBqAJqIAVBzABqQQEQ\
QyAFIAQ6AJgCIAVBATYCiAIgBSAFKAKAATYClAIgBSAFKQJ4NwKMAiAFQewAaiAFQYgCahD/AUEA\
DAMLIANFDQELAkAgCEEAIAMbRQRAIAVBADYCjAMgBUKAgICAwAA3AoQDDAELIAVBhANqIAUoAnwg\
AyAIENUBCyAFKAJoQRxsIQMgBSgCZCEEA0AgAwRAIAQoAgghBiAEKAIEIQkgBUGIAmoiCiAEQQxq\
EHQgBUGEA2ogCSAGIAoQdiADQRxrIQMgBEEcaiEEDAELCyAFKAKMAwRAIAVBqAJqIAVBzABqQQEQ\
QyAFIAUoAowDNgKYASAFIAUpAoQDNwOQASAFQZACaiAFQdgAaiAFQZABahCQASAFQoGAgICQgICA\
gH83AogCIAVB7ABqIAVBiAJqEP8BDAELIAVBhANqEJMDC0EBCyEMAkAgFSAFKAIYQYCAgIB4R3FF\
DQACQAJAIAhFDQAgBUGIAmpB9P3AAEEGIAgQ1QEgBSgCiAJBgICAgHhGDQAgBSAFKAKQAjYCgAIg\
BSAFKQKIAjcD+AEMAQsgBUEANgKAAiAFQoCAgIDAADcD+AELIAUoAmhBHGwhAyAFKAJkIQQDQCAD\
BEAgBCgCCCEGIAQoAgQhCSAFQYgCaiIKIARBDGoQdCAFQfgBaiAJIAYgChB2IANBHGshAyAEQRxq\
IQQMAQsLIAUoAoACBEAgBUGoAmogBUHMAGpBAhBDIAVBhANqIAVBGGoQqwEgBSAFKAKAAjYCmAEg\
BSAFKQP4ATcDkAEgBUGQAmogBUHYAGogBUGQAWoQkAEgBUKCgICAkICAgIB/NwKIAiAFIAUpAoQD\
NwKcAiAFIAUoAowDNgKkAiAFQewAaiAFQYgCahD/AQwBCyAFQfgBahCTAwtBgoCAgHghBCATIAFB\
ACAXQQFxGyIDRXJFBEAgBUGEA2ogARBOAkAgB0ECRg0AIAVBkAFqIQYgCCADIAgbIAEgB0EBcSIE\
GyEDIwBBMGsiASQAIAFBADYCHCABQoCAgIDAADcCFAJAIAQEQCADQZj9wABBARB4IgNFDQEgAUEg\
aiIEIAMQdCABQRRqQaD9wABBDCAEEHYMAQsgA0HY/MAAQQEQeCIEBEAgAUEgaiIIIAQQdCABQRRq\
QeD8wABBECAIEHYLAkAgA0Hw/MAAQQEQeCIERQRAIANBrP3AAEEBEHgiBEUNAQsgAUEgaiIIIAQQ\
dCABQRRqQfj8wABBDiAIEHYLIAFBCGogAxB+IAEoAggiA0UNACABQSBqIgQgAyABKAIMENICIAFB\
FGpBhv3AAEEPIAQQdgsgBiABKAIcNgIIIAYgASkCFDcCACABQTBqJAAgBSgCmAFBHGwhAyAFKAKU\
ASIEQQxqIRIDQAJAAkAgAwRAIAVBhANqIAQoAgQiASAEKAIIIgYQ8gJFDQEMAgsgBUGQAWoQkwMM\
AwsgBUGIAmoiCCASEHQgBUGEA2ogASAGIAgQdgsgBEEcaiEEIANBHGshAyASQRxqIRIMAAsACyAF\
IAUoAowDNgKQAiAFIAUpAoQDNwOIAiAFQYQBaiAFQdgAaiAFQYgCahCQAUGBgICAeCEECyAFQbAB\
aiAFQcwAakEAEEMgBUGkAWohEiMAQSBrIgkkAAJAAkACQAJAAkAgGkEBaw4DAwABAgsgEiAQIA8Q\
lwEMAwsgCUEIaiAQIA8QLSAJKAIQIgFFDQEgAS0AJEECRg0BIBIgASgCFCABKAIYEJcBDAILIAlB\
LjoAHiAJQd8AOgAfIAkgEDYCCCAJIA8gEGo2AgwgCSAJQR9qNgIUIAkgCUEeajYCECMAQSBrIgEk\
ACABQQhqIAlBCGoiAygCBCADKAIAa0EBQQEQsgEgAUEANgIcIAEgASkDCDcCFCMAQRBrIgYkACAB\
QRRqIgggAygCBCADKAIAaxC3AiAIKQIEIR4gBiAIQQhqNgIEIAYgHkIgiTcCCCAGQQRqIhAoAgQh\
CCAQKAIAIAMoAgAiByADKAIEIgpHBEAgECgCCCEQIAMoAgwhFSADKAIIIQsgCiAHayEDA0AgCCAQ\
aiAHLQAAIgogCy0AAEYEfyAVLQAABSAKCzoAACAHQQFqIQcgCEEBaiEIIANBAWsiAw0ACwsgCDYC\
ACAGQRBqJAAgEiABKAIcNgIIIBIgASkCFDcCACABQSBqJAAMAQsjAEHgAGsiByQAIAdBGGogD0EI\
ahD5ASAHQQE7AUAgB0EANgI8IAcgDyAQajYCOCAHIBA2AjQgByAPNgIwIAcgEDYCLCAHIA82Aigg\
B0EANgIkIAdBNGohEwNAIAcoAiwhAwJAAn8CQANAIAcoAjQhBiAHKAI4IQggB0EQaiATEIQBIAco\
AhQiAUGAgMQARg0BIAFB/wBLIAFBOmtBdUtyIAFB3wBxQdsAa0FlS3INAAsgBygCJCEBIAcgBygC\
NCAHKAIQIhAgCCAGa2pqIAcoAjhrNgIkIBAgAWshFSABIANqDAELIActAEENASAHQQE6AEEgBy0A\
QEUgBygCKCIDIAcoAiQiAUZxDQEgAyABayEVIAcoAiwgAWoLIRBBACEGIAdBADYCTCAHIBA2AkQg\
ByAQIBVqNgJIIAdB1ABqIQgjAEEwayIBJAAgAUEIaiAHQcQAaiIDEIQBAkAgASgCDCIKQYCAxABH\
BEAgASgCCCELIAFBAyADKAIEIAMoAgBrIg9BAnYgD0EDcUEAR2oiDyAPQQNNG0EBakEEQQgQsgEg\
ASgCACENIAEoAgQiDyAKNgIEIA8gCzYCACABQQE2AhwgASAPNgIYIAEgDTYCFCABIAMoAgg2Aigg\
ASADKQIANwMgIAFBFGohAyABQSBqIQojAEEQayIPJAADQAJAIA9BCGogChCEASAPKAIMIg1BgIDE\
AEYNACAPKAIIIRQgAygCCCILIAMoAgBGBEAgAyAKKAIEIAooAgBrIhFBAnYgEUEDcUEAR2pBAWoQ\
ugILIAMoAgQgC0EDdGoiESANNgIEIBEgFDYCACADIAtBAWo2AggMAQsLIA9BEGokACAIIAEoAhw2\
AgggCCABKQIUNwIADAELIAhBADYCCCAIQoCAgIDAADcCAAsgAUEwaiQAIAdBADYCTCAHQoCAgIDA\
ADcCREEBIQNBASAHKAJcIg8gD0EBTRshFANAIAYhCCADQQN0QQxqIQoCQANAIAMgFEcEQEEBIQsg\
B0HUAGoiASADQcyjwAAQogIiBigCBCAGKAIAIQYgASADQQFrQdyjwAAQogIhESAPIANBAWoiAUsE\
QCAHKAJYIApqKAIAQfsAa0FmSSELC0HBAGtBGkkEQCARKAIEIg1B4QBrQRpJIA1BMGtBCklyIAtF\
IA1B2wBrQWVLcXINAwsgCkEIaiEKIAEhAwwBCwsgCCAVSQRAIAcgCCAQIBVBvKPAABCsASAHQcQA\
aiAHKAIAIAcoAgQQ7wELIAcoAkwhASAHKAJIIQMgBygCRCEGIAdB1ABqEIkDIAcgAyABQQN0aiIK\
NgJQIAcgBjYCTCAHIAM2AkggByADNgJEA0AgAyAKRwRAIAcgA0EIajYCSCADKAIEIQYgAygCACEB\
IAcoAiAEQCAHQRhqQSAQowELIAcgATYCVCAHIAEgBmo2AlggB0HUAGoQ9AEiAUGAgMQARwRAIAdB\
GGoiAyABQd8AcSABIAFB4QBrQRpJGxCjASADIAcoAlQiASAHKAJYIAFrENoBCyAHKAJIIQMgBygC\
UCEKDAELCyAHQcQAahCvAiAHLQBBRQ0DDAILIAdBCGogECAVIAggBkHso8AAEHMgB0HEAGogBygC\
CCAHKAIMEO8BIANBAWohAwwACwALCyASIAcoAiA2AgggEiAHKQIYNwIAIAdB4ABqJAALIAlBIGok\
ACAFIAQ2ApQBIAVBADYCkAEgBSAFKQKEATcCmAEgBSAFKAKMATYCoAEgAi0APgRAAkAgBSgCGEGA\
gICAeEcEQCAFQYgCaiAFQRhqEKsBDAELIAVBgICAgHg2AogCCyAFQewBahDeAiAFIAUoApACNgL0\
ASAFIAUpAogCNwLsAQsgBUGIAmoiASAFQZABakHoAPwKAAAgBUHsAGogARD/ASAFKAJ0QegAbCED\
IAUoAnAhBAJAAkACQAJAA0AgA0UNASAFQQhqIgEgBCgCHDYCBCABQQAgBCgCGCAEKAIAGzYCACAF\
KAIIBEAgBSgCDEUNAwsCQCAEQThqEPEBDQAgBEHEAGoQ8QENACAFIAQoAgAQ9gEgBSAFKQMANwL4\
ASAFQYQDaiICIA4Q8AIgBUEDNgKUAiAFQQI2AowCIAUgAjYCkAIgBSAFQfgBajYCiAIgBUH4AmpB\
op7AACAFQYgCahCqAgwECyAEQShqIQEgBEEkaiADQegAayEDIARB6ABqIQQoAgAiAiACIAEoAgBq\
ELwCQeUASQ0ACyAFQYQDaiICIA4Q8AIgBUEBNgKUAiAFQcSPwQA2ApACIAVBAzYCjAIgBSACNgKI\
AiAFQfgCakHUjMAAIAVBiAJqEKoCDAILIAAgBSgCdDYCDCAAIAUpAmw3AgQgAEGAgICAeDYCECAA\
QQA2AgAgDEUNAiAFQfgAahCJAwwCCyAFQYgCaiICIA4Q8AIgBUEDNgKIAyAFIAI2AoQDIAVB+AJq\
QcSLwAAgBUGEA2oQqgILIAIQigMgAEIBNwIAIAAgBSkC8AI3AgggACAFKQL4AjcCECAAIAUoAoAD\
NgIYIABBAToAHCAMBEAgBUH4AGoQiQMLIAVB7ABqEJQDIAVB4ABqEJMDIAVBQGsQ3gIMAQsgBUHg\
AGoQkwMgBUFAaxDeAiAFQShqEPUCIAVBGGoQ3gIMAgsgBUEoahD1AgsgBUEYahDeAgsgBUGQA2ok\
AAuPEQIQfwF+IwBBoAFrIgMkACADQQA2AhwgA0KAgICAwAA3AhQgA0H8AGohCCADQYQBaiENIANB\
PGohCSADQTRqIQogA0HYAGpBAnIhDiADQfoAaiEPIANB3ABqIQsDQCABKAIkIgQgASgCICIGIAQg\
BksbIQYgASgCHCEHAkACQAJAAkACQAJAAkACQANAAkACQAJAAn8CQAJAAkACQAJAIAQgBkYEQCAG\
IQQMAQsgBCAHai0AACIFQQlrQQJJDQcCQCAFQSBrDgMIAQQACyAFQQ1GDQcgBUHbAEYNAiAFQfsA\
Rg0BCyADQfgAaiABEBsgAy0AfCEFIAMoAngiBkECRw0FIAVB5gBHBEBBACAFQe4ARg0FGiAFQfQA\
Rg0EIANBCGogASgCFCABKAIYIAQgASgCJEGcr8AAEHMgA0GUAWogAygCCCADKAIMEJcBIA8gAygC\
nAE2AAggDyADKQKUATcAACADIAMpAHg3AzAgAyADKQB+NwE2QQIMBQtBACEQQQEMBAsgA0H4AGog\
ASADKAIcIAJqEJEBIAMoAngiBEECRwRAIAAgAykCgAE3AgggACADKQKIATcCECAAIAMoApABNgIY\
IAAgAygCfDYCBCAAIAQ2AgAMEAsgASgCJEEBaiEEIAEoAiAhBiABKAIcIQcDQCABIAQ2AiQgBCAG\
Tw0MIAQgB2otAAAiDEEJayIFQRdLQQEgBXRBk4CABHFFcg0LIARBAWohBAwACwALIANB+ABqIAEg\
AygCHCACahCRASADKAJ4IgRBAkcEQCAAIAMpAoABNwIIIAAgAykCiAE3AhAgACADKAKQATYCGCAA\
IAMoAnw2AgQgACAENgIADA8LIAEoAiRBAWohBCABKAIgIQYgASgCHCEHA0AgASAENgIkIAQgBk8N\
CCAEIAdqLQAAIgxBCWsiBUEXS0EBIAV0QZOAgARxRXINBiAEQQFqIQQMAAsACyADQfgAaiABEHUg\
AyAIKQIANwMwIAMgCCgCCDYCOCADKAJ4IgRBAkcEQCAAIAMoApABNgIYIAAgAykCiAE3AhAgACAD\
KAI4NgIMIAAgAykDMDcCBCAAIAQ2AgAMDgsgCyADKAI4NgIIIAsgAykDMDcCACADQQM6AFgMDAtB\
ASEQQQELIQQgAyADKQE2NwEmIAMgAykDMDcDICAOIAMpAyA3AQAgDiADKQEmNwEGIAMgEDoAWSAD\
IAQ6AFgMCgsgAyADKQGEATcBNiADIAMpAX43AzAgAyADKQMwNwMgIAMgAykBNjcBJiADLQB9IQEg\
AykCjAEhEyAAIAMpASY3AQwgACADKQMgNwEGIAAgEzcCFCAAIAE6AAUgACAFOgAEIAAgBjYCAAwK\
CyABIARBAWoiBDYCJAwBCwsgDEHdAEYNAQsgA0IENwKAASADQoCAgIAINwJ4IANBFGogA0H4AGoQ\
ygEMBwsgASAEQQFqNgIkIANBADYCZCADQoCAgIDAADcCXCADQQQ6AFgMBAsgDEH9AEYNAQsgA0H4\
AGogAUEBECIgAyAIKQIANwMwIAMgCCgCCDYCOCADKAJ4IgRBAkYNASAAIAMoApABNgIYIAAgAykC\
iAE3AhAgACADKAI4NgIMIAAgAykDMDcCBCAAIAQ2AgAMAwsgASAEQQFqNgIkIANBADYCZCADQoCA\
gIDAADcCXCADQQU6AFgMAQsgDSADKAI4NgIIIA0gAykDMDcCACADQQA2AoABIANCgICAgMAANwJ4\
IANBFGogA0H4AGoQygEMAgsDQAJAAkAgAygCHCIERQ0AIAMgBEEBayIENgIcIAMgAygCGCAEQRhs\
aiIEKQIENwN4IAMgBCkCDDcDgAEgAyAEKAIUNgKIASAEKAIAIgZBgYCAgHhGDQAgCiADKQN4NwIA\
IAogAykDgAE3AgggCiADKAKIATYCECADIAY2AjAgASgCHCEMIAEoAiAhByABKAIkIQQDQCAEIAdP\
IhENAiAEIAxqLQAAIgVBCWsiEkEXS0EBIBJ0QZOAgARxRXINAiABIARBAWoiBDYCJAwACwALIAAg\
AykCYDcCDCAAIAMpAlg3AgQgAEECNgIADAILAkACQAJAAkAgBkGAgICAeEcEQCANIAMpAlg3AgAg\
DSADKQJgNwIIIAMgCSgCCDYCgAEgAyAJKQIANwN4IANBADYCRCADQoCAgIAQNwI8IANBMGogA0H4\
AGoQtQEgBCAHSQRAIAVB/wFxIgRB/QBGDQUgBEEsRg0CCyAAIAFBm63AAEEKEGQMAgsgCiADQdgA\
ahDdAQJAIBFFBEAgBUH/AXEiBEHdAEYNBSAEQSxGDQELIAAgAUGlrcAAQQoQZAwCCyABIAEoAiRB\
AWo2AiQgAyADKQJANwOIASADIAMpAjg3A4ABIAMgAykCMDcDeCADQRRqIANB+ABqEMoBDAYLIAEg\
ASgCJEEBajYCJCADQfgAaiABQQEQIiADIAgpAgA3A0ggAyAIKAIINgJQIAMoAngiBEECRg0BIAAg\
AygCkAE2AhggACADKQKIATcCECAAIAMoAlA2AgwgACADKQNINwIEIAAgBDYCAAsgA0EwahCrAgwD\
CyAJEIoDIAkgAygCUDYCCCAJIAMpA0g3AgAgAyADKQJANwOIASADIAMpAjg3A4ABIAMgAykCMDcD\
eCADQRRqIANB+ABqEMoBDAMLIAEgASgCJEEBajYCJCADKAIwQYCAgIB4RwRAIAMgAygCODYCcCAD\
IAMpAjA3A2ggCyADQegAahAQIANBBToAWCADKAIwQYCAgIB4Rg0BIAkQigMFIAsgCigCCDYCCCAL\
IAopAgA3AgAgA0EEOgBYCwwACwALCyADQRRqIgIiASgCCCEAIAEoAgQhAQNAIAAEQCAAQQFrIQAg\
ARCrAiABQRhqIQEMAQsLIAIQjgMgA0GgAWokAAvTCwIQfwN+IwBBoAFrIgIkACACQegAaiAAIAFB\
LRDGASACKAJsIQQgAiACKAJoIgkgACAJGyIANgKQASACIAQgASAJGyIFNgKMASACIAA2AogBIAJC\
5YCAgNAINwOAASACIAAgBWo2ApQBIAJBADYCmAEgCUEARyENIAJBkAFqIQcCQAJAAkADQCACQeAA\
aiAHEIQBIAIoAmQiAUGAgMQARg0BIAIoAmAhBCACIAE2AnQgAkGAAWohA0EIIQEgAkH0AGooAgAh\
CgNAIAEiBgRAIAFBBGshASADKAIAIQsgA0EEaiEDIAogC0cNAQsLIAZFDQALIAJB2ABqIAQgACAF\
QcS0wAAQuwEgAigCXCEHIAIoAlghAyACQdAAaiAEQQFqIAAgBUHUtMAAEKwBQQQhBiACKAJQIQEC\
QAJAAkAgAigCVCIADgIFAAELIAEtAAAiBEEraw4DBAEEAQsgAS0AACEECwJAAkACQCAEQf8BcUEr\
aw4DAQIAAgsgAEEBayEEIAFBAWohASAAQRFPBEADQCAERQ0FIAJBQGsgEiASQj+HEH0gAikDSCAC\
KQNAIhJCP4dSDQYgAkE4aiABLQAAQQoQ4gEgAigCOEEBRw0GIAI1AjwiE0IAUiASIBIgE30iElVz\
DQYgAUEBaiEBIARBAWshBAwACwALA0AgBEUNBCACQTBqIAEtAABBChDiASACKAIwQQFHDQUgAUEB\
aiEBIARBAWshBCASQgp+IAI1AjR9IRIMAAsACyAAQQFrIQAgAUEBaiEBCyAAQRBPBEADQCAARQ0D\
IAJBIGogEiASQj+HEH0gAikDKCACKQMgIhJCP4dSDQQgAkEYaiABLQAAQQoQ4gEgAigCGEEBRw0E\
IBIgAjUCHCASfCISVQ0EIAFBAWohASAAQQFrIQAMAAsACwNAIABFDQIgAkEQaiABLQAAQQoQ4gEg\
AigCEEEBRw0DIAFBAWohASAAQQFrIQAgAjUCFCASQgp+fCESDAALAAsgBSEHIAAhAwsgAkGAAWoi\
ACADIAcQoQEgAkH0AGogABAxAn8gAigCdEEBRgRAIAMgAigCfCIAaiEEIAcgAGshBSACKAJ4IQgg\
AwwBC0EACyEBQQAhBiACQQA6AJABQQEhACACIARBASABGyIENgKIASACIAEgAyABGyIKNgKAASAC\
IAQgBUEAIAEbIg5qIg82AowBIAIgCiAIIAcgARsiC2oiEDYChAEgAkEIaiEIIAJBkAFqIQFBACEH\
IwBBEGsiAyQAAkACQCACQYABaiIFKAIABEADQAJAIANBCGogBRDsASADLQAIRQ0AIAMtAAlBMEcN\
AyAHQQFqIQcMAQsLIAVBADYCAAsgBSgCCEUNASAFQQhqIREDQCADIBEQ7AEgAy0AAEUNAiADLQAB\
QTBHDQEgB0EBaiEHDAALAAtBASEMIAFBAToAAAsgCCAHNgIEIAggDDYCACADQRBqJABCASETAkAg\
AigCDCIHIAsgDmoiCEcEQCACQQA6AJABIAIgDzYCjAEgAiAENgKIASACIBA2AoQBIAIgCjYCgAFB\
ACEDIwBBEGsiBiQAAkACQCAFIgAoAggEQCAAQQhqIQUDQAJAIAZBCGogBRDkASAGLQAIRQ0AIAYt\
AAlBMEcNAyADQQFqIQMMAQsLIAVBADYCAAtBACEFIAAoAgBFDQEDQCAGIAAQ5AEgBi0AAEUNAiAG\
LQABQTBHDQEgA0EBaiEDDAALAAtBASEFIAFBAToAAAsgAiADNgIEIAIgBTYCACAGQRBqJAAgCCAH\
IAIoAgRqayIAQRBPIAutIAetfSIUIBJ8IhNCP4dCgICAgICAgICAf4UgEyASQgBTIBMgFFNzGyIT\
QqwCfELYBFZyDQEgDSEGCyAAIBMQcCAGaiEGDAELQREgACAAQRFPGyIBIBMQcCEAIAlBAEdBBCAB\
IBNCAXwQcCIBIAAgACABSRsiACAAQQRNG2ohBgsgAkGgAWokACAGC4IJAgh/AX4jAEHQAGsiBCQA\
IAEgASgCJEEBaiIHNgIkA0AgASgCICEIIAEoAhwiCSEFQQAhBiABAn8CQANAIAYgB2oiA0F3SyAD\
QQhqIAhLcg0BIAUgB2ogBUEIaiEFIAZBCGohBikAACILQn+FIAtC4MGDh46cuPBgg0KBgoSIkKDA\
gAF9IAtCosSIkaLEiJEihUKBgoSIkKDAgAF9IAtC3Ljx4sWLl67cAIVCgYKEiJCgwIABfYSEg0KA\
gYKEiJCgwIB/gyILUA0ACyAHIAt6p0EDdmogBmpBCGsMAQsDQCADIAhJIQUgAyAJaiADQQFqIQNB\
ACAFGxCOAg0ACyADQQFrCyIDNgIkIAIEQCAEQRBqIAEoAhQgASgCGCAHIANB6K3AABBzIAIgBCgC\
ECAEKAIUENoBIAEoAiAhCCABKAIcIQkgASgCJCEDCwJAAkACQCADIAhJBEAgAyAJai0AACIFQdwA\
Rg0CIAVBIkYNASAAIAFB+K3AAEHCABDpAgwDCyAAIAFBr63AAEEdEOkCDAILIABBAjYCACABIANB\
AWo2AiQMAQsCQAJAAkACQAJAIAggA0EBaiIGSwRAAkACQAJAAkACQAJAAkACQAJAAkACQCAGIAlq\
LQAAIgVB7gBrDggFAQEBBgEHCAALAkAgBUHiAGsOBQMBAQEEAAsgBUEiRg0JIAVBL0YNASAFQdwA\
Rg0ICyAEQRhqIAEgBkHMrcAAQRoQWQwKC0EvIQUMBwtBCCEFDAYLQQwhBQwFC0EKIQUMBAtBDSEF\
DAMLQQkhBQwCCyADQQJqIQUCQCADQQZqIgcgCEsgA0F5S3INACAEQQhqIAUgCWoQhgEgBC8BCEEB\
cUUNACAELwEKIQgMBgsgBEE0aiABIAVBvK/AAEEhEFkgBC8BOCEIIAQoAjQiBkECRg0FIAQgBCkB\
SDcBLCAEIAQpAUI3ASYgBCAEKQE6NwEeIAQgCDsBHAwEC0HcACEFCyABIANBAmo2AiQMBAsgBEEY\
aiABIAZBr63AAEEdEFkLIAQoAhgiBkECRg0DCyAAIAQpAiw3AhQgACAEKQIkNwIMIAAgBCkCHDcC\
BCAAIAY2AgAMAwsgASAHNgIkAkAgCEGA+ANxIgZBgLgDRg0AIAZBgLADRgRAIAQgASgCHCIGIAdq\
QQAgByABKAIgIglJGzYCNCAEQTRqIgpBsK/AABD7AQ0BIAQgBiADQQdqIgdqQQAgByAJSRs2AjQg\
CkG4r8AAEPsBDQEgA0EMaiIHIANBCGoiA0kgByAJS3INASAEIAMgBmoQhgEgBC8BAEEBcUUNASAE\
LwECIgNBgPgDcUGAuANHDQEgASAHNgIkQf3/A0GAgMQAIAhB//8DcUEKdCADakGAuP8aayIDIANB\
gLADc0GAgMQAa0GAkLx/SRsiAyADQYCAxABGGyEFDAILQf3/AyAIQf//A3EiAyADQYCwv39zQYCQ\
vH9JGyEFDAELIAEgBRCAAkH9/wMhBQsgAkUNACACIAUQowELIAEoAiQhBwwBCwsgBEHQAGokAAuu\
CwILfwF+IwBBgAFrIgIkAAJAIAEoAggiB0ERTwRAIAJB5ABqIAcQnAEgAigCbCEEIAIoAmghAyAC\
IAE2AkggAyAEIAJByABqQdCwwAAQFiAEQQFqIQYCQANAIAZBAWsiBkECSQ0BIAEgAygCAEG4ssAA\
EKMCIAEgA0EEaiIDKAIAQciywAAQowIQgAMNAAsgAkEoakEBIAEoAggQYyACKAJsIQMgAkEAOgBQ\
IAIgAzYCTCACQQE2AkhBACEEA0AgBCEDAkACQANAIAJBEGogAkHIAGoQpgEgAigCEEEBRw0BIAIo\
AhQiBCACKAJsRwRAIAEgAkHkAGoiBSAEQeiwwAAQpAIoAgBB+LDAABCjAiABIAUgA0GIscAAEKQC\
KAIAQZixwAAQowIQgANFDQELCyACQeQAaiIFIANBqLHAABCkAigCACIGIAUgBEEBa0G4scAAEKQC\
KAIAIgVGDQIgASAFQcixwAAQowIiBSkCDCENIAVBADoADCACIAUpAhQ3A3ggAiANNwNwIAEgBkHY\
scAAEKMCIgVBDGoQ7QEgBSACKQN4NwIUIAUgAikDcDcCDCADQQFqIgUgBE0gAigCbCIGIARPcQ0B\
IAUgBCAGQeixwAAQNwALIAJBADYCSCMAQRBrIgYkACAGIAJBKGoiCzYCDCAGIAJByABqNgIIIwBB\
EGsiByQAIAcgBkEIajYCDAJAIAEiBSgCCCIIRQ0AQQAhASAFKAIEIgohAwNAIAdBDGoQ1gEEQCAD\
QRxqIQMgCCABQQFqIgFHDQEMAgsLIAMQ+AIgCkEcaiEMIAEhBANAIAFBAWohAyAMIAFBHGxqIQED\
QCADIAhPBEAgBSAENgIIDAMLIAdBDGoQ1gFFBEAgA0EBaiEDIAEQ+AIgAUEcaiEBDAELCyAKIARB\
HGxqIgkgASgCGDYCGCAJIAEpAhA3AhAgCSABKQIINwIIIAkgASkCADcCACAEQQFqIQQgAyEBDAAL\
AAsgB0EQaiQAIAZBEGokACAAIAUoAgg2AgggACAFKQIANwIAIAsQigMgAkHkAGoQiwMMBAsgBEEC\
dCADQQJ0a0EEayEDIAIoAmggBUECdGohBgNAIANFDQEgAkEoaiAGKAIAQfixwAAQsgJBADoAACAD\
QQRrIQMgBkEEaiEGDAALAAsACyAAIAEoAgg2AgggACABKQIANwIAIAJB5ABqEIsDDAELIAEoAgQi\
AyAHQRxsaiEJIAMhBANAAkACQCAEIAlGDQAgBEEcaiEFQQAhBgNAIAYgCEYNAiADIAZBHGoiBmpB\
HGsgBBCfAkUNAAsgAkEIaiAHQQRBHBCyASACQQA2AiQgAiACKQMINwIcIAEoAgAhBCACIAk2AjQg\
AiAENgIwIAIgAzYCLCACIAM2AiggAkHUAGohBwNAAkACQCADIAlGDQAgAiADQRxqIgQ2AiwgAygC\
ACIFQYCAgIB4Rg0AIAIgAykCBDcCaCACIAU2AmQgAiADQQxqIgUpAgA3AzggAiAFKQIINwNAIAIo\
AiRBHGwhAyACKAIgQRxrIQYDQCADRQ0CIANBHGshAyAGQRxqIgYgAkHkAGoiCBCfAkUNAAsgBkEM\
aiIDEO0BIAZBFGogAikDQDcCACADIAIpAzg3AgAgCBCKAyAEIQMMAgsjAEEQayIDJAAgAyACQShq\
IgQ2AgwgBCgCDCAEKAIEIgRrQRxuIQUDQCAFBEAgBUEBayEFIAQQ+AIgBEEcaiEEDAELCyADQQxq\
EIMCIANBEGokACABIAIoAiQ2AgggASACKQIcNwIADAILIAcgBSkCADcCACAHIAUpAgg3AgggAiAC\
KAJsNgJQIAIgAikCZDcDSCACQRxqIAJByABqELUBIAQhAwwACwALIAAgASgCCDYCCCAAIAEpAgA3\
AgAMAgsgCEEcaiEIIAUhBAwACwALIAJBgAFqJAAL9wICB38BfiMAQTBrIgMkAAJAAkAgAgRAIAJB\
A3QiBUEIayIIQQN2rUIBhiEKAkAgAUEIaiECIAqnIQYgASEEA0AgBUUNASAFQQhrIQUgBCgCBCEH\
IARBCGohBCAGIAdqIgYgB08NAAsQ8wEACyADQQhqIAZBAUEBELIBIANBADYCHCADIAMpAwg3AhQg\
A0EUaiABKAIAIgQgBCABKAIEahDvAiAGIAMoAhwiAWshBCADKAIYIAFqIQUDQCAIRQ0CIAIoAgAh\
ByACKAIEIQEgA0EgaiIJIAUgBEECEPcBIAMoAiwhBCADKAIoIQUgAygCICADKAIkQcyAwQBBAkGs\
lsEAEJ4CIAkgBSAEIAEQ9wEgAygCLCEEIAMoAighBSADKAIgIAMoAiQgByABQayWwQAQngIgCEEI\
ayEIIAJBCGohAgwACwALIABBADYCCCAAQoCAgIAQNwIADAELIAAgAykCFDcCACAAIAYgBGs2AggL\
IANBMGokAAupCAIHfwF+IwBBMGsiBSQAAkACQCACBEACQCAErSACQQxsIgdBDGsiCEEMbq1+IgxC\
IIhQBEAgAUEMaiECIAynIQogASEGA0AgB0UNAiAHQQxrIQcgBigCCCEJIAZBDGohBiAJIApqIgog\
CU8NAAsLEPMBAAsgBUEIaiAKQQFBARCyASAFQQA2AhwgBSAFKQMINwIUIAVBFGogASgCBCIGIAYg\
ASgCCGoQ7wIgCiAFKAIcIgFrIQYgBSgCGCABaiEHAkACQAJAAkACQAJAIAQOBQABAgMEBQsDQCAI\
RQ0HIAIoAgQhBCACKAIIIQEgB0EAIANBAEGslsEAEJ4CIAVBIGogByAGIAEQ9wEgBSgCLCEGIAUo\
AighByAFKAIgIAUoAiQgBCABQayWwQAQngIgCEEMayEIIAJBDGohAgwACwALA0AgCEUNBiACKAIE\
IQQgAigCCCEBIAVBIGoiCSAHIAZBARD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADQQFBrJbB\
ABCeAiAJIAcgBiABEPcBIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIAQgAUGslsEAEJ4CIAhBDGsh\
CCACQQxqIQIMAAsACwNAIAhFDQUgAigCBCEEIAIoAgghASAFQSBqIgkgByAGQQIQ9wEgBSgCLCEG\
IAUoAighByAFKAIgIAUoAiQgA0ECQayWwQAQngIgCSAHIAYgARD3ASAFKAIsIQYgBSgCKCEHIAUo\
AiAgBSgCJCAEIAFBrJbBABCeAiAIQQxrIQggAkEMaiECDAALAAsDQCAIRQ0EIAIoAgQhBCACKAII\
IQEgBUEgaiIJIAcgBkEDEPcBIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIANBA0GslsEAEJ4CIAkg\
ByAGIAEQ9wEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCABQayWwQAQngIgCEEMayEIIAJBDGoh\
AgwACwALA0AgCEUNAyACKAIEIQQgAigCCCEBIAVBIGoiCSAHIAZBBBD3ASAFKAIsIQYgBSgCKCEH\
IAUoAiAgBSgCJCADQQRBrJbBABCeAiAJIAcgBiABEPcBIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIk\
IAQgAUGslsEAEJ4CIAhBDGshCCACQQxqIQIMAAsACwNAIAhFDQIgAigCBCEJIAIoAgghASAFQSBq\
IgsgByAGIAQQ9wEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgAyAEQayWwQAQngIgCyAHIAYgARD3\
ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAJIAFBrJbBABCeAiAIQQxrIQggAkEMaiECDAALAAsg\
AEEANgIIIABCgICAgBA3AgAMAQsgACAFKQIUNwIAIAAgCiAGazYCCAsgBUEwaiQAC8EGAQd/AkAC\
QCABIABBA2pBfHEiBCAAayIGSQ0AIAEgBmsiCEECdiIHRQ0AQQAhASAAIARHBEAgACAEayIEQXxN\
BEADQCABIAAgA2oiAiwAAEG/f0pqIAJBAWosAABBv39KaiACQQJqLAAAQb9/SmogAkEDaiwAAEG/\
f0pqIQEgA0EEaiIDDQALCyAAIANqIQIDQCABIAIsAABBv39KaiEBIAJBAWohAiAEQQFqIgQNAAsL\
IAAgBmohBAJAIAhBA3EiAEUNACAEIAhB/P///wdxaiIDLAAAQb9/SiEFIABBAUYNACAFIAMsAAFB\
v39KaiEFIABBAkYNACAFIAMsAAJBv39KaiEFCyABIAVqIQMDQCAEIQAgB0UNAkHAASAHIAdBwAFP\
GyIFQQNxIQYCQCAFQQJ0IgRB8AdxIgFFBEBBACECDAELIAAgAWohCEEAIQIgACEBA0AgAiABKAIA\
IgJBf3NBB3YgAkEGdnJBgYKECHFqIAFBBGooAgAiAkF/c0EHdiACQQZ2ckGBgoQIcWogAUEIaigC\
ACICQX9zQQd2IAJBBnZyQYGChAhxaiABQQxqKAIAIgJBf3NBB3YgAkEGdnJBgYKECHFqIQIgAUEQ\
aiIBIAhHDQALCyAHIAVrIQcgACAEaiEEIAJBCHZB/4H8B3EgAkH/gfwHcWpBgYAEbEEQdiADaiED\
IAZFDQALAn8gACAFQfwBcUECdGoiACgCACIBQX9zQQd2IAFBBnZyQYGChAhxIgEgBkEBRg0AGiAB\
IAAoAgQiAUF/c0EHdiABQQZ2ckGBgoQIcWoiASAGQQJGDQAaIAAoAggiAEF/c0EHdiAAQQZ2ckGB\
goQIcSABagsiAUEIdkH/gRxxIAFB/4H8B3FqQYGABGxBEHYgA2ohAwwBCyABRQRAQQAPCyABQQNx\
IQJBACEEIAFBBE8EQCABQXxxIQUDQCADIAAgBGoiASwAAEG/f0pqIAFBAWosAABBv39KaiABQQJq\
LAAAQb9/SmogAUEDaiwAAEG/f0pqIQMgBSAEQQRqIgRHDQALIAJFDQELIAAgBGohAQNAIAMgASwA\
AEG/f0pqIQMgAUEBaiEBIAJBAWsiAg0ACwsgAwvlBgEFfwJAAkACQAJAAkACQAJAIABBBGsiBygC\
ACIIQXhxIgRBBEEIIAhBA3EiBRsgAWpPBEAgBUEAIAFBJ2oiBiAESRsNAQJAIAJBCU8EQCACIAMQ\
LCICDQFBAA8LQQAhAiADQcz/e0sNCEEQIANBC2pBeHEgA0ELSRshASAAQQhrIQYgBUUEQCAGRSAB\
QYACSXIgBCABa0GAgAhLIAEgBE9ycg0HIAAPCyAEIAZqIQUCQCABIARLBEAgBUGsv8EAKAIARg0B\
Qai/wQAoAgAgBUcEQCAFKAIEIghBAnENCSAIQXhxIgggBGoiBCABSQ0JIAUgCBAvIAQgAWsiBUEQ\
TwRAIAcgASAHKAIAQQFxckECcjYCACABIAZqIgEgBUEDcjYCBCAEIAZqIgQgBCgCBEEBcjYCBCAB\
IAUQKAwJCyAHIAQgBygCAEEBcXJBAnI2AgAgBCAGaiIBIAEoAgRBAXI2AgQMCAtBoL/BACgCACAE\
aiIEIAFJDQgCQCAEIAFrIgVBD00EQCAHIAhBAXEgBHJBAnI2AgAgBCAGaiIBIAEoAgRBAXI2AgRB\
ACEFQQAhAQwBCyAHIAEgCEEBcXJBAnI2AgAgASAGaiIBIAVBAXI2AgQgBCAGaiIEIAU2AgAgBCAE\
KAIEQX5xNgIEC0Gov8EAIAE2AgBBoL/BACAFNgIADAcLIAQgAWsiBEEPTQ0GIAcgASAIQQFxckEC\
cjYCACABIAZqIgEgBEEDcjYCBCAFIAUoAgRBAXI2AgQgASAEECgMBgtBpL/BACgCACAEaiIEIAFL\
DQQMBgsgAyABIAEgA0sbIgMEQCACIAAgA/wKAAALIAcoAgAiA0F4cSIHIAFBBEEIIANBA3EiARtq\
SQ0CIAFFIAYgB09yDQZBqJ7BAEEuQdiewQAQ2gIAC0HoncEAQS5BmJ7BABDaAgALQaiewQBBLkHY\
nsEAENoCAAtB6J3BAEEuQZiewQAQ2gIACyAHIAEgCEEBcXJBAnI2AgAgASAGaiIFIAQgAWsiAUEB\
cjYCBEGkv8EAIAE2AgBBrL/BACAFNgIACyAGRQ0AIAAPCyADEAkiAUUNASADQXxBeCAHKAIAIgJB\
A3EbIAJBeHFqIgIgAiADSxsiAgRAIAEgACAC/AoAAAsgASECCyAAEBULIAILogYBBH8gAEEIayIB\
IABBBGsoAgAiA0F4cSIAaiECAkACQCADQQFxDQAgA0ECcUUNASABKAIAIgMgAGohACABIANrIgFB\
qL/BACgCAEYEQCACKAIEQQNxQQNHDQFBoL/BACAANgIAIAIgAigCBEF+cTYCBCABIABBAXI2AgQg\
AiAANgIADwsgASADEC8LAkACQEHAv8EAAn8CQAJAAkACQCACKAIEIgNBAnFFBEAgAkGsv8EAKAIA\
Rg0CIAJBqL/BACgCAEYNAyACIANBeHEiAhAvIAEgACACaiIAQQFyNgIEIAAgAWogADYCACABQai/\
wQAoAgBHDQFBoL/BACAANgIADwsgAiADQX5xNgIEIAEgAEEBcjYCBCAAIAFqIAA2AgALIABBgAJJ\
DQQgASAAEDRBwL/BAEHAv8EAKAIAQQFrIgA2AgAgAA0GQYi9wQAoAgAiAA0CQf8fDAMLQay/wQAg\
ATYCAEGkv8EAQaS/wQAoAgAgAGoiADYCACABIABBAXI2AgRBqL/BACgCACABRgRAQaC/wQBBADYC\
AEGov8EAQQA2AgALIABBuL/BACgCACICTQ0FQay/wQAoAgAiAEUNBUGkv8EAKAIAIgNBKUkNBEGA\
vcEAIQEDQCAAIAEoAgAiBE8EQCAAIAQgASgCBGpJDQYLIAEoAgghAQwACwALQai/wQAgATYCAEGg\
v8EAQaC/wQAoAgAgAGoiADYCACABIABBAXI2AgQgACABaiAANgIADwtBACEBA0AgAUEBaiEBIAAo\
AggiAA0AC0H/HyABIAFB/x9NGws2AgAPCwJAQZi/wQAoAgAiAkEBIABBA3Z0IgNxRQRAQZi/wQAg\
AiADcjYCACAAQfgBcUGQvcEAaiIAIQIMAQsgAEH4AXEiAEGQvcEAaiECIABBmL3BAGooAgAhAAsg\
AiABNgIIIAAgATYCDCABIAI2AgwgASAANgIIDwtBwL/BAEGIvcEAKAIAIgAEf0EAIQEDQCABQQFq\
IQEgACgCCCIADQALQf8fIAEgAUH/H00bBUH/Hws2AgAgAiADTw0AQbi/wQBBfzYCAAsLuwUBEX8j\
AEEwayIFJAAgAUECTwRAIAVBGGogAUEEQQQQsgEgBSAFKAIcIgo2AiggBSAFKAIYNgIkIAFBAnQi\
CwRAIAogACAL/AoAAAsgBSABNgIsIAMoAhQhEUEBIQwCQANAAkAgASAMTQRAIA5BAXENAQwDC0EA\
IQQgASAMQQF0Ig9odiAPQf////8BaiABcUEAR2ohECAKIAAgDkEBcSIDGyEIIAAgCiADGyESA0AC\
QCAQBEAgEEEBayEQAkACQAJAAkAgASAEIAxqIgYgASAGSRsiCSABIAQgD2oiCyABIAtJGyIHRwRA\
IAlBAWsiAyABTw0BIAEgBk0NAiACIAggA0ECdGooAgAgCCAJQQJ0aigCACAREQQAQf8BcUEBRg0D\
CyAFQQhqIAQgByASIAFB5LXAABDmASAEIAdLDQMgBSgCCCAFKAIMIAggBEECdGogByAEa0GEtsAA\
EIgCDAULIAMgAUGEtcAAELMBAAsgCSABQZS1wAAQswEACyAFQRBqIAQgByASIAFBpLXAABDmASAF\
KAIQIgMgBSgCFEECdGohFCAJIQYDQCAIIAZBAnRqIQ0gCCAEQQJ0aiETAkACQANAIAMgFEYNBiAE\
IAlHBEAgBiAHTw0DIAEgBE0NAiACIA0oAgAgEygCACAREQQAQf8BcUH/AUcNAwsgASAGSwRAIAMg\
DSgCADYCACANQQRqIQ0gBkEBaiEGIANBBGohAwwBCwsgBiABQdS1wAAQswEACyAEIAFBtLXAABCz\
AQALIAEgBEsEQCADIBMoAgA2AgAgBEEBaiEEIANBBGohAwwBCwsgBCABQcS1wAAQswEACyAEIAcg\
AUH0tcAAEDcACyAOQQFzIQ4gDyEMDAMLIAshBAwACwALCyAAIAEgCiABQfS0wAAQiAILIAVBJGoQ\
iwMLIAVBMGokAAurBQIIfwF+QStBgIDEACAAKAIIIghBgICAAXEiBhshCyAGQRV2IARqIQYCQCAI\
QYCAgARxRQRAQQAhAQwBCwJAIAJBEE8EQCABIAIQEyEFDAELIAJFDQAgAkEDcSEJIAJBBE8EQCAC\
QQxxIQwDQCAFIAEgB2oiCiwAAEG/f0pqIApBAWosAABBv39KaiAKQQJqLAAAQb9/SmogCkEDaiwA\
AEG/f0pqIQUgDCAHQQRqIgdHDQALIAlFDQELIAEgB2ohBwNAIAUgBywAAEG/f0pqIQUgB0EBaiEH\
IAlBAWsiCQ0ACwsgBSAGaiEGCwJAIAAvAQwiCSAGSwRAAkACQCAIQYCAgAhxRQRAIAkgBmshCUEA\
IQVBACEGAkACQAJAIAhBHXZBA3FBAWsOAwABAAILIAkhBgwBCyAJQf7/A3FBAXYhBgsgCEH///8A\
cSEKIAAoAgQhCCAAKAIAIQADQCAFQf//A3EgBkH//wNxTw0CQQEhByAFQQFqIQUgACAKIAgoAhAR\
AwBFDQALDAQLIAAgACkCCCINp0GAgID/eXFBsICAgAJyNgIIQQEhByAAKAIAIgggACgCBCIKIAsg\
ASACEP4BDQNBACEFIAkgBmtB//8DcSEBA0AgBUH//wNxIAFPDQIgBUEBaiEFIAhBMCAKKAIQEQMA\
RQ0ACwwDC0EBIQcgACAIIAsgASACEP4BDQIgACADIAQgCCgCDBEEAA0CQQAhBSAJIAZrQf//A3Eh\
AQNAIAVB//8DcSICIAFJIQcgASACTQ0DIAVBAWohBSAAIAogCCgCEBEDAEUNAAsMAgsgCCADIAQg\
CigCDBEEAA0BIAAgDTcCCEEADwtBASEHIAAoAgAiBiAAKAIEIgAgCyABIAIQ/gENACAGIAMgBCAA\
KAIMEQQAIQcLIAcLxAUCDn8CfiMAQeAAayIDJAAgASACKAIMIgoRAgAgAUEEIAIoAhwiBREAACAB\
IAAoAgAiDkETaiACKAIgIgwRAAAgA0EQaiAAQThqEMACIAMpAxAhESADQQhqIABBxABqEMACIAMp\
AwghEiADQSRqIg8gABCZASADIBI3AlggA0EHOgBUIAMgETcCTCADQQY6AEggA0ECNgJEIANCATcC\
PCADQQI2AiAgA0HIAGohECACKAIkIQlBASELAkADQAJAAkACQCALRQRAIAQhCAwBC0ECIQggBEEC\
Rg0AQQEhCyAEQQFqIQggDyAEQQxsaiIGLQAAIg1BG0YNACAIIQQMAQsgB0ECRwRAIAMgB0EBaiIE\
NgJAIAdBDGxBACELIAQhByAIIQQgEGoiBi0AACINQRtHDQELIAFBCkEJIA4bIAURAAAgASAAQQRq\
IAIoAigRAAAgAUELIAURAAAgASAAKAIkIAAoAiggCREBACAAKAJQQYCAgIB4RwRAIAFBDCAFEQAA\
IAEgACgCVCAAKAJYIAkRAQALIAFBDSAFEQAAIAEgChECACABQQ4gBREAACABIAoRAgAgAUEPIAUR\
AAAgAUEWIAwRAAAgAUEQIAURAAAgAUEXIAwRAAAgASACKAIQIgQRAgAgACgCXEGAgICAeEcEQCAB\
QQggBREAACABIAAoAmAgACgCZCAJEQEACyAAKAI0IghFDQMgAUERIAURAAAgASAKEQIAIAFBEiAF\
EQAAIAEgAigCFBECACAIQQxsIQYgACgCMCEHA0AgBkUNAiABIAcoAgQgBygCCCAJEQEAIAZBDGsh\
BiAHQQxqIQcMAAsACyAGKAAEIghFDQEgBigACCEGIAEgDSAFEQAAIAEgCCAGIAkRAQAMAQsLIAEg\
AigCGBECACABIAQRAgALIAEgBBECACABIAQRAgAgA0HgAGokAAvMBgEYfyMAQSBrIgYkACAAQQxq\
IRMgBEEEaiEUIAEoAggiBUEBSyEVIAEoAgQiASAFQRxsaiEWIAUgBUEAR2tBAmohCyAEKAIIIRcg\
BCgCBCEYIAQvAQIhGSAELQABIRogBC0AACEbAkADQCABIBZHBEAgASgCBCIMIAEoAggiDRD/AiER\
IAAoAgghEiAAIAIQlgIhBCAGIA02AgggBiAMNgIEIAYgAjYCDCAGIAQgEWpBAWo2AhAgACAGQQRq\
EN0BIAYgDTYCCCAGIAw2AgQgGSEFIBoiByEOIBghCSAXIQoCQAJ/An8CQAJAAkAgGyIEQQFrDgIB\
BQALQQIhDiAGQQRqQYyowABBBhClAUUNASAIIQVBAiEHQQIMAwtBAkEBIAZBBGogFBDTAhsMAQsg\
AUEQaiEFQQAhBCABLQAMQQVHIQcDQCAEQSBHBEACQCAEQcyowABqIAZBBGoQ0wJFIAdyDQAgBSAE\
QdSowABqKAIAIgkgBEHYqMAAaigCACIKEPICRQ0AQQEhBCAIIQUgDyEHDAULIARBEGohBAwBCwsj\
AEEQayIEJAAgBCANNgIMIAQgDDYCCCAEQQhqIQlBACEFQfYAIQcCfwNAIAdBAU0EQEEAIAVBA3RB\
qPXAAGogCRDXAkH/AXEiB0UNAhoFIAUgB0EBdiIKIAVqIgUgBUEDdEGo9cAAaiAJENcCQf8BcUEB\
RhshBSAHIAprIQcMAQsLIAUgB0H/AUZqIQVBAQshByAEIAU2AgQgBCAHNgIAIAQoAgAgBEEQaiQA\
RQshByAIIQUgByEOQQILIQQgECEJIBwhCgsgBiAKNgIcIAYgCTYCGCAGIAU7ARYgBiAHOgAVIAYg\
BDoAFCAAKAIUIgQgACgCDEYEQCATENABCyAEQRRsIg8gACgCEGoiCCAOOgAQIAhCADcCCCAIIAM2\
AgQgCCASNgIAIAAgBEEBajYCFCAAIAFBDGogEiAEIAZBFGoQRCEQIAQgACgCFCIITw0CIAFBHGoh\
ASAAKAIQIA9qIgQgCDYCDCAEIBAgEWpBA2oiBCAVajYCCCAEIAtqIQsgBSEIIAchDyAJIRAgCiEc\
DAELCyAGQSBqJAAgCw8LIAQgCEGcp8AAELMBAAurBQIGfwF+AkAgAkUNACACQQdrIgNBACACIANP\
GyEHIAFBA2pBfHEgAWshCEEAIQMDQAJAAkACQCABIANqLQAAIgXAIgZBAE4EQCAIIANrQQNxDQEg\
AyAHTw0CA0AgASADaiIEQQRqKAIAIAQoAgByQYCBgoR4cQ0DIANBCGoiAyAHSQ0ACwwCC0KAgICA\
kCAhCQJAAkACQAJAAkACQAJAAkACQCAFLQDyqkFBAmsOAwABAgcLIANBAWoiBCACSQ0CQgAhCQwG\
CyADQQFqIgQgAkkNAkIAIQkMBQsgA0EBaiIEIAJJDQJCACEJDAQLIAEgBGosAABBv39KDQMMBAsg\
ASAEaiwAACEEAkACQCAFQeABayIFBEAgBUENRgRADAIFDAMLAAsgBEFgcUGgf0YNAwwECyAEQZ9/\
Sg0DDAILIAZBH2pB/wFxQQxPBEAgBkF+cUFuRw0DIARBQEgNAgwDCyAEQUBIDQEMAgsgASAEaiwA\
ACEEAkACQAJAAkAgBUHwAWsOBQEAAAACAAsgBkEPakH/AXFBAksNBCAEQUBIDQIMBAsgBEHwAGpB\
/wFxQTBJDQEMAwsgBEGPf0oNAgsgAiADQQJqIgRNBEBCACEJDAILIAEgBGosAABBv39KBEBCgICA\
gJDAACEJDAILQgAhCSADQQNqIgQgAk8NASABIARqLAAAQUBIDQJCgICAgJDgACEJDAELQgAhCSAD\
QQJqIgQgAk8NACABIARqLAAAQb9/TA0BQoCAgICQwAAhCQsgACAJIAOthDcCBCAAQQE2AgAPCyAE\
QQFqIQMMAgsgA0EBaiEDDAELIAIgA00NAANAIAEgA2osAABBAEgNASACIANBAWoiA0cNAAsMAgsg\
AiADSw0ACwsgACACNgIIIAAgATYCBCAAQQA2AgALnAUBBn8jAEEwayIEJAACQAJAAkACQAJAAn8C\
QAJAAkACQCABKAIkIgIgASgCICIFSQRAIAEoAhwiBiACai0AACIDQS1GDQIgA0HmAEYNBEEEIQcg\
A0HuAEYNAUH3rsAAIANB9ABGDQUaIANBMGtB/wFxQQpJDQMLIAAgAUGUr8AAQQcQZAwJC0GAr8AA\
DAMLIAEgAkEBaiICNgIkCwJAIAIgBUkEQCACIAZqLQAAIgNBMEYEQCABIAJBAWoiAjYCJAwFCyAD\
QTFrQf8BcUEJSQ0BCyAEQRRqIAFB8K7AAEEHEGQMBAsgARC/ASABKAIkIQIgASgCICEFIAEoAhwh\
BgwCC0EFIQdB+67AAAshAyAEQQhqIAIgBiAFQYSvwAAQhwIgBCgCCCAEKAIMIAMgBxDFAkUEQCAA\
IAFBlK/AAEEHEGQMBQsgAEECNgIAIAAgAy0AADoABCABIAIgB2o2AiQMBAsCQCACIAVPDQAgAiAG\
ai0AAEEuRw0AIAEgAkEBaiICNgIkAkAgAiAFSQRAIAIgBmotAABBMGtB/wFxQQpJDQELIARBFGog\
AUG6rsAAQR8QZAwCCyABEL8BIAEoAiQhAiABKAIgIQUgASgCHCEGCyACIAVPDQIgAiAGai0AAEEg\
ckHlAEcNAiABIAJBAWoiAzYCJAJAIAMgBU8NAAJAIAMgBmotAABBK2sOAwABAAELIAEgAkECaiID\
NgIkCyADIAVJBEAgAyAGai0AAEEwa0H/AXFBCkkNAgsgBEEUaiABQdmuwABBFxBkCyAEKAIUIgFB\
AkYNASAAIAQpAig3AhQgACAEKQIgNwIMIAAgBCkCGDcCBCAAIAE2AgAMAgsgARC/AQsgAEECNgIA\
IABBMDoABAsgBEEwaiQAC9EEAQZ/AkACQCAAKAIIIgdBgICAwAFxRQ0AAkACQAJAAkAgB0GAgICA\
AXEEQCAALwEOIgQNAUEAIQIMAgsgAkEQTwRAIAEgAhATIQQMBAsgAkUEQAwECyACQQNxIQUgAkEE\
TwRAIAJBDHEhCANAIAQgASADaiIGLAAAQb9/SmogBkEBaiwAAEG/f0pqIAZBAmosAABBv39KaiAG\
QQNqLAAAQb9/SmohBCAIIANBBGoiA0cNAAsgBUUNBAsgASADaiEDA0AgBCADLAAAQb9/SmohBCAD\
QQFqIQMgBUEBayIFDQALDAMLIAEgAmohCEEAIQIgASEDIAQhBQNAIAMiBiAIRg0CAn8gBkEBaiAG\
LAAAIgNBAE4NABogBkECaiADQWBJDQAaIAZBBEEDIANBb0sbagsiAyAGayACaiECIAVBAWsiBQ0A\
CwtBACEFCyAEIAVrIQQLIAQgAC8BDCIDTw0AIAMgBGshBkEAIQRBACEFAkACQAJAIAdBHXZBA3FB\
AWsOAgABAgsgBiEFDAELIAZB/v8DcUEBdiEFCyAHQf///wBxIQggACgCBCEHIAAoAgAhAANAIARB\
//8DcSAFQf//A3FJBEBBASEDIARBAWohBCAAIAggBygCEBEDAEUNAQwDCwtBASEDIAAgASACIAco\
AgwRBAANAUEAIQQgBiAFa0H//wNxIQEDQCAEQf//A3EiAiABSSEDIAEgAk0NAiAEQQFqIQQgACAI\
IAcoAhARAwBFDQALDAELIAAoAgAgASACIAAoAgQoAgwRBAAhAwsgAwuPBQIFfwN+IwBBoAFrIgIk\
ACACQgA3AyAgAkIANwMYIAJCADcDECACQgA3AwggAkIANwNAIAJCADcDOCACQgA3AzAgAkIANwMo\
IAIgATYCTCACIAEtAGgiA60iB0I7hiABKQMgIghCCYYiCSAHQgOGhCIHQoD+A4NCKIaEIAdCgID8\
B4NCGIYgB0KAgID4D4NCCIaEhCAIQgGGQoCAgPgPgyAIQg+IQoCA/AeDhCAIQh+IQoD+A4MgCUI4\
iISEhDcDUCADIAFBKGoiBWpBgAE6AAAgAiACQcwAajYCXCACIANBAWogBUHAAEGMo8AAEIcCIAIo\
AgQhBCACKAIAIQYDQCAEBEAgBkEAOgAAIARBAWshBCAGQQFqIQYMAQsLAkAgA0E4cUE4RwRAIAFB\
4ABqQQggAkHQAGpBCEGco8AAEJ4CIAJB3ABqIAUQ9wIMAQsgAkHcAGoiBCAFEPcCIAJB4ABqIgNB\
AEHAAPwLACACQZgBakEIIAJB0ABqQQhBrKPAABCeAiAEIAMQ9wILQQAhBCABQQA6AGggAkKggICA\
wAA3AmwgAkEANgJkIAIgAkHIAGo2AmAgAiACQShqNgJoIAIoAkwhASACQeAAaiIDKAIQIgVFBEBB\
yKHAABCGAwALQQggAygCDCAFbiIDIANBCE8bQQJ0IQMDQCADIARHBEAgAiABIARqKAIAIgVB/4H8\
B3FBCHggBUEYeEH/gfwHcXI2AmAgAkEoaiAEakEEIAJB4ABqQQRBlJfBABCeAiAEQQRqIQQMAQsL\
IAJBCGpBICACQShqQSBB/KHAABCeAiAAIAIpAyA3ABggACACKQMYNwAQIAAgAikDEDcACCAAIAIp\
Awg3AAAgAkGgAWokAAuSBAEEfyMAQSBrIgUkAANAAkACQAJ/AkAgAiADRwRAIAEgA2oiBi0AACIE\
QeEAa0H/AXFBGkkgBEEwa0H/AXFBCU1yDQQgBEHfAEcgA0EBaiACT3JFBEAgBkEBai0AACIEQeEA\
a0H/AXFBGkkgBEEwa0H/AXFBCklyDQULIAMNAUEADAILIAAgASACEJcBDAILIAIgA0EBayIETQRA\
IAQgAkH0kMEAELMBAAsgBCADIAZBAWstAABBMGtB/wFxQQpJGwshAyAFQRRqIgQgAkEIahD5ASAF\
QQhqIAMgASACQYSRwQAQuwEgBCAFKAIIIAUoAgwQ2gEDQCACIANNBEAgACAFKAIcNgIIIAAgBSkC\
FDcCAAwCCyABIANqLQAAIgRBMGtB/wFxQQpJIARBX3FBwQBrQf8BcUEaSXJFBEAgA0EBaiEDDAEL\
IAUoAhwEQCAFQRRqQd8AEKMBCyADIAIgAiADSRshBANAAkAgAyAERgRAIAQhAwwBCyAFQRRqIAEg\
A2otAAAiBkHBAGtB/wFxQRpJBH9BIAUgBkEwa0H/AXFBCk8NAUEACyAGchCjASADQQFqIQMMAQsL\
A0AgAiADTQ0BIAEgA2otAAAiBEHhAGtB/wFxQRpPIARBMGtB/wFxQQlLcQ0BIAVBFGogBBCjASAD\
QQFqIQMMAAsACwALIAVBIGokAA8LIANBAWohAwwACwALsgoCCH8BfiMAQYABayIDJAAgA0HYAGog\
AhBMAkACQCADKAJYIgRBAkcEQCAAIAMpAmw3AhQgACADKQJkNwIMIAAgAykCXDcCBCAAIAQ2AgAM\
AQsgA0EQaiEHIwBBEGsiBSQAAkAgAiIEQQNJDQAgBSABIARBA0H8ksEAEPgBIAUoAgRBA0cNACAF\
KAIMIQQgBSgCCEEAIAUoAgBBlKvAAEEDEP4CGyEGCyAHIAQ2AgQgByAGNgIAIAVBEGokACADQRxq\
IAMoAhAiBCABIAQbIgUgAygCFCACIAQbIgEQGiADKAIcQQFGBEAgAyADKQIgIgunIgI2AkQgA0Ea\
QRUgC0KAgICAEINQIgQbNgJMIANBl6vAAEGxq8AAIAQbNgJIIAEgAkkNAiMAQTBrIgQkACAEIAIi\
ATYCCCAEIAU2AgQgBEEgaiAEQQRqECQCQCADQdgAaiIHAn8gBCgCICIIBEAgBCgCJCIGIAQoAixF\
DQEaAkACQCABRQRAQQEhBQwBCyABQQEQ0AIiBUUNAQsgBEEANgIUIAQgBTYCECAEIAE2AgwCQAJA\
IAEgBkkEQCAEQQxqQQAgBhBvIAQoAgwhASAEKAIQIQUgBCgCFCEJDAELIAZFDQELIAZFDQAgBSAJ\
aiAIIAb8CgAACyAEIAYgCWoiBjYCFCABIAZrQQJNBEAgBEEMaiAGQQMQbyAEKAIUIQYgBCgCECEF\
CyAFIAZqIgFBlp/BAC0AACIIOgACIAFBlJ/BAC8AACIJOwAAIAQgBkEDaiIBNgIUIAQgBCkCBDcC\
GCAEQSBqIARBGGoQJCAEKAIgIgUEQANAIAQoAiwCQAJAIAQoAiQiBiAEKAIMIAFrSwRAIARBDGog\
ASAGEG8gBCgCFCEBDAELIAZFDQELIAZFDQAgBCgCECABaiAFIAb8CgAACyAEIAEgBmoiATYCFARA\
IAQoAgwgAWtBAk0EQCAEQQxqIAFBAxBvIAQoAhQhAQsgBCgCECABaiIFIAk7AAAgBSAIOgACIAQg\
AUEDaiIBNgIUCyAEQSBqIARBGGoQJCAEKAIgIgUNAAsLIAcgBCgCFDYCCCAHIAQpAgw3AgAMAwtB\
ASABENECAAtBASEIQQALNgIIIAcgCDYCBCAHQYCAgIB4NgIACyAEQTBqJAAgA0EIaiAHEKIDIAMg\
AygCCCADKAIMIAIQRSADIAMoAgQiATYCVCADIAMoAgAiAjYCUCAHEN4CIANBATYCfCADIANB1ABq\
NgJ4IANBATYCdCADQQE2AmwgA0ECNgJkIANBAjYCXCADQZSswAA2AlggAyADQdAAajYCcCADIANB\
xABqNgJoIAMgA0HIAGo2AmAgA0E0akH4oMAAIAcQqgIgA0EAOgBAIAAgAykCPDcCFCAAIAMpAjQ3\
AgwgACABNgIIIAAgAjYCBCAAQQE2AgAMAQsgAyADKAIgIgQgAygCJCIGajYCXCADIAQ2AlggA0HY\
AGoiBSgCACECIAUoAgQhBwNAAkAgAiIBIAdGDQAgBSABQQFqIgI2AgAgAS0AAEEJayIIQRdLDQBB\
ASAIdEGTgIAEcQ0BCwsgASAHRwRAIAAgBjYCCCAAIAQ2AgQgAEECNgIADAELIANBAjYCNCADQQI2\
AiwgA0GUrMAANgIoIANBnKzAADYCMCADQeAAakGsiMAAIANBKGoQqgIgAEEANgIAIAAgAykCWDcC\
BCAAIAMpAmA3AgwgACADKAJoNgIUIABBADoAGAsgA0GAAWokAA8LQQAgAiABQcirwAAQNwAL+wMB\
CH8jAEEQayIGJAACfwJAIANBAXFFBEAgAi0AACIFDQFBAAwCCyAAIAIgA0EBdiABKAIMEQQADAEL\
IAEoAgwhCgNAIAJBAWohBAJAAkACQAJAIAXAQQBIBEAgBUH/AXEiCEGAAUYNASAIQcABRw0DIAYg\
ATYCBCAGIAA2AgAgBkKggICABjcCCCADIAdBA3RqIgIoAgAgBiACKAIEEQMARQ0CQQEMBgsgACAE\
IAVB/wFxIgIgChEEAEUEQCACIARqIQIMBAtBAQwFCyAAIAJBA2oiBCACLwABIgIgChEEAEUEQCAC\
IARqIQIMAwtBAQwECyAHQQFqIQcgBCECDAELQaCAgIAGIQsgBUEBcQRAIAIoAAEhCyACQQVqIQQL\
QQAhCAJ/IAVBAnFFBEBBACEJIAQMAQsgBC8AACEJIARBAmoLIQIgBUEEcQR/IAIvAAAhCCACQQJq\
BSACCyEEIAVBCHEEfyAELwAAIQcgBEECagUgBAshAiAFQRBxBEAgAyAJQQN0ai8BBCEJCyAGIAVB\
IHEEfyADIAhBA3RqLwEEBSAICzsBDiAGIAk7AQwgBiALNgIIIAYgATYCBCAGIAA2AgBBASADIAdB\
A3RqIgQoAgAgBiAEKAIEEQMADQIaIAdBAWohBwsgAi0AACIFDQALQQALIAZBEGokAAvGBAEHfyMA\
QfAAayIGJAAgBiACNgIMIAYgATYCCCAGIAQ2AhQgBiADNgIQIAAoAghBHGwhBCAAKAIEIgBBDGoh\
ASAGQdQAaiEDIAZB3ABqIQgDQAJAAkACQCAEBEAgACgCBCEHIAYgACgCCCIJNgIcIAYgBzYCGCAG\
QQI2AlwgBkECNgJUIAYgBkEYajYCWCAGIAZBEGo2AlAgBkHEAGoiCkHFg8AAIAZB0ABqIgsQqgIg\
BiAGKQJENwMgIAYgBigCTDYCKCAGQSxqIgwgByAJEB4gBigCNARAAkAgAgRAIAZBAzYCXCAGQQI2\
AlQgBiAMNgJYIAYgBkEIajYCUCAKQcCDwAAgCxCqAiAGIAYpAkQ3AzggBiAGKAJMNgJADAELIAYg\
BigCNDYCQCAGIAYpAiw3AzgLAn8gAS0AACIHBEAgB0EFRwRAIAggBikDIDcCACAIIAYoAig2Aggg\
BiAGKAJANgJYIAYgBikDODcDUCAGIAE2AmggBSAGQdAAahC1AUEADAILIAFBBGogBigCPCAGKAJA\
IAYoAiQgBigCKCAFECELIAZBOGoQigNBAQshByACDQIMAwsgAUHc/8AAEF9FBEAgBkEsahCKAyAG\
QSBqEIoDDAQLIAMgBigCKDYCCCADIAYpAyA3AgAgBkGAgICAeDYCUCAFIAZB0ABqELUBIAZBLGoQ\
igMMAwsgBkHwAGokAA8LIAZBLGoQigMLIAdFDQAgBkEgahCKAwsgAEEcaiEAIARBHGshBCABQRxq\
IQEMAAsAC7AEAQV/IwBBQGoiAyQAIAEoAiQiBCABKAIgIgUgBCAFSxshBiABKAIcIQcCQAJAA0AC\
QCAEIAZGDQACQCAEIAdqLQAAIgVBCWtBAkkNAAJAIAVBIGsOAwECBAALIAVBDUcNAQsgASAEQQFq\
IgQ2AiQMAQsLIAAgAUGPrcAAQQwQZAwBCwJAIAJFBEAgA0EkaiABQQAQDyADKAIkIgJBAkcEQCAA\
IAMpAjg3AhQgACADKQIwNwIMIAAgAykCKDcCBCAAIAI2AgAMAwsgA0EANgIQIANCgICAgBA3AggM\
AQsgA0EkaiABEHUgAyADKQIoNwMYIAMgAygCMDYCICADKAIkIgJBAkcEQCAAIAMoAjw2AhggACAD\
KQI0NwIQIAAgAygCIDYCDCAAIAMpAxg3AgQgACACNgIADAILIAMgAykDGDcDCCADIAMoAiA2AhAL\
IAEoAiQiBCABKAIgIgIgAiAESRshAiABKAIcIQUCQAJAAkADQCACIARGDQEgBCAFai0AACIGQQlr\
IgdBF0tBASAHdEGTgIAEcUVyRQRAIAEgBEEBaiIENgIkDAELCyAGQTpHDQAgASAEQQFqNgIkDAEL\
IANBJGogAUGMrcAAQQMQZCADKAIkIgFBAkcNAQsgACADKAIQNgIMIAAgAykDCDcCBCAAQQI2AgAM\
AQsgACADKQI4NwIUIAAgAykCMDcCDCAAIAMpAig3AgQgACABNgIAIANBCGoQigMLIANBQGskAAvR\
AwEDfyMAQRBrIgQkAAJAAkACQCABKAIIIgJBgICAEHFFBEAgAkGAgIAgcQ0BIAAgARA5RQ0CQQEh\
AgwDCyAAKAIAIQIDQCADIARqQQ9qIAJBD3EtAMyoQToAACADQQFrIQMgAkEEdiICDQALQQEhAiAB\
Qeq5wQBBAiADIARqQRBqQQAgA2sQF0UNAQwCCyAAKAIAIQIDQCADIARqQQ9qIAJBD3EtAOy5QToA\
ACADQQFrIQMgAkEEdiICDQALQQEhAiABQeq5wQBBAiADIARqQRBqQQAgA2sQFw0BCyABKAIAQei5\
wQBBAiABKAIEKAIMEQQABEBBASECDAELIABBBGohAAJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBx\
DQEgACABEDkhAgwCCyAAKAIAIQJBACEDA0AgAyAEakEPaiACQQ9xLQDMqEE6AAAgA0EBayEDIAJB\
BHYiAg0ACyABQeq5wQBBAiADIARqQRBqQQAgA2sQFyECDAELIAAoAgAhAkEAIQMDQCADIARqQQ9q\
IAJBD3EtAOy5QToAACADQQFrIQMgAkEEdiICDQALIAFB6rnBAEECIAMgBGpBEGpBACADaxAXIQIL\
IARBEGokACACC/IDAQh/IAEoAgQiBQRAIAEoAgAhBANAAkAgA0EBaiECAn8gAiADIARqLQAAIgjA\
IglBAE4NABoCQAJAAkACQAJAAkACQAJAAkACQAJAIAgtAPKqQUECaw4DAAECDAtBtaHAACACIARq\
IAIgBU8bLAAAQUBODQsgA0ECagwKC0G1ocAAIAIgBGogAiAFTxssAAAhByAIQeABayIGRQ0BIAZB\
DUYNAgwDC0G1ocAAIAIgBGogAiAFTxssAAAhBiAIQfABaw4FBAMDAwUDCyAHQWBxQaB/Rw0IDAYL\
IAdBn39KDQcMBQsgCUEfakH/AXFBDE8EQCAJQX5xQW5HIAdBQE5yDQcMBQsgB0FATg0GDAQLIAlB\
D2pB/wFxQQJLIAZBQE5yDQUMAgsgBkHwAGpB/wFxQTBPDQQMAQsgBkGPf0oNAwtBtaHAACAEIANB\
AmoiAmogAiAFTxssAABBv39KDQJBtaHAACAEIANBA2oiAmogAiAFTxssAABBv39KDQIgA0EEagwB\
C0G1ocAAIAQgA0ECaiICaiACIAVPGywAAEFATg0BIANBA2oLIgMiAiAFSQ0BCwsgACADNgIEIAAg\
BDYCACABIAUgAms2AgQgASACIARqNgIAIAAgAiADazYCDCAAIAMgBGo2AggPCyAAQQA2AgAL8QMC\
Bn8BfiMAQRBrIgckAANAAkACQCACIANLBEAgASADai0AACIEQSJHBEAgBEEtRiAEQTBrQf8BcUEK\
SXINAwwCCyADQQFqIQQDQAJ/AkAgBCIDQXdLDQAgA0EIaiIEIAJLDQAgASADaikAACIJQn+FIAlC\
4MGDh46cuPBgg0KBgoSIkKDAgAF9IAlCosSIkaLEiJEihUKBgoSIkKDAgAF9IAlC3Ljx4sWLl67c\
AIVCgYKEiJCgwIABfYSEg0KAgYKEiJCgwIB/gyIJUA0CIAl6p0EDdiADagwBCwNAIAIgA0shBCAB\
IANqIANBAWohA0EAIAQbEI4CDQALIANBAWsLIgMgAk8NBAJ/IAEgA2otAAAiBUHcAEcEQEEBIAVB\
IkcNARoMBAtBAgsgA2ohBAwACwALIAAgACgCACACIAZqajYCACAHQRBqJAAPCyADQQFqIQMMAQsg\
AyEEA0ACQAJAIAIgBEYEQCACIQQMAQsgASAEai0AACIFQTBrQf8BcUEKSQ0BIAVB5QBGIAVBK2si\
CEEaTUEAQQEgCHRBjYCAIHEbcg0BCyAHQQhqIAEgAiADIARB5LTAABBzIAYgBygCCCAHKAIMIgMQ\
DiIGIANrIgNBACADIAZNG2ohBiAEIQMMAgsgBEEBaiEEDAALAAsAC50IAQx/IwBBQGoiBCQAIAQg\
ACAAIAFqEFUgBEEMaiACIAIgA2oQVUF/IQACQCAEKAIIQcAASw0AIAQoAhQiAUHAAEsNACAEQQA6\
ADAgBCABNgIsIARBADYCKCAEQRhqIQYjAEEgayICJAAgAkEUaiAEQShqIgAQlQECQCACKAIYQQFG\
BEAgAiACKAIcQQRBBBCyASACQQA2AhAgAiACKQMANwIIIAJBCGohAyMAQRBrIgUkACAFQQRqIAAQ\
lQECQAJAIAUoAghBAUYEQCADIAUoAgwQuAIgAygCCCEBIAAtAAhBAXENASAAKAIAIgcgACgCBCII\
Sw0BIAFBAWohACADKAIEIAFBAnRqIQEDQCAHIAhHBEAgASAHNgIAIAFBBGohASAAQQFqIQAgB0EB\
aiEHDAELCyABIAg2AgAMAgtB2KHAAEEjQYSXwQAQ8gEACyABIQALIAMgADYCCCAFQRBqJAAgBiAC\
KAIQNgIIIAYgAikCCDcCACACQSBqJAAMAQtB2KHAAEEjQeyhwAAQ8gEACyAEKAIEIgcgBCgCCEEC\
dGohDANAAkACQCAHIAxHBEAgBygCACENIARBNGohBSAEKAIUQQFqIQAjAEEgayICJAACQAJAAkAg\
DkEBaiIOIgEEQCACQQhqIABBBEEEELIBIAJBADYCHCACIAIpAwg3AhQgAkEUaiIIIAAQuAJBASAA\
IABBAU0bIglBAWshAyAIKAIEIAgoAggiCkECdGohBgJAA0AgAwRAIAYgATYCACADQQFrIQMgBkEE\
aiEGDAEFAkAgCSAKaiEDIAANACADQQFrIQMMAwsLCyAGIAE2AgALIAggAzYCCCAFIAIoAhw2Aggg\
BSACKQIUNwIADAELIAJBFGogAEEBQQRBBBBiIAIoAhghASACKAIUQQFGDQEgAigCHCEDIAUgADYC\
CCAFIAM2AgQgBSABNgIACyACQSBqJAAMAQsgASACKAIcENECAAsgB0EEaiEHIAQoAjhBBGohAyAE\
KAIUQQJ0IQJBACEAIAQoAjwiBiAGQQBHayEIIAQoAhAhAQNAIAJFDQIgASgCACEJIARBGGoiBSAA\
QeSJwQAQpAIoAgAhCiAFIABBAWoiBUH0icEAEKQCKAIAIQsgBEE0aiAAQYSKwQAQpAIhDyAAIAhG\
DQMgAyAPKAIAQQFqIgAgC0EBaiILIAogCSANR2oiCSAJIAtLGyIJIAAgCUkbNgIAIANBBGohAyAC\
QQRrIQIgAUEEaiEBIAUhAAwACwALIARBGGoiASAEKAIUQdSJwQAQpAIoAgAhACABEIsDDAMLIARB\
GGoQiwMgBCAEKAI8NgIgIAQgBCkCNDcDGAwBCwsgAEEBaiAGQZSKwQAQswEACyAEQQxqEIsDIAQQ\
iwMgBEFAayQAIAALwAQCBH8BfiMAQUBqIgMkACABKAIAIQECQAJAAkAgAkH/AXFBBEcEQCABKAIg\
IQQgASgCJCgCDCEBDAELIANBMGogASgCICIEQQcgASgCJCgCDCIBEQEAAkACQAJAAkAgAy0AMEED\
aw4EAAEBBQELIANBNGohBSADKAI8QQhHDQEgAygCOCkAAELDqs2i9anTotIAUg0BIAMgBSgCCDYC\
KCADIAUpAgA3AyAgA0EgahCKAyADLQAwQQNrDgQDAgIDAgsgA0EwahDtAQwDCyAFEIoDDAILIANB\
MGoQ7QELIANBMGogBCACEPQCIAERAQACQCADLQAwIgFBBkYNAAJAAkACQCABQQJrDgIBAAMLIANB\
CGogAygCOCADKAI8EE8gAygCDEUNAiADQRRqIANBNGoQqwEMAQsgAyADKAI4IgQgAygCPCIBQS0Q\
xgEgAygCBCABIAMoAgAiARsiBUUNASADIAEgBCABGyIBNgIgIAMgASAFaiIENgIkIANBIGoiBRDP\
AQ0BIAMgBDYCJCADIAE2AiAgBSgCACEEIAUoAgQhBgNAIAYgBCIBRwRAIAUgAUEBaiIENgIAIAEt\
AABBMEYNAQsLIAEgBkcEQCADQRRqIANBNGoQqwEMAQsgA0EUakGNicEAQQEQlwELIAMoAhQhASAD\
QTBqEOACIAFBgICAgHhGDQEgAykCGCEHIAAgAjoADCAAIAc3AgQgACABNgIADAILIANBMGoQ4AIL\
IABBgICAgHg2AgALIANBQGskAAuPBAECfyAAIAFqIQICQAJAIAAoAgQiA0EBcQ0AIANBAnFFDQEg\
ACgCACIDIAFqIQEgACADayIAQai/wQAoAgBGBEAgAigCBEEDcUEDRw0BQaC/wQAgATYCACACIAIo\
AgRBfnE2AgQgACABQQFyNgIEIAIgATYCAAwCCyAAIAMQLwsCQAJAAkAgAigCBCIDQQJxRQRAIAJB\
rL/BACgCAEYNAiACQai/wQAoAgBGDQMgAiADQXhxIgIQLyAAIAEgAmoiAUEBcjYCBCAAIAFqIAE2\
AgAgAEGov8EAKAIARw0BQaC/wQAgATYCAA8LIAIgA0F+cTYCBCAAIAFBAXI2AgQgACABaiABNgIA\
CyABQYACTwRAIAAgARA0DwsCQEGYv8EAKAIAIgJBASABQQN2dCIDcUUEQEGYv8EAIAIgA3I2AgAg\
AUH4AXFBkL3BAGoiASECDAELIAFB+AFxIgFBkL3BAGohAiABQZi9wQBqKAIAIQELIAIgADYCCCAB\
IAA2AgwgACACNgIMIAAgATYCCA8LQay/wQAgADYCAEGkv8EAQaS/wQAoAgAgAWoiATYCACAAIAFB\
AXI2AgQgAEGov8EAKAIARw0BQaC/wQBBADYCAEGov8EAQQA2AgAPC0Gov8EAIAA2AgBBoL/BAEGg\
v8EAKAIAIAFqIgE2AgAgACABQQFyNgIEIAAgAWogATYCAAsLlwQCBX8BfiMAQSBrIgckACAAQaSz\
wABBASABKAIMIgQRAQADQEEAIQYgB0EIaiACIgUgAyAIAn8CQANAIAYgCGoiAUF3SyABQQhqIANL\
cg0BIAUgCGogBUEIaiEFIAZBCGohBikAACIJQn+FIAlC4MGDh46cuPBgg0KBgoSIkKDAgAF9IAlC\
osSIkaLEiJEihUKBgoSIkKDAgAF9IAlC3Ljx4sWLl67cAIVCgYKEiJCgwIABfYSEg0KAgYKEiJCg\
wIB/gyIJUA0ACyAIIAl6p0EDdmogBmpBCGsMAQsDQCABIANJIQUgASACaiABQQFqIQFBACAFGxCO\
Ag0ACyABQQFrCyIBQaizwAAQcyAAIAcoAgggBygCDCAEEQEAIAEgA0kEQAJAAkACQAJAAkACQAJA\
AkACQAJAIAEgAmotAAAiBUEIaw4GBwYEAQgFAAsgBUEiRg0BIAVB3ABGDQILIAdBFGoiBiAFEHsg\
ACAHKAIYIAcoAhwgBBEBACAGEIoDDAcLIABBuLPAAEECIAQRAQAMBgsgAEG6s8AAQQIgBBEBAAwF\
CyAAQbyzwABBAiAEEQEADAQLIABBvrPAAEECIAQRAQAMAwsgAEHAs8AAQQIgBBEBAAwCCyAAQcKz\
wABBAiAEEQEADAELIABBxLPAAEECIAQRAQALIAFBAWohCAwBCwsgAEGks8AAQQEgBBEBACAHQSBq\
JAAL1wYCDX8BfiMAQfAAayIDJABBASACKAIEIAItAAAiBBshBUEAIAIoAgggBBshBAJAAkACQCAB\
IAIQrAIiAQRAIAEtAABBA0cNASADQQhqIAEoAggiBiABKAIMIgkQTyADKAIMDQIgACAENgIIIAAg\
BTYCBCAAQQI2AgAMAwsgACAENgIIIAAgBTYCBCAAQQI2AgAMAgsgACACQbWwwABBCCABEHwMAQsg\
AyACKAIUIgU2AhAgAyAFIAIoAhhBA3RqIg42AhQjAEEgayIIJAAgAUEEaiIBKAIIIQogASgCBCEL\
IANBEGoiDygCACEBIA8oAgQhDANAAkAgASAMRgRAQQAhDQwBCyAPIAFBCGoiBDYCACABKAIAIQ0g\
CCABQQRqKAIAIgc2AhQgCCANNgIQIAhBCGogCyAKEE8gCCAIKQMINwIYIAQhASAIQRBqIAhBGGoQ\
0wJFDQELCyADIAc2AgQgAyANNgIAIAhBIGokACADKAIAIgQEQCADKAIEIQEgACAENgIEIABBAjYC\
ACAAIAE2AggMAQsgA0E0aiIMIAYgCRBoIwBBIGsiBiQAIAZBCGogDiAFa0EDdiIBQQRBDBCyASAG\
QQA2AhwgBiAGKQMINwIUIwBBEGsiCSQAIAZBFGoiBCABELkCIAQpAgQhECAJIARBCGo2AgQgCSAQ\
QiCJNwIIIwBBEGsiCiQAIAlBBGoiBygCBCELIAcoAgAgBSAORwRAIAcoAgggC0EMbGohByABIAtq\
IQsDQCAKQQRqIAUoAgAgBUEEaigCABBoIAcgCigCDDYCCCAHIAopAgQ3AgAgBUEIaiEFIAdBDGoh\
ByABQQFrIgENAAsLIAs2AgAgCkEQaiQAIAlBEGokACADQcwAaiIEIAYoAhw2AgggBCAGKQIUNwIA\
IAZBIGokACADQUBrIgEgAygCUCADKAJUQcyAwQBBAhASIANBAzYCbCADQQM2AmQgA0ECNgJcIAMg\
AkEMajYCWCADIAE2AmggAyAMNgJgIANBJGpBr4fAACADQdgAahCqAiABEIoDIAQQlQMgDBCKAyAA\
IAMpAiA3AgggACADKQIoNwIQIANBADYCGCAAIAMpAhg3AgAgA0EBOgAwIAAgAygCMDYCGAsgA0Hw\
AGokAAuzAwEFfyMAQfAAayIDJAACQAJAIAEgAhCsAiIBBEAgAS0AAEEERw0BIANBIGogASgCDEEE\
QQwQsgEgA0EANgI0IAMgAykDIDcCLCABKAIMQQR0IQUgASgCCCEBAkADQCAFBEAgAyAENgI4IAEt\
AABBA0cNAiADQRBqIAFBCGooAgAiBiABQQxqKAIAIgcQTyADKAIUBEAgA0EIaiAGIAcQTyADQdgA\
aiIGIAMoAgggAygCDBCXASADQSxqIAYQ2QELIAFBEGohASAEQQFqIQQgBUEQayEFDAELCyAAIAMo\
AjQ2AgwgACADKQIsNwIEIABBAjYCAAwDCyADQRhqIAEQxwIgAyADKQMYNwJQIANBAjYCbCADQQE2\
AmQgA0ECNgJcIAMgAkEMajYCWCADIANB0ABqNgJoIAMgA0E4ajYCYCADQcQAakHgg8AAIANB2ABq\
EKoCIABBADYCACAAIAMpAjw3AgQgACADKQJENwIMIAAgAygCTDYCFCAAQQE6ABggA0EsahCVAwwC\
CyAAQgQ3AgggAEICNwIADAELIAAgAkGxj8EAQRMgARB8CyADQfAAaiQAC+cCAQV/AkAgAUHN/3tB\
ECAAIABBEE0bIgBrTw0AIABBECABQQtqQXhxIAFBC0kbIgRqQQxqEAkiAkUNACACQQhrIQECQCAA\
QQFrIgMgAnFFBEAgASEADAELIAJBBGsiBSgCACIGQXhxIAIgA2pBACAAa3FBCGsiAiAAQQAgAiAB\
a0EQTRtqIgAgAWsiAmshAyAGQQNxBEAgACADIAAoAgRBAXFyQQJyNgIEIAAgA2oiAyADKAIEQQFy\
NgIEIAUgAiAFKAIAQQFxckECcjYCACABIAJqIgMgAygCBEEBcjYCBCABIAIQKAwBCyABKAIAIQEg\
ACADNgIEIAAgASACajYCAAsCQCAAKAIEIgFBA3FFDQAgAUF4cSICIARBEGpNDQAgACAEIAFBAXFy\
QQJyNgIEIAAgBGoiASACIARrIgRBA3I2AgQgACACaiICIAIoAgRBAXI2AgQgASAEECgLIABBCGoh\
AwsgAwuwAwEFfyMAQRBrIgYkACAGIAI2AgwgBiABNgIIQcYAIQMDQCADQQJJRQRAIAQgA0EBdiIF\
IARqIgQgBkEIaiAEQSxsQbDTwABqENYCQf8BcUEBRhshBCADIAVrIQMMAQsLAkACQCAGQQhqIARB\
LGxBsNPAAGoQ1gJB/wFxIgMEQEGweiEDA0AgA0UEQEEAIQRBAyEFQbCGwQAhB0EAIQNBACECQQAh\
AQwDCyADQcSGwQBqIQUgA0HAhsEAaiEHIANBJGoiBCEDIAEgAiAHKAIAIAUoAgAQxQJFDQALIARB\
jIbBAGohAyAEQa2GwQBqLQAAIQEgBEGshsEAai0AACECIARBqIbBAGooAgAhBSAEQaSGwQBqKAIA\
IQdBACEEDAELIAQgA0H/AUZqIgFBxQBLDQEgAUEsbCIDQbDTwABqIQQgAy0A2dNAIQEgAy0A2NNA\
IQIgAygCvNNAIQUgAygCuNNAIQcgAygCwNNAIQMLIAAgAzYCDCAAIAQ2AgggACABOgARIAAgAjoA\
ECAAIAU2AgQgACAHNgIAIAZBEGokAA8LQcYAQcYAQdCAwQAQswEAC5MFAQl/IwBBMGsiBiQAAkAC\
QCACBEACQCADBEAjAEEwayIFJAAgBUEANgIsIAUgAzYCJCAFIAM2AhwgBSAENgIgIAUgAyAEaiII\
NgIoIAVBJGohCiADIQQDQCAFQRBqIAoQhAEgBSgCFCIHQQlGIAdBIEZyBEAgBSgCJCEEIAUoAigh\
CAwBBQJ/IAdBgIDEAEcEQCAFKAIkIAUoAhAiByAIIARramogBSgCKGsMAQtBACEHQQALIQgDQCAF\
KAIkIQsgBSgCKCEMIAVBCGogChCkASAFKAIIIQ0gBSgCDCIEQQlGIARBIEZyDQALIAYgBEGAgMQA\
RwR/IAUoAiQgDCALayANamogBSgCKGsFIAgLIAdrNgIEIAYgAyAHajYCACAFQTBqJAALCyAGKAIE\
IQUgBigCACEHQQAhA0EAIQQDQCADIAVGDQIgAiAESwRAIAMgB2ohCCADQQFqIQMgASAEai0AACAI\
LQAAcyAJciEJIARBAWoiBEEAIAIgBEcbIQQMAQsLIAQgAkHkh8EAELMBAAsgBkECNgIsIAZBjIjB\
ADYCKCAGQQI2AiQgBkH0h8EANgIgIAZBFGpBmozAACAGQSBqEKoCIABBADYCACAAIAYpAgw3AgQg\
ACAGKQIUNwIMIAAgBigCHDYCFCAAQQE6ABgMAwsgAiAFRhDhAiAJQQAgCWtywEEAThDhAnEQ4QJB\
/wFxRQ0BIABBAjYCAAwCCyAAQQI2AgAMAQsgBkECNgIsIAZBjIjBADYCKCAGQQI2AiQgBkH0h8EA\
NgIgIAZBFGpBtpzAACAGQSBqEKoCIABBADYCACAAIAYpAgw3AgQgACAGKQIUNwIMIAAgBigCHDYC\
FCAAQQE6ABgLIAZBMGokAAuCAwEEfyAAKAIMIQICQAJAAkAgAUGAAk8EQCAAKAIYIQMCQAJAIAAg\
AkYEQCAAQRRBECAAKAIUIgIbaigCACIBDQFBACECDAILIAAoAggiASACNgIMIAIgATYCCAwBCyAA\
QRRqIABBEGogAhshBANAIAQhBSABIgJBFGogAkEQaiACKAIUIgEbIQQgAkEUQRAgARtqKAIAIgEN\
AAsgBUEANgIACyADRQ0CAkAgACgCHEECdEGAvMEAaiIBKAIAIABHBEAgAygCECAARg0BIAMgAjYC\
FCACDQMMBAsgASACNgIAIAJFDQQMAgsgAyACNgIQIAINAQwCCyAAKAIIIgAgAkcEQCAAIAI2Agwg\
AiAANgIIDwtBmL/BAEGYv8EAKAIAQX4gAUEDdndxNgIADwsgAiADNgIYIAAoAhAiAQRAIAIgATYC\
ECABIAI2AhgLIAAoAhQiAEUNACACIAA2AhQgACACNgIYDwsPC0Gcv8EAQZy/wQAoAgBBfiAAKAIc\
d3E2AgAL/wIBBn8jAEFAaiIDJAAgA0EQaiABIAIQtwECQCADKAIQQQFxRQRAIABBBzYCAAwBCyAD\
KAIUIQUgA0Gwh8EAKAIANgI8IANBqIfBACkCADcCNCADQaCHwQApAgA3AiwgA0GYh8EAKQIANwIk\
IANBJGohBwJAAkADQCAEQQRqIgZBIEYNASAEIAdqIAYhBCgCACAFRw0ACyAFQQJHDQEgA0EIaiAB\
IAJBAWoQtwEgAygCCEEBcUUEQCAAQQc2AgAMAwsgAygCDCEEIAMgASACQQJqELcBIAMoAgBBAXFF\
BEAgAEEHNgIADAMLIAMoAgQiAiAEaiIGIAJJBEAgAEEHNgIADAMLIAEoAmQgBkkEQCAAQQc2AgAM\
AwsgA0EcaiABKAJgIARqIAIQGiADKAIcQQFGBEAgAEEHNgIADAMLIAMoAiAhASAAIAMoAiQ2Aggg\
ACABNgIEIABBAjYCAAwCCyAAQQc2AgAMAQsgAEIBNwIEIAAgBTYCAAsgA0FAayQAC8oEARN/IwBB\
EGsiCiQAAkAgASgCECIMIAEoAggiEEsNACABQRRqIhEgAS0AGCIHakEBayESIAEoAgQhDSABKAIM\
IQUgB0EFSSETAkACQANAIAUgDEsNAyAFIA1qIQYgEi0AACELAkAgDCAFayIEQQdNBEBBACECQQAh\
AwNAIAMgBEYEQCAEIQMMAwsgCyADIAZqLQAARgRAQQEhAgwDBSADQQFqIQMMAQsACwALIApBCGoh\
DkEAIQMCQAJAAkAgBiAGQQNqQXxxIgJGBEAgBEEIayEPQQAhAgwBCyAEIAIgBmsiAiACIARLGyEC\
IAQEQCALIQhBASEJA0AgAyAGai0AACAIRg0EIAIgA0EBaiIDRw0ACwsgAiAEQQhrIg9LDQELIAtB\
gYKECGwhAwNAQYCChAggAiAGaiIJKAIAIANzIghrIAhyQYCChAggCUEEaigCACADcyIIayAIcnFB\
gIGChHhxQYCBgoR4Rw0BIAJBCGoiAiAPTQ0ACwsgAiAERwRAIAshA0EBIQkDQCADIAIgBmotAABG\
BEAgAiEDDAMLIAQgAkEBaiICRw0ACwtBACEJCyAOIAM2AgQgDiAJNgIAIAooAgwhAyAKKAIIIQIL\
IAJBAUcNASABIAMgBWpBAWoiBTYCDCAFIAdJDQAgBSAHayEEIAUgEEsNACATRQ0CIAQgDWogESAH\
EL4BDQALIAAgBTYCCCAAIAQ2AgRBASEUDAILIAEgDDYCDAwBC0EAIAdBBEG4ocAAEDcACyAAIBQ2\
AgAgCkEQaiQAC9AEAgh/AX4jAEEwayIEJAAgAigCBCIGIAIoAghBHGxqIQgjAEEgayIFJAAgBUEI\
aiAIIAZrQRxuIgJBBEEMELIBIAVBADYCHCAFIAUpAwg3AhQjAEEQayIJJAAgBUEUaiIHIAIQuQIg\
BykCBCEMIAkgB0EIajYCBCAJIAxCIIk3AgggCUEEaiIKKAIEIQcgCigCACAGIAhHBEAgBkEIaiEG\
IAooAgggB0EMbGohCCACIAdqIQcDQCAIQQhqIAZBBGo2AgAgCCAGQQRrKQIANwIAIAZBHGohBiAI\
QQxqIQggAkEBayICDQALCyAHNgIAIAlBEGokACAEIAUoAhw2AgggBCAFKQIUNwIAIAVBIGokACAE\
QQxqIAQoAggQnAEgBCgCFCECIAQoAhAhBSADBEAgBCAENgIYIAUgAiAEQRhqQcizwAAQFgsgAEHg\
s8AAQQEgASgCDCIJEQEAIAQoAgwhBiAEQQA2AiwgBCAFIAJBAnQiB2o2AiQgBCAGNgIgIAQgBTYC\
HCAEIAU2AhggBCAENgIoQQEhAgNAAkACQCAHRQ0AIAQgBUEEaiIGNgIcIAQgBSgCAEHks8AAEKUC\
IgUoAgAiCEUNACAFKAIIIQogBSgCBCEFIAQgAjYCLCACQQFGDQEgAEHqssAAQQEgCREBAAwBCyAE\
QRhqELUCIABB4bPAAEEBIAkRAQAgBBCIAyAEQTBqJAAPCyAAIAEgCCAFECkgAEHis8AAQQEgCREB\
ACAAIAEgCiADEEcgB0EEayEHIAJBAWohAiAGIQUMAAsAC/gCAQR/IwBB4ABrIgMkACADQRhqIAFB\
ACACKAIMEQEAAkACQAJAAkAgAy0AGEEDaw4EAgEBAAELIABBBGpBlIjBAEHgABDJAiAAQYCAgIB4\
NgIADAILIAMgAykCIDcDMCADIAMpAhg3AyggA0EIaiADQRhqEMcCIAMgAykDCDcCUCADQQI2Alwg\
AyADQdAAajYCWCADQUBrQbqFwAAgA0HYAGoQqgIgAEKAgICACDcCACAAIAMpAjg3AgggACADKQJA\
NwIQIAAgAygCSDYCGCAAQQE6ABwgA0EoahDtAQwBCyADQRBqIAMoAiAiBCADKAIkIgUQTyADKAIU\
BEAgAygCHCEGIABBDGogBCAFEC0gACACNgIkIAAgATYCICAAIAU2AgggACAENgIEIAAgBjYCAAwB\
CyADIANBHGoiASgCCDYCQCADIAEpAgA3AzggAEEEakH0iMEAQRkQyQIgAEGAgICAeDYCACADQThq\
EIoDCyADQeAAaiQAC8MCAQR/IABCADcCECAAAn9BACABQQh2IgNFDQAaQR8gAUGAgIAITw0AGiAB\
QSYgA2ciA2t2QQFxIANBAXRyQT5zCyICNgIcIAJBAnRBgLzBAGohBEEBIAJ0IgNBnL/BACgCAHFF\
BEAgBCAANgIAIAAgBDYCGCAAIAA2AgwgACAANgIIQZy/wQBBnL/BACgCACADcjYCAA8LAkACQCAB\
IAQoAgAiAygCBEF4cUYEQCADIQIMAQsgAUEZIAJBAXZrQQAgAkEfRxt0IQUDQCADIAVBHXZBBHFq\
IgQoAhAiAkUNAiAFQQF0IQUgAiEDIAIoAgRBeHEgAUcNAAsLIAIoAggiASAANgIMIAIgADYCCCAA\
QQA2AhggACACNgIMIAAgATYCCA8LIARBEGogADYCACAAIAM2AhggACAANgIMIAAgADYCCAvZAgEF\
fyMAQUBqIgMkACADIAA2AiggAEEoaiEGIAAtAGghBCADIANBKGo2AiwCQAJAAkBBwAAgBGsiBSAC\
TQRAIAQNAQwCCyADQRBqIAQgBkHAAEHcosAAEIcCIANBCGogAiADKAIQIAMoAhRB7KLAABDnASAD\
KAIIIAMoAgwgASACQfyiwAAQngIgAiAEaiEEDAILIANBMGogASACIAVBjKLAABD4ASADKAI8IQIg\
AygCOCEBIAMoAjQhBSADKAIwIQcgA0EgaiAEIAZBwABBnKLAABCHAiADKAIgIAMoAiQgByAFQayi\
wAAQngIgA0EsaiAGQQEQwgILIAJBP3EhBCACQQZ2IgUEQCADQSxqIAEgBRDCAgsgA0EYaiAEIAZB\
wABBvKLAABDnASADKAIYIAMoAhwgASACQcD///8HcWogBEHMosAAEJ4CCyAAIAQ6AGggA0FAayQA\
C7kCAQR/IwBBEGsiBSQAAkACQCAALQAQRQRAIAAoAgwiAyACIAAoAghBAnRqQQxqTw0BCyAAQQE6\
ABAMAQsgACADIAJrIgQ2AgwgBUEIaiAEIAMgACgCACAAKAIEQZi2wAAQ9QEgBSgCCCAFKAIMIAEg\
AkGotsAAEJ4CAkACQCACQQNNBEAgAUEBayEBIAIhAwNAIANFDQIgASADaiADQQFrIQMsAABBAE4N\
AAtBBSEEDAILQQUhBCABKAAAQYCBgoR4cQ0BQQQgAUEDakF8cSIDIAFrIAEgA0YbIQMgAkEEayEG\
A0AgAyAGSQRAIAEgA2ooAgBBgIGChHhxDQMgA0EEaiEDDAELCyABIAZqKAAAQYCBgoR4cQ0BC0EE\
IQQLIAAgBCACELYCIAAgACgCDBCWAQsgBUEQaiQAC5QCAQF/IwBBIGsiBCQAAkACQAJAIAAgAk0E\
QCABIAJLDQEgACABTQ0CIAQgADYCCCAEIAE2AgwgBCAEQQxqrUKAgICAEIQ3AxggBCAEQQhqrUKA\
gICAEIQ3AxBBroTAACAEQRBqIAMQ8gEACyAEIAA2AgggBCACNgIMIAQgBEEMaq1CgICAgBCENwMY\
IAQgBEEIaq1CgICAgBCENwMQQb+GwAAgBEEQaiADEPIBAAsgBCABNgIIIAQgAjYCDCAEIARBDGqt\
QoCAgIAQhDcDGAwBCyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgBCENwMYCyAEIARBCGqtQoCA\
gIAQhDcDEEH4hsAAIARBEGogAxDyAQALwAICBX8BfiMAQUBqIgIkACACQSRqIAFBABANIAIgAikC\
KDcDECACIAIpAjA3AxgCQCACKAIkIgNBAkcEQCACKQI4IQcgACACKQMYNwIMIAAgAikDEDcCBCAA\
IAc3AhQgACADNgIADAELIAIgAikDEDcDACACIAIpAxg3AwggASgCJCIDIAEoAiAiBCADIARLGyEE\
IAEoAhwhBQNAAkAgAyAERg0AIAMgBWotAABBCWsiBkEXS0EBIAZ0QZOAgARxRXINACABIANBAWoi\
AzYCJAwBCwsgAkEkaiABELMCIABBBGohASACKAIkIgNBAkcEQCABIAIpAjg3AhAgASACKQIwNwII\
IAEgAikCKDcCACAAIAM2AgAgAhDtAQwBCyABIAIpAwg3AgggASACKQMANwIAIABBAjYCAAsgAkFA\
ayQAC4cCAQd/IwBBEGsiAyQAQQohAiAAKAIAIgQhACAEQegHTwRAA0AgA0EGaiACaiIFQQRrIAAi\
BiAAQZDOAG4iAEGQzgBsayIHQf//A3FB5ABuIghBAXQvAKqpQTsAACAFQQJrIAcgCEHkAGxrQf//\
A3FBAXQvAKqpQTsAACACQQRrIQIgBkH/rOIESw0ACwsgAEEJSwRAIAJBAmsiAiADQQZqaiAAIABB\
//8DcUHkAG4iAEHkAGxrQf//A3FBAXQvAKqpQTsAAAtBACAEIAAbRQRAIAJBAWsiAiADQQZqaiAA\
QQF0LQCrqUE6AAALIAFBAUEAIANBBmogAmpBCiACaxAXIANBEGokAAuXBwEIfyMAQdAAayIEJAAg\
BCADNgIMIAQgAjYCCCAEQRBqIAEQ8AIgBEERNgIgIARB/KPAADYCHAJAAkAgASgCGCICBEAgASgC\
EEUNAQsjAEEwayICJAAgAiABQQxqIgMoAgAiASADKAIEIgNqNgIsIAIgATYCKCACIAM2AiQgAiAB\
NgIgIAJBs4bBADYCHCACQbCGwQA2AhggAkEMaiEGIwBBQGoiASQAIAFBEGogAkEYaiIDEGwCQCAB\
KAIQIggEQCABKAIUIQkgAUEoaiIHIAMQfyABQQhqQQQgASgCKEEBaiIFQX8gBRsiBSAFQQRNG0EE\
QQgQsgEgASgCCCEKIAEoAgwiBSAJNgIEIAUgCDYCACABQQE2AiQgASAFNgIgIAEgCjYCHCABIAMp\
AhA3AzggASADKQIINwMwIAEgAykCADcDKCABQRxqIQUjAEEgayIDJAADQAJAIANBCGogBxBsIAMo\
AggiCUUNACADKAIMIQogBSgCCCIIIAUoAgBGBEAgA0EUaiAHEH8gBSADKAIUQQFqIgtBfyALGxC6\
AgsgBSgCBCAIQQN0aiILIAo2AgQgCyAJNgIAIAUgCEEBajYCCAwBCwsgA0EgaiQAIAYgASgCJDYC\
CCAGIAEpAhw3AgAMAQsgBkEANgIIIAZCgICAgMAANwIACyABQUBrJAAgBEEkaiIBIAIoAhAgAigC\
FBARIAYQiQMgAkEwaiQAIARBAjYCTCAEQQI2AkQgBEEDNgI8IARBAzYCNCAEIARBCGo2AkggBCAE\
QRxqNgJAIAQgATYCOCAEIARBEGo2AjAgAEHvisAAIARBMGoQqgIgARCKAwwBCyAEQSRqIQMjAEEg\
ayIBJAAgASACKAIIIgU2AhAgASAFIAIoAgxqNgIUIAJBCGohBkEBIQJBtv3AACEFAkAgAUEQahD0\
ASIHQYCAxABGDQAgB0HhAGtBH3ciB0EKSw0AIAdBAnQiBSgCgJpBIQIgBSgC1JlBIQULIAEgAjYC\
DCABIAU2AgggAUECNgIcIAEgBjYCGCABQQI2AhQgASABQQhqNgIQIANBl4vAACABQRBqEKoCIAFB\
IGokACAEQQI2AkwgBEECNgJEIARBAzYCPCAEQQM2AjQgBCAEQQhqNgJIIAQgBEEcajYCQCAEIAM2\
AjggBCAEQRBqNgIwIABBuorAACAEQTBqEKoCIAMQigMLIARBEGoQigMgBEHQAGokAAu2AgEDfyMA\
QeAAayIEJAAgBCADNgIYIAQgAjYCFCABKAIIQRRsIQMgASgCBCEFAkACQANAIANFDQEgBCADQRRr\
IgMgBWoiAjYCOCAEQThqIgYgBEEUahCPAkUNAAsgBEEIaiABQQxqEKIDIAQgBCgCCCAEKAIMIAJB\
DGooAgAgAkEQaigCAEH0r8AAEHMgBEEANgJcIARBBDYCSCAEQdirwAA2AkQgBEEANgJAIARCgICA\
gMAANwI4IAQgBCgCBCIBNgJYIAQgBCgCACICNgJUIAQgATYCUCAEIAI2AkwgBEEcaiAGQQEQDQJA\
IAQoAhxBAkYEQCAAIAQpAig3AgggACAEKQIgNwIADAELIABBBjoAACAEQRxqEL0CCyAEQThqEIsD\
DAELIABBBjoAAAsgBEHgAGokAAuIAgEGfyAAKAIIIgQhAgJ/QQEgAUGAAUkNABpBAiABQYAQSQ0A\
GkEDQQQgAUGAgARJGwsiBiAAKAIAIARrSwR/IAAgBCAGEGcgACgCCAUgAgsgACgCBGohAgJAIAFB\
gAFPBEAgAUE/cUGAf3IhBSABQQZ2IQMgAUGAEEkEQCACIAU6AAEgAiADQcABcjoAAAwCCyABQQx2\
IQcgA0E/cUGAf3IhAyABQf//A00EQCACIAU6AAIgAiADOgABIAIgB0HgAXI6AAAMAgsgAiAFOgAD\
IAIgAzoAAiACIAdBP3FBgH9yOgABIAIgAUESdkFwcjoAAAwBCyACIAE6AAALIAAgBCAGajYCCEEA\
C4gCAQZ/IAAoAggiBCECAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIGIAAo\
AgAgBGtLBH8gACAEIAYQbyAAKAIIBSACCyAAKAIEaiECAkAgAUGAAU8EQCABQT9xQYB/ciEFIAFB\
BnYhAyABQYAQSQRAIAIgBToAASACIANBwAFyOgAADAILIAFBDHYhByADQT9xQYB/ciEDIAFB//8D\
TQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoAAAwCCyACIAU6AAMgAiADOgACIAIgB0E/cUGAf3I6\
AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAEIAZqNgIIQQAL7QEBA38gACADKAIIIAEoAgwg\
ASgCCCIFQRl3IAVBDndzIAVBA3ZzamogBCgCBCIGQQ93IAZBDXdzIAZBCnZzaiIGNgIMIAAgAygC\
BCAFIAEoAgQiB0EZdyAHQQ53cyAHQQN2c2pqIAQoAgAiBUEPdyAFQQ13cyAFQQp2c2oiBTYCCCAA\
IAMoAgAgByABKAIAIgFBGXcgAUEOd3MgAUEDdnNqaiAGQQ93IAZBDXdzIAZBCnZzajYCBCAAIAEg\
BCgCDGogAigCDCIAQRl3IABBDndzIABBA3ZzaiAFQQ93IAVBDXdzIAVBCnZzajYCAAuBAgEGfwJA\
AkAgASgCACIIKAIIIgkgBUkgBCAFS3JFBEAgCCgCBCIIIAVBAnRqIQsgCCAEQQJ0aiEFIAEoAgwh\
DCABKAIIIQ0gASgCBCEIQQAhCQNAIAEhBANAIAUgC0YNAyAIIAUoAgAiARDxAiAGSQ0DIA0gAiAD\
IAEQyQEhCiABIANPDQQgBUEEaiEFIAEgAmogCjoAACAKIAggARDxAiAMIAcgARDcASAGaklyDQAL\
IAlFQQEhCQ0AIAEgBCAIIAEQ8QIgCCAEEPECSRshAQwACwALIAQgBSAJQaSpwAAQNwALIAAgBDYC\
BCAAIAk2AgAPCyABIANBtKnAABCzAQALrwQBC38jAEEQayIHJAACQEGku8EAKAIADQBBpLvBAEF/\
NgIAQbS7wQAoAgAiAkGwu8EAKAIAIgBGBEAgAiIAQai7wQAoAgAiAUYEQNBvQYABIAAgAEGAAU0b\
IgD8DwEiBEF/Rg0CAkBBuLvBACgCACIBRQRAQbi7wQAgBDYCAAwBCyABIAJqIARHDQMLIwBBEGsi\
BSQAIAVBCGohCEGwu8EAKAIAIQlBBCEBIwBBEGsiBiQAQai7wQAoAgAgCWsgAE8Ef0GBgICAeAUg\
BkEIaiEEIwBBEGsiAyQAAn9BACAAIAlqIgEgAEkNABogA0EEakGou8EAIAFBBEEEEEogAygCBEEB\
RgRAIAMoAgwhCiADKAIIDAELIAMoAgghAEGou8EAIAE2AgBBrLvBACAANgIAQYGAgIB4CyEAIAQg\
CjYCBCAEIAA2AgAgA0EQaiQAIAYoAgwhASAGKAIICyEAIAggATYCBCAIIAA2AgAgBkEQaiQAIAUo\
AgwhASAHQQhqIgAgBSgCCDYCACAAIAE2AgQgBUEQaiQAIAcoAghBgYCAgHhHDQJBqLvBACgCACEB\
QbC7wQAoAgAhAAsgACABTw0BQay7wQAoAgAgAEECdGogAkEBajYCAEGwu8EAIABBAWoiADYCAAsg\
ACACTQ0AQbS7wQBBrLvBACgCACACQQJ0aigCADYCAEGku8EAQaS7wQAoAgBBAWo2AgBBuLvBACgC\
ACAHQRBqJAAgAmoPCwAL2WICOH8BfiMAQUBqIhIkACASQQA2AhggEiABKAIAKAIAIgY2AhwCQCAB\
KAIQKAIAIgUEQCASQRBqIAUgASgCFCgCABDgASASKAIQIQUgEkEwaiIIIBIoAhQiATYCCCAIIAU2\
AgQgCCABNgIAAkAgEigCMEGAgICAeEYEQCASIBIpAjQ3AiQgEkGBgICAeDYCIAwBCyASIBIoAjg2\
AiggEiASKQIwIjo3AyAgOqdBgYCAgHhHDQILIBJBCGohBUEAIQECfyASQSBqIgAoAgBBgYCAgHhG\
BEAgACgCCCEBIAAoAgQMAQsgABDeAkEACyEAIAUgATYCBCAFIAA2AgAgEigCCCEGIBIoAgwhBQJA\
IBJBGGoiACgCACIBBEAgACgCBCEADAELIABBBGoQ1QILIBIgADYCBCASIAE2AgAgEigCACIBIAYg\
ARsiAEEBIAAbIBIoAgQgBSABG0EAIAAbEKEDAAsgEkGAgICAeDYCIAsgEiASKAIoNgI4IBIgEikD\
IDcDMCASQTBqIQwjAEHQAGsiGCQAIBggBjYCCCAYQQxqIgEgGEEIahCfAxBMAkAgGCgCDEECRwRA\
IAEQ3gEhASAAQYCAgIB4NgIAIAAgATYCBCAMEN4CDAELIwBBEGsiByQAIAdBBGogGEEIaiINEJ8D\
IgUQ+QEgBygCCCANEJ8DIQgjAEEQayIKJAAgDRCfAyEGIAogCDYCDCAKIAY2AgggBiAIRwRAIwBB\
EGsiACQAIAAgCkEMajYCDCAAIApBCGo2AggjAEFAaiIBJAAgAUHcqMEANgIEIAEgAEEIajYCACAB\
QdyowQA2AgwgASAAQQxqNgIIIAFBwLrBACgCADYCFCABQbS6wQAoAgA2AhAgASABQQhqrUKAgICA\
sA+ENwMwIAEgAa1CgICAgLAPhDcDKCABIAFBEGqtQoCAgIDQD4Q3AyBB14jAACABQSBqQfSbwQAQ\
8gEACyAIIA0oAgAlARABIApBEGokACAYQShqIgEgBTYCCCABIAcpAgQ3AgAgB0EQaiQAAkAgDCgC\
AEGAgICAeEcEQCAYIAwoAggiBjYCSCAYIAwpAgA3A0AgGEEANgIUIBhCgICAgMAANwIMIBgoAkQh\
BSMAQSBrIggkACAIQQhqIgFB1LfAAEEVEJcBIAhBFGogBSAGEJcBIBhBDGoiBSABEMoBIBhBNGoi\
ASAFKAIINgIIIAEgBSkCADcCACAIQSBqJAAgGEFAaxCKAwwBCyAYQQA2AjwgGEKAgICAwAA3AjQL\
IBhBKGoiOCEoIBhBNGoiOSEGIwBB8ABrIhckAAJAQQBB7LfAACgCABEFACIBBEAgF0EIaiABQfC3\
wAAQhAJBgICAgHghLiAXKAIMITICfwJAIBcoAggiASgCAEGAgICAeEcEQCAXQTBqIRMgKCgCBCEM\
ICgoAgghBSABQQxqIR8jAEGQAmsiBCQAIARBEGohGiAGKAIIQRhsIQ8gBigCBCIIQRBqIQYCfwNA\
QQAgD0UNARoCQCAIKAIIQRVGBEAgBkEMaygCACEHQRUhDUHUt8AAIQpBFSEZA0AgGUUgDUVyIgFF\
BEAgCi0AACEQIActAAAhCyANQQFrIQ0gCkEBaiEKIBlBAWshGSAHQQFqIQcgC0EgQQAgC0HBAGtB\
/wFxQRpJG3JB/wFxIBBBIEEAIBBBwQBrQf8BcUEaSRtyQf8BcUYNAQsLIAENAQsgCEEYaiEIIA9B\
GGshDyAGQRhqIQYMAQsLIAZBBGooAgAhCCAGKAIACyEBIBogCDYCBCAaIAE2AgAgBEHgAGogHygC\
BCAfKAIIIAQoAhAgBCgCFBAuAkAgBCgCYCIBQQJHBEAgEyAEKQJ0NwIYIBMgBCkCbDcCECATIAQp\
AmQ3AgggE0EBNgIAIBMgATYCBAwBCyAEQeAAaiERIwBB8AFrIgIkACACQRBqIAwgBRAfIAIoAhgh\
BiACKAIUIQECQCACKAIQIgVBAkcEQCARIAIpAiQ3AhggESACKQIcNwIQIBEgBjYCDCARIAE2Aggg\
ESAFNgIEIBFBgICAgHg2AgAMAQsgAkEANgI0IAIgBjYCMCACIAE2AiwgAiAGNgIoIAIgATYCJCAC\
QQQ2AiAgAkHYq8AANgIcIAJBADYCGCACQoCAgIDAADcCEAJAAkACQAJAAkACQAJAAkADQCAGIB1G\
DQEgASAdai0AACIIQQlrIgVBF0tBASAFdEGTgIAEcUVyRQRAIAIgHUEBaiIdNgI0DAELCyAIQfsA\
Rw0AIAIgHUEBaiIINgI0IAJBADYCfCACQoCAgIDAADcCdCAGIAggBiAISxshBwNAIAcgCEYNAyAB\
IAhqLQAAIg1BCWsiBUEXS0EBIAV0QZOAgARxRXINAiACIAhBAWoiCDYCNAwACwALIAJB1AFqIAJB\
EGoQOCACIAIpAtgBNwOQASACIAIpAuABNwOYAQJAIAIoAtQBIgFBAkcEQCACKQLoASE6IBEgAikD\
mAE3AhAgESACKQOQATcCCCARIDo3AhggESABNgIEDAELIAIgAikDkAE3A1ggAiACKQOYATcDYCAC\
IAJB2ABqIgEQxwIgAiACKQMANwLIASACQQI2ApQBIAIgAkHIAWo2ApABIAJB4AFqQY2FwAAgAkGQ\
AWoQqgIgAkEANgLUASARIAIpAtQBNwIEIBEgAikC3AE3AgwgESACKQLkATcCFCACQQE6AOwBIBEg\
AigC7AE2AhwgARDtAQsgEUGAgICAeDYCAAwGCyANQf0ARg0BCyACQeQBaiEgIAJBlQFqIRUgAkHZ\
AWohDiACQaABaiEhIAJBmAFqIRkgAkHcAWohGiACQZQBaiEbIAJB2AFqIRwDQCACQdQBaiACQRBq\
QQEQIiACIBwpAgA3A5ABIAIgHCgCCDYCmAEgAigC1AEiD0ECRwRAIAIgAigC7AE2AnAgAiACKQLk\
ATcCaCACIAIpA5ABNwJcIAIgAigCmAE2AmQMAwsgAiACKQOQATcDgAEgAiACKAKYATYCiAEgAigC\
NCIFIAIoAjAiDSAFIA1LGyEIIAIoAiwhDwNAAkAgBSAIRgRAIAghBQwBCyAFIA9qLQAAQQlrIgdB\
F0tBASAHdEGTgIAEcUVyDQAgAiAFQQFqIgU2AjQMAQsLIAJBADYCtAEgAkKAgICAEDcCrAEgBSEI\
A0AgCCANIAggDUsbIQ0CQAJAA0ACQAJAAkACQAJAIAggDUYNACAIIA9qLQAAIgdBCWtBAkkNAwJA\
IAdBIGsOAwQBAwALIAdBDUYNAyAHQdsARiAHQfsARnINAQsgAkHUAWogAkEQahAbIAIoAtQBIg9B\
AkYNAyAVIA4pAAA3AAAgFSAOKQAINwAIIBUgDikADzcADyACIAItANgBOgCUASACIA82ApABDAUL\
IAJB1AFqIAJBEGogAigCtAFBAWoQkQEgAigC1AEiD0ECRwRAIBkgGikCADcCACAZIBopAgg3Aggg\
GSAaKAIQNgIQIAIgAigC2AE2ApQBIAIgDzYCkAEMBQsgAiACKAI0QQFqIgg2AjRB/QBB3QAgB0H7\
AEYiCxshECACKAIwIQogAigCLCEMAkACQANAIAggCk8NASAIIAxqLQAAIgdBCWsiDUEXS0EBIA10\
QZOAgARxRXJFBEAgAiAIQQFqIgg2AjQMAQsLIAcgEEYNAQsgAigCtAEiByACKAKsAUYEQCMAQRBr\
IgokACAKQQRqIAJBrAFqIgwoAgAiCCAMKAIEQQggCEEBdCIIIAhBCE0bIg0QeiAKKAIEQQFGBEAg\
CigCCCAKKAIMENECAAsgCigCCCEIIAwgDTYCACAMIAg2AgQgCkEQaiQACyACKAKwASAHaiAQOgAA\
IAIgB0EBajYCtAEgC0UNBiACQdQBaiACQRBqQQAQIiACIBwpAgA3A8gBIAIgHCgCCDYC0AEgAigC\
1AEiD0ECRwRAICEgICgCCDYCCCAhICApAgA3AgAgGyACKALQATYCCCAbIAIpA8gBNwIADAYLIAIg\
AikDyAE3A7gBIAIgAigC0AE2AsABIAJBuAFqEIoDDAYLIAIgCEEBajYCNAwCCyACQdQBaiACQRBq\
QQAQDyACKALUASIPQQJGDQEgGyAcKQIQNwIQIBsgHCkCCDcCCCAbIBwpAgA3AgAMAwsgAiAIQQFq\
Igg2AjQMAQsLIAIoAjQhCCACKAIsIQsgAigCMCEQIAIoArQBIQcgAigCsAEhCgNAQQIhDyAHRQ0B\
IAcgCmpBAWsiDEUNASAIIBAgCCAQSxshDSAMLQAAIQwCQAJAAkADQCAIIA1GDQECQCAIIAtqLQAA\
IhZBCWtBAkkgFkENRnIgFkEgRnJFBEAgFkEsRw0BIAIgCEEBajYCNCAMQf0ARw0IIAJB1AFqIAJB\
EGpBABAiIAIgHCkCADcDyAEgAiAcKAIINgLQASACKALUASIPQQJGDQQgISAgKAIINgIIICEgICkC\
ADcCACAbIAIoAtABNgIIIBsgAikDyAE3AgAMBwsgAiAIQQFqIgg2AjQMAQsLIAwgFkYNAgsgAkGQ\
AWogAkEQakGbrcAAQaWtwAAgDEH9AEYbQQoQZCACKAKQASEPDAMLIAIgAikDyAE3A7gBIAIgAigC\
0AE2AsABIAJBuAFqEIoDDAMLIAIgB0EBayIHNgK0ASACIAhBAWoiCDYCNAwACwALIAJBrAFqEIoD\
IA9BAkcEQCACIBspAhA3AmwgAiAbKQIINwJkIAIgGykCADcCXCACQYABahCKAwwFCyACKAI0IQgg\
AigCfCINIAIoAnRGBEAgAkH0AGoQ0AELIAIoAnggDUEUbGoiByACKAKIATYCCCAHIAIpA4ABNwIA\
IAcgCDYCECAHIAU2AgwgAiANQQFqNgJ8IAIoAjQiCCACKAIwIg0gCCANSxshByACKAIsIQUDQAJA\
AkAgByAIRwRAIAUgCGotAAAiDEEJa0ECSSAMQQ1GciAMQSBGcg0BIAxBLEYEQCACIAhBAWo2AjQM\
BwsgDEH9AEYNAgsgAkHYAGogAkEQakGbrcAAQQoQZCACKAJYIQ8MBwsgAiAIQQFqIgg2AjQMAQsL\
IAIgAikCdDcCXCACIAIoAnw2AmQgAiAIQQFqIgc2AjQMBQsgAigCLCEPIAIoAjQhCCACKAIwIQ0M\
AAsACwALIAIgAikCdDcCXCACIAIoAnw2AmQgAiAIQQFqIgc2AjQgASEFIAYhDQwBCyACQfQAahCP\
AyAPQQJHDQEgAigCLCEFIAIoAjAhDSACKAI0IQcLIAIgAikCXDcDOCACIAIoAmQ2AkAgByANIAcg\
DUsbIQwgByEIA0ACQCAIIAxGDQAgBSAIai0AAEEJayINQRdLQQEgDXRBk4CABHFFcg0AIAIgCEEB\
aiIINgI0DAELCyACQdQBaiACQRBqELMCIAIoAtQBIgVBAkcEQCARIAIpAugBNwIYIBEgAikC4AE3\
AhAgESACKQLYATcCCCARQYCAgIB4NgIAIBEgBTYCBCACQThqEI8DDAILAkAgAigCGCIIRQRAQYCA\
gIB4IQgMAQsgAigCFCEFIAJB2ABqIAEgBhCXASAIQQJ0IQgDQCAIBEAgAkEIaiACQdgAaiAFKAIA\
IgEgAUEEakHErMAAENQBIAIoAgggAigCDEHUrMAAQQRB2KzAABCeAiAIQQRrIQggBUEEaiEFDAEL\
CyACKAJYIQggAkGQAWogAigCXCIBIAIoAmAiBhAaIAIoApABRQ0AIAIgAikClAEiOjcC4AEgAiAG\
NgLcASACIAE2AtgBIAIgCDYC1AEgCEGAgICAeEYEQCABIQggBiEBIDqnIQYMAQsgAkHUAWoQigNB\
ASEBQQAhCEEAIQYLIBEgAigCQDYCCCARIAIpAzg3AgAgESAHNgIcIBEgHTYCGCARIAY2AhQgESAB\
NgIQIBEgCDYCDCACQRBqEIsDDAILIBEgAikCaDcCFCARIAIoAnA2AhwgAiACKAJkIgE2AlAgAiAC\
KQJcIjo3A0ggESABNgIQIBEgOjcCCCARIA82AgQgEUGAgICAeDYCAAsgAkEQahCLAwsgAkHwAWok\
ACAEIAQpAmQ3AzggBCAEKQJsNwNAIAQgBCkCdDcDSCAEIAQoAnw2AlAgBCgCYCIBQYCAgIB4RgRA\
IBMgBCgCUDYCHCATIAQpA0g3AhQgEyAEKQNANwIMIBMgBCkDODcCBCATQQE2AgAMAQsgBCAEKAJQ\
NgI0IAQgBCkDSDcCLCAEIAQpA0A3AiQgBCAEKQM4NwIcIAQgATYCGCAEQeAAaiAEQRhqQbikwAAQ\
MyAEIAQpAmQ3A5gBIAQgBCkCbDcDoAEgBCAEKQJ0NwOoASAEIAQoAnw2ArABAkAgBCgCYCIBQYCA\
gIB4RgRAIBMgBCgCsAE2AhwgEyAEKQOoATcCFCATIAQpA6ABNwIMIBMgBCkDmAE3AgQgE0EBNgIA\
DAELIAQgBCkDmAE3AjwgBCAEKQOgATcCRCAEIAQpA6gBNwJMIAQgBCgCsAE2AlQgBCAEKQKAATcC\
WCAEIAE2AjggBEGAgICAeDYCiAEgBCAEQRhqNgKUASAEQeAAaiAEQThqIB8gBEGIAWpB0KTAABAM\
IAQgBCkCaDcDuAEgBCAEKQJwNwPAASAEIAQpAng3A8gBIAQoAmQhAQJAIAQoAmBBAUYEQCATIAQp\
A8gBNwIYIBMgBCkDwAE3AhAgEyAEKQO4ATcCCCATIAE2AgQgE0EBNgIADAELIAFBgICAgHhHBEAg\
BCAEKQO4ASI6NwKcASAEIAQpA8gBNwKsASAEIAQpA8ABNwKkASAEIAE2ApgBIDqnIg9BDGohCCAE\
KAKgASINQegAbCEBIARB5ABqIQwDQAJAAn8CQAJAAkAgAQRAIAQgCCkCADcD2AEgBCAIQQhrIhkp\
AgA3A9ABIBlBgoCAgHg2AgAgCEEEayEHQQMgBCgC0AEiBkGAgICAeHMgBkEAThtBAmsOAgMCAQsg\
DUHoAGwhCCAfLQA9QQFxIREDQAJAIAgEQCAEQeAAaiElIAQoAjwhMyAEKAJAITRBACENIwBB8AFr\
IgMkAAJAAkACQCAPEKkDIiZBgfgBTwRAIA9BBGohIiAPKAIEQYCAgIB4RgRAIANBgAFqIQYjAEEg\
ayIHJAACQAJAAkACQEEDICIoAgAiAUGAgICAeHMgAUEAThtBAWsOAwECAgALIAdBBGogIigCCCAi\
KAIMEFwgBygCBCIFQQJHIActAAgiAUEFR3JFBEAgBiAHKAIUNgIIIAYgBykCDDcCAAwDCyAGQQA2\
AgggBkKAgICAwAA3AgAgBUECRwRAIAdBBGoQvQIMAwsgAUEFRg0CIAdBCGoQ7QEMAgsgBiAiQQRq\
EE4MAQsgBkEANgIIIAZCgICAgMAANwIACyAHQSBqJAAgIhDwASAPQYGAgIB4NgIEIA8gAykCgAE3\
AgggDyADKAKIATYCECAPEKkDIiZBgfgBSQ0DCyARDQEgD0EIaiE1IA9BLGohIyADQYwBaiEbIANB\
zABqIScDQCMAQRBrIgYkACAGQQhqQQpBCSAPKAIAGxDGAiAGKAIMIQUgA0E4aiIBIAYoAgg2AgAg\
ASAFNgIEIAZBEGokACADKAI8IRkgAygCOCEaQQAhKQJAIA8oAjQiCkUNACAPKAIwIApBDGxqIgFB\
DEYNACADQTBqQdylwABBCCABQQhrKAIAIAFBBGsoAgAQmwIgAygCMCIHRQ0AIAMoAjQiBkEFTwR/\
QeSlwAAgByAGQQVrakEFEP4CBUEACyEFIANBKGoiASAGQQVrNgIEIAEgB0EAIAUbNgIAIAMoAigi\
B0UNAAJAAkACQCADKAIsIgYOAgMAAQsgBy0AACIFQStrDgMCAQIBCyAHLQAAIQULIAcgBUH/AXFB\
K0YiAWohBQJAIAYgAWsiFEEJTwRAQQAhDQNAIBRFISkgFEUNAyANrUIKfiI6QiCIpw0CIANBIGog\
BS0AAEEKEOIBIAMoAiBBAUcNAiAFQQFqIQUgFEEBayEUIDqnIgEgAygCJGoiDSABTw0ACwwCC0EA\
IQ0DQCAURSEpIBRFDQIgA0EYaiAFLQAAQQoQ4gEgAygCGEEBRw0CIAVBAWohBSAUQQFrIRQgAygC\
HCANQQpsaiENDAALAAsLAkAgIigCAEGBgICAeEYEQCADIBogGRD/AjYCmAEgA0IENwKQASADQgA3\
AogBIANCgICAgMAANwKAAUEAIRQgA0EAOgDUASADQYABaiIVIDVBf0F/IANB1AFqEBkaIAMgAykC\
kAE3A1AgAyADKQKAATcDQCADIAMpAogBNwNIIAMgAygCmAE2AlggAyAKIClrIgw2AqABIANBgIh+\
Qb+IfiAKGyAmajYCnAEgAyADKAJUIhA2AogBIANBADYChAEgAyAnNgKAASADQaQBaiEKIwBBMGsi\
DiQAIA5BCGogFRCJAQJAIA4oAghBAUYEQCAOKAIMIQYgDkEEQQRBBBCyASAOKAIAIQUgDigCBCIB\
IAY2AgAgDkEBNgIcIA4gATYCGCAOIAU2AhQgDiAVKAIINgIoIA4gFSkCADcDICAOQRRqIQsgDkEg\
aiEFIwBBEGsiByQAA0ACQCAHQQhqIAUQiQEgBygCCEEBRw0AIAcoAgwhASALKAIIIgYgCygCAEYE\
QCALQQEQuAILIAsoAgQgBkECdGogATYCACALIAZBAWo2AggMAQsLIAdBEGokACAKIA4oAhw2Aggg\
CiAOKQIUNwIADAELIApBADYCCCAKQoCAgIDAADcCAAsgDkEwaiQAIAMoAqgBIQYgAygCrAEhBSAD\
ICc2AoABIAYgBSAVQeyowAAQFiADKAKkASEBIAMgBiAFQQJ0ajYCjAEgAyABNgKIASADIAY2AoQB\
IAMgBjYCgAEgA0GwAWohDkEAIQYgFSgCACEKIBUoAgghByAVKAIMIBUoAgQiBWtBAnYiASELA0Ag\
CwRAIAYgCmogBSAGaigCADYCACALQQFrIQsgBkEEaiEGDAELCyMAQRBrIgUkACAVQQA2AgggFUEE\
NgIAIAVCgICAgMAANwIIIAVBCGoQiwMgFUEENgIMIBVBBDYCBCAFQRBqJAAgDiABNgIIIA4gCjYC\
BCAOIAc2AgAgFRC1AiADKAK0ASEHIAMoArgBIQEjAEEQayIKJAAgCiAnNgIIIAogCkEIajYCDEEA\
IQUCQCABRQ0AA38gAUEBTQR/IApBDGogByAFQQJ0ahDOAkH/AXEiAUUNAiAFIAFB/wFGagUgBSAB\
QQF2IgYgBWoiBSAKQQxqIAcgBUECdGoQzgJB/wFxQQFGGyEFIAEgBmshAQwBCwshBQsgCkEQaiQA\
IAUhASADKAJQIgUhB0EAIQsgByAFIBBBFGxqIgZHBEAgB0EIaiEFIAYgB2tBFG4hBgNAQQAgBSgC\
AEEAIAVBBGsoAgBBf0YbIAVBCGotAAAbIAtqIQsgBUEUaiEFIAZBAWsiBg0ACwsgA0G8AWpBACAQ\
EGMgAyAnNgLIASADIANBQGs2AswBIAMgJzYC0AEgAyADQcwBajYC4AEgAyADQcgBajYC3AEgAyAD\
QdABajYC2AEgAyAONgLUASADQQA2AuwBIANCgICAgMAANwLkAQNAAkAgFEECdCEFAkACQANAIAMo\
ArgBIBRNDQMCQCADQcgBaiADKALAASIKIAMoAsQBIgcgAygCtAEgBWooAgAiDhDJAUUEQCADIANB\
oAFqNgKMASADIANBzAFqNgKIASADIANBnAFqNgKEASADIANB0AFqNgKAASABIBRNBEAgA0GAAWog\
DhCxAkUNBCADQRBqIANB1AFqIAogByAUIAMoArgBIAMoApwBIAMoAqABED8gAygCFCEHIANB5AFq\
IgogAygCECIBELgCIAooAgQgCigCCCIFQQJ0aiEGA0AgAUEBcQRAIAYgBzYCACAGQQRqIQYgBUEB\
aiEFQQAhAQwBCwsgCiAFNgIIDAULIAMoArgBIAFLBH8gA0GAAWogAygCtAEgAUECdGooAgAQsQIF\
QQALIANBgAFqIA4QsQJyRQ0BIANBCGogA0HUAWoiBiAKIAcgFCABIAMoApwBIAMoAqABED8gAygC\
DCEFIAMoAgghECADIAYgCiAHIAEgAygCuAEgAygCnAEgAygCoAEQPyADKAIEIQogAygCAAJ/IBBB\
AUYEQCADQdABaiAFEPECDAELQX8gAygCnAEiBiAGIAtLGwshBkEBRgR/IAogBSADQdABaiAKEPEC\
IgVBgICAgAJJIAVBA3QgBklxIgYbIQVBASAQIAYbBSAQC0EBRw0BIANB5AFqIAUQgAIMBAsgA0G8\
AWogDkGUqcAAELICQQE6AAAgBUEEaiEFIBRBAWohFAwBCwsgCyADQdABaiAOEPECayIFQQAgBSAL\
TRshCwsgAyADKAKcASADQcwBaiADKAKgASAOENwBaiADQdABaiAOEPECazYCnAEgAyADKAKgAUEB\
ajYCoAEgA0G8AWogDkGEqcAAELICQQE6AAAgA0HkAWogDhCAAiAUQQFqIRQMAgsLCyADIAMoAuwB\
NgJoIAMgAykC5AE3A2AgA0G8AWoiHBCKAyADQbABahCLAyADIBk2ApQBIAMgGjYCkAEgA0EeIAxr\
IgFBACABQR5NGzYCiAEgAyADKAJkIhQgAygCaCI2QQJ0IgVqNgKEASADIBQ2AoABIAMgA0FAazYC\
jAEgA0HwAGohNyMAQSBrIh4kACAeQQhqIANBgAFqIgwoAggiBgR/IAYgDCgCBCAMKAIAa0ECdiIB\
IAEgBksbBUEAC0EEQQwQsgEgHkEANgIcIB4gHikDCDcCFCMAQRBrIiokACAeQRRqIgcgDCgCCCIG\
BH8gBiAMKAIEIAwoAgBrQQJ2IgEgASAGSxsFQQALELkCIAcpAgQhOiAqIAdBCGo2AgQgKiA6QiCJ\
NwIIQQAhKyMAQfAAayIJJAAgDCgCBCAMKAIAIh1rQQJ2IgYgDCgCCCIBIAEgBksbIR8gDCgCDCIv\
QQxqISAgKkEEaiIBKAIIISEgASgCBCEsIAEoAgAhFiAMKAIUIRUgDCgCECEOAkACQANAIB8gK0cE\
QCAgIB0gK0ECdGooAgBBrKfAABCgAigCACEMIAlBADYCOCAJQoCAgIDAADcCMCAMIQEDQAJAIAFB\
f0YEQCAJQeAAaiIHIAkoAjQiASAJKAI4IgJBAXYiJCAkQYyTwQAQ5QEgCSgCZCEwIAkoAmAhBiAH\
IAEgAkEDdGogJEEDdCIBayAkICRBnJPBABDlASArQQFqISsgCSgCYCABakEIayELQQAhASAJKAJk\
IhkgJEEBa0shGgNAIAEgJEYNAiABIDBGDQYgGgRAIAYhByALIQpBAiExA0AgMQRAIAcoAAAhECAH\
IAooAAA2AAAgCiAQNgAAIDFBAWshMSAKQQRqIQogB0EEaiEHDAELCyAGQQhqIQYgC0EIayELIAFB\
AWohAQwBCwsgAUF/cyACQQF2aiAZQbyTwQAQswEACyAvIAFBwKfAABChAikCACE6IAkoAjgiBiAJ\
KAIwRgRAIAlBMGoQzQELIAkoAjQgBkEDdGogOjcCACAJIAZBAWo2AjggLyABQdCnwAAQoQIoAggh\
AQwBCwtBDBCHAyIBRQRAQQRBDBCkAwALIAEgFTYCCCABIA42AgQgAUGAgICAeDYCACAJQQE2AkQg\
CSABNgJAIAlBATYCPCAJKAI4IQYgCSgCNCEBIAkgCSgCMDYCaCAJIAE2AmQgCSABNgJgIAkgASAG\
QQN0IgZqNgJsAkADQAJAAkACQCAGBEAgCSABQQhqIgc2AmQgASgCBCEQIAEoAgAiCw0BIAkgEDYC\
ICAJQQE2AkwgCSAJQSBqNgJIIAlB1ABqIgFB2Z7AACAJQcgAahCqAiAJQTxqIAEQ2QEMAgsgCUHg\
AGoQrwIgLyAMEJYCQeUASQ0CQQAhBiAJQQA2AlAgCUKAgICAEDcCSCAJKAJAIgsgCSgCREEMbGoh\
BwNAAkAgByALRg0AIAlBGGogCxCiAyAJIAkoAhgiASAJKAIcajYCZCAJIAE2AmAgC0EMaiELA0Ag\
CUHgAGoQ9AEiAUGAgMQARg0CIAEQ+gEgBmoiBkEySw0BIAlByABqIAEQowEMAAsACwtBACELIAlB\
ADYCXCAJQoCAgIDAADcCVCAJKAJAIgcgCSgCREEMbGohAQNAAkAgASAHRg0AIAlBEGogAUEMayIB\
EKIDIAkgCSgCECIGIAkoAhRqNgJkIAkgBjYCYANAIAlBCGogCUHgAGoQSyAJKAIIQQFHDQIgCSgC\
DCIMQYCAxABGDQIgDBD6ASALaiILQS9LDQEgCSgCXCIGIAkoAlRGBEAgCUHUAGoQzgELIAkoAlgg\
BkECdGogDDYCACAJIAZBAWo2AlwMAAsACwsgCUHIAGoiCkG8p8AAQQMQ2gEgCSAJKAJUNgJoIAkg\
CSgCWCIBNgJkIAkgATYCYCAJIAEgCSgCXEECdGo2AmwjAEEQayILJAAgCUHgAGoiASgCACEMIAEo\
AgghByAKIAEoAgwiBiABKAIEIgFrQQJ2ELcCIAsgBjYCDCALIAc2AgggCyABNgIEIAsgDDYCACMA\
QRBrIgYkACAGIAspAgA3AwAgBiALKQIINwMIIAYoAgQhASAGKAIMIQcDQCABIAdHBEAgCiAHQQRr\
IgcoAgAQowEMAQsLIAYgBzYCDCAGELUCIAZBEGokACALQRBqJAAgCSAJKQJINwMgIAkgCSgCUDYC\
KAwECyAJQQE2AlwgCUG/p8AANgJYIAlBgICAgHg2AlQgCUE8aiIKIAlB1ABqIgEQ2QEgCSAQNgJc\
IAkgCzYCWCAJQYCAgIB4NgJUIAogARDZAQsgBkEIayEGIAchAQwBCwsgCUEgaiAJKAJAIAkoAkRB\
AUEAEBILIAlBPGoiBygCCCEBIAcoAgQhBgNAIAEEQCABQQFrIQEgBhDeAiAGQQxqIQYMAQsLIAcQ\
iAMgISAsQQxsaiIBIAkoAig2AgggASAJKQMgNwIAICxBAWohLAwBCwsgFiAsNgIAIAlB8ABqJAAM\
AQsgMCAwQayTwQAQswEACyAqQRBqJAAgNyAeKAIcNgIIIDcgHikCFDcCACAeQSBqJAAgHEEAIAMo\
AlQQYwNAIAUEQCADQbwBaiAUKAIAQdCqwAAQsgJBAToAACAFQQRrIQUgFEEEaiEUDAELCyADKAJQ\
IgwgAygCVEEUbGohByMAQSBrIhAkACAQQQhqIAcgDGtBFG4iFEEEQQQQsgEgEEEANgIcIBAgECkD\
CDcCFCMAQRBrIgokACAQQRRqIgEgFBC4AiABKQIEITogCiABQQhqNgIEIAogOkIgiTcCCCAKQQRq\
IgUoAgQhCyAFKAIAIAcgDEcEQCAMQQxqIQEgBSgCCCALQQJ0aiEFIAsgFGohCwNAIAUgASgCADYC\
ACABQRRqIQEgBUEEaiEFIBRBAWsiFA0ACwsgCzYCACAKQRBqJAAgA0HkAWoiASAQKAIcNgIIIAEg\
ECkCFDcCACAQQSBqJAAgAyADKAJYNgKYASADIAMpA1A3A5ABIAMgAykDSDcDiAEgAyADKQNANwOA\
ASADQYABahCMAyAbEI0DQQAhBSADQQA2ArABIDUgAygCwAEgAygCxAEgAygC6AEgAygC7AEgA0Gw\
AWoQ2wEgNiADKAJ4IgZrIQwgKQRAAkAgDygCNCIBRQRAIANBgICAgHg2AoABDAELIA8gAUEBayIB\
NgI0IAMgDygCMCABQQxsaiIBKQIANwOAASADIAEoAgg2AogBCyADQYABahDeAiANIQULIAMoAnQh\
ASADIAMoAnA2AogBIAMgATYCgAEgAyABNgKEASADIAEgBkEMbGo2AowBICMgA0GAAWoiECgCDCIH\
IBAoAgQiC2siCkEMbiIGELkCICMoAgghASAHIAtHBEAgCgRAICMoAgQgAUEMbGogCyAK/AoAAAsg\
IygCCCEBCyAQIAs2AgwgIyABIAZqNgIIIBAQqQEgAyAFIAxqIgE2AnwgAQRAIANBAjYClAEgA0HI\
qsAANgKQASADQQE2AowBIANBAjYChAEgA0HAqsAANgKAASADIANB/ABqNgKIASADQdQBaiIBQYCA\
wAAgEBCqAiAjIAEQ2QELIANB5AFqEIsDIANBvAFqEIoDIANB4ABqEIsDIDYNAQsgJSAPIDMgNCAm\
QeqlwABB+QAQUQwFCyAPEKkDIiZBgPgBSw0ACyAlQQI2AgAMAwsgJUECNgIADAILIANBAjYCRCAD\
QfSmwAA2AkAgA0GAAWoiAUHnncAAIANBQGsQqgIgJSAPIDMgNCAmIAMoAoQBIAMoAogBEFEgARCK\
AwwBCyAlQQI2AgALIANB8AFqJAAgBCgCYCIBQQJGDQEgEyAEKQJ0NwIYIBMgBCkCbDcCECATIAQp\
AmQ3AgggE0EBNgIAIBMgATYCBCAEQZgBahDIAgwKCyATIAQoArABNgIcIBMgBCkCqAE3AhQgEyAE\
KQKgATcCDCATIAQpApgBNwIEIBNBADYCACAEQYgBahDiAiAEQThqEIoDDAoLIAhB6ABrIQggD0Ho\
AGohDwwACwALIAQpA9gBITogBCgC1AEhBSAZEPABIAcgBTYCACAZIAY2AgAgCCA6NwIADAMLIAQt\
ANwBIQUgBCAEKALYATYC6AEgBCAEKQPQATcD4AECQAJAAkAgBCgCiAFBgICAgHhHBEAgBUEBcUUN\
AiAEQYgBakG8qMAAQQgQdyIFRQ0BIAUtAABBBUcNASAEQeAAaiAEKALkASAEKALoASAFQQRqENUB\
IAQoAmBBgICAgHhGDQEgBCAEKAJoNgL4ASAEIAQpAmA3A/ABDAMLAkACQCAFQQFxBEAgBEHgAGog\
BEEYakG8qMAAQQgQOyAELQBgIgVBBUYNASAEQQA2AvgBIARCgICAgMAANwPwAQwCCyAEKALkASEG\
IAQoAugBIQUjAEEQayIVJAAgFSAEQRhqNgIAIBUgBjYCBCAVIAYgBUEDdGo2AgggFSAVNgIMIwBB\
IGsiGiQAIBogFUEEaiIFKAIINgIYIBogBSkCADcDECAaQQRqIRAjAEFAaiIWJAAgFkEUaiAaQRBq\
IgYQjwECQCAWKAIUQYCAgIB4RwRAIBZBBEEEQRwQsgEgFigCACEFIBYoAgQiCiAWKQIUNwIAIAog\
FigCLDYCGCAKIBYpAiQ3AhAgCiAWKQIcNwIIIBZBATYCECAWIAo2AgwgFiAFNgIIIBYgBigCCDYC\
OCAWIAYpAgA3AzAgFkEIaiELIBZBMGohBSMAQSBrIg4kAANAAkAgDkEEaiAFEI8BIA4oAgRBgICA\
gHhGDQAgCygCCCIGIAsoAgBGBEAgCxC7AgsgCygCBCAGQRxsaiIKIA4oAhw2AhggCiAOKQIUNwIQ\
IAogDikCDDcCCCAKIA4pAgQ3AgAgCyAGQQFqNgIIDAELCyAOQSBqJAAgECAWKAIQNgIIIBAgFikC\
CDcCAAwBCyAQQQA2AgggEEKAgICAwAA3AgALIBZBQGskACAEQfABaiAQEBAgGkEgaiQAIBVBEGok\
AAwECyAEIAwoAgg2AogCIAQgDCkCADcDgAIgBEHwAWogBCgC5AEgBCgC6AEgBEGAAmoiBRDVASAF\
EJMDIAQtAGAhBQsgBUH/AXFBBU8NAiAEQeAAahDtAQwCCyAEQQA2AvgBIARCgICAgMAANwPwAQwB\
CyAEQfABaiAEKALkASAEKALoASAEQYgBahDVAQsgBCkC9AEhOiAEKALwASEFIARB4AFqEIkDQYGA\
gIB4DAELIARBCGogBEEYahC2AQJAIAQoAgxBgPgBSwRAIAQoAogBIgVBgICAgHhHDQELIAQgBEEY\
ahC2ASAEQeAAaiAEKAIAIAQoAgQQlwEgBCkCZCE6IAQoAmAhBUGAgICAeAwBCyAEQYCAgIB4NgKI\
ASAEKQKMASE6QYGAgIB4CyEGIBkQ8AEgByAFNgIAIBkgBjYCACAIIDo3AgAgBCgC0AFBAE4NACAE\
QdABahDwAQsgAUHoAGshASAIQegAaiEIDAALAAtB4KTAAEGXAUGspcAAEPIBAAsgBEGIAWoQ4gIg\
BEE4ahCKAwsgBEEYahD2AgsgBEGQAmokACAXQTRqIQ0gFygCMEUEQCAXIA0oAhg2AmggFyANKQIQ\
NwNgIBcgDSkCCDcDWCAXIA0pAgA3A1AjAEEgayIIJAAjAEEwayIHJAAgDSgCBCIBIgUgASANKAII\
QegAbGoiAUcEQCAFQRBqIQYgASAFa0HoAG4hBQNAQYAIIQEgBkEMaygCAEGAgICAeEYEQCAGKAIA\
QYAEaiEBCyAGQegAaiEGIAEgLWohLSAFQQFrIgUNAAsLIAdBBGoiASAtQUBrEPkBIAdBgAI7ASwg\
B0EANgIoIAdCADcDECAHQQA2AhggByABNgIkIA0gB0EQakGUucAAEFIgCEEIaiIBIAcoAiA2AhQg\
ASAHKQMYNwIMIAEgBykCBDcCACABIAcoAgw2AgggB0EwaiQAIBdBFGoiASAIKAIQNgIIIAEgCCkC\
CDcCACAIQSBqJAAgF0HQAGoQyAIMAgsgFyANKAIYNgIoIBcgDSkCEDcDICAXIA0pAgg3AxggFyAN\
KQIAIjo3AxAgOqdBAkYNASAXQRBqEN4BDAILIBdBMGoiAUGAuMAAQRQQyQIgARBIDAELIBcoAhwh\
KCAXKAIUIS4gFygCGAshASAyIDIoAgBBAWs2AgAgLkGBgICAeEcNAQsQkwIACyAAICg2AgggACAB\
NgIEIAAgLjYCACAXQfAAaiQAIDkQkgMgOBCKAwsgGEEIahDVAiAYQdAAaiQAIBJBQGskAAvcAQEG\
fyAAIAEoAgwgAygCDCACKAIIIgVBGncgBUEVd3MgBUEHd3NqaiABKAIIIgcgAigCDCIIcyAFcSAH\
c2oiBCABKAIEaiIGNgIMIAAgBCACKAIAIgQgASgCACIJIAIoAgQiAnNxIAIgCXFzIARBHncgBEET\
d3MgBEEKd3NqaiIBNgIEIAAgCSAHIAMoAghqIAggBiAFIAhzcXNqIAZBGncgBkEVd3MgBkEHd3Nq\
IgNqNgIIIAAgAUEedyABQRN3cyABQQp3cyABIAIgBHNxIAIgBHFzaiADajYCAAvvBQEJfyMAQUBq\
IgMkAAJAAkAgASgCACIEKAIAQYCAgIB4RgRAIANBgICAgHg2AhAgASgCBCEFDAELIANBEGogBBCr\
ASABKAIEIQUgBCgCAEGAgICAeEYNACADQYCAgIB4NgIcDAELIwBBIGsiBCQAIARBBGoiBiAFKAIE\
IAUoAggQgwEgBEEDNgIcIARBAjYCFCAEQeyqwAA2AhAgBCAGNgIYIANBHGpB0oPAACAEQRBqEKoC\
IAYQigMgBEEgaiQACyADQQhqIAIQ9gEgA0EoaiEEIAMoAgghBiADKAIMIQcjAEFAaiICJAACQCAF\
KAIUIggEQCAFKAIEIgkgCSAFKAIIIgpqELwCQdQAIAhrSwRAIAJBBGoiCyAJIAoQgwEgAiAHNgI8\
IAIgBjYCOCACQQE2AjQgAkHoqsAANgIwIAIgAikCCDcCKCACQQI2AiQgAkHmqsAANgIgIAIgCDYC\
HCACQQY2AhQgAkHgqsAANgIQIAIgBSgCEDYCGCAEIAJBEGpBBhCNASALEIoDDAILIAIgBzYCPCAC\
IAY2AjggAkEBNgI0IAJB6KrAADYCMCACIAo2AiwgAiAJNgIoIAJBATYCJCACQeiqwAA2AiAgAiAI\
NgIcIAJBBjYCFCACQeCqwAA2AhAgAiAFKAIQNgIYIAQgAkEQakEGEI0BDAELIAIgBzYCLCACIAY2\
AiggAkEBNgIkIAJB6KrAADYCICACQQY2AhQgAkHgqsAANgIQIAIgBSkCBDcCGCAEIAJBEGpBBBCN\
AQsgAkFAayQAAkAgASgCCCIBKAIAQYCAgIB4RwRAIANBNGogARCrAQwBCyADQYCAgIB4NgI0CyAA\
IAMoAhg2AiAgACADKQIQNwIYIAAgAykCHDcCJCAAIAMoAiQ2AiwgACADKQIoNwIAIAAgAygCMDYC\
CCAAIAMpAjQ3AjAgACADKAI8NgI4IABBgICAgHg2AjwgAEEANgIUIABCgICAgMAANwIMIANBQGsk\
AAvyAQEGfyMAQRBrIgYkAAJAAkACQAJAIAEtAABBBGsOAgEAAgsgACABQQRqIAIgAyAEEBkhBQwC\
CyABKAIMIgVBBHQhCCAFIAVBAEdrQQJqIQUgASgCCCEBA0AgCEUNAgJ/IAEtAABBBnFBBEcEQCAB\
EI0CDAELIAAoAgghCSAAIAIQlgIhCiAGIAc2AgQgBkEANgIAIAYgAjYCCCAGIAcQnAIgCmpBAmo2\
AgwgACAGEN0BIAAgASAJIAMgBBBECyEJIAFBEGohASAHQQFqIQcgCEEQayEIIAUgCWohBQwACwAL\
IAEQjQIhBQsgBkEQaiQAIAUL6gEBBH8jAEEQayIFJAAgAiADIAIgA0kbIgYhAwJAAkACQANAIANF\
DQEgA0EBayIDIAFqLQAAQQpHDQALIANBAWohBwwBC0EAIQIgBkUNAQtBACECIAEhAyAGIQQDQCAC\
IAMtAABBCkZqIQIgA0EBaiEDIARBAWsiBA0ACwsgBUEIaiAHIAEgBkGUsMAAEIcCAkAgBSgCDCIB\
RQRAQQAhBAwBCyAFKAIIIQNBACEEA0AgBCADLAAAQb9/SmohBCADQQFqIQMgAUEBayIBDQALCyAA\
IARBAWo2AgQgACACQQFqNgIAIAVBEGokAAvcAQECfyMAQRBrIgMkACAAKAIAIQACfwJAIAEoAggi\
AkGAgIAQcUUEQCACQYCAgCBxDQEgACABEDkMAgsgACgCACECQQAhAANAIAAgA2pBD2ogAkEPcS0A\
zKhBOgAAIABBAWshACACQQR2IgINAAsgAUHqucEAQQIgACADakEQakEAIABrEBcMAQsgACgCACEC\
QQAhAANAIAAgA2pBD2ogAkEPcS0A7LlBOgAAIABBAWshACACQQR2IgINAAsgAUHqucEAQQIgACAD\
akEQakEAIABrEBcLIANBEGokAAuPAgEDfwJAAkACQAJAAkACQCACLQAAQQFrDgUEAQIFAwALIABB\
gK/AAEEEIAEoAgwRAQAPCyAAIAIoAgggAigCDCABKAIQEQEADwsgACABIAIoAgggAigCDBApDwsg\
ACABIAJBBGogAxAyDwsgASgCDCEBIAItAAFFBEAgAEH7rsAAQQUgAREBAA8LIABB967AAEEEIAER\
AQAPCyAAQeiywABBASABKAIMIgYRAQAgAigCDEEEdCEEIAIoAgghAgNAAkAgBARAIAVFDQEgAEHq\
ssAAQQEgBhEBAAwBCyAAQemywABBASAGEQEADwsgACABIAIgAxBHIAVBAWshBSAEQRBrIQQgAkEQ\
aiECDAALAAv6AQEHfyMAQSBrIgEkACABIAAoAhAgACgCFBCgAyIGNgIMIAEgAC0AGEECdCICKAKo\
m0E2AgQgASACKAK0m0E2AgAgAUEMaiIFKAIAJQEgASgCACABKAIEEAMgACgCAEEBRgRAIAAoAggh\
ByAAKAIEIQIgAUGet8AAQQQQ3AI2AhggASACuBCuAzYCHCABQRBqIgIgBSABQRhqIgMgAUEcaiIE\
EJoBIAIQ1AIgBBDVAiADENUCIAFBorfAAEEGENwCNgIYIAEgB7gQrgM2AhwgAiAFIAMgBBCaASAC\
ENQCIAQQ1QIgAxDVAgsgAEEMahCKAyABQSBqJAAgBgvTAQEHfyMAQRBrIgckAANAAkAgAyAFTQRA\
IAdBCGogBCAAIAFB1IfBABCHAiAHKAIMIQQgBygCCCEFA0AgBEUhBiAERQ0CIARBAWshBCAFLQAA\
IAVBAWohBUEqRg0ACwwBCwJAAkAgASAETQ0AIAAgBGotAAAiCUEqRgRAIAUhBiAEIQpBASEIDAIL\
IAkgAiAFai0AAEcNACAFQQFqIQUMAQsgCEUEQEEAIQYMAgtBASEIIAZBAWoiBiEFIAohBAsgBEEB\
aiEEDAELCyAHQRBqJAAgBgvpAQIDfwF+IwBBIGsiBSQAQQEhB0EEIQYCQAJAIAStIAKtfiIIQiCI\
pw0AIAinIgJBgICAgHggA2tLDQAgBUEUaiABIAMgBBDTAQJ/IAUoAhgEQCAFKAIcIgFFBEAgBUEI\
aiADIAJBABCFAiAFKAIIIQQgBSgCDAwCCyAFKAIUIAEgAyACEBQhBCACDAELIAUgAyACQQAQhQIg\
BSgCACEEIAUoAgQLIARFBEAgACADNgIEQQghBgwCCyAAIAQ2AgRBACEHQQghBiECDAELQQAhAgsg\
ACAGaiACNgIAIAAgBzYCACAFQSBqJAALvwEBA38gASgCBCIEIAEoAgBGBH9BAAUgASAEQQFrIgI2\
AgQgAiwAACICQQBIBEAgASAEQQJrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBH3EMAQsg\
ASAEQQNrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBD3EMAQsgASAEQQRrIgE2AgQgAkE/\
cSABLQAAQQdxQQZ0cgtBBnRyC0EGdHIhAgtBAQshASAAIAI2AgQgACABNgIAC+YBAQF/IwBB0ABr\
IgIkACACIAE2AgACQEG0rMAAKAIAIAFJBEAgAkEANgIIIAJBATYCBCACQQI2AkwgAkEBNgJEIAJB\
tKzAADYCQCACQQI2AjwgAkEBNgI0IAJBAjYCLCACQQI2AiQgAkGUrMAANgIgIAJBrKzAADYCSCAC\
QaSswAA2AjggAiACNgIwIAIgAkEEajYCKCACQRRqQcKfwAAgAkEgahCqAiAAQQA2AgAgACACKQIM\
NwIEIAAgAikCFDcCDCAAIAIoAhw2AhQgAEEAOgAYDAELIABBAjYCAAsgAkHQAGokAAvHAQEFfwJA\
IAEoAgAiAiABKAIERgRADAELQQEhBiABIAJBAWo2AgAgAi0AACIDwEEATg0AIAEgAkECajYCACAC\
LQABQT9xIQQgA0EfcSEFIANB3wFNBEAgBUEGdCAEciEDDAELIAEgAkEDajYCACACLQACQT9xIARB\
BnRyIQQgA0HwAUkEQCAEIAVBDHRyIQMMAQsgASACQQRqNgIAIAVBEnRBgIDwAHEgAi0AA0E/cSAE\
QQZ0cnIhAwsgACADNgIEIAAgBjYCAAvMAQEJfyMAQTBrIgIkACABKAIEIQMgAkEIaiABKAIIIgZB\
BEEcELIBIAZBHGwhCCACQSBqIQlBACEBIAIoAgwhByACKAIIIgohBANAIARFIAEgCEZyRQRAIAJB\
FGogAxCrASAJIANBDGoQdCABIAdqIgUgAigCLDYCGCAFIAIpAiQ3AhAgBSACKQIcNwIIIAUgAikC\
FDcCACABQRxqIQEgBEEBayEEIANBHGohAwwBCwsgACAGNgIIIAAgBzYCBCAAIAo2AgAgAkEwaiQA\
C8kCAQh/IwBBMGsiAyQAIAMgATYCGCADIAE2AhAgAyACNgIUIAMgASACajYCHCADQQA2AiAjAEEQ\
ayICJAAgA0EQaiIEQQhqIQcgA0EkaiIFAn8DQCAEKAIIIQggBCgCDCEJIAJBCGogBxCEAUEAIAIo\
AgwiCkGAgMQARg0BGiACKAIIIQYgChBqDQALIAUgBjYCBCAFIAQoAgggCSAIayAGamogBCgCDGs2\
AghBAQs2AgAgAkEQaiQAIAMoAixBACADKAIkIgQbIQIgAygCKCEFIANBGGohBgJAA0AgAygCGCEH\
IAMoAhwhCCADQQhqIAYQpAEgAygCDCIJQYCAxABGDQEgAygCCCEKIAkQag0ACyADKAIYIAggB2sg\
CmpqIAMoAhxrIQILIAAgAiAFQQAgBBsiAms2AgQgACABIAJqNgIAIANBMGokAAvAAQEFfyMAQRBr\
IgQkAAJAIAEtACUEQAwBCyABKAIEIQIgBEEEaiABEDEgBCgCBEEBRgRAIAEoAhwhAyABIAQoAgw2\
AhwgAiADaiECIAQoAgggA2shBQwBC0EAIQIgAS0AJQ0AIAFBAToAJQJAIAEtACRBAUYEQCABKAIg\
IQYgASgCHCEDDAELIAEoAiAiBiABKAIcIgNGDQELIAYgA2shBSABKAIEIANqIQILIAAgBTYCBCAA\
IAI2AgAgBEEQaiQAC9cBAQF/IwBB4ABrIgckACAHIAY2AhggByAFNgIUIAcgBDYCECAHQQhqIAEo\
AgAQ9gEgByAHKQMINwIcIAdBJGoiASACIAMQaCAHQQI2AlwgB0EBNgJUIAdBvKrAADYCUCAHQQE2\
AkwgB0G4qsAANgJIIAdBATYCRCAHQQM2AjwgB0ECNgI0IAcgB0EUajYCWCAHIAdBEGo2AkAgByAB\
NgI4IAcgB0EcajYCMCAAQQxqQYSAwAAgB0EwahCqAiABEIoDIABBADYCACAAQQE6ABggB0HgAGok\
AAvcAQEEfyABIAIoAgwiBhECACABQQAgAigCHCIEEQAAIAEgAigCFBECACAAKAIIQegAbCEDIAAo\
AgQhBQNAIAMEQCAFIAEgAhAYIANB6ABrIQMgBUHoAGohBQwBCwsgASACKAIYEQIAAkAgACgCDEGA\
gICAeEYEQCACKAIQIQMMAQsgAUEBIAQRAAAgASAGEQIAIAFBAiAEEQAAIAEgAC0AGEEZaiACKAIg\
EQAAIAFBAyAEEQAAIAEgACgCECAAKAIUIAIoAiQRAQAgASACKAIQIgMRAgALIAEgAxECAAvoAQIC\
fwF+IwBBMGsiAiQAIAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCLCACQoCAgIAQNwIkIAJBJGpB\
+JzBACADKAIAIgMoAgAgAygCBBAgGiACIAIoAiwiAzYCICACIAIpAiQiBDcDGCABIAM2AgggASAE\
NwIACyABKAIIIQMgAUEANgIIIAEpAgAhBCABQoCAgIAQNwIAIAIgAzYCECACIAQ3AwhBDEEEENAC\
IgFFBEBBBEEMEKQDAAsgASACKAIQNgIIIAEgAikDCDcCACAAQYSfwQA2AgQgACABNgIAIAJBMGok\
AAvFAQEFfyMAQRBrIgQkAAJAAkACQAJAAkACQAJAAkACQCABIAJBDGxqIgEoAgBBAWsOBgcEAAMB\
AgULQQIhA0EBIQUMBQtBBSEDQQQhBQwEC0EEIQVBBCEDDAQLQQEhAwwDCyAEQQRqIAEoAgQgASgC\
CBCXASAEKAIMIQcgBCgCCCEFIAQoAgQhBkEDIQMMAgsgAEEGOgAADAILCyAAIAc2AgwgACAFNgII\
IAAgBjYCBCAAQQA6AAEgACADOgAACyAEQRBqJAALxAIBBH8jAEEgayIDJAAgAyACNgIQIAMgATYC\
DAJAIANBDGoQ9AEiAUGAgMQARwRAIANBAyADKAIQIgQgAygCDCIFayICQQJ2IAJBA3FBAEdqIgIg\
AkEDTRtBAWpBBEEEELIBIAMoAgAhAiADKAIEIgYgATYCACADQQE2AhwgAyAGNgIYIAMgAjYCFCAD\
QRRqIQIjAEEQayIBJAAgASAENgIMIAEgBTYCCANAIAFBCGoQ9AEiBUGAgMQARwRAIAIoAggiBCAC\
KAIARgRAIAIgASgCDCABKAIIayIGQQJ2IAZBA3FBAEdqQQFqELgCCyACKAIEIARBAnRqIAU2AgAg\
AiAEQQFqNgIIDAELCyABQRBqJAAgACADKAIcNgIIIAAgAykCFDcCAAwBCyAAQQA2AgggAEKAgICA\
wAA3AgALIANBIGokAAvWAQEBfwJAAkACQAJAQQMgACgCACICQYCAgIB4cyACQQBOG0EBaw4DAAED\
AgsgAUGIs8AAIABBBGpBABAyDwsgAUHYq8AAQQQQggMPCyABIAAoAgggACgCDBAlDwsgASABKAIA\
QQFqNgIAIAFBvKjAAEEBIAAtAAwiAhtBCEEAIAIbEIIDIAAoAghBA3QhAiAAKAIEIQADQCACBEAg\
ASABKAIAQQFqNgIAIAEgACgCACAAKAIEEIIDIAJBCGshAiAAQQhqIQAMAQsLIAEgASgCAEEBajYC\
AAu0AQECfyMAQRBrIgQkACAEIAM2AgwgBCACNgIIQQAhAkGlw8AAIQMDQAJAIAJBCkYNACADLQAA\
IAFGDQAgA0EBaiEDIAJBBWohAgwBCwtBACEBQQAhAwJAA0AgA0EoRg0BIANByIbBAGogBEEIahDT\
AkUEQCABQQFrIQEgA0EIaiEDDAELCyACQQpGDQAgACgCZEH0AEkNACAAKAJgKABwIAIgAWt2QQFx\
IQULIARBEGokACAFC6wBAQN/IwBBEGsiBiQAAkAgBUUNACACIANqIgIgA0kNACAGQQRqIAEgAiAB\
KAIAQQF0IgMgAiADSxsiAkEIQQRBASAFQYEISRsgBUEBRhsiCCACIAhLGyICIAQgBRBKIAYoAgRB\
AUYEQCAGKAIMIQggBigCCCEHDAELIAYoAgghAyABIAI2AgAgASADNgIEQYGAgIB4IQcLIAAgCDYC\
BCAAIAc2AgAgBkEQaiQAC78BAQF/IwBBQGoiBSQAIAUgBDYCFCAFIAM2AhAgBUEIaiABKAIUIAEo\
AhggAhBFIAUgBSgCDCICNgIcIAUgBSgCCCIDNgIYIAVBATYCPCAFIAVBHGo2AjggBUEBNgI0IAVB\
AjYCLCAFQQI2AiQgBSABQQxqNgIgIAUgBUEYajYCMCAFIAVBEGo2AiggAEEMakGNhsAAIAVBIGoQ\
qgIgACACNgIIIAAgAzYCBCAAQQE2AgAgAEEAOgAYIAVBQGskAAuVAgECfyMAQSBrIgUkAEH8u8EA\
Qfy7wQAoAgAiBkEBajYCAAJAAkACQAJAAn9BACAGQQBIDQAaQQFB6LvBAC0AAA0AGkHou8EAQQE6\
AABB5LvBAEHku8EAKAIAQQFqNgIAQQILQf8BcQ4DAwEAAQtB8LvBACgCACIGQQBIDQJB8LvBACAG\
QQFqNgIAQfS7wQAoAgBFDQEgBUEIaiAAIAEoAhQRAAAgBSAEOgAdIAUgAzoAHCAFIAI2AhggBSAF\
KQMINwIQQfS7wQAoAgAgBUEQakH4u8EAKAIAKAIUEQAADAELIAUgACABKAIYEQAADAELQfC7wQBB\
8LvBACgCAEEBazYCAEHou8EAQQA6AAAgA0UNAAALAAuKAQEFfyMAQRBrIgIkACACQQRqQSAQ+QED\
QCAEQRBHBEAgAkEEaiIFIAEgBGotAAAiA0EEdiIGQTByIAZB1wBqIANBoAFJGxCjASAFIANBD3Ei\
A0EwciADQdcAaiADQQpJGxCjASAEQQFqIQQMAQsLIAAgAigCDDYCCCAAIAIpAgQ3AgAgAkEQaiQA\
C7sBAQJ/IwBBMGsiAyQAIANBCGogASACEB8gAygCECEBIAMoAgwhAgJAIAMoAggiBEECRwRAIAAg\
AykCHDcCFCAAIAMpAhQ3AgwgACABNgIIIAAgAjYCBCAAIAQ2AgAMAQsgA0EANgIsIAMgATYCKCAD\
IAI2AiQgAyABNgIgIAMgAjYCHCADQQA2AhAgA0KAgICAwAA3AgggA0GUrMAAKQIANwIUIAAgA0EI\
aiIAEDggABCLAwsgA0EwaiQAC9MBAQZ/IwBBEGsiAyQAIAIgASgCACIILwGKASIEIAEoAggiBUF/\
c2oiATsBigEgAyAIQQRqIgYgBUEMbGoiBykCADcDACADIAcoAgg2AgggAUEMTwRAQQAgAUELQbSV\
wQAQNwALIAYgBUEBaiIHQQxsaiEGIAJBBGohAgJAIAQgB2siBCABRgRAIARBDGwiBARAIAIgBiAE\
/AoAAAsMAQtB/JTBAEEoQaSVwQAQ2gIACyAIIAU7AYoBIAAgAykDADcCACAAIAMoAgg2AgggA0EQ\
aiQAC6IBAQN/IABBgAFPBEAgAEE/cUGAf3IhAyAAQQZ2IQIgAEGAEEkEQCABIAM6AAEgASACQcAB\
cjoAAA8LIABBDHYhBCACQT9xQYB/ciECIABB//8DTQRAIAEgAzoAAiABIAI6AAEgASAEQeABcjoA\
AA8LIAEgAzoAAyABIAI6AAIgASAEQT9xQYB/cjoAASABIABBEnZBcHI6AAAPCyABIAA6AAALvwIB\
BX8CQCAALQAAIgMgAS0AAEcNAEEBIQICQAJAAkACQAJAIANBAWsOBQABAgMEBQsgAC0AASABLQAB\
RiECDAQLIABBBGogAUEEahCfAiECDAMLIABBBGogAUEEahCfAiECDAILQQAhAiAAKAIMIgMgASgC\
DEcNASABKAIIIQIgACgCCEEQayEBAn8DQCADIAMgBEYNARogBEEBaiEEIAFBEGoiASACEF8gAkEQ\
aiECRQ0ACyAEQQFrCyADTyECDAELQQAhAiAAKAIMIgMgASgCDEcNACAAKAIIIQUgASgCCCEGIAMh\
AUEAIQMDQAJAIAMiACABRgRAIAEhAAwBCyAFIAYQgAMNACAAQQFqIQMgBkEMaiEEIAVBDGogBkEc\
aiEGIAVBHGohBSAEEF9FDQELCyAAIAFPIQILIAJBAXMLkQEBAX8jAEEgayIDJAAgAyAAKAIANgIE\
IANBCGogA0EEaiIAIAEQgQIgA0EUaiAAIAIQgQICfyADLQAMIgAgAy0AGCIBRwRAIAAgAUogACAB\
SGsMAQsgAygCFCIAIAMoAggiAUcEQCAAIAFLIAAgAUlrDAELIAMoAhAiACADKAIcIgFLIAAgAUlr\
CyADQSBqJAALtgMBBX8jAEEwayIEJAAgBCADNgIQIAQgAjYCDCABKAIIQRxsIQMgASgCBCECAkAC\
QANAIAMEQCAEIAI2AhQgBEEUaiAEQQxqEI8CDQIgA0EcayEDIAZBAWohBiACQRxqIQIMAQsLIABB\
BjoAAAwBCyAEQRRqIQMjAEEgayICJAAgAkEEaiEFAkAgASgCCCIIIAZLBEAgBSABKAIEIAZBHGxq\
IgcpAgA3AgAgBSAHKQIINwIIIAUgBykCEDcCECAFIAcoAhg2AhggCCAGQX9zakEcbCIFBEAgByAH\
QRxqIAX8CgAACyABIAhBAWs2AggMAQsgBUGAgICAeDYCAAsCQCACKAIEQYCAgIB4RwRAIAMgAigC\
HDYCGCADIAIpAhQ3AhAgAyACKQIMNwIIIAMgAikCBDcCACACQSBqJAAMAQsgASgCCCEBIwBBIGsi\
ACQAIAAgATYCDCAAIAY2AgggACAAQQxqrUKAgICAEIQ3AxggACAAQQhqrUKAgICAEIQ3AxBByaDA\
ACAAQRBqQdiywAAQ8gEACyAAIAQpAig3AgggACAEKQIgNwIAIAMQigMLIARBMGokAAugAQIBfwF+\
IwBBEGsiBSQAIAACfwJAAkACQCAErSABrX4iBkIgiKcNACAGpyIEQYCAgIB4IANrSw0AIAQNASAA\
IAM2AgggAEEANgIEQQAMAwsgAEEANgIEDAELIAVBCGogAyAEIAIQhQIgBSgCCCICBEAgACACNgII\
IAAgATYCBEEADAILIAAgBDYCCCAAIAM2AgQLQQELNgIAIAVBEGokAAuQAgEFfyMAQSBrIgMkAAJA\
AkAgAQRAIANBCGogAkEBQQEQsgEgA0EANgIcIAMgAykDCDcCFCADQRRqIgUgAhC3AkEBIAIgAkEB\
TRsiBkEBayEBIAUoAggiByAFKAIEaiEEAkADQCABBEAgBEEBOgAAIAFBAWshASAEQQFqIQQMAQUC\
QCAGIAdqIQEgAg0AIAFBAWshAQwDCwsLIARBAToAAAsgBSABNgIIIAAgAygCHDYCCCAAIAMpAhQ3\
AgAMAQsgA0EUaiACQQFBAUEBEGIgAygCGCEBIAMoAhRBAUYNASADKAIcIQQgACACNgIIIAAgBDYC\
BCAAIAE2AgALIANBIGokAA8LIAEgAygCHBDRAgALlQEBAX8jAEEgayIEJAAgBCADNgIIIAQgAjYC\
BAJAIAEoAiQgASgCIEkEQCAEQQI2AhwgBCAEQQRqNgIYIARBDGoiAkGgiMAAIARBGGoQqgIMAQsg\
BEECNgIcIAQgBEEEajYCGCAEQQxqIgJBv53AACAEQRhqEKoCCyAAIAEgBCgCECAEKAIUEOkCIAIQ\
igMgBEEgaiQAC78BAQJ/IwBBMGsiAyQAIANBCGoiBCACQQJ0IgIoAuiaQTYCBCAEIAIoAoibQTYC\
ACADKAIIIQICQCADKAIMQQFGBEAgACABIAIoAgAgAigCBBA7DAELIANBIGogASACKAIAIAIoAgQQ\
OyADLQAgIgFBBkYEQCAAQQY6AAAMAQsgAyADKQAoNwAYIAMgAykAITcAESADIAE6ABAgACADQRBq\
IgAgAigCCCACKAIMELQCEMwCIAAQ7QELIANBMGokAAveAgECfyMAQTBrIgQkAAJ/IAEEQCAEQRBq\
IgEgAEG8qMAAQQgQO0EGIQACQCAELQAQQQZHBEAgBCAEKQIYNwMoIAQgBCkCEDcDICAEIAEgAiAD\
ELQCEMwCIARBIGoQ7QEgBC0AACEADAELIARBBjoAAAsgBBDgAiAAQf8BcSIAQQZHIABBAEdxDAEL\
IwBBIGsiASQAIAEgAzYCGCABIAI2AhQgACgCCEEUbCECIAAoAgQhBQJ/A0BBACACRQ0BGiABIAJB\
FGsiAiAFaiIDNgIcIAFBHGogAUEUahCPAkUNAAsgAUEIaiAAQQxqEKIDIAEgASgCCCABKAIMIANB\
DGooAgAgA0EQaigCAEHkr8AAEHMgASgCACABKAIEIwBBEGsiACQAIABBADYCDCAAQe4AIABBDGoQ\
yAEgACgCACAAKAIEEMUCIABBEGokAEEBcwsgAUEgaiQACyAEQTBqJAALgAIBBn8jAEEQayIDJAAg\
AiABIAJqIgRLBEBBAEEAENECAAsgA0EEaiEFIAAoAgAiAiEGIAAoAgQhCEEBIQdBBCEBAkBBCCAE\
IAJBAXQiAiACIARJGyICIAJBCE0bIgQiAkH/////B0sEQEEAIQIMAQsCQAJAAn8gBgRAIAggBkEB\
IAIQFAwBCyACRQRAQQEhAQwCCyACQQEQ0AILIgENACAFQQE2AgQMAQsgBSABNgIEQQAhBwtBCCEB\
CyABIAVqIAI2AgAgBSAHNgIAIAMoAgRBAUYEQCADKAIIIAMoAgwQ0QIACyADKAIIIQEgACAENgIA\
IAAgATYCBCADQRBqJAAL4QMBBX8jAEEwayIDJAAgA0EMaiIEQcACIAIgAkHAAk8bQQJqEPkBAn8j\
AEEgayIGJAAgBEEiEKMBIAZBADYCECAGIAE2AgggBiABIAJqNgIMA0ACQAJAAkACQAJAAkAgBkEI\
ahD0ASIFQYCAxABHBEAgBiAGKAIQIgdBAWo2AhAgB0HQAEcEQAJAAkAgBUEJaw4FCAYBAQcACyAF\
QSJGDQMgBUHcAEYNBAsgBUHmwABrQQRJIAVBqsAAa0EFSXIgBUH+//8AcUGowABGIAVBIElyckUg\
BUH/AGtBIU9xDQcgBkEUaiIHIAUQeyAEIAYoAhggBigCHBDaASAHEIoDDAgLIARBpsAAEKMBCyAE\
QSIQowEgBkEgaiQAIAVBgIDEAEcMBwsgBEG4s8AAQQIQ2gEMBQsgBEG6s8AAQQIQ2gEMBAsgBEG8\
s8AAQQIQ2gEMAwsgBEG+s8AAQQIQ2gEMAgsgBEHAs8AAQQIQ2gEMAQsgBCAFEKMBDAALAAsEQCAD\
IAEgASACahC8AjYCJCADQQE2AiwgAyADQSRqNgIoIANBGGoiAUGwn8AAIANBKGoQqgIgBCADKAIc\
IAMoAiAQ2gEgARCKAwsgACADKAIUNgIIIAAgAykCDDcCACADQTBqJAALAwAAC5ABAQJ/AkAgAEEJ\
ayICQRdNBEBBASEBQZ+AgAQgAnZBAXENAQtBACEBIABBgAFJDQACQCAAQQh2IgIEQCACQTBHBEAg\
AkEgRg0CIAJBFkcNAyAAQYAtRiEBDAMLIABBgOAARiEBDAILIABB/wFxLQDNoEEhAQwBCyAAQf8B\
cS0AzaBBQQJxQQF2IQELIAFBAXELAwAAC4ICAQl/IwBBEGsiAyQAAkACQAJAIAEoAhAiAgRAIAIg\
ASgCFEcNASABQQA2AhALIAEoAgBFDQIgAUEIaiEHIwBBEGsiBCQAIAEiAigCACEBIAIoAgQhCANA\
AkAgASAIRgRAQQUhBgwBCyACIAFBAWoiCTYCACAEIAEtAAAiBjoADyAJIQEgByAEQQ9qEN0CRQ0B\
CwsgBEEQaiQAIAYiAUEFRg0CDAELIAEgAkEBajYCECACLQAAIQELIANBCGoiAiABQf8BcUECdCIB\
KAKsmkE2AgQgAiABKALAmkE2AgAgAygCDCEKIAMoAgghBQsgACAKNgIEIAAgBTYCACADQRBqJAAL\
nAEBBX8CQCAAKAIAIgAoAgAiAygCACICIAAoAggiBEkEQAJAIAAoAgQiBSACai0AACIGRQRAIAMg\
AkEBajYCACABQQxqIAUgBCAAKAIMIAAoAhAgAxCYAQwBCyACIAAoAhAiAU8NAiADIAAoAgwgAkEC\
dGooAgA2AgALIAZBAXMPCyACIARBvKXAABCzAQALIAIgAUHMpcAAELMBAAv8DgELfyMAQRBrIgUk\
AAJ/QQEgASgCACIKQScgASgCBCIMKAIQIgsRAwANABogACgCACEGQQAhASMAQSBrIgQkACAFAn8C\
QAJAAkACQAJAAkACQAJAAkACQAJAAkAgBg4oAgEBAQEBAQEBAwUBAQQBAQEBAQEBAQEBAQEBAQEB\
AQEBAQgBAQEBBwALIAZB3ABGDQULIAZB/wVNDQZBEEEAIAZBq50ETxsiACAAQQhyIgAgBkELdCID\
IABBAnQoAuS4QUELdEkbIgAgAEEEciIAIABBAnQoAuS4QUELdCADSxsiACAAQQJyIgAgAEECdCgC\
5LhBQQt0IANLGyIAIABBAWoiACAAQQJ0KALkuEFBC3QgA0sbIgAgAEEBaiIAIABBAnQoAuS4QUEL\
dCADSxsiAUECdCgC5LhBQQt0IgAgA0YgACADSWogAWoiCEECdCIAQeS4wQBqIQMgACgC5LhBQRV2\
IQFB/wUhAAJAIAhBH00EQCADKAIEQRV2IQAgCEUNAQsgA0EEaygCAEH///8AcSECCwJAIAAgAUF/\
c2pFDQAgBiACayEIIABBAWshA0EAIQADQCAAIAFBzaLBAGotAABqIgAgCEsNASADIAFBAWoiAUcN\
AAsLIAFBAXFFDQYgBEEAOgAOIARBADsBDCAEIAZBFHYtAMyoQToADyAEIAZBBHZBD3EtAMyoQToA\
EyAEIAZBCHZBD3EtAMyoQToAEiAEIAZBDHZBD3EtAMyoQToAESAEIAZBEHZBD3EtAMyoQToAECAG\
QQFyZ0ECdiIBIARBDGoiA2oiAEH7ADoAACAAQQFrQfUAOgAAIAMgAUECayIBakHcADoAACAFIAQp\
AQw3AAAgBEH9ADoAFSAEIAZBD3EtAMyoQToAFCAFIAQvARQ7AAgMBwsgBUIANwECIAVB3OAAOwEA\
DAgLIAVCADcBAiAFQdzoATsBAAwHCyAFQgA3AQIgBUHc5AE7AQAMBgsgBUIANwECIAVB3NwBOwEA\
DAULIAVCADcBAiAFQdy4ATsBAAwECyAFQgA3AQIgBUHczgA7AQAMAwtBACEBQQAhAAJAIAYiAkEg\
SQ0AIAJB/wBJBEBBASEBDAELAkACQCACQYCABE8EQCACQYCACEkNASACQf7//wBxIgBBrp0LRyAC\
QeD//wBxQeDNCkcgAEGe8ApHcXEgAkHw1wtrQXFJcSACQYDwC2tB3mxJcSACQYCADGtBnnRJcSAC\
QdCmDGtBe0lxIAJBgII4a0H65lRJcSACQfCDOElxIQEMAwsgAkEIdkH/AXEhCQNAIAFBAmohAyAA\
IAEtAJuzQSIHaiEIIAkgAS0AmrNBIgFHBEAgASAJSw0DIAghACADIgFBzABHDQEMAwsCQAJAIAAg\
CEsgCEGcAktyRQRAIAdFDQIgAEHms8EAaiEBDAELIAAgCEGcAkGouMEAEDcACwNAIAEtAAAgAkH/\
AXFHBEAgAUEBaiEBIAdBAWsiBw0BDAILC0EAIQEMBAsgCCEAIAMiAUHMAEcNAAsMAQsgAkEIdkH/\
AXEhCQNAAkAgAUECaiEDIAAgAS0A86xBIgdqIQggCSABLQDyrEEiAUcEQCABIAlLDQEgCCEAIAMi\
AUHcAEcNAgwBCwJAAkAgACAISyAIQdQBS3JFBEAgB0UNAiAAQc6twQBqIQEMAQsgACAIQdQBQai4\
wQAQNwALA0AgAS0AACACQf8BcUcEQCABQQFqIQEgB0EBayIHDQEMAgsLQQAhAQwECyAIIQAgAyIB\
QdwARw0BCwsgAkH//wNxIQNBASEBQQAhAgNAIAJBAWohAAJAIAIsAKKvQSIHQQBOBEAgACECDAEL\
IABB+ANHBEAgAkGjr8EAai0AACAHQf8AcUEIdHIhByACQQJqIQIMAQtBuLjBABCFAwALIAMgB2si\
A0EASA0CIAFBAXMhASACQfgDRw0ACwwBC0EBIQFBACEHA0AgB0EBaiEAAkAgBywAgrZBIgNBAE4E\
QCAAIQcMAQsgAEGkAkcEQCAHQYO2wQBqLQAAIANB/wBxQQh0ciEDIAdBAmohBwwBC0G4uMEAEIUD\
AAsgAiADayICQQBIDQEgAUEBcyEBIAdBpAJHDQALCyABQQFxDQEgBEEAOgAYIARBADsBFiAEIAZB\
FHYtAMyoQToAGSAEIAZBBHZBD3EtAMyoQToAHSAEIAZBCHZBD3EtAMyoQToAHCAEIAZBDHZBD3Et\
AMyoQToAGyAEIAZBEHZBD3EtAMyoQToAGiAGQQFyZ0ECdiIBIARBFmoiA2oiAEH7ADoAACAAQQFr\
QfUAOgAAIAMgAUECayIBakHcADoAACAFIAQpARY3AAAgBEH9ADoAHyAEIAZBD3EtAMyoQToAHiAF\
IAQvAR47AAgLQQoMAgsgBSAGNgIAQYABIQFBgQEMAQtBAgs6AA0gBSABOgAMIARBIGokAAJAIAUt\
AA0iAUGBAU8EQCAKIAUoAgAgCxEDAEUNAUEBDAILIAogBSAFLQAMIgBqIAEgAGsgDCgCDBEEAEUN\
AEEBDAELIApBJyALEQMACyAFQRBqJAALhQEBAX8jAEEQayIDJAAgAiABIAJqIgFLBEBBAEEAENEC\
AAsgA0EEaiAAKAIAIgIgACgCBEEIIAEgAkEBdCICIAEgAksbIgEgAUEITRsiARB6IAMoAgRBAUYE\
QCADKAIIIAMoAgwQ0QIACyADKAIIIQIgACABNgIAIAAgAjYCBCADQRBqJAALcgEBfgJAIAFCFlMg\
AK0gAVdxRQRAIAFCAX0iAkIVVA0BIAFCBXxCBloEQEKAgICAgICAgIB/IAIgASACVxsiASABQj+H\
IgGFIAF9pxCcAiAAIABBAUtqakECag8LIAAgAadrQQJqDwsgAacPCyAAQQFqC+8BAQh/IwBBEGsi\
BCQAA0AgBCACNgIMIAQgATYCCCAEQQhqKAIAIgYvAYoBIglBDGwhB0F/IQUgBkEEaiEGQQEhCAJA\
A0AgB0UEQCAJIQUMAgsgB0EMayEHIAVBAWohBSADIAYQ4wEhCiAGQQxqIQYCQCAKQf8BcQ4CAAEC\
CwtBACEICyAEIAU2AgQgBCAINgIAIAQoAgQhBQJAIAQoAgBBAUYEQCACDQFBASELQQAhAgsgACAF\
NgIMIAAgAjYCCCAAIAE2AgQgACALNgIAIARBEGokAA8LIAJBAWshAiABIAVBAnRqKAKMASEBDAAL\
AAuWAQEBfwJAAkACQEEDIAEoAgAiAkGAgICAeHMgAkEAThtBAmsOAgACAQsgAEEYEPMCDwsgAEEB\
OgAQDwsgABCrAyAAQbyowABBASABLQAMIgIbQQhBACACGxA2IAEoAghBA3QhAiABKAIEIQEDQCAC\
BEAgACABKAIAIAEoAgQQNiACQQhrIQIgAUEIaiEBDAELCyAAEKoDC30AAkAgAyAESw0AAkAgA0UN\
ACACIANNBEAgAiADRw0CDAELIAEgA2osAABBv39MDQELAkAgBEUNACACIARNBEAgAiAERg0BDAIL\
IAEgBGosAABBv39MDQELIAAgBCADazYCBCAAIAEgA2o2AgAPCyABIAIgAyAEIAUQ7AIAC7MCAQl/\
AkACQAJAAkACQAJAIAEtAABBAWsOBQECAwQFAAsgAEEAOgAADwsgACABKQIINwIIIAAgASkCADcC\
AA8LIABBBGogAUEEahCrASAAQQI6AAAPCyAAQQRqIAFBBGoQqwEgAEEDOgAADwsgAEEEaiEDIwBB\
IGsiAiQAIAFBBGoiASgCBCEHIAJBCGogASgCCCIFQQRBEBCyASAFQQR0IQhBACEBIAIoAgwhBiAC\
KAIIIgkhBANAIARFIAEgCEZyRQRAIAJBEGogASAHahB0IAEgBmoiCiACKQIYNwIIIAogAikCEDcC\
ACABQRBqIQEgBEEBayEEDAELCyADIAU2AgggAyAGNgIEIAMgCTYCACACQSBqJAAgAEEEOgAADwsg\
AEEEaiABQQRqEE4gAEEFOgAAC40BAQN/IwBBMGsiAiQAIAJBADYCECACQoCAgIAQNwIIIAJBFGog\
ASACQQhqIgMQDyAAQQRqIQECQCACKAIUIgRBAkcEQCABIAIpAig3AhAgASACKQIgNwIIIAEgAikC\
GDcCACADEIoDDAELIAEgAigCEDYCCCABIAIpAgg3AgALIAAgBDYCACACQTBqJAALigEBAn8jAEEw\
ayIEJAAgBEEEaiIFIAEgAhCXAQJAIAAgBCgCCCAEKAIMEHciAQRAIAEQ7QEgASADKQIINwIIIAEg\
AykCADcCACAFEIoDDAELIAQgBCgCDDYCGCAEIAQpAgQ3AxAgBCADKQIANwIcIAQgAykCCDcCJCAA\
IARBEGoQtQELIARBMGokAAt3AQF/IwBBEGsiAyQAIAMgAjYCCCADIAE2AgQgACgCCEEcbCECIAAo\
AgQhAAJ/A0BBACACRQ0BGiACQRxrIQIgAyAANgIMIABBHGohACADQQxqIANBBGoQjwJFDQALIABB\
HGsLIQIgA0EQaiQAIAJBDGpBACACGwt4AQN/AkAgAkUNACAAIAEoAgAgASgCBBB3IgBFDQAgAUEM\
aiEBIAJBA3RBCGshAgNAIAIEQCABQQRrIQQgAkEIayECIAEoAgAhBSABQQhqIQEgACAEKAIAIAUQ\
tAIiAA0BDAILCyAAQQAgAEHc/8AAEF8bIQMLIAMLewEDfyMAQRBrIgMkACADIAEgAkEtEMYBAkAg\
AygCBCACIAMoAgAiBBsiBUEPTQRAIAMgBCABIAQbIgQ2AgggAyAEIAVqNgIMIANBCGoQzwFFDQEL\
IAEgAhAOIgEgAiABIAJLGyECCyAAIAAoAgAgAmo2AgAgA0EQaiQAC3EAAn8gA0EASARAQQEhAUEA\
IQNBBAwBCwJ/AkACfyABBEAgAiABQQEgAxAUDAELIANFBEBBASEBDAILIANBARDQAgsiAQ0AIABB\
ATYCBEEBDAELIAAgATYCBEEACyEBQQgLIABqIAM2AgAgACABNgIAC4EBAQN/IwBBMGsiAiQAIAJB\
DGpBlLTAAEECEJcBIAJCBDcCKCACQoyAgICAATcCICACQSBqIQQDQCADQRBGBEAgACACKAIUNgII\
IAAgAikCDDcCACACQTBqJAAFIAJBDGogASADIARqKAIAdkEPcS0AlrRAEKMBIANBBGohAwwBCwsL\
hgEBAX8jAEEwayIFJAAgBSADNgIMIAUgAjYCCCAFIAQQxwIgBSAFKQMANwIQIAVBAjYCLCAFQQI2\
AiQgBUECNgIcIAUgAUEMajYCGCAFIAVBEGo2AiggBSAFQQhqNgIgIABBDGpBjoTAACAFQRhqEKoC\
IABBADYCACAAQQE6ABggBUEwaiQAC08BA34gACABQv////8PgyIDQgp+IgRCACIDIAFCIIhCCn58\
IgFCIIZ8IgU3AwAgACAEIAVWrSABIANUrUIghiABQiCIhHwgAkIKfnw3AwgL2wEBB38jAEEQayID\
JABBYCEEAkADQCAEBEAgA0EIaiEHIAEgBEHMgMEAaigCACAEQdCAwQBqKAIAEHghAkEAIQUjAEEQ\
ayIGJAAgAgR/IAZBCGoiBSACKAIMNgIEIAUgAigCCEEAIAItAABBA0YbNgIAIAYoAgwhBSAGKAII\
BUEACyECIAcgBTYCBCAHIAI2AgAgBkEQaiQAIAMoAggiAgRAIAMgAiADKAIMIggQTyADKAIEDQML\
IARBCGohBAwBCwtBACECCyAAIAI2AgAgACAINgIEIANBEGokAAt6AQN/IAEoAgAhAwJAAkAgASgC\
ECICBEAgASgCFCACayECIAMNAUEBIQQgAiEBDAILQQEhBEEAIQIgA0UEQEEAIQEMAgsgASgCBCAD\
ayEBDAELIAEoAgQgA2sgAmoiASACTyEECyAAIAE2AgggACAENgIEIAAgAjYCAAtsAQR/IwBBEGsi\
AyQAA0ACQCACRQRAQQEhBQwBCyADQQhqIAEQwAEgAy0ACEUNACADLQAJQTBrQf8BcSIGQQlLDQAg\
BEEKbCAGaiEEIAJBAWshAgwBCwsgACAENgIEIAAgBTYCACADQRBqJAALAwAAC5EBAgJ/AX4jAEEg\
ayICJAAgASgCAEGAgICAeEYEQCABKAIMIQMgAkEANgIcIAJCgICAgBA3AhQgAkEUakH4nMEAIAMo\
AgAiAygCACADKAIEECAaIAIgAigCHCIDNgIQIAIgAikCFCIENwMIIAEgAzYCCCABIAQ3AgALIABB\
hJ/BADYCBCAAIAE2AgAgAkEgaiQAC4kBAQJ/IwBBgAJrIgMkACADQcgAakEAQcEA/AsAIANCADcD\
QCADQcCXwQApAwA3AzggA0G4l8EAKQMANwMwIANBsJfBACkDADcDKCADQaiXwQApAwA3AyAgA0Eg\
aiIEIAEgAhA1IANBkAFqIgEgBEHwAPwKAAAgAyABEB0gACADEFsgA0GAAmokAAt1AQV/IwBBEGsi\
AiQAIAEoAgAhBCABKAIEIQUgAkEIaiABEE0CQCACKAIIQQFHBEBBgIDEACEDDAELIAIoAgwhAyAB\
IAEoAgAgASgCCCIGIAVqIAQgASgCBGprajYCCAsgACADNgIEIAAgBjYCACACQRBqJAALdgEDfyMA\
QRBrIgIkACACIAE2AgwgAiAANgIIQQEhAwJAIAJBCGoiBEGkkMEAQQoQpQENACAEQaCRwQBBAhCl\
AQ0AIARBuJHBAEEBEKUBDQAgBEHAkcEAENMCDQAgACABQciRwQBBCBDFAiEDCyACQRBqJAAgAwtt\
AQR/QQQhAyMAQRBrIgIkAEEBIQQCQANAIANFDQEgAkEIaiABLQAAQRAQ4gEgA0EBayEDIAFBAWoh\
ASACLwEMIAVBBHRyIQUgAigCCEEBcQ0AC0EAIQQLIAAgBTsBAiAAIAQ7AQAgAkEQaiQAC3EAAkAg\
ASACEKwCIgEEQCABLQAAQQNHDQEgAEEEaiABQQRqEKsBIABBAjYCAA8LIAItAABFBEAgAEEEaiAC\
KAIEIAIoAggQlwEgAEECNgIADwsgAEIBNwIIIABCAjcCAA8LIAAgAkG1sMAAQQggARB8CwMAAAum\
AQEEfyMAQRBrIgIkACACIAE2AgggAUEEaiEBAn8DQEEAIQMgASgCACIEIAEoAgRJBEAgASAEQQFq\
NgIAQQEhAwsgAiAENgIEIAIgAzYCAEEAIAIoAgBBAUcNARogAiACKAIEIgU2AgwgAkEIaigCACgC\
ACACQQxqKAIAQdSpwAAQoAItABBBAkYNAAtBAQshASAAIAU2AgQgACABNgIAIAJBEGokAAsDAAAL\
AwAACwMAAAucAQEEfyMAQRBrIgMkACABIAEgAkEDdCICaiIERwRAIAFBBGohBiAEIAFrQQN2IQQD\
QCAGKAIAIAVqIQUgBkEIaiEGIARBAWsiBA0ACwsgA0EEaiAFEPkBA0AgAgRAIANBBGogASgCACAB\
KAIEENoBIAJBCGshAiABQQhqIQEMAQsLIAAgAygCDDYCCCAAIAMpAgQ3AgAgA0EQaiQAC5UCAQh/\
IwBBEGsiBCQAIAQgAUEIajYCDCABKAIAIQMgASgCBCEFAkADQCADIAVHBEAgASADQQhqIgY2AgAj\
AEEwayICJAAgAkEEaiIHIARBDGooAgAoAgAoAgAgAygCACIIIAMoAgQiAxB3EMwCAkAgAi0ABCIJ\
QQFrQf8BcUEFTwRAIABBgICAgHg2AgAgCUEGRg0BIAcQ7QEMAQsgAkEUaiAIIAMQlwEgACACKQIU\
NwIAIAIgAikCBDcCICAAIAIpAhw3AgggAiACKQIMNwIoIAAgAikCJDcCECAAIAIoAiw2AhgLIAJB\
MGokACAGIQMgACgCAEGAgICAeEYNAQwCCwsgAEGAgICAeDYCAAsgBEEQaiQAC5ICAQh/IwBBEGsi\
BCQAIAQgAUEIajYCDCABKAIAIQMgASgCBCEFAkADQCADIAVHBEAgASADQQhqIgY2AgAjAEEwayIC\
JAAgAkEEaiIHIARBDGooAgAoAgAoAgAgAygCACIIIAMoAgQiAxA7AkAgAi0ABCIJQQFrQf8BcUEF\
TwRAIABBgICAgHg2AgAgCUEGRg0BIAcQ7QEMAQsgAkEUaiAIIAMQlwEgACACKQIUNwIAIAIgAikC\
BDcCICAAIAIpAhw3AgggAiACKQIMNwIoIAAgAikCJDcCECAAIAIoAiw2AhgLIAJBMGokACAGIQMg\
ACgCAEGAgICAeEYNAQwCCwsgAEGAgICAeDYCAAsgBEEQaiQAC6kbAhJ/A34jAEEQayIUJAAgASgC\
AC0AQARAIBRBBGohEyABKAIEKAIMIgEEfyABKAIEIQkgASgCAAVBAAshEkEAIQEjAEGgAWsiAyQA\
IANB+wBqIQYDQAJAAkACQAJAAkAgAUEYRwRAIAEoAvyRQSEHIAEoAviRQSEKIAFBCGoiBSEBIAdF\
DQYgAiAKKAIAIAooAgQQdyIERQ0GIApBDGohASAHQQN0QQhrIQwDQCAELQAAIQcgDEUNAiAHQQVH\
DQUgAUEEayEKIAxBCGshDCABKAIAIQcgAUEIaiEBIARBBGogCigCACAHEHciBA0ACwwECyADQQhq\
IQQgAigCBCIBIQUgASACKAIIQRxsaiEBIwBBQGoiBiQAIAYgATYCGCAGIAU2AhQgBkEoaiAGQRRq\
EK0BAkAgBigCKEGAgICAeEcEQCAGQQhqQQRBBEEYELIBIAYoAgghASAGKAIMIgUgBikCKDcCACAF\
IAYpAjg3AhAgBSAGKQIwNwIIIAZBATYCJCAGIAU2AiAgBiABNgIcIAZBHGohByAGKAIUIQUgBigC\
GCEBIwBBIGsiCiQAIAogATYCBCAKIAU2AgADQAJAIApBCGogChCtASAKKAIIQYCAgIB4Rg0AIAco\
AggiBSAHKAIARgRAIAcoAggiASAHKAIARgRAIAcgAUEBQQRBGBDYAQsLIAcoAgQgBUEYbGoiASAK\
KQIYNwIQIAEgCikCEDcCCCABIAopAgg3AgAgByAFQQFqNgIIDAELCyAKQSBqJAAgBCAGKAIkNgII\
IAQgBikCHDcCAAwBCyAEQQA2AgggBEKAgICAwAA3AgALIAZBQGskACADKAIQIgZFDQEgA0EANgIc\
IANBADYCFCMAQSBrIgwkACAMQQA2AgwgDEKAgICAwAA3AgQgAkEBQQBBAUEAIAxBBGoQISAMKAIM\
IQEgDCgCCCEFIAwgDCgCBDYCGCAMIAU2AhQgDCAFNgIQIAwgBSABQRxsajYCHCADQfgAaiEQIwBB\
EGsiESQAIAxBEGoiCygCCCEKIBFBCGohByALKAIAIgEhCCMAQUBqIg0kACANQSxqIQQDQCALKAIE\
Ig4gCygCDEcEQCALIA5BHGo2AgQgDSAOKAIYIgU2AhggDSAOKQIQIhc3AxAgDSAOKQIIIhU3Awgg\
DSAOKQIAIhY3AwAgDSAFNgI4IA0gFzcDMCANIBU3AyggDSAWNwMgIBanIgVBgICAgHhHBEAgDSkC\
JCEVIAQQigMgCCAVNwIEIAggBTYCACAIQQxqIQgFIA1BIGoQsAILDAELCyAHIAg2AgQgByABNgIA\
IA1BQGskACARKAIMIQcjAEEQayIOJAAgC0EANgIIIAsoAgwgCygCBCEEIAtBBDYCACAOQoCAgIDA\
ADcCCCAOQQhqEJcDIAtBBDYCDCALQQQ2AgQgBGtBHG4hCANAIAgEQCAIQQFrIQggBBCwAiAEQRxq\
IQQMAQsLIA5BEGokACAKQRxsIg5BDG4hBSABIQQCQCAKRQ0AIA4gBUEMbCIKRg0AAn8gCkUEQCAO\
BEAgASAOEKABC0EEDAELIAEgDkEEIAoQFAsiBA0AQQQgChCkAwALIBAgBDYCBCAQIAU2AgAgECAH\
IAFrQQxuNgIIIwBBEGsiBSQAIAUgCzYCDCALKAIMIAsoAgQiAWtBHG4hBANAIAQEQCAEQQFrIQQg\
ARCwAiABQRxqIQEMAQsLIAVBDGoQgwIgBUEQaiQAIBFBEGokACAMQSBqJAAgAygCeCEFIAMgAygC\
fCIBIAMoAoABQQxsIgRqNgKEASADIAU2AoABIAMgATYCfCADIAE2AngDQAJAIARFDQAgAyABQQxq\
IgU2AnwgASgCACIHQYCAgIB4Rg0AIAMgBzYCICADIAEpAgQ3AiQgBEEMayEEIANBFGogA0EgahDp\
ASAFIQEMAQsLIANB+ABqEKkBIAMgBkEEQRgQsgEgA0EANgI0IAMgAykDADcCLCADKAIIIQUgAyAD\
KAIMIgEgBkEYbGoiCjYCRCADIAU2AkAgAyABNgI8IAMgATYCOCADQYQBaiEQA0ACQAJAAkAgASAK\
Rg0AIAMgAUEYaiIFNgI8IAEoAgAiB0GAgICAeEYNACABKAIIIREgASgCBCEOIAMgASgCFCIENgJQ\
IAMgASkCDDcDSCADKAJMIQEgAyAENgKUASADIAE2ApABIBJBACABIARB/afAAEECEL8CGw0BIANB\
AjYCfCADIANBkAFqNgJ4IANB2ABqQbeDwAAgA0H4AGoQqgIMAgsjAEEQayIFJAAgBSADQThqIgE2\
AgwgASgCDCABKAIEIgFrQRhuIQkDQCAJBEAgCUEBayEJIAEQ9QIgAUEYaiEBDAELCyMAQRBrIgkk\
ACAJIAVBDGooAgAiASgCADYCDCAJIAEoAgg2AgggCUEIahCOAyAJQRBqJAAgBUEQaiQAIBMgAygC\
NDYCCCATIAMpAiw3AgAjAEEwayILJAACfyADQRRqIgUoAgAiAUUEQEEAIQRBAAwBCyALIAE2AiQg\
C0EANgIgIAsgATYCFCALQQA2AhAgCyAFKAIEIgE2AiggCyABNgIYIAUoAgghBEEBCyEBIAsgBDYC\
LCALIAE2AhwgCyABNgIMIAtBDGohDyMAQRBrIg4kAANAIA5BBGohByMAQSBrIhAkAAJAIA8oAiAi\
AUUEQCAQQRRqIQkgDygCACEBIA9BADYCAAJAAkAgAUEBRgRAIA8oAgwhBCAPKAIIIQEgDygCBCIF\
RQ0BIAkgBDYCCCAJIAE2AgQgCSAFNgIADAILIAlBADYCAAwBCwNAIAQEQCAEQQFrIQQgASgCjAEh\
AQwBBSAJQgA3AgQgCSABNgIACwsLIBAoAhQEQCMAQRBrIgEkACAJKAIAIQQgCSgCBCEJA0AgAUEE\
aiAEIAkQ/AEgASgCBCIEBEAgASgCCCEJDAELCyABQRBqJAALIAdBADYCAAwBCyAPIAFBAWs2AiAC\
QCAPKAIAIgFBAUcNACAPKAIEDQAgD0EIaiEEIA8oAgwhCQNAIAQoAgAhBSAJBEAgCUEBayEJIAVB\
jAFqIQQMAQUgD0IANwIIIA8gBTYCBCAPQQE2AgALCwsgD0EEakEAIAEbIhEEQCAQQQhqIQkjAEEw\
ayINJAAgDUEIaiESIwBBEGsiCCQAIBEoAgghBiARKAIAIQwgESgCBCEKAkACQANAIAYgDC8BigFJ\
DQEgCEEEaiAMIAoQ/AEgCCgCBCIMBEAgCCgCDCEGIAgoAgghCgwBCwsgEkEANgIADAELIAggBjYC\
DCAIIAo2AgggCCAMNgIEIAhBBGoiBSgCCCEBIAUoAgAhBCASIAUoAgQiBQR/IAQgAUECdGpBkAFq\
IQEDQCABKAIAIgRBjAFqIQEgBUEBayIFDQALQQAFIAFBAWoLNgIIIBJBADYCBCASIAQ2AgAgEiAG\
NgIUIBIgCjYCECASIAw2AgwLIAhBEGokAAJAIA0oAggEQCAJIA0pAhQ3AgAgCSANKAIcNgIIIA0g\
DSgCECIBNgIoIA0gDSkCCCIVNwMgIBEgATYCCCARIBU3AgAgDUEwaiQADAELQZyWwQAQhQMACyAH\
IBAoAhA2AgggByAQKQIINwIADAELQcyTwQAQhQMACyAQQSBqJAAgDigCBCIBBEAgASAOKAIMQQxs\
akEEahCKAwwBCwsgDkEQaiQAIAtBMGokAAwFCyADIAk2ApwBIAMgEjYCmAEgA0ECNgJ8IAMgA0GY\
AWo2AnggA0HYAGpB4Z3AACADQfgAahCqAgsDQCADQdgAaiEEIwBBEGsiCCQAIANBFGoiBigCACIB\
BH8gCCABIAYoAgQgBBBxQQAgCCgCBEGMAWogCCgCABsFQQALIQEgCEEQaiQAAkAgAQ0AIAMoAlwg\
AygCYBCFAQ0AIANB+ABqIgggBBCrASAGIAgQ6QEgA0HoAGoiBiACIA4gERBhIAMtAGhBBkcEQCAI\
IAQQqwEjAEEwayIEJAAgBCAIKQIANwMAIAQgCCgCCCIBNgIIAkAgAiAEKAIEIAEQdyIBBEAgARDt\
ASABIAYpAgg3AgggASAGKQIANwIAIAQQigMMAQsgBCAIKAIINgIYIAQgCCkCADcDECAEIAYpAgA3\
AhwgBCAGKQIINwIkIAIgBEEQahC1AQsgBEEwaiQACyAQIAMoAmA2AgggECADKQJYNwIAIAMgETYC\
gAEgAyAONgJ8IAMgBzYCeCADQSxqIANB+ABqEMoBIANByABqEIoDIAUhAQwCCyADQQM2ApwBIAMg\
A0HYAGoiATYCmAEgA0H4AGpBt4PAACADQZgBahCqAiABEIoDIAMgAygCgAE2AmAgAyADKQJ4NwNY\
DAALAAsACyAFIQEgB0EFRw0EIwBBEGsiByQAIAdBADYCDCAHQoCAgIAQNwIEIAdBBGpB7LLAACAE\
QQAQRyADQegAaiIBIAcoAgw2AgggASAHKQIENwIAIAdBEGokACAGIAMoAnA2AAggBiADKQJoNwAA\
IAQQ7QEgBEEDOgAAIAQgAykAeDcAASAEIAMpAH83AAgMAgsgE0EANgIIIBNCgICAgMAANwIAIANB\
CGoQkgMLIANBoAFqJAAMAQsgBSEBDAELCyATEJIDCyAAIAIoAgg2AgggACACKQIANwIAIBRBEGok\
AAtuAQF/IwBBIGsiAyQAAkAgAkHnB00EQCAAQQI2AgAgACACQQFqNgIEDAELIANBATYCHCADQeCv\
wAA2AhggA0EMaiICQZCcwAAgA0EYahCqAiAAIAEgAygCECADKAIUEOkCIAIQigMLIANBIGokAAuD\
AQEBfwJAIABBhAhPBEAgANBvJgFBpLvBACgCAA0BQaS7wQBBfzYCACAAQbi7wQAoAgAiAUkNASAA\
IAFrIgBBsLvBACgCAE8NAUGsu8EAKAIAIABBAnRqQbS7wQAoAgA2AgBBtLvBACAANgIAQaS7wQBB\
pLvBACgCAEEBajYCAAsPCwALZAEBfyMAQRBrIgMkACABBEAgA0EIaiABIAIoAhARAAAgAygCDCEB\
IAAgAygCCCICNgIIIAAgAUEAIAJBAXEiAhs2AgQgAEEAIAEgAhs2AgAgA0EQaiQADwtBwJvBAEEy\
EKEDAAvUAgEKfyMAQRBrIgYkAAJAIAAgASgCCCICIAEoAgBJBH8jAEEQayIHJAAgASgCACACSQRA\
QbScwQBByQBB2JzBABDyAQALIAZBCGohCiAHQQhqIQsjAEEQayIEJAAgBEEMaiEIIAEoAgAiBQRA\
IARBATYCDCAFIQMgASgCBCEFIARBCGohCAsgCCADNgIAAkAgBCgCDCIDBEAgBCgCCCEJAkAgAkUE\
QCAJBEAgBSAJEKABCyABQQE2AgQMAQsgBSAJIAMgAiIIEBQiBUUNAiABIAU2AgQLIAEgAjYCAAtB\
gYCAgHghAwsgCyAINgIEIAsgAzYCACAEQRBqJAAgBygCDCECIAogBygCCDYCACAKIAI2AgQgB0EQ\
aiQAIAYoAggiAkGBgICAeEcNASABKAIIBSACCzYCBCAAIAEoAgQ2AgAgBkEQaiQADwsgAiAGKAIM\
ENECAAtVAQR/QQEhAwJAIAEtAAgEQAwBCyABKAIEIgUgASgCACIBSQ0AIAUgAWsiAUF/RyEDIAFB\
AWoiAkF/IAIbIQQLIAAgAjYCCCAAIAM2AgQgACAENgIAC2IBA38CQAJAIAAoAggiBEECdCICQQhq\
IgMgAkEEaiICSQ0AIAMgACgCBEsNACAALQAQQQFxDQAgAyAAKAIMTQ0BCyAAQQE6ABAPCyAAIARB\
AWo2AgggACgCACACaiABNgAAC2ABA38jAEEQayIDJAAgA0EIaiACQQFBARCyASADKAIIIQUgAygC\
DCEEIABBADYCCCAAIAQ2AgQgACAFNgIAIAIEQCACBEAgBCABIAL8CgAACyAAIAI2AggLIANBEGok\
AAtnAQF/AkACQAJAIAAtAABBBGsOAgEAAgsgAEEEaiABIAIgAyAEIAUQ2wEMAQsgACgCDEEEdCEG\
IAAoAgghAANAIAZFDQEgACABIAIgAyAEIAUQmAEgBkEQayEGIABBEGohAAwACwALC3QAAkACQAJA\
IAEoAgBBAWsOAgECAAsgAEEANgIQIABBCDoADCAAQQU6AAAgACABKQIYNwIEDwsgAEEANgIQIABB\
CDoADCAAQQA2AgQgAEEFOgAADwsgAEEIOgAMIABBADYCBCAAQQU6AAAgACABKQIYNwIQC5ABAgF/\
AX4jAEEQayIEJAAgASgCACUBIAIoAgAlASADKAIAJQEQBCEBQdi7wQApAwAhBUHYu8EAQgA3AwAg\
BEEIaiICIAVCIIg+AgQgAiAFp0EBRjYCAEEBIQMCQCAEKAIIQQFGBEAgACAEKAIMNgIEDAELQQAh\
AyAAIAFBAEc6AAELIAAgAzoAACAEQRBqJAALbwEBfwJAAkACQAJAAkACQCAAKAIAIgAtABRBAWsO\
AwECAQALIABBCGooAgBB/////wdPDQMgACgCDA0CCw8LIABBAzoAFA8LIAAgACgCAEEBaiIBNgIA\
IAFFDQEgAEEBOgAUAAtBpJzBABCVAgsAC5UBAQV/IwBBIGsiAiQAIAJBCGogAUEEQQQQsgEgAkEA\
NgIcIAIgAikDCDcCFCACQRRqIgQgARC4AiAEKAIEIAQoAggiBUECdGohBgNAIAEgA0cEQCAGIAM2\
AgAgBkEEaiEGIAVBAWohBSADQQFqIQMMAQsLIAQgBTYCCCAAIAIoAhw2AgggACACKQIUNwIAIAJB\
IGokAAsDAAALXgIBfwJ+IAAtABwhASAAQQA6ABwCQCABDQAgACgCGCIBRQ0AIAApAwAiAkIBQT8g\
ASABQT9PG62GIgODUEUEQCAAKAIUIgEgASgCAEEBajYCAAsgACACIAOENwMACwtcAQF/IwBBEGsi\
BCQAIARBADYCACAEIAI2AgQgBCADNgIMIARBADYCCCAABEAgACACIAMgASgCEBEEACAEQRBqJAAP\
CyAEQQhqEOMCIAQQ4wJBwJvBAEEyEKEDAAtdAQJ/AkAgAEEEaygCACICQXhxIgNBBEEIIAJBA3Ei\
AhsgAWpPBEAgAkEAIAMgAUEnaksbDQEgABAVDwtB6J3BAEEuQZiewQAQ2gIAC0GonsEAQS5B2J7B\
ABDaAgALYgECfyMAQRBrIgMkACADQQA2AgwgA0EuIANBDGoQyAEgAygCBCEEIAAgAjYCECAAQQA2\
AgwgACACNgIIIAAgATYCBCAAIAQ6ABggAEEuNgIAIAAgAygCDDYCFCADQRBqJAALVQEBfwJAIAEg\
AkEBaiIETQ0AIAEgAkF/c2pBDGwiAUUNACAAIARBDGxqIAAgAkEMbGogAfwKAAALIAAgAkEMbGoi\
ACADKAIINgIIIAAgAykCADcCAAtQAQJ/IAAoAgghAiAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAa\
QQNBBCABQYCABEkbCyIDELcCIAEgACgCBCAAKAIIahBeIAAgAiADajYCCAtSAQF/IwBBEGsiAiQA\
IAJBCGogARBLIAAgAigCCEEBRwR/QYCAxAAFIAEoAgggASgCBGogASgCAGshASACKAIMCzYCBCAA\
IAE2AgAgAkEQaiQAC1YBAX8gAkEDdCECIAAoAgAhAyAAKAIEIQADQAJAIAJFDQAgACABQQRqKAIA\
RgRAIAEoAgAgAyAAEL4BRQ0BCyABQQhqIQEgAkEIayECDAELCyACQQBHC1ABA38CQCABLQAIDQAg\
ASgCACIDIAEoAgQiBEsNACADIARPBEBBASECIAFBAToACAwBC0EBIQIgASADQQFqNgIACyAAIAM2\
AgQgACACNgIAC1sCAX8CfiAALQAcIQEgAEEAOgAcAkAgAQ0AIAAoAhgiAUUNACAAKQMAIgJCAUE/\
IAEgAUE/TxuthiIDg1BFBEAgACgCFEHqssAAQQEQ2gELIAAgAiADhDcDAAsLXQEBfyMAQRBrIgMk\
AAJAAkACQCACDgICAAELIAMgACABKAIAIAEoAgQQYSADEOACDAELIAAgASgCACABKAIEEHciAEUN\
ACAAIAFBCGogAkEBaxCwAQsgA0EQaiQAC34BAn8jAEEQayICJAAgAiAANgIMIAAoAgwgACgCBCIB\
a0EMbiEAA0AgAARAIABBAWshACABEIoDIAFBDGohAQwBCwsjAEEQayIAJAAgACACQQxqKAIAIgEo\
AgA2AgwgACABKAIINgIIIABBCGoQiAMgAEEQaiQAIAJBEGokAAtUAQF/AkACQCAAKAIAIAAoAggi\
A2sgAkkEQCAAIAMgAhBnIAAoAgghAwwBCyACRQ0BCyACRQ0AIAAoAgQgA2ogASAC/AoAAAsgACAC\
IANqNgIIQQALWwECfwJAAkAgASgCCCICRQRAQQEhAQwBCyABKAIEIQMgAkEBENACIgFFDQEgAkUN\
ACABIAMgAvwKAAALIAAgAjYCCCAAIAE2AgQgACACNgIADwtBASACENECAAtOAAJAAkAgAUUNACAB\
IANPBEAgASADRg0BDAILIAEgAmosAABBQEgNAQsgACADIAFrNgIEIAAgASACajYCAA8LIAIgAyAB\
IAMgBBDsAgALtQMBCn8jAEEgayIEJAAgBEEIaiEFIwBBMGsiAyQAIAEoAgAhAiABKAIEIQkDQAJA\
AkACQCACIAlGBEBBgICAgHghAgwBCyABIAJBHGo2AgAgAyACQQxqIgo2AhQgAyACQQRqKQIANwIM\
IANBGGohBiMAQUBqIgIkACACQQRqIANBDGoiBygCACIIIAcoAgQiBxAeIAIoAgggAigCDBCFASEL\
IAIgBzYCICACIAg2AhwgAiACKQIENwMQIAIgAigCDDYCGAJAIAtFBEAgBkGAgICAeDYCACACQRBq\
EIoDDAELIAJBKGogCCAHEJcBIAYgAikCKDcCACACIAIpAgQ3AjQgBiACKQIwNwIIIAIgAigCDDYC\
PCAGIAIpAjg3AhALIAJBQGskACADKAIYIgJBgICAgHhGDQEgBSADKAIsNgIUIAUgAykCJDcCDCAF\
IAMpAhw3AgQLIAUgAjYCACADQTBqJAAMAQsgCkEQaiECDAELCwJAIAQoAghBgICAgHhHBEAgACAE\
KQIYNwIQIAAgBCkCEDcCCCAAIAQpAgg3AgAMAQsgAEGAgICAeDYCAAsgBEEgaiQAC1cAAkAgASAC\
EKwCIgEEQCABLQAAQQFHDQEgAEECNgIAIAAgAS0AAToABA8LIABBAjYCACAAIAItAAEgAi0AAEEB\
RnE6AAQPCyAAIAJBpI/BAEENIAEQfAvCAQEGfyMAQSBrIgQkACAEIAE2AgwgBCACNgIQIAEvAYoB\
IQMgBEEAOgAcIAQgAzYCGCAEQQA2AhQjAEEgayIDJAAgAyAEQRRqIgUoAgg2AhggAyAFKQIANwMQ\
IARBDGooAgAiBUGMAWohBgNAIANBCGogA0EQahCmASADKAIIQQFGBEAgBiADKAIMIgdBAnRqKAIA\
IgggBzsBiAEgCCAFNgIADAELCyADQSBqJAAgACACNgIEIAAgATYCACAEQSBqJAALWQEBfwJAAkAC\
QCAALQAAQQRrDgIAAQILIAAoAgxBBHQhAyAAKAIIIQADQCADRQ0CIAAgASACELABIANBEGshAyAA\
QRBqIQAMAAsACyAAQQRqIAEgAhCoAQsLVAEBfwJAAkAgACgCACAAKAIIIgNrIAJJBEAgACADIAIQ\
byAAKAIIIQMMAQsgAkUNAQsgAkUNACAAKAIEIANqIAEgAvwKAAALIAAgAiADajYCCEEAC1EBAX8j\
AEEQayIEJAAgBEEEaiABQQAgAiADEGIgBCgCCCEBIAQoAgRBAUYEQCABIAQoAgwQ0QIACyAAIAQo\
Agw2AgQgACABNgIAIARBEGokAAtPAQF/IwBBIGsiAyQAIAMgATYCDCADIAA2AgggAyADQQhqrUKA\
gICAEIQ3AxggAyADQQxqrUKAgICAEIQ3AxBB1oTAACADQRBqIAIQ8gEAC08BAX8jAEEgayIDJAAg\
AyABNgIIIAMgADYCDCADIANBDGqtQoCAgIAQhDcDGCADIANBCGqtQoCAgIAQhDcDEEHxn8AAIANB\
EGogAhDyAQALkQEBA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEEQRwQ\
WCACKAIIIgRBgYCAgHhHBEAgBCACKAIMENECAAsgAkEQaiQACyAAKAIEIANBHGxqIgIgASgCGDYC\
GCACIAEpAhA3AhAgAiABKQIINwIIIAIgASkCADcCACAAIANBAWo2AggLVgEBfyMAQRBrIgIkACAC\
QQhqIAFBDGoQogMgAiACKAIIIAIoAgwgASgCGCABKAIcQYSwwAAQcyACKAIEIQEgACACKAIANgIA\
IAAgATYCBCACQRBqJAALTQECfwJAIAJB/////wNGIAJB/////wNLcg0AIAEoAmQgAkECdCICQQRq\
SQ0AIAEoAmAgAmooAAAhBEEBIQMLIAAgBDYCBCAAIAM2AgALAwAACwMAAAsDAAALSAACQAJAIAFF\
DQAgASADTwRAIAEgA0YNAQwCCyABIAJqLAAAQUBIDQELIAAgATYCBCAAIAI2AgAPCyACIANBACAB\
IAQQ7AIAC9ABAQZ/IAAoAgAiA0EEaiADLwGKASIEQQFqIgcgACgCCCIFIAEQogEgA0GMAWohBgJA\
IAVBAWoiAUEBaiIFIARBAmoiBE8NACAEIAFBf3NqQQJ0IghFDQAgBiAFQQJ0aiAGIAFBAnRqIAj8\
CgAACyAGIAFBAnQiBWogAjYCACADIAc7AYoBIAQgASABIARJGyECIAUgACgCACIDakGMAWohAANA\
IAEgAkcEQCAAKAIAIgYgATsBiAEgBiADNgIAIABBBGohACABQQFqIQEMAQsLC0kBAX8jAEEQayIE\
JAAgBEEANgIIIAQgAjYCDCAABEAgACACIAMgASgCEBEEACAEQRBqJAAPCyAEQQhqEOMCQcCbwQBB\
MhChAwALQwEDfwJAIAJFDQADQCAALQAAIgQgAS0AACIFRgRAIABBAWohACABQQFqIQEgAkEBayIC\
DQEMAgsLIAQgBWshAwsgAwtLAQN/IAAoAhwhAiAAKAIkIQEgACgCICEDA0ACQCABIANJBEAgASAC\
ai0AAEEwa0H/AXFBCkkNAQsPCyAAIAFBAWoiATYCJAwACwALdAEFfyMAQRBrIgIkACACQQhqIgQg\
ASgCCCIDIAEoAgQiBUkEfyABKAIAIANqLQAABUEACzoAASAEIAMgBUk6AAAgAi0ACCIDBEAgAi0A\
CSEGIAEgASgCCEEBajYCCAsgACAGOgABIAAgAzoAACACQRBqJAALVgECfyMAQRBrIgIkACAAEKcB\
IAAoAhQiA0Gks8AAQQEQ2gEgAkEIaiABEMYCIAMgAigCCCACKAIMENoBIANByJfBAEECENoBIABB\
AToAHCACQRBqJAALRwEBfyMAQRBrIgMkACADQQA2AgggAyACNgIMIAAEQCAAIAIgASgCEBEDACAD\
QRBqJAAPCyADQQhqEOMCQcCbwQBBMhChAwALAwAACwMAAAsDAAALSgEBfyMAQSBrIgQkACAEQQA2\
AhwgBEEQaiADIARBHGoQyAEgBEEIaiAEKAIQIAQoAhQgASACEJsCIAAgBCkDCDcDACAEQSBqJAAL\
SgEDfyMAQRBrIgIkACAAEJ4BIAAoAhQiAygCACEEIAJBCGogARDGAiACKAIMIQEgAEEBOgAcIAMg\
ASAEakEDajYCACACQRBqJAALOQAgASACEF4gAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQg\
AUGAgARJGws2AgQgACACNgIACz8AIAAoAgAgA0H4qcAAEKACKAIEIgBBf0YEf0EABSAAIAJPBEAg\
ACACQYiqwAAQswEACyAAIAFqLQAAC0EBcQuHAQEDfyAAKAIIIgMgACgCAEYEQCMAQRBrIgIkACAC\
QQhqIAAgACgCAEEBQQRBGBBYIAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ0QIACyACQRBqJAALIAAo\
AgQgA0EYbGoiAiABKQIQNwIQIAIgASkCCDcCCCACIAEpAgA3AgAgACADQQFqNgIIC7ICAQV/IwBB\
EGsiAyQAIAAoAgBBgICAgHhGBEAgA0EEaiEEIAAoAgwhAiMAQdAAayIBJAAgASACELYBIAFBADYC\
TCABQdirwAA2AjQgAUEANgIwIAFCgICAgMAANwIoIAEgASgCBCICNgJIIAEgASgCACIFNgJEIAEg\
AjYCQCABIAU2AjwgAUEENgI4IAFBDGogAUEoakEAEA0CQCABKAIMIgJBAkcgAS0AECIFQQVHckUE\
QCAEIAEoAhw2AgggBCABKQIUNwIADAELIARBADYCCCAEQoCAgIDAADcCACACQQJHBEAgAUEMahC9\
AgwBCyAFQQVGDQAgAUEQahDtAQsgAUEoahCLAyABQdAAaiQAIAAQ4gIgACADKAIMNgIIIAAgAykC\
BDcCAAsgA0EQaiQAIAALQQEBfyMAQRBrIgMkACADQQRqIAAgASACENMBAkAgAygCCEUNACADKAIM\
IgBFDQAgAygCBCAAEKABCyADQRBqJAALCQAgAEEIELoDCwkAIABBBBC6AwtCAQN/IAAoAgAhAiAA\
KAIEIQMDQCADIAIiAUcEQCAAIAFBAWoiAjYCACABLQAAQTprQf8BcUH1AUsNAQsLIAEgA0cLCQAg\
AEEUELoDC0wBAX8gACgCACIAIAFB9LPAABClAiIDKAIAIAMoAgQgACACQYS0wAAQpQIiACgCACAA\
KAIEEIYCIgAgASACSyABIAJJayAAQf8BcRsLOgEBfwJAIAFpQQFHDQAgAUEAIABBgICAgHggAWtN\
GyICRQ0AIAAEQCAAIAIQ0AIiAUUNAQsgAQ8LAAtAAQN/QQQhBQJAIANFDQAgASgCACIGRQ0AIAAg\
AjYCBCAAIAEoAgQ2AgAgAyAGbCEEQQghBQsgACAFaiAENgIAC0QBAX8jAEEQayIFJAAgBUEIaiAC\
IAMgASgCBCABKAIIIAQQ9QEgBSgCDCEBIAAgBSgCCDYCACAAIAE2AgQgBUEQaiQAC74DAQZ/IwBB\
EGsiBSQAIAUgAzYCACAFIAE2AgQgBSABIAJBA3RqNgIIIAUgBTYCDCMAQSBrIgMkACADIAVBBGoi\
ASgCCDYCGCADIAEpAgA3AxAgA0EEaiEGIwBBQGoiASQAIAFBFGogA0EQaiIEEI4BAkAgASgCFEGA\
gICAeEcEQCABQQRBBEEcELIBIAEoAgAhByABKAIEIgIgASkCFDcCACACIAEoAiw2AhggAiABKQIk\
NwIQIAIgASkCHDcCCCABQQE2AhAgASACNgIMIAEgBzYCCCABIAQoAgg2AjggASAEKQIANwMwIAFB\
CGohBCABQTBqIQkjAEEgayICJAADQAJAIAJBBGogCRCOASACKAIEQYCAgIB4Rg0AIAQoAggiCCAE\
KAIARgRAIAQQuwILIAQoAgQgCEEcbGoiByACKAIcNgIYIAcgAikCFDcCECAHIAIpAgw3AgggByAC\
KQIENwIAIAQgCEEBajYCCAwBCwsgAkEgaiQAIAYgASgCEDYCCCAGIAEpAgg3AgAMAQsgBkEANgII\
IAZCgICAgMAANwIACyABQUBrJAAgACAGEBAgA0EgaiQAIAVBEGokAAtHAQJ/IAAoAgAiASgCACIA\
IAAoAgAiAEEBajYCACABKAIEIgEoAggiAiAATQRAIAAgAkGIssAAELMBAAsgASgCBCAAai0AAAuc\
AgEEfyAAEKcBAkAgAC0AHUUNACAAKAIUIgIoAgghBQJAAkACQAJAAkBBAyABKAIAIgNBgICAgHhz\
IANBAE4bQQFrDgMAAQMCCyACQeyywAAgAUEEakEAEDIMAwsgAkHYq8AAQQQQgQMMAgsgAiABKAII\
IAEoAgwQ2gEMAQsgAkHossAAQQEQ2gEgAkG8qMAAQQEgAS0ADCIDG0EIQQAgAxsQgQMgASgCCEED\
dCEDIAEoAgQhBANAIAMEQCACQeqywABBARDaASACIAQoAgAgBCgCBBCBAyADQQhrIQMgBEEIaiEE\
DAELCyACQemywABBARDaAQsgASgCAEGAgICAeEcNACAAIAU2AgwgAEEBNgIIIAAgAigCCDYCEAsL\
QQEBfyMAQRBrIgUkACAFQQhqIAAgASACIAMgBBBYIAUoAggiAEGBgICAeEcEQCAAIAUoAgwQ0QIA\
CyAFQRBqJAALfQEDfyAAKAIIIgMgACgCAEYEQCMAQRBrIgIkACACQQhqIAAgACgCAEEBQQRBDBBY\
IAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ0QIACyACQRBqJAALIAAoAgQgA0EMbGoiAiABKAIINgII\
IAIgASkCADcCACAAIANBAWo2AggLPAEBfyAAIAIQtwIgACgCCCEDIAAgAgR/IAIEQCAAKAIEIANq\
IAEgAvwKAAALIAAoAggFIAMLIAJqNgIIC6kCAQR/IwBBIGsiBiQAIAYgBDYCHCAGIAM2AhggBiAC\
NgIUIAYgATYCECAGIAU2AgxBACEBIwBBEGsiBSQAIAUgBkEMajYCDAJAIAAiAygCCCIHRQ0AIAAo\
AgQiCCEEA0AgBUEMaiAEEG0EQCAEQRxqIQQgByABQQFqIgFHDQEMAgsLIAQQ+AIgCEEcaiEJIAEh\
AgNAIAFBAWohACAJIAFBHGxqIQQDQCAAIAdPBEAgAyACNgIIDAMLIAVBDGogBBBtRQRAIABBAWoh\
ACAEEPgCIARBHGohBAwBCwsgCCACQRxsaiIBIAQoAhg2AhggASAEKQIQNwIQIAEgBCkCCDcCCCAB\
IAQpAgA3AgAgAkEBaiECIAAhAQwACwALIAVBEGokACAGQSBqJAALOgEBfyABQR1NBH9B5AAgACgC\
ACIAIABBDGogAkH8psAAEKACKAIAEJYCIgAgAEHkAE8bQQNqBUEACwt9AQN/IAAoAggiAyAAKAIA\
RgRAIwBBEGsiAiQAIAJBCGogACAAKAIAQQFBBEEQEFggAigCCCIEQYGAgIB4RwRAIAQgAigCDBDR\
AgALIAJBEGokAAsgACgCBCADQQR0aiICIAEpAgg3AgggAiABKQIANwIAIAAgA0EBajYCCAtAAQF/\
IwBBIGsiASQAIAEgACgCGDYCGCABIAApAhA3AxAgASAAKQIINwMIIAEgACkCADcDACABEEggAUEg\
aiQACzQBAn8jAEEQayICJAAgAkEIaiAAEMABIAItAAkhACACLQAIIAJBEGokACAAIAFB/wFxRnEL\
QAEBfyMAQSBrIgMkACADIAI2AhwgAyABNgIYIAMgAjYCFCADQQhqIANBFGoQlAEgACADKQMINwMA\
IANBIGokAAtGAQJ/IAEoAgQhAiABKAIAIQNBCEEEENACIgFFBEBBBEEIEKQDAAsgASACNgIEIAEg\
AzYCACAAQeiewQA2AgQgACABNgIACzYBAX8gACABQcEAa0FfcUEKaiABQTBrIgMgAkEKSxsgAyAB\
QTlLGyIBNgIEIAAgASACSTYCAAs6AQF/IAAoAgQgASgCBCAAKAIIIgAgASgCCCIBIAAgAUkbEL4B\
IgIgACABayACGyIAQQBKIABBAEhrCzkBAn8gACABKAIAIgMgASgCBCICRwR/IAEgAkEBayIBNgIE\
IAEtAAAFIAELOgABIAAgAiADRzoAAAs8ACACIANJBEBB8JLBAEETIAQQ8gEACyAAIAM2AgQgACAB\
NgIAIAAgAiADazYCDCAAIAEgA0EDdGo2AggLNAAgASACSyACIARLckUEQCAAIAIgAWs2AgQgACAD\
IAFBAnRqNgIADwsgASACIAQgBRA3AAs+AQF/IwBBEGsiBSQAIAVBCGpBACABIAIgAyAEEPUBIAUo\
AgwhASAAIAUoAgg2AgAgACABNgIEIAVBEGokAAs7ACAAEKcBIAAoAhQgAUEBENoBIAAgACgCGEEB\
aiIBNgIYIAAgACkDAEJ+QT8gASABQT9PG62JgzcDAAuyEAIZfwF+IwBBIGsiESQAIBFBBGohBCMA\
QRBrIgUkAAJAIAAoAgAiCQRAIAUgCSAAKAIEIAEQcSAFQQRqIQkgBSgCAARAIAQgADYCDCAEIAko\
Agg2AhggBCAJKQIANwIQIAQgASkCADcCACAEIAEoAgg2AggMAgsgBCAANgIQIARBgICAgHg2AgAg\
BCAJKAIINgIMIAQgCSkCADcCBCABEIoDDAELIARBADYCECAEIAA2AgwgBCABKAIINgIIIAQgASkC\
ADcCAAsgBUEQaiQAIBEoAgRBgICAgHhHBEAjAEEQayINJAAjAEEgayIKJAACQCAEKAIQBEAgCkEM\
aiEOIARBDGohFCMAQeAAayICJAAgAkEQaiEHIwBBQGoiAyQAAkAgBCIJQRBqIgsoAgAiDC8BigFB\
C08EQCADQRhqIQQgA0EcaiEFQQQhAAJAIAsoAggiAUEFSQ0AIANBIGogA0EkaiEIAn8CQAJAIAEi\
AEEFaw4CAwEAC0EGIQAgAUEHawwBC0EFIQBBAAshASEEIAghBQsgAyAANgIIIAMgDDYCACADIAso\
AgQ2AgQQ2AIiAEEAOwGKASAAQQA2AgAgA0EMaiIGIAMgABBdIAZBADYCGCAGIAA2AhQgBiADKQIA\
NwIMIAMgATYCMCADIAUoAgA2AiwgAyAEKAIANgIoIANBNGogA0EoaiAJEOoBIAMpAjQhGyADKAI8\
IQAgByADKAIkNgIYIAcgAykCHDcCECAHIAMpAhQ3AgggByADKQIMNwIAIAcgADYCJCAHIBs3AhwM\
AQsgA0E0aiALIAkQ6gEgB0GAgICAeDYCACAHIAMoAjw2AiQgByADKQI0NwIcCyADQUBrJAACQAJA\
AkAgAigCEEGAgICAeEcEQCACIAIpAhA3A0ggAiACKAIYNgJQIAIoAhwhACACKAIgIQUgAigCKCEB\
IAIoAiQhByACKAIwIRUgAigCLCEWIAIoAjQhFwNAIAAoAgAiBEUEQCACIAIoAlA2AhggAiACKQNI\
NwMQIAIgATYCKCACIAc2AiQgAiAFNgIgIAIgADYCHCAUKAIAIgQoAgAiCEUNAyACQQhqIQYgBCgC\
BCEDIwBBEGsiACQAENkCIgUgCDYCjAEgBUEAOwGKASAFQQA2AgACQCADQQFqIggEQCAAQQhqIAUg\
CBCvASAAKAIMIQUgBiAAKAIINgIAIAYgBTYCBCAAQRBqJAAMAQtB7JTBABCFAwALIAIoAgghACAE\
IAIoAgwiBTYCBCAEIAA2AgAgAiAFNgJcIAIgADYCWCACQRBqIQQCQAJAIAEgAkHYAGoiACgCBEEB\
a0YEQCAAKAIAIgAvAYoBIgFBC08NASAAIAFBAWoiBTsBigEgACABQQxsaiIBIAQoAgg2AgwgASAE\
KQIANwIEIAAgBUECdGogBzYCjAEgByAFOwGIASAHIAA2AgAMAgtBnJTBAEEwQcyUwQAQ2gIAC0Hs\
k8EAQSBB3JTBABDaAgALDAQLIAIgBDYCPCACIAAvAYgBNgJEIAIgBUEBajYCQCACQRBqIQsgAkHI\
AGohEyMAQUBqIgMkAAJAAkAgASACQTxqIgYoAgQiDEEBa0YEQCAGKAIAIg8vAYoBQQtJDQEgA0Ek\
aiEFIANBKGohBEEEIQACQCAGKAIIIgFBBUkNACADQSxqIANBMGohCAJ/AkACQCABIgBBBWsOAgMB\
AAtBBiEAIAFBB2sMAQtBBSEAQQALIQEhBSAIIQQLIAMgADYCFCADIAw2AhAgAyAPNgIMIwBBIGsi\
ACQAIANBDGoiDCgCACIPLwGKASESENkCIgZBADsBigEgBkEANgIAIABBFGogDCAGEF0gBi8BigEi\
CEEBaiEQIAhBDE8EQEEAIBBBDEHElcEAEDcACyADQRhqIQggDyAMKAIIIhhBAnRqQZABaiEZIAZB\
jAFqIRoCQCAQIBIgGGsiEkYEQCASQQJ0IhAEQCAaIBkgEPwKAAALDAELQfyUwQBBKEGklcEAENoC\
AAsgAEEIaiAGIAwoAgQiBhCvASAAKQMIIRsgCCAGNgIQIAggDzYCDCAIIAApAhQ3AgAgCCAAKAIc\
NgIIIAggGzcCFCAAQSBqJAAgAyABNgI8IAMgBCgCADYCOCADIAUoAgA2AjQgA0E0aiATIAcQvAEg\
CyADKAIwNgIYIAsgAykCKDcCECALIAMpAiA3AgggCyADKQIYNwIADAILQdSVwQBBNUGMlsEAENoC\
AAsgBiATIAcQvAEgC0GAgICAeDYCAAsgA0FAayQAIAIoAhBBgICAgHhGDQMgAiACKQIQNwNIIAIg\
AigCGDYCUCACKAIcIQAgAigCICEFIAIoAighASACKAIkIQcMAAsACyAOIAIoAjQ2AgggDiACKQIs\
NwIADAILQdyTwQAQhQMACyAOIBc2AgggDiAVNgIEIA4gFjYCAAsgAkHgAGokACAJKAIMIQAMAQsg\
BCgCDCEAENgCIgFBADsBigEgAUEANgIAIApBADYCBCAKIAE2AgAgCigCACEBIABBADYCBCAAIAE2\
AgAgCiABNgIYIApBADYCHCAKQRhqIgYoAgAiAS8BigEiBUELTwRAQeyTwQBBIEGMlMEAENoCAAsg\
ASAFQQFqOwGKASAKQQxqIgkgBTYCCCAJIAE2AgAgCSAGKAIENgIEIAEgBUEMbGoiASAEKAIINgIM\
IAEgBCkCADcCBAsgDSAANgIMIA0gCigCFDYCCCANIAopAgw3AgAgACAAKAIIQQFqNgIIIApBIGok\
ACANKAIAGiANQRBqJAALIBFBIGokAAtFAQN/IAEoAgAiA0EEaiADLwGKAUEBaiIEIAEoAggiBSAC\
EKIBIAMgBDsBigEgACAFNgIIIAAgAzYCACAAIAEoAgQ2AgQLNgACQCADaUEBRw0AIANBACABQYCA\
gIB4IANrTRsiA0UNACAAIAEgAyACEBQiAEUNACAADwsACzcBAn8gACABKAIAIgIgASgCBCIDRwR/\
IAEgAkEBajYCACACLQAABSABCzoAASAAIAIgA0c6AAALQQACQAJAAkACQAJAIAAtAAAOBQEBAgME\
AAsgAEEEahCTAwsPCyAAQQRqEIoDDwsgAEEEahCKAw8LIABBBGoQlgMLgQQBDn8jAEEQayIHJAAg\
B0EIaiEMIwBBEGsiBCQAIAQgAUEIajYCBCABIg4oAgAhASAOKAIEIQ8DQAJAIAEgD0YEQEEAIQkM\
AQsgDiABQQhqIgI2AgAgASgCACEJIAQgAUEEaigCACINNgIMIAQgCTYCCCACIQEgBEEEaigCACIC\
KAIAIAIoAggiBS0AACAEQQhqIgMoAgAiCCADKAIEIgYgAigCBCgCFBEIAAR/An8gAigCDCICKAIo\
IQMgAigCLEG8qMAAQQAgBS0AABshCyMAQTBrIgIkACACIAY2AhggAiAINgIUQQxsIQUDQCAFQQBH\
IQgCQAJAIAVFDQAgAiADNgIcIAsEQCACQQg2AiQgAiALNgIgIAJBHGogAkEgahCPAgRAQQEhCAwC\
CyACQQhqIAtBCCADQQRqKAIAIANBCGooAgAQmwIgAigCCCIGRQ0CIAIgBiACKAIMQS4QxgEgAigC\
ACIGRQ0CIAIoAgQhCiACIAY2AiggAiAKNgIsIAJBKGogAkEUahDTAg0BDAILIAJBHGogAkEUahCP\
AkUNAQsgAkEwaiQAIAgMAgsgA0EMaiEDIAVBDGshBQwACwALQQFzBUEAC0UNAQsLIAwgDTYCBCAM\
IAk2AgAgBEEQaiQAIAcoAgwhASAAIAcoAgg2AgAgACABNgIEIAdBEGokAAs8AQJ/IAAoAggiAyAA\
KAIARgRAIAAQzQELIAAoAgQgA0EDdGoiBCACNgIEIAQgATYCACAAIANBAWo2AggLQwEBfwJAAkAC\
QAJAQQMgACgCACIBQYCAgIB4cyABQQBOGw4DAQIDAAsgABCJAw8LIABBBGoQigMPCyAAQQRqEJMD\
CwszAQJ/IwBBEGsiASQAIAFBCGogABDAAiABKAIIIAEoAgwhAiABQRBqJABBAEcgAkEAR3EL3gEC\
AX8BfiMAQSBrIgMkACADIAE2AhAgAyAANgIMIANBATsBHCADIAI2AhggAyADQQxqNgIUIwBBEGsi\
ASQAIANBFGoiACkCACEEIAEgADYCDCABIAQ3AgQjAEEQayIAJAAgAUEEaiIBKAIAIgIoAgQiA0EB\
cQRAIAIoAgAhAiAAIANBAXY2AgQgACACNgIAIABBkJ3BACABKAIEIAEoAggiAC0ACCAALQAJEFoA\
CyAAQYCAgIB4NgIAIAAgATYCDCAAQaydwQAgASgCBCABKAIIIgAtAAggAC0ACRBaAAtBAQF/IwBB\
EGsiACQAIABBNTYCBCAAQbyWwQA2AgAgACAArUKAgICA0A+ENwMIQZqLwAAgAEEIakH0lsEAEPIB\
AAs0AQJ/IwBBEGsiASQAIAFBCGogABBNIAEoAgghACABKAIMIAFBEGokAEGAgMQAIABBAXEbCzEA\
IAEgAksgAiAES3JFBEAgACACIAFrNgIEIAAgASADajYCAA8LIAEgAiAEIAUQNwALOQEBfyMAQRBr\
IgIkACACQQhqIAFBE2oQxgIgAigCDCEBIAAgAigCCDYCACAAIAE2AgQgAkEQaiQACzwAIAIgA0kE\
QEHwksEAQRNBrJbBABDyAQALIAAgAzYCBCAAIAE2AgAgACACIANrNgIMIAAgASADajYCCAs5ACAC\
IANJBEBB8JLBAEETIAQQ8gEACyAAIAM2AgQgACABNgIAIAAgAiADazYCDCAAIAEgA2o2AggLOQIB\
fwF+IwBBEGsiAiQAIAJBCGogAUEBQQEQsgEgAikDCCEDIABBADYCCCAAIAM3AgAgAkEQaiQACzQB\
AX8jAEEQayIBJAAgAUEANgIMIAEgACABQQxqEMgBIAEoAgAgASgCBBD/AiABQRBqJAALMQEBfyAA\
KAIAIgAgASgCACICckUhASAARSACRXIEfyABBSAALQAAIAItAABGC0EBcws4AQF/IAEoAgAiAwRA\
IAAgAS8BiAE2AgggACACQQFqNgIECyAAIAM2AgAgAUG8AUGMASACGxCgAQs/ACAAKAIAQYCAgIB4\
RwRAIAEgACgCBCAAKAIIEOgCDwsgASgCACABKAIEIAAoAgwoAgAiACgCACAAKAIEECALOAACQCAC\
QYCAxABGDQAgACACIAEoAhARAwBFDQBBAQ8LIANFBEBBAA8LIAAgAyAEIAEoAgwRBAALdAEDfyAA\
KAIIIgMgACgCAEYEQCMAQRBrIgIkACACQQhqIAAgACgCAEEBQQRB6AAQWCACKAIIIgRBgYCAgHhH\
BEAgBCACKAIMENECAAsgAkEQaiQACyAAKAIEIANB6ABsaiABQegA/AoAACAAIANBAWo2AggLMwEB\
fyAAKAIIIgIgACgCAEYEQCAAEM4BCyAAKAIEIAJBAnRqIAE2AgAgACACQQFqNgIIC0ABAX8gASgC\
ACIBIAJBmKrAABCgAi0AECEDIAEgAkGoqsAAEKACIQEgACADOgAEIAAgAjYCCCAAIAEoAgg2AgAL\
NgAgACgCACIAIAFBmLLAABCjAiAAIAJBqLLAABCjAhDjASIAIAEgAksgASACSWsgAEH/AXEbCzUB\
AX8jAEEQayIBJAAgASAAKAIAIgAoAgA2AgwgASAAKAIINgIIIAFBCGoQlwMgAUEQaiQACzYBAX8g\
ASgCACIDQf////8HTwRAIAIQlQIACyABIANBAWo2AgAgACABNgIEIAAgAUEEajYCAAtjAAJAIAJF\
DQAgA0UEQCACIAEQ0AIhAQwBCwJAAn8gAUEJTwRAIAEgAhAsDAELIAIQCQsiAUUNACABQQRrLQAA\
QQNxRSACRXINACABQQAgAvwLAAsLIAAgAjYCBCAAIAE2AgALKAAgACACIAEgAyABIANJGxC+ASIA\
IAEgA2sgABsiAEEASiAAQQBIawsqACABIANNBEAgACADIAFrNgIEIAAgASACajYCAA8LIAEgAyAD\
IAQQNwALKQAgASADRgRAIAFBAnQiAQRAIAAgAiAB/AoAAAsPCyABIAMgBBC0AQALNwAgABCeAQJA\
IAAtAB1FDQAgASAAKAIUEFYgASgCAEGAgICAeEcNACAAQQA2AhAgAEIBNwMICwstAQF/IwBBEGsi\
ASQAIAEgAEEIazYCDCABQQxqIgAQmwEgABDEAiABQRBqJAALswEBAn8jAEEQayIAJAAgASgCAEH4\
nsEAQQsgASgCBCgCDBEEACEDIABBCGoiAkEAOgAFIAIgAzoABCACIAE2AgAgAiIBLQAEIQIgAS0A\
BQRAIAECf0EBIAJBAXENABogASgCACIBLQAKQYABcUUEQCABKAIAQe2owQBBAiABKAIEKAIMEQQA\
DAELIAEoAgBB7KjBAEEBIAEoAgQoAgwRBAALIgI6AAQLIAJBAXEgAEEQaiQAC54CAQR/IwBBEGsi\
BCQAEEAiBSAAJgEjAEHQAGsiAyQAIAMgATYCFCADIAU2AhAgAyACNgIYIAMgA0HPAGoiATYCRCAD\
IAE2AkAgAyADQRhqNgI8IAMgA0EUajYCOCADIAE2AjQgAyABNgIwIAMgATYCLCADIANBEGo2Aigg\
A0EcaiADQShqEEECfyADKAIcQYCAgIB4RgRAQQEhASADKAIgIQJBAAwBCyADIAMoAiQ2AjAgAyAD\
KQIcNwMoIANBCGogA0EoahCUASADKAIMIQZBACECQQAhASADKAIICyEFIAQgATYCDCAEIAI2Aggg\
BCAGNgIEIAQgBTYCACADQdAAaiQAIAQoAgAgBCgCBCAEKAIIIAQoAgwgBEEQaiQACzABAX8jAEEQ\
ayIBJAAgAUEANgIMIAFBDGpBiLPAACAAQQAQRyABKAIMIAFBEGokAAsoAQF/AkAgAEUNACAALQAA\
IgBBIkYgAEHcAEZyDQAgAEEfSyEBCyABCywBAn8gASgCBCIDIAAoAgAiACgCCEYEfyAAKAIEIAEo\
AgAgAxC+AQVBAQtFCyoBAX8jAEEQayIDJAAgAyAAKAIANgIMIANBDGogASACENEBIANBEGokAAsq\
AQF/IwBBEGsiAyQAIAMgACgCADYCDCADQQxqIAEgAhCCAiADQRBqJAALKQEBfyMAQRBrIgMkACAD\
IAAoAgA2AgwgA0EMaiABIAIQYCADQRBqJAALMAEBfyMAQRBrIgAkACAAIABBD2qtQoCAgIDgDIQ3\
AwBByYnAACAAQeCSwQAQ8gEACw4AIABCgICAgIAQELwDCw4AIABCgICAgJAQELwDCyIAIAFBf0YE\
fyAAQRhqBSAAIAFBjKfAABChAkEMagsoAgALLQEBfyMAQRBrIgIkACACQQhqIAEQxgIgACACKAII\
IAIoAgwQ6gIgAkEQaiQACy0BAX8jAEEQayICJAAgAkEIaiABEMYCIAAgAigCCCACKAIMEOsCIAJB\
EGokAAswAQF/IAFBCGsiAiACKAIAQQFqIgI2AgAgAkUEQAALIAAgATYCBCAAQYScwQA2AgALtQMB\
BH8jAEEQayIFJAAjAEHQAGsiAyQAIAMgATYCFCADIAA2AhAgAyACNgIYIAMgA0HPAGoiADYCSCAD\
IAA2AkQgAyAANgJAIAMgA0EYajYCPCADIAA2AjggAyAANgI0IAMgADYCMCADIANBFGo2AiwgAyAA\
NgIoIAMgADYCJCADIAA2AiAgAyADQRBqNgIcIwBBEGsiASQAIAFBCGohAgJ/IANBHGoiACgCACgC\
AEEdRyAAKAIQKAIAQYCAAUdyIAAoAiAoAgBBG0dyRQRAIwBBEGsiACQAQQBBlLjAACgCABEFACIG\
RQRAEJMCAAsgAEEIaiAGEJ0CIAAoAgwhBiAAIAAoAggiBEEAIAQoAgRrQQNxIgQgBEGAgAFyQai4\
wAAQ1AEgACgCACEEIAYgBigCAEEBajYCACAAQRBqJABBAAwBC0HYtsAAQcYAEKADIQRBAQshACAC\
IAQ2AgQgAiAANgIAIAEoAgwhACADQQhqIgIgASgCCDYCACACIAA2AgQgAUEQaiQAIAUgAygCCCAD\
KAIMEKkCIANB0ABqJAAgBSgCACAFKAIEIAUoAgggBUEQaiQACygAIAMgBCABIAIQxQIhASAAIAQg\
Ams2AgQgACACIANqQQAgARs2AgALJgEBf0EBIQEDfyAAQQlNBH8gAQUgAUEBaiEBIABBCm4hAAwB\
CwsLLQAgASgCAEUEQCABQX82AgAgACABNgIEIAAgAUEEajYCAA8LQZi4wAAQlAIACyQAIAEgA0YE\
QCABBEAgACACIAH8CgAACw8LIAEgAyAEELQBAAsmAQJ/IAAoAggiAyABKAIIRgR/IAAoAgQgASgC\
BCADEP4CBUEACwsNACAAIAEgAkEUELkDCw0AIAAgASACQQQQuAMLDQAgACABIAJBAxC4AwsNACAA\
IAEgAkEcELkDCw0AIAAgASACQQIQuAMLDQAgACABIAJBDBC5AwsnACAAEIoDIABBDGoQlQMgAEEY\
ahCVAyAAQSRqEJUDIABBMGoQigMLJgEBfyMAQRBrIgEkACABIABBCGs2AgwgAUEMahCbASABQRBq\
JAALJgEBfyMAQRBrIgEkACABIABBCGs2AgwgAUEMahDEAiABQRBqJAALJgAgACABNgIIIAAgAkEA\
IAFBAXEiARs2AgQgAEEAIAIgARs2AgAL0gMBBn8gAkEBcQRAIAAgASACQQF2EJcBDwsjAEEQayIF\
JAACQAJAAkACQAJAAkAgAkEBcQRAIAJBAXYhAwwBCyABLQAAIgNFDQEgASEEA0AgBEEBaiEIAkAg\
A8BBAEgEQCADQf8BcUGAAUYEQCAGIAgvAAAiBGohBiAEIAhqQQJqIQQMAgsgCCADQQNxQQh4IgRB\
BXRBgICAgARxIARBB3RyQR12aiADQQF2QQJxaiADQQJ2QQJxaiEEIAZFIAdyIQcMAQsgCCADQf8B\
cSIDaiEEIAMgBmohBgsgBC0AACIDDQALQQAhAyAHIAZBEElxDQBBACEHIAZBAXQiA0EASA0ECyAD\
DQELQQEhBEEAIQMMAQtBASEHIANBARDQAiIERQ0BCyAFQQA2AgggBSAENgIEIAUgAzYCACAFQbif\
wQAgASACECBFDQEjAEEgayIAJAAgAEHWADYCBCAAQeCfwQA2AgAgAEHQn8EANgIMIAAgBUEPajYC\
CCAAIABBCGqtQoCAgICwD4Q3AxggACAArUKAgICA0A+ENwMQQbSKwAAgAEEQakG4oMEAEPIBAAsg\
ByADENECAAsgACAFKAIINgIIIAAgBSkCADcCACAFQRBqJAALJwAgACgCAEGAgICAeEYEQCAAQQRq\
EJYDDwsgABCTAyAAQQxqEIoDCycAIAAgASgCDCABKAIQEHciAEUEQEEADwsgAEEAIABB3P/AABBf\
GwvtCAILfwN+IwBBEGsiCSQAIwBBMGsiBSQAIAUgATYCGCAFIAA2AhQgBSAFQS9qIgA2AiggBSAA\
NgIkIAUgBUEYajYCICAFIAVBFGo2AhwjAEEgayIHJAAgB0EQaiAFQRxqIgAoAgAoAgAgACgCBCgC\
ABDgASAHKAIQIQEgByAHKAIUIgA2AhwgByABNgIYIAdBCGohCiMAQaABayIGJAAgBiAANgIMIAYg\
ATYCCAJAAn8jAEEQayICJABBAEHst8AAKAIAEQUAIgQEQCACIARByLjAABCEAiACKAIEIQQgAigC\
ACIIKAIAQYCAgIB4RwRAIAIgCDYCDCACQQxqIAZBCGoQjwIhAwsgBCAEKAIAQQFrNgIAIAJBEGok\
ACADDAELEJMCAAsNACAGQRBqIQQjAEGAAWsiAiQAIAJBIGogASAAEFwCQCACKAIgQQJHBEAgAiAC\
KAI4NgJwIAIgAikCMDcDaCACIAIpAig3A2AgAiACKQIgNwNYIAJBAzYCfCACIAJB5ABqIgM2Angg\
AkHIAGpBlIrAACACQfgAahCqAiACQQE6AFQgAxCKAyACIAIpAkgiDTcDGCACIA03AwggAiACKQJA\
Ig43AwAgAikCUCEPIAQgDTcCECAEIA43AgggBCAPNwIYIARCgICAgAg3AgAMAQsgAiACKQIkNwNY\
IAIgAikCLDcDYCMAQTBrIgMkAAJAAkAgAkHYAGoiCC0AACIMBEAgDEEFRg0BIAMgCBDHAiADIAMp\
AwA3AiAgA0ECNgIsIAMgA0EgajYCKCADQRRqQeCHwAAgA0EoahCqAiAEQoCAgIAINwIAIAQgAykC\
DDcCCCAEIAMpAhQ3AhAgBCADKAIcNgIYIARBAToAHAwCCyADQQA2AhQgA0KAgICAwAA3AgwgBCAD\
QQxqIgQQCyAEEJMDDAELIAQgCEEEahALCyADQTBqJAAgCBDtAQsgAkGAAWokACAGKAIQIgJBgICA\
gHhGBEAgBkEUahDeASEAQQEhCwwBCyAGKAIUIQMgBkHcAGogBkEYakE8/AoAACAGIAA2ApwBIAYg\
ATYCmAEgBiADNgJYIAYgAjYCVCAGQdQAaiECQQAhBCMAQdAAayIDJAACQEEAQey3wAAoAgARBQAi\
AQRAIAMgAigCRCACKAJIEJcBIANBDGogAkHEAPwKAAAgASgCAEUEQCABQX82AgAgAUEEaiECIAEo\
AgRBgICAgHhHBEAgAhCKAyABQRBqEKYCIAEoAgBBAWohBAsgAiADQdAA/AoAACABIAQ2AgAgA0HQ\
AGokAAwCC0HYuMAAEJQCAAsgAhCmAhCTAgALCyAKIAA2AgQgCiALNgIAIAZBoAFqJAAgBykDCCEN\
IAdBGGoiACgCBCIBBEAgACgCACABEKABCyAFQQhqIA03AwAgB0EgaiQAIAUoAgwhACAFIAUoAggi\
ATYCBCAFIABBACABQQFxGzYCACAJIAUpAwA3AgAgBUEwaiQAIAkoAgAgCSgCBCAJQRBqJAAL8hQC\
GH8HfiMAQRBrIg4kACMAQRBrIhIkACASQQhqIRUjAEHgAGsiBCQAIARBQGshEyMAQTBrIgkkAAJA\
QQBBlLjAACgCABEFACIBBEAgCUEIaiABEJ0CIAkoAgwhFiAJIAkoAggiAUEAIAEoAgRrQQNxIgEg\
AUGAgAFyQai4wAAQ1AEgCUEQaiEQIAkoAgAhASAJKAIEIQIjAEHQAGsiCCQAAkBBAEHst8AAKAIA\
EQUAIgcEQCAIQQhqIAdBuLjAABCEAiAIKAIMIRcCfyAIKAIIIgcoAgBBgICAgHhHBEAgCEEwaiEG\
IAdBDGohByMAQcACayIAJAADQCADQeAARwRAIABBCGogA2pBBzYCACADQQxqIQMMAQsLIAAgAjYC\
uAIgACABNgK0AiAAQdQBaiICIABBCGpB4AD8CgAAQQQhAwNAIANBHEcEQCAAQQhqIABB1AFqIAMQ\
MCACIAAoAhA2AgggAiAAKQIINwIAIAJBDGohAiADQQNqIQMMAQsLIABBCGoiASAAQdQBaiICQegA\
/AoAAAJAAkACQCAAKAJsQfQASQ0AIAIgAUEBEDAgACgC1AFBB0YNAEFgIQMDQCADBEACQAJAIABB\
CGogA0HUh8EAaigCACINQQxsaigCAEEDaw4FAAEBAQQBC0F7IQIDQCACIgEEQCABQQFqIQIgAUGL\
/8AAai0AABD0AiANRw0BCwsgAQ0DCyADQQRqIQMMAQsLIAcoAixFDQELIAZCgICAgICAgICAfzcC\
AAwBCyAAKAJoKAAAIQ0gAEHUAWoiASAAQQhqQQEQMCABIAcoAgQgBygCCCAAKALYAUEAIAAoAtQB\
QQJGGyAAKALcARAuIAAoAtQBIgFBAkcEQCAGIAApAugBNwIYIAYgACkC4AE3AhAgBiAAKQLYATcC\
CCAGQQE2AgAgBiABNgIEDAELIABB1AFqIABBCGpB8IbBABAzIAAgACkC2AE3A5gBIAAgACkC4AE3\
A6ABIAAgACkC6AE3A6gBIAAgACgC8AE2ArABIAAoAtQBIgFBgICAgHhGBEAgBiAAKAKwATYCHCAG\
IAApA6gBNwIUIAYgACkDoAE3AgwgBiAAKQOYATcCBCAGQQE2AgAMAQsgACAAKQOYATcCdCAAIAAp\
A6ABNwJ8IAAgACkDqAE3AoQBIAAgACgCsAE2AowBIAAgACkC9AE3ApABIAAgATYCcCAAQdQBaiAA\
QfAAaiAHIABBvwJqQYiHwQAQDCAAIAApAtwBNwO4ASAAIAApAuQBNwPAASAAIAApAuwBNwPIAUEB\
IQMgACgC2AEhAgJAAkAgACgC1AFBAUYEQCAGIAApA8gBNwIYIAYgACkDwAE3AhAgBiAAKQO4ATcC\
CCACIQEMAQtBgICAgHghAUEAIQMgAkGAgICAeEYNACAAIAApA7gBIhg3ApwBIAAgACkDyAE3AqwB\
IAAgACkDwAE3AqQBIAAgAjYCmAEgACgCoAFB6ABsIQIgGKchAwJAA0AgAgRAIA0hByMAQaABayIF\
JAAgBUEgaiADQThqEMACIAUpAyAhGCAFQRhqIANBxABqEMACIAMpAiQhGSAFKQMYIRogBUEQaiAD\
QdAAahDAAiAFKQMQIRsgBUEIaiADQdwAahDAAiAFKQMIIRwgBUEoaiADEJkBIAUpAiwhHSAFQUBr\
IgwgAxCZASAFKQJQIR4gBUEANgKQASAFQQA2AoQBIAUgHjcCfCAFIB03AnQgBSAcNwJsIAUgGzcC\
ZCAFIBk3AlwgBSAaNwJUIAUgGDcCTCAFQQc2AkggBUIBNwJAQQAhASMAQUBqIQsCQCAMKAIAQQFH\
DQAgCyAMQQRqQcAA/AoAACALKAIAIhFBA3QgC2pBDGohCiALKAIEIQsDQCALIBFGDQEgASAKKAIA\
QQZsakEDaiABIApBBGsoAgAbIQEgCkEIaiEKIBFBAWohEQwACwALIAEhCyAFIAMoAjAiATYCQCAF\
IAEgAygCNEEMbGo2AkQgBSAFQZ8BajYCSEEAIQEgDCgCACIKIAwoAgQiEUcEQCAKQQhqIQwgESAK\
a0EMbiEKA0AgASAMKAIAQQZsakEDaiEBIAxBDGohDCAKQQFrIgoNAAsLIAMoAgQiCkEATiAKQYKA\
gIB4RnJFBEAgA0EEaiAHEL4CIQcLIAVBoAFqJAAgASALaiAHakGAAmpBgfgBTwRAIAMgDRDfAkGA\
+AFLDQMLIANB6ABqIQMgAkHoAGshAgwBCwsgBiAAKAKwATYCHCAGIAApAqgBNwIUIAYgACkCoAE3\
AgwgBiAAKQKYATcCBCAGQQA2AgAgAEHwAGoQigMMAwsgBkKAgICAgICAgIB/NwIAIABBmAFqEMgC\
DAELIAYgAzYCACAGIAE2AgQLIABB8ABqEIoDCyAAQcACaiQAIAgoAjAMAQsgCEGAgICAeDYCNEEA\
CyEBIBcgFygCAEEBazYCACAIIAgpAjQ3AxAgCCAIKQI8NwMYIAggCCkCRDcDICAIIAgoAkw2Aigg\
AUECRw0BCxCTAgALIBAgATYCACAQIAgpAxA3AgQgECAIKQMYNwIMIBAgCCkDIDcCFCAQIAgoAig2\
AhwgCEHQAGokACAWIBYoAgBBAWo2AgAgCSgCEEECRw0BCxCTAgALIBMgCSkCKDcCGCATIAkpAiA3\
AhAgEyAJKQIYNwIIIBMgCSkCEDcCACAJQTBqJAACQAJAAn8gBCgCQEEBRgRAIARBxABqEN4BDAEL\
IAQgBCkCTDcDECAEIAQpAlQ3AxggBCAEKAJcNgIgIAQoAkghASAEKAJEIgJBgYCAgHhHDQEgAQsh\
D0EBIRQMAQsgBCAEKAIgNgI4IAQgBCkDGDcDMCAEIAQpAxA3AyggAkGAgICAeEYNACAEIAE2AkQg\
BCACNgJAIAQgBCkDKDcCSCAEIAQpAzA3AlAgBCAEKAI4NgJYIARBQGsiBSMAQdAAayIBJABBAEGU\
uMAAKAIAEQUAIgJFBEAQkwIACyAEQQhqIQ0gAUEYaiACEJ0CIAEoAhwhCyABQRBqIAEoAhgiAkEA\
IAIoAgRrQQNxIgIgAkGAgAFyQai4wAAQ1AEgASgCECEAIAEoAhQhAiABQQA6ADQgASACNgIwIAFB\
ADYCLCABIAI2AiggASAANgIkIAFBJGpBqLfAABBSIAEgASgCNDYCSCABIAEpAiw3A0AgASABKQIk\
NwM4IAFBCGohAEEAIQMjAEEQayICJAACQCABQThqIgctABANACAHKAIEIgZBBEkNACACQQQgBygC\
ACAGQbi2wAAQ5wEgAigCBCEDIAIoAgAgAiAHKAIIIg82AgwgAyACQQxqQQRByLbAABCeAkEBIQML\
IAAgDzYCBCAAIAM2AgAgAkEQaiQAIAEoAgwhAiABKAIIIQcgCyALKAIAQQFqNgIAIA0gAkEAIAdB\
AXEbNgIEIA1BADYCACABQdAAaiQAIAQoAgwhDyAEKAIIIRQgBRDIAgsgFSAPNgIEIBUgFDYCACAE\
QeAAaiQAIA4gEigCCCASKAIMEKkCIBJBEGokACAOKAIAIA4oAgQgDigCCCAOQRBqJAALTwECfyMA\
QRBrIgEkACABIAA2AgwjAEEQayIAJAAgACABQQxqKAIAIgIoAgA2AgwgACACKAIINgIIIABBCGoQ\
iQMgAEEQaiQAIAFBEGokAAshACAAKAIAQYCAgIB4RwR/IAAQigNBDAVBBAsgAGoQigMLKAAgACgC\
ACABEPECIAAoAgQoAgAgACgCCCAAKAIMKAIAIAEQ3AFqTwsjAQF/IAAoAggiAyABTQRAIAEgAyAC\
ELMBAAsgACgCBCABagsmACABKAIkIAEoAiBJBEAgACABQeiswABBJBDpAg8LIABBAjYCAAsdAQF/\
IAAtAABBBUYEfyAAQQRqIAEgAhB3BUEACwtPAQJ/IwBBEGsiASQAIAEgADYCDCMAQRBrIgAkACAA\
IAFBDGooAgAiAigCADYCDCAAIAIoAgg2AgggAEEIahCLAyAAQRBqJAAgAUEQaiQACyMAIAJB////\
/wBNBEAgACACQQR0IAFyEJYBDwsgAEEBOgAQCw0AIAAgAUEBQQEQuwMLDQAgACABQQRBBBC7AwsN\
ACAAIAFBDEEEELsDCw0AIAAgAUEIQQQQuwMLIQEBfyAAKAIIIgEgACgCAEYEQCAAIAFBAUEEQRwQ\
2AELC7gBAQR/IAEgAGsiAUEQTwRAIAAgARATDwsCf0EAIAFFDQAaIAFBA3EhBAJAIAFBBE8EQCAB\
Qfz///8HcSEBA0AgAiAAIANqIgUsAABBv39KaiAFQQFqLAAAQb9/SmogBUECaiwAAEG/f0pqIAVB\
A2osAABBv39KaiECIAEgA0EEaiIDRw0ACyAERQ0BCyAAIANqIQADQCACIAAsAABBv39KaiECIABB\
AWohACAEQQFrIgQNAAsLIAILCx4AIAAoAgBBAkYEQCAAQQRqEO0BDwsgAEEMahCKAwtDAQF/IAAo\
AgAiAkEATiACQYKAgIB4RnIEfyABBSMAQRBrIgEkACABQQA2AgwgACABQQxqEFYgASgCDCABQRBq\
JAALCxkBAX8gASADRgR/IAAgAiABEL4BBUEBC0ULJQAgACABKAIINgIEIAAgASgCBEEAIAEoAgBB\
gICAgHhHGzYCAAsgACAAIAEgAhChASAAQQE7ASQgACACNgIgIABBADYCHAsgACAAKAIAKAIAIgAg\
ACkDICACrXw3AyAgACABIAIQCgshACAAIAAoAhhBAWs2AhggACgCFCIAIAAoAgBBAWo2AgALsAEB\
A38gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYC\
CCAAQQxqIgAoAgAEQCAAKAIEIgIoAgAiAwRAIAAoAgAgAxECAAsgAigCBCIDBEAgAigCCBogACgC\
ACADEKABCwsCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEEYEKABCyABQRBq\
JAALCxkBAX8gASADTwR/IAIgACADEL4BBUEBC0ULIwAgACABQf8BcUECdCIBKAL8l0E2AgQgACAB\
KALomEE2AgALIgAgACABLQAAQQJ0IgEoAsyXQTYCBCAAIAEoAuSXQTYCAAseACAAEJQDIAAoAgxB\
gICAgHhHBEAgAEEMahCKAwsLHAAgAEEMaiABIAIQlwEgAEEANgIAIABBAToAGAsbAQF/IAAoAgAi\
AUEASgRAIAAoAgQgARCgAQsLGwAgACgCFCABQQEQ2gEgACAAKAIYQQFrNgIYCxUAIAEEQCAAIAEQ\
dA8LIABBBjoAAAueAgEEf0HQu8EALQAAQQFHBEAjAEEQayIBJAACQAJAIAAEQCAAKAIAIABBADYC\
AEEBcQ0BCyMAQSBrIgAkACAAQRRqQYOAAUEBQQFBARBiIAAoAhghAiAAKAIUBEAgAiAAKAIcENEC\
AAsgACgCHCEEIAFBBHIiA0GDgAE2AgggAyAENgIEIAMgAjYCACAAQSBqJAAgAUEANgIADAELIAEg\
ACkCDDcDCCABIAApAgQ3AwALAkACQAJAQdC7wQAtAABBAWsOAgEAAgtBkJLBAEH9AEHQksEAEPIB\
AAtB0LvBAEECOgAAQcS7wQAQigMLQci7wQAgASkDCDcCAEHAu8EAIAEpAwA3AgBB0LvBAEEBOgAA\
IAFBEGokAAtBwLvBAAsfAEEBQX8gACgCACgCACABKAIAQcSpwAAQoAItABAbCxgBAX8gACgCACIB\
BEAgACgCBCABEKABCwsVACABQQlPBEAgASAAECwPCyAAEAkLHwAgAARAIAAgARCkAwALQZefwQBB\
I0Gon8EAEPIBAAsVACAAQQRqIAEgAhCXASAAQQM6AAALGQAgACgCACAAKAIEIAEoAgAgASgCBBC/\
AgsSACAALQAABEAgAEEEahDVAgsLFQAgACgCACIAQYQITwRAIAAQkgELCxkAIAEoAgAgASgCBCAA\
KAIAIAAoAgQQhgILGQAgACgCACAAKAIEIAEoAgAgASgCBBCGAgsbAQF/QYwBEIcDIgBFBEBBBEGM\
ARCkAwALIAALGwEBf0G8ARCHAyIARQRAQQRBvAEQpAMACyAACxIAIAAgAUEBdEEBciACEPIBAAsY\
ACABKAIAIAEoAgQgACgCACAAKAIEECALFgEBbyAAIAEQCCECEEAiACACJgEgAAtCAQN/IAAoAgAh\
AiAAKAIEIQAgAS0AACEDA0AgACIBBEAgAEEBayEAIAItAAAhBCACQQFqIQIgAyAERw0BCwsgAUUL\
FgAgACgCAEGAgICAeEcEQCAAEIoDCwtjAQJ/IwBBMGsiAiQAIAJBADYCDCACQQA7ASwgAkEANgIo\
IAJCADcDECACQQA2AhggAiACQQxqNgIkIAAgAkEQakHouMAAEBggAigCDCEDIAJBMGokACAAQQRq\
IAEQvgIgA2oLEgAgAC0AAEEGRwRAIAAQ7QELCxUBAX8jAEEQayIBIAA6AA8gAS0ADwsWACAAKAIA\
QYCAgIB4RwRAIAAQkwMLCxMAIAAoAgBFBEAgAEEEahDVAgsLEwBB2LvBACAArUIghkIBhDcDAAsO\
ACABBEAgACABEKABCwscACAAQeCdwQApAgA3AgggAEHYncEAKQIANwIACxwAIABB0J3BACkCADcC\
CCAAQcidwQApAgA3AgALFgAgACgCACABIAIgACgCBCgCDBEEAAsRACAAIAEgASgCJCACIAMQWQsT\
ACAAEJ4BIAAoAhQgASACEIIDCxMAIAAQpwEgACgCFCABIAIQgQML+woBA38gACEGQQAhACMAQdAA\
ayIFJAAgBSADNgIIIAUgAjYCBAJ/AkACQCABQYECTwRAQf0BIQADQAJAIAAgBmoiB0EDaiwAAEG/\
f0wEQCAHQQJqLAAAQb9/TA0BIABBAmohAAwFCyAAQQNqIQAMBAsgB0EBaiwAAEG/f0oNAiAHLAAA\
Qb9/Sg0DIABBBGsiAEF9Rw0AC0EAIQAMAgsgBSABNgIQIAUgBjYCDEEBDAILIABBAWohAAsgBSAG\
NgIMIAUgADYCEEEFQQAgACABSSIHGyEAQe+owQBBASAHGwshByAFIAA2AhggBSAHNgIUAkACQAJA\
AkACQAJAIAEgAk8EQCABIANJDQYgAiADSw0BIAJFIAEgAk1yDQMgAiAGaiwAAEG/f0oNAyACIQAC\
QANAIAAgBmosAABBv39KDQEgAEEBayIADQALQQAhAAsDQCACIAZqLAAAQb9/Sg0DIAEgAkEBaiIC\
Rw0ACyABIQIMAgsgBSAFQRRqrUKAgICA0A+ENwM4IAUgBUEMaq1CgICAgNAPhDcDMCAFIAVBBGqt\
QoCAgIAQhDcDKEG7gcAAIAVBKGogBBDyAQALIAUgBUEUaq1CgICAgNAPhDcDQCAFIAVBDGqtQoCA\
gIDQD4Q3AzggBSAFQQhqrUKAgICAEIQ3AzAgBSAFQQRqrUKAgICAEIQ3AyhBkYHAACAFQShqIAQQ\
8gEACyAFIAA2AhwgBSACNgIgAkAgACACSw0AAkAgAEUNACAAIAFPBEAgACABRg0BDAILIAAgBmos\
AABBQEgNAQsCQCABIAJNBEAgASACRw0CDAELIAIgBmosAABBv39MDQELIAAgAkYNAiAFAn8gACAG\
aiIBLAAAIgBBAE4EQCAAQf8BcQwBCyABLQABQT9xIgMgAEEfcSICQQZ0ciAAQV9NDQAaIAEtAAJB\
P3EgA0EGdHIiAyACQQx0ciAAQXBJDQAaIAJBEnRBgIDwAHEgAS0AA0E/cSADQQZ0cnILNgIkIAUg\
BUEUaq1CgICAgNAPhDcDSCAFIAVBDGqtQoCAgIDQD4Q3A0AgBSAFQRxqrUKAgICA4A+ENwM4IAUg\
BUEkaq1CgICAgPAPhDcDMCAFIAVBBGqtQoCAgIAQhDcDKEGXgsAAIAVBKGogBBDyAQALIAYgASAA\
IAIgBBDsAgALIANFIAEgA01yDQIgAyAGaiwAAEG/f0oNAiADIQACQANAIAAgBmosAABBv39KDQEg\
AEEBayIADQALQQAhAAsCQANAIAMgBmosAABBv39KDQEgASADQQFqIgNHDQALIAEhAwsgBSAANgIc\
IAUgAzYCICAAIANLDQECQCAARQ0AIAAgAU8EQCAAIAFGDQEMAwsgACAGaiwAAEFASA0CCwJAIAEg\
A00EQCABIANHDQMMAQsgAyAGaiwAAEG/f0wNAgsgACADRg0AIAUCfyAAIAZqIgEsAAAiAEEATgRA\
IABB/wFxDAELIAEtAAFBP3EiAyAAQR9xIgJBBnRyIABBX00NABogAS0AAkE/cSADQQZ0ciIDIAJB\
DHRyIABBcEkNABogAkESdEGAgPAAcSABLQADQT9xIANBBnRycgs2AiQgBSAFQRRqrUKAgICA0A+E\
NwNIIAUgBUEMaq1CgICAgNAPhDcDQCAFIAVBHGqtQoCAgIDgD4Q3AzggBSAFQSRqrUKAgICA8A+E\
NwMwIAUgBUEIaq1CgICAgBCENwMoQeiCwAAgBUEoaiAEEPIBAAsgBBCFAwALIAYgASAAIAMgBBDs\
AgALIAUgBUEUaq1CgICAgNAPhDcDOCAFIAVBDGqtQoCAgIDQD4Q3AzAgBSAFQQhqrUKAgICAEIQ3\
AyhB6oHAACAFQShqIAQQ8gEACxQAIAAoAgAgASAAKAIEKAIMEQMACxEAIAAoAgQgACgCCCABEKgD\
Cw4AIAAgASACIAFrENoBCxAAIAAgASgCBCABKAIIEGgLFAAgACgCACABQeipwAAQoAIoAggLDQAg\
ACABIAIQd0EARwsPACAAQQMgAUH/AXEQtgILEAAgAEH/AXFBAnQoAtSaQQsPACAAEIoDIABBDGoQ\
igMLDwAgAEEMahDeAiAAEI8DCxAAIAAoAgAoAgAgAUEBEAoLDwAgABCKAyAAQQxqEO0BCw8AIAAg\
ACgCACACajYCAAsTACAAQeiewQA2AgQgACABNgIACxEAIAEgACgCACAAKAIEEOgCCxEAIAAoAgAg\
ACgCBCABEKgDCxAAIAEgACgCACAAKAIEEBwLDAAgACABIAIQvgFFCy8BAX8jAEEQayICJAAgAkEA\
NgIMIAJBDGogACABEIIDIAIoAgwgAkEQaiQAQQJrCwwAIAAgARCfAkEBcwsPACAAQeyywAAgASAC\
ECkLDwAgAEGIs8AAIAEgAhApCw8AIABB+JzBACABIAIQIAsPACAAQbifwQAgASACECALDwBB9KjB\
AEErIAAQ2gIACw8AQci4wQBBMyAAEPIBAAsJACAAQQQQ0AILCwAgAEEEQQwQzAELCwAgAEEEQQgQ\
zAELCwAgAEEBQQEQzAELCwAgAEEEQQQQzAELCwAgAEEEQRAQzAELCwAgAEEEQRQQzAELCwAgAEEE\
QRgQzAELNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEIoDIAJBFGohAgwBCwsgABCN\
AwsKACAAIAEgAhA1CwsAIAAgASACENoBCzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEg\
AhD1AiACQRhqIQIMAQsLIAAQjgMLNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEPgC\
IAJBHGohAgwBCwsgABCXAwuDAQECfyAAKAIIIQIgACgCBCEBA0AgAgRAIAFBOGoQ3gIgAUHEAGoQ\
3gIgAUEgahCKAyABQdAAahDeAiABQdwAahDeAiABQSxqEJUDIAEoAgBBAUcEQCABQRRqEIoDCyAB\
QQRqEPABIAJBAWshAiABQegAaiEBDAELCyAAQQRB6AAQzAELNAECfyAAKAIIIQEgACgCBCECA0Ag\
AQRAIAFBAWshASACEIoDIAJBDGohAgwBCwsgABCIAws0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAg\
AUEBayEBIAIQ7QEgAkEQaiECDAELCyAAEIwDCwsAIABBBEEcEMwBCwoAIAAgASACEDYLDAAgAEHh\
s8AAEMsCCwwAIABB6LLAABDoAQtDAQJ/IAAQngEgACAAKAIYQQFqIgE2AhggACgCFCICIAIoAgBB\
AWo2AgAgACAAKQMAQn5BPyABIAFBP08brYmDNwMACwwAIABB4LPAABDoAQsMACAAQemywAAQywIL\
ZwEBfyMAQRBrIgMkACADIAI2AgggAyABNgIEIAAoAghBFGwhASAAKAIEIQIDQCABIgAEQCAAQRRr\
IQEgAyACNgIMIAJBFGohAiADQQxqIANBBGoQjwJFDQELCyADQRBqJAAgAEEARwsLACAAKAIAJQEQ\
AAsWAQFvIAAgARACIQIQQCIAIAImASAACwkAIAAgARAFAAsMACAAIAEpAgQ3AwALDAAgACABKQIA\
NwMACz4BAX8jAEEQayICJAAgAiABNgIMIAIgADYCCCACQQhqIgAoAgAgACgCBEHsu8EAKAIAIgBB\
5QAgABsRAAAACw4AIAFByKDBAEEFEOgCCw0AIAFBnLrBAEEYEBwLDQAgAUH8ucEAQSAQHAsKACAC\
IAAgARAcCwkAIABBABDfAgsJACAAQQAQlgELCQAgAEECEJYBCwkAIABBARCWAQsJACAAIAEQ8wIL\
FgIBbwF/IAAQByEBEEAiAiABJgEgAgsMAEHEv8EAQQE6AAALCQAgAEEANgIACwcAIAAQigMLBwAg\
ABDiAgsHACAAKAIICwQAQQALBwBBzLrBAAsEAEEBCwMAAAsmAQF/IAAoAggiBCABTQRAIAEgBCAC\
ELMBAAsgACgCBCABIAN0agsmAQF/IAAoAggiBCABTQRAIAEgBCACELMBAAsgACgCBCABIANsagtE\
AQF/IwBBEGsiAiQAIAJBCGogACAAKAIAQQFBBCABEFggAigCCCIAQYGAgIB4RwRAIAAgAigCDBDR\
AgALIAJBEGokAAskAQF/IAAoAgAgACgCCCIEayABSQRAIAAgBCABIAMgAhDYAQsLKAEBfyMAQRBr\
IgIkACACIAJBD2qtIAGENwMAQZqLwAAgAiAAEPIBAAsLoLMBcwBBgIDAAAu9O8DAwAAEdGhlIMAK\
IGNhbGwgZm9yIMAKIHdvdWxkIGJlIMAYIGJ5dGVzOyBTZWdtZW50IGFjY2VwdHMgwCggYnl0ZXMg\
cGVyIGNhbGwgYW5kIHRoaXMgZnVuY3Rpb24ga2VlcHMgwCQgb2YgdGhlbSBmb3IgdGhlIGZpZWxk\
cyBTZWdtZW50IGFkZHPAAAFowAANYmVnaW4gPiBlbmQgKMADID4gwBApIHdoZW4gc2xpY2luZyBg\
wAFgwAARc3RhcnQgYnl0ZSBpbmRleCDAFiBpcyBvdXQgb2YgYm91bmRzIG9mIGDAAWDAAA9lbmQg\
Ynl0ZSBpbmRleCDAFiBpcyBvdXQgb2YgYm91bmRzIG9mIGDAAWDAABFzdGFydCBieXRlIGluZGV4\
IMAmIGlzIG5vdCBhIGNoYXIgYm91bmRhcnk7IGl0IGlzIGluc2lkZSDACCAoYnl0ZXMgwAYpIG9m\
IGDAAWDAAA9lbmQgYnl0ZSBpbmRleCDAJiBpcyBub3QgYSBjaGFyIGJvdW5kYXJ5OyBpdCBpcyBp\
bnNpZGUgwAggKGJ5dGVzIMAGKSBvZiBgwAFgwAAGc3RpZ2dfwADAAV/AAMABLsAABWJvZHktwADA\
CmFub255bW91cy3AAAhzZXR0aW5nIMAIOiBlbnRyeSDAFyBtdXN0IGJlIGEgc3RyaW5nLCBnb3Qg\
wAAIc2V0dGluZyDACzogZXhwZWN0ZWQgwAYsIGdvdCDAABZzbGljZSBpbmRleCBzdGFydHMgYXQg\
wA0gYnV0IGVuZHMgYXQgwAAgaW5kZXggb3V0IG9mIGJvdW5kczogdGhlIGxlbiBpcyDAEiBidXQg\
dGhlIGluZGV4IGlzIMAAKnRoZSBib2R5IG11c3QgYmUgYSBKU09OIG9iamVjdCwgYnV0IGl0IGlz\
IMAALXRoZSAidHlwZSIgZmllbGQgbXVzdCBiZSBhIHN0cmluZywgYnV0IGl0IGlzIMAAwB8gbWF0\
Y2hlcyBldmVudERlbnlsaXN0IHBhdHRlcm4gwAAEdGhlIMAUIGlzIG5vdCB2YWxpZCBKU09OOiDA\
CSBhdCBsaW5lIMAIIGNvbHVtbiDAABJyYW5nZSBzdGFydCBpbmRleCDAIiBvdXQgb2YgcmFuZ2Ug\
Zm9yIHNsaWNlIG9mIGxlbmd0aCDAABByYW5nZSBlbmQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZv\
ciBzbGljZSBvZiBsZW5ndGggwAAIc2V0dGluZyDAEDogdW5rbm93biB2YWx1ZSDAEjsgZXhwZWN0\
ZWQgb25lIG9mIMAAKXNldHRpbmdzIG11c3QgYmUgYW4gb2JqZWN0LCBidXQgdGhleSBhcmUgwAAR\
dGhlIHNldHRpbmdzIGFyZSDAAAlleHBlY3RlZCDAAAR0aGUgwAsgaXMgZW1wdHk7IMAAEHVua25v\
d24gc2V0dGluZyDAAjsgwAAQYXNzZXJ0aW9uIGBsZWZ0IMAXIHJpZ2h0YCBmYWlsZWQKICBsZWZ0\
OiDACQogcmlnaHQ6IMAAEGFzc2VydGlvbiBgbGVmdCDAECByaWdodGAgZmFpbGVkOiDACQogIGxl\
ZnQ6IMAJCiByaWdodDogwABIY2Fubm90IGFjY2VzcyBhIFRocmVhZCBMb2NhbCBTdG9yYWdlIHZh\
bHVlIGR1cmluZyBvciBhZnRlciBkZXN0cnVjdGlvbjogwAAdc2V0dGluZ3MgYXJlIG5vdCB2YWxp\
ZCBKU09OOiDAAMACOiDAAMAEIGlzIMAoIGV2ZW50LCB3aGljaCBjb25jZXJucyBubyBjdXN0b21l\
ciwgYW5kIMABIMAAwB4gbmFtZXMgbm8gY3VzdG9tZXIgKGxvb2tlZCBpbiDABikgYW5kIMABIMAA\
wCUgbWF0Y2hlcyBubyBwYXR0ZXJuIGluIGV2ZW50QWxsb3dsaXN0ABF0aGUgInR5cGUiIGZpZWxk\
IMBBIGdpdmVzIGFuIGVtcHR5IGV2ZW50IG5hbWU7IGl0IG5lZWRzIGF0IGxlYXN0IG9uZSBsZXR0\
ZXIgb3IgZGlnaXQABHRoZSDAHCBoZWFkZXIgaXMgbWlzc2luZywgYW5kIHRoZSDAFCBzZXR0aW5n\
IHJlcXVpcmVzIGl0ABJ0aGUgbWVzc2FnZUlkIGZvciDAECBpcyBsb25nZXIgdGhhbiDACyBjaGFy\
YWN0ZXJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xp\
YnJhcnkvYWxsb2Mvc3JjL2NvbGxlY3Rpb25zL2J0cmVlL21hcC9lbnRyeS5ycwBzcmMvanNvbi9i\
b2R5LnJzAHNyYy9zb3J0LnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2\
ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL2ZtdC5ycwBzcmMvZml0LnJzAHNyYy9zZWNyZXQu\
cnMAc3JjL3NldHRpbmdzLnJzAHNyYy9pZHMucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRi\
ZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9zdGQvc3JjL3N5cy90aHJlYWRfbG9jYWwvbm9f\
dGhyZWFkcy5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2\
MC9saWJyYXJ5L2FsbG9jL3NyYy9zdHIucnMAc3JjL2ZpbHRlci5ycwAvcnVzdGMvNTk4MDc2MTZl\
MWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3NsaWNlL2l0\
ZXIucnMAc3JjL2pzb24vbnVtYmVyLnJzAHNyYy90aW1lc3RhbXAucnMAL3J1c3RjLzU5ODA3NjE2\
ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zdHIvcGF0\
dGVybi5ycwBzcmMvanNvbi9zY2FuLnJzAHNyYy93YXNtLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEy\
NTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvc3RkL3NyYy90aHJlYWQvbG9jYWwu\
cnMAL2NhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9q\
cy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy9qc3BpLnJzAC9jYXJnby9yZWdpc3RyeS9zcmMvaW5k\
ZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2Yvc2hhMi0wLjEwLjkvc3JjL2NvcmVfYXBpLnJz\
AHNyYy9qc29uL3ZhbHVlLnJzAHNyYy9qc29uL3dyaXRlLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEy\
NTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL2NvbGxlY3Rpb25z\
L2J0cmVlL25hdmlnYXRlLnJzAHNyYy93YXJlaG91c2UucnMAc3JjL3RhcGUucnMAc3JjL2V2ZW50\
X25hbWUucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAv\
bGlicmFyeS9jb3JlL3NyYy91bmljb2RlL3ByaW50YWJsZS5ycwAvY2FyZ28vcmVnaXN0cnkvc3Jj\
L2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2RpZ2VzdC0wLjEwLjcvc3JjL2NvcmVf\
YXBpL2N0X3ZhcmlhYmxlLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2\
ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL2NvbGxlY3Rpb25zL2J0cmVlL25vZGUucnMAc3Jj\
L3N0aWdnL21vZC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRh\
Mzg2MC9saWJyYXJ5L2NvcmUvc3JjL3NsaWNlL21vZC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0\
MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjL21vZC5y\
cwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5\
L2FsbG9jL3NyYy92ZWMvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3\
OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3ZlYy9zcGVjX2Zyb21faXRlcl9uZXN0ZWQu\
cnMAc3JjL2pzb24vcmVhZC5ycwAvcnVzdC9kZXBzL2RsbWFsbG9jLTAuMi4xMS9zcmMvZGxtYWxs\
b2MucnMAL2NhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3\
Zi9qcy1zeXMtMC4zLjEwNy9zcmMvbGliLnJzAC9jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3Jh\
dGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvYmxvY2stYnVmZmVyLTAuMTAuNC9zcmMvbGliLnJzABt0\
aGUgSlNPTiBuZXN0cyBkZWVwZXIgdGhhbiDAByBsZXZlbHMABHRoZSDAGyBoZWFkZXIgZG9lcyBu\
b3QgbWF0Y2ggdGhlIMAIIHNldHRpbmcACHNldHRpbmcgwBY6IHRoZSBzZWNyZXQgY29udGFpbnMg\
wAssIHdoaWNoIG5vIMArIGhlYWRlciBjYW4gY2Fycnk7IGNvcHkgaXQgYWdhaW4gZnJvbSBTdGln\
ZwAUdGhlIHRleHQgZW5kcyB3aGVyZSDACiBzaG91bGQgYmUAwANfaWQABjsgc2V0IMAxIHRvICJ0\
cmltIiB0byBkcm9wIHRoZSBsYXJnZXN0IHByb3BlcnRpZXMgaW5zdGVhZAAEdGhlIMAKIGNhbGwg\
Zm9yIMAjIGhhcyBuZWl0aGVyIHVzZXJJZCBub3IgYW5vbnltb3VzSWQAAVvAAV0ADWRpZCB5b3Ug\
bWVhbiDAAT8ACHNldHRpbmcgwAI6IMAKIGNvbnRhaW5zIMAjOyB1c2Ugb25seSBsZXR0ZXJzLCBk\
aWdpdHMsIF8gYW5kIC4AAiAowAwgY2hhcmFjdGVycykABHRoZSDABCBpcyDAwAggYnl0ZXM7IMAJ\
IGF0IG1vc3QgwAggYnl0ZXMgKMABKQAmY29weV9mcm9tX3NsaWNlOiBzb3VyY2Ugc2xpY2UgbGVu\
Z3RoICjAKykgZG9lcyBub3QgbWF0Y2ggZGVzdGluYXRpb24gc2xpY2UgbGVuZ3RoICjAASkAEnJl\
bW92YWwgaW5kZXggKGlzIMAWKSBzaG91bGQgYmUgPCBsZW4gKGlzIMABKQAEdGhlIMAVIGlzIG5v\
dCB2YWxpZCBVVEYtODogwAkgYXQgYnl0ZSDAByAobGluZSDACCBjb2x1bW4gwAEpAAAAqwgQAE8A\
AADNAQAANwAAADgIEABOAAAADQgAABEAAABjYXBhY2l0eSBvdmVyZmxvdwAAANIMEABeAAAAOQAA\
ABIAAAAaCxAAXgAAAHwAAAAkAAAAvA0QAFMAAACiAAAAJwAAALwNEABTAAAApAAAABgAAAC8DRAA\
UwAAAKQAAAAgAAAAvA0QAFMAAACuAAAAFAAAALwNEABTAAAArgAAABoAAAC8DRAAUwAAAJ0AAAAY\
AAAAvA0QAFMAAACdAAAAHwAAALwNEABTAAAAnQAAACUAAAC8DRAAUwAAAC0BAAAiAAAAvA0QAFMA\
AAA4AQAAHgAAALwNEABTAAAANQEAABgAAACyChAAEQAAAEIAAAAZAAAAsgoQABEAAAAzAAAAIgAA\
ALIKEAARAAAANAAAAB0AAACyChAAEQAAAD0AAAAdAAAAb25NaXNzaW5nQ3VzdG9tZXJkcm9wZXJy\
b3Jhbm9ueW1vdXMADRIQAAQAAAAREhAABQAAABYSEAAJAAAABAAAACAAAAAEAAAABQAAAAYAAAAH\
AAAACAAAABAAAAAEAAAACQAAAGludGVybmFsIGVycm9yOiBlbnRlcmVkIHVucmVhY2hhYmxlIGNv\
ZGU6IHRoZSBmdWxsIHBhdGggYWx3YXlzIGhhcyB0aGUgYm9keQAFDhAACgAAAEQAAAAfAAAATgcQ\
AAoAAAD2AQAADAAAAE4HEAAKAAAA9wEAABUAAAAuLi4gYW5kICBtb3JlASBldmVuIHdpdGggZXZl\
cnkgcHJvcGVydHkgcmVtb3ZlZCB0aGF0IG1heSBiZSAodHlwZSwgbWVzc2FnZUlkLCB0cmFjZUlk\
LCB0aW1lc3RhbXAgYW5kIHRoZSBjdXN0b21lcidzIGlkIGFyZSBhbHdheXMga2VwdClvdmVyc2l6\
ZWRFdmVudHMAAGMTEAAPAAAATgcQAAoAAAAjAQAAIAAAAE4HEAAKAAAArgAAABwAAABOBxAACgAA\
AMsAAAAtAAAATgcQAAoAAADvAAAAIAAAAOKApi5OBxAACgAAAPMAAAAiAAAATgcQAAoAAAD0AAAA\
HAAAAHR5cGVtZXNzYWdlSWR0cmFjZUlkdGltZXN0YW1waWRjdXN0b21lcklkAAAA4BMQAAQAAADk\
ExAACQAAAO0TEAAHAAAA9BMQAAkAAAD9ExAAAgAAAP8TEAAKAAAAY3VzdG9tZXJpbnB1dAAAADwU\
EAAIAAAA/RMQAAIAAABEFBAABQAAAP8TEAAKAAAAAAAAAAQAAAAEAAAACgAAAAsAAAALAAAATgcQ\
AAoAAAC1AQAAEAAAAE4HEAAKAAAAjgEAABQAAABOBxAACgAAAH0BAAAdAAAATgcQAAoAAACBAQAA\
EQAAAE4HEAAKAAAAYwEAADkAAABOBxAACgAAAFwBAAAdAAAAAgAAAE4HEAAKAAAAdwEAACIAAABO\
BxAACgAAAG0BAAAdAAAATgcQAAoAAABuAQAAGwAAAE4HEAAKAAAAXwEAACYAAABOBxAACgAAAF8B\
AAA/AAAAAIAAAAAEAADcEhAACAAAAOQSEAAFAAAATgcQAAoAAADUAQAAEAAAAHN0aWdnLS1oLQAA\
AGAVEAAGAAAAdwcQAAoAAABHAAAAPQAAAHcHEAAKAAAAegAAABgAAADvu79hIHRydW5jYXRlZCBV\
VEYtOCBzZXF1ZW5jZWFuIGludmFsaWQgVVRGLTggYnl0ZQAA6AYQABAAAABDAAAAQgAAAGJvZHlh\
IFN0aWdnIHdlYmhvb2sgaXMgYSBKU09OIG9iamVjdFNlZ21lbnQgYWNjZXB0czUxMiBLaUIAANgV\
EAAEAAAA3BUQACAAAAD8FRAADwAAAAsWEAAHAAAAAAAIAGF0IGxlYXN0IAAAADENEAAQAAAAegAA\
AA4AAABGRkZEMQ0QABAAAAB6AAAAIwAAAHVuZXhwZWN0ZWQgdGV4dCBhZnRlciB0aGUgSlNPTiB2\
YWx1ZWA6YGEgc3RyaW5nIGtleWAsYCBvciBgfWBgLGAgb3IgYF1gdGhlIHRleHQgZW5kcyBpbnNp\
ZGUgYSBzdHJpbmdpbnZhbGlkIGVzY2FwZSBpbiBhIHN0cmluZwAAMQ0QABAAAADbAQAAKAAAAGEg\
Y29udHJvbCBjaGFyYWN0ZXIgKFUrMDAwMCB0byBVKzAwMUYpIG11c3QgYmUgZXNjYXBlZCBpbiBh\
IHN0cmluZ2EgZGlnaXQgYWZ0ZXIgdGhlIGRlY2ltYWwgcG9pbnRhIGRpZ2l0IGluIHRoZSBleHBv\
bmVudGEgZGlnaXR0cnVlZmFsc2VudWxsMQ0QABAAAACiAQAAFwAAAGEgdmFsdWUAMQ0QABAAAACR\
AQAALAAAAFwAAACsFxAAdQAAALQXEABhIFx1IGVzY2FwZSBuZWVkcyBmb3VyIGhleCBkaWdpdHMA\
AADoAwAAMQ0QABAAAABaAAAAMgAAADENEAAQAAAATwAAAB8AAAAxDRAAEAAAAEgAAAATAAAA+wgQ\
ABAAAAAUAAAAHAAAAGEgYm9vbGVhbmEgbnVtYmVyYSBzdHJpbmdhbiBhcnJheWFuIG9iamVjdAAA\
AAAAAAQAAAAEAAAADAAAAA0AAAANAAAAEQoQABEAAACbAAAAPQAAABEKEAARAAAAmwAAADcAAAAR\
ChAAEQAAAJsAAABUAAAAEQoQABEAAACbAAAATgAAABEKEAARAAAAnwAAACcAAAARChAAEQAAAJ8A\
AAA5AAAAEQoQABEAAAChAAAAOwAAABEKEAARAAAAogAAABgAAAARChAAEQAAAKMAAAAmAAAAEQoQ\
ABEAAACkAAAAGQAAABEKEAARAAAArAAAABEAAAARChAAEQAAAJAAAAAUAAAAEQoQABEAAACQAAAA\
JgAAABEKEAARAAAAlAAAACAAAAARChAAEQAAAJQAAAA2AAAAEQoQABEAAABpAAAAGwAAAFtdLAAO\
AAAADAAAAAQAAAAPAAAADwAAAA8AAAAQAAAAAAAAAAQAAAAEAAAAEQAAABIAAAATAAAAFAAAACIA\
AAAjChAAEQAAAGEAAAAbAAAAXCJcXFxuXHJcdFxiXGYAAAAAAAAEAAAABAAAABUAAAAWAAAAFgAA\
AHt9OgAjChAAEQAAAOwAAAA/AAAAIwoQABEAAADoAAAAFAAAACMKEAARAAAA6AAAACUAAABcdTAx\
MjM0NTY3ODlhYmNkZWYAAAAAAABwAAAACAAAABcAAAAXAAAAFwAAABgAAACHCBAAEgAAACgAAAAb\
AAAAhwgQABIAAAAoAAAAJwAAAIcIEAASAAAApAAAACMAAAD5BhAACwAAADUAAAATAAAA+QYQAAsA\
AAAgAAAAKQAAAPkGEAALAAAAIAAAADsAAAD5BhAACwAAACUAAAAgAAAA+QYQAAsAAAAnAAAAPQAA\
APkGEAALAAAALAAAAB0AAAD5BhAACwAAACkAAAAdAAAA+QYQAAsAAAAhAAAAEwAAAPkGEAALAAAA\
IQAAADUAAAD5BhAACwAAACEAAAAgAAAAbmFtZaYKEAALAAAAfAAAABIAAACmChAACwAAAHwAAABJ\
AAAApgoQAAsAAABXAAAAEgAAAKYKEAALAAAAVwAAABsAAABzdGlnZy1zZWdtZW50OiB0aGUgc2Ny\
aXB0J3MgZmllbGQgbGF5b3V0IGlzIG5vdCBpdHMgd2FzbSdzOyByZWJ1aWxkIGl0bGluZWNvbHVt\
bgAAAAAUAAAABAAAABkAAAAaAAAAGwAAABoAAAAcAAAAHAAAAB0AAAAeAAAAU3RpZ2ctV2ViaG9v\
a3MtU2VjcmV0AAAAHwAAAAwJEAALAAAAFwEAACcAAABzZXR0aW5ncyBhcmUgbm90IHNldCAAAAAM\
CRAACwAAAOcAAAAdAAAADAkQAAsAAADpAAAAGwAAAAwJEAALAAAAiwEAACsAAAAMCRAACwAAACUB\
AAAOAAAADAkQAAsAAAArAQAAJgAAAAAAAAAgAAAACAAAACEAAAAiAAAAIQAAACIAAAAjAAAAJAAA\
ACUAAAAmAAAAAAAAACAAAAAIAAAAJwAAACgAAAApAAAAKgAAACsAAAAsAAAALQAAAC4AAABjYWxs\
c3NraXBwZWRjb2RlcmVhc29uZXZlbnR1c2VySWRhbm9ueW1vdXNJZGdyb3VwSWRwcm9wZXJ0aWVz\
dHJhaXRzY29udGV4dGludGVncmF0aW9udmVyc2lvbnN0aWdndHJpbW1lZHRyYWNraWRlbnRpZnln\
cm91cDAuMS4wbm9fY3VzdG9tZXJmaWx0ZXJlZEludmFsaWRFdmVudFBheWxvYWRWYWxpZGF0aW9u\
RXJyb3JFdmVudE5vdFN1cHBvcnRlZGFkZG9uLmNyZWF0ZWRhZGRvbmFkZC1vbmFkZG9uLgCSHRAA\
BQAAAJcdEAAGAAAAnR0QAAYAAAABAEHIu8AAC2dhZGRvbi5kZWxldGVkYWRkb24udXBkYXRlZGF1\
dG9tYXRpY19yZWNoYXJnZS5jb25maWd1cmF0aW9uLmNoYW5nZWRhdXRvbWF0aWMgcmVjaGFyZ2Vh\
dXRvbWF0aWNfcmVjaGFyZ2UuAEG4vMAAC3kKHhAAEgAAABweEAATAAAA5BQQAAEAAAAAAAAAYXV0\
b21hdGljX3JlY2hhcmdlLm9wZXJhdGlvbi5hdHRlbXB0ZWRjb3Vwb24uYXJjaGl2ZWRjb3Vwb25j\
b3Vwb24uAACJHhAABgAAAIkeEAAGAAAAjx4QAAcAAAABAEG8vcAAC1Jjb3Vwb24uY3JlYXRlZGNv\
dXBvbi51cGRhdGVkY3JlZGl0X2JhbGFuY2UuZGVwbGV0ZWQBAmNyZWRpdCBiYWxhbmNlY3JlZGl0\
X2JhbGFuY2UuAEGYvsAAC7UC8R4QAA4AAAD/HhAADwAAAO8eEAACAAAAAAAAAGNyZWRpdF9iYWxh\
bmNlLmxvd2NyZWRpdF9ncmFudC5iYWxhbmNlLmxvd2NyZWRpdF9ncmFudGNyZWRpdCBncmFudGNy\
ZWRpdF9ncmFudC4CAQAAAF4fEAAMAAAAah8QAAwAAAB2HxAADQAAAIMfEAACAAAAAAAAAGNyZWRp\
dF9ncmFudC5jcmVhdGVkY3JlZGl0X2dyYW50LmRlcGxldGVkY3JlZGl0X2dyYW50LmV4cGlyZWRj\
cmVkaXRfZ3JhbnQudXBkYXRlZGNyZWRpdF90eXBlLmFyY2hpdmVkY3JlZGl0X3R5cGVjcmVkaXQg\
dHlwZWNyZWRpdF90eXBlLgARIBAACwAAABwgEAALAAAAJyAQAAwAAAABAEHYwMAAC6YEY3JlZGl0\
X3R5cGUuY3JlYXRlZGNyZWRpdF90eXBlLnVuYXJjaGl2ZWRjcmVkaXRfdHlwZS51cGRhdGVkY3Jl\
ZGl0cy5hdXRvbWF0aWNfcmVjaGFyZ2VfbGltaXRfZXhjZWVkZWRjcmVkaXRzY3JlZGl0cy4AAAAA\
AAAAAL0gEAAHAAAAxCAQAAgAAADkFBAAAQAAAAAAAABjcmVkaXRzLmJhbGFuY2UuZGVwbGV0ZWRj\
cmVkaXRzLmJhbGFuY2UudXNhZ2VfbG93Y3JlZGl0cy5leHBpcmVkY3JlZGl0cy5ncmFudC5kZXBs\
ZXRlZGNyZWRpdHMuZ3JhbnQudXBkYXRlZGNyZWRpdHMuZ3JhbnQudXNhZ2VfbG93Y3JlZGl0cy5n\
cmFudC52b2lkZWRjcmVkaXRzLmdyYW50ZWRjdXN0b21lci5jcmVhdGVkAAFjdXN0b21lci48FBAA\
CAAAADwUEAAIAAAApyEQAAkAAAClIRAAAgAAAAEBAABBY2NvdW50IENyZWF0ZWRTdGlnZydzIGN1\
c3RvbWVyIGlzIHRoZSBCMkIgYWNjb3VudC5jdXN0b21lci5kZWxldGVkQWNjb3VudCBEZWxldGVk\
Y3VzdG9tZXIucGF5bWVudF9mYWlsZWRjdXN0b21lci51cGRhdGVkZW50aXRsZW1lbnQudXNhZ2Vf\
ZXhjZWVkZWRlbnRpdGxlbWVudGVudGl0bGVtZW50LgBBiMXAAAtJZyIQAAsAAAByIhAADAAAAOkS\
EAABAAAAAAAAAGVudGl0bGVtZW50cy51cGRhdGVkZW50aXRsZW1lbnRzZW50aXRsZW1lbnRzLgBB\
3MXAAAuBArgiEAAMAAAAxCIQAA0AAADpEhAAAQAAAAAAAABlbnRpdHkuY3JlYXRlZGVudGl0eWVu\
dGl0eS4ABiMQAAYAAAAGIxAABgAAAAwjEAAHAAAA6RIQAAEAAAAAAAAAZW50aXR5LmVudGl0bGVt\
ZW50LmNyZWF0ZWRlbnRpdHkuZW50aXRsZW1lbnQudXBkYXRlZGVudGl0eS5lbnRpdGxlbWVudC51\
c2FnZV9leGNlZWRlZGVudGl0eV90eXBlLnVwZGF0ZWRlbnRpdHlfdHlwZWVudGl0eSB0eXBlZW50\
aXR5X3R5cGUuAACgIxAACwAAAKsjEAALAAAAtiMQAAwAAAABAEHox8AACzlmZWF0dXJlLmNyZWF0\
ZWRmZWF0dXJlZmVhdHVyZS4AAPcjEAAHAAAA9yMQAAcAAAD+IxAACAAAAAEAQazIwAALdWZlYXR1\
cmUuZGVsZXRlZGZlYXR1cmUudXBkYXRlZGZlYXR1cmVfZ3JvdXAuYXJjaGl2ZWRmZWF0dXJlX2dy\
b3VwZmVhdHVyZSBncm91cGZlYXR1cmVfZ3JvdXAuYCQQAA0AAABtJBAADQAAAHokEAAOAAAAAQBB\
rMnAAAtuZmVhdHVyZV9ncm91cC5jcmVhdGVkZmVhdHVyZV9ncm91cC51bl9hcmNoaXZlZGZlYXR1\
cmVfZ3JvdXAudXBkYXRlZG1lYXN1cmVtZW50LnJlcG9ydGVkbWVhc3VyZW1lbnRtZWFzdXJlbWVu\
dC4AQaTKwAALTQMlEAALAAAADiUQAAwAAADpEhAAAQAAAAAAAABwbGFuLmNyZWF0ZWRwbGFucGxh\
bi4AAABMJRAABAAAAEwlEAAEAAAAUCUQAAUAAAABAEH8ysAAC1FwbGFuLmRlbGV0ZWRwbGFuLnVw\
ZGF0ZWRwcm9kdWN0LmNyZWF0ZWRwcm9kdWN0cHJvZHVjdC4AAKMlEAAHAAAAoyUQAAcAAACqJRAA\
CAAAAAEAQdjLwAAL6wdwcm9kdWN0LmRlbGV0ZWRwcm9kdWN0LnVwZGF0ZWRwcm9tb3Rpb25hbEVu\
dGl0bGVtZW50LmVuZHNfc29vbnByb21vdGlvbmFsX2VudGl0bGVtZW50cHJvbW90aW9uYWwgZW50\
aXRsZW1lbnRwcm9tb3Rpb25hbEVudGl0bGVtZW50LgAWJhAAFwAAAC0mEAAXAAAARCYQABcAAADp\
EhAAAQAAAAAAAABwcm9tb3Rpb25hbEVudGl0bGVtZW50LmV4cGlyZWRwcm9tb3Rpb25hbEVudGl0\
bGVtZW50LmdyYW50ZWRwcm9tb3Rpb25hbEVudGl0bGVtZW50LnJldm9rZWRwcm9tb3Rpb25hbEVu\
dGl0bGVtZW50LnVwZGF0ZWRzdWJzY3JpcHRpb24uYmlsbGluZ19tb250aC5lbmRzX3Nvb25zdWJz\
Y3JpcHRpb25zdWJzY3JpcHRpb24uAAAAHCcQAAwAAAAcJxAADAAAACgnEAANAAAA6RIQAAEAAAAA\
AQEAc3Vic2NyaXB0aW9uLmNhbmNlbGVkc3Vic2NyaXB0aW9uLmNyZWF0ZV9mYWlsZWQDc3Vic2Ny\
aXB0aW9uLmNyZWF0ZWRzdWJzY3JpcHRpb24uZXhwaXJlZHN1YnNjcmlwdGlvbi5zcGVuZF9saW1p\
dC5leGNlZWRlZHN1YnNjcmlwdGlvbi50cmlhbC5lbmRzX3Nvb25zdWJzY3JpcHRpb24udHJpYWxf\
Y29udmVydGVkc3Vic2NyaXB0aW9uLnRyaWFsX2V4cGlyZWRUcmlhbCBFbmRlZEp1ZGdtZW50IGNh\
bGw6IG9ubHkgdGhlIHRyaWFsIHRoYXQgbGFwc2VkOyBhIGNvbnZlcnRlZCB0cmlhbCAoYHN1YnNj\
cmlwdGlvbi50cmlhbF9jb252ZXJ0ZWRgKSBhbHNvIGVuZHMgYnV0IGtlZXBzIGl0cyBvd24gbmFt\
ZSwgc28gVHJpYWwgRW5kZWQgY291bnRzIHRyaWFscyB0aGF0IGRpZCBub3QgY29udmVydC5zdWJz\
Y3JpcHRpb24udHJpYWxfc3RhcnRlZFRyaWFsIFN0YXJ0ZWRKdWRnbWVudCBjYWxsOiB0aGUgdHJp\
YWwncyBzdGFydCBkYXRlIGlzIHRoZSBzdWJzY3JpcHRpb24ncyBgc3RhcnREYXRlYC5zdWJzY3Jp\
cHRpb24udXBkYXRlZHN5bmMuZmFpbGVkBHN5bmNlZF9lbnRpdHlzeW5jc3luYy4AAABzKRAADQAA\
AIApEAAEAAAAhCkQAAUAAAByKRAAAQAAAAAAAACFHRAADQAAAAEAAAAAAAAApB0QAEHU08AACxsC\
AAAAAAAAAMgdEAANAAAAAQAAAAAAAACkHRAAQYDUwAALGwIAAAAAAAAA1R0QAA0AAAABAAAAAAAA\
AKQdEABBrNTAAAsbAgAAAAAAAADiHRAAKAAAAOQUEAABAAAAMB4QAEHY1MAACxsCAAAAAAAAAFQe\
EAAmAAAA5BQQAAEAAAAwHhAAQYTVwAALGwIAAAAAAAAAeh4QAA8AAAABAAAAAAAAAJgeEABBsNXA\
AAsbAgAAAAAAAAC8HhAADgAAAAEAAAAAAAAAmB4QAEHc1cAACxsCAAAAAAAAAMoeEAAOAAAAAQAA\
AAAAAACYHhAAQYjWwAALGwIAAAAAAAAA2B4QABcAAADvHhAAAgAAABAfEABBtNbAAAsbAgAAAAAA\
AAA0HxAAEgAAAO8eEAACAAAAEB8QAEHg1sAACxsCAAAAAAAAAEYfEAAYAAAA6RIQAAEAAACIHxAA\
QYzXwAALGwIAAAAAAAAArB8QABQAAACDHxAAAgAAAIgfEABBuNfAAAsbAgAAAAAAAADAHxAAFQAA\
AIMfEAACAAAAiB8QAEHk18AACxsCAAAAAAAAANUfEAAUAAAAgx8QAAIAAACIHxAAQZDYwAALGwIA\
AAAAAAAA6R8QABQAAACDHxAAAgAAAIgfEABBvNjAAAsbAgAAAAAAAAD9HxAAFAAAAAEAAAAAAAAA\
NCAQAEHo2MAACxsCAAAAAAAAAFggEAATAAAAAQAAAAAAAAA0IBAAQZTZwAALGwIAAAAAAAAAayAQ\
ABYAAAABAAAAAAAAADQgEABBwNnAAAsbAgAAAAAAAACBIBAAEwAAAAEAAAAAAAAANCAQAEHs2cAA\
CxsCAAAAAAAAAJQgEAApAAAA5BQQAAEAAADMIBAAQZjawAALGwIAAAAAAAAA8CAQABgAAADkFBAA\
AQAAAMwgEABBxNrAAAsbAgAAAAAAAAAIIRAAGQAAAOQUEAABAAAAzCAQAEHw2sAACxsCAAAAAAAA\
ACEhEAAPAAAA5BQQAAEAAADMIBAAQZzbwAALGwIAAAAAAAAAMCEQABYAAADkFBAAAQAAAMwgEABB\
yNvAAAsbAgAAAAAAAABGIRAAFQAAAOQUEAABAAAAzCAQAEH028AACxsCAAAAAAAAAFshEAAXAAAA\
5BQQAAEAAADMIBAAQaDcwAALGwIAAAAAAAAAciEQABQAAADkFBAAAQAAAMwgEABBzNzAAAsbAgAA\
AAAAAACGIRAADwAAAOQUEAABAAAAzCAQAEH43MAAC3MCAAAAAAAAAJUhEAAQAAAApSEQAAIAAACw\
IRAA1CEQAA8AAADjIRAAJAAAAAEAAAABAQAAByIQABAAAAClIRAAAgAAALAhEAAXIhAADwAAAOMh\
EAAkAAAAAQAAAAAAAAAmIhAAFwAAAOkSEAABAAAAsCEQAEH83cAACxsCAAAAAQEAAD0iEAAQAAAA\
pSEQAAIAAACwIRAAQajewAALGwIAAAABAQAATSIQABoAAADpEhAAAQAAAIAiEABB1N7AAAsbAgAA\
AAAAAACkIhAAFAAAAOkSEAABAAAA1CIQAEGA38AACxsCAAAAAAAAAPgiEAAOAAAA6RIQAAEAAAAU\
IxAAQazfwAALGwIAAAAAAAAAOCMQABoAAADpEhAAAQAAABQjEABB2N/AAAsbAgAAAAAAAABSIxAA\
GgAAAOkSEAABAAAAFCMQAEGE4MAACxsCAAAAAAAAAGwjEAAhAAAA6RIQAAEAAAAUIxAAQbDgwAAL\
GwIAAAAAAAAAjSMQABMAAAABAAAAAAAAAMQjEABB3ODAAAsbAgAAAAAAAADoIxAADwAAAAEAAAAA\
AAAACCQQAEGI4cAACxsCAAAAAAAAACwkEAAPAAAAAQAAAAAAAAAIJBAAQbThwAALGwIAAAAAAAAA\
OyQQAA8AAAABAAAAAAAAAAgkEABB4OHAAAsbAgAAAAAAAABKJBAAFgAAAAEAAAAAAAAAiCQQAEGM\
4sAACxsCAAAAAAAAAKwkEAAVAAAAAQAAAAAAAACIJBAAQbjiwAALGwIAAAAAAAAAwSQQABkAAAAB\
AAAAAAAAAIgkEABB5OLAAAsbAgAAAAAAAADaJBAAFQAAAAEAAAAAAAAAiCQQAEGQ48AACxsCAAAA\
AAAAAO8kEAAUAAAA6RIQAAEAAAAcJRAAQbzjwAALGwIAAAAAAAAAQCUQAAwAAAABAAAAAAAAAFgl\
EABB6OPAAAsbAgAAAAAAAAB8JRAADAAAAAEAAAAAAAAAWCUQAEGU5MAACxsCAAAAAAAAAIglEAAM\
AAAAAQAAAAAAAABYJRAAQcDkwAALGwIAAAAAAAAAlCUQAA8AAAABAAAAAAAAALQlEABB7OTAAAsb\
AgAAAAAAAADYJRAADwAAAAEAAAAAAAAAtCUQAEGY5cAACxsCAAAAAAAAAOclEAAPAAAAAQAAAAAA\
AAC0JRAAQcTlwAALGwIAAAAAAAAA9iUQACAAAADpEhAAAQAAAFwmEABB8OXAAAsbAgAAAAAAAACA\
JhAAHgAAAOkSEAABAAAAXCYQAEGc5sAACxsCAAAAAAAAAJ4mEAAeAAAA6RIQAAEAAABcJhAAQcjm\
wAALGwIAAAAAAAAAvCYQAB4AAADpEhAAAQAAAFwmEABB9ObAAAsbAgAAAAAAAADaJhAAHgAAAOkS\
EAABAAAAXCYQAEGg58AACxsCAAAAAAAAAPgmEAAkAAAA6RIQAAEAAAA4JxAAQcznwAALGwIAAAAA\
AQAAXCcQABUAAADpEhAAAQAAADgnEABB+OfAAAsbAgAAAAABAABxJxAAGgAAAIsnEAABAAAAOCcQ\
AEGk6MAACxsCAAAAAAEAAIwnEAAUAAAA6RIQAAEAAAA4JxAAQdDowAALGwIAAAAAAQAAoCcQABQA\
AADpEhAAAQAAADgnEABB/OjAAAsbAgAAAAABAAC0JxAAIQAAAOkSEAABAAAAOCcQAEGo6cAACxsC\
AAAAAAEAANUnEAAcAAAA6RIQAAEAAAA4JxAAQdTpwAALGwIAAAAAAQAA8ScQABwAAADpEhAAAQAA\
ADgnEABBgOrAAAtzAgAAAAABAAANKBAAGgAAAOkSEAABAAAAOCcQACcoEAALAAAAMigQALIAAAAA\
AAAAAAEAAOQoEAAaAAAA6RIQAAEAAAA4JxAA/igQAA0AAAALKRAASAAAAAAAAAAAAQAAUykQABQA\
AADpEhAAAQAAADgnEABBhOvAAAsbAgAAAAABAABnKRAACwAAAHIpEAABAAAAjCkQAEGw68AAC6kU\
AgAAAAAAAABhY2NvdW50SWRhY3RpdmVTdWJzY3JpcHRpb25zYWN0b3JhZGRvbnNhbW91bnRhdHRy\
aWJ1dGlvbktleXNhdXRvQ2FuY2VsbGF0aW9uUnVsZXNiaWxsaW5nQ3VycmVuY3liaWxsaW5nSWRi\
aWxsaW5nUGVyaW9kY2FuY2VsbGF0aW9uRGF0ZWNoYW5nZWRCeWNvbmZpZ0lkY29uc3VtZWRBbW91\
bnRjb25zdW1lZFBlcmNlbnRhZ2Vjb3N0Y291cG9uVHlwZWNyZWF0ZWRBdGNyZWRpdEN1cnJlbmN5\
Y3JtSWRjdXJyZW5jeURlc2NyaXB0aW9uY3VycmVuY3lJZGN1cnJlbmN5TmFtZWN1cnJlbmN5VW5p\
dHNjdXJyZW50QmFsYW5jZWN1cnJlbnRCaWxsaW5nTW9udGhFbmRjdXJyZW50QmlsbGluZ01vbnRo\
U3RhcnRjdXJyZW50QmlsbGluZ1BlcmlvZEVuZGN1cnJlbnRCaWxsaW5nUGVyaW9kU3RhcnRjdXJy\
ZW50Q2hhbmdlY3VycmVudFNwZW5kY3VycmVudFNwZW5kUGVyY2VudGFnZWN1cnJlbnRVc2FnZWRl\
c2NyaXB0aW9uZGlzY291bnRWYWx1ZWRpc3BsYXlOYW1lZWZmZWN0aXZlQXRlbWFpbGVuZERhdGVl\
bnRpdGxlbWVudHNVcGRhdGVkQXRlbnRpdHlJZGVudGl0eVR5cGVlbnRpdHlUeXBlSWRlbnZpcm9u\
bWVudElkZXZlbnRJZGV4Y2x1ZGVGcm9tRXhwZXJpbWVudGV4cGVyaW1lbnRJbmZvZXhwaXJlQXRm\
ZWF0dXJlVHlwZWZlYXR1cmVzZ3JhbnRncmFudElkZ3JhbnRUeXBlaGFzU29mdExpbWl0aGFzVW5s\
aW1pdGVkVXNhZ2Vpc0RlZmF1bHRQcm9kdWN0aXNEb3duZ3JhZGVpc0VuYWJsZWRpc0xhdGVzdGlz\
U29mdExpbWl0aXNUcmlhbFN1YnNjcmlwdGlvbmlzVXBncmFkZWlzVmlzaWJsZW1heFNwZW5kTGlt\
aXRtZXRhZGF0YW1ldGVyVHlwZW9yaWdpbmF0aW5nRXZlbnRJZHBhY2thZ2VFbnRpdGxlbWVudHNw\
YXltZW50Q29sbGVjdGlvbnBlcmNlbnRhZ2VVc2VkcGVyaW9kcHJpY2VzcHJpb3JpdHlwcm9kdWN0\
SWRyZW1haW5pbmdCYWxhbmNlcmVtYWluaW5nQmFsYW5jZVBlcmNlbnRhZ2VyZXNldFBlcmlvZHJl\
c2V0UGVyaW9kQ29uZmlndXJhdGlvbnJlc291cmNlcmVzb3VyY2VJZHNwZW5kTGltaXRzdGFydERh\
dGVzdGF0dXNzdWJzY3JpcHRpb25VcGRhdGVVc2FnZVJlc2V0QmVoYXZpb3J0aHJlc2hvbGR0aHJl\
c2hvbGRQZXJjZW50YWdldG90YWxDb25zdW1lZHRvdGFsR3JhbnRlZHRvdGFsU3BlbnR0cmlhbEVu\
ZERhdGV0cmlnZ2VydW5pdHVuaXRMYWJlbHVuaXRzdXBkYXRlZEF0dXNhZ2VMaW1pdHVzYWdlUGVy\
aW9kQW5jaG9ydXNhZ2VQZXJpb2RFbmR1c2FnZVBlcmlvZFN0YXJ0dXNhZ2VVc2VkUGVyY2VudGFn\
ZXZlbmRvcklkZW50aWZpZXIAuDUQAAkAAADBNRAAEwAAANQ1EAAFAAAA2TUQAAYAAADfNRAABgAA\
AOU1EAAPAAAA9DUQABUAAAAJNhAADwAAABg2EAAJAAAAITYQAA0AAAAuNhAAEAAAAD42EAAJAAAA\
RzYQAAgAAABPNhAADgAAAF02EAASAAAAbzYQAAQAAABzNhAACgAAAH02EAAJAAAAhjYQAA4AAACU\
NhAABQAAAJk2EAATAAAArDYQAAoAAAC2NhAADAAAAMI2EAANAAAAzzYQAA4AAADdNhAAFgAAAPM2\
EAAYAAAACzcQABcAAAAiNxAAGQAAADs3EAANAAAASDcQAAwAAABUNxAAFgAAAGo3EAAMAAAAPBQQ\
AAgAAAD/ExAACgAAAHY3EAALAAAAgTcQAA0AAACONxAACwAAAJk3EAALAAAApDcQAAUAAACpNxAA\
BwAAALgiEAAMAAAAsDcQABUAAAAGIxAABgAAAMU3EAAIAAAAzTcQAAoAAADXNxAADAAAAOM3EAAN\
AAAAERIQAAUAAADwNxAABwAAAPc3EAAVAAAADDgQAA4AAAAaOBAACAAAAPcjEAAHAAAAIjgQAAsA\
AAAtOBAACAAAADU4EAAFAAAAOjgQAAcAAABBOBAACQAAAEo4EAAMAAAAVjgQABEAAAD9ExAAAgAA\
AEQUEAAFAAAAZzgQABAAAAB3OBAACwAAAII4EAAJAAAAizgQAAgAAACTOBAACwAAAJ44EAATAAAA\
sTgQAAkAAAC6OBAACQAAAMM4EAANAAAA5BMQAAkAAADQOBAACAAAANg4EAAJAAAAFBsQAAQAAADh\
OBAAEgAAAPM4EAATAAAABjkQABEAAAAXORAADgAAACU5EAAGAAAATCUQAAQAAAArORAABgAAADE5\
EAAIAAAAOTkQAAkAAADQHBAABgAAAEI5EAAQAAAAUjkQABoAAABsORAACwAAAHc5EAAYAAAAjzkQ\
AAgAAACXORAACgAAAKE5EAAKAAAAqzkQAAkAAAC0ORAABgAAABwnEAAMAAAAujkQACQAAADeORAA\
CQAAAOc5EAATAAAA9BMQAAkAAAD6ORAADQAAAAc6EAAMAAAAEzoQAAoAAADtExAABwAAAB06EAAM\
AAAAKToQAAcAAADgExAABAAAADA6EAAEAAAANDoQAAkAAAA9OhAABQAAAEI6EAAJAAAASzoQAAoA\
AABVOhAAEQAAAGY6EAAOAAAAdDoQABAAAACEOhAAEwAAAJc6EAAQAAAAFR0QAAcAAACrORAACQAA\
AHRyaWFsX3N0YXJ0X2RhdGUdOhAADAAAAHRyaWFsX2VuZF9kYXRldHJpYWxfcGxhbl9uYW1lAAAA\
FBsQAAQAAABhY2NvdW50X25hbWWpNxAABwAAAGFuYWN1c3RvbWVyLmlkaW5wdXQuY3VzdG9tZXJJ\
ZGlkIHdoZW4gZW50aXR5VHlwZSBpcyAiQ1VTVE9NRVIiAAAUGxAABAAAAKQ3EAAFAAAAGDYQAAkA\
AACUNhAABQAAANA4EAAIAAAAfTYQAAkAAABzdWJzY3JpcHRpb25TdGF0dXMAALQ5EAAGAAAAITYQ\
AA0AAAAkPxAAEgAAADg/EAABAAAAITYQAA0AAABAPxAAAQAAAB06EAAMAAAAcD4QAAEAAABzdGln\
Z1VwZGF0ZWRBdAABAgMEAOATEAAEAAAA5BMQAAkAAAD0ExAACQAAAP0TEAACAAAAPBQQAAgAAAD9\
ExAAAgAAAP8TEAAKAAAARBQQAAUAAAD/ExAACgAAAM03EAAKAEHs/8AAC7sBTCUQAAQAAAAUGxAA\
BAAAAEwlEAAEAAAAjjcQAAsAAABMJRAABAAAAP0TEAACAAAAcGxhbklkAAAcQBAABgAAAOw/EAAC\
AAAA/D8QAAIAAAAMQBAAAgAAACRAEAABAAAALCAAANULEAAQAAAAMwAAABgAAAA8FBAACAAAADwU\
EAAIAAAApyEQAAkAAAClIRAAAgAAAAEBAAAcJxAADAAAABwnEAAMAAAAKCcQAA0AAADpEhAAAQAA\
AAABAQBBsIHBAAsVZyIQAAsAAAByIhAADAAAAOkSEAABAEHUgcEACzm4IhAADAAAAMQiEAANAAAA\
6RIQAAEAAAAAAAAAFiYQABcAAAAtJhAAFwAAAEQmEAAXAAAA6RIQAAEAQZyCwQALFQMlEAALAAAA\
DiUQAAwAAADpEhAAAQBBwILBAAs58R4QAA4AAAD/HhAADwAAAO8eEAACAAAAAAAAAF4fEAAMAAAA\
ah8QAAwAAAB2HxAADQAAAIMfEAACAEGIg8EACxW9IBAABwAAAMQgEAAIAAAA5BQQAAEAQayDwQAL\
WQoeEAASAAAAHB4QABMAAADkFBAAAQAAAAAAAABzKRAADQAAAIApEAAEAAAAhCkQAAUAAAByKRAA\
AQAAAAAAAABMJRAABAAAAEwlEAAEAAAAUCUQAAUAAAABAEGQhMEACxmSHRAABQAAAJcdEAAGAAAA\
nR0QAAYAAAABAEG0hMEACxn3IxAABwAAAPcjEAAHAAAA/iMQAAgAAAABAEHYhMEACxlgJBAADQAA\
AG0kEAANAAAAeiQQAA4AAAABAEH8hMEACxmjJRAABwAAAKMlEAAHAAAAqiUQAAgAAAABAEGghcEA\
CxmJHhAABgAAAIkeEAAGAAAAjx4QAAcAAAABAEHEhcEACxkRIBAACwAAABwgEAALAAAAJyAQAAwA\
AAABAEHohcEACxmgIxAACwAAAKsjEAALAAAAtiMQAAwAAAABAEGMhsEAC3kGIxAABgAAAAYjEAAG\
AAAADCMQAAcAAADpEhAAAQAAAAAAAAABAgNpcyAiZHJvcCJpcyAiZXJyb3IiAAAUGxAABAAAAKQ3\
EAAFAAAAGDYQAAkAAACUNhAABQAAANA4EAAIAAAAAAAAAGgAAAAEAAAALwAAADAAAAAxAEGQh8EA\
C5kGAQAAADIAAAAAAAAAAQAAAAIAAAADAAAABAAAAAUAAAAGAAAAAAAAAAEAAAACAAAAAwAAAAQA\
AAAFAAAABgAAAAcAAAAqCBAADQAAADAAAAAMAAAAWQcQAA0AAAAuAAAAHgAAANQbEAAVAAAAd2Vi\
aG9va1NlY3JldAAAAPxDEAANAAAAdGhlIGJvZHkgaGFzIG5vICJ0eXBlIiBmaWVsZDsgZXZlcnkg\
U3RpZ2cgd2ViaG9vayBuYW1lcyBpdHMgdHlwZSwgc3VjaCBhcyAic3Vic2NyaXB0aW9uLmNyZWF0\
ZWQidGhlICJ0eXBlIiBmaWVsZCBpcyBlbXB0eTAAAAAAAAABAAAAAAAAAPxDEAANAAAABAAAAAAA\
AABhIG5vbi1BU0NJSSBjaGFyYWN0ZXJhIGNvbnRyb2wgY2hhcmFjdGVyZwcQAA8AAACwAQAADQAA\
AGcHEAAPAAAAqwEAACgAAABnBxAADwAAAKwBAAA3AAAAZwcQAA8AAACsAQAATwAAAGcHEAAPAAAA\
rAEAABQAAABldmVudE5hbWVTdHlsZXNuYWtlX2Nhc2VPYmplY3QgQWN0aW9ub3JpZ2luYWxTZWdt\
ZW50IFNwZWMAAAAyRRAACgAAADxFEAANAAAASUUQAAgAAABRRRAADAAAAGV2ZW50QWxsb3dsaXN0\
ZXZlbnREZW55bGlzdHJlZGFjdFByb3BlcnRpZXNpZGVudGlmeUN1c3RvbWVyc3RyaW28RRAABAAA\
ABESEAAFAAAAbWVzc2FnZUlkTmFtZXNwYWNlZ3JvdXBDYWxsc3BsYW5UcmFpdHN3YXJlaG91c2VT\
YWZlUHJvcGVydGllcwAAAPxDEAANAAAAJEUQAA4AAAD8ERAAEQAAAIBFEAAOAAAAjkUQAA0AAACb\
RRAAEAAAAKtFEAARAAAAYxMQAA8AAADQRRAAEgAAAOJFEAAKAAAA7EUQAAoAAAD2RRAAFwAAAAAA\
AAAyRRAACgAAACRFEAAOAAAAYEUQAAQAAAAAAAAADRIQAAQAAAD8ERAAEQAAACASEAADAAAAAgBB\
tI3BAAsRgEUQAA4AAAAEAAAAAAAAAAIAQdCNwQALEY5FEAANAAAABAAAAAAAAAACAEHsjcEACxKb\
RRAAEAAAAAQAAAAAAAAAAQEAQYiOwQALCatFEAARAAAABABBnI7BAAs1vEUQAAQAAABjExAADwAA\
AMBFEAACAAAAAAAAAAEAAAAAAAAA0EUQABIAAAAEAAAAAAAAAAEAQdyOwQALEeJFEAAKAAAABAAA\
AAAAAAABAEH4jsEACxHsRRAACgAAAAQAAAAAAAAAAQBBlI/BAAu5EPZFEAAXAAAABAAAAAAAAAB0\
cnVlIG9yIGZhbHNlYW4gYXJyYXkgb2Ygc3RyaW5nc2QAAACaCBAAEAAAACgAAAA1AAAAYW5vbnlt\
b3VzX2lkbG9hZGVkX2F0b3JpZ2luYWxfdGltZXN0YW1wcmVjZWl2ZWRfYXRzZW50X2F0dXNlcl9p\
ZHV1aWR1dWlkX3RzANhHEAAMAAAA/RMQAAIAAADkRxAACQAAAO1HEAASAAAA/0cQAAsAAAAKSBAA\
BwAAAPQTEAAJAAAAEUgQAAcAAAAYSBAABAAAABxIEAAHAAAAlQoQABAAAABRAAAAEgAAAJUKEAAQ\
AAAAVQAAABcAAABldmVudF90ZXh0AADWHBAABQAAAJRIEAAKAAAAZ3JvdXBfaWSwSBAACAAAAAMd\
EAAHAAAAY29udGV4dF/QOBAACAAAADwUEAAIAAAA0DgQAAgAAABMJRAABAAAANA4EAAIAAAA0EgQ\
AAEAAADYSBAAAgAAAOhIEAACAAAAQXR0ZW1wdGVkIHRvIGluaXRpYWxpemUgdGhyZWFkLWxvY2Fs\
IHdoaWxlIGl0IGlzIGJlaW5nIGRyb3BwZWQAAIIHEABeAAAAawAAAA0AAAAYCRAATwAAAN8BAAAZ\
AAAAbWlkID4gbGVuAAAA5gsQAE0AAACCCgAAJQAAAOYLEABNAAAA8gMAABwAAADmCxAATQAAAPMD\
AAAcAAAA5gsQAE0AAAD3AwAAIAAAAOYLEABNAAAA9wMAACsAAAA1ChAAXwAAAMYAAAAnAAAAhwYQ\
AGAAAACgAQAALgAAAGFzc2VydGlvbiBmYWlsZWQ6IGlkeCA8IENBUEFDSVRZeQsQAFsAAACeAgAA\
CQAAAGFzc2VydGlvbiBmYWlsZWQ6IGVkZ2UuaGVpZ2h0ID09IHNlbGYuaGVpZ2h0IC0gMXkLEABb\
AAAAtgIAAAkAAAB5CxAAWwAAALoCAAAJAAAAeQsQAFsAAADwAAAATQAAAGFzc2VydGlvbiBmYWls\
ZWQ6IHNyYy5sZW4oKSA9PSBkc3QubGVuKCl5CxAAWwAAAFQHAAAFAAAAeQsQAFsAAADQBAAAIwAA\
AHkLEABbAAAAEwUAACQAAABhc3NlcnRpb24gZmFpbGVkOiBlZGdlLmhlaWdodCA9PSBzZWxmLm5v\
ZGUuaGVpZ2h0IC0gMQAAAHkLEABbAAAAAwQAAAkAAAA1ChAAXwAAAFgCAAAwAAAA4QcQAEgAAACx\
AAAAFgAAAGF0dGVtcHQgdG8gam9pbiBpbnRvIGNvbGxlY3Rpb24gd2l0aCBsZW4gPiB1c2l6ZTo6\
TUFYAAAA4QcQAEgAAACaAAAACgAAAIUMEABMAAAArw8AAA0AAADACRAAUAAAAEIAAAATAAAAAAAA\
AGfmCWqFrme7cvNuPDr1T6V/Ug5RjGgFm6vZgx8ZzeBbIjoAAAQAAAAJAAAACAAAAAgAAAAIAAAA\
CQAAAIAXEAAkGBAALRgQADUYEAA9GBAARRgQAAUAAAAHAAAABAAAAAYAAAAEAAAABQAAAAYAAAAL\
AAAABwAAAAoAAAAGAAAACQAAAAkAAAAHAAAACwAAAAQAAAAHAAAABQAAAAcAAAAFAAAACAAAAAUA\
AAAFAAAABQAAAAQAAAALAAAACAAAAMAcEADFHBAAzBwQANAcEADgExAA1hwQANscEADhHBAA7BwQ\
APMcEAD9HBAA5BMQAPQTEAADHRAACh0QABQbEAAVHRAAHB0QACEdEAAoHRAALR0QADUdEAAcHRAA\
Oh0QANgVEAA/HRAASh0QALQ+EAC2PhAAtD4QALY+EAC0PhAAtj4QALY+EAC0PhAAtj4QALY+EAC0\
PhAAAgAAAAEAAAACAAAAAQAAAAIAAAABAAAAAQAAAAIAAAABAAAAAQAAAAIAAAACAAAACwAAAAoA\
AAAQAAAAIAAAAP0TEAC3PhAA/xMQAMI+EADSPhAAAwAAAAQAAAAFAAAABgAAAAMAAAABAAAAAQAA\
AAEAAAABAAAAAgAAAAEAAAACAAAAAQAAAIw/EACUPxAAnD8QAKQ/EACsPxAAvD8QAMQ/EADUPxAA\
EwAAAA8AAAARAAAAUh0QAGUdEAB0HRAAY2xvc3VyZSBpbnZva2VkIHJlY3Vyc2l2ZWx5IG9yIGFm\
dGVyIGJlaW5nIGRyb3BwZWQAAG0NEABOAAAA+TsAAAEAAABfAAAAYAAAAGEAAABiAAAAaAkQAFcA\
AADIAAAALAAAAGgJEABXAAAAuwAAACAAAABUcmllZCB0byBzaHJpbmsgdG8gYSBsYXJnZXIgY2Fw\
YWNpdHk0DBAAUAAAACwDAAAJAAAAOAgQAE4AAABxBwAAEQAAAGcAAAAMAAAABAAAAGgAAABpAAAA\
agAAAAAAAAAIAAAABAAAAGsAAABsAAAAbQAAAG4AAABvAAAAEAAAAAQAAABwAAAAcQAAAHIAAABz\
AAAAbV3L1ixQ62N4QaZXcRuLuRWiXFU0VQfUU3itgVHwo/dhc3NlcnRpb24gZmFpbGVkOiBwc2l6\
ZSA+PSBzaXplICsgbWluX292ZXJoZWFkAABCDRAAKgAAALEEAAAJAAAAYXNzZXJ0aW9uIGZhaWxl\
ZDogcHNpemUgPD0gc2l6ZSArIG1heF9vdmVyaGVhZAAAQg0QACoAAAC3BAAADQAAAAAAAAAIAAAA\
BAAAAHQAAABBY2Nlc3NFcnJvcgBnAAAADAAAAAQAAAB1AAAA77+9Y2FwYWNpdHkgb3ZlcmZsb3c0\
DBAAUAAAABwAAAAFAAAAdgAAAAwAAAAEAAAAdwAAAHgAAAB5AEHYn8EAC4ABAQAAAHoAAABhIGZv\
cm1hdHRpbmcgdHJhaXQgaW1wbGVtZW50YXRpb24gcmV0dXJuZWQgYW4gZXJyb3Igd2hlbiB0aGUg\
dW5kZXJseWluZyBzdHJlYW0gZGlkIG5vdAAABQcQAEgAAACPAgAADgAAAEVycm9yAgICAgICAgIC\
AgIAQfWgwQALCAICAAAAAAACAEGsocEACwECAEHSocEACwEBAEHtocEACwEBAEHOosEAC6QJcAAH\
AC0BAQECAQIBAUgLMBUQAWUHAgYCAgEEIwEeG1sLOgkJARgEAQkBAwEFKwM7CSoYASA3AQEBBAgE\
AQMHCgIdAToBAQECBAgBCQEKAhoBAgI5AQQCBAICAwMBHgIDAQsCOQEEBQECBAEUAhYGAQE6AQEC\
AQQIAQcDCgIeATsBAQEMAQkBKAEDATcBAQMFAwEEBwILAh0BOgECAgEBAwMBBAcCCwIcAjkCAQEC\
BAgBCQEKAh0BSAEEAQIDAQEIAVEBAgcMCGIBAgkLB0kCGwEBAQEBNw4BBQECBQsBJAkBZgQBBgEC\
AgIZAgQDEAQNAQICBgEPAQADAAQcAx0CHgJAAgEHCAECCwkBLQMBAXUCIgF2AwQCCQEGA9sCAgE6\
AQEHAQEBAQIIBgoCATAuAgwUBDAKBAMmCQwCIAQCBjgBAQIDAQEFOAgCApgDAQ0BBwQBBgEDAsZA\
AAHDIQADjQFgIAAGaQIABAEKIAJQAgABAwEEARkCBQGXAhoSDQEmCBkLAQEsAzABAgQCAgIBJAFD\
BgICAgIMAQgBLwEzAQEDAgIFAgEBKgIIAe4BAgEEAQABABAQEAACAAHiAZUFAAMBAgUEKAMEAaUC\
AARBBQACTQZGCzEEewE2DykBAgIKAzEEAgIHAT0DJAUBCD4BDAI0CQEBCAQCAV8DAgQGAQIBnQED\
CBUCOQIBAQEBDAEJAQ4HAwVDAQIGAQECAQEDBAMBAQ4CVQgCAwEBFwFRAQIGAQECAQECAQLrAQIE\
BgIBAhsCVQgCAQECagEBAQIIZQEBAQIEAQUACQEC9QEKBAQBkAQCAgQBIAooBgIECAEJBgIDLg0B\
AsYBAQMBAckHAQYBAVIWAgcBAgECegYDAQECAQcBAUgCAwEBAQACCwI0BQUDFwEAAQYPAAwDAwAF\
OwcAAT8EUQELAgACAC4CFwAFAwYICAIHHgSUAwA3BDIIAQ4BFgUBDwAHARECBwECAQVkAaAHAAE9\
BAAE/gLzAQIBBwIFAQAHbQcAYIDwADAxMjM0NTY3ODlhYmNkZWYAAAAABAAAAAQAAACCAAAAfSB9\
Wy4uLl1jYWxsZWQgYE9wdGlvbjo6dW53cmFwKClgIG9uIGEgYE5vbmVgIHZhbHVlPT0hPW1hdGNo\
ZXMwMDAxMDIwMzA0MDUwNjA3MDgwOTEwMTExMjEzMTQxNTE2MTcxODE5MjAyMTIyMjMyNDI1MjYy\
NzI4MjkzMDMxMzIzMzM0MzUzNjM3MzgzOTQwNDE0MjQzNDQ0NTQ2NDc0ODQ5NTA1MTUyNTM1NDU1\
NTY1NzU4NTk2MDYxNjI2MzY0NjU2NjY3Njg2OTcwNzE3MjczNzQ3NTc2Nzc3ODc5ODA4MTgyODM4\
NDg1ODY4Nzg4ODk5MDkxOTI5Mzk0OTU5Njk3OTg5OQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\
AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\
AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEG0rMEACzMCAgIC\
AgICAgICAgICAgICAgICAgICAgICAgICAgIDAwMDAwMDAwMDAwMDAwMDBAQEBAQAQfOswQAL1g0G\
AQEDAQQCBQcHAggICQIKBQsCDgQQARECEgUTHBQBFQIXAhkNHAUdCB8BJAFqBGsCbgKvA7ECvALP\
AtEC1AzVCdYC1wLaAeAF4QLmAecE6ALuIPAE+AL6BfsBDCc7Pk5Pj56en3uLk5aisrqGsQYHCTY9\
Plbz0NEEFBg2N1ZXf6qur7014BKHiY6eBA0OERIpMTQ6RUZJSk5PZGWKjI2PtsHDxMbL1ly2txsc\
BwgKCxQXNjk6qKnY2Qk3kJGoBwo7PmZpj5IRb1+/7u9aYrm69Pz/U1Samy4vJyhVnaCho6SnqK26\
vMQGCwwVHTo/RVGmp8zNoAcZGiIlPj/f5+zv/8XGBCAjJSYoMzg6SEpMUFNVVlhaXF5gY2Vma3N4\
fX+KpKqvsMDQrq9ub8fd3pNeInsFAwQtA2YDAS8ugIIdAzEPHAQkCR4FKwVEBA4qgKoGJAQkBCgI\
NAtOAzQMgTcJFgoIGDtFOQNjCAkwFgUhAxsFGyY4BEsFLwQKBwkHQCAnBAwJNgM6BRoHBAwHUEk3\
Mw0zBy4ICgYmAx0IAoDQUhAGCAkhLggqFhomHBQXCU4EJAlEDRkHCgZICCcJdQtCPioGOwUKBlEG\
AQUQAwULWQgCHWIeSAgKgKZeIkULCgYNEzoGCgYUHCwEF4C5PGRTDEgJCkZFG0gIUw1JBwpWCFgi\
DgoGRgodA0dJNwMOCAoGOQcKBiwECoD2GQc7Ax1VAQ8yDYObZnULgMSKTGMNhDAQFgqPmwWCR5q5\
OobGgjkHKgRcBiYKRgooBROBsDqAxlsFNCxLBDkHEUAFCwcJnNYpIGFzof2BMw8BHQYOBAiBjIkE\
awUNAwkHEI9ggP0DgbQGFw8RD0cJdDyA9gpzCHAVRnoUDBQMVwkZgIeBRwOFQg8VhFAfBgaA1SsF\
PiEBcC0DGgQCgUAfEToFAYHQKoDWKwQBgMA2CAKA4ID3KUwECgQCgxFETD2AwjwGAQRVBRs0AoEO\
LARkDFYKgK44HQ0sBAkHAg4GgJqD2QMRAw0DgNoGDAQBDwwEOAgKBigILAQCDgkngVgIHQMLAzsE\
HgQKB4D7hAUAAQMFBQYGAgcGCAcJEQocCxkMGQ0QDgwPBBADEhITCRYBFwQYARkDGgkbARwCHxYg\
AysCLQsuATAEMQIyAakCqgSrCPoC+wX+A/8JrXh5i42iMFdYi4yQHN0OD0tM+/wuLz9cXV/ihI2O\
kZKpsbq7xcbJyt7k5f8ABBESKTE0Nzo7PUlKXYSOkqmxtLq7xsrOz+TlAAQNDhESKTE0OjtFRklK\
XmRlhJGbncnOzw0RKTo7RUlXW15fZGWNkam0urvFyd/k5fANEUVJZGWAhLK8vr/V1/Dxg4WLpKa+\
v8XHz9rbSJi9zcbOz0lOT1dZXl+Jjo+xtre/wcbH1xEWF1tc9vf+/4Btcd7fDh9ubxwdX31+rq/e\
3027vBYXHh9GR05PWFpcXn5/tcXU1dzw8fVyc490dSYuL6evt7/Hz9ffmgBAl5gwjx/O/05PWlsH\
CA8QJy/u725vNz0/QkVTZ3XIydDR2Nnn/v8AIF8igt8EgkQIGwQGEYGsDoCrBSAHgRwDGQgBBC8E\
NAQHAwEHBgcRClAPEgdVBwMEHAoJAwgDBwMCAwMDDAQFAwsGAQ4VBU4HGwdXBwIFGAxQBEMDLQMB\
BBEGDww6BB0lXyBtBGolgMgFgrADGgaC/QNZBxYJGAkUDBQMagYKBhoGWQcrBUYKLAQMBAEDMQss\
BBoGCwOArAYKBkwUgPQIPAMPAz4FOAgrBYL/ERgILxEtAyIOIQ+AjASCmhYLFYiUBS8FOwcCDhgJ\
gL4idAyA1hqBEAWA4QnyngM3CYFcFIC4CIDdFDwDCgY4CEYIDAZ0Cx4DWgRZCYCDGBwKFglMBICK\
BqukDBcEMaEEgdomBwwFBYKzICoGTASAjQSAvgMbAw8NAADEChAAVQAAAAoAAAArAAAAxAoQAFUA\
AAAaAAAANgAAAGF0dGVtcHQgdG8gZGl2aWRlIGJ5IHplcm8AAAAAAwAAgwQgAJEFYABdE6AAEhcg\
HwwgYB/vLGArKjDgK2+moCwCqCAtHvsgLgD+YDae/6A2/QEhNwEKYTckDSE4qw6hOS8YITrzHiFL\
QDShUx5h4VTwamFVT2/hVZ28YVYAz2FXZdGhVwDaIVgA4KFZruIhW+zk4VzQ6GFdIADuXvABf18u\
LjB4MDEyMzQ1Njc4OUFCQ0RFRlJlZkNlbGwgYWxyZWFkeSBtdXRhYmx5IGJvcnJvd2VkUmVmQ2Vs\
bCBhbHJlYWR5IGJvcnJvd2Vkn1QQAKFUEACjVBAAAgAAAAIAAAAHAEHTusEACwGAAEGgu8EACwFk\
AEGsu8EACwEEAJQBD3RhcmdldF9mZWF0dXJlcwgrD211dGFibGUtZ2xvYmFscysTbm9udHJhcHBp\
bmctZnB0b2ludCsLYnVsay1tZW1vcnkrCHNpZ24tZXh0Kw9yZWZlcmVuY2UtdHlwZXMrCm11bHRp\
dmFsdWUrD2J1bGstbWVtb3J5LW9wdCsWY2FsbC1pbmRpcmVjdC1vdmVybG9uZw==\
';
}
