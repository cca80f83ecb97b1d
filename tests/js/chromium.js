// Debian's Chromium for the browser tests, through playwright-core (never a
// downloaded browser). Without the background-networking flags Chromium
// keeps trying hosts this machine cannot reach.
'use strict';
const { chromium } = require('playwright-core');

function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

module.exports = { launchChromium };
