import type { CaseFacts, PdfFacts, PhotoFacts, TextRun } from '../facts';
import { charWeight } from './layout';

/**
 * Facts as extraction reports them, for the detectors' tests: text placed
 * like a printed form, runs as wide as their characters at the size given.
 */
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

/** Epoch ms of a China-time wall clock. */
export function cst(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) - 8 * HOUR;
}

export interface RunOptions {
  page?: number;
  size?: number;
  font?: string;
}

export const REGULAR = 'g_d0_f1';
export const BOLD = 'g_d0_f2';

export function run(str: string, x: number, top: number, options: RunOptions = {}): TextRun {
  const size = options.size ?? 10.5;
  return {
    page: options.page ?? 1,
    str,
    x,
    y: top,
    width: widthOf(str, size),
    height: size,
    fontName: options.font ?? REGULAR,
  };
}

export function widthOf(str: string, size = 10.5): number {
  return [...str].reduce((w, ch) => w + charWeight(ch) * size, 0);
}

/** Runs typed one after another, touching, as a producer writes a label and its value. */
export function runsInRow(
  parts: readonly (readonly [string, string?])[],
  x: number,
  top: number,
  options: RunOptions = {},
): TextRun[] {
  let left = x;
  return parts.map(([str, font]) => {
    const r = run(str, left, top, { ...options, font: font ?? options.font });
    left += r.width;
    return r;
  });
}

/** A one-page document whose lines are given top to bottom, cells as [x, text]. */
export function page(
  rows: readonly (readonly (readonly [number, string])[])[],
  options: RunOptions & { top?: number; step?: number } = {},
): TextRun[] {
  const top = options.top ?? 100;
  const step = options.step ?? 20;
  return rows.flatMap((cells, i) => cells.map(([x, str]) => run(str, x, top + i * step, options)));
}

export function pdf(runs: readonly TextRun[], overrides: Partial<PdfFacts> = {}): PdfFacts {
  return {
    kind: 'pdf',
    documentId: 'doc-1',
    fileName: 'doc-1.pdf',
    docType: null,
    pages: Math.max(1, ...runs.map((r) => r.page)),
    pageTexts: [],
    runs: [...runs],
    info: { creationDate: null, modDate: null, producer: null, creator: null },
    incrementalUpdates: 0,
    ...overrides,
  };
}

export function photo(overrides: Partial<PhotoFacts> = {}): PhotoFacts {
  return {
    kind: 'photo',
    documentId: 'photo-1',
    fileName: 'IMG_20261029_101500.jpg',
    docType: 'damage-photo',
    hasExif: true,
    takenAt: CASE.lossAt + HOUR,
    latitude: 31.2304,
    longitude: 121.4737,
    camera: 'HUAWEI ELS-AN00',
    width: 4000,
    height: 3000,
    dHash: null,
    ...overrides,
  };
}

/** A claim: loss 29 Oct 2026 14:00 in Shanghai, reported the next morning, cover for 2026. */
export const CASE: CaseFacts = {
  caseId: 'case-1',
  claimedFen: 1_234_567,
  lossAt: cst(2026, 10, 29, 14),
  reportedAt: cst(2026, 10, 30, 9),
  lossLat: 31.2304,
  lossLng: 121.4737,
  policyStart: cst(2026, 1, 1),
  policyEnd: cst(2027, 1, 1),
  claimant: { name: '张伟', idNumber: null },
};
