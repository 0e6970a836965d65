import { CN_HOLIDAYS, expandHolidayYears, type HolidayLists } from './holidays-cn';

/**
 * Working-day calendar for deadlines in the PRC.
 *
 * Times are epoch milliseconds (UTC). Local dates are taken at a fixed UTC
 * offset (Asia/Shanghai is UTC+8 all year, no DST), which keeps every
 * function here plain arithmetic: no Date or Intl on the hot path.
 *
 * Working-time semantics (one rule for hours and days):
 * - A working day is a Monday–Friday that is not a public holiday, or a
 *   weekend day listed as a make-up working day (调休上班).
 * - Working time is office hours (default 09:00–18:00 local) on working days.
 * - `addWorkingHours(t, h)` adds h hours of working time. `addWorkingDays(t, n)`
 *   adds n office days of working time, so a start at 15:00 on a working day
 *   is due at 15:00 n working days later.
 * - A start before opening counts from that day's opening; a start after
 *   closing, or on a non-working day, counts from the next working day's
 *   opening. A deadline that uses up a whole day lands on that day's closing
 *   time, never on the next morning (a Saturday start plus 1 working day is
 *   due Monday 18:00).
 */

export interface CalendarConfig extends HolidayLists {
  /** Local office hours, `HH:MM`; defaults 09:00–18:00. */
  readonly officeHours?: { readonly start: string; readonly end: string };
  /** Defaults to +480 (Asia/Shanghai). */
  readonly utcOffsetMinutes?: number;
}

export interface WorkingCalendar {
  readonly utcOffsetMs: number;
  /** Office opening and closing, in ms after local midnight. */
  readonly officeStartMs: number;
  readonly officeEndMs: number;
  /** Local day number (days since 1970-01-01 local) of `dayKinds[0]`. */
  readonly firstListedDay: number;
  /** Per local day from `firstListedDay`: 0 by weekday, 1 holiday, 2 make-up working day. */
  readonly dayKinds: Int8Array;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MINUTES = 480;
const BY_WEEKDAY = 0;
const HOLIDAY = 1;
const MAKE_UP = 2;
/** A calendar with no working day in ten years is a configuration error, not a long wait. */
const MAX_DAYS_SEARCHED = 3660;

export function createWorkingCalendar(config: CalendarConfig): WorkingCalendar {
  const officeStartMs = parseClockTime(config.officeHours?.start ?? '09:00');
  const officeEndMs = parseClockTime(config.officeHours?.end ?? '18:00');
  if (officeEndMs <= officeStartMs) throw new RangeError('office hours must end after they start');
  const holidays = config.holidays.map(localDayOfIsoDate);
  const makeUps = config.makeUpWorkdays.map(localDayOfIsoDate);
  const listed = [...holidays, ...makeUps];
  const firstListedDay = listed.length > 0 ? Math.min(...listed) : 0;
  const span = listed.length > 0 ? Math.max(...listed) - firstListedDay + 1 : 0;
  const dayKinds = new Int8Array(span);
  for (const day of holidays) dayKinds[day - firstListedDay] = HOLIDAY;
  for (const day of makeUps) {
    if (dayKinds[day - firstListedDay] === HOLIDAY) {
      throw new RangeError(`a date cannot be both a holiday and a make-up working day`);
    }
    dayKinds[day - firstListedDay] = MAKE_UP;
  }
  const utcOffsetMs = (config.utcOffsetMinutes ?? SHANGHAI_OFFSET_MINUTES) * 60_000;
  return { utcOffsetMs, officeStartMs, officeEndMs, firstListedDay, dayKinds };
}

/** The PRC calendar with the published 2025–2026 schedules; outside them only weekends rest. */
export const CN_WORKING_CALENDAR: WorkingCalendar = createWorkingCalendar(
  expandHolidayYears(CN_HOLIDAYS),
);

/** Epoch ms of a local Asia/Shanghai wall-clock time; month is 1–12. */
export function shanghaiTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): number {
  return Date.UTC(year, month - 1, day, hour, minute) - SHANGHAI_OFFSET_MINUTES * 60_000;
}

/** The Asia/Shanghai calendar date of an instant, as 'YYYY-MM-DD': the day a customer would name. */
export function shanghaiIsoDate(at: number): string {
  return new Date(at + SHANGHAI_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

export function localDay(at: number, calendar: WorkingCalendar = CN_WORKING_CALENDAR): number {
  return Math.floor((at + calendar.utcOffsetMs) / DAY_MS);
}

export function isWorkingDay(at: number, calendar: WorkingCalendar = CN_WORKING_CALENDAR): boolean {
  return isWorkingLocalDay(localDay(at, calendar), calendar);
}

function isWorkingLocalDay(day: number, calendar: WorkingCalendar): boolean {
  const kind = calendar.dayKinds[day - calendar.firstListedDay] ?? BY_WEEKDAY;
  if (kind !== BY_WEEKDAY) return kind === MAKE_UP;
  // 1970-01-01 was a Thursday; 0 is Sunday, 6 is Saturday.
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
}

function nextWorkingLocalDay(from: number, calendar: WorkingCalendar): number {
  for (let day = from; day < from + MAX_DAYS_SEARCHED; day++) {
    if (isWorkingLocalDay(day, calendar)) return day;
  }
  throw new RangeError('the calendar has no working day in ten years');
}

/** Elapsed time: the clock runs nights, weekends and holidays alike. */
export function addHours(at: number, hours: number): number {
  return at + hours * HOUR_MS;
}

/** Elapsed days (n × 24 h); never later than the Civil Code art. 201 reading of "n days". */
export function addCalendarDays(at: number, days: number): number {
  return at + days * DAY_MS;
}

/** Same local date and time n years on; 29 February falls back to 28 February (Civil Code art. 202). */
export function addCalendarYears(
  at: number,
  years: number,
  calendar: WorkingCalendar = CN_WORKING_CALENDAR,
): number {
  const day = localDay(at, calendar);
  const timeOfDay = at + calendar.utcOffsetMs - day * DAY_MS;
  // Civil date from a day number (H. Hinnant's algorithm), kept inline so
  // the limitation clock needs no Date object per case.
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1;
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0) + years;
  const lastDay = month === 2 ? (isLeapYear(year) ? 29 : 28) : (DAYS_IN_MONTH[month - 1] ?? 31);
  const targetDay = daysFromCivil(year, month, Math.min(dayOfMonth, lastDay));
  return targetDay * DAY_MS + timeOfDay - calendar.utcOffsetMs;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days since 1970-01-01 of a proleptic Gregorian date; month is 1–12. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function addWorkingHours(
  at: number,
  hours: number,
  calendar: WorkingCalendar = CN_WORKING_CALENDAR,
): number {
  return addWorkingTime(at, hours * HOUR_MS, calendar);
}

export function addWorkingDays(
  at: number,
  days: number,
  calendar: WorkingCalendar = CN_WORKING_CALENDAR,
): number {
  return addWorkingTime(at, days * officeDayMs(calendar), calendar);
}

export function officeDayMs(calendar: WorkingCalendar): number {
  return calendar.officeEndMs - calendar.officeStartMs;
}

/** Adds `durationMs` of office time; see the module comment for where counting starts. */
export function addWorkingTime(
  at: number,
  durationMs: number,
  calendar: WorkingCalendar = CN_WORKING_CALENDAR,
): number {
  if (!(durationMs >= 0) || !Number.isFinite(durationMs)) {
    throw new RangeError(`working time to add must be a finite non-negative number`);
  }
  const { officeStartMs, officeEndMs, utcOffsetMs } = calendar;
  let day = localDay(at, calendar);
  let timeOfDay = at + utcOffsetMs - day * DAY_MS;
  if (!isWorkingLocalDay(day, calendar) || timeOfDay >= officeEndMs) {
    day = nextWorkingLocalDay(day + 1, calendar);
    timeOfDay = officeStartMs;
  } else if (timeOfDay < officeStartMs) {
    timeOfDay = officeStartMs;
  }
  let remaining = durationMs;
  while (remaining > officeEndMs - timeOfDay) {
    remaining -= officeEndMs - timeOfDay;
    day = nextWorkingLocalDay(day + 1, calendar);
    timeOfDay = officeStartMs;
  }
  return day * DAY_MS - utcOffsetMs + timeOfDay + remaining;
}

/** Office time between two instants; 0 when `to` is not after `from`. */
export function workingMsBetween(
  from: number,
  to: number,
  calendar: WorkingCalendar = CN_WORKING_CALENDAR,
): number {
  let total = 0;
  const lastDay = localDay(to, calendar);
  for (let day = localDay(from, calendar); day <= lastDay; day++) {
    if (!isWorkingLocalDay(day, calendar)) continue;
    const midnight = day * DAY_MS - calendar.utcOffsetMs;
    const open = Math.max(from, midnight + calendar.officeStartMs);
    const close = Math.min(to, midnight + calendar.officeEndMs);
    if (close > open) total += close - open;
  }
  return total;
}

function parseClockTime(hhmm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 24 || minutes > 59) throw new RangeError(`not a HH:MM time: ${hhmm}`);
  return hours * HOUR_MS + minutes * 60_000;
}

function localDayOfIsoDate(iso: string): number {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : NaN;
  // Date.parse rolls 2026-02-30 over to March; a typo in holiday data must fail loudly.
  if (Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== iso) {
    throw new RangeError(`not an ISO date: ${iso}`);
  }
  return parsed / DAY_MS;
}
