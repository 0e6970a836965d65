import { describe, expect, it } from 'vitest';
import { dHashOf, hammingDistance } from './dhash';

const image = (pixel: (x: number, y: number) => number) =>
  Array.from({ length: 9 * 8 }, (_, i) => {
    const v = pixel(i % 9, Math.floor(i / 9));
    return [v, v, v, 255];
  }).flat();

describe('dHashOf', () => {
  it('sets a bit where a pixel is brighter than its right-hand neighbour', () => {
    expect(dHashOf(image((x) => 255 - x * 20))).toBe('ffffffffffffffff');
    expect(dHashOf(image((x) => x * 20))).toBe('0000000000000000');
  });

  it('barely changes when the photo is a little brighter', () => {
    const a = dHashOf(image((x, y) => ((x * 37 + y * 11) % 97) + 60));
    const b = dHashOf(image((x, y) => ((x * 37 + y * 11) % 97) + 70));
    expect(hammingDistance(a, b)).toBeLessThanOrEqual(2);
  });
});

describe('hammingDistance', () => {
  it('counts differing bits', () => {
    expect(hammingDistance('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('00000000000000f0', '0000000000000001')).toBe(5);
  });
});
