import type { Claimant, LiabilityInput } from './inputs';
import { yuan, yuanLimit } from './money';
import type { CalculationResult } from './result';
import { RULES_CATALOGUE, type RulesCatalogue } from './rules-catalogue';
import { StepChain } from './steps';
import { t } from './text';

/**
 * LIABILITY (domain.md §6): min(adjudged or agreed liability, per-occurrence limit,
 * per-person limit) − deductible. With several claimants, each injured person is held to
 * the per-person limit first; the claimants together are then held to the per-occurrence
 * limit, and the per-occurrence deductible comes off the result.
 */

const BASIS_TEXT: Record<Claimant['basis'], { zh: string; en: string }> = {
  judgment: { zh: '判决', en: 'judgment' },
  mediation: { zh: '调解', en: 'mediation' },
  agreement: { zh: '协商', en: 'agreement' },
};

export function calculateLiability(
  input: LiabilityInput,
  catalogue: RulesCatalogue = RULES_CATALOGUE,
): CalculationResult {
  const chain = new StepChain(catalogue, input.clauseRefs);
  const perPersonLimitFen = input.policy.perPersonLimitFen;
  const allowed = input.claimants.map((claimant) =>
    allowClaimant(chain, claimant, perPersonLimitFen),
  );
  sumClaimants(chain, allowed);
  capPerOccurrence(chain, input.policy.perOccurrenceLimitFen);
  const deductibleFen = input.policy.deductibleFen ?? 0;
  if (deductibleFen > 0) subtractDeductible(chain, deductibleFen);
  return chain.finish('LIABILITY');
}

function allowClaimant(
  chain: StepChain,
  claimant: Claimant,
  perPersonLimitFen: number | undefined,
): number {
  const { label, kind, liabilityFen, basis } = claimant;
  const limited = kind === 'injury' && perPersonLimitFen !== undefined;
  const how = BASIS_TEXT[basis];
  const limitText = limited
    ? t(
        `，每人赔偿限额 ${yuanLimit(perPersonLimitFen)} 元`,
        `, per-person limit ${yuanLimit(perPersonLimitFen)} CNY`,
      )
    : t('', '');
  return chain.add({
    ruleId: 'liability.claimant',
    op: 'min',
    operands: limited ? ['liabilityFen', 'perPersonLimitFen'] : ['liabilityFen'],
    inputs: limited
      ? { label, kind, basis, liabilityFen, perPersonLimitFen }
      : { label, kind, basis, liabilityFen },
    text: (a) =>
      t(
        `${label}：经${how.zh}确定的赔偿责任 ${yuan(liabilityFen)} 元${limitText['zh-CN']}，计 ${yuan(a)} 元`,
        `${label}: liability set by ${how.en} ${yuan(liabilityFen)} CNY${limitText.en}: ${yuan(a)} CNY`,
      ),
  });
}

function sumClaimants(chain: StepChain, allowed: readonly number[]): void {
  const operands = allowed.map((_, index) => `claimant${index + 1}Fen`);
  const inputs = Object.fromEntries(allowed.map((fen, index) => [operands[index] ?? '', fen]));
  chain.add({
    ruleId: 'liability.claimants-total',
    op: 'sum',
    operands,
    inputs,
    text: (a) =>
      t(
        `${allowed.length} 名索赔人合计 ${yuan(a)} 元`,
        `${allowed.length} claimant(s) together: ${yuan(a)} CNY`,
      ),
  });
}

function capPerOccurrence(chain: StepChain, perOccurrenceLimitFen: number): void {
  chain.add({
    ruleId: 'liability.per-occurrence-limit',
    op: 'cap',
    operands: ['perOccurrenceLimitFen'],
    inputs: { perOccurrenceLimitFen },
    text: (a) =>
      t(
        `每次事故赔偿限额 ${yuanLimit(perOccurrenceLimitFen)} 元以内，${yuan(a)} 元`,
        `Per-occurrence limit ${yuanLimit(perOccurrenceLimitFen)} CNY: ${yuan(a)} CNY`,
      ),
  });
}

function subtractDeductible(chain: StepChain, deductibleFen: number): void {
  chain.add({
    ruleId: 'liability.deductible',
    op: 'subtract',
    operands: ['deductibleFen'],
    inputs: { deductibleFen },
    text: (a) =>
      t(
        `扣除每次事故免赔额 ${yuanLimit(deductibleFen)} 元，赔付 ${yuan(a)} 元`,
        `Less the per-occurrence deductible ${yuanLimit(deductibleFen)} CNY: pays ${yuan(a)} CNY`,
      ),
  });
}
