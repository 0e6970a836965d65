import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError } from '@shared/schemas/health';
import { formatBytes } from './body-limits';

/** An error a route throws on purpose, answered with its status and words. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Every failure becomes `{error, message, details?}`; internals never leak to the caller. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler<FastifyError | HttpError>((error, request, reply) => {
    if (error instanceof HttpError) {
      const body: ApiError = { error: error.code, message: error.message };
      return reply.status(error.statusCode).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((issue) => ({
        path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message ?? 'invalid',
      }));
      const body: ApiError = {
        error: 'invalid-request',
        message: details.map((d) => `${d.path}: ${d.message}`).join('; '),
        details,
      };
      return reply.status(400).send(body);
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const body: ApiError =
      status >= 500
        ? {
            error: 'internal',
            message: 'The central service hit an internal error; it has been logged.',
          }
        : (frameworkError(error, request.routeOptions.bodyLimit) ?? {
            error: error.code ?? 'bad-request',
            message: error.message,
          });
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const body: ApiError = {
      error: 'not-found',
      message: `No route for ${request.method} ${request.url}`,
    };
    return reply.status(404).send(body);
  });
}

/**
 * Fastify's own refusals of a request it could not read, in the service's
 * words: callers see a stable code and what to change, not a framework name.
 */
function frameworkError(error: FastifyError, bodyLimit: number): ApiError | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        error: 'body-too-large',
        message: `The request body is larger than this endpoint accepts (${formatBytes(bodyLimit)} at most).`,
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        error: 'unsupported-media-type',
        message:
          'Unsupported Content-Type: send application/json (file chunks: application/octet-stream).',
      };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { error: 'invalid-request', message: error.message };
    default:
      return null;
  }
}
