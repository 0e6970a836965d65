import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarYears,
  addHours,
  addWorkingDays,
  addWorkingHours,
  createWorkingCalendar,
  HOUR_MS,
  isWorkingDay,
  shanghaiIsoDate,
  shanghaiTime as at,
  workingMsBetween,
} from './calendar';

describe('isWorkingDay (Asia/Shanghai, published schedules)', () => {
  it('rests on weekends and works Monday to Friday', () => {
    expect(isWorkingDay(at(2026, 3, 11, 12))).toBe(true);
    expect(isWorkingDay(at(2026, 3, 14, 12))).toBe(false);
    expect(isWorkingDay(at(2026, 3, 15, 12))).toBe(false);
  });

  it('rests on public holidays and works make-up weekend days', () => {
    expect(isWorkingDay(at(2026, 10, 1, 12))).toBe(false);
    expect(isWorkingDay(at(2026, 10, 7, 12))).toBe(false);
    expect(isWorkingDay(at(2026, 10, 8, 12))).toBe(true);
    expect(isWorkingDay(at(2026, 9, 20, 12))).toBe(true);
    expect(isWorkingDay(at(2026, 10, 10, 12))).toBe(true);
    expect(isWorkingDay(at(2026, 2, 23, 12))).toBe(false);
    expect(isWorkingDay(at(2025, 1, 26, 12))).toBe(true);
    expect(isWorkingDay(at(2025, 10, 8, 12))).toBe(false);
  });

  it('decides the local date at UTC+8, not in UTC', () => {
    const holidayStarts = at(2026, 10, 1, 0, 0);
    expect(isWorkingDay(holidayStarts - 1)).toBe(true);
    expect(isWorkingDay(holidayStarts)).toBe(false);
    expect(new Date(holidayStarts).toISOString()).toBe('2026-09-30T16:00:00.000Z');
  });

  it('falls back to weekends only outside the listed years', () => {
    expect(isWorkingDay(at(2027, 10, 1, 12))).toBe(true);
    expect(isWorkingDay(at(2027, 10, 2, 12))).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('keeps the time of day on ordinary working days', () => {
    expect(addWorkingDays(at(2026, 3, 10, 15), 3)).toBe(at(2026, 3, 13, 15));
  });

  it('skips 国庆 2026 and counts its make-up Saturday', () => {
    // Wed 30 Sep: 8 h; 1–7 Oct off; Thu 8 and Fri 9: 18 h; Sat 10 (调休上班): the last hour.
    expect(addWorkingDays(at(2026, 9, 30, 10), 3)).toBe(at(2026, 10, 10, 10));
  });

  it('starts a count that begins on a holiday at the next working morning', () => {
    expect(addWorkingDays(at(2026, 10, 3, 10), 1)).toBe(at(2026, 10, 8, 18));
  });

  it('starts after closing time at the next working day, here a make-up Saturday', () => {
    expect(addWorkingDays(at(2026, 10, 9, 19), 1)).toBe(at(2026, 10, 10, 18));
    expect(addWorkingDays(at(2026, 2, 13, 17), 1)).toBe(at(2026, 2, 14, 17));
  });

  it('lands at closing time, not the next morning, for a weekend start', () => {
    expect(addWorkingDays(at(2026, 3, 14, 10), 1)).toBe(at(2026, 3, 16, 18));
  });

  it('crosses the 2026 Spring Festival', () => {
    // Fri 13 Feb 12:00 → Sat 14 (make-up) → 15–23 off → Tue 24 12:00.
    expect(addWorkingDays(at(2026, 2, 13, 12), 2)).toBe(at(2026, 2, 24, 12));
  });

  it('refuses a negative count', () => {
    expect(() => addWorkingDays(at(2026, 3, 10, 15), -1)).toThrow(RangeError);
  });
});

describe('addWorkingHours', () => {
  it('carries over the night and the weekend', () => {
    expect(addWorkingHours(at(2026, 3, 13, 17, 30), 2)).toBe(at(2026, 3, 16, 10, 30));
  });

  it('counts from opening time for an early start', () => {
    expect(addWorkingHours(at(2026, 3, 11, 7), 2)).toBe(at(2026, 3, 11, 11));
  });

  it('counts from the first working day after a holiday', () => {
    expect(addWorkingHours(at(2026, 10, 2, 23), 1)).toBe(at(2026, 10, 8, 10));
  });
});

describe('elapsed-time arithmetic', () => {
  it('adds hours and days without regard to the calendar', () => {
    expect(addHours(at(2026, 10, 1, 10), 24)).toBe(at(2026, 10, 2, 10));
    expect(addCalendarDays(at(2026, 9, 30, 10), 10)).toBe(at(2026, 10, 10, 10));
  });

  it('adds years to the same local date, 29 February falling back to the 28th', () => {
    expect(addCalendarYears(at(2024, 2, 29, 10), 2)).toBe(at(2026, 2, 28, 10));
    expect(addCalendarYears(at(2024, 3, 1, 23, 30), 5)).toBe(at(2029, 3, 1, 23, 30));
  });
});

describe('workingMsBetween', () => {
  it('counts only office time on working days', () => {
    expect(workingMsBetween(at(2026, 3, 13, 17), at(2026, 3, 16, 10))).toBe(2 * HOUR_MS);
    expect(workingMsBetween(at(2026, 9, 30, 17), at(2026, 10, 8, 9, 30))).toBe(1.5 * HOUR_MS);
    expect(workingMsBetween(at(2026, 3, 16, 10), at(2026, 3, 13, 17))).toBe(0);
  });
});

describe('createWorkingCalendar', () => {
  const calendar = createWorkingCalendar({
    holidays: ['2027-10-01', '2027-10-04'],
    makeUpWorkdays: ['2027-10-09'],
    officeHours: { start: '08:30', end: '17:30' },
  });

  it('uses the caller’s lists and office hours', () => {
    expect(isWorkingDay(at(2027, 10, 1, 12), calendar)).toBe(false);
    expect(isWorkingDay(at(2027, 10, 9, 12), calendar)).toBe(true);
    // Thu 30 Sep 2027 17:00: 30 min, then Fri 1 and Mon 4 off, Tue 5 from 08:30.
    expect(addWorkingHours(at(2027, 9, 30, 17), 1, calendar)).toBe(at(2027, 10, 5, 9));
    expect(isWorkingDay(at(2026, 10, 1, 12), calendar)).toBe(true);
  });

  it('rejects malformed or contradictory data', () => {
    expect(() => createWorkingCalendar({ holidays: ['2026-02-30'], makeUpWorkdays: [] })).toThrow(
      /ISO date/,
    );
    expect(() =>
      createWorkingCalendar({ holidays: ['2026-10-10'], makeUpWorkdays: ['2026-10-10'] }),
    ).toThrow(/both/);
    expect(() =>
      createWorkingCalendar({
        holidays: [],
        makeUpWorkdays: [],
        officeHours: { start: '18:00', end: '09:00' },
      }),
    ).toThrow(/office hours/);
  });
});

describe('addCalendarYears against Date', () => {
  it('agrees with Date.UTC on the same local date for every day of four years', () => {
    for (let t = at(2023, 1, 1, 13, 45); t < at(2027, 1, 1); t += 86_400_000) {
      const local = new Date(t + 8 * HOUR_MS);
      const [y, m, d] = [local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()];
      const expected = m === 1 && d === 29 ? at(y + 3, 2, 28, 13, 45) : at(y + 3, m + 1, d, 13, 45);
      expect(addCalendarYears(t, 3)).toBe(expected);
    }
  });
});

describe('shanghaiIsoDate', () => {
  it('names the Shanghai calendar day, which starts eight hours before UTC’s', () => {
    expect(shanghaiIsoDate(at(2026, 10, 29, 3, 47))).toBe('2026-10-29');
    expect(shanghaiIsoDate(at(2026, 10, 29, 0, 0))).toBe('2026-10-29');
    expect(shanghaiIsoDate(at(2026, 10, 28, 23, 59))).toBe('2026-10-28');
  });
});
