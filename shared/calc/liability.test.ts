import { describe, expect, it } from 'vitest';
import { LiabilityInput, type Claimant } from './inputs';
import { calculateLiability } from './liability';
import { expectConsistent, trail } from './testing/trail';

const PER_OCCURRENCE = 100_000_000; // 1,000,000 CNY
const PER_PERSON = 30_000_000; // 300,000 CNY
const DEDUCTIBLE = 200_000; // 2,000 CNY

const injured = (liabilityFen: number, label = '伤者'): Claimant => ({
  label,
  kind: 'injury',
  liabilityFen,
  basis: 'judgment',
});

function liability(
  claimants: Claimant[],
  policy: Partial<LiabilityInput['policy']> = {},
): LiabilityInput {
  return LiabilityInput.parse({
    line: 'LIABILITY',
    policy: {
      perOccurrenceLimitFen: PER_OCCURRENCE,
      perPersonLimitFen: PER_PERSON,
      deductibleFen: DEDUCTIBLE,
      ...policy,
    },
    claimants,
  });
}

describe('calculateLiability', () => {
  it.each([
    {
      name: 'one injured person within the limits',
      input: liability([injured(10_000_000)]),
      payableFen: 9_800_000,
    },
    {
      name: 'one injured person above the per-person limit',
      input: liability([injured(42_000_000)]),
      payableFen: PER_PERSON - DEDUCTIBLE,
    },
    {
      name: 'several injured: each held to the per-person limit',
      input: liability([injured(42_000_000, '甲'), injured(8_650_000, '乙')]),
      payableFen: PER_PERSON + 8_650_000 - DEDUCTIBLE,
    },
    {
      name: 'several injured together held to the per-occurrence limit',
      input: liability([
        injured(40_000_000),
        injured(40_000_000),
        injured(40_000_000),
        injured(40_000_000),
      ]),
      payableFen: PER_OCCURRENCE - DEDUCTIBLE,
    },
    {
      name: 'no per-person limit in the policy',
      input: liability([injured(42_000_000)], { perPersonLimitFen: undefined }),
      payableFen: 41_800_000,
    },
    {
      name: 'property damage is not held to the per-person limit',
      input: liability([
        { label: '商铺', kind: 'property', liabilityFen: 42_000_000, basis: 'agreement' },
      ]),
      payableFen: 41_800_000,
    },
    {
      name: 'no deductible in the policy',
      input: liability([injured(10_000_000)], { deductibleFen: undefined }),
      payableFen: 10_000_000,
    },
    { name: 'liability below the deductible', input: liability([injured(150_000)]), payableFen: 0 },
  ])('$name', ({ input, payableFen }) => {
    const result = calculateLiability(input);
    expect(result.payableFen).toBe(payableFen);
    expect(result.outcome).toBe(payableFen > 0 ? 'payable' : 'nothing-payable');
    expectConsistent(result);
  });

  it('shows each claimant, the total, the limit and the deductible', () => {
    const result = calculateLiability(
      liability([
        injured(42_000_000, '伤者甲'),
        { label: '相邻商铺', kind: 'property', liabilityFen: 3_200_000, basis: 'mediation' },
      ]),
    );
    expect(trail(result)).toEqual([
      ['liability.claimant', PER_PERSON],
      ['liability.claimant', 3_200_000],
      ['liability.claimants-total', 33_200_000],
      ['liability.per-occurrence-limit', 33_200_000],
      ['liability.deductible', 33_000_000],
    ]);
    expect(result.steps[0]?.text['zh-CN']).toBe(
      '伤者甲：经判决确定的赔偿责任 420,000.00 元，每人赔偿限额 300,000 元，计 300,000.00 元',
    );
    expect(result.steps[2]?.inputs).toEqual({ claimant1Fen: PER_PERSON, claimant2Fen: 3_200_000 });
  });
});
