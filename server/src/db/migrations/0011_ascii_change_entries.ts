import { sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * The change log's entries (0010_change_log_entries.ts) are printed in
 * ASCII: every other character is written as a JSON \u escape (a pair of
 * them above U+FFFF). A browser turns a UTF-8 body into text about four
 * times faster when it is all ASCII: one Chinese name in a page of
 * thousands of records is enough to put the whole page on the slow path,
 * and that decoding was the largest single cost of a first sync on the
 * workstation's thread. The entries parse to exactly the same values.
 *
 * Only rows holding such characters pay for the escaping, when they are
 * logged; the rows already logged with them are printed again here. The
 * function calls built-ins only: a restore (pg_restore) prints rows with
 * an empty search_path, where a function of ours would not be found.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await printEntries(db, asciiPrinted(fullEntrySql), sql`entry ~ '[^\\x01-\\x7f]'`);
}

/** `entry`, printed in ASCII: only an entry holding other characters pays for escaping them. */
export function asciiPrinted(entry: RawBuilder<string>): RawBuilder<string> {
  return sql<string>`
      select case when printed !~ '[^\\x01-\\x7f]' then printed else (
        select string_agg(
                 case when code < 128 then run[1]
                      when code < 65536 then '\\u' || lpad(to_hex(code), 4, '0')
                      else '\\u' || to_hex(55296 + ((code - 65536) >> 10))
                        || '\\u' || to_hex(56320 + ((code - 65536) & 1023)) end,
                 '' order by n)
        from regexp_matches(printed, '[\\x01-\\x7f]+|[^\\x01-\\x7f]', 'g') with ordinality as r(run, n),
             lateral (select ascii(run[1]) as code) c) end
      from (select ${entry} as printed) entry`;
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await printEntries(db, sql<string>`select ${fullEntrySql}`, sql`position('\\u' in entry) > 0`);
}

/**
 * Replaces the printing function and prints again the rows it would print
 * differently: updating a row recomputes its generated column.
 */
export async function printEntries(
  db: Kysely<unknown>,
  body: RawBuilder<string>,
  printedDifferently: RawBuilder<unknown>,
): Promise<void> {
  await sql`
    create or replace function change_log_entry(seq int8, entity text, entity_id text, case_id text,
                                                op text, row_version int8, data jsonb)
    returns text language sql immutable parallel safe as $$
      ${body}
    $$`.execute(db);
  await sql`update change_log set op = op where ${printedDifferently}`.execute(db);
}

/** The entry as 0010 printed it, from the printing function's arguments. */
export const fullEntrySql = sql<string>`'{"seq":' || seq || ',"entity":' || to_json(entity)::text
        || ',"id":' || to_json(entity_id)::text
        || ',"caseId":' || coalesce(to_json(case_id)::text, 'null')
        || ',"rowVersion":' || row_version
        || ',"deleted":' || (case when op = 'delete' then 'true' else 'false' end)
        || ',"data":' || coalesce(data::text, 'null') || '}'`;
