import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@shared/version';

/** The service speaks protocol N and N-1; anything else is told to upgrade (426). */
export const SUPPORTED_PROTOCOLS = [PROTOCOL_VERSION - 1, PROTOCOL_VERSION].filter((v) => v > 0);

/** The protocol a request says it speaks; NaN when it says none. */
export function protocolOf(request: FastifyRequest): number {
  const raw = request.headers[PROTOCOL_HEADER];
  return Number(Array.isArray(raw) ? raw[0] : raw);
}

export async function requireSupportedProtocol(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const raw = request.headers[PROTOCOL_HEADER];
  if (!SUPPORTED_PROTOCOLS.includes(protocolOf(request))) {
    return reply.status(426).send({
      error: 'upgrade-required',
      message: `This service speaks sync protocol ${SUPPORTED_PROTOCOLS.join(' and ')}; the app sent ${raw ?? 'none'}. Update the workstation.`,
    });
  }
}
