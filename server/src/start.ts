import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { createBlobStore, readBlobStoreConfig } from './blobs/create-blob-store';
import type { ServerConfig } from './config';
import { openDatabase, type OpenDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { seedDemoIfEmpty } from './demo/seed';
import { readTlsCredentials } from './http/tls';
import { localPokeHub, postgresPokeHub } from './sync/pokes';

/** Where the planted-anomaly answer key of a demo database is written. */
export function answerKeyPath(dataDir: string): string | null {
  return dataDir.startsWith('memory://') ? null : path.join(dataDir, 'answer-key.json');
}

export interface RunningServer {
  app: FastifyInstance;
  database: OpenDatabase;
  url: string;
  /** True when the built renderer is served here (browser mode). */
  servesWorkstation: boolean;
  close(): Promise<void>;
}

/** Opens the database, migrates, seeds a demo when asked, and listens. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  // Read before opening anything: a wrong path fails the start at once, with its name.
  const tls = await readTlsCredentials(config.tls);
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db);
    const blobs = createBlobStore(readBlobStoreConfig(process.env, config.dataDir));
    if (config.demo) {
      const seeded = await seedDemoIfEmpty(database.db, {
        cases: config.demoCases,
        ...(config.demoDocuments
          ? { documents: { store: blobs, answerKeyFile: answerKeyPath(config.dataDir) } }
          : {}),
      });
      if (seeded)
        console.log(
          `Seeded the demo organisation: ${seeded.cases} cases, ${seeded.documents} documents.`,
        );
    }
    const pokes = config.databaseUrl ? await postgresPokeHub(config.databaseUrl) : localPokeHub();
    const app = await buildApp({
      db: database.db,
      databaseKind: database.kind,
      pokes,
      blobs,
      config,
      tls,
    });
    app.addHook('onClose', () => pokes.close());
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return {
      app,
      database,
      url: `${tls ? 'https' : 'http'}://${config.host}:${port}`,
      servesWorkstation:
        config.rendererDir !== null && existsSync(path.join(config.rendererDir, 'index.html')),
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
