import type { CaseFacts, DocumentFacts } from '@shared/analysis/facts';
import type { CaseRecord, DocumentRecord } from '@shared/sync/records';
import { openPdf } from '../lib/pdf';
import { pdfFacts } from './pdf-facts';
import { photoDHash } from './photo-hash';
import { photoFacts } from './photo-facts';

/** A case file's facts: pdf.js parses in its worker, the browser decodes photos off the main thread. */
export async function readDocumentFacts(
  document: DocumentRecord,
  file: Blob,
): Promise<DocumentFacts | null> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const about = { documentId: document.id, fileName: document.fileName, docType: document.docType };
  if (document.mediaType === 'application/pdf') {
    const pdf = await openPdf(bytes.slice().buffer);
    try {
      return await pdfFacts(pdf, bytes, about);
    } finally {
      await pdf.destroy();
    }
  }
  if (document.mediaType.startsWith('image/'))
    return photoFacts(bytes, about, () => photoDHash(file));
  return null;
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
