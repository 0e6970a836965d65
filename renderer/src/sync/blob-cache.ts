import type { DocumentRecord } from '@shared/sync/records';
import type { WorkstationDatabase } from '../data/db';
import { openFile, sealFile } from '../data/sealing/sealed-files';
import { sha256Hex } from '../lib/sha256';
import type { CentralClient } from './central-client';
import { evictBlobCache } from './uploads';

/** Downloaded files kept on this device beyond this are evicted, least recently opened first. */
export const BLOB_CACHE_BUDGET_BYTES = 512 * 1024 * 1024;

export class FileUnavailableError extends Error {}

/**
 * A case file's bytes: from this device when it holds them, else downloaded
 * once, checked against the fingerprint the case names and kept for next
 * time. A download that does not match is refused, never cached or shown.
 */
/**
 * What to show for a document: the original when this device holds it or
 * the service has it, otherwise the preview a field photo was sent ahead with.
 */
export async function viewableFile(
  db: WorkstationDatabase,
  doc: Pick<DocumentRecord, 'sha256' | 'mediaType' | 'preview' | 'originalStored'>,
): Promise<{ sha256: string; mediaType: string }> {
  if (doc.originalStored || !doc.preview) return doc;
  if ((await db.blobs.where('sha256').equals(doc.sha256).count()) > 0) return doc;
  return { sha256: doc.preview.sha256, mediaType: 'image/jpeg' };
}

export async function fileBytes(
  db: WorkstationDatabase,
  central: CentralClient | null,
  file: { sha256: string; mediaType: string },
  options: { now?: number; budgetBytes?: number } = {},
): Promise<Blob> {
  const now = options.now ?? Date.now();
  const cached = await db.blobs.get(file.sha256);
  if (cached) {
    await db.blobs.update(file.sha256, { lastUsedAt: now });
    return openFile(cached, file.mediaType);
  }
  if (!central)
    throw new FileUnavailableError(
      'This file is not on this device yet; it downloads when you are online.',
    );
  const bytes = await central.getBytes(`/api/blobs/${file.sha256}`);
  if ((await sha256Hex(bytes)) !== file.sha256)
    throw new FileUnavailableError(
      'The downloaded file does not match the fingerprint on the case; it was not opened.',
    );
  const blob = new Blob([bytes], { type: file.mediaType });
  await db.blobs.put({
    sha256: file.sha256,
    ...(await sealFile(blob, file.sha256)),
    size: bytes.byteLength,
    lastUsedAt: now,
    pinned: 0,
  });
  await evictBlobCache(db, options.budgetBytes ?? BLOB_CACHE_BUDGET_BYTES, file.sha256);
  return blob;
}
