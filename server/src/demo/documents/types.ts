import type { AnomalyKind, Region } from '@shared/analysis/anomaly-kinds';
import type { Line } from '@shared/domain/lines';

/** What the demo seed knows about a case before its documents exist. */
export interface DemoCaseFacts {
  caseId: string;
  caseNumber: string;
  line: Line;
  claimantName: string;
  /** Resident ID (GB 11643, valid check digit) or a unified social credit code for enterprises. */
  claimantIdNumber: string;
  customerId: string;
  customerKind: 'individual' | 'enterprise';
  /** Epoch ms UTC. */
  lossAt: number;
  reportedAt: number;
  lossLocation: string;
  lossLat: number;
  lossLng: number;
  policyNumber: string;
  policyStart: number;
  policyEnd: number;
  /** Integer fen. */
  claimedFen: number;
}

export const PDF_KINDS = [
  'claim-form',
  'id-card',
  'bank-card',
  'medical-invoice',
  'expense-list',
  'discharge-summary',
  'diagnosis-certificate',
  'accident-certificate',
  'repair-invoice',
  'loss-list',
  'death-certificate',
  'liability-claim-letter',
] as const;
export type PdfKind = (typeof PDF_KINDS)[number];

export const PHOTO_KINDS = ['damage-photo', 'scene-photo'] as const;
export type PhotoKind = (typeof PHOTO_KINDS)[number];

export type DocumentKind = PdfKind | PhotoKind;

export interface GeneratedDocument {
  /** UUIDv7 with deterministic random bits. */
  id: string;
  caseId: string;
  kind: DocumentKind;
  fileName: string;
  mediaType: 'application/pdf' | 'image/jpeg';
  bytes: Uint8Array;
  /** Lower-case hex. */
  sha256: string;
  pages: number;
}

export interface AnswerKeyEntry {
  caseId: string;
  /** Null for case-level anomalies (claim timing, amounts, the claiming party). */
  documentId: string | null;
  anomaly: AnomalyKind;
  /** 1-based; null when the anomaly is not on a page (metadata, EXIF, case level). */
  page: number | null;
  /** PDF points from the page's top-left corner, or photo pixels. */
  region: Region | null;
  evidence: Record<string, string | number | boolean>;
}

/** Case-level changes a planted anomaly needs; the seed applies them to the case it stores. */
export type CaseOverrides = Partial<{
  claimedFen: number;
  policyStart: number;
  policyEnd: number;
  /** Move this case to the customer of the named (earlier) case. */
  sameCustomerAs: string;
}>;

export interface CaseDocuments {
  documents: GeneratedDocument[];
  answers: AnswerKeyEntry[];
  overrides: CaseOverrides;
}

export interface DocumentFactory {
  /**
   * Call in case order (the order given to planAnomalies): cross-claim
   * anomalies reuse facts remembered from earlier calls.
   */
  documentsFor(facts: DemoCaseFacts, planted: AnomalyKind | null): Promise<CaseDocuments>;
}
