import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpsRequest } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@shared/version';
import { buildApp, type AppDeps } from '../../server/src/app';
import type { RateLimitConfig } from '../../server/src/config';
import { HSTS } from '../../server/src/http/security-headers';
import { readTlsCredentials } from '../../server/src/http/tls';
import { localPokeHub } from '../../server/src/sync/pokes';
import { databaseTargets } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';

/** HTTP behaviour does not depend on the database: the embedded one is enough. */
const pglite = databaseTargets.find((t) => t.name === 'pglite') ?? databaseTargets[0];

const LIMITS: RateLimitConfig = {
  enabled: true,
  max: 5,
  windowMs: 60_000,
  signInMax: 3,
  signInWindowMs: 60_000,
  exemptLoopback: true,
};
const FAR = { remoteAddress: '203.0.113.10' };
const ELSEWHERE = { remoteAddress: '198.51.100.7' };

describe('the central service over HTTP', () => {
  let central: TestCentral;
  let adjusterToken = '';
  let supervisorToken = '';
  const apps: FastifyInstance[] = [];

  /** Another instance of the service on the same database, configured for one test. */
  const serviceWith = async (
    config: Partial<AppDeps['config']> = {},
    tls?: AppDeps['tls'],
  ): Promise<FastifyInstance> => {
    const app = await buildApp({
      db: central.database.db,
      databaseKind: central.database.kind,
      pokes: localPokeHub(),
      blobs: central.blobs,
      config: {
        demo: true,
        rendererDir: null,
        allowedOrigins: ['app://workstation'],
        tokenSecret: null,
        logLevel: 'silent',
        ...config,
      },
      tls,
    });
    apps.push(app);
    return app;
  };
  const statuses = async (app: FastifyInstance, times: number, options: InjectOptions) => {
    const codes: number[] = [];
    for (let i = 0; i < times; i++) codes.push((await app.inject(options)).statusCode);
    return codes;
  };

  beforeAll(async () => {
    if (!pglite) throw new Error('no database target');
    central = await startTestCentral(pglite, { cases: 12 });
    adjusterToken = await central.signIn('adj.east1');
    supervisorToken = await central.signIn('sup.east');
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await central?.close();
  });

  describe('rate limits', () => {
    it('answers a client over its budget with 429, a Retry-After and a clear JSON error', async () => {
      const app = await serviceWith({ rateLimit: LIMITS });
      const ask = { method: 'GET', url: '/api/auth/demo-users', ...FAR } as const;
      expect(await statuses(app, 5, ask)).toEqual([200, 200, 200, 200, 200]);
      const refused = await app.inject(ask);
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toEqual({
        error: 'rate-limited',
        message: expect.stringMatching(/^Too many requests; slow down and try again in \d+/),
      });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // Other clients keep their own budget; health probes are never limited.
      expect((await app.inject({ ...ask, ...ELSEWHERE })).statusCode).toBe(200);
      expect(await statuses(app, 8, { method: 'GET', url: '/health', ...FAR })).toEqual(
        Array(8).fill(200),
      );
    });

    it('counts a signed-in user as themselves, wherever they connect from', async () => {
      const app = await serviceWith({ rateLimit: LIMITS });
      const me = (token: string, remoteAddress: string) =>
        app.inject({
          method: 'GET',
          url: '/api/auth/me',
          headers: { authorization: `Bearer ${token}` },
          remoteAddress,
        });
      const codes: number[] = [];
      for (let i = 1; i <= 6; i++)
        codes.push((await me(adjusterToken, `203.0.113.${i}`)).statusCode);
      expect(codes).toEqual([200, 200, 200, 200, 200, 429]);
      // A colleague behind the same address is not held back by them.
      expect((await me(supervisorToken, '203.0.113.1')).statusCode).toBe(200);
      // A made-up token buys no fresh budget: it is counted by its address.
      const forged = await statuses(app, 6, {
        method: 'GET',
        url: '/api/auth/me',
        headers: { authorization: 'Bearer forged.token.value' },
        remoteAddress: '192.0.2.50',
      });
      expect(forged).toEqual([401, 401, 401, 401, 401, 429]);
    });

    it('does not count local requests no proxy forwarded, but counts forwarded ones', async () => {
      const app = await serviceWith({ rateLimit: LIMITS });
      const local = { method: 'GET', url: '/api/auth/demo-users', remoteAddress: '127.0.0.1' };
      expect(await statuses(app, 8, local)).toEqual(Array(8).fill(200));
      const forwarded = { ...local, headers: { 'x-forwarded-for': '192.0.2.99' } } as const;
      expect((await statuses(app, 6, forwarded)).at(-1)).toBe(429);
    });

    it('gives each username only a few sign-in attempts from each address', async () => {
      const app = await serviceWith({ rateLimit: { ...LIMITS, max: 100 } });
      const signIn = (username: string, password: string, at = FAR) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { username, password },
          ...at,
        });
      const guesses: number[] = [];
      for (const guess of ['123456', 'password', 'qwerty'])
        guesses.push((await signIn('adj.east2', guess)).statusCode);
      expect(guesses).toEqual([401, 401, 401]);
      const fourth = await signIn('ADJ.EAST2', 'demo1234');
      expect(fourth.statusCode).toBe(429);
      expect(fourth.json()).toMatchObject({ error: 'rate-limited' });
      // Another account from the same office, or the same account from elsewhere, is unaffected.
      expect((await signIn('adj.east3', 'demo1234')).statusCode).toBe(200);
      expect((await signIn('adj.east2', 'demo1234', ELSEWHERE)).statusCode).toBe(200);
    });

    it('can be switched off', async () => {
      const app = await serviceWith({ rateLimit: { ...LIMITS, enabled: false } });
      const ask = { method: 'GET', url: '/api/auth/demo-users', ...FAR } as const;
      expect(await statuses(app, 8, ask)).toEqual(Array(8).fill(200));
      expect((await app.inject(ask)).headers['x-ratelimit-limit']).toBeUndefined();
    });
  });

  describe('body limits', () => {
    it('sets an explicit limit on every route that reads a body', () => {
      const reading = central.app.routeInventory.filter((r) =>
        ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method),
      );
      expect(reading.length).toBeGreaterThanOrEqual(9);
      const missing = reading.filter((r) => !r.bodyLimit).map((r) => `${r.method} ${r.url}`);
      expect(missing).toEqual([]);
    });

    it('refuses an oversize body with 413, saying how much the endpoint takes', async () => {
      const sync = {
        authorization: `Bearer ${adjusterToken}`,
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      };
      const cases: [InjectOptions, string][] = [
        [
          {
            method: 'POST',
            url: '/api/auth/sign-in',
            payload: { username: 'adj.east1', password: 'x'.repeat(5000) },
          },
          '4 KB',
        ],
        [
          {
            method: 'POST',
            url: '/api/sync/pull',
            headers: sync,
            payload: { deviceId: 'device-0001', cursor: 0, pad: 'x'.repeat(40_000) },
          },
          '32 KB',
        ],
        [
          {
            method: 'POST',
            url: '/api/sync/push',
            headers: sync,
            payload: { deviceId: 'device-0001', mutations: [], pad: 'x'.repeat(11 * 1024 * 1024) },
          },
          '10 MB',
        ],
        [
          {
            method: 'PUT',
            url: `/api/blobs/${'a'.repeat(64)}`,
            headers: { ...sync, 'content-type': 'application/octet-stream' },
            payload: Buffer.alloc(9 * 1024 * 1024),
          },
          '8 MB',
        ],
      ];
      for (const [options, limit] of cases) {
        const response = await central.app.inject(options);
        expect(response.statusCode, `${options.method} ${options.url}`).toBe(413);
        expect(response.json()).toEqual({
          error: 'body-too-large',
          message: `The request body is larger than this endpoint accepts (${limit} at most).`,
        });
      }
    });

    it('turns a stranger away before reading what they send', async () => {
      const response = await central.app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
        payload: { pad: 'x'.repeat(11 * 1024 * 1024) },
      });
      expect(response.statusCode).toBe(401);
    });
  });

  describe('text the database cannot store', () => {
    it('is refused with 400 naming the field, in parameters and bodies alike', async () => {
      const sync = {
        authorization: `Bearer ${adjusterToken}`,
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        'content-type': 'application/json',
      };
      const note = (body: string) =>
        `{"deviceId":"device-0001","mutations":[{"mutationId":"0190a1b2-0000-7000-8000-000000000001","deviceId":"device-0001","deviceSeq":1,"name":"note.add","version":1,"args":{"noteId":"n-1","caseId":"c-1","body":"${body}","mentions":[]}}]}`;
      for (const [options, field] of [
        [{ method: 'GET', url: '/api/cases/a%00b', headers: sync }, 'params.id'],
        [
          { method: 'POST', url: '/api/sync/push', headers: sync, payload: note('x\\u0000y') },
          'body.mutations.0.args.body',
        ],
        [
          { method: 'POST', url: '/api/sync/push', headers: sync, payload: note('half \\ud83d') },
          'body.mutations.0.args.body',
        ],
        [
          { method: 'POST', url: '/api/sync/push', headers: sync, payload: note('\\ufeffmarked') },
          'body.mutations.0.args.body',
        ],
      ] as const) {
        const response = await central.app.inject(options);
        expect(response.statusCode, options.url).toBe(400);
        expect(response.json()).toEqual({
          error: 'invalid-request',
          message: `${field}: text may not contain the NUL character or half of a surrogate pair, nor begin with a byte-order mark (U+FEFF).`,
        });
      }
    });
  });

  describe('security headers', () => {
    const expectHardened = (headers: Record<string, unknown>) => {
      expect(headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cross-origin-resource-policy': 'same-origin',
        'cross-origin-opener-policy': 'same-origin',
      });
    };

    it('sends them on every answer: success, refusal and unknown route', async () => {
      for (const [url, status] of [
        ['/health', 200],
        ['/api/cases', 401],
        ['/no/such/route', 404],
      ] as const) {
        const response = await central.app.inject({ method: 'GET', url });
        expect(response.statusCode).toBe(status);
        expectHardened(response.headers);
        expect(response.headers['content-security-policy']).toContain("default-src 'none'");
        expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      }
      const api = await central.app.inject({ method: 'GET', url: '/api/cases' });
      expect(api.headers['cache-control']).toBe('no-store');
    });

    it('sends HSTS only over TLS, as a trusted proxy reports it', async () => {
      expect(
        (await central.app.inject({ method: 'GET', url: '/health' })).headers,
      ).not.toHaveProperty('strict-transport-security');
      const spoofed = await central.app.inject({
        method: 'GET',
        url: '/health',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(spoofed.headers).not.toHaveProperty('strict-transport-security');
      const proxied = await serviceWith({ trustProxy: ['127.0.0.1'] });
      const overTls = await proxied.inject({
        method: 'GET',
        url: '/health',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(overTls.headers['strict-transport-security']).toBe(HSTS);
    });

    it('serves the browser-mode workstation with its own CSP, which allows no eval beyond WebAssembly', async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'renderer-'));
      try {
        await mkdir(path.join(dir, 'assets'));
        await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>workstation</title>');
        await writeFile(path.join(dir, 'assets', 'app.js'), 'console.log(1);');
        const app = await serviceWith({ rendererDir: dir });
        for (const url of ['/', '/cases/some-case', '/assets/app.js']) {
          const response = await app.inject({ method: 'GET', url });
          expect(response.statusCode, url).toBe(200);
          const csp = String(response.headers['content-security-policy']);
          expect(csp, url).toContain("script-src 'self' 'wasm-unsafe-eval';");
          expect(csp, url).toContain("frame-ancestors 'none'");
          expect(csp.replaceAll("'wasm-unsafe-eval'", ''), url).not.toContain('unsafe-eval');
          expectHardened(response.headers);
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });

  describe('CORS', () => {
    it('answers an allow-listed origin and gives any other none', async () => {
      const allowed = await central.app.inject({
        method: 'GET',
        url: '/health',
        headers: { origin: 'app://workstation' },
      });
      expect(allowed.headers['access-control-allow-origin']).toBe('app://workstation');
      for (const method of ['GET', 'OPTIONS'] as const) {
        const foreign = await central.app.inject({
          method,
          url: '/api/cases',
          headers: {
            origin: 'https://evil.example',
            'access-control-request-method': 'GET',
            authorization: `Bearer ${adjusterToken}`,
          },
        });
        expect(foreign.headers).not.toHaveProperty('access-control-allow-origin');
        expect(foreign.headers).not.toHaveProperty('access-control-allow-headers');
      }
    });
  });

  describe.skipIf(!hasOpenssl())('TLS', () => {
    it('serves HTTPS with the configured certificate, and sends HSTS', async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'tls-'));
      try {
        const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
        execFileSync(
          'openssl',
          [
            'req',
            '-x509',
            '-newkey',
            'rsa:2048',
            '-nodes',
            '-days',
            '1',
            '-subj',
            '/CN=localhost',
            '-keyout',
            key,
            '-out',
            cert,
          ],
          { stdio: 'ignore' },
        );
        const app = await serviceWith(
          {},
          await readTlsCredentials({ certFile: cert, keyFile: key }),
        );
        await app.listen({ host: '127.0.0.1', port: 0 });
        const address = app.server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        const answer = await new Promise<{ status: number; hsts: unknown; body: string }>(
          (resolve, reject) => {
            const req = httpsRequest(
              { host: '127.0.0.1', port, path: '/health', rejectUnauthorized: false },
              (res) => {
                let body = '';
                res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
                res.on('end', () =>
                  resolve({
                    status: res.statusCode ?? 0,
                    hsts: res.headers['strict-transport-security'],
                    body,
                  }),
                );
              },
            );
            req.on('error', reject);
            req.end();
          },
        );
        expect(answer).toMatchObject({ status: 200, hsts: HSTS });
        expect(JSON.parse(answer.body)).toMatchObject({ status: 'ok' });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
});

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
