import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * As the desktop app's policy: scripts only from the app itself, never
 * eval; 'wasm-unsafe-eval' lets the extraction worker compile the OCR
 * WebAssembly the app ships, and nothing else.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "media-src 'self' blob: mediastream:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Browser mode: the built workstation is served from the same origin as the
 * API. Client-side routes fall back to index.html; /api never does.
 */
export async function serveRenderer(app: FastifyInstance, rendererDir: string): Promise<void> {
  const indexFile = path.join(rendererDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn(
      `No built workstation at ${rendererDir}; run "npm run build" to serve browser mode.`,
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: rendererDir,
    index: 'index.html',
    wildcard: false,
    setHeaders(res) {
      res.setHeader('Content-Security-Policy', CSP);
      res.setHeader('X-Content-Type-Options', 'nosniff');
    },
  });
  app.get('/*', async (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply
        .status(404)
        .send({ error: 'not-found', message: `No route for GET ${request.url}` });
    }
    const asset = path.extname(request.url.split('?')[0] ?? '');
    if (asset)
      return reply.status(404).send({ error: 'not-found', message: `No file ${request.url}` });
    reply.header('Content-Security-Policy', CSP);
    return reply.sendFile('index.html');
  });
}
