import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { LARGEST_PULL_LIMIT, PullRequest, PushRequest, PushResponse } from '@shared/sync/protocol';
import { z } from 'zod';
import { auditInOwnTransaction } from '../audit/audit-log';
import { principalOf, requireSignedIn } from '../auth/guard';
import type { TokenService } from '../auth/tokens';
import { handBack } from '../db/answer-buffers';
import type { Database } from '../db/schema';
import { BODY_LIMITS } from '../http/body-limits';
import { protocolOf, requireSupportedProtocol } from '../http/protocol-version';
import type { PokeHub } from './pokes';
import { latestSeq, pull } from './pull';
import { pullBody, type ServedPull } from './pull-body';
import { push } from './push';
import { SyncHead } from './sync-head';

const HEARTBEAT_MS = 25_000;

export function syncRoutes(deps: {
  db: Kysely<Database>;
  tokens: TokenService;
  pokes: PokeHub;
  onApproved?: (approvalId: string) => Promise<void>;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const head = await SyncHead.start(deps.db, deps.pokes);
    app.addHook('onClose', async () => head.stop());
    // Checked before the body is read: a stranger cannot make the service buffer megabytes.
    app.addHook('preParsing', requireSupportedProtocol);
    app.addHook('preParsing', requireSignedIn(deps.tokens));

    app.post(
      '/api/sync/pull',
      {
        // The body is printed by pullBody, the changes as the log stores them; that it parses
        // as a PullResponse is tested on every database target (sync-pull-body.test.ts).
        schema: { body: PullRequest },
        bodyLimit: BODY_LIMITS.command,
      },
      async (request, reply) => {
        const principal = principalOf(request);
        const { cursor } = request.body;
        const json = (page: ServedPull) => {
          const parts = pullBody(
            page.kind === 'changes' ? { ...page, largestLimit: LARGEST_PULL_LIMIT } : page,
          );
          // Once every byte is with the socket, or will never be, the database may reuse them.
          reply.raw.once('close', () => handBack(parts));
          return reply
            .type('application/json; charset=utf-8')
            .header(
              'content-length',
              parts.reduce((length, part) => length + part.byteLength, 0),
            )
            .send(Readable.from(parts));
        };
        if (head.isNoop(cursor)) {
          const scope = { added: [], removed: [] };
          return json({
            kind: 'changes',
            cursor,
            hasMore: false,
            latest: head.latest,
            changes: [],
            cases: 0,
            scope,
            acks: [],
          });
        }
        const response = await pull(deps.db, principal, request.body, protocolOf(request));
        if (response.kind === 'changes') {
          head.advance(response.latest);
          const { cases } = response;
          // Case records carry personal data: who received them is audited, the data itself is not copied.
          if (cases > 0) {
            await auditInOwnTransaction(deps.db, {
              actor: principal.sub,
              action: 'read:pull',
              entity: 'case',
              entityId: null,
              caseId: null,
              detail: {
                cases,
                device: request.body.deviceId,
                fromCursor: request.body.cursor,
                toCursor: response.cursor,
              },
            });
          }
        }
        return json(response);
      },
    );

    app.post(
      '/api/sync/push',
      {
        schema: { body: PushRequest, response: { 200: PushResponse } },
        bodyLimit: BODY_LIMITS.push,
      },
      async (request) => {
        const { results } = await push(deps, principalOf(request), request.body);
        return { results, latest: await latestSeq(deps.db) };
      },
    );

    /** Server-sent pokes: `event: poke` with the latest sequence; the client pulls. */
    app.get(
      '/api/sync/events',
      { schema: { querystring: z.object({}).passthrough() } },
      async (request, reply) => {
        reply.hijack();
        const res = reply.raw;
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
          ...(request.headers.origin && reply.getHeader('access-control-allow-origin')
            ? {
                'access-control-allow-origin': String(
                  reply.getHeader('access-control-allow-origin'),
                ),
                vary: 'Origin',
              }
            : {}),
        });
        const send = (latest: number) =>
          res.write(`event: poke\ndata: ${JSON.stringify({ latest })}\n\n`);
        res.write(': connected\n\n');
        const unsubscribe = deps.pokes.subscribe(send);
        const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
        request.raw.on('close', () => {
          clearInterval(heartbeat);
          unsubscribe();
        });
      },
    );
  };
}
