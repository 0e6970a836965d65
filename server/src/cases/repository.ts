import type { Kysely } from 'kysely';
import { maskName } from '@shared/lib/masking';
import type { CaseSummary } from '@shared/schemas/case';
import type { TokenClaims } from '../auth/tokens';
import type { Database } from '../db/schema';
import { caseScope } from './scope';

function summaryQuery(db: Kysely<Database>, principal: TokenClaims) {
  return db
    .selectFrom('cases')
    .innerJoin('customers', 'customers.id', 'cases.customer_id')
    .leftJoin('users as assignee', 'assignee.id', 'cases.assignee_id')
    .leftJoin('teams', 'teams.id', 'cases.team_id')
    .selectAll('cases')
    .select([
      'customers.name as customer_name',
      'customers.kind as customer_kind',
      'assignee.display_name as assignee_name',
      'teams.name as team_name',
    ])
    .where(caseScope(principal));
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

function toSummary(row: SummaryRow): CaseSummary {
  return {
    id: row.id,
    caseNumber: row.case_number,
    line: row.line,
    state: row.state,
    customerName:
      row.customer_kind === 'individual' ? maskName(row.customer_name) : row.customer_name,
    customerKind: row.customer_kind,
    claimedFen: row.claimed_fen,
    reservedFen: row.reserved_fen,
    paidFen: row.paid_fen,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    teamId: row.team_id,
    teamName: row.team_name,
    greenChannel: row.green_channel,
    disaster: row.disaster,
    lossAt: row.loss_at,
    reportedAt: row.reported_at,
    lossLocation: row.loss_location,
    updatedAt: row.updated_at,
  };
}

export async function listCases(
  db: Kysely<Database>,
  principal: TokenClaims,
): Promise<CaseSummary[]> {
  const rows = await summaryQuery(db, principal).orderBy('cases.reported_at', 'desc').execute();
  return rows.map(toSummary);
}

export async function findCase(
  db: Kysely<Database>,
  principal: TokenClaims,
  id: string,
): Promise<CaseSummary | null> {
  const row = await summaryQuery(db, principal).where('cases.id', '=', id).executeTakeFirst();
  return row ? toSummary(row) : null;
}
