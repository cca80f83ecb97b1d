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
//   136459 bytes, SHA-256 d36e4d2266afb1ac75971b7c201155045bff65777b5b5c07671059391645a237
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
AQEIAQAGAQEDAQcAAQAGAQABAQYAAwYDAwYHFAwABgEKBgMGBQgHAAAAAQAVAQABAQAICQcAAAEA\
AwQGBwEGAQgHAQEHBQEJAAMDARYGAAkAAAYEBAEGAAcXAAABGAABAAMAAQYAGRobAQAAAQECAQAA\
AAEJAAYCAAoCCAABBgAABAACAQIEAAcAAQEBBAYBAQAAARwdHgcBCAQCAAAEHyAhBgABCAAFAQIC\
BQIEAwYHBgUABwABCQQABQMBAAEDAAcJBwAAAQgAAgABAgUBCwUJAAYHAAUDAQMKAAABBAIBBggH\
BwACAyIFBQMEBAQLAgIDAAAAIwcFAAcDBAQEBAQEAgICAQECAyQNAgIDBAAEAgEAAAAAAgMCAwgA\
AQECAggAAAIBAgAABQMCAwABAwICAwMMDAEDAwMCAwIFAgICAQAABAYBAQcDAwEAAwQABQICAAIB\
AAMDAwQDAwEBBAQCAgUCAgICAgICAgEBAgICAgICAQICAgICBAUDAAAAAAMDAwQFAgICACUAAAIC\
BQUFBAsICAAGJgQLAnABgwGDAW8AhAgFAwEAEQYZA38BQYCAwAALfwBBgLvBAAt/AEHAu8EACwen\
Ag8GbWVtb3J5AgAJY29uZmlndXJlAK0CDGRlY2lkZUZpZWxkcwCuAglmaWVsZEFyZWEAmgINdHJh\
bnNmb3JtQm9keQCMAg9fX2Fib3J0X2hhbmRsZXIDARVfX2luc3RhbmNlX3Rlcm1pbmF0ZWQDAhRf\
X3diaW5kZ2VuX2V4bl9zdG9yZQDkAhdfX2V4dGVybnJlZl90YWJsZV9hbGxvYwBAFV9fd2JpbmRn\
ZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jANIBEl9fd2JpbmRnZW5fcmVhbGxvYwDr\
AQ9fX3diaW5kZ2VuX2ZyZWUA5QIZX19leHRlcm5yZWZfdGFibGVfZGVhbGxvYwCSARBfX3diaW5k\
Z2VuX3N0YXJ0AAYJ6QEBAEEBC4IBOfwC7gL2AmOeA2SyA8sBkgJekQKCArEDkQOzA/kCeSS0A5AC\
0QGQA7QDrAOqA6sDrQOYA3K1A80CmwPDAscBlwLqAokCnAOZA5oDnQPBAZgC6wLXAVO2A1a0A4gB\
B5MBwgHCAYgBiAFovQFovQFoaJ8BaGhoiAFraJ0BigFrnQHDAbgBnQHEAZ0BaIsBnQGMAWhruQHF\
AZ0BaGtrugFogQGZAooCpwKoAgi3A68DiwLPAqoBO4MD+wLhAfoCowPKAv0BUoIBsAPnAuYCzwKx\
ATyEA6UD7QLbAv0CIm6mA6cDRgwBcwq25wa0A9MlAgl/AX4jAEEQayIIJAACQAJAAkAgAEH1AU8E\
QCAAQcz/e0sEQEEAIQAMBAsgAEELaiIBQXhxIQVB/L7BACgCACIJRQ0CQR8hBiAAQfX//wdPDQEg\
BUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEGDAELAkACQAJAAkACQEH4vsEAKAIAIgRBECAAQQtq\
QfgDcSAAQQtJGyIFQQN2IgB2IgFBA3EEQCABQX9zQQFxIABqIgdBA3QiAUHwvMEAaiIAIAFB+LzB\
AGooAgAiAigCCCIDRg0BIAMgADYCDCAAIAM2AggMAgsgBUGAv8EAKAIATQ0GIAENAkH8vsEAKAIA\
IgBFDQYgAGhBAnRB4LvBAGooAgAiASgCBEF4cSAFayEDIAEhAgNAAkAgASgCECIADQAgASgCFCIA\
DQAgAigCGCEGAkACQCACIAIoAgwiAEYEQCACQRRBECACKAIUIgAbaigCACIBDQFBACEADAILIAIo\
AggiASAANgIMIAAgATYCCAwBCyACQRRqIAJBEGogABshBANAIAQhByABIgBBFGogAEEQaiAAKAIU\
IgEbIQQgAEEUQRAgARtqKAIAIgENAAsgB0EANgIACyAGRQ0GAkAgAigCHEECdEHgu8EAaiIBKAIA\
IAJHBEAgAiAGKAIQRwRAIAYgADYCFCAADQIMCQsgBiAANgIQIAANAQwICyABIAA2AgAgAEUNBgsg\
ACAGNgIYIAIoAhAiAQRAIAAgATYCECABIAA2AhgLIAIoAhQiAUUNBiAAIAE2AhQgASAANgIYDAYL\
IAAoAgRBeHEgBWsiASADIAEgA0kiARshAyAAIAIgARshAiAAIQEMAAsAC0H4vsEAIARBfiAHd3E2\
AgALIAJBCGohACACIAFBA3I2AgQgASACaiIBIAEoAgRBAXI2AgQMBQsCQEECIAB0IgJBACACa3Ig\
ASAAdHFoIgdBA3QiAUHwvMEAaiICIAFB+LzBAGooAgAiACgCCCIDRwRAIAMgAjYCDCACIAM2AggM\
AQtB+L7BACAEQX4gB3dxNgIACyAAIAVBA3I2AgQgACAFaiIGIAEgBWsiB0EBcjYCBCAAIAFqIAc2\
AgBBgL/BACgCACICBEBBiL/BACgCACEBAkBB+L7BACgCACIEQQEgAkEDdnQiA3FFBEBB+L7BACAD\
IARyNgIAIAJBeHFB8LzBAGoiAyEEDAELIAJBeHEiAkHwvMEAaiEEIAJB+LzBAGooAgAhAwsgBCAB\
NgIIIAMgATYCDCABIAQ2AgwgASADNgIICyAAQQhqIQBBiL/BACAGNgIAQYC/wQAgBzYCAAwEC0H8\
vsEAQfy+wQAoAgBBfiACKAIcd3E2AgALAkACQCADQRBPBEAgAiAFQQNyNgIEIAIgBWoiByADQQFy\
NgIEIAMgB2ogAzYCAEGAv8EAKAIAIgFFDQFBiL/BACgCACEAAkBB+L7BACgCACIEQQEgAUEDdnQi\
BnFFBEBB+L7BACAEIAZyNgIAIAFBeHFB8LzBAGoiBCEBDAELIAFBeHEiBEHwvMEAaiEBIARB+LzB\
AGooAgAhBAsgASAANgIIIAQgADYCDCAAIAE2AgwgACAENgIIDAELIAIgAyAFaiIAQQNyNgIEIAAg\
AmoiACAAKAIEQQFyNgIEDAELQYi/wQAgBzYCAEGAv8EAIAM2AgALIAJBCGoiAEUNAQwCC0EAIAVr\
IQMCQAJAAkAgBkECdEHgu8EAaigCACICRQRAQQAhAUEAIQAMAQtBACEBIAVBGSAGQQF2a0EAIAZB\
H0cbdCEEQQAhAANAAkAgAigCBEF4cSIHIAVJDQAgByAFayIHIANPDQAgAiEBIAciAw0AQQAhAyAB\
IQAMAwsgAigCFCIHIAAgByACIARBHXZBBHFqKAIQIgJHGyAAIAcbIQAgBEEBdCEEIAINAAsLIAAg\
AXJFBEBBACEBQQIgBnQiAEEAIABrciAJcSIARQ0DIABoQQJ0QeC7wQBqKAIAIQALIABFDQELA0Ag\
AyAAKAIEQXhxIgIgBWsiBCADIAMgBEsiBBsgAiAFSSICGyEDIAEgACABIAQbIAIbIQEgACgCECIC\
BH8gAgUgACgCFAsiAA0ACwsgAUUNACAFQYC/wQAoAgAiAE0gAyAAIAVrT3ENACABKAIYIQYCQAJA\
IAEgASgCDCIARgRAIAFBFEEQIAEoAhQiABtqKAIAIgINAUEAIQAMAgsgASgCCCICIAA2AgwgACAC\
NgIIDAELIAFBFGogAUEQaiAAGyEEA0AgBCEHIAIiAEEUaiAAQRBqIAAoAhQiAhshBCAAQRRBECAC\
G2ooAgAiAg0ACyAHQQA2AgALAkAgBkUNAAJAAkAgASgCHEECdEHgu8EAaiICKAIAIAFHBEAgASAG\
KAIQRwRAIAYgADYCFCAADQIMBAsgBiAANgIQIAANAQwDCyACIAA2AgAgAEUNAQsgACAGNgIYIAEo\
AhAiAgRAIAAgAjYCECACIAA2AhgLIAEoAhQiAkUNASAAIAI2AhQgAiAANgIYDAELQfy+wQBB/L7B\
ACgCAEF+IAEoAhx3cTYCAAsCQCADQRBPBEAgASAFQQNyNgIEIAEgBWoiACADQQFyNgIEIAAgA2og\
AzYCACADQYACTwRAIAAgAxA0DAILAkBB+L7BACgCACICQQEgA0EDdnQiBHFFBEBB+L7BACACIARy\
NgIAIANB+AFxQfC8wQBqIgMhAgwBCyADQfgBcSIEQfC8wQBqIQIgBEH4vMEAaigCACEDCyACIAA2\
AgggAyAANgIMIAAgAjYCDCAAIAM2AggMAQsgASADIAVqIgBBA3I2AgQgACABaiIAIAAoAgRBAXI2\
AgQLIAFBCGoiAA0BCwJAAkACQAJAAkAgBUGAv8EAKAIAIgFLBEAgBUGEv8EAKAIAIgBPBEAgCEEE\
aiEAAn8gBUGvgARqQYCAfHEiAUEQdiABQf//A3FBAEdqIgFAACIEQX9GBEBBACEBQQAMAQsgAUEQ\
dCICQRBrIAIgBEEQdCIBQQAgAmtGGwshAiAAQQA2AgggACACNgIEIAAgATYCACAIKAIEIgFFBEBB\
ACEADAgLIAgoAgwhB0GQv8EAIAgoAggiBEGQv8EAKAIAaiIANgIAQZS/wQAgAEGUv8EAKAIAIgIg\
ACACSxs2AgACQAJAQYy/wQAoAgAiAgRAQeC8wQAhAANAIAEgACgCACIDIAAoAgQiBmpGDQIgACgC\
CCIADQALDAILQZy/wQAoAgAiAEEAIAAgAU0bRQRAQZy/wQAgATYCAAtBoL/BAEH/HzYCAEHsvMEA\
IAc2AgBB5LzBACAENgIAQeC8wQAgATYCAEH8vMEAQfC8wQA2AgBBhL3BAEH4vMEANgIAQfi8wQBB\
8LzBADYCAEGMvcEAQYC9wQA2AgBBgL3BAEH4vMEANgIAQZS9wQBBiL3BADYCAEGIvcEAQYC9wQA2\
AgBBnL3BAEGQvcEANgIAQZC9wQBBiL3BADYCAEGkvcEAQZi9wQA2AgBBmL3BAEGQvcEANgIAQay9\
wQBBoL3BADYCAEGgvcEAQZi9wQA2AgBBtL3BAEGovcEANgIAQai9wQBBoL3BADYCAEG8vcEAQbC9\
wQA2AgBBsL3BAEGovcEANgIAQbi9wQBBsL3BADYCAEHEvcEAQbi9wQA2AgBBwL3BAEG4vcEANgIA\
Qcy9wQBBwL3BADYCAEHIvcEAQcC9wQA2AgBB1L3BAEHIvcEANgIAQdC9wQBByL3BADYCAEHcvcEA\
QdC9wQA2AgBB2L3BAEHQvcEANgIAQeS9wQBB2L3BADYCAEHgvcEAQdi9wQA2AgBB7L3BAEHgvcEA\
NgIAQei9wQBB4L3BADYCAEH0vcEAQei9wQA2AgBB8L3BAEHovcEANgIAQfy9wQBB8L3BADYCAEGE\
vsEAQfi9wQA2AgBB+L3BAEHwvcEANgIAQYy+wQBBgL7BADYCAEGAvsEAQfi9wQA2AgBBlL7BAEGI\
vsEANgIAQYi+wQBBgL7BADYCAEGcvsEAQZC+wQA2AgBBkL7BAEGIvsEANgIAQaS+wQBBmL7BADYC\
AEGYvsEAQZC+wQA2AgBBrL7BAEGgvsEANgIAQaC+wQBBmL7BADYCAEG0vsEAQai+wQA2AgBBqL7B\
AEGgvsEANgIAQby+wQBBsL7BADYCAEGwvsEAQai+wQA2AgBBxL7BAEG4vsEANgIAQbi+wQBBsL7B\
ADYCAEHMvsEAQcC+wQA2AgBBwL7BAEG4vsEANgIAQdS+wQBByL7BADYCAEHIvsEAQcC+wQA2AgBB\
3L7BAEHQvsEANgIAQdC+wQBByL7BADYCAEHkvsEAQdi+wQA2AgBB2L7BAEHQvsEANgIAQey+wQBB\
4L7BADYCAEHgvsEAQdi+wQA2AgBB9L7BAEHovsEANgIAQei+wQBB4L7BADYCAEGMv8EAIAFBD2pB\
eHEiAEEIayICNgIAQfC+wQBB6L7BADYCAEGEv8EAIARBKGsiBCABIABrakEIaiIANgIAIAIgAEEB\
cjYCBCABIARqQSg2AgRBmL/BAEGAgIABNgIADAgLIAIgA0kgASACTXINACAAKAIMIgNBAXENACAD\
QQF2IAdGDQMLQZy/wQBBnL/BACgCACIAIAEgACABSRs2AgAgASAEaiEDQeC8wQAhAAJAAkADQCAD\
IAAoAgAiBkcEQCAAKAIIIgANAQwCCwsgACgCDCIDQQFxDQAgA0EBdiAHRg0BC0HgvMEAIQADQAJA\
IAIgACgCACIDTwRAIAIgAyAAKAIEaiIGSQ0BCyAAKAIIIQAMAQsLQYy/wQAgAUEPakF4cSIAQQhr\
IgM2AgBBhL/BACAEQShrIgkgASAAa2pBCGoiADYCACADIABBAXI2AgQgASAJakEoNgIEQZi/wQBB\
gICAATYCACACIAZBIGtBeHFBCGsiACAAIAJBEGpJGyIDQRs2AgRB4LzBACkCACEKIANBEGpB6LzB\
ACkCADcCACADQQhqIgAgCjcCAEHsvMEAIAc2AgBB5LzBACAENgIAQeC8wQAgATYCAEHovMEAIAA2\
AgAgA0EcaiEAA0AgAEEHNgIAIABBBGoiACAGSQ0ACyACIANGDQcgAyADKAIEQX5xNgIEIAIgAyAC\
ayIAQQFyNgIEIAMgADYCACAAQYACTwRAIAIgABA0DAgLAkBB+L7BACgCACIBQQEgAEEDdnQiBHFF\
BEBB+L7BACABIARyNgIAIABB+AFxQfC8wQBqIgAhAQwBCyAAQfgBcSIAQfC8wQBqIQEgAEH4vMEA\
aigCACEACyABIAI2AgggACACNgIMIAIgATYCDCACIAA2AggMBwsgACABNgIAIAAgACgCBCAEajYC\
BCABQQ9qQXhxQQhrIgQgBUEDcjYCBCAGQQ9qQXhxQQhrIgMgBCAFaiIAayEFIANBjL/BACgCAEYN\
AyADQYi/wQAoAgBGDQQgAygCBCICQQNxQQFGBEAgAyACQXhxIgEQLyABIAVqIQUgASADaiIDKAIE\
IQILIAMgAkF+cTYCBCAAIAVBAXI2AgQgACAFaiAFNgIAIAVBgAJPBEAgACAFEDQMBgsCQEH4vsEA\
KAIAIgFBASAFQQN2dCICcUUEQEH4vsEAIAEgAnI2AgAgBUH4AXFB8LzBAGoiBSEDDAELIAVB+AFx\
IgFB8LzBAGohAyABQfi8wQBqKAIAIQULIAMgADYCCCAFIAA2AgwgACADNgIMIAAgBTYCCAwFC0GE\
v8EAIAAgBWsiATYCAEGMv8EAQYy/wQAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQg\
AEEIaiEADAYLQYi/wQAoAgAhAAJAIAEgBWsiAkEPTQRAQYi/wQBBADYCAEGAv8EAQQA2AgAgACAB\
QQNyNgIEIAAgAWoiASABKAIEQQFyNgIEDAELQYC/wQAgAjYCAEGIv8EAIAAgBWoiBDYCACAEIAJB\
AXI2AgQgACABaiACNgIAIAAgBUEDcjYCBAsgAEEIaiEADAULIAAgBCAGajYCBEGMv8EAQYy/wQAo\
AgAiAEEPakF4cSIBQQhrIgI2AgBBhL/BAEGEv8EAKAIAIARqIgQgACABa2pBCGoiATYCACACIAFB\
AXI2AgQgACAEakEoNgIEQZi/wQBBgICAATYCAAwDC0GMv8EAIAA2AgBBhL/BAEGEv8EAKAIAIAVq\
IgE2AgAgACABQQFyNgIEDAELQYi/wQAgADYCAEGAv8EAQYC/wQAoAgAgBWoiATYCACAAIAFBAXI2\
AgQgACABaiABNgIACyAEQQhqIQAMAQtBACEAQYS/wQAoAgAiASAFTQ0AQYS/wQAgASAFayIBNgIA\
QYy/wQBBjL/BACgCACIAIAVqIgI2AgAgAiABQQFyNgIEIAAgBUEDcjYCBCAAQQhqIQALIAhBEGok\
ACAAC+8dAh1/An4jAEHgA2siAyQAIANBDGpBAEHAAPwLACABIAJBBnRqIRggACgCHCEPIAAoAhgh\
ECAAKAIUIREgACgCECESIAAoAgwhEyAAKAIIIRQgACgCBCEVIAAoAgAhFgNAIAEgGEcEQCADQoCA\
gIDAADcCWCADIAE2AkwgA0HAADYCUCADIAFBQGsiGTYCVCADQcwAaiICKAIQIgdFBEBByJzBABCG\
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
IAMgBUEMaiIINgIMIAMgBUEIaigCADYCCCADIAVBBGooAgAiBTYCBCADQQRqQfCLwQBBDBClAQRA\
IAhBEGohBQwCBSAGIAMpAgg3AgQgBiAFNgIADAMLAAsLIAZBADYCAAsgA0EQaiQAAkAgAigCICII\
BEAgAiACKAIkIgo2AiwgAiAINgIoIAJB0IzBADYCJCACQfiLwQA2AiAgCCAKQdyHwQBBDRAmIQEg\
AkENNgK0AiACQdyHwQA2ArACIAIgATYCrAIgBigCACEHIAYoAgQhASAGKAIIIQ0gBigCDCEOIwBB\
IGsiBSQAIAEgB0cEQCABIAdrQQN2IQsgBUEUaiEBA0AgBSAEKAIINgIQIAUgBCkCADcDCCANIA4g\
BygCACIDIAdBBGooAgAiCRAmIQwgBSAJNgIcIAUgAzYCGCAFIAw2AhQgBCAFQQhqIgMgAQJ/IAMo\
AgAiCSABKAIAIgxHBEAgCSAMSyAJIAxJawwBCyADQQRqIAFBBGoQ1wILwEEATBsiAygCCDYCCCAE\
IAMpAgA3AgAgB0EIaiEHIAtBAWsiCw0ACwsgAkHwAWoiASAEKAIINgIIIAEgBCkCADcCACAFQSBq\
JAACQAJAIAIoAvQBIgNFDQAgAigC8AEgAigC+AEiBUEBdksNACAGIAMgBRBnIAJBAzYCsAIgAiAG\
NgKsAiABQc2ewAAgBBCqAgwBCyACQSBqIgZB8IvBAEEMEBEgAkEDNgKwAiACIAY2AqwCIAJB8AFq\
QY6IwAAgAkGsAmoQqgILIAYQigMgAkGsAmoiASAIIAoQZyACQQM2AiwgAkEDNgIkIAIgAkHwAWoi\
AzYCKCACIAE2AiAgAkGUAmpBrojAACACQSBqEKoCIAEQigMgAxCKAyAAQoCAgIAINwIAIAAgAikC\
jAI3AgggACACKQKUAjcCECAAIAIoApwCNgIYIABBAToAHAwBCyACQSBqIAFB8IjBABCHASACIAIp\
AiQ3A/ABIAIgAigCLDYC+AECQAJAIAIoAiAiBUECRwRAIAIgAigCODYCxAIgAiACKQIwNwK8AiAC\
IAIpA/ABNwKwAiACIAIoAvgBNgK4AgwBCyACIAIpA/ABNwPQAiACIAIoAvgBIgM2AtgCIAJBGGog\
AigC1AIgAxBOIAIgAigCGCIDIAIoAhwiBmo2AuwCIAIgAzYC6AIDQCACQegCahD0ASIEQSBrQd8A\
SQ0ACyAEQYCAxABGDQEgAkETQRUgBEGAAUkiARs2AvgCIAJBoYnBAEGMicEAIAEbNgL0AiACQQI2\
AjQgAkHUh8EANgIwIAJBAjYCLCACQQI2AiQgAkHsh8EANgIgIAIgAkH0Amo2AiggAkH4AWpB0ZzA\
ACACQSBqEKoCIAJBAToAxAIgAiACKQLwATcCsAIgAiACKQL4ATcCuAIgAiACKAKAAjYCwAIgAkHQ\
AmoQigNBACEFCyAAIAIpArwCNwIUIAAgAigCxAI2AhwgAiACKQKwAiIPNwOAAyACIAIoArgCIgE2\
AogDIAAgATYCECAAIA83AgggACAFNgIEIABBgICAgHg2AgAMAQsgAkGwAmogAyAGEJcBIAJB0AJq\
EIoDIAIgAigCuAIiAzYCiAMgAiACKQKwAiIPNwOAAyACIAM2AmggAiAPNwNgIAJBrAJqIAFB0IzB\
ABAqIAIoArQCIQMgAigCsAIhBCACKAKsAiIGQQJHBEAgACACKQLAAjcCGCAAIAIpArgCNwIQIAAg\
AzYCDCAAIAQ2AgggACAGNgIEIABBgICAgHg2AgAgAkHgAGoQigMMAQsCf0EBIAQgA0GcisEAQQ0Q\
vwINABpBAiAEIANBqYrBAEEIEL8CDQAaQQNBACAEIANBsYrBAEEMEL8CGwshCiACQawCaiABQeyM\
wQAQKiACKAK0AiEDIAIoArACIQQgAigCrAIiBkECRwRAIAAgAikCwAI3AhggACACKQK4AjcCECAA\
IAM2AgwgACAENgIIIAAgBjYCBCAAQYCAgIB4NgIAIAJB4ABqEIoDDAELQQEhBiAEIANBlaTAAEEF\
EL8CRQRAQQJBACAEIANBmqTAAEEJEL8CGyEGCyACQawCaiABQYiNwQAQKyACIAIpArACNwOAASAC\
IAIoArgCNgKIASACKAKsAiIDQQJHBEAgACACKALEAjYCHCAAIAIpArwCNwIUIAAgAigCiAE2AhAg\
ACACKQOAATcCCCAAIAM2AgQgAEGAgICAeDYCACACQeAAahCKAwwBCyACIAIpA4ABNwNwIAIgAigC\
iAE2AnggAkGsAmogAUGkjcEAECsgAiACKQKwAjcDoAEgAiACKAK4AjYCqAEgAigCrAIiA0ECRwRA\
IAAgAigCxAI2AhwgACACKQK8AjcCFCAAIAIoAqgBNgIQIAAgAikDoAE3AgggACADNgIEIABBgICA\
gHg2AgAgAkHwAGoQlQMgAkHgAGoQigMMAQsgAiACKQOgATcDkAEgAiACKAKoATYCmAEgAkGsAmog\
AUHAjcEAECsgAiACKQKwAjcDwAEgAiACKAK4AjYCyAEgAigCrAIiA0ECRwRAIAAgAigCxAI2Ahwg\
ACACKQK8AjcCFCAAIAIoAsgBNgIQIAAgAikDwAE3AgggACADNgIEIABBgICAgHg2AgAgAkGQAWoQ\
lQMgAkHwAGoQlQMgAkHgAGoQigMMAQsgAiACKQPAATcDsAEgAiACKALIATYCuAEgAkGsAmogAUHc\
jcEAEK4BIAItALACIQcgAigCrAIiA0ECRwRAIAAgAikAwAI3ABggACACKQC5AjcAESAAIAIpALEC\
NwAJIAAgBzoACCAAIAM2AgQgAEGAgICAeDYCACACQbABahCVAyACQZABahCVAyACQfAAahCVAyAC\
QeAAahCKAwwBCyACQawCaiABQfiNwQAQKiACKAK0AiEDIAIoArACIQQgAigCrAIiBUECRwRAIAAg\
AikCwAI3AhggACACKQK4AjcCECAAIAM2AgwgACAENgIIIAAgBTYCBCAAQYCAgIB4NgIAIAJBsAFq\
EJUDIAJBkAFqEJUDIAJB8ABqEJUDIAJB4ABqEIoDDAELIAQgA0GVpMAAQQUQvwIhCyACQawCaiAB\
QZSOwQAQhwEgAiACKQKwAjcD0AIgAiACKAK4AjYC2AICQAJAAkAgAigCrAIiA0ECRwRAIAIgAigC\
xAI2AogCIAIgAikCvAI3AoACIAIgAikD0AI3AvQBIAIgAigC2AI2AvwBDAELIAIgAikD0AI3A6AC\
IAIgAigC2AIiAzYCqAIgAkEQaiACKAKkAiADEE4gAiACKAIQIgMgAigCFCIFajYCzAIgAiADNgLI\
AgJ/AkADQCACQcgCahD0ASIEQYCAxABGDQEgBEEuRiAEQd8ARnIgBEEwa0EKSSAEQd///wBxQcEA\
a0EaSXJyDQALIAJB6AJqIgggAyAFEGcgAkEANgKsAiACQQhqIAQgAkGsAmoiBRDIASACQYADaiIJ\
IAIoAgggAigCDBCXASACQfQCaiIDIAIoAoQDIAIoAogDEGcgAkEDNgLAAiACQQM2ArgCIAJBAjYC\
sAIgAkGgjsEANgKsAiACIAM2ArwCIAIgCDYCtAIgAkHYAmpB357AACAFEKoCIAMQigMgCRCKAyAI\
EIoDIAJBADYC8AEgAkEBOgCIAiACIAIpAtACNwL0ASACIAIpAtgCNwL8ASACIAIoAuACNgKEAkEA\
DAELIAJB9AFqIAMgBRCXAUECCyEDIAJBoAJqEIoDIARBgIDEAEYNAQsgACACKQKAAjcCFCAAIAIo\
AogCNgIcIAIgAigC/AEiATYC6AEgAiACKQL0ASIPNwPgASAAIAE2AhAgACAPNwIIIAAgAzYCBCAA\
QYCAgIB4NgIADAELIAIgAigC/AEiAzYC6AEgAiACKQL0ASIPNwPgASACIA83A9ABIAIgAzYC2AEg\
AkGsAmogAUGwjsEAEK4BIAItALACIQMCQCACKAKsAiIFQQJHBEAgACACKQDAAjcAGCAAIAIpALkC\
NwARIAAgAikAsQI3AAkMAQsgAkGsAmogAUHMjsEAEK4BIAItALACIQQgAigCrAIiBUECRwRAIAAg\
AikAwAI3ABggACACKQC5AjcAESAAIAIpALECNwAJIAQhAwwBCyACQawCaiABQeiOwQAQrgEgAi0A\
sAIhASACKAKsAiIFQQJHBEAgACACKQDAAjcAGCAAIAIpALkCNwARIAAgAikAsQI3AAkgASEDDAEL\
IAIgAikDYDcDICACIAIoAmg2AiggAiACKQNwNwIsIAIgAigCeDYCNCACIAIpA5ABNwM4IAIgAigC\
mAE2AkAgAiACKQOwATcCRCACIAIoArgBNgJMIAIgAigC2AE2AlggAiACKQPQATcDUCAAIAJBIGpB\
PPwKAAAgACAKOgBCIAAgBjoAQSAAIAE6AEAgACAEOgA/IAAgAzoAPiAAIAs6AD0gACAHOgA8DAIL\
IAAgAzoACCAAIAU2AgQgAEGAgICAeDYCACACQdABahCKAwsgAkGwAWoQlQMgAkGQAWoQlQMgAkHw\
AGoQlQMgAkHgAGoQigMLIAJBkANqJAALh0MCGX8BfiMAQZADayIFJAAgBUGIAmohCSABKAIEIRAg\
ASgCCCEPIAIoAhAhDiACKAIUIQggAigCHCEHIAIoAiAhCiMAQTBrIgYkAAJAAkAgCARAIAhBDGwh\
CANAIAhFDQIgCEEMayEIIA4oAgghCyAOKAIEIA5BDGohDiALIBAgDxBJRQ0ACwsgCkEMbCEOAkAD\
QCAORQ0BIA5BDGshDiAHKAIIIQggBygCBCEKIAdBDGohByAKIAggECAPEElFDQALIAZBCGoiDiAQ\
IA8QZyAGQRRqIgcgCiAIEGcgBkEDNgIsIAZBAzYCJCAGIAc2AiggBiAONgIgIAlB6oXAACAGQSBq\
EKoCIAcQigMgDhCKAwwCCyAJQYCAgIB4NgIADAELIAZBIGoiDiAQIA8QZyAGQQM2AhggBiAONgIU\
IAlBiovAACAGQRRqEKoCIA4QigMLIAZBMGokAAJAIAUoAogCQYCAgIB4RwRAIAAgBSgCkAI2Ahgg\
ACAFKQKIAjcCECAAQQE6ABwgAEIENwIIIABCADcCAAwBCyAFQRhqIQwjAEEwayIIJAAgCEGThsEA\
NgIMIAhBkIbBADYCCCAIIAEoAgwiBjYCGCAIIAEoAhAiDjYCFCAIIAY2AhAgCCAGIA5qNgIcIAhB\
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
EO0BDAELIAFBCGogASgCGCABKAIcEE4gASgCDEUEQCAGQYCAgIB4NgIAIAFBFGoQigMMAQsgBiAB\
KAIcNgIIIAYgASkCFDcCAAsgAUEgaiQAIAUoAoQDQYCAgIB4Rg0CIAUgBSkChAM3A5ABIAUgBSgC\
jAMiBzYCmAEgBUGIAmohCSAFKAKUASEKIwBBIGsiCCQAAkACQCAHQdUATQRAIAggCjYCDCAIIAcg\
Cmo2AhAgCEEMaiILKAIAIQEgCygCBCEMA0AgDCABIgZHBEAgCyABQQFqIgE2AgAgBi0AAEH/AGtB\
/wFxQaEBSw0BCwsgBiAMRg0BCyAIQQxqIgEgCiAHEIMBIAhBAzYCHCAIIAE2AhggCUGNgcAAIAhB\
GGoQqgIgARCKAwwBCyAJIAogBxCXAQsgCUEANgIUIAlCgICAgBA3AgwgCEEgaiQAIAVBkAFqEIoD\
DAMLIABBEGogDkGThsEAQQkQOiAAQQA6ABwgAEIENwIIIABCADcCAAwICyAFQZACaiAOQZyGwQBB\
ChA6IABCATcCACAAQQI6ABwgACAFKQKIAjcCCCAAIAUpApACNwIQIAAgBSgCmAI2AhgMBwsgAyAE\
KAIMEQUAIgZFDQEjAEGQAmsiASQAIAFBMGpBAEHBAPwLACABQgA3AyggAUGgl8EAKQMANwMgIAFB\
mJfBACkDADcDGCABQZCXwQApAwA3AxAgAUGIl8EAKQMANwMIIAFBCGoiCEGEtMAAIAZBARAyIAFB\
mAFqIgYgCEHwAPwKAAAgAUH4AGoiCCAGEB0gBiAIEFkgAUEDNgKMAiABIAY2AogCIAVBiAJqIghB\
yoPAACABQYgCahCqAiAGEIoDIAhBADYCFCAIQoCAgIAQNwIMIAFBkAJqJAALIAVBKGohBiAFQYgC\
aiEHIAIoAjQhCCACKAI4IQkjAEEwayIBJAACQCAIIAggCWoQvAJBGU8EQCABQRxqIgogCCAJEIMB\
IAFBECABKAIgIAEoAiRB+KrAABC7ASABIAEpAwA3AhQgAUECNgIsIAEgAUEUajYCKCABQQhqQY2B\
wAAgAUEoahCqAiAKEIoDDAELIAFBCGogCCAJEJcBCyAGIAEpAgg3AgwgBiABKAIQNgIUIAYgBygC\
CDYCCCAGIAcpAgA3AgAgB0EMahCKAyABQTBqJAAgAigCKCIKIQcgAigCLCILIA4oAiAhFCAOKAIk\
IhkhCSMAQTBrIggkAEEMbCEGIAkoAhAhDANAIAYiAQRAIAhBCGoiBiAHKAIEIg0gBygCCCITEMEC\
IAggBhBPIAFBDGshBiAHQQxqIQcgFCAIKAIAIgkgDSAJGyAIKAIEIBMgCRsgDBEEAEUNAQsLIAhB\
MGokACABQQBHIQhBAiEHAkAgAi0AQiIaQQNHDQAgDigCFCIBRQ0AIAEtACQhBwsCQCAFKAIYQYCA\
gIB4Rg0AIAItADwgDi0AHAJ/QQAgAi0AP0EBRw0AGkEAIA4oAhgiCUUNABogCS0AIgshEnEhGyAC\
LQA+QQFHDQAgDi0AHSEVC0EBIQYgCCAHQQJHckUEQEEBIRNBACEBQQAgEiACLQBAIgZyIBVyQQFx\
RQ0EGgsgAyAEKAIMEQUAIgEEQEEAIRMgCA0CDAMLIABCgICAgICAgICAfzcCAAwECyAAQoCAgICA\
gICAgH83AgAMBAsjAEFAaiIEJAAgC0EMbCEIA0AgCARAIARBGGoiCyAKKAIEIAooAggQwQIgBEEM\
aiEJIwBB0ABrIgMkACADQRBqIAsQTwJAIAMoAhAiDQRAIAMoAhQhESADQQhqQQRBBEEIELIBIAMo\
AgghFiADKAIMIgwgETYCBCAMIA02AgAgA0EBNgIkIAMgDDYCICADIBY2AhwgA0EoaiIRIAtBKPwK\
AAAgA0EcaiELIwBBEGsiDCQAA0ACQCAMQQhqIBEQTyAMKAIIIhZFDQAgDCgCDCEXIAsoAggiDSAL\
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
CwwCCyANIAQgDEGoj8EAEDcAC0EXSyAcQTtLciAGQTtLcg0AIANBEGogA0HUAGoQwAEgAy0AEEUN\
AAJAAkACQCADLQARIgRBK2sOAwEDAQALIARB+gBGDQEgBEHaAEcNAgwBCyADQQhqIANB1ABqQQIQ\
gAEgAygCCEEBcUUNASADKAIMIQYCQCADKAJcIgQgAygCWE8NACADKAJUIARqLQAAQTpHDQAgAyAE\
QQFqNgJcCyADIANB1ABqQQIQgAEgAygCAEEBcUUgBkEXS3INASADKAIEQTxPDQELIAMoAlwgEUYh\
CwsgA0HgAGokACALDQEgCC0AACEECyAJQYCAgIB4NgIAIARBA2sOBAIBAQMBCyAJIAgoAgw2Aggg\
CSAIKQIENwIAIAgtAABBA2sOBAIAAAIACyAIEO0BDAELIAhBBGoQigMLIAhBEGokACAFIAk2AlQg\
BSAFQShqNgJQIAUgBUEYajYCTCAFIA5BDGo2AlwgBSACNgJYAn8gBSgCGEGAgICAeEYEQEECIQRB\
AAwBC0EBQQIgBS0AJCIDQQFGG0EAIAMbIQRBACATDQAaAn9BACEDAkACQAJAQQFBAiAFQRhqLQAM\
IgZBAUYbQQAgBhsOAwEAAgALIAFBwKjAAEEIEHciBkUNASAGQQRqQQAgBi0AAEEFRhsMAgsgASED\
CyADCwshCAJAIAFBACASIBVyQQFxG0UEQCAFQQA2AmggBUKAgICAwAA3AmAMAQsgBSgCREEAIAUo\
AkBBgICAgHhHGyEKIAUoAkghCyMAQTBrIgMkACADQQA2AhwgA0KAgICAwAA3AhQgA0EIaiABEH4g\
AygCCCIGBEAgA0EgaiIJIAYgAygCDBDSAiADQRRqQazKwABBBCAJEHYLIAVB4ABqIQlBUCEGA0Ag\
BgRAIAEgBkHg/sAAaigCACAGQeT+wABqKAIAEHgiDARAIANBIGoiDSAMEHQgA0EUaiAGQdj+wABq\
KAIAIAZB3P7AAGooAgAgDRB2CyAGQRBqIQYMAQsLAkACQCADQRRqIgZBrMrAAEEEEPICDQAgBkGE\
/sAAQRIQ8gINACAJQQA2AgggCUKAgICAwAA3AgAgBhCTAwwBCyAKBEAgA0EgaiIGIAogCxDSAiAD\
QRRqQdj+wABBDiAGEHYLIAkgAygCHDYCCCAJIAMpAhQ3AgALIANBMGokAAsgBUEQakEDQQRB6AAQ\
sgEgBUEANgJ0IAUgBSkDEDcCbAJAIBtBAXNBAXFFIARBAkdxRQRAIAVBADYCgAEgBUKAgICAwAA3\
AngMAQsgBSAEOgCQASAFIAI2ApwCIAUgGTYClAIgBSAUNgKQAiAFQdCGwQA2AowCIAVBqIbBADYC\
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
DQACQAJAIAhFDQAgBUGIAmpB1P3AAEEGIAgQ1QEgBSgCiAJBgICAgHhGDQAgBSAFKAKQAjYCgAIg\
BSAFKQKIAjcD+AEMAQsgBUEANgKAAiAFQoCAgIDAADcD+AELIAUoAmhBHGwhAyAFKAJkIQQDQCAD\
BEAgBCgCCCEGIAQoAgQhCSAFQYgCaiIKIARBDGoQdCAFQfgBaiAJIAYgChB2IANBHGshAyAEQRxq\
IQQMAQsLIAUoAoACBEAgBUGoAmogBUHMAGpBAhBDIAVBhANqIAVBGGoQqwEgBSAFKAKAAjYCmAEg\
BSAFKQP4ATcDkAEgBUGQAmogBUHYAGogBUGQAWoQkAEgBUKCgICAkICAgIB/NwKIAiAFIAUpAoQD\
NwKcAiAFIAUoAowDNgKkAiAFQewAaiAFQYgCahD/AQwBCyAFQfgBahCTAwtBgoCAgHghBCATIAFB\
ACAXQQFxGyIDRXJFBEAgBUGEA2ogARBNAkAgB0ECRg0AIAVBkAFqIQYgCCADIAgbIAEgB0EBcSIE\
GyEDIwBBMGsiASQAIAFBADYCHCABQoCAgIDAADcCFAJAIAQEQCADQfj8wABBARB4IgNFDQEgAUEg\
aiIEIAMQdCABQRRqQYD9wABBDCAEEHYMAQsgA0G4/MAAQQEQeCIEBEAgAUEgaiIIIAQQdCABQRRq\
QcD8wABBECAIEHYLAkAgA0HQ/MAAQQEQeCIERQRAIANBjP3AAEEBEHgiBEUNAQsgAUEgaiIIIAQQ\
dCABQRRqQdj8wABBDiAIEHYLIAFBCGogAxB+IAEoAggiA0UNACABQSBqIgQgAyABKAIMENICIAFB\
FGpB5vzAAEEPIAQQdgsgBiABKAIcNgIIIAYgASkCFDcCACABQTBqJAAgBSgCmAFBHGwhAyAFKAKU\
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
B0HUAGoiASADQdCjwAAQogIiBigCBCAGKAIAIQYgASADQQFrQeCjwAAQogIhESAPIANBAWoiAUsE\
QCAHKAJYIApqKAIAQfsAa0FmSSELC0HBAGtBGkkEQCARKAIEIg1B4QBrQRpJIA1BMGtBCklyIAtF\
IA1B2wBrQWVLcXINAwsgCkEIaiEKIAEhAwwBCwsgCCAVSQRAIAcgCCAQIBVBwKPAABCsASAHQcQA\
aiAHKAIAIAcoAgQQ7wELIAcoAkwhASAHKAJIIQMgBygCRCEGIAdB1ABqEIkDIAcgAyABQQN0aiIK\
NgJQIAcgBjYCTCAHIAM2AkggByADNgJEA0AgAyAKRwRAIAcgA0EIajYCSCADKAIEIQYgAygCACEB\
IAcoAiAEQCAHQRhqQSAQowELIAcgATYCVCAHIAEgBmo2AlggB0HUAGoQ9AEiAUGAgMQARwRAIAdB\
GGoiAyABQd8AcSABIAFB4QBrQRpJGxCjASADIAcoAlQiASAHKAJYIAFrENoBCyAHKAJIIQMgBygC\
UCEKDAELCyAHQcQAahCvAiAHLQBBRQ0DDAILIAdBCGogECAVIAggBkHwo8AAEHMgB0HEAGogBygC\
CCAHKAIMEO8BIANBAWohAwwACwALCyASIAcoAiA2AgggEiAHKQIYNwIAIAdB4ABqJAALIAlBIGok\
ACAFIAQ2ApQBIAVBADYCkAEgBSAFKQKEATcCmAEgBSAFKAKMATYCoAEgAi0APgRAAkAgBSgCGEGA\
gICAeEcEQCAFQYgCaiAFQRhqEKsBDAELIAVBgICAgHg2AogCCyAFQewBahDeAiAFIAUoApACNgL0\
ASAFIAUpAogCNwLsAQsgBUGIAmoiASAFQZABakHoAPwKAAAgBUHsAGogARD/ASAFKAJ0QegAbCED\
IAUoAnAhBAJAAkACQAJAA0AgA0UNASAFQQhqIgEgBCgCHDYCBCABQQAgBCgCGCAEKAIAGzYCACAF\
KAIIBEAgBSgCDEUNAwsCQCAEQThqEPEBDQAgBEHEAGoQ8QENACAFIAQoAgAQ9gEgBSAFKQMANwL4\
ASAFQYQDaiICIA4Q8AIgBUEDNgKUAiAFQQI2AowCIAUgAjYCkAIgBSAFQfgBajYCiAIgBUH4AmpB\
kJ7AACAFQYgCahCqAgwECyAEQShqIQEgBEEkaiADQegAayEDIARB6ABqIQQoAgAiAiACIAEoAgBq\
ELwCQeUASQ0ACyAFQYQDaiICIA4Q8AIgBUEBNgKUAiAFQaSPwQA2ApACIAVBAzYCjAIgBSACNgKI\
AiAFQfgCakHCjMAAIAVBiAJqEKoCDAILIAAgBSgCdDYCDCAAIAUpAmw3AgQgAEGAgICAeDYCECAA\
QQA2AgAgDEUNAiAFQfgAahCJAwwCCyAFQYgCaiICIA4Q8AIgBUEDNgKIAyAFIAI2AoQDIAVB+AJq\
QbKLwAAgBUGEA2oQqgILIAIQigMgAEIBNwIAIAAgBSkC8AI3AgggACAFKQL4AjcCECAAIAUoAoAD\
NgIYIABBAToAHCAMBEAgBUH4AGoQiQMLIAVB7ABqEJQDIAVB4ABqEJMDIAVBQGsQ3gIMAQsgBUHg\
AGoQkwMgBUFAaxDeAiAFQShqEPUCIAVBGGoQ3gIMAgsgBUEoahD1AgsgBUEYahDeAgsgBUGQA2ok\
AAuPEQIQfwF+IwBBoAFrIgMkACADQQA2AhwgA0KAgICAwAA3AhQgA0H8AGohCCADQYQBaiENIANB\
PGohCSADQTRqIQogA0HYAGpBAnIhDiADQfoAaiEPIANB3ABqIQsDQCABKAIcIgQgASgCGCIGIAQg\
BksbIQYgASgCFCEHAkACQAJAAkACQAJAAkACQANAAkACQAJAAn8CQAJAAkACQAJAIAQgBkYEQCAG\
IQQMAQsgBCAHai0AACIFQQlrQQJJDQcCQCAFQSBrDgMIAQQACyAFQQ1GDQcgBUHbAEYNAiAFQfsA\
Rg0BCyADQfgAaiABEBsgAy0AfCEFIAMoAngiBkECRw0FIAVB5gBHBEBBACAFQe4ARg0FGiAFQfQA\
Rg0EIANBCGogASgCDCABKAIQIAQgASgCHEH4rsAAEHMgA0GUAWogAygCCCADKAIMEJcBIA8gAygC\
nAE2AAggDyADKQKUATcAACADIAMpAHg3AzAgAyADKQB+NwE2QQIMBQtBACEQQQEMBAsgA0H4AGog\
ASADKAIcIAJqEJEBIAMoAngiBEECRwRAIAAgAykCgAE3AgggACADKQKIATcCECAAIAMoApABNgIY\
IAAgAygCfDYCBCAAIAQ2AgAMEAsgASgCHEEBaiEEIAEoAhghBiABKAIUIQcDQCABIAQ2AhwgBCAG\
Tw0MIAQgB2otAAAiDEEJayIFQRdLQQEgBXRBk4CABHFFcg0LIARBAWohBAwACwALIANB+ABqIAEg\
AygCHCACahCRASADKAJ4IgRBAkcEQCAAIAMpAoABNwIIIAAgAykCiAE3AhAgACADKAKQATYCGCAA\
IAMoAnw2AgQgACAENgIADA8LIAEoAhxBAWohBCABKAIYIQYgASgCFCEHA0AgASAENgIcIAQgBk8N\
CCAEIAdqLQAAIgxBCWsiBUEXS0EBIAV0QZOAgARxRXINBiAEQQFqIQQMAAsACyADQfgAaiABEHUg\
AyAIKQIANwMwIAMgCCgCCDYCOCADKAJ4IgRBAkcEQCAAIAMoApABNgIYIAAgAykCiAE3AhAgACAD\
KAI4NgIMIAAgAykDMDcCBCAAIAQ2AgAMDgsgCyADKAI4NgIIIAsgAykDMDcCACADQQM6AFgMDAtB\
ASEQQQELIQQgAyADKQE2NwEmIAMgAykDMDcDICAOIAMpAyA3AQAgDiADKQEmNwEGIAMgEDoAWSAD\
IAQ6AFgMCgsgAyADKQGEATcBNiADIAMpAX43AzAgAyADKQMwNwMgIAMgAykBNjcBJiADLQB9IQEg\
AykCjAEhEyAAIAMpASY3AQwgACADKQMgNwEGIAAgEzcCFCAAIAE6AAUgACAFOgAEIAAgBjYCAAwK\
CyABIARBAWoiBDYCHAwBCwsgDEHdAEYNAQsgA0IENwKAASADQoCAgIAINwJ4IANBFGogA0H4AGoQ\
ygEMBwsgASAEQQFqNgIcIANBADYCZCADQoCAgIDAADcCXCADQQQ6AFgMBAsgDEH9AEYNAQsgA0H4\
AGogAUEBECEgAyAIKQIANwMwIAMgCCgCCDYCOCADKAJ4IgRBAkYNASAAIAMoApABNgIYIAAgAykC\
iAE3AhAgACADKAI4NgIMIAAgAykDMDcCBCAAIAQ2AgAMAwsgASAEQQFqNgIcIANBADYCZCADQoCA\
gIDAADcCXCADQQU6AFgMAQsgDSADKAI4NgIIIA0gAykDMDcCACADQQA2AoABIANCgICAgMAANwJ4\
IANBFGogA0H4AGoQygEMAgsDQAJAAkAgAygCHCIERQ0AIAMgBEEBayIENgIcIAMgAygCGCAEQRhs\
aiIEKQIENwN4IAMgBCkCDDcDgAEgAyAEKAIUNgKIASAEKAIAIgZBgYCAgHhGDQAgCiADKQN4NwIA\
IAogAykDgAE3AgggCiADKAKIATYCECADIAY2AjAgASgCFCEMIAEoAhghByABKAIcIQQDQCAEIAdP\
IhENAiAEIAxqLQAAIgVBCWsiEkEXS0EBIBJ0QZOAgARxRXINAiABIARBAWoiBDYCHAwACwALIAAg\
AykCYDcCDCAAIAMpAlg3AgQgAEECNgIADAILAkACQAJAAkAgBkGAgICAeEcEQCANIAMpAlg3AgAg\
DSADKQJgNwIIIAMgCSgCCDYCgAEgAyAJKQIANwN4IANBADYCRCADQoCAgIAQNwI8IANBMGogA0H4\
AGoQtQEgBCAHSQRAIAVB/wFxIgRB/QBGDQUgBEEsRg0CCyAAIAFB96zAAEEKEGIMAgsgCiADQdgA\
ahDdAQJAIBFFBEAgBUH/AXEiBEHdAEYNBSAEQSxGDQELIAAgAUGBrcAAQQoQYgwCCyABIAEoAhxB\
AWo2AhwgAyADKQJANwOIASADIAMpAjg3A4ABIAMgAykCMDcDeCADQRRqIANB+ABqEMoBDAYLIAEg\
ASgCHEEBajYCHCADQfgAaiABQQEQISADIAgpAgA3A0ggAyAIKAIINgJQIAMoAngiBEECRg0BIAAg\
AygCkAE2AhggACADKQKIATcCECAAIAMoAlA2AgwgACADKQNINwIEIAAgBDYCAAsgA0EwahCrAgwD\
CyAJEIoDIAkgAygCUDYCCCAJIAMpA0g3AgAgAyADKQJANwOIASADIAMpAjg3A4ABIAMgAykCMDcD\
eCADQRRqIANB+ABqEMoBDAMLIAEgASgCHEEBajYCHCADKAIwQYCAgIB4RwRAIAMgAygCODYCcCAD\
IAMpAjA3A2ggCyADQegAahAQIANBBToAWCADKAIwQYCAgIB4Rg0BIAkQigMFIAsgCigCCDYCCCAL\
IAopAgA3AgAgA0EEOgBYCwwACwALCyADQRRqIgIiASgCCCEAIAEoAgQhAQNAIAAEQCAAQQFrIQAg\
ARCrAiABQRhqIQEMAQsLIAIQjgMgA0GgAWokAAvTCwIQfwN+IwBBoAFrIgIkACACQegAaiAAIAFB\
LRDGASACKAJsIQQgAiACKAJoIgkgACAJGyIANgKQASACIAQgASAJGyIFNgKMASACIAA2AogBIAJC\
5YCAgNAINwOAASACIAAgBWo2ApQBIAJBADYCmAEgCUEARyENIAJBkAFqIQcCQAJAAkADQCACQeAA\
aiAHEIQBIAIoAmQiAUGAgMQARg0BIAIoAmAhBCACIAE2AnQgAkGAAWohA0EIIQEgAkH0AGooAgAh\
CgNAIAEiBgRAIAFBBGshASADKAIAIQsgA0EEaiEDIAogC0cNAQsLIAZFDQALIAJB2ABqIAQgACAF\
QaC0wAAQuwEgAigCXCEHIAIoAlghAyACQdAAaiAEQQFqIAAgBUGwtMAAEKwBQQQhBiACKAJQIQEC\
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
IBNCAXwQcCIBIAAgACABSRsiACAAQQRNG2ohBgsgAkGgAWokACAGC+wIAgh/AX4jAEHQAGsiBSQA\
IAEgASgCHEEBaiIHNgIcA0AgASgCGCEIIAEoAhQiCSEEQQAhBiABAn8CQANAIAYgB2oiA0F3SyAD\
QQhqIAhLcg0BIAQgB2ogBEEIaiEEIAZBCGohBikAACILQn+FIAtC4MGDh46cuPBgg0KBgoSIkKDA\
gAF9IAtCosSIkaLEiJEihUKBgoSIkKDAgAF9IAtC3Ljx4sWLl67cAIVCgYKEiJCgwIABfYSEg0KA\
gYKEiJCgwIB/gyILUA0ACyAHIAt6p0EDdmogBmpBCGsMAQsDQCADIAhJIQQgAyAJaiADQQFqIQNB\
ACAEGxCOAg0ACyADQQFrCyIDNgIcIAIEQCAFQRBqIAEoAgwgASgCECAHIANBxK3AABBzIAIgBSgC\
ECAFKAIUENoBIAEoAhghCCABKAIUIQkgASgCHCEDCwJAAkACQCADIAhJBEAgAyAJai0AACIEQdwA\
Rg0CIARBIkYNASAAIAFB1K3AAEHCABDpAgwDCyAAIAFBi63AAEEdEOkCDAILIABBAjYCACABIANB\
AWo2AhwMAQsCQAJAAkACQAJAIAggA0EBaiIGSwRAAkACQAJAAkACQAJAAkACQAJAAkACQCAGIAlq\
LQAAIgRB7gBrDggFAQEBBgEHCAALAkAgBEHiAGsOBQMBAQEEAAsgBEEiRg0JIARBL0YNASAEQdwA\
Rg0ICyAFQRhqIAEgBkGorcAAQRoQZQwKC0EvIQQMBwtBCCEEDAYLQQwhBAwFC0EKIQQMBAtBDSEE\
DAMLQQkhBAwCCyADQQJqIQcCQCADQQZqIgogCEsgA0F5S3INACAFQQhqIAcgCWoQhgEgBS8BCEEB\
cUUNACAFLwEKIQQMBgsgBUE0aiABIAdBmK/AAEEhEGUgBS8BOCEEIAUoAjQiBkECRg0FIAUgBSkB\
SDcBLCAFIAUpAUI3ASYgBSAFKQE6NwEeIAUgBDsBHAwEC0HcACEECyABIANBAmo2AhwMBAsgBUEY\
aiABIAZBi63AAEEdEGULIAUoAhgiBkECRg0DCyAAIAUpAiw3AhQgACAFKQIkNwIMIAAgBSkCHDcC\
BCAAIAY2AgAMAwsgASAKNgIcAkAgBEGA+ANxIgZBgLgDRg0AIAZBgLADRgRAIAUgCSAKakEAIAgg\
CksbNgI0IAVBNGoiCkGMr8AAEPsBDQEgBSAJIANBB2oiBmpBACAGIAhJGzYCNCAKQZSvwAAQ+wEN\
ASADQQxqIgYgA0EIaiIDSSAGIAhLcg0BIAUgAyAJahCGASAFLwEAQQFxRQ0BIAUvAQIiA0GA+ANx\
QYC4A0cNASABIAY2AhxB/f8DQYCAxAAgBEEKdCADakGAuP8aayIDIANBgLADc0GAgMQAa0GAkLx/\
SRsiAyADQYCAxABGGyEEDAILQf3/AyAEIARBgLC/f3NBgJC8f0kbIQQMAQsgASAHEIACQf3/AyEE\
CyACRQ0AIAIgBBCjAQsgASgCHCEHDAELCyAFQdAAaiQAC64LAgt/AX4jAEGAAWsiAiQAAkAgASgC\
CCIHQRFPBEAgAkHkAGogBxCcASACKAJsIQQgAigCaCEDIAIgATYCSCADIAQgAkHIAGpBrLDAABAW\
IARBAWohBgJAA0AgBkEBayIGQQJJDQEgASADKAIAQZSywAAQowIgASADQQRqIgMoAgBBpLLAABCj\
AhCAAw0ACyACQShqQQEgASgCCBBhIAIoAmwhAyACQQA6AFAgAiADNgJMIAJBATYCSEEAIQQDQCAE\
IQMCQAJAA0AgAkEQaiACQcgAahCmASACKAIQQQFHDQEgAigCFCIEIAIoAmxHBEAgASACQeQAaiIF\
IARBxLDAABCkAigCAEHUsMAAEKMCIAEgBSADQeSwwAAQpAIoAgBB9LDAABCjAhCAA0UNAQsLIAJB\
5ABqIgUgA0GEscAAEKQCKAIAIgYgBSAEQQFrQZSxwAAQpAIoAgAiBUYNAiABIAVBpLHAABCjAiIF\
KQIMIQ0gBUEAOgAMIAIgBSkCFDcDeCACIA03A3AgASAGQbSxwAAQowIiBUEMahDtASAFIAIpA3g3\
AhQgBSACKQNwNwIMIANBAWoiBSAETSACKAJsIgYgBE9xDQEgBSAEIAZBxLHAABA3AAsgAkEANgJI\
IwBBEGsiBiQAIAYgAkEoaiILNgIMIAYgAkHIAGo2AggjAEEQayIHJAAgByAGQQhqNgIMAkAgASIF\
KAIIIghFDQBBACEBIAUoAgQiCiEDA0AgB0EMahDWAQRAIANBHGohAyAIIAFBAWoiAUcNAQwCCwsg\
AxD4AiAKQRxqIQwgASEEA0AgAUEBaiEDIAwgAUEcbGohAQNAIAMgCE8EQCAFIAQ2AggMAwsgB0EM\
ahDWAUUEQCADQQFqIQMgARD4AiABQRxqIQEMAQsLIAogBEEcbGoiCSABKAIYNgIYIAkgASkCEDcC\
ECAJIAEpAgg3AgggCSABKQIANwIAIARBAWohBCADIQEMAAsACyAHQRBqJAAgBkEQaiQAIAAgBSgC\
CDYCCCAAIAUpAgA3AgAgCxCKAyACQeQAahCLAwwECyAEQQJ0IANBAnRrQQRrIQMgAigCaCAFQQJ0\
aiEGA0AgA0UNASACQShqIAYoAgBB1LHAABCyAkEAOgAAIANBBGshAyAGQQRqIQYMAAsACwALIAAg\
ASgCCDYCCCAAIAEpAgA3AgAgAkHkAGoQiwMMAQsgASgCBCIDIAdBHGxqIQkgAyEEA0ACQAJAIAQg\
CUYNACAEQRxqIQVBACEGA0AgBiAIRg0CIAMgBkEcaiIGakEcayAEEJ8CRQ0ACyACQQhqIAdBBEEc\
ELIBIAJBADYCJCACIAIpAwg3AhwgASgCACEEIAIgCTYCNCACIAQ2AjAgAiADNgIsIAIgAzYCKCAC\
QdQAaiEHA0ACQAJAIAMgCUYNACACIANBHGoiBDYCLCADKAIAIgVBgICAgHhGDQAgAiADKQIENwJo\
IAIgBTYCZCACIANBDGoiBSkCADcDOCACIAUpAgg3A0AgAigCJEEcbCEDIAIoAiBBHGshBgNAIANF\
DQIgA0EcayEDIAZBHGoiBiACQeQAaiIIEJ8CRQ0ACyAGQQxqIgMQ7QEgBkEUaiACKQNANwIAIAMg\
AikDODcCACAIEIoDIAQhAwwCCyMAQRBrIgMkACADIAJBKGoiBDYCDCAEKAIMIAQoAgQiBGtBHG4h\
BQNAIAUEQCAFQQFrIQUgBBD4AiAEQRxqIQQMAQsLIANBDGoQgwIgA0EQaiQAIAEgAigCJDYCCCAB\
IAIpAhw3AgAMAgsgByAFKQIANwIAIAcgBSkCCDcCCCACIAIoAmw2AlAgAiACKQJkNwNIIAJBHGog\
AkHIAGoQtQEgBCEDDAALAAsgACABKAIINgIIIAAgASkCADcCAAwCCyAIQRxqIQggBSEEDAALAAsg\
AkGAAWokAAv3AgIHfwF+IwBBMGsiAyQAAkACQCACBEAgAkEDdCIFQQhrIghBA3atQgGGIQoCQCAB\
QQhqIQIgCqchBiABIQQDQCAFRQ0BIAVBCGshBSAEKAIEIQcgBEEIaiEEIAYgB2oiBiAHTw0ACxDz\
AQALIANBCGogBkEBQQEQsgEgA0EANgIcIAMgAykDCDcCFCADQRRqIAEoAgAiBCAEIAEoAgRqEO8C\
IAYgAygCHCIBayEEIAMoAhggAWohBQNAIAhFDQIgAigCACEHIAIoAgQhASADQSBqIgkgBSAEQQIQ\
9wEgAygCLCEEIAMoAighBSADKAIgIAMoAiRBrIDBAEECQYyWwQAQngIgCSAFIAQgARD3ASADKAIs\
IQQgAygCKCEFIAMoAiAgAygCJCAHIAFBjJbBABCeAiAIQQhrIQggAkEIaiECDAALAAsgAEEANgII\
IABCgICAgBA3AgAMAQsgACADKQIUNwIAIAAgBiAEazYCCAsgA0EwaiQAC6kIAgd/AX4jAEEwayIF\
JAACQAJAIAIEQAJAIAStIAJBDGwiB0EMayIIQQxurX4iDEIgiFAEQCABQQxqIQIgDKchCiABIQYD\
QCAHRQ0CIAdBDGshByAGKAIIIQkgBkEMaiEGIAkgCmoiCiAJTw0ACwsQ8wEACyAFQQhqIApBAUEB\
ELIBIAVBADYCHCAFIAUpAwg3AhQgBUEUaiABKAIEIgYgBiABKAIIahDvAiAKIAUoAhwiAWshBiAF\
KAIYIAFqIQcCQAJAAkACQAJAAkAgBA4FAAECAwQFCwNAIAhFDQcgAigCBCEEIAIoAgghASAHQQAg\
A0EAQYyWwQAQngIgBUEgaiAHIAYgARD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFBjJbB\
ABCeAiAIQQxrIQggAkEMaiECDAALAAsDQCAIRQ0GIAIoAgQhBCACKAIIIQEgBUEgaiIJIAcgBkEB\
EPcBIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIANBAUGMlsEAEJ4CIAkgByAGIAEQ9wEgBSgCLCEG\
IAUoAighByAFKAIgIAUoAiQgBCABQYyWwQAQngIgCEEMayEIIAJBDGohAgwACwALA0AgCEUNBSAC\
KAIEIQQgAigCCCEBIAVBIGoiCSAHIAZBAhD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADQQJB\
jJbBABCeAiAJIAcgBiABEPcBIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIAQgAUGMlsEAEJ4CIAhB\
DGshCCACQQxqIQIMAAsACwNAIAhFDQQgAigCBCEEIAIoAgghASAFQSBqIgkgByAGQQMQ9wEgBSgC\
LCEGIAUoAighByAFKAIgIAUoAiQgA0EDQYyWwQAQngIgCSAHIAYgARD3ASAFKAIsIQYgBSgCKCEH\
IAUoAiAgBSgCJCAEIAFBjJbBABCeAiAIQQxrIQggAkEMaiECDAALAAsDQCAIRQ0DIAIoAgQhBCAC\
KAIIIQEgBUEgaiIJIAcgBkEEEPcBIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIANBBEGMlsEAEJ4C\
IAkgByAGIAEQ9wEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCABQYyWwQAQngIgCEEMayEIIAJB\
DGohAgwACwALA0AgCEUNAiACKAIEIQkgAigCCCEBIAVBIGoiCyAHIAYgBBD3ASAFKAIsIQYgBSgC\
KCEHIAUoAiAgBSgCJCADIARBjJbBABCeAiALIAcgBiABEPcBIAUoAiwhBiAFKAIoIQcgBSgCICAF\
KAIkIAkgAUGMlsEAEJ4CIAhBDGshCCACQQxqIQIMAAsACyAAQQA2AgggAEKAgICAEDcCAAwBCyAA\
IAUpAhQ3AgAgACAKIAZrNgIICyAFQTBqJAALwQYBB38CQAJAIAEgAEEDakF8cSIEIABrIgZJDQAg\
ASAGayIIQQJ2IgdFDQBBACEBIAAgBEcEQCAAIARrIgRBfE0EQANAIAEgACADaiICLAAAQb9/Smog\
AkEBaiwAAEG/f0pqIAJBAmosAABBv39KaiACQQNqLAAAQb9/SmohASADQQRqIgMNAAsLIAAgA2oh\
AgNAIAEgAiwAAEG/f0pqIQEgAkEBaiECIARBAWoiBA0ACwsgACAGaiEEAkAgCEEDcSIARQ0AIAQg\
CEH8////B3FqIgMsAABBv39KIQUgAEEBRg0AIAUgAywAAUG/f0pqIQUgAEECRg0AIAUgAywAAkG/\
f0pqIQULIAEgBWohAwNAIAQhACAHRQ0CQcABIAcgB0HAAU8bIgVBA3EhBgJAIAVBAnQiBEHwB3Ei\
AUUEQEEAIQIMAQsgACABaiEIQQAhAiAAIQEDQCACIAEoAgAiAkF/c0EHdiACQQZ2ckGBgoQIcWog\
AUEEaigCACICQX9zQQd2IAJBBnZyQYGChAhxaiABQQhqKAIAIgJBf3NBB3YgAkEGdnJBgYKECHFq\
IAFBDGooAgAiAkF/c0EHdiACQQZ2ckGBgoQIcWohAiABQRBqIgEgCEcNAAsLIAcgBWshByAAIARq\
IQQgAkEIdkH/gfwHcSACQf+B/AdxakGBgARsQRB2IANqIQMgBkUNAAsCfyAAIAVB/AFxQQJ0aiIA\
KAIAIgFBf3NBB3YgAUEGdnJBgYKECHEiASAGQQFGDQAaIAEgACgCBCIBQX9zQQd2IAFBBnZyQYGC\
hAhxaiIBIAZBAkYNABogACgCCCIAQX9zQQd2IABBBnZyQYGChAhxIAFqCyIBQQh2Qf+BHHEgAUH/\
gfwHcWpBgYAEbEEQdiADaiEDDAELIAFFBEBBAA8LIAFBA3EhAkEAIQQgAUEETwRAIAFBfHEhBQNA\
IAMgACAEaiIBLAAAQb9/SmogAUEBaiwAAEG/f0pqIAFBAmosAABBv39KaiABQQNqLAAAQb9/Smoh\
AyAFIARBBGoiBEcNAAsgAkUNAQsgACAEaiEBA0AgAyABLAAAQb9/SmohAyABQQFqIQEgAkEBayIC\
DQALCyADC+UGAQV/AkACQAJAAkACQAJAAkAgAEEEayIHKAIAIghBeHEiBEEEQQggCEEDcSIFGyAB\
ak8EQCAFQQAgAUEnaiIGIARJGw0BAkAgAkEJTwRAIAIgAxAsIgINAUEADwtBACECIANBzP97Sw0I\
QRAgA0ELakF4cSADQQtJGyEBIABBCGshBiAFRQRAIAZFIAFBgAJJciAEIAFrQYCACEsgASAET3Jy\
DQcgAA8LIAQgBmohBQJAIAEgBEsEQCAFQYy/wQAoAgBGDQFBiL/BACgCACAFRwRAIAUoAgQiCEEC\
cQ0JIAhBeHEiCCAEaiIEIAFJDQkgBSAIEC8gBCABayIFQRBPBEAgByABIAcoAgBBAXFyQQJyNgIA\
IAEgBmoiASAFQQNyNgIEIAQgBmoiBCAEKAIEQQFyNgIEIAEgBRAoDAkLIAcgBCAHKAIAQQFxckEC\
cjYCACAEIAZqIgEgASgCBEEBcjYCBAwIC0GAv8EAKAIAIARqIgQgAUkNCAJAIAQgAWsiBUEPTQRA\
IAcgCEEBcSAEckECcjYCACAEIAZqIgEgASgCBEEBcjYCBEEAIQVBACEBDAELIAcgASAIQQFxckEC\
cjYCACABIAZqIgEgBUEBcjYCBCAEIAZqIgQgBTYCACAEIAQoAgRBfnE2AgQLQYi/wQAgATYCAEGA\
v8EAIAU2AgAMBwsgBCABayIEQQ9NDQYgByABIAhBAXFyQQJyNgIAIAEgBmoiASAEQQNyNgIEIAUg\
BSgCBEEBcjYCBCABIAQQKAwGC0GEv8EAKAIAIARqIgQgAUsNBAwGCyADIAEgASADSxsiAwRAIAIg\
ACAD/AoAAAsgBygCACIDQXhxIgcgAUEEQQggA0EDcSIBG2pJDQIgAUUgBiAHT3INBkGInsEAQS5B\
uJ7BABDaAgALQcidwQBBLkH4ncEAENoCAAtBiJ7BAEEuQbiewQAQ2gIAC0HIncEAQS5B+J3BABDa\
AgALIAcgASAIQQFxckECcjYCACABIAZqIgUgBCABayIBQQFyNgIEQYS/wQAgATYCAEGMv8EAIAU2\
AgALIAZFDQAgAA8LIAMQCSIBRQ0BIANBfEF4IAcoAgAiAkEDcRsgAkF4cWoiAiACIANLGyICBEAg\
ASAAIAL8CgAACyABIQILIAAQFQsgAguiBgEEfyAAQQhrIgEgAEEEaygCACIDQXhxIgBqIQICQAJA\
IANBAXENACADQQJxRQ0BIAEoAgAiAyAAaiEAIAEgA2siAUGIv8EAKAIARgRAIAIoAgRBA3FBA0cN\
AUGAv8EAIAA2AgAgAiACKAIEQX5xNgIEIAEgAEEBcjYCBCACIAA2AgAPCyABIAMQLwsCQAJAQaC/\
wQACfwJAAkACQAJAIAIoAgQiA0ECcUUEQCACQYy/wQAoAgBGDQIgAkGIv8EAKAIARg0DIAIgA0F4\
cSICEC8gASAAIAJqIgBBAXI2AgQgACABaiAANgIAIAFBiL/BACgCAEcNAUGAv8EAIAA2AgAPCyAC\
IANBfnE2AgQgASAAQQFyNgIEIAAgAWogADYCAAsgAEGAAkkNBCABIAAQNEGgv8EAQaC/wQAoAgBB\
AWsiADYCACAADQZB6LzBACgCACIADQJB/x8MAwtBjL/BACABNgIAQYS/wQBBhL/BACgCACAAaiIA\
NgIAIAEgAEEBcjYCBEGIv8EAKAIAIAFGBEBBgL/BAEEANgIAQYi/wQBBADYCAAsgAEGYv8EAKAIA\
IgJNDQVBjL/BACgCACIARQ0FQYS/wQAoAgAiA0EpSQ0EQeC8wQAhAQNAIAAgASgCACIETwRAIAAg\
BCABKAIEakkNBgsgASgCCCEBDAALAAtBiL/BACABNgIAQYC/wQBBgL/BACgCACAAaiIANgIAIAEg\
AEEBcjYCBCAAIAFqIAA2AgAPC0EAIQEDQCABQQFqIQEgACgCCCIADQALQf8fIAEgAUH/H00bCzYC\
AA8LAkBB+L7BACgCACICQQEgAEEDdnQiA3FFBEBB+L7BACACIANyNgIAIABB+AFxQfC8wQBqIgAh\
AgwBCyAAQfgBcSIAQfC8wQBqIQIgAEH4vMEAaigCACEACyACIAE2AgggACABNgIMIAEgAjYCDCAB\
IAA2AggPC0Ggv8EAQei8wQAoAgAiAAR/QQAhAQNAIAFBAWohASAAKAIIIgANAAtB/x8gASABQf8f\
TRsFQf8fCzYCACACIANPDQBBmL/BAEF/NgIACwu7BQERfyMAQTBrIgUkACABQQJPBEAgBUEYaiAB\
QQRBBBCyASAFIAUoAhwiCjYCKCAFIAUoAhg2AiQgAUECdCILBEAgCiAAIAv8CgAACyAFIAE2Aiwg\
AygCFCERQQEhDAJAA0ACQCABIAxNBEAgDkEBcQ0BDAMLQQAhBCABIAxBAXQiD2h2IA9B/////wFq\
IAFxQQBHaiEQIAogACAOQQFxIgMbIQggACAKIAMbIRIDQAJAIBAEQCAQQQFrIRACQAJAAkACQCAB\
IAQgDGoiBiABIAZJGyIJIAEgBCAPaiILIAEgC0kbIgdHBEAgCUEBayIDIAFPDQEgASAGTQ0CIAIg\
CCADQQJ0aigCACAIIAlBAnRqKAIAIBERBABB/wFxQQFGDQMLIAVBCGogBCAHIBIgAUHAtcAAEOYB\
IAQgB0sNAyAFKAIIIAUoAgwgCCAEQQJ0aiAHIARrQeC1wAAQiAIMBQsgAyABQeC0wAAQswEACyAJ\
IAFB8LTAABCzAQALIAVBEGogBCAHIBIgAUGAtcAAEOYBIAUoAhAiAyAFKAIUQQJ0aiEUIAkhBgNA\
IAggBkECdGohDSAIIARBAnRqIRMCQAJAA0AgAyAURg0GIAQgCUcEQCAGIAdPDQMgASAETQ0CIAIg\
DSgCACATKAIAIBERBABB/wFxQf8BRw0DCyABIAZLBEAgAyANKAIANgIAIA1BBGohDSAGQQFqIQYg\
A0EEaiEDDAELCyAGIAFBsLXAABCzAQALIAQgAUGQtcAAELMBAAsgASAESwRAIAMgEygCADYCACAE\
QQFqIQQgA0EEaiEDDAELCyAEIAFBoLXAABCzAQALIAQgByABQdC1wAAQNwALIA5BAXMhDiAPIQwM\
AwsgCyEEDAALAAsLIAAgASAKIAFB0LTAABCIAgsgBUEkahCLAwsgBUEwaiQAC6sFAgh/AX5BK0GA\
gMQAIAAoAggiCEGAgIABcSIGGyELIAZBFXYgBGohBgJAIAhBgICABHFFBEBBACEBDAELAkAgAkEQ\
TwRAIAEgAhATIQUMAQsgAkUNACACQQNxIQkgAkEETwRAIAJBDHEhDANAIAUgASAHaiIKLAAAQb9/\
SmogCkEBaiwAAEG/f0pqIApBAmosAABBv39KaiAKQQNqLAAAQb9/SmohBSAMIAdBBGoiB0cNAAsg\
CUUNAQsgASAHaiEHA0AgBSAHLAAAQb9/SmohBSAHQQFqIQcgCUEBayIJDQALCyAFIAZqIQYLAkAg\
AC8BDCIJIAZLBEACQAJAIAhBgICACHFFBEAgCSAGayEJQQAhBUEAIQYCQAJAAkAgCEEddkEDcUEB\
aw4DAAEAAgsgCSEGDAELIAlB/v8DcUEBdiEGCyAIQf///wBxIQogACgCBCEIIAAoAgAhAANAIAVB\
//8DcSAGQf//A3FPDQJBASEHIAVBAWohBSAAIAogCCgCEBEDAEUNAAsMBAsgACAAKQIIIg2nQYCA\
gP95cUGwgICAAnI2AghBASEHIAAoAgAiCCAAKAIEIgogCyABIAIQ/gENA0EAIQUgCSAGa0H//wNx\
IQEDQCAFQf//A3EgAU8NAiAFQQFqIQUgCEEwIAooAhARAwBFDQALDAMLQQEhByAAIAggCyABIAIQ\
/gENAiAAIAMgBCAIKAIMEQQADQJBACEFIAkgBmtB//8DcSEBA0AgBUH//wNxIgIgAUkhByABIAJN\
DQMgBUEBaiEFIAAgCiAIKAIQEQMARQ0ACwwCCyAIIAMgBCAKKAIMEQQADQEgACANNwIIQQAPC0EB\
IQcgACgCACIGIAAoAgQiACALIAEgAhD+AQ0AIAYgAyAEIAAoAgwRBAAhBwsgBwvEBQIOfwJ+IwBB\
4ABrIgMkACABIAIoAgwiChECACABQQQgAigCHCIFEQAAIAEgACgCACIOQRNqIAIoAiAiDBEAACAD\
QRBqIABBOGoQwAIgAykDECERIANBCGogAEHEAGoQwAIgAykDCCESIANBJGoiDyAAEJkBIAMgEjcC\
WCADQQc6AFQgAyARNwJMIANBBjoASCADQQI2AkQgA0IBNwI8IANBAjYCICADQcgAaiEQIAIoAiQh\
CUEBIQsCQANAAkACQAJAIAtFBEAgBCEIDAELQQIhCCAEQQJGDQBBASELIARBAWohCCAPIARBDGxq\
IgYtAAAiDUEbRg0AIAghBAwBCyAHQQJHBEAgAyAHQQFqIgQ2AkAgB0EMbEEAIQsgBCEHIAghBCAQ\
aiIGLQAAIg1BG0cNAQsgAUEKQQkgDhsgBREAACABIABBBGogAigCKBEAACABQQsgBREAACABIAAo\
AiQgACgCKCAJEQEAIAAoAlBBgICAgHhHBEAgAUEMIAURAAAgASAAKAJUIAAoAlggCREBAAsgAUEN\
IAURAAAgASAKEQIAIAFBDiAFEQAAIAEgChECACABQQ8gBREAACABQRYgDBEAACABQRAgBREAACAB\
QRcgDBEAACABIAIoAhAiBBECACAAKAJcQYCAgIB4RwRAIAFBCCAFEQAAIAEgACgCYCAAKAJkIAkR\
AQALIAAoAjQiCEUNAyABQREgBREAACABIAoRAgAgAUESIAURAAAgASACKAIUEQIAIAhBDGwhBiAA\
KAIwIQcDQCAGRQ0CIAEgBygCBCAHKAIIIAkRAQAgBkEMayEGIAdBDGohBwwACwALIAYoAAQiCEUN\
ASAGKAAIIQYgASANIAURAAAgASAIIAYgCREBAAwBCwsgASACKAIYEQIAIAEgBBECAAsgASAEEQIA\
IAEgBBECACADQeAAaiQAC8wGARh/IwBBIGsiBiQAIABBDGohEyAEQQRqIRQgASgCCCIFQQFLIRUg\
ASgCBCIBIAVBHGxqIRYgBSAFQQBHa0ECaiELIAQoAgghFyAEKAIEIRggBC8BAiEZIAQtAAEhGiAE\
LQAAIRsCQANAIAEgFkcEQCABKAIEIgwgASgCCCINEP8CIREgACgCCCESIAAgAhCWAiEEIAYgDTYC\
CCAGIAw2AgQgBiACNgIMIAYgBCARakEBajYCECAAIAZBBGoQ3QEgBiANNgIIIAYgDDYCBCAZIQUg\
GiIHIQ4gGCEJIBchCgJAAn8CfwJAAkACQCAbIgRBAWsOAgEFAAtBAiEOIAZBBGpBkKjAAEEGEKUB\
RQ0BIAghBUECIQdBAgwDC0ECQQEgBkEEaiAUENMCGwwBCyABQRBqIQVBACEEIAEtAAxBBUchBwNA\
IARBIEcEQAJAIARB0KjAAGogBkEEahDTAkUgB3INACAFIARB2KjAAGooAgAiCSAEQdyowABqKAIA\
IgoQ8gJFDQBBASEEIAghBSAPIQcMBQsgBEEQaiEEDAELCyMAQRBrIgQkACAEIA02AgwgBCAMNgII\
IARBCGohCUEAIQVB9gAhBwJ/A0AgB0EBTQRAQQAgBUEDdEGI9cAAaiAJENcCQf8BcSIHRQ0CGgUg\
BSAHQQF2IgogBWoiBSAFQQN0QYj1wABqIAkQ1wJB/wFxQQFGGyEFIAcgCmshBwwBCwsgBSAHQf8B\
RmohBUEBCyEHIAQgBTYCBCAEIAc2AgAgBCgCACAEQRBqJABFCyEHIAghBSAHIQ5BAgshBCAQIQkg\
HCEKCyAGIAo2AhwgBiAJNgIYIAYgBTsBFiAGIAc6ABUgBiAEOgAUIAAoAhQiBCAAKAIMRgRAIBMQ\
0AELIARBFGwiDyAAKAIQaiIIIA46ABAgCEIANwIIIAggAzYCBCAIIBI2AgAgACAEQQFqNgIUIAAg\
AUEMaiASIAQgBkEUahBEIRAgBCAAKAIUIghPDQIgAUEcaiEBIAAoAhAgD2oiBCAINgIMIAQgECAR\
akEDaiIEIBVqNgIIIAQgC2ohCyAFIQggByEPIAkhECAKIRwMAQsLIAZBIGokACALDwsgBCAIQaCn\
wAAQswEAC6sFAgZ/AX4CQCACRQ0AIAJBB2siA0EAIAIgA08bIQcgAUEDakF8cSABayEIQQAhAwNA\
AkACQAJAIAEgA2otAAAiBcAiBkEATgRAIAggA2tBA3ENASADIAdPDQIDQCABIANqIgRBBGooAgAg\
BCgCAHJBgIGChHhxDQMgA0EIaiIDIAdJDQALDAILQoCAgICQICEJAkACQAJAAkACQAJAAkACQAJA\
IAUtANKqQUECaw4DAAECBwsgA0EBaiIEIAJJDQJCACEJDAYLIANBAWoiBCACSQ0CQgAhCQwFCyAD\
QQFqIgQgAkkNAkIAIQkMBAsgASAEaiwAAEG/f0oNAwwECyABIARqLAAAIQQCQAJAIAVB4AFrIgUE\
QCAFQQ1GBEAMAgUMAwsACyAEQWBxQaB/Rg0DDAQLIARBn39KDQMMAgsgBkEfakH/AXFBDE8EQCAG\
QX5xQW5HDQMgBEFASA0CDAMLIARBQEgNAQwCCyABIARqLAAAIQQCQAJAAkACQCAFQfABaw4FAQAA\
AAIACyAGQQ9qQf8BcUECSw0EIARBQEgNAgwECyAEQfAAakH/AXFBMEkNAQwDCyAEQY9/Sg0CCyAC\
IANBAmoiBE0EQEIAIQkMAgsgASAEaiwAAEG/f0oEQEKAgICAkMAAIQkMAgtCACEJIANBA2oiBCAC\
Tw0BIAEgBGosAABBQEgNAkKAgICAkOAAIQkMAQtCACEJIANBAmoiBCACTw0AIAEgBGosAABBv39M\
DQFCgICAgJDAACEJCyAAIAkgA62ENwIEIABBATYCAA8LIARBAWohAwwCCyADQQFqIQMMAQsgAiAD\
TQ0AA0AgASADaiwAAEEASA0BIAIgA0EBaiIDRw0ACwwCCyACIANLDQALCyAAIAI2AgggACABNgIE\
IABBADYCAAucBQEGfyMAQTBrIgQkAAJAAkACQAJAAkACfwJAAkACQAJAIAEoAhwiAiABKAIYIgVJ\
BEAgASgCFCIGIAJqLQAAIgNBLUYNAiADQeYARg0EQQQhByADQe4ARg0BQdOuwAAgA0H0AEYNBRog\
A0Ewa0H/AXFBCkkNAwsgACABQfCuwABBBxBiDAkLQdyuwAAMAwsgASACQQFqIgI2AhwLAkAgAiAF\
SQRAIAIgBmotAAAiA0EwRgRAIAEgAkEBaiICNgIcDAULIANBMWtB/wFxQQlJDQELIARBFGogAUHM\
rsAAQQcQYgwECyABEL8BIAEoAhwhAiABKAIYIQUgASgCFCEGDAILQQUhB0HXrsAACyEDIARBCGog\
AiAGIAVB4K7AABCHAiAEKAIIIAQoAgwgAyAHEMUCRQRAIAAgAUHwrsAAQQcQYgwFCyAAQQI2AgAg\
ACADLQAAOgAEIAEgAiAHajYCHAwECwJAIAIgBU8NACACIAZqLQAAQS5HDQAgASACQQFqIgI2AhwC\
QCACIAVJBEAgAiAGai0AAEEwa0H/AXFBCkkNAQsgBEEUaiABQZauwABBHxBiDAILIAEQvwEgASgC\
HCECIAEoAhghBSABKAIUIQYLIAIgBU8NAiACIAZqLQAAQSByQeUARw0CIAEgAkEBaiIDNgIcAkAg\
AyAFTw0AAkAgAyAGai0AAEEraw4DAAEAAQsgASACQQJqIgM2AhwLIAMgBUkEQCADIAZqLQAAQTBr\
Qf8BcUEKSQ0CCyAEQRRqIAFBta7AAEEXEGILIAQoAhQiAUECRg0BIAAgBCkCKDcCFCAAIAQpAiA3\
AgwgACAEKQIYNwIEIAAgATYCAAwCCyABEL8BCyAAQQI2AgAgAEEwOgAECyAEQTBqJAAL0QQBBn8C\
QAJAIAAoAggiB0GAgIDAAXFFDQACQAJAAkACQCAHQYCAgIABcQRAIAAvAQ4iBA0BQQAhAgwCCyAC\
QRBPBEAgASACEBMhBAwECyACRQRADAQLIAJBA3EhBSACQQRPBEAgAkEMcSEIA0AgBCABIANqIgYs\
AABBv39KaiAGQQFqLAAAQb9/SmogBkECaiwAAEG/f0pqIAZBA2osAABBv39KaiEEIAggA0EEaiID\
Rw0ACyAFRQ0ECyABIANqIQMDQCAEIAMsAABBv39KaiEEIANBAWohAyAFQQFrIgUNAAsMAwsgASAC\
aiEIQQAhAiABIQMgBCEFA0AgAyIGIAhGDQICfyAGQQFqIAYsAAAiA0EATg0AGiAGQQJqIANBYEkN\
ABogBkEEQQMgA0FvSxtqCyIDIAZrIAJqIQIgBUEBayIFDQALC0EAIQULIAQgBWshBAsgBCAALwEM\
IgNPDQAgAyAEayEGQQAhBEEAIQUCQAJAAkAgB0EddkEDcUEBaw4CAAECCyAGIQUMAQsgBkH+/wNx\
QQF2IQULIAdB////AHEhCCAAKAIEIQcgACgCACEAA0AgBEH//wNxIAVB//8DcUkEQEEBIQMgBEEB\
aiEEIAAgCCAHKAIQEQMARQ0BDAMLC0EBIQMgACABIAIgBygCDBEEAA0BQQAhBCAGIAVrQf//A3Eh\
AQNAIARB//8DcSICIAFJIQMgASACTQ0CIARBAWohBCAAIAggBygCEBEDAEUNAAsMAQsgACgCACAB\
IAIgACgCBCgCDBEEACEDCyADC48FAgV/A34jAEGgAWsiAiQAIAJCADcDICACQgA3AxggAkIANwMQ\
IAJCADcDCCACQgA3A0AgAkIANwM4IAJCADcDMCACQgA3AyggAiABNgJMIAIgAS0AaCIDrSIHQjuG\
IAEpAyAiCEIJhiIJIAdCA4aEIgdCgP4Dg0IohoQgB0KAgPwHg0IYhiAHQoCAgPgPg0IIhoSEIAhC\
AYZCgICA+A+DIAhCD4hCgID8B4OEIAhCH4hCgP4DgyAJQjiIhISENwNQIAMgAUEoaiIFakGAAToA\
ACACIAJBzABqNgJcIAIgA0EBaiAFQcAAQZCjwAAQhwIgAigCBCEEIAIoAgAhBgNAIAQEQCAGQQA6\
AAAgBEEBayEEIAZBAWohBgwBCwsCQCADQThxQThHBEAgAUHgAGpBCCACQdAAakEIQaCjwAAQngIg\
AkHcAGogBRD3AgwBCyACQdwAaiIEIAUQ9wIgAkHgAGoiA0EAQcAA/AsAIAJBmAFqQQggAkHQAGpB\
CEGwo8AAEJ4CIAQgAxD3AgtBACEEIAFBADoAaCACQqCAgIDAADcCbCACQQA2AmQgAiACQcgAajYC\
YCACIAJBKGo2AmggAigCTCEBIAJB4ABqIgMoAhAiBUUEQEHMocAAEIYDAAtBCCADKAIMIAVuIgMg\
A0EITxtBAnQhAwNAIAMgBEcEQCACIAEgBGooAgAiBUH/gfwHcUEIeCAFQRh4Qf+B/AdxcjYCYCAC\
QShqIARqQQQgAkHgAGpBBEH0lsEAEJ4CIARBBGohBAwBCwsgAkEIakEgIAJBKGpBIEGAosAAEJ4C\
IAAgAikDIDcAGCAAIAIpAxg3ABAgACACKQMQNwAIIAAgAikDCDcAACACQaABaiQAC5IEAQR/IwBB\
IGsiBSQAA0ACQAJAAn8CQCACIANHBEAgASADaiIGLQAAIgRB4QBrQf8BcUEaSSAEQTBrQf8BcUEJ\
TXINBCAEQd8ARyADQQFqIAJPckUEQCAGQQFqLQAAIgRB4QBrQf8BcUEaSSAEQTBrQf8BcUEKSXIN\
BQsgAw0BQQAMAgsgACABIAIQlwEMAgsgAiADQQFrIgRNBEAgBCACQdSQwQAQswEACyAEIAMgBkEB\
ay0AAEEwa0H/AXFBCkkbCyEDIAVBFGoiBCACQQhqEPkBIAVBCGogAyABIAJB5JDBABC7ASAEIAUo\
AgggBSgCDBDaAQNAIAIgA00EQCAAIAUoAhw2AgggACAFKQIUNwIADAILIAEgA2otAAAiBEEwa0H/\
AXFBCkkgBEFfcUHBAGtB/wFxQRpJckUEQCADQQFqIQMMAQsgBSgCHARAIAVBFGpB3wAQowELIAMg\
AiACIANJGyEEA0ACQCADIARGBEAgBCEDDAELIAVBFGogASADai0AACIGQcEAa0H/AXFBGkkEf0Eg\
BSAGQTBrQf8BcUEKTw0BQQALIAZyEKMBIANBAWohAwwBCwsDQCACIANNDQEgASADai0AACIEQeEA\
a0H/AXFBGk8gBEEwa0H/AXFBCUtxDQEgBUEUaiAEEKMBIANBAWohAwwACwALAAsgBUEgaiQADwsg\
A0EBaiEDDAALAAv7AwEIfyMAQRBrIgYkAAJ/AkAgA0EBcUUEQCACLQAAIgUNAUEADAILIAAgAiAD\
QQF2IAEoAgwRBAAMAQsgASgCDCEKA0AgAkEBaiEEAkACQAJAAkAgBcBBAEgEQCAFQf8BcSIIQYAB\
Rg0BIAhBwAFHDQMgBiABNgIEIAYgADYCACAGQqCAgIAGNwIIIAMgB0EDdGoiAigCACAGIAIoAgQR\
AwBFDQJBAQwGCyAAIAQgBUH/AXEiAiAKEQQARQRAIAIgBGohAgwEC0EBDAULIAAgAkEDaiIEIAIv\
AAEiAiAKEQQARQRAIAIgBGohAgwDC0EBDAQLIAdBAWohByAEIQIMAQtBoICAgAYhCyAFQQFxBEAg\
AigAASELIAJBBWohBAtBACEIAn8gBUECcUUEQEEAIQkgBAwBCyAELwAAIQkgBEECagshAiAFQQRx\
BH8gAi8AACEIIAJBAmoFIAILIQQgBUEIcQR/IAQvAAAhByAEQQJqBSAECyECIAVBEHEEQCADIAlB\
A3RqLwEEIQkLIAYgBUEgcQR/IAMgCEEDdGovAQQFIAgLOwEOIAYgCTsBDCAGIAs2AgggBiABNgIE\
IAYgADYCAEEBIAMgB0EDdGoiBCgCACAGIAQoAgQRAwANAhogB0EBaiEHCyACLQAAIgUNAAtBAAsg\
BkEQaiQAC8YEAQd/IwBB8ABrIgYkACAGIAI2AgwgBiABNgIIIAYgBDYCFCAGIAM2AhAgACgCCEEc\
bCEEIAAoAgQiAEEMaiEBIAZB1ABqIQMgBkHcAGohCANAAkACQAJAIAQEQCAAKAIEIQcgBiAAKAII\
Igk2AhwgBiAHNgIYIAZBAjYCXCAGQQI2AlQgBiAGQRhqNgJYIAYgBkEQajYCUCAGQcQAaiIKQcWD\
wAAgBkHQAGoiCxCqAiAGIAYpAkQ3AyAgBiAGKAJMNgIoIAZBLGoiDCAHIAkQHiAGKAI0BEACQCAC\
BEAgBkEDNgJcIAZBAjYCVCAGIAw2AlggBiAGQQhqNgJQIApBwIPAACALEKoCIAYgBikCRDcDOCAG\
IAYoAkw2AkAMAQsgBiAGKAI0NgJAIAYgBikCLDcDOAsCfyABLQAAIgcEQCAHQQVHBEAgCCAGKQMg\
NwIAIAggBigCKDYCCCAGIAYoAkA2AlggBiAGKQM4NwNQIAYgATYCaCAFIAZB0ABqELUBQQAMAgsg\
AUEEaiAGKAI8IAYoAkAgBigCJCAGKAIoIAUQIAsgBkE4ahCKA0EBCyEHIAINAgwDCyABQbz/wAAQ\
XUUEQCAGQSxqEIoDIAZBIGoQigMMBAsgAyAGKAIoNgIIIAMgBikDIDcCACAGQYCAgIB4NgJQIAUg\
BkHQAGoQtQEgBkEsahCKAwwDCyAGQfAAaiQADwsgBkEsahCKAwsgB0UNACAGQSBqEIoDCyAAQRxq\
IQAgBEEcayEEIAFBHGohAQwACwALsAQBBX8jAEFAaiIDJAAgASgCHCIEIAEoAhgiBSAEIAVLGyEG\
IAEoAhQhBwJAAkADQAJAIAQgBkYNAAJAIAQgB2otAAAiBUEJa0ECSQ0AAkAgBUEgaw4DAQIEAAsg\
BUENRw0BCyABIARBAWoiBDYCHAwBCwsgACABQeuswABBDBBiDAELAkAgAkUEQCADQSRqIAFBABAP\
IAMoAiQiAkECRwRAIAAgAykCODcCFCAAIAMpAjA3AgwgACADKQIoNwIEIAAgAjYCAAwDCyADQQA2\
AhAgA0KAgICAEDcCCAwBCyADQSRqIAEQdSADIAMpAig3AxggAyADKAIwNgIgIAMoAiQiAkECRwRA\
IAAgAygCPDYCGCAAIAMpAjQ3AhAgACADKAIgNgIMIAAgAykDGDcCBCAAIAI2AgAMAgsgAyADKQMY\
NwMIIAMgAygCIDYCEAsgASgCHCIEIAEoAhgiAiACIARJGyECIAEoAhQhBQJAAkACQANAIAIgBEYN\
ASAEIAVqLQAAIgZBCWsiB0EXS0EBIAd0QZOAgARxRXJFBEAgASAEQQFqIgQ2AhwMAQsLIAZBOkcN\
ACABIARBAWo2AhwMAQsgA0EkaiABQeiswABBAxBiIAMoAiQiAUECRw0BCyAAIAMoAhA2AgwgACAD\
KQMINwIEIABBAjYCAAwBCyAAIAMpAjg3AhQgACADKQIwNwIMIAAgAykCKDcCBCAAIAE2AgAgA0EI\
ahCKAwsgA0FAayQAC9EDAQN/IwBBEGsiBCQAAkACQAJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBx\
DQEgACABEDlFDQJBASECDAMLIAAoAgAhAgNAIAMgBGpBD2ogAkEPcS0ArKhBOgAAIANBAWshAyAC\
QQR2IgINAAtBASECIAFByrnBAEECIAMgBGpBEGpBACADaxAXRQ0BDAILIAAoAgAhAgNAIAMgBGpB\
D2ogAkEPcS0AzLlBOgAAIANBAWshAyACQQR2IgINAAtBASECIAFByrnBAEECIAMgBGpBEGpBACAD\
axAXDQELIAEoAgBByLnBAEECIAEoAgQoAgwRBAAEQEEBIQIMAQsgAEEEaiEAAkAgASgCCCICQYCA\
gBBxRQRAIAJBgICAIHENASAAIAEQOSECDAILIAAoAgAhAkEAIQMDQCADIARqQQ9qIAJBD3EtAKyo\
QToAACADQQFrIQMgAkEEdiICDQALIAFByrnBAEECIAMgBGpBEGpBACADaxAXIQIMAQsgACgCACEC\
QQAhAwNAIAMgBGpBD2ogAkEPcS0AzLlBOgAAIANBAWshAyACQQR2IgINAAsgAUHKucEAQQIgAyAE\
akEQakEAIANrEBchAgsgBEEQaiQAIAIL8gMBCH8gASgCBCIFBEAgASgCACEEA0ACQCADQQFqIQIC\
fyACIAMgBGotAAAiCMAiCUEATg0AGgJAAkACQAJAAkACQAJAAkACQAJAAkAgCC0A0qpBQQJrDgMA\
AQIMC0G5ocAAIAIgBGogAiAFTxssAABBQE4NCyADQQJqDAoLQbmhwAAgAiAEaiACIAVPGywAACEH\
IAhB4AFrIgZFDQEgBkENRg0CDAMLQbmhwAAgAiAEaiACIAVPGywAACEGIAhB8AFrDgUEAwMDBQML\
IAdBYHFBoH9HDQgMBgsgB0Gff0oNBwwFCyAJQR9qQf8BcUEMTwRAIAlBfnFBbkcgB0FATnINBwwF\
CyAHQUBODQYMBAsgCUEPakH/AXFBAksgBkFATnINBQwCCyAGQfAAakH/AXFBME8NBAwBCyAGQY9/\
Sg0DC0G5ocAAIAQgA0ECaiICaiACIAVPGywAAEG/f0oNAkG5ocAAIAQgA0EDaiICaiACIAVPGywA\
AEG/f0oNAiADQQRqDAELQbmhwAAgBCADQQJqIgJqIAIgBU8bLAAAQUBODQEgA0EDagsiAyICIAVJ\
DQELCyAAIAM2AgQgACAENgIAIAEgBSACazYCBCABIAIgBGo2AgAgACACIANrNgIMIAAgAyAEajYC\
CA8LIABBADYCAAvxAwIGfwF+IwBBEGsiByQAA0ACQAJAIAIgA0sEQCABIANqLQAAIgRBIkcEQCAE\
QS1GIARBMGtB/wFxQQpJcg0DDAILIANBAWohBANAAn8CQCAEIgNBd0sNACADQQhqIgQgAksNACAB\
IANqKQAAIglCf4UgCULgwYOHjpy48GCDQoGChIiQoMCAAX0gCUKixIiRosSIkSKFQoGChIiQoMCA\
AX0gCULcuPHixYuXrtwAhUKBgoSIkKDAgAF9hISDQoCBgoSIkKDAgH+DIglQDQIgCXqnQQN2IANq\
DAELA0AgAiADSyEEIAEgA2ogA0EBaiEDQQAgBBsQjgINAAsgA0EBawsiAyACTw0EAn8gASADai0A\
ACIFQdwARwRAQQEgBUEiRw0BGgwEC0ECCyADaiEEDAALAAsgACAAKAIAIAIgBmpqNgIAIAdBEGok\
AA8LIANBAWohAwwBCyADIQQDQAJAAkAgAiAERgRAIAIhBAwBCyABIARqLQAAIgVBMGtB/wFxQQpJ\
DQEgBUHlAEYgBUErayIIQRpNQQBBASAIdEGNgIAgcRtyDQELIAdBCGogASACIAMgBEHAtMAAEHMg\
BiAHKAIIIAcoAgwiAxAOIgYgA2siA0EAIAMgBk0baiEGIAQhAwwCCyAEQQFqIQQMAAsACwAL4AkC\
CH8BfiMAQYABayIEJAAgBEHgAGogAhBaAkACQCAEKAJgIgNBAkcEQCAAIAQpAnQ3AhQgACAEKQJs\
NwIMIAAgBCkCZDcCBCAAIAM2AgAMAQsgBEEYaiEFIwBBEGsiBiQAAkAgAiIDQQNJDQAgBiABIANB\
A0HcksEAEPgBIAYoAgRBA0cNACAGKAIMIQMgBigCCEEAIAYoAgBBmKvAAEEDEP4CGyEHCyAFIAM2\
AgQgBSAHNgIAIAZBEGokACAEQSRqIAQoAhgiAyABIAMbIgYgBCgCHCACIAMbIgEQGiAEKAIkQQFG\
BEAgBCAEKQIoIgunIgI2AkwgBEEaQRUgC0KAgICAEINQIgMbNgJUIARBzqvAAEHoq8AAIAMbNgJQ\
IAEgAkkNAiMAQTBrIgMkACADIAIiATYCCCADIAY2AgQgA0EgaiADQQRqECMCQCAEQeAAaiIHAn8g\
AygCICIJBEAgAygCJCIFIAMoAixFDQEaAkACQCABRQRAQQEhBgwBCyABQQEQ0AIiBkUNAQsgA0EA\
NgIUIAMgBjYCECADIAE2AgwCQAJAIAEgBUkEQCADQQxqQQAgBRBvIAMoAgwhASADKAIQIQYgAygC\
FCEIDAELIAVFDQELIAVFDQAgBiAIaiAJIAX8CgAACyADIAUgCGoiBTYCFCABIAVrQQJNBEAgA0EM\
aiAFQQMQbyADKAIUIQUgAygCECEGCyAFIAZqIgFB9p7BAC0AACIIOgACIAFB9J7BAC8AACIJOwAA\
IAMgBUEDaiIBNgIUIAMgAykCBDcCGCADQSBqIANBGGoQIyADKAIgIgYEQANAIAMoAiwCQAJAIAMo\
AiQiBSADKAIMIAFrSwRAIANBDGogASAFEG8gAygCFCEBDAELIAVFDQELIAVFDQAgAygCECABaiAG\
IAX8CgAACyADIAEgBWoiATYCFARAIAMoAgwgAWtBAk0EQCADQQxqIAFBAxBvIAMoAhQhAQsgAygC\
ECABaiIGIAk7AAAgBiAIOgACIAMgAUEDaiIBNgIUCyADQSBqIANBGGoQIyADKAIgIgYNAAsLIAcg\
AygCFDYCCCAHIAMpAgw3AgAMAwtBASABENECAAtBASEJQQALNgIIIAcgCTYCBCAHQYCAgIB4NgIA\
CyADQTBqJAAgBEEQaiAHEKIDIARBCGogBCgCECAEKAIUIAIQRSAEIAQoAgwiATYCXCAEIAQoAggi\
AjYCWCAHEN4CIARBATYCfCAEIARB3ABqNgJ4IARBATYCdCAEQQE2AmwgBEECNgJkIAQgBEHYAGo2\
AnAgBCAEQcwAajYCaCAEIARB0ABqNgJgIARBPGpB+qDAACAHEKoCIARBADoASCAAIAQpAkQ3AhQg\
ACAEKQI8NwIMIAAgATYCCCAAIAI2AgQgAEEBNgIADAELIAQgBCgCKCIDIAQoAiwiB2o2AmQgBCAD\
NgJgIARB4ABqIgYoAgAhAiAGKAIEIQUDQAJAIAIiASAFRg0AIAYgAUEBaiICNgIAIAEtAABBCWsi\
CEEXSw0AQQEgCHRBk4CABHENAQsLIAEgBUcEQCAAIAc2AgggACADNgIEIABBAjYCAAwBCyAAQQxq\
QZurwABBMxCXASAAQQA2AgAgAEEAOgAYCyAEQYABaiQADwtBACACIAFBgKzAABA3AAudCAEMfyMA\
QUBqIgQkACAEIAAgACABahBUIARBDGogAiACIANqEFRBfyEAAkAgBCgCCEHAAEsNACAEKAIUIgFB\
wABLDQAgBEEAOgAwIAQgATYCLCAEQQA2AiggBEEYaiEGIwBBIGsiAiQAIAJBFGogBEEoaiIAEJUB\
AkAgAigCGEEBRgRAIAIgAigCHEEEQQQQsgEgAkEANgIQIAIgAikDADcCCCACQQhqIQMjAEEQayIF\
JAAgBUEEaiAAEJUBAkACQCAFKAIIQQFGBEAgAyAFKAIMELgCIAMoAgghASAALQAIQQFxDQEgACgC\
ACIHIAAoAgQiCEsNASABQQFqIQAgAygCBCABQQJ0aiEBA0AgByAIRwRAIAEgBzYCACABQQRqIQEg\
AEEBaiEAIAdBAWohBwwBCwsgASAINgIADAILQdyhwABBI0HklsEAEPIBAAsgASEACyADIAA2Aggg\
BUEQaiQAIAYgAigCEDYCCCAGIAIpAgg3AgAgAkEgaiQADAELQdyhwABBI0HwocAAEPIBAAsgBCgC\
BCIHIAQoAghBAnRqIQwDQAJAAkAgByAMRwRAIAcoAgAhDSAEQTRqIQUgBCgCFEEBaiEAIwBBIGsi\
AiQAAkACQAJAIA5BAWoiDiIBBEAgAkEIaiAAQQRBBBCyASACQQA2AhwgAiACKQMINwIUIAJBFGoi\
CCAAELgCQQEgACAAQQFNGyIJQQFrIQMgCCgCBCAIKAIIIgpBAnRqIQYCQANAIAMEQCAGIAE2AgAg\
A0EBayEDIAZBBGohBgwBBQJAIAkgCmohAyAADQAgA0EBayEDDAMLCwsgBiABNgIACyAIIAM2Aggg\
BSACKAIcNgIIIAUgAikCFDcCAAwBCyACQRRqIABBAUEEQQQQYCACKAIYIQEgAigCFEEBRg0BIAIo\
AhwhAyAFIAA2AgggBSADNgIEIAUgATYCAAsgAkEgaiQADAELIAEgAigCHBDRAgALIAdBBGohByAE\
KAI4QQRqIQMgBCgCFEECdCECQQAhACAEKAI8IgYgBkEAR2shCCAEKAIQIQEDQCACRQ0CIAEoAgAh\
CSAEQRhqIgUgAEHEicEAEKQCKAIAIQogBSAAQQFqIgVB1InBABCkAigCACELIARBNGogAEHkicEA\
EKQCIQ8gACAIRg0DIAMgDygCAEEBaiIAIAtBAWoiCyAKIAkgDUdqIgkgCSALSxsiCSAAIAlJGzYC\
ACADQQRqIQMgAkEEayECIAFBBGohASAFIQAMAAsACyAEQRhqIgEgBCgCFEG0icEAEKQCKAIAIQAg\
ARCLAwwDCyAEQRhqEIsDIAQgBCgCPDYCICAEIAQpAjQ3AxgMAQsLIABBAWogBkH0icEAELMBAAsg\
BEEMahCLAyAEEIsDIARBQGskACAAC8AEAgR/AX4jAEFAaiIDJAAgASgCACEBAkACQAJAIAJB/wFx\
QQRHBEAgASgCICEEIAEoAiQoAgwhAQwBCyADQTBqIAEoAiAiBEEHIAEoAiQoAgwiAREBAAJAAkAC\
QAJAIAMtADBBA2sOBAABAQUBCyADQTRqIQUgAygCPEEIRw0BIAMoAjgpAABCw6rNovWp06LSAFIN\
ASADIAUoAgg2AiggAyAFKQIANwMgIANBIGoQigMgAy0AMEEDaw4EAwICAwILIANBMGoQ7QEMAwsg\
BRCKAwwCCyADQTBqEO0BCyADQTBqIAQgAhD0AiABEQEAAkAgAy0AMCIBQQZGDQACQAJAAkAgAUEC\
aw4CAQADCyADQQhqIAMoAjggAygCPBBOIAMoAgxFDQIgA0EUaiADQTRqEKsBDAELIAMgAygCOCIE\
IAMoAjwiAUEtEMYBIAMoAgQgASADKAIAIgEbIgVFDQEgAyABIAQgARsiATYCICADIAEgBWoiBDYC\
JCADQSBqIgUQzwENASADIAQ2AiQgAyABNgIgIAUoAgAhBCAFKAIEIQYDQCAGIAQiAUcEQCAFIAFB\
AWoiBDYCACABLQAAQTBGDQELCyABIAZHBEAgA0EUaiADQTRqEKsBDAELIANBFGpB7YjBAEEBEJcB\
CyADKAIUIQEgA0EwahDgAiABQYCAgIB4Rg0BIAMpAhghByAAIAI6AAwgACAHNwIEIAAgATYCAAwC\
CyADQTBqEOACCyAAQYCAgIB4NgIACyADQUBrJAALjwQBAn8gACABaiECAkACQCAAKAIEIgNBAXEN\
ACADQQJxRQ0BIAAoAgAiAyABaiEBIAAgA2siAEGIv8EAKAIARgRAIAIoAgRBA3FBA0cNAUGAv8EA\
IAE2AgAgAiACKAIEQX5xNgIEIAAgAUEBcjYCBCACIAE2AgAMAgsgACADEC8LAkACQAJAIAIoAgQi\
A0ECcUUEQCACQYy/wQAoAgBGDQIgAkGIv8EAKAIARg0DIAIgA0F4cSICEC8gACABIAJqIgFBAXI2\
AgQgACABaiABNgIAIABBiL/BACgCAEcNAUGAv8EAIAE2AgAPCyACIANBfnE2AgQgACABQQFyNgIE\
IAAgAWogATYCAAsgAUGAAk8EQCAAIAEQNA8LAkBB+L7BACgCACICQQEgAUEDdnQiA3FFBEBB+L7B\
ACACIANyNgIAIAFB+AFxQfC8wQBqIgEhAgwBCyABQfgBcSIBQfC8wQBqIQIgAUH4vMEAaigCACEB\
CyACIAA2AgggASAANgIMIAAgAjYCDCAAIAE2AggPC0GMv8EAIAA2AgBBhL/BAEGEv8EAKAIAIAFq\
IgE2AgAgACABQQFyNgIEIABBiL/BACgCAEcNAUGAv8EAQQA2AgBBiL/BAEEANgIADwtBiL/BACAA\
NgIAQYC/wQBBgL/BACgCACABaiIBNgIAIAAgAUEBcjYCBCAAIAFqIAE2AgALC5cEAgV/AX4jAEEg\
ayIHJAAgAEGAs8AAQQEgASgCDCIEEQEAA0BBACEGIAdBCGogAiIFIAMgCAJ/AkADQCAGIAhqIgFB\
d0sgAUEIaiADS3INASAFIAhqIAVBCGohBSAGQQhqIQYpAAAiCUJ/hSAJQuDBg4eOnLjwYINCgYKE\
iJCgwIABfSAJQqLEiJGixIiRIoVCgYKEiJCgwIABfSAJQty48eLFi5eu3ACFQoGChIiQoMCAAX2E\
hINCgIGChIiQoMCAf4MiCVANAAsgCCAJeqdBA3ZqIAZqQQhrDAELA0AgASADSSEFIAEgAmogAUEB\
aiEBQQAgBRsQjgINAAsgAUEBawsiAUGEs8AAEHMgACAHKAIIIAcoAgwgBBEBACABIANJBEACQAJA\
AkACQAJAAkACQAJAAkACQCABIAJqLQAAIgVBCGsOBgcGBAEIBQALIAVBIkYNASAFQdwARg0CCyAH\
QRRqIgYgBRB7IAAgBygCGCAHKAIcIAQRAQAgBhCKAwwHCyAAQZSzwABBAiAEEQEADAYLIABBlrPA\
AEECIAQRAQAMBQsgAEGYs8AAQQIgBBEBAAwECyAAQZqzwABBAiAEEQEADAMLIABBnLPAAEECIAQR\
AQAMAgsgAEGes8AAQQIgBBEBAAwBCyAAQaCzwABBAiAEEQEACyABQQFqIQgMAQsLIABBgLPAAEEB\
IAQRAQAgB0EgaiQAC9cGAg1/AX4jAEHwAGsiAyQAQQEgAigCBCACLQAAIgQbIQVBACACKAIIIAQb\
IQQCQAJAAkAgASACEKwCIgEEQCABLQAAQQNHDQEgA0EIaiABKAIIIgYgASgCDCIJEE4gAygCDA0C\
IAAgBDYCCCAAIAU2AgQgAEECNgIADAMLIAAgBDYCCCAAIAU2AgQgAEECNgIADAILIAAgAkGRsMAA\
QQggARB8DAELIAMgAigCFCIFNgIQIAMgBSACKAIYQQN0aiIONgIUIwBBIGsiCCQAIAFBBGoiASgC\
CCEKIAEoAgQhCyADQRBqIg8oAgAhASAPKAIEIQwDQAJAIAEgDEYEQEEAIQ0MAQsgDyABQQhqIgQ2\
AgAgASgCACENIAggAUEEaigCACIHNgIUIAggDTYCECAIQQhqIAsgChBOIAggCCkDCDcCGCAEIQEg\
CEEQaiAIQRhqENMCRQ0BCwsgAyAHNgIEIAMgDTYCACAIQSBqJAAgAygCACIEBEAgAygCBCEBIAAg\
BDYCBCAAQQI2AgAgACABNgIIDAELIANBNGoiDCAGIAkQZyMAQSBrIgYkACAGQQhqIA4gBWtBA3Yi\
AUEEQQwQsgEgBkEANgIcIAYgBikDCDcCFCMAQRBrIgkkACAGQRRqIgQgARC5AiAEKQIEIRAgCSAE\
QQhqNgIEIAkgEEIgiTcCCCMAQRBrIgokACAJQQRqIgcoAgQhCyAHKAIAIAUgDkcEQCAHKAIIIAtB\
DGxqIQcgASALaiELA0AgCkEEaiAFKAIAIAVBBGooAgAQZyAHIAooAgw2AgggByAKKQIENwIAIAVB\
CGohBSAHQQxqIQcgAUEBayIBDQALCyALNgIAIApBEGokACAJQRBqJAAgA0HMAGoiBCAGKAIcNgII\
IAQgBikCFDcCACAGQSBqJAAgA0FAayIBIAMoAlAgAygCVEGsgMEAQQIQEiADQQM2AmwgA0EDNgJk\
IANBAjYCXCADIAJBDGo2AlggAyABNgJoIAMgDDYCYCADQSRqQbGHwAAgA0HYAGoQqgIgARCKAyAE\
EJUDIAwQigMgACADKQIgNwIIIAAgAykCKDcCECADQQA2AhggACADKQIYNwIAIANBAToAMCAAIAMo\
AjA2AhgLIANB8ABqJAALswMBBX8jAEHwAGsiAyQAAkACQCABIAIQrAIiAQRAIAEtAABBBEcNASAD\
QSBqIAEoAgxBBEEMELIBIANBADYCNCADIAMpAyA3AiwgASgCDEEEdCEFIAEoAgghAQJAA0AgBQRA\
IAMgBDYCOCABLQAAQQNHDQIgA0EQaiABQQhqKAIAIgYgAUEMaigCACIHEE4gAygCFARAIANBCGog\
BiAHEE4gA0HYAGoiBiADKAIIIAMoAgwQlwEgA0EsaiAGENkBCyABQRBqIQEgBEEBaiEEIAVBEGsh\
BQwBCwsgACADKAI0NgIMIAAgAykCLDcCBCAAQQI2AgAMAwsgA0EYaiABEMcCIAMgAykDGDcCUCAD\
QQI2AmwgA0EBNgJkIANBAjYCXCADIAJBDGo2AlggAyADQdAAajYCaCADIANBOGo2AmAgA0HEAGpB\
4IPAACADQdgAahCqAiAAQQA2AgAgACADKQI8NwIEIAAgAykCRDcCDCAAIAMoAkw2AhQgAEEBOgAY\
IANBLGoQlQMMAgsgAEIENwIIIABCAjcCAAwBCyAAIAJBkY/BAEETIAEQfAsgA0HwAGokAAvnAgEF\
fwJAIAFBzf97QRAgACAAQRBNGyIAa08NACAAQRAgAUELakF4cSABQQtJGyIEakEMahAJIgJFDQAg\
AkEIayEBAkAgAEEBayIDIAJxRQRAIAEhAAwBCyACQQRrIgUoAgAiBkF4cSACIANqQQAgAGtxQQhr\
IgIgAEEAIAIgAWtBEE0baiIAIAFrIgJrIQMgBkEDcQRAIAAgAyAAKAIEQQFxckECcjYCBCAAIANq\
IgMgAygCBEEBcjYCBCAFIAIgBSgCAEEBcXJBAnI2AgAgASACaiIDIAMoAgRBAXI2AgQgASACECgM\
AQsgASgCACEBIAAgAzYCBCAAIAEgAmo2AgALAkAgACgCBCIBQQNxRQ0AIAFBeHEiAiAEQRBqTQ0A\
IAAgBCABQQFxckECcjYCBCAAIARqIgEgAiAEayIEQQNyNgIEIAAgAmoiAiACKAIEQQFyNgIEIAEg\
BBAoCyAAQQhqIQMLIAMLsAMBBX8jAEEQayIGJAAgBiACNgIMIAYgATYCCEHGACEDA0AgA0ECSUUE\
QCAEIANBAXYiBSAEaiIEIAZBCGogBEEsbEGQ08AAahDWAkH/AXFBAUYbIQQgAyAFayEDDAELCwJA\
AkAgBkEIaiAEQSxsQZDTwABqENYCQf8BcSIDBEBBsHohAwNAIANFBEBBACEEQQMhBUGQhsEAIQdB\
ACEDQQAhAkEAIQEMAwsgA0GkhsEAaiEFIANBoIbBAGohByADQSRqIgQhAyABIAIgBygCACAFKAIA\
EMUCRQ0ACyAEQeyFwQBqIQMgBEGNhsEAai0AACEBIARBjIbBAGotAAAhAiAEQYiGwQBqKAIAIQUg\
BEGEhsEAaigCACEHQQAhBAwBCyAEIANB/wFGaiIBQcUASw0BIAFBLGwiA0GQ08AAaiEEIAMtALnT\
QCEBIAMtALjTQCECIAMoApzTQCEFIAMoApjTQCEHIAMoAqDTQCEDCyAAIAM2AgwgACAENgIIIAAg\
AToAESAAIAI6ABAgACAFNgIEIAAgBzYCACAGQRBqJAAPC0HGAEHGAEGwgMEAELMBAAuTBQEJfyMA\
QTBrIgYkAAJAAkAgAgRAAkAgAwRAIwBBMGsiBSQAIAVBADYCLCAFIAM2AiQgBSADNgIcIAUgBDYC\
ICAFIAMgBGoiCDYCKCAFQSRqIQogAyEEA0AgBUEQaiAKEIQBIAUoAhQiB0EJRiAHQSBGcgRAIAUo\
AiQhBCAFKAIoIQgMAQUCfyAHQYCAxABHBEAgBSgCJCAFKAIQIgcgCCAEa2pqIAUoAihrDAELQQAh\
B0EACyEIA0AgBSgCJCELIAUoAighDCAFQQhqIAoQpAEgBSgCCCENIAUoAgwiBEEJRiAEQSBGcg0A\
CyAGIARBgIDEAEcEfyAFKAIkIAwgC2sgDWpqIAUoAihrBSAICyAHazYCBCAGIAMgB2o2AgAgBUEw\
aiQACwsgBigCBCEFIAYoAgAhB0EAIQNBACEEA0AgAyAFRg0CIAIgBEsEQCADIAdqIQggA0EBaiED\
IAEgBGotAAAgCC0AAHMgCXIhCSAEQQFqIgRBACACIARHGyEEDAELCyAEIAJBxIfBABCzAQALIAZB\
AjYCLCAGQeyHwQA2AiggBkECNgIkIAZB1IfBADYCICAGQRRqQYiMwAAgBkEgahCqAiAAQQA2AgAg\
ACAGKQIMNwIEIAAgBikCFDcCDCAAIAYoAhw2AhQgAEEBOgAYDAMLIAIgBUYQ4QIgCUEAIAlrcsBB\
AE4Q4QJxEOECQf8BcUUNASAAQQI2AgAMAgsgAEECNgIADAELIAZBAjYCLCAGQeyHwQA2AiggBkEC\
NgIkIAZB1IfBADYCICAGQRRqQaScwAAgBkEgahCqAiAAQQA2AgAgACAGKQIMNwIEIAAgBikCFDcC\
DCAAIAYoAhw2AhQgAEEBOgAYCyAGQTBqJAALggMBBH8gACgCDCECAkACQAJAIAFBgAJPBEAgACgC\
GCEDAkACQCAAIAJGBEAgAEEUQRAgACgCFCICG2ooAgAiAQ0BQQAhAgwCCyAAKAIIIgEgAjYCDCAC\
IAE2AggMAQsgAEEUaiAAQRBqIAIbIQQDQCAEIQUgASICQRRqIAJBEGogAigCFCIBGyEEIAJBFEEQ\
IAEbaigCACIBDQALIAVBADYCAAsgA0UNAgJAIAAoAhxBAnRB4LvBAGoiASgCACAARwRAIAMoAhAg\
AEYNASADIAI2AhQgAg0DDAQLIAEgAjYCACACRQ0EDAILIAMgAjYCECACDQEMAgsgACgCCCIAIAJH\
BEAgACACNgIMIAIgADYCCA8LQfi+wQBB+L7BACgCAEF+IAFBA3Z3cTYCAA8LIAIgAzYCGCAAKAIQ\
IgEEQCACIAE2AhAgASACNgIYCyAAKAIUIgBFDQAgAiAANgIUIAAgAjYCGA8LDwtB/L7BAEH8vsEA\
KAIAQX4gACgCHHdxNgIAC/8CAQZ/IwBBQGoiAyQAIANBEGogASACELcBAkAgAygCEEEBcUUEQCAA\
QQc2AgAMAQsgAygCFCEFIANBkIfBACgCADYCPCADQYiHwQApAgA3AjQgA0GAh8EAKQIANwIsIANB\
+IbBACkCADcCJCADQSRqIQcCQAJAA0AgBEEEaiIGQSBGDQEgBCAHaiAGIQQoAgAgBUcNAAsgBUEC\
Rw0BIANBCGogASACQQFqELcBIAMoAghBAXFFBEAgAEEHNgIADAMLIAMoAgwhBCADIAEgAkECahC3\
ASADKAIAQQFxRQRAIABBBzYCAAwDCyADKAIEIgIgBGoiBiACSQRAIABBBzYCAAwDCyABKAJkIAZJ\
BEAgAEEHNgIADAMLIANBHGogASgCYCAEaiACEBogAygCHEEBRgRAIABBBzYCAAwDCyADKAIgIQEg\
ACADKAIkNgIIIAAgATYCBCAAQQI2AgAMAgsgAEEHNgIADAELIABCATcCBCAAIAU2AgALIANBQGsk\
AAvKBAETfyMAQRBrIgokAAJAIAEoAhAiDCABKAIIIhBLDQAgAUEUaiIRIAEtABgiB2pBAWshEiAB\
KAIEIQ0gASgCDCEFIAdBBUkhEwJAAkADQCAFIAxLDQMgBSANaiEGIBItAAAhCwJAIAwgBWsiBEEH\
TQRAQQAhAkEAIQMDQCADIARGBEAgBCEDDAMLIAsgAyAGai0AAEYEQEEBIQIMAwUgA0EBaiEDDAEL\
AAsACyAKQQhqIQ5BACEDAkACQAJAIAYgBkEDakF8cSICRgRAIARBCGshD0EAIQIMAQsgBCACIAZr\
IgIgAiAESxshAiAEBEAgCyEIQQEhCQNAIAMgBmotAAAgCEYNBCACIANBAWoiA0cNAAsLIAIgBEEI\
ayIPSw0BCyALQYGChAhsIQMDQEGAgoQIIAIgBmoiCSgCACADcyIIayAIckGAgoQIIAlBBGooAgAg\
A3MiCGsgCHJxQYCBgoR4cUGAgYKEeEcNASACQQhqIgIgD00NAAsLIAIgBEcEQCALIQNBASEJA0Ag\
AyACIAZqLQAARgRAIAIhAwwDCyAEIAJBAWoiAkcNAAsLQQAhCQsgDiADNgIEIA4gCTYCACAKKAIM\
IQMgCigCCCECCyACQQFHDQEgASADIAVqQQFqIgU2AgwgBSAHSQ0AIAUgB2shBCAFIBBLDQAgE0UN\
AiAEIA1qIBEgBxC+AQ0ACyAAIAU2AgggACAENgIEQQEhFAwCCyABIAw2AgwMAQtBACAHQQRBvKHA\
ABA3AAsgACAUNgIAIApBEGokAAvQBAIIfwF+IwBBMGsiBCQAIAIoAgQiBiACKAIIQRxsaiEIIwBB\
IGsiBSQAIAVBCGogCCAGa0EcbiICQQRBDBCyASAFQQA2AhwgBSAFKQMINwIUIwBBEGsiCSQAIAVB\
FGoiByACELkCIAcpAgQhDCAJIAdBCGo2AgQgCSAMQiCJNwIIIAlBBGoiCigCBCEHIAooAgAgBiAI\
RwRAIAZBCGohBiAKKAIIIAdBDGxqIQggAiAHaiEHA0AgCEEIaiAGQQRqNgIAIAggBkEEaykCADcC\
ACAGQRxqIQYgCEEMaiEIIAJBAWsiAg0ACwsgBzYCACAJQRBqJAAgBCAFKAIcNgIIIAQgBSkCFDcC\
ACAFQSBqJAAgBEEMaiAEKAIIEJwBIAQoAhQhAiAEKAIQIQUgAwRAIAQgBDYCGCAFIAIgBEEYakGk\
s8AAEBYLIABBvLPAAEEBIAEoAgwiCREBACAEKAIMIQYgBEEANgIsIAQgBSACQQJ0IgdqNgIkIAQg\
BjYCICAEIAU2AhwgBCAFNgIYIAQgBDYCKEEBIQIDQAJAAkAgB0UNACAEIAVBBGoiBjYCHCAEIAUo\
AgBBwLPAABClAiIFKAIAIghFDQAgBSgCCCEKIAUoAgQhBSAEIAI2AiwgAkEBRg0BIABBxrLAAEEB\
IAkRAQAMAQsgBEEYahC1AiAAQb2zwABBASAJEQEAIAQQiAMgBEEwaiQADwsgACABIAggBRApIABB\
vrPAAEEBIAkRAQAgACABIAogAxBHIAdBBGshByACQQFqIQIgBiEFDAALAAv4AgEEfyMAQeAAayID\
JAAgA0EYaiABQQAgAigCDBEBAAJAAkACQAJAIAMtABhBA2sOBAIBAQABCyAAQQRqQfSHwQBB4AAQ\
yQIgAEGAgICAeDYCAAwCCyADIAMpAiA3AzAgAyADKQIYNwMoIANBCGogA0EYahDHAiADIAMpAwg3\
AlAgA0ECNgJcIAMgA0HQAGo2AlggA0FAa0G6hcAAIANB2ABqEKoCIABCgICAgAg3AgAgACADKQI4\
NwIIIAAgAykCQDcCECAAIAMoAkg2AhggAEEBOgAcIANBKGoQ7QEMAQsgA0EQaiADKAIgIgQgAygC\
JCIFEE4gAygCFARAIAMoAhwhBiAAQQxqIAQgBRAtIAAgAjYCJCAAIAE2AiAgACAFNgIIIAAgBDYC\
BCAAIAY2AgAMAQsgAyADQRxqIgEoAgg2AkAgAyABKQIANwM4IABBBGpB1IjBAEEZEMkCIABBgICA\
gHg2AgAgA0E4ahCKAwsgA0HgAGokAAvDAgEEfyAAQgA3AhAgAAJ/QQAgAUEIdiIDRQ0AGkEfIAFB\
gICACE8NABogAUEmIANnIgNrdkEBcSADQQF0ckE+cwsiAjYCHCACQQJ0QeC7wQBqIQRBASACdCID\
Qfy+wQAoAgBxRQRAIAQgADYCACAAIAQ2AhggACAANgIMIAAgADYCCEH8vsEAQfy+wQAoAgAgA3I2\
AgAPCwJAAkAgASAEKAIAIgMoAgRBeHFGBEAgAyECDAELIAFBGSACQQF2a0EAIAJBH0cbdCEFA0Ag\
AyAFQR12QQRxaiIEKAIQIgJFDQIgBUEBdCEFIAIhAyACKAIEQXhxIAFHDQALCyACKAIIIgEgADYC\
DCACIAA2AgggAEEANgIYIAAgAjYCDCAAIAE2AggPCyAEQRBqIAA2AgAgACADNgIYIAAgADYCDCAA\
IAA2AggL2QIBBX8jAEFAaiIDJAAgAyAANgIoIABBKGohBiAALQBoIQQgAyADQShqNgIsAkACQAJA\
QcAAIARrIgUgAk0EQCAEDQEMAgsgA0EQaiAEIAZBwABB4KLAABCHAiADQQhqIAIgAygCECADKAIU\
QfCiwAAQ5wEgAygCCCADKAIMIAEgAkGAo8AAEJ4CIAIgBGohBAwCCyADQTBqIAEgAiAFQZCiwAAQ\
+AEgAygCPCECIAMoAjghASADKAI0IQUgAygCMCEHIANBIGogBCAGQcAAQaCiwAAQhwIgAygCICAD\
KAIkIAcgBUGwosAAEJ4CIANBLGogBkEBEMICCyACQT9xIQQgAkEGdiIFBEAgA0EsaiABIAUQwgIL\
IANBGGogBCAGQcAAQcCiwAAQ5wEgAygCGCADKAIcIAEgAkHA////B3FqIARB0KLAABCeAgsgACAE\
OgBoIANBQGskAAu5AgEEfyMAQRBrIgUkAAJAAkAgAC0AEEUEQCAAKAIMIgMgAiAAKAIIQQJ0akEM\
ak8NAQsgAEEBOgAQDAELIAAgAyACayIENgIMIAVBCGogBCADIAAoAgAgACgCBEH0tcAAEPUBIAUo\
AgggBSgCDCABIAJBhLbAABCeAgJAAkAgAkEDTQRAIAFBAWshASACIQMDQCADRQ0CIAEgA2ogA0EB\
ayEDLAAAQQBODQALQQUhBAwCC0EFIQQgASgAAEGAgYKEeHENAUEEIAFBA2pBfHEiAyABayABIANG\
GyEDIAJBBGshBgNAIAMgBkkEQCABIANqKAIAQYCBgoR4cQ0DIANBBGohAwwBCwsgASAGaigAAEGA\
gYKEeHENAQtBBCEECyAAIAQgAhC2AiAAIAAoAgwQlgELIAVBEGokAAuUAgEBfyMAQSBrIgQkAAJA\
AkACQCAAIAJNBEAgASACSw0BIAAgAU0NAiAEIAA2AgggBCABNgIMIAQgBEEMaq1CgICAgBCENwMY\
IAQgBEEIaq1CgICAgBCENwMQQa6EwAAgBEEQaiADEPIBAAsgBCAANgIIIAQgAjYCDCAEIARBDGqt\
QoCAgIAQhDcDGCAEIARBCGqtQoCAgIAQhDcDEEHBhsAAIARBEGogAxDyAQALIAQgATYCCCAEIAI2\
AgwgBCAEQQxqrUKAgICAEIQ3AxgMAQsgBCABNgIIIAQgAjYCDCAEIARBDGqtQoCAgIAQhDcDGAsg\
BCAEQQhqrUKAgICAEIQ3AxBB+obAACAEQRBqIAMQ8gEAC8ACAgV/AX4jAEFAaiICJAAgAkEkaiAB\
QQAQDSACIAIpAig3AxAgAiACKQIwNwMYAkAgAigCJCIDQQJHBEAgAikCOCEHIAAgAikDGDcCDCAA\
IAIpAxA3AgQgACAHNwIUIAAgAzYCAAwBCyACIAIpAxA3AwAgAiACKQMYNwMIIAEoAhwiAyABKAIY\
IgQgAyAESxshBCABKAIUIQUDQAJAIAMgBEYNACADIAVqLQAAQQlrIgZBF0tBASAGdEGTgIAEcUVy\
DQAgASADQQFqIgM2AhwMAQsLIAJBJGogARCzAiAAQQRqIQEgAigCJCIDQQJHBEAgASACKQI4NwIQ\
IAEgAikCMDcCCCABIAIpAig3AgAgACADNgIAIAIQ7QEMAQsgASACKQMINwIIIAEgAikDADcCACAA\
QQI2AgALIAJBQGskAAuHAgEHfyMAQRBrIgMkAEEKIQIgACgCACIEIQAgBEHoB08EQANAIANBBmog\
AmoiBUEEayAAIgYgAEGQzgBuIgBBkM4AbGsiB0H//wNxQeQAbiIIQQF0LwCKqUE7AAAgBUECayAH\
IAhB5ABsa0H//wNxQQF0LwCKqUE7AAAgAkEEayECIAZB/6ziBEsNAAsLIABBCUsEQCACQQJrIgIg\
A0EGamogACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwCKqUE7AAALQQAgBCAAG0UEQCACQQFr\
IgIgA0EGamogAEEBdC0Ai6lBOgAACyABQQFBACADQQZqIAJqQQogAmsQFyADQRBqJAALlwcBCH8j\
AEHQAGsiBCQAIAQgAzYCDCAEIAI2AgggBEEQaiABEPACIARBETYCICAEQYCkwAA2AhwCQAJAIAEo\
AhgiAgRAIAEoAhBFDQELIwBBMGsiAiQAIAIgAUEMaiIDKAIAIgEgAygCBCIDajYCLCACIAE2Aigg\
AiADNgIkIAIgATYCICACQZOGwQA2AhwgAkGQhsEANgIYIAJBDGohBiMAQUBqIgEkACABQRBqIAJB\
GGoiAxBsAkAgASgCECIIBEAgASgCFCEJIAFBKGoiByADEH8gAUEIakEEIAEoAihBAWoiBUF/IAUb\
IgUgBUEETRtBBEEIELIBIAEoAgghCiABKAIMIgUgCTYCBCAFIAg2AgAgAUEBNgIkIAEgBTYCICAB\
IAo2AhwgASADKQIQNwM4IAEgAykCCDcDMCABIAMpAgA3AyggAUEcaiEFIwBBIGsiAyQAA0ACQCAD\
QQhqIAcQbCADKAIIIglFDQAgAygCDCEKIAUoAggiCCAFKAIARgRAIANBFGogBxB/IAUgAygCFEEB\
aiILQX8gCxsQugILIAUoAgQgCEEDdGoiCyAKNgIEIAsgCTYCACAFIAhBAWo2AggMAQsLIANBIGok\
ACAGIAEoAiQ2AgggBiABKQIcNwIADAELIAZBADYCCCAGQoCAgIDAADcCAAsgAUFAayQAIARBJGoi\
ASACKAIQIAIoAhQQESAGEIkDIAJBMGokACAEQQI2AkwgBEECNgJEIARBAzYCPCAEQQM2AjQgBCAE\
QQhqNgJIIAQgBEEcajYCQCAEIAE2AjggBCAEQRBqNgIwIABB3YrAACAEQTBqEKoCIAEQigMMAQsg\
BEEkaiEDIwBBIGsiASQAIAEgAigCCCIFNgIQIAEgBSACKAIMajYCFCACQQhqIQZBASECQZb9wAAh\
BQJAIAFBEGoQ9AEiB0GAgMQARg0AIAdB4QBrQR93IgdBCksNACAHQQJ0IgUoAuCZQSECIAUoArSZ\
QSEFCyABIAI2AgwgASAFNgIIIAFBAjYCHCABIAY2AhggAUECNgIUIAEgAUEIajYCECADQYWLwAAg\
AUEQahCqAiABQSBqJAAgBEECNgJMIARBAjYCRCAEQQM2AjwgBEEDNgI0IAQgBEEIajYCSCAEIARB\
HGo2AkAgBCADNgI4IAQgBEEQajYCMCAAQaiKwAAgBEEwahCqAiADEIoDCyAEQRBqEIoDIARB0ABq\
JAALiAIBBn8gACgCCCIEIQICf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgYg\
ACgCACAEa0sEfyAAIAQgBhBmIAAoAggFIAILIAAoAgRqIQICQCABQYABTwRAIAFBP3FBgH9yIQUg\
AUEGdiEDIAFBgBBJBEAgAiAFOgABIAIgA0HAAXI6AAAMAgsgAUEMdiEHIANBP3FBgH9yIQMgAUH/\
/wNNBEAgAiAFOgACIAIgAzoAASACIAdB4AFyOgAADAILIAIgBToAAyACIAM6AAIgAiAHQT9xQYB/\
cjoAASACIAFBEnZBcHI6AAAMAQsgAiABOgAACyAAIAQgBmo2AghBAAuIAgEGfyAAKAIIIgQhAgJ/\
QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiBiAAKAIAIARrSwR/IAAgBCAGEG8g\
ACgCCAUgAgsgACgCBGohAgJAIAFBgAFPBEAgAUE/cUGAf3IhBSABQQZ2IQMgAUGAEEkEQCACIAU6\
AAEgAiADQcABcjoAAAwCCyABQQx2IQcgA0E/cUGAf3IhAyABQf//A00EQCACIAU6AAIgAiADOgAB\
IAIgB0HgAXI6AAAMAgsgAiAFOgADIAIgAzoAAiACIAdBP3FBgH9yOgABIAIgAUESdkFwcjoAAAwB\
CyACIAE6AAALIAAgBCAGajYCCEEAC6gCAQN/IwBB4ABrIgQkACAEIAM2AiAgBCACNgIcIAEoAghB\
FGwhAyABKAIEIQUCQAJAA0AgA0UNASAEIANBFGsiAyAFaiICNgJAIARBQGsiBiAEQRxqEI8CRQ0A\
CyAEQRBqIAFBDGoQogMgBEEIaiAEKAIQIAQoAhQgAkEMaigCACACQRBqKAIAQdCvwAAQcyAEQQA2\
AlwgBEEANgJIIARCgICAgMAANwJAIAQgBCgCDCIBNgJYIAQgBCgCCCICNgJUIAQgATYCUCAEIAI2\
AkwgBEEkaiAGQQEQDQJAIAQoAiRBAkYEQCAAIAQpAjA3AgggACAEKQIoNwIADAELIABBBjoAACAE\
QSRqEL0CCyAEQUBrEIsDDAELIABBBjoAAAsgBEHgAGokAAvtAQEDfyAAIAMoAgggASgCDCABKAII\
IgVBGXcgBUEOd3MgBUEDdnNqaiAEKAIEIgZBD3cgBkENd3MgBkEKdnNqIgY2AgwgACADKAIEIAUg\
ASgCBCIHQRl3IAdBDndzIAdBA3ZzamogBCgCACIFQQ93IAVBDXdzIAVBCnZzaiIFNgIIIAAgAygC\
ACAHIAEoAgAiAUEZdyABQQ53cyABQQN2c2pqIAZBD3cgBkENd3MgBkEKdnNqNgIEIAAgASAEKAIM\
aiACKAIMIgBBGXcgAEEOd3MgAEEDdnNqIAVBD3cgBUENd3MgBUEKdnNqNgIAC4ECAQZ/AkACQCAB\
KAIAIggoAggiCSAFSSAEIAVLckUEQCAIKAIEIgggBUECdGohCyAIIARBAnRqIQUgASgCDCEMIAEo\
AgghDSABKAIEIQhBACEJA0AgASEEA0AgBSALRg0DIAggBSgCACIBEPECIAZJDQMgDSACIAMgARDJ\
ASEKIAEgA08NBCAFQQRqIQUgASACaiAKOgAAIAogCCABEPECIAwgByABENwBIAZqSXINAAsgCUVB\
ASEJDQAgASAEIAggARDxAiAIIAQQ8QJJGyEBDAALAAsgBCAFIAlBqKnAABA3AAsgACAENgIEIAAg\
CTYCAA8LIAEgA0G4qcAAELMBAAuvBAELfyMAQRBrIgckAAJAQYS7wQAoAgANAEGEu8EAQX82AgBB\
lLvBACgCACICQZC7wQAoAgAiAEYEQCACIgBBiLvBACgCACIBRgRA0G9BgAEgACAAQYABTRsiAPwP\
ASIEQX9GDQICQEGYu8EAKAIAIgFFBEBBmLvBACAENgIADAELIAEgAmogBEcNAwsjAEEQayIFJAAg\
BUEIaiEIQZC7wQAoAgAhCUEEIQEjAEEQayIGJABBiLvBACgCACAJayAATwR/QYGAgIB4BSAGQQhq\
IQQjAEEQayIDJAACf0EAIAAgCWoiASAASQ0AGiADQQRqQYi7wQAgAUEEQQQQSiADKAIEQQFGBEAg\
AygCDCEKIAMoAggMAQsgAygCCCEAQYi7wQAgATYCAEGMu8EAIAA2AgBBgYCAgHgLIQAgBCAKNgIE\
IAQgADYCACADQRBqJAAgBigCDCEBIAYoAggLIQAgCCABNgIEIAggADYCACAGQRBqJAAgBSgCDCEB\
IAdBCGoiACAFKAIINgIAIAAgATYCBCAFQRBqJAAgBygCCEGBgICAeEcNAkGIu8EAKAIAIQFBkLvB\
ACgCACEACyAAIAFPDQFBjLvBACgCACAAQQJ0aiACQQFqNgIAQZC7wQAgAEEBaiIANgIACyAAIAJN\
DQBBlLvBAEGMu8EAKAIAIAJBAnRqKAIANgIAQYS7wQBBhLvBACgCAEEBajYCAEGYu8EAKAIAIAdB\
EGokACACag8LAAvLYgI4fwF+IwBBQGoiEiQAIBJBADYCGCASIAEoAgAoAgAiBjYCHAJAIAEoAhAo\
AgAiBQRAIBJBEGogBSABKAIUKAIAEOABIBIoAhAhBSASQTBqIgggEigCFCIBNgIIIAggBTYCBCAI\
IAE2AgACQCASKAIwQYCAgIB4RgRAIBIgEikCNDcCJCASQYGAgIB4NgIgDAELIBIgEigCODYCKCAS\
IBIpAjAiOjcDICA6p0GBgICAeEcNAgsgEkEIaiEFQQAhAQJ/IBJBIGoiACgCAEGBgICAeEYEQCAA\
KAIIIQEgACgCBAwBCyAAEN4CQQALIQAgBSABNgIEIAUgADYCACASKAIIIQYgEigCDCEFAkAgEkEY\
aiIAKAIAIgEEQCAAKAIEIQAMAQsgAEEEahDVAgsgEiAANgIEIBIgATYCACASKAIAIgEgBiABGyIA\
QQEgABsgEigCBCAFIAEbQQAgABsQoQMACyASQYCAgIB4NgIgCyASIBIoAig2AjggEiASKQMgNwMw\
IBJBMGohDCMAQdAAayIYJAAgGCAGNgIIIBhBDGoiASAYQQhqEJ8DEFoCQCAYKAIMQQJHBEAgARDe\
ASEBIABBgICAgHg2AgAgACABNgIEIAwQ3gIMAQsjAEEQayIHJAAgB0EEaiAYQQhqIg0QnwMiBRD5\
ASAHKAIIIA0QnwMhCCMAQRBrIgokACANEJ8DIQYgCiAINgIMIAogBjYCCCAGIAhHBEAjAEEQayIA\
JAAgACAKQQxqNgIMIAAgCkEIajYCCCMAQUBqIgEkACABQbyowQA2AgQgASAAQQhqNgIAIAFBvKjB\
ADYCDCABIABBDGo2AgggAUGgusEAKAIANgIUIAFBlLrBACgCADYCECABIAFBCGqtQoCAgICwD4Q3\
AzAgASABrUKAgICAsA+ENwMoIAEgAUEQaq1CgICAgNAPhDcDIEHFiMAAIAFBIGpB1JvBABDyAQAL\
IAggDSgCACUBEAEgCkEQaiQAIBhBKGoiASAFNgIIIAEgBykCBDcCACAHQRBqJAACQCAMKAIAQYCA\
gIB4RwRAIBggDCgCCCIGNgJIIBggDCkCADcDQCAYQQA2AhQgGEKAgICAwAA3AgwgGCgCRCEFIwBB\
IGsiCCQAIAhBCGoiAUGwt8AAQRUQlwEgCEEUaiAFIAYQlwEgGEEMaiIFIAEQygEgGEE0aiIBIAUo\
Agg2AgggASAFKQIANwIAIAhBIGokACAYQUBrEIoDDAELIBhBADYCPCAYQoCAgIDAADcCNAsgGEEo\
aiI4ISggGEE0aiI5IQYjAEHwAGsiFyQAAkBBAEHIt8AAKAIAEQUAIgEEQCAXQQhqIAFBzLfAABCE\
AkGAgICAeCEuIBcoAgwhMgJ/AkAgFygCCCIBKAIAQYCAgIB4RwRAIBdBMGohEyAoKAIEIQwgKCgC\
CCEFIAFBDGohHyMAQZACayIEJAAgBEEQaiEaIAYoAghBGGwhDyAGKAIEIghBEGohBgJ/A0BBACAP\
RQ0BGgJAIAgoAghBFUYEQCAGQQxrKAIAIQdBFSENQbC3wAAhCkEVIRkDQCAZRSANRXIiAUUEQCAK\
LQAAIRAgBy0AACELIA1BAWshDSAKQQFqIQogGUEBayEZIAdBAWohByALQSBBACALQcEAa0H/AXFB\
GkkbckH/AXEgEEEgQQAgEEHBAGtB/wFxQRpJG3JB/wFxRg0BCwsgAQ0BCyAIQRhqIQggD0EYayEP\
IAZBGGohBgwBCwsgBkEEaigCACEIIAYoAgALIQEgGiAINgIEIBogATYCACAEQeAAaiAfKAIEIB8o\
AgggBCgCECAEKAIUEC4CQCAEKAJgIgFBAkcEQCATIAQpAnQ3AhggEyAEKQJsNwIQIBMgBCkCZDcC\
CCATQQE2AgAgEyABNgIEDAELIARB4ABqIREjAEHwAWsiAiQAIAJBGGogDCAFECUgAigCICEGIAIo\
AhwhAQJAIAIoAhgiBUECRwRAIBEgAikCLDcCGCARIAIpAiQ3AhAgESAGNgIMIBEgATYCCCARIAU2\
AgQgEUGAgICAeDYCAAwBCyACQQA2AjQgAiAGNgIwIAIgATYCLCACIAY2AiggAiABNgIkIAJBADYC\
ICACQoCAgIDAADcCGAJAAkACQAJAAkACQAJAAkADQCAGIB1GDQEgASAdai0AACIIQQlrIgVBF0tB\
ASAFdEGTgIAEcUVyRQRAIAIgHUEBaiIdNgI0DAELCyAIQfsARw0AIAIgHUEBaiIINgI0IAJBADYC\
fCACQoCAgIDAADcCdCAGIAggBiAISxshBwNAIAcgCEYNAyABIAhqLQAAIg1BCWsiBUEXS0EBIAV0\
QZOAgARxRXINAiACIAhBAWoiCDYCNAwACwALIAJB1AFqIAJBGGoQOCACIAIpAtgBNwOQASACIAIp\
AuABNwOYAQJAIAIoAtQBIgFBAkcEQCACKQLoASE6IBEgAikDmAE3AhAgESACKQOQATcCCCARIDo3\
AhggESABNgIEDAELIAIgAikDkAE3A1ggAiACKQOYATcDYCACQQhqIAJB2ABqIgEQxwIgAiACKQMI\
NwLIASACQQI2ApQBIAIgAkHIAWo2ApABIAJB4AFqQY2FwAAgAkGQAWoQqgIgAkEANgLUASARIAIp\
AtQBNwIEIBEgAikC3AE3AgwgESACKQLkATcCFCACQQE6AOwBIBEgAigC7AE2AhwgARDtAQsgEUGA\
gICAeDYCAAwGCyANQf0ARg0BCyACQeQBaiEgIAJBlQFqIRUgAkHZAWohDiACQaABaiEhIAJBmAFq\
IRkgAkHcAWohGiACQZQBaiEbIAJB2AFqIRwDQCACQdQBaiACQRhqQQEQISACIBwpAgA3A5ABIAIg\
HCgCCDYCmAEgAigC1AEiD0ECRwRAIAIgAigC7AE2AnAgAiACKQLkATcCaCACIAIpA5ABNwJcIAIg\
AigCmAE2AmQMAwsgAiACKQOQATcDgAEgAiACKAKYATYCiAEgAigCNCIFIAIoAjAiDSAFIA1LGyEI\
IAIoAiwhDwNAAkAgBSAIRgRAIAghBQwBCyAFIA9qLQAAQQlrIgdBF0tBASAHdEGTgIAEcUVyDQAg\
AiAFQQFqIgU2AjQMAQsLIAJBADYCtAEgAkKAgICAEDcCrAEgBSEIA0AgCCANIAggDUsbIQ0CQAJA\
A0ACQAJAAkACQAJAIAggDUYNACAIIA9qLQAAIgdBCWtBAkkNAwJAIAdBIGsOAwQBAwALIAdBDUYN\
AyAHQdsARiAHQfsARnINAQsgAkHUAWogAkEYahAbIAIoAtQBIg9BAkYNAyAVIA4pAAA3AAAgFSAO\
KQAINwAIIBUgDikADzcADyACIAItANgBOgCUASACIA82ApABDAULIAJB1AFqIAJBGGogAigCtAFB\
AWoQkQEgAigC1AEiD0ECRwRAIBkgGikCADcCACAZIBopAgg3AgggGSAaKAIQNgIQIAIgAigC2AE2\
ApQBIAIgDzYCkAEMBQsgAiACKAI0QQFqIgg2AjRB/QBB3QAgB0H7AEYiCxshECACKAIwIQogAigC\
LCEMAkACQANAIAggCk8NASAIIAxqLQAAIgdBCWsiDUEXS0EBIA10QZOAgARxRXJFBEAgAiAIQQFq\
Igg2AjQMAQsLIAcgEEYNAQsgAigCtAEiByACKAKsAUYEQCMAQRBrIgokACAKQQRqIAJBrAFqIgwo\
AgAiCCAMKAIEQQggCEEBdCIIIAhBCE0bIg0QeiAKKAIEQQFGBEAgCigCCCAKKAIMENECAAsgCigC\
CCEIIAwgDTYCACAMIAg2AgQgCkEQaiQACyACKAKwASAHaiAQOgAAIAIgB0EBajYCtAEgC0UNBiAC\
QdQBaiACQRhqQQAQISACIBwpAgA3A8gBIAIgHCgCCDYC0AEgAigC1AEiD0ECRwRAICEgICgCCDYC\
CCAhICApAgA3AgAgGyACKALQATYCCCAbIAIpA8gBNwIADAYLIAIgAikDyAE3A7gBIAIgAigC0AE2\
AsABIAJBuAFqEIoDDAYLIAIgCEEBajYCNAwCCyACQdQBaiACQRhqQQAQDyACKALUASIPQQJGDQEg\
GyAcKQIQNwIQIBsgHCkCCDcCCCAbIBwpAgA3AgAMAwsgAiAIQQFqIgg2AjQMAQsLIAIoAjQhCCAC\
KAIsIQsgAigCMCEQIAIoArQBIQcgAigCsAEhCgNAQQIhDyAHRQ0BIAcgCmpBAWsiDEUNASAIIBAg\
CCAQSxshDSAMLQAAIQwCQAJAAkADQCAIIA1GDQECQCAIIAtqLQAAIhZBCWtBAkkgFkENRnIgFkEg\
RnJFBEAgFkEsRw0BIAIgCEEBajYCNCAMQf0ARw0IIAJB1AFqIAJBGGpBABAhIAIgHCkCADcDyAEg\
AiAcKAIINgLQASACKALUASIPQQJGDQQgISAgKAIINgIIICEgICkCADcCACAbIAIoAtABNgIIIBsg\
AikDyAE3AgAMBwsgAiAIQQFqIgg2AjQMAQsLIAwgFkYNAgsgAkGQAWogAkEYakH3rMAAQYGtwAAg\
DEH9AEYbQQoQYiACKAKQASEPDAMLIAIgAikDyAE3A7gBIAIgAigC0AE2AsABIAJBuAFqEIoDDAML\
IAIgB0EBayIHNgK0ASACIAhBAWoiCDYCNAwACwALIAJBrAFqEIoDIA9BAkcEQCACIBspAhA3Amwg\
AiAbKQIINwJkIAIgGykCADcCXCACQYABahCKAwwFCyACKAI0IQggAigCfCINIAIoAnRGBEAgAkH0\
AGoQ0AELIAIoAnggDUEUbGoiByACKAKIATYCCCAHIAIpA4ABNwIAIAcgCDYCECAHIAU2AgwgAiAN\
QQFqNgJ8IAIoAjQiCCACKAIwIg0gCCANSxshByACKAIsIQUDQAJAAkAgByAIRwRAIAUgCGotAAAi\
DEEJa0ECSSAMQQ1GciAMQSBGcg0BIAxBLEYEQCACIAhBAWo2AjQMBwsgDEH9AEYNAgsgAkHYAGog\
AkEYakH3rMAAQQoQYiACKAJYIQ8MBwsgAiAIQQFqIgg2AjQMAQsLIAIgAikCdDcCXCACIAIoAnw2\
AmQgAiAIQQFqIgc2AjQMBQsgAigCLCEPIAIoAjQhCCACKAIwIQ0MAAsACwALIAIgAikCdDcCXCAC\
IAIoAnw2AmQgAiAIQQFqIgc2AjQgASEFIAYhDQwBCyACQfQAahCPAyAPQQJHDQEgAigCLCEFIAIo\
AjAhDSACKAI0IQcLIAIgAikCXDcDOCACIAIoAmQ2AkAgByANIAcgDUsbIQwgByEIA0ACQCAIIAxG\
DQAgBSAIai0AAEEJayINQRdLQQEgDXRBk4CABHFFcg0AIAIgCEEBaiIINgI0DAELCyACQdQBaiAC\
QRhqELMCIAIoAtQBIgVBAkcEQCARIAIpAugBNwIYIBEgAikC4AE3AhAgESACKQLYATcCCCARQYCA\
gIB4NgIAIBEgBTYCBCACQThqEI8DDAILAkAgAigCICIIRQRAQYCAgIB4IQgMAQsgAigCHCEFIAJB\
2ABqIAEgBhCXASAIQQJ0IQgDQCAIBEAgAkEQaiACQdgAaiAFKAIAIgEgAUEEakGgrMAAENQBIAIo\
AhAgAigCFEGwrMAAQQRBtKzAABCeAiAIQQRrIQggBUEEaiEFDAELCyACKAJYIQggAkGQAWogAigC\
XCIBIAIoAmAiBhAaIAIoApABRQ0AIAIgAikClAEiOjcC4AEgAiAGNgLcASACIAE2AtgBIAIgCDYC\
1AEgCEGAgICAeEYEQCABIQggBiEBIDqnIQYMAQsgAkHUAWoQigNBASEBQQAhCEEAIQYLIBEgAigC\
QDYCCCARIAIpAzg3AgAgESAHNgIcIBEgHTYCGCARIAY2AhQgESABNgIQIBEgCDYCDCACQRhqEIsD\
DAILIBEgAikCaDcCFCARIAIoAnA2AhwgAiACKAJkIgE2AlAgAiACKQJcIjo3A0ggESABNgIQIBEg\
OjcCCCARIA82AgQgEUGAgICAeDYCAAsgAkEYahCLAwsgAkHwAWokACAEIAQpAmQ3AzggBCAEKQJs\
NwNAIAQgBCkCdDcDSCAEIAQoAnw2AlAgBCgCYCIBQYCAgIB4RgRAIBMgBCgCUDYCHCATIAQpA0g3\
AhQgEyAEKQNANwIMIBMgBCkDODcCBCATQQE2AgAMAQsgBCAEKAJQNgI0IAQgBCkDSDcCLCAEIAQp\
A0A3AiQgBCAEKQM4NwIcIAQgATYCGCAEQeAAaiAEQRhqQbykwAAQMyAEIAQpAmQ3A5gBIAQgBCkC\
bDcDoAEgBCAEKQJ0NwOoASAEIAQoAnw2ArABAkAgBCgCYCIBQYCAgIB4RgRAIBMgBCgCsAE2Ahwg\
EyAEKQOoATcCFCATIAQpA6ABNwIMIBMgBCkDmAE3AgQgE0EBNgIADAELIAQgBCkDmAE3AjwgBCAE\
KQOgATcCRCAEIAQpA6gBNwJMIAQgBCgCsAE2AlQgBCAEKQKAATcCWCAEIAE2AjggBEGAgICAeDYC\
iAEgBCAEQRhqNgKUASAEQeAAaiAEQThqIB8gBEGIAWpB1KTAABAMIAQgBCkCaDcDuAEgBCAEKQJw\
NwPAASAEIAQpAng3A8gBIAQoAmQhAQJAIAQoAmBBAUYEQCATIAQpA8gBNwIYIBMgBCkDwAE3AhAg\
EyAEKQO4ATcCCCATIAE2AgQgE0EBNgIADAELIAFBgICAgHhHBEAgBCAEKQO4ASI6NwKcASAEIAQp\
A8gBNwKsASAEIAQpA8ABNwKkASAEIAE2ApgBIDqnIg9BDGohCCAEKAKgASINQegAbCEBIARB5ABq\
IQwDQAJAAn8CQAJAAkAgAQRAIAQgCCkCADcD2AEgBCAIQQhrIhkpAgA3A9ABIBlBgoCAgHg2AgAg\
CEEEayEHQQMgBCgC0AEiBkGAgICAeHMgBkEAThtBAmsOAgMCAQsgDUHoAGwhCCAfLQA9QQFxIRED\
QAJAIAgEQCAEQeAAaiElIAQoAjwhMyAEKAJAITRBACENIwBB8AFrIgMkAAJAAkACQCAPEKkDIiZB\
gfgBTwRAIA9BBGohIiAPKAIEQYCAgIB4RgRAIANBgAFqIQYjAEEgayIHJAACQAJAAkACQEEDICIo\
AgAiAUGAgICAeHMgAUEAThtBAWsOAwECAgALIAdBBGogIigCCCAiKAIMEGogBygCBCIFQQJHIAct\
AAgiAUEFR3JFBEAgBiAHKAIUNgIIIAYgBykCDDcCAAwDCyAGQQA2AgggBkKAgICAwAA3AgAgBUEC\
RwRAIAdBBGoQvQIMAwsgAUEFRg0CIAdBCGoQ7QEMAgsgBiAiQQRqEE0MAQsgBkEANgIIIAZCgICA\
gMAANwIACyAHQSBqJAAgIhDwASAPQYGAgIB4NgIEIA8gAykCgAE3AgggDyADKAKIATYCECAPEKkD\
IiZBgfgBSQ0DCyARDQEgD0EIaiE1IA9BLGohIyADQYwBaiEbIANBzABqIScDQCMAQRBrIgYkACAG\
QQhqQQpBCSAPKAIAGxDGAiAGKAIMIQUgA0E4aiIBIAYoAgg2AgAgASAFNgIEIAZBEGokACADKAI8\
IRkgAygCOCEaQQAhKQJAIA8oAjQiCkUNACAPKAIwIApBDGxqIgFBDEYNACADQTBqQeClwABBCCAB\
QQhrKAIAIAFBBGsoAgAQmwIgAygCMCIHRQ0AIAMoAjQiBkEFTwR/QeilwAAgByAGQQVrakEFEP4C\
BUEACyEFIANBKGoiASAGQQVrNgIEIAEgB0EAIAUbNgIAIAMoAigiB0UNAAJAAkACQCADKAIsIgYO\
AgMAAQsgBy0AACIFQStrDgMCAQIBCyAHLQAAIQULIAcgBUH/AXFBK0YiAWohBQJAIAYgAWsiFEEJ\
TwRAQQAhDQNAIBRFISkgFEUNAyANrUIKfiI6QiCIpw0CIANBIGogBS0AAEEKEOIBIAMoAiBBAUcN\
AiAFQQFqIQUgFEEBayEUIDqnIgEgAygCJGoiDSABTw0ACwwCC0EAIQ0DQCAURSEpIBRFDQIgA0EY\
aiAFLQAAQQoQ4gEgAygCGEEBRw0CIAVBAWohBSAUQQFrIRQgAygCHCANQQpsaiENDAALAAsLAkAg\
IigCAEGBgICAeEYEQCADIBogGRD/AjYCmAEgA0IENwKQASADQgA3AogBIANCgICAgMAANwKAAUEA\
IRQgA0EAOgDUASADQYABaiIVIDVBf0F/IANB1AFqEBkaIAMgAykCkAE3A1AgAyADKQKAATcDQCAD\
IAMpAogBNwNIIAMgAygCmAE2AlggAyAKIClrIgw2AqABIANBgIh+Qb+IfiAKGyAmajYCnAEgAyAD\
KAJUIhA2AogBIANBADYChAEgAyAnNgKAASADQaQBaiEKIwBBMGsiDiQAIA5BCGogFRCJAQJAIA4o\
AghBAUYEQCAOKAIMIQYgDkEEQQRBBBCyASAOKAIAIQUgDigCBCIBIAY2AgAgDkEBNgIcIA4gATYC\
GCAOIAU2AhQgDiAVKAIINgIoIA4gFSkCADcDICAOQRRqIQsgDkEgaiEFIwBBEGsiByQAA0ACQCAH\
QQhqIAUQiQEgBygCCEEBRw0AIAcoAgwhASALKAIIIgYgCygCAEYEQCALQQEQuAILIAsoAgQgBkEC\
dGogATYCACALIAZBAWo2AggMAQsLIAdBEGokACAKIA4oAhw2AgggCiAOKQIUNwIADAELIApBADYC\
CCAKQoCAgIDAADcCAAsgDkEwaiQAIAMoAqgBIQYgAygCrAEhBSADICc2AoABIAYgBSAVQfCowAAQ\
FiADKAKkASEBIAMgBiAFQQJ0ajYCjAEgAyABNgKIASADIAY2AoQBIAMgBjYCgAEgA0GwAWohDkEA\
IQYgFSgCACEKIBUoAgghByAVKAIMIBUoAgQiBWtBAnYiASELA0AgCwRAIAYgCmogBSAGaigCADYC\
ACALQQFrIQsgBkEEaiEGDAELCyMAQRBrIgUkACAVQQA2AgggFUEENgIAIAVCgICAgMAANwIIIAVB\
CGoQiwMgFUEENgIMIBVBBDYCBCAFQRBqJAAgDiABNgIIIA4gCjYCBCAOIAc2AgAgFRC1AiADKAK0\
ASEHIAMoArgBIQEjAEEQayIKJAAgCiAnNgIIIAogCkEIajYCDEEAIQUCQCABRQ0AA38gAUEBTQR/\
IApBDGogByAFQQJ0ahDOAkH/AXEiAUUNAiAFIAFB/wFGagUgBSABQQF2IgYgBWoiBSAKQQxqIAcg\
BUECdGoQzgJB/wFxQQFGGyEFIAEgBmshAQwBCwshBQsgCkEQaiQAIAUhASADKAJQIgUhB0EAIQsg\
ByAFIBBBFGxqIgZHBEAgB0EIaiEFIAYgB2tBFG4hBgNAQQAgBSgCAEEAIAVBBGsoAgBBf0YbIAVB\
CGotAAAbIAtqIQsgBUEUaiEFIAZBAWsiBg0ACwsgA0G8AWpBACAQEGEgAyAnNgLIASADIANBQGs2\
AswBIAMgJzYC0AEgAyADQcwBajYC4AEgAyADQcgBajYC3AEgAyADQdABajYC2AEgAyAONgLUASAD\
QQA2AuwBIANCgICAgMAANwLkAQNAAkAgFEECdCEFAkACQANAIAMoArgBIBRNDQMCQCADQcgBaiAD\
KALAASIKIAMoAsQBIgcgAygCtAEgBWooAgAiDhDJAUUEQCADIANBoAFqNgKMASADIANBzAFqNgKI\
ASADIANBnAFqNgKEASADIANB0AFqNgKAASABIBRNBEAgA0GAAWogDhCxAkUNBCADQRBqIANB1AFq\
IAogByAUIAMoArgBIAMoApwBIAMoAqABED8gAygCFCEHIANB5AFqIgogAygCECIBELgCIAooAgQg\
CigCCCIFQQJ0aiEGA0AgAUEBcQRAIAYgBzYCACAGQQRqIQYgBUEBaiEFQQAhAQwBCwsgCiAFNgII\
DAULIAMoArgBIAFLBH8gA0GAAWogAygCtAEgAUECdGooAgAQsQIFQQALIANBgAFqIA4QsQJyRQ0B\
IANBCGogA0HUAWoiBiAKIAcgFCABIAMoApwBIAMoAqABED8gAygCDCEFIAMoAgghECADIAYgCiAH\
IAEgAygCuAEgAygCnAEgAygCoAEQPyADKAIEIQogAygCAAJ/IBBBAUYEQCADQdABaiAFEPECDAEL\
QX8gAygCnAEiBiAGIAtLGwshBkEBRgR/IAogBSADQdABaiAKEPECIgVBgICAgAJJIAVBA3QgBklx\
IgYbIQVBASAQIAYbBSAQC0EBRw0BIANB5AFqIAUQgAIMBAsgA0G8AWogDkGYqcAAELICQQE6AAAg\
BUEEaiEFIBRBAWohFAwBCwsgCyADQdABaiAOEPECayIFQQAgBSALTRshCwsgAyADKAKcASADQcwB\
aiADKAKgASAOENwBaiADQdABaiAOEPECazYCnAEgAyADKAKgAUEBajYCoAEgA0G8AWogDkGIqcAA\
ELICQQE6AAAgA0HkAWogDhCAAiAUQQFqIRQMAgsLCyADIAMoAuwBNgJoIAMgAykC5AE3A2AgA0G8\
AWoiHBCKAyADQbABahCLAyADIBk2ApQBIAMgGjYCkAEgA0EeIAxrIgFBACABQR5NGzYCiAEgAyAD\
KAJkIhQgAygCaCI2QQJ0IgVqNgKEASADIBQ2AoABIAMgA0FAazYCjAEgA0HwAGohNyMAQSBrIh4k\
ACAeQQhqIANBgAFqIgwoAggiBgR/IAYgDCgCBCAMKAIAa0ECdiIBIAEgBksbBUEAC0EEQQwQsgEg\
HkEANgIcIB4gHikDCDcCFCMAQRBrIiokACAeQRRqIgcgDCgCCCIGBH8gBiAMKAIEIAwoAgBrQQJ2\
IgEgASAGSxsFQQALELkCIAcpAgQhOiAqIAdBCGo2AgQgKiA6QiCJNwIIQQAhKyMAQfAAayIJJAAg\
DCgCBCAMKAIAIh1rQQJ2IgYgDCgCCCIBIAEgBksbIR8gDCgCDCIvQQxqISAgKkEEaiIBKAIIISEg\
ASgCBCEsIAEoAgAhFiAMKAIUIRUgDCgCECEOAkACQANAIB8gK0cEQCAgIB0gK0ECdGooAgBBsKfA\
ABCgAigCACEMIAlBADYCOCAJQoCAgIDAADcCMCAMIQEDQAJAIAFBf0YEQCAJQeAAaiIHIAkoAjQi\
ASAJKAI4IgJBAXYiJCAkQeySwQAQ5QEgCSgCZCEwIAkoAmAhBiAHIAEgAkEDdGogJEEDdCIBayAk\
ICRB/JLBABDlASArQQFqISsgCSgCYCABakEIayELQQAhASAJKAJkIhkgJEEBa0shGgNAIAEgJEYN\
AiABIDBGDQYgGgRAIAYhByALIQpBAiExA0AgMQRAIAcoAAAhECAHIAooAAA2AAAgCiAQNgAAIDFB\
AWshMSAKQQRqIQogB0EEaiEHDAELCyAGQQhqIQYgC0EIayELIAFBAWohAQwBCwsgAUF/cyACQQF2\
aiAZQZyTwQAQswEACyAvIAFBxKfAABChAikCACE6IAkoAjgiBiAJKAIwRgRAIAlBMGoQzQELIAko\
AjQgBkEDdGogOjcCACAJIAZBAWo2AjggLyABQdSnwAAQoQIoAgghAQwBCwtBDBCHAyIBRQRAQQRB\
DBCkAwALIAEgFTYCCCABIA42AgQgAUGAgICAeDYCACAJQQE2AkQgCSABNgJAIAlBATYCPCAJKAI4\
IQYgCSgCNCEBIAkgCSgCMDYCaCAJIAE2AmQgCSABNgJgIAkgASAGQQN0IgZqNgJsAkADQAJAAkAC\
QCAGBEAgCSABQQhqIgc2AmQgASgCBCEQIAEoAgAiCw0BIAkgEDYCICAJQQE2AkwgCSAJQSBqNgJI\
IAlB1ABqIgFBx57AACAJQcgAahCqAiAJQTxqIAEQ2QEMAgsgCUHgAGoQrwIgLyAMEJYCQeUASQ0C\
QQAhBiAJQQA2AlAgCUKAgICAEDcCSCAJKAJAIgsgCSgCREEMbGohBwNAAkAgByALRg0AIAlBGGog\
CxCiAyAJIAkoAhgiASAJKAIcajYCZCAJIAE2AmAgC0EMaiELA0AgCUHgAGoQ9AEiAUGAgMQARg0C\
IAEQ+gEgBmoiBkEySw0BIAlByABqIAEQowEMAAsACwtBACELIAlBADYCXCAJQoCAgIDAADcCVCAJ\
KAJAIgcgCSgCREEMbGohAQNAAkAgASAHRg0AIAlBEGogAUEMayIBEKIDIAkgCSgCECIGIAkoAhRq\
NgJkIAkgBjYCYANAIAlBCGogCUHgAGoQSyAJKAIIQQFHDQIgCSgCDCIMQYCAxABGDQIgDBD6ASAL\
aiILQS9LDQEgCSgCXCIGIAkoAlRGBEAgCUHUAGoQzgELIAkoAlggBkECdGogDDYCACAJIAZBAWo2\
AlwMAAsACwsgCUHIAGoiCkHAp8AAQQMQ2gEgCSAJKAJUNgJoIAkgCSgCWCIBNgJkIAkgATYCYCAJ\
IAEgCSgCXEECdGo2AmwjAEEQayILJAAgCUHgAGoiASgCACEMIAEoAgghByAKIAEoAgwiBiABKAIE\
IgFrQQJ2ELcCIAsgBjYCDCALIAc2AgggCyABNgIEIAsgDDYCACMAQRBrIgYkACAGIAspAgA3AwAg\
BiALKQIINwMIIAYoAgQhASAGKAIMIQcDQCABIAdHBEAgCiAHQQRrIgcoAgAQowEMAQsLIAYgBzYC\
DCAGELUCIAZBEGokACALQRBqJAAgCSAJKQJINwMgIAkgCSgCUDYCKAwECyAJQQE2AlwgCUHDp8AA\
NgJYIAlBgICAgHg2AlQgCUE8aiIKIAlB1ABqIgEQ2QEgCSAQNgJcIAkgCzYCWCAJQYCAgIB4NgJU\
IAogARDZAQsgBkEIayEGIAchAQwBCwsgCUEgaiAJKAJAIAkoAkRBAUEAEBILIAlBPGoiBygCCCEB\
IAcoAgQhBgNAIAEEQCABQQFrIQEgBhDeAiAGQQxqIQYMAQsLIAcQiAMgISAsQQxsaiIBIAkoAig2\
AgggASAJKQMgNwIAICxBAWohLAwBCwsgFiAsNgIAIAlB8ABqJAAMAQsgMCAwQYyTwQAQswEACyAq\
QRBqJAAgNyAeKAIcNgIIIDcgHikCFDcCACAeQSBqJAAgHEEAIAMoAlQQYQNAIAUEQCADQbwBaiAU\
KAIAQdSqwAAQsgJBAToAACAFQQRrIQUgFEEEaiEUDAELCyADKAJQIgwgAygCVEEUbGohByMAQSBr\
IhAkACAQQQhqIAcgDGtBFG4iFEEEQQQQsgEgEEEANgIcIBAgECkDCDcCFCMAQRBrIgokACAQQRRq\
IgEgFBC4AiABKQIEITogCiABQQhqNgIEIAogOkIgiTcCCCAKQQRqIgUoAgQhCyAFKAIAIAcgDEcE\
QCAMQQxqIQEgBSgCCCALQQJ0aiEFIAsgFGohCwNAIAUgASgCADYCACABQRRqIQEgBUEEaiEFIBRB\
AWsiFA0ACwsgCzYCACAKQRBqJAAgA0HkAWoiASAQKAIcNgIIIAEgECkCFDcCACAQQSBqJAAgAyAD\
KAJYNgKYASADIAMpA1A3A5ABIAMgAykDSDcDiAEgAyADKQNANwOAASADQYABahCMAyAbEI0DQQAh\
BSADQQA2ArABIDUgAygCwAEgAygCxAEgAygC6AEgAygC7AEgA0GwAWoQ2wEgNiADKAJ4IgZrIQwg\
KQRAAkAgDygCNCIBRQRAIANBgICAgHg2AoABDAELIA8gAUEBayIBNgI0IAMgDygCMCABQQxsaiIB\
KQIANwOAASADIAEoAgg2AogBCyADQYABahDeAiANIQULIAMoAnQhASADIAMoAnA2AogBIAMgATYC\
gAEgAyABNgKEASADIAEgBkEMbGo2AowBICMgA0GAAWoiECgCDCIHIBAoAgQiC2siCkEMbiIGELkC\
ICMoAgghASAHIAtHBEAgCgRAICMoAgQgAUEMbGogCyAK/AoAAAsgIygCCCEBCyAQIAs2AgwgIyAB\
IAZqNgIIIBAQqQEgAyAFIAxqIgE2AnwgAQRAIANBAjYClAEgA0HMqsAANgKQASADQQE2AowBIANB\
AjYChAEgA0HEqsAANgKAASADIANB/ABqNgKIASADQdQBaiIBQYCAwAAgEBCqAiAjIAEQ2QELIANB\
5AFqEIsDIANBvAFqEIoDIANB4ABqEIsDIDYNAQsgJSAPIDMgNCAmQe6lwABB+QAQUAwFCyAPEKkD\
IiZBgPgBSw0ACyAlQQI2AgAMAwsgJUECNgIADAILIANBAjYCRCADQfimwAA2AkAgA0GAAWoiAUHV\
ncAAIANBQGsQqgIgJSAPIDMgNCAmIAMoAoQBIAMoAogBEFAgARCKAwwBCyAlQQI2AgALIANB8AFq\
JAAgBCgCYCIBQQJGDQEgEyAEKQJ0NwIYIBMgBCkCbDcCECATIAQpAmQ3AgggE0EBNgIAIBMgATYC\
BCAEQZgBahDIAgwKCyATIAQoArABNgIcIBMgBCkCqAE3AhQgEyAEKQKgATcCDCATIAQpApgBNwIE\
IBNBADYCACAEQYgBahDiAiAEQThqEIoDDAoLIAhB6ABrIQggD0HoAGohDwwACwALIAQpA9gBITog\
BCgC1AEhBSAZEPABIAcgBTYCACAZIAY2AgAgCCA6NwIADAMLIAQtANwBIQUgBCAEKALYATYC6AEg\
BCAEKQPQATcD4AECQAJAAkAgBCgCiAFBgICAgHhHBEAgBUEBcUUNAiAEQYgBakHAqMAAQQgQdyIF\
RQ0BIAUtAABBBUcNASAEQeAAaiAEKALkASAEKALoASAFQQRqENUBIAQoAmBBgICAgHhGDQEgBCAE\
KAJoNgL4ASAEIAQpAmA3A/ABDAMLAkACQCAFQQFxBEAgBEHgAGogBEEYakHAqMAAQQgQPSAELQBg\
IgVBBUYNASAEQQA2AvgBIARCgICAgMAANwPwAQwCCyAEKALkASEGIAQoAugBIQUjAEEQayIVJAAg\
FSAEQRhqNgIAIBUgBjYCBCAVIAYgBUEDdGo2AgggFSAVNgIMIwBBIGsiGiQAIBogFUEEaiIFKAII\
NgIYIBogBSkCADcDECAaQQRqIRAjAEFAaiIWJAAgFkEUaiAaQRBqIgYQjwECQCAWKAIUQYCAgIB4\
RwRAIBZBBEEEQRwQsgEgFigCACEFIBYoAgQiCiAWKQIUNwIAIAogFigCLDYCGCAKIBYpAiQ3AhAg\
CiAWKQIcNwIIIBZBATYCECAWIAo2AgwgFiAFNgIIIBYgBigCCDYCOCAWIAYpAgA3AzAgFkEIaiEL\
IBZBMGohBSMAQSBrIg4kAANAAkAgDkEEaiAFEI8BIA4oAgRBgICAgHhGDQAgCygCCCIGIAsoAgBG\
BEAgCxC7AgsgCygCBCAGQRxsaiIKIA4oAhw2AhggCiAOKQIUNwIQIAogDikCDDcCCCAKIA4pAgQ3\
AgAgCyAGQQFqNgIIDAELCyAOQSBqJAAgECAWKAIQNgIIIBAgFikCCDcCAAwBCyAQQQA2AgggEEKA\
gICAwAA3AgALIBZBQGskACAEQfABaiAQEBAgGkEgaiQAIBVBEGokAAwECyAEIAwoAgg2AogCIAQg\
DCkCADcDgAIgBEHwAWogBCgC5AEgBCgC6AEgBEGAAmoiBRDVASAFEJMDIAQtAGAhBQsgBUH/AXFB\
BU8NAiAEQeAAahDtAQwCCyAEQQA2AvgBIARCgICAgMAANwPwAQwBCyAEQfABaiAEKALkASAEKALo\
ASAEQYgBahDVAQsgBCkC9AEhOiAEKALwASEFIARB4AFqEIkDQYGAgIB4DAELIARBCGogBEEYahC2\
AQJAIAQoAgxBgPgBSwRAIAQoAogBIgVBgICAgHhHDQELIAQgBEEYahC2ASAEQeAAaiAEKAIAIAQo\
AgQQlwEgBCkCZCE6IAQoAmAhBUGAgICAeAwBCyAEQYCAgIB4NgKIASAEKQKMASE6QYGAgIB4CyEG\
IBkQ8AEgByAFNgIAIBkgBjYCACAIIDo3AgAgBCgC0AFBAE4NACAEQdABahDwAQsgAUHoAGshASAI\
QegAaiEIDAALAAtB5KTAAEGXAUGwpcAAEPIBAAsgBEGIAWoQ4gIgBEE4ahCKAwsgBEEYahD2Agsg\
BEGQAmokACAXQTRqIQ0gFygCMEUEQCAXIA0oAhg2AmggFyANKQIQNwNgIBcgDSkCCDcDWCAXIA0p\
AgA3A1AjAEEgayIIJAAjAEEwayIHJAAgDSgCBCIBIgUgASANKAIIQegAbGoiAUcEQCAFQRBqIQYg\
ASAFa0HoAG4hBQNAQYAIIQEgBkEMaygCAEGAgICAeEYEQCAGKAIAQYAEaiEBCyAGQegAaiEGIAEg\
LWohLSAFQQFrIgUNAAsLIAdBBGoiASAtQUBrEPkBIAdBgAI7ASwgB0EANgIoIAdCADcDECAHQQA2\
AhggByABNgIkIA0gB0EQakHwuMAAEFEgCEEIaiIBIAcoAiA2AhQgASAHKQMYNwIMIAEgBykCBDcC\
ACABIAcoAgw2AgggB0EwaiQAIBdBFGoiASAIKAIQNgIIIAEgCCkCCDcCACAIQSBqJAAgF0HQAGoQ\
yAIMAgsgFyANKAIYNgIoIBcgDSkCEDcDICAXIA0pAgg3AxggFyANKQIAIjo3AxAgOqdBAkYNASAX\
QRBqEN4BDAILIBdBMGoiAUHct8AAQRQQyQIgARBIDAELIBcoAhwhKCAXKAIUIS4gFygCGAshASAy\
IDIoAgBBAWs2AgAgLkGBgICAeEcNAQsQkwIACyAAICg2AgggACABNgIEIAAgLjYCACAXQfAAaiQA\
IDkQkgMgOBCKAwsgGEEIahDVAiAYQdAAaiQAIBJBQGskAAvcAQEGfyAAIAEoAgwgAygCDCACKAII\
IgVBGncgBUEVd3MgBUEHd3NqaiABKAIIIgcgAigCDCIIcyAFcSAHc2oiBCABKAIEaiIGNgIMIAAg\
BCACKAIAIgQgASgCACIJIAIoAgQiAnNxIAIgCXFzIARBHncgBEETd3MgBEEKd3NqaiIBNgIEIAAg\
CSAHIAMoAghqIAggBiAFIAhzcXNqIAZBGncgBkEVd3MgBkEHd3NqIgNqNgIIIAAgAUEedyABQRN3\
cyABQQp3cyABIAIgBHNxIAIgBHFzaiADajYCAAvvBQEJfyMAQUBqIgMkAAJAAkAgASgCACIEKAIA\
QYCAgIB4RgRAIANBgICAgHg2AhAgASgCBCEFDAELIANBEGogBBCrASABKAIEIQUgBCgCAEGAgICA\
eEYNACADQYCAgIB4NgIcDAELIwBBIGsiBCQAIARBBGoiBiAFKAIEIAUoAggQgwEgBEEDNgIcIARB\
AjYCFCAEQfCqwAA2AhAgBCAGNgIYIANBHGpB0oPAACAEQRBqEKoCIAYQigMgBEEgaiQACyADQQhq\
IAIQ9gEgA0EoaiEEIAMoAgghBiADKAIMIQcjAEFAaiICJAACQCAFKAIUIggEQCAFKAIEIgkgCSAF\
KAIIIgpqELwCQdQAIAhrSwRAIAJBBGoiCyAJIAoQgwEgAiAHNgI8IAIgBjYCOCACQQE2AjQgAkHs\
qsAANgIwIAIgAikCCDcCKCACQQI2AiQgAkHqqsAANgIgIAIgCDYCHCACQQY2AhQgAkHkqsAANgIQ\
IAIgBSgCEDYCGCAEIAJBEGpBBhCNASALEIoDDAILIAIgBzYCPCACIAY2AjggAkEBNgI0IAJB7KrA\
ADYCMCACIAo2AiwgAiAJNgIoIAJBATYCJCACQeyqwAA2AiAgAiAINgIcIAJBBjYCFCACQeSqwAA2\
AhAgAiAFKAIQNgIYIAQgAkEQakEGEI0BDAELIAIgBzYCLCACIAY2AiggAkEBNgIkIAJB7KrAADYC\
ICACQQY2AhQgAkHkqsAANgIQIAIgBSkCBDcCGCAEIAJBEGpBBBCNAQsgAkFAayQAAkAgASgCCCIB\
KAIAQYCAgIB4RwRAIANBNGogARCrAQwBCyADQYCAgIB4NgI0CyAAIAMoAhg2AiAgACADKQIQNwIY\
IAAgAykCHDcCJCAAIAMoAiQ2AiwgACADKQIoNwIAIAAgAygCMDYCCCAAIAMpAjQ3AjAgACADKAI8\
NgI4IABBgICAgHg2AjwgAEEANgIUIABCgICAgMAANwIMIANBQGskAAvyAQEGfyMAQRBrIgYkAAJA\
AkACQAJAIAEtAABBBGsOAgEAAgsgACABQQRqIAIgAyAEEBkhBQwCCyABKAIMIgVBBHQhCCAFIAVB\
AEdrQQJqIQUgASgCCCEBA0AgCEUNAgJ/IAEtAABBBnFBBEcEQCABEI0CDAELIAAoAgghCSAAIAIQ\
lgIhCiAGIAc2AgQgBkEANgIAIAYgAjYCCCAGIAcQnAIgCmpBAmo2AgwgACAGEN0BIAAgASAJIAMg\
BBBECyEJIAFBEGohASAHQQFqIQcgCEEQayEIIAUgCWohBQwACwALIAEQjQIhBQsgBkEQaiQAIAUL\
6gEBBH8jAEEQayIFJAAgAiADIAIgA0kbIgYhAwJAAkACQANAIANFDQEgA0EBayIDIAFqLQAAQQpH\
DQALIANBAWohBwwBC0EAIQIgBkUNAQtBACECIAEhAyAGIQQDQCACIAMtAABBCkZqIQIgA0EBaiED\
IARBAWsiBA0ACwsgBUEIaiAHIAEgBkHwr8AAEIcCAkAgBSgCDCIBRQRAQQAhBAwBCyAFKAIIIQNB\
ACEEA0AgBCADLAAAQb9/SmohBCADQQFqIQMgAUEBayIBDQALCyAAIARBAWo2AgQgACACQQFqNgIA\
IAVBEGokAAvcAQECfyMAQRBrIgMkACAAKAIAIQACfwJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBx\
DQEgACABEDkMAgsgACgCACECQQAhAANAIAAgA2pBD2ogAkEPcS0ArKhBOgAAIABBAWshACACQQR2\
IgINAAsgAUHKucEAQQIgACADakEQakEAIABrEBcMAQsgACgCACECQQAhAANAIAAgA2pBD2ogAkEP\
cS0AzLlBOgAAIABBAWshACACQQR2IgINAAsgAUHKucEAQQIgACADakEQakEAIABrEBcLIANBEGok\
AAuPAgEDfwJAAkACQAJAAkACQCACLQAAQQFrDgUEAQIFAwALIABB3K7AAEEEIAEoAgwRAQAPCyAA\
IAIoAgggAigCDCABKAIQEQEADwsgACABIAIoAgggAigCDBApDwsgACABIAJBBGogAxAyDwsgASgC\
DCEBIAItAAFFBEAgAEHXrsAAQQUgAREBAA8LIABB067AAEEEIAERAQAPCyAAQcSywABBASABKAIM\
IgYRAQAgAigCDEEEdCEEIAIoAgghAgNAAkAgBARAIAVFDQEgAEHGssAAQQEgBhEBAAwBCyAAQcWy\
wABBASAGEQEADwsgACABIAIgAxBHIAVBAWshBSAEQRBrIQQgAkEQaiECDAALAAv6AQEHfyMAQSBr\
IgEkACABIAAoAhAgACgCFBCgAyIGNgIMIAEgAC0AGEECdCICKAKIm0E2AgQgASACKAKUm0E2AgAg\
AUEMaiIFKAIAJQEgASgCACABKAIEEAMgACgCAEEBRgRAIAAoAgghByAAKAIEIQIgAUH6tsAAQQQQ\
3AI2AhggASACuBCuAzYCHCABQRBqIgIgBSABQRhqIgMgAUEcaiIEEJoBIAIQ1AIgBBDVAiADENUC\
IAFB/rbAAEEGENwCNgIYIAEgB7gQrgM2AhwgAiAFIAMgBBCaASACENQCIAQQ1QIgAxDVAgsgAEEM\
ahCKAyABQSBqJAAgBgvTAQEHfyMAQRBrIgckAANAAkAgAyAFTQRAIAdBCGogBCAAIAFBtIfBABCH\
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
C0EGdHIhAgtBAQshASAAIAI2AgQgACABNgIAC8cBAQV/AkAgASgCACICIAEoAgRGBEAMAQtBASEG\
IAEgAkEBajYCACACLQAAIgPAQQBODQAgASACQQJqNgIAIAItAAFBP3EhBCADQR9xIQUgA0HfAU0E\
QCAFQQZ0IARyIQMMAQsgASACQQNqNgIAIAItAAJBP3EgBEEGdHIhBCADQfABSQRAIAQgBUEMdHIh\
AwwBCyABIAJBBGo2AgAgBUESdEGAgPAAcSACLQADQT9xIARBBnRyciEDCyAAIAM2AgQgACAGNgIA\
C8wBAQl/IwBBMGsiAiQAIAEoAgQhAyACQQhqIAEoAggiBkEEQRwQsgEgBkEcbCEIIAJBIGohCUEA\
IQEgAigCDCEHIAIoAggiCiEEA0AgBEUgASAIRnJFBEAgAkEUaiADEKsBIAkgA0EMahB0IAEgB2oi\
BSACKAIsNgIYIAUgAikCJDcCECAFIAIpAhw3AgggBSACKQIUNwIAIAFBHGohASAEQQFrIQQgA0Ec\
aiEDDAELCyAAIAY2AgggACAHNgIEIAAgCjYCACACQTBqJAALyQIBCH8jAEEwayIDJAAgAyABNgIY\
IAMgATYCECADIAI2AhQgAyABIAJqNgIcIANBADYCICMAQRBrIgIkACADQRBqIgRBCGohByADQSRq\
IgUCfwNAIAQoAgghCCAEKAIMIQkgAkEIaiAHEIQBQQAgAigCDCIKQYCAxABGDQEaIAIoAgghBiAK\
EGkNAAsgBSAGNgIEIAUgBCgCCCAJIAhrIAZqaiAEKAIMazYCCEEBCzYCACACQRBqJAAgAygCLEEA\
IAMoAiQiBBshAiADKAIoIQUgA0EYaiEGAkADQCADKAIYIQcgAygCHCEIIANBCGogBhCkASADKAIM\
IglBgIDEAEYNASADKAIIIQogCRBpDQALIAMoAhggCCAHayAKamogAygCHGshAgsgACACIAVBACAE\
GyICazYCBCAAIAEgAmo2AgAgA0EwaiQAC8ABAQV/IwBBEGsiBCQAAkAgAS0AJQRADAELIAEoAgQh\
AiAEQQRqIAEQMSAEKAIEQQFGBEAgASgCHCEDIAEgBCgCDDYCHCACIANqIQIgBCgCCCADayEFDAEL\
QQAhAiABLQAlDQAgAUEBOgAlAkAgAS0AJEEBRgRAIAEoAiAhBiABKAIcIQMMAQsgASgCICIGIAEo\
AhwiA0YNAQsgBiADayEFIAEoAgQgA2ohAgsgACAFNgIEIAAgAjYCACAEQRBqJAAL1wEBAX8jAEHg\
AGsiByQAIAcgBjYCGCAHIAU2AhQgByAENgIQIAdBCGogASgCABD2ASAHIAcpAwg3AhwgB0EkaiIB\
IAIgAxBnIAdBAjYCXCAHQQE2AlQgB0HAqsAANgJQIAdBATYCTCAHQbyqwAA2AkggB0EBNgJEIAdB\
AzYCPCAHQQI2AjQgByAHQRRqNgJYIAcgB0EQajYCQCAHIAE2AjggByAHQRxqNgIwIABBDGpBhIDA\
ACAHQTBqEKoCIAEQigMgAEEANgIAIABBAToAGCAHQeAAaiQAC9wBAQR/IAEgAigCDCIGEQIAIAFB\
ACACKAIcIgQRAAAgASACKAIUEQIAIAAoAghB6ABsIQMgACgCBCEFA0AgAwRAIAUgASACEBggA0Ho\
AGshAyAFQegAaiEFDAELCyABIAIoAhgRAgACQCAAKAIMQYCAgIB4RgRAIAIoAhAhAwwBCyABQQEg\
BBEAACABIAYRAgAgAUECIAQRAAAgASAALQAYQRlqIAIoAiARAAAgAUEDIAQRAAAgASAAKAIQIAAo\
AhQgAigCJBEBACABIAIoAhAiAxECAAsgASADEQIAC+gBAgJ/AX4jAEEwayICJAAgASgCAEGAgICA\
eEYEQCABKAIMIQMgAkEANgIsIAJCgICAgBA3AiQgAkEkakHYnMEAIAMoAgAiAygCACADKAIEEB8a\
IAIgAigCLCIDNgIgIAIgAikCJCIENwMYIAEgAzYCCCABIAQ3AgALIAEoAgghAyABQQA2AgggASkC\
ACEEIAFCgICAgBA3AgAgAiADNgIQIAIgBDcDCEEMQQQQ0AIiAUUEQEEEQQwQpAMACyABIAIoAhA2\
AgggASACKQMINwIAIABB5J7BADYCBCAAIAE2AgAgAkEwaiQAC8UBAQV/IwBBEGsiBCQAAkACQAJA\
AkACQAJAAkACQAJAIAEgAkEMbGoiASgCAEEBaw4GBwQAAwECBQtBAiEDQQEhBQwFC0EFIQNBBCEF\
DAQLQQQhBUEEIQMMBAtBASEDDAMLIARBBGogASgCBCABKAIIEJcBIAQoAgwhByAEKAIIIQUgBCgC\
BCEGQQMhAwwCCyAAQQY6AAAMAgsLIAAgBzYCDCAAIAU2AgggACAGNgIEIABBADoAASAAIAM6AAAL\
IARBEGokAAvEAgEEfyMAQSBrIgMkACADIAI2AhAgAyABNgIMAkAgA0EMahD0ASIBQYCAxABHBEAg\
A0EDIAMoAhAiBCADKAIMIgVrIgJBAnYgAkEDcUEAR2oiAiACQQNNG0EBakEEQQQQsgEgAygCACEC\
IAMoAgQiBiABNgIAIANBATYCHCADIAY2AhggAyACNgIUIANBFGohAiMAQRBrIgEkACABIAQ2Agwg\
ASAFNgIIA0AgAUEIahD0ASIFQYCAxABHBEAgAigCCCIEIAIoAgBGBEAgAiABKAIMIAEoAghrIgZB\
AnYgBkEDcUEAR2pBAWoQuAILIAIoAgQgBEECdGogBTYCACACIARBAWo2AggMAQsLIAFBEGokACAA\
IAMoAhw2AgggACADKQIUNwIADAELIABBADYCCCAAQoCAgIDAADcCAAsgA0EgaiQAC9YBAQF/AkAC\
QAJAAkBBAyAAKAIAIgJBgICAgHhzIAJBAE4bQQFrDgMAAQMCCyABQeSywAAgAEEEakEAEDIPCyAB\
QZu6wABBBBCCAw8LIAEgACgCCCAAKAIMECQPCyABIAEoAgBBAWo2AgAgAUHAqMAAQQEgAC0ADCIC\
G0EIQQAgAhsQggMgACgCCEEDdCECIAAoAgQhAANAIAIEQCABIAEoAgBBAWo2AgAgASAAKAIAIAAo\
AgQQggMgAkEIayECIABBCGohAAwBCwsgASABKAIAQQFqNgIAC7QBAQJ/IwBBEGsiBCQAIAQgAzYC\
DCAEIAI2AghBACECQYXDwAAhAwNAAkAgAkEKRg0AIAMtAAAgAUYNACADQQFqIQMgAkEFaiECDAEL\
C0EAIQFBACEDAkADQCADQShGDQEgA0GohsEAaiAEQQhqENMCRQRAIAFBAWshASADQQhqIQMMAQsL\
IAJBCkYNACAAKAJkQfQASQ0AIAAoAmAoAHAgAiABa3ZBAXEhBQsgBEEQaiQAIAULrAEBA38jAEEQ\
ayIGJAACQCAFRQ0AIAIgA2oiAiADSQ0AIAZBBGogASACIAEoAgBBAXQiAyACIANLGyICQQhBBEEB\
IAVBgQhJGyAFQQFGGyIIIAIgCEsbIgIgBCAFEEogBigCBEEBRgRAIAYoAgwhCCAGKAIIIQcMAQsg\
BigCCCEDIAEgAjYCACABIAM2AgRBgYCAgHghBwsgACAINgIEIAAgBzYCACAGQRBqJAALlQIBAn8j\
AEEgayIFJABB3LvBAEHcu8EAKAIAIgZBAWo2AgACQAJAAkACQAJ/QQAgBkEASA0AGkEBQci7wQAt\
AAANABpByLvBAEEBOgAAQcS7wQBBxLvBACgCAEEBajYCAEECC0H/AXEOAwMBAAELQdC7wQAoAgAi\
BkEASA0CQdC7wQAgBkEBajYCAEHUu8EAKAIARQ0BIAVBCGogACABKAIUEQAAIAUgBDoAHSAFIAM6\
ABwgBSACNgIYIAUgBSkDCDcCEEHUu8EAKAIAIAVBEGpB2LvBACgCACgCFBEAAAwBCyAFIAAgASgC\
GBEAAAwBC0HQu8EAQdC7wQAoAgBBAWs2AgBByLvBAEEAOgAAIANFDQAACwALigEBBX8jAEEQayIC\
JAAgAkEEakEgEPkBA0AgBEEQRwRAIAJBBGoiBSABIARqLQAAIgNBBHYiBkEwciAGQdcAaiADQaAB\
SRsQowEgBSADQQ9xIgNBMHIgA0HXAGogA0EKSRsQowEgBEEBaiEEDAELCyAAIAIoAgw2AgggACAC\
KQIENwIAIAJBEGokAAuwAQEBfyMAQUBqIgIkACACIAE2AggCQCABQYGAIE8EQCACQQA2AhAgAkEB\
NgIMIAJBATYCPCACQZyswAA2AjggAkEBNgI0IAJBAjYCLCACIAJBCGo2AjAgAiACQQxqNgIoIAJB\
HGpBsJ/AACACQShqEKoCIABBADYCACAAIAIpAhQ3AgQgACACKQIcNwIMIAAgAigCJDYCFCAAQQA6\
ABgMAQsgAEECNgIACyACQUBrJAAL0wEBBn8jAEEQayIDJAAgAiABKAIAIggvAYoBIgQgASgCCCIF\
QX9zaiIBOwGKASADIAhBBGoiBiAFQQxsaiIHKQIANwMAIAMgBygCCDYCCCABQQxPBEBBACABQQtB\
lJXBABA3AAsgBiAFQQFqIgdBDGxqIQYgAkEEaiECAkAgBCAHayIEIAFGBEAgBEEMbCIEBEAgAiAG\
IAT8CgAACwwBC0HclMEAQShBhJXBABDaAgALIAggBTsBigEgACADKQMANwIAIAAgAygCCDYCCCAD\
QRBqJAALogEBA38gAEGAAU8EQCAAQT9xQYB/ciEDIABBBnYhAiAAQYAQSQRAIAEgAzoAASABIAJB\
wAFyOgAADwsgAEEMdiEEIAJBP3FBgH9yIQIgAEH//wNNBEAgASADOgACIAEgAjoAASABIARB4AFy\
OgAADwsgASADOgADIAEgAjoAAiABIARBP3FBgH9yOgABIAEgAEESdkFwcjoAAA8LIAEgADoAAAu/\
AgEFfwJAIAAtAAAiAyABLQAARw0AQQEhAgJAAkACQAJAAkAgA0EBaw4FAAECAwQFCyAALQABIAEt\
AAFGIQIMBAsgAEEEaiABQQRqEJ8CIQIMAwsgAEEEaiABQQRqEJ8CIQIMAgtBACECIAAoAgwiAyAB\
KAIMRw0BIAEoAgghAiAAKAIIQRBrIQECfwNAIAMgAyAERg0BGiAEQQFqIQQgAUEQaiIBIAIQXSAC\
QRBqIQJFDQALIARBAWsLIANPIQIMAQtBACECIAAoAgwiAyABKAIMRw0AIAAoAgghBSABKAIIIQYg\
AyEBQQAhAwNAAkAgAyIAIAFGBEAgASEADAELIAUgBhCAAw0AIABBAWohAyAGQQxqIQQgBUEMaiAG\
QRxqIQYgBUEcaiEFIAQQXUUNAQsLIAAgAU8hAgsgAkEBcwuRAQEBfyMAQSBrIgMkACADIAAoAgA2\
AgQgA0EIaiADQQRqIgAgARCBAiADQRRqIAAgAhCBAgJ/IAMtAAwiACADLQAYIgFHBEAgACABSiAA\
IAFIawwBCyADKAIUIgAgAygCCCIBRwRAIAAgAUsgACABSWsMAQsgAygCECIAIAMoAhwiAUsgACAB\
SWsLIANBIGokAAu2AwEFfyMAQTBrIgQkACAEIAM2AhAgBCACNgIMIAEoAghBHGwhAyABKAIEIQIC\
QAJAA0AgAwRAIAQgAjYCFCAEQRRqIARBDGoQjwINAiADQRxrIQMgBkEBaiEGIAJBHGohAgwBCwsg\
AEEGOgAADAELIARBFGohAyMAQSBrIgIkACACQQRqIQUCQCABKAIIIgggBksEQCAFIAEoAgQgBkEc\
bGoiBykCADcCACAFIAcpAgg3AgggBSAHKQIQNwIQIAUgBygCGDYCGCAIIAZBf3NqQRxsIgUEQCAH\
IAdBHGogBfwKAAALIAEgCEEBazYCCAwBCyAFQYCAgIB4NgIACwJAIAIoAgRBgICAgHhHBEAgAyAC\
KAIcNgIYIAMgAikCFDcCECADIAIpAgw3AgggAyACKQIENwIAIAJBIGokAAwBCyABKAIIIQEjAEEg\
ayIAJAAgACABNgIMIAAgBjYCCCAAIABBDGqtQoCAgIAQhDcDGCAAIABBCGqtQoCAgIAQhDcDEEHL\
oMAAIABBEGpBtLLAABDyAQALIAAgBCkCKDcCCCAAIAQpAiA3AgAgAxCKAwsgBEEwaiQAC6ABAgF/\
AX4jAEEQayIFJAAgAAJ/AkACQAJAIAStIAGtfiIGQiCIpw0AIAanIgRBgICAgHggA2tLDQAgBA0B\
IAAgAzYCCCAAQQA2AgRBAAwDCyAAQQA2AgQMAQsgBUEIaiADIAQgAhCFAiAFKAIIIgIEQCAAIAI2\
AgggACABNgIEQQAMAgsgACAENgIIIAAgAzYCBAtBAQs2AgAgBUEQaiQAC5ACAQV/IwBBIGsiAyQA\
AkACQCABBEAgA0EIaiACQQFBARCyASADQQA2AhwgAyADKQMINwIUIANBFGoiBSACELcCQQEgAiAC\
QQFNGyIGQQFrIQEgBSgCCCIHIAUoAgRqIQQCQANAIAEEQCAEQQE6AAAgAUEBayEBIARBAWohBAwB\
BQJAIAYgB2ohASACDQAgAUEBayEBDAMLCwsgBEEBOgAACyAFIAE2AgggACADKAIcNgIIIAAgAykC\
FDcCAAwBCyADQRRqIAJBAUEBQQEQYCADKAIYIQEgAygCFEEBRg0BIAMoAhwhBCAAIAI2AgggACAE\
NgIEIAAgATYCAAsgA0EgaiQADwsgASADKAIcENECAAuVAQEBfyMAQSBrIgQkACAEIAM2AgggBCAC\
NgIEAkAgASgCHCABKAIYSQRAIARBAjYCHCAEIARBBGo2AhggBEEMaiICQaKIwAAgBEEYahCqAgwB\
CyAEQQI2AhwgBCAEQQRqNgIYIARBDGoiAkGtncAAIARBGGoQqgILIAAgASAEKAIQIAQoAhQQ6QIg\
AhCKAyAEQSBqJAALvwEBAn8jAEEwayIDJAAgA0EIaiIEIAJBAnQiAigCyJpBNgIEIAQgAigC6JpB\
NgIAIAMoAgghAgJAIAMoAgxBAUYEQCAAIAEgAigCACACKAIEED0MAQsgA0EgaiABIAIoAgAgAigC\
BBA9IAMtACAiAUEGRgRAIABBBjoAAAwBCyADIAMpACg3ABggAyADKQAhNwARIAMgAToAECAAIANB\
EGoiACACKAIIIAIoAgwQtAIQzAIgABDtAQsgA0EwaiQAC94CAQJ/IwBBMGsiBCQAAn8gAQRAIARB\
EGoiASAAQcCowABBCBA9QQYhAAJAIAQtABBBBkcEQCAEIAQpAhg3AyggBCAEKQIQNwMgIAQgASAC\
IAMQtAIQzAIgBEEgahDtASAELQAAIQAMAQsgBEEGOgAACyAEEOACIABB/wFxIgBBBkcgAEEAR3EM\
AQsjAEEgayIBJAAgASADNgIYIAEgAjYCFCAAKAIIQRRsIQIgACgCBCEFAn8DQEEAIAJFDQEaIAEg\
AkEUayICIAVqIgM2AhwgAUEcaiABQRRqEI8CRQ0ACyABQQhqIABBDGoQogMgASABKAIIIAEoAgwg\
A0EMaigCACADQRBqKAIAQcCvwAAQcyABKAIAIAEoAgQjAEEQayIAJAAgAEEANgIMIABB7gAgAEEM\
ahDIASAAKAIAIAAoAgQQxQIgAEEQaiQAQQFzCyABQSBqJAALIARBMGokAAurAQEBfyMAQTBrIgUk\
ACAFIAQ2AgwgBSADNgIIIAUgASgCDCABKAIQIAIQRSAFIAUoAgQiATYCFCAFIAUoAgAiAjYCECAF\
QQE2AiwgBSAFQRRqNgIoIAVBATYCJCAFQQI2AhwgBSAFQRBqNgIgIAUgBUEIajYCGCAAQQxqQY2G\
wAAgBUEYahCqAiAAIAE2AgggACACNgIEIABBATYCACAAQQA6ABggBUEwaiQAC4ACAQZ/IwBBEGsi\
AyQAIAIgASACaiIESwRAQQBBABDRAgALIANBBGohBSAAKAIAIgIhBiAAKAIEIQhBASEHQQQhAQJA\
QQggBCACQQF0IgIgAiAESRsiAiACQQhNGyIEIgJB/////wdLBEBBACECDAELAkACQAJ/IAYEQCAI\
IAZBASACEBQMAQsgAkUEQEEBIQEMAgsgAkEBENACCyIBDQAgBUEBNgIEDAELIAUgATYCBEEAIQcL\
QQghAQsgASAFaiACNgIAIAUgBzYCACADKAIEQQFGBEAgAygCCCADKAIMENECAAsgAygCCCEBIAAg\
BDYCACAAIAE2AgQgA0EQaiQAC+EDAQV/IwBBMGsiAyQAIANBDGoiBEHAAiACIAJBwAJPG0ECahD5\
AQJ/IwBBIGsiBiQAIARBIhCjASAGQQA2AhAgBiABNgIIIAYgASACajYCDANAAkACQAJAAkACQAJA\
IAZBCGoQ9AEiBUGAgMQARwRAIAYgBigCECIHQQFqNgIQIAdB0ABHBEACQAJAIAVBCWsOBQgGAQEH\
AAsgBUEiRg0DIAVB3ABGDQQLIAVB5sAAa0EESSAFQarAAGtBBUlyIAVB/v//AHFBqMAARiAFQSBJ\
cnJFIAVB/wBrQSFPcQ0HIAZBFGoiByAFEHsgBCAGKAIYIAYoAhwQ2gEgBxCKAwwICyAEQabAABCj\
AQsgBEEiEKMBIAZBIGokACAFQYCAxABHDAcLIARBlLPAAEECENoBDAULIARBlrPAAEECENoBDAQL\
IARBmLPAAEECENoBDAMLIARBmrPAAEECENoBDAILIARBnLPAAEECENoBDAELIAQgBRCjAQwACwAL\
BEAgAyABIAEgAmoQvAI2AiQgA0EBNgIsIAMgA0EkajYCKCADQRhqIgFBnp/AACADQShqEKoCIAQg\
AygCHCADKAIgENoBIAEQigMLIAAgAygCFDYCCCAAIAMpAgw3AgAgA0EwaiQACwMAAAuQAQECfwJA\
IABBCWsiAkEXTQRAQQEhAUGfgIAEIAJ2QQFxDQELQQAhASAAQYABSQ0AAkAgAEEIdiICBEAgAkEw\
RwRAIAJBIEYNAiACQRZHDQMgAEGALUYhAQwDCyAAQYDgAEYhAQwCCyAAQf8BcS0AraBBIQEMAQsg\
AEH/AXEtAK2gQUECcUEBdiEBCyABQQFxC6YBAQJ/IwBBIGsiAyQAIAMgASACECUgAygCCCEBIAMo\
AgQhAgJAIAMoAgAiBEECRwRAIAAgAykCFDcCFCAAIAMpAgw3AgwgACABNgIIIAAgAjYCBCAAIAQ2\
AgAMAQsgA0EANgIcIAMgATYCGCADIAI2AhQgAyABNgIQIAMgAjYCDCADQQA2AgggA0KAgICAwAA3\
AgAgACADEDggAxCLAwsgA0EgaiQACwMAAAuCAgEJfyMAQRBrIgMkAAJAAkACQCABKAIQIgIEQCAC\
IAEoAhRHDQEgAUEANgIQCyABKAIARQ0CIAFBCGohByMAQRBrIgQkACABIgIoAgAhASACKAIEIQgD\
QAJAIAEgCEYEQEEFIQYMAQsgAiABQQFqIgk2AgAgBCABLQAAIgY6AA8gCSEBIAcgBEEPahDdAkUN\
AQsLIARBEGokACAGIgFBBUYNAgwBCyABIAJBAWo2AhAgAi0AACEBCyADQQhqIgIgAUH/AXFBAnQi\
ASgCjJpBNgIEIAIgASgCoJpBNgIAIAMoAgwhCiADKAIIIQULIAAgCjYCBCAAIAU2AgAgA0EQaiQA\
C5wBAQV/AkAgACgCACIAKAIAIgMoAgAiAiAAKAIIIgRJBEACQCAAKAIEIgUgAmotAAAiBkUEQCAD\
IAJBAWo2AgAgAUEMaiAFIAQgACgCDCAAKAIQIAMQmAEMAQsgAiAAKAIQIgFPDQIgAyAAKAIMIAJB\
AnRqKAIANgIACyAGQQFzDwsgAiAEQcClwAAQswEACyACIAFB0KXAABCzAQAL/A4BC38jAEEQayIF\
JAACf0EBIAEoAgAiCkEnIAEoAgQiDCgCECILEQMADQAaIAAoAgAhBkEAIQEjAEEgayIEJAAgBQJ/\
AkACQAJAAkACQAJAAkACQAJAAkACQAJAIAYOKAIBAQEBAQEBAQMFAQEEAQEBAQEBAQEBAQEBAQEB\
AQEBAQEIAQEBAQcACyAGQdwARg0FCyAGQf8FTQ0GQRBBACAGQaudBE8bIgAgAEEIciIAIAZBC3Qi\
AyAAQQJ0KALEuEFBC3RJGyIAIABBBHIiACAAQQJ0KALEuEFBC3QgA0sbIgAgAEECciIAIABBAnQo\
AsS4QUELdCADSxsiACAAQQFqIgAgAEECdCgCxLhBQQt0IANLGyIAIABBAWoiACAAQQJ0KALEuEFB\
C3QgA0sbIgFBAnQoAsS4QUELdCIAIANGIAAgA0lqIAFqIghBAnQiAEHEuMEAaiEDIAAoAsS4QUEV\
diEBQf8FIQACQCAIQR9NBEAgAygCBEEVdiEAIAhFDQELIANBBGsoAgBB////AHEhAgsCQCAAIAFB\
f3NqRQ0AIAYgAmshCCAAQQFrIQNBACEAA0AgACABQa2iwQBqLQAAaiIAIAhLDQEgAyABQQFqIgFH\
DQALCyABQQFxRQ0GIARBADoADiAEQQA7AQwgBCAGQRR2LQCsqEE6AA8gBCAGQQR2QQ9xLQCsqEE6\
ABMgBCAGQQh2QQ9xLQCsqEE6ABIgBCAGQQx2QQ9xLQCsqEE6ABEgBCAGQRB2QQ9xLQCsqEE6ABAg\
BkEBcmdBAnYiASAEQQxqIgNqIgBB+wA6AAAgAEEBa0H1ADoAACADIAFBAmsiAWpB3AA6AAAgBSAE\
KQEMNwAAIARB/QA6ABUgBCAGQQ9xLQCsqEE6ABQgBSAELwEUOwAIDAcLIAVCADcBAiAFQdzgADsB\
AAwICyAFQgA3AQIgBUHc6AE7AQAMBwsgBUIANwECIAVB3OQBOwEADAYLIAVCADcBAiAFQdzcATsB\
AAwFCyAFQgA3AQIgBUHcuAE7AQAMBAsgBUIANwECIAVB3M4AOwEADAMLQQAhAUEAIQACQCAGIgJB\
IEkNACACQf8ASQRAQQEhAQwBCwJAAkAgAkGAgARPBEAgAkGAgAhJDQEgAkH+//8AcSIAQa6dC0cg\
AkHg//8AcUHgzQpHIABBnvAKR3FxIAJB8NcLa0FxSXEgAkGA8AtrQd5sSXEgAkGAgAxrQZ50SXEg\
AkHQpgxrQXtJcSACQYCCOGtB+uZUSXEgAkHwgzhJcSEBDAMLIAJBCHZB/wFxIQkDQCABQQJqIQMg\
ACABLQD7skEiB2ohCCAJIAEtAPqyQSIBRwRAIAEgCUsNAyAIIQAgAyIBQcwARw0BDAMLAkACQCAA\
IAhLIAhBnAJLckUEQCAHRQ0CIABBxrPBAGohAQwBCyAAIAhBnAJBiLjBABA3AAsDQCABLQAAIAJB\
/wFxRwRAIAFBAWohASAHQQFrIgcNAQwCCwtBACEBDAQLIAghACADIgFBzABHDQALDAELIAJBCHZB\
/wFxIQkDQAJAIAFBAmohAyAAIAEtANOsQSIHaiEIIAkgAS0A0qxBIgFHBEAgASAJSw0BIAghACAD\
IgFB3ABHDQIMAQsCQAJAIAAgCEsgCEHUAUtyRQRAIAdFDQIgAEGurcEAaiEBDAELIAAgCEHUAUGI\
uMEAEDcACwNAIAEtAAAgAkH/AXFHBEAgAUEBaiEBIAdBAWsiBw0BDAILC0EAIQEMBAsgCCEAIAMi\
AUHcAEcNAQsLIAJB//8DcSEDQQEhAUEAIQIDQCACQQFqIQACQCACLACCr0EiB0EATgRAIAAhAgwB\
CyAAQfgDRwRAIAJBg6/BAGotAAAgB0H/AHFBCHRyIQcgAkECaiECDAELQZi4wQAQhQMACyADIAdr\
IgNBAEgNAiABQQFzIQEgAkH4A0cNAAsMAQtBASEBQQAhBwNAIAdBAWohAAJAIAcsAOK1QSIDQQBO\
BEAgACEHDAELIABBpAJHBEAgB0HjtcEAai0AACADQf8AcUEIdHIhAyAHQQJqIQcMAQtBmLjBABCF\
AwALIAIgA2siAkEASA0BIAFBAXMhASAHQaQCRw0ACwsgAUEBcQ0BIARBADoAGCAEQQA7ARYgBCAG\
QRR2LQCsqEE6ABkgBCAGQQR2QQ9xLQCsqEE6AB0gBCAGQQh2QQ9xLQCsqEE6ABwgBCAGQQx2QQ9x\
LQCsqEE6ABsgBCAGQRB2QQ9xLQCsqEE6ABogBkEBcmdBAnYiASAEQRZqIgNqIgBB+wA6AAAgAEEB\
a0H1ADoAACADIAFBAmsiAWpB3AA6AAAgBSAEKQEWNwAAIARB/QA6AB8gBCAGQQ9xLQCsqEE6AB4g\
BSAELwEeOwAIC0EKDAILIAUgBjYCAEGAASEBQYEBDAELQQILOgANIAUgAToADCAEQSBqJAACQCAF\
LQANIgFBgQFPBEAgCiAFKAIAIAsRAwBFDQFBAQwCCyAKIAUgBS0ADCIAaiABIABrIAwoAgwRBABF\
DQBBAQwBCyAKQScgCxEDAAsgBUEQaiQAC4UBAQF/IwBBEGsiAyQAIAIgASACaiIBSwRAQQBBABDR\
AgALIANBBGogACgCACICIAAoAgRBCCABIAJBAXQiAiABIAJLGyIBIAFBCE0bIgEQeiADKAIEQQFG\
BEAgAygCCCADKAIMENECAAsgAygCCCECIAAgATYCACAAIAI2AgQgA0EQaiQAC3IBAX4CQCABQhZT\
IACtIAFXcUUEQCABQgF9IgJCFVQNASABQgV8QgZaBEBCgICAgICAgICAfyACIAEgAlcbIgEgAUI/\
hyIBhSABfacQnAIgACAAQQFLampBAmoPCyAAIAGna0ECag8LIAGnDwsgAEEBagvvAQEIfyMAQRBr\
IgQkAANAIAQgAjYCDCAEIAE2AgggBEEIaigCACIGLwGKASIJQQxsIQdBfyEFIAZBBGohBkEBIQgC\
QANAIAdFBEAgCSEFDAILIAdBDGshByAFQQFqIQUgAyAGEOMBIQogBkEMaiEGAkAgCkH/AXEOAgAB\
AgsLQQAhCAsgBCAFNgIEIAQgCDYCACAEKAIEIQUCQCAEKAIAQQFGBEAgAg0BQQEhC0EAIQILIAAg\
BTYCDCAAIAI2AgggACABNgIEIAAgCzYCACAEQRBqJAAPCyACQQFrIQIgASAFQQJ0aigCjAEhAQwA\
CwALlgEBAX8CQAJAAkBBAyABKAIAIgJBgICAgHhzIAJBAE4bQQJrDgIAAgELIABBGBDzAg8LIABB\
AToAEA8LIAAQqwMgAEHAqMAAQQEgAS0ADCICG0EIQQAgAhsQNiABKAIIQQN0IQIgASgCBCEBA0Ag\
AgRAIAAgASgCACABKAIEEDYgAkEIayECIAFBCGohAQwBCwsgABCqAwt9AAJAIAMgBEsNAAJAIANF\
DQAgAiADTQRAIAIgA0cNAgwBCyABIANqLAAAQb9/TA0BCwJAIARFDQAgAiAETQRAIAIgBEYNAQwC\
CyABIARqLAAAQb9/TA0BCyAAIAQgA2s2AgQgACABIANqNgIADwsgASACIAMgBCAFEOwCAAuzAgEJ\
fwJAAkACQAJAAkACQCABLQAAQQFrDgUBAgMEBQALIABBADoAAA8LIAAgASkCCDcCCCAAIAEpAgA3\
AgAPCyAAQQRqIAFBBGoQqwEgAEECOgAADwsgAEEEaiABQQRqEKsBIABBAzoAAA8LIABBBGohAyMA\
QSBrIgIkACABQQRqIgEoAgQhByACQQhqIAEoAggiBUEEQRAQsgEgBUEEdCEIQQAhASACKAIMIQYg\
AigCCCIJIQQDQCAERSABIAhGckUEQCACQRBqIAEgB2oQdCABIAZqIgogAikCGDcCCCAKIAIpAhA3\
AgAgAUEQaiEBIARBAWshBAwBCwsgAyAFNgIIIAMgBjYCBCADIAk2AgAgAkEgaiQAIABBBDoAAA8L\
IABBBGogAUEEahBNIABBBToAAAuNAQEDfyMAQTBrIgIkACACQQA2AhAgAkKAgICAEDcCCCACQRRq\
IAEgAkEIaiIDEA8gAEEEaiEBAkAgAigCFCIEQQJHBEAgASACKQIoNwIQIAEgAikCIDcCCCABIAIp\
Ahg3AgAgAxCKAwwBCyABIAIoAhA2AgggASACKQIINwIACyAAIAQ2AgAgAkEwaiQAC4oBAQJ/IwBB\
MGsiBCQAIARBBGoiBSABIAIQlwECQCAAIAQoAgggBCgCDBB3IgEEQCABEO0BIAEgAykCCDcCCCAB\
IAMpAgA3AgAgBRCKAwwBCyAEIAQoAgw2AhggBCAEKQIENwMQIAQgAykCADcCHCAEIAMpAgg3AiQg\
ACAEQRBqELUBCyAEQTBqJAALdwEBfyMAQRBrIgMkACADIAI2AgggAyABNgIEIAAoAghBHGwhAiAA\
KAIEIQACfwNAQQAgAkUNARogAkEcayECIAMgADYCDCAAQRxqIQAgA0EMaiADQQRqEI8CRQ0ACyAA\
QRxrCyECIANBEGokACACQQxqQQAgAhsLeAEDfwJAIAJFDQAgACABKAIAIAEoAgQQdyIARQ0AIAFB\
DGohASACQQN0QQhrIQIDQCACBEAgAUEEayEEIAJBCGshAiABKAIAIQUgAUEIaiEBIAAgBCgCACAF\
ELQCIgANAQwCCwsgAEEAIABBvP/AABBdGyEDCyADC3sBA38jAEEQayIDJAAgAyABIAJBLRDGAQJA\
IAMoAgQgAiADKAIAIgQbIgVBD00EQCADIAQgASAEGyIENgIIIAMgBCAFajYCDCADQQhqEM8BRQ0B\
CyABIAIQDiIBIAIgASACSxshAgsgACAAKAIAIAJqNgIAIANBEGokAAtxAAJ/IANBAEgEQEEBIQFB\
ACEDQQQMAQsCfwJAAn8gAQRAIAIgAUEBIAMQFAwBCyADRQRAQQEhAQwCCyADQQEQ0AILIgENACAA\
QQE2AgRBAQwBCyAAIAE2AgRBAAshAUEICyAAaiADNgIAIAAgATYCAAuBAQEDfyMAQTBrIgIkACAC\
QQxqQfCzwABBAhCXASACQgQ3AiggAkKMgICAgAE3AiAgAkEgaiEEA0AgA0EQRgRAIAAgAigCFDYC\
CCAAIAIpAgw3AgAgAkEwaiQABSACQQxqIAEgAyAEaigCAHZBD3EtAPKzQBCjASADQQRqIQMMAQsL\
C4YBAQF/IwBBMGsiBSQAIAUgAzYCDCAFIAI2AgggBSAEEMcCIAUgBSkDADcCECAFQQI2AiwgBUEC\
NgIkIAVBAjYCHCAFIAFBDGo2AhggBSAFQRBqNgIoIAUgBUEIajYCICAAQQxqQY6EwAAgBUEYahCq\
AiAAQQA2AgAgAEEBOgAYIAVBMGokAAtPAQN+IAAgAUL/////D4MiA0IKfiIEQgAiAyABQiCIQgp+\
fCIBQiCGfCIFNwMAIAAgBCAFVq0gASADVK1CIIYgAUIgiIR8IAJCCn58NwMIC9sBAQd/IwBBEGsi\
AyQAQWAhBAJAA0AgBARAIANBCGohByABIARBrIDBAGooAgAgBEGwgMEAaigCABB4IQJBACEFIwBB\
EGsiBiQAIAIEfyAGQQhqIgUgAigCDDYCBCAFIAIoAghBACACLQAAQQNGGzYCACAGKAIMIQUgBigC\
CAVBAAshAiAHIAU2AgQgByACNgIAIAZBEGokACADKAIIIgIEQCADIAIgAygCDCIIEE4gAygCBA0D\
CyAEQQhqIQQMAQsLQQAhAgsgACACNgIAIAAgCDYCBCADQRBqJAALegEDfyABKAIAIQMCQAJAIAEo\
AhAiAgRAIAEoAhQgAmshAiADDQFBASEEIAIhAQwCC0EBIQRBACECIANFBEBBACEBDAILIAEoAgQg\
A2shAQwBCyABKAIEIANrIAJqIgEgAk8hBAsgACABNgIIIAAgBDYCBCAAIAI2AgALbAEEfyMAQRBr\
IgMkAANAAkAgAkUEQEEBIQUMAQsgA0EIaiABEMABIAMtAAhFDQAgAy0ACUEwa0H/AXEiBkEJSw0A\
IARBCmwgBmohBCACQQFrIQIMAQsLIAAgBDYCBCAAIAU2AgAgA0EQaiQACwMAAAuRAQICfwF+IwBB\
IGsiAiQAIAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCHCACQoCAgIAQNwIUIAJBFGpB2JzBACAD\
KAIAIgMoAgAgAygCBBAfGiACIAIoAhwiAzYCECACIAIpAhQiBDcDCCABIAM2AgggASAENwIACyAA\
QeSewQA2AgQgACABNgIAIAJBIGokAAuJAQECfyMAQYACayIDJAAgA0HIAGpBAEHBAPwLACADQgA3\
A0AgA0Ggl8EAKQMANwM4IANBmJfBACkDADcDMCADQZCXwQApAwA3AyggA0GIl8EAKQMANwMgIANB\
IGoiBCABIAIQNSADQZABaiIBIARB8AD8CgAAIAMgARAdIAAgAxBZIANBgAJqJAALdQEFfyMAQRBr\
IgIkACABKAIAIQQgASgCBCEFIAJBCGogARBMAkAgAigCCEEBRwRAQYCAxAAhAwwBCyACKAIMIQMg\
ASABKAIAIAEoAggiBiAFaiAEIAEoAgRqa2o2AggLIAAgAzYCBCAAIAY2AgAgAkEQaiQAC3YBA38j\
AEEQayICJAAgAiABNgIMIAIgADYCCEEBIQMCQCACQQhqIgRBhJDBAEEKEKUBDQAgBEGAkcEAQQIQ\
pQENACAEQZiRwQBBARClAQ0AIARBoJHBABDTAg0AIAAgAUGokcEAQQgQxQIhAwsgAkEQaiQAIAML\
bQEEf0EEIQMjAEEQayICJABBASEEAkADQCADRQ0BIAJBCGogAS0AAEEQEOIBIANBAWshAyABQQFq\
IQEgAi8BDCAFQQR0ciEFIAIoAghBAXENAAtBACEECyAAIAU7AQIgACAEOwEAIAJBEGokAAtxAAJA\
IAEgAhCsAiIBBEAgAS0AAEEDRw0BIABBBGogAUEEahCrASAAQQI2AgAPCyACLQAARQRAIABBBGog\
AigCBCACKAIIEJcBIABBAjYCAA8LIABCATcCCCAAQgI3AgAPCyAAIAJBkbDAAEEIIAEQfAsDAAAL\
pgEBBH8jAEEQayICJAAgAiABNgIIIAFBBGohAQJ/A0BBACEDIAEoAgAiBCABKAIESQRAIAEgBEEB\
ajYCAEEBIQMLIAIgBDYCBCACIAM2AgBBACACKAIAQQFHDQEaIAIgAigCBCIFNgIMIAJBCGooAgAo\
AgAgAkEMaigCAEHYqcAAEKACLQAQQQJGDQALQQELIQEgACAFNgIEIAAgATYCACACQRBqJAALAwAA\
CwMAAAsDAAALnAEBBH8jAEEQayIDJAAgASABIAJBA3QiAmoiBEcEQCABQQRqIQYgBCABa0EDdiEE\
A0AgBigCACAFaiEFIAZBCGohBiAEQQFrIgQNAAsLIANBBGogBRD5AQNAIAIEQCADQQRqIAEoAgAg\
ASgCBBDaASACQQhrIQIgAUEIaiEBDAELCyAAIAMoAgw2AgggACADKQIENwIAIANBEGokAAuVAgEI\
fyMAQRBrIgQkACAEIAFBCGo2AgwgASgCACEDIAEoAgQhBQJAA0AgAyAFRwRAIAEgA0EIaiIGNgIA\
IwBBMGsiAiQAIAJBBGoiByAEQQxqKAIAKAIAKAIAIAMoAgAiCCADKAIEIgMQdxDMAgJAIAItAAQi\
CUEBa0H/AXFBBU8EQCAAQYCAgIB4NgIAIAlBBkYNASAHEO0BDAELIAJBFGogCCADEJcBIAAgAikC\
FDcCACACIAIpAgQ3AiAgACACKQIcNwIIIAIgAikCDDcCKCAAIAIpAiQ3AhAgACACKAIsNgIYCyAC\
QTBqJAAgBiEDIAAoAgBBgICAgHhGDQEMAgsLIABBgICAgHg2AgALIARBEGokAAuSAgEIfyMAQRBr\
IgQkACAEIAFBCGo2AgwgASgCACEDIAEoAgQhBQJAA0AgAyAFRwRAIAEgA0EIaiIGNgIAIwBBMGsi\
AiQAIAJBBGoiByAEQQxqKAIAKAIAKAIAIAMoAgAiCCADKAIEIgMQPQJAIAItAAQiCUEBa0H/AXFB\
BU8EQCAAQYCAgIB4NgIAIAlBBkYNASAHEO0BDAELIAJBFGogCCADEJcBIAAgAikCFDcCACACIAIp\
AgQ3AiAgACACKQIcNwIIIAIgAikCDDcCKCAAIAIpAiQ3AhAgACACKAIsNgIYCyACQTBqJAAgBiED\
IAAoAgBBgICAgHhGDQEMAgsLIABBgICAgHg2AgALIARBEGokAAupGwISfwN+IwBBEGsiFCQAIAEo\
AgAtAEAEQCAUQQRqIRMgASgCBCgCDCIBBH8gASgCBCEJIAEoAgAFQQALIRJBACEBIwBBoAFrIgMk\
ACADQfsAaiEGA0ACQAJAAkACQAJAIAFBGEcEQCABKALckUEhByABKALYkUEhCiABQQhqIgUhASAH\
RQ0GIAIgCigCACAKKAIEEHciBEUNBiAKQQxqIQEgB0EDdEEIayEMA0AgBC0AACEHIAxFDQIgB0EF\
Rw0FIAFBBGshCiAMQQhrIQwgASgCACEHIAFBCGohASAEQQRqIAooAgAgBxB3IgQNAAsMBAsgA0EI\
aiEEIAIoAgQiASEFIAEgAigCCEEcbGohASMAQUBqIgYkACAGIAE2AhggBiAFNgIUIAZBKGogBkEU\
ahCtAQJAIAYoAihBgICAgHhHBEAgBkEIakEEQQRBGBCyASAGKAIIIQEgBigCDCIFIAYpAig3AgAg\
BSAGKQI4NwIQIAUgBikCMDcCCCAGQQE2AiQgBiAFNgIgIAYgATYCHCAGQRxqIQcgBigCFCEFIAYo\
AhghASMAQSBrIgokACAKIAE2AgQgCiAFNgIAA0ACQCAKQQhqIAoQrQEgCigCCEGAgICAeEYNACAH\
KAIIIgUgBygCAEYEQCAHKAIIIgEgBygCAEYEQCAHIAFBAUEEQRgQ2AELCyAHKAIEIAVBGGxqIgEg\
CikCGDcCECABIAopAhA3AgggASAKKQIINwIAIAcgBUEBajYCCAwBCwsgCkEgaiQAIAQgBigCJDYC\
CCAEIAYpAhw3AgAMAQsgBEEANgIIIARCgICAgMAANwIACyAGQUBrJAAgAygCECIGRQ0BIANBADYC\
HCADQQA2AhQjAEEgayIMJAAgDEEANgIMIAxCgICAgMAANwIEIAJBAUEAQQFBACAMQQRqECAgDCgC\
DCEBIAwoAgghBSAMIAwoAgQ2AhggDCAFNgIUIAwgBTYCECAMIAUgAUEcbGo2AhwgA0H4AGohECMA\
QRBrIhEkACAMQRBqIgsoAgghCiARQQhqIQcgCygCACIBIQgjAEFAaiINJAAgDUEsaiEEA0AgCygC\
BCIOIAsoAgxHBEAgCyAOQRxqNgIEIA0gDigCGCIFNgIYIA0gDikCECIXNwMQIA0gDikCCCIVNwMI\
IA0gDikCACIWNwMAIA0gBTYCOCANIBc3AzAgDSAVNwMoIA0gFjcDICAWpyIFQYCAgIB4RwRAIA0p\
AiQhFSAEEIoDIAggFTcCBCAIIAU2AgAgCEEMaiEIBSANQSBqELACCwwBCwsgByAINgIEIAcgATYC\
ACANQUBrJAAgESgCDCEHIwBBEGsiDiQAIAtBADYCCCALKAIMIAsoAgQhBCALQQQ2AgAgDkKAgICA\
wAA3AgggDkEIahCXAyALQQQ2AgwgC0EENgIEIARrQRxuIQgDQCAIBEAgCEEBayEIIAQQsAIgBEEc\
aiEEDAELCyAOQRBqJAAgCkEcbCIOQQxuIQUgASEEAkAgCkUNACAOIAVBDGwiCkYNAAJ/IApFBEAg\
DgRAIAEgDhCgAQtBBAwBCyABIA5BBCAKEBQLIgQNAEEEIAoQpAMACyAQIAQ2AgQgECAFNgIAIBAg\
ByABa0EMbjYCCCMAQRBrIgUkACAFIAs2AgwgCygCDCALKAIEIgFrQRxuIQQDQCAEBEAgBEEBayEE\
IAEQsAIgAUEcaiEBDAELCyAFQQxqEIMCIAVBEGokACARQRBqJAAgDEEgaiQAIAMoAnghBSADIAMo\
AnwiASADKAKAAUEMbCIEajYChAEgAyAFNgKAASADIAE2AnwgAyABNgJ4A0ACQCAERQ0AIAMgAUEM\
aiIFNgJ8IAEoAgAiB0GAgICAeEYNACADIAc2AiAgAyABKQIENwIkIARBDGshBCADQRRqIANBIGoQ\
6QEgBSEBDAELCyADQfgAahCpASADIAZBBEEYELIBIANBADYCNCADIAMpAwA3AiwgAygCCCEFIAMg\
AygCDCIBIAZBGGxqIgo2AkQgAyAFNgJAIAMgATYCPCADIAE2AjggA0GEAWohEANAAkACQAJAIAEg\
CkYNACADIAFBGGoiBTYCPCABKAIAIgdBgICAgHhGDQAgASgCCCERIAEoAgQhDiADIAEoAhQiBDYC\
UCADIAEpAgw3A0ggAygCTCEBIAMgBDYClAEgAyABNgKQASASQQAgASAEQYGowABBAhC/AhsNASAD\
QQI2AnwgAyADQZABajYCeCADQdgAakG3g8AAIANB+ABqEKoCDAILIwBBEGsiBSQAIAUgA0E4aiIB\
NgIMIAEoAgwgASgCBCIBa0EYbiEJA0AgCQRAIAlBAWshCSABEPUCIAFBGGohAQwBCwsjAEEQayIJ\
JAAgCSAFQQxqKAIAIgEoAgA2AgwgCSABKAIINgIIIAlBCGoQjgMgCUEQaiQAIAVBEGokACATIAMo\
AjQ2AgggEyADKQIsNwIAIwBBMGsiCyQAAn8gA0EUaiIFKAIAIgFFBEBBACEEQQAMAQsgCyABNgIk\
IAtBADYCICALIAE2AhQgC0EANgIQIAsgBSgCBCIBNgIoIAsgATYCGCAFKAIIIQRBAQshASALIAQ2\
AiwgCyABNgIcIAsgATYCDCALQQxqIQ8jAEEQayIOJAADQCAOQQRqIQcjAEEgayIQJAACQCAPKAIg\
IgFFBEAgEEEUaiEJIA8oAgAhASAPQQA2AgACQAJAIAFBAUYEQCAPKAIMIQQgDygCCCEBIA8oAgQi\
BUUNASAJIAQ2AgggCSABNgIEIAkgBTYCAAwCCyAJQQA2AgAMAQsDQCAEBEAgBEEBayEEIAEoAowB\
IQEMAQUgCUIANwIEIAkgATYCAAsLCyAQKAIUBEAjAEEQayIBJAAgCSgCACEEIAkoAgQhCQNAIAFB\
BGogBCAJEPwBIAEoAgQiBARAIAEoAgghCQwBCwsgAUEQaiQACyAHQQA2AgAMAQsgDyABQQFrNgIg\
AkAgDygCACIBQQFHDQAgDygCBA0AIA9BCGohBCAPKAIMIQkDQCAEKAIAIQUgCQRAIAlBAWshCSAF\
QYwBaiEEDAEFIA9CADcCCCAPIAU2AgQgD0EBNgIACwsLIA9BBGpBACABGyIRBEAgEEEIaiEJIwBB\
MGsiDSQAIA1BCGohEiMAQRBrIggkACARKAIIIQYgESgCACEMIBEoAgQhCgJAAkADQCAGIAwvAYoB\
SQ0BIAhBBGogDCAKEPwBIAgoAgQiDARAIAgoAgwhBiAIKAIIIQoMAQsLIBJBADYCAAwBCyAIIAY2\
AgwgCCAKNgIIIAggDDYCBCAIQQRqIgUoAgghASAFKAIAIQQgEiAFKAIEIgUEfyAEIAFBAnRqQZAB\
aiEBA0AgASgCACIEQYwBaiEBIAVBAWsiBQ0AC0EABSABQQFqCzYCCCASQQA2AgQgEiAENgIAIBIg\
BjYCFCASIAo2AhAgEiAMNgIMCyAIQRBqJAACQCANKAIIBEAgCSANKQIUNwIAIAkgDSgCHDYCCCAN\
IA0oAhAiATYCKCANIA0pAggiFTcDICARIAE2AgggESAVNwIAIA1BMGokAAwBC0H8lcEAEIUDAAsg\
ByAQKAIQNgIIIAcgECkCCDcCAAwBC0Gsk8EAEIUDAAsgEEEgaiQAIA4oAgQiAQRAIAEgDigCDEEM\
bGpBBGoQigMMAQsLIA5BEGokACALQTBqJAAMBQsgAyAJNgKcASADIBI2ApgBIANBAjYCfCADIANB\
mAFqNgJ4IANB2ABqQc+dwAAgA0H4AGoQqgILA0AgA0HYAGohBCMAQRBrIggkACADQRRqIgYoAgAi\
AQR/IAggASAGKAIEIAQQcUEAIAgoAgRBjAFqIAgoAgAbBUEACyEBIAhBEGokAAJAIAENACADKAJc\
IAMoAmAQhQENACADQfgAaiIIIAQQqwEgBiAIEOkBIANB6ABqIgYgAiAOIBEQXyADLQBoQQZHBEAg\
CCAEEKsBIwBBMGsiBCQAIAQgCCkCADcDACAEIAgoAggiATYCCAJAIAIgBCgCBCABEHciAQRAIAEQ\
7QEgASAGKQIINwIIIAEgBikCADcCACAEEIoDDAELIAQgCCgCCDYCGCAEIAgpAgA3AxAgBCAGKQIA\
NwIcIAQgBikCCDcCJCACIARBEGoQtQELIARBMGokAAsgECADKAJgNgIIIBAgAykCWDcCACADIBE2\
AoABIAMgDjYCfCADIAc2AnggA0EsaiADQfgAahDKASADQcgAahCKAyAFIQEMAgsgA0EDNgKcASAD\
IANB2ABqIgE2ApgBIANB+ABqQbeDwAAgA0GYAWoQqgIgARCKAyADIAMoAoABNgJgIAMgAykCeDcD\
WAwACwALAAsgBSEBIAdBBUcNBCMAQRBrIgckACAHQQA2AgwgB0KAgICAEDcCBCAHQQRqQciywAAg\
BEEAEEcgA0HoAGoiASAHKAIMNgIIIAEgBykCBDcCACAHQRBqJAAgBiADKAJwNgAIIAYgAykCaDcA\
ACAEEO0BIARBAzoAACAEIAMpAHg3AAEgBCADKQB/NwAIDAILIBNBADYCCCATQoCAgIDAADcCACAD\
QQhqEJIDCyADQaABaiQADAELIAUhAQwBCwsgExCSAwsgACACKAIINgIIIAAgAikCADcCACAUQRBq\
JAALbgEBfyMAQSBrIgMkAAJAIAJB5wdNBEAgAEECNgIAIAAgAkEBajYCBAwBCyADQQE2AhwgA0G8\
r8AANgIYIANBDGoiAkH+m8AAIANBGGoQqgIgACABIAMoAhAgAygCFBDpAiACEIoDCyADQSBqJAAL\
gwEBAX8CQCAAQYQITwRAIADQbyYBQYS7wQAoAgANAUGEu8EAQX82AgAgAEGYu8EAKAIAIgFJDQEg\
ACABayIAQZC7wQAoAgBPDQFBjLvBACgCACAAQQJ0akGUu8EAKAIANgIAQZS7wQAgADYCAEGEu8EA\
QYS7wQAoAgBBAWo2AgALDwsAC2QBAX8jAEEQayIDJAAgAQRAIANBCGogASACKAIQEQAAIAMoAgwh\
ASAAIAMoAggiAjYCCCAAIAFBACACQQFxIgIbNgIEIABBACABIAIbNgIAIANBEGokAA8LQaCbwQBB\
MhChAwAL1AIBCn8jAEEQayIGJAACQCAAIAEoAggiAiABKAIASQR/IwBBEGsiByQAIAEoAgAgAkkE\
QEGUnMEAQckAQbicwQAQ8gEACyAGQQhqIQogB0EIaiELIwBBEGsiBCQAIARBDGohCCABKAIAIgUE\
QCAEQQE2AgwgBSEDIAEoAgQhBSAEQQhqIQgLIAggAzYCAAJAIAQoAgwiAwRAIAQoAgghCQJAIAJF\
BEAgCQRAIAUgCRCgAQsgAUEBNgIEDAELIAUgCSADIAIiCBAUIgVFDQIgASAFNgIECyABIAI2AgAL\
QYGAgIB4IQMLIAsgCDYCBCALIAM2AgAgBEEQaiQAIAcoAgwhAiAKIAcoAgg2AgAgCiACNgIEIAdB\
EGokACAGKAIIIgJBgYCAgHhHDQEgASgCCAUgAgs2AgQgACABKAIENgIAIAZBEGokAA8LIAIgBigC\
DBDRAgALVQEEf0EBIQMCQCABLQAIBEAMAQsgASgCBCIFIAEoAgAiAUkNACAFIAFrIgFBf0chAyAB\
QQFqIgJBfyACGyEECyAAIAI2AgggACADNgIEIAAgBDYCAAtiAQN/AkACQCAAKAIIIgRBAnQiAkEI\
aiIDIAJBBGoiAkkNACADIAAoAgRLDQAgAC0AEEEBcQ0AIAMgACgCDE0NAQsgAEEBOgAQDwsgACAE\
QQFqNgIIIAAoAgAgAmogATYAAAtgAQN/IwBBEGsiAyQAIANBCGogAkEBQQEQsgEgAygCCCEFIAMo\
AgwhBCAAQQA2AgggACAENgIEIAAgBTYCACACBEAgAgRAIAQgASAC/AoAAAsgACACNgIICyADQRBq\
JAALZwEBfwJAAkACQCAALQAAQQRrDgIBAAILIABBBGogASACIAMgBCAFENsBDAELIAAoAgxBBHQh\
BiAAKAIIIQADQCAGRQ0BIAAgASACIAMgBCAFEJgBIAZBEGshBiAAQRBqIQAMAAsACwt0AAJAAkAC\
QCABKAIAQQFrDgIBAgALIABBADYCECAAQQg6AAwgAEEFOgAAIAAgASkCGDcCBA8LIABBADYCECAA\
QQg6AAwgAEEANgIEIABBBToAAA8LIABBCDoADCAAQQA2AgQgAEEFOgAAIAAgASkCGDcCEAuQAQIB\
fwF+IwBBEGsiBCQAIAEoAgAlASACKAIAJQEgAygCACUBEAQhAUG4u8EAKQMAIQVBuLvBAEIANwMA\
IARBCGoiAiAFQiCIPgIEIAIgBadBAUY2AgBBASEDAkAgBCgCCEEBRgRAIAAgBCgCDDYCBAwBC0EA\
IQMgACABQQBHOgABCyAAIAM6AAAgBEEQaiQAC28BAX8CQAJAAkACQAJAAkAgACgCACIALQAUQQFr\
DgMBAgEACyAAQQhqKAIAQf////8HTw0DIAAoAgwNAgsPCyAAQQM6ABQPCyAAIAAoAgBBAWoiATYC\
ACABRQ0BIABBAToAFAALQYScwQAQlQILAAuVAQEFfyMAQSBrIgIkACACQQhqIAFBBEEEELIBIAJB\
ADYCHCACIAIpAwg3AhQgAkEUaiIEIAEQuAIgBCgCBCAEKAIIIgVBAnRqIQYDQCABIANHBEAgBiAD\
NgIAIAZBBGohBiAFQQFqIQUgA0EBaiEDDAELCyAEIAU2AgggACACKAIcNgIIIAAgAikCFDcCACAC\
QSBqJAALAwAAC14CAX8CfiAALQAcIQEgAEEAOgAcAkAgAQ0AIAAoAhgiAUUNACAAKQMAIgJCAUE/\
IAEgAUE/TxuthiIDg1BFBEAgACgCFCIBIAEoAgBBAWo2AgALIAAgAiADhDcDAAsLXAEBfyMAQRBr\
IgQkACAEQQA2AgAgBCACNgIEIAQgAzYCDCAEQQA2AgggAARAIAAgAiADIAEoAhARBAAgBEEQaiQA\
DwsgBEEIahDjAiAEEOMCQaCbwQBBMhChAwALXQECfwJAIABBBGsoAgAiAkF4cSIDQQRBCCACQQNx\
IgIbIAFqTwRAIAJBACADIAFBJ2pLGw0BIAAQFQ8LQcidwQBBLkH4ncEAENoCAAtBiJ7BAEEuQbie\
wQAQ2gIAC2IBAn8jAEEQayIDJAAgA0EANgIMIANBLiADQQxqEMgBIAMoAgQhBCAAIAI2AhAgAEEA\
NgIMIAAgAjYCCCAAIAE2AgQgACAEOgAYIABBLjYCACAAIAMoAgw2AhQgA0EQaiQAC1UBAX8CQCAB\
IAJBAWoiBE0NACABIAJBf3NqQQxsIgFFDQAgACAEQQxsaiAAIAJBDGxqIAH8CgAACyAAIAJBDGxq\
IgAgAygCCDYCCCAAIAMpAgA3AgALUAECfyAAKAIIIQIgAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0A\
GkEDQQQgAUGAgARJGwsiAxC3AiABIAAoAgQgACgCCGoQXCAAIAIgA2o2AggLUgEBfyMAQRBrIgIk\
ACACQQhqIAEQSyAAIAIoAghBAUcEf0GAgMQABSABKAIIIAEoAgRqIAEoAgBrIQEgAigCDAs2AgQg\
ACABNgIAIAJBEGokAAtWAQF/IAJBA3QhAiAAKAIAIQMgACgCBCEAA0ACQCACRQ0AIAAgAUEEaigC\
AEYEQCABKAIAIAMgABC+AUUNAQsgAUEIaiEBIAJBCGshAgwBCwsgAkEARwtQAQN/AkAgAS0ACA0A\
IAEoAgAiAyABKAIEIgRLDQAgAyAETwRAQQEhAiABQQE6AAgMAQtBASECIAEgA0EBajYCAAsgACAD\
NgIEIAAgAjYCAAtbAgF/An4gAC0AHCEBIABBADoAHAJAIAENACAAKAIYIgFFDQAgACkDACICQgFB\
PyABIAFBP08brYYiA4NQRQRAIAAoAhRBxrLAAEEBENoBCyAAIAIgA4Q3AwALC10BAX8jAEEQayID\
JAACQAJAAkAgAg4CAgABCyADIAAgASgCACABKAIEEF8gAxDgAgwBCyAAIAEoAgAgASgCBBB3IgBF\
DQAgACABQQhqIAJBAWsQsAELIANBEGokAAt+AQJ/IwBBEGsiAiQAIAIgADYCDCAAKAIMIAAoAgQi\
AWtBDG4hAANAIAAEQCAAQQFrIQAgARCKAyABQQxqIQEMAQsLIwBBEGsiACQAIAAgAkEMaigCACIB\
KAIANgIMIAAgASgCCDYCCCAAQQhqEIgDIABBEGokACACQRBqJAALVAEBfwJAAkAgACgCACAAKAII\
IgNrIAJJBEAgACADIAIQZiAAKAIIIQMMAQsgAkUNAQsgAkUNACAAKAIEIANqIAEgAvwKAAALIAAg\
AiADajYCCEEAC1sBAn8CQAJAIAEoAggiAkUEQEEBIQEMAQsgASgCBCEDIAJBARDQAiIBRQ0BIAJF\
DQAgASADIAL8CgAACyAAIAI2AgggACABNgIEIAAgAjYCAA8LQQEgAhDRAgALTgACQAJAIAFFDQAg\
ASADTwRAIAEgA0YNAQwCCyABIAJqLAAAQUBIDQELIAAgAyABazYCBCAAIAEgAmo2AgAPCyACIAMg\
ASADIAQQ7AIAC7UDAQp/IwBBIGsiBCQAIARBCGohBSMAQTBrIgMkACABKAIAIQIgASgCBCEJA0AC\
QAJAAkAgAiAJRgRAQYCAgIB4IQIMAQsgASACQRxqNgIAIAMgAkEMaiIKNgIUIAMgAkEEaikCADcC\
DCADQRhqIQYjAEFAaiICJAAgAkEEaiADQQxqIgcoAgAiCCAHKAIEIgcQHiACKAIIIAIoAgwQhQEh\
CyACIAc2AiAgAiAINgIcIAIgAikCBDcDECACIAIoAgw2AhgCQCALRQRAIAZBgICAgHg2AgAgAkEQ\
ahCKAwwBCyACQShqIAggBxCXASAGIAIpAig3AgAgAiACKQIENwI0IAYgAikCMDcCCCACIAIoAgw2\
AjwgBiACKQI4NwIQCyACQUBrJAAgAygCGCICQYCAgIB4Rg0BIAUgAygCLDYCFCAFIAMpAiQ3Agwg\
BSADKQIcNwIECyAFIAI2AgAgA0EwaiQADAELIApBEGohAgwBCwsCQCAEKAIIQYCAgIB4RwRAIAAg\
BCkCGDcCECAAIAQpAhA3AgggACAEKQIINwIADAELIABBgICAgHg2AgALIARBIGokAAtXAAJAIAEg\
AhCsAiIBBEAgAS0AAEEBRw0BIABBAjYCACAAIAEtAAE6AAQPCyAAQQI2AgAgACACLQABIAItAABB\
AUZxOgAEDwsgACACQYSPwQBBDSABEHwLwgEBBn8jAEEgayIEJAAgBCABNgIMIAQgAjYCECABLwGK\
ASEDIARBADoAHCAEIAM2AhggBEEANgIUIwBBIGsiAyQAIAMgBEEUaiIFKAIINgIYIAMgBSkCADcD\
ECAEQQxqKAIAIgVBjAFqIQYDQCADQQhqIANBEGoQpgEgAygCCEEBRgRAIAYgAygCDCIHQQJ0aigC\
ACIIIAc7AYgBIAggBTYCAAwBCwsgA0EgaiQAIAAgAjYCBCAAIAE2AgAgBEEgaiQAC1kBAX8CQAJA\
AkAgAC0AAEEEaw4CAAECCyAAKAIMQQR0IQMgACgCCCEAA0AgA0UNAiAAIAEgAhCwASADQRBrIQMg\
AEEQaiEADAALAAsgAEEEaiABIAIQqAELC1QBAX8CQAJAIAAoAgAgACgCCCIDayACSQRAIAAgAyAC\
EG8gACgCCCEDDAELIAJFDQELIAJFDQAgACgCBCADaiABIAL8CgAACyAAIAIgA2o2AghBAAtRAQF/\
IwBBEGsiBCQAIARBBGogAUEAIAIgAxBgIAQoAgghASAEKAIEQQFGBEAgASAEKAIMENECAAsgACAE\
KAIMNgIEIAAgATYCACAEQRBqJAALTwEBfyMAQSBrIgMkACADIAE2AgwgAyAANgIIIAMgA0EIaq1C\
gICAgBCENwMYIAMgA0EMaq1CgICAgBCENwMQQdaEwAAgA0EQaiACEPIBAAtPAQF/IwBBIGsiAyQA\
IAMgATYCCCADIAA2AgwgAyADQQxqrUKAgICAEIQ3AxggAyADQQhqrUKAgICAEIQ3AxBB85/AACAD\
QRBqIAIQ8gEAC5EBAQN/IAAoAggiAyAAKAIARgRAIwBBEGsiAiQAIAJBCGogACAAKAIAQQFBBEEc\
EFcgAigCCCIEQYGAgIB4RwRAIAQgAigCDBDRAgALIAJBEGokAAsgACgCBCADQRxsaiICIAEoAhg2\
AhggAiABKQIQNwIQIAIgASkCCDcCCCACIAEpAgA3AgAgACADQQFqNgIIC1YBAX8jAEEQayICJAAg\
AkEIaiABQQxqEKIDIAIgAigCCCACKAIMIAEoAhggASgCHEHgr8AAEHMgAigCBCEBIAAgAigCADYC\
ACAAIAE2AgQgAkEQaiQAC00BAn8CQCACQf////8DRiACQf////8DS3INACABKAJkIAJBAnQiAkEE\
akkNACABKAJgIAJqKAAAIQRBASEDCyAAIAQ2AgQgACADNgIACwMAAAsDAAALAwAAC0gAAkACQCAB\
RQ0AIAEgA08EQCABIANGDQEMAgsgASACaiwAAEFASA0BCyAAIAE2AgQgACACNgIADwsgAiADQQAg\
ASAEEOwCAAvQAQEGfyAAKAIAIgNBBGogAy8BigEiBEEBaiIHIAAoAggiBSABEKIBIANBjAFqIQYC\
QCAFQQFqIgFBAWoiBSAEQQJqIgRPDQAgBCABQX9zakECdCIIRQ0AIAYgBUECdGogBiABQQJ0aiAI\
/AoAAAsgBiABQQJ0IgVqIAI2AgAgAyAHOwGKASAEIAEgASAESRshAiAFIAAoAgAiA2pBjAFqIQAD\
QCABIAJHBEAgACgCACIGIAE7AYgBIAYgAzYCACAAQQRqIQAgAUEBaiEBDAELCwtJAQF/IwBBEGsi\
BCQAIARBADYCCCAEIAI2AgwgAARAIAAgAiADIAEoAhARBAAgBEEQaiQADwsgBEEIahDjAkGgm8EA\
QTIQoQMAC0MBA38CQCACRQ0AA0AgAC0AACIEIAEtAAAiBUYEQCAAQQFqIQAgAUEBaiEBIAJBAWsi\
Ag0BDAILCyAEIAVrIQMLIAMLSwEDfyAAKAIUIQIgACgCHCEBIAAoAhghAwNAAkAgASADSQRAIAEg\
AmotAABBMGtB/wFxQQpJDQELDwsgACABQQFqIgE2AhwMAAsAC3QBBX8jAEEQayICJAAgAkEIaiIE\
IAEoAggiAyABKAIEIgVJBH8gASgCACADai0AAAVBAAs6AAEgBCADIAVJOgAAIAItAAgiAwRAIAIt\
AAkhBiABIAEoAghBAWo2AggLIAAgBjoAASAAIAM6AAAgAkEQaiQAC1YBAn8jAEEQayICJAAgABCn\
ASAAKAIUIgNBgLPAAEEBENoBIAJBCGogARDGAiADIAIoAgggAigCDBDaASADQaiXwQBBAhDaASAA\
QQE6ABwgAkEQaiQAC0cBAX8jAEEQayIDJAAgA0EANgIIIAMgAjYCDCAABEAgACACIAEoAhARAwAg\
A0EQaiQADwsgA0EIahDjAkGgm8EAQTIQoQMACwMAAAsDAAALAwAAC0oBAX8jAEEgayIEJAAgBEEA\
NgIcIARBEGogAyAEQRxqEMgBIARBCGogBCgCECAEKAIUIAEgAhCbAiAAIAQpAwg3AwAgBEEgaiQA\
C0oBA38jAEEQayICJAAgABCeASAAKAIUIgMoAgAhBCACQQhqIAEQxgIgAigCDCEBIABBAToAHCAD\
IAEgBGpBA2o2AgAgAkEQaiQACzkAIAEgAhBcIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EE\
IAFBgIAESRsLNgIEIAAgAjYCAAs/ACAAKAIAIANB/KnAABCgAigCBCIAQX9GBH9BAAUgACACTwRA\
IAAgAkGMqsAAELMBAAsgACABai0AAAtBAXELhwEBA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAg\
AkEIaiAAIAAoAgBBAUEEQRgQVyACKAIIIgRBgYCAgHhHBEAgBCACKAIMENECAAsgAkEQaiQACyAA\
KAIEIANBGGxqIgIgASkCEDcCECACIAEpAgg3AgggAiABKQIANwIAIAAgA0EBajYCCAukAgEFfyMA\
QRBrIgMkACAAKAIAQYCAgIB4RgRAIANBBGohBCAAKAIMIQIjAEHQAGsiASQAIAFBCGogAhC2ASAB\
QQA2AkwgAUEANgI4IAFCgICAgMAANwIwIAEgASgCDCICNgJIIAEgASgCCCIFNgJEIAEgAjYCQCAB\
IAU2AjwgAUEUaiABQTBqQQAQDQJAIAEoAhQiAkECRyABLQAYIgVBBUdyRQRAIAQgASgCJDYCCCAE\
IAEpAhw3AgAMAQsgBEEANgIIIARCgICAgMAANwIAIAJBAkcEQCABQRRqEL0CDAELIAVBBUYNACAB\
QRhqEO0BCyABQTBqEIsDIAFB0ABqJAAgABDiAiAAIAMoAgw2AgggACADKQIENwIACyADQRBqJAAg\
AAtBAQF/IwBBEGsiAyQAIANBBGogACABIAIQ0wECQCADKAIIRQ0AIAMoAgwiAEUNACADKAIEIAAQ\
oAELIANBEGokAAsJACAAQQgQugMLCQAgAEEEELoDC0IBA38gACgCACECIAAoAgQhAwNAIAMgAiIB\
RwRAIAAgAUEBaiICNgIAIAEtAABBOmtB/wFxQfUBSw0BCwsgASADRwsJACAAQRQQugMLTAEBfyAA\
KAIAIgAgAUHQs8AAEKUCIgMoAgAgAygCBCAAIAJB4LPAABClAiIAKAIAIAAoAgQQhgIiACABIAJL\
IAEgAklrIABB/wFxGws6AQF/AkAgAWlBAUcNACABQQAgAEGAgICAeCABa00bIgJFDQAgAARAIAAg\
AhDQAiIBRQ0BCyABDwsAC0ABA39BBCEFAkAgA0UNACABKAIAIgZFDQAgACACNgIEIAAgASgCBDYC\
ACADIAZsIQRBCCEFCyAAIAVqIAQ2AgALRAEBfyMAQRBrIgUkACAFQQhqIAIgAyABKAIEIAEoAggg\
BBD1ASAFKAIMIQEgACAFKAIINgIAIAAgATYCBCAFQRBqJAALvgMBBn8jAEEQayIFJAAgBSADNgIA\
IAUgATYCBCAFIAEgAkEDdGo2AgggBSAFNgIMIwBBIGsiAyQAIAMgBUEEaiIBKAIINgIYIAMgASkC\
ADcDECADQQRqIQYjAEFAaiIBJAAgAUEUaiADQRBqIgQQjgECQCABKAIUQYCAgIB4RwRAIAFBBEEE\
QRwQsgEgASgCACEHIAEoAgQiAiABKQIUNwIAIAIgASgCLDYCGCACIAEpAiQ3AhAgAiABKQIcNwII\
IAFBATYCECABIAI2AgwgASAHNgIIIAEgBCgCCDYCOCABIAQpAgA3AzAgAUEIaiEEIAFBMGohCSMA\
QSBrIgIkAANAAkAgAkEEaiAJEI4BIAIoAgRBgICAgHhGDQAgBCgCCCIIIAQoAgBGBEAgBBC7Agsg\
BCgCBCAIQRxsaiIHIAIoAhw2AhggByACKQIUNwIQIAcgAikCDDcCCCAHIAIpAgQ3AgAgBCAIQQFq\
NgIIDAELCyACQSBqJAAgBiABKAIQNgIIIAYgASkCCDcCAAwBCyAGQQA2AgggBkKAgICAwAA3AgAL\
IAFBQGskACAAIAYQECADQSBqJAAgBUEQaiQAC0cBAn8gACgCACIBKAIAIgAgACgCACIAQQFqNgIA\
IAEoAgQiASgCCCICIABNBEAgACACQeSxwAAQswEACyABKAIEIABqLQAAC5wCAQR/IAAQpwECQCAA\
LQAdRQ0AIAAoAhQiAigCCCEFAkACQAJAAkACQEEDIAEoAgAiA0GAgICAeHMgA0EAThtBAWsOAwAB\
AwILIAJByLLAACABQQRqQQAQMgwDCyACQZu6wABBBBCBAwwCCyACIAEoAgggASgCDBDaAQwBCyAC\
QcSywABBARDaASACQcCowABBASABLQAMIgMbQQhBACADGxCBAyABKAIIQQN0IQMgASgCBCEEA0Ag\
AwRAIAJBxrLAAEEBENoBIAIgBCgCACAEKAIEEIEDIANBCGshAyAEQQhqIQQMAQsLIAJBxbLAAEEB\
ENoBCyABKAIAQYCAgIB4Rw0AIAAgBTYCDCAAQQE2AgggACACKAIINgIQCwtBAQF/IwBBEGsiBSQA\
IAVBCGogACABIAIgAyAEEFcgBSgCCCIAQYGAgIB4RwRAIAAgBSgCDBDRAgALIAVBEGokAAt9AQN/\
IAAoAggiAyAAKAIARgRAIwBBEGsiAiQAIAJBCGogACAAKAIAQQFBBEEMEFcgAigCCCIEQYGAgIB4\
RwRAIAQgAigCDBDRAgALIAJBEGokAAsgACgCBCADQQxsaiICIAEoAgg2AgggAiABKQIANwIAIAAg\
A0EBajYCCAs8AQF/IAAgAhC3AiAAKAIIIQMgACACBH8gAgRAIAAoAgQgA2ogASAC/AoAAAsgACgC\
CAUgAwsgAmo2AggLqQIBBH8jAEEgayIGJAAgBiAENgIcIAYgAzYCGCAGIAI2AhQgBiABNgIQIAYg\
BTYCDEEAIQEjAEEQayIFJAAgBSAGQQxqNgIMAkAgACIDKAIIIgdFDQAgACgCBCIIIQQDQCAFQQxq\
IAQQbQRAIARBHGohBCAHIAFBAWoiAUcNAQwCCwsgBBD4AiAIQRxqIQkgASECA0AgAUEBaiEAIAkg\
AUEcbGohBANAIAAgB08EQCADIAI2AggMAwsgBUEMaiAEEG1FBEAgAEEBaiEAIAQQ+AIgBEEcaiEE\
DAELCyAIIAJBHGxqIgEgBCgCGDYCGCABIAQpAhA3AhAgASAEKQIINwIIIAEgBCkCADcCACACQQFq\
IQIgACEBDAALAAsgBUEQaiQAIAZBIGokAAs6AQF/IAFBHU0Ef0HkACAAKAIAIgAgAEEMaiACQYCn\
wAAQoAIoAgAQlgIiACAAQeQATxtBA2oFQQALC30BA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAg\
AkEIaiAAIAAoAgBBAUEEQRAQVyACKAIIIgRBgYCAgHhHBEAgBCACKAIMENECAAsgAkEQaiQACyAA\
KAIEIANBBHRqIgIgASkCCDcCCCACIAEpAgA3AgAgACADQQFqNgIIC0ABAX8jAEEgayIBJAAgASAA\
KAIYNgIYIAEgACkCEDcDECABIAApAgg3AwggASAAKQIANwMAIAEQSCABQSBqJAALNAECfyMAQRBr\
IgIkACACQQhqIAAQwAEgAi0ACSEAIAItAAggAkEQaiQAIAAgAUH/AXFGcQtAAQF/IwBBIGsiAyQA\
IAMgAjYCHCADIAE2AhggAyACNgIUIANBCGogA0EUahCUASAAIAMpAwg3AwAgA0EgaiQAC0YBAn8g\
ASgCBCECIAEoAgAhA0EIQQQQ0AIiAUUEQEEEQQgQpAMACyABIAI2AgQgASADNgIAIABByJ7BADYC\
BCAAIAE2AgALNgEBfyAAIAFBwQBrQV9xQQpqIAFBMGsiAyACQQpLGyADIAFBOUsbIgE2AgQgACAB\
IAJJNgIACzoBAX8gACgCBCABKAIEIAAoAggiACABKAIIIgEgACABSRsQvgEiAiAAIAFrIAIbIgBB\
AEogAEEASGsLOQECfyAAIAEoAgAiAyABKAIEIgJHBH8gASACQQFrIgE2AgQgAS0AAAUgAQs6AAEg\
ACACIANHOgAACzwAIAIgA0kEQEHQksEAQRMgBBDyAQALIAAgAzYCBCAAIAE2AgAgACACIANrNgIM\
IAAgASADQQN0ajYCCAs0ACABIAJLIAIgBEtyRQRAIAAgAiABazYCBCAAIAMgAUECdGo2AgAPCyAB\
IAIgBCAFEDcACz4BAX8jAEEQayIFJAAgBUEIakEAIAEgAiADIAQQ9QEgBSgCDCEBIAAgBSgCCDYC\
ACAAIAE2AgQgBUEQaiQACzsAIAAQpwEgACgCFCABQQEQ2gEgACAAKAIYQQFqIgE2AhggACAAKQMA\
Qn5BPyABIAFBP08brYmDNwMAC7IQAhl/AX4jAEEgayIRJAAgEUEEaiEEIwBBEGsiBSQAAkAgACgC\
ACIJBEAgBSAJIAAoAgQgARBxIAVBBGohCSAFKAIABEAgBCAANgIMIAQgCSgCCDYCGCAEIAkpAgA3\
AhAgBCABKQIANwIAIAQgASgCCDYCCAwCCyAEIAA2AhAgBEGAgICAeDYCACAEIAkoAgg2AgwgBCAJ\
KQIANwIEIAEQigMMAQsgBEEANgIQIAQgADYCDCAEIAEoAgg2AgggBCABKQIANwIACyAFQRBqJAAg\
ESgCBEGAgICAeEcEQCMAQRBrIg0kACMAQSBrIgokAAJAIAQoAhAEQCAKQQxqIQ4gBEEMaiEUIwBB\
4ABrIgIkACACQRBqIQcjAEFAaiIDJAACQCAEIglBEGoiCygCACIMLwGKAUELTwRAIANBGGohBCAD\
QRxqIQVBBCEAAkAgCygCCCIBQQVJDQAgA0EgaiADQSRqIQgCfwJAAkAgASIAQQVrDgIDAQALQQYh\
ACABQQdrDAELQQUhAEEACyEBIQQgCCEFCyADIAA2AgggAyAMNgIAIAMgCygCBDYCBBDYAiIAQQA7\
AYoBIABBADYCACADQQxqIgYgAyAAEFsgBkEANgIYIAYgADYCFCAGIAMpAgA3AgwgAyABNgIwIAMg\
BSgCADYCLCADIAQoAgA2AiggA0E0aiADQShqIAkQ6gEgAykCNCEbIAMoAjwhACAHIAMoAiQ2Ahgg\
ByADKQIcNwIQIAcgAykCFDcCCCAHIAMpAgw3AgAgByAANgIkIAcgGzcCHAwBCyADQTRqIAsgCRDq\
ASAHQYCAgIB4NgIAIAcgAygCPDYCJCAHIAMpAjQ3AhwLIANBQGskAAJAAkACQCACKAIQQYCAgIB4\
RwRAIAIgAikCEDcDSCACIAIoAhg2AlAgAigCHCEAIAIoAiAhBSACKAIoIQEgAigCJCEHIAIoAjAh\
FSACKAIsIRYgAigCNCEXA0AgACgCACIERQRAIAIgAigCUDYCGCACIAIpA0g3AxAgAiABNgIoIAIg\
BzYCJCACIAU2AiAgAiAANgIcIBQoAgAiBCgCACIIRQ0DIAJBCGohBiAEKAIEIQMjAEEQayIAJAAQ\
2QIiBSAINgKMASAFQQA7AYoBIAVBADYCAAJAIANBAWoiCARAIABBCGogBSAIEK8BIAAoAgwhBSAG\
IAAoAgg2AgAgBiAFNgIEIABBEGokAAwBC0HMlMEAEIUDAAsgAigCCCEAIAQgAigCDCIFNgIEIAQg\
ADYCACACIAU2AlwgAiAANgJYIAJBEGohBAJAAkAgASACQdgAaiIAKAIEQQFrRgRAIAAoAgAiAC8B\
igEiAUELTw0BIAAgAUEBaiIFOwGKASAAIAFBDGxqIgEgBCgCCDYCDCABIAQpAgA3AgQgACAFQQJ0\
aiAHNgKMASAHIAU7AYgBIAcgADYCAAwCC0H8k8EAQTBBrJTBABDaAgALQcyTwQBBIEG8lMEAENoC\
AAsMBAsgAiAENgI8IAIgAC8BiAE2AkQgAiAFQQFqNgJAIAJBEGohCyACQcgAaiETIwBBQGoiAyQA\
AkACQCABIAJBPGoiBigCBCIMQQFrRgRAIAYoAgAiDy8BigFBC0kNASADQSRqIQUgA0EoaiEEQQQh\
AAJAIAYoAggiAUEFSQ0AIANBLGogA0EwaiEIAn8CQAJAIAEiAEEFaw4CAwEAC0EGIQAgAUEHawwB\
C0EFIQBBAAshASEFIAghBAsgAyAANgIUIAMgDDYCECADIA82AgwjAEEgayIAJAAgA0EMaiIMKAIA\
Ig8vAYoBIRIQ2QIiBkEAOwGKASAGQQA2AgAgAEEUaiAMIAYQWyAGLwGKASIIQQFqIRAgCEEMTwRA\
QQAgEEEMQaSVwQAQNwALIANBGGohCCAPIAwoAggiGEECdGpBkAFqIRkgBkGMAWohGgJAIBAgEiAY\
ayISRgRAIBJBAnQiEARAIBogGSAQ/AoAAAsMAQtB3JTBAEEoQYSVwQAQ2gIACyAAQQhqIAYgDCgC\
BCIGEK8BIAApAwghGyAIIAY2AhAgCCAPNgIMIAggACkCFDcCACAIIAAoAhw2AgggCCAbNwIUIABB\
IGokACADIAE2AjwgAyAEKAIANgI4IAMgBSgCADYCNCADQTRqIBMgBxC8ASALIAMoAjA2AhggCyAD\
KQIoNwIQIAsgAykCIDcCCCALIAMpAhg3AgAMAgtBtJXBAEE1QeyVwQAQ2gIACyAGIBMgBxC8ASAL\
QYCAgIB4NgIACyADQUBrJAAgAigCEEGAgICAeEYNAyACIAIpAhA3A0ggAiACKAIYNgJQIAIoAhwh\
ACACKAIgIQUgAigCKCEBIAIoAiQhBwwACwALIA4gAigCNDYCCCAOIAIpAiw3AgAMAgtBvJPBABCF\
AwALIA4gFzYCCCAOIBU2AgQgDiAWNgIACyACQeAAaiQAIAkoAgwhAAwBCyAEKAIMIQAQ2AIiAUEA\
OwGKASABQQA2AgAgCkEANgIEIAogATYCACAKKAIAIQEgAEEANgIEIAAgATYCACAKIAE2AhggCkEA\
NgIcIApBGGoiBigCACIBLwGKASIFQQtPBEBBzJPBAEEgQeyTwQAQ2gIACyABIAVBAWo7AYoBIApB\
DGoiCSAFNgIIIAkgATYCACAJIAYoAgQ2AgQgASAFQQxsaiIBIAQoAgg2AgwgASAEKQIANwIECyAN\
IAA2AgwgDSAKKAIUNgIIIA0gCikCDDcCACAAIAAoAghBAWo2AgggCkEgaiQAIA0oAgAaIA1BEGok\
AAsgEUEgaiQAC0UBA38gASgCACIDQQRqIAMvAYoBQQFqIgQgASgCCCIFIAIQogEgAyAEOwGKASAA\
IAU2AgggACADNgIAIAAgASgCBDYCBAs2AAJAIANpQQFHDQAgA0EAIAFBgICAgHggA2tNGyIDRQ0A\
IAAgASADIAIQFCIARQ0AIAAPCwALNwECfyAAIAEoAgAiAiABKAIEIgNHBH8gASACQQFqNgIAIAIt\
AAAFIAELOgABIAAgAiADRzoAAAtBAAJAAkACQAJAAkAgAC0AAA4FAQECAwQACyAAQQRqEJMDCw8L\
IABBBGoQigMPCyAAQQRqEIoDDwsgAEEEahCWAwuBBAEOfyMAQRBrIgckACAHQQhqIQwjAEEQayIE\
JAAgBCABQQhqNgIEIAEiDigCACEBIA4oAgQhDwNAAkAgASAPRgRAQQAhCQwBCyAOIAFBCGoiAjYC\
ACABKAIAIQkgBCABQQRqKAIAIg02AgwgBCAJNgIIIAIhASAEQQRqKAIAIgIoAgAgAigCCCIFLQAA\
IARBCGoiAygCACIIIAMoAgQiBiACKAIEKAIUEQgABH8CfyACKAIMIgIoAighAyACKAIsQcCowABB\
ACAFLQAAGyELIwBBMGsiAiQAIAIgBjYCGCACIAg2AhRBDGwhBQNAIAVBAEchCAJAAkAgBUUNACAC\
IAM2AhwgCwRAIAJBCDYCJCACIAs2AiAgAkEcaiACQSBqEI8CBEBBASEIDAILIAJBCGogC0EIIANB\
BGooAgAgA0EIaigCABCbAiACKAIIIgZFDQIgAiAGIAIoAgxBLhDGASACKAIAIgZFDQIgAigCBCEK\
IAIgBjYCKCACIAo2AiwgAkEoaiACQRRqENMCDQEMAgsgAkEcaiACQRRqEI8CRQ0BCyACQTBqJAAg\
CAwCCyADQQxqIQMgBUEMayEFDAALAAtBAXMFQQALRQ0BCwsgDCANNgIEIAwgCTYCACAEQRBqJAAg\
BygCDCEBIAAgBygCCDYCACAAIAE2AgQgB0EQaiQACzwBAn8gACgCCCIDIAAoAgBGBEAgABDNAQsg\
ACgCBCADQQN0aiIEIAI2AgQgBCABNgIAIAAgA0EBajYCCAtDAQF/AkACQAJAAkBBAyAAKAIAIgFB\
gICAgHhzIAFBAE4bDgMBAgMACyAAEIkDDwsgAEEEahCKAw8LIABBBGoQkwMLCzMBAn8jAEEQayIB\
JAAgAUEIaiAAEMACIAEoAgggASgCDCECIAFBEGokAEEARyACQQBHcQveAQIBfwF+IwBBIGsiAyQA\
IAMgATYCECADIAA2AgwgA0EBOwEcIAMgAjYCGCADIANBDGo2AhQjAEEQayIBJAAgA0EUaiIAKQIA\
IQQgASAANgIMIAEgBDcCBCMAQRBrIgAkACABQQRqIgEoAgAiAigCBCIDQQFxBEAgAigCACECIAAg\
A0EBdjYCBCAAIAI2AgAgAEHwnMEAIAEoAgQgASgCCCIALQAIIAAtAAkQWAALIABBgICAgHg2AgAg\
ACABNgIMIABBjJ3BACABKAIEIAEoAggiAC0ACCAALQAJEFgAC0EBAX8jAEEQayIAJAAgAEE1NgIE\
IABBnJbBADYCACAAIACtQoCAgIDQD4Q3AwhBiIvAACAAQQhqQdSWwQAQ8gEACzQBAn8jAEEQayIB\
JAAgAUEIaiAAEEwgASgCCCEAIAEoAgwgAUEQaiQAQYCAxAAgAEEBcRsLMQAgASACSyACIARLckUE\
QCAAIAIgAWs2AgQgACABIANqNgIADwsgASACIAQgBRA3AAs5AQF/IwBBEGsiAiQAIAJBCGogAUET\
ahDGAiACKAIMIQEgACACKAIINgIAIAAgATYCBCACQRBqJAALPAAgAiADSQRAQdCSwQBBE0GMlsEA\
EPIBAAsgACADNgIEIAAgATYCACAAIAIgA2s2AgwgACABIANqNgIICzkAIAIgA0kEQEHQksEAQRMg\
BBDyAQALIAAgAzYCBCAAIAE2AgAgACACIANrNgIMIAAgASADajYCCAs5AgF/AX4jAEEQayICJAAg\
AkEIaiABQQFBARCyASACKQMIIQMgAEEANgIIIAAgAzcCACACQRBqJAALNAEBfyMAQRBrIgEkACAB\
QQA2AgwgASAAIAFBDGoQyAEgASgCACABKAIEEP8CIAFBEGokAAsxAQF/IAAoAgAiACABKAIAIgJy\
RSEBIABFIAJFcgR/IAEFIAAtAAAgAi0AAEYLQQFzCzgBAX8gASgCACIDBEAgACABLwGIATYCCCAA\
IAJBAWo2AgQLIAAgAzYCACABQbwBQYwBIAIbEKABCz8AIAAoAgBBgICAgHhHBEAgASAAKAIEIAAo\
AggQ6AIPCyABKAIAIAEoAgQgACgCDCgCACIAKAIAIAAoAgQQHws4AAJAIAJBgIDEAEYNACAAIAIg\
ASgCEBEDAEUNAEEBDwsgA0UEQEEADwsgACADIAQgASgCDBEEAAt0AQN/IAAoAggiAyAAKAIARgRA\
IwBBEGsiAiQAIAJBCGogACAAKAIAQQFBBEHoABBXIAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ0QIA\
CyACQRBqJAALIAAoAgQgA0HoAGxqIAFB6AD8CgAAIAAgA0EBajYCCAszAQF/IAAoAggiAiAAKAIA\
RgRAIAAQzgELIAAoAgQgAkECdGogATYCACAAIAJBAWo2AggLQAEBfyABKAIAIgEgAkGcqsAAEKAC\
LQAQIQMgASACQayqwAAQoAIhASAAIAM6AAQgACACNgIIIAAgASgCCDYCAAs2ACAAKAIAIgAgAUH0\
scAAEKMCIAAgAkGEssAAEKMCEOMBIgAgASACSyABIAJJayAAQf8BcRsLNQEBfyMAQRBrIgEkACAB\
IAAoAgAiACgCADYCDCABIAAoAgg2AgggAUEIahCXAyABQRBqJAALNgEBfyABKAIAIgNB/////wdP\
BEAgAhCVAgALIAEgA0EBajYCACAAIAE2AgQgACABQQRqNgIAC2MAAkAgAkUNACADRQRAIAIgARDQ\
AiEBDAELAkACfyABQQlPBEAgASACECwMAQsgAhAJCyIBRQ0AIAFBBGstAABBA3FFIAJFcg0AIAFB\
ACAC/AsACwsgACACNgIEIAAgATYCAAsoACAAIAIgASADIAEgA0kbEL4BIgAgASADayAAGyIAQQBK\
IABBAEhrCyoAIAEgA00EQCAAIAMgAWs2AgQgACABIAJqNgIADwsgASADIAMgBBA3AAspACABIANG\
BEAgAUECdCIBBEAgACACIAH8CgAACw8LIAEgAyAEELQBAAs3ACAAEJ4BAkAgAC0AHUUNACABIAAo\
AhQQVSABKAIAQYCAgIB4Rw0AIABBADYCECAAQgE3AwgLCy0BAX8jAEEQayIBJAAgASAAQQhrNgIM\
IAFBDGoiABCbASAAEMQCIAFBEGokAAuzAQECfyMAQRBrIgAkACABKAIAQdiewQBBCyABKAIEKAIM\
EQQAIQMgAEEIaiICQQA6AAUgAiADOgAEIAIgATYCACACIgEtAAQhAiABLQAFBEAgAQJ/QQEgAkEB\
cQ0AGiABKAIAIgEtAApBgAFxRQRAIAEoAgBBzajBAEECIAEoAgQoAgwRBAAMAQsgASgCAEHMqMEA\
QQEgASgCBCgCDBEEAAsiAjoABAsgAkEBcSAAQRBqJAALngIBBH8jAEEQayIEJAAQQCIFIAAmASMA\
QdAAayIDJAAgAyABNgIUIAMgBTYCECADIAI2AhggAyADQc8AaiIBNgJEIAMgATYCQCADIANBGGo2\
AjwgAyADQRRqNgI4IAMgATYCNCADIAE2AjAgAyABNgIsIAMgA0EQajYCKCADQRxqIANBKGoQQQJ/\
IAMoAhxBgICAgHhGBEBBASEBIAMoAiAhAkEADAELIAMgAygCJDYCMCADIAMpAhw3AyggA0EIaiAD\
QShqEJQBIAMoAgwhBkEAIQJBACEBIAMoAggLIQUgBCABNgIMIAQgAjYCCCAEIAY2AgQgBCAFNgIA\
IANB0ABqJAAgBCgCACAEKAIEIAQoAgggBCgCDCAEQRBqJAALMAEBfyMAQRBrIgEkACABQQA2Agwg\
AUEMakHkssAAIABBABBHIAEoAgwgAUEQaiQACygBAX8CQCAARQ0AIAAtAAAiAEEiRiAAQdwARnIN\
ACAAQR9LIQELIAELLAECfyABKAIEIgMgACgCACIAKAIIRgR/IAAoAgQgASgCACADEL4BBUEBC0UL\
KgEBfyMAQRBrIgMkACADIAAoAgA2AgwgA0EMaiABIAIQ0QEgA0EQaiQACyoBAX8jAEEQayIDJAAg\
AyAAKAIANgIMIANBDGogASACEIICIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACgCADYCDCADQQxq\
IAEgAhBeIANBEGokAAswAQF/IwBBEGsiACQAIAAgAEEPaq1CgICAgOAMhDcDAEG3icAAIABBwJLB\
ABDyAQALDgAgAEKAgICAgBAQvAMLDgAgAEKAgICAkBAQvAMLIgAgAUF/RgR/IABBGGoFIAAgAUGQ\
p8AAEKECQQxqCygCAAstAQF/IwBBEGsiAiQAIAJBCGogARDGAiAAIAIoAgggAigCDBDqAiACQRBq\
JAALLQEBfyMAQRBrIgIkACACQQhqIAEQxgIgACACKAIIIAIoAgwQ6wIgAkEQaiQACzABAX8gAUEI\
ayICIAIoAgBBAWoiAjYCACACRQRAAAsgACABNgIEIABB5JvBADYCAAu1AwEEfyMAQRBrIgUkACMA\
QdAAayIDJAAgAyABNgIUIAMgADYCECADIAI2AhggAyADQc8AaiIANgJIIAMgADYCRCADIAA2AkAg\
AyADQRhqNgI8IAMgADYCOCADIAA2AjQgAyAANgIwIAMgA0EUajYCLCADIAA2AiggAyAANgIkIAMg\
ADYCICADIANBEGo2AhwjAEEQayIBJAAgAUEIaiECAn8gA0EcaiIAKAIAKAIAQR1HIAAoAhAoAgBB\
gIABR3IgACgCICgCAEEbR3JFBEAjAEEQayIAJABBAEHwt8AAKAIAEQUAIgZFBEAQkwIACyAAQQhq\
IAYQnQIgACgCDCEGIAAgACgCCCIEQQAgBCgCBGtBA3EiBCAEQYCAAXJBhLjAABDUASAAKAIAIQQg\
BiAGKAIAQQFqNgIAIABBEGokAEEADAELQbS2wABBxgAQoAMhBEEBCyEAIAIgBDYCBCACIAA2AgAg\
ASgCDCEAIANBCGoiAiABKAIINgIAIAIgADYCBCABQRBqJAAgBSADKAIIIAMoAgwQqQIgA0HQAGok\
ACAFKAIAIAUoAgQgBSgCCCAFQRBqJAALKAAgAyAEIAEgAhDFAiEBIAAgBCACazYCBCAAIAIgA2pB\
ACABGzYCAAsmAQF/QQEhAQN/IABBCU0EfyABBSABQQFqIQEgAEEKbiEADAELCwstACABKAIARQRA\
IAFBfzYCACAAIAE2AgQgACABQQRqNgIADwtB9LfAABCUAgALJAAgASADRgRAIAEEQCAAIAIgAfwK\
AAALDwsgASADIAQQtAEACyYBAn8gACgCCCIDIAEoAghGBH8gACgCBCABKAIEIAMQ/gIFQQALCw0A\
IAAgASACQRQQuQMLDQAgACABIAJBBBC4AwsNACAAIAEgAkEDELgDCw0AIAAgASACQRwQuQMLDQAg\
ACABIAJBAhC4AwsNACAAIAEgAkEMELkDCycAIAAQigMgAEEMahCVAyAAQRhqEJUDIABBJGoQlQMg\
AEEwahCKAwsmAQF/IwBBEGsiASQAIAEgAEEIazYCDCABQQxqEJsBIAFBEGokAAsmAQF/IwBBEGsi\
ASQAIAEgAEEIazYCDCABQQxqEMQCIAFBEGokAAsmACAAIAE2AgggACACQQAgAUEBcSIBGzYCBCAA\
QQAgAiABGzYCAAvSAwEGfyACQQFxBEAgACABIAJBAXYQlwEPCyMAQRBrIgUkAAJAAkACQAJAAkAC\
QCACQQFxBEAgAkEBdiEDDAELIAEtAAAiA0UNASABIQQDQCAEQQFqIQgCQCADwEEASARAIANB/wFx\
QYABRgRAIAYgCC8AACIEaiEGIAQgCGpBAmohBAwCCyAIIANBA3FBCHgiBEEFdEGAgICABHEgBEEH\
dHJBHXZqIANBAXZBAnFqIANBAnZBAnFqIQQgBkUgB3IhBwwBCyAIIANB/wFxIgNqIQQgAyAGaiEG\
CyAELQAAIgMNAAtBACEDIAcgBkEQSXENAEEAIQcgBkEBdCIDQQBIDQQLIAMNAQtBASEEQQAhAwwB\
C0EBIQcgA0EBENACIgRFDQELIAVBADYCCCAFIAQ2AgQgBSADNgIAIAVBmJ/BACABIAIQH0UNASMA\
QSBrIgAkACAAQdYANgIEIABBwJ/BADYCACAAQbCfwQA2AgwgACAFQQ9qNgIIIAAgAEEIaq1CgICA\
gLAPhDcDGCAAIACtQoCAgIDQD4Q3AxBBoorAACAAQRBqQZigwQAQ8gEACyAHIAMQ0QIACyAAIAUo\
Agg2AgggACAFKQIANwIAIAVBEGokAAsnACAAKAIAQYCAgIB4RgRAIABBBGoQlgMPCyAAEJMDIABB\
DGoQigMLJwAgACABKAIMIAEoAhAQdyIARQRAQQAPCyAAQQAgAEG8/8AAEF0bC+0IAgt/A34jAEEQ\
ayIJJAAjAEEwayIFJAAgBSABNgIYIAUgADYCFCAFIAVBL2oiADYCKCAFIAA2AiQgBSAFQRhqNgIg\
IAUgBUEUajYCHCMAQSBrIgckACAHQRBqIAVBHGoiACgCACgCACAAKAIEKAIAEOABIAcoAhAhASAH\
IAcoAhQiADYCHCAHIAE2AhggB0EIaiEKIwBBoAFrIgYkACAGIAA2AgwgBiABNgIIAkACfyMAQRBr\
IgIkAEEAQci3wAAoAgARBQAiBARAIAIgBEGkuMAAEIQCIAIoAgQhBCACKAIAIggoAgBBgICAgHhH\
BEAgAiAINgIMIAJBDGogBkEIahCPAiEDCyAEIAQoAgBBAWs2AgAgAkEQaiQAIAMMAQsQkwIACw0A\
IAZBEGohBCMAQYABayICJAAgAkEgaiABIAAQagJAIAIoAiBBAkcEQCACIAIoAjg2AnAgAiACKQIw\
NwNoIAIgAikCKDcDYCACIAIpAiA3A1ggAkEDNgJ8IAIgAkHkAGoiAzYCeCACQcgAakGCisAAIAJB\
+ABqEKoCIAJBAToAVCADEIoDIAIgAikCSCINNwMYIAIgDTcDCCACIAIpAkAiDjcDACACKQJQIQ8g\
BCANNwIQIAQgDjcCCCAEIA83AhggBEKAgICACDcCAAwBCyACIAIpAiQ3A1ggAiACKQIsNwNgIwBB\
MGsiAyQAAkACQCACQdgAaiIILQAAIgwEQCAMQQVGDQEgAyAIEMcCIAMgAykDADcCICADQQI2Aiwg\
AyADQSBqNgIoIANBFGpB4ofAACADQShqEKoCIARCgICAgAg3AgAgBCADKQIMNwIIIAQgAykCFDcC\
ECAEIAMoAhw2AhggBEEBOgAcDAILIANBADYCFCADQoCAgIDAADcCDCAEIANBDGoiBBALIAQQkwMM\
AQsgBCAIQQRqEAsLIANBMGokACAIEO0BCyACQYABaiQAIAYoAhAiAkGAgICAeEYEQCAGQRRqEN4B\
IQBBASELDAELIAYoAhQhAyAGQdwAaiAGQRhqQTz8CgAAIAYgADYCnAEgBiABNgKYASAGIAM2Algg\
BiACNgJUIAZB1ABqIQJBACEEIwBB0ABrIgMkAAJAQQBByLfAACgCABEFACIBBEAgAyACKAJEIAIo\
AkgQlwEgA0EMaiACQcQA/AoAACABKAIARQRAIAFBfzYCACABQQRqIQIgASgCBEGAgICAeEcEQCAC\
EIoDIAFBEGoQpgIgASgCAEEBaiEECyACIANB0AD8CgAAIAEgBDYCACADQdAAaiQADAILQbS4wAAQ\
lAIACyACEKYCEJMCAAsLIAogADYCBCAKIAs2AgAgBkGgAWokACAHKQMIIQ0gB0EYaiIAKAIEIgEE\
QCAAKAIAIAEQoAELIAVBCGogDTcDACAHQSBqJAAgBSgCDCEAIAUgBSgCCCIBNgIEIAUgAEEAIAFB\
AXEbNgIAIAkgBSkDADcCACAFQTBqJAAgCSgCACAJKAIEIAlBEGokAAvyFAIYfwd+IwBBEGsiDiQA\
IwBBEGsiEiQAIBJBCGohFSMAQeAAayIEJAAgBEFAayETIwBBMGsiCSQAAkBBAEHwt8AAKAIAEQUA\
IgEEQCAJQQhqIAEQnQIgCSgCDCEWIAkgCSgCCCIBQQAgASgCBGtBA3EiASABQYCAAXJBhLjAABDU\
ASAJQRBqIRAgCSgCACEBIAkoAgQhAiMAQdAAayIIJAACQEEAQci3wAAoAgARBQAiBwRAIAhBCGog\
B0GUuMAAEIQCIAgoAgwhFwJ/IAgoAggiBygCAEGAgICAeEcEQCAIQTBqIQYgB0EMaiEHIwBBwAJr\
IgAkAANAIANB4ABHBEAgAEEIaiADakEHNgIAIANBDGohAwwBCwsgACACNgK4AiAAIAE2ArQCIABB\
1AFqIgIgAEEIakHgAPwKAABBBCEDA0AgA0EcRwRAIABBCGogAEHUAWogAxAwIAIgACgCEDYCCCAC\
IAApAgg3AgAgAkEMaiECIANBA2ohAwwBCwsgAEEIaiIBIABB1AFqIgJB6AD8CgAAAkACQAJAIAAo\
AmxB9ABJDQAgAiABQQEQMCAAKALUAUEHRg0AQWAhAwNAIAMEQAJAAkAgAEEIaiADQbSHwQBqKAIA\
Ig1BDGxqKAIAQQNrDgUAAQEBBAELQXshAgNAIAIiAQRAIAFBAWohAiABQev+wABqLQAAEPQCIA1H\
DQELCyABDQMLIANBBGohAwwBCwsgBygCLEUNAQsgBkKAgICAgICAgIB/NwIADAELIAAoAmgoAAAh\
DSAAQdQBaiIBIABBCGpBARAwIAEgBygCBCAHKAIIIAAoAtgBQQAgACgC1AFBAkYbIAAoAtwBEC4g\
ACgC1AEiAUECRwRAIAYgACkC6AE3AhggBiAAKQLgATcCECAGIAApAtgBNwIIIAZBATYCACAGIAE2\
AgQMAQsgAEHUAWogAEEIakHQhsEAEDMgACAAKQLYATcDmAEgACAAKQLgATcDoAEgACAAKQLoATcD\
qAEgACAAKALwATYCsAEgACgC1AEiAUGAgICAeEYEQCAGIAAoArABNgIcIAYgACkDqAE3AhQgBiAA\
KQOgATcCDCAGIAApA5gBNwIEIAZBATYCAAwBCyAAIAApA5gBNwJ0IAAgACkDoAE3AnwgACAAKQOo\
ATcChAEgACAAKAKwATYCjAEgACAAKQL0ATcCkAEgACABNgJwIABB1AFqIABB8ABqIAcgAEG/AmpB\
6IbBABAMIAAgACkC3AE3A7gBIAAgACkC5AE3A8ABIAAgACkC7AE3A8gBQQEhAyAAKALYASECAkAC\
QCAAKALUAUEBRgRAIAYgACkDyAE3AhggBiAAKQPAATcCECAGIAApA7gBNwIIIAIhAQwBC0GAgICA\
eCEBQQAhAyACQYCAgIB4Rg0AIAAgACkDuAEiGDcCnAEgACAAKQPIATcCrAEgACAAKQPAATcCpAEg\
ACACNgKYASAAKAKgAUHoAGwhAiAYpyEDAkADQCACBEAgDSEHIwBBoAFrIgUkACAFQSBqIANBOGoQ\
wAIgBSkDICEYIAVBGGogA0HEAGoQwAIgAykCJCEZIAUpAxghGiAFQRBqIANB0ABqEMACIAUpAxAh\
GyAFQQhqIANB3ABqEMACIAUpAwghHCAFQShqIAMQmQEgBSkCLCEdIAVBQGsiDCADEJkBIAUpAlAh\
HiAFQQA2ApABIAVBADYChAEgBSAeNwJ8IAUgHTcCdCAFIBw3AmwgBSAbNwJkIAUgGTcCXCAFIBo3\
AlQgBSAYNwJMIAVBBzYCSCAFQgE3AkBBACEBIwBBQGohCwJAIAwoAgBBAUcNACALIAxBBGpBwAD8\
CgAAIAsoAgAiEUEDdCALakEMaiEKIAsoAgQhCwNAIAsgEUYNASABIAooAgBBBmxqQQNqIAEgCkEE\
aygCABshASAKQQhqIQogEUEBaiERDAALAAsgASELIAUgAygCMCIBNgJAIAUgASADKAI0QQxsajYC\
RCAFIAVBnwFqNgJIQQAhASAMKAIAIgogDCgCBCIRRwRAIApBCGohDCARIAprQQxuIQoDQCABIAwo\
AgBBBmxqQQNqIQEgDEEMaiEMIApBAWsiCg0ACwsgAygCBCIKQQBOIApBgoCAgHhGckUEQCADQQRq\
IAcQvgIhBwsgBUGgAWokACABIAtqIAdqQYACakGB+AFPBEAgAyANEN8CQYD4AUsNAwsgA0HoAGoh\
AyACQegAayECDAELCyAGIAAoArABNgIcIAYgACkCqAE3AhQgBiAAKQKgATcCDCAGIAApApgBNwIE\
IAZBADYCACAAQfAAahCKAwwDCyAGQoCAgICAgICAgH83AgAgAEGYAWoQyAIMAQsgBiADNgIAIAYg\
ATYCBAsgAEHwAGoQigMLIABBwAJqJAAgCCgCMAwBCyAIQYCAgIB4NgI0QQALIQEgFyAXKAIAQQFr\
NgIAIAggCCkCNDcDECAIIAgpAjw3AxggCCAIKQJENwMgIAggCCgCTDYCKCABQQJHDQELEJMCAAsg\
ECABNgIAIBAgCCkDEDcCBCAQIAgpAxg3AgwgECAIKQMgNwIUIBAgCCgCKDYCHCAIQdAAaiQAIBYg\
FigCAEEBajYCACAJKAIQQQJHDQELEJMCAAsgEyAJKQIoNwIYIBMgCSkCIDcCECATIAkpAhg3Aggg\
EyAJKQIQNwIAIAlBMGokAAJAAkACfyAEKAJAQQFGBEAgBEHEAGoQ3gEMAQsgBCAEKQJMNwMQIAQg\
BCkCVDcDGCAEIAQoAlw2AiAgBCgCSCEBIAQoAkQiAkGBgICAeEcNASABCyEPQQEhFAwBCyAEIAQo\
AiA2AjggBCAEKQMYNwMwIAQgBCkDEDcDKCACQYCAgIB4Rg0AIAQgATYCRCAEIAI2AkAgBCAEKQMo\
NwJIIAQgBCkDMDcCUCAEIAQoAjg2AlggBEFAayIFIwBB0ABrIgEkAEEAQfC3wAAoAgARBQAiAkUE\
QBCTAgALIARBCGohDSABQRhqIAIQnQIgASgCHCELIAFBEGogASgCGCICQQAgAigCBGtBA3EiAiAC\
QYCAAXJBhLjAABDUASABKAIQIQAgASgCFCECIAFBADoANCABIAI2AjAgAUEANgIsIAEgAjYCKCAB\
IAA2AiQgAUEkakGEt8AAEFEgASABKAI0NgJIIAEgASkCLDcDQCABIAEpAiQ3AzggAUEIaiEAQQAh\
AyMAQRBrIgIkAAJAIAFBOGoiBy0AEA0AIAcoAgQiBkEESQ0AIAJBBCAHKAIAIAZBlLbAABDnASAC\
KAIEIQMgAigCACACIAcoAggiDzYCDCADIAJBDGpBBEGktsAAEJ4CQQEhAwsgACAPNgIEIAAgAzYC\
ACACQRBqJAAgASgCDCECIAEoAgghByALIAsoAgBBAWo2AgAgDSACQQAgB0EBcRs2AgQgDUEANgIA\
IAFB0ABqJAAgBCgCDCEPIAQoAgghFCAFEMgCCyAVIA82AgQgFSAUNgIAIARB4ABqJAAgDiASKAII\
IBIoAgwQqQIgEkEQaiQAIA4oAgAgDigCBCAOKAIIIA5BEGokAAtPAQJ/IwBBEGsiASQAIAEgADYC\
DCMAQRBrIgAkACAAIAFBDGooAgAiAigCADYCDCAAIAIoAgg2AgggAEEIahCJAyAAQRBqJAAgAUEQ\
aiQACyEAIAAoAgBBgICAgHhHBH8gABCKA0EMBUEECyAAahCKAwsoACAAKAIAIAEQ8QIgACgCBCgC\
ACAAKAIIIAAoAgwoAgAgARDcAWpPCyMBAX8gACgCCCIDIAFNBEAgASADIAIQswEACyAAKAIEIAFq\
CyYAIAEoAhwgASgCGEkEQCAAIAFBxKzAAEEkEOkCDwsgAEECNgIACx0BAX8gAC0AAEEFRgR/IABB\
BGogASACEHcFQQALC08BAn8jAEEQayIBJAAgASAANgIMIwBBEGsiACQAIAAgAUEMaigCACICKAIA\
NgIMIAAgAigCCDYCCCAAQQhqEIsDIABBEGokACABQRBqJAALIwAgAkH/////AE0EQCAAIAJBBHQg\
AXIQlgEPCyAAQQE6ABALDQAgACABQQFBARC7AwsNACAAIAFBBEEEELsDCw0AIAAgAUEMQQQQuwML\
DQAgACABQQhBBBC7AwshAQF/IAAoAggiASAAKAIARgRAIAAgAUEBQQRBHBDYAQsLuAEBBH8gASAA\
ayIBQRBPBEAgACABEBMPCwJ/QQAgAUUNABogAUEDcSEEAkAgAUEETwRAIAFB/P///wdxIQEDQCAC\
IAAgA2oiBSwAAEG/f0pqIAVBAWosAABBv39KaiAFQQJqLAAAQb9/SmogBUEDaiwAAEG/f0pqIQIg\
ASADQQRqIgNHDQALIARFDQELIAAgA2ohAANAIAIgACwAAEG/f0pqIQIgAEEBaiEAIARBAWsiBA0A\
CwsgAgsLHgAgACgCAEECRgRAIABBBGoQ7QEPCyAAQQxqEIoDC0MBAX8gACgCACICQQBOIAJBgoCA\
gHhGcgR/IAEFIwBBEGsiASQAIAFBADYCDCAAIAFBDGoQVSABKAIMIAFBEGokAAsLGQEBfyABIANG\
BH8gACACIAEQvgEFQQELRQslACAAIAEoAgg2AgQgACABKAIEQQAgASgCAEGAgICAeEcbNgIACyAA\
IAAgASACEKEBIABBATsBJCAAIAI2AiAgAEEANgIcCyAAIAAoAgAoAgAiACAAKQMgIAKtfDcDICAA\
IAEgAhAKCyEAIAAgACgCGEEBazYCGCAAKAIUIgAgACgCAEEBajYCAAuwAQEDfyAAKAIAIgEgASgC\
AEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBDGoiACgCAARA\
IAAoAgQiAigCACIDBEAgACgCACADEQIACyACKAIEIgMEQCACKAIIGiAAKAIAIAMQoAELCwJAIAFB\
CGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQRgQoAELIAFBEGokAAsLGQEBfyABIANP\
BH8gAiAAIAMQvgEFQQELRQsjACAAIAFB/wFxQQJ0IgEoAtyXQTYCBCAAIAEoAsiYQTYCAAsiACAA\
IAEtAABBAnQiASgCrJdBNgIEIAAgASgCxJdBNgIACx4AIAAQlAMgACgCDEGAgICAeEcEQCAAQQxq\
EIoDCwscACAAQQxqIAEgAhCXASAAQQA2AgAgAEEBOgAYCxsBAX8gACgCACIBQQBKBEAgACgCBCAB\
EKABCwsbACAAKAIUIAFBARDaASAAIAAoAhhBAWs2AhgLFQAgAQRAIAAgARB0DwsgAEEGOgAAC54C\
AQR/QbC7wQAtAABBAUcEQCMAQRBrIgEkAAJAAkAgAARAIAAoAgAgAEEANgIAQQFxDQELIwBBIGsi\
ACQAIABBFGpBg4ABQQFBAUEBEGAgACgCGCECIAAoAhQEQCACIAAoAhwQ0QIACyAAKAIcIQQgAUEE\
ciIDQYOAATYCCCADIAQ2AgQgAyACNgIAIABBIGokACABQQA2AgAMAQsgASAAKQIMNwMIIAEgACkC\
BDcDAAsCQAJAAkBBsLvBAC0AAEEBaw4CAQACC0HwkcEAQf0AQbCSwQAQ8gEAC0Gwu8EAQQI6AABB\
pLvBABCKAwtBqLvBACABKQMINwIAQaC7wQAgASkDADcCAEGwu8EAQQE6AAAgAUEQaiQAC0Ggu8EA\
Cx8AQQFBfyAAKAIAKAIAIAEoAgBByKnAABCgAi0AEBsLGAEBfyAAKAIAIgEEQCAAKAIEIAEQoAEL\
CxUAIAFBCU8EQCABIAAQLA8LIAAQCQsfACAABEAgACABEKQDAAtB957BAEEjQYifwQAQ8gEACxUA\
IABBBGogASACEJcBIABBAzoAAAsZACAAKAIAIAAoAgQgASgCACABKAIEEL8CCxIAIAAtAAAEQCAA\
QQRqENUCCwsVACAAKAIAIgBBhAhPBEAgABCSAQsLGQAgASgCACABKAIEIAAoAgAgACgCBBCGAgsZ\
ACAAKAIAIAAoAgQgASgCACABKAIEEIYCCxsBAX9BjAEQhwMiAEUEQEEEQYwBEKQDAAsgAAsbAQF/\
QbwBEIcDIgBFBEBBBEG8ARCkAwALIAALEgAgACABQQF0QQFyIAIQ8gEACxgAIAEoAgAgASgCBCAA\
KAIAIAAoAgQQHwsWAQFvIAAgARAIIQIQQCIAIAImASAAC0IBA38gACgCACECIAAoAgQhACABLQAA\
IQMDQCAAIgEEQCAAQQFrIQAgAi0AACEEIAJBAWohAiADIARHDQELCyABRQsWACAAKAIAQYCAgIB4\
RwRAIAAQigMLC2MBAn8jAEEwayICJAAgAkEANgIMIAJBADsBLCACQQA2AiggAkIANwMQIAJBADYC\
GCACIAJBDGo2AiQgACACQRBqQcS4wAAQGCACKAIMIQMgAkEwaiQAIABBBGogARC+AiADagsSACAA\
LQAAQQZHBEAgABDtAQsLFQEBfyMAQRBrIgEgADoADyABLQAPCxYAIAAoAgBBgICAgHhHBEAgABCT\
AwsLEwAgACgCAEUEQCAAQQRqENUCCwsTAEG4u8EAIACtQiCGQgGENwMACw4AIAEEQCAAIAEQoAEL\
CxwAIABBwJ3BACkCADcCCCAAQbidwQApAgA3AgALHAAgAEGwncEAKQIANwIIIABBqJ3BACkCADcC\
AAsWACAAKAIAIAEgAiAAKAIEKAIMEQQACxEAIAAgASABKAIcIAIgAxBlCxMAIAAQngEgACgCFCAB\
IAIQggMLEwAgABCnASAAKAIUIAEgAhCBAwv7CgEDfyAAIQZBACEAIwBB0ABrIgUkACAFIAM2Aggg\
BSACNgIEAn8CQAJAIAFBgQJPBEBB/QEhAANAAkAgACAGaiIHQQNqLAAAQb9/TARAIAdBAmosAABB\
v39MDQEgAEECaiEADAULIABBA2ohAAwECyAHQQFqLAAAQb9/Sg0CIAcsAABBv39KDQMgAEEEayIA\
QX1HDQALQQAhAAwCCyAFIAE2AhAgBSAGNgIMQQEMAgsgAEEBaiEACyAFIAY2AgwgBSAANgIQQQVB\
ACAAIAFJIgcbIQBBz6jBAEEBIAcbCyEHIAUgADYCGCAFIAc2AhQCQAJAAkACQAJAAkAgASACTwRA\
IAEgA0kNBiACIANLDQEgAkUgASACTXINAyACIAZqLAAAQb9/Sg0DIAIhAAJAA0AgACAGaiwAAEG/\
f0oNASAAQQFrIgANAAtBACEACwNAIAIgBmosAABBv39KDQMgASACQQFqIgJHDQALIAEhAgwCCyAF\
IAVBFGqtQoCAgIDQD4Q3AzggBSAFQQxqrUKAgICA0A+ENwMwIAUgBUEEaq1CgICAgBCENwMoQbuB\
wAAgBUEoaiAEEPIBAAsgBSAFQRRqrUKAgICA0A+ENwNAIAUgBUEMaq1CgICAgNAPhDcDOCAFIAVB\
CGqtQoCAgIAQhDcDMCAFIAVBBGqtQoCAgIAQhDcDKEGRgcAAIAVBKGogBBDyAQALIAUgADYCHCAF\
IAI2AiACQCAAIAJLDQACQCAARQ0AIAAgAU8EQCAAIAFGDQEMAgsgACAGaiwAAEFASA0BCwJAIAEg\
Ak0EQCABIAJHDQIMAQsgAiAGaiwAAEG/f0wNAQsgACACRg0CIAUCfyAAIAZqIgEsAAAiAEEATgRA\
IABB/wFxDAELIAEtAAFBP3EiAyAAQR9xIgJBBnRyIABBX00NABogAS0AAkE/cSADQQZ0ciIDIAJB\
DHRyIABBcEkNABogAkESdEGAgPAAcSABLQADQT9xIANBBnRycgs2AiQgBSAFQRRqrUKAgICA0A+E\
NwNIIAUgBUEMaq1CgICAgNAPhDcDQCAFIAVBHGqtQoCAgIDgD4Q3AzggBSAFQSRqrUKAgICA8A+E\
NwMwIAUgBUEEaq1CgICAgBCENwMoQZeCwAAgBUEoaiAEEPIBAAsgBiABIAAgAiAEEOwCAAsgA0Ug\
ASADTXINAiADIAZqLAAAQb9/Sg0CIAMhAAJAA0AgACAGaiwAAEG/f0oNASAAQQFrIgANAAtBACEA\
CwJAA0AgAyAGaiwAAEG/f0oNASABIANBAWoiA0cNAAsgASEDCyAFIAA2AhwgBSADNgIgIAAgA0sN\
AQJAIABFDQAgACABTwRAIAAgAUYNAQwDCyAAIAZqLAAAQUBIDQILAkAgASADTQRAIAEgA0cNAwwB\
CyADIAZqLAAAQb9/TA0CCyAAIANGDQAgBQJ/IAAgBmoiASwAACIAQQBOBEAgAEH/AXEMAQsgAS0A\
AUE/cSIDIABBH3EiAkEGdHIgAEFfTQ0AGiABLQACQT9xIANBBnRyIgMgAkEMdHIgAEFwSQ0AGiAC\
QRJ0QYCA8ABxIAEtAANBP3EgA0EGdHJyCzYCJCAFIAVBFGqtQoCAgIDQD4Q3A0ggBSAFQQxqrUKA\
gICA0A+ENwNAIAUgBUEcaq1CgICAgOAPhDcDOCAFIAVBJGqtQoCAgIDwD4Q3AzAgBSAFQQhqrUKA\
gICAEIQ3AyhB6ILAACAFQShqIAQQ8gEACyAEEIUDAAsgBiABIAAgAyAEEOwCAAsgBSAFQRRqrUKA\
gICA0A+ENwM4IAUgBUEMaq1CgICAgNAPhDcDMCAFIAVBCGqtQoCAgIAQhDcDKEHqgcAAIAVBKGog\
BBDyAQALFAAgACgCACABIAAoAgQoAgwRAwALEQAgACgCBCAAKAIIIAEQqAMLDgAgACABIAIgAWsQ\
2gELEAAgACABKAIEIAEoAggQZwsUACAAKAIAIAFB7KnAABCgAigCCAsNACAAIAEgAhB3QQBHCw8A\
IABBAyABQf8BcRC2AgsQACAAQf8BcUECdCgCtJpBCw8AIAAQigMgAEEMahCKAwsPACAAQQxqEN4C\
IAAQjwMLEAAgACgCACgCACABQQEQCgsPACAAEIoDIABBDGoQ7QELDwAgACAAKAIAIAJqNgIACxMA\
IABByJ7BADYCBCAAIAE2AgALEQAgASAAKAIAIAAoAgQQ6AILEQAgACgCACAAKAIEIAEQqAMLEAAg\
ASAAKAIAIAAoAgQQHAsMACAAIAEgAhC+AUULLwEBfyMAQRBrIgIkACACQQA2AgwgAkEMaiAAIAEQ\
ggMgAigCDCACQRBqJABBAmsLDAAgACABEJ8CQQFzCw8AIABByLLAACABIAIQKQsPACAAQeSywAAg\
ASACECkLDwAgAEHYnMEAIAEgAhAfCw8AIABBmJ/BACABIAIQHwsPAEHUqMEAQSsgABDaAgALDwBB\
qLjBAEEzIAAQ8gEACwkAIABBBBDQAgsLACAAQQRBDBDMAQsLACAAQQRBCBDMAQsLACAAQQFBARDM\
AQsLACAAQQRBBBDMAQsLACAAQQRBEBDMAQsLACAAQQRBFBDMAQsLACAAQQRBGBDMAQs0AQJ/IAAo\
AgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQigMgAkEUaiECDAELCyAAEI0DCwoAIAAgASACEDUL\
CwAgACABIAIQ2gELNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEPUCIAJBGGohAgwB\
CwsgABCOAws0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ+AIgAkEcaiECDAELCyAA\
EJcDC4MBAQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgAUE4ahDeAiABQcQAahDeAiABQSBqEIoDIAFB\
0ABqEN4CIAFB3ABqEN4CIAFBLGoQlQMgASgCAEEBRwRAIAFBFGoQigMLIAFBBGoQ8AEgAkEBayEC\
IAFB6ABqIQEMAQsLIABBBEHoABDMAQs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ\
igMgAkEMaiECDAELCyAAEIgDCzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhDtASAC\
QRBqIQIMAQsLIAAQjAMLCwAgAEEEQRwQzAELCgAgACABIAIQNgsMACAAQb2zwAAQywILDAAgAEHE\
ssAAEOgBC0MBAn8gABCeASAAIAAoAhhBAWoiATYCGCAAKAIUIgIgAigCAEEBajYCACAAIAApAwBC\
fkE/IAEgAUE/TxutiYM3AwALDAAgAEG8s8AAEOgBCwwAIABBxbLAABDLAgtnAQF/IwBBEGsiAyQA\
IAMgAjYCCCADIAE2AgQgACgCCEEUbCEBIAAoAgQhAgNAIAEiAARAIABBFGshASADIAI2AgwgAkEU\
aiECIANBDGogA0EEahCPAkUNAQsLIANBEGokACAAQQBHCwsAIAAoAgAlARAACxYBAW8gACABEAIh\
AhBAIgAgAiYBIAALCQAgACABEAUACwwAIAAgASkCBDcDAAsMACAAIAEpAgA3AwALPgEBfyMAQRBr\
IgIkACACIAE2AgwgAiAANgIIIAJBCGoiACgCACAAKAIEQcy7wQAoAgAiAEHlACAAGxEAAAALDgAg\
AUGooMEAQQUQ6AILDQAgAUH8ucEAQRgQHAsNACABQdy5wQBBIBAcCwoAIAIgACABEBwLCQAgAEEA\
EN8CCwkAIABBABCWAQsJACAAQQIQlgELCQAgAEEBEJYBCwkAIAAgARDzAgsWAgFvAX8gABAHIQEQ\
QCICIAEmASACCwwAQaS/wQBBAToAAAsJACAAQQA2AgALBwAgABCKAwsHACAAEOICCwcAIAAoAggL\
BABBAAsHAEGsusEACwQAQQELAwAACyYBAX8gACgCCCIEIAFNBEAgASAEIAIQswEACyAAKAIEIAEg\
A3RqCyYBAX8gACgCCCIEIAFNBEAgASAEIAIQswEACyAAKAIEIAEgA2xqC0QBAX8jAEEQayICJAAg\
AkEIaiAAIAAoAgBBAUEEIAEQVyACKAIIIgBBgYCAgHhHBEAgACACKAIMENECAAsgAkEQaiQACyQB\
AX8gACgCACAAKAIIIgRrIAFJBEAgACAEIAEgAyACENgBCwsoAQF/IwBBEGsiAiQAIAIgAkEPaq0g\
AYQ3AwBBiIvAACACIAAQ8gEACwuAswFzAEGAgMAAC507wMDAAAR0aGUgwAogY2FsbCBmb3IgwAog\
d291bGQgYmUgwBggYnl0ZXM7IFNlZ21lbnQgYWNjZXB0cyDAKCBieXRlcyBwZXIgY2FsbCBhbmQg\
dGhpcyBmdW5jdGlvbiBrZWVwcyDAJCBvZiB0aGVtIGZvciB0aGUgZmllbGRzIFNlZ21lbnQgYWRk\
c8AAAWjAAA1iZWdpbiA+IGVuZCAowAMgPiDAECkgd2hlbiBzbGljaW5nIGDAAWDAABFzdGFydCBi\
eXRlIGluZGV4IMAWIGlzIG91dCBvZiBib3VuZHMgb2YgYMABYMAAD2VuZCBieXRlIGluZGV4IMAW\
IGlzIG91dCBvZiBib3VuZHMgb2YgYMABYMAAEXN0YXJ0IGJ5dGUgaW5kZXggwCYgaXMgbm90IGEg\
Y2hhciBib3VuZGFyeTsgaXQgaXMgaW5zaWRlIMAIIChieXRlcyDABikgb2YgYMABYMAAD2VuZCBi\
eXRlIGluZGV4IMAmIGlzIG5vdCBhIGNoYXIgYm91bmRhcnk7IGl0IGlzIGluc2lkZSDACCAoYnl0\
ZXMgwAYpIG9mIGDAAWDAAAZzdGlnZ1/AAMABX8AAwAEuwAAFYm9keS3AAMAKYW5vbnltb3VzLcAA\
CHNldHRpbmcgwAg6IGVudHJ5IMAXIG11c3QgYmUgYSBzdHJpbmcsIGdvdCDAAAhzZXR0aW5nIMAL\
OiBleHBlY3RlZCDABiwgZ290IMAAFnNsaWNlIGluZGV4IHN0YXJ0cyBhdCDADSBidXQgZW5kcyBh\
dCDAACBpbmRleCBvdXQgb2YgYm91bmRzOiB0aGUgbGVuIGlzIMASIGJ1dCB0aGUgaW5kZXggaXMg\
wAAqdGhlIGJvZHkgbXVzdCBiZSBhIEpTT04gb2JqZWN0LCBidXQgaXQgaXMgwAAtdGhlICJ0eXBl\
IiBmaWVsZCBtdXN0IGJlIGEgc3RyaW5nLCBidXQgaXQgaXMgwADAHyBtYXRjaGVzIGV2ZW50RGVu\
eWxpc3QgcGF0dGVybiDAABx0aGUgYm9keSBpcyBub3QgdmFsaWQgSlNPTjogwAkgYXQgbGluZSDA\
CCBjb2x1bW4gwAAScmFuZ2Ugc3RhcnQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBv\
ZiBsZW5ndGggwAAQcmFuZ2UgZW5kIGluZGV4IMAiIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2Yg\
bGVuZ3RoIMAACHNldHRpbmcgwBA6IHVua25vd24gdmFsdWUgwBI7IGV4cGVjdGVkIG9uZSBvZiDA\
AClzZXR0aW5ncyBtdXN0IGJlIGFuIG9iamVjdCwgYnV0IHRoZXkgYXJlIMAAEXRoZSBzZXR0aW5n\
cyBhcmUgwAAJZXhwZWN0ZWQgwAAQdW5rbm93biBzZXR0aW5nIMACOyDAABBhc3NlcnRpb24gYGxl\
ZnQgwBcgcmlnaHRgIGZhaWxlZAogIGxlZnQ6IMAJCiByaWdodDogwAAQYXNzZXJ0aW9uIGBsZWZ0\
IMAQIHJpZ2h0YCBmYWlsZWQ6IMAJCiAgbGVmdDogwAkKIHJpZ2h0OiDAAEhjYW5ub3QgYWNjZXNz\
IGEgVGhyZWFkIExvY2FsIFN0b3JhZ2UgdmFsdWUgZHVyaW5nIG9yIGFmdGVyIGRlc3RydWN0aW9u\
OiDAAB1zZXR0aW5ncyBhcmUgbm90IHZhbGlkIEpTT046IMAAwAI6IMAAwAQgaXMgwCggZXZlbnQs\
IHdoaWNoIGNvbmNlcm5zIG5vIGN1c3RvbWVyLCBhbmQgwAEgwADAHiBuYW1lcyBubyBjdXN0b21l\
ciAobG9va2VkIGluIMAGKSBhbmQgwAEgwADAJSBtYXRjaGVzIG5vIHBhdHRlcm4gaW4gZXZlbnRB\
bGxvd2xpc3QAEXRoZSAidHlwZSIgZmllbGQgwEEgZ2l2ZXMgYW4gZW1wdHkgZXZlbnQgbmFtZTsg\
aXQgbmVlZHMgYXQgbGVhc3Qgb25lIGxldHRlciBvciBkaWdpdAAEdGhlIMAcIGhlYWRlciBpcyBt\
aXNzaW5nLCBhbmQgdGhlIMAUIHNldHRpbmcgcmVxdWlyZXMgaXQAEnRoZSBtZXNzYWdlSWQgZm9y\
IMAQIGlzIGxvbmdlciB0aGFuIMALIGNoYXJhY3RlcnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3\
MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvY29sbGVjdGlvbnMvYnRy\
ZWUvbWFwL2VudHJ5LnJzAHNyYy9qc29uL2JvZHkucnMAc3JjL3NvcnQucnMAL3J1c3RjLzU5ODA3\
NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvZm10\
LnJzAHNyYy9maXQucnMAc3JjL3NlY3JldC5ycwBzcmMvc2V0dGluZ3MucnMAc3JjL2lkcy5ycwAv\
cnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L3N0\
ZC9zcmMvc3lzL3RocmVhZF9sb2NhbC9ub190aHJlYWRzLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEy\
NTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3N0ci5ycwBzcmMv\
ZmlsdGVyLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYw\
L2xpYnJhcnkvY29yZS9zcmMvc2xpY2UvaXRlci5ycwBzcmMvanNvbi9udW1iZXIucnMAc3JjL3Rp\
bWVzdGFtcC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2\
MC9saWJyYXJ5L2NvcmUvc3JjL3N0ci9wYXR0ZXJuLnJzAHNyYy9qc29uL3NjYW4ucnMAc3JjL3dh\
c20ucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGli\
cmFyeS9zdGQvc3JjL3RocmVhZC9sb2NhbC5ycwAvY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNy\
YXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9mdXR1cmVzL2pzcGku\
cnMAL2NhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9z\
aGEyLTAuMTAuOS9zcmMvY29yZV9hcGkucnMAc3JjL2pzb24vdmFsdWUucnMAc3JjL2pzb24vd3Jp\
dGUucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGli\
cmFyeS9hbGxvYy9zcmMvY29sbGVjdGlvbnMvYnRyZWUvbmF2aWdhdGUucnMAc3JjL3dhcmVob3Vz\
ZS5ycwBzcmMvdGFwZS5ycwBzcmMvZXZlbnRfbmFtZS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0\
MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3VuaWNvZGUvcHJpbnRh\
YmxlLnJzAC9jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1\
N2YvZGlnZXN0LTAuMTAuNy9zcmMvY29yZV9hcGkvY3RfdmFyaWFibGUucnMAL3J1c3RjLzU5ODA3\
NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvY29s\
bGVjdGlvbnMvYnRyZWUvbm9kZS5ycwBzcmMvc3RpZ2cvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUx\
ZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc2xpY2UvbW9k\
LnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJh\
cnkvYWxsb2Mvc3JjL3Jhd192ZWMvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZi\
YWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3ZlYy9tb2QucnMAL3J1c3RjLzU5\
ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMv\
dmVjL3NwZWNfZnJvbV9pdGVyX25lc3RlZC5ycwBzcmMvanNvbi9yZWFkLnJzAC9ydXN0L2RlcHMv\
ZGxtYWxsb2MtMC4yLjExL3NyYy9kbG1hbGxvYy5ycwAvY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4\
LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9saWIucnMAL2Nh\
cmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9ibG9jay1i\
dWZmZXItMC4xMC40L3NyYy9saWIucnMAG3RoZSBKU09OIG5lc3RzIGRlZXBlciB0aGFuIMAHIGxl\
dmVscwAEdGhlIMAbIGhlYWRlciBkb2VzIG5vdCBtYXRjaCB0aGUgwAggc2V0dGluZwAIc2V0dGlu\
ZyDAFjogdGhlIHNlY3JldCBjb250YWlucyDACywgd2hpY2ggbm8gwCsgaGVhZGVyIGNhbiBjYXJy\
eTsgY29weSBpdCBhZ2FpbiBmcm9tIFN0aWdnABR0aGUgdGV4dCBlbmRzIHdoZXJlIMAKIHNob3Vs\
ZCBiZQDAA19pZAAGOyBzZXQgwDEgdG8gInRyaW0iIHRvIGRyb3AgdGhlIGxhcmdlc3QgcHJvcGVy\
dGllcyBpbnN0ZWFkAAR0aGUgwAogY2FsbCBmb3IgwCMgaGFzIG5laXRoZXIgdXNlcklkIG5vciBh\
bm9ueW1vdXNJZAABW8ABXQANZGlkIHlvdSBtZWFuIMABPwAIc2V0dGluZyDAAjogwAogY29udGFp\
bnMgwCM7IHVzZSBvbmx5IGxldHRlcnMsIGRpZ2l0cywgXyBhbmQgLgACICjADCBjaGFyYWN0ZXJz\
KQAMdGhlIGJvZHkgaXMgwMAgIGJ5dGVzOyBTZWdtZW50IGFjY2VwdHMgYXQgbW9zdCDAECBieXRl\
cyAoNTEyIEtpQikAJmNvcHlfZnJvbV9zbGljZTogc291cmNlIHNsaWNlIGxlbmd0aCAowCspIGRv\
ZXMgbm90IG1hdGNoIGRlc3RpbmF0aW9uIHNsaWNlIGxlbmd0aCAowAEpABJyZW1vdmFsIGluZGV4\
IChpcyDAFikgc2hvdWxkIGJlIDwgbGVuIChpcyDAASkAHXRoZSBib2R5IGlzIG5vdCB2YWxpZCBV\
VEYtODogwAkgYXQgYnl0ZSDAByAobGluZSDACCBjb2x1bW4gwAEpAAAAmQgQAE8AAADNAQAANwAA\
ACYIEABOAAAADQgAABEAAABjYXBhY2l0eSBvdmVyZmxvdwAAAMAMEABeAAAAOQAAABIAAAAICxAA\
XgAAAHwAAAAkAAAAqg0QAFMAAACiAAAAJwAAAKoNEABTAAAApAAAABgAAACqDRAAUwAAAKQAAAAg\
AAAAqg0QAFMAAACuAAAAFAAAAKoNEABTAAAArgAAABoAAACqDRAAUwAAAJ0AAAAYAAAAqg0QAFMA\
AACdAAAAHwAAAKoNEABTAAAAnQAAACUAAACqDRAAUwAAAC0BAAAiAAAAqg0QAFMAAAA4AQAAHgAA\
AKoNEABTAAAANQEAABgAAACgChAAEQAAAEIAAAAZAAAAoAoQABEAAAAzAAAAIgAAAKAKEAARAAAA\
NAAAAB0AAACgChAAEQAAAD0AAAAdAAAAb25NaXNzaW5nQ3VzdG9tZXJkcm9wZXJyb3Jhbm9ueW1v\
dXMAERIQAAQAAAAVEhAABQAAABoSEAAJAAAABAAAACAAAAAEAAAABQAAAAYAAAAHAAAACAAAABAA\
AAAEAAAACQAAAGludGVybmFsIGVycm9yOiBlbnRlcmVkIHVucmVhY2hhYmxlIGNvZGU6IHRoZSBm\
dWxsIHBhdGggYWx3YXlzIGhhcyB0aGUgYm9keQDzDRAACgAAAEQAAAAfAAAAPAcQAAoAAAD2AQAA\
DAAAADwHEAAKAAAA9wEAABUAAAAuLi4gYW5kICBtb3JlASBldmVuIHdpdGggZXZlcnkgcHJvcGVy\
dHkgcmVtb3ZlZCB0aGF0IG1heSBiZSAodHlwZSwgbWVzc2FnZUlkLCB0cmFjZUlkLCB0aW1lc3Rh\
bXAgYW5kIHRoZSBjdXN0b21lcidzIGlkIGFyZSBhbHdheXMga2VwdClvdmVyc2l6ZWRFdmVudHMA\
AGcTEAAPAAAAPAcQAAoAAAAjAQAAIAAAADwHEAAKAAAArgAAABwAAAA8BxAACgAAAMsAAAAtAAAA\
PAcQAAoAAADvAAAAIAAAAOKApi48BxAACgAAAPMAAAAiAAAAPAcQAAoAAAD0AAAAHAAAAHR5cGVt\
ZXNzYWdlSWR0cmFjZUlkdGltZXN0YW1waWRjdXN0b21lcklkAAAA5BMQAAQAAADoExAACQAAAPET\
EAAHAAAA+BMQAAkAAAABFBAAAgAAAAMUEAAKAAAAY3VzdG9tZXJpbnB1dAAAAEAUEAAIAAAAARQQ\
AAIAAABIFBAABQAAAAMUEAAKAAAAAAAAAAQAAAAEAAAACgAAAAsAAAALAAAAPAcQAAoAAAC1AQAA\
EAAAADwHEAAKAAAAjgEAABQAAAA8BxAACgAAAH0BAAAdAAAAPAcQAAoAAACBAQAAEQAAADwHEAAK\
AAAAYwEAADkAAAA8BxAACgAAAFwBAAAdAAAAAgAAADwHEAAKAAAAdwEAACIAAAA8BxAACgAAAG0B\
AAAdAAAAPAcQAAoAAABuAQAAGwAAADwHEAAKAAAAXwEAACYAAAA8BxAACgAAAF8BAAA/AAAAAIAA\
AAAEAADgEhAACAAAAOgSEAAFAAAAPAcQAAoAAADUAQAAEAAAAHN0aWdnLS1oLQAAAGQVEAAGAAAA\
ZQcQAAoAAABHAAAAPQAAAGUHEAAKAAAAegAAABgAAADvu790aGUgYm9keSBpcyBlbXB0eTsgYSBT\
dGlnZyB3ZWJob29rIGlzIGEgSlNPTiBvYmplY3RhIHRydW5jYXRlZCBVVEYtOCBzZXF1ZW5jZWFu\
IGludmFsaWQgVVRGLTggYnl0ZQAAANYGEAAQAAAAGgAAAEIAAABhdCBsZWFzdCAAAAAAAAgAHw0Q\
ABAAAAByAAAADgAAAEZGRkQfDRAAEAAAAHIAAAAjAAAAdW5leHBlY3RlZCB0ZXh0IGFmdGVyIHRo\
ZSBKU09OIHZhbHVlYDpgYSBzdHJpbmcga2V5YCxgIG9yIGB9YGAsYCBvciBgXWB0aGUgdGV4dCBl\
bmRzIGluc2lkZSBhIHN0cmluZ2ludmFsaWQgZXNjYXBlIGluIGEgc3RyaW5nAAAfDRAAEAAAANAB\
AAAoAAAAYSBjb250cm9sIGNoYXJhY3RlciAoVSswMDAwIHRvIFUrMDAxRikgbXVzdCBiZSBlc2Nh\
cGVkIGluIGEgc3RyaW5nYSBkaWdpdCBhZnRlciB0aGUgZGVjaW1hbCBwb2ludGEgZGlnaXQgaW4g\
dGhlIGV4cG9uZW50YSBkaWdpdHRydWVmYWxzZW51bGwfDRAAEAAAAJcBAAAXAAAAYSB2YWx1ZQAf\
DRAAEAAAAIYBAAAsAAAAXAAAAIgXEAB1AAAAkBcQAGEgXHUgZXNjYXBlIG5lZWRzIGZvdXIgaGV4\
IGRpZ2l0cwAAAOgDAAAfDRAAEAAAAFoAAAAyAAAAHw0QABAAAABPAAAAHwAAAB8NEAAQAAAASAAA\
ABMAAADpCBAAEAAAABQAAAAcAAAAYSBib29sZWFuYSBudW1iZXJhIHN0cmluZ2FuIGFycmF5YW4g\
b2JqZWN0AAAAAAAABAAAAAQAAAAMAAAADQAAAA0AAAD/CRAAEQAAAJsAAAA9AAAA/wkQABEAAACb\
AAAANwAAAP8JEAARAAAAmwAAAFQAAAD/CRAAEQAAAJsAAABOAAAA/wkQABEAAACfAAAAJwAAAP8J\
EAARAAAAnwAAADkAAAD/CRAAEQAAAKEAAAA7AAAA/wkQABEAAACiAAAAGAAAAP8JEAARAAAAowAA\
ACYAAAD/CRAAEQAAAKQAAAAZAAAA/wkQABEAAACsAAAAEQAAAP8JEAARAAAAkAAAABQAAAD/CRAA\
EQAAAJAAAAAmAAAA/wkQABEAAACUAAAAIAAAAP8JEAARAAAAlAAAADYAAAD/CRAAEQAAAGkAAAAb\
AAAAW10sAA4AAAAMAAAABAAAAA8AAAAPAAAADwAAABAAAAAAAAAABAAAAAQAAAARAAAAEgAAABMA\
AAAUAAAAIgAAABEKEAARAAAAYQAAABsAAABcIlxcXG5cclx0XGJcZgAAAAAAAAQAAAAEAAAAFQAA\
ABYAAAAWAAAAe306ABEKEAARAAAA7AAAAD8AAAARChAAEQAAAOgAAAAUAAAAEQoQABEAAADoAAAA\
JQAAAFx1MDEyMzQ1Njc4OWFiY2RlZgAAAAAAAHAAAAAIAAAAFwAAABcAAAAXAAAAGAAAAHUIEAAS\
AAAAKAAAABsAAAB1CBAAEgAAACgAAAAnAAAAdQgQABIAAACkAAAAIwAAAOcGEAALAAAANQAAABMA\
AADnBhAACwAAACAAAAApAAAA5wYQAAsAAAAgAAAAOwAAAOcGEAALAAAAJQAAACAAAADnBhAACwAA\
ACcAAAA9AAAA5wYQAAsAAAAsAAAAHQAAAOcGEAALAAAAKQAAAB0AAADnBhAACwAAACEAAAATAAAA\
5wYQAAsAAAAhAAAANQAAAOcGEAALAAAAIQAAACAAAABuYW1llAoQAAsAAAB8AAAAEgAAAJQKEAAL\
AAAAfAAAAEkAAACUChAACwAAAFcAAAASAAAAlAoQAAsAAABXAAAAGwAAAHN0aWdnLXNlZ21lbnQ6\
IHRoZSBzY3JpcHQncyBmaWVsZCBsYXlvdXQgaXMgbm90IGl0cyB3YXNtJ3M7IHJlYnVpbGQgaXRs\
aW5lY29sdW1uAAAAABQAAAAEAAAAGQAAABoAAAAbAAAAGgAAABwAAAAcAAAAHQAAAB4AAABTdGln\
Zy1XZWJob29rcy1TZWNyZXQAAAAfAAAA+ggQAAsAAAAXAQAAJwAAAHNldHRpbmdzIGFyZSBub3Qg\
c2V0IAAAAPoIEAALAAAA5wAAAB0AAAD6CBAACwAAAOkAAAAbAAAA+ggQAAsAAACLAQAAKwAAAPoI\
EAALAAAAJQEAAA4AAAD6CBAACwAAACsBAAAmAAAAAAAAACAAAAAIAAAAIQAAACIAAAAhAAAAIgAA\
ACMAAAAkAAAAJQAAACYAAAAAAAAAIAAAAAgAAAAnAAAAKAAAACkAAAAqAAAAKwAAACwAAAAtAAAA\
LgAAAGNhbGxzc2tpcHBlZGNvZGVyZWFzb25ldmVudHVzZXJJZGFub255bW91c0lkZ3JvdXBJZHBy\
b3BlcnRpZXN0cmFpdHNjb250ZXh0aW50ZWdyYXRpb252ZXJzaW9uc3RpZ2d0cmltbWVkdHJhY2tp\
ZGVudGlmeWdyb3VwMC4xLjBib2R5bm9fY3VzdG9tZXJmaWx0ZXJlZEludmFsaWRFdmVudFBheWxv\
YWRWYWxpZGF0aW9uRXJyb3JFdmVudE5vdFN1cHBvcnRlZGFkZG9uLmNyZWF0ZWRhZGRvbmFkZC1v\
bmFkZG9uLgByHRAABQAAAHcdEAAGAAAAfR0QAAYAAAABAEGou8AAC2dhZGRvbi5kZWxldGVkYWRk\
b24udXBkYXRlZGF1dG9tYXRpY19yZWNoYXJnZS5jb25maWd1cmF0aW9uLmNoYW5nZWRhdXRvbWF0\
aWMgcmVjaGFyZ2VhdXRvbWF0aWNfcmVjaGFyZ2UuAEGYvMAAC3nqHRAAEgAAAPwdEAATAAAA6BQQ\
AAEAAAAAAAAAYXV0b21hdGljX3JlY2hhcmdlLm9wZXJhdGlvbi5hdHRlbXB0ZWRjb3Vwb24uYXJj\
aGl2ZWRjb3Vwb25jb3Vwb24uAABpHhAABgAAAGkeEAAGAAAAbx4QAAcAAAABAEGcvcAAC1Jjb3Vw\
b24uY3JlYXRlZGNvdXBvbi51cGRhdGVkY3JlZGl0X2JhbGFuY2UuZGVwbGV0ZWQBAmNyZWRpdCBi\
YWxhbmNlY3JlZGl0X2JhbGFuY2UuAEH4vcAAC7UC0R4QAA4AAADfHhAADwAAAM8eEAACAAAAAAAA\
AGNyZWRpdF9iYWxhbmNlLmxvd2NyZWRpdF9ncmFudC5iYWxhbmNlLmxvd2NyZWRpdF9ncmFudGNy\
ZWRpdCBncmFudGNyZWRpdF9ncmFudC4CAQAAAD4fEAAMAAAASh8QAAwAAABWHxAADQAAAGMfEAAC\
AAAAAAAAAGNyZWRpdF9ncmFudC5jcmVhdGVkY3JlZGl0X2dyYW50LmRlcGxldGVkY3JlZGl0X2dy\
YW50LmV4cGlyZWRjcmVkaXRfZ3JhbnQudXBkYXRlZGNyZWRpdF90eXBlLmFyY2hpdmVkY3JlZGl0\
X3R5cGVjcmVkaXQgdHlwZWNyZWRpdF90eXBlLgDxHxAACwAAAPwfEAALAAAAByAQAAwAAAABAEG4\
wMAAC6YEY3JlZGl0X3R5cGUuY3JlYXRlZGNyZWRpdF90eXBlLnVuYXJjaGl2ZWRjcmVkaXRfdHlw\
ZS51cGRhdGVkY3JlZGl0cy5hdXRvbWF0aWNfcmVjaGFyZ2VfbGltaXRfZXhjZWVkZWRjcmVkaXRz\
Y3JlZGl0cy4AAAAAAAAAAJ0gEAAHAAAApCAQAAgAAADoFBAAAQAAAAAAAABjcmVkaXRzLmJhbGFu\
Y2UuZGVwbGV0ZWRjcmVkaXRzLmJhbGFuY2UudXNhZ2VfbG93Y3JlZGl0cy5leHBpcmVkY3JlZGl0\
cy5ncmFudC5kZXBsZXRlZGNyZWRpdHMuZ3JhbnQudXBkYXRlZGNyZWRpdHMuZ3JhbnQudXNhZ2Vf\
bG93Y3JlZGl0cy5ncmFudC52b2lkZWRjcmVkaXRzLmdyYW50ZWRjdXN0b21lci5jcmVhdGVkAAFj\
dXN0b21lci5AFBAACAAAAEAUEAAIAAAAhyEQAAkAAACFIRAAAgAAAAEBAABBY2NvdW50IENyZWF0\
ZWRTdGlnZydzIGN1c3RvbWVyIGlzIHRoZSBCMkIgYWNjb3VudC5jdXN0b21lci5kZWxldGVkQWNj\
b3VudCBEZWxldGVkY3VzdG9tZXIucGF5bWVudF9mYWlsZWRjdXN0b21lci51cGRhdGVkZW50aXRs\
ZW1lbnQudXNhZ2VfZXhjZWVkZWRlbnRpdGxlbWVudGVudGl0bGVtZW50LgBB6MTAAAtJRyIQAAsA\
AABSIhAADAAAAO0SEAABAAAAAAAAAGVudGl0bGVtZW50cy51cGRhdGVkZW50aXRsZW1lbnRzZW50\
aXRsZW1lbnRzLgBBvMXAAAuBApgiEAAMAAAApCIQAA0AAADtEhAAAQAAAAAAAABlbnRpdHkuY3Jl\
YXRlZGVudGl0eWVudGl0eS4A5iIQAAYAAADmIhAABgAAAOwiEAAHAAAA7RIQAAEAAAAAAAAAZW50\
aXR5LmVudGl0bGVtZW50LmNyZWF0ZWRlbnRpdHkuZW50aXRsZW1lbnQudXBkYXRlZGVudGl0eS5l\
bnRpdGxlbWVudC51c2FnZV9leGNlZWRlZGVudGl0eV90eXBlLnVwZGF0ZWRlbnRpdHlfdHlwZWVu\
dGl0eSB0eXBlZW50aXR5X3R5cGUuAACAIxAACwAAAIsjEAALAAAAliMQAAwAAAABAEHIx8AACzlm\
ZWF0dXJlLmNyZWF0ZWRmZWF0dXJlZmVhdHVyZS4AANcjEAAHAAAA1yMQAAcAAADeIxAACAAAAAEA\
QYzIwAALdWZlYXR1cmUuZGVsZXRlZGZlYXR1cmUudXBkYXRlZGZlYXR1cmVfZ3JvdXAuYXJjaGl2\
ZWRmZWF0dXJlX2dyb3VwZmVhdHVyZSBncm91cGZlYXR1cmVfZ3JvdXAuQCQQAA0AAABNJBAADQAA\
AFokEAAOAAAAAQBBjMnAAAtuZmVhdHVyZV9ncm91cC5jcmVhdGVkZmVhdHVyZV9ncm91cC51bl9h\
cmNoaXZlZGZlYXR1cmVfZ3JvdXAudXBkYXRlZG1lYXN1cmVtZW50LnJlcG9ydGVkbWVhc3VyZW1l\
bnRtZWFzdXJlbWVudC4AQYTKwAALTeMkEAALAAAA7iQQAAwAAADtEhAAAQAAAAAAAABwbGFuLmNy\
ZWF0ZWRwbGFucGxhbi4AAAAsJRAABAAAACwlEAAEAAAAMCUQAAUAAAABAEHcysAAC1FwbGFuLmRl\
bGV0ZWRwbGFuLnVwZGF0ZWRwcm9kdWN0LmNyZWF0ZWRwcm9kdWN0cHJvZHVjdC4AAIMlEAAHAAAA\
gyUQAAcAAACKJRAACAAAAAEAQbjLwAAL6wdwcm9kdWN0LmRlbGV0ZWRwcm9kdWN0LnVwZGF0ZWRw\
cm9tb3Rpb25hbEVudGl0bGVtZW50LmVuZHNfc29vbnByb21vdGlvbmFsX2VudGl0bGVtZW50cHJv\
bW90aW9uYWwgZW50aXRsZW1lbnRwcm9tb3Rpb25hbEVudGl0bGVtZW50LgD2JRAAFwAAAA0mEAAX\
AAAAJCYQABcAAADtEhAAAQAAAAAAAABwcm9tb3Rpb25hbEVudGl0bGVtZW50LmV4cGlyZWRwcm9t\
b3Rpb25hbEVudGl0bGVtZW50LmdyYW50ZWRwcm9tb3Rpb25hbEVudGl0bGVtZW50LnJldm9rZWRw\
cm9tb3Rpb25hbEVudGl0bGVtZW50LnVwZGF0ZWRzdWJzY3JpcHRpb24uYmlsbGluZ19tb250aC5l\
bmRzX3Nvb25zdWJzY3JpcHRpb25zdWJzY3JpcHRpb24uAAAA/CYQAAwAAAD8JhAADAAAAAgnEAAN\
AAAA7RIQAAEAAAAAAQEAc3Vic2NyaXB0aW9uLmNhbmNlbGVkc3Vic2NyaXB0aW9uLmNyZWF0ZV9m\
YWlsZWQDc3Vic2NyaXB0aW9uLmNyZWF0ZWRzdWJzY3JpcHRpb24uZXhwaXJlZHN1YnNjcmlwdGlv\
bi5zcGVuZF9saW1pdC5leGNlZWRlZHN1YnNjcmlwdGlvbi50cmlhbC5lbmRzX3Nvb25zdWJzY3Jp\
cHRpb24udHJpYWxfY29udmVydGVkc3Vic2NyaXB0aW9uLnRyaWFsX2V4cGlyZWRUcmlhbCBFbmRl\
ZEp1ZGdtZW50IGNhbGw6IG9ubHkgdGhlIHRyaWFsIHRoYXQgbGFwc2VkOyBhIGNvbnZlcnRlZCB0\
cmlhbCAoYHN1YnNjcmlwdGlvbi50cmlhbF9jb252ZXJ0ZWRgKSBhbHNvIGVuZHMgYnV0IGtlZXBz\
IGl0cyBvd24gbmFtZSwgc28gVHJpYWwgRW5kZWQgY291bnRzIHRyaWFscyB0aGF0IGRpZCBub3Qg\
Y29udmVydC5zdWJzY3JpcHRpb24udHJpYWxfc3RhcnRlZFRyaWFsIFN0YXJ0ZWRKdWRnbWVudCBj\
YWxsOiB0aGUgdHJpYWwncyBzdGFydCBkYXRlIGlzIHRoZSBzdWJzY3JpcHRpb24ncyBgc3RhcnRE\
YXRlYC5zdWJzY3JpcHRpb24udXBkYXRlZHN5bmMuZmFpbGVkBHN5bmNlZF9lbnRpdHlzeW5jc3lu\
Yy4AAABTKRAADQAAAGApEAAEAAAAZCkQAAUAAABSKRAAAQAAAAAAAABlHRAADQAAAAEAAAAAAAAA\
hB0QAEG008AACxsCAAAAAAAAAKgdEAANAAAAAQAAAAAAAACEHRAAQeDTwAALGwIAAAAAAAAAtR0Q\
AA0AAAABAAAAAAAAAIQdEABBjNTAAAsbAgAAAAAAAADCHRAAKAAAAOgUEAABAAAAEB4QAEG41MAA\
CxsCAAAAAAAAADQeEAAmAAAA6BQQAAEAAAAQHhAAQeTUwAALGwIAAAAAAAAAWh4QAA8AAAABAAAA\
AAAAAHgeEABBkNXAAAsbAgAAAAAAAACcHhAADgAAAAEAAAAAAAAAeB4QAEG81cAACxsCAAAAAAAA\
AKoeEAAOAAAAAQAAAAAAAAB4HhAAQejVwAALGwIAAAAAAAAAuB4QABcAAADPHhAAAgAAAPAeEABB\
lNbAAAsbAgAAAAAAAAAUHxAAEgAAAM8eEAACAAAA8B4QAEHA1sAACxsCAAAAAAAAACYfEAAYAAAA\
7RIQAAEAAABoHxAAQezWwAALGwIAAAAAAAAAjB8QABQAAABjHxAAAgAAAGgfEABBmNfAAAsbAgAA\
AAAAAACgHxAAFQAAAGMfEAACAAAAaB8QAEHE18AACxsCAAAAAAAAALUfEAAUAAAAYx8QAAIAAABo\
HxAAQfDXwAALGwIAAAAAAAAAyR8QABQAAABjHxAAAgAAAGgfEABBnNjAAAsbAgAAAAAAAADdHxAA\
FAAAAAEAAAAAAAAAFCAQAEHI2MAACxsCAAAAAAAAADggEAATAAAAAQAAAAAAAAAUIBAAQfTYwAAL\
GwIAAAAAAAAASyAQABYAAAABAAAAAAAAABQgEABBoNnAAAsbAgAAAAAAAABhIBAAEwAAAAEAAAAA\
AAAAFCAQAEHM2cAACxsCAAAAAAAAAHQgEAApAAAA6BQQAAEAAACsIBAAQfjZwAALGwIAAAAAAAAA\
0CAQABgAAADoFBAAAQAAAKwgEABBpNrAAAsbAgAAAAAAAADoIBAAGQAAAOgUEAABAAAArCAQAEHQ\
2sAACxsCAAAAAAAAAAEhEAAPAAAA6BQQAAEAAACsIBAAQfzawAALGwIAAAAAAAAAECEQABYAAADo\
FBAAAQAAAKwgEABBqNvAAAsbAgAAAAAAAAAmIRAAFQAAAOgUEAABAAAArCAQAEHU28AACxsCAAAA\
AAAAADshEAAXAAAA6BQQAAEAAACsIBAAQYDcwAALGwIAAAAAAAAAUiEQABQAAADoFBAAAQAAAKwg\
EABBrNzAAAsbAgAAAAAAAABmIRAADwAAAOgUEAABAAAArCAQAEHY3MAAC3MCAAAAAAAAAHUhEAAQ\
AAAAhSEQAAIAAACQIRAAtCEQAA8AAADDIRAAJAAAAAEAAAABAQAA5yEQABAAAACFIRAAAgAAAJAh\
EAD3IRAADwAAAMMhEAAkAAAAAQAAAAAAAAAGIhAAFwAAAO0SEAABAAAAkCEQAEHc3cAACxsCAAAA\
AQEAAB0iEAAQAAAAhSEQAAIAAACQIRAAQYjewAALGwIAAAABAQAALSIQABoAAADtEhAAAQAAAGAi\
EABBtN7AAAsbAgAAAAAAAACEIhAAFAAAAO0SEAABAAAAtCIQAEHg3sAACxsCAAAAAAAAANgiEAAO\
AAAA7RIQAAEAAAD0IhAAQYzfwAALGwIAAAAAAAAAGCMQABoAAADtEhAAAQAAAPQiEABBuN/AAAsb\
AgAAAAAAAAAyIxAAGgAAAO0SEAABAAAA9CIQAEHk38AACxsCAAAAAAAAAEwjEAAhAAAA7RIQAAEA\
AAD0IhAAQZDgwAALGwIAAAAAAAAAbSMQABMAAAABAAAAAAAAAKQjEABBvODAAAsbAgAAAAAAAADI\
IxAADwAAAAEAAAAAAAAA6CMQAEHo4MAACxsCAAAAAAAAAAwkEAAPAAAAAQAAAAAAAADoIxAAQZTh\
wAALGwIAAAAAAAAAGyQQAA8AAAABAAAAAAAAAOgjEABBwOHAAAsbAgAAAAAAAAAqJBAAFgAAAAEA\
AAAAAAAAaCQQAEHs4cAACxsCAAAAAAAAAIwkEAAVAAAAAQAAAAAAAABoJBAAQZjiwAALGwIAAAAA\
AAAAoSQQABkAAAABAAAAAAAAAGgkEABBxOLAAAsbAgAAAAAAAAC6JBAAFQAAAAEAAAAAAAAAaCQQ\
AEHw4sAACxsCAAAAAAAAAM8kEAAUAAAA7RIQAAEAAAD8JBAAQZzjwAALGwIAAAAAAAAAICUQAAwA\
AAABAAAAAAAAADglEABByOPAAAsbAgAAAAAAAABcJRAADAAAAAEAAAAAAAAAOCUQAEH048AACxsC\
AAAAAAAAAGglEAAMAAAAAQAAAAAAAAA4JRAAQaDkwAALGwIAAAAAAAAAdCUQAA8AAAABAAAAAAAA\
AJQlEABBzOTAAAsbAgAAAAAAAAC4JRAADwAAAAEAAAAAAAAAlCUQAEH45MAACxsCAAAAAAAAAMcl\
EAAPAAAAAQAAAAAAAACUJRAAQaTlwAALGwIAAAAAAAAA1iUQACAAAADtEhAAAQAAADwmEABB0OXA\
AAsbAgAAAAAAAABgJhAAHgAAAO0SEAABAAAAPCYQAEH85cAACxsCAAAAAAAAAH4mEAAeAAAA7RIQ\
AAEAAAA8JhAAQajmwAALGwIAAAAAAAAAnCYQAB4AAADtEhAAAQAAADwmEABB1ObAAAsbAgAAAAAA\
AAC6JhAAHgAAAO0SEAABAAAAPCYQAEGA58AACxsCAAAAAAAAANgmEAAkAAAA7RIQAAEAAAAYJxAA\
QaznwAALGwIAAAAAAQAAPCcQABUAAADtEhAAAQAAABgnEABB2OfAAAsbAgAAAAABAABRJxAAGgAA\
AGsnEAABAAAAGCcQAEGE6MAACxsCAAAAAAEAAGwnEAAUAAAA7RIQAAEAAAAYJxAAQbDowAALGwIA\
AAAAAQAAgCcQABQAAADtEhAAAQAAABgnEABB3OjAAAsbAgAAAAABAACUJxAAIQAAAO0SEAABAAAA\
GCcQAEGI6cAACxsCAAAAAAEAALUnEAAcAAAA7RIQAAEAAAAYJxAAQbTpwAALGwIAAAAAAQAA0ScQ\
ABwAAADtEhAAAQAAABgnEABB4OnAAAtzAgAAAAABAADtJxAAGgAAAO0SEAABAAAAGCcQAAcoEAAL\
AAAAEigQALIAAAAAAAAAAAEAAMQoEAAaAAAA7RIQAAEAAAAYJxAA3igQAA0AAADrKBAASAAAAAAA\
AAAAAQAAMykQABQAAADtEhAAAQAAABgnEABB5OrAAAsbAgAAAAABAABHKRAACwAAAFIpEAABAAAA\
bCkQAEGQ68AAC6kUAgAAAAAAAABhY2NvdW50SWRhY3RpdmVTdWJzY3JpcHRpb25zYWN0b3JhZGRv\
bnNhbW91bnRhdHRyaWJ1dGlvbktleXNhdXRvQ2FuY2VsbGF0aW9uUnVsZXNiaWxsaW5nQ3VycmVu\
Y3liaWxsaW5nSWRiaWxsaW5nUGVyaW9kY2FuY2VsbGF0aW9uRGF0ZWNoYW5nZWRCeWNvbmZpZ0lk\
Y29uc3VtZWRBbW91bnRjb25zdW1lZFBlcmNlbnRhZ2Vjb3N0Y291cG9uVHlwZWNyZWF0ZWRBdGNy\
ZWRpdEN1cnJlbmN5Y3JtSWRjdXJyZW5jeURlc2NyaXB0aW9uY3VycmVuY3lJZGN1cnJlbmN5TmFt\
ZWN1cnJlbmN5VW5pdHNjdXJyZW50QmFsYW5jZWN1cnJlbnRCaWxsaW5nTW9udGhFbmRjdXJyZW50\
QmlsbGluZ01vbnRoU3RhcnRjdXJyZW50QmlsbGluZ1BlcmlvZEVuZGN1cnJlbnRCaWxsaW5nUGVy\
aW9kU3RhcnRjdXJyZW50Q2hhbmdlY3VycmVudFNwZW5kY3VycmVudFNwZW5kUGVyY2VudGFnZWN1\
cnJlbnRVc2FnZWRlc2NyaXB0aW9uZGlzY291bnRWYWx1ZWRpc3BsYXlOYW1lZWZmZWN0aXZlQXRl\
bWFpbGVuZERhdGVlbnRpdGxlbWVudHNVcGRhdGVkQXRlbnRpdHlJZGVudGl0eVR5cGVlbnRpdHlU\
eXBlSWRlbnZpcm9ubWVudElkZXZlbnRJZGV4Y2x1ZGVGcm9tRXhwZXJpbWVudGV4cGVyaW1lbnRJ\
bmZvZXhwaXJlQXRmZWF0dXJlVHlwZWZlYXR1cmVzZ3JhbnRncmFudElkZ3JhbnRUeXBlaGFzU29m\
dExpbWl0aGFzVW5saW1pdGVkVXNhZ2Vpc0RlZmF1bHRQcm9kdWN0aXNEb3duZ3JhZGVpc0VuYWJs\
ZWRpc0xhdGVzdGlzU29mdExpbWl0aXNUcmlhbFN1YnNjcmlwdGlvbmlzVXBncmFkZWlzVmlzaWJs\
ZW1heFNwZW5kTGltaXRtZXRhZGF0YW1ldGVyVHlwZW9yaWdpbmF0aW5nRXZlbnRJZHBhY2thZ2VF\
bnRpdGxlbWVudHNwYXltZW50Q29sbGVjdGlvbnBlcmNlbnRhZ2VVc2VkcGVyaW9kcHJpY2VzcHJp\
b3JpdHlwcm9kdWN0SWRyZW1haW5pbmdCYWxhbmNlcmVtYWluaW5nQmFsYW5jZVBlcmNlbnRhZ2Vy\
ZXNldFBlcmlvZHJlc2V0UGVyaW9kQ29uZmlndXJhdGlvbnJlc291cmNlcmVzb3VyY2VJZHNwZW5k\
TGltaXRzdGFydERhdGVzdGF0dXNzdWJzY3JpcHRpb25VcGRhdGVVc2FnZVJlc2V0QmVoYXZpb3J0\
aHJlc2hvbGR0aHJlc2hvbGRQZXJjZW50YWdldG90YWxDb25zdW1lZHRvdGFsR3JhbnRlZHRvdGFs\
U3BlbnR0cmlhbEVuZERhdGV0cmlnZ2VydW5pdHVuaXRMYWJlbHVuaXRzdXBkYXRlZEF0dXNhZ2VM\
aW1pdHVzYWdlUGVyaW9kQW5jaG9ydXNhZ2VQZXJpb2RFbmR1c2FnZVBlcmlvZFN0YXJ0dXNhZ2VV\
c2VkUGVyY2VudGFnZXZlbmRvcklkZW50aWZpZXIAmDUQAAkAAAChNRAAEwAAALQ1EAAFAAAAuTUQ\
AAYAAAC/NRAABgAAAMU1EAAPAAAA1DUQABUAAADpNRAADwAAAPg1EAAJAAAAATYQAA0AAAAONhAA\
EAAAAB42EAAJAAAAJzYQAAgAAAAvNhAADgAAAD02EAASAAAATzYQAAQAAABTNhAACgAAAF02EAAJ\
AAAAZjYQAA4AAAB0NhAABQAAAHk2EAATAAAAjDYQAAoAAACWNhAADAAAAKI2EAANAAAArzYQAA4A\
AAC9NhAAFgAAANM2EAAYAAAA6zYQABcAAAACNxAAGQAAABs3EAANAAAAKDcQAAwAAAA0NxAAFgAA\
AEo3EAAMAAAAQBQQAAgAAAADFBAACgAAAFY3EAALAAAAYTcQAA0AAABuNxAACwAAAHk3EAALAAAA\
hDcQAAUAAACJNxAABwAAAJgiEAAMAAAAkDcQABUAAADmIhAABgAAAKU3EAAIAAAArTcQAAoAAAC3\
NxAADAAAAMM3EAANAAAAFRIQAAUAAADQNxAABwAAANc3EAAVAAAA7DcQAA4AAAD6NxAACAAAANcj\
EAAHAAAAAjgQAAsAAAANOBAACAAAABU4EAAFAAAAGjgQAAcAAAAhOBAACQAAACo4EAAMAAAANjgQ\
ABEAAAABFBAAAgAAAEgUEAAFAAAARzgQABAAAABXOBAACwAAAGI4EAAJAAAAazgQAAgAAABzOBAA\
CwAAAH44EAATAAAAkTgQAAkAAACaOBAACQAAAKM4EAANAAAA6BMQAAkAAACwOBAACAAAALg4EAAJ\
AAAA8BoQAAQAAADBOBAAEgAAANM4EAATAAAA5jgQABEAAAD3OBAADgAAAAU5EAAGAAAALCUQAAQA\
AAALORAABgAAABE5EAAIAAAAGTkQAAkAAACsHBAABgAAACI5EAAQAAAAMjkQABoAAABMORAACwAA\
AFc5EAAYAAAAbzkQAAgAAAB3ORAACgAAAIE5EAAKAAAAizkQAAkAAACUORAABgAAAPwmEAAMAAAA\
mjkQACQAAAC+ORAACQAAAMc5EAATAAAA+BMQAAkAAADaORAADQAAAOc5EAAMAAAA8zkQAAoAAADx\
ExAABwAAAP05EAAMAAAACToQAAcAAADkExAABAAAABA6EAAEAAAAFDoQAAkAAAAdOhAABQAAACI6\
EAAJAAAAKzoQAAoAAAA1OhAAEQAAAEY6EAAOAAAAVDoQABAAAABkOhAAEwAAAHc6EAAQAAAA8RwQ\
AAcAAACLORAACQAAAHRyaWFsX3N0YXJ0X2RhdGX9ORAADAAAAHRyaWFsX2VuZF9kYXRldHJpYWxf\
cGxhbl9uYW1lAAAA8BoQAAQAAABhY2NvdW50X25hbWWJNxAABwAAAGFuYWN1c3RvbWVyLmlkaW5w\
dXQuY3VzdG9tZXJJZGlkIHdoZW4gZW50aXR5VHlwZSBpcyAiQ1VTVE9NRVIiAADwGhAABAAAAIQ3\
EAAFAAAA+DUQAAkAAAB0NhAABQAAALA4EAAIAAAAXTYQAAkAAABzdWJzY3JpcHRpb25TdGF0dXMA\
AJQ5EAAGAAAAATYQAA0AAAAEPxAAEgAAABg/EAABAAAAATYQAA0AAAAgPxAAAQAAAP05EAAMAAAA\
UD4QAAEAAABzdGlnZ1VwZGF0ZWRBdAABAgMEAOQTEAAEAAAA6BMQAAkAAAD4ExAACQAAAAEUEAAC\
AAAAQBQQAAgAAAABFBAAAgAAAAMUEAAKAAAASBQQAAUAAAADFBAACgAAAK03EAAKAEHM/8AAC7sB\
LCUQAAQAAADwGhAABAAAACwlEAAEAAAAbjcQAAsAAAAsJRAABAAAAAEUEAACAAAAcGxhbklkAAD8\
PxAABgAAAMw/EAACAAAA3D8QAAIAAADsPxAAAgAAAARAEAABAAAALCAAAMMLEAAQAAAAMwAAABgA\
AABAFBAACAAAAEAUEAAIAAAAhyEQAAkAAACFIRAAAgAAAAEBAAD8JhAADAAAAPwmEAAMAAAACCcQ\
AA0AAADtEhAAAQAAAAABAQBBkIHBAAsVRyIQAAsAAABSIhAADAAAAO0SEAABAEG0gcEACzmYIhAA\
DAAAAKQiEAANAAAA7RIQAAEAAAAAAAAA9iUQABcAAAANJhAAFwAAACQmEAAXAAAA7RIQAAEAQfyB\
wQALFeMkEAALAAAA7iQQAAwAAADtEhAAAQBBoILBAAs50R4QAA4AAADfHhAADwAAAM8eEAACAAAA\
AAAAAD4fEAAMAAAASh8QAAwAAABWHxAADQAAAGMfEAACAEHogsEACxWdIBAABwAAAKQgEAAIAAAA\
6BQQAAEAQYyDwQALWeodEAASAAAA/B0QABMAAADoFBAAAQAAAAAAAABTKRAADQAAAGApEAAEAAAA\
ZCkQAAUAAABSKRAAAQAAAAAAAAAsJRAABAAAACwlEAAEAAAAMCUQAAUAAAABAEHwg8EACxlyHRAA\
BQAAAHcdEAAGAAAAfR0QAAYAAAABAEGUhMEACxnXIxAABwAAANcjEAAHAAAA3iMQAAgAAAABAEG4\
hMEACxlAJBAADQAAAE0kEAANAAAAWiQQAA4AAAABAEHchMEACxmDJRAABwAAAIMlEAAHAAAAiiUQ\
AAgAAAABAEGAhcEACxlpHhAABgAAAGkeEAAGAAAAbx4QAAcAAAABAEGkhcEACxnxHxAACwAAAPwf\
EAALAAAAByAQAAwAAAABAEHIhcEACxmAIxAACwAAAIsjEAALAAAAliMQAAwAAAABAEHshcEAC3nm\
IhAABgAAAOYiEAAGAAAA7CIQAAcAAADtEhAAAQAAAAAAAAABAgNpcyAiZHJvcCJpcyAiZXJyb3Ii\
AADwGhAABAAAAIQ3EAAFAAAA+DUQAAkAAAB0NhAABQAAALA4EAAIAAAAAAAAAGgAAAAEAAAALwAA\
ADAAAAAxAEHwhsEAC5kGAQAAADIAAAAAAAAAAQAAAAIAAAADAAAABAAAAAUAAAAGAAAAAAAAAAEA\
AAACAAAAAwAAAAQAAAAFAAAABgAAAAcAAAAYCBAADQAAADAAAAAMAAAARwcQAA0AAAAuAAAAHgAA\
ALAbEAAVAAAAd2ViaG9va1NlY3JldAAAANxDEAANAAAAdGhlIGJvZHkgaGFzIG5vICJ0eXBlIiBm\
aWVsZDsgZXZlcnkgU3RpZ2cgd2ViaG9vayBuYW1lcyBpdHMgdHlwZSwgc3VjaCBhcyAic3Vic2Ny\
aXB0aW9uLmNyZWF0ZWQidGhlICJ0eXBlIiBmaWVsZCBpcyBlbXB0eTAAAAAAAAABAAAAAAAAANxD\
EAANAAAABAAAAAAAAABhIG5vbi1BU0NJSSBjaGFyYWN0ZXJhIGNvbnRyb2wgY2hhcmFjdGVyVQcQ\
AA8AAACwAQAADQAAAFUHEAAPAAAAqwEAACgAAABVBxAADwAAAKwBAAA3AAAAVQcQAA8AAACsAQAA\
TwAAAFUHEAAPAAAArAEAABQAAABldmVudE5hbWVTdHlsZXNuYWtlX2Nhc2VPYmplY3QgQWN0aW9u\
b3JpZ2luYWxTZWdtZW50IFNwZWMAAAASRRAACgAAABxFEAANAAAAKUUQAAgAAAAxRRAADAAAAGV2\
ZW50QWxsb3dsaXN0ZXZlbnREZW55bGlzdHJlZGFjdFByb3BlcnRpZXNpZGVudGlmeUN1c3RvbWVy\
c3RyaW2cRRAABAAAABUSEAAFAAAAbWVzc2FnZUlkTmFtZXNwYWNlZ3JvdXBDYWxsc3BsYW5UcmFp\
dHN3YXJlaG91c2VTYWZlUHJvcGVydGllcwAAANxDEAANAAAABEUQAA4AAAAAEhAAEQAAAGBFEAAO\
AAAAbkUQAA0AAAB7RRAAEAAAAItFEAARAAAAZxMQAA8AAACwRRAAEgAAAMJFEAAKAAAAzEUQAAoA\
AADWRRAAFwAAAAAAAAASRRAACgAAAARFEAAOAAAAQEUQAAQAAAAAAAAAERIQAAQAAAAAEhAAEQAA\
ACQSEAADAAAAAgBBlI3BAAsRYEUQAA4AAAAEAAAAAAAAAAIAQbCNwQALEW5FEAANAAAABAAAAAAA\
AAACAEHMjcEACxJ7RRAAEAAAAAQAAAAAAAAAAQEAQeiNwQALCYtFEAARAAAABABB/I3BAAs1nEUQ\
AAQAAABnExAADwAAAKBFEAACAAAAAAAAAAEAAAAAAAAAsEUQABIAAAAEAAAAAAAAAAEAQbyOwQAL\
EcJFEAAKAAAABAAAAAAAAAABAEHYjsEACxHMRRAACgAAAAQAAAAAAAAAAQBB9I7BAAu5ENZFEAAX\
AAAABAAAAAAAAAB0cnVlIG9yIGZhbHNlYW4gYXJyYXkgb2Ygc3RyaW5nc2QAAACICBAAEAAAACgA\
AAA1AAAAYW5vbnltb3VzX2lkbG9hZGVkX2F0b3JpZ2luYWxfdGltZXN0YW1wcmVjZWl2ZWRfYXRz\
ZW50X2F0dXNlcl9pZHV1aWR1dWlkX3RzALhHEAAMAAAAARQQAAIAAADERxAACQAAAM1HEAASAAAA\
30cQAAsAAADqRxAABwAAAPgTEAAJAAAA8UcQAAcAAAD4RxAABAAAAPxHEAAHAAAAgwoQABAAAABR\
AAAAEgAAAIMKEAAQAAAAVQAAABcAAABldmVudF90ZXh0AACyHBAABQAAAHRIEAAKAAAAZ3JvdXBf\
aWSQSBAACAAAAN8cEAAHAAAAY29udGV4dF+wOBAACAAAAEAUEAAIAAAAsDgQAAgAAAAsJRAABAAA\
ALA4EAAIAAAAsEgQAAEAAAC4SBAAAgAAAMhIEAACAAAAQXR0ZW1wdGVkIHRvIGluaXRpYWxpemUg\
dGhyZWFkLWxvY2FsIHdoaWxlIGl0IGlzIGJlaW5nIGRyb3BwZWQAAHAHEABeAAAAawAAAA0AAAAG\
CRAATwAAAN8BAAAZAAAAbWlkID4gbGVuAAAA1AsQAE0AAACCCgAAJQAAANQLEABNAAAA8gMAABwA\
AADUCxAATQAAAPMDAAAcAAAA1AsQAE0AAAD3AwAAIAAAANQLEABNAAAA9wMAACsAAAAjChAAXwAA\
AMYAAAAnAAAAdQYQAGAAAACgAQAALgAAAGFzc2VydGlvbiBmYWlsZWQ6IGlkeCA8IENBUEFDSVRZ\
ZwsQAFsAAACeAgAACQAAAGFzc2VydGlvbiBmYWlsZWQ6IGVkZ2UuaGVpZ2h0ID09IHNlbGYuaGVp\
Z2h0IC0gMWcLEABbAAAAtgIAAAkAAABnCxAAWwAAALoCAAAJAAAAZwsQAFsAAADwAAAATQAAAGFz\
c2VydGlvbiBmYWlsZWQ6IHNyYy5sZW4oKSA9PSBkc3QubGVuKClnCxAAWwAAAFQHAAAFAAAAZwsQ\
AFsAAADQBAAAIwAAAGcLEABbAAAAEwUAACQAAABhc3NlcnRpb24gZmFpbGVkOiBlZGdlLmhlaWdo\
dCA9PSBzZWxmLm5vZGUuaGVpZ2h0IC0gMQAAAGcLEABbAAAAAwQAAAkAAAAjChAAXwAAAFgCAAAw\
AAAAzwcQAEgAAACxAAAAFgAAAGF0dGVtcHQgdG8gam9pbiBpbnRvIGNvbGxlY3Rpb24gd2l0aCBs\
ZW4gPiB1c2l6ZTo6TUFYAAAAzwcQAEgAAACaAAAACgAAAHMMEABMAAAArw8AAA0AAACuCRAAUAAA\
AEIAAAATAAAAAAAAAGfmCWqFrme7cvNuPDr1T6V/Ug5RjGgFm6vZgx8ZzeBbIjoAAAQAAAAJAAAA\
CAAAAAgAAAAIAAAACQAAAFwXEAAAGBAACRgQABEYEAAZGBAAIRgQAAUAAAAHAAAABAAAAAYAAAAE\
AAAABQAAAAYAAAALAAAABwAAAAoAAAAGAAAACQAAAAkAAAAHAAAACwAAAAQAAAAHAAAABQAAAAcA\
AAAFAAAACAAAAAUAAAAFAAAABQAAAAQAAAALAAAACAAAAJwcEAChHBAAqBwQAKwcEADkExAAshwQ\
ALccEAC9HBAAyBwQAM8cEADZHBAA6BMQAPgTEADfHBAA5hwQAPAaEADxHBAA+BwQAP0cEAAEHRAA\
CR0QABEdEAD4HBAAFh0QABsdEAAfHRAAKh0QAJQ+EACWPhAAlD4QAJY+EACUPhAAlj4QAJY+EACU\
PhAAlj4QAJY+EACUPhAAAgAAAAEAAAACAAAAAQAAAAIAAAABAAAAAQAAAAIAAAABAAAAAQAAAAIA\
AAACAAAACwAAAAoAAAAQAAAAIAAAAAEUEACXPhAAAxQQAKI+EACyPhAAAwAAAAQAAAAFAAAABgAA\
AAMAAAABAAAAAQAAAAEAAAABAAAAAgAAAAEAAAACAAAAAQAAAGw/EAB0PxAAfD8QAIQ/EACMPxAA\
nD8QAKQ/EAC0PxAAEwAAAA8AAAARAAAAMh0QAEUdEABUHRAAY2xvc3VyZSBpbnZva2VkIHJlY3Vy\
c2l2ZWx5IG9yIGFmdGVyIGJlaW5nIGRyb3BwZWQAAFsNEABOAAAA+TsAAAEAAABfAAAAYAAAAGEA\
AABiAAAAVgkQAFcAAADIAAAALAAAAFYJEABXAAAAuwAAACAAAABUcmllZCB0byBzaHJpbmsgdG8g\
YSBsYXJnZXIgY2FwYWNpdHkiDBAAUAAAACwDAAAJAAAAJggQAE4AAABxBwAAEQAAAGcAAAAMAAAA\
BAAAAGgAAABpAAAAagAAAAAAAAAIAAAABAAAAGsAAABsAAAAbQAAAG4AAABvAAAAEAAAAAQAAABw\
AAAAcQAAAHIAAABzAAAAbV3L1ixQ62N4QaZXcRuLuRWiXFU0VQfUU3itgVHwo/dhc3NlcnRpb24g\
ZmFpbGVkOiBwc2l6ZSA+PSBzaXplICsgbWluX292ZXJoZWFkAAAwDRAAKgAAALEEAAAJAAAAYXNz\
ZXJ0aW9uIGZhaWxlZDogcHNpemUgPD0gc2l6ZSArIG1heF9vdmVyaGVhZAAAMA0QACoAAAC3BAAA\
DQAAAAAAAAAIAAAABAAAAHQAAABBY2Nlc3NFcnJvcgBnAAAADAAAAAQAAAB1AAAA77+9Y2FwYWNp\
dHkgb3ZlcmZsb3ciDBAAUAAAABwAAAAFAAAAdgAAAAwAAAAEAAAAdwAAAHgAAAB5AEG4n8EAC4AB\
AQAAAHoAAABhIGZvcm1hdHRpbmcgdHJhaXQgaW1wbGVtZW50YXRpb24gcmV0dXJuZWQgYW4gZXJy\
b3Igd2hlbiB0aGUgdW5kZXJseWluZyBzdHJlYW0gZGlkIG5vdAAA8wYQAEgAAACPAgAADgAAAEVy\
cm9yAgICAgICAgICAgIAQdWgwQALCAICAAAAAAACAEGMocEACwECAEGyocEACwEBAEHNocEACwEB\
AEGuosEAC6QJcAAHAC0BAQECAQIBAUgLMBUQAWUHAgYCAgEEIwEeG1sLOgkJARgEAQkBAwEFKwM7\
CSoYASA3AQEBBAgEAQMHCgIdAToBAQECBAgBCQEKAhoBAgI5AQQCBAICAwMBHgIDAQsCOQEEBQEC\
BAEUAhYGAQE6AQECAQQIAQcDCgIeATsBAQEMAQkBKAEDATcBAQMFAwEEBwILAh0BOgECAgEBAwMB\
BAcCCwIcAjkCAQECBAgBCQEKAh0BSAEEAQIDAQEIAVEBAgcMCGIBAgkLB0kCGwEBAQEBNw4BBQEC\
BQsBJAkBZgQBBgECAgIZAgQDEAQNAQICBgEPAQADAAQcAx0CHgJAAgEHCAECCwkBLQMBAXUCIgF2\
AwQCCQEGA9sCAgE6AQEHAQEBAQIIBgoCATAuAgwUBDAKBAMmCQwCIAQCBjgBAQIDAQEFOAgCApgD\
AQ0BBwQBBgEDAsZAAAHDIQADjQFgIAAGaQIABAEKIAJQAgABAwEEARkCBQGXAhoSDQEmCBkLAQEs\
AzABAgQCAgIBJAFDBgICAgIMAQgBLwEzAQEDAgIFAgEBKgIIAe4BAgEEAQABABAQEAACAAHiAZUF\
AAMBAgUEKAMEAaUCAARBBQACTQZGCzEEewE2DykBAgIKAzEEAgIHAT0DJAUBCD4BDAI0CQEBCAQC\
AV8DAgQGAQIBnQEDCBUCOQIBAQEBDAEJAQ4HAwVDAQIGAQECAQEDBAMBAQ4CVQgCAwEBFwFRAQIG\
AQECAQECAQLrAQIEBgIBAhsCVQgCAQECagEBAQIIZQEBAQIEAQUACQEC9QEKBAQBkAQCAgQBIAoo\
BgIECAEJBgIDLg0BAsYBAQMBAckHAQYBAVIWAgcBAgECegYDAQECAQcBAUgCAwEBAQACCwI0BQUD\
FwEAAQYPAAwDAwAFOwcAAT8EUQELAgACAC4CFwAFAwYICAIHHgSUAwA3BDIIAQ4BFgUBDwAHAREC\
BwECAQVkAaAHAAE9BAAE/gLzAQIBBwIFAQAHbQcAYIDwADAxMjM0NTY3ODlhYmNkZWYAAAAABAAA\
AAQAAACCAAAAfSB9Wy4uLl1jYWxsZWQgYE9wdGlvbjo6dW53cmFwKClgIG9uIGEgYE5vbmVgIHZh\
bHVlPT0hPW1hdGNoZXMwMDAxMDIwMzA0MDUwNjA3MDgwOTEwMTExMjEzMTQxNTE2MTcxODE5MjAy\
MTIyMjMyNDI1MjYyNzI4MjkzMDMxMzIzMzM0MzUzNjM3MzgzOTQwNDE0MjQzNDQ0NTQ2NDc0ODQ5\
NTA1MTUyNTM1NDU1NTY1NzU4NTk2MDYxNjI2MzY0NjU2NjY3Njg2OTcwNzE3MjczNzQ3NTc2Nzc3\
ODc5ODA4MTgyODM4NDg1ODY4Nzg4ODk5MDkxOTI5Mzk0OTU5Njk3OTg5OQEBAQEBAQEBAQEBAQEB\
AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\
AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\
AEGUrMEACzMCAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIDAwMDAwMDAwMDAwMDAwMDBAQE\
BAQAQdOswQAL1g0GAQEDAQQCBQcHAggICQIKBQsCDgQQARECEgUTHBQBFQIXAhkNHAUdCB8BJAFq\
BGsCbgKvA7ECvALPAtEC1AzVCdYC1wLaAeAF4QLmAecE6ALuIPAE+AL6BfsBDCc7Pk5Pj56en3uL\
k5aisrqGsQYHCTY9Plbz0NEEFBg2N1ZXf6qur7014BKHiY6eBA0OERIpMTQ6RUZJSk5PZGWKjI2P\
tsHDxMbL1ly2txscBwgKCxQXNjk6qKnY2Qk3kJGoBwo7PmZpj5IRb1+/7u9aYrm69Pz/U1Samy4v\
JyhVnaCho6SnqK26vMQGCwwVHTo/RVGmp8zNoAcZGiIlPj/f5+zv/8XGBCAjJSYoMzg6SEpMUFNV\
VlhaXF5gY2Vma3N4fX+KpKqvsMDQrq9ub8fd3pNeInsFAwQtA2YDAS8ugIIdAzEPHAQkCR4FKwVE\
BA4qgKoGJAQkBCgINAtOAzQMgTcJFgoIGDtFOQNjCAkwFgUhAxsFGyY4BEsFLwQKBwkHQCAnBAwJ\
NgM6BRoHBAwHUEk3Mw0zBy4ICgYmAx0IAoDQUhAGCAkhLggqFhomHBQXCU4EJAlEDRkHCgZICCcJ\
dQtCPioGOwUKBlEGAQUQAwULWQgCHWIeSAgKgKZeIkULCgYNEzoGCgYUHCwEF4C5PGRTDEgJCkZF\
G0gIUw1JBwpWCFgiDgoGRgodA0dJNwMOCAoGOQcKBiwECoD2GQc7Ax1VAQ8yDYObZnULgMSKTGMN\
hDAQFgqPmwWCR5q5OobGgjkHKgRcBiYKRgooBROBsDqAxlsFNCxLBDkHEUAFCwcJnNYpIGFzof2B\
Mw8BHQYOBAiBjIkEawUNAwkHEI9ggP0DgbQGFw8RD0cJdDyA9gpzCHAVRnoUDBQMVwkZgIeBRwOF\
Qg8VhFAfBgaA1SsFPiEBcC0DGgQCgUAfEToFAYHQKoDWKwQBgMA2CAKA4ID3KUwECgQCgxFETD2A\
wjwGAQRVBRs0AoEOLARkDFYKgK44HQ0sBAkHAg4GgJqD2QMRAw0DgNoGDAQBDwwEOAgKBigILAQC\
DgkngVgIHQMLAzsEHgQKB4D7hAUAAQMFBQYGAgcGCAcJEQocCxkMGQ0QDgwPBBADEhITCRYBFwQY\
ARkDGgkbARwCHxYgAysCLQsuATAEMQIyAakCqgSrCPoC+wX+A/8JrXh5i42iMFdYi4yQHN0OD0tM\
+/wuLz9cXV/ihI2OkZKpsbq7xcbJyt7k5f8ABBESKTE0Nzo7PUlKXYSOkqmxtLq7xsrOz+TlAAQN\
DhESKTE0OjtFRklKXmRlhJGbncnOzw0RKTo7RUlXW15fZGWNkam0urvFyd/k5fANEUVJZGWAhLK8\
vr/V1/Dxg4WLpKa+v8XHz9rbSJi9zcbOz0lOT1dZXl+Jjo+xtre/wcbH1xEWF1tc9vf+/4Btcd7f\
Dh9ubxwdX31+rq/e3027vBYXHh9GR05PWFpcXn5/tcXU1dzw8fVyc490dSYuL6evt7/Hz9ffmgBA\
l5gwjx/O/05PWlsHCA8QJy/u725vNz0/QkVTZ3XIydDR2Nnn/v8AIF8igt8EgkQIGwQGEYGsDoCr\
BSAHgRwDGQgBBC8ENAQHAwEHBgcRClAPEgdVBwMEHAoJAwgDBwMCAwMDDAQFAwsGAQ4VBU4HGwdX\
BwIFGAxQBEMDLQMBBBEGDww6BB0lXyBtBGolgMgFgrADGgaC/QNZBxYJGAkUDBQMagYKBhoGWQcr\
BUYKLAQMBAEDMQssBBoGCwOArAYKBkwUgPQIPAMPAz4FOAgrBYL/ERgILxEtAyIOIQ+AjASCmhYL\
FYiUBS8FOwcCDhgJgL4idAyA1hqBEAWA4QnyngM3CYFcFIC4CIDdFDwDCgY4CEYIDAZ0Cx4DWgRZ\
CYCDGBwKFglMBICKBqukDBcEMaEEgdomBwwFBYKzICoGTASAjQSAvgMbAw8NAACyChAAVQAAAAoA\
AAArAAAAsgoQAFUAAAAaAAAANgAAAGF0dGVtcHQgdG8gZGl2aWRlIGJ5IHplcm8AAAAAAwAAgwQg\
AJEFYABdE6AAEhcgHwwgYB/vLGArKjDgK2+moCwCqCAtHvsgLgD+YDae/6A2/QEhNwEKYTckDSE4\
qw6hOS8YITrzHiFLQDShUx5h4VTwamFVT2/hVZ28YVYAz2FXZdGhVwDaIVgA4KFZruIhW+zk4VzQ\
6GFdIADuXvABf18uLjB4MDEyMzQ1Njc4OUFCQ0RFRlJlZkNlbGwgYWxyZWFkeSBtdXRhYmx5IGJv\
cnJvd2VkUmVmQ2VsbCBhbHJlYWR5IGJvcnJvd2Vkf1QQAIFUEACDVBAAAgAAAAIAAAAHAEGzusEA\
CwGAAEGAu8EACwFkAEGMu8EACwEEAJQBD3RhcmdldF9mZWF0dXJlcwgrD211dGFibGUtZ2xvYmFs\
cysTbm9udHJhcHBpbmctZnB0b2ludCsLYnVsay1tZW1vcnkrCHNpZ24tZXh0Kw9yZWZlcmVuY2Ut\
dHlwZXMrCm11bHRpdmFsdWUrD2J1bGstbWVtb3J5LW9wdCsWY2FsbC1pbmRpcmVjdC1vdmVybG9u\
Zw==\
';
}
