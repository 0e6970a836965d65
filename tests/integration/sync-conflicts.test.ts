import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import { CaseRecord, ConflictRecord } from '@shared/sync/records';
import { databaseTargets } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';
import { SyncTestClient } from './support/sync-client';

describe.each(databaseTargets)('sync conflicts and scope on $name', (target) => {
  let central: TestCentral;
  const client = async (username: string) =>
    new SyncTestClient(central.app, await central.signIn(username));
  const casesOf = async (c: SyncTestClient) =>
    (await c.pullAll()).changes
      .filter((e) => e.entity === 'case')
      .map((e) => ({ record: CaseRecord.parse(e.data), rowVersion: e.rowVersion }));

  beforeAll(async () => {
    central = await startTestCentral(target);
  });
  afterAll(async () => {
    await central?.close();
  });

  it('merges different fields from two devices and makes the same field a visible conflict', async () => {
    const laptop = await client('adj.east1');
    const tablet = await client('adj.east1');
    const [first] = await casesOf(laptop);
    await casesOf(tablet);
    const caseId = first?.record.id ?? '';
    const base = { [`case:${caseId}`]: first?.rowVersion ?? 0 };

    expect(
      (
        await laptop.pushOne(
          'case.update',
          { caseId, fields: { description: '笔记本上的描述' } },
          base,
        )
      ).status,
    ).toBe('applied');
    const otherField = await tablet.pushOne(
      'case.update',
      { caseId, fields: { lossLocation: '上海市世纪大道100号' } },
      base,
    );
    expect(otherField.status).toBe('merged');
    const sameField = await tablet.pushOne(
      'case.update',
      { caseId, fields: { description: '平板上的描述' } },
      base,
    );
    expect(sameField).toMatchObject({ status: 'conflict', reason: 'field-changed' });

    const after = (await casesOf(laptop)).findLast((c) => c.record.id === caseId)?.record;
    expect(after).toMatchObject({
      description: '笔记本上的描述',
      lossLocation: '上海市世纪大道100号',
    });
    const conflicts = (await laptop.pullAll()).changes;
    const conflict = (await tablet.pullAll()).changes
      .concat(conflicts)
      .find((c) => c.entity === 'conflict' && c.id === sameField.conflictIds[0]);
    expect(ConflictRecord.parse(conflict?.data)).toMatchObject({
      field: 'description',
      mine: '平板上的描述',
      theirs: '笔记本上的描述',
      resolution: 'open',
    });
  });

  it('keeps the server’s status when a case was moved while edited offline', async () => {
    const supervisor = await client('sup.east');
    const adjuster = await client('adj.east2');
    const accepted = (await casesOf(adjuster)).find((c) => c.record.state === 'ACCEPTED')?.record;
    expect(accepted).toBeDefined();
    const caseId = accepted?.id ?? '';
    await casesOf(supervisor);
    expect(
      (
        await supervisor.pushOne('case.transition', {
          caseId,
          from: 'ACCEPTED',
          to: 'MATERIALS_REVIEW',
          reason: null,
          denialClause: null,
        })
      ).status,
    ).toBe('applied');
    const offline = await adjuster.pushOne('case.transition', {
      caseId,
      from: 'ACCEPTED',
      to: 'WITHDRAWN',
      reason: '客户撤案',
      denialClause: null,
    });
    expect(offline).toMatchObject({ status: 'conflict', reason: 'state-changed' });
    const now = (await casesOf(adjuster)).findLast((c) => c.record.id === caseId)?.record;
    expect(now?.state).toBe('MATERIALS_REVIEW');
  });

  it('refuses an illegal transition over sync and over HTTP with the reason', async () => {
    const adjuster = await client('adj.east3');
    const reported = (await casesOf(adjuster)).find((c) => c.record.state !== 'APPROVAL')?.record;
    expect(reported).toBeDefined();
    const caseId = reported?.id ?? '';
    const viaSync = await adjuster.pushOne('case.transition', {
      caseId,
      from: reported?.state ?? 'REPORTED',
      to: 'PAYMENT',
      reason: null,
      denialClause: null,
    });
    expect(viaSync).toMatchObject({ status: 'rejected', reason: 'illegal-transition' });
    const viaHttp = await central.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/transition`,
      headers: adjuster.headers(),
      payload: { to: 'PAYMENT' },
    });
    expect(viaHttp.statusCode).toBe(409);
    expect(viaHttp.json()).toMatchObject({
      error: 'illegal-transition',
      message: `A case in ${reported?.state} cannot move to PAYMENT.`,
    });
  });

  it('moves a reassigned case between scopes and turns the old owner’s late edit into a conflict', async () => {
    const supervisor = await client('sup.south');
    const previous = await client('adj.south1');
    const next = await client('adj.south2');
    await casesOf(supervisor);
    await casesOf(next);
    const moving = (await casesOf(previous))[0]?.record;
    const caseId = moving?.id ?? '';
    expect(moving).toBeDefined();

    const reassigned = await supervisor.pushOne('case.assign', {
      caseId,
      assigneeId: 'user-adj-south2',
      reason: '平衡工作量',
    });
    expect(reassigned.status).toBe('applied');

    const gone = await previous.pullAll();
    expect(gone.removed).toEqual([caseId]);
    const arrived = await next.pullAll();
    expect(arrived.added).toEqual([caseId]);
    expect(arrived.changes.some((c) => c.entity === 'case' && c.id === caseId)).toBe(true);
    expect(
      arrived.changes.some(
        (c) =>
          c.entity === 'event' &&
          c.caseId === caseId &&
          (c.data as { kind: string }).kind === 'reported',
      ),
    ).toBe(true);

    const late = await previous.pushOne('note.add', {
      noteId: uuidv7(),
      caseId,
      body: '离线时写的备注',
      mentions: [],
    });
    expect(late).toMatchObject({ status: 'conflict', reason: 'case-reassigned' });
    const forNewOwner = (await next.pullAll()).changes.find(
      (c) => c.entity === 'conflict' && c.id === late.conflictIds[0],
    );
    expect(ConflictRecord.parse(forNewOwner?.data)).toMatchObject({
      reason: 'case-reassigned',
      authorId: 'user-adj-south1',
    });
  });

  it('never resurrects a deleted case: an edit to it is a conflict', async () => {
    const adjuster = await client('adj.north2');
    const caseId = (await casesOf(adjuster))[0]?.record.id ?? '';
    await central.database.db
      .updateTable('cases')
      .set({ deleted: true })
      .where('id', '=', caseId)
      .execute();
    const result = await adjuster.pushOne('case.update', {
      caseId,
      fields: { description: '更新' },
    });
    expect(result).toMatchObject({ status: 'conflict', reason: 'edit-of-deleted' });
    const row = await central.database.db
      .selectFrom('cases')
      .select(['deleted', 'description'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ deleted: true });
    expect(row.description).not.toBe('更新');
  });
});
