import type { ClaimSummary } from './claims';
import type { DocumentPrint } from './prints';

/** Prints and claims as the service stores them, for the cross-claim detectors' tests. */
export const DAY = 24 * 60 * 60 * 1000;
export const T0 = Date.UTC(2026, 5, 1);

export function invoicePrint(
  documentId: string,
  caseId: string,
  key: string,
  filedAt = T0,
): DocumentPrint {
  const [code, number] = key.includes('/') ? key.split('/') : [null, key];
  return {
    documentId,
    caseId,
    caseNumber: `CLM-${caseId}`,
    filedAt,
    invoice: {
      key,
      code: code ?? null,
      number: number ?? key,
      page: 1,
      region: { x: 330, y: 90, width: 60, height: 10 },
    },
    dHash: null,
  };
}

export function photoPrint(
  documentId: string,
  caseId: string,
  dHash: string,
  filedAt = T0,
): DocumentPrint {
  return { documentId, caseId, caseNumber: `CLM-${caseId}`, filedAt, invoice: null, dHash };
}

export function claim(caseId: string, overrides: Partial<ClaimSummary> = {}): ClaimSummary {
  return {
    caseId,
    caseNumber: `CLM-${caseId}`,
    line: 'AUTO',
    region: '上海市',
    customerId: `cust-${caseId}`,
    claimedFen: 4_000_000,
    reportedAt: T0,
    ...overrides,
  };
}
