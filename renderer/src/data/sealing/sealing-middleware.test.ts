import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { caseRecordFixture } from '@shared/sync/testing/case-record';
import { WorkstationDatabase } from '../db';
import { DeviceKeyRing } from './device-key';
import { SEALED_PREFIX } from './field-cipher';

const ID_NUMBER = '110101199003074514';
const PHONE = '13912345678';

/** Every value in every store as IndexedDB holds it, without Dexie or the middleware. */
async function rawDump(name: string): Promise<string> {
  const raw = new Dexie(name);
  await raw.open();
  const dump: unknown[] = [];
  for (const table of raw.tables) dump.push(await table.toArray());
  raw.close();
  return JSON.stringify(dump);
}

function keyRing(fill = 1): DeviceKeyRing {
  const ring = new DeviceKeyRing();
  ring.load(new Uint8Array(32).fill(fill));
  return ring;
}

describe('personal fields at rest', () => {
  const open: WorkstationDatabase[] = [];
  const database = (name: string, keys = keyRing()) => {
    const db = new WorkstationDatabase(name, keys);
    open.push(db);
    return db;
  };
  afterEach(() => open.splice(0).forEach((db) => db.close()));

  const customerCase = (id: string) => {
    const record = caseRecordFixture({ id });
    return {
      ...record,
      customer: { ...record.customer, idNumber: ID_NUMBER, phone: PHONE },
      rowVersion: 1,
    };
  };

  it('stores ID numbers and phones sealed, and every kind of read gives them back plain', async () => {
    const db = database('sealed-reads');
    await db.cases.bulkPut([customerCase('case-1'), customerCase('case-2')]);

    const dump = await rawDump('sealed-reads');
    expect(dump).not.toContain(ID_NUMBER);
    expect(dump).not.toContain(PHONE);
    expect(dump).toContain(SEALED_PREFIX);

    expect((await db.cases.get('case-1'))?.customer.phone).toBe(PHONE);
    expect((await db.cases.bulkGet(['case-1', 'case-2'])).map((c) => c?.customer.idNumber)).toEqual(
      [ID_NUMBER, ID_NUMBER],
    );
    expect((await db.cases.toArray()).every((c) => c.customer.phone === PHONE)).toBe(true);
    // A filter reads through a cursor.
    const found = await db.cases.filter((c) => c.customer.idNumber === ID_NUMBER).toArray();
    expect(found).toHaveLength(2);
  });

  it('keeps fields sealed through modify and update, which read and write back', async () => {
    const db = database('sealed-modify');
    await db.cases.put(customerCase('case-1'));
    await db.cases.update('case-1', { claimedFen: 5 });
    await db.cases.toCollection().modify((c) => {
      c.customer.phone = '13700000000';
    });
    expect(await rawDump('sealed-modify')).not.toContain('13700000000');
    const stored = await db.cases.get('case-1');
    expect(stored?.customer).toMatchObject({ phone: '13700000000', idNumber: ID_NUMBER });
    expect(stored?.claimedFen).toBe(5);
  });

  it('seals structured fields whole: outbox arguments and survey drafts', async () => {
    const db = database('sealed-outbox');
    await db.outbox.add({
      mutationId: 'm-1',
      deviceId: 'd',
      deviceSeq: 1,
      userId: 'u',
      name: 'case.create',
      version: 1,
      args: { customer: { idNumber: ID_NUMBER, phone: PHONE } },
      baseRowVersions: {},
      createdAt: 0,
    });
    await db.surveyDrafts.put({
      caseId: 'c',
      draft: { parties: [{ phone: PHONE }] },
      updatedAt: 0,
    });
    expect(await rawDump('sealed-outbox')).not.toContain(PHONE);
    expect((await db.outbox.get(1))?.args).toEqual({
      customer: { idNumber: ID_NUMBER, phone: PHONE },
    });
    expect((await db.surveyDrafts.get('c'))?.draft).toEqual({ parties: [{ phone: PHONE }] });
  });

  it('refuses to read or write personal data without the key, and cannot open it under another', async () => {
    await database('sealed-keys').cases.put(customerCase('case-1'));
    open.splice(0).forEach((db) => db.close());

    await expect(database('sealed-keys', new DeviceKeyRing()).cases.get('case-1')).rejects.toThrow(
      /before its key is loaded/,
    );
    open.splice(0).forEach((db) => db.close());
    await expect(database('sealed-keys', keyRing(2)).cases.get('case-1')).rejects.toThrow(
      /altered or sealed under another key/,
    );
  });

  it('seals the personal fields of a database stored before sealing existed', async () => {
    const name = 'sealed-upgrade';
    const legacy = new Dexie(name);
    legacy
      .version(9)
      .stores({ cases: 'id, assigneeId, teamId, state, line, reportedAt, customer.id' });
    await legacy.table('cases').put(customerCase('case-1'));
    legacy.close();

    const db = database(name);
    expect((await db.cases.get('case-1'))?.customer.idNumber).toBe(ID_NUMBER);
    expect(await rawDump(name)).not.toContain(ID_NUMBER);
  });
});
