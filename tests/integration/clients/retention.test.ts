import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@shared/version';
import { ENTITY_TABLES } from '../../../renderer/src/data/db';
import { storedRecords } from '../../../renderer/src/sync/apply-changes';
import { pruneChangeLog } from '../../../server/src/sync/retention';
import { databaseTargets } from '../support/databases';
import { startTestCentral, type TestCentral } from '../support/central';
import { TestWorkstation } from './support';

/** Every synced row a workstation holds, as table:id → rowVersion. */
async function snapshot(workstation: TestWorkstation): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const table of new Set(Object.values(ENTITY_TABLES))) {
    for (const row of await storedRecords(workstation.db, table))
      rows[`${table}:${row.id}`] = row.rowVersion;
  }
  return rows;
}

describe.each(databaseTargets)(
  'a workstation offline past the retained change log on $name',
  (target) => {
    let central: TestCentral;
    const open: TestWorkstation[] = [];
    const workstation = async (username: string) => {
      const w = await TestWorkstation.signIn(central, username);
      open.push(w);
      return w;
    };

    beforeAll(async () => {
      central = await startTestCentral(target);
    });
    afterAll(async () => {
      open.forEach((w) => w.close());
      await central?.close();
    });

    it('pushes its outbox, re-bootstraps, and ends with every case and its own changes', async () => {
      const adjuster = await workstation('adj.east1');
      const supervisor = await workstation('sup.east');
      await Promise.all([adjuster.sync(), supervisor.sync()]);
      const [noted, edited, leaving] = await adjuster.caseIds();
      if (!noted || !edited || !leaving) throw new Error('adj.east1 has too few demo cases');
      const joining = (
        await central.database.db
          .selectFrom('cases')
          .select('id')
          .where('team_id', '=', 'team-east')
          .where('assignee_id', '=', 'user-adj-east2')
          .orderBy('id')
          .executeTakeFirstOrThrow()
      ).id;

      // Offline, the adjuster works on: these wait in the outbox.
      adjuster.online = false;
      const myNote = uuidv7();
      await adjuster.queue('note.add', {
        noteId: myNote,
        caseId: noted,
        body: '离线备注',
        mentions: [],
      });
      await adjuster.queue('case.update', { caseId: edited, fields: { description: '离线修改' } });
      await expect(adjuster.sync()).rejects.toMatchObject({ kind: 'transient' });
      expect(await adjuster.db.outbox.count()).toBe(2);
      const { cursor, deviceId } = (await adjuster.db.syncState.get('session')) ?? {};

      // Meanwhile the office goes on: a note, one case taken away and another handed over.
      const theirNote = uuidv7();
      await supervisor.queue('note.add', {
        noteId: theirNote,
        caseId: noted,
        body: '主管备注',
        mentions: [],
      });
      await supervisor.queue('case.assign', {
        caseId: leaving,
        assigneeId: 'user-adj-east2',
        reason: '休假期间改派',
      });
      await supervisor.queue('case.assign', {
        caseId: joining,
        assigneeId: 'user-adj-east1',
        reason: '接手同事的案件',
      });
      expect(await supervisor.sync()).toMatchObject({ rejected: 0 });

      // The service prunes everything it may, well past the adjuster's cursor.
      const pruned = await pruneChangeLog(central.database.db, {
        olderThan: Number.MAX_SAFE_INTEGER,
        keepNewest: 0,
      });
      expect(pruned.minCursor).toBeGreaterThan(cursor ?? Number.POSITIVE_INFINITY);
      const stale = await central.app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        headers: {
          authorization: `Bearer ${adjuster.token}`,
          [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        },
        payload: { deviceId, cursor },
      });
      expect(stale.json()).toMatchObject({ kind: 'reset-required' });

      adjuster.online = true;
      const report = await adjuster.sync();
      expect(report).toMatchObject({ pushed: 2, rejected: 0 });
      expect(await adjuster.db.outbox.count()).toBe(0);

      // Its own changes reached the service and came back with server versions.
      expect(await adjuster.db.notes.get(myNote)).toMatchObject({ body: '离线备注' });
      expect((await adjuster.db.notes.get(myNote))?.rowVersion).toBeGreaterThan(0);
      expect(await adjuster.db.cases.get(edited)).toMatchObject({ description: '离线修改' });
      // The office's changes arrived, the scope is the service's, and nothing is left behind.
      expect(await adjuster.db.notes.get(theirNote)).toMatchObject({ body: '主管备注' });
      expect(await adjuster.db.cases.get(joining)).toMatchObject({ assigneeId: 'user-adj-east1' });
      expect(await adjuster.db.cases.get(leaving)).toBeUndefined();
      const scope = await central.database.db
        .selectFrom('cases')
        .select(['id', 'row_version'])
        .where('assignee_id', '=', 'user-adj-east1')
        .execute();
      const local = await adjuster.db.cases.toArray();
      expect(Object.fromEntries(local.map((c) => [c.id, c.rowVersion]))).toEqual(
        Object.fromEntries(scope.map((c) => [c.id, c.row_version])),
      );

      // Exactly what a brand-new device of the same user bootstraps from the pruned log.
      const newDevice = await workstation('adj.east1');
      await newDevice.sync();
      expect(await snapshot(adjuster)).toEqual(await snapshot(newDevice));
    });
  },
);
