import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import { fileBytes } from '../../../renderer/src/sync/blob-cache';
import { UPLOAD_CHUNK_BYTES } from '../../../renderer/src/sync/uploads';
import { databaseTargets } from '../support/databases';
import { startTestCentral, type TestCentral } from '../support/central';
import { TestWorkstation } from './support';

describe.each(databaseTargets)('file uploads from a workstation on $name', (target) => {
  let central: TestCentral;
  let adjuster: TestWorkstation;
  beforeAll(async () => {
    central = await startTestCentral(target);
    adjuster = await TestWorkstation.signIn(central, 'adj.east1');
    await adjuster.sync();
  });
  afterAll(async () => {
    adjuster?.close();
    await central?.close();
  });

  it('resumes an upload cut off mid-file from the last confirmed chunk, across a restart, then registers the document', async () => {
    const caseId = (await adjuster.caseIds())[0] ?? '';
    const bytes = randomBytes(UPLOAD_CHUNK_BYTES * 3 + 777);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await adjuster.db.blobs.put({
      sha256,
      bytes: new Blob([bytes]),
      size: bytes.byteLength,
      lastUsedAt: Date.now(),
      pinned: 1,
    });
    await adjuster.db.uploads.put({
      sha256,
      caseId,
      fileName: '现场全景.jpg',
      mediaType: 'image/jpeg',
      size: bytes.byteLength,
      received: 0,
      state: 'queued',
      error: null,
      createdAt: Date.now(),
    });
    const documentId = uuidv7();
    await adjuster.queue('document.register', {
      documentId,
      caseId,
      sha256,
      fileName: '现场全景.jpg',
      mediaType: 'image/jpeg',
      size: bytes.byteLength,
      docType: 'scene-photo',
      photo: null,
      preview: null,
    });

    adjuster.chunksBeforeDrop = 2;
    await expect(adjuster.sync()).rejects.toMatchObject({ kind: 'transient' });
    expect(await adjuster.db.outbox.count()).toBe(1);
    expect((await adjuster.db.uploads.get(sha256))?.received).toBe(UPLOAD_CHUNK_BYTES * 2);

    adjuster.chunksBeforeDrop = Number.POSITIVE_INFINITY;
    const chunksSent: number[] = [];
    const before = adjuster.centralClient;
    adjuster.centralClient = () => {
      const client = before.call(adjuster);
      return {
        ...client,
        putBytes: (url, chunk, headers, schema) => (
          chunksSent.push(chunk.byteLength),
          client.putBytes(url, chunk, headers, schema)
        ),
      };
    };
    await adjuster.restart();
    await adjuster.sync();
    // Only the two remaining chunks travelled: the first two were confirmed before the cut.
    expect(chunksSent).toEqual([UPLOAD_CHUNK_BYTES, 777]);
    expect(await adjuster.db.uploads.get(sha256)).toMatchObject({
      state: 'done',
      received: bytes.byteLength,
    });
    expect(await adjuster.db.blobs.get(sha256)).toMatchObject({ pinned: 0 });
    expect((await adjuster.db.documents.get(documentId))?.rowVersion).toBeGreaterThan(0);
    const stored = await central.blobs.stat(sha256);
    expect(stored?.size).toBe(bytes.byteLength);

    // The supervisor opens it: downloaded once, checked, then served from the device offline.
    const supervisor = await TestWorkstation.signIn(central, 'sup.east');
    try {
      await supervisor.sync();
      const file = { sha256, mediaType: 'image/jpeg' };
      const opened = await fileBytes(supervisor.db, supervisor.centralClient(), file);
      expect(Buffer.from(await opened.arrayBuffer()).equals(bytes)).toBe(true);
      supervisor.online = false;
      const again = await fileBytes(supervisor.db, supervisor.centralClient(), file);
      expect(again.size).toBe(bytes.byteLength);
    } finally {
      supervisor.close();
    }
  });

  it('refuses a download that does not match the fingerprint on the case, and keeps nothing', async () => {
    const w = await TestWorkstation.signIn(central, 'adj.east1');
    try {
      const client = w.centralClient();
      const tampered = { ...client, getBytes: async () => new Uint8Array([1, 2, 3]) };
      const sha256 = createHash('sha256').update('the real file').digest('hex');
      await expect(
        fileBytes(w.db, tampered, { sha256, mediaType: 'application/pdf' }),
      ).rejects.toThrow(/does not match the fingerprint/);
      expect(await w.db.blobs.get(sha256)).toBeUndefined();
    } finally {
      w.close();
    }
  });
});
