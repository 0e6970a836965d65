import type { Kysely } from 'kysely';

/**
 * When each device last began pulling from cursor 0, and how far the change
 * log had been pruned then. A device that started after the last prune reads
 * only the pruned log, so it may page on below min_cursor; one whose cursor
 * dates from before the prune may have missed a pruned scope change and must
 * start over (sync/pull.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sync_bootstraps')
    .addColumn('device_id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('min_cursor', 'int8', (c) => c.notNull())
    .addColumn('started_at', 'int8', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sync_bootstraps').execute();
}
