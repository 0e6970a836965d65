import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { ChangeEntry } from '@shared/sync/protocol';
import { pruneChangeLog } from '../../server/src/sync/retention';
import { startChangeLogRetention } from '../../server/src/sync/start-retention';
import { databaseTargets } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';
import { SyncTestClient } from './support/sync-client';

/** What a full pull leaves a client holding: the newest version of every record it saw. */
function currentState(
  changes: ChangeEntry[],
): Map<string, { rowVersion: number; deleted: boolean }> {
  const state = new Map<string, { rowVersion: number; deleted: boolean }>();
  for (const change of changes) {
    const key = `${change.entity}:${change.id}`;
    const known = state.get(key);
    if (!known || known.rowVersion < change.rowVersion)
      state.set(key, { rowVersion: change.rowVersion, deleted: change.deleted });
  }
  return state;
}

const everything = { olderThan: Number.MAX_SAFE_INTEGER, keepNewest: 0 };

describe.each(databaseTargets)('change-log retention on $name', (target) => {
  let central: TestCentral;
  let admin = '';
  let adjuster = '';
  let supervisor = '';

  const fresh = (token: string) => new SyncTestClient(central.app, token);
  const logSize = async () =>
    Number(
      (
        await central.database.db
          .selectFrom('change_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    central = await startTestCentral(target, { cases: 30 });
    admin = await central.signIn('admin');
    adjuster = await central.signIn('adj.east1');
    supervisor = await central.signIn('sup.east');
    // History to prune: a case edited several times, notes, and a reassignment (scope changes).
    const writer = fresh(adjuster);
    const { changes } = await writer.pullAll();
    const mine = changes.filter((c) => c.entity === 'case').map((c) => c.id);
    const [edited, noted] = mine;
    if (!edited || !noted) throw new Error('adj.east1 has too few demo cases');
    for (let i = 0; i < 4; i++)
      await writer.pushOne('case.update', {
        caseId: edited,
        fields: { description: `第 ${i + 1} 次修改` },
      });
    await writer.pushOne('note.add', {
      noteId: uuidv7(),
      caseId: noted,
      body: '备注',
      mentions: [],
    });
    const boss = fresh(supervisor);
    await boss.pullAll();
    const moved = await boss.pushOne('case.assign', {
      caseId: noted,
      assigneeId: 'user-adj-east2',
      reason: '改派',
    });
    expect(moved.status).toBe('applied');
  });
  afterAll(async () => {
    await central?.close();
  });

  it('keeps every current row for a client pulling from cursor 0', async () => {
    const before = await fresh(admin).pullAll(500);
    const beforeAdjuster = await fresh(adjuster).pullAll(500);
    const rowsBefore = await logSize();

    const report = await pruneChangeLog(central.database.db, everything);
    expect(report.pruned).toBeGreaterThan(0);
    expect(await logSize()).toBe(rowsBefore - report.pruned);

    const after = await fresh(admin).pullAll(500);
    expect(currentState(after.changes)).toEqual(currentState(before.changes));
    const afterAdjuster = await fresh(adjuster).pullAll(500);
    expect(currentState(afterAdjuster.changes)).toEqual(currentState(beforeAdjuster.changes));

    // And that state is the service's own: every case at its current row version.
    const cases = await central.database.db
      .selectFrom('cases')
      .select(['id', 'row_version'])
      .execute();
    const pulledCases = [...currentState(after.changes)]
      .filter(([key]) => key.startsWith('case:'))
      .map(([key, value]) => [key.slice('case:'.length), value.rowVersion]);
    expect(Object.fromEntries(pulledCases)).toEqual(
      Object.fromEntries(cases.map((c) => [c.id, c.row_version])),
    );
  });

  it('tells a client whose cursor is older than the pruned log to re-bootstrap, and no other', async () => {
    const behind = fresh(adjuster);
    const caseId = (await behind.pullAll()).changes.find((c) => c.entity === 'case')?.id ?? '';
    const oldCursor = behind.cursor;
    // Two edits after the cursor: the first is superseded, so pruning removes history it never saw.
    const editor = fresh(adjuster);
    for (const description of ['离线期间的修改', '离线期间再次修改'])
      await editor.pushOne('case.update', { caseId, fields: { description } });
    const report = await pruneChangeLog(central.database.db, everything);
    expect(report.minCursor).toBeGreaterThan(oldCursor);

    const stale = await behind.pullRaw(oldCursor);
    expect(stale).toMatchObject({ kind: 'reset-required', minCursor: report.minCursor });
    const current = await behind.pullRaw(report.minCursor);
    expect(current.kind).toBe('changes');
    // Starting over works, page after page, though the pages end below min_cursor.
    behind.cursor = 0;
    const again = await behind.pullAll(50);
    expect(again.changes.some((c) => c.entity === 'case' && c.id === caseId)).toBe(true);
  });

  it('prunes nothing younger than the retention or among the newest rows, and is idempotent', async () => {
    await fresh(adjuster).pushOne('case.update', {
      caseId: (await fresh(adjuster).pullAll()).changes.find((c) => c.entity === 'case')?.id ?? '',
      fields: { description: '又一次修改' },
    });
    const tooYoung = await pruneChangeLog(central.database.db, { olderThan: 0, keepNewest: 0 });
    expect(tooYoung.pruned).toBe(0);
    const tooFew = await pruneChangeLog(central.database.db, {
      olderThan: Number.MAX_SAFE_INTEGER,
      keepNewest: await logSize(),
    });
    expect(tooFew.pruned).toBe(0);
    const once = await pruneChangeLog(central.database.db, everything);
    expect(once.pruned).toBeGreaterThan(0);
    const twice = await pruneChangeLog(central.database.db, everything);
    expect(twice).toEqual({ pruned: 0, minCursor: once.minCursor });
  });

  it('prunes on its own schedule while the service runs, until stopped', async () => {
    const editor = fresh(adjuster);
    const caseId = (await editor.pullAll()).changes.find((c) => c.entity === 'case')?.id ?? '';
    for (const description of ['定时剪枝前', '定时剪枝后'])
      await editor.pushOne('case.update', { caseId, fields: { description } });
    const logged: Record<string, unknown>[] = [];
    const log = { info: (fields: Record<string, unknown>) => logged.push(fields), warn: () => {} };
    // Two days from now, today's superseded edit is past a one-day retention.
    const inTwoDays = () => Date.now() + 2 * 24 * 60 * 60 * 1000;
    const job = startChangeLogRetention(
      central.database.db,
      log,
      { days: 1, minRows: 0, everyMs: 50 },
      inTwoDays,
    );
    try {
      await expect.poll(() => logged.length, { timeout: 5000 }).toBeGreaterThan(0);
      expect(logged[0]).toMatchObject({
        pruned: expect.any(Number),
        minCursor: expect.any(Number),
      });
    } finally {
      await job.stop();
    }
    expect(await job.runOnce()).toMatchObject({ pruned: 0 });
  });
});
