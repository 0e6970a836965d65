import { describe, expect, it } from 'vitest';
import { addWorkingDays, shanghaiTime } from '@shared/domain/sla/calendar';
import { composeProgressNotice } from './progress-texts';

// A Tuesday at 10:00 in Shanghai, no holiday near.
const NOW = shanghaiTime(2026, 11, 17, 10, 0);
const reviewed = (claimedFen: number, complex = false) =>
  ({
    kind: 'materials-reviewed',
    next: 'LOSS_ASSESSMENT',
    line: 'MEDICAL',
    claimedFen,
    complex,
  }) as const;

describe('progress notices', () => {
  it('tells the customer the case number and when to expect the payment after approval', () => {
    const notice = composeProgressNotice(
      'CLM-2026-000042',
      { kind: 'approved', amountFen: 1_234_500 },
      NOW,
    );
    expect(notice.nextStepAt).toBe(addWorkingDays(NOW, 3));
    expect(notice.body).toContain('CLM-2026-000042');
    expect(notice.body).toContain('12,345.00');
    expect(notice.body).toContain('2026年11月20日 10:00');
    expect(notice.body).toContain(notice.nextStep);
  });

  it('promises a small claim its decision within a day and a complex one within thirty', () => {
    const day = 86_400_000;
    expect(composeProgressNotice('C', reviewed(200_000), NOW).nextStepAt).toBe(NOW + day);
    expect(composeProgressNotice('C', reviewed(200_000, true), NOW).nextStepAt).toBe(
      NOW + 30 * day,
    );
    const ordinary = composeProgressNotice('C', reviewed(2_000_000), NOW);
    expect(ordinary.nextStepAt).toBe(NOW + 5 * day);
    expect(ordinary.body).toContain('定损');
  });

  it('words every step in Chinese with its expectation', () => {
    for (const step of [
      { kind: 'accepted' },
      { kind: 'paid', amountFen: 100 },
      reviewed(1),
    ] as const) {
      const notice = composeProgressNotice('CLM-1', step, NOW);
      expect(notice.body).toMatch(/^您好！您的理赔案件 CLM-1 /);
      expect(notice.nextStepAt).toBeGreaterThan(NOW);
    }
  });
});
