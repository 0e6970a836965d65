import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '@shared/sync/outbox';
import type { MutationResult, PushRequest } from '@shared/sync/protocol';
import { WorkstationDatabase } from '../data/db';
import { SyncEngine, type SyncReport } from './engine';
import { ensureSession } from './local-mutations';
import { SyncError, type SyncTransport } from './transport';

async function queued(name: string, count: number): Promise<WorkstationDatabase> {
  const db = new WorkstationDatabase(name);
  const session = await ensureSession(db, 'user-1');
  const entries: OutboxEntry[] = Array.from({ length: count }, (_, i) => ({
    mutationId: `mutation-${String(i + 1).padStart(4, '0')}`,
    deviceId: session.deviceId,
    deviceSeq: i + 1,
    userId: 'user-1',
    name: 'note.add',
    version: 1,
    args: { caseId: 'case-1', noteId: `note-${i + 1}`, body: `备注 ${i + 1}`, mentions: [] },
    baseRowVersions: {},
    createdAt: 1,
  }));
  await db.outbox.bulkAdd(entries);
  return db;
}

const answer = (mutationId: string, rejected = false): MutationResult => ({
  mutationId,
  status: rejected ? 'rejected' : 'applied',
  reason: rejected ? 'case-not-found' : null,
  message: rejected ? 'No such case in your scope.' : null,
  conflictIds: [],
  output: {},
});

/** Answers pushes as `respond` says; records what each push carried. */
function pushTransport(
  respond: (request: PushRequest, index: number) => MutationResult[] | Error,
): SyncTransport & { sent: number[][] } {
  const sent: number[][] = [];
  return {
    sent,
    pull: () => Promise.reject(new Error('this test does not pull')),
    async push(request) {
      sent.push(request.mutations.map((m) => m.deviceSeq));
      const result = respond(request, sent.length - 1);
      if (result instanceof Error) throw result;
      return { results: result, latest: 0 };
    },
  };
}

const report = (): SyncReport => ({ pushed: 0, rejected: 0, conflicts: 0, pulled: 0, cursor: 0 });

describe('pushing the outbox', () => {
  it('sends every entry once, in order and in batches of a hundred, keeping the rejections', async () => {
    const db = await queued('push-drain', 250);
    const transport = pushTransport((request) =>
      request.mutations.map((m) => answer(m.mutationId, m.deviceSeq === 120)),
    );
    const totals = report();
    const acknowledged: string[] = [];
    const journal = {
      acknowledge: async (_user: string, ids: string[]) => void acknowledged.push(...ids),
    };

    expect(await new SyncEngine(db, transport, journal).pushOutbox(totals)).toBe(false);
    // Answered and journaled by the time the push ends, not after.
    expect(acknowledged).toHaveLength(250);

    expect(transport.sent.map((seqs) => seqs.length)).toEqual([100, 100, 50]);
    expect(transport.sent.flat()).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(await db.outbox.count()).toBe(0);
    expect(totals).toMatchObject({ pushed: 250, rejected: 1 });
    expect((await db.rejections.toArray()).map((r) => r.mutationId)).toEqual(['mutation-0120']);
  });

  it('keeps what the service has not answered when a push fails midway, and says why', async () => {
    const db = await queued('push-dropped', 250);
    const transport = pushTransport((request, index) =>
      index === 1
        ? new SyncError('transient', 'connection reset')
        : request.mutations.map((m) => answer(m.mutationId)),
    );

    await expect(new SyncEngine(db, transport).pushOutbox(report())).rejects.toThrow(
      'connection reset',
    );

    expect(transport.sent.map((seqs) => seqs[0])).toEqual([1, 101]);
    expect((await db.outbox.toArray()).map((e) => e.deviceSeq)).toEqual(
      Array.from({ length: 150 }, (_, i) => i + 101),
    );
  });

  it('refuses an answer without results, removing nothing', async () => {
    const db = await queued('push-empty-answer', 30);
    const transport = pushTransport(() => []);

    await expect(new SyncEngine(db, transport).pushOutbox(report())).rejects.toMatchObject({
      kind: 'refused',
    });

    expect(transport.sent).toHaveLength(1);
    expect(await db.outbox.count()).toBe(30);
  });
});
