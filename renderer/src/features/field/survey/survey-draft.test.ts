import { surveyProblems } from '@shared/domain/site-survey';
import type { CaseRecord } from '@shared/sync/records';
import { describe, expect, it } from 'vitest';
import { asDraft, blankSurvey } from './survey-draft';

const record = {
  lossLocation: 'G2 京沪高速 K1120',
  lossLat: null,
  lossLng: null,
  customer: { name: '赵明', phone: '13912345678' },
} as unknown as CaseRecord;

describe('a fresh site survey', () => {
  it('starts from what the case already says, asking for what only the scene can tell', () => {
    const survey = blankSurvey(record, 1_000);
    expect(survey.location).toEqual({
      text: 'G2 京沪高速 K1120',
      lat: null,
      lng: null,
      source: 'typed',
    });
    expect(survey.parties).toEqual([
      { name: '赵明', role: 'insured', phone: '13912345678', idNumber: '' },
    ]);
    expect(Object.fromEntries(surveyProblems(survey, 1_000))).toEqual({
      liabilityRatio: 'ratio-invalid',
      signature: 'signature-required',
    });
  });

  it('takes back a stored draft, and ignores anything that is not one', () => {
    const survey = blankSurvey(record, 1_000);
    expect(asDraft(survey)).toBe(survey);
    expect(asDraft({ surveyedAt: 'yesterday' })).toBeNull();
    expect(asDraft(null)).toBeNull();
  });
});
