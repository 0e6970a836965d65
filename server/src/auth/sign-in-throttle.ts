import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RateLimitConfig } from '../config';
import { clientAddress } from '../http/client-address';
import { exemptFromLimits, tooManyRequests } from '../http/rate-limits';

type PreHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

function usernameOf(body: unknown): string {
  if (typeof body !== 'object' || body === null || !('username' in body)) return '';
  const { username } = body as { username: unknown };
  return typeof username === 'string' ? username.trim().toLowerCase() : '';
}

/**
 * Passwords are guessed at sign-in, so each username gets only a few tries
 * per window from each address, on top of the general per-address budget.
 * Keyed by address and username together: a guesser cannot lock a colleague
 * out from elsewhere, and people sharing an office address do not share tries.
 * Runs as a preHandler, after validation, so the username is known and only
 * requests that would reach the (deliberately slow) password check count.
 */
export function signInThrottle(
  app: Pick<FastifyInstance, 'createRateLimit'>,
  limits: RateLimitConfig,
): PreHandler[] {
  if (!limits.enabled) return [];
  const attempt = app.createRateLimit({
    max: limits.signInMax,
    timeWindow: limits.signInWindowMs,
    keyGenerator: (request) => `sign-in:${clientAddress(request)}:${usernameOf(request.body)}`,
    allowList: exemptFromLimits(limits),
  });
  return [
    async (request, reply) => {
      const outcome = await attempt(request);
      if (outcome.isAllowed || !outcome.isExceeded) return;
      reply.header('retry-after', outcome.ttlInSeconds);
      throw tooManyRequests(`${outcome.ttlInSeconds} seconds`);
    },
  ];
}
