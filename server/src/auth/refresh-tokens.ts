import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { Database } from '../db/schema';

export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export interface IssuedRefreshToken {
  token: string;
  expiresAt: number;
}

/** A new refresh token; a new family on sign-in, the same family on rotation. Only its hash is stored. */
export async function issueRefreshToken(
  db: Kysely<Database>,
  userId: string,
  familyId: string = uuidv7(),
  now = Date.now(),
): Promise<IssuedRefreshToken & { id: string }> {
  const token = randomBytes(32).toString('base64url');
  const id = uuidv7(now);
  const expiresAt = now + REFRESH_TOKEN_TTL_MS;
  await db
    .insertInto('refresh_tokens')
    .values({
      id,
      user_id: userId,
      family_id: familyId,
      token_hash: hashOf(token),
      expires_at: expiresAt,
      created_at: now,
      revoked_at: null,
      replaced_by: null,
    })
    .execute();
  return { id, token, expiresAt };
}

export type RotationResult =
  | { ok: true; userId: string; refresh: IssuedRefreshToken }
  | { ok: false; reason: 'unknown' | 'expired' | 'reused' };

/**
 * Exchanges a refresh token for a new one. A token used twice means it was
 * copied: the whole family is revoked, so the thief and the owner both have
 * to sign in again.
 */
export async function rotateRefreshToken(
  db: Kysely<Database>,
  token: string,
  now = Date.now(),
): Promise<RotationResult> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('refresh_tokens')
      .selectAll()
      .where('token_hash', '=', hashOf(token))
      .forUpdate()
      .executeTakeFirst();
    if (!row) return { ok: false as const, reason: 'unknown' as const };
    if (row.revoked_at !== null) {
      await revokeFamily(trx, row.family_id, now);
      return { ok: false as const, reason: 'reused' as const };
    }
    if (row.expires_at <= now) return { ok: false as const, reason: 'expired' as const };
    const next = await issueRefreshToken(trx, row.user_id, row.family_id, now);
    await trx
      .updateTable('refresh_tokens')
      .set({ revoked_at: now, replaced_by: next.id })
      .where('id', '=', row.id)
      .execute();
    return {
      ok: true as const,
      userId: row.user_id,
      refresh: { token: next.token, expiresAt: next.expiresAt },
    };
  });
}

export async function revokeFamily(
  db: Kysely<Database>,
  familyId: string,
  now = Date.now(),
): Promise<void> {
  await db
    .updateTable('refresh_tokens')
    .set({ revoked_at: now })
    .where('family_id', '=', familyId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Sign-out: the token's whole family stops working. Unknown tokens are ignored. */
export async function revokeByToken(
  db: Kysely<Database>,
  token: string,
  now = Date.now(),
): Promise<void> {
  const row = await db
    .selectFrom('refresh_tokens')
    .select('family_id')
    .where('token_hash', '=', hashOf(token))
    .executeTakeFirst();
  if (row) await revokeFamily(db, row.family_id, now);
}
