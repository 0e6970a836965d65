import type { UploadPhase } from '../data/db';
import { database } from '../data/db';
import { sealFile } from '../data/sealing/sealed-files';

export interface FileToUpload {
  sha256: string;
  bytes: Blob;
  caseId: string;
  fileName: string;
  mediaType: string;
  phase?: UploadPhase;
}

/**
 * Keeps a file's bytes on this device, pinned until the service has them,
 * and queues its upload; a file already kept or queued is left as it is.
 */
export async function keepForUpload(file: FileToUpload, now = Date.now()): Promise<void> {
  const sealed = await sealFile(file.bytes, file.sha256);
  await database.transaction('rw', [database.blobs, database.uploads], async () => {
    if (!(await database.blobs.get(file.sha256))) {
      await database.blobs.put({
        sha256: file.sha256,
        ...sealed,
        size: file.bytes.size,
        lastUsedAt: now,
        pinned: 1,
      });
    }
    if (!(await database.uploads.get(file.sha256))) {
      await database.uploads.put({
        sha256: file.sha256,
        caseId: file.caseId,
        fileName: file.fileName,
        mediaType: file.mediaType,
        size: file.bytes.size,
        received: 0,
        state: 'queued',
        error: null,
        createdAt: now,
        ...(file.phase ? { phase: file.phase } : {}),
      });
    }
  });
}
