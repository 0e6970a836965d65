/**
 * What the queue benchmark's two in-page scripts offer the runner
 * (queue.bench.ts). Types only: both sides import it.
 *
 * - `window.queueWatch` (watch.ts) is an init script in every page of the
 *   bench's browser context, the real workstation included: it notes what
 *   the queue shows, and when, so a figure is read off the page's own clock.
 * - `window.queueBench` (tools.ts) is added only to a same-origin page that
 *   runs no app code (/health): it fills the workstation's IndexedDB and
 *   measures the baselines there.
 */

/** What the queue showed at one moment; a new one is noted whenever any of it changes. */
export interface Snapshot {
  /** performance.now() when the DOM first showed it. */
  at: number;
  /** performance.now() once the next frame after it was produced; null until then. */
  framedAt: number | null;
  /** The "shown / total" counts of the page subtitle; null when there is none. */
  shown: number | null;
  total: number | null;
  /** Row ids of the rendered rows in display order (the first dozen), joined by spaces. */
  rowIds: string;
  /** The case number in the first displayed row. */
  firstCase: string | null;
  /** Header columns with a sort, as "colId:ascending". */
  sorts: string[];
}

/** An event the runner caused: its own timestamp is where a measurement starts. */
export interface UserEvent {
  type: 'click' | 'input';
  /** performance.now() clock: Event.timeStamp. */
  at: number;
  /** Every data-testid from the target up, and the col-id of a grid header it is in. */
  targets: string[];
}

/** What a snapshot must show; every given part must hold. */
export interface Expectation {
  shown?: number;
  total?: number;
  /** At least one row is rendered. */
  hasRows?: boolean;
  /** Text the first row's case number contains. */
  firstCaseIncludes?: string;
  sortedBy?: string;
  /** The rendered rows are in exactly this order (a `rowIds` seen before). */
  rowIds?: string;
  /** The rendered rows are in a different order than this `rowIds`. */
  rowIdsNot?: string;
}

export interface QueueWatchApi {
  /** The last event of that type on that target, if any. */
  lastEvent(type: UserEvent['type'], target: string): UserEvent | null;
  /** The first framed snapshot at or after `since` that meets the expectation. */
  find(expectation: Expectation, since: number): Snapshot | null;
  /** The latest snapshot (to compare against, and to explain a timeout). */
  latest(): Snapshot | null;
  /** Forgets snapshots and events noted so far. */
  reset(): void;
  /** Long tasks (over 50 ms) that began between `from` and `to`: how many, in all, the longest. */
  busy(from: number, to: number): Busy;
}

export interface Busy {
  tasks: number;
  ms: number;
  longestMs: number;
}

export interface InjectResult {
  cases: number;
  flags: number;
  openFlags: number;
  ms: number;
}

/** What the queue must show once every case is in, worked out from the database. */
export interface Expected {
  teamId: string;
  /** Every case in the database: the subtitle's total. */
  total: number;
  /** Open cases of the team: what the supervisor's default view shows. */
  shown: number;
  /** Per quick-filter query, the rows the default view keeps. */
  byQuery: Record<string, number>;
}

export interface QueueBenchApi {
  /** The signed-in user's last completed sync (the session row), or null. */
  lastSyncedAt(): Promise<number | null>;
  /** Writes synthetic cases of the signed-in user's team, and flags on some, in bulkPut chunks. */
  inject(count: number, chunk: number, seed: number): Promise<InjectResult>;
  expected(queries: string[]): Promise<Expected>;
  /** `cases.toArray()` through Dexie, ms per run; the last result is kept for the others. */
  readCases(runs: number): Promise<number[]>;
  /** What the queue reads instead: every case digest, read and parsed (case-digests/), ms per run. */
  readDigests(runs: number): Promise<number[]>;
  /** The kept records judged by the shared SLA engine with the calls toQueueRow makes; ms. */
  judgeRows(): Promise<number>;
  /** A plain Array.filter over the judged rows' case numbers, ms per query (median of repeats). */
  filterRows(queries: string[], repeats: number): Promise<number[]>;
  /** A plain Array.sort of the rows the default view shows, by the SLA column's number; ms per run. */
  sortRows(runs: number): Promise<number[]>;
}

declare global {
  interface Window {
    queueWatch?: QueueWatchApi;
    queueBench?: QueueBenchApi;
  }
}
