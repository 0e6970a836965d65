import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { z } from 'zod';
import { detectCase } from '@shared/analysis/detectors';
import type { CaseFacts, DocumentFacts } from '@shared/analysis/facts';
import { describeIssues } from '@shared/lib/zod-issues';
import { problemOf } from '../renderer/src/analysis/file-problems';
import { pdfFacts } from '../renderer/src/analysis/pdf-facts';
import { photoFacts } from '../renderer/src/analysis/photo-facts';

/**
 * `npm run analyze -- FILE... [--case case.json]`: reads each PDF or photo
 * as the workstation does and runs the single-case detectors, printing the
 * findings as JSON. Without --case only the checks that need no case run
 * (metadata, fonts, sums, ID check digits, EXIF presence); with it, dates,
 * amounts, names and places are checked against the case too. A file that
 * cannot be read is reported on stderr and the exit code is 1.
 */
const USAGE = 'usage: npm run analyze -- FILE... [--case case.json]';

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

async function factsOf(file: string): Promise<DocumentFacts> {
  const bytes = new Uint8Array(await readFile(file));
  const about = { documentId: path.basename(file), fileName: path.basename(file), docType: null };
  if (/\.pdf$/i.test(file)) {
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0, disableFontFace: true })
      .promise;
    try {
      return await pdfFacts(pdf, bytes, about);
    } finally {
      await pdf.destroy();
    }
  }
  if (/\.(jpe?g|png|heic|tiff?)$/i.test(file)) return photoFacts(bytes, about);
  throw new Error('only PDFs and photos (.jpg, .png, .heic, .tif) can be analysed');
}

async function main(args: string[]): Promise<number> {
  const at = args.indexOf('--case');
  const caseFile = at >= 0 ? args[at + 1] : undefined;
  const files = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
  if (files.length === 0 || (at >= 0 && !caseFile)) {
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
      documents.push(await factsOf(file));
    } catch (error) {
      failed++;
      console.error(
        `${file}: ${problemOf(error)} (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  const findings = detectCase(documents, c).filter((f) => caseFile || !CASE_ONLY.has(f.kind));
  console.log(JSON.stringify({ files: documents.length, findings }, null, 2));
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
