/**
 * A complaint (投诉) as its case's events tell it: opened, answered,
 * escalated along the dispute path, resolved, revisited. The event log is
 * the record; this fold is what the workspace shows and what the service
 * checks the next step against.
 */

export const DISPUTE_STAGES = ['negotiation', 'mediation', 'arbitration', 'litigation'] as const;
export type DisputeStage = (typeof DISPUTE_STAGES)[number];

export const COMPLAINT_ACTIONS = [
  'opened',
  'responded',
  'escalated',
  'resolved',
  'revisited',
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

export interface ComplaintStep {
  action: ComplaintAction;
  at: number;
  actorId: string | null;
  text: string;
  stage: DisputeStage | null;
}

export interface Complaint {
  id: string;
  openedAt: number;
  summary: string;
  complex: boolean;
  respondedAt: number | null;
  /** The furthest dispute stage reached; null while it is handled as an ordinary issue. */
  stage: DisputeStage | null;
  resolvedAt: number | null;
  resolution: string | null;
  revisitedAt: number | null;
  steps: ComplaintStep[];
}

/** The parts of a case event the fold reads; EventRecord satisfies it. */
export interface ComplaintEvent {
  at: number;
  kind: string;
  actorId: string | null;
  detail: Readonly<Record<string, unknown>>;
}

/** Every complaint on the case, oldest first, from its events in any order. */
export function complaintsOf(events: readonly ComplaintEvent[]): Complaint[] {
  const byId = new Map<string, Complaint>();
  const ordered = events.filter((e) => e.kind === 'complaint').sort((a, b) => a.at - b.at);
  for (const event of ordered) {
    const id = event.detail['complaintId'];
    const action = event.detail['action'];
    if (typeof id !== 'string' || !isAction(action)) continue;
    const text = typeof event.detail['text'] === 'string' ? event.detail['text'] : '';
    const stage = isStage(event.detail['stage']) ? event.detail['stage'] : null;
    const step: ComplaintStep = { action, at: event.at, actorId: event.actorId, text, stage };
    const current = byId.get(id);
    if (!current) {
      if (action !== 'opened') continue;
      byId.set(id, {
        id,
        openedAt: event.at,
        summary: text,
        complex: event.detail['complex'] === true,
        respondedAt: null,
        stage: null,
        resolvedAt: null,
        resolution: null,
        revisitedAt: null,
        steps: [step],
      });
      continue;
    }
    if (complaintRefusal(current, action, stage) !== null) continue;
    current.steps.push(step);
    if (action === 'responded') current.respondedAt = event.at;
    if (action === 'escalated') current.stage = stage;
    if (action === 'resolved') {
      current.resolvedAt = event.at;
      current.resolution = text;
    }
    if (action === 'revisited') current.revisitedAt = event.at;
  }
  return [...byId.values()];
}

/** The next dispute stage after the current one, or null at litigation. */
export function nextStage(stage: DisputeStage | null): DisputeStage | null {
  const index = stage === null ? 0 : DISPUTE_STAGES.indexOf(stage) + 1;
  return DISPUTE_STAGES[index] ?? null;
}

/**
 * Why this step cannot follow what the complaint has been through, or null
 * when it can. The workstation offers only what passes; the service refuses
 * the rest with this message.
 */
export function complaintRefusal(
  complaint: Complaint | undefined,
  action: ComplaintAction,
  stage: DisputeStage | null = null,
): string | null {
  if (action === 'opened') return complaint ? 'This complaint is already recorded.' : null;
  if (!complaint) return 'No such complaint on this case.';
  switch (action) {
    case 'responded':
      if (complaint.respondedAt !== null) return 'The complaint already has its first response.';
      return complaint.resolvedAt !== null ? 'The complaint is already resolved.' : null;
    case 'escalated':
      if (complaint.resolvedAt !== null) return 'A resolved complaint is not escalated.';
      if (stage === null) return 'An escalation names the stage it moves to.';
      return stage === nextStage(complaint.stage)
        ? null
        : `The complaint can move only to ${nextStage(complaint.stage) ?? 'no further stage'} next.`;
    case 'resolved':
      return complaint.resolvedAt !== null ? 'The complaint is already resolved.' : null;
    case 'revisited':
      if (complaint.resolvedAt === null) return 'A complaint is revisited after it is resolved.';
      return complaint.revisitedAt !== null ? 'The customer has already been revisited.' : null;
  }
}

function isAction(value: unknown): value is ComplaintAction {
  return typeof value === 'string' && (COMPLAINT_ACTIONS as readonly string[]).includes(value);
}

function isStage(value: unknown): value is DisputeStage {
  return typeof value === 'string' && (DISPUTE_STAGES as readonly string[]).includes(value);
}
