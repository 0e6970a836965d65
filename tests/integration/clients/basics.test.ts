import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import { databaseTargets } from '../support/databases';
import { startTestCentral, type TestCentral } from '../support/central';
import { TestWorkstation } from './support';

describe.each(databaseTargets)('workstation sync basics on $name', (target) => {
  let central: TestCentral;
  const open: TestWorkstation[] = [];
  const workstation = async (username: string) => {
    const w = await TestWorkstation.signIn(central, username);
    open.push(w);
    return w;
  };
  const serverScope = async (where: { assignee?: string; team?: string }) => {
    let query = central.database.db.selectFrom('cases').select('id');
    if (where.assignee) query = query.where('assignee_id', '=', where.assignee);
    if (where.team) query = query.where('team_id', '=', where.team);
    return (await query.execute()).map((r) => r.id).sort();
  };

  beforeAll(async () => {
    central = await startTestCentral(target);
  });
  afterAll(async () => {
    open.forEach((w) => w.close());
    await central?.close();
  });

  it('three clients each end with exactly their scope', async () => {
    const [adjuster, field, supervisor] = await Promise.all([
      workstation('adj.east1'),
      workstation('field.east1'),
      workstation('sup.east'),
    ]);
    await Promise.all([adjuster.sync(), field.sync(), supervisor.sync()]);
    expect(await adjuster.caseIds()).toEqual(await serverScope({ assignee: 'user-adj-east1' }));
    expect(await field.caseIds()).toEqual(await serverScope({ assignee: 'user-field-east1' }));
    expect(await supervisor.caseIds()).toEqual(await serverScope({ team: 'team-east' }));
    expect(await adjuster.db.users.count()).toBe(16);
  });

  it('queues edits offline, keeps them across a restart, and delivers them once online', async () => {
    const adjuster = await workstation('adj.east2');
    const supervisor = await workstation('sup.east');
    await Promise.all([adjuster.sync(), supervisor.sync()]);
    const caseId = (await adjuster.caseIds())[0] ?? '';

    adjuster.online = false;
    const noteId = uuidv7();
    await adjuster.queue('note.add', {
      noteId,
      caseId,
      body: '离线记录：客户已提交维修发票',
      mentions: [],
    });
    await adjuster.queue('case.update', { caseId, fields: { description: '离线修改的描述' } });
    await expect(adjuster.sync()).rejects.toMatchObject({ kind: 'transient' });
    expect(await adjuster.db.outbox.count()).toBe(2);
    expect((await adjuster.db.notes.get(noteId))?.rowVersion).toBe(0);
    await adjuster.restart();
    expect(await adjuster.db.outbox.count()).toBe(2);

    adjuster.online = true;
    const report = await adjuster.sync();
    expect(report).toMatchObject({ pushed: 2, rejected: 0 });
    expect(await adjuster.db.outbox.count()).toBe(0);
    expect((await adjuster.db.notes.get(noteId))?.rowVersion).toBeGreaterThan(0);

    await supervisor.sync();
    expect((await supervisor.db.notes.get(noteId))?.body).toBe('离线记录：客户已提交维修发票');
    expect((await supervisor.db.cases.get(caseId))?.description).toBe('离线修改的描述');
  });

  it('shows a rejected mutation to its author without blocking the ones after it', async () => {
    const adjuster = await workstation('adj.east3');
    await adjuster.sync();
    const caseId = (await adjuster.caseIds())[0] ?? '';
    const foreign = (await serverScope({ team: 'team-south' }))[0] ?? '';
    const mine = await adjuster.db.cases.get(caseId);
    if (mine) await adjuster.db.cases.put({ ...mine, id: foreign });
    await adjuster.queue('note.add', {
      noteId: uuidv7(),
      caseId: foreign,
      body: '不该成功',
      mentions: [],
    });
    const allowed = uuidv7();
    await adjuster.queue('note.add', { noteId: allowed, caseId, body: '应该成功', mentions: [] });
    const report = await adjuster.sync();
    expect(report).toMatchObject({ pushed: 2, rejected: 1 });
    const [rejection] = await adjuster.db.rejections.toArray();
    expect(rejection?.result).toMatchObject({ status: 'rejected', reason: 'case-not-found' });
    expect((await adjuster.db.notes.get(allowed))?.rowVersion).toBeGreaterThan(0);
  });

  it('loses no mutation and applies none twice when the answer to a push is lost', async () => {
    const adjuster = await workstation('adj.north1');
    await adjuster.sync();
    const caseId = (await adjuster.caseIds())[0] ?? '';
    const noteId = uuidv7();
    await adjuster.queue('note.add', { noteId, caseId, body: '回应丢失', mentions: [] });
    adjuster.loseResponses = 1;
    await expect(adjuster.sync()).rejects.toMatchObject({ kind: 'transient' });
    expect(await adjuster.db.outbox.count()).toBe(1);
    await adjuster.sync();
    expect(await adjuster.db.outbox.count()).toBe(0);
    const rows = await central.database.db
      .selectFrom('notes')
      .select('id')
      .where('id', '=', noteId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('applies a replayed page harmlessly: older versions never overwrite newer ones', async () => {
    const adjuster = await workstation('adj.north2');
    await adjuster.sync();
    const before = await adjuster.db.cases.toArray();
    await adjuster.db.syncState.update('session', { cursor: 0 });
    const report = await adjuster.sync();
    expect(report.pulled).toBe(0);
    expect(await adjuster.db.cases.toArray()).toEqual(before);
  });

  it('stops on an expired token with the outbox intact, and resumes after a new sign-in', async () => {
    const adjuster = await workstation('adj.north3');
    await adjuster.sync();
    const caseId = (await adjuster.caseIds())[0] ?? '';
    await adjuster.queue('note.add', {
      noteId: uuidv7(),
      caseId,
      body: '令牌过期时写的',
      mentions: [],
    });
    const fresh = adjuster.token;
    adjuster.token = 'expired.token.value';
    await expect(adjuster.sync()).rejects.toMatchObject({ kind: 'auth' });
    expect(await adjuster.db.outbox.count()).toBe(1);
    adjuster.token = fresh;
    expect((await adjuster.sync()).pushed).toBe(1);
  });
});
