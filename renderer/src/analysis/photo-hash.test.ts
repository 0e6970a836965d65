import { describe, expect, it } from 'vitest';
import { dHashOf } from './photo-hash';

const image = (pixel: (x: number, y: number) => number) =>
  Array.from({ length: 9 * 8 }, (_, i) => {
    const v = pixel(i % 9, Math.floor(i / 9));
    return [v, v, v, 255];
  }).flat();

describe('difference hash', () => {
  it('sets a bit where a pixel is brighter than its right-hand neighbour', () => {
    expect(dHashOf(image((x) => 255 - x * 20))).toBe('ffffffffffffffff');
    expect(dHashOf(image((x) => x * 20))).toBe('0000000000000000');
  });

  it('barely changes when the photo is a little brighter', () => {
    const a = BigInt(`0x${dHashOf(image((x, y) => ((x * 37 + y * 11) % 97) + 60))}`);
    const b = BigInt(`0x${dHashOf(image((x, y) => ((x * 37 + y * 11) % 97) + 70))}`);
    expect((a ^ b).toString(2).replace(/0/g, '').length).toBeLessThanOrEqual(2);
  });
});
