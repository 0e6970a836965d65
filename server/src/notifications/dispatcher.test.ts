import { describe, expect, it } from 'vitest';
import { backoffMs, DEFAULT_DISPATCH_OPTIONS, NotificationDispatcher } from './dispatcher';
import type { NotificationLogger, OutboundNotification } from './provider';
import type { ClaimedNotification, NotificationStore } from './store';

interface Row {
  n: OutboundNotification;
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  sentAt: number | null;
}

/** The outbox's contract in memory: claim counts an attempt and leases the row. */
class FakeStore implements NotificationStore {
  readonly rows = new Map<string, Row>();

  add(id: string, at = 0): void {
    this.rows.set(id, {
      n: {
        id,
        caseId: `case-${id}`,
        caseNumber: `CLM-2026-${id}`,
        kind: 'accepted',
        channel: 'sms',
        body: '您好！您的理赔案件已受理。',
        nextStepAt: null,
        recipient: { customerId: 'cust-1', phone: '13800138000' },
      },
      status: 'queued',
      attempts: 0,
      nextAttemptAt: at,
      lastError: null,
      sentAt: null,
    });
  }

  async claim(now: number, leaseUntil: number, limit: number): Promise<ClaimedNotification[]> {
    const due = [...this.rows.values()]
      .filter((r) => r.status === 'queued' && r.nextAttemptAt <= now)
      .slice(0, limit);
    for (const row of due) {
      row.attempts += 1;
      row.nextAttemptAt = leaseUntil;
    }
    return due.map((r) => ({ ...r.n, attempts: r.attempts }));
  }

  async markSent(id: string, at: number): Promise<void> {
    Object.assign(this.row(id), { status: 'sent', sentAt: at, lastError: null });
  }

  async markRetry(id: string, error: string, nextAttemptAt: number): Promise<void> {
    Object.assign(this.row(id), { lastError: error, nextAttemptAt });
  }

  async markFailed(id: string, error: string): Promise<void> {
    Object.assign(this.row(id), { lastError: error, status: 'failed' });
  }

  row(id: string): Row {
    const row = this.rows.get(id);
    if (!row) throw new Error(`no row ${id}`);
    return row;
  }
}

/** Fails a notification's first `failures[id]` sends, then accepts it. */
class FakeProvider {
  readonly sent: OutboundNotification[] = [];
  readonly tries = new Map<string, number>();

  constructor(private readonly failures: Record<string, number> = {}) {}

  async send(n: OutboundNotification): Promise<void> {
    const tries = (this.tries.get(n.id) ?? 0) + 1;
    this.tries.set(n.id, tries);
    if (tries <= (this.failures[n.id] ?? 0))
      throw new Error(`gateway refused ${n.recipient.phone}`);
    this.sent.push(n);
  }
}

class FakeLog implements NotificationLogger {
  readonly lines: { fields: Record<string, unknown>; message: string }[] = [];
  info(fields: Record<string, unknown>, message: string): void {
    this.lines.push({ fields, message });
  }
  warn(fields: Record<string, unknown>, message: string): void {
    this.lines.push({ fields, message });
  }
}

const options = {
  ...DEFAULT_DISPATCH_OPTIONS,
  batchSize: 2,
  maxAttempts: 3,
  baseBackoffMs: 1_000,
  maxBackoffMs: 3_000,
  leaseMs: 60_000,
};

function setup(failures: Record<string, number> = {}) {
  const store = new FakeStore();
  const provider = new FakeProvider(failures);
  const log = new FakeLog();
  let now = 10_000;
  const dispatcher = new NotificationDispatcher(store, provider, log, options, () => now);
  return {
    store,
    provider,
    log,
    dispatcher,
    advance: (ms: number) => (now += ms),
    now: () => now,
  };
}

describe('notification dispatcher', () => {
  it('sends every due notification, batch after batch, and marks each sent', async () => {
    const { store, provider, dispatcher, now } = setup();
    for (const id of ['a', 'b', 'c']) store.add(id);
    store.add('later', now() + 5_000);
    expect(await dispatcher.runOnce()).toEqual({ sent: 3, retried: 0, failed: 0 });
    expect(provider.sent.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(store.row('a')).toMatchObject({ status: 'sent', sentAt: now(), attempts: 1 });
    expect(store.row('later').status).toBe('queued');
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it('retries a failed send after a growing wait, then delivers it', async () => {
    const { store, provider, dispatcher, advance, now } = setup({ a: 2 });
    store.add('a');
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(store.row('a')).toMatchObject({ status: 'queued', nextAttemptAt: now() + 1_000 });
    expect(store.row('a').lastError).toContain('gateway refused');
    // Not due yet: nothing is tried early.
    advance(999);
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    advance(1);
    expect(await dispatcher.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(store.row('a').nextAttemptAt).toBe(now() + 2_000);
    advance(2_000);
    expect(await dispatcher.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(provider.tries.get('a')).toBe(3);
    expect(store.row('a')).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
  });

  it('gives up after the last attempt and keeps the reason on the row, not in the log', async () => {
    const { store, log, dispatcher, advance } = setup({ a: 99 });
    store.add('a');
    for (let i = 0; i < 5; i++) {
      await dispatcher.runOnce();
      advance(10_000);
    }
    expect(store.row('a')).toMatchObject({ status: 'failed', attempts: 3 });
    expect(store.row('a').lastError).toContain('13800138000');
    expect(log.lines.at(-1)?.message).toBe('customer notification failed for good');
    expect(JSON.stringify(log.lines)).not.toContain('13800138000');
    expect(JSON.stringify(log.lines)).not.toContain('受理');
  });

  it('doubles the wait up to its ceiling', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, options))).toEqual([1_000, 2_000, 3_000, 3_000]);
  });

  it('joins a pass already running instead of sending twice', async () => {
    const { store, provider, dispatcher } = setup();
    store.add('a');
    const [first, second] = await Promise.all([dispatcher.runOnce(), dispatcher.runOnce()]);
    expect(first).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(second).toBe(first);
    expect(provider.sent).toHaveLength(1);
  });

  it('polls once started and sends nothing after it is stopped', async () => {
    const store = new FakeStore();
    const provider = new FakeProvider();
    const dispatcher = new NotificationDispatcher(store, provider, new FakeLog(), {
      ...options,
      pollMs: 5,
    });
    store.add('a');
    dispatcher.start();
    await expect.poll(() => provider.sent.length).toBe(1);
    await dispatcher.stop();
    store.add('b');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(provider.sent.map((n) => n.id)).toEqual(['a']);
  });
});
