import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { caseRecordFixture } from '@shared/sync/testing/case-record';
import { eventRecordFixture } from '@shared/sync/testing/event-record';
import { caseRowsOf } from './case-rows';
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

  it('moves version 11 events, materials and contacts into one row per case, local effects and all', async () => {
    const name = 'migration-v11';
    const v11 = new Dexie(name);
    v11.version(11).stores({
      events: 'id, caseId',
      materials: 'id, caseId',
      contacts: 'id, caseId',
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
    await v11
      .table('materials')
      .put({ id: 'm-1', caseId: 'case-2', itemCode: 'id-card', rowVersion: 5 });
    await v11
      .table('contacts')
      .put({ id: 'k-1', caseId: 'case-1', channel: 'phone', rowVersion: 0 });
    await v11.table('storedUpTo').bulkPut([
      { table: 'events', rowVersion: 4 },
      { table: 'notes', rowVersion: 9 },
    ]);
    await v11.table('optimisticBases').bulkPut([
      { key: 'events:e-3', table: 'events', rowId: 'e-3', row: null, mutationIds: ['m-1'] },
      { key: 'contacts:k-1', table: 'contacts', rowId: 'k-1', row: null, mutationIds: ['m-2'] },
    ]);
    v11.close();

    const current = new WorkstationDatabase(name);
    await current.open();
    expect(current.verno).toBe(12);
    const names = current.tables.map((t) => t.name);
    for (const gone of ['events', 'materials', 'contacts']) expect(names).not.toContain(gone);
    const ids = async (table: 'caseEvents' | 'caseMaterials' | 'caseContacts', caseId: string) =>
      (await caseRowsOf(current, table, caseId)).map((r) => r.id).sort();
    expect(await ids('caseEvents', 'case-1')).toEqual(['e-1', 'e-3']);
    expect(await ids('caseEvents', 'case-2')).toEqual(['e-2']);
    expect(await ids('caseMaterials', 'case-2')).toEqual(['m-1']);
    expect(await ids('caseContacts', 'case-1')).toEqual(['k-1']);
    expect(await current.storedUpTo.toArray()).toEqual([{ table: 'notes', rowVersion: 9 }]);
    expect(await current.optimisticBases.orderBy('key').toArray()).toEqual([
      {
        key: 'caseContacts:k-1',
        table: 'caseContacts',
        rowId: 'k-1',
        caseId: 'case-1',
        row: null,
        mutationIds: ['m-2'],
      },
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
