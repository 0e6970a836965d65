import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeEntry } from '@shared/sync/protocol';
import { uuidv7 } from '@shared/lib/uuidv7';
import { eventRecordFixture } from '@shared/sync/testing/event-record';
import { caseRowsOf } from '../data/case-rows';
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

const event = (id: string, caseId: string, rowVersion: number, reason = `原因 ${rowVersion}`) => ({
  seq: rowVersion,
  entity: 'event' as const,
  id,
  caseId,
  rowVersion,
  deleted: false,
  data: eventRecordFixture({ id, caseId, reason }),
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

  it('stores a record as its schema would make it: a foreign key dropped, a missing default filled in', async () => {
    db = new WorkstationDatabase(`apply-${uuidv7()}`);
    const contact = {
      id: 'contact-1',
      caseId: 'case-1',
      authorId: 'user-1',
      channel: 'call',
      direction: 'outbound',
      outcome: '客户已确认',
      nextStep: null,
      at: 1,
    };
    const changes: ChangeEntry[] = [
      { ...note('n-1', 7), data: { ...note('n-1', 7).data, secret: '110101199003074578' } },
      { ...note('n-2', 8), entity: 'contact', id: 'contact-1', data: contact },
    ];
    expect(await apply(changes)).toEqual({ stored: 2, stale: 0, malformed: 0 });
    expect(await db.notes.get('n-1')).not.toHaveProperty('secret');
    expect((await caseRowsOf(db, 'caseContacts', 'case-1'))[0]).toMatchObject({ notice: null });
  });
});

describe('applying pulled case events', () => {
  const reasons = async (caseId: string) =>
    (await caseRowsOf(db, 'caseEvents', caseId)).map((e) => [e.id, e.reason]).sort();

  it('keeps each case’s events together, across pages, and ignores a replayed page', async () => {
    db = new WorkstationDatabase(`apply-${uuidv7()}`);
    const first = [event('e-1', 'case-1', 1), event('e-2', 'case-2', 2), event('e-3', 'case-1', 3)];
    expect(await apply(first)).toEqual({ stored: 3, stale: 0, malformed: 0 });
    expect(await apply([event('e-4', 'case-1', 4)])).toMatchObject({ stored: 1 });
    expect(await apply(first)).toEqual({ stored: 0, stale: 3, malformed: 0 });
    expect(await reasons('case-1')).toEqual([
      ['e-1', '原因 1'],
      ['e-3', '原因 3'],
      ['e-4', '原因 4'],
    ]);
    expect(await reasons('case-2')).toEqual([['e-2', '原因 2']]);
    expect(await db.caseEvents.count()).toBe(2);
  });

  it('adds to the rows of cases already stored when a page touches many cases', async () => {
    db = new WorkstationDatabase(`apply-${uuidv7()}`);
    const caseId = (n: number) => `case-${String(n).padStart(3, '0')}`;
    // Stored before: one case below the page's cases, one among them, one above.
    await apply([
      event('e-old-0', caseId(0), 1),
      event('e-old-40', caseId(40), 2),
      event('e-old-99', caseId(99), 3),
    ]);
    const page = Array.from({ length: 60 }, (_, i) =>
      event(`e-new-${i + 10}`, caseId(i + 10), 10 + i),
    );
    expect(await apply(page)).toMatchObject({ stored: 60, stale: 0 });
    expect(await reasons(caseId(40))).toEqual([
      ['e-new-40', '原因 40'],
      ['e-old-40', '原因 2'],
    ]);
    expect(await reasons(caseId(11))).toEqual([['e-new-11', '原因 11']]);
    expect(await reasons(caseId(0))).toEqual([['e-old-0', '原因 1']]);
    expect(await db.caseEvents.count()).toBe(62);
  });

  it('replaces an event only with a newer version, and deletes one', async () => {
    db = new WorkstationDatabase(`apply-${uuidv7()}`);
    await apply([event('e-1', 'case-1', 5, 'stored'), event('e-2', 'case-1', 6)]);
    const report = await apply([
      event('e-1', 'case-1', 3, 'older'),
      { ...event('e-2', 'case-1', 7), deleted: true, data: null },
    ]);
    expect(report).toEqual({ stored: 1, stale: 1, malformed: 0 });
    expect(await reasons('case-1')).toEqual([['e-1', 'stored']]);
    await apply([{ ...event('e-1', 'case-1', 8), deleted: true, data: null }]);
    expect(await db.caseEvents.count()).toBe(0);
  });

  it('refuses an event without a case or with a malformed record, storing the rest', async () => {
    db = new WorkstationDatabase(`apply-${uuidv7()}`);
    const report = await apply([
      { ...event('e-1', 'case-1', 1), caseId: null },
      { ...event('e-2', 'case-1', 2), data: { id: 'e-2', kind: 'unheard-of' } },
      event('e-3', 'case-1', 3),
    ]);
    expect(report).toEqual({ stored: 1, stale: 0, malformed: 2 });
    expect(await reasons('case-1')).toEqual([['e-3', '原因 3']]);
  });

  it('purges a case’s events with the case', async () => {
    db = new WorkstationDatabase(`apply-${uuidv7()}`);
    await apply([event('e-1', 'case-1', 1), event('e-2', 'case-2', 2)]);
    await db.transaction('rw', applyTables(db), () => purgeCase(db, 'case-1'));
    expect(await caseRowsOf(db, 'caseEvents', 'case-1')).toEqual([]);
    expect(await reasons('case-2')).toEqual([['e-2', '原因 2']]);
  });
});
