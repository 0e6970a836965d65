import { useLiveQuery } from 'dexie-react-hooks';
import { maskName } from '@shared/lib/masking';
import type { CaseSummary } from '@shared/schemas/case';
import type { CaseRecord } from '@shared/sync/records';
import { database, type Stored } from '../../data/db';
import { useSyncStatus } from '../../sync/sync-context';

export type CaseListState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; cases: CaseSummary[] };

/**
 * The cases in the user's scope, from this device's database: it works with
 * no network, and updates as sync lands. Customer names are masked for lists.
 */
export function useCaseList(): { state: CaseListState; reload(): void } {
  const sync = useSyncStatus();
  const cases = useLiveQuery(async () => {
    const [rows, users, teams] = await Promise.all([
      database.cases.toArray(),
      database.users.toArray(),
      database.teams.toArray(),
    ]);
    const userNames = new Map(users.map((u) => [u.id, u.displayName]));
    const teamNames = new Map(teams.map((t) => [t.id, t.name]));
    return rows.map((row) => toSummary(row, userNames, teamNames));
  }, []);

  const firstSyncPending = sync.lastSyncedAt === null && (cases?.length ?? 0) === 0;
  if (
    cases === undefined ||
    (firstSyncPending && sync.phase !== 'stopped' && sync.error === null)
  ) {
    return { state: { status: 'loading' }, reload: () => undefined };
  }
  if (firstSyncPending && sync.error)
    return { state: { status: 'error', message: sync.error }, reload: () => undefined };
  return { state: { status: 'ready', cases }, reload: () => undefined };
}

export function toSummary(
  row: Stored<CaseRecord>,
  users: Map<string, string>,
  teams: Map<string, string>,
): CaseSummary {
  return {
    id: row.id,
    caseNumber: row.caseNumber ?? row.provisionalNumber ?? row.id.slice(0, 8),
    line: row.line,
    state: row.state,
    customerName:
      row.customer.kind === 'individual' ? maskName(row.customer.name) : row.customer.name,
    customerKind: row.customer.kind,
    claimedFen: row.claimedFen,
    reservedFen: row.reservedFen,
    paidFen: row.paidFen,
    assigneeId: row.assigneeId,
    assigneeName: row.assigneeId ? (users.get(row.assigneeId) ?? null) : null,
    teamId: row.teamId,
    teamName: row.teamId ? (teams.get(row.teamId) ?? null) : null,
    greenChannel: row.greenChannel,
    disaster: row.disaster,
    lossAt: row.lossAt,
    reportedAt: row.reportedAt,
    lossLocation: row.lossLocation,
    updatedAt: row.updatedAt,
  };
}
