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
  };
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

  async function request(method, pathAndQuery, body, { notFound } = {}) {
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
        throw fail(`${what}: ${response.status}: the token was rejected or lacks Functions permissions`);
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

  return { request, fail };
}

/** A request as DRY_RUN prints it: the code shortened, nothing secret. */
function describeBody(body) {
  const shown = { ...body };
  if (typeof shown.code === 'string') shown.code = `<${Buffer.byteLength(shown.code)} bytes: pkg/segment-function.js>`;
  return JSON.stringify(shown, null, 2);
}

async function findByName(client, name) {
  const seen = new Set();
  let cursor = null;
  for (let pages = 0; ; pages++) {
    if (pages === MAX_PAGES) {
      throw client.fail(`GET /functions: still more pages after ${MAX_PAGES} pages of ${PAGE_SIZE}; set SEGMENT_FUNCTION_ID to skip the search`);
    }
    const query = new URLSearchParams({ resourceType: 'SOURCE', 'pagination.count': String(PAGE_SIZE) });
    if (cursor) query.set('pagination.cursor', cursor);
    const what = `GET /functions?${query}`;
    const page = await client.request('GET', `/functions?${query}`);
    if (!Array.isArray(page.functions)) throw client.fail(`${what}: "functions" is not a list`);
    const match = page.functions.find((f) => f && f.displayName === name && (f.resourceType || 'SOURCE') === 'SOURCE');
    if (match) return match;
    const next = page.pagination && page.pagination.next;
    if (next === undefined || next === null || next === '') return null;
    if (typeof next !== 'string') throw client.fail(`${what}: "pagination.next" is not a string`);
    if (seen.has(next)) throw client.fail(`GET /functions: the page cursor ${JSON.stringify(next.slice(0, 100))} came back a second time; set SEGMENT_FUNCTION_ID to skip the search`);
    seen.add(next);
    cursor = next;
  }
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
  return { id, version, previewWebhookUrl };
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
