import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '@shared/schemas/case';
import { workloadByAssignee } from './workload';

function caseOf(overrides: Partial<CaseSummary>): CaseSummary {
  return {
    id: 'c',
    caseNumber: 'CLM-2026-000001',
    line: 'AUTO',
    state: 'ACCEPTED',
    customerName: '王*明',
    customerKind: 'individual',
    claimedFen: 100_00,
    reservedFen: 0,
    paidFen: 0,
    assigneeId: 'a',
    assigneeName: '张伟',
    teamId: 't',
    teamName: '华东理赔一部',
    greenChannel: false,
    disaster: false,
    lossAt: 0,
    reportedAt: 0,
    lossLocation: '',
    updatedAt: 0,
    ...overrides,
  };
}

describe('workloadByAssignee', () => {
  it('counts open and closed cases and open claimed amounts per assignee, busiest first', () => {
    const { rows, unassigned } = workloadByAssignee([
      caseOf({ id: '1', assigneeId: 'a', assigneeName: '张伟', claimedFen: 500_00 }),
      caseOf({ id: '2', assigneeId: 'a', assigneeName: '张伟', state: 'CLOSED' }),
      caseOf({ id: '3', assigneeId: 'b', assigneeName: '李娜', claimedFen: 200_00 }),
      caseOf({ id: '4', assigneeId: 'b', assigneeName: '李娜', claimedFen: 300_00 }),
      caseOf({ id: '5', assigneeId: null, assigneeName: null, state: 'REPORTED' }),
    ]);
    expect(unassigned).toBe(1);
    expect(rows).toEqual([
      { assigneeId: 'b', assigneeName: '李娜', open: 2, closed: 0, openClaimedFen: 500_00 },
      { assigneeId: 'a', assigneeName: '张伟', open: 1, closed: 1, openClaimedFen: 500_00 },
    ]);
  });
});
