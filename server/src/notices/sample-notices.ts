import { calculate } from '@shared/calc/calculate';
import type { CalculationInput } from '@shared/calc/inputs';
import type { DecisionNotice } from './decision-notice-model';
import { INSURER_NAME, OBJECTION_CHANNEL } from './insurer';

/**
 * Realistic notices built from real calculator results, for tests, the
 * benchmark and previews. The payee accounts are made up but have the shape
 * of real bank card numbers, so masking is tested on realistic input.
 */

export const MEDICAL_INPUT: CalculationInput = {
  line: 'MEDICAL',
  policy: { annualLimitFen: 300_000_000 },
  yearToDate: { deductibleConsumedFen: 420_000, limitUsedFen: 0 },
  claim: {
    reasonableExpensesFen: 8_650_000,
    socialInsurancePaidFen: 3_980_000,
    excludedFen: 125_000,
    socialInsuranceUsed: true,
  },
};

/** Inpatient treatment, social insurance used first, part of the annual deductible left. */
export function sampleMedicalNotice(input: CalculationInput = MEDICAL_INPUT): DecisionNotice {
  const result = calculate(input);
  return {
    caseNumber: 'CLM-2026-000123',
    insurerName: INSURER_NAME,
    customerName: '王晓明',
    policyNumber: 'PMED-2025-88012345',
    line: 'MEDICAL',
    decision: 'approved',
    conclusion: {
      'zh-CN':
        '经审核，您本次住院发生的合理医疗费用属于保险责任范围，我公司同意按保险合同约定赔付，扣除社会医疗保险已支付部分、责任免除项目及尚未抵扣的年免赔额后，核定赔付金额如下。',
      en: 'Your reasonable hospital expenses are covered by the policy. After the part paid by social medical insurance, the excluded items and the rest of this year’s deductible, we will pay the amount below.',
    },
    payableFen: result.payableFen,
    steps: result.steps,
    catalogueVersion: result.catalogueVersion,
    payee: {
      name: '王晓明',
      bankName: '中国工商银行北京海淀支行',
      account: '6222 0212 3456 7890 123',
    },
    decisionDate: '2026-03-05',
    objection: { channel: OBJECTION_CHANNEL, deadlineDate: '2026-05-04' },
  };
}

/** Main liability (70 %) with a policy deductible on own damage: less than the loss is paid. */
export function samplePartialAutoNotice(): DecisionNotice {
  const result = calculate({
    line: 'AUTO',
    policy: {
      thirdParty: { sumInsuredFen: 200_000_000 },
      ownDamage: { sumInsuredFen: 18_000_000, deductibleFen: 50_000 },
    },
    liability: 'main',
    thirdPartyLoss: { deathDisabilityFen: 0, medicalFen: 2_630_000, propertyFen: 860_000 },
    ownDamage: { lossFen: 1_250_000 },
    clauseRefs: { 'auto.own-damage.deductible-amount': '保单特别约定第3条' },
  });
  return {
    caseNumber: 'CLM-2026-000456',
    insurerName: INSURER_NAME,
    customerName: '李建国',
    policyNumber: 'PAUTO-2025-33007788',
    line: 'AUTO',
    decision: 'partial',
    conclusion: {
      'zh-CN':
        '根据交通事故认定书，您在本次事故中负主要责任。交强险在分项限额内全额赔付；商业第三者责任险和车损险按 70% 的事故责任比例赔付，车损险另扣除保单约定的绝对免赔额 500 元，因此核定金额低于损失金额。',
      en: 'The accident certificate finds you mainly liable. The compulsory cover pays in full within its sub-limits; the commercial third-party and own-damage covers pay 70% (your share of liability), and own damage also bears the policy’s 500 CNY deductible, so we pay less than the loss.',
    },
    payableFen: result.payableFen,
    steps: result.steps,
    catalogueVersion: result.catalogueVersion,
    payee: { name: '李建国', bankName: '中国建设银行上海分行', account: '6217-0012-0000-4567-890' },
    decisionDate: '2026-04-18',
    objection: { channel: OBJECTION_CHANNEL, deadlineDate: '2026-06-17' },
  };
}

/** Critical illness diagnosed inside the waiting period: no benefit, premiums refunded. */
export function sampleDenialNotice(): DecisionNotice {
  const result = calculate({
    line: 'CI',
    policy: {
      sumInsuredFen: 50_000_000,
      effectiveDate: '2025-11-01',
      waitingPeriodDays: 180,
      premiumsPaidFen: 1_260_000,
    },
    diagnosis: { date: '2026-02-10', severity: 'severe' },
  });
  return {
    caseNumber: 'CLM-2026-000789',
    insurerName: INSURER_NAME,
    customerName: '张丽华',
    policyNumber: 'PCI-2025-10203040',
    line: 'CI',
    decision: 'denied',
    conclusion: {
      'zh-CN':
        '经审核，被保险人确诊日期在合同约定的 180 天等待期内，不属于保险责任，我公司不予给付重大疾病保险金，并按合同约定退还已交保险费。',
      en: 'The diagnosis was made within the 180-day waiting period, so it is not covered: we cannot pay the critical illness benefit, and we refund the premiums paid as the contract provides.',
    },
    payableFen: result.payableFen,
    ...(result.refundFen !== undefined && { refundFen: result.refundFen }),
    steps: result.steps,
    catalogueVersion: result.catalogueVersion,
    payee: { name: '张丽华', account: '6228480012345678' },
    decisionDate: '2026-03-20',
    objection: { channel: OBJECTION_CHANNEL, deadlineDate: '2026-05-19' },
    denial: {
      clause: '重大疾病保险条款·等待期',
      explanation: {
        'zh-CN':
          '保险合同约定，自合同生效之日起 180 天为等待期；等待期内确诊的疾病，保险公司不承担给付责任。被保险人于 2026年2月10日 确诊，在等待期（至 2026年4月29日）内。',
        en: 'The contract sets a waiting period of 180 days from the start of the policy; illness diagnosed within it is not covered. The insured was diagnosed on 10 February 2026, within the waiting period, which ran until 29 April 2026.',
      },
    },
  };
}

/** A liability claim with many injured parties: enough steps to run over several pages. */
export function sampleManyStepsNotice(claimants = 90): DecisionNotice {
  const result = calculate({
    line: 'LIABILITY',
    policy: {
      perOccurrenceLimitFen: 2_000_000_000,
      perPersonLimitFen: 30_000_000,
      deductibleFen: 200_000,
    },
    claimants: Array.from({ length: claimants }, (_, index) => ({
      label: `伤者 ${index + 1} 号（第 ${Math.floor(index / 10) + 1} 车厢）`,
      kind: index % 7 === 0 ? ('property' as const) : ('injury' as const),
      liabilityFen: 1_000_000 + ((index * 7_919_311) % 40_000_000),
      basis: index % 3 === 0 ? ('judgment' as const) : ('mediation' as const),
    })),
  });
  return {
    caseNumber: 'CLM-2026-001000',
    insurerName: '华安财产保险股份有限公司上海分公司',
    customerName: '上海申城客运有限公司',
    policyNumber: 'PLIA-2025-55500011',
    line: 'LIABILITY',
    decision: 'approved',
    conclusion: {
      'zh-CN': '经审核，本次事故造成的第三者人身伤亡及财产损失属于公众责任保险的保险责任范围。',
      en: 'The injuries and property damage caused to third parties in this accident are covered by the public liability policy.',
    },
    payableFen: result.payableFen,
    steps: result.steps,
    catalogueVersion: result.catalogueVersion,
    payee: {
      name: '上海申城客运有限公司',
      bankName: '交通银行上海分行',
      account: '310066726018170123456',
    },
    decisionDate: '2026-05-08',
    objection: { channel: OBJECTION_CHANNEL, deadlineDate: '2026-07-07' },
  };
}
