import type { QueueRow } from './queue-row';
import { searchTextOf } from './queue-search';

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
  /** How many rows' texts `prepare` has made so far. */
  private made = 0;

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
    while (this.made < this.rows.length && timeLeft() > 1) {
      const end = Math.min(this.rows.length, this.made + SLICE);
      for (let i = this.made; i < end; i++) searchTextOf(this.rows[i] as QueueRow);
      this.made = end;
    }
    if (this.made < this.rows.length || timeLeft() <= 1) return this.joined !== null;
    this.build();
    return true;
  }

  private build(): { text: string; starts: Int32Array } {
    if (this.joined) return this.joined;
    const starts = new Int32Array(this.rows.length);
    let length = 0;
    const parts = this.rows.map((row, i) => {
      const text = searchTextOf(row);
      starts[i] = length;
      length += text.length + 1;
      return text;
    });
    // Rows are joined by a line break, which search words never hold, so no match spans two rows.
    this.joined = { text: parts.join('\n'), starts };
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
