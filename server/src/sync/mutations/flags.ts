import { FlagRecord } from '@shared/sync/records';
import type { MutationArgs } from '@shared/sync/mutations';
import {
  baseVersion,
  caseForWrite,
  isOutcome,
  refuseExisting,
  recordConflict,
  recordEvent,
  reject,
  type MutationContext,
  type Outcome,
} from './context';

/** A flag found by the workstation's own detectors. */
export async function raiseFlag(
  ctx: MutationContext,
  args: MutationArgs<'flag.raise'>,
): Promise<Outcome> {
  const row = await caseForWrite(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  const duplicate = await refuseExisting(ctx, 'flags', args.flagId, 'flag');
  if (duplicate) return duplicate;
  const { flagId, ...rest } = args;
  await ctx.writer.putSatellite('flags', 'flag', {
    ...rest,
    id: flagId,
    source: 'workstation',
    verdict: 'open',
    verdictReason: null,
    verdictBy: null,
    verdictAt: null,
    createdAt: ctx.writer.now,
  });
  return { status: 'applied' };
}

/** A human's verdict on a flag. Two different verdicts on the same flag: the first stands, the second is a conflict. */
export async function flagVerdict(
  ctx: MutationContext,
  args: MutationArgs<'flag.verdict'>,
): Promise<Outcome> {
  const stored = await ctx.writer.trx
    .selectFrom('flags')
    .select(['case_id', 'row_version', 'record'])
    .where('id', '=', args.flagId)
    .executeTakeFirst();
  if (!stored) return reject('flag-not-found', `No flag ${args.flagId}.`);
  const row = await caseForWrite(ctx, stored.case_id, args);
  if (isOutcome(row)) return row;
  if (args.verdict === 'dismissed' && !args.reason?.trim())
    return reject('reason-required', 'Dismissing a flag needs a reason.');
  const flag = FlagRecord.parse(stored.record);
  const base = baseVersion(ctx, 'flag', args.flagId);
  if (base !== undefined && stored.row_version > base && flag.verdict !== args.verdict) {
    const id = await recordConflict(ctx, row, {
      entity: 'flag',
      entityId: flag.id,
      field: 'verdict',
      mine: args.verdict,
      theirs: flag.verdict,
      reason: 'verdict-changed',
    });
    return {
      status: 'conflict',
      reason: 'verdict-changed',
      message: 'Someone else gave this flag a verdict first.',
      conflictIds: [id],
    };
  }
  await ctx.writer.putSatellite('flags', 'flag', {
    ...flag,
    verdict: args.verdict,
    verdictReason: args.reason,
    verdictBy: ctx.actor.id,
    verdictAt: ctx.writer.now,
  });
  await recordEvent(ctx, row.id, {
    kind: 'flag',
    reason: args.reason,
    detail: { flagId: flag.id, verdict: args.verdict },
  });
  return { status: 'applied' };
}
