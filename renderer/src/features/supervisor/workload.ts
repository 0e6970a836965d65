import { isOpenState } from '@shared/domain/lifecycle';
import type { CaseSummary } from '@shared/schemas/case';

export interface WorkloadRow {
  assigneeId: string;
  assigneeName: string;
  open: number;
  closed: number;
  openClaimedFen: number;
}

/** Open and finished cases per assignee, busiest first; unassigned cases are counted apart. */
export function workloadByAssignee(cases: readonly CaseSummary[]): {
  rows: WorkloadRow[];
  unassigned: number;
} {
  const byAssignee = new Map<string, WorkloadRow>();
  let unassigned = 0;
  for (const c of cases) {
    if (!c.assigneeId) {
      if (isOpenState(c.state)) unassigned++;
      continue;
    }
    const row = byAssignee.get(c.assigneeId) ?? {
      assigneeId: c.assigneeId,
      assigneeName: c.assigneeName ?? c.assigneeId,
      open: 0,
      closed: 0,
      openClaimedFen: 0,
    };
    if (isOpenState(c.state)) {
      row.open++;
      row.openClaimedFen += c.claimedFen;
    } else {
      row.closed++;
    }
    byAssignee.set(c.assigneeId, row);
  }
  const rows = [...byAssignee.values()].sort(
    (a, b) => b.open - a.open || a.assigneeName.localeCompare(b.assigneeName),
  );
  return { rows, unassigned };
}
