import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calculate, type CalculationInput } from '@shared/calc';
import type { CaseState } from '@shared/domain/lifecycle';
import type { Line } from '@shared/domain/lines';
import { MATERIAL_TEXTS } from '@shared/domain/material-texts';
import { formatFen } from '@shared/lib/money';
import { uuidv7 } from '@shared/lib/uuidv7';
import { ContactRecord, DocumentRecord, EventRecord, MaterialRecord } from '@shared/sync/records';
import type { OutboundNotification } from '../../server/src/notifications/provider';
import { databaseTargets } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';
import { SyncTestClient } from './support/sync-client';

const HOUR = 3_600_000;
const ADJUSTER = 'user-adj-east1';

const CALC_FIXTURE: Record<Line, string> = {
  AUTO: 'auto-with-fault',
  MEDICAL: 'medical',
  CI: 'ci',
  LIFE: 'life',
  ACCIDENT: 'accident',
  PROPERTY: 'property',
  LIABILITY: 'liability',
};

/** Takes what the dispatcher hands it, as an SMS gateway would. */
class RecordingProvider {
  readonly sent: OutboundNotification[] = [];
  async send(notification: OutboundNotification): Promise<void> {
    this.sent.push(notification);
  }
}

describe.each(databaseTargets)('the case workspace on the service, on $name', (target) => {
  let central: TestCentral;
  let adjuster: SyncTestClient;
  const provider = new RecordingProvider();
  const used = new Set<string>();

  const db = () => central.database.db;
  const caseRow = (caseId: string) =>
    db()
      .selectFrom('cases')
      .select(['state', 'milestones', 'case_number', 'customer_id'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
  const contactsOf = async (caseId: string) =>
    (await db().selectFrom('contacts').select('record').where('case_id', '=', caseId).execute())
      .map((r) => ContactRecord.parse(r.record))
      .sort((a, b) => a.at - b.at);
  const notificationsOf = (caseId: string) =>
    db()
      .selectFrom('notifications')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('created_at')
      .execute();
  const eventsOf = async (caseId: string) =>
    (
      await db()
        .selectFrom('case_events')
        .select('record')
        .where('case_id', '=', caseId)
        .orderBy('row_version')
        .execute()
    ).map((r) => EventRecord.parse(r.record));
  const move = (caseId: string, from: CaseState, to: CaseState, reason: string | null = null) =>
    adjuster.pushOne('case.transition', { caseId, from, to, reason, denialClause: null });
  const setMaterial = (
    caseId: string,
    itemCode: string,
    status: MaterialRecord['status'] = 'present',
    documentId: string | null = null,
  ) =>
    adjuster.pushOne('material.set', {
      caseId,
      itemCode,
      status,
      documentId,
      reason: status === 'rejected' ? '照片模糊，无法辨认' : null,
    });
  const createCase = async (idNumber: string) => {
    const caseId = uuidv7();
    const created = await adjuster.pushOne('case.create', {
      caseId,
      line: 'MEDICAL',
      customer: { name: '韩梅梅', kind: 'individual', idNumber, phone: '13800138000' },
      policyNumber: null,
      lossAt: Date.now() - 48 * HOUR,
      reportedAt: Date.now() - HOUR,
      lossLocation: '上海市第六人民医院',
      lossLat: null,
      lossLng: null,
      claimedFen: 860_000,
      description: '骨折住院治疗',
      provisionalNumber: `TMP-${caseId.slice(-6)}`,
    });
    expect(created.status).toBe('applied');
    return caseId;
  };
  /** A demo case of the adjuster's, put straight into a state as its earlier life would have. */
  const demoCaseIn = async (state: CaseState) => {
    const row = await db()
      .selectFrom('cases')
      .select(['id', 'line', 'customer_id'])
      .where('assignee_id', '=', ADJUSTER)
      .where('provisional_number', 'is', null)
      .where('id', 'not in', used.size > 0 ? [...used] : [''])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    used.add(row.id);
    await db().updateTable('cases').set({ state }).where('id', '=', row.id).execute();
    return row;
  };
  /** A document row as registering an uploaded file leaves it. */
  const insertDocument = async (caseId: string, photo: DocumentRecord['photo'] = null) => {
    const record: DocumentRecord = {
      id: uuidv7(),
      caseId,
      sha256: 'ab'.repeat(32),
      fileName: '门诊收费票据.pdf',
      mediaType: 'application/pdf',
      size: 1024,
      docType: null,
      extractionStatus: 'done',
      uploadedBy: ADJUSTER,
      createdAt: Date.now(),
      photo,
      preview: null,
      originalStored: true,
    };
    await db()
      .insertInto('documents')
      .values({
        id: record.id,
        case_id: caseId,
        row_version: 1,
        updated_at: record.createdAt,
        record: JSON.stringify(record),
        sha256: record.sha256,
      })
      .execute();
    return record.id;
  };

  beforeAll(async () => {
    central = await startTestCentral(target, {
      notifications: { provider, options: { pollMs: 100 } },
    });
    adjuster = new SyncTestClient(central.app, await central.signIn('adj.east1'));
  });
  afterAll(async () => {
    await central?.close();
  });

  describe('the missing-materials notice', () => {
    let caseId: string;
    let caseNumber: string;
    const notify = (items: string[], repeatReason: string | null = null) =>
      adjuster.pushOne('materials.notify', {
        contactId: uuidv7(),
        caseId,
        channel: 'wechat',
        items,
        repeatReason,
      });
    const materialsRequests = async () => (await caseRow(caseId)).milestones.materialsRequests ?? 0;

    beforeAll(async () => {
      caseId = await createCase('310101199001011234');
      caseNumber = (await caseRow(caseId)).case_number;
      expect((await move(caseId, 'REPORTED', 'ACCEPTED')).status).toBe('applied');
      expect((await move(caseId, 'ACCEPTED', 'MATERIALS_REVIEW')).status).toBe('applied');
      for (const item of ['claim-form', 'claimant-id', 'payee-bank-card', 'medical-invoices'])
        expect((await setMaterial(caseId, item)).status).toBe('applied');
    });

    it('tells the customer of the acceptance on their channel, without counting it as the advisor’s call', async () => {
      const [accepted] = await notificationsOf(caseId);
      expect(accepted).toMatchObject({
        kind: 'accepted',
        channel: 'sms',
        customer_id: expect.any(String),
      });
      expect(accepted?.body).toContain(caseNumber);
      expect(accepted?.next_step_at).toBeGreaterThan(Date.now());
      const [logged] = await contactsOf(caseId);
      expect(logged).toMatchObject({
        channel: 'sms',
        direction: 'outbound',
        outcome: accepted?.body,
      });
      const event = (await eventsOf(caseId)).find((e) => e.kind === 'contact');
      expect(event?.detail).toMatchObject({ automatic: true, notification: 'accepted' });
      expect((await caseRow(caseId)).milestones.firstContactAt).toBeUndefined();

      // The dispatcher started with the service hands it to the provider and marks it sent.
      await expect
        .poll(() => provider.sent.filter((n) => n.id === accepted?.id).length, { timeout: 10_000 })
        .toBe(1);
      const sent = provider.sent.find((n) => n.id === accepted?.id);
      expect(sent).toMatchObject({ caseNumber, kind: 'accepted', channel: 'sms' });
      await expect
        .poll(async () => (await notificationsOf(caseId))[0]?.status, { timeout: 10_000 })
        .toBe('sent');
    });

    it('refuses a list that is no longer what is missing, naming the difference', async () => {
      const stale = await notify(['expense-list', 'claim-form']);
      expect(stale).toMatchObject({ status: 'rejected', reason: 'materials-changed' });
      expect(stale.message).toContain('discharge-summary');
      expect(stale.message).toContain('claim-form');
      expect((await caseRow(caseId)).state).toBe('MATERIALS_REVIEW');
    });

    it('lists exactly the missing items once, moves the case to waiting and queues the message', async () => {
      const sent = await notify(['discharge-summary', 'expense-list']);
      expect(sent).toMatchObject({
        status: 'applied',
        output: { items: ['expense-list', 'discharge-summary'], round: 1 },
      });
      expect((await caseRow(caseId)).state).toBe('PENDING_MATERIALS');
      expect(await materialsRequests()).toBe(1);

      const notice = (await contactsOf(caseId)).find((c) => c.notice !== null);
      expect(notice).toMatchObject({
        channel: 'wechat',
        direction: 'outbound',
        notice: { kind: 'materials', items: ['expense-list', 'discharge-summary'], round: 1 },
      });
      expect(notice?.outcome).toContain(caseNumber);
      expect(notice?.outcome).toContain(MATERIAL_TEXTS['expense-list'].name['zh-CN']);
      expect(notice?.outcome).toContain(MATERIAL_TEXTS['discharge-summary'].name['zh-CN']);
      expect(notice?.outcome).not.toContain(MATERIAL_TEXTS['claim-form'].name['zh-CN']);
      const queued = (await notificationsOf(caseId)).filter((n) => n.kind === 'materials-notice');
      expect(queued).toHaveLength(1);
      expect(queued[0]).toMatchObject({ channel: 'wechat', body: notice?.outcome });
    });

    it('refuses a second notice in the same round unless it gives a reason', async () => {
      const again = await notify(['expense-list', 'discharge-summary']);
      expect(again).toMatchObject({ status: 'rejected', reason: 'already-notified' });
      expect(again.message).toContain('art. 22');
      const repeated = await notify(['expense-list', 'discharge-summary'], '客户称未收到微信消息');
      expect(repeated).toMatchObject({ status: 'applied', output: { round: 1 } });
      expect((await caseRow(caseId)).state).toBe('PENDING_MATERIALS');
      expect(await materialsRequests()).toBe(1);
      const event = (await eventsOf(caseId)).findLast((e) => e.kind === 'contact');
      expect(event?.detail).toMatchObject({
        notice: 'materials',
        repeatReason: '客户称未收到微信消息',
      });
    });

    it('allows a new notice once the review starts its next round', async () => {
      expect((await move(caseId, 'PENDING_MATERIALS', 'MATERIALS_REVIEW')).status).toBe('applied');
      expect((await setMaterial(caseId, 'expense-list')).status).toBe('applied');
      const next = await notify(['discharge-summary']);
      expect(next).toMatchObject({
        status: 'applied',
        output: { items: ['discharge-summary'], round: 2 },
      });
      expect(await materialsRequests()).toBe(2);
    });

    it('has nothing to send once all is on file, and tells the customer the review is done', async () => {
      expect((await move(caseId, 'PENDING_MATERIALS', 'MATERIALS_REVIEW')).status).toBe('applied');
      expect((await setMaterial(caseId, 'discharge-summary')).status).toBe('applied');
      expect(await notify(['discharge-summary'])).toMatchObject({
        status: 'rejected',
        reason: 'nothing-missing',
      });
      expect((await move(caseId, 'MATERIALS_REVIEW', 'LOSS_ASSESSMENT')).status).toBe('applied');
      const reviewed = (await notificationsOf(caseId)).find((n) => n.kind === 'materials-reviewed');
      expect(reviewed?.body).toContain('定损');
      expect(await notify(['discharge-summary'])).toMatchObject({
        status: 'rejected',
        reason: 'wrong-state',
      });
    });
  });

  it('follows a complaint through the dispute path and refuses steps out of order', async () => {
    const caseId = await createCase('310101199202023456');
    const complaintId = uuidv7();
    const step = (
      action: 'opened' | 'responded' | 'escalated' | 'resolved' | 'revisited',
      extra: { text?: string; stage?: 'negotiation' | 'mediation' } = {},
      eventId = uuidv7(),
    ) =>
      adjuster.pushOne('complaint.record', {
        eventId,
        caseId,
        complaintId,
        action,
        text: extra.text ?? '',
        complex: false,
        stage: extra.stage ?? null,
      });
    const openedId = uuidv7();
    expect(await step('opened', { text: '客户投诉理赔进度太慢' }, openedId)).toMatchObject({
      status: 'applied',
    });
    // The client's event id is the stored event's id, and it cannot be used again.
    expect((await eventsOf(caseId)).find((e) => e.id === openedId)?.kind).toBe('complaint');
    expect(await step('responded', {}, openedId)).toMatchObject({
      status: 'rejected',
      reason: 'duplicate-id',
    });
    expect(await step('revisited')).toMatchObject({ status: 'rejected', reason: 'complaint-step' });
    expect(await step('responded')).toMatchObject({ status: 'applied' });
    expect(await step('escalated', { stage: 'mediation' })).toMatchObject({
      status: 'rejected',
      reason: 'complaint-step',
    });
    expect(await step('escalated', { stage: 'negotiation' })).toMatchObject({
      status: 'applied',
    });
    expect(await step('resolved', { text: '已加急处理并致歉' })).toMatchObject({
      status: 'applied',
    });
    expect(await step('revisited')).toMatchObject({ status: 'applied' });
    expect(await step('revisited')).toMatchObject({ status: 'rejected', reason: 'complaint-step' });

    const [complaint] = (await caseRow(caseId)).milestones.complaints ?? [];
    expect(complaint).toMatchObject({
      id: complaintId,
      complex: false,
      openedAt: expect.any(Number),
      respondedAt: expect.any(Number),
      escalatedAt: expect.any(Number),
      resolvedAt: expect.any(Number),
      revisitedAt: expect.any(Number),
    });
    const escalation = (await eventsOf(caseId)).find((e) => e.detail['action'] === 'escalated');
    expect(escalation?.detail).toMatchObject({ stage: 'negotiation' });
  });

  it('records the satisfaction follow-up of a closed case only, moving it to FOLLOW_UP', async () => {
    const closed = await demoCaseIn('CLOSED');
    const eventId = uuidv7();
    const survey = (caseId: string, id = uuidv7()) =>
      adjuster.pushOne('survey.record', {
        eventId: id,
        caseId,
        process: 5,
        speed: 4,
        communication: 5,
        satisfied: true,
        comment: '处理及时',
      });
    expect(await survey(closed.id, eventId)).toMatchObject({
      status: 'applied',
      output: { state: 'FOLLOW_UP' },
    });
    const row = await caseRow(closed.id);
    expect(row.state).toBe('FOLLOW_UP');
    expect(row.milestones.survey).toMatchObject({ process: 5, speed: 4, satisfied: true });
    const events = await eventsOf(closed.id);
    expect(events.find((e) => e.id === eventId)?.detail).toMatchObject({ comment: '处理及时' });
    expect(events.at(-1)).toMatchObject({ fromState: 'CLOSED', toState: 'FOLLOW_UP' });

    const open = await createCase('310101199303034567');
    const refused = await survey(open);
    expect(refused).toMatchObject({ status: 'rejected', reason: 'wrong-state' });
    expect(refused.message).toContain('closed case');
  });

  it('stores the type the adjuster confirms for a document', async () => {
    const c = await demoCaseIn('MATERIALS_REVIEW');
    const documentId = await insertDocument(c.id);
    expect(
      await adjuster.pushOne('document.classify', { documentId, docType: 'medical-invoice' }),
    ).toMatchObject({ status: 'applied' });
    const stored = await db()
      .selectFrom('documents')
      .select('record')
      .where('id', '=', documentId)
      .executeTakeFirstOrThrow();
    expect(DocumentRecord.parse(stored.record).docType).toBe('medical-invoice');
    expect((await eventsOf(c.id)).at(-1)?.detail).toEqual({
      documentId,
      docType: 'medical-invoice',
    });
    expect(
      await adjuster.pushOne('document.classify', { documentId: uuidv7(), docType: 'other' }),
    ).toMatchObject({ status: 'rejected', reason: 'document-not-found' });
  });

  it('refuses a move the lifecycle does not allow, with the reason', async () => {
    const caseId = await createCase('310101199404045678');
    expect((await move(caseId, 'REPORTED', 'ACCEPTED')).status).toBe('applied');
    const refused = await move(caseId, 'ACCEPTED', 'CLOSED', '直接结案');
    expect(refused).toMatchObject({ status: 'rejected', reason: 'illegal-transition' });
    expect(refused.message).toBe('A case in ACCEPTED cannot move to CLOSED.');
    expect((await caseRow(caseId)).state).toBe('ACCEPTED');
  });

  it('updates a checklist item in place whatever its id, and reuses a document of the same customer only', async () => {
    const c = await demoCaseIn('MATERIALS_REVIEW');
    const item = 'payee-bank-card';
    const legacyId = `${c.id}-m2`;
    // A row as the demo seed wrote it before ids were derived from the item.
    await db()
      .updateTable('materials')
      .set({ id: legacyId })
      .where('case_id', '=', c.id)
      .where('item_code', '=', item)
      .execute();
    expect((await setMaterial(c.id, item, 'rejected')).status).toBe('applied');
    const rows = await db()
      .selectFrom('materials')
      .select(['id', 'record'])
      .where('case_id', '=', c.id)
      .where('item_code', '=', item)
      .execute();
    expect(rows.map((r) => r.id)).toEqual([legacyId]);
    expect(MaterialRecord.parse(rows[0]?.record)).toMatchObject({
      id: legacyId,
      status: 'rejected',
    });

    // The customer's bank card on file from an earlier claim may be reused; a stranger's may not.
    const first = await createCase('310101198805056789');
    const second = await createCase('310101198805056789');
    const onFile = await insertDocument(first);
    expect((await setMaterial(second, item, 'present', onFile)).status).toBe('applied');
    expect(await setMaterial(c.id, item, 'present', onFile)).toMatchObject({
      status: 'rejected',
      reason: 'document-not-found',
    });
  });

  it('tells the customer of the approval and of the payment, with the amount', async () => {
    const c = await demoCaseIn('ADJUSTMENT');
    const input = JSON.parse(
      readFileSync(
        new URL(`../fixtures/calc/${CALC_FIXTURE[c.line]}.json`, import.meta.url),
        'utf8',
      ),
    ) as CalculationInput;
    const payableFen = calculate(input).payableFen;
    // Within the adjuster's own authority, so they may approve their own decision.
    await db()
      .updateTable('users')
      .set({ authority_limit_fen: payableFen })
      .where('id', '=', ADJUSTER)
      .execute();
    const calculationId = uuidv7();
    const approvalId = uuidv7();
    const payee = { name: '张伟', account: '6222020200112233445' };
    const applied = { status: 'applied' };
    expect(
      await adjuster.pushOne('calculation.save', {
        calculationId,
        caseId: c.id,
        input: input as unknown as Record<string, unknown>,
        provenance: {},
        payableFen,
      }),
    ).toMatchObject(applied);
    expect(
      await adjuster.pushOne('adjudication.submit', {
        approvalId,
        caseId: c.id,
        decision: 'pay',
        calculationId,
        denialClause: null,
        explanation: null,
        payee,
      }),
    ).toMatchObject(applied);
    expect(
      await adjuster.pushOne('adjudication.decide', {
        approvalId,
        caseId: c.id,
        decision: 'approve',
        reason: null,
      }),
    ).toMatchObject(applied);
    expect(
      await adjuster.pushOne('payment.record', {
        paymentId: uuidv7(),
        caseId: c.id,
        kind: 'settlement',
        amountFen: payableFen,
        payeeName: payee.name,
        payeeAccount: payee.account,
      }),
    ).toMatchObject(applied);
    const notifications = await notificationsOf(c.id);
    expect(notifications.map((n) => n.kind)).toEqual(['approved', 'paid']);
    for (const n of notifications) expect(n.body).toContain(formatFen(payableFen));
    const automatic = (await eventsOf(c.id)).filter((e) => e.detail['automatic'] === true);
    expect(automatic.map((e) => e.detail['notification'])).toEqual(['approved', 'paid']);
  });

  it('keeps the first note and contact of an id, refusing another that reuses it, with nothing logged', async () => {
    const c = { id: await createCase('310101199506067890') };
    const noteId = uuidv7();
    const contactId = uuidv7();
    const contact = (outcome: string) => ({
      contactId,
      caseId: c.id,
      channel: 'call' as const,
      direction: 'outbound' as const,
      outcome,
      nextStep: null,
      at: Date.now(),
    });
    expect(
      await adjuster.pushOne('note.add', {
        noteId,
        caseId: c.id,
        body: '已电话联系',
        mentions: [],
      }),
    ).toMatchObject({ status: 'applied' });
    expect(await adjuster.pushOne('contact.add', contact('客户已确认'))).toMatchObject({
      status: 'applied',
    });
    const logged = () =>
      db().selectFrom('change_log').select('seq').where('case_id', '=', c.id).execute();
    const before = { log: await logged(), events: await eventsOf(c.id) };

    expect(
      await adjuster.pushOne('note.add', { noteId, caseId: c.id, body: '改写', mentions: [] }),
    ).toMatchObject({ status: 'rejected', reason: 'duplicate-id' });
    expect(await adjuster.pushOne('contact.add', contact('改写'))).toMatchObject({
      status: 'rejected',
      reason: 'duplicate-id',
    });
    const note = await db()
      .selectFrom('notes')
      .select('record')
      .where('id', '=', noteId)
      .executeTakeFirstOrThrow();
    expect(note.record).toMatchObject({ body: '已电话联系' });
    expect((await contactsOf(c.id)).find((k) => k.id === contactId)?.outcome).toBe('客户已确认');
    expect(await logged()).toEqual(before.log);
    expect(await eventsOf(c.id)).toEqual(before.events);
  });

  it('tags a field photo with the part it shows, and refuses to tag a paper', async () => {
    const c = await demoCaseIn('MATERIALS_REVIEW');
    const photoId = await insertDocument(c.id, { part: null, takenAt: 1, lat: 31.2, lng: 121.4 });
    expect(
      await adjuster.pushOne('photo.tag', { documentId: photoId, part: 'front' }),
    ).toMatchObject({ status: 'applied' });
    const stored = await db()
      .selectFrom('documents')
      .select('record')
      .where('id', '=', photoId)
      .executeTakeFirstOrThrow();
    expect(DocumentRecord.parse(stored.record).photo).toEqual({
      part: 'front',
      takenAt: 1,
      lat: 31.2,
      lng: 121.4,
    });
    expect((await eventsOf(c.id)).at(-1)?.detail).toEqual({ documentId: photoId, part: 'front' });
    const paperId = await insertDocument(c.id);
    expect(
      await adjuster.pushOne('photo.tag', { documentId: paperId, part: 'rear' }),
    ).toMatchObject({
      status: 'rejected',
      reason: 'not-a-photo',
    });
  });
});
