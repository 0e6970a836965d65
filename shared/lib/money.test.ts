import { describe, expect, it } from 'vitest';
import { formatFen } from './money';

describe('formatFen', () => {
  it('shows fen as yuan with two decimals', () => {
    expect(formatFen(1_234_567)).toBe('¥12,345.67');
  });

  it('refuses fractional fen instead of rounding money silently', () => {
    expect(() => formatFen(10.5)).toThrow(/integer number of fen/);
  });
});
