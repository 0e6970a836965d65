import { z } from 'zod';
import { RULE_IDS } from './rule-ids';

/**
 * Zod building blocks shared by every calculator's input. Messages are short
 * and name the unit, because the CLI and the workstation show them next to
 * the field path ("policy.sumInsuredFen: must not be negative").
 */

/** Largest accepted amount: 10^13 fen = 100 billion CNY, far above any single claim, and small
 * enough that sums of a few hundred amounts stay exact in a JavaScript number. */
export const MAX_FEN = 10_000_000_000_000;

/** 10,000 basis points = 100 %. Every ratio in inputs, catalogue and steps is in basis points. */
export const BP_PER_UNIT = 10_000;

type Issue = { readonly input?: unknown };

const requiredOr = (otherwise: string | undefined) => (issue: Issue) =>
  issue.input === undefined ? 'is required' : otherwise;

/** Money in integer fen (1 CNY = 100 fen): never a float, never negative. */
export const Fen = z
  .number({ error: requiredOr('must be a number of fen') })
  .int({ error: 'must be a whole number of fen (1 CNY = 100 fen), not a fraction' })
  .nonnegative({ error: 'must not be negative' })
  .max(MAX_FEN, { error: `must be at most ${MAX_FEN} fen` });

/** A ratio in basis points: 0 = 0 %, 10,000 = 100 %. */
export const Bp = z
  .number({ error: requiredOr('must be a ratio in basis points') })
  .int({ error: 'must be a whole number of basis points (10000 = 100 %)' })
  .nonnegative({ error: 'must not be negative' })
  .max(BP_PER_UNIT, { error: 'must be at most 10000 basis points (100 %)' });

/** Calendar date 'YYYY-MM-DD' (the day an event happened; no time of day, no zone). */
export const IsoDate = z.iso.date({ error: requiredOr('must be a date written YYYY-MM-DD') });

export const Flag = z.boolean({ error: requiredOr('must be true or false') });

export function requiredObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, { error: requiredOr(undefined) });
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: requiredOr(`must be one of ${values.join(', ')}`) });
}

/**
 * Per-policy clause references by rule id, e.g. { "property.deductible": "PA-2024 第十二条" }.
 * A step quotes this reference instead of the catalogue's default when present.
 */
export const ClauseRefs = z.partialRecord(
  z.enum(RULE_IDS),
  z.string().min(1, { error: 'must not be empty' }),
  { error: (issue) => clauseRefsProblem(issue) },
);

/** Zod reports unknown keys of an enum-keyed record as `unrecognized_keys` (its types omit it). */
function clauseRefsProblem(issue: Issue & object): string | undefined {
  if ('keys' in issue && Array.isArray(issue.keys)) {
    return `not a known rule id: ${issue.keys.map(String).join(', ')}`;
  }
  return requiredOr('must map rule ids to clause references')(issue);
}
export type ClauseRefs = z.infer<typeof ClauseRefs>;
