#!/usr/bin/env node
// `make function-dev`: a local stand-in for a Segment source function's
// endpoint. POST a Stigg webhook to http://127.0.0.1:${PORT:-8788}/ and it
// runs pkg/segment-function.js in the emulated Segment runtime, answering
// with the Segment calls it made; it sends nothing anywhere. Point Stigg's
// "Send test event" at it through a tunnel to see what real webhooks become.
// (The relay that does deliver to Segment is the binary's
// `stigg-segment serve`, on 8787.)
//
// Settings: STIGG_SEGMENT_SETTINGS_FILE=path/to/settings.json, and/or one
// environment variable per setting, named by the core's rule (the package's
// settingsFromEnvironment): STIGG_SEGMENT_WEBHOOK_SECRET,
// STIGG_SEGMENT_EVENT_NAME_STYLE, STIGG_SEGMENT_EVENT_ALLOWLIST=a.*,b.*,
// STIGG_SEGMENT_IDENTIFY_CUSTOMERS=false, ...; the variables win. They are
// checked at start-up, as the function checks them: an unknown
// STIGG_SEGMENT_ variable stops it.
//
// The server itself:
//   FUNCTION_DEV_WORKERS          functions running at once, each in its own
//                                 thread (default: the cores, at most 4)
//   FUNCTION_DEV_TIMEOUT_MS       a webhook running longer is stopped and
//                                 answered 504 (default 5000, Segment's limit)
//   FUNCTION_DEV_MAX_CONNECTIONS  connections at once (default 64)
//   FUNCTION_DEV_FILE             the script to run (default
//                                 pkg/segment-function.js)
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');
const { loadFunction } = require('./segment-runtime');

const root = path.join(__dirname, '..');
/** The core's limits and names: the body limit (Segment's 512 KiB), the
 * secret header, the error classes. */
const LIMITS = require(path.join(root, 'pkg')).limits();
const MAX_BODY_BYTES = LIMITS.maxBodyBytes;
/** A whole request, upload included, gets this long (a trickled upload
 * would otherwise hold a connection for Node's default 5 minutes). */
const REQUEST_TIMEOUT_MS = 30_000;
/** How long a connection cut for a too-large upload lingers, unread. */
const CLOSE_AFTER_413_MS = 1000;
const REJECTED = new Set(LIMITS.errorClasses);

class StartupError extends Error {}

function readSettingsFile(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new StartupError(`the settings file ${file} could not be read (${err.code || err.message})`);
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new StartupError(`the settings file ${file} is not valid JSON: ${err.message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new StartupError(`the settings file ${file} must hold one JSON object of settings`);
  }
  try {
    // The core's own check: an unknown name (a typo) or a wrong type.
    require(path.join(root, 'pkg')).configure(JSON.stringify(parsed));
  } catch (err) {
    throw new StartupError(`the settings file ${file}: ${err.message}`);
  }
  return parsed;
}

/**
 * Reads settings from the settings file and the environment, named and
 * typed by the core. Warns (through `warn`) of each variable set under an
 * old name, which is not read.
 */
function loadSettings(env, warn = (line) => console.warn(line)) {
  let read;
  try {
    read = require(path.join(root, 'pkg')).settingsFromEnvironment(env);
  } catch (err) {
    throw new StartupError(err.message);
  }
  for (const warning of read.warnings) warn(`function-dev: warning: ${warning}`);
  const settings = read.settingsFile === undefined ? {} : readSettingsFile(read.settingsFile);
  return { ...settings, ...read.settings };
}

/**
 * Runs the settings through the function's own checks, so a bad value
 * stops start-up instead of failing every webhook.
 */
function checkSettings(settings) {
  const { transform } = require(path.join(root, 'pkg'));
  const secret = settings.webhookSecret;
  const headers = typeof secret === 'string' && secret ? { [LIMITS.secretHeader]: secret } : {};
  try {
    transform('{"type":"customer.updated","id":"function-dev-settings-check"}', headers, settings);
  } catch (err) {
    throw new StartupError(String(err && err.message));
  }
}

function positiveInteger(env, name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) throw new StartupError(`${name} must be a whole number above 0, not ${JSON.stringify(raw)}`);
  return value;
}

function serverOptions(env) {
  return {
    workers: positiveInteger(env, 'FUNCTION_DEV_WORKERS', Math.min(4, os.availableParallelism())),
    functionTimeoutMs: positiveInteger(env, 'FUNCTION_DEV_TIMEOUT_MS', 5000),
    maxConnections: positiveInteger(env, 'FUNCTION_DEV_MAX_CONNECTIONS', 64),
    functionFile: env.FUNCTION_DEV_FILE || path.join(root, 'pkg', 'segment-function.js'),
  };
}

// --- the function, in worker threads ---------------------------------------

/** In a worker: loads the function once, then runs one webhook at a time. */
function runWorker() {
  let logs = [];
  const sandboxConsole = {
    log: (...args) => logs.push(args.join(' ')),
    warn: (...args) => logs.push(args.join(' ')),
    error: (...args) => logs.push(args.join(' ')),
  };
  const fn = loadFunction(workerData.code, { console: sandboxConsole });
  parentPort.on('message', async ({ body, headers, url, settings }) => {
    logs = [];
    fn.takeEvents();
    let result;
    try {
      await fn.onRequest(fn.request({ body, headers, url }), settings);
      result = { calls: fn.takeEvents(), logs };
    } catch (err) {
      result = { error: { name: (err && err.name) || 'Error', message: String(err && err.message) }, logs };
    }
    // JSON, not structured clone: the calls are objects of the sandbox's realm.
    parentPort.postMessage(JSON.stringify(result));
  });
  parentPort.postMessage('ready');
}

/**
 * A fixed set of worker threads. A webhook runs in a free one; one that
 * outlives the time limit has its thread terminated and replaced, so a slow
 * webhook holds up nothing but itself.
 */
function createPool({ code, size, timeoutMs }) {
  const idle = [];
  const queue = [];
  const workers = new Set();
  let closing = false;
  let pendingLoads = size;
  let loaded;
  const firstLoad = new Promise((resolve, reject) => {
    loaded = { resolve, reject };
  });

  function spawn() {
    const worker = new Worker(__filename, { workerData: { code } });
    let ready = false;
    let loadError = null;
    workers.add(worker);
    // An error always ends the thread; 'exit' below deals with it.
    worker.on('error', (err) => {
      loadError = loadError || err;
    });
    worker.once('message', (message) => {
      if (message !== 'ready') return;
      ready = true;
      pendingLoads -= 1;
      if (pendingLoads === 0) loaded.resolve();
      idle.push(worker);
      pump();
    });
    worker.on('exit', (exitCode) => {
      workers.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      if (closing) return;
      if (!ready) {
        // The code itself does not load: starting another thread would not help.
        loaded.reject(new StartupError(`the function could not be loaded: ${loadError ? loadError.message : `its thread exited with ${exitCode}`}`));
        if (workers.size === 0) failQueued();
        return;
      }
      spawn();
    });
  }

  function failQueued() {
    for (const { resolve } of queue.splice(0)) {
      resolve({ error: { name: 'InternalError', message: 'no thread could load the function' } });
    }
  }

  function pump() {
    while (queue.length && idle.length) start(idle.pop(), queue.shift());
  }

  function start(worker, { job, resolve }) {
    let done = false;
    const finish = (result, healthy) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      if (healthy) idle.push(worker);
      else worker.terminate(); // its 'exit' starts a replacement
      resolve(result);
      pump();
    };
    const onMessage = (message) => finish(JSON.parse(message), true);
    const onExit = (exitCode) => finish({ error: { name: 'InternalError', message: `the function's thread stopped (exit code ${exitCode})` } }, false);
    const timer = setTimeout(() => finish({ timedOut: true }, false), timeoutMs);
    worker.on('message', onMessage);
    worker.once('exit', onExit);
    worker.postMessage(job);
  }

  for (let i = 0; i < size; i++) spawn();
  firstLoad.catch(() => {}); // reported to whoever awaits `ready`
  return {
    ready: firstLoad,
    run: (job) => new Promise((resolve) => {
      if (workers.size === 0) {
        resolve({ error: { name: 'InternalError', message: 'no thread could load the function' } });
        return;
      }
      queue.push({ job, resolve });
      pump();
    }),
    close: () => {
      closing = true;
      for (const worker of workers) worker.terminate();
    },
  };
}

// --- HTTP --------------------------------------------------------------------

function createServer({ settings, log = console.log, env = process.env } = {}) {
  const options = serverOptions(env);
  const code = fs.readFileSync(options.functionFile, 'utf8');
  const pool = createPool({ code, size: options.workers, timeoutMs: options.functionTimeoutMs });

  const reply = (res, status, payload, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(`${JSON.stringify(payload, null, 2)}\n`);
    return status;
  };

  async function handle(req, res, body) {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return [reply(res, 405, { error: { name: 'MethodNotAllowed', message: 'POST a Stigg webhook to /' } }), 'not POST'];
    }
    if (new URL(req.url, 'http://localhost').pathname !== '/') {
      return [reply(res, 404, { error: { name: 'NotFound', message: 'POST webhooks to /' } }), 'unknown path'];
    }
    const result = await pool.run({ body: body.toString('utf8'), headers: req.headers, url: `http://127.0.0.1${req.url}`, settings });
    if (result.timedOut) {
      const message = `the function ran longer than ${options.functionTimeoutMs} ms (FUNCTION_DEV_TIMEOUT_MS) and was stopped; Segment stops a function after 5 s and retries the webhook`;
      return [reply(res, 504, { error: { name: 'Timeout', message } }), 'timeout'];
    }
    if (result.error) {
      const { name } = result.error;
      return [reply(res, REJECTED.has(name) ? 400 : 500, { error: result.error }), name];
    }
    const { calls, logs } = result;
    return [reply(res, 200, { calls, logs }), `${calls.length} call${calls.length === 1 ? '' : 's'}`];
  }

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const logRequest = (status, summary, size) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log(`${new Date().toISOString()} ${req.method} ${req.url} ${status} ${summary} (${size} bytes, ${ms.toFixed(1)} ms)`);
    };
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      // Past the limit: answer now and drop the connection rather than read
      // an upload that may never end. Reading stops here; the socket is shut
      // for writing once the 413 is out, and closed a moment later, so the
      // client gets to read the 413 before the reset its unread upload causes.
      req.off('data', onData);
      req.pause();
      chunks.length = 0;
      const { socket } = req;
      socket.destroySoon = () => {
        socket.end();
        setTimeout(() => socket.destroy(), CLOSE_AFTER_413_MS).unref();
      };
      const message = `the body is over ${MAX_BODY_BYTES} bytes (512 KiB), the most Segment accepts`;
      reply(res, 413, { error: { name: 'InvalidEventPayload', message } }, { connection: 'close' });
      logRequest(413, 'body too large', size);
    };
    req.on('data', onData);
    req.on('end', async () => {
      if (size > MAX_BODY_BYTES) return;
      let status;
      let summary;
      try {
        [status, summary] = await handle(req, res, Buffer.concat(chunks));
      } catch (err) {
        status = reply(res, 500, { error: { name: 'InternalError', message: String(err && err.message) } });
        summary = 'internal error';
      }
      logRequest(status, summary, size);
    });
  });
  server.maxConnections = options.maxConnections;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.on('close', () => pool.close());
  server.ready = pool.ready;
  return server;
}

async function main() {
  const settings = loadSettings(process.env);
  checkSettings(settings);
  const port = Number(process.env.PORT || 8788);
  const server = createServer({ settings });
  await server.ready;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const shown = Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, k === 'webhookSecret' ? '(set)' : v]));
  console.log(`function-dev: pkg/segment-function.js in the emulated Segment runtime at http://127.0.0.1:${server.address().port}/ (it sends nothing to Segment); settings ${JSON.stringify(shown)}`);
}

if (!isMainThread) {
  runWorker();
} else if (require.main === module) {
  main().catch((err) => {
    // A setting or the environment is wrong: say which, in one line.
    const known = err instanceof StartupError || (err && typeof err.code === 'string');
    console.error(`function-dev: ${known ? err.message : (err && err.stack) || err}`);
    process.exit(1);
  });
}

module.exports = { createServer, loadSettings, checkSettings, MAX_BODY_BYTES };
