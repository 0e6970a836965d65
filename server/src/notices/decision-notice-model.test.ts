import { describe, expect, it } from 'vitest';
import { maskAccount } from '@shared/lib/masking';
import { clausesReliedOn, composeNotice, deriveDeductions } from './compose-notice';
import {
  DecisionNotice,
  InvalidDecisionNoticeError,
  parseDecisionNotice,
} from './decision-notice-model';
import { sampleDenialNotice, sampleMedicalNotice, samplePartialAutoNotice } from './sample-notices';

/** The schema's message for `input`, or null when it is accepted. */
function refusal(input: unknown): string | null {
  try {
    parseDecisionNotice(input);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidDecisionNoticeError);
    return (error as Error).message;
  }
}

describe('DecisionNotice schema', () => {
  it('accepts the sample notices as built from the calculator', () => {
    for (const notice of [sampleMedicalNotice(), samplePartialAutoNotice(), sampleDenialNotice()])
      expect(DecisionNotice.safeParse(notice).success).toBe(true);
  });

  it('refuses a negative amount', () => {
    expect(refusal({ ...sampleMedicalNotice(), payableFen: -100 })).toMatch(
      /payableFen: must not be negative/,
    );
  });

  it('refuses an amount in yuan with decimals instead of integer fen', () => {
    expect(refusal({ ...sampleMedicalNotice(), payableFen: 39_650.5 })).toMatch(
      /payableFen: must be a whole number of fen/,
    );
  });

  it('refuses an approval or partial payment without calculation steps', () => {
    expect(refusal({ ...sampleMedicalNotice(), steps: [] })).toMatch(
      /steps: must list the calculation steps when the decision is 'approved'/,
    );
    expect(refusal({ ...samplePartialAutoNotice(), steps: [] })).toMatch(
      /steps: must list the calculation steps when the decision is 'partial'/,
    );
  });

  it('refuses a missing steps field with the field named', () => {
    const { steps: _steps, ...withoutSteps } = sampleMedicalNotice();
    expect(refusal(withoutSteps)).toMatch(/^Invalid decision notice: steps: /);
  });

  it('refuses an amount that is not what the steps add up to', () => {
    expect(refusal({ ...sampleMedicalNotice(), payableFen: 4_000_000 })).toMatch(
      /payableFen: must equal the last step's amount \(3965000 fen\), got 4000000 fen/,
    );
  });

  it('refuses steps that were edited after the calculation', () => {
    const notice = sampleMedicalNotice();
    const steps = notice.steps.map((step, index) =>
      index === 1 ? { ...step, amountFen: step.amountFen + 100 } : step,
    );
    expect(refusal({ ...notice, steps })).toMatch(/steps\.1: does not follow from the step before/);
  });

  it('refuses steps from another line of business', () => {
    expect(refusal({ ...sampleMedicalNotice(), line: 'AUTO' })).toMatch(
      /steps\.0\.ruleId: must be a rule of line AUTO, got medical\.reasonable-expenses/,
    );
  });

  it('refuses an approval with nothing payable, and a denial with an amount', () => {
    const notice = sampleDenialNotice();
    expect(refusal({ ...notice, decision: 'approved', denial: undefined })).toMatch(
      /payableFen: must be more than 0 when the decision is 'approved'; use 'denied'/,
    );
    const medical = sampleMedicalNotice();
    expect(refusal({ ...medical, decision: 'denied', denial: notice.denial })).toMatch(
      /payableFen: must be 0 for a denied claim/,
    );
  });

  it('refuses a denial without its clause and explanation', () => {
    expect(refusal({ ...sampleDenialNotice(), denial: undefined })).toMatch(
      /denial: is required for a denied claim/,
    );
    const denial = sampleDenialNotice().denial;
    expect(refusal({ ...sampleDenialNotice(), denial: { ...denial, clause: '  ' } })).toMatch(
      /denial\.clause: must not be empty/,
    );
  });

  it('refuses untranslated wording', () => {
    const notice = sampleMedicalNotice();
    expect(refusal({ ...notice, conclusion: { 'zh-CN': notice.conclusion['zh-CN'] } })).toMatch(
      /conclusion\.en: /,
    );
  });

  it('refuses an objection deadline on or before the decision date', () => {
    const notice = sampleMedicalNotice();
    expect(
      refusal({ ...notice, objection: { ...notice.objection, deadlineDate: notice.decisionDate } }),
    ).toMatch(/objection\.deadlineDate: must be after the decision date/);
    expect(
      refusal({ ...notice, objection: { ...notice.objection, deadlineDate: '2026/05/04' } }),
    ).toMatch(/objection\.deadlineDate: must be a date written YYYY-MM-DD/);
  });

  it('refuses a payment without a payee, and a malformed account without echoing it', () => {
    const { payee: _payee, ...withoutPayee } = sampleMedicalNotice();
    expect(refusal(withoutPayee)).toMatch(/payee: is required when money is paid or refunded/);
    const notice = sampleMedicalNotice();
    const message = refusal({ ...notice, payee: { name: '王晓明', account: '6222-ABCD-1234' } });
    expect(message).toMatch(/payee\.account: must contain only digits, spaces and hyphens/);
    expect(message).not.toContain('6222');
    expect(refusal({ ...notice, payee: { name: '王晓明', account: '1234' } })).toMatch(
      /payee\.account: must have 8 to 32 digits/,
    );
  });

  it('refuses unknown fields and decisions', () => {
    expect(refusal({ ...sampleMedicalNotice(), amountYuan: 396.5 })).toMatch(/amountYuan/);
    expect(refusal({ ...sampleMedicalNotice(), decision: 'maybe' })).toMatch(
      /decision: must be one of approved, partial, denied/,
    );
  });

  it('names every problem at once', () => {
    const message = refusal({ ...sampleMedicalNotice(), payableFen: -1, caseNumber: '' });
    expect(message).toMatch(/caseNumber: must not be empty/);
    expect(message).toMatch(/payableFen: must not be negative/);
  });
});

describe('notice composition', () => {
  it('masks an account down to its last four digits', () => {
    expect(maskAccount('6222 0212 3456 7890 123')).toBe('**** 0123');
    expect(maskAccount('6217-0012-0000-4567-890')).toBe('**** 7890');
  });

  it('derives deductibles, ratios and exclusions from the steps', () => {
    expect(deriveDeductions(samplePartialAutoNotice().steps)).toEqual([
      {
        kind: 'ratio',
        clause: '机动车商业保险示范条款（2020版）第三者责任保险',
        ratioBp: 7000,
      },
      { kind: 'ratio', clause: '机动车商业保险示范条款（2020版）机动车损失保险', ratioBp: 7000 },
      { kind: 'deductible', clause: '保单特别约定第3条', amountFen: 50_000 },
    ]);
    expect(deriveDeductions(sampleDenialNotice().steps)).toEqual([
      { kind: 'excluded', clause: '重大疾病保险条款·等待期', amountFen: 50_000_000 },
    ]);
  });

  it('lists each clause relied on once, the denial clause included', () => {
    expect(clausesReliedOn(sampleDenialNotice())).toEqual([
      '重大疾病保险条款·保险金额',
      '重大疾病保险条款·等待期',
    ]);
    expect(clausesReliedOn({ ...sampleMedicalNotice(), clauses: ['A', 'B', 'A'] })).toEqual([
      'A',
      'B',
    ]);
  });

  it('uses explicit deductions instead of derived ones when given', () => {
    const notice = {
      ...sampleMedicalNotice(),
      deductions: [{ kind: 'deductible' as const, clause: '特别约定', amountFen: 12_300 }],
    };
    expect(composeNotice(notice, 'zh-CN').basis.deductions.rows).toEqual([
      ['免赔额', '特别约定', '¥123.00'],
    ]);
  });

  it('never carries the full account into the composed text', () => {
    const notice = sampleMedicalNotice();
    const text = JSON.stringify(composeNotice(notice, 'en'));
    expect(text).not.toContain('6222');
    expect(text).toContain('**** 0123');
  });
});
