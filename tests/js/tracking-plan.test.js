// The tracking plan checks the product: every fixture's calls, under every
// tested settings combination, validate (ajv) against the plan generated
// for those settings, with, for these tests, the call and its context
// closed. The default plan leaves Stigg's properties open, so the same
// bodies with members Stigg may add tomorrow still validate; the strict
// plan reports exactly those members. Trimmed calls stay valid.
// `make tracking-plan` writes the plan.
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
  const strict = planChecker({ groupCalls: true }, { strict: true });
  const fixture = loadFixtures().find((f) => f.name === 'subscription.created');
  const [group, track] = bindings.transform(fixture.body, {}, { groupCalls: true }).calls;
  assert.deepEqual(checker.check(track), []);
  assert.deepEqual(checker.check(group), []);
  const changed = (edit) => {
    const call = JSON.parse(JSON.stringify(track));
    edit(call);
    return checker.check(call);
  };
  // A property Stigg adds: allowed by the default plan, reported by the strict one.
  assert.deepEqual(changed((call) => { call.properties.newProperty = 1; }), []);
  const added = JSON.parse(JSON.stringify(track));
  added.properties.newProperty = 1;
  added.properties.customer.newNested = true;
  assert.deepEqual(strict.check(track), []);
  assert.deepEqual(
    strict.check(added).map((e) => `${e.keyword} ${e.instancePath}/${e.params.additionalProperty}`),
    ['additionalProperties /properties/newProperty', 'additionalProperties /properties/customer/newNested'],
  );
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

// Members Stigg may add to any body: one at the top, one in its first
// planned nested object (free-form metadata is anyone's, never planned).
const UNKNOWN_TOP = 'unplannedTopLevelField';
const UNKNOWN_NESTED = 'unplannedNestedField';

function withUnknownMembers(body) {
  const copy = JSON.parse(JSON.stringify(body));
  const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
  const nested = Object.entries(copy).find(([key, value]) => key !== 'metadata' && isObject(value))
    || Object.entries(copy).find(([, value]) => Array.isArray(value) && isObject(value[0]));
  if (nested) (Array.isArray(nested[1]) ? nested[1][0] : nested[1])[UNKNOWN_NESTED] = 'added later';
  copy[UNKNOWN_TOP] = 'added later';
  return copy;
}

/** JSON pointers to the unknown members in a call, as ajv names them. */
function unknownMembers(value, pointer = '', found = []) {
  if (value === null || typeof value !== 'object') return found;
  for (const [key, member] of Object.entries(value)) {
    const at = `${pointer}/${key}`;
    if (key === UNKNOWN_TOP || key === UNKNOWN_NESTED) found.push(at);
    else unknownMembers(member, at, found);
  }
  return found;
}

test('Stigg\'s new members: the default plan accepts them, the strict plan reports exactly them', () => {
  const count = { calls: 0, withUnknown: 0, unknownSent: 0, defaultViolations: 0, strictViolations: 0, strictOnFixtures: 0 };
  const fixtures = loadFixtures();
  const nestedPlaced = fixtures.filter((f) => unknownMembers(withUnknownMembers(JSON.parse(f.body))).length === 2).length;
  for (const settings of SETTINGS) {
    const open = planChecker(settings);
    const strict = planChecker(settings, { strict: true });
    for (const fixture of fixtures) {
      const changed = withUnknownMembers(JSON.parse(fixture.body));
      for (const [text, added] of [[fixture.body, false], [JSON.stringify(changed), true]]) {
        let outcome;
        try {
          outcome = bindings.transform(text, {}, settings);
        } catch (err) {
          assert.ok(settings.oversizedEvents === 'error' || settings.onMissingCustomer === 'error', `${fixture.name}: ${err.message}`);
          continue;
        }
        for (const call of outcome.calls) {
          count.calls++;
          const where = `${fixture.name}${added ? ' + unknown members' : ''} under ${JSON.stringify(settings)}`;
          const openErrors = open.check(call);
          count.defaultViolations += openErrors.length;
          assert.deepEqual(openErrors, [], `default plan, ${where}: ${describe(openErrors)}`);
          const strictErrors = strict.check(call);
          if (!added) {
            count.strictOnFixtures += strictErrors.length;
            assert.deepEqual(strictErrors, [], `strict plan, ${where}: ${describe(strictErrors)}`);
            continue;
          }
          count.withUnknown++;
          const expected = unknownMembers(call.properties || {}).map((at) => `/properties${at}`).sort();
          count.unknownSent += expected.length;
          count.strictViolations += strictErrors.length;
          const reported = strictErrors.map((e) => (typeof e === 'string' ? e : `${e.keyword} ${e.instancePath}/${e.params.additionalProperty}`)).sort();
          assert.deepEqual(reported, expected.map((at) => `additionalProperties ${at}`), `strict plan, ${where}`);
        }
      }
    }
  }
  console.log(`# unknown members: ${count.calls} calls checked under ${SETTINGS.length} settings combinations (${count.withUnknown} of them of bodies with unknown members: one at the top of each of the ${fixtures.length} fixtures, one nested in the ${nestedPlaced} that have an object); default plan: ${count.defaultViolations} violations; strict plan: ${count.strictViolations} violations for the ${count.unknownSent} unknown members that reached a call, ${count.strictOnFixtures} on the fixtures as they are`);
  assert.equal(count.strictViolations, count.unknownSent);
  assert.ok(count.calls > 1500 && count.unknownSent > 1000, JSON.stringify(count));
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
  // The options choose the variant; the default is the open plan.
  const open = bindings.trackingPlan({}).rules.find((r) => r.type === 'TRACK');
  assert.equal(open.jsonSchema.properties.properties.additionalProperties, true);
  assert.deepEqual(bindings.trackingPlan({}, { strict: false }), bindings.trackingPlan({}));
  assert.deepEqual(bindings.trackingPlan({}, null), bindings.trackingPlan({}));
  const closed = bindings.trackingPlan({}, { strict: true }).rules.find((r) => r.type === 'TRACK');
  assert.equal(closed.jsonSchema.properties.properties.additionalProperties, false);
  assert.throws(() => bindings.trackingPlan({}, { stict: true }), /no option "stict"/);
  assert.throws(() => bindings.trackingPlan({}, { strict: 'yes' }), /true or false/);
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
  assert.match(markdown, /Variant: \*\*default\*\*/);
  const strictOutput = execFileSync(process.execPath, [path.join(root, 'tools', 'tracking-plan.js'), settingsFile, '--strict', '--out', dir], { encoding: 'utf8' });
  assert.match(strictOutput, /strict plan/);
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'tracking-plan.json'), 'utf8')), bindings.trackingPlan({ groupCalls: true }, { strict: true }));
  assert.match(fs.readFileSync(path.join(dir, 'tracking-plan.md'), 'utf8'), /Variant: \*\*strict\*\*/);
  fs.writeFileSync(settingsFile, '{"eventNameStyle": "camel"}');
  assert.throws(
    () => execFileSync(process.execPath, [path.join(root, 'tools', 'tracking-plan.js'), settingsFile, '--out', dir], { encoding: 'utf8', stdio: 'pipe' }),
    (err) => /eventNameStyle/.test(err.stderr) && !/\n\s+at /.test(err.stderr),
  );
  fs.rmSync(dir, { recursive: true, force: true });
});
