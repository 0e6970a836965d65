import type { MutationArgs } from '@shared/sync/mutations';
import { DocumentRecord } from '@shared/sync/records';
import {
  caseForWrite,
  isOutcome,
  recordConflict,
  recordEvent,
  reject,
  type MutationContext,
  type Outcome,
} from './context';

/** The adjuster confirms what kind of paper a document is; only a confirmed type is stored. */
export function classifyDocument(
  ctx: MutationContext,
  args: MutationArgs<'document.classify'>,
): Promise<Outcome> {
  return editDocument(ctx, args.documentId, 'docType', args, (document) => ({
    ...document,
    docType: args.docType,
  }));
}

/** The surveyor tags (or re-tags) a field photo with the damaged part it shows. */
export function tagPhoto(ctx: MutationContext, args: MutationArgs<'photo.tag'>): Promise<Outcome> {
  return editDocument(ctx, args.documentId, 'photo.part', args, (document) =>
    document.photo
      ? { ...document, photo: { ...document.photo, part: args.part } }
      : 'Only a field photo is tagged with the damaged part it shows.',
  );
}

/**
 * One change to a document's record, by whoever may write to its case; an
 * edit of a document deleted meanwhile is kept as a conflict, not lost.
 */
async function editDocument(
  ctx: MutationContext,
  documentId: string,
  field: string,
  args: Record<string, unknown>,
  change: (document: DocumentRecord) => DocumentRecord | string,
): Promise<Outcome> {
  const stored = await ctx.writer.trx
    .selectFrom('documents')
    .select(['case_id', 'deleted', 'record'])
    .where('id', '=', documentId)
    .executeTakeFirst();
  if (!stored) return reject('document-not-found', `No document ${documentId}.`);
  // The document's case decides who may change it, as for any write to the case.
  const row = await caseForWrite(ctx, stored.case_id, args);
  if (isOutcome(row)) return row;
  if (stored.deleted) {
    const conflictId = await recordConflict(ctx, row, {
      entity: 'document',
      entityId: documentId,
      field,
      mine: args,
      theirs: null,
      reason: 'edit-of-deleted',
    });
    return {
      status: 'conflict',
      reason: 'edit-of-deleted',
      message: 'The document was deleted on the server; your change is kept as a conflict.',
      conflictIds: [conflictId],
    };
  }
  const changed = change(DocumentRecord.parse(stored.record));
  if (typeof changed === 'string') return reject('not-a-photo', changed);
  await ctx.writer.putSatellite('documents', 'document', changed, { sha256: changed.sha256 });
  await recordEvent(ctx, row.id, { kind: 'document', detail: { documentId, ...detailOf(args) } });
  return { status: 'applied' };
}

/** What the history shows of the change: the new type or part, never the whole record. */
function detailOf(args: Record<string, unknown>): Record<string, unknown> {
  const { documentId: _id, ...rest } = args;
  return rest;
}
