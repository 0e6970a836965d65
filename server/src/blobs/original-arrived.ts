import { sql, type Kysely } from 'kysely';
import { DocumentRecord } from '@shared/sync/records';
import type { Database } from '../db/schema';
import type { PokeHub } from '../sync/pokes';
import { SyncWriter } from '../sync/writer';

/**
 * A field photo registered on its preview waits for its original. Once the
 * original's bytes are complete and declared for the document's case, the
 * document says so — through the change log, so workstations hear of it.
 * Runs under the sync lock, as registering does: a document is either
 * registered after this and sees the original, or is found here.
 */
export async function markOriginalsStored(writer: SyncWriter, sha256: string): Promise<number> {
  const waiting = await writer.trx
    .selectFrom('documents')
    .innerJoin('blobs', 'blobs.sha256', 'documents.sha256')
    .innerJoin('blob_cases', (join) =>
      join
        .onRef('blob_cases.case_id', '=', 'documents.case_id')
        .onRef('blob_cases.sha256', '=', 'documents.sha256'),
    )
    .select('documents.record')
    .where('documents.sha256', '=', sha256)
    .where('blobs.complete', '=', true)
    .where('documents.deleted', '=', false)
    .where(sql<string>`documents.record->>'originalStored'`, '=', 'false')
    .orderBy('documents.id')
    .execute();
  for (const row of waiting) {
    const document = DocumentRecord.parse(row.record);
    await writer.putSatellite(
      'documents',
      'document',
      { ...document, originalStored: true },
      { sha256: document.sha256 },
    );
  }
  return waiting.length;
}

/**
 * Marks a blob complete and, in the same transaction, the documents that
 * waited for it; pokes workstations when any changed.
 */
export async function commitCompleteBlob(
  deps: { db: Kysely<Database>; pokes: PokeHub },
  sha256: string,
  audit: (trx: Kysely<Database>) => Promise<void>,
): Promise<void> {
  let latest = 0;
  await deps.db.transaction().execute(async (trx) => {
    const writer = await SyncWriter.begin(trx);
    await trx.updateTable('blobs').set({ complete: true }).where('sha256', '=', sha256).execute();
    await markOriginalsStored(writer, sha256);
    await audit(trx);
    await deps.pokes.publish(trx, writer.latestSeq);
    latest = writer.latestSeq;
  });
  if (latest > 0) deps.pokes.committed(latest);
}

/**
 * An original already complete (uploaded for another case, or by another
 * device) and now declared for this one never travels again, so declaring it
 * is when its documents here learn it arrived.
 */
export async function originalDeclared(
  deps: { db: Kysely<Database>; pokes: PokeHub },
  sha256: string,
): Promise<void> {
  let latest = 0;
  await deps.db.transaction().execute(async (trx) => {
    const writer = await SyncWriter.begin(trx);
    await markOriginalsStored(writer, sha256);
    await deps.pokes.publish(trx, writer.latestSeq);
    latest = writer.latestSeq;
  });
  if (latest > 0) deps.pokes.committed(latest);
}
