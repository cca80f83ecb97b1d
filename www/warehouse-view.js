// The playground's Warehouse view: for each call, the rows Segment's
// warehouses would write (the core's warehouseRows, the same preview
// `make warehouse` loads into DuckDB), with every dropped or cut value
// flagged.
import { warehouseRows } from './pkg/stigg_segment.js';

const el = (tag, props = {}, children = []) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of [].concat(children)) node.append(child);
  return node;
};

const SAFE_SETTING = 'warehouseSafeProperties';

function shown(value) {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

// A value cell: one line cut with an ellipsis by CSS, the whole value on
// hover (title) and on click or Enter (the cell expands in place).
function valueCell(text, extra = []) {
  const value = el('span', { className: 'cell-text', textContent: text, title: text });
  const td = el('td', { className: 'value', tabIndex: 0 }, [value, ...extra]);
  td.setAttribute('aria-expanded', 'false');
  const toggle = () => {
    const expanded = td.classList.toggle('expanded');
    td.setAttribute('aria-expanded', String(expanded));
  };
  td.addEventListener('click', toggle);
  td.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      toggle();
    }
  });
  return td;
}

// The column's name, with where its value came from beneath it in small
// type; both one line, cut with an ellipsis past a width and whole on hover.
function nameCell(name, from) {
  return el('td', { className: 'name' }, [
    el('code', { textContent: name, title: name }),
    el('span', { className: 'from', textContent: from, title: `from ${from}` }),
  ]);
}

// Three columns: the name and the type are sized to their content; the
// value takes what is left and cuts long text to one line.
function rowTable(row) {
  const body = row.columns.map((column) => {
    const cut = column.cutFrom !== undefined;
    const tr = el('tr', { className: cut ? 'cut' : '' }, [
      nameCell(column.name, column.from),
      el('td', { className: 'type', textContent: column.type }),
      valueCell(shown(column.value), cut
        ? [el('span', { className: 'flag', textContent: ` cut from ${column.cutFrom} characters to 512` })]
        : []),
    ]);
    if (cut) tr.dataset.testid = 'warehouse-cut';
    return tr;
  });
  const dropped = row.dropped.map((drop) => {
    const tr = el('tr', { className: 'dropped' }, [
      nameCell(drop.column || '(none)', drop.from),
      el('td', { className: 'type', textContent: 'dropped' }),
      valueCell(drop.reason),
    ]);
    tr.dataset.testid = 'warehouse-dropped';
    return tr;
  });
  const table = el('table', {}, [
    el('thead', {}, el('tr', {}, ['column (from)', 'type', 'value'].map((h) => el('th', { textContent: h })))),
    el('tbody', {}, [...body, ...dropped]),
  ]);
  const counts = `${row.columns.length} column${row.columns.length === 1 ? '' : 's'}`
    + (row.dropped.length ? `, ${row.dropped.length} dropped` : '');
  const summary = el('summary', { className: 'table-name' }, [
    'table ', el('code', { textContent: row.table }), el('span', { className: 'counts', textContent: ` · ${counts}` }),
  ]);
  const box = el('details', { className: 'warehouse-row', open: true }, [summary, el('div', { className: 'table-scroll' }, table)]);
  box.dataset.testid = 'warehouse-row';
  box.dataset.table = row.table;
  return box;
}

/** Renders the warehouse rows for a transform outcome into `container`. */
export function renderWarehouse(container, outcome, settings) {
  container.textContent = '';
  if (!outcome || outcome.calls.length === 0) {
    container.append(el('p', { className: 'hint', textContent: 'No calls, so no warehouse rows.' }));
    return;
  }
  let preview;
  try {
    preview = warehouseRows(outcome);
  } catch (err) {
    container.append(el('div', { className: 'error', textContent: `${err.name}: ${err.message}` }));
    return;
  }
  const droppedCount = preview.rows.reduce((sum, row) => sum + row.dropped.length, 0);
  if (droppedCount > 0 && !settings[SAFE_SETTING]) {
    const hint = el('p', { className: 'warning' }, [
      `${droppedCount} value${droppedCount === 1 ? '' : 's'} would be dropped by Segment's warehouses. Turn on `,
      el('code', { textContent: SAFE_SETTING }),
      ' to keep them under names of their own.',
    ]);
    hint.dataset.testid = 'warehouse-hint';
    container.append(hint);
  }
  outcome.calls.forEach((call, index) => {
    // The event name exactly as the call carries it: Segment's event names
    // are case-sensitive.
    const head = el('div', { className: 'card-head' }, [
      el('span', { className: 'kind', textContent: call.type }),
      call.type === 'track' ? el('code', { className: 'event', textContent: call.event }) : '',
    ]);
    const rows = preview.rows.filter((row) => row.call === index).map(rowTable);
    const card = el('article', { className: 'card warehouse-call' }, [head, ...rows]);
    card.dataset.testid = 'warehouse-call';
    container.append(card);
  });
}
