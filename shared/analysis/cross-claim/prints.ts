import type { Region } from '../anomaly-kinds';
import { isInvoice } from '../detectors/document-kinds';
import { linesOf, regionOf } from '../detectors/layout';
import type { DocumentFacts, PdfFacts } from '../facts';

/**
 * What a document shares with documents of other claims: the invoice it
 * bills under and the look of a photo. The service keeps one print per
 * document and compares new prints with all earlier ones.
 */
export interface DocumentPrint {
  documentId: string;
  caseId: string;
  caseNumber: string;
  /** When the document was filed: of two copies, the later one is the suspect. */
  filedAt: number;
  invoice: PrintedInvoice | null;
  /** 64-bit dHash as 16 hex digits; photos only. */
  dHash: string | null;
}

export interface PrintedInvoice {
  /** Code and number together: the number alone repeats across issuers. */
  key: string;
  code: string | null;
  number: string;
  page: number;
  region: Region | null;
}

// 发票号码 on VAT invoices, 票据号码 on medical receipts; codes run 8 to 12 digits, numbers 8 to 20.
const NUMBER = /(?:发票|票据)号码[:：]?\s*(\d{8,20})(?!\d)/u;
const CODE = /(?:发票|票据)代码[:：]?\s*(\d{8,12})(?!\d)/u;

export function printedInvoice(doc: PdfFacts): PrintedInvoice | null {
  if (!isInvoice(doc)) return null;
  const lines = linesOf(doc);
  let code: string | null = null;
  for (const line of lines) {
    code ??= CODE.exec(line.text)?.[1] ?? null;
  }
  for (const line of lines) {
    const match = NUMBER.exec(line.text);
    const number = match?.[1];
    if (!match || !number) continue;
    const start = (match.index ?? 0) + match[0].length - number.length;
    return {
      key: code ? `${code}/${number}` : number,
      code,
      number,
      page: line.page,
      region: regionOf(line, start, start + number.length),
    };
  }
  return null;
}

export function printOf(
  facts: DocumentFacts,
  filed: { caseId: string; caseNumber: string; filedAt: number },
): DocumentPrint {
  return {
    documentId: facts.documentId,
    ...filed,
    invoice: facts.kind === 'pdf' ? printedInvoice(facts) : null,
    dHash: facts.kind === 'photo' ? facts.dHash : null,
  };
}
