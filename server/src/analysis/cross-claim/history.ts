import type { Kysely } from 'kysely';
import { CrossClaimIndex } from '@shared/analysis/cross-claim';
import type { Database } from '../../db/schema';
import { allClaims } from './pending';

/**
 * Every claim and every print with something to compare, loaded into one
 * index. Loaded per pass, and only when there is something to judge: an
 * invoice key and a 16-digit hash per document is small next to the cases.
 */
export async function loadHistory(db: Kysely<Database>): Promise<CrossClaimIndex> {
  const index = new CrossClaimIndex();
  for (const claim of await allClaims(db)) index.addClaim(claim);
  const prints = await db
    .selectFrom('document_prints as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .where((eb) => eb.or([eb('p.invoice_key', 'is not', null), eb('p.dhash', 'is not', null)]))
    .select(['p.document_id', 'p.case_id', 'c.case_number', 'p.filed_at', 'p.invoice', 'p.dhash'])
    .execute();
  for (const p of prints)
    index.addPrint({
      documentId: p.document_id,
      caseId: p.case_id,
      caseNumber: p.case_number,
      filedAt: p.filed_at,
      invoice: p.invoice,
      dHash: p.dhash,
    });
  return index;
}
