import { sql, type Kysely } from 'kysely';
import { asciiPrinted, fullEntrySql, printEntries } from './0011_ascii_change_entries';

/**
 * Sync protocol 2 prints an upsert's entry without what its record already
 * says: `{"seq":…,"entity":…,"data":{…}}`. Its id is the record's id, its
 * case the record's caseId (a case's own id for a case), and its rowVersion
 * its seq; the workstation fills them in (shared/sync/protocol.ts). Those
 * fields were a quarter of a first sync's 230 MB: bytes every pull carries,
 * often over a field laptop's mobile connection.
 *
 * An entry is printed short only when those rules give back exactly what
 * was logged; a deletion, or any row they would not describe, keeps the
 * whole form, which protocol 2 reads as well. Clients of protocol 1 are
 * still served: their entries are printed at pull time by
 * `change_log_entry_v1`, the whole form of 0011.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function change_log_entry_v1(seq int8, entity text, entity_id text, case_id text,
                                        op text, row_version int8, data jsonb)
    returns text language sql immutable parallel safe as $$
      ${asciiPrinted(fullEntrySql)}
    $$`.execute(db);
  await printEntries(
    db,
    asciiPrinted(sql<string>`case when ${describedByRecord}
        then '{"seq":' || seq || ',"entity":' || to_json(entity)::text || ',"data":' || data::text || '}'
        else ${fullEntrySql} end`),
    sql`op = 'upsert'`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await printEntries(db, asciiPrinted(fullEntrySql), sql`op = 'upsert'`);
  await sql`drop function change_log_entry_v1(int8, text, text, text, text, int8, jsonb)`.execute(
    db,
  );
}

/** True when the record says the entry's id, case and version (the rules above). */
const describedByRecord = sql<boolean>`op = 'upsert' and row_version = seq
        and jsonb_typeof(data) = 'object' and jsonb_typeof(data->'id') = 'string'
        and data->>'id' = entity_id
        and case_id is not distinct from (case when entity = 'case' then entity_id
                                               when jsonb_typeof(data->'caseId') = 'string' then data->>'caseId' end)`;
