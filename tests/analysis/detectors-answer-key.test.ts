import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AnomalyKind, SINGLE_CASE_ANOMALIES } from '@shared/analysis/anomaly-kinds';
import { detectCase } from '@shared/analysis/detectors';
import type { CaseFacts, DocumentFacts, Finding } from '@shared/analysis/facts';
import { pdfFacts } from '../../renderer/src/analysis/pdf-facts';
import { photoFacts } from '../../renderer/src/analysis/photo-facts';
import { createDocumentFactory } from '../../server/src/demo/documents/factory';
import { planAnomalies } from '../../server/src/demo/documents/plan';
import { sampleFacts } from '../../server/src/demo/documents/test-helpers';
import type {
  AnswerKeyEntry,
  DemoCaseFacts,
  GeneratedDocument,
} from '../../server/src/demo/documents/types';

/**
 * The single-case detectors against the demo generator's answer key: every
 * planted anomaly should be found on its document (recall), and clean
 * documents should raise next to nothing (false positives). The figures
 * are printed; the test holds them above a floor.
 */
const SEED = 7;
const CASES = 200;
const SINGLE = new Set<AnomalyKind>(SINGLE_CASE_ANOMALIES);

interface Judged {
  kind: AnomalyKind;
  caseId: string;
  documentId: string | null;
}

const planted: Judged[] = [];
const found: (Finding & { caseId: string })[] = [];
let documentsRead = 0;

async function factsOf(doc: GeneratedDocument): Promise<DocumentFacts> {
  const about = { documentId: doc.id, fileName: doc.fileName, docType: doc.kind };
  if (doc.mediaType !== 'application/pdf') return photoFacts(doc.bytes, about);
  const pdf = await getDocument({ data: doc.bytes.slice(), verbosity: 0, disableFontFace: true })
    .promise;
  try {
    return await pdfFacts(pdf, doc.bytes, about);
  } finally {
    await pdf.destroy();
  }
}

function caseFacts(facts: DemoCaseFacts, overrides: Partial<DemoCaseFacts>): CaseFacts {
  const c = { ...facts, ...overrides };
  return {
    caseId: c.caseId,
    claimedFen: c.claimedFen,
    lossAt: c.lossAt,
    reportedAt: c.reportedAt,
    lossLat: c.lossLat,
    lossLng: c.lossLng,
    policyStart: c.policyStart,
    policyEnd: c.policyEnd,
    claimant: { name: c.claimantName, idNumber: c.claimantIdNumber },
  };
}

beforeAll(async () => {
  const all = sampleFacts(CASES, SEED);
  const plan = planAnomalies(all, { share: 0.35, seed: SEED });
  const factory = createDocumentFactory({ seed: SEED });
  for (const facts of all) {
    const result = await factory.documentsFor(facts, plan.get(facts.caseId) ?? null);
    const answers: AnswerKeyEntry[] = result.answers.filter((a) => SINGLE.has(a.anomaly));
    planted.push(
      ...answers.map((a) => ({ kind: a.anomaly, caseId: a.caseId, documentId: a.documentId })),
    );
    const documents = await Promise.all(result.documents.map(factsOf));
    documentsRead += documents.length;
    // A repeat claimant's case is moved to the first case's customer, as the demo seed does.
    const { sameCustomerAs, ...overrides } = result.overrides;
    const first = all.find((c) => c.caseId === sameCustomerAs);
    const claimant = first
      ? { claimantName: first.claimantName, claimantIdNumber: first.claimantIdNumber }
      : {};
    for (const finding of detectCase(documents, caseFacts(facts, { ...overrides, ...claimant })))
      found.push({ ...finding, caseId: facts.caseId });
  }
}, 600_000);

describe('single-case detectors on the demo papers', () => {
  it('find what was planted, where it was planted, and little else', () => {
    const rows = [...SINGLE].map((kind) => {
      const want = planted.filter((p) => p.kind === kind);
      const hits = want.filter((p) =>
        found.some(
          (f) =>
            f.kind === kind &&
            f.caseId === p.caseId &&
            (p.documentId === null || f.documentId === p.documentId),
        ),
      );
      const extra = found.filter(
        (f) =>
          f.kind === kind &&
          !want.some(
            (p) =>
              p.caseId === f.caseId && (p.documentId === null || p.documentId === f.documentId),
          ),
      );
      return { kind, planted: want.length, found: hits.length, falsePositives: extra.length };
    });
    console.table(rows);
    const plantedTotal = rows.reduce((s, r) => s + r.planted, 0);
    const foundTotal = rows.reduce((s, r) => s + r.found, 0);
    const falseTotal = rows.reduce((s, r) => s + r.falsePositives, 0);
    console.log(
      `detectors: ${documentsRead} documents of ${CASES} cases; recall ${foundTotal}/${plantedTotal}, ${falseTotal} false positives`,
    );
    expect(plantedTotal).toBeGreaterThan(40);
    for (const row of rows) if (row.planted > 0) expect(row.found, row.kind).toBeGreaterThan(0);
    expect(foundTotal / plantedTotal).toBeGreaterThanOrEqual(0.9);
    expect(falseTotal).toBeLessThanOrEqual(Math.ceil(documentsRead * 0.01));
  });
});
