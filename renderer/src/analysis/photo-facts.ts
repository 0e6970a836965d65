import exifr from 'exifr';
import type { PhotoFacts } from '@shared/analysis/facts';

/**
 * What a photo says about itself. EXIF times carry no zone unless the
 * camera wrote an offset; without one they are read as China Standard
 * Time, where the customers' photos are taken.
 */
export async function photoFacts(
  bytes: Uint8Array,
  about: { documentId: string; fileName: string; docType: string | null },
  dHash: (bytes: Uint8Array) => Promise<string | null> = async () => null,
): Promise<PhotoFacts> {
  const tags = await exifr
    .parse(bytes, { tiff: true, exif: true, gps: true, reviveValues: false })
    .catch(() => null);
  const t: Record<string, unknown> = typeof tags === 'object' && tags !== null ? tags : {};
  const camera = [t['Make'], t['Model']]
    .filter((v) => typeof v === 'string')
    .join(' ')
    .trim();
  const number = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) ? value : null;
  return {
    kind: 'photo',
    ...about,
    hasExif: Object.keys(t).length > 0,
    takenAt: exifTime(t['DateTimeOriginal'] ?? t['CreateDate'], t['OffsetTimeOriginal']),
    latitude: number(t['latitude']),
    longitude: number(t['longitude']),
    camera: camera || null,
    width: number(t['ExifImageWidth'] ?? t['ImageWidth']) ?? 0,
    height: number(t['ExifImageHeight'] ?? t['ImageHeight']) ?? 0,
    dHash: await dHash(bytes),
  };
}

/** "2026:10:30 00:37:58" (and an optional "+08:00") in epoch milliseconds. */
export function exifTime(value: unknown, offset: unknown): number | null {
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(String(value ?? ''));
  if (!match) return null;
  const zone = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : '+08:00';
  const [, y, mo, d, h, mi, s] = match;
  const time = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
  return Number.isNaN(time) ? null : time;
}
