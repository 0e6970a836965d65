import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log';
import { principalOf, requireSignedIn } from '../auth/guard';
import type { TokenClaims, TokenService } from '../auth/tokens';
import { caseScope } from '../cases/scope';
import type { Database } from '../db/schema';
import { BODY_LIMITS } from '../http/body-limits';
import { HttpError } from '../http/errors';
import { requireSupportedProtocol } from '../http/protocol-version';
import type { PokeHub } from '../sync/pokes';
import { BLOB_ERROR_HTTP_STATUS, BlobError, type BlobStore } from './blob-store';
import { commitCompleteBlob, originalDeclared } from './original-arrived';

/** Chunks arrive as raw bytes; a client sends at most this much per request. */
export const MAX_CHUNK_BYTES = BODY_LIMITS.chunk;
/** The largest file a case may carry (a 200 MB scan is refused with a clear message). */
export const MAX_BLOB_BYTES = 200 * 1024 * 1024;

const Sha = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');
const Declare = z.object({
  sha256: Sha,
  size: z
    .number()
    .int()
    .min(0)
    .max(MAX_BLOB_BYTES, `files are limited to ${MAX_BLOB_BYTES / 1024 / 1024} MB`),
  mediaType: z.string().min(1).max(100),
  caseId: z.string().min(1).max(64),
});
const Status = z.object({
  sha256: Sha,
  size: z.number().int(),
  received: z.number().int(),
  complete: z.boolean(),
});

/**
 * Content-addressed files: declared for a case, uploaded in resumable chunks
 * (Content-Range), verified by SHA-256 before anyone can read them, and read
 * back with HTTP Range. Every request is authorised through the cases the
 * blob belongs to.
 */
export function blobRoutes(deps: {
  db: Kysely<Database>;
  tokens: TokenService;
  blobs: BlobStore;
  pokes: PokeHub;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: MAX_CHUNK_BYTES },
      (_req, body, done) => done(null, body),
    );
    // Checked before the body is read: a stranger cannot make the service buffer megabytes.
    app.addHook('preParsing', requireSupportedProtocol);
    app.addHook('preParsing', requireSignedIn(deps.tokens));

    app.post(
      '/api/blobs',
      { schema: { body: Declare, response: { 200: Status } }, bodyLimit: BODY_LIMITS.command },
      async (request) => {
        const principal = principalOf(request);
        const { sha256, size, mediaType, caseId } = request.body;
        if (principal.role === 'admin')
          throw new HttpError(403, 'read-only-role', 'Administrators cannot upload case files.');
        const inScope = await deps.db
          .selectFrom('cases')
          .select('id')
          .where('id', '=', caseId)
          .where(caseScope(principal))
          .executeTakeFirst();
        if (!inScope)
          throw new HttpError(404, 'case-not-found', `No case ${caseId} in your scope.`);
        await deps.db.transaction().execute(async (trx) => {
          const existing = await trx
            .selectFrom('blobs')
            .select('size')
            .where('sha256', '=', sha256)
            .executeTakeFirst();
          if (existing && existing.size !== size) {
            throw new HttpError(
              422,
              'size-mismatch',
              `This file was declared before with ${existing.size} bytes, not ${size}.`,
            );
          }
          if (!existing) {
            await trx
              .insertInto('blobs')
              .values({
                sha256,
                size,
                media_type: mediaType,
                created_by: principal.sub,
                created_at: Date.now(),
              })
              .execute();
          }
          await trx
            .insertInto('blob_cases')
            .values({ sha256, case_id: caseId })
            .onConflict((oc) => oc.doNothing())
            .execute();
        });
        const answer = await status(deps, sha256);
        if (answer.complete) await originalDeclared(deps, sha256);
        return answer;
      },
    );

    app.get(
      '/api/blobs/:sha256/status',
      { schema: { params: z.object({ sha256: Sha }), response: { 200: Status } } },
      async (request) => {
        await authorise(deps.db, principalOf(request), request.params.sha256);
        return status(deps, request.params.sha256);
      },
    );

    app.put(
      '/api/blobs/:sha256',
      {
        schema: { params: z.object({ sha256: Sha }), response: { 200: Status } },
        bodyLimit: MAX_CHUNK_BYTES,
      },
      async (request, reply) => {
        const principal = principalOf(request);
        const { sha256 } = request.params;
        const blob = await authorise(deps.db, principal, sha256);
        const range = parseContentRange(request.headers['content-range']);
        const chunk = request.body;
        if (!(chunk instanceof Buffer))
          throw new HttpError(
            415,
            'unsupported-media-type',
            'Send chunks as application/octet-stream.',
          );
        if (range.total !== blob.size || range.end - range.start + 1 !== chunk.byteLength) {
          throw new HttpError(
            400,
            'bad-content-range',
            `Content-Range ${request.headers['content-range']} does not match the ${chunk.byteLength} bytes sent for a ${blob.size}-byte file.`,
          );
        }
        try {
          if (!blob.complete) {
            const received = await deps.blobs.appendChunk(sha256, range.start, chunk, blob.size);
            if (received === blob.size) await completeBlob(deps, principal, sha256, blob.size);
          }
        } catch (error) {
          if (error instanceof BlobError) return sendBlobError(reply, error);
          throw error;
        }
        return status(deps, sha256);
      },
    );

    app.get(
      '/api/blobs/:sha256',
      { schema: { params: z.object({ sha256: Sha }) } },
      async (request, reply) => {
        const { sha256 } = request.params;
        const blob = await authorise(deps.db, principalOf(request), sha256);
        if (!blob.complete)
          throw new HttpError(404, 'not-uploaded', 'This file has not finished uploading.');
        try {
          const range = parseRange(request.headers.range, blob.size);
          const read = await deps.blobs.read(sha256, range ?? undefined);
          reply
            .header('accept-ranges', 'bytes')
            .header('content-type', blob.media_type)
            .header('cache-control', 'private, max-age=31536000, immutable');
          if (read.range) {
            reply
              .status(206)
              .header('content-range', `bytes ${read.range.start}-${read.range.end}/${read.size}`);
            reply.header('content-length', read.range.end - read.range.start + 1);
          } else {
            reply.header('content-length', read.size);
          }
          return reply.send(read.stream);
        } catch (error) {
          if (error instanceof BlobError) return sendBlobError(reply, error);
          throw error;
        }
      },
    );
  };
}

async function authorise(db: Kysely<Database>, principal: TokenClaims, sha256: string) {
  const blob = await db
    .selectFrom('blobs')
    .innerJoin('blob_cases', 'blob_cases.sha256', 'blobs.sha256')
    .innerJoin('cases', 'cases.id', 'blob_cases.case_id')
    .select(['blobs.size', 'blobs.complete', 'blobs.media_type'])
    .where('blobs.sha256', '=', sha256)
    .where(caseScope(principal))
    .limit(1)
    .executeTakeFirst();
  // Files of other people's cases answer exactly like missing ones.
  if (!blob) throw new HttpError(404, 'blob-not-found', 'No such file in your cases.');
  return blob;
}

async function completeBlob(
  deps: { db: Kysely<Database>; blobs: BlobStore; pokes: PokeHub },
  principal: TokenClaims,
  sha256: string,
  size: number,
) {
  await deps.blobs.complete(sha256, size);
  await commitCompleteBlob(deps, sha256, (trx) =>
    appendAudit(trx, {
      actor: principal.sub,
      action: 'blob:uploaded',
      entity: 'blob',
      entityId: sha256,
      caseId: null,
      detail: { size },
    }),
  );
}

async function status(deps: { db: Kysely<Database>; blobs: BlobStore }, sha256: string) {
  const blob = await deps.db
    .selectFrom('blobs')
    .select(['size', 'complete'])
    .where('sha256', '=', sha256)
    .executeTakeFirstOrThrow();
  const received = blob.complete ? blob.size : await deps.blobs.stagedSize(sha256);
  return { sha256, size: blob.size, received, complete: blob.complete };
}

function parseContentRange(header: string | undefined): {
  start: number;
  end: number;
  total: number;
} {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header ?? '');
  if (!match)
    throw new HttpError(
      400,
      'bad-content-range',
      'Each chunk needs a Content-Range header: bytes START-END/TOTAL.',
    );
  const [start, end, total] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (end < start || end >= total)
    throw new HttpError(400, 'bad-content-range', `Content-Range ${header} is not a valid range.`);
  return { start, end, total };
}

/** A single `bytes=` range, including open-ended and suffix forms. */
function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === ''))
    throw new BlobError('invalid-argument', `Unsupported Range header: ${header}`);
  if (match[1] === '') return { start: Math.max(0, size - Number(match[2])), end: size - 1 };
  return {
    start: Number(match[1]),
    end: match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1),
  };
}

function sendBlobError(reply: FastifyReply, error: BlobError) {
  const statusCode = BLOB_ERROR_HTTP_STATUS[error.code];
  if (error.code === 'range-not-satisfiable' && error.blobSize !== undefined)
    reply.header('content-range', `bytes */${error.blobSize}`);
  return reply.status(statusCode).send({
    error: error.code,
    message: error.message,
    ...(error.stagedSize !== undefined ? { received: error.stagedSize } : {}),
  });
}
