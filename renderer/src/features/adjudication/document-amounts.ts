import type { CalculationInput } from '@shared/calc';
import { readInvoiceTotal } from '@shared/analysis/invoice-total';
import type { DocumentRecord } from '@shared/sync/records';

/** Which papers state the amount a line's calculation starts from, and where it goes. */
const TOTALS_BY_LINE: Partial<
  Record<CalculationInput['line'], { docTypes: readonly string[]; path: string }>
> = {
  AUTO: { docTypes: ['repair-invoice'], path: 'ownDamage.lossFen' },
  MEDICAL: { docTypes: ['medical-invoice'], path: 'claim.reasonableExpensesFen' },
  ACCIDENT: { docTypes: ['medical-invoice'], path: 'claim.medicalExpensesFen' },
  PROPERTY: { docTypes: ['loss-list'], path: 'loss.lossFen' },
  LIABILITY: { docTypes: ['liability-claim-letter'], path: 'claimants.0.liabilityFen' },
};

export interface DocumentAmount {
  path: string;
  fen: number;
  /** The papers the amount was added up from. */
  from: string[];
  /** Papers set aside: no total found, or figures and words that disagree. */
  setAside: { fileName: string; why: 'no-total' | 'words-disagree' | 'unreadable' }[];
}

/**
 * The amount a case's papers state for its calculation: the totals of its
 * invoices (or loss list) added up. A paper whose total in figures and in
 * words disagree is set aside and named, never silently used.
 */
export async function amountFromDocuments(
  line: CalculationInput['line'],
  documents: readonly DocumentRecord[],
  readText: (document: DocumentRecord) => Promise<string>,
): Promise<DocumentAmount | null> {
  const target = TOTALS_BY_LINE[line];
  if (!target) return null;
  const papers = documents.filter(
    (d) => d.mediaType === 'application/pdf' && d.docType && target.docTypes.includes(d.docType),
  );
  if (papers.length === 0) return null;
  const result: DocumentAmount = { path: target.path, fen: 0, from: [], setAside: [] };
  for (const paper of papers) {
    const text = await readText(paper).catch(() => null);
    const total = text === null ? null : readInvoiceTotal(text);
    if (!total) {
      result.setAside.push({
        fileName: paper.fileName,
        why: text === null ? 'unreadable' : 'no-total',
      });
    } else if (total.wordsFen !== null && total.wordsFen !== total.fen) {
      result.setAside.push({ fileName: paper.fileName, why: 'words-disagree' });
    } else {
      result.fen += total.fen;
      result.from.push(paper.fileName);
    }
  }
  return result;
}
