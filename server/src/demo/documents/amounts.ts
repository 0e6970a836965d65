import { AMOUNT_WORDS } from './labels';
import type { Rng } from './random';

/** 12345.67 — invoices print amounts without thousands separators. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 壹万贰仟叁佰肆拾伍元陆角柒分 (人民币大写). */
export function amountInWords(fen: number): string {
  if (!Number.isInteger(fen) || fen < 0) throw new RangeError(`amountInWords: ${fen}`);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  const { digits, yuan: yuanChar, jiao: jiaoChar, fen: fenChar, whole } = AMOUNT_WORDS;
  let words = yuan > 0 ? `${integerWords(yuan)}${yuanChar}` : '';
  if (jiao === 0 && cents === 0) return `${words || `${digits[0]}${yuanChar}`}${whole}`;
  if (jiao > 0) words += `${digits[jiao]}${jiaoChar}`;
  else if (yuan > 0) words += digits[0];
  if (cents > 0) words += `${digits[cents]}${fenChar}`;
  return words;
}

function integerWords(value: number): string {
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  const groupNames = ['', AMOUNT_WORDS.groups[0], AMOUNT_WORDS.groups[1]];
  let out = '';
  let pendingZero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g] ?? 0;
    if (group === 0) {
      pendingZero = out.length > 0;
      continue;
    }
    if (pendingZero || (out.length > 0 && group < 1000)) out += AMOUNT_WORDS.digits[0];
    out += groupWords(group) + (groupNames[g] ?? '');
    pendingZero = false;
  }
  return out;
}

function groupWords(group: number): string {
  const units = ['', ...AMOUNT_WORDS.units];
  let out = '';
  let zero = false;
  for (let position = 3; position >= 0; position--) {
    const digit = Math.floor(group / 10 ** position) % 10;
    if (digit === 0) {
      zero = out.length > 0;
      continue;
    }
    if (zero) out += AMOUNT_WORDS.digits[0];
    out += `${AMOUNT_WORDS.digits[digit]}${units[position]}`;
    zero = false;
  }
  return out;
}

/** Splits a total into parts proportional to the weights; the parts sum exactly to the total. */
export function splitFen(totalFen: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((totalFen * w) / sum));
  const last = parts.length - 1;
  parts[last] = totalFen - parts.slice(0, last).reduce((a, b) => a + b, 0);
  return parts;
}

export interface LineItem {
  name: string;
  unit: string;
  quantity: number;
  unitFen: number;
  amountFen: number;
}

export interface CatalogueEntry {
  name: string;
  unit: string;
  typicalFen: number;
  maxQuantity: number;
}

/**
 * Line items that add up to totalFen: plausible quantities, unit prices
 * scaled from typical ones. Every row is quantity × unit price; the last row
 * has quantity 1 so it can absorb the rounding.
 */
export function itemsSummingTo(
  totalFen: number,
  catalogue: readonly CatalogueEntry[],
  count: number,
  rng: Rng,
): LineItem[] {
  const chosen = rng.shuffle(catalogue).slice(0, Math.max(1, Math.min(count, catalogue.length)));
  const rows = chosen.map((c, i) => ({
    name: c.name,
    unit: c.unit,
    quantity: i === chosen.length - 1 ? 1 : rng.int(1, c.maxQuantity),
    price: c.typicalFen * rng.float(0.7, 1.3),
  }));
  const scale = totalFen / rows.reduce((s, r) => s + r.price * r.quantity, 0);
  return rows
    .map((r) => {
      const unitFen = Math.max(1, Math.floor(r.price * scale));
      return {
        name: r.name,
        unit: r.unit,
        quantity: r.quantity,
        unitFen,
        amountFen: unitFen * r.quantity,
      };
    })
    .map(balanceLast(totalFen));
}

function balanceLast(totalFen: number) {
  return (item: LineItem, index: number, all: LineItem[]): LineItem => {
    if (index !== all.length - 1) return item;
    const amountFen = totalFen - sumItems(all.slice(0, -1));
    return { ...item, quantity: 1, unitFen: amountFen, amountFen };
  };
}

export function sumItems(items: readonly LineItem[]): number {
  return items.reduce((s, it) => s + it.amountFen, 0);
}

/** The same rows with the last one changed by deltaFen: the rows then miss the printed total. */
export function shiftLastItem(items: readonly LineItem[], deltaFen: number): LineItem[] {
  return items.map((item, i) => {
    if (i !== items.length - 1) return item;
    const amountFen = item.amountFen + deltaFen;
    return { ...item, quantity: 1, unitFen: amountFen, amountFen };
  });
}

/** The same rows scaled to a new total, still quantity × unit price and still summing exactly. */
export function rescaleItems(items: readonly LineItem[], totalFen: number): LineItem[] {
  const ratio = totalFen / Math.max(1, sumItems(items));
  return items
    .map((item) => {
      const unitFen = Math.floor(item.unitFen * ratio);
      return { ...item, unitFen, amountFen: unitFen * item.quantity };
    })
    .map(balanceLast(totalFen));
}
