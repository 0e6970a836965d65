import { DAY_MS, HOUR_MS, shanghaiTime } from './calendar';
import type { SlaFacts } from './facts';

/** Test support: a fixed `now` (Wednesday 2026-03-11 10:00 Shanghai, an ordinary working day). */
export const NOW = shanghaiTime(2026, 3, 11, 10, 0);

export const hoursAgo = (hours: number): number => NOW - hours * HOUR_MS;
export const daysAgo = (days: number): number => NOW - days * DAY_MS;

/** A small individual AUTO claim reported an hour ago: no clock but the limitation applies. */
export function facts(overrides: Partial<SlaFacts> = {}): SlaFacts {
  return {
    line: 'AUTO',
    state: 'MATERIALS_REVIEW',
    claimedFen: 800_000,
    customerKind: 'individual',
    dedicatedAdvisor: false,
    complex: false,
    greenChannel: false,
    disaster: false,
    openAnomalyCount: 0,
    reportedAt: hoursAgo(1),
    complaints: [],
    ...overrides,
  };
}
