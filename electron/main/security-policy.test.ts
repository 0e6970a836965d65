import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  isAllowedExternalUrl,
  isAppUrl,
  isPermissionAllowed,
} from './security-policy';

describe('window security policy', () => {
  it('keeps navigation inside the app origin', () => {
    expect(isAppUrl('app://workstation/queue')).toBe(true);
    expect(isAppUrl('https://evil.example/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/case/1', 'http://localhost:5173')).toBe(true);
  });

  it('opens only allow-listed https sites in the OS browser', () => {
    expect(isAllowedExternalUrl('https://www.nfra.gov.cn/rules')).toBe(true);
    expect(isAllowedExternalUrl('http://www.nfra.gov.cn/rules')).toBe(false);
    expect(isAllowedExternalUrl('https://www.nfra.gov.cn.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });

  it('grants the camera and nothing else', () => {
    expect(isPermissionAllowed('media', ['video'])).toBe(true);
    expect(isPermissionAllowed('media', ['audio', 'video'])).toBe(false);
    expect(isPermissionAllowed('media', [])).toBe(false);
    expect(isPermissionAllowed('geolocation')).toBe(false);
    expect(isPermissionAllowed('notifications')).toBe(false);
  });

  it('never allows inline or remote scripts', () => {
    const csp = contentSecurityPolicy('http://127.0.0.1:4000');
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:4000");
    expect(csp).toContain("object-src 'none'");
  });
});
