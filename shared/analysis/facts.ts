import type { AnomalyKind, Region, Severity } from './anomaly-kinds';

/**
 * What extraction reads from a file, before any judgement: the input of the
 * detectors. Extraction runs where the platform allows (pdf.js and exifr in
 * a worker on the workstation, or in Node on the service); detectors are
 * pure and run anywhere.
 */

/** One run of text as pdf.js reports it, placed in PDF points from the page's top-left corner. */
export interface TextRun {
  /** 1-based. */
  page: number;
  str: string;
  x: number;
  /** Top of the run (baseline minus its height). */
  y: number;
  width: number;
  height: number;
  /**
   * pdf.js's font id for the run (e.g. "g_d0_f2"), with the font's real name
   * when known; OCR_FONT for text read off a scanned page, which has no font.
   */
  fontName: string;
}

/** The font name of runs recognised by OCR: their face says nothing about the paper. */
export const OCR_FONT = 'ocr';

export interface PdfFacts {
  kind: 'pdf';
  documentId: string;
  fileName: string;
  /** The document type the adjuster confirmed, e.g. "repair-invoice"; null when not yet known. */
  docType: string | null;
  pages: number;
  /** Each page's text, runs joined in reading order. */
  pageTexts: string[];
  runs: TextRun[];
  /** From the PDF's Info dictionary; times in epoch milliseconds. */
  info: {
    creationDate: number | null;
    modDate: number | null;
    producer: string | null;
    creator: string | null;
  };
  /** Revisions appended after the first save (each "%%EOF" after the first). */
  incrementalUpdates: number;
  /** 1-based pages without a text layer whose text and runs were read by OCR. */
  ocrPages?: number[];
}

export interface PhotoFacts {
  kind: 'photo';
  documentId: string;
  fileName: string;
  docType: string | null;
  /** False when the file carries no EXIF at all. */
  hasExif: boolean;
  /** Capture time in epoch milliseconds, read as China Standard Time when the EXIF has no offset. */
  takenAt: number | null;
  latitude: number | null;
  longitude: number | null;
  camera: string | null;
  width: number;
  height: number;
  /** 64-bit difference hash as 16 hex digits; null when the image could not be decoded. */
  dHash: string | null;
  /** Text read by OCR from a photographed paper (an invoice, an ID card); absent for other photos. */
  ocrText?: string;
  /** The same text as runs on the photo, in its pixels (page 1): the detectors read the paper from these. */
  ocrRuns?: TextRun[];
}

export type DocumentFacts = PdfFacts | PhotoFacts;

/** What the case itself says, that documents are checked against. */
export interface CaseFacts {
  caseId: string;
  claimedFen: number;
  lossAt: number;
  reportedAt: number;
  lossLat: number | null;
  lossLng: number | null;
  policyStart: number | null;
  policyEnd: number | null;
  claimant: { name: string; idNumber: string | null };
}

/** A detector's finding, ready to be raised as a flag. */
export interface Finding {
  kind: AnomalyKind;
  severity: Severity;
  documentId: string | null;
  page: number | null;
  region: Region | null;
  evidence: Record<string, string | number | boolean | null>;
  explanation: { 'zh-CN': string; en: string };
}
