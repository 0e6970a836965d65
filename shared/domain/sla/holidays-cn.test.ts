import { describe, expect, it } from 'vitest';
import { isWorkingDay, shanghaiTime } from './calendar';
import { CN_HOLIDAYS, CN_HOLIDAYS_2026, expandHolidayYears } from './holidays-cn';

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const noon = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return shanghaiTime(y ?? 0, m ?? 0, d ?? 0, 12);
};

describe('published PRC holiday schedules', () => {
  const { holidays, makeUpWorkdays } = expandHolidayYears(CN_HOLIDAYS);

  it('puts every make-up working day on a weekend', () => {
    for (const day of makeUpWorkdays) expect([0, 6]).toContain(weekday(day));
  });

  it('has the published day counts (2025: 8-day Spring Festival; 2026: 9-day)', () => {
    const lengths = CN_HOLIDAYS.map((year) =>
      year.periods.map((period) => expandHolidayYears([{ ...year, periods: [period] }]).holidays),
    ).map((periods) => periods.map((days) => days.length));
    expect(lengths).toEqual([
      [1, 8, 3, 5, 3, 8],
      [3, 9, 3, 5, 3, 3, 7],
    ]);
    expect(holidays).toHaveLength(28 + 33);
  });

  it('marks 2026 as the published schedule', () => {
    expect(CN_HOLIDAYS_2026.status).toBe('published');
    expect(CN_HOLIDAYS_2026.source).toContain('2026年部分节假日安排');
  });

  it('is what the default calendar rests and works on', () => {
    for (const day of holidays) expect(isWorkingDay(noon(day))).toBe(false);
    for (const day of makeUpWorkdays) expect(isWorkingDay(noon(day))).toBe(true);
  });
});
