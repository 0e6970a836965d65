import { expect } from 'vitest';
import type { CalculationResult } from '../result';
import { replaySteps } from '../steps';

/** [ruleId, amountFen] per step: the shape table-driven tests compare against. */
export function trail(result: CalculationResult): [string, number][] {
  return result.steps.map((step) => [step.ruleId, step.amountFen]);
}

/** Every result must replay from its steps and end on the payable amount. */
export function expectConsistent(result: CalculationResult): void {
  expect(replaySteps(result.steps)).toEqual({ ok: true, amountFen: result.payableFen });
  expect(result.steps.at(-1)?.amountFen).toBe(result.payableFen);
}
