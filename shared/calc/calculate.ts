import { calculateAccident } from './accident';
import { calculateAuto } from './auto';
import { calculateCi } from './ci';
import { CalculationInput } from './inputs';
import { calculateLiability } from './liability';
import { calculateLife } from './life';
import { calculateMedical } from './medical';
import { calculateProperty } from './property';
import type { CalculationResult } from './result';
import { RULES_CATALOGUE, type RulesCatalogue } from './rules-catalogue';

/**
 * The single entry: validates the input and dispatches on `line`. This is the only place
 * input is parsed: the type alone does not prove integer fen or ratios ≤ 100 %, and
 * the per-line functions stay fast for callers that already validated. Throws the
 * ZodError on invalid input; use `CalculationInput.safeParse` first to show field-level
 * messages instead.
 */
export function calculate(
  input: CalculationInput,
  catalogue: RulesCatalogue = RULES_CATALOGUE,
): CalculationResult {
  return calculateParsed(CalculationInput.parse(input), catalogue);
}

/** Dispatch for input that has already been validated. */
export function calculateParsed(
  input: CalculationInput,
  catalogue: RulesCatalogue = RULES_CATALOGUE,
): CalculationResult {
  switch (input.line) {
    case 'AUTO':
      return calculateAuto(input, catalogue);
    case 'MEDICAL':
      return calculateMedical(input, catalogue);
    case 'CI':
      return calculateCi(input, catalogue);
    case 'LIFE':
      return calculateLife(input, catalogue);
    case 'ACCIDENT':
      return calculateAccident(input, catalogue);
    case 'PROPERTY':
      return calculateProperty(input, catalogue);
    case 'LIABILITY':
      return calculateLiability(input, catalogue);
  }
}
