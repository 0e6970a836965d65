import type { MutationArgs } from '@shared/sync/mutations';
import {
  serverValueStands,
  caseForWrite,
  isOutcome,
  recordEvent,
  reject,
  type MutationContext,
  type Outcome,
} from './context';

/** Reserves are server-authoritative money: within the actor's authority, and never silently overwritten. */
export async function reserveCase(
  ctx: MutationContext,
  args: MutationArgs<'case.reserve'>,
): Promise<Outcome> {
  if (ctx.principal.role === 'field')
    return reject('role-not-allowed', 'Field surveyors do not set reserves.');
  const row = await caseForWrite(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  if (ctx.principal.role === 'adjuster' && args.reservedFen > ctx.actor.authorityLimitFen) {
    return reject(
      'above-authority',
      'This reserve is above your authority limit; ask your supervisor.',
    );
  }
  const stands = await serverValueStands(ctx, row, {
    column: 'reserved_fen',
    field: 'reservedFen',
    mine: args.reservedFen,
    reason: 'reserve-changed',
    message: 'The reserve was changed on the server first; that value stands.',
  });
  if (stands) return stands;
  await ctx.writer.updateCase(row.id, { reserved_fen: args.reservedFen }, ['reserved_fen']);
  await recordEvent(ctx, row.id, {
    kind: 'reserve',
    reason: args.reason,
    detail: { from: row.reserved_fen, to: args.reservedFen },
  });
  return { status: 'applied' };
}
