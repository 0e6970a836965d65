import type { AutoInput } from './inputs';
import { percent, yuan, yuanLimit } from './money';
import { BP_PER_UNIT } from './primitives';
import type { CalculationResult } from './result';
import { RULES_CATALOGUE, type LiabilityLevel, type RulesCatalogue } from './rules-catalogue';
import { StepChain } from './steps';
import { t } from './text';

/**
 * AUTO (domain.md §6): 交强险 pays first per sub-limit; the commercial covers then pay
 * the remainder × the insured's liability ratio, capped by their sum insured, and only
 * then the policy's deductibles (rate, then amount), as the 2020 model clauses compute
 * the payout before applying the deductible rider.
 */

const LEVEL_TEXT: Record<LiabilityLevel, { zh: string; en: string }> = {
  full: { zh: '全部责任', en: 'full liability' },
  main: { zh: '主要责任', en: 'main liability' },
  equal: { zh: '同等责任', en: 'equal liability' },
  minor: { zh: '次要责任', en: 'minor liability' },
  none: { zh: '无责任', en: 'no liability' },
};

const CTPL_ITEMS = [
  {
    key: 'deathDisabilityFen',
    ruleId: 'auto.ctpl.death-disability-sublimit',
    zh: '死亡伤残',
    en: 'death/disability',
  },
  { key: 'medicalFen', ruleId: 'auto.ctpl.medical-sublimit', zh: '医疗费用', en: 'medical' },
  { key: 'propertyFen', ruleId: 'auto.ctpl.property-sublimit', zh: '财产损失', en: 'property' },
] as const;

type Cover = NonNullable<AutoInput['policy']['thirdParty']>;
type CoverKind = 'third-party' | 'own-damage';
const COVER_TEXT: Record<CoverKind, { zh: string; en: string }> = {
  'third-party': { zh: '商业三者险', en: 'Third-party cover' },
  'own-damage': { zh: '车损险', en: 'Own-damage cover' },
};

export function calculateAuto(
  input: AutoInput,
  catalogue: RulesCatalogue = RULES_CATALOGUE,
): CalculationResult {
  const chain = new StepChain(catalogue, input.clauseRefs);
  const ratioBp = liabilityRatioBp(input, catalogue);
  const ctplFen = payCtpl(chain, input, catalogue);
  const thirdPartyFen = payThirdParty(chain, input, ctplFen, ratioBp);
  const ownDamageFen = payOwnDamage(chain, input, ratioBp);
  chain.add({
    ruleId: 'auto.total',
    op: 'sum',
    operands: ['ctplFen', 'thirdPartyFen', 'ownDamageFen'],
    inputs: { ctplFen, thirdPartyFen, ownDamageFen },
    text: (a) =>
      t(
        `合计赔付 ${yuan(a)} 元（交强险 ${yuan(ctplFen)} 元 + 商业三者险 ${yuan(thirdPartyFen)} 元 + 车损险 ${yuan(ownDamageFen)} 元）`,
        `Total payable ${yuan(a)} CNY (compulsory ${yuan(ctplFen)} + third-party ${yuan(thirdPartyFen)} + own damage ${yuan(ownDamageFen)})`,
      ),
  });
  return chain.finish('AUTO');
}

function liabilityRatioBp(input: AutoInput, catalogue: RulesCatalogue): number {
  return (
    input.policy.liabilityRatiosBp?.[input.liability] ??
    catalogue.auto.liabilityRatiosBp[input.liability]
  );
}

function hasThirdPartyLoss(input: AutoInput): boolean {
  const loss = input.thirdPartyLoss;
  return loss.deathDisabilityFen + loss.medicalFen + loss.propertyFen > 0;
}

/** Each 交强险 item pays up to its own sub-limit; "at fault" means any share of liability. */
function payCtpl(chain: StepChain, input: AutoInput, catalogue: RulesCatalogue): number {
  if (!hasThirdPartyLoss(input)) return 0;
  const atFault = input.liability !== 'none';
  const limits = catalogue.auto.ctplSublimits[atFault ? 'atFault' : 'noFault'];
  const paid = CTPL_ITEMS.map((item) => {
    const lossFen = input.thirdPartyLoss[item.key];
    const sublimitFen = limits[item.key];
    const fault = atFault ? t('有责', 'at fault') : t('无责', 'not at fault');
    return chain.add({
      ruleId: item.ruleId,
      op: 'min',
      operands: ['lossFen', 'sublimitFen'],
      inputs: { lossFen, sublimitFen, atFault },
      text: (a) =>
        t(
          `交强险${item.zh}分项限额 ${yuanLimit(sublimitFen)} 元（${fault['zh-CN']}），损失 ${yuan(lossFen)} 元，赔付 ${yuan(a)} 元`,
          `Compulsory cover, ${item.en} sub-limit ${yuanLimit(sublimitFen)} CNY (${fault.en}), loss ${yuan(lossFen)} CNY: pays ${yuan(a)} CNY`,
        ),
    });
  });
  return sumCtpl(chain, paid);
}

function sumCtpl(chain: StepChain, paid: readonly number[]): number {
  const [deathDisabilityFen = 0, medicalFen = 0, propertyFen = 0] = paid;
  return chain.add({
    ruleId: 'auto.ctpl.total',
    op: 'sum',
    operands: ['deathDisabilityFen', 'medicalFen', 'propertyFen'],
    inputs: { deathDisabilityFen, medicalFen, propertyFen },
    text: (a) => t(`交强险合计赔付 ${yuan(a)} 元`, `Compulsory cover pays ${yuan(a)} CNY in total`),
  });
}

function payThirdParty(
  chain: StepChain,
  input: AutoInput,
  ctplPaidFen: number,
  ratioBp: number,
): number {
  if (!hasThirdPartyLoss(input)) return 0;
  const { deathDisabilityFen, medicalFen, propertyFen } = input.thirdPartyLoss;
  chain.add({
    ruleId: 'auto.third-party.loss',
    op: 'start',
    operands: ['deathDisabilityFen', 'medicalFen', 'propertyFen'],
    inputs: { deathDisabilityFen, medicalFen, propertyFen },
    text: (a) => t(`第三者核定损失 ${yuan(a)} 元`, `Third parties' assessed loss ${yuan(a)} CNY`),
  });
  chain.add({
    ruleId: 'auto.third-party.after-ctpl',
    op: 'subtract',
    operands: ['ctplPaidFen'],
    inputs: { ctplPaidFen },
    text: (a) =>
      t(
        `扣除交强险已赔 ${yuan(ctplPaidFen)} 元，剩余 ${yuan(a)} 元`,
        `Less ${yuan(ctplPaidFen)} CNY paid by compulsory cover: ${yuan(a)} CNY remain`,
      ),
  });
  return payCommercial(chain, 'third-party', input, input.policy.thirdParty, ratioBp);
}

function payOwnDamage(chain: StepChain, input: AutoInput, ratioBp: number): number {
  const own = input.ownDamage;
  if (own === undefined || own.lossFen === 0) return 0;
  chain.add({
    ruleId: 'auto.own-damage.loss',
    op: 'start',
    operands: ['lossFen'],
    inputs: { lossFen: own.lossFen },
    text: (a) => t(`本车核定损失 ${yuan(a)} 元`, `Insured vehicle's assessed loss ${yuan(a)} CNY`),
  });
  const recoveredFen = own.recoveredFen ?? 0;
  if (recoveredFen > 0) subtractRecovered(chain, recoveredFen);
  return payCommercial(chain, 'own-damage', input, input.policy.ownDamage, ratioBp);
}

function subtractRecovered(chain: StepChain, recoveredFen: number): void {
  chain.add({
    ruleId: 'auto.own-damage.recovered',
    op: 'subtract',
    operands: ['recoveredFen'],
    inputs: { recoveredFen },
    text: (a) =>
      t(
        `扣除已从第三方（含对方交强险）获得的赔偿 ${yuan(recoveredFen)} 元，剩余 ${yuan(a)} 元`,
        `Less ${yuan(recoveredFen)} CNY already recovered from others (incl. their compulsory cover): ${yuan(a)} CNY remain`,
      ),
  });
}

/** The remainder × liability ratio, capped by the sum insured, then the policy's deductibles. */
function payCommercial(
  chain: StepChain,
  kind: CoverKind,
  input: AutoInput,
  cover: Cover | undefined,
  ratioBp: number,
): number {
  if (cover === undefined) return notCovered(chain, kind);
  applyLiabilityRatio(chain, kind, input.liability, ratioBp);
  capAtSumInsured(chain, kind, cover.sumInsuredFen);
  if (cover.deductibleRateBp !== undefined && cover.deductibleRateBp > 0) {
    applyDeductibleRate(chain, kind, cover.deductibleRateBp);
  }
  if (cover.deductibleFen !== undefined && cover.deductibleFen > 0) {
    applyDeductibleAmount(chain, kind, cover.deductibleFen);
  }
  return chain.amountFen;
}

function notCovered(chain: StepChain, kind: CoverKind): number {
  const name = COVER_TEXT[kind];
  return chain.add({
    ruleId: `auto.${kind}.not-covered`,
    op: 'exclude',
    inputs: { covered: false },
    text: (_a, prev) =>
      t(
        `未投保${name.zh}，剩余 ${yuan(prev)} 元不在本保单赔付范围内`,
        `${name.en} not taken out: the remaining ${yuan(prev)} CNY is not covered by this policy`,
      ),
  });
}

function applyLiabilityRatio(
  chain: StepChain,
  kind: CoverKind,
  liability: LiabilityLevel,
  liabilityRatioBp: number,
): void {
  const name = COVER_TEXT[kind];
  const level = LEVEL_TEXT[liability];
  chain.add({
    ruleId: `auto.${kind}.liability-ratio`,
    op: 'ratio',
    operands: ['liabilityRatioBp'],
    inputs: { liability, liabilityRatioBp },
    text: (a) =>
      t(
        `${name.zh}按事故责任比例 ${percent(liabilityRatioBp)}（${level.zh}）计算，${yuan(a)} 元`,
        `${name.en} at the liability ratio ${percent(liabilityRatioBp)} (${level.en}): ${yuan(a)} CNY`,
      ),
  });
}

function capAtSumInsured(chain: StepChain, kind: CoverKind, sumInsuredFen: number): void {
  const name = COVER_TEXT[kind];
  chain.add({
    ruleId: `auto.${kind}.sum-insured`,
    op: 'cap',
    operands: ['sumInsuredFen'],
    inputs: { sumInsuredFen },
    text: (a) =>
      t(
        `${name.zh}保险金额（责任限额）${yuanLimit(sumInsuredFen)} 元以内，${yuan(a)} 元`,
        `${name.en} sum insured ${yuanLimit(sumInsuredFen)} CNY: ${yuan(a)} CNY`,
      ),
  });
}

function applyDeductibleRate(chain: StepChain, kind: CoverKind, deductibleRateBp: number): void {
  const payableShareBp = BP_PER_UNIT - deductibleRateBp;
  chain.add({
    ruleId: `auto.${kind}.deductible-rate`,
    op: 'ratio',
    operands: ['payableShareBp'],
    inputs: { deductibleRateBp, payableShareBp },
    text: (a) =>
      t(
        `扣除保单约定的绝对免赔率 ${percent(deductibleRateBp)}，${yuan(a)} 元`,
        `Less the policy's deductible rate ${percent(deductibleRateBp)}: ${yuan(a)} CNY`,
      ),
  });
}

function applyDeductibleAmount(chain: StepChain, kind: CoverKind, deductibleFen: number): void {
  chain.add({
    ruleId: `auto.${kind}.deductible-amount`,
    op: 'subtract',
    operands: ['deductibleFen'],
    inputs: { deductibleFen },
    text: (a) =>
      t(
        `扣除保单约定的绝对免赔额 ${yuanLimit(deductibleFen)} 元，${yuan(a)} 元`,
        `Less the policy's deductible ${yuanLimit(deductibleFen)} CNY: ${yuan(a)} CNY`,
      ),
  });
}
