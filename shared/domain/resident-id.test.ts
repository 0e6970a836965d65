import { describe, expect, it } from 'vitest';
import { isValidResidentId, residentIdCheckChar } from './resident-id';

describe('GB 11643 resident ID check character', () => {
  it('accepts the standard example and a lower-case x', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
  });

  it('rejects a wrong check character or a wrong length', () => {
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('1101051949123100')).toBe(false);
  });

  it('computes the check character from the first 17 digits', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(() => residentIdCheckChar('abc')).toThrow(/17 digits/);
  });
});
