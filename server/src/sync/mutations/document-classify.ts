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
export async function classifyDocument(
  ctx: MutationContext,
  args: MutationArgs<'document.classify'>,
): Promise<Outcome> {
  const stored = await ctx.writer.trx
    .selectFrom('documents')
    .select(['case_id', 'deleted', 'record'])
    .where('id', '=', args.documentId)
    .executeTakeFirst();
  if (!stored) return reject('document-not-found', `No document ${args.documentId}.`);
  // The document's case decides who may classify it, as for any write to the case.
  const row = await caseForWrite(ctx, stored.case_id, args);
  if (isOutcome(row)) return row;
  if (stored.deleted) {
    const conflictId = await recordConflict(ctx, row, {
      entity: 'document',
      entityId: args.documentId,
      field: 'docType',
      mine: args,
      theirs: null,
      reason: 'edit-of-deleted',
    });
    return {
      status: 'conflict',
      reason: 'edit-of-deleted',
      message: 'The document was deleted on the server; your classification is kept as a conflict.',
      conflictIds: [conflictId],
    };
  }
  const document = DocumentRecord.parse(stored.record);
  await ctx.writer.putSatellite(
    'documents',
    'document',
    { ...document, docType: args.docType },
    { sha256: document.sha256 },
  );
  await recordEvent(ctx, row.id, {
    kind: 'document',
    detail: { documentId: args.documentId, docType: args.docType },
  });
  return { status: 'applied' };
}
