import { checkTransition } from '@shared/domain/transitions';
import type { MutationArgs } from '@shared/sync/mutations';
import { notifyProgress } from '../../notifications/progress';
import {
  caseForWrite,
  isOutcome,
  recordConflict,
  recordEvent,
  reject,
  type MutationContext,
  type Outcome,
} from './context';

/**
 * Status is server-authoritative: the state machine and the actor's role
 * decide, and a client that moved a case the server had already moved loses
 * visibly (a conflict record), never silently.
 */
export async function transitionCase(
  ctx: MutationContext,
  args: MutationArgs<'case.transition'>,
): Promise<Outcome> {
  const row = await caseForWrite(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  if (row.state !== args.from) {
    const id = await recordConflict(ctx, row, {
      entity: 'case',
      entityId: row.id,
      field: 'state',
      mine: { from: args.from, to: args.to },
      theirs: row.state,
      reason: 'state-changed',
    });
    return {
      status: 'conflict',
      reason: 'state-changed',
      message: `The case is now ${row.state}, not ${args.from}; your move to ${args.to} was not applied.`,
      conflictIds: [id],
    };
  }
  const refusal = checkTransition({
    from: row.state,
    to: args.to,
    role: ctx.principal.role,
    reason: args.reason,
    denialClause: args.denialClause,
  });
  if (refusal) return reject(refusal.code, refusal.message);
  await ctx.writer.updateCase(row.id, { state: args.to }, ['state']);
  await recordEvent(ctx, row.id, {
    kind: 'transition',
    fromState: args.from,
    toState: args.to,
    reason: args.reason,
    detail: args.denialClause ? { denialClause: args.denialClause } : {},
  });
  if (args.to === 'ACCEPTED') await notifyProgress(ctx, row, { kind: 'accepted' });
  // A complete claim moving on from review: the customer hears their materials were accepted.
  if (
    args.from === 'MATERIALS_REVIEW' &&
    (args.to === 'INVESTIGATION' || args.to === 'LOSS_ASSESSMENT')
  )
    await notifyProgress(ctx, row, {
      kind: 'materials-reviewed',
      next: args.to,
      line: row.line,
      claimedFen: row.claimed_fen,
      complex: row.complex,
    });
  return { status: 'applied', output: { state: args.to } };
}
