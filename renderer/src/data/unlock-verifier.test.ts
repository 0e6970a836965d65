import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkstationDatabase } from './db';
import { checkVerifier, forgetVerifier, rememberVerifier } from './unlock-verifier';

describe('offline unlock verifier', () => {
  const db = new WorkstationDatabase('unlock-verifier');
  afterAll(() => db.close());

  it('matches the password last used online, for that user only, and never stores it', async () => {
    await rememberVerifier('user-1', 'correct horse', db, 1000);
    expect(await checkVerifier('user-1', 'correct horse', db)).toBe('match');
    expect(await checkVerifier('user-1', 'correct hors', db)).toBe('mismatch');
    expect(await checkVerifier('user-2', 'correct horse', db)).toBe('no-verifier');
    expect(JSON.stringify(await db.preferences.toArray())).not.toContain('correct horse');
  });

  it('has nothing to check against once forgotten', async () => {
    await forgetVerifier(db);
    expect(await checkVerifier('user-1', 'correct horse', db)).toBe('no-verifier');
  });
});
