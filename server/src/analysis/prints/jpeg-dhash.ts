import jpeg from 'jpeg-js';
import { dHashOf } from '@shared/analysis/dhash';

/** Larger photos are refused rather than decoded: a hostile file must not exhaust the service's memory. */
const MAX_MEGAPIXELS = 50;
const MAX_DECODE_MB = 512;

/**
 * The dHash of a JPEG as the service computes it: decoded in full, then
 * each of the 9 × 8 cells averaged over a grid of its pixels. Hashes from
 * this and the workstation's browser decoder differ by a bit or two; the
 * service compares only its own.
 */
export function jpegDHash(bytes: Uint8Array): string {
  const image = jpeg.decode(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    maxResolutionInMP: MAX_MEGAPIXELS,
    maxMemoryUsageInMB: MAX_DECODE_MB,
  });
  const cells = new Float64Array(9 * 8 * 4);
  for (let gy = 0; gy < 8; gy++) {
    for (let gx = 0; gx < 9; gx++) {
      const x0 = Math.floor((gx * image.width) / 9);
      const x1 = Math.max(x0 + 1, Math.floor(((gx + 1) * image.width) / 9));
      const y0 = Math.floor((gy * image.height) / 8);
      const y1 = Math.max(y0 + 1, Math.floor(((gy + 1) * image.height) / 8));
      // Every pixel of a 12-megapixel photo is more than the hash needs; a sparse grid averages as well.
      const step = Math.max(1, Math.floor(Math.min(x1 - x0, y1 - y0) / 16));
      let r = 0;
      let g = 0;
      let b = 0;
      let n = 0;
      for (let y = y0; y < y1; y += step)
        for (let x = x0; x < x1; x += step) {
          const i = (y * image.width + x) * 4;
          r += image.data[i] ?? 0;
          g += image.data[i + 1] ?? 0;
          b += image.data[i + 2] ?? 0;
          n++;
        }
      const cell = (gy * 9 + gx) * 4;
      cells[cell] = r / n;
      cells[cell + 1] = g / n;
      cells[cell + 2] = b / n;
    }
  }
  return dHashOf(cells);
}
