import { createWorker, OEM, type ImageLike } from 'tesseract.js';
import type { OcrPage } from './ocr-text';

export interface OcrEngine {
  /** The languages loaded, e.g. ["chi_sim", "eng"]. */
  readonly languages: readonly string[];
  recognize(image: ImageLike): Promise<OcrPage>;
  terminate(): Promise<void>;
}

/**
 * Where tesseract.js finds its files. `langPath` holds `<code>.traineddata`
 * (not gzipped): the app's own URL in the browser, a local folder in Node.
 * In the browser the worker script and WebAssembly core must point at the
 * app's own files too: left unset, the library fetches them from a CDN.
 * (Handing the data over as bytes, `{code, data}`, would be simpler, but
 * tesseract.js 7 then initialises with the bytes as the language name.)
 */
export interface OcrPaths {
  langPath: string;
  workerPath?: string;
  corePath?: string;
}

/**
 * Starts tesseract (LSTM only: the legacy engine's code and data are not
 * shipped). With caching off it keeps nothing in IndexedDB or on disk.
 */
export async function startOcr(languages: readonly string[], paths: OcrPaths): Promise<OcrEngine> {
  if (languages.length === 0) throw new Error('No OCR language data.');
  const worker = await createWorker([...languages], OEM.LSTM_ONLY, {
    ...paths,
    cacheMethod: 'none',
    workerBlobURL: false,
    gzip: false,
  });
  return {
    languages: [...languages],
    async recognize(image) {
      const { data } = await worker.recognize(image, {}, { text: false, blocks: true });
      return {
        lines: (data.blocks ?? []).flatMap((block) =>
          block.paragraphs.flatMap((paragraph) =>
            paragraph.lines.map((line) => ({
              bbox: line.bbox,
              words: line.words.map((w) => ({
                text: w.text,
                confidence: w.confidence,
                bbox: w.bbox,
              })),
            })),
          ),
        ),
      };
    },
    async terminate() {
      await worker.terminate();
    },
  };
}
