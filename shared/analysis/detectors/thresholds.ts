/**
 * The numbers the single-case detectors judge by, in one place so the rules
 * catalogue can be tuned without touching the detectors (domain.md §8).
 */
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export const THRESHOLDS = {
  /** Each printed line item may be rounded by half a fen; allow one fen per row. */
  lineItemsToleranceFenPerRow: 1,
  /** A claimant who rounds the claimed amount to the yuan has not claimed something else. */
  claimedToleranceFen: 100,
  /** Claiming this much more than the bills show is a serious gap, not a slip. */
  claimedExcessHighRatio: 0.1,
  /**
   * Issuing systems stamp, sign or batch-print within hours of creating a
   * file, and a date without a zone can be off by eight hours; a day apart
   * means someone saved it again later.
   */
  modifiedAfterCreationMs: DAY_MS,
  /** A claimant may report by phone and photograph the damage the same day. */
  photoAfterReportMs: DAY_MS,
  /** A camera clock off by hours or days is common; weeks before the loss is not. */
  photoBeforeLossMs: 7 * DAY_MS,
  photoBeforeLossHighMs: 30 * DAY_MS,
  /** Geocoded loss addresses and photos taken at a repair shop stay within a city. */
  gpsFarMetres: 50_000,
  gpsVeryFarMetres: 200_000,
  /** 临界出险: a loss soon after cover starts or just before it ends. */
  lossAfterStartMs: 15 * DAY_MS,
  lossBeforeExpiryMs: 15 * DAY_MS,
  /** Within these the timing is hard to explain as chance. */
  lossTimingHighMs: 3 * DAY_MS,
} as const;

export { DAY_MS, HOUR_MS };
