// The edge relay's reconciliation: every customer in Stigg's REST API as the
// identify and group calls that describe it now, the rule of
// `stigg-segment sync` through the core's wasm exports (syncCustomer,
// stiggPage, stiggPageQuery, stiggPageDecision): nothing of it is restated
// here. This file pages Stigg with fetch, compares, and enqueues.
//
// The Cron Trigger (`scheduled()`) only starts a run: it puts the first page
// task on the SYNC_TASKS queue. Each task is one page of customers, handled by
// one consumer invocation (so a run of any size stays within a Worker's
// per-invocation limits: about a hundred subrequests and four KV operations a
// page): it reads the page, each customer's subscriptions, builds the calls
// with the plans (read by the run's first task and carried from task to task
// while they fit in a message), drops those Segment already has, enqueues the
// rest to CALLS (the consumer there delivers them under the delivery policy,
// as webhooks' calls) and puts the next page's task on the queue.
//
// State, in the KV namespace SYNC_STATE: per target, call type and customer,
// the messageId Segment last accepted (written by the CALLS consumer once
// Segment accepts the call, never before), and `run`, the run under way and
// its last page done (a repeated or superseded task is dropped).

import { Delivery, StiggPlans, syncCustomer, stiggApi, stiggApiKey, stiggApiUrl, stiggPage, stiggPageQuery, stiggPageDecision } from '../../pkg/web.js';
import { ConfigError, queueDelay, readCapped } from './delivery.js';

/** Stigg's paths, page size and key header, from the core: asked on first
 * use, since worker.js instantiates the core after its imports. */
let api;
const stigg = () => (api ??= stiggApi());
/** A task's attempts before the run stops (the sync queue's max_retries is 10). */
const DEFAULT_MAX_ATTEMPTS = 10;
/** Subscription requests in flight at once (a Worker opens 6 connections). */
const PARALLEL_REQUESTS = 6;
/** KV's bulk read takes 100 keys; a key is at most 512 bytes. */
const KV_BULK_KEYS = 100;
const MAX_KEY_BYTES = 480;
const RUN_KEY = 'run';
/** A task message's body at most: a Cloudflare queue message holds 128 KB,
 * with room left for its metadata. */
const MAX_TASK_BYTES = 120 * 1000;
/** How messages name the API's URL. */
const URL_SETTING = 'STIGG_API_URL';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The sync's own variables and bindings, checked once per isolate. */
let cached; // { env, sync } or { env, error }
export function syncConfig(env) {
  if (cached !== undefined && cached.env === env) {
    if (cached.error) throw cached.error;
    return cached.sync;
  }
  try {
    const key = stiggApiKey('the secret STIGG_API_KEY', typeof env.STIGG_API_KEY === 'string' ? env.STIGG_API_KEY : '');
    const base = stiggApiUrl(env.STIGG_API_URL === undefined ? '' : String(env.STIGG_API_URL), URL_SETTING);
    const pageSize = Number(env.SYNC_PAGE_SIZE ?? stigg().maxPageSize);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > stigg().maxPageSize) {
      throw new ConfigError(`SYNC_PAGE_SIZE must be a whole number from 1 to ${stigg().maxPageSize}`);
    }
    const maxAttempts = Number(env.SYNC_MAX_ATTEMPTS ?? DEFAULT_MAX_ATTEMPTS);
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new ConfigError('SYNC_MAX_ATTEMPTS must be a whole number, 1 or more');
    for (const [binding, has] of [['SYNC_STATE', 'getWithMetadata'], ['SYNC_TASKS', 'send']]) {
      if (!env[binding] || typeof env[binding][has] !== 'function') {
        throw new ConfigError(`the binding ${binding} is missing (see edge/wrangler.toml); the sync is off`);
      }
    }
    const sync = Object.freeze({
      base,
      pageSize,
      maxAttempts,
      headers: { [stigg().apiKeyHeader]: key, Accept: 'application/json' },
      /** Removes the key from text that came from elsewhere (the core's rule;
       * `cutShort`: the text is the start of a longer answer). */
      scrub: (text, cutShort = false) => Delivery.scrub(String(text), [key], '[STIGG_API_KEY]', cutShort),
    });
    cached = { env, sync };
    return sync;
  } catch (err) {
    // The core's checks throw plain errors: each is the sync's configuration.
    const error = err instanceof ConfigError ? err : new ConfigError(err.message);
    cached = { env, error };
    throw error;
  }
}

/** The Cron Trigger: starts a run, superseding any run still going. */
export async function startSync(env, log, scheduledTime) {
  let sync;
  try {
    sync = syncConfig(env);
  } catch (err) {
    // No key is a choice (the sync is off), anything else a mistake.
    const off = env.STIGG_API_KEY === undefined || env.STIGG_API_KEY === '';
    (off ? log.info : log.error)(`stigg-segment sync: not started: ${err.message}${off ? '; the sync is off' : ''}`);
    return;
  }
  const run = new Date(scheduledTime ?? Date.now()).toISOString();
  await env.SYNC_STATE.put(RUN_KEY, JSON.stringify({ run, page: 0 }));
  await env.SYNC_TASKS.send({ sync: run, page: 1, after: null, counts: {} }, { contentType: 'json' });
  log.info(`stigg-segment sync: run ${run} started: ${sync.base}, ${sync.pageSize} customers a page`);
}

/** The sync queue's name (edge/wrangler.toml): the Worker hands its batches
 * to consumeSyncTasks, by name, whatever the messages look like. */
export const SYNC_QUEUE = 'stigg-segment-sync';

/** Whether a message of the sync queue is a page task. */
const isSyncTask = (body) => body !== null && typeof body === 'object' && typeof body.sync === 'string' && Number.isInteger(body.page);

/** Why a task stops: Stigg's answer, to be asked again later or not. */
class PageFailure extends Error {
  constructor(decision) {
    super(decision.message);
    this.decision = decision;
  }
}

/** One page of `path`, through the core's reading of Stigg's answers. */
async function getPage(sync, path, query, attempt, policy) {
  const shown = `GET ${sync.base}${path}`;
  let answer;
  let page;
  try {
    const response = await fetch(`${sync.base}${path}?${query}`, { headers: sync.headers, redirect: 'manual', signal: AbortSignal.timeout(policy.timeoutMs) });
    let body = '';
    if (response.ok) {
      // One byte past the core's limit, so the core says the page is too
      // large rather than reading a cut one.
      ({ bytes: page } = await readCapped(response.body, stigg().maxPageBytes + 1));
    } else {
      // Scrubbed before anything is cut (the core keeps what a message
      // shows), and a key this read cut off at its end goes too.
      const { bytes, cut } = await readCapped(response.body, Delivery.answerReadBytes());
      body = sync.scrub(decoder.decode(bytes), cut);
    }
    answer = { status: response.status, retryAfter: response.headers.get('Retry-After'), body };
  } catch (err) {
    answer = { failed: `network error: ${sync.scrub(err && err.message)}` };
  }
  const decision = stiggPageDecision(answer, { shown, urlSetting: URL_SETTING, attempt }, { ...policy.core, maxAttempts: sync.maxAttempts });
  if (decision.decision !== 'read') throw new PageFailure(decision);
  try {
    return stiggPage(page);
  } catch (err) {
    throw new PageFailure({ decision: 'stop', message: `${shown}?${query}: the page does not parse: ${err.message}` });
  }
}

/** Every page of `path` (the plans, one customer's subscriptions), each
 * page's records handed to `each` as it comes. */
async function eachPage(sync, path, customerId, attempt, policy, each) {
  let after;
  // Every cursor this walk was given: one given again would page forever.
  const seen = new Set();
  for (;;) {
    const page = await getPage(sync, path, stiggPageQuery(path, after, customerId, stigg().maxPageSize), attempt, policy);
    each(page.data);
    if (page.next === null) return;
    if (seen.has(page.next)) throw new PageFailure({ decision: 'stop', message: circle(path, seen.size + 1) });
    seen.add(page.next);
    after = page.next;
  }
}

const circle = (path, page) => `Stigg's API gave GET ${path} a cursor an earlier page gave (on page ${page}): its pages go round in a circle; stopping rather than reading them again`;

/**
 * What the task chain knows of the customers' cursors once a page gave
 * `next`, or null when `next` is one the run was given before: the one the
 * page was read with, or a longer circle (A, B, A), found by Brent's cycle
 * detection: each task carries one cursor it marked and how far it is from
 * it; a cursor equal to the mark is a circle, and the mark moves on at
 * every power of two steps, so a circle is found within a few laps of it
 * with a message of constant size. (A set of every cursor would outgrow the
 * 128 KB a message holds in a long run; a set in KV would be read and
 * written whole by every task.)
 */
function nextCursors(cursors = { mark: null, power: 1, steps: 0 }, after, next) {
  if (next === after || next === cursors.mark) return null;
  const steps = cursors.steps + 1;
  return steps === cursors.power ? { mark: next, power: 2 * cursors.power, steps: 0 } : { ...cursors, steps };
}

/** Every record of `path`. */
async function getAll(sync, path, customerId, attempt, policy) {
  const records = [];
  await eachPage(sync, path, customerId, attempt, policy, (data) => records.push(...data));
  return records;
}

/**
 * The plans, read once a run: the first task reads them and carries them as
 * records (`StiggPlans.toRecords()`) to the next task, which carries them
 * on. Plans too many for a queue message (`plans: null`) are read again by
 * every task.
 */
async function readPlans(task, sync, attempt, policy) {
  if (Array.isArray(task.plans)) return new StiggPlans(task.plans);
  const plans = new StiggPlans();
  try {
    await eachPage(sync, stigg().plansPath, undefined, attempt, policy, (data) => plans.add(data));
  } catch (err) {
    plans.free();
    throw err;
  }
  return plans;
}

/** The next page's task, with the plans when the message can carry them. */
function nextTask(task, plans, after, cursors, counts, log) {
  const next = { sync: task.sync, page: task.page + 1, after, cursors, counts };
  if (task.plans === null) return { ...next, plans: null };
  const carried = { ...next, plans: Array.isArray(task.plans) ? task.plans : plans.toRecords() };
  const bytes = encoder.encode(JSON.stringify(carried)).length;
  if (bytes <= MAX_TASK_BYTES) return carried;
  log.info(`stigg-segment sync: run ${task.sync}: the ${plans.size} plans are more than a queue message carries (${bytes} bytes, at most ${MAX_TASK_BYTES}); each page task reads them again`);
  return { ...next, plans: null };
}

/** Runs `work` on every item, `PARALLEL_REQUESTS` at a time, in order. */
async function mapLimited(items, work) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(PARALLEL_REQUESTS, items.length) }, async () => {
    while (next < items.length) {
      const at = next++;
      out[at] = await work(items[at]);
    }
  }));
  return out;
}

/** The KV key of what Segment last accepted for a target, call type and customer. */
async function stateKey(target, type, customerId) {
  const key = `call/${target}/${type}/${customerId}`;
  if (encoder.encode(key).length <= MAX_KEY_BYTES) return key;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(customerId)));
  return `call/${target}/${type}/sha256:${[...digest].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The values of `keys`, in bulk reads of 100. */
async function readState(kv, keys) {
  const values = new Map();
  for (let at = 0; at < keys.length; at += KV_BULK_KEYS) {
    const chunk = keys.slice(at, at + KV_BULK_KEYS);
    for (const [key, value] of await kv.get(chunk, 'text')) values.set(key, value);
  }
  return values;
}

const add = (counts, name, n = 1) => {
  counts[name] = (counts[name] || 0) + n;
};

/**
 * One page task: the page's customers become calls, the calls Segment does
 * not have yet go to CALLS, the next page's task to SYNC_TASKS. Nothing is
 * enqueued until every read of the page succeeded, so a task asked again
 * after a failure starts from scratch.
 */
async function syncPage(task, attempt, env, { config, enqueue, log }) {
  const sync = syncConfig(env);
  const progress = JSON.parse((await env.SYNC_STATE.get(RUN_KEY)) || 'null');
  if (progress !== null && progress.run !== task.sync) {
    log.warn(`stigg-segment sync: run ${task.sync}, page ${task.page}: dropped, run ${progress.run} superseded it`);
    return;
  }
  if (progress !== null && progress.page >= task.page) return; // a task delivered twice
  const plans = await readPlans(task, sync, attempt, config.policy);
  try {
    await syncCustomers(task, attempt, env, { config, enqueue, log }, sync, plans);
  } finally {
    plans.free();
  }
}

/** The page task's customers, with the plans read. */
async function syncCustomers(task, attempt, env, { config, enqueue, log }, sync, plans) {
  const page = await getPage(sync, stigg().customersPath, stiggPageQuery(stigg().customersPath, task.after ?? undefined, undefined, sync.pageSize), attempt, config.policy);
  const customers = page.data;
  const subscriptions = await mapLimited(customers, (customer) => (typeof customer.id === 'string'
    ? getAll(sync, stigg().subscriptionsPath, customer.id, attempt, config.policy)
    : []));
  const counts = { ...task.counts };
  add(counts, 'pages');
  add(counts, 'customers', customers.length);
  const made = [];
  for (const { target, settings } of config.targets) {
    customers.forEach((customer, at) => {
      let result;
      try {
        result = syncCustomer(customer, subscriptions[at], plans, settings);
      } catch (err) {
        add(counts, 'rejected');
        log.error(`stigg-segment sync: rejected ${stigg().customersPath} record ${counts.customers - customers.length + at + 1} for target ${target.name}: ${err.name}: ${err.message}`);
        return;
      }
      if (result.skipped) add(counts, `skipped ${result.skipped.code}`);
      for (const call of result.calls) made.push({ target: target.name, call, customerId: customer.id });
    });
  }
  add(counts, 'calls', made.length);
  const keys = await Promise.all(made.map(({ target, call, customerId }) => stateKey(target, call.type, customerId)));
  const accepted = await readState(env.SYNC_STATE, [...new Set(keys)]);
  const messages = [];
  made.forEach(({ target, call }, at) => {
    if (accepted.get(keys[at]) === call.messageId) {
      add(counts, 'unchanged');
      return;
    }
    const text = JSON.stringify(call);
    messages.push({ body: { target, messageId: call.messageId, call: text, sync: keys[at] }, size: encoder.encode(text).length });
  });
  await enqueue(env.CALLS, messages);
  add(counts, 'enqueued', messages.length);
  const cursors = page.next === null ? null : nextCursors(task.cursors, task.after, page.next);
  if (page.next === null) {
    log.info(`stigg-segment sync: run ${task.sync} done: ${summary(counts)}`);
  } else if (cursors === null) {
    log.error(`stigg-segment sync: run ${task.sync} stopped: ${circle(stigg().customersPath, task.page)}`);
  } else {
    await env.SYNC_TASKS.send(nextTask(task, plans, page.next, cursors, counts, log), { contentType: 'json' });
  }
  await env.SYNC_STATE.put(RUN_KEY, JSON.stringify({ run: task.sync, page: task.page }));
}

/** `2000 customers, 20 pages, 3958 calls, 3958 enqueued, 0 unchanged, 21 skipped (archived 21), 0 rejected`. */
function summary(counts) {
  const n = (name) => counts[name] || 0;
  const skipped = Object.keys(counts).filter((name) => name.startsWith('skipped ')).sort();
  const total = skipped.reduce((sum, name) => sum + counts[name], 0);
  const detail = skipped.length === 0 ? '' : ` (${skipped.map((name) => `${name.slice(8)} ${counts[name]}`).join(', ')})`;
  return `${n('customers')} customers, ${n('pages')} pages, ${n('calls')} calls, ${n('enqueued')} enqueued, ${n('unchanged')} unchanged (Segment accepted them before), ${total} skipped${detail}, ${n('rejected')} rejected`;
}

/** The sync queue's consumer: one page task per message. */
export async function consumeSyncTasks(batch, env, deps) {
  for (const message of batch.messages) {
    const task = message.body;
    if (!isSyncTask(task)) {
      // Not a message this Worker wrote: kept where it can be looked at.
      deps.log.error(`stigg-segment sync: a message on ${SYNC_QUEUE} is not a page task; it goes to the dead letters`);
      await env.DEAD_LETTERS.send({ reason: 'not a stigg-segment sync task', body: task, deadLetteredAt: new Date().toISOString() }, { contentType: 'json' });
      message.ack();
      continue;
    }
    try {
      await syncPage(task, message.attempts || 1, env, deps);
      message.ack();
    } catch (err) {
      if (err instanceof PageFailure && err.decision.decision === 'retry') {
        const delay = queueDelay(err.decision.afterMs);
        deps.log.warn(`stigg-segment sync: run ${task.sync}, page ${task.page}: ${err.message.slice(0, 300)}; asked again in ${delay} s (attempt ${message.attempts || 1})`);
        message.retry({ delaySeconds: delay });
      } else {
        // A stop (401, 403, 404, retries run out) or a configuration error:
        // this run ends here; the next Cron Trigger starts a new one.
        deps.log.error(`stigg-segment sync: run ${task.sync} stopped at page ${task.page}: ${err.message}`);
        message.ack();
      }
    }
  }
}

/** The CALLS consumer's part: records what Segment accepted of the sync's calls. */
export async function recordAccepted(env, messages, log) {
  const synced = messages.filter((message) => message.body && typeof message.body.sync === 'string');
  if (synced.length === 0) return;
  if (!env.SYNC_STATE || typeof env.SYNC_STATE.put !== 'function') {
    log.error(`stigg-segment sync: the binding SYNC_STATE is missing: ${synced.length} accepted calls are not recorded, and the next run sends them again`);
    return;
  }
  const results = await Promise.allSettled(synced.map((message) => env.SYNC_STATE.put(message.body.sync, message.body.messageId)));
  const failed = results.filter((result) => result.status === 'rejected');
  if (failed.length > 0) {
    log.error(`stigg-segment sync: ${failed.length} accepted calls could not be recorded (${failed[0].reason && failed[0].reason.message}); the next run sends them again, and Segment drops what it already has`);
  }
}
