import { describe, expect, it } from 'vitest';
import { layoutLines } from './layout';
import { datesOnLine } from './printed-dates';
import { cst, run } from './test-fixtures';

function datesIn(text: string) {
  const [line] = layoutLines([run(text, 56, 100)]);
  return line ? datesOnLine(line).map((d) => ({ label: d.label, at: d.at })) : [];
}

describe('dates printed on documents', () => {
  it.each([
    ['开票日期：2026年10月29日', '开票日期', cst(2026, 10, 29)],
    ['开票日期：2026年1月9日', '开票日期', cst(2026, 1, 9)],
    ['日期: 2026-10-29', '日期', cst(2026, 10, 29)],
    ['填报日期 2026/10/29', '填报日期', cst(2026, 10, 29)],
    ['出院日期：2026.10.29', '出院日期', cst(2026, 10, 29)],
    ['出险时间：2026年10月29日14时30分', '出险时间', cst(2026, 10, 29)],
    ['2026年10月29日', '落款', cst(2026, 10, 29)],
  ])('reads %s as a labelled date in China time', (text, label, at) => {
    expect(datesIn(text)).toEqual([{ label, at }]);
  });

  it('reads both ends of a stay, under the one label', () => {
    expect(datesIn('住院时间：2026年10月20日至2026年10月29日')).toEqual([
      { label: '住院时间', at: cst(2026, 10, 20) },
      { label: '住院时间', at: cst(2026, 10, 29) },
    ]);
  });

  it.each([
    ['a birth date', '出生 1985年3月14日'],
    ['an ID card’s validity', '有效期限 2016.09.30-2036.09.30'],
    ['the policy period', '保险期间：2026年1月1日至2026年12月31日'],
    ['a date inside a narrative', '2026年10月29日14时，被保险人驾车在解放路追尾'],
    ['a date with an unrelated word before it', '本人于2026年10月29日购买'],
    ['a day that does not exist', '开票日期：2026-02-30'],
    ['mixed separators', '开票日期：2026-10/29'],
    ['an amount', '合计：2026.10'],
  ])('ignores %s', (_what, text) => {
    expect(datesIn(text)).toEqual([]);
  });
});
