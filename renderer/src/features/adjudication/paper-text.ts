import type { DocumentRecord } from '@shared/sync/records';
import { database } from '../../data/db';
import { pdfFileTexts } from '../../lib/pdf';
import { fileBytes } from '../../sync/blob-cache';
import type { CentralClient } from '../../sync/central-client';

/** Reads a case paper's text: from the device's file cache, or downloaded once; parsed in pdf.js's worker. */
export function paperTextReader(central: CentralClient) {
  return async (document: DocumentRecord): Promise<string> => {
    const file = await fileBytes(database, central, document);
    return (await pdfFileTexts(await file.arrayBuffer())).join('\n');
  };
}
