import Fastify, { type FastifyInstance } from 'fastify';
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
import type { ServerConfig } from './config';
import type { DatabaseKind } from './db/database';
import type { Database } from './db/schema';
import { installCors } from './http/cors';
import { installErrorHandler } from './http/errors';
import { serveRenderer } from './http/renderer';
import type { PokeHub } from './sync/pokes';
import { issueDecisionNotices } from './notices/issue-notices';
import {
  startNotificationDispatcher,
  type NotificationSetup,
} from './notifications/start-dispatcher';
import { syncRoutes } from './sync/routes';
import { SERVER_VERSION } from './version';

export interface RouteInventoryEntry {
  method: string;
  url: string;
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
  >;
  /** How customer notifications go out; by default they are only logged. */
  notifications?: NotificationSetup;
}

/** The central claims service as a Fastify instance, ready to listen or to inject requests into. */
export async function buildApp({
  db,
  databaseKind,
  blobs,
  pokes,
  config,
  notifications,
}: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.authorization'] },
    bodyLimit: 5 * 1024 * 1024,
    disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
  });
  // Every route, as registered: the authorisation matrix test checks it covers them all.
  const inventory: RouteInventoryEntry[] = [];
  app.decorate('routeInventory', inventory);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) inventory.push({ method, url: route.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('principal', null);
  installErrorHandler(app);
  installCors(app, config.allowedOrigins);

  const tokens = createTokenService(await loadTokenSecret(db, config.tokenSecret));

  app.get('/health', { schema: { response: { 200: HealthResponse } } }, async () => ({
    status: 'ok' as const,
    version: SERVER_VERSION,
    protocolVersion: PROTOCOL_VERSION,
    database: databaseKind,
    demo: config.demo,
  }));
  await app.register(authRoutes({ db, tokens, demo: config.demo }));
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
  app.addHook('onClose', async () => dispatcher.stop());
  return app;
}
