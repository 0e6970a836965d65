/**
 * The decisions behind window hardening, kept free of Electron so they are
 * unit-tested; `window.ts` applies them.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'workstation';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Sites an adjuster may open in the OS browser from inside the app. */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [
  'www.nfra.gov.cn', // insurance regulator: rules and complaint channels
  'wenshu.court.gov.cn', // court judgments for liability claims
  'www.gov.cn',
];

export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`) || url === APP_ORIGIN) return true;
  return devServerUrl !== undefined && url.startsWith(devServerUrl);
}

export function isAllowedExternalUrl(
  url: string,
  allowList: readonly string[] = EXTERNAL_ALLOW_LIST,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && allowList.includes(parsed.hostname);
}

/**
 * Scripts only from the app itself; network only to the central service.
 * Emotion writes style tags at run time, hence 'unsafe-inline' for styles
 * (never for scripts).
 */
export function contentSecurityPolicy(centralOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${centralOrigin}`,
    "worker-src 'self' blob:",
    "media-src 'self' blob: mediastream:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Only the camera, for field capture; never the microphone, location or anything else. */
export function isPermissionAllowed(
  permission: string,
  mediaTypes: readonly string[] = [],
): boolean {
  if (permission !== 'media') return false;
  return mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video');
}
