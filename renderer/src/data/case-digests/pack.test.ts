import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseRecordFixture } from '@shared/sync/testing/case-record';
import type { CaseRecord } from '@shared/sync/records';
import { WorkstationDatabase, type Stored } from '../db';
import { digestOf } from './digest';
import { asciiJson, packDigests, readDigests, writePack } from './pack';

let db: WorkstationDatabase;
let dbNumber = 0;

const record = (id: string, overrides: Partial<CaseRecord> = {}): Stored<CaseRecord> => ({
  ...caseRecordFixture({ id, ...overrides }),
  rowVersion: 1,
});
const ids = (count: number) => Array.from({ length: count }, (_, i) => `c-${i}`);

beforeEach(async () => {
  db = new WorkstationDatabase(`digest-pack-${++dbNumber}`);
  await db.open();
});
afterEach(() => db.close());

describe('the digest pack', () => {
  it('holds what the log held, and the log is emptied', async () => {
    await db.cases.bulkPut(ids(30).map((id) => record(id)));
    await db.cases.update('c-2', { state: 'CLOSED' });
    await db.cases.delete('c-3');
    const logged = await readDigests(db, null);
    expect(await db.digestLog.count()).toBe(3);

    await packDigests(db);
    expect(await db.digestLog.count()).toBe(0);
    const packed = await readDigests(db, null);
    expect(packed.byId).toEqual(logged.byId);
    expect(packed.byId.size).toBe(29);
    expect(packed.byId.get('c-2')?.state).toBe('CLOSED');
    expect(packed.logged).toBe(0);
  });

  it('gives a reader only what was written since it read', async () => {
    await db.cases.bulkPut(ids(10).map((id) => record(id)));
    await packDigests(db);
    const before = await readDigests(db, null);
    expect(await readDigests(db, before)).toBe(before);

    await db.cases.update('c-1', { assigneeId: 'adj-2' });
    const after = await readDigests(db, before);
    expect(after.byId.get('c-1')).toEqual(
      digestOf({ ...record('c-1'), assigneeId: 'adj-2' } as Stored<CaseRecord>),
    );
    // Untouched digests are the same objects, so their queue rows are kept.
    expect(after.byId.get('c-5')).toBe(before.byId.get('c-5'));
    expect(after.logged).toBe(1);
  });

  it('is read whole again by a reader whose pack was replaced', async () => {
    await db.cases.bulkPut(ids(5).map((id) => record(id)));
    const held = await readDigests(db, null);
    await db.cases.delete('c-0');
    await packDigests(db);
    await db.cases.put(record('c-9'));
    const now = await readDigests(db, held);
    expect([...now.byId.keys()].sort()).toEqual(['c-1', 'c-2', 'c-3', 'c-4', 'c-9']);
  });

  it('is not written over by a window that read an older pack', async () => {
    await db.cases.bulkPut(ids(4).map((id) => record(id)));
    const first = await readDigests(db, null);
    const second = await readDigests(db, null);
    await db.cases.put(record('c-1', { claimedFen: 99 }));
    const firstLater = await readDigests(db, first);
    expect(await writePack(db, firstLater)).not.toBeNull();
    expect(await writePack(db, second)).toBeNull();
    expect((await readDigests(db, null)).byId.get('c-1')?.claimedFen).toBe(99);
  });

  it('keeps log entries written after the state it packs', async () => {
    await db.cases.bulkPut(ids(3).map((id) => record(id)));
    const state = await readDigests(db, null);
    await db.cases.put(record('c-7'));
    const packed = await writePack(db, state);
    expect(packed).not.toBeNull();
    expect(await db.digestLog.count()).toBe(1);
    expect((await readDigests(db, packed)).byId.has('c-7')).toBe(true);
    expect((await readDigests(db, null)).byId.size).toBe(4);
  });

  it('follows a clear of every case', async () => {
    await db.cases.bulkPut(ids(6).map((id) => record(id)));
    await packDigests(db);
    await db.cases.clear();
    expect((await readDigests(db, null)).byId.size).toBe(0);
  });
});

describe('pack text', () => {
  it('is plain ASCII that parses back to the same values, Chinese and emoji included', () => {
    const value = [
      ['c-1', '张*', '上海市浦东新区张江路 100 号', 'Ünïcode 😀', 'quote " and \\ slash'],
    ];
    const text = asciiJson(value);
    expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
    expect(JSON.parse(text)).toEqual(value);
  });
});
