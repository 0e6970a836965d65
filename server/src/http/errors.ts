import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError } from '@shared/schemas/health';

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
        : { error: error.code ?? 'bad-request', message: error.message };
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
