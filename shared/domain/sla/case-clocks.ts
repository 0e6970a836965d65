import { isOpenState } from '../lifecycle';
import { ASSIGN_ADVISOR } from './clock-texts';
import { clockSpec, type ClockSpec } from './clock-evaluation';
import type { SlaFacts } from './facts';
import type { Limit, SlaCatalogue } from './sla-catalogue';
import { earlier } from './times';

/**
 * When each case-level clock of domain.md §4 applies, when it starts and
 * which event stops it. A rule returns nothing when the clock does not apply.
 *
 * Clocks about working the case lapse with it: once a case is closed,
 * denied or withdrawn, a clock whose ending event never happened is
 * dropped rather than shown as running. Clocks owed after the end (denial
 * notice, satisfaction follow-up) stay.
 */

type Rule = (facts: SlaFacts, catalogue: SlaCatalogue) => ClockSpec | undefined;

function running(facts: SlaFacts, spec: ClockSpec): ClockSpec | undefined {
  return spec.endedAt === undefined && !isOpenState(facts.state) ? undefined : spec;
}

function earliest(
  a: number | undefined,
  b: number | undefined,
  c: number | undefined,
): number | undefined {
  return earlier(earlier(a, b), c);
}

/** Known once issued; while a report waits in REPORTED it runs. Older cases without the time have none. */
const caseNumber: Rule = (facts) => {
  if (facts.caseNumberIssuedAt === undefined && facts.state !== 'REPORTED') return undefined;
  return running(facts, clockSpec('case-number', facts.reportedAt, facts.caseNumberIssuedAt));
};

const advisorFirstContact: Rule = (facts, { scope }) => {
  const qualifies =
    facts.dedicatedAdvisor ||
    facts.customerKind === 'enterprise' ||
    facts.claimedFen >= scope.advisorMinClaimedFen;
  if (!qualifies) return undefined;
  const nextAction = facts.dedicatedAdvisor ? undefined : ASSIGN_ADVISOR;
  return running(
    facts,
    clockSpec('advisor-first-contact', facts.reportedAt, facts.firstContactAt, { nextAction }),
  );
};

/** §7: only small claims with complete materials and no open anomaly go the automatic way. */
const smallClaimDecision: Rule = (facts, { scope }) => {
  const ceiling = scope.smallClaimMaxFen[facts.line];
  if (ceiling === undefined || facts.claimedFen > ceiling || facts.complex) return undefined;
  if (facts.openAnomalyCount > 0 || facts.materialsCompleteAt === undefined) return undefined;
  return running(
    facts,
    clockSpec('small-claim-decision', facts.materialsCompleteAt, facts.decision?.at),
  );
};

const complexPropertyTarget: Rule = (facts, { scope }) => {
  if (facts.line !== 'PROPERTY' || !facts.complex) return undefined;
  if (facts.claimedFen < scope.complexPropertyMinFen) return undefined;
  return running(facts, clockSpec('complex-property-target', facts.reportedAt, facts.decision?.at));
};

/**
 * Recurring: each call restarts the week. With only the last call known, the
 * clock judges the current gap, which the case's closing ends.
 */
const progressCall: Rule = (facts) => {
  if (!facts.complex) return undefined;
  const endedAt = isOpenState(facts.state) ? undefined : facts.closedAt;
  const startedAt = facts.lastProgressCallAt ?? facts.reportedAt;
  return running(facts, clockSpec('progress-call', startedAt, endedAt));
};

const complexDecision: Rule = (facts) => {
  if (!facts.complex || facts.materialsCompleteAt === undefined) return undefined;
  const days = facts.contractDecisionDays;
  const limit: Limit | undefined =
    days === undefined ? undefined : { amount: days, unit: 'days', calendar: 'calendar' };
  return running(
    facts,
    clockSpec('complex-decision', facts.materialsCompleteAt, facts.decision?.at, { limit }),
  );
};

/** Art. 25 is met once the amount is settled (decision or agreement) or an advance is paid. */
const advancePayment: Rule = (facts) => {
  if (facts.materialsCompleteAt === undefined) return undefined;
  const settledAt = earliest(facts.decision?.at, facts.agreementAt, facts.advancePaidAt);
  return running(facts, clockSpec('advance-payment', facts.materialsCompleteAt, settledAt));
};

const paymentAfterAgreement =
  (kind: 'payment-law' | 'payment-target'): Rule =>
  (facts) => {
    if (facts.agreementAt === undefined || facts.decision?.kind === 'deny') return undefined;
    return running(facts, clockSpec(kind, facts.agreementAt, facts.paidAt));
  };

const denialNotice: Rule = (facts) => {
  if (facts.decision?.kind !== 'deny') return undefined;
  return clockSpec('denial-notice', facts.decision.at, facts.denialNoticeAt);
};

const satisfactionFollowUp: Rule = (facts) => {
  if (facts.closedAt === undefined || isOpenState(facts.state) || facts.state === 'WITHDRAWN') {
    return undefined;
  }
  return clockSpec('satisfaction-follow-up', facts.closedAt, facts.satisfactionFollowUpAt);
};

/** Art. 26 runs from knowing of the event; the claimant's request for payment stops it. */
const limitation: Rule = (facts) => {
  const startedAt = facts.knownAt ?? facts.lossAt;
  if (startedAt === undefined) return undefined;
  return running(facts, clockSpec('limitation', startedAt, facts.claimSubmittedAt));
};

export const CASE_CLOCK_RULES: readonly Rule[] = [
  caseNumber,
  advisorFirstContact,
  smallClaimDecision,
  complexPropertyTarget,
  progressCall,
  complexDecision,
  advancePayment,
  paymentAfterAgreement('payment-law'),
  paymentAfterAgreement('payment-target'),
  denialNotice,
  satisfactionFollowUp,
  limitation,
];
