import { uuidv7 } from '@shared/lib/uuidv7';
import { isQuotaExceeded } from '../../data/quota';
import { keepForUpload } from '../../sync/keep-for-upload';
import type { useSync } from '../../sync/sync-context';
import { sha256Hex } from '../../lib/sha256';
import { contentMismatch, type FileProblem } from '../../analysis/file-problems';

type Queue = ReturnType<typeof useSync>['queue'];

/** The largest file a case accepts; larger ones are refused here with a clear message. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** A file that was not attached, and why. */
export interface AttachProblem {
  fileName: string;
  problem: FileProblem;
  detail: string | null;
}

/**
 * Keeps the file's bytes on this device (pinned until uploaded), queues its
 * upload and the document's metadata; works offline, and the bytes reach
 * the service before the metadata does. An empty, oversized or mislabelled
 * file is refused with its reason; the others are attached regardless.
 */
export async function attachFiles(
  queue: Queue,
  caseId: string,
  files: readonly File[],
): Promise<AttachProblem[]> {
  const problems: AttachProblem[] = [];
  const refuse = (file: File, problem: FileProblem, detail: string | null = null) =>
    problems.push({ fileName: file.name, problem, detail });
  for (const file of files) {
    if (file.size === 0) {
      refuse(file, 'empty');
      continue;
    }
    if (file.size > MAX_FILE_BYTES) {
      refuse(file, 'too-large');
      continue;
    }
    if (
      contentMismatch(mediaTypeOf(file), new Uint8Array(await file.slice(0, 1024).arrayBuffer()))
    ) {
      refuse(file, 'not-what-it-says');
      continue;
    }
    try {
      await attachOne(queue, caseId, file);
    } catch (error) {
      if (isQuotaExceeded(error)) refuse(file, 'storage-full');
      else refuse(file, 'unreadable', error instanceof Error ? error.message : String(error));
    }
  }
  return problems;
}

const mediaTypeOf = (file: File) => file.type || 'application/octet-stream';

async function attachOne(queue: Queue, caseId: string, file: File): Promise<void> {
  const bytes = await file.arrayBuffer();
  const sha256 = await sha256Hex(bytes);
  const mediaType = mediaTypeOf(file);
  const now = Date.now();
  await keepForUpload(
    {
      sha256,
      bytes: new Blob([bytes], { type: mediaType }),
      caseId,
      fileName: file.name,
      mediaType,
    },
    now,
  );
  await queue('document.register', {
    documentId: uuidv7(now),
    caseId,
    sha256,
    fileName: file.name,
    mediaType,
    size: file.size,
    docType: mediaType.startsWith('image/') ? 'damage-photo' : null,
    photo: null,
    preview: null,
  });
}
