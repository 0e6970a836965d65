/**
 * PRC public holidays (法定节假日) and make-up working days (调休上班) as
 * published each November by the General Office of the State Council for
 * the following year. Data, not logic: a new year is one more entry here, or
 * callers pass their own lists to `createWorkingCalendar`.
 *
 * Dates are local dates in Asia/Shanghai, ISO `YYYY-MM-DD`.
 */

export interface HolidayPeriod {
  readonly name: { readonly 'zh-CN': string; readonly en: string };
  /** First and last day off, inclusive. */
  readonly off: readonly [first: string, last: string];
  /** Weekend days worked instead (调休上班). */
  readonly makeUp: readonly string[];
}

export interface HolidayYear {
  readonly year: number;
  /** 'published': copied from the State Council notice, not projected. */
  readonly status: 'published';
  readonly source: string;
  readonly periods: readonly HolidayPeriod[];
}

const name = (zh: string, en: string) => ({ 'zh-CN': zh, en }) as const;

export const CN_HOLIDAYS_2025: HolidayYear = {
  year: 2025,
  status: 'published',
  source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）',
  periods: [
    { name: name('元旦', "New Year's Day"), off: ['2025-01-01', '2025-01-01'], makeUp: [] },
    {
      name: name('春节', 'Spring Festival'),
      off: ['2025-01-28', '2025-02-04'],
      makeUp: ['2025-01-26', '2025-02-08'],
    },
    { name: name('清明节', 'Qingming Festival'), off: ['2025-04-04', '2025-04-06'], makeUp: [] },
    {
      name: name('劳动节', 'Labour Day'),
      off: ['2025-05-01', '2025-05-05'],
      makeUp: ['2025-04-27'],
    },
    { name: name('端午节', 'Dragon Boat Festival'), off: ['2025-05-31', '2025-06-02'], makeUp: [] },
    {
      name: name('国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
      off: ['2025-10-01', '2025-10-08'],
      makeUp: ['2025-09-28', '2025-10-11'],
    },
  ],
};

export const CN_HOLIDAYS_2026: HolidayYear = {
  year: 2026,
  status: 'published',
  source: '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）',
  periods: [
    {
      name: name('元旦', "New Year's Day"),
      off: ['2026-01-01', '2026-01-03'],
      makeUp: ['2026-01-04'],
    },
    {
      name: name('春节', 'Spring Festival'),
      off: ['2026-02-15', '2026-02-23'],
      makeUp: ['2026-02-14', '2026-02-28'],
    },
    { name: name('清明节', 'Qingming Festival'), off: ['2026-04-04', '2026-04-06'], makeUp: [] },
    {
      name: name('劳动节', 'Labour Day'),
      off: ['2026-05-01', '2026-05-05'],
      makeUp: ['2026-05-09'],
    },
    { name: name('端午节', 'Dragon Boat Festival'), off: ['2026-06-19', '2026-06-21'], makeUp: [] },
    { name: name('中秋节', 'Mid-Autumn Festival'), off: ['2026-09-25', '2026-09-27'], makeUp: [] },
    {
      name: name('国庆节', 'National Day'),
      off: ['2026-10-01', '2026-10-07'],
      makeUp: ['2026-09-20', '2026-10-10'],
    },
  ],
};

export const CN_HOLIDAYS: readonly HolidayYear[] = [CN_HOLIDAYS_2025, CN_HOLIDAYS_2026];

export interface HolidayLists {
  readonly holidays: readonly string[];
  readonly makeUpWorkdays: readonly string[];
}

/** Flattens published periods into the two date lists a calendar needs. */
export function expandHolidayYears(years: readonly HolidayYear[]): HolidayLists {
  const holidays: string[] = [];
  const makeUpWorkdays: string[] = [];
  for (const year of years) {
    for (const period of year.periods) {
      holidays.push(...isoDateRange(period.off[0], period.off[1]));
      makeUpWorkdays.push(...period.makeUp);
    }
  }
  return { holidays, makeUpWorkdays };
}

const DAY_MS = 86_400_000;

function isoDateRange(first: string, last: string): string[] {
  const dates: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end; t += DAY_MS) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}
