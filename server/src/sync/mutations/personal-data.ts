import type { MutationArgs } from '@shared/sync/mutations';
import { appendAudit } from '../../audit/audit-log';
import { reject, type MutationContext, type Outcome } from './context';

/**
 * A user saw a masked personal field on their workstation. The reveal has
 * already happened (perhaps offline, hours ago), so it is recorded even if
 * the case has since left their scope: the audit chain says who saw which
 * field of which case and when, never the value itself.
 */
export async function recordReveal(
  ctx: MutationContext,
  args: MutationArgs<'personal-data.reveal'>,
): Promise<Outcome> {
  const known = await ctx.writer.trx
    .selectFrom('cases')
    .select('id')
    .where('id', '=', args.caseId)
    .executeTakeFirst();
  if (!known) return reject('case-not-found', `No case ${args.caseId}.`);
  await appendAudit(
    ctx.writer.trx,
    {
      actor: ctx.principal.sub,
      action: 'personal-data:reveal',
      entity: 'case',
      entityId: args.caseId,
      caseId: args.caseId,
      detail: { field: args.field, revealedAt: args.revealedAt, mutationId: ctx.mutationId },
    },
    ctx.writer.now,
  );
  return { status: 'applied' };
}
