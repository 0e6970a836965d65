import type { DamagePart } from '@shared/domain/site-survey';
import { uuidv7 } from '@shared/lib/uuidv7';
import { contentMismatch, type FileProblem } from '../../analysis/file-problems';
import { photoFacts } from '../../analysis/photo-facts';
import { database } from '../../data/db';
import { isQuotaExceeded } from '../../data/quota';
import { photoCopies } from '../../lib/image/photo-copies';
import { sha256Hex } from '../../lib/sha256';
import { keepForUpload } from '../../sync/keep-for-upload';
import type { useSync } from '../../sync/sync-context';

type Queue = ReturnType<typeof useSync>['queue'];

export interface PhotoProblem {
  fileName: string;
  problem: FileProblem;
}

export interface ImportOptions {
  part: DamagePart | null;
  /** A photo taken in the app has no EXIF: the capture time is known first-hand. */
  capturedAt?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Field photos: each is kept whole on the device, with a thumbnail for the
 * list and a preview that is uploaded first, so the office sees the scene
 * minutes after a signal returns; the original follows. The document names
 * what the photo's EXIF says of its time and place, for the checks.
 */
export async function importFieldPhotos(
  queue: Queue,
  caseId: string,
  files: readonly File[],
  options: ImportOptions,
): Promise<PhotoProblem[]> {
  const problems: PhotoProblem[] = [];
  let done = 0;
  for (const file of files) {
    try {
      const problem = await importOne(queue, caseId, file, options);
      if (problem) problems.push({ fileName: file.name, problem });
    } catch (error) {
      problems.push({
        fileName: file.name,
        problem: isQuotaExceeded(error) ? 'storage-full' : 'unreadable',
      });
    }
    options.onProgress?.(++done, files.length);
  }
  return problems;
}

async function importOne(
  queue: Queue,
  caseId: string,
  file: File,
  options: ImportOptions,
): Promise<FileProblem | null> {
  if (file.size === 0) return 'empty';
  const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
  if (!file.type.startsWith('image/') || contentMismatch(file.type, head))
    return 'not-what-it-says';
  const bytes = new Uint8Array(await file.arrayBuffer());
  const [sha256, copies] = await Promise.all([sha256Hex(bytes.buffer), photoCopies(file)]);
  const previewSha256 = await sha256Hex(await copies.preview.blob.arrayBuffer());
  const documentId = uuidv7();
  const facts = await photoFacts(bytes, {
    documentId,
    fileName: file.name,
    docType: 'damage-photo',
  });
  const now = Date.now();
  await database.thumbnails.put({ sha256, bytes: copies.thumbnail.blob });
  await keepForUpload(
    {
      sha256: previewSha256,
      bytes: copies.preview.blob,
      caseId,
      fileName: `${file.name} (preview)`,
      mediaType: 'image/jpeg',
      phase: 'first',
    },
    now,
  );
  await keepForUpload(
    {
      sha256,
      bytes: new Blob([bytes], { type: file.type }),
      caseId,
      fileName: file.name,
      mediaType: file.type,
      phase: 'later',
    },
    now,
  );
  await queue('document.register', {
    documentId,
    caseId,
    sha256,
    fileName: file.name,
    mediaType: file.type,
    size: file.size,
    docType: 'damage-photo',
    photo: {
      part: options.part,
      takenAt: facts.takenAt ?? options.capturedAt ?? null,
      lat: facts.latitude,
      lng: facts.longitude,
    },
    preview: { sha256: previewSha256, size: copies.preview.blob.size },
  });
  return null;
}
