import { describe, expect, it } from 'vitest';
import { formatFieldValue } from './field-value';

const words = { yes: '是', no: '否', none: '—' };

describe('formatFieldValue', () => {
  it('shows money in yuan, flags as words and empty values as a dash', () => {
    expect(formatFieldValue('claimedFen', 1_250_050, 'zh-CN', words)).toBe('¥12,500.50');
    expect(formatFieldValue('complex', true, 'zh-CN', words)).toBe('是');
    expect(formatFieldValue('lossLat', null, 'zh-CN', words)).toBe('—');
    expect(formatFieldValue('description', '', 'zh-CN', words)).toBe('—');
  });

  it('shows times as dates and anything else as text', () => {
    expect(formatFieldValue('lossAt', Date.UTC(2026, 10, 1, 8), 'en', words)).toMatch(/2026/);
    expect(formatFieldValue('state', 'closed', 'en', words)).toBe('closed');
    expect(formatFieldValue(null, { caseId: 'x' }, 'en', words)).toBe('{"caseId":"x"}');
  });
});
