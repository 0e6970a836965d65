import { sql, type Kysely } from 'kysely';

/**
 * How far a restore moves the sync sequence on: far more sequence numbers
 * than a service hands out in its lifetime, far fewer than int8 or a
 * JavaScript number can count (2^53 leaves room for thousands of restores).
 */
export const RESTORE_SEQUENCE_LEAP = 2 ** 40;

/**
 * A restored database is behind the workstations: they hold cursors (and
 * rows) from changes made after the backup was taken. Left as it is, the
 * service would hand out those sequence numbers again and clients would skip
 * the new changes as already seen. So the sequence leaps far past anything
 * issued before, and min_cursor rises to meet it: every workstation is told
 * to re-bootstrap (after pushing its outbox) on its next sync.
 */
export async function leapPastRestoredHistory<DB>(db: Kysely<DB>): Promise<number> {
  const { rows } = await sql<{ horizon: number }>`
    select setval('sync_seq', (select last_value from sync_seq) + ${RESTORE_SEQUENCE_LEAP}) as horizon`.execute(
    db,
  );
  const horizon = Number(rows[0]?.horizon);
  await sql`update sync_state set value = ${horizon} where name = 'min_cursor'`.execute(db);
  return horizon;
}
