import { OCR_FONT, type PdfFacts, type TextRun } from '../facts';
import { type DocumentDetector, finding } from './finding';
import { linesOf, runRegion, touching } from './layout';

/**
 * A figure typed in two faces. Real documents mix fonts freely between
 * words: bold labels before regular values, CJK text in one face and
 * digits in another, a ¥ from a symbol font. What an issuing system never
 * does is change face in the middle of one number; a figure pasted over an
 * issued amount does exactly that, the new digits in whatever font the
 * editor had, next to the original currency sign and cents.
 */
export const fontMismatch: DocumentDetector = (doc) => {
  if (doc.kind !== 'pdf') return [];
  const odd = oddRuns(doc);
  const byPage = new Map<number, OddRun>();
  for (const o of odd) if (!byPage.has(o.run.page)) byPage.set(o.run.page, o);
  return [...byPage.values()].map((o) => {
    const others = odd.filter((x) => x.run.page === o.run.page).length - 1;
    return finding(
      'font-mismatch',
      'high',
      doc.documentId,
      { page: o.run.page, region: runRegion(o.run) },
      {
        text: o.run.str.trim(),
        figure: o.figure,
        font: fontKey(o.run.fontName),
        lineFont: fontKey(o.neighbourFont),
        otherRunsOnPage: others,
      },
      `数字“${o.figure}”中的“${o.run.str.trim()}”与紧邻的字符使用了不同的字体：` +
        '同一个数字不会由出具系统用两种字体打印，常见于在原单证上粘贴或改写金额，请与原件核对。',
      `In the figure “${o.figure}”, “${o.run.str.trim()}” is set in a different font from the ` +
        'characters touching it: an issuing system does not print one number in two fonts, but ' +
        'pasting a new figure over an issued amount does. Compare with the original.',
    );
  });
};

interface OddRun {
  run: TextRun;
  neighbourFont: string;
  /** The whole number the run is part of, as printed. */
  figure: string;
}

/** A run of digits and the figure punctuation that continues a number. */
const DIGITS_START = /^[\d.,]*\d/u;
const DIGITS_END = /\d[\d.,]*$/u;

/** OCR runs carry no face of their own: a scanned page cannot show a pasted-in font. */
function oddRuns(doc: PdfFacts): OddRun[] {
  return linesOf(doc).flatMap((line) =>
    touchingGroups(line.runs.filter((r) => r.fontName !== OCR_FONT)).flatMap(oddInWord),
  );
}

/** Runs that touch, left to right: what reads as one word on the page. */
function touchingGroups(runs: readonly TextRun[]): TextRun[][] {
  const groups: TextRun[][] = [];
  for (const run of runs) {
    const current = groups.at(-1);
    const last = current?.at(-1);
    if (current && last && touching(last, run)) current.push(run);
    else groups.push([run]);
  }
  return groups;
}

/**
 * The runs of a word set in an odd face inside a number. A number runs on
 * across a change of font; the run holding digits between two runs of one
 * other face is the odd one (¥ and cents around pasted digits). Without
 * such a run, the smaller side of the split is taken as the typed-in one;
 * equal sides cannot tell and are left alone.
 */
function oddInWord(word: readonly TextRun[]): OddRun[] {
  const splits = word.flatMap((left, j) => {
    const right = word[j + 1];
    return right &&
      fontKey(left.fontName) !== fontKey(right.fontName) &&
      numberAcross(left.str, right.str)
      ? [j]
      : [];
  });
  if (splits.length === 0) return [];
  const sandwiched = word.flatMap((run, i): OddRun[] => {
    const left = word[i - 1];
    const right = word[i + 1];
    if (!left || !right || !/\d/u.test(run.str)) return [];
    if (!splits.includes(i - 1) && !splits.includes(i)) return [];
    const outer = fontKey(left.fontName);
    if (outer !== fontKey(right.fontName) || outer === fontKey(run.fontName)) return [];
    return [{ run, neighbourFont: left.fontName, figure: figureAround(word, i) }];
  });
  if (sandwiched.length > 0) return sandwiched;
  return splits.flatMap((j): OddRun[] => {
    const left = word[j];
    const right = word[j + 1];
    if (!left || !right) return [];
    const leftPart = numberPart(left.str, 'end');
    const rightPart = numberPart(right.str, 'start');
    if (leftPart.length === rightPart.length) return [];
    const [odd, other, i] =
      leftPart.length < rightPart.length ? [left, right, j] : [right, left, j + 1];
    return /\d/u.test(odd.str)
      ? [{ run: odd, neighbourFont: other.fontName, figure: figureAround(word, i) }]
      : [];
  });
}

/** Whether one number runs on from the end of `a` into the start of `b`. */
function numberAcross(a: string, b: string): boolean {
  return (/\d$/u.test(a) && /^(\d|[.,]\d)/u.test(b)) || (/\d[.,]$/u.test(a) && /^\d/u.test(b));
}

function numberPart(text: string, side: 'start' | 'end'): string {
  const match = side === 'start' ? DIGITS_START.exec(text) : DIGITS_END.exec(text);
  return match?.[0] ?? '';
}

function figureAround(word: readonly TextRun[], i: number): string {
  const text = word.map((r) => r.str).join('');
  const offset = word.slice(0, i).reduce((s, r) => s + r.str.length, 0);
  for (const match of text.matchAll(/[¥￥]?\d[\d.,]*\d|[¥￥]?\d/gu)) {
    const start = match.index ?? 0;
    if (start <= offset && offset < start + match[0].length) return match[0];
  }
  return word[i]?.str.trim() ?? '';
}

/**
 * The face a run is set in. pdf.js names fonts per document ("g_d0_f2");
 * when the real name is known too, two subsets of one font (ABCDEF+SimSun,
 * GHIJKL+SimSun) are the same face.
 */
export function fontKey(fontName: string): string {
  const real = fontName.replace(/g_d\d+_f\d+/u, '').replace(/[()[\]\s]/gu, '');
  if (real === '') return fontName.trim();
  return real.replace(/^[A-Z]{6}\+/u, '').toLowerCase();
}
