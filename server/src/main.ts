import { readConfig } from './config';
import { startServer } from './start';

/** When run by the desktop app as a utility process, tell it where we listen. */
type ParentPort = { postMessage(message: unknown): void };
const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const server = await startServer(config);
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`;
  console.log(`Central claims service listening on ${server.url} (${where})`);
  if (server.servesWorkstation) console.log(`Open the workstation in a browser: ${server.url}/`);
  if (!config.tls && config.trustProxy === false && !/^(127\.|localhost$|::1$)/.test(config.host))
    console.warn(
      `Serving plain HTTP on ${config.host} with no trusted proxy: passwords and case data cross the network unencrypted. Put a TLS proxy in front (TRUST_PROXY) or set TLS_CERT_FILE and TLS_KEY_FILE; see server/TLS.md.`,
    );
  parentPort?.postMessage({ type: 'listening', url: server.url });

  const shutdown = (signal: string) => {
    console.log(`${signal}: closing the central claims service`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
