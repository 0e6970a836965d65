import type { CaseFacts, DocumentFacts, Finding } from '../facts';
import { invoiceTotalVsClaimed } from './claimed-amount';
import { nameMismatch } from './claimant-names';
import { documentDateOutsidePolicy, invoiceBeforeLoss } from './document-dates';
import type { CaseDetector, CaseDocumentsDetector, DocumentDetector } from './finding';
import { fontMismatch } from './font-mismatch';
import { lineItemsSumMismatch } from './line-items-sum';
import { pdfEditingProducer, pdfIncrementalUpdate, pdfModifiedAfterCreation } from './pdf-metadata';
import { exifStripped, gpsFarFromLoss, photoAfterReport, photoLongBeforeLoss } from './photo-exif';
import { withPhotographedPapers } from './paper-photos';
import { lossJustBeforeExpiry, lossSoonAfterPolicyStart } from './policy-timing';
import { residentIdChecksum } from './resident-ids';

export { THRESHOLDS } from './thresholds';

/** Every single-case detector of domain.md §8, by what it looks at. */
export const DOCUMENT_DETECTORS: readonly DocumentDetector[] = [
  documentDateOutsidePolicy,
  invoiceBeforeLoss,
  lineItemsSumMismatch,
  pdfModifiedAfterCreation,
  pdfEditingProducer,
  pdfIncrementalUpdate,
  fontMismatch,
  photoAfterReport,
  photoLongBeforeLoss,
  gpsFarFromLoss,
  exifStripped,
  residentIdChecksum,
  nameMismatch,
];

export const CASE_DOCUMENTS_DETECTORS: readonly CaseDocumentsDetector[] = [invoiceTotalVsClaimed];

export const CASE_DETECTORS: readonly CaseDetector[] = [
  lossSoonAfterPolicyStart,
  lossJustBeforeExpiry,
];

/** The findings of one case: pure, so the workstation and the service raise the same flags. */
export function detectCase(files: readonly DocumentFacts[], c: CaseFacts): Finding[] {
  const documents = withPhotographedPapers(files);
  const photos = new Set(files.filter((f) => f.kind === 'photo').map((f) => f.documentId));
  const findings = [
    ...documents.flatMap((doc) => DOCUMENT_DETECTORS.flatMap((detect) => detect(doc, c))),
    ...CASE_DOCUMENTS_DETECTORS.flatMap((detect) => detect(documents, c)),
    ...CASE_DETECTORS.flatMap((detect) => detect(c)),
  ];
  // A photo has no pages: a finding on a photographed paper keeps only its region.
  return findings.map((f) =>
    f.documentId !== null && photos.has(f.documentId) ? { ...f, page: null } : f,
  );
}
