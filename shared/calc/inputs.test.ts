import { describe, expect, it } from 'vitest';
import { calculate } from './calculate';
import { CalculationInput } from './inputs';

const validProperty = {
  line: 'PROPERTY',
  policy: { sumInsuredFen: 1_000_000, deductible: { fixedFen: 50_000, rateBp: 1_000 } },
  loss: { lossFen: 500_000, salvageFen: 0, insuredValueFen: 1_000_000, mitigationCostsFen: 0 },
};

const withLoss = (loss: Record<string, unknown>) => ({
  ...validProperty,
  loss: { ...validProperty.loss, ...loss },
});

/** "path: message" for each problem, as the CLI prints them. */
function problems(input: unknown): string[] {
  const parsed = CalculationInput.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('CalculationInput rejects bad input with a specific message', () => {
  it('accepts the valid example', () => {
    expect(problems(validProperty)).toEqual([]);
  });

  it.each([
    {
      name: 'a negative amount',
      input: withLoss({ lossFen: -1 }),
      problem: 'loss.lossFen: must not be negative',
    },
    {
      name: 'a float amount in fen',
      input: withLoss({ lossFen: 10.5 }),
      problem: 'loss.lossFen: must be a whole number of fen (1 CNY = 100 fen), not a fraction',
    },
    {
      name: 'an amount given as a string',
      input: withLoss({ lossFen: '500000' }),
      problem: 'loss.lossFen: must be a number of fen',
    },
    {
      name: 'a missing field',
      input: { ...validProperty, loss: { lossFen: 1, salvageFen: 0, insuredValueFen: 1 } },
      problem: 'loss.mitigationCostsFen: is required',
    },
    {
      name: 'a missing object',
      input: { line: 'PROPERTY', policy: validProperty.policy },
      problem: 'loss: is required',
    },
    {
      name: 'a ratio above 100 %',
      input: {
        ...validProperty,
        policy: { sumInsuredFen: 1, deductible: { fixedFen: 0, rateBp: 10_001 } },
      },
      problem: 'policy.deductible.rateBp: must be at most 10000 basis points (100 %)',
    },
    {
      name: 'a fractional ratio',
      input: {
        ...validProperty,
        policy: { sumInsuredFen: 1, deductible: { fixedFen: 0, rateBp: 12.5 } },
      },
      problem: 'policy.deductible.rateBp: must be a whole number of basis points (10000 = 100 %)',
    },
    {
      name: 'an amount too large to be a real claim',
      input: withLoss({ lossFen: 1e14 }),
      problem: 'loss.lossFen: must be at most 10000000000000 fen',
    },
    {
      name: 'a misspelt field',
      input: withLoss({ salvagFen: 1 }),
      problem: 'loss: Unrecognized key: "salvagFen"',
    },
    {
      name: 'salvage above the loss',
      input: withLoss({ salvageFen: 600_000 }),
      problem: 'loss.salvageFen: must not exceed lossFen',
    },
    {
      name: 'an unknown line',
      input: { ...validProperty, line: 'MARINE' },
      problem: 'line: must be one of AUTO, MEDICAL, CI, LIFE, ACCIDENT, PROPERTY, LIABILITY',
    },
    {
      name: 'not an object',
      input: 'PROPERTY',
      problem: ': must be an object with a "line" field',
    },
    {
      name: 'an unknown rule id in clause references',
      input: { ...validProperty, clauseRefs: { 'property.salvag': '第五条' } },
      problem: 'clauseRefs: not a known rule id: property.salvag',
    },
  ])('$name', ({ input, problem }) => {
    expect(problems(input)).toContain(problem);
  });

  it.each([
    {
      name: 'a CI diagnosis before the policy took effect',
      input: {
        line: 'CI',
        policy: { sumInsuredFen: 1, effectiveDate: '2024-03-01', premiumsPaidFen: 0 },
        diagnosis: { date: '2024-02-01', severity: 'severe' },
      },
      problem: "diagnosis.date: must not be before the policy's effective date",
    },
    {
      name: 'an impossible date',
      input: {
        line: 'LIFE',
        policy: { sumInsuredFen: 1, issueDate: '2024-02-30', cashValueFen: 0 },
        death: { date: '2025-01-01', cause: 'illness' },
      },
      problem: 'policy.issueDate: must be a date written YYYY-MM-DD',
    },
    {
      name: 'disability grades together with death',
      input: {
        line: 'ACCIDENT',
        policy: { sumInsuredFen: 1 },
        claim: { death: true, disabilityGrades: [3], medicalExpensesFen: 0 },
      },
      problem:
        'claim.disabilityGrades: must be empty when death is true: the death benefit replaces the disability benefit',
    },
    {
      name: 'a disability grade outside 1–10',
      input: {
        line: 'ACCIDENT',
        policy: { sumInsuredFen: 1 },
        claim: { death: false, disabilityGrades: [11], medicalExpensesFen: 0 },
      },
      problem: 'claim.disabilityGrades.0: must be a disability grade 1–10',
    },
    {
      name: 'no claimants',
      input: { line: 'LIABILITY', policy: { perOccurrenceLimitFen: 1 }, claimants: [] },
      problem: 'claimants: must list at least one claimant',
    },
    {
      name: 'an unknown liability level',
      input: {
        line: 'AUTO',
        policy: {},
        liability: 'most',
        thirdPartyLoss: { deathDisabilityFen: 0, medicalFen: 0, propertyFen: 0 },
      },
      problem: 'liability: must be one of full, main, equal, minor, none',
    },
  ])('$name', ({ input, problem }) => {
    expect(problems(input)).toContain(problem);
  });

  it('calculate() validates at the entry and throws the ZodError', () => {
    expect(() => calculate(withLoss({ lossFen: -1 }) as CalculationInput)).toThrow(
      /must not be negative/,
    );
  });
});
