import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config';
import { restoreDatabase } from '../db/backup';
import { runCli } from './run-cli';

const USAGE = 'Usage: npm run restore -- FILE [--force]';

/**
 * `npm run restore -- FILE`: replaces the configured database with a backup
 * made by `npm run backup`. Stop the service first; it refuses a database in
 * use and a file that is not a backup. Restart the service afterwards:
 * workstations whose cursor the restored log does not know re-bootstrap.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    console.error(`Name one backup file.\n${USAGE}`);
    return 1;
  }
  const config = readConfig(process.env);
  const report = await restoreDatabase(config, path.resolve(file), { force: values.force });
  const made = new Date(report.manifest.createdAt).toISOString();
  console.log(
    `Restored the backup of ${made}: ${report.restored.cases} cases and ${report.restored.auditEntries} audit entries (the backup listed ${report.manifest.cases} and ${report.manifest.auditEntries}).`,
  );
  if (report.previousDir)
    console.log(
      `The database it replaced is kept in ${report.previousDir}; delete it once you are satisfied.`,
    );
  console.log('Check the audit chain with "npm run audit:verify", then start the service.');
  return 0;
}

runCli(main);
