import type { Finding } from '../facts';
import { finding } from '../detectors/finding';
import type { DocumentPrint } from './prints';

/**
 * The same invoice (code and number) filed on another claim before this
 * one: one bill paid twice. The earlier filing is the original; the later
 * one is flagged and points back to it.
 */
export function duplicateInvoice(
  print: DocumentPrint,
  sameKey: readonly DocumentPrint[],
): Finding[] {
  const invoice = print.invoice;
  if (!invoice) return [];
  const original = sameKey
    .filter(
      (p) => p.caseId !== print.caseId && p.invoice?.key === invoice.key && filedBefore(p, print),
    )
    .sort((a, b) => a.filedAt - b.filedAt)[0];
  if (!original) return [];
  return [
    finding(
      'duplicate-invoice-number',
      'high',
      print.documentId,
      { page: invoice.page, region: invoice.region },
      {
        invoiceNumber: invoice.number,
        invoiceCode: invoice.code,
        originalCaseId: original.caseId,
        originalCaseNumber: original.caseNumber,
        originalDocumentId: original.documentId,
      },
      `发票号码 ${invoice.number} 已在案件 ${original.caseNumber} 中报销过：` +
        '同一张发票不能重复索赔，请核实是否重复报销。',
      `Invoice number ${invoice.number} was already claimed on case ${original.caseNumber}: ` +
        'one invoice cannot be paid twice; check for a duplicate claim.',
    ),
  ];
}

/** Earlier filing wins; two filed at the same moment are told apart by id so exactly one is flagged. */
export function filedBefore(a: DocumentPrint, b: DocumentPrint): boolean {
  return a.filedAt < b.filedAt || (a.filedAt === b.filedAt && a.documentId < b.documentId);
}
