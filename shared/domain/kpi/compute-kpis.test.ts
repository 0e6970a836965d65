import { describe, expect, it } from 'vitest';
import type { Line } from '../lines';
import type { CaseMilestones, ComplaintMilestones } from '../milestones';
import { DEFAULT_SLA_CATALOGUE } from '../sla/sla-catalogue';
import {
  chinaWeekStart,
  computeKpis,
  KPI_CATALOGUE,
  KPI_IDS,
  meetsTarget,
  type KpiCase,
  type KpiId,
  type KpiReport,
  type KpiResult,
} from './index';

/** A wall-clock time in China (UTC+8) in 2026. */
const cn = (month: number, day: number, hour = 0, minute = 0): number =>
  Date.UTC(2026, month - 1, day, hour - 8, minute);

/** Wednesday 18 Nov 2026, 12:00 China time. */
const NOW = Date.UTC(2026, 10, 18, 4);
const THIS_MONDAY = cn(11, 16);
const LAST_MONDAY = cn(11, 9);

const kase = (
  id: string,
  line: Line,
  claimedFen: number,
  reportedAt: number,
  milestones: CaseMilestones,
  more: Partial<Pick<KpiCase, 'dedicatedAdvisorId' | 'flagsRaised'>> = {},
): KpiCase => ({
  id,
  line,
  claimedFen,
  dedicatedAdvisorId: null,
  reportedAt,
  milestones,
  flagsRaised: 0,
  ...more,
});

const pick = (report: KpiReport, id: KpiId): KpiResult => {
  const found = report.kpis.find((k) => k.id === id);
  if (!found) throw new Error(`no KPI ${id}`);
  return found;
};

const approve = (at: number) => ({ at, kind: 'approve' as const });
const survey = (at: number, satisfied: boolean) => ({
  at,
  process: 4,
  speed: 4,
  communication: 4,
  satisfied,
});

/*
 * Last week (Mon 9 – Sun 15 Nov) and this week (Mon 16 Nov – now); c12 was
 * reported in August, before the 12-week window that starts Mon 31 Aug.
 */
const DATASET: readonly KpiCase[] = [
  kase('c01', 'AUTO', 300_000, cn(11, 9, 9), {
    reportChannel: 'app',
    materialsRequests: 1,
    materialsCompleteAt: cn(11, 9, 12),
    decision: approve(cn(11, 10, 10)),
    closedAt: cn(11, 11, 9),
    survey: survey(cn(11, 11, 15), true),
  }),
  kase(
    'c02',
    'AUTO',
    500_000,
    cn(11, 10, 8),
    {
      reportChannel: 'wechat',
      decision: approve(cn(11, 11, 9)),
      closedAt: cn(11, 12, 8),
      survey: survey(cn(11, 12, 20), false),
      complaints: [
        { id: 'k2a', openedAt: cn(11, 12, 21), complex: false, resolvedAt: cn(11, 12, 23) },
      ],
    },
    { flagsRaised: 2 },
  ),
  kase('c03', 'AUTO', 500_001, cn(11, 10, 9), {
    reportChannel: 'phone',
    materialsRequests: 2,
    materialsCompleteAt: cn(11, 11, 9),
    decision: approve(cn(11, 14, 9)),
    closedAt: cn(11, 16, 9),
    complaints: [
      { id: 'k3a', openedAt: cn(11, 13, 10), complex: true, resolvedAt: cn(11, 15, 9) },
      {
        id: 'k3b',
        openedAt: cn(11, 14, 10),
        complex: false,
        escalatedAt: cn(11, 14, 12),
        resolvedAt: cn(11, 17, 13),
      },
    ],
  }),
  kase('c04', 'MEDICAL', 300_000, cn(11, 12, 10), {
    reportChannel: 'web',
    materialsRequests: 0,
    materialsCompleteAt: cn(11, 13, 10),
    decision: approve(cn(11, 14, 10)),
    closedAt: cn(11, 16, 22),
    survey: survey(cn(11, 17, 10), true),
  }),
  kase(
    'c05',
    'MEDICAL',
    300_001,
    cn(11, 12, 11),
    { reportChannel: 'counter', decision: { at: cn(11, 13, 11), kind: 'deny' } },
    { flagsRaised: 1 },
  ),
  kase('c06', 'PROPERTY', 200_000, cn(11, 13, 8), {
    reportChannel: 'app',
    decision: approve(cn(11, 13, 12)),
    complaints: [
      { id: 'k6', openedAt: cn(11, 14, 9), complex: false, escalatedAt: cn(11, 14, 10) },
    ],
  }),
  kase(
    'c07',
    'LIFE',
    5_000_000,
    cn(11, 16, 9),
    {
      reportChannel: 'agent',
      complaints: [{ id: 'k7', openedAt: cn(11, 16, 12), complex: true }],
    },
    { dedicatedAdvisorId: 'adv-1' },
  ),
  kase('c08', 'AUTO', 1_000_000, cn(11, 16, 10), { reportChannel: 'app' }),
  kase('c09', 'CI', 999_999, cn(11, 17, 9), { reportChannel: 'staff' }),
  kase('c10', 'ACCIDENT', 2_000_000, cn(11, 17, 10), {}, { dedicatedAdvisorId: 'adv-2' }),
  kase(
    'c11',
    'LIABILITY',
    3_000_000,
    cn(11, 15, 23, 59),
    { reportChannel: 'web' },
    { dedicatedAdvisorId: 'adv-3' },
  ),
  kase(
    'c12',
    'AUTO',
    100_000,
    Date.UTC(2026, 7, 1, 2),
    {
      reportChannel: 'app',
      materialsRequests: 2,
      materialsCompleteAt: Date.UTC(2026, 7, 2, 2),
      decision: approve(Date.UTC(2026, 7, 2, 12)),
      closedAt: cn(11, 10, 10),
      survey: survey(cn(11, 10, 12), true),
      complaints: [{ id: 'k12', openedAt: Date.UTC(2026, 7, 5, 2), complex: true }],
    },
    { flagsRaised: 5 },
  ),
];

describe('KPI catalogue', () => {
  it('lists the ten KPIs of domain.md §10 in order, with their targets', () => {
    expect(KPI_CATALOGUE.map((k) => k.id)).toEqual([...KPI_IDS]);
    expect(KPI_CATALOGUE.map((k) => [k.id, k.unit, k.target.comparison, k.target.value])).toEqual([
      ['cycle-time', 'days', 'atMost', 3.5],
      ['small-claim-decision', 'share', 'atLeast', 1],
      ['ai-prereview-pass', 'share', 'atLeast', 0.85],
      ['online-share', 'share', 'atLeast', 0.7],
      ['materials-requests', 'perClaim', 'atMost', 1],
      ['advisor-coverage', 'share', 'atLeast', 0.9],
      ['complaint-rate', 'share', 'below', 0.03],
      ['second-complaints', 'share', 'atMost', 0.01],
      ['satisfaction', 'share', 'atLeast', 0.92],
      ['disputes-in-3-days', 'share', 'atLeast', 1],
    ]);
    for (const k of KPI_CATALOGUE) {
      for (const t of [k.label, k.definition]) {
        expect(t['zh-CN']).not.toBe('');
        expect(t.en).not.toBe('');
      }
    }
  });

  it('takes the advisor threshold of 10,000 CNY from the SLA scope', () => {
    expect(DEFAULT_SLA_CATALOGUE.scope.advisorMinClaimedFen).toBe(10_000 * 100);
  });
});

describe('computeKpis on a hand-made dataset', () => {
  const report = computeKpis(DATASET, { now: NOW });

  it('spans the 12 weeks ending with the current one', () => {
    expect(report.windowStart).toBe(cn(8, 31));
    expect(report.windowEnd).toBe(cn(11, 23));
    for (const k of report.kpis) {
      expect(k.trend).toHaveLength(12);
      expect(k.trend[11]?.weekStart).toBe(THIS_MONDAY);
    }
  });

  it('cycle time: closed c01 2 d, c02 2 d, c03 6 d, c04 4.5 d, c12 101 d → 115.5 / 5', () => {
    // c12 was reported before the window but closed in it, so it counts.
    const k = pick(report, 'cycle-time');
    expect(k.value).toBeCloseTo(23.1, 10);
    expect(k.sample).toBe(5);
    expect(k.met).toBe(false);
    // Last week: c01, c02, c12 → 105 / 3; this week: c03, c04 → 10.5 / 2.
    expect(k.trend[10]?.value).toBeCloseTo(35, 10);
    expect(k.trend[11]?.value).toBeCloseTo(5.25, 10);
  });

  it('small-claim decision: c01 22 h ✓, c02 25 h from report ✗, c04 exactly 24 h ✓', () => {
    // c03 and c05 are 1 fen over their ceilings, PROPERTY (c06) has none, c12 decided before.
    const k = pick(report, 'small-claim-decision');
    expect(k.value).toBeCloseTo(2 / 3, 10);
    expect(k.sample).toBe(3);
    expect(k.met).toBe(false);
  });

  it('AI pre-review pass: decided c01 c02 c03 c04 c05 c06, unflagged c01 c03 c04 c06 → 4 / 6', () => {
    const k = pick(report, 'ai-prereview-pass');
    expect(k.value).toBeCloseTo(4 / 6, 10);
    expect(k.sample).toBe(6);
    expect(k.met).toBe(false);
  });

  it('online share: 11 reported in the window, online c01 c02 c04 c06 c08 c11 → 6 / 11', () => {
    const k = pick(report, 'online-share');
    expect(k.value).toBeCloseTo(6 / 11, 10);
    expect(k.sample).toBe(11);
    expect(k.met).toBe(false);
    // c11 at Sunday 23:59 is last week's: c01 c02 c03 c04 c05 c06 c11, online 5.
    expect(k.trend[10]).toEqual({ weekStart: LAST_MONDAY, value: 5 / 7, sample: 7 });
    expect(k.trend[11]).toEqual({ weekStart: THIS_MONDAY, value: 1 / 4, sample: 4 });
    expect(k.trend[9]).toEqual({ weekStart: cn(11, 2), value: null, sample: 0 });
  });

  it('materials requests: closed c01 1, c02 absent 0, c03 2, c04 0, c12 2 → 5 / 5 = 1, met at the limit', () => {
    const k = pick(report, 'materials-requests');
    expect(k.value).toBe(1);
    expect(k.sample).toBe(5);
    expect(k.met).toBe(true);
  });

  it('advisor coverage: ≥ 1,000,000 fen c07 ✓ c08 ✗ c10 ✓ c11 ✓ → 3 / 4 (c09 is 1 fen short)', () => {
    const k = pick(report, 'advisor-coverage');
    expect(k.value).toBeCloseTo(3 / 4, 10);
    expect(k.sample).toBe(4);
    expect(k.met).toBe(false);
  });

  it('complaint rate: c02 c03 c06 c07 of 11 → 4 / 11; second complaints: c03 → 1 / 11', () => {
    const once = pick(report, 'complaint-rate');
    expect(once.value).toBeCloseTo(4 / 11, 10);
    expect(once.sample).toBe(11);
    expect(once.met).toBe(false);
    const twice = pick(report, 'second-complaints');
    expect(twice.value).toBeCloseTo(1 / 11, 10);
    expect(twice.sample).toBe(11);
    expect(twice.met).toBe(false);
  });

  it('satisfaction: surveys c01 ✓ c02 ✗ c04 ✓ c12 ✓ → 3 / 4', () => {
    const k = pick(report, 'satisfaction');
    expect(k.value).toBeCloseTo(3 / 4, 10);
    expect(k.sample).toBe(4);
    expect(k.met).toBe(false);
  });

  it('disputes: k3a 47 h ✓, k3b 73 h ✗, k6 open 4 d 2 h ✗; k7 open 2 d not judged, k12 before the window', () => {
    const k = pick(report, 'disputes-in-3-days');
    expect(k.value).toBeCloseTo(1 / 3, 10);
    expect(k.sample).toBe(3);
    expect(k.met).toBe(false);
  });
});

describe('week buckets', () => {
  it('starts weeks at Monday 00:00 China time, not UTC', () => {
    expect(chinaWeekStart(cn(11, 15, 23, 59))).toBe(LAST_MONDAY);
    expect(chinaWeekStart(THIS_MONDAY)).toBe(THIS_MONDAY);
    expect(chinaWeekStart(NOW)).toBe(THIS_MONDAY);
    // Monday 00:00 in China is still Sunday in UTC.
    expect(new Date(THIS_MONDAY).getUTCDay()).toBe(0);
  });

  it('puts Sunday 23:59 and Monday 00:00 (+08:00) in different weeks', () => {
    const report = computeKpis(
      [
        kase('sun', 'AUTO', 100, cn(11, 15, 23, 59), { reportChannel: 'app' }),
        kase('mon', 'AUTO', 100, THIS_MONDAY, { reportChannel: 'phone' }),
      ],
      { now: NOW, weeks: 2 },
    );
    expect(pick(report, 'online-share').trend).toEqual([
      { weekStart: LAST_MONDAY, value: 1, sample: 1 },
      { weekStart: THIS_MONDAY, value: 0, sample: 1 },
    ]);
  });

  it('ignores events before the window and after the current week', () => {
    const cases = [
      kase('before', 'AUTO', 100, cn(11, 15, 23, 59), {
        reportChannel: 'app',
        closedAt: cn(11, 17, 23, 59),
      }),
      kase('inside', 'AUTO', 100, THIS_MONDAY, {
        reportChannel: 'phone',
        survey: survey(cn(11, 23), true),
      }),
    ];
    const report = computeKpis(cases, { now: NOW, weeks: 1 });
    // Only 'inside' was reported this week; 'before' still closed in it.
    expect(pick(report, 'online-share')).toMatchObject({ value: 0, sample: 1 });
    expect(pick(report, 'cycle-time')).toMatchObject({ value: 2, sample: 1 });
    // The survey falls in next week.
    expect(pick(report, 'satisfaction')).toMatchObject({ value: null, sample: 0 });
    const twoWeeks = computeKpis(cases, { now: NOW, weeks: 2 });
    expect(pick(twoWeeks, 'online-share')).toMatchObject({ value: 0.5, sample: 2 });
  });

  it('gives null value and null met for a week or window without a sample', () => {
    const report = computeKpis([kase('c', 'AUTO', 100, cn(11, 17), { reportChannel: 'app' })], {
      now: NOW,
      weeks: 2,
    });
    const online = pick(report, 'online-share');
    expect(online.trend[0]).toEqual({ weekStart: LAST_MONDAY, value: null, sample: 0 });
    expect(online).toMatchObject({ value: 1, met: true });
    expect(pick(report, 'cycle-time')).toMatchObject({ value: null, sample: 0, met: null });
    const empty = computeKpis([], { now: NOW });
    for (const k of empty.kpis) expect(k).toMatchObject({ value: null, sample: 0, met: null });
  });

  it('rejects a window that is not a positive whole number of weeks', () => {
    expect(() => computeKpis([], { now: NOW, weeks: 0 })).toThrow(RangeError);
    expect(() => computeKpis([], { now: NOW, weeks: 1.5 })).toThrow(RangeError);
  });
});

describe('targets', () => {
  const closedAfter = (days: number) =>
    computeKpis(
      [kase('c', 'AUTO', 100, LAST_MONDAY, { closedAt: LAST_MONDAY + days * 86_400_000 })],
      {
        now: NOW,
      },
    );
  const reported = (n: number, make: (i: number) => CaseMilestones) =>
    computeKpis(
      Array.from({ length: n }, (_, i) => kase(`c${i}`, 'AUTO', 100, cn(11, 16, 1), make(i))),
      { now: NOW },
    );

  it('atMost: a cycle time of exactly 3.5 days is met, a minute more is not', () => {
    expect(pick(closedAfter(3.5), 'cycle-time').met).toBe(true);
    expect(pick(closedAfter(3.5 + 1 / 1440), 'cycle-time').met).toBe(false);
  });

  it('atLeast: 7 of 10 online meets 70 %, 6 of 10 does not', () => {
    const online = (k: number) => reported(10, (i) => ({ reportChannel: i < k ? 'app' : 'phone' }));
    expect(pick(online(7), 'online-share')).toMatchObject({ value: 0.7, met: true });
    expect(pick(online(6), 'online-share')).toMatchObject({ value: 0.6, met: false });
  });

  it('below: a complaint rate of exactly 3 % misses, 2 % meets', () => {
    const complaint: ComplaintMilestones = { id: 'k', openedAt: cn(11, 16, 2), complex: false };
    const rate = (k: number) => reported(100, (i) => (i < k ? { complaints: [complaint] } : {}));
    expect(pick(rate(3), 'complaint-rate')).toMatchObject({ value: 0.03, met: false });
    expect(pick(rate(2), 'complaint-rate')).toMatchObject({ value: 0.02, met: true });
  });

  it('meetsTarget compares each kind at its boundary', () => {
    expect(meetsTarget(1, { comparison: 'atMost', value: 1 })).toBe(true);
    expect(meetsTarget(1, { comparison: 'atLeast', value: 1 })).toBe(true);
    expect(meetsTarget(1, { comparison: 'below', value: 1 })).toBe(false);
    expect(meetsTarget(0.99, { comparison: 'atLeast', value: 1 })).toBe(false);
  });
});

describe('the 3-day dispute rule', () => {
  const dispute = (complaint: ComplaintMilestones) =>
    pick(
      computeKpis([kase('c', 'AUTO', 100, cn(11, 9), { complaints: [complaint] })], {
        now: NOW,
        weeks: 2,
      }),
      'disputes-in-3-days',
    );
  const opened = cn(11, 9, 10);

  it('counts a complex complaint solved at exactly 3 days as in time, from its opening', () => {
    const k = dispute({ id: 'k', openedAt: opened, complex: true, resolvedAt: cn(11, 12, 10) });
    expect(k).toMatchObject({ value: 1, sample: 1, met: true });
    expect(k.trend[0]?.sample).toBe(1);
  });

  it('counts an escalated complaint solved a minute after 3 days as missed, from its escalation', () => {
    const k = dispute({
      id: 'k',
      openedAt: opened,
      complex: false,
      escalatedAt: cn(11, 10, 10),
      resolvedAt: cn(11, 13, 10, 1),
    });
    expect(k).toMatchObject({ value: 0, sample: 1, met: false });
  });

  it('buckets a dispute by its escalation, not by the complaint', () => {
    const k = dispute({ id: 'k', openedAt: opened, complex: false, escalatedAt: cn(11, 16, 8) });
    expect(k.trend.map((t) => t.sample)).toEqual([0, 0]);
    const solved = dispute({
      id: 'k',
      openedAt: opened,
      complex: false,
      escalatedAt: cn(11, 16, 8),
      resolvedAt: cn(11, 17, 8),
    });
    expect(solved.trend.map((t) => t.sample)).toEqual([0, 1]);
  });

  it('leaves out an unsolved dispute younger than 3 days', () => {
    const k = dispute({ id: 'k', openedAt: cn(11, 15, 12, 1), complex: true });
    expect(k).toMatchObject({ value: null, sample: 0, met: null });
  });

  it('counts an unsolved dispute older than 3 days as missed', () => {
    const k = dispute({
      id: 'k',
      openedAt: opened,
      complex: false,
      escalatedAt: cn(11, 15, 11, 59),
    });
    expect(k).toMatchObject({ value: 0, sample: 1, met: false });
  });

  it('ignores an ordinary complaint that was never escalated', () => {
    expect(dispute({ id: 'k', openedAt: opened, complex: false }).sample).toBe(0);
  });
});
