import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type { PrintedInvoice } from '@shared/analysis/cross-claim';
import type { CaseState } from '@shared/domain/lifecycle';
import type { Line } from '@shared/domain/lines';
import type { CaseMilestones } from '@shared/domain/milestones';
import type { Role } from '@shared/domain/roles';

/** Row types of the central database; money columns are integer fen, times epoch ms. */
export interface TeamsTable {
  id: string;
  name: string;
  region: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  team_id: string | null;
  password_hash: string;
  authority_limit_fen: number;
  active: Generated<boolean>;
  created_at: number;
}

export interface CustomersTable {
  id: string;
  name: string;
  kind: 'individual' | 'enterprise';
  id_number: string;
  phone: string;
  preferred_channel: 'app' | 'sms' | 'wechat';
}

/** jsonb: read as parsed JSON, written as a JSON string (both drivers accept it). */
export type Json<T> = ColumnType<T, string, string>;

export interface PoliciesTable {
  id: string;
  policy_number: string;
  customer_id: string;
  line: Line;
  start_at: number;
  end_at: number;
  issued_at: number;
  waiting_days: number;
  sum_insured_fen: number;
  insured_value_fen: number | null;
  deductible_fen: number;
  deductible_rate_bp: number;
  coverages: Json<{ code: string; name: string; sumInsuredFen: number; deductibleFen: number }[]>;
  /** The insured vehicle of an auto policy. */
  vehicle_plate: string | null;
}

export interface CasesTable {
  id: string;
  case_number: string;
  line: Line;
  state: CaseState;
  customer_id: string;
  claimed_fen: number;
  reserved_fen: number;
  paid_fen: number;
  assignee_id: string | null;
  team_id: string | null;
  dedicated_advisor_id: string | null;
  green_channel: boolean;
  disaster: boolean;
  loss_at: number;
  reported_at: number;
  loss_location: string;
  row_version: number;
  updated_at: number;
  policy_id: string | null;
  provisional_number: string | null;
  complex: Generated<boolean>;
  description: Generated<string>;
  loss_lat: number | null;
  loss_lng: number | null;
  created_at: Generated<number>;
  deleted: Generated<boolean>;
  field_versions: ColumnType<Record<string, number>, string | undefined, string>;
  milestones: ColumnType<CaseMilestones, string | undefined, string>;
}

/** A case's satellite rows: queried by case, carried by sync as their record. */
export interface SatelliteTable {
  id: string;
  case_id: string;
  row_version: number;
  updated_at: number;
  deleted: Generated<boolean>;
  record: Json<Record<string, unknown>>;
}

export interface ChangeLogTable {
  seq: number;
  entity: string;
  entity_id: string;
  case_id: string | null;
  op: 'upsert' | 'delete' | 'scope-add' | 'scope-remove';
  row_version: number;
  data: Json<Record<string, unknown> | null>;
  scope_user_id: string | null;
  scope_team_id: string | null;
  at: number;
  /** An upsert's or delete's entry as a pull sends it (WireChangeEntry), in ASCII; see migrations/0010 to 0012. */
  entry: GeneratedAlways<string | null>;
}

export interface ProcessedMutationsTable {
  mutation_id: string;
  device_id: string;
  device_seq: number;
  user_id: string;
  seq: number;
  result: Json<Record<string, unknown>>;
  processed_at: number;
}

export interface RefreshTokensTable {
  id: string;
  user_id: string;
  family_id: string;
  token_hash: string;
  expires_at: number;
  created_at: number;
  revoked_at: number | null;
  replaced_by: string | null;
}

export interface AuditLogTable {
  id: number;
  at: number;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  case_id: string | null;
  detail: Json<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
}

export interface BlobsTable {
  sha256: string;
  size: number;
  media_type: string;
  complete: Generated<boolean>;
  created_by: string;
  created_at: number;
}

export type NotificationStatus = 'queued' | 'sent' | 'failed';

/** The customer notification outbox (server-only, never synced). */
export interface DocumentPrintsTable {
  document_id: string;
  case_id: string;
  filed_at: number;
  invoice_key: string | null;
  invoice: ColumnType<PrintedInvoice | null, string | null, string | null>;
  dhash: string | null;
  /** Why the file could not be read; it has no print then. */
  problem: string | null;
  read_at: number;
}

export interface NotificationsTable {
  id: string;
  case_id: string;
  customer_id: string;
  channel: 'app' | 'sms' | 'wechat' | 'email';
  kind: 'accepted' | 'materials-reviewed' | 'approved' | 'paid' | 'materials-notice';
  body: string;
  next_step_at: number | null;
  status: ColumnType<NotificationStatus, NotificationStatus | undefined, NotificationStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
  next_attempt_at: number;
}

export interface ServerSecretsTable {
  name: string;
  value: string;
}

export interface Database {
  server_secrets: ServerSecretsTable;
  policies: PoliciesTable;
  case_events: SatelliteTable;
  materials: SatelliteTable & { item_code: string };
  documents: SatelliteTable & { sha256: string };
  flags: SatelliteTable;
  notes: SatelliteTable;
  contacts: SatelliteTable;
  calculations: SatelliteTable & { version: number };
  approvals: SatelliteTable & { payee_account: string | null };
  payments: SatelliteTable;
  complaints: SatelliteTable;
  follow_ups: SatelliteTable;
  conflicts: SatelliteTable;
  /** One row per case: its site survey report as last submitted. */
  site_surveys: SatelliteTable;
  change_log: ChangeLogTable;
  sync_state: { name: string; value: number };
  /** See migrations/0008_sync_bootstraps.ts. */
  sync_bootstraps: { device_id: string; user_id: string; min_cursor: number; started_at: number };
  /** See migrations/0009_cross_claim_checks.ts. */
  document_prints: DocumentPrintsTable;
  claim_reviews: { case_id: string; claimed_fen: number; customer_id: string; reviewed_at: number };
  processed_mutations: ProcessedMutationsTable;
  refresh_tokens: RefreshTokensTable;
  audit_log: AuditLogTable;
  blobs: BlobsTable;
  blob_cases: { sha256: string; case_id: string };
  service_tokens: {
    id: string;
    name: string;
    token_hash: string;
    created_at: number;
    revoked_at: number | null;
  };
  case_number_counters: { year: number; last: number };
  teams: TeamsTable;
  users: UsersTable;
  customers: CustomersTable;
  cases: CasesTable;
  notifications: NotificationsTable;
}
