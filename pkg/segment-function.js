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
//   136044 bytes, SHA-256 11bbdd92871e7f2a958e491f5cd39b124588018ceb696a98bbc7172748489f8b
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
AAEBAQAGAQEBAwEHAAEABgEAAQEGAAMDAwYHBhQMAAYBAQoGAwYFCAcAAAAAFQEAAQEACAkHAAAB\
AAMEBgcBBgEIBwEHBQEJAAMDARYGAAkAAAYEBAEGAAcXAAABGAABAAMAAQYAGRobAQAAAQECAQAA\
AAEJAAYCAAoCCAABBgAABAACAQIEAAABAQcBBAYBAQAAARwdHgcBCAQCAAAEHyAhBgABCAAFAQIC\
BQIEAwYHBgUABwABCQQABQMBAAEDAAcJBwAAAQgAAgABAgUBCwUJAAYHAAUDAQMKAAABBAIBBggH\
BwACAyIFBQMEBAQLAgIDAAAAIwcFAAcDBAQEBAQEAgICAQECAyQNAgIDBAAEAgEAAAAAAgMCAwgA\
AQICCAABAAIBAgAABQMCAwABAwICAwMMDAEDAwMCAwIFAgICAQAABAYBAQcDAwEAAwQABQICAAIB\
AAMDAwQDAwEBBAQCAgUCAgICAgICAgEBAgICAgICAQICAgICBAUDAAAAAAMDAwQFAgICACUAAAIC\
BQUFBAsICAAGJgQLAnABgwGDAW8AhAgFAwEAEQYZA38BQYCAwAALfwBB8LnBAAt/AEGwusEACwen\
Ag8GbWVtb3J5AgAJY29uZmlndXJlAK0CDGRlY2lkZUZpZWxkcwCuAglmaWVsZEFyZWEAmgINdHJh\
bnNmb3JtQm9keQCMAg9fX2Fib3J0X2hhbmRsZXIDARVfX2luc3RhbmNlX3Rlcm1pbmF0ZWQDAhRf\
X3diaW5kZ2VuX2V4bl9zdG9yZQDkAhdfX2V4dGVybnJlZl90YWJsZV9hbGxvYwBBFV9fd2JpbmRn\
ZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jANIBEl9fd2JpbmRnZW5fcmVhbGxvYwDr\
AQ9fX3diaW5kZ2VuX2ZyZWUA5QIZX19leHRlcm5yZWZfdGFibGVfZGVhbGxvYwCSARBfX3diaW5k\
Z2VuX3N0YXJ0AAYJ6QEBAEEBC4IBOvwC7gKSAl+RAoICsQORA7MD+QJ5JbQDkALRAZADtAOsA6oD\
qwOtA5gDcrUDzQKbA8ICxwGXAuoCiQKcA5kDmgOdA8EBmALrAtcBVLYDV7QD9gJkngNlsgPLAYgB\
B5MBwgHCAYgBiAFovQFovQFoaJ8BaGhoiAFraJ0BigFrnQHDAbgBnQHEAZ0BaIsBnQGMAWhruQHF\
AZ0BaGtrugFogQGZAooCpwKoAgi3A68DiwLPAqoBO4MD+wLhAfoCowPKAv0BU4IBsAPnAuYCzwKx\
ATyEA6UD7QLbAv0CI26mA6cDSAwBcwqn5Qa0A9MlAgl/AX4jAEEQayIIJAACQAJAAkAgAEH1AU8E\
QCAAQcz/e0sEQEEAIQAMBAsgAEELaiIBQXhxIQVB7L3BACgCACIJRQ0CQR8hBiAAQfX//wdPDQEg\
BUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEGDAELAkACQAJAAkACQEHovcEAKAIAIgRBECAAQQtq\
QfgDcSAAQQtJGyIFQQN2IgB2IgFBA3EEQCABQX9zQQFxIABqIgdBA3QiAUHgu8EAaiIAIAFB6LvB\
AGooAgAiAigCCCIDRg0BIAMgADYCDCAAIAM2AggMAgsgBUHwvcEAKAIATQ0GIAENAkHsvcEAKAIA\
IgBFDQYgAGhBAnRB0LrBAGooAgAiASgCBEF4cSAFayEDIAEhAgNAAkAgASgCECIADQAgASgCFCIA\
DQAgAigCGCEGAkACQCACIAIoAgwiAEYEQCACQRRBECACKAIUIgAbaigCACIBDQFBACEADAILIAIo\
AggiASAANgIMIAAgATYCCAwBCyACQRRqIAJBEGogABshBANAIAQhByABIgBBFGogAEEQaiAAKAIU\
IgEbIQQgAEEUQRAgARtqKAIAIgENAAsgB0EANgIACyAGRQ0GAkAgAigCHEECdEHQusEAaiIBKAIA\
IAJHBEAgAiAGKAIQRwRAIAYgADYCFCAADQIMCQsgBiAANgIQIAANAQwICyABIAA2AgAgAEUNBgsg\
ACAGNgIYIAIoAhAiAQRAIAAgATYCECABIAA2AhgLIAIoAhQiAUUNBiAAIAE2AhQgASAANgIYDAYL\
IAAoAgRBeHEgBWsiASADIAEgA0kiARshAyAAIAIgARshAiAAIQEMAAsAC0HovcEAIARBfiAHd3E2\
AgALIAJBCGohACACIAFBA3I2AgQgASACaiIBIAEoAgRBAXI2AgQMBQsCQEECIAB0IgJBACACa3Ig\
ASAAdHFoIgdBA3QiAUHgu8EAaiICIAFB6LvBAGooAgAiACgCCCIDRwRAIAMgAjYCDCACIAM2AggM\
AQtB6L3BACAEQX4gB3dxNgIACyAAIAVBA3I2AgQgACAFaiIGIAEgBWsiB0EBcjYCBCAAIAFqIAc2\
AgBB8L3BACgCACICBEBB+L3BACgCACEBAkBB6L3BACgCACIEQQEgAkEDdnQiA3FFBEBB6L3BACAD\
IARyNgIAIAJBeHFB4LvBAGoiAyEEDAELIAJBeHEiAkHgu8EAaiEEIAJB6LvBAGooAgAhAwsgBCAB\
NgIIIAMgATYCDCABIAQ2AgwgASADNgIICyAAQQhqIQBB+L3BACAGNgIAQfC9wQAgBzYCAAwEC0Hs\
vcEAQey9wQAoAgBBfiACKAIcd3E2AgALAkACQCADQRBPBEAgAiAFQQNyNgIEIAIgBWoiByADQQFy\
NgIEIAMgB2ogAzYCAEHwvcEAKAIAIgFFDQFB+L3BACgCACEAAkBB6L3BACgCACIEQQEgAUEDdnQi\
BnFFBEBB6L3BACAEIAZyNgIAIAFBeHFB4LvBAGoiBCEBDAELIAFBeHEiBEHgu8EAaiEBIARB6LvB\
AGooAgAhBAsgASAANgIIIAQgADYCDCAAIAE2AgwgACAENgIIDAELIAIgAyAFaiIAQQNyNgIEIAAg\
AmoiACAAKAIEQQFyNgIEDAELQfi9wQAgBzYCAEHwvcEAIAM2AgALIAJBCGoiAEUNAQwCC0EAIAVr\
IQMCQAJAAkAgBkECdEHQusEAaigCACICRQRAQQAhAUEAIQAMAQtBACEBIAVBGSAGQQF2a0EAIAZB\
H0cbdCEEQQAhAANAAkAgAigCBEF4cSIHIAVJDQAgByAFayIHIANPDQAgAiEBIAciAw0AQQAhAyAB\
IQAMAwsgAigCFCIHIAAgByACIARBHXZBBHFqKAIQIgJHGyAAIAcbIQAgBEEBdCEEIAINAAsLIAAg\
AXJFBEBBACEBQQIgBnQiAEEAIABrciAJcSIARQ0DIABoQQJ0QdC6wQBqKAIAIQALIABFDQELA0Ag\
AyAAKAIEQXhxIgIgBWsiBCADIAMgBEsiBBsgAiAFSSICGyEDIAEgACABIAQbIAIbIQEgACgCECIC\
BH8gAgUgACgCFAsiAA0ACwsgAUUNACAFQfC9wQAoAgAiAE0gAyAAIAVrT3ENACABKAIYIQYCQAJA\
IAEgASgCDCIARgRAIAFBFEEQIAEoAhQiABtqKAIAIgINAUEAIQAMAgsgASgCCCICIAA2AgwgACAC\
NgIIDAELIAFBFGogAUEQaiAAGyEEA0AgBCEHIAIiAEEUaiAAQRBqIAAoAhQiAhshBCAAQRRBECAC\
G2ooAgAiAg0ACyAHQQA2AgALAkAgBkUNAAJAAkAgASgCHEECdEHQusEAaiICKAIAIAFHBEAgASAG\
KAIQRwRAIAYgADYCFCAADQIMBAsgBiAANgIQIAANAQwDCyACIAA2AgAgAEUNAQsgACAGNgIYIAEo\
AhAiAgRAIAAgAjYCECACIAA2AhgLIAEoAhQiAkUNASAAIAI2AhQgAiAANgIYDAELQey9wQBB7L3B\
ACgCAEF+IAEoAhx3cTYCAAsCQCADQRBPBEAgASAFQQNyNgIEIAEgBWoiACADQQFyNgIEIAAgA2og\
AzYCACADQYACTwRAIAAgAxA1DAILAkBB6L3BACgCACICQQEgA0EDdnQiBHFFBEBB6L3BACACIARy\
NgIAIANB+AFxQeC7wQBqIgMhAgwBCyADQfgBcSIEQeC7wQBqIQIgBEHou8EAaigCACEDCyACIAA2\
AgggAyAANgIMIAAgAjYCDCAAIAM2AggMAQsgASADIAVqIgBBA3I2AgQgACABaiIAIAAoAgRBAXI2\
AgQLIAFBCGoiAA0BCwJAAkACQAJAAkAgBUHwvcEAKAIAIgFLBEAgBUH0vcEAKAIAIgBPBEAgCEEE\
aiEAAn8gBUGvgARqQYCAfHEiAUEQdiABQf//A3FBAEdqIgFAACIEQX9GBEBBACEBQQAMAQsgAUEQ\
dCICQRBrIAIgBEEQdCIBQQAgAmtGGwshAiAAQQA2AgggACACNgIEIAAgATYCACAIKAIEIgFFBEBB\
ACEADAgLIAgoAgwhB0GAvsEAIAgoAggiBEGAvsEAKAIAaiIANgIAQYS+wQAgAEGEvsEAKAIAIgIg\
ACACSxs2AgACQAJAQfy9wQAoAgAiAgRAQdC7wQAhAANAIAEgACgCACIDIAAoAgQiBmpGDQIgACgC\
CCIADQALDAILQYy+wQAoAgAiAEEAIAAgAU0bRQRAQYy+wQAgATYCAAtBkL7BAEH/HzYCAEHcu8EA\
IAc2AgBB1LvBACAENgIAQdC7wQAgATYCAEHsu8EAQeC7wQA2AgBB9LvBAEHou8EANgIAQei7wQBB\
4LvBADYCAEH8u8EAQfC7wQA2AgBB8LvBAEHou8EANgIAQYS8wQBB+LvBADYCAEH4u8EAQfC7wQA2\
AgBBjLzBAEGAvMEANgIAQYC8wQBB+LvBADYCAEGUvMEAQYi8wQA2AgBBiLzBAEGAvMEANgIAQZy8\
wQBBkLzBADYCAEGQvMEAQYi8wQA2AgBBpLzBAEGYvMEANgIAQZi8wQBBkLzBADYCAEGsvMEAQaC8\
wQA2AgBBoLzBAEGYvMEANgIAQai8wQBBoLzBADYCAEG0vMEAQai8wQA2AgBBsLzBAEGovMEANgIA\
Qby8wQBBsLzBADYCAEG4vMEAQbC8wQA2AgBBxLzBAEG4vMEANgIAQcC8wQBBuLzBADYCAEHMvMEA\
QcC8wQA2AgBByLzBAEHAvMEANgIAQdS8wQBByLzBADYCAEHQvMEAQci8wQA2AgBB3LzBAEHQvMEA\
NgIAQdi8wQBB0LzBADYCAEHkvMEAQdi8wQA2AgBB4LzBAEHYvMEANgIAQey8wQBB4LzBADYCAEH0\
vMEAQei8wQA2AgBB6LzBAEHgvMEANgIAQfy8wQBB8LzBADYCAEHwvMEAQei8wQA2AgBBhL3BAEH4\
vMEANgIAQfi8wQBB8LzBADYCAEGMvcEAQYC9wQA2AgBBgL3BAEH4vMEANgIAQZS9wQBBiL3BADYC\
AEGIvcEAQYC9wQA2AgBBnL3BAEGQvcEANgIAQZC9wQBBiL3BADYCAEGkvcEAQZi9wQA2AgBBmL3B\
AEGQvcEANgIAQay9wQBBoL3BADYCAEGgvcEAQZi9wQA2AgBBtL3BAEGovcEANgIAQai9wQBBoL3B\
ADYCAEG8vcEAQbC9wQA2AgBBsL3BAEGovcEANgIAQcS9wQBBuL3BADYCAEG4vcEAQbC9wQA2AgBB\
zL3BAEHAvcEANgIAQcC9wQBBuL3BADYCAEHUvcEAQci9wQA2AgBByL3BAEHAvcEANgIAQdy9wQBB\
0L3BADYCAEHQvcEAQci9wQA2AgBB5L3BAEHYvcEANgIAQdi9wQBB0L3BADYCAEH8vcEAIAFBD2pB\
eHEiAEEIayICNgIAQeC9wQBB2L3BADYCAEH0vcEAIARBKGsiBCABIABrakEIaiIANgIAIAIgAEEB\
cjYCBCABIARqQSg2AgRBiL7BAEGAgIABNgIADAgLIAIgA0kgASACTXINACAAKAIMIgNBAXENACAD\
QQF2IAdGDQMLQYy+wQBBjL7BACgCACIAIAEgACABSRs2AgAgASAEaiEDQdC7wQAhAAJAAkADQCAD\
IAAoAgAiBkcEQCAAKAIIIgANAQwCCwsgACgCDCIDQQFxDQAgA0EBdiAHRg0BC0HQu8EAIQADQAJA\
IAIgACgCACIDTwRAIAIgAyAAKAIEaiIGSQ0BCyAAKAIIIQAMAQsLQfy9wQAgAUEPakF4cSIAQQhr\
IgM2AgBB9L3BACAEQShrIgkgASAAa2pBCGoiADYCACADIABBAXI2AgQgASAJakEoNgIEQYi+wQBB\
gICAATYCACACIAZBIGtBeHFBCGsiACAAIAJBEGpJGyIDQRs2AgRB0LvBACkCACEKIANBEGpB2LvB\
ACkCADcCACADQQhqIgAgCjcCAEHcu8EAIAc2AgBB1LvBACAENgIAQdC7wQAgATYCAEHYu8EAIAA2\
AgAgA0EcaiEAA0AgAEEHNgIAIABBBGoiACAGSQ0ACyACIANGDQcgAyADKAIEQX5xNgIEIAIgAyAC\
ayIAQQFyNgIEIAMgADYCACAAQYACTwRAIAIgABA1DAgLAkBB6L3BACgCACIBQQEgAEEDdnQiBHFF\
BEBB6L3BACABIARyNgIAIABB+AFxQeC7wQBqIgAhAQwBCyAAQfgBcSIAQeC7wQBqIQEgAEHou8EA\
aigCACEACyABIAI2AgggACACNgIMIAIgATYCDCACIAA2AggMBwsgACABNgIAIAAgACgCBCAEajYC\
BCABQQ9qQXhxQQhrIgQgBUEDcjYCBCAGQQ9qQXhxQQhrIgMgBCAFaiIAayEFIANB/L3BACgCAEYN\
AyADQfi9wQAoAgBGDQQgAygCBCICQQNxQQFGBEAgAyACQXhxIgEQMCABIAVqIQUgASADaiIDKAIE\
IQILIAMgAkF+cTYCBCAAIAVBAXI2AgQgACAFaiAFNgIAIAVBgAJPBEAgACAFEDUMBgsCQEHovcEA\
KAIAIgFBASAFQQN2dCICcUUEQEHovcEAIAEgAnI2AgAgBUH4AXFB4LvBAGoiBSEDDAELIAVB+AFx\
IgFB4LvBAGohAyABQei7wQBqKAIAIQULIAMgADYCCCAFIAA2AgwgACADNgIMIAAgBTYCCAwFC0H0\
vcEAIAAgBWsiATYCAEH8vcEAQfy9wQAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQg\
AEEIaiEADAYLQfi9wQAoAgAhAAJAIAEgBWsiAkEPTQRAQfi9wQBBADYCAEHwvcEAQQA2AgAgACAB\
QQNyNgIEIAAgAWoiASABKAIEQQFyNgIEDAELQfC9wQAgAjYCAEH4vcEAIAAgBWoiBDYCACAEIAJB\
AXI2AgQgACABaiACNgIAIAAgBUEDcjYCBAsgAEEIaiEADAULIAAgBCAGajYCBEH8vcEAQfy9wQAo\
AgAiAEEPakF4cSIBQQhrIgI2AgBB9L3BAEH0vcEAKAIAIARqIgQgACABa2pBCGoiATYCACACIAFB\
AXI2AgQgACAEakEoNgIEQYi+wQBBgICAATYCAAwDC0H8vcEAIAA2AgBB9L3BAEH0vcEAKAIAIAVq\
IgE2AgAgACABQQFyNgIEDAELQfi9wQAgADYCAEHwvcEAQfC9wQAoAgAgBWoiATYCACAAIAFBAXI2\
AgQgACABaiABNgIACyAEQQhqIQAMAQtBACEAQfS9wQAoAgAiASAFTQ0AQfS9wQAgASAFayIBNgIA\
Qfy9wQBB/L3BACgCACIAIAVqIgI2AgAgAiABQQFyNgIEIAAgBUEDcjYCBCAAQQhqIQALIAhBEGok\
ACAAC+8dAh1/An4jAEHgA2siAyQAIANBDGpBAEHAAPwLACABIAJBBnRqIRggACgCHCEPIAAoAhgh\
ECAAKAIUIREgACgCECESIAAoAgwhEyAAKAIIIRQgACgCBCEVIAAoAgAhFgNAIAEgGEcEQCADQoCA\
gIDAADcCWCADIAE2AkwgA0HAADYCUCADIAFBQGsiGTYCVCADQcwAaiICKAIQIgdFBEBBuJvBABCG\
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
DCADQfACaiIOED4gAygCkAMhBCADKAKUAyEFIAMoApgDIQYgAyADKAKcA0G/rJLbAWsiCzYCWCAD\
IAZB+vCGggFrIgY2AlQgAyAFQca7hv4AaiIFNgJQIAMgBEHMw7KgAmoiBDYCTCANIAEgAiAHEEMg\
AyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCzAEgAyAENgLIASADIAs2AsQBIAMgBjYCwAEgByAC\
IAEgA0HAAWoQQyADIAMpAlQ3A2ggAyADKQJMNwNgIAkgCiAMIA4gCBA+IAMoArADIQQgAygCtAMh\
BSADKAK4AyEGIAMgAygCvANB79ik7wJqIgs2AlggAyAGQaqJ0tMEaiIGNgJUIAMgBUHc08LlBWoi\
BTYCUCADIARB2pHmtwdqIgQ2AkwgDSABIAIgBxBDIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2\
AtwBIAMgBDYC2AEgAyALNgLUASADIAY2AtABIAcgAiABIANB0AFqEEMgAyADKQJUNwNoIAMgAykC\
TDcDYCAKIAwgDiAIIAkQPiADKAKwAiEEIAMoArQCIQUgAygCuAIhBiADIAMoArwCQa7dhr4GayIL\
NgJYIAMgBkGT87i+BWsiBjYCVCADIAVBuLDz/wRrIgU2AlAgAyAEQbmAmoUEayIENgJMIA0gASAC\
IAcQQyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLsASADIAQ2AugBIAMgCzYC5AEgAyAGNgLg\
ASAHIAIgASADQeABahBDIAMgAykCVDcDaCADIAMpAkw3A2AgDCAOIAggCSAKED4gAygC0AIhBCAD\
KALUAiEFIAMoAtgCIQYgAyADKALcAkGN6P/IA2siCzYCWCADIAZBud3h0gJrIgY2AlQgAyAFQdHG\
qTZqIgU2AlAgAyAEQefSpKEBaiIENgJMIA0gASACIAcQQyADIAMpAtADNwNwIAMgAykC2AM3A3gg\
AyAFNgL8ASADIAQ2AvgBIAMgCzYC9AEgAyAGNgLwASAHIAIgASADQfABahBDIAMgAykCVDcDaCAD\
IAMpAkw3A2AgDiAIIAkgCiAMED4gAygC8AIhBCADKAL0AiEFIAMoAvgCIQYgAyADKAL8AkGFldy9\
AmoiCzYCWCADIAZBuMLs8AJqIgY2AlQgAyAFQfzbsekEaiIFNgJQIAMgBEGTmuCZBWoiBDYCTCAN\
IAEgAiAHEEMgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCjAIgAyAENgKIAiADIAs2AoQCIAMg\
BjYCgAIgByACIAEgA0GAAmoQQyADIAMpAlQ3A2ggAyADKQJMNwNgIAggCSAKIAwgDhA+IAMoApAD\
IQQgAygClAMhBSADKAKYAyEGIAMgAygCnANB1OapqAZqIgs2AlggAyAGQbuVqLMHaiIGNgJUIAMg\
BUHS7fTxB2siBTYCUCADIARB+6a37AZrIgQ2AkwgDSABIAIgBxBDIAMgAykC0AM3A3AgAyADKQLY\
AzcDeCADIAU2ApwCIAMgBDYCmAIgAyALNgKUAiADIAY2ApACIAcgAiABIANBkAJqEEMgAyADKQJU\
NwNoIAMgAykCTDcDYCAJIAogDCAOIAgQPiADKAKwAyEEIAMoArQDIQUgAygCuAMhBiADIAMoArwD\
Qd+ugOoFayILNgJYIAMgBkG1s5a/BWsiBjYCVCADIAVBkOnR7QNrIgU2AlAgAyAEQd3czsQDayIE\
NgJMIA0gASACIAcQQyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgKsAiADIAQ2AqgCIAMgCzYC\
pAIgAyAGNgKgAiAHIAIgASADQaACahBDIAMgAykCVDcDaCADIAMpAkw3A2AgCiAMIA4gCCAJED4g\
AygCsAIhBCADKAK0AiEFIAMoArgCIQYgAyADKAK8AkHnr7TzAmsiCzYCWCADIAZB3PObywJrIgY2\
AlQgAyAFQfuUx98AayIFNgJQIAMgBEHwwKqDAWoiBDYCTCANIAEgAiAHEEMgAyADKQLQAzcDcCAD\
IAMpAtgDNwN4IAMgBTYCzAIgAyAENgLIAiADIAs2AsQCIAMgBjYCwAIgByACIAEgA0HAAmoQQyAD\
IAMpAlQ3A2ggAyADKQJMNwNgIAwgDiAIIAkgChA+IAMoAtACIQQgAygC1AIhBSADKALYAiEGIAMg\
AygC3AJBloKTzQFqIgs2AlggAyAGQYjY3fEBaiIGNgJUIAMgBUHM7qG6AmoiBTYCUCADIARBtfnC\
pQNqIgQ2AkwgDSABIAIgBxBDIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AuwCIAMgBDYC6AIg\
AyALNgLkAiADIAY2AuACIAcgAiABIANB4AJqEEMgAyADKQJUNwNoIAMgAykCTDcDYCAOIAggCSAK\
IAwQPiADKALwAiEEIAMoAvQCIQUgAygC+AIhBiADIAMoAvwCQbOZ8MgDaiILNgJYIAMgBkHK1OL2\
BGoiBjYCVCADIAVBz5Tz3AVqIgU2AlAgAyAEQfPfucEGaiIENgJMIA0gASACIAcQQyADIAMpAtAD\
NwNwIAMgAykC2AM3A3ggAyAFNgKMAyADIAQ2AogDIAMgCzYChAMgAyAGNgKAAyAHIAIgASADQYAD\
ahBDIAMgAykCVDcDaCADIAMpAkw3A2AgCCAJIAogDCAOED4gAygCkAMhBCADKAKUAyEFIAMoApgD\
IQYgAyADKAKcA0Huhb6kB2oiCzYCWCADIAZB78aVxQdqIgY2AlQgAyAFQeyP3tkHayIFNgJQIAMg\
BEH4++OZB2siBDYCTCANIAEgAiAHEEMgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCrAMgAyAE\
NgKoAyADIAs2AqQDIAMgBjYCoAMgByACIAEgA0GgA2oQQyADIAMpAlQ3A2ggAyADKQJMNwNgIAkg\
CiAMIA4gCBA+IAMoArADIQggAygCtAMhCSADKAK4AyEKIAMgAygCvANBhoCE+gZrIgw2AlggAyAK\
QZWmvt0FayIKNgJUIAMgCUGJuJmIBGsiCTYCUCADIAhBjo66zANrIgg2AkwgA0HAA2ogASACIAcQ\
QyADIAMpAsADNwNwIAMgAykCyAM3A3ggAyAJNgLcAyADIAg2AtgDIAMgDDYC1AMgAyAKNgLQAyAH\
IAIgASANEEMgAyADKQJUIiA3A2ggAyADKQJMIiE3A2AgAygCfCAPaiEPIAMoAnggEGohECADKAJ0\
IBNqIRMgAygCcCAUaiEUICCnIBJqIRIgIacgFmohFiADKAJsIBFqIREgAygCZCAVaiEVIBkhAQwB\
CwsgACAPNgIcIAAgEDYCGCAAIBE2AhQgACASNgIQIAAgEzYCDCAAIBQ2AgggACAVNgIEIAAgFjYC\
ACADQeADaiQAC8MbAgp/AX4jAEGQA2siAiQAIAIgASgCBCIDNgKoAiACIAMgASgCCEEcbGo2AqwC\
IAJBGGohAyMAQRBrIgUkACACQagCaiIEKAIAIQYgBCgCBCEHAkADQCAGIAdHBEAgBCAGQRxqNgIA\
IAUgBkEMaiIINgIMIAUgBkEIaigCADYCCCAFIAZBBGooAgAiBjYCBCAFQQRqQdiJwQBBDBClAQRA\
IAhBEGohBgwCBSADIAUpAgg3AgQgAyAGNgIADAMLAAsLIANBADYCAAsgBUEQaiQAAkAgAigCGCIH\
BEAgAiACKAIcIgs2AiQgAiAHNgIgIAJBuIrBADYCHCACQeCJwQA2AhggAkHoAWogAkEgakHYicEA\
ECICQAJAAkAgAigC7AFFDQAgAiACKALwATYCsAIgAiACKQLoATcDqAIjAEEgayIFJAAgAygCBCEB\
IAMoAgAhBiAFIAMpAgg3AgAgASAGRwRAIAEgBmtBA3YhCCAFQRRqIQEDQCABIAUgBhAiIAUgBCgC\
CDYCECAFIAQpAgA3AwggBCAFQQhqIgMgAQJ/IAMoAgAiCSABKAIAIgpHBEAgCSAKSyAJIApJawwB\
CyADQQRqIAFBBGoQ1wILwEEATBsiAygCCDYCCCAEIAMpAgA3AgAgBkEIaiEGIAhBAWsiCA0ACwsg\
AkHQAmoiASAEKAIINgIIIAEgBCkCADcCACAFQSBqJAAgAigC1AIiAUUNACACKALQAiACKALYAiID\
QQF2TQ0BCyACQRhqIgVB2InBAEEMEBEgAkEDNgKsAiACIAU2AqgCIAJB6AFqQY6IwAAgAkGoAmoQ\
qgIMAQsgAkEYaiIFIAEgAxAqIAJBAzYCrAIgAiAFNgKoAiACQegBakHPnsAAIAJBqAJqEKoCCyAF\
EIoDIAJBqAJqIgEgByALECogAkEDNgIkIAJBAzYCHCACIAJB6AFqIgM2AiAgAiABNgIYIAJBjAJq\
Qa6IwAAgAkEYahCqAiABEIoDIAMQigMgAEKAgICACDcCACAAIAIpAoQCNwIIIAAgAikCjAI3AhAg\
ACACKAKUAjYCGCAAQQE6ABwMAQsgAkEYaiABQbyHwQAQhwEgAiACKQIcNwPoASACIAIoAiQ2AvAB\
AkACQCACKAIYIgZBAkcEQCACIAIoAjA2AsACIAIgAikCKDcCuAIgAiACKQPoATcCrAIgAiACKALw\
ATYCtAIMAQsgAiACKQPoATcD0AIgAiACKALwASIDNgLYAiACQRBqIAIoAtQCIAMQRSACIAIoAhAi\
AyACKAIUIgVqNgLsAiACIAM2AugCA0AgAkHoAmoQ9AEiBEEga0HfAEkNAAsgBEGAgMQARg0BIAJB\
E0EVIARBgAFJIgEbNgL4AiACQe2HwQBB2IfBACABGzYC9AIgAkECNgIsIAJBoIbBADYCKCACQQI2\
AiQgAkECNgIcIAJBuIbBADYCGCACIAJB9AJqNgIgIAJB8AFqQdOcwAAgAkEYahCqAiACQQE6AMAC\
IAIgAikC6AE3AqwCIAIgAikC8AE3ArQCIAIgAigC+AE2ArwCIAJB0AJqEIoDQQAhBgsgACACKQK4\
AjcCFCAAIAIoAsACNgIcIAIgAikCrAIiDDcDgAMgAiACKAK0AiIBNgKIAyAAIAE2AhAgACAMNwII\
IAAgBjYCBCAAQYCAgIB4NgIADAELIAJBrAJqIAMgBRCXASACQdACahCKAyACIAIoArQCIgM2AogD\
IAIgAikCrAIiDDcDgAMgAiADNgJgIAIgDDcDWCACQagCaiABQZiLwQAQKyACKAKwAiEDIAIoAqwC\
IQQgAigCqAIiBUECRwRAIAAgAikCvAI3AhggACACKQK0AjcCECAAIAM2AgwgACAENgIIIAAgBTYC\
BCAAQYCAgIB4NgIAIAJB2ABqEIoDDAELAn9BASAEIANBworBAEENEL8CDQAaQQIgBCADQc+KwQBB\
CBC/Ag0AGkEDQQAgBCADQdeKwQBBDBC/AhsLIQkgAkGoAmogAUG0i8EAECsgAigCsAIhAyACKAKs\
AiEEIAIoAqgCIgVBAkcEQCAAIAIpArwCNwIYIAAgAikCtAI3AhAgACADNgIMIAAgBDYCCCAAIAU2\
AgQgAEGAgICAeDYCACACQdgAahCKAwwBC0EBIQUgBCADQZWkwABBBRC/AkUEQEECQQAgBCADQZqk\
wABBCRC/AhshBQsgAkGoAmogAUHQi8EAECwgAiACKQKsAjcDeCACIAIoArQCNgKAASACKAKoAiID\
QQJHBEAgACACKALAAjYCHCAAIAIpArgCNwIUIAAgAigCgAE2AhAgACACKQN4NwIIIAAgAzYCBCAA\
QYCAgIB4NgIAIAJB2ABqEIoDDAELIAIgAikDeDcDaCACIAIoAoABNgJwIAJBqAJqIAFB7IvBABAs\
IAIgAikCrAI3A5gBIAIgAigCtAI2AqABIAIoAqgCIgNBAkcEQCAAIAIoAsACNgIcIAAgAikCuAI3\
AhQgACACKAKgATYCECAAIAIpA5gBNwIIIAAgAzYCBCAAQYCAgIB4NgIAIAJB6ABqEJUDIAJB2ABq\
EIoDDAELIAIgAikDmAE3A4gBIAIgAigCoAE2ApABIAJBqAJqIAFBiIzBABAsIAIgAikCrAI3A7gB\
IAIgAigCtAI2AsABIAIoAqgCIgNBAkcEQCAAIAIoAsACNgIcIAAgAikCuAI3AhQgACACKALAATYC\
ECAAIAIpA7gBNwIIIAAgAzYCBCAAQYCAgIB4NgIAIAJBiAFqEJUDIAJB6ABqEJUDIAJB2ABqEIoD\
DAELIAIgAikDuAE3A6gBIAIgAigCwAE2ArABIAJBqAJqIAFBpIzBABCtASACLQCsAiEHIAIoAqgC\
IgNBAkcEQCAAIAIpALwCNwAYIAAgAikAtQI3ABEgACACKQCtAjcACSAAIAc6AAggACADNgIEIABB\
gICAgHg2AgAgAkGoAWoQlQMgAkGIAWoQlQMgAkHoAGoQlQMgAkHYAGoQigMMAQsgAkGoAmogAUHA\
jMEAECsgAigCsAIhAyACKAKsAiEEIAIoAqgCIgZBAkcEQCAAIAIpArwCNwIYIAAgAikCtAI3AhAg\
ACADNgIMIAAgBDYCCCAAIAY2AgQgAEGAgICAeDYCACACQagBahCVAyACQYgBahCVAyACQegAahCV\
AyACQdgAahCKAwwBCyAEIANBlaTAAEEFEL8CIQogAkGoAmogAUHcjMEAEIcBIAIgAikCrAI3A9AC\
IAIgAigCtAI2AtgCAkACQAJAIAIoAqgCIgNBAkcEQCACIAIoAsACNgKAAiACIAIpArgCNwL4ASAC\
IAIpA9ACNwLsASACIAIoAtgCNgL0AQwBCyACIAIpA9ACNwOYAiACIAIoAtgCIgM2AqACIAJBCGog\
AigCnAIgAxBFIAIgAigCCCIDIAIoAgwiBmo2AswCIAIgAzYCyAICfwJAA0AgAkHIAmoQ9AEiBEGA\
gMQARg0BIARBLkYgBEHfAEZyIARBMGtBCkkgBEHf//8AcUHBAGtBGklycg0ACyACQegCaiIIIAMg\
BhAqIAJBADYCqAIgAiAEIAJBqAJqIgYQyAEgAkGAA2oiCyACKAIAIAIoAgQQlwEgAkH0AmoiAyAC\
KAKEAyACKAKIAxAqIAJBAzYCvAIgAkEDNgK0AiACQQI2AqwCIAJB6IzBADYCqAIgAiADNgK4AiAC\
IAg2ArACIAJB2AJqQeGewAAgBhCqAiADEIoDIAsQigMgCBCKAyACQQA2AugBIAJBAToAgAIgAiAC\
KQLQAjcC7AEgAiACKQLYAjcC9AEgAiACKALgAjYC/AFBAAwBCyACQewBaiADIAYQlwFBAgshAyAC\
QZgCahCKAyAEQYCAxABGDQELIAAgAikC+AE3AhQgACACKAKAAjYCHCACIAIoAvQBIgE2AuABIAIg\
AikC7AEiDDcD2AEgACABNgIQIAAgDDcCCCAAIAM2AgQgAEGAgICAeDYCAAwBCyACIAIoAvQBIgM2\
AuABIAIgAikC7AEiDDcD2AEgAiAMNwPIASACIAM2AtABIAJBqAJqIAFB+IzBABCtASACLQCsAiED\
AkAgAigCqAIiBkECRwRAIAAgAikAvAI3ABggACACKQC1AjcAESAAIAIpAK0CNwAJDAELIAJBqAJq\
IAFBlI3BABCtASACLQCsAiEEIAIoAqgCIgZBAkcEQCAAIAIpALwCNwAYIAAgAikAtQI3ABEgACAC\
KQCtAjcACSAEIQMMAQsgAkGoAmogAUGwjcEAEK0BIAItAKwCIQEgAigCqAIiBkECRwRAIAAgAikA\
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
eDYCAAwBCyAGQSBqIg4gECAPECogBkEDNgIYIAYgDjYCFCAJQYyLwAAgBkEUahCqAiAOEIoDCyAG\
QTBqJAACQCAFKAKIAkGAgICAeEcEQCAAIAUoApACNgIYIAAgBSkCiAI3AhAgAEEBOgAcIABCBDcC\
CCAAQgA3AgAMAQsgBUEcaiEMIwBBMGsiCCQAIAhB34TBADYCDCAIQdyEwQA2AgggCCABKAIMIgY2\
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
IAlBADYCFCAJQoCAgIAQNwIMIAhBIGokACAFQaABahCKAwwDCyAAQRBqIA5B34TBAEEJED8gAEEA\
OgAcIABCBDcCCCAAQgA3AgAMCAsgBUGQAmogDkHohMEAQQoQPyAAQgE3AgAgAEECOgAcIAAgBSkC\
iAI3AgggACAFKQKQAjcCECAAIAUoApgCNgIYDAcLIAMgBCgCDBEFACIGRQ0BIwBBkAJrIgEkACAB\
QTBqQQBBwQD8CwAgAUIANwMoIAFB6JbBACkDADcDICABQeCWwQApAwA3AxggAUHYlsEAKQMANwMQ\
IAFB0JbBACkDADcDCCABQQhqIghBgLPAACAGQQEQMyABQZgBaiIGIAhB8AD8CgAAIAFB+ABqIggg\
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
A2ohCgNAIARFDQIgBEEBayEEIAotAAAgCkEBaiEKQTBGDQALDAILIA0gBCAMQfCNwQAQOAALQRdL\
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
ENICIANBFGpBqMnAAEEEIAkQdgsgBUHkAGohCUFQIQYDQCAGBEAgASAGQcT9wABqKAIAIAZByP3A\
AGooAgAQeCIMBEAgA0EgaiINIAwQdCADQRRqIAZBvP3AAGooAgAgBkHA/cAAaigCACANEHYLIAZB\
EGohBgwBCwsCQAJAIANBFGoiBkGoycAAQQQQ8gINACAGQej8wABBEhDyAg0AIAlBADYCCCAJQoCA\
gIDAADcCACAGEJMDDAELIAoEQCADQSBqIgYgCiALENICIANBFGpBvP3AAEEOIAYQdgsgCSADKAIc\
NgIIIAkgAykCFDcCAAsgA0EwaiQACyAFQRBqQQNBBEHoABCyASAFQQA2AnggBSAFKQMQNwJwAkAg\
G0EBc0EBcUUgBEECR3FFBEAgBUEANgKEASAFQoCAgIDAADcCfAwBCyAFIAQ6AKABIAUgAjYCnAIg\
BSAZNgKUAiAFIBQ2ApACIAVBnIXBADYCjAIgBUH0hMEANgKIAiAFIAVBoAFqNgKYAiAFQfwAaiEJ\
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
QYQDahCTAwtBAQshDAJAIBUgBSgCHEGAgICAeEdxRQ0AAkACQCAIRQ0AIAVBiAJqQbj8wABBBiAI\
ENUBIAUoAogCQYCAgIB4Rg0AIAUgBSgCkAI2ApABIAUgBSkCiAI3A4gBDAELIAVBADYCkAEgBUKA\
gICAwAA3A4gBCyAFKAJsQRxsIQMgBSgCaCEEA0AgAwRAIAQoAgghBiAEKAIEIQkgBUGIAmoiCiAE\
QQxqEHQgBUGIAWogCSAGIAoQdiADQRxrIQMgBEEcaiEEDAELCyAFKAKQAQRAIAVBqAJqIAVB0ABq\
QQIQRCAFQYQDaiAFQRxqEKsBIAUgBSgCkAE2AqgBIAUgBSkDiAE3A6ABIAVBkAJqIAVB3ABqIAVB\
oAFqEJABIAVCgoCAgJCAgICAfzcCiAIgBSAFKQKEAzcCnAIgBSAFKAKMAzYCpAIgBUHwAGogBUGI\
AmoQ/wEMAQsgBUGIAWoQkwMLQYKAgIB4IQQgEyABQQAgF0EBcRsiA0VyRQRAIAVBhANqIAEQTwJA\
IAdBAkYNACAFQaABaiEGIAggAyAIGyABIAdBAXEiBBshAyMAQTBrIgEkACABQQA2AhwgAUKAgICA\
wAA3AhQCQCAEBEAgA0Hc+8AAQQEQeCIDRQ0BIAFBIGoiBCADEHQgAUEUakHk+8AAQQwgBBB2DAEL\
IANBnPvAAEEBEHgiBARAIAFBIGoiCCAEEHQgAUEUakGk+8AAQRAgCBB2CwJAIANBtPvAAEEBEHgi\
BEUEQCADQfD7wABBARB4IgRFDQELIAFBIGoiCCAEEHQgAUEUakG8+8AAQQ4gCBB2CyABQQhqIAMQ\
fiABKAIIIgNFDQAgAUEgaiIEIAMgASgCDBDSAiABQRRqQcr7wABBDyAEEHYLIAYgASgCHDYCCCAG\
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
NgKMAiAFIAI2ApACIAUgBUGIAWo2AogCIAVB+AJqQZKewAAgBUGIAmoQqgIMBAsgBEEoaiEBIARB\
JGogA0HoAGshAyAEQegAaiEEKAIAIgIgAiABKAIAahC8AkHlAEkNAAsgBUGEA2oiAiAOEPACIAVB\
ATYClAIgBUHsjcEANgKQAiAFQQM2AowCIAUgAjYCiAIgBUH4AmpBxIzAACAFQYgCahCqAgwCCyAA\
IAUoAng2AgwgACAFKQJwNwIEIABBgICAgHg2AhAgAEEANgIAIAxFDQIgBUH8AGoQiQMMAgsgBUGI\
AmoiAiAOEPACIAVBAzYCiAMgBSACNgKEAyAFQfgCakG0i8AAIAVBhANqEKoCCyACEIoDIABCATcC\
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
AiRB+P7AAEECQdiVwQAQngIgCSAFIAQgARD3ASADKAIsIQQgAygCKCEFIAMoAiAgAygCJCAHIAFB\
2JXBABCeAiAIQQhrIQggAkEIaiECDAALAAsgAEEANgIIIABCgICAgBA3AgAMAQsgACADKQIUNwIA\
IAAgBiAEazYCCAsgA0EwaiQAC6kIAgd/AX4jAEEwayIFJAACQAJAIAIEQAJAIAStIAJBDGwiB0EM\
ayIIQQxurX4iDEIgiFAEQCABQQxqIQIgDKchCiABIQYDQCAHRQ0CIAdBDGshByAGKAIIIQkgBkEM\
aiEGIAkgCmoiCiAJTw0ACwsQ8wEACyAFQQhqIApBAUEBELIBIAVBADYCHCAFIAUpAwg3AhQgBUEU\
aiABKAIEIgYgBiABKAIIahDvAiAKIAUoAhwiAWshBiAFKAIYIAFqIQcCQAJAAkACQAJAAkAgBA4F\
AAECAwQFCwNAIAhFDQcgAigCBCEEIAIoAgghASAHQQAgA0EAQdiVwQAQngIgBUEgaiAHIAYgARD3\
ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFB2JXBABCeAiAIQQxrIQggAkEMaiECDAALAAsD\
QCAIRQ0GIAIoAgQhBCACKAIIIQEgBUEgaiIJIAcgBkEBEPcBIAUoAiwhBiAFKAIoIQcgBSgCICAF\
KAIkIANBAUHYlcEAEJ4CIAkgByAGIAEQ9wEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCABQdiV\
wQAQngIgCEEMayEIIAJBDGohAgwACwALA0AgCEUNBSACKAIEIQQgAigCCCEBIAVBIGoiCSAHIAZB\
AhD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADQQJB2JXBABCeAiAJIAcgBiABEPcBIAUoAiwh\
BiAFKAIoIQcgBSgCICAFKAIkIAQgAUHYlcEAEJ4CIAhBDGshCCACQQxqIQIMAAsACwNAIAhFDQQg\
AigCBCEEIAIoAgghASAFQSBqIgkgByAGQQMQ9wEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgA0ED\
QdiVwQAQngIgCSAHIAYgARD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFB2JXBABCeAiAI\
QQxrIQggAkEMaiECDAALAAsDQCAIRQ0DIAIoAgQhBCACKAIIIQEgBUEgaiIJIAcgBkEEEPcBIAUo\
AiwhBiAFKAIoIQcgBSgCICAFKAIkIANBBEHYlcEAEJ4CIAkgByAGIAEQ9wEgBSgCLCEGIAUoAigh\
ByAFKAIgIAUoAiQgBCABQdiVwQAQngIgCEEMayEIIAJBDGohAgwACwALA0AgCEUNAiACKAIEIQkg\
AigCCCEBIAVBIGoiCyAHIAYgBBD3ASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADIARB2JXBABCe\
AiALIAcgBiABEPcBIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIAkgAUHYlcEAEJ4CIAhBDGshCCAC\
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
Qfy9wQAoAgBGDQFB+L3BACgCACAFRwRAIAUoAgQiCEECcQ0JIAhBeHEiCCAEaiIEIAFJDQkgBSAI\
EDAgBCABayIFQRBPBEAgByABIAcoAgBBAXFyQQJyNgIAIAEgBmoiASAFQQNyNgIEIAQgBmoiBCAE\
KAIEQQFyNgIEIAEgBRAoDAkLIAcgBCAHKAIAQQFxckECcjYCACAEIAZqIgEgASgCBEEBcjYCBAwI\
C0HwvcEAKAIAIARqIgQgAUkNCAJAIAQgAWsiBUEPTQRAIAcgCEEBcSAEckECcjYCACAEIAZqIgEg\
ASgCBEEBcjYCBEEAIQVBACEBDAELIAcgASAIQQFxckECcjYCACABIAZqIgEgBUEBcjYCBCAEIAZq\
IgQgBTYCACAEIAQoAgRBfnE2AgQLQfi9wQAgATYCAEHwvcEAIAU2AgAMBwsgBCABayIEQQ9NDQYg\
ByABIAhBAXFyQQJyNgIAIAEgBmoiASAEQQNyNgIEIAUgBSgCBEEBcjYCBCABIAQQKAwGC0H0vcEA\
KAIAIARqIgQgAUsNBAwGCyADIAEgASADSxsiAwRAIAIgACAD/AoAAAsgBygCACIDQXhxIgcgAUEE\
QQggA0EDcSIBG2pJDQIgAUUgBiAHT3INBkH4nMEAQS5BqJ3BABDaAgALQbicwQBBLkHonMEAENoC\
AAtB+JzBAEEuQaidwQAQ2gIAC0G4nMEAQS5B6JzBABDaAgALIAcgASAIQQFxckECcjYCACABIAZq\
IgUgBCABayIBQQFyNgIEQfS9wQAgATYCAEH8vcEAIAU2AgALIAZFDQAgAA8LIAMQCSIBRQ0BIANB\
fEF4IAcoAgAiAkEDcRsgAkF4cWoiAiACIANLGyICBEAgASAAIAL8CgAACyABIQILIAAQFQsgAgui\
BgEEfyAAQQhrIgEgAEEEaygCACIDQXhxIgBqIQICQAJAIANBAXENACADQQJxRQ0BIAEoAgAiAyAA\
aiEAIAEgA2siAUH4vcEAKAIARgRAIAIoAgRBA3FBA0cNAUHwvcEAIAA2AgAgAiACKAIEQX5xNgIE\
IAEgAEEBcjYCBCACIAA2AgAPCyABIAMQMAsCQAJAQZC+wQACfwJAAkACQAJAIAIoAgQiA0ECcUUE\
QCACQfy9wQAoAgBGDQIgAkH4vcEAKAIARg0DIAIgA0F4cSICEDAgASAAIAJqIgBBAXI2AgQgACAB\
aiAANgIAIAFB+L3BACgCAEcNAUHwvcEAIAA2AgAPCyACIANBfnE2AgQgASAAQQFyNgIEIAAgAWog\
ADYCAAsgAEGAAkkNBCABIAAQNUGQvsEAQZC+wQAoAgBBAWsiADYCACAADQZB2LvBACgCACIADQJB\
/x8MAwtB/L3BACABNgIAQfS9wQBB9L3BACgCACAAaiIANgIAIAEgAEEBcjYCBEH4vcEAKAIAIAFG\
BEBB8L3BAEEANgIAQfi9wQBBADYCAAsgAEGIvsEAKAIAIgJNDQVB/L3BACgCACIARQ0FQfS9wQAo\
AgAiA0EpSQ0EQdC7wQAhAQNAIAAgASgCACIETwRAIAAgBCABKAIEakkNBgsgASgCCCEBDAALAAtB\
+L3BACABNgIAQfC9wQBB8L3BACgCACAAaiIANgIAIAEgAEEBcjYCBCAAIAFqIAA2AgAPC0EAIQED\
QCABQQFqIQEgACgCCCIADQALQf8fIAEgAUH/H00bCzYCAA8LAkBB6L3BACgCACICQQEgAEEDdnQi\
A3FFBEBB6L3BACACIANyNgIAIABB+AFxQeC7wQBqIgAhAgwBCyAAQfgBcSIAQeC7wQBqIQIgAEHo\
u8EAaigCACEACyACIAE2AgggACABNgIMIAEgAjYCDCABIAA2AggPC0GQvsEAQdi7wQAoAgAiAAR/\
QQAhAQNAIAFBAWohASAAKAIIIgANAAtB/x8gASABQf8fTRsFQf8fCzYCACACIANPDQBBiL7BAEF/\
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
BEEQaiEEDAELCyMAQRBrIgQkACAEIA02AgwgBCAMNgIIIARBCGohCUEAIQVB9AAhBwJ/A0AgB0EB\
TQRAQQAgBUEDdEH888AAaiAJENcCQf8BcSIHRQ0CGgUgBSAHQQF2IgogBWoiBSAFQQN0QfzzwABq\
IAkQ1wJB/wFxQQFGGyEFIAcgCmshBwwBCwsgBSAHQf8BRmohBUEBCyEHIAQgBTYCBCAEIAc2AgAg\
BCgCACAEQRBqJABFCyEHIAghBSAHIQ5BAgshBCAQIQkgHCEKCyAGIAo2AhwgBiAJNgIYIAYgBTsB\
FiAGIAc6ABUgBiAEOgAUIAAoAhQiBCAAKAIMRgRAIBMQ0AELIARBFGwiDyAAKAIQaiIIIA46ABAg\
CEIANwIIIAggAzYCBCAIIBI2AgAgACAEQQFqNgIUIAAgAUEMaiASIAQgBkEUahBGIRAgBCAAKAIU\
IghPDQIgAUEcaiEBIAAoAhAgD2oiBCAINgIMIAQgECARakEDaiIEIBVqNgIIIAQgC2ohCyAFIQgg\
ByEPIAkhECAKIRwMAQsLIAZBIGokACALDwsgBCAIQZymwAAQswEAC6sFAgZ/AX4CQCACRQ0AIAJB\
B2siA0EAIAIgA08bIQcgAUEDakF8cSABayEIQQAhAwNAAkACQAJAIAEgA2otAAAiBcAiBkEATgRA\
IAggA2tBA3ENASADIAdPDQIDQCABIANqIgRBBGooAgAgBCgCAHJBgIGChHhxDQMgA0EIaiIDIAdJ\
DQALDAILQoCAgICQICEJAkACQAJAAkACQAJAAkACQAJAIAUtAMKpQUECaw4DAAECBwsgA0EBaiIE\
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
BGooAgAiBUH/gfwHcUEIeCAFQRh4Qf+B/AdxcjYCYCACQShqIARqQQQgAkHgAGpBBEHAlsEAEJ4C\
IARBBGohBAwBCwsgAkEIakEgIAJBKGpBIEGAosAAEJ4CIAAgAikDIDcAGCAAIAIpAxg3ABAgACAC\
KQMQNwAIIAAgAikDCDcAACACQaABaiQAC5IEAQR/IwBBIGsiBSQAA0ACQAJAAn8CQCACIANHBEAg\
ASADaiIGLQAAIgRB4QBrQf8BcUEaSSAEQTBrQf8BcUEJTXINBCAEQd8ARyADQQFqIAJPckUEQCAG\
QQFqLQAAIgRB4QBrQf8BcUEaSSAEQTBrQf8BcUEKSXINBQsgAw0BQQAMAgsgACABIAIQlwEMAgsg\
AiADQQFrIgRNBEAgBCACQaCQwQAQswEACyAEIAMgBkEBay0AAEEwa0H/AXFBCkkbCyEDIAVBFGoi\
BCACQQhqEPkBIAVBCGogAyABIAJBsJDBABC7ASAEIAUoAgggBSgCDBDaAQNAIAIgA00EQCAAIAUo\
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
IAUQIAsgBkE4ahCKA0EBCyEHIAINAgwDCyABQaD+wAAQXkUEQCAGQSxqEIoDIAZBIGoQigMMBAsg\
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
NgIADAILQdyhwABBI0GwlsEAEPIBAAsgAiEBCyAFIAE2AgggCEEQaiQAIAcgBCgCEDYCCCAHIAQp\
Agg3AgAgBEEgaiQADAELQdyhwABBI0HwocAAEPIBAAsgAygCBCIIIA5BAnRqIQwDQCAIIAxHBEAg\
CCgCACEOIANBJGohBSMAQSBrIgIkAAJAAkACQCATQQFqIhMiAQRAIAJBCGogCUEEQQQQsgEgAkEA\
NgIcIAIgAikDCDcCFCACQRRqIgcgCRC4AkEBIAkgCUEBTRsiD0EBayEEIAcoAgQgBygCCCIKQQJ0\
aiEGAkADQCAEBEAgBiABNgIAIARBAWshBCAGQQRqIQYMAQUCQCAKIA9qIQQgCQ0AIARBAWshBAwD\
CwsLIAYgATYCAAsgByAENgIIIAUgAigCHDYCCCAFIAIpAhQ3AgAMAQsgAkEUaiAJQQFBBEEEEGEg\
AigCGCEBIAIoAhRBAUYNASACKAIcIQQgBSAJNgIIIAUgBDYCBCAFIAE2AgALIAJBIGokAAwBCyAB\
IAIoAhwQ0QIACyAIQQRqIQggAygCKEEEaiEFQQAhASADKAIsIgcgB0EAR2shDyADKAIQIQYgEiEC\
A0AgAgRAIAYoAgAhCiADQRhqIgQgAUGQiMEAEKQCKAIAIRQgBCABQQFqIgRBoIjBABCkAigCACEQ\
IANBJGogAUGwiMEAEKQCIRUgASAPRg0FIAUgFSgCAEEBaiIBIBBBAWoiECAUIAogDkdqIgogCiAQ\
SxsiCiABIApJGzYCACAFQQRqIQUgAkEEayECIAZBBGohBiAEIQEMAQsLIANBGGoQiwMgAyADKAIs\
NgIgIAMgAykCJDcDGAwBCwsgA0EYaiICIAtBgIjBABCkAigCACEBIAIQiwMLIANBDGoQiwMgAxCL\
AyAAIBE2AgggACANNgIEIAAgATYCACADQTBqJAAPCyABQQFqIAdBwIjBABCzAQAL0QMBA38jAEEQ\
ayIEJAACQAJAAkAgASgCCCICQYCAgBBxRQRAIAJBgICAIHENASAAIAEQOkUNAkEBIQIMAwsgACgC\
ACECA0AgAyAEakEPaiACQQ9xLQCcp0E6AAAgA0EBayEDIAJBBHYiAg0AC0EBIQIgAUG6uMEAQQIg\
AyAEakEQakEAIANrEBdFDQEMAgsgACgCACECA0AgAyAEakEPaiACQQ9xLQC8uEE6AAAgA0EBayED\
IAJBBHYiAg0AC0EBIQIgAUG6uMEAQQIgAyAEakEQakEAIANrEBcNAQsgASgCAEG4uMEAQQIgASgC\
BCgCDBEEAARAQQEhAgwBCyAAQQRqIQACQCABKAIIIgJBgICAEHFFBEAgAkGAgIAgcQ0BIAAgARA6\
IQIMAgsgACgCACECQQAhAwNAIAMgBGpBD2ogAkEPcS0AnKdBOgAAIANBAWshAyACQQR2IgINAAsg\
AUG6uMEAQQIgAyAEakEQakEAIANrEBchAgwBCyAAKAIAIQJBACEDA0AgAyAEakEPaiACQQ9xLQC8\
uEE6AAAgA0EBayEDIAJBBHYiAg0ACyABQbq4wQBBAiADIARqQRBqQQAgA2sQFyECCyAEQRBqJAAg\
AgvyAwEIfyABKAIEIgUEQCABKAIAIQQDQAJAIANBAWohAgJ/IAIgAyAEai0AACIIwCIJQQBODQAa\
AkACQAJAAkACQAJAAkACQAJAAkACQCAILQDCqUFBAmsOAwABAgwLQbuhwAAgAiAEaiACIAVPGywA\
AEFATg0LIANBAmoMCgtBu6HAACACIARqIAIgBU8bLAAAIQcgCEHgAWsiBkUNASAGQQ1GDQIMAwtB\
u6HAACACIARqIAIgBU8bLAAAIQYgCEHwAWsOBQQDAwMFAwsgB0FgcUGgf0cNCAwGCyAHQZ9/Sg0H\
DAULIAlBH2pB/wFxQQxPBEAgCUF+cUFuRyAHQUBOcg0HDAULIAdBQE4NBgwECyAJQQ9qQf8BcUEC\
SyAGQUBOcg0FDAILIAZB8ABqQf8BcUEwTw0EDAELIAZBj39KDQMLQbuhwAAgBCADQQJqIgJqIAIg\
BU8bLAAAQb9/Sg0CQbuhwAAgBCADQQNqIgJqIAIgBU8bLAAAQb9/Sg0CIANBBGoMAQtBu6HAACAE\
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
CyAEQRhqIQUjAEEQayIGJAACQCACIgNBA0kNACAGIAEgA0EDQaiSwQAQ+AEgBigCBEEDRw0AIAYo\
AgwhAyAGKAIIQQAgBigCAEGUqsAAQQMQ/gIbIQcLIAUgAzYCBCAFIAc2AgAgBkEQaiQAIARBJGog\
BCgCGCIDIAEgAxsiBiAEKAIcIAIgAxsiARAaIAQoAiRBAUYEQCAEIAQpAigiC6ciAjYCTCAEQRpB\
FSALQoCAgIAQg1AiAxs2AlQgBEHKqsAAQeSqwAAgAxs2AlAgASACSQ0CIwBBMGsiAyQAIAMgAiIB\
NgIIIAMgBjYCBCADQSBqIANBBGoQJAJAIARB4ABqIgcCfyADKAIgIgkEQCADKAIkIgUgAygCLEUN\
ARoCQAJAIAFFBEBBASEGDAELIAFBARDQAiIGRQ0BCyADQQA2AhQgAyAGNgIQIAMgATYCDAJAAkAg\
ASAFSQRAIANBDGpBACAFEG8gAygCDCEBIAMoAhAhBiADKAIUIQgMAQsgBUUNAQsgBUUNACAGIAhq\
IAkgBfwKAAALIAMgBSAIaiIFNgIUIAEgBWtBAk0EQCADQQxqIAVBAxBvIAMoAhQhBSADKAIQIQYL\
IAUgBmoiAUHmncEALQAAIgg6AAIgAUHkncEALwAAIgk7AAAgAyAFQQNqIgE2AhQgAyADKQIENwIY\
IANBIGogA0EYahAkIAMoAiAiBgRAA0AgAygCLAJAAkAgAygCJCIFIAMoAgwgAWtLBEAgA0EMaiAB\
IAUQbyADKAIUIQEMAQsgBUUNAQsgBUUNACADKAIQIAFqIAYgBfwKAAALIAMgASAFaiIBNgIUBEAg\
AygCDCABa0ECTQRAIANBDGogAUEDEG8gAygCFCEBCyADKAIQIAFqIgYgCTsAACAGIAg6AAIgAyAB\
QQNqIgE2AhQLIANBIGogA0EYahAkIAMoAiAiBg0ACwsgByADKAIUNgIIIAcgAykCDDcCAAwDC0EB\
IAEQ0QIAC0EBIQlBAAs2AgggByAJNgIEIAdBgICAgHg2AgALIANBMGokACAEQRBqIAcQogMgBEEI\
aiAEKAIQIAQoAhQgAhBHIAQgBCgCDCIBNgJcIAQgBCgCCCICNgJYIAcQ3gIgBEEBNgJ8IAQgBEHc\
AGo2AnggBEEBNgJ0IARBATYCbCAEQQI2AmQgBCAEQdgAajYCcCAEIARBzABqNgJoIAQgBEHQAGo2\
AmAgBEE8akH8oMAAIAcQqgIgBEEAOgBIIAAgBCkCRDcCFCAAIAQpAjw3AgwgACABNgIIIAAgAjYC\
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
QCAFIAFBAWoiBDYCACABLQAAQTBGDQELCyABIAZHBEAgA0EUaiADQTRqEKsBDAELIANBFGpBuYfB\
AEEBEJcBCyADKAIUIQEgA0EwahDgAiABQYCAgIB4Rg0BIAMpAhghByAAIAI6AAwgACAHNwIEIAAg\
ATYCAAwCCyADQTBqEOACCyAAQYCAgIB4NgIACyADQUBrJAALjwQBAn8gACABaiECAkACQCAAKAIE\
IgNBAXENACADQQJxRQ0BIAAoAgAiAyABaiEBIAAgA2siAEH4vcEAKAIARgRAIAIoAgRBA3FBA0cN\
AUHwvcEAIAE2AgAgAiACKAIEQX5xNgIEIAAgAUEBcjYCBCACIAE2AgAMAgsgACADEDALAkACQAJA\
IAIoAgQiA0ECcUUEQCACQfy9wQAoAgBGDQIgAkH4vcEAKAIARg0DIAIgA0F4cSICEDAgACABIAJq\
IgFBAXI2AgQgACABaiABNgIAIABB+L3BACgCAEcNAUHwvcEAIAE2AgAPCyACIANBfnE2AgQgACAB\
QQFyNgIEIAAgAWogATYCAAsgAUGAAk8EQCAAIAEQNQ8LAkBB6L3BACgCACICQQEgAUEDdnQiA3FF\
BEBB6L3BACACIANyNgIAIAFB+AFxQeC7wQBqIgEhAgwBCyABQfgBcSIBQeC7wQBqIQIgAUHou8EA\
aigCACEBCyACIAA2AgggASAANgIMIAAgAjYCDCAAIAE2AggPC0H8vcEAIAA2AgBB9L3BAEH0vcEA\
KAIAIAFqIgE2AgAgACABQQFyNgIEIABB+L3BACgCAEcNAUHwvcEAQQA2AgBB+L3BAEEANgIADwtB\
+L3BACAANgIAQfC9wQBB8L3BACgCACABaiIBNgIAIAAgAUEBcjYCBCAAIAFqIAE2AgALC5cEAgV/\
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
IAMgASAEELwCNgIsIANBATYCGCADIANBLGo2AhQgA0EgaiIBQaCfwAAgBRCqAiACIAMoAiQgAygC\
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
ACADQUBrIgEgAygCUCADKAJUQfj+wABBAhASIANBAzYCbCADQQM2AmQgA0ECNgJcIAMgAkEMajYC\
WCADIAE2AmggAyAMNgJgIANBJGpBsYfAACADQdgAahCqAiABEIoDIAQQlQMgDBCKAyAAIAMpAiA3\
AgggACADKQIoNwIQIANBADYCGCAAIAMpAhg3AgAgA0EBOgAwIAAgAygCMDYCGAsgA0HwAGokAAuz\
AwEFfyMAQfAAayIDJAACQAJAIAEgAhCsAiIBBEAgAS0AAEEERw0BIANBIGogASgCDEEEQQwQsgEg\
A0EANgI0IAMgAykDIDcCLCABKAIMQQR0IQUgASgCCCEBAkADQCAFBEAgAyAENgI4IAEtAABBA0cN\
AiADQRBqIAFBCGooAgAiBiABQQxqKAIAIgcQRSADKAIUBEAgA0EIaiAGIAcQRSADQdgAaiIGIAMo\
AgggAygCDBCXASADQSxqIAYQ2QELIAFBEGohASAEQQFqIQQgBUEQayEFDAELCyAAIAMoAjQ2Agwg\
ACADKQIsNwIEIABBAjYCAAwDCyADQRhqIAEQxwIgAyADKQMYNwJQIANBAjYCbCADQQE2AmQgA0EC\
NgJcIAMgAkEMajYCWCADIANB0ABqNgJoIAMgA0E4ajYCYCADQcQAakHgg8AAIANB2ABqEKoCIABB\
ADYCACAAIAMpAjw3AgQgACADKQJENwIMIAAgAygCTDYCFCAAQQE6ABggA0EsahCVAwwCCyAAQgQ3\
AgggAEICNwIADAELIAAgAkHZjcEAQRMgARB8CyADQfAAaiQAC+cCAQV/AkAgAUHN/3tBECAAIABB\
EE0bIgBrTw0AIABBECABQQtqQXhxIAFBC0kbIgRqQQxqEAkiAkUNACACQQhrIQECQCAAQQFrIgMg\
AnFFBEAgASEADAELIAJBBGsiBSgCACIGQXhxIAIgA2pBACAAa3FBCGsiAiAAQQAgAiABa0EQTRtq\
IgAgAWsiAmshAyAGQQNxBEAgACADIAAoAgRBAXFyQQJyNgIEIAAgA2oiAyADKAIEQQFyNgIEIAUg\
AiAFKAIAQQFxckECcjYCACABIAJqIgMgAygCBEEBcjYCBCABIAIQKAwBCyABKAIAIQEgACADNgIE\
IAAgASACajYCAAsCQCAAKAIEIgFBA3FFDQAgAUF4cSICIARBEGpNDQAgACAEIAFBAXFyQQJyNgIE\
IAAgBGoiASACIARrIgRBA3I2AgQgACACaiICIAIoAgRBAXI2AgQgASAEECgLIABBCGohAwsgAwuw\
AwEFfyMAQRBrIgYkACAGIAI2AgwgBiABNgIIQcYAIQMDQCADQQJJRQRAIAQgA0EBdiIFIARqIgQg\
BkEIaiAEQSxsQYzSwABqENYCQf8BcUEBRhshBCADIAVrIQMMAQsLAkACQCAGQQhqIARBLGxBjNLA\
AGoQ1gJB/wFxIgMEQEGweiEDA0AgA0UEQEEAIQRBAyEFQdyEwQAhB0EAIQNBACECQQAhAQwDCyAD\
QfCEwQBqIQUgA0HshMEAaiEHIANBJGoiBCEDIAEgAiAHKAIAIAUoAgAQxAJFDQALIARBuITBAGoh\
AyAEQdmEwQBqLQAAIQEgBEHYhMEAai0AACECIARB1ITBAGooAgAhBSAEQdCEwQBqKAIAIQdBACEE\
DAELIAQgA0H/AUZqIgFBxQBLDQEgAUEsbCIDQYzSwABqIQQgAy0AtdJAIQEgAy0AtNJAIQIgAygC\
mNJAIQUgAygClNJAIQcgAygCnNJAIQMLIAAgAzYCDCAAIAQ2AgggACABOgARIAAgAjoAECAAIAU2\
AgQgACAHNgIAIAZBEGokAA8LQcYAQcYAQfz+wAAQswEAC5MFAQl/IwBBMGsiBiQAAkACQCACBEAC\
QCADBEAjAEEwayIFJAAgBUEANgIsIAUgAzYCJCAFIAM2AhwgBSAENgIgIAUgAyAEaiIINgIoIAVB\
JGohCiADIQQDQCAFQRBqIAoQhAEgBSgCFCIHQQlGIAdBIEZyBEAgBSgCJCEEIAUoAighCAwBBQJ/\
IAdBgIDEAEcEQCAFKAIkIAUoAhAiByAIIARramogBSgCKGsMAQtBACEHQQALIQgDQCAFKAIkIQsg\
BSgCKCEMIAVBCGogChCkASAFKAIIIQ0gBSgCDCIEQQlGIARBIEZyDQALIAYgBEGAgMQARwR/IAUo\
AiQgDCALayANamogBSgCKGsFIAgLIAdrNgIEIAYgAyAHajYCACAFQTBqJAALCyAGKAIEIQUgBigC\
ACEHQQAhA0EAIQQDQCADIAVGDQIgAiAESwRAIAMgB2ohCCADQQFqIQMgASAEai0AACAILQAAcyAJ\
ciEJIARBAWoiBEEAIAIgBEcbIQQMAQsLIAQgAkGQhsEAELMBAAsgBkECNgIsIAZBuIbBADYCKCAG\
QQI2AiQgBkGghsEANgIgIAZBFGpBiozAACAGQSBqEKoCIABBADYCACAAIAYpAgw3AgQgACAGKQIU\
NwIMIAAgBigCHDYCFCAAQQE6ABgMAwsgAiAFRhDhAiAJQQAgCWtywEEAThDhAnEQ4QJB/wFxRQ0B\
IABBAjYCAAwCCyAAQQI2AgAMAQsgBkECNgIsIAZBuIbBADYCKCAGQQI2AiQgBkGghsEANgIgIAZB\
FGpBppzAACAGQSBqEKoCIABBADYCACAAIAYpAgw3AgQgACAGKQIUNwIMIAAgBigCHDYCFCAAQQE6\
ABgLIAZBMGokAAuCAwEEfyAAKAIMIQICQAJAAkAgAUGAAk8EQCAAKAIYIQMCQAJAIAAgAkYEQCAA\
QRRBECAAKAIUIgIbaigCACIBDQFBACECDAILIAAoAggiASACNgIMIAIgATYCCAwBCyAAQRRqIABB\
EGogAhshBANAIAQhBSABIgJBFGogAkEQaiACKAIUIgEbIQQgAkEUQRAgARtqKAIAIgENAAsgBUEA\
NgIACyADRQ0CAkAgACgCHEECdEHQusEAaiIBKAIAIABHBEAgAygCECAARg0BIAMgAjYCFCACDQMM\
BAsgASACNgIAIAJFDQQMAgsgAyACNgIQIAINAQwCCyAAKAIIIgAgAkcEQCAAIAI2AgwgAiAANgII\
DwtB6L3BAEHovcEAKAIAQX4gAUEDdndxNgIADwsgAiADNgIYIAAoAhAiAQRAIAIgATYCECABIAI2\
AhgLIAAoAhQiAEUNACACIAA2AhQgACACNgIYDwsPC0HsvcEAQey9wQAoAgBBfiAAKAIcd3E2AgAL\
/wIBBn8jAEFAaiIDJAAgA0EQaiABIAIQtwECQCADKAIQQQFxRQRAIABBBzYCAAwBCyADKAIUIQUg\
A0HchcEAKAIANgI8IANB1IXBACkCADcCNCADQcyFwQApAgA3AiwgA0HEhcEAKQIANwIkIANBJGoh\
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
EQEAAkACQAJAAkAgAy0AGEEDaw4EAgEBAAELIABBBGpBwIbBAEHgABDJAiAAQYCAgIB4NgIADAIL\
IAMgAykCIDcDMCADIAMpAhg3AyggA0EIaiADQRhqEMcCIAMgAykDCDcCUCADQQI2AlwgAyADQdAA\
ajYCWCADQUBrQbqFwAAgA0HYAGoQqgIgAEKAgICACDcCACAAIAMpAjg3AgggACADKQJANwIQIAAg\
AygCSDYCGCAAQQE6ABwgA0EoahDtAQwBCyADQRBqIAMoAiAiBCADKAIkIgUQRSADKAIUBEAgAygC\
HCEGIABBDGogBCAFEC4gACACNgIkIAAgATYCICAAIAU2AgggACAENgIEIAAgBjYCAAwBCyADIANB\
HGoiASgCCDYCQCADIAEpAgA3AzggAEEEakGgh8EAQRkQyQIgAEGAgICAeDYCACADQThqEIoDCyAD\
QeAAaiQAC8MCAQR/IABCADcCECAAAn9BACABQQh2IgNFDQAaQR8gAUGAgIAITw0AGiABQSYgA2ci\
A2t2QQFxIANBAXRyQT5zCyICNgIcIAJBAnRB0LrBAGohBEEBIAJ0IgNB7L3BACgCAHFFBEAgBCAA\
NgIAIAAgBDYCGCAAIAA2AgwgACAANgIIQey9wQBB7L3BACgCACADcjYCAA8LAkACQCABIAQoAgAi\
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
AG4iAEGQzgBsayIHQf//A3FB5ABuIghBAXQvAPqnQTsAACAFQQJrIAcgCEHkAGxrQf//A3FBAXQv\
APqnQTsAACACQQRrIQIgBkH/rOIESw0ACwsgAEEJSwRAIAJBAmsiAiADQQZqaiAAIABB//8DcUHk\
AG4iAEHkAGxrQf//A3FBAXQvAPqnQTsAAAtBACAEIAAbRQRAIAJBAWsiAiADQQZqaiAAQQF0LQD7\
p0E6AAALIAFBAUEAIANBBmogAmpBCiACaxAXIANBEGokAAuIAgEGfyAAKAIIIgQhAgJ/QQEgAUGA\
AUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiBiAAKAIAIARrSwR/IAAgBCAGEGcgACgCCAUg\
AgsgACgCBGohAgJAIAFBgAFPBEAgAUE/cUGAf3IhBSABQQZ2IQMgAUGAEEkEQCACIAU6AAEgAiAD\
QcABcjoAAAwCCyABQQx2IQcgA0E/cUGAf3IhAyABQf//A00EQCACIAU6AAIgAiADOgABIAIgB0Hg\
AXI6AAAMAgsgAiAFOgADIAIgAzoAAiACIAdBP3FBgH9yOgABIAIgAUESdkFwcjoAAAwBCyACIAE6\
AAALIAAgBCAGajYCCEEAC4gCAQZ/IAAoAggiBCECAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNB\
BCABQYCABEkbCyIGIAAoAgAgBGtLBH8gACAEIAYQbyAAKAIIBSACCyAAKAIEaiECAkAgAUGAAU8E\
QCABQT9xQYB/ciEFIAFBBnYhAyABQYAQSQRAIAIgBToAASACIANBwAFyOgAADAILIAFBDHYhByAD\
QT9xQYB/ciEDIAFB//8DTQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoAAAwCCyACIAU6AAMgAiAD\
OgACIAIgB0E/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAEIAZqNgIIQQALqAIB\
A38jAEHgAGsiBCQAIAQgAzYCICAEIAI2AhwgASgCCEEUbCEDIAEoAgQhBQJAAkADQCADRQ0BIAQg\
A0EUayIDIAVqIgI2AkAgBEFAayIGIARBHGoQjwJFDQALIARBEGogAUEMahCiAyAEQQhqIAQoAhAg\
BCgCFCACQQxqKAIAIAJBEGooAgBBzK7AABBzIARBADYCXCAEQQA2AkggBEKAgICAwAA3AkAgBCAE\
KAIMIgE2AlggBCAEKAIIIgI2AlQgBCABNgJQIAQgAjYCTCAEQSRqIAZBARANAkAgBCgCJEECRgRA\
IAAgBCkCMDcCCCAAIAQpAig3AgAMAQsgAEEGOgAAIARBJGoQvQILIARBQGsQiwMMAQsgAEEGOgAA\
CyAEQeAAaiQAC+0BAQN/IAAgAygCCCABKAIMIAEoAggiBUEZdyAFQQ53cyAFQQN2c2pqIAQoAgQi\
BkEPdyAGQQ13cyAGQQp2c2oiBjYCDCAAIAMoAgQgBSABKAIEIgdBGXcgB0EOd3MgB0EDdnNqaiAE\
KAIAIgVBD3cgBUENd3MgBUEKdnNqIgU2AgggACADKAIAIAcgASgCACIBQRl3IAFBDndzIAFBA3Zz\
amogBkEPdyAGQQ13cyAGQQp2c2o2AgQgACABIAQoAgxqIAIoAgwiAEEZdyAAQQ53cyAAQQN2c2og\
BUEPdyAFQQ13cyAFQQp2c2o2AgAL5QUBCH8jAEHQAGsiBCQAIAQgAzYCDCAEIAI2AgggBEEQaiAB\
EPACIARBETYCICAEQYCkwAA2AhwCQAJAIAEoAhgiAgRAIAEoAhBFDQELIwBBMGsiAiQAIAIgAUEM\
aiIDKAIAIgEgAygCBCIDajYCLCACIAE2AiggAiADNgIkIAIgATYCICACQd+EwQA2AhwgAkHchMEA\
NgIYIAJBDGohBiMAQUBqIgEkACABQRBqIAJBGGoiAxBsAkAgASgCECIHBEAgASgCFCEIIAFBKGoi\
CyADEH8gAUEIakEEIAEoAihBAWoiBUF/IAUbIgUgBUEETRtBBEEIELIBIAEoAgghCSABKAIMIgUg\
CDYCBCAFIAc2AgAgAUEBNgIkIAEgBTYCICABIAk2AhwgASADKQIQNwM4IAEgAykCCDcDMCABIAMp\
AgA3AyggAUEcaiEFIwBBIGsiAyQAA0ACQCADQQhqIAsQbCADKAIIIghFDQAgAygCDCEJIAUoAggi\
ByAFKAIARgRAIANBFGogCxB/IAUgAygCFEEBaiIKQX8gChsQugILIAUoAgQgB0EDdGoiCiAJNgIE\
IAogCDYCACAFIAdBAWo2AggMAQsLIANBIGokACAGIAEoAiQ2AgggBiABKQIcNwIADAELIAZBADYC\
CCAGQoCAgIDAADcCAAsgAUFAayQAIARBJGoiASACKAIQIAIoAhQQESAGEIkDIAJBMGokACAEQQI2\
AkwgBEECNgJEIARBAzYCPCAEQQM2AjQgBCAEQQhqNgJIIAQgBEEcajYCQCAEIAE2AjggBCAEQRBq\
NgIwIABB34rAACAEQTBqEKoCIAEQigMMAQsgBCACKQIINwIkIARBAjYCTCAEQQI2AkQgBEECNgI8\
IARBAzYCNCAEIARBCGo2AkggBCAEQRxqNgJAIAQgBEEkajYCOCAEIARBEGo2AjAgAEGoisAAIARB\
MGoQqgILIARBEGoQigMgBEHQAGokAAuBAgEGfwJAAkAgASgCACIIKAIIIgkgBUkgBCAFS3JFBEAg\
CCgCBCIIIAVBAnRqIQsgCCAEQQJ0aiEFIAEoAgwhDCABKAIIIQ0gASgCBCEIQQAhCQNAIAEhBANA\
IAUgC0YNAyAIIAUoAgAiARDxAiAGSQ0DIA0gAiADIAEQyQEhCiABIANPDQQgBUEEaiEFIAEgAmog\
CjoAACAKIAggARDxAiAMIAcgARDcASAGaklyDQALIAlFQQEhCQ0AIAEgBCAIIAEQ8QIgCCAEEPEC\
SRshAQwACwALIAQgBSAJQaSowAAQOAALIAAgBDYCBCAAIAk2AgAPCyABIANBtKjAABCzAQALrwQB\
C38jAEEQayIHJAACQEH0ucEAKAIADQBB9LnBAEF/NgIAQYS6wQAoAgAiAkGAusEAKAIAIgBGBEAg\
AiIAQfi5wQAoAgAiAUYEQNBvQYABIAAgAEGAAU0bIgD8DwEiBEF/Rg0CAkBBiLrBACgCACIBRQRA\
QYi6wQAgBDYCAAwBCyABIAJqIARHDQMLIwBBEGsiBSQAIAVBCGohCEGAusEAKAIAIQlBBCEBIwBB\
EGsiBiQAQfi5wQAoAgAgCWsgAE8Ef0GBgICAeAUgBkEIaiEEIwBBEGsiAyQAAn9BACAAIAlqIgEg\
AEkNABogA0EEakH4ucEAIAFBBEEEEEwgAygCBEEBRgRAIAMoAgwhCiADKAIIDAELIAMoAgghAEH4\
ucEAIAE2AgBB/LnBACAANgIAQYGAgIB4CyEAIAQgCjYCBCAEIAA2AgAgA0EQaiQAIAYoAgwhASAG\
KAIICyEAIAggATYCBCAIIAA2AgAgBkEQaiQAIAUoAgwhASAHQQhqIgAgBSgCCDYCACAAIAE2AgQg\
BUEQaiQAIAcoAghBgYCAgHhHDQJB+LnBACgCACEBQYC6wQAoAgAhAAsgACABTw0BQfy5wQAoAgAg\
AEECdGogAkEBajYCAEGAusEAIABBAWoiADYCAAsgACACTQ0AQYS6wQBB/LnBACgCACACQQJ0aigC\
ADYCAEH0ucEAQfS5wQAoAgBBAWo2AgBBiLrBACgCACAHQRBqJAAgAmoPCwALrWICOH8BfiMAQUBq\
Ig8kACAPQQA2AhggDyABKAIAKAIAIgg2AhwCQCABKAIQKAIAIgQEQCAPQRBqIAQgASgCFCgCABDg\
ASAPKAIQIQQgD0EwaiIBIA8oAhQiBTYCCCABIAQ2AgQgASAFNgIAAkAgDygCMEGAgICAeEYEQCAP\
IA8pAjQ3AiQgD0GBgICAeDYCIAwBCyAPIA8oAjg2AiggDyAPKQIwIjo3AyAgOqdBgYCAgHhHDQIL\
IA9BCGohAUEAIQQCfyAPQSBqIgAoAgBBgYCAgHhGBEAgACgCCCEEIAAoAgQMAQsgABDeAkEACyEA\
IAEgBDYCBCABIAA2AgAgDygCCCEBIA8oAgwhBAJAIA9BGGoiACgCACIIBEAgACgCBCEADAELIABB\
BGoQ1QILIA8gADYCBCAPIAg2AgAgDygCACIAIAEgABsiAUEBIAEbIA8oAgQgBCAAG0EAIAEbEKED\
AAsgD0GAgICAeDYCIAsgDyAPKAIoNgI4IA8gDykDIDcDMCAPQTBqIQQjAEHQAGsiEyQAIBMgCDYC\
CCATQQxqIgEgE0EIahCfAxBbAkAgEygCDEECRwRAIAEQ3gEhASAAQYCAgIB4NgIAIAAgATYCBCAE\
EN4CDAELIwBBEGsiCCQAIAhBBGogE0EIaiIFEJ8DIgIQ+QEgCCgCCCAFEJ8DIQojAEEQayIBJAAg\
BRCfAyEHIAEgCjYCDCABIAc2AgggByAKRwRAIwBBEGsiBCQAIAQgAUEMajYCDCAEIAFBCGo2Aggj\
AEFAaiIAJAAgAEGsp8EANgIEIAAgBEEIajYCACAAQaynwQA2AgwgACAEQQxqNgIIIABBkLnBACgC\
ADYCFCAAQYS5wQAoAgA2AhAgACAAQQhqrUKAgICAsA+ENwMwIAAgAK1CgICAgLAPhDcDKCAAIABB\
EGqtQoCAgIDQD4Q3AyBBxYjAACAAQSBqQcSawQAQ8gEACyAKIAUoAgAlARABIAFBEGokACATQShq\
IgEgAjYCCCABIAgpAgQ3AgAgCEEQaiQAAkAgBCgCAEGAgICAeEcEQCATIAQoAggiCDYCSCATIAQp\
AgA3A0AgE0EANgIUIBNCgICAgMAANwIMIBMoAkQhBCMAQSBrIgEkACABQQhqIgVBrLbAAEEVEJcB\
IAFBFGogBCAIEJcBIBNBDGoiBCAFEMoBIBNBNGoiCCAEKAIINgIIIAggBCkCADcCACABQSBqJAAg\
E0FAaxCKAwwBCyATQQA2AjwgE0KAgICAwAA3AjQLIBNBKGoiKyEdIBNBNGoiLCEIIwBB8ABrIhEk\
AAJAQQBBxLbAACgCABEFACIBBEAgEUEIaiABQci2wAAQhAJBgICAgHghICARKAIMISQCfwJAIBEo\
AggiASgCAEGAgICAeEcEQCARQTBqIRAgHSgCBCENIB0oAgghA0EAIQcjAEGQAmsiBiQAIAFBDGoi\
GCgCCCEOIBgoAgQhEiAGQRBqIQQgCCgCBCIKIAgoAghBGGxqIRYCQANAIBYgCiIBRg0BIAFBGGoh\
CiABKAIIQRVHDQAgASgCBCELQRUhCEGstsAAIQwDQCAIBEAgDC0AACEFIAstAAAhAiAMQQFqIQwg\
CEEBayEIIAtBAWohCyACQSBBACACQcEAa0H/AXFBGkkbckH/AXEgBUEgQQAgBUHBAGtB/wFxQRpJ\
G3JB/wFxRg0BDAILCwsgASgCFCEIIAEoAhAhBwsgBCAINgIEIAQgBzYCACAGQeAAaiASIA4gBigC\
ECAGKAIUEC8CQCAGKAJgIgFBAkcEQCAQIAYpAnQ3AhggECAGKQJsNwIQIBAgBikCZDcCCCAQQQE2\
AgAgECABNgIEDAELIAZB4ABqIQwjAEHwAWsiAiQAIAJBGGogDSADECYgAigCICEFIAIoAhwhAQJA\
IAIoAhgiBEECRwRAIAwgAikCLDcCGCAMIAIpAiQ3AhAgDCAFNgIMIAwgATYCCCAMIAQ2AgQgDEGA\
gICAeDYCAAwBCyACQQA2AjQgAiAFNgIwIAIgATYCLCACIAU2AiggAiABNgIkIAJBADYCICACQoCA\
gIDAADcCGAJAAkACQAJAAkACQAJAAkADQCAFIAlGDQEgASAJai0AACIEQQlrIghBF0tBASAIdEGT\
gIAEcUVyRQRAIAIgCUEBaiIJNgI0DAELCyAEQfsARw0AIAIgCUEBaiIINgI0IAJBADYCfCACQoCA\
gIDAADcCdCAFIAggBSAISxshBANAIAQgCEYNAyABIAhqLQAAIgpBCWsiB0EXS0EBIAd0QZOAgARx\
RXINAiACIAhBAWoiCDYCNAwACwALIAJB1AFqIAJBGGoQOSACIAIpAtgBNwOQASACIAIpAuABNwOY\
AQJAIAIoAtQBIgFBAkcEQCACKQLoASE6IAwgAikDmAE3AhAgDCACKQOQATcCCCAMIDo3AhggDCAB\
NgIEDAELIAIgAikDkAE3A1ggAiACKQOYATcDYCACQQhqIAJB2ABqIgEQxwIgAiACKQMINwLIASAC\
QQI2ApQBIAIgAkHIAWo2ApABIAJB4AFqQY2FwAAgAkGQAWoQqgIgAkEANgLUASAMIAIpAtQBNwIE\
IAwgAikC3AE3AgwgDCACKQLkATcCFCACQQE6AOwBIAwgAigC7AE2AhwgARDtAQsgDEGAgICAeDYC\
AAwGCyAKQf0ARg0BCyACQeQBaiEOIAJBlQFqIRYgAkHZAWohFSACQaABaiESIAJBmAFqIRsgAkHc\
AWohHCACQZQBaiENIAJB2AFqIQMDQCACQdQBaiACQRhqQQEQISACIAMpAgA3A5ABIAIgAygCCDYC\
mAEgAigC1AEiC0ECRwRAIAIgAigC7AE2AnAgAiACKQLkATcCaCACIAIpA5ABNwJcIAIgAigCmAE2\
AmQMAwsgAiACKQOQATcDgAEgAiACKAKYATYCiAEgAigCNCIEIAIoAjAiCiAEIApLGyEIIAIoAiwh\
CwNAAkAgBCAIRgRAIAghBAwBCyAEIAtqLQAAQQlrIgdBF0tBASAHdEGTgIAEcUVyDQAgAiAEQQFq\
IgQ2AjQMAQsLIAJBADYCtAEgAkKAgICAEDcCrAEgBCEIA0AgCCAKIAggCksbIQcCQAJAA0ACQAJA\
AkACQAJAIAcgCEYNACAIIAtqLQAAIgpBCWtBAkkNAwJAIApBIGsOAwQBAwALIApBDUYNAyAKQdsA\
RiAKQfsARnINAQsgAkHUAWogAkEYahAbIAIoAtQBIgtBAkYNAyAWIBUpAAA3AAAgFiAVKQAINwAI\
IBYgFSkADzcADyACIAItANgBOgCUASACIAs2ApABDAULIAJB1AFqIAJBGGogAigCtAFBAWoQkQEg\
AigC1AEiC0ECRwRAIBsgHCkCADcCACAbIBwpAgg3AgggGyAcKAIQNgIQIAIgAigC2AE2ApQBIAIg\
CzYCkAEMBQsgAiACKAI0QQFqIgg2AjRB/QBB3QAgCkH7AEYiGRshByACKAIwIQogAigCLCELAkAC\
QANAIAggCk8NASAIIAtqLQAAIhdBCWsiFEEXS0EBIBR0QZOAgARxRXJFBEAgAiAIQQFqIgg2AjQM\
AQsLIAcgF0YNAQsgAigCtAEiCyACKAKsAUYEQCMAQRBrIggkACAIQQRqIAJBrAFqIgooAgAiFyAK\
KAIEQQggF0EBdCIXIBdBCE0bIhcQeiAIKAIEQQFGBEAgCCgCCCAIKAIMENECAAsgCCgCCCEUIAog\
FzYCACAKIBQ2AgQgCEEQaiQACyACKAKwASALaiAHOgAAIAIgC0EBajYCtAEgGUUNBiACQdQBaiAC\
QRhqQQAQISACIAMpAgA3A8gBIAIgAygCCDYC0AEgAigC1AEiC0ECRwRAIBIgDigCCDYCCCASIA4p\
AgA3AgAgDSACKALQATYCCCANIAIpA8gBNwIADAYLIAIgAikDyAE3A7gBIAIgAigC0AE2AsABIAJB\
uAFqEIoDDAYLIAIgCEEBajYCNAwCCyACQdQBaiACQRhqQQAQDyACKALUASILQQJGDQEgDSADKQIQ\
NwIQIA0gAykCCDcCCCANIAMpAgA3AgAMAwsgAiAIQQFqIgg2AjQMAQsLIAIoAjQhCCACKAIsIRcg\
AigCMCEZIAIoArQBIQcgAigCsAEhFANAQQIhCyAHRQ0BIAcgFGpBAWsiCkUNASAIIBkgCCAZSxsh\
GiAKLQAAIQsCQAJAAkADQCAIIBpGDQECQCAIIBdqLQAAIgpBCWtBAkkgCkENRnIgCkEgRnJFBEAg\
CkEsRw0BIAIgCEEBajYCNCALQf0ARw0IIAJB1AFqIAJBGGpBABAhIAIgAykCADcDyAEgAiADKAII\
NgLQASACKALUASILQQJGDQQgEiAOKAIINgIIIBIgDikCADcCACANIAIoAtABNgIIIA0gAikDyAE3\
AgAMBwsgAiAIQQFqIgg2AjQMAQsLIAogC0YNAgsgAkGQAWogAkEYakHzq8AAQf2rwAAgC0H9AEYb\
QQoQYyACKAKQASELDAMLIAIgAikDyAE3A7gBIAIgAigC0AE2AsABIAJBuAFqEIoDDAMLIAIgB0EB\
ayIHNgK0ASACIAhBAWoiCDYCNAwACwALIAJBrAFqEIoDIAtBAkcEQCACIA0pAhA3AmwgAiANKQII\
NwJkIAIgDSkCADcCXCACQYABahCKAwwFCyACKAI0IQcgAigCfCIKIAIoAnRGBEAgAkH0AGoQ0AEL\
IAIoAnggCkEUbGoiCCACKAKIATYCCCAIIAIpA4ABNwIAIAggBzYCECAIIAQ2AgwgAiAKQQFqNgJ8\
IAIoAjQiCCACKAIwIgogCCAKSxshCyACKAIsIQQDQAJAAkAgCCALRwRAIAQgCGotAAAiB0EJa0EC\
SSAHQQ1GciAHQSBGcg0BIAdBLEYEQCACIAhBAWo2AjQMBwsgB0H9AEYNAgsgAkHYAGogAkEYakHz\
q8AAQQoQYyACKAJYIQsMBwsgAiAIQQFqIgg2AjQMAQsLIAIgAikCdDcCXCACIAIoAnw2AmQgAiAI\
QQFqIgc2AjQMBQsgAigCLCELIAIoAjQhCCACKAIwIQoMAAsACwALIAIgAikCdDcCXCACIAIoAnw2\
AmQgAiAIQQFqIgc2AjQgASEEIAUhCgwBCyACQfQAahCPAyALQQJHDQEgAigCLCEEIAIoAjAhCiAC\
KAI0IQcLIAIgAikCXDcDOCACIAIoAmQ2AkAgByAKIAcgCksbIQogByEIA0ACQCAIIApGDQAgBCAI\
ai0AAEEJayILQRdLQQEgC3RBk4CABHFFcg0AIAIgCEEBaiIINgI0DAELCyACQdQBaiACQRhqELMC\
IAIoAtQBIgRBAkcEQCAMIAIpAugBNwIYIAwgAikC4AE3AhAgDCACKQLYATcCCCAMQYCAgIB4NgIA\
IAwgBDYCBCACQThqEI8DDAILAkAgAigCICIIRQRAQYCAgIB4IQgMAQsgAigCHCEEIAJB2ABqIAEg\
BRCXASAIQQJ0IQgDQCAIBEAgAkEQaiACQdgAaiAEKAIAIgEgAUEEakGcq8AAENQBIAIoAhAgAigC\
FEGsq8AAQQRBsKvAABCeAiAIQQRrIQggBEEEaiEEDAELCyACKAJYIQggAkGQAWogAigCXCIBIAIo\
AmAiBRAaIAIoApABRQ0AIAIgAikClAEiOjcC4AEgAiAFNgLcASACIAE2AtgBIAIgCDYC1AEgCEGA\
gICAeEYEQCABIQggBSEBIDqnIQUMAQsgAkHUAWoQigNBASEBQQAhCEEAIQULIAwgAigCQDYCCCAM\
IAIpAzg3AgAgDCAHNgIcIAwgCTYCGCAMIAU2AhQgDCABNgIQIAwgCDYCDCACQRhqEIsDDAILIAwg\
AikCaDcCFCAMIAIoAnA2AhwgAiACKAJkIgE2AlAgAiACKQJcIjo3A0ggDCABNgIQIAwgOjcCCCAM\
IAs2AgQgDEGAgICAeDYCAAsgAkEYahCLAwsgAkHwAWokACAGIAYpAmQ3AzggBiAGKQJsNwNAIAYg\
BikCdDcDSCAGIAYoAnw2AlAgBigCYCIBQYCAgIB4RgRAIBAgBigCUDYCHCAQIAYpA0g3AhQgECAG\
KQNANwIMIBAgBikDODcCBCAQQQE2AgAMAQsgBiAGKAJQNgI0IAYgBikDSDcCLCAGIAYpA0A3AiQg\
BiAGKQM4NwIcIAYgATYCGCAGQeAAaiAGQRhqQYCOwQAQNCAGIAYpAmQ3A5gBIAYgBikCbDcDoAEg\
BiAGKQJ0NwOoASAGIAYoAnw2ArABAkAgBigCYCIBQYCAgIB4RgRAIBAgBigCsAE2AhwgECAGKQOo\
ATcCFCAQIAYpA6ABNwIMIBAgBikDmAE3AgQgEEEBNgIADAELIAYgBikDmAE3AjwgBiAGKQOgATcC\
RCAGIAYpA6gBNwJMIAYgBigCsAE2AlQgBiAGKQKAATcCWCAGIAE2AjggBkGAgICAeDYCiAEgBiAG\
QRhqNgKUASAGQeAAaiAGQThqIBggBkGIAWpBmI7BABAMIAYgBikCaDcDuAEgBiAGKQJwNwPAASAG\
IAYpAng3A8gBIAYoAmQhAQJAIAYoAmBBAUYEQCAQIAYpA8gBNwIYIBAgBikDwAE3AhAgECAGKQO4\
ATcCCCAQIAE2AgQgEEEBNgIADAELIAFBgICAgHhHBEAgBiAGKQO4ASI6NwKcASAGIAYpA8gBNwKs\
ASAGIAYpA8ABNwKkASAGIAE2ApgBIDqnIgpBDGohCCAGKAKgASIWQegAbCELIAZB5ABqIQkDQAJA\
An8CQAJAAkACQCALBEAgBiAIKQIANwPYASAGIAhBCGsiBykCADcD0AEgB0GCgICAeDYCACAIQQRr\
IQ5BAyAGKALQASIBQYCAgIB4cyABQQBOG0ECaw4CAQIDCyAWQegAbCEIIBgtAD1BAXEhLQNAAkAg\
CARAIAZB4ABqIRsgBigCPCElIAYoAkAhJkEAIQwjAEHwAWsiAyQAAkACQAJAIAoQqQMiHEGB+AFP\
BEAgCkEEaiEYIAooAgRBgICAgHhGBEAgA0GAAWohBCMAQSBrIgEkAAJAAkACQAJAQQMgGCgCACIF\
QYCAgIB4cyAFQQBOG0EBaw4DAQICAAsgAUEEaiAYKAIIIBgoAgwQaiABKAIEIgVBAkcgAS0ACCIH\
QQVHckUEQCAEIAEoAhQ2AgggBCABKQIMNwIADAMLIARBADYCCCAEQoCAgIDAADcCACAFQQJHBEAg\
AUEEahC9AgwDCyAHQQVGDQIgAUEIahDtAQwCCyAEIBhBBGoQTwwBCyAEQQA2AgggBEKAgICAwAA3\
AgALIAFBIGokACAYEPABIApBgYCAgHg2AgQgCiADKQKAATcCCCAKIAMoAogBNgIQIAoQqQMiHEGB\
+AFJDQMLIC0NASAKQQhqIScgCkEsaiEWIANBjAFqIS4gA0HMAGohGQNAIwBBEGsiASQAIAFBCGpB\
CkEJIAooAgAbEMUCIAEoAgwhBCADQThqIgUgASgCCDYCACAFIAQ2AgQgAUEQaiQAIAMoAjwhCSAD\
KAI4IRJBACEXAkAgCigCNCIBRQ0AIAooAjAgAUEMbGoiBEEMRg0AIANBMGpB3KTAAEEIIARBCGso\
AgAgBEEEaygCABCbAiADKAIwIgRFDQAgAygCNCIFQQVPBH9B5KTAACAEIAVBBWtqQQUQ/gIFQQAL\
IQcgA0EoaiICIAVBBWs2AgQgAiAEQQAgBxs2AgAgAygCKCIFRQ0AAkACQAJAIAMoAiwiBw4CAwAB\
CyAFLQAAIgRBK2sOAwIBAgELIAUtAAAhBAsgBSAEQf8BcUErRiICaiEEAkAgByACayIOQQlPBEBB\
ACEMA0AgDkUhFyAORQ0DIAytQgp+IjpCIIinDQIgA0EgaiAELQAAQQoQ4gEgAygCIEEBRw0CIARB\
AWohBCAOQQFrIQ4gOqciBSADKAIkaiIMIAVPDQALDAILQQAhDANAIA5FIRcgDkUNAiADQRhqIAQt\
AABBChDiASADKAIYQQFHDQIgBEEBaiEEIA5BAWshDiADKAIcIAxBCmxqIQwMAAsACwsCQCAYKAIA\
QYGAgIB4RgRAIAMgEiAJEP8CNgKYASADQgQ3ApABIANCADcCiAEgA0KAgICAwAA3AoABQQAhDiAD\
QQA6ANQBIANBgAFqIgQgJ0F/QX8gA0HUAWoQGRogAyADKQKQATcDUCADIAMpAoABNwNAIAMgAykC\
iAE3A0ggAyADKAKYATYCWCADIAEgF2siFTYCoAEgA0GAiH5Bv4h+IAEbIBxqNgKcASADIAMoAlQi\
CzYCiAEgA0EANgKEASADIBk2AoABIANBpAFqIQcjAEEwayIBJAAgAUEIaiAEEIkBAkAgASgCCEEB\
RgRAIAEoAgwhBSABQQRBBEEEELIBIAEoAgAhAiABKAIEIg0gBTYCACABQQE2AhwgASANNgIYIAEg\
AjYCFCABIAQoAgg2AiggASAEKQIANwMgIAFBFGohBSABQSBqIRQjAEEQayICJAADQAJAIAJBCGog\
FBCJASACKAIIQQFHDQAgAigCDCEaIAUoAggiDSAFKAIARgRAIAVBARC4AgsgBSgCBCANQQJ0aiAa\
NgIAIAUgDUEBajYCCAwBCwsgAkEQaiQAIAcgASgCHDYCCCAHIAEpAhQ3AgAMAQsgB0EANgIIIAdC\
gICAgMAANwIACyABQTBqJAAgAygCqAEhASADKAKsASEFIAMgGTYCgAEgASAFIARB7KfAABAWIAMo\
AqQBIQcgAyABIAVBAnRqNgKMASADIAc2AogBIAMgATYChAEgAyABNgKAASADQbABaiEHQQAhBSAE\
KAIAIQ0gBCgCCCEUIAQoAgwgBCgCBCIBa0ECdiIaIQIDQCACBEAgBSANaiABIAVqKAIANgIAIAJB\
AWshAiAFQQRqIQUMAQsLIwBBEGsiASQAIARBADYCCCAEQQQ2AgAgAUKAgICAwAA3AgggAUEIahCL\
AyAEQQQ2AgwgBEEENgIEIAFBEGokACAHIBo2AgggByANNgIEIAcgFDYCACAEELUCIAMoArQBIQIg\
AygCuAEhASMAQRBrIgUkACAFIBk2AgggBSAFQQhqNgIMQQAhBAJAIAFFDQADfyABQQFNBH8gBUEM\
aiACIARBAnRqEM4CQf8BcSIBRQ0CIAQgAUH/AUZqBSAEIAFBAXYiDSAEaiIEIAVBDGogAiAEQQJ0\
ahDOAkH/AXFBAUYbIQQgASANayEBDAELCyEECyAFQRBqJAAgBCEBIAMoAlAiBCEFQQAhAiAFIAQg\
C0EUbGoiDUcEQCAFQQhqIQQgDSAFa0EUbiEFA0BBACAEKAIAQQAgBEEEaygCAEF/RhsgBEEIai0A\
ABsgAmohAiAEQRRqIQQgBUEBayIFDQALCyADQbwBakEAIAsQYiADIBk2AsgBIAMgA0FAazYCzAEg\
AyAZNgLQASADIANBzAFqNgLgASADIANByAFqNgLcASADIANB0AFqNgLYASADIAc2AtQBIANBADYC\
7AEgA0KAgICAwAA3AuQBA0ACQCAOQQJ0IQQCQAJAA0AgAygCuAEgDk0NAwJAIANByAFqIAMoAsAB\
IgcgAygCxAEiCyADKAK0ASAEaigCACIFEMkBRQRAIAMgA0GgAWo2AowBIAMgA0HMAWo2AogBIAMg\
A0GcAWo2AoQBIAMgA0HQAWo2AoABIAEgDk0EQCADQYABaiAFELECRQ0EIANBEGogA0HUAWogByAL\
IA4gAygCuAEgAygCnAEgAygCoAEQQCADKAIUIQIgA0HkAWoiByADKAIQIgEQuAIgBygCBCAHKAII\
IgRBAnRqIQUDQCABQQFxBEAgBSACNgIAIAVBBGohBSAEQQFqIQRBACEBDAELCyAHIAQ2AggMBQsg\
AygCuAEgAUsEfyADQYABaiADKAK0ASABQQJ0aigCABCxAgVBAAsgA0GAAWogBRCxAnJFDQEgA0EI\
aiADQdQBaiIUIAcgCyAOIAEgAygCnAEgAygCoAEQQCADKAIMIQQgAygCCCENIAMgFCAHIAsgASAD\
KAK4ASADKAKcASADKAKgARBAIAMoAgQhByADKAIAAn8gDUEBRgRAIANB0AFqIAQQ8QIMAQtBfyAD\
KAKcASIUIAIgFEkbCyEUQQFGBH8gByAEIANB0AFqIAcQ8QIiBEGAgICAAkkgBEEDdCAUSXEiBxsh\
BEEBIA0gBxsFIA0LQQFHDQEgA0HkAWogBBCAAgwECyADQbwBaiAFQZSowAAQsgJBAToAACAEQQRq\
IQQgDkEBaiEODAELCyACIANB0AFqIAUQ8QJrIgRBACACIARPGyECCyADIAMoApwBIANBzAFqIAMo\
AqABIAUQ3AFqIANB0AFqIAUQ8QJrNgKcASADIAMoAqABQQFqNgKgASADQbwBaiAFQYSowAAQsgJB\
AToAACADQeQBaiAFEIACIA5BAWohDgwCCwsLIAMgAygC7AE2AmggAyADKQLkATcDYCADQbwBaiIv\
EIoDIANBsAFqEIsDIAMgCTYClAEgAyASNgKQASADQR4gFWsiAUEAIAFBHk0bNgKIASADIAMoAmQi\
DiADKAJoIihBAnQiBGo2AoQBIAMgDjYCgAEgAyADQUBrNgKMASADQfAAaiEpIwBBIGsiEiQAIBJB\
CGogA0GAAWoiASgCCCIFBH8gBSABKAIEIAEoAgBrQQJ2IgcgBSAHSRsFQQALQQRBDBCyASASQQA2\
AhwgEiASKQMINwIUIwBBEGsiFCQAIBJBFGoiBSABKAIIIgcEfyAHIAEoAgQgASgCAGtBAnYiAiAC\
IAdLGwVBAAsQuQIgBSkCBCE6IBQgBUEIajYCBCAUIDpCIIk3AghBACEaIwBB8ABrIgkkACABKAIE\
IAEoAgAiMGtBAnYiBSABKAIIIgcgBSAHSRshMSABKAIMIiFBDGohMiAUQQRqIgUoAgghMyAFKAIE\
IR4gBSgCACE0IAEoAhQhNSABKAIQITYCQAJAA0AgGiAxRwRAIDIgMCAaQQJ0aigCAEGspsAAEKAC\
KAIAIQ0gCUEANgI4IAlCgICAgMAANwIwIA0hAQNAAkAgAUF/RgRAIAlB4ABqIgEgCSgCNCIHIAko\
AjgiKkEBdiIVIBVBuJLBABDlASAJKAJkISIgCSgCYCEFIAEgByAqQQN0aiAVQQN0IgFrIBUgFUHI\
ksEAEOUBIBpBAWohGiAJKAJgIAFqQQhrIQJBACEBIAkoAmQiNyAVQQFrSyE4A0AgASAVRg0CIAEg\
IkYNBiA4BEAgBSEHIAIhC0ECISMDQCAjBEAgBygAACE5IAcgCygAADYAACALIDk2AAAgI0EBayEj\
IAtBBGohCyAHQQRqIQcMAQsLIAVBCGohBSACQQhrIQIgAUEBaiEBDAELCyABQX9zICpBAXZqIDdB\
6JLBABCzAQALICEgAUHApsAAEKECKQIAITogCSgCOCIFIAkoAjBGBEAgCUEwahDNAQsgCSgCNCAF\
QQN0aiA6NwIAIAkgBUEBajYCOCAhIAFB0KbAABChAigCCCEBDAELC0EMEIcDIgFFBEBBBEEMEKQD\
AAsgASA1NgIIIAEgNjYCBCABQYCAgIB4NgIAIAlBATYCRCAJIAE2AkAgCUEBNgI8IAkoAjghBSAJ\
KAI0IQEgCSAJKAIwNgJoIAkgATYCZCAJIAE2AmAgCSABIAVBA3QiBWo2AmwCQANAAkACQAJAIAUE\
QCAJIAFBCGoiBzYCZCABKAIEIQIgASgCACIBDQEgCSACNgIgIAlBATYCTCAJIAlBIGo2AkggCUHU\
AGoiAUHJnsAAIAlByABqEKoCIAlBPGogARDZAQwCCyAJQeAAahCvAiAhIA0QlgJB5QBJDQJBACEF\
IAlBADYCUCAJQoCAgIAQNwJIIAkoAkAiAiAJKAJEQQxsaiEHA0ACQCACIAdGDQAgCUEYaiACEKID\
IAkgCSgCGCIBIAkoAhxqNgJkIAkgATYCYCACQQxqIQIDQCAJQeAAahD0ASIBQYCAxABGDQIgARD6\
ASAFaiIFQTJLDQEgCUHIAGogARCjAQwACwALC0EAIQIgCUEANgJcIAlCgICAgMAANwJUIAkoAkAi\
CyAJKAJEQQxsaiEBA0ACQCABIAtGDQAgCUEQaiABQQxrIgEQogMgCSAJKAIQIgUgCSgCFGo2AmQg\
CSAFNgJgA0AgCUEIaiAJQeAAahBNIAkoAghBAUcNAiAJKAIMIgVBgIDEAEYNAiAFEPoBIAJqIgJB\
L0sNASAJKAJcIgcgCSgCVEYEQCAJQdQAahDOAQsgCSgCWCAHQQJ0aiAFNgIAIAkgB0EBajYCXAwA\
CwALCyAJQcgAaiICQbymwABBAxDaASAJIAkoAlQ2AmggCSAJKAJYIgE2AmQgCSABNgJgIAkgASAJ\
KAJcQQJ0ajYCbCMAQRBrIgEkACAJQeAAaiIFKAIAIQcgBSgCCCELIAIgBSgCDCINIAUoAgQiBWtB\
AnYQtwIgASANNgIMIAEgCzYCCCABIAU2AgQgASAHNgIAIwBBEGsiBSQAIAUgASkCADcDACAFIAEp\
Agg3AwggBSgCBCELIAUoAgwhBwNAIAcgC0cEQCACIAdBBGsiBygCABCjAQwBCwsgBSAHNgIMIAUQ\
tQIgBUEQaiQAIAFBEGokACAJIAkpAkg3AyAgCSAJKAJQNgIoDAQLIAlBATYCXCAJQb+mwAA2Algg\
CUGAgICAeDYCVCAJQTxqIgsgCUHUAGoiFRDZASAJIAI2AlwgCSABNgJYIAlBgICAgHg2AlQgCyAV\
ENkBCyAFQQhrIQUgByEBDAELCyAJQSBqIAkoAkAgCSgCREEBQQAQEgsgCUE8aiIHKAIIIQEgBygC\
BCEFA0AgAQRAIAFBAWshASAFEN4CIAVBDGohBQwBCwsgBxCIAyAzIB5BDGxqIgEgCSgCKDYCCCAB\
IAkpAyA3AgAgHkEBaiEeDAELCyA0IB42AgAgCUHwAGokAAwBCyAiICJB2JLBABCzAQALIBRBEGok\
ACApIBIoAhw2AgggKSASKQIUNwIAIBJBIGokACAvQQAgAygCVBBiA0AgBARAIANBvAFqIA4oAgBB\
0KnAABCyAkEBOgAAIARBBGshBCAOQQRqIQ4MAQsLIAMoAlAiASADKAJUQRRsaiEEIwBBIGsiBSQA\
IAVBCGogBCABa0EUbiIOQQRBBBCyASAFQQA2AhwgBSAFKQMINwIUIwBBEGsiByQAIAVBFGoiAiAO\
ELgCIAIpAgQhOiAHIAJBCGo2AgQgByA6QiCJNwIIIAdBBGoiCygCBCECIAsoAgAgASAERwRAIAFB\
DGohASALKAIIIAJBAnRqIQQgAiAOaiECA0AgBCABKAIANgIAIAFBFGohASAEQQRqIQQgDkEBayIO\
DQALCyACNgIAIAdBEGokACADQeQBaiIBIAUoAhw2AgggASAFKQIUNwIAIAVBIGokACADIAMoAlg2\
ApgBIAMgAykDUDcDkAEgAyADKQNINwOIASADIAMpA0A3A4ABIANBgAFqEIwDIC4QjQNBACEEIANB\
ADYCsAEgJyADKALAASADKALEASADKALoASADKALsASADQbABahDbASAoIAMoAngiBWshCyAXBEAC\
QCAKKAI0IgFFBEAgA0GAgICAeDYCgAEMAQsgCiABQQFrIgE2AjQgAyAKKAIwIAFBDGxqIgEpAgA3\
A4ABIAMgASgCCDYCiAELIANBgAFqEN4CIAwhBAsgAygCdCEBIAMgAygCcDYCiAEgAyABNgKAASAD\
IAE2AoQBIAMgASAFQQxsajYCjAEgFiADQYABaiIFKAIMIg0gBSgCBCIHayICQQxuIgkQuQIgFigC\
CCEBIAcgDUcEQCACBEAgFigCBCABQQxsaiAHIAL8CgAACyAWKAIIIQELIAUgBzYCDCAWIAEgCWo2\
AgggBRCpASADIAQgC2oiATYCfCABBEAgA0ECNgKUASADQcipwAA2ApABIANBATYCjAEgA0ECNgKE\
ASADQcCpwAA2AoABIAMgA0H8AGo2AogBIANB1AFqIgFBgIDAACAFEKoCIBYgARDZAQsgA0HkAWoQ\
iwMgA0G8AWoQigMgA0HgAGoQiwMgKA0BCyAbIAogJSAmIBxB6qTAAEH5ABBRDAULIAoQqQMiHEGA\
+AFLDQALIBtBAjYCAAwDCyAbQQI2AgAMAgsgA0ECNgJEIANB9KXAADYCQCADQYABaiIBQdedwAAg\
A0FAaxCqAiAbIAogJSAmIBwgAygChAEgAygCiAEQUSABEIoDDAELIBtBAjYCAAsgA0HwAWokACAG\
KAJgIgFBAkYNASAQIAYpAnQ3AhggECAGKQJsNwIQIBAgBikCZDcCCCAQQQE2AgAgECABNgIEIAZB\
mAFqEMgCDAsLIBAgBigCsAE2AhwgECAGKQKoATcCFCAQIAYpAqABNwIMIBAgBikCmAE3AgQgEEEA\
NgIAIAZBiAFqEOICIAZBOGoQigMgBkEYahD2AgwMCyAIQegAayEIIApB6ABqIQoMAAsACyAGQQhq\
IAZBGGoQtgECQCAGKAIMQYD4AUsEQCAGKAKIASIEQYCAgIB4Rw0BCyAGIAZBGGoQtgEgBkHgAGog\
BigCACAGKAIEEJcBIAYpAmQhOiAGKAJgIQRBgICAgHgMBAsgBkGAgICAeDYCiAEgBikCjAEhOkGB\
gICAeAwDCyAGLQDcASEBIAYgBigC2AE2AugBIAYgBikD0AE3A+ABAkACQCAGKAKIAUGAgICAeEcE\
QCABQQFxRQ0CIAZBiAFqQbynwABBCBB3IgFFDQEgAS0AAEEFRw0BIAZB4ABqIAYoAuQBIAYoAugB\
IAFBBGoQ1QEgBigCYEGAgICAeEYNASAGIAYoAmg2AvgBIAYgBikCYDcD8AEMBAsCQAJAIAFBAXEE\
QCAGQeAAaiAGQRhqQbynwABBCBA9IAYtAGAiBEEFRg0BIAZBADYC+AEgBkKAgICAwAA3A/ABDAIL\
IAYoAuQBIQEgBigC6AEhBSMAQRBrIgQkACAEIAZBGGo2AgAgBCABNgIEIAQgASAFQQN0ajYCCCAE\
IAQ2AgwjAEEgayICJAAgAiAEQQRqIgEoAgg2AhggAiABKQIANwMQIAJBBGohDCMAQUBqIgEkACAB\
QRRqIAJBEGoiDRCOAQJAIAEoAhRBgICAgHhHBEAgAUEEQQRBHBCyASABKAIAIQMgASgCBCIFIAEp\
AhQ3AgAgBSABKAIsNgIYIAUgASkCJDcCECAFIAEpAhw3AgggAUEBNgIQIAEgBTYCDCABIAM2Aggg\
ASANKAIINgI4IAEgDSkCADcDMCABQQhqIQ0gAUEwaiEVIwBBIGsiBSQAA0ACQCAFQQRqIBUQjgEg\
BSgCBEGAgICAeEYNACANKAIIIhIgDSgCAEYEQCANELsCCyANKAIEIBJBHGxqIgMgBSgCHDYCGCAD\
IAUpAhQ3AhAgAyAFKQIMNwIIIAMgBSkCBDcCACANIBJBAWo2AggMAQsLIAVBIGokACAMIAEoAhA2\
AgggDCABKQIINwIADAELIAxBADYCCCAMQoCAgIDAADcCAAsgAUFAayQAIAZB8AFqIAwQECACQSBq\
JAAgBEEQaiQADAULIAYgCSgCCDYCiAIgBiAJKQIANwOAAiAGQfABaiAGKALkASAGKALoASAGQYAC\
aiIBENUBIAEQkwMgBi0AYCEECyAEQf8BcUEFTw0DIAZB4ABqEO0BDAMLIAZBADYC+AEgBkKAgICA\
wAA3A/ABDAILIAZB8AFqIAYoAuQBIAYoAugBIAZBiAFqENUBDAELIAYpA9gBITogBigC1AEhBCAH\
EPABIA4gBDYCACAHIAE2AgAgCCA6NwIADAILIAYpAvQBITogBigC8AEhBCAGQeABahCJA0GBgICA\
eAshASAHEPABIA4gBDYCACAHIAE2AgAgCCA6NwIAIAYoAtABQQBODQAgBkHQAWoQ8AELIAtB6ABr\
IQsgCEHoAGohCAwACwALQaiOwQBBlwFB9I7BABDyAQALIAZBiAFqEOICIAZBOGoQigMLIAZBGGoQ\
9gILIAZBkAJqJAAgEUE0aiEEIBEoAjBFBEAgESAEKAIYNgJoIBEgBCkCEDcDYCARIAQpAgg3A1gg\
ESAEKQIANwNQIwBBIGsiCCQAIwBBMGsiASQAIAQoAgQiBSIKIAUgBCgCCEHoAGxqIgdHBEAgCkEQ\
aiEFIAcgCmtB6ABuIQoDQEGACCEHIAVBDGsoAgBBgICAgHhGBEAgBSgCAEGABGohBwsgBUHoAGoh\
BSAHIB9qIR8gCkEBayIKDQALCyABQQRqIgUgH0FAaxD5ASABQYACOwEsIAFBADYCKCABQgA3AxAg\
AUEANgIYIAEgBTYCJCAEIAFBEGpB7LfAABBSIAhBCGoiBCABKAIgNgIUIAQgASkDGDcCDCAEIAEp\
AgQ3AgAgBCABKAIMNgIIIAFBMGokACARQRRqIgEgCCgCEDYCCCABIAgpAgg3AgAgCEEgaiQAIBFB\
0ABqEMgCDAILIBEgBCgCGDYCKCARIAQpAhA3AyAgESAEKQIINwMYIBEgBCkCACI6NwMQIDqnQQJG\
DQEgEUEQahDeAQwCCyARQTBqIgFB2LbAAEEUEMkCIAEQSgwBCyARKAIcIR0gESgCFCEgIBEoAhgL\
IQEgJCAkKAIAQQFrNgIAICBBgYCAgHhHDQELEJMCAAsgACAdNgIIIAAgATYCBCAAICA2AgAgEUHw\
AGokACAsEJIDICsQigMLIBNBCGoQ1QIgE0HQAGokACAPQUBrJAAL3AEBBn8gACABKAIMIAMoAgwg\
AigCCCIFQRp3IAVBFXdzIAVBB3dzamogASgCCCIHIAIoAgwiCHMgBXEgB3NqIgQgASgCBGoiBjYC\
DCAAIAQgAigCACIEIAEoAgAiCSACKAIEIgJzcSACIAlxcyAEQR53IARBE3dzIARBCndzamoiATYC\
BCAAIAkgByADKAIIaiAIIAYgBSAIc3FzaiAGQRp3IAZBFXdzIAZBB3dzaiIDajYCCCAAIAFBHncg\
AUETd3MgAUEKd3MgASACIARzcSACIARxc2ogA2o2AgAL7wUBCX8jAEFAaiIDJAACQAJAIAEoAgAi\
BCgCAEGAgICAeEYEQCADQYCAgIB4NgIQIAEoAgQhBQwBCyADQRBqIAQQqwEgASgCBCEFIAQoAgBB\
gICAgHhGDQAgA0GAgICAeDYCHAwBCyMAQSBrIgQkACAEQQRqIgYgBSgCBCAFKAIIEIMBIARBAzYC\
HCAEQQI2AhQgBEHsqcAANgIQIAQgBjYCGCADQRxqQdKDwAAgBEEQahCqAiAGEIoDIARBIGokAAsg\
A0EIaiACEPYBIANBKGohBCADKAIIIQYgAygCDCEHIwBBQGoiAiQAAkAgBSgCFCIIBEAgBSgCBCIJ\
IAkgBSgCCCIKahC8AkHUACAIa0sEQCACQQRqIgsgCSAKEIMBIAIgBzYCPCACIAY2AjggAkEBNgI0\
IAJB6KnAADYCMCACIAIpAgg3AiggAkECNgIkIAJB5qnAADYCICACIAg2AhwgAkEGNgIUIAJB4KnA\
ADYCECACIAUoAhA2AhggBCACQRBqQQYQjQEgCxCKAwwCCyACIAc2AjwgAiAGNgI4IAJBATYCNCAC\
QeipwAA2AjAgAiAKNgIsIAIgCTYCKCACQQE2AiQgAkHoqcAANgIgIAIgCDYCHCACQQY2AhQgAkHg\
qcAANgIQIAIgBSgCEDYCGCAEIAJBEGpBBhCNAQwBCyACIAc2AiwgAiAGNgIoIAJBATYCJCACQeip\
wAA2AiAgAkEGNgIUIAJB4KnAADYCECACIAUpAgQ3AhggBCACQRBqQQQQjQELIAJBQGskAAJAIAEo\
AggiASgCAEGAgICAeEcEQCADQTRqIAEQqwEMAQsgA0GAgICAeDYCNAsgACADKAIYNgIgIAAgAykC\
EDcCGCAAIAMpAhw3AiQgACADKAIkNgIsIAAgAykCKDcCACAAIAMoAjA2AgggACADKQI0NwIwIAAg\
AygCPDYCOCAAQYCAgIB4NgI8IABBADYCFCAAQoCAgIDAADcCDCADQUBrJAAL/AEBB38jAEEwayID\
JAAgA0EANgIsIAMgATYCJCADIAE2AhwgAyACNgIgIAMgASACajYCKCADQSRqIQgCQANAIAMoAiQh\
BSADKAIoIQYgA0EQaiAIEIQBIAMoAhQiB0GAgMQARgRAQQAhAgwCCyADKAIQIQIgBxBpDQALIAMo\
AiQgBiAFayACamogAygCKGshBAsCQANAIAMoAiQhBSADKAIoIQYgA0EIaiAIEKQBIAMoAgwiB0GA\
gMQARg0BIAMoAgghCSAHEGkNAAsgAygCJCAGIAVrIAlqaiADKAIoayEECyAAIAQgAms2AgQgACAB\
IAJqNgIAIANBMGokAAvyAQEGfyMAQRBrIgYkAAJAAkACQAJAIAEtAABBBGsOAgEAAgsgACABQQRq\
IAIgAyAEEBkhBQwCCyABKAIMIgVBBHQhCCAFIAVBAEdrQQJqIQUgASgCCCEBA0AgCEUNAgJ/IAEt\
AABBBnFBBEcEQCABEI0CDAELIAAoAgghCSAAIAIQlgIhCiAGIAc2AgQgBkEANgIAIAYgAjYCCCAG\
IAcQnAIgCmpBAmo2AgwgACAGEN0BIAAgASAJIAMgBBBGCyEJIAFBEGohASAHQQFqIQcgCEEQayEI\
IAUgCWohBQwACwALIAEQjQIhBQsgBkEQaiQAIAUL6gEBBH8jAEEQayIFJAAgAiADIAIgA0kbIgYh\
AwJAAkACQANAIANFDQEgA0EBayIDIAFqLQAAQQpHDQALIANBAWohBwwBC0EAIQIgBkUNAQtBACEC\
IAEhAyAGIQQDQCACIAMtAABBCkZqIQIgA0EBaiEDIARBAWsiBA0ACwsgBUEIaiAHIAEgBkHsrsAA\
EIcCAkAgBSgCDCIBRQRAQQAhBAwBCyAFKAIIIQNBACEEA0AgBCADLAAAQb9/SmohBCADQQFqIQMg\
AUEBayIBDQALCyAAIARBAWo2AgQgACACQQFqNgIAIAVBEGokAAvcAQECfyMAQRBrIgMkACAAKAIA\
IQACfwJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBxDQEgACABEDoMAgsgACgCACECQQAhAANAIAAg\
A2pBD2ogAkEPcS0AnKdBOgAAIABBAWshACACQQR2IgINAAsgAUG6uMEAQQIgACADakEQakEAIABr\
EBcMAQsgACgCACECQQAhAANAIAAgA2pBD2ogAkEPcS0AvLhBOgAAIABBAWshACACQQR2IgINAAsg\
AUG6uMEAQQIgACADakEQakEAIABrEBcLIANBEGokAAuPAgEDfwJAAkACQAJAAkACQCACLQAAQQFr\
DgUEAQIFAwALIABB2K3AAEEEIAEoAgwRAQAPCyAAIAIoAgggAigCDCABKAIQEQEADwsgACABIAIo\
AgggAigCDBApDwsgACABIAJBBGogAxAzDwsgASgCDCEBIAItAAFFBEAgAEHTrcAAQQUgAREBAA8L\
IABBz63AAEEEIAERAQAPCyAAQcCxwABBASABKAIMIgYRAQAgAigCDEEEdCEEIAIoAgghAgNAAkAg\
BARAIAVFDQEgAEHCscAAQQEgBhEBAAwBCyAAQcGxwABBASAGEQEADwsgACABIAIgAxBJIAVBAWsh\
BSAEQRBrIQQgAkEQaiECDAALAAv6AQEHfyMAQSBrIgEkACABIAAoAhAgACgCFBCgAyIGNgIMIAEg\
AC0AGEECdCICKAL4mUE2AgQgASACKAKEmkE2AgAgAUEMaiIFKAIAJQEgASgCACABKAIEEAMgACgC\
AEEBRgRAIAAoAgghByAAKAIEIQIgAUH2tcAAQQQQ3AI2AhggASACuBCuAzYCHCABQRBqIgIgBSAB\
QRhqIgMgAUEcaiIEEJoBIAIQ1AIgBBDVAiADENUCIAFB+rXAAEEGENwCNgIYIAEgB7gQrgM2Ahwg\
AiAFIAMgBBCaASACENQCIAQQ1QIgAxDVAgsgAEEMahCKAyABQSBqJAAgBgvTAQEHfyMAQRBrIgck\
AANAAkAgAyAFTQRAIAdBCGogBCAAIAFBgIbBABCHAiAHKAIMIQQgBygCCCEFA0AgBEUhBiAERQ0C\
IARBAWshBCAFLQAAIAVBAWohBUEqRg0ACwwBCwJAAkAgASAETQ0AIAAgBGotAAAiCUEqRgRAIAUh\
BiAEIQpBASEIDAILIAkgAiAFai0AAEcNACAFQQFqIQUMAQsgCEUEQEEAIQYMAgtBASEIIAZBAWoi\
BiEFIAohBAsgBEEBaiEEDAELCyAHQRBqJAAgBgvpAQIDfwF+IwBBIGsiBSQAQQEhB0EEIQYCQAJA\
IAStIAKtfiIIQiCIpw0AIAinIgJBgICAgHggA2tLDQAgBUEUaiABIAMgBBDTAQJ/IAUoAhgEQCAF\
KAIcIgFFBEAgBUEIaiADIAJBABCFAiAFKAIIIQQgBSgCDAwCCyAFKAIUIAEgAyACEBQhBCACDAEL\
IAUgAyACQQAQhQIgBSgCACEEIAUoAgQLIARFBEAgACADNgIEQQghBgwCCyAAIAQ2AgRBACEHQQgh\
BiECDAELQQAhAgsgACAGaiACNgIAIAAgBzYCACAFQSBqJAALvwEBA38gASgCBCIEIAEoAgBGBH9B\
AAUgASAEQQFrIgI2AgQgAiwAACICQQBIBEAgASAEQQJrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFA\
TgRAIANBH3EMAQsgASAEQQNrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBD3EMAQsgASAE\
QQRrIgE2AgQgAkE/cSABLQAAQQdxQQZ0cgtBBnRyC0EGdHIhAgtBAQshASAAIAI2AgQgACABNgIA\
C8cBAQV/AkAgASgCACICIAEoAgRGBEAMAQtBASEGIAEgAkEBajYCACACLQAAIgPAQQBODQAgASAC\
QQJqNgIAIAItAAFBP3EhBCADQR9xIQUgA0HfAU0EQCAFQQZ0IARyIQMMAQsgASACQQNqNgIAIAIt\
AAJBP3EgBEEGdHIhBCADQfABSQRAIAQgBUEMdHIhAwwBCyABIAJBBGo2AgAgBUESdEGAgPAAcSAC\
LQADQT9xIARBBnRyciEDCyAAIAM2AgQgACAGNgIAC8wBAQl/IwBBMGsiAiQAIAEoAgQhAyACQQhq\
IAEoAggiBkEEQRwQsgEgBkEcbCEIIAJBIGohCUEAIQEgAigCDCEHIAIoAggiCiEEA0AgBEUgASAI\
RnJFBEAgAkEUaiADEKsBIAkgA0EMahB0IAEgB2oiBSACKAIsNgIYIAUgAikCJDcCECAFIAIpAhw3\
AgggBSACKQIUNwIAIAFBHGohASAEQQFrIQQgA0EcaiEDDAELCyAAIAY2AgggACAHNgIEIAAgCjYC\
ACACQTBqJAALwAEBBX8jAEEQayIEJAACQCABLQAlBEAMAQsgASgCBCECIARBBGogARAyIAQoAgRB\
AUYEQCABKAIcIQMgASAEKAIMNgIcIAIgA2ohAiAEKAIIIANrIQUMAQtBACECIAEtACUNACABQQE6\
ACUCQCABLQAkQQFGBEAgASgCICEGIAEoAhwhAwwBCyABKAIgIgYgASgCHCIDRg0BCyAGIANrIQUg\
ASgCBCADaiECCyAAIAU2AgQgACACNgIAIARBEGokAAvXAQEBfyMAQeAAayIHJAAgByAGNgIYIAcg\
BTYCFCAHIAQ2AhAgB0EIaiABKAIAEPYBIAcgBykDCDcCHCAHQSRqIgEgAiADECogB0ECNgJcIAdB\
ATYCVCAHQbypwAA2AlAgB0EBNgJMIAdBuKnAADYCSCAHQQE2AkQgB0EDNgI8IAdBAjYCNCAHIAdB\
FGo2AlggByAHQRBqNgJAIAcgATYCOCAHIAdBHGo2AjAgAEEMakGEgMAAIAdBMGoQqgIgARCKAyAA\
QQA2AgAgAEEBOgAYIAdB4ABqJAAL3AEBBH8gASACKAIMIgYRAgAgAUEAIAIoAhwiBBEAACABIAIo\
AhQRAgAgACgCCEHoAGwhAyAAKAIEIQUDQCADBEAgBSABIAIQGCADQegAayEDIAVB6ABqIQUMAQsL\
IAEgAigCGBECAAJAIAAoAgxBgICAgHhGBEAgAigCECEDDAELIAFBASAEEQAAIAEgBhECACABQQIg\
BBEAACABIAAtABhBGWogAigCIBEAACABQQMgBBEAACABIAAoAhAgACgCFCACKAIkEQEAIAEgAigC\
ECIDEQIACyABIAMRAgAL6AECAn8BfiMAQTBrIgIkACABKAIAQYCAgIB4RgRAIAEoAgwhAyACQQA2\
AiwgAkKAgICAEDcCJCACQSRqQcibwQAgAygCACIDKAIAIAMoAgQQHxogAiACKAIsIgM2AiAgAiAC\
KQIkIgQ3AxggASADNgIIIAEgBDcCAAsgASgCCCEDIAFBADYCCCABKQIAIQQgAUKAgICAEDcCACAC\
IAM2AhAgAiAENwMIQQxBBBDQAiIBRQRAQQRBDBCkAwALIAEgAigCEDYCCCABIAIpAwg3AgAgAEHU\
ncEANgIEIAAgATYCACACQTBqJAALxQEBBX8jAEEQayIEJAACQAJAAkACQAJAAkACQAJAAkAgASAC\
QQxsaiIBKAIAQQFrDgYHBAADAQIFC0ECIQNBASEFDAULQQUhA0EEIQUMBAtBBCEFQQQhAwwEC0EB\
IQMMAwsgBEEEaiABKAIEIAEoAggQlwEgBCgCDCEHIAQoAgghBSAEKAIEIQZBAyEDDAILIABBBjoA\
AAwCCwsgACAHNgIMIAAgBTYCCCAAIAY2AgQgAEEAOgABIAAgAzoAAAsgBEEQaiQAC8QCAQR/IwBB\
IGsiAyQAIAMgAjYCECADIAE2AgwCQCADQQxqEPQBIgFBgIDEAEcEQCADQQMgAygCECIEIAMoAgwi\
BWsiAkECdiACQQNxQQBHaiICIAJBA00bQQFqQQRBBBCyASADKAIAIQIgAygCBCIGIAE2AgAgA0EB\
NgIcIAMgBjYCGCADIAI2AhQgA0EUaiECIwBBEGsiASQAIAEgBDYCDCABIAU2AggDQCABQQhqEPQB\
IgVBgIDEAEcEQCACKAIIIgQgAigCAEYEQCACIAEoAgwgASgCCGsiBkECdiAGQQNxQQBHakEBahC4\
AgsgAigCBCAEQQJ0aiAFNgIAIAIgBEEBajYCCAwBCwsgAUEQaiQAIAAgAygCHDYCCCAAIAMpAhQ3\
AgAMAQsgAEEANgIIIABCgICAgMAANwIACyADQSBqJAAL1gEBAX8CQAJAAkACQEEDIAAoAgAiAkGA\
gICAeHMgAkEAThtBAWsOAwABAwILIAFB4LHAACAAQQRqQQAQMw8LIAFBl7nAAEEEEIIDDwsgASAA\
KAIIIAAoAgwQJQ8LIAEgASgCAEEBajYCACABQbynwABBASAALQAMIgIbQQhBACACGxCCAyAAKAII\
QQN0IQIgACgCBCEAA0AgAgRAIAEgASgCAEEBajYCACABIAAoAgAgACgCBBCCAyACQQhrIQIgAEEI\
aiEADAELCyABIAEoAgBBAWo2AgALtAEBAn8jAEEQayIEJAAgBCADNgIMIAQgAjYCCEEAIQJBgcLA\
ACEDA0ACQCACQQpGDQAgAy0AACABRg0AIANBAWohAyACQQVqIQIMAQsLQQAhAUEAIQMCQANAIANB\
KEYNASADQfSEwQBqIARBCGoQ0wJFBEAgAUEBayEBIANBCGohAwwBCwsgAkEKRg0AIAAoAmRB9ABJ\
DQAgACgCYCgAcCACIAFrdkEBcSEFCyAEQRBqJAAgBQusAQEDfyMAQRBrIgYkAAJAIAVFDQAgAiAD\
aiICIANJDQAgBkEEaiABIAIgASgCAEEBdCIDIAIgA0sbIgJBCEEEQQEgBUGBCEkbIAVBAUYbIggg\
AiAISxsiAiAEIAUQTCAGKAIEQQFGBEAgBigCDCEIIAYoAgghBwwBCyAGKAIIIQMgASACNgIAIAEg\
AzYCBEGBgICAeCEHCyAAIAg2AgQgACAHNgIAIAZBEGokAAuVAgECfyMAQSBrIgUkAEHMusEAQcy6\
wQAoAgAiBkEBajYCAAJAAkACQAJAAn9BACAGQQBIDQAaQQFBuLrBAC0AAA0AGkG4usEAQQE6AABB\
tLrBAEG0usEAKAIAQQFqNgIAQQILQf8BcQ4DAwEAAQtBwLrBACgCACIGQQBIDQJBwLrBACAGQQFq\
NgIAQcS6wQAoAgBFDQEgBUEIaiAAIAEoAhQRAAAgBSAEOgAdIAUgAzoAHCAFIAI2AhggBSAFKQMI\
NwIQQcS6wQAoAgAgBUEQakHIusEAKAIAKAIUEQAADAELIAUgACABKAIYEQAADAELQcC6wQBBwLrB\
ACgCAEEBazYCAEG4usEAQQA6AAAgA0UNAAALAAuKAQEFfyMAQRBrIgIkACACQQRqQSAQ+QEDQCAE\
QRBHBEAgAkEEaiIFIAEgBGotAAAiA0EEdiIGQTByIAZB1wBqIANBoAFJGxCjASAFIANBD3EiA0Ew\
ciADQdcAaiADQQpJGxCjASAEQQFqIQQMAQsLIAAgAigCDDYCCCAAIAIpAgQ3AgAgAkEQaiQAC7AB\
AQF/IwBBQGoiAiQAIAIgATYCCAJAIAFBgYAgTwRAIAJBADYCECACQQE2AgwgAkEBNgI8IAJBmKvA\
ADYCOCACQQE2AjQgAkECNgIsIAIgAkEIajYCMCACIAJBDGo2AiggAkEcakGyn8AAIAJBKGoQqgIg\
AEEANgIAIAAgAikCFDcCBCAAIAIpAhw3AgwgACACKAIkNgIUIABBADoAGAwBCyAAQQI2AgALIAJB\
QGskAAvTAQEGfyMAQRBrIgMkACACIAEoAgAiCC8BigEiBCABKAIIIgVBf3NqIgE7AYoBIAMgCEEE\
aiIGIAVBDGxqIgcpAgA3AwAgAyAHKAIINgIIIAFBDE8EQEEAIAFBC0HglMEAEDgACyAGIAVBAWoi\
B0EMbGohBiACQQRqIQICQCAEIAdrIgQgAUYEQCAEQQxsIgQEQCACIAYgBPwKAAALDAELQaiUwQBB\
KEHQlMEAENoCAAsgCCAFOwGKASAAIAMpAwA3AgAgACADKAIINgIIIANBEGokAAuiAQEDfyAAQYAB\
TwRAIABBP3FBgH9yIQMgAEEGdiECIABBgBBJBEAgASADOgABIAEgAkHAAXI6AAAPCyAAQQx2IQQg\
AkE/cUGAf3IhAiAAQf//A00EQCABIAM6AAIgASACOgABIAEgBEHgAXI6AAAPCyABIAM6AAMgASAC\
OgACIAEgBEE/cUGAf3I6AAEgASAAQRJ2QXByOgAADwsgASAAOgAAC78CAQV/AkAgAC0AACIDIAEt\
AABHDQBBASECAkACQAJAAkACQCADQQFrDgUAAQIDBAULIAAtAAEgAS0AAUYhAgwECyAAQQRqIAFB\
BGoQnwIhAgwDCyAAQQRqIAFBBGoQnwIhAgwCC0EAIQIgACgCDCIDIAEoAgxHDQEgASgCCCECIAAo\
AghBEGshAQJ/A0AgAyADIARGDQEaIARBAWohBCABQRBqIgEgAhBeIAJBEGohAkUNAAsgBEEBawsg\
A08hAgwBC0EAIQIgACgCDCIDIAEoAgxHDQAgACgCCCEFIAEoAgghBiADIQFBACEDA0ACQCADIgAg\
AUYEQCABIQAMAQsgBSAGEIADDQAgAEEBaiEDIAZBDGohBCAFQQxqIAZBHGohBiAFQRxqIQUgBBBe\
RQ0BCwsgACABTyECCyACQQFzC5EBAQF/IwBBIGsiAyQAIAMgACgCADYCBCADQQhqIANBBGoiACAB\
EIECIANBFGogACACEIECAn8gAy0ADCIAIAMtABgiAUcEQCAAIAFKIAAgAUhrDAELIAMoAhQiACAD\
KAIIIgFHBEAgACABSyAAIAFJawwBCyADKAIQIgAgAygCHCIBSyAAIAFJawsgA0EgaiQAC7YDAQV/\
IwBBMGsiBCQAIAQgAzYCECAEIAI2AgwgASgCCEEcbCEDIAEoAgQhAgJAAkADQCADBEAgBCACNgIU\
IARBFGogBEEMahCPAg0CIANBHGshAyAGQQFqIQYgAkEcaiECDAELCyAAQQY6AAAMAQsgBEEUaiED\
IwBBIGsiAiQAIAJBBGohBQJAIAEoAggiCCAGSwRAIAUgASgCBCAGQRxsaiIHKQIANwIAIAUgBykC\
CDcCCCAFIAcpAhA3AhAgBSAHKAIYNgIYIAggBkF/c2pBHGwiBQRAIAcgB0EcaiAF/AoAAAsgASAI\
QQFrNgIIDAELIAVBgICAgHg2AgALAkAgAigCBEGAgICAeEcEQCADIAIoAhw2AhggAyACKQIUNwIQ\
IAMgAikCDDcCCCADIAIpAgQ3AgAgAkEgaiQADAELIAEoAgghASMAQSBrIgAkACAAIAE2AgwgACAG\
NgIIIAAgAEEMaq1CgICAgBCENwMYIAAgAEEIaq1CgICAgBCENwMQQc2gwAAgAEEQakGwscAAEPIB\
AAsgACAEKQIoNwIIIAAgBCkCIDcCACADEIoDCyAEQTBqJAALoAECAX8BfiMAQRBrIgUkACAAAn8C\
QAJAAkAgBK0gAa1+IgZCIIinDQAgBqciBEGAgICAeCADa0sNACAEDQEgACADNgIIIABBADYCBEEA\
DAMLIABBADYCBAwBCyAFQQhqIAMgBCACEIUCIAUoAggiAgRAIAAgAjYCCCAAIAE2AgRBAAwCCyAA\
IAQ2AgggACADNgIEC0EBCzYCACAFQRBqJAALkAIBBX8jAEEgayIDJAACQAJAIAEEQCADQQhqIAJB\
AUEBELIBIANBADYCHCADIAMpAwg3AhQgA0EUaiIFIAIQtwJBASACIAJBAU0bIgZBAWshASAFKAII\
IgcgBSgCBGohBAJAA0AgAQRAIARBAToAACABQQFrIQEgBEEBaiEEDAEFAkAgBiAHaiEBIAINACAB\
QQFrIQEMAwsLCyAEQQE6AAALIAUgATYCCCAAIAMoAhw2AgggACADKQIUNwIADAELIANBFGogAkEB\
QQFBARBhIAMoAhghASADKAIUQQFGDQEgAygCHCEEIAAgAjYCCCAAIAQ2AgQgACABNgIACyADQSBq\
JAAPCyABIAMoAhwQ0QIAC5UBAQF/IwBBIGsiBCQAIAQgAzYCCCAEIAI2AgQCQCABKAIcIAEoAhhJ\
BEAgBEECNgIcIAQgBEEEajYCGCAEQQxqIgJBoojAACAEQRhqEKoCDAELIARBAjYCHCAEIARBBGo2\
AhggBEEMaiICQa+dwAAgBEEYahCqAgsgACABIAQoAhAgBCgCFBDpAiACEIoDIARBIGokAAu/AQEC\
fyMAQTBrIgMkACADQQhqIgQgAkECdCICKAK4mUE2AgQgBCACKALYmUE2AgAgAygCCCECAkAgAygC\
DEEBRgRAIAAgASACKAIAIAIoAgQQPQwBCyADQSBqIAEgAigCACACKAIEED0gAy0AICIBQQZGBEAg\
AEEGOgAADAELIAMgAykAKDcAGCADIAMpACE3ABEgAyABOgAQIAAgA0EQaiIAIAIoAgggAigCDBC0\
AhDMAiAAEO0BCyADQTBqJAAL3gIBAn8jAEEwayIEJAACfyABBEAgBEEQaiIBIABBvKfAAEEIED1B\
BiEAAkAgBC0AEEEGRwRAIAQgBCkCGDcDKCAEIAQpAhA3AyAgBCABIAIgAxC0AhDMAiAEQSBqEO0B\
IAQtAAAhAAwBCyAEQQY6AAALIAQQ4AIgAEH/AXEiAEEGRyAAQQBHcQwBCyMAQSBrIgEkACABIAM2\
AhggASACNgIUIAAoAghBFGwhAiAAKAIEIQUCfwNAQQAgAkUNARogASACQRRrIgIgBWoiAzYCHCAB\
QRxqIAFBFGoQjwJFDQALIAFBCGogAEEMahCiAyABIAEoAgggASgCDCADQQxqKAIAIANBEGooAgBB\
vK7AABBzIAEoAgAgASgCBCMAQRBrIgAkACAAQQA2AgwgAEHuACAAQQxqEMgBIAAoAgAgACgCBBDE\
AiAAQRBqJABBAXMLIAFBIGokAAsgBEEwaiQAC6sBAQF/IwBBMGsiBSQAIAUgBDYCDCAFIAM2Aggg\
BSABKAIMIAEoAhAgAhBHIAUgBSgCBCIBNgIUIAUgBSgCACICNgIQIAVBATYCLCAFIAVBFGo2Aigg\
BUEBNgIkIAVBAjYCHCAFIAVBEGo2AiAgBSAFQQhqNgIYIABBDGpBjYbAACAFQRhqEKoCIAAgATYC\
CCAAIAI2AgQgAEEBNgIAIABBADoAGCAFQTBqJAALgAIBBn8jAEEQayIDJAAgAiABIAJqIgRLBEBB\
AEEAENECAAsgA0EEaiEFIAAoAgAiAiEGIAAoAgQhCEEBIQdBBCEBAkBBCCAEIAJBAXQiAiACIARJ\
GyICIAJBCE0bIgQiAkH/////B0sEQEEAIQIMAQsCQAJAAn8gBgRAIAggBkEBIAIQFAwBCyACRQRA\
QQEhAQwCCyACQQEQ0AILIgENACAFQQE2AgQMAQsgBSABNgIEQQAhBwtBCCEBCyABIAVqIAI2AgAg\
BSAHNgIAIAMoAgRBAUYEQCADKAIIIAMoAgwQ0QIACyADKAIIIQEgACAENgIAIAAgATYCBCADQRBq\
JAALAwAAC5ABAQJ/AkAgAEEJayICQRdNBEBBASEBQZ+AgAQgAnZBAXENAQtBACEBIABBgAFJDQAC\
QCAAQQh2IgIEQCACQTBHBEAgAkEgRg0CIAJBFkcNAyAAQYAtRiEBDAMLIABBgOAARiEBDAILIABB\
/wFxLQCdn0EhAQwBCyAAQf8BcS0AnZ9BQQJxQQF2IQELIAFBAXELpgEBAn8jAEEgayIDJAAgAyAB\
IAIQJiADKAIIIQEgAygCBCECAkAgAygCACIEQQJHBEAgACADKQIUNwIUIAAgAykCDDcCDCAAIAE2\
AgggACACNgIEIAAgBDYCAAwBCyADQQA2AhwgAyABNgIYIAMgAjYCFCADIAE2AhAgAyACNgIMIANB\
ADYCCCADQoCAgIDAADcCACAAIAMQOSADEIsDCyADQSBqJAALAwAAC4ICAQl/IwBBEGsiAyQAAkAC\
QAJAIAEoAhAiAgRAIAIgASgCFEcNASABQQA2AhALIAEoAgBFDQIgAUEIaiEHIwBBEGsiBCQAIAEi\
AigCACEBIAIoAgQhCANAAkAgASAIRgRAQQUhBgwBCyACIAFBAWoiCTYCACAEIAEtAAAiBjoADyAJ\
IQEgByAEQQ9qEN0CRQ0BCwsgBEEQaiQAIAYiAUEFRg0CDAELIAEgAkEBajYCECACLQAAIQELIANB\
CGoiAiABQf8BcUECdCIBKAL8mEE2AgQgAiABKAKQmUE2AgAgAygCDCEKIAMoAgghBQsgACAKNgIE\
IAAgBTYCACADQRBqJAALnAEBBX8CQCAAKAIAIgAoAgAiAygCACICIAAoAggiBEkEQAJAIAAoAgQi\
BSACai0AACIGRQRAIAMgAkEBajYCACABQQxqIAUgBCAAKAIMIAAoAhAgAxCYAQwBCyACIAAoAhAi\
AU8NAiADIAAoAgwgAkECdGooAgA2AgALIAZBAXMPCyACIARBvKTAABCzAQALIAIgAUHMpMAAELMB\
AAv8DgELfyMAQRBrIgUkAAJ/QQEgASgCACIKQScgASgCBCIMKAIQIgsRAwANABogACgCACEGQQAh\
ASMAQSBrIgQkACAFAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkAgBg4oAgEBAQEBAQEBAwUBAQQB\
AQEBAQEBAQEBAQEBAQEBAQEBAQgBAQEBBwALIAZB3ABGDQULIAZB/wVNDQZBEEEAIAZBq50ETxsi\
ACAAQQhyIgAgBkELdCIDIABBAnQoArS3QUELdEkbIgAgAEEEciIAIABBAnQoArS3QUELdCADSxsi\
ACAAQQJyIgAgAEECdCgCtLdBQQt0IANLGyIAIABBAWoiACAAQQJ0KAK0t0FBC3QgA0sbIgAgAEEB\
aiIAIABBAnQoArS3QUELdCADSxsiAUECdCgCtLdBQQt0IgAgA0YgACADSWogAWoiCEECdCIAQbS3\
wQBqIQMgACgCtLdBQRV2IQFB/wUhAAJAIAhBH00EQCADKAIEQRV2IQAgCEUNAQsgA0EEaygCAEH/\
//8AcSECCwJAIAAgAUF/c2pFDQAgBiACayEIIABBAWshA0EAIQADQCAAIAFBnaHBAGotAABqIgAg\
CEsNASADIAFBAWoiAUcNAAsLIAFBAXFFDQYgBEEAOgAOIARBADsBDCAEIAZBFHYtAJynQToADyAE\
IAZBBHZBD3EtAJynQToAEyAEIAZBCHZBD3EtAJynQToAEiAEIAZBDHZBD3EtAJynQToAESAEIAZB\
EHZBD3EtAJynQToAECAGQQFyZ0ECdiIBIARBDGoiA2oiAEH7ADoAACAAQQFrQfUAOgAAIAMgAUEC\
ayIBakHcADoAACAFIAQpAQw3AAAgBEH9ADoAFSAEIAZBD3EtAJynQToAFCAFIAQvARQ7AAgMBwsg\
BUIANwECIAVB3OAAOwEADAgLIAVCADcBAiAFQdzoATsBAAwHCyAFQgA3AQIgBUHc5AE7AQAMBgsg\
BUIANwECIAVB3NwBOwEADAULIAVCADcBAiAFQdy4ATsBAAwECyAFQgA3AQIgBUHczgA7AQAMAwtB\
ACEBQQAhAAJAIAYiAkEgSQ0AIAJB/wBJBEBBASEBDAELAkACQCACQYCABE8EQCACQYCACEkNASAC\
Qf7//wBxIgBBrp0LRyACQeD//wBxQeDNCkcgAEGe8ApHcXEgAkHw1wtrQXFJcSACQYDwC2tB3mxJ\
cSACQYCADGtBnnRJcSACQdCmDGtBe0lxIAJBgII4a0H65lRJcSACQfCDOElxIQEMAwsgAkEIdkH/\
AXEhCQNAIAFBAmohAyAAIAEtAOuxQSIHaiEIIAkgAS0A6rFBIgFHBEAgASAJSw0DIAghACADIgFB\
zABHDQEMAwsCQAJAIAAgCEsgCEGcAktyRQRAIAdFDQIgAEG2ssEAaiEBDAELIAAgCEGcAkH4tsEA\
EDgACwNAIAEtAAAgAkH/AXFHBEAgAUEBaiEBIAdBAWsiBw0BDAILC0EAIQEMBAsgCCEAIAMiAUHM\
AEcNAAsMAQsgAkEIdkH/AXEhCQNAAkAgAUECaiEDIAAgAS0Aw6tBIgdqIQggCSABLQDCq0EiAUcE\
QCABIAlLDQEgCCEAIAMiAUHcAEcNAgwBCwJAAkAgACAISyAIQdQBS3JFBEAgB0UNAiAAQZ6swQBq\
IQEMAQsgACAIQdQBQfi2wQAQOAALA0AgAS0AACACQf8BcUcEQCABQQFqIQEgB0EBayIHDQEMAgsL\
QQAhAQwECyAIIQAgAyIBQdwARw0BCwsgAkH//wNxIQNBASEBQQAhAgNAIAJBAWohAAJAIAIsAPKt\
QSIHQQBOBEAgACECDAELIABB+ANHBEAgAkHzrcEAai0AACAHQf8AcUEIdHIhByACQQJqIQIMAQtB\
iLfBABCFAwALIAMgB2siA0EASA0CIAFBAXMhASACQfgDRw0ACwwBC0EBIQFBACEHA0AgB0EBaiEA\
AkAgBywA0rRBIgNBAE4EQCAAIQcMAQsgAEGkAkcEQCAHQdO0wQBqLQAAIANB/wBxQQh0ciEDIAdB\
AmohBwwBC0GIt8EAEIUDAAsgAiADayICQQBIDQEgAUEBcyEBIAdBpAJHDQALCyABQQFxDQEgBEEA\
OgAYIARBADsBFiAEIAZBFHYtAJynQToAGSAEIAZBBHZBD3EtAJynQToAHSAEIAZBCHZBD3EtAJyn\
QToAHCAEIAZBDHZBD3EtAJynQToAGyAEIAZBEHZBD3EtAJynQToAGiAGQQFyZ0ECdiIBIARBFmoi\
A2oiAEH7ADoAACAAQQFrQfUAOgAAIAMgAUECayIBakHcADoAACAFIAQpARY3AAAgBEH9ADoAHyAE\
IAZBD3EtAJynQToAHiAFIAQvAR47AAgLQQoMAgsgBSAGNgIAQYABIQFBgQEMAQtBAgs6AA0gBSAB\
OgAMIARBIGokAAJAIAUtAA0iAUGBAU8EQCAKIAUoAgAgCxEDAEUNAUEBDAILIAogBSAFLQAMIgBq\
IAEgAGsgDCgCDBEEAEUNAEEBDAELIApBJyALEQMACyAFQRBqJAALhQEBAX8jAEEQayIDJAAgAiAB\
IAJqIgFLBEBBAEEAENECAAsgA0EEaiAAKAIAIgIgACgCBEEIIAEgAkEBdCICIAEgAksbIgEgAUEI\
TRsiARB6IAMoAgRBAUYEQCADKAIIIAMoAgwQ0QIACyADKAIIIQIgACABNgIAIAAgAjYCBCADQRBq\
JAALcgEBfgJAIAFCFlMgAK0gAVdxRQRAIAFCAX0iAkIVVA0BIAFCBXxCBloEQEKAgICAgICAgIB/\
IAIgASACVxsiASABQj+HIgGFIAF9pxCcAiAAIABBAUtqakECag8LIAAgAadrQQJqDwsgAacPCyAA\
QQFqC+8BAQh/IwBBEGsiBCQAA0AgBCACNgIMIAQgATYCCCAEQQhqKAIAIgYvAYoBIglBDGwhB0F/\
IQUgBkEEaiEGQQEhCAJAA0AgB0UEQCAJIQUMAgsgB0EMayEHIAVBAWohBSADIAYQ4wEhCiAGQQxq\
IQYCQCAKQf8BcQ4CAAECCwtBACEICyAEIAU2AgQgBCAINgIAIAQoAgQhBQJAIAQoAgBBAUYEQCAC\
DQFBASELQQAhAgsgACAFNgIMIAAgAjYCCCAAIAE2AgQgACALNgIAIARBEGokAA8LIAJBAWshAiAB\
IAVBAnRqKAKMASEBDAALAAuWAQEBfwJAAkACQEEDIAEoAgAiAkGAgICAeHMgAkEAThtBAmsOAgAC\
AQsgAEEYEPMCDwsgAEEBOgAQDwsgABCrAyAAQbynwABBASABLQAMIgIbQQhBACACGxA3IAEoAghB\
A3QhAiABKAIEIQEDQCACBEAgACABKAIAIAEoAgQQNyACQQhrIQIgAUEIaiEBDAELCyAAEKoDC30A\
AkAgAyAESw0AAkAgA0UNACACIANNBEAgAiADRw0CDAELIAEgA2osAABBv39MDQELAkAgBEUNACAC\
IARNBEAgAiAERg0BDAILIAEgBGosAABBv39MDQELIAAgBCADazYCBCAAIAEgA2o2AgAPCyABIAIg\
AyAEIAUQ7AIAC7MCAQl/AkACQAJAAkACQAJAIAEtAABBAWsOBQECAwQFAAsgAEEAOgAADwsgACAB\
KQIINwIIIAAgASkCADcCAA8LIABBBGogAUEEahCrASAAQQI6AAAPCyAAQQRqIAFBBGoQqwEgAEED\
OgAADwsgAEEEaiEDIwBBIGsiAiQAIAFBBGoiASgCBCEHIAJBCGogASgCCCIFQQRBEBCyASAFQQR0\
IQhBACEBIAIoAgwhBiACKAIIIgkhBANAIARFIAEgCEZyRQRAIAJBEGogASAHahB0IAEgBmoiCiAC\
KQIYNwIIIAogAikCEDcCACABQRBqIQEgBEEBayEEDAELCyADIAU2AgggAyAGNgIEIAMgCTYCACAC\
QSBqJAAgAEEEOgAADwsgAEEEaiABQQRqEE8gAEEFOgAAC40BAQN/IwBBMGsiAiQAIAJBADYCECAC\
QoCAgIAQNwIIIAJBFGogASACQQhqIgMQDyAAQQRqIQECQCACKAIUIgRBAkcEQCABIAIpAig3AhAg\
ASACKQIgNwIIIAEgAikCGDcCACADEIoDDAELIAEgAigCEDYCCCABIAIpAgg3AgALIAAgBDYCACAC\
QTBqJAALigEBAn8jAEEwayIEJAAgBEEEaiIFIAEgAhCXAQJAIAAgBCgCCCAEKAIMEHciAQRAIAEQ\
7QEgASADKQIINwIIIAEgAykCADcCACAFEIoDDAELIAQgBCgCDDYCGCAEIAQpAgQ3AxAgBCADKQIA\
NwIcIAQgAykCCDcCJCAAIARBEGoQtQELIARBMGokAAt3AQF/IwBBEGsiAyQAIAMgAjYCCCADIAE2\
AgQgACgCCEEcbCECIAAoAgQhAAJ/A0BBACACRQ0BGiACQRxrIQIgAyAANgIMIABBHGohACADQQxq\
IANBBGoQjwJFDQALIABBHGsLIQIgA0EQaiQAIAJBDGpBACACGwt4AQN/AkAgAkUNACAAIAEoAgAg\
ASgCBBB3IgBFDQAgAUEMaiEBIAJBA3RBCGshAgNAIAIEQCABQQRrIQQgAkEIayECIAEoAgAhBSAB\
QQhqIQEgACAEKAIAIAUQtAIiAA0BDAILCyAAQQAgAEGg/sAAEF4bIQMLIAMLewEDfyMAQRBrIgMk\
ACADIAEgAkEtEMYBAkAgAygCBCACIAMoAgAiBBsiBUEPTQRAIAMgBCABIAQbIgQ2AgggAyAEIAVq\
NgIMIANBCGoQzwFFDQELIAEgAhAOIgEgAiABIAJLGyECCyAAIAAoAgAgAmo2AgAgA0EQaiQAC3EA\
An8gA0EASARAQQEhAUEAIQNBBAwBCwJ/AkACfyABBEAgAiABQQEgAxAUDAELIANFBEBBASEBDAIL\
IANBARDQAgsiAQ0AIABBATYCBEEBDAELIAAgATYCBEEACyEBQQgLIABqIAM2AgAgACABNgIAC4EB\
AQN/IwBBMGsiAiQAIAJBDGpB7LLAAEECEJcBIAJCBDcCKCACQoyAgICAATcCICACQSBqIQQDQCAD\
QRBGBEAgACACKAIUNgIIIAAgAikCDDcCACACQTBqJAAFIAJBDGogASADIARqKAIAdkEPcS0A7rJA\
EKMBIANBBGohAwwBCwsLhgEBAX8jAEEwayIFJAAgBSADNgIMIAUgAjYCCCAFIAQQxwIgBSAFKQMA\
NwIQIAVBAjYCLCAFQQI2AiQgBUECNgIcIAUgAUEMajYCGCAFIAVBEGo2AiggBSAFQQhqNgIgIABB\
DGpBjoTAACAFQRhqEKoCIABBADYCACAAQQE6ABggBUEwaiQAC08BA34gACABQv////8PgyIDQgp+\
IgRCACIDIAFCIIhCCn58IgFCIIZ8IgU3AwAgACAEIAVWrSABIANUrUIghiABQiCIhHwgAkIKfnw3\
AwgL2wEBB38jAEEQayIDJABBaCEEAkADQCAEBEAgA0EIaiEHIAEgBEH4/sAAaigCACAEQfz+wABq\
KAIAEHghAkEAIQUjAEEQayIGJAAgAgR/IAZBCGoiBSACKAIMNgIEIAUgAigCCEEAIAItAABBA0Yb\
NgIAIAYoAgwhBSAGKAIIBUEACyECIAcgBTYCBCAHIAI2AgAgBkEQaiQAIAMoAggiAgRAIAMgAiAD\
KAIMIggQRSADKAIEDQMLIARBCGohBAwBCwtBACECCyAAIAI2AgAgACAINgIEIANBEGokAAt6AQN/\
IAEoAgAhAwJAAkAgASgCECICBEAgASgCFCACayECIAMNAUEBIQQgAiEBDAILQQEhBEEAIQIgA0UE\
QEEAIQEMAgsgASgCBCADayEBDAELIAEoAgQgA2sgAmoiASACTyEECyAAIAE2AgggACAENgIEIAAg\
AjYCAAtsAQR/IwBBEGsiAyQAA0ACQCACRQRAQQEhBQwBCyADQQhqIAEQwAEgAy0ACEUNACADLQAJ\
QTBrQf8BcSIGQQlLDQAgBEEKbCAGaiEEIAJBAWshAgwBCwsgACAENgIEIAAgBTYCACADQRBqJAAL\
AwAAC5EBAgJ/AX4jAEEgayICJAAgASgCAEGAgICAeEYEQCABKAIMIQMgAkEANgIcIAJCgICAgBA3\
AhQgAkEUakHIm8EAIAMoAgAiAygCACADKAIEEB8aIAIgAigCHCIDNgIQIAIgAikCFCIENwMIIAEg\
AzYCCCABIAQ3AgALIABB1J3BADYCBCAAIAE2AgAgAkEgaiQAC4kBAQJ/IwBBgAJrIgMkACADQcgA\
akEAQcEA/AsAIANCADcDQCADQeiWwQApAwA3AzggA0HglsEAKQMANwMwIANB2JbBACkDADcDKCAD\
QdCWwQApAwA3AyAgA0EgaiIEIAEgAhA2IANBkAFqIgEgBEHwAPwKAAAgAyABEB0gACADEFogA0GA\
AmokAAt1AQV/IwBBEGsiAiQAIAEoAgAhBCABKAIEIQUgAkEIaiABEE4CQCACKAIIQQFHBEBBgIDE\
ACEDDAELIAIoAgwhAyABIAEoAgAgASgCCCIGIAVqIAQgASgCBGprajYCCAsgACADNgIEIAAgBjYC\
ACACQRBqJAALdgEDfyMAQRBrIgIkACACIAE2AgwgAiAANgIIQQEhAwJAIAJBCGoiBEHQj8EAQQoQ\
pQENACAEQcyQwQBBAhClAQ0AIARB5JDBAEEBEKUBDQAgBEHskMEAENMCDQAgACABQfSQwQBBCBDE\
AiEDCyACQRBqJAAgAwttAQR/QQQhAyMAQRBrIgIkAEEBIQQCQANAIANFDQEgAkEIaiABLQAAQRAQ\
4gEgA0EBayEDIAFBAWohASACLwEMIAVBBHRyIQUgAigCCEEBcQ0AC0EAIQQLIAAgBTsBAiAAIAQ7\
AQAgAkEQaiQAC3EAAkAgASACEKwCIgEEQCABLQAAQQNHDQEgAEEEaiABQQRqEKsBIABBAjYCAA8L\
IAItAABFBEAgAEEEaiACKAIEIAIoAggQlwEgAEECNgIADwsgAEIBNwIIIABCAjcCAA8LIAAgAkGN\
r8AAQQggARB8CwMAAAumAQEEfyMAQRBrIgIkACACIAE2AgggAUEEaiEBAn8DQEEAIQMgASgCACIE\
IAEoAgRJBEAgASAEQQFqNgIAQQEhAwsgAiAENgIEIAIgAzYCAEEAIAIoAgBBAUcNARogAiACKAIE\
IgU2AgwgAkEIaigCACgCACACQQxqKAIAQdSowAAQoAItABBBAkYNAAtBAQshASAAIAU2AgQgACAB\
NgIAIAJBEGokAAsDAAALAwAACwMAAAucAQEEfyMAQRBrIgMkACABIAEgAkEDdCICaiIERwRAIAFB\
BGohBiAEIAFrQQN2IQQDQCAGKAIAIAVqIQUgBkEIaiEGIARBAWsiBA0ACwsgA0EEaiAFEPkBA0Ag\
AgRAIANBBGogASgCACABKAIEENoBIAJBCGshAiABQQhqIQEMAQsLIAAgAygCDDYCCCAAIAMpAgQ3\
AgAgA0EQaiQAC5ICAQh/IwBBEGsiBCQAIAQgAUEIajYCDCABKAIAIQMgASgCBCEFAkADQCADIAVH\
BEAgASADQQhqIgY2AgAjAEEwayICJAAgAkEEaiIHIARBDGooAgAoAgAoAgAgAygCACIIIAMoAgQi\
AxA9AkAgAi0ABCIJQQFrQf8BcUEFTwRAIABBgICAgHg2AgAgCUEGRg0BIAcQ7QEMAQsgAkEUaiAI\
IAMQlwEgACACKQIUNwIAIAIgAikCBDcCICAAIAIpAhw3AgggAiACKQIMNwIoIAAgAikCJDcCECAA\
IAIoAiw2AhgLIAJBMGokACAGIQMgACgCAEGAgICAeEYNAQwCCwsgAEGAgICAeDYCAAsgBEEQaiQA\
C5UCAQh/IwBBEGsiBCQAIAQgAUEIajYCDCABKAIAIQMgASgCBCEFAkADQCADIAVHBEAgASADQQhq\
IgY2AgAjAEEwayICJAAgAkEEaiIHIARBDGooAgAoAgAoAgAgAygCACIIIAMoAgQiAxB3EMwCAkAg\
Ai0ABCIJQQFrQf8BcUEFTwRAIABBgICAgHg2AgAgCUEGRg0BIAcQ7QEMAQsgAkEUaiAIIAMQlwEg\
ACACKQIUNwIAIAIgAikCBDcCICAAIAIpAhw3AgggAiACKQIMNwIoIAAgAikCJDcCECAAIAIoAiw2\
AhgLIAJBMGokACAGIQMgACgCAEGAgICAeEYNAQwCCwsgAEGAgICAeDYCAAsgBEEQaiQAC6kbAhJ/\
A34jAEEQayIUJAAgASgCAC0AQARAIBRBBGohEyABKAIEKAIMIgEEfyABKAIEIQkgASgCAAVBAAsh\
EkEAIQEjAEGgAWsiAyQAIANB+wBqIQYDQAJAAkACQAJAAkAgAUEYRwRAIAEoAqiRQSEHIAEoAqSR\
QSEKIAFBCGoiBSEBIAdFDQYgAiAKKAIAIAooAgQQdyIERQ0GIApBDGohASAHQQN0QQhrIQwDQCAE\
LQAAIQcgDEUNAiAHQQVHDQUgAUEEayEKIAxBCGshDCABKAIAIQcgAUEIaiEBIARBBGogCigCACAH\
EHciBA0ACwwECyADQQhqIQQgAigCBCIBIQUgASACKAIIQRxsaiEBIwBBQGoiBiQAIAYgATYCGCAG\
IAU2AhQgBkEoaiAGQRRqEKwBAkAgBigCKEGAgICAeEcEQCAGQQhqQQRBBEEYELIBIAYoAgghASAG\
KAIMIgUgBikCKDcCACAFIAYpAjg3AhAgBSAGKQIwNwIIIAZBATYCJCAGIAU2AiAgBiABNgIcIAZB\
HGohByAGKAIUIQUgBigCGCEBIwBBIGsiCiQAIAogATYCBCAKIAU2AgADQAJAIApBCGogChCsASAK\
KAIIQYCAgIB4Rg0AIAcoAggiBSAHKAIARgRAIAcoAggiASAHKAIARgRAIAcgAUEBQQRBGBDYAQsL\
IAcoAgQgBUEYbGoiASAKKQIYNwIQIAEgCikCEDcCCCABIAopAgg3AgAgByAFQQFqNgIIDAELCyAK\
QSBqJAAgBCAGKAIkNgIIIAQgBikCHDcCAAwBCyAEQQA2AgggBEKAgICAwAA3AgALIAZBQGskACAD\
KAIQIgZFDQEgA0EANgIcIANBADYCFCMAQSBrIgwkACAMQQA2AgwgDEKAgICAwAA3AgQgAkEBQQBB\
AUEAIAxBBGoQICAMKAIMIQEgDCgCCCEFIAwgDCgCBDYCGCAMIAU2AhQgDCAFNgIQIAwgBSABQRxs\
ajYCHCADQfgAaiEQIwBBEGsiESQAIAxBEGoiCygCCCEKIBFBCGohByALKAIAIgEhCCMAQUBqIg0k\
ACANQSxqIQQDQCALKAIEIg4gCygCDEcEQCALIA5BHGo2AgQgDSAOKAIYIgU2AhggDSAOKQIQIhc3\
AxAgDSAOKQIIIhU3AwggDSAOKQIAIhY3AwAgDSAFNgI4IA0gFzcDMCANIBU3AyggDSAWNwMgIBan\
IgVBgICAgHhHBEAgDSkCJCEVIAQQigMgCCAVNwIEIAggBTYCACAIQQxqIQgFIA1BIGoQsAILDAEL\
CyAHIAg2AgQgByABNgIAIA1BQGskACARKAIMIQcjAEEQayIOJAAgC0EANgIIIAsoAgwgCygCBCEE\
IAtBBDYCACAOQoCAgIDAADcCCCAOQQhqEJcDIAtBBDYCDCALQQQ2AgQgBGtBHG4hCANAIAgEQCAI\
QQFrIQggBBCwAiAEQRxqIQQMAQsLIA5BEGokACAKQRxsIg5BDG4hBSABIQQCQCAKRQ0AIA4gBUEM\
bCIKRg0AAn8gCkUEQCAOBEAgASAOEKABC0EEDAELIAEgDkEEIAoQFAsiBA0AQQQgChCkAwALIBAg\
BDYCBCAQIAU2AgAgECAHIAFrQQxuNgIIIwBBEGsiBSQAIAUgCzYCDCALKAIMIAsoAgQiAWtBHG4h\
BANAIAQEQCAEQQFrIQQgARCwAiABQRxqIQEMAQsLIAVBDGoQgwIgBUEQaiQAIBFBEGokACAMQSBq\
JAAgAygCeCEFIAMgAygCfCIBIAMoAoABQQxsIgRqNgKEASADIAU2AoABIAMgATYCfCADIAE2AngD\
QAJAIARFDQAgAyABQQxqIgU2AnwgASgCACIHQYCAgIB4Rg0AIAMgBzYCICADIAEpAgQ3AiQgBEEM\
ayEEIANBFGogA0EgahDpASAFIQEMAQsLIANB+ABqEKkBIAMgBkEEQRgQsgEgA0EANgI0IAMgAykD\
ADcCLCADKAIIIQUgAyADKAIMIgEgBkEYbGoiCjYCRCADIAU2AkAgAyABNgI8IAMgATYCOCADQYQB\
aiEQA0ACQAJAAkAgASAKRg0AIAMgAUEYaiIFNgI8IAEoAgAiB0GAgICAeEYNACABKAIIIREgASgC\
BCEOIAMgASgCFCIENgJQIAMgASkCDDcDSCADKAJMIQEgAyAENgKUASADIAE2ApABIBJBACABIARB\
/abAAEECEL8CGw0BIANBAjYCfCADIANBkAFqNgJ4IANB2ABqQbeDwAAgA0H4AGoQqgIMAgsjAEEQ\
ayIFJAAgBSADQThqIgE2AgwgASgCDCABKAIEIgFrQRhuIQkDQCAJBEAgCUEBayEJIAEQ9QIgAUEY\
aiEBDAELCyMAQRBrIgkkACAJIAVBDGooAgAiASgCADYCDCAJIAEoAgg2AgggCUEIahCOAyAJQRBq\
JAAgBUEQaiQAIBMgAygCNDYCCCATIAMpAiw3AgAjAEEwayILJAACfyADQRRqIgUoAgAiAUUEQEEA\
IQRBAAwBCyALIAE2AiQgC0EANgIgIAsgATYCFCALQQA2AhAgCyAFKAIEIgE2AiggCyABNgIYIAUo\
AgghBEEBCyEBIAsgBDYCLCALIAE2AhwgCyABNgIMIAtBDGohDyMAQRBrIg4kAANAIA5BBGohByMA\
QSBrIhAkAAJAIA8oAiAiAUUEQCAQQRRqIQkgDygCACEBIA9BADYCAAJAAkAgAUEBRgRAIA8oAgwh\
BCAPKAIIIQEgDygCBCIFRQ0BIAkgBDYCCCAJIAE2AgQgCSAFNgIADAILIAlBADYCAAwBCwNAIAQE\
QCAEQQFrIQQgASgCjAEhAQwBBSAJQgA3AgQgCSABNgIACwsLIBAoAhQEQCMAQRBrIgEkACAJKAIA\
IQQgCSgCBCEJA0AgAUEEaiAEIAkQ/AEgASgCBCIEBEAgASgCCCEJDAELCyABQRBqJAALIAdBADYC\
AAwBCyAPIAFBAWs2AiACQCAPKAIAIgFBAUcNACAPKAIEDQAgD0EIaiEEIA8oAgwhCQNAIAQoAgAh\
BSAJBEAgCUEBayEJIAVBjAFqIQQMAQUgD0IANwIIIA8gBTYCBCAPQQE2AgALCwsgD0EEakEAIAEb\
IhEEQCAQQQhqIQkjAEEwayINJAAgDUEIaiESIwBBEGsiCCQAIBEoAgghBiARKAIAIQwgESgCBCEK\
AkACQANAIAYgDC8BigFJDQEgCEEEaiAMIAoQ/AEgCCgCBCIMBEAgCCgCDCEGIAgoAgghCgwBCwsg\
EkEANgIADAELIAggBjYCDCAIIAo2AgggCCAMNgIEIAhBBGoiBSgCCCEBIAUoAgAhBCASIAUoAgQi\
BQR/IAQgAUECdGpBkAFqIQEDQCABKAIAIgRBjAFqIQEgBUEBayIFDQALQQAFIAFBAWoLNgIIIBJB\
ADYCBCASIAQ2AgAgEiAGNgIUIBIgCjYCECASIAw2AgwLIAhBEGokAAJAIA0oAggEQCAJIA0pAhQ3\
AgAgCSANKAIcNgIIIA0gDSgCECIBNgIoIA0gDSkCCCIVNwMgIBEgATYCCCARIBU3AgAgDUEwaiQA\
DAELQciVwQAQhQMACyAHIBAoAhA2AgggByAQKQIINwIADAELQfiSwQAQhQMACyAQQSBqJAAgDigC\
BCIBBEAgASAOKAIMQQxsakEEahCKAwwBCwsgDkEQaiQAIAtBMGokAAwFCyADIAk2ApwBIAMgEjYC\
mAEgA0ECNgJ8IAMgA0GYAWo2AnggA0HYAGpB0Z3AACADQfgAahCqAgsDQCADQdgAaiEEIwBBEGsi\
CCQAIANBFGoiBigCACIBBH8gCCABIAYoAgQgBBBxQQAgCCgCBEGMAWogCCgCABsFQQALIQEgCEEQ\
aiQAAkAgAQ0AIAMoAlwgAygCYBCFAQ0AIANB+ABqIgggBBCrASAGIAgQ6QEgA0HoAGoiBiACIA4g\
ERBgIAMtAGhBBkcEQCAIIAQQqwEjAEEwayIEJAAgBCAIKQIANwMAIAQgCCgCCCIBNgIIAkAgAiAE\
KAIEIAEQdyIBBEAgARDtASABIAYpAgg3AgggASAGKQIANwIAIAQQigMMAQsgBCAIKAIINgIYIAQg\
CCkCADcDECAEIAYpAgA3AhwgBCAGKQIINwIkIAIgBEEQahC1AQsgBEEwaiQACyAQIAMoAmA2Aggg\
ECADKQJYNwIAIAMgETYCgAEgAyAONgJ8IAMgBzYCeCADQSxqIANB+ABqEMoBIANByABqEIoDIAUh\
AQwCCyADQQM2ApwBIAMgA0HYAGoiATYCmAEgA0H4AGpBt4PAACADQZgBahCqAiABEIoDIAMgAygC\
gAE2AmAgAyADKQJ4NwNYDAALAAsACyAFIQEgB0EFRw0EIwBBEGsiByQAIAdBADYCDCAHQoCAgIAQ\
NwIEIAdBBGpBxLHAACAEQQAQSSADQegAaiIBIAcoAgw2AgggASAHKQIENwIAIAdBEGokACAGIAMo\
AnA2AAggBiADKQJoNwAAIAQQ7QEgBEEDOgAAIAQgAykAeDcAASAEIAMpAH83AAgMAgsgE0EANgII\
IBNCgICAgMAANwIAIANBCGoQkgMLIANBoAFqJAAMAQsgBSEBDAELCyATEJIDCyAAIAIoAgg2Aggg\
ACACKQIANwIAIBRBEGokAAtuAQF/IwBBIGsiAyQAAkAgAkHnB00EQCAAQQI2AgAgACACQQFqNgIE\
DAELIANBATYCHCADQbiuwAA2AhggA0EMaiICQYCcwAAgA0EYahCqAiAAIAEgAygCECADKAIUEOkC\
IAIQigMLIANBIGokAAuDAQEBfwJAIABBhAhPBEAgANBvJgFB9LnBACgCAA0BQfS5wQBBfzYCACAA\
QYi6wQAoAgAiAUkNASAAIAFrIgBBgLrBACgCAE8NAUH8ucEAKAIAIABBAnRqQYS6wQAoAgA2AgBB\
hLrBACAANgIAQfS5wQBB9LnBACgCAEEBajYCAAsPCwALZAEBfyMAQRBrIgMkACABBEAgA0EIaiAB\
IAIoAhARAAAgAygCDCEBIAAgAygCCCICNgIIIAAgAUEAIAJBAXEiAhs2AgQgAEEAIAEgAhs2AgAg\
A0EQaiQADwtBkJrBAEEyEKEDAAvUAgEKfyMAQRBrIgYkAAJAIAAgASgCCCICIAEoAgBJBH8jAEEQ\
ayIHJAAgASgCACACSQRAQYSbwQBByQBBqJvBABDyAQALIAZBCGohCiAHQQhqIQsjAEEQayIEJAAg\
BEEMaiEIIAEoAgAiBQRAIARBATYCDCAFIQMgASgCBCEFIARBCGohCAsgCCADNgIAAkAgBCgCDCID\
BEAgBCgCCCEJAkAgAkUEQCAJBEAgBSAJEKABCyABQQE2AgQMAQsgBSAJIAMgAiIIEBQiBUUNAiAB\
IAU2AgQLIAEgAjYCAAtBgYCAgHghAwsgCyAINgIEIAsgAzYCACAEQRBqJAAgBygCDCECIAogBygC\
CDYCACAKIAI2AgQgB0EQaiQAIAYoAggiAkGBgICAeEcNASABKAIIBSACCzYCBCAAIAEoAgQ2AgAg\
BkEQaiQADwsgAiAGKAIMENECAAtVAQR/QQEhAwJAIAEtAAgEQAwBCyABKAIEIgUgASgCACIBSQ0A\
IAUgAWsiAUF/RyEDIAFBAWoiAkF/IAIbIQQLIAAgAjYCCCAAIAM2AgQgACAENgIAC2IBA38CQAJA\
IAAoAggiBEECdCICQQhqIgMgAkEEaiICSQ0AIAMgACgCBEsNACAALQAQQQFxDQAgAyAAKAIMTQ0B\
CyAAQQE6ABAPCyAAIARBAWo2AgggACgCACACaiABNgAAC2ABA38jAEEQayIDJAAgA0EIaiACQQFB\
ARCyASADKAIIIQUgAygCDCEEIABBADYCCCAAIAQ2AgQgACAFNgIAIAIEQCACBEAgBCABIAL8CgAA\
CyAAIAI2AggLIANBEGokAAtnAQF/AkACQAJAIAAtAABBBGsOAgEAAgsgAEEEaiABIAIgAyAEIAUQ\
2wEMAQsgACgCDEEEdCEGIAAoAgghAANAIAZFDQEgACABIAIgAyAEIAUQmAEgBkEQayEGIABBEGoh\
AAwACwALC3QAAkACQAJAIAEoAgBBAWsOAgECAAsgAEEANgIQIABBCDoADCAAQQU6AAAgACABKQIY\
NwIEDwsgAEEANgIQIABBCDoADCAAQQA2AgQgAEEFOgAADwsgAEEIOgAMIABBADYCBCAAQQU6AAAg\
ACABKQIYNwIQC5ABAgF/AX4jAEEQayIEJAAgASgCACUBIAIoAgAlASADKAIAJQEQBCEBQai6wQAp\
AwAhBUGousEAQgA3AwAgBEEIaiICIAVCIIg+AgQgAiAFp0EBRjYCAEEBIQMCQCAEKAIIQQFGBEAg\
ACAEKAIMNgIEDAELQQAhAyAAIAFBAEc6AAELIAAgAzoAACAEQRBqJAALbwEBfwJAAkACQAJAAkAC\
QCAAKAIAIgAtABRBAWsOAwECAQALIABBCGooAgBB/////wdPDQMgACgCDA0CCw8LIABBAzoAFA8L\
IAAgACgCAEEBaiIBNgIAIAFFDQEgAEEBOgAUAAtB9JrBABCVAgsAC5UBAQV/IwBBIGsiAiQAIAJB\
CGogAUEEQQQQsgEgAkEANgIcIAIgAikDCDcCFCACQRRqIgQgARC4AiAEKAIEIAQoAggiBUECdGoh\
BgNAIAEgA0cEQCAGIAM2AgAgBkEEaiEGIAVBAWohBSADQQFqIQMMAQsLIAQgBTYCCCAAIAIoAhw2\
AgggACACKQIUNwIAIAJBIGokAAsDAAALXgIBfwJ+IAAtABwhASAAQQA6ABwCQCABDQAgACgCGCIB\
RQ0AIAApAwAiAkIBQT8gASABQT9PG62GIgODUEUEQCAAKAIUIgEgASgCAEEBajYCAAsgACACIAOE\
NwMACwtcAQF/IwBBEGsiBCQAIARBADYCACAEIAI2AgQgBCADNgIMIARBADYCCCAABEAgACACIAMg\
ASgCEBEEACAEQRBqJAAPCyAEQQhqEOMCIAQQ4wJBkJrBAEEyEKEDAAtdAQJ/AkAgAEEEaygCACIC\
QXhxIgNBBEEIIAJBA3EiAhsgAWpPBEAgAkEAIAMgAUEnaksbDQEgABAVDwtBuJzBAEEuQeicwQAQ\
2gIAC0H4nMEAQS5BqJ3BABDaAgALYgECfyMAQRBrIgMkACADQQA2AgwgA0EuIANBDGoQyAEgAygC\
BCEEIAAgAjYCECAAQQA2AgwgACACNgIIIAAgATYCBCAAIAQ6ABggAEEuNgIAIAAgAygCDDYCFCAD\
QRBqJAALVQEBfwJAIAEgAkEBaiIETQ0AIAEgAkF/c2pBDGwiAUUNACAAIARBDGxqIAAgAkEMbGog\
AfwKAAALIAAgAkEMbGoiACADKAIINgIIIAAgAykCADcCAAtQAQJ/IAAoAgghAiAAAn9BASABQYAB\
SQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIDELcCIAEgACgCBCAAKAIIahBdIAAgAiADajYC\
CAtSAQF/IwBBEGsiAiQAIAJBCGogARBNIAAgAigCCEEBRwR/QYCAxAAFIAEoAgggASgCBGogASgC\
AGshASACKAIMCzYCBCAAIAE2AgAgAkEQaiQAC1YBAX8gAkEDdCECIAAoAgAhAyAAKAIEIQADQAJA\
IAJFDQAgACABQQRqKAIARgRAIAEoAgAgAyAAEL4BRQ0BCyABQQhqIQEgAkEIayECDAELCyACQQBH\
C1ABA38CQCABLQAIDQAgASgCACIDIAEoAgQiBEsNACADIARPBEBBASECIAFBAToACAwBC0EBIQIg\
ASADQQFqNgIACyAAIAM2AgQgACACNgIAC1sCAX8CfiAALQAcIQEgAEEAOgAcAkAgAQ0AIAAoAhgi\
AUUNACAAKQMAIgJCAUE/IAEgAUE/TxuthiIDg1BFBEAgACgCFEHCscAAQQEQ2gELIAAgAiADhDcD\
AAsLXQEBfyMAQRBrIgMkAAJAAkACQCACDgICAAELIAMgACABKAIAIAEoAgQQYCADEOACDAELIAAg\
ASgCACABKAIEEHciAEUNACAAIAFBCGogAkEBaxCwAQsgA0EQaiQAC34BAn8jAEEQayICJAAgAiAA\
NgIMIAAoAgwgACgCBCIBa0EMbiEAA0AgAARAIABBAWshACABEIoDIAFBDGohAQwBCwsjAEEQayIA\
JAAgACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQiAMgAEEQaiQAIAJBEGokAAtUAQF/\
AkACQCAAKAIAIAAoAggiA2sgAkkEQCAAIAMgAhBnIAAoAgghAwwBCyACRQ0BCyACRQ0AIAAoAgQg\
A2ogASAC/AoAAAsgACACIANqNgIIQQALWwECfwJAAkAgASgCCCICRQRAQQEhAQwBCyABKAIEIQMg\
AkEBENACIgFFDQEgAkUNACABIAMgAvwKAAALIAAgAjYCCCAAIAE2AgQgACACNgIADwtBASACENEC\
AAu1AwEKfyMAQSBrIgQkACAEQQhqIQUjAEEwayIDJAAgASgCACECIAEoAgQhCQNAAkACQAJAIAIg\
CUYEQEGAgICAeCECDAELIAEgAkEcajYCACADIAJBDGoiCjYCFCADIAJBBGopAgA3AgwgA0EYaiEG\
IwBBQGoiAiQAIAJBBGogA0EMaiIHKAIAIgggBygCBCIHEB4gAigCCCACKAIMEIUBIQsgAiAHNgIg\
IAIgCDYCHCACIAIpAgQ3AxAgAiACKAIMNgIYAkAgC0UEQCAGQYCAgIB4NgIAIAJBEGoQigMMAQsg\
AkEoaiAIIAcQlwEgBiACKQIoNwIAIAIgAikCBDcCNCAGIAIpAjA3AgggAiACKAIMNgI8IAYgAikC\
ODcCEAsgAkFAayQAIAMoAhgiAkGAgICAeEYNASAFIAMoAiw2AhQgBSADKQIkNwIMIAUgAykCHDcC\
BAsgBSACNgIAIANBMGokAAwBCyAKQRBqIQIMAQsLAkAgBCgCCEGAgICAeEcEQCAAIAQpAhg3AhAg\
ACAEKQIQNwIIIAAgBCkCCDcCAAwBCyAAQYCAgIB4NgIACyAEQSBqJAALVwACQCABIAIQrAIiAQRA\
IAEtAABBAUcNASAAQQI2AgAgACABLQABOgAEDwsgAEECNgIAIAAgAi0AASACLQAAQQFGcToABA8L\
IAAgAkHMjcEAQQ0gARB8C8IBAQZ/IwBBIGsiBCQAIAQgATYCDCAEIAI2AhAgAS8BigEhAyAEQQA6\
ABwgBCADNgIYIARBADYCFCMAQSBrIgMkACADIARBFGoiBSgCCDYCGCADIAUpAgA3AxAgBEEMaigC\
ACIFQYwBaiEGA0AgA0EIaiADQRBqEKYBIAMoAghBAUYEQCAGIAMoAgwiB0ECdGooAgAiCCAHOwGI\
ASAIIAU2AgAMAQsLIANBIGokACAAIAI2AgQgACABNgIAIARBIGokAAtOAAJAIANFDQACQCACIANN\
BEAgAiADRw0BDAILIAEgA2osAABBv39KDQELIAEgAiADIAIgBBDsAgALIAAgAiADazYCBCAAIAEg\
A2o2AgALWQEBfwJAAkACQCAALQAAQQRrDgIAAQILIAAoAgxBBHQhAyAAKAIIIQADQCADRQ0CIAAg\
ASACELABIANBEGshAyAAQRBqIQAMAAsACyAAQQRqIAEgAhCoAQsLVAEBfwJAAkAgACgCACAAKAII\
IgNrIAJJBEAgACADIAIQbyAAKAIIIQMMAQsgAkUNAQsgAkUNACAAKAIEIANqIAEgAvwKAAALIAAg\
AiADajYCCEEAC1EBAX8jAEEQayIEJAAgBEEEaiABQQAgAiADEGEgBCgCCCEBIAQoAgRBAUYEQCAB\
IAQoAgwQ0QIACyAAIAQoAgw2AgQgACABNgIAIARBEGokAAtPAQF/IwBBIGsiAyQAIAMgATYCDCAD\
IAA2AgggAyADQQhqrUKAgICAEIQ3AxggAyADQQxqrUKAgICAEIQ3AxBB1oTAACADQRBqIAIQ8gEA\
C08BAX8jAEEgayIDJAAgAyABNgIIIAMgADYCDCADIANBDGqtQoCAgIAQhDcDGCADIANBCGqtQoCA\
gIAQhDcDEEH1n8AAIANBEGogAhDyAQALkQEBA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEI\
aiAAIAAoAgBBAUEEQRwQWCACKAIIIgRBgYCAgHhHBEAgBCACKAIMENECAAsgAkEQaiQACyAAKAIE\
IANBHGxqIgIgASgCGDYCGCACIAEpAhA3AhAgAiABKQIINwIIIAIgASkCADcCACAAIANBAWo2AggL\
VgEBfyMAQRBrIgIkACACQQhqIAFBDGoQogMgAiACKAIIIAIoAgwgASgCGCABKAIcQdyuwAAQcyAC\
KAIEIQEgACACKAIANgIAIAAgATYCBCACQRBqJAALTQECfwJAIAJB/////wNGIAJB/////wNLcg0A\
IAEoAmQgAkECdCICQQRqSQ0AIAEoAmAgAmooAAAhBEEBIQMLIAAgBDYCBCAAIAM2AgALAwAACwMA\
AAsDAAALSAACQAJAIAFFDQAgASADTwRAIAEgA0YNAQwCCyABIAJqLAAAQUBIDQELIAAgATYCBCAA\
IAI2AgAPCyACIANBACABIAQQ7AIAC9ABAQZ/IAAoAgAiA0EEaiADLwGKASIEQQFqIgcgACgCCCIF\
IAEQogEgA0GMAWohBgJAIAVBAWoiAUEBaiIFIARBAmoiBE8NACAEIAFBf3NqQQJ0IghFDQAgBiAF\
QQJ0aiAGIAFBAnRqIAj8CgAACyAGIAFBAnQiBWogAjYCACADIAc7AYoBIAQgASABIARJGyECIAUg\
ACgCACIDakGMAWohAANAIAEgAkcEQCAAKAIAIgYgATsBiAEgBiADNgIAIABBBGohACABQQFqIQEM\
AQsLC0kBAX8jAEEQayIEJAAgBEEANgIIIAQgAjYCDCAABEAgACACIAMgASgCEBEEACAEQRBqJAAP\
CyAEQQhqEOMCQZCawQBBMhChAwALQwEDfwJAIAJFDQADQCAALQAAIgQgAS0AACIFRgRAIABBAWoh\
ACABQQFqIQEgAkEBayICDQEMAgsLIAQgBWshAwsgAwtLAQN/IAAoAhQhAiAAKAIcIQEgACgCGCED\
A0ACQCABIANJBEAgASACai0AAEEwa0H/AXFBCkkNAQsPCyAAIAFBAWoiATYCHAwACwALdAEFfyMA\
QRBrIgIkACACQQhqIgQgASgCCCIDIAEoAgQiBUkEfyABKAIAIANqLQAABUEACzoAASAEIAMgBUk6\
AAAgAi0ACCIDBEAgAi0ACSEGIAEgASgCCEEBajYCCAsgACAGOgABIAAgAzoAACACQRBqJAALVgEC\
fyMAQRBrIgIkACAAEKcBIAAoAhQiA0H8scAAQQEQ2gEgAkEIaiABEMUCIAMgAigCCCACKAIMENoB\
IANB8JbBAEECENoBIABBAToAHCACQRBqJAALRwEBfyMAQRBrIgMkACADQQA2AgggAyACNgIMIAAE\
QCAAIAIgASgCEBEDACADQRBqJAAPCyADQQhqEOMCQZCawQBBMhChAwALAwAACwMAAAsDAAALSgEB\
fyMAQSBrIgQkACAEQQA2AhwgBEEQaiADIARBHGoQyAEgBEEIaiAEKAIQIAQoAhQgASACEJsCIAAg\
BCkDCDcDACAEQSBqJAALSgEDfyMAQRBrIgIkACAAEJ4BIAAoAhQiAygCACEEIAJBCGogARDFAiAC\
KAIMIQEgAEEBOgAcIAMgASAEakEDajYCACACQRBqJAALOQAgASACEF0gAAJ/QQEgAUGAAUkNABpB\
AiABQYAQSQ0AGkEDQQQgAUGAgARJGws2AgQgACACNgIACz8AIAAoAgAgA0H4qMAAEKACKAIEIgBB\
f0YEf0EABSAAIAJPBEAgACACQYipwAAQswEACyAAIAFqLQAAC0EBcQuHAQEDfyAAKAIIIgMgACgC\
AEYEQCMAQRBrIgIkACACQQhqIAAgACgCAEEBQQRBGBBYIAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ\
0QIACyACQRBqJAALIAAoAgQgA0EYbGoiAiABKQIQNwIQIAIgASkCCDcCCCACIAEpAgA3AgAgACAD\
QQFqNgIIC6QCAQV/IwBBEGsiAyQAIAAoAgBBgICAgHhGBEAgA0EEaiEEIAAoAgwhAiMAQdAAayIB\
JAAgAUEIaiACELYBIAFBADYCTCABQQA2AjggAUKAgICAwAA3AjAgASABKAIMIgI2AkggASABKAII\
IgU2AkQgASACNgJAIAEgBTYCPCABQRRqIAFBMGpBABANAkAgASgCFCICQQJHIAEtABgiBUEFR3JF\
BEAgBCABKAIkNgIIIAQgASkCHDcCAAwBCyAEQQA2AgggBEKAgICAwAA3AgAgAkECRwRAIAFBFGoQ\
vQIMAQsgBUEFRg0AIAFBGGoQ7QELIAFBMGoQiwMgAUHQAGokACAAEOICIAAgAygCDDYCCCAAIAMp\
AgQ3AgALIANBEGokACAAC0EBAX8jAEEQayIDJAAgA0EEaiAAIAEgAhDTAQJAIAMoAghFDQAgAygC\
DCIARQ0AIAMoAgQgABCgAQsgA0EQaiQACwkAIABBCBC6AwsJACAAQQQQugMLQgEDfyAAKAIAIQIg\
ACgCBCEDA0AgAyACIgFHBEAgACABQQFqIgI2AgAgAS0AAEE6a0H/AXFB9QFLDQELCyABIANHCwkA\
IABBFBC6AwtMAQF/IAAoAgAiACABQcyywAAQpQIiAygCACADKAIEIAAgAkHcssAAEKUCIgAoAgAg\
ACgCBBCGAiIAIAEgAksgASACSWsgAEH/AXEbCzoBAX8CQCABaUEBRw0AIAFBACAAQYCAgIB4IAFr\
TRsiAkUNACAABEAgACACENACIgFFDQELIAEPCwALQAEDf0EEIQUCQCADRQ0AIAEoAgAiBkUNACAA\
IAI2AgQgACABKAIENgIAIAMgBmwhBEEIIQULIAAgBWogBDYCAAtEAQF/IwBBEGsiBSQAIAVBCGog\
AiADIAEoAgQgASgCCCAEEPUBIAUoAgwhASAAIAUoAgg2AgAgACABNgIEIAVBEGokAAu+AwEGfyMA\
QRBrIgUkACAFIAM2AgAgBSABNgIEIAUgASACQQN0ajYCCCAFIAU2AgwjAEEgayIDJAAgAyAFQQRq\
IgEoAgg2AhggAyABKQIANwMQIANBBGohBiMAQUBqIgEkACABQRRqIANBEGoiBBCPAQJAIAEoAhRB\
gICAgHhHBEAgAUEEQQRBHBCyASABKAIAIQcgASgCBCICIAEpAhQ3AgAgAiABKAIsNgIYIAIgASkC\
JDcCECACIAEpAhw3AgggAUEBNgIQIAEgAjYCDCABIAc2AgggASAEKAIINgI4IAEgBCkCADcDMCAB\
QQhqIQQgAUEwaiEJIwBBIGsiAiQAA0ACQCACQQRqIAkQjwEgAigCBEGAgICAeEYNACAEKAIIIggg\
BCgCAEYEQCAEELsCCyAEKAIEIAhBHGxqIgcgAigCHDYCGCAHIAIpAhQ3AhAgByACKQIMNwIIIAcg\
AikCBDcCACAEIAhBAWo2AggMAQsLIAJBIGokACAGIAEoAhA2AgggBiABKQIINwIADAELIAZBADYC\
CCAGQoCAgIDAADcCAAsgAUFAayQAIAAgBhAQIANBIGokACAFQRBqJAALRwECfyAAKAIAIgEoAgAi\
ACAAKAIAIgBBAWo2AgAgASgCBCIBKAIIIgIgAE0EQCAAIAJB4LDAABCzAQALIAEoAgQgAGotAAAL\
nAIBBH8gABCnAQJAIAAtAB1FDQAgACgCFCICKAIIIQUCQAJAAkACQAJAQQMgASgCACIDQYCAgIB4\
cyADQQBOG0EBaw4DAAEDAgsgAkHEscAAIAFBBGpBABAzDAMLIAJBl7nAAEEEEIEDDAILIAIgASgC\
CCABKAIMENoBDAELIAJBwLHAAEEBENoBIAJBvKfAAEEBIAEtAAwiAxtBCEEAIAMbEIEDIAEoAghB\
A3QhAyABKAIEIQQDQCADBEAgAkHCscAAQQEQ2gEgAiAEKAIAIAQoAgQQgQMgA0EIayEDIARBCGoh\
BAwBCwsgAkHBscAAQQEQ2gELIAEoAgBBgICAgHhHDQAgACAFNgIMIABBATYCCCAAIAIoAgg2AhAL\
C0EBAX8jAEEQayIFJAAgBUEIaiAAIAEgAiADIAQQWCAFKAIIIgBBgYCAgHhHBEAgACAFKAIMENEC\
AAsgBUEQaiQAC30BA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEEQQwQ\
WCACKAIIIgRBgYCAgHhHBEAgBCACKAIMENECAAsgAkEQaiQACyAAKAIEIANBDGxqIgIgASgCCDYC\
CCACIAEpAgA3AgAgACADQQFqNgIICzwBAX8gACACELcCIAAoAgghAyAAIAIEfyACBEAgACgCBCAD\
aiABIAL8CgAACyAAKAIIBSADCyACajYCCAupAgEEfyMAQSBrIgYkACAGIAQ2AhwgBiADNgIYIAYg\
AjYCFCAGIAE2AhAgBiAFNgIMQQAhASMAQRBrIgUkACAFIAZBDGo2AgwCQCAAIgMoAggiB0UNACAA\
KAIEIgghBANAIAVBDGogBBBtBEAgBEEcaiEEIAcgAUEBaiIBRw0BDAILCyAEEPgCIAhBHGohCSAB\
IQIDQCABQQFqIQAgCSABQRxsaiEEA0AgACAHTwRAIAMgAjYCCAwDCyAFQQxqIAQQbUUEQCAAQQFq\
IQAgBBD4AiAEQRxqIQQMAQsLIAggAkEcbGoiASAEKAIYNgIYIAEgBCkCEDcCECABIAQpAgg3Aggg\
ASAEKQIANwIAIAJBAWohAiAAIQEMAAsACyAFQRBqJAAgBkEgaiQACzoBAX8gAUEdTQR/QeQAIAAo\
AgAiACAAQQxqIAJB/KXAABCgAigCABCWAiIAIABB5ABPG0EDagVBAAsLfQEDfyAAKAIIIgMgACgC\
AEYEQCMAQRBrIgIkACACQQhqIAAgACgCAEEBQQRBEBBYIAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ\
0QIACyACQRBqJAALIAAoAgQgA0EEdGoiAiABKQIINwIIIAIgASkCADcCACAAIANBAWo2AggLQAEB\
fyMAQSBrIgEkACABIAAoAhg2AhggASAAKQIQNwMQIAEgACkCCDcDCCABIAApAgA3AwAgARBKIAFB\
IGokAAs0AQJ/IwBBEGsiAiQAIAJBCGogABDAASACLQAJIQAgAi0ACCACQRBqJAAgACABQf8BcUZx\
C0ABAX8jAEEgayIDJAAgAyACNgIcIAMgATYCGCADIAI2AhQgA0EIaiADQRRqEJQBIAAgAykDCDcD\
ACADQSBqJAALRgECfyABKAIEIQIgASgCACEDQQhBBBDQAiIBRQRAQQRBCBCkAwALIAEgAjYCBCAB\
IAM2AgAgAEG4ncEANgIEIAAgATYCAAs2AQF/IAAgAUHBAGtBX3FBCmogAUEwayIDIAJBCksbIAMg\
AUE5SxsiATYCBCAAIAEgAkk2AgALOgEBfyAAKAIEIAEoAgQgACgCCCIAIAEoAggiASAAIAFJGxC+\
ASICIAAgAWsgAhsiAEEASiAAQQBIaws5AQJ/IAAgASgCACIDIAEoAgQiAkcEfyABIAJBAWsiATYC\
BCABLQAABSABCzoAASAAIAIgA0c6AAALPAAgAiADSQRAQZySwQBBEyAEEPIBAAsgACADNgIEIAAg\
ATYCACAAIAIgA2s2AgwgACABIANBA3RqNgIICzQAIAEgAksgAiAES3JFBEAgACACIAFrNgIEIAAg\
AyABQQJ0ajYCAA8LIAEgAiAEIAUQOAALPgEBfyMAQRBrIgUkACAFQQhqQQAgASACIAMgBBD1ASAF\
KAIMIQEgACAFKAIINgIAIAAgATYCBCAFQRBqJAALOwAgABCnASAAKAIUIAFBARDaASAAIAAoAhhB\
AWoiATYCGCAAIAApAwBCfkE/IAEgAUE/TxutiYM3AwALshACGX8BfiMAQSBrIhEkACARQQRqIQQj\
AEEQayIFJAACQCAAKAIAIgkEQCAFIAkgACgCBCABEHEgBUEEaiEJIAUoAgAEQCAEIAA2AgwgBCAJ\
KAIINgIYIAQgCSkCADcCECAEIAEpAgA3AgAgBCABKAIINgIIDAILIAQgADYCECAEQYCAgIB4NgIA\
IAQgCSgCCDYCDCAEIAkpAgA3AgQgARCKAwwBCyAEQQA2AhAgBCAANgIMIAQgASgCCDYCCCAEIAEp\
AgA3AgALIAVBEGokACARKAIEQYCAgIB4RwRAIwBBEGsiDSQAIwBBIGsiCiQAAkAgBCgCEARAIApB\
DGohDiAEQQxqIRQjAEHgAGsiAiQAIAJBEGohByMAQUBqIgMkAAJAIAQiCUEQaiILKAIAIgwvAYoB\
QQtPBEAgA0EYaiEEIANBHGohBUEEIQACQCALKAIIIgFBBUkNACADQSBqIANBJGohCAJ/AkACQCAB\
IgBBBWsOAgMBAAtBBiEAIAFBB2sMAQtBBSEAQQALIQEhBCAIIQULIAMgADYCCCADIAw2AgAgAyAL\
KAIENgIEENgCIgBBADsBigEgAEEANgIAIANBDGoiBiADIAAQXCAGQQA2AhggBiAANgIUIAYgAykC\
ADcCDCADIAE2AjAgAyAFKAIANgIsIAMgBCgCADYCKCADQTRqIANBKGogCRDqASADKQI0IRsgAygC\
PCEAIAcgAygCJDYCGCAHIAMpAhw3AhAgByADKQIUNwIIIAcgAykCDDcCACAHIAA2AiQgByAbNwIc\
DAELIANBNGogCyAJEOoBIAdBgICAgHg2AgAgByADKAI8NgIkIAcgAykCNDcCHAsgA0FAayQAAkAC\
QAJAIAIoAhBBgICAgHhHBEAgAiACKQIQNwNIIAIgAigCGDYCUCACKAIcIQAgAigCICEFIAIoAigh\
ASACKAIkIQcgAigCMCEVIAIoAiwhFiACKAI0IRcDQCAAKAIAIgRFBEAgAiACKAJQNgIYIAIgAikD\
SDcDECACIAE2AiggAiAHNgIkIAIgBTYCICACIAA2AhwgFCgCACIEKAIAIghFDQMgAkEIaiEGIAQo\
AgQhAyMAQRBrIgAkABDZAiIFIAg2AowBIAVBADsBigEgBUEANgIAAkAgA0EBaiIIBEAgAEEIaiAF\
IAgQrgEgACgCDCEFIAYgACgCCDYCACAGIAU2AgQgAEEQaiQADAELQZiUwQAQhQMACyACKAIIIQAg\
BCACKAIMIgU2AgQgBCAANgIAIAIgBTYCXCACIAA2AlggAkEQaiEEAkACQCABIAJB2ABqIgAoAgRB\
AWtGBEAgACgCACIALwGKASIBQQtPDQEgACABQQFqIgU7AYoBIAAgAUEMbGoiASAEKAIINgIMIAEg\
BCkCADcCBCAAIAVBAnRqIAc2AowBIAcgBTsBiAEgByAANgIADAILQciTwQBBMEH4k8EAENoCAAtB\
mJPBAEEgQYiUwQAQ2gIACwwECyACIAQ2AjwgAiAALwGIATYCRCACIAVBAWo2AkAgAkEQaiELIAJB\
yABqIRMjAEFAaiIDJAACQAJAIAEgAkE8aiIGKAIEIgxBAWtGBEAgBigCACIPLwGKAUELSQ0BIANB\
JGohBSADQShqIQRBBCEAAkAgBigCCCIBQQVJDQAgA0EsaiADQTBqIQgCfwJAAkAgASIAQQVrDgID\
AQALQQYhACABQQdrDAELQQUhAEEACyEBIQUgCCEECyADIAA2AhQgAyAMNgIQIAMgDzYCDCMAQSBr\
IgAkACADQQxqIgwoAgAiDy8BigEhEhDZAiIGQQA7AYoBIAZBADYCACAAQRRqIAwgBhBcIAYvAYoB\
IghBAWohECAIQQxPBEBBACAQQQxB8JTBABA4AAsgA0EYaiEIIA8gDCgCCCIYQQJ0akGQAWohGSAG\
QYwBaiEaAkAgECASIBhrIhJGBEAgEkECdCIQBEAgGiAZIBD8CgAACwwBC0GolMEAQShB0JTBABDa\
AgALIABBCGogBiAMKAIEIgYQrgEgACkDCCEbIAggBjYCECAIIA82AgwgCCAAKQIUNwIAIAggACgC\
HDYCCCAIIBs3AhQgAEEgaiQAIAMgATYCPCADIAQoAgA2AjggAyAFKAIANgI0IANBNGogEyAHELwB\
IAsgAygCMDYCGCALIAMpAig3AhAgCyADKQIgNwIIIAsgAykCGDcCAAwCC0GAlcEAQTVBuJXBABDa\
AgALIAYgEyAHELwBIAtBgICAgHg2AgALIANBQGskACACKAIQQYCAgIB4Rg0DIAIgAikCEDcDSCAC\
IAIoAhg2AlAgAigCHCEAIAIoAiAhBSACKAIoIQEgAigCJCEHDAALAAsgDiACKAI0NgIIIA4gAikC\
LDcCAAwCC0GIk8EAEIUDAAsgDiAXNgIIIA4gFTYCBCAOIBY2AgALIAJB4ABqJAAgCSgCDCEADAEL\
IAQoAgwhABDYAiIBQQA7AYoBIAFBADYCACAKQQA2AgQgCiABNgIAIAooAgAhASAAQQA2AgQgACAB\
NgIAIAogATYCGCAKQQA2AhwgCkEYaiIGKAIAIgEvAYoBIgVBC08EQEGYk8EAQSBBuJPBABDaAgAL\
IAEgBUEBajsBigEgCkEMaiIJIAU2AgggCSABNgIAIAkgBigCBDYCBCABIAVBDGxqIgEgBCgCCDYC\
DCABIAQpAgA3AgQLIA0gADYCDCANIAooAhQ2AgggDSAKKQIMNwIAIAAgACgCCEEBajYCCCAKQSBq\
JAAgDSgCABogDUEQaiQACyARQSBqJAALRQEDfyABKAIAIgNBBGogAy8BigFBAWoiBCABKAIIIgUg\
AhCiASADIAQ7AYoBIAAgBTYCCCAAIAM2AgAgACABKAIENgIECzYAAkAgA2lBAUcNACADQQAgAUGA\
gICAeCADa00bIgNFDQAgACABIAMgAhAUIgBFDQAgAA8LAAs3AQJ/IAAgASgCACICIAEoAgQiA0cE\
fyABIAJBAWo2AgAgAi0AAAUgAQs6AAEgACACIANHOgAAC0EAAkACQAJAAkACQCAALQAADgUBAQID\
BAALIABBBGoQkwMLDwsgAEEEahCKAw8LIABBBGoQigMPCyAAQQRqEJYDC4EEAQ5/IwBBEGsiByQA\
IAdBCGohDCMAQRBrIgQkACAEIAFBCGo2AgQgASIOKAIAIQEgDigCBCEPA0ACQCABIA9GBEBBACEJ\
DAELIA4gAUEIaiICNgIAIAEoAgAhCSAEIAFBBGooAgAiDTYCDCAEIAk2AgggAiEBIARBBGooAgAi\
AigCACACKAIIIgUtAAAgBEEIaiIDKAIAIgggAygCBCIGIAIoAgQoAhQRCAAEfwJ/IAIoAgwiAigC\
KCEDIAIoAixBvKfAAEEAIAUtAAAbIQsjAEEwayICJAAgAiAGNgIYIAIgCDYCFEEMbCEFA0AgBUEA\
RyEIAkACQCAFRQ0AIAIgAzYCHCALBEAgAkEINgIkIAIgCzYCICACQRxqIAJBIGoQjwIEQEEBIQgM\
AgsgAkEIaiALQQggA0EEaigCACADQQhqKAIAEJsCIAIoAggiBkUNAiACIAYgAigCDEEuEMYBIAIo\
AgAiBkUNAiACKAIEIQogAiAGNgIoIAIgCjYCLCACQShqIAJBFGoQ0wINAQwCCyACQRxqIAJBFGoQ\
jwJFDQELIAJBMGokACAIDAILIANBDGohAyAFQQxrIQUMAAsAC0EBcwVBAAtFDQELCyAMIA02AgQg\
DCAJNgIAIARBEGokACAHKAIMIQEgACAHKAIINgIAIAAgATYCBCAHQRBqJAALPAECfyAAKAIIIgMg\
ACgCAEYEQCAAEM0BCyAAKAIEIANBA3RqIgQgAjYCBCAEIAE2AgAgACADQQFqNgIIC0MBAX8CQAJA\
AkACQEEDIAAoAgAiAUGAgICAeHMgAUEAThsOAwECAwALIAAQiQMPCyAAQQRqEIoDDwsgAEEEahCT\
AwsLMwECfyMAQRBrIgEkACABQQhqIAAQwAIgASgCCCABKAIMIQIgAUEQaiQAQQBHIAJBAEdxC94B\
AgF/AX4jAEEgayIDJAAgAyABNgIQIAMgADYCDCADQQE7ARwgAyACNgIYIAMgA0EMajYCFCMAQRBr\
IgEkACADQRRqIgApAgAhBCABIAA2AgwgASAENwIEIwBBEGsiACQAIAFBBGoiASgCACICKAIEIgNB\
AXEEQCACKAIAIQIgACADQQF2NgIEIAAgAjYCACAAQeCbwQAgASgCBCABKAIIIgAtAAggAC0ACRBZ\
AAsgAEGAgICAeDYCACAAIAE2AgwgAEH8m8EAIAEoAgQgASgCCCIALQAIIAAtAAkQWQALQQEBfyMA\
QRBrIgAkACAAQTU2AgQgAEHolcEANgIAIAAgAK1CgICAgNAPhDcDCEGKi8AAIABBCGpBoJbBABDy\
AQALNAECfyMAQRBrIgEkACABQQhqIAAQTiABKAIIIQAgASgCDCABQRBqJABBgIDEACAAQQFxGwsx\
ACABIAJLIAIgBEtyRQRAIAAgAiABazYCBCAAIAEgA2o2AgAPCyABIAIgBCAFEDgACzkBAX8jAEEQ\
ayICJAAgAkEIaiABQRNqEMUCIAIoAgwhASAAIAIoAgg2AgAgACABNgIEIAJBEGokAAs8ACACIANJ\
BEBBnJLBAEETQdiVwQAQ8gEACyAAIAM2AgQgACABNgIAIAAgAiADazYCDCAAIAEgA2o2AggLOQAg\
AiADSQRAQZySwQBBEyAEEPIBAAsgACADNgIEIAAgATYCACAAIAIgA2s2AgwgACABIANqNgIICzkC\
AX8BfiMAQRBrIgIkACACQQhqIAFBAUEBELIBIAIpAwghAyAAQQA2AgggACADNwIAIAJBEGokAAs0\
AQF/IwBBEGsiASQAIAFBADYCDCABIAAgAUEMahDIASABKAIAIAEoAgQQ/wIgAUEQaiQACzEBAX8g\
ACgCACIAIAEoAgAiAnJFIQEgAEUgAkVyBH8gAQUgAC0AACACLQAARgtBAXMLOAEBfyABKAIAIgME\
QCAAIAEvAYgBNgIIIAAgAkEBajYCBAsgACADNgIAIAFBvAFBjAEgAhsQoAELPwAgACgCAEGAgICA\
eEcEQCABIAAoAgQgACgCCBDoAg8LIAEoAgAgASgCBCAAKAIMKAIAIgAoAgAgACgCBBAfCzgAAkAg\
AkGAgMQARg0AIAAgAiABKAIQEQMARQ0AQQEPCyADRQRAQQAPCyAAIAMgBCABKAIMEQQAC3QBA38g\
ACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEEQegAEFggAigCCCIEQYGAgIB4\
RwRAIAQgAigCDBDRAgALIAJBEGokAAsgACgCBCADQegAbGogAUHoAPwKAAAgACADQQFqNgIICzMB\
AX8gACgCCCICIAAoAgBGBEAgABDOAQsgACgCBCACQQJ0aiABNgIAIAAgAkEBajYCCAtAAQF/IAEo\
AgAiASACQZipwAAQoAItABAhAyABIAJBqKnAABCgAiEBIAAgAzoABCAAIAI2AgggACABKAIINgIA\
CzYAIAAoAgAiACABQfCwwAAQowIgACACQYCxwAAQowIQ4wEiACABIAJLIAEgAklrIABB/wFxGws1\
AQF/IwBBEGsiASQAIAEgACgCACIAKAIANgIMIAEgACgCCDYCCCABQQhqEJcDIAFBEGokAAs2AQF/\
IAEoAgAiA0H/////B08EQCACEJUCAAsgASADQQFqNgIAIAAgATYCBCAAIAFBBGo2AgALYwACQCAC\
RQ0AIANFBEAgAiABENACIQEMAQsCQAJ/IAFBCU8EQCABIAIQLQwBCyACEAkLIgFFDQAgAUEEay0A\
AEEDcUUgAkVyDQAgAUEAIAL8CwALCyAAIAI2AgQgACABNgIACygAIAAgAiABIAMgASADSRsQvgEi\
ACABIANrIAAbIgBBAEogAEEASGsLKgAgASADTQRAIAAgAyABazYCBCAAIAEgAmo2AgAPCyABIAMg\
AyAEEDgACykAIAEgA0YEQCABQQJ0IgEEQCAAIAIgAfwKAAALDwsgASADIAQQtAEACzcAIAAQngEC\
QCAALQAdRQ0AIAEgACgCFBBWIAEoAgBBgICAgHhHDQAgAEEANgIQIABCATcDCAsLLQEBfyMAQRBr\
IgEkACABIABBCGs2AgwgAUEMaiIAEJsBIAAQwwIgAUEQaiQAC7MBAQJ/IwBBEGsiACQAIAEoAgBB\
yJ3BAEELIAEoAgQoAgwRBAAhAyAAQQhqIgJBADoABSACIAM6AAQgAiABNgIAIAIiAS0ABCECIAEt\
AAUEQCABAn9BASACQQFxDQAaIAEoAgAiAS0ACkGAAXFFBEAgASgCAEG9p8EAQQIgASgCBCgCDBEE\
AAwBCyABKAIAQbynwQBBASABKAIEKAIMEQQACyICOgAECyACQQFxIABBEGokAAueAgEEfyMAQRBr\
IgQkABBBIgUgACYBIwBB0ABrIgMkACADIAE2AhQgAyAFNgIQIAMgAjYCGCADIANBzwBqIgE2AkQg\
AyABNgJAIAMgA0EYajYCPCADIANBFGo2AjggAyABNgI0IAMgATYCMCADIAE2AiwgAyADQRBqNgIo\
IANBHGogA0EoahBCAn8gAygCHEGAgICAeEYEQEEBIQEgAygCICECQQAMAQsgAyADKAIkNgIwIAMg\
AykCHDcDKCADQQhqIANBKGoQlAEgAygCDCEGQQAhAkEAIQEgAygCCAshBSAEIAE2AgwgBCACNgII\
IAQgBjYCBCAEIAU2AgAgA0HQAGokACAEKAIAIAQoAgQgBCgCCCAEKAIMIARBEGokAAswAQF/IwBB\
EGsiASQAIAFBADYCDCABQQxqQeCxwAAgAEEAEEkgASgCDCABQRBqJAALKAEBfwJAIABFDQAgAC0A\
ACIAQSJGIABB3ABGcg0AIABBH0shAQsgAQssAQJ/IAEoAgQiAyAAKAIAIgAoAghGBH8gACgCBCAB\
KAIAIAMQvgEFQQELRQsqAQF/IwBBEGsiAyQAIAMgACgCADYCDCADQQxqIAEgAhDRASADQRBqJAAL\
KgEBfyMAQRBrIgMkACADIAAoAgA2AgwgA0EMaiABIAIQggIgA0EQaiQACykBAX8jAEEQayIDJAAg\
AyAAKAIANgIMIANBDGogASACEF8gA0EQaiQACzABAX8jAEEQayIAJAAgACAAQQ9qrUKAgICA4AyE\
NwMAQbeJwAAgAEGMksEAEPIBAAsOACAAQoCAgICAEBC8AwsOACAAQoCAgICQEBC8AwsiACABQX9G\
BH8gAEEYagUgACABQYymwAAQoQJBDGoLKAIACy0BAX8jAEEQayICJAAgAkEIaiABEMUCIAAgAigC\
CCACKAIMEOoCIAJBEGokAAstAQF/IwBBEGsiAiQAIAJBCGogARDFAiAAIAIoAgggAigCDBDrAiAC\
QRBqJAALMAEBfyABQQhrIgIgAigCAEEBaiICNgIAIAJFBEAACyAAIAE2AgQgAEHUmsEANgIAC7UD\
AQR/IwBBEGsiBSQAIwBB0ABrIgMkACADIAE2AhQgAyAANgIQIAMgAjYCGCADIANBzwBqIgA2Akgg\
AyAANgJEIAMgADYCQCADIANBGGo2AjwgAyAANgI4IAMgADYCNCADIAA2AjAgAyADQRRqNgIsIAMg\
ADYCKCADIAA2AiQgAyAANgIgIAMgA0EQajYCHCMAQRBrIgEkACABQQhqIQICfyADQRxqIgAoAgAo\
AgBBHUcgACgCECgCAEGAgAFHciAAKAIgKAIAQRtHckUEQCMAQRBrIgAkAEEAQey2wAAoAgARBQAi\
BkUEQBCTAgALIABBCGogBhCdAiAAKAIMIQYgACAAKAIIIgRBACAEKAIEa0EDcSIEIARBgIABckGA\
t8AAENQBIAAoAgAhBCAGIAYoAgBBAWo2AgAgAEEQaiQAQQAMAQtBsLXAAEHGABCgAyEEQQELIQAg\
AiAENgIEIAIgADYCACABKAIMIQAgA0EIaiICIAEoAgg2AgAgAiAANgIEIAFBEGokACAFIAMoAggg\
AygCDBCpAiADQdAAaiQAIAUoAgAgBSgCBCAFKAIIIAVBEGokAAsoACADIAQgASACEMQCIQEgACAE\
IAJrNgIEIAAgAiADakEAIAEbNgIACyYBAX9BASEBA38gAEEJTQR/IAEFIAFBAWohASAAQQpuIQAM\
AQsLCy0AIAEoAgBFBEAgAUF/NgIAIAAgATYCBCAAIAFBBGo2AgAPC0HwtsAAEJQCAAskACABIANG\
BEAgAQRAIAAgAiAB/AoAAAsPCyABIAMgBBC0AQALJgECfyAAKAIIIgMgASgCCEYEfyAAKAIEIAEo\
AgQgAxD+AgVBAAsLDQAgACABIAJBFBC5AwsNACAAIAEgAkEEELgDCw0AIAAgASACQQMQuAMLDQAg\
ACABIAJBHBC5AwsNACAAIAEgAkECELgDCw0AIAAgASACQQwQuQMLJwAgABCKAyAAQQxqEJUDIABB\
GGoQlQMgAEEkahCVAyAAQTBqEIoDCyYBAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoQmwEgAUEQ\
aiQACyYBAX8jAEEQayIBJAAgASAAQQhrNgIMIAFBDGoQwwIgAUEQaiQACyYAIAAgATYCCCAAIAJB\
ACABQQFxIgEbNgIEIABBACACIAEbNgIAC9IDAQZ/IAJBAXEEQCAAIAEgAkEBdhCXAQ8LIwBBEGsi\
BSQAAkACQAJAAkACQAJAIAJBAXEEQCACQQF2IQMMAQsgAS0AACIDRQ0BIAEhBANAIARBAWohCAJA\
IAPAQQBIBEAgA0H/AXFBgAFGBEAgBiAILwAAIgRqIQYgBCAIakECaiEEDAILIAggA0EDcUEIeCIE\
QQV0QYCAgIAEcSAEQQd0ckEddmogA0EBdkECcWogA0ECdkECcWohBCAGRSAHciEHDAELIAggA0H/\
AXEiA2ohBCADIAZqIQYLIAQtAAAiAw0AC0EAIQMgByAGQRBJcQ0AQQAhByAGQQF0IgNBAEgNBAsg\
Aw0BC0EBIQRBACEDDAELQQEhByADQQEQ0AIiBEUNAQsgBUEANgIIIAUgBDYCBCAFIAM2AgAgBUGI\
nsEAIAEgAhAfRQ0BIwBBIGsiACQAIABB1gA2AgQgAEGwnsEANgIAIABBoJ7BADYCDCAAIAVBD2o2\
AgggACAAQQhqrUKAgICAsA+ENwMYIAAgAK1CgICAgNAPhDcDEEGiisAAIABBEGpBiJ/BABDyAQAL\
IAcgAxDRAgALIAAgBSgCCDYCCCAAIAUpAgA3AgAgBUEQaiQACycAIAAoAgBBgICAgHhGBEAgAEEE\
ahCWAw8LIAAQkwMgAEEMahCKAwsnACAAIAEoAgwgASgCEBB3IgBFBEBBAA8LIABBACAAQaD+wAAQ\
XhsL7QgCC38DfiMAQRBrIgkkACMAQTBrIgUkACAFIAE2AhggBSAANgIUIAUgBUEvaiIANgIoIAUg\
ADYCJCAFIAVBGGo2AiAgBSAFQRRqNgIcIwBBIGsiByQAIAdBEGogBUEcaiIAKAIAKAIAIAAoAgQo\
AgAQ4AEgBygCECEBIAcgBygCFCIANgIcIAcgATYCGCAHQQhqIQojAEGgAWsiBiQAIAYgADYCDCAG\
IAE2AggCQAJ/IwBBEGsiAiQAQQBBxLbAACgCABEFACIEBEAgAiAEQaC3wAAQhAIgAigCBCEEIAIo\
AgAiCCgCAEGAgICAeEcEQCACIAg2AgwgAkEMaiAGQQhqEI8CIQMLIAQgBCgCAEEBazYCACACQRBq\
JAAgAwwBCxCTAgALDQAgBkEQaiEEIwBBgAFrIgIkACACQSBqIAEgABBqAkAgAigCIEECRwRAIAIg\
AigCODYCcCACIAIpAjA3A2ggAiACKQIoNwNgIAIgAikCIDcDWCACQQM2AnwgAiACQeQAaiIDNgJ4\
IAJByABqQYKKwAAgAkH4AGoQqgIgAkEBOgBUIAMQigMgAiACKQJIIg03AxggAiANNwMIIAIgAikC\
QCIONwMAIAIpAlAhDyAEIA03AhAgBCAONwIIIAQgDzcCGCAEQoCAgIAINwIADAELIAIgAikCJDcD\
WCACIAIpAiw3A2AjAEEwayIDJAACQAJAIAJB2ABqIggtAAAiDARAIAxBBUYNASADIAgQxwIgAyAD\
KQMANwIgIANBAjYCLCADIANBIGo2AiggA0EUakHih8AAIANBKGoQqgIgBEKAgICACDcCACAEIAMp\
Agw3AgggBCADKQIUNwIQIAQgAygCHDYCGCAEQQE6ABwMAgsgA0EANgIUIANCgICAgMAANwIMIAQg\
A0EMaiIEEAsgBBCTAwwBCyAEIAhBBGoQCwsgA0EwaiQAIAgQ7QELIAJBgAFqJAAgBigCECICQYCA\
gIB4RgRAIAZBFGoQ3gEhAEEBIQsMAQsgBigCFCEDIAZB3ABqIAZBGGpBPPwKAAAgBiAANgKcASAG\
IAE2ApgBIAYgAzYCWCAGIAI2AlQgBkHUAGohAkEAIQQjAEHQAGsiAyQAAkBBAEHEtsAAKAIAEQUA\
IgEEQCADIAIoAkQgAigCSBCXASADQQxqIAJBxAD8CgAAIAEoAgBFBEAgAUF/NgIAIAFBBGohAiAB\
KAIEQYCAgIB4RwRAIAIQigMgAUEQahCmAiABKAIAQQFqIQQLIAIgA0HQAPwKAAAgASAENgIAIANB\
0ABqJAAMAgtBsLfAABCUAgALIAIQpgIQkwIACwsgCiAANgIEIAogCzYCACAGQaABaiQAIAcpAwgh\
DSAHQRhqIgAoAgQiAQRAIAAoAgAgARCgAQsgBUEIaiANNwMAIAdBIGokACAFKAIMIQAgBSAFKAII\
IgE2AgQgBSAAQQAgAUEBcRs2AgAgCSAFKQMANwIAIAVBMGokACAJKAIAIAkoAgQgCUEQaiQAC/IU\
Ahh/B34jAEEQayIOJAAjAEEQayISJAAgEkEIaiEVIwBB4ABrIgQkACAEQUBrIRMjAEEwayIJJAAC\
QEEAQey2wAAoAgARBQAiAQRAIAlBCGogARCdAiAJKAIMIRYgCSAJKAIIIgFBACABKAIEa0EDcSIB\
IAFBgIABckGAt8AAENQBIAlBEGohECAJKAIAIQEgCSgCBCECIwBB0ABrIggkAAJAQQBBxLbAACgC\
ABEFACIHBEAgCEEIaiAHQZC3wAAQhAIgCCgCDCEXAn8gCCgCCCIHKAIAQYCAgIB4RwRAIAhBMGoh\
BiAHQQxqIQcjAEHAAmsiACQAA0AgA0HgAEcEQCAAQQhqIANqQQc2AgAgA0EMaiEDDAELCyAAIAI2\
ArgCIAAgATYCtAIgAEHUAWoiAiAAQQhqQeAA/AoAAEEEIQMDQCADQRxHBEAgAEEIaiAAQdQBaiAD\
EDEgAiAAKAIQNgIIIAIgACkCCDcCACACQQxqIQIgA0EDaiEDDAELCyAAQQhqIgEgAEHUAWoiAkHo\
APwKAAACQAJAAkAgACgCbEH0AEkNACACIAFBARAxIAAoAtQBQQdGDQBBYCEDA0AgAwRAAkACQCAA\
QQhqIANBgIbBAGooAgAiDUEMbGooAgBBA2sOBQABAQEEAQtBeyECA0AgAiIBBEAgAUEBaiECIAFB\
z/3AAGotAAAQ9AIgDUcNAQsLIAENAwsgA0EEaiEDDAELCyAHKAIsRQ0BCyAGQoCAgICAgICAgH83\
AgAMAQsgACgCaCgAACENIABB1AFqIgEgAEEIakEBEDEgASAHKAIEIAcoAgggACgC2AFBACAAKALU\
AUECRhsgACgC3AEQLyAAKALUASIBQQJHBEAgBiAAKQLoATcCGCAGIAApAuABNwIQIAYgACkC2AE3\
AgggBkEBNgIAIAYgATYCBAwBCyAAQdQBaiAAQQhqQZyFwQAQNCAAIAApAtgBNwOYASAAIAApAuAB\
NwOgASAAIAApAugBNwOoASAAIAAoAvABNgKwASAAKALUASIBQYCAgIB4RgRAIAYgACgCsAE2Ahwg\
BiAAKQOoATcCFCAGIAApA6ABNwIMIAYgACkDmAE3AgQgBkEBNgIADAELIAAgACkDmAE3AnQgACAA\
KQOgATcCfCAAIAApA6gBNwKEASAAIAAoArABNgKMASAAIAApAvQBNwKQASAAIAE2AnAgAEHUAWog\
AEHwAGogByAAQb8CakG0hcEAEAwgACAAKQLcATcDuAEgACAAKQLkATcDwAEgACAAKQLsATcDyAFB\
ASEDIAAoAtgBIQICQAJAIAAoAtQBQQFGBEAgBiAAKQPIATcCGCAGIAApA8ABNwIQIAYgACkDuAE3\
AgggAiEBDAELQYCAgIB4IQFBACEDIAJBgICAgHhGDQAgACAAKQO4ASIYNwKcASAAIAApA8gBNwKs\
ASAAIAApA8ABNwKkASAAIAI2ApgBIAAoAqABQegAbCECIBinIQMCQANAIAIEQCANIQcjAEGgAWsi\
BSQAIAVBIGogA0E4ahDAAiAFKQMgIRggBUEYaiADQcQAahDAAiADKQIkIRkgBSkDGCEaIAVBEGog\
A0HQAGoQwAIgBSkDECEbIAVBCGogA0HcAGoQwAIgBSkDCCEcIAVBKGogAxCZASAFKQIsIR0gBUFA\
ayIMIAMQmQEgBSkCUCEeIAVBADYCkAEgBUEANgKEASAFIB43AnwgBSAdNwJ0IAUgHDcCbCAFIBs3\
AmQgBSAZNwJcIAUgGjcCVCAFIBg3AkwgBUEHNgJIIAVCATcCQEEAIQEjAEFAaiELAkAgDCgCAEEB\
Rw0AIAsgDEEEakHAAPwKAAAgCygCACIRQQN0IAtqQQxqIQogCygCBCELA0AgCyARRg0BIAEgCigC\
AEEGbGpBA2ogASAKQQRrKAIAGyEBIApBCGohCiARQQFqIREMAAsACyABIQsgBSADKAIwIgE2AkAg\
BSABIAMoAjRBDGxqNgJEIAUgBUGfAWo2AkhBACEBIAwoAgAiCiAMKAIEIhFHBEAgCkEIaiEMIBEg\
CmtBDG4hCgNAIAEgDCgCAEEGbGpBA2ohASAMQQxqIQwgCkEBayIKDQALCyADKAIEIgpBAE4gCkGC\
gICAeEZyRQRAIANBBGogBxC+AiEHCyAFQaABaiQAIAEgC2ogB2pBgAJqQYH4AU8EQCADIA0Q3wJB\
gPgBSw0DCyADQegAaiEDIAJB6ABrIQIMAQsLIAYgACgCsAE2AhwgBiAAKQKoATcCFCAGIAApAqAB\
NwIMIAYgACkCmAE3AgQgBkEANgIAIABB8ABqEIoDDAMLIAZCgICAgICAgICAfzcCACAAQZgBahDI\
AgwBCyAGIAM2AgAgBiABNgIECyAAQfAAahCKAwsgAEHAAmokACAIKAIwDAELIAhBgICAgHg2AjRB\
AAshASAXIBcoAgBBAWs2AgAgCCAIKQI0NwMQIAggCCkCPDcDGCAIIAgpAkQ3AyAgCCAIKAJMNgIo\
IAFBAkcNAQsQkwIACyAQIAE2AgAgECAIKQMQNwIEIBAgCCkDGDcCDCAQIAgpAyA3AhQgECAIKAIo\
NgIcIAhB0ABqJAAgFiAWKAIAQQFqNgIAIAkoAhBBAkcNAQsQkwIACyATIAkpAig3AhggEyAJKQIg\
NwIQIBMgCSkCGDcCCCATIAkpAhA3AgAgCUEwaiQAAkACQAJ/IAQoAkBBAUYEQCAEQcQAahDeAQwB\
CyAEIAQpAkw3AxAgBCAEKQJUNwMYIAQgBCgCXDYCICAEKAJIIQEgBCgCRCICQYGAgIB4Rw0BIAEL\
IQ9BASEUDAELIAQgBCgCIDYCOCAEIAQpAxg3AzAgBCAEKQMQNwMoIAJBgICAgHhGDQAgBCABNgJE\
IAQgAjYCQCAEIAQpAyg3AkggBCAEKQMwNwJQIAQgBCgCODYCWCAEQUBrIgUjAEHQAGsiASQAQQBB\
7LbAACgCABEFACICRQRAEJMCAAsgBEEIaiENIAFBGGogAhCdAiABKAIcIQsgAUEQaiABKAIYIgJB\
ACACKAIEa0EDcSICIAJBgIABckGAt8AAENQBIAEoAhAhACABKAIUIQIgAUEAOgA0IAEgAjYCMCAB\
QQA2AiwgASACNgIoIAEgADYCJCABQSRqQYC2wAAQUiABIAEoAjQ2AkggASABKQIsNwNAIAEgASkC\
JDcDOCABQQhqIQBBACEDIwBBEGsiAiQAAkAgAUE4aiIHLQAQDQAgBygCBCIGQQRJDQAgAkEEIAco\
AgAgBkGQtcAAEOcBIAIoAgQhAyACKAIAIAIgBygCCCIPNgIMIAMgAkEMakEEQaC1wAAQngJBASED\
CyAAIA82AgQgACADNgIAIAJBEGokACABKAIMIQIgASgCCCEHIAsgCygCAEEBajYCACANIAJBACAH\
QQFxGzYCBCANQQA2AgAgAUHQAGokACAEKAIMIQ8gBCgCCCEUIAUQyAILIBUgDzYCBCAVIBQ2AgAg\
BEHgAGokACAOIBIoAgggEigCDBCpAiASQRBqJAAgDigCACAOKAIEIA4oAgggDkEQaiQAC08BAn8j\
AEEQayIBJAAgASAANgIMIwBBEGsiACQAIAAgAUEMaigCACICKAIANgIMIAAgAigCCDYCCCAAQQhq\
EIkDIABBEGokACABQRBqJAALIQAgACgCAEGAgICAeEcEfyAAEIoDQQwFQQQLIABqEIoDCygAIAAo\
AgAgARDxAiAAKAIEKAIAIAAoAgggACgCDCgCACABENwBak8LIwEBfyAAKAIIIgMgAU0EQCABIAMg\
AhCzAQALIAAoAgQgAWoLJgAgASgCHCABKAIYSQRAIAAgAUHAq8AAQSQQ6QIPCyAAQQI2AgALHQEB\
fyAALQAAQQVGBH8gAEEEaiABIAIQdwVBAAsLTwECfyMAQRBrIgEkACABIAA2AgwjAEEQayIAJAAg\
ACABQQxqKAIAIgIoAgA2AgwgACACKAIINgIIIABBCGoQiwMgAEEQaiQAIAFBEGokAAsjACACQf//\
//8ATQRAIAAgAkEEdCABchCWAQ8LIABBAToAEAsNACAAIAFBAUEBELsDCw0AIAAgAUEEQQQQuwML\
DQAgACABQQxBBBC7AwsNACAAIAFBCEEEELsDCyEBAX8gACgCCCIBIAAoAgBGBEAgACABQQFBBEEc\
ENgBCwu4AQEEfyABIABrIgFBEE8EQCAAIAEQEw8LAn9BACABRQ0AGiABQQNxIQQCQCABQQRPBEAg\
AUH8////B3EhAQNAIAIgACADaiIFLAAAQb9/SmogBUEBaiwAAEG/f0pqIAVBAmosAABBv39KaiAF\
QQNqLAAAQb9/SmohAiABIANBBGoiA0cNAAsgBEUNAQsgACADaiEAA0AgAiAALAAAQb9/SmohAiAA\
QQFqIQAgBEEBayIEDQALCyACCwseACAAKAIAQQJGBEAgAEEEahDtAQ8LIABBDGoQigMLQwEBfyAA\
KAIAIgJBAE4gAkGCgICAeEZyBH8gAQUjAEEQayIBJAAgAUEANgIMIAAgAUEMahBWIAEoAgwgAUEQ\
aiQACwsZAQF/IAEgA0YEfyAAIAIgARC+AQVBAQtFCyUAIAAgASgCCDYCBCAAIAEoAgRBACABKAIA\
QYCAgIB4Rxs2AgALIAAgACgCACgCACIAIAApAyAgAq18NwMgIAAgASACEAoLIQAgACAAKAIYQQFr\
NgIYIAAoAhQiACAAKAIAQQFqNgIAC7ABAQN/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBr\
IgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEMaiIAKAIABEAgACgCBCICKAIAIgMEQCAAKAIA\
IAMRAgALIAIoAgQiAwRAIAIoAggaIAAoAgAgAxCgAQsLAkAgAUEIaigCACIAQX9GDQAgACAAKAIE\
QQFrIgI2AgQgAg0AIABBGBCgAQsgAUEQaiQACwsZAQF/IAEgA08EfyACIAAgAxC+AQVBAQtFCyMA\
IAAgAUH/AXFBAnQiASgCpJdBNgIEIAAgASgCkJhBNgIACyAAIAAgASACEKEBIABBATsBJCAAIAI2\
AiAgAEEANgIcCyIAIAAgAS0AAEECdCIBKAL0lkE2AgQgACABKAKMl0E2AgALHgAgABCUAyAAKAIM\
QYCAgIB4RwRAIABBDGoQigMLCxwAIABBDGogASACEJcBIABBADYCACAAQQE6ABgLGwEBfyAAKAIA\
IgFBAEoEQCAAKAIEIAEQoAELCxsAIAAoAhQgAUEBENoBIAAgACgCGEEBazYCGAsVACABBEAgACAB\
EHQPCyAAQQY6AAALngIBBH9BoLrBAC0AAEEBRwRAIwBBEGsiASQAAkACQCAABEAgACgCACAAQQA2\
AgBBAXENAQsjAEEgayIAJAAgAEEUakGDgAFBAUEBQQEQYSAAKAIYIQIgACgCFARAIAIgACgCHBDR\
AgALIAAoAhwhBCABQQRyIgNBg4ABNgIIIAMgBDYCBCADIAI2AgAgAEEgaiQAIAFBADYCAAwBCyAB\
IAApAgw3AwggASAAKQIENwMACwJAAkACQEGgusEALQAAQQFrDgIBAAILQbyRwQBB/QBB/JHBABDy\
AQALQaC6wQBBAjoAAEGUusEAEIoDC0GYusEAIAEpAwg3AgBBkLrBACABKQMANwIAQaC6wQBBAToA\
ACABQRBqJAALQZC6wQALHwBBAUF/IAAoAgAoAgAgASgCAEHEqMAAEKACLQAQGwsYAQF/IAAoAgAi\
AQRAIAAoAgQgARCgAQsLFQAgAUEJTwRAIAEgABAtDwsgABAJCx8AIAAEQCAAIAEQpAMAC0HnncEA\
QSNB+J3BABDyAQALFQAgAEEEaiABIAIQlwEgAEEDOgAACxkAIAAoAgAgACgCBCABKAIAIAEoAgQQ\
vwILEgAgAC0AAARAIABBBGoQ1QILCxUAIAAoAgAiAEGECE8EQCAAEJIBCwsZACABKAIAIAEoAgQg\
ACgCACAAKAIEEIYCCxkAIAAoAgAgACgCBCABKAIAIAEoAgQQhgILGwEBf0GMARCHAyIARQRAQQRB\
jAEQpAMACyAACxsBAX9BvAEQhwMiAEUEQEEEQbwBEKQDAAsgAAsSACAAIAFBAXRBAXIgAhDyAQAL\
GAAgASgCACABKAIEIAAoAgAgACgCBBAfCxYBAW8gACABEAghAhBBIgAgAiYBIAALQgEDfyAAKAIA\
IQIgACgCBCEAIAEtAAAhAwNAIAAiAQRAIABBAWshACACLQAAIQQgAkEBaiECIAMgBEcNAQsLIAFF\
CxYAIAAoAgBBgICAgHhHBEAgABCKAwsLYwECfyMAQTBrIgIkACACQQA2AgwgAkEAOwEsIAJBADYC\
KCACQgA3AxAgAkEANgIYIAIgAkEMajYCJCAAIAJBEGpBwLfAABAYIAIoAgwhAyACQTBqJAAgAEEE\
aiABEL4CIANqCxIAIAAtAABBBkcEQCAAEO0BCwsVAQF/IwBBEGsiASAAOgAPIAEtAA8LFgAgACgC\
AEGAgICAeEcEQCAAEJMDCwsTACAAKAIARQRAIABBBGoQ1QILCxMAQai6wQAgAK1CIIZCAYQ3AwAL\
DgAgAQRAIAAgARCgAQsLHAAgAEGwnMEAKQIANwIIIABBqJzBACkCADcCAAscACAAQaCcwQApAgA3\
AgggAEGYnMEAKQIANwIACxYAIAAoAgAgASACIAAoAgQoAgwRBAALEQAgACABIAEoAhwgAiADEGYL\
EwAgABCeASAAKAIUIAEgAhCCAwsTACAAEKcBIAAoAhQgASACEIEDC/sKAQN/IAAhBkEAIQAjAEHQ\
AGsiBSQAIAUgAzYCCCAFIAI2AgQCfwJAAkAgAUGBAk8EQEH9ASEAA0ACQCAAIAZqIgdBA2osAABB\
v39MBEAgB0ECaiwAAEG/f0wNASAAQQJqIQAMBQsgAEEDaiEADAQLIAdBAWosAABBv39KDQIgBywA\
AEG/f0oNAyAAQQRrIgBBfUcNAAtBACEADAILIAUgATYCECAFIAY2AgxBAQwCCyAAQQFqIQALIAUg\
BjYCDCAFIAA2AhBBBUEAIAAgAUkiBxshAEG/p8EAQQEgBxsLIQcgBSAANgIYIAUgBzYCFAJAAkAC\
QAJAAkACQCABIAJPBEAgASADSQ0GIAIgA0sNASACRSABIAJNcg0DIAIgBmosAABBv39KDQMgAiEA\
AkADQCAAIAZqLAAAQb9/Sg0BIABBAWsiAA0AC0EAIQALA0AgAiAGaiwAAEG/f0oNAyABIAJBAWoi\
AkcNAAsgASECDAILIAUgBUEUaq1CgICAgNAPhDcDOCAFIAVBDGqtQoCAgIDQD4Q3AzAgBSAFQQRq\
rUKAgICAEIQ3AyhBu4HAACAFQShqIAQQ8gEACyAFIAVBFGqtQoCAgIDQD4Q3A0AgBSAFQQxqrUKA\
gICA0A+ENwM4IAUgBUEIaq1CgICAgBCENwMwIAUgBUEEaq1CgICAgBCENwMoQZGBwAAgBUEoaiAE\
EPIBAAsgBSAANgIcIAUgAjYCIAJAIAAgAksNAAJAIABFDQAgACABTwRAIAAgAUYNAQwCCyAAIAZq\
LAAAQUBIDQELAkAgASACTQRAIAEgAkcNAgwBCyACIAZqLAAAQb9/TA0BCyAAIAJGDQIgBQJ/IAAg\
BmoiASwAACIAQQBOBEAgAEH/AXEMAQsgAS0AAUE/cSIDIABBH3EiAkEGdHIgAEFfTQ0AGiABLQAC\
QT9xIANBBnRyIgMgAkEMdHIgAEFwSQ0AGiACQRJ0QYCA8ABxIAEtAANBP3EgA0EGdHJyCzYCJCAF\
IAVBFGqtQoCAgIDQD4Q3A0ggBSAFQQxqrUKAgICA0A+ENwNAIAUgBUEcaq1CgICAgOAPhDcDOCAF\
IAVBJGqtQoCAgIDwD4Q3AzAgBSAFQQRqrUKAgICAEIQ3AyhBl4LAACAFQShqIAQQ8gEACyAGIAEg\
ACACIAQQ7AIACyADRSABIANNcg0CIAMgBmosAABBv39KDQIgAyEAAkADQCAAIAZqLAAAQb9/Sg0B\
IABBAWsiAA0AC0EAIQALAkADQCADIAZqLAAAQb9/Sg0BIAEgA0EBaiIDRw0ACyABIQMLIAUgADYC\
HCAFIAM2AiAgACADSw0BAkAgAEUNACAAIAFPBEAgACABRg0BDAMLIAAgBmosAABBQEgNAgsCQCAB\
IANNBEAgASADRw0DDAELIAMgBmosAABBv39MDQILIAAgA0YNACAFAn8gACAGaiIBLAAAIgBBAE4E\
QCAAQf8BcQwBCyABLQABQT9xIgMgAEEfcSICQQZ0ciAAQV9NDQAaIAEtAAJBP3EgA0EGdHIiAyAC\
QQx0ciAAQXBJDQAaIAJBEnRBgIDwAHEgAS0AA0E/cSADQQZ0cnILNgIkIAUgBUEUaq1CgICAgNAP\
hDcDSCAFIAVBDGqtQoCAgIDQD4Q3A0AgBSAFQRxqrUKAgICA4A+ENwM4IAUgBUEkaq1CgICAgPAP\
hDcDMCAFIAVBCGqtQoCAgIAQhDcDKEHogsAAIAVBKGogBBDyAQALIAQQhQMACyAGIAEgACADIAQQ\
7AIACyAFIAVBFGqtQoCAgIDQD4Q3AzggBSAFQQxqrUKAgICA0A+ENwMwIAUgBUEIaq1CgICAgBCE\
NwMoQeqBwAAgBUEoaiAEEPIBAAsUACAAKAIAIAEgACgCBCgCDBEDAAsRACAAKAIEIAAoAgggARCo\
AwsOACAAIAEgAiABaxDaAQsQACAAIAEoAgQgASgCCBAqCxQAIAAoAgAgAUHoqMAAEKACKAIICw0A\
IAAgASACEHdBAEcLDwAgAEEDIAFB/wFxELYCCxAAIABB/wFxQQJ0KAKkmUELDwAgABCKAyAAQQxq\
EIoDCw8AIABBDGoQ3gIgABCPAwsQACAAKAIAKAIAIAFBARAKCw8AIAAQigMgAEEMahDtAQsPACAA\
IAAoAgAgAmo2AgALEwAgAEG4ncEANgIEIAAgATYCAAsRACABIAAoAgAgACgCBBDoAgsRACAAKAIA\
IAAoAgQgARCoAwsQACABIAAoAgAgACgCBBAcCwwAIAAgASACEL4BRQsvAQF/IwBBEGsiAiQAIAJB\
ADYCDCACQQxqIAAgARCCAyACKAIMIAJBEGokAEECawsMACAAIAEQnwJBAXMLDwAgAEHEscAAIAEg\
AhApCw8AIABB4LHAACABIAIQKQsPACAAQcibwQAgASACEB8LDwAgAEGInsEAIAEgAhAfCw8AQcSn\
wQBBKyAAENoCAAsPAEGYt8EAQTMgABDyAQALCQAgAEEEENACCwsAIABBBEEMEMwBCwsAIABBBEEI\
EMwBCwsAIABBAUEBEMwBCwsAIABBBEEEEMwBCwsAIABBBEEQEMwBCwsAIABBBEEUEMwBCwsAIABB\
BEEYEMwBCzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhCKAyACQRRqIQIMAQsLIAAQ\
jQMLCgAgACABIAIQNgsLACAAIAEgAhDaAQs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEB\
IAIQ9QIgAkEYaiECDAELCyAAEI4DCzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhD4\
AiACQRxqIQIMAQsLIAAQlwMLgwEBAn8gACgCCCECIAAoAgQhAQNAIAIEQCABQThqEN4CIAFBxABq\
EN4CIAFBIGoQigMgAUHQAGoQ3gIgAUHcAGoQ3gIgAUEsahCVAyABKAIAQQFHBEAgAUEUahCKAwsg\
AUEEahDwASACQQFrIQIgAUHoAGohAQwBCwsgAEEEQegAEMwBCzQBAn8gACgCCCEBIAAoAgQhAgNA\
IAEEQCABQQFrIQEgAhCKAyACQQxqIQIMAQsLIAAQiAMLNAECfyAAKAIIIQEgACgCBCECA0AgAQRA\
IAFBAWshASACEO0BIAJBEGohAgwBCwsgABCMAwsLACAAQQRBHBDMAQsKACAAIAEgAhA3CwwAIABB\
ubLAABDLAgsMACAAQcCxwAAQ6AELQwECfyAAEJ4BIAAgACgCGEEBaiIBNgIYIAAoAhQiAiACKAIA\
QQFqNgIAIAAgACkDAEJ+QT8gASABQT9PG62JgzcDAAsMACAAQbiywAAQ6AELDAAgAEHBscAAEMsC\
C2cBAX8jAEEQayIDJAAgAyACNgIIIAMgATYCBCAAKAIIQRRsIQEgACgCBCECA0AgASIABEAgAEEU\
ayEBIAMgAjYCDCACQRRqIQIgA0EMaiADQQRqEI8CRQ0BCwsgA0EQaiQAIABBAEcLCwAgACgCACUB\
EAALFgEBbyAAIAEQAiECEEEiACACJgEgAAsJACAAIAEQBQALDAAgACABKQIENwMACwwAIAAgASkC\
ADcDAAs+AQF/IwBBEGsiAiQAIAIgATYCDCACIAA2AgggAkEIaiIAKAIAIAAoAgRBvLrBACgCACIA\
QeUAIAAbEQAAAAsOACABQZifwQBBBRDoAgsNACABQey4wQBBGBAcCw0AIAFBzLjBAEEgEBwLCgAg\
AiAAIAEQHAsJACAAQQAQ3wILCQAgAEEAEJYBCwkAIABBAhCWAQsJACAAQQEQlgELCQAgACABEPMC\
CxYCAW8BfyAAEAchARBBIgIgASYBIAILDABBlL7BAEEBOgAACwkAIABBADYCAAsHACAAEIoDCwcA\
IAAQ4gILBwAgACgCCAsEAEEACwcAQZy5wQALBABBAQsDAAALJgEBfyAAKAIIIgQgAU0EQCABIAQg\
AhCzAQALIAAoAgQgASADdGoLJgEBfyAAKAIIIgQgAU0EQCABIAQgAhCzAQALIAAoAgQgASADbGoL\
RAEBfyMAQRBrIgIkACACQQhqIAAgACgCAEEBQQQgARBYIAIoAggiAEGBgICAeEcEQCAAIAIoAgwQ\
0QIACyACQRBqJAALJAEBfyAAKAIAIAAoAggiBGsgAUkEQCAAIAQgASADIAIQ2AELCygBAX8jAEEQ\
ayICJAAgAiACQQ9qrSABhDcDAEGKi8AAIAIgABDyAQALC/CxAXMAQYCAwAALmTrAwMAABHRoZSDA\
CiBjYWxsIGZvciDACiB3b3VsZCBiZSDAGCBieXRlczsgU2VnbWVudCBhY2NlcHRzIMAoIGJ5dGVz\
IHBlciBjYWxsIGFuZCB0aGlzIGZ1bmN0aW9uIGtlZXBzIMAkIG9mIHRoZW0gZm9yIHRoZSBmaWVs\
ZHMgU2VnbWVudCBhZGRzwAABaMAADWJlZ2luID4gZW5kICjAAyA+IMAQKSB3aGVuIHNsaWNpbmcg\
YMABYMAAEXN0YXJ0IGJ5dGUgaW5kZXggwBYgaXMgb3V0IG9mIGJvdW5kcyBvZiBgwAFgwAAPZW5k\
IGJ5dGUgaW5kZXggwBYgaXMgb3V0IG9mIGJvdW5kcyBvZiBgwAFgwAARc3RhcnQgYnl0ZSBpbmRl\
eCDAJiBpcyBub3QgYSBjaGFyIGJvdW5kYXJ5OyBpdCBpcyBpbnNpZGUgwAggKGJ5dGVzIMAGKSBv\
ZiBgwAFgwAAPZW5kIGJ5dGUgaW5kZXggwCYgaXMgbm90IGEgY2hhciBib3VuZGFyeTsgaXQgaXMg\
aW5zaWRlIMAIIChieXRlcyDABikgb2YgYMABYMAABnN0aWdnX8AAwAFfwADAAS7AAAVib2R5LcAA\
wAphbm9ueW1vdXMtwAAIc2V0dGluZyDACDogZW50cnkgwBcgbXVzdCBiZSBhIHN0cmluZywgZ290\
IMAACHNldHRpbmcgwAs6IGV4cGVjdGVkIMAGLCBnb3QgwAAWc2xpY2UgaW5kZXggc3RhcnRzIGF0\
IMANIGJ1dCBlbmRzIGF0IMAAIGluZGV4IG91dCBvZiBib3VuZHM6IHRoZSBsZW4gaXMgwBIgYnV0\
IHRoZSBpbmRleCBpcyDAACp0aGUgYm9keSBtdXN0IGJlIGEgSlNPTiBvYmplY3QsIGJ1dCBpdCBp\
cyDAAC10aGUgInR5cGUiIGZpZWxkIG11c3QgYmUgYSBzdHJpbmcsIGJ1dCBpdCBpcyDAAMAfIG1h\
dGNoZXMgZXZlbnREZW55bGlzdCBwYXR0ZXJuIMAAHHRoZSBib2R5IGlzIG5vdCB2YWxpZCBKU09O\
OiDACSBhdCBsaW5lIMAIIGNvbHVtbiDAABJyYW5nZSBzdGFydCBpbmRleCDAIiBvdXQgb2YgcmFu\
Z2UgZm9yIHNsaWNlIG9mIGxlbmd0aCDAABByYW5nZSBlbmQgaW5kZXggwCIgb3V0IG9mIHJhbmdl\
IGZvciBzbGljZSBvZiBsZW5ndGggwAAIc2V0dGluZyDAEDogdW5rbm93biB2YWx1ZSDAEjsgZXhw\
ZWN0ZWQgb25lIG9mIMAAKXNldHRpbmdzIG11c3QgYmUgYW4gb2JqZWN0LCBidXQgdGhleSBhcmUg\
wAARdGhlIHNldHRpbmdzIGFyZSDAAAlleHBlY3RlZCDAABB1bmtub3duIHNldHRpbmcgwAI7IMAA\
EGFzc2VydGlvbiBgbGVmdCDAFyByaWdodGAgZmFpbGVkCiAgbGVmdDogwAkKIHJpZ2h0OiDAABBh\
c3NlcnRpb24gYGxlZnQgwBAgcmlnaHRgIGZhaWxlZDogwAkKICBsZWZ0OiDACQogcmlnaHQ6IMAA\
SGNhbm5vdCBhY2Nlc3MgYSBUaHJlYWQgTG9jYWwgU3RvcmFnZSB2YWx1ZSBkdXJpbmcgb3IgYWZ0\
ZXIgZGVzdHJ1Y3Rpb246IMAAHXNldHRpbmdzIGFyZSBub3QgdmFsaWQgSlNPTjogwADAAjogwADA\
BiBpcyBhIMAoIGV2ZW50LCB3aGljaCBjb25jZXJucyBubyBjdXN0b21lciwgYW5kIMABIMAAwB4g\
bmFtZXMgbm8gY3VzdG9tZXIgKGxvb2tlZCBpbiDABikgYW5kIMABIMAAwCUgbWF0Y2hlcyBubyBw\
YXR0ZXJuIGluIGV2ZW50QWxsb3dsaXN0ABF0aGUgInR5cGUiIGZpZWxkIMBBIGdpdmVzIGFuIGVt\
cHR5IGV2ZW50IG5hbWU7IGl0IG5lZWRzIGF0IGxlYXN0IG9uZSBsZXR0ZXIgb3IgZGlnaXQABHRo\
ZSDAHCBoZWFkZXIgaXMgbWlzc2luZywgYW5kIHRoZSDAFCBzZXR0aW5nIHJlcXVpcmVzIGl0ABJ0\
aGUgbWVzc2FnZUlkIGZvciDAECBpcyBsb25nZXIgdGhhbiDACyBjaGFyYWN0ZXJzAC9ydXN0Yy81\
OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3Jj\
L2NvbGxlY3Rpb25zL2J0cmVlL21hcC9lbnRyeS5ycwBzcmMvanNvbi9ib2R5LnJzAHNyYy9zb3J0\
LnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJh\
cnkvYWxsb2Mvc3JjL2ZtdC5ycwBzcmMvZml0LnJzAHNyYy9zZWNyZXQucnMAc3JjL3NldHRpbmdz\
LnJzAHNyYy9pZHMucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0\
YTM4NjAvbGlicmFyeS9zdGQvc3JjL3N5cy90aHJlYWRfbG9jYWwvbm9fdGhyZWFkcy5ycwAvcnVz\
dGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9j\
L3NyYy9zdHIucnMAc3JjL2ZpbHRlci5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFj\
MTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3NsaWNlL2l0ZXIucnMAc3JjL2pzb24v\
bnVtYmVyLnJzAHNyYy90aW1lc3RhbXAucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJh\
YzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zdHIvcGF0dGVybi5ycwBzcmMvanNv\
bi9zY2FuLnJzAHNyYy93YXNtLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3\
OTc2ZDdlNGEzODYwL2xpYnJhcnkvc3RkL3NyYy90aHJlYWQvbG9jYWwucnMAL2NhcmdvL3JlZ2lz\
dHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9z\
cmMvZnV0dXJlcy9qc3BpLnJzAC9jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5\
NDljZjhjNmI1YjU1N2Yvc2hhMi0wLjEwLjkvc3JjL2NvcmVfYXBpLnJzAHNyYy9qc29uL3ZhbHVl\
LnJzAHNyYy9qc29uL3dyaXRlLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3\
OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL2NvbGxlY3Rpb25zL2J0cmVlL25hdmlnYXRl\
LnJzAHNyYy93YXJlaG91c2UucnMAc3JjL3RhcGUucnMAc3JjL2V2ZW50X25hbWUucnMAL3J1c3Rj\
LzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3Ny\
Yy91bmljb2RlL3ByaW50YWJsZS5ycwAvY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5p\
by0xOTQ5Y2Y4YzZiNWI1NTdmL2RpZ2VzdC0wLjEwLjcvc3JjL2NvcmVfYXBpL2N0X3ZhcmlhYmxl\
LnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJh\
cnkvYWxsb2Mvc3JjL2NvbGxlY3Rpb25zL2J0cmVlL25vZGUucnMAc3JjL3N0aWdnL21vZC5ycwAv\
cnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2Nv\
cmUvc3JjL3NsaWNlL21vZC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3\
NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjL21vZC5ycwAvcnVzdGMvNTk4MDc2\
MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy92ZWMv\
bW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xp\
YnJhcnkvYWxsb2Mvc3JjL3ZlYy9zcGVjX2Zyb21faXRlcl9uZXN0ZWQucnMAc3JjL2pzb24vcmVh\
ZC5ycwAvcnVzdC9kZXBzL2RsbWFsbG9jLTAuMi4xMS9zcmMvZGxtYWxsb2MucnMAL2NhcmdvL3Jl\
Z2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEw\
Ny9zcmMvbGliLnJzAC9jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhj\
NmI1YjU1N2YvYmxvY2stYnVmZmVyLTAuMTAuNC9zcmMvbGliLnJzABt0aGUgSlNPTiBuZXN0cyBk\
ZWVwZXIgdGhhbiDAByBsZXZlbHMABHRoZSDAGyBoZWFkZXIgZG9lcyBub3QgbWF0Y2ggdGhlIMAI\
IHNldHRpbmcACHNldHRpbmcgwBY6IHRoZSBzZWNyZXQgY29udGFpbnMgwAssIHdoaWNoIG5vIMAr\
IGhlYWRlciBjYW4gY2Fycnk7IGNvcHkgaXQgYWdhaW4gZnJvbSBTdGlnZwAUdGhlIHRleHQgZW5k\
cyB3aGVyZSDACiBzaG91bGQgYmUAwANfaWQABjsgc2V0IMAxIHRvICJ0cmltIiB0byBkcm9wIHRo\
ZSBsYXJnZXN0IHByb3BlcnRpZXMgaW5zdGVhZAAEdGhlIMAKIGNhbGwgZm9yIMAjIGhhcyBuZWl0\
aGVyIHVzZXJJZCBub3IgYW5vbnltb3VzSWQAAVvAAV0ADWRpZCB5b3UgbWVhbiDAAT8ACHNldHRp\
bmcgwAI6IMAKIGNvbnRhaW5zIMAjOyB1c2Ugb25seSBsZXR0ZXJzLCBkaWdpdHMsIF8gYW5kIC4A\
AiAowAwgY2hhcmFjdGVycykADHRoZSBib2R5IGlzIMDAICBieXRlczsgU2VnbWVudCBhY2NlcHRz\
IGF0IG1vc3QgwBAgYnl0ZXMgKDUxMiBLaUIpACZjb3B5X2Zyb21fc2xpY2U6IHNvdXJjZSBzbGlj\
ZSBsZW5ndGggKMArKSBkb2VzIG5vdCBtYXRjaCBkZXN0aW5hdGlvbiBzbGljZSBsZW5ndGggKMAB\
KQAScmVtb3ZhbCBpbmRleCAoaXMgwBYpIHNob3VsZCBiZSA8IGxlbiAoaXMgwAEpAB10aGUgYm9k\
eSBpcyBub3QgdmFsaWQgVVRGLTg6IMAJIGF0IGJ5dGUgwAcgKGxpbmUgwAggY29sdW1uIMABKQCb\
CBAATwAAAM0BAAA3AAAAKAgQAE4AAAANCAAAEQAAAGNhcGFjaXR5IG92ZXJmbG93AAAAwgwQAF4A\
AAA5AAAAEgAAAAoLEABeAAAAfAAAACQAAACsDRAAUwAAAKIAAAAnAAAArA0QAFMAAACkAAAAGAAA\
AKwNEABTAAAApAAAACAAAACsDRAAUwAAAK4AAAAUAAAArA0QAFMAAACuAAAAGgAAAKwNEABTAAAA\
nQAAABgAAACsDRAAUwAAAJ0AAAAfAAAArA0QAFMAAACdAAAAJQAAAKwNEABTAAAALQEAACIAAACs\
DRAAUwAAADgBAAAeAAAArA0QAFMAAAA1AQAAGAAAAKIKEAARAAAAQgAAABkAAACiChAAEQAAADMA\
AAAiAAAAogoQABEAAAA0AAAAHQAAAKIKEAARAAAAPQAAAB0AAABvbk1pc3NpbmdDdXN0b21lcmRy\
b3BlcnJvcmFub255bW91cwAREhAABAAAABUSEAAFAAAAGhIQAAkAAAA+BxAACgAAAPYBAAAMAAAA\
PgcQAAoAAAD3AQAAFQAAAC4uLiBhbmQgIG1vcmUBIGV2ZW4gd2l0aCBldmVyeSBwcm9wZXJ0eSBy\
ZW1vdmVkIHRoYXQgbWF5IGJlICh0eXBlLCBtZXNzYWdlSWQsIHRyYWNlSWQsIHRpbWVzdGFtcCBh\
bmQgdGhlIGN1c3RvbWVyJ3MgaWQgYXJlIGFsd2F5cyBrZXB0KW92ZXJzaXplZEV2ZW50cwAA4xIQ\
AA8AAAA+BxAACgAAACMBAAAgAAAAPgcQAAoAAACuAAAAHAAAAD4HEAAKAAAAywAAAC0AAAA+BxAA\
CgAAAO8AAAAgAAAA4oCmLj4HEAAKAAAA8wAAACIAAAA+BxAACgAAAPQAAAAcAAAAdHlwZW1lc3Nh\
Z2VJZHRyYWNlSWR0aW1lc3RhbXBpZGN1c3RvbWVySWQAAABgExAABAAAAGQTEAAJAAAAbRMQAAcA\
AAB0ExAACQAAAH0TEAACAAAAfxMQAAoAAABjdXN0b21lcmlucHV0AAAAvBMQAAgAAAB9ExAAAgAA\
AMQTEAAFAAAAfxMQAAoAAAAAAAAABAAAAAQAAAAEAAAABQAAAAUAAAA+BxAACgAAALUBAAAQAAAA\
PgcQAAoAAACOAQAAFAAAAD4HEAAKAAAAfQEAAB0AAAA+BxAACgAAAIEBAAARAAAAPgcQAAoAAABj\
AQAAOQAAAD4HEAAKAAAAXAEAAB0AAAACAAAAPgcQAAoAAAB3AQAAIgAAAD4HEAAKAAAAbQEAAB0A\
AAA+BxAACgAAAG4BAAAbAAAAPgcQAAoAAABfAQAAJgAAAD4HEAAKAAAAXwEAAD8AAAAAgAAAAAQA\
AFwSEAAIAAAAZBIQAAUAAAA+BxAACgAAANQBAAAQAAAAc3RpZ2ctLWgtAAAA4BQQAAYAAABnBxAA\
CgAAAEcAAAA9AAAAZwcQAAoAAAB6AAAAGAAAAO+7v3RoZSBib2R5IGlzIGVtcHR5OyBhIFN0aWdn\
IHdlYmhvb2sgaXMgYSBKU09OIG9iamVjdGEgdHJ1bmNhdGVkIFVURi04IHNlcXVlbmNlYW4gaW52\
YWxpZCBVVEYtOCBieXRlAAAA2AYQABAAAAAaAAAAQgAAAGF0IGxlYXN0IAAAAAAACAAhDRAAEAAA\
AHIAAAAOAAAARkZGRCENEAAQAAAAcgAAACMAAAB1bmV4cGVjdGVkIHRleHQgYWZ0ZXIgdGhlIEpT\
T04gdmFsdWVgOmBhIHN0cmluZyBrZXlgLGAgb3IgYH1gYCxgIG9yIGBdYHRoZSB0ZXh0IGVuZHMg\
aW5zaWRlIGEgc3RyaW5naW52YWxpZCBlc2NhcGUgaW4gYSBzdHJpbmcAACENEAAQAAAA0AEAACgA\
AABhIGNvbnRyb2wgY2hhcmFjdGVyIChVKzAwMDAgdG8gVSswMDFGKSBtdXN0IGJlIGVzY2FwZWQg\
aW4gYSBzdHJpbmdhIGRpZ2l0IGFmdGVyIHRoZSBkZWNpbWFsIHBvaW50YSBkaWdpdCBpbiB0aGUg\
ZXhwb25lbnRhIGRpZ2l0dHJ1ZWZhbHNlbnVsbCENEAAQAAAAlwEAABcAAABhIHZhbHVlACENEAAQ\
AAAAhgEAACwAAABcAAAABBcQAHUAAAAMFxAAYSBcdSBlc2NhcGUgbmVlZHMgZm91ciBoZXggZGln\
aXRzAAAA6AMAACENEAAQAAAAWgAAADIAAAAhDRAAEAAAAE8AAAAfAAAAIQ0QABAAAABIAAAAEwAA\
AOsIEAAQAAAAFAAAABwAAABhIGJvb2xlYW5hIG51bWJlcmEgc3RyaW5nYW4gYXJyYXlhbiBvYmpl\
Y3QAAAAAAAAEAAAABAAAAAYAAAAHAAAABwAAAAEKEAARAAAAmwAAAD0AAAABChAAEQAAAJsAAAA3\
AAAAAQoQABEAAACbAAAAVAAAAAEKEAARAAAAmwAAAE4AAAABChAAEQAAAJ8AAAAnAAAAAQoQABEA\
AACfAAAAOQAAAAEKEAARAAAAoQAAADsAAAABChAAEQAAAKIAAAAYAAAAAQoQABEAAACjAAAAJgAA\
AAEKEAARAAAApAAAABkAAAABChAAEQAAAKwAAAARAAAAAQoQABEAAACQAAAAFAAAAAEKEAARAAAA\
kAAAACYAAAABChAAEQAAAJQAAAAgAAAAAQoQABEAAACUAAAANgAAAAEKEAARAAAAaQAAABsAAABb\
XSwACAAAAAwAAAAEAAAACQAAAAkAAAAJAAAACgAAAAAAAAAEAAAABAAAAAsAAAAMAAAADQAAAA4A\
AAAiAAAAEwoQABEAAABhAAAAGwAAAFwiXFxcblxyXHRcYlxmAAAAAAAABAAAAAQAAAAPAAAAEAAA\
ABAAAAB7fToAEwoQABEAAADgAAAAPwAAABMKEAARAAAA3AAAABQAAAATChAAEQAAANwAAAAlAAAA\
XHUwMTIzNDU2Nzg5YWJjZGVmAAAAAAAAcAAAAAgAAAARAAAAEQAAABEAAAASAAAAdwgQABIAAAAo\
AAAAGwAAAHcIEAASAAAAKAAAACcAAAB3CBAAEgAAAKQAAAAjAAAA6QYQAAsAAAA1AAAAEwAAAOkG\
EAALAAAAIAAAACkAAADpBhAACwAAACAAAAA7AAAA6QYQAAsAAAAlAAAAIAAAAOkGEAALAAAAJwAA\
AD0AAADpBhAACwAAACwAAAAdAAAA6QYQAAsAAAApAAAAHQAAAOkGEAALAAAAIQAAABMAAADpBhAA\
CwAAACEAAAA1AAAA6QYQAAsAAAAhAAAAIAAAAG5hbWWWChAACwAAAHwAAAASAAAAlgoQAAsAAAB8\
AAAASQAAAJYKEAALAAAAVwAAABIAAACWChAACwAAAFcAAAAbAAAAc3RpZ2ctc2VnbWVudDogdGhl\
IHNjcmlwdCdzIGZpZWxkIGxheW91dCBpcyBub3QgaXRzIHdhc20nczsgcmVidWlsZCBpdGxpbmVj\
b2x1bW4AAAAAFAAAAAQAAAATAAAAFAAAABUAAAAUAAAAFgAAABYAAAAXAAAAGAAAAFN0aWdnLVdl\
Ymhvb2tzLVNlY3JldAAAABkAAAD8CBAACwAAABIBAAAnAAAAc2V0dGluZ3MgYXJlIG5vdCBzZXQa\
AAAA/AgQAAsAAADiAAAAHQAAAPwIEAALAAAA5AAAABsAAAD8CBAACwAAAIQBAAArAAAA/AgQAAsA\
AAAgAQAADgAAAPwIEAALAAAAJgEAACYAAAAAAAAAIAAAAAgAAAAbAAAAHAAAABsAAAAcAAAAHQAA\
AB4AAAAfAAAAIAAAAAAAAAAgAAAACAAAACEAAAAiAAAAIwAAACQAAAAlAAAAJgAAACcAAAAoAAAA\
Y2FsbHNza2lwcGVkY29kZXJlYXNvbmV2ZW50dXNlcklkYW5vbnltb3VzSWRncm91cElkcHJvcGVy\
dGllc3RyYWl0c2NvbnRleHRpbnRlZ3JhdGlvbnZlcnNpb25zdGlnZ3RyaW1tZWR0cmFja2lkZW50\
aWZ5Z3JvdXAwLjEuMGJvZHlub19jdXN0b21lcmZpbHRlcmVkSW52YWxpZEV2ZW50UGF5bG9hZFZh\
bGlkYXRpb25FcnJvckV2ZW50Tm90U3VwcG9ydGVkYWRkb24uY3JlYXRlZGFkZG9uYWRkLW9uYWRk\
b24uAO4cEAAFAAAA8xwQAAYAAAD5HBAABgAAAAEAQaS6wAALZ2FkZG9uLmRlbGV0ZWRhZGRvbi51\
cGRhdGVkYXV0b21hdGljX3JlY2hhcmdlLmNvbmZpZ3VyYXRpb24uY2hhbmdlZGF1dG9tYXRpYyBy\
ZWNoYXJnZWF1dG9tYXRpY19yZWNoYXJnZS4AQZS7wAALeWYdEAASAAAAeB0QABMAAABkFBAAAQAA\
AAAAAABhdXRvbWF0aWNfcmVjaGFyZ2Uub3BlcmF0aW9uLmF0dGVtcHRlZGNvdXBvbi5hcmNoaXZl\
ZGNvdXBvbmNvdXBvbi4AAOUdEAAGAAAA5R0QAAYAAADrHRAABwAAAAEAQZi8wAALUmNvdXBvbi5j\
cmVhdGVkY291cG9uLnVwZGF0ZWRjcmVkaXRfYmFsYW5jZS5kZXBsZXRlZAECY3JlZGl0IGJhbGFu\
Y2VjcmVkaXRfYmFsYW5jZS4AQfS8wAALtQJNHhAADgAAAFseEAAPAAAASx4QAAIAAAAAAAAAY3Jl\
ZGl0X2JhbGFuY2UubG93Y3JlZGl0X2dyYW50LmJhbGFuY2UubG93Y3JlZGl0X2dyYW50Y3JlZGl0\
IGdyYW50Y3JlZGl0X2dyYW50LgIBAAAAuh4QAAwAAADGHhAADAAAANIeEAANAAAA3x4QAAIAAAAA\
AAAAY3JlZGl0X2dyYW50LmNyZWF0ZWRjcmVkaXRfZ3JhbnQuZGVwbGV0ZWRjcmVkaXRfZ3JhbnQu\
ZXhwaXJlZGNyZWRpdF9ncmFudC51cGRhdGVkY3JlZGl0X3R5cGUuYXJjaGl2ZWRjcmVkaXRfdHlw\
ZWNyZWRpdCB0eXBlY3JlZGl0X3R5cGUuAG0fEAALAAAAeB8QAAsAAACDHxAADAAAAAEAQbS/wAAL\
pgRjcmVkaXRfdHlwZS5jcmVhdGVkY3JlZGl0X3R5cGUudW5hcmNoaXZlZGNyZWRpdF90eXBlLnVw\
ZGF0ZWRjcmVkaXRzLmF1dG9tYXRpY19yZWNoYXJnZV9saW1pdF9leGNlZWRlZGNyZWRpdHNjcmVk\
aXRzLgAAAAAAAAAAGSAQAAcAAAAgIBAACAAAAGQUEAABAAAAAAAAAGNyZWRpdHMuYmFsYW5jZS5k\
ZXBsZXRlZGNyZWRpdHMuYmFsYW5jZS51c2FnZV9sb3djcmVkaXRzLmV4cGlyZWRjcmVkaXRzLmdy\
YW50LmRlcGxldGVkY3JlZGl0cy5ncmFudC51cGRhdGVkY3JlZGl0cy5ncmFudC51c2FnZV9sb3dj\
cmVkaXRzLmdyYW50LnZvaWRlZGNyZWRpdHMuZ3JhbnRlZGN1c3RvbWVyLmNyZWF0ZWQAAWN1c3Rv\
bWVyLrwTEAAIAAAAvBMQAAgAAAADIRAACQAAAAEhEAACAAAAAQEAAEFjY291bnQgQ3JlYXRlZFN0\
aWdnJ3MgY3VzdG9tZXIgaXMgdGhlIEIyQiBhY2NvdW50LmN1c3RvbWVyLmRlbGV0ZWRBY2NvdW50\
IERlbGV0ZWRjdXN0b21lci5wYXltZW50X2ZhaWxlZGN1c3RvbWVyLnVwZGF0ZWRlbnRpdGxlbWVu\
dC51c2FnZV9leGNlZWRlZGVudGl0bGVtZW50ZW50aXRsZW1lbnQuAEHkw8AAC0nDIRAACwAAAM4h\
EAAMAAAAaRIQAAEAAAAAAAAAZW50aXRsZW1lbnRzLnVwZGF0ZWRlbnRpdGxlbWVudHNlbnRpdGxl\
bWVudHMuAEG4xMAAC4ECFCIQAAwAAAAgIhAADQAAAGkSEAABAAAAAAAAAGVudGl0eS5jcmVhdGVk\
ZW50aXR5ZW50aXR5LgBiIhAABgAAAGIiEAAGAAAAaCIQAAcAAABpEhAAAQAAAAAAAABlbnRpdHku\
ZW50aXRsZW1lbnQuY3JlYXRlZGVudGl0eS5lbnRpdGxlbWVudC51cGRhdGVkZW50aXR5LmVudGl0\
bGVtZW50LnVzYWdlX2V4Y2VlZGVkZW50aXR5X3R5cGUudXBkYXRlZGVudGl0eV90eXBlZW50aXR5\
IHR5cGVlbnRpdHlfdHlwZS4AAPwiEAALAAAAByMQAAsAAAASIxAADAAAAAEAQcTGwAALOWZlYXR1\
cmUuY3JlYXRlZGZlYXR1cmVmZWF0dXJlLgAAUyMQAAcAAABTIxAABwAAAFojEAAIAAAAAQBBiMfA\
AAt1ZmVhdHVyZS5kZWxldGVkZmVhdHVyZS51cGRhdGVkZmVhdHVyZV9ncm91cC5hcmNoaXZlZGZl\
YXR1cmVfZ3JvdXBmZWF0dXJlIGdyb3VwZmVhdHVyZV9ncm91cC68IxAADQAAAMkjEAANAAAA1iMQ\
AA4AAAABAEGIyMAAC25mZWF0dXJlX2dyb3VwLmNyZWF0ZWRmZWF0dXJlX2dyb3VwLnVuX2FyY2hp\
dmVkZmVhdHVyZV9ncm91cC51cGRhdGVkbWVhc3VyZW1lbnQucmVwb3J0ZWRtZWFzdXJlbWVudG1l\
YXN1cmVtZW50LgBBgMnAAAtNXyQQAAsAAABqJBAADAAAAGkSEAABAAAAAAAAAHBsYW4uY3JlYXRl\
ZHBsYW5wbGFuLgAAAKgkEAAEAAAAqCQQAAQAAACsJBAABQAAAAEAQdjJwAALUXBsYW4uZGVsZXRl\
ZHBsYW4udXBkYXRlZHByb2R1Y3QuY3JlYXRlZHByb2R1Y3Rwcm9kdWN0LgAA/yQQAAcAAAD/JBAA\
BwAAAAYlEAAIAAAAAQBBtMrAAAvrB3Byb2R1Y3QuZGVsZXRlZHByb2R1Y3QudXBkYXRlZHByb21v\
dGlvbmFsRW50aXRsZW1lbnQuZW5kc19zb29ucHJvbW90aW9uYWxfZW50aXRsZW1lbnRwcm9tb3Rp\
b25hbCBlbnRpdGxlbWVudHByb21vdGlvbmFsRW50aXRsZW1lbnQuAHIlEAAXAAAAiSUQABcAAACg\
JRAAFwAAAGkSEAABAAAAAAAAAHByb21vdGlvbmFsRW50aXRsZW1lbnQuZXhwaXJlZHByb21vdGlv\
bmFsRW50aXRsZW1lbnQuZ3JhbnRlZHByb21vdGlvbmFsRW50aXRsZW1lbnQucmV2b2tlZHByb21v\
dGlvbmFsRW50aXRsZW1lbnQudXBkYXRlZHN1YnNjcmlwdGlvbi5iaWxsaW5nX21vbnRoLmVuZHNf\
c29vbnN1YnNjcmlwdGlvbnN1YnNjcmlwdGlvbi4AAAB4JhAADAAAAHgmEAAMAAAAhCYQAA0AAABp\
EhAAAQAAAAABAQBzdWJzY3JpcHRpb24uY2FuY2VsZWRzdWJzY3JpcHRpb24uY3JlYXRlX2ZhaWxl\
ZANzdWJzY3JpcHRpb24uY3JlYXRlZHN1YnNjcmlwdGlvbi5leHBpcmVkc3Vic2NyaXB0aW9uLnNw\
ZW5kX2xpbWl0LmV4Y2VlZGVkc3Vic2NyaXB0aW9uLnRyaWFsLmVuZHNfc29vbnN1YnNjcmlwdGlv\
bi50cmlhbF9jb252ZXJ0ZWRzdWJzY3JpcHRpb24udHJpYWxfZXhwaXJlZFRyaWFsIEVuZGVkSnVk\
Z21lbnQgY2FsbDogb25seSB0aGUgdHJpYWwgdGhhdCBsYXBzZWQ7IGEgY29udmVydGVkIHRyaWFs\
IChgc3Vic2NyaXB0aW9uLnRyaWFsX2NvbnZlcnRlZGApIGFsc28gZW5kcyBidXQga2VlcHMgaXRz\
IG93biBuYW1lLCBzbyBUcmlhbCBFbmRlZCBjb3VudHMgdHJpYWxzIHRoYXQgZGlkIG5vdCBjb252\
ZXJ0LnN1YnNjcmlwdGlvbi50cmlhbF9zdGFydGVkVHJpYWwgU3RhcnRlZEp1ZGdtZW50IGNhbGw6\
IHRoZSB0cmlhbCdzIHN0YXJ0IGRhdGUgaXMgdGhlIHN1YnNjcmlwdGlvbidzIGBzdGFydERhdGVg\
LnN1YnNjcmlwdGlvbi51cGRhdGVkc3luYy5mYWlsZWQEc3luY2VkX2VudGl0eXN5bmNzeW5jLgAA\
AM8oEAANAAAA3CgQAAQAAADgKBAABQAAAM4oEAABAAAAAAAAAOEcEAANAAAAAQAAAAAAAAAAHRAA\
QbDSwAALGwIAAAAAAAAAJB0QAA0AAAABAAAAAAAAAAAdEABB3NLAAAsbAgAAAAAAAAAxHRAADQAA\
AAEAAAAAAAAAAB0QAEGI08AACxsCAAAAAAAAAD4dEAAoAAAAZBQQAAEAAACMHRAAQbTTwAALGwIA\
AAAAAAAAsB0QACYAAABkFBAAAQAAAIwdEABB4NPAAAsbAgAAAAAAAADWHRAADwAAAAEAAAAAAAAA\
9B0QAEGM1MAACxsCAAAAAAAAABgeEAAOAAAAAQAAAAAAAAD0HRAAQbjUwAALGwIAAAAAAAAAJh4Q\
AA4AAAABAAAAAAAAAPQdEABB5NTAAAsbAgAAAAAAAAA0HhAAFwAAAEseEAACAAAAbB4QAEGQ1cAA\
CxsCAAAAAAAAAJAeEAASAAAASx4QAAIAAABsHhAAQbzVwAALGwIAAAAAAAAAoh4QABgAAABpEhAA\
AQAAAOQeEABB6NXAAAsbAgAAAAAAAAAIHxAAFAAAAN8eEAACAAAA5B4QAEGU1sAACxsCAAAAAAAA\
ABwfEAAVAAAA3x4QAAIAAADkHhAAQcDWwAALGwIAAAAAAAAAMR8QABQAAADfHhAAAgAAAOQeEABB\
7NbAAAsbAgAAAAAAAABFHxAAFAAAAN8eEAACAAAA5B4QAEGY18AACxsCAAAAAAAAAFkfEAAUAAAA\
AQAAAAAAAACQHxAAQcTXwAALGwIAAAAAAAAAtB8QABMAAAABAAAAAAAAAJAfEABB8NfAAAsbAgAA\
AAAAAADHHxAAFgAAAAEAAAAAAAAAkB8QAEGc2MAACxsCAAAAAAAAAN0fEAATAAAAAQAAAAAAAACQ\
HxAAQcjYwAALGwIAAAAAAAAA8B8QACkAAABkFBAAAQAAACggEABB9NjAAAsbAgAAAAAAAABMIBAA\
GAAAAGQUEAABAAAAKCAQAEGg2cAACxsCAAAAAAAAAGQgEAAZAAAAZBQQAAEAAAAoIBAAQczZwAAL\
GwIAAAAAAAAAfSAQAA8AAABkFBAAAQAAACggEABB+NnAAAsbAgAAAAAAAACMIBAAFgAAAGQUEAAB\
AAAAKCAQAEGk2sAACxsCAAAAAAAAAKIgEAAVAAAAZBQQAAEAAAAoIBAAQdDawAALGwIAAAAAAAAA\
tyAQABcAAABkFBAAAQAAACggEABB/NrAAAsbAgAAAAAAAADOIBAAFAAAAGQUEAABAAAAKCAQAEGo\
28AACxsCAAAAAAAAAOIgEAAPAAAAZBQQAAEAAAAoIBAAQdTbwAALcwIAAAAAAAAA8SAQABAAAAAB\
IRAAAgAAAAwhEAAwIRAADwAAAD8hEAAkAAAAAQAAAAEBAABjIRAAEAAAAAEhEAACAAAADCEQAHMh\
EAAPAAAAPyEQACQAAAABAAAAAAAAAIIhEAAXAAAAaRIQAAEAAAAMIRAAQdjcwAALGwIAAAABAQAA\
mSEQABAAAAABIRAAAgAAAAwhEABBhN3AAAsbAgAAAAEBAACpIRAAGgAAAGkSEAABAAAA3CEQAEGw\
3cAACxsCAAAAAAAAAAAiEAAUAAAAaRIQAAEAAAAwIhAAQdzdwAALGwIAAAAAAAAAVCIQAA4AAABp\
EhAAAQAAAHAiEABBiN7AAAsbAgAAAAAAAACUIhAAGgAAAGkSEAABAAAAcCIQAEG03sAACxsCAAAA\
AAAAAK4iEAAaAAAAaRIQAAEAAABwIhAAQeDewAALGwIAAAAAAAAAyCIQACEAAABpEhAAAQAAAHAi\
EABBjN/AAAsbAgAAAAAAAADpIhAAEwAAAAEAAAAAAAAAICMQAEG438AACxsCAAAAAAAAAEQjEAAP\
AAAAAQAAAAAAAABkIxAAQeTfwAALGwIAAAAAAAAAiCMQAA8AAAABAAAAAAAAAGQjEABBkODAAAsb\
AgAAAAAAAACXIxAADwAAAAEAAAAAAAAAZCMQAEG84MAACxsCAAAAAAAAAKYjEAAWAAAAAQAAAAAA\
AADkIxAAQejgwAALGwIAAAAAAAAACCQQABUAAAABAAAAAAAAAOQjEABBlOHAAAsbAgAAAAAAAAAd\
JBAAGQAAAAEAAAAAAAAA5CMQAEHA4cAACxsCAAAAAAAAADYkEAAVAAAAAQAAAAAAAADkIxAAQezh\
wAALGwIAAAAAAAAASyQQABQAAABpEhAAAQAAAHgkEABBmOLAAAsbAgAAAAAAAACcJBAADAAAAAEA\
AAAAAAAAtCQQAEHE4sAACxsCAAAAAAAAANgkEAAMAAAAAQAAAAAAAAC0JBAAQfDiwAALGwIAAAAA\
AAAA5CQQAAwAAAABAAAAAAAAALQkEABBnOPAAAsbAgAAAAAAAADwJBAADwAAAAEAAAAAAAAAECUQ\
AEHI48AACxsCAAAAAAAAADQlEAAPAAAAAQAAAAAAAAAQJRAAQfTjwAALGwIAAAAAAAAAQyUQAA8A\
AAABAAAAAAAAABAlEABBoOTAAAsbAgAAAAAAAABSJRAAIAAAAGkSEAABAAAAuCUQAEHM5MAACxsC\
AAAAAAAAANwlEAAeAAAAaRIQAAEAAAC4JRAAQfjkwAALGwIAAAAAAAAA+iUQAB4AAABpEhAAAQAA\
ALglEABBpOXAAAsbAgAAAAAAAAAYJhAAHgAAAGkSEAABAAAAuCUQAEHQ5cAACxsCAAAAAAAAADYm\
EAAeAAAAaRIQAAEAAAC4JRAAQfzlwAALGwIAAAAAAAAAVCYQACQAAABpEhAAAQAAAJQmEABBqObA\
AAsbAgAAAAABAAC4JhAAFQAAAGkSEAABAAAAlCYQAEHU5sAACxsCAAAAAAEAAM0mEAAaAAAA5yYQ\
AAEAAACUJhAAQYDnwAALGwIAAAAAAQAA6CYQABQAAABpEhAAAQAAAJQmEABBrOfAAAsbAgAAAAAB\
AAD8JhAAFAAAAGkSEAABAAAAlCYQAEHY58AACxsCAAAAAAEAABAnEAAhAAAAaRIQAAEAAACUJhAA\
QYTowAALGwIAAAAAAQAAMScQABwAAABpEhAAAQAAAJQmEABBsOjAAAsbAgAAAAABAABNJxAAHAAA\
AGkSEAABAAAAlCYQAEHc6MAAC3MCAAAAAAEAAGknEAAaAAAAaRIQAAEAAACUJhAAgycQAAsAAACO\
JxAAsgAAAAAAAAAAAQAAQCgQABoAAABpEhAAAQAAAJQmEABaKBAADQAAAGcoEABIAAAAAAAAAAAB\
AACvKBAAFAAAAGkSEAABAAAAlCYQAEHg6cAACxsCAAAAAAEAAMMoEAALAAAAzigQAAEAAADoKBAA\
QYzqwAALkRQCAAAAAAAAAGFjY291bnRJZGFjdGl2ZVN1YnNjcmlwdGlvbnNhZGRvbnNhbW91bnRh\
dHRyaWJ1dGlvbktleXNhdXRvQ2FuY2VsbGF0aW9uUnVsZXNiaWxsaW5nQ3VycmVuY3liaWxsaW5n\
SWRiaWxsaW5nUGVyaW9kY2FuY2VsbGF0aW9uRGF0ZWNoYW5nZWRCeWNvbmZpZ0lkY29uc3VtZWRB\
bW91bnRjb25zdW1lZFBlcmNlbnRhZ2Vjb3N0Y291cG9uVHlwZWNyZWF0ZWRBdGNyZWRpdEN1cnJl\
bmN5Y3VycmVuY3lEZXNjcmlwdGlvbmN1cnJlbmN5SWRjdXJyZW5jeU5hbWVjdXJyZW5jeVVuaXRz\
Y3VycmVudEJhbGFuY2VjdXJyZW50QmlsbGluZ01vbnRoRW5kY3VycmVudEJpbGxpbmdNb250aFN0\
YXJ0Y3VycmVudEJpbGxpbmdQZXJpb2RFbmRjdXJyZW50QmlsbGluZ1BlcmlvZFN0YXJ0Y3VycmVu\
dENoYW5nZWN1cnJlbnRTcGVuZGN1cnJlbnRTcGVuZFBlcmNlbnRhZ2VjdXJyZW50VXNhZ2VkZXNj\
cmlwdGlvbmRpc2NvdW50VmFsdWVkaXNwbGF5TmFtZWVmZmVjdGl2ZUF0ZW1haWxlbmREYXRlZW50\
aXRsZW1lbnRzVXBkYXRlZEF0ZW50aXR5SWRlbnRpdHlUeXBlZW50aXR5VHlwZUlkZW52aXJvbm1l\
bnRJZGV2ZW50SWRleGNsdWRlRnJvbUV4cGVyaW1lbnRleHBlcmltZW50SW5mb2V4cGlyZUF0ZmVh\
dHVyZVR5cGVmZWF0dXJlc2dyYW50Z3JhbnRJZGdyYW50VHlwZWhhc1NvZnRMaW1pdGhhc1VubGlt\
aXRlZFVzYWdlaXNEZWZhdWx0UHJvZHVjdGlzRG93bmdyYWRlaXNFbmFibGVkaXNMYXRlc3Rpc1Nv\
ZnRMaW1pdGlzVHJpYWxTdWJzY3JpcHRpb25pc1VwZ3JhZGVpc1Zpc2libGVtYXhTcGVuZExpbWl0\
bWV0YWRhdGFtZXRlclR5cGVvcmlnaW5hdGluZ0V2ZW50SWRwYWNrYWdlRW50aXRsZW1lbnRzcGF5\
bWVudENvbGxlY3Rpb25wZXJjZW50YWdlVXNlZHBlcmlvZHByaWNlc3ByaW9yaXR5cHJvZHVjdElk\
cmVtYWluaW5nQmFsYW5jZXJlbWFpbmluZ0JhbGFuY2VQZXJjZW50YWdlcmVzZXRQZXJpb2RyZXNl\
dFBlcmlvZENvbmZpZ3VyYXRpb25yZXNvdXJjZXJlc291cmNlSWRzcGVuZExpbWl0c3RhcnREYXRl\
c3RhdHVzc3Vic2NyaXB0aW9uVXBkYXRlVXNhZ2VSZXNldEJlaGF2aW9ydGhyZXNob2xkdGhyZXNo\
b2xkUGVyY2VudGFnZXRvdGFsQ29uc3VtZWR0b3RhbEdyYW50ZWR0b3RhbFNwZW50dHJpYWxFbmRE\
YXRldHJpZ2dlcnVuaXR1bml0TGFiZWx1bml0c3VwZGF0ZWRBdHVzYWdlTGltaXR1c2FnZVBlcmlv\
ZEFuY2hvcnVzYWdlUGVyaW9kRW5kdXNhZ2VQZXJpb2RTdGFydHVzYWdlVXNlZFBlcmNlbnRhZ2V2\
ZW5kb3JJZGVudGlmaWVyAAAAFDUQAAkAAAAdNRAAEwAAADA1EAAGAAAANjUQAAYAAAA8NRAADwAA\
AEs1EAAVAAAAYDUQAA8AAABvNRAACQAAAHg1EAANAAAAhTUQABAAAACVNRAACQAAAJ41EAAIAAAA\
pjUQAA4AAAC0NRAAEgAAAMY1EAAEAAAAyjUQAAoAAADUNRAACQAAAN01EAAOAAAA6zUQABMAAAD+\
NRAACgAAAAg2EAAMAAAAFDYQAA0AAAAhNhAADgAAAC82EAAWAAAARTYQABgAAABdNhAAFwAAAHQ2\
EAAZAAAAjTYQAA0AAACaNhAADAAAAKY2EAAWAAAAvDYQAAwAAAC8ExAACAAAAH8TEAAKAAAAyDYQ\
AAsAAADTNhAADQAAAOA2EAALAAAA6zYQAAsAAAD2NhAABQAAAPs2EAAHAAAAFCIQAAwAAAACNxAA\
FQAAAGIiEAAGAAAAFzcQAAgAAAAfNxAACgAAACk3EAAMAAAANTcQAA0AAAAVEhAABQAAAEI3EAAH\
AAAASTcQABUAAABeNxAADgAAAGw3EAAIAAAAUyMQAAcAAAB0NxAACwAAAH83EAAIAAAAhzcQAAUA\
AACMNxAABwAAAJM3EAAJAAAAnDcQAAwAAACoNxAAEQAAAH0TEAACAAAAxBMQAAUAAAC5NxAAEAAA\
AMk3EAALAAAA1DcQAAkAAADdNxAACAAAAOU3EAALAAAA8DcQABMAAAADOBAACQAAAAw4EAAJAAAA\
FTgQAA0AAABkExAACQAAACI4EAAIAAAAKjgQAAkAAABsGhAABAAAADM4EAASAAAARTgQABMAAABY\
OBAAEQAAAGk4EAAOAAAAdzgQAAYAAACoJBAABAAAAH04EAAGAAAAgzgQAAgAAACLOBAACQAAACgc\
EAAGAAAAlDgQABAAAACkOBAAGgAAAL44EAALAAAAyTgQABgAAADhOBAACAAAAOk4EAAKAAAA8zgQ\
AAoAAAD9OBAACQAAAAY5EAAGAAAAeCYQAAwAAAAMORAAJAAAADA5EAAJAAAAOTkQABMAAAB0ExAA\
CQAAAEw5EAANAAAAWTkQAAwAAABlORAACgAAAG0TEAAHAAAAbzkQAAwAAAB7ORAABwAAAGATEAAE\
AAAAgjkQAAQAAACGORAACQAAAI85EAAFAAAAlDkQAAkAAACdORAACgAAAKc5EAARAAAAuDkQAA4A\
AADGORAAEAAAANY5EAATAAAA6TkQABAAAABtHBAABwAAAP04EAAJAAAAdHJpYWxfc3RhcnRfZGF0\
ZW85EAAMAAAAdHJpYWxfZW5kX2RhdGV0cmlhbF9wbGFuX25hbWUAAABsGhAABAAAAGFjY291bnRf\
bmFtZfs2EAAHAAAAY3VzdG9tZXIuaWRpbnB1dC5jdXN0b21lcklkaWQgd2hlbiBlbnRpdHlUeXBl\
IGlzICJDVVNUT01FUiJjcm1JZGwaEAAEAAAA9jYQAAUAAABvNRAACQAAADM+EAAFAAAAIjgQAAgA\
AADUNRAACQAAAHN1YnNjcmlwdGlvblN0YXR1cwAABjkQAAYAAAB4NRAADQAAAGg+EAASAAAAfD4Q\
AAEAAAB4NRAADQAAAIQ+EAABAAAAbzkQAAwAAAC0PRAAAQAAAHN0aWdnVXBkYXRlZEF0AAECAwQA\
YBMQAAQAAABkExAACQAAAHQTEAAJAAAAfRMQAAIAAAC8ExAACAAAAH0TEAACAAAAfxMQAAoAAADE\
ExAABQAAAH8TEAAKAAAAHzcQAAoAQbD+wAALowGoJBAABAAAAOA2EAALAAAAqCQQAAQAAAB9ExAA\
AgAAAHBsYW5JZAAAUD8QAAYAAAAwPxAAAgAAAEA/EAACAAAAWD8QAAEAAAAsIAAAxQsQABAAAAAz\
AAAAGAAAALwTEAAIAAAAvBMQAAgAAAADIRAACQAAAAEhEAACAAAAAQEAAHgmEAAMAAAAeCYQAAwA\
AACEJhAADQAAAGkSEAABAAAAAAEBAEHc/8AACxXDIRAACwAAAM4hEAAMAAAAaRIQAAEAQYCAwQAL\
ORQiEAAMAAAAICIQAA0AAABpEhAAAQAAAAAAAAByJRAAFwAAAIklEAAXAAAAoCUQABcAAABpEhAA\
AQBByIDBAAsVXyQQAAsAAABqJBAADAAAAGkSEAABAEHsgMEACzlNHhAADgAAAFseEAAPAAAASx4Q\
AAIAAAAAAAAAuh4QAAwAAADGHhAADAAAANIeEAANAAAA3x4QAAIAQbSBwQALFRkgEAAHAAAAICAQ\
AAgAAABkFBAAAQBB2IHBAAtZZh0QABIAAAB4HRAAEwAAAGQUEAABAAAAAAAAAM8oEAANAAAA3CgQ\
AAQAAADgKBAABQAAAM4oEAABAAAAAAAAAKgkEAAEAAAAqCQQAAQAAACsJBAABQAAAAEAQbyCwQAL\
Ge4cEAAFAAAA8xwQAAYAAAD5HBAABgAAAAEAQeCCwQALGVMjEAAHAAAAUyMQAAcAAABaIxAACAAA\
AAEAQYSDwQALGbwjEAANAAAAySMQAA0AAADWIxAADgAAAAEAQaiDwQALGf8kEAAHAAAA/yQQAAcA\
AAAGJRAACAAAAAEAQcyDwQALGeUdEAAGAAAA5R0QAAYAAADrHRAABwAAAAEAQfCDwQALGW0fEAAL\
AAAAeB8QAAsAAACDHxAADAAAAAEAQZSEwQALGfwiEAALAAAAByMQAAsAAAASIxAADAAAAAEAQbiE\
wQALeWIiEAAGAAAAYiIQAAYAAABoIhAABwAAAGkSEAABAAAAAAAAAAECA2lzICJkcm9wImlzICJl\
cnJvciIAAGwaEAAEAAAA9jYQAAUAAABvNRAACQAAADM+EAAFAAAAIjgQAAgAAAAAAAAAaAAAAAQA\
AAApAAAAKgAAACsAQbyFwQALlQYBAAAALAAAAAAAAAABAAAAAgAAAAMAAAAEAAAABQAAAAYAAAAA\
AAAAAQAAAAIAAAADAAAABAAAAAUAAAAGAAAABwAAABoIEAANAAAAMAAAAAwAAABJBxAADQAAAC4A\
AAAeAAAALBsQABUAAAB3ZWJob29rU2VjcmV0AAAAKEMQAA0AAAB0aGUgYm9keSBoYXMgbm8gInR5\
cGUiIGZpZWxkOyBldmVyeSBTdGlnZyB3ZWJob29rIG5hbWVzIGl0cyB0eXBlLCBzdWNoIGFzICJz\
dWJzY3JpcHRpb24uY3JlYXRlZCJ0aGUgInR5cGUiIGZpZWxkIGlzIGVtcHR5MAAAAAAAAAEAAAAA\
AAAAKEMQAA0AAAAEAAAAAAAAAGEgbm9uLUFTQ0lJIGNoYXJhY3RlcmEgY29udHJvbCBjaGFyYWN0\
ZXJXBxAADwAAAKkBAAANAAAAVwcQAA8AAACkAQAAKAAAAFcHEAAPAAAApQEAADcAAABXBxAADwAA\
AKUBAABPAAAAVwcQAA8AAAClAQAAFAAAAGV2ZW50TmFtZVN0eWxlZXZlbnRBbGxvd2xpc3RldmVu\
dERlbnlsaXN0cmVkYWN0UHJvcGVydGllc2lkZW50aWZ5Q3VzdG9tZXJzbWVzc2FnZUlkTmFtZXNw\
YWNlZ3JvdXBDYWxsc3BsYW5UcmFpdHN3YXJlaG91c2VTYWZlUHJvcGVydGllcwAoQxAADQAAAFBE\
EAAOAAAAABIQABEAAABeRBAADgAAAGxEEAANAAAAeUQQABAAAACJRBAAEQAAAOMSEAAPAAAAmkQQ\
ABIAAACsRBAACgAAALZEEAAKAAAAwEQQABcAAABzbmFrZV9jYXNlT2JqZWN0IEFjdGlvbm9yaWdp\
bmFsU2VnbWVudCBTcGVjADhFEAAKAAAAQkUQAA0AAABPRRAACAAAAFdFEAAMAAAAdHJpbYRFEAAE\
AAAAFRIQAAUAAAAAAAAAOEUQAAoAAABQRBAADgAAAGRFEAAEAAAAAAAAABESEAAEAAAAABIQABEA\
AAAkEhAAAwAAAAIAQdyLwQALEV5EEAAOAAAABAAAAAAAAAACAEH4i8EACxFsRBAADQAAAAQAAAAA\
AAAAAgBBlIzBAAsSeUQQABAAAAAEAAAAAAAAAAEBAEGwjMEACwmJRBAAEQAAAAQAQcSMwQALNYRF\
EAAEAAAA4xIQAA8AAACIRRAAAgAAAAAAAAABAAAAAAAAAJpEEAASAAAABAAAAAAAAAABAEGEjcEA\
CxGsRBAACgAAAAQAAAAAAAAAAQBBoI3BAAsRtkQQAAoAAAAEAAAAAAAAAAEAQbyNwQAL4RDARBAA\
FwAAAAQAAAAAAAAAdHJ1ZSBvciBmYWxzZWFuIGFycmF5IG9mIHN0cmluZ3NkAAAAiggQABAAAAAo\
AAAANQAAAC0AAAAgAAAABAAAAC4AAAAvAAAAMAAAADEAAAAQAAAABAAAADIAAABpbnRlcm5hbCBl\
cnJvcjogZW50ZXJlZCB1bnJlYWNoYWJsZSBjb2RlOiB0aGUgZnVsbCBwYXRoIGFsd2F5cyBoYXMg\
dGhlIGJvZHkA9Q0QAAoAAAA6AAAAHwAAAGFub255bW91c19pZGxvYWRlZF9hdG9yaWdpbmFsX3Rp\
bWVzdGFtcHJlY2VpdmVkX2F0c2VudF9hdHVzZXJfaWR1dWlkdXVpZF90cwCERxAADAAAAH0TEAAC\
AAAAkEcQAAkAAACZRxAAEgAAAKtHEAALAAAAtkcQAAcAAAB0ExAACQAAAL1HEAAHAAAAxEcQAAQA\
AADIRxAABwAAAIUKEAAQAAAAUQAAABIAAACFChAAEAAAAFUAAAAXAAAAZXZlbnRfdGV4dAAALhwQ\
AAUAAABASBAACgAAAGdyb3VwX2lkXEgQAAgAAABbHBAABwAAAGNvbnRleHRfIjgQAAgAAAC8ExAA\
CAAAACI4EAAIAAAAqCQQAAQAAAAiOBAACAAAAHxIEAABAAAAhEgQAAIAAACUSBAAAgAAAEF0dGVt\
cHRlZCB0byBpbml0aWFsaXplIHRocmVhZC1sb2NhbCB3aGlsZSBpdCBpcyBiZWluZyBkcm9wcGVk\
AAByBxAAXgAAAGsAAAANAAAACAkQAE8AAADfAQAAGQAAAG1pZCA+IGxlbgAAANYLEABNAAAAggoA\
ACUAAADWCxAATQAAAPIDAAAcAAAA1gsQAE0AAADzAwAAHAAAANYLEABNAAAA9wMAACAAAADWCxAA\
TQAAAPcDAAArAAAAJQoQAF8AAADGAAAAJwAAAHcGEABgAAAAoAEAAC4AAABhc3NlcnRpb24gZmFp\
bGVkOiBpZHggPCBDQVBBQ0lUWWkLEABbAAAAngIAAAkAAABhc3NlcnRpb24gZmFpbGVkOiBlZGdl\
LmhlaWdodCA9PSBzZWxmLmhlaWdodCAtIDFpCxAAWwAAALYCAAAJAAAAaQsQAFsAAAC6AgAACQAA\
AGkLEABbAAAA8AAAAE0AAABhc3NlcnRpb24gZmFpbGVkOiBzcmMubGVuKCkgPT0gZHN0Lmxlbigp\
aQsQAFsAAABUBwAABQAAAGkLEABbAAAA0AQAACMAAABpCxAAWwAAABMFAAAkAAAAYXNzZXJ0aW9u\
IGZhaWxlZDogZWRnZS5oZWlnaHQgPT0gc2VsZi5ub2RlLmhlaWdodCAtIDEAAABpCxAAWwAAAAME\
AAAJAAAAJQoQAF8AAABYAgAAMAAAANEHEABIAAAAsQAAABYAAABhdHRlbXB0IHRvIGpvaW4gaW50\
byBjb2xsZWN0aW9uIHdpdGggbGVuID4gdXNpemU6Ok1BWAAAANEHEABIAAAAmgAAAAoAAAB1DBAA\
TAAAAK8PAAANAAAAsAkQAFAAAABCAAAAEwAAAGfmCWqFrme7cvNuPDr1T6V/Ug5RjGgFm6vZgx8Z\
zeBbIjoAAAQAAAAJAAAACAAAAAgAAAAIAAAACQAAANgWEAB8FxAAhRcQAI0XEACVFxAAnRcQAAUA\
AAAHAAAABAAAAAYAAAAEAAAABQAAAAYAAAALAAAABwAAAAoAAAAGAAAACQAAAAkAAAAHAAAACwAA\
AAQAAAAHAAAABQAAAAcAAAAFAAAACAAAAAUAAAAFAAAABQAAAAQAAAALAAAACAAAABgcEAAdHBAA\
JBwQACgcEABgExAALhwQADMcEAA5HBAARBwQAEscEABVHBAAZBMQAHQTEABbHBAAYhwQAGwaEABt\
HBAAdBwQAHkcEACAHBAAhRwQAI0cEAB0HBAAkhwQAJccEACbHBAAphwQAAIAAAALAAAACgAAABAA\
AAAgAAAAfRMQAPg9EAB/ExAAAz4QABM+EAADAAAABAAAAAUAAAAGAAAAAwAAAAEAAAABAAAAAQAA\
AAEAAAACAAAAAQAAAAIAAAABAAAA0D4QANg+EADgPhAA6D4QAPA+EAAAPxAACD8QABg/EAATAAAA\
DwAAABEAAACuHBAAwRwQANAcEABjbG9zdXJlIGludm9rZWQgcmVjdXJzaXZlbHkgb3IgYWZ0ZXIg\
YmVpbmcgZHJvcHBlZAAAXQ0QAE4AAAD5OwAAAQAAAF8AAABgAAAAYQAAAGIAAABYCRAAVwAAAMgA\
AAAsAAAAWAkQAFcAAAC7AAAAIAAAAFRyaWVkIHRvIHNocmluayB0byBhIGxhcmdlciBjYXBhY2l0\
eSQMEABQAAAALAMAAAkAAAAoCBAATgAAAHEHAAARAAAAZwAAAAwAAAAEAAAAaAAAAGkAAABqAAAA\
AAAAAAgAAAAEAAAAawAAAGwAAABtAAAAbgAAAG8AAAAQAAAABAAAAHAAAABxAAAAcgAAAHMAAABt\
XcvWLFDrY3hBpldxG4u5FaJcVTRVB9RTeK2BUfCj92Fzc2VydGlvbiBmYWlsZWQ6IHBzaXplID49\
IHNpemUgKyBtaW5fb3ZlcmhlYWQAADINEAAqAAAAsQQAAAkAAABhc3NlcnRpb24gZmFpbGVkOiBw\
c2l6ZSA8PSBzaXplICsgbWF4X292ZXJoZWFkAAAyDRAAKgAAALcEAAANAAAAAAAAAAgAAAAEAAAA\
dAAAAEFjY2Vzc0Vycm9yAGcAAAAMAAAABAAAAHUAAADvv71jYXBhY2l0eSBvdmVyZmxvdyQMEABQ\
AAAAHAAAAAUAAAB2AAAADAAAAAQAAAB3AAAAeAAAAHkAQaiewQALgAEBAAAAegAAAGEgZm9ybWF0\
dGluZyB0cmFpdCBpbXBsZW1lbnRhdGlvbiByZXR1cm5lZCBhbiBlcnJvciB3aGVuIHRoZSB1bmRl\
cmx5aW5nIHN0cmVhbSBkaWQgbm90AAD1BhAASAAAAI8CAAAOAAAARXJyb3ICAgICAgICAgICAgBB\
xZ/BAAsIAgIAAAAAAAIAQfyfwQALAQIAQaKgwQALAQEAQb2gwQALAQEAQZ6hwQALpAlwAAcALQEB\
AQIBAgEBSAswFRABZQcCBgICAQQjAR4bWws6CQkBGAQBCQEDAQUrAzsJKhgBIDcBAQEECAQBAwcK\
Ah0BOgEBAQIECAEJAQoCGgECAjkBBAIEAgIDAwEeAgMBCwI5AQQFAQIEARQCFgYBAToBAQIBBAgB\
BwMKAh4BOwEBAQwBCQEoAQMBNwEBAwUDAQQHAgsCHQE6AQICAQEDAwEEBwILAhwCOQIBAQIECAEJ\
AQoCHQFIAQQBAgMBAQgBUQECBwwIYgECCQsHSQIbAQEBAQE3DgEFAQIFCwEkCQFmBAEGAQICAhkC\
BAMQBA0BAgIGAQ8BAAMABBwDHQIeAkACAQcIAQILCQEtAwEBdQIiAXYDBAIJAQYD2wICAToBAQcB\
AQEBAggGCgIBMC4CDBQEMAoEAyYJDAIgBAIGOAEBAgMBAQU4CAICmAMBDQEHBAEGAQMCxkAAAcMh\
AAONAWAgAAZpAgAEAQogAlACAAEDAQQBGQIFAZcCGhINASYIGQsBASwDMAECBAICAgEkAUMGAgIC\
AgwBCAEvATMBAQMCAgUCAQEqAggB7gECAQQBAAEAEBAQAAIAAeIBlQUAAwECBQQoAwQBpQIABEEF\
AAJNBkYLMQR7ATYPKQECAgoDMQQCAgcBPQMkBQEIPgEMAjQJAQEIBAIBXwMCBAYBAgGdAQMIFQI5\
AgEBAQEMAQkBDgcDBUMBAgYBAQIBAQMEAwEBDgJVCAIDAQEXAVEBAgYBAQIBAQIBAusBAgQGAgEC\
GwJVCAIBAQJqAQEBAghlAQEBAgQBBQAJAQL1AQoEBAGQBAICBAEgCigGAgQIAQkGAgMuDQECxgEB\
AwEByQcBBgEBUhYCBwECAQJ6BgMBAQIBBwEBSAIDAQEBAAILAjQFBQMXAQABBg8ADAMDAAU7BwAB\
PwRRAQsCAAIALgIXAAUDBggIAgceBJQDADcEMggBDgEWBQEPAAcBEQIHAQIBBWQBoAcAAT0EAAT+\
AvMBAgEHAgUBAAdtBwBggPAAMDEyMzQ1Njc4OWFiY2RlZgAAAAAEAAAABAAAAIIAAAB9IH1bLi4u\
XWNhbGxlZCBgT3B0aW9uOjp1bndyYXAoKWAgb24gYSBgTm9uZWAgdmFsdWU9PSE9bWF0Y2hlczAw\
MDEwMjAzMDQwNTA2MDcwODA5MTAxMTEyMTMxNDE1MTYxNzE4MTkyMDIxMjIyMzI0MjUyNjI3Mjgy\
OTMwMzEzMjMzMzQzNTM2MzczODM5NDA0MTQyNDM0NDQ1NDY0NzQ4NDk1MDUxNTI1MzU0NTU1NjU3\
NTg1OTYwNjE2MjYzNjQ2NTY2Njc2ODY5NzA3MTcyNzM3NDc1NzY3Nzc4Nzk4MDgxODI4Mzg0ODU4\
Njg3ODg4OTkwOTE5MjkzOTQ5NTk2OTc5ODk5AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\
AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\
AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQYSrwQALMwICAgICAgIC\
AgICAgICAgICAgICAgICAgICAgICAgMDAwMDAwMDAwMDAwMDAwMEBAQEBABBw6vBAAvWDQYBAQMB\
BAIFBwcCCAgJAgoFCwIOBBABEQISBRMcFAEVAhcCGQ0cBR0IHwEkAWoEawJuAq8DsQK8As8C0QLU\
DNUJ1gLXAtoB4AXhAuYB5wToAu4g8AT4AvoF+wEMJzs+Tk+Pnp6fe4uTlqKyuoaxBgcJNj0+VvPQ\
0QQUGDY3Vld/qq6vvTXgEoeJjp4EDQ4REikxNDpFRklKTk9kZYqMjY+2wcPExsvWXLa3GxwHCAoL\
FBc2OTqoqdjZCTeQkagHCjs+ZmmPkhFvX7/u71piubr0/P9TVJqbLi8nKFWdoKGjpKeorbq8xAYL\
DBUdOj9FUaanzM2gBxkaIiU+P9/n7O//xcYEICMlJigzODpISkxQU1VWWFpcXmBjZWZrc3h9f4qk\
qq+wwNCur25vx93ek14iewUDBC0DZgMBLy6Agh0DMQ8cBCQJHgUrBUQEDiqAqgYkBCQEKAg0C04D\
NAyBNwkWCggYO0U5A2MICTAWBSEDGwUbJjgESwUvBAoHCQdAICcEDAk2AzoFGgcEDAdQSTczDTMH\
LggKBiYDHQgCgNBSEAYICSEuCCoWGiYcFBcJTgQkCUQNGQcKBkgIJwl1C0I+KgY7BQoGUQYBBRAD\
BQtZCAIdYh5ICAqApl4iRQsKBg0TOgYKBhQcLAQXgLk8ZFMMSAkKRkUbSAhTDUkHClYIWCIOCgZG\
Ch0DR0k3Aw4ICgY5BwoGLAQKgPYZBzsDHVUBDzINg5tmdQuAxIpMYw2EMBAWCo+bBYJHmrk6hsaC\
OQcqBFwGJgpGCigFE4GwOoDGWwU0LEsEOQcRQAULBwmc1ikgYXOh/YEzDwEdBg4ECIGMiQRrBQ0D\
CQcQj2CA/QOBtAYXDxEPRwl0PID2CnMIcBVGehQMFAxXCRmAh4FHA4VCDxWEUB8GBoDVKwU+IQFw\
LQMaBAKBQB8ROgUBgdAqgNYrBAGAwDYIAoDggPcpTAQKBAKDEURMPYDCPAYBBFUFGzQCgQ4sBGQM\
VgqArjgdDSwECQcCDgaAmoPZAxEDDQOA2gYMBAEPDAQ4CAoGKAgsBAIOCSeBWAgdAwsDOwQeBAoH\
gPuEBQABAwUFBgYCBwYIBwkRChwLGQwZDRAODA8EEAMSEhMJFgEXBBgBGQMaCRsBHAIfFiADKwIt\
Cy4BMAQxAjIBqQKqBKsI+gL7Bf4D/wmteHmLjaIwV1iLjJAc3Q4PS0z7/C4vP1xdX+KEjY6Rkqmx\
urvFxsnK3uTl/wAEERIpMTQ3Ojs9SUpdhI6SqbG0urvGys7P5OUABA0OERIpMTQ6O0VGSUpeZGWE\
kZudyc7PDREpOjtFSVdbXl9kZY2RqbS6u8XJ3+Tl8A0RRUlkZYCEsry+v9XX8PGDhYukpr6/xcfP\
2ttImL3Nxs7PSU5PV1leX4mOj7G2t7/BxsfXERYXW1z29/7/gG1x3t8OH25vHB1ffX6ur97fTbu8\
FhceH0ZHTk9YWlxefn+1xdTV3PDx9XJzj3R1Ji4vp6+3v8fP19+aAECXmDCPH87/Tk9aWwcIDxAn\
L+7vbm83PT9CRVNndcjJ0NHY2ef+/wAgXyKC3wSCRAgbBAYRgawOgKsFIAeBHAMZCAEELwQ0BAcD\
AQcGBxEKUA8SB1UHAwQcCgkDCAMHAwIDAwMMBAUDCwYBDhUFTgcbB1cHAgUYDFAEQwMtAwEEEQYP\
DDoEHSVfIG0EaiWAyAWCsAMaBoL9A1kHFgkYCRQMFAxqBgoGGgZZBysFRgosBAwEAQMxCywEGgYL\
A4CsBgoGTBSA9Ag8Aw8DPgU4CCsFgv8RGAgvES0DIg4hD4CMBIKaFgsViJQFLwU7BwIOGAmAviJ0\
DIDWGoEQBYDhCfKeAzcJgVwUgLgIgN0UPAMKBjgIRggMBnQLHgNaBFkJgIMYHAoWCUwEgIoGq6QM\
FwQxoQSB2iYHDAUFgrMgKgZMBICNBIC+AxsDDw0AALQKEABVAAAACgAAACsAAAC0ChAAVQAAABoA\
AAA2AAAAYXR0ZW1wdCB0byBkaXZpZGUgYnkgemVybwAAAAADAACDBCAAkQVgAF0ToAASFyAfDCBg\
H+8sYCsqMOArb6agLAKoIC0e+yAuAP5gNp7/oDb9ASE3AQphNyQNITirDqE5LxghOvMeIUtANKFT\
HmHhVPBqYVVPb+FVnbxhVgDPYVdl0aFXANohWADgoVmu4iFb7OThXNDoYV0gAO5e8AF/Xy4uMHgw\
MTIzNDU2Nzg5QUJDREVGUmVmQ2VsbCBhbHJlYWR5IG11dGFibHkgYm9ycm93ZWRSZWZDZWxsIGFs\
cmVhZHkgYm9ycm93ZWTvUxAA8VMQAPNTEAACAAAAAgAAAAcAQaO5wQALAYAAQfC5wQALAWQAQfy5\
wQALAQQAlAEPdGFyZ2V0X2ZlYXR1cmVzCCsPbXV0YWJsZS1nbG9iYWxzKxNub250cmFwcGluZy1m\
cHRvaW50KwtidWxrLW1lbW9yeSsIc2lnbi1leHQrD3JlZmVyZW5jZS10eXBlcysKbXVsdGl2YWx1\
ZSsPYnVsay1tZW1vcnktb3B0KxZjYWxsLWluZGlyZWN0LW92ZXJsb25n\
';
}
