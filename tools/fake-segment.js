// A stand-in for Segment's HTTP Tracking API on 127.0.0.1, for the edge
// relay's tests and benchmark: POST /v1/batch with Basic auth (the write key
// as the user name). It keeps every request it got and, like Segment, drops a
// call whose messageId it has already accepted (per write key), counting
// both. `answer` decides each reply, so a test can make it fail.
'use strict';
const http = require('node:http');

/**
 * answer(request) -> undefined (200), or {status, headers, body}, or
 * {drop: true} (read the batch, count it as accepted, then cut the
 * connection without answering: Segment has the calls, the sender never
 * learns it), or {hang: true} (count it as accepted and never answer, as a
 * Segment that took the batch and then stalled). `request` is {index, at
 * (when it came, Unix ms), path, writeKey, bytes, ids, calls, sentAt (the
 * batch's)}. `port`: where it listens (0, the default: any free
 * port).
 */
function startFakeSegment({ answer = () => undefined, port = 0 } = {}) {
  const requests = [];
  const accepted = new Map(); // writeKey -> Map(messageId -> call)
  let repeats = 0;
  const fake = {
    requests,
    accepted,
    get repeats() {
      return repeats;
    },
    answer,
    /** Unique calls accepted for a write key. */
    ids(writeKey) {
      return [...(accepted.get(writeKey) || new Map()).keys()];
    },
    url: undefined,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    }),
  };
  const accept = (writeKey, calls) => {
    if (!accepted.has(writeKey)) accepted.set(writeKey, new Map());
    const seen = accepted.get(writeKey);
    for (const call of calls) {
      if (seen.has(call.messageId)) repeats += 1;
      else seen.set(call.messageId, call);
    }
  };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const auth = /^Basic (.+)$/.exec(req.headers.authorization || '');
      const writeKey = auth ? Buffer.from(auth[1], 'base64').toString('utf8').replace(/:$/, '') : undefined;
      let calls = [];
      let sentAt;
      try {
        const parsed = JSON.parse(text);
        calls = parsed.batch || [];
        sentAt = parsed.sentAt;
      } catch {
        calls = [];
      }
      const request = {
        index: requests.length,
        at: Date.now(),
        path: req.url,
        writeKey,
        bytes: Buffer.byteLength(text),
        ids: calls.map((call) => call.messageId),
        calls,
        sentAt,
      };
      requests.push(request);
      const reply = req.url === '/v1/batch'
        ? fake.answer(request)
        : { status: 404, body: '{"error":"not found"}' };
      if (reply && reply.drop) {
        accept(writeKey, calls);
        req.socket.destroy();
        return;
      }
      if (reply && reply.hang) {
        accept(writeKey, calls);
        return;
      }
      const status = reply ? reply.status : 200;
      if (status >= 200 && status < 300) accept(writeKey, calls);
      res.writeHead(status, { 'Content-Type': 'application/json', ...(reply && reply.headers) });
      res.end(reply && reply.body !== undefined ? reply.body : '{"success":true}');
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      fake.url = `http://127.0.0.1:${server.address().port}`;
      resolve(fake);
    });
  });
}

module.exports = { startFakeSegment };
