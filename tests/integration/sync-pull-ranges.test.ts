import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEntry } from '@shared/sync/protocol';
import { pagesAhead } from '../../renderer/src/sync/pages-ahead';
import { databaseTargets } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';
import { SyncTestClient } from './support/sync-client';

describe.each(databaseTargets)('pulling the change log in ranges on $name', (target) => {
  let central: TestCentral;

  beforeAll(async () => {
    central = await startTestCentral(target);
  });
  afterAll(async () => {
    await central?.close();
  });

  it.each(['admin', 'sup.east', 'adj.east1'])(
    '%s receives the same changes, in the same order, as ranges fetched ahead as page by page',
    async (username) => {
      const token = await central.signIn(username);
      const pager = new SyncTestClient(central.app, token);
      const paged = await pager.pullAll(100);
      const ranged = new SyncTestClient(central.app, token);
      const changes: ChangeEntry[] = [];
      let cursor = 0;
      // Ranges of 90 sequences answered 70 changes at a time: some ranges take two requests.
      const fetch = (from: number, upTo?: number) => ranged.pullRaw(from, 70, upTo);
      for await (const page of pagesAhead(fetch, 0, 90, 2)) {
        if (page.kind !== 'changes') throw new Error(`unexpected ${page.kind}`);
        expect(page.cursor).toBeGreaterThanOrEqual(cursor);
        cursor = page.cursor;
        changes.push(...page.changes);
      }
      expect(paged.changes.length).toBeGreaterThan(100);
      expect(changes).toEqual(paged.changes);
      expect(cursor).toBe(pager.cursor);
    },
  );

  it('refuses a range that reaches past the log: it ends at the latest sequence', async () => {
    const client = new SyncTestClient(central.app, await central.signIn('admin'));
    const first = await client.pullRaw(0, 10);
    if (first.kind !== 'changes') throw new Error(`unexpected ${first.kind}`);
    const beyond = await client.pullRaw(first.latest - 5, 100, first.latest + 1000);
    if (beyond.kind !== 'changes') throw new Error(`unexpected ${beyond.kind}`);
    expect(beyond.cursor).toBe(first.latest);
    expect(beyond.hasMore).toBe(false);
  });

  it('refuses a range that ends at or before its own start, saying so', async () => {
    const client = new SyncTestClient(central.app, await central.signIn('admin'));
    await expect(client.pullRaw(50, 100, 50)).rejects.toThrow(
      /pull failed 400: .*upTo must be above the cursor/,
    );
  });
});
