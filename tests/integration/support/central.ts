import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { LocalBlobStore } from '../../../server/src/blobs/local-blob-store';
import { buildApp } from '../../../server/src/app';
import { openDatabase, type OpenDatabase } from '../../../server/src/db/database';
import { migrateToLatest } from '../../../server/src/db/migrate';
import { seedDemoIfEmpty } from '../../../server/src/demo/seed';
import { localPokeHub, postgresPokeHub } from '../../../server/src/sync/pokes';
import type { DatabaseTarget } from './databases';

export interface TestCentral {
  app: FastifyInstance;
  databaseUrl: string | null;
  blobs: LocalBlobStore;
  database: OpenDatabase;
  close(): Promise<void>;
  signIn(username: string, password?: string): Promise<string>;
}

/** A central service in this process on a fresh database, seeded with a small demo organisation. */
export async function startTestCentral(
  target: DatabaseTarget,
  options: { cases?: number } = {},
): Promise<TestCentral> {
  const created = await target.create();
  const database = await openDatabase(created);
  await migrateToLatest(database.db);
  await seedDemoIfEmpty(database.db, { cases: options.cases ?? 60, now: Date.UTC(2026, 10, 20) });
  const pokes = created.databaseUrl ? await postgresPokeHub(created.databaseUrl) : localPokeHub();
  const blobDir = await mkdtemp(path.join(os.tmpdir(), 'central-blobs-'));
  const blobs = new LocalBlobStore(blobDir);
  const app = await buildApp({
    db: database.db,
    databaseKind: database.kind,
    pokes,
    blobs,
    config: {
      demo: true,
      rendererDir: null,
      allowedOrigins: ['app://workstation'],
      tokenSecret: null,
      logLevel: (process.env['TEST_LOG_LEVEL'] as 'silent' | undefined) ?? 'silent',
    },
  });
  return {
    app,
    databaseUrl: created.databaseUrl,
    blobs,
    database,
    async close() {
      await app.close();
      await pokes.close();
      await database.close();
      await created.cleanup();
      await rm(blobDir, { recursive: true, force: true });
    },
    async signIn(username, password = 'demo1234') {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { username, password },
      });
      if (response.statusCode !== 200)
        throw new Error(`sign-in as ${username} failed: ${response.body}`);
      return (response.json() as { accessToken: string }).accessToken;
    },
  };
}
