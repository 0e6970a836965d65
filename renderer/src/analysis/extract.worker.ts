import { getDocument, type PDFPageProxy } from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.min.mjs';
import type { ExtractReply, ExtractRequest, ExtractResult } from './extract-protocol';
import { FileProblemError, withinBudget } from './file-problems';
import { OffscreenCanvasFactory } from './offscreen-canvas-factory';
import { startSiteOcr, type SiteOcr } from './ocr-site';
import { pdfFacts } from '@shared/analysis/pdf-facts';
import { photoDHash } from './photo-hash';
import { photoFacts } from './photo-facts';
import { ocrScale, pagesWithoutText, withScannedPages, type PageImage } from './scanned-pages';
import { ocrRuns } from './ocr-text';

// Everything a hostile file can make slow — parsing, decoding, painting,
// OCR — runs here, beside the page. pdf.js runs in this thread (its own
// worker would be a second one to police); the app terminates this worker,
// and all it started, when a file overruns its budget.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

const scope = globalThis as unknown as {
  location: { href: string };
  addEventListener(type: 'message', listener: (event: MessageEvent<ExtractRequest>) => void): void;
  postMessage(message: ExtractReply): void;
};

/** A photographed paper is read at most this large: enough for print, and a 12 MP photo would be slow. */
const PHOTO_MAX_EDGE_PX = 2400;

/** Starting OCR (core, language data) takes a second or two; this long means it never will. */
const OCR_START_MS = 20_000;
const OCR_LANGUAGES = ['chi_sim', 'eng'];

let ocr: Promise<SiteOcr> | null = null;
/**
 * OCR starts on the first file that needs it. If it cannot start (files
 * missing from the build, a policy that forbids WebAssembly), files are
 * still read without it and the check says OCR was unavailable.
 */
function siteOcr(): Promise<SiteOcr> {
  ocr ??= withinBudget(startSiteOcr(new URL('/ocr/', scope.location.href)), OCR_START_MS).catch(
    (error: unknown) => {
      console.warn('OCR could not start:', error);
      return { engine: null, missing: OCR_LANGUAGES };
    },
  );
  return ocr;
}

async function paint(page: PDFPageProxy): Promise<PageImage> {
  const [, , width, height] = page.view;
  const scale = ocrScale(width ?? 0, height ?? 0);
  const viewport = page.getViewport({ scale });
  const canvas = new OffscreenCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context in the worker');
  await page.render({
    canvas: null,
    // pdf.js draws on any 2D context; its type names only the DOM one.
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise;
  return { image: await canvas.convertToBlob({ type: 'image/png' }), pointsPerPixel: 1 / scale };
}

async function readPdf(request: ExtractRequest): Promise<ExtractResult> {
  const bytes = new Uint8Array(request.bytes);
  const doc = await getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    enableXfa: false,
    verbosity: 0,
    disableFontFace: true,
    CanvasFactory: OffscreenCanvasFactory,
  }).promise;
  try {
    const facts = await pdfFacts(doc, bytes, request.about);
    if (pagesWithoutText(facts).length === 0) return { facts, ocrMissing: [] };
    const { engine, missing } = await siteOcr();
    return {
      facts: engine ? await withScannedPages(doc, facts, paint, engine) : facts,
      ocrMissing: missing,
    };
  } finally {
    await doc.destroy();
  }
}

/**
 * The photo upright (EXIF orientation applied, as the viewer shows it) and
 * no larger than OCR needs, as PNG, with the factor back to its own pixels.
 */
async function photoForOcr(file: Blob): Promise<PageImage> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, PHOTO_MAX_EDGE_PX / Math.max(bitmap.width, bitmap.height));
  const canvas = new OffscreenCanvas(
    Math.max(1, Math.round(bitmap.width * scale)),
    Math.max(1, Math.round(bitmap.height * scale)),
  );
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return { image: await canvas.convertToBlob({ type: 'image/png' }), pointsPerPixel: 1 / scale };
}

async function readPhoto(request: ExtractRequest): Promise<ExtractResult> {
  const bytes = new Uint8Array(request.bytes);
  const file = new Blob([bytes], { type: request.mediaType });
  const facts = await photoFacts(bytes, request.about, () => photoDHash(file));
  if (!request.paper) return { facts, ocrMissing: [] };
  const { engine, missing } = await siteOcr();
  if (!engine) return { facts, ocrMissing: missing };
  const { image, pointsPerPixel } = await photoForOcr(file);
  const read = ocrRuns(await engine.recognize(image), 1, pointsPerPixel);
  return { facts: { ...facts, ocrText: read.text, ocrRuns: read.runs }, ocrMissing: missing };
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  const work: Promise<ExtractResult> =
    request.mediaType === 'application/pdf'
      ? readPdf(request)
      : request.mediaType.startsWith('image/')
        ? readPhoto(request)
        : Promise.resolve({ facts: null, ocrMissing: [] });
  work
    .then((result) => scope.postMessage({ id: request.id, ...result }))
    .catch((error: unknown) =>
      scope.postMessage({
        id: request.id,
        error: {
          name: error instanceof Error ? error.name : 'Error',
          message: error instanceof Error ? error.message : String(error),
          problem: error instanceof FileProblemError ? error.problem : null,
        },
      }),
    );
});
