import type { QueueRow } from '../queue/queue-row';

export interface Adjuster {
  readonly id: string;
  readonly name: string;
}

export interface WorkloadRow {
  readonly assigneeId: string;
  readonly assigneeName: string;
  readonly open: number;
  readonly atRisk: number;
  readonly breached: number;
  readonly openClaimedFen: number;
}

/**
 * Open cases per person, with how many are at risk or overdue; everyone on
 * the team appears, so an idle adjuster shows as available. Busiest first.
 */
export function workloadByAssignee(
  rows: readonly QueueRow[],
  team: readonly Adjuster[],
): { rows: WorkloadRow[]; unassigned: number } {
  const byId = new Map<string, { -readonly [K in keyof WorkloadRow]: WorkloadRow[K] }>();
  for (const person of team)
    byId.set(person.id, {
      assigneeId: person.id,
      assigneeName: person.name,
      open: 0,
      atRisk: 0,
      breached: 0,
      openClaimedFen: 0,
    });
  let unassigned = 0;
  for (const row of rows) {
    if (!row.open) continue;
    if (!row.assigneeId) {
      unassigned++;
      continue;
    }
    let entry = byId.get(row.assigneeId);
    if (!entry) {
      entry = {
        assigneeId: row.assigneeId,
        assigneeName: row.assigneeName ?? row.assigneeId,
        open: 0,
        atRisk: 0,
        breached: 0,
        openClaimedFen: 0,
      };
      byId.set(row.assigneeId, entry);
    }
    entry.open++;
    entry.openClaimedFen += row.claimedFen;
    if (row.slaState === 'at-risk') entry.atRisk++;
    else if (row.slaState === 'breached') entry.breached++;
  }
  const list = [...byId.values()].sort(
    (a, b) =>
      b.breached + b.atRisk - (a.breached + a.atRisk) ||
      b.open - a.open ||
      a.assigneeName.localeCompare(b.assigneeName),
  );
  return { rows: list, unassigned };
}
