import { z } from 'zod';
import { AnomalyKind, Region, Severity } from '../analysis/anomaly-kinds';
import { CaseState } from '../domain/lifecycle';
import { Line } from '../domain/lines';
import { CaseMilestones } from '../domain/milestones';
import { Role } from '../domain/roles';
import { DamagePart, SiteSurvey } from '../domain/site-survey';

/**
 * The records that sync carries, as the client stores them. The server
 * writes exactly these into its change log; the client parses them with the
 * same schemas, so both ends agree on every field.
 */

const Fen = z.number().int().nonnegative();
const Time = z.number().int();
const Id = z.string().min(1).max(64);
const Bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });

export const CustomerRecord = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(['individual', 'enterprise']),
  idNumber: z.string(),
  phone: z.string(),
  preferredChannel: z.enum(['app', 'sms', 'wechat']),
});

export const Coverage = z.object({
  code: z.string(),
  name: z.string(),
  sumInsuredFen: Fen,
  deductibleFen: Fen,
});

export const PolicyRecord = z.object({
  id: Id,
  policyNumber: z.string(),
  line: Line,
  startAt: Time,
  endAt: Time,
  issuedAt: Time,
  waitingDays: z.number().int().nonnegative(),
  sumInsuredFen: Fen,
  insuredValueFen: Fen.nullable(),
  deductibleFen: Fen,
  deductibleRateBp: z.number().int().min(0).max(10_000),
  coverages: z.array(Coverage),
  /** The insured vehicle, on auto policies. */
  vehiclePlate: z.string().nullable().default(null),
});

export const CaseRecord = z.object({
  id: Id,
  caseNumber: z.string().nullable(),
  provisionalNumber: z.string().nullable(),
  line: Line,
  state: CaseState,
  customer: CustomerRecord,
  policy: PolicyRecord.nullable(),
  claimedFen: Fen,
  reservedFen: Fen,
  paidFen: Fen,
  assigneeId: Id.nullable(),
  teamId: Id.nullable(),
  dedicatedAdvisorId: Id.nullable(),
  greenChannel: z.boolean(),
  disaster: z.boolean(),
  complex: z.boolean(),
  lossAt: Time,
  reportedAt: Time,
  lossLocation: z.string(),
  lossLat: z.number().nullable(),
  lossLng: z.number().nullable(),
  description: z.string(),
  /** Kept by the service from the case's events: what its deadlines and KPIs are measured from. */
  milestones: CaseMilestones.default({}),
  createdAt: Time,
  updatedAt: Time,
});
export type CaseRecord = z.infer<typeof CaseRecord>;

export const EventRecord = z.object({
  id: Id,
  caseId: Id,
  at: Time,
  actorId: Id.nullable(),
  kind: z.enum([
    'reported',
    'transition',
    'assigned',
    'reserve',
    'note',
    'contact',
    'document',
    'flag',
    'calculation',
    'approval',
    'payment',
    'conflict',
    'complaint',
    'survey',
    'site-survey',
  ]),
  fromState: CaseState.nullable(),
  toState: CaseState.nullable(),
  reason: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type EventRecord = z.infer<typeof EventRecord>;

export const MaterialRecord = z.object({
  id: Id,
  caseId: Id,
  itemCode: z.string(),
  status: z.enum(['missing', 'present', 'rejected']),
  documentId: Id.nullable(),
  reason: z.string().nullable(),
  updatedAt: Time,
});
export type MaterialRecord = z.infer<typeof MaterialRecord>;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const PhotoDetails = z.object({
  part: DamagePart.nullable(),
  takenAt: Time.nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lng: z.number().min(-180).max(180).nullable(),
});
export type PhotoDetails = z.infer<typeof PhotoDetails>;

export const DocumentRecord = z.object({
  id: Id,
  caseId: Id,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  docType: z.string().nullable(),
  extractionStatus: z.enum(['pending', 'done', 'failed']),
  uploadedBy: Id.nullable(),
  createdAt: Time,
  /** A field photo: the damaged part it shows, and when and where it says it was taken. */
  photo: PhotoDetails.nullable().default(null),
  /** A smaller copy sent ahead of the original, so the office sees a field photo early. */
  preview: z.object({ sha256: Sha256, size: z.number().int().positive() }).nullable().default(null),
  /** False while only the preview has reached the service. */
  originalStored: z.boolean().default(true),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

export const FlagRecord = z.object({
  id: Id,
  caseId: Id,
  documentId: Id.nullable(),
  detector: z.string(),
  detectorVersion: z.string(),
  kind: AnomalyKind,
  severity: Severity,
  page: z.number().int().positive().nullable(),
  region: Region.nullable(),
  evidence: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  explanation: Bilingual,
  source: z.enum(['workstation', 'central', 'external']),
  verdict: z.enum(['open', 'confirmed', 'dismissed']),
  verdictReason: z.string().nullable(),
  verdictBy: Id.nullable(),
  verdictAt: Time.nullable(),
  createdAt: Time,
});
export type FlagRecord = z.infer<typeof FlagRecord>;

export const NoteRecord = z.object({
  id: Id,
  caseId: Id,
  authorId: Id,
  body: z.string(),
  mentions: z.array(Id),
  createdAt: Time,
});
export type NoteRecord = z.infer<typeof NoteRecord>;

export const ContactRecord = z.object({
  id: Id,
  caseId: Id,
  authorId: Id,
  channel: z.enum(['call', 'sms', 'wechat', 'visit', 'email', 'app']),
  direction: z.enum(['outbound', 'inbound']),
  outcome: z.string(),
  nextStep: z.string().nullable(),
  at: Time,
  /** Set when the contact is a missing-materials notice: what it listed, in which review round. */
  notice: z
    .object({ kind: z.literal('materials'), items: z.array(z.string()), round: z.number().int() })
    .nullable()
    .default(null),
});
export type ContactRecord = z.infer<typeof ContactRecord>;

export const CalculationRecord = z.object({
  id: Id,
  caseId: Id,
  version: z.number().int().positive(),
  input: z.record(z.string(), z.unknown()),
  provenance: z.record(
    z.string(),
    z.object({
      source: z.enum(['policy', 'case', 'document', 'manual']),
      reference: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  result: z.record(z.string(), z.unknown()),
  payableFen: Fen,
  createdBy: Id,
  createdAt: Time,
});
export type CalculationRecord = z.infer<typeof CalculationRecord>;

/** A decision submitted for approval (核赔), and what became of it. */
export const ApprovalRecord = z.object({
  id: Id,
  caseId: Id,
  decision: z.enum(['pay', 'deny']),
  calculationId: Id.nullable(),
  calculationVersion: z.number().int().positive().nullable(),
  amountFen: Fen,
  claimedFen: Fen,
  denialClause: z.string().nullable(),
  explanation: z.string().nullable(),
  payeeName: z.string().nullable(),
  payeeAccountMasked: z.string().nullable(),
  proposal: z.object({
    proposed: z.boolean(),
    checks: z.array(z.object({ check: z.string(), passed: z.boolean() })),
  }),
  status: z.enum(['pending', 'approved', 'returned']),
  submittedBy: Id,
  submittedAt: Time,
  decidedBy: Id.nullable(),
  decidedAt: Time.nullable(),
  decisionReason: z.string().nullable(),
});
export type ApprovalRecord = z.infer<typeof ApprovalRecord>;

/** Money that left the insurer: never edited, only followed by more payments. */
export const PaymentRecord = z.object({
  id: Id,
  caseId: Id,
  kind: z.enum(['settlement', 'advance', 'disaster-prepayment']),
  amountFen: Fen,
  /** What may still be paid under the same ceiling after this payment. */
  balanceAfterFen: Fen,
  payeeName: z.string(),
  /** Only the masked account travels to workstations (domain.md §11). */
  payeeAccountMasked: z.string(),
  paidBy: Id,
  paidAt: Time,
});
export type PaymentRecord = z.infer<typeof PaymentRecord>;

export const ConflictRecord = z.object({
  id: Id,
  caseId: Id,
  mutationId: Id,
  mutationName: z.string(),
  authorId: Id,
  entity: z.string(),
  entityId: Id,
  field: z.string().nullable(),
  mine: z.unknown(),
  theirs: z.unknown(),
  reason: z.string(),
  resolution: z.enum(['open', 'kept-mine', 'kept-theirs', 'merged']),
  createdAt: Time,
});
export type ConflictRecord = z.infer<typeof ConflictRecord>;

/** The site survey report of a case, as last submitted from the scene. */
export const SiteSurveyRecord = z.object({
  id: Id,
  caseId: Id,
  surveyorId: Id,
  survey: SiteSurvey,
  submittedAt: Time,
});
export type SiteSurveyRecord = z.infer<typeof SiteSurveyRecord>;

export const UserRecord = z.object({
  id: Id,
  displayName: z.string(),
  role: Role,
  teamId: Id.nullable(),
  authorityLimitFen: Fen,
  active: z.boolean(),
});
export type UserRecord = z.infer<typeof UserRecord>;

export const TeamRecord = z.object({ id: Id, name: z.string(), region: z.string() });
export type TeamRecord = z.infer<typeof TeamRecord>;

export const ENTITY_SCHEMAS = {
  case: CaseRecord,
  event: EventRecord,
  material: MaterialRecord,
  document: DocumentRecord,
  flag: FlagRecord,
  note: NoteRecord,
  contact: ContactRecord,
  calculation: CalculationRecord,
  approval: ApprovalRecord,
  payment: PaymentRecord,
  conflict: ConflictRecord,
  siteSurvey: SiteSurveyRecord,
  user: UserRecord,
  team: TeamRecord,
} as const;

export const EntityName = z.enum(
  Object.keys(ENTITY_SCHEMAS) as [keyof typeof ENTITY_SCHEMAS, ...(keyof typeof ENTITY_SCHEMAS)[]],
);
export type EntityName = z.infer<typeof EntityName>;
export type EntityRecord<E extends EntityName> = z.infer<(typeof ENTITY_SCHEMAS)[E]>;
