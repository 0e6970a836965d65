import type { Severity } from '../anomaly-kinds';
import { distanceMetres } from '../../lib/geo';
import { dateTimeEn, dateTimeZh, isoDateTime } from './china-time';
import { type DocumentDetector, daysEn, finding, NOWHERE } from './finding';
import { DAY_MS, HOUR_MS, THRESHOLDS } from './thresholds';

/**
 * What a photo's EXIF says about when and where it was taken, against the
 * loss it is meant to show. Photos are about the whole picture, so their
 * findings point at no region.
 */
export const photoAfterReport: DocumentDetector = (doc, c) => {
  if (doc.kind !== 'photo' || doc.takenAt === null) return [];
  const after = doc.takenAt - c.reportedAt;
  if (after <= THRESHOLDS.photoAfterReportMs) return [];
  const hours = Math.round(after / HOUR_MS);
  const days = Math.floor(after / DAY_MS);
  return [
    finding(
      'photo-after-report',
      'medium',
      doc.documentId,
      NOWHERE,
      {
        takenAt: isoDateTime(doc.takenAt),
        reportedAt: isoDateTime(c.reportedAt),
        hoursAfterReport: hours,
        camera: doc.camera,
      },
      `照片拍摄于 ${dateTimeZh(doc.takenAt)}，在报案（${dateTimeZh(c.reportedAt)}）之后 ${days} 天：` +
        '现场照片应在出险时拍摄，事后补拍的照片可能不是本次事故的现场，或损失是后来造成的。',
      `The photo was taken on ${dateTimeEn(doc.takenAt)}, ${daysEn(days)} after the claim was reported ` +
        `(${dateTimeEn(c.reportedAt)}): scene photos are taken at the loss; one taken later may show ` +
        'another scene or damage done afterwards.',
    ),
  ];
};

export const photoLongBeforeLoss: DocumentDetector = (doc, c) => {
  if (doc.kind !== 'photo' || doc.takenAt === null) return [];
  const before = c.lossAt - doc.takenAt;
  if (before <= THRESHOLDS.photoBeforeLossMs) return [];
  const days = Math.floor(before / DAY_MS);
  const severity: Severity = before > THRESHOLDS.photoBeforeLossHighMs ? 'high' : 'medium';
  return [
    finding(
      'photo-long-before-loss',
      severity,
      doc.documentId,
      NOWHERE,
      {
        takenAt: isoDateTime(doc.takenAt),
        lossAt: isoDateTime(c.lossAt),
        daysBeforeLoss: days,
        camera: doc.camera,
      },
      `照片拍摄于 ${dateTimeZh(doc.takenAt)}，比出险时间（${dateTimeZh(c.lossAt)}）早 ${days} 天：` +
        '照片里的损失在事故前就已存在，可能是旧损或借用的照片；也可能是相机时间设置错误。',
      `The photo was taken on ${dateTimeEn(doc.takenAt)}, ${daysEn(days)} before the loss ` +
        `(${dateTimeEn(c.lossAt)}): the damage it shows predates the loss (old damage or a borrowed ` +
        "photo), unless the camera's clock was wrong.",
    ),
  ];
};

export const gpsFarFromLoss: DocumentDetector = (doc, c) => {
  if (doc.kind !== 'photo' || c.lossLat === null || c.lossLng === null) return [];
  const { latitude: lat, longitude: lng } = doc;
  // 0,0 is what a phone without a fix writes, not a place in China.
  if (lat === null || lng === null || (lat === 0 && lng === 0)) return [];
  const metres = distanceMetres(c.lossLat, c.lossLng, lat, lng);
  if (metres <= THRESHOLDS.gpsFarMetres) return [];
  const km = Math.round(metres / 1000);
  const severity: Severity = metres > THRESHOLDS.gpsVeryFarMetres ? 'high' : 'medium';
  return [
    finding(
      'gps-far-from-loss',
      severity,
      doc.documentId,
      NOWHERE,
      {
        photoLat: round6(lat),
        photoLng: round6(lng),
        lossLat: c.lossLat,
        lossLng: c.lossLng,
        distanceKm: km,
      },
      `照片的拍摄位置距报案的出险地点约 ${km} 公里：照片可能不是在事故现场拍摄的。`,
      `The photo was taken about ${km} km from the reported loss location: it may not show the scene of this loss.`,
    ),
  ];
};

export const exifStripped: DocumentDetector = (doc) => {
  if (doc.kind !== 'photo' || doc.hasExif) return [];
  return [
    finding(
      'exif-stripped',
      'low',
      doc.documentId,
      NOWHERE,
      { hasExif: false, fileName: doc.fileName },
      '照片不含任何拍摄信息（EXIF）：无法核实拍摄时间、地点和设备。微信等应用转发时会去除这些信息，' +
        '可请客户提供原图。',
      'The photo carries no capture data (EXIF): when, where and with what it was taken cannot be ' +
        'checked. Messaging apps such as WeChat strip it on forwarding; ask for the original file.',
    ),
  ];
};

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
