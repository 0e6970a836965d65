import { SINGLE_CASE_ANOMALIES, type Severity } from '@shared/analysis/anomaly-kinds';
import { CASE_STATES, isOpenState, type CaseState } from '@shared/domain/lifecycle';
import type { Line } from '@shared/domain/lines';
import { REPORT_CHANNELS, type CaseMilestones } from '@shared/domain/milestones';
import { residentIdCheckChar } from '@shared/domain/resident-id';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { CaseRecord, FlagRecord } from '@shared/sync/records';
import type { Stored } from '../../../renderer/src/data/db';
import { COMMON_SURNAMES, INDUSTRIES, TRADE_NAMES } from '../../../server/src/demo/people';

/**
 * Synthetic cases for one team, as sync would store them: the demo's mix of
 * lines, amounts and states, reported over the last 90 days, each with the
 * milestones its state implies (so the SLA engine has real work: clocks
 * met, running, at risk and overdue), and anomaly flags on a few percent.
 * Deterministic for a seed, and made a chunk at a time, so 100,000 of them
 * never sit in memory at once.
 */

export interface TeamPeople {
  teamId: string;
  /** Where the team works: addresses and enterprise names use it. */
  city: string;
  adjusterIds: readonly string[];
  fieldIds: readonly string[];
}

export interface SyntheticCase {
  record: Stored<CaseRecord>;
  flags: Stored<FlagRecord>[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SPAN = 90 * DAY;
/** Case numbers from here on: well clear of the demo's own (CLM-YYYY-000001…). */
const FIRST_NUMBER = 100_001;
/** Synced rows carry the server's version; these are local, so any positive number. */
const ROW_VERSION = 1;

const LINE_WEIGHTS: Record<Line, number> = {
  AUTO: 35,
  MEDICAL: 25,
  CI: 8,
  LIFE: 4,
  ACCIDENT: 10,
  PROPERTY: 10,
  LIABILITY: 8,
};
const CLAIM_RANGE_YUAN: Record<Line, [number, number]> = {
  AUTO: [1_500, 80_000],
  MEDICAL: [800, 150_000],
  CI: [100_000, 500_000],
  LIFE: [200_000, 1_000_000],
  ACCIDENT: [3_000, 300_000],
  PROPERTY: [20_000, 2_000_000],
  LIABILITY: [10_000, 500_000],
};
const GIVEN_NAMES = Array.from('伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍鑫');
const ROADS = ['人民路', '中山路', '解放路', '建设大道', '延安路', '淮海路', '世纪大道', '滨江街'];
const MAIN_PATH: readonly CaseState[] = CASE_STATES.slice(0, 11);
const PAST_REVIEW: ReadonlySet<CaseState> = new Set([
  'INVESTIGATION',
  'LOSS_ASSESSMENT',
  'ADJUSTMENT',
  'APPROVAL',
  'PAYMENT',
  'CLOSED',
  'FOLLOW_UP',
  'DENIED',
  'REOPENED',
]);
const DECIDED: ReadonlySet<CaseState> = new Set(['PAYMENT', 'CLOSED', 'FOLLOW_UP', 'REOPENED']);
const PAID: ReadonlySet<CaseState> = new Set(['CLOSED', 'FOLLOW_UP', 'REOPENED']);

/** mulberry32: a tiny seeded generator; Math.random would make every run different. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Draw {
  constructor(private readonly random: () => number) {}
  chance = (p: number) => this.random() < p;
  int = (min: number, max: number) => min + Math.floor(this.random() * (max - min + 1));
  pick = <T>(values: readonly T[]): T => values[Math.floor(this.random() * values.length)] as T;
  digits = (n: number) => Array.from({ length: n }, () => this.int(0, 9)).join('');
  bytes = () => Uint8Array.from({ length: 10 }, () => this.int(0, 255));
  weighted<T extends string>(weights: Record<T, number>): T {
    const entries = Object.entries(weights) as [T, number][];
    let left = this.random() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, weight] of entries) if ((left -= weight) < 0) return value;
    return (entries.at(-1) as [T, number])[0];
  }
}

/** Cases `from` to `from + count - 1` of `total`, oldest first, with their flags. */
export function syntheticCases(options: {
  team: TeamPeople;
  from: number;
  count: number;
  total: number;
  now: number;
  seed: number;
}): SyntheticCase[] {
  const { team, from, count, total, now } = options;
  const out: SyntheticCase[] = [];
  for (let index = from; index < Math.min(total, from + count); index++) {
    // One generator per case: any chunk can be made on its own, the same every run.
    const draw = new Draw(seededRandom(options.seed * 1_000_003 + index));
    // Evenly over 90 days, the newest a few minutes old, as a busy team's intake is.
    const reportedAt = Math.round(
      now - 5 * MINUTE - SPAN * (1 - (index + draw.int(0, 999) / 1000) / total),
    );
    const record = syntheticCase(draw, team, index, reportedAt, now);
    out.push({ record, flags: flagsFor(draw, record, now) });
  }
  return out;
}

function syntheticCase(
  draw: Draw,
  team: TeamPeople,
  index: number,
  reportedAt: number,
  now: number,
): Stored<CaseRecord> {
  const line = draw.weighted(LINE_WEIGHTS);
  const state = stateFor(draw, reportedAt, now);
  const lossAt = reportedAt - draw.int(30 * MINUTE, 5 * DAY);
  const [minYuan, maxYuan] = CLAIM_RANGE_YUAN[line];
  const claimedFen = draw.int(minYuan, maxYuan) * 100 + draw.int(0, 99);
  const enterprise = (line === 'PROPERTY' || line === 'LIABILITY') && draw.chance(0.8);
  const unassigned = state === 'REPORTED' && draw.chance(0.5);
  const fieldWork = line === 'AUTO' && (state === 'INVESTIGATION' || state === 'LOSS_ASSESSMENT');
  const adjuster = draw.pick(team.adjusterIds);
  const assigneeId = unassigned
    ? null
    : fieldWork && team.fieldIds.length > 0
      ? draw.pick(team.fieldIds)
      : adjuster;
  const reservedFen =
    state === 'REPORTED' ? 0 : Math.round(claimedFen * (0.6 + (0.4 * draw.int(0, 100)) / 100));
  const complex = claimedFen >= 10_000_000 || (line === 'PROPERTY' && claimedFen >= 5_000_000);
  const milestones = milestonesFor(draw, state, reportedAt, now, complex);
  const id = uuidv7(reportedAt, draw.bytes());
  return {
    id,
    caseNumber: `CLM-${new Date(reportedAt).getUTCFullYear()}-${String(FIRST_NUMBER + index).padStart(6, '0')}`,
    provisionalNumber: null,
    line,
    state,
    customer: {
      id: uuidv7(reportedAt, draw.bytes()),
      name: enterprise
        ? `${team.city}${draw.pick(TRADE_NAMES)}${draw.pick(INDUSTRIES)}有限公司`
        : `${draw.pick(COMMON_SURNAMES)}${draw.pick(GIVEN_NAMES)}${draw.chance(0.6) ? draw.pick(GIVEN_NAMES) : ''}`,
      kind: enterprise ? 'enterprise' : 'individual',
      idNumber: enterprise ? `91${draw.digits(16)}` : residentId(draw),
      phone: `1${draw.pick(['3', '5', '7', '8', '9'])}${draw.digits(9)}`,
      preferredChannel: draw.pick(['app', 'sms', 'wechat'] as const),
    },
    policy: policyFor(draw, line, lossAt, index),
    claimedFen,
    reservedFen: Math.min(claimedFen, reservedFen),
    paidFen: PAID.has(state) ? Math.min(claimedFen, reservedFen) : 0,
    assigneeId,
    teamId: team.teamId,
    dedicatedAdvisorId: (enterprise || claimedFen >= 1_000_000) && !unassigned ? adjuster : null,
    greenChannel: (line === 'ACCIDENT' || line === 'LIFE') && draw.chance(0.08),
    disaster: (line === 'PROPERTY' || line === 'AUTO') && draw.chance(0.04),
    complex,
    lossAt,
    reportedAt,
    lossLocation: `${team.city}市${draw.pick(ROADS)}${draw.int(1, 999)}号`,
    lossLat: 31.2304 + draw.int(-150, 150) / 1000,
    lossLng: 121.4737 + draw.int(-150, 150) / 1000,
    description: '批量测试案件：出险经过见报案记录',
    milestones,
    createdAt: reportedAt,
    updatedAt: Math.max(reportedAt, ...milestoneTimes(milestones)),
    rowVersion: ROW_VERSION,
  };
}

/** As the demo: older cases are further along, and every state still appears. */
function stateFor(draw: Draw, reportedAt: number, now: number): CaseState {
  if (draw.chance(0.08)) return draw.pick(['DENIED', 'WITHDRAWN', 'REOPENED'] as const);
  const progress = Math.min(1, (now - reportedAt) / (60 * DAY));
  const position = Math.round((progress + draw.int(-250, 250) / 1000) * (MAIN_PATH.length - 1));
  return MAIN_PATH[Math.max(0, Math.min(MAIN_PATH.length - 1, position))] ?? 'REPORTED';
}

/**
 * The milestones the service would have folded from such a case's events:
 * each step some hours or days after the one before, never after `now`.
 */
function milestonesFor(
  draw: Draw,
  state: CaseState,
  reportedAt: number,
  now: number,
  complex: boolean,
): CaseMilestones {
  let at = reportedAt;
  const next = (minHours: number, maxHours: number) =>
    (at = Math.min(now, at + draw.int(minHours * 60, maxHours * 60) * MINUTE));
  const m: CaseMilestones = { reportChannel: draw.pick(REPORT_CHANNELS) };
  if (state !== 'REPORTED') m.acceptedAt = next(0.5, 24);
  if (state !== 'REPORTED' || draw.chance(0.85)) {
    // Most customers hear from the team within hours, some only the next days.
    const delay = draw.chance(0.8) ? draw.int(10, 6 * 60) : draw.int(6 * 60, 48 * 60);
    m.firstContactAt = Math.min(now, reportedAt + delay * MINUTE);
    m.lastContactAt = Math.min(now, m.firstContactAt + draw.int(0, 20 * 24 * 60) * MINUTE);
  }
  if (complex && isOpenState(state))
    // Weekly progress calls, some of them late.
    m.lastProgressCallAt = Math.max(reportedAt, now - draw.int(0, 8 * 24 * 60) * MINUTE);
  if (state === 'PENDING_MATERIALS') m.materialsRequests = draw.int(1, 2);
  if (PAST_REVIEW.has(state)) m.materialsCompleteAt = next(24, 240);
  if (DECIDED.has(state)) {
    // A case waiting for payment was agreed lately, as a working team's are.
    const recently = Math.max(at, now - draw.int(0, 4 * 24 * 60) * MINUTE);
    m.decision = { at: state === 'PAYMENT' ? (at = recently) : next(24, 120), kind: 'approve' };
    m.agreementAt = m.decision.at;
  }
  if (PAID.has(state)) {
    m.paidAt = next(2, 240);
    m.closedAt = next(1, 48);
  }
  if (state === 'FOLLOW_UP') m.satisfactionFollowUpAt = next(24, 200);
  if (state === 'REOPENED') delete m.closedAt;
  if (state === 'DENIED') {
    m.decision = { at: next(24, 120), kind: 'deny' };
    if (draw.chance(0.8)) m.denialNoticeAt = next(1, 96);
  }
  if (draw.chance(0.015)) {
    const openedAt = Math.min(now, reportedAt + draw.int(60, 30 * 24 * 60) * MINUTE);
    m.complaints = [
      {
        id: `complaint-${uuidv7(openedAt, draw.bytes())}`,
        openedAt,
        complex: draw.chance(0.2),
        ...(draw.chance(0.7)
          ? { respondedAt: Math.min(now, openedAt + draw.int(10, 600) * MINUTE) }
          : {}),
      },
    ];
  }
  return m;
}

function milestoneTimes(m: CaseMilestones): number[] {
  return [
    m.acceptedAt,
    m.lastContactAt,
    m.lastProgressCallAt,
    m.materialsCompleteAt,
    m.decision?.at,
    m.denialNoticeAt,
    m.paidAt,
    m.closedAt,
    m.satisfactionFollowUpAt,
  ].filter((t): t is number => t !== undefined);
}

function residentId(draw: Draw): string {
  const birth = `${draw.int(1950, 2005)}${String(draw.int(1, 12)).padStart(2, '0')}${String(draw.int(1, 28)).padStart(2, '0')}`;
  const body = `${draw.pick(['310101', '310104', '310115', '320102'])}${birth}${draw.digits(3)}`;
  return `${body}${residentIdCheckChar(body)}`;
}

function policyFor(draw: Draw, line: Line, lossAt: number, index: number): CaseRecord['policy'] {
  const startAt = lossAt - draw.int(30, 330) * DAY;
  const sumInsuredFen = draw.int(20, 500) * 1_000_000;
  const property = line === 'PROPERTY';
  return {
    id: uuidv7(startAt, draw.bytes()),
    policyNumber: `P${line.slice(0, 2)}${new Date(lossAt).getUTCFullYear()}${String(FIRST_NUMBER + index).padStart(7, '0')}`,
    line,
    startAt,
    endAt: startAt + 365 * DAY,
    issuedAt: startAt - draw.int(1, 10) * DAY,
    waitingDays: line === 'CI' ? 90 : line === 'MEDICAL' ? 30 : 0,
    sumInsuredFen,
    insuredValueFen: property ? sumInsuredFen : null,
    deductibleFen: property ? 500_000 : 0,
    deductibleRateBp: property ? 500 : 0,
    coverages: [{ code: line, name: '基本保险责任', sumInsuredFen, deductibleFen: 0 }],
    vehiclePlate: null,
  };
}

/** About 4% of cases carry one to three detector findings, most still open. */
function flagsFor(draw: Draw, c: Stored<CaseRecord>, now: number): Stored<FlagRecord>[] {
  if (!draw.chance(0.04)) return [];
  return Array.from({ length: draw.int(1, 3) }, () => {
    const createdAt = Math.min(now, c.reportedAt + draw.int(10, 10 * 24 * 60) * MINUTE);
    const verdict = draw.weighted({ open: 70, confirmed: 15, dismissed: 15 });
    const severity: Severity = draw.weighted({ low: 30, medium: 45, high: 25 });
    return {
      id: uuidv7(createdAt, draw.bytes()),
      caseId: c.id,
      documentId: null,
      detector: 'bench-synthetic',
      detectorVersion: '1',
      kind: draw.pick(SINGLE_CASE_ANOMALIES),
      severity,
      page: null,
      region: null,
      evidence: { note: 'synthetic' },
      explanation: { 'zh-CN': '批量测试生成的异常提示', en: 'A finding made up for the benchmark' },
      source: 'workstation',
      verdict,
      verdictReason: verdict === 'open' ? null : '复核完成',
      verdictBy: verdict === 'open' ? null : (c.assigneeId ?? null),
      verdictAt: verdict === 'open' ? null : Math.min(now, createdAt + HOUR),
      createdAt,
      rowVersion: ROW_VERSION,
    };
  });
}
