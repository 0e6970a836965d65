import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { OutboxEntry } from '@shared/sync/outbox';
import { caseRecordFixture } from '@shared/sync/testing/case-record';
import { WorkstationDatabase, type UploadRow } from '../data/db';
import { casesOnService, pushableCount } from './waiting-on-files';

let db: WorkstationDatabase;
beforeEach(() => {
  db = new WorkstationDatabase(`waiting-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

let seq = 0;
const entry = (name: string, args: unknown): OutboxEntry => ({
  mutationId: uuidv7(),
  deviceId: 'device-1',
  deviceSeq: ++seq,
  userId: 'user-1',
  name,
  version: 1,
  baseRowVersions: {},
  args,
  createdAt: 0,
});
const upload = (sha256: string, state: UploadRow['state']): UploadRow => ({
  sha256,
  caseId: 'case-1',
  fileName: 'x.jpg',
  mediaType: 'image/jpeg',
  size: 1,
  received: 0,
  state,
  error: null,
  createdAt: 0,
});

describe('what the outbox can push now', () => {
  it('stops at the first document whose file (its preview, when it has one) is still queued', async () => {
    await db.uploads.bulkPut([upload('preview-a', 'done'), upload('b', 'queued')]);
    const batch = [
      entry('case.create', { caseId: 'case-1' }),
      entry('document.register', { sha256: 'a', preview: { sha256: 'preview-a', size: 1 } }),
      entry('document.register', { sha256: 'b', preview: null }),
      entry('note.add', {}),
    ];
    expect(await pushableCount(db, batch)).toBe(2);
  });

  it('holds nothing back for a file that failed for good or is not queued here', async () => {
    await db.uploads.put(upload('gone', 'failed'));
    const batch = [
      entry('document.register', { sha256: 'gone', preview: null }),
      entry('document.register', { sha256: 'elsewhere', preview: null }),
    ];
    expect(await pushableCount(db, batch)).toBe(2);
  });

  it('knows a case made on this device is not on the service until it syncs back', async () => {
    await db.cases.bulkPut([
      { ...caseRecordFixture({ id: 'local' }), rowVersion: 0 },
      { ...caseRecordFixture({ id: 'synced' }), rowVersion: 9 },
    ]);
    expect(await casesOnService(db, ['local', 'synced', 'synced'])).toEqual(new Set(['synced']));
  });
});
