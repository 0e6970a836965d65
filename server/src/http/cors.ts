import type { FastifyInstance } from 'fastify';
import { PROTOCOL_HEADER, SCHEMA_HEADER } from '@shared/version';

/**
 * The desktop app calls from app://workstation; browser mode is same-origin
 * and needs nothing. Only origins named in configuration are answered.
 */
export function installCors(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  if (allowedOrigins.length === 0) return;
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin || !allowedOrigins.includes(origin)) return;
    reply.header('Access-Control-Allow-Origin', origin);
    reply.header('Vary', 'Origin');
    if (request.method === 'OPTIONS') {
      reply.header('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
      reply.header(
        'Access-Control-Allow-Headers',
        `authorization, content-type, content-range, ${PROTOCOL_HEADER}, ${SCHEMA_HEADER}`,
      );
      reply.header('Access-Control-Max-Age', '600');
      return reply.status(204).send();
    }
  });
}
