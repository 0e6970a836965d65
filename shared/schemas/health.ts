import { z } from 'zod';

export const HealthResponse = z.object({
  status: z.literal('ok'),
  version: z.string(),
  protocolVersion: z.number().int(),
  database: z.enum(['pglite', 'postgres']),
  demo: z.boolean(),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

/** The shape of every non-2xx JSON answer from the central service. */
export const ApiError = z.object({
  error: z.string(),
  message: z.string(),
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof ApiError>;
