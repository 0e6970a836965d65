import { describe, expect, it } from 'vitest';
import type { QueueRow } from './queue-row';
import { ShownRows } from './shown-rows';

const row = (caseNumber: string, priorityScore: number): QueueRow =>
  ({ id: `id-${caseNumber}`, caseNumber, priorityScore }) as QueueRow;

const numbers = (rows: readonly QueueRow[]) => rows.map((r) => r.caseNumber);

describe('shown rows', () => {
  const rows = [row('C-2', 5), row('C-1', 9)];
  const byPriority = [{ colId: 'priority', sort: 'desc' as const }];
  const all = () => true;

  it('filters the sorted rows and keeps the result until the rows, filter or sort change', () => {
    const shown = new ShownRows();
    const first = shown.get(rows, all, byPriority);
    expect(numbers(first)).toEqual(['C-1', 'C-2']);
    expect(shown.get(rows, all, [...byPriority])).toBe(first);

    const onlyTwo = (r: QueueRow) => r.caseNumber === 'C-2';
    expect(numbers(shown.get(rows, onlyTwo, byPriority))).toEqual(['C-2']);
    expect(numbers(shown.get(rows, all, [{ colId: 'priority', sort: 'asc' }]))).toEqual([
      'C-2',
      'C-1',
    ]);
    const synced = [...rows, row('C-0', 7)];
    expect(numbers(shown.get(synced, all, byPriority))).toEqual(['C-1', 'C-0', 'C-2']);
  });
});
