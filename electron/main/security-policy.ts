/**
 * The decisions behind window hardening, kept free of Electron so they are
 * unit-tested; `window.ts` and `web-contents-guards.ts` apply them.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'workstation';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Sites an adjuster may open in the OS browser (https, allow-listed host, no
 * credentials or port): one list, shared with the renderer's own link guard.
 */
export { EXTERNAL_ALLOW_LIST, isAllowedExternalUrl } from '@shared/lib/external-links';

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * A page of the app itself: app://workstation, or — only when main was
 * started against electron-vite's dev server — that server's exact origin
 * (not merely a URL that begins with the same characters).
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`)) return true;
  if (devServerUrl === undefined) return false;
  const dev = parseUrl(devServerUrl);
  const target = parseUrl(url);
  if (!dev || !target || (dev.protocol !== 'http:' && dev.protocol !== 'https:')) return false;
  return target.origin === dev.origin;
}

/**
 * Scripts only from the app itself — never 'unsafe-eval' or 'unsafe-inline'
 * for scripts; network only to the central service. Emotion writes style tags
 * at run time, hence 'unsafe-inline' for styles (never for scripts).
 * 'wasm-unsafe-eval' lets the app compile WebAssembly it ships (OCR's
 * tesseract core, in the extraction worker); it allows no JavaScript eval.
 */
export function contentSecurityPolicy(centralOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${centralOrigin}`,
    "worker-src 'self' blob:",
    "media-src 'self' blob: mediastream:",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export interface PermissionAsk {
  permission: string;
  /** For 'media': the kinds of device asked for ('video', 'audio'). */
  mediaTypes?: readonly string[];
  /** The page (or origin) asking. */
  requestingUrl: string | undefined;
  /** False for an iframe; only the app's own top frame may use the camera. */
  isMainFrame?: boolean;
}

/**
 * Only the camera, for field capture, and only for the app's own top-level
 * page; never the microphone, location, notifications, clipboard or anything
 * else, and never for any other origin.
 */
export function isPermissionAllowed(ask: PermissionAsk, devServerUrl?: string): boolean {
  if (ask.permission !== 'media') return false;
  if (ask.isMainFrame === false) return false;
  if (ask.requestingUrl === undefined || !isAppUrl(ask.requestingUrl, devServerUrl)) return false;
  const mediaTypes = ask.mediaTypes ?? [];
  return mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video');
}
