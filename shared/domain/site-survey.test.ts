import { describe, expect, it } from 'vitest';
import { surveyProblems } from './site-survey';
import { siteSurveyFixture } from './testing/site-survey';

const NOW = Date.parse('2026-12-03T10:00:00+08:00');

const good = siteSurveyFixture({ surveyedAt: NOW - 60_000 });

describe('site survey report', () => {
  it('accepts a complete report', () => {
    expect([...surveyProblems(good, NOW)]).toEqual([]);
  });

  it('names each problem at its field', () => {
    const problems = surveyProblems(
      {
        ...good,
        location: { ...good.location, text: ' ' },
        parties: [{ ...good.parties[0], phone: '12345' }],
        vehicles: [{ plate: '沪A1234', description: '' }],
        liabilityRatio: 60,
        signature: '',
      },
      NOW,
    );
    expect(Object.fromEntries(problems)).toEqual({
      'location.text': 'required',
      'parties.0.phone': 'mobile-invalid',
      'vehicles.0.plate': 'plate-invalid',
      liabilityRatio: 'ratio-invalid',
      signature: 'signature-required',
    });
  });

  it('checks an ID number only when one is given, and refuses a time in the future', () => {
    const wrongId = { ...good, parties: [{ ...good.parties[0], idNumber: '110101199003070000' }] };
    expect(surveyProblems(wrongId, NOW).get('parties.0.idNumber')).toBe('id-invalid');
    expect(surveyProblems({ ...good, surveyedAt: NOW + 3_600_000 }, NOW).get('surveyedAt')).toBe(
      'time-in-future',
    );
  });
});
