/**
 * Claim documents for the demo organisation, with planted anomalies and an
 * answer key for evaluating the anomaly detectors.
 *
 * How a seed uses it, in case order (the order given to planAnomalies):
 *   const plan = planAnomalies(facts, { share: 0.15, seed });
 *   const factory = createDocumentFactory({ seed });
 *   for (const f of facts) {
 *     const { documents, answers, overrides } = await factory.documentsFor(f, plan.get(f.caseId) ?? null);
 *     // claimedFen / policyStart / policyEnd: store these instead of the case's own values.
 *     // sameCustomerAs: point this case's customer_id at that (earlier) case's customer; the
 *     //   documents already name that customer, and this case's own customer row is then unused.
 *   }
 *   await writeAnswerKey(file, allAnswers);
 */
export { answerKey, GENERATOR_VERSION, writeAnswerKey, type AnswerKeyFile } from './answer-key';
export {
  CLAIM_GROUP_SIZE,
  CLAIM_GROUP_WINDOW_DAYS,
  OUTLIER_FACTOR,
  TYPICAL_CLAIMED_FEN,
} from './case-anomalies';
export { demoCaseFacts } from './demo-facts';
export { canPlant } from './eligibility';
export { createDocumentFactory } from './factory';
export { planAnomalies } from './plan';
export type {
  AnswerKeyEntry,
  CaseDocuments,
  CaseOverrides,
  DemoCaseFacts,
  DocumentFactory,
  DocumentKind,
  GeneratedDocument,
} from './types';
