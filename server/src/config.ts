import path from 'node:path';
import { z } from 'zod';
import { describeIssues } from '@shared/lib/zod-issues';

const Flag = z
  .enum(['0', '1', 'true', 'false'])
  .transform((value) => value === '1' || value === 'true');

const Count = (fallback: number, min = 1) => z.coerce.number().int().min(min).default(fallback);

/**
 * Defaults of the protective limits. They are generous on purpose: a
 * workstation bootstrapping, uploading and pulling on every poke stays far
 * below them; they exist to stop floods and password guessing.
 */
export const DEFAULT_LIMITS: LimitsConfig = {
  rateLimit: {
    enabled: true,
    max: 3000,
    windowMs: 60_000,
    signInMax: 10,
    signInWindowMs: 5 * 60_000,
    exemptLoopback: true,
  },
  changeLogRetention: { days: 90, minRows: 10_000, everyMs: 60 * 60_000 },
};

/** New files and claims are judged against all others within about this long. */
export const DEFAULT_CROSS_CLAIM_EVERY_MS = 30_000;

const Env = z
  .object({
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
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    TRUST_PROXY: z.string().default(''),
    TLS_CERT_FILE: z.string().min(1).optional(),
    TLS_KEY_FILE: z.string().min(1).optional(),
    RATE_LIMIT: Flag.default(true),
    RATE_LIMIT_MAX: Count(DEFAULT_LIMITS.rateLimit.max),
    RATE_LIMIT_WINDOW_S: Count(DEFAULT_LIMITS.rateLimit.windowMs / 1000),
    RATE_LIMIT_EXEMPT_LOOPBACK: Flag.default(true),
    SIGN_IN_RATE_LIMIT_MAX: Count(DEFAULT_LIMITS.rateLimit.signInMax),
    SIGN_IN_RATE_LIMIT_WINDOW_S: Count(DEFAULT_LIMITS.rateLimit.signInWindowMs / 1000),
    CHANGE_LOG_RETENTION_DAYS: Count(DEFAULT_LIMITS.changeLogRetention.days),
    CHANGE_LOG_MIN_ROWS: Count(DEFAULT_LIMITS.changeLogRetention.minRows, 0),
    CHANGE_LOG_PRUNE_EVERY_MINUTES: Count(DEFAULT_LIMITS.changeLogRetention.everyMs / 60_000, 0),
    CROSS_CLAIM_CHECK_SECONDS: Count(DEFAULT_CROSS_CLAIM_EVERY_MS / 1000, 0),
  })
  .refine((e) => (e.TLS_CERT_FILE === undefined) === (e.TLS_KEY_FILE === undefined), {
    message: 'TLS_CERT_FILE and TLS_KEY_FILE go together: set both or neither',
    path: ['TLS_CERT_FILE'],
  });

export interface RateLimitConfig {
  /** Off only for a trusted single-user setup or a load test; on by default. */
  enabled: boolean;
  /** Requests per window for one signed-in user, or one address when not signed in. */
  max: number;
  windowMs: number;
  /** Sign-in attempts per window for one username from one address. */
  signInMax: number;
  signInWindowMs: number;
  /**
   * Requests from this machine that no proxy forwarded (the desktop app's own
   * embedded service, local tools) are not counted.
   */
  exemptLoopback: boolean;
}

export interface ChangeLogRetentionConfig {
  /** Change-log entries older than this are pruned when a newer entry supersedes them. */
  days: number;
  /** The newest entries kept whatever their age, so a quiet service keeps recent history. */
  minRows: number;
  /** How often the service prunes; 0 leaves it to `npm run prune-changes`. */
  everyMs: number;
}

export interface LimitsConfig {
  rateLimit: RateLimitConfig;
  changeLogRetention: ChangeLogRetentionConfig;
}

/**
 * Which proxies may tell us the client's address and protocol
 * (X-Forwarded-For / -Proto): none, all, the nearest N hops, or the listed
 * addresses and CIDR ranges.
 */
export type TrustProxy = boolean | number | string[];

export interface ServerConfig extends LimitsConfig {
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
  trustProxy: TrustProxy;
  /** Serve HTTPS directly with this certificate chain and key (PEM files); null: plain HTTP. */
  tls: { certFile: string; keyFile: string } | null;
  /** How often the cross-claim checks look for new files and claims; 0 turns them off. */
  crossClaimEveryMs: number;
}

function parseTrustProxy(value: string): TrustProxy {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === 'false' || trimmed === '0') return false;
  if (trimmed === 'true') return true;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
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
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    tls:
      e.TLS_CERT_FILE && e.TLS_KEY_FILE
        ? { certFile: e.TLS_CERT_FILE, keyFile: e.TLS_KEY_FILE }
        : null,
    rateLimit: {
      enabled: e.RATE_LIMIT,
      max: e.RATE_LIMIT_MAX,
      windowMs: e.RATE_LIMIT_WINDOW_S * 1000,
      signInMax: e.SIGN_IN_RATE_LIMIT_MAX,
      signInWindowMs: e.SIGN_IN_RATE_LIMIT_WINDOW_S * 1000,
      exemptLoopback: e.RATE_LIMIT_EXEMPT_LOOPBACK,
    },
    changeLogRetention: {
      days: e.CHANGE_LOG_RETENTION_DAYS,
      minRows: e.CHANGE_LOG_MIN_ROWS,
      everyMs: e.CHANGE_LOG_PRUNE_EVERY_MINUTES * 60_000,
    },
    crossClaimEveryMs: e.CROSS_CLAIM_CHECK_SECONDS * 1000,
  };
}
