import type { Insertable } from 'kysely';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { NotificationsTable } from '../db/schema';
import type { SyncWriter } from '../sync/writer';

export type NotificationKind = NotificationsTable['kind'];
export type NotificationChannel = NotificationsTable['channel'];

export interface QueuedNotification {
  caseId: string;
  customerId: string;
  channel: NotificationChannel;
  kind: NotificationKind;
  body: string;
  nextStepAt: number | null;
}

/**
 * Queues a message to the customer in the writer's transaction: it commits
 * (and is later sent) only if the change it reports commits too.
 */
export async function queueNotification(
  writer: SyncWriter,
  notification: QueuedNotification,
): Promise<string> {
  const row: Insertable<NotificationsTable> = {
    id: uuidv7(writer.now),
    case_id: notification.caseId,
    customer_id: notification.customerId,
    channel: notification.channel,
    kind: notification.kind,
    body: notification.body,
    next_step_at: notification.nextStepAt,
    created_at: writer.now,
    sent_at: null,
    last_error: null,
    next_attempt_at: writer.now,
  };
  await writer.trx.insertInto('notifications').values(row).execute();
  return row.id;
}
