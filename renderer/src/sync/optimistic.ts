import type { MutationArgs, MutationName } from '@shared/sync/mutations';
import type { Table } from 'dexie';
import {
  deleteCaseRow,
  getCaseRow,
  isPerCase,
  putCaseRow,
  type PerCaseRecords,
} from '../data/case-rows';
import type { OptimisticBaseRow, WorkstationDatabase } from '../data/db';
import { applyWorkspaceOptimistically } from './optimistic-workspace';

export type SyncedTable =
  | 'cases'
  | 'notes'
  | 'caseContacts'
  | 'flags'
  | 'conflicts'
  | 'documents'
  | 'caseEvents'
  | 'caseMaterials'
  | 'siteSurveys';

/** The tables a transaction that applies or settles local effects must hold. */
export function optimisticTables(db: WorkstationDatabase): Table[] {
  return [
    db.optimisticBases,
    db.cases,
    db.notes,
    db.caseContacts,
    db.flags,
    db.conflicts,
    db.documents,
    db.caseEvents,
    db.caseMaterials,
    db.siteSurveys,
  ];
}

/**
 * What a queued mutation looks like locally before the server answers. The
 * server's version replaces it when it syncs down (a higher rowVersion); an
 * effect the server never confirms with a new version is undone by
 * `settleOptimistic`. Runs inside the caller's transaction.
 */
export async function applyOptimistically<N extends MutationName>(
  db: WorkstationDatabase,
  mutationId: string,
  name: N,
  args: MutationArgs<N>,
  actor: { userId: string; teamId: string | null; now: number },
): Promise<void> {
  const a = args as MutationArgs<MutationName>;
  const touch = (table: SyncedTable, rowId: string, caseId: string | null = null) =>
    rememberBase(db, { table, rowId, caseId }, mutationId);
  switch (name) {
    case 'note.add': {
      const n = a as MutationArgs<'note.add'>;
      await touch('notes', n.noteId);
      await db.notes.put({
        id: n.noteId,
        caseId: n.caseId,
        authorId: actor.userId,
        body: n.body,
        mentions: n.mentions,
        createdAt: actor.now,
        rowVersion: 0,
      });
      return;
    }
    case 'contact.add': {
      const c = a as MutationArgs<'contact.add'>;
      await touch('caseContacts', c.contactId, c.caseId);
      await putCaseRow(db, 'caseContacts', {
        id: c.contactId,
        caseId: c.caseId,
        authorId: actor.userId,
        channel: c.channel,
        direction: c.direction,
        outcome: c.outcome,
        nextStep: c.nextStep,
        at: c.at,
        notice: null,
        rowVersion: 0,
      });
      return;
    }
    case 'case.update': {
      const u = a as MutationArgs<'case.update'>;
      await touch('cases', u.caseId);
      await db.cases.update(u.caseId, { ...u.fields, updatedAt: actor.now });
      return;
    }
    case 'case.transition': {
      const t = a as MutationArgs<'case.transition'>;
      await touch('cases', t.caseId);
      await db.cases.update(t.caseId, { state: t.to, updatedAt: actor.now });
      return;
    }
    case 'case.assign': {
      const s = a as MutationArgs<'case.assign'>;
      await touch('cases', s.caseId);
      await db.cases.update(s.caseId, { assigneeId: s.assigneeId, updatedAt: actor.now });
      return;
    }
    case 'case.reserve': {
      const r = a as MutationArgs<'case.reserve'>;
      await touch('cases', r.caseId);
      await db.cases.update(r.caseId, { reservedFen: r.reservedFen, updatedAt: actor.now });
      return;
    }
    case 'flag.verdict': {
      const v = a as MutationArgs<'flag.verdict'>;
      await touch('flags', v.flagId);
      await db.flags.update(v.flagId, {
        verdict: v.verdict,
        verdictReason: v.reason,
        verdictBy: actor.userId,
        verdictAt: actor.now,
      });
      return;
    }
    case 'conflict.resolve': {
      const r = a as MutationArgs<'conflict.resolve'>;
      await touch('conflicts', r.conflictId);
      await db.conflicts.update(r.conflictId, { resolution: r.resolution });
      return;
    }
    case 'case.create': {
      const c = a as MutationArgs<'case.create'>;
      await touch('cases', c.caseId);
      await db.cases.put({
        id: c.caseId,
        caseNumber: null,
        provisionalNumber: c.provisionalNumber,
        line: c.line,
        state: 'REPORTED',
        milestones: { reportChannel: 'staff' },
        customer: {
          id: `local:${c.caseId}`,
          name: c.customer.name,
          kind: c.customer.kind,
          idNumber: c.customer.idNumber,
          phone: c.customer.phone,
          preferredChannel: 'sms',
        },
        policy: null,
        claimedFen: c.claimedFen,
        reservedFen: 0,
        paidFen: 0,
        assigneeId: actor.userId,
        teamId: actor.teamId,
        dedicatedAdvisorId: null,
        greenChannel: false,
        disaster: false,
        complex: false,
        lossAt: c.lossAt,
        reportedAt: c.reportedAt,
        lossLocation: c.lossLocation,
        lossLat: c.lossLat,
        lossLng: c.lossLng,
        description: c.description,
        createdAt: actor.now,
        updatedAt: actor.now,
        rowVersion: 0,
      });
      return;
    }
    case 'document.register': {
      const d = a as MutationArgs<'document.register'>;
      await touch('documents', d.documentId);
      await db.documents.put({
        id: d.documentId,
        caseId: d.caseId,
        sha256: d.sha256,
        fileName: d.fileName,
        mediaType: d.mediaType,
        size: d.size,
        docType: d.docType,
        extractionStatus: 'pending',
        uploadedBy: actor.userId,
        createdAt: actor.now,
        photo: d.photo,
        preview: d.preview,
        originalStored: d.preview === null,
        rowVersion: 0,
      });
      return;
    }
    default:
      // Flags raised and calculations appear when the server confirms them.
      await applyWorkspaceOptimistically(db, name, a, actor, touch);
      return;
  }
}

/** Where a synced row is kept: tables kept per case also need its case to find it. */
interface RowPlace {
  table: SyncedTable;
  rowId: string;
  caseId: string | null;
}

type Row = { id: string; rowVersion: number };

/** Reads, writes and deletes one synced row, whichever way its table keeps it. */
function rowAt(db: WorkstationDatabase, place: RowPlace) {
  const { table, rowId, caseId } = place;
  if (isPerCase(table)) {
    const of = caseId ?? '';
    return {
      get: (): Promise<Row | undefined> => getCaseRow(db, table, of, rowId),
      // The row is one this table gave out (the base kept by rememberBase).
      put: (row: Row) => putCaseRow(db, table, row as PerCaseRecords[typeof table]),
      delete: () => deleteCaseRow(db, table, of, rowId),
    };
  }
  const rows = db.table<Row, string>(table);
  return {
    get: () => rows.get(rowId),
    put: async (row: Row) => void (await rows.put(row)),
    delete: () => rows.delete(rowId),
  };
}

/** Keeps the row as it was before the first queued mutation that changes it. */
async function rememberBase(
  db: WorkstationDatabase,
  place: RowPlace,
  mutationId: string,
): Promise<void> {
  const key = `${place.table}:${place.rowId}`;
  const base = await db.optimisticBases.get(key);
  if (base) {
    await db.optimisticBases.update(key, { mutationIds: [...base.mutationIds, mutationId] });
    return;
  }
  const row = await rowAt(db, place).get();
  await db.optimisticBases.put({ key, ...place, row: row ?? null, mutationIds: [mutationId] });
}

/**
 * Undoes local effects the server answered without a new version: an edit
 * it had nothing to do for, a note it refused or turned into a conflict.
 * Call only once sync has caught up, so every version the server did make
 * is already stored: a row still at its base version (or, created locally,
 * still at version 0) was not confirmed. Rows with mutations still queued
 * wait for them. Returns how many rows were put back.
 */
export async function settleOptimistic(db: WorkstationDatabase): Promise<number> {
  return db.transaction('rw', [db.outbox, ...optimisticTables(db)], async () => {
    const bases = await db.optimisticBases.toArray();
    let undone = 0;
    for (const base of bases) {
      const queued = await db.outbox.where('mutationId').anyOf(base.mutationIds).count();
      if (queued > 0) continue;
      if (await undo(db, base)) undone++;
      await db.optimisticBases.delete(base.key);
    }
    return undone;
  });
}

async function undo(db: WorkstationDatabase, base: OptimisticBaseRow): Promise<boolean> {
  const place = {
    table: base.table as SyncedTable,
    rowId: base.rowId,
    caseId: base.caseId ?? null,
  };
  const row = rowAt(db, place);
  const current = await row.get();
  if (!current) return false;
  if (base.row === null) {
    if (current.rowVersion !== 0) return false;
    await row.delete();
    return true;
  }
  if (current.rowVersion !== base.row.rowVersion) return false;
  await row.put(base.row);
  return true;
}
