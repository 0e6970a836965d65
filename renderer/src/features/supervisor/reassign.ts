import type { MutationArgs } from '@shared/sync/mutations';

export interface ReassignTarget {
  readonly id: string;
  readonly rowVersion: number;
  readonly assigneeId: string | null;
}

export interface QueuedAssign {
  readonly args: MutationArgs<'case.assign'>;
  /** The version the supervisor looked at: a later change on the server becomes a conflict. */
  readonly base: Record<string, number>;
}

/**
 * One synced `case.assign` per case that actually changes hands; the reason
 * is the supervisor's, said once for the batch. Works offline like any
 * other change: the outbox carries it when the connection returns.
 */
export function reassignments(
  cases: readonly ReassignTarget[],
  assigneeId: string,
  reason: string,
): QueuedAssign[] {
  const why = reason.trim();
  if (!why) throw new Error('A reassignment needs a reason.');
  return cases
    .filter((c) => c.assigneeId !== assigneeId)
    .map((c) => ({
      args: { caseId: c.id, assigneeId, reason: why },
      base: { [`case:${c.id}`]: c.rowVersion },
    }));
}
