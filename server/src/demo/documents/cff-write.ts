import { type DictEntry, TOP } from './cff';

/** CFF building blocks: INDEXes, DICTs with offsets, Type 2 numbers. */

export function indexSize(itemSizes: readonly number[]): number {
  if (itemSizes.length === 0) return 2;
  const data = itemSizes.reduce((a, b) => a + b, 0);
  return 3 + (itemSizes.length + 1) * offSizeFor(data) + data;
}

/**
 * Writes an INDEX's count and offsets for items of these sizes into `out`
 * (sized by indexSize) and returns where the item data starts.
 */
export function writeIndexHeader(out: Uint8Array, itemSizes: readonly number[]): number {
  const count = itemSizes.length;
  out[0] = count >> 8;
  out[1] = count & 0xff;
  if (count === 0) return 2;
  const offSize = offSizeFor(itemSizes.reduce((a, b) => a + b, 0));
  out[2] = offSize;
  let offset = 1;
  for (let i = 0; i <= count; i++) {
    for (let b = 0; b < offSize; b++) {
      out[3 + i * offSize + b] = (offset >>> (8 * (offSize - 1 - b))) & 0xff;
    }
    offset += itemSizes[i] ?? 0;
  }
  return 3 + (count + 1) * offSize;
}

export function indexBytes(items: readonly Uint8Array[]): Uint8Array {
  const sizes = items.map((item) => item.length);
  const out = new Uint8Array(indexSize(sizes));
  let p = writeIndexHeader(out, sizes);
  for (const item of items) {
    out.set(item, p);
    p += item.length;
  }
  return out;
}

function offSizeFor(dataLength: number): number {
  const last = dataLength + 1;
  return last < 0x100 ? 1 : last < 0x10000 ? 2 : last < 0x1000000 ? 3 : 4;
}

/**
 * Operators whose operands are replaced, by how many: offsets are written
 * as five-byte integers, so a DICT's size is known before they are.
 */
export type Replaced = Readonly<Record<number, number>>;

/** Identify the whole font to caches; a subset must not claim them. */
const DROPPED = new Set<number>([TOP.uniqueId, TOP.xuid]);

/** A DICT's size with the replaced operators rewritten, or left out when `keep` is false. */
export function dictSize(entries: readonly DictEntry[], replaced: Replaced, keep = true): number {
  let size = 0;
  for (const entry of entries) {
    if (DROPPED.has(entry.op)) continue;
    const operands = replaced[entry.op];
    if (operands === undefined) size += entry.raw.length;
    else if (keep) size += operands * 5 + operatorSize(entry.op);
  }
  return size;
}

export function dictBytes(
  entries: readonly DictEntry[],
  operands: Readonly<Record<number, readonly number[]>>,
  keep = true,
): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const entry of entries) {
    if (DROPPED.has(entry.op)) continue;
    const values = operands[entry.op];
    if (values === undefined) {
      parts.push(entry.raw);
    } else if (keep) {
      const bytes = new Uint8Array(values.length * 5 + operatorSize(entry.op));
      const view = new DataView(bytes.buffer);
      values.forEach((value, i) => {
        bytes[i * 5] = 29;
        view.setInt32(i * 5 + 1, value);
      });
      if (entry.op >= 1200) bytes.set([12, entry.op - 1200], values.length * 5);
      else bytes[values.length * 5] = entry.op;
      parts.push(bytes);
    }
  }
  return concat(parts);
}

function operatorSize(op: number): number {
  return op >= 1200 ? 2 : 1;
}

/** Bytes of the shortest Type 2 charstring encoding of an integer. */
export function numberSize(v: number): number {
  return v >= -107 && v <= 107 ? 1 : v >= -1131 && v <= 1131 ? 2 : 3;
}

/** Writes an integer as numberSize says; returns the position after it. */
export function writeNumber(out: Uint8Array, p: number, v: number): number {
  if (v >= -107 && v <= 107) {
    out[p] = v + 139;
    return p + 1;
  }
  if (v >= 108 && v <= 1131) {
    out[p] = ((v - 108) >> 8) + 247;
    out[p + 1] = (v - 108) & 0xff;
    return p + 2;
  }
  if (v >= -1131 && v <= -108) {
    out[p] = ((-v - 108) >> 8) + 251;
    out[p + 1] = (-v - 108) & 0xff;
    return p + 2;
  }
  out[p] = 28;
  out[p + 1] = (v >> 8) & 0xff;
  out[p + 2] = v & 0xff;
  return p + 3;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let p = 0;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}
