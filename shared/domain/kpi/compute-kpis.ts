import type { Line } from '../lines';
import { ONLINE_CHANNELS, type CaseMilestones } from '../milestones';
import { DEFAULT_SLA_CATALOGUE } from '../sla/sla-catalogue';
import { chinaWeekStart, DAY_MS, HOUR_MS, WEEK_MS } from './china-weeks';
import { KPI_CATALOGUE, KPI_IDS, meetsTarget, type KpiId } from './kpi-catalogue';

/** What the KPIs read of a case: the list row plus its milestone fold. */
export interface KpiCase {
  readonly id: string;
  readonly line: Line;
  readonly claimedFen: number;
  readonly dedicatedAdvisorId: string | null;
  readonly reportedAt: number;
  readonly milestones: CaseMilestones;
  readonly flagsRaised: number;
}

export interface KpiOptions {
  readonly now: number;
  /** Calendar weeks in the window, the current one included; 12 by default. */
  readonly weeks?: number;
}

export interface KpiTrendPoint {
  readonly weekStart: number;
  readonly value: number | null;
  readonly sample: number;
}

export interface KpiResult {
  readonly id: KpiId;
  /** Over the whole window; null when nothing was measured. */
  readonly value: number | null;
  readonly sample: number;
  readonly met: boolean | null;
  readonly trend: readonly KpiTrendPoint[];
}

export interface KpiReport {
  /** Monday 00:00 China time of the first week. */
  readonly windowStart: number;
  /** Exclusive: Monday 00:00 after the week containing `now`. */
  readonly windowEnd: number;
  /** One per KPI, in catalogue order. */
  readonly kpis: readonly KpiResult[];
}

/*
 * The KPI's own windows, not the SLA clocks: the clocks count office hours
 * for some limits, while the customer measures these KPIs in elapsed time.
 */
const SMALL_CLAIM_DECISION_MS = 24 * HOUR_MS;
const DISPUTE_SOLUTION_MS = 3 * DAY_MS;

const { advisorMinClaimedFen, smallClaimMaxFen } = DEFAULT_SLA_CATALOGUE.scope;

const slot = (id: KpiId): number => KPI_IDS.indexOf(id);
const CYCLE_TIME = slot('cycle-time');
const SMALL_CLAIM = slot('small-claim-decision');
const AI_PASS = slot('ai-prereview-pass');
const ONLINE = slot('online-share');
const MATERIALS = slot('materials-requests');
const ADVISOR = slot('advisor-coverage');
const COMPLAINTS = slot('complaint-rate');
const SECOND_COMPLAINTS = slot('second-complaints');
const SATISFACTION = slot('satisfaction');
const DISPUTES = slot('disputes-in-3-days');

/** Sums and counts per KPI and week, flat so the loop allocates nothing. */
interface Buckets {
  readonly start: number;
  readonly end: number;
  readonly weeks: number;
  readonly totals: Float64Array;
  readonly counts: Float64Array;
}

/** Counts one measurement of `kpi` in the week of `at`, if that week is in the window. */
function add(b: Buckets, kpi: number, at: number, amount: number): void {
  if (at < b.start || at >= b.end) return;
  const i = kpi * b.weeks + Math.floor((at - b.start) / WEEK_MS);
  b.totals[i] = (b.totals[i] ?? 0) + amount;
  b.counts[i] = (b.counts[i] ?? 0) + 1;
}

/**
 * Every KPI over the last `weeks` calendar weeks, and week by week. Each
 * measurement lands in the week of the event that defines it (closing,
 * decision, report, survey or dispute start); events outside the window are
 * ignored. One pass over the cases.
 */
export function computeKpis(cases: readonly KpiCase[], options: KpiOptions): KpiReport {
  const weeks = options.weeks ?? 12;
  if (!Number.isInteger(weeks) || weeks < 1) {
    throw new RangeError(`weeks must be a positive integer, got ${weeks}`);
  }
  const { now } = options;
  const end = chinaWeekStart(now) + WEEK_MS;
  const size = KPI_IDS.length * weeks;
  const b: Buckets = {
    start: end - weeks * WEEK_MS,
    end,
    weeks,
    totals: new Float64Array(size),
    counts: new Float64Array(size),
  };
  for (const c of cases) addCase(b, c, now);
  return { windowStart: b.start, windowEnd: end, kpis: summarize(b) };
}

function addCase(b: Buckets, c: KpiCase, now: number): void {
  const m = c.milestones;
  const { reportedAt, claimedFen } = c;
  const complaints = m.complaints;
  const complaintCount = complaints ? complaints.length : 0;

  if (m.closedAt !== undefined) {
    add(b, CYCLE_TIME, m.closedAt, m.closedAt - reportedAt);
    add(b, MATERIALS, m.closedAt, m.materialsRequests ?? 0);
  }
  if (m.decision !== undefined) {
    const decidedAt = m.decision.at;
    add(b, AI_PASS, decidedAt, c.flagsRaised === 0 ? 1 : 0);
    // Lines without a ceiling have no small-claim track at all.
    const ceiling = smallClaimMaxFen[c.line];
    if (ceiling !== undefined && claimedFen <= ceiling) {
      const from = m.materialsCompleteAt ?? reportedAt;
      add(b, SMALL_CLAIM, decidedAt, decidedAt - from <= SMALL_CLAIM_DECISION_MS ? 1 : 0);
    }
  }
  const online = m.reportChannel !== undefined && ONLINE_CHANNELS.has(m.reportChannel);
  add(b, ONLINE, reportedAt, online ? 1 : 0);
  if (claimedFen >= advisorMinClaimedFen) {
    add(b, ADVISOR, reportedAt, c.dedicatedAdvisorId !== null ? 1 : 0);
  }
  add(b, COMPLAINTS, reportedAt, complaintCount >= 1 ? 1 : 0);
  add(b, SECOND_COMPLAINTS, reportedAt, complaintCount >= 2 ? 1 : 0);
  if (m.survey !== undefined) add(b, SATISFACTION, m.survey.at, m.survey.satisfied ? 1 : 0);

  for (let i = 0; i < complaintCount; i++) {
    const complaint = complaints?.[i];
    if (complaint === undefined) continue;
    // A complex complaint is a dispute from the start; an ordinary one once escalated.
    const start = complaint.complex ? complaint.openedAt : complaint.escalatedAt;
    if (start === undefined) continue;
    const { resolvedAt } = complaint;
    if (resolvedAt !== undefined) {
      add(b, DISPUTES, start, resolvedAt - start <= DISPUTE_SOLUTION_MS ? 1 : 0);
    } else if (now - start > DISPUTE_SOLUTION_MS) {
      add(b, DISPUTES, start, 0);
    }
    // Otherwise it can still be solved in time: not judged yet.
  }
}

function summarize(b: Buckets): KpiResult[] {
  return KPI_CATALOGUE.map((kpi, k) => {
    // Cycle times are summed in ms and converted once, to keep the mean exact.
    const scale = kpi.unit === 'days' ? DAY_MS : 1;
    const ratio = (total: number, count: number): number | null =>
      count === 0 ? null : total / (count * scale);
    let total = 0;
    let count = 0;
    const trend: KpiTrendPoint[] = [];
    for (let w = 0; w < b.weeks; w++) {
      const weekTotal = b.totals[k * b.weeks + w] ?? 0;
      const weekCount = b.counts[k * b.weeks + w] ?? 0;
      total += weekTotal;
      count += weekCount;
      trend.push({
        weekStart: b.start + w * WEEK_MS,
        value: ratio(weekTotal, weekCount),
        sample: weekCount,
      });
    }
    const value = ratio(total, count);
    const met = value === null ? null : meetsTarget(value, kpi.target);
    return { id: kpi.id, value, sample: count, met, trend };
  });
}
