import type { Kysely } from 'kysely';
import type { ChangeLogRetentionConfig } from '../config';
import type { Database } from '../db/schema';
import { type JobLogger, type PeriodicJob, startPeriodicJob } from '../jobs/periodic-job';
import { pruneChangeLog, pruneOptionsFor, type PruneReport } from './retention';

/**
 * Prunes the change log every `config.everyMs` while the service runs (never
 * when it is 0). Every instance may run one: prunes are idempotent and
 * min_cursor only ever rises.
 */
export function startChangeLogRetention(
  db: Kysely<Database>,
  log: JobLogger,
  config: ChangeLogRetentionConfig,
  clock: () => number = Date.now,
): PeriodicJob<PruneReport> {
  return startPeriodicJob({
    name: 'change log pruned',
    everyMs: config.everyMs,
    log,
    run: () => pruneChangeLog(db, pruneOptionsFor(config, clock())),
    describe: (report) => (report.pruned > 0 ? { ...report } : null),
  });
}
