import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { resolveRendererFile } from './renderer-files';
import { APP_HOST, APP_SCHEME, contentSecurityPolicy } from './security-policy';

/**
 * The renderer is served from app://workstation rather than file://, so
 * IndexedDB has one stable origin that survives app updates and moves.
 * Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

export function serveRenderer(rendererDir: string, centralOrigin: string): void {
  const csp = contentSecurityPolicy(centralOrigin);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const resolved = resolveRendererFile(rendererDir, url.pathname, isFile);
    if ('forbidden' in resolved) return new Response('Forbidden', { status: 403 });
    const file = await net.fetch(pathToFileURL(resolved.file).toString());
    const headers = new Headers(file.headers);
    headers.set('Content-Security-Policy', csp);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(file.body, { status: file.status, headers });
  });
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
