import { describe, expect, it } from 'vitest';
import { PropertyInput } from './inputs';
import { calculateProperty } from './property';
import { expectConsistent, trail } from './testing/trail';

type Overrides = {
  policy?: Partial<PropertyInput['policy']>;
  loss?: Partial<PropertyInput['loss']>;
};

/** Fully insured 10,000 CNY of property, by default. */
function property(o: Overrides = {}): PropertyInput {
  return PropertyInput.parse({
    line: 'PROPERTY',
    policy: { sumInsuredFen: 1_000_000, ...o.policy },
    loss: {
      lossFen: 1_000_000,
      salvageFen: 0,
      insuredValueFen: 1_000_000,
      mitigationCostsFen: 0,
      ...o.loss,
    },
  });
}

const UNDER = { policy: { sumInsuredFen: 800_000_000 }, insuredValueFen: 1_000_000_000 };

describe('calculateProperty', () => {
  it.each([
    { name: 'fully insured, no deductible', input: property(), payableFen: 1_000_000 },
    {
      name: 'salvage kept by the insured',
      input: property({ loss: { salvageFen: 200_000 } }),
      payableFen: 800_000,
    },
    {
      name: 'under-insurance: 8 M of 10 M insured',
      input: property({
        policy: UNDER.policy,
        loss: { lossFen: 100_000_000, insuredValueFen: UNDER.insuredValueFen },
      }),
      payableFen: 80_000_000,
    },
    {
      name: 'over-insurance is not pro-rated',
      input: property({ policy: { sumInsuredFen: 2_000_000 }, loss: { lossFen: 600_000 } }),
      payableFen: 600_000,
    },
    {
      name: 'fixed deductible higher than the rate',
      input: property({ policy: { deductible: { fixedFen: 500_000, rateBp: 1_000 } } }),
      payableFen: 500_000,
    },
    {
      name: 'rate deductible higher than the fixed amount',
      input: property({
        policy: { sumInsuredFen: 10_000_000, deductible: { fixedFen: 500_000, rateBp: 1_000 } },
        loss: { lossFen: 10_000_000, insuredValueFen: 10_000_000 },
      }),
      payableFen: 9_000_000,
    },
    {
      name: 'loss below the deductible',
      input: property({
        policy: { deductible: { fixedFen: 500_000, rateBp: 0 } },
        loss: { lossFen: 400_000 },
      }),
      payableFen: 0,
    },
    {
      name: 'capped by the sum insured',
      input: property({ loss: { lossFen: 1_200_000 } }),
      payableFen: 1_000_000,
    },
    {
      name: 'mitigation costs on top, capped separately at the sum insured',
      input: property({ loss: { mitigationCostsFen: 1_500_000 } }),
      payableFen: 2_000_000,
    },
    {
      name: 'under-insurance rounds half-up: 1 × 1/2 = 0.5 fen → 1',
      input: property({ policy: { sumInsuredFen: 1 }, loss: { lossFen: 1, insuredValueFen: 2 } }),
      payableFen: 1,
    },
    {
      name: 'under-insurance rounds half-up: 200 × 1/3 = 66.67 fen → 67',
      input: property({
        policy: { sumInsuredFen: 100 },
        loss: { lossFen: 200, insuredValueFen: 300 },
      }),
      payableFen: 67,
    },
  ])('$name', ({ input, payableFen }) => {
    const result = calculateProperty(input);
    expect(result.payableFen).toBe(payableFen);
    expect(result.outcome).toBe(payableFen > 0 ? 'payable' : 'nothing-payable');
    expectConsistent(result);
  });

  it('salvage, under-insurance, deductible and mitigation in order', () => {
    const input = property({
      policy: { sumInsuredFen: 800_000_000, deductible: { fixedFen: 500_000, rateBp: 1_000 } },
      loss: {
        lossFen: 236_000_000,
        salvageFen: 12_000_000,
        insuredValueFen: 1_000_000_000,
        mitigationCostsFen: 3_850_000,
      },
    });
    const result = calculateProperty(input);
    expect(trail(result)).toEqual([
      ['property.loss', 236_000_000],
      ['property.salvage', 224_000_000],
      ['property.under-insurance', 179_200_000],
      ['property.deductible', 161_280_000],
      ['property.sum-insured', 161_280_000],
      ['property.mitigation', 3_850_000],
      ['property.mitigation-cap', 3_850_000],
      ['property.total', 165_130_000],
    ]);
    expect(result.steps[2]?.clause).toBe('保险法第五十五条');
    expect(result.steps[5]?.clause).toBe('保险法第五十七条');
  });

  it('pro-rates exactly with amounts whose product exceeds 2^53', () => {
    const input = property({
      policy: { sumInsuredFen: 7_777_777_777_777 },
      loss: { lossFen: 9_999_999_999_999, insuredValueFen: 9_999_999_999_999 },
    });
    expect(calculateProperty(input).payableFen).toBe(7_777_777_777_777);
  });
});
