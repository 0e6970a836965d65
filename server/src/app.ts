import { createServer } from 'node:https';
import Fastify, { type FastifyInstance, type FastifyServerFactory } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { HealthResponse } from '@shared/schemas/health';
import { PROTOCOL_VERSION } from '@shared/version';
import { analysisRoutes } from './analysis/routes';
import { authRoutes } from './auth/routes';
import type { BlobStore } from './blobs/blob-store';
import { blobRoutes } from './blobs/routes';
import { createTokenService, loadTokenSecret } from './auth/tokens';
import { caseRoutes } from './cases/routes';
import { transitionRoute } from './cases/transition-route';
import { DEFAULT_LIMITS, type ServerConfig } from './config';
import type { DatabaseKind } from './db/database';
import type { Database } from './db/schema';
import { BODY_LIMITS } from './http/body-limits';
import { installCors } from './http/cors';
import { installErrorHandler } from './http/errors';
import { installRateLimits } from './http/rate-limits';
import { serveRenderer } from './http/renderer';
import { installSecurityHeaders } from './http/security-headers';
import { refuseUnstorableText } from './http/unstorable-text';
import type { TlsCredentials } from './http/tls';
import type { PokeHub } from './sync/pokes';
import { issueDecisionNotices } from './notices/issue-notices';
import {
  startNotificationDispatcher,
  type NotificationSetup,
} from './notifications/start-dispatcher';
import { syncRoutes } from './sync/routes';
import { startChangeLogRetention } from './sync/start-retention';
import { startCrossClaimChecks } from './analysis/cross-claim/start-checks';
import { SERVER_VERSION } from './version';

export interface RouteInventoryEntry {
  method: string;
  url: string;
  /** The route's own body limit; undefined when it relies on the service-wide fallback. */
  bodyLimit: number | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeInventory: RouteInventoryEntry[];
  }
}

export interface AppDeps {
  db: Kysely<Database>;
  databaseKind: DatabaseKind;
  pokes: PokeHub;
  blobs: BlobStore;
  config: Pick<
    ServerConfig,
    'demo' | 'rendererDir' | 'allowedOrigins' | 'tokenSecret' | 'logLevel'
  > &
    Partial<
      Pick<ServerConfig, 'trustProxy' | 'rateLimit' | 'changeLogRetention' | 'crossClaimEveryMs'>
    >;
  /** How customer notifications go out; by default they are only logged. */
  notifications?: NotificationSetup;
  /** Serve HTTPS with these; plain HTTP (behind a TLS-terminating proxy, or on loopback) when absent. */
  tls?: TlsCredentials | null;
}

/** The central claims service as a Fastify instance, ready to listen or to inject requests into. */
export async function buildApp({
  db,
  databaseKind,
  blobs,
  pokes,
  config,
  notifications,
  tls,
}: AppDeps): Promise<FastifyInstance> {
  // https.Server is an http.Server as far as Fastify is concerned; it only adds TLS.
  const serverFactory: FastifyServerFactory | undefined = tls
    ? (handler) => createServer(tls, handler)
    : undefined;
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.authorization'] },
    bodyLimit: BODY_LIMITS.fallback,
    disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
    trustProxy: config.trustProxy ?? false,
    serverFactory,
  });
  // Every route, as registered: the authorisation matrix test checks it covers them all.
  const inventory: RouteInventoryEntry[] = [];
  app.decorate('routeInventory', inventory);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      inventory.push({ method, url: route.url, bodyLimit: route.bodyLimit });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('principal', null);
  installErrorHandler(app);
  await installSecurityHeaders(app);
  installCors(app, config.allowedOrigins);
  refuseUnstorableText(app);

  const tokens = createTokenService(await loadTokenSecret(db, config.tokenSecret));
  const rateLimit = config.rateLimit ?? DEFAULT_LIMITS.rateLimit;
  await installRateLimits(app, rateLimit, tokens);

  // Load balancers and monitors probe this constantly; it reads nothing and is never limited.
  const health = { schema: { response: { 200: HealthResponse } }, config: { rateLimit: false } };
  app.get('/health', health, async () => ({
    status: 'ok' as const,
    version: SERVER_VERSION,
    protocolVersion: PROTOCOL_VERSION,
    database: databaseKind,
    demo: config.demo,
  }));
  await app.register(authRoutes({ db, tokens, demo: config.demo, rateLimit }));
  await app.register(caseRoutes({ db, tokens }));
  await app.register(transitionRoute({ db, tokens, pokes }));
  const onApproved = async (approvalId: string) => {
    await issueDecisionNotices({ db, blobs, pokes }, approvalId);
  };
  await app.register(syncRoutes({ db, tokens, pokes, onApproved }));
  await app.register(analysisRoutes({ db, pokes }));
  await app.register(blobRoutes({ db, tokens, blobs, pokes }));
  if (config.rendererDir) await serveRenderer(app, config.rendererDir);
  const dispatcher = startNotificationDispatcher(db, app.log, notifications);
  const retention = startChangeLogRetention(
    db,
    app.log,
    config.changeLogRetention ?? DEFAULT_LIMITS.changeLogRetention,
  );
  // Off unless configured: a service built for a test judges nothing behind its back.
  const crossClaim = startCrossClaimChecks(
    { db, blobs, pokes },
    app.log,
    config.crossClaimEveryMs ?? 0,
  );
  app.addHook('onClose', async () => {
    await dispatcher.stop();
    await retention.stop();
    await crossClaim.stop();
  });
  return app;
}
