// A Stigg timestamp is forwarded only when JavaScript's Date, which Segment
// and its destinations read it with, parses it to the same instant.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const stigg = require(path.join(__dirname, '..', '..', 'pkg'));

const CANDIDATES = [
  '2024-03-01T10:00:00.000Z', '2024-03-01T10:00:00Z', '2024-03-01T10:00Z', '2024-03-01t10:00:00z',
  '2024-03-01 10:00:00Z', '2024-03-01T10:00:00+01:00', '2024-03-01T10:00:00+0100', '2024-03-01T10:00:00-00:00',
  '2024-03-01T10:00:00.5+01:00', '2024-03-01T10:00:00.123000Z', '2024-03-01T10:00:00.1234Z',
  '2024-03-01T23:59:60Z', '2024-03-01T10:00:00,5Z', '2024-03-01T24:00:00Z', '2024-02-30T10:00:00Z',
  '2024-03-01T10:00:00.Z', '2024-03-01', '2024-03-01T10:00:00', 'Fri, 01 Mar 2024 10:00:00 GMT', '1700000000',
  '0000-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '2000-02-29T00:00:00Z', '1900-02-29T00:00:00Z',
];

/** The instant the text names, read field by field (no Date involved). */
function intendedInstant(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([Zz]|([+-])(\d{2}):?(\d{2}))$/.exec(text);
  if (!m) return NaN;
  const [, y, mo, d, h, mi, s = '0', frac = '', , sign, oh, om] = m;
  const ms = Number((frac + '000').slice(0, 3)) + Number(`0.${frac.slice(3) || '0'}`);
  // Date.UTC reads years below 100 as 19xx: start from a leap year, then set it.
  const year = Number(y);
  const base = new Date(Date.UTC(year < 100 ? 2000 : year, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), 0));
  if (year < 100) base.setUTCFullYear(year);
  const offset = sign ? (sign === '+' ? 1 : -1) * (Number(oh) * 60 + Number(om)) * 60_000 : 0;
  return base.getTime() + ms - offset;
}

test('every timestamp the core forwards, Date.parse reads as the instant it names', () => {
  let forwarded = 0;
  for (const timestamp of CANDIDATES) {
    const body = JSON.stringify({ type: 'credits.granted', messageId: 'm', customerId: 'c', timestamp });
    const [call] = stigg.transform(body, {}, {}).calls;
    if (call.timestamp === undefined) continue;
    forwarded++;
    assert.equal(call.timestamp, timestamp);
    assert.equal(Date.parse(timestamp), intendedInstant(timestamp), timestamp);
  }
  assert.ok(forwarded >= 10, `${forwarded} forwarded`);
});

test('what Date.parse cannot read, or reads as another instant, is left out', () => {
  for (const timestamp of ['2024-03-01T23:59:60Z', '2024-03-01T10:00:00,5Z', '2024-03-01T10:00:00.1234Z']) {
    const body = JSON.stringify({ type: 'credits.granted', messageId: 'm', customerId: 'c', timestamp });
    const [call] = stigg.transform(body, {}, {}).calls;
    assert.equal(call.timestamp, undefined, timestamp);
    assert.ok(Number.isNaN(Date.parse(timestamp)) || Date.parse(timestamp) !== intendedInstant(timestamp), timestamp);
  }
});
