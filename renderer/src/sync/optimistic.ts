import type { MutationArgs, MutationName } from '@shared/sync/mutations';
import type { WorkstationDatabase } from '../data/db';

/**
 * What a queued mutation looks like locally before the server answers. The
 * server's version replaces it when it syncs down (a higher rowVersion), so
 * these only need to be right for the user's own view in the meantime.
 */
export async function applyOptimistically<N extends MutationName>(
  db: WorkstationDatabase,
  name: N,
  args: MutationArgs<N>,
  actor: { userId: string; teamId: string | null; now: number },
): Promise<void> {
  const a = args as MutationArgs<MutationName>;
  switch (name) {
    case 'note.add': {
      const n = a as MutationArgs<'note.add'>;
      await db.notes.put({
        id: n.noteId,
        caseId: n.caseId,
        authorId: actor.userId,
        body: n.body,
        mentions: n.mentions,
        createdAt: actor.now,
        rowVersion: 0,
      });
      return;
    }
    case 'contact.add': {
      const c = a as MutationArgs<'contact.add'>;
      await db.contacts.put({
        id: c.contactId,
        caseId: c.caseId,
        authorId: actor.userId,
        channel: c.channel,
        direction: c.direction,
        outcome: c.outcome,
        nextStep: c.nextStep,
        at: c.at,
        rowVersion: 0,
      });
      return;
    }
    case 'case.update': {
      const u = a as MutationArgs<'case.update'>;
      await db.cases.update(u.caseId, { ...u.fields, updatedAt: actor.now });
      return;
    }
    case 'case.transition': {
      const t = a as MutationArgs<'case.transition'>;
      await db.cases.update(t.caseId, { state: t.to, updatedAt: actor.now });
      return;
    }
    case 'case.assign': {
      const s = a as MutationArgs<'case.assign'>;
      await db.cases.update(s.caseId, { assigneeId: s.assigneeId, updatedAt: actor.now });
      return;
    }
    case 'case.reserve': {
      const r = a as MutationArgs<'case.reserve'>;
      await db.cases.update(r.caseId, { reservedFen: r.reservedFen, updatedAt: actor.now });
      return;
    }
    case 'flag.verdict': {
      const v = a as MutationArgs<'flag.verdict'>;
      await db.flags.update(v.flagId, {
        verdict: v.verdict,
        verdictReason: v.reason,
        verdictBy: actor.userId,
        verdictAt: actor.now,
      });
      return;
    }
    case 'conflict.resolve': {
      const r = a as MutationArgs<'conflict.resolve'>;
      await db.conflicts.update(r.conflictId, { resolution: r.resolution });
      return;
    }
    case 'case.create': {
      const c = a as MutationArgs<'case.create'>;
      await db.cases.put({
        id: c.caseId,
        caseNumber: null,
        provisionalNumber: c.provisionalNumber,
        line: c.line,
        state: 'REPORTED',
        customer: {
          id: `local:${c.caseId}`,
          name: c.customer.name,
          kind: c.customer.kind,
          idNumber: c.customer.idNumber,
          phone: c.customer.phone,
          preferredChannel: 'sms',
        },
        policy: null,
        claimedFen: c.claimedFen,
        reservedFen: 0,
        paidFen: 0,
        assigneeId: actor.userId,
        teamId: actor.teamId,
        dedicatedAdvisorId: null,
        greenChannel: false,
        disaster: false,
        complex: false,
        lossAt: c.lossAt,
        reportedAt: c.reportedAt,
        lossLocation: c.lossLocation,
        lossLat: c.lossLat,
        lossLng: c.lossLng,
        description: c.description,
        createdAt: actor.now,
        updatedAt: actor.now,
        rowVersion: 0,
      });
      return;
    }
    case 'document.register': {
      const d = a as MutationArgs<'document.register'>;
      await db.documents.put({
        id: d.documentId,
        caseId: d.caseId,
        sha256: d.sha256,
        fileName: d.fileName,
        mediaType: d.mediaType,
        size: d.size,
        docType: d.docType,
        extractionStatus: 'pending',
        uploadedBy: actor.userId,
        createdAt: actor.now,
        rowVersion: 0,
      });
      return;
    }
    default:
      // Flags raised, calculations and materials appear when the server confirms them.
      return;
  }
}
