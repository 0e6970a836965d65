import piexif from 'piexifjs';
import { photoFixture } from './photo';

/** "2026:12:03 09:15:00": EXIF's wall-clock time, here China Standard Time. */
function exifTime(at: number): string {
  return new Date(at + 8 * 3_600_000)
    .toISOString()
    .slice(0, 19)
    .replace('T', ' ')
    .replace(/-/gu, ':');
}

/** A phone photo: a real JPEG with capture time and GPS position in its EXIF. */
export function exifPhotoFixture(
  name: string,
  seed: number,
  taken: { at: number; lat: number; lng: number },
): { name: string; mimeType: string; buffer: Buffer } {
  const plain = photoFixture(name, seed);
  const exif = piexif.dump({
    '0th': { [piexif.ImageIFD.Make]: 'Huawei', [piexif.ImageIFD.Model]: 'P60' },
    Exif: { [piexif.ExifIFD.DateTimeOriginal]: exifTime(taken.at) },
    GPS: {
      [piexif.GPSIFD.GPSLatitudeRef]: 'N',
      [piexif.GPSIFD.GPSLatitude]: piexif.GPSHelper.degToDmsRational(taken.lat),
      [piexif.GPSIFD.GPSLongitudeRef]: 'E',
      [piexif.GPSIFD.GPSLongitude]: piexif.GPSHelper.degToDmsRational(taken.lng),
    },
  });
  const withExif = piexif.insert(exif, plain.buffer.toString('latin1'));
  return { ...plain, buffer: Buffer.from(withExif, 'latin1') };
}
