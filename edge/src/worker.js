// The edge relay: a Cloudflare Worker that receives Stigg webhooks, runs the
// same core as the Segment function and `stigg-segment serve` (the npm
// package's web build: pkg/web.js and its wasm), and acknowledges a webhook
// only once its calls are accepted by a Cloudflare Queue. Its queue consumer
// delivers them to Segment's HTTP Tracking API (delivery.js) under the core's
// delivery policy, the one `send` and `serve` use. Its Cron Trigger runs the
// reconciliation of `stigg-segment sync` (sync.js) through the same queue.
//
// Settings are Worker variables and secrets named as `serve` names its
// environment variables, by the core's rule (settingsFromEnvironment:
// STIGG_SEGMENT_WEBHOOK_SECRET, STIGG_SEGMENT_EVENT_ALLOWLIST, ...); an
// unknown STIGG_SEGMENT_ variable is a configuration error. Statuses are
// `serve`'s: 200 queued or skipped, 401 a missing or wrong
// Stigg-Webhooks-Secret, 400 a webhook the core refuses, 413 over 512 KiB,
// 503 when the queue cannot take the calls (Stigg retries), 500 a
// configuration error. Each request and each delivery attempt is a JSON log
// line (log.js), as `serve --log-format json` writes them.

import { initSync, transform, configure, settingsFromEnvironment, limits, version, Delivery } from '../../pkg/web.js';
import wasmModule from '../../pkg/stigg_segment_bg.wasm';
import { ConfigError, deliver, makeTarget, readCapped, regionEndpoint } from './delivery.js';
import { LEVELS, makeLog, msSince } from './log.js';
import { SYNC_QUEUE, consumeSyncTasks, recordAccepted, startSync } from './sync.js';

initSync({ module: wasmModule });

const LIMITS = limits();
const MAX_BODY_BYTES = LIMITS.maxBodyBytes;
const SECRET_HEADER = LIMITS.secretHeader;
const CLIENT_ERRORS = new Set(LIMITS.errorClasses);
/** The webhook secret's variable, by the core's rule. */
const SECRET_VARIABLE = LIMITS.webhookSecretVariable;
const encoder = new TextEncoder();
const VERSION = version();
/** Cloudflare Queues: at most 100 messages and 256 KB per sendBatch. */
const SEND_BATCH_MESSAGES = 100;
const SEND_BATCH_BYTES = 250 * 1000;
/** Each queue message carries ~100 bytes of metadata besides its body. */
const MESSAGE_OVERHEAD_BYTES = 200;

/** The function's settings from the Worker's variables, named and typed by
 * the core (wrangler's [vars] may hold JSON values; a secret or `--var` is
 * text). A write key's secret may take any name, the prefix included. */
function readSettings(env, writeKeyVariables) {
  let read;
  try {
    read = settingsFromEnvironment(env, writeKeyVariables);
  } catch (err) {
    throw new ConfigError(err.message);
  }
  if (read.settingsFile !== undefined) {
    throw new ConfigError('STIGG_SEGMENT_SETTINGS_FILE is set, but a Worker reads no files: give each setting a variable of its own');
  }
  for (const warning of read.warnings) logFor(env).warn('configuration_warning', { message: warning });
  return read.settings;
}

/** TARGETS, a list of serve's `--target` specs (separated by ; or new
 * lines), each read by the core's rule; none when TARGETS is not set. */
function readTargetSpecs(env) {
  if (env.TARGETS === undefined || env.TARGETS === '') return [];
  const specs = Array.isArray(env.TARGETS) ? env.TARGETS : String(env.TARGETS).split(/[;\n]/);
  const read = specs.map((s) => String(s).trim()).filter((s) => s !== '').map((spec) => {
    try {
      return Delivery.parseTarget(spec);
    } catch (err) {
      throw new ConfigError(`TARGETS ${spec}: ${err.message}`);
    }
  });
  if (read.length === 0) throw new ConfigError('TARGETS names no target');
  return read;
}

/** The targets: TARGETS' specs, or without them the one target "default"
 * (SEGMENT_WRITE_KEY, SEGMENT_ENDPOINT or SEGMENT_REGION). */
function readTargets(env, specs) {
  if (specs.length === 0) {
    let endpoint = env.SEGMENT_ENDPOINT;
    if (endpoint === undefined || endpoint === '') {
      endpoint = regionEndpoint(env.SEGMENT_REGION);
      if (endpoint === undefined) throw new ConfigError('SEGMENT_REGION must be us or eu');
    }
    return [makeTarget({ name: 'default', endpoint, writeKey: env.SEGMENT_WRITE_KEY, writeKeyName: 'SEGMENT_WRITE_KEY' })];
  }
  const targets = [];
  for (const { name, endpoint, writeKeyVariable, namespace } of specs) {
    if (targets.some((t) => t.name === name)) throw new ConfigError(`two targets are named ${name}`);
    targets.push(makeTarget({ name, endpoint, writeKey: env[writeKeyVariable], writeKeyName: writeKeyVariable, namespace }));
  }
  return targets;
}

/** The logger for LOG_LEVEL, one per env object (an unknown level logs from
 * info, and the configuration says what is wrong with it). */
const logs = new WeakMap();
function logFor(env) {
  let log = logs.get(env);
  if (log === undefined) {
    log = makeLog(env.LOG_LEVEL || 'info');
    logs.set(env, log);
  }
  return log;
}

/** sync.js's log, which writes text messages, as JSON lines of the event
 * `sync`, the message kept as it was written. */
function syncLog(env) {
  const log = logFor(env);
  const at = (level) => (message) => log.line(level, 'sync', { message });
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}

function seconds(env, variable, fallback) {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new ConfigError(`${variable} must be a number of seconds`);
  return value;
}

/** Everything the Worker reads from its variables and secrets, checked once
 * per isolate (the env object stays the same between invocations). */
let cached; // { env, config } or { env, error }
function loadConfig(env) {
  if (cached !== undefined && cached.env === env) {
    if (cached.error) throw cached.error;
    return cached.config;
  }
  try {
    const specs = readTargetSpecs(env);
    const settings = readSettings(env, specs.map((spec) => spec.writeKeyVariable));
    const targets = readTargets(env, specs).map((target) => {
      const own = target.namespace === undefined ? settings : { ...settings, messageIdNamespace: target.namespace };
      try {
        configure(JSON.stringify(own)); // the core's own check of the settings
      } catch (err) {
        throw new ConfigError(`${target.name === 'default' ? 'settings' : `target ${target.name}`}: ${err.message}`);
      }
      return { target, settings: own };
    });
    if (env.LOG_LEVEL !== undefined && env.LOG_LEVEL !== '' && !LEVELS.includes(env.LOG_LEVEL)) {
      throw new ConfigError(`LOG_LEVEL must be one of ${LEVELS.join(', ')}`);
    }
    for (const binding of ['CALLS', 'DEAD_LETTERS']) {
      if (!env[binding] || typeof env[binding].send !== 'function') {
        throw new ConfigError(`the queue binding ${binding} is missing (see edge/wrangler.toml)`);
      }
    }
    const requestFailureRetrySeconds = seconds(env, 'REQUEST_FAILURE_RETRY_SECONDS', 600);
    const policy = {
      version: VERSION,
      requestFailureRetrySeconds,
      timeoutMs: seconds(env, 'SEGMENT_TIMEOUT_SECONDS', 30) * 1000,
      // The core's delivery policy (src/delivery.rs), in milliseconds. No
      // retry budget of its own: the queue's max_retries is the budget.
      core: {
        maxAttempts: 0,
        backoffMs: seconds(env, 'RETRY_BACKOFF_SECONDS', 1) * 1000,
        maxBackoffMs: seconds(env, 'RETRY_MAX_BACKOFF_SECONDS', 300) * 1000,
        maxRetryAfterMs: seconds(env, 'RETRY_AFTER_MAX_SECONDS', 3600) * 1000,
        holdMs: requestFailureRetrySeconds * 1000,
      },
    };
    if (!settings.webhookSecret) {
      logFor(env).warn('no_secret', { message: `no webhookSecret (${SECRET_VARIABLE}) is set; anyone who can reach this Worker can send events` });
    }
    cached = { env, config: { targets, policy } };
    return cached.config;
  } catch (err) {
    cached = { env, error: err };
    throw err;
  }
}

const json = (status, payload, headers = {}) =>
  new Response(`${JSON.stringify(payload)}\n`, {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
const errorBody = (name, message) => ({ error: { name, message } });

/** An error answer, noted for the request's log line. */
function refuse(noted, status, name, message, headers) {
  noted.error_class = name;
  noted.error = message;
  return json(status, errorBody(name, message), headers);
}

function tooLarge(noted) {
  const message = `the body is over ${MAX_BODY_BYTES} bytes (512 KiB), the most Segment accepts`;
  return refuse(noted, 413, 'InvalidEventPayload', message, { Connection: 'close' });
}

/** A body a little over the limit is read to its end (and dropped) before
 * the 413, as nginx's lingering close does: closing on unread bytes resets
 * the connection, and the sender could lose the answer. Past this much, the
 * connection is cut at once. */
const DRAIN_BYTES = 2 * MAX_BODY_BYTES;

/** The body, or undefined when it is over the limit. */
async function readBody(request) {
  const { bytes, cut } = await readCapped(request.body, MAX_BODY_BYTES, DRAIN_BYTES);
  return cut ? undefined : bytes;
}

/** Sends the messages in as few sendBatch calls as the queue's limits allow. */
async function enqueue(queue, messages) {
  let batch = [];
  let bytes = 0;
  for (const message of messages) {
    const size = message.size + MESSAGE_OVERHEAD_BYTES;
    if (batch.length > 0 && (batch.length === SEND_BATCH_MESSAGES || bytes + size > SEND_BATCH_BYTES)) {
      await queue.sendBatch(batch);
      batch = [];
      bytes = 0;
    }
    batch.push({ body: message.body, contentType: 'json' });
    bytes += size;
  }
  if (batch.length > 0) await queue.sendBatch(batch);
}

async function webhook(request, env, noted) {
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    logFor(env).error('configuration', { message: err.message });
    return refuse(noted, 500, 'ConfigurationError', err.message);
  }
  const declared = Number(request.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > DRAIN_BYTES) return tooLarge(noted);
  const body = await readBody(request);
  if (body === undefined) return tooLarge(noted);
  // The body is whole: this is when the webhook arrived. A call without
  // Stigg's timestamp is dated by it (the core's rule), so a wait in the
  // queue moves no event in time.
  const receivedAt = new Date().toISOString();
  const secret = request.headers.get(SECRET_HEADER);
  const headers = secret === null ? {} : { [SECRET_HEADER]: secret };

  const messages = [];
  let skipped;
  // What the webhook says it is, for the log, once its secret passed: the
  // relay's transform reads it in the same pass as the calls.
  const label = (webhook) => {
    if (webhook === undefined || 'stigg_type' in noted) return;
    noted.stigg_type = webhook.type;
    noted.stigg_message_id = webhook.messageId;
  };
  for (const { target, settings } of config.targets) {
    let result;
    try {
      result = transform(body, headers, settings, receivedAt);
    } catch (err) {
      const name = err && err.name;
      label(err && err.webhook);
      // Who is at fault: the sender's credentials, not its body.
      if (err && err.refusal === 'secret') return refuse(noted, 401, name, err.message);
      if (CLIENT_ERRORS.has(name)) return refuse(noted, 400, name, err.message);
      logFor(env).error('core_failed', { message: `the core failed: ${err && err.message}` });
      return refuse(noted, 500, 'InternalError', 'the transform failed; retry later');
    }
    label(result.webhook);
    if (result.skipped) {
      skipped = result.skipped;
      continue;
    }
    for (const call of result.calls) {
      const text = JSON.stringify(call);
      messages.push({ body: { target: target.name, messageId: call.messageId, call: text }, size: encoder.encode(text).length });
    }
  }
  // Skipped only when no target made a call: a target whose settings skip
  // the webhook drops no other target's calls.
  if (skipped && messages.length === 0) {
    noted.queued = 0;
    noted.skipped = skipped.code;
    return json(200, { queued: 0, skipped });
  }
  try {
    await enqueue(env.CALLS, messages);
  } catch (err) {
    // Not acknowledged: Stigg retries it. The log says why; the sender is
    // told only to retry.
    noted.error_class = 'RetryError';
    noted.error = `cannot queue the webhook: ${err && err.message}`;
    return json(503, errorBody('RetryError', 'the queue is unavailable; retry later'));
  }
  noted.queued = messages.length;
  return json(200, { queued: messages.length });
}

async function consume(batch, env) {
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    logFor(env).error('configuration', { calls: batch.messages.length, message: `${err.message}; ${batch.messages.length} calls stay queued` });
    batch.retryAll({ delaySeconds: 600 });
    return;
  }
  const byTarget = new Map(config.targets.map(({ target }) => [target.name, []]));
  for (const message of batch.messages) {
    const body = message.body;
    const list = body && typeof body.call === 'string' ? byTarget.get(body.target) : undefined;
    if (list) {
      list.push(message);
    } else if (body && typeof body.call === 'string') {
      logFor(env).warn('queue_unconfigured_target', { target: String(body.target), calls: 1, message: `a call is queued for target ${body.target}, which is not configured; it stays in the queue` });
      message.retry({ delaySeconds: config.policy.requestFailureRetrySeconds });
    } else {
      // Not a message this Worker wrote: keep it where it can be looked at.
      await env.DEAD_LETTERS.send({ reason: 'not a stigg-segment call', body, deadLetteredAt: new Date().toISOString() }, { contentType: 'json' });
      message.ack();
    }
  }
  const log = logFor(env);
  await Promise.all(config.targets.map(async ({ target }) => {
    const messages = byTarget.get(target.name);
    if (messages.length === 0) return;
    const accepted = await deliver(target, messages, { policy: config.policy, deadLetters: env.DEAD_LETTERS, log });
    await recordAccepted(env, accepted, syncLog(env));
  }));
}

/** Every request's log line: what was asked, what was answered, and what
 * the webhook was when its secret passed. Health checks are debug lines. */
async function answer(request, env) {
  const started = Date.now();
  const { pathname } = new URL(request.url);
  const noted = {};
  let response;
  let probe = false;
  if (pathname === '/healthz' && request.method === 'GET') {
    probe = true;
    try {
      loadConfig(env);
      response = json(200, { status: 'ok' });
    } catch (err) {
      response = json(503, { status: 'misconfigured', error: err.message });
    }
  } else if (pathname !== '/') {
    response = refuse(noted, 404, 'NotFound', 'POST webhooks to /');
  } else if (request.method !== 'POST') {
    response = refuse(noted, 405, 'MethodNotAllowed', 'POST a Stigg webhook to /', { Allow: 'POST' });
  } else {
    response = await webhook(request, env, noted);
  }
  const status = response.status;
  const level = probe ? 'debug' : status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
  logFor(env).line(level, 'request', {
    peer: request.headers.get('CF-Connecting-IP') ?? undefined,
    method: request.method,
    path: pathname,
    status,
    stigg_type: noted.stigg_type,
    stigg_message_id: noted.stigg_message_id,
    queued: noted.queued,
    skipped: noted.skipped,
    error_class: noted.error_class,
    error: noted.error,
    ms: msSince(started),
  });
  return response;
}

export default {
  async fetch(request, env) {
    return answer(request, env);
  },

  async queue(batch, env) {
    if (batch.queue === SYNC_QUEUE) {
      let config;
      try {
        config = loadConfig(env);
      } catch (err) {
        logFor(env).error('configuration', { message: `stigg-segment sync: configuration: ${err.message}; the page task is tried again in 600 s` });
        batch.retryAll({ delaySeconds: 600 });
        return;
      }
      await consumeSyncTasks(batch, env, { config, enqueue, log: syncLog(env) });
      return;
    }
    await consume(batch, env);
  },

  async scheduled(controller, env, ctx) {
    ctx.waitUntil(startSync(env, syncLog(env), controller.scheduledTime));
  },
};
