import { dHashOf } from '@shared/analysis/dhash';

/**
 * A photo's dHash (shared/analysis/dhash.ts), shrunk to 9 × 8 by the
 * browser's own decoder, in the extraction worker.
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
