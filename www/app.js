// The playground: runs the stigg-segment wasm in the page on every edit.
// Nothing is sent anywhere; the only requests are this site's own files.
import init, { transform, settingsSchema, eventTypes, limits, version } from './pkg/stigg_segment.js';
import { renderWarehouse } from './warehouse-view.js';
import { renderTrackingPlan } from './tracking-plan-view.js';

const DEBOUNCE_MS = 150;
// The two-pane layout's media query (style.css); below it the page is one
// column and the settings start folded.
const WIDE_LAYOUT = '(min-width: 861px) and (min-height: 480px)';
// The output's views, by the name a link carries, and the panel of each.
const VIEWS = { calls: 'result', warehouse: 'warehouse-view', 'tracking-plan': 'tracking-plan-view' };
const SECRET_NOTE = "Not put in the page's URL: the link you share, and your browser history, never hold it.";

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, children = []) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of [].concat(children)) node.append(child);
  return node;
};

let samples = {};
let schema = [];
let functionText = null;
let view = 'calls';
// The latest transform, for the view that is rendered when its tab opens.
let last = { outcome: null, settings: {} };

// --- settings form, built from the Rust settings table --------------------

// Each setting: its label and name on one line (a checkbox first), its
// control, and its description cut to one line that opens whole on demand.
function renderSettingsForm() {
  const form = $('settings-form');
  for (const setting of schema) {
    const id = `setting-${setting.name}`;
    let control;
    if (setting.type === 'BOOLEAN') {
      control = el('input', { type: 'checkbox', id, checked: setting.default === true });
    } else if (setting.type === 'ARRAY') {
      control = el('textarea', { id, placeholder: 'one per line', spellcheck: false });
    } else if (setting.choices.length > 0) {
      control = el('select', { id }, setting.choices.map((c) => el('option', { value: c, textContent: c, selected: c === setting.default })));
    } else {
      control = el('input', { type: 'text', id, value: setting.default, autocomplete: 'off', spellcheck: false });
    }
    control.dataset.testid = id;
    control.dataset.setting = setting.name;
    const kind = `${setting.type}${setting.sensitive ? ', sensitive' : ''}`;
    const description = el('summary', { id: `${id}-desc`, textContent: `${setting.description} Segment setting type: ${kind}.` });
    const describedBy = [description.id];
    const note = setting.sensitive ? el('p', { className: 'note', id: `${id}-note`, textContent: SECRET_NOTE }) : '';
    if (note) {
      note.dataset.testid = `${id}-note`;
      describedBy.push(note.id);
    }
    control.setAttribute('aria-describedby', describedBy.join(' '));
    const label = el('label', { htmlFor: id, textContent: setting.label });
    const name = el('code', { className: 'setting-name', textContent: setting.name });
    const boolean = setting.type === 'BOOLEAN';
    form.append(el('div', { className: 'setting' }, [
      el('div', { className: 'setting-line' }, boolean ? [control, label, name] : [label, name]),
      boolean ? '' : control,
      el('details', { className: 'desc' }, description),
      note,
    ]));
    control.addEventListener('input', scheduleUpdate);
    control.addEventListener('change', scheduleUpdate);
  }
}

function readSettings() {
  const settings = {};
  for (const control of document.querySelectorAll('[data-setting]')) {
    const setting = schema.find((s) => s.name === control.dataset.setting);
    if (setting.type === 'BOOLEAN') settings[setting.name] = control.checked;
    else if (setting.type === 'ARRAY') settings[setting.name] = control.value.split('\n').map((s) => s.trim()).filter(Boolean);
    else settings[setting.name] = control.value;
  }
  return settings;
}

function writeSettings(settings) {
  for (const control of document.querySelectorAll('[data-setting]')) {
    const value = settings[control.dataset.setting];
    if (value === undefined) continue;
    if (control.type === 'checkbox') control.checked = Boolean(value);
    else if (Array.isArray(value)) control.value = value.join('\n');
    else control.value = value;
  }
}

// --- state in the URL hash, so a link reproduces a case -------------------

function encodeState(state) {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeState(text) {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    return null;
  }
}

/** What the page shows, secrets included; the URL gets `linkState` of it. */
function currentState() {
  return {
    sample: $('sample').value,
    payload: $('payload').value,
    secret: $('secret').value,
    settings: readSettings(),
    view,
    strictPlan: $('plan-strict').checked,
  };
}

/** The state minus every secret: the header and each sensitive setting. An
 * edited body names no sample. */
function linkState(state) {
  const settings = {};
  for (const setting of schema) {
    if (!setting.sensitive && setting.name in state.settings) settings[setting.name] = state.settings[setting.name];
  }
  return { sample: state.sample || undefined, payload: state.payload, settings, view: state.view, strictPlan: state.strictPlan };
}

function saveState(state = currentState()) {
  history.replaceState(null, '', `#${encodeState(linkState(state))}`);
}

const isPlainObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` fits `setting` as the form can show it. */
function fitsSetting(setting, value) {
  if (setting.type === 'BOOLEAN') return typeof value === 'boolean';
  if (setting.type === 'ARRAY') return Array.isArray(value) && value.every((v) => typeof v === 'string');
  if (typeof value !== 'string') return false;
  return setting.choices.length === 0 || setting.choices.includes(value);
}

/**
 * Takes from a link's state only the parts of the right type; the rest keep
 * their defaults and are named, as are secrets, which links never set.
 */
function checkLinkState(raw) {
  const state = {};
  const ignored = [];
  const secrets = [];
  if (!isPlainObject(raw)) return { state, ignored, unreadable: true, secrets };
  for (const key of Object.keys(raw)) {
    if (!['sample', 'payload', 'secret', 'settings', 'view', 'strictPlan'].includes(key)) ignored.push(key);
  }
  if ('sample' in raw) {
    if (typeof raw.sample === 'string' && Object.hasOwn(samples, raw.sample)) state.sample = raw.sample;
    else ignored.push('sample');
  }
  if ('payload' in raw) {
    if (typeof raw.payload === 'string') state.payload = raw.payload;
    else ignored.push('payload');
  }
  if ('view' in raw) {
    if (typeof raw.view === 'string' && Object.hasOwn(VIEWS, raw.view)) state.view = raw.view;
    else ignored.push('view');
  }
  if ('strictPlan' in raw) {
    if (typeof raw.strictPlan === 'boolean') state.strictPlan = raw.strictPlan;
    else ignored.push('strictPlan');
  }
  if ('secret' in raw) secrets.push('the Stigg-Webhooks-Secret header');
  state.settings = {};
  if ('settings' in raw && !isPlainObject(raw.settings)) {
    ignored.push('settings');
  } else if ('settings' in raw) {
    for (const [name, value] of Object.entries(raw.settings)) {
      const setting = schema.find((s) => s.name === name);
      if (!setting) ignored.push(`settings.${name}`);
      else if (setting.sensitive) secrets.push(`settings.${name}`);
      else if (fitsSetting(setting, value)) state.settings[name] = value;
      else ignored.push(`settings.${name}`);
    }
  }
  return { state, ignored, unreadable: false, secrets };
}

function showLinkNotice({ ignored, unreadable, secrets }) {
  const parts = [];
  if (unreadable) parts.push('This link could not be read, so the defaults are loaded and it was ignored.');
  if (ignored.length) parts.push(`From this link, ${ignored.join(', ')} ${ignored.length === 1 ? 'was' : 'were'} ignored (unknown, or not of the right type); the defaults are loaded instead.`);
  if (secrets.length) parts.push(`It also carried ${secrets.join(' and ')}: secrets are never taken from a link, so ${secrets.length === 1 ? 'it was' : 'they were'} not used and ${secrets.length === 1 ? 'is' : 'are'} gone from the URL.`);
  const notice = $('link-notice');
  notice.textContent = parts.join(' ');
  notice.hidden = parts.length === 0;
}

function applyState(state) {
  const sample = state.sample ?? (Object.hasOwn(samples, 'subscription.created') ? 'subscription.created' : Object.keys(samples)[0]);
  $('sample').value = sample;
  $('payload').value = state.payload ?? samples[sample];
  writeSettings(state.settings ?? {});
  $('plan-strict').checked = state.strictPlan ?? false;
  showView(state.view ?? 'calls');
}

/** The picker names the sample the body is, or "custom" once it is edited. */
function syncSamplePicker() {
  const picker = $('sample');
  const text = $('payload').value;
  if (picker.value && samples[picker.value] === text) return;
  picker.value = Object.keys(samples).find((name) => samples[name] === text) ?? '';
}

/** How many settings differ from their defaults, beside the fold's title. */
function showSettingsChanged(settings) {
  const changed = schema.filter((setting) => JSON.stringify(settings[setting.name]) !== JSON.stringify(setting.default)).length;
  $('settings-changed').textContent = changed === 0 ? '· all defaults' : `· ${changed} changed from the defaults`;
}

// --- the output's views: a tablist ----------------------------------------

const tabs = () => [...document.querySelectorAll('[role=tab]')];

function showView(name, { focus = false } = {}) {
  view = name;
  for (const tab of tabs()) {
    const selected = tab.dataset.view === name;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    $(VIEWS[tab.dataset.view]).hidden = !selected;
    if (selected && focus) tab.focus();
  }
  renderView();
}

/** Renders the open view if it is not the calls (which update() renders). */
function renderView() {
  const { outcome, settings } = last;
  if (view === 'warehouse') renderWarehouse($('warehouse-view'), outcome, settings);
  if (view === 'tracking-plan') renderTrackingPlan($('tracking-plan-rules'), outcome, settings, { strict: $('plan-strict').checked });
}

// Arrows, Home and End move between the tabs and open the one they reach.
function setUpTabs() {
  for (const tab of tabs()) {
    tab.addEventListener('click', () => {
      showView(tab.dataset.view);
      document.querySelector('.panels').scrollTop = 0;
      saveState();
    });
    tab.addEventListener('keydown', (event) => {
      const all = tabs();
      const at = all.indexOf(tab);
      const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: all.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      showView(all[(to + all.length) % all.length].dataset.view, { focus: true });
      saveState();
    });
  }
  $('plan-strict').addEventListener('change', () => {
    renderView();
    saveState();
  });
}

// --- output ----------------------------------------------------------------

function callCard(call) {
  const callLimit = limits().segmentCallLimitBytes;
  const json = JSON.stringify(call, null, 2);
  const bytes = new TextEncoder().encode(JSON.stringify(call)).length;
  const who = call.userId ? ['userId', call.userId] : ['anonymousId', call.anonymousId];
  const head = el('div', { className: 'card-head' }, [
    el('span', { className: 'kind', textContent: call.type }),
    call.type === 'track' ? el('span', {}, ['event ', el('code', { textContent: call.event })]) : '',
    call.type === 'group' ? el('span', {}, ['groupId ', el('code', { textContent: call.groupId })]) : '',
    el('span', {}, [`${who[0]} `, el('code', { textContent: who[1] })]),
    el('span', {}, ['messageId ', el('code', { textContent: call.messageId })]),
  ]);
  const size = el('div', { className: 'size' }, [
    el('meter', { min: 0, max: callLimit, value: bytes, high: callLimit * 0.9 }),
    ` ${bytes.toLocaleString('en-US')} of ${callLimit.toLocaleString('en-US')} bytes (Segment's 32 KB limit)`,
  ]);
  const card = el('article', { className: 'card' }, [head, size, el('pre', { textContent: json })]);
  card.dataset.testid = 'call';
  return card;
}

function markError(position) {
  const mirror = document.querySelector('.editor-mirror');
  mirror.textContent = '';
  if (!position) return;
  const text = $('payload').value;
  const lines = text.split('\n');
  const lineIndex = Math.min(position.line, lines.length) - 1;
  // The core counts columns in characters (code points); JS strings index
  // UTF-16 units, so walk the line to find the spot.
  const line = lines[lineIndex] ?? '';
  let points = 0;
  let charIndex = 0;
  for (const ch of line) {
    if (points >= position.column - 1) break;
    points += 1;
    charIndex += ch.length;
  }
  const offset = lines.slice(0, lineIndex).reduce((sum, l) => sum + l.length + 1, 0) + charIndex;
  const mark = el('mark', { textContent: text.slice(offset, offset + 1) || ' ' });
  mirror.append(text.slice(0, offset), mark, text.slice(offset + 1));
  mirror.scrollTop = $('payload').scrollTop;
  mirror.scrollLeft = $('payload').scrollLeft;
}

function update() {
  syncSamplePicker();
  const state = currentState();
  saveState(state);
  $('no-secret-warning').hidden = Boolean(state.settings.webhookSecret);
  showSettingsChanged(state.settings);
  const result = $('result');
  result.textContent = '';
  const status = $('outcome-status');
  const headers = state.secret ? { [limits().secretHeader]: state.secret } : {};
  let outcome;
  try {
    outcome = transform(state.payload, headers, state.settings);
  } catch (err) {
    const hasPosition = typeof err.line === 'number';
    markError(hasPosition ? { line: err.line, column: err.column } : null);
    const box = el('div', { className: 'error' }, [
      el('div', {}, [el('span', { className: 'class', textContent: err.name }), ': ', err.message]),
      hasPosition ? el('div', { className: 'where', textContent: `line ${err.line}, column ${err.column}` }) : '',
    ]);
    box.dataset.testid = 'error';
    result.append(box);
    status.textContent = `${err.name}: no calls`;
    last = { outcome: null, settings: state.settings };
    renderView();
    return;
  }
  markError(null);
  if (outcome.skipped) {
    const box = el('div', { className: 'skipped' }, [el('strong', { textContent: 'Skipped: ' }), outcome.skipped.reason]);
    box.dataset.testid = 'skipped';
    result.append(box);
  }
  const calls = el('div', {}, outcome.calls.map(callCard));
  calls.dataset.testid = 'calls';
  result.append(calls);
  const count = outcome.calls.length;
  status.textContent = outcome.skipped ? 'Skipped: no calls' : `${count} call${count === 1 ? '' : 's'}`;
  last = { outcome, settings: state.settings };
  renderView();
}

let timer;
function scheduleUpdate() {
  clearTimeout(timer);
  timer = setTimeout(update, DEBOUNCE_MS);
}

// --- the paste-able function ----------------------------------------------

async function loadFunctionText() {
  const status = $('function-status');
  try {
    const response = await fetch('pkg/segment-function.js');
    if (!response.ok) throw new Error(`${response.status}`);
    functionText = await response.text();
    $('copy-function').disabled = false;
    $('download-function').disabled = false;
    status.textContent = `${(functionText.length / 1024).toFixed(0)} KB`;
  } catch {
    status.textContent = 'segment-function.js was not built into this site (run make playground).';
  }
}

$('copy-function').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(functionText);
    $('function-status').textContent = 'Copied: paste it into a Segment source function.';
  } catch (err) {
    $('function-status').textContent = `Could not copy (${err.message}); use Download instead.`;
  }
});

$('download-function').addEventListener('click', () => {
  const url = URL.createObjectURL(new Blob([functionText], { type: 'text/javascript' }));
  const link = el('a', { href: url, download: 'segment-function.js' });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
});

// --- samples ---------------------------------------------------------------

// One option per sample, grouped by the Stigg family the core's catalogue
// gives its type; a sample named `type@shape` is another documented shape.
function fillSamplePicker(picker, catalogue) {
  const familyOf = new Map(catalogue.map((row) => [row.name, row.family]));
  const groups = new Map();
  for (const name of Object.keys(samples)) {
    const family = familyOf.get(name.split('@')[0]) ?? 'not in the catalogue';
    if (!groups.has(family)) groups.set(family, el('optgroup', { label: family }));
    groups.get(family).append(el('option', { value: name, textContent: name }));
  }
  for (const group of groups.values()) picker.append(group);
}

// --- start -----------------------------------------------------------------

async function start() {
  await init({ module_or_path: new URL('./pkg/stigg_segment_bg.wasm', import.meta.url) });
  schema = settingsSchema();
  samples = await (await fetch('pkg/samples.json')).json();
  $('version').textContent = `stigg-segment ${version()}`;

  fillSamplePicker($('sample'), eventTypes());
  const picker = $('sample');
  renderSettingsForm();
  setUpTabs();
  if (!matchMedia(WIDE_LAYOUT).matches) $('settings').open = false;

  if (location.hash.length > 1) {
    const checked = checkLinkState(decodeState(location.hash.slice(1)));
    applyState(checked.state);
    showLinkNotice(checked);
  } else {
    applyState({});
  }

  picker.addEventListener('change', () => {
    $('payload').value = samples[picker.value];
    update();
  });
  for (const id of ['payload', 'secret']) $(id).addEventListener('input', scheduleUpdate);
  $('payload').addEventListener('scroll', () => {
    const mirror = document.querySelector('.editor-mirror');
    mirror.scrollTop = $('payload').scrollTop;
    mirror.scrollLeft = $('payload').scrollLeft;
  });
  update();
  document.body.dataset.ready = 'true';
  loadFunctionText();
}

start().catch((err) => {
  $('result').textContent = `The playground could not start: ${err.message}`;
});
