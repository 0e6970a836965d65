import type { Selectable } from 'kysely';
import type { CaseRecord, TeamRecord, UserRecord } from '@shared/sync/records';
import type {
  CasesTable,
  CustomersTable,
  PoliciesTable,
  TeamsTable,
  UsersTable,
} from '../db/schema';

/** Table rows → the records sync carries. One place, so every writer agrees. */

export function policyRecord(row: Selectable<PoliciesTable>): NonNullable<CaseRecord['policy']> {
  return {
    id: row.id,
    policyNumber: row.policy_number,
    line: row.line,
    startAt: row.start_at,
    endAt: row.end_at,
    issuedAt: row.issued_at,
    waitingDays: row.waiting_days,
    sumInsuredFen: row.sum_insured_fen,
    insuredValueFen: row.insured_value_fen,
    deductibleFen: row.deductible_fen,
    deductibleRateBp: row.deductible_rate_bp,
    coverages: row.coverages,
    vehiclePlate: row.vehicle_plate,
  };
}

export function caseRecord(
  row: Selectable<CasesTable>,
  customer: Selectable<CustomersTable>,
  policy: Selectable<PoliciesTable> | null,
): CaseRecord {
  return {
    id: row.id,
    caseNumber: row.case_number,
    provisionalNumber: row.provisional_number,
    line: row.line,
    state: row.state,
    customer: {
      id: customer.id,
      name: customer.name,
      kind: customer.kind,
      idNumber: customer.id_number,
      phone: customer.phone,
      preferredChannel: customer.preferred_channel,
    },
    policy: policy ? policyRecord(policy) : null,
    claimedFen: row.claimed_fen,
    reservedFen: row.reserved_fen,
    paidFen: row.paid_fen,
    assigneeId: row.assignee_id,
    teamId: row.team_id,
    dedicatedAdvisorId: row.dedicated_advisor_id,
    greenChannel: row.green_channel,
    disaster: row.disaster,
    complex: row.complex,
    lossAt: row.loss_at,
    reportedAt: row.reported_at,
    lossLocation: row.loss_location,
    lossLat: row.loss_lat,
    lossLng: row.loss_lng,
    description: row.description,
    milestones: row.milestones,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function userRecord(row: Selectable<UsersTable>): UserRecord {
  return {
    id: row.id,
    displayName: row.display_name,
    role: row.role,
    teamId: row.team_id,
    authorityLimitFen: row.authority_limit_fen,
    active: row.active,
  };
}

export function teamRecord(row: Selectable<TeamsTable>): TeamRecord {
  return { id: row.id, name: row.name, region: row.region };
}
