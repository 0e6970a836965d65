import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import { caseRecordFixture } from '@shared/sync/testing/case-record';
import { eventRecordFixture } from '@shared/sync/testing/event-record';
import { caseRowsOf, putCaseRow } from '../data/case-rows';
import { WorkstationDatabase } from '../data/db';
import { ensureSession, queueMutation } from './local-mutations';
import { settleOptimistic } from './optimistic';

const actor = { userId: 'user-adj-east1', teamId: 'team-east' };
let db: WorkstationDatabase;

/** What the engine does when the server answers a mutation: the entry leaves the outbox. */
const answer = (mutationId: string) => db.outbox.where('mutationId').equals(mutationId).delete();

beforeEach(async () => {
  db = new WorkstationDatabase(`optimistic-${uuidv7()}`);
  await ensureSession(db, actor.userId);
  await db.cases.put({
    ...caseRecordFixture({ id: 'case-1', description: '原描述' }),
    rowVersion: 7,
  });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('local effects of queued mutations', () => {
  it('removes a note the server answered without adding it', async () => {
    const noteId = uuidv7();
    const entry = await queueMutation(db, actor, 'note.add', {
      noteId,
      caseId: 'case-1',
      body: '离线备注',
      mentions: [],
    });
    expect(await db.notes.get(noteId)).toBeDefined();
    await answer(entry.mutationId);
    expect(await settleOptimistic(db)).toBe(1);
    expect(await db.notes.get(noteId)).toBeUndefined();
    expect(await db.optimisticBases.count()).toBe(0);
  });

  it('takes back an event the server refused, leaving the case’s other events', async () => {
    const kept = { ...eventRecordFixture({ id: 'e-old', caseId: 'case-1' }), rowVersion: 4 };
    await db.transaction('rw', db.caseEvents, () => putCaseRow(db, 'caseEvents', kept));
    const eventId = uuidv7();
    const entry = await queueMutation(db, actor, 'complaint.record', {
      eventId,
      caseId: 'case-1',
      complaintId: uuidv7(),
      action: 'opened',
      text: '客户对定损金额有异议',
      complex: false,
      stage: null,
    });
    expect((await caseRowsOf(db, 'caseEvents', 'case-1')).map((e) => e.id)).toEqual([
      'e-old',
      eventId,
    ]);
    await answer(entry.mutationId);
    // The event, and the case whose milestones it had moved.
    expect(await settleOptimistic(db)).toBe(2);
    expect(await caseRowsOf(db, 'caseEvents', 'case-1')).toEqual([kept]);
  });

  it('puts a material back as the server had it, beside the case’s other items', async () => {
    const material = (itemCode: string, status: 'missing' | 'present', rowVersion: number) => ({
      id: `case-1:${itemCode}`,
      caseId: 'case-1',
      itemCode,
      status,
      documentId: null,
      reason: null,
      updatedAt: 1,
      rowVersion,
    });
    const stored = [material('id-card', 'missing', 3), material('driving-licence', 'present', 4)];
    await db.transaction('rw', db.caseMaterials, () =>
      db.caseMaterials.put({ caseId: 'case-1', rows: stored }),
    );
    const entry = await queueMutation(db, actor, 'material.set', {
      caseId: 'case-1',
      itemCode: 'id-card',
      status: 'present',
      documentId: null,
      reason: null,
    });
    const local = await caseRowsOf(db, 'caseMaterials', 'case-1');
    expect(local.map((m) => [m.itemCode, m.status])).toEqual([
      ['id-card', 'present'],
      ['driving-licence', 'present'],
    ]);
    await answer(entry.mutationId);
    expect(await settleOptimistic(db)).toBe(1);
    expect(await caseRowsOf(db, 'caseMaterials', 'case-1')).toEqual(stored);
  });

  it('keeps what the server confirmed with a new version', async () => {
    const entry = await queueMutation(db, actor, 'case.update', {
      caseId: 'case-1',
      fields: { description: '新描述' },
    });
    await answer(entry.mutationId);
    // The pull stored the server's version of the edit.
    await db.cases.update('case-1', { description: '新描述', rowVersion: 9 });
    expect(await settleOptimistic(db)).toBe(0);
    expect(await db.cases.get('case-1')).toMatchObject({ description: '新描述', rowVersion: 9 });
  });

  it('puts a row back as the server had it when an edit brought no new version', async () => {
    const before = await db.cases.get('case-1');
    const entry = await queueMutation(db, actor, 'case.update', {
      caseId: 'case-1',
      fields: { description: '原描述' },
    });
    expect((await db.cases.get('case-1'))?.updatedAt).not.toBe(before?.updatedAt);
    await answer(entry.mutationId);
    await settleOptimistic(db);
    expect(await db.cases.get('case-1')).toEqual(before);
  });

  it('waits for every queued mutation on a row before putting it back', async () => {
    const first = await queueMutation(db, actor, 'case.reserve', {
      caseId: 'case-1',
      reservedFen: 500_000,
      reason: '初步估损',
    });
    const second = await queueMutation(db, actor, 'case.update', {
      caseId: 'case-1',
      fields: { description: '补充说明' },
    });
    await answer(first.mutationId);
    await settleOptimistic(db);
    expect(await db.cases.get('case-1')).toMatchObject({
      reservedFen: 500_000,
      description: '补充说明',
    });
    await answer(second.mutationId);
    await settleOptimistic(db);
    expect(await db.cases.get('case-1')).toMatchObject({ description: '原描述', rowVersion: 7 });
  });
});
