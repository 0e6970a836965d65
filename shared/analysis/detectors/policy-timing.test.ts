import { describe, expect, it } from 'vitest';
import { lossJustBeforeExpiry, lossSoonAfterPolicyStart } from './policy-timing';
import { CASE, DAY, HOUR } from './test-fixtures';

const severity = (found: readonly { severity: string }[]) => found[0]?.severity ?? null;

describe('loss soon after the policy starts', () => {
  it.each([
    ['hours after', 5 * HOUR, 'high'],
    ['six days after', 6 * DAY, 'medium'],
    ['just under fifteen days after', 15 * DAY - HOUR, 'medium'],
    ['fifteen days after', 15 * DAY, null],
    ['months after', 200 * DAY, null],
    ['before cover began', -DAY, null],
  ])('%s: %s', (_what, after, expected) => {
    const c = { ...CASE, policyStart: CASE.lossAt - after };
    expect(severity(lossSoonAfterPolicyStart(c))).toBe(expected);
  });

  it('is a case-level finding with the dates', () => {
    const [f] = lossSoonAfterPolicyStart({ ...CASE, policyStart: CASE.lossAt - 6 * DAY });
    expect(f).toMatchObject({ documentId: null, page: null, region: null });
    expect(f?.evidence).toEqual({
      lossAt: '2026-10-29 14:00',
      policyStart: '2026-10-23',
      daysAfterStart: 6,
    });
  });

  it('needs a policy start', () => {
    expect(lossSoonAfterPolicyStart({ ...CASE, policyStart: null })).toEqual([]);
  });
});

describe('loss just before the policy expires', () => {
  it.each([
    ['the last day', 2 * HOUR, 'high'],
    ['a week before', 7 * DAY, 'medium'],
    ['just under fifteen days before', 15 * DAY - HOUR, 'medium'],
    ['fifteen days before', 15 * DAY, null],
    ['after expiry', -DAY, null],
  ])('%s: %s', (_what, before, expected) => {
    const c = { ...CASE, policyEnd: CASE.lossAt + before };
    expect(severity(lossJustBeforeExpiry(c))).toBe(expected);
  });
});
