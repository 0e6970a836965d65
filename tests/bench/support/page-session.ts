import { SignInResponse, type SessionUser } from '@shared/schemas/auth';
import { deviceKeys } from '../../../renderer/src/data/sealing/device-key';
import { createWebVault } from '../../../renderer/src/platform/web-vault';
import { createCentralClient, type CentralClient } from '../../../renderer/src/sync/central-client';
import type { Fetcher } from '../../../renderer/src/sync/fetcher';
import { workstationFetcher } from '../../../renderer/src/sync/off-thread-fetch';

/**
 * A bench page's signed-in demo user, talking to the service that served the
 * page: the same central client the workstation uses, refreshing its token
 * the same way.
 */
export class PageSession {
  /** By default the workstation's own: requests go from a worker. */
  constructor(private readonly fetcher: Fetcher = workstationFetcher()) {}

  private current: { accessToken: string; refreshToken: string; user: SessionUser } | null = null;

  async signIn(username: string): Promise<SessionUser> {
    // As the workstation does at start: personal fields are sealed under the device's key.
    if (!deviceKeys.loaded) deviceKeys.load(await createWebVault().dataKey());
    const body = SignInResponse.parse(
      await postJson('/api/auth/sign-in', { username, password: 'demo1234' }),
    );
    this.current = {
      accessToken: body.accessToken,
      refreshToken: body.refreshToken,
      user: body.user,
    };
    return body.user;
  }

  /** The signed-in user; `what` names the bench step that needed one. */
  user(what: string): SessionUser {
    return this.need(what).user;
  }

  accessToken(what: string): string {
    return this.need(what).accessToken;
  }

  central(): CentralClient {
    return createCentralClient(
      location.origin,
      () => this.current?.accessToken ?? null,
      () => this.refresh(),
      this.fetcher,
    );
  }

  private need(what: string) {
    if (this.current === null) throw new Error(`${what}: sign in first`);
    return this.current;
  }

  /** Trades the refresh token for a new access token; false when the session has ended. */
  async refresh(): Promise<boolean> {
    if (!this.current) return false;
    const next = SignInResponse.safeParse(
      await postJson('/api/auth/refresh', { refreshToken: this.current.refreshToken }).catch(
        () => null,
      ),
    );
    if (!next.success) return false;
    this.current = {
      ...this.current,
      accessToken: next.data.accessToken,
      refreshToken: next.data.refreshToken,
    };
    return true;
  }
}

export async function postJson(path: string, body: object): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A value a bench step needs from an earlier one. */
export function need<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what}: sign in first`);
  return value;
}
