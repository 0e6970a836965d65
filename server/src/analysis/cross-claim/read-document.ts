import type { DocumentPrint } from '@shared/analysis/cross-claim';
import type { BlobStore } from '../../blobs/blob-store';
import { readPrint } from '../prints/read-print';
import type { PendingDocument } from './pending';

/** Files above this are not read for a print: no invoice or photo a claim carries is this large. */
export const MAX_PRINT_BYTES = 64 * 1024 * 1024;

export type PrintOutcome = { print: DocumentPrint } | { problem: string };

/**
 * A document's print, or why there is none. A field photo is hashed from
 * its preview when it has one: the same picture, a fraction of the pixels
 * to decode. Reading stops waiting after `budgetMs`.
 */
export async function readDocumentPrint(
  blobs: BlobStore,
  { record, caseNumber }: PendingDocument,
  budgetMs: number,
): Promise<PrintOutcome> {
  const source = record.mediaType.startsWith('image/') && record.preview ? record.preview : record;
  if (source.size > MAX_PRINT_BYTES) return { problem: `too large to read (${source.size} bytes)` };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<PrintOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ problem: `not read within ${budgetMs} ms` }), budgetMs);
  });
  const reading = (async (): Promise<PrintOutcome> => {
    const bytes = await readAll(blobs, source.sha256);
    const print = await readPrint(bytes, {
      documentId: record.id,
      caseId: record.caseId,
      caseNumber,
      filedAt: record.createdAt,
      fileName: record.fileName,
      docType: record.docType,
      mediaType: record.mediaType,
    });
    return { print };
  })().catch((error: unknown) => ({
    problem: error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300),
  }));
  try {
    return await Promise.race([reading, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function readAll(blobs: BlobStore, sha256: string): Promise<Uint8Array> {
  const { stream } = await blobs.read(sha256);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.byteLength;
    if (size > MAX_PRINT_BYTES) {
      stream.destroy();
      throw new Error(`too large to read (over ${MAX_PRINT_BYTES} bytes)`);
    }
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
