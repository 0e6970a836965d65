import type { Kysely } from 'kysely';
import type { ChangeLogRetentionConfig } from '../config';
import type { Database } from '../db/schema';
import { pruneChangeLog, pruneOptionsFor, type PruneReport } from './retention';

export interface RetentionLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface RetentionJob {
  /** One prune now; a prune already under way is joined, not doubled. */
  runOnce(): Promise<PruneReport>;
  /** Stops the timer and waits for a prune in progress, so the database can close after it. */
  stop(): Promise<void>;
}

/**
 * Prunes the change log every `config.everyMs` while the service runs (never
 * when it is 0). The first prune waits one interval, so starting the service
 * stays quick. Every instance may run one: prunes are idempotent and
 * min_cursor only ever rises.
 */
export function startChangeLogRetention(
  db: Kysely<Database>,
  log: RetentionLogger,
  config: ChangeLogRetentionConfig,
  clock: () => number = Date.now,
): RetentionJob {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<PruneReport> | null = null;
  let stopped = false;

  const runOnce = () => {
    running ??= pruneChangeLog(db, pruneOptionsFor(config, clock())).finally(() => {
      running = null;
    });
    return running;
  };

  const schedule = () => {
    if (stopped || config.everyMs <= 0) return;
    timer = setTimeout(() => {
      runOnce()
        .then((report) => {
          if (report.pruned > 0) log.info({ ...report }, 'change log pruned');
        })
        .catch((error: unknown) => {
          // The database may be restarting: the next interval tries again.
          log.warn(
            { error: error instanceof Error ? error.message : String(error) },
            'change log pruning failed',
          );
        })
        .finally(schedule);
    }, config.everyMs);
    timer.unref();
  };

  schedule();
  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running?.catch(() => undefined);
    },
  };
}
