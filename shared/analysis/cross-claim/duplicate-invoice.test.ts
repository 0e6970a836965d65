import { describe, expect, it } from 'vitest';
import { duplicateInvoice } from './duplicate-invoice';
import { DAY, invoicePrint, T0 } from './test-fixtures';

describe('duplicateInvoice', () => {
  const original = invoicePrint('doc-a', 'case-a', '031012345678/87654321', T0);

  it('flags the later filing of an invoice already claimed on another case, at its number', () => {
    const copy = invoicePrint('doc-b', 'case-b', '031012345678/87654321', T0 + DAY);
    const [found, ...rest] = duplicateInvoice(copy, [original, copy]);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      kind: 'duplicate-invoice-number',
      severity: 'high',
      documentId: 'doc-b',
      page: 1,
      region: copy.invoice?.region,
      evidence: {
        invoiceNumber: '87654321',
        invoiceCode: '031012345678',
        originalCaseId: 'case-a',
        originalCaseNumber: 'CLM-case-a',
        originalDocumentId: 'doc-a',
      },
    });
    expect(found?.explanation['zh-CN']).toContain('CLM-case-a');
    expect(found?.explanation.en).toContain('87654321');
  });

  it('leaves the original alone, and a copy within the same case', () => {
    const later = invoicePrint('doc-b', 'case-b', '031012345678/87654321', T0 + DAY);
    expect(duplicateInvoice(original, [original, later])).toEqual([]);
    const sameCase = invoicePrint('doc-c', 'case-a', '031012345678/87654321', T0 + DAY);
    expect(duplicateInvoice(sameCase, [original, sameCase])).toEqual([]);
  });

  it('does not match the same number under another invoice code', () => {
    const other = invoicePrint('doc-b', 'case-b', '031099999999/87654321', T0 + DAY);
    expect(duplicateInvoice(other, [original])).toEqual([]);
  });

  it('flags exactly one of two copies filed at the same moment', () => {
    const a = invoicePrint('doc-1', 'case-a', '87654321');
    const b = invoicePrint('doc-2', 'case-b', '87654321');
    expect(duplicateInvoice(a, [a, b]).length + duplicateInvoice(b, [a, b]).length).toBe(1);
  });
});
