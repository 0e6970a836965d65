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
      expect(checkTransition({ from: path[i] ?? to, to, role: 'supervisor' })).toBeNull();
    });
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

  it('keeps approval within the adjuster authority limit', () => {
    const base = {
      from: 'APPROVAL',
      to: 'PAYMENT',
      role: 'adjuster',
      authorityLimitFen: 5_000_000,
    } as const;
    expect(checkTransition({ ...base, amountFen: 4_000_000 })).toBeNull();
    expect(checkTransition({ ...base, amountFen: 6_000_000 })?.code).toBe('above-authority');
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
