import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  isAllowedExternalUrl,
  isAppUrl,
  isPermissionAllowed,
} from './security-policy';

/** The policy's directives as name → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('window security policy', () => {
  it('keeps navigation inside the app origin', () => {
    expect(isAppUrl('app://workstation/queue')).toBe(true);
    expect(isAppUrl('app://workstation')).toBe(true);
    expect(isAppUrl('app://workstation.evil.example/')).toBe(false);
    expect(isAppUrl('https://evil.example/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
  });

  it('trusts a dev server only by its exact origin, and only when one is given', () => {
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/case/1', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/case/1', `${dev}/`)).toBe(true);
    expect(isAppUrl('http://localhost:51730/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173.evil.example/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/case/1')).toBe(false);
  });

  it('opens only allow-listed https sites in the OS browser', () => {
    expect(isAllowedExternalUrl('https://www.nfra.gov.cn/rules')).toBe(true);
    expect(isAllowedExternalUrl('http://www.nfra.gov.cn/rules')).toBe(false);
    expect(isAllowedExternalUrl('https://www.nfra.gov.cn.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://user@www.nfra.gov.cn/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.nfra.gov.cn:8443/')).toBe(false);
    expect(isAllowedExternalUrl('file:///C:/Windows/System32/calc.exe')).toBe(false);
    expect(isAllowedExternalUrl('ms-msdt:/id PCWDiagnostic')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });

  it('grants the camera to the app’s own page and nothing else', () => {
    const app = 'app://workstation/field';
    const ask = (permission: string, mediaTypes: string[] = [], requestingUrl = app) => ({
      permission,
      mediaTypes,
      requestingUrl,
      isMainFrame: true,
    });
    expect(isPermissionAllowed(ask('media', ['video']))).toBe(true);
    expect(isPermissionAllowed(ask('media', ['audio', 'video']))).toBe(false);
    expect(isPermissionAllowed(ask('media', ['audio']))).toBe(false);
    expect(isPermissionAllowed(ask('media', []))).toBe(false);
    for (const other of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid'])
      expect(isPermissionAllowed(ask(other, ['video']))).toBe(false);
  });

  it('refuses the camera to other origins and to iframes', () => {
    const base = { permission: 'media', mediaTypes: ['video'], isMainFrame: true };
    expect(isPermissionAllowed({ ...base, requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(isPermissionAllowed({ ...base, requestingUrl: undefined })).toBe(false);
    expect(
      isPermissionAllowed({ ...base, requestingUrl: 'app://workstation/', isMainFrame: false }),
    ).toBe(false);
    expect(isPermissionAllowed({ ...base, requestingUrl: 'app://workstation' })).toBe(true);
    expect(
      isPermissionAllowed(
        { ...base, requestingUrl: 'http://localhost:5173' },
        'http://localhost:5173',
      ),
    ).toBe(true);
  });

  it('never allows eval, inline or remote scripts', () => {
    const csp = contentSecurityPolicy('http://127.0.0.1:4000');
    // WebAssembly the app ships (OCR) may compile; JavaScript may never be eval'd.
    expect(csp.replaceAll("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');
    const policy = directives(csp);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    // Only styles may be inline (Emotion); nothing else is.
    for (const [name, sources] of policy)
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('lets the page talk to the central service and nowhere else', () => {
    const policy = directives(contentSecurityPolicy('https://claims.example.cn'));
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://claims.example.cn']);
    for (const [name, sources] of policy) {
      expect(sources, name).not.toContain('*');
      expect(sources, name).not.toContain('https:');
      expect(sources, name).not.toContain('http:');
    }
  });
});
