import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { ensureBuilt } from '../../scripts/lib/build';
import { findOrInstallChromium } from '../../scripts/lib/chromium';
import { ROOT } from '../../scripts/lib/run';
import type { Expectation, Expected } from './queue/api';
import { buildBundles, type Bundles } from './queue/bundles';
import {
  GRID,
  heapMb,
  idleUntil,
  latestRowIds,
  leaveQueue,
  loadToFrame,
  resetWatch,
  signIn,
  timeToFrame,
  toolsOf,
  waitForFirstSync,
} from './queue/driver';
import { startCentralProcess } from './support/central-process';

/**
 * `npm run bench:queue`: the real queue (QueuePage, the app-wide judged rows
 * of QueueRowsProvider from the case digests and the SLA engine,
 * ag-grid) built as shipped and served by the real central service in
 * browser mode, in headless Chromium, with 100,000 cases in the
 * workstation's IndexedDB. The supervisor sup.east signs in for real
 * (session and first sync of the small demo); the synthetic cases of their
 * team are then written straight into the `cases` table (through the app's
 * database class, so their digests are written too). Sync leaves them
 * alone: it deletes only cases the service names (scope changes) or
 * everything on a cursor reset, neither of which happens here.
 *
 * Opening is a fresh page load of /queue: the judged rows are kept for the
 * whole signed-in app, so only a load reads the case digests and judges
 * them; opening
 * the queue from another page (printed too) is the page and its grid alone.
 *
 * Baselines, measured in the same run on the same database and rows: a
 * plain Dexie `toArray()` of the cases (opening), Array.filter over the case
 * numbers (quick filter), Array.sort by the SLA number (sorting), and the
 * heap the bare records take. Timings are printed, never asserted.
 */

const CASES = Number(process.env['BENCH_QUEUE_CASES'] ?? 100_000);
/** Set to a file name, the run records CPU profiles of a load, a query and a sort (profileLoad) and stops. */
const PROFILE = process.env['BENCH_QUEUE_PROFILE'];
const DEMO_CASES = 300;
const CHUNK = 5_000;
const SEED = 2026;
const RUNS = 5;
const SUPERVISOR = 'sup.east';
/**
 * Case-number fragments as a user types them. Each has the hyphen because
 * the search also matches addresses and names: only case numbers hold a
 * hyphen followed by digits, so the count the queue must reach can be
 * worked out from the case numbers alone.
 */
const QUERIES = ['-123456', '-15555', '-1234', '-100', '-19'];
/** The judged rows follow a minute clock: a minute after the app mounts, all are judged again. */
const MINUTE_MS = 60_000;
/** An untouched queue is watched until this long after its load began: past the first minute's tick. */
const IDLE_UNTIL_MS = 80_000;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const mb = (value: number) => `${value.toFixed(0)} MB`;
const list = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
const count = (n: number) => n.toLocaleString('en');
const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

/** The queue with every case in: the default view's count, the total, and rows on screen. */
const readyOf = (expected: Expected): Expectation => ({
  shown: expected.shown,
  total: expected.total,
  hasRows: true,
});

/** A fresh load of /queue; ms from navigation start. */
async function loadQueue(page: Page, url: string, expected: Expected): Promise<number> {
  await page.goto(`${url}/queue`);
  return loadToFrame(page, readyOf(expected));
}

/** Client-side navigation back to the queue from another page of the app; ms from the click. */
async function openQueue(page: Page, expected: Expected): Promise<number> {
  await leaveQueue(page);
  await page.waitForTimeout(1_000);
  await resetWatch(page);
  await page.getByTestId('nav-queue').click();
  return timeToFrame(page, 'click', 'nav-queue', readyOf(expected));
}

/**
 * Runs a series right after a fresh load, so the app's minute clock (which
 * judges every row again) falls outside it; says so when a series ran longer.
 */
async function inFirstMinute<T>(
  page: Page,
  url: string,
  expected: Expected,
  series: () => Promise<T>,
): Promise<T> {
  await loadQueue(page, url, expected);
  const began = Date.now();
  const result = await series();
  if (Date.now() - began > MINUTE_MS)
    console.log('  (the series ran past the first minute: the re-judging may be in a figure)');
  return result;
}

/** Each query from the whole queue, then cleared again; ms to the frame showing each. */
async function quickFilters(
  page: Page,
  expected: Expected,
): Promise<{ filter: number[]; clear: number[] }> {
  const search = page.getByTestId('queue-search');
  const filter: number[] = [];
  const clear: number[] = [];
  for (const query of QUERIES) {
    const kept = expected.byQuery[query] ?? 0;
    await resetWatch(page);
    await search.fill(query);
    filter.push(
      await timeToFrame(page, 'input', 'queue-search', {
        shown: kept,
        total: expected.total,
        ...(kept > 0 ? { firstCaseIncludes: query } : {}),
      }),
    );
    await resetWatch(page);
    await search.fill('');
    clear.push(await timeToFrame(page, 'input', 'queue-search', readyOf(expected)));
  }
  return { filter, clear };
}

/** From the default order (priority, descending) to SLA ascending, and back; ms each way. */
async function slaSorts(
  page: Page,
  expected: Expected,
): Promise<{ sla: number[]; back: number[] }> {
  const header = (colId: string) =>
    page.locator(`${GRID} .ag-header-cell[col-id="${colId}"] .ag-header-cell-label`);
  const sla: number[] = [];
  const back: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const byPriority = await latestRowIds(page);
    await resetWatch(page);
    await header('sla').click();
    sla.push(
      await timeToFrame(page, 'click', 'sla', {
        sortedBy: 'sla:ascending',
        rowIdsNot: byPriority,
        shown: expected.shown,
      }),
    );
    const bySla = await latestRowIds(page);
    await resetWatch(page);
    await header('priority').click();
    back.push(
      await timeToFrame(page, 'click', 'priority', {
        sortedBy: 'priority:descending',
        rowIdsNot: bySla,
        shown: expected.shown,
      }),
    );
  }
  return { sla, back };
}

/** Signs the supervisor in, then writes the synthetic cases from a page without the app. */
async function prepare(
  page: Page,
  url: string,
  bundles: Bundles,
): Promise<{ expected: Expected; demoHeap: number }> {
  await signIn(page, url, SUPERVISOR);
  await waitForFirstSync(page);
  const demoHeap = await heapMb(page);
  console.log(
    `\n${SUPERVISOR} signed in; first sync done (${DEMO_CASES} demo cases in the service).`,
  );
  // A page of the same origin with no app code on it: nothing reacts while the cases go in.
  await page.goto(`${url}/health`);
  await page.addScriptTag({ path: bundles.tools });
  const tools = toolsOf(page);
  if ((await tools('lastSyncedAt')) === null) throw new Error('the first sync did not finish');
  const injected = await tools('inject', CASES, CHUNK, SEED);
  const expected = await tools('expected', QUERIES);
  console.log(
    `Wrote ${count(injected.cases)} cases of ${expected.teamId} and ${count(injected.flags)} flags ` +
      `(${count(injected.openFlags)} open) in ${ms(injected.ms)} (bulkPut, chunks of ${CHUNK}; not measured). ` +
      `The database holds ${count(expected.total)} cases; the default view shows ${count(expected.shown)} (the team's open ones).`,
  );
  return { expected, demoHeap };
}

/** Every figure of the real queue. */
async function measureApp(page: Page, url: string, expected: Expected) {
  console.log('\nFresh page loads of /queue…');
  // One more than measured: the first also fills the service worker's cache and the code cache.
  await loadQueue(page, url, expected);
  const loads: number[] = [];
  for (let i = 0; i < RUNS; i++) loads.push(await loadQueue(page, url, expected));
  console.log(`  navigation start → rows and full counts on screen: ${list(loads)} ms`);
  console.log('Opening the queue from another page of the app (client-side)…');
  const opens: number[] = [];
  for (let i = 0; i < RUNS; i++) opens.push(await openQueue(page, expected));
  console.log(`  click → rows and full counts on screen: ${list(opens)} ms`);
  const heap = await heapMb(page);
  console.log('Quick filter…');
  const typed = await inFirstMinute(page, url, expected, () => quickFilters(page, expected));
  console.log(`  ${QUERIES.map((q, i) => `"${q}" ${ms(typed.filter[i] ?? 0)}`).join(', ')}`);
  console.log('Sorting by SLA…');
  const sorted = await inFirstMinute(page, url, expected, () => slaSorts(page, expected));
  console.log(`  SLA ascending: ${list(sorted.sla)} ms; back to priority: ${list(sorted.back)} ms`);
  console.log('The queue left open, untouched, past its first minute…');
  const readyAt = await loadQueue(page, url, expected);
  const idle = await idleUntil(page, readyAt + 2_000, IDLE_UNTIL_MS);
  return { loads, opens, heap, typed, sorted, idle };
}

/**
 * CPU profiles of one fresh load (after a warm-up load), one typed query and
 * one sort by SLA, for chrome://inspect or any profile viewer: `file`,
 * `file`.filter and `file`.sort.
 */
async function profileLoad(page: Page, url: string, expected: Expected, file: string) {
  await loadQueue(page, url, expected);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const profiled = async (name: string, action: () => Promise<number>) => {
    await cdp.send('Profiler.start');
    const took = await action();
    const { profile } = await cdp.send('Profiler.stop');
    await writeFile(name, JSON.stringify(profile));
    console.log(`Profiled ${ms(took)}: ${name}`);
  };
  await profiled(file, () => loadQueue(page, url, expected));
  const query = QUERIES[2] ?? '-1234';
  const kept = expected.byQuery[query] ?? 0;
  await page.waitForTimeout(2_000);
  await profiled(`${file}.filter`, async () => {
    await resetWatch(page);
    await page.getByTestId('queue-search').fill(query);
    return timeToFrame(page, 'input', 'queue-search', { shown: kept, total: expected.total });
  });
  await page.getByTestId('queue-search').fill('');
  await page.waitForTimeout(2_000);
  const byPriority = await latestRowIds(page);
  await profiled(`${file}.sort`, async () => {
    await resetWatch(page);
    await page.locator(`${GRID} .ag-header-cell[col-id="sla"] .ag-header-cell-label`).click();
    return timeToFrame(page, 'click', 'sla', {
      sortedBy: 'sla:ascending',
      rowIdsNot: byPriority,
      shown: expected.shown,
    });
  });
}

/** The same work without the app, on the same database and rows, in a page of its own. */
async function measureBaselines(page: Page, url: string, bundles: Bundles) {
  console.log('Baselines (same database, a page without the app)…');
  await page.goto(`${url}/health`);
  await page.addScriptTag({ path: bundles.tools });
  const tools = toolsOf(page);
  const bareHeap = await heapMb(page);
  const reads = await tools('readCases', RUNS);
  const recordsHeap = (await heapMb(page)) - bareHeap;
  return {
    reads,
    recordsHeap,
    digestReads: await tools('readDigests', RUNS),
    judgeMs: await tools('judgeRows'),
    filters: await tools('filterRows', QUERIES, RUNS),
    sorts: await tools('sortRows', RUNS),
  };
}

async function main(): Promise<void> {
  const runBegan = performance.now();
  const executablePath = findOrInstallChromium();
  if (!executablePath)
    throw new Error('No Chromium found: install Debian chromium or set CHROMIUM_PATH.');
  await ensureBuilt({ quiet: true });
  const bundles = await buildBundles();
  // Everything started from here is stopped in reverse order, however the run ends.
  const cleanup: (() => Promise<void>)[] = [];
  try {
    const central = await startCentralProcess({
      databaseUrl: null,
      demoCases: DEMO_CASES,
      env: {
        DEMO_DOCUMENTS: '0',
        SERVE_RENDERER: '1',
        RENDERER_DIR: path.join(ROOT, 'out', 'renderer'),
      },
    });
    cleanup.push(() => central.close());
    // A profile on disk, as the desktop app has: IndexedDB of an incognito context lives in memory.
    const profile = await mkdtemp(path.join(os.tmpdir(), 'bench-queue-profile-'));
    cleanup.push(() => rm(profile, { recursive: true, force: true }));
    // As the e2e tests see the workstation: desktop size, Chinese, Shanghai time.
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      args: CHROMIUM_ARGS,
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      // The tools go into /health as a script tag, which the service's CSP for API answers forbids.
      bypassCSP: true,
    });
    cleanup.push(() => context.close());
    await context.addInitScript({ path: bundles.watch });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    console.log(
      `Load average before the run: ${loadAverage()} (2 cores; other work here slows every figure).`,
    );

    const { expected, demoHeap } = await prepare(page, central.url, bundles);
    if (PROFILE) {
      await profileLoad(page, central.url, expected, PROFILE);
      return;
    }
    const app = await measureApp(page, central.url, expected);
    const base = await measureBaselines(page, central.url, bundles);

    const metrics = {
      open_to_rows_ms: Math.round(median(app.loads)),
      quick_filter_ms: Math.round(median(app.typed.filter)),
      sort_sla_ms: Math.round(median(app.sorted.sla)),
      js_heap_mb: Math.round(app.heap),
    };
    printTable([
      [
        'open_to_rows_ms',
        metrics.open_to_rows_ms,
        1500,
        'Dexie cases.toArray()',
        median(base.reads),
        'ms',
      ],
      [
        'quick_filter_ms',
        metrics.quick_filter_ms,
        100,
        'Array.filter, case numbers',
        median(base.filters),
        'ms',
      ],
      ['sort_sla_ms', metrics.sort_sla_ms, 150, 'Array.sort, SLA number', median(base.sorts), 'ms'],
      ['js_heap_mb', metrics.js_heap_mb, 500, 'the records alone', base.recordsHeap, 'MB'],
    ]);
    console.log(
      [
        '',
        `open_to_rows_ms is a fresh page load of /queue, from navigation start. In parts (baselines): reading and ` +
          `parsing every case digest, as the app does instead of the records, ${ms(median(base.digestReads))}; judging ` +
          `every case with the SLA engine (toQueueRow's calls) ${ms(base.judgeMs)}; the rest is loading and booting ` +
          `the app, its other reads, React and the grid.`,
        `Opening the queue from another page of the app (client-side; the rows stay judged app-wide, so this is the page and its grid): ${ms(median(app.opens))}.`,
        app.idle
          ? `Left open and untouched from 2 s after its load to ${IDLE_UNTIL_MS / 1000} s (the minute re-judging of every row, the periodic sync): ` +
            `${app.idle.tasks} long tasks, ${ms(app.idle.ms)} of main thread in all, the longest ${ms(app.idle.longestMs)}.`
          : 'The untouched minute was not measured: the load itself took too long.',
        `Clearing the quick filter (all rows back): ${ms(median(app.typed.clear))}; sorting back by priority: ${ms(median(app.sorted.back))}.`,
        `Heap: the queue with only the ${DEMO_CASES}-case demo ${mb(demoHeap)}; the ${count(expected.total)} records alone, as Dexie returns them, ${mb(base.recordsHeap)}.`,
        `Each figure runs from the event's own timestamp (or navigation start) to the end of the first frame showing the result; ` +
          `medians of ${RUNS} (quick filter: of ${QUERIES.length} different queries). Baselines: medians of ${RUNS}.`,
        `Whole bench ${((performance.now() - runBegan) / 1000).toFixed(0)} s; load average now ${loadAverage()}.`,
        '',
      ].join('\n'),
    );
    console.log(JSON.stringify({ bench: 'queue', metrics }));
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
  }
}

type Row = [
  metric: string,
  value: number,
  goal: number,
  baseline: string,
  base: number,
  unit: string,
];

/** Each metric with its goal and its ratio to the baseline measured in this run. */
function printTable(rows: Row[]): void {
  console.log(
    `\n${'metric'.padEnd(17)}${'value'.padStart(8)}  ${'goal'.padEnd(16)}${'baseline (same run)'.padEnd(28)}${'value'.padStart(9)}${'ratio'.padStart(9)}`,
  );
  for (const [metric, value, goal, baseline, base, unit] of rows) {
    const verdict = `≤ ${goal} ${value <= goal ? 'met' : 'MISSED'}`;
    const baseText = `${base.toFixed(base < 10 ? 1 : 0)} ${unit}`;
    const ratio = `×${(value / Math.max(base, 0.1)).toFixed(1)}`;
    console.log(
      `${metric.padEnd(17)}${String(value).padStart(8)}  ${verdict.padEnd(16)}${baseline.padEnd(28)}${baseText.padStart(9)}${ratio.padStart(9)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
