import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseListResponse } from '@shared/schemas/case';
import { PROTOCOL_VERSION } from '@shared/version';
import { databaseTargets, postgresSkipReason } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';

describe.each(databaseTargets)('central service on $name', (target) => {
  let central: TestCentral;
  beforeAll(async () => {
    central = await startTestCentral(target);
  });
  afterAll(async () => {
    await central?.close();
  });

  const get = (url: string, token?: string) =>
    central.app.inject({
      method: 'GET',
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('reports health with its database kind', async () => {
    const response = await get('/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      protocolVersion: PROTOCOL_VERSION,
      database: target.name,
      demo: true,
    });
  });

  it('lists the demo users and their shared password', async () => {
    const body = (await get('/api/auth/demo-users')).json() as {
      password: string;
      users: { username: string }[];
    };
    expect(body.password).toBe('demo1234');
    expect(body.users.map((u) => u.username)).toEqual(
      expect.arrayContaining(['admin', 'sup.east', 'adj.east1', 'field.east1']),
    );
    expect(body.users).toHaveLength(16);
  });

  it('refuses a wrong password without saying whether the user exists', async () => {
    for (const username of ['adj.east1', 'nobody']) {
      const response = await central.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { username, password: 'wrong' },
      });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({
        error: 'wrong-credentials',
        message: 'Wrong username or password.',
      });
    }
  });

  it('answers a malformed sign-in with the fields at fault', async () => {
    const response = await central.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 42 },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json() as { error: string; details: { path: string }[] };
    expect(body.error).toBe('invalid-request');
    expect(body.details.map((d) => d.path)).toEqual(['body.username', 'body.password']);
  });

  it('requires a valid token for cases', async () => {
    expect((await get('/api/cases')).statusCode).toBe(401);
    expect((await get('/api/cases', 'not-a-token')).statusCode).toBe(401);
  });

  it('scopes cases: an adjuster their own, a supervisor their team, an admin all', async () => {
    const list = async (username: string) =>
      CaseListResponse.parse((await get('/api/cases', await central.signIn(username))).json())
        .cases;
    const mine = await list('adj.east1');
    const team = await list('sup.east');
    const all = await list('admin');

    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((c) => c.assigneeId === 'user-adj-east1')).toBe(true);
    expect(team.every((c) => c.teamId === 'team-east')).toBe(true);
    expect(team.length).toBeGreaterThan(mine.length);
    expect(all).toHaveLength(60);
    expect(new Set(all.map((c) => c.line)).size).toBeGreaterThanOrEqual(5);
  });

  it('masks personal customer names in lists', async () => {
    const cases = CaseListResponse.parse(
      (await get('/api/cases', await central.signIn('admin'))).json(),
    ).cases;
    const individuals = cases.filter((c) => c.customerKind === 'individual');
    expect(individuals.length).toBeGreaterThan(0);
    expect(individuals.every((c) => c.customerName.includes('*'))).toBe(true);
  });

  it('answers a case outside the scope exactly like a missing one', async () => {
    const adminToken = await central.signIn('admin');
    const all = CaseListResponse.parse((await get('/api/cases', adminToken)).json()).cases;
    const elsewhere = all.find((c) => c.teamId !== 'team-east');
    expect(elsewhere).toBeDefined();
    const token = await central.signIn('sup.east');
    const outOfScope = await get(`/api/cases/${elsewhere?.id}`, token);
    const missing = await get('/api/cases/01900000-0000-7000-8000-000000000000', token);
    expect(outOfScope.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(outOfScope.json().error).toBe(missing.json().error);
  });

  it('answers CORS preflight only for the desktop app origin', async () => {
    const allowed = await central.app.inject({
      method: 'OPTIONS',
      url: '/api/cases',
      headers: { origin: 'app://workstation', 'access-control-request-method': 'GET' },
    });
    expect(allowed.statusCode).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('app://workstation');
    const foreign = await central.app.inject({
      method: 'GET',
      url: '/health',
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('PostgreSQL availability', () => {
  it.skipIf(postgresSkipReason === null)(
    `is reported, not silently passed: ${postgresSkipReason ?? ''}`,
    () => {
      expect(postgresSkipReason).toMatch(/^PostgreSQL suite skipped/);
    },
  );
});
