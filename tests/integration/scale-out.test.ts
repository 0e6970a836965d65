import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import { buildApp } from '../../server/src/app';
import { LocalBlobStore } from '../../server/src/blobs/local-blob-store';
import { openDatabase, type OpenDatabase } from '../../server/src/db/database';
import { postgresPokeHub, type PokeHub } from '../../server/src/sync/pokes';
import { databaseTargets, postgresSkipReason } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';
import { firstPoke } from './support/sse';
import { SyncTestClient } from './support/sync-client';

const postgres = databaseTargets.find((t) => t.name === 'postgres');

describe.skipIf(!postgres)('two service instances on one PostgreSQL', () => {
  let first: TestCentral;
  let second: {
    app: Awaited<ReturnType<typeof buildApp>>;
    database: OpenDatabase;
    pokes: PokeHub;
    blobDir: string;
  };
  let url: string;

  beforeAll(async () => {
    if (!postgres) return;
    first = await startTestCentral(postgres);
    const databaseUrl = first.databaseUrl ?? '';
    const database = await openDatabase({ databaseUrl, dataDir: 'memory://' });
    const pokes = await postgresPokeHub(databaseUrl);
    const blobDir = await mkdtemp(path.join(os.tmpdir(), 'central-b-'));
    const app = await buildApp({
      db: database.db,
      databaseKind: database.kind,
      pokes,
      blobs: new LocalBlobStore(blobDir),
      config: {
        demo: true,
        rendererDir: null,
        allowedOrigins: [],
        tokenSecret: null,
        logLevel: 'silent',
      },
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    second = { app, database, pokes, blobDir };
  });
  afterAll(async () => {
    await second?.app.close();
    await second?.pokes.close();
    await second?.database.close();
    if (second) await rm(second.blobDir, { recursive: true, force: true });
    await first?.close();
  });

  it('pokes an SSE client on one instance when a write lands through the other', async () => {
    const writer = new SyncTestClient(first.app, await first.signIn('adj.east1'));
    const caseId = (await writer.pullAll()).changes.find((c) => c.entity === 'case')?.id ?? '';
    const listenerToken = await first.signIn('sup.east');

    const stream = await firstPoke(url, listenerToken);
    await stream.ready;
    const result = await writer.pushOne('note.add', {
      noteId: uuidv7(),
      caseId,
      body: '跨实例通知',
      mentions: [],
    });
    expect(result.status).toBe('applied');
    const received = await stream.poke;
    stream.close();
    expect(received.latest).toBeGreaterThan(0);
  }, 60_000);
});

describe.skipIf(postgres !== undefined)('two service instances (PostgreSQL unavailable)', () => {
  it.skip(`is skipped: ${postgresSkipReason ?? ''}`, () => undefined);
});
