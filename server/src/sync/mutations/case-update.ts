import type { MutationArgs } from '@shared/sync/mutations';
import {
  baseVersion,
  caseForWrite,
  isOutcome,
  recordConflict,
  type MutationContext,
  type Outcome,
} from './context';

const COLUMNS = {
  description: 'description',
  lossLocation: 'loss_location',
  lossAt: 'loss_at',
  claimedFen: 'claimed_fen',
  complex: 'complex',
  lossLat: 'loss_lat',
  lossLng: 'loss_lng',
} as const;

type Field = keyof typeof COLUMNS;

/**
 * Plain case fields merge field by field: a field nobody else changed since
 * the client's base version is applied; a field someone did change keeps the
 * server's value, and the client's value becomes a visible conflict.
 */
export async function updateCase(
  ctx: MutationContext,
  args: MutationArgs<'case.update'>,
): Promise<Outcome> {
  const row = await caseForWrite(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  const base = baseVersion(ctx, 'case', args.caseId) ?? row.row_version;
  const patch: Record<string, unknown> = {};
  const changed: string[] = [];
  const conflictIds: string[] = [];
  for (const [field, value] of Object.entries(args.fields) as [Field, unknown][]) {
    const column = COLUMNS[field];
    const theirs = row[column];
    if (theirs === value) continue;
    if ((row.field_versions[column] ?? 0) > base) {
      conflictIds.push(
        await recordConflict(ctx, row, {
          entity: 'case',
          entityId: row.id,
          field,
          mine: value,
          theirs,
          reason: 'field-changed',
        }),
      );
      continue;
    }
    patch[column] = value;
    changed.push(column);
  }
  if (changed.length > 0) await ctx.writer.updateCase(row.id, patch, changed);
  if (conflictIds.length > 0) {
    return {
      status: 'conflict',
      reason: 'field-changed',
      message:
        'Someone else changed the same field; their value is kept and yours is in the conflicts inbox.',
      conflictIds,
    };
  }
  return base < row.row_version ? { status: 'merged', conflictIds: [] } : { status: 'applied' };
}
