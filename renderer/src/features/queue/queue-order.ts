import type { QueueRow } from './queue-row';

/** One sorted column, as the grid's sort model names it. */
export interface SortKey {
  readonly colId: string;
  readonly sort: 'asc' | 'desc';
}

type Value = string | number | null;

/** What each sortable column orders by: the plain field it shows, never its formatted text. */
const NUMBERS: Readonly<Record<string, (row: QueueRow) => number | null>> = {
  priority: (r) => r.priorityScore,
  sla: (r) => r.slaOrder,
  claimedFen: (r) => r.claimedFen,
  reservedFen: (r) => r.reservedFen,
  openFlags: (r) => r.openFlags,
  lastContactAt: (r) => r.lastContactAt,
  reportedAt: (r) => r.reportedAt,
};
const TEXTS: Readonly<Record<string, (row: QueueRow) => string | null>> = {
  caseNumber: (r) => r.caseNumber,
  customerName: (r) => r.customerName,
  line: (r) => r.line,
  state: (r) => r.state,
  assigneeName: (r) => r.assigneeName,
  advisorName: (r) => r.advisorName,
  lossLocation: (r) => r.lossLocation,
};

/** Empty values first, then ascending: the grid's own order for a column. */
function compareValues(a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

type Compare = (i: number, j: number) => number;

/** A column's values read once per row: numbers in a Float64Array, which compares several times faster. */
type Column =
  | { readonly kind: 'number'; readonly sign: number; readonly values: Float64Array }
  | { readonly kind: 'text'; readonly sign: number; readonly values: readonly Value[] };

/** A numeric column's empty value is -Infinity, so it sorts first. */
function columnOf(rows: readonly QueueRow[], key: SortKey): Column | null {
  const sign = key.sort === 'desc' ? -1 : 1;
  const number = NUMBERS[key.colId];
  if (number) {
    const values = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) values[i] = number(rows[i] as QueueRow) ?? -Infinity;
    return { kind: 'number', sign, values };
  }
  const text = TEXTS[key.colId];
  return text ? { kind: 'text', sign, values: rows.map(text) } : null;
}

/** Equal infinities subtract to NaN: a tie, like any other equal pair. */
function compareOf(column: Column): Compare {
  const { sign } = column;
  if (column.kind === 'number') {
    const values = column.values;
    return (i, j) => sign * ((values[i] as number) - (values[j] as number)) || 0;
  }
  const values = column.values;
  return (i, j) => sign * compareValues(values[i] as Value, values[j] as Value);
}

/**
 * Row positions in the order of `columns`, ties in the order the rows came
 * in. A click on a header sorts by one numeric column, and that order gets
 * a comparison of its own: a loop over a list of comparisons, called about
 * 1.7 million times for 100,000 rows, doubled the sort's time.
 */
function orderOf(count: number, columns: readonly Column[]): Uint32Array {
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  const only = columns.length === 1 ? columns[0] : undefined;
  if (only?.kind === 'number') {
    const { sign, values } = only;
    return order.sort((i, j) => sign * ((values[i] as number) - (values[j] as number)) || i - j);
  }
  const compares = columns.map(compareOf);
  return order.sort((i, j) => {
    for (const compare of compares) {
      const c = compare(i, j);
      if (c !== 0) return c;
    }
    return i - j;
  });
}

/**
 * The rows in the order the sort model asks for. Rows that tie on every
 * sorted column keep the order they came in, so a refresh never shuffles
 * them. Values are read once per row, not once per comparison.
 */
export function sortQueueRows(rows: readonly QueueRow[], model: readonly SortKey[]): QueueRow[] {
  const order = orderOf(
    rows.length,
    model.flatMap((key) => columnOf(rows, key) ?? []),
  );
  const sorted = new Array<QueueRow>(order.length);
  for (let k = 0; k < order.length; k++) sorted[k] = rows[order[k] as number] as QueueRow;
  return sorted;
}
