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
