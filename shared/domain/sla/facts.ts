import { z } from 'zod';
import { CaseState } from '../lifecycle';
import { Line } from '../lines';
import { ComplaintMilestones } from '../milestones';

/**
 * What the SLA engine needs to know about a case: flags and the times of
 * the events that start and stop its clocks. Times are epoch ms; an absent
 * time means the event has not happened (yet).
 */

const At = z.number().int();
const Fen = z.number().int().nonnegative();

export const AnomalySeverity = z.enum(['low', 'medium', 'high']);
export type AnomalySeverity = z.infer<typeof AnomalySeverity>;

/** A complaint's times, as the case's milestones keep them. */
export const ComplaintFacts = ComplaintMilestones;
export type ComplaintFacts = z.infer<typeof ComplaintFacts>;

export const Decision = z.object({ at: At, kind: z.enum(['approve', 'deny']) });
export type Decision = z.infer<typeof Decision>;

export const SlaFacts = z.object({
  line: Line,
  state: CaseState,
  claimedFen: Fen,
  customerKind: z.enum(['individual', 'enterprise']),
  /** A dedicated advisor (专属理赔顾问) is assigned to the customer. */
  dedicatedAdvisor: z.boolean(),
  complex: z.boolean(),
  greenChannel: z.boolean(),
  disaster: z.boolean(),
  openAnomalyCount: z.number().int().nonnegative(),
  maxAnomalySeverity: AnomalySeverity.optional(),
  lossAt: At.optional(),
  /** When the claimant learned of the insured event (art. 26); defaults to the loss time. */
  knownAt: At.optional(),
  reportedAt: At,
  /** The report was accepted and its case number issued to the customer. */
  caseNumberIssuedAt: At.optional(),
  /** The claimant's request for payment was received: stops the limitation clock. */
  claimSubmittedAt: At.optional(),
  /** The claim and all required materials are in (art. 23, art. 25 start here). */
  materialsCompleteAt: At.optional(),
  firstContactAt: At.optional(),
  lastProgressCallAt: At.optional(),
  /** A contract's own decision period replaces the 30 days of art. 23. */
  contractDecisionDays: z.number().int().positive().optional(),
  decision: Decision.optional(),
  denialNoticeAt: At.optional(),
  agreementAt: At.optional(),
  /** The determinable part was paid first (先予支付, art. 25). */
  advancePaidAt: At.optional(),
  paidAt: At.optional(),
  closedAt: At.optional(),
  satisfactionFollowUpAt: At.optional(),
  complaints: z.array(ComplaintFacts),
});
export type SlaFacts = z.infer<typeof SlaFacts>;
