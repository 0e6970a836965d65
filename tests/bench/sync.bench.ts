import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { LARGEST_PULL_LIMIT } from '@shared/sync/protocol';
import { ensureBuilt } from '../../scripts/lib/build';
import { findOrInstallChromium } from '../../scripts/lib/chromium';
import type { InitialSyncResult, SyncBenchApi, TimedResult } from './sync/api';
import { buildPage, copyOfTemplate, seededTemplate, startPouchServer } from './sync/servers';
import { startCentralProcess, type CentralProcess } from './support/central-process';
import { cpuBetween, cpuNow, describeCpu, type CpuReading } from './support/process-cpu';

/**
 * `npm run bench:sync`: the real sync engine in headless Chromium against the
 * real central service seeded with 20,000 demo cases. Baselines measured in
 * the same run, with the same rows: raw Dexie bulkPut from memory, and
 * PouchDB replicating the same documents from pouchdb-server into
 * pouchdb-browser. Then change visibility between two online clients, and
 * draining 1000 mutations queued offline.
 */

const CASES = Number(process.env['BENCH_SYNC_CASES'] ?? 20_000);
const SAMPLES = Number(process.env['BENCH_SYNC_SAMPLES'] ?? 50);
const MUTATIONS = 1000;
const RAW_CHUNK = 2000;
/** BENCH_SYNC_POUCH=0 skips the (slow) PouchDB baseline while working on the rest. */
const WITH_POUCH = process.env['BENCH_SYNC_POUCH'] !== '0';
/** A directory: CPU profiles of the pages are written there (open them in Chrome DevTools). */
const PROFILE_DIR = process.env['BENCH_SYNC_PROFILE'] ?? null;
/** Admin: the one role whose scope is every case (cases/scope.ts). */
const READER = 'admin';
const WRITER = 'adj.east1';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // PouchDB is served from its own port: no CORS preflights, so it is not charged for them.
  '--disable-web-security',
  // Background pages (the second client) must not have their timers throttled.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** Calls one method of the page's `window.syncBench`, with arguments that survive serialisation. */
type Client = <K extends keyof SyncBenchApi>(
  method: K,
  ...args: Parameters<SyncBenchApi[K]>
) => Promise<Awaited<ReturnType<SyncBenchApi[K]>>>;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** A page with the bench bundle in its own browser context (its own IndexedDB). */
async function openClient(
  browser: Browser,
  central: CentralProcess,
  name: string,
): Promise<Client> {
  const context = await browser.newContext({ bypassCSP: true });
  const page: Page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${central.url}/index.html`);
  await page.waitForFunction(() => window.syncBench !== undefined);
  const call: Client = (method, ...args) =>
    page.evaluate(
      ([name, values]) => {
        const api = window.syncBench;
        if (!api) throw new Error('the bench page is not ready');
        const fn = api[name] as (...a: unknown[]) => unknown;
        return fn.apply(api, values);
      },
      [method, args] as const,
    ) as Promise<Awaited<ReturnType<SyncBenchApi[typeof method]>>>;
  if (!PROFILE_DIR) return call;
  // Each call's CPU profile, written as NAME-METHOD-N.cpuprofile.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  let n = 0;
  const untyped = call as (method: keyof SyncBenchApi, ...args: unknown[]) => Promise<unknown>;
  const profiled = async (method: keyof SyncBenchApi, ...args: unknown[]): Promise<unknown> => {
    await cdp.send('Profiler.start');
    try {
      return await untyped(method, ...args);
    } finally {
      const { profile } = await cdp.send('Profiler.stop');
      await mkdir(PROFILE_DIR, { recursive: true });
      await writeFile(
        path.join(PROFILE_DIR, `${name}-${method}-${++n}.cpuprofile`),
        JSON.stringify(profile),
      );
    }
  };
  return profiled as Client;
}

/** What the service and Chromium spent since `before`, in words; null where it cannot be read. */
function cpuOf(before: CpuReading | null, servicePid: number | undefined): string | null {
  const after = cpuNow(servicePid);
  return before && after
    ? describeCpu(cpuBetween(before.used, after.used), after.at - before.at)
    : null;
}

function describeInitial(result: InitialSyncResult, stored: Record<string, number>): string {
  const tables = Object.entries(stored)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${name} ${n.toLocaleString('en')}`)
    .join(', ');
  return [
    `  ${result.changes.toLocaleString('en')} changes in ${result.pages} pages (${(result.bytes / 1e6).toFixed(1)} MB of JSON), ${result.stored.toLocaleString('en')} rows stored: ${tables}`,
    `  pulls, summed: ${seconds(result.receiveMs)} from request to whole body received in the fetch worker (the service's work and the transfer), ` +
      `${seconds(result.transportMs - result.receiveMs)} JSON + schema parse on the page; ` +
      'two ranges are requested ahead of the one being written, so these overlap each other and the writes',
  ].join('\n');
}

async function main(): Promise<void> {
  const runBegan = performance.now();
  const executablePath = findOrInstallChromium();
  if (!executablePath)
    throw new Error('No Chromium found: install Debian chromium or set CHROMIUM_PATH.');
  await ensureBuilt({ quiet: true });

  const template = await seededTemplate(CASES);
  console.log(
    template.seedMs > 0
      ? `Seeded ${CASES.toLocaleString('en')} demo cases in ${seconds(template.seedMs)} (kept for later runs; not part of any figure).`
      : `Reusing the seeded ${CASES.toLocaleString('en')}-case database (${template.dir}).`,
  );
  const pageDir = await buildPage();
  // Everything started from here is stopped in reverse order, however the run ends.
  const cleanup: (() => Promise<void>)[] = [];
  try {
    const dataDir = await copyOfTemplate(template.dir);
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const central = await startCentralProcess({
      databaseUrl: null,
      demoCases: CASES,
      dataDir,
      env: { DEMO_DOCUMENTS: '0', SERVE_RENDERER: '1', RENDERER_DIR: pageDir },
      // The service's own profile, written when it stops, beside the pages' profiles.
      nodeOptions: PROFILE_DIR
        ? [
            '--cpu-prof',
            `--cpu-prof-dir=${path.resolve(PROFILE_DIR)}`,
            '--cpu-prof-name=service.cpuprofile',
          ]
        : [],
    });
    cleanup.push(() => central.close());
    const pouch = await startPouchServer();
    cleanup.push(() => pouch.close());
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    cleanup.push(() => browser.close());
    console.log(
      `Load average before the run: ${loadAverage()} (2 cores; other work here slows every figure).`,
    );
    const reader = await openClient(browser, central, 'reader');
    const me = await reader('signIn', READER, 'bench-reader');
    console.log(
      `\nInitial sync: ${READER} (${me.role}: every case is in scope) into an empty client…`,
    );
    const cpuBefore = cpuNow(central.pid);
    const initial = await reader('initialSync');
    const initialCpu = cpuOf(cpuBefore, central.pid);
    console.log(`  ${seconds(initial.ms)}`);
    console.log(describeInitial(initial, await reader('storedCounts')));
    if (initialCpu) console.log(`  CPU of the service and Chromium together: ${initialCpu}`);

    const captured = await reader('captureRows');
    console.log(
      `\nRaw baseline: the same ${captured.records.toLocaleString('en')} records from memory, ` +
        `as the ${captured.rows.toLocaleString('en')} IndexedDB rows the client keeps them in…`,
    );
    // Twice, keeping the faster: the first may still share the disk with the sync just done.
    const raws: { ms: number; cpu: string | null }[] = [];
    for (let run = 0; run < 2; run++) {
      const before = cpuNow(central.pid);
      const { ms } = await reader('rawBulkPut', RAW_CHUNK);
      raws.push({ ms, cpu: cpuOf(before, central.pid) });
    }
    const raw = raws.reduce((a, b) => (b.ms < a.ms ? b : a));
    console.log(
      `  bulkPut in chunks of ${RAW_CHUNK} into an empty database with the same schema: ` +
        `${raws.map((r) => seconds(r.ms)).join(', then ')}; the faster counts`,
    );
    if (raw.cpu) console.log(`  CPU of the counted run: ${raw.cpu}`);
    const beforeReplay = cpuNow(central.pid);
    const replay = await reader('replayApply', LARGEST_PULL_LIMIT);
    const replayCpu = cpuOf(beforeReplay, central.pid);
    await reader('dropDexieBaselines');
    console.log(
      `  the same rows as pages of ${LARGEST_PULL_LIMIT.toLocaleString('en')} (the engine's ranges) through its apply step, ` +
        `no network: ${seconds(replay.ms)} ` +
        '(the client-side share of the initial sync)',
    );
    if (replayCpu) console.log(`  CPU of that replay: ${replayCpu}`);

    let replicated: TimedResult | null = null;
    if (WITH_POUCH) {
      const remote = `${pouch.url}/bench`;
      console.log(
        `\nPouchDB baseline: the same records as ${captured.records.toLocaleString('en')} documents…`,
      );
      const load = await reader('loadPouch', remote);
      console.log(`  loaded into pouchdb-server (in memory) in ${seconds(load.ms)} (not measured)`);
      replicated = await reader('replicatePouch', remote);
      console.log(
        `  PouchDB.replicate(pouchdb-server → pouchdb-browser, default options): ${seconds(replicated.ms)}, ${replicated.rows.toLocaleString('en')} documents`,
      );
      if (replicated.rows !== captured.records)
        throw new Error(
          `PouchDB replicated ${replicated.rows} documents, expected ${captured.records}`,
        );
    } else console.log('\nPouchDB baseline skipped (BENCH_SYNC_POUCH=0).');
    await reader('dropBaselines');
    await pouch.close();

    console.log(
      `\nChange visibility: ${WRITER} writes a note, ${READER} is online on another client…`,
    );
    const writer = await openClient(browser, central, 'writer');
    await writer('signIn', WRITER, 'bench-writer');
    const writerSync = await writer('initialSync');
    console.log(`  (${WRITER}'s own first sync: ${seconds(writerSync.ms)}, not measured)`);
    await reader('goOnline');
    await writer('goOnline');
    const cases = await writer('ownCaseIds', 50);
    const samples: number[] = [];
    for (let i = -3; i < SAMPLES; i++) {
      const caseId = cases[(i + 3) % cases.length] ?? '';
      const noteId = await writer('newId');
      await reader('watchNote', noteId);
      const writtenAt = await writer('writeNote', noteId, caseId);
      const seenAt = await reader('seenAt', noteId, 60_000);
      // The first few warm up connections and caches.
      if (i >= 0) samples.push(seenAt - writtenAt);
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
    const p50 = percentile(samples, 50);
    const p95 = percentile(samples, 95);
    console.log(
      `  ${samples.length} writes: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms ` +
        '(includes the app’s 250 ms debounce of local changes before pushing)',
    );

    console.log(`\nDrain: ${MUTATIONS} notes queued offline by ${WRITER}, then back online…`);
    await reader('stopSync');
    const queued = await writer('queueOffline', MUTATIONS, cases);
    console.log(`  queued in ${seconds(queued.ms)} (not measured)`);
    const drain = await writer('drain');
    console.log(
      `  outbox empty after ${drain.emptyMs.toFixed(0)} ms; sync idle (server versions pulled back) after ${drain.idleMs.toFixed(0)} ms; ` +
        `${drain.confirmed} of ${MUTATIONS} confirmed, ${drain.rejected} rejected`,
    );
    if (drain.confirmed !== MUTATIONS || drain.rejected > 0)
      throw new Error('not every queued mutation was applied');

    const metrics = {
      initial_sync_ms: Math.round(initial.ms),
      raw_bulkput_ms: Math.round(raw.ms),
      ratio_vs_raw: Number((initial.ms / raw.ms).toFixed(2)),
      pouchdb_replication_ms: replicated ? Math.round(replicated.ms) : null,
      speedup_vs_pouchdb: replicated ? Number((replicated.ms / initial.ms).toFixed(2)) : null,
      change_visible_p95_ms: Math.round(p95),
      drain_1000_mutations_ms: Math.round(drain.emptyMs),
    };
    const goals: Record<keyof typeof metrics, string> = {
      initial_sync_ms: '',
      raw_bulkput_ms: '',
      ratio_vs_raw: metrics.ratio_vs_raw <= 1.5 ? 'goal ≤ 1.5: met' : 'goal ≤ 1.5: MISSED',
      pouchdb_replication_ms: '',
      speedup_vs_pouchdb:
        metrics.speedup_vs_pouchdb === null
          ? 'not measured'
          : metrics.speedup_vs_pouchdb >= 10
            ? 'goal ≥ 10: met'
            : 'goal ≥ 10: MISSED',
      change_visible_p95_ms:
        metrics.change_visible_p95_ms <= 1000 ? 'goal ≤ 1000: met' : 'goal ≤ 1000: MISSED',
      drain_1000_mutations_ms:
        metrics.drain_1000_mutations_ms <= 3000 ? 'goal ≤ 3000: met' : 'goal ≤ 3000: MISSED',
    };
    console.log(`\n${'metric'.padEnd(26)}${'value'.padStart(12)}  goal`);
    for (const [key, value] of Object.entries(metrics))
      console.log(
        `${key.padEnd(26)}${String(value).padStart(12)}  ${goals[key as keyof typeof metrics]}`,
      );
    console.log(
      `\n${CASES.toLocaleString('en')} demo cases (no documents), PGlite, headless Chromium, one run; ` +
        `whole bench ${seconds(performance.now() - runBegan)}; load average now ${loadAverage()}.\n` +
        `Scope: ${READER} sees every case, so the initial sync is the whole organisation; ` +
        'both baselines write exactly the rows it stored.\n',
    );
    console.log(JSON.stringify({ bench: 'sync', metrics }));
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
  }
}

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
