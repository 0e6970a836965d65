import type { MutationArgs, MutationName } from '@shared/sync/mutations';
import { MUTATION_ARGS } from '@shared/sync/mutations';
import type { CaseRecord, ConflictRecord } from '@shared/sync/records';

type CaseFields = MutationArgs<'case.update'>['fields'];
export type CaseField = keyof CaseFields;

const CASE_FIELDS: readonly CaseField[] = [
  'description',
  'lossLocation',
  'lossAt',
  'claimedFen',
  'complex',
  'lossLat',
  'lossLng',
];

export function isCaseField(field: string | null): field is CaseField {
  return field !== null && (CASE_FIELDS as readonly string[]).includes(field);
}

/** One field the user decides: the server's current value against theirs-offline ("mine"). */
export interface MergeField {
  field: CaseField;
  mine: unknown;
  theirs: unknown;
  /** Free text can be combined by hand; other values are taken from one side. */
  text: boolean;
}

/**
 * The fields a conflict lets the user merge, or none when it is not about
 * plain case fields (a status, an assignment, a verdict: those are kept or
 * re-applied whole). A single-field conflict yields that field; a whole
 * edit held back by a reassignment yields every field it would still change.
 */
export function mergeFields(
  conflict: ConflictRecord,
  current: CaseRecord | undefined,
): MergeField[] {
  if (conflict.entity !== 'case' || !current) return [];
  if (conflict.field !== null) {
    if (!isCaseField(conflict.field)) return [];
    return [entry(conflict.field, conflict.mine, current[conflict.field])];
  }
  const held = MUTATION_ARGS['case.update'].safeParse(conflict.mine);
  if (!held.success) return [];
  return (Object.entries(held.data.fields) as [CaseField, unknown][])
    .filter(([field, value]) => current[field] !== value)
    .map(([field, value]) => entry(field, value, current[field]));
}

function entry(field: CaseField, mine: unknown, theirs: unknown): MergeField {
  return { field, mine, theirs, text: typeof mine === 'string' && typeof theirs === 'string' };
}

/** A starting point for merging two texts by hand: theirs first, then what only mine adds. */
export function combinedText(theirs: string, mine: string): string {
  if (mine.includes(theirs)) return mine;
  if (theirs.includes(mine)) return theirs;
  return `${theirs}\n${mine}`;
}

/**
 * The case.update a merge produces: only values that differ from the
 * server's, validated as the mutation itself would be, so a merge can never
 * queue something the service must reject. Null when nothing changes.
 */
export function mergedUpdate(
  caseId: string,
  chosen: Partial<Record<CaseField, unknown>>,
  current: CaseRecord,
): MutationArgs<'case.update'> | null {
  const fields = Object.fromEntries(
    Object.entries(chosen).filter(([field, value]) => current[field as CaseField] !== value),
  );
  if (Object.keys(fields).length === 0) return null;
  const parsed = MUTATION_ARGS['case.update'].safeParse({ caseId, fields });
  if (!parsed.success) throw new RangeError(parsed.error.issues[0]?.message ?? 'invalid merge');
  return parsed.data;
}

/** Queues a mutation as the signed-in user (the sync context's `queue`). */
export type QueueMutation = <N extends MutationName>(
  name: N,
  args: MutationArgs<N>,
  base?: Record<string, number>,
) => Promise<unknown>;

/**
 * A merge applies the chosen values on top of the version the user looked
 * at (so a newer change arriving meanwhile becomes a fresh conflict, never a
 * silent overwrite) and then marks the conflict merged.
 */
export async function mergeConflict(
  queue: QueueMutation,
  conflict: ConflictRecord,
  update: MutationArgs<'case.update'> | null,
  seenRowVersion: number,
): Promise<void> {
  if (update) await queue('case.update', update, { [`case:${conflict.caseId}`]: seenRowVersion });
  await queue('conflict.resolve', { conflictId: conflict.id, resolution: 'merged' });
}
