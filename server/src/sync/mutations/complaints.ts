import { complaintRefusal, complaintsOf } from '@shared/domain/complaints';
import type { MutationArgs } from '@shared/sync/mutations';
import { caseEvents } from './case-history';
import {
  caseForWrite,
  isOutcome,
  recordEvent,
  refuseExisting,
  reject,
  type MutationContext,
  type Outcome,
} from './context';

/**
 * One step of a complaint, checked against what the case's events say the
 * complaint has been through. Complaints come at any time, closed cases
 * included: they are often about how the claim ended.
 */
export async function recordComplaint(
  ctx: MutationContext,
  args: MutationArgs<'complaint.record'>,
): Promise<Outcome> {
  const row = await caseForWrite(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  const duplicate = await refuseExisting(ctx, 'case_events', args.eventId, 'case event');
  if (duplicate) return duplicate;
  const complaint = complaintsOf(await caseEvents(ctx, row.id)).find(
    (c) => c.id === args.complaintId,
  );
  const refusal = complaintRefusal(complaint, args.action, args.stage);
  if (refusal) return reject('complaint-step', refusal);
  await recordEvent(ctx, row.id, {
    id: args.eventId,
    kind: 'complaint',
    detail: {
      complaintId: args.complaintId,
      action: args.action,
      text: args.text,
      ...(args.action === 'opened' ? { complex: args.complex } : {}),
      ...(args.action === 'escalated' ? { stage: args.stage } : {}),
    },
  });
  return { status: 'applied' };
}
