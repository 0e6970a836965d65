import { describe, expect, it } from 'vitest';
import { parseAmountInWords } from './amount-in-words';
import { readInvoiceTotal } from './invoice-total';

describe('amounts in capital numerals', () => {
  it.each([
    ['壹万贰仟叁佰肆拾伍元陆角柒分', 1_234_567],
    ['伍万壹仟贰佰柒拾捌元柒角壹分', 5_127_871],
    ['壹拾万元整', 10_000_000],
    ['拾元整', 1_000],
    ['壹佰零伍元零伍分', 10_505],
    ['人民币叁亿零肆万元整', 30_004_000_000],
    ['陆角', 60],
  ])('reads %s as %i fen', (words, fen) => {
    expect(parseAmountInWords(words)).toBe(fen);
  });

  it('refuses what is not an amount in words', () => {
    expect(parseAmountInWords('12345元')).toBeNull();
    expect(parseAmountInWords('')).toBeNull();
    expect(parseAmountInWords('壹元陆分角')).toBeNull();
  });
});

describe('invoice totals', () => {
  it('reads the figures labelled 小写 and the words labelled 大写', () => {
    const text =
      '住院收费票据 西药费 ¥3,200.00 检查费 ¥1,100.50 合计（大写）：肆仟叁佰元伍角 合计（小写）：¥4300.50 个人支付：¥4300.50';
    expect(readInvoiceTotal(text)).toEqual({ fen: 430_050, wordsFen: 430_050 });
  });

  it('reads a VAT invoice, whose figures follow （小写） alone', () => {
    const text = '价税合计（大写）：壹万元整 （小写）¥10000.00 备注：';
    expect(readInvoiceTotal(text)).toEqual({ fen: 1_000_000, wordsFen: 1_000_000 });
  });

  it('takes the last 合计 of a list with subtotals, and says when there are no words', () => {
    const text = '损失项目 门窗 合计：¥800.00 家具 合计：¥1,200.00 合计：¥2,000.00 填报日期';
    expect(readInvoiceTotal(text)).toEqual({ fen: 200_000, wordsFen: null });
  });

  it('reports figures and words that disagree, rather than choosing', () => {
    expect(readInvoiceTotal('合计（大写）：壹仟元整 合计（小写）：¥9000.00')).toEqual({
      fen: 900_000,
      wordsFen: 100_000,
    });
  });

  it('finds nothing on a page without a labelled total', () => {
    expect(readInvoiceTotal('出院小结 入院日期 2026-10-01')).toBeNull();
  });
});
