import type { OpenFlags } from '@shared/domain/sla';
import type { CaseDigest } from '../../data/case-digests/digest';
import { toQueueRow, type QueueRow, type RowContext } from './queue-row';

/** The last call's input and output, index by index. */
interface Judged {
  readonly records: readonly CaseDigest[];
  readonly flags: readonly (OpenFlags | undefined)[];
  readonly rows: readonly QueueRow[];
  readonly context: RowContext;
}

/**
 * Keeps each case's row until the case, its open flags, the user names or
 * (while one of its deadlines runs) the time change. Judging every clock of 100,000 cases takes a while, and
 * handing the grid the same row objects is what lets it keep scroll
 * position and selection while sync lands a few changed cases.
 *
 * The digests come in the same order from one read to the next, so a case
 * is looked for at its old place first; a map of the old places is built
 * only once a case is not found there. A map of every case on each call
 * cost a sixth of judging them all.
 */
export class QueueRowCache {
  private last: Judged | null = null;

  rows(records: readonly CaseDigest[], context: RowContext): QueueRow[] {
    const last = this.last;
    const before = last !== null && last.context.userNames === context.userNames ? last : null;
    const sameNow = before !== null && before.context.now === context.now;
    let placeOf: Map<string, number> | null = null;
    const rows = new Array<QueueRow>(records.length);
    const flags = new Array<OpenFlags | undefined>(records.length);
    for (let i = 0; i < records.length; i++) {
      const record = records[i] as CaseDigest;
      const caseFlags = context.openFlags.get(record.id);
      flags[i] = caseFlags;
      let old = -1;
      if (before) {
        if (before.records[i]?.id === record.id) old = i;
        else old = (placeOf ??= placesOf(before.records)).get(record.id) ?? -1;
      }
      const kept = before && old >= 0 ? keptRow(before, old, record, caseFlags, sameNow) : null;
      rows[i] = kept ?? toQueueRow(record, context);
    }
    this.last = { records, flags, rows, context };
    return rows;
  }
}

/** The row judged last time at `at`, if it still holds for `record`. */
function keptRow(
  before: Judged,
  at: number,
  record: CaseDigest,
  flags: OpenFlags | undefined,
  sameNow: boolean,
): QueueRow | null {
  const row = before.rows[at] as QueueRow;
  const holds =
    (sameNow || timeless(row)) &&
    unchanged(before.records[at] as CaseDigest, record) &&
    sameFlags(before.flags[at], flags);
  return holds ? row : null;
}

/**
 * With no clock running, nothing in a row depends on the time: a finished
 * case whose clocks all stopped keeps its row from one minute to the next.
 */
function timeless(row: QueueRow): boolean {
  return row.clock === undefined;
}

function placesOf(records: readonly CaseDigest[]): Map<string, number> {
  const places = new Map<string, number>();
  for (let i = 0; i < records.length; i++) places.set((records[i] as CaseDigest).id, i);
  return places;
}

function unchanged(a: CaseDigest, b: CaseDigest): boolean {
  return a === b || (a.rowVersion === b.rowVersion && a.updatedAt === b.updatedAt);
}

function sameFlags(a: OpenFlags | undefined, b: OpenFlags | undefined): boolean {
  return a?.count === b?.count && a?.maxSeverity === b?.maxSeverity;
}
