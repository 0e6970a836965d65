import type { AnomalySeverity, OpenFlags } from '@shared/domain/sla';
import type { FlagRecord } from '@shared/sync/records';
import { database, type WorkstationDatabase } from '../../data/db';
import { StoreFeed } from '../../data/store-feed';

const RANK: Record<AnomalySeverity, number> = { low: 1, medium: 2, high: 3 };

type FlagFacts = Pick<FlagRecord, 'caseId' | 'severity' | 'verdict'>;

/** Open flags per case: how many, and the most severe. */
export function openFlagsByCase(flags: readonly FlagFacts[]): Map<string, OpenFlags> {
  const byCase = new Map<string, { count: number; maxSeverity: AnomalySeverity }>();
  for (const flag of flags) {
    if (flag.verdict !== 'open') continue;
    const current = byCase.get(flag.caseId);
    if (!current) byCase.set(flag.caseId, { count: 1, maxSeverity: flag.severity });
    else {
      current.count++;
      if (RANK[flag.severity] > RANK[current.maxSeverity]) current.maxSeverity = flag.severity;
    }
  }
  return byCase;
}

/**
 * Every open flag's case and severity, without opening their sealed
 * evidence: with thousands of open flags, opening it took longer than
 * judging the whole queue. The flags are read straight from IndexedDB,
 * below the layer that opens sealed fields (the case and the severity are
 * never sealed). Being below Dexie, it is invisible to a live query: the
 * feed below is how screens follow the flags.
 */
export async function readOpenFlags(db: WorkstationDatabase): Promise<FlagFacts[]> {
  // Below Dexie nothing opens the database on first use; the app reads this before anything else does.
  await db.open();
  const stored = await new Promise<FlagFacts[]>((resolve, reject) => {
    const request = db
      .backendDB()
      .transaction('flags', 'readonly')
      .objectStore('flags')
      .index('verdict')
      .getAll('open');
    request.onsuccess = () => resolve(request.result as FlagFacts[]);
    request.onerror = () => reject(request.error ?? new Error('reading the open flags failed'));
  });
  return stored.map(({ caseId, severity, verdict }) => ({ caseId, severity, verdict }));
}

/** Open flags per case, read again whenever a flag is written. */
export function openFlagsFeed(db: WorkstationDatabase): StoreFeed<ReadonlyMap<string, OpenFlags>> {
  return new StoreFeed(db, [db.flags.name], {
    read: async () => openFlagsByCase(await readOpenFlags(db)),
  });
}

/** Started with the app, beside the case digests: the queue waits for both. */
export const queueOpenFlags = openFlagsFeed(database);
