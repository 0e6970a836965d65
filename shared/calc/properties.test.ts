import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from './calculate';
import type {
  AccidentInput,
  AutoInput,
  CalculationInput,
  LiabilityInput,
  MedicalInput,
  PropertyInput,
} from './inputs';
import { CalculationResult } from './result';
import { RULES_CATALOGUE } from './rules-catalogue';
import { replaySteps } from './steps';
import * as arb from './testing/arbitraries';

/**
 * Properties every calculator keeps for any valid input: never negative, never above the
 * sum insured / limit (nor the loss), non-decreasing when the loss grows, and steps that
 * replay to the payable amount.
 */

interface LineSpec<T extends CalculationInput> {
  readonly inputs: () => fc.Arbitrary<T>;
  /** The input with its loss amount (one of them, chosen by `pick`) raised by `deltaFen`. */
  readonly grow: (input: T, deltaFen: number, pick: number) => T;
  /** The most the policy can pay for this input. */
  readonly bound: (input: T) => number;
}

const RUNS = { numRuns: 1_000 };
const delta = fc.oneof(
  fc.integer({ min: 0, max: 3 }),
  fc.integer({ min: 0, max: 200 }),
  arb.fen(5_000_000_000),
);
const rest = (limitFen: number, usedFen: number) => Math.max(0, limitFen - usedFen);

function checkResult<T extends CalculationInput>(spec: LineSpec<T>, input: T): void {
  const result = calculate(input);
  expect(CalculationResult.safeParse(result).success).toBe(true);
  expect(Number.isSafeInteger(result.payableFen)).toBe(true);
  expect(result.payableFen).toBeGreaterThanOrEqual(0);
  expect(result.payableFen).toBeLessThanOrEqual(spec.bound(input));
  expect(result.steps.at(-1)?.amountFen).toBe(result.payableFen);
  expect(replaySteps(result.steps)).toEqual({ ok: true, amountFen: result.payableFen });
  if (result.outcome === 'refund-only') expect(result.payableFen).toBe(0);
}

function lineProperties<T extends CalculationInput>(line: string, spec: LineSpec<T>): void {
  describe(line, () => {
    it('is never negative, never above the limit, and its steps add up', () => {
      fc.assert(
        fc.property(spec.inputs(), (input) => checkResult(spec, input)),
        RUNS,
      );
    });

    it('never pays less when the loss grows', () => {
      fc.assert(
        fc.property(spec.inputs(), delta, fc.nat(), (input, deltaFen, pick) => {
          const before = calculate(input).payableFen;
          const after = calculate(spec.grow(input, deltaFen, pick)).payableFen;
          expect(after).toBeGreaterThanOrEqual(before);
        }),
        RUNS,
      );
    });

    it('never pays less when the loss grows by a single fen (where rounding could bite)', () => {
      fc.assert(
        fc.property(spec.inputs(), fc.nat(), (input, pick) => {
          const before = calculate(input).payableFen;
          expect(calculate(spec.grow(input, 1, pick)).payableFen).toBeGreaterThanOrEqual(before);
        }),
        RUNS,
      );
    });
  });
}

const CTPL = RULES_CATALOGUE.auto.ctplSublimits.atFault;
const TP_KEYS = ['deathDisabilityFen', 'medicalFen', 'propertyFen'] as const;

lineProperties<AutoInput>('AUTO', {
  inputs: arb.autoInput,
  grow: (input, d, pick) => {
    const key = TP_KEYS[pick % 4];
    if (key === undefined && input.ownDamage !== undefined) {
      return { ...input, ownDamage: { ...input.ownDamage, lossFen: input.ownDamage.lossFen + d } };
    }
    const k = key ?? 'propertyFen';
    return {
      ...input,
      thirdPartyLoss: { ...input.thirdPartyLoss, [k]: input.thirdPartyLoss[k] + d },
    };
  },
  bound: ({ policy, thirdPartyLoss: tp, ownDamage }) => {
    const thirdParty =
      CTPL.deathDisabilityFen +
      CTPL.medicalFen +
      CTPL.propertyFen +
      (policy.thirdParty?.sumInsuredFen ?? 0);
    const own = policy.ownDamage?.sumInsuredFen ?? 0;
    const lossFen = tp.deathDisabilityFen + tp.medicalFen + tp.propertyFen;
    return Math.min(thirdParty, lossFen) + Math.min(own, ownDamage?.lossFen ?? 0);
  },
});

lineProperties<MedicalInput>('MEDICAL', {
  inputs: arb.medicalInput,
  grow: (input, d) => ({
    ...input,
    claim: { ...input.claim, reasonableExpensesFen: input.claim.reasonableExpensesFen + d },
  }),
  bound: ({ policy, yearToDate, claim }) =>
    Math.min(claim.reasonableExpensesFen, rest(policy.annualLimitFen, yearToDate.limitUsedFen)),
});

lineProperties('CI', {
  inputs: arb.ciInput,
  grow: (input, d) => ({
    ...input,
    policy: { ...input.policy, sumInsuredFen: input.policy.sumInsuredFen + d },
  }),
  bound: (input) => input.policy.sumInsuredFen,
});

lineProperties('LIFE', {
  inputs: arb.lifeInput,
  grow: (input, d) => ({
    ...input,
    policy: { ...input.policy, sumInsuredFen: input.policy.sumInsuredFen + d },
  }),
  bound: (input) => input.policy.sumInsuredFen,
});

lineProperties<AccidentInput>('ACCIDENT', {
  inputs: arb.accidentInput,
  grow: (input, d) => ({
    ...input,
    claim: { ...input.claim, medicalExpensesFen: input.claim.medicalExpensesFen + d },
  }),
  bound: ({ policy, claim }) =>
    rest(policy.sumInsuredFen, claim.previouslyPaidFen ?? 0) +
    Math.min(policy.medical?.limitFen ?? 0, claim.medicalExpensesFen),
});

lineProperties<PropertyInput>('PROPERTY', {
  inputs: arb.propertyInput,
  grow: (input, d, pick) => {
    const key = pick % 2 === 0 ? 'lossFen' : 'mitigationCostsFen';
    return { ...input, loss: { ...input.loss, [key]: input.loss[key] + d } };
  },
  bound: ({ policy, loss }) =>
    Math.min(policy.sumInsuredFen, loss.lossFen - loss.salvageFen) +
    Math.min(policy.sumInsuredFen, loss.mitigationCostsFen),
});

lineProperties<LiabilityInput>('LIABILITY', {
  inputs: arb.liabilityInput,
  grow: (input, d, pick) => {
    const index = pick % input.claimants.length;
    const claimants = input.claimants.map((c, i) =>
      i === index ? { ...c, liabilityFen: c.liabilityFen + d } : c,
    );
    return { ...input, claimants };
  },
  bound: ({ policy, claimants }) =>
    Math.min(
      policy.perOccurrenceLimitFen,
      claimants.reduce((sum, c) => sum + c.liabilityFen, 0),
    ),
});
