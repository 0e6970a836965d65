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

/**
 * One column's order over row positions. A numeric column's values go into
 * a Float64Array (empty as -Infinity, so it sorts first), which compares
 * several times faster than values read back from objects.
 */
function columnOrder(rows: readonly QueueRow[], key: SortKey): Compare | null {
  const sign = key.sort === 'desc' ? -1 : 1;
  const number = NUMBERS[key.colId];
  if (number) {
    const values = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) values[i] = number(rows[i] as QueueRow) ?? -Infinity;
    // Equal infinities subtract to NaN: a tie, like any other equal pair.
    return (i, j) => sign * ((values[i] as number) - (values[j] as number)) || 0;
  }
  const text = TEXTS[key.colId];
  if (!text) return null;
  const values = rows.map(text);
  return (i, j) => sign * compareValues(values[i] as Value, values[j] as Value);
}

/**
 * The rows in the order the sort model asks for. Rows that tie on every
 * sorted column keep the order they came in, so a refresh never shuffles
 * them. Values are read once per row, not once per comparison: 100,000 rows
 * take about 1.7 million comparisons.
 */
export function sortQueueRows(rows: readonly QueueRow[], model: readonly SortKey[]): QueueRow[] {
  const columns = model.flatMap((key) => columnOrder(rows, key) ?? []);
  const order = new Uint32Array(rows.length).map((_, i) => i);
  order.sort((i, j) => {
    for (const compare of columns) {
      const c = compare(i, j);
      if (c !== 0) return c;
    }
    return i - j;
  });
  return Array.from(order, (i) => rows[i] as QueueRow);
}
