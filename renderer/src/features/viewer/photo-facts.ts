import exifr from 'exifr';

export interface PhotoFacts {
  takenAt: Date | null;
  camera: string | null;
  latitude: number | null;
  longitude: number | null;
  /** False when the photo carries no capture data at all (stripped, or a screenshot). */
  hasExif: boolean;
}

/** What a photo says about itself: when, with what, and where it was taken. */
export async function readPhotoFacts(file: Blob): Promise<PhotoFacts> {
  const tags: unknown = await exifr
    .parse(await file.arrayBuffer(), { tiff: true, exif: true, gps: true })
    .catch(() => null);
  if (typeof tags !== 'object' || tags === null)
    return { takenAt: null, camera: null, latitude: null, longitude: null, hasExif: false };
  const t = tags as Record<string, unknown>;
  const taken = t['DateTimeOriginal'] ?? t['CreateDate'];
  const camera = [t['Make'], t['Model']]
    .filter((v) => typeof v === 'string')
    .join(' ')
    .trim();
  return {
    takenAt: taken instanceof Date ? taken : null,
    camera: camera || null,
    latitude: typeof t['latitude'] === 'number' ? t['latitude'] : null,
    longitude: typeof t['longitude'] === 'number' ? t['longitude'] : null,
    hasExif: true,
  };
}
