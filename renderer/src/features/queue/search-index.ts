import type { QueueRow } from './queue-row';
import { searchFieldsOf } from './queue-search';

/** Rows whose texts are made between two looks at the clock. */
const SLICE = 500;

/**
 * Finds the rows whose search text holds a word with one `indexOf` walk
 * over all their texts joined, instead of one `includes` per row: the texts
 * are mostly Chinese, and a hundred thousand separate searches cost several
 * times one search of the same characters. Built once per list of rows:
 * when the browser is idle, or on first use.
 */
export class SearchIndex {
  private joined: { text: string; starts: Int32Array } | null = null;
  /** The rows' texts as `prepare` has made them so far, in row order. */
  private readonly made: string[] = [];

  constructor(private readonly rows: readonly QueueRow[]) {}

  /** The rows whose search text contains `word` (lower-case, no line break). */
  rowsContaining(word: string): Set<QueueRow> {
    const { text, starts } = this.build();
    const found = new Set<QueueRow>();
    for (let at = text.indexOf(word); at !== -1; ) {
      const index = rowAt(starts, at);
      found.add(this.rows[index] as QueueRow);
      // Past this row's text: one row counts once, however often the word appears in it.
      const next = index + 1 < starts.length ? (starts[index + 1] as number) : text.length;
      at = text.indexOf(word, next);
    }
    return found;
  }

  /**
   * Makes the rows' texts while `timeLeft` says there is time, then joins
   * them; true once the index is ready. Idle time comes in slices of a few
   * milliseconds, and making 100,000 texts at once would hold up the frame
   * after it.
   */
  prepare(timeLeft: () => number): boolean {
    if (this.joined) return true;
    const { rows, made } = this;
    while (made.length < rows.length && timeLeft() > 1) {
      const end = Math.min(rows.length, made.length + SLICE);
      for (let i = made.length; i < end; i++) made.push(searchFieldsOf(rows[i] as QueueRow));
    }
    if (made.length < rows.length || timeLeft() <= 1) return this.joined !== null;
    this.build();
    return true;
  }

  /**
   * Lower-cases all texts joined, in one call: once per row cost more than
   * making the texts. Rows are joined by a line break, which search words
   * never hold, so no match spans two rows.
   */
  private build(): { text: string; starts: Int32Array } {
    if (this.joined) return this.joined;
    const { rows, made } = this;
    for (let i = made.length; i < rows.length; i++) made.push(searchFieldsOf(rows[i] as QueueRow));
    const written = made.join('\n');
    let text = written.toLowerCase();
    // A few letters grow when lower-cased (İ becomes i and a dot): then each row is lower-cased alone.
    const parts = text.length === written.length ? made : made.map((t) => t.toLowerCase());
    if (parts !== made) text = parts.join('\n');
    const starts = new Int32Array(rows.length);
    let at = 0;
    for (let i = 0; i < parts.length; i++) {
      starts[i] = at;
      at += (parts[i] as string).length + 1;
    }
    this.joined = { text, starts };
    this.made.length = 0;
    return this.joined;
  }
}

/** The row whose text holds position `at`: the last start at or before it. */
function rowAt(starts: Int32Array, at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}
