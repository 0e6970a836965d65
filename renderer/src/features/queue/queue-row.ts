import type { CaseState } from '@shared/domain/lifecycle';
import { isOpenState } from '@shared/domain/lifecycle';
import type { Line } from '@shared/domain/lines';
import {
  computeClocks,
  nextDueClock,
  priorityScore,
  slaFactsOf,
  type OpenFlags,
  type PriorityScore,
  type SlaClock,
} from '@shared/domain/sla';
import type { CaseDigest } from '../../data/case-digests/digest';

export type SlaState = 'ok' | 'at-risk' | 'breached' | 'none';

/** One case as the queue shows it: judged at `now`, with the customer's name masked (by its digest). */
export interface QueueRow {
  readonly id: string;
  readonly rowVersion: number;
  readonly caseNumber: string;
  readonly customerName: string;
  readonly line: Line;
  readonly state: CaseState;
  readonly open: boolean;
  readonly claimedFen: number;
  readonly reservedFen: number;
  readonly assigneeId: string | null;
  readonly assigneeName: string | null;
  readonly advisorName: string | null;
  readonly teamId: string | null;
  readonly greenChannel: boolean;
  readonly disaster: boolean;
  readonly openFlags: number;
  readonly lastContactAt: number | null;
  readonly reportedAt: number;
  readonly lossLocation: string;
  /** The open clock due soonest (overdue first); undefined when none runs. */
  readonly clock: SlaClock | undefined;
  readonly slaState: SlaState;
  /** The SLA column's order: overdue first, then least time left, no running clock last. */
  readonly slaOrder: number;
  readonly priority: PriorityScore;
  /** priority.score, where the grid sorts it without a getter per comparison. */
  readonly priorityScore: number;
}

export interface RowContext {
  readonly now: number;
  readonly userNames: ReadonlyMap<string, string>;
  readonly openFlags: ReadonlyMap<string, OpenFlags>;
}

const NO_FLAGS: OpenFlags = { count: 0 };
const NOT_NEXT: PriorityScore = { score: 0, components: [] };

export function toQueueRow(record: CaseDigest, context: RowContext): QueueRow {
  const flags = context.openFlags.get(record.id) ?? NO_FLAGS;
  // The clocks' facts hold the priority's too: one object per row, not two.
  const facts = slaFactsOf(record, flags);
  const clocks = computeClocks(facts, context.now);
  const clock = nextDueClock(clocks);
  const open = isOpenState(record.state);
  const caseNumber = record.caseNumber ?? record.provisionalNumber ?? record.id.slice(0, 8);
  const assigneeName = record.assigneeId
    ? (context.userNames.get(record.assigneeId) ?? null)
    : null;
  const advisorName = record.dedicatedAdvisorId
    ? (context.userNames.get(record.dedicatedAdvisorId) ?? null)
    : null;
  // A finished case owes nothing but its after-care clocks: it is never "next".
  const priority = open ? priorityScore(facts, clocks) : NOT_NEXT;
  return {
    id: record.id,
    rowVersion: record.rowVersion,
    caseNumber,
    customerName: record.customer.name,
    line: record.line,
    state: record.state,
    open,
    claimedFen: record.claimedFen,
    reservedFen: record.reservedFen,
    assigneeId: record.assigneeId,
    assigneeName,
    advisorName,
    teamId: record.teamId,
    greenChannel: record.greenChannel,
    disaster: record.disaster,
    openFlags: flags.count,
    lastContactAt: record.milestones.lastContactAt ?? null,
    reportedAt: record.reportedAt,
    lossLocation: record.lossLocation,
    clock,
    slaState: clock ? (clock.state === 'met' ? 'ok' : clock.state) : 'none',
    slaOrder: clock ? clock.remainingMs : Number.POSITIVE_INFINITY,
    priority,
    priorityScore: priority.score,
  };
}
