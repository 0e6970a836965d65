import type { CaseState } from '@shared/domain/lifecycle';

const MAIN_PATH: readonly CaseState[] = [
  'REPORTED',
  'ACCEPTED',
  'MATERIALS_REVIEW',
  'LOSS_ASSESSMENT',
  'ADJUSTMENT',
  'APPROVAL',
  'PAYMENT',
  'CLOSED',
  'FOLLOW_UP',
];

/**
 * The states a case passed through to reach `state`, each step legal under
 * the lifecycle state machine (a test checks it), so demo histories read
 * like real ones.
 */
export function pathTo(state: CaseState, complex: boolean): CaseState[] {
  const main = complex
    ? [...MAIN_PATH.slice(0, 3), 'INVESTIGATION' as const, ...MAIN_PATH.slice(3)]
    : [...MAIN_PATH];
  const upTo = (target: CaseState) => main.slice(0, main.indexOf(target) + 1);
  switch (state) {
    case 'PENDING_MATERIALS':
      return [...upTo('MATERIALS_REVIEW'), 'PENDING_MATERIALS'];
    case 'INVESTIGATION':
      return [...MAIN_PATH.slice(0, 3), 'INVESTIGATION'];
    case 'DENIED':
      return [...upTo('MATERIALS_REVIEW'), 'DENIED'];
    case 'WITHDRAWN':
      return [...upTo('ACCEPTED'), 'WITHDRAWN'];
    case 'REOPENED':
      return [...upTo('CLOSED'), 'REOPENED'];
    default:
      return upTo(state);
  }
}
