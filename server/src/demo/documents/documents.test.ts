import {
  type AnomalyKind,
  CROSS_CLAIM_ANOMALIES,
  SINGLE_CASE_ANOMALIES,
} from '@shared/analysis/anomaly-kinds';
import { isValidResidentId } from '@shared/domain/resident-id';
import { UUID_V7_PATTERN } from '@shared/lib/uuidv7';
import exifr from 'exifr';
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFen } from './amounts';
import { OUTLIER_FACTOR, TYPICAL_CLAIMED_FEN } from './case-anomalies';
import { DAY_MS } from './dates';
import { SCENE_TYPE } from './drafts';
import { LINE_TARGETS } from './eligibility';
import { createDocumentFactory } from './factory';
import { distanceMetres } from './geo';
import { countEof } from './incremental-update';
import { planAnomalies } from './plan';
import {
  chineseDate,
  dHash,
  hamming,
  pdfDate,
  type ReadPdf,
  readPdf,
  runsIn,
  sampleFacts,
  textIn,
} from './test-helpers';
import type { AnswerKeyEntry, CaseDocuments, DemoCaseFacts, GeneratedDocument } from './types';
import { EDITING_PRODUCERS } from './vocabulary';

const SEED = 5;
const ALL_KINDS: AnomalyKind[] = [...SINGLE_CASE_ANOMALIES, ...CROSS_CLAIM_ANOMALIES];

/**
 * One case per kind (the whole first group for many-claims), plus for each
 * duplicate an earlier case to copy from, generated in case order.
 */
function chooseCases(all: DemoCaseFacts[], plan: Map<string, AnomalyKind>): DemoCaseFacts[] {
  const chosen = new Set<number>();
  for (const kind of ALL_KINDS) {
    const indices = all.flatMap((c, i) => (plan.get(c.caseId) === kind ? [i] : []));
    const take = kind === 'many-claims-same-party' ? indices.slice(0, 3) : indices.slice(0, 1);
    for (const i of take) chosen.add(i);
    const first = take[0] ?? 0;
    const facts = all[first];
    if (facts && (kind === 'duplicate-invoice-number' || kind === 'duplicate-photo')) {
      const source = (c: DemoCaseFacts) =>
        kind === 'duplicate-photo' ? SCENE_TYPE[c.line] : LINE_TARGETS[c.line].invoice;
      const earlier = all.findIndex(
        (c, i) => i < first && !plan.has(c.caseId) && source(c) === source(facts),
      );
      chosen.add(earlier);
    }
  }
  return [...chosen].sort((a, b) => a - b).flatMap((i) => (all[i] ? [all[i]] : []));
}

const all = sampleFacts(240, SEED);
const plan = planAnomalies(all, { share: 0, seed: SEED });
const cases = chooseCases(all, plan);
const results = new Map<string, CaseDocuments>();
const documents = new Map<string, GeneratedDocument>();
const answers: AnswerKeyEntry[] = [];
const pdfCache = new Map<string, Promise<ReadPdf>>();

function pdf(documentId: string | null): Promise<ReadPdf> {
  const doc = documents.get(documentId ?? '');
  if (!doc || doc.mediaType !== 'application/pdf') throw new Error(`no PDF ${documentId}`);
  let read = pdfCache.get(doc.id);
  if (!read) pdfCache.set(doc.id, (read = readPdf(doc.bytes)));
  return read;
}

function answerFor(kind: AnomalyKind): AnswerKeyEntry {
  const found = answers.find((a) => a.anomaly === kind);
  if (!found) throw new Error(`no answer for ${kind}`);
  return found;
}

function factsOf(caseId: string): DemoCaseFacts {
  const facts = cases.find((c) => c.caseId === caseId);
  if (!facts) throw new Error(`no case ${caseId}`);
  return facts;
}

function docsOf(caseId: string): GeneratedDocument[] {
  return results.get(caseId)?.documents ?? [];
}

async function exifOf(documentId: string | null): Promise<Record<string, unknown> | null> {
  const doc = documents.get(documentId ?? '');
  if (!doc) throw new Error(`no photo ${documentId}`);
  const tags: unknown = await exifr.parse(Buffer.from(doc.bytes), {
    reviveValues: false,
    gps: true,
  });
  return typeof tags === 'object' && tags !== null ? (tags as Record<string, unknown>) : null;
}

/** EXIF local time (China) to epoch ms. */
function exifTime(value: unknown): number {
  const [date = '', time = ''] = String(value).split(' ');
  return Date.parse(`${date.replace(/:/g, '-')}T${time}+08:00`);
}

beforeAll(async () => {
  const factory = createDocumentFactory({ seed: SEED });
  for (const facts of cases) {
    const result = await factory.documentsFor(facts, plan.get(facts.caseId) ?? null);
    results.set(facts.caseId, result);
    for (const doc of result.documents) documents.set(doc.id, doc);
    answers.push(...result.answers);
  }
});

describe('generated documents', () => {
  it('gives every case its line’s documents, with ids, hashes and Chinese text', async () => {
    for (const facts of cases) {
      const docs = docsOf(facts.caseId);
      const kinds = docs.map((d) => d.kind);
      expect(kinds).toContain('claim-form');
      expect(kinds).toContain(LINE_TARGETS[facts.line].dated);
      if (facts.line === 'AUTO')
        expect(kinds.filter((k) => k === 'damage-photo').length).toBeGreaterThanOrEqual(2);
      for (const doc of docs) {
        expect(doc.id).toMatch(UUID_V7_PATTERN);
        expect(doc.sha256).toBe(createHash('sha256').update(doc.bytes).digest('hex'));
      }
    }
    const facts = cases.find((c) => !plan.has(c.caseId)) ?? cases[0];
    const form = docsOf(facts?.caseId ?? '').find((d) => d.kind === 'claim-form');
    const read = await pdf(form?.id ?? null);
    expect(read.text).toContain('理赔申请书');
    expect(read.text).toContain(facts?.claimantName);
    expect(read.text).toContain(formatFen(facts?.claimedFen ?? 0));
    expect(read.info.Producer).not.toMatch(/Acrobat|福昕|Foxit|万兴/);
    expect(read.info.ModDate).toBe(read.info.CreationDate);
  });

  it('plants every kind and answers it', () => {
    expect(new Set(answers.map((a) => a.anomaly))).toEqual(new Set(ALL_KINDS));
    for (const answer of answers) {
      expect(answer.region === null || answer.page === 1).toBe(true);
    }
  });

  it('leaves unplanted cases free of every signal', async () => {
    const plain = cases.filter((c) => !plan.has(c.caseId));
    for (const facts of plain) {
      for (const doc of docsOf(facts.caseId)) {
        if (doc.mediaType === 'application/pdf') {
          expect(countEof(doc.bytes)).toBe(1);
          const loaded = await PDFDocument.load(doc.bytes, { updateMetadata: false });
          const created = loaded.getCreationDate()?.getTime() ?? 0;
          expect(loaded.getModificationDate()?.getTime()).toBe(created);
          expect(EDITING_PRODUCERS).not.toContain(loaded.getProducer());
          expect(created).toBeGreaterThan(facts.policyStart);
          expect(created).toBeLessThan(facts.policyEnd);
          if (doc.kind.endsWith('invoice'))
            expect(created).toBeGreaterThanOrEqual(facts.lossAt - 1000);
        } else {
          const tags = await exifOf(doc.id);
          const taken = exifTime(tags?.DateTimeOriginal);
          expect(taken).toBeGreaterThanOrEqual(facts.lossAt - 1000);
          expect(taken).toBeLessThanOrEqual(facts.reportedAt);
          const metres = distanceMetres(
            facts.lossLat,
            facts.lossLng,
            Number(tags?.latitude),
            Number(tags?.longitude),
          );
          expect(metres).toBeLessThan(1000);
        }
      }
    }
  });

  it('keeps PDFs small: their fonts hold only the glyphs each one draws', () => {
    const pdfs = [...documents.values()].filter((d) => d.mediaType === 'application/pdf');
    expect(pdfs.length).toBeGreaterThan(20);
    for (const doc of pdfs) expect(doc.bytes.length).toBeLessThan(40_000);
  });

  it('makes line items add up to the printed total on unplanted invoices', async () => {
    const plain = cases.filter((c) => !plan.has(c.caseId) && LINE_TARGETS[c.line].itemised);
    expect(plain.length).toBeGreaterThan(0);
    for (const facts of plain) {
      const doc = docsOf(facts.caseId).find((d) => d.kind === LINE_TARGETS[facts.line].financial);
      const read = await pdf(doc?.id ?? null);
      expect(itemsSum(read)).toBe(facts.claimedFen);
    }
  });
});

/** The rightmost column of plain amounts above the total line, in fen. */
function itemsSum(read: ReadPdf): number {
  const totalLabel = read.runs.find((r) => r.str.startsWith('合计'));
  const amounts = read.runs.filter(
    (r) => /^\d+\.\d{2}$/.test(r.str) && r.baseline < (totalLabel?.baseline ?? Infinity),
  );
  const right = Math.max(...amounts.map((r) => r.x + r.width));
  return amounts
    .filter((r) => Math.abs(r.x + r.width - right) < 1.5)
    .reduce((sum, r) => sum + Math.round(Number(r.str) * 100), 0);
}

const checks: Record<AnomalyKind, (a: AnswerKeyEntry) => Promise<void>> = {
  'document-date-outside-policy': async (a) => {
    const facts = factsOf(a.caseId);
    const printed = chineseDate(textIn(await pdf(a.documentId), a.region ?? nowhere()));
    expect(printed).toBeLessThan(facts.policyStart - DAY_MS);
  },
  'invoice-before-loss': async (a) => {
    const facts = factsOf(a.caseId);
    expect(documents.get(a.documentId ?? '')?.kind).toMatch(/invoice/);
    const printed = chineseDate(textIn(await pdf(a.documentId), a.region ?? nowhere()));
    expect(printed).toBeLessThan(facts.lossAt - DAY_MS);
    expect(printed).toBeGreaterThan(facts.policyStart);
  },
  'photo-after-report': async (a) => {
    const tags = await exifOf(a.documentId);
    expect(exifTime(tags?.DateTimeOriginal)).toBeGreaterThan(factsOf(a.caseId).reportedAt);
  },
  'photo-long-before-loss': async (a) => {
    const tags = await exifOf(a.documentId);
    expect(exifTime(tags?.DateTimeOriginal)).toBeLessThan(factsOf(a.caseId).lossAt - 50 * DAY_MS);
  },
  'line-items-sum-mismatch': async (a) => {
    const read = await pdf(a.documentId);
    expect(textIn(read, a.region ?? nowhere())).toContain(
      `¥${formatFen(factsOf(a.caseId).claimedFen)}`,
    );
    expect(itemsSum(read)).toBe(a.evidence.itemsSumFen);
    expect(itemsSum(read)).not.toBe(factsOf(a.caseId).claimedFen);
  },
  'invoice-total-vs-claimed': async (a) => {
    const read = await pdf(a.documentId);
    const invoiceTotal = Number(a.evidence.invoiceTotalFen);
    expect(textIn(read, a.region ?? nowhere())).toContain(`¥${formatFen(invoiceTotal)}`);
    expect(itemsSum(read)).toBe(invoiceTotal);
    expect(invoiceTotal).toBeLessThan(factsOf(a.caseId).claimedFen);
    const form = docsOf(a.caseId).find((d) => d.kind === 'claim-form');
    expect((await pdf(form?.id ?? null)).text).toContain(formatFen(factsOf(a.caseId).claimedFen));
  },
  'pdf-modified-after-creation': async (a) => {
    const { info } = await pdf(a.documentId);
    expect(pdfDate(info.ModDate) - pdfDate(info.CreationDate)).toBeGreaterThan(10 * DAY_MS);
  },
  'pdf-editing-producer': async (a) => {
    const { info } = await pdf(a.documentId);
    expect(EDITING_PRODUCERS).toContain(info.Producer);
    expect(info.ModDate).toBe(info.CreationDate);
  },
  'pdf-incremental-update': async (a) => {
    const doc = documents.get(a.documentId ?? '');
    expect(countEof(doc?.bytes ?? new Uint8Array())).toBe(2);
    const read = await pdf(a.documentId);
    expect(String(read.info.Keywords)).toContain('修订');
    expect(read.text.length).toBeGreaterThan(20);
    expect(read.info.ModDate).toBe(read.info.CreationDate);
  },
  'font-mismatch': async (a) => {
    const read = await pdf(a.documentId);
    const [run] = runsIn(read, a.region ?? nowhere());
    expect(run?.str).toBe(a.evidence.text);
    const neighbours = read.runs.filter(
      (r) => Math.abs(r.baseline - (run?.baseline ?? 0)) < 1 && r !== run,
    );
    expect(neighbours.length).toBeGreaterThan(0);
    for (const n of neighbours) expect(n.fontName).not.toBe(run?.fontName);
  },
  'gps-far-from-loss': async (a) => {
    const facts = factsOf(a.caseId);
    const tags = await exifOf(a.documentId);
    const far = distanceMetres(
      facts.lossLat,
      facts.lossLng,
      Number(tags?.latitude),
      Number(tags?.longitude),
    );
    expect(far).toBeGreaterThan(250_000);
    const sibling = docsOf(a.caseId).find(
      (d) => d.mediaType === 'image/jpeg' && d.id !== a.documentId,
    );
    const near = await exifOf(sibling?.id ?? null);
    expect(
      distanceMetres(facts.lossLat, facts.lossLng, Number(near?.latitude), Number(near?.longitude)),
    ).toBeLessThan(1000);
  },
  'exif-stripped': async (a) => {
    expect(await exifOf(a.documentId)).toBeNull();
    const bytes = documents.get(a.documentId ?? '')?.bytes ?? new Uint8Array();
    expect(Buffer.from(bytes).includes(Buffer.from('Exif\0\0'))).toBe(false);
  },
  'resident-id-checksum': async (a) => {
    const printed = String(a.evidence.printedIdNumber);
    expect(textIn(await pdf(a.documentId), a.region ?? nowhere())).toContain(printed);
    expect(isValidResidentId(printed)).toBe(false);
    expect(isValidResidentId(factsOf(a.caseId).claimantIdNumber)).toBe(true);
  },
  'name-mismatch': async (a) => {
    const printed = String(a.evidence.printedName);
    const read = await pdf(a.documentId);
    expect(textIn(read, a.region ?? nowhere())).toContain(printed);
    expect(read.text).not.toContain(factsOf(a.caseId).claimantName);
  },
  'loss-soon-after-policy-start': async (a) => {
    const facts = factsOf(a.caseId);
    const start = results.get(a.caseId)?.overrides.policyStart ?? 0;
    expect(a.documentId).toBeNull();
    expect(facts.lossAt - start).toBeGreaterThan(0);
    expect(facts.lossAt - start).toBeLessThanOrEqual(11 * DAY_MS);
  },
  'loss-just-before-expiry': async (a) => {
    const facts = factsOf(a.caseId);
    const end = results.get(a.caseId)?.overrides.policyEnd ?? 0;
    expect(end - facts.lossAt).toBeLessThanOrEqual(14 * DAY_MS);
    expect(end).toBeGreaterThan(facts.reportedAt);
  },
  'duplicate-invoice-number': async (a) => {
    const number = String(a.evidence.invoiceNumber);
    expect(textIn(await pdf(a.documentId), a.region ?? nowhere())).toContain(number);
    expect(a.evidence.originalCaseId).not.toBe(a.caseId);
    expect((await pdf(String(a.evidence.originalDocumentId))).text).toContain(number);
  },
  'duplicate-photo': async (a) => {
    const copy = documents.get(a.documentId ?? '');
    const original = documents.get(String(a.evidence.originalDocumentId));
    expect(copy?.sha256).not.toBe(original?.sha256);
    const distance = hamming(
      dHash(copy?.bytes ?? new Uint8Array()),
      dHash(original?.bytes ?? new Uint8Array()),
    );
    expect(distance).toBeLessThanOrEqual(4);
    const unrelated = [...documents.values()].filter(
      (d) => d.mediaType === 'image/jpeg' && d.caseId !== a.caseId && d.caseId !== original?.caseId,
    );
    const copyHash = dHash(copy?.bytes ?? new Uint8Array());
    for (const other of unrelated.slice(0, 4)) {
      expect(hamming(copyHash, dHash(other.bytes))).toBeGreaterThan(10);
    }
  },
  'amount-outlier': async (a) => {
    const facts = factsOf(a.caseId);
    const claimed = results.get(a.caseId)?.overrides.claimedFen ?? 0;
    expect(claimed).toBeGreaterThanOrEqual(OUTLIER_FACTOR * TYPICAL_CLAIMED_FEN[facts.line]);
    const form = docsOf(a.caseId).find((d) => d.kind === 'claim-form');
    expect((await pdf(form?.id ?? null)).text).toContain(formatFen(claimed));
  },
  'many-claims-same-party': async () => {
    const group = answers.filter((x) => x.anomaly === 'many-claims-same-party').slice(0, 3);
    const [first, ...repeats] = group.map((x) => x.caseId);
    expect(results.get(first ?? '')?.overrides.sameCustomerAs).toBeUndefined();
    const firstFacts = factsOf(first ?? '');
    for (const caseId of repeats) {
      expect(results.get(caseId)?.overrides.sameCustomerAs).toBe(first);
      const form = docsOf(caseId).find((d) => d.kind === 'claim-form');
      expect((await pdf(form?.id ?? null)).text).toContain(firstFacts.claimantName);
    }
  },
};

describe.each(ALL_KINDS)('planted %s', (kind) => {
  it('is in the artefact where the answer key says', async () => {
    await checks[kind](answerFor(kind));
  });
});

describe('determinism', () => {
  it('gives byte-identical documents for the same seed, different ones for another', async () => {
    const again = createDocumentFactory({ seed: SEED });
    for (const facts of cases.slice(0, 3)) {
      const same = await again.documentsFor(facts, plan.get(facts.caseId) ?? null);
      const original = results.get(facts.caseId);
      expect(same.documents.map((d) => d.sha256)).toEqual(original?.documents.map((d) => d.sha256));
      same.documents.forEach((d, i) => {
        expect(Buffer.compare(d.bytes, original?.documents[i]?.bytes ?? new Uint8Array())).toBe(0);
      });
      expect(same.answers).toEqual(original?.answers);
    }
    const first = cases.find((c) => !plan.has(c.caseId));
    const other = await createDocumentFactory({ seed: SEED + 1 }).documentsFor(
      first ?? nowhere(),
      null,
    );
    expect(other.documents.map((d) => d.sha256)).not.toEqual(
      results.get(first?.caseId ?? '')?.documents.map((d) => d.sha256),
    );
  });
});

function nowhere(): never {
  throw new Error('the answer has no region');
}
