import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import { databaseTargets } from '../support/databases';
import { startTestCentral, type TestCentral } from '../support/central';
import {
  combinedText,
  mergeConflict,
  mergedUpdate,
  mergeFields,
} from '../../../renderer/src/sync/conflict-merge';
import { TestWorkstation } from './support';

describe.each(databaseTargets)('workstation conflicts on $name', (target) => {
  let central: TestCentral;
  const open: TestWorkstation[] = [];
  const workstation = async (username: string) => {
    const w = await TestWorkstation.signIn(central, username);
    open.push(w);
    return w;
  };
  const baseOf = async (w: TestWorkstation, caseId: string) => ({
    [`case:${caseId}`]: (await w.db.cases.get(caseId))?.rowVersion ?? 0,
  });

  beforeAll(async () => {
    central = await startTestCentral(target);
  });
  afterAll(async () => {
    open.forEach((w) => w.close());
    await central?.close();
  });

  it('the same field edited on two devices: the first wins, the second sees a conflict with both values', async () => {
    const laptop = await workstation('adj.east1');
    const tablet = await workstation('adj.east1');
    await Promise.all([laptop.sync(), tablet.sync()]);
    const caseId = (await laptop.caseIds())[0] ?? '';
    await laptop.queue(
      'case.update',
      { caseId, fields: { description: '笔记本版本' } },
      await baseOf(laptop, caseId),
    );
    await tablet.queue(
      'case.update',
      { caseId, fields: { description: '平板版本' } },
      await baseOf(tablet, caseId),
    );
    await laptop.sync();
    const report = await tablet.sync();
    expect(report.conflicts).toBe(1);
    expect((await tablet.db.cases.get(caseId))?.description).toBe('笔记本版本');
    const [conflict] = await tablet.db.conflicts.where('caseId').equals(caseId).toArray();
    expect(conflict).toMatchObject({
      field: 'description',
      mine: '平板版本',
      theirs: '笔记本版本',
      resolution: 'open',
    });
  });

  it('a status changed on the server while edited offline: the server’s stands, the offline move is a conflict', async () => {
    const supervisor = await workstation('sup.east');
    const adjuster = await workstation('adj.east2');
    await Promise.all([supervisor.sync(), adjuster.sync()]);
    const accepted = (await adjuster.db.cases.where('state').equals('ACCEPTED').first())?.id ?? '';
    expect(accepted).not.toBe('');
    adjuster.online = false;
    await adjuster.queue('case.transition', {
      caseId: accepted,
      from: 'ACCEPTED',
      to: 'WITHDRAWN',
      reason: '客户撤案',
      denialClause: null,
    });
    expect((await adjuster.db.cases.get(accepted))?.state).toBe('WITHDRAWN');
    await supervisor.queue('case.transition', {
      caseId: accepted,
      from: 'ACCEPTED',
      to: 'MATERIALS_REVIEW',
      reason: null,
      denialClause: null,
    });
    await supervisor.sync();
    adjuster.online = true;
    const report = await adjuster.sync();
    expect(report.conflicts).toBe(1);
    expect((await adjuster.db.cases.get(accepted))?.state).toBe('MATERIALS_REVIEW');
    expect(await adjuster.db.conflicts.where('caseId').equals(accepted).count()).toBe(1);
  });

  it('an edit of a record deleted on the server is a conflict, never a resurrection', async () => {
    const adjuster = await workstation('adj.east3');
    await adjuster.sync();
    const caseId = (await adjuster.caseIds())[0] ?? '';
    await central.database.db
      .updateTable('cases')
      .set({ deleted: true })
      .where('id', '=', caseId)
      .execute();
    await adjuster.queue('note.add', {
      noteId: uuidv7(),
      caseId,
      body: '删除后写的备注',
      mentions: [],
    });
    const report = await adjuster.sync();
    expect(report).toMatchObject({ pushed: 1, rejected: 0, conflicts: 1 });
    const row = await central.database.db
      .selectFrom('cases')
      .select('deleted')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(row.deleted).toBe(true);
  });

  it('resolving a conflict is itself a synced change', async () => {
    const tablet = open[1];
    if (!tablet) throw new Error('needs the earlier tablet');
    const [conflict] = await tablet.db.conflicts.where('resolution').equals('open').toArray();
    expect(conflict).toBeDefined();
    await tablet.queue('conflict.resolve', {
      conflictId: conflict?.id ?? '',
      resolution: 'kept-theirs',
    });
    await tablet.sync();
    const laptop = open[0];
    await laptop?.sync();
    expect((await laptop?.db.conflicts.get(conflict?.id ?? ''))?.resolution).toBe('kept-theirs');
  });

  it('merging a same-field conflict by hand lands the combined text on every device', async () => {
    const laptop = await workstation('adj.north1');
    const tablet = await workstation('adj.north1');
    await Promise.all([laptop.sync(), tablet.sync()]);
    const caseId = (await laptop.caseIds())[0] ?? '';
    await laptop.queue(
      'case.update',
      { caseId, fields: { description: '客户已报警' } },
      await baseOf(laptop, caseId),
    );
    await tablet.queue(
      'case.update',
      { caseId, fields: { description: '现场有监控' } },
      await baseOf(tablet, caseId),
    );
    await laptop.sync();
    await tablet.sync();
    const [conflict] = await tablet.db.conflicts.where('caseId').equals(caseId).toArray();
    const current = await tablet.db.cases.get(caseId);
    if (!conflict || !current) throw new Error('expected a conflict on the tablet');
    const [field] = mergeFields(conflict, current);
    expect(field).toMatchObject({ field: 'description', text: true });
    const update = mergedUpdate(
      caseId,
      { description: combinedText(String(field?.theirs), String(field?.mine)) },
      current,
    );
    await mergeConflict(
      (name, args, base) => tablet.queue(name, args, base),
      conflict,
      update,
      current.rowVersion,
    );
    expect(await tablet.sync()).toMatchObject({ rejected: 0, conflicts: 0 });
    await laptop.sync();
    for (const device of [laptop, tablet]) {
      expect((await device.db.cases.get(caseId))?.description).toBe('客户已报警\n现场有监控');
      expect((await device.db.conflicts.get(conflict.id))?.resolution).toBe('merged');
    }
  });
});
