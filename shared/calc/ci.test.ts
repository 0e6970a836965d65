import { describe, expect, it } from 'vitest';
import { calculateCi } from './ci';
import { CiInput } from './inputs';
import { expectConsistent, trail } from './testing/trail';

const SI = 50_000_000; // 500,000 CNY
const PREMIUMS = 1_260_000;

type Overrides = { policy?: Partial<CiInput['policy']>; diagnosis?: Partial<CiInput['diagnosis']> };

function ci(o: Overrides = {}): CiInput {
  return CiInput.parse({
    line: 'CI',
    policy: {
      sumInsuredFen: SI,
      effectiveDate: '2024-03-01',
      premiumsPaidFen: PREMIUMS,
      ...o.policy,
    },
    diagnosis: { date: '2024-06-15', severity: 'severe', ...o.diagnosis },
  });
}

describe('calculateCi', () => {
  it.each([
    { name: 'severe after the waiting period: sum insured', input: ci(), payableFen: SI },
    {
      name: 'moderate: 50 %',
      input: ci({ diagnosis: { severity: 'moderate' } }),
      payableFen: 25_000_000,
    },
    { name: 'mild: 30 %', input: ci({ diagnosis: { severity: 'mild' } }), payableFen: 15_000_000 },
    {
      name: 'per-policy mild ratio 25 %',
      input: ci({ policy: { severityRatiosBp: { mild: 2_500 } }, diagnosis: { severity: 'mild' } }),
      payableFen: 12_500_000,
    },
    {
      name: 'the day after a 90-day waiting period',
      input: ci({ diagnosis: { date: '2024-05-30' } }),
      payableFen: SI,
    },
    {
      name: 'after a 180-day waiting period',
      input: ci({ policy: { waitingPeriodDays: 180 }, diagnosis: { date: '2024-08-28' } }),
      payableFen: SI,
    },
    {
      name: 'an accident-caused illness has no waiting period',
      input: ci({ diagnosis: { date: '2024-03-10', causedByAccident: true } }),
      payableFen: SI,
    },
    {
      name: 'no waiting period configured',
      input: ci({ policy: { waitingPeriodDays: 0 }, diagnosis: { date: '2024-03-01' } }),
      payableFen: SI,
    },
  ])('$name', ({ input, payableFen }) => {
    const result = calculateCi(input);
    expect(result).toMatchObject({ outcome: 'payable', payableFen });
    expect(result.refundFen).toBeUndefined();
    expectConsistent(result);
  });

  it.each([
    {
      name: 'last day of a 90-day waiting period (day 1 = effective date)',
      policy: {},
      date: '2024-05-29',
    },
    {
      name: 'inside a 180-day waiting period',
      policy: { waitingPeriodDays: 180 },
      date: '2024-08-27',
    },
    { name: 'on the effective date', policy: {}, date: '2024-03-01' },
    {
      name: 'a reinstatement starts a new waiting period',
      policy: { reinstatementDate: '2025-01-10' },
      date: '2025-02-01',
    },
  ])('diagnosis $name: no benefit, premiums refunded', ({ policy, date }) => {
    const result = calculateCi(ci({ policy, diagnosis: { date } }));
    expect(result).toMatchObject({ outcome: 'refund-only', payableFen: 0, refundFen: PREMIUMS });
    expect(trail(result)).toEqual([
      ['ci.sum-insured', SI],
      ['ci.waiting-period', 0],
    ]);
    expect(result.steps[1]?.text.en).toContain('premiums paid, 12,600.00 CNY, are refunded');
    expect(result.steps[1]?.text['zh-CN']).toContain('退还已交保险费 12,600.00 元');
    expectConsistent(result);
  });
});
