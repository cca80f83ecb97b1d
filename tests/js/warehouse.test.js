// The warehouse Segment would build from the Segment script's calls,
// loaded into DuckDB through the core's preview (tools/warehouse.js).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { DuckDBInstance } = require('@duckdb/node-api');
const { BASE_SETTINGS, loadFixtures, loadTools, warehouseRowsFor, loadRows } = require('../../tools/warehouse');

const SAFE_SETTINGS = { ...BASE_SETTINGS, warehouseSafeProperties: true };
const tools = loadTools();
const fixtures = loadFixtures();

async function database() {
  const instance = await DuckDBInstance.create(':memory:');
  return instance.connect();
}

async function query(connection, sql) {
  return (await connection.runAndReadAll(sql)).getRowObjects();
}

test('the fixtures make rows in every kind of Segment table', async () => {
  const { rows } = await warehouseRowsFor(tools, fixtures, BASE_SETTINGS);
  const tables = new Set(rows.map((row) => row.table));
  for (const table of ['tracks', 'identifies', 'users', 'groups', 'subscription_trial_started']) {
    assert.ok(tables.has(table), `no ${table} table`);
  }
});

for (const [label, settings] of [['default', BASE_SETTINGS], ['warehouse-safe', SAFE_SETTINGS]]) {
  test(`id is unique in every table but users (${label} properties), with nothing deduplicated`, async () => {
    const connection = await database();
    const { rows } = await warehouseRowsFor(tools, fixtures, settings);
    const loaded = await loadRows(connection, 'w', rows, { dedupe: false });
    assert.ok(loaded.tables.size > 10);
    for (const table of loaded.tables.keys()) {
      if (table === 'users') continue; // upserted on the user id by design
      const repeats = await query(connection, `SELECT id, count(*) AS n FROM w."${table}" GROUP BY id HAVING count(*) > 1`);
      assert.deepEqual(repeats, [], table);
      const missing = await query(connection, `SELECT count(*) AS n FROM w."${table}" WHERE id IS NULL`);
      assert.equal(Number(missing[0].n), 0, table);
    }
  });
}

test('a delivery sent twice, keys alphabetized the second time, is one row in every table', async () => {
  const connection = await database();
  const once = await warehouseRowsFor(tools, fixtures, SAFE_SETTINGS);
  const twice = await warehouseRowsFor(
    tools,
    fixtures.flatMap((f) => [f, { ...f, alphabetize: true }]),
    SAFE_SETTINGS,
  );
  assert.equal(twice.rows.length, once.rows.length * 2);
  const single = await loadRows(connection, 'once', once.rows);
  const double = await loadRows(connection, 'twice', twice.rows);
  for (const table of single.tables.keys()) {
    const [a] = await query(connection, `SELECT count(*) AS n FROM once."${table}"`);
    const [b] = await query(connection, `SELECT count(*) AS n FROM twice."${table}"`);
    assert.equal(Number(b.n), Number(a.n), table);
  }
});

test('with warehouse-safe properties, no Stigg field is dropped and no column has two types', async () => {
  const connection = await database();
  const { rows } = await warehouseRowsFor(tools, fixtures, SAFE_SETTINGS);
  const loaded = await loadRows(connection, 'safe', rows);
  assert.deepEqual(loaded.dropped, []);
  assert.deepEqual(loaded.conflicts, []);
  // Stigg's top-level id and timestamp survive under their new names.
  const [subscription] = await query(connection, 'SELECT subscription_id FROM safe.subscription_created');
  assert.ok(subscription.subscription_id);
  const [balance] = await query(connection, 'SELECT stigg_timestamp FROM safe.credit_balance_low');
  assert.ok(balance.stigg_timestamp);
});

test('without it, Stigg\'s top-level id and timestamp are dropped and reported', async () => {
  // Stigg's reference shows no subscription body with a timestamp; real ones may carry one.
  const created = fixtures.find((f) => f.name === 'subscription.created');
  const withTimestamp = { ...created, body: JSON.stringify({ ...JSON.parse(created.body), timestamp: '2024-03-01T10:00:00.000Z' }) };
  const { rows } = await warehouseRowsFor(tools, [withTimestamp], BASE_SETTINGS);
  const eventRow = rows.find((row) => row.table === 'subscription_created');
  assert.deepEqual(eventRow.dropped.map((d) => d.from).sort(), ['properties.id', 'properties.timestamp']);
  const id = eventRow.columns.find((c) => c.name === 'id');
  assert.match(id.value, /^stigg-.*-track$/); // the messageId, not Stigg's subscription id
});

test('a type that changes between deliveries is reported as a conflict; whole and fractional numbers widen', async () => {
  const connection = await database();
  const body = (amount, note) => JSON.stringify({ type: 'credits.granted', messageId: `m-${amount}`, customerId: 'c', amount, note });
  const bodies = [{ name: 'a', body: body(5, 'x') }, { name: 'b', body: body(5.5, 7) }];
  const { rows } = await warehouseRowsFor(tools, bodies, SAFE_SETTINGS);
  const loaded = await loadRows(connection, 'c', rows);
  assert.deepEqual(loaded.conflicts.map((c) => `${c.table}.${c.column}`), ['credits_granted.note']);
  assert.deepEqual(loaded.widened.map((c) => `${c.table}.${c.column}`), ['credits_granted.amount']);
  const [row] = await query(connection, "SELECT amount FROM c.credits_granted WHERE amount > 5");
  assert.equal(row.amount, 5.5);
});
