import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPdfjs } from './pdfjs';

/**
 * Opens a PDF in Node for reading, never evaluating anything it carries
 * and never loading its fonts, hands it to `use` and closes it after.
 */
export async function withPdf<T>(
  bytes: Uint8Array,
  use: (pdf: PDFDocumentProxy) => Promise<T>,
): Promise<T> {
  const { getDocument } = await loadPdfjs();
  // pdf.js takes ownership of the buffer it is given.
  const pdf = await getDocument({
    data: bytes.slice(),
    verbosity: 0,
    disableFontFace: true,
    isEvalSupported: false,
  }).promise;
  try {
    return await use(pdf);
  } finally {
    await pdf.destroy();
  }
}
