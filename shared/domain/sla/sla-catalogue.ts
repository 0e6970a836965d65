import { z } from 'zod';
import { Line } from '../lines';

/**
 * Every deadline of domain.md §4 as data. The engine reads limits, scopes
 * and at-risk shares only from here, so a customer-specific rule set is a
 * different catalogue object, not a code change.
 */

export const CLOCK_KINDS = [
  'case-number',
  'advisor-first-contact',
  'small-claim-decision',
  'complex-property-target',
  'progress-call',
  'complex-decision',
  'advance-payment',
  'payment-law',
  'payment-target',
  'denial-notice',
  'complaint-response',
  'complaint-ordinary',
  'complaint-dispute',
  'complaint-revisit',
  'satisfaction-follow-up',
  'limitation',
] as const;
export const ClockKind = z.enum(CLOCK_KINDS);
export type ClockKind = z.infer<typeof ClockKind>;

/** 'working' counts office hours on working days only (see calendar.ts). */
export const ClockCalendar = z.enum(['calendar', 'working']);
export type ClockCalendar = z.infer<typeof ClockCalendar>;

export const Limit = z
  .object({
    amount: z.number().positive(),
    unit: z.enum(['hours', 'days', 'years']),
    calendar: ClockCalendar,
  })
  .refine((limit) => limit.unit !== 'years' || limit.calendar === 'calendar', {
    message: 'a limit in years runs on the calendar',
  });
export type Limit = z.infer<typeof Limit>;

export const ClockRule = z.object({
  limit: Limit,
  /** Line-specific limits, e.g. the 5-year limitation for life (art. 26). */
  byLine: z.partialRecord(Line, Limit).optional(),
  /** At risk once less than this share of the allowed time remains. */
  atRiskShare: z.number().min(0).max(1),
  /** The law article or 'process rule' the deadline comes from. */
  basis: z.string().min(1),
});
export type ClockRule = z.infer<typeof ClockRule>;

const Fen = z.number().int().nonnegative();

export const SlaCatalogue = z.object({
  clocks: z.record(ClockKind, ClockRule),
  scope: z.object({
    /** Dedicated-advisor contact applies from this claimed amount (inclusive). */
    advisorMinClaimedFen: Fen,
    /** Small-claim auto-adjudication: lines it covers and their ceilings (inclusive). */
    smallClaimMaxFen: z.partialRecord(Line, Fen),
    /** "Large" for the complex property target; the process documents give no figure. */
    complexPropertyMinFen: Fen,
  }),
});
export type SlaCatalogue = z.infer<typeof SlaCatalogue>;

const PROCESS_RULE = 'process rule';
const hours = (amount: number, calendar: ClockCalendar = 'calendar'): Limit => ({
  amount,
  unit: 'hours',
  calendar,
});
const days = (amount: number, calendar: ClockCalendar = 'calendar'): Limit => ({
  amount,
  unit: 'days',
  calendar,
});
const years = (amount: number): Limit => ({ amount, unit: 'years', calendar: 'calendar' });

/*
 * Calendar choice: only the payment target says "working days". Hour limits
 * that need a person to pick up the phone count office hours, otherwise a
 * report at 23:00 would be breached before anyone is at a desk; every other
 * day limit is elapsed time, as the Insurance Law counts days.
 */
export const DEFAULT_SLA_CATALOGUE: SlaCatalogue = {
  clocks: {
    // "Immediately": an hour of office time, so a report at night waits for the morning.
    'case-number': { limit: hours(1, 'working'), atRiskShare: 0.5, basis: PROCESS_RULE },
    'advisor-first-contact': { limit: hours(2, 'working'), atRiskShare: 0.25, basis: PROCESS_RULE },
    'small-claim-decision': { limit: hours(24), atRiskShare: 0.25, basis: PROCESS_RULE },
    'complex-property-target': { limit: days(5), atRiskShare: 0.2, basis: PROCESS_RULE },
    'progress-call': { limit: days(7), atRiskShare: 0.15, basis: PROCESS_RULE },
    'complex-decision': { limit: days(30), atRiskShare: 0.2, basis: '保险法第二十三条' },
    'advance-payment': { limit: days(60), atRiskShare: 0.15, basis: '保险法第二十五条' },
    'payment-law': { limit: days(10), atRiskShare: 0.3, basis: '保险法第二十三条' },
    // The target is 1–3 working days: due at 3, at risk once past the first.
    'payment-target': { limit: days(3, 'working'), atRiskShare: 0.67, basis: PROCESS_RULE },
    'denial-notice': { limit: days(3), atRiskShare: 0.34, basis: '保险法第二十四条' },
    'complaint-response': { limit: hours(1, 'working'), atRiskShare: 0.25, basis: PROCESS_RULE },
    'complaint-ordinary': { limit: hours(4, 'working'), atRiskShare: 0.25, basis: PROCESS_RULE },
    'complaint-dispute': { limit: days(3), atRiskShare: 0.34, basis: PROCESS_RULE },
    'complaint-revisit': { limit: days(7), atRiskShare: 0.3, basis: PROCESS_RULE },
    'satisfaction-follow-up': { limit: days(3), atRiskShare: 0.34, basis: PROCESS_RULE },
    limitation: {
      limit: years(2),
      byLine: { LIFE: years(5) },
      atRiskShare: 0.1,
      basis: '保险法第二十六条',
    },
  },
  scope: {
    advisorMinClaimedFen: 1_000_000,
    smallClaimMaxFen: { AUTO: 500_000, MEDICAL: 300_000 },
    complexPropertyMinFen: 0,
  },
};
