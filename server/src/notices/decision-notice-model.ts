import { z } from 'zod';
import { Step } from '@shared/calc/result';
import { Bp, Fen, IsoDate } from '@shared/calc/primitives';
import { replaySteps } from '@shared/calc/steps';
import { Line } from '@shared/domain/lines';
import { describeIssues } from '@shared/lib/zod-issues';

/**
 * The decision notice (理赔决定通知书) as data: everything the printed notice
 * states, in both languages where the wording is ours, so one notice renders
 * in either language. Rules that make a notice self-contradictory (an approval
 * with nothing payable, steps that do not add up to the amount, a denial
 * without its clause) are refused here, before anything is printed: the
 * customer acts on this document (domain.md §6, §7).
 */

export const NOTICE_LANGUAGES = ['zh-CN', 'en'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

export const DECISIONS = ['approved', 'partial', 'denied'] as const;
export const Decision = z.enum(DECISIONS, {
  error: `must be one of ${DECISIONS.join(', ')}`,
});
export type Decision = z.infer<typeof Decision>;

const Text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

/** Our own wording, in both languages (zh-CN first, as the notice is primarily Chinese). */
export const NoticeText = z.strictObject({ 'zh-CN': Text(2000), en: Text(4000) });
export type NoticeText = z.infer<typeof NoticeText>;

/**
 * The full account number: the notice masks it when printing (only the last 4
 * digits appear), so callers never pre-mask and the model can check it.
 */
export const AccountNumber = z
  .string({ error: 'must be a bank account number' })
  .regex(/^[0-9][0-9 -]*$/, { error: 'must contain only digits, spaces and hyphens' })
  .refine(
    (account) => {
      const digits = account.replace(/\D/g, '').length;
      return digits >= 8 && digits <= 32;
    },
    { error: 'must have 8 to 32 digits' },
  );

export const Payee = z.strictObject({
  name: Text(100),
  bankName: Text(100).optional(),
  account: AccountNumber,
});
export type Payee = z.infer<typeof Payee>;

export const DEDUCTION_KINDS = ['deductible', 'ratio', 'excluded'] as const;

/** One basis of the amount the customer may question: a deductible, a ratio or an exclusion. */
export const Deduction = z
  .strictObject({
    kind: z.enum(DEDUCTION_KINDS, { error: `must be one of ${DEDUCTION_KINDS.join(', ')}` }),
    clause: Text(300),
    /** What was taken off (deductible, excluded). */
    amountFen: Fen.optional(),
    /** The ratio applied (ratio), in basis points. */
    ratioBp: Bp.optional(),
  })
  .superRefine((deduction, ctx) => {
    if (deduction.kind === 'ratio' && deduction.ratioBp === undefined)
      ctx.addIssue({ code: 'custom', path: ['ratioBp'], message: 'is required for a ratio' });
    if (deduction.kind !== 'ratio' && deduction.amountFen === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['amountFen'],
        message: `is required for a ${deduction.kind}`,
      });
  });
export type Deduction = z.infer<typeof Deduction>;

export const Objection = z.strictObject({
  /** How to reach us, e.g. "客服热线 95500 或 App「我的理赔」". */
  channel: NoticeText,
  /** Last day to object; decided by the caller (policy and law), not by the notice. */
  deadlineDate: IsoDate,
});
export type Objection = z.infer<typeof Objection>;

export const Denial = z.strictObject({
  clause: Text(300),
  /** Plain words, not legal text (domain.md §7). */
  explanation: NoticeText,
});
export type Denial = z.infer<typeof Denial>;

export const DecisionNotice = z
  .strictObject({
    caseNumber: Text(40),
    insurerName: Text(100),
    customerName: Text(100),
    policyNumber: Text(60),
    line: Line,
    decision: Decision,
    conclusion: NoticeText,
    payableFen: Fen,
    /** Premiums or cash value returned instead of a benefit (e.g. CI waiting period, art. 44). */
    refundFen: Fen.optional(),
    /** The calculator's steps (`CalculationResult.steps`), in order; may be empty for a denial. */
    steps: z.array(Step).max(2000, { error: 'must have at most 2000 steps' }),
    /** Printed with the steps so the calculation can be reproduced. */
    catalogueVersion: Text(40).optional(),
    /** Clauses relied on; when omitted, the steps' clauses (and the denial's) in order. */
    clauses: z.array(Text(300)).max(100).optional(),
    /** When omitted, derived from the steps (see `deriveDeductions`). */
    deductions: z.array(Deduction).max(200).optional(),
    /** Required whenever money is paid or refunded. */
    payee: Payee.optional(),
    decisionDate: IsoDate,
    objection: Objection,
    /** Required for, and only for, a denial. */
    denial: Denial.optional(),
  })
  .superRefine((notice, ctx) => {
    const problem = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });

    if (notice.decision === 'denied') {
      if (notice.payableFen !== 0) problem(['payableFen'], 'must be 0 for a denied claim');
      if (!notice.denial)
        problem(['denial'], 'is required for a denied claim: name the clause and explain it');
    } else {
      if (notice.steps.length === 0)
        problem(
          ['steps'],
          `must list the calculation steps when the decision is '${notice.decision}'`,
        );
      if (notice.payableFen === 0)
        problem(
          ['payableFen'],
          `must be more than 0 when the decision is '${notice.decision}'; use 'denied' when nothing is payable`,
        );
      if (notice.denial) problem(['denial'], 'is only for a denied claim');
    }

    const last = notice.steps.at(-1);
    if (last && last.amountFen !== notice.payableFen)
      problem(
        ['payableFen'],
        `must equal the last step's amount (${last.amountFen} fen), got ${notice.payableFen} fen`,
      );
    // Rule ids are prefixed by their line ('medical.annual-deductible'): steps pasted from
    // another case's calculation would explain a different claim.
    const prefix = `${notice.line.toLowerCase()}.`;
    const foreign = notice.steps.findIndex((step) => !step.ruleId.startsWith(prefix));
    if (foreign >= 0)
      problem(
        ['steps', foreign, 'ruleId'],
        `must be a rule of line ${notice.line}, got ${notice.steps[foreign]?.ruleId ?? ''}`,
      );
    const replay = replaySteps(notice.steps);
    if (!replay.ok)
      problem(['steps', replay.index], `does not follow from the step before: ${replay.problem}`);

    if ((notice.payableFen > 0 || (notice.refundFen ?? 0) > 0) && !notice.payee)
      problem(['payee'], 'is required when money is paid or refunded');

    // ISO dates compare correctly as strings.
    if (notice.objection.deadlineDate <= notice.decisionDate)
      problem(['objection', 'deadlineDate'], 'must be after the decision date');
  });
export type DecisionNotice = z.infer<typeof DecisionNotice>;
/** What callers may pass: the same shape before trimming. */
export type DecisionNoticeInput = z.input<typeof DecisionNotice>;

export class InvalidDecisionNoticeError extends Error {
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(error: z.ZodError) {
    super(`Invalid decision notice: ${describeIssues(error)}`);
    this.name = 'InvalidDecisionNoticeError';
    this.issues = error.issues;
  }
}

/** Parses untrusted input; throws `InvalidDecisionNoticeError` naming every bad field. */
export function parseDecisionNotice(input: unknown): DecisionNotice {
  const parsed = DecisionNotice.safeParse(input);
  if (!parsed.success) throw new InvalidDecisionNoticeError(parsed.error);
  return parsed.data;
}
