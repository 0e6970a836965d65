import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import { databaseTargets } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';
import { SyncTestClient } from './support/sync-client';

const WRITERS = 8;
const WRITES_EACH = 12;

describe.each(databaseTargets)('pull cursor under concurrent writers on $name', (target) => {
  let central: TestCentral;
  beforeAll(async () => {
    central = await startTestCentral(target);
  });
  afterAll(async () => {
    await central?.close();
  });

  it('sees every committed change exactly once, none skipped', async () => {
    const puller = new SyncTestClient(central.app, await central.signIn('admin'));
    await puller.pullAll();
    const start = puller.cursor;

    const writers = await Promise.all(
      [
        'adj.east1',
        'adj.east2',
        'adj.east3',
        'adj.south1',
        'adj.south2',
        'adj.north1',
        'adj.north2',
        'adj.north3',
      ]
        .slice(0, WRITERS)
        .map(async (username) => {
          const client = new SyncTestClient(central.app, await central.signIn(username));
          const caseIds = (await client.pullAll()).changes
            .filter((c) => c.entity === 'case')
            .map((c) => c.id);
          return { client, caseIds };
        }),
    );

    const seen: number[] = [];
    let writing = true;
    const pulling = (async () => {
      while (writing) {
        const page = await puller.pullRaw(puller.cursor, 25);
        if (page.kind !== 'changes') throw new Error('unexpected reset');
        seen.push(...page.changes.map((c) => c.seq));
        puller.cursor = page.cursor;
      }
    })();

    await Promise.all(
      writers.map(async ({ client, caseIds }) => {
        for (let i = 0; i < WRITES_EACH; i++) {
          const caseId = caseIds[i % caseIds.length] ?? '';
          // Two mutations per push: their transactions overlap with other writers' in time.
          const results = await client.push([
            client.mutation('note.add', {
              noteId: uuidv7(),
              caseId,
              body: `note ${i}`,
              mentions: [],
            }),
            client.mutation('contact.add', {
              contactId: uuidv7(),
              caseId,
              channel: 'call',
              direction: 'outbound',
              outcome: `call ${i}`,
              nextStep: null,
              at: Date.now(),
            }),
          ]);
          expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
        }
      }),
    );
    writing = false;
    await pulling;
    const rest = await puller.pullAll(25);
    seen.push(...rest.changes.map((c) => c.seq));

    const committed = await central.database.db
      .selectFrom('change_log')
      .select('seq')
      .where('seq', '>', start)
      .orderBy('seq')
      .execute();
    expect(committed.length).toBeGreaterThanOrEqual(WRITERS * WRITES_EACH * 3);
    expect([...seen].sort((a, b) => a - b)).toEqual(committed.map((c) => c.seq));
    expect(new Set(seen).size).toBe(seen.length);
  }, 120_000);
});
