import type { MedicalInput } from './inputs';
import { percent, yuan, yuanLimit } from './money';
import type { CalculationResult } from './result';
import { RULES_CATALOGUE, type RulesCatalogue } from './rules-catalogue';
import { StepChain } from './steps';
import { t } from './text';

/**
 * MEDICAL (domain.md §6, a "million" medical policy): reasonable expenses − social
 * insurance − excluded items − the annual deductible not yet consumed this year,
 * × the reimbursement ratio, capped by what is left of the annual limit.
 */
export function calculateMedical(
  input: MedicalInput,
  catalogue: RulesCatalogue = RULES_CATALOGUE,
): CalculationResult {
  const chain = new StepChain(catalogue, input.clauseRefs);
  coveredExpenses(chain, input);
  annualDeductible(chain, input, catalogue);
  reimbursementRatio(chain, input, catalogue);
  annualLimit(chain, input);
  return chain.finish('MEDICAL');
}

function coveredExpenses(chain: StepChain, input: MedicalInput): void {
  const { reasonableExpensesFen, socialInsurancePaidFen, excludedFen } = input.claim;
  chain.add({
    ruleId: 'medical.reasonable-expenses',
    op: 'start',
    operands: ['reasonableExpensesFen'],
    inputs: { reasonableExpensesFen },
    text: (a) => t(`合理医疗费用 ${yuan(a)} 元`, `Reasonable medical expenses ${yuan(a)} CNY`),
  });
  chain.add({
    ruleId: 'medical.social-insurance',
    op: 'subtract',
    operands: ['socialInsurancePaidFen'],
    inputs: { socialInsurancePaidFen },
    text: (a) =>
      t(
        `扣除社会医疗保险已支付 ${yuan(socialInsurancePaidFen)} 元，剩余 ${yuan(a)} 元`,
        `Less ${yuan(socialInsurancePaidFen)} CNY paid by social medical insurance: ${yuan(a)} CNY`,
      ),
  });
  chain.add({
    ruleId: 'medical.excluded-items',
    op: 'subtract',
    operands: ['excludedFen'],
    inputs: { excludedFen },
    text: (a) =>
      t(
        `扣除责任免除项目 ${yuan(excludedFen)} 元，剩余 ${yuan(a)} 元`,
        `Less excluded items ${yuan(excludedFen)} CNY: ${yuan(a)} CNY`,
      ),
  });
}

/** The deductible is annual: only the part earlier claims this year did not consume applies. */
function annualDeductible(chain: StepChain, input: MedicalInput, catalogue: RulesCatalogue): void {
  const annualDeductibleFen =
    input.policy.annualDeductibleFen ?? catalogue.medical.defaultAnnualDeductibleFen;
  const deductibleConsumedFen = input.yearToDate.deductibleConsumedFen;
  const remainingDeductibleFen = Math.max(0, annualDeductibleFen - deductibleConsumedFen);
  chain.add({
    ruleId: 'medical.annual-deductible',
    op: 'subtract',
    operands: ['remainingDeductibleFen'],
    inputs: { annualDeductibleFen, deductibleConsumedFen, remainingDeductibleFen },
    text: (a, prev) =>
      t(
        `年免赔额 ${yuanLimit(annualDeductibleFen)} 元，本年已抵扣 ${yuan(deductibleConsumedFen)} 元，本次抵扣 ${yuan(prev - a)} 元，剩余 ${yuan(a)} 元`,
        `Annual deductible ${yuanLimit(annualDeductibleFen)} CNY, ${yuan(deductibleConsumedFen)} CNY already used this year, ${yuan(prev - a)} CNY used now: ${yuan(a)} CNY`,
      ),
  });
}

function reimbursementRatio(
  chain: StepChain,
  input: MedicalInput,
  catalogue: RulesCatalogue,
): void {
  const socialInsuranceUsed = input.claim.socialInsuranceUsed;
  const key = socialInsuranceUsed ? 'socialInsuranceUsed' : 'socialInsuranceNotUsed';
  const reimbursementRatioBp =
    input.policy.reimbursementRatiosBp?.[key] ?? catalogue.medical.reimbursementRatiosBp[key];
  const how = socialInsuranceUsed
    ? t('经社会医疗保险结算', 'Social insurance used first')
    : t('未经社会医疗保险结算', 'Social insurance not used');
  chain.add({
    ruleId: 'medical.reimbursement-ratio',
    op: 'ratio',
    operands: ['reimbursementRatioBp'],
    inputs: { socialInsuranceUsed, reimbursementRatioBp },
    text: (a) =>
      t(
        `${how['zh-CN']}，赔付比例 ${percent(reimbursementRatioBp)}，${yuan(a)} 元`,
        `${how.en}, reimbursement ratio ${percent(reimbursementRatioBp)}: ${yuan(a)} CNY`,
      ),
  });
}

function annualLimit(chain: StepChain, input: MedicalInput): void {
  const annualLimitFen = input.policy.annualLimitFen;
  const limitUsedFen = input.yearToDate.limitUsedFen;
  const remainingLimitFen = Math.max(0, annualLimitFen - limitUsedFen);
  chain.add({
    ruleId: 'medical.annual-limit',
    op: 'cap',
    operands: ['remainingLimitFen'],
    inputs: { annualLimitFen, limitUsedFen, remainingLimitFen },
    text: (a) =>
      t(
        `年度保险金额 ${yuanLimit(annualLimitFen)} 元，本年已赔 ${yuan(limitUsedFen)} 元，剩余额度 ${yuan(remainingLimitFen)} 元，赔付 ${yuan(a)} 元`,
        `Annual limit ${yuanLimit(annualLimitFen)} CNY, ${yuan(limitUsedFen)} CNY already paid this year, ${yuan(remainingLimitFen)} CNY left: pays ${yuan(a)} CNY`,
      ),
  });
}
