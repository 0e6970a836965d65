import type { Role } from './roles';
import type { CaseState } from './lifecycle';

/**
 * The claim lifecycle as a state machine (domain.md §3). The service refuses
 * anything not listed here; the workstation offers only what is listed.
 */
export const TRANSITIONS: Readonly<Record<CaseState, readonly CaseState[]>> = {
  REPORTED: ['ACCEPTED', 'WITHDRAWN'],
  ACCEPTED: ['MATERIALS_REVIEW', 'WITHDRAWN'],
  MATERIALS_REVIEW: [
    'PENDING_MATERIALS',
    'INVESTIGATION',
    'LOSS_ASSESSMENT',
    'DENIED',
    'WITHDRAWN',
  ],
  PENDING_MATERIALS: ['MATERIALS_REVIEW', 'WITHDRAWN'],
  INVESTIGATION: ['LOSS_ASSESSMENT', 'DENIED', 'WITHDRAWN'],
  LOSS_ASSESSMENT: ['ADJUSTMENT'],
  ADJUSTMENT: ['APPROVAL'],
  APPROVAL: ['PAYMENT', 'ADJUSTMENT', 'DENIED'],
  PAYMENT: ['CLOSED'],
  CLOSED: ['FOLLOW_UP', 'REOPENED'],
  FOLLOW_UP: ['REOPENED'],
  DENIED: ['REOPENED'],
  WITHDRAWN: ['REOPENED'],
  REOPENED: ['MATERIALS_REVIEW', 'INVESTIGATION', 'ADJUSTMENT'],
};

/** Targets that need the actor's reason; a denial also names the clause it rests on. */
const NEEDS_REASON: ReadonlySet<CaseState> = new Set([
  'PENDING_MATERIALS',
  'DENIED',
  'WITHDRAWN',
  'REOPENED',
]);

/** What a surveyor may move on site; approval is a decision, not a step. */
const FIELD_MAY: ReadonlySet<string> = new Set(['INVESTIGATION>LOSS_ASSESSMENT']);
/**
 * Moves into and out of approval are adjudication decisions (adjudication.ts):
 * they carry an amount, an approver and segregation of duties, so a plain
 * status change may not make them.
 */
const ADJUDICATION_MOVES: ReadonlySet<string> = new Set([
  'ADJUSTMENT>APPROVAL',
  'APPROVAL>PAYMENT',
  'APPROVAL>DENIED',
  'APPROVAL>ADJUSTMENT',
]);

/** The follow-up is the satisfaction survey itself (survey.record), not a bare status change. */
const SURVEY_MOVE = 'CLOSED>FOLLOW_UP';

export interface TransitionRequest {
  from: CaseState;
  to: CaseState;
  role: Role;
  reason?: string | null;
  denialClause?: string | null;
  /** Set by the adjudication flow, which has checked the approver itself. */
  adjudication?: boolean;
  /** Set by the follow-up flow, which records the survey the move rests on. */
  survey?: boolean;
}

export type TransitionRefusal = {
  code:
    | 'illegal-transition'
    | 'role-not-allowed'
    | 'reason-required'
    | 'clause-required'
    | 'needs-adjudication'
    | 'needs-survey';
  message: string;
};

export function checkTransition(request: TransitionRequest): TransitionRefusal | null {
  const { from, to } = request;
  if (!TRANSITIONS[from].includes(to)) {
    return { code: 'illegal-transition', message: `A case in ${from} cannot move to ${to}.` };
  }
  if (ADJUDICATION_MOVES.has(`${from}>${to}`) && !request.adjudication) {
    return {
      code: 'needs-adjudication',
      message: `Moving a case from ${from} to ${to} is an adjudication decision: submit or decide it in the calculator panel.`,
    };
  }
  if (`${from}>${to}` === SURVEY_MOVE && !request.survey) {
    return {
      code: 'needs-survey',
      message: 'A closed case moves to follow-up by recording its satisfaction survey.',
    };
  }
  const roleRefusal = checkRole(request);
  if (roleRefusal) return roleRefusal;
  const returning = from === 'APPROVAL' && to === 'ADJUSTMENT';
  if ((NEEDS_REASON.has(to) || returning) && !request.reason?.trim()) {
    return { code: 'reason-required', message: `Moving a case to ${to} needs a reason.` };
  }
  if (to === 'DENIED' && !request.denialClause?.trim()) {
    return {
      code: 'clause-required',
      message: 'A denial must name the policy clause it rests on.',
    };
  }
  return null;
}

function checkRole(request: TransitionRequest): TransitionRefusal | null {
  const key = `${request.from}>${request.to}`;
  switch (request.role) {
    case 'admin':
      return { code: 'role-not-allowed', message: 'Administrators do not work claims.' };
    case 'field':
      return FIELD_MAY.has(key)
        ? null
        : {
            code: 'role-not-allowed',
            message: `A field surveyor cannot move a case from ${request.from} to ${request.to}.`,
          };
    case 'adjuster':
    case 'supervisor':
      return null;
  }
}

/** The plain status changes a role may offer from a state; adjudication decisions are offered elsewhere. */
export function allowedTransitions(from: CaseState, role: Role): CaseState[] {
  return TRANSITIONS[from].filter(
    (to) =>
      !ADJUDICATION_MOVES.has(`${from}>${to}`) &&
      `${from}>${to}` !== SURVEY_MOVE &&
      checkRole({ from, to, role }) === null,
  );
}
