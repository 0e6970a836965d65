import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config';
import { backupDatabase } from '../db/backup';
import { runCli } from './run-cli';

const USAGE = 'Usage: npm run backup -- --out FILE [--force]';

/**
 * `npm run backup -- --out FILE`: the configured database (DATABASE_URL, or
 * the embedded one in DATA_DIR) into one file for `npm run restore`. The
 * embedded database is read with the service stopped; PostgreSQL is dumped
 * live with pg_dump.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.out) {
    console.error(`--out FILE is required.\n${USAGE}`);
    return 1;
  }
  const outFile = path.resolve(values.out);
  const config = readConfig(process.env);
  const started = Date.now();
  const manifest = await backupDatabase(config, outFile, { force: values.force });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `Backed up ${manifest.cases} cases and ${manifest.auditEntries} audit entries (${manifest.kind}, schema ${manifest.schema ?? 'empty'}) to ${outFile} in ${seconds} s.`,
  );
  console.log('Blob files are not in the backup: copy the blob directory or bucket alongside it.');
  return 0;
}

runCli(main);
