// The package's TypeScript types, checked with `tsc --noEmit` (npm
// typescript, pinned) as a user's project would see them: pkg/ installed as
// node_modules/stigg-segment, resolved through its `exports` (Node's
// conditions for Node code, a bundler's for browser code). Every JS and TS
// example in README.md and pkg/README.md must compile; every typo case must
// fail, naming what is wrong: the `Settings` type is generated from the
// settings table (scripts/build-pkg.js), so a misspelt setting or a value of
// the wrong type is a compile error.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const stigg = require(path.join(root, 'pkg'));

/** Fenced js/ts blocks of a markdown file: [{lang, code, line}]. */
function examples(file) {
  const blocks = [];
  const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(js|ts)\s*$/.exec(lines[i]);
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end].startsWith('```')) end++;
    blocks.push({ lang: open[1], code: lines.slice(start, end).join('\n'), line: start, file });
    i = end;
  }
  return blocks;
}

/** Where a snippet is compiled: browser code (init) as a bundler resolves
 * it, the rest as Node does, CommonJS when it calls require. */
function placeOf({ lang, code }) {
  const project = /\binit\(|stigg-segment\/web/.test(code) ? 'bundler' : 'node';
  if (lang === 'ts') return { project, ext: project === 'node' ? '.mts' : '.ts' };
  return { project, ext: /\brequire\(/.test(code) ? '.cjs' : '.mjs' };
}

const COMPILER_OPTIONS = {
  node: { module: 'nodenext', moduleResolution: 'nodenext', types: ['node'] },
  // A Workers project's types declare *.wasm imports as compiled modules.
  bundler: { module: 'esnext', moduleResolution: 'bundler', types: [] },
};

/** A project folder with pkg/ as node_modules/stigg-segment and @types/node. */
function project(dir, kind, files) {
  fs.mkdirSync(path.join(dir, 'node_modules', '@types'), { recursive: true });
  fs.symlinkSync(path.join(root, 'pkg'), path.join(dir, 'node_modules', 'stigg-segment'), 'dir');
  fs.symlinkSync(path.join(root, 'node_modules', '@types', 'node'), path.join(dir, 'node_modules', '@types', 'node'), 'dir');
  fs.writeFileSync(path.join(dir, 'package.json'), '{"private": true}\n');
  fs.writeFileSync(path.join(dir, 'wasm.d.ts'), 'declare module "*.wasm" { const module: WebAssembly.Module; export default module; }\n');
  for (const [name, code] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), code);
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'es2022', lib: ['es2022', 'dom'], strict: true, allowJs: true, checkJs: true, noEmit: true,
      resolveJsonModule: true, skipLibCheck: false, ...COMPILER_OPTIONS[kind],
    },
    files: ['wasm.d.ts', ...Object.keys(files)],
  }, null, 2));
}

/** `tsc --noEmit` on a project: its errors by file. */
function compile(dir) {
  const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', dir, '--pretty', 'false'], { encoding: 'utf8' });
  const errors = {};
  for (const line of `${tsc.stdout}${tsc.stderr}`.split('\n')) {
    const match = /^(.+?)\(\d+,\d+\): error (TS\d+: .*)$/.exec(line);
    if (match) (errors[path.basename(match[1])] ||= []).push(match[2]);
    else if (line.trim() !== '') (errors['(tsc)'] ||= []).push(line);
  }
  return { status: tsc.status, errors };
}

/** Compiles snippets, placing each as placeOf says; errors by snippet name. */
function compileAll(snippets) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'stigg-segment-types-'));
  try {
    const byProject = { node: {}, bundler: {} };
    const names = {};
    snippets.forEach((snippet, i) => {
      const { project: kind, ext } = placeOf(snippet);
      const file = `snippet-${i}${ext}`;
      byProject[kind][file] = snippet.code;
      names[file] = snippet.name;
    });
    const errors = {};
    for (const [kind, files] of Object.entries(byProject)) {
      if (Object.keys(files).length === 0) continue;
      const dir = path.join(work, kind);
      project(dir, kind, files);
      const result = compile(dir);
      for (const [file, list] of Object.entries(result.errors)) errors[names[file] || `${kind}: ${file}`] = list;
    }
    return errors;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

test('the examples in README.md and pkg/README.md compile against the package\'s types', () => {
  const snippets = [...examples('README.md'), ...examples('pkg/README.md')]
    .map((block) => ({ ...block, name: `${block.file}:${block.line}` }));
  assert.ok(snippets.length >= 5, `${snippets.length} examples`);
  assert.ok(snippets.some((s) => s.file === 'README.md'), 'README.md has an example');
  assert.ok(snippets.some((s) => placeOf(s).project === 'bundler') && snippets.some((s) => placeOf(s).ext === '.cjs'));
  assert.deepEqual(compileAll(snippets), {});
});

/** A value of the right type for each setting, from the schema. */
function validValue(setting) {
  if (setting.type === 'BOOLEAN') return !setting.default;
  if (setting.type === 'ARRAY') return ['subscription.*'];
  return setting.choices.length ? setting.choices.at(-1) : 'text';
}

test('every setting the function takes is in Settings, with the type it takes', () => {
  const all = Object.fromEntries(stigg.settingsSchema().map((s) => [s.name, validValue(s)]));
  // The core takes them at run time...
  assert.doesNotThrow(() => stigg.trackingPlan(all));
  // ...and so does the type, each choice too, and null for any.
  const choices = stigg.settingsSchema().filter((s) => s.choices.length)
    .flatMap((s) => s.choices.map((choice) => `transform('{}', {}, { ${s.name}: ${JSON.stringify(choice)} });`));
  const nulls = stigg.settingsSchema().map((s) => `trackingPlan({ ${s.name}: null });`);
  const code = `import { transform, trackingPlan, type Settings } from 'stigg-segment';
const all: Settings = ${JSON.stringify(all)};
transform('{}', {}, all);
${choices.join('\n')}
${nulls.join('\n')}
transform('{}', {}, undefined);
transform('{}', {}, null);
`;
  assert.deepEqual(compileAll([{ lang: 'ts', code, name: 'every setting' }]), {});
});

test('a misspelt setting or a value of the wrong type fails tsc, naming it', () => {
  const node = "import { transform, trackingPlan, type Settings } from 'stigg-segment';\nconst body = '{}';\n";
  const cases = [
    { name: 'misspelt name', lang: 'ts', code: `${node}transform(body, {}, { webhookSecrt: 'whsec_x' });`, error: /'webhookSecrt' does not exist in type 'Settings'.*'webhookSecret'/ },
    { name: 'misspelt name in a variable', lang: 'ts', code: `${node}const settings = { webhookSecrt: 'whsec_x' };\ntransform(body, {}, settings);`, error: /no properties in common with type 'Settings'/ },
    { name: 'misspelt name beside a good one', lang: 'ts', code: `${node}const settings: Settings = { groupCalls: true, planTrait: true };`, error: /'planTrait' does not exist in type 'Settings'/ },
    { name: 'boolean as text', lang: 'ts', code: `${node}transform(body, {}, { groupCalls: 'yes' });`, error: /'string' is not assignable to type 'boolean \| null \| undefined'/ },
    { name: 'unknown choice', lang: 'ts', code: `${node}transform(body, {}, { eventNameStyle: 'camelCase' });`, error: /'"camelCase"' is not assignable to type '(?=.*"snake_case")(?=.*"Object Action")(?=.*"original")(?=.*"Segment Spec")/ },
    { name: 'list as text', lang: 'ts', code: `${node}transform(body, {}, { eventAllowlist: 'subscription.*' });`, error: /'string' is not assignable to type 'readonly string\[\]'/ },
    { name: 'list of numbers', lang: 'ts', code: `${node}trackingPlan({ redactProperties: ['email', 2] });`, error: /'number' is not assignable to type 'string'/ },
    { name: 'CommonJS, checked JS', lang: 'js', code: "const { transform } = require('stigg-segment');\ntransform('{}', {}, { identifyCustomer: false });", error: /'identifyCustomer' does not exist in type 'Settings'/ },
    { name: 'the web build', lang: 'js', code: "import init, { trackingPlan } from 'stigg-segment/web';\nawait init();\ntrackingPlan({ oversizedEvents: 'drop' });", error: /'"drop"' is not assignable to type '(?=.*"trim")(?=.*"error")/ },
  ];
  const errors = compileAll(cases);
  for (const c of cases) {
    assert.ok(errors[c.name], `${c.name}: compiled, but should not`);
    assert.equal(errors[c.name].length, 1, `${c.name}: ${errors[c.name].join('\n')}`);
    assert.match(errors[c.name][0], c.error, `${c.name}: ${errors[c.name][0]}`);
  }
  assert.deepEqual(Object.keys(errors).sort(), cases.map((c) => c.name).sort());
});
