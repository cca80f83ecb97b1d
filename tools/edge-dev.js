#!/usr/bin/env node
// `make edge-dev`: the edge relay (edge/) as it ships, in workerd (npm
// miniflare) with local Queues, on http://127.0.0.1:${PORT:-8789}/, and a
// fake Segment HTTP Tracking API behind it that prints each call it gets.
// No Cloudflare account, no Segment workspace: nothing leaves this machine.
//
//   curl -s localhost:8789 -d @tests/fixtures/stigg/subscription.created.json
//
// Settings: the Worker's variables, from this environment, named as the
// Worker names them (WEBHOOK_SECRET, EVENT_NAME_STYLE, EVENT_ALLOWLIST, ...;
// docs/edge.md). FAKE_SEGMENT_PORT puts the fake on a port of your choice
// (default: any free one). Built on tools/edge-runtime.js and
// tools/fake-segment.js, which the edge relay's tests use.
'use strict';
const path = require('node:path');
const { startEdge } = require('./edge-runtime');
const { startPrintingFakeSegment } = require('./fake-segment-dev');
const { envName } = require('./function-dev');

const root = path.join(__dirname, '..');

/** The settings among this process's environment variables, as Worker variables (text). */
function settingVars(env) {
  const schema = require(path.join(root, 'pkg')).settingsSchema();
  const vars = {};
  for (const { name } of schema) {
    const variable = envName(name);
    if (env[variable] !== undefined) vars[variable] = env[variable];
  }
  return vars;
}

async function main() {
  const fake = await startPrintingFakeSegment({ port: Number(process.env.FAKE_SEGMENT_PORT || 0), name: 'segment (fake)' });
  const vars = {
    ...settingVars(process.env),
    SEGMENT_ENDPOINT: fake.url,
    // The fake takes any write key; the Worker needs one to be set.
    SEGMENT_WRITE_KEY: 'edge-dev-write-key',
  };
  const edge = await startEdge({ vars, port: Number(process.env.PORT || 8789), batchTimeout: 0.5, log: true });
  const url = new URL(edge.url);
  const shown = Object.keys(settingVars(process.env)).map((name) => (name === 'WEBHOOK_SECRET' ? `${name}=(set)` : `${name}=${process.env[name]}`));
  console.log(`edge-dev: the edge relay (edge/) in workerd at http://127.0.0.1:${url.port}/, delivering to a fake Segment API at ${fake.url}/v1/batch${shown.length ? `; ${shown.join(' ')}` : ''}`);
  console.log(`edge-dev: try  curl -s localhost:${url.port} -d @tests/fixtures/stigg/subscription.created.json   (Ctrl-C stops both)`);
  // Ctrl-C and SIGTERM: Miniflare's exit hook stops workerd and exits.
}

main().catch((err) => {
  console.error(`edge-dev: ${err.message}`);
  process.exit(1);
});
