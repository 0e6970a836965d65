import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import { database } from '../../data/db';
import { useMinuteClock } from '../../lib/use-minute-clock';
import { useSyncStatus } from '../../sync/sync-context';
import { openFlagsByCase } from './open-flags';
import { QueueRowCache } from './queue-row-cache';
import type { QueueRow } from './queue-row';

export type QueueState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; rows: QueueRow[]; teamNames: ReadonlyMap<string, string> };

/**
 * The cases in the user's scope, judged against their deadlines, from this
 * device's database: it works with no network and updates as sync lands.
 */
export function useQueueRowsSource(): QueueState {
  const sync = useSyncStatus();
  const now = useMinuteClock();
  const cache = useRef<QueueRowCache | null>(null);
  const data = useLiveQuery(async () => {
    const [cases, users, teams, flags] = await Promise.all([
      database.cases.toArray(),
      database.users.toArray(),
      database.teams.toArray(),
      database.flags.where('verdict').equals('open').toArray(),
    ]);
    return { cases, users, teams, flags };
  }, []);

  // Names change rarely; keyed by content so the row cache survives each sync.
  const namesKey = data?.users.map((u) => `${u.id}\u0000${u.displayName}`).join('\u0001');
  const userNames = useMemo(
    () => new Map((data?.users ?? []).map((u) => [u.id, u.displayName])),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by content, see above
    [namesKey],
  );
  const rows = useMemo(() => {
    if (!data) return undefined;
    cache.current ??= new QueueRowCache();
    return cache.current.rows(data.cases, {
      now,
      userNames,
      openFlags: openFlagsByCase(data.flags),
    });
  }, [data, now, userNames]);
  const teamNames = useMemo(
    () => new Map((data?.teams ?? []).map((t) => [t.id, t.name])),
    [data?.teams],
  );

  const firstSyncPending = sync.lastSyncedAt === null && (rows?.length ?? 0) === 0;
  if (rows === undefined || (firstSyncPending && sync.phase !== 'stopped' && sync.error === null))
    return { status: 'loading' };
  if (firstSyncPending && sync.error) return { status: 'error', message: sync.error };
  return { status: 'ready', rows, teamNames };
}
