import { describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_TTL_MS, createTokenService } from './tokens';

const secret = new TextEncoder().encode('a'.repeat(48));
const claims = { sub: 'user-adj-east1', role: 'adjuster', team: 'team-east' } as const;

describe('access tokens', () => {
  it('verifies its own tokens, repeatedly', async () => {
    const service = createTokenService(secret);
    const { token } = await service.issue(claims);
    expect(await service.verify(token)).toEqual(claims);
    expect(await service.verify(token)).toEqual(claims);
  });

  it('refuses an expired token', async () => {
    const service = createTokenService(secret);
    const { token } = await service.issue(claims, Date.now() - ACCESS_TOKEN_TTL_MS - 60_000);
    expect(await service.verify(token)).toBeNull();
  });

  it('refuses a token signed with another secret, even next to a cached one', async () => {
    const service = createTokenService(secret);
    const forger = createTokenService(new TextEncoder().encode('b'.repeat(48)));
    await service.verify((await service.issue(claims)).token);
    const forged = await forger.issue({ ...claims, role: 'supervisor' } as const);
    expect(await service.verify(forged.token)).toBeNull();
  });
});
