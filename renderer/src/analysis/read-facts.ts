import type { CaseFacts } from '@shared/analysis/facts';
import type { CaseRecord, DocumentRecord } from '@shared/sync/records';
import type { ExtractResult } from './extract-protocol';
import { extractor } from './extract-worker';
import { isPaperPhoto } from './paper-photo';

/**
 * A case file's facts, read in the extraction worker: the page only hands
 * over the bytes. Scanned pages and photographed papers are read by OCR.
 */
export async function readDocumentFacts(
  document: DocumentRecord,
  file: Blob,
): Promise<ExtractResult> {
  const isPdf = document.mediaType === 'application/pdf';
  if (!isPdf && !document.mediaType.startsWith('image/')) return { facts: null, ocrMissing: [] };
  return extractor().read({
    mediaType: document.mediaType,
    bytes: await file.arrayBuffer(),
    about: { documentId: document.id, fileName: document.fileName, docType: document.docType },
    paper: !isPdf && isPaperPhoto(document.docType),
  });
}

/** What the case says, as the detectors read it. */
export function caseFactsOf(record: CaseRecord): CaseFacts {
  return {
    caseId: record.id,
    claimedFen: record.claimedFen,
    lossAt: record.lossAt,
    reportedAt: record.reportedAt,
    lossLat: record.lossLat,
    lossLng: record.lossLng,
    policyStart: record.policy?.startAt ?? null,
    policyEnd: record.policy?.endAt ?? null,
    claimant: { name: record.customer.name, idNumber: record.customer.idNumber || null },
  };
}
