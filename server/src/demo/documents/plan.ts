import {
  type AnomalyKind,
  CROSS_CLAIM_ANOMALIES,
  SINGLE_CASE_ANOMALIES,
} from '@shared/analysis/anomaly-kinds';
import { CLAIM_GROUP_SIZE, CLAIM_GROUP_WINDOW_DAYS } from './case-anomalies';
import { DAY_MS } from './dates';
import { SCENE_TYPE } from './drafts';
import { canPlant, LINE_TARGETS } from './eligibility';
import { Rng } from './random';
import type { DemoCaseFacts } from './types';

const ALL_KINDS: readonly AnomalyKind[] = [...SINGLE_CASE_ANOMALIES, ...CROSS_CLAIM_ANOMALIES];

/** With this many cases every kind is planted at least MIN_PER_KIND times, even above the share. */
export const FULL_COVERAGE_CASES = 200;
export const MIN_PER_KIND = 2;

/**
 * Chooses which cases carry a planted anomaly, at most one each. Kinds take
 * turns so each gets a similar count; a kind is only planted where it makes
 * sense (canPlant), duplicates only where an earlier case has something to
 * copy, and many-claims-same-party as groups of CLAIM_GROUP_SIZE cases of
 * one customer kind within CLAIM_GROUP_WINDOW_DAYS that do not interleave,
 * as the factory expects when called in the same case order.
 */
export function planAnomalies(
  cases: readonly DemoCaseFacts[],
  options: { share: number; seed: number },
): Map<string, AnomalyKind> {
  const rng = new Rng('plan', options.seed);
  const target = Math.round(Math.max(0, Math.min(1, options.share)) * cases.length);
  const minimum = cases.length >= FULL_COVERAGE_CASES ? MIN_PER_KIND : 0;
  const planner = new Planner(cases, rng);
  const turns = new Map<AnomalyKind, number>(ALL_KINDS.map((k) => [k, 0]));
  const exhausted = new Set<AnomalyKind>();
  const order = rng.shuffle(ALL_KINDS);
  while (exhausted.size < ALL_KINDS.length) {
    const below = order.filter((k) => !exhausted.has(k) && (turns.get(k) ?? 0) < minimum);
    if (planner.planted.size >= target && below.length === 0) break;
    const pool = below.length > 0 ? below : order.filter((k) => !exhausted.has(k));
    const kind = pool.reduce((a, b) => ((turns.get(b) ?? 0) < (turns.get(a) ?? 0) ? b : a));
    if (planner.plant(kind)) turns.set(kind, (turns.get(kind) ?? 0) + 1);
    else exhausted.add(kind);
  }
  return planner.planted;
}

/** Where a duplicate copies from: the same kind of invoice, or photos of the same kind of scene. */
function sourceOf(kind: AnomalyKind, facts: DemoCaseFacts): string | null {
  if (kind === 'duplicate-invoice-number') return `invoice:${LINE_TARGETS[facts.line].invoice}`;
  if (kind === 'duplicate-photo') return `photo:${SCENE_TYPE[facts.line]}`;
  return null;
}

/**
 * Walks the cases in a shuffled order, one cursor per kind: a case that
 * does not fit a kind now never will, since plants only accumulate.
 */
class Planner {
  readonly planted = new Map<string, AnomalyKind>();
  private readonly order: number[];
  private readonly cursors = new Map<AnomalyKind, number>();
  private readonly firstSource = new Map<string, number>();
  private readonly groupSpans: [number, number][] = [];

  constructor(
    private readonly cases: readonly DemoCaseFacts[],
    rng: Rng,
  ) {
    this.order = rng.shuffle(cases.map((_, i) => i));
    cases.forEach((facts, index) => {
      for (const kind of ['duplicate-invoice-number', 'duplicate-photo'] as const) {
        const source = sourceOf(kind, facts);
        if (source && !this.firstSource.has(source)) this.firstSource.set(source, index);
      }
    });
  }

  plant(kind: AnomalyKind): boolean {
    const accept =
      kind === 'many-claims-same-party'
        ? (i: number) => this.groupFrom(i)
        : (i: number) => (this.fits(kind, i) ? [i] : null);
    let cursor = this.cursors.get(kind) ?? 0;
    for (; cursor < this.order.length; cursor++) {
      const members = accept(this.order[cursor] ?? 0);
      if (!members) continue;
      for (const i of members) this.planted.set(this.at(i).caseId, kind);
      if (members.length > 1)
        this.groupSpans.push([members[0] ?? 0, members[members.length - 1] ?? 0]);
      this.cursors.set(kind, cursor + 1);
      return true;
    }
    this.cursors.set(kind, cursor);
    return false;
  }

  private at(index: number): DemoCaseFacts {
    const facts = this.cases[index];
    if (!facts) throw new Error(`no case at ${index}`);
    return facts;
  }

  private fits(kind: AnomalyKind, index: number): boolean {
    const facts = this.at(index);
    if (this.planted.has(facts.caseId) || !canPlant(kind, facts)) return false;
    const source = sourceOf(kind, facts);
    return source === null || (this.firstSource.get(source) ?? index) < index;
  }

  private insideGroup(index: number): boolean {
    return this.groupSpans.some(([from, to]) => index >= from && index <= to);
  }

  /**
   * A first case and the next unplanted cases of the same customer kind
   * within the window, not reaching into another group.
   */
  private groupFrom(first: number): number[] | null {
    const head = this.at(first);
    if (this.planted.has(head.caseId) || this.insideGroup(first)) return null;
    const members = [first];
    for (let i = first + 1; i < this.cases.length && members.length < CLAIM_GROUP_SIZE; i++) {
      const facts = this.at(i);
      if (Math.abs(facts.reportedAt - head.reportedAt) > CLAIM_GROUP_WINDOW_DAYS * DAY_MS) break;
      if (this.insideGroup(i)) return null;
      if (!this.planted.has(facts.caseId) && facts.customerKind === head.customerKind) {
        members.push(i);
      }
    }
    return members.length === CLAIM_GROUP_SIZE ? members : null;
  }
}
