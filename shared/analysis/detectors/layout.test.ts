import { describe, expect, it } from 'vitest';
import { cellsOf, layoutLines, regionOf } from './layout';
import { BOLD, run, runsInRow } from './test-fixtures';

describe('layout lines', () => {
  it('orders runs by line and position whatever order the content stream had', () => {
    const lines = layoutLines([
      run('金额', 300, 120),
      run('第二行', 56, 140),
      run('项目', 56, 120),
      run('第二页', 56, 100, { page: 2 }),
    ]);
    expect(lines.map((l) => [l.page, l.text])).toEqual([
      [1, '项目 金额'],
      [1, '第二行'],
      [2, '第二页'],
    ]);
  });

  it('keeps a larger value on its label’s line, and a line a row lower apart', () => {
    const label = run('诊断：', 56, 100);
    const value = run('肺炎', 56 + label.width, 100 - 1.5, { size: 13 });
    const next = run('建议：休息', 56, 100 + 12);
    expect(layoutLines([label, value, next]).map((l) => l.text)).toEqual([
      '诊断：肺炎',
      '建议：休息',
    ]);
  });

  it('joins touching runs directly and separates cells across a gap', () => {
    const touching = runsInRow([['¥'], ['47369', BOLD], ['.92']], 400, 100);
    const [line] = layoutLines([...touching, run('合计：', 300, 100)]);
    expect(line?.text).toBe('合计： ¥47369.92');
    expect(cellsOf(line ?? fail()).map((c) => c.text)).toEqual(['合计：', '¥47369.92']);
  });

  it('places a substring by character widths: CJK a full em, digits about half', () => {
    const label = run('开票日期：2026-10-29', 100, 50, { size: 10 });
    const [line] = layoutLines([label]);
    const region = regionOf(line ?? fail(), 5, 15);
    expect(region).toEqual({ x: 150, y: 50, width: 55, height: 10 });
  });

  it('has no region for characters that are not on the line', () => {
    const [line] = layoutLines([run('姓名', 0, 0)]);
    expect(regionOf(line ?? fail(), 5, 8)).toBeNull();
  });
});

function fail(): never {
  throw new Error('expected a line');
}
