import { checkPayment, paymentCeilingFen, ROLES_THAT_ADJUST } from '@shared/domain/adjudication';
import { maskAccount } from '@shared/lib/masking';
import type { MutationArgs } from '@shared/sync/mutations';
import { ApprovalRecord, PaymentRecord } from '@shared/sync/records';
import { notifyProgress } from '../../notifications/progress';
import { latestCalculation, satellites } from './adjudication';
import {
  caseForWrite,
  isOutcome,
  recordEvent,
  refuseExisting,
  reject,
  type MutationContext,
  type Outcome,
} from './context';

const CLOSED_STATES = new Set(['CLOSED', 'FOLLOW_UP', 'DENIED', 'WITHDRAWN']);

/**
 * Records money paid out: a settlement (in one or several parts) after
 * approval, an advance of the determinable part (art. 25), or a disaster
 * pre-payment. The ceiling is computed here from the server's records, so a
 * workstation cannot pay more than was approved or determinable.
 */
export async function recordPayment(
  ctx: MutationContext,
  args: MutationArgs<'payment.record'>,
): Promise<Outcome> {
  const row = await caseForWrite(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  if (!ROLES_THAT_ADJUST.has(ctx.principal.role))
    return reject('role-not-allowed', `A ${ctx.principal.role} cannot record payments.`);
  if (CLOSED_STATES.has(row.state))
    return reject('case-closed', `No payment can be recorded on a case in ${row.state}.`);
  if (args.kind === 'settlement' && row.state !== 'PAYMENT')
    return reject('not-approved', 'A settlement is paid once the decision is approved.');
  const duplicate = await refuseExisting(ctx, 'payments', args.paymentId, 'payment');
  if (duplicate) return duplicate;

  const payments = await satellites(ctx, 'payments', row.id, PaymentRecord);
  const approved = (await satellites(ctx, 'approvals', row.id, ApprovalRecord))
    .filter((a) => a.status === 'approved' && a.decision === 'pay')
    .sort((a, b) => (b.decidedAt ?? 0) - (a.decidedAt ?? 0))[0];
  const policy = row.policy_id
    ? await ctx.writer.trx
        .selectFrom('policies')
        .select('sum_insured_fen')
        .where('id', '=', row.policy_id)
        .executeTakeFirst()
    : undefined;
  const facts = {
    kind: args.kind,
    amountFen: args.amountFen,
    paidFen: payments.reduce((sum, p) => sum + p.amountFen, 0),
    approvedFen: approved?.amountFen ?? null,
    determinableFen: (await latestCalculation(ctx, row.id))?.payableFen ?? null,
    disaster: row.disaster,
    sumInsuredFen: policy?.sum_insured_fen ?? null,
    prepaidFen: payments
      .filter((p) => p.kind === 'disaster-prepayment')
      .reduce((sum, p) => sum + p.amountFen, 0),
  };
  const refusal = checkPayment(facts);
  if (refusal) return reject(refusal.code, refusal.message);
  const ceiling = paymentCeilingFen(facts);
  const balanceAfterFen = typeof ceiling === 'number' ? ceiling - args.amountFen : 0;

  await ctx.writer.putSatellite('payments', 'payment', {
    id: args.paymentId,
    caseId: row.id,
    kind: args.kind,
    amountFen: args.amountFen,
    balanceAfterFen,
    payeeName: args.payeeName,
    payeeAccountMasked: maskAccount(args.payeeAccount),
    paidBy: ctx.actor.id,
    paidAt: ctx.writer.now,
  });
  const paidFen = facts.paidFen + args.amountFen;
  await ctx.writer.updateCase(row.id, { paid_fen: paidFen }, ['paid_fen']);
  await recordEvent(ctx, row.id, {
    kind: 'payment',
    detail: {
      paymentId: args.paymentId,
      kind: args.kind,
      amountFen: args.amountFen,
      balanceAfterFen,
    },
  });
  if (args.kind === 'settlement')
    await notifyProgress(ctx, row, { kind: 'paid', amountFen: args.amountFen });
  return { status: 'applied', output: { paidFen, balanceAfterFen } };
}
