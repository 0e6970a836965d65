import { sql, type Kysely } from 'kysely';
import type { ChangeLogRetentionConfig } from '../config';
import type { Database } from '../db/schema';

export interface PruneOptions {
  /** Entries written before this moment (epoch ms) may go. */
  olderThan: number;
  /** The newest entries stay whatever their age. */
  keepNewest: number;
}

export interface PruneReport {
  pruned: number;
  /** The oldest cursor the log can still serve incrementally; older ones must re-bootstrap. */
  minCursor: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The prune options a retention configuration means at `now`. */
export function pruneOptionsFor(config: ChangeLogRetentionConfig, now: number): PruneOptions {
  return { olderThan: now - config.days * DAY_MS, keepNewest: config.minRows };
}

/**
 * Drops change-log history older than the retention, never current state.
 *
 * A pull from cursor 0 (a new device, or one told to re-bootstrap) is served
 * from the change log itself, so the newest entry of every record, upserts
 * and tombstones alike, is kept however old: a bootstrap still returns every
 * current row. What goes is history a newer entry supersedes, and scope
 * changes, which only clients part-way through the log need.
 *
 * A client whose cursor is below the highest pruned sequence may have missed
 * one of those, so min_cursor rises to it in the same transaction: from then
 * on such a client is told `reset-required` (architecture §5 rule 10), pushes
 * its outbox and pulls again from 0. Cursors at or above it lose nothing. A
 * device that begins its bootstrap after the prune pages through the pruned
 * log below min_cursor without being reset (see sync/pull.ts), or it would
 * be sent back to cursor 0 after every page.
 */
export async function pruneChangeLog(
  db: Kysely<Database>,
  options: PruneOptions,
): Promise<PruneReport> {
  return db.transaction().execute(async (trx) => {
    const cutoff = await horizon(trx, options);
    if (cutoff !== null) {
      // Sequences are handed out under the sync lock and committed in that order, so no
      // transaction still running can hold a sequence at or below a committed cutoff.
      const { rows } = await sql<{ pruned: number; highest: number | null }>`
        with gone as (
          delete from change_log l
          where l.seq <= ${cutoff}
            and (l.op in ('scope-add', 'scope-remove')
                 or exists (select 1 from change_log n
                            where n.entity = l.entity and n.entity_id = l.entity_id
                              and n.seq > l.seq and n.op in ('upsert', 'delete')))
          returning l.seq
        )
        select count(*)::int8 as pruned, max(seq) as highest from gone`.execute(trx);
      const { pruned, highest } = rows[0] ?? { pruned: 0, highest: null };
      if (highest !== null) {
        await trx
          .updateTable('sync_state')
          .set({ value: sql<number>`greatest(value, ${highest})` })
          .where('name', '=', 'min_cursor')
          .execute();
      }
      await forgetOldBootstraps(trx, options.olderThan);
      return { pruned: Number(pruned), minCursor: await minCursor(trx) };
    }
    await forgetOldBootstraps(trx, options.olderThan);
    return { pruned: 0, minCursor: await minCursor(trx) };
  });
}

/**
 * The highest sequence that may be pruned: old enough, and not among the
 * newest `keepNewest`. Null when either bound leaves nothing.
 */
async function horizon(db: Kysely<Database>, options: PruneOptions): Promise<number | null> {
  const byAge = await db
    .selectFrom('change_log')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('at', '<', options.olderThan)
    .executeTakeFirst();
  const byCount = await db
    .selectFrom('change_log')
    .select('seq')
    .orderBy('seq', 'desc')
    .offset(options.keepNewest)
    .limit(1)
    .executeTakeFirst();
  if (byAge?.seq === undefined || byAge.seq === null || byCount === undefined) return null;
  return Math.min(Number(byAge.seq), byCount.seq);
}

/** A bootstrap begun before the retention horizon has long finished or been abandoned. */
async function forgetOldBootstraps(db: Kysely<Database>, olderThan: number): Promise<void> {
  await db.deleteFrom('sync_bootstraps').where('started_at', '<', olderThan).execute();
}

async function minCursor(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('sync_state')
    .select('value')
    .where('name', '=', 'min_cursor')
    .executeTakeFirstOrThrow();
  return row.value;
}
