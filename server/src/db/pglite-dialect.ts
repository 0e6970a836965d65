import type { PGlite } from '@electric-sql/pglite';
import { PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import { queryRawRows } from './pglite-raw-rows';
import { isTextAsBytes } from './text-as-bytes';

/**
 * Runs Kysely's PostgreSQL dialect on PGlite, so the embedded database and
 * PostgreSQL share one dialect and one set of migrations. PGlite is a single
 * connection: a transaction must own it until it ends, so connections are
 * handed out one at a time.
 */
export function pgliteDialect(pglite: PGlite): PostgresDialect {
  return new PostgresDialect({ pool: new PgliteSerialPool(pglite) });
}

class PgliteSerialPool implements PostgresPool {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly pglite: PGlite) {}

  async connect(): Promise<PostgresPoolClient> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => turn);
    await previous;
    const pglite = this.pglite;
    return {
      async query(sql: string, parameters: readonly unknown[]) {
        if (isTextAsBytes(sql)) {
          const rows = await queryRawRows(pglite, sql, parameters);
          return { command: 'SELECT' as const, rowCount: rows.length, rows };
        }
        const result = await pglite.query<Record<string, unknown>>(sql, [...parameters], {
          rowMode: 'object',
        });
        const command = sql.trimStart().slice(0, 6).toUpperCase();
        return {
          command: (['INSERT', 'UPDATE', 'DELETE'].includes(command)
            ? command
            : 'SELECT') as 'SELECT',
          rowCount: result.affectedRows ?? result.rows.length,
          rows: result.rows,
        };
      },
      release,
    } as unknown as PostgresPoolClient;
  }

  async end(): Promise<void> {
    await this.tail;
  }
}
