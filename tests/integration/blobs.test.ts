import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import { databaseTargets } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';
import { SyncTestClient } from './support/sync-client';

const CHUNK = 256 * 1024;
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(databaseTargets)('blobs on $name', (target) => {
  let central: TestCentral;
  let adjuster: SyncTestClient;
  let caseId: string;

  beforeAll(async () => {
    central = await startTestCentral(target);
    adjuster = new SyncTestClient(central.app, await central.signIn('adj.east1'));
    caseId = (await adjuster.pullAll()).changes.find((c) => c.entity === 'case')?.id ?? '';
  });
  afterAll(async () => {
    await central?.close();
  });

  const declare = (
    client: SyncTestClient,
    bytes: Uint8Array,
    forCase = caseId,
    hash = sha(bytes),
  ) =>
    central.app.inject({
      method: 'POST',
      url: '/api/blobs',
      headers: client.headers(),
      payload: { sha256: hash, size: bytes.byteLength, mediaType: 'image/jpeg', caseId: forCase },
    });
  const putChunk = (
    client: SyncTestClient,
    hash: string,
    bytes: Uint8Array,
    start: number,
    end: number,
  ) =>
    central.app.inject({
      method: 'PUT',
      url: `/api/blobs/${hash}`,
      headers: {
        ...client.headers(),
        'content-type': 'application/octet-stream',
        'content-range': `bytes ${start}-${end - 1}/${bytes.byteLength}`,
      },
      payload: Buffer.from(bytes.subarray(start, end)),
    });

  it('resumes an upload cut off halfway from the last confirmed chunk, then verifies it', async () => {
    const bytes = new Uint8Array(randomBytes(CHUNK * 4 + 1234));
    const hash = sha(bytes);
    expect((await declare(adjuster, bytes)).json()).toMatchObject({ received: 0, complete: false });
    for (let offset = 0; offset < CHUNK * 2; offset += CHUNK) {
      expect((await putChunk(adjuster, hash, bytes, offset, offset + CHUNK)).statusCode).toBe(200);
    }
    // The connection drops; the client asks where to resume.
    const status = await central.app.inject({
      method: 'GET',
      url: `/api/blobs/${hash}/status`,
      headers: adjuster.headers(),
    });
    expect(status.json()).toMatchObject({ received: CHUNK * 2, complete: false });

    const replayed = await putChunk(adjuster, hash, bytes, 0, CHUNK);
    expect(replayed.statusCode).toBe(409);
    expect(replayed.json()).toMatchObject({ error: 'offset-mismatch', received: CHUNK * 2 });

    for (let offset = CHUNK * 2; offset < bytes.byteLength; offset += CHUNK) {
      await putChunk(adjuster, hash, bytes, offset, Math.min(offset + CHUNK, bytes.byteLength));
    }
    const done = await central.app.inject({
      method: 'GET',
      url: `/api/blobs/${hash}/status`,
      headers: adjuster.headers(),
    });
    expect(done.json()).toMatchObject({ received: bytes.byteLength, complete: true });

    const download = await central.app.inject({
      method: 'GET',
      url: `/api/blobs/${hash}`,
      headers: adjuster.headers(),
    });
    expect(sha(download.rawPayload)).toBe(hash);
    const ranged = await central.app.inject({
      method: 'GET',
      url: `/api/blobs/${hash}`,
      headers: { ...adjuster.headers(), range: 'bytes=100-199' },
    });
    expect(ranged.statusCode).toBe(206);
    expect(ranged.headers['content-range']).toBe(`bytes 100-199/${bytes.byteLength}`);
    expect(Buffer.compare(ranged.rawPayload, Buffer.from(bytes.subarray(100, 200)))).toBe(0);

    const documentId = uuidv7();
    const registered = await adjuster.pushOne('document.register', {
      documentId,
      caseId,
      sha256: hash,
      fileName: '现场照片1.jpg',
      mediaType: 'image/jpeg',
      size: bytes.byteLength,
      docType: 'damage-photo',
      photo: null,
      preview: null,
    });
    expect(registered.status).toBe('applied');
  });

  it('refuses bytes that do not match their hash and keeps nothing readable', async () => {
    const bytes = new Uint8Array(randomBytes(CHUNK));
    const claimed = sha(new Uint8Array(randomBytes(16)));
    await declare(adjuster, bytes, caseId, claimed);
    const response = await putChunk(adjuster, claimed, bytes, 0, bytes.byteLength);
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toBe('hash-mismatch');
    const read = await central.app.inject({
      method: 'GET',
      url: `/api/blobs/${claimed}`,
      headers: adjuster.headers(),
    });
    expect(read.statusCode).toBe(404);
  });

  it('refuses to register a document whose bytes were not uploaded', async () => {
    const result = await adjuster.pushOne('document.register', {
      documentId: uuidv7(),
      caseId,
      sha256: sha(new Uint8Array([1, 2, 3])),
      fileName: 'missing.pdf',
      mediaType: 'application/pdf',
      size: 3,
      docType: null,
      photo: null,
      preview: null,
    });
    expect(result).toMatchObject({ status: 'rejected', reason: 'blob-not-uploaded' });
  });

  it('hides a case’s files from users outside the case', async () => {
    const bytes = new Uint8Array(randomBytes(1000));
    const hash = sha(bytes);
    await declare(adjuster, bytes);
    await putChunk(adjuster, hash, bytes, 0, bytes.byteLength);
    const stranger = new SyncTestClient(central.app, await central.signIn('adj.south1'));
    const read = await central.app.inject({
      method: 'GET',
      url: `/api/blobs/${hash}`,
      headers: stranger.headers(),
    });
    expect(read.statusCode).toBe(404);
    const supervisor = new SyncTestClient(central.app, await central.signIn('sup.east'));
    expect(
      (
        await central.app.inject({
          method: 'GET',
          url: `/api/blobs/${hash}`,
          headers: supervisor.headers(),
        })
      ).statusCode,
    ).toBe(200);
  });
});
