import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseRecordFixture } from '@shared/sync/testing/case-record';
import type { CaseRecord } from '@shared/sync/records';
import { WorkstationDatabase, type Stored } from '../db';
import type { FeedState, StoreFeed } from '../store-feed';
import type { CaseDigest } from './digest';
import { digestFeed } from './feed';

let db: WorkstationDatabase;
let dbNumber = 0;

const record = (id: string, overrides: Partial<CaseRecord> = {}): Stored<CaseRecord> => ({
  ...caseRecordFixture({ id, ...overrides }),
  rowVersion: 1,
});

/** The feed's next state that passes `test`. */
type Feed = StoreFeed<readonly CaseDigest[]>;
type State = FeedState<readonly CaseDigest[]>;

function next(feed: Feed, test: (state: State) => boolean) {
  return new Promise<State>((resolve) => {
    const check = () => {
      const state = feed.getSnapshot();
      if (!test(state)) return;
      unsubscribe();
      resolve(state);
    };
    const unsubscribe = feed.subscribe(check);
    check();
  });
}

beforeEach(async () => {
  db = new WorkstationDatabase(`digest-feed-${++dbNumber}`);
  await db.open();
});
afterEach(() => db.close());

describe('the digest feed', () => {
  it('shows the stored digests, then each write as it lands', async () => {
    await db.cases.bulkPut([record('c-1'), record('c-2')]);
    const feed = digestFeed(db);
    const first = await next(feed, (s) => s.value !== undefined);
    expect(first.value?.map((d) => d.id).sort()).toEqual(['c-1', 'c-2']);

    await db.cases.update('c-2', { state: 'CLOSED' });
    const second = await next(feed, (s) => s !== first);
    expect(second.value?.find((d) => d.id === 'c-2')?.state).toBe('CLOSED');
    // The unchanged case keeps its object, so its queue row is not judged again.
    expect(second.value?.find((d) => d.id === 'c-1')).toBe(
      first.value?.find((d) => d.id === 'c-1'),
    );
  });

  it('packs the log once it has grown, without showing anything new', async () => {
    const feed = digestFeed(db);
    await next(feed, (s) => s.value !== undefined);
    const ids = Array.from({ length: 2_500 }, (_, i) => `c-${i}`);
    await db.cases.bulkPut(ids.map((id) => record(id)));
    const shown = await next(feed, (s) => s.value?.length === ids.length);
    await expect.poll(() => db.digestLog.count()).toBe(0);
    expect(feed.getSnapshot()).toBe(shown);
    expect(await db.digestPack.count()).toBe(1);
  });
});
