import type { LineItem } from './amounts';
import type { PdfCanvas } from './pdf-writer';
import { calendarDaysBetween, DAY_MS } from './dates';
import type { Scenario } from './scenario';
import type { PdfKind } from './types';

/** One PDF of a case, before rendering; planted anomalies edit these fields. */
export interface PdfSpec {
  kind: PdfKind;
  id: string;
  /** Printed issue date; also the PDF's creation time. */
  issuedAt: number;
  /** The person or company the document is about (patient, buyer, account holder…). */
  name: string;
  idNumber: string | null;
  invoiceCode: string | null;
  invoiceNumber: string | null;
  items: LineItem[];
  /** The printed total; null on documents without one. */
  totalFen: number | null;
  boldAmountRun: boolean;
  producer: string;
  creator: string;
  /** Null: never modified after issue (ModDate = CreationDate). */
  modifiedAt: number | null;
  incremental: boolean;
}

export type Template = (canvas: PdfCanvas, spec: PdfSpec, scenario: Scenario) => void;

export interface Column {
  label: string;
  /** Left edge, or right edge for right-aligned columns. */
  x: number;
  align?: 'left' | 'right';
}

/** Header row, rule lines and body rows; returns the top below the table. */
export function drawTable(
  c: PdfCanvas,
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  top: number,
  span: [number, number] = [56, 540],
): number {
  const rowHeight = 19;
  c.line(span[0], top - 5, span[1], top - 5);
  columns.forEach((col) => c.text(col.label, col.x, top, { size: 9.5, align: col.align }));
  c.line(span[0], top + 14, span[1], top + 14);
  let y = top + rowHeight + 2;
  for (const row of rows) {
    columns.forEach((col, i) => c.text(row[i] ?? '', col.x, y, { size: 9.5, align: col.align }));
    y += rowHeight;
  }
  c.line(span[0], y - 5, span[1], y - 5);
  return y + 4;
}

/**
 * The hospital stay ending on the document's date. It never starts before
 * the loss, unless the document itself is dated before it (a planted date).
 */
export function hospitalStay(spec: PdfSpec, s: Scenario): { admittedAt: number; days: number } {
  const admittedAt = Math.min(
    spec.issuedAt,
    Math.max(s.facts.lossAt, spec.issuedAt - s.stayDays * DAY_MS),
  );
  return { admittedAt, days: Math.max(1, calendarDaysBetween(admittedAt, spec.issuedAt)) };
}
