import type { Faker } from '@faker-js/faker';
import type { ReportChannel } from '@shared/domain/milestones';
import type { ContactRecord, EventRecord } from '@shared/sync/records';

/**
 * What happened around a demo case's state changes: how it was reported,
 * the calls and messages, the decision and payments, complaints and the
 * satisfaction survey. Enough history for every deadline and KPI to read
 * like a real team's, on time mostly and late sometimes.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface TimelineCase {
  id: string;
  state: EventRecord['toState'] & string;
  claimed_fen: number;
  assignee_id: string | null;
  team_id: string;
  dedicated_advisor_id: string | null;
  complex: boolean;
  reported_at: number;
}

export interface CaseTimeline {
  events: EventRecord[];
  contacts: ContactRecord[];
}

const CHANNELS: readonly { value: ReportChannel; weight: number }[] = [
  { value: 'app', weight: 36 },
  { value: 'wechat', weight: 30 },
  { value: 'web', weight: 5 },
  { value: 'phone', weight: 19 },
  { value: 'counter', weight: 5 },
  { value: 'agent', weight: 5 },
];

const OUTCOMES = [
  '已联系客户，说明理赔流程和所需材料',
  '客户确认已收到补充材料清单',
  '告知客户案件进展，预计三个工作日内完成理算',
  '客户询问赔付时间，已解释审核进度',
];

/**
 * About a third of claims miss a paper at review: one notice listing what is
 * missing (PENDING_MATERIALS) and back to review, between the review and
 * the step after it. Only for histories that moved on from review.
 */
function materialsRound(
  transitions: readonly EventRecord[],
  newId: (at: number) => string,
): readonly EventRecord[] {
  const review = transitions.findIndex((e) => e.toState === 'MATERIALS_REVIEW');
  const reviewed = transitions[review];
  const next = transitions[review + 1];
  if (!reviewed || !next || next.toState === 'PENDING_MATERIALS') return transitions;
  const step = (next.at - reviewed.at) / 3;
  const move = (at: number, from: EventRecord['toState'], to: EventRecord['toState']) => ({
    ...reviewed,
    id: newId(at),
    at,
    fromState: from,
    toState: to,
    reason: to === 'PENDING_MATERIALS' ? '缺少费用清单和事故证明，已一次性告知客户补交' : null,
    detail: {},
  });
  return [
    ...transitions.slice(0, review + 1),
    move(Math.round(reviewed.at + step), 'MATERIALS_REVIEW', 'PENDING_MATERIALS'),
    move(Math.round(reviewed.at + 2 * step), 'PENDING_MATERIALS', 'MATERIALS_REVIEW'),
    ...transitions.slice(review + 1),
  ];
}

export function caseTimeline(
  c: TimelineCase,
  transitions: readonly EventRecord[],
  faker: Faker,
  now: number,
  newId: (at: number) => string,
): CaseTimeline {
  const actor = c.assignee_id ?? `user-sup-${c.team_id.slice(5)}`;
  const events: EventRecord[] = [];
  const contacts: ContactRecord[] = [];
  const at = (state: string) => transitions.find((e) => e.toState === state)?.at;
  const event = (
    time: number,
    kind: EventRecord['kind'],
    detail: Record<string, unknown>,
  ): EventRecord => ({
    id: newId(time),
    caseId: c.id,
    at: time,
    actorId: actor,
    kind,
    fromState: null,
    toState: null,
    reason: null,
    detail,
  });
  const contact = (time: number, channel: ContactRecord['channel']) => {
    if (time > now) return;
    const record: ContactRecord = {
      id: newId(time),
      caseId: c.id,
      authorId: actor,
      channel,
      direction: 'outbound',
      outcome: faker.helpers.arrayElement(OUTCOMES),
      nextStep: null,
      at: time,
      notice: null,
    };
    contacts.push(record);
    events.push(event(time, 'contact', { contactId: record.id, channel, direction: 'outbound' }));
  };

  const channel = faker.helpers.weightedArrayElement(CHANNELS);
  const withRound = faker.number.float() < 0.3 ? materialsRound(transitions, newId) : transitions;
  const history = withRound.map((e) =>
    e.kind === 'reported' ? { ...e, detail: { ...e.detail, channel } } : e,
  );

  // First contact: mostly within the advisor's two hours, sometimes late, and
  // not yet for some just-reported cases so running clocks show in the queue.
  const age = now - c.reported_at;
  if (!(c.state === 'REPORTED' && faker.number.float() < 0.6)) {
    const late = faker.number.float() < 0.1;
    const delay = late
      ? faker.number.int({ min: 3 * HOUR, max: 10 * HOUR })
      : faker.number.int({ min: 10 * 60_000, max: 100 * 60_000 });
    contact(c.reported_at + Math.min(delay, Math.max(0, age - 60_000)), 'call');
  }
  if (c.complex) {
    for (let t = c.reported_at + 6 * DAY; t < now; t += faker.number.int({ min: 5, max: 9 }) * DAY)
      contact(t, faker.helpers.arrayElement(['call', 'visit'] as const));
  }

  // Decided while in approval, paid while in payment: between the two moves.
  const between = (from: number | undefined, to: number | undefined) =>
    from !== undefined && to !== undefined ? from + Math.round((to - from) * 0.6) : undefined;
  const approvedAt = between(at('APPROVAL'), at('PAYMENT'));
  if (approvedAt !== undefined)
    events.push(event(approvedAt, 'approval', { decision: 'approve', outcome: 'pay' }));
  const paidAt = between(at('PAYMENT'), at('CLOSED'));
  if (paidAt !== undefined) events.push(event(paidAt, 'payment', { kind: 'settlement' }));
  const closedAt = at('CLOSED');
  if (closedAt !== undefined) {
    if (faker.number.float() < 0.85) {
      const surveyAt = closedAt + faker.number.int({ min: 4 * HOUR, max: 3 * DAY });
      // The survey follows a closing that still stands.
      if (surveyAt < now && surveyAt < (at('REOPENED') ?? Number.POSITIVE_INFINITY)) {
        const satisfied = faker.number.float() < 0.93;
        const score = () =>
          satisfied ? faker.number.int({ min: 4, max: 5 }) : faker.number.int({ min: 1, max: 3 });
        events.push(
          event(surveyAt, 'survey', {
            process: score(),
            speed: score(),
            communication: score(),
            satisfied,
          }),
        );
      }
    }
  }

  if (faker.number.float() < 0.03) complaints(c, faker, now, event, events, newId);
  return { events: [...history, ...events].sort((a, b) => a.at - b.at), contacts };
}

function complaints(
  c: TimelineCase,
  faker: Faker,
  now: number,
  event: (time: number, kind: EventRecord['kind'], detail: Record<string, unknown>) => EventRecord,
  into: EventRecord[],
  newId: (at: number) => string,
): void {
  const count = faker.number.float() < 0.2 ? 2 : 1;
  let openedAt = c.reported_at + faker.number.int({ min: 1, max: 5 }) * DAY;
  for (let i = 0; i < count && openedAt < now; i++) {
    const complaintId = newId(openedAt);
    const complex = faker.number.float() < 0.3;
    const step = (after: number, action: string) => {
      const time = openedAt + after;
      if (time < now) into.push(event(time, 'complaint', { complaintId, action }));
      return time;
    };
    into.push(event(openedAt, 'complaint', { complaintId, action: 'opened', complex }));
    const respondedAfter = faker.number.int({ min: 10, max: 70 }) * 60_000;
    step(respondedAfter, 'responded');
    const resolvedAfter =
      respondedAfter +
      (complex
        ? faker.number.int({ min: 1, max: 4 }) * DAY
        : faker.number.int({ min: 1, max: 4 }) * HOUR);
    const resolvedAt = step(resolvedAfter, 'resolved');
    step(resolvedAt - openedAt + faker.number.int({ min: 2, max: 6 }) * DAY, 'revisited');
    openedAt = resolvedAt + faker.number.int({ min: 2, max: 10 }) * DAY;
  }
}
