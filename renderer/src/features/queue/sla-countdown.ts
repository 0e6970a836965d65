const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface Countdown {
  /** Overdue rather than time left. */
  readonly overdue: boolean;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
}

/**
 * Time left (or overdue) in the two largest units that matter: days and
 * hours past a day, hours and minutes below it. Rounded down, so "0 min"
 * left never reads as time to spare.
 */
export function countdown(remainingMs: number): Countdown {
  const overdue = remainingMs < 0;
  const ms = Math.abs(remainingMs);
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = days > 0 ? 0 : Math.floor((ms % HOUR) / MINUTE);
  return { overdue, days, hours, minutes };
}

export function formatCountdown(c: Countdown, language: 'zh-CN' | 'en'): string {
  const parts =
    c.days > 0
      ? [unit(c.days, 'day', language), c.hours > 0 ? unit(c.hours, 'hour', language) : '']
      : c.hours > 0
        ? [unit(c.hours, 'hour', language), unit(c.minutes, 'minute', language)]
        : [unit(c.minutes, 'minute', language)];
  const span = parts.filter(Boolean).join(language === 'zh-CN' ? '' : ' ');
  if (language === 'zh-CN') return c.overdue ? `超期 ${span}` : `剩 ${span}`;
  return c.overdue ? `${span} overdue` : `${span} left`;
}

function unit(n: number, which: 'day' | 'hour' | 'minute', language: 'zh-CN' | 'en'): string {
  if (language === 'zh-CN') return `${n}${{ day: '天', hour: '小时', minute: '分' }[which]}`;
  return `${n} ${{ day: 'd', hour: 'h', minute: 'min' }[which]}`;
}
