import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { OutboundNotification } from './provider';

export interface ClaimedNotification extends OutboundNotification {
  /** Attempts so far, this one included. */
  attempts: number;
}

/** The outbox as the dispatcher sees it; a fake stands in for it in unit tests. */
export interface NotificationStore {
  /**
   * Takes up to `limit` queued notifications that are due, counts the attempt
   * and hides them until `leaseUntil`: another instance does not send them
   * meanwhile, and one whose sender died is tried again once the lease ends.
   */
  claim(now: number, leaseUntil: number, limit: number): Promise<ClaimedNotification[]>;
  markSent(id: string, at: number): Promise<void>;
  markRetry(id: string, error: string, nextAttemptAt: number): Promise<void>;
  markFailed(id: string, error: string): Promise<void>;
}

/** Provider errors are stored for support, trimmed: the column is not a log. */
const MAX_ERROR_CHARS = 500;

export class SqlNotificationStore implements NotificationStore {
  constructor(private readonly db: Kysely<Database>) {}

  async claim(now: number, leaseUntil: number, limit: number): Promise<ClaimedNotification[]> {
    const claimed = await this.db
      .updateTable('notifications')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), next_attempt_at: leaseUntil }))
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('notifications')
          .select('id')
          .where('status', '=', 'queued')
          .where('next_attempt_at', '<=', now)
          .orderBy('next_attempt_at')
          .orderBy('id')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .returning('id')
      .execute();
    if (claimed.length === 0) return [];
    const rows = await this.db
      .selectFrom('notifications')
      .innerJoin('cases', 'cases.id', 'notifications.case_id')
      .innerJoin('customers', 'customers.id', 'notifications.customer_id')
      .select([
        'notifications.id',
        'notifications.case_id',
        'notifications.customer_id',
        'notifications.kind',
        'notifications.channel',
        'notifications.body',
        'notifications.next_step_at',
        'notifications.attempts',
        'cases.case_number',
        'cases.provisional_number',
        'customers.phone',
      ])
      .where(
        'notifications.id',
        'in',
        claimed.map((c) => c.id),
      )
      .orderBy('notifications.created_at')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      caseId: row.case_id,
      caseNumber: row.case_number || row.provisional_number || row.case_id,
      kind: row.kind,
      channel: row.channel,
      body: row.body,
      nextStepAt: row.next_step_at,
      recipient: { customerId: row.customer_id, phone: row.phone },
      attempts: row.attempts,
    }));
  }

  async markSent(id: string, at: number): Promise<void> {
    await this.db
      .updateTable('notifications')
      .set({ status: 'sent', sent_at: at, last_error: null })
      .where('id', '=', id)
      .execute();
  }

  async markRetry(id: string, error: string, nextAttemptAt: number): Promise<void> {
    await this.db
      .updateTable('notifications')
      .set({ last_error: error.slice(0, MAX_ERROR_CHARS), next_attempt_at: nextAttemptAt })
      .where('id', '=', id)
      .execute();
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.db
      .updateTable('notifications')
      .set({ status: 'failed', last_error: error.slice(0, MAX_ERROR_CHARS) })
      .where('id', '=', id)
      .execute();
  }
}
