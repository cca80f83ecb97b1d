// subscription.updated webhooks of about 541 B, 6.6 KB and 26 KB (the larger
// ones carry many add-ons), built deterministically for benchmarks.
'use strict';

function subscriptionUpdated(addonCount) {
  const body = {
    type: 'subscription.updated',
    messageId: '0d9a6e0c-3f5b-4c1e-9a2d-7b8c9d0e1f2a',
    traceId: '549a6b2e-8d3f-4c1a-9e7b-2f0c5d8a1b34',
    timestamp: '2024-03-01T10:00:05.123Z',
    id: 'subscription-plan-revvenu-growth-4f2a',
    status: 'ACTIVE',
    billingPeriod: 'MONTHLY',
    startDate: '2024-03-01T10:00:00.000Z',
    customer: { id: 'customer-8c1f2a', name: 'Acme Corp', email: 'billing@acme.example' },
    plan: { id: 'plan-revvenu-growth', displayName: 'Growth' },
    addons: [],
  };
  for (let i = 0; i < addonCount; i++) {
    body.addons.push({
      id: `addon-${i}`,
      displayName: `Add-on number ${i}`,
      quantity: i % 7,
      pricingType: 'PAID',
      price: { amount: 10 + i, currency: 'USD', billingModel: 'PER_UNIT' },
      metadata: { source: 'checkout', note: 'ä'.repeat(i % 3) },
    });
  }
  return JSON.stringify(body);
}

/** The three sizes `make bench` reports, closest to their nominal size. */
function benchPayloads() {
  const sizes = [['541 B', 541], ['6.6 KB', 6.6 * 1024], ['26 KB', 26 * 1024]];
  return sizes.map(([label, target]) => {
    let addons = 0;
    let text = subscriptionUpdated(addons);
    while (text.length < target && addons < 10_000) text = subscriptionUpdated(++addons);
    if (label === '541 B') {
      // No add-ons; the customer's metadata brings it to size.
      const body = { ...JSON.parse(subscriptionUpdated(0)), addons: undefined };
      body.customer.metadata = { crmStage: 'customer', region: 'eu-west', seats: '12' };
      body.cancellationDate = null;
      body.trialEndDate = null;
      text = JSON.stringify(body);
    }
    return { label, text, bytes: Buffer.byteLength(text) };
  });
}

module.exports = { benchPayloads, subscriptionUpdated };
