// Debian's Chromium for the browser tests, through playwright-core (never a
// downloaded browser). Without the background-networking flags Chromium
// keeps trying hosts this machine cannot reach.
'use strict';
const path = require('node:path');
const { chromium } = require('playwright-core');
const { createStaticServer } = require('../../tools/static-server');

function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Serves www/ on 127.0.0.1 and launches Chromium before a test file's tests,
 * closing both after them. The returned object's `base` (the page's URL) and
 * `browser` are set once `test.before` has run.
 */
function servePlayground(test) {
  const playground = { base: undefined, browser: undefined };
  let server;
  test.before(async () => {
    server = createStaticServer(path.join(__dirname, '..', '..', 'www'));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    playground.base = `http://127.0.0.1:${server.address().port}/`;
    playground.browser = await launchChromium();
  });
  test.after(async () => {
    await playground.browser?.close();
    server?.close();
  });
  return playground;
}

/**
 * Loads the playground at `url` in `page` and waits until it is ready; the
 * page's uncaught errors collect in `page.errors`.
 */
async function loadPlayground(page, url) {
  page.errors = [];
  page.on('pageerror', (err) => page.errors.push(err));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

module.exports = { launchChromium, servePlayground, loadPlayground };
