import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ChangeEntry, PullRequest, PullResponse } from '@shared/sync/protocol';
import { WorkstationDatabase } from '../data/db';
import { SyncEngine } from './engine';
import { ensureSession } from './local-mutations';
import { SyncError, type SyncTransport } from './transport';

const note = (id: string, seq: number, body = `备注 ${seq}`): ChangeEntry => ({
  seq,
  entity: 'note',
  id,
  caseId: 'case-1',
  rowVersion: seq,
  deleted: false,
  data: { id, caseId: 'case-1', authorId: 'user-1', body, mentions: [], createdAt: 1 },
});

const page = (changes: ChangeEntry[], cursor: number, hasMore: boolean): PullResponse => ({
  kind: 'changes',
  cursor,
  hasMore,
  latest: 100,
  changes,
  scope: { added: [], removed: [] },
  acks: [],
});

/** Serves pages by the cursor asked for; records every request in order. */
function pagedTransport(pages: Map<number, PullResponse | Error>): SyncTransport & {
  requests: number[];
} {
  const requests: number[] = [];
  return {
    requests,
    async pull(request: PullRequest) {
      requests.push(request.cursor);
      const answer = pages.get(request.cursor);
      if (!answer) throw new Error(`no page at ${request.cursor}`);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    push: async () => ({ results: [], latest: 0 }),
  };
}

async function freshDb(name: string): Promise<WorkstationDatabase> {
  const db = new WorkstationDatabase(name);
  await ensureSession(db, 'user-1');
  return db;
}

describe('pulling pages', () => {
  it('applies pages in order while fetching the next one ahead, and ends at the last cursor', async () => {
    const db = await freshDb('pull-ahead');
    const transport = pagedTransport(
      new Map([
        [0, page([note('n1', 1), note('n2', 2)], 2, true)],
        [2, page([note('n1', 3, '改过')], 3, true)],
        [3, page([], 5, false)],
      ]),
    );
    const report = await new SyncEngine(db, transport).sync();
    expect(transport.requests).toEqual([0, 2, 3]);
    expect(report.cursor).toBe(5);
    expect((await db.syncState.get('session'))?.cursor).toBe(5);
    expect((await db.notes.get('n1'))?.body).toBe('改过');
    expect((await db.notes.get('n1'))?.rowVersion).toBe(3);
  });

  it('keeps the pages already written when a page fetched ahead fails', async () => {
    const db = await freshDb('pull-ahead-fails');
    const transport = pagedTransport(
      new Map<number, PullResponse | Error>([
        [0, page([note('n1', 1)], 1, true)],
        [1, new SyncError('transient', 'connection reset')],
      ]),
    );
    await expect(new SyncEngine(db, transport).sync()).rejects.toThrow('connection reset');
    expect((await db.syncState.get('session'))?.cursor).toBe(1);
    expect(await db.notes.get('n1')).toBeDefined();
  });

  it('stores each answer whole, its cursor with it', async () => {
    const db = await freshDb('pull-whole-answers');
    const first = Array.from({ length: 12_000 }, (_, i) => note(`n${i + 1}`, i + 1));
    const transport = pagedTransport(
      new Map([
        [0, page(first, 12_500, true)],
        [12_500, page([note('n12001', 12_501)], 12_600, false)],
      ]),
    );
    const cursors: number[] = [];
    db.syncState.hook('updating', (changes) => {
      if ('cursor' in changes) cursors.push(Number(changes.cursor));
    });
    const report = await new SyncEngine(db, transport).sync();
    // Should the app stop between two answers, the next pull starts after the last one stored.
    expect(cursors).toEqual([12_500, 12_600]);
    expect(report.pulled).toBe(12_001);
    expect(await db.notes.count()).toBe(12_001);
  });

  it('never lets a page older than the stored cursor (another tab was faster) undo newer rows', async () => {
    const db = await freshDb('pull-behind-another-tab');
    // Another tab already applied up to 10, including n1 at version 9.
    await db.notes.put({
      id: 'n1',
      caseId: 'case-1',
      authorId: 'user-1',
      body: '新的',
      mentions: [],
      createdAt: 1,
      rowVersion: 9,
    });
    await db.syncState.update('session', { cursor: 10 });
    // This engine's late page (asked for before the other tab moved on) carries n1 at version 4.
    const transport = pagedTransport(new Map([[10, page([note('n1', 4, '旧的')], 6, false)]]));
    const report = await new SyncEngine(db, transport).sync();
    expect(report.pulled).toBe(0);
    expect((await db.notes.get('n1'))?.body).toBe('新的');
    expect((await db.syncState.get('session'))?.cursor).toBe(10);
  });
});
