import { type CidCff, PRIVATE, SUBRS, TOP } from './cff';
import { type CallSite, type SubroutineUse, subroutineBias } from './charstrings';
import {
  concat,
  dictBytes,
  dictSize,
  indexBytes,
  indexSize,
  numberSize,
  writeIndexHeader,
  writeNumber,
} from './cff-write';

/**
 * A CID-keyed CFF font of only the given glyphs, and only the font dicts
 * and subroutines they use. Glyphs keep their CIDs, so text, widths and
 * ToUnicode maps written against the full font stay valid; subroutines
 * are renumbered, which rewrites the calls in the kept charstrings.
 */
export function subsetCff(cff: CidCff, use: SubroutineUse, glyphIds: Iterable<number>): Uint8Array {
  const gids = keptGlyphs(cff.charStrings.length, glyphIds);
  const fdOf = (gid: number) => cff.fdSelect[gid] ?? 0;
  const fds = [...new Set(gids.map(fdOf))].sort((a, b) => a - b);
  const globals = renumbering(
    cff.globalSubrs.length,
    gids.map((gid) => use.reach[gid]?.global ?? []),
  );
  const locals = new Map(
    fds.map((fd) => {
      const reach = gids.filter((gid) => fdOf(gid) === fd).map((gid) => use.reach[gid]?.local);
      return [fd, renumbering(cff.fonts[fd]?.localSubrs.length ?? 0, reach)];
    }),
  );

  const charStrings = charStringIndex(
    gids.map((gid) => ({
      code: cff.charStrings[gid] ?? ENDCHAR,
      sites: use.glyphCalls[gid] ?? [],
      locals: locals.get(fdOf(gid)) ?? NONE,
    })),
    globals,
  );
  const globalSubrs = charStringIndex(
    globals.kept.map((i) => ({
      code: cff.globalSubrs[i] ?? RETURN,
      sites: use.globalCalls.get(i) ?? [],
      locals: NONE,
    })),
    globals,
  );
  const privates = fds.map((fd) => {
    const own = locals.get(fd) ?? NONE;
    const subrs = charStringIndex(
      own.kept.map((i) => ({
        code: cff.fonts[fd]?.localSubrs[i] ?? RETURN,
        sites: use.localCalls[fd]?.get(i) ?? [],
        locals: own,
      })),
      globals,
    );
    const hasSubrs = own.kept.length > 0;
    const entries = cff.fonts[fd]?.privateEntries ?? [];
    // The subroutines follow their Private DICT, so their offset is its size.
    const size = dictSize(entries, { [SUBRS]: 1 }, hasSubrs);
    const dict = dictBytes(entries, { [SUBRS]: [size] }, hasSubrs);
    return { dict, subrs: hasSubrs ? subrs : NO_BYTES };
  });

  const topDictSize = dictSize(cff.top, {
    [TOP.charset]: 1,
    [TOP.fdSelect]: 1,
    [TOP.charStrings]: 1,
    [TOP.fdArray]: 1,
  });
  const charsetAt =
    cff.header.length +
    cff.nameIndex.length +
    indexSize([topDictSize]) +
    cff.stringIndex.length +
    globalSubrs.length;
  const fdSelectAt = charsetAt + 1 + 2 * (gids.length - 1);
  const charStringsAt = fdSelectAt + 1 + gids.length;
  const fdArrayAt = charStringsAt + charStrings.length;
  const fdDictSizes = fds.map((fd) => dictSize(cff.fonts[fd]?.entries ?? [], { [PRIVATE]: 2 }));
  let privateAt = fdArrayAt + indexSize(fdDictSizes);
  const fdDicts = fds.map((fd, i) => {
    const { dict, subrs } = privates[i] ?? { dict: NO_BYTES, subrs: NO_BYTES };
    const bytes = dictBytes(cff.fonts[fd]?.entries ?? [], { [PRIVATE]: [dict.length, privateAt] });
    privateAt += dict.length + subrs.length;
    return bytes;
  });
  const top = dictBytes(cff.top, {
    [TOP.charset]: [charsetAt],
    [TOP.fdSelect]: [fdSelectAt],
    [TOP.charStrings]: [charStringsAt],
    [TOP.fdArray]: [fdArrayAt],
  });

  const header = Uint8Array.from(cff.header);
  header[3] = 4;
  // Format 0 for both: a list of CIDs (glyph 0 implied), a font dict per glyph.
  const charset = new Uint8Array(1 + 2 * (gids.length - 1));
  for (let i = 1; i < gids.length; i++) {
    const cid = cff.cids[gids[i] ?? 0] ?? 0;
    charset[2 * i - 1] = cid >> 8;
    charset[2 * i] = cid & 0xff;
  }
  const newFd = new Map(fds.map((fd, i) => [fd, i]));
  const fdSelect = Uint8Array.from([0, ...gids.map((gid) => newFd.get(fdOf(gid)) ?? 0)]);
  return concat([
    header,
    cff.nameIndex,
    indexBytes([top]),
    cff.stringIndex,
    globalSubrs,
    charset,
    fdSelect,
    charStrings,
    indexBytes(fdDicts),
    ...privates.flatMap((p) => [p.dict, p.subrs]),
  ]);
}

const ENDCHAR = Uint8Array.of(14);
const RETURN = Uint8Array.of(11);
const NO_BYTES = new Uint8Array();

/** Glyph 0 (.notdef) and the given ones, in glyph order. */
function keptGlyphs(count: number, glyphIds: Iterable<number>): number[] {
  const keep = new Uint8Array(count);
  keep[0] = 1;
  for (const gid of glyphIds) if (gid < count) keep[gid] = 1;
  const gids: number[] = [];
  for (let gid = 0; gid < count; gid++) if (keep[gid]) gids.push(gid);
  return gids;
}

interface Renumbering {
  kept: number[];
  /** New index by old, -1 for subroutines dropped. */
  newIndex: Int32Array;
  bias: number;
}

const NONE: Renumbering = { kept: [], newIndex: new Int32Array(), bias: subroutineBias(0) };

/** Keeps the subroutines any of the lists name, in their original order. */
function renumbering(count: number, used: readonly (readonly number[] | undefined)[]): Renumbering {
  const newIndex = new Int32Array(count).fill(-1);
  for (const list of used) for (const i of list ?? []) newIndex[i] = 0;
  const kept: number[] = [];
  for (let i = 0; i < count; i++) if (newIndex[i] === 0) newIndex[i] = kept.push(i) - 1;
  return { kept, newIndex, bias: subroutineBias(kept.length) };
}

/** A charstring to copy, and the calls in it to renumber on the way. */
interface CharString {
  code: Uint8Array;
  sites: readonly CallSite[];
  /** The local subroutines its calls refer to: those of its glyph's font dict. */
  locals: Renumbering;
}

/** An INDEX of the charstrings, written in one piece: a subset is rebuilt for every document. */
function charStringIndex(items: readonly CharString[], globals: Renumbering): Uint8Array {
  const sizes = items.map((item) => {
    let size = item.code.length;
    for (const site of item.sites) size += numberSize(calledAs(site, item, globals)) - site.length;
    return size;
  });
  const out = new Uint8Array(indexSize(sizes));
  let p = writeIndexHeader(out, sizes);
  for (const item of items) {
    const { code, sites } = item;
    if (sites.length === 0) {
      out.set(code, p);
      p += code.length;
      continue;
    }
    let from = 0;
    for (const site of sites) {
      while (from < site.at) out[p++] = code[from++] ?? 0;
      p = writeNumber(out, p, calledAs(site, item, globals));
      from = site.at + site.length;
    }
    while (from < code.length) out[p++] = code[from++] ?? 0;
  }
  return out;
}

/** The number a call passes in the subset: the subroutine's new index less the new bias. */
function calledAs(site: CallSite, item: CharString, globals: Renumbering): number {
  const table = site.global ? globals : item.locals;
  const index = table.newIndex[site.index] ?? -1;
  if (index < 0) throw new Error(`subroutine ${site.index} was not kept`);
  return index - table.bias;
}
