import { z } from 'zod';
import { Line } from '../domain/lines';
import { RULE_IDS } from './rule-ids';

/**
 * How a step's amount follows from the previous step's amount (`prev`, 0 before the first
 * step) and the inputs named in `operands`. This makes every calculation replayable
 * (see `replaySteps`), so a stored result can be re-checked without the calculator.
 *
 * - start:    sum of operands (begins a new running amount, e.g. a loss)
 * - sum:      sum of operands (combines the results of earlier parts)
 * - min:      smallest operand (e.g. a loss against a sub-limit)
 * - subtract: prev − sum of operands, never below 0
 * - ratio:    prev × operand ÷ 10,000 (basis points), rounded half-up to the fen
 * - prorate:  prev × first operand ÷ second operand, rounded half-up to the fen
 * - cap:      min(prev, every operand)
 * - check:    prev unchanged (a rule was checked and does not change the amount)
 * - exclude:  0 (an exclusion applies)
 */
export const STEP_OPS = [
  'start',
  'sum',
  'min',
  'subtract',
  'ratio',
  'prorate',
  'cap',
  'check',
  'exclude',
] as const;
export const StepOp = z.enum(STEP_OPS);
export type StepOp = z.infer<typeof StepOp>;

/** Input values: names ending in `Fen` are integer fen, names ending in `Bp` basis points. */
export const StepInputs = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]));
export type StepInputs = z.infer<typeof StepInputs>;

export const StepText = z.object({ 'zh-CN': z.string(), en: z.string() });
export type StepText = z.infer<typeof StepText>;

export const Step = z.object({
  ruleId: z.enum(RULE_IDS),
  clause: z.string(),
  op: StepOp,
  operands: z.array(z.string()),
  inputs: StepInputs,
  amountFen: z.number().int().nonnegative(),
  text: StepText,
});
export type Step = z.infer<typeof Step>;

export const Outcome = z.enum(['payable', 'nothing-payable', 'refund-only']);
export type Outcome = z.infer<typeof Outcome>;

export const CalculationResult = z.object({
  line: Line,
  /** The rules catalogue version used, so a stored result can be reproduced. */
  catalogueVersion: z.string(),
  outcome: Outcome,
  payableFen: z.number().int().nonnegative(),
  /** Premiums or cash value returned instead of a benefit (only with outcome 'refund-only'). */
  refundFen: z.number().int().nonnegative().optional(),
  /** In order; the last step's amountFen is payableFen. */
  steps: z.array(Step).min(1),
});
export type CalculationResult = z.infer<typeof CalculationResult>;
