import type { Line } from '@shared/domain/lines';
import { createDocumentFactory } from '../../../server/src/demo/documents/factory';
import type {
  AnswerKeyEntry,
  DemoCaseFacts,
  GeneratedDocument,
} from '../../../server/src/demo/documents/types';

/** What the e2e needs of a synced case to write papers for it. */
export interface CaseForPapers {
  id: string;
  caseNumber: string | null;
  line: Line;
  customer: { id: string; name: string; kind: 'individual' | 'enterprise'; idNumber: string };
  policy: { policyNumber: string; startAt: number; endAt: number } | null;
  lossAt: number;
  reportedAt: number;
  lossLocation: string;
  lossLat: number | null;
  lossLng: number | null;
  claimedFen: number;
}

/**
 * A paper for this very case, as an issuer would print it, with one
 * anomaly planted by the demo generator, and where the generator put it.
 */
export async function tamperedPaper(
  c: CaseForPapers,
  anomaly: 'font-mismatch',
): Promise<{ file: GeneratedDocument; answer: AnswerKeyEntry }> {
  if (!c.policy) throw new Error(`case ${c.id} has no policy`);
  const facts: DemoCaseFacts = {
    caseId: c.id,
    caseNumber: c.caseNumber ?? c.id,
    line: c.line,
    claimantName: c.customer.name,
    claimantIdNumber: c.customer.idNumber,
    customerId: c.customer.id,
    customerKind: c.customer.kind,
    lossAt: c.lossAt,
    reportedAt: c.reportedAt,
    lossLocation: c.lossLocation,
    lossLat: c.lossLat ?? 31.23,
    lossLng: c.lossLng ?? 121.47,
    policyNumber: c.policy.policyNumber,
    policyStart: c.policy.startAt,
    policyEnd: c.policy.endAt,
    claimedFen: c.claimedFen,
  };
  const { documents, answers } = await createDocumentFactory({ seed: 11 }).documentsFor(
    facts,
    anomaly,
  );
  const answer = answers.find((a) => a.anomaly === anomaly);
  const file = documents.find((d) => d.id === answer?.documentId);
  if (!answer || !file) throw new Error(`the generator planted no ${anomaly} on a file`);
  return { file, answer };
}
