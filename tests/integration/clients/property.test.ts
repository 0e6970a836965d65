// Before anything loads Dexie, which looks for IndexedDB once, at import.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { MutationArgs } from '@shared/sync/mutations';
import type { MutationResult } from '@shared/sync/protocol';
import { CaseRecord, ENTITY_SCHEMAS } from '@shared/sync/records';
import { ENTITY_TABLES } from '../../../renderer/src/data/db';
import { storedRecords } from '../../../renderer/src/sync/apply-changes';
import type { SyncReport } from '../../../renderer/src/sync/engine';
import { SyncError } from '../../../renderer/src/sync/transport';
import { caseRecord, teamRecord, userRecord } from '../../../server/src/sync/records';
import { startTestCentral, type TestCentral } from '../support/central';
import { databaseTargets } from '../support/databases';
import {
  ASSIGNEES,
  FIELD_VALUES,
  ROSTERS,
  judgeMutation,
  same,
  scheduleArbitrary,
  type CaseVersion,
  type ClientOp,
  type LogEntry,
  type QueuedCall,
  type QueuedMutation,
  type Schedule,
} from './schedule-model';
import { TestWorkstation, type WorkstationSession } from './support';

/**
 * The sync acceptance property: random schedules of three clients with
 * disconnects, lost and duplicated answers, pushes cut short, and client and
 * server restarts. Afterwards every client holds exactly the server's rows for
 * its scope, every mutation has exactly one result and one effect, and every
 * result is the one the conflict rules (architecture §5 rule 6) call for.
 *
 * One service serves all runs; before each run its data is put back to the
 * seeded state, so every run (and every shrink of a failing one) starts from
 * the same server and from empty client databases.
 *
 * FC_SEED (and FC_PATH from a failure report) replay a run; FC_RUNS and
 * FC_OPS change the run count and the operations per client;
 * FC_END_ON_FAILURE=1 reports the first failure without shrinking it.
 */

const RUNS = Number(process.env['FC_RUNS'] ?? 200);
const OPS_PER_CLIENT = Number(process.env['FC_OPS'] ?? 50);
const SEED = process.env['FC_SEED'] === undefined ? undefined : Number(process.env['FC_SEED']);
const PATH = process.env['FC_PATH'];
const TIME_LIMIT_MS = 25 * 60_000;
const SESSION_RENEW_MS = 10 * 60_000;

type SyncedEntity = keyof typeof ENTITY_TABLES;

/** Where the service keeps an entity when its table is not named as the workstation's is. */
const SERVER_TABLES: Partial<Record<SyncedEntity, string>> = {
  event: 'case_events',
  material: 'materials',
  contact: 'contacts',
  siteSurvey: 'site_surveys',
};

/** A case's satellite entities and the server table of each: every synced table but cases, users and teams. */
const SATELLITES = (Object.keys(ENTITY_TABLES) as SyncedEntity[])
  .filter((entity) => entity !== 'case' && entity !== 'user' && entity !== 'team')
  .map((entity) => ({ entity, table: SERVER_TABLES[entity] ?? ENTITY_TABLES[entity] }));

const SNAPSHOT = 'property_test_case_snapshot';

const target = databaseTargets.find((t) => t.name === 'pglite');

describe.skipIf(!target)('sync engine property (pglite)', () => {
  let central: TestCentral;
  const sessions = new Map<string, { session: WorkstationSession; at: number }>();
  /** Signing in hashes a password (slow); sessions are reused, and renewed well before access tokens expire. */
  const sessionFor = async (username: string): Promise<WorkstationSession> => {
    const held = sessions.get(username);
    if (held && Date.now() - held.at < SESSION_RENEW_MS) return held.session;
    const session = await TestWorkstation.session(central, username);
    sessions.set(username, { session, at: Date.now() });
    return session;
  };
  let seedSeq = 0;
  let caseColumns: string[] = [];
  const seedHistory = new Map<string, CaseVersion[]>();

  beforeAll(async () => {
    if (!target) return;
    central = await startTestCentral(target, { cases: 12 });
    const db = central.database.db;
    // The database lives in memory and is never crashed here, so waiting for each commit to reach
    // its (emulated) disk buys nothing and costs a third of PGlite's time. Visibility is unchanged.
    await sql`set synchronous_commit = off`.execute(db);
    for (const username of new Set(Object.values(ROSTERS).flat())) await sessionFor(username);
    const { rows } = await sql<{ seq: number }>`select max(seq) as seq from change_log`.execute(db);
    seedSeq = Number(rows[0]?.seq ?? 0);
    await sql`create table ${sql.table(SNAPSHOT)} as select * from cases`.execute(db);
    const columns = await sql<{ name: string }>`
      select column_name as name from information_schema.columns
      where table_name = 'cases' and column_name <> 'id' order by ordinal_position`.execute(db);
    caseColumns = columns.rows.map((c) => c.name);
    for (const entry of await caseLog(central, 0, seedSeq)) {
      const versions = seedHistory.get(entry.entityId) ?? [];
      versions.push({ seq: entry.seq, record: CaseRecord.parse(entry.data) });
      seedHistory.set(entry.entityId, versions);
    }
    const east = await db
      .selectFrom('cases')
      .select(['id', 'assignee_id'])
      .where('team_id', '=', 'team-east')
      .execute();
    // The schedules need both adjusters under test to hold cases, and a case for the supervisor alone.
    for (const holder of [...ASSIGNEES])
      if (!east.some((c) => c.assignee_id === holder))
        throw new Error(`the seed gives ${holder} no case; pick another seed size`);
  }, 300_000);

  afterAll(async () => {
    await central?.close();
  });

  // The first counterexample the property found, shrunk: the pull reported the case both removed and added, and the engine purged it.
  it('keeps a case that was reassigned away and back while its owner was offline', async () => {
    await resetServer();
    const [owner, supervisor] = await Promise.all(
      ['adj.east2', 'sup.east'].map(async (u) =>
        TestWorkstation.withSession(central, await sessionFor(u)),
      ),
    );
    if (!owner || !supervisor) throw new Error('no workstations');
    try {
      await owner.sync();
      await supervisor.sync();
      const [caseId] = await owner.caseIds();
      if (!caseId) throw new Error('adj.east2 holds no case');
      owner.online = false;
      for (const assigneeId of ['user-adj-east1', 'user-adj-east2']) {
        const row = await supervisor.db.cases.get(caseId);
        await supervisor.queue(
          'case.assign',
          { caseId, assigneeId, reason: '改派又改回' },
          { [`case:${caseId}`]: row?.rowVersion ?? 0 },
        );
        await supervisor.sync();
      }
      owner.online = true;
      await owner.sync();
      expect(await owner.db.cases.get(caseId)).toMatchObject({ assigneeId: 'user-adj-east2' });
    } finally {
      await owner.destroy();
      await supervisor.destroy();
    }
  });

  it('an edit the server had nothing to do for leaves no local trace', async () => {
    await resetServer();
    const w = await TestWorkstation.withSession(central, await sessionFor('sup.east'));
    try {
      await w.sync();
      const [before] = await w.db.cases.toArray();
      if (!before) throw new Error('the supervisor holds no case');
      await w.queue(
        'case.update',
        { caseId: before.id, fields: { description: before.description } },
        { [`case:${before.id}`]: before.rowVersion },
      );
      expect(await w.sync()).toMatchObject({ pushed: 1, conflicts: 0 });
      expect(await w.db.cases.get(before.id)).toEqual(before);
    } finally {
      await w.destroy();
    }
  });

  it('a note the server did not add leaves no local trace', async () => {
    await resetServer();
    const owner = await TestWorkstation.withSession(central, await sessionFor('adj.east2'));
    const supervisor = await TestWorkstation.withSession(central, await sessionFor('sup.east'));
    const reassign = async (caseId: string, assigneeId: string) => {
      const row = await supervisor.db.cases.get(caseId);
      await supervisor.queue(
        'case.assign',
        { caseId, assigneeId, reason: '改派' },
        { [`case:${caseId}`]: row?.rowVersion ?? 0 },
      );
      await supervisor.sync();
    };
    try {
      await owner.sync();
      await supervisor.sync();
      const [caseId] = await owner.caseIds();
      if (!caseId) throw new Error('adj.east2 holds no case');
      owner.online = false;
      const noteId = uuidv7();
      await owner.queue('note.add', { noteId, caseId, body: '离线备注', mentions: [] });
      await reassign(caseId, 'user-adj-east1');
      owner.online = true;
      owner.loseResponses = 1;
      await expect(owner.sync()).rejects.toMatchObject({ kind: 'transient' });
      await reassign(caseId, 'user-adj-east2');
      await owner.sync();
      expect(owner.delivered).toMatchObject([{ status: 'conflict', reason: 'case-reassigned' }]);
      expect(await owner.db.notes.get(noteId)).toBeUndefined();
    } finally {
      await owner.destroy();
      await supervisor.destroy();
    }
  });

  it(
    `${RUNS} random schedules of three clients × ${OPS_PER_CLIENT} operations converge, each mutation applied once`,
    async () => {
      const started = performance.now();
      let run = 0;
      await fc.assert(
        fc.asyncProperty(scheduleArbitrary(OPS_PER_CLIENT), async (schedule) => {
          run++;
          await runSchedule(schedule);
        }),
        {
          numRuns: RUNS,
          ...(SEED === undefined ? {} : { seed: SEED }),
          ...(PATH === undefined ? {} : { path: PATH }),
          endOnFailure: process.env['FC_END_ON_FAILURE'] === '1',
          plugins: [fc.interruptAfterTimeLimit(TIME_LIMIT_MS, { failOnInterrupt: true })],
        },
      );
      console.log(
        `sync property: ${run} schedules in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    },
    TIME_LIMIT_MS + 60_000,
  );

  /** Puts the service's data back to the seed: the run's rows, log entries and case edits go. */
  async function resetServer(): Promise<void> {
    await central.database.db.transaction().execute(async (trx) => {
      for (const { table } of SATELLITES)
        await sql`delete from ${sql.table(table)} where row_version > ${seedSeq}`.execute(trx);
      await sql`delete from change_log where seq > ${seedSeq}`.execute(trx);
      const columns = sql.join(caseColumns.map((c) => sql.ref(c)));
      const restored = sql.join(caseColumns.map((c) => sql.ref(`s.${c}`)));
      await sql`update cases c set (${columns}) = (select ${restored} from ${sql.table(SNAPSHOT)} s where s.id = c.id)`.execute(
        trx,
      );
    });
  }

  async function runSchedule(schedule: Schedule): Promise<void> {
    await resetServer();
    const db = central.database.db;
    const { rows: head } = await sql<{
      seq: number;
    }>`select last_value as seq from sync_seq`.execute(db);
    const runStart = Number(head[0]?.seq ?? 0);
    const { rows: tail } = await sql<{
      id: number | null;
    }>`select max(id) as id from audit_log`.execute(db);
    const auditStart = Number(tail[0]?.id ?? 0);

    const usernames = ROSTERS[schedule.roster];
    const clients: TestWorkstation[] = [];
    for (const username of usernames) {
      clients.push(await TestWorkstation.withSession(central, await sessionFor(username)));
    }
    const queued: QueuedMutation[] = [];
    try {
      // A device's first sync after sign-in brings its scope down; the schedule starts from there.
      for (const w of clients) await w.sync();
      for (const [index, step] of schedule.steps.entries()) {
        const w = clients[step.client];
        if (!w) throw new Error(`no client ${step.client}`);
        try {
          await perform(w, step.client, step.op, queued);
        } catch (error) {
          throw new Error(
            `step #${index} (client ${step.client}, ${JSON.stringify(step.op)}): ${describeError(error)}`,
            { cause: error },
          );
        }
      }
      await settle(clients);
      const problems = [
        ...(await checkClients(clients, queued)),
        ...(await checkMutations(queued, runStart, auditStart)),
        ...(await checkScopes(clients)),
      ];
      expect(problems).toEqual([]);
    } finally {
      for (const w of clients) await w.destroy();
    }
  }

  async function perform(
    w: TestWorkstation,
    client: number,
    op: ClientOp,
    queued: QueuedMutation[],
  ): Promise<void> {
    const queue = async (call: QueuedCall, base: number | null) => {
      const entry = await (call.name === 'note.add'
        ? w.queue(call.name, call.args)
        : w.queue(
            call.name,
            call.args,
            base === null ? {} : { [`case:${call.args.caseId}`]: base },
          ));
      queued.push({
        ...call,
        mutationId: entry.mutationId,
        client,
        userId: w.userId,
        role: w.username.startsWith('sup.') ? 'supervisor' : 'adjuster',
        base,
      } as QueuedMutation);
    };
    const localCase = async (pick: number) => {
      const ids = await w.caseIds();
      const id = ids[pick % Math.max(ids.length, 1)];
      return id === undefined ? undefined : await w.db.cases.get(id);
    };
    switch (op.kind) {
      case 'idle':
        return;
      case 'note': {
        const row = await localCase(op.pick);
        if (!row) return;
        const args = {
          noteId: uuidv7(),
          caseId: row.id,
          body: `备注 ${queued.length}`,
          mentions: [],
        };
        await queue({ name: 'note.add', args }, null);
        return;
      }
      case 'edit': {
        const row = await localCase(op.pick);
        if (!row) return;
        const fields: MutationArgs<'case.update'>['fields'] = {};
        for (const [field, index] of op.changes) {
          if (field === 'claimedFen') fields.claimedFen = FIELD_VALUES.claimedFen[index] ?? 0;
          else fields[field] = FIELD_VALUES[field][index] ?? FIELD_VALUES[field][0];
        }
        await queue({ name: 'case.update', args: { caseId: row.id, fields } }, row.rowVersion);
        return;
      }
      case 'assign': {
        const row = await localCase(op.pick);
        const assigneeId = ASSIGNEES[op.to];
        if (!row || !assigneeId) return;
        const args = { caseId: row.id, assigneeId, reason: '属性测试改派' };
        await queue({ name: 'case.assign', args }, row.rowVersion);
        return;
      }
      case 'offline':
        w.online = false;
        return;
      case 'online':
        w.online = true;
        return;
      case 'restart-client':
        await w.restart();
        return;
      case 'restart-server':
        await central.restart();
        return;
      case 'sync':
        await syncWithFault(w, op);
        return;
    }
  }

  /** One sync attempt with the step's fault; it must fail exactly when the fault or the network says so. */
  async function syncWithFault(
    w: TestWorkstation,
    op: Extract<ClientOp, { kind: 'sync' }>,
  ): Promise<void> {
    const pending = await w.db.outbox.count();
    if (op.fault === 'lose-first') w.loseResponses = 1;
    if (op.fault === 'duplicate' || op.fault === 'duplicate-concurrent') {
      w.duplicateRequests = 2;
      w.duplicateConcurrently = op.fault === 'duplicate-concurrent';
    }
    if (op.fault === 'cut') w.cutPushAfter = op.cutAfter;
    let failed = false;
    try {
      if (op.fault === 'lose-pull') {
        const report: SyncReport = { pushed: 0, rejected: 0, conflicts: 0, pulled: 0, cursor: 0 };
        await w.engine.pushOutbox(report);
        w.loseResponses = 1;
        await w.engine.pullUntilCaughtUp(report);
      } else {
        await w.sync();
      }
    } catch (error) {
      if (!(error instanceof SyncError) || error.kind !== 'transient') throw error;
      failed = true;
    } finally {
      w.loseResponses = 0;
      w.duplicateRequests = 0;
      w.cutPushAfter = null;
    }
    const mustFail =
      !w.online ||
      op.fault === 'lose-first' ||
      op.fault === 'lose-pull' ||
      (op.fault === 'cut' && pending > 0);
    if (failed !== mustFail)
      throw new Error(`sync ${failed ? 'failed' : 'succeeded'} (${op.fault}, ${pending} queued)`);
  }

  /** Everyone online and syncing until a whole round pushes nothing: all have then pulled the last change. */
  async function settle(clients: TestWorkstation[]): Promise<void> {
    for (const w of clients) w.online = true;
    for (let round = 0; round < 4; round++) {
      let pushed = 0;
      for (const w of clients) pushed += (await w.sync()).pushed;
      if (pushed === 0) return;
    }
    throw new Error('clients still pushing after four rounds of syncing');
  }

  /** Each client heard exactly one answer per mutation, the server's stored one, and kept nothing queued. */
  async function checkClients(
    clients: TestWorkstation[],
    queued: QueuedMutation[],
  ): Promise<string[]> {
    const problems: string[] = [];
    const stored = await processedResults(queued.map((m) => m.mutationId));
    for (const [index, w] of clients.entries()) {
      const mine = queued.filter((m) => m.client === index);
      const outbox = await w.db.outbox.count();
      if (outbox > 0) problems.push(`client ${index}: ${outbox} mutations still queued`);
      for (const m of mine) {
        const heard = w.delivered.filter((r) => r.mutationId === m.mutationId);
        const server = stored.get(m.mutationId);
        if (heard.length !== 1)
          problems.push(
            `client ${index}: ${m.name} ${m.mutationId} answered ${heard.length} times`,
          );
        else if (!server || !same(heard[0], server.result))
          problems.push(
            `client ${index}: ${m.mutationId} heard ${JSON.stringify(heard[0])}, server stored ${JSON.stringify(server?.result)}`,
          );
      }
      const rejected = mine
        .filter((m) => stored.get(m.mutationId)?.result.status === 'rejected')
        .map((m) => m.mutationId)
        .sort();
      const shown = (await w.db.rejections.toCollection().primaryKeys()).sort();
      if (!same(shown, rejected))
        problems.push(
          `client ${index}: shows rejections [${shown.join(', ')}], expected [${rejected.join(', ')}]`,
        );
    }
    return problems;
  }

  async function processedResults(ids: string[]) {
    if (ids.length === 0) return new Map<string, { seq: number; result: MutationResult }>();
    const rows = await central.database.db
      .selectFrom('processed_mutations')
      .select(['mutation_id', 'seq', 'result'])
      .where('mutation_id', 'in', ids)
      .execute();
    return new Map(
      rows.map((r) => [
        r.mutation_id,
        { seq: Number(r.seq), result: r.result as unknown as MutationResult },
      ]),
    );
  }

  /**
   * Every mutation reached the server once (one processed row, one audit
   * entry), its result is what the rules say, and its transaction wrote
   * exactly its own effects: nothing twice, nothing missing, nothing stray.
   * Also says where the known optimistic-state defect may show.
   */
  async function checkMutations(
    queued: QueuedMutation[],
    runStart: number,
    auditStart: number,
  ): Promise<string[]> {
    const problems: string[] = [];
    const db = central.database.db;
    const stored = await processedResults(queued.map((m) => m.mutationId));
    const runLog = await logSince(runStart);
    const history = new Map([...seedHistory].map(([id, versions]) => [id, [...versions]]));
    for (const entry of runLog) {
      if (entry.entity !== 'case' || entry.op !== 'upsert') continue;
      const versions = history.get(entry.entityId) ?? [];
      versions.push({ seq: entry.seq, record: CaseRecord.parse(entry.data) });
      history.set(entry.entityId, versions);
    }
    const audits = await sql<{ id: string; n: number }>`
      select entity_id as id, count(*)::int as n from audit_log
      where id > ${auditStart} and entity = 'mutation' group by entity_id`.execute(db);
    const audited = new Map(audits.rows.map((r) => [r.id, Number(r.n)]));

    const byId = new Map(queued.map((m) => [m.mutationId, m]));
    const order = [...stored.entries()].sort(([, a], [, b]) => a.seq - b.seq);
    for (const m of queued) {
      if (!stored.has(m.mutationId))
        problems.push(`${m.name} ${m.mutationId} (client ${m.client}) never reached the server`);
      if (audited.get(m.mutationId) !== 1)
        problems.push(`${m.mutationId} audited ${audited.get(m.mutationId) ?? 0} times`);
    }
    let rangeStart = runStart;
    for (const [mutationId, { seq, result }] of order) {
      const m = byId.get(mutationId);
      const own = runLog.filter((e) => e.seq > rangeStart && e.seq < seq);
      if (m) {
        problems.push(
          ...judgeMutation(m, result, history.get(m.args.caseId) ?? [], runLog, rangeStart, own),
        );
      }
      rangeStart = seq;
    }
    const stray = runLog.filter((e) => e.seq > rangeStart);
    if (stray.length > 0)
      problems.push(
        `written after the last mutation: ${stray.map((e) => `${e.seq} ${e.entity}:${e.op} ${e.entityId}`).join(', ')}`,
      );
    const notes = queued.filter((m) => m.name === 'note.add');
    for (const m of notes) {
      if (m.name !== 'note.add') continue;
      const logged = runLog.filter((e) => e.entity === 'note' && e.entityId === m.args.noteId);
      const applied = stored.get(m.mutationId)?.result.status === 'applied';
      if (logged.length !== (applied ? 1 : 0))
        problems.push(`note ${m.args.noteId} logged ${logged.length} times (applied: ${applied})`);
    }
    return problems;
  }

  async function logSince(after: number): Promise<LogEntry[]> {
    const rows = await central.database.db
      .selectFrom('change_log')
      .select(['seq', 'entity', 'entity_id', 'case_id', 'op', 'data', 'scope_user_id'])
      .where('seq', '>', after)
      .orderBy('seq')
      .execute();
    return rows.map((r) => ({
      seq: Number(r.seq),
      entity: r.entity,
      entityId: r.entity_id,
      caseId: r.case_id,
      op: r.op as LogEntry['op'],
      data: r.data as unknown as Record<string, unknown> | null,
      scopeUserId: r.scope_user_id,
    }));
  }

  /**
   * Each client holds exactly the server's current rows for its user's scope,
   * at the server's versions: no local effect the server did not confirm.
   */
  async function checkScopes(clients: TestWorkstation[]): Promise<string[]> {
    const db = central.database.db;
    const cases = await db.selectFrom('cases').selectAll().where('deleted', '=', false).execute();
    const customers = new Map(
      (await db.selectFrom('customers').selectAll().execute()).map((c) => [c.id, c]),
    );
    const policies = new Map(
      (await db.selectFrom('policies').selectAll().execute()).map((p) => [p.id, p]),
    );
    const satellites = new Map<SyncedEntity, { caseId: string; row: Row }[]>();
    for (const { entity, table } of SATELLITES) {
      const { rows } = await sql<{ case_id: string; row_version: number; record: unknown }>`
        select case_id, row_version, record from ${sql.table(table)} where deleted = false`.execute(
        db,
      );
      satellites.set(
        entity,
        rows.map((r) => ({
          caseId: r.case_id,
          row: stored(ENTITY_SCHEMAS[entity].parse(r.record), r.row_version),
        })),
      );
    }
    const { rows: versions } = await sql<{ entity: string; id: string; seq: number }>`
      select entity, entity_id as id, max(seq) as seq from change_log
      where entity in ('user', 'team') group by entity, entity_id`.execute(db);
    const versionOf = (entity: string, id: string) =>
      Number(versions.find((v) => v.entity === entity && v.id === id)?.seq ?? -1);
    const users = (await db.selectFrom('users').selectAll().execute()).map((u) =>
      stored(ENTITY_SCHEMAS.user.parse(userRecord(u)), versionOf('user', u.id)),
    );
    const teams = (await db.selectFrom('teams').selectAll().execute()).map((t) =>
      stored(ENTITY_SCHEMAS.team.parse(teamRecord(t)), versionOf('team', t.id)),
    );

    const problems: string[] = [];
    for (const [index, w] of clients.entries()) {
      const supervisor = w.username.startsWith('sup.');
      const inScope = cases.filter((c) =>
        supervisor ? c.team_id === w.teamId : c.assignee_id === w.userId,
      );
      const scopeIds = new Set(inScope.map((c) => c.id));
      const expected = new Map<SyncedEntity, Row[]>([
        [
          'case',
          inScope.map((c) => {
            const customer = customers.get(c.customer_id);
            if (!customer) throw new Error(`case ${c.id} has no customer`);
            const record = caseRecord(
              c,
              customer,
              (c.policy_id && policies.get(c.policy_id)) || null,
            );
            return stored(ENTITY_SCHEMAS.case.parse(record), c.row_version);
          }),
        ],
        ['user', users],
        ['team', teams],
      ]);
      for (const [entity, rows] of satellites)
        expected.set(
          entity,
          rows.filter((r) => scopeIds.has(r.caseId)).map((r) => r.row),
        );
      for (const [entity, rows] of expected) {
        const local = (await storedRecords(w.db, ENTITY_TABLES[entity])) as Row[];
        problems.push(...compareRows(`client ${index} (${w.username}) ${entity}`, local, rows));
      }
    }
    return problems;
  }
});

type Row = { id: string; rowVersion: number } & Record<string, unknown>;

function stored(record: object, rowVersion: number): Row {
  return { ...(record as { id: string }), rowVersion: Number(rowVersion) };
}

function compareRows(label: string, local: Row[], server: Row[]): string[] {
  const mine = new Map(local.map((r) => [r.id, r]));
  const theirs = new Map(server.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const [id, row] of theirs) {
    const held = mine.get(id);
    if (!held) problems.push(`${label}: missing ${id} (server v${row.rowVersion})`);
    else if (!same(held, row))
      problems.push(
        `${label}: ${id} differs: local v${held.rowVersion} ${JSON.stringify(held)}, server v${row.rowVersion} ${JSON.stringify(row)}`,
      );
  }
  for (const [id, row] of mine)
    if (!theirs.has(id))
      problems.push(
        `${label}: holds ${id} (v${row.rowVersion}), which the server does not give it`,
      );
  return problems;
}

async function caseLog(central: TestCentral, after: number, upTo: number) {
  const rows = await central.database.db
    .selectFrom('change_log')
    .select(['seq', 'entity_id', 'data'])
    .where('entity', '=', 'case')
    .where('op', '=', 'upsert')
    .where('seq', '>', after)
    .where('seq', '<=', upTo)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ seq: Number(r.seq), entityId: r.entity_id, data: r.data as unknown }));
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
