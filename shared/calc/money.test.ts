import { describe, expect, it } from 'vitest';
import { applyBp, mulDivHalfUp, percent, yuan, yuanLimit } from './money';

describe('mulDivHalfUp', () => {
  it.each([
    [1, 1, 2, 1], // 0.5 → 1
    [1, 1, 3, 0], // 0.33 → 0
    [2, 1, 3, 1], // 0.67 → 1
    [5, 3, 10, 2], // 1.5 → 2
    [7, 6_000, 10_000, 4], // 4.2 → 4
    [0, 7_000, 10_000, 0],
    [123_456_789, 10_000, 10_000, 123_456_789],
  ])('%i × %i ÷ %i = %i', (amount, numerator, denominator, expected) => {
    expect(mulDivHalfUp(amount, numerator, denominator)).toBe(expected);
  });

  it('stays exact when the product exceeds 2^53', () => {
    expect(mulDivHalfUp(9_999_999_999_999, 7_777_777_777_777, 9_999_999_999_999)).toBe(
      7_777_777_777_777,
    );
    expect(mulDivHalfUp(9_999_999_999_999, 1, 2)).toBe(5_000_000_000_000); // …999.5 → up
    expect(mulDivHalfUp(3_000_000_000_001, 3_333_333_333_333, 10_000_000_000_000)).toBe(
      1_000_000_000_000,
    );
  });

  it('refuses a zero denominator', () => {
    expect(() => mulDivHalfUp(1, 1, 0)).toThrow(RangeError);
  });

  it('applies basis points', () => {
    expect(applyBp(1_000_001, 5_000)).toBe(500_001);
  });
});

describe('wording of amounts', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [1_230_000, '12,300.00'],
    [123_456_789, '1,234,567.89'],
  ])('yuan(%i) = %s', (fen, text) => {
    expect(yuan(fen)).toBe(text);
  });

  it('shows whole-yuan limits without decimals', () => {
    expect(yuanLimit(1_800_000)).toBe('18,000');
    expect(yuanLimit(1_800_050)).toBe('18,000.50');
  });

  it('shows basis points as a percentage', () => {
    expect(percent(7_000)).toBe('70%');
    expect(percent(1_250)).toBe('12.5%');
  });
});
