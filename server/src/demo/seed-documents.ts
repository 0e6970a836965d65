import type { DocumentRecord } from '@shared/sync/records';
import type { BlobStore } from '../blobs/blob-store';
import { storeBytes } from '../blobs/store-bytes';
import {
  createDocumentFactory,
  planAnomalies,
  type AnswerKeyEntry,
  type DemoCaseFacts,
} from './documents';
import type { DemoOrganisation } from './organisation';

/** About this share of demo cases carries one planted anomaly. */
export const ANOMALY_SHARE = 0.15;

export interface SeededDocuments {
  documents: DocumentRecord[];
  blobs: { sha256: string; size: number; mediaType: string; caseId: string }[];
  answers: AnswerKeyEntry[];
}

/**
 * Generates every demo case's documents into the blob store and applies the
 * case-level changes planted anomalies need (an outlier amount, a policy that
 * just started or is about to end, several claims by one customer) to the
 * organisation before it is written. Cases are processed in order: planted
 * duplicates reuse documents of earlier cases.
 */
export async function seedDocuments(
  org: DemoOrganisation,
  store: BlobStore,
  options: { seed: number; onProgress?: (done: number, total: number) => void },
): Promise<SeededDocuments> {
  const facts = caseFacts(org);
  const plan = planAnomalies(facts, { share: ANOMALY_SHARE, seed: options.seed });
  const factory = createDocumentFactory({ seed: options.seed });
  const cases = new Map(org.cases.map((c) => [c.id, c]));
  const policies = new Map(org.policies.map((p) => [p.id, p]));
  const out: SeededDocuments = { documents: [], blobs: [], answers: [] };
  // Writes are fsynced: keep many in flight so their waits overlap with generating the next case.
  const writing = new Set<Promise<void>>();
  const write = async (sha256: string, bytes: Uint8Array) => {
    const pending = storeBytes(store, sha256, bytes).finally(() => writing.delete(pending));
    writing.add(pending);
    if (writing.size >= 32) await Promise.race(writing);
  };

  for (const [index, fact] of facts.entries()) {
    const { documents, answers, overrides } = await factory.documentsFor(
      fact,
      plan.get(fact.caseId) ?? null,
    );
    const demoCase = cases.get(fact.caseId);
    const policy = demoCase ? policies.get(demoCase.policy_id) : undefined;
    if (demoCase && overrides.claimedFen !== undefined) demoCase.claimed_fen = overrides.claimedFen;
    if (policy && overrides.policyStart !== undefined) policy.start_at = overrides.policyStart;
    if (policy && overrides.policyEnd !== undefined) policy.end_at = overrides.policyEnd;
    if (demoCase && overrides.sameCustomerAs) {
      const first = cases.get(overrides.sameCustomerAs);
      if (first) demoCase.customer_id = first.customer_id;
    }
    for (const document of documents) {
      await write(document.sha256, document.bytes);
      out.blobs.push({
        sha256: document.sha256,
        size: document.bytes.byteLength,
        mediaType: document.mediaType,
        caseId: fact.caseId,
      });
      out.documents.push({
        id: document.id,
        caseId: fact.caseId,
        sha256: document.sha256,
        fileName: document.fileName,
        mediaType: document.mediaType,
        size: document.bytes.byteLength,
        docType: document.kind,
        extractionStatus: 'pending',
        uploadedBy: null,
        createdAt: fact.reportedAt,
        // Demo files are whole from the start: no field photo was sent ahead as a preview.
        photo: null,
        preview: null,
        originalStored: true,
      });
    }
    out.answers.push(...answers);
    options.onProgress?.(index + 1, facts.length);
  }
  await Promise.all(writing);
  return out;
}

function caseFacts(org: DemoOrganisation): DemoCaseFacts[] {
  const customers = new Map(org.customers.map((c) => [c.id, c]));
  const policies = new Map(org.policies.map((p) => [p.id, p]));
  return org.cases.map((c) => {
    const customer = customers.get(c.customer_id);
    const policy = policies.get(c.policy_id);
    if (!customer || !policy) throw new Error(`demo case ${c.id} lacks its customer or policy`);
    return {
      caseId: c.id,
      caseNumber: c.case_number,
      line: c.line,
      claimantName: customer.name,
      claimantIdNumber: customer.id_number,
      customerId: customer.id,
      customerKind: customer.kind,
      lossAt: c.loss_at,
      reportedAt: c.reported_at,
      lossLocation: c.loss_location,
      lossLat: c.loss_lat,
      lossLng: c.loss_lng,
      policyNumber: policy.policy_number,
      policyStart: policy.start_at,
      policyEnd: policy.end_at,
      claimedFen: c.claimed_fen,
    };
  });
}
