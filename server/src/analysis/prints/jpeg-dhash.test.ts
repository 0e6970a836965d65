import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { hammingDistance } from '@shared/analysis/dhash';
import { jpegDHash } from './jpeg-dhash';

/** A 360 × 240 picture of soft diagonal bands, encoded at `quality`. */
function picture(quality: number, phase = 0): Uint8Array {
  const width = 360;
  const height = 240;
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const v = 128 + 100 * Math.sin((x + 2 * y) / 40 + phase);
      data.set([v, v * 0.8, 255 - v, 255], (y * width + x) * 4);
    }
  return new Uint8Array(jpeg.encode({ data, width, height }, quality).data);
}

describe('jpegDHash', () => {
  it('gives a re-compressed copy nearly the same hash, and another picture a distant one', () => {
    const hash = jpegDHash(picture(90));
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(hammingDistance(hash, jpegDHash(picture(35)))).toBeLessThanOrEqual(4);
    expect(hammingDistance(hash, jpegDHash(picture(90, Math.PI)))).toBeGreaterThan(10);
  });

  it('refuses a file that is not a JPEG', () => {
    expect(() => jpegDHash(new Uint8Array([0xff, 0xd8, 0xff, 0x00, 1, 2, 3]))).toThrow();
  });
});
