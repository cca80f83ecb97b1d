// The playground's Tracking plan view: the Segment tracking plan
// (Protocols) for the settings in the form, from the core's trackingPlan
// (the same plan `make tracking-plan` writes), default or strict, with the
// rules the current calls fall under first. Download gives the body of
// Segment's Public API "Replace Rules in Tracking Plan" request.
import * as wasm from './pkg/stigg_segment.js';

const el = (tag, props = {}, children = []) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of [].concat(children)) node.append(child);
  return node;
};

let cached = { key: null, plan: null };

function planFor(settings, strict) {
  const key = JSON.stringify([settings, strict]);
  if (cached.key !== key) cached = { key, plan: wasm.trackingPlan(settings, { strict }) };
  return cached.plan;
}

function typeText(schema) {
  if ('const' in schema) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' or ');
  const types = [].concat(schema.type || []);
  return `${types.length ? types.join(' | ') : 'any'}${schema.format ? ` (${schema.format})` : ''}`;
}

function payloadOf(rule) {
  return rule.type === 'TRACK' ? rule.jsonSchema.properties.properties : rule.jsonSchema.properties.traits;
}

/** Whether a payload schema rejects members it does not list. */
const isClosed = (payload) => payload.additionalProperties === false;

function ruleName(rule) {
  return rule.type === 'TRACK' ? ['track ', el('code', { textContent: rule.key })] : [rule.type === 'IDENTIFY' ? 'identify traits' : 'group traits'];
}

function ruleDetails(rule, open) {
  const payload = payloadOf(rule);
  const required = new Set(payload.required || []);
  const rows = Object.entries(payload.properties).map(([name, schema]) => el('tr', {}, [
    el('td', { className: 'plan-field' }, [
      el('code', { textContent: name }),
      required.has(name) ? el('span', { className: 'required', textContent: 'required' }) : '',
    ]),
    el('td', { className: 'type', textContent: typeText(schema) }),
    el('td', { className: 'description', textContent: schema.description || '' }),
  ]));
  const members = rule.type === 'TRACK' ? 'properties' : 'traits';
  const others = isClosed(payload)
    ? `Other ${members}: not planned (Protocols reports them).`
    : `Other ${members}: allowed.`;
  const details = el('details', { className: 'card plan-rule', open }, [
    el('summary', {}, [el('span', { className: 'kind' }, ruleName(rule)), el('span', { className: 'counts', textContent: ` · ${rows.length} ${members}` })]),
    el('p', { className: 'hint', textContent: `${rule.jsonSchema.description || ''} Required: ${(rule.jsonSchema.required || []).join(', ')}. ${others}` }),
    el('div', { className: 'table-scroll' }, el('table', {}, [
      el('thead', {}, el('tr', {}, ['field', 'type', 'description'].map((h) => el('th', { textContent: h })))),
      el('tbody', {}, rows),
    ])),
  ]);
  details.dataset.testid = 'plan-rule';
  details.dataset.rule = `${rule.type}:${rule.key}`;
  details.dataset.closed = String(isClosed(payload));
  return details;
}

/** What the plan does with track properties it does not list, read from the plan itself. */
function opennessText(plan) {
  const tracks = plan.rules.filter((rule) => rule.type === 'TRACK');
  const closed = tracks.filter((rule) => isClosed(payloadOf(rule))).length;
  if (closed === 0) return 'Track properties are open: a field Stigg adds passes.';
  if (closed === tracks.length) return 'Track properties are closed: Protocols reports every field not listed here.';
  return `Track properties are closed in ${closed} of ${tracks.length} track rules.`;
}

/** Renders the plan (strict or not) for `settings` into `container`; the
 * rules of `outcome`'s calls come first, open. */
export function renderTrackingPlan(container, outcome, settings, { strict = false } = {}) {
  container.textContent = '';
  if (typeof wasm.trackingPlan !== 'function') {
    container.append(el('p', { className: 'hint', textContent: 'This build has no tracking plan (the wasm was built without the tracking-plan feature).' }));
    return;
  }
  let plan;
  try {
    plan = planFor(settings, strict);
  } catch (err) {
    container.append(el('div', { className: 'error', textContent: `${err.name}: ${err.message}` }));
    return;
  }
  const tracks = plan.rules.filter((rule) => rule.type === 'TRACK').length;
  const fields = plan.rules.reduce((sum, rule) => sum + Object.keys(payloadOf(rule).properties).length, 0);
  const download = el('button', { type: 'button', className: 'action', textContent: 'Download tracking-plan.json' });
  download.dataset.testid = 'download-plan';
  download.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(plan, null, 2)}\n`], { type: 'application/json' }));
    const link = el('a', { href: url, download: 'tracking-plan.json' });
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  });
  const summary = el('p', { className: 'hint', textContent: `${plan.rules.length} rules for these settings: ${tracks} track events, ${fields} properties and traits. The body of Segment's PUT /tracking-plans/{id}/rules; make deploy can send it.` });
  summary.dataset.testid = 'plan-summary';
  const openness = el('p', { className: 'hint plan-openness', textContent: opennessText(plan) });
  openness.dataset.testid = 'plan-openness';
  container.append(download, summary, openness);
  const current = new Set((outcome ? outcome.calls : []).map((call) => (call.type === 'track' ? `TRACK:${call.event}` : `${call.type.toUpperCase()}:`)));
  const first = plan.rules.filter((rule) => current.has(`${rule.type}:${rule.key}`));
  const rest = plan.rules.filter((rule) => !current.has(`${rule.type}:${rule.key}`));
  if (outcome && outcome.calls.length > 0 && first.length < current.size) {
    const note = el('p', { className: 'warning', textContent: 'A call of this webhook has no rule in the plan: its type is not in Stigg\'s catalogue, so Segment would report it as unplanned.' });
    note.dataset.testid = 'plan-unplanned';
    container.append(note);
  }
  for (const rule of first) container.append(ruleDetails(rule, true));
  for (const rule of rest) container.append(ruleDetails(rule, false));
}
