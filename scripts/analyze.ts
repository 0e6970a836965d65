import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { detectCase } from '@shared/analysis/detectors';
import type { CaseFacts, DocumentFacts } from '@shared/analysis/facts';
import { describeIssues } from '@shared/lib/zod-issues';
import { problemOf } from '../renderer/src/analysis/file-problems';
import type { OcrEngine } from '../renderer/src/analysis/ocr-engine';
import { ocrRuns } from '../renderer/src/analysis/ocr-text';
import { withPdf } from '../server/src/analysis/prints/open-pdf';
import { isPaperPhoto } from '../renderer/src/analysis/paper-photo';
import { pdfFacts } from '@shared/analysis/pdf-facts';
import { photoFacts } from '../renderer/src/analysis/photo-facts';
import { pagesWithoutText, withScannedPages } from '../renderer/src/analysis/scanned-pages';
import { pngPainter, startDiskOcr } from './lib/ocr-node';
import { missingDataMessage } from './lib/tessdata';

/**
 * `npm run analyze -- FILE... [--case case.json] [--doc-type TYPE]`: reads
 * each PDF or photo as the workstation does — pages without a text layer and
 * photographed papers (a photo given a paper type such as repair-invoice)
 * by OCR, with the language data on this machine's disk — and runs the
 * single-case detectors, printing the findings as JSON. Without --case only the checks that need no case run
 * (metadata, fonts, sums, ID check digits, EXIF presence); with it, dates,
 * amounts, names and places are checked against the case too. A file that
 * cannot be read is reported on stderr and the exit code is 1.
 */
const USAGE = 'usage: npm run analyze -- FILE... [--case case.json] [--doc-type TYPE]';

const Time = z.union([z.number(), z.string().transform((s) => Date.parse(s))]);
const CaseFile = z.object({
  caseId: z.string().default('case'),
  claimedFen: z.number().int().nonnegative(),
  lossAt: Time,
  reportedAt: Time,
  lossLat: z.number().nullable().default(null),
  lossLng: z.number().nullable().default(null),
  policyStart: Time.nullable().default(null),
  policyEnd: Time.nullable().default(null),
  claimant: z.object({ name: z.string(), idNumber: z.string().nullable().default(null) }),
});

/** Without a case, nothing case-specific can fire: no dates, amounts or places to compare. */
const NO_CASE: CaseFacts = {
  caseId: 'none',
  claimedFen: 0,
  lossAt: Number.NaN,
  reportedAt: Number.NaN,
  lossLat: null,
  lossLng: null,
  policyStart: null,
  policyEnd: null,
  claimant: { name: '', idNumber: null },
};
const CASE_ONLY = new Set([
  'document-date-outside-policy',
  'invoice-before-loss',
  'invoice-total-vs-claimed',
  'photo-after-report',
  'photo-long-before-loss',
  'gps-far-from-loss',
  'name-mismatch',
  'loss-soon-after-policy-start',
  'loss-just-before-expiry',
]);

/** OCR starts on the first file that needs it; a missing language is said once, on stderr. */
let ocr: Promise<OcrEngine | null> | null = null;
function diskOcr(): Promise<OcrEngine | null> {
  ocr ??= startDiskOcr().then(({ engine, missing }) => {
    const message = missingDataMessage(missing);
    if (message) console.error(message);
    return engine;
  });
  return ocr;
}

async function factsOf(file: string, docType: string | null): Promise<DocumentFacts> {
  const bytes = new Uint8Array(await readFile(file));
  const about = { documentId: path.basename(file), fileName: path.basename(file), docType };
  if (/\.pdf$/i.test(file)) {
    return withPdf(bytes, async (pdf) => {
      const facts = await pdfFacts(pdf, bytes, about);
      if (pagesWithoutText(facts).length === 0) return facts;
      const engine = await diskOcr();
      return engine ? await withScannedPages(pdf, facts, pngPainter(pdf), engine) : facts;
    });
  }
  if (/\.(jpe?g|png|heic|tiff?)$/i.test(file)) {
    const facts = await photoFacts(bytes, about);
    const engine = isPaperPhoto(docType) ? await diskOcr() : null;
    if (!engine) return facts;
    // Read at full size, so the runs are already in the photo's pixels.
    const read = ocrRuns(await engine.recognize(Buffer.from(bytes)), 1, 1);
    return { ...facts, ocrText: read.text, ocrRuns: read.runs };
  }
  throw new Error('only PDFs and photos (.jpg, .png, .heic, .tif) can be analysed');
}

/** Takes `--name VALUE` out of the arguments; undefined when absent, null when its value is. */
function option(args: string[], name: string): string | null | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value === undefined || value.startsWith('--') ? null : value;
}

async function main(args: string[]): Promise<number> {
  const files = [...args];
  const caseFile = option(files, '--case');
  const docType = option(files, '--doc-type');
  if (files.length === 0 || caseFile === null || docType === null) {
    console.error(USAGE);
    return 2;
  }
  let c = NO_CASE;
  if (caseFile) {
    const parsed = CaseFile.safeParse(JSON.parse(await readFile(caseFile, 'utf8')) as unknown);
    if (!parsed.success) {
      console.error(`${caseFile}: ${describeIssues(parsed.error)}`);
      return 1;
    }
    c = parsed.data;
  }
  const documents: DocumentFacts[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      documents.push(await factsOf(file, docType ?? null));
    } catch (error) {
      failed++;
      console.error(
        `${file}: ${problemOf(error)} (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  const findings = detectCase(documents, c).filter((f) => caseFile || !CASE_ONLY.has(f.kind));
  console.log(JSON.stringify({ files: documents.length, findings }, null, 2));
  await (await ocr)?.terminate();
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
