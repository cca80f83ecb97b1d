#!/usr/bin/env node
// `make deploy`: creates or updates the Stigg source function in Segment
// through its Public API, with the settings declared in the Rust code, then
// deploys it.
//
//   SEGMENT_API_TOKEN       a Public API token with Functions access
//                           (not needed with DRY_RUN=1)
//   SEGMENT_API_URL         default https://api.segmentapis.com
//                           (EU workspaces: https://eu1.api.segmentapis.com)
//   SEGMENT_FUNCTION_ID     update this function; otherwise look it up by name
//   SEGMENT_FUNCTION_NAME   display name to find or create (default "Stigg")
//   SEGMENT_API_TIMEOUT_MS  time allowed for each request, answer included
//                           (default 30000)
//   DRY_RUN=1               print the requests instead of sending them
//
// Opt-in, after the function: its Segment tracking plan (Protocols), the
// rules `make tracking-plan` writes, replacing the plan's rules
// (PUT /tracking-plans/{id}/rules). The token then needs Tracking Plan
// (Protocols) access too.
//   SEGMENT_TRACKING_PLAN_ID        replace the rules of this plan (tp_...)
//   SEGMENT_TRACKING_PLAN_NAME      otherwise find the plan by name, or
//                                   create it (type LIVE)
//   SEGMENT_TRACKING_PLAN_SETTINGS  a JSON file of the settings the source
//                                   runs with (default: the defaults); the
//                                   plan describes what they emit
//
// The token is sent only in the Authorization header, and every message is
// scrubbed of it before it is printed: a server may echo headers back.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const PAGE_SIZE = 100;
/** 100 pages of 100: far more source functions than a workspace holds. */
const MAX_PAGES = 100;
const MAX_ATTEMPTS = 5;
/** The longest Retry-After deploy sleeps through; longer means "later". */
const MAX_RETRY_WAIT_MS = 60_000;
const DEFAULT_TIMEOUT_MS = 30_000;
/** RFC 6750's token68: what a bearer token may hold, and nothing that
 * could break the header (CR, LF, spaces) or hide in a message. */
const TOKEN_SYNTAX = /^[A-Za-z0-9\-._~+/]+=*$/;
const TOKEN_HELP = 'create a Public API token with Functions access in Segment (Settings > Workspace settings > Access Management > Tokens)';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const FUNCTIONS_ACCESS = 'the token was rejected or lacks Functions permissions';
const TRACKING_PLAN_ACCESS = 'the token was rejected or lacks Tracking Plan (Protocols) permissions; the workspace needs Protocols';

class DeployError extends Error {}

/** Replaces every form of the token a message could carry. */
function makeRedactor(token) {
  if (!token) return (text) => String(text);
  const forms = [...new Set([token, encodeURIComponent(token), JSON.stringify(token).slice(1, -1), Buffer.from(token).toString('base64')])];
  return (text) => forms.reduce((out, form) => out.split(form).join('[redacted]'), String(text));
}

function apiUrlFrom(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  // Plain http would send the token in the clear; only this machine (tests,
  // a local proxy) may have it.
  if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)))) {
    throw new DeployError('SEGMENT_API_URL must be an https:// URL (plain http only to 127.0.0.1, [::1] or localhost), e.g. https://api.segmentapis.com');
  }
  return url.href.replace(/\/+$/, '');
}

function positiveInteger(env, name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) throw new DeployError(`${name} must be a whole number of milliseconds above 0, not ${JSON.stringify(raw)}`);
  return value;
}

function config(env) {
  const dryRun = env.DRY_RUN === '1' || env.DRY_RUN === 'true';
  const token = env.SEGMENT_API_TOKEN || '';
  if (!token && !dryRun) throw new DeployError(`SEGMENT_API_TOKEN is not set: ${TOKEN_HELP}`);
  if (token && !TOKEN_SYNTAX.test(token)) {
    throw new DeployError('SEGMENT_API_TOKEN has characters a token cannot have (a line break, space, quote or non-ASCII letter): copy the token again');
  }
  return {
    token,
    apiUrl: apiUrlFrom(env.SEGMENT_API_URL || 'https://api.segmentapis.com'),
    functionId: env.SEGMENT_FUNCTION_ID || null,
    name: env.SEGMENT_FUNCTION_NAME || 'Stigg',
    timeoutMs: positiveInteger(env, 'SEGMENT_API_TIMEOUT_MS', DEFAULT_TIMEOUT_MS),
    dryRun,
    trackingPlan: trackingPlanConfig(env),
  };
}

/** The opt-in tracking-plan step, or null; its rules are made here, before
 * any request, so bad settings stop the deploy before it starts. */
function trackingPlanConfig(env) {
  const id = env.SEGMENT_TRACKING_PLAN_ID || null;
  const name = env.SEGMENT_TRACKING_PLAN_NAME || null;
  const settingsFile = env.SEGMENT_TRACKING_PLAN_SETTINGS || null;
  if (!id && !name) {
    if (settingsFile) throw new DeployError('SEGMENT_TRACKING_PLAN_SETTINGS is set but neither SEGMENT_TRACKING_PLAN_ID nor SEGMENT_TRACKING_PLAN_NAME: say which tracking plan to update');
    return null;
  }
  const { loadTrackingPlan, readSettingsFile } = require('./tracking-plan');
  let settings = {};
  try {
    if (settingsFile) settings = readSettingsFile(settingsFile);
  } catch (err) {
    throw new DeployError(`SEGMENT_TRACKING_PLAN_SETTINGS: ${err.message}`);
  }
  let plan;
  try {
    plan = loadTrackingPlan()(settings);
  } catch (err) {
    throw new DeployError(`tracking plan: ${err.message}`);
  }
  return { id, name: name || 'Stigg', settings, rules: plan.rules };
}

/** What Segment said went wrong, from its `{errors: [{message}]}` body. */
function segmentMessage(body) {
  try {
    const parsed = JSON.parse(body);
    const messages = (Array.isArray(parsed.errors) ? parsed.errors : []).map((e) => e && e.message).filter((m) => typeof m === 'string' && m);
    if (messages.length) return messages.join('; ');
  } catch {
    // Not JSON; fall through to the raw text.
  }
  return body.slice(0, 300) || '(no details)';
}

/** Seconds or an HTTP date, as Retry-After allows; null when absent or unreadable. */
function retryAfterMs(header) {
  if (header == null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : null;
}

function createClient(cfg, log) {
  const redact = makeRedactor(cfg.token);
  const fail = (message) => new DeployError(redact(message));

  /** One request and its whole answer, within cfg.timeoutMs. */
  async function send(method, url, body, what) {
    try {
      const response = await fetch(url, {
        method,
        redirect: 'manual',
        signal: AbortSignal.timeout(cfg.timeoutMs),
        headers: {
          authorization: `Bearer ${cfg.token}`,
          accept: 'application/vnd.segment.v1+json',
          'content-type': 'application/vnd.segment.v1+json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { response, text: await response.text() };
    } catch (err) {
      if (err && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
        throw fail(`${what}: no complete answer within ${cfg.timeoutMs} ms (SEGMENT_API_TIMEOUT_MS)`);
      }
      throw fail(`could not reach ${url}: ${(err && err.cause && err.cause.code) || (err && err.message)}`);
    }
  }

  async function request(method, pathAndQuery, body, { notFound, access = FUNCTIONS_ACCESS } = {}) {
    const url = `${cfg.apiUrl}${pathAndQuery}`;
    const what = `${method} ${pathAndQuery}`;
    for (let attempt = 1; ; attempt++) {
      const { response, text } = await send(method, url, body, what);
      if (response.status >= 300 && response.status < 400) {
        // fetch would turn a POST into a GET on 301/302 and call it success.
        const location = response.headers.get('location') || '(no Location)';
        throw fail(`${what}: ${response.status} redirect to ${location}, not followed: set SEGMENT_API_URL to the API's own address (https://api.segmentapis.com, or https://eu1.api.segmentapis.com)`);
      }
      if (response.ok) return dataOf(text, what);
      const retryable = response.status === 429 || response.status >= 500;
      if (retryable && attempt < MAX_ATTEMPTS) {
        const asked = retryAfterMs(response.headers.get('retry-after'));
        if (asked !== null && asked > MAX_RETRY_WAIT_MS) {
          throw fail(`${what}: ${response.status}: Segment asks to wait ${asked > 1e10 ? 'over 10000000' : Math.ceil(asked / 1000)} s before retrying, more than the ${MAX_RETRY_WAIT_MS / 1000} s deploy waits; try again later`);
        }
        const wait = asked ?? Math.min(8000, 250 * 2 ** attempt);
        log(redact(`${what}: ${response.status}, retrying in ${wait} ms (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`));
        await new Promise((resolve) => setTimeout(resolve, wait));
        continue;
      }
      if (response.status === 401 || response.status === 403) {
        throw fail(`${what}: ${response.status}: ${access}`);
      }
      if (response.status === 404 && notFound) throw fail(notFound);
      throw fail(`${what}: ${response.status}: ${segmentMessage(text)}`);
    }
  }

  function dataOf(text, what) {
    if (!text) return {};
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw fail(`${what}: the answer is not JSON: ${text.slice(0, 200)}`);
    }
    if (!parsed || typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
      throw fail(`${what}: the answer has no "data" object: ${text.slice(0, 200)}`);
    }
    return parsed.data;
  }

  return { request, fail, redact };
}

/** A request as DRY_RUN prints it: the code shortened, nothing secret. */
function describeBody(body) {
  const shown = { ...body };
  if (typeof shown.code === 'string') shown.code = `<${Buffer.byteLength(shown.code)} bytes: pkg/segment-function.js>`;
  return JSON.stringify(shown, null, 2);
}

/** The first item of a paged list that `matches`, or null. */
async function findInPages(client, { path: listPath, query: fixed, list, matches, skip, access }) {
  const seen = new Set();
  let cursor = null;
  for (let pages = 0; ; pages++) {
    if (pages === MAX_PAGES) {
      throw client.fail(`GET ${listPath}: still more pages after ${MAX_PAGES} pages of ${PAGE_SIZE}; ${skip}`);
    }
    const query = new URLSearchParams({ ...fixed, 'pagination.count': String(PAGE_SIZE) });
    if (cursor) query.set('pagination.cursor', cursor);
    const what = `GET ${listPath}?${query}`;
    const page = await client.request('GET', `${listPath}?${query}`, undefined, { access });
    if (!Array.isArray(page[list])) throw client.fail(`${what}: "${list}" is not a list`);
    const match = page[list].find((item) => item && matches(item));
    if (match) return match;
    const next = page.pagination && page.pagination.next;
    if (next === undefined || next === null || next === '') return null;
    if (typeof next !== 'string') throw client.fail(`${what}: "pagination.next" is not a string`);
    if (seen.has(next)) throw client.fail(`GET ${listPath}: the page cursor ${JSON.stringify(next.slice(0, 100))} came back a second time; ${skip}`);
    seen.add(next);
    cursor = next;
  }
}

function findByName(client, name) {
  return findInPages(client, {
    path: '/functions',
    query: { resourceType: 'SOURCE' },
    list: 'functions',
    matches: (f) => f.displayName === name && (f.resourceType || 'SOURCE') === 'SOURCE',
    skip: 'set SEGMENT_FUNCTION_ID to skip the search',
  });
}

/** Creates or finds the tracking plan, then replaces its rules. */
async function deployTrackingPlan(client, tp, version, log) {
  const access = TRACKING_PLAN_ACCESS;
  let id = tp.id;
  if (!id) {
    const existing = await findInPages(client, {
      path: '/tracking-plans',
      query: {},
      list: 'trackingPlans',
      matches: (plan) => plan.name === tp.name,
      skip: 'set SEGMENT_TRACKING_PLAN_ID to skip the search',
      access,
    });
    id = existing && existing.id;
    if (!id) {
      log(`creating tracking plan ${JSON.stringify(tp.name)}`);
      const created = await client.request('POST', '/tracking-plans', {
        name: tp.name,
        type: 'LIVE',
        description: `The calls the Stigg source function sends (stigg-segment ${version}).`,
      }, { access });
      id = created && created.trackingPlan && created.trackingPlan.id;
      if (typeof id !== 'string' || !id) throw client.fail('POST /tracking-plans: the answer has no tracking plan id');
    }
  }
  const what = `PUT /tracking-plans/${encodeURIComponent(id)}/rules`;
  await client.request('PUT', `/tracking-plans/${encodeURIComponent(id)}/rules`, { rules: tp.rules }, {
    access,
    notFound: `tracking plan ${id} was not found: check SEGMENT_TRACKING_PLAN_ID, or unset it to find the plan by SEGMENT_TRACKING_PLAN_NAME`,
  });
  const tracks = tp.rules.filter((rule) => rule.type === 'TRACK').length;
  log(client.redact(`${what}: tracking plan ${id} now has ${tp.rules.length} rules (${tracks} track events, for settings ${JSON.stringify(tp.settings)})`));
  return id;
}

function functionIdOf(data, what, client) {
  const fn = data && data.function;
  if (!fn || typeof fn.id !== 'string' || !fn.id) throw client.fail(`${what}: the answer has no function id`);
  return fn;
}

async function deploy(env = process.env, log = console.log) {
  const cfg = config(env);
  const code = fs.readFileSync(path.join(root, 'pkg', 'segment-function.js'), 'utf8');
  const settings = JSON.parse(fs.readFileSync(path.join(root, 'pkg', 'segment-function.settings.json'), 'utf8'));
  const version = /^\/\/ stigg-segment (\S+):/.exec(code)[1];
  const description = `Turns Stigg webhooks into Segment track and identify calls (stigg-segment ${version}).`;
  const update = { code, settings, displayName: cfg.name, description };
  const create = { ...update, resourceType: 'SOURCE' };

  if (cfg.dryRun) {
    log(`DRY_RUN: nothing is sent. A real run sends these requests to ${cfg.apiUrl}:`);
    if (!cfg.token) log(`(SEGMENT_API_TOKEN is not set: a real run needs one; ${TOKEN_HELP})`);
    const steps = [];
    if (cfg.functionId) {
      steps.push(`PATCH /functions/${cfg.functionId} with this body:\n${describeBody(update)}`);
    } else {
      steps.push(`GET /functions?resourceType=SOURCE&pagination.count=${PAGE_SIZE}, page by page, to find the SOURCE function named ${JSON.stringify(cfg.name)}`);
      steps.push(`if found, PATCH /functions/<its id>; otherwise POST /functions with "resourceType": "SOURCE" added; either with this body:\n${describeBody(update)}`);
    }
    steps.push(`POST /functions/${cfg.functionId || '<id>'}/deploy`);
    steps.push(`GET /functions/${cfg.functionId || '<id>'}, to report what was deployed`);
    const tp = cfg.trackingPlan;
    if (tp) {
      if (!tp.id) {
        steps.push(`GET /tracking-plans?pagination.count=${PAGE_SIZE}, page by page, to find the tracking plan named ${JSON.stringify(tp.name)}; if none, POST /tracking-plans with {"name": ${JSON.stringify(tp.name)}, "type": "LIVE", ...}`);
      }
      steps.push(`PUT /tracking-plans/${tp.id || '<its id>'}/rules with the ${tp.rules.length} rules of \`make tracking-plan\` for settings ${JSON.stringify(tp.settings)}`);
    }
    steps.forEach((step, i) => log(`${i + 1}. ${step}`));
    return null;
  }

  const client = createClient(cfg, log);
  let fn;
  let id = cfg.functionId;
  if (!id) {
    const existing = await findByName(client, cfg.name);
    id = existing && existing.id;
  }
  if (id) {
    log(`updating function ${id} (${cfg.name})`);
    const what = `PATCH /functions/${encodeURIComponent(id)}`;
    fn = functionIdOf(await client.request('PATCH', `/functions/${encodeURIComponent(id)}`, update, {
      notFound: `function ${id} was not found: check SEGMENT_FUNCTION_ID, or unset it to find the function by name`,
    }), what, client);
  } else {
    log(`creating source function ${JSON.stringify(cfg.name)}`);
    fn = functionIdOf(await client.request('POST', '/functions', create), 'POST /functions', client);
  }
  id = fn.id;
  await client.request('POST', `/functions/${encodeURIComponent(id)}/deploy`);
  const deployed = (await client.request('GET', `/functions/${encodeURIComponent(id)}`)).function || fn;
  const previewWebhookUrl = typeof deployed.previewWebhookUrl === 'string' && deployed.previewWebhookUrl ? deployed.previewWebhookUrl : null;
  const redact = makeRedactor(cfg.token);
  log(redact(`deployed function ${id} (${cfg.name}), stigg-segment ${version}${deployed.deployedAt ? `, deployed at ${deployed.deployedAt}` : ''}`));
  if (previewWebhookUrl) {
    log(redact(`  ${previewWebhookUrl} (the editor's test URL: not for Stigg, it needs a Public API token)`));
  }
  // Segment's Public API returns only the editor's preview URL; the URL Stigg
  // can call belongs to a source made from the function, and only Segment's
  // app shows it.
  log(`  URL to paste into Stigg's webhook form: the one Segment shows for a source made from this function.
    Once: in Segment, Connections > Catalog > Functions > ${cfg.name} > Connect Source.
    Then copy the webhook URL (https://fn.segmentapis.com/?b=...) from that source's Overview or Settings > Endpoint page,
    and set the source's webhookSecret setting to the secret Stigg shows for the webhook.`);
  const trackingPlanId = cfg.trackingPlan ? await deployTrackingPlan(client, cfg.trackingPlan, version, log) : null;
  return { id, version, previewWebhookUrl, trackingPlanId };
}

if (require.main === module) {
  const redact = makeRedactor(process.env.SEGMENT_API_TOKEN);
  deploy().catch((err) => {
    // A DeployError is the whole story; anything else is a bug, worth its
    // stack, but never the token.
    console.error(redact(`deploy: ${err instanceof DeployError ? err.message : (err && err.stack) || err}`));
    process.exit(1);
  });
}

module.exports = { deploy, DeployError, retryAfterMs };
