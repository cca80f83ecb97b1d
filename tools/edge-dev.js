#!/usr/bin/env node
// `make edge-dev`: the edge relay (edge/) as it ships, in workerd (npm
// miniflare) with local Queues, on http://127.0.0.1:${PORT:-8789}/, and a
// fake Segment HTTP Tracking API behind it that prints each call it gets.
// No Cloudflare account, no Segment workspace: nothing leaves this machine.
//
//   curl -s localhost:8789 -d @tests/fixtures/stigg/subscription.created.json
//
// Settings: the Worker's variables, from this environment, named as the
// Worker names them (STIGG_SEGMENT_WEBHOOK_SECRET,
// STIGG_SEGMENT_EVENT_NAME_STYLE, STIGG_SEGMENT_EVENT_ALLOWLIST, ...;
// docs/edge.md), checked at start by the core's rule as the Worker checks
// them; STIGG_SEGMENT_SETTINGS_FILE's settings become Worker variables too.
// FAKE_SEGMENT_PORT puts the fake on a port of your choice
// (default: any free one). Built on tools/edge-runtime.js and
// tools/fake-segment.js, which the edge relay's tests use.
'use strict';
const path = require('node:path');
const { startEdge } = require('./edge-runtime');
const { startPrintingFakeSegment } = require('./fake-segment-dev');
const { loadSettings } = require('./function-dev');

const root = path.join(__dirname, '..');
const SCHEMA = require(path.join(root, 'pkg')).settingsSchema();

/** The settings in this process's environment (and its settings file), as
 * the Worker's variables: JSON values, as wrangler's [vars] may hold them. */
function settingVars(env) {
  const settings = loadSettings(env, (line) => console.warn(line.replace(/^function-dev:/, 'edge-dev:')));
  const vars = {};
  for (const { name, variable } of SCHEMA) {
    if (settings[name] !== undefined) vars[variable] = settings[name];
  }
  return vars;
}

async function main() {
  const settings = settingVars(process.env);
  const fake = await startPrintingFakeSegment({ port: Number(process.env.FAKE_SEGMENT_PORT || 0), name: 'segment (fake)' });
  const vars = {
    ...settings,
    SEGMENT_ENDPOINT: fake.url,
    // The fake takes any write key; the Worker needs one to be set.
    SEGMENT_WRITE_KEY: 'edge-dev-write-key',
  };
  const edge = await startEdge({ vars, port: Number(process.env.PORT || 8789), batchTimeout: 0.5, log: true });
  const url = new URL(edge.url);
  const sensitive = new Set(SCHEMA.filter((s) => s.sensitive).map((s) => s.variable));
  const shown = Object.entries(settings).map(([name, value]) => `${name}=${sensitive.has(name) ? '(set)' : JSON.stringify(value)}`);
  console.log(`edge-dev: the edge relay (edge/) in workerd at http://127.0.0.1:${url.port}/, delivering to a fake Segment API at ${fake.url}/v1/batch${shown.length ? `; ${shown.join(' ')}` : ''}`);
  console.log(`edge-dev: try  curl -s localhost:${url.port} -d @tests/fixtures/stigg/subscription.created.json   (Ctrl-C stops both)`);
  // Ctrl-C and SIGTERM: Miniflare's exit hook stops workerd and exits.
}

main().catch((err) => {
  console.error(`edge-dev: ${err.message}`);
  process.exit(1);
});
