import { describe, expect, it } from 'vitest';
import { composeMaterialsNotice, noticeInRound, reviewRound } from './materials-notice';

const enter = (toState: 'MATERIALS_REVIEW' | 'PENDING_MATERIALS') => ({
  kind: 'transition',
  toState,
});

describe('missing-materials notice', () => {
  it('starts a new review round each time the case enters materials review', () => {
    expect(reviewRound([])).toBe(0);
    expect(reviewRound([enter('MATERIALS_REVIEW')])).toBe(1);
    expect(
      reviewRound([
        enter('MATERIALS_REVIEW'),
        enter('PENDING_MATERIALS'),
        { kind: 'contact', toState: null },
        enter('MATERIALS_REVIEW'),
      ]),
    ).toBe(2);
  });

  it('finds the notice already sent in the same round only', () => {
    const sent = [{ round: 1, at: 10 }];
    expect(noticeInRound(sent, 1)).toEqual({ round: 1, at: 10 });
    expect(noticeInRound(sent, 2)).toBeUndefined();
  });

  it('lists exactly the items given, numbered, with instructions in either language', () => {
    const zh = composeMaterialsNotice(
      'BA2026000001',
      ['expense-list', 'discharge-summary'],
      'zh-CN',
    );
    expect(zh).toContain('BA2026000001');
    expect(zh).toMatch(/^1\. 费用清单：/mu);
    expect(zh).toMatch(/^2\. 出院小结或门诊病历：/mu);
    expect(zh).not.toMatch(/^3\./mu);
    const en = composeMaterialsNotice('BA2026000001', ['claimant-id'], 'en');
    expect(en).toMatch(/^1\. Claimant's ID card: Upload photos/mu);
  });
});
