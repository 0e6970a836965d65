import type { Table } from 'dexie';
import type { ChangeEntry } from '@shared/sync/protocol';
import { REJECTED } from '@shared/sync/record-check-support';
import { RECORD_CHECKS } from '@shared/sync/record-checks.generated';
import { allCaseRows, isPerCase, PER_CASE_TABLES, type PerCaseTable } from '../data/case-rows';
import { type CaseRowsRow, ENTITY_TABLES, type WorkstationDatabase } from '../data/db';

type TableName = (typeof ENTITY_TABLES)[keyof typeof ENTITY_TABLES];

/** How many of a page's changes were stored, skipped as stale, or refused as malformed. */
export interface ApplyReport {
  stored: number;
  stale: number;
  malformed: number;
}

/**
 * Writes one pulled page into the local tables, keeping only changes newer
 * than what is stored (architecture §5 rule 3): a replayed or overlapping
 * page changes nothing. Runs inside the caller's transaction over
 * `applyTables(db)`, which also moves the cursor, so a page lands entirely
 * or not at all.
 */
export async function applyChanges(
  db: WorkstationDatabase,
  changes: readonly ChangeEntry[],
): Promise<ApplyReport> {
  const report: ApplyReport = { stored: 0, stale: 0, malformed: 0 };
  const byTable = new Map<TableName, ChangeEntry[]>();
  for (const change of changes) {
    const table = ENTITY_TABLES[change.entity];
    const entries = byTable.get(table);
    if (entries) entries.push(change);
    else byTable.set(table, [change]);
  }
  for (const [tableName, entries] of byTable) {
    const latest = newestPerId(entries);
    if (isPerCase(tableName)) await applyToPerCase(db, tableName, latest, report);
    else await applyToTable(db, tableName, latest, report);
  }
  return report;
}

type Row = { id: string; rowVersion: number };

/** What a change does to the row stored for it: nothing (stale or malformed), a put or a delete. */
function outcome(
  change: ChangeEntry,
  stored: Row | undefined,
  report: ApplyReport,
): Row | 'delete' | null {
  if (stored && stored.rowVersion >= change.rowVersion) {
    report.stale++;
    return null;
  }
  if (change.deleted || change.data === null) return 'delete';
  // Old or foreign rows are checked at the boundary: a bad record is counted, never stored.
  const record = RECORD_CHECKS[change.entity](change.data);
  if (record === REJECTED) {
    report.malformed++;
    return null;
  }
  // The checked record belongs to this page alone: the version goes onto it, not onto another copy.
  const row: { id: string; rowVersion?: number } = record;
  row.rowVersion = change.rowVersion;
  return row as Row;
}

async function applyToTable(
  db: WorkstationDatabase,
  tableName: TableName,
  latest: readonly ChangeEntry[],
  report: ApplyReport,
): Promise<void> {
  const table = db.table<Row, string>(tableName);
  const mark = await storedUpTo(db, table);
  // Above the mark nothing stored can be newer, so there is nothing to read.
  const current =
    mark !== null && latest.every((c) => c.rowVersion > mark)
      ? []
      : await table.bulkGet(latest.map((c) => c.id));
  const puts: Row[] = [];
  const deletes: string[] = [];
  latest.forEach((change, i) => {
    const result = outcome(change, current[i], report);
    if (result === 'delete') deletes.push(change.id);
    else if (result) puts.push(result);
  });
  if (puts.length) await table.bulkPut(puts);
  if (deletes.length) await table.bulkDelete(deletes);
  if (mark !== null && puts.length > 0) {
    const highest = puts.reduce((max, row) => Math.max(max, row.rowVersion), mark);
    await db.storedUpTo.put({ table: tableName, rowVersion: highest });
  }
  report.stored += puts.length + deletes.length;
}

/** Records of a per-case table land in their case's row: one read and one write per case the page touches. */
async function applyToPerCase(
  db: WorkstationDatabase,
  tableName: PerCaseTable,
  latest: readonly ChangeEntry[],
  report: ApplyReport,
): Promise<void> {
  const byCase = new Map<string, ChangeEntry[]>();
  for (const change of latest) {
    // These records always belong to a case; a change that names none cannot be placed.
    if (change.caseId === null) {
      report.malformed++;
      continue;
    }
    const changes = byCase.get(change.caseId);
    if (changes) changes.push(change);
    else byCase.set(change.caseId, [change]);
  }
  const table = db.table<CaseRowsRow<Row>, string>(tableName);
  const caseIds = [...byCase.keys()];
  const stored = await storedCaseRows(table, caseIds);
  const writes: CaseRowsRow<Row>[] = [];
  caseIds.forEach((caseId) => {
    const records = new Map((stored.get(caseId)?.rows ?? []).map((r) => [r.id, r]));
    let changed = false;
    for (const change of byCase.get(caseId) ?? []) {
      const result = outcome(change, records.get(change.id), report);
      if (result === null) continue;
      if (result === 'delete') records.delete(change.id);
      else records.set(change.id, result);
      changed = true;
      report.stored++;
    }
    if (changed) writes.push({ caseId, rows: [...records.values()] });
  });
  const emptied = writes.filter((w) => w.rows.length === 0).map((w) => w.caseId);
  const filled = writes.filter((w) => w.rows.length > 0);
  if (filled.length) await table.bulkPut(filled);
  if (emptied.length) await table.bulkDelete(emptied);
}

/** Above this many cases, which of them have rows is asked first (see storedCaseRows). */
const FEW_CASES = 50;

/**
 * The stored rows of these cases. A page of a first sync touches hundreds
 * of cases that have no row yet; a read per case, each finding nothing, took
 * about 1.5 s of the page's thread in a 20,000-case first sync. So for many
 * cases, the keys stored between the lowest and highest of them are read in
 * one request, and only the cases among them are read.
 */
async function storedCaseRows(
  table: Table<CaseRowsRow<Row>, string>,
  caseIds: readonly string[],
): Promise<Map<string, CaseRowsRow<Row>>> {
  let wanted = [...caseIds];
  if (wanted.length > FEW_CASES) {
    wanted.sort();
    const [lowest, highest] = [wanted[0] as string, wanted.at(-1) as string];
    const present = new Set(
      await table.where(':id').between(lowest, highest, true, true).primaryKeys(),
    );
    wanted = wanted.filter((caseId) => present.has(caseId));
  }
  const rows = await table.bulkGet(wanted);
  const byCase = new Map<string, CaseRowsRow<Row>>();
  for (const row of rows) if (row) byCase.set(row.caseId, row);
  return byCase;
}

/**
 * The table's mark (see StoredUpToRow), or null when it is not known. An
 * empty table is known to hold nothing.
 */
async function storedUpTo(
  db: WorkstationDatabase,
  table: Table<Row, string>,
): Promise<number | null> {
  const row = await db.storedUpTo.get(table.name);
  if (row) return row.rowVersion;
  return (await table.count()) === 0 ? 0 : null;
}

/** The tables a transaction that applies changes must hold. */
export function applyTables(db: WorkstationDatabase): Table[] {
  return [...SYNCED_TABLE_NAMES.map((name) => db.table(name)), db.storedUpTo, db.optimisticBases];
}

/** Empties every synced table, its mark and its local-effect bases, inside a transaction over `applyTables(db)`. */
export async function clearSyncedTables(db: WorkstationDatabase): Promise<void> {
  for (const name of SYNCED_TABLE_NAMES) await db.table(name).clear();
  await db.storedUpTo.clear();
  await db.optimisticBases.clear();
}

function newestPerId(entries: readonly ChangeEntry[]): ChangeEntry[] {
  const newest = new Map<string, ChangeEntry>();
  for (const entry of entries) {
    const seen = newest.get(entry.id);
    if (!seen || seen.rowVersion < entry.rowVersion) newest.set(entry.id, entry);
  }
  return [...newest.values()];
}

/** Every record a synced table holds, one per record whichever way the table keeps them. */
export async function storedRecords(db: WorkstationDatabase, tableName: TableName): Promise<Row[]> {
  return isPerCase(tableName)
    ? allCaseRows(db, tableName)
    : db.table<Row, string>(tableName).toArray();
}

/** Every local row of a case, for purging a case that left the user's scope. */
export async function purgeCase(db: WorkstationDatabase, caseId: string): Promise<void> {
  await db.cases.delete(caseId);
  for (const table of PER_CASE_TABLES) await db.table(table).delete(caseId);
  for (const table of [
    db.documents,
    db.flags,
    db.notes,
    db.calculations,
    db.approvals,
    db.payments,
    db.conflicts,
    db.siteSurveys,
  ]) {
    await table.where('caseId').equals(caseId).delete();
  }
}

export const SYNCED_TABLE_NAMES: readonly TableName[] = Object.values(ENTITY_TABLES);
