import { beforeAll, describe, expect, it } from 'vitest';
import { foldMilestones, ONLINE_CHANNELS, ReportChannel } from '@shared/domain/milestones';
import { checkTransition } from '@shared/domain/transitions';
import type { EventRecord } from '@shared/sync/records';
import { generateDemoOrganisation, type DemoOrganisation } from './organisation';

const NOW = Date.UTC(2026, 10, 20, 9, 30);

describe('demo case timelines', () => {
  let org: DemoOrganisation;
  const eventsByCase = new Map<string, EventRecord[]>();

  beforeAll(() => {
    org = generateDemoOrganisation({ cases: 2000, now: NOW, seed: 2026 });
    for (const event of org.events) {
      const events = eventsByCase.get(event.caseId) ?? [];
      events.push(event);
      eventsByCase.set(event.caseId, events);
    }
  });

  it('gives every case the fold of its own events as its milestones', () => {
    expect(org.cases).toHaveLength(2000);
    expect(new Set(eventsByCase.keys())).toEqual(new Set(org.cases.map((c) => c.id)));
    const mismatched = org.cases.filter((c) => {
      // A stable sort: events at the same moment keep the order the generator gave them.
      const events = (eventsByCase.get(c.id) ?? []).slice().sort((a, b) => a.at - b.at);
      return JSON.stringify(foldMilestones(events)) !== JSON.stringify(c.milestones);
    });
    expect(mismatched.map((c) => c.case_number)).toEqual([]);
    // The fold is not trivially empty: most cases were reported, accepted and contacted.
    expect(
      org.cases.every((c) => ReportChannel.safeParse(c.milestones.reportChannel).success),
    ).toBe(true);
    expect(org.cases.filter((c) => c.milestones.acceptedAt !== undefined).length).toBeGreaterThan(
      1000,
    );
  });

  it('moves each case only through legal transitions, some through a materials request', () => {
    let rounds = 0;
    for (const c of org.cases) {
      const moves = (eventsByCase.get(c.id) ?? []).filter((e) => e.kind === 'transition');
      let state = 'REPORTED';
      for (const move of moves) {
        expect(move.fromState, `${c.case_number} continues from its state`).toBe(state);
        const refusal = checkTransition({
          from: move.fromState ?? 'REPORTED',
          to: move.toState ?? 'REPORTED',
          role: 'supervisor',
          reason: 'demo',
          denialClause: 'demo',
          adjudication: true,
          survey: true,
        });
        expect(refusal, `${c.case_number}: ${move.fromState} → ${move.toState}`).toBeNull();
        state = move.toState ?? state;
      }
      expect(state).toBe(c.state);
      if ((c.milestones.materialsRequests ?? 0) > 0 && c.state !== 'PENDING_MATERIALS') rounds++;
    }
    expect(rounds).toBeGreaterThan(200);
  });

  it('logs exactly one contact event for each contact record, on the same case and time', () => {
    expect(org.contacts.length).toBeGreaterThan(2000);
    const contactEvents = org.events.filter((e) => e.kind === 'contact');
    expect(contactEvents).toHaveLength(org.contacts.length);
    const byContact = new Map<string, EventRecord[]>();
    for (const event of contactEvents) {
      const id = String(event.detail['contactId']);
      byContact.set(id, [...(byContact.get(id) ?? []), event]);
    }
    for (const contact of org.contacts) {
      const events = byContact.get(contact.id) ?? [];
      expect(events, contact.id).toHaveLength(1);
      expect(events[0]).toMatchObject({
        caseId: contact.caseId,
        at: contact.at,
        detail: { channel: contact.channel, direction: contact.direction },
      });
    }
  });

  it('has two to four in five cases reported online', () => {
    const online = org.cases.filter(
      (c) => c.milestones.reportChannel && ONLINE_CHANNELS.has(c.milestones.reportChannel),
    ).length;
    const share = online / org.cases.length;
    expect(share).toBeGreaterThanOrEqual(0.6);
    expect(share).toBeLessThanOrEqual(0.8);
    // Offline channels appear too: the KPI has something to measure against.
    expect(
      new Set(org.cases.map((c) => c.milestones.reportChannel)).has('phone'),
      'phone reports',
    ).toBe(true);
  });

  it('has complaints on some cases and surveys on some closed ones', () => {
    const complained = org.cases.filter((c) => (c.milestones.complaints?.length ?? 0) > 0);
    expect(complained.length).toBeGreaterThan(0);
    expect(complained.length).toBeLessThan(org.cases.length / 10);
    for (const c of complained) {
      for (const complaint of c.milestones.complaints ?? []) {
        expect(complaint.openedAt).toBeGreaterThanOrEqual(c.reported_at);
        expect(complaint.openedAt).toBeLessThanOrEqual(NOW);
      }
    }
    const surveyed = org.cases.filter(
      (c) => c.milestones.survey !== undefined && c.milestones.closedAt !== undefined,
    );
    expect(surveyed.length).toBeGreaterThan(0);
    for (const c of surveyed) {
      const closedAt = c.milestones.closedAt ?? Infinity;
      expect(c.milestones.survey?.at).toBeGreaterThan(closedAt);
      expect(c.milestones.survey?.satisfied).toBeTypeOf('boolean');
    }
    // A survey is only taken after closing: no open case has one.
    const openWithSurvey = org.cases.filter(
      (c) =>
        c.milestones.survey !== undefined && !['CLOSED', 'FOLLOW_UP', 'REOPENED'].includes(c.state),
    );
    expect(openWithSurvey.map((c) => c.case_number)).toEqual([]);
  });

  it('puts no event, contact or milestone after now', () => {
    expect(org.events.filter((e) => e.at > NOW)).toEqual([]);
    expect(org.contacts.filter((c) => c.at > NOW)).toEqual([]);
    const times = (m: (typeof org.cases)[number]['milestones']) =>
      [
        m.acceptedAt,
        m.firstContactAt,
        m.lastContactAt,
        m.lastProgressCallAt,
        m.closedAt,
        m.paidAt,
        m.survey?.at,
      ].filter((t): t is number => t !== undefined);
    expect(org.cases.filter((c) => times(c.milestones).some((t) => t > NOW))).toEqual([]);
  });

  it('leaves some just-reported cases without a first contact, so their clocks run', () => {
    const reported = org.cases.filter((c) => c.state === 'REPORTED');
    const waiting = reported.filter(
      (c) =>
        c.milestones.firstContactAt === undefined &&
        !eventsByCase.get(c.id)?.some((e) => e.kind === 'contact'),
    );
    expect(waiting.length).toBeGreaterThan(0);
    // Most other cases were contacted.
    const contacted = org.cases.filter((c) => c.milestones.firstContactAt !== undefined);
    expect(contacted.length).toBeGreaterThan(org.cases.length * 0.8);
    for (const c of contacted)
      expect(c.milestones.firstContactAt ?? 0).toBeGreaterThanOrEqual(c.reported_at);
  });
});
