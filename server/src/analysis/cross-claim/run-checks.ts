import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { BlobStore } from '../../blobs/blob-store';
import type { PokeHub } from '../../sync/pokes';
import { loadHistory } from './history';
import { pendingClaims, pendingDocuments } from './pending';
import { readDocumentPrint } from './read-document';
import { withFindings } from './record-findings';

export interface CrossClaimDeps {
  db: Kysely<Database>;
  blobs: BlobStore;
  pokes: PokeHub;
}

export interface CrossClaimOptions {
  /** Documents and claims judged per pass; the rest wait for the next. */
  batch: number;
  /** Reading one file may take this long before it is recorded as unreadable. */
  budgetMs: number;
}

export interface CrossClaimReport {
  read: number;
  unreadable: number;
  claims: number;
  raised: number;
}

export const DEFAULT_CROSS_CLAIM_OPTIONS: CrossClaimOptions = { batch: 200, budgetMs: 20_000 };

/**
 * One pass of the cross-claim checks: reads the print of every newly
 * arrived file and judges it against all earlier ones, then judges every
 * new or changed claim against its peers and the same party's claims. The
 * flags raised sync down to the workstations in scope. Each file is its
 * own transaction, so a pass cut short keeps what it finished, and the
 * event loop is let go between files so requests are not held up.
 */
export async function runCrossClaimChecks(
  deps: CrossClaimDeps,
  options: CrossClaimOptions = DEFAULT_CROSS_CLAIM_OPTIONS,
  signal?: AbortSignal,
): Promise<CrossClaimReport> {
  const report: CrossClaimReport = { read: 0, unreadable: 0, claims: 0, raised: 0 };
  const documents = await pendingDocuments(deps.db, options.batch);
  const claims = await pendingClaims(deps.db, options.batch);
  if (documents.length === 0 && claims.length === 0) return report;
  const history = await loadHistory(deps.db);

  for (const document of documents) {
    await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) return report;
    const outcome = await readDocumentPrint(deps.blobs, document, options.budgetMs);
    const print = 'print' in outcome ? outcome.print : null;
    const findings = print ? history.judgePrint(print) : [];
    if (print) history.addPrint(print);
    const { record } = document;
    report.raised += await withFindings(
      deps,
      async (trx) => {
        await trx
          .insertInto('document_prints')
          .values({
            document_id: record.id,
            case_id: record.caseId,
            filed_at: record.createdAt,
            invoice_key: print?.invoice?.key ?? null,
            invoice: print?.invoice ? JSON.stringify(print.invoice) : null,
            dhash: print?.dHash ?? null,
            problem: 'problem' in outcome ? outcome.problem : null,
            read_at: Date.now(),
          })
          // Another instance read it first: its print and flags stand.
          .onConflict((oc) => oc.column('document_id').doNothing())
          .execute();
      },
      findings.map((f) => ({ ...f, caseId: record.caseId })),
    );
    if (print) report.read++;
    else report.unreadable++;
  }

  for (const claim of claims) {
    if (signal?.aborted) return report;
    report.raised += await withFindings(
      deps,
      async (trx) => {
        const review = {
          claimed_fen: claim.claimedFen,
          customer_id: claim.customerId,
          reviewed_at: Date.now(),
        };
        await trx
          .insertInto('claim_reviews')
          .values({ case_id: claim.caseId, ...review })
          .onConflict((oc) => oc.column('case_id').doUpdateSet(review))
          .execute();
      },
      history.judgeClaim(claim).map((f) => ({ ...f, caseId: claim.caseId })),
    );
    report.claims++;
  }
  return report;
}
