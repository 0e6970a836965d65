import { sql, type Kysely } from 'kysely';

/**
 * Each upsert or delete in the change log keeps its wire form, the
 * ChangeEntry JSON a pull sends (shared/sync/protocol.ts), printed once when
 * it is logged. A first sync sends hundreds of thousands of log rows, and
 * printing each jsonb record and its envelope again on every pull was most
 * of the service's work. The column is generated, so every writer (the
 * sync writer, the demo seed, older migrations' rows) gets it without
 * knowing of it, and the rows already logged are printed when the column
 * is added. It costs about the size of the records again.
 *
 * The printing function is declared immutable, which a generated column
 * requires: its inputs are text, numbers and jsonb, whose printing depends
 * on no setting (to_json of text only escapes it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function change_log_entry(seq int8, entity text, entity_id text, case_id text,
                                     op text, row_version int8, data jsonb)
    returns text language sql immutable parallel safe as $$
      select '{"seq":' || seq || ',"entity":' || to_json(entity)::text
        || ',"id":' || to_json(entity_id)::text
        || ',"caseId":' || coalesce(to_json(case_id)::text, 'null')
        || ',"rowVersion":' || row_version
        || ',"deleted":' || (case when op = 'delete' then 'true' else 'false' end)
        || ',"data":' || coalesce(data::text, 'null') || '}'
    $$`.execute(db);
  await db.schema
    .alterTable('change_log')
    .addColumn('entry', 'text', (c) =>
      c
        .generatedAlwaysAs(
          sql`case when op in ('upsert', 'delete')
                then change_log_entry(seq, entity, entity_id, case_id, op, row_version, data) end`,
        )
        .stored(),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('change_log').dropColumn('entry').execute();
  await sql`drop function change_log_entry(int8, text, text, text, text, int8, jsonb)`.execute(db);
}
