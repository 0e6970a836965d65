import type { SiteSurvey } from '../site-survey';

/** A complete site survey as a surveyor submits it, for tests; override what the test is about. */
export function siteSurveyFixture(overrides: Partial<SiteSurvey> = {}): SiteSurvey {
  return {
    surveyedAt: Date.UTC(2026, 11, 3, 2),
    location: { text: 'G2 京沪高速 K1120 北向', lat: 31.2, lng: 121.4, source: 'device' },
    weather: 'rain',
    parties: [{ name: '王伟', role: 'insured', phone: '13800138000', idNumber: '' }],
    vehicles: [{ plate: '沪AD12345', description: '白色轿车' }],
    damages: [{ part: 'front', severity: 'moderate', note: '前保险杠破裂' }],
    liabilityRatio: 70,
    injuries: { count: 0, description: '' },
    policeReportNumber: '',
    signature: 'data:image/png;base64,iVBORw0KGgo=',
    ...overrides,
  };
}
