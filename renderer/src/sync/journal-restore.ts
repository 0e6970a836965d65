import type { OutboxEntry } from '@shared/sync/outbox';
import type { WorkstationDatabase } from '../data/db';
import { reconcileJournal } from './journal-reconcile';

export interface JournalPort {
  append(entries: OutboxEntry[]): Promise<void>;
  acknowledge(userId: string, mutationIds: string[]): Promise<void>;
  pending(userId: string): Promise<OutboxEntry[]>;
}

/**
 * At sign-in, before the first sync: puts back into IndexedDB every change
 * the disk journal holds and IndexedDB lost, keeping their device identity
 * (the server knows them by mutationId and deviceId), and journals any
 * outbox entry the journal never heard of. Returns how many were restored.
 */
export async function restoreFromJournal(
  db: WorkstationDatabase,
  journal: JournalPort,
  userId: string,
): Promise<number> {
  const [pending, outbox] = await Promise.all([journal.pending(userId), db.outbox.toArray()]);
  const { restore } = reconcileJournal(pending, outbox, new Set());
  const journaled = new Set(pending.map((entry) => entry.mutationId));
  const unjournaled = outbox.filter(
    (entry) => entry.userId === userId && !journaled.has(entry.mutationId),
  );
  if (unjournaled.length > 0) await journal.append(unjournaled);
  if (restore.length === 0) return 0;

  await db.transaction('rw', [db.outbox, db.syncState], async () => {
    const session = await db.syncState.get('session');
    const deviceId = session?.deviceId ?? restore[0]?.deviceId ?? '';
    const lastSeq = Math.max(0, ...restore.map((entry) => entry.deviceSeq));
    if (!session) {
      await db.syncState.put({
        key: 'session',
        userId,
        deviceId,
        cursor: 0,
        nextDeviceSeq: lastSeq + 1,
        lastSyncedAt: null,
      });
    } else if (session.nextDeviceSeq <= lastSeq) {
      await db.syncState.update('session', { nextDeviceSeq: lastSeq + 1 });
    }
    // Entries keep their own deviceId: a push may carry only this device's, so re-stamp foreign ones.
    const used = new Set((await db.outbox.toCollection().primaryKeys()).map(Number));
    for (const entry of restore) {
      if (used.has(entry.deviceSeq)) continue;
      await db.outbox.add({ ...entry, deviceId });
    }
  });
  return restore.length;
}
