import type { Line } from '../domain/lines';
import { applyBp, mulDivHalfUp } from './money';
import type { ClauseRefs } from './primitives';
import type { CalculationResult, Step, StepInputs, StepOp, StepText } from './result';
import type { RuleId } from './rule-ids';
import type { RulesCatalogue } from './rules-catalogue';

/**
 * The step builder. Calculators only declare steps (rule, operation, inputs, wording);
 * the amount is always computed here by `evaluateStep`, the same function `replaySteps`
 * uses, so a result's steps add up by construction and can be re-checked later.
 */

export interface StepSpec {
  readonly ruleId: RuleId;
  readonly op: StepOp;
  /** Names of the inputs the operation uses; see `STEP_OPS` for each operation's meaning. */
  readonly operands?: readonly string[];
  readonly inputs: StepInputs;
  readonly text: (amountFen: number, previousFen: number) => StepText;
}

function operand(inputs: StepInputs, name: string): number {
  const value = inputs[name];
  if (typeof value !== 'number') throw new TypeError(`step operand "${name}" is not a number`);
  return value;
}

// Plain loops rather than map/reduce/spread: this runs for every step of every calculation.
function total(inputs: StepInputs, operands: readonly string[]): number {
  let sum = 0;
  for (const name of operands) sum += operand(inputs, name);
  return sum;
}

function smallest(inputs: StepInputs, operands: readonly string[], start: number): number {
  let min = start;
  for (const name of operands) min = Math.min(min, operand(inputs, name));
  return min;
}

export function evaluateStep(
  op: StepOp,
  operands: readonly string[],
  inputs: StepInputs,
  previousFen: number,
): number {
  switch (op) {
    case 'start':
    case 'sum':
      return total(inputs, operands);
    case 'min':
      return smallest(inputs, operands, Infinity);
    case 'subtract':
      return Math.max(0, previousFen - total(inputs, operands));
    case 'ratio':
      return applyBp(previousFen, operand(inputs, operands[0] ?? ''));
    case 'prorate':
      return mulDivHalfUp(
        previousFen,
        operand(inputs, operands[0] ?? ''),
        operand(inputs, operands[1] ?? ''),
      );
    case 'cap':
      return smallest(inputs, operands, previousFen);
    case 'check':
      return previousFen;
    case 'exclude':
      return 0;
  }
}

export class StepChain {
  readonly #catalogue: RulesCatalogue;
  readonly #clauseRefs: ClauseRefs | undefined;
  readonly #steps: Step[] = [];
  #amountFen = 0;

  constructor(catalogue: RulesCatalogue, clauseRefs: ClauseRefs | undefined) {
    this.#catalogue = catalogue;
    this.#clauseRefs = clauseRefs;
  }

  get amountFen(): number {
    return this.#amountFen;
  }

  /** Applies one step and returns the new running amount. */
  add(spec: StepSpec): number {
    const operands = spec.operands ?? [];
    const previousFen = this.#amountFen;
    const amountFen = evaluateStep(spec.op, operands, spec.inputs, previousFen);
    this.#steps.push({
      ruleId: spec.ruleId,
      clause: this.#clauseRefs?.[spec.ruleId] ?? this.#catalogue.clauses[spec.ruleId],
      op: spec.op,
      operands: operands.slice(),
      inputs: spec.inputs,
      amountFen,
      text: spec.text(amountFen, previousFen),
    });
    this.#amountFen = amountFen;
    return amountFen;
  }

  /** The result: the last step's amount is what is payable. Summary fields come first so
   * the printed JSON reads top-down. */
  finish(line: Line, refundFen?: number): CalculationResult {
    const payableFen = this.#amountFen;
    const catalogueVersion = this.#catalogue.version;
    const steps = this.#steps;
    if (refundFen !== undefined) {
      return { line, catalogueVersion, outcome: 'refund-only', payableFen, refundFen, steps };
    }
    const outcome = payableFen > 0 ? 'payable' : 'nothing-payable';
    return { line, catalogueVersion, outcome, payableFen, steps };
  }
}

export type ReplayReport =
  | { readonly ok: true; readonly amountFen: number }
  | { readonly ok: false; readonly index: number; readonly problem: string };

/** Recomputes every step from its predecessor and inputs; reports the first that disagrees. */
export function replaySteps(steps: readonly Step[]): ReplayReport {
  let previousFen = 0;
  for (const [index, step] of steps.entries()) {
    const problem = replayProblem(step, previousFen);
    if (problem !== undefined) return { ok: false, index, problem };
    previousFen = step.amountFen;
  }
  return { ok: true, amountFen: previousFen };
}

function replayProblem(step: Step, previousFen: number): string | undefined {
  try {
    const expectedFen = evaluateStep(step.op, step.operands, step.inputs, previousFen);
    return expectedFen === step.amountFen
      ? undefined
      : `${step.ruleId}: amount ${step.amountFen} fen, but its inputs give ${expectedFen} fen`;
  } catch (error) {
    return `${step.ruleId}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
