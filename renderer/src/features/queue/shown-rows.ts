import { sortQueueRows, type SortKey } from './queue-order';
import type { QueueRow } from './queue-row';

/**
 * The rows the queue shows, in order, for the grid to read a block at a
 * time. All rows are sorted once per sort (and per sync that changes them);
 * a filter then only walks the sorted list, so each keystroke in the search
 * costs one pass over the rows and no sort.
 */
export class ShownRows {
  private sorted: { rows: readonly QueueRow[]; sortBy: string; result: QueueRow[] } | null = null;
  private shown: {
    sorted: readonly QueueRow[];
    predicate: (row: QueueRow) => boolean;
    result: QueueRow[];
  } | null = null;

  get(
    rows: readonly QueueRow[],
    predicate: (row: QueueRow) => boolean,
    model: readonly SortKey[],
  ): readonly QueueRow[] {
    const sortBy = model.map((k) => `${k.colId}:${k.sort}`).join();
    if (this.sorted?.rows !== rows || this.sorted.sortBy !== sortBy)
      this.sorted = { rows, sortBy, result: sortQueueRows(rows, model) };
    const sorted = this.sorted.result;
    if (this.shown?.sorted !== sorted || this.shown.predicate !== predicate)
      this.shown = { sorted, predicate, result: sorted.filter(predicate) };
    return this.shown.result;
  }
}
