import type { CaseFacts, Finding } from '../facts';
import { cstDay, dateEn, dateZh, isoDate } from './china-time';
import { isInvoice } from './document-kinds';
import { type DocumentDetector, daysEn, finding } from './finding';
import { type PrintedDate, printedDates } from './printed-dates';

/**
 * Dates printed on a document against the policy period. A paper about
 * this claim dated before cover began records something that happened
 * while uninsured, or was back-dated or altered. Dates after the policy
 * ended are not flagged: claim forms, discharges and repairs of a loss
 * that happened in cover routinely fall after expiry.
 */
export const documentDateOutsidePolicy: DocumentDetector = (doc, c) => {
  if (doc.kind !== 'pdf' || c.policyStart === null) return [];
  const start = c.policyStart;
  const early = earliest(printedDates(doc).filter((d) => cstDay(d.at) < cstDay(start)));
  if (!early) return [];
  const days = cstDay(start) - cstDay(early.at);
  return [
    finding(
      'document-date-outside-policy',
      'high',
      doc.documentId,
      early,
      {
        label: early.label,
        documentDate: isoDate(early.at),
        printed: early.text,
        policyStart: isoDate(start),
        policyEnd: c.policyEnd === null ? null : isoDate(c.policyEnd),
        daysBeforePolicyStart: days,
      },
      `${labelZh(early)} ${dateZh(early.at)} 早于保单起保日期 ${dateZh(start)}（早 ${days} 天）：` +
        '单证所记的事发生在保险生效之前，不在保险期间内，或日期被改动过。',
      `The ${labelEn(early)} ${dateEn(early.at)} is ${daysEn(days)} before the policy started on ` +
        `${dateEn(start)}: what the document records happened before cover began, or the date was altered.`,
    ),
  ];
};

/**
 * An invoice dated before the loss bills for something that happened
 * before the accident or illness the claim is about: a repair or treatment
 * that cannot be part of this loss, or a date that was changed.
 */
export const invoiceBeforeLoss: DocumentDetector = (doc, c: CaseFacts): Finding[] => {
  if (doc.kind !== 'pdf' || !isInvoice(doc)) return [];
  const lossDay = cstDay(c.lossAt);
  const early = earliest(printedDates(doc).filter((d) => cstDay(d.at) < lossDay));
  if (!early) return [];
  const days = lossDay - cstDay(early.at);
  return [
    finding(
      'invoice-before-loss',
      'high',
      doc.documentId,
      early,
      {
        label: early.label,
        invoiceDate: isoDate(early.at),
        printed: early.text,
        lossDate: isoDate(c.lossAt),
        daysBeforeLoss: days,
      },
      `发票上的${labelZh(early)} ${dateZh(early.at)} 早于出险日期 ${dateZh(c.lossAt)}（早 ${days} 天）：` +
        '发票不应在事故发生前开具，所列费用可能与本次事故无关，或日期被改动过。',
      `The invoice's ${labelEn(early)} ${dateEn(early.at)} is ${daysEn(days)} before the loss on ` +
        `${dateEn(c.lossAt)}: an invoice for this loss cannot predate it, so the costs may belong to ` +
        'something else or the date was altered.',
    ),
  ];
};

function earliest(dates: readonly PrintedDate[]): PrintedDate | undefined {
  return [...dates].sort((a, b) => a.at - b.at)[0];
}

function labelZh(date: PrintedDate): string {
  return date.label === '落款' ? '落款日期' : `“${date.label}”`;
}

function labelEn(date: PrintedDate): string {
  return date.label === '落款' ? 'signing date' : `date “${date.label}”`;
}
