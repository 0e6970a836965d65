import { sql, type Kysely } from 'kysely';
import { foldMilestones, type MilestoneEvent } from '@shared/domain/milestones';

/**
 * Each case carries its milestones (the fold of its events) so lists judge
 * deadlines without reading events. Existing cases get theirs from their
 * history, and each such case is logged again so workstations that already
 * hold it receive the milestones on their next pull.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('cases')
    .addColumn('milestones', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();

  // The sync writer's lock: a service still running during the upgrade
  // cannot commit between these sequence numbers and strand a pull cursor.
  await sql`select pg_advisory_xact_lock(7426001)`.execute(db);
  const { rows } = await sql<{ case_id: string; record: MilestoneEvent }>`
    select case_id, record from case_events
    where not deleted
    order by case_id, (record->>'at')::int8, row_version`.execute(db);
  const byCase = new Map<string, MilestoneEvent[]>();
  for (const row of rows) {
    const events = byCase.get(row.case_id) ?? [];
    events.push(row.record);
    byCase.set(row.case_id, events);
  }
  for (const [caseId, events] of byCase) {
    const milestones = JSON.stringify(foldMilestones(events));
    if (milestones === '{}') continue;
    const updated = await sql<{ seq: string }>`
      update cases set milestones = ${milestones}::jsonb, row_version = nextval('sync_seq')
      where id = ${caseId} returning row_version as seq`.execute(db);
    const seq = updated.rows[0]?.seq;
    if (seq === undefined) continue;
    // The case as last logged, with its milestones: a case whose entries were
    // all pruned is one no workstation can still be behind on.
    await sql`
      insert into change_log (seq, entity, entity_id, case_id, op, row_version, data, at)
      select ${seq}, 'case', ${caseId}, ${caseId}, 'upsert', ${seq},
             l.data || jsonb_build_object('milestones', ${milestones}::jsonb),
             (extract(epoch from now()) * 1000)::int8
      from change_log l
      where l.entity = 'case' and l.entity_id = ${caseId} and l.op = 'upsert'
      order by l.seq desc
      limit 1`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cases').dropColumn('milestones').execute();
}
