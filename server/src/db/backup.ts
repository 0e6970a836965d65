import { rename, rm } from 'node:fs/promises';
import { SERVER_VERSION } from '../version';
import { readBackupHeader, type BackupManifest } from './backup-file';
import type { DatabaseFacts } from './backup-facts';
import { backupPglite, restorePglite } from './backup-pglite';
import { backupPostgres, restorePostgres } from './backup-postgres';
import { MIGRATION_NAMES } from './migrate';

export interface DatabaseLocation {
  /** PostgreSQL when set; otherwise the embedded database in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
}

export interface RestoreReport {
  manifest: BackupManifest;
  /** What the restored database holds, read back from it. */
  restored: DatabaseFacts;
  /** Where the embedded database that was replaced was kept, if there was one. */
  previousDir: string | null;
}

/**
 * Backs up the configured database into one file. Blob files are not in it:
 * they are immutable and content-addressed, backed up by copying the blob
 * directory or by the object store's own versioning.
 */
export async function backupDatabase(
  location: DatabaseLocation,
  outFile: string,
  options: { force?: boolean; now?: number } = {},
): Promise<BackupManifest> {
  const about = { createdAt: options.now ?? Date.now(), serverVersion: SERVER_VERSION };
  // Written beside the target and renamed at the end: a failed backup never looks finished.
  const partial = `${outFile}.partial`;
  try {
    const manifest = location.databaseUrl
      ? await backupPostgres(location.databaseUrl, partial, { kind: 'postgres', ...about })
      : await backupPglite(
          location.dataDir,
          partial,
          { kind: 'pglite', ...about },
          options.force ?? false,
        );
    await rename(partial, outFile);
    return manifest;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * Replaces the configured database with a backup's contents. Refuses, before
 * changing anything, a file that is not a backup, a backup of the other kind
 * of database or of a newer schema, and a database that is in use. The
 * restored sync history is then moved past the workstations' cursors, so
 * they re-bootstrap rather than miss changes (sync/restored-horizon.ts).
 */
export async function restoreDatabase(
  location: DatabaseLocation,
  file: string,
  options: { force?: boolean } = {},
): Promise<RestoreReport> {
  const { manifest, payloadOffset } = await readBackupHeader(file);
  const target = location.databaseUrl ? 'postgres' : 'pglite';
  if (manifest.kind !== target)
    throw new Error(
      `${file} is a backup of ${describeKind(manifest.kind)}, but the configured database is ${describeKind(target)}; nothing was restored.`,
    );
  if (manifest.schema !== null && !MIGRATION_NAMES.includes(manifest.schema))
    throw new Error(
      `${file} was made by a newer version of the service (schema ${manifest.schema}); update the service before restoring it. Nothing was restored.`,
    );
  const force = options.force ?? false;
  if (location.databaseUrl) {
    const restored = await restorePostgres(location.databaseUrl, file, payloadOffset, force);
    return { manifest, restored, previousDir: null };
  }
  return { manifest, ...(await restorePglite(location.dataDir, file, payloadOffset, force)) };
}

const describeKind = (kind: BackupManifest['kind']) =>
  kind === 'pglite' ? 'the embedded database (PGlite)' : 'PostgreSQL';
