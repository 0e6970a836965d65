import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { uuidv7 } from '@shared/lib/uuidv7';
import type { Database } from '../db/schema';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a token for an external service; the plain token is returned once and only its hash is kept. */
export async function createServiceToken(
  db: Kysely<Database>,
  name: string,
  now = Date.now(),
): Promise<{ id: string; token: string }> {
  const token = `svc_${randomBytes(32).toString('base64url')}`;
  const id = uuidv7(now);
  await db
    .insertInto('service_tokens')
    .values({ id, name, token_hash: hashOf(token), created_at: now, revoked_at: null })
    .execute();
  return { id, token };
}

export async function findServiceToken(
  db: Kysely<Database>,
  token: string,
): Promise<{ id: string; name: string } | null> {
  const row = await db
    .selectFrom('service_tokens')
    .select(['id', 'name'])
    .where('token_hash', '=', hashOf(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}
