import { printOf, type DocumentPrint } from '@shared/analysis/cross-claim';
import { pdfFacts } from '@shared/analysis/pdf-facts';
import { jpegDHash } from './jpeg-dhash';
import { withPdf } from './open-pdf';

export interface PrintSubject {
  documentId: string;
  caseId: string;
  caseNumber: string;
  filedAt: number;
  fileName: string;
  docType: string | null;
  mediaType: string;
}

/**
 * Reads what a file shares with other claims' files: the invoice number of
 * a PDF, the dHash of a JPEG. Other kinds of file have no print. Throws on
 * a file that cannot be read; the caller records why.
 */
export async function readPrint(bytes: Uint8Array, subject: PrintSubject): Promise<DocumentPrint> {
  const filed = {
    caseId: subject.caseId,
    caseNumber: subject.caseNumber,
    filedAt: subject.filedAt,
  };
  const about = {
    documentId: subject.documentId,
    fileName: subject.fileName,
    docType: subject.docType,
  };
  if (subject.mediaType === 'application/pdf')
    return printOf(await withPdf(bytes, (pdf) => pdfFacts(pdf, bytes, about)), filed);
  if (subject.mediaType === 'image/jpeg') {
    return { documentId: subject.documentId, ...filed, invoice: null, dHash: jpegDHash(bytes) };
  }
  return { documentId: subject.documentId, ...filed, invoice: null, dHash: null };
}
