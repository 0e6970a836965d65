import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../http/errors';
import type { TokenClaims, TokenService } from './tokens';

declare module 'fastify' {
  interface FastifyRequest {
    principal: TokenClaims | null;
  }
}

/** A preHandler that admits only requests with a valid access token. */
export function requireSignedIn(tokens: TokenService) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9._-]+)$/.exec(header);
    if (!match?.[1])
      throw new HttpError(401, 'unauthenticated', 'Sign in first: no access token was sent.');
    const claims = await tokens.verify(match[1]);
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
