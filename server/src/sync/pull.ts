import { sql, type Kysely } from 'kysely';
import type { MutationResult, ScopeChange } from '@shared/sync/protocol';
import { PROTOCOL_VERSION } from '@shared/version';
import type { TokenClaims } from '../auth/tokens';
import type { Database } from '../db/schema';
import { textAsBytes } from '../db/text-as-bytes';
import type { EntriesJson, ServedPull } from './pull-body';
import { changeInScopeSql, scopeRowForSql } from './scope';

/** A page of the log as the database sums it up for `pull`. */
interface PageRow {
  /** The highest sequence scanned; null when the range held none. */
  last_seq: number | null;
  scanned: number;
  /** The page's changes, printed as wire entries and joined by commas; null when none. */
  entries: EntriesJson | null;
  /** How many of them are case records (their reading is audited). */
  cases: number;
  /** The scope rows addressed to this user, as [caseId, op] pairs in log order. */
  scope_rows: [string, string][];
}

/**
 * One pull, from one snapshot (REPEATABLE READ): the changes after `cursor`
 * (and at or below `upTo`, when asked) that the user may see now, the scope
 * changes addressed to them, the results of this device's mutations, and the
 * next cursor — the highest sequence scanned, so rows filtered out never
 * stall it. A case that entered the scope
 * arrives whole: its rows at or below the cursor are added. A cursor older
 * than the retained log (min_cursor) is told to re-bootstrap, unless this
 * device began pulling from 0 after the log was last pruned (sync/retention.ts).
 */
export async function pull(
  db: Kysely<Database>,
  principal: TokenClaims,
  request: { deviceId: string; cursor: number; limit: number; upTo?: number | undefined },
  protocol = PROTOCOL_VERSION,
): Promise<ServedPull> {
  // Before the snapshot, in its own statement: a prune committing in between only makes
  // the recorded horizon older than the one the pull sees, which errs towards a reset.
  if (request.cursor === 0) await noteBootstrap(db, principal, request.deviceId);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const minCursor = await trx
        .selectFrom('sync_state')
        .select('value')
        .where('name', '=', 'min_cursor')
        .executeTakeFirstOrThrow();
      if (
        request.cursor > 0 &&
        request.cursor < minCursor.value &&
        !(await bootstrappedSince(trx, principal, request.deviceId, minCursor.value))
      ) {
        return {
          kind: 'reset-required' as const,
          minCursor: minCursor.value,
          message: `Cursor ${request.cursor} is older than the retained change log (from ${minCursor.value}); sync again from the start after pushing pending changes.`,
        };
      }
      const latest = await latestSeq(trx);
      // Every sequence up to `latest` is settled; a range never reaches past it.
      const end = Math.min(request.upTo ?? latest, latest);
      // One pass over the page's rows: each entry is copied once, into the aggregate.
      const { rows } = await textAsBytes(sql<PageRow>`
        select max(seq) as last_seq,
               count(*)::int as scanned,
               string_agg(entry, ',' order by seq)
                 filter (where op in ('upsert', 'delete') and in_scope) as entries,
               (count(*) filter (where op in ('upsert', 'delete') and in_scope and entity = 'case'))::int as cases,
               coalesce(json_agg(json_build_array(case_id, op) order by seq)
                 filter (where op in ('scope-add', 'scope-remove') and for_me and case_id is not null), '[]'::json) as scope_rows
        from (
          select l.seq, l.entity, l.case_id, l.op, ${entryFor(protocol, 'l')} as entry,
                 ${changeInScopeSql(principal)} as in_scope,
                 ${scopeRowForSql(principal)} as for_me
          from change_log l
          where l.seq > ${request.cursor} and l.seq <= ${end}
          order by l.seq
          limit ${request.limit}
        ) page`).execute(trx);
      const summed = rows[0];
      if (!summed) throw new Error('the page summary returned no row');

      const full = summed.scanned === request.limit;
      const hasMore = full || end < latest;
      const cursor = full
        ? Number(summed.last_seq ?? request.cursor)
        : Math.max(request.cursor, end);
      // Only a case's last scope change in the page counts: a case reassigned away and back
      // within one page must not be purged by the client, nor one that came and went be sent.
      const lastScope = new Map<string, string>();
      for (const [caseId, op] of summed.scope_rows) {
        lastScope.delete(caseId);
        lastScope.set(caseId, op);
      }
      const scoped = [...lastScope];
      const added = scoped.filter(([, op]) => op === 'scope-add').map(([caseId]) => caseId);
      const removed = scoped.filter(([, op]) => op === 'scope-remove').map(([caseId]) => caseId);
      const whole = await wholeCases(trx, added, request.cursor, protocol);
      const acks = await trx
        .selectFrom('processed_mutations')
        .select('result')
        .where('device_id', '=', request.deviceId)
        .where('seq', '>', request.cursor)
        .where('seq', '<=', cursor)
        .orderBy('seq')
        .execute();
      return {
        kind: 'changes' as const,
        cursor,
        hasMore,
        latest,
        // A whole case's rows are all at or below the old cursor, so they come first in log order.
        changes: [whole.entries, summed.entries].filter((run) => run !== null),
        cases: whole.cases + summed.cases,
        scope: { added: await describe(trx, added), removed: await describe(trx, removed) },
        acks: acks.map((a) => a.result as unknown as MutationResult),
      };
    });
}

/**
 * Records that this device is starting over from cursor 0, and how far the
 * log had been pruned at that moment (see migrations/0008_sync_bootstraps.ts).
 */
async function noteBootstrap(
  db: Kysely<Database>,
  principal: TokenClaims,
  deviceId: string,
): Promise<void> {
  const now = Date.now();
  await sql`
    insert into sync_bootstraps (device_id, user_id, min_cursor, started_at)
    select ${deviceId}, ${principal.sub}, value, ${now} from sync_state where name = 'min_cursor'
    on conflict (device_id) do update
      set user_id = excluded.user_id, min_cursor = excluded.min_cursor, started_at = excluded.started_at`.execute(
    db,
  );
}

/**
 * True when this device began its bootstrap after the log was last pruned:
 * everything it has read came from the pruned log, so it may page on below
 * min_cursor. A cursor from before the prune may have missed a pruned scope
 * change (a case that left or joined the scope) and must start over.
 */
async function bootstrappedSince(
  trx: Kysely<Database>,
  principal: TokenClaims,
  deviceId: string,
  minCursor: number,
): Promise<boolean> {
  const row = await trx
    .selectFrom('sync_bootstraps')
    .select('min_cursor')
    .where('device_id', '=', deviceId)
    .where('user_id', '=', principal.sub)
    .executeTakeFirst();
  return row !== undefined && row.min_cursor >= minCursor;
}

/** The highest committed sequence visible in this snapshot (never an uncommitted one). */
export async function latestSeq(trx: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ latest: number | null }>`
    select greatest((select max(seq) from change_log), (select max(seq) from processed_mutations)) as latest`.execute(
    trx,
  );
  return Number(rows[0]?.latest ?? 0);
}

/** The current rows of cases that just entered the scope, as of the old cursor, in log order. */
async function wholeCases(
  trx: Kysely<Database>,
  caseIds: string[],
  cursor: number,
  protocol: number,
): Promise<{ entries: EntriesJson | null; cases: number }> {
  if (caseIds.length === 0 || cursor === 0) return { entries: null, cases: 0 };
  const { rows } = await textAsBytes(sql<{ entries: EntriesJson | null; cases: number }>`
    select string_agg(entry, ',' order by seq) as entries,
           (count(*) filter (where entity = 'case'))::int as cases
    from (
      select distinct on (entity, entity_id) seq, entity, ${entryFor(protocol, 'l')} as entry
      from change_log l
      where case_id in (${sql.join(caseIds)}) and seq <= ${cursor} and op in ('upsert', 'delete')
      order by entity, entity_id, seq desc
    ) latest`).execute(trx);
  return rows[0] ?? { entries: null, cases: 0 };
}

/**
 * A log row's wire entry for a client of this protocol: as logged for the
 * current one, printed whole for protocol 1 (migrations/0012_compact_change_entries.ts).
 */
function entryFor(protocol: number, log: string) {
  if (protocol >= PROTOCOL_VERSION) return sql.ref(`${log}.entry`);
  const column = (name: string) => sql.ref(`${log}.${name}`);
  return sql`change_log_entry_v1(${sql.join(
    ['seq', 'entity', 'entity_id', 'case_id', 'op', 'row_version', 'data'].map(column),
  )})`;
}

async function describe(trx: Kysely<Database>, caseIds: string[]): Promise<ScopeChange[]> {
  if (caseIds.length === 0) return [];
  const rows = await trx
    .selectFrom('cases')
    .leftJoin('users', 'users.id', 'cases.assignee_id')
    .select(['cases.id', 'cases.case_number', 'cases.provisional_number', 'users.display_name'])
    .where('cases.id', 'in', [...new Set(caseIds)])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return caseIds.map((caseId) => {
    const row = byId.get(caseId);
    return {
      caseId,
      caseNumber: row?.case_number ?? row?.provisional_number ?? null,
      assigneeName: row?.display_name ?? null,
    };
  });
}
