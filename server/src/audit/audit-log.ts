import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { canonicalJson } from './canonical-json';

/** Appends are serialised by their own lock: the chain has exactly one tail. */
const AUDIT_LOCK_KEY = 7_426_002;
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  caseId: string | null;
  detail: Record<string, unknown>;
}

export interface StoredAuditEntry extends AuditEntry {
  id: number;
  at: number;
  prevHash: string;
}

/** The hash covers the entry's id, time, content and the previous hash: a changed, removed or reordered row breaks the chain. */
export function auditHash(entry: StoredAuditEntry): string {
  const { prevHash, ...content } = entry;
  return createHash('sha256').update(prevHash).update(canonicalJson(content)).digest('hex');
}

/**
 * Appends one entry inside the caller's transaction, so an audit entry
 * exists exactly when the change it describes does. No personal data goes
 * into `detail`: ids and field names, never names or ID numbers.
 */
export function appendAudit(
  trx: Kysely<Database>,
  entry: AuditEntry,
  now = Date.now(),
): Promise<void> {
  return appendAuditEntries(trx, [entry], now);
}

/**
 * Appends entries in order inside the caller's transaction: one lock, one
 * read of the tail and one insert however many there are, so a batch of
 * writes pays for its audit once.
 */
export async function appendAuditEntries(
  trx: Kysely<Database>,
  entries: readonly AuditEntry[],
  now = Date.now(),
): Promise<void> {
  if (entries.length === 0) return;
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  const tail = await trx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const { rows: ids } = await sql<{ id: number }>`
    select nextval('audit_seq')::int8 as id from generate_series(1, ${entries.length})`.execute(
    trx,
  );
  // The chain is verified in id order, so entries take the ids in ascending order.
  const sortedIds = ids.map((row) => Number(row.id)).sort((a, b) => a - b);
  let prevHash = tail?.hash ?? GENESIS_HASH;
  const values = entries.map((entry, i) => {
    const stored: StoredAuditEntry = { ...entry, id: sortedIds[i] ?? 0, at: now, prevHash };
    prevHash = auditHash(stored);
    return {
      id: stored.id,
      at: stored.at,
      actor: stored.actor,
      action: stored.action,
      entity: stored.entity,
      entity_id: stored.entityId,
      case_id: stored.caseId,
      detail: JSON.stringify(stored.detail),
      prev_hash: stored.prevHash,
      hash: prevHash,
    };
  });
  await trx.insertInto('audit_log').values(values).execute();
}

/** Appends in a transaction of its own (reads of personal data are audited this way). */
export function auditInOwnTransaction(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  return db.transaction().execute((trx) => appendAudit(trx, entry));
}

export type ChainVerdict =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenId: number; reason: string };

/** Walks the chain in id order; names the first entry whose hash or link does not hold. */
export async function verifyAuditChain(db: Kysely<Database>, batch = 2000): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let entries = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(batch)
      .execute();
    if (rows.length === 0) return { ok: true, entries };
    for (const row of rows) {
      entries++;
      if (row.prev_hash !== prevHash) {
        return {
          ok: false,
          entries,
          brokenId: row.id,
          reason:
            'its link to the previous entry does not match (an entry before it was removed or changed)',
        };
      }
      const expected = auditHash({
        id: row.id,
        at: row.at,
        actor: row.actor,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
        caseId: row.case_id,
        detail: row.detail,
        prevHash: row.prev_hash,
      });
      if (expected !== row.hash)
        return {
          ok: false,
          entries,
          brokenId: row.id,
          reason: 'its content does not match its hash (the entry was altered)',
        };
      prevHash = row.hash;
      lastId = row.id;
    }
  }
}
