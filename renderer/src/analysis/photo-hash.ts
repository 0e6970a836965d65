/**
 * A 64-bit difference hash of a photo (dHash): the image shrunk to 9 × 8
 * grey pixels, one bit per neighbouring pair. Near-identical photos, even
 * re-compressed or resized, differ in a few bits. Decoding and scaling are
 * left to the browser, off the main thread.
 */
export async function photoDHash(file: Blob): Promise<string | null> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return null;
  const bitmap = await createImageBitmap(file, {
    resizeWidth: 9,
    resizeHeight: 8,
    resizeQuality: 'medium',
  }).catch(() => null);
  if (!bitmap) return null;
  const canvas = new OffscreenCanvas(9, 8);
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const { data } = context.getImageData(0, 0, 9, 8);
  return dHashOf(data);
}

/** The hash of 9 × 8 RGBA pixels, as 16 hex digits. */
export function dHashOf(rgba: ArrayLike<number>): string {
  const grey = (i: number) =>
    0.299 * (rgba[i * 4] ?? 0) + 0.587 * (rgba[i * 4 + 1] ?? 0) + 0.114 * (rgba[i * 4 + 2] ?? 0);
  let bits = 0n;
  for (let y = 0; y < 8; y++)
    for (let x = 0; x < 8; x++)
      bits = (bits << 1n) | (grey(y * 9 + x) > grey(y * 9 + x + 1) ? 1n : 0n);
  return bits.toString(16).padStart(16, '0');
}
