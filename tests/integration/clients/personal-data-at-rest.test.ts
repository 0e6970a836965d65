import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import { startTestCentral, type TestCentral } from '../support/central';
import { databaseTargets } from '../support/databases';
import { TestWorkstation } from './support';

/**
 * Reads a workstation's IndexedDB as anyone holding the disk would: every
 * record of every store, bypassing Dexie and the sealing middleware.
 */
async function rawRecords(name: string): Promise<string> {
  const raw = new Dexie(name);
  await raw.open();
  const parts: string[] = [];
  for (const table of raw.tables) parts.push(JSON.stringify(await table.toArray()));
  raw.close();
  return parts.join('\n');
}

describe.each(databaseTargets.slice(0, 1))('personal data at rest on $name', (target) => {
  let central: TestCentral;
  const open: TestWorkstation[] = [];

  beforeAll(async () => {
    central = await startTestCentral(target);
  });
  afterAll(async () => {
    await Promise.all(open.map((w) => w.destroy()));
    await central?.close();
  });

  it('holds no plaintext ID number, phone or bank account of any demo customer', async () => {
    const supervisor = await TestWorkstation.signIn(central, 'sup.east');
    open.push(supervisor);
    await supervisor.sync();
    const caseIds = await supervisor.caseIds();
    expect(caseIds.length).toBeGreaterThan(10);

    // Unsynced work holds personal data too: a case made at the scene and a payee account.
    supervisor.online = false;
    const lossAt = Date.now() - 3_600_000;
    await supervisor.queue('case.create', {
      caseId: uuidv7(),
      line: 'AUTO',
      customer: {
        name: '赵敏',
        kind: 'individual',
        idNumber: '110101198807071238',
        phone: '13612345678',
      },
      policyNumber: null,
      lossAt,
      reportedAt: lossAt,
      lossLocation: '北京市海淀区中关村大街1号',
      lossLat: null,
      lossLng: null,
      claimedFen: 100_000,
      description: '追尾',
      provisionalNumber: 'FLD-TEST-0001',
    });

    const db = central.database.db;
    const customers = await db.selectFrom('customers').select(['id_number', 'phone']).execute();
    const accounts = (await db.selectFrom('approvals').select('payee_account').execute()).flatMap(
      (a) => (a.payee_account ? [a.payee_account] : []),
    );
    const secrets = [
      ...customers.flatMap((c) => [c.id_number, c.phone]),
      ...accounts,
      '110101198807071238',
      '13612345678',
    ];
    expect(customers.length).toBeGreaterThan(50);

    const stored = await rawRecords(supervisor.databaseName);
    // The workstation did receive its customers' details; they are there only sealed.
    const local = await supervisor.db.cases.toArray();
    const known = new Set(secrets);
    expect(local.filter((c) => known.has(c.customer.idNumber))).toHaveLength(local.length);
    const found = secrets.filter((secret) => secret.length >= 6 && stored.includes(secret));
    expect(found).toEqual([]);
  });
});
