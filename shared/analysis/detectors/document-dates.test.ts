import { describe, expect, it } from 'vitest';
import { documentDateOutsidePolicy, invoiceBeforeLoss } from './document-dates';
import { CASE, cst, page, pdf } from './test-fixtures';

const dated = (text: string, docType: string | null = 'discharge-summary') =>
  pdf(page([[[250, '出院小结']], [[56, '姓名：张伟']], [[300, text]]]), { docType });

describe('document dated outside the policy', () => {
  const c = { ...CASE, policyStart: cst(2026, 3, 1, 0, 30) };

  it.each([
    ['the day before cover starts', '出院日期：2026年2月28日', true],
    ['long before cover', '出院日期：2025年6月1日', true],
    ['the day cover starts, before the hour it starts', '出院日期：2026年3月1日', false],
    ['inside the policy', '出院日期：2026年10月30日', false],
    ['after the policy ended (paperwork of a covered loss)', '出院日期：2027年1月20日', false],
  ])('%s: flagged %s', (_what, text, flagged) => {
    expect(documentDateOutsidePolicy(dated(text), c).length).toBe(flagged ? 1 : 0);
  });

  it('says which date, where it is and by how much', () => {
    const [f] = documentDateOutsidePolicy(dated('出院日期：2026年2月20日'), c);
    expect(f?.severity).toBe('high');
    expect(f?.page).toBe(1);
    expect(f?.region?.y).toBe(140);
    expect(f?.evidence).toMatchObject({
      label: '出院日期',
      documentDate: '2026-02-20',
      policyStart: '2026-03-01',
      daysBeforePolicyStart: 9,
    });
    expect(f?.explanation['zh-CN']).toContain('2026年2月20日 早于保单起保日期 2026年3月1日');
  });

  it('needs a policy start to compare with', () => {
    expect(
      documentDateOutsidePolicy(dated('出院日期：2020年1月1日'), { ...CASE, policyStart: null }),
    ).toEqual([]);
  });
});

describe('invoice dated before the loss', () => {
  const invoice = (date: string, docType: string | null = 'repair-invoice') =>
    pdf(page([[[200, '增值税电子普通发票']], [[340, `开票日期：${date}`]]]), { docType });

  it.each([
    ['the day before the loss', '2026年10月28日', true],
    ['a month before the loss', '2026-09-30', true],
    ['the day of the loss, before the hour of it', '2026年10月29日', false],
    ['after the loss', '2026年11月2日', false],
  ])('%s: flagged %s', (_what, date, flagged) => {
    expect(invoiceBeforeLoss(invoice(date), CASE).length).toBe(flagged ? 1 : 0);
  });

  it('explains with both dates', () => {
    const [f] = invoiceBeforeLoss(invoice('2026年9月30日'), CASE);
    expect(f?.explanation['zh-CN']).toContain('2026年9月30日 早于出险日期 2026年10月29日');
    expect(f?.evidence).toMatchObject({ invoiceDate: '2026-09-30', daysBeforeLoss: 29 });
  });

  it('reads an untyped document as an invoice by its title', () => {
    expect(invoiceBeforeLoss(invoice('2026年9月30日', null), CASE)).toHaveLength(1);
  });

  it('leaves papers that are not invoices to the policy check', () => {
    expect(invoiceBeforeLoss(dated('出院日期：2026年9月30日'), CASE)).toEqual([]);
    expect(invoiceBeforeLoss(dated('出院日期：2026年9月30日', null), CASE)).toEqual([]);
  });

  it('catches a stay that began before the loss on a medical invoice', () => {
    const doc = pdf(
      page([[[200, '住院收费票据']], [[230, '住院时间：2026年10月1日至2026年10月31日']]]),
      {
        docType: 'medical-invoice',
      },
    );
    expect(invoiceBeforeLoss(doc, CASE)[0]?.evidence['invoiceDate']).toBe('2026-10-01');
  });
});
