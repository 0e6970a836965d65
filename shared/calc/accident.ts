import type { AccidentInput } from './inputs';
import { percent, yuan, yuanLimit } from './money';
import { BP_PER_UNIT } from './primitives';
import type { CalculationResult } from './result';
import { RULES_CATALOGUE, type RulesCatalogue } from './rules-catalogue';
import { StepChain } from './steps';
import { t } from './text';

/**
 * ACCIDENT (domain.md §6): accidental death pays the sum insured; disability pays the sum
 * insured × the grade's ratio (several disabilities add up, at most 100 %); both less
 * what earlier claims already took from the same sum insured. Accident medical pays
 * (expenses − reimbursed elsewhere − deductible) × ratio, capped by its own limit.
 */
export function calculateAccident(
  input: AccidentInput,
  catalogue: RulesCatalogue = RULES_CATALOGUE,
): CalculationResult {
  const chain = new StepChain(catalogue, input.clauseRefs);
  const deathDisabilityFen = input.claim.death
    ? payDeath(chain, input)
    : payDisability(chain, input, catalogue);
  const medicalFen = payMedical(chain, input, catalogue);
  chain.add({
    ruleId: 'accident.total',
    op: 'sum',
    operands: ['deathDisabilityFen', 'medicalFen'],
    inputs: { deathDisabilityFen, medicalFen },
    text: (a) =>
      t(
        `合计给付 ${yuan(a)} 元（身故/伤残 ${yuan(deathDisabilityFen)} 元 + 意外医疗 ${yuan(medicalFen)} 元）`,
        `Total payable ${yuan(a)} CNY (death/disability ${yuan(deathDisabilityFen)} + accident medical ${yuan(medicalFen)})`,
      ),
  });
  return chain.finish('ACCIDENT');
}

function payDeath(chain: StepChain, input: AccidentInput): number {
  const sumInsuredFen = input.policy.sumInsuredFen;
  chain.add({
    ruleId: 'accident.death',
    op: 'start',
    operands: ['sumInsuredFen'],
    inputs: { sumInsuredFen },
    text: (a) =>
      t(
        `意外身故保险金 = 保险金额 ${yuanLimit(a)} 元`,
        `Accidental death benefit = sum insured ${yuanLimit(a)} CNY`,
      ),
  });
  const previouslyPaidFen = input.claim.previouslyPaidFen ?? 0;
  if (previouslyPaidFen === 0) return chain.amountFen;
  return chain.add({
    ruleId: 'accident.death.disability-paid',
    op: 'subtract',
    operands: ['previouslyPaidFen'],
    inputs: { previouslyPaidFen },
    text: (a) =>
      t(
        `扣除本保单已给付的伤残保险金 ${yuan(previouslyPaidFen)} 元，给付 ${yuan(a)} 元`,
        `Less disability benefits already paid under this policy, ${yuan(previouslyPaidFen)} CNY: pays ${yuan(a)} CNY`,
      ),
  });
}

function gradeRatioBp(grades: readonly number[], catalogue: RulesCatalogue): number {
  const table = catalogue.accident.disabilityGrades;
  const sum = grades.reduce((acc, grade) => acc + (table[grade - 1]?.ratioBp ?? 0), 0);
  return Math.min(BP_PER_UNIT, sum);
}

function payDisability(chain: StepChain, input: AccidentInput, catalogue: RulesCatalogue): number {
  const grades = input.claim.disabilityGrades;
  if (grades.length === 0) return 0;
  const sumInsuredFen = input.policy.sumInsuredFen;
  chain.add({
    ruleId: 'accident.disability.sum-insured',
    op: 'start',
    operands: ['sumInsuredFen'],
    inputs: { sumInsuredFen },
    text: (a) =>
      t(`意外伤残保险金额 ${yuanLimit(a)} 元`, `Disability sum insured ${yuanLimit(a)} CNY`),
  });
  applyGrades(chain, grades, gradeRatioBp(grades, catalogue));
  const previouslyPaidFen = input.claim.previouslyPaidFen ?? 0;
  if (previouslyPaidFen > 0) capAtRemaining(chain, sumInsuredFen, previouslyPaidFen);
  return chain.amountFen;
}

function applyGrades(chain: StepChain, grades: readonly number[], ratioBp: number): void {
  const list = grades.join(', ');
  chain.add({
    ruleId: 'accident.disability.grade',
    op: 'ratio',
    operands: ['gradeRatioBp'],
    inputs: { grades: list, gradeRatioBp: ratioBp },
    text: (a) =>
      t(
        `伤残等级 ${list}，给付比例合计 ${percent(ratioBp)}（最高 100%），${yuan(a)} 元`,
        `Disability grade(s) ${list}, combined ratio ${percent(ratioBp)} (at most 100%): ${yuan(a)} CNY`,
      ),
  });
}

/** Death and disability benefits together never exceed the sum insured. */
function capAtRemaining(chain: StepChain, sumInsuredFen: number, previouslyPaidFen: number): void {
  const remainingFen = Math.max(0, sumInsuredFen - previouslyPaidFen);
  chain.add({
    ruleId: 'accident.disability.remaining',
    op: 'cap',
    operands: ['remainingFen'],
    inputs: { sumInsuredFen, previouslyPaidFen, remainingFen },
    text: (a) =>
      t(
        `本保单已给付 ${yuan(previouslyPaidFen)} 元，剩余保险金额 ${yuan(remainingFen)} 元，给付 ${yuan(a)} 元`,
        `${yuan(previouslyPaidFen)} CNY already paid under this policy, ${yuan(remainingFen)} CNY of the sum insured left: pays ${yuan(a)} CNY`,
      ),
  });
}

function payMedical(chain: StepChain, input: AccidentInput, catalogue: RulesCatalogue): number {
  const medicalExpensesFen = input.claim.medicalExpensesFen;
  if (medicalExpensesFen === 0) return 0;
  chain.add({
    ruleId: 'accident.medical.expenses',
    op: 'start',
    operands: ['medicalExpensesFen'],
    inputs: { medicalExpensesFen },
    text: (a) => t(`意外医疗费用 ${yuan(a)} 元`, `Accident medical expenses ${yuan(a)} CNY`),
  });
  const cover = input.policy.medical;
  if (cover === undefined) return medicalNotCovered(chain);
  subtractReimbursed(chain, input.claim.reimbursedElsewhereFen ?? 0);
  subtractMedicalDeductible(
    chain,
    cover.deductibleFen ?? catalogue.accident.medicalDefaults.deductibleFen,
  );
  applyMedicalRatio(chain, cover.ratioBp ?? catalogue.accident.medicalDefaults.ratioBp);
  return capMedical(chain, cover.limitFen);
}

function medicalNotCovered(chain: StepChain): number {
  return chain.add({
    ruleId: 'accident.medical.not-covered',
    op: 'exclude',
    inputs: { covered: false },
    text: () =>
      t(
        '本保单未承保意外医疗，不予赔付',
        'The policy has no accident-medical cover: nothing payable',
      ),
  });
}

function subtractReimbursed(chain: StepChain, reimbursedElsewhereFen: number): void {
  if (reimbursedElsewhereFen === 0) return;
  chain.add({
    ruleId: 'accident.medical.reimbursed-elsewhere',
    op: 'subtract',
    operands: ['reimbursedElsewhereFen'],
    inputs: { reimbursedElsewhereFen },
    text: (a) =>
      t(
        `扣除已从社保或其他途径获得的补偿 ${yuan(reimbursedElsewhereFen)} 元，剩余 ${yuan(a)} 元`,
        `Less ${yuan(reimbursedElsewhereFen)} CNY reimbursed by social insurance or others: ${yuan(a)} CNY`,
      ),
  });
}

function subtractMedicalDeductible(chain: StepChain, deductibleFen: number): void {
  chain.add({
    ruleId: 'accident.medical.deductible',
    op: 'subtract',
    operands: ['deductibleFen'],
    inputs: { deductibleFen },
    text: (a) =>
      t(
        `扣除免赔额 ${yuanLimit(deductibleFen)} 元，剩余 ${yuan(a)} 元`,
        `Less the deductible ${yuanLimit(deductibleFen)} CNY: ${yuan(a)} CNY`,
      ),
  });
}

function applyMedicalRatio(chain: StepChain, ratioBp: number): void {
  chain.add({
    ruleId: 'accident.medical.ratio',
    op: 'ratio',
    operands: ['ratioBp'],
    inputs: { ratioBp },
    text: (a) =>
      t(
        `赔付比例 ${percent(ratioBp)}，${yuan(a)} 元`,
        `Reimbursement ratio ${percent(ratioBp)}: ${yuan(a)} CNY`,
      ),
  });
}

function capMedical(chain: StepChain, limitFen: number): number {
  return chain.add({
    ruleId: 'accident.medical.limit',
    op: 'cap',
    operands: ['limitFen'],
    inputs: { limitFen },
    text: (a) =>
      t(
        `意外医疗保险金额 ${yuanLimit(limitFen)} 元以内，赔付 ${yuan(a)} 元`,
        `Accident-medical limit ${yuanLimit(limitFen)} CNY: pays ${yuan(a)} CNY`,
      ),
  });
}
