import { CN_WORKING_CALENDAR, type WorkingCalendar } from './calendar';
import { CASE_CLOCK_RULES } from './case-clocks';
import { evaluateClock, type ClockSpec, type SlaClock } from './clock-evaluation';
import { complaintClockSpecs } from './complaint-clocks';
import type { SlaFacts } from './facts';
import { DEFAULT_SLA_CATALOGUE, type SlaCatalogue } from './sla-catalogue';

export type { ClockState, SlaClock } from './clock-evaluation';

export interface ClockOptions {
  readonly catalogue?: SlaCatalogue;
  readonly calendar?: WorkingCalendar;
}

/**
 * Every deadline of domain.md §4 that applies to the case, measured at `now`.
 * Facts are trusted here: parse them with `SlaFacts` at the boundary, not on
 * every evaluation.
 */
export function computeClocks(
  facts: SlaFacts,
  now: number,
  options: ClockOptions = {},
): SlaClock[] {
  const context: Context = {
    facts,
    now,
    catalogue: options.catalogue ?? DEFAULT_SLA_CATALOGUE,
    calendar: options.calendar ?? CN_WORKING_CALENDAR,
    clocks: [],
  };
  for (const rule of CASE_CLOCK_RULES) {
    const spec = rule(facts, context.catalogue);
    if (spec) measure(spec, context);
  }
  if (facts.complaints.length > 0) {
    const specs: ClockSpec[] = [];
    for (const complaint of facts.complaints) complaintClockSpecs(complaint, specs);
    for (const spec of specs) measure(spec, context);
  }
  return context.clocks;
}

interface Context {
  readonly facts: SlaFacts;
  readonly now: number;
  readonly catalogue: SlaCatalogue;
  readonly calendar: WorkingCalendar;
  readonly clocks: SlaClock[];
}

function measure(spec: ClockSpec, { facts, now, catalogue, calendar, clocks }: Context): void {
  const rule = catalogue.clocks[spec.kind];
  const limit = spec.limit ?? rule.byLine?.[facts.line] ?? rule.limit;
  clocks.push(evaluateClock(spec, rule, limit, now, calendar));
}

export function isOpenClock(clock: SlaClock): boolean {
  return clock.metAt === undefined;
}

/** The open clock due soonest (overdue ones first), for sorting and warning in the queue. */
export function nextDueClock(clocks: readonly SlaClock[]): SlaClock | undefined {
  let next: SlaClock | undefined;
  for (const clock of clocks) {
    if (isOpenClock(clock) && (next === undefined || clock.dueAt < next.dueAt)) next = clock;
  }
  return next;
}
