import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import { LARGEST_PULL_LIMIT } from '@shared/sync/protocol';
import { CaseRecord } from '@shared/sync/records';
import { databaseTargets } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';
import { firstPoke } from './support/sse';
import { SyncTestClient } from './support/sync-client';

describe.each(databaseTargets)('sync basics on $name', (target) => {
  let central: TestCentral;
  const client = async (username: string) =>
    new SyncTestClient(central.app, await central.signIn(username));

  beforeAll(async () => {
    central = await startTestCentral(target);
  });
  afterAll(async () => {
    await central?.close();
  });

  it('bootstraps exactly the user’s scope, in pages, with the directory', async () => {
    const adjuster = await client('adj.east1');
    const { changes } = await adjuster.pullAll(7);
    const cases = changes.filter((c) => c.entity === 'case').map((c) => CaseRecord.parse(c.data));
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.every((c) => c.assigneeId === 'user-adj-east1')).toBe(true);
    expect(changes.filter((c) => c.entity === 'user').length).toBe(16);
    expect(
      changes
        .filter((c) => c.entity === 'event')
        .every((e) => cases.some((c) => c.id === e.caseId)),
    ).toBe(true);
    const seqs = changes.map((c) => c.seq);
    expect(new Set(seqs).size).toBe(seqs.length);

    const again = await adjuster.pullAll();
    expect(again.changes).toEqual([]);
  });

  it('applies a note, shows it to the next pull and acknowledges it to the device', async () => {
    const adjuster = await client('adj.east1');
    const { changes } = await adjuster.pullAll();
    const caseId = changes.find((c) => c.entity === 'case')?.id ?? '';
    const noteId = uuidv7();
    const result = await adjuster.pushOne('note.add', {
      noteId,
      caseId,
      body: '已电话联系客户，约定明天上午查勘',
      mentions: [],
    });
    expect(result).toMatchObject({ status: 'applied', reason: null });

    const next = await adjuster.pullAll();
    expect(next.changes.map((c) => [c.entity, c.id])).toContainEqual(['note', noteId]);
    expect(next.acks.map((a) => a.mutationId)).toContain(result.mutationId);

    const supervisor = await client('sup.east');
    const seen = await supervisor.pullAll();
    expect(seen.changes.some((c) => c.entity === 'note' && c.id === noteId)).toBe(true);
  });

  it('applies a batch sent three times once, with the same results each time', async () => {
    const adjuster = await client('adj.east2');
    const caseId = (await adjuster.pullAll()).changes.find((c) => c.entity === 'case')?.id ?? '';
    const batch = [
      adjuster.mutation('note.add', { noteId: uuidv7(), caseId, body: 'first', mentions: [] }),
      adjuster.mutation('contact.add', {
        contactId: uuidv7(),
        caseId,
        channel: 'call',
        direction: 'outbound',
        outcome: '客户确认材料',
        nextStep: null,
        at: Date.now(),
      }),
      adjuster.mutation('note.add', { noteId: uuidv7(), caseId, body: '', mentions: [] }),
    ];
    const first = await adjuster.push(batch);
    const second = await adjuster.push(batch);
    const third = await adjuster.push(batch);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(first.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected']);
    expect(first[2]?.reason).toBe('invalid-arguments');
    const notes = await central.database.db
      .selectFrom('notes')
      .select('id')
      .where('case_id', '=', caseId)
      .execute();
    expect(
      notes.filter((n) => n.id === (batch[0]?.args as { noteId: string }).noteId),
    ).toHaveLength(1);
  });

  it('commits the mutations before one that fails unexpectedly, and fails that one alone', async () => {
    const db = central.database.db;
    // A storage failure the handlers cannot foresee, for one note body only.
    await sql`
      create function fail_marked_note() returns trigger language plpgsql as $$
      begin
        if new.record::jsonb ->> 'body' = 'storage fails here' then
          raise exception 'simulated storage failure';
        end if;
        return new;
      end $$`.execute(db);
    await sql`create trigger fail_marked_note before insert on notes
      for each row execute function fail_marked_note()`.execute(db);
    try {
      const adjuster = await client('adj.north1');
      const caseId = (await adjuster.pullAll()).changes.find((c) => c.entity === 'case')?.id ?? '';
      const note = (body: string) =>
        adjuster.mutation('note.add', { noteId: uuidv7(), caseId, body, mentions: [] });
      const before = [note('before 1'), note('before 2')];
      const failing = note('storage fails here');
      await expect(adjuster.push([...before, failing, note('after')])).rejects.toThrow(
        /push failed 500/,
      );

      const stored = await db.selectFrom('processed_mutations').select('mutation_id').execute();
      const ids = new Set(stored.map((row) => row.mutation_id));
      expect(before.every((m) => ids.has(m.mutationId))).toBe(true);
      expect(ids.has(failing.mutationId)).toBe(false);
      // The client sends the same batch again: the applied ones answer from their stored results.
      await sql`drop trigger fail_marked_note on notes`.execute(db);
      const retried = await adjuster.push([...before, failing, note('after')]);
      expect(retried.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
      const notes = await db
        .selectFrom('notes')
        .select('id')
        .where('case_id', '=', caseId)
        .execute();
      const noteIds = new Set(notes.map((n) => n.id));
      expect(before.filter((m) => noteIds.has((m.args as { noteId: string }).noteId))).toHaveLength(
        2,
      );
    } finally {
      await sql`drop trigger if exists fail_marked_note on notes`.execute(db);
      await sql`drop function if exists fail_marked_note()`.execute(db);
    }
  });

  it('says the largest page it serves, serves it, and refuses a larger one in words', async () => {
    const adjuster = await client('adj.east1');
    const page = await adjuster.pullRaw(0, LARGEST_PULL_LIMIT);
    expect(page).toMatchObject({ kind: 'changes', largestLimit: LARGEST_PULL_LIMIT });
    const larger = await central.app.inject({
      method: 'POST',
      url: '/api/sync/pull',
      headers: adjuster.headers(),
      payload: { deviceId: adjuster.deviceId, cursor: 0, limit: LARGEST_PULL_LIMIT + 1 },
    });
    expect(larger.statusCode).toBe(400);
    expect(larger.body).toContain('limit');
  });

  it('refuses an old or missing protocol version with 426', async () => {
    const adjuster = await client('adj.east1');
    for (const version of [undefined, '0', '99']) {
      const response = await central.app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        headers: {
          authorization: `Bearer ${adjuster.token}`,
          ...(version ? { 'x-protocol-version': version } : {}),
        },
        payload: { deviceId: adjuster.deviceId, cursor: 0 },
      });
      expect(response.statusCode).toBe(426);
      expect(response.json().error).toBe('upgrade-required');
    }
  });

  it('tells a client whose cursor predates the retained log to re-bootstrap', async () => {
    const adjuster = await client('adj.north1');
    await adjuster.pullAll();
    await central.database.db
      .updateTable('sync_state')
      .set({ value: adjuster.cursor + 1000 })
      .where('name', '=', 'min_cursor')
      .execute();
    try {
      const page = await adjuster.pullRaw(5);
      expect(page.kind).toBe('reset-required');
      expect((await adjuster.pullRaw(0)).kind).toBe('changes');
    } finally {
      await central.database.db
        .updateTable('sync_state')
        .set({ value: 0 })
        .where('name', '=', 'min_cursor')
        .execute();
    }
  });

  it('rejects a mutation for a case outside the scope without blocking the rest', async () => {
    const adjuster = await client('adj.south1');
    const mine = (await adjuster.pullAll()).changes.find((c) => c.entity === 'case')?.id ?? '';
    const foreign =
      (await (await client('adj.east1')).pullAll()).changes.find((c) => c.entity === 'case')?.id ??
      '';
    const results = await adjuster.push([
      adjuster.mutation('note.add', {
        noteId: uuidv7(),
        caseId: foreign,
        body: 'not mine',
        mentions: [],
      }),
      adjuster.mutation('note.add', { noteId: uuidv7(), caseId: mine, body: 'mine', mentions: [] }),
    ]);
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ['rejected', 'case-not-found'],
      ['applied', null],
    ]);
  });

  it('gives an offline-created case its final number and keeps the device’s id', async () => {
    const field = await client('field.east1');
    const caseId = uuidv7();
    const result = await field.pushOne('case.create', {
      caseId,
      line: 'AUTO',
      customer: {
        name: '韩梅梅',
        kind: 'individual',
        idNumber: '11010519491231002X',
        phone: '13800138000',
      },
      policyNumber: null,
      lossAt: Date.now() - 3_600_000,
      reportedAt: Date.now(),
      lossLocation: '上海市延安路88号',
      lossLat: 31.2,
      lossLng: 121.4,
      claimedFen: 1_250_000,
      description: '高架追尾',
      provisionalNumber: 'TMP-FIELD-0001',
    });
    expect(result.status).toBe('applied');
    expect(result.output['caseNumber']).toMatch(/^CLM-\d{4}-\d{6}$/);
    const seen = (await field.pullAll()).changes.find(
      (c) => c.entity === 'case' && c.id === caseId,
    );
    expect(CaseRecord.parse(seen?.data)).toMatchObject({
      caseNumber: result.output['caseNumber'],
      provisionalNumber: 'TMP-FIELD-0001',
      state: 'REPORTED',
    });
  });

  it('pokes a connected client over server-sent events when a change commits', async () => {
    await central.app.listen({ host: '127.0.0.1', port: 0 });
    const address = central.app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const supervisor = await client('sup.east');
    const stream = await firstPoke(url, supervisor.token);
    await stream.ready;
    const adjuster = await client('adj.east1');
    const caseId = (await adjuster.pullAll()).changes.find((c) => c.entity === 'case')?.id ?? '';
    await adjuster.pushOne('note.add', {
      noteId: uuidv7(),
      caseId,
      body: '推送通知',
      mentions: [],
    });
    const poke = await stream.poke;
    stream.close();
    expect(poke.latest).toBeGreaterThan(0);
    const page = await supervisor.pullRaw(0);
    expect(page.kind === 'changes' && page.latest).toBe(poke.latest);
  });
});
