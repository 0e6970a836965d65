import { describe, expect, it } from 'vitest';
import { addDays, addYears, laterOf } from './dates';

describe('dates', () => {
  it('adds days across months and leap years', () => {
    expect(addDays('2024-03-01', 89)).toBe('2024-05-29');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
  });

  it('adds years to the corresponding day, or the month end when there is none', () => {
    expect(addYears('2024-05-10', 2)).toBe('2026-05-10');
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('picks the later of two dates', () => {
    expect(laterOf('2024-01-01', undefined)).toBe('2024-01-01');
    expect(laterOf('2024-01-01', '2025-01-01')).toBe('2025-01-01');
    expect(laterOf('2025-01-01', '2024-01-01')).toBe('2025-01-01');
  });
});
