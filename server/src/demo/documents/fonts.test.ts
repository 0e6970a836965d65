import { describe, expect, it } from 'vitest';
import { type CidCff, parseCidCff } from './cff';
import { subsetCff } from './cff-subset';
import { analyseSubroutines, type CallSite, type SubroutineUse } from './charstrings';
import { type FontProgram, loadDemoFonts } from './fonts';

/**
 * A glyph's charstring with every subroutine call expanded in place, so
 * that a font and its subset can be compared although the subset renumbers
 * its subroutines.
 */
function expanded(cff: CidCff, use: SubroutineUse, gid: number): string {
  const fd = cff.fdSelect[gid] ?? 0;
  const expand = (code: Uint8Array, sites: readonly CallSite[]): string => {
    let out = '';
    let from = 0;
    for (const site of sites) {
      out += Buffer.from(code.subarray(from, site.at)).toString('hex');
      const body = site.global
        ? cff.globalSubrs[site.index]
        : cff.fonts[fd]?.localSubrs[site.index];
      const calls = site.global ? use.globalCalls : use.localCalls[fd];
      out += `(${expand(body ?? new Uint8Array(), calls?.get(site.index) ?? [])})`;
      from = site.at + site.length;
    }
    return out + Buffer.from(code.subarray(from)).toString('hex');
  };
  return expand(cff.charStrings[gid] ?? new Uint8Array(), use.glyphCalls[gid] ?? []);
}

function gidsOf(font: FontProgram, text: string): number[] {
  return [...text].map((char) => font.glyphs.get(char)?.gid ?? 0);
}

describe('per-document font subsets', () => {
  it('keep only the drawn glyphs, under their CIDs, with the same outlines', async () => {
    const { regular } = await loadDemoFonts();
    const text = '理赔申请书（个人）¥12345.67 王子涵 上海市人民路123号';
    const gids = [...new Set(gidsOf(regular, text))].sort((a, b) => a - b);
    const subset = parseCidCff(subsetCff(regular.cff, regular.subroutines, gids));
    const use = analyseSubroutines(subset);

    expect(subset.charStrings.length).toBe(gids.length + 1);
    expect(subset.fonts.length).toBeLessThanOrEqual(regular.cff.fonts.length);
    const kept =
      subset.globalSubrs.length + subset.fonts.reduce((n, f) => n + f.localSubrs.length, 0);
    const all =
      regular.cff.globalSubrs.length +
      regular.cff.fonts.reduce((n, f) => n + f.localSubrs.length, 0);
    expect(kept).toBeLessThan(all / 4);
    gids.forEach((gid, i) => {
      expect(subset.cids[i + 1]).toBe(regular.cff.cids[gid]);
      expect(expanded(subset, use, i + 1)).toBe(expanded(regular.cff, regular.subroutines, gid));
    });
  });

  it('are much smaller than the shared font and the same for the same glyphs', async () => {
    const { regular, bold } = await loadDemoFonts();
    const gids = gidsOf(regular, '住院费用明细清单');
    const once = subsetCff(regular.cff, regular.subroutines, gids);
    const again = subsetCff(regular.cff, regular.subroutines, [...gids].reverse());
    expect(Buffer.compare(once, again)).toBe(0);
    expect(once.length).toBeLessThan(regular.subsetBytes / 20);
    const digits = parseCidCff(subsetCff(bold.cff, bold.subroutines, gidsOf(bold, '2026')));
    expect(digits.charStrings.length).toBe(4);
  });
});
