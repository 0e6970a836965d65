import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { type CidCff, parseCidCff } from './cff';
import { analyseSubroutines, type SubroutineUse } from './charstrings';
import { demoCharacterSet } from './charset';
import { Sfnt } from './sfnt';

export interface GlyphInfo {
  /** Glyph id in the font program: what a per-document subset keeps. */
  gid: number;
  cid: number;
  /** Advance in 1/1000 em. */
  width: number;
  /** The CID as four hex digits, ready for a PDF hex string. */
  hex: string;
}

/**
 * A subset of a demo font covering every character a document can
 * contain, prepared once; each document embeds a further subset of only
 * the glyphs it draws (cid-font.ts).
 */
export interface FontProgram {
  postScriptName: string;
  glyphs: ReadonlyMap<string, GlyphInfo>;
  /** In 1/1000 em. */
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: [number, number, number, number];
  cff: CidCff;
  subroutines: SubroutineUse;
  subsetBytes: number;
}

export interface DemoFonts {
  regular: FontProgram;
  /** Digits only: the face a forger's amount is typed in (font-mismatch). */
  bold: FontProgram;
  chars: ReadonlySet<string>;
}

export const BOLD_CHARS = '0123456789.,¥';

let cached: Promise<DemoFonts> | null = null;

/** Subsetting the 8 MB CJK font takes a few hundred ms, so it happens once per process. */
export function loadDemoFonts(): Promise<DemoFonts> {
  cached ??= buildDemoFonts().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

async function buildDemoFonts(): Promise<DemoFonts> {
  const chars = demoCharacterSet();
  const [regular, bold] = await Promise.all([
    prepareFont('NotoSansHans-Regular', chars),
    prepareFont('NotoSansHans-Bold', new Set(BOLD_CHARS)),
  ]);
  return { regular, bold, chars };
}

function fontPath(postScriptName: string): string {
  const require = createRequire(import.meta.url);
  const packageMain = require.resolve('@embedpdf/fonts-sc');
  return path.join(path.dirname(packageMain), '..', 'fonts', `${postScriptName}.otf`);
}

async function prepareFont(
  postScriptName: string,
  chars: ReadonlySet<string>,
): Promise<FontProgram> {
  const source = await readFile(fontPath(postScriptName));
  // Text is mapped through cmap, never shaped, so glyphs reachable only via
  // GSUB are dead weight, and PDF viewers hardly need hints: both cut a quarter.
  const subset = new Uint8Array(
    await subsetFont(source, [...chars].join(''), {
      targetFormat: 'sfnt',
      noHinting: true,
      noLayoutClosure: true,
    }),
  );
  const sfnt = new Sfnt(subset);
  const cff = parseCidCff(sfnt.table('CFF '));
  const metrics = sfnt.metrics();
  const scale = 1000 / metrics.unitsPerEm;
  return {
    postScriptName,
    glyphs: glyphTable(sfnt, cff.cids, chars, postScriptName),
    ascent: metrics.ascent * scale,
    descent: metrics.descent * scale,
    capHeight: metrics.capHeight * scale,
    bbox: metrics.bbox.map((v) => v * scale) as [number, number, number, number],
    cff,
    subroutines: analyseSubroutines(cff),
    subsetBytes: subset.byteLength,
  };
}

function glyphTable(
  sfnt: Sfnt,
  cids: Uint16Array,
  chars: ReadonlySet<string>,
  fontName: string,
): Map<string, GlyphInfo> {
  const scale = 1000 / sfnt.metrics().unitsPerEm;
  const glyphs = new Map<string, GlyphInfo>();
  for (const char of chars) {
    const gid = sfnt.glyphId(char.codePointAt(0) ?? 0);
    if (gid === 0) throw new Error(`${fontName} has no glyph for "${char}"`);
    const cid = cids[gid] ?? 0;
    const width = Math.round(sfnt.advanceWidth(gid) * scale);
    glyphs.set(char, { gid, cid, width, hex: cid.toString(16).padStart(4, '0') });
  }
  return glyphs;
}
