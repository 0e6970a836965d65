import type { NotificationLogger, NotificationProvider } from './provider';
import type { ClaimedNotification, NotificationStore } from './store';

export interface DispatchOptions {
  /** How often the outbox is looked at; queued rows wait at most this long. */
  pollMs: number;
  batchSize: number;
  /** After this many failed attempts a notification is marked failed and left for a person. */
  maxAttempts: number;
  /** The wait after the first failure; each further failure doubles it, up to maxBackoffMs. */
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** How long a claimed notification stays hidden from other senders: longer than any send. */
  leaseMs: number;
}

export const DEFAULT_DISPATCH_OPTIONS: DispatchOptions = {
  pollMs: 5_000,
  batchSize: 20,
  maxAttempts: 6,
  baseBackoffMs: 30_000,
  maxBackoffMs: 3_600_000,
  leaseMs: 120_000,
};

export interface DispatchReport {
  sent: number;
  retried: number;
  failed: number;
}

/** The wait before the next try after `attempts` failed ones. */
export function backoffMs(attempts: number, options: DispatchOptions): number {
  return Math.min(options.baseBackoffMs * 2 ** Math.max(0, attempts - 1), options.maxBackoffMs);
}

/**
 * Sends what the outbox holds, outside any transaction: a slow gateway never
 * holds a database connection (PGlite has only one). Every instance of the
 * service may run one; claims keep them from sending the same row twice.
 */
export class NotificationDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<DispatchReport> | null = null;
  private stopped = false;

  constructor(
    private readonly store: NotificationStore,
    private readonly provider: NotificationProvider,
    private readonly log: NotificationLogger,
    private readonly options: DispatchOptions = DEFAULT_DISPATCH_OPTIONS,
    private readonly clock: () => number = Date.now,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  /** Stops polling and waits for a send in progress, so the database can close after it. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** One pass over what is due; a pass already under way is joined, not doubled. */
  runOnce(): Promise<DispatchReport> {
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.runOnce()
        .catch((error: unknown) => {
          // The outbox could not be read (database restarting): try again next time.
          this.log.warn(
            { error: error instanceof Error ? error.name : 'unknown' },
            'notification outbox unavailable',
          );
        })
        .finally(() => this.schedule());
    }, this.options.pollMs);
    this.timer.unref();
  }

  private async drain(): Promise<DispatchReport> {
    const report: DispatchReport = { sent: 0, retried: 0, failed: 0 };
    for (;;) {
      const now = this.clock();
      const batch = await this.store.claim(now, now + this.options.leaseMs, this.options.batchSize);
      for (const notification of batch) report[await this.deliver(notification)] += 1;
      if (batch.length < this.options.batchSize || this.stopped) return report;
    }
  }

  private async deliver(n: ClaimedNotification): Promise<keyof DispatchReport> {
    try {
      await this.provider.send(n);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = n.attempts >= this.options.maxAttempts;
      if (giveUp) await this.store.markFailed(n.id, message);
      else
        await this.store.markRetry(
          n.id,
          message,
          this.clock() + backoffMs(n.attempts, this.options),
        );
      // The provider's message may quote the recipient: it goes to the row, not the log.
      this.log.warn(
        { notificationId: n.id, kind: n.kind, channel: n.channel, attempts: n.attempts },
        giveUp ? 'customer notification failed for good' : 'customer notification will be retried',
      );
      return giveUp ? 'failed' : 'retried';
    }
    await this.store.markSent(n.id, this.clock());
    return 'sent';
  }
}
