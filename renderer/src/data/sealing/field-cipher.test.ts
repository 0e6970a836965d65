import { describe, expect, it } from 'vitest';
import { createFieldCipher, isSealed, SealedValueError } from './field-cipher';

const key = (fill: number) => new Uint8Array(32).fill(fill);

describe('field cipher', () => {
  const cipher = createFieldCipher(key(7));

  it('opens what it sealed, for strings and structured values', () => {
    for (const value of [
      '310101199001011234',
      '13800138000',
      { parties: [{ phone: '1' }] },
      null,
    ]) {
      const sealed = cipher.seal(value, 'cases|customer.phone');
      expect(isSealed(sealed)).toBe(true);
      expect(cipher.open(sealed, 'cases|customer.phone')).toEqual(value);
    }
  });

  it('never shows the value and never seals the same value the same way twice', () => {
    const a = cipher.seal('13800138000', 'p');
    const b = cipher.seal('13800138000', 'p');
    expect(a).not.toContain('13800138000');
    expect(a).not.toBe(b);
  });

  it('refuses a value moved to another field, altered, or sealed under another key', () => {
    const sealed = cipher.seal('310101199001011234', 'cases|customer.idNumber');
    expect(() => cipher.open(sealed, 'cases|customer.phone')).toThrow(SealedValueError);
    const flipped = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => cipher.open(flipped, 'cases|customer.idNumber')).toThrow(SealedValueError);
    expect(() => createFieldCipher(key(8)).open(sealed, 'cases|customer.idNumber')).toThrow(
      /altered or sealed under another key/,
    );
  });

  it('takes only a 256-bit key', () => {
    expect(() => createFieldCipher(new Uint8Array(16))).toThrow(/32 bytes/);
  });
});
