import { describe, expect, it } from 'vitest';
import { LifeInput } from './inputs';
import { calculateLife } from './life';
import { expectConsistent, trail } from './testing/trail';

const SI = 100_000_000; // 1,000,000 CNY
const CASH_VALUE = 2_318_000;

type Overrides = { policy?: Partial<LifeInput['policy']>; death?: Partial<LifeInput['death']> };

function life(o: Overrides = {}): LifeInput {
  return LifeInput.parse({
    line: 'LIFE',
    policy: { sumInsuredFen: SI, issueDate: '2024-05-10', cashValueFen: CASH_VALUE, ...o.policy },
    death: { date: '2025-11-02', cause: 'illness', ...o.death },
  });
}

describe('calculateLife', () => {
  it.each([
    { name: 'death by illness', input: life() },
    { name: 'accidental death', input: life({ death: { cause: 'accident' } }) },
    {
      name: 'suicide the day after the 2-year period',
      input: life({ death: { cause: 'suicide', date: '2026-05-11' } }),
    },
    {
      name: 'suicide by an insured without civil capacity',
      input: life({ death: { cause: 'suicide', insuredLackedCapacity: true } }),
    },
    {
      name: 'suicide after 2 years from a 29 February issue (period ends 28 February)',
      input: life({
        policy: { issueDate: '2024-02-29' },
        death: { cause: 'suicide', date: '2026-03-01' },
      }),
    },
  ])('pays the sum insured: $name', ({ input }) => {
    const result = calculateLife(input);
    expect(result).toMatchObject({ outcome: 'payable', payableFen: SI });
    expectConsistent(result);
  });

  it.each([
    { name: 'within 2 years of issue', policy: {}, date: '2025-11-02' },
    { name: 'on the last day of the 2 years', policy: {}, date: '2026-05-10' },
    {
      name: 'on 28 February after a 29 February issue',
      policy: { issueDate: '2024-02-29' },
      date: '2026-02-28',
    },
    {
      name: 'within 2 years of reinstatement',
      policy: { issueDate: '2020-01-01', reinstatementDate: '2025-03-01' },
      date: '2026-01-01',
    },
  ])('suicide $name: no benefit, cash value refunded (art. 44)', ({ policy, date }) => {
    const result = calculateLife(life({ policy, death: { cause: 'suicide', date } }));
    expect(result).toMatchObject({ outcome: 'refund-only', payableFen: 0, refundFen: CASH_VALUE });
    expect(trail(result)).toEqual([
      ['life.sum-insured', SI],
      ['life.suicide-exclusion', 0],
    ]);
    expect(result.steps[1]?.clause).toBe('保险法第四十四条');
    expect(result.steps[1]?.text.en).toContain('the cash value, 23,180.00 CNY, is refunded');
    expectConsistent(result);
  });
});
