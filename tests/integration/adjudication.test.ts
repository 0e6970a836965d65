import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calculate, CalculationResult, type CalculationInput } from '@shared/calc';
import type { CaseState } from '@shared/domain/lifecycle';
import type { Line } from '@shared/domain/lines';
import { uuidv7 } from '@shared/lib/uuidv7';
import { formatFen } from '@shared/lib/money';
import { ApprovalRecord, DocumentRecord, PaymentRecord } from '@shared/sync/records';
import { extract, squash } from '../../server/src/notices/testing/extract-pdf-text';
import { databaseTargets } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';
import { SyncTestClient } from './support/sync-client';

const FIXTURE: Record<Line, string> = {
  AUTO: 'auto-with-fault',
  MEDICAL: 'medical',
  CI: 'ci',
  LIFE: 'life',
  ACCIDENT: 'accident',
  PROPERTY: 'property',
  LIABILITY: 'liability',
};

const inputFor = (line: Line) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/calc/${FIXTURE[line]}.json`, import.meta.url), 'utf8'),
  ) as CalculationInput;

const PAYEE = { payeeName: '张伟', payeeAccount: '6222020200112233445' };

describe.each(databaseTargets)('adjudication and payments on $name', (target) => {
  let central: TestCentral;
  const client = async (username: string) =>
    new SyncTestClient(central.app, await central.signIn(username));
  const used = new Set<string>();

  /** A case of the adjuster's, put into a state as the earlier steps of its life would have. */
  const caseInState = async (
    assignee: string,
    state: CaseState,
    changes: { disaster?: boolean; assignee_id?: string } = {},
  ) => {
    const row = await central.database.db
      .selectFrom('cases')
      .select(['id', 'line', 'policy_id'])
      .where('assignee_id', '=', assignee)
      .$if(changes.disaster === true, (q) => q.where('policy_id', 'is not', null))
      .where('id', 'not in', used.size > 0 ? [...used] : [''])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    used.add(row.id);
    await central.database.db
      .updateTable('cases')
      .set({ state, ...changes })
      .where('id', '=', row.id)
      .execute();
    return row;
  };
  const approvalOf = async (id: string) =>
    ApprovalRecord.parse(
      (
        await central.database.db
          .selectFrom('approvals')
          .select('record')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).record,
    );
  const stateOf = async (caseId: string) =>
    await central.database.db
      .selectFrom('cases')
      .select(['state', 'paid_fen'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
  const noticesOf = async (caseId: string) =>
    (
      await central.database.db
        .selectFrom('documents')
        .select('record')
        .where('case_id', '=', caseId)
        .execute()
    )
      .map((d) => DocumentRecord.parse(d.record))
      .filter((d) => d.docType === 'decision-notice');
  const noticeText = async (sha256: string) => {
    const chunks: Buffer[] = [];
    for await (const chunk of (await central.blobs.read(sha256)).stream)
      chunks.push(chunk as Buffer);
    return (await extract(new Uint8Array(Buffer.concat(chunks)))).flat;
  };
  const approve = (who: SyncTestClient, approvalId: string, caseId: string) =>
    who.pushOne('adjudication.decide', { approvalId, caseId, decision: 'approve', reason: null });
  const saveCalculation = async (c: SyncTestClient, caseId: string, line: Line) => {
    const input = inputFor(line);
    const calculationId = uuidv7();
    const result = await c.pushOne('calculation.save', {
      calculationId,
      caseId,
      input: input as unknown as Record<string, unknown>,
      provenance: {},
      payableFen: calculate(input).payableFen,
    });
    expect(result.status).toBe('applied');
    return { calculationId, payableFen: calculate(input).payableFen };
  };

  beforeAll(async () => {
    central = await startTestCentral(target);
  });
  afterAll(async () => {
    await central?.close();
  });

  it('stores the service’s own calculation and refuses a number it does not reproduce', async () => {
    const adjuster = await client('adj.east1');
    const c = await caseInState('user-adj-east1', 'ADJUSTMENT');
    const input = inputFor(c.line);
    const payable = calculate(input).payableFen;
    expect(
      await adjuster.pushOne('calculation.save', {
        calculationId: uuidv7(),
        caseId: c.id,
        input: input as unknown as Record<string, unknown>,
        provenance: {},
        payableFen: payable + 100,
      }),
    ).toMatchObject({ status: 'rejected', reason: 'calculation-mismatch' });
    const other: Line = c.line === 'LIFE' ? 'CI' : 'LIFE';
    expect(
      await adjuster.pushOne('calculation.save', {
        calculationId: uuidv7(),
        caseId: c.id,
        input: inputFor(other) as unknown as Record<string, unknown>,
        provenance: {},
        payableFen: calculate(inputFor(other)).payableFen,
      }),
    ).toMatchObject({ status: 'rejected', reason: 'invalid-calculation' });
    expect(
      await adjuster.pushOne('calculation.save', {
        calculationId: uuidv7(),
        caseId: c.id,
        input: { line: c.line, claim: { reasonableExpensesFen: -1 } },
        provenance: {},
        payableFen: 0,
      }),
    ).toMatchObject({ status: 'rejected', reason: 'invalid-calculation' });
    await saveCalculation(adjuster, c.id, c.line);
  });

  it('sends an amount above the adjuster’s limit to the supervisor, then pays it in parts', async () => {
    const adjuster = await client('adj.east2');
    const supervisor = await client('sup.east');
    const c = await caseInState('user-adj-east2', 'ADJUSTMENT');
    const { calculationId, payableFen } = await saveCalculation(adjuster, c.id, c.line);
    expect(payableFen).toBeGreaterThan(1);
    // This adjuster's authority ends below the amount.
    await central.database.db
      .updateTable('users')
      .set({ authority_limit_fen: payableFen - 1 })
      .where('id', '=', 'user-adj-east2')
      .execute();
    // The limit is read at each decision, so the change applies at once.

    const approvalId = uuidv7();
    expect(
      await adjuster.pushOne('adjudication.submit', {
        approvalId,
        caseId: c.id,
        decision: 'pay',
        calculationId,
        denialClause: null,
        explanation: null,
        payee: { name: PAYEE.payeeName, account: PAYEE.payeeAccount },
      }),
    ).toMatchObject({ status: 'applied' });
    expect((await stateOf(c.id)).state).toBe('APPROVAL');
    expect(await approvalOf(approvalId)).toMatchObject({
      status: 'pending',
      amountFen: payableFen,
    });

    expect(await approve(adjuster, approvalId, c.id)).toMatchObject({
      status: 'rejected',
      reason: 'segregation-of-duties',
    });
    expect(await approve(supervisor, approvalId, c.id)).toMatchObject({ status: 'applied' });
    expect((await stateOf(c.id)).state).toBe('PAYMENT');

    // The approval issued its notice in both languages, as case documents with their files.
    const notices = await noticesOf(c.id);
    expect(notices.map((d) => d.fileName).sort()).toEqual([
      expect.stringMatching(/^decision-notice-.*-en\.pdf$/),
      expect.stringMatching(/^理赔决定通知书-/),
    ]);
    const zh = notices.find((d) => d.fileName.startsWith('理赔决定通知书'));
    const text = await noticeText(zh?.sha256 ?? '');
    expect(text).toContain(squash(formatFen(payableFen)));
    expect(text).toContain('****3445');
    expect(text).not.toContain(PAYEE.payeeAccount);
    const steps = CalculationResult.parse(calculate(inputFor(c.line))).steps;
    for (const step of steps) expect(text).toContain(squash(step.text['zh-CN']));
    expect(await approve(supervisor, approvalId, c.id)).toMatchObject({
      status: 'rejected',
      reason: 'not-pending',
    });

    const half = Math.floor(payableFen / 2);
    const pay = (amountFen: number) =>
      adjuster.pushOne('payment.record', {
        paymentId: uuidv7(),
        caseId: c.id,
        kind: 'settlement',
        amountFen,
        ...PAYEE,
      });
    expect(await pay(payableFen + 1)).toMatchObject({
      status: 'rejected',
      reason: 'above-balance',
    });
    expect(await pay(half)).toMatchObject({
      status: 'applied',
      output: { balanceAfterFen: payableFen - half },
    });
    expect(await pay(payableFen - half)).toMatchObject({
      status: 'applied',
      output: { paidFen: payableFen, balanceAfterFen: 0 },
    });
    expect(await pay(1)).toMatchObject({ status: 'rejected', reason: 'above-balance' });
    expect((await stateOf(c.id)).paid_fen).toBe(payableFen);

    const payments = await central.database.db
      .selectFrom('payments')
      .select('record')
      .where('case_id', '=', c.id)
      .execute();
    const stored = payments.map((p) => PaymentRecord.parse(p.record));
    expect(stored.map((p) => p.payeeAccountMasked)).toEqual(['**** 3445', '**** 3445']);
    expect(JSON.stringify(stored)).not.toContain(PAYEE.payeeAccount);
  });

  it('returns a decision to adjustment with a reason, and refuses a stale calculation', async () => {
    const adjuster = await client('adj.east1');
    const supervisor = await client('sup.east');
    const c = await caseInState('user-adj-east1', 'ADJUSTMENT');
    const first = await saveCalculation(adjuster, c.id, c.line);
    await saveCalculation(adjuster, c.id, c.line);
    expect(
      await adjuster.pushOne('adjudication.submit', {
        approvalId: uuidv7(),
        caseId: c.id,
        decision: 'pay',
        calculationId: first.calculationId,
        denialClause: null,
        explanation: null,
        payee: { name: PAYEE.payeeName, account: PAYEE.payeeAccount },
      }),
    ).toMatchObject({ status: 'rejected', reason: 'stale-calculation' });
    const latest = await saveCalculation(adjuster, c.id, c.line);
    const approvalId = uuidv7();
    await adjuster.pushOne('adjudication.submit', {
      approvalId,
      caseId: c.id,
      decision: 'pay',
      calculationId: latest.calculationId,
      denialClause: null,
      explanation: null,
      payee: { name: PAYEE.payeeName, account: PAYEE.payeeAccount },
    });
    expect(
      await supervisor.pushOne('adjudication.decide', {
        approvalId,
        caseId: c.id,
        decision: 'return',
        reason: '请核实社保结算单金额',
      }),
    ).toMatchObject({ status: 'applied' });
    expect((await stateOf(c.id)).state).toBe('ADJUSTMENT');
    expect(await approvalOf(approvalId)).toMatchObject({
      status: 'returned',
      decisionReason: '请核实社保结算单金额',
    });
  });

  it('denies with the clause once approved, and keeps plain status changes out of approval', async () => {
    const adjuster = await client('adj.east1');
    const c = await caseInState('user-adj-east1', 'ADJUSTMENT');
    expect(
      await adjuster.pushOne('case.transition', {
        caseId: c.id,
        from: 'ADJUSTMENT',
        to: 'APPROVAL',
        reason: null,
        denialClause: null,
      }),
    ).toMatchObject({ status: 'rejected', reason: 'needs-adjudication' });
    const approvalId = uuidv7();
    await adjuster.pushOne('adjudication.submit', {
      approvalId,
      caseId: c.id,
      decision: 'deny',
      calculationId: null,
      denialClause: '第七条 责任免除',
      explanation: '事故发生在保险期间开始之前。',
      payee: null,
    });
    expect(await approve(adjuster, approvalId, c.id)).toMatchObject({ status: 'applied' });
    expect((await stateOf(c.id)).state).toBe('DENIED');
    const [notice] = await noticesOf(c.id);
    expect(await noticeText(notice?.sha256 ?? '')).toContain(squash('第七条 责任免除'));
  });

  it('advances only the determinable part, and pre-pays at most half the sum insured in a disaster', async () => {
    const adjuster = await client('adj.east2');
    const c = await caseInState('user-adj-east2', 'LOSS_ASSESSMENT', { disaster: true });
    const payment = (kind: 'advance' | 'disaster-prepayment', amountFen: number) =>
      adjuster.pushOne('payment.record', {
        paymentId: uuidv7(),
        caseId: c.id,
        kind,
        amountFen,
        ...PAYEE,
      });
    expect(await payment('advance', 100)).toMatchObject({
      status: 'rejected',
      reason: 'nothing-determinable',
    });
    const { payableFen } = await saveCalculation(adjuster, c.id, c.line);
    expect(await payment('advance', payableFen + 1)).toMatchObject({
      status: 'rejected',
      reason: 'above-determinable',
    });
    const policy = await central.database.db
      .selectFrom('policies')
      .select('sum_insured_fen')
      .where('id', '=', c.policy_id ?? '')
      .executeTakeFirstOrThrow();
    const cap = Math.floor(policy.sum_insured_fen / 2);
    expect(await payment('disaster-prepayment', cap + 1)).toMatchObject({
      status: 'rejected',
      reason: 'above-prepayment-cap',
    });
    expect(await payment('disaster-prepayment', cap)).toMatchObject({ status: 'applied' });
    expect(await payment('settlement' as 'advance', 1)).toMatchObject({ status: 'rejected' });
  });

  it('lets neither field staff nor a wrong account through', async () => {
    const field = await client('field.east1');
    const c = await caseInState('user-adj-east1', 'ADJUSTMENT', {
      assignee_id: 'user-field-east1',
    });
    expect(
      await field.pushOne('adjudication.submit', {
        approvalId: uuidv7(),
        caseId: c.id,
        decision: 'deny',
        calculationId: null,
        denialClause: '第七条',
        explanation: '不在保障范围内。',
        payee: null,
      }),
    ).toMatchObject({ status: 'rejected', reason: 'role-not-allowed' });
    expect(
      await field.pushOne('payment.record', {
        paymentId: uuidv7(),
        caseId: c.id,
        kind: 'advance',
        amountFen: 100,
        payeeName: '张伟',
        payeeAccount: '6222-0202',
      }),
    ).toMatchObject({ status: 'rejected', reason: 'invalid-arguments' });
  });
});
