import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { CalculationResult } from '@shared/calc';
import { DAY_MS, shanghaiIsoDate } from '@shared/domain/sla/calendar';
import { ApprovalRecord, CalculationRecord, type DocumentRecord } from '@shared/sync/records';
import type { BlobStore } from '../blobs/blob-store';
import { storeBytes } from '../blobs/store-bytes';
import type { Database } from '../db/schema';
import type { PokeHub } from '../sync/pokes';
import { SyncWriter } from '../sync/writer';
import type { DecisionNoticeInput, NoticeLanguage } from './decision-notice-model';
import { INSURER_NAME, OBJECTION_CHANNEL, OBJECTION_DAYS } from './insurer';
import { renderDecisionNotice } from './render-decision-notice';

const CONCLUSIONS = {
  approved: {
    'zh-CN':
      '经审核，您的索赔属于保险责任范围，我公司将按保险合同约定赔付，核定金额及计算依据如下。',
    en: 'Your claim is covered by the policy. We will pay the amount below; each step of the calculation is set out on this notice.',
  },
  partial: {
    'zh-CN':
      '经审核，您的索赔部分属于保险责任范围。根据保险合同的约定，核定赔付金额低于索赔金额，具体计算依据如下。',
    en: 'Your claim is covered in part. Under the terms of the policy the amount we will pay is less than the amount claimed; each step of the calculation is set out below.',
  },
  denied: {
    'zh-CN': '经审核，您的索赔不属于保险责任范围，我公司决定不予赔付，理由如下。',
    en: 'After review, your claim is not covered by the policy and we will not pay it, for the reasons below.',
  },
} as const;

const FILE_NAMES: Record<NoticeLanguage, (caseNumber: string) => string> = {
  'zh-CN': (n) => `理赔决定通知书-${n}.pdf`,
  en: (n) => `decision-notice-${n}-en.pdf`,
};

export interface NoticeDeps {
  db: Kysely<Database>;
  blobs: BlobStore;
  pokes: PokeHub;
}

/**
 * Once a decision is approved, its notice (理赔决定通知书) is rendered in
 * zh-CN and English, stored as the case's documents and synced like any
 * other. Ids derive from the decision, so issuing twice adds nothing.
 */
export async function issueDecisionNotices(
  deps: NoticeDeps,
  approvalId: string,
  now = Date.now(),
): Promise<DocumentRecord[]> {
  const notice = await noticeFor(deps.db, approvalId);
  const documents: { record: DocumentRecord; bytes: Uint8Array }[] = [];
  for (const language of ['zh-CN', 'en'] as const) {
    const id = `${approvalId}-${language === 'en' ? 'en' : 'zh'}`;
    const existing = await deps.db
      .selectFrom('documents')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (existing) continue;
    const bytes = await renderDecisionNotice(notice.input, language);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await storeBytes(deps.blobs, sha256, bytes);
    documents.push({
      bytes,
      record: {
        id,
        caseId: notice.caseId,
        sha256,
        fileName: FILE_NAMES[language](notice.input.caseNumber),
        mediaType: 'application/pdf',
        size: bytes.byteLength,
        docType: 'decision-notice',
        extractionStatus: 'done',
        uploadedBy: null,
        createdAt: now,
        photo: null,
        preview: null,
        originalStored: true,
      },
    });
  }
  if (documents.length === 0) return [];

  let latest = 0;
  await deps.db.transaction().execute(async (trx) => {
    const writer = await SyncWriter.begin(trx, now);
    for (const { record } of documents) {
      await trx
        .insertInto('blobs')
        .values({
          sha256: record.sha256,
          size: record.size,
          media_type: record.mediaType,
          complete: true,
          created_by: notice.decidedBy,
          created_at: now,
        })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute();
      await trx
        .insertInto('blob_cases')
        .values({ sha256: record.sha256, case_id: record.caseId })
        .onConflict((oc) => oc.doNothing())
        .execute();
      await writer.putSatellite('documents', 'document', record, { sha256: record.sha256 });
    }
    await writer.putSatellite('case_events', 'event', {
      id: `${approvalId}-notice`,
      caseId: notice.caseId,
      at: now,
      actorId: null,
      kind: 'document',
      fromState: null,
      toState: null,
      reason: null,
      detail: { decisionNotice: documents.map((d) => d.record.id) },
    });
    await deps.pokes.publish(trx, writer.latestSeq);
    latest = writer.latestSeq;
  });
  deps.pokes.committed(latest);
  return documents.map((d) => d.record);
}

async function noticeFor(
  db: Kysely<Database>,
  approvalId: string,
): Promise<{ caseId: string; decidedBy: string; input: DecisionNoticeInput }> {
  const stored = await db
    .selectFrom('approvals')
    .select(['record', 'payee_account'])
    .where('id', '=', approvalId)
    .executeTakeFirstOrThrow();
  const approval = ApprovalRecord.parse(stored.record);
  if (approval.status !== 'approved' || !approval.decidedBy || !approval.decidedAt)
    throw new Error(`decision ${approvalId} is not approved; no notice is issued`);
  const row = await db
    .selectFrom('cases')
    .innerJoin('customers', 'customers.id', 'cases.customer_id')
    .leftJoin('policies', 'policies.id', 'cases.policy_id')
    .select([
      'cases.id',
      'cases.case_number',
      'cases.provisional_number',
      'cases.line',
      'customers.name as customer_name',
      'policies.policy_number',
    ])
    .where('cases.id', '=', approval.caseId)
    .executeTakeFirstOrThrow();
  const decisionDate = shanghaiIsoDate(approval.decidedAt);
  const common = {
    caseNumber: row.case_number ?? row.provisional_number ?? row.id,
    insurerName: INSURER_NAME,
    customerName: row.customer_name,
    policyNumber: row.policy_number ?? '—',
    line: row.line,
    decisionDate,
    objection: {
      channel: OBJECTION_CHANNEL,
      deadlineDate: shanghaiIsoDate(approval.decidedAt + OBJECTION_DAYS * DAY_MS),
    },
  };
  if (approval.decision === 'deny') {
    const explanation = approval.explanation ?? '';
    return {
      caseId: row.id,
      decidedBy: approval.decidedBy,
      input: {
        ...common,
        decision: 'denied',
        conclusion: CONCLUSIONS.denied,
        payableFen: 0,
        steps: [],
        denial: {
          clause: approval.denialClause ?? '',
          explanation: { 'zh-CN': explanation, en: explanation },
        },
      },
    };
  }
  const calculation = await db
    .selectFrom('calculations')
    .select('record')
    .where('id', '=', approval.calculationId ?? '')
    .executeTakeFirstOrThrow();
  const result = CalculationResult.parse(CalculationRecord.parse(calculation.record).result);
  const partial = result.payableFen < approval.claimedFen;
  return {
    caseId: row.id,
    decidedBy: approval.decidedBy,
    input: {
      ...common,
      decision: partial ? 'partial' : 'approved',
      conclusion: partial ? CONCLUSIONS.partial : CONCLUSIONS.approved,
      payableFen: result.payableFen,
      steps: result.steps,
      catalogueVersion: result.catalogueVersion,
      payee: { name: approval.payeeName ?? row.customer_name, account: stored.payee_account ?? '' },
    },
  };
}
