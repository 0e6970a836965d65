import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { startOcr, type OcrEngine } from '../../renderer/src/analysis/ocr-engine';
import { ocrScale, type PageImage } from '../../renderer/src/analysis/scanned-pages';
import { findTessdata, tessdataFolder } from './tessdata';

/** OCR in Node with the language data on this machine's disk (see tessdata.ts). */
export async function startDiskOcr(): Promise<{ engine: OcrEngine | null; missing: string[] }> {
  const { found, missing } = findTessdata();
  if (found.size === 0) return { engine: null, missing };
  const langPath = await tessdataFolder(found);
  return { engine: await startOcr([...found.keys()], { langPath }), missing };
}

/** pdf.js's Node canvas (@napi-rs/canvas), as far as painting a page to PNG needs it. */
interface NodeCanvasEntry {
  canvas: { toBuffer(mime: 'image/png'): Uint8Array };
  context: NonNullable<Parameters<PDFPageProxy['render']>[0]['canvasContext']>;
}

/**
 * Paints a document's pages to PNG in Node, at the scale the workstation's
 * worker uses for OCR, on the document's own canvas factory (pdf.js's Node
 * canvas, whose type pdf.js does not export).
 */
export function pngPainter(doc: PDFDocumentProxy): (page: PDFPageProxy) => Promise<PageImage> {
  const factory = doc.canvasFactory as { create(w: number, h: number): NodeCanvasEntry };
  return async (page) => {
    const [, , width, height] = page.view;
    const scale = ocrScale(width ?? 0, height ?? 0);
    const viewport = page.getViewport({ scale });
    const entry = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas: null, canvasContext: entry.context, viewport }).promise;
    return { image: Buffer.from(entry.canvas.toBuffer('image/png')), pointsPerPixel: 1 / scale };
  };
}
