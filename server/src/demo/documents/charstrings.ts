import type { CidCff } from './cff';

/**
 * Finds which subroutines each glyph of a CFF font calls, and where in the
 * Type 2 charstrings the calls are, so a subset can keep only the
 * subroutines its glyphs need and renumber the calls. Only the operators
 * that move through a charstring are interpreted: numbers, stem hints
 * (their count sizes a hintmask), subroutine calls and returns.
 */

/**
 * A subroutine call: the number literal before callsubr/callgsubr, and
 * what it resolves to. A charstring's calls are listed in byte order.
 */
export interface CallSite {
  at: number;
  length: number;
  global: boolean;
  /** Index into the subroutine INDEX, the bias already added. */
  index: number;
}

export interface SubroutineUse {
  /** Call sites in each glyph's own charstring. */
  glyphCalls: CallSite[][];
  globalCalls: Map<number, CallSite[]>;
  /** Per font dict: call sites in each local subroutine. */
  localCalls: Map<number, CallSite[]>[];
  /** Per glyph: every subroutine it reaches, directly or not. */
  reach: { global: number[]; local: number[] }[];
}

export function subroutineBias(count: number): number {
  return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
}

export function analyseSubroutines(cff: CidCff): SubroutineUse {
  const use: SubroutineUse = {
    glyphCalls: [],
    globalCalls: new Map(),
    localCalls: cff.fonts.map(() => new Map()),
    reach: [],
  };
  cff.charStrings.forEach((charString, gid) => {
    const scan = new GlyphScan(cff, use, cff.fdSelect[gid] ?? 0);
    use.glyphCalls.push(scan.run(charString, 0).sites);
    use.reach.push({
      global: [...scan.globals].sort((a, b) => a - b),
      local: [...scan.locals].sort((a, b) => a - b),
    });
  });
  return use;
}

interface Operand {
  value: number;
  /** The charstring and position the number was written at. */
  source: Uint8Array;
  at: number;
  length: number;
}

const MAX_NESTING = 10;
const OP = {
  hstem: 1,
  vstem: 3,
  callsubr: 10,
  return: 11,
  escape: 12,
  endchar: 14,
  hstemhm: 18,
  hintmask: 19,
  cntrmask: 20,
  vstemhm: 23,
  shortint: 28,
  callgsubr: 29,
} as const;
/** Escaped operators that only draw (flex family) or are obsolete no-ops (dotsection). */
const ESCAPED_DRAWING = new Set([0, 34, 35, 36, 37]);
const DRAWING = new Set([4, 5, 6, 7, 8, 21, 22, 24, 25, 26, 27, 30, 31]);

class GlyphScan {
  readonly globals = new Set<number>();
  readonly locals = new Set<number>();
  private stack: Operand[] = [];
  private stems = 0;
  private readonly localSubrs: Uint8Array[];

  constructor(
    private readonly cff: CidCff,
    private readonly use: SubroutineUse,
    private readonly fd: number,
  ) {
    this.localSubrs = cff.fonts[fd]?.localSubrs ?? [];
  }

  /** Interprets one charstring; `ended` when it reached endchar. */
  run(code: Uint8Array, depth: number): { sites: CallSite[]; ended: boolean } {
    if (depth > MAX_NESTING) throw new Error('CFF subroutines nest too deeply');
    const sites: CallSite[] = [];
    let p = 0;
    while (p < code.length) {
      const b0 = code[p] ?? 0;
      if (b0 >= 32 || b0 === OP.shortint) {
        p = this.pushNumber(code, p, b0);
        continue;
      }
      p++;
      switch (b0) {
        case OP.hstem:
        case OP.vstem:
        case OP.hstemhm:
        case OP.vstemhm:
          this.stems += this.stack.length >> 1;
          this.stack = [];
          break;
        case OP.hintmask:
        case OP.cntrmask:
          // Stem arguments left on the stack are an implicit vstem.
          this.stems += this.stack.length >> 1;
          this.stack = [];
          p += (this.stems + 7) >> 3;
          break;
        case OP.callsubr:
        case OP.callgsubr: {
          const site = this.call(code, b0 === OP.callgsubr);
          sites.push(site);
          const subr = site.global ? this.cff.globalSubrs : this.localSubrs;
          const inner = this.run(subr[site.index] ?? new Uint8Array(), depth + 1);
          this.record(site, inner.sites);
          if (inner.ended) return { sites: inByteOrder(sites), ended: true };
          break;
        }
        case OP.return:
          return { sites: inByteOrder(sites), ended: false };
        case OP.endchar:
          return { sites: inByteOrder(sites), ended: true };
        case OP.escape: {
          const op = code[p++] ?? 0;
          if (!ESCAPED_DRAWING.has(op)) throw new Error(`unsupported charstring operator 12 ${op}`);
          this.stack = [];
          break;
        }
        default:
          if (!DRAWING.has(b0)) throw new Error(`unsupported charstring operator ${b0}`);
          this.stack = [];
      }
    }
    return { sites: inByteOrder(sites), ended: false };
  }

  private pushNumber(code: Uint8Array, p: number, b0: number): number {
    let value: number;
    let length: number;
    if (b0 === OP.shortint) {
      value = (((code[p + 1] ?? 0) << 24) | ((code[p + 2] ?? 0) << 16)) >> 16;
      length = 3;
    } else if (b0 <= 246) {
      value = b0 - 139;
      length = 1;
    } else if (b0 <= 250) {
      value = (b0 - 247) * 256 + (code[p + 1] ?? 0) + 108;
      length = 2;
    } else if (b0 <= 254) {
      value = -(b0 - 251) * 256 - (code[p + 1] ?? 0) - 108;
      length = 2;
    } else {
      const fixed = new DataView(code.buffer, code.byteOffset + p + 1, 4).getInt32(0);
      value = fixed / 65536;
      length = 5;
    }
    this.stack.push({ value, source: code, at: p, length });
    return p + length;
  }

  private call(code: Uint8Array, global: boolean): CallSite {
    const operand = this.stack.pop();
    // Renumbering rewrites the literal, so it must sit in the calling charstring.
    if (!operand || operand.source !== code || operand.length === 5) {
      throw new Error('unsupported charstring: a subroutine number not written before its call');
    }
    const count = global ? this.cff.globalSubrs.length : this.localSubrs.length;
    const index = operand.value + subroutineBias(count);
    if (index < 0 || index >= count)
      throw new Error(`charstring calls missing subroutine ${index}`);
    (global ? this.globals : this.locals).add(index);
    return { at: operand.at, length: operand.length, global, index };
  }

  /** Keeps a subroutine's call sites, which must not depend on who calls it. */
  private record(site: CallSite, sites: CallSite[]): void {
    if (site.global && sites.some((s) => !s.global)) {
      // Its local calls would mean different subroutines in different font dicts.
      throw new Error('unsupported charstring: a global subroutine calls a local one');
    }
    const table = site.global ? this.use.globalCalls : this.use.localCalls[this.fd];
    const known = table?.get(site.index);
    if (!known) {
      table?.set(site.index, sites);
    } else if (known.length !== sites.length || known.some((s, i) => s.at !== sites[i]?.at)) {
      throw new Error(`subroutine ${site.index} reads differently from different glyphs`);
    }
  }
}

/** A number can be pushed before an earlier call and used by a later one. */
function inByteOrder(sites: CallSite[]): CallSite[] {
  return sites.sort((a, b) => a.at - b.at);
}
