import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { LocalBlobStore } from '../../../server/src/blobs/local-blob-store';
import { buildApp } from '../../../server/src/app';
import { openDatabase, type OpenDatabase } from '../../../server/src/db/database';
import { migrateToLatest } from '../../../server/src/db/migrate';
import type { NotificationSetup } from '../../../server/src/notifications/start-dispatcher';
import type { AnswerKeyFile } from '../../../server/src/demo/documents/answer-key';
import type { AnswerKeyEntry } from '../../../server/src/demo/documents/types';
import { seedDemoIfEmpty } from '../../../server/src/demo/seed';
import { localPokeHub, postgresPokeHub, type PokeHub } from '../../../server/src/sync/pokes';
import type { DatabaseTarget } from './databases';

export interface TestCentral {
  /** The running service; a restart replaces it, so read it at each use. */
  app: FastifyInstance;
  databaseUrl: string | null;
  blobs: LocalBlobStore;
  pokes(): PokeHub;
  /** The planted anomalies of the demo documents (empty without `documents`). */
  answers(): Promise<AnswerKeyEntry[]>;
  /** The open database; replaced when a restart reopens it. */
  database: OpenDatabase;
  close(): Promise<void>;
  signIn(username: string, password?: string): Promise<string>;
  /**
   * Stops the service and starts a new one on the same data, as a deploy or
   * a crash and restart would: everything held in memory (the sync head,
   * verified tokens, pokes) starts over. With `database`, the database
   * connection is closed and reopened too, which needs a store that outlives
   * it: PostgreSQL, or PGlite started with `persistent`.
   */
  restart(options?: { database?: boolean }): Promise<void>;
}

/** A central service in this process on a fresh database, seeded with a small demo organisation. */
export async function startTestCentral(
  target: DatabaseTarget,
  options: {
    cases?: number;
    /** Keep PGlite's data in a temporary directory instead of memory, so `restart({ database: true })` works. */
    persistent?: boolean;
    /** Where customer notifications go; the log provider by default. */
    notifications?: NotificationSetup;
    /** Generate the demo cases' documents, with planted anomalies, into the blob store. */
    documents?: boolean;
  } = {},
): Promise<TestCentral> {
  const created = await target.create();
  const diskDir =
    options.persistent && !created.databaseUrl
      ? await mkdtemp(path.join(os.tmpdir(), 'central-pglite-'))
      : null;
  const location = { databaseUrl: created.databaseUrl, dataDir: diskDir ?? created.dataDir };
  const reopenable = created.databaseUrl !== null || diskDir !== null;
  let database = await openDatabase(location);
  await migrateToLatest(database.db);
  const blobDir = await mkdtemp(path.join(os.tmpdir(), 'central-blobs-'));
  const blobs = new LocalBlobStore(blobDir);
  const answerKeyFile = path.join(blobDir, 'answer-key.json');
  await seedDemoIfEmpty(database.db, {
    cases: options.cases ?? 60,
    now: Date.UTC(2026, 10, 20),
    ...(options.documents ? { documents: { store: blobs, answerKeyFile } } : {}),
  });
  const openPokes = () =>
    created.databaseUrl ? postgresPokeHub(created.databaseUrl) : Promise.resolve(localPokeHub());
  let pokes: PokeHub = await openPokes();
  const start = () =>
    buildApp({
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
      notifications: options.notifications,
    });
  const central: TestCentral = {
    app: await start(),
    databaseUrl: created.databaseUrl,
    blobs,
    database,
    pokes: () => pokes,
    async answers() {
      if (!options.documents) return [];
      const key = JSON.parse(await readFile(answerKeyFile, 'utf8')) as AnswerKeyFile;
      return key.answers;
    },
    async close() {
      await central.app.close();
      await pokes.close();
      await database.close();
      await created.cleanup();
      await rm(blobDir, { recursive: true, force: true });
      if (diskDir) await rm(diskDir, { recursive: true, force: true });
    },
    async signIn(username, password = 'demo1234') {
      const response = await central.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { username, password },
      });
      if (response.statusCode !== 200)
        throw new Error(`sign-in as ${username} failed: ${response.body}`);
      return (response.json() as { accessToken: string }).accessToken;
    },
    async restart(restartOptions = {}) {
      if (restartOptions.database && !reopenable)
        throw new Error(
          'an in-memory PGlite cannot be reopened: start the central with persistent',
        );
      await central.app.close();
      await pokes.close();
      if (restartOptions.database) {
        await database.close();
        database = await openDatabase(location);
        central.database = database;
      }
      pokes = await openPokes();
      central.app = await start();
    },
  };
  return central;
}
