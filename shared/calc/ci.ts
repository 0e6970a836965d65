import { addDays, laterOf } from './dates';
import type { CiInput } from './inputs';
import { percent, yuan, yuanLimit } from './money';
import type { CalculationResult } from './result';
import { RULES_CATALOGUE, type CiSeverity, type RulesCatalogue } from './rules-catalogue';
import { StepChain } from './steps';
import { t } from './text';

/**
 * CRITICAL ILLNESS (domain.md §6): a fixed benefit, the sum insured × the severity tier's
 * ratio, when diagnosed after the waiting period; inside it, no benefit and the premiums
 * are refunded.
 *
 * Waiting period counting: a policy takes effect at 00:00 of its effective (or
 * reinstatement) date, so that date is day 1 and an N-day waiting period ends at the end
 * of day N, i.e. effective date + (N − 1) days. A diagnosis on that day is still inside.
 */

const SEVERITY_TEXT: Record<CiSeverity, { zh: string; en: string }> = {
  severe: { zh: '重症', en: 'Severe' },
  moderate: { zh: '中症', en: 'Moderate' },
  mild: { zh: '轻症', en: 'Mild' },
};

export function calculateCi(
  input: CiInput,
  catalogue: RulesCatalogue = RULES_CATALOGUE,
): CalculationResult {
  const chain = new StepChain(catalogue, input.clauseRefs);
  const sumInsuredFen = input.policy.sumInsuredFen;
  chain.add({
    ruleId: 'ci.sum-insured',
    op: 'start',
    operands: ['sumInsuredFen'],
    inputs: { sumInsuredFen },
    text: (a) =>
      t(`重大疾病保险金额 ${yuanLimit(a)} 元`, `Critical illness sum insured ${yuanLimit(a)} CNY`),
  });
  if (insideWaitingPeriod(chain, input, catalogue)) {
    return chain.finish('CI', input.policy.premiumsPaidFen);
  }
  applySeverity(chain, input, catalogue);
  return chain.finish('CI');
}

interface WaitingPeriod {
  readonly startDate: string;
  readonly waitingPeriodDays: number;
  readonly waitingEndDate: string;
  readonly diagnosisDate: string;
  readonly causedByAccident: boolean;
}

function waitingPeriodOf(input: CiInput, catalogue: RulesCatalogue): WaitingPeriod {
  const waitingPeriodDays = input.policy.waitingPeriodDays ?? catalogue.ci.defaultWaitingPeriodDays;
  const startDate = laterOf(input.policy.effectiveDate, input.policy.reinstatementDate);
  return {
    startDate,
    waitingPeriodDays,
    waitingEndDate: addDays(startDate, waitingPeriodDays - 1),
    diagnosisDate: input.diagnosis.date,
    causedByAccident: input.diagnosis.causedByAccident === true,
  };
}

/** Adds the waiting-period step; true when the diagnosis falls inside it. */
function insideWaitingPeriod(chain: StepChain, input: CiInput, catalogue: RulesCatalogue): boolean {
  const period = waitingPeriodOf(input, catalogue);
  const inside =
    !period.causedByAccident &&
    period.waitingPeriodDays > 0 &&
    period.diagnosisDate <= period.waitingEndDate;
  if (inside) excludeInsideWaitingPeriod(chain, period, input.policy.premiumsPaidFen);
  else passWaitingPeriod(chain, period);
  return inside;
}

function excludeInsideWaitingPeriod(
  chain: StepChain,
  period: WaitingPeriod,
  premiumsPaidFen: number,
): void {
  const { startDate, waitingPeriodDays: days, waitingEndDate: end, diagnosisDate: date } = period;
  chain.add({
    ruleId: 'ci.waiting-period',
    op: 'exclude',
    inputs: { ...period, premiumsPaidFen },
    text: () =>
      t(
        `确诊日 ${date} 在 ${days} 天等待期内（${startDate} 至 ${end}），不给付保险金，退还已交保险费 ${yuan(premiumsPaidFen)} 元`,
        `Diagnosed on ${date}, inside the ${days}-day waiting period (${startDate} to ${end}): no benefit; the premiums paid, ${yuan(premiumsPaidFen)} CNY, are refunded`,
      ),
  });
}

function passWaitingPeriod(chain: StepChain, period: WaitingPeriod): void {
  const { waitingPeriodDays: days, waitingEndDate: end, diagnosisDate: date } = period;
  chain.add({
    ruleId: 'ci.waiting-period',
    op: 'check',
    inputs: { ...period },
    text: () =>
      period.causedByAccident
        ? t('因意外伤害导致，不适用等待期', 'Caused by an accident: no waiting period applies')
        : t(
            `确诊日 ${date} 在 ${days} 天等待期（至 ${end}）之后`,
            `Diagnosed on ${date}, after the ${days}-day waiting period (ended ${end})`,
          ),
  });
}

function applySeverity(chain: StepChain, input: CiInput, catalogue: RulesCatalogue): void {
  const severity = input.diagnosis.severity;
  const severityRatioBp =
    input.policy.severityRatiosBp?.[severity] ?? catalogue.ci.severityRatiosBp[severity];
  const name = SEVERITY_TEXT[severity];
  chain.add({
    ruleId: 'ci.severity-tier',
    op: 'ratio',
    operands: ['severityRatioBp'],
    inputs: { severity, severityRatioBp },
    text: (a) =>
      t(
        `${name.zh}给付比例 ${percent(severityRatioBp)}，给付 ${yuan(a)} 元`,
        `${name.en} illness, benefit ratio ${percent(severityRatioBp)}: pays ${yuan(a)} CNY`,
      ),
  });
}
