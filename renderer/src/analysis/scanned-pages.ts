import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { ImageLike } from 'tesseract.js';
import type { PdfFacts } from '@shared/analysis/facts';
import type { OcrEngine } from './ocr-engine';
import { ocrRuns } from './ocr-text';

/** A page painted for OCR, and how big one of its pixels is in PDF points. */
export interface PageImage {
  image: ImageLike;
  pointsPerPixel: number;
}

/** 144 dpi reads 10-point Chinese print reliably at half the cost of 300 dpi. */
export const OCR_SCALE = 2;
/** A poster-sized page is painted smaller rather than into a huge bitmap. */
export const OCR_MAX_EDGE_PX = 2400;
/**
 * A long scanned bundle is read up to here: the first pages carry the
 * dates, amounts and IDs the detectors look at, and the file's time budget
 * is not spent on the rest.
 */
export const MAX_OCR_PAGES = 12;

/** The scale to paint a page of this size (PDF points) at for OCR. */
export function ocrScale(width: number, height: number): number {
  return Math.min(OCR_SCALE, OCR_MAX_EDGE_PX / Math.max(1, width, height));
}

/** Pages with no text layer at all: scans, or text turned into pictures. */
export function pagesWithoutText(facts: PdfFacts): number[] {
  return facts.pageTexts.flatMap((text, i) => (text.trim() === '' ? [i + 1] : []));
}

/**
 * Reads the pages of a PDF that have no text layer by OCR and adds what it
 * read to the facts as text runs in the page's coordinates, so the same
 * detectors (dates, amounts, resident IDs) work on a scan.
 */
export async function withScannedPages(
  doc: PDFDocumentProxy,
  facts: PdfFacts,
  paint: (page: PDFPageProxy) => Promise<PageImage>,
  ocr: OcrEngine,
): Promise<PdfFacts> {
  const pages = pagesWithoutText(facts).slice(0, MAX_OCR_PAGES);
  if (pages.length === 0) return facts;
  const pageTexts = [...facts.pageTexts];
  const runs = [...facts.runs];
  for (const number of pages) {
    const page = await doc.getPage(number);
    try {
      const { image, pointsPerPixel } = await paint(page);
      const read = ocrRuns(await ocr.recognize(image), number, pointsPerPixel);
      runs.push(...read.runs);
      pageTexts[number - 1] = read.text;
    } finally {
      page.cleanup();
    }
  }
  return { ...facts, pageTexts, runs, ocrPages: pages };
}
