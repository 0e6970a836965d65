/**
 * Just enough OpenType parsing to embed a CFF-flavoured font in a PDF: the
 * table directory, character map, advance widths and vertical metrics.
 */

export interface SfntMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: [number, number, number, number];
}

export class Sfnt {
  private readonly view: DataView;
  private readonly tables = new Map<string, { offset: number; length: number }>();

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const count = this.view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const record = 12 + i * 16;
      const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
      this.tables.set(tag, {
        offset: this.view.getUint32(record + 8),
        length: this.view.getUint32(record + 12),
      });
    }
  }

  table(tag: string): Uint8Array {
    const entry = this.tables.get(tag);
    if (!entry) throw new Error(`font has no "${tag}" table`);
    return this.bytes.subarray(entry.offset, entry.offset + entry.length);
  }

  private offsetOf(tag: string): number {
    const entry = this.tables.get(tag);
    if (!entry) throw new Error(`font has no "${tag}" table`);
    return entry.offset;
  }

  metrics(): SfntMetrics {
    const head = this.offsetOf('head');
    const os2 = this.offsetOf('OS/2');
    const v = this.view;
    return {
      unitsPerEm: v.getUint16(head + 18),
      bbox: [
        v.getInt16(head + 36),
        v.getInt16(head + 38),
        v.getInt16(head + 40),
        v.getInt16(head + 42),
      ],
      ascent: v.getInt16(os2 + 68),
      descent: v.getInt16(os2 + 70),
      capHeight: v.getUint16(os2) >= 2 ? v.getInt16(os2 + 88) : v.getInt16(os2 + 68),
    };
  }

  advanceWidth(glyphId: number): number {
    const metricCount = this.view.getUint16(this.offsetOf('hhea') + 34);
    const index = Math.min(glyphId, metricCount - 1);
    return this.view.getUint16(this.offsetOf('hmtx') + index * 4);
  }

  /** Glyph id for a code point, 0 (.notdef) when the font lacks it. */
  glyphId(codePoint: number): number {
    const cmap = this.offsetOf('cmap');
    const subtable = this.unicodeSubtable(cmap);
    const format = this.view.getUint16(subtable);
    if (format === 12) return this.format12(subtable, codePoint);
    if (format === 4) return this.format4(subtable, codePoint);
    throw new Error(`unsupported cmap format ${format}`);
  }

  private unicodeSubtable(cmap: number): number {
    const v = this.view;
    const count = v.getUint16(cmap + 2);
    let best = -1;
    let bestRank = -1;
    for (let i = 0; i < count; i++) {
      const record = cmap + 4 + i * 8;
      const platform = v.getUint16(record);
      const encoding = v.getUint16(record + 2);
      const offset = cmap + v.getUint32(record + 4);
      const format = v.getUint16(offset);
      const rank = format === 12 ? 2 : format === 4 && (platform === 0 || encoding === 1) ? 1 : -1;
      if (rank > bestRank) [best, bestRank] = [offset, rank];
    }
    if (best < 0) throw new Error('font has no Unicode cmap');
    return best;
  }

  private format12(table: number, codePoint: number): number {
    const v = this.view;
    const groups = v.getUint32(table + 12);
    for (let i = 0; i < groups; i++) {
      const group = table + 16 + i * 12;
      const start = v.getUint32(group);
      const end = v.getUint32(group + 4);
      if (codePoint >= start && codePoint <= end) return v.getUint32(group + 8) + codePoint - start;
    }
    return 0;
  }

  private format4(table: number, codePoint: number): number {
    if (codePoint > 0xffff) return 0;
    const v = this.view;
    const segments = v.getUint16(table + 6) / 2;
    const ends = table + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    for (let i = 0; i < segments; i++) {
      if (codePoint > v.getUint16(ends + i * 2)) continue;
      const start = v.getUint16(starts + i * 2);
      if (codePoint < start) return 0;
      const delta = v.getInt16(deltas + i * 2);
      const rangeOffset = v.getUint16(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyphAt = rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2;
      const glyph = v.getUint16(glyphAt);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  }
}
