import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** One year, subdomains included: the deployment guide (server/TLS.md) explains the commitment. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Headers on every answer. API answers are data, never pages: nothing may
 * load, frame or run from them. The browser-mode workstation replaces this
 * CSP with its own (http/renderer.ts); the other headers stay.
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
    },
    // Sent below only when the request came over TLS: on plain HTTP it means nothing.
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // The desktop app reads the API cross-origin with CORS, which this does not restrict;
    // it stops other sites embedding case files and answers as images or scripts.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    // Would require every sub-resource of the workstation to opt in; nothing cross-origin is loaded.
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', async (request, reply) => {
    // request.protocol honours X-Forwarded-Proto only from proxies TRUST_PROXY names.
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    // Case data is personal: no browser or proxy keeps a copy. File downloads set their own.
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}
