import { describe, expect, it } from 'vitest';
import { OCR_FONT, type TextRun } from '../facts';
import { fontKey, fontMismatch } from './font-mismatch';
import { BOLD, CASE, pdf, run, runsInRow } from './test-fixtures';

const SYMBOL = 'g_d0_f3';
const findings = (runs: readonly TextRun[]) => fontMismatch(pdf(runs), CASE);

describe('a figure typed in two fonts', () => {
  it('finds digits pasted between the original ¥ and cents, and points at them', () => {
    const row = runsInRow([['（小写）¥'], ['47369', BOLD], ['.92']], 400, 340);
    const [f] = findings(row);
    expect(f?.severity).toBe('high');
    expect(f?.region?.x).toBeCloseTo(row[1]?.x ?? 0, 1);
    expect(f?.region?.width).toBeCloseTo(row[1]?.width ?? 0, 1);
    expect(f?.region?.y).toBe(340);
    expect(f?.evidence).toMatchObject({
      text: '47369',
      figure: '¥47369.92',
      font: BOLD,
      lineFont: 'g_d0_f1',
    });
  });

  it('leaves OCR runs of a scanned page alone: they have no font to compare', () => {
    expect(
      findings(
        runsInRow(
          [
            ['¥1', OCR_FONT],
            ['8', BOLD],
            ['369.92', OCR_FONT],
          ],
          400,
          100,
        ),
      ),
    ).toEqual([]);
  });

  it('finds one digit changed inside a number', () => {
    const [f] = findings(runsInRow([['¥1'], ['8', BOLD], ['369.92']], 400, 100));
    expect(f?.evidence['text']).toBe('8');
  });

  it('takes the shorter side of a number split once as the typed-in part', () => {
    const [f] = findings(runsInRow([['合计：¥47369'], ['.52', BOLD]], 400, 100));
    expect(f?.evidence['text']).toBe('.52');
  });

  it.each<[string, TextRun[]]>([
    ['a bold label before a regular value', runsInRow([['合计：', BOLD], ['¥47369.92']], 400, 100)],
    ['a regular label before a bold total', runsInRow([['合计：'], ['¥47369.92', BOLD]], 400, 100)],
    ['a ¥ from a symbol font', runsInRow([['¥', SYMBOL], ['47369.92']], 400, 100)],
    [
      'digits in a Latin face between CJK characters of a date',
      runsInRow([['2026'], ['年', BOLD], ['10'], ['月', BOLD], ['29'], ['日', BOLD]], 56, 100),
    ],
    ['a number split evenly between two faces', runsInRow([['12'], ['34', BOLD]], 56, 100)],
    [
      'two fonts on one line, apart',
      [run('47369', 300, 100, { font: BOLD }), run('.92', 400, 100)],
    ],
    [
      'the same face under two subset names',
      runsInRow(
        [
          ['¥', 'g_d0_f1 ABCDEF+SimSun'],
          ['47369', 'g_d0_f4 GHIJKL+SimSun'],
          ['.92', 'g_d0_f1 ABCDEF+SimSun'],
        ],
        400,
        100,
      ),
    ],
  ])('leaves %s alone', (_what, runs) => {
    expect(findings(runs)).toEqual([]);
  });

  it('does not join runs of different lines', () => {
    const above = run('¥47369', 400, 100);
    const below = run('.92', 400 + above.width, 114, { font: BOLD });
    expect(findings([above, below])).toEqual([]);
  });

  it('raises one finding per page', () => {
    const runs = [
      ...runsInRow([['¥'], ['1', BOLD], ['00.00']], 400, 100),
      ...runsInRow([['¥'], ['2', BOLD], ['00.00']], 400, 120),
    ];
    const found = findings(runs);
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence['otherRunsOnPage']).toBe(1);
  });
});

describe('font identity', () => {
  it.each([
    ['g_d0_f2', 'g_d0_f2'],
    ['g_d0_f2 ABCDEF+SimSun', 'simsun'],
    ['g_d3_f1 (NotoSansHans-Bold)', 'notosanshans-bold'],
  ])('%s is %s', (name, key) => {
    expect(fontKey(name)).toBe(key);
  });
});
