import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, shanghaiTime as at } from './calendar';
import { computeClocks, nextDueClock, type SlaClock } from './clocks';
import { RECORD_DELAY } from './clock-texts';
import type { ComplaintFacts, SlaFacts } from './facts';
import { DEFAULT_SLA_CATALOGUE, SlaCatalogue, type ClockKind } from './sla-catalogue';
import { daysAgo, facts, hoursAgo, NOW } from './sla-test-facts';

/** Six situations per clock: does not apply, ok, at risk, breached, met on time, met late. */
interface Scenario {
  readonly kind: ClockKind;
  readonly notApplicable: SlaFacts;
  readonly ok: SlaFacts;
  readonly atRisk: SlaFacts;
  readonly breached: SlaFacts;
  readonly metOnTime: SlaFacts;
  readonly metLate: SlaFacts;
}

const TUESDAY = (hour: number, minute = 0) => at(2026, 3, 10, hour, minute);
const complaint = (c: Partial<ComplaintFacts>): ComplaintFacts => ({
  id: 'c1',
  openedAt: hoursAgo(0.5),
  complex: false,
  ...c,
});
const withComplaint = (c: Partial<ComplaintFacts>) => facts({ complaints: [complaint(c)] });
const closed = (o: Partial<SlaFacts>) => facts({ state: 'CLOSED', ...o });
const big = (o: Partial<SlaFacts>) => facts({ claimedFen: 2_000_000, ...o });
const small = (o: Partial<SlaFacts>) => facts({ claimedFen: 300_000, ...o });
const approve = (decidedAt: number) => ({ decision: { at: decidedAt, kind: 'approve' as const } });
const deny = (decidedAt: number) => ({
  state: 'DENIED' as const,
  decision: { at: decidedAt, kind: 'deny' as const },
});

const SCENARIOS: Scenario[] = [
  {
    kind: 'case-number',
    notApplicable: facts(),
    // One office hour from the report; at risk in its second half.
    ok: facts({ state: 'REPORTED', reportedAt: hoursAgo(0.2) }),
    atRisk: facts({ state: 'REPORTED', reportedAt: hoursAgo(0.6) }),
    breached: facts({ state: 'REPORTED', reportedAt: TUESDAY(15) }),
    metOnTime: facts({ reportedAt: TUESDAY(15), caseNumberIssuedAt: TUESDAY(15, 30) }),
    metLate: facts({ reportedAt: TUESDAY(15), caseNumberIssuedAt: hoursAgo(0.2) }),
  },
  {
    kind: 'advisor-first-contact',
    notApplicable: facts({ claimedFen: 999_999 }),
    ok: big({ reportedAt: hoursAgo(0.5) }),
    // Tue 17:20 → 40 min Tue + 80 min Wed: due 10:20, 20 office minutes left.
    atRisk: big({ reportedAt: TUESDAY(17, 20) }),
    breached: big({ reportedAt: TUESDAY(15) }),
    metOnTime: big({ reportedAt: TUESDAY(15), firstContactAt: TUESDAY(16) }),
    metLate: big({ reportedAt: TUESDAY(15), firstContactAt: hoursAgo(0.5) }),
  },
  {
    kind: 'small-claim-decision',
    notApplicable: facts({ claimedFen: 500_001, materialsCompleteAt: hoursAgo(2) }),
    ok: small({ materialsCompleteAt: hoursAgo(2) }),
    atRisk: small({ materialsCompleteAt: hoursAgo(20) }),
    breached: small({ materialsCompleteAt: hoursAgo(30) }),
    metOnTime: small({ materialsCompleteAt: hoursAgo(30), ...approve(hoursAgo(10)) }),
    metLate: small({ materialsCompleteAt: hoursAgo(30), ...approve(hoursAgo(2)) }),
  },
  {
    kind: 'complex-property-target',
    notApplicable: facts({ line: 'PROPERTY', complex: false }),
    ok: facts({ line: 'PROPERTY', complex: true, reportedAt: daysAgo(1) }),
    atRisk: facts({ line: 'PROPERTY', complex: true, reportedAt: daysAgo(4.5) }),
    breached: facts({ line: 'PROPERTY', complex: true, reportedAt: daysAgo(6) }),
    metOnTime: facts({
      line: 'PROPERTY',
      complex: true,
      reportedAt: daysAgo(6),
      ...approve(daysAgo(2)),
    }),
    metLate: facts({
      line: 'PROPERTY',
      complex: true,
      reportedAt: daysAgo(7),
      ...approve(daysAgo(1.5)),
    }),
  },
  {
    kind: 'progress-call',
    notApplicable: facts({ reportedAt: daysAgo(30) }),
    ok: facts({ complex: true, reportedAt: daysAgo(20), lastProgressCallAt: daysAgo(1) }),
    atRisk: facts({ complex: true, reportedAt: daysAgo(20), lastProgressCallAt: daysAgo(6.5) }),
    breached: facts({ complex: true, reportedAt: daysAgo(8) }),
    metOnTime: closed({ complex: true, lastProgressCallAt: daysAgo(4), closedAt: daysAgo(1) }),
    metLate: closed({ complex: true, lastProgressCallAt: daysAgo(11), closedAt: daysAgo(1) }),
  },
  {
    kind: 'complex-decision',
    notApplicable: facts({ materialsCompleteAt: daysAgo(10) }),
    ok: facts({ complex: true, materialsCompleteAt: daysAgo(10) }),
    atRisk: facts({ complex: true, materialsCompleteAt: daysAgo(26) }),
    breached: facts({ complex: true, materialsCompleteAt: daysAgo(31) }),
    metOnTime: facts({ complex: true, materialsCompleteAt: daysAgo(40), ...approve(daysAgo(20)) }),
    metLate: facts({ complex: true, materialsCompleteAt: daysAgo(40), ...approve(daysAgo(5)) }),
  },
  {
    kind: 'advance-payment',
    notApplicable: facts(),
    ok: facts({ materialsCompleteAt: daysAgo(10) }),
    atRisk: facts({ materialsCompleteAt: daysAgo(55) }),
    breached: facts({ materialsCompleteAt: daysAgo(61) }),
    metOnTime: facts({ materialsCompleteAt: daysAgo(70), advancePaidAt: daysAgo(10) }),
    metLate: facts({ materialsCompleteAt: daysAgo(70), advancePaidAt: daysAgo(8) }),
  },
  {
    kind: 'payment-law',
    notApplicable: facts({ ...approve(daysAgo(3)) }),
    ok: facts({ agreementAt: daysAgo(2) }),
    atRisk: facts({ agreementAt: daysAgo(8) }),
    breached: facts({ agreementAt: daysAgo(11) }),
    metOnTime: facts({ agreementAt: daysAgo(20), paidAt: daysAgo(15) }),
    metLate: facts({ agreementAt: daysAgo(20), paidAt: daysAgo(8) }),
  },
  {
    kind: 'payment-target',
    notApplicable: facts(),
    // Wed 09:30 + 27 office hours → Mon 09:30: 26.5 h left, more than 67 % of 27 h.
    ok: facts({ agreementAt: hoursAgo(0.5) }),
    // Mon 10:00 → due Thu 10:00: 9 office hours left.
    atRisk: facts({ agreementAt: at(2026, 3, 9, 10) }),
    breached: facts({ agreementAt: at(2026, 3, 5, 10) }),
    metOnTime: facts({ agreementAt: at(2026, 3, 9, 10), paidAt: TUESDAY(10) }),
    metLate: facts({ agreementAt: at(2026, 3, 5, 10), paidAt: hoursAgo(1) }),
  },
  {
    kind: 'denial-notice',
    notApplicable: facts({ ...approve(daysAgo(1)) }),
    ok: facts({ ...deny(daysAgo(1)) }),
    atRisk: facts({ ...deny(daysAgo(2.5)) }),
    breached: facts({ ...deny(daysAgo(4)) }),
    metOnTime: facts({ ...deny(daysAgo(5)), denialNoticeAt: daysAgo(4) }),
    metLate: facts({ ...deny(daysAgo(5)), denialNoticeAt: daysAgo(1) }),
  },
  {
    kind: 'complaint-response',
    notApplicable: facts(),
    ok: withComplaint({ openedAt: hoursAgo(1 / 6) }),
    atRisk: withComplaint({ openedAt: hoursAgo(50 / 60) }),
    breached: withComplaint({ openedAt: TUESDAY(16) }),
    metOnTime: withComplaint({ openedAt: TUESDAY(16), respondedAt: TUESDAY(16, 30) }),
    metLate: withComplaint({ openedAt: TUESDAY(16), respondedAt: TUESDAY(17, 30) }),
  },
  {
    kind: 'complaint-ordinary',
    notApplicable: withComplaint({ complex: true }),
    ok: withComplaint({ openedAt: hoursAgo(0.5) }),
    // Tue 15:30 → 2.5 h Tue + 1.5 h Wed: due 10:30.
    atRisk: withComplaint({ openedAt: TUESDAY(15, 30) }),
    breached: withComplaint({ openedAt: TUESDAY(10) }),
    metOnTime: withComplaint({ openedAt: TUESDAY(10), resolvedAt: TUESDAY(12) }),
    metLate: withComplaint({ openedAt: TUESDAY(10), resolvedAt: TUESDAY(16) }),
  },
  {
    kind: 'complaint-dispute',
    notApplicable: withComplaint({}),
    ok: withComplaint({ complex: true, openedAt: daysAgo(1) }),
    atRisk: withComplaint({ complex: true, openedAt: daysAgo(2.5) }),
    breached: withComplaint({ complex: true, openedAt: daysAgo(4) }),
    metOnTime: withComplaint({ complex: true, openedAt: daysAgo(10), resolvedAt: daysAgo(8) }),
    metLate: withComplaint({ complex: true, openedAt: daysAgo(10), resolvedAt: daysAgo(6) }),
  },
  {
    kind: 'complaint-revisit',
    notApplicable: withComplaint({}),
    ok: withComplaint({ openedAt: daysAgo(2), resolvedAt: daysAgo(1) }),
    atRisk: withComplaint({ openedAt: daysAgo(7), resolvedAt: daysAgo(6) }),
    breached: withComplaint({ openedAt: daysAgo(9), resolvedAt: daysAgo(8) }),
    metOnTime: withComplaint({
      openedAt: daysAgo(21),
      resolvedAt: daysAgo(20),
      revisitedAt: daysAgo(17),
    }),
    metLate: withComplaint({
      openedAt: daysAgo(21),
      resolvedAt: daysAgo(20),
      revisitedAt: daysAgo(11),
    }),
  },
  {
    kind: 'satisfaction-follow-up',
    notApplicable: facts({ state: 'WITHDRAWN', closedAt: daysAgo(1) }),
    ok: closed({ closedAt: daysAgo(1) }),
    atRisk: closed({ closedAt: daysAgo(2.5) }),
    breached: closed({ closedAt: daysAgo(4) }),
    metOnTime: closed({ closedAt: daysAgo(10), satisfactionFollowUpAt: daysAgo(9) }),
    metLate: closed({ closedAt: daysAgo(10), satisfactionFollowUpAt: daysAgo(5) }),
  },
  {
    kind: 'limitation',
    notApplicable: facts(),
    ok: facts({ lossAt: daysAgo(100) }),
    // Due 2026-04-10: 30 days left of two years, under the 10 % share.
    atRisk: facts({ lossAt: at(2024, 4, 10, 10) }),
    breached: facts({ lossAt: at(2024, 3, 1, 10) }),
    metOnTime: facts({ lossAt: at(2024, 6, 1), claimSubmittedAt: at(2025, 6, 1) }),
    metLate: facts({ lossAt: at(2023, 1, 1), claimSubmittedAt: at(2025, 6, 1) }),
  },
];

function clockOf(kind: ClockKind, caseFacts: SlaFacts): SlaClock | undefined {
  return computeClocks(caseFacts, NOW).find((clock) => clock.kind === kind);
}

function expectClock(kind: ClockKind, caseFacts: SlaFacts): SlaClock {
  const clock = clockOf(kind, caseFacts);
  if (!clock) throw new Error(`expected a ${kind} clock`);
  return clock;
}

describe.each(SCENARIOS)('$kind clock', (scenario) => {
  const { kind } = scenario;

  it('does not apply when its trigger is absent', () => {
    expect(clockOf(kind, scenario.notApplicable)).toBeUndefined();
  });

  it('is ok with plenty of time left', () => {
    const clock = expectClock(kind, scenario.ok);
    expect(clock.state).toBe('ok');
    expect(clock.remainingMs).toBe(clock.dueAt - NOW);
    expect(clock.metAt).toBeUndefined();
  });

  it('is at risk near the due time', () => {
    const clock = expectClock(kind, scenario.atRisk);
    expect(clock.state).toBe('at-risk');
    expect(clock.remainingMs).toBeGreaterThanOrEqual(0);
  });

  it('is breached past the due time', () => {
    const clock = expectClock(kind, scenario.breached);
    expect(clock.state).toBe('breached');
    expect(clock.remainingMs).toBeLessThan(0);
    expect(clock.metAt).toBeUndefined();
  });

  it('is met when the ending event came on time', () => {
    const clock = expectClock(kind, scenario.metOnTime);
    expect(clock.state).toBe('met');
    expect(clock.metAt).toBeLessThanOrEqual(clock.dueAt);
    expect(clock.nextAction.en).toBe('Nothing to do');
  });

  it('is breached, with metAt, when the ending event came late', () => {
    const clock = expectClock(kind, scenario.metLate);
    expect(clock.state).toBe('breached');
    expect(clock.metAt).toBeGreaterThan(clock.dueAt);
    expect(clock.remainingMs).toBe(clock.dueAt - (clock.metAt ?? 0));
  });

  it('carries its label, basis and calendar from the catalogue', () => {
    const clock = expectClock(kind, scenario.ok);
    const rule = DEFAULT_SLA_CATALOGUE.clocks[kind];
    expect(clock.basis).toBe(rule.basis);
    expect(clock.calendar).toBe(rule.limit.calendar);
    expect(clock.label['zh-CN']).not.toBe('');
    expect(clock.label.en).not.toBe('');
  });
});

describe('clock details', () => {
  it('starts the advisor contact for enterprise customers and asks to assign an advisor', () => {
    const clock = expectClock(
      'advisor-first-contact',
      facts({ customerKind: 'enterprise', claimedFen: 100 }),
    );
    expect(clock.nextAction.en).toMatch(/Assign a dedicated advisor/);
    const assigned = expectClock(
      'advisor-first-contact',
      facts({ customerKind: 'enterprise', dedicatedAdvisor: true }),
    );
    expect(assigned.nextAction.en).toMatch(/to call the customer/);
  });

  it('applies the advisor contact from exactly 10,000 CNY', () => {
    expect(clockOf('advisor-first-contact', facts({ claimedFen: 1_000_000 }))).toBeDefined();
  });

  it('puts the 2 h advisor contact over a Friday evening report into Monday office hours', () => {
    const clock = expectClock('advisor-first-contact', big({ reportedAt: at(2026, 3, 6, 17, 30) }));
    expect(clock.dueAt).toBe(at(2026, 3, 9, 10, 30));
  });

  it('takes the 3,000 CNY medical ceiling and skips small claims with open anomalies', () => {
    const medical = { line: 'MEDICAL' as const, materialsCompleteAt: hoursAgo(1) };
    expect(
      clockOf('small-claim-decision', facts({ ...medical, claimedFen: 300_000 })),
    ).toBeDefined();
    expect(
      clockOf('small-claim-decision', facts({ ...medical, claimedFen: 300_001 })),
    ).toBeUndefined();
    expect(
      clockOf(
        'small-claim-decision',
        small({ materialsCompleteAt: hoursAgo(1), openAnomalyCount: 1 }),
      ),
    ).toBeUndefined();
  });

  it('uses the contract’s own decision period instead of 30 days', () => {
    const start = daysAgo(10);
    const clock = expectClock(
      'complex-decision',
      facts({ complex: true, materialsCompleteAt: start, contractDecisionDays: 15 }),
    );
    expect(clock.dueAt).toBe(start + 15 * DAY_MS);
  });

  it('counts the payment target in working days across 国庆 2026', () => {
    const clock = expectClock('payment-target', facts({ agreementAt: at(2026, 9, 30, 10) }));
    expect(clock.dueAt).toBe(at(2026, 10, 10, 10));
    expect(clock.calendar).toBe('working');
  });

  it('gives life claims five years of limitation and refers a late claim to legal', () => {
    const life = expectClock('limitation', facts({ line: 'LIFE', lossAt: at(2024, 4, 10, 10) }));
    expect(life.dueAt).toBe(at(2029, 4, 10, 10));
    expect(life.state).toBe('ok');
    const late = expectClock(
      'limitation',
      facts({ lossAt: at(2023, 1, 1), claimSubmittedAt: at(2025, 6, 1) }),
    );
    expect(late.nextAction.en).toMatch(/legal/);
  });

  it('measures the limitation from when the claimant knew of the event', () => {
    const clock = expectClock(
      'limitation',
      facts({ lossAt: at(2023, 1, 1), knownAt: at(2025, 1, 1) }),
    );
    expect(clock.startedAt).toBe(at(2025, 1, 1));
  });

  it('ends the ordinary complaint clock on escalation and starts the dispute clock there', () => {
    const escalatedAt = TUESDAY(12);
    const clocks = computeClocks(withComplaint({ openedAt: TUESDAY(10), escalatedAt }), NOW);
    const ordinary = clocks.find((c) => c.kind === 'complaint-ordinary');
    const dispute = clocks.find((c) => c.kind === 'complaint-dispute');
    expect(ordinary?.state).toBe('met');
    expect(dispute?.startedAt).toBe(escalatedAt);
    expect(dispute?.id).toBe('complaint-dispute:c1');
  });

  it('runs the complaint clocks once per complaint', () => {
    const clocks = computeClocks(
      facts({ complaints: [complaint({ id: 'a' }), complaint({ id: 'b' })] }),
      NOW,
    );
    const responses = clocks.filter((c) => c.kind === 'complaint-response').map((c) => c.id);
    expect(responses).toEqual(['complaint-response:a', 'complaint-response:b']);
  });

  it('drops case-work clocks without their ending event once the case is withdrawn', () => {
    const withdrawn = facts({
      state: 'WITHDRAWN',
      claimedFen: 2_000_000,
      materialsCompleteAt: daysAgo(3),
      complex: true,
      reportedAt: daysAgo(5),
      lossAt: daysAgo(6),
      closedAt: daysAgo(1),
    });
    const clocks = computeClocks(withdrawn, NOW);
    // Only the weekly progress call remains, ended by the withdrawal itself.
    expect(clocks.map((c) => [c.kind, c.state])).toEqual([['progress-call', 'met']]);
  });

  it('keeps the denial notice running on a denied (terminal) case', () => {
    expect(clockOf('denial-notice', facts({ ...deny(daysAgo(1)) }))?.state).toBe('ok');
  });

  it('says to record the delay when an ordinary clock was met late', () => {
    const clock = expectClock(
      'payment-law',
      facts({ agreementAt: daysAgo(20), paidAt: daysAgo(8) }),
    );
    expect(clock.nextAction).toBe(RECORD_DELAY);
  });

  it('counts a working clock’s risk in office time, not over the weekend', () => {
    // Friday 17:30 report, Saturday noon: the whole 2 h still lie ahead on Monday.
    const clock = computeClocks(big({ reportedAt: at(2026, 3, 6, 17, 30) }), at(2026, 3, 7, 12))[0];
    expect(clock?.state).toBe('ok');
  });

  it('accepts another catalogue', () => {
    const strict: SlaCatalogue = {
      ...DEFAULT_SLA_CATALOGUE,
      clocks: {
        ...DEFAULT_SLA_CATALOGUE.clocks,
        'payment-law': {
          limit: { amount: 5, unit: 'days', calendar: 'calendar' },
          atRiskShare: 0.5,
          basis: 'contract',
        },
      },
    };
    const clock = computeClocks(facts({ agreementAt: daysAgo(3) }), NOW, {
      catalogue: strict,
    }).find((c) => c.kind === 'payment-law');
    expect(clock?.dueAt).toBe(daysAgo(3) + 5 * DAY_MS);
    expect(clock?.state).toBe('at-risk');
    expect(clock?.basis).toBe('contract');
  });

  it('validates the default catalogue against its schema', () => {
    expect(SlaCatalogue.safeParse(DEFAULT_SLA_CATALOGUE).success).toBe(true);
    const broken = {
      ...DEFAULT_SLA_CATALOGUE,
      clocks: {
        ...DEFAULT_SLA_CATALOGUE.clocks,
        limitation: {
          limit: { amount: 2, unit: 'years', calendar: 'working' },
          atRiskShare: 0.1,
          basis: 'x',
        },
      },
    };
    expect(SlaCatalogue.safeParse(broken).success).toBe(false);
  });
});

describe('nextDueClock', () => {
  it('picks the open clock due soonest and ignores met ones', () => {
    const clocks = computeClocks(
      big({
        reportedAt: TUESDAY(15),
        firstContactAt: TUESDAY(15, 30),
        agreementAt: daysAgo(2),
        complaints: [complaint({ openedAt: hoursAgo(0.5) })],
      }),
      NOW,
    );
    expect(nextDueClock(clocks)?.id).toBe('complaint-response:c1');
    expect(nextDueClock(clocks.filter((c) => c.kind !== 'complaint-response'))?.kind).toBe(
      'complaint-ordinary',
    );
  });

  it('is undefined when every clock is met', () => {
    const clocks = computeClocks(
      big({ reportedAt: TUESDAY(15), firstContactAt: TUESDAY(15, 30) }),
      NOW,
    );
    expect(nextDueClock(clocks)).toBeUndefined();
  });

  it('puts a breached clock first', () => {
    const clocks = computeClocks(big({ reportedAt: TUESDAY(15), agreementAt: hoursAgo(1) }), NOW);
    const next = nextDueClock(clocks);
    expect(next?.state).toBe('breached');
    expect(next?.dueAt).toBe(TUESDAY(17));
    expect(HOUR_MS).toBe(3_600_000);
  });
});
