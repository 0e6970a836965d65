import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { CaseListResponse, CaseSummary } from '@shared/schemas/case';
import { principalOf, requireSignedIn } from '../auth/guard';
import type { TokenService } from '../auth/tokens';
import type { Database } from '../db/schema';
import { HttpError } from '../http/errors';
import { findCase, listCases } from './repository';

export function caseRoutes(deps: {
  db: Kysely<Database>;
  tokens: TokenService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('preHandler', requireSignedIn(deps.tokens));

    app.get('/api/cases', { schema: { response: { 200: CaseListResponse } } }, async (request) => ({
      cases: await listCases(deps.db, principalOf(request)),
    }));

    app.get(
      '/api/cases/:id',
      {
        schema: {
          params: z.object({ id: z.string().min(1).max(64) }),
          response: { 200: CaseSummary },
        },
      },
      async (request) => {
        const found = await findCase(deps.db, principalOf(request), request.params.id);
        // Out-of-scope cases answer exactly like missing ones: existence is not disclosed.
        if (!found)
          throw new HttpError(404, 'case-not-found', `No case ${request.params.id} in your scope.`);
        return found;
      },
    );
  };
}
