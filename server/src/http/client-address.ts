import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';

/**
 * The caller's address as rate limits count it: the proxy-reported client
 * when TRUST_PROXY names the proxy, else the peer; an IPv6 /64 counts as one
 * address, since one household or office is handed a whole /64.
 */
export function clientAddress(request: FastifyRequest): string {
  return normalizeIP(request.ip);
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * A request from this very machine that no proxy forwarded: the desktop
 * app's own embedded service, a local script, a load test. A reverse proxy on
 * the same host adds X-Forwarded-For or Forwarded, so its traffic never
 * passes for local.
 */
export function isLocalUnforwarded(request: FastifyRequest): boolean {
  const forwarded =
    request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  return !forwarded && LOOPBACK.test(request.socket.remoteAddress ?? '');
}
