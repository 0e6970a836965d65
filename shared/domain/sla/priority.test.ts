import { describe, expect, it } from 'vitest';
import { computeClocks } from './clocks';
import type { SlaFacts } from './facts';
import {
  DEFAULT_PRIORITY_WEIGHTS,
  priorityScore,
  priorityWeightProblems,
  type PriorityScore,
} from './priority';
import { daysAgo, facts, hoursAgo, NOW } from './sla-test-facts';

const score = (caseFacts: SlaFacts): PriorityScore =>
  priorityScore(caseFacts, computeClocks(caseFacts, NOW));

/** Everything that can push a non-green case up, at once. */
const worstNonGreen = facts({
  disaster: true,
  claimedFen: 10_000_000_000,
  agreementAt: daysAgo(400),
  openAnomalyCount: 9,
  maxAnomalySeverity: 'high',
  complaints: [1, 2, 3, 4].map((n) => ({ id: `c${n}`, openedAt: daysAgo(30), complex: true })),
});

describe('priorityScore', () => {
  it('puts a quiet green-channel case above the most pressing non-green case', () => {
    const green = score(facts({ greenChannel: true, claimedFen: 100 }));
    expect(green.score).toBeGreaterThan(score(worstNonGreen).score);
    expect(green.components[0]?.id).toBe('green-channel');
  });

  it('ranks a declared disaster above a breached deadline', () => {
    const disaster = score(facts({ disaster: true }));
    const breached = score(facts({ agreementAt: daysAgo(30), claimedFen: 50_000_000 }));
    expect(disaster.score).toBeGreaterThan(breached.score);
  });

  it('ranks breached above at-risk above ok, whatever the amount', () => {
    const complexCase = (claimedFen: number, completeDaysAgo: number) =>
      facts({ complex: true, claimedFen, materialsCompleteAt: daysAgo(completeDaysAgo) });
    const breached = score(complexCase(100, 31));
    const atRisk = score(complexCase(900_000_000, 26));
    const ok = score(complexCase(900_000_000, 10));
    expect(breached.components.map((c) => c.id)).toContain('sla-breached');
    expect(atRisk.components.map((c) => c.id)).toContain('sla-at-risk');
    expect(breached.score).toBeGreaterThan(atRisk.score);
    expect(atRisk.score).toBeGreaterThan(ok.score);
  });

  it('ranks longer overdue and less time left higher within a band', () => {
    const longOverdue = score(facts({ agreementAt: daysAgo(20) }));
    const justOverdue = score(facts({ agreementAt: daysAgo(11) }));
    expect(longOverdue.score).toBeGreaterThan(justOverdue.score);
    const soon = score(facts({ agreementAt: daysAgo(7.5) }));
    const later = score(facts({ agreementAt: daysAgo(7) }));
    expect(soon.score).toBeGreaterThan(later.score);
  });

  it('lists every component that scored, naming the clock behind the SLA points', () => {
    const result = score(
      facts({
        disaster: true,
        claimedFen: 2_000_000,
        agreementAt: daysAgo(11),
        openAnomalyCount: 2,
        maxAnomalySeverity: 'medium',
        complaints: [{ id: 'c1', openedAt: hoursAgo(0.2), complex: false }],
      }),
    );
    expect(result.components.map((c) => c.id)).toEqual([
      'disaster',
      'sla-breached',
      'amount',
      'anomalies',
      'complaints',
    ]);
    const sla = result.components[1];
    expect(sla?.clockId).toBe('payment-target');
    expect(sla?.label).toEqual({ 'zh-CN': '时效已超期', en: 'Deadline breached' });
    expect(result.components.find((c) => c.id === 'anomalies')?.points).toBe(400 + 2 * 100);
    expect(result.score).toBe(result.components.reduce((sum, c) => sum + c.points, 0));
  });

  it('scores more for larger amounts, more anomalies and open complaints', () => {
    expect(score(facts({ claimedFen: 10_000_000 })).score).toBeGreaterThan(
      score(facts({ claimedFen: 100_000 })).score,
    );
    expect(score(facts({ openAnomalyCount: 1, maxAnomalySeverity: 'high' })).score).toBeGreaterThan(
      score(facts({ openAnomalyCount: 1, maxAnomalySeverity: 'low' })).score,
    );
  });

  it('ignores met clocks and resolved complaints', () => {
    const settled = score(
      facts({
        agreementAt: daysAgo(20),
        paidAt: daysAgo(19),
        lossAt: undefined,
        complaints: [
          {
            id: 'c1',
            openedAt: daysAgo(5),
            complex: false,
            respondedAt: daysAgo(5),
            resolvedAt: daysAgo(5),
            revisitedAt: daysAgo(4),
          },
        ],
      }),
    );
    expect(settled.components.map((c) => c.id)).toEqual(['amount']);
  });

  it('is deterministic', () => {
    expect(score(worstNonGreen)).toEqual(score(worstNonGreen));
  });

  it('keeps its bands apart with the default weights and reports overlapping ones', () => {
    expect(priorityWeightProblems(DEFAULT_PRIORITY_WEIGHTS)).toEqual([]);
    expect(priorityWeightProblems({ ...DEFAULT_PRIORITY_WEIGHTS, greenChannel: 150_000 })).toEqual([
      'a non-green case can outrank the green channel',
    ]);
  });
});
