import fc from 'fast-check';
import { addDays } from '../dates';
import type {
  AccidentInput,
  AutoInput,
  CalculationInput,
  CiInput,
  LiabilityInput,
  LifeInput,
  MedicalInput,
  PropertyInput,
} from '../inputs';
import { CI_SEVERITIES, LIABILITY_LEVELS } from '../rules-catalogue';

/**
 * fast-check generators of valid calculation inputs, one per line of business, shared by
 * the property tests and the throughput test. Amounts mix small values (where deductibles
 * and sub-limits bite) with large ones (where caps and rounding of big products matter).
 */

export const fen = (max = 20_000_000_000): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 0, max }));

export const bp = (): fc.Arbitrary<number> =>
  fc.oneof(
    fc.constantFrom(0, 3_000, 5_000, 6_000, 7_000, 10_000),
    fc.integer({ min: 0, max: 10_000 }),
  );

const isoDate = (): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: 5_000 }).map((days) => addDays('2015-01-01', days));

const laterDate = (from: string, maxDays = 1_500): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: maxDays }).map((days) => addDays(from, days));

const cover = () =>
  fc.record(
    {
      sumInsuredFen: fen(),
      deductibleFen: fen(200_000),
      deductibleRateBp: fc.integer({ min: 0, max: 3_000 }),
    },
    { requiredKeys: ['sumInsuredFen'] },
  );

export const autoInput = (): fc.Arbitrary<AutoInput> =>
  fc.record(
    {
      line: fc.constant('AUTO' as const),
      policy: fc.record(
        {
          thirdParty: cover(),
          ownDamage: cover(),
          liabilityRatiosBp: fc.record({ main: bp(), minor: bp() }, { requiredKeys: [] }),
        },
        { requiredKeys: [] },
      ),
      liability: fc.constantFrom(...LIABILITY_LEVELS),
      thirdPartyLoss: fc.record({
        deathDisabilityFen: fen(),
        medicalFen: fen(),
        propertyFen: fen(),
      }),
      ownDamage: fc.record(
        { lossFen: fen(), recoveredFen: fen(5_000_000) },
        { requiredKeys: ['lossFen'] },
      ),
    },
    { requiredKeys: ['line', 'policy', 'liability', 'thirdPartyLoss'] },
  );

export const medicalInput = (): fc.Arbitrary<MedicalInput> =>
  fc.record({
    line: fc.constant('MEDICAL' as const),
    policy: fc.record(
      {
        annualLimitFen: fen(),
        annualDeductibleFen: fen(5_000_000),
        reimbursementRatiosBp: fc.record(
          { socialInsuranceUsed: bp(), socialInsuranceNotUsed: bp() },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['annualLimitFen'] },
    ),
    yearToDate: fc.record({ deductibleConsumedFen: fen(2_000_000), limitUsedFen: fen() }),
    claim: fc.record({
      reasonableExpensesFen: fen(),
      socialInsurancePaidFen: fen(),
      excludedFen: fen(),
      socialInsuranceUsed: fc.boolean(),
    }),
  });

export const ciInput = (): fc.Arbitrary<CiInput> =>
  isoDate().chain((effectiveDate) =>
    fc.record({
      line: fc.constant('CI' as const),
      policy: fc.record(
        {
          sumInsuredFen: fen(),
          effectiveDate: fc.constant(effectiveDate),
          reinstatementDate: laterDate(effectiveDate, 400),
          waitingPeriodDays: fc.constantFrom(0, 30, 90, 180),
          severityRatiosBp: fc.record({ moderate: bp(), mild: bp() }, { requiredKeys: [] }),
          premiumsPaidFen: fen(10_000_000),
        },
        { requiredKeys: ['sumInsuredFen', 'effectiveDate', 'premiumsPaidFen'] },
      ),
      diagnosis: fc.record(
        {
          date: laterDate(effectiveDate, 800),
          severity: fc.constantFrom(...CI_SEVERITIES),
          causedByAccident: fc.boolean(),
        },
        { requiredKeys: ['date', 'severity'] },
      ),
    }),
  );

export const lifeInput = (): fc.Arbitrary<LifeInput> =>
  isoDate().chain((issueDate) =>
    fc.record({
      line: fc.constant('LIFE' as const),
      policy: fc.record(
        {
          sumInsuredFen: fen(),
          issueDate: fc.constant(issueDate),
          reinstatementDate: laterDate(issueDate, 1_000),
          cashValueFen: fen(100_000_000),
        },
        { requiredKeys: ['sumInsuredFen', 'issueDate', 'cashValueFen'] },
      ),
      death: fc.record(
        {
          date: laterDate(issueDate, 1_500),
          cause: fc.constantFrom('illness', 'accident', 'suicide', 'other' as const),
          insuredLackedCapacity: fc.boolean(),
        },
        { requiredKeys: ['date', 'cause'] },
      ),
    }),
  );

const accidentClaim = () =>
  fc.oneof(
    fc.record({ death: fc.constant(true), disabilityGrades: fc.constant<number[]>([]) }),
    fc.record({
      death: fc.constant(false),
      disabilityGrades: fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 4 }),
    }),
  );

export const accidentInput = (): fc.Arbitrary<AccidentInput> =>
  fc
    .record({
      policy: fc.record(
        {
          sumInsuredFen: fen(),
          medical: fc.record(
            { limitFen: fen(), deductibleFen: fen(100_000), ratioBp: bp() },
            { requiredKeys: ['limitFen'] },
          ),
        },
        { requiredKeys: ['sumInsuredFen'] },
      ),
      kind: accidentClaim(),
      amounts: fc.record(
        { previouslyPaidFen: fen(), medicalExpensesFen: fen(), reimbursedElsewhereFen: fen() },
        { requiredKeys: ['medicalExpensesFen'] },
      ),
    })
    .map(({ policy, kind, amounts }) => ({
      line: 'ACCIDENT' as const,
      policy,
      claim: { ...kind, ...amounts },
    }));

export const propertyInput = (): fc.Arbitrary<PropertyInput> =>
  fc
    .record({
      sumInsuredFen: fen(),
      deductible: fc.option(
        fc.record({ fixedFen: fc.oneof(fc.constant(0), fen(2_000_000)), rateBp: bp() }),
        {
          nil: undefined,
        },
      ),
      lossFen: fen(),
      salvageShare: fc.integer({ min: 0, max: 10_000 }),
      insuredValueFen: fen(),
      /** Under-insurance (value above the sum insured) is where rounding meets deductibles. */
      underInsuredBy: fc.option(fen(), { nil: undefined }),
      mitigationCostsFen: fen(),
    })
    .map((g) => ({
      line: 'PROPERTY' as const,
      policy:
        g.deductible === undefined
          ? { sumInsuredFen: g.sumInsuredFen }
          : { sumInsuredFen: g.sumInsuredFen, deductible: g.deductible },
      loss: {
        lossFen: g.lossFen,
        salvageFen: Math.floor((g.lossFen * g.salvageShare) / 10_000),
        insuredValueFen:
          g.underInsuredBy === undefined ? g.insuredValueFen : g.sumInsuredFen + g.underInsuredBy,
        mitigationCostsFen: g.mitigationCostsFen,
      },
    }));

const claimant = () =>
  fc.record({
    label: fc.constantFrom('伤者甲', '伤者乙', 'Shop next door'),
    kind: fc.constantFrom('injury', 'property' as const),
    liabilityFen: fen(),
    basis: fc.constantFrom('judgment', 'mediation', 'agreement' as const),
  });

export const liabilityInput = (): fc.Arbitrary<LiabilityInput> =>
  fc.record({
    line: fc.constant('LIABILITY' as const),
    policy: fc.record(
      { perOccurrenceLimitFen: fen(), perPersonLimitFen: fen(), deductibleFen: fen(1_000_000) },
      { requiredKeys: ['perOccurrenceLimitFen'] },
    ),
    claimants: fc.array(claimant(), { minLength: 1, maxLength: 6 }),
  });

export const calculationInput = (): fc.Arbitrary<CalculationInput> =>
  fc.oneof(
    autoInput(),
    medicalInput(),
    ciInput(),
    lifeInput(),
    accidentInput(),
    propertyInput(),
    liabilityInput(),
  );
