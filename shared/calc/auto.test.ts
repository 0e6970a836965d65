import { describe, expect, it } from 'vitest';
import { calculateAuto } from './auto';
import { calculate } from './calculate';
import { AutoInput } from './inputs';
import { expectConsistent, trail } from './testing/trail';

const TPL_SI = 100_000_000; // 1,000,000 CNY
const OD_SI = 15_000_000; // 150,000 CNY

function auto(overrides: Partial<AutoInput> = {}): AutoInput {
  return AutoInput.parse({
    line: 'AUTO',
    policy: { thirdParty: { sumInsuredFen: TPL_SI }, ownDamage: { sumInsuredFen: OD_SI } },
    liability: 'full',
    thirdPartyLoss: { deathDisabilityFen: 0, medicalFen: 0, propertyFen: 0 },
    ...overrides,
  });
}

const tp = (deathDisabilityFen: number, medicalFen: number, propertyFen: number) => ({
  deathDisabilityFen,
  medicalFen,
  propertyFen,
});

describe('calculateAuto', () => {
  it.each([
    {
      name: '交强险 with fault: every item within its sub-limit',
      input: auto({ liability: 'full', thirdPartyLoss: tp(0, 1_230_000, 150_000) }),
      payableFen: 1_380_000,
      ctpl: [0, 1_230_000, 150_000],
    },
    {
      name: '交强险 without fault: no-fault sub-limits 18,000 / 1,800 / 100',
      input: auto({ liability: 'none', thirdPartyLoss: tp(5_000_000, 1_230_000, 150_000) }),
      payableFen: 1_990_000,
      ctpl: [1_800_000, 180_000, 10_000],
    },
    {
      name: '交强险 with fault: sub-limits 180,000 / 18,000 / 2,000 bite, main liability 70 %',
      input: auto({ liability: 'main', thirdPartyLoss: tp(30_000_000, 5_000_000, 1_000_000) }),
      payableFen: 20_000_000 + 11_200_000,
      ctpl: [18_000_000, 1_800_000, 200_000],
    },
    {
      name: 'equal liability 50 %: half a fen rounds up',
      input: auto({ liability: 'equal', thirdPartyLoss: tp(0, 0, 200_001) }),
      payableFen: 200_001,
      ctpl: [0, 0, 200_000],
    },
    {
      name: 'minor liability 30 %',
      input: auto({ liability: 'minor', thirdPartyLoss: tp(0, 0, 1_200_000) }),
      payableFen: 200_000 + 300_000,
      ctpl: [0, 0, 200_000],
    },
  ])('$name', ({ input, payableFen, ctpl }) => {
    const result = calculateAuto(input);
    expect(result.payableFen).toBe(payableFen);
    expect(result.steps.slice(0, 3).map((step) => step.amountFen)).toEqual(ctpl);
    expectConsistent(result);
  });

  it('caps the commercial third-party payment at its sum insured', () => {
    const result = calculateAuto(auto({ thirdPartyLoss: tp(300_000_000, 0, 0) }));
    expect(trail(result).slice(4)).toEqual([
      ['auto.third-party.loss', 300_000_000],
      ['auto.third-party.after-ctpl', 282_000_000],
      ['auto.third-party.liability-ratio', 282_000_000],
      ['auto.third-party.sum-insured', TPL_SI],
      ['auto.total', 18_000_000 + TPL_SI],
    ]);
  });

  it.each([
    {
      name: 'a deductible rate and amount the policy has apply after the cap',
      thirdParty: { sumInsuredFen: TPL_SI, deductibleRateBp: 1_000, deductibleFen: 50_000 },
      payableFen: 200_000 + 580_000,
      last: ['auto.third-party.deductible-amount', 580_000],
    },
    {
      name: 'no deductible when the policy has none',
      thirdParty: { sumInsuredFen: TPL_SI },
      payableFen: 200_000 + 700_000,
      last: ['auto.third-party.sum-insured', 700_000],
    },
  ])('$name', ({ thirdParty, payableFen, last }) => {
    const input = auto({
      liability: 'main',
      policy: { thirdParty },
      thirdPartyLoss: tp(0, 0, 1_200_000),
    });
    const result = calculateAuto(input);
    expect(result.payableFen).toBe(payableFen);
    expect(trail(result).at(-2)).toEqual(last);
    expectConsistent(result);
  });

  it('pays nothing commercial without a 三者险 cover, and says so', () => {
    const result = calculateAuto(auto({ policy: {}, thirdPartyLoss: tp(0, 0, 1_200_000) }));
    expect(result.payableFen).toBe(200_000);
    const step = result.steps.find((s) => s.ruleId === 'auto.third-party.not-covered');
    expect(step?.amountFen).toBe(0);
    expect(step?.text.en).toContain('remaining 10,000.00 CNY is not covered');
  });

  it.each([
    {
      name: 'own damage: recovered amount, minor liability 30 %, deductible 1,000',
      liability: 'minor' as const,
      ownDamage: { lossFen: 2_000_000, recoveredFen: 200_000 },
      cover: { sumInsuredFen: OD_SI, deductibleFen: 100_000 },
      payableFen: 440_000,
    },
    {
      name: 'own damage capped by its sum insured',
      liability: 'full' as const,
      ownDamage: { lossFen: 20_000_000 },
      cover: { sumInsuredFen: OD_SI },
      payableFen: OD_SI,
    },
    {
      name: 'own damage below its deductible pays nothing',
      liability: 'full' as const,
      ownDamage: { lossFen: 30_000 },
      cover: { sumInsuredFen: OD_SI, deductibleFen: 50_000 },
      payableFen: 0,
    },
  ])('$name', ({ liability, ownDamage, cover, payableFen }) => {
    const result = calculateAuto(auto({ liability, ownDamage, policy: { ownDamage: cover } }));
    expect(result.payableFen).toBe(payableFen);
    expect(result.outcome).toBe(payableFen > 0 ? 'payable' : 'nothing-payable');
    expect(result.steps.some((s) => s.ruleId.startsWith('auto.ctpl'))).toBe(false);
    expectConsistent(result);
  });

  it('uses a per-policy liability ratio over the catalogue default', () => {
    const input = auto({
      liability: 'main',
      policy: { thirdParty: { sumInsuredFen: TPL_SI }, liabilityRatiosBp: { main: 8_000 } },
      thirdPartyLoss: tp(30_000_000, 5_000_000, 1_000_000),
    });
    expect(calculateAuto(input).payableFen).toBe(20_000_000 + 12_800_000);
  });

  it('excludes own damage when the policy has no 车损险', () => {
    const result = calculateAuto(auto({ policy: {}, ownDamage: { lossFen: 500_000 } }));
    expect(trail(result)).toEqual([
      ['auto.own-damage.loss', 500_000],
      ['auto.own-damage.not-covered', 0],
      ['auto.total', 0],
    ]);
    expect(result.outcome).toBe('nothing-payable');
  });

  it('words each step for auditors in both languages, quoting the clause', () => {
    const input = auto({
      thirdPartyLoss: tp(0, 1_230_000, 0),
      clauseRefs: { 'auto.ctpl.medical-sublimit': '交强险条款 2020 第八条第二项' },
    });
    const medical = calculate(input).steps[1];
    expect(medical?.text['zh-CN']).toBe(
      '交强险医疗费用分项限额 18,000 元（有责），损失 12,300.00 元，赔付 12,300.00 元',
    );
    expect(medical?.text.en).toBe(
      'Compulsory cover, medical sub-limit 18,000 CNY (at fault), loss 12,300.00 CNY: pays 12,300.00 CNY',
    );
    expect(medical?.clause).toBe('交强险条款 2020 第八条第二项');
    expect(medical?.inputs).toEqual({ lossFen: 1_230_000, sublimitFen: 1_800_000, atFault: true });
  });

  it('returns a single total step when there is nothing to pay', () => {
    const result = calculateAuto(auto());
    expect(trail(result)).toEqual([['auto.total', 0]]);
    expect(result.outcome).toBe('nothing-payable');
  });
});
