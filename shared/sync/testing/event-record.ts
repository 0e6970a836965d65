import type { EventRecord } from '../records';

/** A plausible case event, for tests; override what the test is about. */
export function eventRecordFixture(overrides: Partial<EventRecord> = {}): EventRecord {
  return {
    id: '0193a6f0-0000-7000-8000-0000000000e1',
    caseId: '0193a6f0-0000-7000-8000-000000000001',
    at: 1_764_000_000_000,
    actorId: null,
    kind: 'note',
    fromState: null,
    toState: null,
    reason: null,
    detail: {},
    ...overrides,
  };
}
