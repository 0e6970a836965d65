import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@shared/lib/uuidv7';
import { MUTATION_VERSION } from '@shared/sync/mutations';
import { PullResponse } from '@shared/sync/protocol';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '@shared/version';
import { createServiceToken } from '../../server/src/analysis/service-tokens';
import { databaseTargets } from './support/databases';
import { startTestCentral, type TestCentral } from './support/central';
import { storeCaseFile } from './support/case-file';

type Actor = 'anonymous' | 'adjuster' | 'field' | 'supervisor' | 'admin';
type Relation = 'own' | 'same-team' | 'other-team' | 'unassigned';

const ACTORS: Actor[] = ['anonymous', 'adjuster', 'field', 'supervisor', 'admin'];
const RELATIONS: Relation[] = ['own', 'same-team', 'other-team', 'unassigned'];
const USERNAMES: Record<Exclude<Actor, 'anonymous'>, string> = {
  adjuster: 'adj.east1',
  field: 'field.east1',
  supervisor: 'sup.east',
  admin: 'admin',
};
const USER_IDS: Record<Exclude<Actor, 'anonymous'>, string> = {
  adjuster: 'user-adj-east1',
  field: 'user-field-east1',
  supervisor: 'user-sup-east',
  admin: 'user-admin',
};

/** Who may see or change a case: the rule every case-scoped endpoint must follow. */
function mayRead(actor: Actor, relation: Relation): boolean {
  if (actor === 'anonymous') return false;
  if (actor === 'admin') return true;
  if (actor === 'supervisor') return relation !== 'other-team';
  return relation === 'own';
}
const mayWrite = (actor: Actor, relation: Relation) =>
  actor !== 'admin' && mayRead(actor, relation);

interface Probe {
  /** The outcome when the caller is allowed; anything else is a denial. */
  call(actor: Actor, relation: Relation): Promise<boolean>;
  expected(actor: Actor, relation: Relation): boolean;
}

describe.each(databaseTargets)('authorisation matrix on $name', (target) => {
  let central: TestCentral;
  const tokens = new Map<Actor, string>();
  const cases = new Map<string, string>();
  const blobs = new Map<string, string>();
  let serviceToken = '';

  const caseFor = (actor: Actor, relation: Relation) =>
    cases.get(`${actor === 'anonymous' ? 'adjuster' : actor}:${relation}`) ?? '';
  const headers = (actor: Actor): Record<string, string> => ({
    [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
    ...(actor === 'anonymous' ? {} : { authorization: `Bearer ${tokens.get(actor)}` }),
  });
  const allowed = (status: number) => ![401, 403, 404].includes(status);

  beforeAll(async () => {
    central = await startTestCentral(target, { cases: 40 });
    const db = central.database.db;
    // Shape one case per relation for each actor by assigning demo cases directly.
    const east = await db
      .selectFrom('cases')
      .select('id')
      .where('team_id', '=', 'team-east')
      .orderBy('id')
      .execute();
    const other = await db
      .selectFrom('cases')
      .select('id')
      .where('team_id', '!=', 'team-east')
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    let next = 0;
    const take = () => east[next++]?.id ?? '';
    for (const actor of ['adjuster', 'field', 'supervisor', 'admin'] as const) {
      const own = take();
      const teammate = take();
      const unassigned = take();
      const ownAssignee =
        actor === 'supervisor' || actor === 'admin' ? 'user-adj-east3' : USER_IDS[actor];
      await db
        .updateTable('cases')
        .set({ assignee_id: ownAssignee, state: 'ACCEPTED' })
        .where('id', '=', own)
        .execute();
      await db
        .updateTable('cases')
        .set({ assignee_id: 'user-adj-east2', state: 'ACCEPTED' })
        .where('id', '=', teammate)
        .execute();
      await db
        .updateTable('cases')
        .set({ assignee_id: null, state: 'ACCEPTED' })
        .where('id', '=', unassigned)
        .execute();
      cases.set(`${actor}:own`, own);
      cases.set(`${actor}:same-team`, teammate);
      cases.set(`${actor}:unassigned`, unassigned);
      cases.set(`${actor}:other-team`, other.id);
    }
    for (const actor of ['adjuster', 'field', 'supervisor', 'admin'] as const)
      tokens.set(actor, await central.signIn(USERNAMES[actor]));
    // One uploaded blob per case, so downloads can be probed per relation.
    for (const caseId of new Set(cases.values())) {
      const sha256 = await storeCaseFile(central, caseId);
      blobs.set(caseId, sha256);
    }
    serviceToken = (await createServiceToken(db, 'matrix')).token;
  });
  afterAll(async () => {
    await central?.close();
  });

  const inject = (
    actor: Actor,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
    extra: Record<string, string> = {},
  ) =>
    central.app.inject({
      method,
      url,
      headers: { ...headers(actor), ...extra },
      ...(payload ? { payload } : {}),
    });

  const signedIn = (actor: Actor) => actor !== 'anonymous';
  const caseScoped = (call: Probe['call'], write = false): Probe => ({
    call,
    expected: write ? mayWrite : mayRead,
  });
  const roleOnly = (
    call: (actor: Actor) => Promise<boolean>,
    expected: (actor: Actor) => boolean,
  ): Probe => ({
    call: (actor) => call(actor),
    expected: (actor) => expected(actor),
  });

  const MATRIX: Record<string, Probe> = {
    'GET /health': roleOnly(
      async (a) => allowed((await inject(a, 'GET', '/health')).statusCode),
      () => true,
    ),
    'POST /api/auth/sign-in': roleOnly(
      async (a) =>
        allowed(
          (
            await inject(a, 'POST', '/api/auth/sign-in', {
              username: 'adj.east2',
              password: 'demo1234',
            })
          ).statusCode,
        ),
      () => true,
    ),
    'POST /api/auth/refresh': roleOnly(
      async (a) =>
        (await inject(a, 'POST', '/api/auth/refresh', { refreshToken: 'x'.repeat(43) }))
          .statusCode === 200,
      () => false,
    ),
    'POST /api/auth/sign-out': roleOnly(
      async (a) =>
        allowed(
          (await inject(a, 'POST', '/api/auth/sign-out', { refreshToken: 'x'.repeat(43) }))
            .statusCode,
        ),
      () => true,
    ),
    'GET /api/auth/me': roleOnly(
      async (a) => allowed((await inject(a, 'GET', '/api/auth/me')).statusCode),
      signedIn,
    ),
    'GET /api/auth/demo-users': roleOnly(
      async (a) => allowed((await inject(a, 'GET', '/api/auth/demo-users')).statusCode),
      () => true,
    ),
    'GET /api/sync/events': roleOnly(async (a) => {
      if (a === 'anonymous')
        return allowed((await inject(a, 'GET', '/api/sync/events')).statusCode);
      return true; // an open stream cannot be injected; the signed-in path is covered by the scale-out test
    }, signedIn),
    'POST /api/analysis/flags': roleOnly(
      async (a) => {
        const flag = {
          externalId: 'm-1',
          caseId: 'no-such-case',
          documentId: null,
          detector: 'vendor',
          detectorVersion: '1',
          kind: 'amount-outlier',
          severity: 'low',
          page: null,
          region: null,
          evidence: {},
          explanation: { 'zh-CN': '金额异常', en: 'Amount outlier' },
        };
        const service = await central.app.inject({
          method: 'POST',
          url: '/api/analysis/flags',
          headers: { authorization: `Service ${serviceToken}` },
          payload: { flags: [flag] },
        });
        if (service.statusCode !== 200)
          throw new Error(`the service token was refused: ${service.body}`);
        // Only the service token passes; a user's token never does.
        return allowed(
          (await inject(a, 'POST', '/api/analysis/flags', { flags: [flag] })).statusCode,
        );
      },
      () => false,
    ),
    'GET /api/cases': caseScoped(async (a, r) => {
      const response = await inject(a, 'GET', '/api/cases');
      return (
        response.statusCode === 200 &&
        (response.json() as { cases: { id: string }[] }).cases.some((c) => c.id === caseFor(a, r))
      );
    }),
    'GET /api/cases/:id': caseScoped(async (a, r) =>
      allowed((await inject(a, 'GET', `/api/cases/${caseFor(a, r)}`)).statusCode),
    ),
    'POST /api/cases/:id/transition': caseScoped(
      async (a, r) =>
        allowed(
          (await inject(a, 'POST', `/api/cases/${caseFor(a, r)}/transition`, { to: 'PAYMENT' }))
            .statusCode,
        ),
      true,
    ),
    'POST /api/sync/pull': caseScoped(async (a, r) => {
      const response = await inject(a, 'POST', '/api/sync/pull', {
        deviceId: `matrix-${a}`,
        cursor: 0,
        limit: 5000,
      });
      if (response.statusCode !== 200) return false;
      const page = PullResponse.parse(response.json());
      return (
        page.kind === 'changes' &&
        page.changes.some((c) => c.entity === 'case' && c.id === caseFor(a, r))
      );
    }),
    'POST /api/sync/push': caseScoped(async (a, r) => {
      const mutation = {
        mutationId: uuidv7(),
        deviceId: `matrix-${a}`,
        deviceSeq: 1,
        name: 'note.add',
        version: MUTATION_VERSION,
        args: { noteId: uuidv7(), caseId: caseFor(a, r), body: 'matrix', mentions: [] },
        baseRowVersions: {},
      };
      const response = await inject(a, 'POST', '/api/sync/push', {
        deviceId: `matrix-${a}`,
        mutations: [mutation],
      });
      return (
        response.statusCode === 200 &&
        (response.json() as { results: { status: string }[] }).results[0]?.status === 'applied'
      );
    }, true),
    'POST /api/blobs': caseScoped(async (a, r) => {
      const sha256 = createHash('sha256').update(`${a}:${r}`).digest('hex');
      return allowed(
        (
          await inject(a, 'POST', '/api/blobs', {
            sha256,
            size: 10,
            mediaType: 'image/jpeg',
            caseId: caseFor(a, r),
          })
        ).statusCode,
      );
    }, true),
    'GET /api/blobs/:sha256/status': caseScoped(async (a, r) =>
      allowed((await inject(a, 'GET', `/api/blobs/${blobs.get(caseFor(a, r))}/status`)).statusCode),
    ),
    'GET /api/blobs/:sha256': caseScoped(async (a, r) =>
      allowed((await inject(a, 'GET', `/api/blobs/${blobs.get(caseFor(a, r))}`)).statusCode),
    ),
    'PUT /api/blobs/:sha256': caseScoped(async (a, r) => {
      const response = await inject(a, 'PUT', `/api/blobs/${blobs.get(caseFor(a, r))}`, undefined, {
        'content-type': 'application/octet-stream',
        'content-range': 'bytes 0-63/64',
      });
      return allowed(response.statusCode);
    }),
  };

  it('covers every route the service registers', () => {
    const routes = central.app.routeInventory
      .filter((r) => r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`);
    expect([...new Set(routes)].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  for (const [route, probe] of Object.entries(MATRIX)) {
    it(`${route}: every role × own / same-team / other-team / unassigned case`, async () => {
      const actual: string[] = [];
      const expected: string[] = [];
      for (const actor of ACTORS) {
        for (const relation of RELATIONS) {
          const label = `${actor} × ${relation}`;
          actual.push(`${label}: ${(await probe.call(actor, relation)) ? 'allow' : 'deny'}`);
          expected.push(`${label}: ${probe.expected(actor, relation) ? 'allow' : 'deny'}`);
        }
      }
      expect(actual).toEqual(expected);
    });
  }
});
