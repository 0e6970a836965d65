import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeEntry } from '@shared/sync/protocol';
import { uuidv7 } from '@shared/lib/uuidv7';
import { WorkstationDatabase } from '../data/db';
import { applyChanges, applyTables, clearSyncedTables, purgeCase } from './apply-changes';

const note = (id: string, rowVersion: number, body = `备注 ${rowVersion}`): ChangeEntry => ({
  seq: rowVersion,
  entity: 'note',
  id,
  caseId: 'case-1',
  rowVersion,
  deleted: false,
  data: { id, caseId: 'case-1', authorId: 'user-1', body, mentions: [], createdAt: 1 },
});

let db: WorkstationDatabase;
const apply = (changes: ChangeEntry[]) =>
  db.transaction('rw', applyTables(db), () => applyChanges(db, changes));

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('applying pulled changes', () => {
  it('stores a page once: the same page again is all stale', async () => {
    db = new WorkstationDatabase(`apply-${uuidv7()}`);
    const changes = [note('n-1', 5), note('n-2', 6)];
    expect(await apply(changes)).toEqual({ stored: 2, stale: 0, malformed: 0 });
    expect(await apply(changes)).toEqual({ stored: 0, stale: 2, malformed: 0 });
    expect((await db.storedUpTo.get('notes'))?.rowVersion).toBe(6);
  });

  it('never lets an older change replace a newer row, mixed into a page of new ones', async () => {
    db = new WorkstationDatabase(`apply-${uuidv7()}`);
    await apply([note('n-1', 10, 'newer')]);
    const report = await apply([note('n-1', 4, 'older'), note('n-2', 11)]);
    expect(report).toEqual({ stored: 1, stale: 1, malformed: 0 });
    expect((await db.notes.get('n-1'))?.body).toBe('newer');
  });

  it('reads before writing when a table holds rows it has no mark for', async () => {
    db = new WorkstationDatabase(`apply-${uuidv7()}`);
    // A table filled before marks were kept: its rows' versions are unknown.
    await db.notes.put({
      id: 'n-1',
      caseId: 'case-1',
      authorId: 'user-1',
      body: 'stored',
      mentions: [],
      createdAt: 1,
      rowVersion: 50,
    });
    const report = await apply([note('n-1', 40, 'older'), note('n-2', 60)]);
    expect(report).toEqual({ stored: 1, stale: 1, malformed: 0 });
    expect((await db.notes.get('n-1'))?.body).toBe('stored');
    expect(await db.storedUpTo.get('notes')).toBeUndefined();
  });

  it('stores a purged case’s rows again when it returns with their old versions', async () => {
    db = new WorkstationDatabase(`apply-${uuidv7()}`);
    await apply([note('n-1', 5), note('n-2', 9)]);
    await db.transaction('rw', applyTables(db), () => purgeCase(db, 'case-1'));
    expect(await apply([note('n-1', 5), note('n-2', 9)])).toMatchObject({ stored: 2, stale: 0 });
  });

  it('starts the mark over with the tables it describes', async () => {
    db = new WorkstationDatabase(`apply-${uuidv7()}`);
    await apply([note('n-1', 500)]);
    await db.transaction('rw', applyTables(db), () => clearSyncedTables(db));
    expect(await db.storedUpTo.count()).toBe(0);
    expect(await apply([note('n-1', 3)])).toMatchObject({ stored: 1 });
    expect((await db.storedUpTo.get('notes'))?.rowVersion).toBe(3);
  });

  it('counts a malformed record and stores nothing of it', async () => {
    db = new WorkstationDatabase(`apply-${uuidv7()}`);
    const bad = { ...note('n-1', 7), data: { id: 'n-1', body: 42 } };
    expect(await apply([bad])).toEqual({ stored: 0, stale: 0, malformed: 1 });
    expect(await db.notes.count()).toBe(0);
  });
});
