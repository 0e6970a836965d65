import type { Region } from '../anomaly-kinds';
import type { PdfFacts, TextRun } from '../facts';

/**
 * Text runs regrouped into printed lines. pdf.js reports runs in content
 * stream order, which need not be reading order, and merges or splits runs
 * as the producer wrote them; detectors read labels and values line by line
 * and need to point back at where a piece of text stands on the page.
 */
export interface LayoutLine {
  page: number;
  /** Baseline of the line's first run, PDF points from the page's top. */
  baseline: number;
  /** Runs left to right. */
  runs: TextRun[];
  /** The runs joined: directly when they touch, with one space across a gap. */
  text: string;
  /** Where each run's text starts in `text`, by run. */
  starts: number[];
}

/** Runs this close (in ems) to each other read as one word; farther apart, a gap between cells. */
const TOUCHING_EM = 0.3;
/** Baselines within this share of the text height belong to one line. */
const SAME_LINE_EM = 0.35;

export function baselineOf(run: TextRun): number {
  return run.y + run.height;
}

export function gapBetween(left: TextRun, right: TextRun): number {
  return right.x - (left.x + left.width);
}

export function touching(left: TextRun, right: TextRun): boolean {
  const em = Math.max(1, Math.min(left.height, right.height));
  return Math.abs(gapBetween(left, right)) <= TOUCHING_EM * em;
}

export function onSameLine(a: TextRun, b: TextRun): boolean {
  const em = Math.max(1, Math.min(a.height, b.height));
  return a.page === b.page && Math.abs(baselineOf(a) - baselineOf(b)) <= SAME_LINE_EM * em;
}

const cache = new WeakMap<PdfFacts, LayoutLine[]>();

/** The document's lines, page by page, top to bottom. */
export function linesOf(doc: PdfFacts): LayoutLine[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const lines = layoutLines(doc.runs);
  cache.set(doc, lines);
  return lines;
}

export function layoutLines(runs: readonly TextRun[]): LayoutLine[] {
  const sorted = runs
    .filter((r) => r.str.trim() !== '')
    .sort((a, b) => a.page - b.page || baselineOf(a) - baselineOf(b) || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const current = groups.at(-1);
    const first = current?.[0];
    if (current && first && onSameLine(first, run)) current.push(run);
    else groups.push([run]);
  }
  return groups.map(toLine);
}

function toLine(group: TextRun[]): LayoutLine {
  const runs = [...group].sort((a, b) => a.x - b.x);
  let text = '';
  const starts: number[] = [];
  runs.forEach((run, i) => {
    const previous = runs[i - 1];
    if (previous && !touching(previous, run) && gapBetween(previous, run) > 0) text += ' ';
    starts.push(text.length);
    text += run.str;
  });
  const first = runs[0];
  return { page: first?.page ?? 1, baseline: first ? baselineOf(first) : 0, runs, text, starts };
}

/** The text of a document's lines, one line per text line, pages in order. */
export function documentText(lines: readonly LayoutLine[]): string {
  return lines.map((l) => l.text).join('\n');
}

/**
 * The box around characters [start, end) of a line. Within a run the
 * position is estimated from character widths: CJK and full-width forms
 * take a full em, Latin letters and digits about half.
 */
export function regionOf(line: LayoutLine, start: number, end: number): Region | null {
  const boxes: Region[] = [];
  line.runs.forEach((run, i) => {
    const from = line.starts[i] ?? 0;
    const to = from + run.str.length;
    const a = Math.max(start, from);
    const b = Math.min(end, to);
    if (a >= b) return;
    const weights = [...run.str].map(charWeight);
    const total = weights.reduce((s, w) => s + w, 0) || 1;
    const before = weights.slice(0, a - from).reduce((s, w) => s + w, 0);
    const inside = weights.slice(a - from, b - from).reduce((s, w) => s + w, 0);
    boxes.push({
      x: run.x + (run.width * before) / total,
      y: run.y,
      width: (run.width * inside) / total,
      height: run.height,
    });
  });
  return unionRegions(boxes);
}

export function runRegion(run: TextRun): Region {
  return { x: round(run.x), y: round(run.y), width: round(run.width), height: round(run.height) };
}

export function unionRegions(regions: readonly Region[]): Region | null {
  if (regions.length === 0) return null;
  const left = Math.min(...regions.map((r) => r.x));
  const top = Math.min(...regions.map((r) => r.y));
  const right = Math.max(...regions.map((r) => r.x + r.width));
  const bottom = Math.max(...regions.map((r) => r.y + r.height));
  return {
    x: round(left),
    y: round(top),
    width: round(right - left),
    height: round(bottom - top),
  };
}

export function charWeight(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x2e80 || (code >= 0xff00 && code <= 0xffef)) return 1;
  return char.trim() === '' ? 0.3 : 0.55;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A whitespace-free piece of a line (a table cell, a label with its value) and where it is. */
export interface Cell {
  text: string;
  start: number;
  end: number;
  region: Region;
}

export function cellsOf(line: LayoutLine): Cell[] {
  const cells: Cell[] = [];
  for (const match of line.text.matchAll(/\S+/gu)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const region = regionOf(line, start, end);
    if (region) cells.push({ text: match[0], start, end, region });
  }
  return cells;
}
