import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WireChangeEntry } from '@shared/sync/protocol';
import { openDatabase, type OpenDatabase } from '../../server/src/db/database';
import { migratorFor } from '../../server/src/db/migrate';
import { databaseTargets } from './support/databases';

/**
 * The change log keeps each upsert's and delete's wire form
 * (migrations/0010_change_log_entries.ts), printed in ASCII
 * (0011_ascii_change_entries.ts), an upsert without what its record says
 * (0012_compact_change_entries.ts). Rows logged before those migrations must
 * get theirs when they run, and rows logged after them when they are
 * written, on every database target.
 */
describe.each(databaseTargets)('the change log entries migrations on $name', (target) => {
  let database: OpenDatabase;
  let cleanup: () => Promise<void>;

  const note = {
    id: 'note-"1"',
    caseId: 'case-1',
    body: '第一行\n"引号" \\ 反斜杠\t制表 🚗',
    authorId: 'user-1',
  };

  async function log(
    seq: number,
    op: string,
    data: object | null,
    entityId = note.id,
    caseId = 'case-1',
  ) {
    await sql`
      insert into change_log (seq, entity, entity_id, case_id, op, row_version, data,
                              scope_user_id, scope_team_id, at)
      values (${seq}, 'note', ${entityId}, ${caseId}, ${op}, ${seq},
              ${JSON.stringify(data)}::jsonb, ${op === 'scope-add' ? 'user-1' : null}, null,
              ${Date.now()})`.execute(database.db);
  }

  async function entries(): Promise<(string | null)[]> {
    const { rows } = await sql<{ entry: string | null }>`
      select entry from change_log order by seq`.execute(database.db);
    return rows.map((row) => row.entry);
  }

  beforeAll(async () => {
    const created = await target.create();
    cleanup = created.cleanup;
    database = await openDatabase(created);
    const { error } = await migratorFor(database.db).migrateTo('0009_cross_claim_checks');
    expect(error).toBeUndefined();
    await log(1, 'upsert', note);
    await log(2, 'delete', null, 'note-2');
    await log(3, 'scope-add', null, 'case-1');
    const { error: printed } = await migratorFor(database.db).migrateTo('0010_change_log_entries');
    expect(printed).toBeUndefined();
    await log(4, 'upsert', { ...note, id: 'note-4', body: '在 0010 之后记下的 😀' }, 'note-4');
    const { error: latest, results } = await migratorFor(database.db).migrateToLatest();
    expect(latest).toBeUndefined();
    expect(results?.map((r) => [r.migrationName, r.status])).toEqual([
      ['0011_ascii_change_entries', 'Success'],
      ['0012_compact_change_entries', 'Success'],
    ]);
  });
  afterAll(async () => {
    await database?.close();
    await cleanup?.();
  });

  it('prints the rows logged before it as the entries a pull sends', async () => {
    const [upsert, deletion, scope] = await entries();
    expect(WireChangeEntry.parse(JSON.parse(upsert ?? ''))).toEqual({
      seq: 1,
      entity: 'note',
      id: note.id,
      caseId: 'case-1',
      rowVersion: 1,
      deleted: false,
      data: note,
    });
    expect(WireChangeEntry.parse(JSON.parse(deletion ?? ''))).toEqual({
      seq: 2,
      entity: 'note',
      id: 'note-2',
      caseId: 'case-1',
      rowVersion: 2,
      deleted: true,
      data: null,
    });
    // A scope change is no record: it has no entry.
    expect(scope).toBeNull();
  });

  it('prints again, in ASCII, a row logged between the two', async () => {
    const entry = (await entries())[3] ?? '';
    expect(JSON.parse(entry)).toMatchObject({ seq: 4, data: { body: '在 0010 之后记下的 😀' } });
  });

  it('prints a row logged after them when it is written', async () => {
    const edited = { ...note, body: '改过的 "正文" 🚗' };
    await log(5, 'upsert', edited);
    const entry = (await entries())[4];
    expect(WireChangeEntry.parse(JSON.parse(entry ?? ''))).toMatchObject({
      seq: 5,
      rowVersion: 5,
      data: edited,
    });
  });

  it('prints an upsert short when its record says its id, case and version', async () => {
    const [upsert, deletion] = await entries();
    expect(upsert).toMatch(/^\{"seq":1,"entity":"note","data":\{/);
    expect(upsert).not.toContain('"rowVersion"');
    // A deletion has no record to say them.
    expect(deletion).toContain('"rowVersion":2');
  });

  it('prints whole an upsert whose record would say otherwise', async () => {
    await log(6, 'upsert', { ...note, id: 'note-6', caseId: 'case-9' }, 'note-6', 'case-1');
    const entry = (await entries())[5] ?? '';
    expect(entry).toContain('"rowVersion":6');
    expect(WireChangeEntry.parse(JSON.parse(entry))).toMatchObject({
      id: 'note-6',
      caseId: 'case-1',
      data: { caseId: 'case-9' },
    });
  });

  it('prints every entry whole for a client of protocol 1', async () => {
    const { rows } = await sql<{ entry: string | null }>`
      select change_log_entry_v1(seq, entity, entity_id, case_id, op, row_version, data) as entry
      from change_log where op in ('upsert', 'delete') order by seq`.execute(database.db);
    const compact = await entries();
    for (const [i, { entry }] of rows.entries()) {
      expect(entry).toContain('"rowVersion"');
      expect(entry).toMatch(/^[\x20-\x7e]*$/);
      const current = compact.filter((e) => e !== null)[i] ?? '';
      expect(JSON.parse(entry ?? '')).toEqual(WireChangeEntry.parse(JSON.parse(current)));
    }
  });

  it('prints every entry in ASCII, other characters as JSON escapes', async () => {
    const printed = (await entries()).filter((entry) => entry !== null);
    expect(printed).toHaveLength(5);
    for (const entry of printed) expect(entry).toMatch(/^[\x20-\x7e]*$/);
    // A character above U+FFFF is a pair of escapes, as JSON.stringify would write them.
    expect(printed.join()).toContain('\\ud83d\\ude97');
  });

  it('prints the entries as they were once undone', async () => {
    const { error: whole } = await migratorFor(database.db).migrateTo('0011_ascii_change_entries');
    expect(whole).toBeUndefined();
    for (const entry of (await entries()).filter((e) => e !== null))
      expect(entry).toContain('"rowVersion"');
    const { error } = await migratorFor(database.db).migrateTo('0010_change_log_entries');
    expect(error).toBeUndefined();
    const [first] = await entries();
    expect(first).toContain('第一行');
    expect(JSON.parse(first ?? '')).toMatchObject({ seq: 1, data: note });
    const { error: again } = await migratorFor(database.db).migrateToLatest();
    expect(again).toBeUndefined();
  });
});
