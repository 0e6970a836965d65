import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { build } from 'vite';
import { findOrInstallChromium } from '../../scripts/lib/chromium';
import { createDocumentFactory } from '../../server/src/demo/documents/factory';
import { sampleFacts } from '../../server/src/demo/documents/test-helpers';
import { ocrAssets } from '../../scripts/lib/ocr-assets';
import { scannedPdf } from '../analysis/scanned-paper';
import type { ViewerBenchApi } from './viewer/api';

/**
 * `npm run bench:viewer` (headless Chromium, one run): the viewer's paint
 * path (pdf.js in its worker, canvas, text layer) on a 100-page PDF, cold
 * and while paging, extraction plus the detectors per demo paper, and OCR
 * per page of demo papers scanned to pictures, through the app's extraction
 * worker (pdf.js paints the page, tesseract.js reads it, Chinese + English,
 * language data from disk). The
 * baseline, measured in the same page, is the same page's lines drawn
 * straight onto a canvas of the same size. Goal: the first page of a
 * 100-page PDF ≤ 400 ms cold.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'node_modules', '.cache', 'bench-viewer');
const SCALE = 1.5;
const PAGES = 100;
const LINES = 45;
/** Scanned demo papers read by OCR after the warm-up one. */
const OCR_FILES = 3;

const lineOf = (page: number, i: number) =>
  `Page ${page} line ${i + 1}: repair of rear bumper, tail lamp and boot lid, labour and parts ${(page * 37 + i) % 1000}.00`;

async function hundredPages(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= PAGES; p++) {
    const page = pdf.addPage([595, 842]);
    for (let i = 0; i < LINES; i++)
      page.drawText(lineOf(p, i), { x: 48, y: 800 - i * 17, size: 10, font });
  }
  return pdf.save();
}

async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
  };
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
    const target = file.endsWith('/') ? path.join(file, 'index.html') : file;
    if (!target.startsWith(dir)) return void res.writeHead(403).end();
    stat(target).then(
      () => {
        res.writeHead(200, {
          'content-type': types[path.extname(target)] ?? 'application/octet-stream',
        });
        createReadStream(target).pipe(res);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

type Method = keyof ViewerBenchApi;
function caller(page: Page) {
  return <M extends Method>(method: M, ...args: Parameters<ViewerBenchApi[M]>) =>
    page.evaluate(
      ([name, values]) => {
        const api = window.viewerBench;
        if (!api) throw new Error('the bench page is not ready');
        return (api[name] as (...a: unknown[]) => unknown).apply(api, values);
      },
      [method, args] as const,
    ) as Promise<Awaited<ReturnType<ViewerBenchApi[M]>>>;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function main(): Promise<void> {
  const executablePath = findOrInstallChromium();
  if (!executablePath)
    throw new Error('No Chromium found: install Debian chromium or set CHROMIUM_PATH.');
  await build({
    configFile: false,
    root: path.join(ROOT, 'tests', 'bench', 'viewer'),
    base: '/',
    logLevel: 'warn',
    resolve: { alias: { '@shared': path.join(ROOT, 'shared') } },
    plugins: [ocrAssets()],
    worker: { format: 'es' },
    build: { outDir: OUT, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  const pdf = [...(await hundredPages())];
  const facts = sampleFacts(6, 3);
  const factory = createDocumentFactory({ seed: 3 });
  const papers: { name: string; bytes: number[] }[] = [];
  for (const f of facts)
    for (const d of (await factory.documentsFor(f, null)).documents)
      if (d.mediaType === 'application/pdf') papers.push({ name: d.fileName, bytes: [...d.bytes] });
  const first = facts[0];
  if (!first) throw new Error('no demo case');
  // Demo papers as a copy shop scans them: pictures of the pages, no text layer.
  const scans: number[][] = [];
  for (const paper of papers.slice(0, OCR_FILES + 1))
    scans.push([...(await scannedPdf(new Uint8Array(paper.bytes)))]);
  const [warmUp, ...measured] = scans;
  if (!warmUp || measured.length === 0) throw new Error('not enough demo papers to scan');

  const site = await serve(OUT);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const fresh = async () => {
      const page = await (await browser.newContext()).newPage();
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.goto(`${site.url}/index.html`);
      await page.waitForFunction(() => window.viewerBench !== undefined);
      return caller(page);
    };
    // Cold: a fresh page each time, so pdf.js and its worker load as on first open.
    const cold: number[] = [];
    for (let i = 0; i < 5; i++) cold.push(await (await fresh())('firstPage', pdf, SCALE));
    const call = await fresh();
    const paging = await call('pages', pdf, SCALE, [2, 3, 50, 51, 99, 100, 10, 75, 30, 60]);
    const baselines: number[] = [];
    for (let i = 0; i < 5; i++)
      baselines.push(
        await call(
          'baseline',
          Array.from({ length: LINES }, (_, j) => lineOf(7, j)),
          595 * SCALE,
          842 * SCALE,
        ),
      );
    const analysis = await call('analyse', papers, {
      caseId: first.caseId,
      claimedFen: first.claimedFen,
      lossAt: first.lossAt,
      reportedAt: first.reportedAt,
      lossLat: first.lossLat,
      lossLng: first.lossLng,
      policyStart: first.policyStart,
      policyEnd: first.policyEnd,
      claimant: { name: first.claimantName, idNumber: first.claimantIdNumber },
    });
    const ocr = await call('ocr', warmUp, measured);
    const metrics = {
      first_page_100p_ms: round(median(cold)),
      page_scroll_ms: round(median(paging)),
      analysis_per_doc_ms: round(median(analysis)),
      ocr_per_page_ms: round(mean(ocr.msPerPage)),
      baseline_canvas_page_ms: round(median(baselines)),
      ratio_page_vs_canvas: Number((median(paging) / Math.max(0.1, median(baselines))).toFixed(2)),
    };
    console.table({
      'first page, 100-page PDF, cold (median of 5)': `${metrics.first_page_100p_ms} ms (goal ≤ 400)`,
      'another page while reading (median of 10)': `${metrics.page_scroll_ms} ms`,
      'the same lines drawn straight on a canvas': `${metrics.baseline_canvas_page_ms} ms`,
      [`extraction + detectors per paper (${papers.length} demo papers)`]: `${metrics.analysis_per_doc_ms} ms`,
      [`OCR per scanned page, paint + read (mean, ${ocr.pages} pages)`]: `${metrics.ocr_per_page_ms} ms`,
    });
    if (ocr.missing.length > 0)
      console.log(`OCR ran without language data for: ${ocr.missing.join(', ')}`);
    console.log(`OCR read from the last scan: ${ocr.lastText.slice(0, 160).replace(/\s+/g, ' ')}…`);
    console.log(JSON.stringify({ bench: 'viewer', metrics }));
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
