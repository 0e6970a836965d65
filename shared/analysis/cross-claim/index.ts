import type { Finding } from '../facts';
import { amountOutlier, peerStats, type PeerStats } from './amount-outlier';
import type { ClaimSummary } from './claims';
import { duplicateInvoice } from './duplicate-invoice';
import { duplicatePhoto } from './duplicate-photo';
import type { DocumentPrint } from './prints';
import { repeatClaims } from './repeat-claims';
import { CROSS_CLAIM_THRESHOLDS } from './thresholds';

export type { ClaimSummary } from './claims';
export type { DocumentPrint, PrintedInvoice } from './prints';
export { printOf, printedInvoice } from './prints';
export { regionOfAddress } from './claims';

/** Names the service's cross-claim detectors on the flags they raise; bumped when their rules change. */
export const CROSS_CLAIM_DETECTOR = { name: 'central-cross-claim', version: '1' } as const;

/**
 * Every claim and document print the service knows, held so that each new
 * print or claim is judged against all the others: the same invoice or a
 * near-identical photo on another claim, an amount far above its peers, a
 * party claiming again and again. Pure: the service fills it from its
 * database, the evaluation from generated papers.
 */
export class CrossClaimIndex {
  private readonly invoices = new Map<string, DocumentPrint[]>();
  private readonly photos: DocumentPrint[] = [];
  private readonly claims = new Map<string, ClaimSummary>();
  private readonly byCustomer = new Map<string, ClaimSummary[]>();
  private stats: Map<string, PeerStats> | null = null;

  addPrint(print: DocumentPrint): void {
    if (print.invoice) push(this.invoices, print.invoice.key, print);
    if (print.dHash) this.photos.push(print);
  }

  addClaim(claim: ClaimSummary): void {
    this.claims.set(claim.caseId, claim);
    push(this.byCustomer, claim.customerId, claim);
    this.stats = null;
  }

  /** Findings on one document of a claim, against every other claim's documents. */
  judgePrint(print: DocumentPrint): Finding[] {
    return [
      ...duplicateInvoice(print, print.invoice ? (this.invoices.get(print.invoice.key) ?? []) : []),
      ...duplicatePhoto(print, this.photos),
    ];
  }

  /** Findings on a claim itself, against its peers and the same party's other claims. */
  judgeClaim(claim: ClaimSummary): Finding[] {
    return [
      ...amountOutlier(claim, this.peersOf(claim)),
      ...repeatClaims(claim, this.byCustomer.get(claim.customerId) ?? []),
    ];
  }

  /** Same line and region when there are enough of them; else the line everywhere. */
  private peersOf(claim: ClaimSummary): PeerStats {
    this.stats ??= this.computeStats();
    const regional = this.stats.get(`${claim.line}|${claim.region}`);
    if (regional && regional.count >= CROSS_CLAIM_THRESHOLDS.outlierMinPeers) return regional;
    return this.stats.get(claim.line) ?? peerStats([], 'line');
  }

  private computeStats(): Map<string, PeerStats> {
    const groups = new Map<string, number[]>();
    for (const c of this.claims.values()) {
      push(groups, `${c.line}|${c.region}`, c.claimedFen);
      push(groups, c.line, c.claimedFen);
    }
    return new Map(
      [...groups].map(([key, amounts]) => [
        key,
        peerStats(amounts, key.includes('|') ? 'line-region' : 'line'),
      ]),
    );
  }
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
