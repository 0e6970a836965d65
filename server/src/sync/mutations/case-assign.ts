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

/**
 * Reassignment is a supervisor's decision within their team. The assignee is
 * server-authoritative: if it changed since the supervisor's base version,
 * theirs stands and this one becomes a conflict.
 */
export async function assignCase(
  ctx: MutationContext,
  args: MutationArgs<'case.assign'>,
): Promise<Outcome> {
  if (ctx.principal.role !== 'supervisor')
    return reject('role-not-allowed', 'Only a supervisor can reassign cases.');
  const row = await caseForWrite(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  const assignee = await ctx.writer.trx
    .selectFrom('users')
    .select(['id', 'role', 'team_id', 'active'])
    .where('id', '=', args.assigneeId)
    .executeTakeFirst();
  if (
    !assignee ||
    !assignee.active ||
    assignee.team_id !== row.team_id ||
    !['adjuster', 'field'].includes(assignee.role)
  ) {
    return reject(
      'invalid-assignee',
      `${args.assigneeId} is not an active adjuster or surveyor of this case's team.`,
    );
  }
  if (row.assignee_id === args.assigneeId) return { status: 'applied' };
  const stands = await serverValueStands(ctx, row, {
    column: 'assignee_id',
    field: 'assigneeId',
    mine: args.assigneeId,
    reason: 'assignee-changed',
    message: 'Someone reassigned this case first; their choice stands.',
  });
  if (stands) return stands;
  await ctx.writer.updateCase(row.id, { assignee_id: args.assigneeId }, ['assignee_id']);
  await recordEvent(ctx, row.id, {
    kind: 'assigned',
    reason: args.reason,
    detail: { from: row.assignee_id, to: args.assigneeId },
  });
  await ctx.writer.scope(row.id, 'scope-remove', { userId: row.assignee_id });
  await ctx.writer.scope(row.id, 'scope-add', { userId: args.assigneeId });
  return { status: 'applied' };
}
