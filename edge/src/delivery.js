// Delivery to Segment's HTTP Tracking API from the queue consumer: the same
// endpoint and failure rules as `stigg-segment send` and `serve`
// (cli/src/segment.rs):
// - an endpoint is a base URL to which /v1/batch is added, unless it already
//   ends in /v1/batch; https only, http only on loopback;
// - batches stay within Segment's 500 KB and 2,500 calls;
// - 429, 408, 5xx and network errors are retried with backoff, honouring
//   Retry-After (the queue's message.retry({delaySeconds}) does the waiting);
// - a 400 splits its batch until the refused call stands alone, and that call
//   goes to the dead-letter queue; a 413 splits too, reported as a size problem;
// - 401, 403, 404, 405 and every other answer about the request, not a call,
//   dead-letter nothing: the calls stay queued and the failure is logged.
// No import of the wasm here: this file is plain JavaScript, so Node can
// load it too.

export const US_ENDPOINT = 'https://api.segment.io/v1/batch';
export const EU_ENDPOINT = 'https://events.eu1.segmentapis.com/v1/batch';
/** Segment accepts at most 500 KB per request. */
export const MAX_BATCH_BYTES = 500 * 1000;
/** Segment silently drops calls past this many in one batch. */
export const MAX_BATCH_CALLS = 2500;
/** The longest delay a Cloudflare queue takes for a retry (12 hours). */
export const MAX_QUEUE_DELAY_SECONDS = 43200;
/** How much of Segment's answer a dead letter and a log line keep. */
const MAX_ANSWER_CHARS = 4096;
const BATCH_OPEN = '{"batch":[';
const BATCH_CLOSE = ']}';

export class ConfigError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ConfigError';
  }
}

const isLoopback = (host) =>
  host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

/** The URL to post batches to: `endpoint` is a base URL, as Segment's
 * libraries take it (`/v1/batch` is added), or a URL ending in /v1/batch. */
export function batchUrl(endpoint, where) {
  let url;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ConfigError(`${where}: the endpoint is not a URL`);
  }
  if (url.username || url.password) {
    throw new ConfigError(`${where}: the endpoint must not carry credentials (the write key is a secret of its own)`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new ConfigError(`${where}: the endpoint ${url.protocol}//${url.host} must use https (http only on loopback)`);
  }
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = path.endsWith('/v1/batch') ? path : `${path}/v1/batch`;
  url.hash = '';
  return url.toString();
}

/** A Segment source to deliver to. The write key is kept inside closures and
 * never put in a message, a log line or an error. */
export function makeTarget({ name, endpoint, writeKey, writeKeyName, namespace }) {
  const key = typeof writeKey === 'string' ? writeKey.trim() : '';
  if (key === '') {
    throw new ConfigError(`target ${name}: the secret ${writeKeyName} (a Segment write key) is not set`);
  }
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new ConfigError(`target ${name}: the secret ${writeKeyName} holds characters that are not printable ASCII; is it a write key?`);
  }
  const token = btoa(`${key}:`);
  const authorization = `Basic ${token}`;
  const url = batchUrl(endpoint, `target ${name}`);
  return Object.freeze({
    name,
    url,
    namespace,
    authorize: (headers) => headers.set('Authorization', authorization),
    /** Removes the write key from text that came from elsewhere. */
    scrub: (text) => String(text).split(key).join('[write key]').split(token).join('[write key]'),
    toJSON: () => ({ name, url, namespace }),
  });
}

export function regionEndpoint(region) {
  if (region === undefined || region === '' || region === 'us') return US_ENDPOINT;
  if (region === 'eu') return EU_ENDPOINT;
  return undefined;
}

const encoder = new TextEncoder();

/** Splits messages into batches within Segment's limits. Each message's body
 * holds `call`, the call's JSON text. */
export function batches(messages) {
  const out = [];
  let current = [];
  let bytes = BATCH_OPEN.length + BATCH_CLOSE.length;
  for (const message of messages) {
    const size = encoder.encode(message.body.call).length;
    const added = size + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && (bytes + added > MAX_BATCH_BYTES || current.length === MAX_BATCH_CALLS)) {
      out.push(current);
      current = [];
      bytes = BATCH_OPEN.length + BATCH_CLOSE.length;
    }
    bytes += size + (current.length > 0 ? 1 : 0);
    current.push(message);
  }
  if (current.length > 0) out.push(current);
  return out;
}

const batchBody = (messages) => BATCH_OPEN + messages.map((m) => m.body.call).join(',') + BATCH_CLOSE;

/** Retry-After as seconds (a number, or an HTTP date), or undefined. */
export function retryAfterSeconds(value, now = Date.now()) {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const date = Date.parse(text);
  return Number.isFinite(date) ? Math.max(0, (date - now) / 1000) : undefined;
}

/** One POST: what Segment's answer means for the calls in it. */
async function postOnce(target, body, policy) {
  const headers = new Headers({
    'Content-Type': 'application/json',
    'User-Agent': `stigg-segment-edge/${policy.version}`,
  });
  target.authorize(headers);
  let response;
  try {
    response = await fetch(target.url, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(policy.timeoutMs),
    });
  } catch (err) {
    return { kind: 'retry', why: `network error: ${target.scrub(err && err.message)}` };
  }
  const status = response.status;
  if (status >= 200 && status < 300) {
    await response.body?.cancel();
    return { kind: 'accepted' };
  }
  let answer = '';
  try {
    answer = target.scrub((await response.text()).slice(0, MAX_ANSWER_CHARS));
  } catch {
    // The status says enough.
  }
  if (status === 429 || status === 408 || status >= 500) {
    return {
      kind: 'retry',
      why: `HTTP ${status}: ${answer}`,
      retryAfter: retryAfterSeconds(response.headers.get('Retry-After')),
    };
  }
  if (status === 400 || status === 413) return { kind: 'refused', status, answer };
  return { kind: 'request', status, answer };
}

/** What to check when Segment (or a proxy) judged the request itself. */
function requestAdvice(status) {
  if (status === 401 || status === 403) return 'the write key is wrong or lacks access';
  if (status === 404 || status === 405) return "is the URL right? Segment's path is /v1/batch";
  return 'the answer concerns the request, not a call';
}

/** Exponential backoff with full jitter, in whole seconds: uniform in
 * [0, min(max, base·2^(attempt-1))]. */
export function backoffSeconds(attempt, policy, random = Math.random) {
  const ceiling = Math.min(policy.maxBackoffSeconds, policy.backoffSeconds * 2 ** Math.min(attempt - 1, 20));
  return Math.min(MAX_QUEUE_DELAY_SECONDS, Math.round(ceiling * random()));
}

const queueDelay = (seconds) => Math.min(MAX_QUEUE_DELAY_SECONDS, Math.max(0, Math.ceil(seconds)));

/**
 * Delivers one target's messages: acks what Segment accepted, dead-letters
 * what it refused on its own (a 400 or 413 about one call), and retries the
 * rest later. Returns counts for the log line.
 */
export async function deliver(target, messages, { policy, deadLetters, log }) {
  const counts = { accepted: 0, deadLettered: 0, retried: 0, requests: 0 };
  // Once a request fails (retry or request-level), the rest of this
  // target's calls wait with it instead of hammering a failing endpoint.
  let halted; // { delaySeconds }
  const retry = (list, delaySeconds) => {
    for (const message of list) message.retry({ delaySeconds: queueDelay(delaySeconds) });
    counts.retried += list.length;
  };
  const pending = batches(messages).reverse();
  while (pending.length > 0) {
    const list = pending.pop();
    if (halted) {
      retry(list, halted.delaySeconds);
      continue;
    }
    counts.requests += 1;
    const answer = await postOnce(target, batchBody(list), policy);
    if (answer.kind === 'accepted') {
      for (const message of list) message.ack();
      counts.accepted += list.length;
    } else if (answer.kind === 'refused' && list.length > 1) {
      const half = Math.ceil(list.length / 2);
      pending.push(list.slice(half), list.slice(0, half));
    } else if (answer.kind === 'refused') {
      const [message] = list;
      const reason = answer.status === 413
        ? `Segment answered 413: the call is too large for a request (${encoder.encode(message.body.call).length} bytes)`
        : `Segment answered ${answer.status}: it refused this call`;
      try {
        await deadLetters.send({
          target: target.name,
          messageId: message.body.messageId,
          status: answer.status,
          reason,
          answer: answer.answer,
          call: message.body.call,
          deadLetteredAt: new Date().toISOString(),
        }, { contentType: 'json' });
        message.ack();
        counts.deadLettered += 1;
        log.error(`stigg-segment: target ${target.name}: ${reason}; call ${message.body.messageId} moved to the dead-letter queue`);
      } catch (err) {
        log.error(`stigg-segment: target ${target.name}: cannot write the dead letter for call ${message.body.messageId} (${err && err.message}); it stays queued`);
        retry([message], policy.requestFailureRetrySeconds);
      }
    } else if (answer.kind === 'retry') {
      const attempts = Math.max(...list.map((m) => m.attempts || 1));
      const delaySeconds = answer.retryAfter !== undefined
        ? Math.min(answer.retryAfter, policy.maxRetryAfterSeconds)
        : backoffSeconds(attempts, policy);
      halted = { delaySeconds };
      log.warn(`stigg-segment: target ${target.name}: ${answer.why.slice(0, 300)}; ${list.length} calls retried in ${queueDelay(delaySeconds)} s (attempt ${attempts})`);
      retry(list, delaySeconds);
    } else {
      halted = { delaySeconds: policy.requestFailureRetrySeconds };
      log.error(`stigg-segment: target ${target.name}: ${target.url} answered ${answer.status} (${requestAdvice(answer.status)}): ${answer.answer.slice(0, 300)}; nothing is dead-lettered, the calls stay queued and are tried again in ${policy.requestFailureRetrySeconds} s`);
      retry(list, policy.requestFailureRetrySeconds);
    }
  }
  return counts;
}
