import { z } from 'zod';

/**
 * Claim lifecycle states, domain.md §3. The transition rules live beside these
 * once the central service enforces them; the list itself is shared by every
 * layer so a state never exists in one place and not another.
 */
export const CASE_STATES = [
  'REPORTED',
  'ACCEPTED',
  'MATERIALS_REVIEW',
  'PENDING_MATERIALS',
  'INVESTIGATION',
  'LOSS_ASSESSMENT',
  'ADJUSTMENT',
  'APPROVAL',
  'PAYMENT',
  'CLOSED',
  'FOLLOW_UP',
  'DENIED',
  'WITHDRAWN',
  'REOPENED',
] as const;
export const CaseState = z.enum(CASE_STATES);
export type CaseState = z.infer<typeof CaseState>;

const TERMINAL: ReadonlySet<CaseState> = new Set(['CLOSED', 'FOLLOW_UP', 'DENIED', 'WITHDRAWN']);

/** Open cases are the ones that still owe the customer something. */
export function isOpenState(state: CaseState): boolean {
  return !TERMINAL.has(state);
}
