import { describe, expect, it } from 'vitest';
import { calculate } from './calculate';
import type { CalculationInput } from './inputs';
import { RULE_IDS } from './rule-ids';
import { defineCatalogue, RULES_CATALOGUE, RulesCatalogue } from './rules-catalogue';

describe('rules catalogue', () => {
  it('is versioned, valid and complete', () => {
    expect(RULES_CATALOGUE.version).toMatch(/\S/);
    expect(RulesCatalogue.parse(RULES_CATALOGUE)).toEqual(RULES_CATALOGUE);
    expect(Object.keys(RULES_CATALOGUE.clauses).sort()).toEqual([...RULE_IDS].sort());
  });

  it('holds the published 交强险 limits and the usual tables', () => {
    expect(RULES_CATALOGUE.auto.ctplSublimits).toEqual({
      atFault: { deathDisabilityFen: 18_000_000, medicalFen: 1_800_000, propertyFen: 200_000 },
      noFault: { deathDisabilityFen: 1_800_000, medicalFen: 180_000, propertyFen: 10_000 },
    });
    expect(RULES_CATALOGUE.auto.liabilityRatiosBp).toEqual({
      full: 10_000,
      main: 7_000,
      equal: 5_000,
      minor: 3_000,
      none: 0,
    });
    expect(RULES_CATALOGUE.accident.disabilityGrades.map((row) => row.ratioBp)).toEqual([
      10_000, 9_000, 8_000, 7_000, 6_000, 5_000, 4_000, 3_000, 2_000, 1_000,
    ]);
    expect(RULES_CATALOGUE.life.suicideExclusionYears).toBe(2);
  });

  it('cannot be changed by a caller at run time', () => {
    expect(Object.isFrozen(RULES_CATALOGUE.auto.liabilityRatiosBp)).toBe(true);
    expect(() => {
      (RULES_CATALOGUE.auto.liabilityRatiosBp as Record<string, number>).main = 1;
    }).toThrow(TypeError);
  });

  it('refuses an invalid alternative catalogue', () => {
    const broken = {
      ...RULES_CATALOGUE,
      medical: { ...RULES_CATALOGUE.medical, defaultAnnualDeductibleFen: -1 },
    };
    expect(() => defineCatalogue(broken)).toThrow(/must not be negative/);
    const shuffled = {
      ...RULES_CATALOGUE,
      accident: {
        ...RULES_CATALOGUE.accident,
        disabilityGrades: [...RULES_CATALOGUE.accident.disabilityGrades].reverse(),
      },
    };
    expect(() => defineCatalogue(shuffled)).toThrow(/grades 1 to 10 in order/);
  });

  it('lets a caller calculate with an alternative catalogue', () => {
    const next = defineCatalogue({
      ...RULES_CATALOGUE,
      version: 'test-2026',
      medical: { ...RULES_CATALOGUE.medical, defaultAnnualDeductibleFen: 0 },
    });
    const input: CalculationInput = {
      line: 'MEDICAL',
      policy: { annualLimitFen: 10_000_000 },
      yearToDate: { deductibleConsumedFen: 0, limitUsedFen: 0 },
      claim: {
        reasonableExpensesFen: 500_000,
        socialInsurancePaidFen: 0,
        excludedFen: 0,
        socialInsuranceUsed: true,
      },
    };
    expect(calculate(input).payableFen).toBe(0);
    expect(calculate(input, next)).toMatchObject({
      payableFen: 500_000,
      catalogueVersion: 'test-2026',
    });
  });
});
