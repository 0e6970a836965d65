import { describe, expect, it } from 'vitest';
import { sortQueueRows } from './queue-order';
import type { QueueRow } from './queue-row';

const row = (caseNumber: string, over: Partial<QueueRow> = {}): QueueRow =>
  ({
    id: `id-${caseNumber}`,
    caseNumber,
    priorityScore: 0,
    slaOrder: Number.POSITIVE_INFINITY,
    lastContactAt: null,
    assigneeName: null,
    ...over,
  }) as QueueRow;

const numbers = (rows: readonly QueueRow[]) => rows.map((r) => r.caseNumber);

describe('queue order', () => {
  const rows = [
    row('C-3', { priorityScore: 40, slaOrder: 5_000, lastContactAt: 30 }),
    row('C-1', { priorityScore: 90, slaOrder: -1_000, lastContactAt: null }),
    row('C-2', { priorityScore: 40, slaOrder: Number.POSITIVE_INFINITY, lastContactAt: 10 }),
    row('C-4', { priorityScore: 10, slaOrder: 60_000, lastContactAt: 20 }),
  ];

  it('sorts by priority, highest first, with ties in the order the rows came', () => {
    expect(numbers(sortQueueRows(rows, [{ colId: 'priority', sort: 'desc' }]))).toEqual([
      'C-1',
      'C-3',
      'C-2',
      'C-4',
    ]);
  });

  it('sorts the SLA column overdue first and no running clock last', () => {
    expect(numbers(sortQueueRows(rows, [{ colId: 'sla', sort: 'asc' }]))).toEqual([
      'C-1',
      'C-3',
      'C-4',
      'C-2',
    ]);
  });

  it('puts empty values first ascending and last descending', () => {
    expect(numbers(sortQueueRows(rows, [{ colId: 'lastContactAt', sort: 'asc' }]))).toEqual([
      'C-1',
      'C-2',
      'C-4',
      'C-3',
    ]);
    expect(numbers(sortQueueRows(rows, [{ colId: 'lastContactAt', sort: 'desc' }]))).toEqual([
      'C-3',
      'C-4',
      'C-2',
      'C-1',
    ]);
  });

  it('breaks a tie on the first column by the second', () => {
    const model = [
      { colId: 'priority', sort: 'desc' as const },
      { colId: 'sla', sort: 'asc' as const },
    ];
    expect(numbers(sortQueueRows(rows, model))).toEqual(['C-1', 'C-3', 'C-2', 'C-4']);
  });

  it('sorts by text columns too, and leaves the input alone', () => {
    const input = [...rows];
    expect(numbers(sortQueueRows(input, [{ colId: 'caseNumber', sort: 'desc' }]))).toEqual([
      'C-4',
      'C-3',
      'C-2',
      'C-1',
    ]);
    expect(numbers(sortQueueRows(input, [{ colId: 'markers', sort: 'asc' }]))).toEqual(
      numbers(rows),
    );
    expect(input).toEqual(rows);
  });
});
