import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { uuidv7 } from '@shared/lib/uuidv7';
import { MUTATION_VERSION } from '@shared/sync/mutations';
import { PullResponse, PushResponse } from '@shared/sync/protocol';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@shared/version';
import { ensureBuilt } from '../../scripts/lib/build';
import { startCentralProcess } from './support/central-process';

/**
 * `npm run bench:server`: the central service under 100 concurrent clients
 * over loopback, on PGlite and on PostgreSQL. The baseline, measured in the
 * same run against the same process, is GET /health: the cost of HTTP alone.
 */

const CONNECTIONS = 100;
const DURATION_S = Number(process.env['BENCH_DURATION_S'] ?? 10);
const ADMIN_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Figures {
  health_rps: number;
  noop_pull_rps: number;
  noop_pull_p99_ms: number;
  ratio_vs_health: number;
  pull_1000_changes_ms: number;
  push_100_mutations_ms: number;
}

async function json<T>(url: string, init: RequestInit, parse: (v: unknown) => T): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return parse(await response.json());
}

async function signIn(base: string, username: string): Promise<string> {
  const body = await json(
    `${base}/api/auth/sign-in`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'demo1234' }),
    },
    (v) => v as { accessToken: string },
  );
  return body.accessToken;
}

const headersFor = (token: string) => ({
  authorization: `Bearer ${token}`,
  'content-type': 'application/json',
  [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
});

async function pull(base: string, token: string, deviceId: string, cursor: number, limit = 1000) {
  return json(
    `${base}/api/sync/pull`,
    {
      method: 'POST',
      headers: headersFor(token),
      body: JSON.stringify({ deviceId, cursor, limit }),
    },
    (v) => PullResponse.parse(v),
  );
}

async function catchUp(base: string, token: string, deviceId: string): Promise<number> {
  let cursor = 0;
  for (;;) {
    const page = await pull(base, token, deviceId, cursor, 5000);
    if (page.kind !== 'changes') throw new Error('reset');
    cursor = page.cursor;
    if (!page.hasMore) return cursor;
  }
}

function notes(deviceId: string, caseId: string, count: number, firstSeq: number) {
  return Array.from({ length: count }, (_, i) => ({
    mutationId: uuidv7(),
    deviceId,
    deviceSeq: firstSeq + i,
    name: 'note.add',
    version: MUTATION_VERSION,
    args: { noteId: uuidv7(), caseId, body: `基准测试备注 ${firstSeq + i}`, mentions: [] },
    baseRowVersions: {},
  }));
}

async function push(base: string, token: string, deviceId: string, mutations: object[]) {
  return json(
    `${base}/api/sync/push`,
    { method: 'POST', headers: headersFor(token), body: JSON.stringify({ deviceId, mutations }) },
    (v) => PushResponse.parse(v),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function load(url: string, options: Partial<autocannon.Options>): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, ...options });
}

async function measure(databaseUrl: string | null): Promise<Figures> {
  const central = await startCentralProcess({ databaseUrl, demoCases: 200 });
  try {
    const base = central.url;
    const tokens = await Promise.all(
      ['adj.east1', 'adj.east2', 'adj.south1', 'adj.north1', 'sup.east'].map((u) =>
        signIn(base, u),
      ),
    );
    const cursors = await Promise.all(tokens.map((t, i) => catchUp(base, t, `bench-warm-${i}`)));

    const health = await load(`${base}/health`, {});
    // Each connection is one client: its token and device fixed once, so the
    // load generator spends its core sending, not building requests.
    let n = 0;
    const noop = await load(`${base}/api/sync/pull`, {
      method: 'POST',
      setupClient: (client) => {
        const i = n++ % tokens.length;
        client.setHeaders(headersFor(tokens[i] ?? ''));
        client.setBody(
          JSON.stringify({
            deviceId: `bench-${randomUUID()}`,
            cursor: cursors[i] ?? 0,
            limit: 1000,
          }),
        );
      },
    });
    if (noop.non2xx > 0 || noop.errors > 0)
      throw new Error(`no-op pulls failed: ${noop.non2xx} non-2xx, ${noop.errors} errors`);

    // 1000 fresh changes for one adjuster, then time pulling them in one page.
    const writer = tokens[0] ?? '';
    const device = `bench-writer-${randomUUID()}`;
    const start = await catchUp(base, writer, device);
    const first = await pull(base, writer, device, 0, 5000);
    const caseId =
      first.kind === 'changes' ? (first.changes.find((c) => c.entity === 'case')?.id ?? '') : '';
    const pushTimes: number[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const began = performance.now();
      const { results } = await push(
        base,
        writer,
        device,
        notes(device, caseId, 100, batch * 100 + 1),
      );
      pushTimes.push(performance.now() - began);
      if (results.some((r) => r.status !== 'applied'))
        throw new Error('a benchmark mutation was not applied');
    }
    const pullTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const began = performance.now();
      const page = await pull(base, writer, `bench-reader-${i}`, start, 1000);
      pullTimes.push(performance.now() - began);
      if (page.kind !== 'changes' || page.changes.length < 1000)
        throw new Error(
          `expected 1000 changes, got ${page.kind === 'changes' ? page.changes.length : page.kind}`,
        );
    }
    return {
      health_rps: Math.round(health.requests.average),
      noop_pull_rps: Math.round(noop.requests.average),
      noop_pull_p99_ms: noop.latency.p99,
      ratio_vs_health: Number((noop.requests.average / health.requests.average).toFixed(3)),
      pull_1000_changes_ms: Math.round(median(pullTimes)),
      push_100_mutations_ms: Math.round(median(pushTimes)),
    };
  } finally {
    await central.close();
  }
}

async function freshPostgres(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch (error) {
    console.log(
      `PostgreSQL not reachable at ${new URL(ADMIN_URL).host}: ${(error as Error).message}`,
    );
    return null;
  }
  const name = `bench_server_${Date.now()}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

function table(rows: [string, Figures][]): void {
  const keys = Object.keys(rows[0]?.[1] ?? {}) as (keyof Figures)[];
  console.log(`\n${'metric'.padEnd(24)}${rows.map(([name]) => name.padStart(14)).join('')}`);
  for (const key of keys)
    console.log(`${key.padEnd(24)}${rows.map(([, f]) => String(f[key]).padStart(14)).join('')}`);
  console.log(
    `\n${CONNECTIONS} connections, ${DURATION_S} s per load phase; baseline: GET /health on the same process.`,
  );
  console.log('Goals: no-op pulls ≥ 2,000 rps with p99 ≤ 50 ms on 2 cores (PostgreSQL).\n');
}

async function main(): Promise<void> {
  await ensureBuilt({ quiet: true });
  const rows: [string, Figures][] = [];
  console.log('Measuring on PGlite (embedded)…');
  rows.push(['pglite', await measure(null)]);
  const database = await freshPostgres();
  if (database) {
    try {
      console.log('Measuring on PostgreSQL…');
      rows.push(['postgres', await measure(database.url)]);
    } finally {
      await database.drop();
    }
  }
  table(rows);
  const primary = rows.find(([name]) => name === 'postgres') ?? rows[0];
  if (!primary) throw new Error('nothing measured');
  if (primary[0] !== 'postgres')
    console.log('PostgreSQL was unavailable: the metrics below are PGlite figures.');
  const {
    noop_pull_rps,
    noop_pull_p99_ms,
    pull_1000_changes_ms,
    push_100_mutations_ms,
    ratio_vs_health,
  } = primary[1];
  console.log(
    JSON.stringify({
      bench: 'server',
      metrics: {
        noop_pull_rps,
        noop_pull_p99_ms,
        pull_1000_changes_ms,
        push_100_mutations_ms,
        ratio_vs_health,
      },
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
