import { describe, expect, it } from 'vitest';
import { UUID_V7_PATTERN, uuidv7 } from './uuidv7';

describe('uuidv7', () => {
  it('has the version and variant bits of RFC 9562', () => {
    expect(uuidv7()).toMatch(UUID_V7_PATTERN);
  });

  it('encodes the timestamp so ids sort by creation time', () => {
    const zeros = new Uint8Array(10);
    const a = uuidv7(1_700_000_000_000, zeros);
    const b = uuidv7(1_700_000_000_001, zeros);
    expect(a < b).toBe(true);
    expect(a.slice(0, 13).replace('-', '')).toBe(
      (1_700_000_000_000).toString(16).padStart(12, '0'),
    );
  });

  it('refuses a timestamp it cannot encode', () => {
    expect(() => uuidv7(-1)).toThrow(/out of range/);
  });
});
