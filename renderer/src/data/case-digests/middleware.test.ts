import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseRecordFixture } from '@shared/sync/testing/case-record';
import type { CaseRecord } from '@shared/sync/records';
import { WorkstationDatabase, type Stored } from '../db';
import { digestOf } from './digest';
import { readDigests } from './pack';

let db: WorkstationDatabase;
let dbNumber = 0;

const record = (id: string, overrides: Partial<CaseRecord> = {}): Stored<CaseRecord> => ({
  ...caseRecordFixture({ id, ...overrides }),
  rowVersion: 1,
});

/** The digests as the queue reads them, by case id. */
async function digestsById() {
  return (await readDigests(db, null)).byId;
}

/** Every case has exactly its digest, and no digest is left over. */
async function expectInStep() {
  const cases = await db.cases.toArray();
  const digests = await digestsById();
  expect(digests.size).toBe(cases.length);
  for (const c of cases) expect(digests.get(c.id)).toEqual(digestOf(c));
}

beforeEach(async () => {
  db = new WorkstationDatabase(`digests-${++dbNumber}`);
  await db.open();
});
afterEach(() => db.close());

describe('case digests', () => {
  it('follow every kind of write to the cases', async () => {
    await db.cases.bulkPut(Array.from({ length: 50 }, (_, i) => record(`c-${i}`)));
    await expectInStep();
    await db.cases.update('c-3', { state: 'INVESTIGATION', assigneeId: 'adj-9' });
    await db.cases.where('id').anyOf(['c-4', 'c-5']).modify({ greenChannel: true });
    await db.cases.put(record('c-6', { milestones: { acceptedAt: 1_800_000_000_000 } }));
    await db.cases.delete('c-7');
    await db.cases.bulkDelete(['c-8', 'c-9']);
    await db.cases.where('id').startsWith('c-1').delete();
    await expectInStep();
    expect((await digestsById()).get('c-3')).toMatchObject({
      state: 'INVESTIGATION',
      assigneeId: 'adj-9',
    });
    await db.cases.clear();
    await expectInStep();
  });

  it('keep the customer’s name masked', async () => {
    await db.cases.put(
      record('c-1', {
        customer: { ...caseRecordFixture().customer, kind: 'individual', name: '张三丰' },
      }),
    );
    expect((await digestsById()).get('c-1')?.customer).toEqual({
      kind: 'individual',
      name: '张*丰',
    });
  });

  it('lose nothing when one transaction writes several cases at once', async () => {
    const ids = ['c-1', 'c-2', 'c-3', 'c-4'];
    await db.cases.bulkPut(ids.map((id) => record(id)));
    await db.transaction('rw', db.cases, () =>
      Promise.all(ids.map((id, i) => db.cases.put(record(id, { claimedFen: 1000 * (i + 1) })))),
    );
    await expectInStep();
    expect([...(await digestsById()).values()].map((d) => d.claimedFen).sort()).toEqual([
      1000, 2000, 3000, 4000,
    ]);
  });

  it('are not written when the transaction writing the case fails', async () => {
    await db.cases.put(record('c-1'));
    await expect(
      db.transaction('rw', db.cases, async () => {
        await db.cases.update('c-1', { state: 'CLOSED' });
        throw new Error('the rest of the change failed');
      }),
    ).rejects.toThrow('the rest of the change failed');
    expect((await digestsById()).get('c-1')?.state).toBe(record('c-1').state);
    await expectInStep();
  });

  it('follow the writes in the order they were made within one transaction', async () => {
    await db.cases.put(record('c-1'));
    await db.transaction('rw', db.cases, async () => {
      await db.cases.update('c-1', { state: 'INVESTIGATION' });
      await db.cases.delete('c-1');
      await db.cases.put(record('c-1', { state: 'CLOSED' }));
    });
    expect((await digestsById()).get('c-1')?.state).toBe('CLOSED');
    await expectInStep();
  });
});
