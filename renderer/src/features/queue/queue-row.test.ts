import { describe, expect, it } from 'vitest';
import { caseRecordFixture } from '@shared/sync/testing/case-record';
import type { CaseRecord } from '@shared/sync/records';
import { digestOf } from '../../data/case-digests/digest';
import { openFlagsByCase } from './open-flags';
import { QueueRowCache } from './queue-row-cache';
import { toQueueRow, type RowContext } from './queue-row';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 18, 6); // a Wednesday, 14:00 in Shanghai

const stored = (overrides: Partial<CaseRecord>) =>
  digestOf({ ...caseRecordFixture(overrides), rowVersion: 1 });
const context = (overrides: Partial<RowContext> = {}): RowContext => ({
  now: NOW,
  userNames: new Map([['adj-1', '王芳']]),
  openFlags: new Map(),
  ...overrides,
});

describe('queue rows', () => {
  it('masks an individual customer and names the assignee and advisor', () => {
    const row = toQueueRow(stored({ assigneeId: 'adj-1', dedicatedAdvisorId: 'adj-1' }), context());
    expect(row.customerName).toBe('张*');
    expect(row).toMatchObject({ assigneeName: '王芳', advisorName: '王芳' });
  });

  it('judges the advisor’s first contact: breached after two office hours without a call', () => {
    const row = toQueueRow(
      stored({
        state: 'ACCEPTED',
        customer: {
          ...caseRecordFixture().customer,
          kind: 'enterprise',
          name: '上海某某物流有限公司',
        },
        reportedAt: NOW - 5 * HOUR,
        lossAt: NOW - 6 * HOUR,
        milestones: {},
      }),
      context(),
    );
    expect(row.clock?.kind).toBe('advisor-first-contact');
    expect(row.slaState).toBe('breached');
    expect(row.priority.components.map((c) => c.id)).toContain('sla-breached');
  });

  it('puts a green-channel case above a breached one and says why', () => {
    const breached = toQueueRow(
      stored({
        state: 'ACCEPTED',
        claimedFen: 5_000_000,
        reportedAt: NOW - 9 * HOUR,
        lossAt: NOW - 10 * HOUR,
      }),
      context(),
    );
    const green = toQueueRow(
      stored({
        state: 'ACCEPTED',
        greenChannel: true,
        reportedAt: NOW - HOUR,
        lossAt: NOW - 2 * HOUR,
      }),
      context(),
    );
    expect(green.priority.score).toBeGreaterThan(breached.priority.score);
    expect(green.priority.components[0]?.label.en).toBe('Green channel');
  });

  it('counts open flags with their worst severity, and gives finished cases no priority', () => {
    const flags = openFlagsByCase([
      { caseId: 'c1', severity: 'low', verdict: 'open' },
      { caseId: 'c1', severity: 'high', verdict: 'open' },
      { caseId: 'c1', severity: 'high', verdict: 'dismissed' },
    ]);
    expect(flags.get('c1')).toEqual({ count: 2, maxSeverity: 'high' });
    const closed = toQueueRow(stored({ id: 'c1', state: 'CLOSED' }), context({ openFlags: flags }));
    expect(closed).toMatchObject({ openFlags: 2, open: false, priority: { score: 0 } });
  });

  it('reuses a row until its case, flags or the clock change', () => {
    const cache = new QueueRowCache();
    const record = stored({ id: 'c1' });
    const ctx = context();
    const [first] = cache.rows([record], ctx);
    expect(cache.rows([{ ...record }], ctx)[0]).toBe(first);
    expect(cache.rows([{ ...record, updatedAt: record.updatedAt + 1 }], ctx)[0]).not.toBe(first);
    const [second] = cache.rows([record], ctx);
    expect(cache.rows([record], { ...ctx, now: NOW + 60_000 })[0]).not.toBe(second);
  });

  it('keeps the row of a case with no running clock as the time changes', () => {
    const cache = new QueueRowCache();
    const finished = stored({
      id: 'done',
      state: 'CLOSED',
      reportedAt: NOW - 90 * 24 * HOUR,
      lossAt: NOW - 91 * 24 * HOUR,
      milestones: { closedAt: NOW - 10 * HOUR, satisfactionFollowUpAt: NOW - HOUR },
    });
    const running = stored({ id: 'open', state: 'ACCEPTED', reportedAt: NOW - HOUR });
    const ctx = context();
    const [done, open] = cache.rows([finished, running], ctx);
    expect(done?.clock).toBeUndefined();
    expect(open?.clock).toBeDefined();
    const later = cache.rows([finished, running], { ...ctx, now: NOW + 60_000 });
    expect(later[0]).toBe(done);
    expect(later[1]).not.toBe(open);
    expect(later[1]?.clock?.remainingMs).toBe((open?.clock?.remainingMs ?? 0) - 60_000);
  });

  it('judges a new minute a slice at a time, then hands over the rows at once', () => {
    const cache = new QueueRowCache();
    const records = Array.from({ length: 1_200 }, (_, i) =>
      stored({ id: `c${i}`, state: 'ACCEPTED', reportedAt: NOW - HOUR }),
    );
    const ctx = context();
    const first = cache.rows(records, ctx);
    const later = { ...ctx, now: NOW + 60_000 };
    // Time for one look at the clock per call: one slice of rows.
    const oneSlice = () => {
      let looks = 0;
      return () => (looks++ === 0 ? 5 : 0);
    };
    expect(cache.prepare(records, later, oneSlice())).toBe(false);
    // Meanwhile the rows of the last minute are still the rows.
    expect(cache.rows(records, ctx)).toBe(first);
    expect(cache.prepare(records, later, oneSlice())).toBe(false);
    expect(cache.prepare(records, later, oneSlice())).toBe(true);
    const handed = cache.rows(records, { ...later });
    expect(handed).toBe(cache.rows(records, later));
    expect(handed).toHaveLength(1_200);
    expect(handed[0]).not.toBe(first[0]);
    expect(handed.map((r) => r.clock?.remainingMs)).toEqual(
      first.map((r) => (r.clock?.remainingMs ?? 0) - 60_000),
    );
  });

  it('finds a case that moved, and judges it again when its flags change', () => {
    const cache = new QueueRowCache();
    const [a, b] = [stored({ id: 'a' }), stored({ id: 'b' })];
    const ctx = context();
    const [rowA, rowB] = cache.rows([a, b], ctx);
    const moved = cache.rows([stored({ id: 'new' }), b, a], ctx);
    expect(moved[1]).toBe(rowB);
    expect(moved[2]).toBe(rowA);
    const flagged = cache.rows([b, a], {
      ...ctx,
      openFlags: new Map([['a', { count: 1, maxSeverity: 'high' as const }]]),
    });
    expect(flagged[0]).toBe(rowB);
    expect(flagged[1]).not.toBe(rowA);
    expect(flagged[1]?.openFlags).toBe(1);
  });
});
