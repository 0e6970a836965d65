import { type JobLogger, type PeriodicJob, startPeriodicJob } from '../../jobs/periodic-job';
import {
  type CrossClaimDeps,
  type CrossClaimReport,
  DEFAULT_CROSS_CLAIM_OPTIONS,
  runCrossClaimChecks,
} from './run-checks';

/** After a full batch the next pass follows at once (a backlog, e.g. a fresh demo), yielding to requests in between. */
const BACKLOG_PAUSE_MS = 250;

/**
 * Runs the cross-claim checks every `everyMs` while the service runs
 * (never when it is 0). Every instance may run them: a file read twice
 * keeps the first print, and a finding already flagged is not raised again.
 */
export function startCrossClaimChecks(
  deps: CrossClaimDeps,
  log: JobLogger,
  everyMs: number,
): PeriodicJob<CrossClaimReport> {
  const { batch } = DEFAULT_CROSS_CLAIM_OPTIONS;
  return startPeriodicJob({
    name: 'cross-claim checks',
    everyMs,
    log,
    run: (signal) => runCrossClaimChecks(deps, DEFAULT_CROSS_CLAIM_OPTIONS, signal),
    describe: (report) =>
      report.read + report.unreadable + report.claims > 0 ? { ...report } : null,
    nextDelayMs: (report) =>
      report.read + report.unreadable >= batch || report.claims >= batch
        ? BACKLOG_PAUSE_MS
        : everyMs,
  });
}
