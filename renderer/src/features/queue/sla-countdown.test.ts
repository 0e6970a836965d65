import { describe, expect, it } from 'vitest';
import { countdown, formatCountdown } from './sla-countdown';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('SLA countdown', () => {
  it('shows days and hours past a day, hours and minutes below, rounding down', () => {
    expect(formatCountdown(countdown(2 * DAY + 5 * HOUR + 59 * MIN), 'zh-CN')).toBe('剩 2天5小时');
    expect(formatCountdown(countdown(3 * HOUR + 7 * MIN + 59_000), 'en')).toBe('3 h 7 min left');
    expect(formatCountdown(countdown(59_999), 'en')).toBe('0 min left');
    expect(formatCountdown(countdown(DAY), 'zh-CN')).toBe('剩 1天');
  });

  it('says how long overdue', () => {
    expect(formatCountdown(countdown(-(26 * HOUR)), 'zh-CN')).toBe('超期 1天2小时');
    expect(formatCountdown(countdown(-(45 * MIN)), 'en')).toBe('45 min overdue');
  });
});
