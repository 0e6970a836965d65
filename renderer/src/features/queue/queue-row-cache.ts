import type { OpenFlags } from '@shared/domain/sla';
import type { CaseDigest } from '../../data/case-digests/digest';
import { toQueueRow, type QueueRow, type RowContext } from './queue-row';

interface Entry {
  readonly rowVersion: number;
  readonly updatedAt: number;
  readonly flags: OpenFlags | undefined;
  readonly row: QueueRow;
}

/**
 * Keeps each case's row until the case, its open flags, the user names or
 * the clock change. Judging every clock of 100,000 cases takes a while, and
 * handing the grid the same row objects is what lets it keep scroll
 * position and selection while sync lands a few changed cases.
 */
export class QueueRowCache {
  private entries = new Map<string, Entry>();
  private context: RowContext | null = null;

  rows(records: readonly CaseDigest[], context: RowContext): QueueRow[] {
    const reuse =
      this.context !== null &&
      this.context.now === context.now &&
      this.context.userNames === context.userNames;
    const previous = this.entries;
    const next = new Map<string, Entry>();
    const rows: QueueRow[] = new Array<QueueRow>(records.length);
    for (let i = 0; i < records.length; i++) {
      const record = records[i] as CaseDigest;
      const flags = context.openFlags.get(record.id);
      const old = reuse ? previous.get(record.id) : undefined;
      const entry =
        old &&
        old.rowVersion === record.rowVersion &&
        old.updatedAt === record.updatedAt &&
        sameFlags(old.flags, flags)
          ? old
          : {
              rowVersion: record.rowVersion,
              updatedAt: record.updatedAt,
              flags,
              row: toQueueRow(record, context),
            };
      next.set(record.id, entry);
      rows[i] = entry.row;
    }
    this.entries = next;
    this.context = context;
    return rows;
  }
}

function sameFlags(a: OpenFlags | undefined, b: OpenFlags | undefined): boolean {
  return a?.count === b?.count && a?.maxSeverity === b?.maxSeverity;
}
