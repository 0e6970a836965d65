import { describe, expect, it } from 'vitest';
import { dHashOf, hammingDistance } from './dhash';

function gradient(rising: boolean): number[] {
  const rgba: number[] = [];
  for (let y = 0; y < 8; y++)
    for (let x = 0; x < 9; x++) {
      const v = rising ? x * 20 : 200 - x * 20;
      rgba.push(v, v, v, 255);
    }
  return rgba;
}

describe('dHashOf', () => {
  it('sets a bit where a pixel is brighter than its right neighbour', () => {
    expect(dHashOf(gradient(false))).toBe('ffffffffffffffff');
    expect(dHashOf(gradient(true))).toBe('0000000000000000');
  });
});

describe('hammingDistance', () => {
  it('counts differing bits', () => {
    expect(hammingDistance('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('00000000000000f0', '0000000000000001')).toBe(5);
  });
});
