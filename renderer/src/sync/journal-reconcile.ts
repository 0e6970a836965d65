import type { OutboxEntry } from '@shared/sync/outbox';

export interface JournalReconciliation {
  /** Put back into the IndexedDB outbox, in deviceSeq order. */
  restore: OutboxEntry[];
  /** Mark done in the journal: the server has already answered them. */
  acknowledge: string[];
}

/**
 * Start-up check of the IndexedDB outbox against the desktop journal
 * (architecture §5): whatever the journal still owes the server and IndexedDB
 * lost goes back into the outbox.
 *
 * `acknowledged` is every mutation ID the client knows the server answered.
 * Those must never be resurrected, even though the journal may not have heard
 * of the answer yet (the app can stop between dropping an entry from the
 * outbox and acknowledging it in the journal). An entry restored because that
 * knowledge was lost too is only pushed again, and the server ignores repeats.
 *
 * Entries in IndexedDB but not in the journal need no action: their journal
 * append had not happened yet, and the next append covers them.
 */
export function reconcileJournal(
  journalPending: readonly OutboxEntry[],
  outbox: readonly OutboxEntry[],
  acknowledged: ReadonlySet<string>,
): JournalReconciliation {
  const inOutbox = new Set(outbox.map((entry) => entry.mutationId));
  const seen = new Set<string>();
  const restore: OutboxEntry[] = [];
  const acknowledge: string[] = [];

  for (const entry of journalPending) {
    if (seen.has(entry.mutationId)) continue;
    seen.add(entry.mutationId);
    if (acknowledged.has(entry.mutationId)) acknowledge.push(entry.mutationId);
    else if (!inOutbox.has(entry.mutationId)) restore.push(entry);
  }

  // Push order is deviceSeq order; ties (entries from an earlier device ID)
  // keep their creation order so the replay is deterministic.
  restore.sort((a, b) => a.deviceSeq - b.deviceSeq || a.createdAt - b.createdAt);
  return { restore, acknowledge };
}
