import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { printOf, type DocumentPrint } from '@shared/analysis/cross-claim';
import type { DocumentFacts } from '@shared/analysis/facts';
import { pdfFacts } from '@shared/analysis/pdf-facts';
import { jpegDHash } from './jpeg-dhash';

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
  if (subject.mediaType === 'application/pdf') return printOf(await readPdf(bytes, about), filed);
  if (subject.mediaType === 'image/jpeg') {
    return { documentId: subject.documentId, ...filed, invoice: null, dHash: jpegDHash(bytes) };
  }
  return { documentId: subject.documentId, ...filed, invoice: null, dHash: null };
}

async function readPdf(
  bytes: Uint8Array,
  about: { documentId: string; fileName: string; docType: string | null },
): Promise<DocumentFacts> {
  // pdf.js takes ownership of the buffer it is given.
  const pdf = await getDocument({
    data: bytes.slice(),
    verbosity: 0,
    disableFontFace: true,
    isEvalSupported: false,
  }).promise;
  try {
    return await pdfFacts(pdf, bytes, about);
  } finally {
    await pdf.destroy();
  }
}
