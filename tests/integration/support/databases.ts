import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The databases the integration suites run against: always PGlite, and
 * PostgreSQL when DATABASE_URL is set or one answers on 127.0.0.1:5432.
 */
export interface DatabaseTarget {
  name: 'pglite' | 'postgres';
  /** A fresh, empty database; the returned cleanup drops it. */
  create(): Promise<{ databaseUrl: string | null; dataDir: string; cleanup(): Promise<void> }>;
}

const DEFAULT_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const adminUrl = process.env['DATABASE_URL'] ?? DEFAULT_POSTGRES;
const postgresProblem = await reachable(adminUrl);

export const postgresSkipReason = postgresProblem
  ? `PostgreSQL suite skipped: no server at ${new URL(adminUrl).host} (${postgresProblem}). Set DATABASE_URL or start the local cluster to run it.`
  : null;

if (postgresSkipReason) console.warn(postgresSkipReason);

const pglite: DatabaseTarget = {
  name: 'pglite',
  async create() {
    return { databaseUrl: null, dataDir: 'memory://', cleanup: async () => undefined };
  },
};

const postgres: DatabaseTarget = {
  name: 'postgres',
  async create() {
    const name = `workstation_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      databaseUrl: url.toString(),
      dataDir: 'memory://',
      async cleanup() {
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
      },
    };
  },
};

export const databaseTargets: DatabaseTarget[] = postgresSkipReason ? [pglite] : [pglite, postgres];
