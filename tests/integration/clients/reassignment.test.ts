import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import { databaseTargets } from '../support/databases';
import { startTestCentral, type TestCentral } from '../support/central';
import { TestWorkstation } from './support';

describe.each(databaseTargets)('reassignment while offline on $name', (target) => {
  let central: TestCentral;
  const open: TestWorkstation[] = [];
  beforeAll(async () => {
    central = await startTestCentral(target);
  });
  afterAll(async () => {
    open.forEach((w) => w.close());
    await central?.close();
  });

  it('keeps the old owner’s acknowledged edits, hands their unsent ones to the new owner as conflicts, then purges and tells them', async () => {
    const [previous, next, supervisor] = await Promise.all(
      ['adj.south1', 'adj.south2', 'sup.south'].map((u) => TestWorkstation.signIn(central, u)),
    );
    if (!previous || !next || !supervisor) throw new Error('sign-in failed');
    open.push(previous, next, supervisor);
    await Promise.all([previous.sync(), next.sync(), supervisor.sync()]);
    const caseId = (await previous.caseIds())[0] ?? '';

    const acknowledged = uuidv7();
    await previous.queue('note.add', {
      noteId: acknowledged,
      caseId,
      body: '已同步的备注',
      mentions: [],
    });
    await previous.sync();

    previous.online = false;
    const unsent = uuidv7();
    await previous.queue('note.add', {
      noteId: unsent,
      caseId,
      body: '离线时写的备注',
      mentions: [],
    });

    await supervisor.queue('case.assign', {
      caseId,
      assigneeId: 'user-adj-south2',
      reason: '离线期间改派',
    });
    await supervisor.sync();

    previous.online = true;
    const report = await previous.sync();
    expect(report.conflicts).toBe(1);
    expect(await previous.db.cases.get(caseId)).toBeUndefined();
    expect(await previous.db.notes.where('caseId').equals(caseId).count()).toBe(0);
    const [notice] = await previous.db.notices.where('seen').equals(0).toArray();
    expect(notice).toMatchObject({
      kind: 'case-left-scope',
      caseId,
      assigneeName: expect.any(String),
    });

    await next.sync();
    expect(await next.db.cases.get(caseId)).toMatchObject({ assigneeId: 'user-adj-south2' });
    expect(await next.db.notes.get(acknowledged)).toMatchObject({ body: '已同步的备注' });
    expect(await next.db.notes.get(unsent)).toBeUndefined();
    const conflicts = await next.db.conflicts.where('caseId').equals(caseId).toArray();
    expect(conflicts.map((c) => [c.reason, (c.mine as { body?: string }).body])).toContainEqual([
      'case-reassigned',
      '离线时写的备注',
    ]);
  });
});
