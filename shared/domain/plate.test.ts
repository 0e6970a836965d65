import { describe, expect, it } from 'vitest';
import { isMainlandPlate, isNewEnergyPlate, normalizePlate } from './plate';

describe('mainland licence plates', () => {
  it.each(['沪A12345', '京N8P8F8', '粤B·D12345', '苏E 12345', '浙A1234挂', '川aD12345'])(
    'accepts %s',
    (plate) => {
      expect(isMainlandPlate(plate)).toBe(true);
    },
  );

  it.each([
    ['沪A1234', 'too short'],
    ['沪A123456', 'seven characters without an energy letter'],
    ['XA12345', 'no province'],
    ['沪I12345', 'I is never used'],
    ['沪A1O345', 'O is never used'],
    ['沪AA12345', 'new-energy position without D or F'],
    ['', 'empty'],
  ])('refuses %s (%s)', (plate) => {
    expect(isMainlandPlate(plate)).toBe(false);
  });

  it('tells new-energy plates, small (energy letter first) and large (last)', () => {
    expect(isNewEnergyPlate('粤BD12345')).toBe(true);
    expect(isNewEnergyPlate('粤B12345F')).toBe(true);
    expect(isNewEnergyPlate('粤B12345')).toBe(false);
  });

  it('tidies separators, spaces and case', () => {
    expect(normalizePlate(' 粤b·d1234 5 ')).toBe('粤BD12345');
  });
});
