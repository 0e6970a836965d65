import { sql } from 'kysely';
import { calculateParsed, CalculationInput } from '@shared/calc';
import { describeIssues } from '@shared/lib/zod-issues';
import { ConflictRecord } from '@shared/sync/records';
import type { MutationArgs } from '@shared/sync/mutations';
import {
  baseVersion,
  caseForWrite,
  isOutcome,
  refuseExisting,
  recordConflict,
  recordEvent,
  reject,
  type CaseRow,
  type MutationContext,
  type Outcome,
} from './context';

/** Calculations are immutable versions: saving never overwrites, it numbers the next one. */
export async function saveCalculation(
  ctx: MutationContext,
  args: MutationArgs<'calculation.save'>,
): Promise<Outcome> {
  const row = await caseForWrite(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  const duplicate = await refuseExisting(ctx, 'calculations', args.calculationId, 'calculation');
  if (duplicate) return duplicate;
  const parsed = CalculationInput.safeParse(args.input);
  if (!parsed.success) return reject('invalid-calculation', describeIssues(parsed.error));
  if (parsed.data.line !== row.line)
    return reject(
      'invalid-calculation',
      `A ${parsed.data.line} calculation cannot be saved on a ${row.line} case.`,
    );
  // The stored result is the service's own: a workstation's number is only checked against it.
  const result = calculateParsed(parsed.data);
  if (result.payableFen !== args.payableFen)
    return reject(
      'calculation-mismatch',
      `The service calculates ${result.payableFen} fen, not ${args.payableFen}; recalculate with the current rules.`,
    );
  const { rows } = await sql<{ version: number }>`
    select coalesce(max(version), 0) + 1 as version from calculations where case_id = ${row.id}`.execute(
    ctx.writer.trx,
  );
  const version = Number(rows[0]?.version ?? 1);
  await ctx.writer.putSatellite(
    'calculations',
    'calculation',
    {
      id: args.calculationId,
      caseId: row.id,
      version,
      input: parsed.data,
      provenance: args.provenance,
      result,
      payableFen: result.payableFen,
      createdBy: ctx.actor.id,
      createdAt: ctx.writer.now,
    },
    { version },
  );
  await recordEvent(ctx, row.id, {
    kind: 'calculation',
    detail: { calculationId: args.calculationId, version, payableFen: args.payableFen },
  });
  return { status: 'applied', output: { version } };
}

/** A checklist item's status; the same item edited on two devices merges as last-writer-with-conflict. */
export async function setMaterial(
  ctx: MutationContext,
  args: MutationArgs<'material.set'>,
): Promise<Outcome> {
  const row = await caseForWrite(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  if (args.status === 'rejected' && !args.reason?.trim())
    return reject('reason-required', 'A rejected item needs a reason.');
  if (args.documentId !== null && !(await documentUsable(ctx, row, args.documentId)))
    return reject(
      'document-not-found',
      `No document ${args.documentId} on this case or on an earlier claim of the same customer.`,
    );
  // One row per item: found by its code, since rows seeded or written by older
  // versions carry other ids than the one derived here.
  const existing = await ctx.writer.trx
    .selectFrom('materials')
    .select(['id', 'row_version', 'record'])
    .where('case_id', '=', row.id)
    .where('item_code', '=', args.itemCode)
    .executeTakeFirst();
  const id = existing?.id ?? `${row.id}:${args.itemCode}`;
  const base = baseVersion(ctx, 'material', id);
  if (existing && base !== undefined && existing.row_version > base) {
    const conflictId = await recordConflict(ctx, row, {
      entity: 'material',
      entityId: id,
      field: 'status',
      mine: args,
      theirs: existing.record,
      reason: 'material-changed',
    });
    return {
      status: 'conflict',
      reason: 'material-changed',
      message: 'This checklist item was changed by someone else first.',
      conflictIds: [conflictId],
    };
  }
  await ctx.writer.putSatellite(
    'materials',
    'material',
    {
      id,
      caseId: row.id,
      itemCode: args.itemCode,
      status: args.status,
      documentId: args.documentId,
      reason: args.reason,
      updatedAt: ctx.writer.now,
    },
    { item_code: args.itemCode },
  );
  return { status: 'applied' };
}

/**
 * A checklist item may point at a document of this case, or reuse one already
 * on file from another claim of the same customer (domain.md §5).
 */
async function documentUsable(
  ctx: MutationContext,
  row: CaseRow,
  documentId: string,
): Promise<boolean> {
  const found = await ctx.writer.trx
    .selectFrom('documents')
    .innerJoin('cases', 'cases.id', 'documents.case_id')
    .select(['documents.case_id', 'cases.customer_id'])
    .where('documents.id', '=', documentId)
    .where('documents.deleted', '=', false)
    .executeTakeFirst();
  return found !== undefined && (found.case_id === row.id || found.customer_id === row.customer_id);
}

/**
 * Metadata of a file whose bytes were uploaded (and verified by hash) before
 * it. A field photo may come with a preview instead: then the preview must be
 * here, and the original may follow later (blobs/original-arrived.ts marks
 * the document when it does).
 */
export async function registerDocument(
  ctx: MutationContext,
  args: MutationArgs<'document.register'>,
): Promise<Outcome> {
  const row = await caseForWrite(ctx, args.caseId, args);
  if (isOutcome(row)) return row;
  const original = await caseBlob(ctx, row.id, args.sha256);
  const required = args.preview ?? { sha256: args.sha256, size: args.size };
  const blob = args.preview ? await caseBlob(ctx, row.id, args.preview.sha256) : original;
  // Without a preview, the answers are word for word what they were before previews existed.
  const named = args.preview ? `The preview of ${args.fileName}` : args.fileName;
  if (!blob?.complete)
    return reject(
      'blob-not-uploaded',
      `${args.preview ? named : `The file ${named}`} has not been uploaded for this case yet.`,
    );
  if (blob.size !== required.size)
    return reject(
      'size-mismatch',
      `${named}: declared ${required.size} bytes, uploaded ${blob.size}.`,
    );
  // An original already here must still be the size the metadata says.
  if (args.preview && original?.complete && original.size !== args.size)
    return reject(
      'size-mismatch',
      `${args.fileName}: declared ${args.size} bytes, uploaded ${original.size}.`,
    );
  const duplicate = await refuseExisting(ctx, 'documents', args.documentId, 'document');
  if (duplicate) return duplicate;
  await ctx.writer.putSatellite(
    'documents',
    'document',
    {
      id: args.documentId,
      caseId: row.id,
      sha256: args.sha256,
      fileName: args.fileName,
      mediaType: args.mediaType,
      size: args.size,
      docType: args.docType,
      extractionStatus: 'pending',
      uploadedBy: ctx.actor.id,
      createdAt: ctx.writer.now,
      photo: args.photo,
      preview: args.preview,
      originalStored: original?.complete === true,
    },
    { sha256: args.sha256 },
  );
  await recordEvent(ctx, row.id, { kind: 'document', detail: { documentId: args.documentId } });
  return { status: 'applied' };
}

/** A blob declared for this case, read under the sync lock (see blobs/original-arrived.ts). */
function caseBlob(ctx: MutationContext, caseId: string, sha256: string) {
  return ctx.writer.trx
    .selectFrom('blobs')
    .innerJoin('blob_cases', 'blob_cases.sha256', 'blobs.sha256')
    .select(['blobs.size', 'blobs.complete'])
    .where('blobs.sha256', '=', sha256)
    .where('blob_cases.case_id', '=', caseId)
    .executeTakeFirst();
}

/** Closing a conflict is itself a synced change; the chosen value is applied by the mutation that follows it. */
export async function resolveConflict(
  ctx: MutationContext,
  args: MutationArgs<'conflict.resolve'>,
): Promise<Outcome> {
  const stored = await ctx.writer.trx
    .selectFrom('conflicts')
    .select(['case_id', 'record'])
    .where('id', '=', args.conflictId)
    .executeTakeFirst();
  if (!stored) return reject('conflict-not-found', `No conflict ${args.conflictId}.`);
  const row = await caseForWrite(ctx, stored.case_id, args);
  if (isOutcome(row)) return row;
  const conflict = ConflictRecord.parse(stored.record);
  if (conflict.resolution !== 'open') return { status: 'applied' };
  await ctx.writer.putSatellite('conflicts', 'conflict', {
    ...conflict,
    resolution: args.resolution,
  });
  return { status: 'applied' };
}
