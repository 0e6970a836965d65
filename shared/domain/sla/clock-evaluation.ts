import {
  addCalendarDays,
  addCalendarYears,
  addHours,
  addWorkingDays,
  addWorkingHours,
  HOUR_MS,
  officeDayMs,
  workingMsBetween,
  type WorkingCalendar,
} from './calendar';
import {
  CLOCK_TEXTS,
  NOTHING_TO_DO,
  RECORD_DELAY,
  type ClockTexts,
  type LocalizedText,
} from './clock-texts';
import type { ClockCalendar, ClockKind, ClockRule, Limit } from './sla-catalogue';

export type ClockState = 'ok' | 'at-risk' | 'breached' | 'met';

export interface SlaClock {
  /** The kind, or `kind:complaintId` for clocks that run once per complaint. */
  readonly id: string;
  readonly kind: ClockKind;
  readonly label: LocalizedText;
  readonly startedAt: number;
  readonly dueAt: number;
  /** Until the due time from now, or from the ending event once it happened (negative: late). */
  readonly remainingMs: number;
  /** 'breached' with `metAt` set means the ending event came late. */
  readonly state: ClockState;
  /** When the ending event happened; undefined while the clock runs. */
  readonly metAt?: number;
  readonly basis: string;
  readonly calendar: ClockCalendar;
  readonly nextAction: LocalizedText;
}

/**
 * One clock a rule found to apply, before it is measured against the
 * deadline. Built only by `clockSpec`, so every spec (and every clock) has
 * the same shape: the engine runs on 100,000 cases and polymorphic objects
 * cost more there than the few undefined fields.
 */
export interface ClockSpec {
  readonly kind: ClockKind;
  readonly id: string;
  readonly startedAt: number;
  /** The event that stops the clock, when it happened. */
  readonly endedAt: number | undefined;
  /** Replaces the catalogue limit, e.g. a contract's own decision period. */
  readonly limit: Limit | undefined;
  /** Replaces the catalogue's next action while the clock runs. */
  readonly nextAction: LocalizedText | undefined;
}

export function clockSpec(
  kind: ClockKind,
  startedAt: number,
  endedAt: number | undefined,
  more: { id?: string; limit?: Limit; nextAction?: LocalizedText } = {},
): ClockSpec {
  return {
    kind,
    id: more.id ?? kind,
    startedAt,
    endedAt,
    limit: more.limit,
    nextAction: more.nextAction,
  };
}

export function dueAtFor(startedAt: number, limit: Limit, calendar: WorkingCalendar): number {
  const working = limit.calendar === 'working';
  switch (limit.unit) {
    case 'hours':
      return working
        ? addWorkingHours(startedAt, limit.amount, calendar)
        : addHours(startedAt, limit.amount);
    case 'days':
      return working
        ? addWorkingDays(startedAt, limit.amount, calendar)
        : addCalendarDays(startedAt, limit.amount);
    case 'years':
      return addCalendarYears(startedAt, limit.amount, calendar);
  }
}

export function evaluateClock(
  spec: ClockSpec,
  rule: ClockRule,
  limit: Limit,
  now: number,
  calendar: WorkingCalendar,
): SlaClock {
  const dueAt = dueAtFor(spec.startedAt, limit, calendar);
  const texts = CLOCK_TEXTS[spec.kind];
  const state =
    spec.endedAt === undefined
      ? openState(spec.startedAt, dueAt, limit, rule.atRiskShare, now, calendar)
      : endedState(spec.endedAt, dueAt);
  return {
    id: spec.id,
    kind: spec.kind,
    label: texts.label,
    startedAt: spec.startedAt,
    dueAt,
    remainingMs: dueAt - (spec.endedAt ?? now),
    state,
    metAt: spec.endedAt,
    basis: rule.basis,
    calendar: limit.calendar,
    nextAction: actionFor(spec, texts, state),
  };
}

function endedState(endedAt: number, dueAt: number): ClockState {
  return endedAt <= dueAt ? 'met' : 'breached';
}

function actionFor(spec: ClockSpec, texts: ClockTexts, state: ClockState): LocalizedText {
  if (spec.endedAt === undefined) return spec.nextAction ?? texts.nextAction;
  return state === 'met' ? NOTHING_TO_DO : (texts.lateAction ?? RECORD_DELAY);
}

/**
 * Working clocks measure the share left in office time, so a Friday-evening
 * start is not "at risk" over a weekend when nobody could act on it.
 */
function openState(
  startedAt: number,
  dueAt: number,
  limit: Limit,
  atRiskShare: number,
  now: number,
  calendar: WorkingCalendar,
): ClockState {
  if (now > dueAt) return 'breached';
  const working = limit.calendar === 'working';
  const allowed = working ? workingAllowance(limit, calendar) : dueAt - startedAt;
  const left = working ? workingMsBetween(now, dueAt, calendar) : dueAt - now;
  return left < atRiskShare * allowed ? 'at-risk' : 'ok';
}

function workingAllowance(limit: Limit, calendar: WorkingCalendar): number {
  return limit.amount * (limit.unit === 'hours' ? HOUR_MS : officeDayMs(calendar));
}
