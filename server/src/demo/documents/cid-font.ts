import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PDFHexString, PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import { subsetCff } from './cff-subset';
import type { FontProgram, GlyphInfo } from './fonts';

/**
 * Writes a font into one document as a Type0 / CIDFontType0 font holding
 * only the glyphs of `chars`, at `ref` (allocated when the page first used
 * the font). The font program is a CFF subset of its own, so a document
 * pays for the glyphs it draws, not for every character a document can hold.
 */
export function embedFontSubset(
  context: PDFContext,
  ref: PDFRef,
  font: FontProgram,
  chars: ReadonlySet<string>,
): void {
  const used = usedGlyphs(font, chars);
  const baseFont = `${subsetTag(font, used)}+${font.postScriptName}`;
  const cff = subsetCff(
    font.cff,
    font.subroutines,
    used.map(([, g]) => g.gid),
  );
  const fontFile = context.register(
    context.stream(deflateSync(cff, FONT_DEFLATE), {
      Filter: 'FlateDecode',
      Subtype: 'CIDFontType0C',
    }),
  );
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: 4,
      FontBBox: font.bbox,
      ItalicAngle: 0,
      Ascent: font.ascent,
      Descent: font.descent,
      CapHeight: font.capHeight,
      StemV: 80,
      FontFile3: fontFile,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType0',
      BaseFont: baseFont,
      CIDSystemInfo: {
        Registry: PDFString.of('Adobe'),
        Ordering: PDFString.of('Identity'),
        Supplement: 0,
      },
      FontDescriptor: descriptor,
      DW: DEFAULT_WIDTH,
      W: widthsArray(used),
    }),
  );
  const toUnicode = context.register(
    context.stream(deflateSync(Buffer.from(toUnicodeCMap(used), 'latin1')), {
      Filter: 'FlateDecode',
    }),
  );
  context.assign(
    ref,
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: `${baseFont}-Identity-H`,
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    }),
  );
}

const DEFAULT_WIDTH = 1000;
/**
 * Glyph programs hardly compress (by a tenth), and no better at the default
 * level than at the fastest, which saves a fifth of a document's time.
 */
const FONT_DEFLATE = { level: 1, memLevel: 9 } as const;

/** Text as two-byte CIDs (Identity-H); the caller has checked every character is in the font. */
export function encodeText(font: FontProgram, text: string): PDFHexString {
  let hex = '';
  for (const char of text) hex += font.glyphs.get(char)?.hex ?? '0000';
  return PDFHexString.of(hex);
}

export function textWidth(font: FontProgram, text: string, size: number): number {
  let units = 0;
  for (const char of text) units += font.glyphs.get(char)?.width ?? DEFAULT_WIDTH;
  return (units * size) / 1000;
}

/** One character per glyph, in CID order, which every table below wants. */
function usedGlyphs(font: FontProgram, chars: ReadonlySet<string>): [string, GlyphInfo][] {
  const byCid = new Map<number, [string, GlyphInfo]>();
  for (const char of chars) {
    const glyph = font.glyphs.get(char);
    if (glyph && !byCid.has(glyph.cid)) byCid.set(glyph.cid, [char, glyph]);
  }
  return [...byCid.values()].sort((a, b) => a[1].cid - b[1].cid);
}

/**
 * Six capitals naming this subset (ISO 32000 9.6.4): documents with the
 * same glyphs share a tag, different subsets of one font do not.
 */
function subsetTag(font: FontProgram, used: [string, GlyphInfo][]): string {
  const digest = createHash('sha256')
    .update(font.postScriptName)
    .update(used.map(([, g]) => g.cid).join(','))
    .digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + ((digest[i] ?? 0) % 26));
  return tag;
}

/** The /W array for glyphs narrower or wider than the default. */
function widthsArray(used: [string, GlyphInfo][]): (number | number[])[] {
  const out: (number | number[])[] = [];
  let run: number[] = [];
  let runStart = -2;
  for (const [, { cid, width }] of used) {
    if (width === DEFAULT_WIDTH) continue;
    if (cid !== runStart + run.length) {
      if (run.length > 0) out.push(runStart, run);
      run = [];
      runStart = cid;
    }
    run.push(width);
  }
  if (run.length > 0) out.push(runStart, run);
  return out;
}

function toUnicodeCMap(used: [string, GlyphInfo][]): string {
  const entries = used.map(([char, g]) => `<${g.hex}> <${utf16Hex(char)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

function utf16Hex(char: string): string {
  let hex = '';
  for (let i = 0; i < char.length; i++) hex += char.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}
