import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteSurvey } from '@shared/domain/site-survey';
import { siteSurveyFixture } from '@shared/domain/testing/site-survey';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { DocumentRecord } from '@shared/sync/records';
import { caseRowsOf } from '../../renderer/src/data/case-rows';
import { fileBytes } from '../../renderer/src/sync/blob-cache';
import { UPLOAD_CHUNK_BYTES } from '../../renderer/src/sync/uploads';
import { TestWorkstation } from './clients/support';
import { databaseTargets } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';
import { SyncTestClient } from './support/sync-client';

/**
 * Work at the scene: large photos over a poor connection, photos sent ahead
 * as previews, and the site survey report. The surveyor (field.south1, role
 * 'field') works the cases assigned to them; their team's supervisor sees
 * what they send.
 */

const SURVEYOR = 'field.south1';
const SUPERVISOR = 'sup.south';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Puts a file in the workstation's local store and queues its upload, as attaching one does. */
async function queueFile(
  w: TestWorkstation,
  file: {
    bytes: Uint8Array<ArrayBuffer>;
    caseId: string;
    fileName: string;
    phase?: 'first' | 'later';
  },
): Promise<string> {
  const sha256 = sha(file.bytes);
  await w.db.blobs.put({
    sha256,
    bytes: new Blob([file.bytes]),
    size: file.bytes.byteLength,
    lastUsedAt: Date.now(),
    pinned: 1,
  });
  await w.db.uploads.put({
    sha256,
    caseId: file.caseId,
    fileName: file.fileName,
    mediaType: 'image/jpeg',
    size: file.bytes.byteLength,
    received: 0,
    state: 'queued',
    error: null,
    createdAt: Date.now(),
    ...(file.phase ? { phase: file.phase } : {}),
  });
  return sha256;
}

/** Counts the chunk bytes the workstation sends from now on. */
function countChunks(w: TestWorkstation): number[] {
  const sent: number[] = [];
  const inner = w.centralClient;
  w.centralClient = () => {
    const client = inner.call(w);
    return {
      ...client,
      putBytes: (url, chunk, headers, schema) => (
        sent.push(chunk.byteLength),
        client.putBytes(url, chunk, headers, schema)
      ),
    };
  };
  return sent;
}

async function storedHash(central: TestCentral, sha256: string): Promise<string> {
  const read = await central.blobs.read(sha256);
  const hash = createHash('sha256');
  for await (const chunk of read.stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function serverDocument(central: TestCentral, id: string): Promise<DocumentRecord> {
  const row = await central.database.db
    .selectFrom('documents')
    .select('record')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.record as unknown as DocumentRecord;
}

function survey(overrides: Partial<SiteSurvey> = {}): SiteSurvey {
  return siteSurveyFixture({ surveyedAt: Date.now() - 3_600_000, ...overrides });
}

describe.each(databaseTargets)('field work on $name', (target) => {
  let central: TestCentral;
  let surveyor: TestWorkstation;
  let caseIds: string[];
  beforeAll(async () => {
    central = await startTestCentral(target);
    surveyor = await TestWorkstation.signIn(central, SURVEYOR);
    await surveyor.sync();
    caseIds = await surveyor.caseIds();
  });
  afterAll(async () => {
    surveyor?.close();
    await central?.close();
  });

  it('works cases assigned to the surveyor', () => {
    expect(caseIds.length).toBeGreaterThanOrEqual(2);
  });

  it('cuts the connection in the middle of a 20 MB upload and resumes from the last confirmed chunk', async () => {
    const caseId = caseIds[0] ?? '';
    const bytes = new Uint8Array(randomBytes(20_000_000));
    const sha256 = await queueFile(surveyor, { bytes, caseId, fileName: '现场全景.jpg' });
    const documentId = uuidv7();
    await surveyor.queue('document.register', {
      documentId,
      caseId,
      sha256,
      fileName: '现场全景.jpg',
      mediaType: 'image/jpeg',
      size: bytes.byteLength,
      docType: 'scene-photo',
      photo: { part: null, takenAt: Date.now() - 60_000, lat: 31.2, lng: 121.4 },
      preview: null,
    });

    const confirmed = 7;
    surveyor.chunksBeforeDrop = confirmed;
    await expect(surveyor.sync()).rejects.toMatchObject({ kind: 'transient' });
    expect(await surveyor.db.outbox.count()).toBe(1);
    expect((await surveyor.db.uploads.get(sha256))?.received).toBe(confirmed * UPLOAD_CHUNK_BYTES);

    surveyor.chunksBeforeDrop = Number.POSITIVE_INFINITY;
    await surveyor.restart();
    const sent = countChunks(surveyor);
    await surveyor.sync();
    // Only what the service had not confirmed travelled: 13 chunks, the last one short.
    const remaining = bytes.byteLength - confirmed * UPLOAD_CHUNK_BYTES;
    const full = Math.floor(remaining / UPLOAD_CHUNK_BYTES);
    expect(sent).toEqual([
      ...Array.from({ length: full }, () => UPLOAD_CHUNK_BYTES),
      remaining - full * UPLOAD_CHUNK_BYTES,
    ]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(20_000_000 - 7 * 1_048_576);
    expect(await surveyor.db.uploads.get(sha256)).toMatchObject({
      state: 'done',
      received: bytes.byteLength,
    });
    const local = await surveyor.db.documents.get(documentId);
    expect(local?.rowVersion).toBeGreaterThan(0);
    expect(local).toMatchObject({ originalStored: true, preview: null });
    expect(await storedHash(central, sha256)).toBe(sha256);
  });

  it('shows a photo sent ahead as a preview to the supervisor, then its original once it arrives', async () => {
    const caseId = caseIds[0] ?? '';
    const original = new Uint8Array(randomBytes(3 * UPLOAD_CHUNK_BYTES - 123));
    const preview = new Uint8Array(randomBytes(180_000));
    const previewSha = await queueFile(surveyor, {
      bytes: preview,
      caseId,
      fileName: '左前门-预览.jpg',
    });
    const originalSha = await queueFile(surveyor, {
      bytes: original,
      caseId,
      fileName: '左前门.jpg',
      phase: 'later',
    });
    const documentId = uuidv7();
    const photo = { part: 'left' as const, takenAt: Date.now() - 120_000, lat: 31.2, lng: 121.4 };
    await surveyor.queue('document.register', {
      documentId,
      caseId,
      sha256: originalSha,
      fileName: '左前门.jpg',
      mediaType: 'image/jpeg',
      size: original.byteLength,
      docType: 'damage-photo',
      photo,
      preview: { sha256: previewSha, size: preview.byteLength },
    });

    // The preview and the metadata get through; the connection drops on the original's first chunk.
    surveyor.chunksBeforeDrop = 1;
    await expect(surveyor.sync()).rejects.toMatchObject({ kind: 'transient' });
    expect(await surveyor.db.outbox.count()).toBe(0);
    expect(await serverDocument(central, documentId)).toMatchObject({
      originalStored: false,
      photo,
    });

    const supervisor = await TestWorkstation.signIn(central, SUPERVISOR);
    try {
      await supervisor.sync();
      const seen = await supervisor.db.documents.get(documentId);
      expect(seen).toMatchObject({
        sha256: originalSha,
        originalStored: false,
        preview: { sha256: previewSha, size: preview.byteLength },
        photo,
      });
      const previewFile = { sha256: previewSha, mediaType: 'image/jpeg' };
      const shown = await fileBytes(supervisor.db, supervisor.centralClient(), previewFile);
      expect(Buffer.from(await shown.arrayBuffer()).equals(Buffer.from(preview))).toBe(true);
      await expect(
        fileBytes(supervisor.db, supervisor.centralClient(), {
          sha256: originalSha,
          mediaType: 'image/jpeg',
        }),
      ).rejects.toThrow(/not finished uploading/);

      surveyor.chunksBeforeDrop = Number.POSITIVE_INFINITY;
      await surveyor.sync();
      expect(await surveyor.db.uploads.get(originalSha)).toMatchObject({ state: 'done' });
      await surveyor.sync();
      await supervisor.sync();
      expect(await supervisor.db.documents.get(documentId)).toMatchObject({
        originalStored: true,
      });
      expect((await surveyor.db.documents.get(documentId))?.originalStored).toBe(true);
      const whole = await fileBytes(supervisor.db, supervisor.centralClient(), {
        sha256: originalSha,
        mediaType: 'image/jpeg',
      });
      expect(whole.size).toBe(original.byteLength);
    } finally {
      supervisor.close();
    }
  });

  it('marks an original stored when it was already complete for another case and is then declared for this one', async () => {
    const [first, second] = [caseIds[0] ?? '', caseIds[1] ?? ''];
    const original = new Uint8Array(randomBytes(UPLOAD_CHUNK_BYTES + 5));
    const preview = new Uint8Array(randomBytes(50_000));
    const previewSha = await queueFile(surveyor, { bytes: preview, caseId: second, fileName: 'p' });
    const documentId = uuidv7();
    await surveyor.queue('document.register', {
      documentId,
      caseId: second,
      sha256: sha(original),
      fileName: '车牌特写.jpg',
      mediaType: 'image/jpeg',
      size: original.byteLength,
      docType: 'damage-photo',
      photo: null,
      preview: { sha256: previewSha, size: preview.byteLength },
    });
    await surveyor.sync();
    expect((await serverDocument(central, documentId)).originalStored).toBe(false);
    // The same photo, attached whole to the first case, completes there.
    await queueFile(surveyor, { bytes: original, caseId: first, fileName: '车牌特写.jpg' });
    await surveyor.sync();
    expect((await serverDocument(central, documentId)).originalStored).toBe(false);
    // Declared for the second case, it needs no bytes: the declaration completes the document.
    await queueFile(surveyor, {
      bytes: original,
      caseId: second,
      fileName: '车牌特写.jpg',
      phase: 'later',
    });
    const sent = countChunks(surveyor);
    await surveyor.sync();
    expect(sent).toEqual([]);
    expect((await serverDocument(central, documentId)).originalStored).toBe(true);
  });

  it('refuses to register on a preview that has not been uploaded', async () => {
    const client = new SyncTestClient(central.app, await central.signIn(SURVEYOR));
    const result = await client.pushOne('document.register', {
      documentId: uuidv7(),
      caseId: caseIds[0] ?? '',
      sha256: sha(new Uint8Array([1])),
      fileName: '右后轮.jpg',
      mediaType: 'image/jpeg',
      size: 1,
      docType: 'damage-photo',
      photo: null,
      preview: { sha256: sha(new Uint8Array([2])), size: 1 },
    });
    expect(result).toMatchObject({
      status: 'rejected',
      reason: 'blob-not-uploaded',
      message: 'The preview of 右后轮.jpg has not been uploaded for this case yet.',
    });
  });

  it('submits the site survey, shows it in scope, and replaces it on resubmission', async () => {
    const caseId = caseIds[1] ?? '';
    const firstId = uuidv7();
    await surveyor.queue('site-survey.submit', { surveyId: firstId, caseId, survey: survey() });
    await surveyor.sync();
    expect(await surveyor.db.rejections.count()).toBe(0);

    const supervisor = await TestWorkstation.signIn(central, SUPERVISOR);
    try {
      await supervisor.sync();
      const reports = await supervisor.db.siteSurveys.where('caseId').equals(caseId).toArray();
      expect(reports).toHaveLength(1);
      expect(reports[0]).toMatchObject({
        id: firstId,
        caseId,
        surveyorId: surveyor.userId,
        survey: { liabilityRatio: 70, vehicles: [{ plate: '沪AD12345' }] },
      });
      const events = await caseRowsOf(supervisor.db, 'caseEvents', caseId);
      const submitted = events.filter((e) => e.kind === 'site-survey');
      expect(submitted.map((e) => e.detail)).toEqual([
        { surveyId: firstId, liabilityRatio: 70, vehicles: 1, damages: 1 },
      ]);

      const secondId = uuidv7();
      const revised = survey({
        liabilityRatio: 100,
        damages: [
          { part: 'front', severity: 'severe', note: '前保险杠断裂' },
          { part: 'lights', severity: 'moderate', note: '左前大灯碎裂' },
        ],
      });
      await surveyor.queue('site-survey.submit', { surveyId: secondId, caseId, survey: revised });
      await surveyor.sync();
      await supervisor.sync();
      const replaced = await supervisor.db.siteSurveys.where('caseId').equals(caseId).toArray();
      expect(replaced).toHaveLength(1);
      expect(replaced[0]).toMatchObject({ id: firstId, survey: { liabilityRatio: 100 } });
      expect(replaced[0]?.survey.damages).toHaveLength(2);
      const after = await caseRowsOf(supervisor.db, 'caseEvents', caseId);
      const history = after.filter((e) => e.kind === 'site-survey').map((e) => e.detail);
      expect(history).toContainEqual({
        surveyId: secondId,
        liabilityRatio: 100,
        vehicles: 1,
        damages: 2,
      });
      // History carries counts, never the people at the scene.
      expect(JSON.stringify(history)).not.toMatch(/王伟|13800138000|沪AD12345/);
    } finally {
      supervisor.close();
    }
    const rows = await central.database.db
      .selectFrom('site_surveys')
      .select('id')
      .where('case_id', '=', caseId)
      .execute();
    expect(rows).toEqual([{ id: firstId }]);
  });

  it('refuses a survey with a bad plate by its schema, naming the field', async () => {
    const caseId = caseIds[1] ?? '';
    const bad = survey({ vehicles: [{ plate: '沪IO1234', description: '' }] });
    await expect(
      surveyor.queue('site-survey.submit', { surveyId: uuidv7(), caseId, survey: bad }),
    ).rejects.toThrow('site-survey.submit: survey.vehicles.0.plate: plate-invalid');
    // A client that skipped the check is answered the same way by the service.
    const client = new SyncTestClient(central.app, await central.signIn(SURVEYOR));
    const result = await client.pushOne('site-survey.submit', {
      surveyId: uuidv7(),
      caseId,
      survey: bad,
    });
    expect(result).toMatchObject({
      status: 'rejected',
      reason: 'invalid-arguments',
      message: 'site-survey.submit: survey.vehicles.0.plate: plate-invalid',
    });
  });

  it('refuses a survey dated in the future, and one on a case outside the scope', async () => {
    const caseId = caseIds[1] ?? '';
    const client = new SyncTestClient(central.app, await central.signIn(SURVEYOR));
    const future = await client.pushOne('site-survey.submit', {
      surveyId: uuidv7(),
      caseId,
      survey: survey({ surveyedAt: Date.now() + 30 * 60_000 }),
    });
    expect(future).toMatchObject({ status: 'rejected', reason: 'survey-invalid' });
    const outsider = new SyncTestClient(central.app, await central.signIn('adj.north1'));
    const foreign = await outsider.pushOne('site-survey.submit', {
      surveyId: uuidv7(),
      caseId,
      survey: survey(),
    });
    expect(foreign).toMatchObject({ status: 'rejected', reason: 'case-not-found' });
  });
});
