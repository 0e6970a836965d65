import type { Severity } from '../anomaly-kinds';
import { dateEn, dateTimeEn, dateTimeZh, dateZh, isoDate, isoDateTime } from './china-time';
import { type CaseDetector, daysEn, finding, NOWHERE } from './finding';
import { DAY_MS, THRESHOLDS } from './thresholds';

/**
 * 临界出险: a loss right after cover starts may have happened before the
 * policy was bought; one right before it ends may have been staged while
 * cover lasted. Both are common in fraud and rare by chance.
 */
export const lossSoonAfterPolicyStart: CaseDetector = (c) => {
  if (c.policyStart === null) return [];
  const after = c.lossAt - c.policyStart;
  if (after < 0 || after >= THRESHOLDS.lossAfterStartMs) return [];
  const days = Math.floor(after / DAY_MS);
  return [
    finding(
      'loss-soon-after-policy-start',
      severityFor(after),
      null,
      NOWHERE,
      { lossAt: isoDateTime(c.lossAt), policyStart: isoDate(c.policyStart), daysAfterStart: days },
      `出险时间 ${dateTimeZh(c.lossAt)} 距保单起保（${dateZh(c.policyStart)}）仅 ${days} 天：` +
        '起保后很快出险，需核实事故是否发生在投保之前。',
      `The loss on ${dateTimeEn(c.lossAt)} came only ${daysEn(days)} after the policy started ` +
        `(${dateEn(c.policyStart)}): check that it did not happen before the policy was taken out.`,
    ),
  ];
};

export const lossJustBeforeExpiry: CaseDetector = (c) => {
  if (c.policyEnd === null) return [];
  const before = c.policyEnd - c.lossAt;
  if (before < 0 || before >= THRESHOLDS.lossBeforeExpiryMs) return [];
  const days = Math.floor(before / DAY_MS);
  return [
    finding(
      'loss-just-before-expiry',
      severityFor(before),
      null,
      NOWHERE,
      { lossAt: isoDateTime(c.lossAt), policyEnd: isoDate(c.policyEnd), daysBeforeExpiry: days },
      `出险时间 ${dateTimeZh(c.lossAt)} 距保单到期（${dateZh(c.policyEnd)}）仅 ${days} 天：` +
        '临近到期出险，需核实事故的真实性和发生时间。',
      `The loss on ${dateTimeEn(c.lossAt)} came only ${daysEn(days)} before the policy expired ` +
        `(${dateEn(c.policyEnd)}): check that the loss is genuine and happened when stated.`,
    ),
  ];
};

function severityFor(gap: number): Severity {
  return gap < THRESHOLDS.lossTimingHighMs ? 'high' : 'medium';
}
