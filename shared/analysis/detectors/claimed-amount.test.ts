import { describe, expect, it } from 'vitest';
import { invoiceTotalVsClaimed } from './claimed-amount';
import { CASE, page, pdf } from './test-fixtures';

const invoice = (id: string, total: string) =>
  pdf(
    page([
      [[200, '医疗住院收费票据']],
      [
        [56, '合计（大写）：略'],
        [400, `合计（小写）：¥${total}`],
      ],
    ]),
    {
      documentId: id,
      fileName: `${id}.pdf`,
      docType: 'medical-invoice',
    },
  );
const statement = (id: string, docType: string, total: string) =>
  pdf(
    page([
      [
        [56, '序号'],
        [92, '损失项目'],
        [480, '损失金额（元）'],
      ],
      [
        [60, '1'],
        [92, '门窗'],
        [490, total],
      ],
      [
        [380, '合计：'],
        [480, `¥${total}`],
      ],
    ]),
    { documentId: id, fileName: `${id}.pdf`, docType },
  );
const claimForm = pdf(
  page([[[250, '理赔申请书']], [[56, '申请金额：¥99999.00']], [[56, '合计：¥99999.00']]]),
  {
    documentId: 'form',
    docType: 'claim-form',
  },
);

describe('invoice totals against the claimed amount', () => {
  it.each([
    ['equal', 12_345.67, null],
    ['a yuan of rounding', 12_344.67, null],
    ['a fen more than rounding', 12_344.66, 'medium'],
    ['claimed 10 % above the bills', 11_223.34, 'medium'],
    ['claimed far above the bills', 8_000.0, 'high'],
    ['claimed below the bills', 13_000.0, 'low'],
  ])('%s: severity %s', (_what, invoiceYuan, severity) => {
    const findings = invoiceTotalVsClaimed(
      [invoice('inv', invoiceYuan.toFixed(2)), claimForm],
      CASE,
    );
    expect(findings[0]?.severity ?? null).toBe(severity);
  });

  it('points at the single invoice’s total', () => {
    const [f] = invoiceTotalVsClaimed([invoice('inv', '8000.00')], CASE);
    expect(f?.documentId).toBe('inv');
    expect(f?.page).toBe(1);
    expect(f?.evidence).toMatchObject({
      billedFen: 800_000,
      claimedFen: 1_234_567,
      differenceFen: 434_567,
    });
    expect(f?.explanation['zh-CN']).toContain(
      '发票总额 ¥8,000.00，申请金额 ¥12,345.67，多出 ¥4,345.67',
    );
  });

  it('adds the invoices of one claim, and raises a case-level finding when they fall short', () => {
    const two = [invoice('a', '10000.00'), invoice('b', '2345.67')];
    expect(invoiceTotalVsClaimed(two, CASE)).toEqual([]);
    const [f] = invoiceTotalVsClaimed([invoice('a', '10000.00'), invoice('b', '345.67')], CASE);
    expect(f?.documentId).toBeNull();
    expect(f?.evidence['documents']).toBe('a.pdf, b.pdf');
  });

  it('does not count the expense list that details an invoice', () => {
    const docs = [invoice('inv', '12345.67'), statement('list', 'expense-list', '12345.67')];
    expect(invoiceTotalVsClaimed(docs, CASE)).toEqual([]);
  });

  it('uses the itemised statement when the claim has no invoice', () => {
    const [f] = invoiceTotalVsClaimed([statement('loss', 'loss-list', '9000.00'), claimForm], CASE);
    expect(f?.documentId).toBe('loss');
    expect(invoiceTotalVsClaimed([statement('loss', 'loss-list', '12345.67')], CASE)).toEqual([]);
  });

  it('does not compare when an invoice’s total cannot be read', () => {
    const unreadable = pdf(page([[[200, '增值税电子普通发票']]]), {
      documentId: 'x',
      docType: 'repair-invoice',
    });
    expect(invoiceTotalVsClaimed([invoice('inv', '100.00'), unreadable], CASE)).toEqual([]);
    expect(invoiceTotalVsClaimed([claimForm], CASE)).toEqual([]);
  });
});
