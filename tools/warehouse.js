// `make warehouse`: every Stigg fixture through the Segment script
// (pkg/segment-function.js in the emulated runtime) and the core's warehouse
// preview, loaded into DuckDB as tables shaped like a Segment warehouse
// (tracks, one per event, identifies, users, groups). Twice: with the
// settings below, then with warehouseSafeProperties on as well. Writes
// artifacts/warehouse.duckdb (schemas `without_safe_properties` and
// `with_safe_properties`), prints every table with its columns and types,
// every column whose type differs between fixtures, and every dropped
// property. Fails when the warehouse-safe pass has either.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { loadFunction, alphabetize } = require('./segment-runtime');

const root = path.join(__dirname, '..');

/** The settings both passes share: every call type, every fixture. */
const BASE_SETTINGS = Object.freeze({ onMissingCustomer: 'anonymous', groupCalls: true, planTraits: true });

/** Segment's column types, as DuckDB spells them. */
const DUCKDB_TYPES = { boolean: 'BOOLEAN', integer: 'BIGINT', float: 'DOUBLE', timestamp: 'TIMESTAMPTZ', varchar: 'VARCHAR' };

function loadFixtures() {
  const dir = path.join(root, 'tests', 'fixtures', 'stigg');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((file) => ({ name: file.slice(0, -'.json'.length), body: fs.readFileSync(path.join(dir, file), 'utf8') }));
}

/** The Segment script in the emulated runtime, and the preview from pkg/. */
function loadTools() {
  const code = fs.readFileSync(path.join(root, 'pkg', 'segment-function.js'), 'utf8');
  const fn = loadFunction(code);
  const { warehouseRows } = require(path.join(root, 'pkg'));
  return { fn, warehouseRows };
}

/**
 * Sends each delivery through the Segment script and previews the calls it
 * made. deliveries: [{name, body, alphabetize?}]. Returns rows, each with
 * the delivery's name as `source`. Skipped or rejected deliveries make no
 * rows; their reasons are returned.
 */
async function warehouseRowsFor(tools, deliveries, settings) {
  const rows = [];
  const skipped = [];
  for (const delivery of deliveries) {
    const request = tools.fn.request({ body: delivery.body, alphabetize: Boolean(delivery.alphabetize) });
    try {
      await tools.fn.onRequest(request, settings);
    } catch (err) {
      skipped.push({ name: delivery.name, reason: `${err.name}: ${err.message}` });
    }
    const calls = tools.fn.takeEvents();
    for (const row of tools.warehouseRows(calls).rows) rows.push({ ...row, source: delivery.name });
  }
  return { rows, skipped };
}

const quote = (name) => `"${name.replace(/"/g, '""')}"`;

/**
 * Loads preview rows into `schema` as a Segment warehouse would: a table's
 * column takes the type of its first value; rows with an id already loaded
 * are dropped (Segment deduplicates on messageId) unless dedupe is false;
 * `users` is upserted on id. Returns the tables, their columns with every
 * type seen, and the dropped values.
 */
async function loadRows(connection, schema, rows, { dedupe = true } = {}) {
  const tables = new Map();
  const dropped = [];
  for (const row of rows) {
    if (!tables.has(row.table)) tables.set(row.table, { columns: new Map(), rows: [], ids: new Map() });
    const table = tables.get(row.table);
    for (const column of row.columns) {
      if (!table.columns.has(column.name)) table.columns.set(column.name, { type: column.type, seen: new Map() });
      const entry = table.columns.get(column.name);
      if (entry.type === 'integer' && column.type === 'float') entry.type = 'float';
      const seen = entry.seen;
      if (!seen.has(column.type)) seen.set(column.type, []);
      seen.get(column.type).push(row.source);
    }
    for (const drop of row.dropped) dropped.push({ table: row.table, source: row.source, ...drop });
    const values = Object.fromEntries(row.columns.map((c) => [c.name, c.value]));
    const id = values.id;
    if (row.table === 'users' && table.ids.has(id)) {
      Object.assign(table.rows[table.ids.get(id)], values); // upsert: the latest value of each trait
    } else if (dedupe && id !== undefined && table.ids.has(id)) {
      // the same messageId again: Segment keeps one row
    } else {
      table.ids.set(id, table.rows.length);
      table.rows.push(values);
    }
  }

  await connection.run(`CREATE SCHEMA IF NOT EXISTS ${quote(schema)}`);
  for (const [name, table] of tables) {
    const columns = [...table.columns.entries()];
    const qualified = `${quote(schema)}.${quote(name)}`;
    await connection.run(`DROP TABLE IF EXISTS ${qualified}`);
    await connection.run(`CREATE TABLE ${qualified} (${columns.map(([c, { type }]) => `${quote(c)} ${DUCKDB_TYPES[type]}`).join(', ')})`);
    const placeholders = columns.map(([, { type }], i) => `TRY_CAST($${i + 1} AS ${DUCKDB_TYPES[type]})`).join(', ');
    const insert = `INSERT INTO ${qualified} VALUES (${placeholders})`;
    for (const values of table.rows) {
      await connection.run(insert, columns.map(([c]) => (values[c] === undefined ? null : String(values[c]))));
    }
  }
  const conflicts = [];
  const widened = [];
  for (const [name, table] of tables) {
    for (const [column, { type, seen }] of table.columns) {
      if (seen.size <= 1) continue;
      // A number that is whole in one delivery and fractional in another is
      // one numeric column (a float); any other mix is a real conflict.
      const numeric = [...seen.keys()].every((t) => t === 'integer' || t === 'float');
      (numeric ? widened : conflicts).push({ table: name, column, type, seen: Object.fromEntries(seen) });
    }
  }
  return { tables, dropped, conflicts, widened };
}

function wrap(items, width = 100, indent = '    ') {
  const lines = [];
  let line = '';
  for (const item of items) {
    if (line && line.length + item.length + 2 > width) {
      lines.push(indent + line + ',');
      line = '';
    }
    line = line ? `${line}, ${item}` : item;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

function report(title, settings, loaded, skipped) {
  const out = [];
  out.push(`== ${title}: settings ${JSON.stringify(settings)}`);
  const names = [...loaded.tables.keys()].sort();
  for (const name of names) {
    const table = loaded.tables.get(name);
    out.push(`  ${name} (${table.rows.length} row${table.rows.length === 1 ? '' : 's'})`);
    out.push(wrap([...table.columns].map(([c, { type }]) => `${c} ${type}`)));
  }
  for (const skip of skipped) out.push(`  no calls for ${skip.name}: ${skip.reason}`);
  out.push(`  type conflicts: ${loaded.conflicts.length}`);
  for (const c of loaded.conflicts) {
    const seen = Object.entries(c.seen).map(([type, sources]) => `${type} in ${[...new Set(sources)].join(', ')}`).join('; ');
    out.push(`    ${c.table}.${c.column}: ${c.type} first, then ${seen}`);
  }
  out.push(`  numeric columns widened to float (whole in some deliveries, fractional in others): ${loaded.widened.length}`);
  for (const c of loaded.widened) out.push(`    ${c.table}.${c.column}`);
  out.push(`  dropped properties: ${loaded.dropped.length}`);
  for (const d of loaded.dropped) out.push(`    ${d.source}: ${d.from} -> ${d.table}.${d.column || '(no name)'}: ${d.reason}`);
  return out.join('\n');
}

async function main() {
  const { DuckDBInstance } = require('@duckdb/node-api');
  const tools = loadTools();
  const fixtures = loadFixtures();
  const artifacts = path.join(root, 'artifacts');
  fs.mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, 'warehouse.duckdb');
  fs.rmSync(file, { force: true });
  fs.rmSync(`${file}.wal`, { force: true });
  const instance = await DuckDBInstance.create(file);
  const connection = await instance.connect();

  const passes = [
    { title: 'without warehouseSafeProperties', schema: 'without_safe_properties', settings: BASE_SETTINGS },
    { title: 'with warehouseSafeProperties', schema: 'with_safe_properties', settings: { ...BASE_SETTINGS, warehouseSafeProperties: true } },
  ];
  const summaries = [];
  let safeProblems = 0;
  for (const pass of passes) {
    const { rows, skipped } = await warehouseRowsFor(tools, fixtures, pass.settings);
    const loaded = await loadRows(connection, pass.schema, rows);
    console.log(report(pass.title, pass.settings, loaded, skipped));
    console.log();
    const rowCount = [...loaded.tables.values()].reduce((sum, t) => sum + t.rows.length, 0);
    summaries.push(`${pass.title}: ${fixtures.length} fixtures, ${loaded.tables.size} tables, ${rowCount} rows, ` +
      `${loaded.conflicts.length} type conflicts, ${loaded.dropped.length} dropped properties`);
    if (pass.settings.warehouseSafeProperties) safeProblems = loaded.conflicts.length + loaded.dropped.length;
  }
  await connection.run('CHECKPOINT');
  connection.closeSync();
  instance.closeSync();
  console.log('Summary');
  for (const line of summaries) console.log(`  ${line}`);
  console.log(`  wrote ${path.relative(root, file)}`);
  if (safeProblems > 0) {
    console.error('warehouse: with warehouseSafeProperties on, no property may be dropped and no column may change type');
    process.exitCode = 1;
  }
}

module.exports = { BASE_SETTINGS, DUCKDB_TYPES, loadFixtures, loadTools, warehouseRowsFor, loadRows, alphabetize };

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
