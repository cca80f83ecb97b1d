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
//   136526 bytes, SHA-256 7fdb65f592852b1a75e68c81d1d89e3a692def60055026ed5ea608d088eb3d36
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
AQEIAAYBAQEDAQcAAQAGAQABAQYAAwYDAwYHFAwABgEKBgMGBQgHAAAAAQAVAQABAQAICQcAAAEA\
AwQGBwEGAQgHAQEHBQEJAAMDARYGAAkAAAYEBAEGAAcXAAABGAABAAMAAQYAGRobAQAAAQECAQAA\
AAEJAAYCAAoCCAABBgAABAACAQIEAAcAAQEBBAYBAQAAARwdHgcBCAQCAAAEHyAhBgABCAAFAQIC\
BQIEAwYHBgUABwABCQQABQMBAAEDAAcJBwAAAQgAAgABAgUBCwUJAAYHAAUDAQMKAAABBAIBBggH\
BwACAyIFBQMEBAQLAgIDAAAAIwcFAAcDBAQEBAQEAgICAQECAyQNAgIDBAAEAgEAAAAAAgMCAwgA\
AQECAggAAAIBAgAABQMCAwABAwICAwMMDAEDAwMCAwIFAgICAQAABAYBAQcDAwEAAwQABQICAAIB\
AAMDAwQDAwEBBAQCAgUCAgICAgICAgEBAgICAgICAQICAgICBAUDAAAAAAMDAwQFAgICACUAAAIC\
BQUFBAsICAAGJgQLAnABgwGDAW8AhAgFAwEAEQYZA38BQYCAwAALfwBBkLvBAAt/AEHQu8EACwen\
Ag8GbWVtb3J5AgAJY29uZmlndXJlAK0CDGRlY2lkZUZpZWxkcwCuAglmaWVsZEFyZWEAmgINdHJh\
bnNmb3JtQm9keQCMAg9fX2Fib3J0X2hhbmRsZXIDARVfX2luc3RhbmNlX3Rlcm1pbmF0ZWQDAhRf\
X3diaW5kZ2VuX2V4bl9zdG9yZQDkAhdfX2V4dGVybnJlZl90YWJsZV9hbGxvYwBAFV9fd2JpbmRn\
ZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jANIBEl9fd2JpbmRnZW5fcmVhbGxvYwDr\
AQ9fX3diaW5kZ2VuX2ZyZWUA5QIZX19leHRlcm5yZWZfdGFibGVfZGVhbGxvYwCSARBfX3diaW5k\
Z2VuX3N0YXJ0AAYJ6QEBAEEBC4IBOfwC7gL2AmOeA2SyA8sBkgJekQKCArEDkQOzA/kCeSS0A5AC\
0QGQA7QDrAOqA6sDrQOYA3K1A80CmwPDAscBlwLqAokCnAOZA5oDnQPBAZgC6wLXAVO2A1a0A4gB\
B5MBwgHCAYgBiAFovQFovQFoaJ8BaGhoiAFraJ0BigFrnQHDAbgBnQHEAZ0BaIsBnQGMAWhruQHF\
AZ0BaGtrugFogQGZAooCpwKoAgi3A68DiwLPAqoBO4MD+wLhAfoCowPKAv0BUoIBsAPnAuYCzwKx\
ATyEA6UD7QLbAv0CIm6mA6cDRgwBcwrp5wa0A9MlAgl/AX4jAEEQayIIJAACQAJAAkAgAEH1AU8E\
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
AzYCACADQYACTwRAIAAgAxA0DAILAkBBiL/BACgCACICQQEgA0EDdnQiBHFFBEBBiL/BACACIARy\
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
ayIAQQFyNgIEIAMgADYCACAAQYACTwRAIAIgABA0DAgLAkBBiL/BACgCACIBQQEgAEEDdnQiBHFF\
BEBBiL/BACABIARyNgIAIABB+AFxQYC9wQBqIgAhAQwBCyAAQfgBcSIAQYC9wQBqIQEgAEGIvcEA\
aigCACEACyABIAI2AgggACACNgIMIAIgATYCDCACIAA2AggMBwsgACABNgIAIAAgACgCBCAEajYC\
BCABQQ9qQXhxQQhrIgQgBUEDcjYCBCAGQQ9qQXhxQQhrIgMgBCAFaiIAayEFIANBnL/BACgCAEYN\
AyADQZi/wQAoAgBGDQQgAygCBCICQQNxQQFGBEAgAyACQXhxIgEQLyABIAVqIQUgASADaiIDKAIE\
IQILIAMgAkF+cTYCBCAAIAVBAXI2AgQgACAFaiAFNgIAIAVBgAJPBEAgACAFEDQMBgsCQEGIv8EA\
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
IAMgBUEMaiIINgIMIAMgBUEIaigCADYCCCADIAVBBGooAgAiBTYCBCADQQRqQYCMwQBBDBClAQRA\
IAhBEGohBQwCBSAGIAMpAgg3AgQgBiAFNgIADAMLAAsLIAZBADYCAAsgA0EQaiQAAkAgAigCICII\
BEAgAiACKAIkIgo2AiwgAiAINgIoIAJB4IzBADYCJCACQYiMwQA2AiAgCCAKQdyHwQBBDRAmIQEg\
AkENNgK0AiACQdyHwQA2ArACIAIgATYCrAIgBigCACEHIAYoAgQhASAGKAIIIQ0gBigCDCEOIwBB\
IGsiBSQAIAEgB0cEQCABIAdrQQN2IQsgBUEUaiEBA0AgBSAEKAIINgIQIAUgBCkCADcDCCANIA4g\
BygCACIDIAdBBGooAgAiCRAmIQwgBSAJNgIcIAUgAzYCGCAFIAw2AhQgBCAFQQhqIgMgAQJ/IAMo\
AgAiCSABKAIAIgxHBEAgCSAMSyAJIAxJawwBCyADQQRqIAFBBGoQ1wILwEEATBsiAygCCDYCCCAE\
IAMpAgA3AgAgB0EIaiEHIAtBAWsiCw0ACwsgAkHwAWoiASAEKAIINgIIIAEgBCkCADcCACAFQSBq\
JAACQAJAIAIoAvQBIgNFDQAgAigC8AEgAigC+AEiBUEBdksNACAGIAMgBRBnIAJBAzYCsAIgAiAG\
NgKsAiABQc2ewAAgBBCqAgwBCyACQSBqIgZBgIzBAEEMEBEgAkEDNgKwAiACIAY2AqwCIAJB8AFq\
QY6IwAAgAkGsAmoQqgILIAYQigMgAkGsAmoiASAIIAoQZyACQQM2AiwgAkEDNgIkIAIgAkHwAWoi\
AzYCKCACIAE2AiAgAkGUAmpBrojAACACQSBqEKoCIAEQigMgAxCKAyAAQoCAgIAINwIAIAAgAikC\
jAI3AgggACACKQKUAjcCECAAIAIoApwCNgIYIABBAToAHAwBCyACQSBqIAFBgInBABCHASACIAIp\
AiQ3A/ABIAIgAigCLDYC+AECQAJAIAIoAiAiBUECRwRAIAIgAigCODYCxAIgAiACKQIwNwK8AiAC\
IAIpA/ABNwKwAiACIAIoAvgBNgK4AgwBCyACIAIpA/ABNwPQAiACIAIoAvgBIgM2AtgCIAJBGGog\
AigC1AIgAxBOIAIgAigCGCIDIAIoAhwiBmo2AuwCIAIgAzYC6AIDQCACQegCahD0ASIEQSBrQd8A\
SQ0ACyAEQYCAxABGDQEgAkETQRUgBEGAAUkiARs2AvgCIAJBsYnBAEGcicEAIAEbNgL0AiACQQI2\
AjQgAkHUh8EANgIwIAJBAjYCLCACQQI2AiQgAkHsh8EANgIgIAIgAkH0Amo2AiggAkH4AWpB0ZzA\
ACACQSBqEKoCIAJBAToAxAIgAiACKQLwATcCsAIgAiACKQL4ATcCuAIgAiACKAKAAjYCwAIgAkHQ\
AmoQigNBACEFCyAAIAIpArwCNwIUIAAgAigCxAI2AhwgAiACKQKwAiIPNwOAAyACIAIoArgCIgE2\
AogDIAAgATYCECAAIA83AgggACAFNgIEIABBgICAgHg2AgAMAQsgAkGwAmogAyAGEJcBIAJB0AJq\
EIoDIAIgAigCuAIiAzYCiAMgAiACKQKwAiIPNwOAAyACIAM2AmggAiAPNwNgIAJBrAJqIAFB4IzB\
ABAqIAIoArQCIQMgAigCsAIhBCACKAKsAiIGQQJHBEAgACACKQLAAjcCGCAAIAIpArgCNwIQIAAg\
AzYCDCAAIAQ2AgggACAGNgIEIABBgICAgHg2AgAgAkHgAGoQigMMAQsCf0EBIAQgA0GsisEAQQ0Q\
vwINABpBAiAEIANBuYrBAEEIEL8CDQAaQQNBACAEIANBwYrBAEEMEL8CGwshCiACQawCaiABQfyM\
wQAQKiACKAK0AiEDIAIoArACIQQgAigCrAIiBkECRwRAIAAgAikCwAI3AhggACACKQK4AjcCECAA\
IAM2AgwgACAENgIIIAAgBjYCBCAAQYCAgIB4NgIAIAJB4ABqEIoDDAELQQEhBiAEIANBlaTAAEEF\
EL8CRQRAQQJBACAEIANBmqTAAEEJEL8CGyEGCyACQawCaiABQZiNwQAQKyACIAIpArACNwOAASAC\
IAIoArgCNgKIASACKAKsAiIDQQJHBEAgACACKALEAjYCHCAAIAIpArwCNwIUIAAgAigCiAE2AhAg\
ACACKQOAATcCCCAAIAM2AgQgAEGAgICAeDYCACACQeAAahCKAwwBCyACIAIpA4ABNwNwIAIgAigC\
iAE2AnggAkGsAmogAUG0jcEAECsgAiACKQKwAjcDoAEgAiACKAK4AjYCqAEgAigCrAIiA0ECRwRA\
IAAgAigCxAI2AhwgACACKQK8AjcCFCAAIAIoAqgBNgIQIAAgAikDoAE3AgggACADNgIEIABBgICA\
gHg2AgAgAkHwAGoQlQMgAkHgAGoQigMMAQsgAiACKQOgATcDkAEgAiACKAKoATYCmAEgAkGsAmog\
AUHQjcEAECsgAiACKQKwAjcDwAEgAiACKAK4AjYCyAEgAigCrAIiA0ECRwRAIAAgAigCxAI2Ahwg\
ACACKQK8AjcCFCAAIAIoAsgBNgIQIAAgAikDwAE3AgggACADNgIEIABBgICAgHg2AgAgAkGQAWoQ\
lQMgAkHwAGoQlQMgAkHgAGoQigMMAQsgAiACKQPAATcDsAEgAiACKALIATYCuAEgAkGsAmogAUHs\
jcEAEK4BIAItALACIQcgAigCrAIiA0ECRwRAIAAgAikAwAI3ABggACACKQC5AjcAESAAIAIpALEC\
NwAJIAAgBzoACCAAIAM2AgQgAEGAgICAeDYCACACQbABahCVAyACQZABahCVAyACQfAAahCVAyAC\
QeAAahCKAwwBCyACQawCaiABQYiOwQAQKiACKAK0AiEDIAIoArACIQQgAigCrAIiBUECRwRAIAAg\
AikCwAI3AhggACACKQK4AjcCECAAIAM2AgwgACAENgIIIAAgBTYCBCAAQYCAgIB4NgIAIAJBsAFq\
EJUDIAJBkAFqEJUDIAJB8ABqEJUDIAJB4ABqEIoDDAELIAQgA0GVpMAAQQUQvwIhCyACQawCaiAB\
QaSOwQAQhwEgAiACKQKwAjcD0AIgAiACKAK4AjYC2AICQAJAAkAgAigCrAIiA0ECRwRAIAIgAigC\
xAI2AogCIAIgAikCvAI3AoACIAIgAikD0AI3AvQBIAIgAigC2AI2AvwBDAELIAIgAikD0AI3A6AC\
IAIgAigC2AIiAzYCqAIgAkEQaiACKAKkAiADEE4gAiACKAIQIgMgAigCFCIFajYCzAIgAiADNgLI\
AgJ/AkADQCACQcgCahD0ASIEQYCAxABGDQEgBEEuRiAEQd8ARnIgBEEwa0EKSSAEQd///wBxQcEA\
a0EaSXJyDQALIAJB6AJqIgggAyAFEGcgAkEANgKsAiACQQhqIAQgAkGsAmoiBRDIASACQYADaiIJ\
IAIoAgggAigCDBCXASACQfQCaiIDIAIoAoQDIAIoAogDEGcgAkEDNgLAAiACQQM2ArgCIAJBAjYC\
sAIgAkGwjsEANgKsAiACIAM2ArwCIAIgCDYCtAIgAkHYAmpB357AACAFEKoCIAMQigMgCRCKAyAI\
EIoDIAJBADYC8AEgAkEBOgCIAiACIAIpAtACNwL0ASACIAIpAtgCNwL8ASACIAIoAuACNgKEAkEA\
DAELIAJB9AFqIAMgBRCXAUECCyEDIAJBoAJqEIoDIARBgIDEAEYNAQsgACACKQKAAjcCFCAAIAIo\
AogCNgIcIAIgAigC/AEiATYC6AEgAiACKQL0ASIPNwPgASAAIAE2AhAgACAPNwIIIAAgAzYCBCAA\
QYCAgIB4NgIADAELIAIgAigC/AEiAzYC6AEgAiACKQL0ASIPNwPgASACIA83A9ABIAIgAzYC2AEg\
AkGsAmogAUHAjsEAEK4BIAItALACIQMCQCACKAKsAiIFQQJHBEAgACACKQDAAjcAGCAAIAIpALkC\
NwARIAAgAikAsQI3AAkMAQsgAkGsAmogAUHcjsEAEK4BIAItALACIQQgAigCrAIiBUECRwRAIAAg\
AikAwAI3ABggACACKQC5AjcAESAAIAIpALECNwAJIAQhAwwBCyACQawCaiABQfiOwQAQrgEgAi0A\
sAIhASACKAKsAiIFQQJHBEAgACACKQDAAjcAGCAAIAIpALkCNwARIAAgAikAsQI3AAkgASEDDAEL\
IAIgAikDYDcDICACIAIoAmg2AiggAiACKQNwNwIsIAIgAigCeDYCNCACIAIpA5ABNwM4IAIgAigC\
mAE2AkAgAiACKQOwATcCRCACIAIoArgBNgJMIAIgAigC2AE2AlggAiACKQPQATcDUCAAIAJBIGpB\
PPwKAAAgACAKOgBCIAAgBjoAQSAAIAE6AEAgACAEOgA/IAAgAzoAPiAAIAs6AD0gACAHOgA8DAIL\
IAAgAzoACCAAIAU2AgQgAEGAgICAeDYCACACQdABahCKAwsgAkGwAWoQlQMgAkGQAWoQlQMgAkHw\
AGoQlQMgAkHgAGoQigMLIAJBkANqJAALskMCGX8BfiMAQZADayIFJAAgBUGIAmohCSABKAIEIRAg\
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
AgAgCSAUIAYtAAAQKSAJKAIAIgZBgICAgHhGDQEgDSAJKAIMNgIMIA0gCSkCBDcCBAsgDSAGNgIA\
IAlBEGokAAwBCyABIQYMAQsLIAcoAhAiBkGAgICAeEcEQCALIAcoAhw2AgwgCyAHKQIUNwIEDAIL\
IBNBADYCAAsCQCAKKAIARQ0AIAdBEGohDSMAQSBrIgkkACAJIA42AgggCSAKQQhqIhM2AgQgCigC\
ACEGIAooAgQhFCAJQQhqIREDQAJAAkACQCAGIBRGBEBBgICAgHghBgwBCyAKIAZBAWoiATYCACAJ\
IAYtAAAiBjoAHyATIAlBH2oQ3QJFDQEgCUEMaiARIAYQKSAJKAIMIgZBgICAgHhGDQEgDSAJKAIY\
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
KAIMEQUAIgZFDQEjAEGQAmsiASQAIAFBMGpBAEHBAPwLACABQgA3AyggAUGwl8EAKQMANwMgIAFB\
qJfBACkDADcDGCABQaCXwQApAwA3AxAgAUGYl8EAKQMANwMIIAFBCGoiCEGEtMAAIAZBARAyIAFB\
mAFqIgYgCEHwAPwKAAAgAUH4AGoiCCAGEB0gBiAIEFkgAUEDNgKMAiABIAY2AogCIAVBiAJqIghB\
yoPAACABQYgCahCqAiAGEIoDIAhBADYCFCAIQoCAgIAQNwIMIAFBkAJqJAALIAVBKGohBiAFQYgC\
aiEHIAIoAjQhCCACKAI4IQkjAEEwayIBJAACQCAIIAggCWoQvAJBGU8EQCABQRxqIgogCCAJEIMB\
IwBBEGsiCCQAIAhBCGpBECAKKAIEIAooAghB+KrAABC7ASAIKAIMIQkgASAIKAIINgIAIAEgCTYC\
BCAIQRBqJAAgASABKQMANwIUIAFBAjYCLCABIAFBFGo2AiggAUEIakGNgcAAIAFBKGoQqgIgChCK\
AwwBCyABQQhqIAggCRCXAQsgBiABKQIINwIMIAYgASgCEDYCFCAGIAcoAgg2AgggBiAHKQIANwIA\
IAdBDGoQigMgAUEwaiQAIAIoAigiCiEHIAIoAiwiCyAOKAIgIRQgDigCJCIZIQkjAEEwayIIJABB\
DGwhBiAJKAIQIQwDQCAGIgEEQCAIQQhqIgYgBygCBCINIAcoAggiExDBAiAIIAYQTyABQQxrIQYg\
B0EMaiEHIBQgCCgCACIJIA0gCRsgCCgCBCATIAkbIAwRBABFDQELCyAIQTBqJAAgAUEARyEIQQIh\
BwJAIAItAEIiGkEDRw0AIA4oAhQiAUUNACABLQAkIQcLAkAgBSgCGEGAgICAeEYNACACLQA8IA4t\
ABwCf0EAIAItAD9BAUcNABpBACAOKAIYIglFDQAaIAktACILIRJxIRsgAi0APkEBRw0AIA4tAB0h\
FQtBASEGIAggB0ECR3JFBEBBASETQQAhAUEAIBIgAi0AQCIGciAVckEBcUUNBBoLIAMgBCgCDBEF\
ACIBBEBBACETIAgNAgwDCyAAQoCAgICAgICAgH83AgAMBAsgAEKAgICAgICAgIB/NwIADAQLIwBB\
QGoiBCQAIAtBDGwhCANAIAgEQCAEQRhqIgsgCigCBCAKKAIIEMECIARBDGohCSMAQdAAayIDJAAg\
A0EQaiALEE8CQCADKAIQIg0EQCADKAIUIREgA0EIakEEQQRBCBCyASADKAIIIRYgAygCDCIMIBE2\
AgQgDCANNgIAIANBATYCJCADIAw2AiAgAyAWNgIcIANBKGoiESALQSj8CgAAIANBHGohCyMAQRBr\
IgwkAANAAkAgDEEIaiAREE8gDCgCCCIWRQ0AIAwoAgwhFyALKAIIIg0gCygCAEYEQCALQQEQugIL\
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
IQQgDSAWakEDaiEKA0AgBEUNAiAEQQFrIQQgCi0AACAKQQFqIQpBMEYNAAsMAgsgDSAEIAxBuI/B\
ABA3AAtBF0sgHEE7S3IgBkE7S3INACADQRBqIANB1ABqEMABIAMtABBFDQACQAJAAkAgAy0AESIE\
QStrDgMBAwEACyAEQfoARg0BIARB2gBHDQIMAQsgA0EIaiADQdQAakECEIABIAMoAghBAXFFDQEg\
AygCDCEGAkAgAygCXCIEIAMoAlhPDQAgAygCVCAEai0AAEE6Rw0AIAMgBEEBajYCXAsgAyADQdQA\
akECEIABIAMoAgBBAXFFIAZBF0tyDQEgAygCBEE8Tw0BCyADKAJcIBFGIQsLIANB4ABqJAAgCw0B\
IAgtAAAhBAsgCUGAgICAeDYCACAEQQNrDgQCAQEDAQsgCSAIKAIMNgIIIAkgCCkCBDcCACAILQAA\
QQNrDgQCAAACAAsgCBDtAQwBCyAIQQRqEIoDCyAIQRBqJAAgBSAJNgJUIAUgBUEoajYCUCAFIAVB\
GGo2AkwgBSAOQQxqNgJcIAUgAjYCWAJ/IAUoAhhBgICAgHhGBEBBAiEEQQAMAQtBAUECIAUtACQi\
A0EBRhtBACADGyEEQQAgEw0AGgJ/QQAhAwJAAkACQEEBQQIgBUEYai0ADCIGQQFGG0EAIAYbDgMB\
AAIACyABQcCowABBCBB3IgZFDQEgBkEEakEAIAYtAABBBUYbDAILIAEhAwsgAwsLIQgCQCABQQAg\
EiAVckEBcRtFBEAgBUEANgJoIAVCgICAgMAANwJgDAELIAUoAkRBACAFKAJAQYCAgIB4RxshCiAF\
KAJIIQsjAEEwayIDJAAgA0EANgIcIANCgICAgMAANwIUIANBCGogARB+IAMoAggiBgRAIANBIGoi\
CSAGIAMoAgwQ0gIgA0EUakGsysAAQQQgCRB2CyAFQeAAaiEJQVAhBgNAIAYEQCABIAZB4P7AAGoo\
AgAgBkHk/sAAaigCABB4IgwEQCADQSBqIg0gDBB0IANBFGogBkHY/sAAaigCACAGQdz+wABqKAIA\
IA0QdgsgBkEQaiEGDAELCwJAAkAgA0EUaiIGQazKwABBBBDyAg0AIAZBhP7AAEESEPICDQAgCUEA\
NgIIIAlCgICAgMAANwIAIAYQkwMMAQsgCgRAIANBIGoiBiAKIAsQ0gIgA0EUakHY/sAAQQ4gBhB2\
CyAJIAMoAhw2AgggCSADKQIUNwIACyADQTBqJAALIAVBEGpBA0EEQegAELIBIAVBADYCdCAFIAUp\
AxA3AmwCQCAbQQFzQQFxRSAEQQJHcUUEQCAFQQA2AoABIAVCgICAgMAANwJ4DAELIAUgBDoAkAEg\
BSACNgKcAiAFIBk2ApQCIAUgFDYCkAIgBUHQhsEANgKMAiAFQaiGwQA2AogCIAUgBUGQAWo2ApgC\
IAVB+ABqIQkjAEFAaiIDJAAgA0EQaiAFQYgCaiIGEO4BAkAgAygCECILBEAgAygCFCEMIANBCGpB\
BEEEQQgQsgEgAygCCCENIAMoAgwiCiAMNgIEIAogCzYCACADQQE2AiQgAyAKNgIgIAMgDTYCHCAD\
IAYpAhA3AzggAyAGKQIINwMwIAMgBikCADcDKCADQRxqIQYgA0EoaiEMIwBBEGsiCiQAA0ACQCAK\
QQhqIAwQ7gEgCigCCCINRQ0AIAooAgwhFCAGKAIIIgsgBigCAEYEQCAGQQEQugILIAYoAgQgC0ED\
dGoiESAUNgIEIBEgDTYCACAGIAtBAWo2AggMAQsLIApBEGokACAJIAMoAiQ2AgggCSADKQIcNwIA\
DAELIAlBADYCCCAJQoCAgIDAADcCAAsgA0FAayQACwJ/AkACQCASQQFxBEAgBSgCgAEhAwwBCyAF\
KAKAASEDIAItAEBFBEBBASADRSAEQQJGcg0DGiAFQagCaiAFQcwAakEBEEMgBSAEOgCYAiAFQQE2\
AogCIAUgBSgCgAE2ApQCIAUgBSkCeDcCjAIgBUHsAGogBUGIAmoQ/wFBAAwDCyADRQ0BCwJAIAhB\
ACADG0UEQCAFQQA2AowDIAVCgICAgMAANwKEAwwBCyAFQYQDaiAFKAJ8IAMgCBDVAQsgBSgCaEEc\
bCEDIAUoAmQhBANAIAMEQCAEKAIIIQYgBCgCBCEJIAVBiAJqIgogBEEMahB0IAVBhANqIAkgBiAK\
EHYgA0EcayEDIARBHGohBAwBCwsgBSgCjAMEQCAFQagCaiAFQcwAakEBEEMgBSAFKAKMAzYCmAEg\
BSAFKQKEAzcDkAEgBUGQAmogBUHYAGogBUGQAWoQkAEgBUKBgICAkICAgIB/NwKIAiAFQewAaiAF\
QYgCahD/AQwBCyAFQYQDahCTAwtBAQshDAJAIBUgBSgCGEGAgICAeEdxRQ0AAkACQCAIRQ0AIAVB\
iAJqQdT9wABBBiAIENUBIAUoAogCQYCAgIB4Rg0AIAUgBSgCkAI2AoACIAUgBSkCiAI3A/gBDAEL\
IAVBADYCgAIgBUKAgICAwAA3A/gBCyAFKAJoQRxsIQMgBSgCZCEEA0AgAwRAIAQoAgghBiAEKAIE\
IQkgBUGIAmoiCiAEQQxqEHQgBUH4AWogCSAGIAoQdiADQRxrIQMgBEEcaiEEDAELCyAFKAKAAgRA\
IAVBqAJqIAVBzABqQQIQQyAFQYQDaiAFQRhqEKsBIAUgBSgCgAI2ApgBIAUgBSkD+AE3A5ABIAVB\
kAJqIAVB2ABqIAVBkAFqEJABIAVCgoCAgJCAgICAfzcCiAIgBSAFKQKEAzcCnAIgBSAFKAKMAzYC\
pAIgBUHsAGogBUGIAmoQ/wEMAQsgBUH4AWoQkwMLQYKAgIB4IQQgEyABQQAgF0EBcRsiA0VyRQRA\
IAVBhANqIAEQTQJAIAdBAkYNACAFQZABaiEGIAggAyAIGyABIAdBAXEiBBshAyMAQTBrIgEkACAB\
QQA2AhwgAUKAgICAwAA3AhQCQCAEBEAgA0H4/MAAQQEQeCIDRQ0BIAFBIGoiBCADEHQgAUEUakGA\
/cAAQQwgBBB2DAELIANBuPzAAEEBEHgiBARAIAFBIGoiCCAEEHQgAUEUakHA/MAAQRAgCBB2CwJA\
IANB0PzAAEEBEHgiBEUEQCADQYz9wABBARB4IgRFDQELIAFBIGoiCCAEEHQgAUEUakHY/MAAQQ4g\
CBB2CyABQQhqIAMQfiABKAIIIgNFDQAgAUEgaiIEIAMgASgCDBDSAiABQRRqQeb8wABBDyAEEHYL\
IAYgASgCHDYCCCAGIAEpAhQ3AgAgAUEwaiQAIAUoApgBQRxsIQMgBSgClAEiBEEMaiESA0ACQAJA\
IAMEQCAFQYQDaiAEKAIEIgEgBCgCCCIGEPICRQ0BDAILIAVBkAFqEJMDDAMLIAVBiAJqIgggEhB0\
IAVBhANqIAEgBiAIEHYLIARBHGohBCADQRxrIQMgEkEcaiESDAALAAsgBSAFKAKMAzYCkAIgBSAF\
KQKEAzcDiAIgBUGEAWogBUHYAGogBUGIAmoQkAFBgYCAgHghBAsgBUGwAWogBUHMAGpBABBDIAVB\
pAFqIRIjAEEgayIJJAACQAJAAkACQAJAIBpBAWsOAwMAAQILIBIgECAPEJcBDAMLIAlBCGogECAP\
EC0gCSgCECIBRQ0BIAEtACRBAkYNASASIAEoAhQgASgCGBCXAQwCCyAJQS46AB4gCUHfADoAHyAJ\
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
A2oiAiAOEPACIAVBATYClAIgBUG0j8EANgKQAiAFQQM2AowCIAUgAjYCiAIgBUH4AmpBwozAACAF\
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
ASgCECAEIAEoAhxB+K7AABBzIANBlAFqIAMoAgggAygCDBCXASAPIAMoApwBNgAIIA8gAykClAE3\
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
Qf8BcSIEQf0ARg0FIARBLEYNAgsgACABQfeswABBChBiDAILIAogA0HYAGoQ3QECQCARRQRAIAVB\
/wFxIgRB3QBGDQUgBEEsRg0BCyAAIAFBga3AAEEKEGIMAgsgASABKAIcQQFqNgIcIAMgAykCQDcD\
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
IQEgAygCACELIANBBGohAyAKIAtHDQELCyAGRQ0ACyACQdgAaiAEIAAgBUGgtMAAELsBIAIoAlwh\
ByACKAJYIQMgAkHQAGogBEEBaiAAIAVBsLTAABCsAUEEIQYgAigCUCEBAkACQAJAIAIoAlQiAA4C\
BQABCyABLQAAIgRBK2sOAwQBBAELIAEtAAAhBAsCQAJAAkAgBEH/AXFBK2sOAwECAAILIABBAWsh\
BCABQQFqIQEgAEERTwRAA0AgBEUNBSACQUBrIBIgEkI/hxB9IAIpA0ggAikDQCISQj+HUg0GIAJB\
OGogAS0AAEEKEOIBIAIoAjhBAUcNBiACNQI8IhNCAFIgEiASIBN9IhJVcw0GIAFBAWohASAEQQFr\
IQQMAAsACwNAIARFDQQgAkEwaiABLQAAQQoQ4gEgAigCMEEBRw0FIAFBAWohASAEQQFrIQQgEkIK\
fiACNQI0fSESDAALAAsgAEEBayEAIAFBAWohAQsgAEEQTwRAA0AgAEUNAyACQSBqIBIgEkI/hxB9\
IAIpAyggAikDICISQj+HUg0EIAJBGGogAS0AAEEKEOIBIAIoAhhBAUcNBCASIAI1AhwgEnwiElUN\
BCABQQFqIQEgAEEBayEADAALAAsDQCAARQ0CIAJBEGogAS0AAEEKEOIBIAIoAhBBAUcNAyABQQFq\
IQEgAEEBayEAIAI1AhQgEkIKfnwhEgwACwALIAUhByAAIQMLIAJBgAFqIgAgAyAHEKEBIAJB9ABq\
IAAQMQJ/IAIoAnRBAUYEQCADIAIoAnwiAGohBCAHIABrIQUgAigCeCEIIAMMAQtBAAshAUEAIQYg\
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
awsiAzYCHCACBEAgBUEQaiABKAIMIAEoAhAgByADQcStwAAQcyACIAUoAhAgBSgCFBDaASABKAIY\
IQggASgCFCEJIAEoAhwhAwsCQAJAAkAgAyAISQRAIAMgCWotAAAiBEHcAEYNAiAEQSJGDQEgACAB\
QdStwABBwgAQ6QIMAwsgACABQYutwABBHRDpAgwCCyAAQQI2AgAgASADQQFqNgIcDAELAkACQAJA\
AkACQCAIIANBAWoiBksEQAJAAkACQAJAAkACQAJAAkACQAJAAkAgBiAJai0AACIEQe4Aaw4IBQEB\
AQYBBwgACwJAIARB4gBrDgUDAQEBBAALIARBIkYNCSAEQS9GDQEgBEHcAEYNCAsgBUEYaiABIAZB\
qK3AAEEaEGUMCgtBLyEEDAcLQQghBAwGC0EMIQQMBQtBCiEEDAQLQQ0hBAwDC0EJIQQMAgsgA0EC\
aiEHAkAgA0EGaiIKIAhLIANBeUtyDQAgBUEIaiAHIAlqEIYBIAUvAQhBAXFFDQAgBS8BCiEEDAYL\
IAVBNGogASAHQZivwABBIRBlIAUvATghBCAFKAI0IgZBAkYNBSAFIAUpAUg3ASwgBSAFKQFCNwEm\
IAUgBSkBOjcBHiAFIAQ7ARwMBAtB3AAhBAsgASADQQJqNgIcDAQLIAVBGGogASAGQYutwABBHRBl\
CyAFKAIYIgZBAkYNAwsgACAFKQIsNwIUIAAgBSkCJDcCDCAAIAUpAhw3AgQgACAGNgIADAMLIAEg\
CjYCHAJAIARBgPgDcSIGQYC4A0YNACAGQYCwA0YEQCAFIAkgCmpBACAIIApLGzYCNCAFQTRqIgpB\
jK/AABD7AQ0BIAUgCSADQQdqIgZqQQAgBiAISRs2AjQgCkGUr8AAEPsBDQEgA0EMaiIGIANBCGoi\
A0kgBiAIS3INASAFIAMgCWoQhgEgBS8BAEEBcUUNASAFLwECIgNBgPgDcUGAuANHDQEgASAGNgIc\
Qf3/A0GAgMQAIARBCnQgA2pBgLj/GmsiAyADQYCwA3NBgIDEAGtBgJC8f0kbIgMgA0GAgMQARhsh\
BAwCC0H9/wMgBCAEQYCwv39zQYCQvH9JGyEEDAELIAEgBxCAAkH9/wMhBAsgAkUNACACIAQQowEL\
IAEoAhwhBwwBCwsgBUHQAGokAAuuCwILfwF+IwBBgAFrIgIkAAJAIAEoAggiB0ERTwRAIAJB5ABq\
IAcQnAEgAigCbCEEIAIoAmghAyACIAE2AkggAyAEIAJByABqQaywwAAQFiAEQQFqIQYCQANAIAZB\
AWsiBkECSQ0BIAEgAygCAEGUssAAEKMCIAEgA0EEaiIDKAIAQaSywAAQowIQgAMNAAsgAkEoakEB\
IAEoAggQYSACKAJsIQMgAkEAOgBQIAIgAzYCTCACQQE2AkhBACEEA0AgBCEDAkACQANAIAJBEGog\
AkHIAGoQpgEgAigCEEEBRw0BIAIoAhQiBCACKAJsRwRAIAEgAkHkAGoiBSAEQcSwwAAQpAIoAgBB\
1LDAABCjAiABIAUgA0HksMAAEKQCKAIAQfSwwAAQowIQgANFDQELCyACQeQAaiIFIANBhLHAABCk\
AigCACIGIAUgBEEBa0GUscAAEKQCKAIAIgVGDQIgASAFQaSxwAAQowIiBSkCDCENIAVBADoADCAC\
IAUpAhQ3A3ggAiANNwNwIAEgBkG0scAAEKMCIgVBDGoQ7QEgBSACKQN4NwIUIAUgAikDcDcCDCAD\
QQFqIgUgBE0gAigCbCIGIARPcQ0BIAUgBCAGQcSxwAAQNwALIAJBADYCSCMAQRBrIgYkACAGIAJB\
KGoiCzYCDCAGIAJByABqNgIIIwBBEGsiByQAIAcgBkEIajYCDAJAIAEiBSgCCCIIRQ0AQQAhASAF\
KAIEIgohAwNAIAdBDGoQ1gEEQCADQRxqIQMgCCABQQFqIgFHDQEMAgsLIAMQ+AIgCkEcaiEMIAEh\
BANAIAFBAWohAyAMIAFBHGxqIQEDQCADIAhPBEAgBSAENgIIDAMLIAdBDGoQ1gFFBEAgA0EBaiED\
IAEQ+AIgAUEcaiEBDAELCyAKIARBHGxqIgkgASgCGDYCGCAJIAEpAhA3AhAgCSABKQIINwIIIAkg\
ASkCADcCACAEQQFqIQQgAyEBDAALAAsgB0EQaiQAIAZBEGokACAAIAUoAgg2AgggACAFKQIANwIA\
IAsQigMgAkHkAGoQiwMMBAsgBEECdCADQQJ0a0EEayEDIAIoAmggBUECdGohBgNAIANFDQEgAkEo\
aiAGKAIAQdSxwAAQsgJBADoAACADQQRrIQMgBkEEaiEGDAALAAsACyAAIAEoAgg2AgggACABKQIA\
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
IQUgAygCICADKAIkQayAwQBBAkGclsEAEJ4CIAkgBSAEIAEQ9wEgAygCLCEEIAMoAighBSADKAIg\
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
BiAESRsNAQJAIAJBCU8EQCACIAMQLCICDQFBAA8LQQAhAiADQcz/e0sNCEEQIANBC2pBeHEgA0EL\
SRshASAAQQhrIQYgBUUEQCAGRSABQYACSXIgBCABa0GAgAhLIAEgBE9ycg0HIAAPCyAEIAZqIQUC\
QCABIARLBEAgBUGcv8EAKAIARg0BQZi/wQAoAgAgBUcEQCAFKAIEIghBAnENCSAIQXhxIgggBGoi\
BCABSQ0JIAUgCBAvIAQgAWsiBUEQTwRAIAcgASAHKAIAQQFxckECcjYCACABIAZqIgEgBUEDcjYC\
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
AigCBEF+cTYCBCABIABBAXI2AgQgAiAANgIADwsgASADEC8LAkACQEGwv8EAAn8CQAJAAkACQCAC\
KAIEIgNBAnFFBEAgAkGcv8EAKAIARg0CIAJBmL/BACgCAEYNAyACIANBeHEiAhAvIAEgACACaiIA\
QQFyNgIEIAAgAWogADYCACABQZi/wQAoAgBHDQFBkL/BACAANgIADwsgAiADQX5xNgIEIAEgAEEB\
cjYCBCAAIAFqIAA2AgALIABBgAJJDQQgASAAEDRBsL/BAEGwv8EAKAIAQQFrIgA2AgAgAA0GQfi8\
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
QQJ0aigCACAREQQAQf8BcUEBRg0DCyAFQQhqIAQgByASIAFBwLXAABDmASAEIAdLDQMgBSgCCCAF\
KAIMIAggBEECdGogByAEa0HgtcAAEIgCDAULIAMgAUHgtMAAELMBAAsgCSABQfC0wAAQswEACyAF\
QRBqIAQgByASIAFBgLXAABDmASAFKAIQIgMgBSgCFEECdGohFCAJIQYDQCAIIAZBAnRqIQ0gCCAE\
QQJ0aiETAkACQANAIAMgFEYNBiAEIAlHBEAgBiAHTw0DIAEgBE0NAiACIA0oAgAgEygCACAREQQA\
Qf8BcUH/AUcNAwsgASAGSwRAIAMgDSgCADYCACANQQRqIQ0gBkEBaiEGIANBBGohAwwBCwsgBiAB\
QbC1wAAQswEACyAEIAFBkLXAABCzAQALIAEgBEsEQCADIBMoAgA2AgAgBEEBaiEEIANBBGohAwwB\
CwsgBCABQaC1wAAQswEACyAEIAcgAUHQtcAAEDcACyAOQQFzIQ4gDyEMDAMLIAshBAwACwALCyAA\
IAEgCiABQdC0wAAQiAILIAVBJGoQiwMLIAVBMGokAAurBQIIfwF+QStBgIDEACAAKAIIIghBgICA\
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
QAJ/An8CQAJAAkAgGyIEQQFrDgIBBQALQQIhDiAGQQRqQZCowABBBhClAUUNASAIIQVBAiEHQQIM\
AwtBAkEBIAZBBGogFBDTAhsMAQsgAUEQaiEFQQAhBCABLQAMQQVHIQcDQCAEQSBHBEACQCAEQdCo\
wABqIAZBBGoQ0wJFIAdyDQAgBSAEQdiowABqKAIAIgkgBEHcqMAAaigCACIKEPICRQ0AQQEhBCAI\
IQUgDyEHDAULIARBEGohBAwBCwsjAEEQayIEJAAgBCANNgIMIAQgDDYCCCAEQQhqIQlBACEFQfYA\
IQcCfwNAIAdBAU0EQEEAIAVBA3RBiPXAAGogCRDXAkH/AXEiB0UNAhoFIAUgB0EBdiIKIAVqIgUg\
BUEDdEGI9cAAaiAJENcCQf8BcUEBRhshBSAHIAprIQcMAQsLIAUgB0H/AUZqIQVBAQshByAEIAU2\
AgQgBCAHNgIAIAQoAgAgBEEQaiQARQshByAIIQUgByEOQQILIQQgECEJIBwhCgsgBiAKNgIcIAYg\
CTYCGCAGIAU7ARYgBiAHOgAVIAYgBDoAFCAAKAIUIgQgACgCDEYEQCATENABCyAEQRRsIg8gACgC\
EGoiCCAOOgAQIAhCADcCCCAIIAM2AgQgCCASNgIAIAAgBEEBajYCFCAAIAFBDGogEiAEIAZBFGoQ\
RCEQIAQgACgCFCIITw0CIAFBHGohASAAKAIQIA9qIgQgCDYCDCAEIBAgEWpBA2oiBCAVajYCCCAE\
IAtqIQsgBSEIIAchDyAJIRAgCiEcDAELCyAGQSBqJAAgCw8LIAQgCEGgp8AAELMBAAurBQIGfwF+\
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
ACIDQS1GDQIgA0HmAEYNBEEEIQcgA0HuAEYNAUHTrsAAIANB9ABGDQUaIANBMGtB/wFxQQpJDQML\
IAAgAUHwrsAAQQcQYgwJC0HcrsAADAMLIAEgAkEBaiICNgIcCwJAIAIgBUkEQCACIAZqLQAAIgNB\
MEYEQCABIAJBAWoiAjYCHAwFCyADQTFrQf8BcUEJSQ0BCyAEQRRqIAFBzK7AAEEHEGIMBAsgARC/\
ASABKAIcIQIgASgCGCEFIAEoAhQhBgwCC0EFIQdB167AAAshAyAEQQhqIAIgBiAFQeCuwAAQhwIg\
BCgCCCAEKAIMIAMgBxDFAkUEQCAAIAFB8K7AAEEHEGIMBQsgAEECNgIAIAAgAy0AADoABCABIAIg\
B2o2AhwMBAsCQCACIAVPDQAgAiAGai0AAEEuRw0AIAEgAkEBaiICNgIcAkAgAiAFSQRAIAIgBmot\
AABBMGtB/wFxQQpJDQELIARBFGogAUGWrsAAQR8QYgwCCyABEL8BIAEoAhwhAiABKAIYIQUgASgC\
FCEGCyACIAVPDQIgAiAGai0AAEEgckHlAEcNAiABIAJBAWoiAzYCHAJAIAMgBU8NAAJAIAMgBmot\
AABBK2sOAwABAAELIAEgAkECaiIDNgIcCyADIAVJBEAgAyAGai0AAEEwa0H/AXFBCkkNAgsgBEEU\
aiABQbWuwABBFxBiCyAEKAIUIgFBAkYNASAAIAQpAig3AhQgACAEKQIgNwIMIAAgBCkCGDcCBCAA\
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
IAYoAiQgBigCKCAFECALIAZBOGoQigNBAQshByACDQIMAwsgAUG8/8AAEF1FBEAgBkEsahCKAyAG\
QSBqEIoDDAQLIAMgBigCKDYCCCADIAYpAyA3AgAgBkGAgICAeDYCUCAFIAZB0ABqELUBIAZBLGoQ\
igMMAwsgBkHwAGokAA8LIAZBLGoQigMLIAdFDQAgBkEgahCKAwsgAEEcaiEAIARBHGshBCABQRxq\
IQEMAAsAC7AEAQV/IwBBQGoiAyQAIAEoAhwiBCABKAIYIgUgBCAFSxshBiABKAIUIQcCQAJAA0AC\
QCAEIAZGDQACQCAEIAdqLQAAIgVBCWtBAkkNAAJAIAVBIGsOAwECBAALIAVBDUcNAQsgASAEQQFq\
IgQ2AhwMAQsLIAAgAUHrrMAAQQwQYgwBCwJAIAJFBEAgA0EkaiABQQAQDyADKAIkIgJBAkcEQCAA\
IAMpAjg3AhQgACADKQIwNwIMIAAgAykCKDcCBCAAIAI2AgAMAwsgA0EANgIQIANCgICAgBA3AggM\
AQsgA0EkaiABEHUgAyADKQIoNwMYIAMgAygCMDYCICADKAIkIgJBAkcEQCAAIAMoAjw2AhggACAD\
KQI0NwIQIAAgAygCIDYCDCAAIAMpAxg3AgQgACACNgIADAILIAMgAykDGDcDCCADIAMoAiA2AhAL\
IAEoAhwiBCABKAIYIgIgAiAESRshAiABKAIUIQUCQAJAAkADQCACIARGDQEgBCAFai0AACIGQQlr\
IgdBF0tBASAHdEGTgIAEcUVyRQRAIAEgBEEBaiIENgIcDAELCyAGQTpHDQAgASAEQQFqNgIcDAEL\
IANBJGogAUHorMAAQQMQYiADKAIkIgFBAkcNAQsgACADKAIQNgIMIAAgAykDCDcCBCAAQQI2AgAM\
AQsgACADKQI4NwIUIAAgAykCMDcCDCAAIAMpAig3AgQgACABNgIAIANBCGoQigMLIANBQGskAAvR\
AwEDfyMAQRBrIgQkAAJAAkACQCABKAIIIgJBgICAEHFFBEAgAkGAgIAgcQ0BIAAgARA5RQ0CQQEh\
AgwDCyAAKAIAIQIDQCADIARqQQ9qIAJBD3EtALyoQToAACADQQFrIQMgAkEEdiICDQALQQEhAiAB\
Qdq5wQBBAiADIARqQRBqQQAgA2sQF0UNAQwCCyAAKAIAIQIDQCADIARqQQ9qIAJBD3EtANy5QToA\
ACADQQFrIQMgAkEEdiICDQALQQEhAiABQdq5wQBBAiADIARqQRBqQQAgA2sQFw0BCyABKAIAQdi5\
wQBBAiABKAIEKAIMEQQABEBBASECDAELIABBBGohAAJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBx\
DQEgACABEDkhAgwCCyAAKAIAIQJBACEDA0AgAyAEakEPaiACQQ9xLQC8qEE6AAAgA0EBayEDIAJB\
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
CEEaTUEAQQEgCHRBjYCAIHEbcg0BCyAHQQhqIAEgAiADIARBwLTAABBzIAYgBygCCCAHKAIMIgMQ\
DiIGIANrIgNBACADIAZNG2ohBiAEIQMMAgsgBEEBaiEEDAALAAsAC+AJAgh/AX4jAEGAAWsiBCQA\
IARB4ABqIAIQWgJAAkAgBCgCYCIDQQJHBEAgACAEKQJ0NwIUIAAgBCkCbDcCDCAAIAQpAmQ3AgQg\
ACADNgIADAELIARBGGohBSMAQRBrIgYkAAJAIAIiA0EDSQ0AIAYgASADQQNB7JLBABD4ASAGKAIE\
QQNHDQAgBigCDCEDIAYoAghBACAGKAIAQZirwABBAxD+AhshBwsgBSADNgIEIAUgBzYCACAGQRBq\
JAAgBEEkaiAEKAIYIgMgASADGyIGIAQoAhwgAiADGyIBEBogBCgCJEEBRgRAIAQgBCkCKCILpyIC\
NgJMIARBGkEVIAtCgICAgBCDUCIDGzYCVCAEQc6rwABB6KvAACADGzYCUCABIAJJDQIjAEEwayID\
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
BxCiAyAEQQhqIAQoAhAgBCgCFCACEEUgBCAEKAIMIgE2AlwgBCAEKAIIIgI2AlggBxDeAiAEQQE2\
AnwgBCAEQdwAajYCeCAEQQE2AnQgBEEBNgJsIARBAjYCZCAEIARB2ABqNgJwIAQgBEHMAGo2Amgg\
BCAEQdAAajYCYCAEQTxqQfqgwAAgBxCqAiAEQQA6AEggACAEKQJENwIUIAAgBCkCPDcCDCAAIAE2\
AgggACACNgIEIABBATYCAAwBCyAEIAQoAigiAyAEKAIsIgdqNgJkIAQgAzYCYCAEQeAAaiIGKAIA\
IQIgBigCBCEFA0ACQCACIgEgBUYNACAGIAFBAWoiAjYCACABLQAAQQlrIghBF0sNAEEBIAh0QZOA\
gARxDQELCyABIAVHBEAgACAHNgIIIAAgAzYCBCAAQQI2AgAMAQsgAEEMakGbq8AAQTMQlwEgAEEA\
NgIAIABBADoAGAsgBEGAAWokAA8LQQAgAiABQYCswAAQNwALnQgBDH8jAEFAaiIEJAAgBCAAIAAg\
AWoQVCAEQQxqIAIgAiADahBUQX8hAAJAIAQoAghBwABLDQAgBCgCFCIBQcAASw0AIARBADoAMCAE\
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
AhQ3AgAMAQsgAkEUaiAAQQFBBEEEEGAgAigCGCEBIAIoAhRBAUYNASACKAIcIQMgBSAANgIIIAUg\
AzYCBCAFIAE2AgALIAJBIGokAAwBCyABIAIoAhwQ0QIACyAHQQRqIQcgBCgCOEEEaiEDIAQoAhRB\
AnQhAkEAIQAgBCgCPCIGIAZBAEdrIQggBCgCECEBA0AgAkUNAiABKAIAIQkgBEEYaiIFIABB1InB\
ABCkAigCACEKIAUgAEEBaiIFQeSJwQAQpAIoAgAhCyAEQTRqIABB9InBABCkAiEPIAAgCEYNAyAD\
IA8oAgBBAWoiACALQQFqIgsgCiAJIA1HaiIJIAkgC0sbIgkgACAJSRs2AgAgA0EEaiEDIAJBBGsh\
AiABQQRqIQEgBSEADAALAAsgBEEYaiIBIAQoAhRBxInBABCkAigCACEAIAEQiwMMAwsgBEEYahCL\
AyAEIAQoAjw2AiAgBCAEKQI0NwMYDAELCyAAQQFqIAZBhIrBABCzAQALIARBDGoQiwMgBBCLAyAE\
QUBrJAAgAAuPBAECfyAAIAFqIQICQAJAIAAoAgQiA0EBcQ0AIANBAnFFDQEgACgCACIDIAFqIQEg\
ACADayIAQZi/wQAoAgBGBEAgAigCBEEDcUEDRw0BQZC/wQAgATYCACACIAIoAgRBfnE2AgQgACAB\
QQFyNgIEIAIgATYCAAwCCyAAIAMQLwsCQAJAAkAgAigCBCIDQQJxRQRAIAJBnL/BACgCAEYNAiAC\
QZi/wQAoAgBGDQMgAiADQXhxIgIQLyAAIAEgAmoiAUEBcjYCBCAAIAFqIAE2AgAgAEGYv8EAKAIA\
Rw0BQZC/wQAgATYCAA8LIAIgA0F+cTYCBCAAIAFBAXI2AgQgACABaiABNgIACyABQYACTwRAIAAg\
ARA0DwsCQEGIv8EAKAIAIgJBASABQQN2dCIDcUUEQEGIv8EAIAIgA3I2AgAgAUH4AXFBgL3BAGoi\
ASECDAELIAFB+AFxIgFBgL3BAGohAiABQYi9wQBqKAIAIQELIAIgADYCCCABIAA2AgwgACACNgIM\
IAAgATYCCA8LQZy/wQAgADYCAEGUv8EAQZS/wQAoAgAgAWoiATYCACAAIAFBAXI2AgQgAEGYv8EA\
KAIARw0BQZC/wQBBADYCAEGYv8EAQQA2AgAPC0GYv8EAIAA2AgBBkL/BAEGQv8EAKAIAIAFqIgE2\
AgAgACABQQFyNgIEIAAgAWogATYCAAsLlwQCBX8BfiMAQSBrIgckACAAQYCzwABBASABKAIMIgQR\
AQADQEEAIQYgB0EIaiACIgUgAyAIAn8CQANAIAYgCGoiAUF3SyABQQhqIANLcg0BIAUgCGogBUEI\
aiEFIAZBCGohBikAACIJQn+FIAlC4MGDh46cuPBgg0KBgoSIkKDAgAF9IAlCosSIkaLEiJEihUKB\
goSIkKDAgAF9IAlC3Ljx4sWLl67cAIVCgYKEiJCgwIABfYSEg0KAgYKEiJCgwIB/gyIJUA0ACyAI\
IAl6p0EDdmogBmpBCGsMAQsDQCABIANJIQUgASACaiABQQFqIQFBACAFGxCOAg0ACyABQQFrCyIB\
QYSzwAAQcyAAIAcoAgggBygCDCAEEQEAIAEgA0kEQAJAAkACQAJAAkACQAJAAkACQAJAIAEgAmot\
AAAiBUEIaw4GBwYEAQgFAAsgBUEiRg0BIAVB3ABGDQILIAdBFGoiBiAFEHsgACAHKAIYIAcoAhwg\
BBEBACAGEIoDDAcLIABBlLPAAEECIAQRAQAMBgsgAEGWs8AAQQIgBBEBAAwFCyAAQZizwABBAiAE\
EQEADAQLIABBmrPAAEECIAQRAQAMAwsgAEGcs8AAQQIgBBEBAAwCCyAAQZ6zwABBAiAEEQEADAEL\
IABBoLPAAEECIAQRAQALIAFBAWohCAwBCwsgAEGAs8AAQQEgBBEBACAHQSBqJAALyAQCBH8BfiMA\
QUBqIgMkACABKAIAIQECQAJAAkAgAkH/AXFBBEcEQCABKAIgIQUgASgCJCgCDCEBDAELIANBMGog\
ASgCICIFQQcgASgCJCgCDCIBEQEAAkACQAJAAkAgAy0AMEEDaw4EAAEBBQELIANBNGoiBCgCCCIG\
QYCIwQAoAgBGBH8gBCgCBEH8h8EAKAIAIAYQvgEFQQELDQEgAyAEKAIINgIoIAMgBCkCADcDICAD\
QSBqEIoDIAMtADBBA2sOBAMCAgMCCyADQTBqEO0BDAMLIAQQigMMAgsgA0EwahDtAQsgA0EwaiAF\
IAIQ9AIgAREBAAJAIAMtADAiAUEGRg0AAkACQAJAIAFBAmsOAgEAAwsgA0EIaiADKAI4IAMoAjwQ\
TiADKAIMRQ0CIANBFGogA0E0ahCrAQwBCyADIAMoAjgiBSADKAI8IgFBLRDGASADKAIEIAEgAygC\
ACIBGyIERQ0BIAMgASAFIAEbIgE2AiAgAyABIARqIgU2AiQgA0EgaiIEEM8BDQEgAyAFNgIkIAMg\
ATYCICAEKAIAIQUgBCgCBCEGA0AgBiAFIgFHBEAgBCABQQFqIgU2AgAgAS0AAEEwRg0BCwsgASAG\
RwRAIANBFGogA0E0ahCrAQwBCyADQRRqQf2IwQBBARCXAQsgAygCFCEBIANBMGoQ4AIgAUGAgICA\
eEYNASADKQIYIQcgACACOgAMIAAgBzcCBCAAIAE2AgAMAgsgA0EwahDgAgsgAEGAgICAeDYCAAsg\
A0FAayQAC9cGAg1/AX4jAEHwAGsiAyQAQQEgAigCBCACLQAAIgQbIQVBACACKAIIIAQbIQQCQAJA\
AkAgASACEKwCIgEEQCABLQAAQQNHDQEgA0EIaiABKAIIIgYgASgCDCIJEE4gAygCDA0CIAAgBDYC\
CCAAIAU2AgQgAEECNgIADAMLIAAgBDYCCCAAIAU2AgQgAEECNgIADAILIAAgAkGRsMAAQQggARB8\
DAELIAMgAigCFCIFNgIQIAMgBSACKAIYQQN0aiIONgIUIwBBIGsiCCQAIAFBBGoiASgCCCEKIAEo\
AgQhCyADQRBqIg8oAgAhASAPKAIEIQwDQAJAIAEgDEYEQEEAIQ0MAQsgDyABQQhqIgQ2AgAgASgC\
ACENIAggAUEEaigCACIHNgIUIAggDTYCECAIQQhqIAsgChBOIAggCCkDCDcCGCAEIQEgCEEQaiAI\
QRhqENMCRQ0BCwsgAyAHNgIEIAMgDTYCACAIQSBqJAAgAygCACIEBEAgAygCBCEBIAAgBDYCBCAA\
QQI2AgAgACABNgIIDAELIANBNGoiDCAGIAkQZyMAQSBrIgYkACAGQQhqIA4gBWtBA3YiAUEEQQwQ\
sgEgBkEANgIcIAYgBikDCDcCFCMAQRBrIgkkACAGQRRqIgQgARC5AiAEKQIEIRAgCSAEQQhqNgIE\
IAkgEEIgiTcCCCMAQRBrIgokACAJQQRqIgcoAgQhCyAHKAIAIAUgDkcEQCAHKAIIIAtBDGxqIQcg\
ASALaiELA0AgCkEEaiAFKAIAIAVBBGooAgAQZyAHIAooAgw2AgggByAKKQIENwIAIAVBCGohBSAH\
QQxqIQcgAUEBayIBDQALCyALNgIAIApBEGokACAJQRBqJAAgA0HMAGoiBCAGKAIcNgIIIAQgBikC\
FDcCACAGQSBqJAAgA0FAayIBIAMoAlAgAygCVEGsgMEAQQIQEiADQQM2AmwgA0EDNgJkIANBAjYC\
XCADIAJBDGo2AlggAyABNgJoIAMgDDYCYCADQSRqQbGHwAAgA0HYAGoQqgIgARCKAyAEEJUDIAwQ\
igMgACADKQIgNwIIIAAgAykCKDcCECADQQA2AhggACADKQIYNwIAIANBAToAMCAAIAMoAjA2AhgL\
IANB8ABqJAALswMBBX8jAEHwAGsiAyQAAkACQCABIAIQrAIiAQRAIAEtAABBBEcNASADQSBqIAEo\
AgxBBEEMELIBIANBADYCNCADIAMpAyA3AiwgASgCDEEEdCEFIAEoAgghAQJAA0AgBQRAIAMgBDYC\
OCABLQAAQQNHDQIgA0EQaiABQQhqKAIAIgYgAUEMaigCACIHEE4gAygCFARAIANBCGogBiAHEE4g\
A0HYAGoiBiADKAIIIAMoAgwQlwEgA0EsaiAGENkBCyABQRBqIQEgBEEBaiEEIAVBEGshBQwBCwsg\
ACADKAI0NgIMIAAgAykCLDcCBCAAQQI2AgAMAwsgA0EYaiABEMcCIAMgAykDGDcCUCADQQI2Amwg\
A0EBNgJkIANBAjYCXCADIAJBDGo2AlggAyADQdAAajYCaCADIANBOGo2AmAgA0HEAGpB4IPAACAD\
QdgAahCqAiAAQQA2AgAgACADKQI8NwIEIAAgAykCRDcCDCAAIAMoAkw2AhQgAEEBOgAYIANBLGoQ\
lQMMAgsgAEIENwIIIABCAjcCAAwBCyAAIAJBoY/BAEETIAEQfAsgA0HwAGokAAvnAgEFfwJAIAFB\
zf97QRAgACAAQRBNGyIAa08NACAAQRAgAUELakF4cSABQQtJGyIEakEMahAJIgJFDQAgAkEIayEB\
AkAgAEEBayIDIAJxRQRAIAEhAAwBCyACQQRrIgUoAgAiBkF4cSACIANqQQAgAGtxQQhrIgIgAEEA\
IAIgAWtBEE0baiIAIAFrIgJrIQMgBkEDcQRAIAAgAyAAKAIEQQFxckECcjYCBCAAIANqIgMgAygC\
BEEBcjYCBCAFIAIgBSgCAEEBcXJBAnI2AgAgASACaiIDIAMoAgRBAXI2AgQgASACECcMAQsgASgC\
ACEBIAAgAzYCBCAAIAEgAmo2AgALAkAgACgCBCIBQQNxRQ0AIAFBeHEiAiAEQRBqTQ0AIAAgBCAB\
QQFxckECcjYCBCAAIARqIgEgAiAEayIEQQNyNgIEIAAgAmoiAiACKAIEQQFyNgIEIAEgBBAnCyAA\
QQhqIQMLIAMLsAMBBX8jAEEQayIGJAAgBiACNgIMIAYgATYCCEHGACEDA0AgA0ECSUUEQCAEIANB\
AXYiBSAEaiIEIAZBCGogBEEsbEGQ08AAahDWAkH/AXFBAUYbIQQgAyAFayEDDAELCwJAAkAgBkEI\
aiAEQSxsQZDTwABqENYCQf8BcSIDBEBBsHohAwNAIANFBEBBACEEQQMhBUGQhsEAIQdBACEDQQAh\
AkEAIQEMAwsgA0GkhsEAaiEFIANBoIbBAGohByADQSRqIgQhAyABIAIgBygCACAFKAIAEMUCRQ0A\
CyAEQeyFwQBqIQMgBEGNhsEAai0AACEBIARBjIbBAGotAAAhAiAEQYiGwQBqKAIAIQUgBEGEhsEA\
aigCACEHQQAhBAwBCyAEIANB/wFGaiIBQcUASw0BIAFBLGwiA0GQ08AAaiEEIAMtALnTQCEBIAMt\
ALjTQCECIAMoApzTQCEFIAMoApjTQCEHIAMoAqDTQCEDCyAAIAM2AgwgACAENgIIIAAgAToAESAA\
IAI6ABAgACAFNgIEIAAgBzYCACAGQRBqJAAPC0HGAEHGAEGwgMEAELMBAAuTBQEJfyMAQTBrIgYk\
AAJAAkAgAgRAAkAgAwRAIwBBMGsiBSQAIAVBADYCLCAFIAM2AiQgBSADNgIcIAUgBDYCICAFIAMg\
BGoiCDYCKCAFQSRqIQogAyEEA0AgBUEQaiAKEIQBIAUoAhQiB0EJRiAHQSBGcgRAIAUoAiQhBCAF\
KAIoIQgMAQUCfyAHQYCAxABHBEAgBSgCJCAFKAIQIgcgCCAEa2pqIAUoAihrDAELQQAhB0EACyEI\
A0AgBSgCJCELIAUoAighDCAFQQhqIAoQpAEgBSgCCCENIAUoAgwiBEEJRiAEQSBGcg0ACyAGIARB\
gIDEAEcEfyAFKAIkIAwgC2sgDWpqIAUoAihrBSAICyAHazYCBCAGIAMgB2o2AgAgBUEwaiQACwsg\
BigCBCEFIAYoAgAhB0EAIQNBACEEA0AgAyAFRg0CIAIgBEsEQCADIAdqIQggA0EBaiEDIAEgBGot\
AAAgCC0AAHMgCXIhCSAEQQFqIgRBACACIARHGyEEDAELCyAEIAJBxIfBABCzAQALIAZBAjYCLCAG\
QeyHwQA2AiggBkECNgIkIAZB1IfBADYCICAGQRRqQYiMwAAgBkEgahCqAiAAQQA2AgAgACAGKQIM\
NwIEIAAgBikCFDcCDCAAIAYoAhw2AhQgAEEBOgAYDAMLIAIgBUYQ4QIgCUEAIAlrcsBBAE4Q4QJx\
EOECQf8BcUUNASAAQQI2AgAMAgsgAEECNgIADAELIAZBAjYCLCAGQeyHwQA2AiggBkECNgIkIAZB\
1IfBADYCICAGQRRqQaScwAAgBkEgahCqAiAAQQA2AgAgACAGKQIMNwIEIAAgBikCFDcCDCAAIAYo\
Ahw2AhQgAEEBOgAYCyAGQTBqJAALggMBBH8gACgCDCECAkACQAJAIAFBgAJPBEAgACgCGCEDAkAC\
QCAAIAJGBEAgAEEUQRAgACgCFCICG2ooAgAiAQ0BQQAhAgwCCyAAKAIIIgEgAjYCDCACIAE2AggM\
AQsgAEEUaiAAQRBqIAIbIQQDQCAEIQUgASICQRRqIAJBEGogAigCFCIBGyEEIAJBFEEQIAEbaigC\
ACIBDQALIAVBADYCAAsgA0UNAgJAIAAoAhxBAnRB8LvBAGoiASgCACAARwRAIAMoAhAgAEYNASAD\
IAI2AhQgAg0DDAQLIAEgAjYCACACRQ0EDAILIAMgAjYCECACDQEMAgsgACgCCCIAIAJHBEAgACAC\
NgIMIAIgADYCCA8LQYi/wQBBiL/BACgCAEF+IAFBA3Z3cTYCAA8LIAIgAzYCGCAAKAIQIgEEQCAC\
IAE2AhAgASACNgIYCyAAKAIUIgBFDQAgAiAANgIUIAAgAjYCGA8LDwtBjL/BAEGMv8EAKAIAQX4g\
ACgCHHdxNgIAC/8CAQZ/IwBBQGoiAyQAIANBEGogASACELcBAkAgAygCEEEBcUUEQCAAQQc2AgAM\
AQsgAygCFCEFIANBkIfBACgCADYCPCADQYiHwQApAgA3AjQgA0GAh8EAKQIANwIsIANB+IbBACkC\
ADcCJCADQSRqIQcCQAJAA0AgBEEEaiIGQSBGDQEgBCAHaiAGIQQoAgAgBUcNAAsgBUECRw0BIANB\
CGogASACQQFqELcBIAMoAghBAXFFBEAgAEEHNgIADAMLIAMoAgwhBCADIAEgAkECahC3ASADKAIA\
QQFxRQRAIABBBzYCAAwDCyADKAIEIgIgBGoiBiACSQRAIABBBzYCAAwDCyABKAJkIAZJBEAgAEEH\
NgIADAMLIANBHGogASgCYCAEaiACEBogAygCHEEBRgRAIABBBzYCAAwDCyADKAIgIQEgACADKAIk\
NgIIIAAgATYCBCAAQQI2AgAMAgsgAEEHNgIADAELIABCATcCBCAAIAU2AgALIANBQGskAAvKBAET\
fyMAQRBrIgokAAJAIAEoAhAiDCABKAIIIhBLDQAgAUEUaiIRIAEtABgiB2pBAWshEiABKAIEIQ0g\
ASgCDCEFIAdBBUkhEwJAAkADQCAFIAxLDQMgBSANaiEGIBItAAAhCwJAIAwgBWsiBEEHTQRAQQAh\
AkEAIQMDQCADIARGBEAgBCEDDAMLIAsgAyAGai0AAEYEQEEBIQIMAwUgA0EBaiEDDAELAAsACyAK\
QQhqIQ5BACEDAkACQAJAIAYgBkEDakF8cSICRgRAIARBCGshD0EAIQIMAQsgBCACIAZrIgIgAiAE\
SxshAiAEBEAgCyEIQQEhCQNAIAMgBmotAAAgCEYNBCACIANBAWoiA0cNAAsLIAIgBEEIayIPSw0B\
CyALQYGChAhsIQMDQEGAgoQIIAIgBmoiCSgCACADcyIIayAIckGAgoQIIAlBBGooAgAgA3MiCGsg\
CHJxQYCBgoR4cUGAgYKEeEcNASACQQhqIgIgD00NAAsLIAIgBEcEQCALIQNBASEJA0AgAyACIAZq\
LQAARgRAIAIhAwwDCyAEIAJBAWoiAkcNAAsLQQAhCQsgDiADNgIEIA4gCTYCACAKKAIMIQMgCigC\
CCECCyACQQFHDQEgASADIAVqQQFqIgU2AgwgBSAHSQ0AIAUgB2shBCAFIBBLDQAgE0UNAiAEIA1q\
IBEgBxC+AQ0ACyAAIAU2AgggACAENgIEQQEhFAwCCyABIAw2AgwMAQtBACAHQQRBvKHAABA3AAsg\
ACAUNgIAIApBEGokAAvQBAIIfwF+IwBBMGsiBCQAIAIoAgQiBiACKAIIQRxsaiEIIwBBIGsiBSQA\
IAVBCGogCCAGa0EcbiICQQRBDBCyASAFQQA2AhwgBSAFKQMINwIUIwBBEGsiCSQAIAVBFGoiByAC\
ELkCIAcpAgQhDCAJIAdBCGo2AgQgCSAMQiCJNwIIIAlBBGoiCigCBCEHIAooAgAgBiAIRwRAIAZB\
CGohBiAKKAIIIAdBDGxqIQggAiAHaiEHA0AgCEEIaiAGQQRqNgIAIAggBkEEaykCADcCACAGQRxq\
IQYgCEEMaiEIIAJBAWsiAg0ACwsgBzYCACAJQRBqJAAgBCAFKAIcNgIIIAQgBSkCFDcCACAFQSBq\
JAAgBEEMaiAEKAIIEJwBIAQoAhQhAiAEKAIQIQUgAwRAIAQgBDYCGCAFIAIgBEEYakGks8AAEBYL\
IABBvLPAAEEBIAEoAgwiCREBACAEKAIMIQYgBEEANgIsIAQgBSACQQJ0IgdqNgIkIAQgBjYCICAE\
IAU2AhwgBCAFNgIYIAQgBDYCKEEBIQIDQAJAAkAgB0UNACAEIAVBBGoiBjYCHCAEIAUoAgBBwLPA\
ABClAiIFKAIAIghFDQAgBSgCCCEKIAUoAgQhBSAEIAI2AiwgAkEBRg0BIABBxrLAAEEBIAkRAQAM\
AQsgBEEYahC1AiAAQb2zwABBASAJEQEAIAQQiAMgBEEwaiQADwsgACABIAggBRAoIABBvrPAAEEB\
IAkRAQAgACABIAogAxBHIAdBBGshByACQQFqIQIgBiEFDAALAAv4AgEEfyMAQeAAayIDJAAgA0EY\
aiABQQAgAigCDBEBAAJAAkACQAJAIAMtABhBA2sOBAIBAQABCyAAQQRqQYSIwQBB4AAQyQIgAEGA\
gICAeDYCAAwCCyADIAMpAiA3AzAgAyADKQIYNwMoIANBCGogA0EYahDHAiADIAMpAwg3AlAgA0EC\
NgJcIAMgA0HQAGo2AlggA0FAa0G6hcAAIANB2ABqEKoCIABCgICAgAg3AgAgACADKQI4NwIIIAAg\
AykCQDcCECAAIAMoAkg2AhggAEEBOgAcIANBKGoQ7QEMAQsgA0EQaiADKAIgIgQgAygCJCIFEE4g\
AygCFARAIAMoAhwhBiAAQQxqIAQgBRAtIAAgAjYCJCAAIAE2AiAgACAFNgIIIAAgBDYCBCAAIAY2\
AgAMAQsgAyADQRxqIgEoAgg2AkAgAyABKQIANwM4IABBBGpB5IjBAEEZEMkCIABBgICAgHg2AgAg\
A0E4ahCKAwsgA0HgAGokAAvDAgEEfyAAQgA3AhAgAAJ/QQAgAUEIdiIDRQ0AGkEfIAFBgICACE8N\
ABogAUEmIANnIgNrdkEBcSADQQF0ckE+cwsiAjYCHCACQQJ0QfC7wQBqIQRBASACdCIDQYy/wQAo\
AgBxRQRAIAQgADYCACAAIAQ2AhggACAANgIMIAAgADYCCEGMv8EAQYy/wQAoAgAgA3I2AgAPCwJA\
AkAgASAEKAIAIgMoAgRBeHFGBEAgAyECDAELIAFBGSACQQF2a0EAIAJBH0cbdCEFA0AgAyAFQR12\
QQRxaiIEKAIQIgJFDQIgBUEBdCEFIAIhAyACKAIEQXhxIAFHDQALCyACKAIIIgEgADYCDCACIAA2\
AgggAEEANgIYIAAgAjYCDCAAIAE2AggPCyAEQRBqIAA2AgAgACADNgIYIAAgADYCDCAAIAA2AggL\
2QIBBX8jAEFAaiIDJAAgAyAANgIoIABBKGohBiAALQBoIQQgAyADQShqNgIsAkACQAJAQcAAIARr\
IgUgAk0EQCAEDQEMAgsgA0EQaiAEIAZBwABB4KLAABCHAiADQQhqIAIgAygCECADKAIUQfCiwAAQ\
5wEgAygCCCADKAIMIAEgAkGAo8AAEJ4CIAIgBGohBAwCCyADQTBqIAEgAiAFQZCiwAAQ+AEgAygC\
PCECIAMoAjghASADKAI0IQUgAygCMCEHIANBIGogBCAGQcAAQaCiwAAQhwIgAygCICADKAIkIAcg\
BUGwosAAEJ4CIANBLGogBkEBEMICCyACQT9xIQQgAkEGdiIFBEAgA0EsaiABIAUQwgILIANBGGog\
BCAGQcAAQcCiwAAQ5wEgAygCGCADKAIcIAEgAkHA////B3FqIARB0KLAABCeAgsgACAEOgBoIANB\
QGskAAu5AgEEfyMAQRBrIgUkAAJAAkAgAC0AEEUEQCAAKAIMIgMgAiAAKAIIQQJ0akEMak8NAQsg\
AEEBOgAQDAELIAAgAyACayIENgIMIAVBCGogBCADIAAoAgAgACgCBEH0tcAAEPUBIAUoAgggBSgC\
DCABIAJBhLbAABCeAgJAAkAgAkEDTQRAIAFBAWshASACIQMDQCADRQ0CIAEgA2ogA0EBayEDLAAA\
QQBODQALQQUhBAwCC0EFIQQgASgAAEGAgYKEeHENAUEEIAFBA2pBfHEiAyABayABIANGGyEDIAJB\
BGshBgNAIAMgBkkEQCABIANqKAIAQYCBgoR4cQ0DIANBBGohAwwBCwsgASAGaigAAEGAgYKEeHEN\
AQtBBCEECyAAIAQgAhC2AiAAIAAoAgwQlgELIAVBEGokAAuUAgEBfyMAQSBrIgQkAAJAAkACQCAA\
IAJNBEAgASACSw0BIAAgAU0NAiAEIAA2AgggBCABNgIMIAQgBEEMaq1CgICAgBCENwMYIAQgBEEI\
aq1CgICAgBCENwMQQa6EwAAgBEEQaiADEPIBAAsgBCAANgIIIAQgAjYCDCAEIARBDGqtQoCAgIAQ\
hDcDGCAEIARBCGqtQoCAgIAQhDcDEEHBhsAAIARBEGogAxDyAQALIAQgATYCCCAEIAI2AgwgBCAE\
QQxqrUKAgICAEIQ3AxgMAQsgBCABNgIIIAQgAjYCDCAEIARBDGqtQoCAgIAQhDcDGAsgBCAEQQhq\
rUKAgICAEIQ3AxBB+obAACAEQRBqIAMQ8gEAC8ACAgV/AX4jAEFAaiICJAAgAkEkaiABQQAQDSAC\
IAIpAig3AxAgAiACKQIwNwMYAkAgAigCJCIDQQJHBEAgAikCOCEHIAAgAikDGDcCDCAAIAIpAxA3\
AgQgACAHNwIUIAAgAzYCAAwBCyACIAIpAxA3AwAgAiACKQMYNwMIIAEoAhwiAyABKAIYIgQgAyAE\
SxshBCABKAIUIQUDQAJAIAMgBEYNACADIAVqLQAAQQlrIgZBF0tBASAGdEGTgIAEcUVyDQAgASAD\
QQFqIgM2AhwMAQsLIAJBJGogARCzAiAAQQRqIQEgAigCJCIDQQJHBEAgASACKQI4NwIQIAEgAikC\
MDcCCCABIAIpAig3AgAgACADNgIAIAIQ7QEMAQsgASACKQMINwIIIAEgAikDADcCACAAQQI2AgAL\
IAJBQGskAAuHAgEHfyMAQRBrIgMkAEEKIQIgACgCACIEIQAgBEHoB08EQANAIANBBmogAmoiBUEE\
ayAAIgYgAEGQzgBuIgBBkM4AbGsiB0H//wNxQeQAbiIIQQF0LwCaqUE7AAAgBUECayAHIAhB5ABs\
a0H//wNxQQF0LwCaqUE7AAAgAkEEayECIAZB/6ziBEsNAAsLIABBCUsEQCACQQJrIgIgA0EGamog\
ACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwCaqUE7AAALQQAgBCAAG0UEQCACQQFrIgIgA0EG\
amogAEEBdC0Am6lBOgAACyABQQFBACADQQZqIAJqQQogAmsQFyADQRBqJAALlwcBCH8jAEHQAGsi\
BCQAIAQgAzYCDCAEIAI2AgggBEEQaiABEPACIARBETYCICAEQYCkwAA2AhwCQAJAIAEoAhgiAgRA\
IAEoAhBFDQELIwBBMGsiAiQAIAIgAUEMaiIDKAIAIgEgAygCBCIDajYCLCACIAE2AiggAiADNgIk\
IAIgATYCICACQZOGwQA2AhwgAkGQhsEANgIYIAJBDGohBiMAQUBqIgEkACABQRBqIAJBGGoiAxBs\
AkAgASgCECIIBEAgASgCFCEJIAFBKGoiByADEH8gAUEIakEEIAEoAihBAWoiBUF/IAUbIgUgBUEE\
TRtBBEEIELIBIAEoAgghCiABKAIMIgUgCTYCBCAFIAg2AgAgAUEBNgIkIAEgBTYCICABIAo2Ahwg\
ASADKQIQNwM4IAEgAykCCDcDMCABIAMpAgA3AyggAUEcaiEFIwBBIGsiAyQAA0ACQCADQQhqIAcQ\
bCADKAIIIglFDQAgAygCDCEKIAUoAggiCCAFKAIARgRAIANBFGogBxB/IAUgAygCFEEBaiILQX8g\
CxsQugILIAUoAgQgCEEDdGoiCyAKNgIEIAsgCTYCACAFIAhBAWo2AggMAQsLIANBIGokACAGIAEo\
AiQ2AgggBiABKQIcNwIADAELIAZBADYCCCAGQoCAgIDAADcCAAsgAUFAayQAIARBJGoiASACKAIQ\
IAIoAhQQESAGEIkDIAJBMGokACAEQQI2AkwgBEECNgJEIARBAzYCPCAEQQM2AjQgBCAEQQhqNgJI\
IAQgBEEcajYCQCAEIAE2AjggBCAEQRBqNgIwIABB3YrAACAEQTBqEKoCIAEQigMMAQsgBEEkaiED\
IwBBIGsiASQAIAEgAigCCCIFNgIQIAEgBSACKAIMajYCFCACQQhqIQZBASECQZb9wAAhBQJAIAFB\
EGoQ9AEiB0GAgMQARg0AIAdB4QBrQR93IgdBCksNACAHQQJ0IgUoAvCZQSECIAUoAsSZQSEFCyAB\
IAI2AgwgASAFNgIIIAFBAjYCHCABIAY2AhggAUECNgIUIAEgAUEIajYCECADQYWLwAAgAUEQahCq\
AiABQSBqJAAgBEECNgJMIARBAjYCRCAEQQM2AjwgBEEDNgI0IAQgBEEIajYCSCAEIARBHGo2AkAg\
BCADNgI4IAQgBEEQajYCMCAAQaiKwAAgBEEwahCqAiADEIoDCyAEQRBqEIoDIARB0ABqJAALiAIB\
Bn8gACgCCCIEIQICf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgYgACgCACAE\
a0sEfyAAIAQgBhBmIAAoAggFIAILIAAoAgRqIQICQCABQYABTwRAIAFBP3FBgH9yIQUgAUEGdiED\
IAFBgBBJBEAgAiAFOgABIAIgA0HAAXI6AAAMAgsgAUEMdiEHIANBP3FBgH9yIQMgAUH//wNNBEAg\
AiAFOgACIAIgAzoAASACIAdB4AFyOgAADAILIAIgBToAAyACIAM6AAIgAiAHQT9xQYB/cjoAASAC\
IAFBEnZBcHI6AAAMAQsgAiABOgAACyAAIAQgBmo2AghBAAuIAgEGfyAAKAIIIgQhAgJ/QQEgAUGA\
AUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiBiAAKAIAIARrSwR/IAAgBCAGEG8gACgCCAUg\
AgsgACgCBGohAgJAIAFBgAFPBEAgAUE/cUGAf3IhBSABQQZ2IQMgAUGAEEkEQCACIAU6AAEgAiAD\
QcABcjoAAAwCCyABQQx2IQcgA0E/cUGAf3IhAyABQf//A00EQCACIAU6AAIgAiADOgABIAIgB0Hg\
AXI6AAAMAgsgAiAFOgADIAIgAzoAAiACIAdBP3FBgH9yOgABIAIgAUESdkFwcjoAAAwBCyACIAE6\
AAALIAAgBCAGajYCCEEAC6gCAQN/IwBB4ABrIgQkACAEIAM2AiAgBCACNgIcIAEoAghBFGwhAyAB\
KAIEIQUCQAJAA0AgA0UNASAEIANBFGsiAyAFaiICNgJAIARBQGsiBiAEQRxqEI8CRQ0ACyAEQRBq\
IAFBDGoQogMgBEEIaiAEKAIQIAQoAhQgAkEMaigCACACQRBqKAIAQdCvwAAQcyAEQQA2AlwgBEEA\
NgJIIARCgICAgMAANwJAIAQgBCgCDCIBNgJYIAQgBCgCCCICNgJUIAQgATYCUCAEIAI2AkwgBEEk\
aiAGQQEQDQJAIAQoAiRBAkYEQCAAIAQpAjA3AgggACAEKQIoNwIADAELIABBBjoAACAEQSRqEL0C\
CyAEQUBrEIsDDAELIABBBjoAAAsgBEHgAGokAAvtAQEDfyAAIAMoAgggASgCDCABKAIIIgVBGXcg\
BUEOd3MgBUEDdnNqaiAEKAIEIgZBD3cgBkENd3MgBkEKdnNqIgY2AgwgACADKAIEIAUgASgCBCIH\
QRl3IAdBDndzIAdBA3ZzamogBCgCACIFQQ93IAVBDXdzIAVBCnZzaiIFNgIIIAAgAygCACAHIAEo\
AgAiAUEZdyABQQ53cyABQQN2c2pqIAZBD3cgBkENd3MgBkEKdnNqNgIEIAAgASAEKAIMaiACKAIM\
IgBBGXcgAEEOd3MgAEEDdnNqIAVBD3cgBUENd3MgBUEKdnNqNgIAC4ECAQZ/AkACQCABKAIAIggo\
AggiCSAFSSAEIAVLckUEQCAIKAIEIgggBUECdGohCyAIIARBAnRqIQUgASgCDCEMIAEoAgghDSAB\
KAIEIQhBACEJA0AgASEEA0AgBSALRg0DIAggBSgCACIBEPECIAZJDQMgDSACIAMgARDJASEKIAEg\
A08NBCAFQQRqIQUgASACaiAKOgAAIAogCCABEPECIAwgByABENwBIAZqSXINAAsgCUVBASEJDQAg\
ASAEIAggARDxAiAIIAQQ8QJJGyEBDAALAAsgBCAFIAlBqKnAABA3AAsgACAENgIEIAAgCTYCAA8L\
IAEgA0G4qcAAELMBAAuvBAELfyMAQRBrIgckAAJAQZS7wQAoAgANAEGUu8EAQX82AgBBpLvBACgC\
ACICQaC7wQAoAgAiAEYEQCACIgBBmLvBACgCACIBRgRA0G9BgAEgACAAQYABTRsiAPwPASIEQX9G\
DQICQEGou8EAKAIAIgFFBEBBqLvBACAENgIADAELIAEgAmogBEcNAwsjAEEQayIFJAAgBUEIaiEI\
QaC7wQAoAgAhCUEEIQEjAEEQayIGJABBmLvBACgCACAJayAATwR/QYGAgIB4BSAGQQhqIQQjAEEQ\
ayIDJAACf0EAIAAgCWoiASAASQ0AGiADQQRqQZi7wQAgAUEEQQQQSiADKAIEQQFGBEAgAygCDCEK\
IAMoAggMAQsgAygCCCEAQZi7wQAgATYCAEGcu8EAIAA2AgBBgYCAgHgLIQAgBCAKNgIEIAQgADYC\
ACADQRBqJAAgBigCDCEBIAYoAggLIQAgCCABNgIEIAggADYCACAGQRBqJAAgBSgCDCEBIAdBCGoi\
ACAFKAIINgIAIAAgATYCBCAFQRBqJAAgBygCCEGBgICAeEcNAkGYu8EAKAIAIQFBoLvBACgCACEA\
CyAAIAFPDQFBnLvBACgCACAAQQJ0aiACQQFqNgIAQaC7wQAgAEEBaiIANgIACyAAIAJNDQBBpLvB\
AEGcu8EAKAIAIAJBAnRqKAIANgIAQZS7wQBBlLvBACgCAEEBajYCAEGou8EAKAIAIAdBEGokACAC\
ag8LAAvLYgI4fwF+IwBBQGoiEiQAIBJBADYCGCASIAEoAgAoAgAiBjYCHAJAIAEoAhAoAgAiBQRA\
IBJBEGogBSABKAIUKAIAEOABIBIoAhAhBSASQTBqIgggEigCFCIBNgIIIAggBTYCBCAIIAE2AgAC\
QCASKAIwQYCAgIB4RgRAIBIgEikCNDcCJCASQYGAgIB4NgIgDAELIBIgEigCODYCKCASIBIpAjAi\
OjcDICA6p0GBgICAeEcNAgsgEkEIaiEFQQAhAQJ/IBJBIGoiACgCAEGBgICAeEYEQCAAKAIIIQEg\
ACgCBAwBCyAAEN4CQQALIQAgBSABNgIEIAUgADYCACASKAIIIQYgEigCDCEFAkAgEkEYaiIAKAIA\
IgEEQCAAKAIEIQAMAQsgAEEEahDVAgsgEiAANgIEIBIgATYCACASKAIAIgEgBiABGyIAQQEgABsg\
EigCBCAFIAEbQQAgABsQoQMACyASQYCAgIB4NgIgCyASIBIoAig2AjggEiASKQMgNwMwIBJBMGoh\
DCMAQdAAayIYJAAgGCAGNgIIIBhBDGoiASAYQQhqEJ8DEFoCQCAYKAIMQQJHBEAgARDeASEBIABB\
gICAgHg2AgAgACABNgIEIAwQ3gIMAQsjAEEQayIHJAAgB0EEaiAYQQhqIg0QnwMiBRD5ASAHKAII\
IA0QnwMhCCMAQRBrIgokACANEJ8DIQYgCiAINgIMIAogBjYCCCAGIAhHBEAjAEEQayIAJAAgACAK\
QQxqNgIMIAAgCkEIajYCCCMAQUBqIgEkACABQcyowQA2AgQgASAAQQhqNgIAIAFBzKjBADYCDCAB\
IABBDGo2AgggAUGwusEAKAIANgIUIAFBpLrBACgCADYCECABIAFBCGqtQoCAgICwD4Q3AzAgASAB\
rUKAgICAsA+ENwMoIAEgAUEQaq1CgICAgNAPhDcDIEHFiMAAIAFBIGpB5JvBABDyAQALIAggDSgC\
ACUBEAEgCkEQaiQAIBhBKGoiASAFNgIIIAEgBykCBDcCACAHQRBqJAACQCAMKAIAQYCAgIB4RwRA\
IBggDCgCCCIGNgJIIBggDCkCADcDQCAYQQA2AhQgGEKAgICAwAA3AgwgGCgCRCEFIwBBIGsiCCQA\
IAhBCGoiAUGwt8AAQRUQlwEgCEEUaiAFIAYQlwEgGEEMaiIFIAEQygEgGEE0aiIBIAUoAgg2Aggg\
ASAFKQIANwIAIAhBIGokACAYQUBrEIoDDAELIBhBADYCPCAYQoCAgIDAADcCNAsgGEEoaiI4ISgg\
GEE0aiI5IQYjAEHwAGsiFyQAAkBBAEHIt8AAKAIAEQUAIgEEQCAXQQhqIAFBzLfAABCEAkGAgICA\
eCEuIBcoAgwhMgJ/AkAgFygCCCIBKAIAQYCAgIB4RwRAIBdBMGohEyAoKAIEIQwgKCgCCCEFIAFB\
DGohHyMAQZACayIEJAAgBEEQaiEaIAYoAghBGGwhDyAGKAIEIghBEGohBgJ/A0BBACAPRQ0BGgJA\
IAgoAghBFUYEQCAGQQxrKAIAIQdBFSENQbC3wAAhCkEVIRkDQCAZRSANRXIiAUUEQCAKLQAAIRAg\
By0AACELIA1BAWshDSAKQQFqIQogGUEBayEZIAdBAWohByALQSBBACALQcEAa0H/AXFBGkkbckH/\
AXEgEEEgQQAgEEHBAGtB/wFxQRpJG3JB/wFxRg0BCwsgAQ0BCyAIQRhqIQggD0EYayEPIAZBGGoh\
BgwBCwsgBkEEaigCACEIIAYoAgALIQEgGiAINgIEIBogATYCACAEQeAAaiAfKAIEIB8oAgggBCgC\
ECAEKAIUEC4CQCAEKAJgIgFBAkcEQCATIAQpAnQ3AhggEyAEKQJsNwIQIBMgBCkCZDcCCCATQQE2\
AgAgEyABNgIEDAELIARB4ABqIREjAEHwAWsiAiQAIAJBGGogDCAFECUgAigCICEGIAIoAhwhAQJA\
IAIoAhgiBUECRwRAIBEgAikCLDcCGCARIAIpAiQ3AhAgESAGNgIMIBEgATYCCCARIAU2AgQgEUGA\
gICAeDYCAAwBCyACQQA2AjQgAiAGNgIwIAIgATYCLCACIAY2AiggAiABNgIkIAJBADYCICACQoCA\
gIDAADcCGAJAAkACQAJAAkACQAJAAkADQCAGIB1GDQEgASAdai0AACIIQQlrIgVBF0tBASAFdEGT\
gIAEcUVyRQRAIAIgHUEBaiIdNgI0DAELCyAIQfsARw0AIAIgHUEBaiIINgI0IAJBADYCfCACQoCA\
gIDAADcCdCAGIAggBiAISxshBwNAIAcgCEYNAyABIAhqLQAAIg1BCWsiBUEXS0EBIAV0QZOAgARx\
RXINAiACIAhBAWoiCDYCNAwACwALIAJB1AFqIAJBGGoQOCACIAIpAtgBNwOQASACIAIpAuABNwOY\
AQJAIAIoAtQBIgFBAkcEQCACKQLoASE6IBEgAikDmAE3AhAgESACKQOQATcCCCARIDo3AhggESAB\
NgIEDAELIAIgAikDkAE3A1ggAiACKQOYATcDYCACQQhqIAJB2ABqIgEQxwIgAiACKQMINwLIASAC\
QQI2ApQBIAIgAkHIAWo2ApABIAJB4AFqQY2FwAAgAkGQAWoQqgIgAkEANgLUASARIAIpAtQBNwIE\
IBEgAikC3AE3AgwgESACKQLkATcCFCACQQE6AOwBIBEgAigC7AE2AhwgARDtAQsgEUGAgICAeDYC\
AAwGCyANQf0ARg0BCyACQeQBaiEgIAJBlQFqIRUgAkHZAWohDiACQaABaiEhIAJBmAFqIRkgAkHc\
AWohGiACQZQBaiEbIAJB2AFqIRwDQCACQdQBaiACQRhqQQEQISACIBwpAgA3A5ABIAIgHCgCCDYC\
mAEgAigC1AEiD0ECRwRAIAIgAigC7AE2AnAgAiACKQLkATcCaCACIAIpA5ABNwJcIAIgAigCmAE2\
AmQMAwsgAiACKQOQATcDgAEgAiACKAKYATYCiAEgAigCNCIFIAIoAjAiDSAFIA1LGyEIIAIoAiwh\
DwNAAkAgBSAIRgRAIAghBQwBCyAFIA9qLQAAQQlrIgdBF0tBASAHdEGTgIAEcUVyDQAgAiAFQQFq\
IgU2AjQMAQsLIAJBADYCtAEgAkKAgICAEDcCrAEgBSEIA0AgCCANIAggDUsbIQ0CQAJAA0ACQAJA\
AkACQAJAIAggDUYNACAIIA9qLQAAIgdBCWtBAkkNAwJAIAdBIGsOAwQBAwALIAdBDUYNAyAHQdsA\
RiAHQfsARnINAQsgAkHUAWogAkEYahAbIAIoAtQBIg9BAkYNAyAVIA4pAAA3AAAgFSAOKQAINwAI\
IBUgDikADzcADyACIAItANgBOgCUASACIA82ApABDAULIAJB1AFqIAJBGGogAigCtAFBAWoQkQEg\
AigC1AEiD0ECRwRAIBkgGikCADcCACAZIBopAgg3AgggGSAaKAIQNgIQIAIgAigC2AE2ApQBIAIg\
DzYCkAEMBQsgAiACKAI0QQFqIgg2AjRB/QBB3QAgB0H7AEYiCxshECACKAIwIQogAigCLCEMAkAC\
QANAIAggCk8NASAIIAxqLQAAIgdBCWsiDUEXS0EBIA10QZOAgARxRXJFBEAgAiAIQQFqIgg2AjQM\
AQsLIAcgEEYNAQsgAigCtAEiByACKAKsAUYEQCMAQRBrIgokACAKQQRqIAJBrAFqIgwoAgAiCCAM\
KAIEQQggCEEBdCIIIAhBCE0bIg0QeiAKKAIEQQFGBEAgCigCCCAKKAIMENECAAsgCigCCCEIIAwg\
DTYCACAMIAg2AgQgCkEQaiQACyACKAKwASAHaiAQOgAAIAIgB0EBajYCtAEgC0UNBiACQdQBaiAC\
QRhqQQAQISACIBwpAgA3A8gBIAIgHCgCCDYC0AEgAigC1AEiD0ECRwRAICEgICgCCDYCCCAhICAp\
AgA3AgAgGyACKALQATYCCCAbIAIpA8gBNwIADAYLIAIgAikDyAE3A7gBIAIgAigC0AE2AsABIAJB\
uAFqEIoDDAYLIAIgCEEBajYCNAwCCyACQdQBaiACQRhqQQAQDyACKALUASIPQQJGDQEgGyAcKQIQ\
NwIQIBsgHCkCCDcCCCAbIBwpAgA3AgAMAwsgAiAIQQFqIgg2AjQMAQsLIAIoAjQhCCACKAIsIQsg\
AigCMCEQIAIoArQBIQcgAigCsAEhCgNAQQIhDyAHRQ0BIAcgCmpBAWsiDEUNASAIIBAgCCAQSxsh\
DSAMLQAAIQwCQAJAAkADQCAIIA1GDQECQCAIIAtqLQAAIhZBCWtBAkkgFkENRnIgFkEgRnJFBEAg\
FkEsRw0BIAIgCEEBajYCNCAMQf0ARw0IIAJB1AFqIAJBGGpBABAhIAIgHCkCADcDyAEgAiAcKAII\
NgLQASACKALUASIPQQJGDQQgISAgKAIINgIIICEgICkCADcCACAbIAIoAtABNgIIIBsgAikDyAE3\
AgAMBwsgAiAIQQFqIgg2AjQMAQsLIAwgFkYNAgsgAkGQAWogAkEYakH3rMAAQYGtwAAgDEH9AEYb\
QQoQYiACKAKQASEPDAMLIAIgAikDyAE3A7gBIAIgAigC0AE2AsABIAJBuAFqEIoDDAMLIAIgB0EB\
ayIHNgK0ASACIAhBAWoiCDYCNAwACwALIAJBrAFqEIoDIA9BAkcEQCACIBspAhA3AmwgAiAbKQII\
NwJkIAIgGykCADcCXCACQYABahCKAwwFCyACKAI0IQggAigCfCINIAIoAnRGBEAgAkH0AGoQ0AEL\
IAIoAnggDUEUbGoiByACKAKIATYCCCAHIAIpA4ABNwIAIAcgCDYCECAHIAU2AgwgAiANQQFqNgJ8\
IAIoAjQiCCACKAIwIg0gCCANSxshByACKAIsIQUDQAJAAkAgByAIRwRAIAUgCGotAAAiDEEJa0EC\
SSAMQQ1GciAMQSBGcg0BIAxBLEYEQCACIAhBAWo2AjQMBwsgDEH9AEYNAgsgAkHYAGogAkEYakH3\
rMAAQQoQYiACKAJYIQ8MBwsgAiAIQQFqIgg2AjQMAQsLIAIgAikCdDcCXCACIAIoAnw2AmQgAiAI\
QQFqIgc2AjQMBQsgAigCLCEPIAIoAjQhCCACKAIwIQ0MAAsACwALIAIgAikCdDcCXCACIAIoAnw2\
AmQgAiAIQQFqIgc2AjQgASEFIAYhDQwBCyACQfQAahCPAyAPQQJHDQEgAigCLCEFIAIoAjAhDSAC\
KAI0IQcLIAIgAikCXDcDOCACIAIoAmQ2AkAgByANIAcgDUsbIQwgByEIA0ACQCAIIAxGDQAgBSAI\
ai0AAEEJayINQRdLQQEgDXRBk4CABHFFcg0AIAIgCEEBaiIINgI0DAELCyACQdQBaiACQRhqELMC\
IAIoAtQBIgVBAkcEQCARIAIpAugBNwIYIBEgAikC4AE3AhAgESACKQLYATcCCCARQYCAgIB4NgIA\
IBEgBTYCBCACQThqEI8DDAILAkAgAigCICIIRQRAQYCAgIB4IQgMAQsgAigCHCEFIAJB2ABqIAEg\
BhCXASAIQQJ0IQgDQCAIBEAgAkEQaiACQdgAaiAFKAIAIgEgAUEEakGgrMAAENQBIAIoAhAgAigC\
FEGwrMAAQQRBtKzAABCeAiAIQQRrIQggBUEEaiEFDAELCyACKAJYIQggAkGQAWogAigCXCIBIAIo\
AmAiBhAaIAIoApABRQ0AIAIgAikClAEiOjcC4AEgAiAGNgLcASACIAE2AtgBIAIgCDYC1AEgCEGA\
gICAeEYEQCABIQggBiEBIDqnIQYMAQsgAkHUAWoQigNBASEBQQAhCEEAIQYLIBEgAigCQDYCCCAR\
IAIpAzg3AgAgESAHNgIcIBEgHTYCGCARIAY2AhQgESABNgIQIBEgCDYCDCACQRhqEIsDDAILIBEg\
AikCaDcCFCARIAIoAnA2AhwgAiACKAJkIgE2AlAgAiACKQJcIjo3A0ggESABNgIQIBEgOjcCCCAR\
IA82AgQgEUGAgICAeDYCAAsgAkEYahCLAwsgAkHwAWokACAEIAQpAmQ3AzggBCAEKQJsNwNAIAQg\
BCkCdDcDSCAEIAQoAnw2AlAgBCgCYCIBQYCAgIB4RgRAIBMgBCgCUDYCHCATIAQpA0g3AhQgEyAE\
KQNANwIMIBMgBCkDODcCBCATQQE2AgAMAQsgBCAEKAJQNgI0IAQgBCkDSDcCLCAEIAQpA0A3AiQg\
BCAEKQM4NwIcIAQgATYCGCAEQeAAaiAEQRhqQbykwAAQMyAEIAQpAmQ3A5gBIAQgBCkCbDcDoAEg\
BCAEKQJ0NwOoASAEIAQoAnw2ArABAkAgBCgCYCIBQYCAgIB4RgRAIBMgBCgCsAE2AhwgEyAEKQOo\
ATcCFCATIAQpA6ABNwIMIBMgBCkDmAE3AgQgE0EBNgIADAELIAQgBCkDmAE3AjwgBCAEKQOgATcC\
RCAEIAQpA6gBNwJMIAQgBCgCsAE2AlQgBCAEKQKAATcCWCAEIAE2AjggBEGAgICAeDYCiAEgBCAE\
QRhqNgKUASAEQeAAaiAEQThqIB8gBEGIAWpB1KTAABAMIAQgBCkCaDcDuAEgBCAEKQJwNwPAASAE\
IAQpAng3A8gBIAQoAmQhAQJAIAQoAmBBAUYEQCATIAQpA8gBNwIYIBMgBCkDwAE3AhAgEyAEKQO4\
ATcCCCATIAE2AgQgE0EBNgIADAELIAFBgICAgHhHBEAgBCAEKQO4ASI6NwKcASAEIAQpA8gBNwKs\
ASAEIAQpA8ABNwKkASAEIAE2ApgBIDqnIg9BDGohCCAEKAKgASINQegAbCEBIARB5ABqIQwDQAJA\
An8CQAJAAkAgAQRAIAQgCCkCADcD2AEgBCAIQQhrIhkpAgA3A9ABIBlBgoCAgHg2AgAgCEEEayEH\
QQMgBCgC0AEiBkGAgICAeHMgBkEAThtBAmsOAgMCAQsgDUHoAGwhCCAfLQA9QQFxIREDQAJAIAgE\
QCAEQeAAaiElIAQoAjwhMyAEKAJAITRBACENIwBB8AFrIgMkAAJAAkACQCAPEKkDIiZBgfgBTwRA\
IA9BBGohIiAPKAIEQYCAgIB4RgRAIANBgAFqIQYjAEEgayIHJAACQAJAAkACQEEDICIoAgAiAUGA\
gICAeHMgAUEAThtBAWsOAwECAgALIAdBBGogIigCCCAiKAIMEGogBygCBCIFQQJHIActAAgiAUEF\
R3JFBEAgBiAHKAIUNgIIIAYgBykCDDcCAAwDCyAGQQA2AgggBkKAgICAwAA3AgAgBUECRwRAIAdB\
BGoQvQIMAwsgAUEFRg0CIAdBCGoQ7QEMAgsgBiAiQQRqEE0MAQsgBkEANgIIIAZCgICAgMAANwIA\
CyAHQSBqJAAgIhDwASAPQYGAgIB4NgIEIA8gAykCgAE3AgggDyADKAKIATYCECAPEKkDIiZBgfgB\
SQ0DCyARDQEgD0EIaiE1IA9BLGohIyADQYwBaiEbIANBzABqIScDQCMAQRBrIgYkACAGQQhqQQpB\
CSAPKAIAGxDGAiAGKAIMIQUgA0E4aiIBIAYoAgg2AgAgASAFNgIEIAZBEGokACADKAI8IRkgAygC\
OCEaQQAhKQJAIA8oAjQiCkUNACAPKAIwIApBDGxqIgFBDEYNACADQTBqQeClwABBCCABQQhrKAIA\
IAFBBGsoAgAQmwIgAygCMCIHRQ0AIAMoAjQiBkEFTwR/QeilwAAgByAGQQVrakEFEP4CBUEACyEF\
IANBKGoiASAGQQVrNgIEIAEgB0EAIAUbNgIAIAMoAigiB0UNAAJAAkACQCADKAIsIgYOAgMAAQsg\
By0AACIFQStrDgMCAQIBCyAHLQAAIQULIAcgBUH/AXFBK0YiAWohBQJAIAYgAWsiFEEJTwRAQQAh\
DQNAIBRFISkgFEUNAyANrUIKfiI6QiCIpw0CIANBIGogBS0AAEEKEOIBIAMoAiBBAUcNAiAFQQFq\
IQUgFEEBayEUIDqnIgEgAygCJGoiDSABTw0ACwwCC0EAIQ0DQCAURSEpIBRFDQIgA0EYaiAFLQAA\
QQoQ4gEgAygCGEEBRw0CIAVBAWohBSAUQQFrIRQgAygCHCANQQpsaiENDAALAAsLAkAgIigCAEGB\
gICAeEYEQCADIBogGRD/AjYCmAEgA0IENwKQASADQgA3AogBIANCgICAgMAANwKAAUEAIRQgA0EA\
OgDUASADQYABaiIVIDVBf0F/IANB1AFqEBkaIAMgAykCkAE3A1AgAyADKQKAATcDQCADIAMpAogB\
NwNIIAMgAygCmAE2AlggAyAKIClrIgw2AqABIANBgIh+Qb+IfiAKGyAmajYCnAEgAyADKAJUIhA2\
AogBIANBADYChAEgAyAnNgKAASADQaQBaiEKIwBBMGsiDiQAIA5BCGogFRCJAQJAIA4oAghBAUYE\
QCAOKAIMIQYgDkEEQQRBBBCyASAOKAIAIQUgDigCBCIBIAY2AgAgDkEBNgIcIA4gATYCGCAOIAU2\
AhQgDiAVKAIINgIoIA4gFSkCADcDICAOQRRqIQsgDkEgaiEFIwBBEGsiByQAA0ACQCAHQQhqIAUQ\
iQEgBygCCEEBRw0AIAcoAgwhASALKAIIIgYgCygCAEYEQCALQQEQuAILIAsoAgQgBkECdGogATYC\
ACALIAZBAWo2AggMAQsLIAdBEGokACAKIA4oAhw2AgggCiAOKQIUNwIADAELIApBADYCCCAKQoCA\
gIDAADcCAAsgDkEwaiQAIAMoAqgBIQYgAygCrAEhBSADICc2AoABIAYgBSAVQfCowAAQFiADKAKk\
ASEBIAMgBiAFQQJ0ajYCjAEgAyABNgKIASADIAY2AoQBIAMgBjYCgAEgA0GwAWohDkEAIQYgFSgC\
ACEKIBUoAgghByAVKAIMIBUoAgQiBWtBAnYiASELA0AgCwRAIAYgCmogBSAGaigCADYCACALQQFr\
IQsgBkEEaiEGDAELCyMAQRBrIgUkACAVQQA2AgggFUEENgIAIAVCgICAgMAANwIIIAVBCGoQiwMg\
FUEENgIMIBVBBDYCBCAFQRBqJAAgDiABNgIIIA4gCjYCBCAOIAc2AgAgFRC1AiADKAK0ASEHIAMo\
ArgBIQEjAEEQayIKJAAgCiAnNgIIIAogCkEIajYCDEEAIQUCQCABRQ0AA38gAUEBTQR/IApBDGog\
ByAFQQJ0ahDOAkH/AXEiAUUNAiAFIAFB/wFGagUgBSABQQF2IgYgBWoiBSAKQQxqIAcgBUECdGoQ\
zgJB/wFxQQFGGyEFIAEgBmshAQwBCwshBQsgCkEQaiQAIAUhASADKAJQIgUhB0EAIQsgByAFIBBB\
FGxqIgZHBEAgB0EIaiEFIAYgB2tBFG4hBgNAQQAgBSgCAEEAIAVBBGsoAgBBf0YbIAVBCGotAAAb\
IAtqIQsgBUEUaiEFIAZBAWsiBg0ACwsgA0G8AWpBACAQEGEgAyAnNgLIASADIANBQGs2AswBIAMg\
JzYC0AEgAyADQcwBajYC4AEgAyADQcgBajYC3AEgAyADQdABajYC2AEgAyAONgLUASADQQA2AuwB\
IANCgICAgMAANwLkAQNAAkAgFEECdCEFAkACQANAIAMoArgBIBRNDQMCQCADQcgBaiADKALAASIK\
IAMoAsQBIgcgAygCtAEgBWooAgAiDhDJAUUEQCADIANBoAFqNgKMASADIANBzAFqNgKIASADIANB\
nAFqNgKEASADIANB0AFqNgKAASABIBRNBEAgA0GAAWogDhCxAkUNBCADQRBqIANB1AFqIAogByAU\
IAMoArgBIAMoApwBIAMoAqABED8gAygCFCEHIANB5AFqIgogAygCECIBELgCIAooAgQgCigCCCIF\
QQJ0aiEGA0AgAUEBcQRAIAYgBzYCACAGQQRqIQYgBUEBaiEFQQAhAQwBCwsgCiAFNgIIDAULIAMo\
ArgBIAFLBH8gA0GAAWogAygCtAEgAUECdGooAgAQsQIFQQALIANBgAFqIA4QsQJyRQ0BIANBCGog\
A0HUAWoiBiAKIAcgFCABIAMoApwBIAMoAqABED8gAygCDCEFIAMoAgghECADIAYgCiAHIAEgAygC\
uAEgAygCnAEgAygCoAEQPyADKAIEIQogAygCAAJ/IBBBAUYEQCADQdABaiAFEPECDAELQX8gAygC\
nAEiBiAGIAtLGwshBkEBRgR/IAogBSADQdABaiAKEPECIgVBgICAgAJJIAVBA3QgBklxIgYbIQVB\
ASAQIAYbBSAQC0EBRw0BIANB5AFqIAUQgAIMBAsgA0G8AWogDkGYqcAAELICQQE6AAAgBUEEaiEF\
IBRBAWohFAwBCwsgCyADQdABaiAOEPECayIFQQAgBSALTRshCwsgAyADKAKcASADQcwBaiADKAKg\
ASAOENwBaiADQdABaiAOEPECazYCnAEgAyADKAKgAUEBajYCoAEgA0G8AWogDkGIqcAAELICQQE6\
AAAgA0HkAWogDhCAAiAUQQFqIRQMAgsLCyADIAMoAuwBNgJoIAMgAykC5AE3A2AgA0G8AWoiHBCK\
AyADQbABahCLAyADIBk2ApQBIAMgGjYCkAEgA0EeIAxrIgFBACABQR5NGzYCiAEgAyADKAJkIhQg\
AygCaCI2QQJ0IgVqNgKEASADIBQ2AoABIAMgA0FAazYCjAEgA0HwAGohNyMAQSBrIh4kACAeQQhq\
IANBgAFqIgwoAggiBgR/IAYgDCgCBCAMKAIAa0ECdiIBIAEgBksbBUEAC0EEQQwQsgEgHkEANgIc\
IB4gHikDCDcCFCMAQRBrIiokACAeQRRqIgcgDCgCCCIGBH8gBiAMKAIEIAwoAgBrQQJ2IgEgASAG\
SxsFQQALELkCIAcpAgQhOiAqIAdBCGo2AgQgKiA6QiCJNwIIQQAhKyMAQfAAayIJJAAgDCgCBCAM\
KAIAIh1rQQJ2IgYgDCgCCCIBIAEgBksbIR8gDCgCDCIvQQxqISAgKkEEaiIBKAIIISEgASgCBCEs\
IAEoAgAhFiAMKAIUIRUgDCgCECEOAkACQANAIB8gK0cEQCAgIB0gK0ECdGooAgBBsKfAABCgAigC\
ACEMIAlBADYCOCAJQoCAgIDAADcCMCAMIQEDQAJAIAFBf0YEQCAJQeAAaiIHIAkoAjQiASAJKAI4\
IgJBAXYiJCAkQfySwQAQ5QEgCSgCZCEwIAkoAmAhBiAHIAEgAkEDdGogJEEDdCIBayAkICRBjJPB\
ABDlASArQQFqISsgCSgCYCABakEIayELQQAhASAJKAJkIhkgJEEBa0shGgNAIAEgJEYNAiABIDBG\
DQYgGgRAIAYhByALIQpBAiExA0AgMQRAIAcoAAAhECAHIAooAAA2AAAgCiAQNgAAIDFBAWshMSAK\
QQRqIQogB0EEaiEHDAELCyAGQQhqIQYgC0EIayELIAFBAWohAQwBCwsgAUF/cyACQQF2aiAZQayT\
wQAQswEACyAvIAFBxKfAABChAikCACE6IAkoAjgiBiAJKAIwRgRAIAlBMGoQzQELIAkoAjQgBkED\
dGogOjcCACAJIAZBAWo2AjggLyABQdSnwAAQoQIoAgghAQwBCwtBDBCHAyIBRQRAQQRBDBCkAwAL\
IAEgFTYCCCABIA42AgQgAUGAgICAeDYCACAJQQE2AkQgCSABNgJAIAlBATYCPCAJKAI4IQYgCSgC\
NCEBIAkgCSgCMDYCaCAJIAE2AmQgCSABNgJgIAkgASAGQQN0IgZqNgJsAkADQAJAAkACQCAGBEAg\
CSABQQhqIgc2AmQgASgCBCEQIAEoAgAiCw0BIAkgEDYCICAJQQE2AkwgCSAJQSBqNgJIIAlB1ABq\
IgFBx57AACAJQcgAahCqAiAJQTxqIAEQ2QEMAgsgCUHgAGoQrwIgLyAMEJYCQeUASQ0CQQAhBiAJ\
QQA2AlAgCUKAgICAEDcCSCAJKAJAIgsgCSgCREEMbGohBwNAAkAgByALRg0AIAlBGGogCxCiAyAJ\
IAkoAhgiASAJKAIcajYCZCAJIAE2AmAgC0EMaiELA0AgCUHgAGoQ9AEiAUGAgMQARg0CIAEQ+gEg\
BmoiBkEySw0BIAlByABqIAEQowEMAAsACwtBACELIAlBADYCXCAJQoCAgIDAADcCVCAJKAJAIgcg\
CSgCREEMbGohAQNAAkAgASAHRg0AIAlBEGogAUEMayIBEKIDIAkgCSgCECIGIAkoAhRqNgJkIAkg\
BjYCYANAIAlBCGogCUHgAGoQSyAJKAIIQQFHDQIgCSgCDCIMQYCAxABGDQIgDBD6ASALaiILQS9L\
DQEgCSgCXCIGIAkoAlRGBEAgCUHUAGoQzgELIAkoAlggBkECdGogDDYCACAJIAZBAWo2AlwMAAsA\
CwsgCUHIAGoiCkHAp8AAQQMQ2gEgCSAJKAJUNgJoIAkgCSgCWCIBNgJkIAkgATYCYCAJIAEgCSgC\
XEECdGo2AmwjAEEQayILJAAgCUHgAGoiASgCACEMIAEoAgghByAKIAEoAgwiBiABKAIEIgFrQQJ2\
ELcCIAsgBjYCDCALIAc2AgggCyABNgIEIAsgDDYCACMAQRBrIgYkACAGIAspAgA3AwAgBiALKQII\
NwMIIAYoAgQhASAGKAIMIQcDQCABIAdHBEAgCiAHQQRrIgcoAgAQowEMAQsLIAYgBzYCDCAGELUC\
IAZBEGokACALQRBqJAAgCSAJKQJINwMgIAkgCSgCUDYCKAwECyAJQQE2AlwgCUHDp8AANgJYIAlB\
gICAgHg2AlQgCUE8aiIKIAlB1ABqIgEQ2QEgCSAQNgJcIAkgCzYCWCAJQYCAgIB4NgJUIAogARDZ\
AQsgBkEIayEGIAchAQwBCwsgCUEgaiAJKAJAIAkoAkRBAUEAEBILIAlBPGoiBygCCCEBIAcoAgQh\
BgNAIAEEQCABQQFrIQEgBhDeAiAGQQxqIQYMAQsLIAcQiAMgISAsQQxsaiIBIAkoAig2AgggASAJ\
KQMgNwIAICxBAWohLAwBCwsgFiAsNgIAIAlB8ABqJAAMAQsgMCAwQZyTwQAQswEACyAqQRBqJAAg\
NyAeKAIcNgIIIDcgHikCFDcCACAeQSBqJAAgHEEAIAMoAlQQYQNAIAUEQCADQbwBaiAUKAIAQdSq\
wAAQsgJBAToAACAFQQRrIQUgFEEEaiEUDAELCyADKAJQIgwgAygCVEEUbGohByMAQSBrIhAkACAQ\
QQhqIAcgDGtBFG4iFEEEQQQQsgEgEEEANgIcIBAgECkDCDcCFCMAQRBrIgokACAQQRRqIgEgFBC4\
AiABKQIEITogCiABQQhqNgIEIAogOkIgiTcCCCAKQQRqIgUoAgQhCyAFKAIAIAcgDEcEQCAMQQxq\
IQEgBSgCCCALQQJ0aiEFIAsgFGohCwNAIAUgASgCADYCACABQRRqIQEgBUEEaiEFIBRBAWsiFA0A\
CwsgCzYCACAKQRBqJAAgA0HkAWoiASAQKAIcNgIIIAEgECkCFDcCACAQQSBqJAAgAyADKAJYNgKY\
ASADIAMpA1A3A5ABIAMgAykDSDcDiAEgAyADKQNANwOAASADQYABahCMAyAbEI0DQQAhBSADQQA2\
ArABIDUgAygCwAEgAygCxAEgAygC6AEgAygC7AEgA0GwAWoQ2wEgNiADKAJ4IgZrIQwgKQRAAkAg\
DygCNCIBRQRAIANBgICAgHg2AoABDAELIA8gAUEBayIBNgI0IAMgDygCMCABQQxsaiIBKQIANwOA\
ASADIAEoAgg2AogBCyADQYABahDeAiANIQULIAMoAnQhASADIAMoAnA2AogBIAMgATYCgAEgAyAB\
NgKEASADIAEgBkEMbGo2AowBICMgA0GAAWoiECgCDCIHIBAoAgQiC2siCkEMbiIGELkCICMoAggh\
ASAHIAtHBEAgCgRAICMoAgQgAUEMbGogCyAK/AoAAAsgIygCCCEBCyAQIAs2AgwgIyABIAZqNgII\
IBAQqQEgAyAFIAxqIgE2AnwgAQRAIANBAjYClAEgA0HMqsAANgKQASADQQE2AowBIANBAjYChAEg\
A0HEqsAANgKAASADIANB/ABqNgKIASADQdQBaiIBQYCAwAAgEBCqAiAjIAEQ2QELIANB5AFqEIsD\
IANBvAFqEIoDIANB4ABqEIsDIDYNAQsgJSAPIDMgNCAmQe6lwABB+QAQUAwFCyAPEKkDIiZBgPgB\
Sw0ACyAlQQI2AgAMAwsgJUECNgIADAILIANBAjYCRCADQfimwAA2AkAgA0GAAWoiAUHVncAAIANB\
QGsQqgIgJSAPIDMgNCAmIAMoAoQBIAMoAogBEFAgARCKAwwBCyAlQQI2AgALIANB8AFqJAAgBCgC\
YCIBQQJGDQEgEyAEKQJ0NwIYIBMgBCkCbDcCECATIAQpAmQ3AgggE0EBNgIAIBMgATYCBCAEQZgB\
ahDIAgwKCyATIAQoArABNgIcIBMgBCkCqAE3AhQgEyAEKQKgATcCDCATIAQpApgBNwIEIBNBADYC\
ACAEQYgBahDiAiAEQThqEIoDDAoLIAhB6ABrIQggD0HoAGohDwwACwALIAQpA9gBITogBCgC1AEh\
BSAZEPABIAcgBTYCACAZIAY2AgAgCCA6NwIADAMLIAQtANwBIQUgBCAEKALYATYC6AEgBCAEKQPQ\
ATcD4AECQAJAAkAgBCgCiAFBgICAgHhHBEAgBUEBcUUNAiAEQYgBakHAqMAAQQgQdyIFRQ0BIAUt\
AABBBUcNASAEQeAAaiAEKALkASAEKALoASAFQQRqENUBIAQoAmBBgICAgHhGDQEgBCAEKAJoNgL4\
ASAEIAQpAmA3A/ABDAMLAkACQCAFQQFxBEAgBEHgAGogBEEYakHAqMAAQQgQPSAELQBgIgVBBUYN\
ASAEQQA2AvgBIARCgICAgMAANwPwAQwCCyAEKALkASEGIAQoAugBIQUjAEEQayIVJAAgFSAEQRhq\
NgIAIBUgBjYCBCAVIAYgBUEDdGo2AgggFSAVNgIMIwBBIGsiGiQAIBogFUEEaiIFKAIINgIYIBog\
BSkCADcDECAaQQRqIRAjAEFAaiIWJAAgFkEUaiAaQRBqIgYQjwECQCAWKAIUQYCAgIB4RwRAIBZB\
BEEEQRwQsgEgFigCACEFIBYoAgQiCiAWKQIUNwIAIAogFigCLDYCGCAKIBYpAiQ3AhAgCiAWKQIc\
NwIIIBZBATYCECAWIAo2AgwgFiAFNgIIIBYgBigCCDYCOCAWIAYpAgA3AzAgFkEIaiELIBZBMGoh\
BSMAQSBrIg4kAANAAkAgDkEEaiAFEI8BIA4oAgRBgICAgHhGDQAgCygCCCIGIAsoAgBGBEAgCxC7\
AgsgCygCBCAGQRxsaiIKIA4oAhw2AhggCiAOKQIUNwIQIAogDikCDDcCCCAKIA4pAgQ3AgAgCyAG\
QQFqNgIIDAELCyAOQSBqJAAgECAWKAIQNgIIIBAgFikCCDcCAAwBCyAQQQA2AgggEEKAgICAwAA3\
AgALIBZBQGskACAEQfABaiAQEBAgGkEgaiQAIBVBEGokAAwECyAEIAwoAgg2AogCIAQgDCkCADcD\
gAIgBEHwAWogBCgC5AEgBCgC6AEgBEGAAmoiBRDVASAFEJMDIAQtAGAhBQsgBUH/AXFBBU8NAiAE\
QeAAahDtAQwCCyAEQQA2AvgBIARCgICAgMAANwPwAQwBCyAEQfABaiAEKALkASAEKALoASAEQYgB\
ahDVAQsgBCkC9AEhOiAEKALwASEFIARB4AFqEIkDQYGAgIB4DAELIARBCGogBEEYahC2AQJAIAQo\
AgxBgPgBSwRAIAQoAogBIgVBgICAgHhHDQELIAQgBEEYahC2ASAEQeAAaiAEKAIAIAQoAgQQlwEg\
BCkCZCE6IAQoAmAhBUGAgICAeAwBCyAEQYCAgIB4NgKIASAEKQKMASE6QYGAgIB4CyEGIBkQ8AEg\
ByAFNgIAIBkgBjYCACAIIDo3AgAgBCgC0AFBAE4NACAEQdABahDwAQsgAUHoAGshASAIQegAaiEI\
DAALAAtB5KTAAEGXAUGwpcAAEPIBAAsgBEGIAWoQ4gIgBEE4ahCKAwsgBEEYahD2AgsgBEGQAmok\
ACAXQTRqIQ0gFygCMEUEQCAXIA0oAhg2AmggFyANKQIQNwNgIBcgDSkCCDcDWCAXIA0pAgA3A1Aj\
AEEgayIIJAAjAEEwayIHJAAgDSgCBCIBIgUgASANKAIIQegAbGoiAUcEQCAFQRBqIQYgASAFa0Ho\
AG4hBQNAQYAIIQEgBkEMaygCAEGAgICAeEYEQCAGKAIAQYAEaiEBCyAGQegAaiEGIAEgLWohLSAF\
QQFrIgUNAAsLIAdBBGoiASAtQUBrEPkBIAdBgAI7ASwgB0EANgIoIAdCADcDECAHQQA2AhggByAB\
NgIkIA0gB0EQakHwuMAAEFEgCEEIaiIBIAcoAiA2AhQgASAHKQMYNwIMIAEgBykCBDcCACABIAco\
Agw2AgggB0EwaiQAIBdBFGoiASAIKAIQNgIIIAEgCCkCCDcCACAIQSBqJAAgF0HQAGoQyAIMAgsg\
FyANKAIYNgIoIBcgDSkCEDcDICAXIA0pAgg3AxggFyANKQIAIjo3AxAgOqdBAkYNASAXQRBqEN4B\
DAILIBdBMGoiAUHct8AAQRQQyQIgARBIDAELIBcoAhwhKCAXKAIUIS4gFygCGAshASAyIDIoAgBB\
AWs2AgAgLkGBgICAeEcNAQsQkwIACyAAICg2AgggACABNgIEIAAgLjYCACAXQfAAaiQAIDkQkgMg\
OBCKAwsgGEEIahDVAiAYQdAAaiQAIBJBQGskAAvcAQEGfyAAIAEoAgwgAygCDCACKAIIIgVBGncg\
BUEVd3MgBUEHd3NqaiABKAIIIgcgAigCDCIIcyAFcSAHc2oiBCABKAIEaiIGNgIMIAAgBCACKAIA\
IgQgASgCACIJIAIoAgQiAnNxIAIgCXFzIARBHncgBEETd3MgBEEKd3NqaiIBNgIEIAAgCSAHIAMo\
AghqIAggBiAFIAhzcXNqIAZBGncgBkEVd3MgBkEHd3NqIgNqNgIIIAAgAUEedyABQRN3cyABQQp3\
cyABIAIgBHNxIAIgBHFzaiADajYCAAvvBQEJfyMAQUBqIgMkAAJAAkAgASgCACIEKAIAQYCAgIB4\
RgRAIANBgICAgHg2AhAgASgCBCEFDAELIANBEGogBBCrASABKAIEIQUgBCgCAEGAgICAeEYNACAD\
QYCAgIB4NgIcDAELIwBBIGsiBCQAIARBBGoiBiAFKAIEIAUoAggQgwEgBEEDNgIcIARBAjYCFCAE\
QfCqwAA2AhAgBCAGNgIYIANBHGpB0oPAACAEQRBqEKoCIAYQigMgBEEgaiQACyADQQhqIAIQ9gEg\
A0EoaiEEIAMoAgghBiADKAIMIQcjAEFAaiICJAACQCAFKAIUIggEQCAFKAIEIgkgCSAFKAIIIgpq\
ELwCQdQAIAhrSwRAIAJBBGoiCyAJIAoQgwEgAiAHNgI8IAIgBjYCOCACQQE2AjQgAkHsqsAANgIw\
IAIgAikCCDcCKCACQQI2AiQgAkHqqsAANgIgIAIgCDYCHCACQQY2AhQgAkHkqsAANgIQIAIgBSgC\
EDYCGCAEIAJBEGpBBhCNASALEIoDDAILIAIgBzYCPCACIAY2AjggAkEBNgI0IAJB7KrAADYCMCAC\
IAo2AiwgAiAJNgIoIAJBATYCJCACQeyqwAA2AiAgAiAINgIcIAJBBjYCFCACQeSqwAA2AhAgAiAF\
KAIQNgIYIAQgAkEQakEGEI0BDAELIAIgBzYCLCACIAY2AiggAkEBNgIkIAJB7KrAADYCICACQQY2\
AhQgAkHkqsAANgIQIAIgBSkCBDcCGCAEIAJBEGpBBBCNAQsgAkFAayQAAkAgASgCCCIBKAIAQYCA\
gIB4RwRAIANBNGogARCrAQwBCyADQYCAgIB4NgI0CyAAIAMoAhg2AiAgACADKQIQNwIYIAAgAykC\
HDcCJCAAIAMoAiQ2AiwgACADKQIoNwIAIAAgAygCMDYCCCAAIAMpAjQ3AjAgACADKAI8NgI4IABB\
gICAgHg2AjwgAEEANgIUIABCgICAgMAANwIMIANBQGskAAvyAQEGfyMAQRBrIgYkAAJAAkACQAJA\
IAEtAABBBGsOAgEAAgsgACABQQRqIAIgAyAEEBkhBQwCCyABKAIMIgVBBHQhCCAFIAVBAEdrQQJq\
IQUgASgCCCEBA0AgCEUNAgJ/IAEtAABBBnFBBEcEQCABEI0CDAELIAAoAgghCSAAIAIQlgIhCiAG\
IAc2AgQgBkEANgIAIAYgAjYCCCAGIAcQnAIgCmpBAmo2AgwgACAGEN0BIAAgASAJIAMgBBBECyEJ\
IAFBEGohASAHQQFqIQcgCEEQayEIIAUgCWohBQwACwALIAEQjQIhBQsgBkEQaiQAIAUL6gEBBH8j\
AEEQayIFJAAgAiADIAIgA0kbIgYhAwJAAkACQANAIANFDQEgA0EBayIDIAFqLQAAQQpHDQALIANB\
AWohBwwBC0EAIQIgBkUNAQtBACECIAEhAyAGIQQDQCACIAMtAABBCkZqIQIgA0EBaiEDIARBAWsi\
BA0ACwsgBUEIaiAHIAEgBkHwr8AAEIcCAkAgBSgCDCIBRQRAQQAhBAwBCyAFKAIIIQNBACEEA0Ag\
BCADLAAAQb9/SmohBCADQQFqIQMgAUEBayIBDQALCyAAIARBAWo2AgQgACACQQFqNgIAIAVBEGok\
AAvcAQECfyMAQRBrIgMkACAAKAIAIQACfwJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBxDQEgACAB\
EDkMAgsgACgCACECQQAhAANAIAAgA2pBD2ogAkEPcS0AvKhBOgAAIABBAWshACACQQR2IgINAAsg\
AUHaucEAQQIgACADakEQakEAIABrEBcMAQsgACgCACECQQAhAANAIAAgA2pBD2ogAkEPcS0A3LlB\
OgAAIABBAWshACACQQR2IgINAAsgAUHaucEAQQIgACADakEQakEAIABrEBcLIANBEGokAAuPAgED\
fwJAAkACQAJAAkACQCACLQAAQQFrDgUEAQIFAwALIABB3K7AAEEEIAEoAgwRAQAPCyAAIAIoAggg\
AigCDCABKAIQEQEADwsgACABIAIoAgggAigCDBAoDwsgACABIAJBBGogAxAyDwsgASgCDCEBIAIt\
AAFFBEAgAEHXrsAAQQUgAREBAA8LIABB067AAEEEIAERAQAPCyAAQcSywABBASABKAIMIgYRAQAg\
AigCDEEEdCEEIAIoAgghAgNAAkAgBARAIAVFDQEgAEHGssAAQQEgBhEBAAwBCyAAQcWywABBASAG\
EQEADwsgACABIAIgAxBHIAVBAWshBSAEQRBrIQQgAkEQaiECDAALAAv6AQEHfyMAQSBrIgEkACAB\
IAAoAhAgACgCFBCgAyIGNgIMIAEgAC0AGEECdCICKAKYm0E2AgQgASACKAKkm0E2AgAgAUEMaiIF\
KAIAJQEgASgCACABKAIEEAMgACgCAEEBRgRAIAAoAgghByAAKAIEIQIgAUH6tsAAQQQQ3AI2Ahgg\
ASACuBCuAzYCHCABQRBqIgIgBSABQRhqIgMgAUEcaiIEEJoBIAIQ1AIgBBDVAiADENUCIAFB/rbA\
AEEGENwCNgIYIAEgB7gQrgM2AhwgAiAFIAMgBBCaASACENQCIAQQ1QIgAxDVAgsgAEEMahCKAyAB\
QSBqJAAgBgvTAQEHfyMAQRBrIgckAANAAkAgAyAFTQRAIAdBCGogBCAAIAFBtIfBABCHAiAHKAIM\
IQQgBygCCCEFA0AgBEUhBiAERQ0CIARBAWshBCAFLQAAIAVBAWohBUEqRg0ACwwBCwJAAkAgASAE\
TQ0AIAAgBGotAAAiCUEqRgRAIAUhBiAEIQpBASEIDAILIAkgAiAFai0AAEcNACAFQQFqIQUMAQsg\
CEUEQEEAIQYMAgtBASEIIAZBAWoiBiEFIAohBAsgBEEBaiEEDAELCyAHQRBqJAAgBgvpAQIDfwF+\
IwBBIGsiBSQAQQEhB0EEIQYCQAJAIAStIAKtfiIIQiCIpw0AIAinIgJBgICAgHggA2tLDQAgBUEU\
aiABIAMgBBDTAQJ/IAUoAhgEQCAFKAIcIgFFBEAgBUEIaiADIAJBABCFAiAFKAIIIQQgBSgCDAwC\
CyAFKAIUIAEgAyACEBQhBCACDAELIAUgAyACQQAQhQIgBSgCACEEIAUoAgQLIARFBEAgACADNgIE\
QQghBgwCCyAAIAQ2AgRBACEHQQghBiECDAELQQAhAgsgACAGaiACNgIAIAAgBzYCACAFQSBqJAAL\
vwEBA38gASgCBCIEIAEoAgBGBH9BAAUgASAEQQFrIgI2AgQgAiwAACICQQBIBEAgASAEQQJrIgM2\
AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBH3EMAQsgASAEQQNrIgM2AgQgAkE/cQJ/IAMtAAAi\
A8AiAkFATgRAIANBD3EMAQsgASAEQQRrIgE2AgQgAkE/cSABLQAAQQdxQQZ0cgtBBnRyC0EGdHIh\
AgtBAQshASAAIAI2AgQgACABNgIAC8cBAQV/AkAgASgCACICIAEoAgRGBEAMAQtBASEGIAEgAkEB\
ajYCACACLQAAIgPAQQBODQAgASACQQJqNgIAIAItAAFBP3EhBCADQR9xIQUgA0HfAU0EQCAFQQZ0\
IARyIQMMAQsgASACQQNqNgIAIAItAAJBP3EgBEEGdHIhBCADQfABSQRAIAQgBUEMdHIhAwwBCyAB\
IAJBBGo2AgAgBUESdEGAgPAAcSACLQADQT9xIARBBnRyciEDCyAAIAM2AgQgACAGNgIAC8wBAQl/\
IwBBMGsiAiQAIAEoAgQhAyACQQhqIAEoAggiBkEEQRwQsgEgBkEcbCEIIAJBIGohCUEAIQEgAigC\
DCEHIAIoAggiCiEEA0AgBEUgASAIRnJFBEAgAkEUaiADEKsBIAkgA0EMahB0IAEgB2oiBSACKAIs\
NgIYIAUgAikCJDcCECAFIAIpAhw3AgggBSACKQIUNwIAIAFBHGohASAEQQFrIQQgA0EcaiEDDAEL\
CyAAIAY2AgggACAHNgIEIAAgCjYCACACQTBqJAALyQIBCH8jAEEwayIDJAAgAyABNgIYIAMgATYC\
ECADIAI2AhQgAyABIAJqNgIcIANBADYCICMAQRBrIgIkACADQRBqIgRBCGohByADQSRqIgUCfwNA\
IAQoAgghCCAEKAIMIQkgAkEIaiAHEIQBQQAgAigCDCIKQYCAxABGDQEaIAIoAgghBiAKEGkNAAsg\
BSAGNgIEIAUgBCgCCCAJIAhrIAZqaiAEKAIMazYCCEEBCzYCACACQRBqJAAgAygCLEEAIAMoAiQi\
BBshAiADKAIoIQUgA0EYaiEGAkADQCADKAIYIQcgAygCHCEIIANBCGogBhCkASADKAIMIglBgIDE\
AEYNASADKAIIIQogCRBpDQALIAMoAhggCCAHayAKamogAygCHGshAgsgACACIAVBACAEGyICazYC\
BCAAIAEgAmo2AgAgA0EwaiQAC8ABAQV/IwBBEGsiBCQAAkAgAS0AJQRADAELIAEoAgQhAiAEQQRq\
IAEQMSAEKAIEQQFGBEAgASgCHCEDIAEgBCgCDDYCHCACIANqIQIgBCgCCCADayEFDAELQQAhAiAB\
LQAlDQAgAUEBOgAlAkAgAS0AJEEBRgRAIAEoAiAhBiABKAIcIQMMAQsgASgCICIGIAEoAhwiA0YN\
AQsgBiADayEFIAEoAgQgA2ohAgsgACAFNgIEIAAgAjYCACAEQRBqJAAL1wEBAX8jAEHgAGsiByQA\
IAcgBjYCGCAHIAU2AhQgByAENgIQIAdBCGogASgCABD2ASAHIAcpAwg3AhwgB0EkaiIBIAIgAxBn\
IAdBAjYCXCAHQQE2AlQgB0HAqsAANgJQIAdBATYCTCAHQbyqwAA2AkggB0EBNgJEIAdBAzYCPCAH\
QQI2AjQgByAHQRRqNgJYIAcgB0EQajYCQCAHIAE2AjggByAHQRxqNgIwIABBDGpBhIDAACAHQTBq\
EKoCIAEQigMgAEEANgIAIABBAToAGCAHQeAAaiQAC9wBAQR/IAEgAigCDCIGEQIAIAFBACACKAIc\
IgQRAAAgASACKAIUEQIAIAAoAghB6ABsIQMgACgCBCEFA0AgAwRAIAUgASACEBggA0HoAGshAyAF\
QegAaiEFDAELCyABIAIoAhgRAgACQCAAKAIMQYCAgIB4RgRAIAIoAhAhAwwBCyABQQEgBBEAACAB\
IAYRAgAgAUECIAQRAAAgASAALQAYQRlqIAIoAiARAAAgAUEDIAQRAAAgASAAKAIQIAAoAhQgAigC\
JBEBACABIAIoAhAiAxECAAsgASADEQIAC+gBAgJ/AX4jAEEwayICJAAgASgCAEGAgICAeEYEQCAB\
KAIMIQMgAkEANgIsIAJCgICAgBA3AiQgAkEkakHonMEAIAMoAgAiAygCACADKAIEEB8aIAIgAigC\
LCIDNgIgIAIgAikCJCIENwMYIAEgAzYCCCABIAQ3AgALIAEoAgghAyABQQA2AgggASkCACEEIAFC\
gICAgBA3AgAgAiADNgIQIAIgBDcDCEEMQQQQ0AIiAUUEQEEEQQwQpAMACyABIAIoAhA2AgggASAC\
KQMINwIAIABB9J7BADYCBCAAIAE2AgAgAkEwaiQAC8UBAQV/IwBBEGsiBCQAAkACQAJAAkACQAJA\
AkACQAJAIAEgAkEMbGoiASgCAEEBaw4GBwQAAwECBQtBAiEDQQEhBQwFC0EFIQNBBCEFDAQLQQQh\
BUEEIQMMBAtBASEDDAMLIARBBGogASgCBCABKAIIEJcBIAQoAgwhByAEKAIIIQUgBCgCBCEGQQMh\
AwwCCyAAQQY6AAAMAgsLIAAgBzYCDCAAIAU2AgggACAGNgIEIABBADoAASAAIAM6AAALIARBEGok\
AAvEAgEEfyMAQSBrIgMkACADIAI2AhAgAyABNgIMAkAgA0EMahD0ASIBQYCAxABHBEAgA0EDIAMo\
AhAiBCADKAIMIgVrIgJBAnYgAkEDcUEAR2oiAiACQQNNG0EBakEEQQQQsgEgAygCACECIAMoAgQi\
BiABNgIAIANBATYCHCADIAY2AhggAyACNgIUIANBFGohAiMAQRBrIgEkACABIAQ2AgwgASAFNgII\
A0AgAUEIahD0ASIFQYCAxABHBEAgAigCCCIEIAIoAgBGBEAgAiABKAIMIAEoAghrIgZBAnYgBkED\
cUEAR2pBAWoQuAILIAIoAgQgBEECdGogBTYCACACIARBAWo2AggMAQsLIAFBEGokACAAIAMoAhw2\
AgggACADKQIUNwIADAELIABBADYCCCAAQoCAgIDAADcCAAsgA0EgaiQAC9YBAQF/AkACQAJAAkBB\
AyAAKAIAIgJBgICAgHhzIAJBAE4bQQFrDgMAAQMCCyABQeSywAAgAEEEakEAEDIPCyABQZu6wABB\
BBCCAw8LIAEgACgCCCAAKAIMECQPCyABIAEoAgBBAWo2AgAgAUHAqMAAQQEgAC0ADCICG0EIQQAg\
AhsQggMgACgCCEEDdCECIAAoAgQhAANAIAIEQCABIAEoAgBBAWo2AgAgASAAKAIAIAAoAgQQggMg\
AkEIayECIABBCGohAAwBCwsgASABKAIAQQFqNgIAC7QBAQJ/IwBBEGsiBCQAIAQgAzYCDCAEIAI2\
AghBACECQYXDwAAhAwNAAkAgAkEKRg0AIAMtAAAgAUYNACADQQFqIQMgAkEFaiECDAELC0EAIQFB\
ACEDAkADQCADQShGDQEgA0GohsEAaiAEQQhqENMCRQRAIAFBAWshASADQQhqIQMMAQsLIAJBCkYN\
ACAAKAJkQfQASQ0AIAAoAmAoAHAgAiABa3ZBAXEhBQsgBEEQaiQAIAULrAEBA38jAEEQayIGJAAC\
QCAFRQ0AIAIgA2oiAiADSQ0AIAZBBGogASACIAEoAgBBAXQiAyACIANLGyICQQhBBEEBIAVBgQhJ\
GyAFQQFGGyIIIAIgCEsbIgIgBCAFEEogBigCBEEBRgRAIAYoAgwhCCAGKAIIIQcMAQsgBigCCCED\
IAEgAjYCACABIAM2AgRBgYCAgHghBwsgACAINgIEIAAgBzYCACAGQRBqJAALlQIBAn8jAEEgayIF\
JABB7LvBAEHsu8EAKAIAIgZBAWo2AgACQAJAAkACQAJ/QQAgBkEASA0AGkEBQdi7wQAtAAANABpB\
2LvBAEEBOgAAQdS7wQBB1LvBACgCAEEBajYCAEECC0H/AXEOAwMBAAELQeC7wQAoAgAiBkEASA0C\
QeC7wQAgBkEBajYCAEHku8EAKAIARQ0BIAVBCGogACABKAIUEQAAIAUgBDoAHSAFIAM6ABwgBSAC\
NgIYIAUgBSkDCDcCEEHku8EAKAIAIAVBEGpB6LvBACgCACgCFBEAAAwBCyAFIAAgASgCGBEAAAwB\
C0Hgu8EAQeC7wQAoAgBBAWs2AgBB2LvBAEEAOgAAIANFDQAACwALigEBBX8jAEEQayICJAAgAkEE\
akEgEPkBA0AgBEEQRwRAIAJBBGoiBSABIARqLQAAIgNBBHYiBkEwciAGQdcAaiADQaABSRsQowEg\
BSADQQ9xIgNBMHIgA0HXAGogA0EKSRsQowEgBEEBaiEEDAELCyAAIAIoAgw2AgggACACKQIENwIA\
IAJBEGokAAuwAQEBfyMAQUBqIgIkACACIAE2AggCQCABQYGAIE8EQCACQQA2AhAgAkEBNgIMIAJB\
ATYCPCACQZyswAA2AjggAkEBNgI0IAJBAjYCLCACIAJBCGo2AjAgAiACQQxqNgIoIAJBHGpBsJ/A\
ACACQShqEKoCIABBADYCACAAIAIpAhQ3AgQgACACKQIcNwIMIAAgAigCJDYCFCAAQQA6ABgMAQsg\
AEECNgIACyACQUBrJAAL0wEBBn8jAEEQayIDJAAgAiABKAIAIggvAYoBIgQgASgCCCIFQX9zaiIB\
OwGKASADIAhBBGoiBiAFQQxsaiIHKQIANwMAIAMgBygCCDYCCCABQQxPBEBBACABQQtBpJXBABA3\
AAsgBiAFQQFqIgdBDGxqIQYgAkEEaiECAkAgBCAHayIEIAFGBEAgBEEMbCIEBEAgAiAGIAT8CgAA\
CwwBC0HslMEAQShBlJXBABDaAgALIAggBTsBigEgACADKQMANwIAIAAgAygCCDYCCCADQRBqJAAL\
ogEBA38gAEGAAU8EQCAAQT9xQYB/ciEDIABBBnYhAiAAQYAQSQRAIAEgAzoAASABIAJBwAFyOgAA\
DwsgAEEMdiEEIAJBP3FBgH9yIQIgAEH//wNNBEAgASADOgACIAEgAjoAASABIARB4AFyOgAADwsg\
ASADOgADIAEgAjoAAiABIARBP3FBgH9yOgABIAEgAEESdkFwcjoAAA8LIAEgADoAAAu/AgEFfwJA\
IAAtAAAiAyABLQAARw0AQQEhAgJAAkACQAJAAkAgA0EBaw4FAAECAwQFCyAALQABIAEtAAFGIQIM\
BAsgAEEEaiABQQRqEJ8CIQIMAwsgAEEEaiABQQRqEJ8CIQIMAgtBACECIAAoAgwiAyABKAIMRw0B\
IAEoAgghAiAAKAIIQRBrIQECfwNAIAMgAyAERg0BGiAEQQFqIQQgAUEQaiIBIAIQXSACQRBqIQJF\
DQALIARBAWsLIANPIQIMAQtBACECIAAoAgwiAyABKAIMRw0AIAAoAgghBSABKAIIIQYgAyEBQQAh\
AwNAAkAgAyIAIAFGBEAgASEADAELIAUgBhCAAw0AIABBAWohAyAGQQxqIQQgBUEMaiAGQRxqIQYg\
BUEcaiEFIAQQXUUNAQsLIAAgAU8hAgsgAkEBcwuRAQEBfyMAQSBrIgMkACADIAAoAgA2AgQgA0EI\
aiADQQRqIgAgARCBAiADQRRqIAAgAhCBAgJ/IAMtAAwiACADLQAYIgFHBEAgACABSiAAIAFIawwB\
CyADKAIUIgAgAygCCCIBRwRAIAAgAUsgACABSWsMAQsgAygCECIAIAMoAhwiAUsgACABSWsLIANB\
IGokAAu2AwEFfyMAQTBrIgQkACAEIAM2AhAgBCACNgIMIAEoAghBHGwhAyABKAIEIQICQAJAA0Ag\
AwRAIAQgAjYCFCAEQRRqIARBDGoQjwINAiADQRxrIQMgBkEBaiEGIAJBHGohAgwBCwsgAEEGOgAA\
DAELIARBFGohAyMAQSBrIgIkACACQQRqIQUCQCABKAIIIgggBksEQCAFIAEoAgQgBkEcbGoiBykC\
ADcCACAFIAcpAgg3AgggBSAHKQIQNwIQIAUgBygCGDYCGCAIIAZBf3NqQRxsIgUEQCAHIAdBHGog\
BfwKAAALIAEgCEEBazYCCAwBCyAFQYCAgIB4NgIACwJAIAIoAgRBgICAgHhHBEAgAyACKAIcNgIY\
IAMgAikCFDcCECADIAIpAgw3AgggAyACKQIENwIAIAJBIGokAAwBCyABKAIIIQEjAEEgayIAJAAg\
ACABNgIMIAAgBjYCCCAAIABBDGqtQoCAgIAQhDcDGCAAIABBCGqtQoCAgIAQhDcDEEHLoMAAIABB\
EGpBtLLAABDyAQALIAAgBCkCKDcCCCAAIAQpAiA3AgAgAxCKAwsgBEEwaiQAC6ABAgF/AX4jAEEQ\
ayIFJAAgAAJ/AkACQAJAIAStIAGtfiIGQiCIpw0AIAanIgRBgICAgHggA2tLDQAgBA0BIAAgAzYC\
CCAAQQA2AgRBAAwDCyAAQQA2AgQMAQsgBUEIaiADIAQgAhCFAiAFKAIIIgIEQCAAIAI2AgggACAB\
NgIEQQAMAgsgACAENgIIIAAgAzYCBAtBAQs2AgAgBUEQaiQAC5ACAQV/IwBBIGsiAyQAAkACQCAB\
BEAgA0EIaiACQQFBARCyASADQQA2AhwgAyADKQMINwIUIANBFGoiBSACELcCQQEgAiACQQFNGyIG\
QQFrIQEgBSgCCCIHIAUoAgRqIQQCQANAIAEEQCAEQQE6AAAgAUEBayEBIARBAWohBAwBBQJAIAYg\
B2ohASACDQAgAUEBayEBDAMLCwsgBEEBOgAACyAFIAE2AgggACADKAIcNgIIIAAgAykCFDcCAAwB\
CyADQRRqIAJBAUEBQQEQYCADKAIYIQEgAygCFEEBRg0BIAMoAhwhBCAAIAI2AgggACAENgIEIAAg\
ATYCAAsgA0EgaiQADwsgASADKAIcENECAAuVAQEBfyMAQSBrIgQkACAEIAM2AgggBCACNgIEAkAg\
ASgCHCABKAIYSQRAIARBAjYCHCAEIARBBGo2AhggBEEMaiICQaKIwAAgBEEYahCqAgwBCyAEQQI2\
AhwgBCAEQQRqNgIYIARBDGoiAkGtncAAIARBGGoQqgILIAAgASAEKAIQIAQoAhQQ6QIgAhCKAyAE\
QSBqJAALvwEBAn8jAEEwayIDJAAgA0EIaiIEIAJBAnQiAigC2JpBNgIEIAQgAigC+JpBNgIAIAMo\
AgghAgJAIAMoAgxBAUYEQCAAIAEgAigCACACKAIEED0MAQsgA0EgaiABIAIoAgAgAigCBBA9IAMt\
ACAiAUEGRgRAIABBBjoAAAwBCyADIAMpACg3ABggAyADKQAhNwARIAMgAToAECAAIANBEGoiACAC\
KAIIIAIoAgwQtAIQzAIgABDtAQsgA0EwaiQAC94CAQJ/IwBBMGsiBCQAAn8gAQRAIARBEGoiASAA\
QcCowABBCBA9QQYhAAJAIAQtABBBBkcEQCAEIAQpAhg3AyggBCAEKQIQNwMgIAQgASACIAMQtAIQ\
zAIgBEEgahDtASAELQAAIQAMAQsgBEEGOgAACyAEEOACIABB/wFxIgBBBkcgAEEAR3EMAQsjAEEg\
ayIBJAAgASADNgIYIAEgAjYCFCAAKAIIQRRsIQIgACgCBCEFAn8DQEEAIAJFDQEaIAEgAkEUayIC\
IAVqIgM2AhwgAUEcaiABQRRqEI8CRQ0ACyABQQhqIABBDGoQogMgASABKAIIIAEoAgwgA0EMaigC\
ACADQRBqKAIAQcCvwAAQcyABKAIAIAEoAgQjAEEQayIAJAAgAEEANgIMIABB7gAgAEEMahDIASAA\
KAIAIAAoAgQQxQIgAEEQaiQAQQFzCyABQSBqJAALIARBMGokAAurAQEBfyMAQTBrIgUkACAFIAQ2\
AgwgBSADNgIIIAUgASgCDCABKAIQIAIQRSAFIAUoAgQiATYCFCAFIAUoAgAiAjYCECAFQQE2Aiwg\
BSAFQRRqNgIoIAVBATYCJCAFQQI2AhwgBSAFQRBqNgIgIAUgBUEIajYCGCAAQQxqQY2GwAAgBUEY\
ahCqAiAAIAE2AgggACACNgIEIABBATYCACAAQQA6ABggBUEwaiQAC4ACAQZ/IwBBEGsiAyQAIAIg\
ASACaiIESwRAQQBBABDRAgALIANBBGohBSAAKAIAIgIhBiAAKAIEIQhBASEHQQQhAQJAQQggBCAC\
QQF0IgIgAiAESRsiAiACQQhNGyIEIgJB/////wdLBEBBACECDAELAkACQAJ/IAYEQCAIIAZBASAC\
EBQMAQsgAkUEQEEBIQEMAgsgAkEBENACCyIBDQAgBUEBNgIEDAELIAUgATYCBEEAIQcLQQghAQsg\
ASAFaiACNgIAIAUgBzYCACADKAIEQQFGBEAgAygCCCADKAIMENECAAsgAygCCCEBIAAgBDYCACAA\
IAE2AgQgA0EQaiQAC+EDAQV/IwBBMGsiAyQAIANBDGoiBEHAAiACIAJBwAJPG0ECahD5AQJ/IwBB\
IGsiBiQAIARBIhCjASAGQQA2AhAgBiABNgIIIAYgASACajYCDANAAkACQAJAAkACQAJAIAZBCGoQ\
9AEiBUGAgMQARwRAIAYgBigCECIHQQFqNgIQIAdB0ABHBEACQAJAIAVBCWsOBQgGAQEHAAsgBUEi\
Rg0DIAVB3ABGDQQLIAVB5sAAa0EESSAFQarAAGtBBUlyIAVB/v//AHFBqMAARiAFQSBJcnJFIAVB\
/wBrQSFPcQ0HIAZBFGoiByAFEHsgBCAGKAIYIAYoAhwQ2gEgBxCKAwwICyAEQabAABCjAQsgBEEi\
EKMBIAZBIGokACAFQYCAxABHDAcLIARBlLPAAEECENoBDAULIARBlrPAAEECENoBDAQLIARBmLPA\
AEECENoBDAMLIARBmrPAAEECENoBDAILIARBnLPAAEECENoBDAELIAQgBRCjAQwACwALBEAgAyAB\
IAEgAmoQvAI2AiQgA0EBNgIsIAMgA0EkajYCKCADQRhqIgFBnp/AACADQShqEKoCIAQgAygCHCAD\
KAIgENoBIAEQigMLIAAgAygCFDYCCCAAIAMpAgw3AgAgA0EwaiQACwMAAAuQAQECfwJAIABBCWsi\
AkEXTQRAQQEhAUGfgIAEIAJ2QQFxDQELQQAhASAAQYABSQ0AAkAgAEEIdiICBEAgAkEwRwRAIAJB\
IEYNAiACQRZHDQMgAEGALUYhAQwDCyAAQYDgAEYhAQwCCyAAQf8BcS0AvaBBIQEMAQsgAEH/AXEt\
AL2gQUECcUEBdiEBCyABQQFxC6YBAQJ/IwBBIGsiAyQAIAMgASACECUgAygCCCEBIAMoAgQhAgJA\
IAMoAgAiBEECRwRAIAAgAykCFDcCFCAAIAMpAgw3AgwgACABNgIIIAAgAjYCBCAAIAQ2AgAMAQsg\
A0EANgIcIAMgATYCGCADIAI2AhQgAyABNgIQIAMgAjYCDCADQQA2AgggA0KAgICAwAA3AgAgACAD\
EDggAxCLAwsgA0EgaiQACwMAAAuCAgEJfyMAQRBrIgMkAAJAAkACQCABKAIQIgIEQCACIAEoAhRH\
DQEgAUEANgIQCyABKAIARQ0CIAFBCGohByMAQRBrIgQkACABIgIoAgAhASACKAIEIQgDQAJAIAEg\
CEYEQEEFIQYMAQsgAiABQQFqIgk2AgAgBCABLQAAIgY6AA8gCSEBIAcgBEEPahDdAkUNAQsLIARB\
EGokACAGIgFBBUYNAgwBCyABIAJBAWo2AhAgAi0AACEBCyADQQhqIgIgAUH/AXFBAnQiASgCnJpB\
NgIEIAIgASgCsJpBNgIAIAMoAgwhCiADKAIIIQULIAAgCjYCBCAAIAU2AgAgA0EQaiQAC5wBAQV/\
AkAgACgCACIAKAIAIgMoAgAiAiAAKAIIIgRJBEACQCAAKAIEIgUgAmotAAAiBkUEQCADIAJBAWo2\
AgAgAUEMaiAFIAQgACgCDCAAKAIQIAMQmAEMAQsgAiAAKAIQIgFPDQIgAyAAKAIMIAJBAnRqKAIA\
NgIACyAGQQFzDwsgAiAEQcClwAAQswEACyACIAFB0KXAABCzAQAL/A4BC38jAEEQayIFJAACf0EB\
IAEoAgAiCkEnIAEoAgQiDCgCECILEQMADQAaIAAoAgAhBkEAIQEjAEEgayIEJAAgBQJ/AkACQAJA\
AkACQAJAAkACQAJAAkACQAJAIAYOKAIBAQEBAQEBAQMFAQEEAQEBAQEBAQEBAQEBAQEBAQEBAQEI\
AQEBAQcACyAGQdwARg0FCyAGQf8FTQ0GQRBBACAGQaudBE8bIgAgAEEIciIAIAZBC3QiAyAAQQJ0\
KALUuEFBC3RJGyIAIABBBHIiACAAQQJ0KALUuEFBC3QgA0sbIgAgAEECciIAIABBAnQoAtS4QUEL\
dCADSxsiACAAQQFqIgAgAEECdCgC1LhBQQt0IANLGyIAIABBAWoiACAAQQJ0KALUuEFBC3QgA0sb\
IgFBAnQoAtS4QUELdCIAIANGIAAgA0lqIAFqIghBAnQiAEHUuMEAaiEDIAAoAtS4QUEVdiEBQf8F\
IQACQCAIQR9NBEAgAygCBEEVdiEAIAhFDQELIANBBGsoAgBB////AHEhAgsCQCAAIAFBf3NqRQ0A\
IAYgAmshCCAAQQFrIQNBACEAA0AgACABQb2iwQBqLQAAaiIAIAhLDQEgAyABQQFqIgFHDQALCyAB\
QQFxRQ0GIARBADoADiAEQQA7AQwgBCAGQRR2LQC8qEE6AA8gBCAGQQR2QQ9xLQC8qEE6ABMgBCAG\
QQh2QQ9xLQC8qEE6ABIgBCAGQQx2QQ9xLQC8qEE6ABEgBCAGQRB2QQ9xLQC8qEE6ABAgBkEBcmdB\
AnYiASAEQQxqIgNqIgBB+wA6AAAgAEEBa0H1ADoAACADIAFBAmsiAWpB3AA6AAAgBSAEKQEMNwAA\
IARB/QA6ABUgBCAGQQ9xLQC8qEE6ABQgBSAELwEUOwAIDAcLIAVCADcBAiAFQdzgADsBAAwICyAF\
QgA3AQIgBUHc6AE7AQAMBwsgBUIANwECIAVB3OQBOwEADAYLIAVCADcBAiAFQdzcATsBAAwFCyAF\
QgA3AQIgBUHcuAE7AQAMBAsgBUIANwECIAVB3M4AOwEADAMLQQAhAUEAIQACQCAGIgJBIEkNACAC\
Qf8ASQRAQQEhAQwBCwJAAkAgAkGAgARPBEAgAkGAgAhJDQEgAkH+//8AcSIAQa6dC0cgAkHg//8A\
cUHgzQpHIABBnvAKR3FxIAJB8NcLa0FxSXEgAkGA8AtrQd5sSXEgAkGAgAxrQZ50SXEgAkHQpgxr\
QXtJcSACQYCCOGtB+uZUSXEgAkHwgzhJcSEBDAMLIAJBCHZB/wFxIQkDQCABQQJqIQMgACABLQCL\
s0EiB2ohCCAJIAEtAIqzQSIBRwRAIAEgCUsNAyAIIQAgAyIBQcwARw0BDAMLAkACQCAAIAhLIAhB\
nAJLckUEQCAHRQ0CIABB1rPBAGohAQwBCyAAIAhBnAJBmLjBABA3AAsDQCABLQAAIAJB/wFxRwRA\
IAFBAWohASAHQQFrIgcNAQwCCwtBACEBDAQLIAghACADIgFBzABHDQALDAELIAJBCHZB/wFxIQkD\
QAJAIAFBAmohAyAAIAEtAOOsQSIHaiEIIAkgAS0A4qxBIgFHBEAgASAJSw0BIAghACADIgFB3ABH\
DQIMAQsCQAJAIAAgCEsgCEHUAUtyRQRAIAdFDQIgAEG+rcEAaiEBDAELIAAgCEHUAUGYuMEAEDcA\
CwNAIAEtAAAgAkH/AXFHBEAgAUEBaiEBIAdBAWsiBw0BDAILC0EAIQEMBAsgCCEAIAMiAUHcAEcN\
AQsLIAJB//8DcSEDQQEhAUEAIQIDQCACQQFqIQACQCACLACSr0EiB0EATgRAIAAhAgwBCyAAQfgD\
RwRAIAJBk6/BAGotAAAgB0H/AHFBCHRyIQcgAkECaiECDAELQai4wQAQhQMACyADIAdrIgNBAEgN\
AiABQQFzIQEgAkH4A0cNAAsMAQtBASEBQQAhBwNAIAdBAWohAAJAIAcsAPK1QSIDQQBOBEAgACEH\
DAELIABBpAJHBEAgB0HztcEAai0AACADQf8AcUEIdHIhAyAHQQJqIQcMAQtBqLjBABCFAwALIAIg\
A2siAkEASA0BIAFBAXMhASAHQaQCRw0ACwsgAUEBcQ0BIARBADoAGCAEQQA7ARYgBCAGQRR2LQC8\
qEE6ABkgBCAGQQR2QQ9xLQC8qEE6AB0gBCAGQQh2QQ9xLQC8qEE6ABwgBCAGQQx2QQ9xLQC8qEE6\
ABsgBCAGQRB2QQ9xLQC8qEE6ABogBkEBcmdBAnYiASAEQRZqIgNqIgBB+wA6AAAgAEEBa0H1ADoA\
ACADIAFBAmsiAWpB3AA6AAAgBSAEKQEWNwAAIARB/QA6AB8gBCAGQQ9xLQC8qEE6AB4gBSAELwEe\
OwAIC0EKDAILIAUgBjYCAEGAASEBQYEBDAELQQILOgANIAUgAToADCAEQSBqJAACQCAFLQANIgFB\
gQFPBEAgCiAFKAIAIAsRAwBFDQFBAQwCCyAKIAUgBS0ADCIAaiABIABrIAwoAgwRBABFDQBBAQwB\
CyAKQScgCxEDAAsgBUEQaiQAC4UBAQF/IwBBEGsiAyQAIAIgASACaiIBSwRAQQBBABDRAgALIANB\
BGogACgCACICIAAoAgRBCCABIAJBAXQiAiABIAJLGyIBIAFBCE0bIgEQeiADKAIEQQFGBEAgAygC\
CCADKAIMENECAAsgAygCCCECIAAgATYCACAAIAI2AgQgA0EQaiQAC3IBAX4CQCABQhZTIACtIAFX\
cUUEQCABQgF9IgJCFVQNASABQgV8QgZaBEBCgICAgICAgICAfyACIAEgAlcbIgEgAUI/hyIBhSAB\
facQnAIgACAAQQFLampBAmoPCyAAIAGna0ECag8LIAGnDwsgAEEBagvvAQEIfyMAQRBrIgQkAANA\
IAQgAjYCDCAEIAE2AgggBEEIaigCACIGLwGKASIJQQxsIQdBfyEFIAZBBGohBkEBIQgCQANAIAdF\
BEAgCSEFDAILIAdBDGshByAFQQFqIQUgAyAGEOMBIQogBkEMaiEGAkAgCkH/AXEOAgABAgsLQQAh\
CAsgBCAFNgIEIAQgCDYCACAEKAIEIQUCQCAEKAIAQQFGBEAgAg0BQQEhC0EAIQILIAAgBTYCDCAA\
IAI2AgggACABNgIEIAAgCzYCACAEQRBqJAAPCyACQQFrIQIgASAFQQJ0aigCjAEhAQwACwALlgEB\
AX8CQAJAAkBBAyABKAIAIgJBgICAgHhzIAJBAE4bQQJrDgIAAgELIABBGBDzAg8LIABBAToAEA8L\
IAAQqwMgAEHAqMAAQQEgAS0ADCICG0EIQQAgAhsQNiABKAIIQQN0IQIgASgCBCEBA0AgAgRAIAAg\
ASgCACABKAIEEDYgAkEIayECIAFBCGohAQwBCwsgABCqAwt9AAJAIAMgBEsNAAJAIANFDQAgAiAD\
TQRAIAIgA0cNAgwBCyABIANqLAAAQb9/TA0BCwJAIARFDQAgAiAETQRAIAIgBEYNAQwCCyABIARq\
LAAAQb9/TA0BCyAAIAQgA2s2AgQgACABIANqNgIADwsgASACIAMgBCAFEOwCAAuzAgEJfwJAAkAC\
QAJAAkACQCABLQAAQQFrDgUBAgMEBQALIABBADoAAA8LIAAgASkCCDcCCCAAIAEpAgA3AgAPCyAA\
QQRqIAFBBGoQqwEgAEECOgAADwsgAEEEaiABQQRqEKsBIABBAzoAAA8LIABBBGohAyMAQSBrIgIk\
ACABQQRqIgEoAgQhByACQQhqIAEoAggiBUEEQRAQsgEgBUEEdCEIQQAhASACKAIMIQYgAigCCCIJ\
IQQDQCAERSABIAhGckUEQCACQRBqIAEgB2oQdCABIAZqIgogAikCGDcCCCAKIAIpAhA3AgAgAUEQ\
aiEBIARBAWshBAwBCwsgAyAFNgIIIAMgBjYCBCADIAk2AgAgAkEgaiQAIABBBDoAAA8LIABBBGog\
AUEEahBNIABBBToAAAuNAQEDfyMAQTBrIgIkACACQQA2AhAgAkKAgICAEDcCCCACQRRqIAEgAkEI\
aiIDEA8gAEEEaiEBAkAgAigCFCIEQQJHBEAgASACKQIoNwIQIAEgAikCIDcCCCABIAIpAhg3AgAg\
AxCKAwwBCyABIAIoAhA2AgggASACKQIINwIACyAAIAQ2AgAgAkEwaiQAC4oBAQJ/IwBBMGsiBCQA\
IARBBGoiBSABIAIQlwECQCAAIAQoAgggBCgCDBB3IgEEQCABEO0BIAEgAykCCDcCCCABIAMpAgA3\
AgAgBRCKAwwBCyAEIAQoAgw2AhggBCAEKQIENwMQIAQgAykCADcCHCAEIAMpAgg3AiQgACAEQRBq\
ELUBCyAEQTBqJAALdwEBfyMAQRBrIgMkACADIAI2AgggAyABNgIEIAAoAghBHGwhAiAAKAIEIQAC\
fwNAQQAgAkUNARogAkEcayECIAMgADYCDCAAQRxqIQAgA0EMaiADQQRqEI8CRQ0ACyAAQRxrCyEC\
IANBEGokACACQQxqQQAgAhsLeAEDfwJAIAJFDQAgACABKAIAIAEoAgQQdyIARQ0AIAFBDGohASAC\
QQN0QQhrIQIDQCACBEAgAUEEayEEIAJBCGshAiABKAIAIQUgAUEIaiEBIAAgBCgCACAFELQCIgAN\
AQwCCwsgAEEAIABBvP/AABBdGyEDCyADC3sBA38jAEEQayIDJAAgAyABIAJBLRDGAQJAIAMoAgQg\
AiADKAIAIgQbIgVBD00EQCADIAQgASAEGyIENgIIIAMgBCAFajYCDCADQQhqEM8BRQ0BCyABIAIQ\
DiIBIAIgASACSxshAgsgACAAKAIAIAJqNgIAIANBEGokAAtxAAJ/IANBAEgEQEEBIQFBACEDQQQM\
AQsCfwJAAn8gAQRAIAIgAUEBIAMQFAwBCyADRQRAQQEhAQwCCyADQQEQ0AILIgENACAAQQE2AgRB\
AQwBCyAAIAE2AgRBAAshAUEICyAAaiADNgIAIAAgATYCAAuBAQEDfyMAQTBrIgIkACACQQxqQfCz\
wABBAhCXASACQgQ3AiggAkKMgICAgAE3AiAgAkEgaiEEA0AgA0EQRgRAIAAgAigCFDYCCCAAIAIp\
Agw3AgAgAkEwaiQABSACQQxqIAEgAyAEaigCAHZBD3EtAPKzQBCjASADQQRqIQMMAQsLC4YBAQF/\
IwBBMGsiBSQAIAUgAzYCDCAFIAI2AgggBSAEEMcCIAUgBSkDADcCECAFQQI2AiwgBUECNgIkIAVB\
AjYCHCAFIAFBDGo2AhggBSAFQRBqNgIoIAUgBUEIajYCICAAQQxqQY6EwAAgBUEYahCqAiAAQQA2\
AgAgAEEBOgAYIAVBMGokAAtPAQN+IAAgAUL/////D4MiA0IKfiIEQgAiAyABQiCIQgp+fCIBQiCG\
fCIFNwMAIAAgBCAFVq0gASADVK1CIIYgAUIgiIR8IAJCCn58NwMIC9sBAQd/IwBBEGsiAyQAQWAh\
BAJAA0AgBARAIANBCGohByABIARBrIDBAGooAgAgBEGwgMEAaigCABB4IQJBACEFIwBBEGsiBiQA\
IAIEfyAGQQhqIgUgAigCDDYCBCAFIAIoAghBACACLQAAQQNGGzYCACAGKAIMIQUgBigCCAVBAAsh\
AiAHIAU2AgQgByACNgIAIAZBEGokACADKAIIIgIEQCADIAIgAygCDCIIEE4gAygCBA0DCyAEQQhq\
IQQMAQsLQQAhAgsgACACNgIAIAAgCDYCBCADQRBqJAALegEDfyABKAIAIQMCQAJAIAEoAhAiAgRA\
IAEoAhQgAmshAiADDQFBASEEIAIhAQwCC0EBIQRBACECIANFBEBBACEBDAILIAEoAgQgA2shAQwB\
CyABKAIEIANrIAJqIgEgAk8hBAsgACABNgIIIAAgBDYCBCAAIAI2AgALbAEEfyMAQRBrIgMkAANA\
AkAgAkUEQEEBIQUMAQsgA0EIaiABEMABIAMtAAhFDQAgAy0ACUEwa0H/AXEiBkEJSw0AIARBCmwg\
BmohBCACQQFrIQIMAQsLIAAgBDYCBCAAIAU2AgAgA0EQaiQACwMAAAuRAQICfwF+IwBBIGsiAiQA\
IAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCHCACQoCAgIAQNwIUIAJBFGpB6JzBACADKAIAIgMo\
AgAgAygCBBAfGiACIAIoAhwiAzYCECACIAIpAhQiBDcDCCABIAM2AgggASAENwIACyAAQfSewQA2\
AgQgACABNgIAIAJBIGokAAuJAQECfyMAQYACayIDJAAgA0HIAGpBAEHBAPwLACADQgA3A0AgA0Gw\
l8EAKQMANwM4IANBqJfBACkDADcDMCADQaCXwQApAwA3AyggA0GYl8EAKQMANwMgIANBIGoiBCAB\
IAIQNSADQZABaiIBIARB8AD8CgAAIAMgARAdIAAgAxBZIANBgAJqJAALdQEFfyMAQRBrIgIkACAB\
KAIAIQQgASgCBCEFIAJBCGogARBMAkAgAigCCEEBRwRAQYCAxAAhAwwBCyACKAIMIQMgASABKAIA\
IAEoAggiBiAFaiAEIAEoAgRqa2o2AggLIAAgAzYCBCAAIAY2AgAgAkEQaiQAC3YBA38jAEEQayIC\
JAAgAiABNgIMIAIgADYCCEEBIQMCQCACQQhqIgRBlJDBAEEKEKUBDQAgBEGQkcEAQQIQpQENACAE\
QaiRwQBBARClAQ0AIARBsJHBABDTAg0AIAAgAUG4kcEAQQgQxQIhAwsgAkEQaiQAIAMLbQEEf0EE\
IQMjAEEQayICJABBASEEAkADQCADRQ0BIAJBCGogAS0AAEEQEOIBIANBAWshAyABQQFqIQEgAi8B\
DCAFQQR0ciEFIAIoAghBAXENAAtBACEECyAAIAU7AQIgACAEOwEAIAJBEGokAAtxAAJAIAEgAhCs\
AiIBBEAgAS0AAEEDRw0BIABBBGogAUEEahCrASAAQQI2AgAPCyACLQAARQRAIABBBGogAigCBCAC\
KAIIEJcBIABBAjYCAA8LIABCATcCCCAAQgI3AgAPCyAAIAJBkbDAAEEIIAEQfAsDAAALpgEBBH8j\
AEEQayICJAAgAiABNgIIIAFBBGohAQJ/A0BBACEDIAEoAgAiBCABKAIESQRAIAEgBEEBajYCAEEB\
IQMLIAIgBDYCBCACIAM2AgBBACACKAIAQQFHDQEaIAIgAigCBCIFNgIMIAJBCGooAgAoAgAgAkEM\
aigCAEHYqcAAEKACLQAQQQJGDQALQQELIQEgACAFNgIEIAAgATYCACACQRBqJAALAwAACwMAAAsD\
AAALnAEBBH8jAEEQayIDJAAgASABIAJBA3QiAmoiBEcEQCABQQRqIQYgBCABa0EDdiEEA0AgBigC\
ACAFaiEFIAZBCGohBiAEQQFrIgQNAAsLIANBBGogBRD5AQNAIAIEQCADQQRqIAEoAgAgASgCBBDa\
ASACQQhrIQIgAUEIaiEBDAELCyAAIAMoAgw2AgggACADKQIENwIAIANBEGokAAuVAgEIfyMAQRBr\
IgQkACAEIAFBCGo2AgwgASgCACEDIAEoAgQhBQJAA0AgAyAFRwRAIAEgA0EIaiIGNgIAIwBBMGsi\
AiQAIAJBBGoiByAEQQxqKAIAKAIAKAIAIAMoAgAiCCADKAIEIgMQdxDMAgJAIAItAAQiCUEBa0H/\
AXFBBU8EQCAAQYCAgIB4NgIAIAlBBkYNASAHEO0BDAELIAJBFGogCCADEJcBIAAgAikCFDcCACAC\
IAIpAgQ3AiAgACACKQIcNwIIIAIgAikCDDcCKCAAIAIpAiQ3AhAgACACKAIsNgIYCyACQTBqJAAg\
BiEDIAAoAgBBgICAgHhGDQEMAgsLIABBgICAgHg2AgALIARBEGokAAuSAgEIfyMAQRBrIgQkACAE\
IAFBCGo2AgwgASgCACEDIAEoAgQhBQJAA0AgAyAFRwRAIAEgA0EIaiIGNgIAIwBBMGsiAiQAIAJB\
BGoiByAEQQxqKAIAKAIAKAIAIAMoAgAiCCADKAIEIgMQPQJAIAItAAQiCUEBa0H/AXFBBU8EQCAA\
QYCAgIB4NgIAIAlBBkYNASAHEO0BDAELIAJBFGogCCADEJcBIAAgAikCFDcCACACIAIpAgQ3AiAg\
ACACKQIcNwIIIAIgAikCDDcCKCAAIAIpAiQ3AhAgACACKAIsNgIYCyACQTBqJAAgBiEDIAAoAgBB\
gICAgHhGDQEMAgsLIABBgICAgHg2AgALIARBEGokAAupGwISfwN+IwBBEGsiFCQAIAEoAgAtAEAE\
QCAUQQRqIRMgASgCBCgCDCIBBH8gASgCBCEJIAEoAgAFQQALIRJBACEBIwBBoAFrIgMkACADQfsA\
aiEGA0ACQAJAAkACQAJAIAFBGEcEQCABKALskUEhByABKALokUEhCiABQQhqIgUhASAHRQ0GIAIg\
CigCACAKKAIEEHciBEUNBiAKQQxqIQEgB0EDdEEIayEMA0AgBC0AACEHIAxFDQIgB0EFRw0FIAFB\
BGshCiAMQQhrIQwgASgCACEHIAFBCGohASAEQQRqIAooAgAgBxB3IgQNAAsMBAsgA0EIaiEEIAIo\
AgQiASEFIAEgAigCCEEcbGohASMAQUBqIgYkACAGIAE2AhggBiAFNgIUIAZBKGogBkEUahCtAQJA\
IAYoAihBgICAgHhHBEAgBkEIakEEQQRBGBCyASAGKAIIIQEgBigCDCIFIAYpAig3AgAgBSAGKQI4\
NwIQIAUgBikCMDcCCCAGQQE2AiQgBiAFNgIgIAYgATYCHCAGQRxqIQcgBigCFCEFIAYoAhghASMA\
QSBrIgokACAKIAE2AgQgCiAFNgIAA0ACQCAKQQhqIAoQrQEgCigCCEGAgICAeEYNACAHKAIIIgUg\
BygCAEYEQCAHKAIIIgEgBygCAEYEQCAHIAFBAUEEQRgQ2AELCyAHKAIEIAVBGGxqIgEgCikCGDcC\
ECABIAopAhA3AgggASAKKQIINwIAIAcgBUEBajYCCAwBCwsgCkEgaiQAIAQgBigCJDYCCCAEIAYp\
Ahw3AgAMAQsgBEEANgIIIARCgICAgMAANwIACyAGQUBrJAAgAygCECIGRQ0BIANBADYCHCADQQA2\
AhQjAEEgayIMJAAgDEEANgIMIAxCgICAgMAANwIEIAJBAUEAQQFBACAMQQRqECAgDCgCDCEBIAwo\
AgghBSAMIAwoAgQ2AhggDCAFNgIUIAwgBTYCECAMIAUgAUEcbGo2AhwgA0H4AGohECMAQRBrIhEk\
ACAMQRBqIgsoAgghCiARQQhqIQcgCygCACIBIQgjAEFAaiINJAAgDUEsaiEEA0AgCygCBCIOIAso\
AgxHBEAgCyAOQRxqNgIEIA0gDigCGCIFNgIYIA0gDikCECIXNwMQIA0gDikCCCIVNwMIIA0gDikC\
ACIWNwMAIA0gBTYCOCANIBc3AzAgDSAVNwMoIA0gFjcDICAWpyIFQYCAgIB4RwRAIA0pAiQhFSAE\
EIoDIAggFTcCBCAIIAU2AgAgCEEMaiEIBSANQSBqELACCwwBCwsgByAINgIEIAcgATYCACANQUBr\
JAAgESgCDCEHIwBBEGsiDiQAIAtBADYCCCALKAIMIAsoAgQhBCALQQQ2AgAgDkKAgICAwAA3Aggg\
DkEIahCXAyALQQQ2AgwgC0EENgIEIARrQRxuIQgDQCAIBEAgCEEBayEIIAQQsAIgBEEcaiEEDAEL\
CyAOQRBqJAAgCkEcbCIOQQxuIQUgASEEAkAgCkUNACAOIAVBDGwiCkYNAAJ/IApFBEAgDgRAIAEg\
DhCgAQtBBAwBCyABIA5BBCAKEBQLIgQNAEEEIAoQpAMACyAQIAQ2AgQgECAFNgIAIBAgByABa0EM\
bjYCCCMAQRBrIgUkACAFIAs2AgwgCygCDCALKAIEIgFrQRxuIQQDQCAEBEAgBEEBayEEIAEQsAIg\
AUEcaiEBDAELCyAFQQxqEIMCIAVBEGokACARQRBqJAAgDEEgaiQAIAMoAnghBSADIAMoAnwiASAD\
KAKAAUEMbCIEajYChAEgAyAFNgKAASADIAE2AnwgAyABNgJ4A0ACQCAERQ0AIAMgAUEMaiIFNgJ8\
IAEoAgAiB0GAgICAeEYNACADIAc2AiAgAyABKQIENwIkIARBDGshBCADQRRqIANBIGoQ6QEgBSEB\
DAELCyADQfgAahCpASADIAZBBEEYELIBIANBADYCNCADIAMpAwA3AiwgAygCCCEFIAMgAygCDCIB\
IAZBGGxqIgo2AkQgAyAFNgJAIAMgATYCPCADIAE2AjggA0GEAWohEANAAkACQAJAIAEgCkYNACAD\
IAFBGGoiBTYCPCABKAIAIgdBgICAgHhGDQAgASgCCCERIAEoAgQhDiADIAEoAhQiBDYCUCADIAEp\
Agw3A0ggAygCTCEBIAMgBDYClAEgAyABNgKQASASQQAgASAEQYGowABBAhC/AhsNASADQQI2Anwg\
AyADQZABajYCeCADQdgAakG3g8AAIANB+ABqEKoCDAILIwBBEGsiBSQAIAUgA0E4aiIBNgIMIAEo\
AgwgASgCBCIBa0EYbiEJA0AgCQRAIAlBAWshCSABEPUCIAFBGGohAQwBCwsjAEEQayIJJAAgCSAF\
QQxqKAIAIgEoAgA2AgwgCSABKAIINgIIIAlBCGoQjgMgCUEQaiQAIAVBEGokACATIAMoAjQ2Aggg\
EyADKQIsNwIAIwBBMGsiCyQAAn8gA0EUaiIFKAIAIgFFBEBBACEEQQAMAQsgCyABNgIkIAtBADYC\
ICALIAE2AhQgC0EANgIQIAsgBSgCBCIBNgIoIAsgATYCGCAFKAIIIQRBAQshASALIAQ2AiwgCyAB\
NgIcIAsgATYCDCALQQxqIQ8jAEEQayIOJAADQCAOQQRqIQcjAEEgayIQJAACQCAPKAIgIgFFBEAg\
EEEUaiEJIA8oAgAhASAPQQA2AgACQAJAIAFBAUYEQCAPKAIMIQQgDygCCCEBIA8oAgQiBUUNASAJ\
IAQ2AgggCSABNgIEIAkgBTYCAAwCCyAJQQA2AgAMAQsDQCAEBEAgBEEBayEEIAEoAowBIQEMAQUg\
CUIANwIEIAkgATYCAAsLCyAQKAIUBEAjAEEQayIBJAAgCSgCACEEIAkoAgQhCQNAIAFBBGogBCAJ\
EPwBIAEoAgQiBARAIAEoAgghCQwBCwsgAUEQaiQACyAHQQA2AgAMAQsgDyABQQFrNgIgAkAgDygC\
ACIBQQFHDQAgDygCBA0AIA9BCGohBCAPKAIMIQkDQCAEKAIAIQUgCQRAIAlBAWshCSAFQYwBaiEE\
DAEFIA9CADcCCCAPIAU2AgQgD0EBNgIACwsLIA9BBGpBACABGyIRBEAgEEEIaiEJIwBBMGsiDSQA\
IA1BCGohEiMAQRBrIggkACARKAIIIQYgESgCACEMIBEoAgQhCgJAAkADQCAGIAwvAYoBSQ0BIAhB\
BGogDCAKEPwBIAgoAgQiDARAIAgoAgwhBiAIKAIIIQoMAQsLIBJBADYCAAwBCyAIIAY2AgwgCCAK\
NgIIIAggDDYCBCAIQQRqIgUoAgghASAFKAIAIQQgEiAFKAIEIgUEfyAEIAFBAnRqQZABaiEBA0Ag\
ASgCACIEQYwBaiEBIAVBAWsiBQ0AC0EABSABQQFqCzYCCCASQQA2AgQgEiAENgIAIBIgBjYCFCAS\
IAo2AhAgEiAMNgIMCyAIQRBqJAACQCANKAIIBEAgCSANKQIUNwIAIAkgDSgCHDYCCCANIA0oAhAi\
ATYCKCANIA0pAggiFTcDICARIAE2AgggESAVNwIAIA1BMGokAAwBC0GMlsEAEIUDAAsgByAQKAIQ\
NgIIIAcgECkCCDcCAAwBC0G8k8EAEIUDAAsgEEEgaiQAIA4oAgQiAQRAIAEgDigCDEEMbGpBBGoQ\
igMMAQsLIA5BEGokACALQTBqJAAMBQsgAyAJNgKcASADIBI2ApgBIANBAjYCfCADIANBmAFqNgJ4\
IANB2ABqQc+dwAAgA0H4AGoQqgILA0AgA0HYAGohBCMAQRBrIggkACADQRRqIgYoAgAiAQR/IAgg\
ASAGKAIEIAQQcUEAIAgoAgRBjAFqIAgoAgAbBUEACyEBIAhBEGokAAJAIAENACADKAJcIAMoAmAQ\
hQENACADQfgAaiIIIAQQqwEgBiAIEOkBIANB6ABqIgYgAiAOIBEQXyADLQBoQQZHBEAgCCAEEKsB\
IwBBMGsiBCQAIAQgCCkCADcDACAEIAgoAggiATYCCAJAIAIgBCgCBCABEHciAQRAIAEQ7QEgASAG\
KQIINwIIIAEgBikCADcCACAEEIoDDAELIAQgCCgCCDYCGCAEIAgpAgA3AxAgBCAGKQIANwIcIAQg\
BikCCDcCJCACIARBEGoQtQELIARBMGokAAsgECADKAJgNgIIIBAgAykCWDcCACADIBE2AoABIAMg\
DjYCfCADIAc2AnggA0EsaiADQfgAahDKASADQcgAahCKAyAFIQEMAgsgA0EDNgKcASADIANB2ABq\
IgE2ApgBIANB+ABqQbeDwAAgA0GYAWoQqgIgARCKAyADIAMoAoABNgJgIAMgAykCeDcDWAwACwAL\
AAsgBSEBIAdBBUcNBCMAQRBrIgckACAHQQA2AgwgB0KAgICAEDcCBCAHQQRqQciywAAgBEEAEEcg\
A0HoAGoiASAHKAIMNgIIIAEgBykCBDcCACAHQRBqJAAgBiADKAJwNgAIIAYgAykCaDcAACAEEO0B\
IARBAzoAACAEIAMpAHg3AAEgBCADKQB/NwAIDAILIBNBADYCCCATQoCAgIDAADcCACADQQhqEJID\
CyADQaABaiQADAELIAUhAQwBCwsgExCSAwsgACACKAIINgIIIAAgAikCADcCACAUQRBqJAALbgEB\
fyMAQSBrIgMkAAJAIAJB5wdNBEAgAEECNgIAIAAgAkEBajYCBAwBCyADQQE2AhwgA0G8r8AANgIY\
IANBDGoiAkH+m8AAIANBGGoQqgIgACABIAMoAhAgAygCFBDpAiACEIoDCyADQSBqJAALgwEBAX8C\
QCAAQYQITwRAIADQbyYBQZS7wQAoAgANAUGUu8EAQX82AgAgAEGou8EAKAIAIgFJDQEgACABayIA\
QaC7wQAoAgBPDQFBnLvBACgCACAAQQJ0akGku8EAKAIANgIAQaS7wQAgADYCAEGUu8EAQZS7wQAo\
AgBBAWo2AgALDwsAC2QBAX8jAEEQayIDJAAgAQRAIANBCGogASACKAIQEQAAIAMoAgwhASAAIAMo\
AggiAjYCCCAAIAFBACACQQFxIgIbNgIEIABBACABIAIbNgIAIANBEGokAA8LQbCbwQBBMhChAwAL\
1AIBCn8jAEEQayIGJAACQCAAIAEoAggiAiABKAIASQR/IwBBEGsiByQAIAEoAgAgAkkEQEGknMEA\
QckAQcicwQAQ8gEACyAGQQhqIQogB0EIaiELIwBBEGsiBCQAIARBDGohCCABKAIAIgUEQCAEQQE2\
AgwgBSEDIAEoAgQhBSAEQQhqIQgLIAggAzYCAAJAIAQoAgwiAwRAIAQoAgghCQJAIAJFBEAgCQRA\
IAUgCRCgAQsgAUEBNgIEDAELIAUgCSADIAIiCBAUIgVFDQIgASAFNgIECyABIAI2AgALQYGAgIB4\
IQMLIAsgCDYCBCALIAM2AgAgBEEQaiQAIAcoAgwhAiAKIAcoAgg2AgAgCiACNgIEIAdBEGokACAG\
KAIIIgJBgYCAgHhHDQEgASgCCAUgAgs2AgQgACABKAIENgIAIAZBEGokAA8LIAIgBigCDBDRAgAL\
VQEEf0EBIQMCQCABLQAIBEAMAQsgASgCBCIFIAEoAgAiAUkNACAFIAFrIgFBf0chAyABQQFqIgJB\
fyACGyEECyAAIAI2AgggACADNgIEIAAgBDYCAAtiAQN/AkACQCAAKAIIIgRBAnQiAkEIaiIDIAJB\
BGoiAkkNACADIAAoAgRLDQAgAC0AEEEBcQ0AIAMgACgCDE0NAQsgAEEBOgAQDwsgACAEQQFqNgII\
IAAoAgAgAmogATYAAAtgAQN/IwBBEGsiAyQAIANBCGogAkEBQQEQsgEgAygCCCEFIAMoAgwhBCAA\
QQA2AgggACAENgIEIAAgBTYCACACBEAgAgRAIAQgASAC/AoAAAsgACACNgIICyADQRBqJAALZwEB\
fwJAAkACQCAALQAAQQRrDgIBAAILIABBBGogASACIAMgBCAFENsBDAELIAAoAgxBBHQhBiAAKAII\
IQADQCAGRQ0BIAAgASACIAMgBCAFEJgBIAZBEGshBiAAQRBqIQAMAAsACwt0AAJAAkACQCABKAIA\
QQFrDgIBAgALIABBADYCECAAQQg6AAwgAEEFOgAAIAAgASkCGDcCBA8LIABBADYCECAAQQg6AAwg\
AEEANgIEIABBBToAAA8LIABBCDoADCAAQQA2AgQgAEEFOgAAIAAgASkCGDcCEAuQAQIBfwF+IwBB\
EGsiBCQAIAEoAgAlASACKAIAJQEgAygCACUBEAQhAUHIu8EAKQMAIQVByLvBAEIANwMAIARBCGoi\
AiAFQiCIPgIEIAIgBadBAUY2AgBBASEDAkAgBCgCCEEBRgRAIAAgBCgCDDYCBAwBC0EAIQMgACAB\
QQBHOgABCyAAIAM6AAAgBEEQaiQAC28BAX8CQAJAAkACQAJAAkAgACgCACIALQAUQQFrDgMBAgEA\
CyAAQQhqKAIAQf////8HTw0DIAAoAgwNAgsPCyAAQQM6ABQPCyAAIAAoAgBBAWoiATYCACABRQ0B\
IABBAToAFAALQZScwQAQlQILAAuVAQEFfyMAQSBrIgIkACACQQhqIAFBBEEEELIBIAJBADYCHCAC\
IAIpAwg3AhQgAkEUaiIEIAEQuAIgBCgCBCAEKAIIIgVBAnRqIQYDQCABIANHBEAgBiADNgIAIAZB\
BGohBiAFQQFqIQUgA0EBaiEDDAELCyAEIAU2AgggACACKAIcNgIIIAAgAikCFDcCACACQSBqJAAL\
AwAAC14CAX8CfiAALQAcIQEgAEEAOgAcAkAgAQ0AIAAoAhgiAUUNACAAKQMAIgJCAUE/IAEgAUE/\
TxuthiIDg1BFBEAgACgCFCIBIAEoAgBBAWo2AgALIAAgAiADhDcDAAsLXAEBfyMAQRBrIgQkACAE\
QQA2AgAgBCACNgIEIAQgAzYCDCAEQQA2AgggAARAIAAgAiADIAEoAhARBAAgBEEQaiQADwsgBEEI\
ahDjAiAEEOMCQbCbwQBBMhChAwALXQECfwJAIABBBGsoAgAiAkF4cSIDQQRBCCACQQNxIgIbIAFq\
TwRAIAJBACADIAFBJ2pLGw0BIAAQFQ8LQdidwQBBLkGInsEAENoCAAtBmJ7BAEEuQciewQAQ2gIA\
C2IBAn8jAEEQayIDJAAgA0EANgIMIANBLiADQQxqEMgBIAMoAgQhBCAAIAI2AhAgAEEANgIMIAAg\
AjYCCCAAIAE2AgQgACAEOgAYIABBLjYCACAAIAMoAgw2AhQgA0EQaiQAC1UBAX8CQCABIAJBAWoi\
BE0NACABIAJBf3NqQQxsIgFFDQAgACAEQQxsaiAAIAJBDGxqIAH8CgAACyAAIAJBDGxqIgAgAygC\
CDYCCCAAIAMpAgA3AgALUAECfyAAKAIIIQIgAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQg\
AUGAgARJGwsiAxC3AiABIAAoAgQgACgCCGoQXCAAIAIgA2o2AggLUgEBfyMAQRBrIgIkACACQQhq\
IAEQSyAAIAIoAghBAUcEf0GAgMQABSABKAIIIAEoAgRqIAEoAgBrIQEgAigCDAs2AgQgACABNgIA\
IAJBEGokAAtWAQF/IAJBA3QhAiAAKAIAIQMgACgCBCEAA0ACQCACRQ0AIAAgAUEEaigCAEYEQCAB\
KAIAIAMgABC+AUUNAQsgAUEIaiEBIAJBCGshAgwBCwsgAkEARwtQAQN/AkAgAS0ACA0AIAEoAgAi\
AyABKAIEIgRLDQAgAyAETwRAQQEhAiABQQE6AAgMAQtBASECIAEgA0EBajYCAAsgACADNgIEIAAg\
AjYCAAtbAgF/An4gAC0AHCEBIABBADoAHAJAIAENACAAKAIYIgFFDQAgACkDACICQgFBPyABIAFB\
P08brYYiA4NQRQRAIAAoAhRBxrLAAEEBENoBCyAAIAIgA4Q3AwALC10BAX8jAEEQayIDJAACQAJA\
AkAgAg4CAgABCyADIAAgASgCACABKAIEEF8gAxDgAgwBCyAAIAEoAgAgASgCBBB3IgBFDQAgACAB\
QQhqIAJBAWsQsAELIANBEGokAAt+AQJ/IwBBEGsiAiQAIAIgADYCDCAAKAIMIAAoAgQiAWtBDG4h\
AANAIAAEQCAAQQFrIQAgARCKAyABQQxqIQEMAQsLIwBBEGsiACQAIAAgAkEMaigCACIBKAIANgIM\
IAAgASgCCDYCCCAAQQhqEIgDIABBEGokACACQRBqJAALVAEBfwJAAkAgACgCACAAKAIIIgNrIAJJ\
BEAgACADIAIQZiAAKAIIIQMMAQsgAkUNAQsgAkUNACAAKAIEIANqIAEgAvwKAAALIAAgAiADajYC\
CEEAC1sBAn8CQAJAIAEoAggiAkUEQEEBIQEMAQsgASgCBCEDIAJBARDQAiIBRQ0BIAJFDQAgASAD\
IAL8CgAACyAAIAI2AgggACABNgIEIAAgAjYCAA8LQQEgAhDRAgALTgACQAJAIAFFDQAgASADTwRA\
IAEgA0YNAQwCCyABIAJqLAAAQUBIDQELIAAgAyABazYCBCAAIAEgAmo2AgAPCyACIAMgASADIAQQ\
7AIAC7UDAQp/IwBBIGsiBCQAIARBCGohBSMAQTBrIgMkACABKAIAIQIgASgCBCEJA0ACQAJAAkAg\
AiAJRgRAQYCAgIB4IQIMAQsgASACQRxqNgIAIAMgAkEMaiIKNgIUIAMgAkEEaikCADcCDCADQRhq\
IQYjAEFAaiICJAAgAkEEaiADQQxqIgcoAgAiCCAHKAIEIgcQHiACKAIIIAIoAgwQhQEhCyACIAc2\
AiAgAiAINgIcIAIgAikCBDcDECACIAIoAgw2AhgCQCALRQRAIAZBgICAgHg2AgAgAkEQahCKAwwB\
CyACQShqIAggBxCXASAGIAIpAig3AgAgAiACKQIENwI0IAYgAikCMDcCCCACIAIoAgw2AjwgBiAC\
KQI4NwIQCyACQUBrJAAgAygCGCICQYCAgIB4Rg0BIAUgAygCLDYCFCAFIAMpAiQ3AgwgBSADKQIc\
NwIECyAFIAI2AgAgA0EwaiQADAELIApBEGohAgwBCwsCQCAEKAIIQYCAgIB4RwRAIAAgBCkCGDcC\
ECAAIAQpAhA3AgggACAEKQIINwIADAELIABBgICAgHg2AgALIARBIGokAAtXAAJAIAEgAhCsAiIB\
BEAgAS0AAEEBRw0BIABBAjYCACAAIAEtAAE6AAQPCyAAQQI2AgAgACACLQABIAItAABBAUZxOgAE\
DwsgACACQZSPwQBBDSABEHwLwgEBBn8jAEEgayIEJAAgBCABNgIMIAQgAjYCECABLwGKASEDIARB\
ADoAHCAEIAM2AhggBEEANgIUIwBBIGsiAyQAIAMgBEEUaiIFKAIINgIYIAMgBSkCADcDECAEQQxq\
KAIAIgVBjAFqIQYDQCADQQhqIANBEGoQpgEgAygCCEEBRgRAIAYgAygCDCIHQQJ0aigCACIIIAc7\
AYgBIAggBTYCAAwBCwsgA0EgaiQAIAAgAjYCBCAAIAE2AgAgBEEgaiQAC1kBAX8CQAJAAkAgAC0A\
AEEEaw4CAAECCyAAKAIMQQR0IQMgACgCCCEAA0AgA0UNAiAAIAEgAhCwASADQRBrIQMgAEEQaiEA\
DAALAAsgAEEEaiABIAIQqAELC1QBAX8CQAJAIAAoAgAgACgCCCIDayACSQRAIAAgAyACEG8gACgC\
CCEDDAELIAJFDQELIAJFDQAgACgCBCADaiABIAL8CgAACyAAIAIgA2o2AghBAAtRAQF/IwBBEGsi\
BCQAIARBBGogAUEAIAIgAxBgIAQoAgghASAEKAIEQQFGBEAgASAEKAIMENECAAsgACAEKAIMNgIE\
IAAgATYCACAEQRBqJAALTwEBfyMAQSBrIgMkACADIAE2AgwgAyAANgIIIAMgA0EIaq1CgICAgBCE\
NwMYIAMgA0EMaq1CgICAgBCENwMQQdaEwAAgA0EQaiACEPIBAAtPAQF/IwBBIGsiAyQAIAMgATYC\
CCADIAA2AgwgAyADQQxqrUKAgICAEIQ3AxggAyADQQhqrUKAgICAEIQ3AxBB85/AACADQRBqIAIQ\
8gEAC5EBAQN/IAAoAggiAyAAKAIARgRAIwBBEGsiAiQAIAJBCGogACAAKAIAQQFBBEEcEFcgAigC\
CCIEQYGAgIB4RwRAIAQgAigCDBDRAgALIAJBEGokAAsgACgCBCADQRxsaiICIAEoAhg2AhggAiAB\
KQIQNwIQIAIgASkCCDcCCCACIAEpAgA3AgAgACADQQFqNgIIC1YBAX8jAEEQayICJAAgAkEIaiAB\
QQxqEKIDIAIgAigCCCACKAIMIAEoAhggASgCHEHgr8AAEHMgAigCBCEBIAAgAigCADYCACAAIAE2\
AgQgAkEQaiQAC00BAn8CQCACQf////8DRiACQf////8DS3INACABKAJkIAJBAnQiAkEEakkNACAB\
KAJgIAJqKAAAIQRBASEDCyAAIAQ2AgQgACADNgIACwMAAAsDAAALAwAAC0gAAkACQCABRQ0AIAEg\
A08EQCABIANGDQEMAgsgASACaiwAAEFASA0BCyAAIAE2AgQgACACNgIADwsgAiADQQAgASAEEOwC\
AAvQAQEGfyAAKAIAIgNBBGogAy8BigEiBEEBaiIHIAAoAggiBSABEKIBIANBjAFqIQYCQCAFQQFq\
IgFBAWoiBSAEQQJqIgRPDQAgBCABQX9zakECdCIIRQ0AIAYgBUECdGogBiABQQJ0aiAI/AoAAAsg\
BiABQQJ0IgVqIAI2AgAgAyAHOwGKASAEIAEgASAESRshAiAFIAAoAgAiA2pBjAFqIQADQCABIAJH\
BEAgACgCACIGIAE7AYgBIAYgAzYCACAAQQRqIQAgAUEBaiEBDAELCwtJAQF/IwBBEGsiBCQAIARB\
ADYCCCAEIAI2AgwgAARAIAAgAiADIAEoAhARBAAgBEEQaiQADwsgBEEIahDjAkGwm8EAQTIQoQMA\
C0MBA38CQCACRQ0AA0AgAC0AACIEIAEtAAAiBUYEQCAAQQFqIQAgAUEBaiEBIAJBAWsiAg0BDAIL\
CyAEIAVrIQMLIAMLSwEDfyAAKAIUIQIgACgCHCEBIAAoAhghAwNAAkAgASADSQRAIAEgAmotAABB\
MGtB/wFxQQpJDQELDwsgACABQQFqIgE2AhwMAAsAC3QBBX8jAEEQayICJAAgAkEIaiIEIAEoAggi\
AyABKAIEIgVJBH8gASgCACADai0AAAVBAAs6AAEgBCADIAVJOgAAIAItAAgiAwRAIAItAAkhBiAB\
IAEoAghBAWo2AggLIAAgBjoAASAAIAM6AAAgAkEQaiQAC1YBAn8jAEEQayICJAAgABCnASAAKAIU\
IgNBgLPAAEEBENoBIAJBCGogARDGAiADIAIoAgggAigCDBDaASADQbiXwQBBAhDaASAAQQE6ABwg\
AkEQaiQAC0cBAX8jAEEQayIDJAAgA0EANgIIIAMgAjYCDCAABEAgACACIAEoAhARAwAgA0EQaiQA\
DwsgA0EIahDjAkGwm8EAQTIQoQMACwMAAAsDAAALAwAAC0oBAX8jAEEgayIEJAAgBEEANgIcIARB\
EGogAyAEQRxqEMgBIARBCGogBCgCECAEKAIUIAEgAhCbAiAAIAQpAwg3AwAgBEEgaiQAC0oBA38j\
AEEQayICJAAgABCeASAAKAIUIgMoAgAhBCACQQhqIAEQxgIgAigCDCEBIABBAToAHCADIAEgBGpB\
A2o2AgAgAkEQaiQACzkAIAEgAhBcIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAE\
SRsLNgIEIAAgAjYCAAs/ACAAKAIAIANB/KnAABCgAigCBCIAQX9GBH9BAAUgACACTwRAIAAgAkGM\
qsAAELMBAAsgACABai0AAAtBAXELhwEBA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAA\
IAAoAgBBAUEEQRgQVyACKAIIIgRBgYCAgHhHBEAgBCACKAIMENECAAsgAkEQaiQACyAAKAIEIANB\
GGxqIgIgASkCEDcCECACIAEpAgg3AgggAiABKQIANwIAIAAgA0EBajYCCAukAgEFfyMAQRBrIgMk\
ACAAKAIAQYCAgIB4RgRAIANBBGohBCAAKAIMIQIjAEHQAGsiASQAIAFBCGogAhC2ASABQQA2Akwg\
AUEANgI4IAFCgICAgMAANwIwIAEgASgCDCICNgJIIAEgASgCCCIFNgJEIAEgAjYCQCABIAU2Ajwg\
AUEUaiABQTBqQQAQDQJAIAEoAhQiAkECRyABLQAYIgVBBUdyRQRAIAQgASgCJDYCCCAEIAEpAhw3\
AgAMAQsgBEEANgIIIARCgICAgMAANwIAIAJBAkcEQCABQRRqEL0CDAELIAVBBUYNACABQRhqEO0B\
CyABQTBqEIsDIAFB0ABqJAAgABDiAiAAIAMoAgw2AgggACADKQIENwIACyADQRBqJAAgAAtBAQF/\
IwBBEGsiAyQAIANBBGogACABIAIQ0wECQCADKAIIRQ0AIAMoAgwiAEUNACADKAIEIAAQoAELIANB\
EGokAAsJACAAQQgQugMLCQAgAEEEELoDC0IBA38gACgCACECIAAoAgQhAwNAIAMgAiIBRwRAIAAg\
AUEBaiICNgIAIAEtAABBOmtB/wFxQfUBSw0BCwsgASADRwsJACAAQRQQugMLTAEBfyAAKAIAIgAg\
AUHQs8AAEKUCIgMoAgAgAygCBCAAIAJB4LPAABClAiIAKAIAIAAoAgQQhgIiACABIAJLIAEgAklr\
IABB/wFxGws6AQF/AkAgAWlBAUcNACABQQAgAEGAgICAeCABa00bIgJFDQAgAARAIAAgAhDQAiIB\
RQ0BCyABDwsAC0ABA39BBCEFAkAgA0UNACABKAIAIgZFDQAgACACNgIEIAAgASgCBDYCACADIAZs\
IQRBCCEFCyAAIAVqIAQ2AgALRAEBfyMAQRBrIgUkACAFQQhqIAIgAyABKAIEIAEoAgggBBD1ASAF\
KAIMIQEgACAFKAIINgIAIAAgATYCBCAFQRBqJAALvgMBBn8jAEEQayIFJAAgBSADNgIAIAUgATYC\
BCAFIAEgAkEDdGo2AgggBSAFNgIMIwBBIGsiAyQAIAMgBUEEaiIBKAIINgIYIAMgASkCADcDECAD\
QQRqIQYjAEFAaiIBJAAgAUEUaiADQRBqIgQQjgECQCABKAIUQYCAgIB4RwRAIAFBBEEEQRwQsgEg\
ASgCACEHIAEoAgQiAiABKQIUNwIAIAIgASgCLDYCGCACIAEpAiQ3AhAgAiABKQIcNwIIIAFBATYC\
ECABIAI2AgwgASAHNgIIIAEgBCgCCDYCOCABIAQpAgA3AzAgAUEIaiEEIAFBMGohCSMAQSBrIgIk\
AANAAkAgAkEEaiAJEI4BIAIoAgRBgICAgHhGDQAgBCgCCCIIIAQoAgBGBEAgBBC7AgsgBCgCBCAI\
QRxsaiIHIAIoAhw2AhggByACKQIUNwIQIAcgAikCDDcCCCAHIAIpAgQ3AgAgBCAIQQFqNgIIDAEL\
CyACQSBqJAAgBiABKAIQNgIIIAYgASkCCDcCAAwBCyAGQQA2AgggBkKAgICAwAA3AgALIAFBQGsk\
ACAAIAYQECADQSBqJAAgBUEQaiQAC0cBAn8gACgCACIBKAIAIgAgACgCACIAQQFqNgIAIAEoAgQi\
ASgCCCICIABNBEAgACACQeSxwAAQswEACyABKAIEIABqLQAAC5wCAQR/IAAQpwECQCAALQAdRQ0A\
IAAoAhQiAigCCCEFAkACQAJAAkACQEEDIAEoAgAiA0GAgICAeHMgA0EAThtBAWsOAwABAwILIAJB\
yLLAACABQQRqQQAQMgwDCyACQZu6wABBBBCBAwwCCyACIAEoAgggASgCDBDaAQwBCyACQcSywABB\
ARDaASACQcCowABBASABLQAMIgMbQQhBACADGxCBAyABKAIIQQN0IQMgASgCBCEEA0AgAwRAIAJB\
xrLAAEEBENoBIAIgBCgCACAEKAIEEIEDIANBCGshAyAEQQhqIQQMAQsLIAJBxbLAAEEBENoBCyAB\
KAIAQYCAgIB4Rw0AIAAgBTYCDCAAQQE2AgggACACKAIINgIQCwtBAQF/IwBBEGsiBSQAIAVBCGog\
ACABIAIgAyAEEFcgBSgCCCIAQYGAgIB4RwRAIAAgBSgCDBDRAgALIAVBEGokAAt9AQN/IAAoAggi\
AyAAKAIARgRAIwBBEGsiAiQAIAJBCGogACAAKAIAQQFBBEEMEFcgAigCCCIEQYGAgIB4RwRAIAQg\
AigCDBDRAgALIAJBEGokAAsgACgCBCADQQxsaiICIAEoAgg2AgggAiABKQIANwIAIAAgA0EBajYC\
CAs8AQF/IAAgAhC3AiAAKAIIIQMgACACBH8gAgRAIAAoAgQgA2ogASAC/AoAAAsgACgCCAUgAwsg\
Amo2AggLqQIBBH8jAEEgayIGJAAgBiAENgIcIAYgAzYCGCAGIAI2AhQgBiABNgIQIAYgBTYCDEEA\
IQEjAEEQayIFJAAgBSAGQQxqNgIMAkAgACIDKAIIIgdFDQAgACgCBCIIIQQDQCAFQQxqIAQQbQRA\
IARBHGohBCAHIAFBAWoiAUcNAQwCCwsgBBD4AiAIQRxqIQkgASECA0AgAUEBaiEAIAkgAUEcbGoh\
BANAIAAgB08EQCADIAI2AggMAwsgBUEMaiAEEG1FBEAgAEEBaiEAIAQQ+AIgBEEcaiEEDAELCyAI\
IAJBHGxqIgEgBCgCGDYCGCABIAQpAhA3AhAgASAEKQIINwIIIAEgBCkCADcCACACQQFqIQIgACEB\
DAALAAsgBUEQaiQAIAZBIGokAAs6AQF/IAFBHU0Ef0HkACAAKAIAIgAgAEEMaiACQYCnwAAQoAIo\
AgAQlgIiACAAQeQATxtBA2oFQQALC30BA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAA\
IAAoAgBBAUEEQRAQVyACKAIIIgRBgYCAgHhHBEAgBCACKAIMENECAAsgAkEQaiQACyAAKAIEIANB\
BHRqIgIgASkCCDcCCCACIAEpAgA3AgAgACADQQFqNgIIC0ABAX8jAEEgayIBJAAgASAAKAIYNgIY\
IAEgACkCEDcDECABIAApAgg3AwggASAAKQIANwMAIAEQSCABQSBqJAALNAECfyMAQRBrIgIkACAC\
QQhqIAAQwAEgAi0ACSEAIAItAAggAkEQaiQAIAAgAUH/AXFGcQtAAQF/IwBBIGsiAyQAIAMgAjYC\
HCADIAE2AhggAyACNgIUIANBCGogA0EUahCUASAAIAMpAwg3AwAgA0EgaiQAC0YBAn8gASgCBCEC\
IAEoAgAhA0EIQQQQ0AIiAUUEQEEEQQgQpAMACyABIAI2AgQgASADNgIAIABB2J7BADYCBCAAIAE2\
AgALNgEBfyAAIAFBwQBrQV9xQQpqIAFBMGsiAyACQQpLGyADIAFBOUsbIgE2AgQgACABIAJJNgIA\
CzoBAX8gACgCBCABKAIEIAAoAggiACABKAIIIgEgACABSRsQvgEiAiAAIAFrIAIbIgBBAEogAEEA\
SGsLOQECfyAAIAEoAgAiAyABKAIEIgJHBH8gASACQQFrIgE2AgQgAS0AAAUgAQs6AAEgACACIANH\
OgAACzwAIAIgA0kEQEHgksEAQRMgBBDyAQALIAAgAzYCBCAAIAE2AgAgACACIANrNgIMIAAgASAD\
QQN0ajYCCAs0ACABIAJLIAIgBEtyRQRAIAAgAiABazYCBCAAIAMgAUECdGo2AgAPCyABIAIgBCAF\
EDcACz4BAX8jAEEQayIFJAAgBUEIakEAIAEgAiADIAQQ9QEgBSgCDCEBIAAgBSgCCDYCACAAIAE2\
AgQgBUEQaiQACzsAIAAQpwEgACgCFCABQQEQ2gEgACAAKAIYQQFqIgE2AhggACAAKQMAQn5BPyAB\
IAFBP08brYmDNwMAC7IQAhl/AX4jAEEgayIRJAAgEUEEaiEEIwBBEGsiBSQAAkAgACgCACIJBEAg\
BSAJIAAoAgQgARBxIAVBBGohCSAFKAIABEAgBCAANgIMIAQgCSgCCDYCGCAEIAkpAgA3AhAgBCAB\
KQIANwIAIAQgASgCCDYCCAwCCyAEIAA2AhAgBEGAgICAeDYCACAEIAkoAgg2AgwgBCAJKQIANwIE\
IAEQigMMAQsgBEEANgIQIAQgADYCDCAEIAEoAgg2AgggBCABKQIANwIACyAFQRBqJAAgESgCBEGA\
gICAeEcEQCMAQRBrIg0kACMAQSBrIgokAAJAIAQoAhAEQCAKQQxqIQ4gBEEMaiEUIwBB4ABrIgIk\
ACACQRBqIQcjAEFAaiIDJAACQCAEIglBEGoiCygCACIMLwGKAUELTwRAIANBGGohBCADQRxqIQVB\
BCEAAkAgCygCCCIBQQVJDQAgA0EgaiADQSRqIQgCfwJAAkAgASIAQQVrDgIDAQALQQYhACABQQdr\
DAELQQUhAEEACyEBIQQgCCEFCyADIAA2AgggAyAMNgIAIAMgCygCBDYCBBDYAiIAQQA7AYoBIABB\
ADYCACADQQxqIgYgAyAAEFsgBkEANgIYIAYgADYCFCAGIAMpAgA3AgwgAyABNgIwIAMgBSgCADYC\
LCADIAQoAgA2AiggA0E0aiADQShqIAkQ6gEgAykCNCEbIAMoAjwhACAHIAMoAiQ2AhggByADKQIc\
NwIQIAcgAykCFDcCCCAHIAMpAgw3AgAgByAANgIkIAcgGzcCHAwBCyADQTRqIAsgCRDqASAHQYCA\
gIB4NgIAIAcgAygCPDYCJCAHIAMpAjQ3AhwLIANBQGskAAJAAkACQCACKAIQQYCAgIB4RwRAIAIg\
AikCEDcDSCACIAIoAhg2AlAgAigCHCEAIAIoAiAhBSACKAIoIQEgAigCJCEHIAIoAjAhFSACKAIs\
IRYgAigCNCEXA0AgACgCACIERQRAIAIgAigCUDYCGCACIAIpA0g3AxAgAiABNgIoIAIgBzYCJCAC\
IAU2AiAgAiAANgIcIBQoAgAiBCgCACIIRQ0DIAJBCGohBiAEKAIEIQMjAEEQayIAJAAQ2QIiBSAI\
NgKMASAFQQA7AYoBIAVBADYCAAJAIANBAWoiCARAIABBCGogBSAIEK8BIAAoAgwhBSAGIAAoAgg2\
AgAgBiAFNgIEIABBEGokAAwBC0HclMEAEIUDAAsgAigCCCEAIAQgAigCDCIFNgIEIAQgADYCACAC\
IAU2AlwgAiAANgJYIAJBEGohBAJAAkAgASACQdgAaiIAKAIEQQFrRgRAIAAoAgAiAC8BigEiAUEL\
Tw0BIAAgAUEBaiIFOwGKASAAIAFBDGxqIgEgBCgCCDYCDCABIAQpAgA3AgQgACAFQQJ0aiAHNgKM\
ASAHIAU7AYgBIAcgADYCAAwCC0GMlMEAQTBBvJTBABDaAgALQdyTwQBBIEHMlMEAENoCAAsMBAsg\
AiAENgI8IAIgAC8BiAE2AkQgAiAFQQFqNgJAIAJBEGohCyACQcgAaiETIwBBQGoiAyQAAkACQCAB\
IAJBPGoiBigCBCIMQQFrRgRAIAYoAgAiDy8BigFBC0kNASADQSRqIQUgA0EoaiEEQQQhAAJAIAYo\
AggiAUEFSQ0AIANBLGogA0EwaiEIAn8CQAJAIAEiAEEFaw4CAwEAC0EGIQAgAUEHawwBC0EFIQBB\
AAshASEFIAghBAsgAyAANgIUIAMgDDYCECADIA82AgwjAEEgayIAJAAgA0EMaiIMKAIAIg8vAYoB\
IRIQ2QIiBkEAOwGKASAGQQA2AgAgAEEUaiAMIAYQWyAGLwGKASIIQQFqIRAgCEEMTwRAQQAgEEEM\
QbSVwQAQNwALIANBGGohCCAPIAwoAggiGEECdGpBkAFqIRkgBkGMAWohGgJAIBAgEiAYayISRgRA\
IBJBAnQiEARAIBogGSAQ/AoAAAsMAQtB7JTBAEEoQZSVwQAQ2gIACyAAQQhqIAYgDCgCBCIGEK8B\
IAApAwghGyAIIAY2AhAgCCAPNgIMIAggACkCFDcCACAIIAAoAhw2AgggCCAbNwIUIABBIGokACAD\
IAE2AjwgAyAEKAIANgI4IAMgBSgCADYCNCADQTRqIBMgBxC8ASALIAMoAjA2AhggCyADKQIoNwIQ\
IAsgAykCIDcCCCALIAMpAhg3AgAMAgtBxJXBAEE1QfyVwQAQ2gIACyAGIBMgBxC8ASALQYCAgIB4\
NgIACyADQUBrJAAgAigCEEGAgICAeEYNAyACIAIpAhA3A0ggAiACKAIYNgJQIAIoAhwhACACKAIg\
IQUgAigCKCEBIAIoAiQhBwwACwALIA4gAigCNDYCCCAOIAIpAiw3AgAMAgtBzJPBABCFAwALIA4g\
FzYCCCAOIBU2AgQgDiAWNgIACyACQeAAaiQAIAkoAgwhAAwBCyAEKAIMIQAQ2AIiAUEAOwGKASAB\
QQA2AgAgCkEANgIEIAogATYCACAKKAIAIQEgAEEANgIEIAAgATYCACAKIAE2AhggCkEANgIcIApB\
GGoiBigCACIBLwGKASIFQQtPBEBB3JPBAEEgQfyTwQAQ2gIACyABIAVBAWo7AYoBIApBDGoiCSAF\
NgIIIAkgATYCACAJIAYoAgQ2AgQgASAFQQxsaiIBIAQoAgg2AgwgASAEKQIANwIECyANIAA2Agwg\
DSAKKAIUNgIIIA0gCikCDDcCACAAIAAoAghBAWo2AgggCkEgaiQAIA0oAgAaIA1BEGokAAsgEUEg\
aiQAC0UBA38gASgCACIDQQRqIAMvAYoBQQFqIgQgASgCCCIFIAIQogEgAyAEOwGKASAAIAU2Aggg\
ACADNgIAIAAgASgCBDYCBAs2AAJAIANpQQFHDQAgA0EAIAFBgICAgHggA2tNGyIDRQ0AIAAgASAD\
IAIQFCIARQ0AIAAPCwALNwECfyAAIAEoAgAiAiABKAIEIgNHBH8gASACQQFqNgIAIAItAAAFIAEL\
OgABIAAgAiADRzoAAAtBAAJAAkACQAJAAkAgAC0AAA4FAQECAwQACyAAQQRqEJMDCw8LIABBBGoQ\
igMPCyAAQQRqEIoDDwsgAEEEahCWAwuBBAEOfyMAQRBrIgckACAHQQhqIQwjAEEQayIEJAAgBCAB\
QQhqNgIEIAEiDigCACEBIA4oAgQhDwNAAkAgASAPRgRAQQAhCQwBCyAOIAFBCGoiAjYCACABKAIA\
IQkgBCABQQRqKAIAIg02AgwgBCAJNgIIIAIhASAEQQRqKAIAIgIoAgAgAigCCCIFLQAAIARBCGoi\
AygCACIIIAMoAgQiBiACKAIEKAIUEQgABH8CfyACKAIMIgIoAighAyACKAIsQcCowABBACAFLQAA\
GyELIwBBMGsiAiQAIAIgBjYCGCACIAg2AhRBDGwhBQNAIAVBAEchCAJAAkAgBUUNACACIAM2Ahwg\
CwRAIAJBCDYCJCACIAs2AiAgAkEcaiACQSBqEI8CBEBBASEIDAILIAJBCGogC0EIIANBBGooAgAg\
A0EIaigCABCbAiACKAIIIgZFDQIgAiAGIAIoAgxBLhDGASACKAIAIgZFDQIgAigCBCEKIAIgBjYC\
KCACIAo2AiwgAkEoaiACQRRqENMCDQEMAgsgAkEcaiACQRRqEI8CRQ0BCyACQTBqJAAgCAwCCyAD\
QQxqIQMgBUEMayEFDAALAAtBAXMFQQALRQ0BCwsgDCANNgIEIAwgCTYCACAEQRBqJAAgBygCDCEB\
IAAgBygCCDYCACAAIAE2AgQgB0EQaiQACzwBAn8gACgCCCIDIAAoAgBGBEAgABDNAQsgACgCBCAD\
QQN0aiIEIAI2AgQgBCABNgIAIAAgA0EBajYCCAtDAQF/AkACQAJAAkBBAyAAKAIAIgFBgICAgHhz\
IAFBAE4bDgMBAgMACyAAEIkDDwsgAEEEahCKAw8LIABBBGoQkwMLCzMBAn8jAEEQayIBJAAgAUEI\
aiAAEMACIAEoAgggASgCDCECIAFBEGokAEEARyACQQBHcQveAQIBfwF+IwBBIGsiAyQAIAMgATYC\
ECADIAA2AgwgA0EBOwEcIAMgAjYCGCADIANBDGo2AhQjAEEQayIBJAAgA0EUaiIAKQIAIQQgASAA\
NgIMIAEgBDcCBCMAQRBrIgAkACABQQRqIgEoAgAiAigCBCIDQQFxBEAgAigCACECIAAgA0EBdjYC\
BCAAIAI2AgAgAEGAncEAIAEoAgQgASgCCCIALQAIIAAtAAkQWAALIABBgICAgHg2AgAgACABNgIM\
IABBnJ3BACABKAIEIAEoAggiAC0ACCAALQAJEFgAC0EBAX8jAEEQayIAJAAgAEE1NgIEIABBrJbB\
ADYCACAAIACtQoCAgIDQD4Q3AwhBiIvAACAAQQhqQeSWwQAQ8gEACzQBAn8jAEEQayIBJAAgAUEI\
aiAAEEwgASgCCCEAIAEoAgwgAUEQaiQAQYCAxAAgAEEBcRsLMQAgASACSyACIARLckUEQCAAIAIg\
AWs2AgQgACABIANqNgIADwsgASACIAQgBRA3AAs5AQF/IwBBEGsiAiQAIAJBCGogAUETahDGAiAC\
KAIMIQEgACACKAIINgIAIAAgATYCBCACQRBqJAALPAAgAiADSQRAQeCSwQBBE0GclsEAEPIBAAsg\
ACADNgIEIAAgATYCACAAIAIgA2s2AgwgACABIANqNgIICzkAIAIgA0kEQEHgksEAQRMgBBDyAQAL\
IAAgAzYCBCAAIAE2AgAgACACIANrNgIMIAAgASADajYCCAs5AgF/AX4jAEEQayICJAAgAkEIaiAB\
QQFBARCyASACKQMIIQMgAEEANgIIIAAgAzcCACACQRBqJAALNAEBfyMAQRBrIgEkACABQQA2Agwg\
ASAAIAFBDGoQyAEgASgCACABKAIEEP8CIAFBEGokAAsxAQF/IAAoAgAiACABKAIAIgJyRSEBIABF\
IAJFcgR/IAEFIAAtAAAgAi0AAEYLQQFzCzgBAX8gASgCACIDBEAgACABLwGIATYCCCAAIAJBAWo2\
AgQLIAAgAzYCACABQbwBQYwBIAIbEKABCz8AIAAoAgBBgICAgHhHBEAgASAAKAIEIAAoAggQ6AIP\
CyABKAIAIAEoAgQgACgCDCgCACIAKAIAIAAoAgQQHws4AAJAIAJBgIDEAEYNACAAIAIgASgCEBED\
AEUNAEEBDwsgA0UEQEEADwsgACADIAQgASgCDBEEAAt0AQN/IAAoAggiAyAAKAIARgRAIwBBEGsi\
AiQAIAJBCGogACAAKAIAQQFBBEHoABBXIAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ0QIACyACQRBq\
JAALIAAoAgQgA0HoAGxqIAFB6AD8CgAAIAAgA0EBajYCCAszAQF/IAAoAggiAiAAKAIARgRAIAAQ\
zgELIAAoAgQgAkECdGogATYCACAAIAJBAWo2AggLQAEBfyABKAIAIgEgAkGcqsAAEKACLQAQIQMg\
ASACQayqwAAQoAIhASAAIAM6AAQgACACNgIIIAAgASgCCDYCAAs2ACAAKAIAIgAgAUH0scAAEKMC\
IAAgAkGEssAAEKMCEOMBIgAgASACSyABIAJJayAAQf8BcRsLNQEBfyMAQRBrIgEkACABIAAoAgAi\
ACgCADYCDCABIAAoAgg2AgggAUEIahCXAyABQRBqJAALNgEBfyABKAIAIgNB/////wdPBEAgAhCV\
AgALIAEgA0EBajYCACAAIAE2AgQgACABQQRqNgIAC2MAAkAgAkUNACADRQRAIAIgARDQAiEBDAEL\
AkACfyABQQlPBEAgASACECwMAQsgAhAJCyIBRQ0AIAFBBGstAABBA3FFIAJFcg0AIAFBACAC/AsA\
CwsgACACNgIEIAAgATYCAAsoACAAIAIgASADIAEgA0kbEL4BIgAgASADayAAGyIAQQBKIABBAEhr\
CyoAIAEgA00EQCAAIAMgAWs2AgQgACABIAJqNgIADwsgASADIAMgBBA3AAspACABIANGBEAgAUEC\
dCIBBEAgACACIAH8CgAACw8LIAEgAyAEELQBAAs3ACAAEJ4BAkAgAC0AHUUNACABIAAoAhQQVSAB\
KAIAQYCAgIB4Rw0AIABBADYCECAAQgE3AwgLCy0BAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoi\
ABCbASAAEMQCIAFBEGokAAuzAQECfyMAQRBrIgAkACABKAIAQeiewQBBCyABKAIEKAIMEQQAIQMg\
AEEIaiICQQA6AAUgAiADOgAEIAIgATYCACACIgEtAAQhAiABLQAFBEAgAQJ/QQEgAkEBcQ0AGiAB\
KAIAIgEtAApBgAFxRQRAIAEoAgBB3ajBAEECIAEoAgQoAgwRBAAMAQsgASgCAEHcqMEAQQEgASgC\
BCgCDBEEAAsiAjoABAsgAkEBcSAAQRBqJAALngIBBH8jAEEQayIEJAAQQCIFIAAmASMAQdAAayID\
JAAgAyABNgIUIAMgBTYCECADIAI2AhggAyADQc8AaiIBNgJEIAMgATYCQCADIANBGGo2AjwgAyAD\
QRRqNgI4IAMgATYCNCADIAE2AjAgAyABNgIsIAMgA0EQajYCKCADQRxqIANBKGoQQQJ/IAMoAhxB\
gICAgHhGBEBBASEBIAMoAiAhAkEADAELIAMgAygCJDYCMCADIAMpAhw3AyggA0EIaiADQShqEJQB\
IAMoAgwhBkEAIQJBACEBIAMoAggLIQUgBCABNgIMIAQgAjYCCCAEIAY2AgQgBCAFNgIAIANB0ABq\
JAAgBCgCACAEKAIEIAQoAgggBCgCDCAEQRBqJAALMAEBfyMAQRBrIgEkACABQQA2AgwgAUEMakHk\
ssAAIABBABBHIAEoAgwgAUEQaiQACygBAX8CQCAARQ0AIAAtAAAiAEEiRiAAQdwARnINACAAQR9L\
IQELIAELLAECfyABKAIEIgMgACgCACIAKAIIRgR/IAAoAgQgASgCACADEL4BBUEBC0ULKgEBfyMA\
QRBrIgMkACADIAAoAgA2AgwgA0EMaiABIAIQ0QEgA0EQaiQACyoBAX8jAEEQayIDJAAgAyAAKAIA\
NgIMIANBDGogASACEIICIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACgCADYCDCADQQxqIAEgAhBe\
IANBEGokAAswAQF/IwBBEGsiACQAIAAgAEEPaq1CgICAgOAMhDcDAEG3icAAIABB0JLBABDyAQAL\
DgAgAEKAgICAgBAQvAMLDgAgAEKAgICAkBAQvAMLIgAgAUF/RgR/IABBGGoFIAAgAUGQp8AAEKEC\
QQxqCygCAAstAQF/IwBBEGsiAiQAIAJBCGogARDGAiAAIAIoAgggAigCDBDqAiACQRBqJAALLQEB\
fyMAQRBrIgIkACACQQhqIAEQxgIgACACKAIIIAIoAgwQ6wIgAkEQaiQACzABAX8gAUEIayICIAIo\
AgBBAWoiAjYCACACRQRAAAsgACABNgIEIABB9JvBADYCAAu1AwEEfyMAQRBrIgUkACMAQdAAayID\
JAAgAyABNgIUIAMgADYCECADIAI2AhggAyADQc8AaiIANgJIIAMgADYCRCADIAA2AkAgAyADQRhq\
NgI8IAMgADYCOCADIAA2AjQgAyAANgIwIAMgA0EUajYCLCADIAA2AiggAyAANgIkIAMgADYCICAD\
IANBEGo2AhwjAEEQayIBJAAgAUEIaiECAn8gA0EcaiIAKAIAKAIAQR1HIAAoAhAoAgBBgIABR3Ig\
ACgCICgCAEEbR3JFBEAjAEEQayIAJABBAEHwt8AAKAIAEQUAIgZFBEAQkwIACyAAQQhqIAYQnQIg\
ACgCDCEGIAAgACgCCCIEQQAgBCgCBGtBA3EiBCAEQYCAAXJBhLjAABDUASAAKAIAIQQgBiAGKAIA\
QQFqNgIAIABBEGokAEEADAELQbS2wABBxgAQoAMhBEEBCyEAIAIgBDYCBCACIAA2AgAgASgCDCEA\
IANBCGoiAiABKAIINgIAIAIgADYCBCABQRBqJAAgBSADKAIIIAMoAgwQqQIgA0HQAGokACAFKAIA\
IAUoAgQgBSgCCCAFQRBqJAALKAAgAyAEIAEgAhDFAiEBIAAgBCACazYCBCAAIAIgA2pBACABGzYC\
AAsmAQF/QQEhAQN/IABBCU0EfyABBSABQQFqIQEgAEEKbiEADAELCwstACABKAIARQRAIAFBfzYC\
ACAAIAE2AgQgACABQQRqNgIADwtB9LfAABCUAgALJAAgASADRgRAIAEEQCAAIAIgAfwKAAALDwsg\
ASADIAQQtAEACyYBAn8gACgCCCIDIAEoAghGBH8gACgCBCABKAIEIAMQ/gIFQQALCw0AIAAgASAC\
QRQQuQMLDQAgACABIAJBBBC4AwsNACAAIAEgAkEDELgDCw0AIAAgASACQRwQuQMLDQAgACABIAJB\
AhC4AwsNACAAIAEgAkEMELkDCycAIAAQigMgAEEMahCVAyAAQRhqEJUDIABBJGoQlQMgAEEwahCK\
AwsmAQF/IwBBEGsiASQAIAEgAEEIazYCDCABQQxqEJsBIAFBEGokAAsmAQF/IwBBEGsiASQAIAEg\
AEEIazYCDCABQQxqEMQCIAFBEGokAAsmACAAIAE2AgggACACQQAgAUEBcSIBGzYCBCAAQQAgAiAB\
GzYCAAvSAwEGfyACQQFxBEAgACABIAJBAXYQlwEPCyMAQRBrIgUkAAJAAkACQAJAAkACQCACQQFx\
BEAgAkEBdiEDDAELIAEtAAAiA0UNASABIQQDQCAEQQFqIQgCQCADwEEASARAIANB/wFxQYABRgRA\
IAYgCC8AACIEaiEGIAQgCGpBAmohBAwCCyAIIANBA3FBCHgiBEEFdEGAgICABHEgBEEHdHJBHXZq\
IANBAXZBAnFqIANBAnZBAnFqIQQgBkUgB3IhBwwBCyAIIANB/wFxIgNqIQQgAyAGaiEGCyAELQAA\
IgMNAAtBACEDIAcgBkEQSXENAEEAIQcgBkEBdCIDQQBIDQQLIAMNAQtBASEEQQAhAwwBC0EBIQcg\
A0EBENACIgRFDQELIAVBADYCCCAFIAQ2AgQgBSADNgIAIAVBqJ/BACABIAIQH0UNASMAQSBrIgAk\
ACAAQdYANgIEIABB0J/BADYCACAAQcCfwQA2AgwgACAFQQ9qNgIIIAAgAEEIaq1CgICAgLAPhDcD\
GCAAIACtQoCAgIDQD4Q3AxBBoorAACAAQRBqQaigwQAQ8gEACyAHIAMQ0QIACyAAIAUoAgg2Aggg\
ACAFKQIANwIAIAVBEGokAAsnACAAKAIAQYCAgIB4RgRAIABBBGoQlgMPCyAAEJMDIABBDGoQigML\
JwAgACABKAIMIAEoAhAQdyIARQRAQQAPCyAAQQAgAEG8/8AAEF0bC+0IAgt/A34jAEEQayIJJAAj\
AEEwayIFJAAgBSABNgIYIAUgADYCFCAFIAVBL2oiADYCKCAFIAA2AiQgBSAFQRhqNgIgIAUgBUEU\
ajYCHCMAQSBrIgckACAHQRBqIAVBHGoiACgCACgCACAAKAIEKAIAEOABIAcoAhAhASAHIAcoAhQi\
ADYCHCAHIAE2AhggB0EIaiEKIwBBoAFrIgYkACAGIAA2AgwgBiABNgIIAkACfyMAQRBrIgIkAEEA\
Qci3wAAoAgARBQAiBARAIAIgBEGkuMAAEIQCIAIoAgQhBCACKAIAIggoAgBBgICAgHhHBEAgAiAI\
NgIMIAJBDGogBkEIahCPAiEDCyAEIAQoAgBBAWs2AgAgAkEQaiQAIAMMAQsQkwIACw0AIAZBEGoh\
BCMAQYABayICJAAgAkEgaiABIAAQagJAIAIoAiBBAkcEQCACIAIoAjg2AnAgAiACKQIwNwNoIAIg\
AikCKDcDYCACIAIpAiA3A1ggAkEDNgJ8IAIgAkHkAGoiAzYCeCACQcgAakGCisAAIAJB+ABqEKoC\
IAJBAToAVCADEIoDIAIgAikCSCINNwMYIAIgDTcDCCACIAIpAkAiDjcDACACKQJQIQ8gBCANNwIQ\
IAQgDjcCCCAEIA83AhggBEKAgICACDcCAAwBCyACIAIpAiQ3A1ggAiACKQIsNwNgIwBBMGsiAyQA\
AkACQCACQdgAaiIILQAAIgwEQCAMQQVGDQEgAyAIEMcCIAMgAykDADcCICADQQI2AiwgAyADQSBq\
NgIoIANBFGpB4ofAACADQShqEKoCIARCgICAgAg3AgAgBCADKQIMNwIIIAQgAykCFDcCECAEIAMo\
Ahw2AhggBEEBOgAcDAILIANBADYCFCADQoCAgIDAADcCDCAEIANBDGoiBBALIAQQkwMMAQsgBCAI\
QQRqEAsLIANBMGokACAIEO0BCyACQYABaiQAIAYoAhAiAkGAgICAeEYEQCAGQRRqEN4BIQBBASEL\
DAELIAYoAhQhAyAGQdwAaiAGQRhqQTz8CgAAIAYgADYCnAEgBiABNgKYASAGIAM2AlggBiACNgJU\
IAZB1ABqIQJBACEEIwBB0ABrIgMkAAJAQQBByLfAACgCABEFACIBBEAgAyACKAJEIAIoAkgQlwEg\
A0EMaiACQcQA/AoAACABKAIARQRAIAFBfzYCACABQQRqIQIgASgCBEGAgICAeEcEQCACEIoDIAFB\
EGoQpgIgASgCAEEBaiEECyACIANB0AD8CgAAIAEgBDYCACADQdAAaiQADAILQbS4wAAQlAIACyAC\
EKYCEJMCAAsLIAogADYCBCAKIAs2AgAgBkGgAWokACAHKQMIIQ0gB0EYaiIAKAIEIgEEQCAAKAIA\
IAEQoAELIAVBCGogDTcDACAHQSBqJAAgBSgCDCEAIAUgBSgCCCIBNgIEIAUgAEEAIAFBAXEbNgIA\
IAkgBSkDADcCACAFQTBqJAAgCSgCACAJKAIEIAlBEGokAAvyFAIYfwd+IwBBEGsiDiQAIwBBEGsi\
EiQAIBJBCGohFSMAQeAAayIEJAAgBEFAayETIwBBMGsiCSQAAkBBAEHwt8AAKAIAEQUAIgEEQCAJ\
QQhqIAEQnQIgCSgCDCEWIAkgCSgCCCIBQQAgASgCBGtBA3EiASABQYCAAXJBhLjAABDUASAJQRBq\
IRAgCSgCACEBIAkoAgQhAiMAQdAAayIIJAACQEEAQci3wAAoAgARBQAiBwRAIAhBCGogB0GUuMAA\
EIQCIAgoAgwhFwJ/IAgoAggiBygCAEGAgICAeEcEQCAIQTBqIQYgB0EMaiEHIwBBwAJrIgAkAANA\
IANB4ABHBEAgAEEIaiADakEHNgIAIANBDGohAwwBCwsgACACNgK4AiAAIAE2ArQCIABB1AFqIgIg\
AEEIakHgAPwKAABBBCEDA0AgA0EcRwRAIABBCGogAEHUAWogAxAwIAIgACgCEDYCCCACIAApAgg3\
AgAgAkEMaiECIANBA2ohAwwBCwsgAEEIaiIBIABB1AFqIgJB6AD8CgAAAkACQAJAIAAoAmxB9ABJ\
DQAgAiABQQEQMCAAKALUAUEHRg0AQWAhAwNAIAMEQAJAAkAgAEEIaiADQbSHwQBqKAIAIg1BDGxq\
KAIAQQNrDgUAAQEBBAELQXshAgNAIAIiAQRAIAFBAWohAiABQev+wABqLQAAEPQCIA1HDQELCyAB\
DQMLIANBBGohAwwBCwsgBygCLEUNAQsgBkKAgICAgICAgIB/NwIADAELIAAoAmgoAAAhDSAAQdQB\
aiIBIABBCGpBARAwIAEgBygCBCAHKAIIIAAoAtgBQQAgACgC1AFBAkYbIAAoAtwBEC4gACgC1AEi\
AUECRwRAIAYgACkC6AE3AhggBiAAKQLgATcCECAGIAApAtgBNwIIIAZBATYCACAGIAE2AgQMAQsg\
AEHUAWogAEEIakHQhsEAEDMgACAAKQLYATcDmAEgACAAKQLgATcDoAEgACAAKQLoATcDqAEgACAA\
KALwATYCsAEgACgC1AEiAUGAgICAeEYEQCAGIAAoArABNgIcIAYgACkDqAE3AhQgBiAAKQOgATcC\
DCAGIAApA5gBNwIEIAZBATYCAAwBCyAAIAApA5gBNwJ0IAAgACkDoAE3AnwgACAAKQOoATcChAEg\
ACAAKAKwATYCjAEgACAAKQL0ATcCkAEgACABNgJwIABB1AFqIABB8ABqIAcgAEG/AmpB6IbBABAM\
IAAgACkC3AE3A7gBIAAgACkC5AE3A8ABIAAgACkC7AE3A8gBQQEhAyAAKALYASECAkACQCAAKALU\
AUEBRgRAIAYgACkDyAE3AhggBiAAKQPAATcCECAGIAApA7gBNwIIIAIhAQwBC0GAgICAeCEBQQAh\
AyACQYCAgIB4Rg0AIAAgACkDuAEiGDcCnAEgACAAKQPIATcCrAEgACAAKQPAATcCpAEgACACNgKY\
ASAAKAKgAUHoAGwhAiAYpyEDAkADQCACBEAgDSEHIwBBoAFrIgUkACAFQSBqIANBOGoQwAIgBSkD\
ICEYIAVBGGogA0HEAGoQwAIgAykCJCEZIAUpAxghGiAFQRBqIANB0ABqEMACIAUpAxAhGyAFQQhq\
IANB3ABqEMACIAUpAwghHCAFQShqIAMQmQEgBSkCLCEdIAVBQGsiDCADEJkBIAUpAlAhHiAFQQA2\
ApABIAVBADYChAEgBSAeNwJ8IAUgHTcCdCAFIBw3AmwgBSAbNwJkIAUgGTcCXCAFIBo3AlQgBSAY\
NwJMIAVBBzYCSCAFQgE3AkBBACEBIwBBQGohCwJAIAwoAgBBAUcNACALIAxBBGpBwAD8CgAAIAso\
AgAiEUEDdCALakEMaiEKIAsoAgQhCwNAIAsgEUYNASABIAooAgBBBmxqQQNqIAEgCkEEaygCABsh\
ASAKQQhqIQogEUEBaiERDAALAAsgASELIAUgAygCMCIBNgJAIAUgASADKAI0QQxsajYCRCAFIAVB\
nwFqNgJIQQAhASAMKAIAIgogDCgCBCIRRwRAIApBCGohDCARIAprQQxuIQoDQCABIAwoAgBBBmxq\
QQNqIQEgDEEMaiEMIApBAWsiCg0ACwsgAygCBCIKQQBOIApBgoCAgHhGckUEQCADQQRqIAcQvgIh\
BwsgBUGgAWokACABIAtqIAdqQYACakGB+AFPBEAgAyANEN8CQYD4AUsNAwsgA0HoAGohAyACQegA\
ayECDAELCyAGIAAoArABNgIcIAYgACkCqAE3AhQgBiAAKQKgATcCDCAGIAApApgBNwIEIAZBADYC\
ACAAQfAAahCKAwwDCyAGQoCAgICAgICAgH83AgAgAEGYAWoQyAIMAQsgBiADNgIAIAYgATYCBAsg\
AEHwAGoQigMLIABBwAJqJAAgCCgCMAwBCyAIQYCAgIB4NgI0QQALIQEgFyAXKAIAQQFrNgIAIAgg\
CCkCNDcDECAIIAgpAjw3AxggCCAIKQJENwMgIAggCCgCTDYCKCABQQJHDQELEJMCAAsgECABNgIA\
IBAgCCkDEDcCBCAQIAgpAxg3AgwgECAIKQMgNwIUIBAgCCgCKDYCHCAIQdAAaiQAIBYgFigCAEEB\
ajYCACAJKAIQQQJHDQELEJMCAAsgEyAJKQIoNwIYIBMgCSkCIDcCECATIAkpAhg3AgggEyAJKQIQ\
NwIAIAlBMGokAAJAAkACfyAEKAJAQQFGBEAgBEHEAGoQ3gEMAQsgBCAEKQJMNwMQIAQgBCkCVDcD\
GCAEIAQoAlw2AiAgBCgCSCEBIAQoAkQiAkGBgICAeEcNASABCyEPQQEhFAwBCyAEIAQoAiA2Ajgg\
BCAEKQMYNwMwIAQgBCkDEDcDKCACQYCAgIB4Rg0AIAQgATYCRCAEIAI2AkAgBCAEKQMoNwJIIAQg\
BCkDMDcCUCAEIAQoAjg2AlggBEFAayIFIwBB0ABrIgEkAEEAQfC3wAAoAgARBQAiAkUEQBCTAgAL\
IARBCGohDSABQRhqIAIQnQIgASgCHCELIAFBEGogASgCGCICQQAgAigCBGtBA3EiAiACQYCAAXJB\
hLjAABDUASABKAIQIQAgASgCFCECIAFBADoANCABIAI2AjAgAUEANgIsIAEgAjYCKCABIAA2AiQg\
AUEkakGEt8AAEFEgASABKAI0NgJIIAEgASkCLDcDQCABIAEpAiQ3AzggAUEIaiEAQQAhAyMAQRBr\
IgIkAAJAIAFBOGoiBy0AEA0AIAcoAgQiBkEESQ0AIAJBBCAHKAIAIAZBlLbAABDnASACKAIEIQMg\
AigCACACIAcoAggiDzYCDCADIAJBDGpBBEGktsAAEJ4CQQEhAwsgACAPNgIEIAAgAzYCACACQRBq\
JAAgASgCDCECIAEoAgghByALIAsoAgBBAWo2AgAgDSACQQAgB0EBcRs2AgQgDUEANgIAIAFB0ABq\
JAAgBCgCDCEPIAQoAgghFCAFEMgCCyAVIA82AgQgFSAUNgIAIARB4ABqJAAgDiASKAIIIBIoAgwQ\
qQIgEkEQaiQAIA4oAgAgDigCBCAOKAIIIA5BEGokAAtPAQJ/IwBBEGsiASQAIAEgADYCDCMAQRBr\
IgAkACAAIAFBDGooAgAiAigCADYCDCAAIAIoAgg2AgggAEEIahCJAyAAQRBqJAAgAUEQaiQACyEA\
IAAoAgBBgICAgHhHBH8gABCKA0EMBUEECyAAahCKAwsoACAAKAIAIAEQ8QIgACgCBCgCACAAKAII\
IAAoAgwoAgAgARDcAWpPCyMBAX8gACgCCCIDIAFNBEAgASADIAIQswEACyAAKAIEIAFqCyYAIAEo\
AhwgASgCGEkEQCAAIAFBxKzAAEEkEOkCDwsgAEECNgIACx0BAX8gAC0AAEEFRgR/IABBBGogASAC\
EHcFQQALC08BAn8jAEEQayIBJAAgASAANgIMIwBBEGsiACQAIAAgAUEMaigCACICKAIANgIMIAAg\
AigCCDYCCCAAQQhqEIsDIABBEGokACABQRBqJAALIwAgAkH/////AE0EQCAAIAJBBHQgAXIQlgEP\
CyAAQQE6ABALDQAgACABQQFBARC7AwsNACAAIAFBBEEEELsDCw0AIAAgAUEMQQQQuwMLDQAgACAB\
QQhBBBC7AwshAQF/IAAoAggiASAAKAIARgRAIAAgAUEBQQRBHBDYAQsLuAEBBH8gASAAayIBQRBP\
BEAgACABEBMPCwJ/QQAgAUUNABogAUEDcSEEAkAgAUEETwRAIAFB/P///wdxIQEDQCACIAAgA2oi\
BSwAAEG/f0pqIAVBAWosAABBv39KaiAFQQJqLAAAQb9/SmogBUEDaiwAAEG/f0pqIQIgASADQQRq\
IgNHDQALIARFDQELIAAgA2ohAANAIAIgACwAAEG/f0pqIQIgAEEBaiEAIARBAWsiBA0ACwsgAgsL\
HgAgACgCAEECRgRAIABBBGoQ7QEPCyAAQQxqEIoDC0MBAX8gACgCACICQQBOIAJBgoCAgHhGcgR/\
IAEFIwBBEGsiASQAIAFBADYCDCAAIAFBDGoQVSABKAIMIAFBEGokAAsLGQEBfyABIANGBH8gACAC\
IAEQvgEFQQELRQslACAAIAEoAgg2AgQgACABKAIEQQAgASgCAEGAgICAeEcbNgIACyAAIAAgASAC\
EKEBIABBATsBJCAAIAI2AiAgAEEANgIcCyAAIAAoAgAoAgAiACAAKQMgIAKtfDcDICAAIAEgAhAK\
CyEAIAAgACgCGEEBazYCGCAAKAIUIgAgACgCAEEBajYCAAuwAQEDfyAAKAIAIgEgASgCAEEBayIB\
NgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBDGoiACgCAARAIAAoAgQi\
AigCACIDBEAgACgCACADEQIACyACKAIEIgMEQCACKAIIGiAAKAIAIAMQoAELCwJAIAFBCGooAgAi\
AEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQRgQoAELIAFBEGokAAsLGQEBfyABIANPBH8gAiAA\
IAMQvgEFQQELRQsjACAAIAFB/wFxQQJ0IgEoAuyXQTYCBCAAIAEoAtiYQTYCAAsiACAAIAEtAABB\
AnQiASgCvJdBNgIEIAAgASgC1JdBNgIACx4AIAAQlAMgACgCDEGAgICAeEcEQCAAQQxqEIoDCwsc\
ACAAQQxqIAEgAhCXASAAQQA2AgAgAEEBOgAYCxsBAX8gACgCACIBQQBKBEAgACgCBCABEKABCwsb\
ACAAKAIUIAFBARDaASAAIAAoAhhBAWs2AhgLFQAgAQRAIAAgARB0DwsgAEEGOgAAC54CAQR/QcC7\
wQAtAABBAUcEQCMAQRBrIgEkAAJAAkAgAARAIAAoAgAgAEEANgIAQQFxDQELIwBBIGsiACQAIABB\
FGpBg4ABQQFBAUEBEGAgACgCGCECIAAoAhQEQCACIAAoAhwQ0QIACyAAKAIcIQQgAUEEciIDQYOA\
ATYCCCADIAQ2AgQgAyACNgIAIABBIGokACABQQA2AgAMAQsgASAAKQIMNwMIIAEgACkCBDcDAAsC\
QAJAAkBBwLvBAC0AAEEBaw4CAQACC0GAksEAQf0AQcCSwQAQ8gEAC0HAu8EAQQI6AABBtLvBABCK\
AwtBuLvBACABKQMINwIAQbC7wQAgASkDADcCAEHAu8EAQQE6AAAgAUEQaiQAC0Gwu8EACx8AQQFB\
fyAAKAIAKAIAIAEoAgBByKnAABCgAi0AEBsLGAEBfyAAKAIAIgEEQCAAKAIEIAEQoAELCxUAIAFB\
CU8EQCABIAAQLA8LIAAQCQsfACAABEAgACABEKQDAAtBh5/BAEEjQZifwQAQ8gEACxUAIABBBGog\
ASACEJcBIABBAzoAAAsZACAAKAIAIAAoAgQgASgCACABKAIEEL8CCxIAIAAtAAAEQCAAQQRqENUC\
CwsVACAAKAIAIgBBhAhPBEAgABCSAQsLGQAgASgCACABKAIEIAAoAgAgACgCBBCGAgsZACAAKAIA\
IAAoAgQgASgCACABKAIEEIYCCxsBAX9BjAEQhwMiAEUEQEEEQYwBEKQDAAsgAAsbAQF/QbwBEIcD\
IgBFBEBBBEG8ARCkAwALIAALEgAgACABQQF0QQFyIAIQ8gEACxgAIAEoAgAgASgCBCAAKAIAIAAo\
AgQQHwsWAQFvIAAgARAIIQIQQCIAIAImASAAC0IBA38gACgCACECIAAoAgQhACABLQAAIQMDQCAA\
IgEEQCAAQQFrIQAgAi0AACEEIAJBAWohAiADIARHDQELCyABRQsWACAAKAIAQYCAgIB4RwRAIAAQ\
igMLC2MBAn8jAEEwayICJAAgAkEANgIMIAJBADsBLCACQQA2AiggAkIANwMQIAJBADYCGCACIAJB\
DGo2AiQgACACQRBqQcS4wAAQGCACKAIMIQMgAkEwaiQAIABBBGogARC+AiADagsSACAALQAAQQZH\
BEAgABDtAQsLFQEBfyMAQRBrIgEgADoADyABLQAPCxYAIAAoAgBBgICAgHhHBEAgABCTAwsLEwAg\
ACgCAEUEQCAAQQRqENUCCwsTAEHIu8EAIACtQiCGQgGENwMACw4AIAEEQCAAIAEQoAELCxwAIABB\
0J3BACkCADcCCCAAQcidwQApAgA3AgALHAAgAEHAncEAKQIANwIIIABBuJ3BACkCADcCAAsWACAA\
KAIAIAEgAiAAKAIEKAIMEQQACxEAIAAgASABKAIcIAIgAxBlCxMAIAAQngEgACgCFCABIAIQggML\
EwAgABCnASAAKAIUIAEgAhCBAwv7CgEDfyAAIQZBACEAIwBB0ABrIgUkACAFIAM2AgggBSACNgIE\
An8CQAJAIAFBgQJPBEBB/QEhAANAAkAgACAGaiIHQQNqLAAAQb9/TARAIAdBAmosAABBv39MDQEg\
AEECaiEADAULIABBA2ohAAwECyAHQQFqLAAAQb9/Sg0CIAcsAABBv39KDQMgAEEEayIAQX1HDQAL\
QQAhAAwCCyAFIAE2AhAgBSAGNgIMQQEMAgsgAEEBaiEACyAFIAY2AgwgBSAANgIQQQVBACAAIAFJ\
IgcbIQBB36jBAEEBIAcbCyEHIAUgADYCGCAFIAc2AhQCQAJAAkACQAJAAkAgASACTwRAIAEgA0kN\
BiACIANLDQEgAkUgASACTXINAyACIAZqLAAAQb9/Sg0DIAIhAAJAA0AgACAGaiwAAEG/f0oNASAA\
QQFrIgANAAtBACEACwNAIAIgBmosAABBv39KDQMgASACQQFqIgJHDQALIAEhAgwCCyAFIAVBFGqt\
QoCAgIDQD4Q3AzggBSAFQQxqrUKAgICA0A+ENwMwIAUgBUEEaq1CgICAgBCENwMoQbuBwAAgBUEo\
aiAEEPIBAAsgBSAFQRRqrUKAgICA0A+ENwNAIAUgBUEMaq1CgICAgNAPhDcDOCAFIAVBCGqtQoCA\
gIAQhDcDMCAFIAVBBGqtQoCAgIAQhDcDKEGRgcAAIAVBKGogBBDyAQALIAUgADYCHCAFIAI2AiAC\
QCAAIAJLDQACQCAARQ0AIAAgAU8EQCAAIAFGDQEMAgsgACAGaiwAAEFASA0BCwJAIAEgAk0EQCAB\
IAJHDQIMAQsgAiAGaiwAAEG/f0wNAQsgACACRg0CIAUCfyAAIAZqIgEsAAAiAEEATgRAIABB/wFx\
DAELIAEtAAFBP3EiAyAAQR9xIgJBBnRyIABBX00NABogAS0AAkE/cSADQQZ0ciIDIAJBDHRyIABB\
cEkNABogAkESdEGAgPAAcSABLQADQT9xIANBBnRycgs2AiQgBSAFQRRqrUKAgICA0A+ENwNIIAUg\
BUEMaq1CgICAgNAPhDcDQCAFIAVBHGqtQoCAgIDgD4Q3AzggBSAFQSRqrUKAgICA8A+ENwMwIAUg\
BUEEaq1CgICAgBCENwMoQZeCwAAgBUEoaiAEEPIBAAsgBiABIAAgAiAEEOwCAAsgA0UgASADTXIN\
AiADIAZqLAAAQb9/Sg0CIAMhAAJAA0AgACAGaiwAAEG/f0oNASAAQQFrIgANAAtBACEACwJAA0Ag\
AyAGaiwAAEG/f0oNASABIANBAWoiA0cNAAsgASEDCyAFIAA2AhwgBSADNgIgIAAgA0sNAQJAIABF\
DQAgACABTwRAIAAgAUYNAQwDCyAAIAZqLAAAQUBIDQILAkAgASADTQRAIAEgA0cNAwwBCyADIAZq\
LAAAQb9/TA0CCyAAIANGDQAgBQJ/IAAgBmoiASwAACIAQQBOBEAgAEH/AXEMAQsgAS0AAUE/cSID\
IABBH3EiAkEGdHIgAEFfTQ0AGiABLQACQT9xIANBBnRyIgMgAkEMdHIgAEFwSQ0AGiACQRJ0QYCA\
8ABxIAEtAANBP3EgA0EGdHJyCzYCJCAFIAVBFGqtQoCAgIDQD4Q3A0ggBSAFQQxqrUKAgICA0A+E\
NwNAIAUgBUEcaq1CgICAgOAPhDcDOCAFIAVBJGqtQoCAgIDwD4Q3AzAgBSAFQQhqrUKAgICAEIQ3\
AyhB6ILAACAFQShqIAQQ8gEACyAEEIUDAAsgBiABIAAgAyAEEOwCAAsgBSAFQRRqrUKAgICA0A+E\
NwM4IAUgBUEMaq1CgICAgNAPhDcDMCAFIAVBCGqtQoCAgIAQhDcDKEHqgcAAIAVBKGogBBDyAQAL\
FAAgACgCACABIAAoAgQoAgwRAwALEQAgACgCBCAAKAIIIAEQqAMLDgAgACABIAIgAWsQ2gELEAAg\
ACABKAIEIAEoAggQZwsUACAAKAIAIAFB7KnAABCgAigCCAsNACAAIAEgAhB3QQBHCw8AIABBAyAB\
Qf8BcRC2AgsQACAAQf8BcUECdCgCxJpBCw8AIAAQigMgAEEMahCKAwsPACAAQQxqEN4CIAAQjwML\
EAAgACgCACgCACABQQEQCgsPACAAEIoDIABBDGoQ7QELDwAgACAAKAIAIAJqNgIACxMAIABB2J7B\
ADYCBCAAIAE2AgALEQAgASAAKAIAIAAoAgQQ6AILEQAgACgCACAAKAIEIAEQqAMLEAAgASAAKAIA\
IAAoAgQQHAsMACAAIAEgAhC+AUULLwEBfyMAQRBrIgIkACACQQA2AgwgAkEMaiAAIAEQggMgAigC\
DCACQRBqJABBAmsLDAAgACABEJ8CQQFzCw8AIABByLLAACABIAIQKAsPACAAQeSywAAgASACECgL\
DwAgAEHonMEAIAEgAhAfCw8AIABBqJ/BACABIAIQHwsPAEHkqMEAQSsgABDaAgALDwBBuLjBAEEz\
IAAQ8gEACwkAIABBBBDQAgsLACAAQQRBDBDMAQsLACAAQQRBCBDMAQsLACAAQQFBARDMAQsLACAA\
QQRBBBDMAQsLACAAQQRBEBDMAQsLACAAQQRBFBDMAQsLACAAQQRBGBDMAQs0AQJ/IAAoAgghASAA\
KAIEIQIDQCABBEAgAUEBayEBIAIQigMgAkEUaiECDAELCyAAEI0DCwoAIAAgASACEDULCwAgACAB\
IAIQ2gELNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEPUCIAJBGGohAgwBCwsgABCO\
Aws0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ+AIgAkEcaiECDAELCyAAEJcDC4MB\
AQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgAUE4ahDeAiABQcQAahDeAiABQSBqEIoDIAFB0ABqEN4C\
IAFB3ABqEN4CIAFBLGoQlQMgASgCAEEBRwRAIAFBFGoQigMLIAFBBGoQ8AEgAkEBayECIAFB6ABq\
IQEMAQsLIABBBEHoABDMAQs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQigMgAkEM\
aiECDAELCyAAEIgDCzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhDtASACQRBqIQIM\
AQsLIAAQjAMLCwAgAEEEQRwQzAELCgAgACABIAIQNgsMACAAQb2zwAAQywILDAAgAEHEssAAEOgB\
C0MBAn8gABCeASAAIAAoAhhBAWoiATYCGCAAKAIUIgIgAigCAEEBajYCACAAIAApAwBCfkE/IAEg\
AUE/TxutiYM3AwALDAAgAEG8s8AAEOgBCwwAIABBxbLAABDLAgtnAQF/IwBBEGsiAyQAIAMgAjYC\
CCADIAE2AgQgACgCCEEUbCEBIAAoAgQhAgNAIAEiAARAIABBFGshASADIAI2AgwgAkEUaiECIANB\
DGogA0EEahCPAkUNAQsLIANBEGokACAAQQBHCwsAIAAoAgAlARAACxYBAW8gACABEAIhAhBAIgAg\
AiYBIAALCQAgACABEAUACwwAIAAgASkCBDcDAAsMACAAIAEpAgA3AwALPgEBfyMAQRBrIgIkACAC\
IAE2AgwgAiAANgIIIAJBCGoiACgCACAAKAIEQdy7wQAoAgAiAEHlACAAGxEAAAALDgAgAUG4oMEA\
QQUQ6AILDQAgAUGMusEAQRgQHAsNACABQey5wQBBIBAcCwoAIAIgACABEBwLCQAgAEEAEN8CCwkA\
IABBABCWAQsJACAAQQIQlgELCQAgAEEBEJYBCwkAIAAgARDzAgsWAgFvAX8gABAHIQEQQCICIAEm\
ASACCwwAQbS/wQBBAToAAAsJACAAQQA2AgALBwAgABCKAwsHACAAEOICCwcAIAAoAggLBABBAAsH\
AEG8usEACwQAQQELAwAACyYBAX8gACgCCCIEIAFNBEAgASAEIAIQswEACyAAKAIEIAEgA3RqCyYB\
AX8gACgCCCIEIAFNBEAgASAEIAIQswEACyAAKAIEIAEgA2xqC0QBAX8jAEEQayICJAAgAkEIaiAA\
IAAoAgBBAUEEIAEQVyACKAIIIgBBgYCAgHhHBEAgACACKAIMENECAAsgAkEQaiQACyQBAX8gACgC\
ACAAKAIIIgRrIAFJBEAgACAEIAEgAyACENgBCwsoAQF/IwBBEGsiAiQAIAIgAkEPaq0gAYQ3AwBB\
iIvAACACIAAQ8gEACwuQswFzAEGAgMAAC507wMDAAAR0aGUgwAogY2FsbCBmb3IgwAogd291bGQg\
YmUgwBggYnl0ZXM7IFNlZ21lbnQgYWNjZXB0cyDAKCBieXRlcyBwZXIgY2FsbCBhbmQgdGhpcyBm\
dW5jdGlvbiBrZWVwcyDAJCBvZiB0aGVtIGZvciB0aGUgZmllbGRzIFNlZ21lbnQgYWRkc8AAAWjA\
AA1iZWdpbiA+IGVuZCAowAMgPiDAECkgd2hlbiBzbGljaW5nIGDAAWDAABFzdGFydCBieXRlIGlu\
ZGV4IMAWIGlzIG91dCBvZiBib3VuZHMgb2YgYMABYMAAD2VuZCBieXRlIGluZGV4IMAWIGlzIG91\
dCBvZiBib3VuZHMgb2YgYMABYMAAEXN0YXJ0IGJ5dGUgaW5kZXggwCYgaXMgbm90IGEgY2hhciBi\
b3VuZGFyeTsgaXQgaXMgaW5zaWRlIMAIIChieXRlcyDABikgb2YgYMABYMAAD2VuZCBieXRlIGlu\
ZGV4IMAmIGlzIG5vdCBhIGNoYXIgYm91bmRhcnk7IGl0IGlzIGluc2lkZSDACCAoYnl0ZXMgwAYp\
IG9mIGDAAWDAAAZzdGlnZ1/AAMABX8AAwAEuwAAFYm9keS3AAMAKYW5vbnltb3VzLcAACHNldHRp\
bmcgwAg6IGVudHJ5IMAXIG11c3QgYmUgYSBzdHJpbmcsIGdvdCDAAAhzZXR0aW5nIMALOiBleHBl\
Y3RlZCDABiwgZ290IMAAFnNsaWNlIGluZGV4IHN0YXJ0cyBhdCDADSBidXQgZW5kcyBhdCDAACBp\
bmRleCBvdXQgb2YgYm91bmRzOiB0aGUgbGVuIGlzIMASIGJ1dCB0aGUgaW5kZXggaXMgwAAqdGhl\
IGJvZHkgbXVzdCBiZSBhIEpTT04gb2JqZWN0LCBidXQgaXQgaXMgwAAtdGhlICJ0eXBlIiBmaWVs\
ZCBtdXN0IGJlIGEgc3RyaW5nLCBidXQgaXQgaXMgwADAHyBtYXRjaGVzIGV2ZW50RGVueWxpc3Qg\
cGF0dGVybiDAABx0aGUgYm9keSBpcyBub3QgdmFsaWQgSlNPTjogwAkgYXQgbGluZSDACCBjb2x1\
bW4gwAAScmFuZ2Ugc3RhcnQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5n\
dGggwAAQcmFuZ2UgZW5kIGluZGV4IMAiIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3Ro\
IMAACHNldHRpbmcgwBA6IHVua25vd24gdmFsdWUgwBI7IGV4cGVjdGVkIG9uZSBvZiDAAClzZXR0\
aW5ncyBtdXN0IGJlIGFuIG9iamVjdCwgYnV0IHRoZXkgYXJlIMAAEXRoZSBzZXR0aW5ncyBhcmUg\
wAAJZXhwZWN0ZWQgwAAQdW5rbm93biBzZXR0aW5nIMACOyDAABBhc3NlcnRpb24gYGxlZnQgwBcg\
cmlnaHRgIGZhaWxlZAogIGxlZnQ6IMAJCiByaWdodDogwAAQYXNzZXJ0aW9uIGBsZWZ0IMAQIHJp\
Z2h0YCBmYWlsZWQ6IMAJCiAgbGVmdDogwAkKIHJpZ2h0OiDAAEhjYW5ub3QgYWNjZXNzIGEgVGhy\
ZWFkIExvY2FsIFN0b3JhZ2UgdmFsdWUgZHVyaW5nIG9yIGFmdGVyIGRlc3RydWN0aW9uOiDAAB1z\
ZXR0aW5ncyBhcmUgbm90IHZhbGlkIEpTT046IMAAwAI6IMAAwAQgaXMgwCggZXZlbnQsIHdoaWNo\
IGNvbmNlcm5zIG5vIGN1c3RvbWVyLCBhbmQgwAEgwADAHiBuYW1lcyBubyBjdXN0b21lciAobG9v\
a2VkIGluIMAGKSBhbmQgwAEgwADAJSBtYXRjaGVzIG5vIHBhdHRlcm4gaW4gZXZlbnRBbGxvd2xp\
c3QAEXRoZSAidHlwZSIgZmllbGQgwEEgZ2l2ZXMgYW4gZW1wdHkgZXZlbnQgbmFtZTsgaXQgbmVl\
ZHMgYXQgbGVhc3Qgb25lIGxldHRlciBvciBkaWdpdAAEdGhlIMAcIGhlYWRlciBpcyBtaXNzaW5n\
LCBhbmQgdGhlIMAUIHNldHRpbmcgcmVxdWlyZXMgaXQAEnRoZSBtZXNzYWdlSWQgZm9yIMAQIGlz\
IGxvbmdlciB0aGFuIMALIGNoYXJhY3RlcnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJh\
YzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvY29sbGVjdGlvbnMvYnRyZWUvbWFw\
L2VudHJ5LnJzAHNyYy9qc29uL2JvZHkucnMAc3JjL3NvcnQucnMAL3J1c3RjLzU5ODA3NjE2ZTFm\
YTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvZm10LnJzAHNy\
Yy9maXQucnMAc3JjL3NlY3JldC5ycwBzcmMvc2V0dGluZ3MucnMAc3JjL2lkcy5ycwAvcnVzdGMv\
NTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L3N0ZC9zcmMv\
c3lzL3RocmVhZF9sb2NhbC9ub190aHJlYWRzLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0\
YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3N0ci5ycwBzcmMvZmlsdGVy\
LnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJh\
cnkvY29yZS9zcmMvc2xpY2UvaXRlci5ycwBzcmMvanNvbi9udW1iZXIucnMAc3JjL3RpbWVzdGFt\
cC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJy\
YXJ5L2NvcmUvc3JjL3N0ci9wYXR0ZXJuLnJzAHNyYy9qc29uL3NjYW4ucnMAc3JjL3dhc20ucnMA\
L3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9z\
dGQvc3JjL3RocmVhZC9sb2NhbC5ycwAvY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5p\
by0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9mdXR1cmVzL2pzcGkucnMAL2Nh\
cmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zaGEyLTAu\
MTAuOS9zcmMvY29yZV9hcGkucnMAc3JjL2pzb24vdmFsdWUucnMAc3JjL2pzb24vd3JpdGUucnMA\
L3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9h\
bGxvYy9zcmMvY29sbGVjdGlvbnMvYnRyZWUvbmF2aWdhdGUucnMAc3JjL3dhcmVob3VzZS5ycwBz\
cmMvdGFwZS5ycwBzcmMvZXZlbnRfbmFtZS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJm\
YmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3VuaWNvZGUvcHJpbnRhYmxlLnJz\
AC9jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvZGln\
ZXN0LTAuMTAuNy9zcmMvY29yZV9hcGkvY3RfdmFyaWFibGUucnMAL3J1c3RjLzU5ODA3NjE2ZTFm\
YTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvY29sbGVjdGlv\
bnMvYnRyZWUvbm9kZS5ycwBzcmMvc3RpZ2cvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQw\
NzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc2xpY2UvbW9kLnJzAC9y\
dXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxs\
b2Mvc3JjL3Jhd192ZWMvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3\
OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3ZlYy9tb2QucnMAL3J1c3RjLzU5ODA3NjE2\
ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvdmVjL3Nw\
ZWNfZnJvbV9pdGVyX25lc3RlZC5ycwBzcmMvanNvbi9yZWFkLnJzAC9ydXN0L2RlcHMvZGxtYWxs\
b2MtMC4yLjExL3NyYy9kbG1hbGxvYy5ycwAvY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRl\
cy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9saWIucnMAL2NhcmdvL3Jl\
Z2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9ibG9jay1idWZmZXIt\
MC4xMC40L3NyYy9saWIucnMAG3RoZSBKU09OIG5lc3RzIGRlZXBlciB0aGFuIMAHIGxldmVscwAE\
dGhlIMAbIGhlYWRlciBkb2VzIG5vdCBtYXRjaCB0aGUgwAggc2V0dGluZwAIc2V0dGluZyDAFjog\
dGhlIHNlY3JldCBjb250YWlucyDACywgd2hpY2ggbm8gwCsgaGVhZGVyIGNhbiBjYXJyeTsgY29w\
eSBpdCBhZ2FpbiBmcm9tIFN0aWdnABR0aGUgdGV4dCBlbmRzIHdoZXJlIMAKIHNob3VsZCBiZQDA\
A19pZAAGOyBzZXQgwDEgdG8gInRyaW0iIHRvIGRyb3AgdGhlIGxhcmdlc3QgcHJvcGVydGllcyBp\
bnN0ZWFkAAR0aGUgwAogY2FsbCBmb3IgwCMgaGFzIG5laXRoZXIgdXNlcklkIG5vciBhbm9ueW1v\
dXNJZAABW8ABXQANZGlkIHlvdSBtZWFuIMABPwAIc2V0dGluZyDAAjogwAogY29udGFpbnMgwCM7\
IHVzZSBvbmx5IGxldHRlcnMsIGRpZ2l0cywgXyBhbmQgLgACICjADCBjaGFyYWN0ZXJzKQAMdGhl\
IGJvZHkgaXMgwMAgIGJ5dGVzOyBTZWdtZW50IGFjY2VwdHMgYXQgbW9zdCDAECBieXRlcyAoNTEy\
IEtpQikAJmNvcHlfZnJvbV9zbGljZTogc291cmNlIHNsaWNlIGxlbmd0aCAowCspIGRvZXMgbm90\
IG1hdGNoIGRlc3RpbmF0aW9uIHNsaWNlIGxlbmd0aCAowAEpABJyZW1vdmFsIGluZGV4IChpcyDA\
Fikgc2hvdWxkIGJlIDwgbGVuIChpcyDAASkAHXRoZSBib2R5IGlzIG5vdCB2YWxpZCBVVEYtODog\
wAkgYXQgYnl0ZSDAByAobGluZSDACCBjb2x1bW4gwAEpAAAAmQgQAE8AAADNAQAANwAAACYIEABO\
AAAADQgAABEAAABjYXBhY2l0eSBvdmVyZmxvdwAAAMAMEABeAAAAOQAAABIAAAAICxAAXgAAAHwA\
AAAkAAAAqg0QAFMAAACiAAAAJwAAAKoNEABTAAAApAAAABgAAACqDRAAUwAAAKQAAAAgAAAAqg0Q\
AFMAAACuAAAAFAAAAKoNEABTAAAArgAAABoAAACqDRAAUwAAAJ0AAAAYAAAAqg0QAFMAAACdAAAA\
HwAAAKoNEABTAAAAnQAAACUAAACqDRAAUwAAAC0BAAAiAAAAqg0QAFMAAAA4AQAAHgAAAKoNEABT\
AAAANQEAABgAAACgChAAEQAAAEIAAAAZAAAAoAoQABEAAAAzAAAAIgAAAKAKEAARAAAANAAAAB0A\
AACgChAAEQAAAD0AAAAdAAAAb25NaXNzaW5nQ3VzdG9tZXJkcm9wZXJyb3Jhbm9ueW1vdXMAERIQ\
AAQAAAAVEhAABQAAABoSEAAJAAAABAAAACAAAAAEAAAABQAAAAYAAAAHAAAACAAAABAAAAAEAAAA\
CQAAAGludGVybmFsIGVycm9yOiBlbnRlcmVkIHVucmVhY2hhYmxlIGNvZGU6IHRoZSBmdWxsIHBh\
dGggYWx3YXlzIGhhcyB0aGUgYm9keQDzDRAACgAAAEQAAAAfAAAAPAcQAAoAAAD2AQAADAAAADwH\
EAAKAAAA9wEAABUAAAAuLi4gYW5kICBtb3JlASBldmVuIHdpdGggZXZlcnkgcHJvcGVydHkgcmVt\
b3ZlZCB0aGF0IG1heSBiZSAodHlwZSwgbWVzc2FnZUlkLCB0cmFjZUlkLCB0aW1lc3RhbXAgYW5k\
IHRoZSBjdXN0b21lcidzIGlkIGFyZSBhbHdheXMga2VwdClvdmVyc2l6ZWRFdmVudHMAAGcTEAAP\
AAAAPAcQAAoAAAAjAQAAIAAAADwHEAAKAAAArgAAABwAAAA8BxAACgAAAMsAAAAtAAAAPAcQAAoA\
AADvAAAAIAAAAOKApi48BxAACgAAAPMAAAAiAAAAPAcQAAoAAAD0AAAAHAAAAHR5cGVtZXNzYWdl\
SWR0cmFjZUlkdGltZXN0YW1waWRjdXN0b21lcklkAAAA5BMQAAQAAADoExAACQAAAPETEAAHAAAA\
+BMQAAkAAAABFBAAAgAAAAMUEAAKAAAAY3VzdG9tZXJpbnB1dAAAAEAUEAAIAAAAARQQAAIAAABI\
FBAABQAAAAMUEAAKAAAAAAAAAAQAAAAEAAAACgAAAAsAAAALAAAAPAcQAAoAAAC1AQAAEAAAADwH\
EAAKAAAAjgEAABQAAAA8BxAACgAAAH0BAAAdAAAAPAcQAAoAAACBAQAAEQAAADwHEAAKAAAAYwEA\
ADkAAAA8BxAACgAAAFwBAAAdAAAAAgAAADwHEAAKAAAAdwEAACIAAAA8BxAACgAAAG0BAAAdAAAA\
PAcQAAoAAABuAQAAGwAAADwHEAAKAAAAXwEAACYAAAA8BxAACgAAAF8BAAA/AAAAAIAAAAAEAADg\
EhAACAAAAOgSEAAFAAAAPAcQAAoAAADUAQAAEAAAAHN0aWdnLS1oLQAAAGQVEAAGAAAAZQcQAAoA\
AABHAAAAPQAAAGUHEAAKAAAAegAAABgAAADvu790aGUgYm9keSBpcyBlbXB0eTsgYSBTdGlnZyB3\
ZWJob29rIGlzIGEgSlNPTiBvYmplY3RhIHRydW5jYXRlZCBVVEYtOCBzZXF1ZW5jZWFuIGludmFs\
aWQgVVRGLTggYnl0ZQAAANYGEAAQAAAAGgAAAEIAAABhdCBsZWFzdCAAAAAAAAgAHw0QABAAAABy\
AAAADgAAAEZGRkQfDRAAEAAAAHIAAAAjAAAAdW5leHBlY3RlZCB0ZXh0IGFmdGVyIHRoZSBKU09O\
IHZhbHVlYDpgYSBzdHJpbmcga2V5YCxgIG9yIGB9YGAsYCBvciBgXWB0aGUgdGV4dCBlbmRzIGlu\
c2lkZSBhIHN0cmluZ2ludmFsaWQgZXNjYXBlIGluIGEgc3RyaW5nAAAfDRAAEAAAANABAAAoAAAA\
YSBjb250cm9sIGNoYXJhY3RlciAoVSswMDAwIHRvIFUrMDAxRikgbXVzdCBiZSBlc2NhcGVkIGlu\
IGEgc3RyaW5nYSBkaWdpdCBhZnRlciB0aGUgZGVjaW1hbCBwb2ludGEgZGlnaXQgaW4gdGhlIGV4\
cG9uZW50YSBkaWdpdHRydWVmYWxzZW51bGwfDRAAEAAAAJcBAAAXAAAAYSB2YWx1ZQAfDRAAEAAA\
AIYBAAAsAAAAXAAAAIgXEAB1AAAAkBcQAGEgXHUgZXNjYXBlIG5lZWRzIGZvdXIgaGV4IGRpZ2l0\
cwAAAOgDAAAfDRAAEAAAAFoAAAAyAAAAHw0QABAAAABPAAAAHwAAAB8NEAAQAAAASAAAABMAAADp\
CBAAEAAAABQAAAAcAAAAYSBib29sZWFuYSBudW1iZXJhIHN0cmluZ2FuIGFycmF5YW4gb2JqZWN0\
AAAAAAAABAAAAAQAAAAMAAAADQAAAA0AAAD/CRAAEQAAAJsAAAA9AAAA/wkQABEAAACbAAAANwAA\
AP8JEAARAAAAmwAAAFQAAAD/CRAAEQAAAJsAAABOAAAA/wkQABEAAACfAAAAJwAAAP8JEAARAAAA\
nwAAADkAAAD/CRAAEQAAAKEAAAA7AAAA/wkQABEAAACiAAAAGAAAAP8JEAARAAAAowAAACYAAAD/\
CRAAEQAAAKQAAAAZAAAA/wkQABEAAACsAAAAEQAAAP8JEAARAAAAkAAAABQAAAD/CRAAEQAAAJAA\
AAAmAAAA/wkQABEAAACUAAAAIAAAAP8JEAARAAAAlAAAADYAAAD/CRAAEQAAAGkAAAAbAAAAW10s\
AA4AAAAMAAAABAAAAA8AAAAPAAAADwAAABAAAAAAAAAABAAAAAQAAAARAAAAEgAAABMAAAAUAAAA\
IgAAABEKEAARAAAAYQAAABsAAABcIlxcXG5cclx0XGJcZgAAAAAAAAQAAAAEAAAAFQAAABYAAAAW\
AAAAe306ABEKEAARAAAA7AAAAD8AAAARChAAEQAAAOgAAAAUAAAAEQoQABEAAADoAAAAJQAAAFx1\
MDEyMzQ1Njc4OWFiY2RlZgAAAAAAAHAAAAAIAAAAFwAAABcAAAAXAAAAGAAAAHUIEAASAAAAKAAA\
ABsAAAB1CBAAEgAAACgAAAAnAAAAdQgQABIAAACkAAAAIwAAAOcGEAALAAAANQAAABMAAADnBhAA\
CwAAACAAAAApAAAA5wYQAAsAAAAgAAAAOwAAAOcGEAALAAAAJQAAACAAAADnBhAACwAAACcAAAA9\
AAAA5wYQAAsAAAAsAAAAHQAAAOcGEAALAAAAKQAAAB0AAADnBhAACwAAACEAAAATAAAA5wYQAAsA\
AAAhAAAANQAAAOcGEAALAAAAIQAAACAAAABuYW1llAoQAAsAAAB8AAAAEgAAAJQKEAALAAAAfAAA\
AEkAAACUChAACwAAAFcAAAASAAAAlAoQAAsAAABXAAAAGwAAAHN0aWdnLXNlZ21lbnQ6IHRoZSBz\
Y3JpcHQncyBmaWVsZCBsYXlvdXQgaXMgbm90IGl0cyB3YXNtJ3M7IHJlYnVpbGQgaXRsaW5lY29s\
dW1uAAAAABQAAAAEAAAAGQAAABoAAAAbAAAAGgAAABwAAAAcAAAAHQAAAB4AAABTdGlnZy1XZWJo\
b29rcy1TZWNyZXQAAAAfAAAA+ggQAAsAAAAXAQAAJwAAAHNldHRpbmdzIGFyZSBub3Qgc2V0IAAA\
APoIEAALAAAA5wAAAB0AAAD6CBAACwAAAOkAAAAbAAAA+ggQAAsAAACLAQAAKwAAAPoIEAALAAAA\
JQEAAA4AAAD6CBAACwAAACsBAAAmAAAAAAAAACAAAAAIAAAAIQAAACIAAAAhAAAAIgAAACMAAAAk\
AAAAJQAAACYAAAAAAAAAIAAAAAgAAAAnAAAAKAAAACkAAAAqAAAAKwAAACwAAAAtAAAALgAAAGNh\
bGxzc2tpcHBlZGNvZGVyZWFzb25ldmVudHVzZXJJZGFub255bW91c0lkZ3JvdXBJZHByb3BlcnRp\
ZXN0cmFpdHNjb250ZXh0aW50ZWdyYXRpb252ZXJzaW9uc3RpZ2d0cmltbWVkdHJhY2tpZGVudGlm\
eWdyb3VwMC4xLjBib2R5bm9fY3VzdG9tZXJmaWx0ZXJlZEludmFsaWRFdmVudFBheWxvYWRWYWxp\
ZGF0aW9uRXJyb3JFdmVudE5vdFN1cHBvcnRlZGFkZG9uLmNyZWF0ZWRhZGRvbmFkZC1vbmFkZG9u\
LgByHRAABQAAAHcdEAAGAAAAfR0QAAYAAAABAEGou8AAC2dhZGRvbi5kZWxldGVkYWRkb24udXBk\
YXRlZGF1dG9tYXRpY19yZWNoYXJnZS5jb25maWd1cmF0aW9uLmNoYW5nZWRhdXRvbWF0aWMgcmVj\
aGFyZ2VhdXRvbWF0aWNfcmVjaGFyZ2UuAEGYvMAAC3nqHRAAEgAAAPwdEAATAAAA6BQQAAEAAAAA\
AAAAYXV0b21hdGljX3JlY2hhcmdlLm9wZXJhdGlvbi5hdHRlbXB0ZWRjb3Vwb24uYXJjaGl2ZWRj\
b3Vwb25jb3Vwb24uAABpHhAABgAAAGkeEAAGAAAAbx4QAAcAAAABAEGcvcAAC1Jjb3Vwb24uY3Jl\
YXRlZGNvdXBvbi51cGRhdGVkY3JlZGl0X2JhbGFuY2UuZGVwbGV0ZWQBAmNyZWRpdCBiYWxhbmNl\
Y3JlZGl0X2JhbGFuY2UuAEH4vcAAC7UC0R4QAA4AAADfHhAADwAAAM8eEAACAAAAAAAAAGNyZWRp\
dF9iYWxhbmNlLmxvd2NyZWRpdF9ncmFudC5iYWxhbmNlLmxvd2NyZWRpdF9ncmFudGNyZWRpdCBn\
cmFudGNyZWRpdF9ncmFudC4CAQAAAD4fEAAMAAAASh8QAAwAAABWHxAADQAAAGMfEAACAAAAAAAA\
AGNyZWRpdF9ncmFudC5jcmVhdGVkY3JlZGl0X2dyYW50LmRlcGxldGVkY3JlZGl0X2dyYW50LmV4\
cGlyZWRjcmVkaXRfZ3JhbnQudXBkYXRlZGNyZWRpdF90eXBlLmFyY2hpdmVkY3JlZGl0X3R5cGVj\
cmVkaXQgdHlwZWNyZWRpdF90eXBlLgDxHxAACwAAAPwfEAALAAAAByAQAAwAAAABAEG4wMAAC6YE\
Y3JlZGl0X3R5cGUuY3JlYXRlZGNyZWRpdF90eXBlLnVuYXJjaGl2ZWRjcmVkaXRfdHlwZS51cGRh\
dGVkY3JlZGl0cy5hdXRvbWF0aWNfcmVjaGFyZ2VfbGltaXRfZXhjZWVkZWRjcmVkaXRzY3JlZGl0\
cy4AAAAAAAAAAJ0gEAAHAAAApCAQAAgAAADoFBAAAQAAAAAAAABjcmVkaXRzLmJhbGFuY2UuZGVw\
bGV0ZWRjcmVkaXRzLmJhbGFuY2UudXNhZ2VfbG93Y3JlZGl0cy5leHBpcmVkY3JlZGl0cy5ncmFu\
dC5kZXBsZXRlZGNyZWRpdHMuZ3JhbnQudXBkYXRlZGNyZWRpdHMuZ3JhbnQudXNhZ2VfbG93Y3Jl\
ZGl0cy5ncmFudC52b2lkZWRjcmVkaXRzLmdyYW50ZWRjdXN0b21lci5jcmVhdGVkAAFjdXN0b21l\
ci5AFBAACAAAAEAUEAAIAAAAhyEQAAkAAACFIRAAAgAAAAEBAABBY2NvdW50IENyZWF0ZWRTdGln\
ZydzIGN1c3RvbWVyIGlzIHRoZSBCMkIgYWNjb3VudC5jdXN0b21lci5kZWxldGVkQWNjb3VudCBE\
ZWxldGVkY3VzdG9tZXIucGF5bWVudF9mYWlsZWRjdXN0b21lci51cGRhdGVkZW50aXRsZW1lbnQu\
dXNhZ2VfZXhjZWVkZWRlbnRpdGxlbWVudGVudGl0bGVtZW50LgBB6MTAAAtJRyIQAAsAAABSIhAA\
DAAAAO0SEAABAAAAAAAAAGVudGl0bGVtZW50cy51cGRhdGVkZW50aXRsZW1lbnRzZW50aXRsZW1l\
bnRzLgBBvMXAAAuBApgiEAAMAAAApCIQAA0AAADtEhAAAQAAAAAAAABlbnRpdHkuY3JlYXRlZGVu\
dGl0eWVudGl0eS4A5iIQAAYAAADmIhAABgAAAOwiEAAHAAAA7RIQAAEAAAAAAAAAZW50aXR5LmVu\
dGl0bGVtZW50LmNyZWF0ZWRlbnRpdHkuZW50aXRsZW1lbnQudXBkYXRlZGVudGl0eS5lbnRpdGxl\
bWVudC51c2FnZV9leGNlZWRlZGVudGl0eV90eXBlLnVwZGF0ZWRlbnRpdHlfdHlwZWVudGl0eSB0\
eXBlZW50aXR5X3R5cGUuAACAIxAACwAAAIsjEAALAAAAliMQAAwAAAABAEHIx8AACzlmZWF0dXJl\
LmNyZWF0ZWRmZWF0dXJlZmVhdHVyZS4AANcjEAAHAAAA1yMQAAcAAADeIxAACAAAAAEAQYzIwAAL\
dWZlYXR1cmUuZGVsZXRlZGZlYXR1cmUudXBkYXRlZGZlYXR1cmVfZ3JvdXAuYXJjaGl2ZWRmZWF0\
dXJlX2dyb3VwZmVhdHVyZSBncm91cGZlYXR1cmVfZ3JvdXAuQCQQAA0AAABNJBAADQAAAFokEAAO\
AAAAAQBBjMnAAAtuZmVhdHVyZV9ncm91cC5jcmVhdGVkZmVhdHVyZV9ncm91cC51bl9hcmNoaXZl\
ZGZlYXR1cmVfZ3JvdXAudXBkYXRlZG1lYXN1cmVtZW50LnJlcG9ydGVkbWVhc3VyZW1lbnRtZWFz\
dXJlbWVudC4AQYTKwAALTeMkEAALAAAA7iQQAAwAAADtEhAAAQAAAAAAAABwbGFuLmNyZWF0ZWRw\
bGFucGxhbi4AAAAsJRAABAAAACwlEAAEAAAAMCUQAAUAAAABAEHcysAAC1FwbGFuLmRlbGV0ZWRw\
bGFuLnVwZGF0ZWRwcm9kdWN0LmNyZWF0ZWRwcm9kdWN0cHJvZHVjdC4AAIMlEAAHAAAAgyUQAAcA\
AACKJRAACAAAAAEAQbjLwAAL6wdwcm9kdWN0LmRlbGV0ZWRwcm9kdWN0LnVwZGF0ZWRwcm9tb3Rp\
b25hbEVudGl0bGVtZW50LmVuZHNfc29vbnByb21vdGlvbmFsX2VudGl0bGVtZW50cHJvbW90aW9u\
YWwgZW50aXRsZW1lbnRwcm9tb3Rpb25hbEVudGl0bGVtZW50LgD2JRAAFwAAAA0mEAAXAAAAJCYQ\
ABcAAADtEhAAAQAAAAAAAABwcm9tb3Rpb25hbEVudGl0bGVtZW50LmV4cGlyZWRwcm9tb3Rpb25h\
bEVudGl0bGVtZW50LmdyYW50ZWRwcm9tb3Rpb25hbEVudGl0bGVtZW50LnJldm9rZWRwcm9tb3Rp\
b25hbEVudGl0bGVtZW50LnVwZGF0ZWRzdWJzY3JpcHRpb24uYmlsbGluZ19tb250aC5lbmRzX3Nv\
b25zdWJzY3JpcHRpb25zdWJzY3JpcHRpb24uAAAA/CYQAAwAAAD8JhAADAAAAAgnEAANAAAA7RIQ\
AAEAAAAAAQEAc3Vic2NyaXB0aW9uLmNhbmNlbGVkc3Vic2NyaXB0aW9uLmNyZWF0ZV9mYWlsZWQD\
c3Vic2NyaXB0aW9uLmNyZWF0ZWRzdWJzY3JpcHRpb24uZXhwaXJlZHN1YnNjcmlwdGlvbi5zcGVu\
ZF9saW1pdC5leGNlZWRlZHN1YnNjcmlwdGlvbi50cmlhbC5lbmRzX3Nvb25zdWJzY3JpcHRpb24u\
dHJpYWxfY29udmVydGVkc3Vic2NyaXB0aW9uLnRyaWFsX2V4cGlyZWRUcmlhbCBFbmRlZEp1ZGdt\
ZW50IGNhbGw6IG9ubHkgdGhlIHRyaWFsIHRoYXQgbGFwc2VkOyBhIGNvbnZlcnRlZCB0cmlhbCAo\
YHN1YnNjcmlwdGlvbi50cmlhbF9jb252ZXJ0ZWRgKSBhbHNvIGVuZHMgYnV0IGtlZXBzIGl0cyBv\
d24gbmFtZSwgc28gVHJpYWwgRW5kZWQgY291bnRzIHRyaWFscyB0aGF0IGRpZCBub3QgY29udmVy\
dC5zdWJzY3JpcHRpb24udHJpYWxfc3RhcnRlZFRyaWFsIFN0YXJ0ZWRKdWRnbWVudCBjYWxsOiB0\
aGUgdHJpYWwncyBzdGFydCBkYXRlIGlzIHRoZSBzdWJzY3JpcHRpb24ncyBgc3RhcnREYXRlYC5z\
dWJzY3JpcHRpb24udXBkYXRlZHN5bmMuZmFpbGVkBHN5bmNlZF9lbnRpdHlzeW5jc3luYy4AAABT\
KRAADQAAAGApEAAEAAAAZCkQAAUAAABSKRAAAQAAAAAAAABlHRAADQAAAAEAAAAAAAAAhB0QAEG0\
08AACxsCAAAAAAAAAKgdEAANAAAAAQAAAAAAAACEHRAAQeDTwAALGwIAAAAAAAAAtR0QAA0AAAAB\
AAAAAAAAAIQdEABBjNTAAAsbAgAAAAAAAADCHRAAKAAAAOgUEAABAAAAEB4QAEG41MAACxsCAAAA\
AAAAADQeEAAmAAAA6BQQAAEAAAAQHhAAQeTUwAALGwIAAAAAAAAAWh4QAA8AAAABAAAAAAAAAHge\
EABBkNXAAAsbAgAAAAAAAACcHhAADgAAAAEAAAAAAAAAeB4QAEG81cAACxsCAAAAAAAAAKoeEAAO\
AAAAAQAAAAAAAAB4HhAAQejVwAALGwIAAAAAAAAAuB4QABcAAADPHhAAAgAAAPAeEABBlNbAAAsb\
AgAAAAAAAAAUHxAAEgAAAM8eEAACAAAA8B4QAEHA1sAACxsCAAAAAAAAACYfEAAYAAAA7RIQAAEA\
AABoHxAAQezWwAALGwIAAAAAAAAAjB8QABQAAABjHxAAAgAAAGgfEABBmNfAAAsbAgAAAAAAAACg\
HxAAFQAAAGMfEAACAAAAaB8QAEHE18AACxsCAAAAAAAAALUfEAAUAAAAYx8QAAIAAABoHxAAQfDX\
wAALGwIAAAAAAAAAyR8QABQAAABjHxAAAgAAAGgfEABBnNjAAAsbAgAAAAAAAADdHxAAFAAAAAEA\
AAAAAAAAFCAQAEHI2MAACxsCAAAAAAAAADggEAATAAAAAQAAAAAAAAAUIBAAQfTYwAALGwIAAAAA\
AAAASyAQABYAAAABAAAAAAAAABQgEABBoNnAAAsbAgAAAAAAAABhIBAAEwAAAAEAAAAAAAAAFCAQ\
AEHM2cAACxsCAAAAAAAAAHQgEAApAAAA6BQQAAEAAACsIBAAQfjZwAALGwIAAAAAAAAA0CAQABgA\
AADoFBAAAQAAAKwgEABBpNrAAAsbAgAAAAAAAADoIBAAGQAAAOgUEAABAAAArCAQAEHQ2sAACxsC\
AAAAAAAAAAEhEAAPAAAA6BQQAAEAAACsIBAAQfzawAALGwIAAAAAAAAAECEQABYAAADoFBAAAQAA\
AKwgEABBqNvAAAsbAgAAAAAAAAAmIRAAFQAAAOgUEAABAAAArCAQAEHU28AACxsCAAAAAAAAADsh\
EAAXAAAA6BQQAAEAAACsIBAAQYDcwAALGwIAAAAAAAAAUiEQABQAAADoFBAAAQAAAKwgEABBrNzA\
AAsbAgAAAAAAAABmIRAADwAAAOgUEAABAAAArCAQAEHY3MAAC3MCAAAAAAAAAHUhEAAQAAAAhSEQ\
AAIAAACQIRAAtCEQAA8AAADDIRAAJAAAAAEAAAABAQAA5yEQABAAAACFIRAAAgAAAJAhEAD3IRAA\
DwAAAMMhEAAkAAAAAQAAAAAAAAAGIhAAFwAAAO0SEAABAAAAkCEQAEHc3cAACxsCAAAAAQEAAB0i\
EAAQAAAAhSEQAAIAAACQIRAAQYjewAALGwIAAAABAQAALSIQABoAAADtEhAAAQAAAGAiEABBtN7A\
AAsbAgAAAAAAAACEIhAAFAAAAO0SEAABAAAAtCIQAEHg3sAACxsCAAAAAAAAANgiEAAOAAAA7RIQ\
AAEAAAD0IhAAQYzfwAALGwIAAAAAAAAAGCMQABoAAADtEhAAAQAAAPQiEABBuN/AAAsbAgAAAAAA\
AAAyIxAAGgAAAO0SEAABAAAA9CIQAEHk38AACxsCAAAAAAAAAEwjEAAhAAAA7RIQAAEAAAD0IhAA\
QZDgwAALGwIAAAAAAAAAbSMQABMAAAABAAAAAAAAAKQjEABBvODAAAsbAgAAAAAAAADIIxAADwAA\
AAEAAAAAAAAA6CMQAEHo4MAACxsCAAAAAAAAAAwkEAAPAAAAAQAAAAAAAADoIxAAQZThwAALGwIA\
AAAAAAAAGyQQAA8AAAABAAAAAAAAAOgjEABBwOHAAAsbAgAAAAAAAAAqJBAAFgAAAAEAAAAAAAAA\
aCQQAEHs4cAACxsCAAAAAAAAAIwkEAAVAAAAAQAAAAAAAABoJBAAQZjiwAALGwIAAAAAAAAAoSQQ\
ABkAAAABAAAAAAAAAGgkEABBxOLAAAsbAgAAAAAAAAC6JBAAFQAAAAEAAAAAAAAAaCQQAEHw4sAA\
CxsCAAAAAAAAAM8kEAAUAAAA7RIQAAEAAAD8JBAAQZzjwAALGwIAAAAAAAAAICUQAAwAAAABAAAA\
AAAAADglEABByOPAAAsbAgAAAAAAAABcJRAADAAAAAEAAAAAAAAAOCUQAEH048AACxsCAAAAAAAA\
AGglEAAMAAAAAQAAAAAAAAA4JRAAQaDkwAALGwIAAAAAAAAAdCUQAA8AAAABAAAAAAAAAJQlEABB\
zOTAAAsbAgAAAAAAAAC4JRAADwAAAAEAAAAAAAAAlCUQAEH45MAACxsCAAAAAAAAAMclEAAPAAAA\
AQAAAAAAAACUJRAAQaTlwAALGwIAAAAAAAAA1iUQACAAAADtEhAAAQAAADwmEABB0OXAAAsbAgAA\
AAAAAABgJhAAHgAAAO0SEAABAAAAPCYQAEH85cAACxsCAAAAAAAAAH4mEAAeAAAA7RIQAAEAAAA8\
JhAAQajmwAALGwIAAAAAAAAAnCYQAB4AAADtEhAAAQAAADwmEABB1ObAAAsbAgAAAAAAAAC6JhAA\
HgAAAO0SEAABAAAAPCYQAEGA58AACxsCAAAAAAAAANgmEAAkAAAA7RIQAAEAAAAYJxAAQaznwAAL\
GwIAAAAAAQAAPCcQABUAAADtEhAAAQAAABgnEABB2OfAAAsbAgAAAAABAABRJxAAGgAAAGsnEAAB\
AAAAGCcQAEGE6MAACxsCAAAAAAEAAGwnEAAUAAAA7RIQAAEAAAAYJxAAQbDowAALGwIAAAAAAQAA\
gCcQABQAAADtEhAAAQAAABgnEABB3OjAAAsbAgAAAAABAACUJxAAIQAAAO0SEAABAAAAGCcQAEGI\
6cAACxsCAAAAAAEAALUnEAAcAAAA7RIQAAEAAAAYJxAAQbTpwAALGwIAAAAAAQAA0ScQABwAAADt\
EhAAAQAAABgnEABB4OnAAAtzAgAAAAABAADtJxAAGgAAAO0SEAABAAAAGCcQAAcoEAALAAAAEigQ\
ALIAAAAAAAAAAAEAAMQoEAAaAAAA7RIQAAEAAAAYJxAA3igQAA0AAADrKBAASAAAAAAAAAAAAQAA\
MykQABQAAADtEhAAAQAAABgnEABB5OrAAAsbAgAAAAABAABHKRAACwAAAFIpEAABAAAAbCkQAEGQ\
68AAC6kUAgAAAAAAAABhY2NvdW50SWRhY3RpdmVTdWJzY3JpcHRpb25zYWN0b3JhZGRvbnNhbW91\
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
Y2VudGFnZXZlbmRvcklkZW50aWZpZXIAmDUQAAkAAAChNRAAEwAAALQ1EAAFAAAAuTUQAAYAAAC/\
NRAABgAAAMU1EAAPAAAA1DUQABUAAADpNRAADwAAAPg1EAAJAAAAATYQAA0AAAAONhAAEAAAAB42\
EAAJAAAAJzYQAAgAAAAvNhAADgAAAD02EAASAAAATzYQAAQAAABTNhAACgAAAF02EAAJAAAAZjYQ\
AA4AAAB0NhAABQAAAHk2EAATAAAAjDYQAAoAAACWNhAADAAAAKI2EAANAAAArzYQAA4AAAC9NhAA\
FgAAANM2EAAYAAAA6zYQABcAAAACNxAAGQAAABs3EAANAAAAKDcQAAwAAAA0NxAAFgAAAEo3EAAM\
AAAAQBQQAAgAAAADFBAACgAAAFY3EAALAAAAYTcQAA0AAABuNxAACwAAAHk3EAALAAAAhDcQAAUA\
AACJNxAABwAAAJgiEAAMAAAAkDcQABUAAADmIhAABgAAAKU3EAAIAAAArTcQAAoAAAC3NxAADAAA\
AMM3EAANAAAAFRIQAAUAAADQNxAABwAAANc3EAAVAAAA7DcQAA4AAAD6NxAACAAAANcjEAAHAAAA\
AjgQAAsAAAANOBAACAAAABU4EAAFAAAAGjgQAAcAAAAhOBAACQAAACo4EAAMAAAANjgQABEAAAAB\
FBAAAgAAAEgUEAAFAAAARzgQABAAAABXOBAACwAAAGI4EAAJAAAAazgQAAgAAABzOBAACwAAAH44\
EAATAAAAkTgQAAkAAACaOBAACQAAAKM4EAANAAAA6BMQAAkAAACwOBAACAAAALg4EAAJAAAA8BoQ\
AAQAAADBOBAAEgAAANM4EAATAAAA5jgQABEAAAD3OBAADgAAAAU5EAAGAAAALCUQAAQAAAALORAA\
BgAAABE5EAAIAAAAGTkQAAkAAACsHBAABgAAACI5EAAQAAAAMjkQABoAAABMORAACwAAAFc5EAAY\
AAAAbzkQAAgAAAB3ORAACgAAAIE5EAAKAAAAizkQAAkAAACUORAABgAAAPwmEAAMAAAAmjkQACQA\
AAC+ORAACQAAAMc5EAATAAAA+BMQAAkAAADaORAADQAAAOc5EAAMAAAA8zkQAAoAAADxExAABwAA\
AP05EAAMAAAACToQAAcAAADkExAABAAAABA6EAAEAAAAFDoQAAkAAAAdOhAABQAAACI6EAAJAAAA\
KzoQAAoAAAA1OhAAEQAAAEY6EAAOAAAAVDoQABAAAABkOhAAEwAAAHc6EAAQAAAA8RwQAAcAAACL\
ORAACQAAAHRyaWFsX3N0YXJ0X2RhdGX9ORAADAAAAHRyaWFsX2VuZF9kYXRldHJpYWxfcGxhbl9u\
YW1lAAAA8BoQAAQAAABhY2NvdW50X25hbWWJNxAABwAAAGFuYWN1c3RvbWVyLmlkaW5wdXQuY3Vz\
dG9tZXJJZGlkIHdoZW4gZW50aXR5VHlwZSBpcyAiQ1VTVE9NRVIiAADwGhAABAAAAIQ3EAAFAAAA\
+DUQAAkAAAB0NhAABQAAALA4EAAIAAAAXTYQAAkAAABzdWJzY3JpcHRpb25TdGF0dXMAAJQ5EAAG\
AAAAATYQAA0AAAAEPxAAEgAAABg/EAABAAAAATYQAA0AAAAgPxAAAQAAAP05EAAMAAAAUD4QAAEA\
AABzdGlnZ1VwZGF0ZWRBdAABAgMEAOQTEAAEAAAA6BMQAAkAAAD4ExAACQAAAAEUEAACAAAAQBQQ\
AAgAAAABFBAAAgAAAAMUEAAKAAAASBQQAAUAAAADFBAACgAAAK03EAAKAEHM/8AAC7sBLCUQAAQA\
AADwGhAABAAAACwlEAAEAAAAbjcQAAsAAAAsJRAABAAAAAEUEAACAAAAcGxhbklkAAD8PxAABgAA\
AMw/EAACAAAA3D8QAAIAAADsPxAAAgAAAARAEAABAAAALCAAAMMLEAAQAAAAMwAAABgAAABAFBAA\
CAAAAEAUEAAIAAAAhyEQAAkAAACFIRAAAgAAAAEBAAD8JhAADAAAAPwmEAAMAAAACCcQAA0AAADt\
EhAAAQAAAAABAQBBkIHBAAsVRyIQAAsAAABSIhAADAAAAO0SEAABAEG0gcEACzmYIhAADAAAAKQi\
EAANAAAA7RIQAAEAAAAAAAAA9iUQABcAAAANJhAAFwAAACQmEAAXAAAA7RIQAAEAQfyBwQALFeMk\
EAALAAAA7iQQAAwAAADtEhAAAQBBoILBAAs50R4QAA4AAADfHhAADwAAAM8eEAACAAAAAAAAAD4f\
EAAMAAAASh8QAAwAAABWHxAADQAAAGMfEAACAEHogsEACxWdIBAABwAAAKQgEAAIAAAA6BQQAAEA\
QYyDwQALWeodEAASAAAA/B0QABMAAADoFBAAAQAAAAAAAABTKRAADQAAAGApEAAEAAAAZCkQAAUA\
AABSKRAAAQAAAAAAAAAsJRAABAAAACwlEAAEAAAAMCUQAAUAAAABAEHwg8EACxlyHRAABQAAAHcd\
EAAGAAAAfR0QAAYAAAABAEGUhMEACxnXIxAABwAAANcjEAAHAAAA3iMQAAgAAAABAEG4hMEACxlA\
JBAADQAAAE0kEAANAAAAWiQQAA4AAAABAEHchMEACxmDJRAABwAAAIMlEAAHAAAAiiUQAAgAAAAB\
AEGAhcEACxlpHhAABgAAAGkeEAAGAAAAbx4QAAcAAAABAEGkhcEACxnxHxAACwAAAPwfEAALAAAA\
ByAQAAwAAAABAEHIhcEACxmAIxAACwAAAIsjEAALAAAAliMQAAwAAAABAEHshcEAC3nmIhAABgAA\
AOYiEAAGAAAA7CIQAAcAAADtEhAAAQAAAAAAAAABAgNpcyAiZHJvcCJpcyAiZXJyb3IiAADwGhAA\
BAAAAIQ3EAAFAAAA+DUQAAkAAAB0NhAABQAAALA4EAAIAAAAAAAAAGgAAAAEAAAALwAAADAAAAAx\
AEHwhsEAC6kGAQAAADIAAAAAAAAAAQAAAAIAAAADAAAABAAAAAUAAAAGAAAAAAAAAAEAAAACAAAA\
AwAAAAQAAAAFAAAABgAAAAcAAAAYCBAADQAAADAAAAAMAAAARwcQAA0AAAAuAAAAHgAAALAbEAAV\
AAAAd2ViaG9va1NlY3JldAAAANxDEAANAAAAQ1VTVE9NRVL0QxAACAAAAHRoZSBib2R5IGhhcyBu\
byAidHlwZSIgZmllbGQ7IGV2ZXJ5IFN0aWdnIHdlYmhvb2sgbmFtZXMgaXRzIHR5cGUsIHN1Y2gg\
YXMgInN1YnNjcmlwdGlvbi5jcmVhdGVkInRoZSAidHlwZSIgZmllbGQgaXMgZW1wdHkwAAAAAAAA\
AQAAAAAAAADcQxAADQAAAAQAAAAAAAAAYSBub24tQVNDSUkgY2hhcmFjdGVyYSBjb250cm9sIGNo\
YXJhY3RlclUHEAAPAAAAsAEAAA0AAABVBxAADwAAAKsBAAAoAAAAVQcQAA8AAACsAQAANwAAAFUH\
EAAPAAAArAEAAE8AAABVBxAADwAAAKwBAAAUAAAAZXZlbnROYW1lU3R5bGVzbmFrZV9jYXNlT2Jq\
ZWN0IEFjdGlvbm9yaWdpbmFsU2VnbWVudCBTcGVjAAAAIkUQAAoAAAAsRRAADQAAADlFEAAIAAAA\
QUUQAAwAAABldmVudEFsbG93bGlzdGV2ZW50RGVueWxpc3RyZWRhY3RQcm9wZXJ0aWVzaWRlbnRp\
ZnlDdXN0b21lcnN0cmltrEUQAAQAAAAVEhAABQAAAG1lc3NhZ2VJZE5hbWVzcGFjZWdyb3VwQ2Fs\
bHNwbGFuVHJhaXRzd2FyZWhvdXNlU2FmZVByb3BlcnRpZXMAAADcQxAADQAAABRFEAAOAAAAABIQ\
ABEAAABwRRAADgAAAH5FEAANAAAAi0UQABAAAACbRRAAEQAAAGcTEAAPAAAAwEUQABIAAADSRRAA\
CgAAANxFEAAKAAAA5kUQABcAAAAAAAAAIkUQAAoAAAAURRAADgAAAFBFEAAEAAAAAAAAABESEAAE\
AAAAABIQABEAAAAkEhAAAwAAAAIAQaSNwQALEXBFEAAOAAAABAAAAAAAAAACAEHAjcEACxF+RRAA\
DQAAAAQAAAAAAAAAAgBB3I3BAAsSi0UQABAAAAAEAAAAAAAAAAEBAEH4jcEACwmbRRAAEQAAAAQA\
QYyOwQALNaxFEAAEAAAAZxMQAA8AAACwRRAAAgAAAAAAAAABAAAAAAAAAMBFEAASAAAABAAAAAAA\
AAABAEHMjsEACxHSRRAACgAAAAQAAAAAAAAAAQBB6I7BAAsR3EUQAAoAAAAEAAAAAAAAAAEAQYSP\
wQALuRDmRRAAFwAAAAQAAAAAAAAAdHJ1ZSBvciBmYWxzZWFuIGFycmF5IG9mIHN0cmluZ3NkAAAA\
iAgQABAAAAAoAAAANQAAAGFub255bW91c19pZGxvYWRlZF9hdG9yaWdpbmFsX3RpbWVzdGFtcHJl\
Y2VpdmVkX2F0c2VudF9hdHVzZXJfaWR1dWlkdXVpZF90cwDIRxAADAAAAAEUEAACAAAA1EcQAAkA\
AADdRxAAEgAAAO9HEAALAAAA+kcQAAcAAAD4ExAACQAAAAFIEAAHAAAACEgQAAQAAAAMSBAABwAA\
AIMKEAAQAAAAUQAAABIAAACDChAAEAAAAFUAAAAXAAAAZXZlbnRfdGV4dAAAshwQAAUAAACESBAA\
CgAAAGdyb3VwX2lkoEgQAAgAAADfHBAABwAAAGNvbnRleHRfsDgQAAgAAABAFBAACAAAALA4EAAI\
AAAALCUQAAQAAACwOBAACAAAAMBIEAABAAAAyEgQAAIAAADYSBAAAgAAAEF0dGVtcHRlZCB0byBp\
bml0aWFsaXplIHRocmVhZC1sb2NhbCB3aGlsZSBpdCBpcyBiZWluZyBkcm9wcGVkAABwBxAAXgAA\
AGsAAAANAAAABgkQAE8AAADfAQAAGQAAAG1pZCA+IGxlbgAAANQLEABNAAAAggoAACUAAADUCxAA\
TQAAAPIDAAAcAAAA1AsQAE0AAADzAwAAHAAAANQLEABNAAAA9wMAACAAAADUCxAATQAAAPcDAAAr\
AAAAIwoQAF8AAADGAAAAJwAAAHUGEABgAAAAoAEAAC4AAABhc3NlcnRpb24gZmFpbGVkOiBpZHgg\
PCBDQVBBQ0lUWWcLEABbAAAAngIAAAkAAABhc3NlcnRpb24gZmFpbGVkOiBlZGdlLmhlaWdodCA9\
PSBzZWxmLmhlaWdodCAtIDFnCxAAWwAAALYCAAAJAAAAZwsQAFsAAAC6AgAACQAAAGcLEABbAAAA\
8AAAAE0AAABhc3NlcnRpb24gZmFpbGVkOiBzcmMubGVuKCkgPT0gZHN0LmxlbigpZwsQAFsAAABU\
BwAABQAAAGcLEABbAAAA0AQAACMAAABnCxAAWwAAABMFAAAkAAAAYXNzZXJ0aW9uIGZhaWxlZDog\
ZWRnZS5oZWlnaHQgPT0gc2VsZi5ub2RlLmhlaWdodCAtIDEAAABnCxAAWwAAAAMEAAAJAAAAIwoQ\
AF8AAABYAgAAMAAAAM8HEABIAAAAsQAAABYAAABhdHRlbXB0IHRvIGpvaW4gaW50byBjb2xsZWN0\
aW9uIHdpdGggbGVuID4gdXNpemU6Ok1BWAAAAM8HEABIAAAAmgAAAAoAAABzDBAATAAAAK8PAAAN\
AAAArgkQAFAAAABCAAAAEwAAAAAAAABn5glqha5nu3Lzbjw69U+lf1IOUYxoBZur2YMfGc3gWyI6\
AAAEAAAACQAAAAgAAAAIAAAACAAAAAkAAABcFxAAABgQAAkYEAARGBAAGRgQACEYEAAFAAAABwAA\
AAQAAAAGAAAABAAAAAUAAAAGAAAACwAAAAcAAAAKAAAABgAAAAkAAAAJAAAABwAAAAsAAAAEAAAA\
BwAAAAUAAAAHAAAABQAAAAgAAAAFAAAABQAAAAUAAAAEAAAACwAAAAgAAACcHBAAoRwQAKgcEACs\
HBAA5BMQALIcEAC3HBAAvRwQAMgcEADPHBAA2RwQAOgTEAD4ExAA3xwQAOYcEADwGhAA8RwQAPgc\
EAD9HBAABB0QAAkdEAARHRAA+BwQABYdEAAbHRAAHx0QACodEACUPhAAlj4QAJQ+EACWPhAAlD4Q\
AJY+EACWPhAAlD4QAJY+EACWPhAAlD4QAAIAAAABAAAAAgAAAAEAAAACAAAAAQAAAAEAAAACAAAA\
AQAAAAEAAAACAAAAAgAAAAsAAAAKAAAAEAAAACAAAAABFBAAlz4QAAMUEACiPhAAsj4QAAMAAAAE\
AAAABQAAAAYAAAADAAAAAQAAAAEAAAABAAAAAQAAAAIAAAABAAAAAgAAAAEAAABsPxAAdD8QAHw/\
EACEPxAAjD8QAJw/EACkPxAAtD8QABMAAAAPAAAAEQAAADIdEABFHRAAVB0QAGNsb3N1cmUgaW52\
b2tlZCByZWN1cnNpdmVseSBvciBhZnRlciBiZWluZyBkcm9wcGVkAABbDRAATgAAAPk7AAABAAAA\
XwAAAGAAAABhAAAAYgAAAFYJEABXAAAAyAAAACwAAABWCRAAVwAAALsAAAAgAAAAVHJpZWQgdG8g\
c2hyaW5rIHRvIGEgbGFyZ2VyIGNhcGFjaXR5IgwQAFAAAAAsAwAACQAAACYIEABOAAAAcQcAABEA\
AABnAAAADAAAAAQAAABoAAAAaQAAAGoAAAAAAAAACAAAAAQAAABrAAAAbAAAAG0AAABuAAAAbwAA\
ABAAAAAEAAAAcAAAAHEAAAByAAAAcwAAAG1dy9YsUOtjeEGmV3Ebi7kVolxVNFUH1FN4rYFR8KP3\
YXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPj0gc2l6ZSArIG1pbl9vdmVyaGVhZAAAMA0QACoAAACx\
BAAACQAAAGFzc2VydGlvbiBmYWlsZWQ6IHBzaXplIDw9IHNpemUgKyBtYXhfb3ZlcmhlYWQAADAN\
EAAqAAAAtwQAAA0AAAAAAAAACAAAAAQAAAB0AAAAQWNjZXNzRXJyb3IAZwAAAAwAAAAEAAAAdQAA\
AO+/vWNhcGFjaXR5IG92ZXJmbG93IgwQAFAAAAAcAAAABQAAAHYAAAAMAAAABAAAAHcAAAB4AAAA\
eQBByJ/BAAuAAQEAAAB6AAAAYSBmb3JtYXR0aW5nIHRyYWl0IGltcGxlbWVudGF0aW9uIHJldHVy\
bmVkIGFuIGVycm9yIHdoZW4gdGhlIHVuZGVybHlpbmcgc3RyZWFtIGRpZCBub3QAAPMGEABIAAAA\
jwIAAA4AAABFcnJvcgICAgICAgICAgICAEHloMEACwgCAgAAAAAAAgBBnKHBAAsBAgBBwqHBAAsB\
AQBB3aHBAAsBAQBBvqLBAAukCXAABwAtAQEBAgECAQFICzAVEAFlBwIGAgIBBCMBHhtbCzoJCQEY\
BAEJAQMBBSsDOwkqGAEgNwEBAQQIBAEDBwoCHQE6AQEBAgQIAQkBCgIaAQICOQEEAgQCAgMDAR4C\
AwELAjkBBAUBAgQBFAIWBgEBOgEBAgEECAEHAwoCHgE7AQEBDAEJASgBAwE3AQEDBQMBBAcCCwId\
AToBAgIBAQMDAQQHAgsCHAI5AgEBAgQIAQkBCgIdAUgBBAECAwEBCAFRAQIHDAhiAQIJCwdJAhsB\
AQEBATcOAQUBAgULASQJAWYEAQYBAgICGQIEAxAEDQECAgYBDwEAAwAEHAMdAh4CQAIBBwgBAgsJ\
AS0DAQF1AiIBdgMEAgkBBgPbAgIBOgEBBwEBAQECCAYKAgEwLgIMFAQwCgQDJgkMAiAEAgY4AQEC\
AwEBBTgIAgKYAwENAQcEAQYBAwLGQAABwyEAA40BYCAABmkCAAQBCiACUAIAAQMBBAEZAgUBlwIa\
Eg0BJggZCwEBLAMwAQIEAgICASQBQwYCAgICDAEIAS8BMwEBAwICBQIBASoCCAHuAQIBBAEAAQAQ\
EBAAAgAB4gGVBQADAQIFBCgDBAGlAgAEQQUAAk0GRgsxBHsBNg8pAQICCgMxBAICBwE9AyQFAQg+\
AQwCNAkBAQgEAgFfAwIEBgECAZ0BAwgVAjkCAQEBAQwBCQEOBwMFQwECBgEBAgEBAwQDAQEOAlUI\
AgMBARcBUQECBgEBAgEBAgEC6wECBAYCAQIbAlUIAgEBAmoBAQECCGUBAQECBAEFAAkBAvUBCgQE\
AZAEAgIEASAKKAYCBAgBCQYCAy4NAQLGAQEDAQHJBwEGAQFSFgIHAQIBAnoGAwEBAgEHAQFIAgMB\
AQEAAgsCNAUFAxcBAAEGDwAMAwMABTsHAAE/BFEBCwIAAgAuAhcABQMGCAgCBx4ElAMANwQyCAEO\
ARYFAQ8ABwERAgcBAgEFZAGgBwABPQQABP4C8wECAQcCBQEAB20HAGCA8AAwMTIzNDU2Nzg5YWJj\
ZGVmAAAAAAQAAAAEAAAAggAAAH0gfVsuLi5dY2FsbGVkIGBPcHRpb246OnVud3JhcCgpYCBvbiBh\
IGBOb25lYCB2YWx1ZT09IT1tYXRjaGVzMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUx\
NjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0\
NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3\
Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTkBAQEB\
AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\
AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\
AQEBAQEBAQEBAQBBpKzBAAszAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAwMDAwMDAwMD\
AwMDAwMDAwQEBAQEAEHjrMEAC9YNBgEBAwEEAgUHBwIICAkCCgULAg4EEAERAhIFExwUARUCFwIZ\
DRwFHQgfASQBagRrAm4CrwOxArwCzwLRAtQM1QnWAtcC2gHgBeEC5gHnBOgC7iDwBPgC+gX7AQwn\
Oz5OT4+enp97i5OWorK6hrEGBwk2PT5W89DRBBQYNjdWV3+qrq+9NeASh4mOngQNDhESKTE0OkVG\
SUpOT2RlioyNj7bBw8TGy9ZctrcbHAcICgsUFzY5Oqip2NkJN5CRqAcKOz5maY+SEW9fv+7vWmK5\
uvT8/1NUmpsuLycoVZ2goaOkp6iturzEBgsMFR06P0VRpqfMzaAHGRoiJT4/3+fs7//FxgQgIyUm\
KDM4OkhKTFBTVVZYWlxeYGNlZmtzeH1/iqSqr7DA0K6vbm/H3d6TXiJ7BQMELQNmAwEvLoCCHQMx\
DxwEJAkeBSsFRAQOKoCqBiQEJAQoCDQLTgM0DIE3CRYKCBg7RTkDYwgJMBYFIQMbBRsmOARLBS8E\
CgcJB0AgJwQMCTYDOgUaBwQMB1BJNzMNMwcuCAoGJgMdCAKA0FIQBggJIS4IKhYaJhwUFwlOBCQJ\
RA0ZBwoGSAgnCXULQj4qBjsFCgZRBgEFEAMFC1kIAh1iHkgICoCmXiJFCwoGDRM6BgoGFBwsBBeA\
uTxkUwxICQpGRRtICFMNSQcKVghYIg4KBkYKHQNHSTcDDggKBjkHCgYsBAqA9hkHOwMdVQEPMg2D\
m2Z1C4DEikxjDYQwEBYKj5sFgkeauTqGxoI5ByoEXAYmCkYKKAUTgbA6gMZbBTQsSwQ5BxFABQsH\
CZzWKSBhc6H9gTMPAR0GDgQIgYyJBGsFDQMJBxCPYID9A4G0BhcPEQ9HCXQ8gPYKcwhwFUZ6FAwU\
DFcJGYCHgUcDhUIPFYRQHwYGgNUrBT4hAXAtAxoEAoFAHxE6BQGB0CqA1isEAYDANggCgOCA9ylM\
BAoEAoMRREw9gMI8BgEEVQUbNAKBDiwEZAxWCoCuOB0NLAQJBwIOBoCag9kDEQMNA4DaBgwEAQ8M\
BDgICgYoCCwEAg4JJ4FYCB0DCwM7BB4ECgeA+4QFAAEDBQUGBgIHBggHCREKHAsZDBkNEA4MDwQQ\
AxISEwkWARcEGAEZAxoJGwEcAh8WIAMrAi0LLgEwBDECMgGpAqoEqwj6AvsF/gP/Ca14eYuNojBX\
WIuMkBzdDg9LTPv8Li8/XF1f4oSNjpGSqbG6u8XGycre5OX/AAQREikxNDc6Oz1JSl2EjpKpsbS6\
u8bKzs/k5QAEDQ4REikxNDo7RUZJSl5kZYSRm53Jzs8NESk6O0VJV1teX2RljZGptLq7xcnf5OXw\
DRFFSWRlgISyvL6/1dfw8YOFi6Smvr/Fx8/a20iYvc3Gzs9JTk9XWV5fiY6Psba3v8HGx9cRFhdb\
XPb3/v+AbXHe3w4fbm8cHV99fq6v3t9Nu7wWFx4fRkdOT1haXF5+f7XF1NXc8PH1cnOPdHUmLi+n\
r7e/x8/X35oAQJeYMI8fzv9OT1pbBwgPECcv7u9ubzc9P0JFU2d1yMnQ0djZ5/7/ACBfIoLfBIJE\
CBsEBhGBrA6AqwUgB4EcAxkIAQQvBDQEBwMBBwYHEQpQDxIHVQcDBBwKCQMIAwcDAgMDAwwEBQML\
BgEOFQVOBxsHVwcCBRgMUARDAy0DAQQRBg8MOgQdJV8gbQRqJYDIBYKwAxoGgv0DWQcWCRgJFAwU\
DGoGCgYaBlkHKwVGCiwEDAQBAzELLAQaBgsDgKwGCgZMFID0CDwDDwM+BTgIKwWC/xEYCC8RLQMi\
DiEPgIwEgpoWCxWIlAUvBTsHAg4YCYC+InQMgNYagRAFgOEJ8p4DNwmBXBSAuAiA3RQ8AwoGOAhG\
CAwGdAseA1oEWQmAgxgcChYJTASAigarpAwXBDGhBIHaJgcMBQWCsyAqBkwEgI0EgL4DGwMPDQAA\
sgoQAFUAAAAKAAAAKwAAALIKEABVAAAAGgAAADYAAABhdHRlbXB0IHRvIGRpdmlkZSBieSB6ZXJv\
AAAAAAMAAIMEIACRBWAAXROgABIXIB8MIGAf7yxgKyow4CtvpqAsAqggLR77IC4A/mA2nv+gNv0B\
ITcBCmE3JA0hOKsOoTkvGCE68x4hS0A0oVMeYeFU8GphVU9v4VWdvGFWAM9hV2XRoVcA2iFYAOCh\
Wa7iIVvs5OFc0OhhXSAA7l7wAX9fLi4weDAxMjM0NTY3ODlBQkNERUZSZWZDZWxsIGFscmVhZHkg\
bXV0YWJseSBib3Jyb3dlZFJlZkNlbGwgYWxyZWFkeSBib3Jyb3dlZI9UEACRVBAAk1QQAAIAAAAC\
AAAABwBBw7rBAAsBgABBkLvBAAsBZABBnLvBAAsBBACUAQ90YXJnZXRfZmVhdHVyZXMIKw9tdXRh\
YmxlLWdsb2JhbHMrE25vbnRyYXBwaW5nLWZwdG9pbnQrC2J1bGstbWVtb3J5KwhzaWduLWV4dCsP\
cmVmZXJlbmNlLXR5cGVzKwptdWx0aXZhbHVlKw9idWxrLW1lbW9yeS1vcHQrFmNhbGwtaW5kaXJl\
Y3Qtb3Zlcmxvbmc=\
';
}
