// pdf.js ships no types for its worker bundle; only its presence matters here.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
