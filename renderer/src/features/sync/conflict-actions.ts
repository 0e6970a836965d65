import type { ConflictRecord } from '@shared/sync/records';
import { database } from '../../data/db';
import { isCaseField, type QueueMutation } from '../../sync/conflict-merge';

/** Whether "use mine" can re-apply this conflict's value as a new change. */
export function canReapply(conflict: ConflictRecord): boolean {
  return conflict.entity === 'case' && isCaseField(conflict.field);
}

/**
 * Resolving is itself a synced change. Keeping mine re-applies my value on
 * top of the current version (so it wins knowingly, not by accident);
 * keeping theirs only closes the conflict.
 */
export async function resolveConflict(
  queue: QueueMutation,
  conflict: ConflictRecord,
  choice: 'kept-mine' | 'kept-theirs',
): Promise<void> {
  if (choice === 'kept-mine' && canReapply(conflict) && conflict.field) {
    const current = await database.cases.get(conflict.caseId);
    await queue(
      'case.update',
      { caseId: conflict.caseId, fields: { [conflict.field]: conflict.mine } },
      { [`case:${conflict.caseId}`]: current?.rowVersion ?? 0 },
    );
  }
  await queue('conflict.resolve', { conflictId: conflict.id, resolution: choice });
}
