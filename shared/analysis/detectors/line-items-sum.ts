import type { Severity } from '../anomaly-kinds';
import { type DocumentDetector, finding, yuan } from './finding';
import { readItemisedBill } from './line-items';
import { THRESHOLDS } from './thresholds';

/** Beyond this share of the total the gap is no rounding or typing slip. */
const HIGH_SHARE = 0.01;

/**
 * A bill's rows should add up to the total it states. When they do not,
 * a row or the total was changed after the bill was drawn up, or rows
 * were left off; either way the total cannot be taken as it stands.
 */
export const lineItemsSumMismatch: DocumentDetector = (doc) => {
  if (doc.kind !== 'pdf') return [];
  const bill = readItemisedBill(doc);
  if (!bill) return [];
  const sum = bill.items.reduce((s, fen) => s + fen, 0);
  const difference = bill.total.fen - sum;
  const tolerance = THRESHOLDS.lineItemsToleranceFenPerRow * bill.items.length;
  if (Math.abs(difference) <= tolerance) return [];
  const severity: Severity =
    Math.abs(difference) > HIGH_SHARE * Math.abs(bill.total.fen) ? 'high' : 'medium';
  return [
    finding(
      'line-items-sum-mismatch',
      severity,
      doc.documentId,
      bill.total,
      {
        statedTotalFen: bill.total.fen,
        itemsSumFen: sum,
        differenceFen: difference,
        rows: bill.items.length,
      },
      `单证列明的 ${bill.items.length} 项明细合计 ${yuan(sum)}，而所载总额为 ${yuan(bill.total.fen)}，` +
        `相差 ${yuan(Math.abs(difference))}：明细或总额可能被改动过，或有项目未列出。`,
      `The ${bill.items.length} line items add up to ${yuan(sum)} but the stated total is ` +
        `${yuan(bill.total.fen)}, ${yuan(Math.abs(difference))} apart: a row or the total may have ` +
        'been changed, or items are missing.',
    ),
  ];
};
