import { describe, expect, it } from 'vitest';
import { CASE_STATES } from './lifecycle';
import { allowedTransitions, checkTransition, TRANSITIONS } from './transitions';

describe('claim lifecycle transitions', () => {
  it('walks the main path from report to follow-up', () => {
    const path = [
      'REPORTED',
      'ACCEPTED',
      'MATERIALS_REVIEW',
      'LOSS_ASSESSMENT',
      'ADJUSTMENT',
      'APPROVAL',
      'PAYMENT',
      'CLOSED',
      'FOLLOW_UP',
    ] as const;
    path.slice(1).forEach((to, i) => {
      expect(
        checkTransition({
          from: path[i] ?? to,
          to,
          role: 'supervisor',
          adjudication: true,
          survey: true,
        }),
      ).toBeNull();
    });
  });

  it('moves a closed case to follow-up only with its satisfaction survey', () => {
    expect(checkTransition({ from: 'CLOSED', to: 'FOLLOW_UP', role: 'adjuster' })?.code).toBe(
      'needs-survey',
    );
    expect(allowedTransitions('CLOSED', 'adjuster')).toEqual(['REOPENED']);
  });

  it('refuses a jump the state machine does not allow, naming both states', () => {
    expect(checkTransition({ from: 'REPORTED', to: 'PAYMENT', role: 'supervisor' })).toEqual({
      code: 'illegal-transition',
      message: 'A case in REPORTED cannot move to PAYMENT.',
    });
  });

  it('asks for a reason and a clause to deny', () => {
    expect(checkTransition({ from: 'INVESTIGATION', to: 'DENIED', role: 'adjuster' })?.code).toBe(
      'reason-required',
    );
    expect(
      checkTransition({ from: 'INVESTIGATION', to: 'DENIED', role: 'adjuster', reason: 'fraud' })
        ?.code,
    ).toBe('clause-required');
    expect(
      checkTransition({
        from: 'INVESTIGATION',
        to: 'DENIED',
        role: 'adjuster',
        reason: 'fraud',
        denialClause: '第十二条',
      }),
    ).toBeNull();
  });

  it('leaves moves into and out of approval to the adjudication flow', () => {
    for (const [from, to] of [
      ['ADJUSTMENT', 'APPROVAL'],
      ['APPROVAL', 'PAYMENT'],
      ['APPROVAL', 'DENIED'],
    ] as const) {
      expect(
        checkTransition({ from, to, role: 'supervisor', reason: 'x', denialClause: 'y' })?.code,
      ).toBe('needs-adjudication');
      expect(
        checkTransition({
          from,
          to,
          role: 'supervisor',
          reason: 'x',
          denialClause: 'y',
          adjudication: true,
        }),
      ).toBeNull();
    }
    expect(allowedTransitions('APPROVAL', 'supervisor')).toEqual([]);
    expect(allowedTransitions('PAYMENT', 'adjuster')).toEqual(['CLOSED']);
  });

  it('lets a surveyor move only the site steps, and an admin none', () => {
    expect(allowedTransitions('INVESTIGATION', 'field')).toEqual(['LOSS_ASSESSMENT']);
    expect(allowedTransitions('ACCEPTED', 'field')).toEqual([]);
    expect(CASE_STATES.flatMap((s) => allowedTransitions(s, 'admin'))).toEqual([]);
  });

  it('leaves no state without a way out except by reopening', () => {
    for (const state of CASE_STATES) expect(TRANSITIONS[state].length).toBeGreaterThan(0);
  });
});
