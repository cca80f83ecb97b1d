// Delivery to Segment's HTTP Tracking API from the queue consumer: the I/O
// only. What each of Segment's answers means for each call (sent, retried,
// halved, dead-lettered, or a stop about the request) is the core's delivery
// policy (src/delivery.rs), the one `stigg-segment send` and `serve` run,
// through the npm package's `Delivery` export. This file posts, acks,
// retries through the queue (`message.retry({delaySeconds})`: the queue waits,
// not the consumer) and writes dead letters.

import { Delivery } from '../../pkg/web.js';
import { makeLog, msSince } from './log.js';

/** The longest delay a Cloudflare queue takes for a retry (12 hours). */
export const MAX_QUEUE_DELAY_SECONDS = 43200;
/** How much of Segment's answer the core is given (it keeps 4 KB). */
const MAX_ANSWER_CHARS = 4096;
const encoder = new TextEncoder();

export class ConfigError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** A Segment source to deliver to. The endpoint and the write key are checked
 * by the core; the key is kept inside closures and never put in a message, a
 * log line or an error. */
export function makeTarget({ name, endpoint, writeKey, writeKeyName, namespace }) {
  const key = typeof writeKey === 'string' ? writeKey.trim() : '';
  let url;
  try {
    Delivery.checkWriteKey(`the secret ${writeKeyName}`, key);
    url = Delivery.endpoint(endpoint);
  } catch (err) {
    throw new ConfigError(`target ${name}: ${err.message}`);
  }
  const token = btoa(`${key}:`);
  const authorization = `Basic ${token}`;
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

/** Segment's endpoint for a region (`us`, the default, or `eu`), or undefined. */
export function regionEndpoint(region) {
  return Delivery.regionEndpoint(region === undefined || region === '' ? 'us' : region);
}

/** The body of one batch request: the one place it is built. Each message's
 * body holds `call`, the call's JSON text. `sentAt` is when the request is
 * made, set anew on each attempt as Segment's libraries do: with each call's
 * `timestamp`, it lets Segment correct the sender's clock (the core's batch
 * limits keep room for it). */
export const batchBody = (messages, sentAt) =>
  `{"batch":[${messages.map((m) => m.body.call).join(',')}],"sentAt":${JSON.stringify(sentAt)}}`;

/** One POST: Segment's answer, as the core's `Delivery.answer` takes it. */
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
      redirect: 'manual',
      signal: AbortSignal.timeout(policy.timeoutMs),
    });
  } catch (err) {
    const timeout = err && (err.name === 'TimeoutError' || err.name === 'AbortError');
    return { failed: timeout ? 'timeout' : 'connection', message: `network error: ${target.scrub(err && err.message)}` };
  }
  const status = response.status;
  if (status >= 200 && status < 300) {
    await response.body?.cancel();
    return { status };
  }
  let answer = '';
  try {
    answer = target.scrub((await response.text()).slice(0, MAX_ANSWER_CHARS));
  } catch {
    // The status says enough.
  }
  const header = (name) => {
    const value = response.headers.get(name);
    return value === null ? undefined : target.scrub(value);
  };
  return { status, retryAfter: header('Retry-After'), location: header('Location'), body: answer };
}

export const queueDelay = (ms) => Math.min(MAX_QUEUE_DELAY_SECONDS, Math.max(0, Math.ceil(ms / 1000)));

/** The log line of one attempt: what was sent, what answered, what the
 * policy decided, as the binary writes it. Segment's answer itself is not in
 * it (a proxy may echo what it was sent); a stop's line says what it said. */
function logAttempt(log, target, request, list, bytes, answer, decision, started) {
  const level = decision.decision === 'sent' ? 'info' : ['dead_letter', 'stop'].includes(decision.decision) ? 'error' : 'warn';
  const queuedAt = Math.min(...list.map((m) => (m.timestamp instanceof Date ? m.timestamp.getTime() : Infinity)));
  log.line(level, 'delivery', {
    target: target.name,
    calls: list.length,
    bytes,
    status: answer.failed ? undefined : answer.status,
    error_class: answer.failed,
    error: answer.failed ? answer.message : undefined,
    attempt: request.attempt,
    decision: decision.decision,
    retry_ms: decision.decision === 'retry' ? decision.afterMs : undefined,
    stop: decision.decision === 'stop' ? decision.stop : undefined,
    dead_lettered: decision.decision === 'sent' && decision.deadLettered > 0 ? decision.deadLettered : undefined,
    waited_ms: Number.isFinite(queuedAt) ? Math.max(0, Date.now() - queuedAt) : undefined,
    ms: msSince(started),
  });
}

/**
 * Delivers one target's messages as the core's policy decides: acks what
 * Segment accepted, dead-letters what it refused on its own, and gives the
 * rest back to the queue with the policy's wait (a retry's backoff or
 * Retry-After, or the hold after a stop). Returns counts for the log line
 * and the messages accepted.
 */
export async function deliver(target, messages, { policy, deadLetters, log = makeLog() }) {
  const sizes = Uint32Array.from(messages, (m) => encoder.encode(m.body.call).length);
  const attempt = Math.max(1, ...messages.map((m) => m.attempts || 1));
  const delivery = new Delivery(target.url, sizes, policy.core, attempt);
  for (let request = delivery.next(); request !== undefined; request = delivery.next()) {
    const list = messages.slice(request.from, request.to);
    const body = batchBody(list, new Date().toISOString());
    const started = Date.now();
    const answer = await postOnce(target, body, policy);
    const decision = delivery.answer(answer);
    logAttempt(log, target, request, list, encoder.encode(body).length, answer, decision, started);
    // A retry: the queue waits, not the consumer; the calls not yet settled
    // go back with the policy's wait.
    if (decision.decision === 'retry') break;
  }
  const outcome = delivery.finish();
  const counts = { accepted: outcome.sent.length, deadLettered: 0, retried: 0, requests: outcome.requests };
  /** The messages Segment accepted (the sync records its calls'). */
  counts.acceptedMessages = outcome.sent.map((i) => messages[i]);
  for (const i of outcome.sent) messages[i].ack();
  const retry = (message, waitMs) => {
    message.retry({ delaySeconds: queueDelay(waitMs) });
    counts.retried += 1;
  };
  for (const { call, status, answer } of outcome.deadLettered) {
    const message = messages[call];
    const reason = `Segment answered ${status}: it refused this call, and accepted others of its batch`;
    try {
      await deadLetters.send({
        target: target.name,
        messageId: message.body.messageId,
        status,
        reason,
        answer,
        call: message.body.call,
        deadLetteredAt: new Date().toISOString(),
      }, { contentType: 'json' });
      message.ack();
      counts.deadLettered += 1;
      log.error('dead_lettered', { target: target.name, message_id: message.body.messageId, status, message: `${reason}; the call moved to the dead-letter queue` });
    } catch (err) {
      log.error('dead_letter_failed', { target: target.name, message_id: message.body.messageId, message: `cannot write the dead letter (${err && err.message}); the call stays queued` });
      retry(message, policy.core.holdMs);
    }
  }
  const wait = outcome.waitMs ?? 0;
  for (const i of outcome.unsent) retry(messages[i], wait);
  if (outcome.splitTooLarge > 0) {
    log.warn('split_too_large', { target: target.name, requests: outcome.splitTooLarge, message: `the endpoint answered 413 to ${outcome.splitTooLarge} requests, which were halved: its size limit is below Segment's 500 KB (is a proxy limiting request bodies?)` });
  }
  if (outcome.stop !== null) {
    log.error('target_failing', {
      target: target.name,
      stop: outcome.stop,
      calls: outcome.unsent.length,
      retry_ms: queueDelay(wait) * 1000,
      message: `target ${target.name} stopped (${outcome.stop}): ${outcome.message.slice(0, 600)}; nothing is dead-lettered, ${outcome.unsent.length} calls stay queued and are tried again in ${queueDelay(wait)} s`,
    });
  }
  return counts;
}
