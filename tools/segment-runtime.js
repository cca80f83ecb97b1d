// An emulation of Segment's source-function runtime, for tests and tools.
//
// It follows Segment's open-source shim (buildpack/boreal in
// segmentio/functions-library): the function's code runs in a fresh `vm`
// context that holds only the globals Segment documents, wrapped in a
// function the way boreal wraps handler.js, and `Segment.track` /
// `Segment.identify` validate and record calls as boreal's do. There is no
// `require`, `TextEncoder`, `TextDecoder` or `structuredClone` inside.
'use strict';
const vm = require('node:vm');
const nodeCrypto = require('node:crypto');

const ERROR_CLASSES = ['ValidationError', 'InvalidEventPayload', 'EventNotSupported', 'RetryError'];

/**
 * The globals Segment's function sandbox provides, after its open-source
 * buildpack/boreal shim: no require, TextEncoder, TextDecoder or structuredClone.
 */
function segmentGlobals(consoleSink) {
  const globals = {
    atob,
    btoa,
    fetch,
    crypto: nodeCrypto,
    Buffer,
    URL,
    URLSearchParams,
    Headers,
    console: consoleSink,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
  };
  // Segment's `_` is lodash, an npm package: loaded on first use, so that
  // running a function that never touches it (ours) needs no node_modules
  // (`make demo` on a machine with only Node).
  let lodash;
  Object.defineProperty(globals, '_', {
    enumerable: true,
    configurable: true,
    get() {
      if (lodash === undefined) {
        try {
          lodash = require('lodash');
        } catch {
          throw new Error("the emulated runtime's `_` is lodash, which is not installed: run npm ci");
        }
      }
      return lodash;
    },
  });
  return globals;
}

/** Records Segment calls, validating as boreal's `Segment` object does. */
function createSegmentRecorder(errors) {
  const setAttribute = (object, name, value) => {
    if (value) object[name] = value; // boreal drops every falsy field
  };
  const assertExists = (object, name) => {
    if (typeof object[name] === 'undefined' || object[name] === '') {
      throw new errors.ValidationError(`${name} is required but not defined`);
    }
  };
  const common = (d) => {
    if (!d.userId && !d.anonymousId) {
      throw new errors.ValidationError('One of userId,anonymousId is required but not defined');
    }
    const fields = {};
    for (const name of ['userId', 'anonymousId', 'context', 'integrations', 'messageId', 'sentAt', 'timestamp']) {
      setAttribute(fields, name, d[name]);
    }
    return fields;
  };
  const recorder = {
    events: [],
    track(d) {
      assertExists(d, 'event');
      const call = { type: 'track', event: d.event };
      setAttribute(call, 'properties', d.properties);
      Object.assign(call, common(d));
      recorder.events.push(call);
      return call;
    },
    identify(d) {
      const call = { type: 'identify' };
      setAttribute(call, 'traits', d.traits);
      Object.assign(call, common(d));
      recorder.events.push(call);
      return call;
    },
    group(d) {
      assertExists(d, 'groupId');
      const call = { type: 'group', groupId: d.groupId };
      setAttribute(call, 'traits', d.traits);
      Object.assign(call, common(d));
      recorder.events.push(call);
      return call;
    },
  };
  for (const type of ['page', 'screen', 'alias']) {
    recorder[type] = (d) => {
      const call = { type, ...d, ...common(d) };
      recorder.events.push(call);
      return call;
    };
  }
  return recorder;
}

/**
 * Loads a source function's code.
 *
 * options.loader      'boreal' (default): wrapped in a function as boreal does;
 *                     'script': run as a plain classic script.
 * options.omitGlobals names to leave out (e.g. ['Buffer']) for sandbox tests.
 * options.exportNames top-level functions to hand back (default ['onRequest']).
 * options.console     where the function's console goes (default: ours).
 * options.globals     extra globals (e.g. TextEncoder) to test other sandboxes.
 */
function loadFunction(code, options = {}) {
  const exportNames = options.exportNames || ['onRequest'];
  const globals = segmentGlobals(options.console || console);
  for (const name of options.omitGlobals || []) delete globals[name];
  Object.assign(globals, options.globals);

  const context = vm.createContext(globals);
  // The error classes are defined inside the sandbox, so a function's
  // `instanceof ValidationError` works as it does in Segment.
  const errors = vm.runInContext(
    `(() => {
      const make = (name) => ({ [name]: class extends Error {
        constructor(message) { super(message); this.name = name; }
      } })[name];
      return { ${ERROR_CLASSES.map((name) => `${name}: make('${name}')`).join(', ')} };
    })()`,
    context,
  );
  Object.assign(context, errors);
  const segment = createSegmentRecorder(errors);
  context.Segment = segment;

  let exported;
  if ((options.loader || 'boreal') === 'boreal') {
    const assign = exportNames.map((name) => `__exports.${name} = ${name};`).join(' ');
    const wrapper = `(function (__exports, ${exportNames.join(', ')}) {\n${assign}\n${code};\n${assign}\n});`;
    const wrapped = vm.runInContext(wrapper, context, { filename: 'handler.js', lineOffset: -2 });
    exported = {};
    const notSupported = () => {
      throw new errors.EventNotSupported('request not supported');
    };
    wrapped.call(context, exported, ...exportNames.map(() => notSupported));
  } else {
    vm.runInContext(code, context, { filename: 'handler.js' });
    exported = Object.fromEntries(exportNames.map((name) => [name, context[name]]));
  }

  return {
    ...exported,
    context,
    errors,
    segment,
    /** Returns and clears the calls recorded so far. */
    takeEvents() {
      const events = segment.events;
      segment.events = [];
      return events;
    },
    /** Builds a request the way Segment hands one to onRequest. */
    request(init) {
      return createRequest(init, context);
    },
  };
}

/** Sorts object keys at every depth, as deployed Segment functions see them. */
function alphabetize(value) {
  if (Array.isArray(value)) return value.map(alphabetize);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, alphabetize(value[key])]));
  }
  return value;
}

/**
 * init.body         the raw body text, or an object
 * init.headers      plain object of headers
 * init.url          request URL (default Segment's function URL)
 * init.alphabetize  sort the body's keys, as deployed functions receive it
 * init.realm        'host' (default): json() objects come from another realm,
 *                   as in Segment; 'sandbox': from the function's own realm
 * init.text         false to offer only json(), as Segment documents
 */
function createRequest(init, context) {
  let text = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
  if (init.alphabetize) text = JSON.stringify(alphabetize(JSON.parse(text)));
  const parse = init.realm === 'sandbox' ? vm.runInContext('JSON.parse', context) : JSON.parse;
  let parsed;
  const request = {
    headers: new Headers(init.headers || {}),
    url: new URL(init.url || 'https://fn.segmentapis.com/'),
    json() {
      if (parsed === undefined) parsed = parse(text);
      return parsed;
    },
  };
  if (init.text !== false) request.text = () => text;
  return request;
}

module.exports = { loadFunction, createRequest, alphabetize, ERROR_CLASSES };
