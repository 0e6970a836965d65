import { describe, expect, it } from 'vitest';
import { calculateAccident } from './accident';
import { AccidentInput } from './inputs';
import { expectConsistent, trail } from './testing/trail';

const SI = 50_000_000; // 500,000 CNY
const MEDICAL_LIMIT = 5_000_000; // 50,000 CNY

type Overrides = {
  policy?: Partial<AccidentInput['policy']>;
  claim?: Partial<AccidentInput['claim']>;
};

function accident(o: Overrides = {}): AccidentInput {
  return AccidentInput.parse({
    line: 'ACCIDENT',
    policy: { sumInsuredFen: SI, medical: { limitFen: MEDICAL_LIMIT }, ...o.policy },
    claim: { death: false, disabilityGrades: [], medicalExpensesFen: 0, ...o.claim },
  });
}

describe('calculateAccident', () => {
  it.each([
    { name: 'accidental death: sum insured', claim: { death: true }, payableFen: SI },
    {
      name: 'death less disability benefits paid earlier',
      claim: { death: true, previouslyPaidFen: 10_000_000 },
      payableFen: 40_000_000,
    },
    {
      name: 'two disabilities add up: grades 8 + 10 = 40 %',
      claim: { disabilityGrades: [8, 10] },
      payableFen: 20_000_000,
    },
    {
      name: 'disabilities add up to at most 100 %',
      claim: { disabilityGrades: [3, 7] },
      payableFen: SI,
    },
    {
      name: 'disability held to the sum insured left after earlier payments',
      claim: { disabilityGrades: [5], previouslyPaidFen: 45_000_000 },
      payableFen: 5_000_000,
    },
    {
      name: 'accident medical: default 100 CNY deductible, 100 %',
      claim: { medicalExpensesFen: 3_000_000 },
      payableFen: 2_990_000,
    },
    {
      name: 'disability grade 10 plus accident medical',
      claim: { disabilityGrades: [10], medicalExpensesFen: 3_000_000 },
      payableFen: 5_000_000 + 2_990_000,
    },
    {
      name: 'accident medical capped by its limit',
      claim: { medicalExpensesFen: 8_000_000 },
      payableFen: MEDICAL_LIMIT,
    },
    { name: 'nothing claimed', claim: {}, payableFen: 0 },
  ])('$name', ({ claim, payableFen }) => {
    const result = calculateAccident(accident({ claim }));
    expect(result.payableFen).toBe(payableFen);
    expectConsistent(result);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])(
    'disability grade %i pays (11 − grade) × 10 %',
    (grade) => {
      const result = calculateAccident(accident({ claim: { disabilityGrades: [grade] } }));
      expect(result.payableFen).toBe((SI * (11 - grade)) / 10);
      expect(result.steps[1]?.inputs).toEqual({
        grades: String(grade),
        gradeRatioBp: (11 - grade) * 1_000,
      });
    },
  );

  it('accident medical: reimbursed elsewhere, per-policy deductible and ratio', () => {
    const input = accident({
      policy: { medical: { limitFen: MEDICAL_LIMIT, deductibleFen: 50_000, ratioBp: 8_000 } },
      claim: { medicalExpensesFen: 3_000_000, reimbursedElsewhereFen: 1_000_000 },
    });
    expect(trail(calculateAccident(input))).toEqual([
      ['accident.medical.expenses', 3_000_000],
      ['accident.medical.reimbursed-elsewhere', 2_000_000],
      ['accident.medical.deductible', 1_950_000],
      ['accident.medical.ratio', 1_560_000],
      ['accident.medical.limit', 1_560_000],
      ['accident.total', 1_560_000],
    ]);
  });

  it('pays no accident medical without that cover', () => {
    const result = calculateAccident(
      accident({ policy: { medical: undefined }, claim: { medicalExpensesFen: 100_000 } }),
    );
    expect(trail(result)).toEqual([
      ['accident.medical.expenses', 100_000],
      ['accident.medical.not-covered', 0],
      ['accident.total', 0],
    ]);
    expect(result.outcome).toBe('nothing-payable');
  });
});
