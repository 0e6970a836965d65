import { Migrator, sql, type Migration } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import { CaseRecord, EventRecord } from '@shared/sync/records';
import type { ChangeEntry } from '@shared/sync/protocol';
import { openDatabase, type OpenDatabase } from '../../server/src/db/database';
import * as m0001 from '../../server/src/db/migrations/0001_foundation';
import * as m0002 from '../../server/src/db/migrations/0002_system_of_record';
import * as m0003 from '../../server/src/db/migrations/0003_payee_accounts';
import * as m0004 from '../../server/src/db/migrations/0004_case_milestones';
import { databaseTargets } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';
import { SyncTestClient } from './support/sync-client';

const HOUR = 3_600_000;

const caseChange = (changes: ChangeEntry[], caseId: string) =>
  changes.filter((c) => c.entity === 'case' && c.id === caseId);

describe.each(databaseTargets)('case milestones kept by the service on $name', (target) => {
  let central: TestCentral;
  let adjuster: SyncTestClient;
  let caseId: string;

  const caseRow = () =>
    central.database.db
      .selectFrom('cases')
      .select(['row_version', 'milestones', 'state'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    central = await startTestCentral(target);
    adjuster = new SyncTestClient(central.app, await central.signIn('adj.east1'));
    await adjuster.pullAll();
    // A case of the adjuster's own that nobody has contacted yet: every milestone below is new.
    caseId = uuidv7();
    const created = await adjuster.pushOne('case.create', {
      caseId,
      line: 'MEDICAL',
      customer: {
        name: '李雷',
        kind: 'individual',
        idNumber: '110105194912310021',
        phone: '13900139000',
      },
      policyNumber: null,
      lossAt: Date.now() - 2 * 24 * HOUR,
      reportedAt: Date.now() - HOUR,
      lossLocation: '上海市瑞金医院',
      lossLat: null,
      lossLng: null,
      claimedFen: 820_000,
      description: '急性阑尾炎住院手术',
      provisionalNumber: 'TMP-ADJ-0001',
    });
    expect(created.status).toBe('applied');
    const seen = caseChange((await adjuster.pullAll()).changes, caseId).at(-1);
    expect(CaseRecord.parse(seen?.data).milestones).toEqual({ reportChannel: 'staff' });
  });
  afterAll(async () => {
    await central?.close();
  });

  it('times first, last and progress contact from when an outbound call was made, not when it arrived', async () => {
    const contactId = uuidv7();
    // Logged three hours after the call was made (an offline workstation catching up).
    const madeAt = Date.now() - 3 * HOUR;
    const before = Date.now();
    const result = await adjuster.pushOne('contact.add', {
      contactId,
      caseId,
      channel: 'call',
      direction: 'outbound',
      outcome: '已电话联系客户，说明所需材料',
      nextStep: null,
      at: madeAt,
    });
    expect(result.status).toBe('applied');

    const { changes } = await adjuster.pullAll();
    const event = changes
      .filter((c) => c.entity === 'event' && c.caseId === caseId)
      .map((c) => EventRecord.parse(c.data))
      .find((e) => e.kind === 'contact' && e.detail['contactId'] === contactId);
    expect(event).toBeDefined();
    const serverAt = event?.at ?? 0;
    expect(serverAt).toBeGreaterThanOrEqual(before);
    expect(serverAt).not.toBe(madeAt);

    const logged = caseChange(changes, caseId);
    expect(logged).toHaveLength(1);
    const record = CaseRecord.parse(logged[0]?.data);
    expect(record.milestones).toEqual({
      reportChannel: 'staff',
      firstContactAt: madeAt,
      lastContactAt: madeAt,
      lastProgressCallAt: madeAt,
    });
    const row = await caseRow();
    expect(row.milestones).toEqual(record.milestones);
    expect(row.row_version).toBe(logged[0]?.rowVersion);
  });

  it('logs no case change for a note, which moves no milestone', async () => {
    const before = await caseRow();
    const noteId = uuidv7();
    const result = await adjuster.pushOne('note.add', {
      noteId,
      caseId,
      body: '客户称周五前补交出院小结',
      mentions: [],
    });
    expect(result.status).toBe('applied');
    const { changes } = await adjuster.pullAll();
    expect(changes.map((c) => [c.entity, c.id])).toContainEqual(['note', noteId]);
    expect(caseChange(changes, caseId)).toEqual([]);
    const after = await caseRow();
    expect(after.row_version).toBe(before.row_version);
    expect(after.milestones).toEqual(before.milestones);
  });

  it('counts each move into PENDING_MATERIALS as one more request for materials', async () => {
    const move = async (from: CaseRecord['state'], to: CaseRecord['state']) => {
      const result = await adjuster.pushOne('case.transition', {
        caseId,
        from,
        to,
        reason: to === 'PENDING_MATERIALS' ? '缺少费用清单，已一次性告知客户' : null,
        denialClause: null,
      });
      expect(result.status, `${from} → ${to}`).toBe('applied');
      const logged = caseChange((await adjuster.pullAll()).changes, caseId).at(-1);
      return CaseRecord.parse(logged?.data);
    };
    const accepted = await move('REPORTED', 'ACCEPTED');
    expect(accepted.state).toBe('ACCEPTED');
    expect(accepted.milestones.acceptedAt).toBeGreaterThan(0);
    expect(accepted.milestones.materialsRequests).toBeUndefined();
    await move('ACCEPTED', 'MATERIALS_REVIEW');
    const first = await move('MATERIALS_REVIEW', 'PENDING_MATERIALS');
    expect(first.state).toBe('PENDING_MATERIALS');
    expect(first.milestones.materialsRequests).toBe(1);
    const back = await move('PENDING_MATERIALS', 'MATERIALS_REVIEW');
    expect(back.milestones.materialsRequests).toBe(1);
    const second = await move('MATERIALS_REVIEW', 'PENDING_MATERIALS');
    expect(second.milestones.materialsRequests).toBe(2);
    // The earlier milestones stand.
    expect(second.milestones).toMatchObject({
      reportChannel: 'staff',
      acceptedAt: accepted.milestones.acceptedAt,
    });
    expect((await caseRow()).milestones).toEqual(second.milestones);
  });
});

describe('the milestones migration on a database from before it', () => {
  let database: OpenDatabase;
  const migrations: Record<string, Migration> = {
    '0001_foundation': m0001,
    '0002_system_of_record': m0002,
    '0003_payee_accounts': m0003,
    '0004_case_milestones': m0004,
  };
  const migrator = () =>
    new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } });

  const reportedAt = Date.UTC(2026, 9, 1, 8, 0);
  const acceptedAt = reportedAt + 40 * 60_000;
  const oldCase = {
    id: 'case-old',
    caseNumber: 'CLM-2026-000001',
    state: 'ACCEPTED',
    claimedFen: 500_000,
    reportedAt,
    lossLocation: '上海市延安路88号',
  };

  beforeAll(async () => {
    database = await openDatabase({ databaseUrl: null, dataDir: 'memory://' });
    const { error } = await migrator().migrateTo('0003_payee_accounts');
    expect(error).toBeUndefined();
    const db = database.db;
    const columns = await sql<{ column_name: string }>`
      select column_name from information_schema.columns where table_name = 'cases'`.execute(db);
    expect(columns.rows.map((c) => c.column_name)).not.toContain('milestones');

    await sql`insert into teams (id, name, region) values ('team-east', '华东理赔一部', '上海')`.execute(
      db,
    );
    await sql`
      insert into users (id, username, display_name, role, team_id, password_hash, created_at)
      values ('user-adj', 'adj', '王芳', 'adjuster', 'team-east', 'x', ${reportedAt})`.execute(db);
    await sql`
      insert into customers (id, name, kind, id_number, phone, preferred_channel)
      values ('cust-1', '韩梅梅', 'individual', '11010519491231002X', '13800138000', 'wechat')`.execute(
      db,
    );
    const seq = async () =>
      Number(
        (await sql<{ seq: number }>`select nextval('sync_seq')::int8 as seq`.execute(db)).rows[0]
          ?.seq,
      );
    const insertCase = async (id: string, caseNumber: string) => {
      const version = await seq();
      await sql`
        insert into cases (id, case_number, line, state, customer_id, claimed_fen, reserved_fen,
                           paid_fen, assignee_id, team_id, loss_at, reported_at, loss_location,
                           row_version, updated_at)
        values (${id}, ${caseNumber}, 'MEDICAL', 'ACCEPTED', 'cust-1', ${oldCase.claimedFen}, 0, 0,
                'user-adj', 'team-east', ${reportedAt - 86_400_000}, ${reportedAt},
                ${oldCase.lossLocation}, ${version}, ${acceptedAt})`.execute(db);
      await sql`
        insert into change_log (seq, entity, entity_id, case_id, op, row_version, data, at)
        values (${version}, 'case', ${id}, ${id}, 'upsert', ${version},
                ${JSON.stringify({ ...oldCase, id, caseNumber })}::jsonb, ${acceptedAt})`.execute(
        db,
      );
      return version;
    };
    const insertEvent = async (
      id: string,
      caseId: string,
      record: Record<string, unknown>,
      deleted = false,
    ) => {
      const version = await seq();
      await sql`
        insert into case_events (id, case_id, row_version, updated_at, deleted, record)
        values (${id}, ${caseId}, ${version}, ${Number(record['at'])}, ${deleted},
                ${JSON.stringify({ id, caseId, actorId: null, fromState: null, toState: null, reason: null, detail: {}, ...record })}::jsonb)`.execute(
        db,
      );
    };
    await insertCase(oldCase.id, oldCase.caseNumber);
    // Ids in the opposite order to time: the backfill must fold by time.
    await insertEvent('evt-2', oldCase.id, {
      at: reportedAt,
      kind: 'reported',
      toState: 'REPORTED',
      detail: { channel: 'wechat' },
    });
    await insertEvent('evt-1', oldCase.id, {
      at: acceptedAt,
      kind: 'transition',
      fromState: 'REPORTED',
      toState: 'ACCEPTED',
    });
    // A deleted event is no longer part of the history.
    await insertEvent(
      'evt-3',
      oldCase.id,
      { at: acceptedAt + HOUR, kind: 'contact', detail: { contactId: 'c-1', channel: 'call' } },
      true,
    );
    // A case whose history moves no milestone is left as it was.
    await insertCase('case-quiet', 'CLM-2026-000002');
    await insertEvent('evt-4', 'case-quiet', {
      at: reportedAt,
      kind: 'note',
      detail: { noteId: 'n-1' },
    });
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it('backfills each case’s milestones from its events and logs the case again', async () => {
    const db = database.db;
    const before = await db
      .selectFrom('cases')
      .select(['id', 'row_version'])
      .orderBy('id')
      .execute();
    const lastSeq = Number(
      (await sql<{ seq: number }>`select last_value::int8 as seq from sync_seq`.execute(db)).rows[0]
        ?.seq,
    );
    expect(lastSeq).toBe(6);

    const { error, results } = await migrator().migrateToLatest();
    expect(error).toBeUndefined();
    expect(results?.map((r) => [r.migrationName, r.status])).toEqual([
      ['0004_case_milestones', 'Success'],
    ]);

    const after = await db
      .selectFrom('cases')
      .select(['id', 'row_version', 'milestones'])
      .orderBy('id')
      .execute();
    const old = after.find((c) => c.id === oldCase.id);
    expect(old?.milestones).toEqual({ reportChannel: 'wechat', acceptedAt });
    expect(old?.row_version).toBe(lastSeq + 1);
    expect(old?.row_version).not.toBe(before.find((c) => c.id === oldCase.id)?.row_version);

    const quiet = after.find((c) => c.id === 'case-quiet');
    expect(quiet?.milestones).toEqual({});
    expect(quiet?.row_version).toBe(before.find((c) => c.id === 'case-quiet')?.row_version);

    const logged = await db
      .selectFrom('change_log')
      .select(['seq', 'entity_id', 'case_id', 'op', 'row_version', 'data'])
      .where('entity', '=', 'case')
      .orderBy('seq')
      .execute();
    expect(logged.filter((l) => l.entity_id === 'case-quiet')).toHaveLength(1);
    const relogged = logged.filter((l) => l.entity_id === oldCase.id);
    expect(relogged).toHaveLength(2);
    expect(relogged[1]).toMatchObject({
      seq: old?.row_version,
      row_version: old?.row_version,
      case_id: oldCase.id,
      op: 'upsert',
    });
    expect(relogged[1]?.data).toEqual({
      ...oldCase,
      milestones: { reportChannel: 'wechat', acceptedAt },
    });
    // The earlier entry is left as it was.
    expect(relogged[0]?.data).toEqual(oldCase);
  });
});
