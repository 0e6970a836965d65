import { DAY_MS, HOUR_MS } from './thresholds';

/**
 * Documents print, and adjusters read, China Standard Time (UTC+8, no
 * daylight saving), whatever zone the machine running the detectors is in.
 */
const CST_OFFSET_MS = 8 * HOUR_MS;

const pad = (n: number): string => String(n).padStart(2, '0');

function wallClock(ms: number): Date {
  return new Date(ms + CST_OFFSET_MS);
}

/** The China calendar day `ms` falls on, as a day count: equal days compare equal. */
export function cstDay(ms: number): number {
  return Math.floor((ms + CST_OFFSET_MS) / DAY_MS);
}

/** The start (00:00 China time) of a calendar date, or null when there is no such date. */
export function cstMidnight(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return utc - CST_OFFSET_MS;
}

/** 2026年10月29日 */
export function dateZh(ms: number): string {
  const d = wallClock(ms);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** 29 Oct 2026 */
export function dateEn(ms: number): string {
  const d = wallClock(ms);
  const month = MONTHS[d.getUTCMonth()] ?? '';
  return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}

/** 2026-10-29, China time: the form evidence values take. */
export function isoDate(ms: number): string {
  const d = wallClock(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** 2026-10-29 14:05, China time. */
export function isoDateTime(ms: number): string {
  const d = wallClock(ms);
  return `${isoDate(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** 2026年10月29日 14:05 */
export function dateTimeZh(ms: number): string {
  const d = wallClock(ms);
  return `${dateZh(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** 29 Oct 2026 14:05 */
export function dateTimeEn(ms: number): string {
  const d = wallClock(ms);
  return `${dateEn(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;
