import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
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
    expect(current.verno).toBe(3);
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
});
