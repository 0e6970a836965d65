import type { OutboxEntry } from '@shared/sync/outbox';
import type { WorkstationDatabase } from '../data/db';

/** The file a document's metadata needs on the service first: its preview if it has one. */
function fileNeeded(entry: OutboxEntry): string | null {
  if (entry.name !== 'document.register' || typeof entry.args !== 'object' || entry.args === null)
    return null;
  const args = entry.args as { sha256?: unknown; preview?: { sha256?: unknown } | null };
  const sha256 = args.preview?.sha256 ?? args.sha256;
  return typeof sha256 === 'string' ? sha256 : null;
}

/**
 * How many entries, from the start, can be pushed now: up to the first
 * document whose file is still queued here. That happens when a case made
 * offline is pushed in the same cycle as its photos: the service must have
 * the case before it takes the photos, and the photos before their documents.
 * A file that failed for good does not hold anything back: its document is
 * pushed, refused and shown to its author.
 */
export async function pushableCount(
  db: WorkstationDatabase,
  batch: readonly OutboxEntry[],
): Promise<number> {
  for (const [index, entry] of batch.entries()) {
    const sha256 = fileNeeded(entry);
    if (sha256 === null) continue;
    const upload = await db.uploads.get(sha256);
    if (upload && (upload.state === 'queued' || upload.state === 'uploading')) return index;
  }
  return batch.length;
}

/** Files of cases the service does not know yet wait for the case to be pushed. */
export async function casesOnService(
  db: WorkstationDatabase,
  caseIds: readonly string[],
): Promise<Set<string>> {
  const unique = [...new Set(caseIds)];
  const cases = await db.cases.bulkGet(unique);
  return new Set(unique.filter((_, i) => (cases[i]?.rowVersion ?? 1) > 0));
}
