import type { DocumentFacts } from '@shared/analysis/facts';
import type { FileProblem } from './file-problems';

export interface FileAbout {
  documentId: string;
  fileName: string;
  docType: string | null;
}

/** One file to read; its bytes are transferred, not copied. */
export interface ExtractRequest {
  id: number;
  mediaType: string;
  bytes: ArrayBuffer;
  about: FileAbout;
  /** A photo of a paper (invoice, ID card): its text is read by OCR too. */
  paper: boolean;
}

export interface ExtractResult {
  facts: DocumentFacts | null;
  /** OCR languages this installation has no data for (e.g. "chi_sim"); empty when OCR was not needed. */
  ocrMissing: string[];
}

export type ExtractReply =
  | ({ id: number } & ExtractResult)
  | { id: number; error: { name: string; message: string; problem: FileProblem | null } };
