/** The numbers the cross-claim detectors judge by (domain.md §8), in one place. */
export const CROSS_CLAIM_THRESHOLDS = {
  /**
   * Re-saved, resized or lightly cropped copies of one photo stay within a
   * few bits of 64; different photos of similar scenes rarely come closer
   * than a dozen.
   */
  photoMaxDistance: 6,
  /** A modified z-score above 3.5 is the usual mark of an outlier (Iglewicz and Hoaglin). */
  outlierRobustZ: 3.5,
  outlierHighRobustZ: 7,
  /** Fewer peers than this say little about what is typical. */
  outlierMinPeers: 10,
  /** A party's claims this close together count toward one run of claims. */
  repeatClaimsWindowMs: 30 * 24 * 60 * 60 * 1000,
  repeatClaimsMin: 3,
} as const;
