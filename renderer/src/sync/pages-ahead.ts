import { UNSTATED_PULL_LIMIT, type PullResponse } from '@shared/sync/protocol';

/** Asks the service for the changes after `cursor`, at or below `upTo` when given. */
export type FetchPage = (cursor: number, upTo?: number) => Promise<PullResponse>;

/**
 * The pages of one pull, in order, with up to `ahead` more requested while
 * the caller writes the one just yielded. Once a page says how far the log
 * goes (`latest`), the rest is asked for as ranges of `rangeSize` sequences,
 * or of the largest limit the service accepts when that is smaller, so the
 * service prepares one range while the workstation receives and
 * writes another: a first sync is the service's work and the workstation's
 * side by side, not one after the other. A range that holds more than a
 * page is finished before any later one is used. A failed request fails the
 * pull when its turn comes; a reset ends it.
 */
export async function* pagesAhead(
  fetch: FetchPage,
  cursor: number,
  rangeSize: number,
  ahead: number,
): AsyncGenerator<PullResponse> {
  const queue: { upTo: number | undefined; page: Promise<PullResponse> }[] = [];
  const request = (from: number, upTo?: number) => {
    const page = fetch(from, upTo);
    // Awaited in turn; a failure while an earlier page is being written is not "unhandled".
    page.catch(() => undefined);
    queue.push({ upTo, page });
  };
  request(cursor);
  /** Where the next range starts: the end of the last one asked for. */
  let next = cursor;
  for (let head = queue.shift(); head; head = queue.shift()) {
    const page = await head.page;
    if (page.kind !== 'changes') {
      yield page;
      return;
    }
    if (head.upTo !== undefined && page.hasMore && page.cursor < head.upTo) {
      // The rest of this range comes before anything after it; later answers are dropped.
      queue.length = 0;
      request(page.cursor, head.upTo);
      next = head.upTo;
    } else if (queue.length === 0) next = page.cursor;
    if (page.hasMore) {
      const size = Math.min(rangeSize, page.largestLimit ?? UNSTATED_PULL_LIMIT);
      while (queue.length < ahead && next < page.latest) {
        const upTo = Math.min(next + size, page.latest);
        request(next, upTo);
        next = upTo;
      }
      if (queue.length === 0) request(next);
    }
    yield page;
  }
}
