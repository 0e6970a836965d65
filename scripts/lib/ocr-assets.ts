import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { findTessdata, missingDataMessage, plainTraineddata } from './tessdata';

/** Where the renderer finds OCR files, under its own origin (see renderer/src/analysis/ocr-assets.ts). */
export const OCR_BASE = 'ocr';

/**
 * The builds tesseract.js picks from for the LSTM engine, by what the CPU's
 * WebAssembly supports. The legacy-engine builds are not shipped.
 */
const CORES = [
  'tesseract-core-lstm.wasm.js',
  'tesseract-core-simd-lstm.wasm.js',
  'tesseract-core-relaxedsimd-lstm.wasm.js',
];

/**
 * Site path (under OCR_BASE) → file on disk, plus the language list the
 * worker reads first. Language files are served as `lang/<code>.traineddata`,
 * not gzipped, whatever their source: tesseract.js takes one compression for all.
 */
function ocrFiles(): {
  files: Map<string, string>;
  languages: Map<string, string>;
  index: string;
  missing: string[];
} {
  const require = createRequire(import.meta.url);
  const tesseract = path.dirname(require.resolve('tesseract.js/package.json'));
  const core = path.dirname(require.resolve('tesseract.js-core/package.json'));
  const files = new Map<string, string>([
    ['worker.min.js', path.join(tesseract, 'dist', 'worker.min.js')],
    ...CORES.map((name): [string, string] => [`core/${name}`, path.join(core, name)]),
  ]);
  const { found, missing } = findTessdata();
  const languages = new Map([...found].map(([code, file]) => [`lang/${code}.traineddata`, file]));
  return {
    files,
    languages,
    index: JSON.stringify({ languages: [...found.keys()], missing }),
    missing,
  };
}

/**
 * Ships tesseract.js's worker, its WebAssembly core and the language data
 * with the renderer, so OCR never reaches for a CDN. Language data is taken
 * from disk at build time; a missing language is a warning, not a failed
 * build, and the app says which languages it cannot read.
 */
export function ocrAssets(): Plugin {
  let collected: ReturnType<typeof ocrFiles> | null = null;
  const collect = () => (collected ??= ocrFiles());
  return {
    name: 'ocr-assets',
    buildStart() {
      const message = missingDataMessage(collect().missing);
      if (message) this.warn(message);
    },
    generateBundle() {
      const { files, languages, index } = collect();
      this.emitFile({ type: 'asset', fileName: `${OCR_BASE}/languages.json`, source: index });
      for (const [site, file] of files)
        this.emitFile({
          type: 'asset',
          fileName: `${OCR_BASE}/${site}`,
          source: new Uint8Array(readFileSync(file)),
        });
      for (const [site, file] of languages)
        this.emitFile({
          type: 'asset',
          fileName: `${OCR_BASE}/${site}`,
          source: plainTraineddata(file),
        });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = (request.url ?? '').split('?')[0] ?? '';
        if (!url.startsWith(`/${OCR_BASE}/`)) return next();
        const site = url.slice(OCR_BASE.length + 2);
        const { files, languages, index } = collect();
        const file = files.get(site);
        const language = languages.get(site);
        if (site !== 'languages.json' && !file && !language) return next();
        response.setHeader(
          'Content-Type',
          site.endsWith('.js')
            ? 'text/javascript'
            : site.endsWith('.json')
              ? 'application/json'
              : 'application/octet-stream',
        );
        response.end(file ? readFileSync(file) : language ? plainTraineddata(language) : index);
      });
    },
  };
}
