import { z } from 'zod';
import { AnomalyKind, Region, Severity } from '../analysis/anomaly-kinds';
import { COMPLAINT_ACTIONS, DISPUTE_STAGES } from '../domain/complaints';
import { DOCUMENT_TYPES } from '../domain/document-types';
import { CaseState } from '../domain/lifecycle';
import { Line } from '../domain/lines';
import { DamagePart, SiteSurvey } from '../domain/site-survey';
import { REVEALABLE_FIELDS } from '../domain/personal-data';
import { ContactRecord, PhotoDetails } from './records';

/**
 * The mutations a client may queue, with their argument schemas. The
 * server's handler for each lives in server/src/sync/mutations; the client
 * builds its outbox entries from the same schemas.
 */

const Id = z.string().min(1).max(64);
const Fen = z.number().int().nonnegative();
const Reason = z.string().trim().min(1).max(2000);

const ValueSource = z
  .object({
    source: z.enum(['policy', 'case', 'document', 'manual']),
    reference: z.string().max(200).nullable(),
    reason: z.string().trim().max(500).nullable(),
  })
  .refine((v) => v.source !== 'manual' || !!v.reason, {
    message: 'An overridden value needs a reason.',
    path: ['reason'],
  });

export const MUTATION_ARGS = {
  'case.create': z.object({
    caseId: Id,
    line: Line,
    customer: z.object({
      name: z.string().trim().min(1).max(100),
      kind: z.enum(['individual', 'enterprise']),
      idNumber: z.string().trim().min(6).max(32),
      phone: z.string().trim().min(5).max(20),
    }),
    policyNumber: z.string().trim().max(40).nullable(),
    lossAt: z.number().int(),
    reportedAt: z.number().int(),
    lossLocation: z.string().trim().min(1).max(200),
    lossLat: z.number().min(-90).max(90).nullable(),
    lossLng: z.number().min(-180).max(180).nullable(),
    claimedFen: Fen,
    description: z.string().max(4000),
    provisionalNumber: z.string().max(40),
  }),
  'case.update': z.object({
    caseId: Id,
    fields: z
      .object({
        description: z.string().max(4000),
        lossLocation: z.string().trim().min(1).max(200),
        lossAt: z.number().int(),
        claimedFen: Fen,
        complex: z.boolean(),
        lossLat: z.number().min(-90).max(90).nullable(),
        lossLng: z.number().min(-180).max(180).nullable(),
      })
      .partial()
      .strict()
      .refine((fields) => Object.keys(fields).length > 0, 'at least one field'),
  }),
  'case.transition': z.object({
    caseId: Id,
    from: CaseState,
    to: CaseState,
    reason: z.string().max(2000).nullable(),
    denialClause: z.string().max(200).nullable(),
  }),
  'case.assign': z.object({ caseId: Id, assigneeId: Id, reason: Reason }),
  'case.reserve': z.object({ caseId: Id, reservedFen: Fen, reason: Reason }),
  'note.add': z.object({
    noteId: Id,
    caseId: Id,
    body: z.string().trim().min(1).max(8000),
    mentions: z.array(Id).max(20),
  }),
  'contact.add': z.object({
    contactId: Id,
    caseId: Id,
    channel: ContactRecord.shape.channel,
    direction: ContactRecord.shape.direction,
    outcome: z.string().trim().min(1).max(2000),
    nextStep: z.string().max(2000).nullable(),
    at: z.number().int(),
  }),
  'flag.raise': z.object({
    flagId: Id,
    caseId: Id,
    documentId: Id.nullable(),
    detector: z.string().max(80),
    detectorVersion: z.string().max(20),
    kind: AnomalyKind,
    severity: Severity,
    page: z.number().int().positive().nullable(),
    region: Region.nullable(),
    evidence: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    explanation: z.object({ 'zh-CN': z.string().max(1000), en: z.string().max(1000) }),
  }),
  'flag.verdict': z.object({
    flagId: Id,
    verdict: z.enum(['confirmed', 'dismissed', 'open']),
    reason: z.string().max(2000).nullable(),
  }),
  'calculation.save': z.object({
    calculationId: Id,
    caseId: Id,
    input: z.record(z.string(), z.unknown()),
    /** Where each prefilled value came from; an override carries its reason. */
    provenance: z.record(z.string(), ValueSource).default({}),
    /** The amount the workstation showed; the service recomputes and refuses a mismatch. */
    payableFen: Fen,
  }),
  'material.set': z.object({
    caseId: Id,
    itemCode: z.string().min(1).max(60),
    status: z.enum(['missing', 'present', 'rejected']),
    documentId: Id.nullable(),
    reason: z.string().max(2000).nullable(),
  }),
  'document.register': z.object({
    documentId: Id,
    caseId: Id,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256'),
    fileName: z.string().trim().min(1).max(255),
    mediaType: z.string().max(100),
    size: z.number().int().nonnegative(),
    docType: z.string().max(60).nullable(),
    photo: PhotoDetails.nullable().default(null),
    /**
     * A field photo's smaller copy, uploaded first: the document is registered
     * on it, and the original follows when the connection allows.
     */
    preview: z
      .object({
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256'),
        size: z.number().int().positive(),
      })
      .nullable()
      .default(null),
  }),
  /** A field photo tagged (or re-tagged) with the damaged part it shows. */
  'photo.tag': z.object({
    documentId: Id,
    part: DamagePart.nullable(),
  }),
  /**
   * The user looked at a masked personal field. Nothing changes; the service
   * writes who saw which field of which case, and when, to the audit chain.
   */
  'personal-data.reveal': z.object({
    caseId: Id,
    field: z.enum(REVEALABLE_FIELDS),
    revealedAt: z.number().int().positive(),
  }),
  /** The site survey report from the scene; a later submission replaces the earlier one. */
  'site-survey.submit': z.object({
    surveyId: Id,
    caseId: Id,
    survey: SiteSurvey,
  }),
  'adjudication.submit': z
    .object({
      approvalId: Id,
      caseId: Id,
      decision: z.enum(['pay', 'deny']),
      calculationId: Id.nullable(),
      denialClause: z.string().trim().max(200).nullable(),
      explanation: z.string().trim().max(2000).nullable(),
      /** Who is paid, for a payment decision: the notice names them with the account masked. */
      payee: z
        .object({
          name: z.string().trim().min(1).max(100),
          account: z.string().regex(/^\d{12,30}$/, 'A bank account number is 12 to 30 digits.'),
        })
        .nullable(),
    })
    .refine((a) => a.decision === 'deny' || a.payee !== null, {
      message: 'A payment decision names the payee and their account.',
      path: ['payee'],
    })
    .refine((a) => a.decision === 'deny' || a.calculationId !== null, {
      message: 'A payment decision rests on a saved calculation.',
      path: ['calculationId'],
    })
    .refine((a) => a.decision === 'pay' || (!!a.denialClause && !!a.explanation), {
      message: 'A denial names its clause and explains it in plain words.',
      path: ['denialClause'],
    }),
  'adjudication.decide': z
    .object({
      approvalId: Id,
      caseId: Id,
      decision: z.enum(['approve', 'return']),
      reason: z.string().trim().max(2000).nullable(),
    })
    .refine((a) => a.decision === 'approve' || !!a.reason, {
      message: 'Returning a decision needs a reason.',
      path: ['reason'],
    }),
  'payment.record': z.object({
    paymentId: Id,
    caseId: Id,
    kind: z.enum(['settlement', 'advance', 'disaster-prepayment']),
    amountFen: Fen.refine((fen) => fen > 0, 'A payment is a positive amount.'),
    payeeName: z.string().trim().min(1).max(100),
    payeeAccount: z.string().regex(/^\d{12,30}$/, 'A bank account number is 12 to 30 digits.'),
  }),
  /**
   * The one-time notice of missing materials: the service lists what its own
   * checklist says is missing and refuses if that differs from what the
   * adjuster saw; a second notice in the same review round needs a reason.
   */
  'materials.notify': z.object({
    contactId: Id,
    caseId: Id,
    channel: z.enum(['sms', 'wechat', 'app', 'email']),
    items: z.array(z.string().min(1).max(60)).min(1).max(40),
    repeatReason: z.string().trim().min(1).max(2000).nullable(),
  }),
  'complaint.record': z
    .object({
      /** The case event that records this step; the same id locally and on the service. */
      eventId: Id,
      caseId: Id,
      complaintId: Id,
      action: z.enum(COMPLAINT_ACTIONS),
      text: z.string().trim().max(2000),
      /** Opened as a complex dispute (3-day solution) rather than an ordinary issue (4 h). */
      complex: z.boolean().default(false),
      stage: z.enum(DISPUTE_STAGES).nullable().default(null),
    })
    .refine((c) => !['opened', 'resolved'].includes(c.action) || c.text.length > 0, {
      message: 'A complaint is recorded with what it is about, and resolved with what was done.',
      path: ['text'],
    })
    .refine((c) => c.action !== 'escalated' || c.stage !== null, {
      message: 'An escalation names the stage it moves to.',
      path: ['stage'],
    }),
  /** The satisfaction follow-up (回访) of a closed case; recording it moves the case to FOLLOW_UP. */
  'survey.record': z.object({
    eventId: Id,
    caseId: Id,
    process: z.number().int().min(1).max(5),
    speed: z.number().int().min(1).max(5),
    communication: z.number().int().min(1).max(5),
    satisfied: z.boolean(),
    comment: z.string().trim().max(2000),
  }),
  /** The adjuster confirms what kind of paper a document is. */
  'document.classify': z.object({
    documentId: Id,
    docType: z.enum(DOCUMENT_TYPES),
  }),
  'conflict.resolve': z.object({
    conflictId: Id,
    resolution: z.enum(['kept-mine', 'kept-theirs', 'merged']),
  }),
} as const;

export type MutationName = keyof typeof MUTATION_ARGS;
export type MutationArgs<N extends MutationName> = z.infer<(typeof MUTATION_ARGS)[N]>;

export const MUTATION_VERSION = 1;

export function isMutationName(value: string): value is MutationName {
  return Object.hasOwn(MUTATION_ARGS, value);
}
