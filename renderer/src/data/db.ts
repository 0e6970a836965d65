import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { MutationResult } from '@shared/sync/protocol';
import type { OutboxEntry } from '@shared/sync/outbox';
import type {
  ApprovalRecord,
  CalculationRecord,
  CaseRecord,
  ConflictRecord,
  SiteSurveyRecord,
  ContactRecord,
  DocumentRecord,
  EventRecord,
  FlagRecord,
  MaterialRecord,
  NoteRecord,
  PaymentRecord,
  TeamRecord,
  UserRecord,
} from '@shared/sync/records';
import { groupByCase } from './case-rows';
import { caseDigestsMiddleware } from './case-digests/middleware';
import { packOfCases } from './case-digests/pack';
import type { DigestLogRow, DigestPackRow } from './case-digests/store';
import { deviceKeys, type KeyRing } from './sealing/device-key';
import { PERSONAL_FIELDS } from './sealing/personal-fields';
import { sealingMiddleware } from './sealing/sealing-middleware';

export interface PreferenceRow {
  key: string;
  value: unknown;
}

/** A synced record as stored: the record itself plus the server version it came with (0: local only). */
export type Stored<T> = T & { rowVersion: number };

export interface SyncStateRow {
  key: 'session';
  userId: string;
  deviceId: string;
  cursor: number;
  nextDeviceSeq: number;
  lastSyncedAt: number | null;
}

/** A mutation the server answered `rejected`: shown to its author until dismissed. */
export interface RejectionRow {
  mutationId: string;
  name: string;
  caseId: string | null;
  result: MutationResult;
  at: number;
  dismissed: 0 | 1;
}

/** A site survey being filled in: kept on every change so nothing typed at the scene is lost. */
export interface SurveyDraftRow {
  caseId: string;
  /** The form as typed, valid or not. */
  draft: unknown;
  updatedAt: number;
}

/** A photo's small copy for lists, keyed by the original's fingerprint; made once, on import. */
export interface ThumbnailRow {
  sha256: string;
  bytes: Blob;
}

/** What the user must be told: a case left their scope, and who has it now. */
export interface NoticeRow {
  id?: number;
  kind: 'case-left-scope' | 'case-joined-scope';
  caseId: string;
  caseNumber: string | null;
  assigneeName: string | null;
  at: number;
  seen: 0 | 1;
}

export interface UploadRow {
  sha256: string;
  caseId: string;
  fileName: string;
  mediaType: string;
  size: number;
  received: number;
  state: 'queued' | 'uploading' | 'done' | 'failed';
  error: string | null;
  createdAt: number;
  /**
   * 'later' for a field photo's original, which follows its preview once the
   * metadata is through; absent (or 'first') for everything that must reach
   * the service before the metadata naming it.
   */
  phase?: UploadPhase;
}

export type UploadPhase = 'first' | 'later';

/**
 * At least the highest rowVersion sync ever stored in a table. A change above
 * it cannot be older than a stored row, so sync writes it without reading
 * first. No row means "not known" (a table filled before this was kept), and
 * sync then reads; the mark only ever rises, and goes only with the table's rows.
 */
export interface StoredUpToRow {
  table: string;
  rowVersion: number;
}

/**
 * A synced row as it was before this device's queued mutations changed it
 * locally (null: they created it), and which mutations those are. Once none
 * of them is queued any more and sync has caught up, a row the server did
 * not replace with a newer version goes back to this.
 */
export interface OptimisticBaseRow {
  key: string;
  table: string;
  rowId: string;
  /** The row's case, which a per-case table (case-rows.ts) needs to find it; absent in older rows. */
  caseId?: string | null;
  row: { id: string; rowVersion: number } | null;
  mutationIds: string[];
}

/** One case's records of a per-case table (see case-rows.ts). */
export interface CaseRowsRow<T> {
  caseId: string;
  rows: T[];
}

export interface BlobRow {
  sha256: string;
  bytes: Blob;
  size: number;
  lastUsedAt: number;
  /** 1 while the file has not reached the server: never evicted. */
  pinned: 0 | 1;
  /** 1 when `bytes` is sealed under the device key (see sealing/sealed-files). */
  sealed?: 1;
}

/**
 * The workstation's local database. Every version stays declared so an old
 * database upgrades in place; synced tables hold records as sync delivers
 * them, plus their rowVersion.
 */
export class WorkstationDatabase extends Dexie {
  preferences!: EntityTable<PreferenceRow, 'key'>;
  cases!: Table<Stored<CaseRecord>, string>;
  caseEvents!: Table<CaseRowsRow<Stored<EventRecord>>, string>;
  caseMaterials!: Table<CaseRowsRow<Stored<MaterialRecord>>, string>;
  documents!: Table<Stored<DocumentRecord>, string>;
  flags!: Table<Stored<FlagRecord>, string>;
  notes!: Table<Stored<NoteRecord>, string>;
  caseContacts!: Table<CaseRowsRow<Stored<ContactRecord>>, string>;
  calculations!: Table<Stored<CalculationRecord>, string>;
  approvals!: Table<Stored<ApprovalRecord>, string>;
  payments!: Table<Stored<PaymentRecord>, string>;
  conflicts!: Table<Stored<ConflictRecord>, string>;
  siteSurveys!: Table<Stored<SiteSurveyRecord>, string>;
  surveyDrafts!: Table<SurveyDraftRow, string>;
  thumbnails!: Table<ThumbnailRow, string>;
  users!: Table<Stored<UserRecord>, string>;
  teams!: Table<Stored<TeamRecord>, string>;
  outbox!: Table<OutboxEntry, number>;
  rejections!: Table<RejectionRow, string>;
  notices!: Table<NoticeRow, number>;
  syncState!: Table<SyncStateRow, string>;
  uploads!: Table<UploadRow, string>;
  blobs!: Table<BlobRow, string>;
  storedUpTo!: Table<StoredUpToRow, string>;
  optimisticBases!: Table<OptimisticBaseRow, string>;
  digestLog!: Table<DigestLogRow, number>;
  digestPack!: Table<DigestPackRow, string>;

  /** `keys` seals personal fields at rest (see sealing/); the device's own by default. */
  constructor(name = 'workstation', keys: KeyRing = deviceKeys) {
    super(name);
    this.version(1).stores({ preferences: 'key' });
    this.version(2).stores({
      cases: 'id, assigneeId, teamId, state, line, reportedAt',
      events: 'id, caseId',
      materials: 'id, caseId',
      documents: 'id, caseId, sha256',
      flags: 'id, caseId, documentId',
      notes: 'id, caseId',
      contacts: 'id, caseId',
      calculations: 'id, caseId',
      conflicts: 'id, caseId, resolution',
      users: 'id, teamId',
      teams: 'id',
      outbox: 'deviceSeq, &mutationId',
      rejections: 'mutationId, dismissed',
      notices: '++id, seen',
      syncState: 'key',
      uploads: 'sha256, state',
      blobs: 'sha256, lastUsedAt, pinned',
    });
    // A case's files show their upload progress.
    this.version(3).stores({ uploads: 'sha256, state, caseId' });
    // Adjudication: decisions submitted for approval, and the payments made.
    this.version(4).stores({ approvals: 'id, caseId, status', payments: 'id, caseId' });
    // A first sync writes pulled rows without reading each one first; local
    // effects the server did not confirm are undone.
    this.version(5).stores({ storedUpTo: 'table', optimisticBases: 'key' });
    // The queue counts open flags per case and reads each case's milestones;
    // cases stored before milestones existed get none until the service sends them.
    this.version(6)
      .stores({ flags: 'id, caseId, documentId, verdict' })
      .upgrade((tx) =>
        tx
          .table<Stored<CaseRecord>>('cases')
          .toCollection()
          .modify((c) => {
            c.milestones ??= {};
          }),
      );
    // Case digests in buckets, replaced by version 11 (which fills its own).
    this.version(7).stores({ caseDigests: 'bucket' });
    // The workspace offers items on file from the same customer's earlier claims.
    this.version(8).stores({
      cases: 'id, assigneeId, teamId, state, line, reportedAt, customer.id',
    });
    // Field work: site survey reports, and the drafts autosaved as a surveyor types.
    this.version(9).stores({
      siteSurveys: 'id, caseId',
      surveyDrafts: 'caseId',
      thumbnails: 'sha256',
    });
    // Personal fields are sealed at rest: rows stored before that are rewritten sealed.
    this.version(10).upgrade(async (tx) => {
      for (const table of Object.keys(PERSONAL_FIELDS)) {
        const rows = await tx.table(table).toArray();
        if (rows.length > 0) await tx.table(table).bulkPut(rows);
      }
    });
    // The queue opens from case digests kept beside the cases: a pack and a log (see case-digests/).
    this.version(11)
      .stores({ caseDigests: null, digestLog: '++seq', digestPack: 'key' })
      .upgrade(async (tx) => {
        const cases = await tx.table<Stored<CaseRecord>>('cases').toArray();
        await tx.table<DigestPackRow>('digestPack').put(packOfCases(cases));
      });
    // A case's events, materials and contacts are kept in one row per case (see case-rows.ts).
    this.version(12)
      .stores({
        events: null,
        materials: null,
        contacts: null,
        caseEvents: 'caseId',
        caseMaterials: 'caseId',
        caseContacts: 'caseId',
      })
      .upgrade(async (tx) => {
        for (const [from, to] of PER_CASE_MOVES) await moveToPerCase(tx, from, to);
      });
    this.use(sealingMiddleware(keys));
    this.use(caseDigestsMiddleware);
  }
}

const PER_CASE_MOVES = [
  ['events', 'caseEvents'],
  ['materials', 'caseMaterials'],
  ['contacts', 'caseContacts'],
] as const;

/**
 * Version 12's move of a table of one row per record into a per-case table:
 * its rows, its mark (the new table has none yet), and the local effects
 * waiting on its rows, which now also need the case to find the row.
 */
async function moveToPerCase(tx: Transaction, from: string, to: string): Promise<void> {
  const records = await tx.table<{ id: string; caseId: string }>(from).toArray();
  await tx.table(to).bulkPut(groupByCase(records));
  await tx.table<StoredUpToRow, string>('storedUpTo').delete(from);
  const caseOf = new Map(records.map((r) => [r.id, r.caseId]));
  const bases = tx.table<OptimisticBaseRow, string>('optimisticBases');
  const moved = await bases.where('key').startsWith(`${from}:`).toArray();
  await bases.bulkDelete(moved.map((base) => base.key));
  await bases.bulkPut(
    moved.map((base) => ({
      ...base,
      key: `${to}:${base.rowId}`,
      table: to,
      caseId: caseOf.get(base.rowId) ?? null,
    })),
  );
}

/** The synced tables by entity name, as sync delivers them. */
export const ENTITY_TABLES = {
  case: 'cases',
  event: 'caseEvents',
  material: 'caseMaterials',
  document: 'documents',
  flag: 'flags',
  note: 'notes',
  contact: 'caseContacts',
  calculation: 'calculations',
  approval: 'approvals',
  payment: 'payments',
  conflict: 'conflicts',
  siteSurvey: 'siteSurveys',
  user: 'users',
  team: 'teams',
} as const satisfies Record<string, keyof WorkstationDatabase>;

export const database = new WorkstationDatabase();
