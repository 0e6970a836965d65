import { z } from 'zod';
import type { CaseState } from './lifecycle';

/**
 * The times a case's deadlines and KPIs are measured from, kept on the case
 * record itself. They are a fold over the case's event log, so the service
 * can keep them current as each event is written and any list of 100,000
 * cases can judge every clock without reading a single event.
 */

const At = z.number().int();

export const REPORT_CHANNELS = [
  'app',
  'wechat',
  'web',
  'phone',
  'counter',
  'agent',
  'staff',
] as const;
export const ReportChannel = z.enum(REPORT_CHANNELS);
export type ReportChannel = z.infer<typeof ReportChannel>;

/** Channels the customer used by themselves, for the KPI "online share". */
export const ONLINE_CHANNELS: ReadonlySet<ReportChannel> = new Set(['app', 'wechat', 'web']);

export const ComplaintMilestones = z.object({
  id: z.string().min(1),
  openedAt: At,
  /** A complex dispute from the start (3-day solution) rather than an ordinary issue (4 h). */
  complex: z.boolean(),
  respondedAt: At.optional(),
  /** An ordinary issue handed on as a complex dispute; its 3-day clock starts here. */
  escalatedAt: At.optional(),
  /** A solution was given to the customer. */
  resolvedAt: At.optional(),
  revisitedAt: At.optional(),
});
export type ComplaintMilestones = z.infer<typeof ComplaintMilestones>;

export const Survey = z.object({
  at: At,
  /** 1–5 for process, speed and communication (domain.md §9). */
  process: z.number().int().min(1).max(5),
  speed: z.number().int().min(1).max(5),
  communication: z.number().int().min(1).max(5),
  satisfied: z.boolean(),
});
export type Survey = z.infer<typeof Survey>;

export const CaseMilestones = z.object({
  reportChannel: ReportChannel.optional(),
  acceptedAt: At.optional(),
  firstContactAt: At.optional(),
  lastContactAt: At.optional(),
  /** The last outbound call or visit: the weekly progress call of complex cases. */
  lastProgressCallAt: At.optional(),
  /** Each one-time notice of missing materials (a move into PENDING_MATERIALS). */
  materialsRequests: z.number().int().nonnegative().optional(),
  /** The review found the claim complete and moved it on (art. 23 and 25 start here). */
  materialsCompleteAt: At.optional(),
  decision: z.object({ at: At, kind: z.enum(['approve', 'deny']) }).optional(),
  /** The amount was agreed: an approved payment decision. */
  agreementAt: At.optional(),
  denialNoticeAt: At.optional(),
  advancePaidAt: At.optional(),
  paidAt: At.optional(),
  closedAt: At.optional(),
  satisfactionFollowUpAt: At.optional(),
  survey: Survey.optional(),
  complaints: z.array(ComplaintMilestones).optional(),
});
export type CaseMilestones = z.infer<typeof CaseMilestones>;

/** The parts of an event the fold reads; EventRecord satisfies it. */
export interface MilestoneEvent {
  readonly at: number;
  readonly kind: string;
  readonly toState: CaseState | null;
  readonly detail: Readonly<Record<string, unknown>>;
}

/** States a complete claim moves on to from materials review. */
const PAST_REVIEW: ReadonlySet<CaseState> = new Set([
  'INVESTIGATION',
  'LOSS_ASSESSMENT',
  'ADJUSTMENT',
  'APPROVAL',
  'PAYMENT',
]);

/**
 * The milestones after one more event. Pure, and the identity (the same
 * object) when the event changes nothing, so a writer can skip the update.
 */
export function applyMilestoneEvent(m: CaseMilestones, event: MilestoneEvent): CaseMilestones {
  const { at, detail } = event;
  switch (event.kind) {
    case 'reported': {
      const channel = ReportChannel.safeParse(detail['channel']);
      return channel.success && m.reportChannel !== channel.data
        ? { ...m, reportChannel: channel.data }
        : m;
    }
    case 'transition':
      return event.toState ? applyTransition(m, event.toState, at) : m;
    case 'contact':
      return applyContact(m, detail, at);
    case 'approval':
      return applyApproval(m, detail, at);
    case 'payment': {
      const kind = detail['kind'];
      if (kind === 'settlement') return m.paidAt === undefined ? { ...m, paidAt: at } : m;
      if (kind === 'advance' || kind === 'disaster-prepayment')
        return m.advancePaidAt === undefined ? { ...m, advancePaidAt: at } : m;
      return m;
    }
    case 'complaint':
      return applyComplaint(m, detail, at);
    case 'survey': {
      const survey = Survey.safeParse({ ...detail, at });
      return survey.success
        ? { ...m, survey: survey.data, satisfactionFollowUpAt: m.satisfactionFollowUpAt ?? at }
        : m;
    }
    default:
      return m;
  }
}

/**
 * A contact counts from when it happened (logged offline, it reaches the
 * service later), but never from after it was recorded. An automatic
 * progress message is logged as a contact so the adjuster sees it, but no
 * person spoke to the customer: it neither meets the advisor's first-contact
 * clock nor counts as a progress call.
 */
function applyContact(
  m: CaseMilestones,
  detail: Readonly<Record<string, unknown>>,
  recordedAt: number,
): CaseMilestones {
  if (detail['automatic'] === true) return m;
  const claimed = detail['contactAt'];
  const at = typeof claimed === 'number' && claimed <= recordedAt ? claimed : recordedAt;
  const channel = detail['channel'];
  const progress =
    detail['direction'] === 'outbound' && (channel === 'call' || channel === 'visit');
  return {
    ...m,
    firstContactAt: Math.min(m.firstContactAt ?? at, at),
    lastContactAt: Math.max(m.lastContactAt ?? at, at),
    ...(progress ? { lastProgressCallAt: Math.max(m.lastProgressCallAt ?? at, at) } : {}),
  };
}

function applyTransition(m: CaseMilestones, to: CaseState, at: number): CaseMilestones {
  switch (to) {
    case 'ACCEPTED':
      return m.acceptedAt === undefined ? { ...m, acceptedAt: at } : m;
    case 'PENDING_MATERIALS':
      return { ...m, materialsRequests: (m.materialsRequests ?? 0) + 1 };
    case 'DENIED':
      return m.decision ? m : { ...m, decision: { at, kind: 'deny' } };
    case 'CLOSED':
      return m.closedAt === at ? m : { ...m, closedAt: at };
    case 'FOLLOW_UP':
      return m.satisfactionFollowUpAt === undefined ? { ...m, satisfactionFollowUpAt: at } : m;
    case 'REOPENED': {
      // A reopened claim is worked again: its old closing and follow-up no longer stand.
      const { closedAt: _closed, satisfactionFollowUpAt: _followUp, ...rest } = m;
      return rest;
    }
    default:
      return PAST_REVIEW.has(to) && m.materialsCompleteAt === undefined
        ? { ...m, materialsCompleteAt: at }
        : m;
  }
}

function applyApproval(
  m: CaseMilestones,
  detail: Readonly<Record<string, unknown>>,
  at: number,
): CaseMilestones {
  if (detail['decision'] !== 'approve') return m;
  // The approved decision's own kind; a pay decision agrees the amount.
  if (detail['outcome'] === 'deny')
    return { ...m, decision: { at, kind: 'deny' }, denialNoticeAt: at };
  return { ...m, decision: { at, kind: 'approve' }, agreementAt: m.agreementAt ?? at };
}

function applyComplaint(
  m: CaseMilestones,
  detail: Readonly<Record<string, unknown>>,
  at: number,
): CaseMilestones {
  const id = detail['complaintId'];
  if (typeof id !== 'string' || id === '') return m;
  const complaints = m.complaints ?? [];
  const index = complaints.findIndex((c) => c.id === id);
  const action = detail['action'];
  if (index < 0) {
    if (action !== 'opened') return m;
    return {
      ...m,
      complaints: [...complaints, { id, openedAt: at, complex: detail['complex'] === true }],
    };
  }
  const current = complaints[index];
  if (!current) return m;
  const key =
    action === 'responded'
      ? 'respondedAt'
      : action === 'escalated'
        ? 'escalatedAt'
        : action === 'resolved'
          ? 'resolvedAt'
          : action === 'revisited'
            ? 'revisitedAt'
            : undefined;
  if (key === undefined || current[key] !== undefined) return m;
  const next = complaints.slice();
  next[index] = { ...current, [key]: at };
  return { ...m, complaints: next };
}

/** The milestones of a whole history, events in time order. */
export function foldMilestones(events: readonly MilestoneEvent[]): CaseMilestones {
  let m: CaseMilestones = {};
  for (const event of events) m = applyMilestoneEvent(m, event);
  return m;
}
