#!/usr/bin/env node
// `make fake-segment`: a fake Segment HTTP Tracking API on
// http://127.0.0.1:${PORT:-8790}, to point `stigg-segment send` or `serve`
// at (`--endpoint http://127.0.0.1:8790`) without a Segment workspace. It
// answers every POST /v1/batch with 200, drops a repeated messageId as
// Segment does, and prints one line per call it receives. Built on
// tools/fake-segment.js, the fake the tests use; `make edge-dev` puts the
// same one behind the edge relay.
'use strict';
const { startFakeSegment } = require('./fake-segment');

/** One line for a call: what a Segment debugger would list first. */
function describeCall(call) {
  const who = call.userId !== undefined ? `userId ${JSON.stringify(call.userId)}` : `anonymousId ${JSON.stringify(call.anonymousId)}`;
  const what = call.type === 'track' ? ` ${JSON.stringify(call.event)}` : call.type === 'group' ? ` groupId ${JSON.stringify(call.groupId)}` : '';
  return `${call.type}${what} ${who} messageId ${call.messageId}`;
}

/**
 * Starts the fake on `port` (0: any free port) and prints what it gets to
 * `out`, prefixed with `name`. The write key is never printed.
 */
async function startPrintingFakeSegment({ port = 0, name = 'fake-segment', out = console.log } = {}) {
  const seen = new Set();
  const fake = await startFakeSegment({
    port,
    answer(request) {
      if (request.path !== '/v1/batch') return undefined;
      out(`${name}: POST /v1/batch, ${request.calls.length} call${request.calls.length === 1 ? '' : 's'}, ${request.bytes} bytes`);
      for (const call of request.calls) {
        const key = `${request.writeKey}\u0000${call.messageId}`;
        const repeat = seen.has(key);
        seen.add(key);
        out(`  ${describeCall(call)}${repeat ? ' (a repeated messageId: Segment drops it)' : ''}`);
      }
      return undefined;
    },
  });
  return fake;
}

async function main() {
  const port = Number(process.env.PORT || 8790);
  const fake = await startPrintingFakeSegment({ port });
  console.log(`fake-segment: a fake Segment HTTP Tracking API at ${fake.url}/v1/batch; it accepts any write key and prints each call`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(`fake-segment: ${err.message}`);
    process.exit(1);
  });
}

module.exports = { startPrintingFakeSegment, describeCall };
