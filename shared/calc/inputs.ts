import { z } from 'zod';
import { LINES } from '../domain/lines';
import { Bp, ClauseRefs, Fen, Flag, IsoDate, oneOf, requiredObject } from './primitives';
import { CI_SEVERITIES, LIABILITY_LEVELS } from './rules-catalogue';

/** The choices some inputs take, named once for the schemas and for the forms that fill them. */
export const DEATH_CAUSES = ['illness', 'accident', 'suicide', 'other'] as const;
export const CLAIMANT_KINDS = ['injury', 'property'] as const;
export const LIABILITY_BASES = ['judgment', 'mediation', 'agreement'] as const;

/**
 * Calculation inputs, one schema per line of business, and `CalculationInput`, the union
 * `calculate` accepts. Objects are strict: a misspelt field (say `deductibleFenn`) is an
 * error rather than a silently ignored deductible. Optional per-policy settings fall back
 * to the rules catalogue.
 */

const common = { clauseRefs: ClauseRefs.optional() };

const PartialBpTable = <const T extends readonly string[]>(keys: T) =>
  z.strictObject(
    Object.fromEntries(keys.map((key) => [key, Bp.optional()])) as {
      [K in T[number]]: z.ZodOptional<typeof Bp>;
    },
  );

// ---- AUTO -------------------------------------------------------------------

/** A commercial cover; a deductible applies only when the policy states one. */
const CommercialCover = requiredObject({
  sumInsuredFen: Fen,
  deductibleFen: Fen.optional(),
  deductibleRateBp: Bp.optional(),
});

export const AutoInput = requiredObject({
  line: z.literal('AUTO'),
  ...common,
  policy: requiredObject({
    thirdParty: CommercialCover.optional(),
    ownDamage: CommercialCover.optional(),
    /** Per-policy liability ratios; levels not given use the catalogue's. */
    liabilityRatiosBp: PartialBpTable(LIABILITY_LEVELS).optional(),
  }),
  /** The insured driver's share of liability per the accident certificate (事故认定书). */
  liability: oneOf(LIABILITY_LEVELS),
  /** Third parties' assessed losses in this accident, all victims together. */
  thirdPartyLoss: requiredObject({
    deathDisabilityFen: Fen,
    medicalFen: Fen,
    propertyFen: Fen,
  }),
  ownDamage: requiredObject({
    lossFen: Fen,
    /** Already paid for this vehicle by others, e.g. the other vehicle's 交强险. */
    recoveredFen: Fen.optional(),
  }).optional(),
});
export type AutoInput = z.infer<typeof AutoInput>;

// ---- MEDICAL ----------------------------------------------------------------

export const MedicalInput = requiredObject({
  line: z.literal('MEDICAL'),
  ...common,
  policy: requiredObject({
    annualLimitFen: Fen,
    annualDeductibleFen: Fen.optional(),
    reimbursementRatiosBp: PartialBpTable([
      'socialInsuranceUsed',
      'socialInsuranceNotUsed',
    ] as const).optional(),
  }),
  /** This policy year before this claim. */
  yearToDate: requiredObject({ deductibleConsumedFen: Fen, limitUsedFen: Fen }),
  claim: requiredObject({
    reasonableExpensesFen: Fen,
    socialInsurancePaidFen: Fen,
    excludedFen: Fen,
    /** Whether the expenses went through social medical insurance (医保) first. */
    socialInsuranceUsed: Flag,
  }),
});
export type MedicalInput = z.infer<typeof MedicalInput>;

// ---- CI ---------------------------------------------------------------------

export const CiInput = requiredObject({
  line: z.literal('CI'),
  ...common,
  policy: requiredObject({
    sumInsuredFen: Fen,
    effectiveDate: IsoDate,
    /** A reinstated policy starts a new waiting period from the reinstatement date. */
    reinstatementDate: IsoDate.optional(),
    waitingPeriodDays: z
      .number({ error: 'must be a number of days' })
      .int({ error: 'must be a whole number of days' })
      .min(0, { error: 'must not be negative' })
      .max(730, { error: 'must be at most 730 days' })
      .optional(),
    severityRatiosBp: PartialBpTable(CI_SEVERITIES).optional(),
    /** Refunded when the illness is diagnosed inside the waiting period. */
    premiumsPaidFen: Fen,
  }),
  diagnosis: requiredObject({
    date: IsoDate,
    severity: oneOf(CI_SEVERITIES),
    /** Illness caused by an accident has no waiting period (usual clause). */
    causedByAccident: Flag.optional(),
  }),
}).refine((input) => input.diagnosis.date >= input.policy.effectiveDate, {
  error: "must not be before the policy's effective date",
  path: ['diagnosis', 'date'],
});
export type CiInput = z.infer<typeof CiInput>;

// ---- LIFE -------------------------------------------------------------------

export const LifeInput = requiredObject({
  line: z.literal('LIFE'),
  ...common,
  policy: requiredObject({
    sumInsuredFen: Fen,
    issueDate: IsoDate,
    reinstatementDate: IsoDate.optional(),
    /** Cash value at the date of death: refunded when the suicide exclusion applies. */
    cashValueFen: Fen,
  }),
  death: requiredObject({
    date: IsoDate,
    cause: oneOf(DEATH_CAUSES),
    /** Art. 44: the exclusion does not apply if the insured lacked civil capacity. */
    insuredLackedCapacity: Flag.optional(),
  }),
}).refine((input) => input.death.date >= input.policy.issueDate, {
  error: "must not be before the policy's issue date",
  path: ['death', 'date'],
});
export type LifeInput = z.infer<typeof LifeInput>;

// ---- ACCIDENT ---------------------------------------------------------------

const DisabilityGrade = z
  .number({ error: 'must be a disability grade 1–10' })
  .int({ error: 'must be a disability grade 1–10' })
  .min(1, { error: 'must be a disability grade 1–10' })
  .max(10, { error: 'must be a disability grade 1–10' });

export const AccidentInput = requiredObject({
  line: z.literal('ACCIDENT'),
  ...common,
  policy: requiredObject({
    /** Accidental death and disability sum insured. */
    sumInsuredFen: Fen,
    medical: requiredObject({
      limitFen: Fen,
      deductibleFen: Fen.optional(),
      ratioBp: Bp.optional(),
    }).optional(),
  }),
  claim: requiredObject({
    death: Flag,
    /** One grade per assessed disability (多处伤残); empty when none. */
    disabilityGrades: z.array(DisabilityGrade).max(50),
    /** Death/disability benefits already paid under this policy. */
    previouslyPaidFen: Fen.optional(),
    medicalExpensesFen: Fen,
    /** Medical costs already reimbursed by social insurance or other insurers. */
    reimbursedElsewhereFen: Fen.optional(),
  }).refine((claim) => !(claim.death && claim.disabilityGrades.length > 0), {
    error: 'must be empty when death is true: the death benefit replaces the disability benefit',
    path: ['disabilityGrades'],
  }),
});
export type AccidentInput = z.infer<typeof AccidentInput>;

// ---- PROPERTY ---------------------------------------------------------------

export const PropertyInput = requiredObject({
  line: z.literal('PROPERTY'),
  ...common,
  policy: requiredObject({
    sumInsuredFen: Fen,
    /** Per occurrence: the fixed amount or the rate, whichever is higher. */
    deductible: requiredObject({ fixedFen: Fen, rateBp: Bp }).optional(),
  }),
  loss: requiredObject({
    lossFen: Fen,
    /** Value of damaged property the insured keeps (残值). */
    salvageFen: Fen,
    /** Insured value (保险价值) at the time of the loss. */
    insuredValueFen: Fen,
    /** Reasonable costs of preventing or reducing the loss (施救费用). */
    mitigationCostsFen: Fen,
  }).refine((loss) => loss.salvageFen <= loss.lossFen, {
    error: 'must not exceed lossFen',
    path: ['salvageFen'],
  }),
});
export type PropertyInput = z.infer<typeof PropertyInput>;

// ---- LIABILITY --------------------------------------------------------------

const Claimant = requiredObject({
  /** How the notice names the claimant, e.g. "伤者甲" (no personal data needed). */
  label: z.string({ error: 'is required' }).min(1, { error: 'must not be empty' }).max(100),
  kind: oneOf(CLAIMANT_KINDS),
  /** The insured's liability to this claimant as adjudged or agreed. */
  liabilityFen: Fen,
  basis: oneOf(LIABILITY_BASES),
});
export type Claimant = z.infer<typeof Claimant>;

export const LiabilityInput = requiredObject({
  line: z.literal('LIABILITY'),
  ...common,
  policy: requiredObject({
    perOccurrenceLimitFen: Fen,
    /** Applies to each injured person (人身伤亡每人赔偿限额). */
    perPersonLimitFen: Fen.optional(),
    deductibleFen: Fen.optional(),
  }),
  claimants: z
    .array(Claimant)
    .min(1, { error: 'must list at least one claimant' })
    .max(500, { error: 'must list at most 500 claimants' }),
});
export type LiabilityInput = z.infer<typeof LiabilityInput>;

// ---- union ------------------------------------------------------------------

export const CalculationInput = z.discriminatedUnion(
  'line',
  [AutoInput, MedicalInput, CiInput, LifeInput, AccidentInput, PropertyInput, LiabilityInput],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `must be one of ${LINES.join(', ')}`
        : 'must be an object with a "line" field',
  },
);
export type CalculationInput = z.infer<typeof CalculationInput>;
