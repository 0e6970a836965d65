import type { AnomalyKind, Region, Severity } from '../anomaly-kinds';
import type { CaseFacts, DocumentFacts, Finding } from '../facts';

/** A detector over one document of the case. */
export type DocumentDetector = (doc: DocumentFacts, c: CaseFacts) => Finding[];
/** A detector that needs every document of the case at once (e.g. bills against the claimed amount). */
export type CaseDocumentsDetector = (
  documents: readonly DocumentFacts[],
  c: CaseFacts,
) => Finding[];
/** A detector of the case's own facts. */
export type CaseDetector = (c: CaseFacts) => Finding[];

export interface Place {
  page: number | null;
  region: Region | null;
}

export const NOWHERE: Place = { page: null, region: null };

export function finding(
  kind: AnomalyKind,
  severity: Severity,
  documentId: string | null,
  place: Place,
  evidence: Finding['evidence'],
  zh: string,
  en: string,
): Finding {
  return {
    kind,
    severity,
    documentId,
    page: place.page,
    region: place.region,
    evidence,
    explanation: { 'zh-CN': zh, en },
  };
}

/** ¥12,345.67 */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** "3 days" / "1 day" */
export function daysEn(days: number): string {
  return `${days} day${days === 1 ? '' : 's'}`;
}
