import type { ContactRecord, EventRecord, MaterialRecord } from '@shared/sync/records';
import type { CaseRowsRow, Stored, WorkstationDatabase } from './db';

/**
 * A case's events, materials and contacts are kept as one row per case, not
 * one per record: together they are three quarters of what a first sync
 * stores, IndexedDB's cost is per row, and every reader wants a whole case's
 * records at once. Writers call these inside a transaction that holds the
 * table, since each is a read-modify-write of the case's row.
 */

/** The record each per-case table keeps. */
export interface PerCaseRecords {
  caseEvents: Stored<EventRecord>;
  caseMaterials: Stored<MaterialRecord>;
  caseContacts: Stored<ContactRecord>;
}
export type PerCaseTable = keyof PerCaseRecords;

export const PER_CASE_TABLES: readonly PerCaseTable[] = [
  'caseEvents',
  'caseMaterials',
  'caseContacts',
];

export function isPerCase(table: string): table is PerCaseTable {
  return (PER_CASE_TABLES as readonly string[]).includes(table);
}

/** Every stored record of one case, in no particular order. */
export async function caseRowsOf<K extends PerCaseTable>(
  db: WorkstationDatabase,
  table: K,
  caseId: string,
): Promise<PerCaseRecords[K][]> {
  const row = await db.table<CaseRowsRow<PerCaseRecords[K]>, string>(table).get(caseId);
  return row?.rows ?? [];
}

export async function getCaseRow<K extends PerCaseTable>(
  db: WorkstationDatabase,
  table: K,
  caseId: string,
  id: string,
): Promise<PerCaseRecords[K] | undefined> {
  return (await caseRowsOf(db, table, caseId)).find((r) => r.id === id);
}

/** Stores the record, replacing the one with its id. */
export async function putCaseRow<K extends PerCaseTable>(
  db: WorkstationDatabase,
  table: K,
  record: PerCaseRecords[K],
): Promise<void> {
  const rows = await caseRowsOf(db, table, record.caseId);
  await writeCaseRows(db, table, record.caseId, withRecord(rows, record));
}

export async function deleteCaseRow(
  db: WorkstationDatabase,
  table: PerCaseTable,
  caseId: string,
  id: string,
): Promise<void> {
  const rows = await caseRowsOf(db, table, caseId);
  const kept = rows.filter((r) => r.id !== id);
  if (kept.length < rows.length) await writeCaseRows(db, table, caseId, kept);
}

/** Every stored record of every case. */
export async function allCaseRows<K extends PerCaseTable>(
  db: WorkstationDatabase,
  table: K,
): Promise<PerCaseRecords[K][]> {
  const rows = await db.table<CaseRowsRow<PerCaseRecords[K]>, string>(table).toArray();
  return rows.flatMap((row) => row.rows);
}

/** The records with `record` in place of the one with its id, or added. */
function withRecord<T extends { id: string }>(records: readonly T[], record: T): T[] {
  const at = records.findIndex((r) => r.id === record.id);
  if (at < 0) return [...records, record];
  const next = [...records];
  next[at] = record;
  return next;
}

/** Rows of the given records, a row per case. */
export function groupByCase<T extends { caseId: string }>(records: readonly T[]): CaseRowsRow<T>[] {
  const byCase = new Map<string, T[]>();
  for (const record of records) {
    const group = byCase.get(record.caseId);
    if (group) group.push(record);
    else byCase.set(record.caseId, [record]);
  }
  return [...byCase].map(([caseId, rows]) => ({ caseId, rows }));
}

/** A case left without records keeps no row. */
async function writeCaseRows<T>(
  db: WorkstationDatabase,
  table: PerCaseTable,
  caseId: string,
  rows: T[],
): Promise<void> {
  const store = db.table<CaseRowsRow<T>, string>(table);
  if (rows.length === 0) await store.delete(caseId);
  else await store.put({ caseId, rows });
}
