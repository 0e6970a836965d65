import { sql, type Kysely } from 'kysely';
import type { BackupManifest } from './backup-file';

export type DatabaseFacts = Pick<BackupManifest, 'schema' | 'cases' | 'auditEntries'>;

/** What a backup describes its database by, and what a restore reads back to show it worked. */
export async function databaseFacts<DB>(db: Kysely<DB>): Promise<DatabaseFacts> {
  const { rows } = await sql<{ cases: number; audit: number; schema: string | null }>`
    select (select count(*)::int from cases) as cases,
           (select count(*)::int from audit_log) as audit,
           (select max(name) from kysely_migration) as schema`.execute(db);
  const row = rows[0];
  return { cases: row?.cases ?? 0, auditEntries: row?.audit ?? 0, schema: row?.schema ?? null };
}
