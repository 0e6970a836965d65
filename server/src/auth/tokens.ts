import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { Role } from '@shared/domain/roles';
import type { Database } from '../db/schema';

const ISSUER = 'claims-central';
/** Short-lived: a revoked session ends within this window; refresh tokens carry the session. */
export const ACCESS_TOKEN_TTL_MS = 15 * 60 * 1000;

const Claims = z.object({ sub: z.string(), role: Role, team: z.string().nullable() });
export type TokenClaims = z.infer<typeof Claims>;

export interface TokenService {
  issue(claims: TokenClaims, now?: number): Promise<{ token: string; expiresAt: number }>;
  verify(token: string): Promise<TokenClaims | null>;
}

/** Verified tokens kept for reuse; a signature check costs ~150 µs and sync clients poll. */
const VERIFIED_CACHE_SIZE = 10_000;

export function createTokenService(secret: Uint8Array): TokenService {
  // Keyed by the exact token string, so only a token already verified with
  // this secret is ever found; entries are dropped when the token expires.
  const verified = new Map<string, { claims: TokenClaims; expiresAt: number }>();

  async function verifySignature(
    token: string,
  ): Promise<{ claims: TokenClaims; expiresAt: number } | null> {
    try {
      const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ['HS256'] });
      const parsed = Claims.safeParse(payload);
      return parsed.success && payload.exp
        ? { claims: parsed.data, expiresAt: payload.exp * 1000 }
        : null;
    } catch {
      return null;
    }
  }

  return {
    async issue(claims, now = Date.now()) {
      const expiresAt = now + ACCESS_TOKEN_TTL_MS;
      const token = await new SignJWT({ role: claims.role, team: claims.team })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(claims.sub)
        .setIssuer(ISSUER)
        .setIssuedAt(Math.floor(now / 1000))
        .setExpirationTime(Math.floor(expiresAt / 1000))
        .sign(secret);
      return { token, expiresAt };
    },
    async verify(token) {
      const cached = verified.get(token);
      if (cached) {
        if (cached.expiresAt > Date.now()) return cached.claims;
        verified.delete(token);
        return null;
      }
      const checked = await verifySignature(token);
      if (!checked) return null;
      if (verified.size >= VERIFIED_CACHE_SIZE) {
        const oldest = verified.keys().next().value;
        if (oldest !== undefined) verified.delete(oldest);
      }
      verified.set(token, checked);
      return checked.claims;
    },
  };
}

/** The configured secret, or one made on first start and kept in the database. */
export async function loadTokenSecret(
  db: Kysely<Database>,
  configured: string | null,
): Promise<Uint8Array> {
  if (configured) return new TextEncoder().encode(configured);
  await db
    .insertInto('server_secrets')
    .values({ name: 'token-signing-key', value: randomBytes(48).toString('base64') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('server_secrets')
    .select('value')
    .where('name', '=', 'token-signing-key')
    .executeTakeFirstOrThrow();
  return new Uint8Array(Buffer.from(row.value, 'base64'));
}
