import type { PropertyInput } from './inputs';
import { applyBp, percent, yuan, yuanLimit } from './money';
import type { CalculationResult } from './result';
import { RULES_CATALOGUE, type RulesCatalogue } from './rules-catalogue';
import { StepChain } from './steps';
import { t } from './text';

/**
 * PROPERTY (domain.md §6): (loss − salvage) × sum insured / insured value when under-
 * insured (保险法第五十五条) − the deductible, capped by the sum insured; mitigation costs
 * (第五十七条) are paid on top, capped separately at the sum insured.
 *
 * The deductible is the higher of the fixed amount and the rate × the indemnity computed
 * so far (after salvage and under-insurance), as in the textbook formula
 * "(损失 − 残值) × 保额/保险价值 × (1 − 免赔率)". Taking the rate of the running amount
 * also keeps the payout non-decreasing in the loss, fen by fen, despite rounding.
 */
export function calculateProperty(
  input: PropertyInput,
  catalogue: RulesCatalogue = RULES_CATALOGUE,
): CalculationResult {
  const chain = new StepChain(catalogue, input.clauseRefs);
  const indemnityFen = payIndemnity(chain, input);
  const mitigationCostsFen = input.loss.mitigationCostsFen;
  if (mitigationCostsFen === 0) return chain.finish('PROPERTY');
  const mitigationFen = payMitigation(chain, mitigationCostsFen, input.policy.sumInsuredFen);
  chain.add({
    ruleId: 'property.total',
    op: 'sum',
    operands: ['indemnityFen', 'mitigationFen'],
    inputs: { indemnityFen, mitigationFen },
    text: (a) =>
      t(
        `合计赔付 ${yuan(a)} 元（损失赔偿 ${yuan(indemnityFen)} 元 + 施救费用 ${yuan(mitigationFen)} 元）`,
        `Total payable ${yuan(a)} CNY (loss ${yuan(indemnityFen)} + mitigation costs ${yuan(mitigationFen)})`,
      ),
  });
  return chain.finish('PROPERTY');
}

function payIndemnity(chain: StepChain, input: PropertyInput): number {
  const { lossFen, salvageFen, insuredValueFen } = input.loss;
  const sumInsuredFen = input.policy.sumInsuredFen;
  chain.add({
    ruleId: 'property.loss',
    op: 'start',
    operands: ['lossFen'],
    inputs: { lossFen },
    text: (a) => t(`核定损失金额 ${yuan(a)} 元`, `Assessed loss ${yuan(a)} CNY`),
  });
  subtractSalvage(chain, salvageFen);
  if (sumInsuredFen < insuredValueFen) applyUnderInsurance(chain, sumInsuredFen, insuredValueFen);
  if (input.policy.deductible !== undefined) applyDeductible(chain, input.policy.deductible);
  return capAtSumInsured(chain, sumInsuredFen);
}

function subtractSalvage(chain: StepChain, salvageFen: number): void {
  chain.add({
    ruleId: 'property.salvage',
    op: 'subtract',
    operands: ['salvageFen'],
    inputs: { salvageFen },
    text: (a) =>
      t(
        `扣除被保险人保留的残值 ${yuan(salvageFen)} 元，${yuan(a)} 元`,
        `Less salvage kept by the insured, ${yuan(salvageFen)} CNY: ${yuan(a)} CNY`,
      ),
  });
}

function applyUnderInsurance(
  chain: StepChain,
  sumInsuredFen: number,
  insuredValueFen: number,
): void {
  chain.add({
    ruleId: 'property.under-insurance',
    op: 'prorate',
    operands: ['sumInsuredFen', 'insuredValueFen'],
    inputs: { sumInsuredFen, insuredValueFen },
    text: (a) =>
      t(
        `不足额保险：按保险金额 ${yuanLimit(sumInsuredFen)} 元与保险价值 ${yuanLimit(insuredValueFen)} 元的比例赔偿，${yuan(a)} 元`,
        `Under-insured: pays in the proportion of the sum insured ${yuanLimit(sumInsuredFen)} CNY to the insured value ${yuanLimit(insuredValueFen)} CNY: ${yuan(a)} CNY`,
      ),
  });
}

function applyDeductible(chain: StepChain, deductible: { fixedFen: number; rateBp: number }): void {
  const { fixedFen: deductibleFixedFen, rateBp: deductibleRateBp } = deductible;
  const byRateFen = applyBp(chain.amountFen, deductibleRateBp);
  const deductibleFen = Math.max(deductibleFixedFen, byRateFen);
  chain.add({
    ruleId: 'property.deductible',
    op: 'subtract',
    operands: ['deductibleFen'],
    inputs: { deductibleFixedFen, deductibleRateBp, deductibleByRateFen: byRateFen, deductibleFen },
    text: (a) =>
      t(
        `免赔额取固定免赔额 ${yuanLimit(deductibleFixedFen)} 元与免赔率 ${percent(deductibleRateBp)}（按上述金额计 ${yuan(byRateFen)} 元）中较高者，扣除 ${yuan(deductibleFen)} 元，${yuan(a)} 元`,
        `Deductible: the higher of the fixed ${yuanLimit(deductibleFixedFen)} CNY and the rate ${percent(deductibleRateBp)} of the amount above (${yuan(byRateFen)} CNY), less ${yuan(deductibleFen)} CNY: ${yuan(a)} CNY`,
      ),
  });
}

function capAtSumInsured(chain: StepChain, sumInsuredFen: number): number {
  return chain.add({
    ruleId: 'property.sum-insured',
    op: 'cap',
    operands: ['sumInsuredFen'],
    inputs: { sumInsuredFen },
    text: (a) =>
      t(
        `以保险金额 ${yuanLimit(sumInsuredFen)} 元为限，损失赔偿 ${yuan(a)} 元`,
        `Within the sum insured ${yuanLimit(sumInsuredFen)} CNY: pays ${yuan(a)} CNY for the loss`,
      ),
  });
}

function payMitigation(
  chain: StepChain,
  mitigationCostsFen: number,
  sumInsuredFen: number,
): number {
  chain.add({
    ruleId: 'property.mitigation',
    op: 'start',
    operands: ['mitigationCostsFen'],
    inputs: { mitigationCostsFen },
    text: (a) =>
      t(
        `必要、合理的施救费用 ${yuan(a)} 元，在损失赔偿以外另行计算`,
        `Necessary and reasonable mitigation costs ${yuan(a)} CNY, paid on top of the loss`,
      ),
  });
  return chain.add({
    ruleId: 'property.mitigation-cap',
    op: 'cap',
    operands: ['sumInsuredFen'],
    inputs: { sumInsuredFen },
    text: (a) =>
      t(
        `施救费用以保险金额 ${yuanLimit(sumInsuredFen)} 元为限，赔付 ${yuan(a)} 元`,
        `Mitigation costs capped at the sum insured ${yuanLimit(sumInsuredFen)} CNY: pays ${yuan(a)} CNY`,
      ),
  });
}
