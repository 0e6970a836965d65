import type { CaseState } from '@shared/domain/lifecycle';
import type { Line } from '@shared/domain/lines';
import type { CaseMilestones } from '@shared/domain/milestones';
import { maskName } from '@shared/lib/masking';
import type { CaseRecord } from '@shared/sync/records';
import type { Stored } from '../db';
import { readMilestones, storeMilestones, type StoredMilestones } from './stored-milestones';

/**
 * What the queue needs of a case, and nothing more: its clocks' facts and
 * the columns it shows. The customer's name is kept masked, so this copy
 * adds no personal data to the device.
 */
export interface CaseDigest {
  readonly id: string;
  readonly rowVersion: number;
  readonly updatedAt: number;
  readonly caseNumber: string | null;
  readonly provisionalNumber: string | null;
  readonly line: Line;
  readonly state: CaseState;
  readonly customer: { readonly kind: 'individual' | 'enterprise'; readonly name: string };
  readonly claimedFen: number;
  readonly reservedFen: number;
  readonly assigneeId: string | null;
  readonly teamId: string | null;
  readonly dedicatedAdvisorId: string | null;
  readonly greenChannel: boolean;
  readonly disaster: boolean;
  readonly complex: boolean;
  readonly lossAt: number;
  readonly reportedAt: number;
  readonly lossLocation: string;
  readonly milestones: CaseMilestones;
}

export function digestOf(c: Stored<CaseRecord>): CaseDigest {
  return {
    id: c.id,
    rowVersion: c.rowVersion,
    updatedAt: c.updatedAt,
    caseNumber: c.caseNumber,
    provisionalNumber: c.provisionalNumber,
    line: c.line,
    state: c.state,
    customer: {
      kind: c.customer.kind,
      name: c.customer.kind === 'individual' ? maskName(c.customer.name) : c.customer.name,
    },
    claimedFen: c.claimedFen,
    reservedFen: c.reservedFen,
    assigneeId: c.assigneeId,
    teamId: c.teamId,
    dedicatedAdvisorId: c.dedicatedAdvisorId,
    greenChannel: c.greenChannel,
    disaster: c.disaster,
    complex: c.complex,
    lossAt: c.lossAt,
    reportedAt: c.reportedAt,
    lossLocation: c.lossLocation,
    milestones: c.milestones,
  };
}

/**
 * A digest as stored: positions instead of keys. Stored as JSON text, a
 * bucket of them reads back as one string, which IndexedDB hands over far
 * faster than the same data as objects.
 */
export type DigestTuple = [
  id: string,
  rowVersion: number,
  updatedAt: number,
  caseNumber: string | null,
  provisionalNumber: string | null,
  line: Line,
  state: CaseState,
  customerKind: 'individual' | 'enterprise',
  customerName: string,
  claimedFen: number,
  reservedFen: number,
  assigneeId: string | null,
  teamId: string | null,
  dedicatedAdvisorId: string | null,
  /** greenChannel 1, disaster 2, complex 4. */
  marks: number,
  lossAt: number,
  reportedAt: number,
  lossLocation: string,
  /** As stored-milestones.ts keeps them when `format` is 2; as they are in tuples written before. */
  milestones: StoredMilestones | CaseMilestones,
  format?: typeof TUPLE_FORMAT,
];

/** Tuples written before this mark kept milestones as they are; both still read. */
const TUPLE_FORMAT = 2;

export function toTuple(d: CaseDigest): DigestTuple {
  return [
    d.id,
    d.rowVersion,
    d.updatedAt,
    d.caseNumber,
    d.provisionalNumber,
    d.line,
    d.state,
    d.customer.kind,
    d.customer.name,
    d.claimedFen,
    d.reservedFen,
    d.assigneeId,
    d.teamId,
    d.dedicatedAdvisorId,
    (d.greenChannel ? 1 : 0) | (d.disaster ? 2 : 0) | (d.complex ? 4 : 0),
    d.lossAt,
    d.reportedAt,
    d.lossLocation,
    storeMilestones(d.milestones, d.reportedAt),
    TUPLE_FORMAT,
  ];
}

export function fromTuple(t: DigestTuple): CaseDigest {
  const marks = t[14];
  return {
    id: t[0],
    rowVersion: t[1],
    updatedAt: t[2],
    caseNumber: t[3],
    provisionalNumber: t[4],
    line: t[5],
    state: t[6],
    customer: { kind: t[7], name: t[8] },
    claimedFen: t[9],
    reservedFen: t[10],
    assigneeId: t[11],
    teamId: t[12],
    dedicatedAdvisorId: t[13],
    greenChannel: (marks & 1) !== 0,
    disaster: (marks & 2) !== 0,
    complex: (marks & 4) !== 0,
    lossAt: t[15],
    reportedAt: t[16],
    lossLocation: t[17],
    milestones: t[19] === TUPLE_FORMAT ? readMilestones(t[18], t[16]) : (t[18] as CaseMilestones),
  };
}
