import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { ensureBuilt } from '../../scripts/lib/build';
import { findOrInstallChromium } from '../../scripts/lib/chromium';
import { ROOT } from '../../scripts/lib/run';
import type { FieldBenchApi, ThumbnailBatch, UploadRun } from './field/api';
import { startCentralProcess } from './support/central-process';

/**
 * `npm run bench:field` (headless Chromium, one run): what a surveyor's
 * workstation does with photos from the scene.
 *
 * - Thumbnails: 200 generated 4000 × 3000 JPEGs (quality 0.9), each through
 *   the renderer's photoCopies — a 320 px thumbnail and a 1600 px preview,
 *   made in its Web Worker. Baseline, same page, same photos:
 *   createImageBitmap(blob) alone, the decode every copy has to start from.
 * - Uploads: about 100 MB of those photos through the workstation's real
 *   path (uploadQueuedFiles: declared, 1 MB chunks, progress kept in
 *   IndexedDB) to the central service in its own process. Baseline, same
 *   page, same service: the same sizes as one declaration and one whole-file
 *   PUT each to the same chunk endpoint (one byte changed per photo so the
 *   service stores new blobs), run before and after; the faster counts.
 */
const PHOTOS = Number(process.env['BENCH_FIELD_PHOTOS'] ?? 200);
const UPLOAD_BYTES = Number(process.env['BENCH_FIELD_UPLOAD_MB'] ?? 100) * 1_000_000;
const WIDTH = 4000;
const HEIGHT = 3000;
const BATCH = 20;
const SURVEYOR = 'field.south1';
const OUT = path.join(ROOT, 'node_modules', '.cache', 'bench-field', 'page');

type Call = <M extends keyof FieldBenchApi>(
  method: M,
  ...args: Parameters<FieldBenchApi[M]>
) => Promise<Awaited<ReturnType<FieldBenchApi[M]>>>;

function caller(page: Page): Call {
  return (method, ...args) =>
    page.evaluate(
      ([name, values]) => {
        const api = window.fieldBench;
        if (!api) throw new Error('the bench page is not ready');
        return (api[name] as (...a: unknown[]) => unknown).apply(api, values);
      },
      [method, args] as const,
    ) as Promise<Awaited<ReturnType<FieldBenchApi[typeof method]>>>;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const mbPerS = (run: UploadRun) => run.bytes / 1e6 / (run.ms / 1000);
const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

async function buildPage(): Promise<string> {
  await build({
    configFile: false,
    root: path.join(ROOT, 'tests', 'bench', 'field'),
    base: '/',
    logLevel: 'warn',
    resolve: { alias: { '@shared': path.join(ROOT, 'shared') } },
    build: { outDir: OUT, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  return OUT;
}

function merge(batches: ThumbnailBatch[]): ThumbnailBatch {
  return {
    photoBytes: batches.flatMap((b) => b.photoBytes),
    copiesMs: batches.flatMap((b) => b.copiesMs),
    decodeMs: batches.flatMap((b) => b.decodeMs),
    thumbnailBytes: batches.flatMap((b) => b.thumbnailBytes),
    previewBytes: batches.flatMap((b) => b.previewBytes),
    generateMs: batches.reduce((sum, b) => sum + b.generateMs, 0),
  };
}

async function main(): Promise<void> {
  const began = performance.now();
  const executablePath = findOrInstallChromium();
  if (!executablePath)
    throw new Error('No Chromium found: install Debian chromium or set CHROMIUM_PATH.');
  await ensureBuilt({ quiet: true });
  const pageDir = await buildPage();
  const cleanup: (() => Promise<void>)[] = [];
  try {
    const central = await startCentralProcess({
      databaseUrl: null,
      demoCases: 60,
      env: { DEMO_DOCUMENTS: '0', SERVE_RENDERER: '1', RENDERER_DIR: pageDir },
    });
    cleanup.push(() => central.close());
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-timer-throttling'],
    });
    cleanup.push(() => browser.close());
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`${central.url}/index.html`);
    await page.waitForFunction(() => window.fieldBench !== undefined);
    const call = caller(page);
    console.log(`Load average before the run: ${loadAverage()} (2 cores).`);

    await call('warmUp');
    console.log(`\nThumbnails: ${PHOTOS} photos of ${WIDTH} × ${HEIGHT}…`);
    const batches: ThumbnailBatch[] = [];
    for (let done = 0; done < PHOTOS; done += BATCH) {
      batches.push(
        await call('thumbnails', Math.min(BATCH, PHOTOS - done), WIDTH, HEIGHT, UPLOAD_BYTES),
      );
      process.stdout.write(`  ${Math.min(done + BATCH, PHOTOS)}/${PHOTOS}\r`);
    }
    const shrunk = merge(batches);
    const photoMb = mean(shrunk.photoBytes) / 1e6;
    console.log(
      `  photos ${round(photoMb, 2)} MB on average (made in ${round(shrunk.generateMs / 1000)} s, not measured); ` +
        `thumbnails ${round(mean(shrunk.thumbnailBytes) / 1000)} kB, previews ${round(mean(shrunk.previewBytes) / 1000)} kB`,
    );
    console.log(
      `  photoCopies: mean ${round(mean(shrunk.copiesMs))} ms, p95 ${round(percentile(shrunk.copiesMs, 95))} ms; ` +
        `createImageBitmap alone: mean ${round(mean(shrunk.decodeMs))} ms`,
    );

    const cases = await call('signIn', SURVEYOR);
    const queued = await call('queueKept');
    console.log(
      `\nUploads: ${queued.files} photos, ${round(queued.bytes / 1e6)} MB, as ${SURVEYOR} onto ${cases} cases…`,
    );
    const rawBefore = await call('rawPut', 1);
    const upload = await call('uploadQueued');
    const rawAfter = await call('rawPut', 2);
    const raw = rawBefore.ms <= rawAfter.ms ? rawBefore : rawAfter;
    console.log(
      `  workstation path (uploadQueuedFiles): ${round(upload.ms / 1000, 2)} s, ${round(mbPerS(upload))} MB/s, ${upload.requests} requests`,
    );
    console.log(
      `  one declaration + one PUT per photo: ${round(rawBefore.ms / 1000, 2)} s before, ${round(rawAfter.ms / 1000, 2)} s after ` +
        `(${round(mbPerS(raw))} MB/s, the faster), ${raw.requests} requests`,
    );

    const thumbnail = mean(shrunk.copiesMs);
    const decode = mean(shrunk.decodeMs);
    const metrics = {
      thumbnail_ms_per_photo: round(thumbnail),
      upload_mb_per_s: round(mbPerS(upload)),
      decode_ms_per_photo: round(decode),
      ratio_vs_decode: round(thumbnail / decode, 2),
      thumbnail_p95_ms: round(percentile(shrunk.copiesMs, 95)),
      raw_put_mb_per_s: round(mbPerS(raw)),
      /** How many times longer the workstation path takes than whole-file PUTs of the same bytes. */
      ratio_vs_raw: round(mbPerS(raw) / mbPerS(upload), 2),
      photos: shrunk.copiesMs.length,
      photo_mb_mean: round(photoMb, 2),
      upload_mb: round(upload.bytes / 1e6),
    };
    console.log(
      `\nHeadless Chromium (software rendering), central service on PGlite in its own process, one run; ` +
        `MB = 10^6 bytes; whole bench ${round((performance.now() - began) / 1000)} s; load average now ${loadAverage()}.\n`,
    );
    console.log(JSON.stringify({ bench: 'field', metrics }));
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
