import { describe, expect, it } from 'vitest';
import { complaintRefusal, complaintsOf, nextStage, type ComplaintEvent } from './complaints';

const step = (at: number, detail: Record<string, unknown>): ComplaintEvent => ({
  at,
  kind: 'complaint',
  actorId: 'u1',
  detail: { complaintId: 'c1', ...detail },
});

describe('complaints from case events', () => {
  it('folds a complaint through response, escalation, resolution and revisit', () => {
    const [complaint] = complaintsOf([
      step(50, { action: 'resolved', text: '补偿交通费' }),
      step(10, { action: 'opened', text: '定损太慢', complex: false }),
      step(20, { action: 'responded', text: '已致电解释' }),
      step(30, { action: 'escalated', stage: 'negotiation', text: '' }),
      { at: 40, kind: 'note', actorId: 'u1', detail: {} },
      step(60, { action: 'revisited', text: '客户满意' }),
    ]);
    expect(complaint).toMatchObject({
      id: 'c1',
      summary: '定损太慢',
      openedAt: 10,
      respondedAt: 20,
      stage: 'negotiation',
      resolvedAt: 50,
      resolution: '补偿交通费',
      revisitedAt: 60,
    });
    expect(complaint?.steps.map((s) => s.action)).toEqual([
      'opened',
      'responded',
      'escalated',
      'resolved',
      'revisited',
    ]);
  });

  it('ignores steps that could not have happened: before opening, twice, or out of order', () => {
    const [complaint] = complaintsOf([
      step(5, { action: 'responded', text: 'too early' }),
      step(10, { action: 'opened', text: 'x' }),
      step(20, { action: 'revisited', text: 'not resolved yet' }),
      step(30, { action: 'escalated', stage: 'arbitration' }),
      step(40, { action: 'resolved', text: 'a' }),
      step(50, { action: 'resolved', text: 'b' }),
    ]);
    expect(complaint?.steps.map((s) => s.action)).toEqual(['opened', 'resolved']);
    expect(complaint?.resolution).toBe('a');
    expect(complaint?.stage).toBeNull();
  });

  it('escalates one stage at a time up to litigation', () => {
    expect(nextStage(null)).toBe('negotiation');
    expect(nextStage('arbitration')).toBe('litigation');
    expect(nextStage('litigation')).toBeNull();
    const [open] = complaintsOf([step(1, { action: 'opened', text: 'x' })]);
    expect(complaintRefusal(open, 'escalated', 'negotiation')).toBeNull();
    expect(complaintRefusal(open, 'escalated', 'mediation')).toMatch(/only to negotiation/u);
    expect(complaintRefusal(undefined, 'resolved')).toMatch(/No such complaint/u);
    expect(complaintRefusal(open, 'opened')).toMatch(/already recorded/u);
  });
});
