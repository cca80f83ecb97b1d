#!/usr/bin/env node
// `make serve`: a local stand-in for a Segment source function's endpoint.
// POST a Stigg webhook to http://127.0.0.1:${PORT:-8787}/ and it runs
// pkg/segment-function.js in the emulated Segment runtime, answering with the
// Segment calls it made. Point Stigg's "Send test event" at it through a
// tunnel to see what real webhooks become.
//
// Settings: SETTINGS_FILE=path/to/settings.json, and/or one environment
// variable per setting named after it in SCREAMING_SNAKE_CASE (WEBHOOK_SECRET,
// EVENT_NAME_STYLE, EVENT_ALLOWLIST=a.*,b.*, IDENTIFY_CUSTOMERS=false, ...);
// the variables win.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { loadFunction } = require('./segment-runtime');

const root = path.join(__dirname, '..');
/** Segment accepts at most 512 KiB per request body. */
const MAX_BODY_BYTES = 512 * 1024;
const REJECTED = new Set(['InvalidEventPayload', 'ValidationError', 'EventNotSupported']);

const envName = (setting) => setting.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** Reads settings from SETTINGS_FILE and the environment, typed by the schema. */
function loadSettings(env) {
  const settings = env.SETTINGS_FILE ? JSON.parse(fs.readFileSync(env.SETTINGS_FILE, 'utf8')) : {};
  const schema = require(path.join(root, 'pkg')).settingsSchema();
  for (const setting of schema) {
    const raw = env[envName(setting.name)];
    if (raw === undefined) continue;
    if (setting.type === 'BOOLEAN') {
      if (raw !== 'true' && raw !== 'false') {
        throw new Error(`${envName(setting.name)} must be true or false`);
      }
      settings[setting.name] = raw === 'true';
    } else if (setting.type === 'ARRAY') {
      settings[setting.name] = raw.trim().startsWith('[') ? JSON.parse(raw) : raw.split(',').map((s) => s.trim()).filter(Boolean);
    } else {
      settings[setting.name] = raw;
    }
  }
  return settings;
}

function createServer({ settings, log = console.log } = {}) {
  let logs = [];
  const sandboxConsole = {
    log: (...args) => logs.push(args.join(' ')),
    warn: (...args) => logs.push(args.join(' ')),
    error: (...args) => logs.push(args.join(' ')),
  };
  const code = fs.readFileSync(path.join(root, 'pkg', 'segment-function.js'), 'utf8');
  const fn = loadFunction(code, { console: sandboxConsole });

  const reply = (res, status, payload) => {
    res.writeHead(status, { 'content-type': 'application/json' });
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
    if (body === null) {
      const message = `the body is over ${MAX_BODY_BYTES} bytes (512 KiB), the most Segment accepts`;
      return [reply(res, 413, { error: { name: 'InvalidEventPayload', message } }), 'body too large'];
    }
    logs = [];
    fn.takeEvents();
    const request = fn.request({ body: body.toString('utf8'), headers: req.headers, url: `http://127.0.0.1${req.url}` });
    try {
      await fn.onRequest(request, settings);
    } catch (err) {
      const name = (err && err.name) || 'Error';
      const status = REJECTED.has(name) ? 400 : 500;
      return [reply(res, status, { error: { name, message: String(err && err.message) } }), name];
    }
    const calls = fn.takeEvents();
    return [reply(res, 200, { calls, logs }), `${calls.length} call${calls.length === 1 ? '' : 's'}`];
  }

  return http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      // Past the limit, keep draining the upload but stop buffering it.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', async () => {
      const body = size > MAX_BODY_BYTES ? null : Buffer.concat(chunks);
      let status;
      let summary;
      try {
        [status, summary] = await handle(req, res, body);
      } catch (err) {
        status = reply(res, 500, { error: { name: 'InternalError', message: String(err && err.message) } });
        summary = 'internal error';
      }
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log(`${new Date().toISOString()} ${req.method} ${req.url} ${status} ${summary} (${size} bytes, ${ms.toFixed(1)} ms)`);
    });
  });
}

if (require.main === module) {
  const settings = loadSettings(process.env);
  const port = Number(process.env.PORT || 8787);
  const server = createServer({ settings });
  server.listen(port, '127.0.0.1', () => {
    const shown = Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, k === 'webhookSecret' ? '(set)' : v]));
    console.log(`stigg-segment: listening on http://127.0.0.1:${server.address().port}/ with settings ${JSON.stringify(shown)}`);
  });
}

module.exports = { createServer, loadSettings, envName, MAX_BODY_BYTES };
