import { Extractor } from './extract-client';

/** Reading and checking one file may take this long; a file that takes longer is reported, not waited for. */
export const BUDGET_PER_FILE_MS = 60_000;

let shared: Extractor | null = null;

/** The workstation's one extraction worker, started on first use. */
export function extractor(): Extractor {
  shared ??= new Extractor(
    () => new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' }),
    BUDGET_PER_FILE_MS,
  );
  return shared;
}
