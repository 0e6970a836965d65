import { type AnomalyKind, AnomalyKind as AllKinds } from '@shared/analysis/anomaly-kinds';
import {
  type ClaimSummary,
  CrossClaimIndex,
  type DocumentPrint,
  printOf,
  regionOfAddress,
} from '@shared/analysis/cross-claim';
import { detectCase } from '@shared/analysis/detectors';
import type { CaseFacts, DocumentFacts, Finding } from '@shared/analysis/facts';
import { pdfFacts } from '@shared/analysis/pdf-facts';
import { photoFacts } from '../../../renderer/src/analysis/photo-facts';
import { createDocumentFactory } from '../../../server/src/demo/documents/factory';
import { planAnomalies } from '../../../server/src/demo/documents/plan';
import { jpegDHash } from '../../../server/src/analysis/prints/jpeg-dhash';
import { withPdf } from '../../../server/src/analysis/prints/open-pdf';
import { sampleFacts } from '../../../server/src/demo/documents/test-helpers';
import type { DemoCaseFacts, GeneratedDocument } from '../../../server/src/demo/documents/types';

/** How the detectors of one kind did against the answer key. */
export interface KindScore {
  kind: AnomalyKind;
  planted: number;
  found: number;
  falsePositives: number;
}

export interface Evaluation {
  cases: number;
  documents: number;
  kinds: KindScore[];
  precision: number;
  recall: number;
}

/**
 * Generates the demo papers as the seed does (same planner, same factory),
 * reads each as the workstation would, runs the single-case detectors, then
 * the service's cross-claim detectors over every claim and print in filing
 * order, and scores both against the generator's answer key. A finding counts when it
 * names the planted kind on the planted case (and file, when the anomaly is
 * on a file); anything else it raises of that kind is a false positive.
 */
export async function evaluateDetectors(options: {
  cases: number;
  seed: number;
  share: number;
}): Promise<Evaluation> {
  const all = sampleFacts(options.cases, options.seed);
  const plan = planAnomalies(all, { share: options.share, seed: options.seed });
  const factory = createDocumentFactory({ seed: options.seed });
  const planted: { kind: AnomalyKind; caseId: string; documentId: string | null }[] = [];
  const found: (Finding & { caseId: string })[] = [];
  const prints: DocumentPrint[] = [];
  const claims = new CrossClaimIndex();
  const summaries: ClaimSummary[] = [];
  let documents = 0;
  for (const facts of all) {
    const result = await factory.documentsFor(facts, plan.get(facts.caseId) ?? null);
    for (const a of result.answers)
      planted.push({ kind: a.anomaly, caseId: a.caseId, documentId: a.documentId });
    const read = await Promise.all(result.documents.map(factsOf));
    documents += read.length;
    const filed = { caseId: facts.caseId, caseNumber: facts.caseNumber, filedAt: facts.reportedAt };
    read.forEach((f, i) => {
      const bytes = result.documents[i]?.bytes;
      const print = printOf(f, filed);
      prints.push(f.kind === 'photo' && bytes ? { ...print, dHash: jpegDHash(bytes) } : print);
    });
    // A repeat claimant's case belongs to the first case's customer, as the demo seed stores it.
    const { sameCustomerAs, ...overrides } = result.overrides;
    const first = all.find((c) => c.caseId === sameCustomerAs);
    const claimant = first
      ? { claimantName: first.claimantName, claimantIdNumber: first.claimantIdNumber }
      : {};
    for (const finding of detectCase(read, caseFacts({ ...facts, ...overrides, ...claimant })))
      found.push({ ...finding, caseId: facts.caseId });
    const claim: ClaimSummary = {
      caseId: facts.caseId,
      caseNumber: facts.caseNumber,
      line: facts.line,
      region: regionOfAddress(facts.lossLocation),
      customerId: first?.customerId ?? facts.customerId,
      claimedFen: overrides.claimedFen ?? facts.claimedFen,
      reportedAt: facts.reportedAt,
    };
    summaries.push(claim);
    claims.addClaim(claim);
  }
  // As the service does: each print against those filed before it, each claim against all.
  prints.sort((a, b) => a.filedAt - b.filedAt || a.documentId.localeCompare(b.documentId));
  for (const print of prints) {
    for (const finding of claims.judgePrint(print))
      found.push({ ...finding, caseId: print.caseId });
    claims.addPrint(print);
  }
  for (const claim of summaries)
    for (const finding of claims.judgeClaim(claim))
      found.push({ ...finding, caseId: claim.caseId });
  const matches = (p: (typeof planted)[number], f: (typeof found)[number]) =>
    f.kind === p.kind &&
    f.caseId === p.caseId &&
    (p.documentId === null || f.documentId === p.documentId);
  const kinds = AllKinds.options.map((kind) => {
    const want = planted.filter((p) => p.kind === kind);
    const mine = found.filter((f) => f.kind === kind);
    return {
      kind,
      planted: want.length,
      found: want.filter((p) => mine.some((f) => matches(p, f))).length,
      falsePositives: mine.filter((f) => !want.some((p) => matches(p, f))).length,
    };
  });
  const sum = (pick: (k: KindScore) => number) => kinds.reduce((s, k) => s + pick(k), 0);
  const truePositives = found.length - sum((k) => k.falsePositives);
  return {
    cases: all.length,
    documents,
    kinds,
    precision: found.length === 0 ? 0 : truePositives / found.length,
    recall: sum((k) => k.planted) === 0 ? 0 : sum((k) => k.found) / sum((k) => k.planted),
  };
}

async function factsOf(doc: GeneratedDocument): Promise<DocumentFacts> {
  const about = { documentId: doc.id, fileName: doc.fileName, docType: doc.kind };
  if (doc.mediaType !== 'application/pdf') return photoFacts(doc.bytes, about);
  return withPdf(doc.bytes, (pdf) => pdfFacts(pdf, doc.bytes, about));
}

function caseFacts(c: DemoCaseFacts): CaseFacts {
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
