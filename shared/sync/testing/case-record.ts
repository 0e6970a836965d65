import type { CaseRecord } from '../records';

/** A plausible case as a workstation stores it, for tests; override what the test is about. */
export function caseRecordFixture(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: '0193a6f0-0000-7000-8000-000000000001',
    caseNumber: 'CLM-2026-000001',
    provisionalNumber: null,
    line: 'AUTO',
    state: 'INVESTIGATION',
    customer: {
      id: '0193a6f0-0000-7000-8000-000000000002',
      name: '张伟',
      kind: 'individual',
      idNumber: '110101199003074578',
      phone: '13800138000',
      preferredChannel: 'app',
    },
    policy: null,
    milestones: {},
    claimedFen: 1_250_000,
    reservedFen: 1_000_000,
    paidFen: 0,
    assigneeId: null,
    teamId: null,
    dedicatedAdvisorId: null,
    greenChannel: false,
    disaster: false,
    complex: false,
    lossAt: Date.UTC(2026, 10, 1),
    reportedAt: Date.UTC(2026, 10, 1),
    lossLocation: '上海市浦东新区世纪大道',
    lossLat: null,
    lossLng: null,
    description: '追尾，后保险杠受损',
    createdAt: Date.UTC(2026, 10, 1),
    updatedAt: Date.UTC(2026, 10, 2),
    ...overrides,
  };
}
