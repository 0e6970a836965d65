import { createReadStream, createWriteStream } from 'node:fs';
import { sql } from 'kysely';
import { finished } from 'node:stream/promises';
import { backupHeader, type BackupManifest } from './backup-file';
import { databaseFacts, type DatabaseFacts } from './backup-facts';
import { openDatabase } from './database';
import { leapPastRestoredHistory } from '../sync/restored-horizon';
import { runPgTool } from './pg-tools';

/**
 * PostgreSQL is backed up with pg_dump's custom format, from one consistent
 * snapshot while the service keeps running, and restored with pg_restore
 * --clean in a single transaction: a failed restore leaves the database as
 * it was. Needs the PostgreSQL client tools of the server's major version.
 */
export async function backupPostgres(
  databaseUrl: string,
  outFile: string,
  manifest: Omit<BackupManifest, keyof DatabaseFacts>,
): Promise<BackupManifest> {
  const described: BackupManifest = { ...manifest, ...(await factsOf(databaseUrl)) };
  const out = createWriteStream(outFile);
  out.write(backupHeader(described));
  await runPgTool('pg_dump', databaseUrl, ['--format=custom', '--no-owner'], { stdout: out });
  out.end();
  await finished(out);
  return described;
}

export async function restorePostgres(
  databaseUrl: string,
  file: string,
  payloadOffset: number,
  force: boolean,
): Promise<DatabaseFacts> {
  if (!force) {
    const others = await otherConnections(databaseUrl);
    if (others > 0)
      throw new Error(
        `The database is in use (${others} other connection${others === 1 ? '' : 's'}): stop every instance of the central service first. If what is connected is not the service, pass --force.`,
      );
  }
  await runPgTool(
    'pg_restore',
    databaseUrl,
    ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error'],
    { stdin: createReadStream(file, { start: payloadOffset }) },
  );
  const database = await openDatabase({ databaseUrl, dataDir: 'memory://' });
  try {
    await leapPastRestoredHistory(database.db);
    return await databaseFacts(database.db);
  } finally {
    await database.close();
  }
}

async function factsOf(databaseUrl: string): Promise<DatabaseFacts> {
  const database = await openDatabase({ databaseUrl, dataDir: 'memory://' });
  try {
    return await databaseFacts(database.db);
  } finally {
    await database.close();
  }
}

async function otherConnections(databaseUrl: string): Promise<number> {
  const database = await openDatabase({ databaseUrl, dataDir: 'memory://' });
  try {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()`.execute(database.db);
    return rows[0]?.n ?? 0;
  } finally {
    await database.close();
  }
}
