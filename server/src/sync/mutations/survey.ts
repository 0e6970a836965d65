import { checkTransition } from '@shared/domain/transitions';
import type { MutationArgs } from '@shared/sync/mutations';
import {
  caseForWrite,
  isOutcome,
  recordEvent,
  refuseExisting,
  reject,
  type MutationContext,
  type Outcome,
} from './context';

const FOLLOW_UP_REASON = '已完成满意度回访';

/** The satisfaction follow-up (回访) of a closed case; recording it is the move to FOLLOW_UP. */
export async function recordSurvey(
  ctx: MutationContext,
  args: MutationArgs<'survey.record'>,
): Promise<Outcome> {
  const row = await caseForWrite(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  if (row.state !== 'CLOSED')
    return reject(
      'wrong-state',
      `Only a closed case gets its satisfaction follow-up; this case is in ${row.state}.`,
    );
  const duplicate = await refuseExisting(ctx, 'case_events', args.eventId, 'case event');
  if (duplicate) return duplicate;
  const refusal = checkTransition({
    from: row.state,
    to: 'FOLLOW_UP',
    role: ctx.principal.role,
    reason: FOLLOW_UP_REASON,
    survey: true,
  });
  if (refusal) return reject(refusal.code, refusal.message);
  await recordEvent(ctx, row.id, {
    id: args.eventId,
    kind: 'survey',
    detail: {
      process: args.process,
      speed: args.speed,
      communication: args.communication,
      satisfied: args.satisfied,
      comment: args.comment,
    },
  });
  await ctx.writer.updateCase(row.id, { state: 'FOLLOW_UP' }, ['state']);
  await recordEvent(ctx, row.id, {
    kind: 'transition',
    fromState: 'CLOSED',
    toState: 'FOLLOW_UP',
    reason: FOLLOW_UP_REASON,
  });
  return { status: 'applied', output: { state: 'FOLLOW_UP' } };
}
