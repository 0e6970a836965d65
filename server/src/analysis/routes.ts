import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { AnomalyKind, Region, Severity } from '@shared/analysis/anomaly-kinds';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/schema';
import { BODY_LIMITS } from '../http/body-limits';
import { HttpError } from '../http/errors';
import type { PokeHub } from '../sync/pokes';
import { SyncWriter } from '../sync/writer';
import { putFlag } from './put-flag';
import { findServiceToken } from './service-tokens';

const ExternalFlag = z.object({
  externalId: z.string().min(1).max(100),
  caseId: z.string().min(1).max(64),
  documentId: z.string().max(64).nullable(),
  detector: z.string().min(1).max(80),
  detectorVersion: z.string().min(1).max(20),
  kind: AnomalyKind,
  severity: Severity,
  page: z.number().int().positive().nullable(),
  region: Region.nullable(),
  evidence: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  explanation: z.object({ 'zh-CN': z.string().min(1).max(1000), en: z.string().min(1).max(1000) }),
});

const FlagsRequest = z.object({ flags: z.array(ExternalFlag).min(1).max(500) });
const FlagsResponse = z.object({
  results: z.array(
    z.object({
      externalId: z.string(),
      flagId: z.string().nullable(),
      status: z.enum(['accepted', 'rejected']),
      message: z.string().nullable(),
    }),
  ),
});

/**
 * An external fraud-detection service posts its flags here with a service
 * token; they sync to the workstations like flags found locally.
 */
export function analysisRoutes(deps: {
  db: Kysely<Database>;
  pokes: PokeHub;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/analysis/flags',
      {
        schema: { body: FlagsRequest, response: { 200: FlagsResponse } },
        bodyLimit: BODY_LIMITS.flags,
      },
      async (request) => {
        const match = /^Service (\S+)$/.exec(request.headers.authorization ?? '');
        const service = match?.[1] ? await findServiceToken(deps.db, match[1]) : null;
        if (!service)
          throw new HttpError(
            401,
            'invalid-service-token',
            'A valid service token is required (Authorization: Service <token>).',
          );
        let latest = 0;
        const results = await deps.db.transaction().execute(async (trx) => {
          const writer = await SyncWriter.begin(trx);
          const out: z.infer<typeof FlagsResponse>['results'] = [];
          for (const flag of request.body.flags) {
            const known = await trx
              .selectFrom('cases')
              .select('id')
              .where('id', '=', flag.caseId)
              .where('deleted', '=', false)
              .executeTakeFirst();
            if (!known) {
              out.push({
                externalId: flag.externalId,
                flagId: null,
                status: 'rejected',
                message: `No case ${flag.caseId}.`,
              });
              continue;
            }
            const { externalId, ...rest } = flag;
            const flagId = await putFlag(
              writer,
              { ...rest, evidence: { ...rest.evidence, externalId } },
              'external',
            );
            out.push({ externalId, flagId, status: 'accepted', message: null });
          }
          await appendAudit(
            trx,
            {
              actor: `service:${service.name}`,
              action: 'analysis:flags',
              entity: 'flag',
              entityId: null,
              caseId: null,
              detail: {
                accepted: out.filter((r) => r.status === 'accepted').length,
                rejected: out.filter((r) => r.status === 'rejected').length,
              },
            },
            writer.now,
          );
          await deps.pokes.publish(trx, writer.latestSeq);
          latest = writer.latestSeq;
          return out;
        });
        deps.pokes.committed(latest);
        return { results };
      },
    );
  };
}
