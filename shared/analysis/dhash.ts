/**
 * A 64-bit difference hash (dHash) of a photo: the image shrunk to 9 × 8
 * grey pixels, one bit per neighbouring pair. Near-identical photos, even
 * re-compressed or resized, differ in a few bits. Shrinking is left to the
 * platform (the browser's decoder, or a JPEG decoder on the service).
 */
export function dHashOf(rgba: ArrayLike<number>): string {
  const grey = (i: number) =>
    0.299 * (rgba[i * 4] ?? 0) + 0.587 * (rgba[i * 4 + 1] ?? 0) + 0.114 * (rgba[i * 4 + 2] ?? 0);
  let bits = 0n;
  for (let y = 0; y < 8; y++)
    for (let x = 0; x < 8; x++)
      bits = (bits << 1n) | (grey(y * 9 + x) > grey(y * 9 + x + 1) ? 1n : 0n);
  return bits.toString(16).padStart(16, '0');
}

/** How many of the 64 bits two hashes (16 hex digits each) differ in. */
export function hammingDistance(a: string, b: string): number {
  let v = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let count = 0;
  while (v > 0n) {
    v &= v - 1n;
    count++;
  }
  return count;
}
