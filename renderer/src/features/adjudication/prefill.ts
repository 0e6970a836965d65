import type { CalculationInput } from '@shared/calc';
import { shanghaiIsoDate as isoDate } from '@shared/domain/sla/calendar';
import type { CaseRecord } from '@shared/sync/records';
import type { DocumentAmount } from './document-amounts';
import { withLeaf } from './input-leaves';

export type ValueSource = {
  source: 'policy' | 'case' | 'document' | 'manual';
  reference: string | null;
  reason: string | null;
};

export interface Prefill {
  input: CalculationInput;
  /** Keyed by the dotted path of each leaf in `input`; a leaf without a source is for the adjuster to enter. */
  provenance: Record<string, ValueSource>;
}

type Policy = NonNullable<CaseRecord['policy']>;

/**
 * A first calculation from what the case and its policy already say, every
 * value labelled with where it came from. Loss details nobody has recorded
 * yet start at zero and unlabelled, so the panel asks for them.
 */
export function prefillCalculation(c: CaseRecord): Prefill | null {
  const policy = c.policy;
  if (!policy) return null;
  const provenance: Record<string, ValueSource> = {};
  const from = (source: ValueSource['source'], reference: string | null, ...paths: string[]) => {
    for (const path of paths) provenance[path] = { source, reference, reason: null };
  };
  // A cover the policy lacks is absent from the input, so nothing is labelled for it.
  const fromCover = (code: string, ...paths: string[]) => {
    if (cover(code)) from('policy', `${policy.policyNumber} ${code}`, ...paths);
  };
  const cover = (code: string) => policy.coverages.find((x) => x.code === code);
  const p = policy.policyNumber;
  const input = build(c, policy, cover);
  switch (input.line) {
    case 'AUTO':
      fromCover('TPL', 'policy.thirdParty.sumInsuredFen', 'policy.thirdParty.deductibleFen');
      fromCover('OD', 'policy.ownDamage.sumInsuredFen', 'policy.ownDamage.deductibleFen');
      from('case', c.caseNumber, 'ownDamage.lossFen');
      break;
    case 'MEDICAL':
      from('policy', `${p} MED`, 'policy.annualLimitFen', 'policy.annualDeductibleFen');
      from('case', c.caseNumber, 'claim.reasonableExpensesFen');
      break;
    case 'CI':
      from('policy', p, 'policy.sumInsuredFen', 'policy.effectiveDate', 'policy.waitingPeriodDays');
      from('case', c.caseNumber, 'diagnosis.date');
      break;
    case 'LIFE':
      from('policy', p, 'policy.sumInsuredFen', 'policy.issueDate');
      from('case', c.caseNumber, 'death.date');
      break;
    case 'ACCIDENT':
      from('policy', `${p} AD`, 'policy.sumInsuredFen');
      fromCover('AM', 'policy.medical.limitFen', 'policy.medical.deductibleFen');
      from('case', c.caseNumber, 'claim.medicalExpensesFen');
      break;
    case 'PROPERTY':
      from(
        'policy',
        p,
        'policy.sumInsuredFen',
        'policy.deductible.fixedFen',
        'policy.deductible.rateBp',
      );
      from('policy', p, 'loss.insuredValueFen');
      from('case', c.caseNumber, 'loss.lossFen');
      break;
    case 'LIABILITY':
      from('policy', `${p} LIAB`, 'policy.perOccurrenceLimitFen', 'policy.deductibleFen');
      from('case', c.caseNumber, 'claimants.0.liabilityFen');
      break;
  }
  return { input, provenance };
}

/**
 * The prefill with the amount the case's papers state in place of the
 * claimed amount, labelled with those papers. Without such papers (or when
 * none could be read) the prefill stays as it was.
 */
export function withDocumentAmount(prefill: Prefill, amount: DocumentAmount | null): Prefill {
  if (!amount || amount.from.length === 0) return prefill;
  return {
    input: withLeaf(prefill.input, amount.path, amount.fen),
    provenance: {
      ...prefill.provenance,
      [amount.path]: { source: 'document', reference: amount.from.join('、'), reason: null },
    },
  };
}

function build(
  c: CaseRecord,
  policy: Policy,
  cover: (code: string) => Policy['coverages'][number] | undefined,
): CalculationInput {
  const claimed = c.claimedFen;
  switch (c.line) {
    case 'AUTO': {
      const tpl = cover('TPL');
      const od = cover('OD');
      return {
        line: 'AUTO',
        policy: {
          ...(tpl
            ? { thirdParty: { sumInsuredFen: tpl.sumInsuredFen, deductibleFen: tpl.deductibleFen } }
            : {}),
          ...(od
            ? { ownDamage: { sumInsuredFen: od.sumInsuredFen, deductibleFen: od.deductibleFen } }
            : {}),
        },
        liability: 'full',
        thirdPartyLoss: { deathDisabilityFen: 0, medicalFen: 0, propertyFen: 0 },
        ownDamage: { lossFen: claimed },
      };
    }
    case 'MEDICAL':
      return {
        line: 'MEDICAL',
        policy: {
          annualLimitFen: cover('MED')?.sumInsuredFen ?? policy.sumInsuredFen,
          annualDeductibleFen: cover('MED')?.deductibleFen ?? policy.deductibleFen,
        },
        yearToDate: { deductibleConsumedFen: 0, limitUsedFen: 0 },
        claim: {
          reasonableExpensesFen: claimed,
          socialInsurancePaidFen: 0,
          excludedFen: 0,
          socialInsuranceUsed: true,
        },
      };
    case 'CI':
      return {
        line: 'CI',
        policy: {
          sumInsuredFen: policy.sumInsuredFen,
          effectiveDate: isoDate(policy.startAt),
          waitingPeriodDays: policy.waitingDays,
          premiumsPaidFen: 0,
        },
        diagnosis: { date: isoDate(c.lossAt), severity: 'severe' },
      };
    case 'LIFE':
      return {
        line: 'LIFE',
        policy: {
          sumInsuredFen: policy.sumInsuredFen,
          issueDate: isoDate(policy.issuedAt),
          cashValueFen: 0,
        },
        death: { date: isoDate(c.lossAt), cause: 'illness' },
      };
    case 'ACCIDENT': {
      const medical = cover('AM');
      return {
        line: 'ACCIDENT',
        policy: {
          sumInsuredFen: cover('AD')?.sumInsuredFen ?? policy.sumInsuredFen,
          ...(medical
            ? { medical: { limitFen: medical.sumInsuredFen, deductibleFen: medical.deductibleFen } }
            : {}),
        },
        claim: { death: false, disabilityGrades: [], medicalExpensesFen: claimed },
      };
    }
    case 'PROPERTY':
      return {
        line: 'PROPERTY',
        policy: {
          sumInsuredFen: policy.sumInsuredFen,
          deductible: { fixedFen: policy.deductibleFen, rateBp: policy.deductibleRateBp },
        },
        loss: {
          lossFen: claimed,
          salvageFen: 0,
          insuredValueFen: policy.insuredValueFen ?? policy.sumInsuredFen,
          mitigationCostsFen: 0,
        },
      };
    case 'LIABILITY':
      return {
        line: 'LIABILITY',
        policy: {
          perOccurrenceLimitFen: cover('LIAB')?.sumInsuredFen ?? policy.sumInsuredFen,
          deductibleFen: cover('LIAB')?.deductibleFen ?? policy.deductibleFen,
        },
        claimants: [
          { label: '第三者', kind: 'property', liabilityFen: claimed, basis: 'agreement' },
        ],
      };
  }
}
