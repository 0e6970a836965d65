import { describe, expect, it } from 'vitest';
import { calculate, CalculationInput } from '@shared/calc';
import { LINES, type Line } from '@shared/domain/lines';
import type { CaseRecord } from '@shared/sync/records';
import { caseRecordFixture } from '@shared/sync/testing/case-record';
import { leaves, withLeaf } from './input-leaves';
import { prefillCalculation, withDocumentAmount } from './prefill';

const YUAN = 100;
const caseOf = (line: Line): CaseRecord =>
  caseRecordFixture({
    id: 'case-1',
    caseNumber: `${line}-2026-000001`,
    line,
    state: 'ADJUSTMENT',
    policy: {
      id: 'pol-1',
      policyNumber: 'P2026000001',
      line,
      vehiclePlate: null,
      startAt: Date.UTC(2025, 0, 1),
      endAt: Date.UTC(2026, 11, 31),
      issuedAt: Date.UTC(2024, 11, 20),
      waitingDays: 90,
      sumInsuredFen: 500_000 * YUAN,
      insuredValueFen: null,
      deductibleFen: 1_000 * YUAN,
      deductibleRateBp: 500,
      coverages: [
        { code: 'TPL', name: '第三者责任保险', sumInsuredFen: 1_000_000 * YUAN, deductibleFen: 0 },
        { code: 'OD', name: '车辆损失保险', sumInsuredFen: 200_000 * YUAN, deductibleFen: 0 },
        {
          code: 'MED',
          name: '住院医疗保险金',
          sumInsuredFen: 2_000_000 * YUAN,
          deductibleFen: 10_000 * YUAN,
        },
      ],
    },
    claimedFen: 38_600 * YUAN,
    reservedFen: 38_600 * YUAN,
    lossAt: Date.UTC(2026, 9, 12),
  });

describe('prefillCalculation', () => {
  it.each(LINES)('gives %s a valid input whose labelled values all exist', (line) => {
    const prefill = prefillCalculation(caseOf(line));
    if (!prefill) throw new Error('expected a prefill');
    expect(CalculationInput.safeParse(prefill.input).success).toBe(true);
    expect(calculate(prefill.input).steps.length).toBeGreaterThan(0);
    const paths = new Set(leaves(prefill.input).map((l) => l.path));
    for (const path of Object.keys(prefill.provenance)) expect(paths).toContain(path);
  });

  it('takes the medical limit and deductible from the policy and the expenses from the case', () => {
    const prefill = prefillCalculation(caseOf('MEDICAL'));
    expect(prefill?.input).toMatchObject({
      policy: { annualLimitFen: 2_000_000 * YUAN, annualDeductibleFen: 10_000 * YUAN },
      claim: { reasonableExpensesFen: 38_600 * YUAN },
    });
    expect(prefill?.provenance['policy.annualLimitFen']).toMatchObject({
      source: 'policy',
      reference: 'P2026000001 MED',
    });
  });

  it('has nothing to start from without a policy', () => {
    expect(prefillCalculation({ ...caseOf('AUTO'), policy: null })).toBeNull();
  });
});

describe('input leaves', () => {
  it('lists every editable value by path and replaces one without touching the original', () => {
    const input = { line: 'X', claim: { expensesFen: 100, used: true, grades: [3, 5] } };
    expect(leaves(input)).toEqual([
      { path: 'claim.expensesFen', value: 100 },
      { path: 'claim.used', value: true },
      { path: 'claim.grades.0', value: 3 },
      { path: 'claim.grades.1', value: 5 },
    ]);
    const changed = withLeaf(input, 'claim.grades.1', 7);
    expect(changed.claim.grades).toEqual([3, 7]);
    expect(input.claim.grades).toEqual([3, 5]);
    expect(() => withLeaf(input, 'claim.nothing', 1)).toThrow(RangeError);
  });
});

describe('amounts from the papers in the prefill', () => {
  it('puts the invoices’ total in place of the claimed amount, labelled with the invoices', () => {
    const base = prefillCalculation(caseOf('MEDICAL'));
    if (!base) throw new Error('no prefill');
    const next = withDocumentAmount(base, {
      path: 'claim.reasonableExpensesFen',
      fen: 41_234_56,
      from: ['住院收费票据1.pdf', '住院收费票据2.pdf'],
      setAside: [],
    });
    expect(next.input).toMatchObject({ claim: { reasonableExpensesFen: 41_234_56 } });
    expect(next.provenance['claim.reasonableExpensesFen']).toEqual({
      source: 'document',
      reference: '住院收费票据1.pdf、住院收费票据2.pdf',
      reason: null,
    });
    expect(base.input).toMatchObject({ claim: { reasonableExpensesFen: 38_600 * YUAN } });
  });

  it('leaves the prefill as it was when no paper could be used', () => {
    const base = prefillCalculation(caseOf('AUTO'));
    if (!base) throw new Error('no prefill');
    const none = { path: 'ownDamage.lossFen', fen: 0, from: [], setAside: [] };
    expect(withDocumentAmount(base, none)).toBe(base);
    expect(withDocumentAmount(base, null)).toBe(base);
  });
});
