import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../server/src/audit/audit-log';
import { restoreDatabase, backupDatabase, type DatabaseLocation } from '../../server/src/db/backup';
import { openDatabase } from '../../server/src/db/database';
import { migrateToLatest } from '../../server/src/db/migrate';
import { seedDemoIfEmpty } from '../../server/src/demo/seed';
import { latestSeq, pull } from '../../server/src/sync/pull';
import { RESTORE_SEQUENCE_LEAP } from '../../server/src/sync/restored-horizon';
import { databaseTargets } from './support/databases';

type CaseVersions = Record<string, number>;

async function caseVersions(location: DatabaseLocation): Promise<CaseVersions> {
  const database = await openDatabase(location);
  try {
    const rows = await database.db.selectFrom('cases').select(['id', 'row_version']).execute();
    return Object.fromEntries(rows.map((row) => [row.id, row.row_version]));
  } finally {
    await database.close();
  }
}

async function auditVerdict(location: DatabaseLocation) {
  const database = await openDatabase(location);
  try {
    return await verifyAuditChain(database.db);
  } finally {
    await database.close();
  }
}

/** Empties the database as a lost disk or a dropped database would. */
async function wipe(location: DatabaseLocation): Promise<void> {
  if (!location.databaseUrl) {
    await rm(path.join(location.dataDir, 'pglite'), { recursive: true, force: true });
    return;
  }
  const client = new pg.Client({ connectionString: location.databaseUrl });
  await client.connect();
  await client.query('drop schema public cascade; create schema public');
  await client.end();
}

describe.each(databaseTargets)('backup and restore on $name', (target) => {
  let created: Awaited<ReturnType<typeof target.create>>;
  let location: DatabaseLocation;
  let workDir: string;
  let seeded: CaseVersions;

  beforeAll(async () => {
    created = await target.create();
    workDir = await mkdtemp(path.join(os.tmpdir(), 'backup-restore-'));
    location = {
      databaseUrl: created.databaseUrl,
      dataDir: created.databaseUrl ? 'memory://' : path.join(workDir, 'central'),
    };
    const database = await openDatabase(location);
    try {
      await migrateToLatest(database.db);
      await seedDemoIfEmpty(database.db, { cases: 40, now: Date.UTC(2026, 10, 20) });
      // Entries of our own on top of the seed's, so the chain verified after restore is long.
      await database.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 5; i++)
          await appendAudit(trx, {
            actor: 'user-admin',
            action: 'test:before-backup',
            entity: 'case',
            entityId: null,
            caseId: null,
            detail: { i },
          });
      });
    } finally {
      await database.close();
    }
    seeded = await caseVersions(location);
  });
  afterAll(async () => {
    await created?.cleanup();
    await rm(workDir, { recursive: true, force: true });
  });

  it('brings every case back at its row version, with the audit chain intact', async () => {
    const file = path.join(workDir, 'central.backup');
    const manifest = await backupDatabase(location, file);
    expect(manifest).toMatchObject({ kind: target.name, cases: 40 });
    expect(Object.keys(seeded)).toHaveLength(40);

    await wipe(location);
    const report = await restoreDatabase(location, file);
    expect(report.restored).toEqual({
      cases: manifest.cases,
      auditEntries: manifest.auditEntries,
      schema: manifest.schema,
    });
    expect(await caseVersions(location)).toEqual(seeded);
    const verdict = await auditVerdict(location);
    expect(verdict).toEqual({ ok: true, entries: manifest.auditEntries });
    expect(manifest.auditEntries).toBeGreaterThanOrEqual(5);
  });

  it('sends every workstation back to cursor 0, since it may be ahead of the restored log', async () => {
    const database = await openDatabase(location);
    try {
      const db = database.db;
      const restoredLatest = await latestSeq(db);
      const horizon = await db
        .selectFrom('sync_state')
        .select('value')
        .where('name', '=', 'min_cursor')
        .executeTakeFirstOrThrow();
      expect(horizon.value).toBeGreaterThanOrEqual(restoredLatest + RESTORE_SEQUENCE_LEAP);
      const admin = { sub: 'user-admin', role: 'admin' as const, team: null };
      // A workstation that synced changes made after the backup holds a cursor past the log.
      const ahead = await pull(db, admin, {
        deviceId: 'device-ahead',
        cursor: restoredLatest + 50,
        limit: 100,
      });
      expect(ahead.kind).toBe('reset-required');
      // Starting over, it pages through the restored log to the end.
      let cursor = 0;
      let cases = 0;
      for (;;) {
        const page = await pull(db, admin, { deviceId: 'device-ahead', cursor, limit: 200 });
        if (page.kind !== 'changes') throw new Error(`page at ${cursor}: ${page.kind}`);
        cases += page.cases;
        cursor = page.cursor;
        if (!page.hasMore) break;
      }
      expect(cases).toBeGreaterThanOrEqual(40);
    } finally {
      await database.close();
    }
  });

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const file = path.join(workDir, 'not-a-backup.dump');
    await writeFile(file, 'PGDMP this is some other archive\n{}\n');
    await expect(restoreDatabase(location, file)).rejects.toThrow(/is not a backup made by/);
    expect(await caseVersions(location)).toEqual(seeded);
  });

  it('refuses a backup of the other kind of database', async () => {
    const file = path.join(workDir, 'central.backup');
    const other: DatabaseLocation = created.databaseUrl
      ? { databaseUrl: null, dataDir: path.join(workDir, 'elsewhere') }
      : { databaseUrl: 'postgres://nobody@127.0.0.1:1/none', dataDir: 'memory://' };
    await expect(restoreDatabase(other, file)).rejects.toThrow(/but the configured database is/);
  });

  it('refuses to restore over a database in use', async () => {
    const file = path.join(workDir, 'central.backup');
    const running = await openDatabase(location);
    try {
      // A query makes sure the connection (PostgreSQL) or the directory lock (PGlite) is held.
      await running.db.selectFrom('cases').select('id').limit(1).execute();
      await expect(restoreDatabase(location, file)).rejects.toThrow(/in use/);
    } finally {
      await running.close();
    }
    expect(await caseVersions(location)).toEqual(seeded);
  });
});
