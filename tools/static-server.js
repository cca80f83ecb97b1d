#!/usr/bin/env node
// `make playground`: serves www/ on http://127.0.0.1:${PORT:-8080}, with
// .wasm as application/wasm so browsers can compile it while streaming.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function createStaticServer(dir) {
  const rootDir = path.resolve(dir);
  return http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      // A broken percent-encoding (/%E0%A4%A) is the client's mistake; answer
      // it rather than let the URIError take the server down.
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('bad URL: its percent-encoding is not valid UTF-8\n');
      return;
    }
    const file = path.join(rootDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(rootDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found\n');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    // A file removed after the check above must not crash the server either.
    fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });
}

if (require.main === module) {
  const port = Number(process.env.PORT || 8080);
  const server = createStaticServer(path.join(__dirname, '..', 'www'));
  server.listen(port, '127.0.0.1', () => {
    console.log(`playground: http://127.0.0.1:${server.address().port}/`);
  });
}

module.exports = { createStaticServer };
