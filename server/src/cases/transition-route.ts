import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { CaseState } from '@shared/domain/lifecycle';
import { uuidv7 } from '@shared/lib/uuidv7';
import { appendAudit } from '../audit/audit-log';
import { principalOf, requireSignedIn } from '../auth/guard';
import type { TokenService } from '../auth/tokens';
import type { Database } from '../db/schema';
import { BODY_LIMITS } from '../http/body-limits';
import { HttpError } from '../http/errors';
import { transitionCase } from '../sync/mutations/case-transition';
import type { PokeHub } from '../sync/pokes';
import { SyncWriter } from '../sync/writer';

const TransitionBody = z.object({
  to: CaseState,
  reason: z.string().max(2000).nullable().default(null),
  denialClause: z.string().max(200).nullable().default(null),
});

/**
 * A lifecycle transition over plain HTTP, for integrations and scripts: the
 * same rules as the synced mutation, answered with 409 and the reason when
 * the state machine or the caller's role does not allow it.
 */
export function transitionRoute(deps: {
  db: Kysely<Database>;
  tokens: TokenService;
  pokes: PokeHub;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/cases/:id/transition',
      {
        preHandler: requireSignedIn(deps.tokens),
        bodyLimit: BODY_LIMITS.command,
        schema: {
          params: z.object({ id: z.string().min(1).max(64) }),
          body: TransitionBody,
          response: { 200: z.object({ state: CaseState }) },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        let latest = 0;
        const outcome = await deps.db.transaction().execute(async (trx) => {
          const writer = await SyncWriter.begin(trx);
          const current = await trx
            .selectFrom('cases')
            .select('state')
            .where('id', '=', request.params.id)
            .executeTakeFirst();
          const actor = await trx
            .selectFrom('users')
            .select(['id', 'authority_limit_fen'])
            .where('id', '=', principal.sub)
            .executeTakeFirstOrThrow();
          const result = await transitionCase(
            {
              writer,
              principal,
              actor: { id: actor.id, authorityLimitFen: actor.authority_limit_fen },
              mutationId: uuidv7(),
              mutationName: 'case.transition',
              baseRowVersions: {},
            },
            {
              caseId: request.params.id,
              from: current?.state ?? 'REPORTED',
              to: request.body.to,
              reason: request.body.reason,
              denialClause: request.body.denialClause,
            },
          );
          if (result.status === 'applied') {
            await appendAudit(
              trx,
              {
                actor: principal.sub,
                action: 'case:transition',
                entity: 'case',
                entityId: request.params.id,
                caseId: request.params.id,
                detail: { from: current?.state ?? null, to: request.body.to },
              },
              writer.now,
            );
            await deps.pokes.publish(trx, writer.latestSeq);
            latest = writer.latestSeq;
          }
          return result;
        });
        if (outcome.status === 'rejected') {
          const status =
            outcome.reason === 'case-not-found'
              ? 404
              : outcome.reason === 'read-only-role' || outcome.reason === 'role-not-allowed'
                ? 403
                : 409;
          throw new HttpError(status, outcome.reason, outcome.message);
        }
        if (outcome.status !== 'applied')
          throw new HttpError(
            409,
            'conflict',
            'The case changed while the request was made; try again.',
          );
        deps.pokes.committed(latest);
        return { state: request.body.to };
      },
    );
  };
}
