import {
  type CrossClaimDeps,
  type CrossClaimReport,
  DEFAULT_CROSS_CLAIM_OPTIONS,
  runCrossClaimChecks,
} from './run-checks';

export interface CrossClaimLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface CrossClaimJob {
  /** One pass now; a pass already under way is joined, not doubled. */
  runOnce(): Promise<CrossClaimReport>;
  /** Stops the timer and waits for a pass in progress, so the database can close after it. */
  stop(): Promise<void>;
}

/** After a full batch the next pass follows at once (a backlog, e.g. a fresh demo), yielding to requests in between. */
const BACKLOG_PAUSE_MS = 250;

/**
 * Runs the cross-claim checks every `everyMs` while the service runs
 * (never when it is 0). Every instance may run them: a file read twice
 * keeps the first print, and a finding already flagged is not raised again.
 */
export function startCrossClaimChecks(
  deps: CrossClaimDeps,
  log: CrossClaimLogger,
  everyMs: number,
): CrossClaimJob {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<CrossClaimReport> | null = null;
  let stopped = false;
  const stopping = new AbortController();

  const runOnce = () => {
    running ??= runCrossClaimChecks(deps, DEFAULT_CROSS_CLAIM_OPTIONS, stopping.signal).finally(
      () => {
        running = null;
      },
    );
    return running;
  };

  const schedule = (delay: number) => {
    if (stopped || everyMs <= 0) return;
    timer = setTimeout(() => {
      runOnce()
        .then((report) => {
          if (report.read + report.unreadable + report.claims > 0)
            log.info({ ...report }, 'cross-claim checks');
          const backlog =
            report.read + report.unreadable >= DEFAULT_CROSS_CLAIM_OPTIONS.batch ||
            report.claims >= DEFAULT_CROSS_CLAIM_OPTIONS.batch;
          schedule(backlog ? BACKLOG_PAUSE_MS : everyMs);
        })
        .catch((error: unknown) => {
          // The database may be restarting: the next interval tries again.
          log.warn(
            { error: error instanceof Error ? error.message : String(error) },
            'cross-claim checks failed',
          );
          schedule(everyMs);
        });
    }, delay);
    timer.unref();
  };

  schedule(everyMs);
  return {
    runOnce,
    async stop() {
      stopped = true;
      stopping.abort();
      if (timer) clearTimeout(timer);
      timer = null;
      await running?.catch(() => undefined);
    },
  };
}
