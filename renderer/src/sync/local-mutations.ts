import { uuidv7 } from '@shared/lib/uuidv7';
import {
  MUTATION_ARGS,
  MUTATION_VERSION,
  type MutationArgs,
  type MutationName,
} from '@shared/sync/mutations';
import type { OutboxEntry } from '@shared/sync/outbox';
import { describeIssues } from '@shared/lib/zod-issues';
import type { WorkstationDatabase } from '../data/db';
import { applyTables, clearSyncedTables } from './apply-changes';
import { applyOptimistically, optimisticTables } from './optimistic';

export interface LocalActor {
  userId: string;
  teamId: string | null;
}

/**
 * A local change and its outbox entry, in one IndexedDB transaction: either
 * both exist or neither does (architecture §5 rule 4). Arguments are checked
 * against the same schema the server uses, so a mistake fails here, at once,
 * not on the next sync.
 */
export async function queueMutation<N extends MutationName>(
  db: WorkstationDatabase,
  actor: LocalActor,
  name: N,
  args: MutationArgs<N>,
  baseRowVersions: Record<string, number> = {},
  options: {
    now?: number;
    journal?: { append(entries: OutboxEntry[]): Promise<void> } | null;
  } = {},
): Promise<OutboxEntry> {
  const now = options.now ?? Date.now();
  const parsed = MUTATION_ARGS[name].safeParse(args);
  if (!parsed.success) throw new Error(`${name}: ${describeIssues(parsed.error)}`);
  const tables = [db.outbox, db.syncState, ...optimisticTables(db)];
  const queued = await db.transaction('rw', tables, async () => {
    const state = await db.syncState.get('session');
    if (!state || state.userId !== actor.userId)
      throw new Error('No local session for this user: sign in and sync first.');
    const entry: OutboxEntry = {
      mutationId: uuidv7(now),
      deviceId: state.deviceId,
      deviceSeq: state.nextDeviceSeq,
      userId: actor.userId,
      name,
      version: MUTATION_VERSION,
      args: parsed.data,
      baseRowVersions,
      createdAt: now,
    };
    await db.syncState.update('session', { nextDeviceSeq: state.nextDeviceSeq + 1 });
    await applyOptimistically(db, entry.mutationId, name, args, { ...actor, now });
    await db.outbox.add(entry);
    return entry;
  });
  // After the commit: the journal only ever holds changes IndexedDB also accepted.
  await journal(options)?.append([queued]);
  return queued;
}

const journal = (options: { journal?: { append(entries: OutboxEntry[]): Promise<void> } | null }) =>
  options.journal ?? null;

/**
 * The local session row: created on first sign-in on this device and kept
 * across sign-outs, so a user's unsynced work waits for them. Another user
 * may take the device over only when nothing of the previous one is unsent;
 * the previous user's synced copy is then cleared.
 */
export async function ensureSession(
  db: WorkstationDatabase,
  userId: string,
): Promise<{ deviceId: string; fresh: boolean }> {
  return db.transaction(
    'rw',
    [db.syncState, db.outbox, db.notices, db.rejections, db.uploads, ...applyTables(db)],
    async () => {
      const existing = await db.syncState.get('session');
      if (existing && existing.userId === userId)
        return { deviceId: existing.deviceId, fresh: false };
      if (existing) {
        if ((await db.outbox.count()) > 0) {
          throw new Error(
            'This device holds another user’s unsynced changes. That user must sign in and sync them first.',
          );
        }
        await clearSyncedTables(db);
        for (const table of [db.notices, db.rejections, db.uploads]) await table.clear();
      }
      const deviceId = uuidv7();
      await db.syncState.put({
        key: 'session',
        userId,
        deviceId,
        cursor: 0,
        nextDeviceSeq: 1,
        lastSyncedAt: null,
      });
      return { deviceId, fresh: true };
    },
  );
}
