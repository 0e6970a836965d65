import { z } from 'zod';
import { Bp, Fen } from './primitives';
import { RULE_IDS, type RuleId } from './rule-ids';

/**
 * THE rules catalogue (domain.md §6): every threshold, table and default the payout
 * calculators use, as data. Change a number here (and bump `version`), never in a
 * calculator. Money in fen, ratios in basis points (10,000 = 100 %).
 *
 * Callers may pass another catalogue (tests, a newer rules year); build it with
 * `defineCatalogue` so it is validated once, not on every calculation.
 */

export const LIABILITY_LEVELS = ['full', 'main', 'equal', 'minor', 'none'] as const;
export type LiabilityLevel = (typeof LIABILITY_LEVELS)[number];

export const CI_SEVERITIES = ['severe', 'moderate', 'mild'] as const;
export type CiSeverity = (typeof CI_SEVERITIES)[number];

const CtplSublimits = z.strictObject({
  deathDisabilityFen: Fen,
  medicalFen: Fen,
  propertyFen: Fen,
});

const DisabilityGrade = z.strictObject({ grade: z.number().int().min(1).max(10), ratioBp: Bp });

export const RulesCatalogue = z.strictObject({
  version: z.string().min(1),
  rounding: z.literal('half-up to the fen at each step that applies a ratio'),
  auto: z.strictObject({
    /** 交强险 limits per accident; "at fault" = the insured bears any share of liability. */
    ctplSublimits: z.strictObject({ atFault: CtplSublimits, noFault: CtplSublimits }),
    liabilityRatiosBp: z.record(z.enum(LIABILITY_LEVELS), Bp),
  }),
  medical: z.strictObject({
    defaultAnnualDeductibleFen: Fen,
    reimbursementRatiosBp: z.strictObject({ socialInsuranceUsed: Bp, socialInsuranceNotUsed: Bp }),
  }),
  ci: z.strictObject({
    defaultWaitingPeriodDays: z.number().int().nonnegative(),
    severityRatiosBp: z.record(z.enum(CI_SEVERITIES), Bp),
  }),
  life: z.strictObject({ suicideExclusionYears: z.number().int().nonnegative() }),
  accident: z.strictObject({
    disabilityGrades: z
      .array(DisabilityGrade)
      .length(10)
      .refine((rows) => rows.every((row, index) => row.grade === index + 1), {
        error: 'must list grades 1 to 10 in order',
      }),
    medicalDefaults: z.strictObject({ deductibleFen: Fen, ratioBp: Bp }),
  }),
  /** Default clause reference quoted by each rule's step (a policy may name its own). */
  clauses: z.record(z.enum(RULE_IDS), z.string().min(1)),
});
export type RulesCatalogue = z.infer<typeof RulesCatalogue>;

const COMMERCIAL_TPL = '机动车商业保险示范条款（2020版）第三者责任保险';
const COMMERCIAL_OD = '机动车商业保险示范条款（2020版）机动车损失保险';
const DEDUCTIBLE_RIDER = '绝对免赔率/免赔额特约条款';
const CTPL = '机动车交通事故责任强制保险条款第八条';
const MEDICAL = '医疗保险条款·保险金计算';
const ACCIDENT = '意外伤害保险条款·保险金计算';

const CLAUSES: Record<RuleId, string> = {
  'auto.ctpl.death-disability-sublimit': CTPL,
  'auto.ctpl.medical-sublimit': CTPL,
  'auto.ctpl.property-sublimit': CTPL,
  'auto.ctpl.total': CTPL,
  'auto.third-party.loss': COMMERCIAL_TPL,
  'auto.third-party.after-ctpl': COMMERCIAL_TPL,
  'auto.third-party.liability-ratio': COMMERCIAL_TPL,
  'auto.third-party.sum-insured': COMMERCIAL_TPL,
  'auto.third-party.deductible-rate': DEDUCTIBLE_RIDER,
  'auto.third-party.deductible-amount': DEDUCTIBLE_RIDER,
  'auto.third-party.not-covered': COMMERCIAL_TPL,
  'auto.own-damage.loss': COMMERCIAL_OD,
  'auto.own-damage.recovered': '保险法第六十条',
  'auto.own-damage.liability-ratio': COMMERCIAL_OD,
  'auto.own-damage.sum-insured': COMMERCIAL_OD,
  'auto.own-damage.deductible-rate': DEDUCTIBLE_RIDER,
  'auto.own-damage.deductible-amount': DEDUCTIBLE_RIDER,
  'auto.own-damage.not-covered': COMMERCIAL_OD,
  'auto.total': '保险合同',
  'medical.reasonable-expenses': MEDICAL,
  'medical.social-insurance': MEDICAL,
  'medical.excluded-items': '医疗保险条款·责任免除',
  'medical.annual-deductible': '医疗保险条款·年免赔额',
  'medical.reimbursement-ratio': '医疗保险条款·赔付比例',
  'medical.annual-limit': '医疗保险条款·年度保险金额',
  'ci.sum-insured': '重大疾病保险条款·保险金额',
  'ci.waiting-period': '重大疾病保险条款·等待期',
  'ci.severity-tier': '重大疾病保险条款·重症/中症/轻症给付比例',
  'life.sum-insured': '寿险条款·身故保险金',
  'life.suicide-exclusion': '保险法第四十四条',
  'accident.death': ACCIDENT,
  'accident.death.disability-paid': ACCIDENT,
  'accident.disability.sum-insured': ACCIDENT,
  'accident.disability.grade': '人身保险伤残评定标准（JR/T 0083—2013）',
  'accident.disability.remaining': ACCIDENT,
  'accident.medical.expenses': '意外伤害医疗保险条款',
  'accident.medical.reimbursed-elsewhere': '意外伤害医疗保险条款',
  'accident.medical.deductible': '意外伤害医疗保险条款·免赔额',
  'accident.medical.ratio': '意外伤害医疗保险条款·赔付比例',
  'accident.medical.limit': '意外伤害医疗保险条款·保险金额',
  'accident.medical.not-covered': '意外伤害医疗保险条款',
  'accident.total': '保险合同',
  'property.loss': '财产保险条款·赔偿处理',
  'property.salvage': '保险法第五十九条',
  'property.under-insurance': '保险法第五十五条',
  'property.deductible': '财产保险条款·免赔额',
  'property.sum-insured': '保险法第五十五条',
  'property.mitigation': '保险法第五十七条',
  'property.mitigation-cap': '保险法第五十七条',
  'property.total': '保险法第五十七条',
  'liability.claimant': '保险法第六十五条',
  'liability.claimants-total': '保险法第六十五条',
  'liability.per-occurrence-limit': '责任保险条款·每次事故赔偿限额',
  'liability.deductible': '责任保险条款·每次事故免赔额',
};

const DEFAULT_DATA = {
  version: '2025.1',
  rounding: 'half-up to the fen at each step that applies a ratio',
  auto: {
    ctplSublimits: {
      atFault: { deathDisabilityFen: 18_000_000, medicalFen: 1_800_000, propertyFen: 200_000 },
      noFault: { deathDisabilityFen: 1_800_000, medicalFen: 180_000, propertyFen: 10_000 },
    },
    liabilityRatiosBp: { full: 10_000, main: 7_000, equal: 5_000, minor: 3_000, none: 0 },
  },
  medical: {
    defaultAnnualDeductibleFen: 1_000_000,
    reimbursementRatiosBp: { socialInsuranceUsed: 10_000, socialInsuranceNotUsed: 6_000 },
  },
  ci: {
    defaultWaitingPeriodDays: 90,
    severityRatiosBp: { severe: 10_000, moderate: 5_000, mild: 3_000 },
  },
  life: { suicideExclusionYears: 2 },
  accident: {
    /** 人身保险伤残评定标准: grade 1 (most severe) pays 100 % … grade 10 pays 10 %. */
    disabilityGrades: [
      { grade: 1, ratioBp: 10_000 },
      { grade: 2, ratioBp: 9_000 },
      { grade: 3, ratioBp: 8_000 },
      { grade: 4, ratioBp: 7_000 },
      { grade: 5, ratioBp: 6_000 },
      { grade: 6, ratioBp: 5_000 },
      { grade: 7, ratioBp: 4_000 },
      { grade: 8, ratioBp: 3_000 },
      { grade: 9, ratioBp: 2_000 },
      { grade: 10, ratioBp: 1_000 },
    ],
    medicalDefaults: { deductibleFen: 10_000, ratioBp: 10_000 },
  },
  clauses: CLAUSES,
} satisfies RulesCatalogue;

/** Validates and freezes a catalogue once; calculators then trust it on every call. */
export function defineCatalogue(data: unknown): RulesCatalogue {
  return deepFreeze(RulesCatalogue.parse(data));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

export const RULES_CATALOGUE: RulesCatalogue = defineCatalogue(DEFAULT_DATA);
