export interface ShrunkImage {
  blob: Blob;
  width: number;
  height: number;
}

/**
 * Smaller JPEGs of a photo, one per longest edge asked for, from a single
 * decode. The decoder applies the photo's EXIF orientation, so the copies
 * stand the way the camera held it.
 */
export async function shrinkImage(
  source: Blob,
  maxEdges: readonly number[],
  quality = 0.82,
): Promise<ShrunkImage[]> {
  const bitmap = await createImageBitmap(source);
  try {
    return await Promise.all(
      maxEdges.map(async (maxEdge) => {
        const scale = Math.min(1, maxEdge / Math.max(bitmap.width, bitmap.height));
        const width = Math.max(1, Math.round(bitmap.width * scale));
        const height = Math.max(1, Math.round(bitmap.height * scale));
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('This device cannot draw images off screen.');
        context.drawImage(bitmap, 0, 0, width, height);
        return { blob: await canvas.convertToBlob({ type: 'image/jpeg', quality }), width, height };
      }),
    );
  } finally {
    bitmap.close();
  }
}
