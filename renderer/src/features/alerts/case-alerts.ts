import type { QueueRow, SlaState } from '../queue/queue-row';

export type CaseAlert =
  | { kind: 'assigned'; caseId: string; caseNumber: string }
  | { kind: 'at-risk' | 'breached'; caseId: string; caseNumber: string; clock: string };

export interface Seen {
  readonly assigneeId: string | null;
  readonly slaState: SlaState;
}

const CALM: ReadonlySet<SlaState> = new Set(['ok', 'none']);

/**
 * What changed for me since the last look: cases newly assigned to me and
 * my cases whose deadline turned at risk or overdue. The first look only
 * records what is there: opening the app is not news.
 */
export function caseAlerts(
  previous: ReadonlyMap<string, Seen> | null,
  rows: readonly QueueRow[],
  userId: string,
  language: 'zh-CN' | 'en',
): { alerts: CaseAlert[]; seen: Map<string, Seen> } {
  const seen = new Map<string, Seen>();
  const alerts: CaseAlert[] = [];
  for (const row of rows) {
    // Only the user's own cases can alert, and a case new to them is news whatever it was before.
    if (row.assigneeId !== userId) continue;
    seen.set(row.id, { assigneeId: row.assigneeId, slaState: row.slaState });
    if (previous === null || !row.open) continue;
    const before = previous.get(row.id);
    if (before?.assigneeId !== userId) {
      alerts.push({ kind: 'assigned', caseId: row.id, caseNumber: row.caseNumber });
      continue;
    }
    const turned =
      (row.slaState === 'at-risk' && CALM.has(before.slaState)) ||
      (row.slaState === 'breached' && before.slaState !== 'breached');
    if (turned && row.clock)
      alerts.push({
        kind: row.slaState === 'breached' ? 'breached' : 'at-risk',
        caseId: row.id,
        caseNumber: row.caseNumber,
        clock: row.clock.label[language],
      });
  }
  return { alerts, seen };
}
