/**
 * Reads a CID-keyed CFF font into its parts, so that each document can
 * embed a font of only the glyphs it draws (cff-subset.ts). A PDF shows
 * such a font by CID, and after subsetting the CIDs are no longer the glyph
 * ids, so text must be encoded through the charset: the reason pdf-lib's
 * own embedding garbles CJK.
 */

/** One operator of a DICT with its operands, and the bytes it was read from. */
export interface DictEntry {
  op: number;
  /** Real-number operands read as 0: no offset or count is ever a real. */
  operands: number[];
  raw: Uint8Array;
}

/** One entry of the FDArray: a font dictionary and its Private DICT. */
export interface FontDict {
  entries: DictEntry[];
  privateEntries: DictEntry[];
  localSubrs: Uint8Array[];
}

export interface CidCff {
  /** The header as read; its size byte says where the Name INDEX starts. */
  header: Uint8Array;
  /** Name and String INDEXes, copied whole: subsetting does not change them. */
  nameIndex: Uint8Array;
  stringIndex: Uint8Array;
  top: DictEntry[];
  globalSubrs: Uint8Array[];
  charStrings: Uint8Array[];
  /** CID of each glyph id. */
  cids: Uint16Array;
  /** FDArray index of each glyph id. */
  fdSelect: Uint8Array;
  fonts: FontDict[];
}

/** Top DICT operators: the ones holding offsets, and the ROS that makes a font CID-keyed. */
export const TOP = {
  ros: 1230,
  charset: 15,
  charStrings: 17,
  fdArray: 1236,
  fdSelect: 1237,
  uniqueId: 13,
  xuid: 14,
} as const;
export const PRIVATE = 18;
export const SUBRS = 19;

export function parseCidCff(cff: Uint8Array): CidCff {
  const view = new DataView(cff.buffer, cff.byteOffset, cff.byteLength);
  const headerSize = view.getUint8(2);
  const names = readIndex(view, headerSize);
  const topIndex = readIndex(view, names.end);
  const strings = readIndex(view, topIndex.end);
  const globals = readIndex(view, strings.end);
  const [topStart, topEnd] = topIndex.items[0] ?? [0, 0];
  const top = readDict(cff, view, topStart, topEnd);
  const offset = (op: number): number => {
    const value = top.find((e) => e.op === op)?.operands[0];
    if (value === undefined) throw new Error(`the CFF font's top DICT lacks operator ${op}`);
    return value;
  };
  if (!top.some((e) => e.op === TOP.ros)) throw new Error('the CFF font is not CID-keyed (no ROS)');
  const charStrings = slices(cff, readIndex(view, offset(TOP.charStrings)));
  return {
    header: cff.subarray(0, headerSize),
    nameIndex: cff.subarray(headerSize, names.end),
    stringIndex: cff.subarray(topIndex.end, strings.end),
    top,
    globalSubrs: slices(cff, globals),
    charStrings,
    cids: readCharset(view, offset(TOP.charset), charStrings.length),
    fdSelect: readFdSelect(view, offset(TOP.fdSelect), charStrings.length),
    fonts: readIndex(view, offset(TOP.fdArray)).items.map(([s, e]) =>
      readFontDict(cff, view, s, e),
    ),
  };
}

function readFontDict(cff: Uint8Array, view: DataView, start: number, end: number): FontDict {
  const entries = readDict(cff, view, start, end);
  const [size = 0, at = 0] = entries.find((e) => e.op === PRIVATE)?.operands ?? [];
  const privateEntries = readDict(cff, view, at, at + size);
  const subrs = privateEntries.find((e) => e.op === SUBRS)?.operands[0];
  const localSubrs = subrs === undefined ? [] : slices(cff, readIndex(view, at + subrs));
  return { entries, privateEntries, localSubrs };
}

interface IndexSpans {
  items: [number, number][];
  end: number;
}

function readIndex(view: DataView, offset: number): IndexSpans {
  const count = view.getUint16(offset);
  if (count === 0) return { items: [], end: offset + 2 };
  const offSize = view.getUint8(offset + 2);
  const readOffset = (i: number) => {
    let value = 0;
    for (let b = 0; b < offSize; b++)
      value = value * 256 + view.getUint8(offset + 3 + i * offSize + b);
    return value;
  };
  // Offsets count from 1, relative to the byte before the data.
  const beforeData = offset + 2 + (count + 1) * offSize;
  const items: [number, number][] = [];
  for (let i = 0; i < count; i++)
    items.push([beforeData + readOffset(i), beforeData + readOffset(i + 1)]);
  return { items, end: beforeData + readOffset(count) };
}

function slices(cff: Uint8Array, index: IndexSpans): Uint8Array[] {
  return index.items.map(([start, end]) => cff.subarray(start, end));
}

function readDict(cff: Uint8Array, view: DataView, start: number, end: number): DictEntry[] {
  const entries: DictEntry[] = [];
  let operands: number[] = [];
  let entryStart = start;
  let p = start;
  while (p < end) {
    const b0 = view.getUint8(p);
    if (b0 <= 21) {
      const op = b0 === 12 ? 1200 + view.getUint8(p + 1) : b0;
      p += b0 === 12 ? 2 : 1;
      entries.push({ op, operands, raw: cff.subarray(entryStart, p) });
      operands = [];
      entryStart = p;
    } else {
      const [value, size] = readOperand(view, p, b0);
      operands.push(value);
      p += size;
    }
  }
  return entries;
}

function readOperand(view: DataView, p: number, b0: number): [number, number] {
  if (b0 === 28) return [view.getInt16(p + 1), 3];
  if (b0 === 29) return [view.getInt32(p + 1), 5];
  if (b0 === 30) return [0, realLength(view, p)];
  if (b0 <= 246) return [b0 - 139, 1];
  const b1 = view.getUint8(p + 1);
  if (b0 <= 250) return [(b0 - 247) * 256 + b1 + 108, 2];
  return [-(b0 - 251) * 256 - b1 - 108, 2];
}

/** Real numbers are nibble strings ending in 0xf. */
function realLength(view: DataView, p: number): number {
  let q = p + 1;
  for (;;) {
    const byte = view.getUint8(q++);
    if ((byte & 0x0f) === 0x0f || (byte & 0xf0) === 0xf0) return q - p;
  }
}

function readCharset(view: DataView, offset: number, glyphCount: number): Uint16Array {
  const cids = new Uint16Array(glyphCount);
  const format = view.getUint8(offset);
  let p = offset + 1;
  let gid = 1;
  if (format === 0) {
    for (; gid < glyphCount; gid++, p += 2) cids[gid] = view.getUint16(p);
    return cids;
  }
  while (gid < glyphCount) {
    const first = view.getUint16(p);
    const left = format === 1 ? view.getUint8(p + 2) : view.getUint16(p + 2);
    p += format === 1 ? 3 : 4;
    for (let i = 0; i <= left && gid < glyphCount; i++) cids[gid++] = first + i;
  }
  return cids;
}

function readFdSelect(view: DataView, offset: number, glyphCount: number): Uint8Array {
  const fds = new Uint8Array(glyphCount);
  const format = view.getUint8(offset);
  if (format === 0) {
    for (let gid = 0; gid < glyphCount; gid++) fds[gid] = view.getUint8(offset + 1 + gid);
    return fds;
  }
  if (format !== 3) throw new Error(`unsupported CFF FDSelect format ${format}`);
  const ranges = view.getUint16(offset + 1);
  for (let r = 0; r < ranges; r++) {
    const at = offset + 3 + r * 3;
    const first = view.getUint16(at);
    const next = view.getUint16(at + 3);
    fds.fill(view.getUint8(at + 2), first, Math.min(next, glyphCount));
  }
  return fds;
}
