import { describe, expect, it } from 'vitest';
import { repeatClaims } from './repeat-claims';
import { claim, DAY, T0 } from './test-fixtures';

describe('repeatClaims', () => {
  const first = claim('a', { customerId: 'p', reportedAt: T0 });
  const second = claim('b', { customerId: 'p', reportedAt: T0 + 12 * DAY });
  const third = claim('c', { customerId: 'p', reportedAt: T0 + 25 * DAY });

  it('flags each claim of a run of three by one party within 30 days, listing the others', () => {
    const run = [first, second, third];
    for (const c of run) {
      const [found] = repeatClaims(c, run);
      expect(found).toMatchObject({
        kind: 'many-claims-same-party',
        severity: 'medium',
        documentId: null,
        evidence: { customerId: 'p', claims: 3, windowDays: 30 },
      });
    }
    expect(repeatClaims(first, run)[0]?.evidence['otherCases']).toBe('CLM-b, CLM-c');
  });

  it('leaves two claims alone, and claims too far apart', () => {
    expect(repeatClaims(first, [first, second])).toEqual([]);
    const later = claim('d', { customerId: 'p', reportedAt: T0 + 90 * DAY });
    expect(repeatClaims(later, [first, second, later])).toEqual([]);
  });
});
