import { applyMilestoneEvent } from '@shared/domain/milestones';
import { reviewRound } from '@shared/domain/materials-notice';
import type { MutationArgs, MutationName } from '@shared/sync/mutations';
import type { EventRecord } from '@shared/sync/records';
import { caseRowsOf, putCaseRow } from '../data/case-rows';
import type { Stored, WorkstationDatabase } from '../data/db';
import type { SyncedTable } from './optimistic';

type Touch = (table: SyncedTable, rowId: string, caseId?: string | null) => Promise<void>;
interface Actor {
  userId: string;
  now: number;
}

/**
 * Local effects of the case workspace's mutations, so a surveyor offline
 * sees the checklist, notice, complaint or survey they just recorded. The
 * service's own rows replace these when they sync down.
 */
export async function applyWorkspaceOptimistically(
  db: WorkstationDatabase,
  name: MutationName,
  args: MutationArgs<MutationName>,
  actor: Actor,
  touch: Touch,
): Promise<void> {
  switch (name) {
    case 'material.set':
      return setMaterial(db, args as MutationArgs<'material.set'>, actor, touch);
    case 'materials.notify':
      return notify(db, args as MutationArgs<'materials.notify'>, actor, touch);
    case 'complaint.record': {
      const c = args as MutationArgs<'complaint.record'>;
      const detail: Record<string, unknown> = {
        complaintId: c.complaintId,
        action: c.action,
        text: c.text,
        ...(c.action === 'opened' ? { complex: c.complex } : {}),
        ...(c.action === 'escalated' ? { stage: c.stage } : {}),
      };
      return addEvent(db, c.caseId, c.eventId, 'complaint', detail, actor, touch);
    }
    case 'survey.record': {
      const s = args as MutationArgs<'survey.record'>;
      const { eventId, caseId, ...survey } = s;
      await addEvent(db, caseId, eventId, 'survey', survey, actor, touch);
      await touch('cases', caseId);
      await db.cases.update(caseId, { state: 'FOLLOW_UP', updatedAt: actor.now });
      return;
    }
    case 'site-survey.submit': {
      const v = args as MutationArgs<'site-survey.submit'>;
      await touch('siteSurveys', v.surveyId);
      const existing = await db.siteSurveys.get(v.surveyId);
      await db.siteSurveys.put({
        id: v.surveyId,
        caseId: v.caseId,
        surveyorId: actor.userId,
        survey: v.survey,
        submittedAt: actor.now,
        rowVersion: existing?.rowVersion ?? 0,
      });
      return;
    }
    case 'photo.tag': {
      const p = args as MutationArgs<'photo.tag'>;
      const document = await db.documents.get(p.documentId);
      if (!document?.photo) return;
      await touch('documents', p.documentId);
      await db.documents.update(p.documentId, { photo: { ...document.photo, part: p.part } });
      return;
    }
    case 'document.classify': {
      const d = args as MutationArgs<'document.classify'>;
      await touch('documents', d.documentId);
      await db.documents.update(d.documentId, { docType: d.docType });
      return;
    }
    default:
      return;
  }
}

async function setMaterial(
  db: WorkstationDatabase,
  m: MutationArgs<'material.set'>,
  actor: Actor,
  touch: Touch,
): Promise<void> {
  const existing = (await caseRowsOf(db, 'caseMaterials', m.caseId)).find(
    (row) => row.itemCode === m.itemCode,
  );
  const id = existing?.id ?? `${m.caseId}:${m.itemCode}`;
  await touch('caseMaterials', id, m.caseId);
  await putCaseRow(db, 'caseMaterials', {
    id,
    caseId: m.caseId,
    itemCode: m.itemCode,
    status: m.status,
    documentId: m.documentId,
    reason: m.reason,
    updatedAt: actor.now,
    rowVersion: existing?.rowVersion ?? 0,
  });
}

async function notify(
  db: WorkstationDatabase,
  n: MutationArgs<'materials.notify'>,
  actor: Actor,
  touch: Touch,
): Promise<void> {
  const events = await caseRowsOf(db, 'caseEvents', n.caseId);
  await touch('caseContacts', n.contactId, n.caseId);
  await putCaseRow(db, 'caseContacts', {
    id: n.contactId,
    caseId: n.caseId,
    authorId: actor.userId,
    channel: n.channel,
    direction: 'outbound',
    outcome: '',
    nextStep: null,
    at: actor.now,
    notice: { kind: 'materials', items: n.items, round: reviewRound(events) },
    rowVersion: 0,
  });
  const record = await db.cases.get(n.caseId);
  if (record?.state === 'MATERIALS_REVIEW') {
    await touch('cases', n.caseId);
    await db.cases.update(n.caseId, { state: 'PENDING_MATERIALS', updatedAt: actor.now });
  }
}

/** A local case event, with the case's milestones folded forward so its clocks run offline too. */
async function addEvent(
  db: WorkstationDatabase,
  caseId: string,
  eventId: string,
  kind: EventRecord['kind'],
  detail: Record<string, unknown>,
  actor: Actor,
  touch: Touch,
): Promise<void> {
  await touch('caseEvents', eventId, caseId);
  const event: Stored<EventRecord> = {
    id: eventId,
    caseId,
    at: actor.now,
    actorId: actor.userId,
    kind,
    fromState: null,
    toState: null,
    reason: null,
    detail,
    rowVersion: 0,
  };
  await putCaseRow(db, 'caseEvents', event);
  const record = await db.cases.get(caseId);
  if (!record) return;
  const milestones = applyMilestoneEvent(record.milestones, event);
  if (milestones === record.milestones) return;
  await touch('cases', caseId);
  await db.cases.update(caseId, { milestones });
}
