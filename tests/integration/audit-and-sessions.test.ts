import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import { SignInResponse } from '@shared/schemas/auth';
import { createServiceToken } from '../../server/src/analysis/service-tokens';
import { verifyAuditChain } from '../../server/src/audit/audit-log';
import { openDatabase } from '../../server/src/db/database';
import { migrateToLatest } from '../../server/src/db/migrate';
import { seedDemoIfEmpty } from '../../server/src/demo/seed';
import { databaseTargets } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';
import { SyncTestClient } from './support/sync-client';

const run = promisify(execFile);

describe.each(databaseTargets)('sessions, external flags and audit on $name', (target) => {
  let central: TestCentral;
  beforeAll(async () => {
    central = await startTestCentral(target);
  });
  afterAll(async () => {
    await central?.close();
  });

  const signIn = async (username: string) =>
    SignInResponse.parse(
      (
        await central.app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { username, password: 'demo1234' },
        })
      ).json(),
    );
  const refresh = (refreshToken: string) =>
    central.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken } });

  it('rotates refresh tokens and closes the session when an old one is replayed', async () => {
    const session = await signIn('adj.east1');
    const rotated = await refresh(session.refreshToken);
    expect(rotated.statusCode).toBe(200);
    const next = SignInResponse.parse(rotated.json());
    expect(next.refreshToken).not.toBe(session.refreshToken);

    const replay = await refresh(session.refreshToken);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error).toBe('refresh-reused');
    // The thief's replay also ended the owner's current token.
    expect((await refresh(next.refreshToken)).statusCode).toBe(401);
  });

  it('signs out by revoking the refresh token family', async () => {
    const session = await signIn('adj.east2');
    const out = await central.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      payload: { refreshToken: session.refreshToken },
    });
    expect(out.json()).toEqual({ signedOut: true });
    expect((await refresh(session.refreshToken)).statusCode).toBe(401);
  });

  it('accepts flags from an external service with a service token, and syncs them down', async () => {
    const adjuster = new SyncTestClient(central.app, await central.signIn('adj.east3'));
    const caseId = (await adjuster.pullAll()).changes.find((c) => c.entity === 'case')?.id ?? '';
    const flag = {
      externalId: 'vendor-42',
      caseId,
      documentId: null,
      detector: 'vendor.duplicate-invoice',
      detectorVersion: '3.1',
      kind: 'duplicate-invoice-number',
      severity: 'high',
      page: null,
      region: null,
      evidence: { invoiceNumber: '04400192' },
      explanation: {
        'zh-CN': '同一发票号出现在另一案件',
        en: 'The same invoice number appears on another claim',
      },
    };
    const refused = await central.app.inject({
      method: 'POST',
      url: '/api/analysis/flags',
      headers: { authorization: 'Service nope' },
      payload: { flags: [flag] },
    });
    expect(refused.statusCode).toBe(401);

    const { token } = await createServiceToken(central.database.db, 'fraud-vendor');
    const accepted = await central.app.inject({
      method: 'POST',
      url: '/api/analysis/flags',
      headers: { authorization: `Service ${token}` },
      payload: { flags: [flag, { ...flag, externalId: 'vendor-43', caseId: 'no-such-case' }] },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().results.map((r: { status: string }) => r.status)).toEqual([
      'accepted',
      'rejected',
    ]);
    const synced = (await adjuster.pullAll()).changes.find((c) => c.entity === 'flag');
    expect(synced?.data).toMatchObject({
      source: 'external',
      kind: 'duplicate-invoice-number',
      verdict: 'open',
    });
  });

  it('audits each reveal of a masked field: who, which field of which case, when; never the value', async () => {
    const adjuster = new SyncTestClient(central.app, await central.signIn('adj.south1'));
    const caseId = (await adjuster.pullAll()).changes.find((c) => c.entity === 'case')?.id ?? '';
    const revealedAt = Date.now() - 60_000;
    const [result] = await adjuster.push([
      adjuster.mutation('personal-data.reveal', { caseId, field: 'phone', revealedAt }),
    ]);
    expect(result?.status).toBe('applied');
    const [forged] = await adjuster.push([
      adjuster.mutation('personal-data.reveal', {
        caseId: 'no-such-case',
        field: 'phone',
        revealedAt,
      }),
    ]);
    expect(forged?.status).toBe('rejected');

    const reveals = await central.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'personal-data:reveal')
      .execute();
    expect(reveals).toHaveLength(1);
    expect(reveals[0]).toMatchObject({ actor: 'user-adj-south1', case_id: caseId });
    expect(reveals[0]?.detail).toMatchObject({ field: 'phone', revealedAt });
    const phone = await central.database.db
      .selectFrom('cases')
      .innerJoin('customers', 'customers.id', 'cases.customer_id')
      .select('customers.phone')
      .where('cases.id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(reveals)).not.toContain(phone.phone);
    expect((await verifyAuditChain(central.database.db)).ok).toBe(true);
  });

  it('chains every write into the audit log and names a tampered entry', async () => {
    const adjuster = new SyncTestClient(central.app, await central.signIn('adj.north1'));
    const caseId = (await adjuster.pullAll()).changes.find((c) => c.entity === 'case')?.id ?? '';
    await adjuster.pushOne('note.add', {
      noteId: uuidv7(),
      caseId,
      body: '审计测试',
      mentions: [],
    });
    const verdict = await verifyAuditChain(central.database.db);
    expect(verdict.ok).toBe(true);
    const actions = await central.database.db.selectFrom('audit_log').select('action').execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['auth:sign-in', 'read:pull', 'mutation:note.add']),
    );

    const victim = await central.database.db
      .selectFrom('audit_log')
      .select('id')
      .orderBy('id')
      .offset(2)
      .limit(1)
      .executeTakeFirstOrThrow();
    await central.database.db
      .updateTable('audit_log')
      .set({ actor: 'someone-else' })
      .where('id', '=', victim.id)
      .execute();
    expect(await verifyAuditChain(central.database.db)).toMatchObject({
      ok: false,
      brokenId: victim.id,
    });
  });
});

describe('npm run audit:verify', () => {
  it('names the first broken entry of the configured database and exits 1', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'audit-cli-'));
    try {
      const database = await openDatabase({ databaseUrl: null, dataDir });
      await migrateToLatest(database.db);
      await seedDemoIfEmpty(database.db, { cases: 5 });
      const central = { db: database.db };
      const { appendAudit } = await import('../../server/src/audit/audit-log');
      for (let i = 0; i < 3; i++) {
        await central.db.transaction().execute((trx) =>
          appendAudit(trx, {
            actor: 'user-admin',
            action: 'test',
            entity: 'case',
            entityId: null,
            caseId: null,
            detail: { i },
          }),
        );
      }
      const second = await database.db
        .selectFrom('audit_log')
        .select('id')
        .orderBy('id')
        .offset(1)
        .limit(1)
        .executeTakeFirstOrThrow();
      await database.db
        .updateTable('audit_log')
        .set({ detail: JSON.stringify({ i: 99 }) })
        .where('id', '=', second.id)
        .execute();
      await database.close();

      const { DATABASE_URL: _ignored, ...inherited } = process.env;
      const env = { ...inherited, DATA_DIR: dataDir };
      const failure = await run('npx', ['tsx', 'server/src/cli/audit-verify.ts'], { env }).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stderr).toContain(`Audit chain broken at entry ${second.id}`);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
