import type { Kysely } from 'kysely';

/**
 * Site survey reports (查勘报告), a satellite of the case like its notes: the
 * record as workstations see it, beside the columns the service queries by.
 * A case has at most one report; a later submission replaces it in place, so
 * the row keeps the id of the first one submitted (unique per case below).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('site_surveys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('row_version', 'int8', (c) => c.notNull())
    .addColumn('updated_at', 'int8', (c) => c.notNull())
    .addColumn('deleted', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('record', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('site_surveys_case_uq')
    .on('site_surveys')
    .column('case_id')
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('site_surveys').execute();
}
