import { addYears, laterOf } from './dates';
import type { LifeInput } from './inputs';
import { yuan, yuanLimit } from './money';
import type { CalculationResult } from './result';
import { RULES_CATALOGUE, type RulesCatalogue } from './rules-catalogue';
import { StepChain } from './steps';
import { t } from './text';

/**
 * LIFE (domain.md §6): the death benefit is the sum insured. Suicide within two years of
 * issue or reinstatement pays nothing and refunds the cash value (保险法第四十四条),
 * unless the insured lacked civil capacity.
 *
 * The two years are counted as the Civil Code counts periods (第二百零一、二百零三条):
 * they end on the corresponding date two years later, and a death on that date is still
 * inside the period.
 */
export function calculateLife(
  input: LifeInput,
  catalogue: RulesCatalogue = RULES_CATALOGUE,
): CalculationResult {
  const chain = new StepChain(catalogue, input.clauseRefs);
  const sumInsuredFen = input.policy.sumInsuredFen;
  chain.add({
    ruleId: 'life.sum-insured',
    op: 'start',
    operands: ['sumInsuredFen'],
    inputs: { sumInsuredFen },
    text: (a) =>
      t(
        `身故保险金 = 保险金额 ${yuanLimit(a)} 元`,
        `Death benefit = sum insured ${yuanLimit(a)} CNY`,
      ),
  });
  if (input.death.cause !== 'suicide') return chain.finish('LIFE');
  const window = suicideWindow(input, catalogue);
  if (window.excluded) {
    excludeSuicide(chain, window, input.policy.cashValueFen);
    return chain.finish('LIFE', input.policy.cashValueFen);
  }
  passSuicideCheck(chain, window);
  return chain.finish('LIFE');
}

interface SuicideWindow {
  readonly startDate: string;
  readonly exclusionYears: number;
  readonly exclusionEndDate: string;
  readonly deathDate: string;
  readonly insuredLackedCapacity: boolean;
  readonly excluded: boolean;
}

function suicideWindow(input: LifeInput, catalogue: RulesCatalogue): SuicideWindow {
  const exclusionYears = catalogue.life.suicideExclusionYears;
  const startDate = laterOf(input.policy.issueDate, input.policy.reinstatementDate);
  const exclusionEndDate = addYears(startDate, exclusionYears);
  const insuredLackedCapacity = input.death.insuredLackedCapacity === true;
  const deathDate = input.death.date;
  const excluded = !insuredLackedCapacity && deathDate <= exclusionEndDate;
  return {
    startDate,
    exclusionYears,
    exclusionEndDate,
    deathDate,
    insuredLackedCapacity,
    excluded,
  };
}

function excludeSuicide(chain: StepChain, window: SuicideWindow, cashValueFen: number): void {
  const { startDate, exclusionYears: years, exclusionEndDate: end, deathDate } = window;
  chain.add({
    ruleId: 'life.suicide-exclusion',
    op: 'exclude',
    inputs: { ...window, cashValueFen },
    text: () =>
      t(
        `被保险人于 ${deathDate} 自杀，在合同成立或复效之日（${startDate}）起 ${years} 年内（至 ${end}），不给付身故保险金，退还保单现金价值 ${yuan(cashValueFen)} 元`,
        `Suicide on ${deathDate}, within ${years} years of issue or reinstatement (${startDate} to ${end}): no death benefit; the cash value, ${yuan(cashValueFen)} CNY, is refunded`,
      ),
  });
}

function passSuicideCheck(chain: StepChain, window: SuicideWindow): void {
  const { exclusionYears: years, exclusionEndDate: end, deathDate } = window;
  chain.add({
    ruleId: 'life.suicide-exclusion',
    op: 'check',
    inputs: { ...window },
    text: () =>
      window.insuredLackedCapacity
        ? t(
            '被保险人自杀时为无民事行为能力人，自杀免责不适用',
            'The insured lacked civil capacity at the time: the suicide exclusion does not apply',
          )
        : t(
            `自杀发生于 ${deathDate}，已满 ${years} 年（${end} 之后），自杀免责不适用`,
            `Suicide on ${deathDate}, more than ${years} years after issue or reinstatement (after ${end}): the exclusion does not apply`,
          ),
  });
}
