import type { Region } from '../anomaly-kinds';
import type { PdfFacts } from '../facts';
import { readInvoiceTotal } from '../invoice-total';
import { type Cell, cellsOf, documentText, type LayoutLine, linesOf, regionOf } from './layout';

/**
 * The itemised table of a bill (invoice, expense list, loss list, claim
 * letter) and the total it states. Columns are found by their headers, not
 * by position: the amount column is the one headed 金额 (not 单价); on VAT
 * invoices a 税额 column adds to it. Rows run from the header to the first
 * total line; subtotal rows (小计) are skipped.
 */
export interface StatedTotal {
  fen: number;
  page: number;
  region: Region | null;
}

export interface ItemisedBill {
  /** Each row's amount (and tax) in fen, top to bottom. */
  items: number[];
  total: StatedTotal;
}

const AMOUNT_HEADER = /金额/u;
const NOT_AMOUNT_HEADER = /单价|税率|合计/u;
const TAX_HEADER = /^税额/u;
const NAME_HEADER = /项目|名称|品名|货物|服务|内容|明细|摘要/u;
const TOTAL_LINE = /合\s*计|总\s*计|共\s*计|[（(]\s*[大小]写\s*[）)]/u;
const SUBTOTAL_LINE = /小\s*计/u;
/** Amounts in a bill's table carry fen: 1234.50, 1,234.50, ¥1234.50. */
const MONEY = /^[¥￥]?(-?(?:\d{1,3}(?:,\d{3})+|\d+))\.(\d{2})$/u;
const MONEY_IN_TEXT = /[¥￥]?\s*((?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2})(?!\d)/gu;

interface Column {
  left: number;
  right: number;
}

/** The bill's rows and stated total, or null when it has no itemised table or no total. */
export function readItemisedBill(doc: PdfFacts): ItemisedBill | null {
  const lines = linesOf(doc);
  const total = statedTotal(lines);
  if (!total) return null;
  const items = tableRows(lines);
  return items.length > 0 ? { items, total } : null;
}

/** The total the document states, and where it is printed. */
export function statedTotal(lines: readonly LayoutLine[]): StatedTotal | null {
  const total = readInvoiceTotal(documentText(lines));
  if (!total) return null;
  for (const line of [...lines].reverse()) {
    if (!TOTAL_LINE.test(line.text)) continue;
    for (const match of line.text.matchAll(MONEY_IN_TEXT)) {
      if (toFen(match[1] ?? '') !== total.fen) continue;
      const start = match.index ?? 0;
      return {
        fen: total.fen,
        page: line.page,
        region: regionOf(line, start, start + match[0].length),
      };
    }
  }
  return { fen: total.fen, page: lines[0]?.page ?? 1, region: null };
}

function tableRows(lines: readonly LayoutLine[]): number[] {
  const items: number[] = [];
  let columns: Column[] = [];
  let page = 0;
  for (const line of lines) {
    const cells = cellsOf(line);
    const header = headerColumns(cells);
    if (header.length > 0) {
      columns = header;
      page = line.page;
      continue;
    }
    if (columns.length === 0) continue;
    // A table continued over a page repeats its header; without one the rows end with the page.
    if (line.page !== page || TOTAL_LINE.test(line.text)) {
      columns = [];
      continue;
    }
    if (SUBTOTAL_LINE.test(line.text)) continue;
    let row = 0;
    let counted = false;
    for (const column of columns) {
      const cell = cellUnder(column, cells);
      if (cell === null) continue;
      row += cell;
      counted = true;
    }
    if (counted) items.push(row);
  }
  return items;
}

function headerColumns(cells: readonly Cell[]): Column[] {
  if (!cells.some((c) => NAME_HEADER.test(c.text))) return [];
  const amounts = cells.filter(
    (c) =>
      (AMOUNT_HEADER.test(c.text) && !NOT_AMOUNT_HEADER.test(c.text)) || TAX_HEADER.test(c.text),
  );
  if (!amounts.some((c) => AMOUNT_HEADER.test(c.text))) return [];
  return amounts.map((c) => ({ left: c.region.x, right: c.region.x + c.region.width }));
}

/**
 * The money cell standing under a column header. Figures are right- or
 * left-aligned under their header, so the cell overlapping the header's
 * span most is the column's; a cell overlapping it not at all is not.
 */
function cellUnder(column: Column, cells: readonly Cell[]): number | null {
  let best: { fen: number; overlap: number } | null = null;
  for (const cell of cells) {
    const match = MONEY.exec(cell.text);
    if (!match) continue;
    const left = cell.region.x;
    const right = cell.region.x + cell.region.width;
    const overlap = Math.min(right, column.right) - Math.max(left, column.left);
    if (overlap <= 0 || (best && best.overlap >= overlap)) continue;
    best = { fen: toFen(`${match[1] ?? ''}.${match[2] ?? ''}`), overlap };
  }
  return best?.fen ?? null;
}

function toFen(figures: string): number {
  const [whole = '0', cents = '0'] = figures.replaceAll(',', '').split('.');
  const sign = whole.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(whole)) * 100 + Number(cents.padEnd(2, '0').slice(0, 2)));
}
