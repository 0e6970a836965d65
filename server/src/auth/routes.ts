import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import {
  DemoUsersResponse,
  RefreshRequest,
  SessionUser,
  SignInRequest,
  SignInResponse,
} from '@shared/schemas/auth';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log';
import type { RateLimitConfig } from '../config';
import { BODY_LIMITS } from '../http/body-limits';
import { issueRefreshToken, revokeByToken, rotateRefreshToken } from './refresh-tokens';
import type { Database } from '../db/schema';
import { DEMO_PASSWORD } from '../demo/organisation';
import { HttpError } from '../http/errors';
import { principalOf, requireSignedIn } from './guard';
import { hashPassword, verifyPassword } from './passwords';
import { signInThrottle } from './sign-in-throttle';
import type { TokenService } from './tokens';
import { findUserForSignIn, loadSessionUser } from './users';

export interface AuthRouteDeps {
  db: Kysely<Database>;
  tokens: TokenService;
  demo: boolean;
  rateLimit: RateLimitConfig;
}

const WRONG_CREDENTIALS = 'Wrong username or password.';

export function authRoutes({ db, tokens, demo, rateLimit }: AuthRouteDeps): FastifyPluginAsyncZod {
  async function issueSession(user: SessionUser, refresh: { token: string; expiresAt: number }) {
    const access = await tokens.issue({ sub: user.id, role: user.role, team: user.teamId });
    return {
      accessToken: access.token,
      expiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshExpiresAt: refresh.expiresAt,
      user,
    };
  }

  return async (app) => {
    // Verifying against a real hash when the user is unknown keeps the answer
    // time the same, so sign-in does not reveal which usernames exist.
    const decoyHash = await hashPassword('decoy-password-never-valid');

    app.post(
      '/api/auth/sign-in',
      {
        schema: { body: SignInRequest, response: { 200: SignInResponse } },
        bodyLimit: BODY_LIMITS.credentials,
        preHandler: signInThrottle(app, rateLimit),
      },
      async (request) => {
        const { username, password } = request.body;
        const user = await findUserForSignIn(db, username);
        const valid = await verifyPassword(password, user?.password_hash ?? decoyHash);
        if (!user || !valid || !user.active)
          throw new HttpError(401, 'wrong-credentials', WRONG_CREDENTIALS);
        const session = await loadSessionUser(db, user.id);
        if (!session) throw new HttpError(401, 'wrong-credentials', WRONG_CREDENTIALS);
        const refresh = await issueRefreshToken(db, user.id);
        await db.transaction().execute((trx) =>
          appendAudit(trx, {
            actor: user.id,
            action: 'auth:sign-in',
            entity: 'user',
            entityId: user.id,
            caseId: null,
            detail: {},
          }),
        );
        return issueSession(session, refresh);
      },
    );

    app.post(
      '/api/auth/refresh',
      {
        schema: { body: RefreshRequest, response: { 200: SignInResponse } },
        bodyLimit: BODY_LIMITS.credentials,
      },
      async (request) => {
        const rotated = await rotateRefreshToken(db, request.body.refreshToken);
        if (!rotated.ok) {
          const message =
            rotated.reason === 'reused'
              ? 'This session was used from somewhere else and has been closed for safety; sign in again.'
              : 'The session has expired; sign in again.';
          throw new HttpError(401, `refresh-${rotated.reason}`, message);
        }
        const session = await loadSessionUser(db, rotated.userId);
        if (!session)
          throw new HttpError(
            401,
            'unknown-user',
            'This account no longer exists or was disabled.',
          );
        return issueSession(session, rotated.refresh);
      },
    );

    app.post(
      '/api/auth/sign-out',
      {
        schema: {
          body: RefreshRequest,
          response: { 200: z.object({ signedOut: z.literal(true) }) },
        },
        bodyLimit: BODY_LIMITS.credentials,
      },
      async (request) => {
        await revokeByToken(db, request.body.refreshToken);
        return { signedOut: true as const };
      },
    );

    app.get(
      '/api/auth/me',
      { preHandler: requireSignedIn(tokens), schema: { response: { 200: SessionUser } } },
      async (request) => {
        const user = await loadSessionUser(db, principalOf(request).sub);
        if (!user)
          throw new HttpError(
            401,
            'unknown-user',
            'This account no longer exists or was disabled.',
          );
        return user;
      },
    );

    app.get(
      '/api/auth/demo-users',
      { schema: { response: { 200: DemoUsersResponse } } },
      async () => {
        if (!demo) throw new HttpError(404, 'not-found', 'This installation has no demo users.');
        const rows = await db
          .selectFrom('users')
          .leftJoin('teams', 'teams.id', 'users.team_id')
          .select(['users.username', 'users.display_name', 'users.role', 'teams.name as team_name'])
          .where('users.active', '=', true)
          .orderBy('teams.name')
          .orderBy('users.role', 'desc')
          .orderBy('users.username')
          .execute();
        return {
          password: DEMO_PASSWORD,
          users: rows.map((row) => ({
            username: row.username,
            displayName: row.display_name,
            role: row.role,
            teamName: row.team_name,
          })),
        };
      },
    );
  };
}
