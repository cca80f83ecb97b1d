// `make playground`'s file server: bad URLs get an answer, not a crash.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { createStaticServer } = require('../../tools/static-server');

test('a malformed percent-encoding gets 400 and the server stays up', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'www-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>ok</title>');
  const server = createStaticServer(dir);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const base = `http://127.0.0.1:${server.address().port}`;
  const uncaught = [];
  const onUncaught = (err) => uncaught.push(err);
  process.on('uncaughtException', onUncaught);
  t.after(() => process.off('uncaughtException', onUncaught));

  for (const bad of ['/%E0%A4%A', '/%', '/%ZZ', '/index.html%C0']) {
    const res = await fetch(`${base}${bad}`);
    assert.equal(res.status, 400, bad);
    assert.match(await res.text(), /bad URL/);
  }
  const ok = await fetch(`${base}/`);
  assert.equal(ok.status, 200);
  assert.match(await ok.text(), /<title>ok<\/title>/);
  assert.equal((await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).status, 404);
  assert.deepEqual(uncaught, []);
});
