import type { Kysely, Transaction } from 'kysely';
import { CROSS_CLAIM_DETECTOR } from '@shared/analysis/cross-claim';
import type { Finding } from '@shared/analysis/facts';
import { FlagRecord } from '@shared/sync/records';
import { appendAuditEntries, type AuditEntry } from '../../audit/audit-log';
import type { Database } from '../../db/schema';
import type { PokeHub } from '../../sync/pokes';
import { SyncWriter } from '../../sync/writer';
import { putFlag } from '../put-flag';

/**
 * Runs `write` and raises `findings` as flags in one transaction, so a
 * print or review is never stored without its flags (nor the other way).
 * A finding already flagged by these detectors on the same case and file is
 * not raised again: a dismissal stands when the claim is judged again.
 */
export async function withFindings(
  deps: { db: Kysely<Database>; pokes: PokeHub },
  write: (trx: Transaction<Database>) => Promise<void>,
  findings: readonly (Finding & { caseId: string })[],
): Promise<number> {
  let latest = 0;
  const raised = await deps.db.transaction().execute(async (trx) => {
    await write(trx);
    if (findings.length === 0) return 0;
    const writer = await SyncWriter.begin(trx);
    const audit: AuditEntry[] = [];
    for (const found of findings) {
      if (await alreadyFlagged(trx, found)) continue;
      const flagId = await putFlag(
        writer,
        {
          ...found,
          detector: CROSS_CLAIM_DETECTOR.name,
          detectorVersion: CROSS_CLAIM_DETECTOR.version,
        },
        'central',
      );
      audit.push({
        actor: `service:${CROSS_CLAIM_DETECTOR.name}`,
        action: 'analysis:flags',
        entity: 'flag',
        entityId: flagId,
        caseId: found.caseId,
        detail: { kind: found.kind, documentId: found.documentId },
      });
    }
    await appendAuditEntries(trx, audit, writer.now);
    if (audit.length > 0) await deps.pokes.publish(trx, writer.latestSeq);
    latest = writer.latestSeq;
    return audit.length;
  });
  if (raised > 0) deps.pokes.committed(latest);
  return raised;
}

async function alreadyFlagged(
  trx: Transaction<Database>,
  found: Finding & { caseId: string },
): Promise<boolean> {
  const rows = await trx
    .selectFrom('flags')
    .select('record')
    .where('case_id', '=', found.caseId)
    .where('deleted', '=', false)
    .execute();
  return rows.some((row) => {
    const flag = FlagRecord.safeParse(row.record);
    return (
      flag.success &&
      flag.data.detector === CROSS_CLAIM_DETECTOR.name &&
      flag.data.kind === found.kind &&
      flag.data.documentId === found.documentId
    );
  });
}
