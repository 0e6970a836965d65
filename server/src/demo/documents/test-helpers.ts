import type { Region } from '@shared/analysis/anomaly-kinds';
import jpeg from 'jpeg-js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { generateDemoOrganisation } from '../organisation';
import { demoCaseFacts } from './demo-facts';
import type { DemoCaseFacts } from './types';

/** Test support: the demo organisation's cases as document facts, and readers for the artefacts. */
export function sampleFacts(cases: number, seed: number): DemoCaseFacts[] {
  const org = generateDemoOrganisation({ cases, now: Date.UTC(2025, 5, 1), seed });
  return demoCaseFacts(org, seed);
}

export interface TextRun {
  str: string;
  x: number;
  /** Baseline, from the page's top. */
  baseline: number;
  width: number;
  fontName: string;
}

export interface ReadPdf {
  text: string;
  runs: TextRun[];
  info: Record<string, unknown>;
  pages: number;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0, disableFontFace: true })
    .promise;
  try {
    const page = await doc.getPage(1);
    const height = page.view[3] ?? 0;
    const content = await page.getTextContent();
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      runs.push({
        str: item.str,
        x: item.transform[4] as number,
        baseline: height - (item.transform[5] as number),
        width: item.width,
        fontName: item.fontName,
      });
    }
    const meta = await doc.getMetadata();
    const info = (typeof meta.info === 'object' && meta.info !== null ? meta.info : {}) as Record<
      string,
      unknown
    >;
    return { text: runs.map((r) => r.str).join(''), runs, info, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

/**
 * Runs overlapping the region (one em tall from the top of the text). A
 * value drawn right after its label comes back merged with the label.
 */
export function runsIn(pdf: ReadPdf, region: Region): TextRun[] {
  return pdf.runs.filter(
    (r) =>
      r.x <= region.x + region.width - 0.5 &&
      r.x + r.width >= region.x + 0.5 &&
      r.baseline >= region.y &&
      r.baseline <= region.y + region.height + 0.5,
  );
}

export function textIn(pdf: ReadPdf, region: Region): string {
  return runsIn(pdf, region)
    .map((r) => r.str)
    .join('');
}

/** PDF date string (D:YYYYMMDDHHmmSSZ) to epoch ms. */
export function pdfDate(value: unknown): number {
  const match = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(String(value));
  if (!match) throw new Error(`not a PDF date: ${String(value)}`);
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0);
}

/** 2025年03月14日 (China time) to the epoch ms of that day's start. */
export function chineseDate(text: string): number {
  const match = /(\d{4})年(\d{2})月(\d{2})日/.exec(text);
  if (!match) throw new Error(`no date in "${text}"`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - 8 * 3_600_000;
}

/** A 64-bit difference hash of a JPEG (9×8 grey thumbnail, left > right). */
export function dHash(bytes: Uint8Array): bigint {
  const image = jpeg.decode(bytes, { useTArray: true });
  const grey = (gx: number, gy: number): number => {
    const x0 = Math.floor((gx * image.width) / 9);
    const x1 = Math.floor(((gx + 1) * image.width) / 9);
    const y0 = Math.floor((gy * image.height) / 8);
    const y1 = Math.floor(((gy + 1) * image.height) / 8);
    let sum = 0;
    for (let y = y0; y < y1; y += 2) {
      for (let x = x0; x < x1; x += 2) {
        const i = (y * image.width + x) * 4;
        sum +=
          0.299 * (image.data[i] ?? 0) +
          0.587 * (image.data[i + 1] ?? 0) +
          0.114 * (image.data[i + 2] ?? 0);
      }
    }
    return sum / Math.max(1, Math.ceil((x1 - x0) / 2) * Math.ceil((y1 - y0) / 2));
  };
  let hash = 0n;
  for (let y = 0; y < 8; y++) {
    for (let x = 0; x < 8; x++) hash = (hash << 1n) | (grey(x, y) > grey(x + 1, y) ? 1n : 0n);
  }
  return hash;
}

export function hamming(a: bigint, b: bigint): number {
  let v = a ^ b;
  let count = 0;
  while (v > 0n) {
    count += Number(v & 1n);
    v >>= 1n;
  }
  return count;
}
