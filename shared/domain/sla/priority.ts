import { HOUR_MS } from './calendar';
import type { SlaClock } from './clock-evaluation';
import type { LocalizedText } from './clock-texts';
import type { SlaFacts } from './facts';

/**
 * Queue priority: a sum of points in bands, each band wider than everything
 * below it can add, so the order reads like the list in domain.md §4:
 * green channel, then disaster, then SLA risk (breached > at-risk > time
 * left), then amount, anomaly flags and complaints. The components say why.
 *
 * Runs on 100,000 cases in the renderer: plain arithmetic, shared label
 * objects, and no allocation beyond the result.
 */

export type PriorityFacts = Pick<
  SlaFacts,
  | 'greenChannel'
  | 'disaster'
  | 'claimedFen'
  | 'openAnomalyCount'
  | 'maxAnomalySeverity'
  | 'complaints'
>;

export type PriorityComponentId =
  | 'green-channel'
  | 'disaster'
  | 'sla-breached'
  | 'sla-at-risk'
  | 'sla-time-left'
  | 'amount'
  | 'anomalies'
  | 'complaints';

export interface PriorityComponent {
  readonly id: PriorityComponentId;
  readonly points: number;
  readonly label: LocalizedText;
  /** The clock behind an SLA component. */
  readonly clockId?: string;
}

export interface PriorityScore {
  readonly score: number;
  readonly components: PriorityComponent[];
}

export interface PriorityWeights {
  readonly greenChannel: number;
  readonly disaster: number;
  readonly breachedBase: number;
  readonly atRiskBase: number;
  /** Points added inside an SLA band for urgency (time left, or time overdue). */
  readonly slaSpan: number;
  /** Time left at which an open clock earns half the span. */
  readonly urgencyHalfHours: number;
  /** Time overdue at which a breached clock earns half the span. */
  readonly overdueHalfHours: number;
  readonly amountPerDecadeCny: number;
  readonly amountMax: number;
  readonly anomalyPerFlag: number;
  readonly anomalyMaxFlags: number;
  readonly anomalySeverity: {
    readonly low: number;
    readonly medium: number;
    readonly high: number;
  };
  readonly complaintPerOpen: number;
  readonly complaintMaxCounted: number;
}

export const DEFAULT_PRIORITY_WEIGHTS: PriorityWeights = {
  greenChannel: 1_000_000,
  disaster: 100_000,
  breachedBase: 50_000,
  atRiskBase: 25_000,
  slaSpan: 19_999,
  urgencyHalfHours: 24,
  overdueHalfHours: 72,
  amountPerDecadeCny: 500,
  amountMax: 3_000,
  anomalyPerFlag: 100,
  anomalyMaxFlags: 3,
  anomalySeverity: { low: 200, medium: 400, high: 600 },
  complaintPerOpen: 300,
  complaintMaxCounted: 3,
};

const label = (zh: string, en: string): LocalizedText => Object.freeze({ 'zh-CN': zh, en });

export const PRIORITY_LABELS: Readonly<Record<PriorityComponentId, LocalizedText>> = {
  'green-channel': label('绿色通道', 'Green channel'),
  disaster: label('重大自然灾害', 'Declared natural disaster'),
  'sla-breached': label('时效已超期', 'Deadline breached'),
  'sla-at-risk': label('时效临近', 'Deadline at risk'),
  'sla-time-left': label('时效剩余时间', 'Time left to the next deadline'),
  amount: label('索赔金额', 'Claimed amount'),
  anomalies: label('未处理疑点', 'Open anomaly flags'),
  complaints: label('未解决投诉', 'Open complaints'),
};

export function priorityScore(
  facts: PriorityFacts,
  clocks: readonly SlaClock[],
  weights: PriorityWeights = DEFAULT_PRIORITY_WEIGHTS,
): PriorityScore {
  const components: PriorityComponent[] = [];
  if (facts.greenChannel) push(components, 'green-channel', weights.greenChannel);
  if (facts.disaster) push(components, 'disaster', weights.disaster);
  const worst = mostUrgentClock(clocks, weights);
  if (worst) push(components, slaComponentId(worst), slaPoints(worst, weights), worst.id);
  push(components, 'amount', amountPoints(facts.claimedFen, weights));
  push(components, 'anomalies', anomalyPoints(facts, weights));
  push(components, 'complaints', complaintPoints(facts, weights));
  let score = 0;
  for (const component of components) score += component.points;
  return { score, components };
}

/** Zero-point components are left out: the list explains the rank, it is not a form. */
function push(
  components: PriorityComponent[],
  id: PriorityComponentId,
  points: number,
  clockId?: string,
): void {
  if (points <= 0) return;
  const label = PRIORITY_LABELS[id];
  components.push(clockId === undefined ? { id, points, label } : { id, points, label, clockId });
}

function mostUrgentClock(
  clocks: readonly SlaClock[],
  weights: PriorityWeights,
): SlaClock | undefined {
  let worst: SlaClock | undefined;
  let worstPoints = -1;
  for (const clock of clocks) {
    if (clock.metAt !== undefined) continue;
    const points = slaPoints(clock, weights);
    if (points > worstPoints) {
      worst = clock;
      worstPoints = points;
    }
  }
  return worst;
}

function slaComponentId(clock: SlaClock): PriorityComponentId {
  if (clock.state === 'breached') return 'sla-breached';
  return clock.state === 'at-risk' ? 'sla-at-risk' : 'sla-time-left';
}

/** Saturating urgency: more points the closer the due time, or the longer overdue. */
function slaPoints(clock: SlaClock, weights: PriorityWeights): number {
  const hours = Math.abs(clock.remainingMs) / HOUR_MS;
  if (clock.state === 'breached') {
    const overdue = hours / (hours + weights.overdueHalfHours);
    return weights.breachedBase + Math.round(weights.slaSpan * overdue);
  }
  const urgency = weights.urgencyHalfHours / (weights.urgencyHalfHours + hours);
  const base = clock.state === 'at-risk' ? weights.atRiskBase : 0;
  return base + Math.round(weights.slaSpan * urgency);
}

/** Logarithmic: 1,000 CNY and 10,000 CNY differ as much as 100,000 and 1,000,000. */
function amountPoints(claimedFen: number, weights: PriorityWeights): number {
  const decades = Math.log10(1 + claimedFen / 100);
  return Math.min(weights.amountMax, Math.round(weights.amountPerDecadeCny * decades));
}

function anomalyPoints(facts: PriorityFacts, weights: PriorityWeights): number {
  if (facts.openAnomalyCount <= 0) return 0;
  const severity = weights.anomalySeverity[facts.maxAnomalySeverity ?? 'low'];
  const counted = Math.min(facts.openAnomalyCount, weights.anomalyMaxFlags);
  return severity + counted * weights.anomalyPerFlag;
}

function complaintPoints(facts: PriorityFacts, weights: PriorityWeights): number {
  let open = 0;
  for (const complaint of facts.complaints) if (complaint.resolvedAt === undefined) open++;
  return Math.min(open, weights.complaintMaxCounted) * weights.complaintPerOpen;
}

/**
 * The band orderings a weight set must keep; empty when it does. Custom
 * weights should be checked once, so "green channel first" stays a guarantee.
 */
export function priorityWeightProblems(weights: PriorityWeights): string[] {
  const { anomalySeverity: severity } = weights;
  const belowSla =
    weights.amountMax +
    Math.max(severity.low, severity.medium, severity.high) +
    weights.anomalyMaxFlags * weights.anomalyPerFlag +
    weights.complaintMaxCounted * weights.complaintPerOpen;
  const problems: string[] = [];
  const expect = (holds: boolean, message: string) => holds || problems.push(message);
  expect(weights.slaSpan + belowSla < weights.atRiskBase, 'time left can reach the at-risk band');
  expect(
    weights.atRiskBase + weights.slaSpan + belowSla < weights.breachedBase,
    'at-risk can reach the breached band',
  );
  expect(
    weights.breachedBase + weights.slaSpan + belowSla < weights.disaster,
    'a breached deadline can outrank a disaster',
  );
  expect(
    weights.disaster + weights.breachedBase + weights.slaSpan + belowSla < weights.greenChannel,
    'a non-green case can outrank the green channel',
  );
  return problems;
}
