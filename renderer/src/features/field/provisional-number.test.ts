import { describe, expect, it } from 'vitest';
import { provisionalNumber } from './provisional-number';

describe('provisional case numbers', () => {
  it('say when the case was created and end in a random tail', () => {
    const at = new Date(2026, 11, 3, 9, 5).getTime();
    expect(provisionalNumber(at, () => 0)).toBe('TMP-261203-0905-000');
    expect(provisionalNumber(at, () => 0.999999)).toMatch(/^TMP-261203-0905-[0-9A-Z]{3}$/u);
  });
});
