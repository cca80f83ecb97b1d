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
//   136544 bytes, SHA-256 135bd95e7aac6142a734eee36c5f9a7a420daab432cc9a80be05402c220cf200
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
AT2EA6UD7QLbAv0CIm6mA6cDRwwBcwr75wa0A9MlAgl/AX4jAEEQayIIJAACQAJAAkAgAEH1AU8E\
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
AGoQlQMgAkHgAGoQigMLIAJBkANqJAALskMCGX8BfiMAQZADayIFJAAgBUGIAmohCSABKAIEIRAg\
ASgCCCEPIAIoAhAhDiACKAIUIQggAigCHCEHIAIoAiAhCiMAQTBrIgYkAAJAAkAgCARAIAhBDGwh\
CANAIAhFDQIgCEEMayEIIA4oAgghCyAOKAIEIA5BDGohDiALIBAgDxBKRQ0ACwsgCkEMbCEOAkAD\
QCAORQ0BIA5BDGshDiAHKAIIIQggBygCBCEKIAdBDGohByAKIAggECAPEEpFDQALIAZBCGoiDiAQ\
IA8QKSAGQRRqIgcgCiAIECkgBkEDNgIsIAZBAzYCJCAGIAc2AiggBiAONgIgIAlB6oXAACAGQSBq\
EKoCIAcQigMgDhCKAwwCCyAJQYCAgIB4NgIADAELIAZBIGoiDiAQIA8QKSAGQQM2AhggBiAONgIU\
IAlBiovAACAGQRRqEKoCIA4QigMLIAZBMGokAAJAIAUoAogCQYCAgIB4RwRAIAAgBSgCkAI2Ahgg\
ACAFKQKIAjcCECAAQQE6ABwgAEIENwIIIABCADcCAAwBCyAFQRhqIQwjAEEwayIIJAAgCEGPhcEA\
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
AkACQAJAAkACQCAFKAIYQYCAgIB4Rw0AIAItAEFBAWsOAgIAAQsgBUGEA2ohBiMAQSBrIgEkACAB\
QRBqIgggDigCIEEBIA4oAiQoAgwRAQACQCABLQAQIgdBA0cEQCAGQYCAgIB4NgIAIAdBBkYNASAI\
EO0BDAELIAFBCGogASgCGCABKAIcEE8gASgCDEUEQCAGQYCAgIB4NgIAIAFBFGoQigMMAQsgBiAB\
KAIcNgIIIAYgASkCFDcCAAsgAUEgaiQAIAUoAoQDQYCAgIB4Rg0CIAUgBSkChAM3A5ABIAUgBSgC\
jAMiBzYCmAEgBUGIAmohCSAFKAKUASEKIwBBIGsiCCQAAkACQCAHQdUATQRAIAggCjYCDCAIIAcg\
Cmo2AhAgCEEMaiILKAIAIQEgCygCBCEMA0AgDCABIgZHBEAgCyABQQFqIgE2AgAgBi0AAEH/AGtB\
/wFxQaEBSw0BCwsgBiAMRg0BCyAIQQxqIgEgCiAHEIMBIAhBAzYCHCAIIAE2AhggCUGNgcAAIAhB\
GGoQqgIgARCKAwwBCyAJIAogBxCXAQsgCUEANgIUIAlCgICAgBA3AgwgCEEgaiQAIAVBkAFqEIoD\
DAMLIABBEGogDkGPhcEAQQkQOyAAQQA6ABwgAEIENwIIIABCADcCAAwICyAFQZACaiAOQZiFwQBB\
ChA7IABCATcCACAAQQI6ABwgACAFKQKIAjcCCCAAIAUpApACNwIQIAAgBSgCmAI2AhgMBwsgAyAE\
KAIMEQUAIgZFDQEjAEGQAmsiASQAIAFBMGpBAEHBAPwLACABQgA3AyggAUGwl8EAKQMANwMgIAFB\
qJfBACkDADcDGCABQaCXwQApAwA3AxAgAUGYl8EAKQMANwMIIAFBCGoiCEGAs8AAIAZBARAzIAFB\
mAFqIgYgCEHwAPwKAAAgAUH4AGoiCCAGEB0gBiAIEFogAUEDNgKMAiABIAY2AogCIAVBiAJqIghB\
yoPAACABQYgCahCqAiAGEIoDIAhBADYCFCAIQoCAgIAQNwIMIAFBkAJqJAALIAVBKGohBiAFQYgC\
aiEHIAIoAjQhCCACKAI4IQkjAEEwayIBJAACQCAIIAggCWoQvAJBGU8EQCABQRxqIgogCCAJEIMB\
IwBBEGsiCCQAIAhBCGpBECAKKAIEIAooAghB9KnAABC7ASAIKAIMIQkgASAIKAIINgIAIAEgCTYC\
BCAIQRBqJAAgASABKQMANwIUIAFBAjYCLCABIAFBFGo2AiggAUEIakGNgcAAIAFBKGoQqgIgChCK\
AwwBCyABQQhqIAggCRCXAQsgBiABKQIINwIMIAYgASgCEDYCFCAGIAcoAgg2AgggBiAHKQIANwIA\
IAdBDGoQigMgAUEwaiQAIAIoAigiCiEHIAIoAiwiCyAOKAIgIRQgDigCJCIZIQkjAEEwayIIJABB\
DGwhBiAJKAIQIQwDQCAGIgEEQCAIQQhqIgYgBygCBCINIAcoAggiExDBAiAIIAYQUCABQQxrIQYg\
B0EMaiEHIBQgCCgCACIJIA0gCRsgCCgCBCATIAkbIAwRBABFDQELCyAIQTBqJAAgAUEARyEIQQIh\
BwJAIAItAEIiGkEDRw0AIA4oAhQiAUUNACABLQAkIQcLAkAgBSgCGEGAgICAeEYNACACLQA8IA4t\
ABwCf0EAIAItAD9BAUcNABpBACAOKAIYIglFDQAaIAktACILIRJxIRsgAi0APkEBRw0AIA4tAB0h\
FQtBASEGIAggB0ECR3JFBEBBASETQQAhAUEAIBIgAi0AQCIGciAVckEBcUUNBBoLIAMgBCgCDBEF\
ACIBBEBBACETIAgNAgwDCyAAQoCAgICAgICAgH83AgAMBAsgAEKAgICAgICAgIB/NwIADAQLIwBB\
QGoiBCQAIAtBDGwhCANAIAgEQCAEQRhqIgsgCigCBCAKKAIIEMECIARBDGohCSMAQdAAayIDJAAg\
A0EQaiALEFACQCADKAIQIg0EQCADKAIUIREgA0EIakEEQQRBCBCyASADKAIIIRYgAygCDCIMIBE2\
AgQgDCANNgIAIANBATYCJCADIAw2AiAgAyAWNgIcIANBKGoiESALQSj8CgAAIANBHGohCyMAQRBr\
IgwkAANAAkAgDEEIaiAREFAgDCgCCCIWRQ0AIAwoAgwhFyALKAIIIg0gCygCAEYEQCALQQEQugIL\
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
IQQgDSAWakEDaiEKA0AgBEUNAiAEQQFrIQQgCi0AACAKQQFqIQpBMEYNAAsMAgsgDSAEIAxBtI7B\
ABA4AAtBF0sgHEE7S3IgBkE7S3INACADQRBqIANB1ABqEMABIAMtABBFDQACQAJAAkAgAy0AESIE\
QStrDgMBAwEACyAEQfoARg0BIARB2gBHDQIMAQsgA0EIaiADQdQAakECEIABIAMoAghBAXFFDQEg\
AygCDCEGAkAgAygCXCIEIAMoAlhPDQAgAygCVCAEai0AAEE6Rw0AIAMgBEEBajYCXAsgAyADQdQA\
akECEIABIAMoAgBBAXFFIAZBF0tyDQEgAygCBEE8Tw0BCyADKAJcIBFGIQsLIANB4ABqJAAgCw0B\
IAgtAAAhBAsgCUGAgICAeDYCACAEQQNrDgQCAQEDAQsgCSAIKAIMNgIIIAkgCCkCBDcCACAILQAA\
QQNrDgQCAAACAAsgCBDtAQwBCyAIQQRqEIoDCyAIQRBqJAAgBSAJNgJUIAUgBUEoajYCUCAFIAVB\
GGo2AkwgBSAOQQxqNgJcIAUgAjYCWAJ/IAUoAhhBgICAgHhGBEBBAiEEQQAMAQtBAUECIAUtACQi\
A0EBRhtBACADGyEEQQAgEw0AGgJ/QQAhAwJAAkACQEEBQQIgBUEYai0ADCIGQQFGG0EAIAYbDgMB\
AAIACyABQbynwABBCBB3IgZFDQEgBkEEakEAIAYtAABBBUYbDAILIAEhAwsgAwsLIQgCQCABQQAg\
EiAVckEBcRtFBEAgBUEANgJoIAVCgICAgMAANwJgDAELIAUoAkRBACAFKAJAQYCAgIB4RxshCiAF\
KAJIIQsjAEEwayIDJAAgA0EANgIcIANCgICAgMAANwIUIANBCGogARB+IAMoAggiBgRAIANBIGoi\
CSAGIAMoAgwQ0gIgA0EUakGoycAAQQQgCRB2CyAFQeAAaiEJQVAhBgNAIAYEQCABIAZB3P3AAGoo\
AgAgBkHg/cAAaigCABB4IgwEQCADQSBqIg0gDBB0IANBFGogBkHU/cAAaigCACAGQdj9wABqKAIA\
IA0QdgsgBkEQaiEGDAELCwJAAkAgA0EUaiIGQajJwABBBBDyAg0AIAZBgP3AAEESEPICDQAgCUEA\
NgIIIAlCgICAgMAANwIAIAYQkwMMAQsgCgRAIANBIGoiBiAKIAsQ0gIgA0EUakHU/cAAQQ4gBhB2\
CyAJIAMoAhw2AgggCSADKQIUNwIACyADQTBqJAALIAVBEGpBA0EEQegAELIBIAVBADYCdCAFIAUp\
AxA3AmwCQCAbQQFzQQFxRSAEQQJHcUUEQCAFQQA2AoABIAVCgICAgMAANwJ4DAELIAUgBDoAkAEg\
BSACNgKcAiAFIBk2ApQCIAUgFDYCkAIgBUHMhcEANgKMAiAFQaSFwQA2AogCIAUgBUGQAWo2ApgC\
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
iAJqQdD8wABBBiAIENUBIAUoAogCQYCAgIB4Rg0AIAUgBSgCkAI2AoACIAUgBSkCiAI3A/gBDAEL\
IAVBADYCgAIgBUKAgICAwAA3A/gBCyAFKAJoQRxsIQMgBSgCZCEEA0AgAwRAIAQoAgghBiAEKAIE\
IQkgBUGIAmoiCiAEQQxqEHQgBUH4AWogCSAGIAoQdiADQRxrIQMgBEEcaiEEDAELCyAFKAKAAgRA\
IAVBqAJqIAVBzABqQQIQRCAFQYQDaiAFQRhqEKsBIAUgBSgCgAI2ApgBIAUgBSkD+AE3A5ABIAVB\
kAJqIAVB2ABqIAVBkAFqEJABIAVCgoCAgJCAgICAfzcCiAIgBSAFKQKEAzcCnAIgBSAFKAKMAzYC\
pAIgBUHsAGogBUGIAmoQ/wEMAQsgBUH4AWoQkwMLQYKAgIB4IQQgEyABQQAgF0EBcRsiA0VyRQRA\
IAVBhANqIAEQTgJAIAdBAkYNACAFQZABaiEGIAggAyAIGyABIAdBAXEiBBshAyMAQTBrIgEkACAB\
QQA2AhwgAUKAgICAwAA3AhQCQCAEBEAgA0H0+8AAQQEQeCIDRQ0BIAFBIGoiBCADEHQgAUEUakH8\
+8AAQQwgBBB2DAELIANBtPvAAEEBEHgiBARAIAFBIGoiCCAEEHQgAUEUakG8+8AAQRAgCBB2CwJA\
IANBzPvAAEEBEHgiBEUEQCADQYj8wABBARB4IgRFDQELIAFBIGoiCCAEEHQgAUEUakHU+8AAQQ4g\
CBB2CyABQQhqIAMQfiABKAIIIgNFDQAgAUEgaiIEIAMgASgCDBDSAiABQRRqQeL7wABBDyAEEHYL\
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
XCIPIA9BAU0bIRQDQCAGIQggA0EDdEEMaiEKAkADQCADIBRHBEBBASELIAdB1ABqIgEgA0HQo8AA\
EKICIgYoAgQgBigCACEGIAEgA0EBa0Hgo8AAEKICIREgDyADQQFqIgFLBEAgBygCWCAKaigCAEH7\
AGtBZkkhCwtBwQBrQRpJBEAgESgCBCINQeEAa0EaSSANQTBrQQpJciALRSANQdsAa0FlS3FyDQML\
IApBCGohCiABIQMMAQsLIAggFUkEQCAHIAggECAVQcCjwAAQrAEgB0HEAGogBygCACAHKAIEEO8B\
CyAHKAJMIQEgBygCSCEDIAcoAkQhBiAHQdQAahCJAyAHIAMgAUEDdGoiCjYCUCAHIAY2AkwgByAD\
NgJIIAcgAzYCRANAIAMgCkcEQCAHIANBCGo2AkggAygCBCEGIAMoAgAhASAHKAIgBEAgB0EYakEg\
EKMBCyAHIAE2AlQgByABIAZqNgJYIAdB1ABqEPQBIgFBgIDEAEcEQCAHQRhqIgMgAUHfAHEgASAB\
QeEAa0EaSRsQowEgAyAHKAJUIgEgBygCWCABaxDaAQsgBygCSCEDIAcoAlAhCgwBCwsgB0HEAGoQ\
rwIgBy0AQUUNAwwCCyAHQQhqIBAgFSAIIAZB8KPAABBzIAdBxABqIAcoAgggBygCDBDvASADQQFq\
IQMMAAsACwsgEiAHKAIgNgIIIBIgBykCGDcCACAHQeAAaiQACyAJQSBqJAAgBSAENgKUASAFQQA2\
ApABIAUgBSkChAE3ApgBIAUgBSgCjAE2AqABIAItAD4EQAJAIAUoAhhBgICAgHhHBEAgBUGIAmog\
BUEYahCrAQwBCyAFQYCAgIB4NgKIAgsgBUHsAWoQ3gIgBSAFKAKQAjYC9AEgBSAFKQKIAjcC7AEL\
IAVBiAJqIgEgBUGQAWpB6AD8CgAAIAVB7ABqIAEQ/wEgBSgCdEHoAGwhAyAFKAJwIQQCQAJAAkAC\
QANAIANFDQEgBUEIaiIBIAQoAhw2AgQgAUEAIAQoAhggBCgCABs2AgAgBSgCCARAIAUoAgxFDQML\
AkAgBEE4ahDxAQ0AIARBxABqEPEBDQAgBSAEKAIAEPYBIAUgBSkDADcC+AEgBUGEA2oiAiAOEPAC\
IAVBAzYClAIgBUECNgKMAiAFIAI2ApACIAUgBUH4AWo2AogCIAVB+AJqQZCewAAgBUGIAmoQqgIM\
BAsgBEEoaiEBIARBJGogA0HoAGshAyAEQegAaiEEKAIAIgIgAiABKAIAahC8AkHlAEkNAAsgBUGE\
A2oiAiAOEPACIAVBATYClAIgBUGwjsEANgKQAiAFQQM2AowCIAUgAjYCiAIgBUH4AmpBwozAACAF\
QYgCahCqAgwCCyAAIAUoAnQ2AgwgACAFKQJsNwIEIABBgICAgHg2AhAgAEEANgIAIAxFDQIgBUH4\
AGoQiQMMAgsgBUGIAmoiAiAOEPACIAVBAzYCiAMgBSACNgKEAyAFQfgCakGyi8AAIAVBhANqEKoC\
CyACEIoDIABCATcCACAAIAUpAvACNwIIIAAgBSkC+AI3AhAgACAFKAKAAzYCGCAAQQE6ABwgDARA\
IAVB+ABqEIkDCyAFQewAahCUAyAFQeAAahCTAyAFQUBrEN4CDAELIAVB4ABqEJMDIAVBQGsQ3gIg\
BUEoahD1AiAFQRhqEN4CDAILIAVBKGoQ9QILIAVBGGoQ3gILIAVBkANqJAALjxECEH8BfiMAQaAB\
ayIDJAAgA0EANgIcIANCgICAgMAANwIUIANB/ABqIQggA0GEAWohDSADQTxqIQkgA0E0aiEKIANB\
2ABqQQJyIQ4gA0H6AGohDyADQdwAaiELA0AgASgCHCIEIAEoAhgiBiAEIAZLGyEGIAEoAhQhBwJA\
AkACQAJAAkACQAJAAkADQAJAAkACQAJ/AkACQAJAAkACQCAEIAZGBEAgBiEEDAELIAQgB2otAAAi\
BUEJa0ECSQ0HAkAgBUEgaw4DCAEEAAsgBUENRg0HIAVB2wBGDQIgBUH7AEYNAQsgA0H4AGogARAb\
IAMtAHwhBSADKAJ4IgZBAkcNBSAFQeYARwRAQQAgBUHuAEYNBRogBUH0AEYNBCADQQhqIAEoAgwg\
ASgCECAEIAEoAhxB9K3AABBzIANBlAFqIAMoAgggAygCDBCXASAPIAMoApwBNgAIIA8gAykClAE3\
AAAgAyADKQB4NwMwIAMgAykAfjcBNkECDAULQQAhEEEBDAQLIANB+ABqIAEgAygCHCACahCRASAD\
KAJ4IgRBAkcEQCAAIAMpAoABNwIIIAAgAykCiAE3AhAgACADKAKQATYCGCAAIAMoAnw2AgQgACAE\
NgIADBALIAEoAhxBAWohBCABKAIYIQYgASgCFCEHA0AgASAENgIcIAQgBk8NDCAEIAdqLQAAIgxB\
CWsiBUEXS0EBIAV0QZOAgARxRXINCyAEQQFqIQQMAAsACyADQfgAaiABIAMoAhwgAmoQkQEgAygC\
eCIEQQJHBEAgACADKQKAATcCCCAAIAMpAogBNwIQIAAgAygCkAE2AhggACADKAJ8NgIEIAAgBDYC\
AAwPCyABKAIcQQFqIQQgASgCGCEGIAEoAhQhBwNAIAEgBDYCHCAEIAZPDQggBCAHai0AACIMQQlr\
IgVBF0tBASAFdEGTgIAEcUVyDQYgBEEBaiEEDAALAAsgA0H4AGogARB1IAMgCCkCADcDMCADIAgo\
Agg2AjggAygCeCIEQQJHBEAgACADKAKQATYCGCAAIAMpAogBNwIQIAAgAygCODYCDCAAIAMpAzA3\
AgQgACAENgIADA4LIAsgAygCODYCCCALIAMpAzA3AgAgA0EDOgBYDAwLQQEhEEEBCyEEIAMgAykB\
NjcBJiADIAMpAzA3AyAgDiADKQMgNwEAIA4gAykBJjcBBiADIBA6AFkgAyAEOgBYDAoLIAMgAykB\
hAE3ATYgAyADKQF+NwMwIAMgAykDMDcDICADIAMpATY3ASYgAy0AfSEBIAMpAowBIRMgACADKQEm\
NwEMIAAgAykDIDcBBiAAIBM3AhQgACABOgAFIAAgBToABCAAIAY2AgAMCgsgASAEQQFqIgQ2AhwM\
AQsLIAxB3QBGDQELIANCBDcCgAEgA0KAgICACDcCeCADQRRqIANB+ABqEMoBDAcLIAEgBEEBajYC\
HCADQQA2AmQgA0KAgICAwAA3AlwgA0EEOgBYDAQLIAxB/QBGDQELIANB+ABqIAFBARAhIAMgCCkC\
ADcDMCADIAgoAgg2AjggAygCeCIEQQJGDQEgACADKAKQATYCGCAAIAMpAogBNwIQIAAgAygCODYC\
DCAAIAMpAzA3AgQgACAENgIADAMLIAEgBEEBajYCHCADQQA2AmQgA0KAgICAwAA3AlwgA0EFOgBY\
DAELIA0gAygCODYCCCANIAMpAzA3AgAgA0EANgKAASADQoCAgIDAADcCeCADQRRqIANB+ABqEMoB\
DAILA0ACQAJAIAMoAhwiBEUNACADIARBAWsiBDYCHCADIAMoAhggBEEYbGoiBCkCBDcDeCADIAQp\
Agw3A4ABIAMgBCgCFDYCiAEgBCgCACIGQYGAgIB4Rg0AIAogAykDeDcCACAKIAMpA4ABNwIIIAog\
AygCiAE2AhAgAyAGNgIwIAEoAhQhDCABKAIYIQcgASgCHCEEA0AgBCAHTyIRDQIgBCAMai0AACIF\
QQlrIhJBF0tBASASdEGTgIAEcUVyDQIgASAEQQFqIgQ2AhwMAAsACyAAIAMpAmA3AgwgACADKQJY\
NwIEIABBAjYCAAwCCwJAAkACQAJAIAZBgICAgHhHBEAgDSADKQJYNwIAIA0gAykCYDcCCCADIAko\
Agg2AoABIAMgCSkCADcDeCADQQA2AkQgA0KAgICAEDcCPCADQTBqIANB+ABqELUBIAQgB0kEQCAF\
Qf8BcSIEQf0ARg0FIARBLEYNAgsgACABQfOrwABBChBjDAILIAogA0HYAGoQ3QECQCARRQRAIAVB\
/wFxIgRB3QBGDQUgBEEsRg0BCyAAIAFB/avAAEEKEGMMAgsgASABKAIcQQFqNgIcIAMgAykCQDcD\
iAEgAyADKQI4NwOAASADIAMpAjA3A3ggA0EUaiADQfgAahDKAQwGCyABIAEoAhxBAWo2AhwgA0H4\
AGogAUEBECEgAyAIKQIANwNIIAMgCCgCCDYCUCADKAJ4IgRBAkYNASAAIAMoApABNgIYIAAgAykC\
iAE3AhAgACADKAJQNgIMIAAgAykDSDcCBCAAIAQ2AgALIANBMGoQqwIMAwsgCRCKAyAJIAMoAlA2\
AgggCSADKQNINwIAIAMgAykCQDcDiAEgAyADKQI4NwOAASADIAMpAjA3A3ggA0EUaiADQfgAahDK\
AQwDCyABIAEoAhxBAWo2AhwgAygCMEGAgICAeEcEQCADIAMoAjg2AnAgAyADKQIwNwNoIAsgA0Ho\
AGoQECADQQU6AFggAygCMEGAgICAeEYNASAJEIoDBSALIAooAgg2AgggCyAKKQIANwIAIANBBDoA\
WAsMAAsACwsgA0EUaiICIgEoAgghACABKAIEIQEDQCAABEAgAEEBayEAIAEQqwIgAUEYaiEBDAEL\
CyACEI4DIANBoAFqJAAL0wsCEH8DfiMAQaABayICJAAgAkHoAGogACABQS0QxgEgAigCbCEEIAIg\
AigCaCIJIAAgCRsiADYCkAEgAiAEIAEgCRsiBTYCjAEgAiAANgKIASACQuWAgIDQCDcDgAEgAiAA\
IAVqNgKUASACQQA2ApgBIAlBAEchDSACQZABaiEHAkACQAJAA0AgAkHgAGogBxCEASACKAJkIgFB\
gIDEAEYNASACKAJgIQQgAiABNgJ0IAJBgAFqIQNBCCEBIAJB9ABqKAIAIQoDQCABIgYEQCABQQRr\
IQEgAygCACELIANBBGohAyAKIAtHDQELCyAGRQ0ACyACQdgAaiAEIAAgBUGcs8AAELsBIAIoAlwh\
ByACKAJYIQMgAkHQAGogBEEBaiAAIAVBrLPAABCsAUEEIQYgAigCUCEBAkACQAJAIAIoAlQiAA4C\
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
AUkbIgAgAEEETRtqIQYLIAJBoAFqJAAgBgvsCAIIfwF+IwBB0ABrIgUkACABIAEoAhxBAWoiBzYC\
HANAIAEoAhghCCABKAIUIgkhBEEAIQYgAQJ/AkADQCAGIAdqIgNBd0sgA0EIaiAIS3INASAEIAdq\
IARBCGohBCAGQQhqIQYpAAAiC0J/hSALQuDBg4eOnLjwYINCgYKEiJCgwIABfSALQqLEiJGixIiR\
IoVCgYKEiJCgwIABfSALQty48eLFi5eu3ACFQoGChIiQoMCAAX2EhINCgIGChIiQoMCAf4MiC1AN\
AAsgByALeqdBA3ZqIAZqQQhrDAELA0AgAyAISSEEIAMgCWogA0EBaiEDQQAgBBsQjgINAAsgA0EB\
awsiAzYCHCACBEAgBUEQaiABKAIMIAEoAhAgByADQcCswAAQcyACIAUoAhAgBSgCFBDaASABKAIY\
IQggASgCFCEJIAEoAhwhAwsCQAJAAkAgAyAISQRAIAMgCWotAAAiBEHcAEYNAiAEQSJGDQEgACAB\
QdCswABBwgAQ6QIMAwsgACABQYeswABBHRDpAgwCCyAAQQI2AgAgASADQQFqNgIcDAELAkACQAJA\
AkACQCAIIANBAWoiBksEQAJAAkACQAJAAkACQAJAAkACQAJAAkAgBiAJai0AACIEQe4Aaw4IBQEB\
AQYBBwgACwJAIARB4gBrDgUDAQEBBAALIARBIkYNCSAEQS9GDQEgBEHcAEYNCAsgBUEYaiABIAZB\
pKzAAEEaEGYMCgtBLyEEDAcLQQghBAwGC0EMIQQMBQtBCiEEDAQLQQ0hBAwDC0EJIQQMAgsgA0EC\
aiEHAkAgA0EGaiIKIAhLIANBeUtyDQAgBUEIaiAHIAlqEIYBIAUvAQhBAXFFDQAgBS8BCiEEDAYL\
IAVBNGogASAHQZSuwABBIRBmIAUvATghBCAFKAI0IgZBAkYNBSAFIAUpAUg3ASwgBSAFKQFCNwEm\
IAUgBSkBOjcBHiAFIAQ7ARwMBAtB3AAhBAsgASADQQJqNgIcDAQLIAVBGGogASAGQYeswABBHRBm\
CyAFKAIYIgZBAkYNAwsgACAFKQIsNwIUIAAgBSkCJDcCDCAAIAUpAhw3AgQgACAGNgIADAMLIAEg\
CjYCHAJAIARBgPgDcSIGQYC4A0YNACAGQYCwA0YEQCAFIAkgCmpBACAIIApLGzYCNCAFQTRqIgpB\
iK7AABD7AQ0BIAUgCSADQQdqIgZqQQAgBiAISRs2AjQgCkGQrsAAEPsBDQEgA0EMaiIGIANBCGoi\
A0kgBiAIS3INASAFIAMgCWoQhgEgBS8BAEEBcUUNASAFLwECIgNBgPgDcUGAuANHDQEgASAGNgIc\
Qf3/A0GAgMQAIARBCnQgA2pBgLj/GmsiAyADQYCwA3NBgIDEAGtBgJC8f0kbIgMgA0GAgMQARhsh\
BAwCC0H9/wMgBCAEQYCwv39zQYCQvH9JGyEEDAELIAEgBxCAAkH9/wMhBAsgAkUNACACIAQQowEL\
IAEoAhwhBwwBCwsgBUHQAGokAAuuCwILfwF+IwBBgAFrIgIkAAJAIAEoAggiB0ERTwRAIAJB5ABq\
IAcQnAEgAigCbCEEIAIoAmghAyACIAE2AkggAyAEIAJByABqQaivwAAQFiAEQQFqIQYCQANAIAZB\
AWsiBkECSQ0BIAEgAygCAEGQscAAEKMCIAEgA0EEaiIDKAIAQaCxwAAQowIQgAMNAAsgAkEoakEB\
IAEoAggQYiACKAJsIQMgAkEAOgBQIAIgAzYCTCACQQE2AkhBACEEA0AgBCEDAkACQANAIAJBEGog\
AkHIAGoQpgEgAigCEEEBRw0BIAIoAhQiBCACKAJsRwRAIAEgAkHkAGoiBSAEQcCvwAAQpAIoAgBB\
0K/AABCjAiABIAUgA0Hgr8AAEKQCKAIAQfCvwAAQowIQgANFDQELCyACQeQAaiIFIANBgLDAABCk\
AigCACIGIAUgBEEBa0GQsMAAEKQCKAIAIgVGDQIgASAFQaCwwAAQowIiBSkCDCENIAVBADoADCAC\
IAUpAhQ3A3ggAiANNwNwIAEgBkGwsMAAEKMCIgVBDGoQ7QEgBSACKQN4NwIUIAUgAikDcDcCDCAD\
QQFqIgUgBE0gAigCbCIGIARPcQ0BIAUgBCAGQcCwwAAQOAALIAJBADYCSCMAQRBrIgYkACAGIAJB\
KGoiCzYCDCAGIAJByABqNgIIIwBBEGsiByQAIAcgBkEIajYCDAJAIAEiBSgCCCIIRQ0AQQAhASAF\
KAIEIgohAwNAIAdBDGoQ1gEEQCADQRxqIQMgCCABQQFqIgFHDQEMAgsLIAMQ+AIgCkEcaiEMIAEh\
BANAIAFBAWohAyAMIAFBHGxqIQEDQCADIAhPBEAgBSAENgIIDAMLIAdBDGoQ1gFFBEAgA0EBaiED\
IAEQ+AIgAUEcaiEBDAELCyAKIARBHGxqIgkgASgCGDYCGCAJIAEpAhA3AhAgCSABKQIINwIIIAkg\
ASkCADcCACAEQQFqIQQgAyEBDAALAAsgB0EQaiQAIAZBEGokACAAIAUoAgg2AgggACAFKQIANwIA\
IAsQigMgAkHkAGoQiwMMBAsgBEECdCADQQJ0a0EEayEDIAIoAmggBUECdGohBgNAIANFDQEgAkEo\
aiAGKAIAQdCwwAAQsgJBADoAACADQQRrIQMgBkEEaiEGDAALAAsACyAAIAEoAgg2AgggACABKQIA\
NwIAIAJB5ABqEIsDDAELIAEoAgQiAyAHQRxsaiEJIAMhBANAAkACQCAEIAlGDQAgBEEcaiEFQQAh\
BgNAIAYgCEYNAiADIAZBHGoiBmpBHGsgBBCfAkUNAAsgAkEIaiAHQQRBHBCyASACQQA2AiQgAiAC\
KQMINwIcIAEoAgAhBCACIAk2AjQgAiAENgIwIAIgAzYCLCACIAM2AiggAkHUAGohBwNAAkACQCAD\
IAlGDQAgAiADQRxqIgQ2AiwgAygCACIFQYCAgIB4Rg0AIAIgAykCBDcCaCACIAU2AmQgAiADQQxq\
IgUpAgA3AzggAiAFKQIINwNAIAIoAiRBHGwhAyACKAIgQRxrIQYDQCADRQ0CIANBHGshAyAGQRxq\
IgYgAkHkAGoiCBCfAkUNAAsgBkEMaiIDEO0BIAZBFGogAikDQDcCACADIAIpAzg3AgAgCBCKAyAE\
IQMMAgsjAEEQayIDJAAgAyACQShqIgQ2AgwgBCgCDCAEKAIEIgRrQRxuIQUDQCAFBEAgBUEBayEF\
IAQQ+AIgBEEcaiEEDAELCyADQQxqEIMCIANBEGokACABIAIoAiQ2AgggASACKQIcNwIADAILIAcg\
BSkCADcCACAHIAUpAgg3AgggAiACKAJsNgJQIAIgAikCZDcDSCACQRxqIAJByABqELUBIAQhAwwA\
CwALIAAgASgCCDYCCCAAIAEpAgA3AgAMAgsgCEEcaiEIIAUhBAwACwALIAJBgAFqJAAL9wICB38B\
fiMAQTBrIgMkAAJAAkAgAgRAIAJBA3QiBUEIayIIQQN2rUIBhiEKAkAgAUEIaiECIAqnIQYgASEE\
A0AgBUUNASAFQQhrIQUgBCgCBCEHIARBCGohBCAGIAdqIgYgB08NAAsQ8wEACyADQQhqIAZBAUEB\
ELIBIANBADYCHCADIAMpAwg3AhQgA0EUaiABKAIAIgQgBCABKAIEahDvAiAGIAMoAhwiAWshBCAD\
KAIYIAFqIQUDQCAIRQ0CIAIoAgAhByACKAIEIQEgA0EgaiIJIAUgBEECEPcBIAMoAiwhBCADKAIo\
IQUgAygCICADKAIkQaj/wABBAkGclsEAEJ4CIAkgBSAEIAEQ9wEgAygCLCEEIAMoAighBSADKAIg\
IAMoAiQgByABQZyWwQAQngIgCEEIayEIIAJBCGohAgwACwALIABBADYCCCAAQoCAgIAQNwIADAEL\
IAAgAykCFDcCACAAIAYgBGs2AggLIANBMGokAAupCAIHfwF+IwBBMGsiBSQAAkACQCACBEACQCAE\
rSACQQxsIgdBDGsiCEEMbq1+IgxCIIhQBEAgAUEMaiECIAynIQogASEGA0AgB0UNAiAHQQxrIQcg\
BigCCCEJIAZBDGohBiAJIApqIgogCU8NAAsLEPMBAAsgBUEIaiAKQQFBARCyASAFQQA2AhwgBSAF\
KQMINwIUIAVBFGogASgCBCIGIAYgASgCCGoQ7wIgCiAFKAIcIgFrIQYgBSgCGCABaiEHAkACQAJA\
AkACQAJAIAQOBQABAgMEBQsDQCAIRQ0HIAIoAgQhBCACKAIIIQEgB0EAIANBAEGclsEAEJ4CIAVB\
IGogByAGIAEQ9wEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCABQZyWwQAQngIgCEEMayEIIAJB\
DGohAgwACwALA0AgCEUNBiACKAIEIQQgAigCCCEBIAVBIGoiCSAHIAZBARD3ASAFKAIsIQYgBSgC\
KCEHIAUoAiAgBSgCJCADQQFBnJbBABCeAiAJIAcgBiABEPcBIAUoAiwhBiAFKAIoIQcgBSgCICAF\
KAIkIAQgAUGclsEAEJ4CIAhBDGshCCACQQxqIQIMAAsACwNAIAhFDQUgAigCBCEEIAIoAgghASAF\
QSBqIgkgByAGQQIQ9wEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgA0ECQZyWwQAQngIgCSAHIAYg\
ARD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFBnJbBABCeAiAIQQxrIQggAkEMaiECDAAL\
AAsDQCAIRQ0EIAIoAgQhBCACKAIIIQEgBUEgaiIJIAcgBkEDEPcBIAUoAiwhBiAFKAIoIQcgBSgC\
ICAFKAIkIANBA0GclsEAEJ4CIAkgByAGIAEQ9wEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCAB\
QZyWwQAQngIgCEEMayEIIAJBDGohAgwACwALA0AgCEUNAyACKAIEIQQgAigCCCEBIAVBIGoiCSAH\
IAZBBBD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADQQRBnJbBABCeAiAJIAcgBiABEPcBIAUo\
AiwhBiAFKAIoIQcgBSgCICAFKAIkIAQgAUGclsEAEJ4CIAhBDGshCCACQQxqIQIMAAsACwNAIAhF\
DQIgAigCBCEJIAIoAgghASAFQSBqIgsgByAGIAQQ9wEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQg\
AyAEQZyWwQAQngIgCyAHIAYgARD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAJIAFBnJbBABCe\
AiAIQQxrIQggAkEMaiECDAALAAsgAEEANgIIIABCgICAgBA3AgAMAQsgACAFKQIUNwIAIAAgCiAG\
azYCCAsgBUEwaiQAC8EGAQd/AkACQCABIABBA2pBfHEiBCAAayIGSQ0AIAEgBmsiCEECdiIHRQ0A\
QQAhASAAIARHBEAgACAEayIEQXxNBEADQCABIAAgA2oiAiwAAEG/f0pqIAJBAWosAABBv39KaiAC\
QQJqLAAAQb9/SmogAkEDaiwAAEG/f0pqIQEgA0EEaiIDDQALCyAAIANqIQIDQCABIAIsAABBv39K\
aiEBIAJBAWohAiAEQQFqIgQNAAsLIAAgBmohBAJAIAhBA3EiAEUNACAEIAhB/P///wdxaiIDLAAA\
Qb9/SiEFIABBAUYNACAFIAMsAAFBv39KaiEFIABBAkYNACAFIAMsAAJBv39KaiEFCyABIAVqIQMD\
QCAEIQAgB0UNAkHAASAHIAdBwAFPGyIFQQNxIQYCQCAFQQJ0IgRB8AdxIgFFBEBBACECDAELIAAg\
AWohCEEAIQIgACEBA0AgAiABKAIAIgJBf3NBB3YgAkEGdnJBgYKECHFqIAFBBGooAgAiAkF/c0EH\
diACQQZ2ckGBgoQIcWogAUEIaigCACICQX9zQQd2IAJBBnZyQYGChAhxaiABQQxqKAIAIgJBf3NB\
B3YgAkEGdnJBgYKECHFqIQIgAUEQaiIBIAhHDQALCyAHIAVrIQcgACAEaiEEIAJBCHZB/4H8B3Eg\
AkH/gfwHcWpBgYAEbEEQdiADaiEDIAZFDQALAn8gACAFQfwBcUECdGoiACgCACIBQX9zQQd2IAFB\
BnZyQYGChAhxIgEgBkEBRg0AGiABIAAoAgQiAUF/c0EHdiABQQZ2ckGBgoQIcWoiASAGQQJGDQAa\
IAAoAggiAEF/c0EHdiAAQQZ2ckGBgoQIcSABagsiAUEIdkH/gRxxIAFB/4H8B3FqQYGABGxBEHYg\
A2ohAwwBCyABRQRAQQAPCyABQQNxIQJBACEEIAFBBE8EQCABQXxxIQUDQCADIAAgBGoiASwAAEG/\
f0pqIAFBAWosAABBv39KaiABQQJqLAAAQb9/SmogAUEDaiwAAEG/f0pqIQMgBSAEQQRqIgRHDQAL\
IAJFDQELIAAgBGohAQNAIAMgASwAAEG/f0pqIQMgAUEBaiEBIAJBAWsiAg0ACwsgAwvlBgEFfwJA\
AkACQAJAAkACQAJAIABBBGsiBygCACIIQXhxIgRBBEEIIAhBA3EiBRsgAWpPBEAgBUEAIAFBJ2oi\
BiAESRsNAQJAIAJBCU8EQCACIAMQLSICDQFBAA8LQQAhAiADQcz/e0sNCEEQIANBC2pBeHEgA0EL\
SRshASAAQQhrIQYgBUUEQCAGRSABQYACSXIgBCABa0GAgAhLIAEgBE9ycg0HIAAPCyAEIAZqIQUC\
QCABIARLBEAgBUGcv8EAKAIARg0BQZi/wQAoAgAgBUcEQCAFKAIEIghBAnENCSAIQXhxIgggBGoi\
BCABSQ0JIAUgCBAwIAQgAWsiBUEQTwRAIAcgASAHKAIAQQFxckECcjYCACABIAZqIgEgBUEDcjYC\
BCAEIAZqIgQgBCgCBEEBcjYCBCABIAUQJwwJCyAHIAQgBygCAEEBcXJBAnI2AgAgBCAGaiIBIAEo\
AgRBAXI2AgQMCAtBkL/BACgCACAEaiIEIAFJDQgCQCAEIAFrIgVBD00EQCAHIAhBAXEgBHJBAnI2\
AgAgBCAGaiIBIAEoAgRBAXI2AgRBACEFQQAhAQwBCyAHIAEgCEEBcXJBAnI2AgAgASAGaiIBIAVB\
AXI2AgQgBCAGaiIEIAU2AgAgBCAEKAIEQX5xNgIEC0GYv8EAIAE2AgBBkL/BACAFNgIADAcLIAQg\
AWsiBEEPTQ0GIAcgASAIQQFxckECcjYCACABIAZqIgEgBEEDcjYCBCAFIAUoAgRBAXI2AgQgASAE\
ECcMBgtBlL/BACgCACAEaiIEIAFLDQQMBgsgAyABIAEgA0sbIgMEQCACIAAgA/wKAAALIAcoAgAi\
A0F4cSIHIAFBBEEIIANBA3EiARtqSQ0CIAFFIAYgB09yDQZBmJ7BAEEuQciewQAQ2gIAC0HYncEA\
QS5BiJ7BABDaAgALQZiewQBBLkHInsEAENoCAAtB2J3BAEEuQYiewQAQ2gIACyAHIAEgCEEBcXJB\
AnI2AgAgASAGaiIFIAQgAWsiAUEBcjYCBEGUv8EAIAE2AgBBnL/BACAFNgIACyAGRQ0AIAAPCyAD\
EAkiAUUNASADQXxBeCAHKAIAIgJBA3EbIAJBeHFqIgIgAiADSxsiAgRAIAEgACAC/AoAAAsgASEC\
CyAAEBULIAILogYBBH8gAEEIayIBIABBBGsoAgAiA0F4cSIAaiECAkACQCADQQFxDQAgA0ECcUUN\
ASABKAIAIgMgAGohACABIANrIgFBmL/BACgCAEYEQCACKAIEQQNxQQNHDQFBkL/BACAANgIAIAIg\
AigCBEF+cTYCBCABIABBAXI2AgQgAiAANgIADwsgASADEDALAkACQEGwv8EAAn8CQAJAAkACQCAC\
KAIEIgNBAnFFBEAgAkGcv8EAKAIARg0CIAJBmL/BACgCAEYNAyACIANBeHEiAhAwIAEgACACaiIA\
QQFyNgIEIAAgAWogADYCACABQZi/wQAoAgBHDQFBkL/BACAANgIADwsgAiADQX5xNgIEIAEgAEEB\
cjYCBCAAIAFqIAA2AgALIABBgAJJDQQgASAAEDVBsL/BAEGwv8EAKAIAQQFrIgA2AgAgAA0GQfi8\
wQAoAgAiAA0CQf8fDAMLQZy/wQAgATYCAEGUv8EAQZS/wQAoAgAgAGoiADYCACABIABBAXI2AgRB\
mL/BACgCACABRgRAQZC/wQBBADYCAEGYv8EAQQA2AgALIABBqL/BACgCACICTQ0FQZy/wQAoAgAi\
AEUNBUGUv8EAKAIAIgNBKUkNBEHwvMEAIQEDQCAAIAEoAgAiBE8EQCAAIAQgASgCBGpJDQYLIAEo\
AgghAQwACwALQZi/wQAgATYCAEGQv8EAQZC/wQAoAgAgAGoiADYCACABIABBAXI2AgQgACABaiAA\
NgIADwtBACEBA0AgAUEBaiEBIAAoAggiAA0AC0H/HyABIAFB/x9NGws2AgAPCwJAQYi/wQAoAgAi\
AkEBIABBA3Z0IgNxRQRAQYi/wQAgAiADcjYCACAAQfgBcUGAvcEAaiIAIQIMAQsgAEH4AXEiAEGA\
vcEAaiECIABBiL3BAGooAgAhAAsgAiABNgIIIAAgATYCDCABIAI2AgwgASAANgIIDwtBsL/BAEH4\
vMEAKAIAIgAEf0EAIQEDQCABQQFqIQEgACgCCCIADQALQf8fIAEgAUH/H00bBUH/Hws2AgAgAiAD\
Tw0AQai/wQBBfzYCAAsLuwUBEX8jAEEwayIFJAAgAUECTwRAIAVBGGogAUEEQQQQsgEgBSAFKAIc\
Igo2AiggBSAFKAIYNgIkIAFBAnQiCwRAIAogACAL/AoAAAsgBSABNgIsIAMoAhQhEUEBIQwCQANA\
AkAgASAMTQRAIA5BAXENAQwDC0EAIQQgASAMQQF0Ig9odiAPQf////8BaiABcUEAR2ohECAKIAAg\
DkEBcSIDGyEIIAAgCiADGyESA0ACQCAQBEAgEEEBayEQAkACQAJAAkAgASAEIAxqIgYgASAGSRsi\
CSABIAQgD2oiCyABIAtJGyIHRwRAIAlBAWsiAyABTw0BIAEgBk0NAiACIAggA0ECdGooAgAgCCAJ\
QQJ0aigCACAREQQAQf8BcUEBRg0DCyAFQQhqIAQgByASIAFBvLTAABDmASAEIAdLDQMgBSgCCCAF\
KAIMIAggBEECdGogByAEa0HctMAAEIgCDAULIAMgAUHcs8AAELMBAAsgCSABQeyzwAAQswEACyAF\
QRBqIAQgByASIAFB/LPAABDmASAFKAIQIgMgBSgCFEECdGohFCAJIQYDQCAIIAZBAnRqIQ0gCCAE\
QQJ0aiETAkACQANAIAMgFEYNBiAEIAlHBEAgBiAHTw0DIAEgBE0NAiACIA0oAgAgEygCACAREQQA\
Qf8BcUH/AUcNAwsgASAGSwRAIAMgDSgCADYCACANQQRqIQ0gBkEBaiEGIANBBGohAwwBCwsgBiAB\
Qay0wAAQswEACyAEIAFBjLTAABCzAQALIAEgBEsEQCADIBMoAgA2AgAgBEEBaiEEIANBBGohAwwB\
CwsgBCABQZy0wAAQswEACyAEIAcgAUHMtMAAEDgACyAOQQFzIQ4gDyEMDAMLIAshBAwACwALCyAA\
IAEgCiABQcyzwAAQiAILIAVBJGoQiwMLIAVBMGokAAurBQIIfwF+QStBgIDEACAAKAIIIghBgICA\
AXEiBhshCyAGQRV2IARqIQYCQCAIQYCAgARxRQRAQQAhAQwBCwJAIAJBEE8EQCABIAIQEyEFDAEL\
IAJFDQAgAkEDcSEJIAJBBE8EQCACQQxxIQwDQCAFIAEgB2oiCiwAAEG/f0pqIApBAWosAABBv39K\
aiAKQQJqLAAAQb9/SmogCkEDaiwAAEG/f0pqIQUgDCAHQQRqIgdHDQALIAlFDQELIAEgB2ohBwNA\
IAUgBywAAEG/f0pqIQUgB0EBaiEHIAlBAWsiCQ0ACwsgBSAGaiEGCwJAIAAvAQwiCSAGSwRAAkAC\
QCAIQYCAgAhxRQRAIAkgBmshCUEAIQVBACEGAkACQAJAIAhBHXZBA3FBAWsOAwABAAILIAkhBgwB\
CyAJQf7/A3FBAXYhBgsgCEH///8AcSEKIAAoAgQhCCAAKAIAIQADQCAFQf//A3EgBkH//wNxTw0C\
QQEhByAFQQFqIQUgACAKIAgoAhARAwBFDQALDAQLIAAgACkCCCINp0GAgID/eXFBsICAgAJyNgII\
QQEhByAAKAIAIgggACgCBCIKIAsgASACEP4BDQNBACEFIAkgBmtB//8DcSEBA0AgBUH//wNxIAFP\
DQIgBUEBaiEFIAhBMCAKKAIQEQMARQ0ACwwDC0EBIQcgACAIIAsgASACEP4BDQIgACADIAQgCCgC\
DBEEAA0CQQAhBSAJIAZrQf//A3EhAQNAIAVB//8DcSICIAFJIQcgASACTQ0DIAVBAWohBSAAIAog\
CCgCEBEDAEUNAAsMAgsgCCADIAQgCigCDBEEAA0BIAAgDTcCCEEADwtBASEHIAAoAgAiBiAAKAIE\
IgAgCyABIAIQ/gENACAGIAMgBCAAKAIMEQQAIQcLIAcLxAUCDn8CfiMAQeAAayIDJAAgASACKAIM\
IgoRAgAgAUEEIAIoAhwiBREAACABIAAoAgAiDkETaiACKAIgIgwRAAAgA0EQaiAAQThqEMACIAMp\
AxAhESADQQhqIABBxABqEMACIAMpAwghEiADQSRqIg8gABCZASADIBI3AlggA0EHOgBUIAMgETcC\
TCADQQY6AEggA0ECNgJEIANCATcCPCADQQI2AiAgA0HIAGohECACKAIkIQlBASELAkADQAJAAkAC\
QCALRQRAIAQhCAwBC0ECIQggBEECRg0AQQEhCyAEQQFqIQggDyAEQQxsaiIGLQAAIg1BG0YNACAI\
IQQMAQsgB0ECRwRAIAMgB0EBaiIENgJAIAdBDGxBACELIAQhByAIIQQgEGoiBi0AACINQRtHDQEL\
IAFBCkEJIA4bIAURAAAgASAAQQRqIAIoAigRAAAgAUELIAURAAAgASAAKAIkIAAoAiggCREBACAA\
KAJQQYCAgIB4RwRAIAFBDCAFEQAAIAEgACgCVCAAKAJYIAkRAQALIAFBDSAFEQAAIAEgChECACAB\
QQ4gBREAACABIAoRAgAgAUEPIAURAAAgAUEWIAwRAAAgAUEQIAURAAAgAUEXIAwRAAAgASACKAIQ\
IgQRAgAgACgCXEGAgICAeEcEQCABQQggBREAACABIAAoAmAgACgCZCAJEQEACyAAKAI0IghFDQMg\
AUERIAURAAAgASAKEQIAIAFBEiAFEQAAIAEgAigCFBECACAIQQxsIQYgACgCMCEHA0AgBkUNAiAB\
IAcoAgQgBygCCCAJEQEAIAZBDGshBiAHQQxqIQcMAAsACyAGKAAEIghFDQEgBigACCEGIAEgDSAF\
EQAAIAEgCCAGIAkRAQAMAQsLIAEgAigCGBECACABIAQRAgALIAEgBBECACABIAQRAgAgA0HgAGok\
AAvMBgEYfyMAQSBrIgYkACAAQQxqIRMgBEEEaiEUIAEoAggiBUEBSyEVIAEoAgQiASAFQRxsaiEW\
IAUgBUEAR2tBAmohCyAEKAIIIRcgBCgCBCEYIAQvAQIhGSAELQABIRogBC0AACEbAkADQCABIBZH\
BEAgASgCBCIMIAEoAggiDRD/AiERIAAoAgghEiAAIAIQlgIhBCAGIA02AgggBiAMNgIEIAYgAjYC\
DCAGIAQgEWpBAWo2AhAgACAGQQRqEN0BIAYgDTYCCCAGIAw2AgQgGSEFIBoiByEOIBghCSAXIQoC\
QAJ/An8CQAJAAkAgGyIEQQFrDgIBBQALQQIhDiAGQQRqQYynwABBBhClAUUNASAIIQVBAiEHQQIM\
AwtBAkEBIAZBBGogFBDTAhsMAQsgAUEQaiEFQQAhBCABLQAMQQVHIQcDQCAEQSBHBEACQCAEQcyn\
wABqIAZBBGoQ0wJFIAdyDQAgBSAEQdSnwABqKAIAIgkgBEHYp8AAaigCACIKEPICRQ0AQQEhBCAI\
IQUgDyEHDAULIARBEGohBAwBCwsjAEEQayIEJAAgBCANNgIMIAQgDDYCCCAEQQhqIQlBACEFQfYA\
IQcCfwNAIAdBAU0EQEEAIAVBA3RBhPTAAGogCRDXAkH/AXEiB0UNAhoFIAUgB0EBdiIKIAVqIgUg\
BUEDdEGE9MAAaiAJENcCQf8BcUEBRhshBSAHIAprIQcMAQsLIAUgB0H/AUZqIQVBAQshByAEIAU2\
AgQgBCAHNgIAIAQoAgAgBEEQaiQARQshByAIIQUgByEOQQILIQQgECEJIBwhCgsgBiAKNgIcIAYg\
CTYCGCAGIAU7ARYgBiAHOgAVIAYgBDoAFCAAKAIUIgQgACgCDEYEQCATENABCyAEQRRsIg8gACgC\
EGoiCCAOOgAQIAhCADcCCCAIIAM2AgQgCCASNgIAIAAgBEEBajYCFCAAIAFBDGogEiAEIAZBFGoQ\
RSEQIAQgACgCFCIITw0CIAFBHGohASAAKAIQIA9qIgQgCDYCDCAEIBAgEWpBA2oiBCAVajYCCCAE\
IAtqIQsgBSEIIAchDyAJIRAgCiEcDAELCyAGQSBqJAAgCw8LIAQgCEGcpsAAELMBAAurBQIGfwF+\
AkAgAkUNACACQQdrIgNBACACIANPGyEHIAFBA2pBfHEgAWshCEEAIQMDQAJAAkACQCABIANqLQAA\
IgXAIgZBAE4EQCAIIANrQQNxDQEgAyAHTw0CA0AgASADaiIEQQRqKAIAIAQoAgByQYCBgoR4cQ0D\
IANBCGoiAyAHSQ0ACwwCC0KAgICAkCAhCQJAAkACQAJAAkACQAJAAkACQCAFLQDiqkFBAmsOAwAB\
AgcLIANBAWoiBCACSQ0CQgAhCQwGCyADQQFqIgQgAkkNAkIAIQkMBQsgA0EBaiIEIAJJDQJCACEJ\
DAQLIAEgBGosAABBv39KDQMMBAsgASAEaiwAACEEAkACQCAFQeABayIFBEAgBUENRgRADAIFDAML\
AAsgBEFgcUGgf0YNAwwECyAEQZ9/Sg0DDAILIAZBH2pB/wFxQQxPBEAgBkF+cUFuRw0DIARBQEgN\
AgwDCyAEQUBIDQEMAgsgASAEaiwAACEEAkACQAJAAkAgBUHwAWsOBQEAAAACAAsgBkEPakH/AXFB\
AksNBCAEQUBIDQIMBAsgBEHwAGpB/wFxQTBJDQEMAwsgBEGPf0oNAgsgAiADQQJqIgRNBEBCACEJ\
DAILIAEgBGosAABBv39KBEBCgICAgJDAACEJDAILQgAhCSADQQNqIgQgAk8NASABIARqLAAAQUBI\
DQJCgICAgJDgACEJDAELQgAhCSADQQJqIgQgAk8NACABIARqLAAAQb9/TA0BQoCAgICQwAAhCQsg\
ACAJIAOthDcCBCAAQQE2AgAPCyAEQQFqIQMMAgsgA0EBaiEDDAELIAIgA00NAANAIAEgA2osAABB\
AEgNASACIANBAWoiA0cNAAsMAgsgAiADSw0ACwsgACACNgIIIAAgATYCBCAAQQA2AgALnAUBBn8j\
AEEwayIEJAACQAJAAkACQAJAAn8CQAJAAkACQCABKAIcIgIgASgCGCIFSQRAIAEoAhQiBiACai0A\
ACIDQS1GDQIgA0HmAEYNBEEEIQcgA0HuAEYNAUHPrcAAIANB9ABGDQUaIANBMGtB/wFxQQpJDQML\
IAAgAUHsrcAAQQcQYwwJC0HYrcAADAMLIAEgAkEBaiICNgIcCwJAIAIgBUkEQCACIAZqLQAAIgNB\
MEYEQCABIAJBAWoiAjYCHAwFCyADQTFrQf8BcUEJSQ0BCyAEQRRqIAFByK3AAEEHEGMMBAsgARC/\
ASABKAIcIQIgASgCGCEFIAEoAhQhBgwCC0EFIQdB063AAAshAyAEQQhqIAIgBiAFQdytwAAQhwIg\
BCgCCCAEKAIMIAMgBxDFAkUEQCAAIAFB7K3AAEEHEGMMBQsgAEECNgIAIAAgAy0AADoABCABIAIg\
B2o2AhwMBAsCQCACIAVPDQAgAiAGai0AAEEuRw0AIAEgAkEBaiICNgIcAkAgAiAFSQRAIAIgBmot\
AABBMGtB/wFxQQpJDQELIARBFGogAUGSrcAAQR8QYwwCCyABEL8BIAEoAhwhAiABKAIYIQUgASgC\
FCEGCyACIAVPDQIgAiAGai0AAEEgckHlAEcNAiABIAJBAWoiAzYCHAJAIAMgBU8NAAJAIAMgBmot\
AABBK2sOAwABAAELIAEgAkECaiIDNgIcCyADIAVJBEAgAyAGai0AAEEwa0H/AXFBCkkNAgsgBEEU\
aiABQbGtwABBFxBjCyAEKAIUIgFBAkYNASAAIAQpAig3AhQgACAEKQIgNwIMIAAgBCkCGDcCBCAA\
IAE2AgAMAgsgARC/AQsgAEECNgIAIABBMDoABAsgBEEwaiQAC9EEAQZ/AkACQCAAKAIIIgdBgICA\
wAFxRQ0AAkACQAJAAkAgB0GAgICAAXEEQCAALwEOIgQNAUEAIQIMAgsgAkEQTwRAIAEgAhATIQQM\
BAsgAkUEQAwECyACQQNxIQUgAkEETwRAIAJBDHEhCANAIAQgASADaiIGLAAAQb9/SmogBkEBaiwA\
AEG/f0pqIAZBAmosAABBv39KaiAGQQNqLAAAQb9/SmohBCAIIANBBGoiA0cNAAsgBUUNBAsgASAD\
aiEDA0AgBCADLAAAQb9/SmohBCADQQFqIQMgBUEBayIFDQALDAMLIAEgAmohCEEAIQIgASEDIAQh\
BQNAIAMiBiAIRg0CAn8gBkEBaiAGLAAAIgNBAE4NABogBkECaiADQWBJDQAaIAZBBEEDIANBb0sb\
agsiAyAGayACaiECIAVBAWsiBQ0ACwtBACEFCyAEIAVrIQQLIAQgAC8BDCIDTw0AIAMgBGshBkEA\
IQRBACEFAkACQAJAIAdBHXZBA3FBAWsOAgABAgsgBiEFDAELIAZB/v8DcUEBdiEFCyAHQf///wBx\
IQggACgCBCEHIAAoAgAhAANAIARB//8DcSAFQf//A3FJBEBBASEDIARBAWohBCAAIAggBygCEBED\
AEUNAQwDCwtBASEDIAAgASACIAcoAgwRBAANAUEAIQQgBiAFa0H//wNxIQEDQCAEQf//A3EiAiAB\
SSEDIAEgAk0NAiAEQQFqIQQgACAIIAcoAhARAwBFDQALDAELIAAoAgAgASACIAAoAgQoAgwRBAAh\
AwsgAwuPBQIFfwN+IwBBoAFrIgIkACACQgA3AyAgAkIANwMYIAJCADcDECACQgA3AwggAkIANwNA\
IAJCADcDOCACQgA3AzAgAkIANwMoIAIgATYCTCACIAEtAGgiA60iB0I7hiABKQMgIghCCYYiCSAH\
QgOGhCIHQoD+A4NCKIaEIAdCgID8B4NCGIYgB0KAgID4D4NCCIaEhCAIQgGGQoCAgPgPgyAIQg+I\
QoCA/AeDhCAIQh+IQoD+A4MgCUI4iISEhDcDUCADIAFBKGoiBWpBgAE6AAAgAiACQcwAajYCXCAC\
IANBAWogBUHAAEGQo8AAEIcCIAIoAgQhBCACKAIAIQYDQCAEBEAgBkEAOgAAIARBAWshBCAGQQFq\
IQYMAQsLAkAgA0E4cUE4RwRAIAFB4ABqQQggAkHQAGpBCEGgo8AAEJ4CIAJB3ABqIAUQ9wIMAQsg\
AkHcAGoiBCAFEPcCIAJB4ABqIgNBAEHAAPwLACACQZgBakEIIAJB0ABqQQhBsKPAABCeAiAEIAMQ\
9wILQQAhBCABQQA6AGggAkKggICAwAA3AmwgAkEANgJkIAIgAkHIAGo2AmAgAiACQShqNgJoIAIo\
AkwhASACQeAAaiIDKAIQIgVFBEBBzKHAABCGAwALQQggAygCDCAFbiIDIANBCE8bQQJ0IQMDQCAD\
IARHBEAgAiABIARqKAIAIgVB/4H8B3FBCHggBUEYeEH/gfwHcXI2AmAgAkEoaiAEakEEIAJB4ABq\
QQRBhJfBABCeAiAEQQRqIQQMAQsLIAJBCGpBICACQShqQSBBgKLAABCeAiAAIAIpAyA3ABggACAC\
KQMYNwAQIAAgAikDEDcACCAAIAIpAwg3AAAgAkGgAWokAAuSBAEEfyMAQSBrIgUkAANAAkACQAJ/\
AkAgAiADRwRAIAEgA2oiBi0AACIEQeEAa0H/AXFBGkkgBEEwa0H/AXFBCU1yDQQgBEHfAEcgA0EB\
aiACT3JFBEAgBkEBai0AACIEQeEAa0H/AXFBGkkgBEEwa0H/AXFBCklyDQULIAMNAUEADAILIAAg\
ASACEJcBDAILIAIgA0EBayIETQRAIAQgAkHkkMEAELMBAAsgBCADIAZBAWstAABBMGtB/wFxQQpJ\
GwshAyAFQRRqIgQgAkEIahD5ASAFQQhqIAMgASACQfSQwQAQuwEgBCAFKAIIIAUoAgwQ2gEDQCAC\
IANNBEAgACAFKAIcNgIIIAAgBSkCFDcCAAwCCyABIANqLQAAIgRBMGtB/wFxQQpJIARBX3FBwQBr\
Qf8BcUEaSXJFBEAgA0EBaiEDDAELIAUoAhwEQCAFQRRqQd8AEKMBCyADIAIgAiADSRshBANAAkAg\
AyAERgRAIAQhAwwBCyAFQRRqIAEgA2otAAAiBkHBAGtB/wFxQRpJBH9BIAUgBkEwa0H/AXFBCk8N\
AUEACyAGchCjASADQQFqIQMMAQsLA0AgAiADTQ0BIAEgA2otAAAiBEHhAGtB/wFxQRpPIARBMGtB\
/wFxQQlLcQ0BIAVBFGogBBCjASADQQFqIQMMAAsACwALIAVBIGokAA8LIANBAWohAwwACwAL+wMB\
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
IAYoAiQgBigCKCAFECALIAZBOGoQigNBAQshByACDQIMAwsgAUG4/sAAEF5FBEAgBkEsahCKAyAG\
QSBqEIoDDAQLIAMgBigCKDYCCCADIAYpAyA3AgAgBkGAgICAeDYCUCAFIAZB0ABqELUBIAZBLGoQ\
igMMAwsgBkHwAGokAA8LIAZBLGoQigMLIAdFDQAgBkEgahCKAwsgAEEcaiEAIARBHGshBCABQRxq\
IQEMAAsAC7AEAQV/IwBBQGoiAyQAIAEoAhwiBCABKAIYIgUgBCAFSxshBiABKAIUIQcCQAJAA0AC\
QCAEIAZGDQACQCAEIAdqLQAAIgVBCWtBAkkNAAJAIAVBIGsOAwECBAALIAVBDUcNAQsgASAEQQFq\
IgQ2AhwMAQsLIAAgAUHnq8AAQQwQYwwBCwJAIAJFBEAgA0EkaiABQQAQDyADKAIkIgJBAkcEQCAA\
IAMpAjg3AhQgACADKQIwNwIMIAAgAykCKDcCBCAAIAI2AgAMAwsgA0EANgIQIANCgICAgBA3AggM\
AQsgA0EkaiABEHUgAyADKQIoNwMYIAMgAygCMDYCICADKAIkIgJBAkcEQCAAIAMoAjw2AhggACAD\
KQI0NwIQIAAgAygCIDYCDCAAIAMpAxg3AgQgACACNgIADAILIAMgAykDGDcDCCADIAMoAiA2AhAL\
IAEoAhwiBCABKAIYIgIgAiAESRshAiABKAIUIQUCQAJAAkADQCACIARGDQEgBCAFai0AACIGQQlr\
IgdBF0tBASAHdEGTgIAEcUVyRQRAIAEgBEEBaiIENgIcDAELCyAGQTpHDQAgASAEQQFqNgIcDAEL\
IANBJGogAUHkq8AAQQMQYyADKAIkIgFBAkcNAQsgACADKAIQNgIMIAAgAykDCDcCBCAAQQI2AgAM\
AQsgACADKQI4NwIUIAAgAykCMDcCDCAAIAMpAig3AgQgACABNgIAIANBCGoQigMLIANBQGskAAvR\
AwEDfyMAQRBrIgQkAAJAAkACQCABKAIIIgJBgICAEHFFBEAgAkGAgIAgcQ0BIAAgARA6RQ0CQQEh\
AgwDCyAAKAIAIQIDQCADIARqQQ9qIAJBD3EtALyoQToAACADQQFrIQMgAkEEdiICDQALQQEhAiAB\
Qdq5wQBBAiADIARqQRBqQQAgA2sQF0UNAQwCCyAAKAIAIQIDQCADIARqQQ9qIAJBD3EtANy5QToA\
ACADQQFrIQMgAkEEdiICDQALQQEhAiABQdq5wQBBAiADIARqQRBqQQAgA2sQFw0BCyABKAIAQdi5\
wQBBAiABKAIEKAIMEQQABEBBASECDAELIABBBGohAAJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBx\
DQEgACABEDohAgwCCyAAKAIAIQJBACEDA0AgAyAEakEPaiACQQ9xLQC8qEE6AAAgA0EBayEDIAJB\
BHYiAg0ACyABQdq5wQBBAiADIARqQRBqQQAgA2sQFyECDAELIAAoAgAhAkEAIQMDQCADIARqQQ9q\
IAJBD3EtANy5QToAACADQQFrIQMgAkEEdiICDQALIAFB2rnBAEECIAMgBGpBEGpBACADaxAXIQIL\
IARBEGokACACC/IDAQh/IAEoAgQiBQRAIAEoAgAhBANAAkAgA0EBaiECAn8gAiADIARqLQAAIgjA\
IglBAE4NABoCQAJAAkACQAJAAkACQAJAAkACQAJAIAgtAOKqQUECaw4DAAECDAtBuaHAACACIARq\
IAIgBU8bLAAAQUBODQsgA0ECagwKC0G5ocAAIAIgBGogAiAFTxssAAAhByAIQeABayIGRQ0BIAZB\
DUYNAgwDC0G5ocAAIAIgBGogAiAFTxssAAAhBiAIQfABaw4FBAMDAwUDCyAHQWBxQaB/Rw0IDAYL\
IAdBn39KDQcMBQsgCUEfakH/AXFBDE8EQCAJQX5xQW5HIAdBQE5yDQcMBQsgB0FATg0GDAQLIAlB\
D2pB/wFxQQJLIAZBQE5yDQUMAgsgBkHwAGpB/wFxQTBPDQQMAQsgBkGPf0oNAwtBuaHAACAEIANB\
AmoiAmogAiAFTxssAABBv39KDQJBuaHAACAEIANBA2oiAmogAiAFTxssAABBv39KDQIgA0EEagwB\
C0G5ocAAIAQgA0ECaiICaiACIAVPGywAAEFATg0BIANBA2oLIgMiAiAFSQ0BCwsgACADNgIEIAAg\
BDYCACABIAUgAms2AgQgASACIARqNgIAIAAgAiADazYCDCAAIAMgBGo2AggPCyAAQQA2AgAL8QMC\
Bn8BfiMAQRBrIgckAANAAkACQCACIANLBEAgASADai0AACIEQSJHBEAgBEEtRiAEQTBrQf8BcUEK\
SXINAwwCCyADQQFqIQQDQAJ/AkAgBCIDQXdLDQAgA0EIaiIEIAJLDQAgASADaikAACIJQn+FIAlC\
4MGDh46cuPBgg0KBgoSIkKDAgAF9IAlCosSIkaLEiJEihUKBgoSIkKDAgAF9IAlC3Ljx4sWLl67c\
AIVCgYKEiJCgwIABfYSEg0KAgYKEiJCgwIB/gyIJUA0CIAl6p0EDdiADagwBCwNAIAIgA0shBCAB\
IANqIANBAWohA0EAIAQbEI4CDQALIANBAWsLIgMgAk8NBAJ/IAEgA2otAAAiBUHcAEcEQEEBIAVB\
IkcNARoMBAtBAgsgA2ohBAwACwALIAAgACgCACACIAZqajYCACAHQRBqJAAPCyADQQFqIQMMAQsg\
AyEEA0ACQAJAIAIgBEYEQCACIQQMAQsgASAEai0AACIFQTBrQf8BcUEKSQ0BIAVB5QBGIAVBK2si\
CEEaTUEAQQEgCHRBjYCAIHEbcg0BCyAHQQhqIAEgAiADIARBvLPAABBzIAYgBygCCCAHKAIMIgMQ\
DiIGIANrIgNBACADIAZNG2ohBiAEIQMMAgsgBEEBaiEEDAALAAsAC+AJAgh/AX4jAEGAAWsiBCQA\
IARB4ABqIAIQWwJAAkAgBCgCYCIDQQJHBEAgACAEKQJ0NwIUIAAgBCkCbDcCDCAAIAQpAmQ3AgQg\
ACADNgIADAELIARBGGohBSMAQRBrIgYkAAJAIAIiA0EDSQ0AIAYgASADQQNB7JLBABD4ASAGKAIE\
QQNHDQAgBigCDCEDIAYoAghBACAGKAIAQZSqwABBAxD+AhshBwsgBSADNgIEIAUgBzYCACAGQRBq\
JAAgBEEkaiAEKAIYIgMgASADGyIGIAQoAhwgAiADGyIBEBogBCgCJEEBRgRAIAQgBCkCKCILpyIC\
NgJMIARBGkEVIAtCgICAgBCDUCIDGzYCVCAEQcqqwABB5KrAACADGzYCUCABIAJJDQIjAEEwayID\
JAAgAyACIgE2AgggAyAGNgIEIANBIGogA0EEahAjAkAgBEHgAGoiBwJ/IAMoAiAiCQRAIAMoAiQi\
BSADKAIsRQ0BGgJAAkAgAUUEQEEBIQYMAQsgAUEBENACIgZFDQELIANBADYCFCADIAY2AhAgAyAB\
NgIMAkACQCABIAVJBEAgA0EMakEAIAUQbyADKAIMIQEgAygCECEGIAMoAhQhCAwBCyAFRQ0BCyAF\
RQ0AIAYgCGogCSAF/AoAAAsgAyAFIAhqIgU2AhQgASAFa0ECTQRAIANBDGogBUEDEG8gAygCFCEF\
IAMoAhAhBgsgBSAGaiIBQYafwQAtAAAiCDoAAiABQYSfwQAvAAAiCTsAACADIAVBA2oiATYCFCAD\
IAMpAgQ3AhggA0EgaiADQRhqECMgAygCICIGBEADQCADKAIsAkACQCADKAIkIgUgAygCDCABa0sE\
QCADQQxqIAEgBRBvIAMoAhQhAQwBCyAFRQ0BCyAFRQ0AIAMoAhAgAWogBiAF/AoAAAsgAyABIAVq\
IgE2AhQEQCADKAIMIAFrQQJNBEAgA0EMaiABQQMQbyADKAIUIQELIAMoAhAgAWoiBiAJOwAAIAYg\
CDoAAiADIAFBA2oiATYCFAsgA0EgaiADQRhqECMgAygCICIGDQALCyAHIAMoAhQ2AgggByADKQIM\
NwIADAMLQQEgARDRAgALQQEhCUEACzYCCCAHIAk2AgQgB0GAgICAeDYCAAsgA0EwaiQAIARBEGog\
BxCiAyAEQQhqIAQoAhAgBCgCFCACEEYgBCAEKAIMIgE2AlwgBCAEKAIIIgI2AlggBxDeAiAEQQE2\
AnwgBCAEQdwAajYCeCAEQQE2AnQgBEEBNgJsIARBAjYCZCAEIARB2ABqNgJwIAQgBEHMAGo2Amgg\
BCAEQdAAajYCYCAEQTxqQfqgwAAgBxCqAiAEQQA6AEggACAEKQJENwIUIAAgBCkCPDcCDCAAIAE2\
AgggACACNgIEIABBATYCAAwBCyAEIAQoAigiAyAEKAIsIgdqNgJkIAQgAzYCYCAEQeAAaiIGKAIA\
IQIgBigCBCEFA0ACQCACIgEgBUYNACAGIAFBAWoiAjYCACABLQAAQQlrIghBF0sNAEEBIAh0QZOA\
gARxDQELCyABIAVHBEAgACAHNgIIIAAgAzYCBCAAQQI2AgAMAQsgAEEMakGXqsAAQTMQlwEgAEEA\
NgIAIABBADoAGAsgBEGAAWokAA8LQQAgAiABQfyqwAAQOAALnQgBDH8jAEFAaiIEJAAgBCAAIAAg\
AWoQVSAEQQxqIAIgAiADahBVQX8hAAJAIAQoAghBwABLDQAgBCgCFCIBQcAASw0AIARBADoAMCAE\
IAE2AiwgBEEANgIoIARBGGohBiMAQSBrIgIkACACQRRqIARBKGoiABCVAQJAIAIoAhhBAUYEQCAC\
IAIoAhxBBEEEELIBIAJBADYCECACIAIpAwA3AgggAkEIaiEDIwBBEGsiBSQAIAVBBGogABCVAQJA\
AkAgBSgCCEEBRgRAIAMgBSgCDBC4AiADKAIIIQEgAC0ACEEBcQ0BIAAoAgAiByAAKAIEIghLDQEg\
AUEBaiEAIAMoAgQgAUECdGohAQNAIAcgCEcEQCABIAc2AgAgAUEEaiEBIABBAWohACAHQQFqIQcM\
AQsLIAEgCDYCAAwCC0HcocAAQSNB9JbBABDyAQALIAEhAAsgAyAANgIIIAVBEGokACAGIAIoAhA2\
AgggBiACKQIINwIAIAJBIGokAAwBC0HcocAAQSNB8KHAABDyAQALIAQoAgQiByAEKAIIQQJ0aiEM\
A0ACQAJAIAcgDEcEQCAHKAIAIQ0gBEE0aiEFIAQoAhRBAWohACMAQSBrIgIkAAJAAkACQCAOQQFq\
Ig4iAQRAIAJBCGogAEEEQQQQsgEgAkEANgIcIAIgAikDCDcCFCACQRRqIgggABC4AkEBIAAgAEEB\
TRsiCUEBayEDIAgoAgQgCCgCCCIKQQJ0aiEGAkADQCADBEAgBiABNgIAIANBAWshAyAGQQRqIQYM\
AQUCQCAJIApqIQMgAA0AIANBAWshAwwDCwsLIAYgATYCAAsgCCADNgIIIAUgAigCHDYCCCAFIAIp\
AhQ3AgAMAQsgAkEUaiAAQQFBBEEEEGEgAigCGCEBIAIoAhRBAUYNASACKAIcIQMgBSAANgIIIAUg\
AzYCBCAFIAE2AgALIAJBIGokAAwBCyABIAIoAhwQ0QIACyAHQQRqIQcgBCgCOEEEaiEDIAQoAhRB\
AnQhAkEAIQAgBCgCPCIGIAZBAEdrIQggBCgCECEBA0AgAkUNAiABKAIAIQkgBEEYaiIFIABB0IjB\
ABCkAigCACEKIAUgAEEBaiIFQeCIwQAQpAIoAgAhCyAEQTRqIABB8IjBABCkAiEPIAAgCEYNAyAD\
IA8oAgBBAWoiACALQQFqIgsgCiAJIA1HaiIJIAkgC0sbIgkgACAJSRs2AgAgA0EEaiEDIAJBBGsh\
AiABQQRqIQEgBSEADAALAAsgBEEYaiIBIAQoAhRBwIjBABCkAigCACEAIAEQiwMMAwsgBEEYahCL\
AyAEIAQoAjw2AiAgBCAEKQI0NwMYDAELCyAAQQFqIAZBgInBABCzAQALIARBDGoQiwMgBBCLAyAE\
QUBrJAAgAAuPBAECfyAAIAFqIQICQAJAIAAoAgQiA0EBcQ0AIANBAnFFDQEgACgCACIDIAFqIQEg\
ACADayIAQZi/wQAoAgBGBEAgAigCBEEDcUEDRw0BQZC/wQAgATYCACACIAIoAgRBfnE2AgQgACAB\
QQFyNgIEIAIgATYCAAwCCyAAIAMQMAsCQAJAAkAgAigCBCIDQQJxRQRAIAJBnL/BACgCAEYNAiAC\
QZi/wQAoAgBGDQMgAiADQXhxIgIQMCAAIAEgAmoiAUEBcjYCBCAAIAFqIAE2AgAgAEGYv8EAKAIA\
Rw0BQZC/wQAgATYCAA8LIAIgA0F+cTYCBCAAIAFBAXI2AgQgACABaiABNgIACyABQYACTwRAIAAg\
ARA1DwsCQEGIv8EAKAIAIgJBASABQQN2dCIDcUUEQEGIv8EAIAIgA3I2AgAgAUH4AXFBgL3BAGoi\
ASECDAELIAFB+AFxIgFBgL3BAGohAiABQYi9wQBqKAIAIQELIAIgADYCCCABIAA2AgwgACACNgIM\
IAAgATYCCA8LQZy/wQAgADYCAEGUv8EAQZS/wQAoAgAgAWoiATYCACAAIAFBAXI2AgQgAEGYv8EA\
KAIARw0BQZC/wQBBADYCAEGYv8EAQQA2AgAPC0GYv8EAIAA2AgBBkL/BAEGQv8EAKAIAIAFqIgE2\
AgAgACABQQFyNgIEIAAgAWogATYCAAsLlwQCBX8BfiMAQSBrIgckACAAQfyxwABBASABKAIMIgQR\
AQADQEEAIQYgB0EIaiACIgUgAyAIAn8CQANAIAYgCGoiAUF3SyABQQhqIANLcg0BIAUgCGogBUEI\
aiEFIAZBCGohBikAACIJQn+FIAlC4MGDh46cuPBgg0KBgoSIkKDAgAF9IAlCosSIkaLEiJEihUKB\
goSIkKDAgAF9IAlC3Ljx4sWLl67cAIVCgYKEiJCgwIABfYSEg0KAgYKEiJCgwIB/gyIJUA0ACyAI\
IAl6p0EDdmogBmpBCGsMAQsDQCABIANJIQUgASACaiABQQFqIQFBACAFGxCOAg0ACyABQQFrCyIB\
QYCywAAQcyAAIAcoAgggBygCDCAEEQEAIAEgA0kEQAJAAkACQAJAAkACQAJAAkACQAJAIAEgAmot\
AAAiBUEIaw4GBwYEAQgFAAsgBUEiRg0BIAVB3ABGDQILIAdBFGoiBiAFEHsgACAHKAIYIAcoAhwg\
BBEBACAGEIoDDAcLIABBkLLAAEECIAQRAQAMBgsgAEGSssAAQQIgBBEBAAwFCyAAQZSywABBAiAE\
EQEADAQLIABBlrLAAEECIAQRAQAMAwsgAEGYssAAQQIgBBEBAAwCCyAAQZqywABBAiAEEQEADAEL\
IABBnLLAAEECIAQRAQALIAFBAWohCAwBCwsgAEH8scAAQQEgBBEBACAHQSBqJAAL6QMBBH8jAEEw\
ayIDJAAgA0EIaiIEQcACIAIgAkHAAk8bQQJqEPkBIARBIhCjASADQQA2AhwgAyABIAJqIgQ2Ahgg\
AyABNgIUA0ACQAJAAkACQAJAAkACQCADQRRqIgUQ9AEiAkGAgMQARwRAIAMgAygCHCIGQQFqNgIc\
IAZB0ABGBEAgA0EIaiICQabAABCjASACQSIQowEgAyABIAQQvAI2AiwgA0EBNgIYIAMgA0EsajYC\
FCADQSBqIgFBnp/AACAFEKoCIAIgAygCJCADKAIoENoBIAEQigMMAgsCQAJAIAJBCWsOBQgGAQEH\
AAsgAkEiRg0DIAJB3ABGDQQLIAJB5sAAa0EESSACQarAAGtBBUlyIAJB/v//AHFBqMAARiACQSBJ\
cnJFIAJB/wBrQSFPcQ0HIANBIGoiBSACEHsgA0EIaiADKAIkIAMoAigQ2gEgBRCKAwwICyADQQhq\
QSIQowELIAAgAygCEDYCCCAAIAMpAgg3AgAgA0EwaiQADwsgA0EIakGQssAAQQIQ2gEMBQsgA0EI\
akGSssAAQQIQ2gEMBAsgA0EIakGUssAAQQIQ2gEMAwsgA0EIakGWssAAQQIQ2gEMAgsgA0EIakGY\
ssAAQQIQ2gEMAQsgA0EIaiACEKMBDAALAAvIBAIEfwF+IwBBQGoiAyQAIAEoAgAhAQJAAkACQCAC\
Qf8BcUEERwRAIAEoAiAhBSABKAIkKAIMIQEMAQsgA0EwaiABKAIgIgVBByABKAIkKAIMIgERAQAC\
QAJAAkACQCADLQAwQQNrDgQAAQEFAQsgA0E0aiIEKAIIIgZB/IbBACgCAEYEfyAEKAIEQfiGwQAo\
AgAgBhC+AQVBAQsNASADIAQoAgg2AiggAyAEKQIANwMgIANBIGoQigMgAy0AMEEDaw4EAwICAwIL\
IANBMGoQ7QEMAwsgBBCKAwwCCyADQTBqEO0BCyADQTBqIAUgAhD0AiABEQEAAkAgAy0AMCIBQQZG\
DQACQAJAAkAgAUECaw4CAQADCyADQQhqIAMoAjggAygCPBBPIAMoAgxFDQIgA0EUaiADQTRqEKsB\
DAELIAMgAygCOCIFIAMoAjwiAUEtEMYBIAMoAgQgASADKAIAIgEbIgRFDQEgAyABIAUgARsiATYC\
ICADIAEgBGoiBTYCJCADQSBqIgQQzwENASADIAU2AiQgAyABNgIgIAQoAgAhBSAEKAIEIQYDQCAG\
IAUiAUcEQCAEIAFBAWoiBTYCACABLQAAQTBGDQELCyABIAZHBEAgA0EUaiADQTRqEKsBDAELIANB\
FGpB+YfBAEEBEJcBCyADKAIUIQEgA0EwahDgAiABQYCAgIB4Rg0BIAMpAhghByAAIAI6AAwgACAH\
NwIEIAAgATYCAAwCCyADQTBqEOACCyAAQYCAgIB4NgIACyADQUBrJAAL1wYCDX8BfiMAQfAAayID\
JABBASACKAIEIAItAAAiBBshBUEAIAIoAgggBBshBAJAAkACQCABIAIQrAIiAQRAIAEtAABBA0cN\
ASADQQhqIAEoAggiBiABKAIMIgkQTyADKAIMDQIgACAENgIIIAAgBTYCBCAAQQI2AgAMAwsgACAE\
NgIIIAAgBTYCBCAAQQI2AgAMAgsgACACQY2vwABBCCABEHwMAQsgAyACKAIUIgU2AhAgAyAFIAIo\
AhhBA3RqIg42AhQjAEEgayIIJAAgAUEEaiIBKAIIIQogASgCBCELIANBEGoiDygCACEBIA8oAgQh\
DANAAkAgASAMRgRAQQAhDQwBCyAPIAFBCGoiBDYCACABKAIAIQ0gCCABQQRqKAIAIgc2AhQgCCAN\
NgIQIAhBCGogCyAKEE8gCCAIKQMINwIYIAQhASAIQRBqIAhBGGoQ0wJFDQELCyADIAc2AgQgAyAN\
NgIAIAhBIGokACADKAIAIgQEQCADKAIEIQEgACAENgIEIABBAjYCACAAIAE2AggMAQsgA0E0aiIM\
IAYgCRApIwBBIGsiBiQAIAZBCGogDiAFa0EDdiIBQQRBDBCyASAGQQA2AhwgBiAGKQMINwIUIwBB\
EGsiCSQAIAZBFGoiBCABELkCIAQpAgQhECAJIARBCGo2AgQgCSAQQiCJNwIIIwBBEGsiCiQAIAlB\
BGoiBygCBCELIAcoAgAgBSAORwRAIAcoAgggC0EMbGohByABIAtqIQsDQCAKQQRqIAUoAgAgBUEE\
aigCABApIAcgCigCDDYCCCAHIAopAgQ3AgAgBUEIaiEFIAdBDGohByABQQFrIgENAAsLIAs2AgAg\
CkEQaiQAIAlBEGokACADQcwAaiIEIAYoAhw2AgggBCAGKQIUNwIAIAZBIGokACADQUBrIgEgAygC\
UCADKAJUQaj/wABBAhASIANBAzYCbCADQQM2AmQgA0ECNgJcIAMgAkEMajYCWCADIAE2AmggAyAM\
NgJgIANBJGpBsYfAACADQdgAahCqAiABEIoDIAQQlQMgDBCKAyAAIAMpAiA3AgggACADKQIoNwIQ\
IANBADYCGCAAIAMpAhg3AgAgA0EBOgAwIAAgAygCMDYCGAsgA0HwAGokAAuzAwEFfyMAQfAAayID\
JAACQAJAIAEgAhCsAiIBBEAgAS0AAEEERw0BIANBIGogASgCDEEEQQwQsgEgA0EANgI0IAMgAykD\
IDcCLCABKAIMQQR0IQUgASgCCCEBAkADQCAFBEAgAyAENgI4IAEtAABBA0cNAiADQRBqIAFBCGoo\
AgAiBiABQQxqKAIAIgcQTyADKAIUBEAgA0EIaiAGIAcQTyADQdgAaiIGIAMoAgggAygCDBCXASAD\
QSxqIAYQ2QELIAFBEGohASAEQQFqIQQgBUEQayEFDAELCyAAIAMoAjQ2AgwgACADKQIsNwIEIABB\
AjYCAAwDCyADQRhqIAEQxwIgAyADKQMYNwJQIANBAjYCbCADQQE2AmQgA0ECNgJcIAMgAkEMajYC\
WCADIANB0ABqNgJoIAMgA0E4ajYCYCADQcQAakHgg8AAIANB2ABqEKoCIABBADYCACAAIAMpAjw3\
AgQgACADKQJENwIMIAAgAygCTDYCFCAAQQE6ABggA0EsahCVAwwCCyAAQgQ3AgggAEICNwIADAEL\
IAAgAkGdjsEAQRMgARB8CyADQfAAaiQAC+cCAQV/AkAgAUHN/3tBECAAIABBEE0bIgBrTw0AIABB\
ECABQQtqQXhxIAFBC0kbIgRqQQxqEAkiAkUNACACQQhrIQECQCAAQQFrIgMgAnFFBEAgASEADAEL\
IAJBBGsiBSgCACIGQXhxIAIgA2pBACAAa3FBCGsiAiAAQQAgAiABa0EQTRtqIgAgAWsiAmshAyAG\
QQNxBEAgACADIAAoAgRBAXFyQQJyNgIEIAAgA2oiAyADKAIEQQFyNgIEIAUgAiAFKAIAQQFxckEC\
cjYCACABIAJqIgMgAygCBEEBcjYCBCABIAIQJwwBCyABKAIAIQEgACADNgIEIAAgASACajYCAAsC\
QCAAKAIEIgFBA3FFDQAgAUF4cSICIARBEGpNDQAgACAEIAFBAXFyQQJyNgIEIAAgBGoiASACIARr\
IgRBA3I2AgQgACACaiICIAIoAgRBAXI2AgQgASAEECcLIABBCGohAwsgAwuwAwEFfyMAQRBrIgYk\
ACAGIAI2AgwgBiABNgIIQcYAIQMDQCADQQJJRQRAIAQgA0EBdiIFIARqIgQgBkEIaiAEQSxsQYzS\
wABqENYCQf8BcUEBRhshBCADIAVrIQMMAQsLAkACQCAGQQhqIARBLGxBjNLAAGoQ1gJB/wFxIgME\
QEGweiEDA0AgA0UEQEEAIQRBAyEFQYyFwQAhB0EAIQNBACECQQAhAQwDCyADQaCFwQBqIQUgA0Gc\
hcEAaiEHIANBJGoiBCEDIAEgAiAHKAIAIAUoAgAQxQJFDQALIARB6ITBAGohAyAEQYmFwQBqLQAA\
IQEgBEGIhcEAai0AACECIARBhIXBAGooAgAhBSAEQYCFwQBqKAIAIQdBACEEDAELIAQgA0H/AUZq\
IgFBxQBLDQEgAUEsbCIDQYzSwABqIQQgAy0AtdJAIQEgAy0AtNJAIQIgAygCmNJAIQUgAygClNJA\
IQcgAygCnNJAIQMLIAAgAzYCDCAAIAQ2AgggACABOgARIAAgAjoAECAAIAU2AgQgACAHNgIAIAZB\
EGokAA8LQcYAQcYAQaz/wAAQswEAC5MFAQl/IwBBMGsiBiQAAkACQCACBEACQCADBEAjAEEwayIF\
JAAgBUEANgIsIAUgAzYCJCAFIAM2AhwgBSAENgIgIAUgAyAEaiIINgIoIAVBJGohCiADIQQDQCAF\
QRBqIAoQhAEgBSgCFCIHQQlGIAdBIEZyBEAgBSgCJCEEIAUoAighCAwBBQJ/IAdBgIDEAEcEQCAF\
KAIkIAUoAhAiByAIIARramogBSgCKGsMAQtBACEHQQALIQgDQCAFKAIkIQsgBSgCKCEMIAVBCGog\
ChCkASAFKAIIIQ0gBSgCDCIEQQlGIARBIEZyDQALIAYgBEGAgMQARwR/IAUoAiQgDCALayANamog\
BSgCKGsFIAgLIAdrNgIEIAYgAyAHajYCACAFQTBqJAALCyAGKAIEIQUgBigCACEHQQAhA0EAIQQD\
QCADIAVGDQIgAiAESwRAIAMgB2ohCCADQQFqIQMgASAEai0AACAILQAAcyAJciEJIARBAWoiBEEA\
IAIgBEcbIQQMAQsLIAQgAkHAhsEAELMBAAsgBkECNgIsIAZB6IbBADYCKCAGQQI2AiQgBkHQhsEA\
NgIgIAZBFGpBiIzAACAGQSBqEKoCIABBADYCACAAIAYpAgw3AgQgACAGKQIUNwIMIAAgBigCHDYC\
FCAAQQE6ABgMAwsgAiAFRhDhAiAJQQAgCWtywEEAThDhAnEQ4QJB/wFxRQ0BIABBAjYCAAwCCyAA\
QQI2AgAMAQsgBkECNgIsIAZB6IbBADYCKCAGQQI2AiQgBkHQhsEANgIgIAZBFGpBpJzAACAGQSBq\
EKoCIABBADYCACAAIAYpAgw3AgQgACAGKQIUNwIMIAAgBigCHDYCFCAAQQE6ABgLIAZBMGokAAuC\
AwEEfyAAKAIMIQICQAJAAkAgAUGAAk8EQCAAKAIYIQMCQAJAIAAgAkYEQCAAQRRBECAAKAIUIgIb\
aigCACIBDQFBACECDAILIAAoAggiASACNgIMIAIgATYCCAwBCyAAQRRqIABBEGogAhshBANAIAQh\
BSABIgJBFGogAkEQaiACKAIUIgEbIQQgAkEUQRAgARtqKAIAIgENAAsgBUEANgIACyADRQ0CAkAg\
ACgCHEECdEHwu8EAaiIBKAIAIABHBEAgAygCECAARg0BIAMgAjYCFCACDQMMBAsgASACNgIAIAJF\
DQQMAgsgAyACNgIQIAINAQwCCyAAKAIIIgAgAkcEQCAAIAI2AgwgAiAANgIIDwtBiL/BAEGIv8EA\
KAIAQX4gAUEDdndxNgIADwsgAiADNgIYIAAoAhAiAQRAIAIgATYCECABIAI2AhgLIAAoAhQiAEUN\
ACACIAA2AhQgACACNgIYDwsPC0GMv8EAQYy/wQAoAgBBfiAAKAIcd3E2AgAL/wIBBn8jAEFAaiID\
JAAgA0EQaiABIAIQtwECQCADKAIQQQFxRQRAIABBBzYCAAwBCyADKAIUIQUgA0GMhsEAKAIANgI8\
IANBhIbBACkCADcCNCADQfyFwQApAgA3AiwgA0H0hcEAKQIANwIkIANBJGohBwJAAkADQCAEQQRq\
IgZBIEYNASAEIAdqIAYhBCgCACAFRw0ACyAFQQJHDQEgA0EIaiABIAJBAWoQtwEgAygCCEEBcUUE\
QCAAQQc2AgAMAwsgAygCDCEEIAMgASACQQJqELcBIAMoAgBBAXFFBEAgAEEHNgIADAMLIAMoAgQi\
AiAEaiIGIAJJBEAgAEEHNgIADAMLIAEoAmQgBkkEQCAAQQc2AgAMAwsgA0EcaiABKAJgIARqIAIQ\
GiADKAIcQQFGBEAgAEEHNgIADAMLIAMoAiAhASAAIAMoAiQ2AgggACABNgIEIABBAjYCAAwCCyAA\
QQc2AgAMAQsgAEIBNwIEIAAgBTYCAAsgA0FAayQAC8oEARN/IwBBEGsiCiQAAkAgASgCECIMIAEo\
AggiEEsNACABQRRqIhEgAS0AGCIHakEBayESIAEoAgQhDSABKAIMIQUgB0EFSSETAkACQANAIAUg\
DEsNAyAFIA1qIQYgEi0AACELAkAgDCAFayIEQQdNBEBBACECQQAhAwNAIAMgBEYEQCAEIQMMAwsg\
CyADIAZqLQAARgRAQQEhAgwDBSADQQFqIQMMAQsACwALIApBCGohDkEAIQMCQAJAAkAgBiAGQQNq\
QXxxIgJGBEAgBEEIayEPQQAhAgwBCyAEIAIgBmsiAiACIARLGyECIAQEQCALIQhBASEJA0AgAyAG\
ai0AACAIRg0EIAIgA0EBaiIDRw0ACwsgAiAEQQhrIg9LDQELIAtBgYKECGwhAwNAQYCChAggAiAG\
aiIJKAIAIANzIghrIAhyQYCChAggCUEEaigCACADcyIIayAIcnFBgIGChHhxQYCBgoR4Rw0BIAJB\
CGoiAiAPTQ0ACwsgAiAERwRAIAshA0EBIQkDQCADIAIgBmotAABGBEAgAiEDDAMLIAQgAkEBaiIC\
Rw0ACwtBACEJCyAOIAM2AgQgDiAJNgIAIAooAgwhAyAKKAIIIQILIAJBAUcNASABIAMgBWpBAWoi\
BTYCDCAFIAdJDQAgBSAHayEEIAUgEEsNACATRQ0CIAQgDWogESAHEL4BDQALIAAgBTYCCCAAIAQ2\
AgRBASEUDAILIAEgDDYCDAwBC0EAIAdBBEG8ocAAEDgACyAAIBQ2AgAgCkEQaiQAC9AEAgh/AX4j\
AEEwayIEJAAgAigCBCIGIAIoAghBHGxqIQgjAEEgayIFJAAgBUEIaiAIIAZrQRxuIgJBBEEMELIB\
IAVBADYCHCAFIAUpAwg3AhQjAEEQayIJJAAgBUEUaiIHIAIQuQIgBykCBCEMIAkgB0EIajYCBCAJ\
IAxCIIk3AgggCUEEaiIKKAIEIQcgCigCACAGIAhHBEAgBkEIaiEGIAooAgggB0EMbGohCCACIAdq\
IQcDQCAIQQhqIAZBBGo2AgAgCCAGQQRrKQIANwIAIAZBHGohBiAIQQxqIQggAkEBayICDQALCyAH\
NgIAIAlBEGokACAEIAUoAhw2AgggBCAFKQIUNwIAIAVBIGokACAEQQxqIAQoAggQnAEgBCgCFCEC\
IAQoAhAhBSADBEAgBCAENgIYIAUgAiAEQRhqQaCywAAQFgsgAEG4ssAAQQEgASgCDCIJEQEAIAQo\
AgwhBiAEQQA2AiwgBCAFIAJBAnQiB2o2AiQgBCAGNgIgIAQgBTYCHCAEIAU2AhggBCAENgIoQQEh\
AgNAAkACQCAHRQ0AIAQgBUEEaiIGNgIcIAQgBSgCAEG8ssAAEKUCIgUoAgAiCEUNACAFKAIIIQog\
BSgCBCEFIAQgAjYCLCACQQFGDQEgAEHCscAAQQEgCREBAAwBCyAEQRhqELUCIABBubLAAEEBIAkR\
AQAgBBCIAyAEQTBqJAAPCyAAIAEgCCAFECggAEG6ssAAQQEgCREBACAAIAEgCiADEEggB0EEayEH\
IAJBAWohAiAGIQUMAAsAC/gCAQR/IwBB4ABrIgMkACADQRhqIAFBACACKAIMEQEAAkACQAJAAkAg\
Ay0AGEEDaw4EAgEBAAELIABBBGpBgIfBAEHgABDJAiAAQYCAgIB4NgIADAILIAMgAykCIDcDMCAD\
IAMpAhg3AyggA0EIaiADQRhqEMcCIAMgAykDCDcCUCADQQI2AlwgAyADQdAAajYCWCADQUBrQbqF\
wAAgA0HYAGoQqgIgAEKAgICACDcCACAAIAMpAjg3AgggACADKQJANwIQIAAgAygCSDYCGCAAQQE6\
ABwgA0EoahDtAQwBCyADQRBqIAMoAiAiBCADKAIkIgUQTyADKAIUBEAgAygCHCEGIABBDGogBCAF\
EC4gACACNgIkIAAgATYCICAAIAU2AgggACAENgIEIAAgBjYCAAwBCyADIANBHGoiASgCCDYCQCAD\
IAEpAgA3AzggAEEEakHgh8EAQRkQyQIgAEGAgICAeDYCACADQThqEIoDCyADQeAAaiQAC8MCAQR/\
IABCADcCECAAAn9BACABQQh2IgNFDQAaQR8gAUGAgIAITw0AGiABQSYgA2ciA2t2QQFxIANBAXRy\
QT5zCyICNgIcIAJBAnRB8LvBAGohBEEBIAJ0IgNBjL/BACgCAHFFBEAgBCAANgIAIAAgBDYCGCAA\
IAA2AgwgACAANgIIQYy/wQBBjL/BACgCACADcjYCAA8LAkACQCABIAQoAgAiAygCBEF4cUYEQCAD\
IQIMAQsgAUEZIAJBAXZrQQAgAkEfRxt0IQUDQCADIAVBHXZBBHFqIgQoAhAiAkUNAiAFQQF0IQUg\
AiEDIAIoAgRBeHEgAUcNAAsLIAIoAggiASAANgIMIAIgADYCCCAAQQA2AhggACACNgIMIAAgATYC\
CA8LIARBEGogADYCACAAIAM2AhggACAANgIMIAAgADYCCAvZAgEFfyMAQUBqIgMkACADIAA2Aigg\
AEEoaiEGIAAtAGghBCADIANBKGo2AiwCQAJAAkBBwAAgBGsiBSACTQRAIAQNAQwCCyADQRBqIAQg\
BkHAAEHgosAAEIcCIANBCGogAiADKAIQIAMoAhRB8KLAABDnASADKAIIIAMoAgwgASACQYCjwAAQ\
ngIgAiAEaiEEDAILIANBMGogASACIAVBkKLAABD4ASADKAI8IQIgAygCOCEBIAMoAjQhBSADKAIw\
IQcgA0EgaiAEIAZBwABBoKLAABCHAiADKAIgIAMoAiQgByAFQbCiwAAQngIgA0EsaiAGQQEQwgIL\
IAJBP3EhBCACQQZ2IgUEQCADQSxqIAEgBRDCAgsgA0EYaiAEIAZBwABBwKLAABDnASADKAIYIAMo\
AhwgASACQcD///8HcWogBEHQosAAEJ4CCyAAIAQ6AGggA0FAayQAC7kCAQR/IwBBEGsiBSQAAkAC\
QCAALQAQRQRAIAAoAgwiAyACIAAoAghBAnRqQQxqTw0BCyAAQQE6ABAMAQsgACADIAJrIgQ2Agwg\
BUEIaiAEIAMgACgCACAAKAIEQfC0wAAQ9QEgBSgCCCAFKAIMIAEgAkGAtcAAEJ4CAkACQCACQQNN\
BEAgAUEBayEBIAIhAwNAIANFDQIgASADaiADQQFrIQMsAABBAE4NAAtBBSEEDAILQQUhBCABKAAA\
QYCBgoR4cQ0BQQQgAUEDakF8cSIDIAFrIAEgA0YbIQMgAkEEayEGA0AgAyAGSQRAIAEgA2ooAgBB\
gIGChHhxDQMgA0EEaiEDDAELCyABIAZqKAAAQYCBgoR4cQ0BC0EEIQQLIAAgBCACELYCIAAgACgC\
DBCWAQsgBUEQaiQAC5QCAQF/IwBBIGsiBCQAAkACQAJAIAAgAk0EQCABIAJLDQEgACABTQ0CIAQg\
ADYCCCAEIAE2AgwgBCAEQQxqrUKAgICAEIQ3AxggBCAEQQhqrUKAgICAEIQ3AxBBroTAACAEQRBq\
IAMQ8gEACyAEIAA2AgggBCACNgIMIAQgBEEMaq1CgICAgBCENwMYIAQgBEEIaq1CgICAgBCENwMQ\
QcGGwAAgBEEQaiADEPIBAAsgBCABNgIIIAQgAjYCDCAEIARBDGqtQoCAgIAQhDcDGAwBCyAEIAE2\
AgggBCACNgIMIAQgBEEMaq1CgICAgBCENwMYCyAEIARBCGqtQoCAgIAQhDcDEEH6hsAAIARBEGog\
AxDyAQALwAICBX8BfiMAQUBqIgIkACACQSRqIAFBABANIAIgAikCKDcDECACIAIpAjA3AxgCQCAC\
KAIkIgNBAkcEQCACKQI4IQcgACACKQMYNwIMIAAgAikDEDcCBCAAIAc3AhQgACADNgIADAELIAIg\
AikDEDcDACACIAIpAxg3AwggASgCHCIDIAEoAhgiBCADIARLGyEEIAEoAhQhBQNAAkAgAyAERg0A\
IAMgBWotAABBCWsiBkEXS0EBIAZ0QZOAgARxRXINACABIANBAWoiAzYCHAwBCwsgAkEkaiABELMC\
IABBBGohASACKAIkIgNBAkcEQCABIAIpAjg3AhAgASACKQIwNwIIIAEgAikCKDcCACAAIAM2AgAg\
AhDtAQwBCyABIAIpAwg3AgggASACKQMANwIAIABBAjYCAAsgAkFAayQAC4cCAQd/IwBBEGsiAyQA\
QQohAiAAKAIAIgQhACAEQegHTwRAA0AgA0EGaiACaiIFQQRrIAAiBiAAQZDOAG4iAEGQzgBsayIH\
Qf//A3FB5ABuIghBAXQvAJqpQTsAACAFQQJrIAcgCEHkAGxrQf//A3FBAXQvAJqpQTsAACACQQRr\
IQIgBkH/rOIESw0ACwsgAEEJSwRAIAJBAmsiAiADQQZqaiAAIABB//8DcUHkAG4iAEHkAGxrQf//\
A3FBAXQvAJqpQTsAAAtBACAEIAAbRQRAIAJBAWsiAiADQQZqaiAAQQF0LQCbqUE6AAALIAFBAUEA\
IANBBmogAmpBCiACaxAXIANBEGokAAuXBwEIfyMAQdAAayIEJAAgBCADNgIMIAQgAjYCCCAEQRBq\
IAEQ8AIgBEERNgIgIARBgKTAADYCHAJAAkAgASgCGCICBEAgASgCEEUNAQsjAEEwayICJAAgAiAB\
QQxqIgMoAgAiASADKAIEIgNqNgIsIAIgATYCKCACIAM2AiQgAiABNgIgIAJBj4XBADYCHCACQYyF\
wQA2AhggAkEMaiEGIwBBQGoiASQAIAFBEGogAkEYaiIDEGwCQCABKAIQIggEQCABKAIUIQkgAUEo\
aiIHIAMQfyABQQhqQQQgASgCKEEBaiIFQX8gBRsiBSAFQQRNG0EEQQgQsgEgASgCCCEKIAEoAgwi\
BSAJNgIEIAUgCDYCACABQQE2AiQgASAFNgIgIAEgCjYCHCABIAMpAhA3AzggASADKQIINwMwIAEg\
AykCADcDKCABQRxqIQUjAEEgayIDJAADQAJAIANBCGogBxBsIAMoAggiCUUNACADKAIMIQogBSgC\
CCIIIAUoAgBGBEAgA0EUaiAHEH8gBSADKAIUQQFqIgtBfyALGxC6AgsgBSgCBCAIQQN0aiILIAo2\
AgQgCyAJNgIAIAUgCEEBajYCCAwBCwsgA0EgaiQAIAYgASgCJDYCCCAGIAEpAhw3AgAMAQsgBkEA\
NgIIIAZCgICAgMAANwIACyABQUBrJAAgBEEkaiIBIAIoAhAgAigCFBARIAYQiQMgAkEwaiQAIARB\
AjYCTCAEQQI2AkQgBEEDNgI8IARBAzYCNCAEIARBCGo2AkggBCAEQRxqNgJAIAQgATYCOCAEIARB\
EGo2AjAgAEHdisAAIARBMGoQqgIgARCKAwwBCyAEQSRqIQMjAEEgayIBJAAgASACKAIIIgU2AhAg\
ASAFIAIoAgxqNgIUIAJBCGohBkEBIQJBkvzAACEFAkAgAUEQahD0ASIHQYCAxABGDQAgB0HhAGtB\
H3ciB0EKSw0AIAdBAnQiBSgC8JlBIQIgBSgCxJlBIQULIAEgAjYCDCABIAU2AgggAUECNgIcIAEg\
BjYCGCABQQI2AhQgASABQQhqNgIQIANBhYvAACABQRBqEKoCIAFBIGokACAEQQI2AkwgBEECNgJE\
IARBAzYCPCAEQQM2AjQgBCAEQQhqNgJIIAQgBEEcajYCQCAEIAM2AjggBCAEQRBqNgIwIABBqIrA\
ACAEQTBqEKoCIAMQigMLIARBEGoQigMgBEHQAGokAAuIAgEGfyAAKAIIIgQhAgJ/QQEgAUGAAUkN\
ABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiBiAAKAIAIARrSwR/IAAgBCAGEGcgACgCCAUgAgsg\
ACgCBGohAgJAIAFBgAFPBEAgAUE/cUGAf3IhBSABQQZ2IQMgAUGAEEkEQCACIAU6AAEgAiADQcAB\
cjoAAAwCCyABQQx2IQcgA0E/cUGAf3IhAyABQf//A00EQCACIAU6AAIgAiADOgABIAIgB0HgAXI6\
AAAMAgsgAiAFOgADIAIgAzoAAiACIAdBP3FBgH9yOgABIAIgAUESdkFwcjoAAAwBCyACIAE6AAAL\
IAAgBCAGajYCCEEAC4gCAQZ/IAAoAggiBCECAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCAB\
QYCABEkbCyIGIAAoAgAgBGtLBH8gACAEIAYQbyAAKAIIBSACCyAAKAIEaiECAkAgAUGAAU8EQCAB\
QT9xQYB/ciEFIAFBBnYhAyABQYAQSQRAIAIgBToAASACIANBwAFyOgAADAILIAFBDHYhByADQT9x\
QYB/ciEDIAFB//8DTQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoAAAwCCyACIAU6AAMgAiADOgAC\
IAIgB0E/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAEIAZqNgIIQQALqAIBA38j\
AEHgAGsiBCQAIAQgAzYCICAEIAI2AhwgASgCCEEUbCEDIAEoAgQhBQJAAkADQCADRQ0BIAQgA0EU\
ayIDIAVqIgI2AkAgBEFAayIGIARBHGoQjwJFDQALIARBEGogAUEMahCiAyAEQQhqIAQoAhAgBCgC\
FCACQQxqKAIAIAJBEGooAgBBzK7AABBzIARBADYCXCAEQQA2AkggBEKAgICAwAA3AkAgBCAEKAIM\
IgE2AlggBCAEKAIIIgI2AlQgBCABNgJQIAQgAjYCTCAEQSRqIAZBARANAkAgBCgCJEECRgRAIAAg\
BCkCMDcCCCAAIAQpAig3AgAMAQsgAEEGOgAAIARBJGoQvQILIARBQGsQiwMMAQsgAEEGOgAACyAE\
QeAAaiQAC+0BAQN/IAAgAygCCCABKAIMIAEoAggiBUEZdyAFQQ53cyAFQQN2c2pqIAQoAgQiBkEP\
dyAGQQ13cyAGQQp2c2oiBjYCDCAAIAMoAgQgBSABKAIEIgdBGXcgB0EOd3MgB0EDdnNqaiAEKAIA\
IgVBD3cgBUENd3MgBUEKdnNqIgU2AgggACADKAIAIAcgASgCACIBQRl3IAFBDndzIAFBA3Zzamog\
BkEPdyAGQQ13cyAGQQp2c2o2AgQgACABIAQoAgxqIAIoAgwiAEEZdyAAQQ53cyAAQQN2c2ogBUEP\
dyAFQQ13cyAFQQp2c2o2AgALgQIBBn8CQAJAIAEoAgAiCCgCCCIJIAVJIAQgBUtyRQRAIAgoAgQi\
CCAFQQJ0aiELIAggBEECdGohBSABKAIMIQwgASgCCCENIAEoAgQhCEEAIQkDQCABIQQDQCAFIAtG\
DQMgCCAFKAIAIgEQ8QIgBkkNAyANIAIgAyABEMkBIQogASADTw0EIAVBBGohBSABIAJqIAo6AAAg\
CiAIIAEQ8QIgDCAHIAEQ3AEgBmpJcg0ACyAJRUEBIQkNACABIAQgCCABEPECIAggBBDxAkkbIQEM\
AAsACyAEIAUgCUGkqMAAEDgACyAAIAQ2AgQgACAJNgIADwsgASADQbSowAAQswEAC68EAQt/IwBB\
EGsiByQAAkBBlLvBACgCAA0AQZS7wQBBfzYCAEGku8EAKAIAIgJBoLvBACgCACIARgRAIAIiAEGY\
u8EAKAIAIgFGBEDQb0GAASAAIABBgAFNGyIA/A8BIgRBf0YNAgJAQai7wQAoAgAiAUUEQEGou8EA\
IAQ2AgAMAQsgASACaiAERw0DCyMAQRBrIgUkACAFQQhqIQhBoLvBACgCACEJQQQhASMAQRBrIgYk\
AEGYu8EAKAIAIAlrIABPBH9BgYCAgHgFIAZBCGohBCMAQRBrIgMkAAJ/QQAgACAJaiIBIABJDQAa\
IANBBGpBmLvBACABQQRBBBBLIAMoAgRBAUYEQCADKAIMIQogAygCCAwBCyADKAIIIQBBmLvBACAB\
NgIAQZy7wQAgADYCAEGBgICAeAshACAEIAo2AgQgBCAANgIAIANBEGokACAGKAIMIQEgBigCCAsh\
ACAIIAE2AgQgCCAANgIAIAZBEGokACAFKAIMIQEgB0EIaiIAIAUoAgg2AgAgACABNgIEIAVBEGok\
ACAHKAIIQYGAgIB4Rw0CQZi7wQAoAgAhAUGgu8EAKAIAIQALIAAgAU8NAUGcu8EAKAIAIABBAnRq\
IAJBAWo2AgBBoLvBACAAQQFqIgA2AgALIAAgAk0NAEGku8EAQZy7wQAoAgAgAkECdGooAgA2AgBB\
lLvBAEGUu8EAKAIAQQFqNgIAQai7wQAoAgAgB0EQaiQAIAJqDwsAC9ViAjh/AX4jAEFAaiISJAAg\
EkEANgIYIBIgASgCACgCACIGNgIcAkAgASgCECgCACIFBEAgEkEQaiAFIAEoAhQoAgAQ4AEgEigC\
ECEFIBJBMGoiCCASKAIUIgE2AgggCCAFNgIEIAggATYCAAJAIBIoAjBBgICAgHhGBEAgEiASKQI0\
NwIkIBJBgYCAgHg2AiAMAQsgEiASKAI4NgIoIBIgEikCMCI6NwMgIDqnQYGAgIB4Rw0CCyASQQhq\
IQVBACEBAn8gEkEgaiIAKAIAQYGAgIB4RgRAIAAoAgghASAAKAIEDAELIAAQ3gJBAAshACAFIAE2\
AgQgBSAANgIAIBIoAgghBiASKAIMIQUCQCASQRhqIgAoAgAiAQRAIAAoAgQhAAwBCyAAQQRqENUC\
CyASIAA2AgQgEiABNgIAIBIoAgAiASAGIAEbIgBBASAAGyASKAIEIAUgARtBACAAGxChAwALIBJB\
gICAgHg2AiALIBIgEigCKDYCOCASIBIpAyA3AzAgEkEwaiEMIwBB0ABrIhgkACAYIAY2AgggGEEM\
aiIBIBhBCGoQnwMQWwJAIBgoAgxBAkcEQCABEN4BIQEgAEGAgICAeDYCACAAIAE2AgQgDBDeAgwB\
CyMAQRBrIgckACAHQQRqIBhBCGoiDRCfAyIFEPkBIAcoAgggDRCfAyEIIwBBEGsiCiQAIA0QnwMh\
BiAKIAg2AgwgCiAGNgIIIAYgCEcEQCMAQRBrIgAkACAAIApBDGo2AgwgACAKQQhqNgIIIwBBQGoi\
ASQAIAFBzKjBADYCBCABIABBCGo2AgAgAUHMqMEANgIMIAEgAEEMajYCCCABQbC6wQAoAgA2AhQg\
AUGkusEAKAIANgIQIAEgAUEIaq1CgICAgLAPhDcDMCABIAGtQoCAgICwD4Q3AyggASABQRBqrUKA\
gICA0A+ENwMgQcWIwAAgAUEgakHkm8EAEPIBAAsgCCANKAIAJQEQASAKQRBqJAAgGEEoaiIBIAU2\
AgggASAHKQIENwIAIAdBEGokAAJAIAwoAgBBgICAgHhHBEAgGCAMKAIIIgY2AkggGCAMKQIANwNA\
IBhBADYCFCAYQoCAgIDAADcCDCAYKAJEIQUjAEEgayIIJAAgCEEIaiIBQay2wABBFRCXASAIQRRq\
IAUgBhCXASAYQQxqIgUgARDKASAYQTRqIgEgBSgCCDYCCCABIAUpAgA3AgAgCEEgaiQAIBhBQGsQ\
igMMAQsgGEEANgI8IBhCgICAgMAANwI0CyAYQShqIjghKCAYQTRqIjkhBiMAQfAAayIXJAACQEEA\
QcS2wAAoAgARBQAiAQRAIBdBCGogAUHItsAAEIQCQYCAgIB4IS4gFygCDCEyAn8CQCAXKAIIIgEo\
AgBBgICAgHhHBEAgF0EwaiETICgoAgQhDCAoKAIIIQUgAUEMaiEfIwBBkAJrIgQkACAEQRBqIRog\
BigCCEEYbCEPIAYoAgQiCEEQaiEGAn8DQEEAIA9FDQEaAkAgCCgCCEEVRgRAIAZBDGsoAgAhB0EV\
IQ1BrLbAACEKQRUhGQNAIBlFIA1FciIBRQRAIAotAAAhECAHLQAAIQsgDUEBayENIApBAWohCiAZ\
QQFrIRkgB0EBaiEHIAtBIEEAIAtBwQBrQf8BcUEaSRtyQf8BcSAQQSBBACAQQcEAa0H/AXFBGkkb\
ckH/AXFGDQELCyABDQELIAhBGGohCCAPQRhrIQ8gBkEYaiEGDAELCyAGQQRqKAIAIQggBigCAAsh\
ASAaIAg2AgQgGiABNgIAIARB4ABqIB8oAgQgHygCCCAEKAIQIAQoAhQQLwJAIAQoAmAiAUECRwRA\
IBMgBCkCdDcCGCATIAQpAmw3AhAgEyAEKQJkNwIIIBNBATYCACATIAE2AgQMAQsgBEHgAGohESMA\
QfABayICJAAgAkEYaiAMIAUQJSACKAIgIQYgAigCHCEBAkAgAigCGCIFQQJHBEAgESACKQIsNwIY\
IBEgAikCJDcCECARIAY2AgwgESABNgIIIBEgBTYCBCARQYCAgIB4NgIADAELIAJBADYCNCACIAY2\
AjAgAiABNgIsIAIgBjYCKCACIAE2AiQgAkEANgIgIAJCgICAgMAANwIYAkACQAJAAkACQAJAAkAC\
QANAIAYgHUYNASABIB1qLQAAIghBCWsiBUEXS0EBIAV0QZOAgARxRXJFBEAgAiAdQQFqIh02AjQM\
AQsLIAhB+wBHDQAgAiAdQQFqIgg2AjQgAkEANgJ8IAJCgICAgMAANwJ0IAYgCCAGIAhLGyEHA0Ag\
ByAIRg0DIAEgCGotAAAiDUEJayIFQRdLQQEgBXRBk4CABHFFcg0CIAIgCEEBaiIINgI0DAALAAsg\
AkHUAWogAkEYahA5IAIgAikC2AE3A5ABIAIgAikC4AE3A5gBAkAgAigC1AEiAUECRwRAIAIpAugB\
ITogESACKQOYATcCECARIAIpA5ABNwIIIBEgOjcCGCARIAE2AgQMAQsgAiACKQOQATcDWCACIAIp\
A5gBNwNgIAJBCGogAkHYAGoiARDHAiACIAIpAwg3AsgBIAJBAjYClAEgAiACQcgBajYCkAEgAkHg\
AWpBjYXAACACQZABahCqAiACQQA2AtQBIBEgAikC1AE3AgQgESACKQLcATcCDCARIAIpAuQBNwIU\
IAJBAToA7AEgESACKALsATYCHCABEO0BCyARQYCAgIB4NgIADAYLIA1B/QBGDQELIAJB5AFqISAg\
AkGVAWohFSACQdkBaiEOIAJBoAFqISEgAkGYAWohGSACQdwBaiEaIAJBlAFqIRsgAkHYAWohHANA\
IAJB1AFqIAJBGGpBARAhIAIgHCkCADcDkAEgAiAcKAIINgKYASACKALUASIPQQJHBEAgAiACKALs\
ATYCcCACIAIpAuQBNwJoIAIgAikDkAE3AlwgAiACKAKYATYCZAwDCyACIAIpA5ABNwOAASACIAIo\
ApgBNgKIASACKAI0IgUgAigCMCINIAUgDUsbIQggAigCLCEPA0ACQCAFIAhGBEAgCCEFDAELIAUg\
D2otAABBCWsiB0EXS0EBIAd0QZOAgARxRXINACACIAVBAWoiBTYCNAwBCwsgAkEANgK0ASACQoCA\
gIAQNwKsASAFIQgDQCAIIA0gCCANSxshDQJAAkADQAJAAkACQAJAAkAgCCANRg0AIAggD2otAAAi\
B0EJa0ECSQ0DAkAgB0Egaw4DBAEDAAsgB0ENRg0DIAdB2wBGIAdB+wBGcg0BCyACQdQBaiACQRhq\
EBsgAigC1AEiD0ECRg0DIBUgDikAADcAACAVIA4pAAg3AAggFSAOKQAPNwAPIAIgAi0A2AE6AJQB\
IAIgDzYCkAEMBQsgAkHUAWogAkEYaiACKAK0AUEBahCRASACKALUASIPQQJHBEAgGSAaKQIANwIA\
IBkgGikCCDcCCCAZIBooAhA2AhAgAiACKALYATYClAEgAiAPNgKQAQwFCyACIAIoAjRBAWoiCDYC\
NEH9AEHdACAHQfsARiILGyEQIAIoAjAhCiACKAIsIQwCQAJAA0AgCCAKTw0BIAggDGotAAAiB0EJ\
ayINQRdLQQEgDXRBk4CABHFFckUEQCACIAhBAWoiCDYCNAwBCwsgByAQRg0BCyACKAK0ASIHIAIo\
AqwBRgRAIwBBEGsiCiQAIApBBGogAkGsAWoiDCgCACIIIAwoAgRBCCAIQQF0IgggCEEITRsiDRB6\
IAooAgRBAUYEQCAKKAIIIAooAgwQ0QIACyAKKAIIIQggDCANNgIAIAwgCDYCBCAKQRBqJAALIAIo\
ArABIAdqIBA6AAAgAiAHQQFqNgK0ASALRQ0GIAJB1AFqIAJBGGpBABAhIAIgHCkCADcDyAEgAiAc\
KAIINgLQASACKALUASIPQQJHBEAgISAgKAIINgIIICEgICkCADcCACAbIAIoAtABNgIIIBsgAikD\
yAE3AgAMBgsgAiACKQPIATcDuAEgAiACKALQATYCwAEgAkG4AWoQigMMBgsgAiAIQQFqNgI0DAIL\
IAJB1AFqIAJBGGpBABAPIAIoAtQBIg9BAkYNASAbIBwpAhA3AhAgGyAcKQIINwIIIBsgHCkCADcC\
AAwDCyACIAhBAWoiCDYCNAwBCwsgAigCNCEIIAIoAiwhCyACKAIwIRAgAigCtAEhByACKAKwASEK\
A0BBAiEPIAdFDQEgByAKakEBayIMRQ0BIAggECAIIBBLGyENIAwtAAAhDAJAAkACQANAIAggDUYN\
AQJAIAggC2otAAAiFkEJa0ECSSAWQQ1GciAWQSBGckUEQCAWQSxHDQEgAiAIQQFqNgI0IAxB/QBH\
DQggAkHUAWogAkEYakEAECEgAiAcKQIANwPIASACIBwoAgg2AtABIAIoAtQBIg9BAkYNBCAhICAo\
Agg2AgggISAgKQIANwIAIBsgAigC0AE2AgggGyACKQPIATcCAAwHCyACIAhBAWoiCDYCNAwBCwsg\
DCAWRg0CCyACQZABaiACQRhqQfOrwABB/avAACAMQf0ARhtBChBjIAIoApABIQ8MAwsgAiACKQPI\
ATcDuAEgAiACKALQATYCwAEgAkG4AWoQigMMAwsgAiAHQQFrIgc2ArQBIAIgCEEBaiIINgI0DAAL\
AAsgAkGsAWoQigMgD0ECRwRAIAIgGykCEDcCbCACIBspAgg3AmQgAiAbKQIANwJcIAJBgAFqEIoD\
DAULIAIoAjQhCCACKAJ8Ig0gAigCdEYEQCACQfQAahDQAQsgAigCeCANQRRsaiIHIAIoAogBNgII\
IAcgAikDgAE3AgAgByAINgIQIAcgBTYCDCACIA1BAWo2AnwgAigCNCIIIAIoAjAiDSAIIA1LGyEH\
IAIoAiwhBQNAAkACQCAHIAhHBEAgBSAIai0AACIMQQlrQQJJIAxBDUZyIAxBIEZyDQEgDEEsRgRA\
IAIgCEEBajYCNAwHCyAMQf0ARg0CCyACQdgAaiACQRhqQfOrwABBChBjIAIoAlghDwwHCyACIAhB\
AWoiCDYCNAwBCwsgAiACKQJ0NwJcIAIgAigCfDYCZCACIAhBAWoiBzYCNAwFCyACKAIsIQ8gAigC\
NCEIIAIoAjAhDQwACwALAAsgAiACKQJ0NwJcIAIgAigCfDYCZCACIAhBAWoiBzYCNCABIQUgBiEN\
DAELIAJB9ABqEI8DIA9BAkcNASACKAIsIQUgAigCMCENIAIoAjQhBwsgAiACKQJcNwM4IAIgAigC\
ZDYCQCAHIA0gByANSxshDCAHIQgDQAJAIAggDEYNACAFIAhqLQAAQQlrIg1BF0tBASANdEGTgIAE\
cUVyDQAgAiAIQQFqIgg2AjQMAQsLIAJB1AFqIAJBGGoQswIgAigC1AEiBUECRwRAIBEgAikC6AE3\
AhggESACKQLgATcCECARIAIpAtgBNwIIIBFBgICAgHg2AgAgESAFNgIEIAJBOGoQjwMMAgsCQCAC\
KAIgIghFBEBBgICAgHghCAwBCyACKAIcIQUgAkHYAGogASAGEJcBIAhBAnQhCANAIAgEQCACQRBq\
IAJB2ABqIAUoAgAiASABQQRqQZyrwAAQ1AEgAigCECACKAIUQayrwABBBEGwq8AAEJ4CIAhBBGsh\
CCAFQQRqIQUMAQsLIAIoAlghCCACQZABaiACKAJcIgEgAigCYCIGEBogAigCkAFFDQAgAiACKQKU\
ASI6NwLgASACIAY2AtwBIAIgATYC2AEgAiAINgLUASAIQYCAgIB4RgRAIAEhCCAGIQEgOqchBgwB\
CyACQdQBahCKA0EBIQFBACEIQQAhBgsgESACKAJANgIIIBEgAikDODcCACARIAc2AhwgESAdNgIY\
IBEgBjYCFCARIAE2AhAgESAINgIMIAJBGGoQiwMMAgsgESACKQJoNwIUIBEgAigCcDYCHCACIAIo\
AmQiATYCUCACIAIpAlwiOjcDSCARIAE2AhAgESA6NwIIIBEgDzYCBCARQYCAgIB4NgIACyACQRhq\
EIsDCyACQfABaiQAIAQgBCkCZDcDOCAEIAQpAmw3A0AgBCAEKQJ0NwNIIAQgBCgCfDYCUCAEKAJg\
IgFBgICAgHhGBEAgEyAEKAJQNgIcIBMgBCkDSDcCFCATIAQpA0A3AgwgEyAEKQM4NwIEIBNBATYC\
AAwBCyAEIAQoAlA2AjQgBCAEKQNINwIsIAQgBCkDQDcCJCAEIAQpAzg3AhwgBCABNgIYIARB4ABq\
IARBGGpBxI7BABA0IAQgBCkCZDcDmAEgBCAEKQJsNwOgASAEIAQpAnQ3A6gBIAQgBCgCfDYCsAEC\
QCAEKAJgIgFBgICAgHhGBEAgEyAEKAKwATYCHCATIAQpA6gBNwIUIBMgBCkDoAE3AgwgEyAEKQOY\
ATcCBCATQQE2AgAMAQsgBCAEKQOYATcCPCAEIAQpA6ABNwJEIAQgBCkDqAE3AkwgBCAEKAKwATYC\
VCAEIAQpAoABNwJYIAQgATYCOCAEQYCAgIB4NgKIASAEIARBGGo2ApQBIARB4ABqIARBOGogHyAE\
QYgBakHcjsEAEAwgBCAEKQJoNwO4ASAEIAQpAnA3A8ABIAQgBCkCeDcDyAEgBCgCZCEBAkAgBCgC\
YEEBRgRAIBMgBCkDyAE3AhggEyAEKQPAATcCECATIAQpA7gBNwIIIBMgATYCBCATQQE2AgAMAQsg\
AUGAgICAeEcEQCAEIAQpA7gBIjo3ApwBIAQgBCkDyAE3AqwBIAQgBCkDwAE3AqQBIAQgATYCmAEg\
OqciD0EMaiEIIAQoAqABIg1B6ABsIQEgBEHkAGohDANAAkACfwJAAkACQAJAIAEEQCAEIAgpAgA3\
A9gBIAQgCEEIayIZKQIANwPQASAZQYKAgIB4NgIAIAhBBGshB0EDIAQoAtABIgZBgICAgHhzIAZB\
AE4bQQJrDgIBAgMLIA1B6ABsIQggHy0APUEBcSERA0ACQCAIBEAgBEHgAGohJSAEKAI8ITMgBCgC\
QCE0QQAhDSMAQfABayIDJAACQAJAAkAgDxCpAyImQYH4AU8EQCAPQQRqISIgDygCBEGAgICAeEYE\
QCADQYABaiEGIwBBIGsiByQAAkACQAJAAkBBAyAiKAIAIgFBgICAgHhzIAFBAE4bQQFrDgMBAgIA\
CyAHQQRqICIoAgggIigCDBBqIAcoAgQiBUECRyAHLQAIIgFBBUdyRQRAIAYgBygCFDYCCCAGIAcp\
Agw3AgAMAwsgBkEANgIIIAZCgICAgMAANwIAIAVBAkcEQCAHQQRqEL0CDAMLIAFBBUYNAiAHQQhq\
EO0BDAILIAYgIkEEahBODAELIAZBADYCCCAGQoCAgIDAADcCAAsgB0EgaiQAICIQ8AEgD0GBgICA\
eDYCBCAPIAMpAoABNwIIIA8gAygCiAE2AhAgDxCpAyImQYH4AUkNAwsgEQ0BIA9BCGohNSAPQSxq\
ISMgA0GMAWohGyADQcwAaiEnA0AjAEEQayIGJAAgBkEIakEKQQkgDygCABsQxgIgBigCDCEFIANB\
OGoiASAGKAIINgIAIAEgBTYCBCAGQRBqJAAgAygCPCEZIAMoAjghGkEAISkCQCAPKAI0IgpFDQAg\
DygCMCAKQQxsaiIBQQxGDQAgA0EwakHcpMAAQQggAUEIaygCACABQQRrKAIAEJsCIAMoAjAiB0UN\
ACADKAI0IgZBBU8Ef0HkpMAAIAcgBkEFa2pBBRD+AgVBAAshBSADQShqIgEgBkEFazYCBCABIAdB\
ACAFGzYCACADKAIoIgdFDQACQAJAAkAgAygCLCIGDgIDAAELIActAAAiBUEraw4DAgECAQsgBy0A\
ACEFCyAHIAVB/wFxQStGIgFqIQUCQCAGIAFrIhRBCU8EQEEAIQ0DQCAURSEpIBRFDQMgDa1CCn4i\
OkIgiKcNAiADQSBqIAUtAABBChDiASADKAIgQQFHDQIgBUEBaiEFIBRBAWshFCA6pyIBIAMoAiRq\
Ig0gAU8NAAsMAgtBACENA0AgFEUhKSAURQ0CIANBGGogBS0AAEEKEOIBIAMoAhhBAUcNAiAFQQFq\
IQUgFEEBayEUIAMoAhwgDUEKbGohDQwACwALCwJAICIoAgBBgYCAgHhGBEAgAyAaIBkQ/wI2ApgB\
IANCBDcCkAEgA0IANwKIASADQoCAgIDAADcCgAFBACEUIANBADoA1AEgA0GAAWoiFSA1QX9BfyAD\
QdQBahAZGiADIAMpApABNwNQIAMgAykCgAE3A0AgAyADKQKIATcDSCADIAMoApgBNgJYIAMgCiAp\
ayIMNgKgASADQYCIfkG/iH4gChsgJmo2ApwBIAMgAygCVCIQNgKIASADQQA2AoQBIAMgJzYCgAEg\
A0GkAWohCiMAQTBrIg4kACAOQQhqIBUQiQECQCAOKAIIQQFGBEAgDigCDCEGIA5BBEEEQQQQsgEg\
DigCACEFIA4oAgQiASAGNgIAIA5BATYCHCAOIAE2AhggDiAFNgIUIA4gFSgCCDYCKCAOIBUpAgA3\
AyAgDkEUaiELIA5BIGohBSMAQRBrIgckAANAAkAgB0EIaiAFEIkBIAcoAghBAUcNACAHKAIMIQEg\
CygCCCIGIAsoAgBGBEAgC0EBELgCCyALKAIEIAZBAnRqIAE2AgAgCyAGQQFqNgIIDAELCyAHQRBq\
JAAgCiAOKAIcNgIIIAogDikCFDcCAAwBCyAKQQA2AgggCkKAgICAwAA3AgALIA5BMGokACADKAKo\
ASEGIAMoAqwBIQUgAyAnNgKAASAGIAUgFUHsp8AAEBYgAygCpAEhASADIAYgBUECdGo2AowBIAMg\
ATYCiAEgAyAGNgKEASADIAY2AoABIANBsAFqIQ5BACEGIBUoAgAhCiAVKAIIIQcgFSgCDCAVKAIE\
IgVrQQJ2IgEhCwNAIAsEQCAGIApqIAUgBmooAgA2AgAgC0EBayELIAZBBGohBgwBCwsjAEEQayIF\
JAAgFUEANgIIIBVBBDYCACAFQoCAgIDAADcCCCAFQQhqEIsDIBVBBDYCDCAVQQQ2AgQgBUEQaiQA\
IA4gATYCCCAOIAo2AgQgDiAHNgIAIBUQtQIgAygCtAEhByADKAK4ASEBIwBBEGsiCiQAIAogJzYC\
CCAKIApBCGo2AgxBACEFAkAgAUUNAAN/IAFBAU0EfyAKQQxqIAcgBUECdGoQzgJB/wFxIgFFDQIg\
BSABQf8BRmoFIAUgAUEBdiIGIAVqIgUgCkEMaiAHIAVBAnRqEM4CQf8BcUEBRhshBSABIAZrIQEM\
AQsLIQULIApBEGokACAFIQEgAygCUCIFIQdBACELIAcgBSAQQRRsaiIGRwRAIAdBCGohBSAGIAdr\
QRRuIQYDQEEAIAUoAgBBACAFQQRrKAIAQX9GGyAFQQhqLQAAGyALaiELIAVBFGohBSAGQQFrIgYN\
AAsLIANBvAFqQQAgEBBiIAMgJzYCyAEgAyADQUBrNgLMASADICc2AtABIAMgA0HMAWo2AuABIAMg\
A0HIAWo2AtwBIAMgA0HQAWo2AtgBIAMgDjYC1AEgA0EANgLsASADQoCAgIDAADcC5AEDQAJAIBRB\
AnQhBQJAAkADQCADKAK4ASAUTQ0DAkAgA0HIAWogAygCwAEiCiADKALEASIHIAMoArQBIAVqKAIA\
Ig4QyQFFBEAgAyADQaABajYCjAEgAyADQcwBajYCiAEgAyADQZwBajYChAEgAyADQdABajYCgAEg\
ASAUTQRAIANBgAFqIA4QsQJFDQQgA0EQaiADQdQBaiAKIAcgFCADKAK4ASADKAKcASADKAKgARBA\
IAMoAhQhByADQeQBaiIKIAMoAhAiARC4AiAKKAIEIAooAggiBUECdGohBgNAIAFBAXEEQCAGIAc2\
AgAgBkEEaiEGIAVBAWohBUEAIQEMAQsLIAogBTYCCAwFCyADKAK4ASABSwR/IANBgAFqIAMoArQB\
IAFBAnRqKAIAELECBUEACyADQYABaiAOELECckUNASADQQhqIANB1AFqIgYgCiAHIBQgASADKAKc\
ASADKAKgARBAIAMoAgwhBSADKAIIIRAgAyAGIAogByABIAMoArgBIAMoApwBIAMoAqABEEAgAygC\
BCEKIAMoAgACfyAQQQFGBEAgA0HQAWogBRDxAgwBC0F/IAMoApwBIgYgBiALSxsLIQZBAUYEfyAK\
IAUgA0HQAWogChDxAiIFQYCAgIACSSAFQQN0IAZJcSIGGyEFQQEgECAGGwUgEAtBAUcNASADQeQB\
aiAFEIACDAQLIANBvAFqIA5BlKjAABCyAkEBOgAAIAVBBGohBSAUQQFqIRQMAQsLIAsgA0HQAWog\
DhDxAmsiBUEAIAUgC00bIQsLIAMgAygCnAEgA0HMAWogAygCoAEgDhDcAWogA0HQAWogDhDxAms2\
ApwBIAMgAygCoAFBAWo2AqABIANBvAFqIA5BhKjAABCyAkEBOgAAIANB5AFqIA4QgAIgFEEBaiEU\
DAILCwsgAyADKALsATYCaCADIAMpAuQBNwNgIANBvAFqIhwQigMgA0GwAWoQiwMgAyAZNgKUASAD\
IBo2ApABIANBHiAMayIBQQAgAUEeTRs2AogBIAMgAygCZCIUIAMoAmgiNkECdCIFajYChAEgAyAU\
NgKAASADIANBQGs2AowBIANB8ABqITcjAEEgayIeJAAgHkEIaiADQYABaiIMKAIIIgYEfyAGIAwo\
AgQgDCgCAGtBAnYiASABIAZLGwVBAAtBBEEMELIBIB5BADYCHCAeIB4pAwg3AhQjAEEQayIqJAAg\
HkEUaiIHIAwoAggiBgR/IAYgDCgCBCAMKAIAa0ECdiIBIAEgBksbBUEACxC5AiAHKQIEITogKiAH\
QQhqNgIEICogOkIgiTcCCEEAISsjAEHwAGsiCSQAIAwoAgQgDCgCACIda0ECdiIGIAwoAggiASAB\
IAZLGyEfIAwoAgwiL0EMaiEgICpBBGoiASgCCCEhIAEoAgQhLCABKAIAIRYgDCgCFCEVIAwoAhAh\
DgJAAkADQCAfICtHBEAgICAdICtBAnRqKAIAQaymwAAQoAIoAgAhDCAJQQA2AjggCUKAgICAwAA3\
AjAgDCEBA0ACQCABQX9GBEAgCUHgAGoiByAJKAI0IgEgCSgCOCICQQF2IiQgJEH8ksEAEOUBIAko\
AmQhMCAJKAJgIQYgByABIAJBA3RqICRBA3QiAWsgJCAkQYyTwQAQ5QEgK0EBaiErIAkoAmAgAWpB\
CGshC0EAIQEgCSgCZCIZICRBAWtLIRoDQCABICRGDQIgASAwRg0GIBoEQCAGIQcgCyEKQQIhMQNA\
IDEEQCAHKAAAIRAgByAKKAAANgAAIAogEDYAACAxQQFrITEgCkEEaiEKIAdBBGohBwwBCwsgBkEI\
aiEGIAtBCGshCyABQQFqIQEMAQsLIAFBf3MgAkEBdmogGUGsk8EAELMBAAsgLyABQcCmwAAQoQIp\
AgAhOiAJKAI4IgYgCSgCMEYEQCAJQTBqEM0BCyAJKAI0IAZBA3RqIDo3AgAgCSAGQQFqNgI4IC8g\
AUHQpsAAEKECKAIIIQEMAQsLQQwQhwMiAUUEQEEEQQwQpAMACyABIBU2AgggASAONgIEIAFBgICA\
gHg2AgAgCUEBNgJEIAkgATYCQCAJQQE2AjwgCSgCOCEGIAkoAjQhASAJIAkoAjA2AmggCSABNgJk\
IAkgATYCYCAJIAEgBkEDdCIGajYCbAJAA0ACQAJAAkAgBgRAIAkgAUEIaiIHNgJkIAEoAgQhECAB\
KAIAIgsNASAJIBA2AiAgCUEBNgJMIAkgCUEgajYCSCAJQdQAaiIBQceewAAgCUHIAGoQqgIgCUE8\
aiABENkBDAILIAlB4ABqEK8CIC8gDBCWAkHlAEkNAkEAIQYgCUEANgJQIAlCgICAgBA3AkggCSgC\
QCILIAkoAkRBDGxqIQcDQAJAIAcgC0YNACAJQRhqIAsQogMgCSAJKAIYIgEgCSgCHGo2AmQgCSAB\
NgJgIAtBDGohCwNAIAlB4ABqEPQBIgFBgIDEAEYNAiABEPoBIAZqIgZBMksNASAJQcgAaiABEKMB\
DAALAAsLQQAhCyAJQQA2AlwgCUKAgICAwAA3AlQgCSgCQCIHIAkoAkRBDGxqIQEDQAJAIAEgB0YN\
ACAJQRBqIAFBDGsiARCiAyAJIAkoAhAiBiAJKAIUajYCZCAJIAY2AmADQCAJQQhqIAlB4ABqEEwg\
CSgCCEEBRw0CIAkoAgwiDEGAgMQARg0CIAwQ+gEgC2oiC0EvSw0BIAkoAlwiBiAJKAJURgRAIAlB\
1ABqEM4BCyAJKAJYIAZBAnRqIAw2AgAgCSAGQQFqNgJcDAALAAsLIAlByABqIgpBvKbAAEEDENoB\
IAkgCSgCVDYCaCAJIAkoAlgiATYCZCAJIAE2AmAgCSABIAkoAlxBAnRqNgJsIwBBEGsiCyQAIAlB\
4ABqIgEoAgAhDCABKAIIIQcgCiABKAIMIgYgASgCBCIBa0ECdhC3AiALIAY2AgwgCyAHNgIIIAsg\
ATYCBCALIAw2AgAjAEEQayIGJAAgBiALKQIANwMAIAYgCykCCDcDCCAGKAIEIQEgBigCDCEHA0Ag\
ASAHRwRAIAogB0EEayIHKAIAEKMBDAELCyAGIAc2AgwgBhC1AiAGQRBqJAAgC0EQaiQAIAkgCSkC\
SDcDICAJIAkoAlA2AigMBAsgCUEBNgJcIAlBv6bAADYCWCAJQYCAgIB4NgJUIAlBPGoiCiAJQdQA\
aiIBENkBIAkgEDYCXCAJIAs2AlggCUGAgICAeDYCVCAKIAEQ2QELIAZBCGshBiAHIQEMAQsLIAlB\
IGogCSgCQCAJKAJEQQFBABASCyAJQTxqIgcoAgghASAHKAIEIQYDQCABBEAgAUEBayEBIAYQ3gIg\
BkEMaiEGDAELCyAHEIgDICEgLEEMbGoiASAJKAIoNgIIIAEgCSkDIDcCACAsQQFqISwMAQsLIBYg\
LDYCACAJQfAAaiQADAELIDAgMEGck8EAELMBAAsgKkEQaiQAIDcgHigCHDYCCCA3IB4pAhQ3AgAg\
HkEgaiQAIBxBACADKAJUEGIDQCAFBEAgA0G8AWogFCgCAEHQqcAAELICQQE6AAAgBUEEayEFIBRB\
BGohFAwBCwsgAygCUCIMIAMoAlRBFGxqIQcjAEEgayIQJAAgEEEIaiAHIAxrQRRuIhRBBEEEELIB\
IBBBADYCHCAQIBApAwg3AhQjAEEQayIKJAAgEEEUaiIBIBQQuAIgASkCBCE6IAogAUEIajYCBCAK\
IDpCIIk3AgggCkEEaiIFKAIEIQsgBSgCACAHIAxHBEAgDEEMaiEBIAUoAgggC0ECdGohBSALIBRq\
IQsDQCAFIAEoAgA2AgAgAUEUaiEBIAVBBGohBSAUQQFrIhQNAAsLIAs2AgAgCkEQaiQAIANB5AFq\
IgEgECgCHDYCCCABIBApAhQ3AgAgEEEgaiQAIAMgAygCWDYCmAEgAyADKQNQNwOQASADIAMpA0g3\
A4gBIAMgAykDQDcDgAEgA0GAAWoQjAMgGxCNA0EAIQUgA0EANgKwASA1IAMoAsABIAMoAsQBIAMo\
AugBIAMoAuwBIANBsAFqENsBIDYgAygCeCIGayEMICkEQAJAIA8oAjQiAUUEQCADQYCAgIB4NgKA\
AQwBCyAPIAFBAWsiATYCNCADIA8oAjAgAUEMbGoiASkCADcDgAEgAyABKAIINgKIAQsgA0GAAWoQ\
3gIgDSEFCyADKAJ0IQEgAyADKAJwNgKIASADIAE2AoABIAMgATYChAEgAyABIAZBDGxqNgKMASAj\
IANBgAFqIhAoAgwiByAQKAIEIgtrIgpBDG4iBhC5AiAjKAIIIQEgByALRwRAIAoEQCAjKAIEIAFB\
DGxqIAsgCvwKAAALICMoAgghAQsgECALNgIMICMgASAGajYCCCAQEKkBIAMgBSAMaiIBNgJ8IAEE\
QCADQQI2ApQBIANByKnAADYCkAEgA0EBNgKMASADQQI2AoQBIANBwKnAADYCgAEgAyADQfwAajYC\
iAEgA0HUAWoiAUGAgMAAIBAQqgIgIyABENkBCyADQeQBahCLAyADQbwBahCKAyADQeAAahCLAyA2\
DQELICUgDyAzIDQgJkHqpMAAQfkAEFEMBQsgDxCpAyImQYD4AUsNAAsgJUECNgIADAMLICVBAjYC\
AAwCCyADQQI2AkQgA0H0pcAANgJAIANBgAFqIgFB1Z3AACADQUBrEKoCICUgDyAzIDQgJiADKAKE\
ASADKAKIARBRIAEQigMMAQsgJUECNgIACyADQfABaiQAIAQoAmAiAUECRg0BIBMgBCkCdDcCGCAT\
IAQpAmw3AhAgEyAEKQJkNwIIIBNBATYCACATIAE2AgQgBEGYAWoQyAIMCwsgEyAEKAKwATYCHCAT\
IAQpAqgBNwIUIBMgBCkCoAE3AgwgEyAEKQKYATcCBCATQQA2AgAgBEGIAWoQ4gIgBEE4ahCKAyAE\
QRhqEPYCDAwLIAhB6ABrIQggD0HoAGohDwwACwALIARBCGogBEEYahC2AQJAIAQoAgxBgPgBSwRA\
IAQoAogBIgVBgICAgHhHDQELIAQgBEEYahC2ASAEQeAAaiAEKAIAIAQoAgQQlwEgBCkCZCE6IAQo\
AmAhBUGAgICAeAwECyAEQYCAgIB4NgKIASAEKQKMASE6QYGAgIB4DAMLIAQtANwBIQUgBCAEKALY\
ATYC6AEgBCAEKQPQATcD4AECQAJAIAQoAogBQYCAgIB4RwRAIAVBAXFFDQIgBEGIAWpBvKfAAEEI\
EHciBUUNASAFLQAAQQVHDQEgBEHgAGogBCgC5AEgBCgC6AEgBUEEahDVASAEKAJgQYCAgIB4Rg0B\
IAQgBCgCaDYC+AEgBCAEKQJgNwPwAQwECwJAAkAgBUEBcQRAIARB4ABqIARBGGpBvKfAAEEIED4g\
BC0AYCIFQQVGDQEgBEEANgL4ASAEQoCAgIDAADcD8AEMAgsgBCgC5AEhBiAEKALoASEFIwBBEGsi\
FSQAIBUgBEEYajYCACAVIAY2AgQgFSAGIAVBA3RqNgIIIBUgFTYCDCMAQSBrIhokACAaIBVBBGoi\
BSgCCDYCGCAaIAUpAgA3AxAgGkEEaiEQIwBBQGoiFiQAIBZBFGogGkEQaiIGEI4BAkAgFigCFEGA\
gICAeEcEQCAWQQRBBEEcELIBIBYoAgAhBSAWKAIEIgogFikCFDcCACAKIBYoAiw2AhggCiAWKQIk\
NwIQIAogFikCHDcCCCAWQQE2AhAgFiAKNgIMIBYgBTYCCCAWIAYoAgg2AjggFiAGKQIANwMwIBZB\
CGohCyAWQTBqIQUjAEEgayIOJAADQAJAIA5BBGogBRCOASAOKAIEQYCAgIB4Rg0AIAsoAggiBiAL\
KAIARgRAIAsQuwILIAsoAgQgBkEcbGoiCiAOKAIcNgIYIAogDikCFDcCECAKIA4pAgw3AgggCiAO\
KQIENwIAIAsgBkEBajYCCAwBCwsgDkEgaiQAIBAgFigCEDYCCCAQIBYpAgg3AgAMAQsgEEEANgII\
IBBCgICAgMAANwIACyAWQUBrJAAgBEHwAWogEBAQIBpBIGokACAVQRBqJAAMBQsgBCAMKAIINgKI\
AiAEIAwpAgA3A4ACIARB8AFqIAQoAuQBIAQoAugBIARBgAJqIgUQ1QEgBRCTAyAELQBgIQULIAVB\
/wFxQQVPDQMgBEHgAGoQ7QEMAwsgBEEANgL4ASAEQoCAgIDAADcD8AEMAgsgBEHwAWogBCgC5AEg\
BCgC6AEgBEGIAWoQ1QEMAQsgBCkD2AEhOiAEKALUASEFIBkQ8AEgByAFNgIAIBkgBjYCACAIIDo3\
AgAMAgsgBCkC9AEhOiAEKALwASEFIARB4AFqEIkDQYGAgIB4CyEGIBkQ8AEgByAFNgIAIBkgBjYC\
ACAIIDo3AgAgBCgC0AFBAE4NACAEQdABahDwAQsgAUHoAGshASAIQegAaiEIDAALAAtB7I7BAEGX\
AUG4j8EAEPIBAAsgBEGIAWoQ4gIgBEE4ahCKAwsgBEEYahD2AgsgBEGQAmokACAXQTRqIQ0gFygC\
MEUEQCAXIA0oAhg2AmggFyANKQIQNwNgIBcgDSkCCDcDWCAXIA0pAgA3A1AjAEEgayIIJAAjAEEw\
ayIHJAAgDSgCBCIBIgUgASANKAIIQegAbGoiAUcEQCAFQRBqIQYgASAFa0HoAG4hBQNAQYAIIQEg\
BkEMaygCAEGAgICAeEYEQCAGKAIAQYAEaiEBCyAGQegAaiEGIAEgLWohLSAFQQFrIgUNAAsLIAdB\
BGoiASAtQUBrEPkBIAdBgAI7ASwgB0EANgIoIAdCADcDECAHQQA2AhggByABNgIkIA0gB0EQakHs\
t8AAEFIgCEEIaiIBIAcoAiA2AhQgASAHKQMYNwIMIAEgBykCBDcCACABIAcoAgw2AgggB0EwaiQA\
IBdBFGoiASAIKAIQNgIIIAEgCCkCCDcCACAIQSBqJAAgF0HQAGoQyAIMAgsgFyANKAIYNgIoIBcg\
DSkCEDcDICAXIA0pAgg3AxggFyANKQIAIjo3AxAgOqdBAkYNASAXQRBqEN4BDAILIBdBMGoiAUHY\
tsAAQRQQyQIgARBJDAELIBcoAhwhKCAXKAIUIS4gFygCGAshASAyIDIoAgBBAWs2AgAgLkGBgICA\
eEcNAQsQkwIACyAAICg2AgggACABNgIEIAAgLjYCACAXQfAAaiQAIDkQkgMgOBCKAwsgGEEIahDV\
AiAYQdAAaiQAIBJBQGskAAvcAQEGfyAAIAEoAgwgAygCDCACKAIIIgVBGncgBUEVd3MgBUEHd3Nq\
aiABKAIIIgcgAigCDCIIcyAFcSAHc2oiBCABKAIEaiIGNgIMIAAgBCACKAIAIgQgASgCACIJIAIo\
AgQiAnNxIAIgCXFzIARBHncgBEETd3MgBEEKd3NqaiIBNgIEIAAgCSAHIAMoAghqIAggBiAFIAhz\
cXNqIAZBGncgBkEVd3MgBkEHd3NqIgNqNgIIIAAgAUEedyABQRN3cyABQQp3cyABIAIgBHNxIAIg\
BHFzaiADajYCAAvvBQEJfyMAQUBqIgMkAAJAAkAgASgCACIEKAIAQYCAgIB4RgRAIANBgICAgHg2\
AhAgASgCBCEFDAELIANBEGogBBCrASABKAIEIQUgBCgCAEGAgICAeEYNACADQYCAgIB4NgIcDAEL\
IwBBIGsiBCQAIARBBGoiBiAFKAIEIAUoAggQgwEgBEEDNgIcIARBAjYCFCAEQeypwAA2AhAgBCAG\
NgIYIANBHGpB0oPAACAEQRBqEKoCIAYQigMgBEEgaiQACyADQQhqIAIQ9gEgA0EoaiEEIAMoAggh\
BiADKAIMIQcjAEFAaiICJAACQCAFKAIUIggEQCAFKAIEIgkgCSAFKAIIIgpqELwCQdQAIAhrSwRA\
IAJBBGoiCyAJIAoQgwEgAiAHNgI8IAIgBjYCOCACQQE2AjQgAkHoqcAANgIwIAIgAikCCDcCKCAC\
QQI2AiQgAkHmqcAANgIgIAIgCDYCHCACQQY2AhQgAkHgqcAANgIQIAIgBSgCEDYCGCAEIAJBEGpB\
BhCNASALEIoDDAILIAIgBzYCPCACIAY2AjggAkEBNgI0IAJB6KnAADYCMCACIAo2AiwgAiAJNgIo\
IAJBATYCJCACQeipwAA2AiAgAiAINgIcIAJBBjYCFCACQeCpwAA2AhAgAiAFKAIQNgIYIAQgAkEQ\
akEGEI0BDAELIAIgBzYCLCACIAY2AiggAkEBNgIkIAJB6KnAADYCICACQQY2AhQgAkHgqcAANgIQ\
IAIgBSkCBDcCGCAEIAJBEGpBBBCNAQsgAkFAayQAAkAgASgCCCIBKAIAQYCAgIB4RwRAIANBNGog\
ARCrAQwBCyADQYCAgIB4NgI0CyAAIAMoAhg2AiAgACADKQIQNwIYIAAgAykCHDcCJCAAIAMoAiQ2\
AiwgACADKQIoNwIAIAAgAygCMDYCCCAAIAMpAjQ3AjAgACADKAI8NgI4IABBgICAgHg2AjwgAEEA\
NgIUIABCgICAgMAANwIMIANBQGskAAvyAQEGfyMAQRBrIgYkAAJAAkACQAJAIAEtAABBBGsOAgEA\
AgsgACABQQRqIAIgAyAEEBkhBQwCCyABKAIMIgVBBHQhCCAFIAVBAEdrQQJqIQUgASgCCCEBA0Ag\
CEUNAgJ/IAEtAABBBnFBBEcEQCABEI0CDAELIAAoAgghCSAAIAIQlgIhCiAGIAc2AgQgBkEANgIA\
IAYgAjYCCCAGIAcQnAIgCmpBAmo2AgwgACAGEN0BIAAgASAJIAMgBBBFCyEJIAFBEGohASAHQQFq\
IQcgCEEQayEIIAUgCWohBQwACwALIAEQjQIhBQsgBkEQaiQAIAUL6gEBBH8jAEEQayIFJAAgAiAD\
IAIgA0kbIgYhAwJAAkACQANAIANFDQEgA0EBayIDIAFqLQAAQQpHDQALIANBAWohBwwBC0EAIQIg\
BkUNAQtBACECIAEhAyAGIQQDQCACIAMtAABBCkZqIQIgA0EBaiEDIARBAWsiBA0ACwsgBUEIaiAH\
IAEgBkHsrsAAEIcCAkAgBSgCDCIBRQRAQQAhBAwBCyAFKAIIIQNBACEEA0AgBCADLAAAQb9/Smoh\
BCADQQFqIQMgAUEBayIBDQALCyAAIARBAWo2AgQgACACQQFqNgIAIAVBEGokAAvcAQECfyMAQRBr\
IgMkACAAKAIAIQACfwJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBxDQEgACABEDoMAgsgACgCACEC\
QQAhAANAIAAgA2pBD2ogAkEPcS0AvKhBOgAAIABBAWshACACQQR2IgINAAsgAUHaucEAQQIgACAD\
akEQakEAIABrEBcMAQsgACgCACECQQAhAANAIAAgA2pBD2ogAkEPcS0A3LlBOgAAIABBAWshACAC\
QQR2IgINAAsgAUHaucEAQQIgACADakEQakEAIABrEBcLIANBEGokAAuPAgEDfwJAAkACQAJAAkAC\
QCACLQAAQQFrDgUEAQIFAwALIABB2K3AAEEEIAEoAgwRAQAPCyAAIAIoAgggAigCDCABKAIQEQEA\
DwsgACABIAIoAgggAigCDBAoDwsgACABIAJBBGogAxAzDwsgASgCDCEBIAItAAFFBEAgAEHTrcAA\
QQUgAREBAA8LIABBz63AAEEEIAERAQAPCyAAQcCxwABBASABKAIMIgYRAQAgAigCDEEEdCEEIAIo\
AgghAgNAAkAgBARAIAVFDQEgAEHCscAAQQEgBhEBAAwBCyAAQcGxwABBASAGEQEADwsgACABIAIg\
AxBIIAVBAWshBSAEQRBrIQQgAkEQaiECDAALAAv6AQEHfyMAQSBrIgEkACABIAAoAhAgACgCFBCg\
AyIGNgIMIAEgAC0AGEECdCICKAKYm0E2AgQgASACKAKkm0E2AgAgAUEMaiIFKAIAJQEgASgCACAB\
KAIEEAMgACgCAEEBRgRAIAAoAgghByAAKAIEIQIgAUH2tcAAQQQQ3AI2AhggASACuBCuAzYCHCAB\
QRBqIgIgBSABQRhqIgMgAUEcaiIEEJoBIAIQ1AIgBBDVAiADENUCIAFB+rXAAEEGENwCNgIYIAEg\
B7gQrgM2AhwgAiAFIAMgBBCaASACENQCIAQQ1QIgAxDVAgsgAEEMahCKAyABQSBqJAAgBgvTAQEH\
fyMAQRBrIgckAANAAkAgAyAFTQRAIAdBCGogBCAAIAFBsIbBABCHAiAHKAIMIQQgBygCCCEFA0Ag\
BEUhBiAERQ0CIARBAWshBCAFLQAAIAVBAWohBUEqRg0ACwwBCwJAAkAgASAETQ0AIAAgBGotAAAi\
CUEqRgRAIAUhBiAEIQpBASEIDAILIAkgAiAFai0AAEcNACAFQQFqIQUMAQsgCEUEQEEAIQYMAgtB\
ASEIIAZBAWoiBiEFIAohBAsgBEEBaiEEDAELCyAHQRBqJAAgBgvpAQIDfwF+IwBBIGsiBSQAQQEh\
B0EEIQYCQAJAIAStIAKtfiIIQiCIpw0AIAinIgJBgICAgHggA2tLDQAgBUEUaiABIAMgBBDTAQJ/\
IAUoAhgEQCAFKAIcIgFFBEAgBUEIaiADIAJBABCFAiAFKAIIIQQgBSgCDAwCCyAFKAIUIAEgAyAC\
EBQhBCACDAELIAUgAyACQQAQhQIgBSgCACEEIAUoAgQLIARFBEAgACADNgIEQQghBgwCCyAAIAQ2\
AgRBACEHQQghBiECDAELQQAhAgsgACAGaiACNgIAIAAgBzYCACAFQSBqJAALvwEBA38gASgCBCIE\
IAEoAgBGBH9BAAUgASAEQQFrIgI2AgQgAiwAACICQQBIBEAgASAEQQJrIgM2AgQgAkE/cQJ/IAMt\
AAAiA8AiAkFATgRAIANBH3EMAQsgASAEQQNrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANB\
D3EMAQsgASAEQQRrIgE2AgQgAkE/cSABLQAAQQdxQQZ0cgtBBnRyC0EGdHIhAgtBAQshASAAIAI2\
AgQgACABNgIAC8cBAQV/AkAgASgCACICIAEoAgRGBEAMAQtBASEGIAEgAkEBajYCACACLQAAIgPA\
QQBODQAgASACQQJqNgIAIAItAAFBP3EhBCADQR9xIQUgA0HfAU0EQCAFQQZ0IARyIQMMAQsgASAC\
QQNqNgIAIAItAAJBP3EgBEEGdHIhBCADQfABSQRAIAQgBUEMdHIhAwwBCyABIAJBBGo2AgAgBUES\
dEGAgPAAcSACLQADQT9xIARBBnRyciEDCyAAIAM2AgQgACAGNgIAC8wBAQl/IwBBMGsiAiQAIAEo\
AgQhAyACQQhqIAEoAggiBkEEQRwQsgEgBkEcbCEIIAJBIGohCUEAIQEgAigCDCEHIAIoAggiCiEE\
A0AgBEUgASAIRnJFBEAgAkEUaiADEKsBIAkgA0EMahB0IAEgB2oiBSACKAIsNgIYIAUgAikCJDcC\
ECAFIAIpAhw3AgggBSACKQIUNwIAIAFBHGohASAEQQFrIQQgA0EcaiEDDAELCyAAIAY2AgggACAH\
NgIEIAAgCjYCACACQTBqJAALyQIBCH8jAEEwayIDJAAgAyABNgIYIAMgATYCECADIAI2AhQgAyAB\
IAJqNgIcIANBADYCICMAQRBrIgIkACADQRBqIgRBCGohByADQSRqIgUCfwNAIAQoAgghCCAEKAIM\
IQkgAkEIaiAHEIQBQQAgAigCDCIKQYCAxABGDQEaIAIoAgghBiAKEGkNAAsgBSAGNgIEIAUgBCgC\
CCAJIAhrIAZqaiAEKAIMazYCCEEBCzYCACACQRBqJAAgAygCLEEAIAMoAiQiBBshAiADKAIoIQUg\
A0EYaiEGAkADQCADKAIYIQcgAygCHCEIIANBCGogBhCkASADKAIMIglBgIDEAEYNASADKAIIIQog\
CRBpDQALIAMoAhggCCAHayAKamogAygCHGshAgsgACACIAVBACAEGyICazYCBCAAIAEgAmo2AgAg\
A0EwaiQAC8ABAQV/IwBBEGsiBCQAAkAgAS0AJQRADAELIAEoAgQhAiAEQQRqIAEQMiAEKAIEQQFG\
BEAgASgCHCEDIAEgBCgCDDYCHCACIANqIQIgBCgCCCADayEFDAELQQAhAiABLQAlDQAgAUEBOgAl\
AkAgAS0AJEEBRgRAIAEoAiAhBiABKAIcIQMMAQsgASgCICIGIAEoAhwiA0YNAQsgBiADayEFIAEo\
AgQgA2ohAgsgACAFNgIEIAAgAjYCACAEQRBqJAAL1wEBAX8jAEHgAGsiByQAIAcgBjYCGCAHIAU2\
AhQgByAENgIQIAdBCGogASgCABD2ASAHIAcpAwg3AhwgB0EkaiIBIAIgAxApIAdBAjYCXCAHQQE2\
AlQgB0G8qcAANgJQIAdBATYCTCAHQbipwAA2AkggB0EBNgJEIAdBAzYCPCAHQQI2AjQgByAHQRRq\
NgJYIAcgB0EQajYCQCAHIAE2AjggByAHQRxqNgIwIABBDGpBhIDAACAHQTBqEKoCIAEQigMgAEEA\
NgIAIABBAToAGCAHQeAAaiQAC9wBAQR/IAEgAigCDCIGEQIAIAFBACACKAIcIgQRAAAgASACKAIU\
EQIAIAAoAghB6ABsIQMgACgCBCEFA0AgAwRAIAUgASACEBggA0HoAGshAyAFQegAaiEFDAELCyAB\
IAIoAhgRAgACQCAAKAIMQYCAgIB4RgRAIAIoAhAhAwwBCyABQQEgBBEAACABIAYRAgAgAUECIAQR\
AAAgASAALQAYQRlqIAIoAiARAAAgAUEDIAQRAAAgASAAKAIQIAAoAhQgAigCJBEBACABIAIoAhAi\
AxECAAsgASADEQIAC+gBAgJ/AX4jAEEwayICJAAgASgCAEGAgICAeEYEQCABKAIMIQMgAkEANgIs\
IAJCgICAgBA3AiQgAkEkakHonMEAIAMoAgAiAygCACADKAIEEB8aIAIgAigCLCIDNgIgIAIgAikC\
JCIENwMYIAEgAzYCCCABIAQ3AgALIAEoAgghAyABQQA2AgggASkCACEEIAFCgICAgBA3AgAgAiAD\
NgIQIAIgBDcDCEEMQQQQ0AIiAUUEQEEEQQwQpAMACyABIAIoAhA2AgggASACKQMINwIAIABB9J7B\
ADYCBCAAIAE2AgAgAkEwaiQAC8UBAQV/IwBBEGsiBCQAAkACQAJAAkACQAJAAkACQAJAIAEgAkEM\
bGoiASgCAEEBaw4GBwQAAwECBQtBAiEDQQEhBQwFC0EFIQNBBCEFDAQLQQQhBUEEIQMMBAtBASED\
DAMLIARBBGogASgCBCABKAIIEJcBIAQoAgwhByAEKAIIIQUgBCgCBCEGQQMhAwwCCyAAQQY6AAAM\
AgsLIAAgBzYCDCAAIAU2AgggACAGNgIEIABBADoAASAAIAM6AAALIARBEGokAAvEAgEEfyMAQSBr\
IgMkACADIAI2AhAgAyABNgIMAkAgA0EMahD0ASIBQYCAxABHBEAgA0EDIAMoAhAiBCADKAIMIgVr\
IgJBAnYgAkEDcUEAR2oiAiACQQNNG0EBakEEQQQQsgEgAygCACECIAMoAgQiBiABNgIAIANBATYC\
HCADIAY2AhggAyACNgIUIANBFGohAiMAQRBrIgEkACABIAQ2AgwgASAFNgIIA0AgAUEIahD0ASIF\
QYCAxABHBEAgAigCCCIEIAIoAgBGBEAgAiABKAIMIAEoAghrIgZBAnYgBkEDcUEAR2pBAWoQuAIL\
IAIoAgQgBEECdGogBTYCACACIARBAWo2AggMAQsLIAFBEGokACAAIAMoAhw2AgggACADKQIUNwIA\
DAELIABBADYCCCAAQoCAgIDAADcCAAsgA0EgaiQAC9YBAQF/AkACQAJAAkBBAyAAKAIAIgJBgICA\
gHhzIAJBAE4bQQFrDgMAAQMCCyABQeCxwAAgAEEEakEAEDMPCyABQZe5wABBBBCCAw8LIAEgACgC\
CCAAKAIMECQPCyABIAEoAgBBAWo2AgAgAUG8p8AAQQEgAC0ADCICG0EIQQAgAhsQggMgACgCCEED\
dCECIAAoAgQhAANAIAIEQCABIAEoAgBBAWo2AgAgASAAKAIAIAAoAgQQggMgAkEIayECIABBCGoh\
AAwBCwsgASABKAIAQQFqNgIAC7QBAQJ/IwBBEGsiBCQAIAQgAzYCDCAEIAI2AghBACECQYHCwAAh\
AwNAAkAgAkEKRg0AIAMtAAAgAUYNACADQQFqIQMgAkEFaiECDAELC0EAIQFBACEDAkADQCADQShG\
DQEgA0GkhcEAaiAEQQhqENMCRQRAIAFBAWshASADQQhqIQMMAQsLIAJBCkYNACAAKAJkQfQASQ0A\
IAAoAmAoAHAgAiABa3ZBAXEhBQsgBEEQaiQAIAULrAEBA38jAEEQayIGJAACQCAFRQ0AIAIgA2oi\
AiADSQ0AIAZBBGogASACIAEoAgBBAXQiAyACIANLGyICQQhBBEEBIAVBgQhJGyAFQQFGGyIIIAIg\
CEsbIgIgBCAFEEsgBigCBEEBRgRAIAYoAgwhCCAGKAIIIQcMAQsgBigCCCEDIAEgAjYCACABIAM2\
AgRBgYCAgHghBwsgACAINgIEIAAgBzYCACAGQRBqJAALlQIBAn8jAEEgayIFJABB7LvBAEHsu8EA\
KAIAIgZBAWo2AgACQAJAAkACQAJ/QQAgBkEASA0AGkEBQdi7wQAtAAANABpB2LvBAEEBOgAAQdS7\
wQBB1LvBACgCAEEBajYCAEECC0H/AXEOAwMBAAELQeC7wQAoAgAiBkEASA0CQeC7wQAgBkEBajYC\
AEHku8EAKAIARQ0BIAVBCGogACABKAIUEQAAIAUgBDoAHSAFIAM6ABwgBSACNgIYIAUgBSkDCDcC\
EEHku8EAKAIAIAVBEGpB6LvBACgCACgCFBEAAAwBCyAFIAAgASgCGBEAAAwBC0Hgu8EAQeC7wQAo\
AgBBAWs2AgBB2LvBAEEAOgAAIANFDQAACwALigEBBX8jAEEQayICJAAgAkEEakEgEPkBA0AgBEEQ\
RwRAIAJBBGoiBSABIARqLQAAIgNBBHYiBkEwciAGQdcAaiADQaABSRsQowEgBSADQQ9xIgNBMHIg\
A0HXAGogA0EKSRsQowEgBEEBaiEEDAELCyAAIAIoAgw2AgggACACKQIENwIAIAJBEGokAAuwAQEB\
fyMAQUBqIgIkACACIAE2AggCQCABQYGAIE8EQCACQQA2AhAgAkEBNgIMIAJBATYCPCACQZirwAA2\
AjggAkEBNgI0IAJBAjYCLCACIAJBCGo2AjAgAiACQQxqNgIoIAJBHGpBsJ/AACACQShqEKoCIABB\
ADYCACAAIAIpAhQ3AgQgACACKQIcNwIMIAAgAigCJDYCFCAAQQA6ABgMAQsgAEECNgIACyACQUBr\
JAAL0wEBBn8jAEEQayIDJAAgAiABKAIAIggvAYoBIgQgASgCCCIFQX9zaiIBOwGKASADIAhBBGoi\
BiAFQQxsaiIHKQIANwMAIAMgBygCCDYCCCABQQxPBEBBACABQQtBpJXBABA4AAsgBiAFQQFqIgdB\
DGxqIQYgAkEEaiECAkAgBCAHayIEIAFGBEAgBEEMbCIEBEAgAiAGIAT8CgAACwwBC0HslMEAQShB\
lJXBABDaAgALIAggBTsBigEgACADKQMANwIAIAAgAygCCDYCCCADQRBqJAALogEBA38gAEGAAU8E\
QCAAQT9xQYB/ciEDIABBBnYhAiAAQYAQSQRAIAEgAzoAASABIAJBwAFyOgAADwsgAEEMdiEEIAJB\
P3FBgH9yIQIgAEH//wNNBEAgASADOgACIAEgAjoAASABIARB4AFyOgAADwsgASADOgADIAEgAjoA\
AiABIARBP3FBgH9yOgABIAEgAEESdkFwcjoAAA8LIAEgADoAAAu/AgEFfwJAIAAtAAAiAyABLQAA\
Rw0AQQEhAgJAAkACQAJAAkAgA0EBaw4FAAECAwQFCyAALQABIAEtAAFGIQIMBAsgAEEEaiABQQRq\
EJ8CIQIMAwsgAEEEaiABQQRqEJ8CIQIMAgtBACECIAAoAgwiAyABKAIMRw0BIAEoAgghAiAAKAII\
QRBrIQECfwNAIAMgAyAERg0BGiAEQQFqIQQgAUEQaiIBIAIQXiACQRBqIQJFDQALIARBAWsLIANP\
IQIMAQtBACECIAAoAgwiAyABKAIMRw0AIAAoAgghBSABKAIIIQYgAyEBQQAhAwNAAkAgAyIAIAFG\
BEAgASEADAELIAUgBhCAAw0AIABBAWohAyAGQQxqIQQgBUEMaiAGQRxqIQYgBUEcaiEFIAQQXkUN\
AQsLIAAgAU8hAgsgAkEBcwuRAQEBfyMAQSBrIgMkACADIAAoAgA2AgQgA0EIaiADQQRqIgAgARCB\
AiADQRRqIAAgAhCBAgJ/IAMtAAwiACADLQAYIgFHBEAgACABSiAAIAFIawwBCyADKAIUIgAgAygC\
CCIBRwRAIAAgAUsgACABSWsMAQsgAygCECIAIAMoAhwiAUsgACABSWsLIANBIGokAAu2AwEFfyMA\
QTBrIgQkACAEIAM2AhAgBCACNgIMIAEoAghBHGwhAyABKAIEIQICQAJAA0AgAwRAIAQgAjYCFCAE\
QRRqIARBDGoQjwINAiADQRxrIQMgBkEBaiEGIAJBHGohAgwBCwsgAEEGOgAADAELIARBFGohAyMA\
QSBrIgIkACACQQRqIQUCQCABKAIIIgggBksEQCAFIAEoAgQgBkEcbGoiBykCADcCACAFIAcpAgg3\
AgggBSAHKQIQNwIQIAUgBygCGDYCGCAIIAZBf3NqQRxsIgUEQCAHIAdBHGogBfwKAAALIAEgCEEB\
azYCCAwBCyAFQYCAgIB4NgIACwJAIAIoAgRBgICAgHhHBEAgAyACKAIcNgIYIAMgAikCFDcCECAD\
IAIpAgw3AgggAyACKQIENwIAIAJBIGokAAwBCyABKAIIIQEjAEEgayIAJAAgACABNgIMIAAgBjYC\
CCAAIABBDGqtQoCAgIAQhDcDGCAAIABBCGqtQoCAgIAQhDcDEEHLoMAAIABBEGpBsLHAABDyAQAL\
IAAgBCkCKDcCCCAAIAQpAiA3AgAgAxCKAwsgBEEwaiQAC6ABAgF/AX4jAEEQayIFJAAgAAJ/AkAC\
QAJAIAStIAGtfiIGQiCIpw0AIAanIgRBgICAgHggA2tLDQAgBA0BIAAgAzYCCCAAQQA2AgRBAAwD\
CyAAQQA2AgQMAQsgBUEIaiADIAQgAhCFAiAFKAIIIgIEQCAAIAI2AgggACABNgIEQQAMAgsgACAE\
NgIIIAAgAzYCBAtBAQs2AgAgBUEQaiQAC5ACAQV/IwBBIGsiAyQAAkACQCABBEAgA0EIaiACQQFB\
ARCyASADQQA2AhwgAyADKQMINwIUIANBFGoiBSACELcCQQEgAiACQQFNGyIGQQFrIQEgBSgCCCIH\
IAUoAgRqIQQCQANAIAEEQCAEQQE6AAAgAUEBayEBIARBAWohBAwBBQJAIAYgB2ohASACDQAgAUEB\
ayEBDAMLCwsgBEEBOgAACyAFIAE2AgggACADKAIcNgIIIAAgAykCFDcCAAwBCyADQRRqIAJBAUEB\
QQEQYSADKAIYIQEgAygCFEEBRg0BIAMoAhwhBCAAIAI2AgggACAENgIEIAAgATYCAAsgA0EgaiQA\
DwsgASADKAIcENECAAuVAQEBfyMAQSBrIgQkACAEIAM2AgggBCACNgIEAkAgASgCHCABKAIYSQRA\
IARBAjYCHCAEIARBBGo2AhggBEEMaiICQaKIwAAgBEEYahCqAgwBCyAEQQI2AhwgBCAEQQRqNgIY\
IARBDGoiAkGtncAAIARBGGoQqgILIAAgASAEKAIQIAQoAhQQ6QIgAhCKAyAEQSBqJAALvwEBAn8j\
AEEwayIDJAAgA0EIaiIEIAJBAnQiAigC2JpBNgIEIAQgAigC+JpBNgIAIAMoAgghAgJAIAMoAgxB\
AUYEQCAAIAEgAigCACACKAIEED4MAQsgA0EgaiABIAIoAgAgAigCBBA+IAMtACAiAUEGRgRAIABB\
BjoAAAwBCyADIAMpACg3ABggAyADKQAhNwARIAMgAToAECAAIANBEGoiACACKAIIIAIoAgwQtAIQ\
zAIgABDtAQsgA0EwaiQAC94CAQJ/IwBBMGsiBCQAAn8gAQRAIARBEGoiASAAQbynwABBCBA+QQYh\
AAJAIAQtABBBBkcEQCAEIAQpAhg3AyggBCAEKQIQNwMgIAQgASACIAMQtAIQzAIgBEEgahDtASAE\
LQAAIQAMAQsgBEEGOgAACyAEEOACIABB/wFxIgBBBkcgAEEAR3EMAQsjAEEgayIBJAAgASADNgIY\
IAEgAjYCFCAAKAIIQRRsIQIgACgCBCEFAn8DQEEAIAJFDQEaIAEgAkEUayICIAVqIgM2AhwgAUEc\
aiABQRRqEI8CRQ0ACyABQQhqIABBDGoQogMgASABKAIIIAEoAgwgA0EMaigCACADQRBqKAIAQbyu\
wAAQcyABKAIAIAEoAgQjAEEQayIAJAAgAEEANgIMIABB7gAgAEEMahDIASAAKAIAIAAoAgQQxQIg\
AEEQaiQAQQFzCyABQSBqJAALIARBMGokAAurAQEBfyMAQTBrIgUkACAFIAQ2AgwgBSADNgIIIAUg\
ASgCDCABKAIQIAIQRiAFIAUoAgQiATYCFCAFIAUoAgAiAjYCECAFQQE2AiwgBSAFQRRqNgIoIAVB\
ATYCJCAFQQI2AhwgBSAFQRBqNgIgIAUgBUEIajYCGCAAQQxqQY2GwAAgBUEYahCqAiAAIAE2Aggg\
ACACNgIEIABBATYCACAAQQA6ABggBUEwaiQAC4ACAQZ/IwBBEGsiAyQAIAIgASACaiIESwRAQQBB\
ABDRAgALIANBBGohBSAAKAIAIgIhBiAAKAIEIQhBASEHQQQhAQJAQQggBCACQQF0IgIgAiAESRsi\
AiACQQhNGyIEIgJB/////wdLBEBBACECDAELAkACQAJ/IAYEQCAIIAZBASACEBQMAQsgAkUEQEEB\
IQEMAgsgAkEBENACCyIBDQAgBUEBNgIEDAELIAUgATYCBEEAIQcLQQghAQsgASAFaiACNgIAIAUg\
BzYCACADKAIEQQFGBEAgAygCCCADKAIMENECAAsgAygCCCEBIAAgBDYCACAAIAE2AgQgA0EQaiQA\
CwMAAAuQAQECfwJAIABBCWsiAkEXTQRAQQEhAUGfgIAEIAJ2QQFxDQELQQAhASAAQYABSQ0AAkAg\
AEEIdiICBEAgAkEwRwRAIAJBIEYNAiACQRZHDQMgAEGALUYhAQwDCyAAQYDgAEYhAQwCCyAAQf8B\
cS0AvaBBIQEMAQsgAEH/AXEtAL2gQUECcUEBdiEBCyABQQFxC6YBAQJ/IwBBIGsiAyQAIAMgASAC\
ECUgAygCCCEBIAMoAgQhAgJAIAMoAgAiBEECRwRAIAAgAykCFDcCFCAAIAMpAgw3AgwgACABNgII\
IAAgAjYCBCAAIAQ2AgAMAQsgA0EANgIcIAMgATYCGCADIAI2AhQgAyABNgIQIAMgAjYCDCADQQA2\
AgggA0KAgICAwAA3AgAgACADEDkgAxCLAwsgA0EgaiQACwMAAAuCAgEJfyMAQRBrIgMkAAJAAkAC\
QCABKAIQIgIEQCACIAEoAhRHDQEgAUEANgIQCyABKAIARQ0CIAFBCGohByMAQRBrIgQkACABIgIo\
AgAhASACKAIEIQgDQAJAIAEgCEYEQEEFIQYMAQsgAiABQQFqIgk2AgAgBCABLQAAIgY6AA8gCSEB\
IAcgBEEPahDdAkUNAQsLIARBEGokACAGIgFBBUYNAgwBCyABIAJBAWo2AhAgAi0AACEBCyADQQhq\
IgIgAUH/AXFBAnQiASgCnJpBNgIEIAIgASgCsJpBNgIAIAMoAgwhCiADKAIIIQULIAAgCjYCBCAA\
IAU2AgAgA0EQaiQAC5wBAQV/AkAgACgCACIAKAIAIgMoAgAiAiAAKAIIIgRJBEACQCAAKAIEIgUg\
AmotAAAiBkUEQCADIAJBAWo2AgAgAUEMaiAFIAQgACgCDCAAKAIQIAMQmAEMAQsgAiAAKAIQIgFP\
DQIgAyAAKAIMIAJBAnRqKAIANgIACyAGQQFzDwsgAiAEQbykwAAQswEACyACIAFBzKTAABCzAQAL\
/A4BC38jAEEQayIFJAACf0EBIAEoAgAiCkEnIAEoAgQiDCgCECILEQMADQAaIAAoAgAhBkEAIQEj\
AEEgayIEJAAgBQJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAIAYOKAIBAQEBAQEBAQMFAQEEAQEB\
AQEBAQEBAQEBAQEBAQEBAQEIAQEBAQcACyAGQdwARg0FCyAGQf8FTQ0GQRBBACAGQaudBE8bIgAg\
AEEIciIAIAZBC3QiAyAAQQJ0KALUuEFBC3RJGyIAIABBBHIiACAAQQJ0KALUuEFBC3QgA0sbIgAg\
AEECciIAIABBAnQoAtS4QUELdCADSxsiACAAQQFqIgAgAEECdCgC1LhBQQt0IANLGyIAIABBAWoi\
ACAAQQJ0KALUuEFBC3QgA0sbIgFBAnQoAtS4QUELdCIAIANGIAAgA0lqIAFqIghBAnQiAEHUuMEA\
aiEDIAAoAtS4QUEVdiEBQf8FIQACQCAIQR9NBEAgAygCBEEVdiEAIAhFDQELIANBBGsoAgBB////\
AHEhAgsCQCAAIAFBf3NqRQ0AIAYgAmshCCAAQQFrIQNBACEAA0AgACABQb2iwQBqLQAAaiIAIAhL\
DQEgAyABQQFqIgFHDQALCyABQQFxRQ0GIARBADoADiAEQQA7AQwgBCAGQRR2LQC8qEE6AA8gBCAG\
QQR2QQ9xLQC8qEE6ABMgBCAGQQh2QQ9xLQC8qEE6ABIgBCAGQQx2QQ9xLQC8qEE6ABEgBCAGQRB2\
QQ9xLQC8qEE6ABAgBkEBcmdBAnYiASAEQQxqIgNqIgBB+wA6AAAgAEEBa0H1ADoAACADIAFBAmsi\
AWpB3AA6AAAgBSAEKQEMNwAAIARB/QA6ABUgBCAGQQ9xLQC8qEE6ABQgBSAELwEUOwAIDAcLIAVC\
ADcBAiAFQdzgADsBAAwICyAFQgA3AQIgBUHc6AE7AQAMBwsgBUIANwECIAVB3OQBOwEADAYLIAVC\
ADcBAiAFQdzcATsBAAwFCyAFQgA3AQIgBUHcuAE7AQAMBAsgBUIANwECIAVB3M4AOwEADAMLQQAh\
AUEAIQACQCAGIgJBIEkNACACQf8ASQRAQQEhAQwBCwJAAkAgAkGAgARPBEAgAkGAgAhJDQEgAkH+\
//8AcSIAQa6dC0cgAkHg//8AcUHgzQpHIABBnvAKR3FxIAJB8NcLa0FxSXEgAkGA8AtrQd5sSXEg\
AkGAgAxrQZ50SXEgAkHQpgxrQXtJcSACQYCCOGtB+uZUSXEgAkHwgzhJcSEBDAMLIAJBCHZB/wFx\
IQkDQCABQQJqIQMgACABLQCLs0EiB2ohCCAJIAEtAIqzQSIBRwRAIAEgCUsNAyAIIQAgAyIBQcwA\
Rw0BDAMLAkACQCAAIAhLIAhBnAJLckUEQCAHRQ0CIABB1rPBAGohAQwBCyAAIAhBnAJBmLjBABA4\
AAsDQCABLQAAIAJB/wFxRwRAIAFBAWohASAHQQFrIgcNAQwCCwtBACEBDAQLIAghACADIgFBzABH\
DQALDAELIAJBCHZB/wFxIQkDQAJAIAFBAmohAyAAIAEtAOOsQSIHaiEIIAkgAS0A4qxBIgFHBEAg\
ASAJSw0BIAghACADIgFB3ABHDQIMAQsCQAJAIAAgCEsgCEHUAUtyRQRAIAdFDQIgAEG+rcEAaiEB\
DAELIAAgCEHUAUGYuMEAEDgACwNAIAEtAAAgAkH/AXFHBEAgAUEBaiEBIAdBAWsiBw0BDAILC0EA\
IQEMBAsgCCEAIAMiAUHcAEcNAQsLIAJB//8DcSEDQQEhAUEAIQIDQCACQQFqIQACQCACLACSr0Ei\
B0EATgRAIAAhAgwBCyAAQfgDRwRAIAJBk6/BAGotAAAgB0H/AHFBCHRyIQcgAkECaiECDAELQai4\
wQAQhQMACyADIAdrIgNBAEgNAiABQQFzIQEgAkH4A0cNAAsMAQtBASEBQQAhBwNAIAdBAWohAAJA\
IAcsAPK1QSIDQQBOBEAgACEHDAELIABBpAJHBEAgB0HztcEAai0AACADQf8AcUEIdHIhAyAHQQJq\
IQcMAQtBqLjBABCFAwALIAIgA2siAkEASA0BIAFBAXMhASAHQaQCRw0ACwsgAUEBcQ0BIARBADoA\
GCAEQQA7ARYgBCAGQRR2LQC8qEE6ABkgBCAGQQR2QQ9xLQC8qEE6AB0gBCAGQQh2QQ9xLQC8qEE6\
ABwgBCAGQQx2QQ9xLQC8qEE6ABsgBCAGQRB2QQ9xLQC8qEE6ABogBkEBcmdBAnYiASAEQRZqIgNq\
IgBB+wA6AAAgAEEBa0H1ADoAACADIAFBAmsiAWpB3AA6AAAgBSAEKQEWNwAAIARB/QA6AB8gBCAG\
QQ9xLQC8qEE6AB4gBSAELwEeOwAIC0EKDAILIAUgBjYCAEGAASEBQYEBDAELQQILOgANIAUgAToA\
DCAEQSBqJAACQCAFLQANIgFBgQFPBEAgCiAFKAIAIAsRAwBFDQFBAQwCCyAKIAUgBS0ADCIAaiAB\
IABrIAwoAgwRBABFDQBBAQwBCyAKQScgCxEDAAsgBUEQaiQAC4UBAQF/IwBBEGsiAyQAIAIgASAC\
aiIBSwRAQQBBABDRAgALIANBBGogACgCACICIAAoAgRBCCABIAJBAXQiAiABIAJLGyIBIAFBCE0b\
IgEQeiADKAIEQQFGBEAgAygCCCADKAIMENECAAsgAygCCCECIAAgATYCACAAIAI2AgQgA0EQaiQA\
C3IBAX4CQCABQhZTIACtIAFXcUUEQCABQgF9IgJCFVQNASABQgV8QgZaBEBCgICAgICAgICAfyAC\
IAEgAlcbIgEgAUI/hyIBhSABfacQnAIgACAAQQFLampBAmoPCyAAIAGna0ECag8LIAGnDwsgAEEB\
agvvAQEIfyMAQRBrIgQkAANAIAQgAjYCDCAEIAE2AgggBEEIaigCACIGLwGKASIJQQxsIQdBfyEF\
IAZBBGohBkEBIQgCQANAIAdFBEAgCSEFDAILIAdBDGshByAFQQFqIQUgAyAGEOMBIQogBkEMaiEG\
AkAgCkH/AXEOAgABAgsLQQAhCAsgBCAFNgIEIAQgCDYCACAEKAIEIQUCQCAEKAIAQQFGBEAgAg0B\
QQEhC0EAIQILIAAgBTYCDCAAIAI2AgggACABNgIEIAAgCzYCACAEQRBqJAAPCyACQQFrIQIgASAF\
QQJ0aigCjAEhAQwACwALlgEBAX8CQAJAAkBBAyABKAIAIgJBgICAgHhzIAJBAE4bQQJrDgIAAgEL\
IABBGBDzAg8LIABBAToAEA8LIAAQqwMgAEG8p8AAQQEgAS0ADCICG0EIQQAgAhsQNyABKAIIQQN0\
IQIgASgCBCEBA0AgAgRAIAAgASgCACABKAIEEDcgAkEIayECIAFBCGohAQwBCwsgABCqAwt9AAJA\
IAMgBEsNAAJAIANFDQAgAiADTQRAIAIgA0cNAgwBCyABIANqLAAAQb9/TA0BCwJAIARFDQAgAiAE\
TQRAIAIgBEYNAQwCCyABIARqLAAAQb9/TA0BCyAAIAQgA2s2AgQgACABIANqNgIADwsgASACIAMg\
BCAFEOwCAAuzAgEJfwJAAkACQAJAAkACQCABLQAAQQFrDgUBAgMEBQALIABBADoAAA8LIAAgASkC\
CDcCCCAAIAEpAgA3AgAPCyAAQQRqIAFBBGoQqwEgAEECOgAADwsgAEEEaiABQQRqEKsBIABBAzoA\
AA8LIABBBGohAyMAQSBrIgIkACABQQRqIgEoAgQhByACQQhqIAEoAggiBUEEQRAQsgEgBUEEdCEI\
QQAhASACKAIMIQYgAigCCCIJIQQDQCAERSABIAhGckUEQCACQRBqIAEgB2oQdCABIAZqIgogAikC\
GDcCCCAKIAIpAhA3AgAgAUEQaiEBIARBAWshBAwBCwsgAyAFNgIIIAMgBjYCBCADIAk2AgAgAkEg\
aiQAIABBBDoAAA8LIABBBGogAUEEahBOIABBBToAAAuNAQEDfyMAQTBrIgIkACACQQA2AhAgAkKA\
gICAEDcCCCACQRRqIAEgAkEIaiIDEA8gAEEEaiEBAkAgAigCFCIEQQJHBEAgASACKQIoNwIQIAEg\
AikCIDcCCCABIAIpAhg3AgAgAxCKAwwBCyABIAIoAhA2AgggASACKQIINwIACyAAIAQ2AgAgAkEw\
aiQAC4oBAQJ/IwBBMGsiBCQAIARBBGoiBSABIAIQlwECQCAAIAQoAgggBCgCDBB3IgEEQCABEO0B\
IAEgAykCCDcCCCABIAMpAgA3AgAgBRCKAwwBCyAEIAQoAgw2AhggBCAEKQIENwMQIAQgAykCADcC\
HCAEIAMpAgg3AiQgACAEQRBqELUBCyAEQTBqJAALdwEBfyMAQRBrIgMkACADIAI2AgggAyABNgIE\
IAAoAghBHGwhAiAAKAIEIQACfwNAQQAgAkUNARogAkEcayECIAMgADYCDCAAQRxqIQAgA0EMaiAD\
QQRqEI8CRQ0ACyAAQRxrCyECIANBEGokACACQQxqQQAgAhsLeAEDfwJAIAJFDQAgACABKAIAIAEo\
AgQQdyIARQ0AIAFBDGohASACQQN0QQhrIQIDQCACBEAgAUEEayEEIAJBCGshAiABKAIAIQUgAUEI\
aiEBIAAgBCgCACAFELQCIgANAQwCCwsgAEEAIABBuP7AABBeGyEDCyADC3sBA38jAEEQayIDJAAg\
AyABIAJBLRDGAQJAIAMoAgQgAiADKAIAIgQbIgVBD00EQCADIAQgASAEGyIENgIIIAMgBCAFajYC\
DCADQQhqEM8BRQ0BCyABIAIQDiIBIAIgASACSxshAgsgACAAKAIAIAJqNgIAIANBEGokAAtxAAJ/\
IANBAEgEQEEBIQFBACEDQQQMAQsCfwJAAn8gAQRAIAIgAUEBIAMQFAwBCyADRQRAQQEhAQwCCyAD\
QQEQ0AILIgENACAAQQE2AgRBAQwBCyAAIAE2AgRBAAshAUEICyAAaiADNgIAIAAgATYCAAuBAQED\
fyMAQTBrIgIkACACQQxqQeyywABBAhCXASACQgQ3AiggAkKMgICAgAE3AiAgAkEgaiEEA0AgA0EQ\
RgRAIAAgAigCFDYCCCAAIAIpAgw3AgAgAkEwaiQABSACQQxqIAEgAyAEaigCAHZBD3EtAO6yQBCj\
ASADQQRqIQMMAQsLC4YBAQF/IwBBMGsiBSQAIAUgAzYCDCAFIAI2AgggBSAEEMcCIAUgBSkDADcC\
ECAFQQI2AiwgBUECNgIkIAVBAjYCHCAFIAFBDGo2AhggBSAFQRBqNgIoIAUgBUEIajYCICAAQQxq\
QY6EwAAgBUEYahCqAiAAQQA2AgAgAEEBOgAYIAVBMGokAAtPAQN+IAAgAUL/////D4MiA0IKfiIE\
QgAiAyABQiCIQgp+fCIBQiCGfCIFNwMAIAAgBCAFVq0gASADVK1CIIYgAUIgiIR8IAJCCn58NwMI\
C9sBAQd/IwBBEGsiAyQAQWAhBAJAA0AgBARAIANBCGohByABIARBqP/AAGooAgAgBEGs/8AAaigC\
ABB4IQJBACEFIwBBEGsiBiQAIAIEfyAGQQhqIgUgAigCDDYCBCAFIAIoAghBACACLQAAQQNGGzYC\
ACAGKAIMIQUgBigCCAVBAAshAiAHIAU2AgQgByACNgIAIAZBEGokACADKAIIIgIEQCADIAIgAygC\
DCIIEE8gAygCBA0DCyAEQQhqIQQMAQsLQQAhAgsgACACNgIAIAAgCDYCBCADQRBqJAALegEDfyAB\
KAIAIQMCQAJAIAEoAhAiAgRAIAEoAhQgAmshAiADDQFBASEEIAIhAQwCC0EBIQRBACECIANFBEBB\
ACEBDAILIAEoAgQgA2shAQwBCyABKAIEIANrIAJqIgEgAk8hBAsgACABNgIIIAAgBDYCBCAAIAI2\
AgALbAEEfyMAQRBrIgMkAANAAkAgAkUEQEEBIQUMAQsgA0EIaiABEMABIAMtAAhFDQAgAy0ACUEw\
a0H/AXEiBkEJSw0AIARBCmwgBmohBCACQQFrIQIMAQsLIAAgBDYCBCAAIAU2AgAgA0EQaiQACwMA\
AAuRAQICfwF+IwBBIGsiAiQAIAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCHCACQoCAgIAQNwIU\
IAJBFGpB6JzBACADKAIAIgMoAgAgAygCBBAfGiACIAIoAhwiAzYCECACIAIpAhQiBDcDCCABIAM2\
AgggASAENwIACyAAQfSewQA2AgQgACABNgIAIAJBIGokAAuJAQECfyMAQYACayIDJAAgA0HIAGpB\
AEHBAPwLACADQgA3A0AgA0Gwl8EAKQMANwM4IANBqJfBACkDADcDMCADQaCXwQApAwA3AyggA0GY\
l8EAKQMANwMgIANBIGoiBCABIAIQNiADQZABaiIBIARB8AD8CgAAIAMgARAdIAAgAxBaIANBgAJq\
JAALdQEFfyMAQRBrIgIkACABKAIAIQQgASgCBCEFIAJBCGogARBNAkAgAigCCEEBRwRAQYCAxAAh\
AwwBCyACKAIMIQMgASABKAIAIAEoAggiBiAFaiAEIAEoAgRqa2o2AggLIAAgAzYCBCAAIAY2AgAg\
AkEQaiQAC3YBA38jAEEQayICJAAgAiABNgIMIAIgADYCCEEBIQMCQCACQQhqIgRBlJDBAEEKEKUB\
DQAgBEGQkcEAQQIQpQENACAEQaiRwQBBARClAQ0AIARBsJHBABDTAg0AIAAgAUG4kcEAQQgQxQIh\
AwsgAkEQaiQAIAMLbQEEf0EEIQMjAEEQayICJABBASEEAkADQCADRQ0BIAJBCGogAS0AAEEQEOIB\
IANBAWshAyABQQFqIQEgAi8BDCAFQQR0ciEFIAIoAghBAXENAAtBACEECyAAIAU7AQIgACAEOwEA\
IAJBEGokAAtxAAJAIAEgAhCsAiIBBEAgAS0AAEEDRw0BIABBBGogAUEEahCrASAAQQI2AgAPCyAC\
LQAARQRAIABBBGogAigCBCACKAIIEJcBIABBAjYCAA8LIABCATcCCCAAQgI3AgAPCyAAIAJBja/A\
AEEIIAEQfAsDAAALpgEBBH8jAEEQayICJAAgAiABNgIIIAFBBGohAQJ/A0BBACEDIAEoAgAiBCAB\
KAIESQRAIAEgBEEBajYCAEEBIQMLIAIgBDYCBCACIAM2AgBBACACKAIAQQFHDQEaIAIgAigCBCIF\
NgIMIAJBCGooAgAoAgAgAkEMaigCAEHUqMAAEKACLQAQQQJGDQALQQELIQEgACAFNgIEIAAgATYC\
ACACQRBqJAALAwAACwMAAAsDAAALnAEBBH8jAEEQayIDJAAgASABIAJBA3QiAmoiBEcEQCABQQRq\
IQYgBCABa0EDdiEEA0AgBigCACAFaiEFIAZBCGohBiAEQQFrIgQNAAsLIANBBGogBRD5AQNAIAIE\
QCADQQRqIAEoAgAgASgCBBDaASACQQhrIQIgAUEIaiEBDAELCyAAIAMoAgw2AgggACADKQIENwIA\
IANBEGokAAuSAgEIfyMAQRBrIgQkACAEIAFBCGo2AgwgASgCACEDIAEoAgQhBQJAA0AgAyAFRwRA\
IAEgA0EIaiIGNgIAIwBBMGsiAiQAIAJBBGoiByAEQQxqKAIAKAIAKAIAIAMoAgAiCCADKAIEIgMQ\
PgJAIAItAAQiCUEBa0H/AXFBBU8EQCAAQYCAgIB4NgIAIAlBBkYNASAHEO0BDAELIAJBFGogCCAD\
EJcBIAAgAikCFDcCACACIAIpAgQ3AiAgACACKQIcNwIIIAIgAikCDDcCKCAAIAIpAiQ3AhAgACAC\
KAIsNgIYCyACQTBqJAAgBiEDIAAoAgBBgICAgHhGDQEMAgsLIABBgICAgHg2AgALIARBEGokAAuV\
AgEIfyMAQRBrIgQkACAEIAFBCGo2AgwgASgCACEDIAEoAgQhBQJAA0AgAyAFRwRAIAEgA0EIaiIG\
NgIAIwBBMGsiAiQAIAJBBGoiByAEQQxqKAIAKAIAKAIAIAMoAgAiCCADKAIEIgMQdxDMAgJAIAIt\
AAQiCUEBa0H/AXFBBU8EQCAAQYCAgIB4NgIAIAlBBkYNASAHEO0BDAELIAJBFGogCCADEJcBIAAg\
AikCFDcCACACIAIpAgQ3AiAgACACKQIcNwIIIAIgAikCDDcCKCAAIAIpAiQ3AhAgACACKAIsNgIY\
CyACQTBqJAAgBiEDIAAoAgBBgICAgHhGDQEMAgsLIABBgICAgHg2AgALIARBEGokAAupGwISfwN+\
IwBBEGsiFCQAIAEoAgAtAEAEQCAUQQRqIRMgASgCBCgCDCIBBH8gASgCBCEJIAEoAgAFQQALIRJB\
ACEBIwBBoAFrIgMkACADQfsAaiEGA0ACQAJAAkACQAJAIAFBGEcEQCABKALskUEhByABKALokUEh\
CiABQQhqIgUhASAHRQ0GIAIgCigCACAKKAIEEHciBEUNBiAKQQxqIQEgB0EDdEEIayEMA0AgBC0A\
ACEHIAxFDQIgB0EFRw0FIAFBBGshCiAMQQhrIQwgASgCACEHIAFBCGohASAEQQRqIAooAgAgBxB3\
IgQNAAsMBAsgA0EIaiEEIAIoAgQiASEFIAEgAigCCEEcbGohASMAQUBqIgYkACAGIAE2AhggBiAF\
NgIUIAZBKGogBkEUahCtAQJAIAYoAihBgICAgHhHBEAgBkEIakEEQQRBGBCyASAGKAIIIQEgBigC\
DCIFIAYpAig3AgAgBSAGKQI4NwIQIAUgBikCMDcCCCAGQQE2AiQgBiAFNgIgIAYgATYCHCAGQRxq\
IQcgBigCFCEFIAYoAhghASMAQSBrIgokACAKIAE2AgQgCiAFNgIAA0ACQCAKQQhqIAoQrQEgCigC\
CEGAgICAeEYNACAHKAIIIgUgBygCAEYEQCAHKAIIIgEgBygCAEYEQCAHIAFBAUEEQRgQ2AELCyAH\
KAIEIAVBGGxqIgEgCikCGDcCECABIAopAhA3AgggASAKKQIINwIAIAcgBUEBajYCCAwBCwsgCkEg\
aiQAIAQgBigCJDYCCCAEIAYpAhw3AgAMAQsgBEEANgIIIARCgICAgMAANwIACyAGQUBrJAAgAygC\
ECIGRQ0BIANBADYCHCADQQA2AhQjAEEgayIMJAAgDEEANgIMIAxCgICAgMAANwIEIAJBAUEAQQFB\
ACAMQQRqECAgDCgCDCEBIAwoAgghBSAMIAwoAgQ2AhggDCAFNgIUIAwgBTYCECAMIAUgAUEcbGo2\
AhwgA0H4AGohECMAQRBrIhEkACAMQRBqIgsoAgghCiARQQhqIQcgCygCACIBIQgjAEFAaiINJAAg\
DUEsaiEEA0AgCygCBCIOIAsoAgxHBEAgCyAOQRxqNgIEIA0gDigCGCIFNgIYIA0gDikCECIXNwMQ\
IA0gDikCCCIVNwMIIA0gDikCACIWNwMAIA0gBTYCOCANIBc3AzAgDSAVNwMoIA0gFjcDICAWpyIF\
QYCAgIB4RwRAIA0pAiQhFSAEEIoDIAggFTcCBCAIIAU2AgAgCEEMaiEIBSANQSBqELACCwwBCwsg\
ByAINgIEIAcgATYCACANQUBrJAAgESgCDCEHIwBBEGsiDiQAIAtBADYCCCALKAIMIAsoAgQhBCAL\
QQQ2AgAgDkKAgICAwAA3AgggDkEIahCXAyALQQQ2AgwgC0EENgIEIARrQRxuIQgDQCAIBEAgCEEB\
ayEIIAQQsAIgBEEcaiEEDAELCyAOQRBqJAAgCkEcbCIOQQxuIQUgASEEAkAgCkUNACAOIAVBDGwi\
CkYNAAJ/IApFBEAgDgRAIAEgDhCgAQtBBAwBCyABIA5BBCAKEBQLIgQNAEEEIAoQpAMACyAQIAQ2\
AgQgECAFNgIAIBAgByABa0EMbjYCCCMAQRBrIgUkACAFIAs2AgwgCygCDCALKAIEIgFrQRxuIQQD\
QCAEBEAgBEEBayEEIAEQsAIgAUEcaiEBDAELCyAFQQxqEIMCIAVBEGokACARQRBqJAAgDEEgaiQA\
IAMoAnghBSADIAMoAnwiASADKAKAAUEMbCIEajYChAEgAyAFNgKAASADIAE2AnwgAyABNgJ4A0AC\
QCAERQ0AIAMgAUEMaiIFNgJ8IAEoAgAiB0GAgICAeEYNACADIAc2AiAgAyABKQIENwIkIARBDGsh\
BCADQRRqIANBIGoQ6QEgBSEBDAELCyADQfgAahCpASADIAZBBEEYELIBIANBADYCNCADIAMpAwA3\
AiwgAygCCCEFIAMgAygCDCIBIAZBGGxqIgo2AkQgAyAFNgJAIAMgATYCPCADIAE2AjggA0GEAWoh\
EANAAkACQAJAIAEgCkYNACADIAFBGGoiBTYCPCABKAIAIgdBgICAgHhGDQAgASgCCCERIAEoAgQh\
DiADIAEoAhQiBDYCUCADIAEpAgw3A0ggAygCTCEBIAMgBDYClAEgAyABNgKQASASQQAgASAEQf2m\
wABBAhC/AhsNASADQQI2AnwgAyADQZABajYCeCADQdgAakG3g8AAIANB+ABqEKoCDAILIwBBEGsi\
BSQAIAUgA0E4aiIBNgIMIAEoAgwgASgCBCIBa0EYbiEJA0AgCQRAIAlBAWshCSABEPUCIAFBGGoh\
AQwBCwsjAEEQayIJJAAgCSAFQQxqKAIAIgEoAgA2AgwgCSABKAIINgIIIAlBCGoQjgMgCUEQaiQA\
IAVBEGokACATIAMoAjQ2AgggEyADKQIsNwIAIwBBMGsiCyQAAn8gA0EUaiIFKAIAIgFFBEBBACEE\
QQAMAQsgCyABNgIkIAtBADYCICALIAE2AhQgC0EANgIQIAsgBSgCBCIBNgIoIAsgATYCGCAFKAII\
IQRBAQshASALIAQ2AiwgCyABNgIcIAsgATYCDCALQQxqIQ8jAEEQayIOJAADQCAOQQRqIQcjAEEg\
ayIQJAACQCAPKAIgIgFFBEAgEEEUaiEJIA8oAgAhASAPQQA2AgACQAJAIAFBAUYEQCAPKAIMIQQg\
DygCCCEBIA8oAgQiBUUNASAJIAQ2AgggCSABNgIEIAkgBTYCAAwCCyAJQQA2AgAMAQsDQCAEBEAg\
BEEBayEEIAEoAowBIQEMAQUgCUIANwIEIAkgATYCAAsLCyAQKAIUBEAjAEEQayIBJAAgCSgCACEE\
IAkoAgQhCQNAIAFBBGogBCAJEPwBIAEoAgQiBARAIAEoAgghCQwBCwsgAUEQaiQACyAHQQA2AgAM\
AQsgDyABQQFrNgIgAkAgDygCACIBQQFHDQAgDygCBA0AIA9BCGohBCAPKAIMIQkDQCAEKAIAIQUg\
CQRAIAlBAWshCSAFQYwBaiEEDAEFIA9CADcCCCAPIAU2AgQgD0EBNgIACwsLIA9BBGpBACABGyIR\
BEAgEEEIaiEJIwBBMGsiDSQAIA1BCGohEiMAQRBrIggkACARKAIIIQYgESgCACEMIBEoAgQhCgJA\
AkADQCAGIAwvAYoBSQ0BIAhBBGogDCAKEPwBIAgoAgQiDARAIAgoAgwhBiAIKAIIIQoMAQsLIBJB\
ADYCAAwBCyAIIAY2AgwgCCAKNgIIIAggDDYCBCAIQQRqIgUoAgghASAFKAIAIQQgEiAFKAIEIgUE\
fyAEIAFBAnRqQZABaiEBA0AgASgCACIEQYwBaiEBIAVBAWsiBQ0AC0EABSABQQFqCzYCCCASQQA2\
AgQgEiAENgIAIBIgBjYCFCASIAo2AhAgEiAMNgIMCyAIQRBqJAACQCANKAIIBEAgCSANKQIUNwIA\
IAkgDSgCHDYCCCANIA0oAhAiATYCKCANIA0pAggiFTcDICARIAE2AgggESAVNwIAIA1BMGokAAwB\
C0GMlsEAEIUDAAsgByAQKAIQNgIIIAcgECkCCDcCAAwBC0G8k8EAEIUDAAsgEEEgaiQAIA4oAgQi\
AQRAIAEgDigCDEEMbGpBBGoQigMMAQsLIA5BEGokACALQTBqJAAMBQsgAyAJNgKcASADIBI2ApgB\
IANBAjYCfCADIANBmAFqNgJ4IANB2ABqQc+dwAAgA0H4AGoQqgILA0AgA0HYAGohBCMAQRBrIggk\
ACADQRRqIgYoAgAiAQR/IAggASAGKAIEIAQQcUEAIAgoAgRBjAFqIAgoAgAbBUEACyEBIAhBEGok\
AAJAIAENACADKAJcIAMoAmAQhQENACADQfgAaiIIIAQQqwEgBiAIEOkBIANB6ABqIgYgAiAOIBEQ\
YCADLQBoQQZHBEAgCCAEEKsBIwBBMGsiBCQAIAQgCCkCADcDACAEIAgoAggiATYCCAJAIAIgBCgC\
BCABEHciAQRAIAEQ7QEgASAGKQIINwIIIAEgBikCADcCACAEEIoDDAELIAQgCCgCCDYCGCAEIAgp\
AgA3AxAgBCAGKQIANwIcIAQgBikCCDcCJCACIARBEGoQtQELIARBMGokAAsgECADKAJgNgIIIBAg\
AykCWDcCACADIBE2AoABIAMgDjYCfCADIAc2AnggA0EsaiADQfgAahDKASADQcgAahCKAyAFIQEM\
AgsgA0EDNgKcASADIANB2ABqIgE2ApgBIANB+ABqQbeDwAAgA0GYAWoQqgIgARCKAyADIAMoAoAB\
NgJgIAMgAykCeDcDWAwACwALAAsgBSEBIAdBBUcNBCMAQRBrIgckACAHQQA2AgwgB0KAgICAEDcC\
BCAHQQRqQcSxwAAgBEEAEEggA0HoAGoiASAHKAIMNgIIIAEgBykCBDcCACAHQRBqJAAgBiADKAJw\
NgAIIAYgAykCaDcAACAEEO0BIARBAzoAACAEIAMpAHg3AAEgBCADKQB/NwAIDAILIBNBADYCCCAT\
QoCAgIDAADcCACADQQhqEJIDCyADQaABaiQADAELIAUhAQwBCwsgExCSAwsgACACKAIINgIIIAAg\
AikCADcCACAUQRBqJAALbgEBfyMAQSBrIgMkAAJAIAJB5wdNBEAgAEECNgIAIAAgAkEBajYCBAwB\
CyADQQE2AhwgA0G4rsAANgIYIANBDGoiAkH+m8AAIANBGGoQqgIgACABIAMoAhAgAygCFBDpAiAC\
EIoDCyADQSBqJAALgwEBAX8CQCAAQYQITwRAIADQbyYBQZS7wQAoAgANAUGUu8EAQX82AgAgAEGo\
u8EAKAIAIgFJDQEgACABayIAQaC7wQAoAgBPDQFBnLvBACgCACAAQQJ0akGku8EAKAIANgIAQaS7\
wQAgADYCAEGUu8EAQZS7wQAoAgBBAWo2AgALDwsAC2QBAX8jAEEQayIDJAAgAQRAIANBCGogASAC\
KAIQEQAAIAMoAgwhASAAIAMoAggiAjYCCCAAIAFBACACQQFxIgIbNgIEIABBACABIAIbNgIAIANB\
EGokAA8LQbCbwQBBMhChAwAL1AIBCn8jAEEQayIGJAACQCAAIAEoAggiAiABKAIASQR/IwBBEGsi\
ByQAIAEoAgAgAkkEQEGknMEAQckAQcicwQAQ8gEACyAGQQhqIQogB0EIaiELIwBBEGsiBCQAIARB\
DGohCCABKAIAIgUEQCAEQQE2AgwgBSEDIAEoAgQhBSAEQQhqIQgLIAggAzYCAAJAIAQoAgwiAwRA\
IAQoAgghCQJAIAJFBEAgCQRAIAUgCRCgAQsgAUEBNgIEDAELIAUgCSADIAIiCBAUIgVFDQIgASAF\
NgIECyABIAI2AgALQYGAgIB4IQMLIAsgCDYCBCALIAM2AgAgBEEQaiQAIAcoAgwhAiAKIAcoAgg2\
AgAgCiACNgIEIAdBEGokACAGKAIIIgJBgYCAgHhHDQEgASgCCAUgAgs2AgQgACABKAIENgIAIAZB\
EGokAA8LIAIgBigCDBDRAgALVQEEf0EBIQMCQCABLQAIBEAMAQsgASgCBCIFIAEoAgAiAUkNACAF\
IAFrIgFBf0chAyABQQFqIgJBfyACGyEECyAAIAI2AgggACADNgIEIAAgBDYCAAtiAQN/AkACQCAA\
KAIIIgRBAnQiAkEIaiIDIAJBBGoiAkkNACADIAAoAgRLDQAgAC0AEEEBcQ0AIAMgACgCDE0NAQsg\
AEEBOgAQDwsgACAEQQFqNgIIIAAoAgAgAmogATYAAAtgAQN/IwBBEGsiAyQAIANBCGogAkEBQQEQ\
sgEgAygCCCEFIAMoAgwhBCAAQQA2AgggACAENgIEIAAgBTYCACACBEAgAgRAIAQgASAC/AoAAAsg\
ACACNgIICyADQRBqJAALZwEBfwJAAkACQCAALQAAQQRrDgIBAAILIABBBGogASACIAMgBCAFENsB\
DAELIAAoAgxBBHQhBiAAKAIIIQADQCAGRQ0BIAAgASACIAMgBCAFEJgBIAZBEGshBiAAQRBqIQAM\
AAsACwt0AAJAAkACQCABKAIAQQFrDgIBAgALIABBADYCECAAQQg6AAwgAEEFOgAAIAAgASkCGDcC\
BA8LIABBADYCECAAQQg6AAwgAEEANgIEIABBBToAAA8LIABBCDoADCAAQQA2AgQgAEEFOgAAIAAg\
ASkCGDcCEAuQAQIBfwF+IwBBEGsiBCQAIAEoAgAlASACKAIAJQEgAygCACUBEAQhAUHIu8EAKQMA\
IQVByLvBAEIANwMAIARBCGoiAiAFQiCIPgIEIAIgBadBAUY2AgBBASEDAkAgBCgCCEEBRgRAIAAg\
BCgCDDYCBAwBC0EAIQMgACABQQBHOgABCyAAIAM6AAAgBEEQaiQAC28BAX8CQAJAAkACQAJAAkAg\
ACgCACIALQAUQQFrDgMBAgEACyAAQQhqKAIAQf////8HTw0DIAAoAgwNAgsPCyAAQQM6ABQPCyAA\
IAAoAgBBAWoiATYCACABRQ0BIABBAToAFAALQZScwQAQlQILAAuVAQEFfyMAQSBrIgIkACACQQhq\
IAFBBEEEELIBIAJBADYCHCACIAIpAwg3AhQgAkEUaiIEIAEQuAIgBCgCBCAEKAIIIgVBAnRqIQYD\
QCABIANHBEAgBiADNgIAIAZBBGohBiAFQQFqIQUgA0EBaiEDDAELCyAEIAU2AgggACACKAIcNgII\
IAAgAikCFDcCACACQSBqJAALAwAAC14CAX8CfiAALQAcIQEgAEEAOgAcAkAgAQ0AIAAoAhgiAUUN\
ACAAKQMAIgJCAUE/IAEgAUE/TxuthiIDg1BFBEAgACgCFCIBIAEoAgBBAWo2AgALIAAgAiADhDcD\
AAsLXAEBfyMAQRBrIgQkACAEQQA2AgAgBCACNgIEIAQgAzYCDCAEQQA2AgggAARAIAAgAiADIAEo\
AhARBAAgBEEQaiQADwsgBEEIahDjAiAEEOMCQbCbwQBBMhChAwALXQECfwJAIABBBGsoAgAiAkF4\
cSIDQQRBCCACQQNxIgIbIAFqTwRAIAJBACADIAFBJ2pLGw0BIAAQFQ8LQdidwQBBLkGInsEAENoC\
AAtBmJ7BAEEuQciewQAQ2gIAC2IBAn8jAEEQayIDJAAgA0EANgIMIANBLiADQQxqEMgBIAMoAgQh\
BCAAIAI2AhAgAEEANgIMIAAgAjYCCCAAIAE2AgQgACAEOgAYIABBLjYCACAAIAMoAgw2AhQgA0EQ\
aiQAC1UBAX8CQCABIAJBAWoiBE0NACABIAJBf3NqQQxsIgFFDQAgACAEQQxsaiAAIAJBDGxqIAH8\
CgAACyAAIAJBDGxqIgAgAygCCDYCCCAAIAMpAgA3AgALUAECfyAAKAIIIQIgAAJ/QQEgAUGAAUkN\
ABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiAxC3AiABIAAoAgQgACgCCGoQXSAAIAIgA2o2AggL\
UgEBfyMAQRBrIgIkACACQQhqIAEQTCAAIAIoAghBAUcEf0GAgMQABSABKAIIIAEoAgRqIAEoAgBr\
IQEgAigCDAs2AgQgACABNgIAIAJBEGokAAtWAQF/IAJBA3QhAiAAKAIAIQMgACgCBCEAA0ACQCAC\
RQ0AIAAgAUEEaigCAEYEQCABKAIAIAMgABC+AUUNAQsgAUEIaiEBIAJBCGshAgwBCwsgAkEARwtQ\
AQN/AkAgAS0ACA0AIAEoAgAiAyABKAIEIgRLDQAgAyAETwRAQQEhAiABQQE6AAgMAQtBASECIAEg\
A0EBajYCAAsgACADNgIEIAAgAjYCAAtbAgF/An4gAC0AHCEBIABBADoAHAJAIAENACAAKAIYIgFF\
DQAgACkDACICQgFBPyABIAFBP08brYYiA4NQRQRAIAAoAhRBwrHAAEEBENoBCyAAIAIgA4Q3AwAL\
C10BAX8jAEEQayIDJAACQAJAAkAgAg4CAgABCyADIAAgASgCACABKAIEEGAgAxDgAgwBCyAAIAEo\
AgAgASgCBBB3IgBFDQAgACABQQhqIAJBAWsQsAELIANBEGokAAt+AQJ/IwBBEGsiAiQAIAIgADYC\
DCAAKAIMIAAoAgQiAWtBDG4hAANAIAAEQCAAQQFrIQAgARCKAyABQQxqIQEMAQsLIwBBEGsiACQA\
IAAgAkEMaigCACIBKAIANgIMIAAgASgCCDYCCCAAQQhqEIgDIABBEGokACACQRBqJAALVAEBfwJA\
AkAgACgCACAAKAIIIgNrIAJJBEAgACADIAIQZyAAKAIIIQMMAQsgAkUNAQsgAkUNACAAKAIEIANq\
IAEgAvwKAAALIAAgAiADajYCCEEAC1sBAn8CQAJAIAEoAggiAkUEQEEBIQEMAQsgASgCBCEDIAJB\
ARDQAiIBRQ0BIAJFDQAgASADIAL8CgAACyAAIAI2AgggACABNgIEIAAgAjYCAA8LQQEgAhDRAgAL\
TgACQAJAIAFFDQAgASADTwRAIAEgA0YNAQwCCyABIAJqLAAAQUBIDQELIAAgAyABazYCBCAAIAEg\
Amo2AgAPCyACIAMgASADIAQQ7AIAC7UDAQp/IwBBIGsiBCQAIARBCGohBSMAQTBrIgMkACABKAIA\
IQIgASgCBCEJA0ACQAJAAkAgAiAJRgRAQYCAgIB4IQIMAQsgASACQRxqNgIAIAMgAkEMaiIKNgIU\
IAMgAkEEaikCADcCDCADQRhqIQYjAEFAaiICJAAgAkEEaiADQQxqIgcoAgAiCCAHKAIEIgcQHiAC\
KAIIIAIoAgwQhQEhCyACIAc2AiAgAiAINgIcIAIgAikCBDcDECACIAIoAgw2AhgCQCALRQRAIAZB\
gICAgHg2AgAgAkEQahCKAwwBCyACQShqIAggBxCXASAGIAIpAig3AgAgAiACKQIENwI0IAYgAikC\
MDcCCCACIAIoAgw2AjwgBiACKQI4NwIQCyACQUBrJAAgAygCGCICQYCAgIB4Rg0BIAUgAygCLDYC\
FCAFIAMpAiQ3AgwgBSADKQIcNwIECyAFIAI2AgAgA0EwaiQADAELIApBEGohAgwBCwsCQCAEKAII\
QYCAgIB4RwRAIAAgBCkCGDcCECAAIAQpAhA3AgggACAEKQIINwIADAELIABBgICAgHg2AgALIARB\
IGokAAtXAAJAIAEgAhCsAiIBBEAgAS0AAEEBRw0BIABBAjYCACAAIAEtAAE6AAQPCyAAQQI2AgAg\
ACACLQABIAItAABBAUZxOgAEDwsgACACQZCOwQBBDSABEHwLwgEBBn8jAEEgayIEJAAgBCABNgIM\
IAQgAjYCECABLwGKASEDIARBADoAHCAEIAM2AhggBEEANgIUIwBBIGsiAyQAIAMgBEEUaiIFKAII\
NgIYIAMgBSkCADcDECAEQQxqKAIAIgVBjAFqIQYDQCADQQhqIANBEGoQpgEgAygCCEEBRgRAIAYg\
AygCDCIHQQJ0aigCACIIIAc7AYgBIAggBTYCAAwBCwsgA0EgaiQAIAAgAjYCBCAAIAE2AgAgBEEg\
aiQAC1kBAX8CQAJAAkAgAC0AAEEEaw4CAAECCyAAKAIMQQR0IQMgACgCCCEAA0AgA0UNAiAAIAEg\
AhCwASADQRBrIQMgAEEQaiEADAALAAsgAEEEaiABIAIQqAELC1QBAX8CQAJAIAAoAgAgACgCCCID\
ayACSQRAIAAgAyACEG8gACgCCCEDDAELIAJFDQELIAJFDQAgACgCBCADaiABIAL8CgAACyAAIAIg\
A2o2AghBAAtRAQF/IwBBEGsiBCQAIARBBGogAUEAIAIgAxBhIAQoAgghASAEKAIEQQFGBEAgASAE\
KAIMENECAAsgACAEKAIMNgIEIAAgATYCACAEQRBqJAALTwEBfyMAQSBrIgMkACADIAE2AgwgAyAA\
NgIIIAMgA0EIaq1CgICAgBCENwMYIAMgA0EMaq1CgICAgBCENwMQQdaEwAAgA0EQaiACEPIBAAtP\
AQF/IwBBIGsiAyQAIAMgATYCCCADIAA2AgwgAyADQQxqrUKAgICAEIQ3AxggAyADQQhqrUKAgICA\
EIQ3AxBB85/AACADQRBqIAIQ8gEAC5EBAQN/IAAoAggiAyAAKAIARgRAIwBBEGsiAiQAIAJBCGog\
ACAAKAIAQQFBBEEcEFggAigCCCIEQYGAgIB4RwRAIAQgAigCDBDRAgALIAJBEGokAAsgACgCBCAD\
QRxsaiICIAEoAhg2AhggAiABKQIQNwIQIAIgASkCCDcCCCACIAEpAgA3AgAgACADQQFqNgIIC1YB\
AX8jAEEQayICJAAgAkEIaiABQQxqEKIDIAIgAigCCCACKAIMIAEoAhggASgCHEHcrsAAEHMgAigC\
BCEBIAAgAigCADYCACAAIAE2AgQgAkEQaiQAC00BAn8CQCACQf////8DRiACQf////8DS3INACAB\
KAJkIAJBAnQiAkEEakkNACABKAJgIAJqKAAAIQRBASEDCyAAIAQ2AgQgACADNgIACwMAAAsDAAAL\
AwAAC0gAAkACQCABRQ0AIAEgA08EQCABIANGDQEMAgsgASACaiwAAEFASA0BCyAAIAE2AgQgACAC\
NgIADwsgAiADQQAgASAEEOwCAAvQAQEGfyAAKAIAIgNBBGogAy8BigEiBEEBaiIHIAAoAggiBSAB\
EKIBIANBjAFqIQYCQCAFQQFqIgFBAWoiBSAEQQJqIgRPDQAgBCABQX9zakECdCIIRQ0AIAYgBUEC\
dGogBiABQQJ0aiAI/AoAAAsgBiABQQJ0IgVqIAI2AgAgAyAHOwGKASAEIAEgASAESRshAiAFIAAo\
AgAiA2pBjAFqIQADQCABIAJHBEAgACgCACIGIAE7AYgBIAYgAzYCACAAQQRqIQAgAUEBaiEBDAEL\
CwtJAQF/IwBBEGsiBCQAIARBADYCCCAEIAI2AgwgAARAIAAgAiADIAEoAhARBAAgBEEQaiQADwsg\
BEEIahDjAkGwm8EAQTIQoQMAC0MBA38CQCACRQ0AA0AgAC0AACIEIAEtAAAiBUYEQCAAQQFqIQAg\
AUEBaiEBIAJBAWsiAg0BDAILCyAEIAVrIQMLIAMLSwEDfyAAKAIUIQIgACgCHCEBIAAoAhghAwNA\
AkAgASADSQRAIAEgAmotAABBMGtB/wFxQQpJDQELDwsgACABQQFqIgE2AhwMAAsAC3QBBX8jAEEQ\
ayICJAAgAkEIaiIEIAEoAggiAyABKAIEIgVJBH8gASgCACADai0AAAVBAAs6AAEgBCADIAVJOgAA\
IAItAAgiAwRAIAItAAkhBiABIAEoAghBAWo2AggLIAAgBjoAASAAIAM6AAAgAkEQaiQAC1YBAn8j\
AEEQayICJAAgABCnASAAKAIUIgNB/LHAAEEBENoBIAJBCGogARDGAiADIAIoAgggAigCDBDaASAD\
QbiXwQBBAhDaASAAQQE6ABwgAkEQaiQAC0cBAX8jAEEQayIDJAAgA0EANgIIIAMgAjYCDCAABEAg\
ACACIAEoAhARAwAgA0EQaiQADwsgA0EIahDjAkGwm8EAQTIQoQMACwMAAAsDAAALAwAAC0oBAX8j\
AEEgayIEJAAgBEEANgIcIARBEGogAyAEQRxqEMgBIARBCGogBCgCECAEKAIUIAEgAhCbAiAAIAQp\
Awg3AwAgBEEgaiQAC0oBA38jAEEQayICJAAgABCeASAAKAIUIgMoAgAhBCACQQhqIAEQxgIgAigC\
DCEBIABBAToAHCADIAEgBGpBA2o2AgAgAkEQaiQACzkAIAEgAhBdIAACf0EBIAFBgAFJDQAaQQIg\
AUGAEEkNABpBA0EEIAFBgIAESRsLNgIEIAAgAjYCAAs/ACAAKAIAIANB+KjAABCgAigCBCIAQX9G\
BH9BAAUgACACTwRAIAAgAkGIqcAAELMBAAsgACABai0AAAtBAXELhwEBA38gACgCCCIDIAAoAgBG\
BEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEEQRgQWCACKAIIIgRBgYCAgHhHBEAgBCACKAIMENEC\
AAsgAkEQaiQACyAAKAIEIANBGGxqIgIgASkCEDcCECACIAEpAgg3AgggAiABKQIANwIAIAAgA0EB\
ajYCCAukAgEFfyMAQRBrIgMkACAAKAIAQYCAgIB4RgRAIANBBGohBCAAKAIMIQIjAEHQAGsiASQA\
IAFBCGogAhC2ASABQQA2AkwgAUEANgI4IAFCgICAgMAANwIwIAEgASgCDCICNgJIIAEgASgCCCIF\
NgJEIAEgAjYCQCABIAU2AjwgAUEUaiABQTBqQQAQDQJAIAEoAhQiAkECRyABLQAYIgVBBUdyRQRA\
IAQgASgCJDYCCCAEIAEpAhw3AgAMAQsgBEEANgIIIARCgICAgMAANwIAIAJBAkcEQCABQRRqEL0C\
DAELIAVBBUYNACABQRhqEO0BCyABQTBqEIsDIAFB0ABqJAAgABDiAiAAIAMoAgw2AgggACADKQIE\
NwIACyADQRBqJAAgAAtBAQF/IwBBEGsiAyQAIANBBGogACABIAIQ0wECQCADKAIIRQ0AIAMoAgwi\
AEUNACADKAIEIAAQoAELIANBEGokAAsJACAAQQgQugMLCQAgAEEEELoDC0IBA38gACgCACECIAAo\
AgQhAwNAIAMgAiIBRwRAIAAgAUEBaiICNgIAIAEtAABBOmtB/wFxQfUBSw0BCwsgASADRwsJACAA\
QRQQugMLTAEBfyAAKAIAIgAgAUHMssAAEKUCIgMoAgAgAygCBCAAIAJB3LLAABClAiIAKAIAIAAo\
AgQQhgIiACABIAJLIAEgAklrIABB/wFxGws6AQF/AkAgAWlBAUcNACABQQAgAEGAgICAeCABa00b\
IgJFDQAgAARAIAAgAhDQAiIBRQ0BCyABDwsAC0ABA39BBCEFAkAgA0UNACABKAIAIgZFDQAgACAC\
NgIEIAAgASgCBDYCACADIAZsIQRBCCEFCyAAIAVqIAQ2AgALRAEBfyMAQRBrIgUkACAFQQhqIAIg\
AyABKAIEIAEoAgggBBD1ASAFKAIMIQEgACAFKAIINgIAIAAgATYCBCAFQRBqJAALvgMBBn8jAEEQ\
ayIFJAAgBSADNgIAIAUgATYCBCAFIAEgAkEDdGo2AgggBSAFNgIMIwBBIGsiAyQAIAMgBUEEaiIB\
KAIINgIYIAMgASkCADcDECADQQRqIQYjAEFAaiIBJAAgAUEUaiADQRBqIgQQjwECQCABKAIUQYCA\
gIB4RwRAIAFBBEEEQRwQsgEgASgCACEHIAEoAgQiAiABKQIUNwIAIAIgASgCLDYCGCACIAEpAiQ3\
AhAgAiABKQIcNwIIIAFBATYCECABIAI2AgwgASAHNgIIIAEgBCgCCDYCOCABIAQpAgA3AzAgAUEI\
aiEEIAFBMGohCSMAQSBrIgIkAANAAkAgAkEEaiAJEI8BIAIoAgRBgICAgHhGDQAgBCgCCCIIIAQo\
AgBGBEAgBBC7AgsgBCgCBCAIQRxsaiIHIAIoAhw2AhggByACKQIUNwIQIAcgAikCDDcCCCAHIAIp\
AgQ3AgAgBCAIQQFqNgIIDAELCyACQSBqJAAgBiABKAIQNgIIIAYgASkCCDcCAAwBCyAGQQA2Aggg\
BkKAgICAwAA3AgALIAFBQGskACAAIAYQECADQSBqJAAgBUEQaiQAC0cBAn8gACgCACIBKAIAIgAg\
ACgCACIAQQFqNgIAIAEoAgQiASgCCCICIABNBEAgACACQeCwwAAQswEACyABKAIEIABqLQAAC5wC\
AQR/IAAQpwECQCAALQAdRQ0AIAAoAhQiAigCCCEFAkACQAJAAkACQEEDIAEoAgAiA0GAgICAeHMg\
A0EAThtBAWsOAwABAwILIAJBxLHAACABQQRqQQAQMwwDCyACQZe5wABBBBCBAwwCCyACIAEoAggg\
ASgCDBDaAQwBCyACQcCxwABBARDaASACQbynwABBASABLQAMIgMbQQhBACADGxCBAyABKAIIQQN0\
IQMgASgCBCEEA0AgAwRAIAJBwrHAAEEBENoBIAIgBCgCACAEKAIEEIEDIANBCGshAyAEQQhqIQQM\
AQsLIAJBwbHAAEEBENoBCyABKAIAQYCAgIB4Rw0AIAAgBTYCDCAAQQE2AgggACACKAIINgIQCwtB\
AQF/IwBBEGsiBSQAIAVBCGogACABIAIgAyAEEFggBSgCCCIAQYGAgIB4RwRAIAAgBSgCDBDRAgAL\
IAVBEGokAAt9AQN/IAAoAggiAyAAKAIARgRAIwBBEGsiAiQAIAJBCGogACAAKAIAQQFBBEEMEFgg\
AigCCCIEQYGAgIB4RwRAIAQgAigCDBDRAgALIAJBEGokAAsgACgCBCADQQxsaiICIAEoAgg2Aggg\
AiABKQIANwIAIAAgA0EBajYCCAs8AQF/IAAgAhC3AiAAKAIIIQMgACACBH8gAgRAIAAoAgQgA2og\
ASAC/AoAAAsgACgCCAUgAwsgAmo2AggLqQIBBH8jAEEgayIGJAAgBiAENgIcIAYgAzYCGCAGIAI2\
AhQgBiABNgIQIAYgBTYCDEEAIQEjAEEQayIFJAAgBSAGQQxqNgIMAkAgACIDKAIIIgdFDQAgACgC\
BCIIIQQDQCAFQQxqIAQQbQRAIARBHGohBCAHIAFBAWoiAUcNAQwCCwsgBBD4AiAIQRxqIQkgASEC\
A0AgAUEBaiEAIAkgAUEcbGohBANAIAAgB08EQCADIAI2AggMAwsgBUEMaiAEEG1FBEAgAEEBaiEA\
IAQQ+AIgBEEcaiEEDAELCyAIIAJBHGxqIgEgBCgCGDYCGCABIAQpAhA3AhAgASAEKQIINwIIIAEg\
BCkCADcCACACQQFqIQIgACEBDAALAAsgBUEQaiQAIAZBIGokAAs6AQF/IAFBHU0Ef0HkACAAKAIA\
IgAgAEEMaiACQfylwAAQoAIoAgAQlgIiACAAQeQATxtBA2oFQQALC30BA38gACgCCCIDIAAoAgBG\
BEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEEQRAQWCACKAIIIgRBgYCAgHhHBEAgBCACKAIMENEC\
AAsgAkEQaiQACyAAKAIEIANBBHRqIgIgASkCCDcCCCACIAEpAgA3AgAgACADQQFqNgIIC0ABAX8j\
AEEgayIBJAAgASAAKAIYNgIYIAEgACkCEDcDECABIAApAgg3AwggASAAKQIANwMAIAEQSSABQSBq\
JAALNAECfyMAQRBrIgIkACACQQhqIAAQwAEgAi0ACSEAIAItAAggAkEQaiQAIAAgAUH/AXFGcQtA\
AQF/IwBBIGsiAyQAIAMgAjYCHCADIAE2AhggAyACNgIUIANBCGogA0EUahCUASAAIAMpAwg3AwAg\
A0EgaiQAC0YBAn8gASgCBCECIAEoAgAhA0EIQQQQ0AIiAUUEQEEEQQgQpAMACyABIAI2AgQgASAD\
NgIAIABB2J7BADYCBCAAIAE2AgALNgEBfyAAIAFBwQBrQV9xQQpqIAFBMGsiAyACQQpLGyADIAFB\
OUsbIgE2AgQgACABIAJJNgIACzoBAX8gACgCBCABKAIEIAAoAggiACABKAIIIgEgACABSRsQvgEi\
AiAAIAFrIAIbIgBBAEogAEEASGsLOQECfyAAIAEoAgAiAyABKAIEIgJHBH8gASACQQFrIgE2AgQg\
AS0AAAUgAQs6AAEgACACIANHOgAACzwAIAIgA0kEQEHgksEAQRMgBBDyAQALIAAgAzYCBCAAIAE2\
AgAgACACIANrNgIMIAAgASADQQN0ajYCCAs0ACABIAJLIAIgBEtyRQRAIAAgAiABazYCBCAAIAMg\
AUECdGo2AgAPCyABIAIgBCAFEDgACz4BAX8jAEEQayIFJAAgBUEIakEAIAEgAiADIAQQ9QEgBSgC\
DCEBIAAgBSgCCDYCACAAIAE2AgQgBUEQaiQACzsAIAAQpwEgACgCFCABQQEQ2gEgACAAKAIYQQFq\
IgE2AhggACAAKQMAQn5BPyABIAFBP08brYmDNwMAC7IQAhl/AX4jAEEgayIRJAAgEUEEaiEEIwBB\
EGsiBSQAAkAgACgCACIJBEAgBSAJIAAoAgQgARBxIAVBBGohCSAFKAIABEAgBCAANgIMIAQgCSgC\
CDYCGCAEIAkpAgA3AhAgBCABKQIANwIAIAQgASgCCDYCCAwCCyAEIAA2AhAgBEGAgICAeDYCACAE\
IAkoAgg2AgwgBCAJKQIANwIEIAEQigMMAQsgBEEANgIQIAQgADYCDCAEIAEoAgg2AgggBCABKQIA\
NwIACyAFQRBqJAAgESgCBEGAgICAeEcEQCMAQRBrIg0kACMAQSBrIgokAAJAIAQoAhAEQCAKQQxq\
IQ4gBEEMaiEUIwBB4ABrIgIkACACQRBqIQcjAEFAaiIDJAACQCAEIglBEGoiCygCACIMLwGKAUEL\
TwRAIANBGGohBCADQRxqIQVBBCEAAkAgCygCCCIBQQVJDQAgA0EgaiADQSRqIQgCfwJAAkAgASIA\
QQVrDgIDAQALQQYhACABQQdrDAELQQUhAEEACyEBIQQgCCEFCyADIAA2AgggAyAMNgIAIAMgCygC\
BDYCBBDYAiIAQQA7AYoBIABBADYCACADQQxqIgYgAyAAEFwgBkEANgIYIAYgADYCFCAGIAMpAgA3\
AgwgAyABNgIwIAMgBSgCADYCLCADIAQoAgA2AiggA0E0aiADQShqIAkQ6gEgAykCNCEbIAMoAjwh\
ACAHIAMoAiQ2AhggByADKQIcNwIQIAcgAykCFDcCCCAHIAMpAgw3AgAgByAANgIkIAcgGzcCHAwB\
CyADQTRqIAsgCRDqASAHQYCAgIB4NgIAIAcgAygCPDYCJCAHIAMpAjQ3AhwLIANBQGskAAJAAkAC\
QCACKAIQQYCAgIB4RwRAIAIgAikCEDcDSCACIAIoAhg2AlAgAigCHCEAIAIoAiAhBSACKAIoIQEg\
AigCJCEHIAIoAjAhFSACKAIsIRYgAigCNCEXA0AgACgCACIERQRAIAIgAigCUDYCGCACIAIpA0g3\
AxAgAiABNgIoIAIgBzYCJCACIAU2AiAgAiAANgIcIBQoAgAiBCgCACIIRQ0DIAJBCGohBiAEKAIE\
IQMjAEEQayIAJAAQ2QIiBSAINgKMASAFQQA7AYoBIAVBADYCAAJAIANBAWoiCARAIABBCGogBSAI\
EK8BIAAoAgwhBSAGIAAoAgg2AgAgBiAFNgIEIABBEGokAAwBC0HclMEAEIUDAAsgAigCCCEAIAQg\
AigCDCIFNgIEIAQgADYCACACIAU2AlwgAiAANgJYIAJBEGohBAJAAkAgASACQdgAaiIAKAIEQQFr\
RgRAIAAoAgAiAC8BigEiAUELTw0BIAAgAUEBaiIFOwGKASAAIAFBDGxqIgEgBCgCCDYCDCABIAQp\
AgA3AgQgACAFQQJ0aiAHNgKMASAHIAU7AYgBIAcgADYCAAwCC0GMlMEAQTBBvJTBABDaAgALQdyT\
wQBBIEHMlMEAENoCAAsMBAsgAiAENgI8IAIgAC8BiAE2AkQgAiAFQQFqNgJAIAJBEGohCyACQcgA\
aiETIwBBQGoiAyQAAkACQCABIAJBPGoiBigCBCIMQQFrRgRAIAYoAgAiDy8BigFBC0kNASADQSRq\
IQUgA0EoaiEEQQQhAAJAIAYoAggiAUEFSQ0AIANBLGogA0EwaiEIAn8CQAJAIAEiAEEFaw4CAwEA\
C0EGIQAgAUEHawwBC0EFIQBBAAshASEFIAghBAsgAyAANgIUIAMgDDYCECADIA82AgwjAEEgayIA\
JAAgA0EMaiIMKAIAIg8vAYoBIRIQ2QIiBkEAOwGKASAGQQA2AgAgAEEUaiAMIAYQXCAGLwGKASII\
QQFqIRAgCEEMTwRAQQAgEEEMQbSVwQAQOAALIANBGGohCCAPIAwoAggiGEECdGpBkAFqIRkgBkGM\
AWohGgJAIBAgEiAYayISRgRAIBJBAnQiEARAIBogGSAQ/AoAAAsMAQtB7JTBAEEoQZSVwQAQ2gIA\
CyAAQQhqIAYgDCgCBCIGEK8BIAApAwghGyAIIAY2AhAgCCAPNgIMIAggACkCFDcCACAIIAAoAhw2\
AgggCCAbNwIUIABBIGokACADIAE2AjwgAyAEKAIANgI4IAMgBSgCADYCNCADQTRqIBMgBxC8ASAL\
IAMoAjA2AhggCyADKQIoNwIQIAsgAykCIDcCCCALIAMpAhg3AgAMAgtBxJXBAEE1QfyVwQAQ2gIA\
CyAGIBMgBxC8ASALQYCAgIB4NgIACyADQUBrJAAgAigCEEGAgICAeEYNAyACIAIpAhA3A0ggAiAC\
KAIYNgJQIAIoAhwhACACKAIgIQUgAigCKCEBIAIoAiQhBwwACwALIA4gAigCNDYCCCAOIAIpAiw3\
AgAMAgtBzJPBABCFAwALIA4gFzYCCCAOIBU2AgQgDiAWNgIACyACQeAAaiQAIAkoAgwhAAwBCyAE\
KAIMIQAQ2AIiAUEAOwGKASABQQA2AgAgCkEANgIEIAogATYCACAKKAIAIQEgAEEANgIEIAAgATYC\
ACAKIAE2AhggCkEANgIcIApBGGoiBigCACIBLwGKASIFQQtPBEBB3JPBAEEgQfyTwQAQ2gIACyAB\
IAVBAWo7AYoBIApBDGoiCSAFNgIIIAkgATYCACAJIAYoAgQ2AgQgASAFQQxsaiIBIAQoAgg2Agwg\
ASAEKQIANwIECyANIAA2AgwgDSAKKAIUNgIIIA0gCikCDDcCACAAIAAoAghBAWo2AgggCkEgaiQA\
IA0oAgAaIA1BEGokAAsgEUEgaiQAC0UBA38gASgCACIDQQRqIAMvAYoBQQFqIgQgASgCCCIFIAIQ\
ogEgAyAEOwGKASAAIAU2AgggACADNgIAIAAgASgCBDYCBAs2AAJAIANpQQFHDQAgA0EAIAFBgICA\
gHggA2tNGyIDRQ0AIAAgASADIAIQFCIARQ0AIAAPCwALNwECfyAAIAEoAgAiAiABKAIEIgNHBH8g\
ASACQQFqNgIAIAItAAAFIAELOgABIAAgAiADRzoAAAtBAAJAAkACQAJAAkAgAC0AAA4FAQECAwQA\
CyAAQQRqEJMDCw8LIABBBGoQigMPCyAAQQRqEIoDDwsgAEEEahCWAwuBBAEOfyMAQRBrIgckACAH\
QQhqIQwjAEEQayIEJAAgBCABQQhqNgIEIAEiDigCACEBIA4oAgQhDwNAAkAgASAPRgRAQQAhCQwB\
CyAOIAFBCGoiAjYCACABKAIAIQkgBCABQQRqKAIAIg02AgwgBCAJNgIIIAIhASAEQQRqKAIAIgIo\
AgAgAigCCCIFLQAAIARBCGoiAygCACIIIAMoAgQiBiACKAIEKAIUEQgABH8CfyACKAIMIgIoAigh\
AyACKAIsQbynwABBACAFLQAAGyELIwBBMGsiAiQAIAIgBjYCGCACIAg2AhRBDGwhBQNAIAVBAEch\
CAJAAkAgBUUNACACIAM2AhwgCwRAIAJBCDYCJCACIAs2AiAgAkEcaiACQSBqEI8CBEBBASEIDAIL\
IAJBCGogC0EIIANBBGooAgAgA0EIaigCABCbAiACKAIIIgZFDQIgAiAGIAIoAgxBLhDGASACKAIA\
IgZFDQIgAigCBCEKIAIgBjYCKCACIAo2AiwgAkEoaiACQRRqENMCDQEMAgsgAkEcaiACQRRqEI8C\
RQ0BCyACQTBqJAAgCAwCCyADQQxqIQMgBUEMayEFDAALAAtBAXMFQQALRQ0BCwsgDCANNgIEIAwg\
CTYCACAEQRBqJAAgBygCDCEBIAAgBygCCDYCACAAIAE2AgQgB0EQaiQACzwBAn8gACgCCCIDIAAo\
AgBGBEAgABDNAQsgACgCBCADQQN0aiIEIAI2AgQgBCABNgIAIAAgA0EBajYCCAtDAQF/AkACQAJA\
AkBBAyAAKAIAIgFBgICAgHhzIAFBAE4bDgMBAgMACyAAEIkDDwsgAEEEahCKAw8LIABBBGoQkwML\
CzMBAn8jAEEQayIBJAAgAUEIaiAAEMACIAEoAgggASgCDCECIAFBEGokAEEARyACQQBHcQveAQIB\
fwF+IwBBIGsiAyQAIAMgATYCECADIAA2AgwgA0EBOwEcIAMgAjYCGCADIANBDGo2AhQjAEEQayIB\
JAAgA0EUaiIAKQIAIQQgASAANgIMIAEgBDcCBCMAQRBrIgAkACABQQRqIgEoAgAiAigCBCIDQQFx\
BEAgAigCACECIAAgA0EBdjYCBCAAIAI2AgAgAEGAncEAIAEoAgQgASgCCCIALQAIIAAtAAkQWQAL\
IABBgICAgHg2AgAgACABNgIMIABBnJ3BACABKAIEIAEoAggiAC0ACCAALQAJEFkAC0EBAX8jAEEQ\
ayIAJAAgAEE1NgIEIABBrJbBADYCACAAIACtQoCAgIDQD4Q3AwhBiIvAACAAQQhqQeSWwQAQ8gEA\
CzQBAn8jAEEQayIBJAAgAUEIaiAAEE0gASgCCCEAIAEoAgwgAUEQaiQAQYCAxAAgAEEBcRsLMQAg\
ASACSyACIARLckUEQCAAIAIgAWs2AgQgACABIANqNgIADwsgASACIAQgBRA4AAs5AQF/IwBBEGsi\
AiQAIAJBCGogAUETahDGAiACKAIMIQEgACACKAIINgIAIAAgATYCBCACQRBqJAALPAAgAiADSQRA\
QeCSwQBBE0GclsEAEPIBAAsgACADNgIEIAAgATYCACAAIAIgA2s2AgwgACABIANqNgIICzkAIAIg\
A0kEQEHgksEAQRMgBBDyAQALIAAgAzYCBCAAIAE2AgAgACACIANrNgIMIAAgASADajYCCAs5AgF/\
AX4jAEEQayICJAAgAkEIaiABQQFBARCyASACKQMIIQMgAEEANgIIIAAgAzcCACACQRBqJAALNAEB\
fyMAQRBrIgEkACABQQA2AgwgASAAIAFBDGoQyAEgASgCACABKAIEEP8CIAFBEGokAAsxAQF/IAAo\
AgAiACABKAIAIgJyRSEBIABFIAJFcgR/IAEFIAAtAAAgAi0AAEYLQQFzCzgBAX8gASgCACIDBEAg\
ACABLwGIATYCCCAAIAJBAWo2AgQLIAAgAzYCACABQbwBQYwBIAIbEKABCz8AIAAoAgBBgICAgHhH\
BEAgASAAKAIEIAAoAggQ6AIPCyABKAIAIAEoAgQgACgCDCgCACIAKAIAIAAoAgQQHws4AAJAIAJB\
gIDEAEYNACAAIAIgASgCEBEDAEUNAEEBDwsgA0UEQEEADwsgACADIAQgASgCDBEEAAt0AQN/IAAo\
AggiAyAAKAIARgRAIwBBEGsiAiQAIAJBCGogACAAKAIAQQFBBEHoABBYIAIoAggiBEGBgICAeEcE\
QCAEIAIoAgwQ0QIACyACQRBqJAALIAAoAgQgA0HoAGxqIAFB6AD8CgAAIAAgA0EBajYCCAszAQF/\
IAAoAggiAiAAKAIARgRAIAAQzgELIAAoAgQgAkECdGogATYCACAAIAJBAWo2AggLQAEBfyABKAIA\
IgEgAkGYqcAAEKACLQAQIQMgASACQaipwAAQoAIhASAAIAM6AAQgACACNgIIIAAgASgCCDYCAAs2\
ACAAKAIAIgAgAUHwsMAAEKMCIAAgAkGAscAAEKMCEOMBIgAgASACSyABIAJJayAAQf8BcRsLNQEB\
fyMAQRBrIgEkACABIAAoAgAiACgCADYCDCABIAAoAgg2AgggAUEIahCXAyABQRBqJAALNgEBfyAB\
KAIAIgNB/////wdPBEAgAhCVAgALIAEgA0EBajYCACAAIAE2AgQgACABQQRqNgIAC2MAAkAgAkUN\
ACADRQRAIAIgARDQAiEBDAELAkACfyABQQlPBEAgASACEC0MAQsgAhAJCyIBRQ0AIAFBBGstAABB\
A3FFIAJFcg0AIAFBACAC/AsACwsgACACNgIEIAAgATYCAAsoACAAIAIgASADIAEgA0kbEL4BIgAg\
ASADayAAGyIAQQBKIABBAEhrCyoAIAEgA00EQCAAIAMgAWs2AgQgACABIAJqNgIADwsgASADIAMg\
BBA4AAspACABIANGBEAgAUECdCIBBEAgACACIAH8CgAACw8LIAEgAyAEELQBAAs3ACAAEJ4BAkAg\
AC0AHUUNACABIAAoAhQQViABKAIAQYCAgIB4Rw0AIABBADYCECAAQgE3AwgLCy0BAX8jAEEQayIB\
JAAgASAAQQhrNgIMIAFBDGoiABCbASAAEMQCIAFBEGokAAuzAQECfyMAQRBrIgAkACABKAIAQeie\
wQBBCyABKAIEKAIMEQQAIQMgAEEIaiICQQA6AAUgAiADOgAEIAIgATYCACACIgEtAAQhAiABLQAF\
BEAgAQJ/QQEgAkEBcQ0AGiABKAIAIgEtAApBgAFxRQRAIAEoAgBB3ajBAEECIAEoAgQoAgwRBAAM\
AQsgASgCAEHcqMEAQQEgASgCBCgCDBEEAAsiAjoABAsgAkEBcSAAQRBqJAALngIBBH8jAEEQayIE\
JAAQQSIFIAAmASMAQdAAayIDJAAgAyABNgIUIAMgBTYCECADIAI2AhggAyADQc8AaiIBNgJEIAMg\
ATYCQCADIANBGGo2AjwgAyADQRRqNgI4IAMgATYCNCADIAE2AjAgAyABNgIsIAMgA0EQajYCKCAD\
QRxqIANBKGoQQgJ/IAMoAhxBgICAgHhGBEBBASEBIAMoAiAhAkEADAELIAMgAygCJDYCMCADIAMp\
Ahw3AyggA0EIaiADQShqEJQBIAMoAgwhBkEAIQJBACEBIAMoAggLIQUgBCABNgIMIAQgAjYCCCAE\
IAY2AgQgBCAFNgIAIANB0ABqJAAgBCgCACAEKAIEIAQoAgggBCgCDCAEQRBqJAALMAEBfyMAQRBr\
IgEkACABQQA2AgwgAUEMakHgscAAIABBABBIIAEoAgwgAUEQaiQACygBAX8CQCAARQ0AIAAtAAAi\
AEEiRiAAQdwARnINACAAQR9LIQELIAELLAECfyABKAIEIgMgACgCACIAKAIIRgR/IAAoAgQgASgC\
ACADEL4BBUEBC0ULKgEBfyMAQRBrIgMkACADIAAoAgA2AgwgA0EMaiABIAIQ0QEgA0EQaiQACyoB\
AX8jAEEQayIDJAAgAyAAKAIANgIMIANBDGogASACEIICIANBEGokAAspAQF/IwBBEGsiAyQAIAMg\
ACgCADYCDCADQQxqIAEgAhBfIANBEGokAAswAQF/IwBBEGsiACQAIAAgAEEPaq1CgICAgOAMhDcD\
AEG3icAAIABB0JLBABDyAQALDgAgAEKAgICAgBAQvAMLDgAgAEKAgICAkBAQvAMLIgAgAUF/RgR/\
IABBGGoFIAAgAUGMpsAAEKECQQxqCygCAAstAQF/IwBBEGsiAiQAIAJBCGogARDGAiAAIAIoAggg\
AigCDBDqAiACQRBqJAALLQEBfyMAQRBrIgIkACACQQhqIAEQxgIgACACKAIIIAIoAgwQ6wIgAkEQ\
aiQACzABAX8gAUEIayICIAIoAgBBAWoiAjYCACACRQRAAAsgACABNgIEIABB9JvBADYCAAu1AwEE\
fyMAQRBrIgUkACMAQdAAayIDJAAgAyABNgIUIAMgADYCECADIAI2AhggAyADQc8AaiIANgJIIAMg\
ADYCRCADIAA2AkAgAyADQRhqNgI8IAMgADYCOCADIAA2AjQgAyAANgIwIAMgA0EUajYCLCADIAA2\
AiggAyAANgIkIAMgADYCICADIANBEGo2AhwjAEEQayIBJAAgAUEIaiECAn8gA0EcaiIAKAIAKAIA\
QR1HIAAoAhAoAgBBgIABR3IgACgCICgCAEEbR3JFBEAjAEEQayIAJABBAEHstsAAKAIAEQUAIgZF\
BEAQkwIACyAAQQhqIAYQnQIgACgCDCEGIAAgACgCCCIEQQAgBCgCBGtBA3EiBCAEQYCAAXJBgLfA\
ABDUASAAKAIAIQQgBiAGKAIAQQFqNgIAIABBEGokAEEADAELQbC1wABBxgAQoAMhBEEBCyEAIAIg\
BDYCBCACIAA2AgAgASgCDCEAIANBCGoiAiABKAIINgIAIAIgADYCBCABQRBqJAAgBSADKAIIIAMo\
AgwQqQIgA0HQAGokACAFKAIAIAUoAgQgBSgCCCAFQRBqJAALKAAgAyAEIAEgAhDFAiEBIAAgBCAC\
azYCBCAAIAIgA2pBACABGzYCAAsmAQF/QQEhAQN/IABBCU0EfyABBSABQQFqIQEgAEEKbiEADAEL\
CwstACABKAIARQRAIAFBfzYCACAAIAE2AgQgACABQQRqNgIADwtB8LbAABCUAgALJAAgASADRgRA\
IAEEQCAAIAIgAfwKAAALDwsgASADIAQQtAEACyYBAn8gACgCCCIDIAEoAghGBH8gACgCBCABKAIE\
IAMQ/gIFQQALCw0AIAAgASACQRQQuQMLDQAgACABIAJBBBC4AwsNACAAIAEgAkEDELgDCw0AIAAg\
ASACQRwQuQMLDQAgACABIAJBAhC4AwsNACAAIAEgAkEMELkDCycAIAAQigMgAEEMahCVAyAAQRhq\
EJUDIABBJGoQlQMgAEEwahCKAwsmAQF/IwBBEGsiASQAIAEgAEEIazYCDCABQQxqEJsBIAFBEGok\
AAsmAQF/IwBBEGsiASQAIAEgAEEIazYCDCABQQxqEMQCIAFBEGokAAsmACAAIAE2AgggACACQQAg\
AUEBcSIBGzYCBCAAQQAgAiABGzYCAAvSAwEGfyACQQFxBEAgACABIAJBAXYQlwEPCyMAQRBrIgUk\
AAJAAkACQAJAAkACQCACQQFxBEAgAkEBdiEDDAELIAEtAAAiA0UNASABIQQDQCAEQQFqIQgCQCAD\
wEEASARAIANB/wFxQYABRgRAIAYgCC8AACIEaiEGIAQgCGpBAmohBAwCCyAIIANBA3FBCHgiBEEF\
dEGAgICABHEgBEEHdHJBHXZqIANBAXZBAnFqIANBAnZBAnFqIQQgBkUgB3IhBwwBCyAIIANB/wFx\
IgNqIQQgAyAGaiEGCyAELQAAIgMNAAtBACEDIAcgBkEQSXENAEEAIQcgBkEBdCIDQQBIDQQLIAMN\
AQtBASEEQQAhAwwBC0EBIQcgA0EBENACIgRFDQELIAVBADYCCCAFIAQ2AgQgBSADNgIAIAVBqJ/B\
ACABIAIQH0UNASMAQSBrIgAkACAAQdYANgIEIABB0J/BADYCACAAQcCfwQA2AgwgACAFQQ9qNgII\
IAAgAEEIaq1CgICAgLAPhDcDGCAAIACtQoCAgIDQD4Q3AxBBoorAACAAQRBqQaigwQAQ8gEACyAH\
IAMQ0QIACyAAIAUoAgg2AgggACAFKQIANwIAIAVBEGokAAsnACAAKAIAQYCAgIB4RgRAIABBBGoQ\
lgMPCyAAEJMDIABBDGoQigMLJwAgACABKAIMIAEoAhAQdyIARQRAQQAPCyAAQQAgAEG4/sAAEF4b\
C+0IAgt/A34jAEEQayIJJAAjAEEwayIFJAAgBSABNgIYIAUgADYCFCAFIAVBL2oiADYCKCAFIAA2\
AiQgBSAFQRhqNgIgIAUgBUEUajYCHCMAQSBrIgckACAHQRBqIAVBHGoiACgCACgCACAAKAIEKAIA\
EOABIAcoAhAhASAHIAcoAhQiADYCHCAHIAE2AhggB0EIaiEKIwBBoAFrIgYkACAGIAA2AgwgBiAB\
NgIIAkACfyMAQRBrIgIkAEEAQcS2wAAoAgARBQAiBARAIAIgBEGgt8AAEIQCIAIoAgQhBCACKAIA\
IggoAgBBgICAgHhHBEAgAiAINgIMIAJBDGogBkEIahCPAiEDCyAEIAQoAgBBAWs2AgAgAkEQaiQA\
IAMMAQsQkwIACw0AIAZBEGohBCMAQYABayICJAAgAkEgaiABIAAQagJAIAIoAiBBAkcEQCACIAIo\
Ajg2AnAgAiACKQIwNwNoIAIgAikCKDcDYCACIAIpAiA3A1ggAkEDNgJ8IAIgAkHkAGoiAzYCeCAC\
QcgAakGCisAAIAJB+ABqEKoCIAJBAToAVCADEIoDIAIgAikCSCINNwMYIAIgDTcDCCACIAIpAkAi\
DjcDACACKQJQIQ8gBCANNwIQIAQgDjcCCCAEIA83AhggBEKAgICACDcCAAwBCyACIAIpAiQ3A1gg\
AiACKQIsNwNgIwBBMGsiAyQAAkACQCACQdgAaiIILQAAIgwEQCAMQQVGDQEgAyAIEMcCIAMgAykD\
ADcCICADQQI2AiwgAyADQSBqNgIoIANBFGpB4ofAACADQShqEKoCIARCgICAgAg3AgAgBCADKQIM\
NwIIIAQgAykCFDcCECAEIAMoAhw2AhggBEEBOgAcDAILIANBADYCFCADQoCAgIDAADcCDCAEIANB\
DGoiBBALIAQQkwMMAQsgBCAIQQRqEAsLIANBMGokACAIEO0BCyACQYABaiQAIAYoAhAiAkGAgICA\
eEYEQCAGQRRqEN4BIQBBASELDAELIAYoAhQhAyAGQdwAaiAGQRhqQTz8CgAAIAYgADYCnAEgBiAB\
NgKYASAGIAM2AlggBiACNgJUIAZB1ABqIQJBACEEIwBB0ABrIgMkAAJAQQBBxLbAACgCABEFACIB\
BEAgAyACKAJEIAIoAkgQlwEgA0EMaiACQcQA/AoAACABKAIARQRAIAFBfzYCACABQQRqIQIgASgC\
BEGAgICAeEcEQCACEIoDIAFBEGoQpgIgASgCAEEBaiEECyACIANB0AD8CgAAIAEgBDYCACADQdAA\
aiQADAILQbC3wAAQlAIACyACEKYCEJMCAAsLIAogADYCBCAKIAs2AgAgBkGgAWokACAHKQMIIQ0g\
B0EYaiIAKAIEIgEEQCAAKAIAIAEQoAELIAVBCGogDTcDACAHQSBqJAAgBSgCDCEAIAUgBSgCCCIB\
NgIEIAUgAEEAIAFBAXEbNgIAIAkgBSkDADcCACAFQTBqJAAgCSgCACAJKAIEIAlBEGokAAvyFAIY\
fwd+IwBBEGsiDiQAIwBBEGsiEiQAIBJBCGohFSMAQeAAayIEJAAgBEFAayETIwBBMGsiCSQAAkBB\
AEHstsAAKAIAEQUAIgEEQCAJQQhqIAEQnQIgCSgCDCEWIAkgCSgCCCIBQQAgASgCBGtBA3EiASAB\
QYCAAXJBgLfAABDUASAJQRBqIRAgCSgCACEBIAkoAgQhAiMAQdAAayIIJAACQEEAQcS2wAAoAgAR\
BQAiBwRAIAhBCGogB0GQt8AAEIQCIAgoAgwhFwJ/IAgoAggiBygCAEGAgICAeEcEQCAIQTBqIQYg\
B0EMaiEHIwBBwAJrIgAkAANAIANB4ABHBEAgAEEIaiADakEHNgIAIANBDGohAwwBCwsgACACNgK4\
AiAAIAE2ArQCIABB1AFqIgIgAEEIakHgAPwKAABBBCEDA0AgA0EcRwRAIABBCGogAEHUAWogAxAx\
IAIgACgCEDYCCCACIAApAgg3AgAgAkEMaiECIANBA2ohAwwBCwsgAEEIaiIBIABB1AFqIgJB6AD8\
CgAAAkACQAJAIAAoAmxB9ABJDQAgAiABQQEQMSAAKALUAUEHRg0AQWAhAwNAIAMEQAJAAkAgAEEI\
aiADQbCGwQBqKAIAIg1BDGxqKAIAQQNrDgUAAQEBBAELQXshAgNAIAIiAQRAIAFBAWohAiABQef9\
wABqLQAAEPQCIA1HDQELCyABDQMLIANBBGohAwwBCwsgBygCLEUNAQsgBkKAgICAgICAgIB/NwIA\
DAELIAAoAmgoAAAhDSAAQdQBaiIBIABBCGpBARAxIAEgBygCBCAHKAIIIAAoAtgBQQAgACgC1AFB\
AkYbIAAoAtwBEC8gACgC1AEiAUECRwRAIAYgACkC6AE3AhggBiAAKQLgATcCECAGIAApAtgBNwII\
IAZBATYCACAGIAE2AgQMAQsgAEHUAWogAEEIakHMhcEAEDQgACAAKQLYATcDmAEgACAAKQLgATcD\
oAEgACAAKQLoATcDqAEgACAAKALwATYCsAEgACgC1AEiAUGAgICAeEYEQCAGIAAoArABNgIcIAYg\
ACkDqAE3AhQgBiAAKQOgATcCDCAGIAApA5gBNwIEIAZBATYCAAwBCyAAIAApA5gBNwJ0IAAgACkD\
oAE3AnwgACAAKQOoATcChAEgACAAKAKwATYCjAEgACAAKQL0ATcCkAEgACABNgJwIABB1AFqIABB\
8ABqIAcgAEG/AmpB5IXBABAMIAAgACkC3AE3A7gBIAAgACkC5AE3A8ABIAAgACkC7AE3A8gBQQEh\
AyAAKALYASECAkACQCAAKALUAUEBRgRAIAYgACkDyAE3AhggBiAAKQPAATcCECAGIAApA7gBNwII\
IAIhAQwBC0GAgICAeCEBQQAhAyACQYCAgIB4Rg0AIAAgACkDuAEiGDcCnAEgACAAKQPIATcCrAEg\
ACAAKQPAATcCpAEgACACNgKYASAAKAKgAUHoAGwhAiAYpyEDAkADQCACBEAgDSEHIwBBoAFrIgUk\
ACAFQSBqIANBOGoQwAIgBSkDICEYIAVBGGogA0HEAGoQwAIgAykCJCEZIAUpAxghGiAFQRBqIANB\
0ABqEMACIAUpAxAhGyAFQQhqIANB3ABqEMACIAUpAwghHCAFQShqIAMQmQEgBSkCLCEdIAVBQGsi\
DCADEJkBIAUpAlAhHiAFQQA2ApABIAVBADYChAEgBSAeNwJ8IAUgHTcCdCAFIBw3AmwgBSAbNwJk\
IAUgGTcCXCAFIBo3AlQgBSAYNwJMIAVBBzYCSCAFQgE3AkBBACEBIwBBQGohCwJAIAwoAgBBAUcN\
ACALIAxBBGpBwAD8CgAAIAsoAgAiEUEDdCALakEMaiEKIAsoAgQhCwNAIAsgEUYNASABIAooAgBB\
BmxqQQNqIAEgCkEEaygCABshASAKQQhqIQogEUEBaiERDAALAAsgASELIAUgAygCMCIBNgJAIAUg\
ASADKAI0QQxsajYCRCAFIAVBnwFqNgJIQQAhASAMKAIAIgogDCgCBCIRRwRAIApBCGohDCARIApr\
QQxuIQoDQCABIAwoAgBBBmxqQQNqIQEgDEEMaiEMIApBAWsiCg0ACwsgAygCBCIKQQBOIApBgoCA\
gHhGckUEQCADQQRqIAcQvgIhBwsgBUGgAWokACABIAtqIAdqQYACakGB+AFPBEAgAyANEN8CQYD4\
AUsNAwsgA0HoAGohAyACQegAayECDAELCyAGIAAoArABNgIcIAYgACkCqAE3AhQgBiAAKQKgATcC\
DCAGIAApApgBNwIEIAZBADYCACAAQfAAahCKAwwDCyAGQoCAgICAgICAgH83AgAgAEGYAWoQyAIM\
AQsgBiADNgIAIAYgATYCBAsgAEHwAGoQigMLIABBwAJqJAAgCCgCMAwBCyAIQYCAgIB4NgI0QQAL\
IQEgFyAXKAIAQQFrNgIAIAggCCkCNDcDECAIIAgpAjw3AxggCCAIKQJENwMgIAggCCgCTDYCKCAB\
QQJHDQELEJMCAAsgECABNgIAIBAgCCkDEDcCBCAQIAgpAxg3AgwgECAIKQMgNwIUIBAgCCgCKDYC\
HCAIQdAAaiQAIBYgFigCAEEBajYCACAJKAIQQQJHDQELEJMCAAsgEyAJKQIoNwIYIBMgCSkCIDcC\
ECATIAkpAhg3AgggEyAJKQIQNwIAIAlBMGokAAJAAkACfyAEKAJAQQFGBEAgBEHEAGoQ3gEMAQsg\
BCAEKQJMNwMQIAQgBCkCVDcDGCAEIAQoAlw2AiAgBCgCSCEBIAQoAkQiAkGBgICAeEcNASABCyEP\
QQEhFAwBCyAEIAQoAiA2AjggBCAEKQMYNwMwIAQgBCkDEDcDKCACQYCAgIB4Rg0AIAQgATYCRCAE\
IAI2AkAgBCAEKQMoNwJIIAQgBCkDMDcCUCAEIAQoAjg2AlggBEFAayIFIwBB0ABrIgEkAEEAQey2\
wAAoAgARBQAiAkUEQBCTAgALIARBCGohDSABQRhqIAIQnQIgASgCHCELIAFBEGogASgCGCICQQAg\
AigCBGtBA3EiAiACQYCAAXJBgLfAABDUASABKAIQIQAgASgCFCECIAFBADoANCABIAI2AjAgAUEA\
NgIsIAEgAjYCKCABIAA2AiQgAUEkakGAtsAAEFIgASABKAI0NgJIIAEgASkCLDcDQCABIAEpAiQ3\
AzggAUEIaiEAQQAhAyMAQRBrIgIkAAJAIAFBOGoiBy0AEA0AIAcoAgQiBkEESQ0AIAJBBCAHKAIA\
IAZBkLXAABDnASACKAIEIQMgAigCACACIAcoAggiDzYCDCADIAJBDGpBBEGgtcAAEJ4CQQEhAwsg\
ACAPNgIEIAAgAzYCACACQRBqJAAgASgCDCECIAEoAgghByALIAsoAgBBAWo2AgAgDSACQQAgB0EB\
cRs2AgQgDUEANgIAIAFB0ABqJAAgBCgCDCEPIAQoAgghFCAFEMgCCyAVIA82AgQgFSAUNgIAIARB\
4ABqJAAgDiASKAIIIBIoAgwQqQIgEkEQaiQAIA4oAgAgDigCBCAOKAIIIA5BEGokAAtPAQJ/IwBB\
EGsiASQAIAEgADYCDCMAQRBrIgAkACAAIAFBDGooAgAiAigCADYCDCAAIAIoAgg2AgggAEEIahCJ\
AyAAQRBqJAAgAUEQaiQACyEAIAAoAgBBgICAgHhHBH8gABCKA0EMBUEECyAAahCKAwsoACAAKAIA\
IAEQ8QIgACgCBCgCACAAKAIIIAAoAgwoAgAgARDcAWpPCyMBAX8gACgCCCIDIAFNBEAgASADIAIQ\
swEACyAAKAIEIAFqCyYAIAEoAhwgASgCGEkEQCAAIAFBwKvAAEEkEOkCDwsgAEECNgIACx0BAX8g\
AC0AAEEFRgR/IABBBGogASACEHcFQQALC08BAn8jAEEQayIBJAAgASAANgIMIwBBEGsiACQAIAAg\
AUEMaigCACICKAIANgIMIAAgAigCCDYCCCAAQQhqEIsDIABBEGokACABQRBqJAALIwAgAkH/////\
AE0EQCAAIAJBBHQgAXIQlgEPCyAAQQE6ABALDQAgACABQQFBARC7AwsNACAAIAFBBEEEELsDCw0A\
IAAgAUEMQQQQuwMLDQAgACABQQhBBBC7AwshAQF/IAAoAggiASAAKAIARgRAIAAgAUEBQQRBHBDY\
AQsLuAEBBH8gASAAayIBQRBPBEAgACABEBMPCwJ/QQAgAUUNABogAUEDcSEEAkAgAUEETwRAIAFB\
/P///wdxIQEDQCACIAAgA2oiBSwAAEG/f0pqIAVBAWosAABBv39KaiAFQQJqLAAAQb9/SmogBUED\
aiwAAEG/f0pqIQIgASADQQRqIgNHDQALIARFDQELIAAgA2ohAANAIAIgACwAAEG/f0pqIQIgAEEB\
aiEAIARBAWsiBA0ACwsgAgsLHgAgACgCAEECRgRAIABBBGoQ7QEPCyAAQQxqEIoDC0MBAX8gACgC\
ACICQQBOIAJBgoCAgHhGcgR/IAEFIwBBEGsiASQAIAFBADYCDCAAIAFBDGoQViABKAIMIAFBEGok\
AAsLGQEBfyABIANGBH8gACACIAEQvgEFQQELRQslACAAIAEoAgg2AgQgACABKAIEQQAgASgCAEGA\
gICAeEcbNgIACyAAIAAgASACEKEBIABBATsBJCAAIAI2AiAgAEEANgIcCyAAIAAoAgAoAgAiACAA\
KQMgIAKtfDcDICAAIAEgAhAKCyEAIAAgACgCGEEBazYCGCAAKAIUIgAgACgCAEEBajYCAAuwAQED\
fyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgII\
IABBDGoiACgCAARAIAAoAgQiAigCACIDBEAgACgCACADEQIACyACKAIEIgMEQCACKAIIGiAAKAIA\
IAMQoAELCwJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQRgQoAELIAFBEGok\
AAsLGQEBfyABIANPBH8gAiAAIAMQvgEFQQELRQsjACAAIAFB/wFxQQJ0IgEoAuyXQTYCBCAAIAEo\
AtiYQTYCAAsiACAAIAEtAABBAnQiASgCvJdBNgIEIAAgASgC1JdBNgIACx4AIAAQlAMgACgCDEGA\
gICAeEcEQCAAQQxqEIoDCwscACAAQQxqIAEgAhCXASAAQQA2AgAgAEEBOgAYCxsBAX8gACgCACIB\
QQBKBEAgACgCBCABEKABCwsbACAAKAIUIAFBARDaASAAIAAoAhhBAWs2AhgLFQAgAQRAIAAgARB0\
DwsgAEEGOgAAC54CAQR/QcC7wQAtAABBAUcEQCMAQRBrIgEkAAJAAkAgAARAIAAoAgAgAEEANgIA\
QQFxDQELIwBBIGsiACQAIABBFGpBg4ABQQFBAUEBEGEgACgCGCECIAAoAhQEQCACIAAoAhwQ0QIA\
CyAAKAIcIQQgAUEEciIDQYOAATYCCCADIAQ2AgQgAyACNgIAIABBIGokACABQQA2AgAMAQsgASAA\
KQIMNwMIIAEgACkCBDcDAAsCQAJAAkBBwLvBAC0AAEEBaw4CAQACC0GAksEAQf0AQcCSwQAQ8gEA\
C0HAu8EAQQI6AABBtLvBABCKAwtBuLvBACABKQMINwIAQbC7wQAgASkDADcCAEHAu8EAQQE6AAAg\
AUEQaiQAC0Gwu8EACx8AQQFBfyAAKAIAKAIAIAEoAgBBxKjAABCgAi0AEBsLGAEBfyAAKAIAIgEE\
QCAAKAIEIAEQoAELCxUAIAFBCU8EQCABIAAQLQ8LIAAQCQsfACAABEAgACABEKQDAAtBh5/BAEEj\
QZifwQAQ8gEACxUAIABBBGogASACEJcBIABBAzoAAAsZACAAKAIAIAAoAgQgASgCACABKAIEEL8C\
CxIAIAAtAAAEQCAAQQRqENUCCwsVACAAKAIAIgBBhAhPBEAgABCSAQsLGQAgASgCACABKAIEIAAo\
AgAgACgCBBCGAgsZACAAKAIAIAAoAgQgASgCACABKAIEEIYCCxsBAX9BjAEQhwMiAEUEQEEEQYwB\
EKQDAAsgAAsbAQF/QbwBEIcDIgBFBEBBBEG8ARCkAwALIAALEgAgACABQQF0QQFyIAIQ8gEACxgA\
IAEoAgAgASgCBCAAKAIAIAAoAgQQHwsWAQFvIAAgARAIIQIQQSIAIAImASAAC0IBA38gACgCACEC\
IAAoAgQhACABLQAAIQMDQCAAIgEEQCAAQQFrIQAgAi0AACEEIAJBAWohAiADIARHDQELCyABRQsW\
ACAAKAIAQYCAgIB4RwRAIAAQigMLC2MBAn8jAEEwayICJAAgAkEANgIMIAJBADsBLCACQQA2Aigg\
AkIANwMQIAJBADYCGCACIAJBDGo2AiQgACACQRBqQcC3wAAQGCACKAIMIQMgAkEwaiQAIABBBGog\
ARC+AiADagsSACAALQAAQQZHBEAgABDtAQsLFQEBfyMAQRBrIgEgADoADyABLQAPCxYAIAAoAgBB\
gICAgHhHBEAgABCTAwsLEwAgACgCAEUEQCAAQQRqENUCCwsTAEHIu8EAIACtQiCGQgGENwMACw4A\
IAEEQCAAIAEQoAELCxwAIABB0J3BACkCADcCCCAAQcidwQApAgA3AgALHAAgAEHAncEAKQIANwII\
IABBuJ3BACkCADcCAAsWACAAKAIAIAEgAiAAKAIEKAIMEQQACxEAIAAgASABKAIcIAIgAxBmCxMA\
IAAQngEgACgCFCABIAIQggMLEwAgABCnASAAKAIUIAEgAhCBAwv7CgEDfyAAIQZBACEAIwBB0ABr\
IgUkACAFIAM2AgggBSACNgIEAn8CQAJAIAFBgQJPBEBB/QEhAANAAkAgACAGaiIHQQNqLAAAQb9/\
TARAIAdBAmosAABBv39MDQEgAEECaiEADAULIABBA2ohAAwECyAHQQFqLAAAQb9/Sg0CIAcsAABB\
v39KDQMgAEEEayIAQX1HDQALQQAhAAwCCyAFIAE2AhAgBSAGNgIMQQEMAgsgAEEBaiEACyAFIAY2\
AgwgBSAANgIQQQVBACAAIAFJIgcbIQBB36jBAEEBIAcbCyEHIAUgADYCGCAFIAc2AhQCQAJAAkAC\
QAJAAkAgASACTwRAIAEgA0kNBiACIANLDQEgAkUgASACTXINAyACIAZqLAAAQb9/Sg0DIAIhAAJA\
A0AgACAGaiwAAEG/f0oNASAAQQFrIgANAAtBACEACwNAIAIgBmosAABBv39KDQMgASACQQFqIgJH\
DQALIAEhAgwCCyAFIAVBFGqtQoCAgIDQD4Q3AzggBSAFQQxqrUKAgICA0A+ENwMwIAUgBUEEaq1C\
gICAgBCENwMoQbuBwAAgBUEoaiAEEPIBAAsgBSAFQRRqrUKAgICA0A+ENwNAIAUgBUEMaq1CgICA\
gNAPhDcDOCAFIAVBCGqtQoCAgIAQhDcDMCAFIAVBBGqtQoCAgIAQhDcDKEGRgcAAIAVBKGogBBDy\
AQALIAUgADYCHCAFIAI2AiACQCAAIAJLDQACQCAARQ0AIAAgAU8EQCAAIAFGDQEMAgsgACAGaiwA\
AEFASA0BCwJAIAEgAk0EQCABIAJHDQIMAQsgAiAGaiwAAEG/f0wNAQsgACACRg0CIAUCfyAAIAZq\
IgEsAAAiAEEATgRAIABB/wFxDAELIAEtAAFBP3EiAyAAQR9xIgJBBnRyIABBX00NABogAS0AAkE/\
cSADQQZ0ciIDIAJBDHRyIABBcEkNABogAkESdEGAgPAAcSABLQADQT9xIANBBnRycgs2AiQgBSAF\
QRRqrUKAgICA0A+ENwNIIAUgBUEMaq1CgICAgNAPhDcDQCAFIAVBHGqtQoCAgIDgD4Q3AzggBSAF\
QSRqrUKAgICA8A+ENwMwIAUgBUEEaq1CgICAgBCENwMoQZeCwAAgBUEoaiAEEPIBAAsgBiABIAAg\
AiAEEOwCAAsgA0UgASADTXINAiADIAZqLAAAQb9/Sg0CIAMhAAJAA0AgACAGaiwAAEG/f0oNASAA\
QQFrIgANAAtBACEACwJAA0AgAyAGaiwAAEG/f0oNASABIANBAWoiA0cNAAsgASEDCyAFIAA2Ahwg\
BSADNgIgIAAgA0sNAQJAIABFDQAgACABTwRAIAAgAUYNAQwDCyAAIAZqLAAAQUBIDQILAkAgASAD\
TQRAIAEgA0cNAwwBCyADIAZqLAAAQb9/TA0CCyAAIANGDQAgBQJ/IAAgBmoiASwAACIAQQBOBEAg\
AEH/AXEMAQsgAS0AAUE/cSIDIABBH3EiAkEGdHIgAEFfTQ0AGiABLQACQT9xIANBBnRyIgMgAkEM\
dHIgAEFwSQ0AGiACQRJ0QYCA8ABxIAEtAANBP3EgA0EGdHJyCzYCJCAFIAVBFGqtQoCAgIDQD4Q3\
A0ggBSAFQQxqrUKAgICA0A+ENwNAIAUgBUEcaq1CgICAgOAPhDcDOCAFIAVBJGqtQoCAgIDwD4Q3\
AzAgBSAFQQhqrUKAgICAEIQ3AyhB6ILAACAFQShqIAQQ8gEACyAEEIUDAAsgBiABIAAgAyAEEOwC\
AAsgBSAFQRRqrUKAgICA0A+ENwM4IAUgBUEMaq1CgICAgNAPhDcDMCAFIAVBCGqtQoCAgIAQhDcD\
KEHqgcAAIAVBKGogBBDyAQALFAAgACgCACABIAAoAgQoAgwRAwALEQAgACgCBCAAKAIIIAEQqAML\
DgAgACABIAIgAWsQ2gELEAAgACABKAIEIAEoAggQKQsUACAAKAIAIAFB6KjAABCgAigCCAsNACAA\
IAEgAhB3QQBHCw8AIABBAyABQf8BcRC2AgsQACAAQf8BcUECdCgCxJpBCw8AIAAQigMgAEEMahCK\
AwsPACAAQQxqEN4CIAAQjwMLEAAgACgCACgCACABQQEQCgsPACAAEIoDIABBDGoQ7QELDwAgACAA\
KAIAIAJqNgIACxMAIABB2J7BADYCBCAAIAE2AgALEQAgASAAKAIAIAAoAgQQ6AILEQAgACgCACAA\
KAIEIAEQqAMLEAAgASAAKAIAIAAoAgQQHAsMACAAIAEgAhC+AUULLwEBfyMAQRBrIgIkACACQQA2\
AgwgAkEMaiAAIAEQggMgAigCDCACQRBqJABBAmsLDAAgACABEJ8CQQFzCw8AIABBxLHAACABIAIQ\
KAsPACAAQeCxwAAgASACECgLDwAgAEHonMEAIAEgAhAfCw8AIABBqJ/BACABIAIQHwsPAEHkqMEA\
QSsgABDaAgALDwBBuLjBAEEzIAAQ8gEACwkAIABBBBDQAgsLACAAQQRBDBDMAQsLACAAQQRBCBDM\
AQsLACAAQQFBARDMAQsLACAAQQRBBBDMAQsLACAAQQRBEBDMAQsLACAAQQRBFBDMAQsLACAAQQRB\
GBDMAQs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQigMgAkEUaiECDAELCyAAEI0D\
CwoAIAAgASACEDYLCwAgACABIAIQ2gELNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASAC\
EPUCIAJBGGohAgwBCwsgABCOAws0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ+AIg\
AkEcaiECDAELCyAAEJcDC4MBAQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgAUE4ahDeAiABQcQAahDe\
AiABQSBqEIoDIAFB0ABqEN4CIAFB3ABqEN4CIAFBLGoQlQMgASgCAEEBRwRAIAFBFGoQigMLIAFB\
BGoQ8AEgAkEBayECIAFB6ABqIQEMAQsLIABBBEHoABDMAQs0AQJ/IAAoAgghASAAKAIEIQIDQCAB\
BEAgAUEBayEBIAIQigMgAkEMaiECDAELCyAAEIgDCzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCAB\
QQFrIQEgAhDtASACQRBqIQIMAQsLIAAQjAMLCwAgAEEEQRwQzAELCgAgACABIAIQNwsMACAAQbmy\
wAAQywILDAAgAEHAscAAEOgBC0MBAn8gABCeASAAIAAoAhhBAWoiATYCGCAAKAIUIgIgAigCAEEB\
ajYCACAAIAApAwBCfkE/IAEgAUE/TxutiYM3AwALDAAgAEG4ssAAEOgBCwwAIABBwbHAABDLAgtn\
AQF/IwBBEGsiAyQAIAMgAjYCCCADIAE2AgQgACgCCEEUbCEBIAAoAgQhAgNAIAEiAARAIABBFGsh\
ASADIAI2AgwgAkEUaiECIANBDGogA0EEahCPAkUNAQsLIANBEGokACAAQQBHCwsAIAAoAgAlARAA\
CxYBAW8gACABEAIhAhBBIgAgAiYBIAALCQAgACABEAUACwwAIAAgASkCBDcDAAsMACAAIAEpAgA3\
AwALPgEBfyMAQRBrIgIkACACIAE2AgwgAiAANgIIIAJBCGoiACgCACAAKAIEQdy7wQAoAgAiAEHl\
ACAAGxEAAAALDgAgAUG4oMEAQQUQ6AILDQAgAUGMusEAQRgQHAsNACABQey5wQBBIBAcCwoAIAIg\
ACABEBwLCQAgAEEAEN8CCwkAIABBABCWAQsJACAAQQIQlgELCQAgAEEBEJYBCwkAIAAgARDzAgsW\
AgFvAX8gABAHIQEQQSICIAEmASACCwwAQbS/wQBBAToAAAsJACAAQQA2AgALBwAgABCKAwsHACAA\
EOICCwcAIAAoAggLBABBAAsHAEG8usEACwQAQQELAwAACyYBAX8gACgCCCIEIAFNBEAgASAEIAIQ\
swEACyAAKAIEIAEgA3RqCyYBAX8gACgCCCIEIAFNBEAgASAEIAIQswEACyAAKAIEIAEgA2xqC0QB\
AX8jAEEQayICJAAgAkEIaiAAIAAoAgBBAUEEIAEQWCACKAIIIgBBgYCAgHhHBEAgACACKAIMENEC\
AAsgAkEQaiQACyQBAX8gACgCACAAKAIIIgRrIAFJBEAgACAEIAEgAyACENgBCwsoAQF/IwBBEGsi\
AiQAIAIgAkEPaq0gAYQ3AwBBiIvAACACIAAQ8gEACwuQswFzAEGAgMAAC5k6wMDAAAR0aGUgwAog\
Y2FsbCBmb3IgwAogd291bGQgYmUgwBggYnl0ZXM7IFNlZ21lbnQgYWNjZXB0cyDAKCBieXRlcyBw\
ZXIgY2FsbCBhbmQgdGhpcyBmdW5jdGlvbiBrZWVwcyDAJCBvZiB0aGVtIGZvciB0aGUgZmllbGRz\
IFNlZ21lbnQgYWRkc8AAAWjAAA1iZWdpbiA+IGVuZCAowAMgPiDAECkgd2hlbiBzbGljaW5nIGDA\
AWDAABFzdGFydCBieXRlIGluZGV4IMAWIGlzIG91dCBvZiBib3VuZHMgb2YgYMABYMAAD2VuZCBi\
eXRlIGluZGV4IMAWIGlzIG91dCBvZiBib3VuZHMgb2YgYMABYMAAEXN0YXJ0IGJ5dGUgaW5kZXgg\
wCYgaXMgbm90IGEgY2hhciBib3VuZGFyeTsgaXQgaXMgaW5zaWRlIMAIIChieXRlcyDABikgb2Yg\
YMABYMAAD2VuZCBieXRlIGluZGV4IMAmIGlzIG5vdCBhIGNoYXIgYm91bmRhcnk7IGl0IGlzIGlu\
c2lkZSDACCAoYnl0ZXMgwAYpIG9mIGDAAWDAAAZzdGlnZ1/AAMABX8AAwAEuwAAFYm9keS3AAMAK\
YW5vbnltb3VzLcAACHNldHRpbmcgwAg6IGVudHJ5IMAXIG11c3QgYmUgYSBzdHJpbmcsIGdvdCDA\
AAhzZXR0aW5nIMALOiBleHBlY3RlZCDABiwgZ290IMAAFnNsaWNlIGluZGV4IHN0YXJ0cyBhdCDA\
DSBidXQgZW5kcyBhdCDAACBpbmRleCBvdXQgb2YgYm91bmRzOiB0aGUgbGVuIGlzIMASIGJ1dCB0\
aGUgaW5kZXggaXMgwAAqdGhlIGJvZHkgbXVzdCBiZSBhIEpTT04gb2JqZWN0LCBidXQgaXQgaXMg\
wAAtdGhlICJ0eXBlIiBmaWVsZCBtdXN0IGJlIGEgc3RyaW5nLCBidXQgaXQgaXMgwADAHyBtYXRj\
aGVzIGV2ZW50RGVueWxpc3QgcGF0dGVybiDAABx0aGUgYm9keSBpcyBub3QgdmFsaWQgSlNPTjog\
wAkgYXQgbGluZSDACCBjb2x1bW4gwAAScmFuZ2Ugc3RhcnQgaW5kZXggwCIgb3V0IG9mIHJhbmdl\
IGZvciBzbGljZSBvZiBsZW5ndGggwAAQcmFuZ2UgZW5kIGluZGV4IMAiIG91dCBvZiByYW5nZSBm\
b3Igc2xpY2Ugb2YgbGVuZ3RoIMAACHNldHRpbmcgwBA6IHVua25vd24gdmFsdWUgwBI7IGV4cGVj\
dGVkIG9uZSBvZiDAAClzZXR0aW5ncyBtdXN0IGJlIGFuIG9iamVjdCwgYnV0IHRoZXkgYXJlIMAA\
EXRoZSBzZXR0aW5ncyBhcmUgwAAJZXhwZWN0ZWQgwAAQdW5rbm93biBzZXR0aW5nIMACOyDAABBh\
c3NlcnRpb24gYGxlZnQgwBcgcmlnaHRgIGZhaWxlZAogIGxlZnQ6IMAJCiByaWdodDogwAAQYXNz\
ZXJ0aW9uIGBsZWZ0IMAQIHJpZ2h0YCBmYWlsZWQ6IMAJCiAgbGVmdDogwAkKIHJpZ2h0OiDAAEhj\
YW5ub3QgYWNjZXNzIGEgVGhyZWFkIExvY2FsIFN0b3JhZ2UgdmFsdWUgZHVyaW5nIG9yIGFmdGVy\
IGRlc3RydWN0aW9uOiDAAB1zZXR0aW5ncyBhcmUgbm90IHZhbGlkIEpTT046IMAAwAI6IMAAwAQg\
aXMgwCggZXZlbnQsIHdoaWNoIGNvbmNlcm5zIG5vIGN1c3RvbWVyLCBhbmQgwAEgwADAHiBuYW1l\
cyBubyBjdXN0b21lciAobG9va2VkIGluIMAGKSBhbmQgwAEgwADAJSBtYXRjaGVzIG5vIHBhdHRl\
cm4gaW4gZXZlbnRBbGxvd2xpc3QAEXRoZSAidHlwZSIgZmllbGQgwEEgZ2l2ZXMgYW4gZW1wdHkg\
ZXZlbnQgbmFtZTsgaXQgbmVlZHMgYXQgbGVhc3Qgb25lIGxldHRlciBvciBkaWdpdAAEdGhlIMAc\
IGhlYWRlciBpcyBtaXNzaW5nLCBhbmQgdGhlIMAUIHNldHRpbmcgcmVxdWlyZXMgaXQAEnRoZSBt\
ZXNzYWdlSWQgZm9yIMAQIGlzIGxvbmdlciB0aGFuIMALIGNoYXJhY3RlcnMAL3J1c3RjLzU5ODA3\
NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvY29s\
bGVjdGlvbnMvYnRyZWUvbWFwL2VudHJ5LnJzAHNyYy9qc29uL2JvZHkucnMAc3JjL3NvcnQucnMA\
L3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9h\
bGxvYy9zcmMvZm10LnJzAHNyYy9maXQucnMAc3JjL3NlY3JldC5ycwBzcmMvc2V0dGluZ3MucnMA\
c3JjL2lkcy5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2\
MC9saWJyYXJ5L3N0ZC9zcmMvc3lzL3RocmVhZF9sb2NhbC9ub190aHJlYWRzLnJzAC9ydXN0Yy81\
OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3Jj\
L3N0ci5ycwBzcmMvZmlsdGVyLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3\
OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc2xpY2UvaXRlci5ycwBzcmMvanNvbi9udW1i\
ZXIucnMAc3JjL3RpbWVzdGFtcC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRk\
Nzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3N0ci9wYXR0ZXJuLnJzAHNyYy9qc29uL3Nj\
YW4ucnMAc3JjL3dhc20ucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZk\
N2U0YTM4NjAvbGlicmFyeS9zdGQvc3JjL3RocmVhZC9sb2NhbC5ycwAvY2FyZ28vcmVnaXN0cnkv\
c3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9m\
dXR1cmVzL2pzcGkucnMAL2NhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNm\
OGM2YjViNTU3Zi9zaGEyLTAuMTAuOS9zcmMvY29yZV9hcGkucnMAc3JjL2pzb24vdmFsdWUucnMA\
c3JjL2pzb24vd3JpdGUucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZk\
N2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvY29sbGVjdGlvbnMvYnRyZWUvbmF2aWdhdGUucnMA\
c3JjL3dhcmVob3VzZS5ycwBzcmMvdGFwZS5ycwBzcmMvZXZlbnRfbmFtZS5ycwAvcnVzdGMvNTk4\
MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3Vu\
aWNvZGUvcHJpbnRhYmxlLnJzAC9jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5\
NDljZjhjNmI1YjU1N2YvZGlnZXN0LTAuMTAuNy9zcmMvY29yZV9hcGkvY3RfdmFyaWFibGUucnMA\
L3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9h\
bGxvYy9zcmMvY29sbGVjdGlvbnMvYnRyZWUvbm9kZS5ycwBzcmMvc3RpZ2cvbW9kLnJzAC9ydXN0\
Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9z\
cmMvc2xpY2UvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdl\
NGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3Jhd192ZWMvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUx\
ZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3ZlYy9tb2Qu\
cnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFy\
eS9hbGxvYy9zcmMvdmVjL3NwZWNfZnJvbV9pdGVyX25lc3RlZC5ycwBzcmMvanNvbi9yZWFkLnJz\
AC9ydXN0L2RlcHMvZGxtYWxsb2MtMC4yLjExL3NyYy9kbG1hbGxvYy5ycwAvY2FyZ28vcmVnaXN0\
cnkvc3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3Ny\
Yy9saWIucnMAL2NhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjVi\
NTU3Zi9ibG9jay1idWZmZXItMC4xMC40L3NyYy9saWIucnMAG3RoZSBKU09OIG5lc3RzIGRlZXBl\
ciB0aGFuIMAHIGxldmVscwAEdGhlIMAbIGhlYWRlciBkb2VzIG5vdCBtYXRjaCB0aGUgwAggc2V0\
dGluZwAIc2V0dGluZyDAFjogdGhlIHNlY3JldCBjb250YWlucyDACywgd2hpY2ggbm8gwCsgaGVh\
ZGVyIGNhbiBjYXJyeTsgY29weSBpdCBhZ2FpbiBmcm9tIFN0aWdnABR0aGUgdGV4dCBlbmRzIHdo\
ZXJlIMAKIHNob3VsZCBiZQDAA19pZAAGOyBzZXQgwDEgdG8gInRyaW0iIHRvIGRyb3AgdGhlIGxh\
cmdlc3QgcHJvcGVydGllcyBpbnN0ZWFkAAR0aGUgwAogY2FsbCBmb3IgwCMgaGFzIG5laXRoZXIg\
dXNlcklkIG5vciBhbm9ueW1vdXNJZAABW8ABXQANZGlkIHlvdSBtZWFuIMABPwAIc2V0dGluZyDA\
AjogwAogY29udGFpbnMgwCM7IHVzZSBvbmx5IGxldHRlcnMsIGRpZ2l0cywgXyBhbmQgLgACICjA\
DCBjaGFyYWN0ZXJzKQAMdGhlIGJvZHkgaXMgwMAgIGJ5dGVzOyBTZWdtZW50IGFjY2VwdHMgYXQg\
bW9zdCDAECBieXRlcyAoNTEyIEtpQikAJmNvcHlfZnJvbV9zbGljZTogc291cmNlIHNsaWNlIGxl\
bmd0aCAowCspIGRvZXMgbm90IG1hdGNoIGRlc3RpbmF0aW9uIHNsaWNlIGxlbmd0aCAowAEpABJy\
ZW1vdmFsIGluZGV4IChpcyDAFikgc2hvdWxkIGJlIDwgbGVuIChpcyDAASkAHXRoZSBib2R5IGlz\
IG5vdCB2YWxpZCBVVEYtODogwAkgYXQgYnl0ZSDAByAobGluZSDACCBjb2x1bW4gwAEpAAAAmQgQ\
AE8AAADNAQAANwAAACYIEABOAAAADQgAABEAAABjYXBhY2l0eSBvdmVyZmxvdwAAAMAMEABeAAAA\
OQAAABIAAAAICxAAXgAAAHwAAAAkAAAAqg0QAFMAAACiAAAAJwAAAKoNEABTAAAApAAAABgAAACq\
DRAAUwAAAKQAAAAgAAAAqg0QAFMAAACuAAAAFAAAAKoNEABTAAAArgAAABoAAACqDRAAUwAAAJ0A\
AAAYAAAAqg0QAFMAAACdAAAAHwAAAKoNEABTAAAAnQAAACUAAACqDRAAUwAAAC0BAAAiAAAAqg0Q\
AFMAAAA4AQAAHgAAAKoNEABTAAAANQEAABgAAACgChAAEQAAAEIAAAAZAAAAoAoQABEAAAAzAAAA\
IgAAAKAKEAARAAAANAAAAB0AAACgChAAEQAAAD0AAAAdAAAAb25NaXNzaW5nQ3VzdG9tZXJkcm9w\
ZXJyb3Jhbm9ueW1vdXMAERIQAAQAAAAVEhAABQAAABoSEAAJAAAAPAcQAAoAAAD2AQAADAAAADwH\
EAAKAAAA9wEAABUAAAAuLi4gYW5kICBtb3JlASBldmVuIHdpdGggZXZlcnkgcHJvcGVydHkgcmVt\
b3ZlZCB0aGF0IG1heSBiZSAodHlwZSwgbWVzc2FnZUlkLCB0cmFjZUlkLCB0aW1lc3RhbXAgYW5k\
IHRoZSBjdXN0b21lcidzIGlkIGFyZSBhbHdheXMga2VwdClvdmVyc2l6ZWRFdmVudHMAAOMSEAAP\
AAAAPAcQAAoAAAAjAQAAIAAAADwHEAAKAAAArgAAABwAAAA8BxAACgAAAMsAAAAtAAAAPAcQAAoA\
AADvAAAAIAAAAOKApi48BxAACgAAAPMAAAAiAAAAPAcQAAoAAAD0AAAAHAAAAHR5cGVtZXNzYWdl\
SWR0cmFjZUlkdGltZXN0YW1waWRjdXN0b21lcklkAAAAYBMQAAQAAABkExAACQAAAG0TEAAHAAAA\
dBMQAAkAAAB9ExAAAgAAAH8TEAAKAAAAY3VzdG9tZXJpbnB1dAAAALwTEAAIAAAAfRMQAAIAAADE\
ExAABQAAAH8TEAAKAAAAAAAAAAQAAAAEAAAABAAAAAUAAAAFAAAAPAcQAAoAAAC1AQAAEAAAADwH\
EAAKAAAAjgEAABQAAAA8BxAACgAAAH0BAAAdAAAAPAcQAAoAAACBAQAAEQAAADwHEAAKAAAAYwEA\
ADkAAAA8BxAACgAAAFwBAAAdAAAAAgAAADwHEAAKAAAAdwEAACIAAAA8BxAACgAAAG0BAAAdAAAA\
PAcQAAoAAABuAQAAGwAAADwHEAAKAAAAXwEAACYAAAA8BxAACgAAAF8BAAA/AAAAAIAAAAAEAABc\
EhAACAAAAGQSEAAFAAAAPAcQAAoAAADUAQAAEAAAAHN0aWdnLS1oLQAAAOAUEAAGAAAAZQcQAAoA\
AABHAAAAPQAAAGUHEAAKAAAAegAAABgAAADvu790aGUgYm9keSBpcyBlbXB0eTsgYSBTdGlnZyB3\
ZWJob29rIGlzIGEgSlNPTiBvYmplY3RhIHRydW5jYXRlZCBVVEYtOCBzZXF1ZW5jZWFuIGludmFs\
aWQgVVRGLTggYnl0ZQAAANYGEAAQAAAAGgAAAEIAAABhdCBsZWFzdCAAAAAAAAgAHw0QABAAAABy\
AAAADgAAAEZGRkQfDRAAEAAAAHIAAAAjAAAAdW5leHBlY3RlZCB0ZXh0IGFmdGVyIHRoZSBKU09O\
IHZhbHVlYDpgYSBzdHJpbmcga2V5YCxgIG9yIGB9YGAsYCBvciBgXWB0aGUgdGV4dCBlbmRzIGlu\
c2lkZSBhIHN0cmluZ2ludmFsaWQgZXNjYXBlIGluIGEgc3RyaW5nAAAfDRAAEAAAANABAAAoAAAA\
YSBjb250cm9sIGNoYXJhY3RlciAoVSswMDAwIHRvIFUrMDAxRikgbXVzdCBiZSBlc2NhcGVkIGlu\
IGEgc3RyaW5nYSBkaWdpdCBhZnRlciB0aGUgZGVjaW1hbCBwb2ludGEgZGlnaXQgaW4gdGhlIGV4\
cG9uZW50YSBkaWdpdHRydWVmYWxzZW51bGwfDRAAEAAAAJcBAAAXAAAAYSB2YWx1ZQAfDRAAEAAA\
AIYBAAAsAAAAXAAAAAQXEAB1AAAADBcQAGEgXHUgZXNjYXBlIG5lZWRzIGZvdXIgaGV4IGRpZ2l0\
cwAAAOgDAAAfDRAAEAAAAFoAAAAyAAAAHw0QABAAAABPAAAAHwAAAB8NEAAQAAAASAAAABMAAADp\
CBAAEAAAABQAAAAcAAAAYSBib29sZWFuYSBudW1iZXJhIHN0cmluZ2FuIGFycmF5YW4gb2JqZWN0\
AAAAAAAABAAAAAQAAAAGAAAABwAAAAcAAAD/CRAAEQAAAJsAAAA9AAAA/wkQABEAAACbAAAANwAA\
AP8JEAARAAAAmwAAAFQAAAD/CRAAEQAAAJsAAABOAAAA/wkQABEAAACfAAAAJwAAAP8JEAARAAAA\
nwAAADkAAAD/CRAAEQAAAKEAAAA7AAAA/wkQABEAAACiAAAAGAAAAP8JEAARAAAAowAAACYAAAD/\
CRAAEQAAAKQAAAAZAAAA/wkQABEAAACsAAAAEQAAAP8JEAARAAAAkAAAABQAAAD/CRAAEQAAAJAA\
AAAmAAAA/wkQABEAAACUAAAAIAAAAP8JEAARAAAAlAAAADYAAAD/CRAAEQAAAGkAAAAbAAAAW10s\
AAgAAAAMAAAABAAAAAkAAAAJAAAACQAAAAoAAAAAAAAABAAAAAQAAAALAAAADAAAAA0AAAAOAAAA\
IgAAABEKEAARAAAAYQAAABsAAABcIlxcXG5cclx0XGJcZgAAAAAAAAQAAAAEAAAADwAAABAAAAAQ\
AAAAe306ABEKEAARAAAA4AAAAD8AAAARChAAEQAAANwAAAAUAAAAEQoQABEAAADcAAAAJQAAAFx1\
MDEyMzQ1Njc4OWFiY2RlZgAAAAAAAHAAAAAIAAAAEQAAABEAAAARAAAAEgAAAHUIEAASAAAAKAAA\
ABsAAAB1CBAAEgAAACgAAAAnAAAAdQgQABIAAACkAAAAIwAAAOcGEAALAAAANQAAABMAAADnBhAA\
CwAAACAAAAApAAAA5wYQAAsAAAAgAAAAOwAAAOcGEAALAAAAJQAAACAAAADnBhAACwAAACcAAAA9\
AAAA5wYQAAsAAAAsAAAAHQAAAOcGEAALAAAAKQAAAB0AAADnBhAACwAAACEAAAATAAAA5wYQAAsA\
AAAhAAAANQAAAOcGEAALAAAAIQAAACAAAABuYW1llAoQAAsAAAB8AAAAEgAAAJQKEAALAAAAfAAA\
AEkAAACUChAACwAAAFcAAAASAAAAlAoQAAsAAABXAAAAGwAAAHN0aWdnLXNlZ21lbnQ6IHRoZSBz\
Y3JpcHQncyBmaWVsZCBsYXlvdXQgaXMgbm90IGl0cyB3YXNtJ3M7IHJlYnVpbGQgaXRsaW5lY29s\
dW1uAAAAABQAAAAEAAAAEwAAABQAAAAVAAAAFAAAABYAAAAWAAAAFwAAABgAAABTdGlnZy1XZWJo\
b29rcy1TZWNyZXQAAAAZAAAA+ggQAAsAAAAVAQAAJwAAAHNldHRpbmdzIGFyZSBub3Qgc2V0GgAA\
APoIEAALAAAA5QAAAB0AAAD6CBAACwAAAOcAAAAbAAAA+ggQAAsAAACHAQAAKwAAAPoIEAALAAAA\
IwEAAA4AAAD6CBAACwAAACkBAAAmAAAAAAAAACAAAAAIAAAAGwAAABwAAAAbAAAAHAAAAB0AAAAe\
AAAAHwAAACAAAAAAAAAAIAAAAAgAAAAhAAAAIgAAACMAAAAkAAAAJQAAACYAAAAnAAAAKAAAAGNh\
bGxzc2tpcHBlZGNvZGVyZWFzb25ldmVudHVzZXJJZGFub255bW91c0lkZ3JvdXBJZHByb3BlcnRp\
ZXN0cmFpdHNjb250ZXh0aW50ZWdyYXRpb252ZXJzaW9uc3RpZ2d0cmltbWVkdHJhY2tpZGVudGlm\
eWdyb3VwMC4xLjBib2R5bm9fY3VzdG9tZXJmaWx0ZXJlZEludmFsaWRFdmVudFBheWxvYWRWYWxp\
ZGF0aW9uRXJyb3JFdmVudE5vdFN1cHBvcnRlZGFkZG9uLmNyZWF0ZWRhZGRvbmFkZC1vbmFkZG9u\
LgDuHBAABQAAAPMcEAAGAAAA+RwQAAYAAAABAEGkusAAC2dhZGRvbi5kZWxldGVkYWRkb24udXBk\
YXRlZGF1dG9tYXRpY19yZWNoYXJnZS5jb25maWd1cmF0aW9uLmNoYW5nZWRhdXRvbWF0aWMgcmVj\
aGFyZ2VhdXRvbWF0aWNfcmVjaGFyZ2UuAEGUu8AAC3lmHRAAEgAAAHgdEAATAAAAZBQQAAEAAAAA\
AAAAYXV0b21hdGljX3JlY2hhcmdlLm9wZXJhdGlvbi5hdHRlbXB0ZWRjb3Vwb24uYXJjaGl2ZWRj\
b3Vwb25jb3Vwb24uAADlHRAABgAAAOUdEAAGAAAA6x0QAAcAAAABAEGYvMAAC1Jjb3Vwb24uY3Jl\
YXRlZGNvdXBvbi51cGRhdGVkY3JlZGl0X2JhbGFuY2UuZGVwbGV0ZWQBAmNyZWRpdCBiYWxhbmNl\
Y3JlZGl0X2JhbGFuY2UuAEH0vMAAC7UCTR4QAA4AAABbHhAADwAAAEseEAACAAAAAAAAAGNyZWRp\
dF9iYWxhbmNlLmxvd2NyZWRpdF9ncmFudC5iYWxhbmNlLmxvd2NyZWRpdF9ncmFudGNyZWRpdCBn\
cmFudGNyZWRpdF9ncmFudC4CAQAAALoeEAAMAAAAxh4QAAwAAADSHhAADQAAAN8eEAACAAAAAAAA\
AGNyZWRpdF9ncmFudC5jcmVhdGVkY3JlZGl0X2dyYW50LmRlcGxldGVkY3JlZGl0X2dyYW50LmV4\
cGlyZWRjcmVkaXRfZ3JhbnQudXBkYXRlZGNyZWRpdF90eXBlLmFyY2hpdmVkY3JlZGl0X3R5cGVj\
cmVkaXQgdHlwZWNyZWRpdF90eXBlLgBtHxAACwAAAHgfEAALAAAAgx8QAAwAAAABAEG0v8AAC6YE\
Y3JlZGl0X3R5cGUuY3JlYXRlZGNyZWRpdF90eXBlLnVuYXJjaGl2ZWRjcmVkaXRfdHlwZS51cGRh\
dGVkY3JlZGl0cy5hdXRvbWF0aWNfcmVjaGFyZ2VfbGltaXRfZXhjZWVkZWRjcmVkaXRzY3JlZGl0\
cy4AAAAAAAAAABkgEAAHAAAAICAQAAgAAABkFBAAAQAAAAAAAABjcmVkaXRzLmJhbGFuY2UuZGVw\
bGV0ZWRjcmVkaXRzLmJhbGFuY2UudXNhZ2VfbG93Y3JlZGl0cy5leHBpcmVkY3JlZGl0cy5ncmFu\
dC5kZXBsZXRlZGNyZWRpdHMuZ3JhbnQudXBkYXRlZGNyZWRpdHMuZ3JhbnQudXNhZ2VfbG93Y3Jl\
ZGl0cy5ncmFudC52b2lkZWRjcmVkaXRzLmdyYW50ZWRjdXN0b21lci5jcmVhdGVkAAFjdXN0b21l\
ci68ExAACAAAALwTEAAIAAAAAyEQAAkAAAABIRAAAgAAAAEBAABBY2NvdW50IENyZWF0ZWRTdGln\
ZydzIGN1c3RvbWVyIGlzIHRoZSBCMkIgYWNjb3VudC5jdXN0b21lci5kZWxldGVkQWNjb3VudCBE\
ZWxldGVkY3VzdG9tZXIucGF5bWVudF9mYWlsZWRjdXN0b21lci51cGRhdGVkZW50aXRsZW1lbnQu\
dXNhZ2VfZXhjZWVkZWRlbnRpdGxlbWVudGVudGl0bGVtZW50LgBB5MPAAAtJwyEQAAsAAADOIRAA\
DAAAAGkSEAABAAAAAAAAAGVudGl0bGVtZW50cy51cGRhdGVkZW50aXRsZW1lbnRzZW50aXRsZW1l\
bnRzLgBBuMTAAAuBAhQiEAAMAAAAICIQAA0AAABpEhAAAQAAAAAAAABlbnRpdHkuY3JlYXRlZGVu\
dGl0eWVudGl0eS4AYiIQAAYAAABiIhAABgAAAGgiEAAHAAAAaRIQAAEAAAAAAAAAZW50aXR5LmVu\
dGl0bGVtZW50LmNyZWF0ZWRlbnRpdHkuZW50aXRsZW1lbnQudXBkYXRlZGVudGl0eS5lbnRpdGxl\
bWVudC51c2FnZV9leGNlZWRlZGVudGl0eV90eXBlLnVwZGF0ZWRlbnRpdHlfdHlwZWVudGl0eSB0\
eXBlZW50aXR5X3R5cGUuAAD8IhAACwAAAAcjEAALAAAAEiMQAAwAAAABAEHExsAACzlmZWF0dXJl\
LmNyZWF0ZWRmZWF0dXJlZmVhdHVyZS4AAFMjEAAHAAAAUyMQAAcAAABaIxAACAAAAAEAQYjHwAAL\
dWZlYXR1cmUuZGVsZXRlZGZlYXR1cmUudXBkYXRlZGZlYXR1cmVfZ3JvdXAuYXJjaGl2ZWRmZWF0\
dXJlX2dyb3VwZmVhdHVyZSBncm91cGZlYXR1cmVfZ3JvdXAuvCMQAA0AAADJIxAADQAAANYjEAAO\
AAAAAQBBiMjAAAtuZmVhdHVyZV9ncm91cC5jcmVhdGVkZmVhdHVyZV9ncm91cC51bl9hcmNoaXZl\
ZGZlYXR1cmVfZ3JvdXAudXBkYXRlZG1lYXN1cmVtZW50LnJlcG9ydGVkbWVhc3VyZW1lbnRtZWFz\
dXJlbWVudC4AQYDJwAALTV8kEAALAAAAaiQQAAwAAABpEhAAAQAAAAAAAABwbGFuLmNyZWF0ZWRw\
bGFucGxhbi4AAACoJBAABAAAAKgkEAAEAAAArCQQAAUAAAABAEHYycAAC1FwbGFuLmRlbGV0ZWRw\
bGFuLnVwZGF0ZWRwcm9kdWN0LmNyZWF0ZWRwcm9kdWN0cHJvZHVjdC4AAP8kEAAHAAAA/yQQAAcA\
AAAGJRAACAAAAAEAQbTKwAAL6wdwcm9kdWN0LmRlbGV0ZWRwcm9kdWN0LnVwZGF0ZWRwcm9tb3Rp\
b25hbEVudGl0bGVtZW50LmVuZHNfc29vbnByb21vdGlvbmFsX2VudGl0bGVtZW50cHJvbW90aW9u\
YWwgZW50aXRsZW1lbnRwcm9tb3Rpb25hbEVudGl0bGVtZW50LgByJRAAFwAAAIklEAAXAAAAoCUQ\
ABcAAABpEhAAAQAAAAAAAABwcm9tb3Rpb25hbEVudGl0bGVtZW50LmV4cGlyZWRwcm9tb3Rpb25h\
bEVudGl0bGVtZW50LmdyYW50ZWRwcm9tb3Rpb25hbEVudGl0bGVtZW50LnJldm9rZWRwcm9tb3Rp\
b25hbEVudGl0bGVtZW50LnVwZGF0ZWRzdWJzY3JpcHRpb24uYmlsbGluZ19tb250aC5lbmRzX3Nv\
b25zdWJzY3JpcHRpb25zdWJzY3JpcHRpb24uAAAAeCYQAAwAAAB4JhAADAAAAIQmEAANAAAAaRIQ\
AAEAAAAAAQEAc3Vic2NyaXB0aW9uLmNhbmNlbGVkc3Vic2NyaXB0aW9uLmNyZWF0ZV9mYWlsZWQD\
c3Vic2NyaXB0aW9uLmNyZWF0ZWRzdWJzY3JpcHRpb24uZXhwaXJlZHN1YnNjcmlwdGlvbi5zcGVu\
ZF9saW1pdC5leGNlZWRlZHN1YnNjcmlwdGlvbi50cmlhbC5lbmRzX3Nvb25zdWJzY3JpcHRpb24u\
dHJpYWxfY29udmVydGVkc3Vic2NyaXB0aW9uLnRyaWFsX2V4cGlyZWRUcmlhbCBFbmRlZEp1ZGdt\
ZW50IGNhbGw6IG9ubHkgdGhlIHRyaWFsIHRoYXQgbGFwc2VkOyBhIGNvbnZlcnRlZCB0cmlhbCAo\
YHN1YnNjcmlwdGlvbi50cmlhbF9jb252ZXJ0ZWRgKSBhbHNvIGVuZHMgYnV0IGtlZXBzIGl0cyBv\
d24gbmFtZSwgc28gVHJpYWwgRW5kZWQgY291bnRzIHRyaWFscyB0aGF0IGRpZCBub3QgY29udmVy\
dC5zdWJzY3JpcHRpb24udHJpYWxfc3RhcnRlZFRyaWFsIFN0YXJ0ZWRKdWRnbWVudCBjYWxsOiB0\
aGUgdHJpYWwncyBzdGFydCBkYXRlIGlzIHRoZSBzdWJzY3JpcHRpb24ncyBgc3RhcnREYXRlYC5z\
dWJzY3JpcHRpb24udXBkYXRlZHN5bmMuZmFpbGVkBHN5bmNlZF9lbnRpdHlzeW5jc3luYy4AAADP\
KBAADQAAANwoEAAEAAAA4CgQAAUAAADOKBAAAQAAAAAAAADhHBAADQAAAAEAAAAAAAAAAB0QAEGw\
0sAACxsCAAAAAAAAACQdEAANAAAAAQAAAAAAAAAAHRAAQdzSwAALGwIAAAAAAAAAMR0QAA0AAAAB\
AAAAAAAAAAAdEABBiNPAAAsbAgAAAAAAAAA+HRAAKAAAAGQUEAABAAAAjB0QAEG008AACxsCAAAA\
AAAAALAdEAAmAAAAZBQQAAEAAACMHRAAQeDTwAALGwIAAAAAAAAA1h0QAA8AAAABAAAAAAAAAPQd\
EABBjNTAAAsbAgAAAAAAAAAYHhAADgAAAAEAAAAAAAAA9B0QAEG41MAACxsCAAAAAAAAACYeEAAO\
AAAAAQAAAAAAAAD0HRAAQeTUwAALGwIAAAAAAAAANB4QABcAAABLHhAAAgAAAGweEABBkNXAAAsb\
AgAAAAAAAACQHhAAEgAAAEseEAACAAAAbB4QAEG81cAACxsCAAAAAAAAAKIeEAAYAAAAaRIQAAEA\
AADkHhAAQejVwAALGwIAAAAAAAAACB8QABQAAADfHhAAAgAAAOQeEABBlNbAAAsbAgAAAAAAAAAc\
HxAAFQAAAN8eEAACAAAA5B4QAEHA1sAACxsCAAAAAAAAADEfEAAUAAAA3x4QAAIAAADkHhAAQezW\
wAALGwIAAAAAAAAARR8QABQAAADfHhAAAgAAAOQeEABBmNfAAAsbAgAAAAAAAABZHxAAFAAAAAEA\
AAAAAAAAkB8QAEHE18AACxsCAAAAAAAAALQfEAATAAAAAQAAAAAAAACQHxAAQfDXwAALGwIAAAAA\
AAAAxx8QABYAAAABAAAAAAAAAJAfEABBnNjAAAsbAgAAAAAAAADdHxAAEwAAAAEAAAAAAAAAkB8Q\
AEHI2MAACxsCAAAAAAAAAPAfEAApAAAAZBQQAAEAAAAoIBAAQfTYwAALGwIAAAAAAAAATCAQABgA\
AABkFBAAAQAAACggEABBoNnAAAsbAgAAAAAAAABkIBAAGQAAAGQUEAABAAAAKCAQAEHM2cAACxsC\
AAAAAAAAAH0gEAAPAAAAZBQQAAEAAAAoIBAAQfjZwAALGwIAAAAAAAAAjCAQABYAAABkFBAAAQAA\
ACggEABBpNrAAAsbAgAAAAAAAACiIBAAFQAAAGQUEAABAAAAKCAQAEHQ2sAACxsCAAAAAAAAALcg\
EAAXAAAAZBQQAAEAAAAoIBAAQfzawAALGwIAAAAAAAAAziAQABQAAABkFBAAAQAAACggEABBqNvA\
AAsbAgAAAAAAAADiIBAADwAAAGQUEAABAAAAKCAQAEHU28AAC3MCAAAAAAAAAPEgEAAQAAAAASEQ\
AAIAAAAMIRAAMCEQAA8AAAA/IRAAJAAAAAEAAAABAQAAYyEQABAAAAABIRAAAgAAAAwhEABzIRAA\
DwAAAD8hEAAkAAAAAQAAAAAAAACCIRAAFwAAAGkSEAABAAAADCEQAEHY3MAACxsCAAAAAQEAAJkh\
EAAQAAAAASEQAAIAAAAMIRAAQYTdwAALGwIAAAABAQAAqSEQABoAAABpEhAAAQAAANwhEABBsN3A\
AAsbAgAAAAAAAAAAIhAAFAAAAGkSEAABAAAAMCIQAEHc3cAACxsCAAAAAAAAAFQiEAAOAAAAaRIQ\
AAEAAABwIhAAQYjewAALGwIAAAAAAAAAlCIQABoAAABpEhAAAQAAAHAiEABBtN7AAAsbAgAAAAAA\
AACuIhAAGgAAAGkSEAABAAAAcCIQAEHg3sAACxsCAAAAAAAAAMgiEAAhAAAAaRIQAAEAAABwIhAA\
QYzfwAALGwIAAAAAAAAA6SIQABMAAAABAAAAAAAAACAjEABBuN/AAAsbAgAAAAAAAABEIxAADwAA\
AAEAAAAAAAAAZCMQAEHk38AACxsCAAAAAAAAAIgjEAAPAAAAAQAAAAAAAABkIxAAQZDgwAALGwIA\
AAAAAAAAlyMQAA8AAAABAAAAAAAAAGQjEABBvODAAAsbAgAAAAAAAACmIxAAFgAAAAEAAAAAAAAA\
5CMQAEHo4MAACxsCAAAAAAAAAAgkEAAVAAAAAQAAAAAAAADkIxAAQZThwAALGwIAAAAAAAAAHSQQ\
ABkAAAABAAAAAAAAAOQjEABBwOHAAAsbAgAAAAAAAAA2JBAAFQAAAAEAAAAAAAAA5CMQAEHs4cAA\
CxsCAAAAAAAAAEskEAAUAAAAaRIQAAEAAAB4JBAAQZjiwAALGwIAAAAAAAAAnCQQAAwAAAABAAAA\
AAAAALQkEABBxOLAAAsbAgAAAAAAAADYJBAADAAAAAEAAAAAAAAAtCQQAEHw4sAACxsCAAAAAAAA\
AOQkEAAMAAAAAQAAAAAAAAC0JBAAQZzjwAALGwIAAAAAAAAA8CQQAA8AAAABAAAAAAAAABAlEABB\
yOPAAAsbAgAAAAAAAAA0JRAADwAAAAEAAAAAAAAAECUQAEH048AACxsCAAAAAAAAAEMlEAAPAAAA\
AQAAAAAAAAAQJRAAQaDkwAALGwIAAAAAAAAAUiUQACAAAABpEhAAAQAAALglEABBzOTAAAsbAgAA\
AAAAAADcJRAAHgAAAGkSEAABAAAAuCUQAEH45MAACxsCAAAAAAAAAPolEAAeAAAAaRIQAAEAAAC4\
JRAAQaTlwAALGwIAAAAAAAAAGCYQAB4AAABpEhAAAQAAALglEABB0OXAAAsbAgAAAAAAAAA2JhAA\
HgAAAGkSEAABAAAAuCUQAEH85cAACxsCAAAAAAAAAFQmEAAkAAAAaRIQAAEAAACUJhAAQajmwAAL\
GwIAAAAAAQAAuCYQABUAAABpEhAAAQAAAJQmEABB1ObAAAsbAgAAAAABAADNJhAAGgAAAOcmEAAB\
AAAAlCYQAEGA58AACxsCAAAAAAEAAOgmEAAUAAAAaRIQAAEAAACUJhAAQaznwAALGwIAAAAAAQAA\
/CYQABQAAABpEhAAAQAAAJQmEABB2OfAAAsbAgAAAAABAAAQJxAAIQAAAGkSEAABAAAAlCYQAEGE\
6MAACxsCAAAAAAEAADEnEAAcAAAAaRIQAAEAAACUJhAAQbDowAALGwIAAAAAAQAATScQABwAAABp\
EhAAAQAAAJQmEABB3OjAAAtzAgAAAAABAABpJxAAGgAAAGkSEAABAAAAlCYQAIMnEAALAAAAjicQ\
ALIAAAAAAAAAAAEAAEAoEAAaAAAAaRIQAAEAAACUJhAAWigQAA0AAABnKBAASAAAAAAAAAAAAQAA\
rygQABQAAABpEhAAAQAAAJQmEABB4OnAAAsbAgAAAAABAADDKBAACwAAAM4oEAABAAAA6CgQAEGM\
6sAAC6kUAgAAAAAAAABhY2NvdW50SWRhY3RpdmVTdWJzY3JpcHRpb25zYWN0b3JhZGRvbnNhbW91\
bnRhdHRyaWJ1dGlvbktleXNhdXRvQ2FuY2VsbGF0aW9uUnVsZXNiaWxsaW5nQ3VycmVuY3liaWxs\
aW5nSWRiaWxsaW5nUGVyaW9kY2FuY2VsbGF0aW9uRGF0ZWNoYW5nZWRCeWNvbmZpZ0lkY29uc3Vt\
ZWRBbW91bnRjb25zdW1lZFBlcmNlbnRhZ2Vjb3N0Y291cG9uVHlwZWNyZWF0ZWRBdGNyZWRpdEN1\
cnJlbmN5Y3JtSWRjdXJyZW5jeURlc2NyaXB0aW9uY3VycmVuY3lJZGN1cnJlbmN5TmFtZWN1cnJl\
bmN5VW5pdHNjdXJyZW50QmFsYW5jZWN1cnJlbnRCaWxsaW5nTW9udGhFbmRjdXJyZW50QmlsbGlu\
Z01vbnRoU3RhcnRjdXJyZW50QmlsbGluZ1BlcmlvZEVuZGN1cnJlbnRCaWxsaW5nUGVyaW9kU3Rh\
cnRjdXJyZW50Q2hhbmdlY3VycmVudFNwZW5kY3VycmVudFNwZW5kUGVyY2VudGFnZWN1cnJlbnRV\
c2FnZWRlc2NyaXB0aW9uZGlzY291bnRWYWx1ZWRpc3BsYXlOYW1lZWZmZWN0aXZlQXRlbWFpbGVu\
ZERhdGVlbnRpdGxlbWVudHNVcGRhdGVkQXRlbnRpdHlJZGVudGl0eVR5cGVlbnRpdHlUeXBlSWRl\
bnZpcm9ubWVudElkZXZlbnRJZGV4Y2x1ZGVGcm9tRXhwZXJpbWVudGV4cGVyaW1lbnRJbmZvZXhw\
aXJlQXRmZWF0dXJlVHlwZWZlYXR1cmVzZ3JhbnRncmFudElkZ3JhbnRUeXBlaGFzU29mdExpbWl0\
aGFzVW5saW1pdGVkVXNhZ2Vpc0RlZmF1bHRQcm9kdWN0aXNEb3duZ3JhZGVpc0VuYWJsZWRpc0xh\
dGVzdGlzU29mdExpbWl0aXNUcmlhbFN1YnNjcmlwdGlvbmlzVXBncmFkZWlzVmlzaWJsZW1heFNw\
ZW5kTGltaXRtZXRhZGF0YW1ldGVyVHlwZW9yaWdpbmF0aW5nRXZlbnRJZHBhY2thZ2VFbnRpdGxl\
bWVudHNwYXltZW50Q29sbGVjdGlvbnBlcmNlbnRhZ2VVc2VkcGVyaW9kcHJpY2VzcHJpb3JpdHlw\
cm9kdWN0SWRyZW1haW5pbmdCYWxhbmNlcmVtYWluaW5nQmFsYW5jZVBlcmNlbnRhZ2VyZXNldFBl\
cmlvZHJlc2V0UGVyaW9kQ29uZmlndXJhdGlvbnJlc291cmNlcmVzb3VyY2VJZHNwZW5kTGltaXRz\
dGFydERhdGVzdGF0dXNzdWJzY3JpcHRpb25VcGRhdGVVc2FnZVJlc2V0QmVoYXZpb3J0aHJlc2hv\
bGR0aHJlc2hvbGRQZXJjZW50YWdldG90YWxDb25zdW1lZHRvdGFsR3JhbnRlZHRvdGFsU3BlbnR0\
cmlhbEVuZERhdGV0cmlnZ2VydW5pdHVuaXRMYWJlbHVuaXRzdXBkYXRlZEF0dXNhZ2VMaW1pdHVz\
YWdlUGVyaW9kQW5jaG9ydXNhZ2VQZXJpb2RFbmR1c2FnZVBlcmlvZFN0YXJ0dXNhZ2VVc2VkUGVy\
Y2VudGFnZXZlbmRvcklkZW50aWZpZXIAFDUQAAkAAAAdNRAAEwAAADA1EAAFAAAANTUQAAYAAAA7\
NRAABgAAAEE1EAAPAAAAUDUQABUAAABlNRAADwAAAHQ1EAAJAAAAfTUQAA0AAACKNRAAEAAAAJo1\
EAAJAAAAozUQAAgAAACrNRAADgAAALk1EAASAAAAyzUQAAQAAADPNRAACgAAANk1EAAJAAAA4jUQ\
AA4AAADwNRAABQAAAPU1EAATAAAACDYQAAoAAAASNhAADAAAAB42EAANAAAAKzYQAA4AAAA5NhAA\
FgAAAE82EAAYAAAAZzYQABcAAAB+NhAAGQAAAJc2EAANAAAApDYQAAwAAACwNhAAFgAAAMY2EAAM\
AAAAvBMQAAgAAAB/ExAACgAAANI2EAALAAAA3TYQAA0AAADqNhAACwAAAPU2EAALAAAAADcQAAUA\
AAAFNxAABwAAABQiEAAMAAAADDcQABUAAABiIhAABgAAACE3EAAIAAAAKTcQAAoAAAAzNxAADAAA\
AD83EAANAAAAFRIQAAUAAABMNxAABwAAAFM3EAAVAAAAaDcQAA4AAAB2NxAACAAAAFMjEAAHAAAA\
fjcQAAsAAACJNxAACAAAAJE3EAAFAAAAljcQAAcAAACdNxAACQAAAKY3EAAMAAAAsjcQABEAAAB9\
ExAAAgAAAMQTEAAFAAAAwzcQABAAAADTNxAACwAAAN43EAAJAAAA5zcQAAgAAADvNxAACwAAAPo3\
EAATAAAADTgQAAkAAAAWOBAACQAAAB84EAANAAAAZBMQAAkAAAAsOBAACAAAADQ4EAAJAAAAbBoQ\
AAQAAAA9OBAAEgAAAE84EAATAAAAYjgQABEAAABzOBAADgAAAIE4EAAGAAAAqCQQAAQAAACHOBAA\
BgAAAI04EAAIAAAAlTgQAAkAAAAoHBAABgAAAJ44EAAQAAAArjgQABoAAADIOBAACwAAANM4EAAY\
AAAA6zgQAAgAAADzOBAACgAAAP04EAAKAAAABzkQAAkAAAAQORAABgAAAHgmEAAMAAAAFjkQACQA\
AAA6ORAACQAAAEM5EAATAAAAdBMQAAkAAABWORAADQAAAGM5EAAMAAAAbzkQAAoAAABtExAABwAA\
AHk5EAAMAAAAhTkQAAcAAABgExAABAAAAIw5EAAEAAAAkDkQAAkAAACZORAABQAAAJ45EAAJAAAA\
pzkQAAoAAACxORAAEQAAAMI5EAAOAAAA0DkQABAAAADgORAAEwAAAPM5EAAQAAAAbRwQAAcAAAAH\
ORAACQAAAHRyaWFsX3N0YXJ0X2RhdGV5ORAADAAAAHRyaWFsX2VuZF9kYXRldHJpYWxfcGxhbl9u\
YW1lAAAAbBoQAAQAAABhY2NvdW50X25hbWUFNxAABwAAAGFuYWN1c3RvbWVyLmlkaW5wdXQuY3Vz\
dG9tZXJJZGlkIHdoZW4gZW50aXR5VHlwZSBpcyAiQ1VTVE9NRVIiAABsGhAABAAAAAA3EAAFAAAA\
dDUQAAkAAADwNRAABQAAACw4EAAIAAAA2TUQAAkAAABzdWJzY3JpcHRpb25TdGF0dXMAABA5EAAG\
AAAAfTUQAA0AAACAPhAAEgAAAJQ+EAABAAAAfTUQAA0AAACcPhAAAQAAAHk5EAAMAAAAzD0QAAEA\
AABzdGlnZ1VwZGF0ZWRBdAABAgMEAGATEAAEAAAAZBMQAAkAAAB0ExAACQAAAH0TEAACAAAAvBMQ\
AAgAAAB9ExAAAgAAAH8TEAAKAAAAxBMQAAUAAAB/ExAACgAAACk3EAAKAEHI/sAAC7sBqCQQAAQA\
AABsGhAABAAAAKgkEAAEAAAA6jYQAAsAAACoJBAABAAAAH0TEAACAAAAcGxhbklkAAB4PxAABgAA\
AEg/EAACAAAAWD8QAAIAAABoPxAAAgAAAIA/EAABAAAALCAAAMMLEAAQAAAAMwAAABgAAAC8ExAA\
CAAAALwTEAAIAAAAAyEQAAkAAAABIRAAAgAAAAEBAAB4JhAADAAAAHgmEAAMAAAAhCYQAA0AAABp\
EhAAAQAAAAABAQBBjIDBAAsVwyEQAAsAAADOIRAADAAAAGkSEAABAEGwgMEACzkUIhAADAAAACAi\
EAANAAAAaRIQAAEAAAAAAAAAciUQABcAAACJJRAAFwAAAKAlEAAXAAAAaRIQAAEAQfiAwQALFV8k\
EAALAAAAaiQQAAwAAABpEhAAAQBBnIHBAAs5TR4QAA4AAABbHhAADwAAAEseEAACAAAAAAAAALoe\
EAAMAAAAxh4QAAwAAADSHhAADQAAAN8eEAACAEHkgcEACxUZIBAABwAAACAgEAAIAAAAZBQQAAEA\
QYiCwQALWWYdEAASAAAAeB0QABMAAABkFBAAAQAAAAAAAADPKBAADQAAANwoEAAEAAAA4CgQAAUA\
AADOKBAAAQAAAAAAAACoJBAABAAAAKgkEAAEAAAArCQQAAUAAAABAEHsgsEACxnuHBAABQAAAPMc\
EAAGAAAA+RwQAAYAAAABAEGQg8EACxlTIxAABwAAAFMjEAAHAAAAWiMQAAgAAAABAEG0g8EACxm8\
IxAADQAAAMkjEAANAAAA1iMQAA4AAAABAEHYg8EACxn/JBAABwAAAP8kEAAHAAAABiUQAAgAAAAB\
AEH8g8EACxnlHRAABgAAAOUdEAAGAAAA6x0QAAcAAAABAEGghMEACxltHxAACwAAAHgfEAALAAAA\
gx8QAAwAAAABAEHEhMEACxn8IhAACwAAAAcjEAALAAAAEiMQAAwAAAABAEHohMEAC3liIhAABgAA\
AGIiEAAGAAAAaCIQAAcAAABpEhAAAQAAAAAAAAABAgNpcyAiZHJvcCJpcyAiZXJyb3IiAABsGhAA\
BAAAAAA3EAAFAAAAdDUQAAkAAADwNRAABQAAACw4EAAIAAAAAAAAAGgAAAAEAAAAKQAAACoAAAAr\
AEHshcEAC6kGAQAAACwAAAAAAAAAAQAAAAIAAAADAAAABAAAAAUAAAAGAAAAAAAAAAEAAAACAAAA\
AwAAAAQAAAAFAAAABgAAAAcAAAAYCBAADQAAADAAAAAMAAAARwcQAA0AAAAuAAAAHgAAACwbEAAV\
AAAAd2ViaG9va1NlY3JldAAAAFhDEAANAAAAQ1VTVE9NRVJwQxAACAAAAHRoZSBib2R5IGhhcyBu\
byAidHlwZSIgZmllbGQ7IGV2ZXJ5IFN0aWdnIHdlYmhvb2sgbmFtZXMgaXRzIHR5cGUsIHN1Y2gg\
YXMgInN1YnNjcmlwdGlvbi5jcmVhdGVkInRoZSAidHlwZSIgZmllbGQgaXMgZW1wdHkwAAAAAAAA\
AQAAAAAAAABYQxAADQAAAAQAAAAAAAAAYSBub24tQVNDSUkgY2hhcmFjdGVyYSBjb250cm9sIGNo\
YXJhY3RlclUHEAAPAAAAsAEAAA0AAABVBxAADwAAAKsBAAAoAAAAVQcQAA8AAACsAQAANwAAAFUH\
EAAPAAAArAEAAE8AAABVBxAADwAAAKwBAAAUAAAAZXZlbnROYW1lU3R5bGVzbmFrZV9jYXNlT2Jq\
ZWN0IEFjdGlvbm9yaWdpbmFsU2VnbWVudCBTcGVjAAAAnkQQAAoAAACoRBAADQAAALVEEAAIAAAA\
vUQQAAwAAABldmVudEFsbG93bGlzdGV2ZW50RGVueWxpc3RyZWRhY3RQcm9wZXJ0aWVzaWRlbnRp\
ZnlDdXN0b21lcnN0cmltKEUQAAQAAAAVEhAABQAAAG1lc3NhZ2VJZE5hbWVzcGFjZWdyb3VwQ2Fs\
bHNwbGFuVHJhaXRzd2FyZWhvdXNlU2FmZVByb3BlcnRpZXMAAABYQxAADQAAAJBEEAAOAAAAABIQ\
ABEAAADsRBAADgAAAPpEEAANAAAAB0UQABAAAAAXRRAAEQAAAOMSEAAPAAAAPEUQABIAAABORRAA\
CgAAAFhFEAAKAAAAYkUQABcAAAAAAAAAnkQQAAoAAACQRBAADgAAAMxEEAAEAAAAAAAAABESEAAE\
AAAAABIQABEAAAAkEhAAAwAAAAIAQaCMwQALEexEEAAOAAAABAAAAAAAAAACAEG8jMEACxH6RBAA\
DQAAAAQAAAAAAAAAAgBB2IzBAAsSB0UQABAAAAAEAAAAAAAAAAEBAEH0jMEACwkXRRAAEQAAAAQA\
QYiNwQALNShFEAAEAAAA4xIQAA8AAAAsRRAAAgAAAAAAAAABAAAAAAAAADxFEAASAAAABAAAAAAA\
AAABAEHIjcEACxFORRAACgAAAAQAAAAAAAAAAQBB5I3BAAsRWEUQAAoAAAAEAAAAAAAAAAEAQYCO\
wQALvRFiRRAAFwAAAAQAAAAAAAAAdHJ1ZSBvciBmYWxzZWFuIGFycmF5IG9mIHN0cmluZ3NkAAAA\
iAgQABAAAAAoAAAANQAAAC0AAAAgAAAABAAAAC4AAAAvAAAAMAAAADEAAAAQAAAABAAAADIAAABp\
bnRlcm5hbCBlcnJvcjogZW50ZXJlZCB1bnJlYWNoYWJsZSBjb2RlOiB0aGUgZnVsbCBwYXRoIGFs\
d2F5cyBoYXMgdGhlIGJvZHkA8w0QAAoAAAA6AAAAHwAAAGFub255bW91c19pZGxvYWRlZF9hdG9y\
aWdpbmFsX3RpbWVzdGFtcHJlY2VpdmVkX2F0c2VudF9hdHVzZXJfaWR1dWlkdXVpZF90cwDIRxAA\
DAAAAH0TEAACAAAA1EcQAAkAAADdRxAAEgAAAO9HEAALAAAA+kcQAAcAAAB0ExAACQAAAAFIEAAH\
AAAACEgQAAQAAAAMSBAABwAAAIMKEAAQAAAAUQAAABIAAACDChAAEAAAAFUAAAAXAAAAZXZlbnRf\
dGV4dAAALhwQAAUAAACESBAACgAAAGdyb3VwX2lkoEgQAAgAAABbHBAABwAAAGNvbnRleHRfLDgQ\
AAgAAAC8ExAACAAAACw4EAAIAAAAqCQQAAQAAAAsOBAACAAAAMBIEAABAAAAyEgQAAIAAADYSBAA\
AgAAAEF0dGVtcHRlZCB0byBpbml0aWFsaXplIHRocmVhZC1sb2NhbCB3aGlsZSBpdCBpcyBiZWlu\
ZyBkcm9wcGVkAABwBxAAXgAAAGsAAAANAAAABgkQAE8AAADfAQAAGQAAAG1pZCA+IGxlbgAAANQL\
EABNAAAAggoAACUAAADUCxAATQAAAPIDAAAcAAAA1AsQAE0AAADzAwAAHAAAANQLEABNAAAA9wMA\
ACAAAADUCxAATQAAAPcDAAArAAAAIwoQAF8AAADGAAAAJwAAAHUGEABgAAAAoAEAAC4AAABhc3Nl\
cnRpb24gZmFpbGVkOiBpZHggPCBDQVBBQ0lUWWcLEABbAAAAngIAAAkAAABhc3NlcnRpb24gZmFp\
bGVkOiBlZGdlLmhlaWdodCA9PSBzZWxmLmhlaWdodCAtIDFnCxAAWwAAALYCAAAJAAAAZwsQAFsA\
AAC6AgAACQAAAGcLEABbAAAA8AAAAE0AAABhc3NlcnRpb24gZmFpbGVkOiBzcmMubGVuKCkgPT0g\
ZHN0LmxlbigpZwsQAFsAAABUBwAABQAAAGcLEABbAAAA0AQAACMAAABnCxAAWwAAABMFAAAkAAAA\
YXNzZXJ0aW9uIGZhaWxlZDogZWRnZS5oZWlnaHQgPT0gc2VsZi5ub2RlLmhlaWdodCAtIDEAAABn\
CxAAWwAAAAMEAAAJAAAAIwoQAF8AAABYAgAAMAAAAM8HEABIAAAAsQAAABYAAABhdHRlbXB0IHRv\
IGpvaW4gaW50byBjb2xsZWN0aW9uIHdpdGggbGVuID4gdXNpemU6Ok1BWAAAAM8HEABIAAAAmgAA\
AAoAAABzDBAATAAAAK8PAAANAAAArgkQAFAAAABCAAAAEwAAAAAAAABn5glqha5nu3Lzbjw69U+l\
f1IOUYxoBZur2YMfGc3gWyI6AAAEAAAACQAAAAgAAAAIAAAACAAAAAkAAADYFhAAfBcQAIUXEACN\
FxAAlRcQAJ0XEAAFAAAABwAAAAQAAAAGAAAABAAAAAUAAAAGAAAACwAAAAcAAAAKAAAABgAAAAkA\
AAAJAAAABwAAAAsAAAAEAAAABwAAAAUAAAAHAAAABQAAAAgAAAAFAAAABQAAAAUAAAAEAAAACwAA\
AAgAAAAYHBAAHRwQACQcEAAoHBAAYBMQAC4cEAAzHBAAORwQAEQcEABLHBAAVRwQAGQTEAB0ExAA\
WxwQAGIcEABsGhAAbRwQAHQcEAB5HBAAgBwQAIUcEACNHBAAdBwQAJIcEACXHBAAmxwQAKYcEAAQ\
PhAAEj4QABA+EAASPhAAED4QABI+EAASPhAAED4QABI+EAASPhAAED4QAAIAAAABAAAAAgAAAAEA\
AAACAAAAAQAAAAEAAAACAAAAAQAAAAEAAAACAAAAAgAAAAsAAAAKAAAAEAAAACAAAAB9ExAAEz4Q\
AH8TEAAePhAALj4QAAMAAAAEAAAABQAAAAYAAAADAAAAAQAAAAEAAAABAAAAAQAAAAIAAAABAAAA\
AgAAAAEAAADoPhAA8D4QAPg+EAAAPxAACD8QABg/EAAgPxAAMD8QABMAAAAPAAAAEQAAAK4cEADB\
HBAA0BwQAGNsb3N1cmUgaW52b2tlZCByZWN1cnNpdmVseSBvciBhZnRlciBiZWluZyBkcm9wcGVk\
AABbDRAATgAAAPk7AAABAAAAXwAAAGAAAABhAAAAYgAAAFYJEABXAAAAyAAAACwAAABWCRAAVwAA\
ALsAAAAgAAAAVHJpZWQgdG8gc2hyaW5rIHRvIGEgbGFyZ2VyIGNhcGFjaXR5IgwQAFAAAAAsAwAA\
CQAAACYIEABOAAAAcQcAABEAAABnAAAADAAAAAQAAABoAAAAaQAAAGoAAAAAAAAACAAAAAQAAABr\
AAAAbAAAAG0AAABuAAAAbwAAABAAAAAEAAAAcAAAAHEAAAByAAAAcwAAAG1dy9YsUOtjeEGmV3Eb\
i7kVolxVNFUH1FN4rYFR8KP3YXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPj0gc2l6ZSArIG1pbl9v\
dmVyaGVhZAAAMA0QACoAAACxBAAACQAAAGFzc2VydGlvbiBmYWlsZWQ6IHBzaXplIDw9IHNpemUg\
KyBtYXhfb3ZlcmhlYWQAADANEAAqAAAAtwQAAA0AAAAAAAAACAAAAAQAAAB0AAAAQWNjZXNzRXJy\
b3IAZwAAAAwAAAAEAAAAdQAAAO+/vWNhcGFjaXR5IG92ZXJmbG93IgwQAFAAAAAcAAAABQAAAHYA\
AAAMAAAABAAAAHcAAAB4AAAAeQBByJ/BAAuAAQEAAAB6AAAAYSBmb3JtYXR0aW5nIHRyYWl0IGlt\
cGxlbWVudGF0aW9uIHJldHVybmVkIGFuIGVycm9yIHdoZW4gdGhlIHVuZGVybHlpbmcgc3RyZWFt\
IGRpZCBub3QAAPMGEABIAAAAjwIAAA4AAABFcnJvcgICAgICAgICAgICAEHloMEACwgCAgAAAAAA\
AgBBnKHBAAsBAgBBwqHBAAsBAQBB3aHBAAsBAQBBvqLBAAukCXAABwAtAQEBAgECAQFICzAVEAFl\
BwIGAgIBBCMBHhtbCzoJCQEYBAEJAQMBBSsDOwkqGAEgNwEBAQQIBAEDBwoCHQE6AQEBAgQIAQkB\
CgIaAQICOQEEAgQCAgMDAR4CAwELAjkBBAUBAgQBFAIWBgEBOgEBAgEECAEHAwoCHgE7AQEBDAEJ\
ASgBAwE3AQEDBQMBBAcCCwIdAToBAgIBAQMDAQQHAgsCHAI5AgEBAgQIAQkBCgIdAUgBBAECAwEB\
CAFRAQIHDAhiAQIJCwdJAhsBAQEBATcOAQUBAgULASQJAWYEAQYBAgICGQIEAxAEDQECAgYBDwEA\
AwAEHAMdAh4CQAIBBwgBAgsJAS0DAQF1AiIBdgMEAgkBBgPbAgIBOgEBBwEBAQECCAYKAgEwLgIM\
FAQwCgQDJgkMAiAEAgY4AQECAwEBBTgIAgKYAwENAQcEAQYBAwLGQAABwyEAA40BYCAABmkCAAQB\
CiACUAIAAQMBBAEZAgUBlwIaEg0BJggZCwEBLAMwAQIEAgICASQBQwYCAgICDAEIAS8BMwEBAwIC\
BQIBASoCCAHuAQIBBAEAAQAQEBAAAgAB4gGVBQADAQIFBCgDBAGlAgAEQQUAAk0GRgsxBHsBNg8p\
AQICCgMxBAICBwE9AyQFAQg+AQwCNAkBAQgEAgFfAwIEBgECAZ0BAwgVAjkCAQEBAQwBCQEOBwMF\
QwECBgEBAgEBAwQDAQEOAlUIAgMBARcBUQECBgEBAgEBAgEC6wECBAYCAQIbAlUIAgEBAmoBAQEC\
CGUBAQECBAEFAAkBAvUBCgQEAZAEAgIEASAKKAYCBAgBCQYCAy4NAQLGAQEDAQHJBwEGAQFSFgIH\
AQIBAnoGAwEBAgEHAQFIAgMBAQEAAgsCNAUFAxcBAAEGDwAMAwMABTsHAAE/BFEBCwIAAgAuAhcA\
BQMGCAgCBx4ElAMANwQyCAEOARYFAQ8ABwERAgcBAgEFZAGgBwABPQQABP4C8wECAQcCBQEAB20H\
AGCA8AAwMTIzNDU2Nzg5YWJjZGVmAAAAAAQAAAAEAAAAggAAAH0gfVsuLi5dY2FsbGVkIGBPcHRp\
b246OnVud3JhcCgpYCBvbiBhIGBOb25lYCB2YWx1ZT09IT1tYXRjaGVzMDAwMTAyMDMwNDA1MDYw\
NzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1\
MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2\
NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTky\
OTM5NDk1OTY5Nzk4OTkBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\
AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\
AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBpKzBAAszAgICAgICAgICAgICAgICAgICAgIC\
AgICAgICAgICAwMDAwMDAwMDAwMDAwMDAwQEBAQEAEHjrMEAC9YNBgEBAwEEAgUHBwIICAkCCgUL\
Ag4EEAERAhIFExwUARUCFwIZDRwFHQgfASQBagRrAm4CrwOxArwCzwLRAtQM1QnWAtcC2gHgBeEC\
5gHnBOgC7iDwBPgC+gX7AQwnOz5OT4+enp97i5OWorK6hrEGBwk2PT5W89DRBBQYNjdWV3+qrq+9\
NeASh4mOngQNDhESKTE0OkVGSUpOT2RlioyNj7bBw8TGy9ZctrcbHAcICgsUFzY5Oqip2NkJN5CR\
qAcKOz5maY+SEW9fv+7vWmK5uvT8/1NUmpsuLycoVZ2goaOkp6iturzEBgsMFR06P0VRpqfMzaAH\
GRoiJT4/3+fs7//FxgQgIyUmKDM4OkhKTFBTVVZYWlxeYGNlZmtzeH1/iqSqr7DA0K6vbm/H3d6T\
XiJ7BQMELQNmAwEvLoCCHQMxDxwEJAkeBSsFRAQOKoCqBiQEJAQoCDQLTgM0DIE3CRYKCBg7RTkD\
YwgJMBYFIQMbBRsmOARLBS8ECgcJB0AgJwQMCTYDOgUaBwQMB1BJNzMNMwcuCAoGJgMdCAKA0FIQ\
BggJIS4IKhYaJhwUFwlOBCQJRA0ZBwoGSAgnCXULQj4qBjsFCgZRBgEFEAMFC1kIAh1iHkgICoCm\
XiJFCwoGDRM6BgoGFBwsBBeAuTxkUwxICQpGRRtICFMNSQcKVghYIg4KBkYKHQNHSTcDDggKBjkH\
CgYsBAqA9hkHOwMdVQEPMg2Dm2Z1C4DEikxjDYQwEBYKj5sFgkeauTqGxoI5ByoEXAYmCkYKKAUT\
gbA6gMZbBTQsSwQ5BxFABQsHCZzWKSBhc6H9gTMPAR0GDgQIgYyJBGsFDQMJBxCPYID9A4G0BhcP\
EQ9HCXQ8gPYKcwhwFUZ6FAwUDFcJGYCHgUcDhUIPFYRQHwYGgNUrBT4hAXAtAxoEAoFAHxE6BQGB\
0CqA1isEAYDANggCgOCA9ylMBAoEAoMRREw9gMI8BgEEVQUbNAKBDiwEZAxWCoCuOB0NLAQJBwIO\
BoCag9kDEQMNA4DaBgwEAQ8MBDgICgYoCCwEAg4JJ4FYCB0DCwM7BB4ECgeA+4QFAAEDBQUGBgIH\
BggHCREKHAsZDBkNEA4MDwQQAxISEwkWARcEGAEZAxoJGwEcAh8WIAMrAi0LLgEwBDECMgGpAqoE\
qwj6AvsF/gP/Ca14eYuNojBXWIuMkBzdDg9LTPv8Li8/XF1f4oSNjpGSqbG6u8XGycre5OX/AAQR\
EikxNDc6Oz1JSl2EjpKpsbS6u8bKzs/k5QAEDQ4REikxNDo7RUZJSl5kZYSRm53Jzs8NESk6O0VJ\
V1teX2RljZGptLq7xcnf5OXwDRFFSWRlgISyvL6/1dfw8YOFi6Smvr/Fx8/a20iYvc3Gzs9JTk9X\
WV5fiY6Psba3v8HGx9cRFhdbXPb3/v+AbXHe3w4fbm8cHV99fq6v3t9Nu7wWFx4fRkdOT1haXF5+\
f7XF1NXc8PH1cnOPdHUmLi+nr7e/x8/X35oAQJeYMI8fzv9OT1pbBwgPECcv7u9ubzc9P0JFU2d1\
yMnQ0djZ5/7/ACBfIoLfBIJECBsEBhGBrA6AqwUgB4EcAxkIAQQvBDQEBwMBBwYHEQpQDxIHVQcD\
BBwKCQMIAwcDAgMDAwwEBQMLBgEOFQVOBxsHVwcCBRgMUARDAy0DAQQRBg8MOgQdJV8gbQRqJYDI\
BYKwAxoGgv0DWQcWCRgJFAwUDGoGCgYaBlkHKwVGCiwEDAQBAzELLAQaBgsDgKwGCgZMFID0CDwD\
DwM+BTgIKwWC/xEYCC8RLQMiDiEPgIwEgpoWCxWIlAUvBTsHAg4YCYC+InQMgNYagRAFgOEJ8p4D\
NwmBXBSAuAiA3RQ8AwoGOAhGCAwGdAseA1oEWQmAgxgcChYJTASAigarpAwXBDGhBIHaJgcMBQWC\
syAqBkwEgI0EgL4DGwMPDQAAsgoQAFUAAAAKAAAAKwAAALIKEABVAAAAGgAAADYAAABhdHRlbXB0\
IHRvIGRpdmlkZSBieSB6ZXJvAAAAAAMAAIMEIACRBWAAXROgABIXIB8MIGAf7yxgKyow4CtvpqAs\
AqggLR77IC4A/mA2nv+gNv0BITcBCmE3JA0hOKsOoTkvGCE68x4hS0A0oVMeYeFU8GphVU9v4VWd\
vGFWAM9hV2XRoVcA2iFYAOChWa7iIVvs5OFc0OhhXSAA7l7wAX9fLi4weDAxMjM0NTY3ODlBQkNE\
RUZSZWZDZWxsIGFscmVhZHkgbXV0YWJseSBib3Jyb3dlZFJlZkNlbGwgYWxyZWFkeSBib3Jyb3dl\
ZI9UEACRVBAAk1QQAAIAAAACAAAABwBBw7rBAAsBgABBkLvBAAsBZABBnLvBAAsBBACUAQ90YXJn\
ZXRfZmVhdHVyZXMIKw9tdXRhYmxlLWdsb2JhbHMrE25vbnRyYXBwaW5nLWZwdG9pbnQrC2J1bGst\
bWVtb3J5KwhzaWduLWV4dCsPcmVmZXJlbmNlLXR5cGVzKwptdWx0aXZhbHVlKw9idWxrLW1lbW9y\
eS1vcHQrFmNhbGwtaW5kaXJlY3Qtb3Zlcmxvbmc=\
';
}
