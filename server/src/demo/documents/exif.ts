import piexif from 'piexifjs';
import { exifDateTime } from './dates';
import { PHOTO_HEIGHT, PHOTO_WIDTH } from './scene';

export interface Phone {
  make: string;
  model: string;
  software: string;
}

export interface ExifFacts {
  takenAt: number;
  lat: number;
  lng: number;
  phone: Phone;
}

/**
 * The APP1 payload a phone camera writes: local capture time without a
 * zone (Asia/Shanghai wall clock), the device, and GPS with a UTC stamp.
 */
export function exifPayload(facts: ExifFacts): Uint8Array {
  const local = exifDateTime(facts.takenAt);
  const utc = new Date(facts.takenAt);
  const dict: piexif.ExifDict = {
    '0th': {
      [piexif.ImageIFD.Make]: facts.phone.make,
      [piexif.ImageIFD.Model]: facts.phone.model,
      [piexif.ImageIFD.Software]: facts.phone.software,
      [piexif.ImageIFD.DateTime]: local,
      [piexif.ImageIFD.Orientation]: 1,
      [piexif.ImageIFD.XResolution]: [72, 1],
      [piexif.ImageIFD.YResolution]: [72, 1],
      [piexif.ImageIFD.ResolutionUnit]: 2,
    },
    Exif: {
      [piexif.ExifIFD.DateTimeOriginal]: local,
      [piexif.ExifIFD.DateTimeDigitized]: local,
      [piexif.ExifIFD.PixelXDimension]: PHOTO_WIDTH,
      [piexif.ExifIFD.PixelYDimension]: PHOTO_HEIGHT,
      [piexif.ExifIFD.ExposureTime]: [1, 120],
      [piexif.ExifIFD.FNumber]: [18, 10],
      [piexif.ExifIFD.ISOSpeedRatings]: 100,
      [piexif.ExifIFD.FocalLength]: [473, 100],
    },
    GPS: {
      [piexif.GPSIFD.GPSVersionID]: [2, 2, 0, 0],
      [piexif.GPSIFD.GPSLatitudeRef]: facts.lat >= 0 ? 'N' : 'S',
      [piexif.GPSIFD.GPSLatitude]: piexif.GPSHelper.degToDmsRational(Math.abs(facts.lat)),
      [piexif.GPSIFD.GPSLongitudeRef]: facts.lng >= 0 ? 'E' : 'W',
      [piexif.GPSIFD.GPSLongitude]: piexif.GPSHelper.degToDmsRational(Math.abs(facts.lng)),
      [piexif.GPSIFD.GPSDateStamp]: exifDateTime(facts.takenAt - 8 * 3_600_000).slice(0, 10),
      [piexif.GPSIFD.GPSTimeStamp]: [
        [utc.getUTCHours(), 1],
        [utc.getUTCMinutes(), 1],
        [utc.getUTCSeconds(), 1],
      ],
    },
  };
  return Uint8Array.from(Buffer.from(piexif.dump(dict), 'latin1'));
}
