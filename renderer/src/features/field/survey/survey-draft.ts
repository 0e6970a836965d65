import type { SiteSurvey } from '@shared/domain/site-survey';
import type { CaseRecord } from '@shared/sync/records';

/** A liability split not chosen yet; the schema refuses it until one is. */
export const NO_RATIO = -1;

/** A fresh report for the case: what the case already says, the rest left to fill in. */
export function blankSurvey(record: CaseRecord, now: number): SiteSurvey {
  const hasPosition = record.lossLat !== null && record.lossLng !== null;
  return {
    surveyedAt: now,
    location: {
      text: record.lossLocation,
      lat: record.lossLat,
      lng: record.lossLng,
      source: hasPosition ? 'device' : 'typed',
    },
    weather: 'clear',
    parties: [
      { name: record.customer.name, role: 'insured', phone: record.customer.phone, idNumber: '' },
    ],
    vehicles: [],
    damages: [],
    liabilityRatio: NO_RATIO,
    injuries: { count: 0, description: '' },
    policeReportNumber: '',
    signature: '',
  };
}

/** A stored draft is whatever was typed; anything that is not a draft at all is ignored. */
export function asDraft(value: unknown): SiteSurvey | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<SiteSurvey>;
  return typeof v.surveyedAt === 'number' &&
    typeof v.location === 'object' &&
    Array.isArray(v.parties)
    ? (value as SiteSurvey)
    : null;
}
