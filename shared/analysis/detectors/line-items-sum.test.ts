import { describe, expect, it } from 'vitest';
import type { TextRun } from '../facts';
import { readItemisedBill } from './line-items';
import { lineItemsSumMismatch } from './line-items-sum';
import { BOLD, CASE, page, pdf, run, runsInRow } from './test-fixtures';

/** An expense list as hospitals print it: amounts right-aligned under 金额, 合计 below. */
function expenseList(amounts: readonly string[], total: string): TextRun[] {
  const right = (text: string, edge: number): [number, string] => [edge - text.length * 5.2, text];
  const rows = amounts.map((a, i) => [
    [60, String(i + 1)] as const,
    [92, `项目${i + 1}`] as const,
    right('2', 380),
    right('100.00', 460),
    right(a, 536),
  ]);
  return page([
    [[225, '住院费用明细清单']],
    [[56, '姓名：张伟']],
    [
      [60, '序号'],
      [92, '项目名称'],
      [361, '数量'],
      [441, '单价'],
      [517, '金额'],
    ],
    ...rows,
    [[400, '合计：'], right(total, 536)],
  ]);
}

describe('line items against the stated total', () => {
  it('reads the amount column, not the unit price beside it', () => {
    const bill = readItemisedBill(pdf(expenseList(['200.00', '1,150.74', '33.26'], '¥1384.00')));
    expect(bill?.items).toEqual([20_000, 115_074, 3_326]);
    expect(bill?.total.fen).toBe(138_400);
  });

  it.each([
    ['rows that add up', ['200.00', '150.00', '33.00'], '¥383.00', false],
    ['a fen of rounding per row', ['200.00', '150.00', '33.00'], '¥383.03', false],
    ['one fen more than rounding explains', ['200.00', '150.00', '33.00'], '¥383.04', true],
    ['a row changed after the total was drawn', ['200.00', '450.00', '33.00'], '¥383.00', true],
  ])('%s: flagged %s', (_what, amounts, total, flagged) => {
    expect(lineItemsSumMismatch(pdf(expenseList(amounts, total)), CASE).length).toBe(
      flagged ? 1 : 0,
    );
  });

  it('points at the stated total and gives both sums', () => {
    const [f] = lineItemsSumMismatch(pdf(expenseList(['200.00', '450.00'], '¥600.00')), CASE);
    expect(f?.severity).toBe('high');
    expect(f?.evidence).toEqual({
      statedTotalFen: 60_000,
      itemsSumFen: 65_000,
      differenceFen: -5_000,
      rows: 2,
    });
    expect(f?.region?.y).toBe(100 + 5 * 20);
    expect(f?.explanation['zh-CN']).toContain('明细合计 ¥650.00，而所载总额为 ¥600.00');
  });

  it('reads a total whose digits were set in another face', () => {
    const runs = [
      ...page([
        [
          [56, '项目名称'],
          [511, '金额'],
        ],
        [
          [56, '治疗费'],
          [490, '100.00'],
        ],
      ]),
      ...runsInRow([['（小写）¥'], ['900', BOLD], ['.00']], 400, 140),
    ];
    expect(lineItemsSumMismatch(pdf(runs), CASE)[0]?.evidence['statedTotalFen']).toBe(90_000);
  });

  it('adds the tax column of a VAT invoice to the amounts', () => {
    const runs = page([
      [
        [60, '货物或应税劳务、服务名称'],
        [511, '金额'],
        [560, '税额'],
      ],
      [
        [60, '前保险杠'],
        [490, '1000.00'],
        [560, '130.00'],
      ],
      [
        [60, '工时费'],
        [490, '500.00'],
        [560, '30.00'],
      ],
      [
        [60, '价税合计（大写）：壹仟陆佰陆拾元整'],
        [400, '（小写）¥1660.00'],
      ],
    ]);
    expect(lineItemsSumMismatch(pdf(runs), CASE)).toEqual([]);
  });

  it('skips subtotal rows', () => {
    const runs = page([
      [
        [56, '项目名称'],
        [511, '金额'],
      ],
      [
        [56, '西药费'],
        [490, '100.00'],
      ],
      [
        [56, '小计'],
        [490, '100.00'],
      ],
      [
        [56, '检查费'],
        [490, '50.00'],
      ],
      [[400, '合计：¥150.00']],
    ]);
    expect(lineItemsSumMismatch(pdf(runs), CASE)).toEqual([]);
  });

  it('says nothing about a paper without a table or without a total', () => {
    expect(lineItemsSumMismatch(pdf(page([[[56, '申请金额：¥100.00']]])), CASE)).toEqual([]);
    expect(
      lineItemsSumMismatch(
        pdf(
          page([
            [
              [56, '项目名称'],
              [511, '金额'],
            ],
            [
              [56, '药费'],
              [490, '9.00'],
            ],
          ]),
        ),
        CASE,
      ),
    ).toEqual([]);
  });

  it('stops the table at its total, ignoring amounts printed below', () => {
    const runs = [
      ...page([
        [
          [56, '项目名称'],
          [511, '金额'],
        ],
        [
          [56, '床位费'],
          [490, '80.00'],
        ],
        [[400, '合计（小写）：¥80.00']],
        [
          [56, '个人支付：'],
          [490, '80.00'],
        ],
      ]),
      run('医保统筹基金支付：', 56, 200),
    ];
    expect(lineItemsSumMismatch(pdf(runs), CASE)).toEqual([]);
  });
});
