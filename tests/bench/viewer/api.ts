import type { CaseFacts } from '@shared/analysis/facts';

/** What the viewer benchmark page (headless Chromium) offers the runner as `window.viewerBench`. */
export interface ViewerBenchApi {
  /** Opens the PDF and paints page 1 with its text layer, as the viewer does; ms from bytes to painted. */
  firstPage(bytes: number[], scale: number): Promise<number>;
  /** With the PDF open, paints each listed page (canvas and text layer); ms per page. */
  pages(bytes: number[], scale: number, pages: number[]): Promise<number[]>;
  /** The floor: the same lines of text drawn straight onto a canvas of the same size; ms. */
  baseline(lines: string[], width: number, height: number): Promise<number>;
  /** Extraction and the single-case detectors per file; ms per file. */
  analyse(files: { name: string; bytes: number[] }[], c: CaseFacts): Promise<number[]>;
  /**
   * Scanned PDFs (no text layer) through the app's extraction worker, which
   * paints each page and reads it by OCR; after one warm-up file, ms per page
   * of each file, and what was read from the last one.
   */
  ocr(warmUp: number[], scans: number[][]): Promise<OcrBenchResult>;
}

export interface OcrBenchResult {
  msPerPage: number[];
  pages: number;
  lastText: string;
  missing: string[];
}

declare global {
  interface Window {
    viewerBench?: ViewerBenchApi;
  }
}
