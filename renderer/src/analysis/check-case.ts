import { detectCase } from '@shared/analysis/detectors';
import type { DocumentFacts, Finding } from '@shared/analysis/facts';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { MutationArgs } from '@shared/sync/mutations';
import type { WorkstationDatabase } from '../data/db';
import { fileBytes, viewableFile } from '../sync/blob-cache';
import { CentralError, type CentralClient } from '../sync/central-client';
import { FileProblemError, problemOf, type FileProblem } from './file-problems';
import { caseFactsOf, readDocumentFacts } from './read-facts';

/** Names the workstation's detectors on the flags they raise; bumped when their rules change. */
export const DETECTOR = { name: 'workstation-prereview', version: '1' } as const;

export interface CheckReport {
  read: number;
  raised: number;
  /** Files that could not be read, and why. */
  unreadable: { documentId: string; fileName: string; problem: FileProblem }[];
  /** OCR languages a scan or photographed paper needed but this installation has no data for. */
  ocrMissing: string[];
}

/**
 * The AI pre-review of a case: reads every file of the case, runs the
 * single-case detectors and raises a flag for each new finding. A finding
 * already flagged (open, confirmed or dismissed) is not raised again, so a
 * dismissal stands when the check runs a second time.
 */
export async function checkCase(
  db: WorkstationDatabase,
  central: CentralClient | null,
  caseId: string,
  raise: (args: MutationArgs<'flag.raise'>) => Promise<void>,
): Promise<CheckReport> {
  const record = await db.cases.get(caseId);
  if (!record) throw new Error(`No case ${caseId} on this device.`);
  const documents = await db.documents.where('caseId').equals(caseId).toArray();
  const facts: DocumentFacts[] = [];
  const unreadable: CheckReport['unreadable'] = [];
  const ocrMissing = new Set<string>();
  for (const document of documents) {
    try {
      // A photo's preview has lost its EXIF: only the original can be judged.
      if ((await viewableFile(db, document)).sha256 !== document.sha256)
        throw new FileProblemError('not-downloaded');
      const file = await fileBytes(db, central, document).catch((error: unknown) => {
        throw error instanceof CentralError && error.status === 'unreachable'
          ? new FileProblemError('not-downloaded')
          : error;
      });
      // The extraction worker keeps the per-file time budget.
      const read = await readDocumentFacts(document, file);
      if (read.facts) facts.push(read.facts);
      for (const code of read.ocrMissing) ocrMissing.add(code);
    } catch (error) {
      unreadable.push({
        documentId: document.id,
        fileName: document.fileName,
        problem: problemOf(error),
      });
    }
  }
  const flagged = new Set(
    (await db.flags.where('caseId').equals(caseId).toArray()).map((f) => findingKey(f)),
  );
  let raised = 0;
  for (const finding of detectCase(facts, caseFactsOf(record))) {
    if (flagged.has(findingKey(finding))) continue;
    flagged.add(findingKey(finding));
    await raise({
      flagId: uuidv7(),
      caseId,
      documentId: finding.documentId,
      detector: DETECTOR.name,
      detectorVersion: DETECTOR.version,
      kind: finding.kind,
      severity: finding.severity,
      page: finding.page,
      region: finding.region,
      evidence: finding.evidence,
      explanation: finding.explanation,
    });
    raised++;
  }
  return { read: facts.length, raised, unreadable, ocrMissing: [...ocrMissing] };
}

function findingKey(f: Pick<Finding, 'kind' | 'documentId' | 'page'>): string {
  return `${f.kind}|${f.documentId ?? ''}|${f.page ?? ''}`;
}
