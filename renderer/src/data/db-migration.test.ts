import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { caseRecordFixture } from '@shared/sync/testing/case-record';
import { eventRecordFixture } from '@shared/sync/testing/event-record';
import { caseEventsOf } from './case-events';
import { readDigests } from './case-digests/pack';
import { WorkstationDatabase } from './db';
import { loadPreferences } from './preferences';

describe('local database migrations', () => {
  it('opens a database created by schema version 1 and keeps its data', async () => {
    const name = 'migration-v1';
    const v1 = new Dexie(name);
    v1.version(1).stores({ preferences: 'key' });
    await v1.table('preferences').put({ key: 'language', value: 'en' });
    v1.close();

    const current = new WorkstationDatabase(name);
    await current.open();
    expect(current.verno).toBe(12);
    expect(await loadPreferences(current)).toMatchObject({ language: 'en' });
    await current.outbox.add({
      mutationId: 'm-00000001',
      deviceId: 'device-0001',
      deviceSeq: 1,
      userId: 'u',
      name: 'note.add',
      version: 1,
      args: {},
      baseRowVersions: {},
      createdAt: 0,
    });
    expect(await current.outbox.count()).toBe(1);
    current.close();
  });

  it('opens a version 3 database with unsynced work and adds the adjudication tables', async () => {
    const name = 'migration-v3';
    const v3 = new Dexie(name);
    v3.version(1).stores({ preferences: 'key' });
    v3.version(2).stores({
      cases: 'id, assigneeId, teamId, state, line, reportedAt',
      calculations: 'id, caseId',
      outbox: 'deviceSeq, &mutationId',
      uploads: 'sha256, state',
    });
    v3.version(3).stores({ uploads: 'sha256, state, caseId' });
    await v3.table('calculations').put({ id: 'calc-1', caseId: 'case-1', rowVersion: 7 });
    await v3.table('outbox').put({ deviceSeq: 1, mutationId: 'm-1', name: 'note.add' });
    await v3.table('uploads').put({ sha256: 'a'.repeat(64), state: 'queued', caseId: 'case-1' });
    v3.close();

    const current = new WorkstationDatabase(name);
    await current.open();
    expect(current.verno).toBe(12);
    expect(await current.outbox.count()).toBe(1);
    expect(await current.uploads.where('caseId').equals('case-1').count()).toBe(1);
    expect((await current.calculations.get('calc-1'))?.rowVersion).toBe(7);
    expect(await current.approvals.where('caseId').equals('case-1').count()).toBe(0);
    expect(await current.payments.count()).toBe(0);
    current.close();
  });

  it('gives version 5 cases empty milestones and indexes flags by verdict', async () => {
    const name = 'migration-v5';
    const v5 = new Dexie(name);
    v5.version(2).stores({ cases: 'id, assigneeId, teamId, state, line, reportedAt' });
    v5.version(5).stores({ flags: 'id, caseId, documentId' });
    const { milestones: _none, ...before } = caseRecordFixture({ id: 'case-1', state: 'ACCEPTED' });
    await v5.table('cases').put({ ...before, rowVersion: 3 });
    await v5.table('flags').bulkPut([
      { id: 'f1', caseId: 'case-1', verdict: 'open' },
      { id: 'f2', caseId: 'case-1', verdict: 'dismissed' },
    ]);
    v5.close();

    const current = new WorkstationDatabase(name);
    await current.open();
    expect(await current.cases.get('case-1')).toMatchObject({ rowVersion: 3, milestones: {} });
    expect(await current.flags.where('verdict').equals('open').primaryKeys()).toEqual(['f1']);
    // Version 11 packs the digest of every case already there, milestones included.
    const digests = [...(await readDigests(current, null)).byId.values()];
    expect(digests).toEqual([
      expect.objectContaining({ id: 'case-1', rowVersion: 3, milestones: {} }),
    ]);
    expect(current.tables.map((t) => t.name)).not.toContain('caseDigests');
    current.close();
  });

  it('moves version 11 events into one row per case, local effects and all', async () => {
    const name = 'migration-v11';
    const v11 = new Dexie(name);
    v11.version(11).stores({
      events: 'id, caseId',
      storedUpTo: 'table',
      optimisticBases: 'key',
    });
    const event = (id: string, caseId: string, rowVersion: number) => ({
      ...eventRecordFixture({ id, caseId }),
      rowVersion,
    });
    await v11
      .table('events')
      .bulkPut([event('e-1', 'case-1', 3), event('e-2', 'case-2', 4), event('e-3', 'case-1', 0)]);
    await v11.table('storedUpTo').put({ table: 'events', rowVersion: 4 });
    await v11.table('optimisticBases').put({
      key: 'events:e-3',
      table: 'events',
      rowId: 'e-3',
      row: null,
      mutationIds: ['m-1'],
    });
    v11.close();

    const current = new WorkstationDatabase(name);
    await current.open();
    expect(current.verno).toBe(12);
    expect(current.tables.map((t) => t.name)).not.toContain('events');
    expect((await caseEventsOf(current, 'case-1')).map((e) => e.id).sort()).toEqual(['e-1', 'e-3']);
    expect((await caseEventsOf(current, 'case-2')).map((e) => e.id)).toEqual(['e-2']);
    expect(await current.storedUpTo.count()).toBe(0);
    expect(await current.optimisticBases.toArray()).toEqual([
      {
        key: 'caseEvents:e-3',
        table: 'caseEvents',
        rowId: 'e-3',
        caseId: 'case-1',
        row: null,
        mutationIds: ['m-1'],
      },
    ]);
    current.close();
  });
});
