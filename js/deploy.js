#!/usr/bin/env node
// `make deploy`: creates or updates the Stigg source function in Segment
// through its Public API, with the settings declared in the Rust code, then
// deploys it.
//
//   SEGMENT_API_TOKEN      required; a Public API token with Functions access
//   SEGMENT_API_URL        default https://api.segmentapis.com
//                          (EU workspaces: https://eu1.api.segmentapis.com)
//   SEGMENT_FUNCTION_ID    update this function; otherwise look it up by name
//   SEGMENT_FUNCTION_NAME  display name to find or create (default "Stigg")
//   DRY_RUN=1              print the requests instead of sending them
//
// The token is sent only in the Authorization header and never printed.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const PAGE_SIZE = 100;
const MAX_ATTEMPTS = 5;

class DeployError extends Error {}

function config(env) {
  const token = env.SEGMENT_API_TOKEN;
  if (!token) throw new DeployError('SEGMENT_API_TOKEN is not set: create a Public API token with Functions access in Segment (Settings > Workspace settings > Access Management > Tokens)');
  return {
    token,
    apiUrl: (env.SEGMENT_API_URL || 'https://api.segmentapis.com').replace(/\/+$/, ''),
    functionId: env.SEGMENT_FUNCTION_ID || null,
    name: env.SEGMENT_FUNCTION_NAME || 'Stigg',
    dryRun: env.DRY_RUN === '1' || env.DRY_RUN === 'true',
  };
}

/** What Segment said went wrong, from its `{errors: [{message}]}` body. */
function segmentMessage(body) {
  try {
    const parsed = JSON.parse(body);
    const messages = (parsed.errors || []).map((e) => e.message).filter(Boolean);
    if (messages.length) return messages.join('; ');
  } catch {
    // Not JSON; fall through to the raw text.
  }
  return body.slice(0, 300) || '(no details)';
}

/** Seconds or an HTTP date, as Retry-After allows; null when absent. */
function retryAfterMs(header) {
  if (header == null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : null;
}

function createClient(cfg, log) {
  async function request(method, pathAndQuery, body, { notFound } = {}) {
    const url = `${cfg.apiUrl}${pathAndQuery}`;
    for (let attempt = 1; ; attempt++) {
      let response;
      try {
        response = await fetch(url, {
          method,
          headers: {
            authorization: `Bearer ${cfg.token}`,
            accept: 'application/vnd.segment.v1+json',
            'content-type': 'application/vnd.segment.v1+json',
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch (err) {
        throw new DeployError(`could not reach ${url}: ${err.cause?.code || err.message}`);
      }
      const text = await response.text();
      if (response.ok) return text ? JSON.parse(text).data : {};
      const retryable = response.status === 429 || response.status >= 500;
      if (retryable && attempt < MAX_ATTEMPTS) {
        const wait = retryAfterMs(response.headers.get('retry-after')) ?? Math.min(8000, 250 * 2 ** attempt);
        log(`${method} ${pathAndQuery}: ${response.status}, retrying in ${wait} ms (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`);
        await new Promise((resolve) => setTimeout(resolve, wait));
        continue;
      }
      if (response.status === 401 || response.status === 403) {
        throw new DeployError(`${method} ${pathAndQuery}: ${response.status}: the token was rejected or lacks Functions permissions`);
      }
      if (response.status === 404 && notFound) throw new DeployError(notFound);
      throw new DeployError(`${method} ${pathAndQuery}: ${response.status}: ${segmentMessage(text)}`);
    }
  }
  return { request };
}

/** A request as DRY_RUN prints it: the code shortened, nothing secret. */
function describe(method, pathAndQuery, body) {
  if (body === undefined) return `${method} ${pathAndQuery}`;
  const shown = { ...body };
  if (typeof shown.code === 'string') shown.code = `<${Buffer.byteLength(shown.code)} bytes: pkg/segment-function.js>`;
  return `${method} ${pathAndQuery}\n${JSON.stringify(shown, null, 2)}`;
}

async function findByName(client, name) {
  let cursor = null;
  do {
    const query = new URLSearchParams({ resourceType: 'SOURCE', 'pagination.count': String(PAGE_SIZE) });
    if (cursor) query.set('pagination.cursor', cursor);
    const page = await client.request('GET', `/functions?${query}`);
    const match = (page.functions || []).find((f) => f.displayName === name && (f.resourceType || 'SOURCE') === 'SOURCE');
    if (match) return match;
    cursor = page.pagination && page.pagination.next;
  } while (cursor);
  return null;
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
    log(`DRY_RUN: nothing is sent to ${cfg.apiUrl}`);
    if (cfg.functionId) {
      log(describe('PATCH', `/functions/${cfg.functionId}`, update));
    } else {
      log(describe('GET', `/functions?resourceType=SOURCE&pagination.count=${PAGE_SIZE}`));
      log(`then, if a SOURCE function named ${JSON.stringify(cfg.name)} exists:`);
      log(describe('PATCH', '/functions/<its id>', update));
      log('otherwise:');
      log(describe('POST', '/functions', create));
    }
    log(describe('POST', `/functions/${cfg.functionId || '<id>'}/deploy`));
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
    fn = (await client.request('PATCH', `/functions/${encodeURIComponent(id)}`, update, {
      notFound: `function ${id} was not found: check SEGMENT_FUNCTION_ID, or unset it to find the function by name`,
    })).function;
  } else {
    log(`creating source function ${JSON.stringify(cfg.name)}`);
    fn = (await client.request('POST', '/functions', create)).function;
  }
  id = (fn && fn.id) || id;
  await client.request('POST', `/functions/${encodeURIComponent(id)}/deploy`);
  const deployed = (await client.request('GET', `/functions/${encodeURIComponent(id)}`)).function || fn || {};
  log(`deployed function ${id}`);
  log(`  stigg-segment ${version}${deployed.deployedAt ? `, deployed at ${deployed.deployedAt}` : ''}`);
  log(`  preview webhook URL: ${deployed.previewWebhookUrl || '(Segment shows it once the function is connected to a source)'}`);
  return { id, version, previewWebhookUrl: deployed.previewWebhookUrl };
}

if (require.main === module) {
  deploy().catch((err) => {
    console.error(`deploy: ${err instanceof DeployError ? err.message : err.stack}`);
    process.exit(1);
  });
}

module.exports = { deploy, DeployError, retryAfterMs };
