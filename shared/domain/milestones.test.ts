import { describe, expect, it } from 'vitest';
import type { CaseState } from './lifecycle';
import { applyMilestoneEvent, foldMilestones, type MilestoneEvent } from './milestones';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 2, 1);

const event = (
  hours: number,
  kind: string,
  detail: Record<string, unknown> = {},
  toState: CaseState | null = null,
): MilestoneEvent => ({ at: T0 + hours * HOUR, kind, toState, detail });
const moveTo = (hours: number, state: CaseState) => event(hours, 'transition', {}, state);

describe('case milestones', () => {
  it('follows a claim from report to follow-up', () => {
    const m = foldMilestones([
      event(0, 'reported', { channel: 'wechat' }, 'REPORTED'),
      moveTo(1, 'ACCEPTED'),
      event(1.5, 'contact', { channel: 'call', direction: 'outbound' }),
      moveTo(2, 'MATERIALS_REVIEW'),
      moveTo(3, 'PENDING_MATERIALS'),
      moveTo(20, 'MATERIALS_REVIEW'),
      moveTo(21, 'LOSS_ASSESSMENT'),
      moveTo(30, 'ADJUSTMENT'),
      moveTo(31, 'APPROVAL'),
      event(32, 'approval', { decision: 'approve', outcome: 'pay' }),
      event(40, 'payment', { kind: 'settlement' }),
      moveTo(41, 'CLOSED'),
      event(50, 'survey', { process: 5, speed: 4, communication: 5, satisfied: true }),
    ]);
    expect(m).toEqual({
      reportChannel: 'wechat',
      acceptedAt: T0 + HOUR,
      firstContactAt: T0 + 1.5 * HOUR,
      lastContactAt: T0 + 1.5 * HOUR,
      lastProgressCallAt: T0 + 1.5 * HOUR,
      materialsRequests: 1,
      materialsCompleteAt: T0 + 21 * HOUR,
      decision: { at: T0 + 32 * HOUR, kind: 'approve' },
      agreementAt: T0 + 32 * HOUR,
      paidAt: T0 + 40 * HOUR,
      closedAt: T0 + 41 * HOUR,
      survey: { at: T0 + 50 * HOUR, process: 5, speed: 4, communication: 5, satisfied: true },
      satisfactionFollowUpAt: T0 + 50 * HOUR,
    });
  });

  it('dates a contact from when it happened, never later than it was recorded', () => {
    const m = foldMilestones([
      event(5, 'contact', { channel: 'call', direction: 'outbound', contactAt: T0 + 2 * HOUR }),
      event(6, 'contact', { channel: 'sms', direction: 'outbound', contactAt: T0 + 9 * HOUR }),
    ]);
    expect(m.firstContactAt).toBe(T0 + 2 * HOUR);
    expect(m.lastContactAt).toBe(T0 + 6 * HOUR);
  });

  it('counts only outbound calls and visits as progress calls', () => {
    const m = foldMilestones([
      event(1, 'contact', { channel: 'sms', direction: 'outbound' }),
      event(2, 'contact', { channel: 'call', direction: 'inbound' }),
      event(3, 'contact', { channel: 'visit' }),
    ]);
    expect(m.firstContactAt).toBe(T0 + HOUR);
    expect(m.lastContactAt).toBe(T0 + 3 * HOUR);
    expect(m.lastProgressCallAt).toBeUndefined();
  });

  it('leaves automatic progress messages out of every contact clock', () => {
    const sms = { channel: 'sms', direction: 'outbound', automatic: true };
    const before = foldMilestones([moveTo(0, 'ACCEPTED')]);
    expect(applyMilestoneEvent(before, event(1, 'contact', sms))).toBe(before);
    const m = foldMilestones([
      moveTo(0, 'ACCEPTED'),
      event(1, 'contact', sms),
      event(2, 'contact', { channel: 'call', direction: 'outbound', automatic: true }),
      event(3, 'contact', { channel: 'call', direction: 'outbound' }),
      event(4, 'contact', sms),
    ]);
    expect(m.firstContactAt).toBe(T0 + 3 * HOUR);
    expect(m.lastContactAt).toBe(T0 + 3 * HOUR);
    expect(m.lastProgressCallAt).toBe(T0 + 3 * HOUR);
  });

  it('takes a denial from the approved decision, with its notice, or from a direct move', () => {
    expect(
      foldMilestones([event(5, 'approval', { decision: 'approve', outcome: 'deny' })]),
    ).toEqual({ decision: { at: T0 + 5 * HOUR, kind: 'deny' }, denialNoticeAt: T0 + 5 * HOUR });
    expect(foldMilestones([moveTo(6, 'DENIED')])).toEqual({
      decision: { at: T0 + 6 * HOUR, kind: 'deny' },
    });
  });

  it('ignores submissions and returned decisions', () => {
    const m = { acceptedAt: T0 };
    expect(applyMilestoneEvent(m, event(1, 'approval', { decision: 'pay', submitted: true }))).toBe(
      m,
    );
    expect(applyMilestoneEvent(m, event(1, 'approval', { decision: 'return' }))).toBe(m);
  });

  it('records advances apart from the settlement', () => {
    const m = foldMilestones([
      event(1, 'payment', { kind: 'disaster-prepayment' }),
      event(2, 'payment', { kind: 'advance' }),
      event(3, 'payment', { kind: 'settlement' }),
    ]);
    expect(m).toEqual({ advancePaidAt: T0 + HOUR, paidAt: T0 + 3 * HOUR });
  });

  it('clears the closing of a reopened claim and closes it again later', () => {
    const m = foldMilestones([
      moveTo(1, 'CLOSED'),
      moveTo(2, 'FOLLOW_UP'),
      moveTo(3, 'REOPENED'),
      moveTo(9, 'CLOSED'),
    ]);
    expect(m).toEqual({ closedAt: T0 + 9 * HOUR });
  });

  it('tracks each complaint through its steps, once each', () => {
    const m = foldMilestones([
      event(1, 'complaint', { complaintId: 'c1', action: 'opened', complex: false }),
      event(1.5, 'complaint', { complaintId: 'c1', action: 'responded' }),
      event(2, 'complaint', { complaintId: 'c1', action: 'escalated' }),
      event(3, 'complaint', { complaintId: 'c2', action: 'opened', complex: true }),
      event(30, 'complaint', { complaintId: 'c1', action: 'resolved' }),
      event(31, 'complaint', { complaintId: 'c1', action: 'resolved' }),
      event(40, 'complaint', { complaintId: 'c9', action: 'resolved' }),
    ]);
    expect(m.complaints).toEqual([
      {
        id: 'c1',
        openedAt: T0 + HOUR,
        complex: false,
        respondedAt: T0 + 1.5 * HOUR,
        escalatedAt: T0 + 2 * HOUR,
        resolvedAt: T0 + 30 * HOUR,
      },
      { id: 'c2', openedAt: T0 + 3 * HOUR, complex: true },
    ]);
  });

  it('returns the same object for events that change nothing, so writers can skip them', () => {
    const m = { acceptedAt: T0 };
    for (const e of [
      event(1, 'note'),
      event(1, 'reported', { channel: 'pigeon' }),
      moveTo(2, 'ACCEPTED'),
      event(3, 'survey', { satisfied: true }),
      event(4, 'complaint', { action: 'opened' }),
    ])
      expect(applyMilestoneEvent(m, e)).toBe(m);
  });
});
