import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CROSS_CLAIM_ANOMALIES, type AnomalyKind } from '@shared/analysis/anomaly-kinds';
import { CROSS_CLAIM_DETECTOR } from '@shared/analysis/cross-claim';
import { uuidv7 } from '@shared/lib/uuidv7';
import { FlagRecord } from '@shared/sync/records';
import {
  type CrossClaimReport,
  runCrossClaimChecks,
} from '../../server/src/analysis/cross-claim/run-checks';
import type { AnswerKeyEntry } from '../../server/src/demo/documents/types';
import { databaseTargets } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';
import { SyncTestClient } from './support/sync-client';

const CROSS = new Set<AnomalyKind>(CROSS_CLAIM_ANOMALIES);
const OPTIONS = { batch: 400, budgetMs: 20_000 };

describe.each(databaseTargets)('cross-claim checks on $name', (target) => {
  let central: TestCentral;
  let planted: AnswerKeyEntry[];
  let firstPass: CrossClaimReport;
  const deps = () => ({ db: central.database.db, blobs: central.blobs, pokes: central.pokes() });
  const serviceFlags = async () =>
    (await central.database.db.selectFrom('flags').select('record').execute())
      .map((row) => FlagRecord.parse(row.record))
      .filter((f) => f.detector === CROSS_CLAIM_DETECTOR.name);
  /** Passes until nothing is left to judge, as the service's timer would. */
  const drain = async () => {
    const total: CrossClaimReport = { read: 0, unreadable: 0, claims: 0, raised: 0 };
    for (;;) {
      const pass = await runCrossClaimChecks(deps(), OPTIONS);
      for (const key of Object.keys(total) as (keyof CrossClaimReport)[]) total[key] += pass[key];
      if (pass.read + pass.unreadable + pass.claims === 0) return total;
    }
  };
  const clientFor = async (caseId: string) => {
    const { username } = await central.database.db
      .selectFrom('cases')
      .innerJoin('users', 'users.id', 'cases.assignee_id')
      .select('users.username')
      .where('cases.id', '=', caseId)
      .executeTakeFirstOrThrow();
    return new SyncTestClient(central.app, await central.signIn(username));
  };

  beforeAll(async () => {
    central = await startTestCentral(target, { cases: 200, documents: true });
    planted = (await central.answers()).filter((a) => CROSS.has(a.anomaly));
    firstPass = await drain();
  }, 300_000);
  afterAll(async () => {
    await central?.close();
  });

  it('reads every demo file and judges every claim', async () => {
    const documents = await central.database.db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(firstPass.read).toBe(Number(documents.n));
    expect(firstPass.unreadable).toBe(0);
    expect(firstPass.claims).toBe(200);
  });

  it('flags every planted duplicate invoice, duplicate photo, outlier amount and repeat claimant', async () => {
    const flags = await serviceFlags();
    for (const kind of CROSS_CLAIM_ANOMALIES)
      expect(planted.filter((a) => a.anomaly === kind).length).toBeGreaterThan(0);
    const missed = planted.filter(
      (a) =>
        !flags.some(
          (f) =>
            f.kind === a.anomaly &&
            f.caseId === a.caseId &&
            (a.documentId === null || f.documentId === a.documentId),
        ),
    );
    expect(missed).toEqual([]);
    const unplanted = flags.filter(
      (f) => !planted.some((a) => a.anomaly === f.kind && a.caseId === f.caseId),
    );
    expect(unplanted.length).toBeLessThanOrEqual(Math.ceil(flags.length * 0.1));
    expect(firstPass.raised).toBe(flags.length);
  });

  it('points a duplicate invoice at its number on the page and names the original', async () => {
    const flags = await serviceFlags();
    for (const answer of planted.filter((a) => a.anomaly === 'duplicate-invoice-number')) {
      const flag = flags.find(
        (f) => f.kind === answer.anomaly && f.documentId === answer.documentId,
      );
      expect(flag).toMatchObject({
        source: 'central',
        verdict: 'open',
        severity: 'high',
        page: answer.page,
        evidence: {
          invoiceNumber: answer.evidence['invoiceNumber'],
          originalDocumentId: answer.evidence['originalDocumentId'],
          originalCaseId: answer.evidence['originalCaseId'],
        },
      });
      const region = flag?.region;
      const expected = answer.region;
      expect(region && expected).toBeTruthy();
      if (region && expected) {
        expect(region.x).toBeLessThan(expected.x + expected.width);
        expect(expected.x).toBeLessThan(region.x + region.width);
        expect(region.y).toBeLessThan(expected.y + expected.height);
        expect(expected.y).toBeLessThan(region.y + region.height);
      }
      expect(flag?.explanation['zh-CN']).toContain(String(answer.evidence['invoiceNumber']));
    }
  });

  it('sends the flags down to the adjuster of the case', async () => {
    const [flag] = (await serviceFlags()).filter((f) => f.kind === 'duplicate-photo');
    if (!flag) throw new Error('no duplicate-photo flag');
    const adjuster = await clientFor(flag.caseId);
    const { changes } = await adjuster.pullAll();
    expect(changes.find((c) => c.entity === 'flag' && c.id === flag.id)?.data).toMatchObject({
      kind: 'duplicate-photo',
      source: 'central',
    });
  });

  it('reads and raises nothing the second time', async () => {
    expect(await drain()).toEqual({ read: 0, unreadable: 0, claims: 0, raised: 0 });
  });

  it('judges a claim again when its amount changes, without raising a dismissed finding again', async () => {
    const [flag] = (await serviceFlags()).filter((f) => f.kind === 'amount-outlier');
    if (!flag) throw new Error('no amount-outlier flag');
    const adjuster = await clientFor(flag.caseId);
    await adjuster.pullAll();
    const verdict = await adjuster.pushOne('flag.verdict', {
      flagId: flag.id,
      verdict: 'dismissed',
      reason: '重大财产损失，金额已与公估报告核对',
    });
    expect(verdict.status).toBe('applied');
    await central.database.db
      .updateTable('cases')
      .set({ claimed_fen: Number(flag.evidence['claimedFen']) + 100 })
      .where('id', '=', flag.caseId)
      .execute();
    expect(await drain()).toEqual({ read: 0, unreadable: 0, claims: 1, raised: 0 });
    const same = (await serviceFlags()).filter(
      (f) => f.caseId === flag.caseId && f.kind === 'amount-outlier',
    );
    expect(same.map((f) => f.verdict)).toEqual(['dismissed']);
  });

  it('records a corrupt file as unreadable and goes on with the next', async () => {
    const [flag] = await serviceFlags();
    if (!flag) throw new Error('no flag');
    const adjuster = await clientFor(flag.caseId);
    const upload = async (fileName: string, bytes: Uint8Array, mediaType: string) => {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const headers = adjuster.headers();
      await central.app.inject({
        method: 'POST',
        url: '/api/blobs',
        headers,
        payload: { sha256, size: bytes.byteLength, mediaType, caseId: flag.caseId },
      });
      await central.app.inject({
        method: 'PUT',
        url: `/api/blobs/${sha256}`,
        headers: {
          ...headers,
          'content-type': 'application/octet-stream',
          'content-range': `bytes 0-${bytes.byteLength - 1}/${bytes.byteLength}`,
        },
        payload: Buffer.from(bytes),
      });
      const documentId = uuidv7();
      const result = await adjuster.pushOne('document.register', {
        documentId,
        caseId: flag.caseId,
        sha256,
        fileName,
        mediaType,
        size: bytes.byteLength,
        docType: null,
        photo: null,
        preview: null,
      });
      expect(result.status).toBe('applied');
      return documentId;
    };
    const corrupt = await upload(
      '维修发票.pdf',
      new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer garbage'),
      'application/pdf',
    );
    const broken = await upload(
      '现场照片.jpg',
      new Uint8Array([0xff, 0xd8, 0xff, 0x00, 1, 2, 3]),
      'image/jpeg',
    );
    expect(await drain()).toEqual({ read: 0, unreadable: 2, claims: 0, raised: 0 });
    const problems = await central.database.db
      .selectFrom('document_prints')
      .select(['document_id', 'problem'])
      .where('document_id', 'in', [corrupt, broken])
      .execute();
    expect(problems).toHaveLength(2);
    for (const row of problems) expect(row.problem).toMatch(/\S/);
  });
});
