/**
 * Generation speed and size: `npx tsx server/src/demo/documents/bench.ts [cases]`.
 *
 * Generates the cases (500 unless given, the app's first-start seed) through
 * the factory as the seed does, then renders the first 300 cases' PDFs and
 * photos again one by one to time each format on its own. The estimate for
 * 20,000 cases (the benchmark seed) scales the per-case figures linearly.
 */
import { generateDemoOrganisation } from '../organisation';
import { demoCaseFacts } from './demo-facts';
import { buildDraft } from './drafts';
import { createDocumentFactory } from './factory';
import { loadDemoFonts } from './fonts';
import { renderPhoto } from './photo';
import { planAnomalies } from './plan';
import { Rng } from './random';
import { renderPdf } from './render-pdf';

const ESTIMATE_CASES = 20_000;
const TIMED_CASES = 300;

const count = Number(process.argv[2] ?? 500);
const facts = demoCaseFacts(
  generateDemoOrganisation({ cases: count, now: Date.UTC(2025, 5, 1), seed: 1 }),
  1,
);
const plan = planAnomalies(facts, { share: 0.15, seed: 1 });

let started = performance.now();
const fonts = await loadDemoFonts();
const fontMs = performance.now() - started;

interface Tally {
  count: number;
  bytes: number;
}
const pdfs: Tally = { count: 0, bytes: 0 };
const photos: Tally = { count: 0, bytes: 0 };
const factory = createDocumentFactory({ seed: 1 });
const cpu = process.cpuUsage();
started = performance.now();
for (const f of facts) {
  const result = await factory.documentsFor(f, plan.get(f.caseId) ?? null);
  for (const doc of result.documents) {
    const tally = doc.mediaType === 'application/pdf' ? pdfs : photos;
    tally.count++;
    tally.bytes += doc.bytes.length;
  }
}
const wallMs = performance.now() - started;
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;

/** Wall and CPU time of one render: on shared cores the two tell contention from cost. */
interface Timing {
  count: number;
  wallMs: number;
  cpuMs: number;
}
const pdfTiming: Timing = { count: 0, wallMs: 0, cpuMs: 0 };
const photoTiming: Timing = { count: 0, wallMs: 0, cpuMs: 0 };
async function timed(timing: Timing, render: () => unknown): Promise<void> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  await render();
  const spent = process.cpuUsage(cpu);
  timing.wallMs += performance.now() - wall;
  timing.cpuMs += (spent.user + spent.system) / 1000;
  timing.count++;
}
for (const f of facts.slice(0, TIMED_CASES)) {
  const draft = buildDraft(f, new Rng('bench', f.caseId));
  for (const spec of draft.pdfs)
    await timed(pdfTiming, () => renderPdf(spec, draft.scenario, fonts));
  for (const spec of draft.photos) await timed(photoTiming, () => renderPhoto(spec));
}

const ms = (n: number) => n.toFixed(2);
const kb = (bytes: number, of: number) => `${(bytes / Math.max(1, of) / 1000).toFixed(1)} KB`;
const mb = (bytes: number) =>
  bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
const duration = (n: number) =>
  n >= 120_000 ? `${(n / 60_000).toFixed(1)} min` : `${(n / 1000).toFixed(1)} s`;
const documents = pdfs.count + photos.count;
const bytes = pdfs.bytes + photos.bytes;
const scale = ESTIMATE_CASES / count;

console.log(
  `fonts: ${ms(fontMs)} ms to prepare once (${fonts.regular.glyphs.size} characters, ${fonts.regular.subsetBytes} bytes)`,
);
const each = (t: Timing) =>
  `${ms(t.wallMs / t.count)} ms each (${ms(t.cpuMs / t.count)} ms CPU; ${t.count} timed)`;
console.log(`PDF:  ${each(pdfTiming)}, ${kb(pdfs.bytes, pdfs.count)} average`);
console.log(`JPEG: ${each(photoTiming)}, ${kb(photos.bytes, photos.count)} average`);
console.log(
  `${count} cases: ${documents} documents (${pdfs.count} PDF, ${photos.count} JPEG), ` +
    `${mb(bytes)} (PDF ${mb(pdfs.bytes)}, JPEG ${mb(photos.bytes)}), ` +
    `${duration(wallMs)} wall, ${duration(cpuMs)} CPU`,
);
console.log(
  `${ESTIMATE_CASES} cases, estimated: ${Math.round(documents * scale)} documents, ` +
    `${mb(bytes * scale)}, ${duration(wallMs * scale + fontMs)}`,
);
