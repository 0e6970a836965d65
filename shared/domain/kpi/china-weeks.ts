/**
 * Calendar weeks as the supervisor sees them: Monday 00:00 in China time.
 * China has no daylight saving, so a week is plain arithmetic on epoch ms
 * and a loop over 100,000 cases never needs a Date object.
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;

const CHINA_OFFSET_MS = 8 * HOUR_MS;
/** The epoch fell on a Thursday, three days after a Monday. */
const EPOCH_AFTER_MONDAY_MS = 3 * DAY_MS;

/** The Monday 00:00 (China time) that starts the week containing `at`. */
export function chinaWeekStart(at: number): number {
  const shifted = at + CHINA_OFFSET_MS + EPOCH_AFTER_MONDAY_MS;
  return Math.floor(shifted / WEEK_MS) * WEEK_MS - EPOCH_AFTER_MONDAY_MS - CHINA_OFFSET_MS;
}
