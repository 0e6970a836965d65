import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATES } from '@shared/domain/lifecycle';
import { LINES } from '@shared/domain/lines';
import { LocalBlobStore } from '../../server/src/blobs/local-blob-store';
import { openDatabase, type OpenDatabase } from '../../server/src/db/database';
import { migrateToLatest } from '../../server/src/db/migrate';
import { seedDemoIfEmpty } from '../../server/src/demo/seed';

describe('the demo organisation with documents', () => {
  let dir: string;
  let database: OpenDatabase;
  let store: LocalBlobStore;
  let summary: Awaited<ReturnType<typeof seedDemoIfEmpty>>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'demo-seed-'));
    database = await openDatabase({ databaseUrl: null, dataDir: 'memory://' });
    await migrateToLatest(database.db);
    store = new LocalBlobStore(path.join(dir, 'blobs'));
    summary = await seedDemoIfEmpty(database.db, {
      cases: 220,
      now: Date.UTC(2026, 10, 20),
      documents: { store, answerKeyFile: path.join(dir, 'answer-key.json') },
    });
  }, 180_000);
  afterAll(async () => {
    await database?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('spans every line and lifecycle state, with 3 teams and 16 people', async () => {
    const cases = await database.db.selectFrom('cases').select(['line', 'state']).execute();
    expect(cases).toHaveLength(220);
    expect(new Set(cases.map((c) => c.line))).toEqual(new Set(LINES));
    expect(new Set(cases.map((c) => c.state)).size).toBeGreaterThanOrEqual(CASE_STATES.length - 1);
    expect(await database.db.selectFrom('users').select('id').execute()).toHaveLength(16);
  });

  it('stores every document as a verified blob that reads back to its hash', async () => {
    expect(summary?.documents).toBeGreaterThan(220);
    const documents = await database.db
      .selectFrom('documents')
      .select(['sha256'])
      .limit(25)
      .execute();
    for (const { sha256 } of documents) {
      const read = await store.read(sha256);
      const chunks: Buffer[] = [];
      for await (const chunk of read.stream) chunks.push(chunk as Buffer);
      expect(createHash('sha256').update(Buffer.concat(chunks)).digest('hex')).toBe(sha256);
    }
  });

  it('writes an answer key naming a planted anomaly of every kind', async () => {
    const key = JSON.parse(await readFile(path.join(dir, 'answer-key.json'), 'utf8')) as {
      casesPerKind: Record<string, number>;
    };
    expect(Object.keys(key.casesPerKind)).toHaveLength(20);
    expect(Object.values(key.casesPerKind).every((n) => n >= 2)).toBe(true);
  });
});
