import { request as httpRequest, type IncomingMessage } from 'node:http';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import { PullResponse } from '@shared/sync/protocol';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@shared/version';
import { latestSeq, pull } from '../../server/src/sync/pull';
import { pullBody } from '../../server/src/sync/pull-body';
import { databaseTargets } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';

/**
 * The database prints each pulled change (migrations/0010 to 0012), so the
 * printing is checked where it runs: on every database target, awkward text
 * must come out of a pull's body exactly as it went into the log.
 */
describe.each(databaseTargets)('the changes a pull prints on $name', (target) => {
  let central: TestCentral;

  beforeAll(async () => {
    central = await startTestCentral(target, { cases: 3 });
  });
  afterAll(async () => {
    await central?.close();
  });

  /** Appends one row to the change log, as the writer would, at the next sequence. */
  async function logged(row: {
    entity: string;
    entityId: string;
    caseId: string | null;
    op: 'upsert' | 'delete';
    data: object | null;
  }): Promise<number> {
    const { db } = central.database;
    const { rows } = await sql<{ seq: number }>`select nextval('sync_seq')::int8 as seq`.execute(
      db,
    );
    const seq = Number(rows[0]?.seq);
    await db
      .insertInto('change_log')
      .values({
        seq,
        entity: row.entity,
        entity_id: row.entityId,
        case_id: row.caseId,
        op: row.op,
        row_version: seq,
        // As the writer stores a delete: the text `null`, which jsonb keeps as a JSON null.
        data: JSON.stringify(row.data),
        scope_user_id: null,
        scope_team_id: null,
        at: Date.now(),
      })
      .execute();
    return seq;
  }

  it('sends quotes, backslashes, newlines and Chinese text as they were written', async () => {
    const { db } = central.database;
    const before = await latestSeq(db);
    const note = {
      id: 'n-"1"\\',
      caseId: null,
      body: '客户称 "明天" 补交材料,\n联系人:\t张先生 \\ 😀',
      mentions: ['a"b'],
      amount: 12.5,
    };
    const noteSeq = await logged({
      entity: 'note',
      entityId: note.id,
      caseId: null,
      op: 'upsert',
      data: note,
    });
    const aCase = await db.selectFrom('cases').select('id').executeTakeFirstOrThrow();
    const goneSeq = await logged({
      entity: 'flag',
      entityId: 'f-\n"2"',
      caseId: aCase.id,
      op: 'delete',
      data: null,
    });
    const admin = { sub: 'user-admin', role: 'admin' as const, team: null };
    const page = await pull(db, admin, { deviceId: 'device-body', cursor: before, limit: 100 });
    const printed = Buffer.concat(pullBody(page)).toString('latin1');
    // All ASCII, the other characters escaped (migrations/0011_ascii_change_entries.ts).
    expect(printed).toMatch(/^[\x20-\x7e]*$/);
    const body = PullResponse.parse(JSON.parse(printed));
    if (body.kind !== 'changes') throw new Error(body.kind);
    // The note's record says its id, case and version: protocol 2 sends it short.
    expect(printed).toContain(`{"seq":${noteSeq},"entity":"note","data":{`);
    // A client of protocol 1 gets every entry whole, and reads the same changes.
    const whole = Buffer.concat(
      pullBody(
        await pull(db, admin, { deviceId: 'device-body-v1', cursor: before, limit: 100 }, 1),
      ),
    ).toString('latin1');
    const wholeEntries = (JSON.parse(whole) as { changes: object[] }).changes;
    for (const entry of wholeEntries) expect(entry).toHaveProperty('rowVersion');
    expect(wholeEntries).toEqual(body.changes);
    expect(body.changes).toEqual([
      {
        seq: noteSeq,
        entity: 'note',
        id: note.id,
        caseId: null,
        rowVersion: noteSeq,
        deleted: false,
        data: note,
      },
      {
        seq: goneSeq,
        entity: 'flag',
        id: 'f-\n"2"',
        caseId: aCase.id,
        rowVersion: goneSeq,
        deleted: true,
        data: null,
      },
    ]);
  });

  /** The service on a real socket, and the headers of a pull signed in as the admin. */
  async function overSocket(): Promise<{ port: number; headers: Record<string, string> }> {
    if (!central.app.server.listening) await central.app.listen({ host: '127.0.0.1', port: 0 });
    const address = central.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const headers = {
      authorization: `Bearer ${await central.signIn('admin')}`,
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      'content-type': 'application/json',
    };
    return { port, headers };
  }

  it('sends a page in pieces over a socket, as long as it says it is', async () => {
    const { port, headers } = await overSocket();
    const response = await fetch(`http://127.0.0.1:${port}/api/sync/pull`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ deviceId: uuidv7(), cursor: 0, limit: 5000 }),
    });
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(body.length));
    const page = PullResponse.parse(JSON.parse(body.toString()));
    if (page.kind !== 'changes') throw new Error(page.kind);
    expect(page.changes.length).toBeGreaterThan(10);
    expect(page.cursor).toBe(await latestSeq(central.database.db));
  });

  it('keeps the bytes of a page being sent to a slow reader while others pull', async () => {
    const { port, headers } = await overSocket();
    const before = await latestSeq(central.database.db);
    // Two pages far larger than a socket's buffers, each of its own letter.
    const big = (letter: string) => ({
      id: `n-${letter}`,
      caseId: null,
      body: letter.repeat(24e6),
    });
    const first = await logged({
      entity: 'note',
      entityId: 'n-a',
      caseId: null,
      op: 'upsert',
      data: big('a'),
    });
    const second = await logged({
      entity: 'note',
      entityId: 'n-b',
      caseId: null,
      op: 'upsert',
      data: big('b'),
    });
    // As the writer would after its commit: the service's head hears of them.
    central.pokes().committed(second);
    const pullOf = (cursor: number, upTo?: number) =>
      JSON.stringify({ deviceId: uuidv7(), cursor, limit: 100, upTo });
    const slow = await new Promise<IncomingMessage>((resolve, reject) => {
      const request = httpRequest(
        { host: '127.0.0.1', port, path: '/api/sync/pull', method: 'POST', headers },
        resolve,
      );
      request.on('error', reject);
      request.end(pullOf(before, first));
    });
    // Not read yet: most of its page waits in the service while other pulls are answered.
    slow.pause();
    for (let i = 0; i < 3; i++) {
      const other = await fetch(`http://127.0.0.1:${port}/api/sync/pull`, {
        method: 'POST',
        headers,
        body: pullOf(first),
      });
      expect(Buffer.from(await other.arrayBuffer()).includes('b'.repeat(1000))).toBe(true);
    }
    const chunks: Buffer[] = [];
    for await (const chunk of slow) chunks.push(chunk as Buffer);
    const page = PullResponse.parse(JSON.parse(Buffer.concat(chunks).toString()));
    if (page.kind !== 'changes') throw new Error(page.kind);
    expect(page.changes.map((c) => c.id)).toEqual(['n-a']);
    expect(page.changes[0]?.data).toEqual(big('a'));
  }, 60_000);
});
