import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkstationDatabase } from '../../data/db';
import { DEFAULT_FILTER } from './queue-filter';
import {
  deleteView,
  loadColumnLayout,
  loadSavedViews,
  saveColumnLayout,
  saveView,
} from './queue-settings';

let db: WorkstationDatabase;
afterEach(async () => {
  db.close();
  await db.delete();
});
const open = async (name: string) => {
  db = new WorkstationDatabase(name);
  await db.open();
  return db;
};

describe('queue settings', () => {
  it('keeps saved views per user, replacing one saved under the same name', async () => {
    await open('queue-views');
    const breached = { ...DEFAULT_FILTER, sla: ['breached' as const] };
    await saveView('u1', { name: '超期', filter: breached, sort: [] }, db);
    await saveView(
      'u1',
      { name: '车险', filter: { ...DEFAULT_FILTER, lines: ['AUTO'] }, sort: [] },
      db,
    );
    await saveView('u1', { name: '超期', filter: { ...breached, view: 'team' }, sort: [] }, db);
    const views = await loadSavedViews('u1', db);
    expect(views.map((v) => v.name).sort()).toEqual(['超期', '车险'].sort());
    expect(views.find((v) => v.name === '超期')?.filter.view).toBe('team');
    expect(await loadSavedViews('u2', db)).toEqual([]);
    expect((await deleteView('u1', '车险', db)).map((v) => v.name)).toEqual(['超期']);
  });

  it('falls back to nothing saved when the stored value is damaged', async () => {
    await open('queue-damaged');
    await db.preferences.put({
      key: 'queue.views:u1',
      value: [{ name: 'x', filter: { view: 'all' } }],
    });
    await db.preferences.put({ key: 'queue.columns:u1', value: 'wide' });
    expect(await loadSavedViews('u1', db)).toEqual([]);
    expect(await loadColumnLayout('u1', db)).toBeNull();
  });

  it('remembers the column layout', async () => {
    await open('queue-columns');
    await saveColumnLayout('u1', [{ colId: 'caseNumber', width: 180, pinned: 'left' }], db);
    expect(await loadColumnLayout('u1', db)).toEqual([
      { colId: 'caseNumber', width: 180, pinned: 'left' },
    ]);
  });
});
