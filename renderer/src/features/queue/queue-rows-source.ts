import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { caseDigestFeed } from '../../data/case-digests/feed';
import { database } from '../../data/db';
import { inSlices } from '../../lib/in-slices';
import { useMinuteClock } from '../../lib/use-minute-clock';
import { useSyncStatus } from '../../sync/sync-context';
import { queueOpenFlags } from './open-flags';
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
  // The time the rows are judged at. A new minute is judged a slice at a time and shown once whole.
  const [judgedAt, setJudgedAt] = useState(now);
  const cache = useRef<QueueRowCache | null>(null);
  // The cases come from their digests: a fraction of the records, and quick to read.
  const feed = useSyncExternalStore(caseDigestFeed.subscribe, caseDigestFeed.getSnapshot);
  const cases = feed.value;
  const flags = useSyncExternalStore(queueOpenFlags.subscribe, queueOpenFlags.getSnapshot);
  const openFlags = flags.value;
  const data = useLiveQuery(async () => {
    const [users, teams] = await Promise.all([database.users.toArray(), database.teams.toArray()]);
    return { users, teams };
  }, []);

  // Names change rarely; keyed by content so the row cache survives each sync.
  const namesKey = data?.users.map((u) => `${u.id}\u0000${u.displayName}`).join('\u0001');
  const userNames = useMemo(
    () => data && new Map(data.users.map((u) => [u.id, u.displayName])),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by content, see above
    [namesKey],
  );
  const rows = useMemo(() => {
    // Each of the three changes every row: judging waits for all of them, not twice.
    if (!cases || !openFlags || !userNames) return undefined;
    cache.current ??= new QueueRowCache();
    return cache.current.rows(cases, { now: judgedAt, userNames, openFlags });
  }, [cases, openFlags, judgedAt, userNames]);
  useEffect(() => {
    if (now === judgedAt || !cases || !openFlags || !userNames) return;
    const rowCache = (cache.current ??= new QueueRowCache());
    const context = { now, userNames, openFlags };
    return inSlices(
      (timeLeft) => rowCache.prepare(cases, context, timeLeft),
      () => setJudgedAt(now),
    );
  }, [now, judgedAt, cases, openFlags, userNames]);
  const teamNames = useMemo(
    () => new Map((data?.teams ?? []).map((t) => [t.id, t.name])),
    [data?.teams],
  );

  const firstSyncPending = sync.lastSyncedAt === null && (rows?.length ?? 0) === 0;
  const waiting = firstSyncPending && sync.phase !== 'stopped' && sync.error === null;
  const readError = feed.error ?? flags.error;
  const failure = rows === undefined ? readError?.message : firstSyncPending ? sync.error : null;
  // One object per change: the screens reading it rework 100,000 rows only when they must.
  return useMemo<QueueState>(() => {
    if (failure) return { status: 'error', message: failure };
    if (rows === undefined || waiting) return { status: 'loading' };
    return { status: 'ready', rows, teamNames };
  }, [failure, rows, waiting, teamNames]);
}
