/**
 * Payout calculators (理算), domain.md §6.
 *
 * Conventions: money is integer fen (1 CNY = 100 fen) and never a float; ratios are basis
 * points (10,000 = 100 %) in inputs, catalogue and steps, and step input names end in
 * `Fen` or `Bp` accordingly. A step that applies a ratio rounds half-up to the fen; sums,
 * differences and caps are exact. `calculate` validates its input; the per-line
 * functions trust input that is already typed and validated.
 */
export { calculate, calculateParsed } from './calculate';
export { calculateAuto } from './auto';
export { calculateMedical } from './medical';
export { calculateCi } from './ci';
export { calculateLife } from './life';
export { calculateAccident } from './accident';
export { calculateProperty } from './property';
export { calculateLiability } from './liability';
export {
  AccidentInput,
  AutoInput,
  CalculationInput,
  CiInput,
  LiabilityInput,
  LifeInput,
  MedicalInput,
  PropertyInput,
  type Claimant,
  CLAIMANT_KINDS,
  DEATH_CAUSES,
  LIABILITY_BASES,
} from './inputs';
export { CI_SEVERITIES, LIABILITY_LEVELS } from './rules-catalogue';
export { CalculationResult, Outcome, Step, StepInputs, StepOp, StepText } from './result';
export {
  RULES_CATALOGUE,
  RulesCatalogue,
  defineCatalogue,
  type CiSeverity,
  type LiabilityLevel,
} from './rules-catalogue';
export { RULE_IDS, type RuleId } from './rule-ids';
export { replaySteps, type ReplayReport } from './steps';
export { BP_PER_UNIT, MAX_FEN } from './primitives';
