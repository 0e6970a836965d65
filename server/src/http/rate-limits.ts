import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bearerTokenOf } from '../auth/guard';
import type { TokenService } from '../auth/tokens';
import type { RateLimitConfig } from '../config';
import { clientAddress, isLocalUnforwarded } from './client-address';
import { HttpError } from './errors';

/** The 429 every limit answers with, in the shape of every other error. */
export function tooManyRequests(retryAfter: string): HttpError {
  return new HttpError(
    429,
    'rate-limited',
    `Too many requests; slow down and try again in ${retryAfter}.`,
  );
}

/** Whether limits skip this request at all (see RateLimitConfig.exemptLoopback). */
export function exemptFromLimits(limits: RateLimitConfig) {
  return (request: FastifyRequest): boolean => limits.exemptLoopback && isLocalUnforwarded(request);
}

/**
 * One budget of requests per client per window, on every route: a signed-in
 * user is counted as themselves wherever they connect from (an office behind
 * one NAT address is many people), anyone else by their address. A route may
 * opt out with `config: { rateLimit: false }` (health probes).
 */
export async function installRateLimits(
  app: FastifyInstance,
  limits: RateLimitConfig,
  tokens: TokenService,
): Promise<void> {
  if (!limits.enabled) return;
  const exempt = exemptFromLimits(limits);
  await app.register(rateLimit, {
    global: true,
    max: limits.max,
    timeWindow: limits.windowMs,
    cache: 20_000,
    keyGenerator: async (request) => {
      // Not counted anyway (allowList below): skip verifying the token on the hot local path.
      if (exempt(request)) return 'exempt';
      const token = bearerTokenOf(request);
      // Only a token that verifies names a user: a made-up one must not buy a fresh budget.
      const claims = token ? await tokens.verify(token) : null;
      return claims ? `user:${claims.sub}` : `address:${clientAddress(request)}`;
    },
    allowList: exempt,
    errorResponseBuilder: (_request, context) => tooManyRequests(context.after),
  });
}
