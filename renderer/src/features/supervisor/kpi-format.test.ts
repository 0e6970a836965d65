import { describe, expect, it } from 'vitest';
import { formatKpi, formatTarget } from './kpi-format';

describe('KPI formatting', () => {
  it('reads shares as percentages, cycle time in days, requests per claim', () => {
    expect(formatKpi(0.9234, 'share', 'en')).toBe('92.3 %');
    expect(formatKpi(3.46, 'days', 'zh-CN')).toBe('3.5 天');
    expect(formatKpi(0.8, 'perClaim', 'en')).toBe('0.8 per claim');
    expect(formatKpi(null, 'share', 'en')).toBe('—');
  });

  it('states the target with its comparison', () => {
    expect(formatTarget({ comparison: 'below', value: 0.03 }, 'share', 'zh-CN')).toBe('< 3 %');
    expect(formatTarget({ comparison: 'atMost', value: 3.5 }, 'days', 'en')).toBe('≤ 3.5 days');
  });
});
