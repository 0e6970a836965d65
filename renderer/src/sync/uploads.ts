import { z } from 'zod';
import { openFile } from '../data/sealing/sealed-files';
import type { UploadPhase, UploadRow, WorkstationDatabase } from '../data/db';
import { CentralError, type CentralClient } from './central-client';
import { syncErrorFor } from './transport';
import { casesOnService } from './waiting-on-files';

export const UPLOAD_CHUNK_BYTES = 1024 * 1024;

const BlobStatus = z.object({
  sha256: z.string(),
  size: z.number().int(),
  received: z.number().int(),
  complete: z.boolean(),
});

export interface UploadProgress {
  sha256: string;
  fileName: string;
  received: number;
  size: number;
}

/**
 * Uploads queued files before the metadata that references them
 * (architecture §5 rule 8): declared for their case, sent in chunks from the
 * offset the service confirms, so a dropped connection or an app restart
 * resumes where it stopped. A finished file is unpinned from the local cache.
 */
export async function uploadQueuedFiles(
  db: WorkstationDatabase,
  central: CentralClient,
  onProgress: (progress: UploadProgress) => void = () => undefined,
  phase: UploadPhase | 'all' = 'all',
): Promise<void> {
  const queued = await db.uploads.where('state').anyOf('queued', 'uploading', 'failed').toArray();
  const known = await casesOnService(
    db,
    queued.map((u) => u.caseId),
  );
  const inPhase = queued
    .filter((u) => known.has(u.caseId) && (phase === 'all' || (u.phase ?? 'first') === phase))
    .sort((a, b) => a.createdAt - b.createdAt);
  for (const upload of inPhase) await uploadOne(db, central, upload, onProgress);
}

async function uploadOne(
  db: WorkstationDatabase,
  central: CentralClient,
  upload: UploadRow,
  onProgress: (p: UploadProgress) => void,
): Promise<void> {
  const kept = await db.blobs.get(upload.sha256);
  if (!kept) {
    await db.uploads.update(upload.sha256, {
      state: 'failed',
      error: 'The file is no longer on this device.',
    });
    return;
  }
  const bytesOfFile = await openFile(kept);
  try {
    let status = await central.post(
      '/api/blobs',
      {
        sha256: upload.sha256,
        size: upload.size,
        mediaType: upload.mediaType,
        caseId: upload.caseId,
      },
      BlobStatus,
    );
    await db.uploads.update(upload.sha256, {
      state: 'uploading',
      received: status.received,
      error: null,
    });
    while (!status.complete) {
      const start = status.received;
      const end = Math.min(upload.size, start + UPLOAD_CHUNK_BYTES);
      const bytes = new Uint8Array(await bytesOfFile.slice(start, end).arrayBuffer());
      status = await central
        .putBytes(
          `/api/blobs/${upload.sha256}`,
          bytes,
          { 'content-range': `bytes ${start}-${end - 1}/${upload.size}` },
          BlobStatus,
        )
        .catch(async (error: unknown) => {
          // Another attempt got further (or less far) than we knew: ask, and go on from there.
          if (error instanceof CentralError && error.status === 409)
            return central.get(`/api/blobs/${upload.sha256}/status`, BlobStatus);
          throw error;
        });
      await db.uploads.update(upload.sha256, { received: status.received });
      onProgress({
        sha256: upload.sha256,
        fileName: upload.fileName,
        received: status.received,
        size: upload.size,
      });
    }
    await db.transaction('rw', [db.uploads, db.blobs], async () => {
      await db.uploads.update(upload.sha256, { state: 'done', received: upload.size, error: null });
      await db.blobs.update(upload.sha256, { pinned: 0 });
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.uploads.update(upload.sha256, { state: 'failed', error: message });
    if (error instanceof CentralError) {
      const status =
        typeof error.status === 'number'
          ? error.status
          : error.status === 'unreachable'
            ? null
            : 500;
      throw syncErrorFor(status, `${upload.fileName}: ${message}`);
    }
    throw error;
  }
}

/**
 * Files stay until uploaded; uploaded ones are evicted oldest-used first
 * above the budget, except `keep` (the file being opened).
 */
export async function evictBlobCache(
  db: WorkstationDatabase,
  budgetBytes: number,
  keep: string | null = null,
): Promise<number> {
  const unpinned = await db.blobs.where('pinned').equals(0).sortBy('lastUsedAt');
  let total = (await db.blobs.toArray()).reduce((sum, b) => sum + b.size, 0);
  let evicted = 0;
  for (const blob of unpinned) {
    if (total <= budgetBytes) break;
    if (blob.sha256 === keep) continue;
    await db.blobs.delete(blob.sha256);
    total -= blob.size;
    evicted++;
  }
  return evicted;
}
