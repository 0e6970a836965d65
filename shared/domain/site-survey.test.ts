import { describe, expect, it } from 'vitest';
import { surveyProblems, type SiteSurvey } from './site-survey';

const NOW = Date.parse('2026-12-03T10:00:00+08:00');

const good: SiteSurvey = {
  surveyedAt: NOW - 60_000,
  location: { text: 'G2 京沪高速 K1120', lat: 31.2, lng: 121.4, source: 'device' },
  weather: 'rain',
  parties: [{ name: '王伟', role: 'insured', phone: '13800138000', idNumber: '' }],
  vehicles: [{ plate: '沪AD12345', description: '白色轿车' }],
  damages: [{ part: 'front', severity: 'moderate', note: '前保险杠破裂' }],
  liabilityRatio: 70,
  injuries: { count: 0, description: '' },
  policeReportNumber: '',
  signature: 'data:image/png;base64,iVBORw0KGgo=',
};

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
