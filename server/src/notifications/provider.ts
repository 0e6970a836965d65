import type { NotificationChannel, NotificationKind } from './outbox';

/** A queued notification as handed to a provider for delivery. */
export interface OutboundNotification {
  id: string;
  caseId: string;
  caseNumber: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  body: string;
  nextStepAt: number | null;
  /** Where it goes: the customer's phone for SMS; app and WeChat resolve the customer id. */
  recipient: { customerId: string; phone: string };
}

/** Delivers one message; a rejection means "not delivered", and the dispatcher retries. */
export interface NotificationProvider {
  send(notification: OutboundNotification): Promise<void>;
}

/** The slice of the server's (pino) logger the notification code writes to. */
export interface NotificationLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

/**
 * The default provider, for installations without an SMS or WeChat gateway:
 * it records that a message would go out. Only the case number, channel and
 * kind are logged — never the body or the recipient, which are personal data
 * (domain.md §11).
 */
export class LogNotificationProvider implements NotificationProvider {
  constructor(private readonly log: NotificationLogger) {}

  async send(notification: OutboundNotification): Promise<void> {
    this.log.info(
      {
        caseNumber: notification.caseNumber,
        channel: notification.channel,
        kind: notification.kind,
      },
      'customer notification sent (log provider)',
    );
  }
}
