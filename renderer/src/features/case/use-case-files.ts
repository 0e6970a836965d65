import { useLiveQuery } from 'dexie-react-hooks';
import { database, type UploadRow } from '../../data/db';

/** The case's uploads on this device, by file fingerprint. */
export function useUploadsByHash(caseId: string): Map<string, UploadRow> {
  return useLiveQuery(
    async () =>
      new Map(
        (await database.uploads.where('caseId').equals(caseId).toArray()).map((u) => [u.sha256, u]),
      ),
    [caseId],
    new Map<string, UploadRow>(),
  );
}

/** How many open flags point at each of the case's documents. */
export function useOpenFlagsByDocument(caseId: string): Map<string, number> {
  return useLiveQuery(
    async () => {
      const counts = new Map<string, number>();
      for (const f of await database.flags.where('caseId').equals(caseId).toArray())
        if (f.verdict === 'open' && f.documentId)
          counts.set(f.documentId, (counts.get(f.documentId) ?? 0) + 1);
      return counts;
    },
    [caseId],
    new Map<string, number>(),
  );
}
