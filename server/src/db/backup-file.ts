import { open } from 'node:fs/promises';
import { z } from 'zod';
import { describeIssues } from '@shared/lib/zod-issues';

/**
 * A backup file: one line naming the format, one line of JSON describing the
 * backup, then the database's own dump (a PGlite data-directory tarball or a
 * pg_dump custom archive). The first two lines let restore refuse anything
 * else before it touches a database.
 */
const MAGIC = 'ADJUSTER-WORKSTATION-BACKUP 1\n';
/** The header is a few hundred bytes; a file whose first lines are longer is not ours. */
const MAX_HEADER_BYTES = 64 * 1024;

export const BackupManifest = z.object({
  kind: z.enum(['pglite', 'postgres']),
  createdAt: z.number().int(),
  serverVersion: z.string(),
  /** The newest migration applied to the database when it was backed up. */
  schema: z.string().nullable(),
  cases: z.number().int().nonnegative(),
  auditEntries: z.number().int().nonnegative(),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

export class NotABackupError extends Error {
  constructor(file: string, why: string) {
    super(`${file} is not a backup made by "npm run backup" (${why}); nothing was restored.`);
  }
}

/** The two header lines, to be written before the dump itself. */
export function backupHeader(manifest: BackupManifest): Buffer {
  return Buffer.from(`${MAGIC}${JSON.stringify(manifest)}\n`, 'utf8');
}

/** Reads and checks a backup's header; `payloadOffset` is where the dump starts. */
export async function readBackupHeader(
  file: string,
): Promise<{ manifest: BackupManifest; payloadOffset: number }> {
  const handle = await open(file, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(MAX_HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, MAX_HEADER_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (!head.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC)))
    throw new NotABackupError(file, 'it does not start with the backup marker');
  const end = head.indexOf(0x0a, MAGIC.length);
  if (end < 0) throw new NotABackupError(file, 'its description line is missing or too long');
  let json: unknown;
  try {
    json = JSON.parse(head.subarray(MAGIC.length, end).toString('utf8'));
  } catch {
    throw new NotABackupError(file, 'its description is not valid JSON');
  }
  const parsed = BackupManifest.safeParse(json);
  if (!parsed.success) throw new NotABackupError(file, describeIssues(parsed.error));
  return { manifest: parsed.data, payloadOffset: end + 1 };
}
