import { createHash, randomBytes } from 'node:crypto';
import type { TestCentral } from './central';

/** A small uploaded file belonging to one case, stored whole, so downloads reach real bytes; returns its SHA-256. */
export async function storeCaseFile(central: TestCentral, caseId: string): Promise<string> {
  const bytes = randomBytes(64);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { db } = central.database;
  await db
    .insertInto('blobs')
    .values({
      sha256,
      size: 64,
      media_type: 'image/jpeg',
      created_by: 'user-admin',
      created_at: Date.now(),
      complete: true,
    })
    .execute();
  await db.insertInto('blob_cases').values({ sha256, case_id: caseId }).execute();
  await central.blobs.appendChunk(sha256, 0, bytes, 64);
  await central.blobs.complete(sha256, 64);
  return sha256;
}
