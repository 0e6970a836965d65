import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, readConfig } from './config';

describe('readConfig: protective limits, proxies and TLS', () => {
  it('defaults to generous rate limits, loopback exempt, and a 90-day change log', () => {
    const config = readConfig({});
    expect(config.rateLimit).toEqual(DEFAULT_LIMITS.rateLimit);
    expect(config.rateLimit).toMatchObject({ enabled: true, max: 3000, exemptLoopback: true });
    expect(config.changeLogRetention).toEqual({ days: 90, minRows: 10_000, everyMs: 3_600_000 });
    expect(config.trustProxy).toBe(false);
    expect(config.tls).toBeNull();
    expect(config.crossClaimEveryMs).toBe(30_000);
  });

  it('reads every limit from the environment, and can turn rate limiting off', () => {
    const config = readConfig({
      RATE_LIMIT: '0',
      RATE_LIMIT_MAX: '100',
      RATE_LIMIT_WINDOW_S: '10',
      RATE_LIMIT_EXEMPT_LOOPBACK: 'false',
      SIGN_IN_RATE_LIMIT_MAX: '3',
      SIGN_IN_RATE_LIMIT_WINDOW_S: '900',
      CHANGE_LOG_RETENTION_DAYS: '30',
      CHANGE_LOG_MIN_ROWS: '0',
      CHANGE_LOG_PRUNE_EVERY_MINUTES: '0',
      CROSS_CLAIM_CHECK_SECONDS: '0',
    });
    expect(config.rateLimit).toEqual({
      enabled: false,
      max: 100,
      windowMs: 10_000,
      signInMax: 3,
      signInWindowMs: 900_000,
      exemptLoopback: false,
    });
    expect(config.changeLogRetention).toEqual({ days: 30, minRows: 0, everyMs: 0 });
    expect(config.crossClaimEveryMs).toBe(0);
  });

  it('refuses nonsense limits with the variable named', () => {
    expect(() => readConfig({ RATE_LIMIT_MAX: '0' })).toThrow(/RATE_LIMIT_MAX/);
    expect(() => readConfig({ CHANGE_LOG_RETENTION_DAYS: 'forever' })).toThrow(
      /CHANGE_LOG_RETENTION_DAYS/,
    );
  });

  it('trusts no proxy, every proxy, N hops, or the listed addresses', () => {
    expect(readConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(readConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(readConfig({ TRUST_PROXY: '10.0.0.5, 192.168.0.0/16' }).trustProxy).toEqual([
      '10.0.0.5',
      '192.168.0.0/16',
    ]);
  });

  it('takes a TLS certificate and key together or not at all', () => {
    expect(readConfig({ TLS_CERT_FILE: 'c.pem', TLS_KEY_FILE: 'k.pem' }).tls).toEqual({
      certFile: 'c.pem',
      keyFile: 'k.pem',
    });
    expect(() => readConfig({ TLS_CERT_FILE: 'c.pem' })).toThrow(/TLS_CERT_FILE and TLS_KEY_FILE/);
  });
});
