import { describe, expect, it } from 'vitest';
import type { PhotoFacts } from '../facts';
import { exifStripped, gpsFarFromLoss, photoAfterReport, photoLongBeforeLoss } from './photo-exif';
import { CASE, DAY, HOUR, pdf, photo } from './test-fixtures';

const severity = (found: readonly { severity: string }[]) => found[0]?.severity ?? null;

describe('photo taken after the report', () => {
  it.each([
    ['at the loss', CASE.lossAt + HOUR, null],
    ['a day after the report', CASE.reportedAt + DAY, null],
    ['a minute more than a day after', CASE.reportedAt + DAY + 60_000, 'medium'],
    ['two weeks after', CASE.reportedAt + 14 * DAY, 'medium'],
    ['with no capture time', null, null],
  ])('%s: %s', (_what, takenAt, expected) => {
    expect(severity(photoAfterReport(photo({ takenAt }), CASE))).toBe(expected);
  });

  it('gives the times in China time', () => {
    const [f] = photoAfterReport(photo({ takenAt: CASE.reportedAt + 3 * DAY }), CASE);
    expect(f?.evidence).toMatchObject({
      takenAt: '2026-11-02 09:00',
      reportedAt: '2026-10-30 09:00',
      hoursAfterReport: 72,
    });
    expect(f?.region).toBeNull();
  });
});

describe('photo taken long before the loss', () => {
  it.each([
    ['an hour before (clock drift)', CASE.lossAt - HOUR, null],
    ['a week before', CASE.lossAt - 7 * DAY, null],
    ['a week and an hour before', CASE.lossAt - 7 * DAY - HOUR, 'medium'],
    ['a month and a day before', CASE.lossAt - 31 * DAY, 'high'],
  ])('%s: %s', (_what, takenAt, expected) => {
    expect(severity(photoLongBeforeLoss(photo({ takenAt }), CASE))).toBe(expected);
  });
});

describe('photo GPS far from the loss', () => {
  // One degree of latitude is about 111 km.
  it.each<[string, Partial<PhotoFacts>, string | null]>([
    ['at the scene', {}, null],
    ['across town (about 44 km)', { latitude: 31.2304 + 0.4 }, null],
    ['about 56 km away', { latitude: 31.2304 + 0.5 }, 'medium'],
    ['in another province (about 890 km)', { latitude: 39.2304 }, 'high'],
    ['without a fix', { latitude: 0, longitude: 0 }, null],
    ['without GPS', { latitude: null, longitude: null }, null],
  ])('%s: %s', (_what, where, expected) => {
    expect(severity(gpsFarFromLoss(photo(where), CASE))).toBe(expected);
  });

  it('needs the loss location', () => {
    expect(gpsFarFromLoss(photo({ latitude: 39.9 }), { ...CASE, lossLat: null })).toEqual([]);
  });

  it('reports the distance in km', () => {
    const [f] = gpsFarFromLoss(photo({ latitude: 39.2304 }), CASE);
    expect(f?.evidence['distanceKm']).toBe(890);
  });
});

describe('photo without EXIF', () => {
  it('flags a photo with none', () => {
    expect(severity(exifStripped(photo({ hasExif: false, takenAt: null }), CASE))).toBe('low');
  });

  it('leaves photos with EXIF and PDFs alone', () => {
    expect(exifStripped(photo(), CASE)).toEqual([]);
    expect(exifStripped(pdf([]), CASE)).toEqual([]);
  });
});
