import type { DocumentFacts, PdfFacts, PhotoFacts } from '../facts';

/**
 * A photographed paper (an invoice, an ID card) read as the paper it shows:
 * its OCR runs as the one page of a document without metadata, so the
 * rules for printed papers (dates, amounts, ID numbers, names) judge it too.
 * Regions stay in the photo's pixels, where the viewer draws them.
 */
export function paperOf(photo: PhotoFacts): PdfFacts | null {
  if (!photo.ocrRuns || photo.ocrRuns.length === 0) return null;
  return {
    kind: 'pdf',
    documentId: photo.documentId,
    fileName: photo.fileName,
    docType: photo.docType,
    pages: 1,
    pageTexts: [photo.ocrText ?? ''],
    runs: photo.ocrRuns,
    info: { creationDate: null, modDate: null, producer: null, creator: null },
    incrementalUpdates: 0,
    ocrPages: [1],
  };
}

/** The case's documents, with each photographed paper also as the paper it shows. */
export function withPhotographedPapers(documents: readonly DocumentFacts[]): DocumentFacts[] {
  return [
    ...documents,
    ...documents.flatMap((d) => (d.kind === 'photo' ? (paperOf(d) ?? []) : [])),
  ];
}
