import type { Finding } from '@shared/analysis/facts';
import type { FlagRecord } from '@shared/sync/records';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { SyncWriter } from '../sync/writer';

export interface FlagToPut extends Finding {
  caseId: string;
  detector: string;
  detectorVersion: string;
}

/** Writes a new open flag raised by the service or an outside detector; it syncs like any flag. */
export async function putFlag(
  writer: SyncWriter,
  flag: FlagToPut,
  source: Exclude<FlagRecord['source'], 'workstation'>,
): Promise<string> {
  const id = uuidv7(writer.now);
  await writer.putSatellite('flags', 'flag', {
    ...flag,
    id,
    source,
    verdict: 'open',
    verdictReason: null,
    verdictBy: null,
    verdictAt: null,
    createdAt: writer.now,
  });
  return id;
}
