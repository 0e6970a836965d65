import path from 'node:path';
import { z } from 'zod';
import { describeIssues } from '@shared/lib/zod-issues';

const Flag = z
  .enum(['0', '1', 'true', 'false'])
  .transform((value) => value === '1' || value === 'true');

const Env = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4780),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(path.resolve('.data/central')),
  DEMO: Flag.optional(),
  DEMO_CASES: z.coerce.number().int().min(0).max(200_000).default(500),
  DEMO_DOCUMENTS: Flag.default(true),
  SERVE_RENDERER: Flag.default(true),
  RENDERER_DIR: z.string().default(path.resolve('out/renderer')),
  ALLOWED_ORIGINS: z.string().default(''),
  TOKEN_SECRET: z.string().min(32, 'TOKEN_SECRET must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface ServerConfig {
  host: string;
  port: number;
  /** PostgreSQL when set; otherwise the embedded PGlite database in `dataDir`. */
  databaseUrl: string | null;
  /** PGlite files, token secret and blobs live here. `memory://` keeps nothing. */
  dataDir: string;
  /** Seed the demo organisation into an empty database and list demo users at sign-in. */
  demo: boolean;
  demoCases: number;
  /** Generate claim documents (with planted anomalies) for the demo cases. */
  demoDocuments: boolean;
  rendererDir: string | null;
  allowedOrigins: string[];
  tokenSecret: string | null;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
}

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid central service configuration: ${describeIssues(parsed.error)}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir: e.DATA_DIR,
    // A zero-setup install is a demo; a PostgreSQL deployment is not, unless asked.
    demo: e.DEMO ?? e.DATABASE_URL === undefined,
    demoCases: e.DEMO_CASES,
    demoDocuments: e.DEMO_DOCUMENTS,
    rendererDir: e.SERVE_RENDERER ? e.RENDERER_DIR : null,
    allowedOrigins: e.ALLOWED_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    tokenSecret: e.TOKEN_SECRET ?? null,
    logLevel: e.LOG_LEVEL,
  };
}
