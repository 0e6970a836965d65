/** Documents print China Standard Time (UTC+8, no daylight saving). */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;
export const HOUR_MS = 60 * 60 * 1000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function local(ms: number): Date {
  return new Date(ms + CST_OFFSET_MS);
}

/** 2025年03月14日 */
export function dateCn(ms: number): string {
  const d = local(ms);
  return `${d.getUTCFullYear()}年${pad(d.getUTCMonth() + 1)}月${pad(d.getUTCDate())}日`;
}

/** 2025年03月14日15时30分 */
export function dateTimeCn(ms: number): string {
  const d = local(ms);
  return `${dateCn(ms)}${pad(d.getUTCHours())}时${pad(d.getUTCMinutes())}分`;
}

/** 2025.03.14, as on the back of an ID card. */
export function dateDotted(ms: number): string {
  const d = local(ms);
  return `${d.getUTCFullYear()}.${pad(d.getUTCMonth() + 1)}.${pad(d.getUTCDate())}`;
}

/** 2025-03-14 in China time, for evidence values. */
export function isoDateCst(ms: number): string {
  const d = local(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** EXIF DateTimeOriginal: local wall-clock time without a zone. */
export function exifDateTime(ms: number): string {
  const d = local(ms);
  return (
    `${d.getUTCFullYear()}:${pad(d.getUTCMonth() + 1)}:${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** IMG_20250314_153012 */
export function cameraFileStem(ms: number): string {
  return `IMG_${exifDateTime(ms).replace(/:/g, '').replace(' ', '_')}`;
}

/** Whole China-local calendar days from a to b. */
export function calendarDaysBetween(a: number, b: number): number {
  const day = (ms: number) => Math.floor((ms + CST_OFFSET_MS) / DAY_MS);
  return day(b) - day(a);
}
