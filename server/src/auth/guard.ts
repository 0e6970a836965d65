import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../http/errors';
import type { TokenClaims, TokenService } from './tokens';

declare module 'fastify' {
  interface FastifyRequest {
    principal: TokenClaims | null;
  }
}

/** The access token of an `Authorization: Bearer …` header, or null when there is none. */
export function bearerTokenOf(request: FastifyRequest): string | null {
  const match = /^Bearer ([A-Za-z0-9._-]+)$/.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

/** A preHandler that admits only requests with a valid access token. */
export function requireSignedIn(tokens: TokenService) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const token = bearerTokenOf(request);
    if (!token)
      throw new HttpError(401, 'unauthenticated', 'Sign in first: no access token was sent.');
    const claims = await tokens.verify(token);
    if (!claims)
      throw new HttpError(
        401,
        'invalid-token',
        'The access token is invalid or has expired; sign in again.',
      );
    request.principal = claims;
  };
}

export function principalOf(request: FastifyRequest): TokenClaims {
  if (!request.principal) throw new HttpError(401, 'unauthenticated', 'Sign in first.');
  return request.principal;
}
