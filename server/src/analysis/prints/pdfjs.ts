import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js's Node build, loaded on first use rather than with the service.
 * Its bundled core-js polyfills replace natives when the runtime lacks a
 * newer feature (JSON.rawJSON on Node 20): JSON.stringify and JSON.parse,
 * which carry every sync page, and Array.prototype.push become slower
 * JavaScript for the whole process. pdf.js needs none of those features, so
 * the natives are put back.
 */
export function loadPdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    const natives = {
      stringify: JSON.stringify,
      parse: JSON.parse,
      push: Object.getOwnPropertyDescriptor(Array.prototype, 'push'),
      toString: Object.getOwnPropertyDescriptor(Function.prototype, 'toString'),
    };
    try {
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      JSON.stringify = natives.stringify;
      JSON.parse = natives.parse;
      if (natives.push) Object.defineProperty(Array.prototype, 'push', natives.push);
      if (natives.toString) Object.defineProperty(Function.prototype, 'toString', natives.toString);
    }
  })();
  return loading;
}
