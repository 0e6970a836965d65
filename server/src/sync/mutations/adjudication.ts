import { checkApprover, proposeAutoApproval, ROLES_THAT_ADJUST } from '@shared/domain/adjudication';
import { missingMaterials } from '@shared/domain/materials';
import { maskAccount } from '@shared/lib/masking';
import { checkTransition } from '@shared/domain/transitions';
import type { CaseState } from '@shared/domain/lifecycle';
import type { MutationArgs } from '@shared/sync/mutations';
import {
  ApprovalRecord,
  CalculationRecord,
  FlagRecord,
  MaterialRecord,
} from '@shared/sync/records';
import { notifyProgress } from '../../notifications/progress';
import {
  caseForWrite,
  isOutcome,
  recordEvent,
  refuseExisting,
  reject,
  type CaseRow,
  type MutationContext,
  type Outcome,
} from './context';

/**
 * Submitting a decision (pay on a saved calculation, or deny with a clause)
 * moves the case into approval. The amount is the server's copy of the
 * calculation, never a number the client sends.
 */
export async function submitForApproval(
  ctx: MutationContext,
  args: MutationArgs<'adjudication.submit'>,
): Promise<Outcome> {
  const row = await caseForWrite(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  if (!ROLES_THAT_ADJUST.has(ctx.principal.role))
    return reject('role-not-allowed', `A ${ctx.principal.role} cannot submit a decision.`);
  if (row.state !== 'ADJUSTMENT')
    return reject('illegal-transition', `A case in ${row.state} cannot be submitted for approval.`);
  const duplicate = await refuseExisting(ctx, 'approvals', args.approvalId, 'decision');
  if (duplicate) return duplicate;

  let calculation: CalculationRecord | null = null;
  if (args.decision === 'pay') {
    calculation = await latestCalculation(ctx, row.id);
    if (!calculation || calculation.id !== args.calculationId)
      return reject(
        'stale-calculation',
        'A newer calculation was saved for this case; submit the latest version.',
      );
  }
  const amountFen = calculation?.payableFen ?? 0;
  const proposal = proposeAutoApproval({
    line: row.line,
    payableFen: amountFen,
    missingMaterials: missingMaterials(
      row.line,
      await satellites(ctx, 'materials', row.id, MaterialRecord),
    ).length,
    openFlags: (await satellites(ctx, 'flags', row.id, FlagRecord)).filter(
      (f) => f.verdict === 'open',
    ).length,
    complex: row.complex,
  });
  const approval: ApprovalRecord = {
    id: args.approvalId,
    caseId: row.id,
    decision: args.decision,
    calculationId: calculation?.id ?? null,
    calculationVersion: calculation?.version ?? null,
    amountFen,
    claimedFen: row.claimed_fen,
    denialClause: args.decision === 'deny' ? args.denialClause : null,
    explanation: args.explanation,
    payeeName: args.payee?.name ?? null,
    payeeAccountMasked: args.payee ? maskAccount(args.payee.account) : null,
    proposal: args.decision === 'pay' ? proposal : { proposed: false, checks: [] },
    status: 'pending',
    submittedBy: ctx.actor.id,
    submittedAt: ctx.writer.now,
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
  };
  await ctx.writer.putSatellite(
    'approvals',
    'approval',
    approval,
    args.payee ? { payee_account: args.payee.account } : {},
  );
  await move(ctx, row, 'APPROVAL', null);
  await recordEvent(ctx, row.id, {
    kind: 'approval',
    detail: { approvalId: approval.id, decision: approval.decision, amountFen, submitted: true },
  });
  return { status: 'applied', output: { amountFen, proposed: approval.proposal.proposed } };
}

/**
 * Approving needs the authority for the amount, and nobody approves their own
 * submission above their own limit; returning sends the case back to
 * adjustment with the reason.
 */
export async function decideApproval(
  ctx: MutationContext,
  args: MutationArgs<'adjudication.decide'>,
): Promise<Outcome> {
  const stored = await ctx.writer.trx
    .selectFrom('approvals')
    .select(['case_id', 'record'])
    .where('id', '=', args.approvalId)
    .executeTakeFirst();
  if (!stored || stored.case_id !== args.caseId)
    return reject('approval-not-found', `No decision ${args.approvalId} on this case.`);
  const row = await caseForWrite(ctx, stored.case_id, args);
  if (isOutcome(row)) return row;
  const approval = ApprovalRecord.parse(stored.record);
  if (approval.status !== 'pending' || row.state !== 'APPROVAL')
    return reject(
      'not-pending',
      `This decision was already ${approval.status === 'pending' ? 'overtaken' : approval.status}.`,
    );
  if (args.decision === 'approve') {
    const refusal = checkApprover(
      {
        userId: ctx.actor.id,
        role: ctx.principal.role,
        authorityLimitFen: ctx.actor.authorityLimitFen,
      },
      { amountFen: approval.amountFen, submittedBy: approval.submittedBy },
    );
    if (refusal) return reject(refusal.code, refusal.message);
  } else if (!ROLES_THAT_ADJUST.has(ctx.principal.role)) {
    return reject('role-not-allowed', `A ${ctx.principal.role} cannot return a decision.`);
  }
  const decided: ApprovalRecord = {
    ...approval,
    status: args.decision === 'approve' ? 'approved' : 'returned',
    decidedBy: ctx.actor.id,
    decidedAt: ctx.writer.now,
    decisionReason: args.reason,
  };
  await ctx.writer.putSatellite('approvals', 'approval', decided);
  const to: CaseState =
    args.decision === 'return' ? 'ADJUSTMENT' : approval.decision === 'pay' ? 'PAYMENT' : 'DENIED';
  await move(ctx, row, to, args.reason ?? approval.explanation, approval.denialClause);
  await recordEvent(ctx, row.id, {
    kind: 'approval',
    reason: args.reason,
    detail: {
      approvalId: approval.id,
      decision: args.decision,
      outcome: approval.decision,
      amountFen: approval.amountFen,
    },
  });
  // A denial reaches the customer as its decision notice, with reasons (art. 24).
  if (args.decision === 'approve' && approval.decision === 'pay')
    await notifyProgress(ctx, row, { kind: 'approved', amountFen: approval.amountFen });
  return { status: 'applied', output: { state: to } };
}

async function move(
  ctx: MutationContext,
  row: CaseRow,
  to: CaseState,
  reason: string | null,
  denialClause: string | null = null,
): Promise<void> {
  const refusal = checkTransition({
    from: row.state,
    to,
    role: ctx.principal.role,
    reason,
    denialClause,
    adjudication: true,
  });
  // The callers checked state, role and reason already; a refusal here is a programming error.
  if (refusal) throw new Error(`adjudication move refused: ${refusal.message}`);
  await ctx.writer.updateCase(row.id, { state: to }, ['state']);
  await recordEvent(ctx, row.id, {
    kind: 'transition',
    fromState: row.state,
    toState: to,
    reason,
    detail: denialClause ? { denialClause } : {},
  });
}

export async function latestCalculation(
  ctx: MutationContext,
  caseId: string,
): Promise<CalculationRecord | null> {
  const latest = await ctx.writer.trx
    .selectFrom('calculations')
    .select('record')
    .where('case_id', '=', caseId)
    .where('deleted', '=', false)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest ? CalculationRecord.parse(latest.record) : null;
}

export async function satellites<T>(
  ctx: MutationContext,
  table: 'materials' | 'flags' | 'approvals' | 'payments',
  caseId: string,
  schema: { parse(value: unknown): T },
): Promise<T[]> {
  const rows = await ctx.writer.trx
    .selectFrom(table)
    .select('record')
    .where('case_id', '=', caseId)
    .where('deleted', '=', false)
    .execute();
  return rows.map((r) => schema.parse(r.record));
}
