// The tracking plan checks the product: every fixture's calls, under every
// tested settings combination, validate (ajv) against the plan generated
// for those settings, with the payload closed (a property the plan does
// not describe fails) and, for these tests, the call and its context
// closed too. Trimmed calls stay valid. `make tracking-plan` writes the plan.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { loadFixtures } = require('./fixtures');
const { planChecker } = require('./tracking-plan-check');
const { renderMarkdown, summary } = require('../../tools/tracking-plan');

const root = path.join(__dirname, '..', '..');
const bindings = require(path.join(root, 'pkg'));
const byFixture = path.join(root, 'tests', 'fixtures', 'expected-by-setting');

/** The settings of the by-setting goldens, and more combinations. */
const SETTINGS = [
  {},
  ...fs.readdirSync(byFixture).sort().map((file) => JSON.parse(fs.readFileSync(path.join(byFixture, file), 'utf8')).settings),
  { eventNameStyle: 'Object Action' },
  { eventNameStyle: 'original' },
  { eventNameStyle: 'Segment Spec', onMissingCustomer: 'anonymous' },
  { onMissingCustomer: 'anonymous', groupCalls: true },
  { identifyCustomers: false, planTraits: true },
  { redactProperties: ['customer.email', 'email', 'metadata', 'addons.price', 'customer.metadata', 'status'] },
  { redactProperties: ['customer', 'plan'], groupCalls: true, planTraits: true },
  { eventAllowlist: ['subscription.*', 'customer.*'], eventDenylist: ['customer.deleted'] },
  { messageIdNamespace: 'eu_prod', oversizedEvents: 'error' },
  { groupCalls: true, planTraits: true, warehouseSafeProperties: true, eventNameStyle: 'Segment Spec', onMissingCustomer: 'anonymous' },
  { warehouseSafeProperties: true, redactProperties: ['timestamp'] },
];

function describe(errors) {
  return errors.map((e) => (typeof e === 'string' ? e : `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)).join('; ');
}

test('the goldens\' calls validate against the plan for their settings', () => {
  const goldens = [{ settings: {}, outcomes: Object.fromEntries(loadFixtures().map((f) => [f.name, f.expected])) }];
  for (const file of fs.readdirSync(byFixture).sort()) goldens.push(JSON.parse(fs.readFileSync(path.join(byFixture, file), 'utf8')));
  let calls = 0;
  for (const { settings, outcomes } of goldens) {
    const checker = planChecker(settings);
    for (const [name, outcome] of Object.entries(outcomes)) {
      for (const call of outcome.calls) {
        calls++;
        const errors = checker.check(call);
        assert.deepEqual(errors, [], `${name} under ${JSON.stringify(settings)}: ${describe(errors)}`);
      }
    }
  }
  assert.ok(calls > 200, `${calls} calls`);
});

test('every fixture\'s calls validate against the plan in every tested combination, trimmed ones too', () => {
  let calls = 0;
  let trimmed = 0;
  for (const settings of SETTINGS) {
    const checker = planChecker(settings);
    for (const fixture of loadFixtures()) {
      const body = JSON.parse(fixture.body);
      // The same body with its longest removable string grown past
      // Segment's 32 KB limit, so the call is trimmed.
      const grown = { ...body };
      const longest = Object.keys(body)
        .filter((k) => typeof body[k] === 'string' && !['type', 'messageId', 'traceId', 'timestamp', 'id', 'customerId'].includes(k))
        .sort((a, b) => body[b].length - body[a].length)[0];
      const bodies = [fixture.body];
      if (longest) {
        grown[longest] = 'x'.repeat(40_000);
        bodies.push(JSON.stringify(grown));
      }
      for (const text of bodies) {
        let outcome;
        try {
          outcome = bindings.transform(text, {}, settings);
        } catch (err) {
          // "error" policies reject a webhook rather than send it.
          assert.ok(settings.oversizedEvents === 'error' || settings.onMissingCustomer === 'error', `${fixture.name}: ${err.message}`);
          continue;
        }
        for (const call of outcome.calls) {
          calls++;
          if (call.context.stigg) trimmed++;
          const errors = checker.check(call);
          assert.deepEqual(errors, [], `${fixture.name}${text === fixture.body ? '' : ' (grown)'} under ${JSON.stringify(settings)}: ${describe(errors)}`);
        }
      }
    }
  }
  assert.ok(calls > 1500, `${calls} calls`);
  assert.ok(trimmed > 100, `${trimmed} trimmed calls`);
});

test('every timestamp the function keeps is one the plan allows', () => {
  const checker = planChecker({});
  for (const timestamp of ['2024-03-01T10:00:00.000Z', '2024-03-01T10:00Z', '2024-03-01 10:00:00+0100', '2024-02-29t23:59:59.5-05:00']) {
    const [call] = bindings.transform(JSON.stringify({ type: 'customer.updated', id: 'c-1', messageId: 'm-1', timestamp }), {}, {}).calls.filter((c) => c.type === 'track');
    assert.equal(call.timestamp, timestamp);
    assert.deepEqual(checker.check(call).filter((e) => e.instancePath === '/timestamp'), [], timestamp);
  }
});

test('a call the plan does not describe fails', () => {
  const checker = planChecker({ groupCalls: true });
  const fixture = loadFixtures().find((f) => f.name === 'subscription.created');
  const [group, track] = bindings.transform(fixture.body, {}, { groupCalls: true }).calls;
  assert.deepEqual(checker.check(track), []);
  assert.deepEqual(checker.check(group), []);
  const changed = (edit) => {
    const call = JSON.parse(JSON.stringify(track));
    edit(call);
    return checker.check(call);
  };
  const added = changed((call) => { call.properties.newProperty = 1; });
  assert.equal(added[0].keyword, 'additionalProperties');
  assert.equal(added[0].params.additionalProperty, 'newProperty');
  assert.equal(changed((call) => { call.properties.startDate = 'yesterday'; })[0].keyword, 'format');
  assert.equal(changed((call) => { call.properties.status = 7; })[0].keyword, 'type');
  assert.equal(changed((call) => { delete call.userId; })[0].params.missingProperty, 'userId');
  assert.equal(changed((call) => { call.context.extra = true; })[0].keyword, 'additionalProperties');
  assert.equal(changed((call) => { call.properties.type = 'subscription.updated'; })[0].keyword, 'enum');
  assert.match(changed((call) => { call.event = 'Subscription Created'; })[0], /no rule/);
  const trait = JSON.parse(JSON.stringify(group));
  trait.traits.favouriteColour = 'green';
  assert.equal(checker.check(trait)[0].params.additionalProperty, 'favouriteColour');
});

test('the plan follows the settings: names, renames, redaction, filters', () => {
  const keys = (settings) => bindings.trackingPlan(settings).rules.map((r) => `${r.type}:${r.key}`);
  assert.ok(keys({}).includes('TRACK:subscription_trial_started'));
  assert.ok(keys({ eventNameStyle: 'Segment Spec' }).includes('TRACK:Trial Started'));
  assert.ok(keys({ eventNameStyle: 'original' }).includes('TRACK:subscription.trial_started'));
  assert.ok(!keys({}).some((k) => k.startsWith('TRACK:plan_')), 'catalogue events are dropped by default');
  assert.ok(keys({ onMissingCustomer: 'anonymous' }).includes('TRACK:plan_created'));
  assert.ok(!keys({ identifyCustomers: false }).includes('IDENTIFY:'));
  assert.ok(keys({ groupCalls: true }).includes('GROUP:'));
  assert.deepEqual(keys({ eventAllowlist: ['credits.granted'], identifyCustomers: false }), ['TRACK:credits_granted']);
  assert.throws(() => bindings.trackingPlan({ groupCals: true }), /did you mean "groupCalls"/);
});

test('make tracking-plan writes the JSON and the Markdown for a settings file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracking-plan-'));
  const settingsFile = path.join(dir, 'settings.json');
  fs.writeFileSync(settingsFile, JSON.stringify({ groupCalls: true }));
  const output = execFileSync(process.execPath, [path.join(root, 'tools', 'tracking-plan.js'), settingsFile, '--out', dir], { encoding: 'utf8' });
  assert.match(output, /tracking-plan\.json/);
  const plan = JSON.parse(fs.readFileSync(path.join(dir, 'tracking-plan.json'), 'utf8'));
  assert.deepEqual(plan, bindings.trackingPlan({ groupCalls: true }));
  const markdown = fs.readFileSync(path.join(dir, 'tracking-plan.md'), 'utf8');
  assert.equal(markdown, renderMarkdown(plan, { groupCalls: true }));
  assert.match(markdown, /## Track `subscription_created`/);
  assert.match(markdown, /## Group traits/);
  const count = summary(plan);
  assert.equal(count.events, plan.rules.filter((r) => r.type === 'TRACK').length);
  assert.equal(count.requiredProperties, count.events, 'only `type` is required of a track call\'s properties');
  fs.writeFileSync(settingsFile, '{"eventNameStyle": "camel"}');
  assert.throws(
    () => execFileSync(process.execPath, [path.join(root, 'tools', 'tracking-plan.js'), settingsFile, '--out', dir], { encoding: 'utf8', stdio: 'pipe' }),
    (err) => /eventNameStyle/.test(err.stderr) && !/\n\s+at /.test(err.stderr),
  );
  fs.rmSync(dir, { recursive: true, force: true });
});
