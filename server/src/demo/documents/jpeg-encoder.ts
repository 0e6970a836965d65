import {
  CHROMA_AC,
  CHROMA_DC,
  CHROMA_QUANT,
  type HuffmanSpec,
  huffmanCodes,
  LUMA_AC,
  LUMA_DC,
  LUMA_QUANT,
  scaledQuant,
  ZIGZAG,
} from './jpeg-tables';
import { columnDctQuantised, divisorsFor, isFlat, quantise, rowDct } from './jpeg-dct';
import { chromaSize, planesFromRgb, type YccPlanes } from './ycc';

/**
 * A baseline JPEG encoder (4:2:0, standard Huffman tables). jpeg-js
 * rebuilds its tables on every call and writes bit by bit, about 60 ms for
 * a 640×480 photo; this one keeps its tables and encodes photos from the
 * planes they are drawn in (ycc.ts), which is what lets the demo generate
 * 20,000 cases' photos. jpeg-js still decodes them in the tests.
 */

interface QualityTables {
  lumaQuant: Uint8Array;
  chromaQuant: Uint8Array;
  /** Reciprocal quantisers, the AAN DCT's output scaling folded in. */
  lumaDivisors: Float64Array;
  chromaDivisors: Float64Array;
}

interface Huffman {
  codes: Uint16Array;
  lengths: Uint8Array;
}

const HUFFMAN = {
  lumaDc: huffmanCodes(LUMA_DC),
  lumaAc: huffmanCodes(LUMA_AC),
  chromaDc: huffmanCodes(CHROMA_DC),
  chromaAc: huffmanCodes(CHROMA_AC),
};

const qualityCache = new Map<number, QualityTables>();

function tablesFor(quality: number): QualityTables {
  let tables = qualityCache.get(quality);
  if (!tables) {
    const lumaQuant = scaledQuant(LUMA_QUANT, quality);
    const chromaQuant = scaledQuant(CHROMA_QUANT, quality);
    tables = {
      lumaQuant,
      chromaQuant,
      lumaDivisors: divisorsFor(lumaQuant),
      chromaDivisors: divisorsFor(chromaQuant),
    };
    qualityCache.set(quality, tables);
  }
  return tables;
}

/** RGB (3 bytes a pixel) to a JPEG; app1 is a complete EXIF payload ("Exif\0\0…") or none. */
export function encodeJpeg(
  rgb: Uint8Array,
  width: number,
  height: number,
  quality: number,
  app1?: Uint8Array,
): Uint8Array {
  return encodePlanes(planesFromRgb(rgb, width, height), quality, app1);
}

/** An image already in JPEG's colour space and subsampling, as photos are drawn. */
export function encodePlanes(planes: YccPlanes, quality: number, app1?: Uint8Array): Uint8Array {
  const writer = new ByteWriter((planes.width * planes.height) >> 2);
  const tables = tablesFor(quality);
  writeHeaders(writer, planes.width, planes.height, tables, app1);
  new ScanEncoder(writer, tables).encode(planes);
  writer.word(0xffd9);
  return writer.result();
}

/** Four luma blocks (top left, top right, bottom left, bottom right), then Cb and Cr. */
const CB = 256;
const CR = 320;

class ScanEncoder {
  private readonly mcu = new Float64Array(384);
  private readonly quantised = new Int32Array(64);
  private readonly rows = new Int32Array(16);
  private readonly cols = new Int32Array(16);
  private dcY = 0;
  private dcCb = 0;
  private dcCr = 0;

  constructor(
    private readonly out: ByteWriter,
    private readonly tables: QualityTables,
  ) {}

  encode(planes: YccPlanes): void {
    const { lumaDivisors, chromaDivisors } = this.tables;
    for (let my = 0; my < planes.height; my += 16) {
      for (let mx = 0; mx < planes.width; mx += 16) {
        // Worst case for one macroblock: six blocks of 64 coefficients, 32 bits each, all stuffed.
        this.out.ensure(3200);
        this.load(planes, mx, my);
        for (let b = 0; b < 4; b++) {
          this.dcY = this.block(b * 64, lumaDivisors, this.dcY, HUFFMAN.lumaDc, HUFFMAN.lumaAc);
        }
        this.dcCb = this.block(CB, chromaDivisors, this.dcCb, HUFFMAN.chromaDc, HUFFMAN.chromaAc);
        this.dcCr = this.block(CR, chromaDivisors, this.dcCr, HUFFMAN.chromaDc, HUFFMAN.chromaAc);
      }
    }
    this.out.flushBits();
  }

  /** One 16×16 macroblock, level-shifted; past the edges the last row and column repeat. */
  private load(planes: YccPlanes, mx: number, my: number): void {
    const { width, height, y, cb, cr } = planes;
    const m = this.mcu;
    const cw = chromaSize(width);
    // Inside the image, rows are read straight; only edge macroblocks need clamping.
    if (mx + 16 <= width && my + 16 <= height) {
      for (let r = 0; r < 16; r++) {
        const from = (my + r) * width + mx;
        const to = (r >> 3) * 128 + (r & 7) * 8;
        for (let c = 0; c < 8; c++) m[to + c] = (y[from + c] as number) - 128;
        for (let c = 0; c < 8; c++) m[to + 64 + c] = (y[from + 8 + c] as number) - 128;
      }
      for (let r = 0; r < 8; r++) {
        const from = ((my >> 1) + r) * cw + (mx >> 1);
        for (let c = 0; c < 8; c++) {
          m[CB + r * 8 + c] = (cb[from + c] as number) - 128;
          m[CR + r * 8 + c] = (cr[from + c] as number) - 128;
        }
      }
      return;
    }
    const rows = this.rows;
    const cols = this.cols;
    for (let i = 0; i < 16; i++) {
      rows[i] = Math.min(my + i, height - 1) * width;
      cols[i] = Math.min(mx + i, width - 1);
    }
    for (let r = 0; r < 16; r++) {
      const from = rows[r] as number;
      const to = (r >> 3) * 128 + (r & 7) * 8;
      for (let c = 0; c < 8; c++) m[to + c] = (y[from + (cols[c] as number)] as number) - 128;
      for (let c = 8; c < 16; c++) m[to + 56 + c] = (y[from + (cols[c] as number)] as number) - 128;
    }
    const ch = chromaSize(height);
    const cx = mx >> 1;
    const cy = my >> 1;
    for (let r = 0; r < 8; r++) {
      const from = Math.min(cy + r, ch - 1) * cw;
      for (let c = 0; c < 8; c++) {
        const at = from + Math.min(cx + c, cw - 1);
        m[CB + r * 8 + c] = (cb[at] as number) - 128;
        m[CR + r * 8 + c] = (cr[at] as number) - 128;
      }
    }
  }

  private block(
    at: number,
    divisors: Float64Array,
    previousDc: number,
    dcTable: Huffman,
    acTable: Huffman,
  ): number {
    const m = this.mcu;
    const zz = this.quantised;
    if (isFlat(m, at)) {
      // A constant block, as most chroma blocks of a photo are (fills are flat, grain
      // is luma only), transforms to its DC alone: the DCT would give exactly this.
      zz.fill(0);
      quantise((m[at] as number) * 64, 0, divisors, zz);
      return this.entropy(previousDc, 0, dcTable, acTable);
    }
    for (let i = 0; i < 8; i++) rowDct(m, at + i * 8);
    for (let i = 0; i < 8; i++) columnDctQuantised(m, at, i, divisors, zz);
    let last = 63;
    while (last > 0 && zz[last] === 0) last--;
    return this.entropy(previousDc, last, dcTable, acTable);
  }

  private entropy(previousDc: number, last: number, dcTable: Huffman, acTable: Huffman): number {
    const zz = this.quantised;
    const out = this.out;
    const dc = zz[0] as number;
    out.value(dc - previousDc, dcTable, 0);
    let run = 0;
    for (let z = 1; z <= last; z++) {
      const v = zz[z] as number;
      if (v === 0) {
        run++;
        continue;
      }
      while (run > 15) {
        out.bits(acTable.codes[0xf0] as number, acTable.lengths[0xf0] as number);
        run -= 16;
      }
      out.value(v, acTable, run << 4);
      run = 0;
    }
    if (last < 63) out.bits(acTable.codes[0] as number, acTable.lengths[0] as number);
    return dc;
  }
}

class ByteWriter {
  private buffer: Uint8Array;
  private pos = 0;
  private acc = 0;
  private count = 0;

  constructor(initialSize: number) {
    this.buffer = new Uint8Array(Math.max(initialSize, 4096));
  }

  ensure(extra: number): void {
    if (this.pos + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.pos + extra));
    grown.set(this.buffer.subarray(0, this.pos));
    this.buffer = grown;
  }

  byte(value: number): void {
    this.ensure(1);
    this.buffer[this.pos++] = value;
  }

  word(value: number): void {
    this.byte((value >> 8) & 0xff);
    this.byte(value & 0xff);
  }

  bytes(values: ArrayLike<number>): void {
    this.ensure(values.length);
    this.buffer.set(values, this.pos);
    this.pos += values.length;
  }

  /** Appends a Huffman-coded category and the value's extra bits (F.1.2.1). */
  value(v: number, table: Huffman, runBits: number): void {
    const magnitude = v < 0 ? -v : v;
    const category = magnitude === 0 ? 0 : 32 - Math.clz32(magnitude);
    const symbol = runBits | category;
    this.bits(table.codes[symbol] ?? 0, table.lengths[symbol] ?? 0);
    if (category > 0) this.bits(v < 0 ? (v - 1) & ((1 << category) - 1) : v, category);
  }

  /** Entropy-coded bits; a 0xFF byte is followed by a stuffed 0x00. */
  bits(code: number, length: number): void {
    this.acc = (this.acc << length) | code;
    this.count += length;
    while (this.count >= 8) {
      this.count -= 8;
      const byte = (this.acc >>> this.count) & 0xff;
      this.buffer[this.pos++] = byte;
      if (byte === 0xff) this.buffer[this.pos++] = 0;
    }
    this.acc &= (1 << this.count) - 1;
  }

  flushBits(): void {
    if (this.count > 0) this.bits((1 << (8 - this.count)) - 1, 8 - this.count);
  }

  result(): Uint8Array {
    return this.buffer.slice(0, this.pos);
  }
}

function writeHeaders(
  w: ByteWriter,
  width: number,
  height: number,
  tables: QualityTables,
  app1: Uint8Array | undefined,
): void {
  w.word(0xffd8);
  if (app1) {
    w.word(0xffe1);
    w.word(app1.length + 2);
    w.bytes(app1);
  } else {
    w.bytes([0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  }
  writeQuant(w, 0, tables.lumaQuant);
  writeQuant(w, 1, tables.chromaQuant);
  w.bytes([0xff, 0xc0, 0, 17, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3]);
  w.bytes([1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  writeHuffman(w, 0x00, LUMA_DC);
  writeHuffman(w, 0x10, LUMA_AC);
  writeHuffman(w, 0x01, CHROMA_DC);
  writeHuffman(w, 0x11, CHROMA_AC);
  w.bytes([0xff, 0xda, 0, 12, 3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]);
}

function writeQuant(w: ByteWriter, id: number, quant: Uint8Array): void {
  w.bytes([0xff, 0xdb, 0, 67, id]);
  for (let z = 0; z < 64; z++) w.byte(quant[ZIGZAG[z] ?? 0] ?? 1);
}

function writeHuffman(w: ByteWriter, classAndId: number, spec: HuffmanSpec): void {
  w.word(0xffc4);
  w.word(2 + 1 + 16 + spec.symbols.length);
  w.byte(classAndId);
  w.bytes(spec.counts);
  w.bytes(spec.symbols);
}
