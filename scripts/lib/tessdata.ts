import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * Where OCR language data lives on this machine. English comes with the
 * app's npm dependencies; Chinese is not on npm and comes from the
 * distribution (Debian: tesseract-ocr-chi-sim) or from TESSDATA_DIR. Data is
 * only ever read from disk: nothing is downloaded, at build or at run time.
 */
export interface TessdataFiles {
  /** Language code → file (.traineddata or .traineddata.gz). */
  found: Map<string, string>;
  /** Wanted languages with no data on this machine. */
  missing: string[];
}

export const OCR_LANGUAGES = ['chi_sim', 'eng'] as const;

/** The LSTM-only English model: the legacy engine is not shipped, so neither is its data. */
function npmEnglish(): string | null {
  try {
    const main = createRequire(import.meta.url).resolve('@tesseract.js-data/eng');
    const file = path.join(path.dirname(main), '4.0.0_best_int', 'eng.traineddata.gz');
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

function systemDirs(env: NodeJS.ProcessEnv): string[] {
  const dirs = env['TESSDATA_DIR'] ? [env['TESSDATA_DIR']] : [];
  for (const root of ['/usr/share/tesseract-ocr', '/usr/local/share/tesseract-ocr']) {
    if (!existsSync(root)) continue;
    // Newest tesseract first: /usr/share/tesseract-ocr/5/tessdata before 4.00.
    const versions = readdirSync(root).sort().reverse();
    for (const version of versions) dirs.push(path.join(root, version, 'tessdata'));
  }
  dirs.push('/usr/share/tessdata');
  return dirs;
}

export function findTessdata(env: NodeJS.ProcessEnv = process.env): TessdataFiles {
  const found = new Map<string, string>();
  const dirs = systemDirs(env);
  for (const code of OCR_LANGUAGES) {
    // TESSDATA_DIR overrides everything; otherwise English comes from npm first.
    const candidates = [
      ...(env['TESSDATA_DIR'] ? [env['TESSDATA_DIR']] : []),
      ...(code === 'eng' ? [null] : []),
      ...dirs,
    ];
    for (const dir of candidates) {
      const file =
        dir === null
          ? npmEnglish()
          : [`${code}.traineddata`, `${code}.traineddata.gz`]
              .map((name) => path.join(dir, name))
              .find((f) => existsSync(f));
      if (file) {
        found.set(code, file);
        break;
      }
    }
  }
  return { found, missing: OCR_LANGUAGES.filter((code) => !found.has(code)) };
}

/** What to tell the user when a language is missing: how to get it, not a stack trace. */
export function missingDataMessage(missing: readonly string[]): string | null {
  if (missing.length === 0) return null;
  const names = missing.map((code) => (code === 'chi_sim' ? 'Chinese (chi_sim)' : code));
  return (
    `OCR data missing for ${names.join(', ')}: scans are read in the other languages only. ` +
    'Install the Debian package tesseract-ocr-chi-sim or set TESSDATA_DIR to a folder ' +
    'holding chi_sim.traineddata, then rebuild.'
  );
}

/** A language file's data as tesseract loads it: not gzipped. */
export function plainTraineddata(file: string): Uint8Array {
  const bytes = readFileSync(file);
  return new Uint8Array(file.endsWith('.gz') ? gunzipSync(bytes) : bytes);
}

const FOLDER = fileURLToPath(new URL('../../node_modules/.cache/tessdata', import.meta.url));

/**
 * The found languages side by side as `<code>.traineddata`, as tesseract.js
 * wants one folder and one compression for all of them. Rewritten only when
 * a source file is newer than its copy.
 */
export async function tessdataFolder(found: ReadonlyMap<string, string>): Promise<string> {
  await mkdir(FOLDER, { recursive: true });
  for (const [code, file] of found) {
    const target = path.join(FOLDER, `${code}.traineddata`);
    const copy = await stat(target).catch(() => null);
    if (copy && copy.mtimeMs >= (await stat(file)).mtimeMs) continue;
    await writeFile(target, file.endsWith('.gz') ? plainTraineddata(file) : await readFile(file));
  }
  return FOLDER;
}
