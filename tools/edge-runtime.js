// Runs the edge relay (edge/) in workerd, Cloudflare's Workers runtime, with
// Miniflare's local Queues, for its tests and benchmark. The Worker runs as it
// ships: its own modules, the npm package's web build of the core, the queue
// bindings and consumer settings of edge/wrangler.toml. Only the variables
// and secrets are the caller's.
//
// A second Worker, the observer, is a test tool: it consumes the two queues
// the relay writes and nobody reads here (dead letters, undelivered calls)
// and posts each message to a collector on 127.0.0.1, so a test can see them.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { Miniflare, Log, LogLevel } = require('miniflare');

const root = path.join(__dirname, '..');
const EDGE_MODULES = [
  { type: 'ESModule', path: 'edge/src/worker.js' },
  { type: 'ESModule', path: 'edge/src/delivery.js' },
  { type: 'ESModule', path: 'edge/src/log.js' },
  { type: 'ESModule', path: 'edge/src/sync.js' },
  { type: 'ESModule', path: 'pkg/web.js' },
  { type: 'CompiledWasm', path: 'pkg/stigg_segment_bg.wasm' },
];

/** The few parts of wrangler.toml the runtime needs: [vars], the queue
 * producers and consumers, the Cron Trigger and the KV namespace
 * ([observability] is read, and left to Cloudflare). A small reader for the
 * file as written there (strings, numbers, arrays, tables, arrays of
 * tables), not a TOML parser. */
function readWranglerToml(file = path.join(root, 'edge', 'wrangler.toml')) {
  const out = { top: {}, vars: {}, observability: {}, producers: [], consumers: [], triggers: {}, kvNamespaces: [] };
  let section = out.top;
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.replace(/^\s+|\s+$/g, '');
    if (line === '' || line.startsWith('#')) continue;
    if (line === '[vars]' || line === '[triggers]' || line === '[observability]') {
      section = out[line.slice(1, -1)];
      continue;
    }
    if (line === '[[kv_namespaces]]') {
      section = {};
      out.kvNamespaces.push(section);
      continue;
    }
    const table = /^\[\[queues\.(producers|consumers)\]\]$/.exec(line);
    if (table) {
      section = {};
      out[table[1]].push(section);
      continue;
    }
    if (line.startsWith('[')) throw new Error(`edge/wrangler.toml: ${line} is a table this reader does not know`);
    const pair = /^([A-Za-z0-9_]+)\s*=\s*(.+)$/.exec(line);
    if (!pair) throw new Error(`edge/wrangler.toml: cannot read ${line}`);
    section[pair[1]] = JSON.parse(pair[2]);
  }
  return out;
}

function startCollector() {
  const received = { 'stigg-segment-dead-letters': [], 'stigg-segment-undelivered': [] };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const { queue, messages } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      received[queue].push(...messages);
      res.end('ok');
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      received,
      url: `http://127.0.0.1:${server.address().port}/`,
      close: () => new Promise((done) => {
        server.closeAllConnections();
        server.close(done);
      }),
    }));
  });
}

const OBSERVER = `
export default {
  async queue(batch, env) {
    const messages = batch.messages.map((m) => m.body);
    await fetch(env.COLLECTOR, { method: 'POST', body: JSON.stringify({ queue: batch.queue, messages }) });
  },
};`;

/**
 * Starts the relay. `vars` and `secrets` become the Worker's environment on
 * top of wrangler.toml's [vars]; `batchTimeout` (seconds) shortens the
 * consumer's wait for a full batch so a test need not wait 5 s; `port` is
 * where it listens (0, the default: any free port).
 */
async function startEdge({ vars = {}, batchTimeout = 0.05, log = false, port = 0 } = {}) {
  const toml = readWranglerToml();
  const collector = await startCollector();
  const queueProducers = Object.fromEntries(toml.producers.map((p) => [p.binding, p.queue]));
  const queueConsumers = Object.fromEntries(toml.consumers.map((c) => [c.queue, {
    maxBatchSize: c.max_batch_size,
    maxBatchTimeout: Math.min(c.max_batch_timeout, batchTimeout),
    maxRetries: c.max_retries,
    deadLetterQueue: c.dead_letter_queue,
  }]));
  const lines = [];
  const mf = new Miniflare({
    log: log ? new Log(LogLevel.INFO) : new Log(LogLevel.NONE),
    host: '127.0.0.1',
    port,
    // Never fetch the Request.cf object from Cloudflare: nothing leaves the machine.
    cf: false,
    handleRuntimeStdio(stdout, stderr) {
      for (const stream of [stdout, stderr]) {
        let buffered = '';
        stream.on('data', (data) => {
          buffered += data;
          const parts = buffered.split('\n');
          buffered = parts.pop();
          for (const line of parts) {
            lines.push(line);
            if (log) process.stderr.write(`${line}\n`);
          }
        });
      }
    },
    workers: [
      {
        name: toml.top.name,
        rootPath: root,
        modulesRoot: root,
        modules: EDGE_MODULES,
        compatibilityDate: toml.top.compatibility_date,
        bindings: { ...toml.vars, ...vars },
        queueProducers,
        queueConsumers,
        kvNamespaces: Object.fromEntries(toml.kvNamespaces.map((kv) => [kv.binding, kv.id])),
      },
      {
        name: 'observer',
        modules: true,
        script: OBSERVER,
        compatibilityDate: toml.top.compatibility_date,
        bindings: { COLLECTOR: collector.url },
        queueConsumers: {
          'stigg-segment-dead-letters': { maxBatchTimeout: 0.05 },
          'stigg-segment-undelivered': { maxBatchTimeout: 0.05 },
        },
      },
    ],
  });
  const url = await mf.ready;
  return {
    mf,
    url: url.toString(),
    lines,
    deadLetters: collector.received['stigg-segment-dead-letters'],
    undelivered: collector.received['stigg-segment-undelivered'],
    /** The Cron Trigger, now (as Cloudflare fires it on wrangler.toml's crons). */
    async scheduled() {
      const worker = await mf.getWorker(toml.top.name);
      return worker.scheduled({ cron: toml.triggers.crons[0], scheduledTime: new Date() });
    },
    /** A KV namespace of the Worker, to look into. */
    kv: (binding) => mf.getKVNamespace(binding, toml.top.name),
    async stop() {
      await mf.dispose();
      await collector.close();
    },
  };
}

module.exports = { startEdge, readWranglerToml };
