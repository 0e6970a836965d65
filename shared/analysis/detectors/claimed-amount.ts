import type { Severity } from '../anomaly-kinds';
import type { PdfFacts } from '../facts';
import { isClaimForm, isInvoice } from './document-kinds';
import { type CaseDocumentsDetector, finding, NOWHERE, yuan } from './finding';
import { linesOf } from './layout';
import { readItemisedBill, type StatedTotal, statedTotal } from './line-items';
import { THRESHOLDS } from './thresholds';

interface Bill {
  doc: PdfFacts;
  total: StatedTotal;
}

/**
 * The claimed amount against the bills that substantiate it. Invoices are
 * the evidence when the case has them (an expense list only details an
 * invoice, so counting both would double it); otherwise the itemised
 * statements (loss list, claim letter) are. Claiming more than the bills
 * show asks the insurer to pay for something unbilled; claiming less is
 * usually benign (part paid elsewhere) and is only noted.
 */
export const invoiceTotalVsClaimed: CaseDocumentsDetector = (documents, c) => {
  if (c.claimedFen <= 0) return [];
  const pdfs = documents.filter((d): d is PdfFacts => d.kind === 'pdf' && !isClaimForm(d));
  const invoices = pdfs.filter(isInvoice);
  const bills = invoices.length > 0 ? totalsOf(invoices) : statementTotals(pdfs);
  if (bills === null || bills.length === 0) return [];
  const billedFen = bills.reduce((s, b) => s + b.total.fen, 0);
  const excess = c.claimedFen - billedFen;
  if (Math.abs(excess) <= THRESHOLDS.claimedToleranceFen) return [];
  const severity: Severity =
    excess < 0 ? 'low' : excess > THRESHOLDS.claimedExcessHighRatio * billedFen ? 'high' : 'medium';
  const only = bills.length === 1 ? bills[0] : undefined;
  const what = invoices.length > 0 ? { zh: '发票', en: 'invoice' } : { zh: '费用清单', en: 'bill' };
  const billsZh = only ? `${what.zh}总额` : `${bills.length} 份${what.zh}合计`;
  const billsEn = only
    ? `The ${what.en} total is`
    : `The ${bills.length} ${what.en}s together come to`;
  const gap = yuan(Math.abs(excess));
  return [
    finding(
      'invoice-total-vs-claimed',
      severity,
      only ? only.doc.documentId : null,
      only ? only.total : NOWHERE,
      {
        billedFen,
        claimedFen: c.claimedFen,
        differenceFen: excess,
        documents: bills.map((b) => b.doc.fileName).join(', '),
      },
      excess > 0
        ? `${billsZh} ${yuan(billedFen)}，申请金额 ${yuan(c.claimedFen)}，多出 ${gap}：` +
            '超出部分没有票据支持，需核实是否有未提交的票据或金额被改动。'
        : `${billsZh} ${yuan(billedFen)}，申请金额 ${yuan(c.claimedFen)}，少 ${gap}：` +
            '通常是部分费用已由他方支付或未申请，请核实。',
      excess > 0
        ? `${billsEn} ${yuan(billedFen)} but ${yuan(c.claimedFen)} is claimed, ${gap} more: ` +
            'nothing on file bills for the excess; ask for the missing bills or check for altered amounts.'
        : `${billsEn} ${yuan(billedFen)} but only ${yuan(c.claimedFen)} is claimed, ${gap} ` +
            'less: usually part was paid elsewhere or left out; worth confirming.',
    ),
  ];
};

/** Every invoice's total, or null when one cannot be read: a partial sum would mislead. */
function totalsOf(invoices: readonly PdfFacts[]): Bill[] | null {
  const bills: Bill[] = [];
  for (const doc of invoices) {
    const total = statedTotal(linesOf(doc));
    if (!total) return null;
    bills.push({ doc, total });
  }
  return bills;
}

function statementTotals(pdfs: readonly PdfFacts[]): Bill[] {
  return pdfs.flatMap((doc) => {
    const bill = readItemisedBill(doc);
    return bill ? [{ doc, total: bill.total }] : [];
  });
}
