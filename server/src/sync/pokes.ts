import { EventEmitter } from 'node:events';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from '../db/schema';

const CHANNEL = 'claims_sync_poke';

/**
 * Content-free "something changed" signals for SSE clients. With PostgreSQL
 * the poke travels through NOTIFY, delivered at commit to every instance
 * (including this one) listening; with the embedded database there is only
 * this process.
 */
export interface PokeHub {
  /** Inside the writing transaction. */
  publish(trx: Kysely<Database>, latest: number): Promise<void>;
  /** After that transaction committed. */
  committed(latest: number): void;
  subscribe(listener: (latest: number) => void): () => void;
  close(): Promise<void>;
}

class Listeners {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private highest = 0;
  /** Each sequence is announced once, however many ways it arrives (commit here, NOTIFY). */
  emit(latest: number): void {
    if (latest <= this.highest) return;
    this.highest = latest;
    this.emitter.emit('poke', latest);
  }
  subscribe(listener: (latest: number) => void): () => void {
    this.emitter.on('poke', listener);
    return () => this.emitter.off('poke', listener);
  }
}

export function localPokeHub(): PokeHub {
  const listeners = new Listeners();
  return {
    publish: async () => undefined,
    committed: (latest) => latest > 0 && listeners.emit(latest),
    subscribe: (listener) => listeners.subscribe(listener),
    close: async () => undefined,
  };
}

export async function postgresPokeHub(databaseUrl: string): Promise<PokeHub> {
  const listeners = new Listeners();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  client.on('notification', (message) => {
    const latest = Number(message.payload);
    if (message.channel === CHANNEL && Number.isSafeInteger(latest)) listeners.emit(latest);
  });
  // A dropped LISTEN connection must not take the service down; pulls on reconnect cover the gap.
  client.on('error', (error) => console.error(`poke listener: ${error.message}`));
  await client.query(`listen ${CHANNEL}`);
  return {
    async publish(trx, latest) {
      if (latest > 0) await sql`select pg_notify(${CHANNEL}, ${String(latest)})`.execute(trx);
    },
    // This instance's own commits are announced at once; NOTIFY brings the others'.
    committed: (latest) => listeners.emit(latest),
    subscribe: (listener) => listeners.subscribe(listener),
    close: () => client.end(),
  };
}
