import type { CaseState } from '../lifecycle';
import type { Line } from '../lines';
import type { CaseMilestones } from '../milestones';
import type { AnomalySeverity, ComplaintFacts, SlaFacts } from './facts';

/** The parts of a synced case the clocks read; a CaseRecord is one. */
export interface SlaCase {
  readonly line: Line;
  readonly state: CaseState;
  readonly claimedFen: number;
  readonly customer: { readonly kind: 'individual' | 'enterprise' };
  readonly dedicatedAdvisorId: string | null;
  readonly complex: boolean;
  readonly greenChannel: boolean;
  readonly disaster: boolean;
  readonly lossAt: number;
  readonly reportedAt: number;
  readonly milestones: CaseMilestones;
}

export interface OpenFlags {
  readonly count: number;
  readonly maxSeverity?: AnomalySeverity;
}

/** Shared by every case without complaints; the engine only reads it. */
const NO_COMPLAINTS: ComplaintFacts[] = [];

/**
 * The SLA engine's facts for a synced case. Reporting is the claimant's
 * request for payment, so it stops the limitation clock; optional times are
 * copied only when present, keeping every object the same few shapes.
 */
export function slaFactsOf(c: SlaCase, flags: OpenFlags): SlaFacts {
  const m = c.milestones;
  const facts: SlaFacts = {
    line: c.line,
    state: c.state,
    claimedFen: c.claimedFen,
    customerKind: c.customer.kind,
    dedicatedAdvisor: c.dedicatedAdvisorId !== null,
    complex: c.complex,
    greenChannel: c.greenChannel,
    disaster: c.disaster,
    openAnomalyCount: flags.count,
    lossAt: c.lossAt,
    reportedAt: c.reportedAt,
    claimSubmittedAt: c.reportedAt,
    complaints: m.complaints ?? NO_COMPLAINTS,
  };
  if (flags.maxSeverity) facts.maxAnomalySeverity = flags.maxSeverity;
  if (m.acceptedAt !== undefined) facts.caseNumberIssuedAt = m.acceptedAt;
  if (m.materialsCompleteAt !== undefined) facts.materialsCompleteAt = m.materialsCompleteAt;
  if (m.firstContactAt !== undefined) facts.firstContactAt = m.firstContactAt;
  if (m.lastProgressCallAt !== undefined) facts.lastProgressCallAt = m.lastProgressCallAt;
  if (m.decision) facts.decision = m.decision;
  if (m.denialNoticeAt !== undefined) facts.denialNoticeAt = m.denialNoticeAt;
  if (m.agreementAt !== undefined) facts.agreementAt = m.agreementAt;
  if (m.advancePaidAt !== undefined) facts.advancePaidAt = m.advancePaidAt;
  if (m.paidAt !== undefined) facts.paidAt = m.paidAt;
  if (m.closedAt !== undefined) facts.closedAt = m.closedAt;
  if (m.satisfactionFollowUpAt !== undefined)
    facts.satisfactionFollowUpAt = m.satisfactionFollowUpAt;
  return facts;
}
