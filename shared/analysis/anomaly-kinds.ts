import { z } from 'zod';

/**
 * Every anomaly signal of domain.md §8, by the detector that raises it.
 * Single-case detectors run on the workstation and the service alike;
 * cross-claim ones need other cases and run on the central service.
 */
export const SINGLE_CASE_ANOMALIES = [
  'document-date-outside-policy',
  'invoice-before-loss',
  'photo-after-report',
  'photo-long-before-loss',
  'line-items-sum-mismatch',
  'invoice-total-vs-claimed',
  'pdf-modified-after-creation',
  'pdf-editing-producer',
  'pdf-incremental-update',
  'font-mismatch',
  'gps-far-from-loss',
  'exif-stripped',
  'resident-id-checksum',
  'name-mismatch',
  'loss-soon-after-policy-start',
  'loss-just-before-expiry',
] as const;

export const CROSS_CLAIM_ANOMALIES = [
  'duplicate-invoice-number',
  'duplicate-photo',
  'amount-outlier',
  'many-claims-same-party',
] as const;

export const AnomalyKind = z.enum([...SINGLE_CASE_ANOMALIES, ...CROSS_CLAIM_ANOMALIES]);
export type AnomalyKind = z.infer<typeof AnomalyKind>;

export const Severity = z.enum(['low', 'medium', 'high']);
export type Severity = z.infer<typeof Severity>;

/** A rectangle on a page in PDF points from the page's top-left corner, or in photo pixels. */
export const Region = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().nonnegative(),
  height: z.number().nonnegative(),
});
export type Region = z.infer<typeof Region>;
