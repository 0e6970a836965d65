import type { OpenFlags } from '@shared/domain/sla';
import type { CaseDigest } from '../../data/case-digests/digest';
import { toQueueRow, type QueueRow, type RowContext } from './queue-row';

/** Rows judged between two looks at the clock when judging a slice at a time. */
const SLICE = 500;

/** A finished judging's input and output, index by index. */
interface Judged {
  readonly records: readonly CaseDigest[];
  readonly flags: readonly (OpenFlags | undefined)[];
  readonly rows: QueueRow[];
  readonly context: RowContext;
}

/**
 * Keeps each case's row until the case, its open flags, the user names or
 * (while one of its deadlines runs) the time change. Judging every clock
 * of 100,000 cases takes a while, and handing the grid the same row
 * objects is what lets it keep scroll position and selection while sync
 * lands a few changed cases.
 *
 * The digests come in the same order from one read to the next, so a case
 * is looked for at its old place first; a map of the old places is built
 * only once a case is not found there. A map of every case on each call
 * cost a sixth of judging them all.
 */
export class QueueRowCache {
  private last: Judged | null = null;
  private pending: Judging | null = null;

  /** The rows of `records` at `context`, judged now unless `prepare` already did. */
  rows(records: readonly CaseDigest[], context: RowContext): QueueRow[] {
    if (this.last && isFor(this.last, records, context)) return this.last.rows;
    const judging = this.start(records, context);
    judging.step(() => Infinity);
    return this.finish(judging);
  }

  /**
   * Judges toward `rows(records, context)` while `timeLeft` says there is
   * time; true once done, and `rows` then answers at once. A new minute
   * changes nearly every row, and judging them in one go held the page
   * still for over half a second.
   */
  prepare(records: readonly CaseDigest[], context: RowContext, timeLeft: () => number): boolean {
    if (this.last && isFor(this.last, records, context)) return true;
    const pending =
      this.pending && isFor(this.pending, records, context)
        ? this.pending
        : this.start(records, context);
    this.pending = pending;
    if (!pending.step(timeLeft)) return false;
    this.finish(pending);
    return true;
  }

  private start(records: readonly CaseDigest[], context: RowContext): Judging {
    const last = this.last;
    return new Judging(
      records,
      context,
      last?.context.userNames === context.userNames ? last : null,
    );
  }

  private finish(judging: Judging): QueueRow[] {
    const { records, flags, rows, context } = judging;
    this.last = { records, flags, rows, context };
    this.pending = null;
    return rows;
  }
}

/** One judging of `records` at `context`, in one go or a slice at a time. */
class Judging {
  readonly rows: QueueRow[];
  readonly flags: (OpenFlags | undefined)[];
  private next = 0;
  private placeOf: Map<string, number> | null = null;
  private readonly sameNow: boolean;

  constructor(
    readonly records: readonly CaseDigest[],
    readonly context: RowContext,
    /** The last judging, whose rows may still hold; null when none can. */
    private readonly before: Judged | null,
  ) {
    this.rows = new Array<QueueRow>(records.length);
    this.flags = new Array<OpenFlags | undefined>(records.length);
    this.sameNow = before !== null && before.context.now === context.now;
  }

  /** Judges on while `timeLeft` says there is time; true once every row is judged. */
  step(timeLeft: () => number): boolean {
    const count = this.records.length;
    while (this.next < count && timeLeft() > 0) {
      const end = Math.min(count, this.next + SLICE);
      for (let i = this.next; i < end; i++) this.judge(i);
      this.next = end;
    }
    return this.next === count;
  }

  private judge(i: number): void {
    const { before, context } = this;
    const record = this.records[i] as CaseDigest;
    const caseFlags = context.openFlags.get(record.id);
    this.flags[i] = caseFlags;
    let old = -1;
    if (before) {
      if (before.records[i]?.id === record.id) old = i;
      else old = (this.placeOf ??= placesOf(before.records)).get(record.id) ?? -1;
    }
    const kept = before && old >= 0 ? keptRow(before, old, record, caseFlags, this.sameNow) : null;
    this.rows[i] = kept ?? toQueueRow(record, context);
  }
}

function isFor(
  judged: { readonly records: readonly CaseDigest[]; readonly context: RowContext },
  records: readonly CaseDigest[],
  context: RowContext,
): boolean {
  const { context: had } = judged;
  return (
    judged.records === records &&
    had.now === context.now &&
    had.userNames === context.userNames &&
    had.openFlags === context.openFlags
  );
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
