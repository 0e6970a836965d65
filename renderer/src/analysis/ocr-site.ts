import { z } from 'zod';
import { startOcr, type OcrEngine } from './ocr-engine';

/** Written at build time by scripts/lib/ocr-assets.ts beside the OCR files. */
const LanguageIndex = z.object({
  languages: z.array(z.string()),
  missing: z.array(z.string()),
});

export interface SiteOcr {
  engine: OcrEngine | null;
  /** Languages the build found no data for. */
  missing: string[];
}

/**
 * Starts OCR from the files shipped with the app under `base` (the app's
 * own origin): tesseract's worker, its WebAssembly core and the language
 * data. Nothing is fetched from anywhere else.
 */
export async function startSiteOcr(base: URL): Promise<SiteOcr> {
  const response = await fetch(new URL('languages.json', base));
  if (!response.ok) throw new Error(`OCR files missing from the app: HTTP ${response.status}`);
  const index = LanguageIndex.parse(await response.json());
  if (index.languages.length === 0) return { engine: null, missing: index.missing };
  const engine = await startOcr(index.languages, {
    langPath: new URL('lang', base).href,
    workerPath: new URL('worker.min.js', base).href,
    corePath: new URL('core/', base).href,
  });
  return { engine, missing: index.missing };
}
