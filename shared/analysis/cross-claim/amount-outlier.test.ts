import { describe, expect, it } from 'vitest';
import { amountOutlier, medianOf, peerStats } from './amount-outlier';
import { claim } from './test-fixtures';

/** 40 claims spread evenly from ¥20,000 to ¥80,000. */
const PEERS = Array.from({ length: 40 }, (_, i) => 2_000_000 + i * 150_000);

describe('amountOutlier', () => {
  it('flags an amount far above its peers by the modified z-score', () => {
    const stats = peerStats(PEERS, 'line-region');
    const [found] = amountOutlier(claim('c', { claimedFen: 40_000_000 }), stats);
    expect(found).toMatchObject({
      kind: 'amount-outlier',
      severity: 'high',
      documentId: null,
      evidence: { claimedFen: 40_000_000, peers: 40, peerScope: 'line-region' },
    });
    expect(Number(found?.evidence['robustZ'])).toBeGreaterThan(7);
    expect(found?.explanation['zh-CN']).toContain('上海市同险种');
  });

  it('rates a moderate outlier medium', () => {
    const stats = peerStats(PEERS, 'line');
    const [found] = amountOutlier(claim('c', { claimedFen: 15_000_000 }), stats);
    expect(found?.severity).toBe('medium');
    expect(found?.explanation.en).toContain('nationwide');
  });

  it('leaves amounts within the spread, amounts below it, and thin peer groups alone', () => {
    const stats = peerStats(PEERS, 'line-region');
    expect(amountOutlier(claim('c', { claimedFen: 8_000_000 }), stats)).toEqual([]);
    expect(amountOutlier(claim('c', { claimedFen: 10 }), stats)).toEqual([]);
    const few = peerStats(PEERS.slice(0, 9), 'line-region');
    expect(amountOutlier(claim('c', { claimedFen: 40_000_000 }), few)).toEqual([]);
  });

  it('is not dragged along by other outliers the way a mean would be', () => {
    const skewed = peerStats([...PEERS, 90_000_000, 95_000_000, 99_000_000], 'line');
    expect(amountOutlier(claim('c', { claimedFen: 40_000_000 }), skewed)).toHaveLength(1);
  });
});

describe('medianOf', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(medianOf([3, 1, 2])).toBe(2);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
    expect(medianOf([])).toBeNaN();
  });
});
