import { uuidv7 } from '@shared/lib/uuidv7';
import { recordEvent, type CaseRow, type MutationContext } from '../sync/mutations/context';
import { queueNotification } from './outbox';
import { composeProgressNotice, type ProgressStep } from './progress-texts';

/**
 * Tells the customer the case reached a key step, on their preferred channel,
 * and logs the message as a contact so the adjuster sees what was said. The
 * contact is marked automatic: no person spoke to the customer, so it does
 * not meet the advisor's first-contact clock.
 */
export async function notifyProgress(
  ctx: MutationContext,
  row: CaseRow,
  step: ProgressStep,
): Promise<void> {
  const { writer } = ctx;
  const customer = await writer.trx
    .selectFrom('customers')
    .select('preferred_channel')
    .where('id', '=', row.customer_id)
    .executeTakeFirstOrThrow();
  const channel = customer.preferred_channel;
  const notice = composeProgressNotice(caseNumberOf(row), step, writer.now);
  await queueNotification(writer, {
    caseId: row.id,
    customerId: row.customer_id,
    channel,
    kind: step.kind,
    body: notice.body,
    nextStepAt: notice.nextStepAt,
  });
  const contactId = uuidv7(writer.now);
  await writer.putSatellite('contacts', 'contact', {
    id: contactId,
    caseId: row.id,
    authorId: ctx.actor.id,
    channel,
    direction: 'outbound',
    outcome: notice.body,
    nextStep: notice.nextStep,
    at: writer.now,
    notice: null,
  });
  await recordEvent(ctx, row.id, {
    kind: 'contact',
    detail: {
      contactId,
      channel,
      direction: 'outbound',
      contactAt: writer.now,
      automatic: true,
      notification: step.kind,
    },
  });
}

/** The number the customer was given; an unsynced case has only its provisional one. */
export function caseNumberOf(row: CaseRow): string {
  return row.case_number || row.provisional_number || row.id;
}
