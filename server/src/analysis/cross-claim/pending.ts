import type { Kysely } from 'kysely';
import { type ClaimSummary, regionOfAddress } from '@shared/analysis/cross-claim';
import { DocumentRecord } from '@shared/sync/records';
import type { Database } from '../../db/schema';

export interface PendingDocument {
  record: DocumentRecord;
  caseNumber: string;
}

/**
 * Documents not yet read by the cross-claim checks whose file has fully
 * arrived; oldest first, so a backlog is worked through in filing order.
 */
export async function pendingDocuments(
  db: Kysely<Database>,
  limit: number,
): Promise<PendingDocument[]> {
  const rows = await db
    .selectFrom('documents as d')
    .innerJoin('cases as c', 'c.id', 'd.case_id')
    .innerJoin('blobs as b', (j) =>
      j.onRef('b.sha256', '=', 'd.sha256').on('b.complete', '=', true),
    )
    .leftJoin('document_prints as p', 'p.document_id', 'd.id')
    .where('p.document_id', 'is', null)
    .where('d.deleted', '=', false)
    .select(['d.record', 'c.case_number'])
    .orderBy('d.row_version')
    .limit(limit)
    .execute();
  return rows.flatMap((row) => {
    const record = DocumentRecord.safeParse(row.record);
    return record.success ? [{ record: record.data, caseNumber: row.case_number }] : [];
  });
}

/** Cases never judged, or judged before their claimed amount or customer changed. */
export async function pendingClaims(db: Kysely<Database>, limit: number): Promise<ClaimSummary[]> {
  const rows = await db
    .selectFrom('cases as c')
    .leftJoin('claim_reviews as r', 'r.case_id', 'c.id')
    .where('c.deleted', '=', false)
    .where((eb) =>
      eb.or([
        eb('r.case_id', 'is', null),
        eb('r.claimed_fen', '<>', eb.ref('c.claimed_fen')),
        eb('r.customer_id', '<>', eb.ref('c.customer_id')),
      ]),
    )
    .select(CLAIM_COLUMNS)
    .orderBy('c.reported_at')
    .limit(limit)
    .execute();
  return rows.map(claimOf);
}

const CLAIM_COLUMNS = [
  'c.id',
  'c.case_number',
  'c.line',
  'c.loss_location',
  'c.customer_id',
  'c.claimed_fen',
  'c.reported_at',
] as const;

/** Every live case, as the detectors compare them. */
export async function allClaims(db: Kysely<Database>): Promise<ClaimSummary[]> {
  const rows = await db
    .selectFrom('cases as c')
    .where('c.deleted', '=', false)
    .select(CLAIM_COLUMNS)
    .execute();
  return rows.map(claimOf);
}

function claimOf(row: {
  id: string;
  case_number: string;
  line: ClaimSummary['line'];
  loss_location: string;
  customer_id: string;
  claimed_fen: number;
  reported_at: number;
}): ClaimSummary {
  return {
    caseId: row.id,
    caseNumber: row.case_number,
    line: row.line,
    region: regionOfAddress(row.loss_location),
    customerId: row.customer_id,
    claimedFen: row.claimed_fen,
    reportedAt: row.reported_at,
  };
}
