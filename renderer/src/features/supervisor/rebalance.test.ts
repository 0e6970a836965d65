import { describe, expect, it } from 'vitest';
import type { QueueRow } from '../queue/queue-row';
import { proposeRebalancing } from './rebalance';
import { workloadByAssignee } from './workload';

let n = 0;
const row = (assigneeId: string | null, overrides: Partial<QueueRow> = {}): QueueRow =>
  ({
    id: `c${++n}`,
    caseNumber: `CLM-2026-${String(n).padStart(6, '0')}`,
    rowVersion: n,
    assigneeId,
    assigneeName: assigneeId,
    open: true,
    claimedFen: 100_000,
    slaState: 'ok',
    priority: { score: 0, components: [] },
    ...overrides,
  }) as QueueRow;
const team = [
  { id: 'a', name: '甲' },
  { id: 'b', name: '乙' },
  { id: 'c', name: '丙' },
];
const many = (count: number, assigneeId: string, overrides: Partial<QueueRow> = {}) =>
  Array.from({ length: count }, () => row(assigneeId, overrides));

describe('team workload', () => {
  it('counts open, at-risk and overdue cases per person, idle people included', () => {
    const { rows, unassigned } = workloadByAssignee(
      [
        row('a', { slaState: 'breached' }),
        row('a', { slaState: 'at-risk' }),
        row('a', { open: false, slaState: 'none' }),
        row('b'),
        row(null),
      ],
      team,
    );
    expect(unassigned).toBe(1);
    expect(rows.map((r) => [r.assigneeId, r.open, r.atRisk, r.breached])).toEqual([
      ['a', 2, 1, 1],
      ['b', 1, 0, 0],
      ['c', 0, 0, 0],
    ]);
  });
});

describe('rebalancing proposal', () => {
  it('moves the most urgent at-risk and overdue cases from the overloaded to the least loaded', () => {
    const top = row('a', { slaState: 'breached', priority: { score: 90_000, components: [] } });
    const rows = [
      ...many(8, 'a'),
      top,
      row('a', { slaState: 'at-risk', priority: { score: 30_000, components: [] } }),
      row('a', { slaState: 'at-risk', priority: { score: 20_000, components: [] } }),
      ...many(3, 'b'),
      ...many(1, 'c'),
    ];
    // Loads 11 / 3 / 1, mean 5: the three urgent cases leave a, each to whoever has fewest.
    const moves = proposeRebalancing(rows, team);
    expect(moves.map((m) => [m.caseId, m.fromId, m.toId])).toEqual([
      [top.id, 'a', 'c'],
      [rows[9]?.id, 'a', 'c'],
      [rows[10]?.id, 'a', 'b'],
    ]);
    expect(moves[0]).toMatchObject({ slaState: 'breached', rowVersion: top.rowVersion });
  });

  it('moves nothing when nobody is overloaded, or when only on-track cases would move', () => {
    expect(proposeRebalancing([...many(4, 'a'), ...many(3, 'b'), ...many(3, 'c')], team)).toEqual(
      [],
    );
    expect(proposeRebalancing([...many(12, 'a'), ...many(1, 'b')], team)).toEqual([]);
  });

  it('never fills a colleague past the team mean', () => {
    const rows = [...many(9, 'a', { slaState: 'at-risk' }), ...many(6, 'b'), ...many(6, 'c')];
    // Mean 7: b and c each take one, then neither has room.
    const moves = proposeRebalancing(rows, team);
    expect(moves.map((m) => m.toId).sort()).toEqual(['b', 'c']);
  });
});
