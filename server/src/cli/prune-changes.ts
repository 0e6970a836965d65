import { readConfig } from '../config';
import { pruneChangeLog, pruneOptionsFor } from '../sync/retention';
import { withConfiguredDatabase } from './open-configured-database';
import { runCli } from './run-cli';

/**
 * `npm run prune-changes`: prunes the change log now, by the configured
 * retention (CHANGE_LOG_RETENTION_DAYS, CHANGE_LOG_MIN_ROWS); the running
 * service does the same every CHANGE_LOG_PRUNE_EVERY_MINUTES.
 */
async function main(): Promise<number> {
  const config = readConfig(process.env);
  const { days, minRows } = config.changeLogRetention;
  const report = await withConfiguredDatabase((database) =>
    pruneChangeLog(database.db, pruneOptionsFor(config.changeLogRetention, Date.now())),
  );
  console.log(
    report.pruned === 0
      ? `Nothing to prune: no change-log entry older than ${days} days is superseded (the newest ${minRows} are always kept).`
      : `Pruned ${report.pruned} superseded change-log entries older than ${days} days; the latest entry of every record stays. Workstations whose cursor is below ${report.minCursor} re-bootstrap on their next sync.`,
  );
  return 0;
}

runCli(main);
