import { describe, expect, it } from 'vitest';
import { page, pdf, photo } from '../detectors/test-fixtures';
import { printedInvoice, printOf } from './prints';

const FILED = { caseId: 'case-1', caseNumber: 'CLM-1', filedAt: 1 };

describe('printedInvoice', () => {
  it('reads code and number of a VAT invoice and where the number stands', () => {
    const doc = pdf(
      page([
        [[200, '增值税电子普通发票']],
        [
          [56, '发票代码：031012345678'],
          [340, '发票号码：87654321'],
        ],
      ]),
    );
    expect(printedInvoice(doc)).toMatchObject({
      key: '031012345678/87654321',
      code: '031012345678',
      number: '87654321',
      page: 1,
    });
    const region = printedInvoice(doc)?.region;
    expect(region?.x).toBeGreaterThan(340);
    expect(region?.y).toBe(120);
  });

  it('reads a medical receipt without a code by its number alone', () => {
    const doc = pdf(page([[[200, '医疗住院收费票据（电子）']], [[330, '票据号码：0012345678']]]));
    expect(printedInvoice(doc)).toMatchObject({ key: '0012345678', code: null });
  });

  it('finds nothing on a paper that is not an invoice, or an invoice without a number', () => {
    const form = page([
      [[200, '理赔申请书']],
      [[56, '申请人：张伟']],
      [[56, '出险经过：追尾']],
      [[56, '所附发票号码：87654321']],
    ]);
    expect(printedInvoice(pdf(form))).toBeNull();
    expect(printedInvoice(pdf(page([[[200, '增值税电子普通发票']]])))).toBeNull();
  });
});

describe('printOf', () => {
  it('keeps a photo’s hash and a PDF’s invoice', () => {
    expect(printOf(photo({ dHash: 'ffff0000ffff0000' }), FILED)).toMatchObject({
      ...FILED,
      invoice: null,
      dHash: 'ffff0000ffff0000',
    });
    expect(printOf(pdf(page([[[200, '增值税电子普通发票']]])), FILED)).toMatchObject({
      invoice: null,
      dHash: null,
    });
  });
});
