import {
  type AnomalyKind,
  CROSS_CLAIM_ANOMALIES,
  SINGLE_CASE_ANOMALIES,
} from '@shared/analysis/anomaly-kinds';
import { describe, expect, it } from 'vitest';
import { CLAIM_GROUP_SIZE, CLAIM_GROUP_WINDOW_DAYS } from './case-anomalies';
import { DAY_MS } from './dates';
import { SCENE_TYPE } from './drafts';
import { canPlant, LINE_TARGETS } from './eligibility';
import { planAnomalies } from './plan';
import { sampleFacts } from './test-helpers';
import type { DemoCaseFacts } from './types';

const cases = sampleFacts(500, 2026);
const plan = planAnomalies(cases, { share: 0.15, seed: 1 });
const byId = new Map(cases.map((c, i) => [c.caseId, { facts: c, index: i }]));

function countsOf(p: Map<string, AnomalyKind>): Map<AnomalyKind, number> {
  const counts = new Map<AnomalyKind, number>();
  for (const kind of p.values()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

describe('planAnomalies', () => {
  it('plants every kind on 500 cases, a few times each, about the share in total', () => {
    const counts = countsOf(plan);
    for (const kind of [...SINGLE_CASE_ANOMALIES, ...CROSS_CLAIM_ANOMALIES]) {
      expect(counts.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(2);
    }
    expect(plan.size).toBeGreaterThanOrEqual(70);
    expect(plan.size).toBeLessThanOrEqual(80);
  });

  it('plants a kind only where it makes sense', () => {
    for (const [caseId, kind] of plan) {
      const facts = byId.get(caseId)?.facts;
      expect(facts && canPlant(kind, facts), `${kind} on ${facts?.line}`).toBe(true);
      if (kind.includes('photo') || kind === 'gps-far-from-loss' || kind === 'exif-stripped') {
        expect(['AUTO', 'PROPERTY']).toContain(facts?.line);
      }
    }
  });

  it('copies duplicates only from an earlier case of the same kind of document', () => {
    for (const [caseId, kind] of plan) {
      if (kind !== 'duplicate-invoice-number' && kind !== 'duplicate-photo') continue;
      const entry = byId.get(caseId);
      const source = (c: DemoCaseFacts) =>
        kind === 'duplicate-photo' ? SCENE_TYPE[c.line] : LINE_TARGETS[c.line].invoice;
      const earlier = cases.slice(0, entry?.index ?? 0);
      expect(entry && earlier.some((c) => source(c) === source(entry.facts))).toBe(true);
    }
  });

  it('groups many-claims cases by customer kind within the window, without interleaving', () => {
    const group = cases
      .map((c, index) => ({ c, index }))
      .filter(({ c }) => plan.get(c.caseId) === 'many-claims-same-party');
    expect(group.length % CLAIM_GROUP_SIZE).toBe(0);
    for (let g = 0; g < group.length; g += CLAIM_GROUP_SIZE) {
      const members = group.slice(g, g + CLAIM_GROUP_SIZE).map(({ c }) => c);
      const first = members[0];
      for (const m of members) {
        expect(m.customerKind).toBe(first?.customerKind);
        expect(Math.abs(m.reportedAt - (first?.reportedAt ?? 0))).toBeLessThanOrEqual(
          CLAIM_GROUP_WINDOW_DAYS * DAY_MS,
        );
      }
    }
  });

  it('is deterministic and depends on the seed', () => {
    expect([...planAnomalies(cases, { share: 0.15, seed: 1 })]).toEqual([...plan]);
    expect([...planAnomalies(cases, { share: 0.15, seed: 2 })]).not.toEqual([...plan]);
  });

  it('keeps to the share on small sets and plants nothing at share 0 below full coverage', () => {
    const few = cases.slice(0, 100);
    expect(planAnomalies(few, { share: 0, seed: 1 }).size).toBe(0);
    const tenPercent = planAnomalies(few, { share: 0.1, seed: 1 }).size;
    expect(tenPercent).toBeGreaterThanOrEqual(10);
    expect(tenPercent).toBeLessThanOrEqual(12);
  });
});
