import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { backupHeader, type BackupManifest } from './backup-file';
import { databaseFacts, type DatabaseFacts } from './backup-facts';
import { pgliteDirectory } from './database';
import { leapPastRestoredHistory } from '../sync/restored-horizon';
import { pgliteDialect } from './pglite-dialect';

/**
 * The embedded database is backed up as its whole data directory (PGlite's
 * dumpDataDir), and restored by starting PGlite on an empty directory from
 * that tarball. The service must be stopped for both: PGlite does not notice
 * a second instance on its directory, and two would corrupt it.
 */
export async function backupPglite(
  dataDir: string,
  outFile: string,
  manifest: Omit<BackupManifest, keyof DatabaseFacts>,
  force: boolean,
): Promise<BackupManifest> {
  const directory = embeddedDirectory(dataDir);
  if (!existsSync(path.join(directory, 'PG_VERSION')))
    throw new Error(`There is no embedded database in ${directory} to back up.`);
  refuseIfOpen(directory, force);
  return withPglite(directory, {}, async (pglite, db) => {
    const described: BackupManifest = { ...manifest, ...(await databaseFacts(db)) };
    const tarball = await pglite.dumpDataDir('gzip');
    const out = createWriteStream(outFile);
    out.write(backupHeader(described));
    out.end(Buffer.from(await tarball.arrayBuffer()));
    await finished(out);
    return described;
  });
}

export async function restorePglite(
  dataDir: string,
  file: string,
  payloadOffset: number,
  force: boolean,
): Promise<{ restored: DatabaseFacts; previousDir: string | null }> {
  const directory = embeddedDirectory(dataDir);
  refuseIfOpen(directory, force);
  const tarball = new Blob([(await readFile(file)).subarray(payloadOffset)]);
  // The database being replaced is kept aside, not deleted: moving it back undoes the restore.
  const previousDir = await moveAside(directory);
  try {
    await mkdir(directory, { recursive: true });
    const restored = await withPglite(directory, { loadDataDir: tarball }, async (_, db) => {
      await leapPastRestoredHistory(db);
      return databaseFacts(db);
    });
    return { restored, previousDir };
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    if (previousDir) await rename(previousDir, directory);
    throw error;
  }
}

function embeddedDirectory(dataDir: string): string {
  if (dataDir.startsWith('memory://'))
    throw new Error(
      'DATA_DIR is memory://: an in-memory database keeps nothing to back up or restore.',
    );
  return pgliteDirectory(dataDir);
}

/** PGlite writes postmaster.pid while open and removes it on close. */
function refuseIfOpen(directory: string, force: boolean): void {
  if (force || !existsSync(path.join(directory, 'postmaster.pid'))) return;
  throw new Error(
    `The embedded database in ${directory} is in use: stop the central service (and any desktop app running it) first. If it is stopped and this was left by a crash, pass --force.`,
  );
}

async function withPglite<T>(
  directory: string,
  options: { loadDataDir?: Blob },
  work: (pglite: PGlite, db: Kysely<unknown>) => Promise<T>,
): Promise<T> {
  const pglite = await PGlite.create(directory, options);
  const db = new Kysely<unknown>({ dialect: pgliteDialect(pglite) });
  try {
    return await work(pglite, db);
  } finally {
    await db.destroy();
    await pglite.close();
  }
}

async function moveAside(directory: string): Promise<string | null> {
  const entries = await readdir(directory).catch(() => []);
  if (entries.length === 0) return null;
  const aside = `${directory}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await rename(directory, aside);
  return aside;
}
