import { describe, expect, it } from 'vitest';
import type { PullResponse } from '@shared/sync/protocol';
import { changeAt } from '@shared/sync/testing/change-at';
import { pagesAhead, type FetchPage } from './pages-ahead';

/**
 * A change log of sequences 1..latest answered as the service does: at most
 * `limit` changes after the cursor (and at or below upTo), the cursor the
 * highest sequence scanned, hasMore while anything is left.
 */
function fakeService(
  latest: number,
  limit: number,
  fail?: { from: number },
  largestLimit?: number,
) {
  const requests: { cursor: number; upTo: number | undefined }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const fetch: FetchPage = async (cursor, upTo) => {
    requests.push({ cursor, upTo });
    mostInFlight = Math.max(mostInFlight, ++inFlight);
    await new Promise((resolve) => setTimeout(resolve, 1));
    inFlight--;
    if (fail && cursor === fail.from) throw new Error(`connection reset at ${cursor}`);
    const end = Math.min(upTo ?? latest, latest);
    const seqs: number[] = [];
    for (let seq = cursor + 1; seq <= end && seqs.length < limit; seq++) seqs.push(seq);
    const full = seqs.length === limit;
    const page: PullResponse = {
      kind: 'changes',
      cursor: full ? (seqs.at(-1) ?? cursor) : Math.max(cursor, end),
      hasMore: full || end < latest,
      latest,
      changes: seqs.map(changeAt),
      scope: { added: [], removed: [] },
      acks: [],
      ...(largestLimit === undefined ? {} : { largestLimit }),
    };
    return page;
  };
  return { fetch, requests, mostInFlight: () => mostInFlight };
}

async function seqsOf(pages: AsyncGenerator<PullResponse>): Promise<number[]> {
  const seqs: number[] = [];
  for await (const page of pages) {
    if (page.kind === 'changes') seqs.push(...page.changes.map((c) => c.seq));
  }
  return seqs;
}

const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('pages fetched ahead', () => {
  it('asks for ranges below the latest sequence, several at once, and yields every change once in order', async () => {
    const service = fakeService(23, 5);
    expect(await seqsOf(pagesAhead(service.fetch, 0, 5, 2))).toEqual(oneTo(23));
    expect(service.requests).toEqual([
      { cursor: 0, upTo: undefined },
      { cursor: 5, upTo: 10 },
      { cursor: 10, upTo: 15 },
      { cursor: 15, upTo: 20 },
      { cursor: 20, upTo: 23 },
    ]);
    expect(service.mostInFlight()).toBe(2);
  });

  it('finishes a range that holds more than a page before using any later one', async () => {
    // Ranges of 8 sequences, pages of at most 3 changes.
    const service = fakeService(20, 3);
    expect(await seqsOf(pagesAhead(service.fetch, 0, 8, 2))).toEqual(oneTo(20));
    expect(service.requests.slice(0, 4)).toEqual([
      { cursor: 0, upTo: undefined },
      { cursor: 3, upTo: 11 },
      { cursor: 11, upTo: 19 },
      // The first range stopped at 6 of 11: its rest is asked for again, the range after it too.
      { cursor: 6, upTo: 11 },
    ]);
  });

  it('fails when the failed page’s turn comes, after the pages before it', async () => {
    const service = fakeService(30, 5, { from: 15 });
    const seen: number[] = [];
    const pull = async () => {
      for await (const page of pagesAhead(service.fetch, 0, 5, 2))
        if (page.kind === 'changes') seen.push(page.cursor);
    };
    await expect(pull()).rejects.toThrow('connection reset at 15');
    expect(seen).toEqual([5, 10, 15]);
  });

  it('asks for no larger ranges than the service accepts, and 5000 of one that does not say', async () => {
    const says = fakeService(23, 5, undefined, 4);
    expect(await seqsOf(pagesAhead(says.fetch, 0, 8, 2))).toEqual(oneTo(23));
    expect(says.requests.slice(1, 3)).toEqual([
      { cursor: 5, upTo: 9 },
      { cursor: 9, upTo: 13 },
    ]);
    const silent = fakeService(30_000, 5000);
    // The ranges are asked for as the first page is yielded.
    await pagesAhead(silent.fetch, 0, 20_000, 2).next();
    expect(silent.requests.slice(1, 3)).toEqual([
      { cursor: 5000, upTo: 10_000 },
      { cursor: 10_000, upTo: 15_000 },
    ]);
  });

  it('asks once and stops when the first page is all there is', async () => {
    const service = fakeService(4, 5);
    expect(await seqsOf(pagesAhead(service.fetch, 0, 5, 2))).toEqual(oneTo(4));
    expect(service.requests).toEqual([{ cursor: 0, upTo: undefined }]);
  });
});
