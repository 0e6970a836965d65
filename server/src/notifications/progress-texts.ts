import { dateTimeZh } from '@shared/analysis/detectors/china-time';
import type { Line } from '@shared/domain/lines';
import { CN_WORKING_CALENDAR, type WorkingCalendar } from '@shared/domain/sla/calendar';
import { dueAtFor } from '@shared/domain/sla/clock-evaluation';
import {
  DEFAULT_SLA_CATALOGUE,
  type Limit,
  type SlaCatalogue,
} from '@shared/domain/sla/sla-catalogue';
import { formatFen } from '@shared/lib/money';

/** The key steps the customer is told about (domain.md §9). */
export type ProgressStep =
  | { kind: 'accepted' }
  | {
      kind: 'materials-reviewed';
      next: 'INVESTIGATION' | 'LOSS_ASSESSMENT';
      line: Line;
      claimedFen: number;
      complex: boolean;
    }
  | { kind: 'approved'; amountFen: number }
  | { kind: 'paid'; amountFen: number };

export interface ProgressNotice {
  /** What the customer reads, zh-CN plain text. */
  body: string;
  /** The expectation alone, for the contact log's "next step". */
  nextStep: string;
  nextStepAt: number;
}

/*
 * Expectations the SLA catalogue has no clock for, stated as fixed promises:
 * the first review of a newly accepted claim, a decision on an ordinary
 * (neither small nor complex) claim — the law says only "promptly"; the
 * catalogue's nearest day target, five days, is what we promise — and the
 * bank transfer after payment, 1–3 working days at Chinese banks.
 */
const FIRST_REVIEW: Limit = { amount: 1, unit: 'days', calendar: 'working' };
const ORDINARY_DECISION: Limit = { amount: 5, unit: 'days', calendar: 'calendar' };
const BANK_TRANSFER: Limit = { amount: 3, unit: 'days', calendar: 'working' };

const STAGE_NAMES = { INVESTIGATION: '调查', LOSS_ASSESSMENT: '定损' } as const;

/** The progress message for a step, with when the customer can expect the next one. */
export function composeProgressNotice(
  caseNumber: string,
  step: ProgressStep,
  now: number,
  catalogue: SlaCatalogue = DEFAULT_SLA_CATALOGUE,
  calendar: WorkingCalendar = CN_WORKING_CALENDAR,
): ProgressNotice {
  const due = (limit: Limit) => dueAtFor(now, limit, calendar);
  switch (step.kind) {
    case 'accepted': {
      const at = due(FIRST_REVIEW);
      const nextStep = `预计 ${dateTimeZh(at)} 前完成材料初审`;
      return {
        body: `您好！您的理赔案件 ${caseNumber} 已受理。我们将审核您提交的材料，${nextStep}；如需补充材料，我们会一次性告知所缺的全部材料。`,
        nextStep,
        nextStepAt: at,
      };
    }
    case 'materials-reviewed': {
      const at = due(decisionLimit(step, catalogue));
      const nextStep = `预计 ${dateTimeZh(at)} 前作出理赔决定`;
      return {
        body: `您好！您的理赔案件 ${caseNumber} 材料已审核齐全，现进入${STAGE_NAMES[step.next]}环节，${nextStep}，届时我们将再次通知您。`,
        nextStep,
        nextStepAt: at,
      };
    }
    case 'approved': {
      const at = due(catalogue.clocks['payment-target'].limit);
      const nextStep = `预计 ${dateTimeZh(at)} 前完成支付`;
      return {
        body: `您好！您的理赔案件 ${caseNumber} 已核赔通过，核定赔付金额 ${formatFen(step.amountFen)}，${nextStep}。`,
        nextStep,
        nextStepAt: at,
      };
    }
    case 'paid': {
      const at = due(BANK_TRANSFER);
      const nextStep = `预计 ${dateTimeZh(at)} 前到账`;
      return {
        body: `您好！您的理赔案件 ${caseNumber} 赔款 ${formatFen(step.amountFen)} 已支付至您指定的银行账户，${nextStep}。如有疑问，请联系您的理赔专员。`,
        nextStep,
        nextStepAt: at,
      };
    }
  }
}

/** Small claims are decided within a day, complex ones within art. 23's thirty days. */
function decisionLimit(
  step: Extract<ProgressStep, { kind: 'materials-reviewed' }>,
  catalogue: SlaCatalogue,
): Limit {
  if (step.complex) return catalogue.clocks['complex-decision'].limit;
  const ceiling = catalogue.scope.smallClaimMaxFen[step.line];
  if (ceiling !== undefined && step.claimedFen <= ceiling)
    return catalogue.clocks['small-claim-decision'].limit;
  return ORDINARY_DECISION;
}
