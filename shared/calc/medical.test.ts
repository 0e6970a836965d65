import { describe, expect, it } from 'vitest';
import { MedicalInput } from './inputs';
import { calculateMedical } from './medical';
import { expectConsistent, trail } from './testing/trail';

const LIMIT = 200_000_000; // 2,000,000 CNY a year

type Overrides = {
  policy?: Partial<MedicalInput['policy']>;
  yearToDate?: Partial<MedicalInput['yearToDate']>;
  claim?: Partial<MedicalInput['claim']>;
};

function medical(o: Overrides = {}): MedicalInput {
  return MedicalInput.parse({
    line: 'MEDICAL',
    policy: { annualLimitFen: LIMIT, ...o.policy },
    yearToDate: { deductibleConsumedFen: 0, limitUsedFen: 0, ...o.yearToDate },
    claim: {
      reasonableExpensesFen: 5_000_000,
      socialInsurancePaidFen: 2_000_000,
      excludedFen: 100_000,
      socialInsuranceUsed: true,
      ...o.claim,
    },
  });
}

describe('calculateMedical', () => {
  it.each([
    {
      name: 'social insurance used first: 100 %, whole 10,000 deductible still open',
      input: medical(),
      payableFen: 1_900_000,
    },
    {
      name: 'social insurance not used: 60 %',
      input: medical({ claim: { socialInsurancePaidFen: 0, socialInsuranceUsed: false } }),
      payableFen: 2_340_000,
    },
    {
      name: 'deductible partly consumed earlier in the year',
      input: medical({ yearToDate: { deductibleConsumedFen: 600_000 } }),
      payableFen: 2_500_000,
    },
    {
      name: 'deductible fully consumed earlier in the year',
      input: medical({ yearToDate: { deductibleConsumedFen: 1_000_000 } }),
      payableFen: 2_900_000,
    },
    {
      name: 'more consumed than the deductible (another policy year figure) leaves none',
      input: medical({ yearToDate: { deductibleConsumedFen: 1_500_000 } }),
      payableFen: 2_900_000,
    },
    {
      name: 'expenses under the remaining deductible: nothing payable',
      input: medical({
        claim: { reasonableExpensesFen: 800_000, socialInsurancePaidFen: 0, excludedFen: 0 },
      }),
      payableFen: 0,
    },
    {
      name: 'capped by what is left of the annual limit',
      input: medical({ yearToDate: { limitUsedFen: LIMIT - 1_000_000 } }),
      payableFen: 1_000_000,
    },
    {
      name: 'annual limit used up',
      input: medical({ yearToDate: { limitUsedFen: LIMIT + 1 } }),
      payableFen: 0,
    },
    {
      name: 'per-policy deductible and ratio; 800,000.8 fen rounds up',
      input: medical({
        policy: {
          annualDeductibleFen: 0,
          reimbursementRatiosBp: { socialInsuranceNotUsed: 8_000 },
        },
        claim: {
          reasonableExpensesFen: 1_000_001,
          socialInsurancePaidFen: 0,
          excludedFen: 0,
          socialInsuranceUsed: false,
        },
      }),
      payableFen: 800_001,
    },
    {
      name: 'half a fen rounds up',
      input: medical({
        policy: { annualDeductibleFen: 0, reimbursementRatiosBp: { socialInsuranceUsed: 5_000 } },
        claim: { reasonableExpensesFen: 1_000_001, socialInsurancePaidFen: 0, excludedFen: 0 },
      }),
      payableFen: 500_001,
    },
  ])('$name', ({ input, payableFen }) => {
    const result = calculateMedical(input);
    expect(result.payableFen).toBe(payableFen);
    expect(result.outcome).toBe(payableFen > 0 ? 'payable' : 'nothing-payable');
    expectConsistent(result);
  });

  it('shows every rule of the formula in order', () => {
    const result = calculateMedical(medical({ yearToDate: { deductibleConsumedFen: 600_000 } }));
    expect(trail(result)).toEqual([
      ['medical.reasonable-expenses', 5_000_000],
      ['medical.social-insurance', 3_000_000],
      ['medical.excluded-items', 2_900_000],
      ['medical.annual-deductible', 2_500_000],
      ['medical.reimbursement-ratio', 2_500_000],
      ['medical.annual-limit', 2_500_000],
    ]);
    const deductible = result.steps[3];
    expect(deductible?.inputs).toEqual({
      annualDeductibleFen: 1_000_000,
      deductibleConsumedFen: 600_000,
      remainingDeductibleFen: 400_000,
    });
    expect(deductible?.text['zh-CN']).toBe(
      '年免赔额 10,000 元，本年已抵扣 6,000.00 元，本次抵扣 4,000.00 元，剩余 25,000.00 元',
    );
  });
});
