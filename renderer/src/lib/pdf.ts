import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

/** pdf.js, loaded on the first document opened; parsing runs in its worker, off the UI thread. */
export function pdfjs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    return lib;
  });
  return loading;
}

/** Opens a PDF from bytes. A damaged file fails here with pdf.js's reason. */
export async function openPdf(bytes: ArrayBuffer): Promise<PDFDocumentProxy> {
  const lib = await pdfjs();
  // The page's policy forbids eval; documents from strangers get no scripting either.
  return lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    enableXfa: false,
    verbosity: 0,
  }).promise;
}

/** Each page's text in reading order, as pdf.js extracts it in its worker. */
export async function pageTexts(doc: PDFDocumentProxy): Promise<string[]> {
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return pages;
}

/** The text of a PDF file, page by page; the document is closed afterwards. */
export async function pdfFileTexts(bytes: ArrayBuffer): Promise<string[]> {
  const doc = await openPdf(bytes);
  try {
    return await pageTexts(doc);
  } finally {
    await doc.destroy();
  }
}
