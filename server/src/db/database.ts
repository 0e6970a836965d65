import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { pgliteDialect } from './pglite-dialect';
import type { Database } from './schema';

export type DatabaseKind = 'pglite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

const INT8_OID = 20;

/**
 * int8 columns hold fen and epoch milliseconds, both far inside 2^53; reading
 * them as numbers keeps money integer arithmetic exact without BigInt noise.
 * A value beyond that range is refused rather than rounded.
 */
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 value ${text} exceeds 2^53`);
  return value;
}

/** Where the embedded database keeps its files: its own folder, since blobs and the answer key live beside it. */
export function pgliteDirectory(dataDir: string): string {
  return dataDir.startsWith('memory://') ? dataDir : path.join(dataDir, 'pglite');
}

export async function openDatabase(options: {
  databaseUrl: string | null;
  dataDir: string;
}): Promise<OpenDatabase> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 20,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID
            ? parseInt8
            : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection dropped by the server (restart, failover) is replaced on next use;
    // without a listener pg would throw the error and take the whole service down.
    pool.on('error', (error) => console.error(`database connection lost: ${error.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }

  const directory = pgliteDirectory(options.dataDir);
  if (!options.dataDir.startsWith('memory://')) await mkdir(directory, { recursive: true });
  const pglite = await PGlite.create(directory, {
    parsers: { [INT8_OID]: parseInt8 },
  });
  const db = new Kysely<Database>({ dialect: pgliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}
